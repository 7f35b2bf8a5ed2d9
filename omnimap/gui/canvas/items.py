"""The graphics items of the canvas: touchpoint cards and transition arrows.

Items keep a copy of the frozen model value they show and a few cached text
lines; ``paint`` only draws. They never change the model: the scene updates
them from model signals and the view turns gestures into commands.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from omnimap.gui.canvas.theme import COLORS, Metrics, crm_text, wrap_lines
from omnimap.gui.icons import CRM_COLORS, paint_badge, paint_channel_glyph

if TYPE_CHECKING:
    from omnimap.model.values import Channel, Touchpoint, Transition

__all__ = ["ARROW_TYPE", "CARD_TYPE", "ArrowItem", "CardItem"]

# QGraphicsItem.UserType is missing from PySide6's type stubs.
CARD_TYPE = QGraphicsItem.UserType + 1  # type: ignore[attr-defined]
ARROW_TYPE = QGraphicsItem.UserType + 2  # type: ignore[attr-defined]

_EMOTION_COLORS = ("#c62828", "#ef6c00", "#9e9e9e", "#7cb342", "#2e7d32")
_EMPTY_PATH = QPainterPath()
_EMPTY_POLYGON = QPolygonF()
_EMPTY_RECT = QRectF()
_ORIGIN = QPointF()
_NO_PEN = QPen(Qt.PenStyle.NoPen)



class CardItem(QGraphicsRectItem):
    """A touchpoint card: channel stripe and icon, day/time, label, marks, CRM badge."""

    def __init__(self, tp: Touchpoint, channel: Channel, metrics: Metrics) -> None:
        super().__init__()
        self.tp_id = tp.id
        self.tp = tp
        self.channel = channel
        self.metrics = metrics
        self.hovered = False
        self.dimmed = False
        self.drop_target = False
        self._lines: list[str] = []
        self._meta = ""
        self._tooltip_dirty = True
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        # A card is a dozen antialiased shapes and texts: painted once per zoom level
        # into a pixmap, a repaint (scroll, an arrow moving over it) is a blit.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPen(Qt.PenStyle.NoPen)
        self._set_bounds()
        self._refresh()

    def type(self) -> int:
        return CARD_TYPE

    # --------------------------------------------------------------- content
    def set_content(self, tp: Touchpoint | None = None, channel: Channel | None = None,
                    metrics: Metrics | None = None) -> None:
        """New model values or sizes; recomputes cached text only when something changed."""
        changed = False
        if tp is not None and tp != self.tp:
            self.tp, changed = tp, True
        if channel is not None and channel != self.channel:
            self.channel, changed = channel, True
        if metrics is not None and metrics != self.metrics:
            self.metrics, changed = metrics, True
            self._set_bounds()
        if changed:
            self._refresh()
            self.update()

    def refresh_texts(self) -> None:
        """Recompute the cached texts (after a language change)."""
        self._refresh()
        self.update()

    def _refresh(self) -> None:
        m, tp = self.metrics, self.tp
        text_w = m.card_w - 22 * m.scale
        label = tp.label or QCoreApplication.translate("JourneyCanvas", "(no label)")
        self._lines = wrap_lines(label, m.font("label"), text_w, m.label_lines)
        parts = []
        if tp.day is not None:
            day = QCoreApplication.translate("JourneyCanvas", "Day %1")
            parts.append(day.replace("%1", str(tp.day)))
        if tp.time:
            parts.append(tp.time)
        self._meta = " · ".join(parts)
        # Built on hover: thousands of cards open faster without rich-text tooltips.
        self._tooltip_dirty = True

    def _tooltip(self) -> str:
        tp = self.tp
        no_label = QCoreApplication.translate("JourneyCanvas", "(no label)")
        lines = [f"<b>{_html(tp.label or no_label)}</b>",
                 f"<i>{_html(self.channel.name)}</i>"]
        if self._meta:
            lines.append(_html(self._meta))
        if tp.notes:
            lines.append(_html(tp.notes))
        pains = QCoreApplication.translate("JourneyCanvas", "Pain points")
        chances = QCoreApplication.translate("JourneyCanvas", "Opportunities")
        for title, items in ((pains, tp.pain_points), (chances, tp.opportunities)):
            if items:
                lines.append(f"{title}: " + "; ".join(_html(i) for i in items))
        status = self.channel.audit.crm
        if status in ("none", "unknown"):
            colour = CRM_COLORS[status]
            lines.append(f"<span style='color:{colour}'><b>{_html(crm_text(status)[0])}</b>"
                         f"</span><br>{_html(crm_text(status)[1])}")
        return "<br>".join(lines)

    # -------------------------------------------------------------- geometry
    def _set_bounds(self) -> None:
        # The bounds live in the C++ rect item: Qt asks every item for its bounding
        # rect on each hit test, and thousands of Python calls would cost milliseconds.
        # The margin leaves room for the CRM badge and the connect handle.
        m = self.metrics
        r = 11 * m.scale
        self.setRect(QRectF(-r, -r, m.card_w + 2 * r, m.card_h + 2 * r))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, self.metrics.card_w, self.metrics.card_h)

    def handle_center(self) -> QPointF:
        return QPointF(self.metrics.card_w, self.metrics.card_h / 2)

    def handle_radius(self) -> float:
        return 7 * self.metrics.scale

    def on_handle(self, local: QPointF) -> bool:
        """True when ``local`` (item coordinates) is on the connect handle."""
        c = self.handle_center()
        reach = self.handle_radius() + 4 * self.metrics.scale
        return (local.x() - c.x()) ** 2 + (local.y() - c.y()) ** 2 <= reach * reach

    def scene_card_rect(self) -> QRectF:
        return self.card_rect().translated(self.pos())

    def tooltip(self) -> str:
        """The card's tooltip (rich text), built on first need."""
        if self._tooltip_dirty:
            self._tooltip_dirty = False
            self.setToolTip(self._tooltip())
        return self.toolTip()

    def hoverEnterEvent(self, event: object) -> None:
        self.hovered = True
        self.tooltip()
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self.hovered = False
        self.update()

    # ----------------------------------------------------------------- paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m, s = self.metrics, self.metrics.scale
        rect = self.card_rect()
        radius = 7 * s
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Shadow, body, channel stripe.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 30, 45, 28))
        painter.drawRoundedRect(rect.translated(0, 2 * s), radius, radius)
        colour = QColor(self.channel.color)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(COLORS["card"])
        painter.drawRoundedRect(rect.adjusted(6 * s, 0, 0, 0), radius * 0.6, radius * 0.6)
        painter.drawRect(QRectF(6 * s, 0, radius, m.card_h))
        border = QPen(COLORS["selection"], 2.6 * s) if selected else \
            QPen(COLORS["drop_line"] if self.drop_target else COLORS["card_border"],
                 (2.0 if self.drop_target else 1.0) * s)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
        # Icon and day/time on the top row.
        icon = 18 * s
        top = 7 * s
        left = 13 * s
        paint_channel_glyph(painter, QRectF(left, top, icon, icon), self.channel.icon,
                            self.channel.color)
        painter.setPen(COLORS["muted"])
        if self._meta:
            painter.setFont(m.font("small_bold"))
            painter.drawText(QRectF(left + icon + 6 * s, top, m.card_w - left - icon - 30 * s,
                                    icon), Qt.AlignmentFlag.AlignVCenter, self._meta)
        # Label.
        font = m.font("label")
        painter.setFont(font)
        painter.setPen(COLORS["text"] if self.tp.label else COLORS["muted"])
        fm = QFontMetricsF(font)
        y = top + icon + 4 * s + fm.ascent()
        for line in self._lines:
            painter.drawText(QPointF(left, y), line)
            y += fm.lineSpacing()
        self._paint_marks(painter)
        status = self.channel.audit.crm
        if status in ("none", "unknown"):
            r = (9.5 if status == "none" else 8) * s
            paint_badge(painter, QPointF(m.card_w - 4 * s, 4 * s), r, CRM_COLORS[status],
                        "!" if status == "none" else "?")
        if self.hovered or selected:
            painter.setPen(QPen(COLORS["selection"], 1.8 * s))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.handle_center(), self.handle_radius(), self.handle_radius())
            painter.setBrush(COLORS["selection"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(self.handle_center(), 2.6 * s, 2.6 * s)

    def _paint_marks(self, painter: QPainter) -> None:
        m, s, tp = self.metrics, self.metrics.scale, self.tp
        y = m.card_h - 13 * s
        x = m.card_w - 14 * s
        r = 6.5 * s
        # Emotion face at the right of the bottom row, marks to its left.
        if tp.emotion != 0:
            _paint_face(painter, QPointF(x, y), r, tp.emotion)
            x -= 2 * r + 6 * s
        font = m.font("small_bold")
        painter.setFont(font)
        fm = QFontMetricsF(font)
        for count, colour, mark in ((len(tp.opportunities), COLORS["opportunity"], "+"),
                                    (len(tp.pain_points), COLORS["pain"], "!")):
            if not count:
                continue
            text = str(count)
            w = fm.horizontalAdvance(text) + 2 * r + 8 * s
            pill = QRectF(x + r - w, y - r, w, 2 * r)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 38))
            painter.drawRoundedRect(pill, r, r)
            if mark == "!":
                paint_badge(painter, QPointF(pill.left() + r, y), r * 0.95, colour, "!")
            else:
                _paint_plus(painter, QPointF(pill.left() + r, y), r * 0.95, colour)
            painter.setPen(colour.darker(130))
            painter.drawText(QRectF(pill.left() + 2 * r, pill.top(), w - 2 * r - 3 * s,
                                    pill.height()), Qt.AlignmentFlag.AlignCenter, text)
            x = pill.left() - 6 * s - r


