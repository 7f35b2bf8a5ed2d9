"""A document: one workspace, its undo stack and the file it came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from omnimap.commands.base import ModelCommand
from omnimap.commands.refusals import refusal_text
from omnimap.model.errors import ModelError
from omnimap.model.workspace import Workspace

__all__ = ["Document"]


class Document(QObject):
    """Owns the workspace being edited; every edit is pushed through :meth:`push`.

    ``edit_refused`` carries a one-line reason when the model refuses an edit,
    for the status bar; the workspace is left as it was.
    """

    edit_refused = Signal(str)
    path_changed = Signal()

    def __init__(self, workspace: Workspace, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self._path = path

    @property
    def path(self) -> Path | None:
        return self._path

    @path.setter
    def path(self, value: Path | None) -> None:
        self._path = value
        self.path_changed.emit()

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: ModelCommand) -> bool:
        """Apply ``command`` and put it on the undo stack; False when refused."""
        try:
            command.apply()
        except ModelError as error:
            self.edit_refused.emit(refusal_text(error))
            return False
        command.applied_before_push = True
        self.undo_stack.push(command)
        return True

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Load a file; raises ``omnimap.io.FileError`` with a one-line message."""
        from omnimap.io import load_workspace  # pydantic stays off the start-up path

        path = Path(path)
        return cls(load_workspace(path), path, parent)

    def save(self, path: str | Path | None = None) -> None:
        """Save atomically; raises ``omnimap.io.FileError``. Marks the stack clean."""
        from omnimap.io import save_workspace

        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name to save to")
        save_workspace(self.workspace, target)
        self.undo_stack.setClean()
        if target != self._path:
            self.path = target
