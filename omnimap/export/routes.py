"""Right-angle arrow routes on the "arranged" grid, computed instead of by Graphviz.

Graphviz's orthogonal router (``splines=ortho``) grows about as N^1.8 with
the number of cards (3.5 s for 1,000 cards in graphviz-pure), and Graphviz
2.43 aborts in it on big maps (``maze.c: chkSgraph: Assertion``). The grid
already tells where free space is, so the routes are drawn here, in time
linear in the number of arrows (plus sorting), and handed to ``neato -n2``
as each edge's ``pos``; both engines then draw them as given.

Free space, in the coordinates of :mod:`omnimap.export.grid` (points, y down):

* every card keeps ``cell_pad`` off its column's sides, so a band
  ``cell_pad`` wide on each side of a column boundary (a *gutter*) is free
  from top to bottom;
* every card keeps at least ``cell_pad`` off its row's top and bottom, so a
  band around each row boundary (a *lane*) is free from left to right.

An arrow leaves its card sideways, runs along gutters and at most one lane,
and enters its target sideways: forward arrows (to a later stage) leave on
the right and enter on the left, backward ones the other way round, and
arrows within one stage go round the column's right side, except between
cards with no card between them, which are joined straight. Forward arrows keep to
the left half of a gutter and backward ones to the right half, a few points
apart from each other, and the ends on a card's side are spread along it in
the order of where they come from, so that arrows are told apart and cross
little.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from omnimap.export.grid import CardBox, GridGeometry

__all__ = ["Route", "route_arrows", "splines"]

Point = tuple[float, float]
#: Offsets (points, for a ``cell_pad`` of 10) of parallel tracks from a gutter's
#: or lane's middle line. Forward arrows enter cards from tracks left of the
#: middle and backward ones from the right, at least 8.5 points off the card:
#: room for the 7-point arrowhead.
_FORWARD_TRACKS = (-2.5, -6.5, -4.5, -8.5)
_BACKWARD_TRACKS = (2.5, 6.5, 4.5, 8.5)
_LANE_TRACKS = (-3.0, 3.0, -5.5, 5.5, -8.0, 8.0)
_TOP_LANE_TRACKS = (3.0, 5.5, 8.0)
_BOTTOM_LANE_TRACKS = (-3.0, -5.5, -8.0)


@dataclass(frozen=True)
class Route:
    """An arrow's corners from its source card's side to its target's side (the tip)."""

    points: tuple[Point, ...]

    def spline(self, left: float, top: float, arrow: float) -> str:
        """The route as a Graphviz edge ``pos`` (B-spline of straight pieces).

        ``left`` and ``top`` place the grid's corner in Graphviz coordinates
        (points, y up). The curve stops ``arrow`` points short of the tip,
        which ``e,`` names, where the engine draws the arrowhead.

        >>> print(Route(((0, 0), (10, 0), (10, 20))).spline(5, 100, 7).replace(".00", ""))
        e,15,80 5,100 5,100 15,100 15,100 15,100 15,87 15,87
        """
        spline = splines([self], left, top, arrow)[0]
        assert spline is not None  # only a missing route has none
        return spline


def splines(routes: Sequence[Route | None], left: float, top: float,
            arrow: float) -> list[str | None]:
    """:meth:`Route.spline` of each route (None stays None), formatted together.

    Arrows share gutters, lanes and card sides, so most coordinates recur:
    each distinct x and y is formatted once for all of them.
    """
    xs: dict[float, str] = {}
    ys: dict[float, str] = {}
    result: list[str | None] = []
    for route in routes:
        if route is None:
            result.append(None)
            continue
        points = route.points
        (x1, y1), (x2, y2) = points[-2], points[-1]
        length = max(abs(x2 - x1), abs(y2 - y1))
        back = min(arrow, length * 0.8) / length if length else 0.0
        # A straight piece from a to b is the cubic a, a, b, b.
        text = []
        for x, y in (*points[:-1], (x2 - (x2 - x1) * back, y2 - (y2 - y1) * back)):
            sx = xs.get(x) or xs.setdefault(x, f"{left + x:.2f}")
            sy = ys.get(y) or ys.setdefault(y, f"{top - y:.2f}")
            text.append(f"{sx},{sy}")
        tip_x = xs.get(x2) or xs.setdefault(x2, f"{left + x2:.2f}")
        tip_y = ys.get(y2) or ys.setdefault(y2, f"{top - y2:.2f}")
        first = text[0]
        middle = " ".join(f"{a} {a} {a}" for a in text[1:-1])
        last = text[-1]
        result.append(f"e,{tip_x},{tip_y} {first} {first} {middle} {last} {last}" if middle
                      else f"e,{tip_x},{tip_y} {first} {first} {last} {last}")
    return result


