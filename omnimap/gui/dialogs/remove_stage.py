"""Removing a stage that still has touchpoints: move them, or delete them, in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from omnimap.commands import ModelCommand
    from omnimap.model import Workspace

__all__ = ["RemoveStageDialog", "remove_stage_command"]


def remove_stage_command(workspace: Workspace, stage_id: str,
                         move_to: str | None) -> ModelCommand:
    """One command removing ``stage_id`` after moving its touchpoints to ``move_to``
    (same channel, end of the cell) or, when ``move_to`` is None, deleting them."""
    from omnimap.commands import Macro, MoveTouchpoint, RemoveStage, RemoveTouchpoints

    parts: list[ModelCommand] = []
    for journey in workspace.journeys:
        ids = journey.uses_stage(stage_id)
        if not ids:
            continue
        if move_to is None:
            parts.append(RemoveTouchpoints(workspace, journey.id, ids))
        else:
            parts.extend(MoveTouchpoint(workspace, journey.id, tid, stage=move_to) for tid in ids)
    remove = RemoveStage(workspace, stage_id)
    if not parts:
        return remove
    return Macro(workspace, remove.text(), [*parts, remove])


class RemoveStageDialog(QDialog):
    """Asks what becomes of the touchpoints of a stage being removed.

    After ``exec()`` returns Accepted, :attr:`move_to` is the chosen stage id,
    or None when the touchpoints are to be deleted.
    """

    def __init__(self, workspace: Workspace, stage_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        stage = workspace.stage(stage_id)
        count = sum(len(j.uses_stage(stage_id)) for j in workspace.journeys)
        self.setWindowTitle(self.tr("Remove stage"))
        layout = QVBoxLayout(self)
        question = QLabel(self.tr(
            "The stage “{name}” still has %n touchpoint(s). What should happen to them?", "",
            count).format(name=stage.name), self)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.move_radio = QRadioButton(self.tr("Move them to the stage:"), self)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Stage to move the touchpoints to"))
        others = [s for s in workspace.stages if s.id != stage_id]
        index = workspace.stage_index(stage_id)
        for s in others:
            self.target.addItem(s.name, s.id)
        # The neighbour before it is where its touchpoints most likely belong.
        self.target.setCurrentIndex(max(0, index - 1))
        self.delete_radio = QRadioButton(self.tr("Delete them (with their arrows)"), self)
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.delete_radio)
        self.move_radio.setChecked(True)
        self.move_radio.toggled.connect(self.target.setEnabled)
        layout.addWidget(self.move_radio)
        layout.addWidget(self.target)
        layout.addWidget(self.delete_radio)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Remove stage"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def move_to(self) -> str | None:
        return self.target.currentData() if self.move_radio.isChecked() else None
