"""Grid geometry of a journey map: where columns, rows and cards go.

Qt-free and engine-free, so that the GUI canvas and the "arranged" export
share one layout. Coordinates are points (1/72 inch), y grows downwards, the
origin is the top-left corner of the grid (the corner above the channel
headers and left of the stage headers).

Columns are the workspace's stages in order (every stage, used or not); rows
are the channels the journey uses, online first, then offline, then hybrid,
each group in catalogue order. Cards are stacked in their cell by ``order``;
every card of a column is as wide as the column allows, and columns and rows
grow to fit their cards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from omnimap.export.measure import TableMeasurer, TextMeasurer, wrap_measured, wrap_text
from omnimap.model import Channel, Journey, Touchpoint, Workspace

__all__ = [
    "CardBox",
    "ColumnBox",
    "GridGeometry",
    "GridStyle",
    "RowBox",
    "card_measurer",
    "card_meta",
    "compute_grid",
    "line_height",
    "measure_card",
    "used_channels",
]

GROUP_ORDER = ("online", "offline", "hybrid")
#: Graphviz sets lines of text 1.2 point sizes apart; boxes must leave that room.
LINE_SPACING = 1.2


def line_height(measurer: TextMeasurer, point_size: float) -> float:
    """Height of one line of text in a Graphviz label (at least 1.2 em)."""
    return max(measurer.line_height(point_size), LINE_SPACING * point_size)


@dataclass(frozen=True)
class GridStyle:
    """Sizes in points. The defaults suit a 16:9 slide."""

    card_font: float = 10.0
    meta_font: float = 8.0
    header_font: float = 11.0
    channel_font: float = 10.0
    group_font: float = 8.0
    card_min_width: float = 96.0
    card_max_width: float = 156.0
    card_pad_x: float = 7.0
    card_pad_y: float = 6.0
    #: Width of the channel-colour accent bar at a card's left, plus its gap.
    stripe: float = 4.0
    stripe_gap: float = 6.0
    #: Room left beside measured text: engines round widths up.
    text_slack: float = 4.0
    card_gap: float = 8.0
    cell_pad: float = 10.0
    header_pad: float = 8.0
    channel_header_max: float = 130.0
    channel_header_min: float = 90.0
    column_min_width: float = 116.0
    row_min_height: float = 48.0
    #: Cards show at most this many label lines; the last ends in "…".
    max_label_lines: int = 8


@dataclass(frozen=True)
class CardBox:
    """One touchpoint's card: top-left corner, size and its text lines."""

    touchpoint_id: str
    x: float
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    #: The small line above the label (time, CRM warning); may be empty.
    meta: str
    crm_gap: bool

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class ColumnBox:
    stage_id: str
    name: str
    x: float
    width: float
    lines: tuple[str, ...]


@dataclass(frozen=True)
class RowBox:
    channel_id: str
    name: str
    group: str
    y: float
    height: float
    lines: tuple[str, ...]
    color: str
    crm_gap: bool
    #: True for the first row of its group (online / offline / hybrid).
    group_start: bool


@dataclass
class GridGeometry:
    """The result of :func:`compute_grid`.

    ``header_width`` is the channel-header column at the left, ``header_height``
    the stage-header row at the top; columns start at ``x = header_width`` and
    rows at ``y = header_height``.
    """

    header_width: float
    header_height: float
    columns: list[ColumnBox]
    rows: list[RowBox]
    cards: dict[str, CardBox] = field(default_factory=dict)

    @property
    def width(self) -> float:
        if not self.columns:
            return self.header_width
        last = self.columns[-1]
        return last.x + last.width

    @property
    def height(self) -> float:
        if not self.rows:
            return self.header_height
        last = self.rows[-1]
        return last.y + last.height


_META_WORDS = {
    "en": {"day": "Day", "gap": "no CRM"},
    "pl": {"day": "Dzień", "gap": "brak CRM"},
}


def card_meta(tp: Touchpoint, crm_gap: bool, language: str = "en") -> str:
    """The small line above a card's label.

    >>> from omnimap.model import Touchpoint
    >>> card_meta(Touchpoint(id="t", stage="s", channel="c", day=2, time="09:00"), True)
    '⚠ no CRM · Day 2 · 09:00'
    >>> card_meta(Touchpoint(id="t", stage="s", channel="c"), False, "pl")
    ''
    """
    words = _META_WORDS.get(language, _META_WORDS["en"])
    parts = []
    if crm_gap:
        parts.append(f"⚠ {words['gap']}")
    if tp.day is not None:
        parts.append(f"{words['day']} {tp.day}")
    if tp.time:
        parts.append(tp.time)
    return " · ".join(parts)


