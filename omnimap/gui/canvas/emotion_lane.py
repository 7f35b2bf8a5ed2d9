"""The emotion lane under the grid: the customer's mood through the journey.

One item draws the whole lane: the −2..+2 scale with its gridlines, one path
for the curve and the points, hit-tested by index (the points are sorted by
x, so a lookup is a bisection). A map of thousands of touchpoints therefore
adds one item to the scene, not thousands.

Order of the curve: stage (column) order, then time (day, then time of day,
unknowns last), then the card's row and its place in the cell. Each point sits
in its card's column; several points of one column spread across the column's
width in that order, so the curve reads left to right.

Dragging a point up or down previews the new emotion (snapped to whole
steps) without touching the model; the release pushes one ``UpdateTouchpoint``
(see :class:`omnimap.gui.canvas.gestures.EmotionGesture`). This module stays
free of the commands, so the scene does not load the model's dependencies.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from omnimap.gui.canvas.items import _EMOTION_COLORS, _html, _paint_face
from omnimap.gui.canvas.theme import COLORS, Metrics

if TYPE_CHECKING:
    from omnimap.gui.canvas.layout import Grid
    from omnimap.gui.canvas.scene import JourneyScene
    from omnimap.model.values import Touchpoint

__all__ = ["EMOTION_LANE_TYPE", "EmotionLaneItem", "emotion_name", "lane_order"]

# QGraphicsItem.UserType is missing from PySide6's type stubs.
EMOTION_LANE_TYPE = QGraphicsItem.UserType + 5  # type: ignore[attr-defined]
LEVELS = (2, 1, 0, -1, -2)
#: Fields of a touchpoint that move its point on the curve.
_CURVE_FIELDS = ("emotion", "day", "time", "stage", "channel", "order")
#: Unscaled sizes: title band, top of the +2 line, distance between levels, room below −2.
_TITLE_H, _PLOT_TOP, _STEP, _PLOT_PAD = 30.0, 54.0, 34.0, 22.0


def emotion_name(value: int) -> str:
    """The translated name of an emotion level (−2..+2)."""
    return {
        -2: QCoreApplication.translate("JourneyCanvas", "Very negative"),
        -1: QCoreApplication.translate("JourneyCanvas", "Negative"),
        0: QCoreApplication.translate("JourneyCanvas", "Neutral"),
        1: QCoreApplication.translate("JourneyCanvas", "Positive"),
        2: QCoreApplication.translate("JourneyCanvas", "Very positive"),
    }[max(-2, min(2, value))]


def lane_order(touchpoints: list[Touchpoint], stages: list[str],
               rows: list[str]) -> list[Touchpoint]:
    """The touchpoints in curve order: stage, then day and time, then row and cell order.

    Touchpoints of a stage not in ``stages`` are left out.
    """
    stage_index = {s: i for i, s in enumerate(stages)}
    row_index = {c: i for i, c in enumerate(rows)}
    shown = [tp for tp in touchpoints if tp.stage in stage_index]
    return sorted(shown, key=lambda tp: (stage_index[tp.stage], tp.sort_key(),
                                         row_index.get(tp.channel, len(row_index)), tp.order,
                                         tp.id))


class EmotionLaneItem(QGraphicsItem):
    """The emotion lane of a journey scene; the scene places and refreshes it."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__()
        self._scene = scene
        self.metrics: Metrics = scene.metrics
        self.width = 0.0
        self.left = 0.0
        self.header_x = 0.0
        #: Points in curve order: ids, x (scene), emotion, channel.
        self.ids: list[str] = []
        self.xs: list[float] = []
        self.values: list[int] = []
        self.channels: list[str] = []
        self._index: dict[str, int] = {}
        self._labels: dict[str, str] = {}
        self._column_spans: list[tuple[float, float]] = []
        self._path = QPainterPath()
        #: (touchpoint id, emotion) shown while a drag is under way; by id, not index,
        #: so that an edit arriving mid-drag (which reorders the points) cannot mix them up.
        self.preview: tuple[str, int] | None = None
        self.highlight: str | None = None
        self._hover: int | None = None
        self.dirty = True
        self.setZValue(1)
        self.setAcceptHoverEvents(True)

    def type(self) -> int:
        return EMOTION_LANE_TYPE

    # -------------------------------------------------------------- geometry
    @staticmethod
    def extent(metrics: Metrics) -> float:
        """The gap above the lane plus its height: how far the scene grows downwards."""
        return EmotionLaneItem.gap(metrics) + EmotionLaneItem.height_for(metrics)

    @staticmethod
    def gap(metrics: Metrics) -> float:
        return 22 * metrics.scale

    @staticmethod
    def height_for(metrics: Metrics) -> float:
        s = metrics.scale
        return (_PLOT_TOP + 4 * _STEP + _PLOT_PAD) * s

    @property
    def height(self) -> float:
        return self.height_for(self.metrics)

    def plot_top(self) -> float:
        return _PLOT_TOP * self.metrics.scale

    def plot_bottom(self) -> float:
        return (_PLOT_TOP + 4 * _STEP) * self.metrics.scale

    def y_of(self, value: float) -> float:
        """Local y of an emotion value."""
        top, bottom = self.plot_top(), self.plot_bottom()
        return top + (2 - value) / 4 * (bottom - top)

    def value_at(self, scene_y: float) -> int:
        """The emotion level nearest to a scene y, clamped to −2..+2."""
        top, bottom = self.plot_top(), self.plot_bottom()
        local = scene_y - self.y()
        return max(-2, min(2, round(2 - (local - top) / (bottom - top) * 4)))

    def point_radius(self) -> float:
        return 6.5 * self.metrics.scale

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def set_header_x(self, x: float) -> None:
        """Keep the scale's labels at the window's left edge (sticky, like the row headers)."""
        if x != self.header_x:
            self.header_x = x
            self.update()

    # ---------------------------------------------------------------- content
    def mark_dirty(self) -> None:
        self.dirty = True

    @staticmethod
    def affects_curve(old: Touchpoint, new: Touchpoint) -> bool:
        return any(getattr(old, f) != getattr(new, f) for f in _CURVE_FIELDS)

    def rebuild(self, grid: Grid, metrics: Metrics, force: bool = False) -> None:
        """Place the lane under ``grid`` and, when something changed, recompute the points."""
        if metrics != self.metrics or self.width != grid.width or force:
            self.prepareGeometryChange()
            self.metrics = metrics
            self.width = grid.width
            self.dirty = True
        self.left = grid.left
        top = grid.height + self.gap(metrics)
        if self.y() != top:
            self.setPos(0, top)
            self.dirty = True
        if not self.dirty:
            return
        self.dirty = False
        scene = self._scene
        cards = scene.cards
        tps = [card.tp for card in cards.values()]
        ordered = lane_order(tps, list(grid.stages), [r.channel for r in grid.rows])
        per_stage: dict[str, int] = {}
        for tp in ordered:
            per_stage[tp.stage] = per_stage.get(tp.stage, 0) + 1
        seen: dict[str, int] = {}
        m = metrics
        self.ids, self.xs, self.values, self.channels = [], [], [], []
        self._labels = {}
        for tp in ordered:
            i = seen.get(tp.stage, 0)
            seen[tp.stage] = i + 1
            n = per_stage[tp.stage]
            x0 = grid.col_x(tp.stage) + m.cell_pad
            self.ids.append(tp.id)
            self.xs.append(x0 + m.card_w * (i + 0.5) / n)
            self.values.append(tp.emotion)
            self.channels.append(tp.channel)
            self._labels[tp.id] = tp.label
        self._index = {tp_id: i for i, tp_id in enumerate(self.ids)}
        self._column_spans = [(grid.col_x(s), grid.col_w) for s in grid.stages]
        if self.preview is not None and self.preview[0] not in self._index:
            self.preview = None
        self._hover = None
        self._rebuild_path()

    def _value(self, index: int) -> int:
        if self.preview is not None and self.preview[0] == self.ids[index]:
            return self.preview[1]
        return self.values[index]

    def _rebuild_path(self) -> None:
        path = QPainterPath()
        for i, x in enumerate(self.xs):
            point = QPointF(x, self.y_of(self._value(i)))
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        self._path = path
        self.update()

    def set_preview(self, tp_id: str | None, value: int = 0) -> None:
        """Show a touchpoint at ``value`` (a drag in progress); None: as the model has it."""
        preview = None if tp_id is None else (tp_id, value)
        if preview != self.preview:
            self.preview = preview
            self._rebuild_path()

    def set_highlight(self, channel_id: str | None) -> None:
        self.highlight = channel_id
        self.update()

    # ---------------------------------------------------------- hit testing
    def index_of(self, tp_id: str) -> int | None:
        return self._index.get(tp_id)

    def point_pos(self, index: int) -> QPointF:
        """Scene position of a point (as the model has it, or previewed)."""
        return QPointF(self.xs[index], self.y() + self.y_of(self._value(index)))

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The point under a scene position, or None."""
        if not self.ids:
            return None
        local_y = scene_pos.y() - self.y()
        if not -2 <= local_y <= self.height + 2:
            return None
        if scene_pos.x() < self.header_x + self.left:
            return None  # under the sticky scale labels
        reach = self.point_radius() + 4 * self.metrics.scale
        lo = bisect_left(self.xs, scene_pos.x() - reach)
        hi = bisect_right(self.xs, scene_pos.x() + reach)
        best, best_d = None, reach * reach
        for i in range(lo, hi):
            p = self.point_pos(i)
            d = (p.x() - scene_pos.x()) ** 2 + (p.y() - scene_pos.y()) ** 2
            if d <= best_d:
                best, best_d = i, d
        return best

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        index = self.index_at(event.scenePos())
        if index != self._hover:
            self._hover = index
            self.update()
            if index is None:
                self.setToolTip("")
            else:
                tp_id = self.ids[index]
                label = self._labels.get(tp_id) or QCoreApplication.translate(
                    "JourneyCanvas", "(no label)")
                hint = QCoreApplication.translate(
                    "JourneyCanvas", "Drag up or down to change the emotion")
                self.setToolTip(f"<b>{_html(label)}</b><br>{_html(emotion_name(self.values[index]))}"
                                f" ({self.values[index]:+d})<br><i>{_html(hint)}</i>")

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()

    # ---------------------------------------------------------------- paint
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m, s = self.metrics, self.metrics.scale
        exposed = option.exposedRect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        plot = QRectF(self.left, 0, self.width - self.left, self.height)
        painter.fillRect(plot, COLORS["lane"])
        for i, (x, w) in enumerate(self._column_spans):
            if i % 2:
                painter.fillRect(QRectF(x, 0, w, self.height), COLORS["lane_alt"])
        top, bottom = self.plot_top(), self.plot_bottom()
        # Faint green above neutral, faint red below: the mood reads before the numbers.
        painter.fillRect(QRectF(self.left, top, plot.width(), self.y_of(0) - top),
                         QColor(46, 125, 50, 14))
        painter.fillRect(QRectF(self.left, self.y_of(0), plot.width(), bottom - self.y_of(0)),
                         QColor(198, 40, 40, 14))
        painter.setPen(QPen(COLORS["grid"], 1))
        painter.drawRect(plot.adjusted(0.5, 0.5, -0.5, -0.5))
        for x, _ in self._column_spans[1:]:
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height))
        for level in LEVELS:
            y = self.y_of(level)
            pen = QPen(COLORS["muted"] if level == 0 else COLORS["grid"], 1.2 * s if level == 0
                       else 1, Qt.PenStyle.DashLine if level else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(self.left, y), QPointF(self.width, y))
        if self.xs:
            self._paint_curve(painter, exposed)
        else:
            painter.setPen(COLORS["muted"])
            painter.setFont(m.font("label"))
            painter.drawText(QRectF(self.left, top, plot.width(), bottom - top),
                             Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate(
                                 "JourneyCanvas", "The emotion curve appears once the journey "
                                 "has touchpoints"))
        self._paint_header(painter)

    def _paint_curve(self, painter: QPainter, exposed: QRectF) -> None:
        s = self.metrics.scale
        pen = QPen(QColor("#455a64"), 2.4 * s)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        r = self.point_radius()
        lo = bisect_left(self.xs, exposed.left() - 2 * r)
        hi = bisect_right(self.xs, exposed.right() + 2 * r)
        selected = {key for kind, key in self._scene.selection_ids() if kind == "touchpoint"}
        ring = QPen(QColor("white"), 2 * s)
        faded = 0.25
        for i in range(lo, hi):
            value = self._value(i)
            centre = QPointF(self.xs[i], self.y_of(value))
            dim = self.highlight is not None and self.channels[i] != self.highlight
            painter.setOpacity(faded if dim else 1.0)
            big = i == self._hover or (self.preview is not None
                                       and self.preview[0] == self.ids[i])
            radius = r * (1.3 if big else 1.0)
            if self.ids[i] in selected:
                painter.setPen(QPen(COLORS["selection"], 3 * s))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius + 3.5 * s, radius + 3.5 * s)
            painter.setPen(ring)
            painter.setBrush(QColor(_EMOTION_COLORS[value + 2]))
            painter.drawEllipse(centre, radius, radius)
        painter.setOpacity(1.0)

    def _paint_header(self, painter: QPainter) -> None:
        m, s = self.metrics, self.metrics.scale
        header = QRectF(self.header_x, 0, self.left, self.height)
        painter.fillRect(header, COLORS["header_bg"])
        painter.fillRect(QRectF(header.left(), 0, header.width(), _TITLE_H * s),
                         COLORS["header"])
        pad = 14 * s
        painter.setPen(COLORS["header_text"])
        painter.setFont(m.font("channel"))
        painter.drawText(QRectF(header.left() + pad, 0, header.width() - 2 * pad, _TITLE_H * s),
                         Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("JourneyCanvas", "Emotion curve"))
        font = m.font("small")
        fm = QFontMetricsF(font)
        painter.setFont(font)
        face = 8 * s
        for level in LEVELS:
            y = self.y_of(level)
            _paint_face(painter, QPointF(header.right() - pad - face, y), face, level)
            painter.setPen(COLORS["text"] if level else COLORS["muted"])
            text = f"{level:+d}" if level else "0"
            number_w = fm.horizontalAdvance("+2") + 2 * s
            right = header.right() - pad - 2 * face - 6 * s
            painter.drawText(QRectF(right - number_w, y - fm.height() / 2, number_w,
                                    fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(COLORS["muted"])
            name_w = right - number_w - 6 * s - (header.left() + pad)
            painter.drawText(QRectF(header.left() + pad, y - fm.height() / 2, name_w,
                                    fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(emotion_name(level), Qt.TextElideMode.ElideRight,
                                           name_w))
        painter.setPen(QPen(COLORS["grid"], 1))
        painter.drawLine(header.topRight(), header.bottomRight())
