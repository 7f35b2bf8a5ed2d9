"""The installers' files: desktop entry, MIME type, icons, install scripts, build helpers.

Qt-free: PNG, ICO and ICNS headers are read with ``struct``. The PyInstaller
bundle itself is checked by packaging/linux/smoke_test.sh, not here.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import runpy
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / "omnimap.desktop"
MIME_XML = LINUX / "omnimap-mime.xml"
MIME_TYPE = "application/vnd.omnimap.journey+json"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def load_pyi_common():
    spec = importlib.util.spec_from_file_location("pyi_common", PACKAGING / "pyi_common.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- desktop entry ------------------------------------------------------------------


def read_desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_omnimap_files():
    entry = read_desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "omnimap"
    assert entry["Icon"] == "omnimap"
    assert entry["Terminal"] == "false"
    exec_words = entry["Exec"].split()
    # install.sh rewrites the program to its full path and keeps the rest.
    assert exec_words == ["omnimap", "%f"]
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment[pl]"] and entry["GenericName[pl]"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-validate not installed (desktop-file-utils)")
def test_desktop_entry_passes_desktop_file_validate():
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


# --- MIME type ----------------------------------------------------------------------


def test_mime_xml_declares_the_journey_type():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    mime = types[0]
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.omnimap"]
    assert [s.get("type") for s in mime.findall(f"{MIME_NS}sub-class-of")] == ["application/json"]
    comments = {c.get(XML_LANG): c.text for c in mime.findall(f"{MIME_NS}comment")}
    assert comments[None] and comments["pl"]


@pytest.mark.skipif(not shutil.which("update-mime-database"),
                    reason="update-mime-database not installed (shared-mime-info)")
def test_mime_database_accepts_the_xml(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / "omnimap.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True,
                   capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f":{MIME_TYPE}:*.omnimap" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/json" in subclasses


def test_windows_installer_associates_the_type():
    iss = (PACKAGING / "windows" / "omnimap.iss").read_text(encoding="utf-8-sig")
    assert f'#define MimeType "{MIME_TYPE}"' in iss
    assert 'Subkey: "Software\\Classes\\.omnimap"' in iss
    assert '""{app}\\{#AppExe}"" ""%1""' in iss  # the association opens the file


def test_macos_bundle_declares_the_exported_type():
    # The Info.plist part of the spec is plain data: build it as the spec does.
    text = (PACKAGING / "macos" / "omnimap.spec").read_text(encoding="utf-8")
    block = re.search(r"^INFO_PLIST = (\{.*?^\})", text, re.S | re.M)
    assert block, "INFO_PLIST block not found in the macOS spec"
    uti = re.search(r'^JOURNEY_UTI = "([\w.]+)"$', text, re.M)
    assert uti
    info = eval(block.group(1), {"VERSION": "0.0.0", "JOURNEY_UTI": uti.group(1)})
    plistlib.dumps(info)  # serialisable as a real Info.plist
    (exported,) = info["UTExportedTypeDeclarations"]
    (document,) = info["CFBundleDocumentTypes"]
    assert exported["UTTypeConformsTo"] == ["public.json"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["omnimap"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [MIME_TYPE]
    assert exported["UTTypeIdentifier"] == uti.group(1)
    assert document["LSItemContentTypes"] == [uti.group(1)]
    assert document["CFBundleTypeRole"] == "Editor"


# --- icons --------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_icon_pngs_exist_in_every_size(size):
    for path in (ROOT / "omnimap" / "assets" / "icons" / "app" / f"omnimap-{size}.png",
                 LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "omnimap.png"):
        width, height, colour = png_size(path.read_bytes())
        assert (width, height) == (size, size), path
        assert colour == 6, f"{path}: expected RGBA"


def test_svg_icons_are_the_source():
    source = (ROOT / "resources" / "icons" / "omnimap.svg").read_bytes()
    root = ET.fromstring(source)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"
    for copy in (ROOT / "omnimap" / "assets" / "icons" / "app" / "omnimap.svg",
                 LINUX / "icons" / "hicolor" / "scalable" / "apps" / "omnimap.svg"):
        assert copy.read_bytes() == source, f"{copy} is stale: run resources/icons/render_icons.py"


def test_windows_ico_holds_png_sizes_up_to_256():
    data = (PACKAGING / "windows" / "omnimap.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        png_width, png_height, _colour = png_size(data[offset : offset + length])
        assert png_width == png_height == (width or 256)
        sizes.append(png_width)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_retina_sizes():
    data = (PACKAGING / "macos" / "omnimap.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    chunks, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4].decode(), struct.unpack(
            ">I", data[offset + 4 : offset + 8])[0]
        chunks[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert chunks == {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256,
                      "ic09": 512, "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
                      "ic10": 1024}


# --- install.sh and uninstall.sh ------------------------------------------------------

needs_sh = pytest.mark.skipif(sys.platform == "win32" or not shutil.which("sh"),
                              reason="POSIX shell scripts")


def make_stage(tmp_path: Path) -> Path:
    """The tarball's layout, with a shell script standing in for the frozen app."""
    stage = tmp_path / "omnimap-0.0.0-linux-x86_64"
    app = stage / "omnimap"
    app.mkdir(parents=True)
    program = app / "omnimap"
    program.write_text("#!/bin/sh\necho 'omnimap 0.0.0'\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    (stage / "share" / "applications").mkdir(parents=True)
    (stage / "share" / "mime" / "packages").mkdir(parents=True)
    shutil.copy(DESKTOP, stage / "share" / "applications" / "omnimap.desktop")
    shutil.copy(MIME_XML, stage / "share" / "mime" / "packages" / "omnimap.xml")
    shutil.copytree(LINUX / "icons", stage / "share" / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, stage / script)
    return stage


def run_script(script: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **extra}
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True,
                          check=False)