#: measure_card's results for the table measurer, by style, then by (label,
#: meta): the same cards are measured again at every export of a map. Keyed
#: by style first, so that the style (25 numbers) is hashed once per map, not
#: once per card. Bounded.
_CARDS: dict[GridStyle, dict[tuple[str, str], tuple[tuple[str, ...], float, float]]] = {}
_CARDS_LIMIT = 20_000

CardMeasure = Callable[[str, str], tuple[list[str], float, float]]


def card_measurer(measurer: TextMeasurer, style: GridStyle) -> CardMeasure:
    """:func:`measure_card` for many cards of one style: its numbers worked out once.

    >>> from omnimap.export.measure import TableMeasurer
    >>> measure = card_measurer(TableMeasurer(), GridStyle())
    >>> measure("Buys", "") == measure_card("Buys", "", TableMeasurer(), GridStyle())
    True
    """
    st = style
    # Only the built-in table's widths are the same from one export to the next.
    remembered: dict[tuple[str, str], tuple[tuple[str, ...], float, float]] | None = None
    if type(measurer) is TableMeasurer:
        remembered = _CARDS.get(style)
        if remembered is None:
            if len(_CARDS) >= 8:
                _CARDS.clear()
            remembered = _CARDS[style] = {}
    chrome_x = 2 * st.card_pad_x + st.stripe + st.stripe_gap + st.text_slack
    text_width = st.card_max_width - chrome_x
    label_line = line_height(measurer, st.card_font)
    meta_line = line_height(measurer, st.meta_font) + 2

    def measure(label: str, meta: str) -> tuple[list[str], float, float]:
        if remembered is not None:
            found = remembered.get((label, meta))
            if found is not None:
                return list(found[0]), found[1], found[2]
        measured = wrap_measured(label, text_width, measurer, st.card_font,
                                 max_lines=st.max_label_lines)
        lines = [line for line, _ in measured]
        natural = max(w for _, w in measured)
        if meta:
            natural = max(natural, measurer.width(meta, st.meta_font))
        width = min(st.card_max_width, max(st.card_min_width, natural + chrome_x))
        height = len(lines) * label_line + (meta_line if meta else 0) + 2 * st.card_pad_y
        if remembered is not None:
            if len(remembered) >= _CARDS_LIMIT:
                remembered.clear()
            remembered[label, meta] = (tuple(lines), width, height)
        return lines, width, height

    return measure


def measure_card(label: str, meta: str, measurer: TextMeasurer,
                 style: GridStyle) -> tuple[list[str], float, float]:
    """A card's wrapped label lines and its natural width and height.

    >>> from omnimap.export.measure import TableMeasurer
    >>> lines, width, height = measure_card("Buys the blouse on the website", "Day 4",
    ...                                     TableMeasurer(), GridStyle())
    >>> lines, round(width), round(height)
    (['Buys the blouse on the', 'website'], 130, 48)
    """
    return card_measurer(measurer, style)(label, meta)


def used_channels(workspace: Workspace, journey: Journey) -> list[Channel]:
    """The channels the journey uses, grouped online / offline / hybrid."""
    used = {tp.channel for tp in journey.touchpoints()}
    channels = [c for c in workspace.channels if c.id in used]
    return sorted(channels, key=lambda c: GROUP_ORDER.index(c.group))