@dataclass
class _Plan:
    """A route before its ends are spread along the cards' sides."""

    source: CardBox
    target: CardBox
    kind: str  # "forward", "backward", "around" or "straight"
    source_side: str  # "left", "right", "top" or "bottom"
    target_side: str
    #: The x of each vertical run and the y of the lane, when there is one.
    xs: tuple[float, ...]
    lane: float | None
    source_y: float = 0.0
    target_y: float = 0.0


def route_arrows(grid: GridGeometry, arrows: Sequence[tuple[str, str]],
                 cell_pad: float = 10.0) -> list[Route | None]:
    """One route per ``(source, target)`` card pair; None where Graphviz should route.

    None is returned for a card missing from the grid and for an arrow from
    a card to itself. ``cell_pad`` is the grid's
    :attr:`~omnimap.export.grid.GridStyle.cell_pad`; tracks keep within it.

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.grid import compute_grid
    >>> from omnimap.export.measure import TableMeasurer
    >>> ws = sample_workspace()
    >>> grid = compute_grid(ws, ws.journeys[0], TableMeasurer())
    >>> route = route_arrows(grid, [("t1", "t2")])[0]
    >>> all(a[0] == b[0] or a[1] == b[1]
    ...     for a, b in zip(route.points, route.points[1:]))  # right angles only
    True
    >>> route.points[-1][0] == grid.cards["t2"].x  # enters t2 on its left side
    True
    """
    # Boundary i is the left side of column i (row i); the last one closes the grid.
    bounds = [c.x for c in grid.columns] + [grid.width]
    row_bounds = [r.y for r in grid.rows] + [grid.height]
    column_of: dict[str, int] = {}
    row_of: dict[str, int] = {}
    stacks: dict[int, list[CardBox]] = {}
    for card_id, card in grid.cards.items():
        column_of[card_id] = max(0, bisect.bisect_right(bounds, card.x) - 1)
        row_of[card_id] = max(0, bisect.bisect_right(row_bounds, card.y) - 1)
        stacks.setdefault(column_of[card_id], []).append(card)
    # A card's place in its column, top down: cards next to each other there
    # have nothing between them, and are joined by a straight line.
    place: dict[str, int] = {}
    for stack in stacks.values():
        stack.sort(key=lambda c: c.y)
        place.update((card.touchpoint_id, index) for index, card in enumerate(stack))
    pairs = set(arrows)
    occupied = {(column_of[card_id], row_of[card_id]) for card_id in grid.cards}

    counters: dict[tuple[str, float], int] = {}
    scale = cell_pad / 10.0

    def track(kind: str, where: float, tracks: tuple[float, ...]) -> float:
        # Round-robin over the tracks, so that arrows sharing a gutter or lane
        # run side by side rather than on top of each other.
        used = counters.get((kind, where), 0)
        counters[kind, where] = used + 1
        return where + scale * tracks[used % len(tracks)]

    plans: list[_Plan | None] = []
    for source_id, target_id in arrows:
        source, target = grid.cards.get(source_id), grid.cards.get(target_id)
        if source is None or target is None or source_id == target_id:
            plans.append(None)
            continue
        cs, ct = column_of[source_id], column_of[target_id]
        if cs == ct:
            if abs(place[source_id] - place[target_id]) == 1:
                down = target.y > source.y
                # An arrow each way: side by side rather than on top of each other.
                shift = (-6.0 if down else 6.0) if (target_id, source_id) in pairs else 0.0
                plans.append(_Plan(source, target, "straight", "bottom" if down else "top",
                                   "top" if down else "bottom", (shift,), None))
                continue
            x = track("backward", bounds[cs + 1], _BACKWARD_TRACKS)
            plans.append(_Plan(source, target, "around", "right", "right", (x,), None))
            continue
        forward = ct > cs
        tracks = _FORWARD_TRACKS if forward else _BACKWARD_TRACKS
        kind = "forward" if forward else "backward"
        exit_bound = bounds[cs + 1] if forward else bounds[cs]
        entry_bound = bounds[ct] if forward else bounds[ct + 1]
        sides = ("right", "left") if forward else ("left", "right")
        # One turn in a gutter when the cells between are empty in the source's
        # row (turning next to the target) or in the target's row (turning next
        # to the source); neighbouring columns have no cells between.
        between = range(min(cs, ct) + 1, max(cs, ct))
        for row, bound in ((row_of[source_id], entry_bound), (row_of[target_id], exit_bound)):
            if all((column, row) not in occupied for column in between):
                plans.append(_Plan(source, target, kind, *sides,
                                   (track(kind, bound, tracks),), None))
                break
        else:
            # Along a lane: the target row's top or bottom, whichever is nearer
            # the source.
            row = row_of[target_id]
            top, bottom = row_bounds[row], row_bounds[row + 1]
            sy = source.y + source.height / 2
            lane_y = top if abs(sy - top) <= abs(sy - bottom) else bottom
            lane_tracks: tuple[float, ...]
            if lane_y == row_bounds[0]:
                lane_tracks = _TOP_LANE_TRACKS
            elif lane_y == row_bounds[-1]:
                lane_tracks = _BOTTOM_LANE_TRACKS
            else:
                lane_tracks = _LANE_TRACKS
            lane = track("lane", lane_y, lane_tracks)
            xs: tuple[float, ...] = (track(kind, exit_bound, tracks),
                                     track(kind, entry_bound, tracks))
            plans.append(_Plan(source, target, kind, *sides, xs, lane))

    _spread_ends(plans)
    return [None if plan is None else Route(_corners(plan)) for plan in plans]


