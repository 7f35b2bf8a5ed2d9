"""Import CSV in the app: the checked plan becomes ONE undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from omnimap.commands import ModelCommand, PasteTouchpoints
    from omnimap.io.csv_import import ImportPlan
    from omnimap.model import Workspace

__all__ = ["import_command"]


def import_command(workspace: Workspace, journey_id: str,
                   plan: ImportPlan) -> tuple[ModelCommand, PasteTouchpoints]:
    """A Macro adding the plan's new channels, then its touchpoints to the journey.

    Returns the macro and its paste part, whose ``new_ids`` name the new touchpoints.
    """
    from PySide6.QtCore import QCoreApplication

    from omnimap.commands import AddChannel, Macro, PasteTouchpoints

    parts: list[ModelCommand] = []
    for channel in plan.channels:
        fields = dict(channel)
        parts.append(AddChannel(workspace, fields.pop("name"), channel_id=fields.pop("id"),
                                **fields))
    text = QCoreApplication.translate("import", "Import CSV")
    paste = PasteTouchpoints(workspace, journey_id, plan.touchpoints, text=text)
    parts.append(paste)
    return Macro(workspace, text, parts), paste
