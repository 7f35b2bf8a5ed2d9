"""The grid geometry of a journey map: where columns, rows and cards go.

Pure arithmetic on ids and counts, no Qt items: the scene computes a
:class:`Grid` from the cell sizes, compares it with the previous one and only
repositions every card when the geometry really changed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["GROUP_ORDER", "Grid", "GroupBand", "Row", "compute_grid"]

GROUP_ORDER = ("online", "offline", "hybrid")


@dataclass(frozen=True)
class Row:
    channel: str
    group: str
    y: float
    h: float


@dataclass(frozen=True)
class GroupBand:
    group: str
    y: float
    h: float


@dataclass(frozen=True)
class Grid:
    """Column and row geometry, in scene units.

    Columns start at ``left`` (right of the row headers) and are ``col_w``
    wide; the header band is ``header_h`` tall; group bands and rows follow
    below it, top to bottom.
    """

    stages: tuple[str, ...]
    left: float
    col_w: float
    header_h: float
    rows: tuple[Row, ...]
    groups: tuple[GroupBand, ...]
    card_w: float
    card_h: float
    card_gap: float
    cell_pad: float

    @property
    def width(self) -> float:
        return self.left + self.col_w * len(self.stages)

    @property
    def height(self) -> float:
        ends = [r.y + r.h for r in self.rows] + [g.y + g.h for g in self.groups]
        return max(ends, default=self.header_h + 2 * self.cell_pad + self.card_h)

    def col_x(self, stage: str) -> float:
        return self.left + self.col_w * self.stages.index(stage)

    def stage_at(self, x: float) -> str | None:
        """The stage whose column spans ``x``, or None outside the lanes."""
        if x < self.left or not self.stages:
            return None
        index = int((x - self.left) // self.col_w)
        return self.stages[index] if index < len(self.stages) else None

    def row(self, channel: str) -> Row | None:
        for row in self.rows:
            if row.channel == channel:
                return row
        return None

    def row_at(self, y: float) -> Row | None:
        """The channel row spanning ``y``, or None (headers, group bands, outside)."""
        if not self.rows:
            return None
        tops = [r.y for r in self.rows]
        index = bisect_right(tops, y) - 1
        if index < 0:
            return None
        row = self.rows[index]
        return row if y < row.y + row.h else None

    def card_pos(self, stage: str, row: Row, index: int) -> tuple[float, float]:
        """Top-left corner of the ``index``-th card of a cell."""
        x = self.col_x(stage) + self.cell_pad
        y = row.y + self.cell_pad + index * (self.card_h + self.card_gap)
        return x, y

    def index_at(self, row: Row, y: float, count: int) -> int:
        """Insertion index for a card dropped with its centre at ``y`` into a cell of ``count``."""
        pitch = self.card_h + self.card_gap
        slot = (y - row.y - self.cell_pad + self.card_gap / 2) / pitch
        return max(0, min(count, int(slot)))


def compute_grid(
    stages: Sequence[str],
    channels: Iterable[tuple[str, str]],
    cell_counts: Mapping[tuple[str, str], int],
    *,
    left: float,
    col_w: float,
    header_h: float,
    group_h: float,
    card_w: float,
    card_h: float,
    card_gap: float,
    cell_pad: float,
) -> Grid:
    """Lay out rows for ``channels`` ((id, group) in catalogue order) under the stage headers.

    A row is as tall as its fullest cell, so cards stay aligned when a cell fills up.

    >>> g = compute_grid(["a", "b"], [("web", "online"), ("store", "offline")],
    ...                  {("a", "web"): 2, ("b", "store"): 1}, left=100, col_w=50,
    ...                  header_h=40, group_h=10, card_w=40, card_h=20, card_gap=5, cell_pad=5)
    >>> [(r.channel, r.y, r.h) for r in g.rows]
    [('web', 50, 55), ('store', 115, 30)]
    >>> g.stage_at(160), g.stage_at(90), g.row_at(120).channel, g.row_at(105)
    ('b', None, 'store', None)
    """
    per_row: dict[str, int] = {}
    for (_, channel), count in cell_counts.items():
        per_row[channel] = max(per_row.get(channel, 0), count)
    by_group: dict[str, list[str]] = {}
    for channel, group in channels:
        by_group.setdefault(group, []).append(channel)
    rows: list[Row] = []
    groups: list[GroupBand] = []
    y = header_h
    min_h = card_h + 2 * cell_pad
    for group in sorted(by_group, key=lambda g: (*GROUP_ORDER, g).index(g)):
        groups.append(GroupBand(group, y, group_h))
        y += group_h
        for channel in by_group[group]:
            n = max(1, per_row.get(channel, 0))
            h = max(min_h, 2 * cell_pad + n * card_h + (n - 1) * card_gap)
            rows.append(Row(channel, group, y, h))
            y += h
    return Grid(tuple(stages), left, col_w, header_h, tuple(rows), tuple(groups),
                card_w, card_h, card_gap, cell_pad)
