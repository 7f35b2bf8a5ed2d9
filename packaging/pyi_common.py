"""What the three PyInstaller specs (Linux, Windows, macOS) share.

The specs put this folder on ``sys.path`` and import it; it runs inside the
build venv, at build time only.
"""

from __future__ import annotations

import importlib.util
import posixpath
import re
import sys
from importlib import metadata
from pathlib import Path

__all__ = [
    "DROPPED_QT_PLUGINS",
    "ENTRY_SCRIPT",
    "EXCLUDED_PYTHON_MODULES",
    "KEPT_TRANSLATIONS",
    "RUNTIME_HOOK",
    "drop_dangling_symlinks",
    "drop_qt_plugins",
    "graphviz_pure_binary",
    "graphviz_pure_licences",
    "keep_data",
    "omnimap_source",
    "prune_unused_libraries",
    "qt_excludes",
]

HERE = Path(__file__).resolve().parent
ENTRY_SCRIPT = str(HERE / "omnimap_launcher.py")
RUNTIME_HOOK = str(HERE / "pyi_rth_omnimap.py")

#: Qt modules that are large and that omnimap has no use for, unless its source
#: names them (see :func:`qt_excludes`).
_QT_CANDIDATES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)
#: Python-level dependencies between the candidates: keeping a module keeps these.
_QT_NEEDS = {
    "QtOpenGLWidgets": ("QtOpenGL",),
    "QtPdfWidgets": ("QtPdf",),
    "QtQuick": ("QtQml", "QtOpenGL", "QtNetwork"),
    "QtQml": ("QtNetwork",),
    "QtQuickWidgets": ("QtQuick", "QtQml", "QtOpenGL", "QtNetwork"),
    "QtMultimediaWidgets": ("QtMultimedia",),
    "QtWebEngineWidgets": ("QtWebEngineCore", "QtNetwork", "QtWebChannel", "QtPrintSupport"),
    "QtUiTools": ("QtXml",),
}

#: Never imported by the app; some are pulled in by optional imports elsewhere.
EXCLUDED_PYTHON_MODULES = (
    "tkinter", "_tkinter", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "pip",
    "setuptools", "pkg_resources", "distutils", "test",
    "numpy", "scipy", "matplotlib", "pandas", "IPython", "pytest", "hypothesis",
    "PyInstaller",
    # python-pptx needs Pillow only to read picture headers and lxml.etree only:
    # Pillow's AVIF, WebP, colour-management and Tk extensions (AVIF alone is
    # 5 MB of libraries; the plugins fall back when they are missing) and
    # lxml's objectify/html/schematron stay out.
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageTk",
    "lxml.objectify", "lxml.html", "lxml.isoschematron",
)

#: Qt plugins (``<type>/<name>``, file name without ``lib`` and extension) that a
#: desktop app never loads: embedded-device platforms and input, and rare image
#: formats. ``platformthemes/qgtk3`` would load the desktop's own GTK 3 next to
#: the bundle's copies of cairo and pango, a known source of crashes; Qt then
#: uses the XDG desktop portal theme, which gives native file dialogs as well.
DROPPED_QT_PLUGINS = (
    "platforms/qeglfs", "platforms/qlinuxfb", "platforms/qminimalegl",
    "platforms/qvkkhrdisplay", "platforms/qvnc", "platformthemes/qgtk3",
    "egldeviceintegrations/*", "generic/*",
    "imageformats/qtiff", "imageformats/qwebp", "imageformats/qtga", "imageformats/qwbmp",
    "imageformats/qicns",
)

#: Qt's own translations kept in the bundle: the languages omnimap speaks.
KEPT_TRANSLATIONS = ("en", "pl")


def omnimap_source() -> Path:
    """The folder of the ``omnimap`` package installed in the build venv."""
    spec = importlib.util.find_spec("omnimap")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("omnimap is not installed in the build venv")
    return Path(next(iter(spec.submodule_search_locations)))


def _qt_modules_used(source: Path) -> set[str]:
    used: set[str] = set()
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", text):
            used.update(name.strip() for name in names.split(",") if name.strip())
    return used


