"""The export's font and colours, shared by the Graphviz and PowerPoint drawings.

>>> EMOTION_FILLS[2 + 2] == IDEA  # the happiest point is the opportunities' green
True
"""

from __future__ import annotations

__all__ = [
    "BAND_FILLS",
    "EDGE",
    "EMOTION_FILLS",
    "EMOTION_LINE",
    "FONT",
    "GAP_RED",
    "GRID_LINE",
    "GROUP_LINE",
    "HEADER_FILL",
    "IDEA",
    "MUTED",
    "PAIN",
    "TEXT",
]

FONT = "Arial"
TEXT = "#263238"
MUTED = "#607d8b"
GAP_RED = "#d32f2f"
HEADER_FILL = "#37474f"
BAND_FILLS = ("#f4f6f8", "#e9edf1")
GRID_LINE = "#cfd8dc"
GROUP_LINE = "#90a4ae"
EDGE = "#546e7a"
EMOTION_LINE = "#6a1b9a"
#: Point colours by emotion -2..+2.
EMOTION_FILLS = ("#c62828", "#ef6c00", "#78909c", "#7cb342", "#2e7d32")
PAIN = "#c62828"
IDEA = "#2e7d32"
