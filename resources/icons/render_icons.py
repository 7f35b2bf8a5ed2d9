"""Render the app icon from ``omnimap.svg`` into every file the installers need.

Run after editing the SVG, then commit the results::

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/render_icons.py

Writes

- ``omnimap/assets/icons/app/``: the SVG and ``omnimap-<size>.png`` (the running
  app's window icon, read by ``omnimap.gui.platform_integration``);
- ``packaging/linux/icons/hicolor/``: the freedesktop icon theme layout;
- ``packaging/windows/omnimap.ico`` and ``packaging/macos/omnimap.icns``.

Qt's SVG renderer is used instead of a converter tool so that the only thing
needed is the project's own venv.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

__all__ = ["ICNS_TYPES", "ICO_SIZES", "SIZES", "main"]

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "omnimap.svg"

#: PNG sizes shipped with the app and in the hicolor theme.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows reads at most 256 px from an .ico.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns chunk type -> pixel size (PNG-compressed chunks, macOS 10.7+).
ICNS_TYPES = {
    "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
    "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512, "ic10": 1024,
}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (accepted by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        # A width or height of 0 in the directory means 256.
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG chunks."""
    chunks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    all_sizes = sorted({*SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    pngs = {size: render(renderer, size) for size in all_sizes}

    assets = ROOT / "omnimap" / "assets" / "icons" / "app"
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    assets.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, assets / "omnimap.svg")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / "omnimap.svg")
    for size in SIZES:
        (assets / f"omnimap-{size}.png").write_bytes(pngs[size])
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "omnimap.png").write_bytes(pngs[size])

    windows = ROOT / "packaging" / "windows"
    macos = ROOT / "packaging" / "macos"
    windows.mkdir(parents=True, exist_ok=True)
    macos.mkdir(parents=True, exist_ok=True)
    (windows / "omnimap.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (macos / "omnimap.icns").write_bytes(icns(pngs))
    del app
    print(f"rendered {len(SIZES)} PNG sizes, omnimap.ico and omnimap.icns from {SOURCE.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