def qt_excludes(source: Path) -> list[str]:
    """``PySide6.<module>`` names to exclude: the candidates omnimap's source never names."""
    keep = _qt_modules_used(source)
    pending = list(keep)
    while pending:
        for needed in _QT_NEEDS.get(pending.pop(), ()):
            if needed not in keep:
                keep.add(needed)
                pending.append(needed)
    return [f"PySide6.{name}" for name in _QT_CANDIDATES if name not in keep]


def keep_data(dest: str) -> bool:
    """False for Qt translation files of languages omnimap does not offer."""
    normalised = dest.replace("\\", "/")
    if "/translations/" not in normalised or not normalised.endswith(".qm"):
        return True
    language = re.search(r"_([a-z]{2})(?:_[A-Z]{2})?\.qm$", normalised)
    return language is not None and language.group(1) in KEPT_TRANSLATIONS


def _graphviz_pure_files() -> list[Path]:
    dist = metadata.distribution("graphviz-pure")
    return [Path(str(dist.locate_file(entry))).resolve() for entry in dist.files or ()]


def graphviz_pure_binary() -> str:
    """Path of the ``graphviz-pure`` executable installed by its wheel."""
    for path in _graphviz_pure_files():
        if path.name in ("graphviz-pure", "graphviz-pure.exe") and path.is_file():
            return str(path)
    raise SystemExit("graphviz-pure's executable not found: pip install graphviz-pure")


def graphviz_pure_licences() -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs for graphviz-pure's licence files.

    EPL-2.0 and OFL-1.1 want their texts shipped with the binary.
    """
    pairs = []
    for path in _graphviz_pure_files():
        parts = path.parts
        if "licenses" in parts and path.is_file():
            below = Path(*parts[parts.index("licenses") + 1 : -1])
            pairs.append((str(path), str(Path("licenses", "graphviz-pure", below))))
    return pairs


def _plugin_key(dest: str) -> tuple[str, str] | None:
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts[:-2]:
        return None
    name = parts[-1].split(".")[0]
    return parts[-2], name[3:] if name.startswith("lib") else name


def drop_qt_plugins(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``toc`` without the plugins of :data:`DROPPED_QT_PLUGINS`."""
    dropped = {tuple(rule.split("/")) for rule in DROPPED_QT_PLUGINS}
    kept = []
    for entry in toc:
        key = _plugin_key(entry[0])
        if key is None or (key not in dropped and (key[0], "*") not in dropped):
            kept.append(entry)
    return kept


def prune_unused_libraries(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the shared libraries that nothing left in ``toc`` links to.

    Candidates are the libraries at the top of the bundle (system libraries
    pulled in as dependencies) and Qt's own in ``PySide6/Qt/lib``.

    PyInstaller collects the libraries of every plugin before the spec can drop
    the plugin; this removes what only those plugins needed. Linux only (ldd):
    elsewhere ``toc`` is returned as it is.
    """
    if not sys.platform.startswith("linux"):
        return toc
    from PyInstaller.depend import bindepend

    def is_candidate(entry: tuple[str, str, str]) -> bool:
        dest, _src, kind = entry
        folder, _, name = dest.replace("\\", "/").rpartition("/")
        return (kind == "BINARY" and folder in ("", "PySide6/Qt/lib")
                and name.startswith("lib") and not name.startswith("libpython"))

    candidates = {Path(e[0]).name: e for e in toc if is_candidate(e)}
    needed: set[str] = set()
    pending = [e[1] for e in toc if not is_candidate(e) and e[2] in ("BINARY", "EXTENSION")]
    seen: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen or not Path(source).is_file():
            continue
        seen.add(source)
        for name, _path in bindepend.get_imports(source):
            base = Path(name).name
            if base in candidates and base not in needed:
                needed.add(base)
                pending.append(candidates[base][1])
    return [e for e in toc if not is_candidate(e) or Path(e[0]).name in needed]


def drop_dangling_symlinks(
    datas: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """``datas`` without the SYMLINK entries whose target is no longer collected.

    PyInstaller links relocated libraries (``PySide6/Qt/lib/...``) into the
    top-level folder and keeps those links among the data entries.
    """
    present = {posixpath.normpath(e[0].replace("\\", "/")) for e in (*binaries, *datas)}

    def target(entry: tuple[str, str, str]) -> str:
        link = entry[0].replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(link),
                                                 entry[1].replace("\\", "/")))

    return [e for e in datas if e[2] != "SYMLINK" or target(e) in present]
