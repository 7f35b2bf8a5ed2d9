"""Map menu of the main window: journeys, stages and channels, added, renamed, removed.

A mixin of :class:`omnimap.gui.main_window.MainWindow`. Every change is one
undoable command; removing a stage that still has touchpoints asks whether to
move or delete them and does it all as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QInputDialog, QMessageBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from omnimap.commands import Document, ModelCommand

    _Window = QMainWindow
else:
    _Window = object

__all__ = ["MapEditsMixin"]


class MapEditsMixin(_Window):
    """Needs ``document``, ``inspector``, ``push``, ``current_journey_id``, ``_selection``,
    ``_view_call`` and ``_error`` of the main window."""

    document: Document | None
    inspector: Any
    _selection: dict[str, list[Any]]

    # Provided by the main window (annotations only: nothing is defined here).
    current_journey_id: Callable[[], str | None]
    push: Callable[[ModelCommand], bool]
    _view_call: Callable[..., Any]
    _error: Callable[[str, str], None]

    def add_touchpoint_on_channel(self, channel_id: str) -> None:
        """Palette Enter/double-click: a touchpoint on that channel in the current stage."""
        from omnimap.commands import AddTouchpoint

        journey_id = self.current_journey_id()
        if self.document is None or journey_id is None:
            return
        stage_id = self._current_stage(ask=False) or self.document.workspace.stages[0].id
        command = AddTouchpoint(self.document.workspace, journey_id, stage_id, channel_id)
        if self.push(command):
            self._view_call("select", "touchpoint", [command.touchpoint_id])

    def _current_stage(self, ask: bool = True) -> str | None:
        """The selected stage, or the stage of the selected touchpoint, or (ask) a choice."""
        assert self.document is not None
        ws = self.document.workspace
        journey_id = self.current_journey_id()
        for kind, ident in self._selection.get(journey_id or "", []):
            if kind == "stage" and ws.has_stage(ident):
                return ident
            if kind == "touchpoint" and journey_id and ident in ws.journey(journey_id):
                return ws.journey(journey_id).touchpoint(ident).stage
        page = self.inspector.current_page()
        if page is self.inspector.stage_page and ws.has_stage(page.stage_id):
            return page.stage_id
        if not ask:
            return None
        names = [s.name for s in ws.stages]
        name, ok = QInputDialog.getItem(self, self.tr("Stage"), self.tr("Which stage?"),
                                        names, 0, False)
        return ws.stages[names.index(name)].id if ok and name in names else None

    def add_journey(self) -> None:
        from omnimap.commands import AddJourney

        if self.document is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add journey"),
                                        self.tr("Name of the journey (persona or segment):"))
        if ok and name.strip():
            self.push(AddJourney(self.document.workspace, name.strip()))

    def rename_journey(self) -> None:
        from omnimap.commands import SetJourneyName

        journey_id = self.current_journey_id()
        if self.document is None or journey_id is None:
            return
        old = self.document.workspace.journey(journey_id).name
        name, ok = QInputDialog.getText(self, self.tr("Rename journey"), self.tr("Name:"),
                                        text=old)
        if ok and name.strip() and name.strip() != old:
            self.push(SetJourneyName(self.document.workspace, journey_id, name.strip()))

    def remove_journey(self) -> None:
        from omnimap.commands import RemoveJourney

        journey_id = self.current_journey_id()
        if self.document is None or journey_id is None:
            return
        from omnimap.gui.counts import CountTexts

        journey = self.document.workspace.journey(journey_id)
        answer = QMessageBox.question(
            self, self.tr("Remove journey"),
            CountTexts().remove_journey(journey.name, len(journey)))
        if answer == QMessageBox.StandardButton.Yes:
            self.push(RemoveJourney(self.document.workspace, journey_id))

    def add_stage(self) -> None:
        from omnimap.commands import AddStage

        if self.document is None:
            return
        ws = self.document.workspace
        name, ok = QInputDialog.getText(self, self.tr("Add stage"), self.tr("Name of the stage:"))
        if not ok or not name.strip():
            return
        after = self._current_stage(ask=False)
        index = ws.stage_index(after) + 1 if after else None
        command = AddStage(ws, name.strip(), index=index)
        if self.push(command):
            self._view_call("select", "stage", [command.stage_id])

    def rename_stage(self) -> None:
        from omnimap.commands import UpdateStage

        stage_id = self._current_stage() if self.document else None
        if stage_id is None or self.document is None:
            return
        old = self.document.workspace.stage(stage_id).name
        name, ok = QInputDialog.getText(self, self.tr("Rename stage"), self.tr("Name:"), text=old)
        if ok and name.strip() and name.strip() != old:
            self.push(UpdateStage(self.document.workspace, stage_id, name=name.strip()))

    def move_stage(self, stage_id: str | None, delta: int) -> None:
        from omnimap.commands import MoveStage

        if self.document is None:
            return
        stage_id = stage_id or self._current_stage()
        if stage_id is None:
            return
        ws = self.document.workspace
        index = ws.stage_index(stage_id) + delta
        if 0 <= index < len(ws.stages):
            self.push(MoveStage(ws, stage_id, index))

    def remove_stage(self, stage_id: str | None = None) -> bool:
        """Remove a stage; when it has touchpoints, ask to move or delete them (one undo step)."""
        from omnimap.gui.dialogs import RemoveStageDialog, remove_stage_command

        if self.document is None:
            return False
        stage_id = stage_id or self._current_stage()
        if stage_id is None:
            return False
        ws = self.document.workspace
        if len(ws.stages) == 1:
            self._error(self.tr("Remove stage"), self.tr("A map needs at least one stage."))
            return False
        move_to: str | None = None
        if any(j.uses_stage(stage_id) for j in ws.journeys):
            dialog = RemoveStageDialog(ws, stage_id, self)
            if dialog.exec() != RemoveStageDialog.DialogCode.Accepted:
                return False
            move_to = dialog.move_to
        return self.push(remove_stage_command(ws, stage_id, move_to))

    def add_channel(self) -> None:
        from omnimap.commands import AddChannel

        if self.document is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add channel"),
                                        self.tr("Name of the channel:"))
        if ok and name.strip():
            command = AddChannel(self.document.workspace, name.strip())
            if self.push(command):
                self.inspector.show_selection([("channel", command.channel_id)])

    def remove_channel(self, channel_id: str) -> bool:
        """Remove an unused channel; when it is used, the inspector says so in red."""
        from omnimap.commands import RemoveChannel

        if self.document is None:
            return False
        workspace = self.document.workspace
        return self.inspector.channel_page.commit(lambda: RemoveChannel(workspace, channel_id))
