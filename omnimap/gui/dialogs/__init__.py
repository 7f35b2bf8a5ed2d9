"""Dialogs of the app that ask more than a yes or no.

Loaded on first use (PEP 562): the main window imports this package's mixins
before its first paint, and needs none of these dialogs until a user asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from omnimap.gui._lazy import lazy_attributes

if TYPE_CHECKING:
    from omnimap.gui.dialogs.csv_import import import_command
    from omnimap.gui.dialogs.remove_stage import RemoveStageDialog, remove_stage_command

__all__ = ["RemoveStageDialog", "import_command", "remove_stage_command"]

_MODULES = {"RemoveStageDialog": "remove_stage", "import_command": "csv_import",
            "remove_stage_command": "remove_stage"}

__getattr__ = lazy_attributes(__name__, _MODULES)