def _spread_ends(plans: list[_Plan | None]) -> None:
    """Spread the arrow ends on each card side along it, in the order of where they go."""
    # All ends on one side belong to one card: its numbers are worked out once.
    # An end is (where its arrow goes, arrow index, is it the target end).
    ends: dict[tuple[str, str], tuple[CardBox, list[tuple[float, int, bool]]]] = {}
    for index, plan in enumerate(plans):
        if plan is None or plan.kind == "straight":
            continue
        source, target, lane = plan.source, plan.target, plan.lane
        key = (source.touchpoint_id, plan.source_side)
        side = ends.get(key)
        if side is None:
            side = ends[key] = (source, [])
        side[1].append((target.y + target.height / 2 if lane is None else lane, index, False))
        key = (target.touchpoint_id, plan.target_side)
        side = ends.get(key)
        if side is None:
            side = ends[key] = (target, [])
        side[1].append((source.y + source.height / 2 if lane is None else lane, index, True))
    for card, items in ends.values():
        items.sort()
        count = len(items)
        # Keep ends off the rounded corners.
        inset = min(6.0, card.height / 4)
        base, span = card.y + inset, card.height - 2 * inset
        for place, (_, index, is_target) in enumerate(items, 1):
            plan = plans[index]
            assert plan is not None
            if is_target:
                plan.target_y = base + span * place / (count + 1)
            else:
                plan.source_y = base + span * place / (count + 1)


def _corners(plan: _Plan) -> tuple[Point, ...]:
    s, t = plan.source, plan.target
    if plan.kind == "straight":
        x = s.x + s.width / 2 + plan.xs[0]
        if plan.source_side == "bottom":
            return ((x, s.y + s.height), (x, t.y))
        return ((x, s.y), (x, t.y + t.height))
    sx = s.x + s.width if plan.source_side == "right" else s.x
    tx = t.x + t.width if plan.target_side == "right" else t.x
    sy, ty = plan.source_y, plan.target_y
    if plan.lane is None:
        (x,) = plan.xs
        if sy == ty:
            return ((sx, sy), (tx, ty))
        return ((sx, sy), (x, sy), (x, ty), (tx, ty))
    xa, xb = plan.xs
    return ((sx, sy), (xa, sy), (xa, plan.lane), (xb, plan.lane), (xb, ty), (tx, ty))
