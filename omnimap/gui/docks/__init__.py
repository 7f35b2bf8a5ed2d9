"""The docks around the map: channel palette, inspector, channel audit, problems, attribution."""

from omnimap.gui.docks.attribution import AttributionDock
from omnimap.gui.docks.audit import AuditDock
from omnimap.gui.docks.inspector import InspectorDock
from omnimap.gui.docks.palette import PaletteDock
from omnimap.gui.docks.problems import ProblemsDock

__all__ = ["AttributionDock", "AuditDock", "InspectorDock", "PaletteDock", "ProblemsDock"]