def _paint_plus(painter: QPainter, c: QPointF, r: float, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(c, r, r)
    pen = QPen(QColor("white"), r * 0.32)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    d = r * 0.5
    painter.drawLine(QPointF(c.x() - d, c.y()), QPointF(c.x() + d, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - d), QPointF(c.x(), c.y() + d))


def _paint_face(painter: QPainter, c: QPointF, r: float, emotion: int) -> None:
    colour = QColor(_EMOTION_COLORS[emotion + 2])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(c, r, r)
    painter.setBrush(QColor("white"))
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(c.x() + dx * r, c.y() - 0.25 * r), r * 0.13, r * 0.13)
    pen = QPen(QColor("white"), r * 0.17)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    bend = 0.22 * r * emotion
    mouth.moveTo(c.x() - 0.42 * r, c.y() + 0.3 * r - bend / 2)
    mouth.quadTo(c.x(), c.y() + 0.3 * r + bend, c.x() + 0.42 * r, c.y() + 0.3 * r - bend / 2)
    painter.drawPath(mouth)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=16)
def _arrow_pen(selected: bool, scale: float) -> QPen:
    # Cosmetic: arrows keep a readable width when the map is zoomed out to fit.
    pen = QPen(COLORS["selection"] if selected else COLORS["arrow"], (2.8 if selected else 1.8)
               * scale)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


