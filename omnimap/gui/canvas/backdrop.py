"""The canvas's backdrop and overlay: swimlanes, CRM-gap tints, grid, drop target.

A mixin of :class:`~omnimap.gui.canvas.scene.JourneyScene`, which gives it the
grid, the channels, the metrics and the highlighted channel. Painting reads
only that state; nothing here changes the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from omnimap.gui.canvas.theme import COLORS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

    from omnimap.gui.canvas.layout import Grid
    from omnimap.gui.canvas.theme import Metrics

    _Scene = QGraphicsScene
else:
    _Scene = object

__all__ = ["BackdropMixin"]


class BackdropMixin(_Scene):
    """``drawBackground``/``drawForeground`` overrides for a ``QGraphicsScene``."""

    grid: Grid | None
    metrics: Metrics
    drop_indicator: tuple[QRectF, tuple[QPointF, QPointF] | None] | None
    _channels: dict[str, Any]
    _highlight: str | None

    # Qt always passes a QRectF here; the stubs admit a QRect too.
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        painter.fillRect(rect, COLORS["canvas"])
        grid = self.grid
        if grid is None:
            return
        top, bottom = grid.header_h, grid.height
        for i in range(len(grid.stages)):
            lane = QRectF(grid.left + i * grid.col_w, top, grid.col_w, bottom - top)
            if lane.intersects(rect):
                painter.fillRect(lane, COLORS["lane"] if i % 2 == 0 else COLORS["lane_alt"])
        right = grid.width
        painter.setPen(QPen(COLORS["grid"], 1))
        for row in grid.rows:
            band = QRectF(grid.left, row.y, right - grid.left, row.h)
            if not band.intersects(rect):
                continue
            channel = self._channels.get(row.channel)
            # None between a channel's removal and the relayout that drops its row.
            status = channel.audit.crm if channel is not None else "integrated"
            if status == "none":
                painter.fillRect(band, COLORS["silo_tint"])
            elif status == "unknown":
                painter.fillRect(band, COLORS["unknown_tint"])
            if row.channel == self._highlight:
                painter.fillRect(band, COLORS["drop"])
            painter.drawLine(QPointF(0, row.y + row.h), QPointF(right, row.y + row.h))
        for i in range(len(grid.stages) + 1):
            x = grid.left + i * grid.col_w
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        for group in grid.groups:
            r = QRectF(0, group.y, right, group.h)
            if r.intersects(rect):
                painter.fillRect(r, COLORS["group_bg"])
        if not grid.rows:
            # An empty journey says how to start.
            lanes = QRectF(grid.left, top, right - grid.left, bottom - top)
            painter.setPen(COLORS["muted"])
            painter.setFont(self.metrics.font("title"))
            hint = QCoreApplication.translate(
                "JourneyCanvas", "Drag a channel from the palette onto a stage to add a touchpoint")
            painter.drawText(lanes, Qt.AlignmentFlag.AlignCenter, hint)

    # Qt always passes a QRectF here; the stubs admit a QRect too.
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        if self.drop_indicator is None:
            return
        area, line = self.drop_indicator
        s = self.metrics.scale
        if area.adjusted(12 * s, 12 * s, -12 * s, -12 * s).contains(rect):
            # Only the inside of the cell is exposed (the usual case while a card is
            # dragged within it): its tint is all there is to paint, and stroking the
            # dashed, antialiased outline of a whole tall cell costs most of a frame.
            painter.fillRect(rect, COLORS["drop"])
            if line is not None and rect.intersects(QRectF(line[0], line[1]).adjusted(
                    -4 * s, -4 * s, 4 * s, 4 * s)):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(QPen(COLORS["drop_line"], 4 * s))
                painter.drawLine(line[0], line[1])
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(COLORS["drop_line"], 2 * s, Qt.PenStyle.DashLine))
        painter.setBrush(COLORS["drop"])
        painter.drawRoundedRect(area.adjusted(3 * s, 3 * s, -3 * s, -3 * s), 6 * s, 6 * s)
        if line is not None:
            painter.setPen(QPen(COLORS["drop_line"], 4 * s))
            painter.drawLine(line[0], line[1])

    def set_drop_indicator(self, area: QRectF | None,
                           line: tuple[QPointF, QPointF] | None = None) -> None:
        old = self.drop_indicator
        new = None if area is None else (area, line)
        if new == old:
            return  # a drag asks on every mouse move: repaint only what changes
        self.drop_indicator = new
        if old is not None and new is not None and old[0] == new[0]:
            # Same cell, the insertion line moved: repaint the two lines, not the cell.
            for _area, moved in (old, new):
                if moved is not None:
                    self.update(QRectF(moved[0], moved[1]).normalized().adjusted(-8, -8, 8, 8))
            return
        if old is not None:
            self.update(old[0].adjusted(-8, -8, 8, 8))
        if area is not None:
            self.update(area.adjusted(-8, -8, 8, 8))