@needs_sh
def test_install_then_uninstall_in_home(tmp_path):
    stage = make_stage(tmp_path)
    home = tmp_path / "home with space"
    home.mkdir()
    installed = run_script(stage / "install.sh", home)
    assert installed.returncode == 0, installed.stderr

    opt = home / ".local" / "opt" / "omnimap"
    link = home / ".local" / "bin" / "omnimap"
    data = home / ".local" / "share"
    assert link.is_symlink() and link.resolve() == (opt / "omnimap").resolve()
    assert subprocess.run([str(link)], capture_output=True, text=True,
                          check=True).stdout.strip() == "omnimap 0.0.0"
    desktop = (data / "applications" / "omnimap.desktop").read_text(encoding="utf-8")
    assert f'\nExec="{opt}/omnimap" %f\n' in desktop
    assert "\nIcon=omnimap\n" in desktop
    assert (data / "mime" / "packages" / "omnimap.xml").read_bytes() == MIME_XML.read_bytes()
    for size in SIZES:
        folder = data / "icons" / "hicolor" / f"{size}x{size}"
        assert (folder / "apps" / "omnimap.png").is_file()
        assert (folder / "mimetypes" / "application-vnd.omnimap.journey+json.png").is_file()
    assert (opt / "uninstall.sh").is_file()

    # A second run upgrades in place.
    assert run_script(stage / "install.sh", home).returncode == 0

    removed = run_script(opt / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert not opt.exists() and not link.is_symlink()
    left = [p for p in data.rglob("*") if "omnimap" in p.name and "/mime/" not in p.as_posix()]
    assert left == []
    assert not (data / "mime" / "packages" / "omnimap.xml").exists()


@needs_sh
def test_install_honours_xdg_data_home_and_keeps_foreign_links(tmp_path):
    stage = make_stage(tmp_path)
    home, xdg = tmp_path / "home", tmp_path / "xdg-data"
    home.mkdir()
    assert run_script(stage / "install.sh", home, XDG_DATA_HOME=str(xdg)).returncode == 0
    assert (xdg / "applications" / "omnimap.desktop").is_file()
    assert not (home / ".local" / "share" / "applications").exists()

    # Someone replaced the link with their own omnimap: uninstall leaves it.
    link = home / ".local" / "bin" / "omnimap"
    link.unlink()
    link.symlink_to(tmp_path)
    removed = run_script(home / ".local" / "opt" / "omnimap" / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert link.is_symlink()
    assert not (xdg / "applications" / "omnimap.desktop").exists()


@needs_sh
def test_install_refuses_a_folder_without_the_app(tmp_path):
    stage = make_stage(tmp_path)
    shutil.rmtree(stage / "omnimap")
    result = run_script(stage / "install.sh", tmp_path)
    assert result.returncode == 2
    assert "omnimap/omnimap is missing" in result.stderr
    assert not (tmp_path / ".local" / "opt").exists()


# --- PyInstaller helpers ----------------------------------------------------------------


def test_qt_excludes_keep_what_the_source_names(tmp_path):
    common = load_pyi_common()
    (tmp_path / "a.py").write_text("from PySide6 import (\n    QtCore,\n    QtQuickWidgets,\n)\n",
                                   encoding="utf-8")
    (tmp_path / "b.py").write_text("import PySide6.QtSql\n", encoding="utf-8")
    excluded = common.qt_excludes(tmp_path)
    for kept in ("QtQuickWidgets", "QtQuick", "QtQml", "QtNetwork", "QtSql"):
        assert f"PySide6.{kept}" not in excluded
    for dropped in ("QtWebEngineCore", "QtMultimedia", "QtTest", "QtDesigner"):
        assert f"PySide6.{dropped}" in excluded
    assert all(not name.endswith(("QtCore", "QtGui", "QtWidgets", "QtSvg")) for name in excluded)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_pl.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_zh_TW.qm", False),
    ("PySide6\\Qt\\translations\\qtbase_fr.qm", False),
    ("omnimap/assets/icons/app/omnimap-16.png", True),
])
def test_only_english_and_polish_qt_translations_are_bundled(dest, kept):
    assert load_pyi_common().keep_data(dest) is kept


