"""What the three PyInstaller specs (Linux, Windows, macOS) share.

The specs put this folder on ``sys.path`` and import it; it runs inside the
build venv, at build time only.
"""

from __future__ import annotations

import importlib.util
import re
from importlib import metadata
from pathlib import Path

__all__ = [
    "ENTRY_SCRIPT",
    "EXCLUDED_PYTHON_MODULES",
    "KEPT_TRANSLATIONS",
    "RUNTIME_HOOK",
    "graphviz_pure_binary",
    "graphviz_pure_licences",
    "keep_data",
    "omnimap_source",
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