class ArrowItem(QGraphicsPathItem):
    """A transition: a curve from one card to another with a head and an optional label."""

    #: Set by the scene on maps with many arrows: paint without antialiasing.
    dense = False

    def __init__(self, tr: Transition, metrics: Metrics) -> None:
        super().__init__()
        self.key = (tr.source, tr.target)
        self.tr = tr
        self.metrics = metrics
        self.dimmed = False
        # Placeholders until the scene routes the arrow (set_ends); shared, never mutated.
        self._path = _EMPTY_PATH
        self._head = _EMPTY_POLYGON
        self._shape: QPainterPath | None = None
        self._mid = _ORIGIN
        self._ends = (_ORIGIN, _ORIGIN, _ORIGIN, _ORIGIN)
        self._bounds = _EMPTY_RECT
        self._label_rect = _EMPTY_RECT
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setPen(_NO_PEN)
        self.setZValue(1)
        if tr.label or tr.volume is not None:
            self._set_tooltip()

    def type(self) -> int:
        return ARROW_TYPE

    def set_transition(self, tr: Transition) -> None:
        if tr != self.tr:
            self.tr = tr
            self._set_tooltip()
            self._update_label_rect()
            self.update()

    def refresh_texts(self) -> None:
        self._set_tooltip()

    def _set_tooltip(self) -> None:
        tip = _html(self.tr.label) if self.tr.label else ""
        if self.tr.volume is not None:
            volume = QCoreApplication.translate("JourneyCanvas", "Volume: %1")
            tip += ("<br>" if tip else "") + volume.replace("%1", str(self.tr.volume))
        self.setToolTip(tip)

    def set_ends(self, source: QRectF, target: QRectF, s_off: float = 0.0,
                 t_off: float = 0.0) -> None:
        """Route the curve between two cards' scene rectangles.

        Cheap on purpose (it runs for every arrow of a dragged card on every
        mouse move): the head comes from the last control point, the hit
        shape is only stroked when Qt asks for it.
        """
        a, c1, c2, b = _route(source, target, self.metrics.scale, s_off, t_off)
        self._ends = (a, c1, c2, b)
        path = QPainterPath(a)
        path.cubicTo(c1, c2, b)
        self._path = path
        self._mid = (a + c1 * 3 + c2 * 3 + b) / 8.0
        direction = b - c2
        length = math.hypot(direction.x(), direction.y()) or 1.0
        size = 11 * self.metrics.scale
        back = QPointF(-direction.x() / length * size, -direction.y() / length * size)
        normal = QPointF(-back.y() * 0.45, back.x() * 0.45)
        self._head = QPolygonF([b, b + back + normal, b + back - normal])
        self._shape = None
        self._update_label_rect()
        margin = 7 * self.metrics.scale
        self._bounds = path.controlPointRect().united(self._head.boundingRect()).adjusted(
            -margin, -margin, margin, margin).united(self._label_rect)
        # The C++ path item holds the bounds (see CardItem._set_bounds); paint draws the curve.
        box = QPainterPath()
        box.addRect(self._bounds)
        self.setPath(box)

    def _update_label_rect(self) -> None:
        if not self.tr.label or self._path.isEmpty():
            self._label_rect = QRectF()
            return
        font = self.metrics.font("arrow")
        fm = QFontMetricsF(font)
        text = fm.elidedText(self.tr.label, Qt.TextElideMode.ElideRight, 160 * self.metrics.scale)
        w = fm.horizontalAdvance(text) + 10 * self.metrics.scale
        h = fm.height() + 4 * self.metrics.scale
        mid = self._mid
        self._label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        self._label_text = text

    def end_points(self) -> tuple[QPointF, QPointF]:
        """Where the arrow leaves its source and where its head touches the target."""
        return QPointF(self._ends[0]), QPointF(self._ends[3])

    def label_anchor(self) -> QPointF:
        """Where the label sits: the middle of the curve."""
        return QPointF(self._mid)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            # Stroke a 24-segment polyline, not the curve: a long curve's exact outline has
            # hundreds of points, and Qt tests it for every mouse move over its bounding box.
            line = QPainterPath(self._path.pointAtPercent(0))
            for i in range(1, 25):
                line.lineTo(_cubic_point(self._ends, i / 24))
            stroker = QPainterPathStroker()
            stroker.setWidth(12 * self.metrics.scale)
            self._shape = stroker.createStroke(line).simplified()
            self._shape.addPolygon(self._head)
            if not self._label_rect.isNull():
                self._shape.addRect(self._label_rect)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.metrics.scale
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = COLORS["selection"] if selected else COLORS["arrow"]
        # Antialiasing a long curve costs ~1 ms where it crosses the window; on a dense
        # map (hundreds of arrows) that is the whole frame, so they are drawn plain.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, selected or not self.dense)
        painter.setPen(_arrow_pen(selected, s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if not self._label_rect.isNull():
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.setPen(QPen(colour, 0.8 * s))
            painter.drawRoundedRect(self._label_rect, 4 * s, 4 * s)
            painter.setFont(self.metrics.font("arrow"))
            painter.setPen(COLORS["text"])
            painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label_text)


def _cubic_point(ends: tuple[QPointF, QPointF, QPointF, QPointF], t: float) -> QPointF:
    a, c1, c2, b = ends
    u = 1 - t
    return a * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + b * (t * t * t)


def route_sides(s: QRectF, t: QRectF) -> tuple[str, str]:
    """Which sides ("L" or "R") an arrow leaves its source and enters its target by."""
    if t.left() >= s.right() - 1:
        return "R", "L"
    if t.right() <= s.left() + 1:
        return "L", "R"
    return "R", "R"  # same column: a loop out to the right


def _route(s: QRectF, t: QRectF, scale: float, s_off: float = 0.0,
           t_off: float = 0.0) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """Start, two control points and end of a curve leaving and entering cards by their sides.

    ``s_off`` and ``t_off`` shift the ends up or down the sides, so that several
    arrows at one side of a card fan out instead of meeting in one point.
    """
    gap = 6 * scale
    sy, ty = s.center().y() + s_off, t.center().y() + t_off
    sides = route_sides(s, t)
    if sides == ("R", "L"):
        a = QPointF(s.right() + gap * 0.3, sy)
        b = QPointF(t.left() - gap, ty)
        dx = max(30 * scale, (b.x() - a.x()) / 2)
        return a, a + QPointF(dx, 0), b - QPointF(dx, 0), b
    if sides == ("L", "R"):
        a = QPointF(s.left() - gap * 0.3, sy)
        b = QPointF(t.right() + gap, ty)
        dx = max(40 * scale, (a.x() - b.x()) / 3)
        return a, a - QPointF(dx, 0), b + QPointF(dx, 0), b
    a = QPointF(s.right() + gap * 0.3, sy)
    b = QPointF(t.right() + gap, ty)
    dx = 34 * scale + min(60 * scale, abs(b.y() - a.y()) / 6)
    return a, a + QPointF(dx, 0), b + QPointF(dx, 0), b