def test_graphviz_pure_executable_is_found_from_its_wheel():
    pytest.importorskip("graphviz")  # stands for "omnimap's dependencies are installed"
    common = load_pyi_common()
    binary = Path(common.graphviz_pure_binary())
    assert binary.name in ("graphviz-pure", "graphviz-pure.exe")
    assert os.access(binary, os.X_OK)
    licences = common.graphviz_pure_licences()
    assert any(Path(src).name == "LICENSE" for src, _dest in licences)
    for _source, dest in licences:
        assert Path(dest).parts[:2] == ("licenses", "graphviz-pure")


def test_runtime_hook_puts_the_bundled_bin_first_on_path(tmp_path, monkeypatch):
    (tmp_path / "bin").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("PATH", os.pathsep.join(["/usr/bin", "/bin"]))
    runpy.run_path(str(PACKAGING / "pyi_rth_omnimap.py"))
    assert os.environ["PATH"].split(os.pathsep) == [str(tmp_path / "bin"), "/usr/bin", "/bin"]


def test_dropped_qt_plugins_on_every_platform():
    common = load_pyi_common()
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "/x/p.so", "BINARY"),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "/x/m.so", "BINARY"),
        ("PySide6\\plugins\\imageformats\\qtiff.dll", "C:/x/qtiff.dll", "BINARY"),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", "C:/x/qsvg.dll", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.dylib", "/x/libqtiff.dylib", "BINARY"),
        ("libqeglfs.so", "/x/not-a-plugin.so", "BINARY"),
    ]
    kept = [dest for dest, _src, _kind in common.drop_qt_plugins(toc)]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6\\plugins\\imageformats\\qsvg.dll",
        "libqeglfs.so",
    ]


def test_links_to_dropped_libraries_are_dropped():
    common = load_pyi_common()
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("omnimap/assets/icons/app/omnimap-16.png", "/x/omnimap-16.png", "DATA"),
    ]
    assert common.drop_dangling_symlinks(datas, binaries) == [datas[0], datas[2]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd-based, Linux only")
def test_libraries_nothing_links_to_are_pruned():
    pytest.importorskip("PyInstaller")  # the build venv has it; the dev venv need not
    common = load_pyi_common()
    from PyInstaller.depend import bindepend

    root = Path(sys.executable).resolve()
    linked = {Path(name).name: path for name, path in bindepend.get_imports(str(root)) if path}
    libc = next(name for name in linked if name.startswith("libc.so"))
    unrelated = "/usr/lib/x86_64-linux-gnu/libz.so.1"
    if not Path(unrelated).is_file() or "libz.so.1" in linked:
        pytest.skip("needs a libz that python does not link to")
    toc = [
        ("python3.11/bin/python", str(root), "BINARY"),  # a root: it lives in a folder
        (libc, linked[libc], "BINARY"),
        ("libz.so.1", unrelated, "BINARY"),
    ]
    assert [dest for dest, _src, _kind in common.prune_unused_libraries(toc)] == [
        "python3.11/bin/python", libc]
