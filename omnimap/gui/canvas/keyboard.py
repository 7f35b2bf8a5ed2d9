"""Working the map without a mouse, and the right-click menu.

Arrow keys walk from card to card; Alt+arrows move the selected cards to the
next stage, the next place in their cell or the next channel row. Each move is
one undo step, worked out like a mouse drag (``plan_moves``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from omnimap.commands import Macro, MoveTouchpoint
from omnimap.gui.canvas.clipboard import plan_moves
from omnimap.gui.canvas.items import ArrowItem, CardItem

if TYPE_CHECKING:
    from omnimap.commands.document import Document
    from omnimap.gui.canvas.scene import JourneyScene

__all__ = ["KeyboardMixin"]


class KeyboardMixin:
    """Keyboard navigation, keyboard moves and the context menu of the journey view."""

    document: Document
    journey_id: str
    journey_scene: JourneyScene

    if TYPE_CHECKING:  # provided by JourneyView and its other mixins
        def selected_touchpoint_ids(self) -> list[str]: ...
        def select(self, kind: str, ids: list[Any]) -> None: ...
        def edit_label(self, touchpoint_id: str) -> None: ...
        def edit_arrow_label(self, source: str, target: str) -> None: ...
        def connect_selected(self) -> None: ...
        def duplicate_selection(self) -> None: ...
        def copy_selection(self) -> None: ...
        def paste(self) -> None: ...
        def delete_selection(self) -> None: ...
        def select_all(self) -> None: ...
        def zoom_fit(self) -> None: ...
        def highlight_channel(self, channel_id: str | None) -> None: ...

    # ------------------------------------------------------------ navigation
    def select_neighbour(self, dx: int, dy: int) -> None:
        """Select the next card sideways (the nearest stage that has cards, dx = ±1)
        or up/down within the same stage (dy = ±1), like moving in a spreadsheet."""
        scene = self.journey_scene
        scene.flush_layout()
        grid = scene.grid
        ids = self.selected_touchpoint_ids()
        if not scene.cards or grid is None:
            return
        if not ids:
            first = min(scene.cards.values(), key=lambda c: (c.x(), c.y()))
            self.select("touchpoint", [first.tp_id])
            return
        current = scene.cards[ids[-1]]
        column = grid.stages.index(current.tp.stage)
        y = current.y()
        best: tuple[float, float, str] | None = None
        for tp_id, card in scene.cards.items():
            if tp_id == current.tp_id:
                continue
            steps = grid.stages.index(card.tp.stage) - column
            if dx:
                if steps * dx <= 0:
                    continue
                key = (steps * dx, abs(card.y() - y), tp_id)
            else:
                ahead = (card.y() - y) * dy
                if steps or ahead <= 0:
                    continue
                key = (0, ahead, tp_id)
            if best is None or key < best:
                best = key
        if best is not None:
            self.select("touchpoint", [best[2]])

    def nudge_selection(self, stages: int = 0, places: int = 0) -> None:
        """Move the selected cards ``stages`` columns sideways or ``places`` slots up/down.

        A card moved up from the top of its cell goes to the end of the row above
        (down from the bottom: to the start of the row below).
        """
        scene = self.journey_scene
        scene.flush_layout()
        grid = scene.grid
        ids = self.selected_touchpoint_ids()
        if grid is None or not ids:
            return
        pitch = grid.card_h + grid.card_gap
        rows = [r.channel for r in grid.rows]
        cells = scene.cells_snapshot()
        centers = {i: scene.cards[i].scene_card_rect().center().y()
                   for cell in cells.values() for i in cell}
        drops: dict[str, tuple[tuple[str, str], float]] = {}
        for tp_id in ids:
            tp = scene.cards[tp_id].tp
            stage_index = grid.stages.index(tp.stage) + stages
            if not 0 <= stage_index < len(grid.stages):
                continue
            cell = (grid.stages[stage_index], tp.channel)
            y = centers[tp_id] + places * pitch * 1.01
            position = cells[(tp.stage, tp.channel)].index(tp_id)
            size = len(cells[(tp.stage, tp.channel)])
            if (places < 0 and position == 0) or (places > 0 and position == size - 1):
                row_index = rows.index(tp.channel) + (1 if places > 0 else -1)
                if not 0 <= row_index < len(rows):
                    continue
                cell = (cell[0], rows[row_index])
                y = float("-inf") if places > 0 else float("inf")
            drops[tp_id] = (cell, y)
        plan = plan_moves(cells, centers, drops)
        if not plan:
            return
        ws, jid = self.document.workspace, self.journey_id
        parts = []
        for tp_id, (stage, channel), index, old_cell, old_index in plan:
            command = MoveTouchpoint(ws, jid, tp_id, stage, channel, index)
            command.old = (old_cell[0], old_cell[1], old_index)
            parts.append(command)
        if len(parts) == 1:
            self.document.push(parts[0])
        else:
            text = QCoreApplication.translate("JourneyCanvas", "Move %1 touchpoints")
            self.document.push(Macro(ws, text.replace("%1", str(len(parts))), parts))
        self.select("touchpoint", ids)

    # ---------------------------------------------------------- context menu
    def context_menu(self, pos: QPointF) -> QMenu:
        """The right-click menu for what lies under a scene point."""
        scene = self.journey_scene
        scene.flush_layout()
        menu = QMenu(self if isinstance(self, QWidget) else None)
        item = next((i for i in scene.items(pos) if isinstance(i, (CardItem, ArrowItem))), None)
        if item is not None and not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        cards = self.selected_touchpoint_ids()

        def add(text: str, slot: Any, keys: str = "", enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            action.setEnabled(enabled)
            if keys:
                action.setShortcut(QKeySequence(keys))

        if isinstance(item, CardItem):
            add(QCoreApplication.translate("JourneyView", "Edit label"),
                lambda: self.edit_label(item.tp_id), "F2")
            add(QCoreApplication.translate("JourneyView", "Connect selected"),
                self.connect_selected, "Ctrl+L",
                len(cards) >= 2)
            add(QCoreApplication.translate("JourneyView", "Duplicate"),
                self.duplicate_selection, "Ctrl+D")
            add(QCoreApplication.translate("JourneyView", "Copy"), self.copy_selection, "Ctrl+C")
            menu.addSeparator()
            channel = item.tp.channel
            add(QCoreApplication.translate("JourneyView", "Highlight this channel"),
                lambda: self.highlight_channel(channel))
            add(QCoreApplication.translate("JourneyView", "Show all channels"),
                lambda: self.highlight_channel(None))
            menu.addSeparator()
            add(QCoreApplication.translate("JourneyView", "Delete"), self.delete_selection, "Del")
        elif isinstance(item, ArrowItem):
            add(QCoreApplication.translate("JourneyView", "Edit label"),
                lambda: self.edit_arrow_label(*item.key), "F2")
            menu.addSeparator()
            add(QCoreApplication.translate("JourneyView", "Delete"), self.delete_selection, "Del")
        else:
            add(QCoreApplication.translate("JourneyView", "Paste"), self.paste, "Ctrl+V")
            add(QCoreApplication.translate("JourneyView", "Select all"), self.select_all, "Ctrl+A")
            add(QCoreApplication.translate("JourneyView", "Fit to window"), self.zoom_fit, "Ctrl+0")
            add(QCoreApplication.translate("JourneyView", "Show all channels"),
                lambda: self.highlight_channel(None))
        return menu
