"""The arranged layout's background: swimlane bands, grid lines, the emotion lane.

Drawn as xdot operations in the graph's ``_background`` attribute, which
Graphviz paints under everything else. Only numbers and colours go in, never
user text. Grid coordinates (points, y down from the grid's corner) become
Graphviz coordinates (y up) through ``left`` and ``top``, the grid corner's
place in Graphviz coordinates.

>>> ops = _Ops(10, 100)
>>> ops.colour("c", GRID_LINE)
>>> ops.rect(0, 0, 20, 5)
>>> ops.text()
'c 7 -#cfd8dc P 4 10 100 30 100 30 95 10 95'
"""

from __future__ import annotations

from omnimap.export.emotion import DetailsBand, EmotionLane
from omnimap.export.grid import GridGeometry
from omnimap.export.palette import (
    BAND_FILLS,
    EMOTION_FILLS,
    EMOTION_LINE,
    GRID_LINE,
    GROUP_LINE,
)

__all__ = ["band_background", "grid_background", "lane_background", "pt"]


def pt(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros.

    >>> pt(12.0), pt(3.14159), pt(-0.5)
    ('12', '3.14', '-0.5')
    """
    return f"{value:.2f}".rstrip("0").rstrip(".")


_pt = pt


def grid_background(grid: GridGeometry, left: float, top: float) -> str:
    """xdot operations drawing the swimlane bands and grid lines.

    Only numbers and colours go in; ``left``/``top`` place the grid's corner
    in Graphviz coordinates (y up).
    """
    ops: list[str] = []

    def colour(op: str, value: str) -> None:
        ops.append(f"{op} {len(value)} -{value}")

    def rect(x: float, y: float, width: float, height: float) -> None:
        x0, x1 = left + x, left + x + width
        y0, y1 = top - y, top - y - height
        ops.append(f"P 4 {_pt(x0)} {_pt(y0)} {_pt(x1)} {_pt(y0)} {_pt(x1)} {_pt(y1)} "
                   f"{_pt(x0)} {_pt(y1)}")

    def hline(x0: float, x1: float, y: float) -> None:
        ops.append(f"L 2 {_pt(left + x0)} {_pt(top - y)} {_pt(left + x1)} {_pt(top - y)}")

    body_top = grid.header_height
    body_h = grid.height - body_top
    for index, column in enumerate(grid.columns):
        fill = BAND_FILLS[index % 2]
        colour("c", fill)
        colour("C", fill)
        rect(column.x, body_top, column.width, body_h)
    for row in grid.rows:
        if row.crm_gap:
            colour("c", "#d32f2f00")
            colour("C", "#d32f2f14")
            rect(grid.header_width, row.y, grid.width - grid.header_width, row.height)
    for row in grid.rows[1:]:
        colour("c", GROUP_LINE if row.group_start else GRID_LINE)
        hline(0, grid.width, row.y)
    return " ".join(ops)


class _Ops:
    """xdot drawing operations in Graphviz coordinates, from grid coordinates."""

    def __init__(self, left: float, top: float) -> None:
        self.left, self.top = left, top
        self.ops: list[str] = []

    def colour(self, op: str, value: str) -> None:
        self.ops.append(f"{op} {len(value)} -{value}")

    def style(self, value: str) -> None:
        self.ops.append(f"S {len(value)} -{value}")

    def point(self, x: float, y: float) -> str:
        return f"{_pt(self.left + x)} {_pt(self.top - y)}"

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        corners = (self.point(x, y), self.point(x + width, y),
                   self.point(x + width, y + height), self.point(x, y + height))
        self.ops.append("P 4 " + " ".join(corners))

    def line(self, points: list[tuple[float, float]]) -> None:
        self.ops.append(f"L {len(points)} " + " ".join(self.point(x, y) for x, y in points))

    def dot(self, x: float, y: float, radius: float) -> None:
        self.ops.append(f"E {self.point(x, y)} {_pt(radius)} {_pt(radius)}")

    def text(self) -> str:
        return " ".join(self.ops)


def lane_background(grid: GridGeometry, lane: EmotionLane, left: float, top: float) -> str:
    """The emotion lane: band, level lines, the curve and its points (numbers only)."""
    ops = _Ops(left, top)
    ops.colour("c", GRID_LINE)
    ops.colour("C", "#fafbfc")
    ops.rect(grid.header_width, lane.top, grid.width - grid.header_width, lane.height)
    ops.style("dashed")
    for level in (2, 0, -2):
        ops.line([(grid.header_width, lane.level_y(level)), (grid.width, lane.level_y(level))])
    ops.style("solid")
    # One point per card, on five levels: each distinct x and y is formatted
    # once, and each level's colours once (the same text as _Ops writes).
    xs: dict[float, str] = {}
    ys: dict[float, str] = {}
    points = []
    for p in lane.points:
        sx = xs.get(p.x)
        if sx is None:
            sx = xs[p.x] = _pt(left + p.x)
        sy = ys.get(p.y)
        if sy is None:
            sy = ys[p.y] = _pt(top - p.y)
        points.append(f"{sx} {sy}")
    if len(points) > 1:
        ops.colour("c", EMOTION_LINE)
        ops.style("setlinewidth(2)")
        ops.ops.append(f"L {len(points)} " + " ".join(points))
        ops.style("setlinewidth(1)")
    radius = _pt(4.5)
    dots = [f"c 5 -white C {len(fill)} -{fill} E " for fill in EMOTION_FILLS]
    ops.ops.extend(f"{dots[p.emotion + 2]}{at} {radius} {radius}"
                   for p, at in zip(lane.points, points, strict=True))
    return ops.text()


def band_background(grid: GridGeometry, band: DetailsBand, left: float, top: float) -> str:
    """The pain-point band: one cell per stage column, in the columns' shades."""
    ops = _Ops(left, top)
    ops.colour("c", GRID_LINE)
    for index, column in enumerate(grid.columns):
        ops.colour("C", BAND_FILLS[index % 2])
        ops.rect(column.x, band.top, column.width, band.height)
    return ops.text()