def compute_grid(
    workspace: Workspace,
    journey: Journey,
    measurer: TextMeasurer,
    style: GridStyle | None = None,
) -> GridGeometry:
    """Lay the journey out on the stage x channel grid.

    Runs in time linear in the number of touchpoints.

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.measure import TableMeasurer
    >>> ws = sample_workspace()
    >>> g = compute_grid(ws, ws.journeys[0], TableMeasurer())
    >>> [c.stage_id for c in g.columns][:3]
    ['awareness', 'interest', 'consideration']
    >>> [r.channel_id for r in g.rows][:3]
    ['website', 'mobile_app', 'instagram']
    >>> a, b = g.cards["t3"], g.cards["t4"]
    >>> a.x == b.x, b.y + b.height <= a.y  # same column; the email row is above push
    (True, True)
    """
    st = style or GridStyle()
    m = measurer
    lang = workspace.language
    stages = workspace.stages
    channels = used_channels(workspace, journey)
    gap_channels = {c.id for c in channels if c.crm == "none"}

    # Stage headers decide the header row's height and each column's minimum.
    header_lines: dict[str, list[str]] = {}
    column_width: dict[str, float] = {}
    for stage in stages:
        lines = wrap_text(stage.name, st.column_min_width * 1.6 - 2 * st.header_pad, m,
                          st.header_font, bold=True, max_lines=3)
        header_lines[stage.id] = lines
        widest = max(m.width(line, st.header_font, True) for line in lines)
        column_width[stage.id] = max(st.column_min_width, widest + 2 * st.header_pad)
    header_height = (max((len(v) for v in header_lines.values()), default=1)
                     * line_height(m, st.header_font) + 2 * st.header_pad)

    # Channel headers decide the header column's width and each row's minimum.
    row_lines: dict[str, list[str]] = {}
    header_width = st.channel_header_min
    for channel in channels:
        lines = wrap_text(channel.name, st.channel_header_max - 2 * st.header_pad, m,
                          st.channel_font, bold=True, max_lines=3)
        row_lines[channel.id] = lines
        widest = max(m.width(line, st.channel_font, True) for line in lines)
        header_width = max(header_width, widest + 8 + 2 * st.card_pad_x + st.stripe
                           + st.stripe_gap + st.text_slack)

    # Cards: wrap each label once, at the widest a card may be.
    cells: dict[tuple[str, str], list[Touchpoint]] = {}
    wrapped: dict[str, tuple[list[str], str, float, float]] = {}
    measure = card_measurer(m, st)
    for tp in journey.touchpoints():
        cells.setdefault((tp.stage, tp.channel), []).append(tp)
        meta = card_meta(tp, tp.channel in gap_channels, lang)
        lines, width, height = measure(tp.label, meta)
        wrapped[tp.id] = (lines, meta, width, height)
        if tp.stage in column_width:
            column_width[tp.stage] = max(column_width[tp.stage], width + 2 * st.cell_pad)

    row_height = {c.id: max(st.row_min_height,
                            len(row_lines[c.id]) * line_height(m, st.channel_font)
                            + 2 * st.header_pad + (line_height(m, st.group_font) + 2) * 2)
                  for c in channels}
    for (_, channel_id), tps in cells.items():
        tps.sort(key=lambda t: (t.order, t.id))
        total = sum(wrapped[t.id][3] for t in tps) + st.card_gap * (len(tps) - 1)
        if channel_id in row_height:
            row_height[channel_id] = max(row_height[channel_id], total + 2 * st.cell_pad)

    columns = []
    x = header_width
    for stage in stages:
        columns.append(ColumnBox(stage.id, stage.name, x, column_width[stage.id],
                                 tuple(header_lines[stage.id])))
        x += column_width[stage.id]
    rows = []
    y = header_height
    previous_group = None
    for channel in channels:
        rows.append(RowBox(channel.id, channel.name, channel.group, y, row_height[channel.id],
                           tuple(row_lines[channel.id]), channel.color,
                           channel.id in gap_channels, channel.group != previous_group))
        previous_group = channel.group
        y += row_height[channel.id]

    column_at = {c.stage_id: c for c in columns}
    row_at = {r.channel_id: r for r in rows}
    geometry = GridGeometry(header_width, header_height, columns, rows)
    for (stage_id, channel_id), tps in cells.items():
        column, row = column_at.get(stage_id), row_at.get(channel_id)
        if column is None or row is None:
            continue
        total = sum(wrapped[t.id][3] for t in tps) + st.card_gap * (len(tps) - 1)
        cy = row.y + (row.height - total) / 2
        width = column.width - 2 * st.cell_pad
        for tp in tps:
            lines, meta, _, height = wrapped[tp.id]
            geometry.cards[tp.id] = CardBox(tp.id, column.x + st.cell_pad, cy, width, height,
                                            tuple(lines), meta, tp.channel in gap_channels)
            cy += height + st.card_gap
    return geometry
