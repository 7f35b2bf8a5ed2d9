"""Undoable edits: one QUndoCommand per user edit, holding ids and plain values.

Every edit of the GUI goes through :meth:`Document.push`, which applies the
command once (so a refused edit never reaches the undo stack) and then puts it
on the QUndoStack. Views never change themselves: they follow the model's
signals, so an edit, its undo and a file load all take the same path.
"""

from omnimap.commands.base import Macro, ModelCommand
from omnimap.commands.document import Document
from omnimap.commands.edits import (
    AddChannel,
    AddJourney,
    AddStage,
    AddTouchpoint,
    Connect,
    Disconnect,
    MoveStage,
    MoveTouchpoint,
    PasteTouchpoints,
    RemoveChannel,
    RemoveJourney,
    RemoveStage,
    RemoveTouchpoints,
    SetJourneyName,
    SetWorkspaceMeta,
    UpdateChannel,
    UpdatePersona,
    UpdateStage,
    UpdateTouchpoint,
    UpdateTransition,
)

__all__ = [
    "AddChannel",
    "AddJourney",
    "AddStage",
    "AddTouchpoint",
    "Connect",
    "Disconnect",
    "Document",
    "Macro",
    "ModelCommand",
    "MoveStage",
    "MoveTouchpoint",
    "PasteTouchpoints",
    "RemoveChannel",
    "RemoveJourney",
    "RemoveStage",
    "RemoveTouchpoints",
    "SetJourneyName",
    "SetWorkspaceMeta",
    "UpdateChannel",
    "UpdatePersona",
    "UpdateStage",
    "UpdateTouchpoint",
    "UpdateTransition",
]
