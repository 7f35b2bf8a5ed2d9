"""The journey canvas: swimlanes of stages and channels, touchpoint cards and arrows.

``JourneyView(document, journey_id)`` is the widget; see :mod:`omnimap.gui.canvas.view`
for its gestures and keys.
"""

from omnimap.gui.canvas.view import JourneyView

__all__ = ["JourneyView"]
