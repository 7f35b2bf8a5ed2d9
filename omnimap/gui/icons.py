"""Vector icons drawn with QPainter: channel glyphs, CRM marks, warning marks.

Every glyph is a QPainterPath in a 24 x 24 box, so the canvas can paint it at
any zoom without blurring and the palette gets crisp QIcons from the same
drawing. Nothing here reads a file; the paths are built once and cached.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

__all__ = [
    "CRM_COLORS",
    "GLYPH_KEYS",
    "channel_icon",
    "crm_icon",
    "glyph_path",
    "paint_badge",
    "paint_channel_glyph",
    "paint_warning",
    "warning_icon",
]

#: Colour that stands for each CRM status, wherever it is shown.
CRM_COLORS = {
    "integrated": "#2e7d32",
    "connector": "#0277bd",
    "none": "#c62828",
    "unknown": "#ef8f00",
}

_ICON_SIZES = (16, 20, 24, 32, 48, 64)


def _circle(path: QPainterPath, x: float, y: float, r: float) -> None:
    path.addEllipse(QPointF(x, y), r, r)


def _poly(path: QPainterPath, *points: tuple[float, float]) -> None:
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)


def _globe(p: QPainterPath) -> None:
    _circle(p, 12, 12, 8)
    p.addEllipse(QRectF(8, 4, 8, 16))
    _poly(p, (4, 12), (20, 12))


def _phone(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(7, 3, 10, 18), 2, 2)
    _poly(p, (10.5, 18), (13.5, 18))


def _camera(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(4, 6, 16, 13), 4, 4)
    _circle(p, 12, 12.5, 3.5)
    _circle(p, 16.8, 9, 0.4)


def _people(p: QPainterPath) -> None:
    _circle(p, 9, 8.5, 3)
    p.moveTo(3.5, 19)
    p.cubicTo(3.5, 13, 14.5, 13, 14.5, 19)
    _circle(p, 16.5, 9.5, 2.3)
    p.moveTo(16, 14)
    p.cubicTo(19, 13.8, 20.5, 16, 20.5, 18.5)


def _note(p: QPainterPath) -> None:
    _poly(p, (13, 4), (13, 16))
    _circle(p, 10, 16.5, 3)
    p.moveTo(13, 4)
    p.cubicTo(14, 7, 17, 8, 19, 8)


def _briefcase(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(4, 8, 16, 11), 2, 2)
    _poly(p, (9, 8), (9, 5.5), (15, 5.5), (15, 8))
    _poly(p, (4, 13), (20, 13))


def _envelope(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 6, 17, 12), 1.5, 1.5)
    _poly(p, (3.5, 7), (12, 13.5), (20.5, 7))


def _sms(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 4.5, 17, 12), 3, 3)
    _poly(p, (8, 16.5), (7, 20.5), (12, 16.5))
    for x in (8.5, 12, 15.5):
        _circle(p, x, 10.5, 0.6)


def _robot(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(5, 8, 14, 11), 3, 3)
    _poly(p, (12, 8), (12, 4.5))
    _circle(p, 12, 4, 1)
    _circle(p, 9.5, 13, 1.2)
    _circle(p, 14.5, 13, 1.2)
    _poly(p, (3, 12), (3, 15))
    _poly(p, (21, 12), (21, 15))


def _bubble(p: QPainterPath) -> None:
    p.addEllipse(QRectF(3.5, 4, 17, 13))
    _poly(p, (7, 15), (5, 20.5), (11, 16.8))


def _bell(p: QPainterPath) -> None:
    p.moveTo(5, 17)
    p.lineTo(19, 17)
    p.cubicTo(17, 15, 17.5, 12, 17.5, 10.5)
    p.cubicTo(17.5, 4, 6.5, 4, 6.5, 10.5)
    p.cubicTo(6.5, 12, 7, 15, 5, 17)
    _poly(p, (10, 19.5), (14, 19.5))


def _target(p: QPainterPath) -> None:
    _circle(p, 12, 12, 8)
    _circle(p, 12, 12, 4.5)
    _circle(p, 12, 12, 1.2)


def _store(p: QPainterPath) -> None:
    _poly(p, (3.5, 9), (5, 4.5), (19, 4.5), (20.5, 9), (3.5, 9))
    _poly(p, (5, 9), (5, 19.5), (19, 19.5), (19, 9))
    _poly(p, (10, 19.5), (10, 14), (14, 14), (14, 19.5))


def _headset(p: QPainterPath) -> None:
    p.moveTo(5, 14)
    p.cubicTo(5, 3, 19, 3, 19, 14)
    p.addRoundedRect(QRectF(3.5, 12, 4, 6), 1.5, 1.5)
    p.addRoundedRect(QRectF(16.5, 12, 4, 6), 1.5, 1.5)
    p.moveTo(18.5, 18)
    p.cubicTo(18.5, 20.5, 15, 20.5, 13, 20.5)


def _flag(p: QPainterPath) -> None:
    _poly(p, (6, 21), (6, 3.5))
    p.moveTo(6, 4.5)
    p.cubicTo(10, 2.5, 13, 7, 18.5, 5)
    p.lineTo(18.5, 13)
    p.cubicTo(13, 15, 10, 10.5, 6, 12.5)


def _page(p: QPainterPath) -> None:
    _poly(p, (6, 3.5), (14, 3.5), (18.5, 8), (18.5, 20.5), (6, 20.5), (6, 3.5))
    _poly(p, (14, 3.5), (14, 8), (18.5, 8))
    for y in (12, 15, 18):
        _poly(p, (9, y), (15.5, y))


def _play(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3, 5.5, 18, 13), 4, 4)
    _poly(p, (10, 9), (10, 15), (15, 12), (10, 9))


def _screen(p: QPainterPath) -> None:
    p.addRoundedRect(QRectF(3.5, 4.5, 17, 11.5), 1.5, 1.5)
    _poly(p, (12, 16), (12, 19.5))
    _poly(p, (8, 19.5), (16, 19.5))


def _live(p: QPainterPath) -> None:
    _circle(p, 12, 12, 2.2)
    for r in (5.5, 9):
        rect = QRectF(12 - r, 12 - r, 2 * r, 2 * r)
        p.arcMoveTo(rect, 140)
        p.arcTo(rect, 140, 80)
        p.arcMoveTo(rect, -40)
        p.arcTo(rect, -40, 80)


def _dot(p: QPainterPath) -> None:
    _circle(p, 12, 12, 4)


_GLYPHS: dict[str, Callable[[QPainterPath], None]] = {
    "globe": _globe,
    "phone": _phone,
    "camera": _camera,
    "people": _people,
    "note": _note,
    "briefcase": _briefcase,
    "envelope": _envelope,
    "sms": _sms,
    "robot": _robot,
    "bubble": _bubble,
    "bell": _bell,
    "target": _target,
    "store": _store,
    "headset": _headset,
    "flag": _flag,
    "page": _page,
    "play": _play,
    "screen": _screen,
    "live": _live,
}

#: The icon keys a channel may name; any other key gets a plain dot.
GLYPH_KEYS = tuple(_GLYPHS)


@lru_cache(maxsize=64)
def glyph_path(key: str) -> QPainterPath:
    """The outline of glyph ``key`` in a 24 x 24 box, meant to be stroked."""
    path = QPainterPath()
    _GLYPHS.get(key, _dot)(path)
    return path


def paint_channel_glyph(painter: QPainter, rect: QRectF, key: str, color: str | QColor,
                        *, disc: bool = True) -> None:
    """Paint a channel's glyph into ``rect``: white on a disc of ``color``, or ``color`` alone."""
    size = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.center().x() - size / 2, rect.center().y() - size / 2)
    painter.scale(size / 24.0, size / 24.0)
    colour = QColor(color)
    if disc:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(0, 0, 24, 24))
        painter.translate(3.6, 3.6)
        painter.scale(0.7, 0.7)
        colour = QColor("white")
    pen = QPen(colour, 1.9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(glyph_path(key))
    painter.restore()


def paint_warning(painter: QPainter, rect: QRectF, color: str | QColor = CRM_COLORS["none"],
                  mark: str = "!") -> None:
    """A filled warning triangle with a white ``!`` (or ``?``) in ``rect``."""
    size = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.center().x() - size / 2, rect.center().y() - size / 2)
    painter.scale(size / 24.0, size / 24.0)
    triangle = QPolygonF([QPointF(12, 2), QPointF(23, 21.5), QPointF(1, 21.5)])
    pen = QPen(QColor(color), 2.2)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(color)))
    painter.drawPolygon(triangle)
    _paint_mark(painter, mark, 12, 14.5, 5.2)
    painter.restore()


