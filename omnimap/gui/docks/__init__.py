"""The docks around the map: channel palette, inspector, channel audit, problems."""

from omnimap.gui.docks.audit import AuditDock
from omnimap.gui.docks.inspector import InspectorDock
from omnimap.gui.docks.palette import PaletteDock
from omnimap.gui.docks.problems import ProblemsDock

__all__ = ["AuditDock", "InspectorDock", "PaletteDock", "ProblemsDock"]
