"""Dropping a channel from the palette onto the canvas: a new touchpoint there.

A mixin of :class:`~omnimap.gui.canvas.view.JourneyView`. While a channel is
dragged over a stage column the column is marked; the drop adds the touchpoint
(one undo step) and opens its label for typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent

from omnimap.commands import AddTouchpoint
from omnimap.gui.canvas.gestures import column_drop_area
from omnimap.gui.mime import CHANNEL_MIME

if TYPE_CHECKING:
    from omnimap.commands import Document
    from omnimap.gui.canvas.scene import JourneyScene

__all__ = ["PaletteDropMixin"]


class PaletteDropMixin:
    """Needs the view's ``document``, ``journey_id``, ``journey_scene`` and editor."""

    document: Document
    journey_id: str
    journey_scene: JourneyScene
    mapToScene: Any
    _start_editor: Any

    def _drop_target(self, event: QDropEvent | QDragMoveEvent) -> tuple[str, str] | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(CHANNEL_MIME):
            return None
        channel = bytes(mime.data(CHANNEL_MIME).data()).decode("utf-8", "replace").strip()
        if not self.document.workspace.has_channel(channel):
            return None
        scene = self.journey_scene
        pos = self.mapToScene(event.position().toPoint())
        stage, _ = scene.cell_at(pos)
        grid = scene.grid
        if stage is None or grid is None or not 0 <= pos.y() <= grid.height:
            return None
        return stage, channel

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime is not None and mime.hasFormat(CHANNEL_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._drop_target(event)
        scene = self.journey_scene
        if target is None:
            scene.set_drop_indicator(None)
            event.ignore()
            return
        scene.set_drop_indicator(column_drop_area(scene, *target))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.journey_scene.set_drop_indicator(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.journey_scene.set_drop_indicator(None)
        target = self._drop_target(event)
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        stage, channel = target
        command = AddTouchpoint(self.document.workspace, self.journey_id, stage, channel,
                                QCoreApplication.translate("JourneyView", "New touchpoint"))
        if self.document.push(command):
            self._start_editor(command.touchpoint_id, command)
