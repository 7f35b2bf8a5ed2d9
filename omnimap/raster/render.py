"""SVG to PNG and PDF with QtSvg; both start from the export's cleaned SVG."""

from __future__ import annotations

import errno
import hashlib
import math
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QHashSeed, QMarginsF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgRenderer

__all__ = ["ensure_app", "png_size", "svg_to_pdf", "svg_to_png"]

#: CSS pixels per inch: 1x PNG is 96 dpi, as slide software expects.
BASE_DPI = 96.0
_INCH_IN_METRES = 0.0254


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (offscreen without a display)."""
    app = QGuiApplication.instance()
    if app is None:
        # Only X11/Wayland systems need a display server; macOS and Windows do not.
        if (sys.platform.startswith(("linux", "freebsd")) and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")
                and not os.environ.get("QT_QPA_PLATFORM")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["omnimap-export"])
    return app  # type: ignore[return-value]


def _renderer(svg: bytes) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("Qt could not read the SVG")
    return renderer


def png_size(svg_width_pt: float, svg_height_pt: float, scale: int) -> tuple[int, int]:
    """Pixel size of the PNG of a drawing ``svg_*_pt`` points large.

    >>> png_size(72, 36, 2)
    (192, 96)
    """
    factor = BASE_DPI / 72.0 * scale
    return math.ceil(svg_width_pt * factor - 1e-6), math.ceil(svg_height_pt * factor - 1e-6)


def _claim(path: Path) -> None:
    """Create the output file, so that a refusal raises the system's reason.

    Qt reports only that saving failed (and QPdfWriter not even that), which
    left "cannot write" without a why, or a misleading "no such file" later.
    """
    with open(path, "wb"):
        pass


def svg_to_png(svg: bytes, path: Path, *, scale: int = 1, background: str = "white") -> Path:
    """Rasterise at 96 dpi x ``scale``, recording that resolution in the PNG (pHYs)."""
    ensure_app()
    _claim(path)
    renderer = _renderer(svg)
    box = renderer.viewBoxF()
    width, height = png_size(box.width(), box.height(), scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white if background == "white" else Qt.GlobalColor.transparent)
    dots_per_metre = round(BASE_DPI * scale / _INCH_IN_METRES)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(errno.EIO, "the image could not be written", str(path))
    return path


# Qt stamps every PDF with the time it was made; exports must be reproducible.
_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)[0-9]{14}([+-][0-9]{2}'[0-9]{2}'|Z)?")
_XMP_DATE = re.compile(
    rb"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)?")


def _fixed_dates(data: bytes) -> bytes:
    """Replace timestamps by a constant of the same length (xref offsets stay valid).

    >>> _fixed_dates(b"/CreationDate (D:20261123110121+01'00') x=2026-11-23T11:01:21+01:00")
    b"/CreationDate (D:20000101000000+00'00') x=2000-01-01T00:00:00+00:00"
    """
    def pdf(match: re.Match[bytes]) -> bytes:
        zone = match.group(2) or b""
        return match.group(1) + b"20000101000000" + (b"+00'00'" if len(zone) == 7 else zone)

    def xmp(match: re.Match[bytes]) -> bytes:
        zone = match.group(1) or b""
        return b"2000-01-01T00:00:00" + (b"+00:00" if len(zone) == 6 else zone)

    return _XMP_DATE.sub(xmp, _PDF_DATE.sub(pdf, data))


def svg_to_pdf(svg: bytes, path: Path, *, title: str = "", background: str = "white") -> Path:
    """One vector page exactly the size of the drawing; text stays text."""
    ensure_app()
    _claim(path)
    renderer = _renderer(svg)
    box = renderer.viewBoxF()
    writer = QPdfWriter(str(path))
    writer.setCreator("omnimap")
    writer.setTitle(title)
    digest = hashlib.sha256(svg).hexdigest()
    writer.setDocumentId(QUuid(f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-"
                               f"{digest[16:20]}-{digest[20:32]}}}"))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(box.width(), box.height()), QPageSize.Unit.Point, "omnimap",
                  QPageSize.SizeMatchPolicy.ExactMatch),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    # Qt writes the embedded fonts in QHash order; a random hash seed would
    # shuffle them from one run to the next.
    random_seed = QHashSeed.globalSeed() != 0
    QHashSeed.setDeterministicGlobalSeed()
    try:
        painter = QPainter(writer)
        if background == "white":
            painter.fillRect(QRectF(0, 0, box.width(), box.height()), Qt.GlobalColor.white)
        renderer.render(painter, QRectF(0, 0, box.width(), box.height()))
        painter.end()
        del writer
    finally:
        if random_seed:
            QHashSeed.resetRandomGlobalSeed()
    path.write_bytes(_fixed_dates(path.read_bytes()))
    return path
