"""The docks around the map: channel palette, inspector, channel audit, problems, attribution.

The dock classes load on first use (PEP 562), so that importing a helper such
as :mod:`omnimap.gui.docks._base` does not import every dock: the main window
paints before its docks are built (see ``MainWindow.build_docks``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from omnimap.gui._lazy import lazy_attributes

if TYPE_CHECKING:
    from omnimap.gui.docks.attribution import AttributionDock
    from omnimap.gui.docks.audit import AuditDock
    from omnimap.gui.docks.inspector import InspectorDock
    from omnimap.gui.docks.palette import PaletteDock
    from omnimap.gui.docks.problems import ProblemsDock

__all__ = ["AttributionDock", "AuditDock", "InspectorDock", "PaletteDock", "ProblemsDock"]

_MODULES = {"AttributionDock": "attribution", "AuditDock": "audit",
            "InspectorDock": "inspector", "PaletteDock": "palette", "ProblemsDock": "problems"}

__getattr__ = lazy_attributes(__name__, _MODULES)
