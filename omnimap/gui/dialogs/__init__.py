"""Dialogs of the app that ask more than a yes or no."""

from omnimap.gui.dialogs.csv_import import import_command
from omnimap.gui.dialogs.remove_stage import RemoveStageDialog, remove_stage_command

__all__ = ["RemoveStageDialog", "import_command", "remove_stage_command"]
