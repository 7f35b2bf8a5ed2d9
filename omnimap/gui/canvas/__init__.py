"""The journey canvas: swimlanes of stages and channels, touchpoint cards and arrows.

``JourneyView(document, journey_id)`` is the widget; see :mod:`omnimap.gui.canvas.view`
for its gestures and keys. It is imported on first use, so importing this
package (or its drawing helpers) does not load the model's pydantic and networkx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omnimap.gui.canvas.view import JourneyView

__all__ = ["JourneyView"]


def __getattr__(name: str) -> Any:
    if name == "JourneyView":
        from omnimap.gui.canvas.view import JourneyView

        return JourneyView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