def paint_badge(painter: QPainter, center: QPointF, radius: float, color: str | QColor,
                mark: str = "!") -> None:
    """A round badge with a white ``!`` or ``?``; used on cards, whose corners are round."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(center.x() - radius, center.y() - radius)
    painter.scale(radius / 12.0, radius / 12.0)
    painter.setPen(QPen(QColor("white"), 2.2))
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(0, 0, 24, 24))
    _paint_mark(painter, mark, 12, 12, 6.5)
    painter.restore()


def _paint_mark(painter: QPainter, mark: str, cx: float, cy: float, half: float) -> None:
    """A white exclamation or question mark centred on (cx, cy), drawn as strokes."""
    pen = QPen(QColor("white"), 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark == "?":
        path = QPainterPath()
        path.moveTo(cx - half * 0.55, cy - half * 0.45)
        path.cubicTo(cx - half * 0.55, cy - half * 1.15, cx + half * 0.6, cy - half * 1.15,
                     cx + half * 0.6, cy - half * 0.45)
        path.cubicTo(cx + half * 0.6, cy + half * 0.05, cx, cy, cx, cy + half * 0.35)
        painter.drawPath(path)
    else:
        painter.drawLine(QPointF(cx, cy - half), QPointF(cx, cy + half * 0.35))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(cx, cy + half * 0.95), 1.5, 1.5)


def _icon(paint: Callable[[QPainter, QRectF], None]) -> QIcon:
    icon = QIcon()
    for size in _ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint(painter, QRectF(0.5, 0.5, size - 1, size - 1))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


_icon_cache: dict[tuple[str, ...], QIcon] = {}


def _cached(key: tuple[str, ...], paint: Callable[[QPainter, QRectF], None]) -> QIcon:
    icon = _icon_cache.get(key)
    if icon is None:
        icon = _icon_cache[key] = _icon(paint)
    return icon


def channel_icon(channel: object) -> QIcon:
    """The icon of a channel (anything with ``icon`` and ``color``), for palette and headers."""
    key = str(getattr(channel, "icon", "") or "")
    color = str(getattr(channel, "color", "#607d8b"))
    return _cached(("channel", key, color),
                   lambda p, r: paint_channel_glyph(p, r, key, color))


def crm_icon(status: str) -> QIcon:
    """A mark per CRM status: red warning (none), amber question (unknown), dots otherwise."""
    color = CRM_COLORS.get(status, CRM_COLORS["unknown"])
    if status == "none":
        return _cached(("crm", status), lambda p, r: paint_warning(p, r, color, "!"))
    if status == "unknown":
        return _cached(("crm", status), lambda p, r: paint_badge(p, r.center(),
                                                                 r.width() / 2, color, "?"))

    def dot(painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(rect.center(), rect.width() * 0.32, rect.width() * 0.32)

    return _cached(("crm", status), dot)


def warning_icon(color: str = CRM_COLORS["none"]) -> QIcon:
    """The warning triangle used for CRM silos and problems."""
    return _cached(("warning", color), lambda p, r: paint_warning(p, r, color, "!"))
