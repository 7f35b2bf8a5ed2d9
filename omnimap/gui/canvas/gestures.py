"""Mouse gestures of the canvas: moving cards, drawing arrows, reordering stages.

A gesture lives from a mouse press to its release. While it runs only the
view's items move; the model is untouched until the release, which pushes one
command (or one Macro). ``cancel`` (Esc) puts every item back where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem

from omnimap.commands import Connect, Macro, MoveStage, MoveTouchpoint, UpdateTouchpoint
from omnimap.gui.canvas.clipboard import plan_moves
from omnimap.gui.canvas.items import CardItem
from omnimap.gui.canvas.theme import COLORS

if TYPE_CHECKING:
    from omnimap.gui.canvas.emotion_lane import EmotionLaneItem
    from omnimap.gui.canvas.scene import JourneyScene
    from omnimap.gui.canvas.view import JourneyView

__all__ = ["ConnectGesture", "EmotionGesture", "Gesture", "MoveGesture", "StageDragGesture"]



class Gesture:
    """Base: ``move``/``release`` get scene positions; ``cancel`` undoes the visual changes."""

    def __init__(self, view: JourneyView, press: QPointF) -> None:
        self.view = view
        self.scene: JourneyScene = view.journey_scene
        self.press = QPointF(press)
        self.started = False

    def _threshold_passed(self, pos: QPointF) -> bool:
        if self.started:
            return True
        delta = self.view.mapFromScene(pos) - self.view.mapFromScene(self.press)
        if delta.manhattanLength() >= QApplication.startDragDistance():
            self.started = True
        return self.started

    def move(self, pos: QPointF) -> None:
        raise NotImplementedError

    def release(self, pos: QPointF) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class MoveGesture(Gesture):
    """Drag selected cards to another stage, channel or place in their cell."""

    def __init__(self, view: JourneyView, cards: list[CardItem], grabbed: CardItem,
                 press: QPointF) -> None:
        super().__init__(view, press)
        self.cards = cards
        self.grabbed = grabbed
        self.origin = {card.tp_id: QPointF(card.pos()) for card in cards}

    def move(self, pos: QPointF) -> None:
        if not self._threshold_passed(pos):
            return
        if not self.view.is_frozen():
            moving: set[QGraphicsItem] = set(self.cards)
            for card in self.cards:
                card.setZValue(10)
                moving.update(self.scene.arrows_of(card.tp_id))
            self.view.freeze(moving)
        delta = pos - self.press
        for card in self.cards:
            self.scene.move_card(card, self.origin[card.tp_id] + delta)
        self._show_target(pos)

    def _drop_of(self, card: CardItem, delta: QPointF) -> tuple[tuple[str, str], float] | None:
        m = card.metrics
        center = self.origin[card.tp_id] + delta + QPointF(m.card_w / 2, m.card_h / 2)
        stage, row = self.scene.cell_at(center)
        if stage is None or row is None:
            return None
        return (stage, row.channel), center.y()

    def _show_target(self, pos: QPointF) -> None:
        drop = self._drop_of(self.grabbed, pos - self.press)
        if drop is None:
            self.scene.set_drop_indicator(None)
            return
        (stage, channel), y = drop
        row = self.scene.row_of(channel)
        assert row is not None
        area = self.scene.cell_rect(stage, row)
        moving = {c.tp_id for c in self.cards}
        above = [i for i in self.scene.cell_ids(stage, channel)
                 if i not in moving and self._center_y(i) < y]
        m = self.scene.metrics
        if above:
            line_y = self.scene.cards[above[-1]].pos().y() + m.card_h + m.card_gap / 2
        else:
            line_y = row.y + m.cell_pad / 2
        x0, x1 = area.left() + m.cell_pad / 2, area.right() - m.cell_pad / 2
        self.scene.set_drop_indicator(area, (QPointF(x0, line_y), QPointF(x1, line_y)))

    def _center_y(self, tp_id: str) -> float:
        card = self.scene.cards[tp_id]
        origin = self.origin.get(tp_id, card.pos())
        return origin.y() + card.metrics.card_h / 2

    def release(self, pos: QPointF) -> None:
        self.scene.set_drop_indicator(None)
        if not self.started:
            self._restore()
            return
        delta = pos - self.press
        drops = {}
        for card in self.cards:
            drop = self._drop_of(card, delta)
            if drop is not None:
                drops[card.tp_id] = drop
        scene = self.scene
        cells = scene.cells_snapshot()
        centers = {tp_id: self._center_y(tp_id) for ids in cells.values() for tp_id in ids}
        plan = plan_moves(cells, centers, drops)
        self._restore()
        if not plan:
            return
        ws, jid = scene.workspace, scene.journey_id
        parts = []
        for tp_id, (stage, channel), index, old_cell, old_index in plan:
            command = MoveTouchpoint(ws, jid, tp_id, stage, channel, index)
            # Each part's "before" is the state left by the parts before it.
            command.old = (old_cell[0], old_cell[1], old_index)
            parts.append(command)
        if len(parts) == 1:
            self.view.document.push(parts[0])
        else:
            text = QCoreApplication.translate("JourneyCanvas", "Move %1 touchpoints")
            text = text.replace("%1", str(len(parts)))
            self.view.document.push(Macro(ws, text, parts))
        scene.flush_layout()

    def _restore(self) -> None:
        self.view.unfreeze()
        for card in self.cards:
            if card.scene() is not None:
                card.setZValue(2)
                self.scene.move_card(card, self.origin[card.tp_id])

    def cancel(self) -> None:
        self.scene.set_drop_indicator(None)
        self._restore()


class ConnectGesture(Gesture):
    """Drag from a card's handle onto another card to add an arrow."""

    def __init__(self, view: JourneyView, source: CardItem, press: QPointF) -> None:
        super().__init__(view, press)
        self.source = source
        self.target: CardItem | None = None
        self.line = QGraphicsPathItem()
        pen = QPen(COLORS["selection"], 2.2 * source.metrics.scale, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.line.setPen(pen)
        self.line.setZValue(50)
        self.scene.addItem(self.line)

    def move(self, pos: QPointF) -> None:
        self.started = True
        target = self.scene.card_at(pos)
        if target is self.source:
            target = None
        if target is not self.target:
            if self.target is not None:
                self.target.drop_target = False
                self.target.update()
            if target is not None:
                target.drop_target = True
                target.update()
            self.target = target
        start = self.source.pos() + self.source.handle_center()
        end = pos if target is None else target.pos() + QPointF(0, target.metrics.card_h / 2)
        path = QPainterPath(start)
        dx = max(30.0, abs(end.x() - start.x()) / 2)
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
        self.line.setPath(path)

    def release(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self._clear()
        if target is None:
            return
        source_id, target_id = self.source.tp_id, target.tp_id
        if self.scene.journey.has_transition(source_id, target_id):
            return
        self.view.document.push(Connect(self.scene.workspace, self.scene.journey_id,
                                        source_id, target_id))

    def _clear(self) -> None:
        if self.target is not None:
            self.target.drop_target = False
            self.target.update()
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)

    def cancel(self) -> None:
        self.target = None
        self._clear()


class StageDragGesture(Gesture):
    """Drag a stage header sideways to reorder the stages."""

    def __init__(self, view: JourneyView, stage_id: str, press: QPointF) -> None:
        super().__init__(view, press)
        self.stage_id = stage_id
        self.index: int | None = None

    def _slot(self, pos: QPointF) -> int:
        grid = self.scene.grid
        assert grid is not None
        slot = round((pos.x() - grid.left) / grid.col_w)
        return max(0, min(len(grid.stages), slot))

    def move(self, pos: QPointF) -> None:
        if not self._threshold_passed(pos):
            return
        grid = self.scene.grid
        assert grid is not None
        self.index = self._slot(pos)
        x = grid.left + self.index * grid.col_w
        self.scene.set_drop_indicator(self.scene.column_rect(self.stage_id),
                                      (QPointF(x, 0), QPointF(x, grid.height)))

    def release(self, pos: QPointF) -> None:
        self.scene.set_drop_indicator(None)
        if not self.started or self.index is None:
            return
        old = self.scene.workspace.stage_index(self.stage_id)
        new = self.index - 1 if self.index > old else self.index
        if new != old:
            self.view.document.push(MoveStage(self.scene.workspace, self.stage_id, new))

    def cancel(self) -> None:
        self.scene.set_drop_indicator(None)


class EmotionGesture(Gesture):
    """Drag a point of the emotion curve up or down; the release is one undo step."""

    def __init__(self, view: JourneyView, index: int, press: QPointF) -> None:
        super().__init__(view, press)
        self.lane: EmotionLaneItem = view.journey_scene.emotion_lane
        self.index = index
        self.tp_id = self.lane.ids[index]
        self.original = self.lane.values[index]

    def move(self, pos: QPointF) -> None:
        if not self._threshold_passed(pos):
            return
        self.lane.set_preview(self.tp_id, self.lane.value_at(pos.y()))

    def release(self, pos: QPointF) -> None:
        lane, scene = self.lane, self.scene
        value = lane.value_at(pos.y()) if self.started else self.original
        lane.set_preview(None)
        card = scene.cards.get(self.tp_id)
        if not self.started:
            # A click on a point selects its card (the inspector shows it).
            if card is not None:
                scene.clearSelection()
                card.setSelected(True)
            return
        if self.tp_id not in scene.journey or \
                value == scene.journey.touchpoint(self.tp_id).emotion:
            return
        text = QCoreApplication.translate("JourneyCanvas", "Change emotion")
        self.view.document.push(UpdateTouchpoint(scene.workspace, scene.journey_id, self.tp_id,
                                                 text=text, emotion=value))
        scene.flush_layout()

    def cancel(self) -> None:
        self.lane.set_preview(None)


def column_drop_area(scene: JourneyScene, stage: str, channel: str) -> QRectF:
    """Where a palette drop of ``channel`` into ``stage`` will land: its cell, or the column."""
    row = scene.row_of(channel)
    return scene.cell_rect(stage, row) if row is not None else scene.column_rect(stage)
