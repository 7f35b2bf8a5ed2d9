"""The base of every undoable edit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from omnimap.model.workspace import Workspace

__all__ = ["Macro", "ModelCommand"]


class ModelCommand(QUndoCommand):
    """An edit of the workspace, applied with :meth:`apply`, reverted with :meth:`revert`.

    Subclasses store only ids and plain values; they look the journey up by id
    each time so that they survive the journey being removed and restored.
    """

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        # Set by Document.push, which applies the edit before the stack calls redo().
        self.applied_before_push = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied_before_push:
            self.applied_before_push = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


class Macro(ModelCommand):
    """Several edits as one undo step (e.g. moving a multi-selection).

    If one part is refused, the parts already applied are rolled back and the
    error propagates, so a macro applies whole or not at all.
    """

    def __init__(self, workspace: Workspace, text: str, parts: Sequence[ModelCommand]) -> None:
        super().__init__(workspace, text)
        self.parts = list(parts)

    def apply(self) -> None:
        done: list[ModelCommand] = []
        try:
            for part in self.parts:
                part.apply()
                done.append(part)
        except Exception:
            for part in reversed(done):
                part.revert()
            raise

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()
