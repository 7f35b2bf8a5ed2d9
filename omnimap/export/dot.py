"""Build the Graphviz graph of a journey (a ``graphviz.Digraph``).

The package builds the graph; the many card and arrow statements are written
by :mod:`omnimap.export.dotsyntax` into its ``body``, in the same form.

Two layouts:

``arranged``
    The canvas grid of :mod:`omnimap.export.grid`: every node is pinned
    (``pos="x,y!"``) and so is every arrow (right-angle routes along the
    grid's free gutters, from :mod:`omnimap.export.routes`); the graph is run
    with ``neato -n2``, so Graphviz only draws, and places arrow labels.
    Swimlane bands and grid lines are drawn by the graph's ``_background``
    (xdot operations made of numbers and colours only; no user text goes
    there).
``flow``
    ``dot`` lays the journey out left to right, one cluster per stage. We
    choose the columns (``rank=same`` groups, see :func:`_stage_layers`) and
    chain them with one invisible edge each, which fixes the stage order;
    ``dot`` orders and places the cards within them. ``newrank=true`` lets
    rank groups live inside clusters and keeps ``dot`` fast.

Every node has ``fixedsize=true`` and a size computed by a
:class:`~omnimap.export.measure.TextMeasurer`, and all text is in Arial.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import graphviz  # type: ignore[import-untyped]

from omnimap.export.background import band_background, grid_background, lane_background
from omnimap.export.background import pt as _pt
from omnimap.export.blocks import legend_block, title_block, words
from omnimap.export.dotsyntax import DotFeed, attr_stmt, edge_stmt, quote
from omnimap.export.emotion import (
    DetailsBand,
    EmotionLane,
    emotion_words,
    lanes_below,
)
from omnimap.export.grid import (
    GridGeometry,
    GridStyle,
    card_measurer,
    card_meta,
    compute_grid,
    line_height,
    used_channels,
)
from omnimap.export.labels import Cell, html_label, html_table
from omnimap.export.measure import TextMeasurer, wrap_text
from omnimap.export.palette import (
    BAND_FILLS,
    EDGE,
    EMOTION_LINE,
    FONT,
    GAP_RED,
    GRID_LINE,
    HEADER_FILL,
    IDEA,
    MUTED,
    PAIN,
    TEXT,
)
from omnimap.export.routes import route_arrows, splines
from omnimap.export.statements import CardWriter, arrow_statement, edge_label, inch
from omnimap.model import Journey, Stage, Touchpoint, Workspace

__all__ = [
    "LAYOUTS",
    "BuiltGraph",
    "build_graph",
    "describe",
    "layout_program",
]

Layout = Literal["arranged", "flow"]
LAYOUTS: tuple[Layout, ...] = ("arranged", "flow")

MARGIN = 14.0

@dataclass
class BuiltGraph:
    """A graph ready for an engine: which layout program and flags it needs."""

    graph: graphviz.Digraph
    #: Graphviz layout program: "neato" (arranged, with -n2) or "dot" (flow).
    program: str
    neato_no_op: int | None
    title: str
    description: str
    #: Arranged layout only: the grid it drew.
    geometry: GridGeometry | None = None
    warnings: list[str] = field(default_factory=list)


def _new_graph(journey: Journey, background: str) -> graphviz.Digraph:
    graph = graphviz.Digraph("omnimap")
    graph.attr(fontname=FONT, bgcolor="transparent" if background == "transparent" else "white",
               pad="0.15")
    # Card attributes are node defaults: written once, not a thousand times.
    graph.attr("node", fontname=FONT, fontsize="10", fontcolor=TEXT, shape="box",
               style="rounded,filled", fillcolor="white", penwidth="1.2", fixedsize="true",
               margin="0")
    graph.attr("edge", fontname=FONT, fontsize="8", fontcolor=EDGE, color=EDGE,
               arrowsize="0.7", penwidth="1.2")
    return graph


def describe(workspace: Workspace, journey: Journey) -> tuple[str, str]:
    """The SVG's title and description (``<title>``, ``<desc>``) for a journey.

    >>> from omnimap.model.sample import sample_workspace
    >>> ws = sample_workspace()
    >>> title, description = describe(ws, ws.journeys[0])
    >>> title, description.split(". ")[0], description.count("..")
    ('Anna', 'Persona: Anna', 0)
    """
    w = words(workspace.language)
    title = journey.name or journey.persona.name or journey.id
    persona = journey.persona
    parts = []
    if persona.name:
        parts.append(f"{w['persona']}: {persona.name}")
    if persona.description:
        parts.append(persona.description)
    if workspace.title:
        parts.append(workspace.title)
    # A persona description usually ends its own sentence: no second full stop.
    text = ""
    for part in parts:
        if text:
            text += " " if text.endswith((".", "!", "?", "…")) else ". "
        text += part
    return title, text


# ---------------------------------------------------------------- arranged
def _arranged(workspace: Workspace, journey: Journey, m: TextMeasurer, background: str,
              st: GridStyle, emotion: bool, details: bool,
              feed: Callable[[str], object] | None) -> BuiltGraph:
    grid = compute_grid(workspace, journey, m, st)
    w = words(workspace.language)
    channels = used_channels(workspace, journey)
    title = title_block(workspace, journey, m, max(grid.width, 420.0))
    legend = legend_block(workspace, channels, m, max(grid.width, 420.0))
    grid_top = MARGIN + title.height + 10
    # The lanes under the grid, in grid coordinates.
    lane, band, below = lanes_below(workspace, journey, grid, m, st, emotion=emotion,
                                    details=details)
    legend_top = grid_top + below + 12
    total_h = legend_top + legend.height + MARGIN

    def pos(x: float, y: float) -> str:
        # Grid coordinates are y-down from the grid's corner; Graphviz is y-up.
        return f"{_pt(MARGIN + x)},{_pt(total_h - (grid_top + y))}!"

    graph = _new_graph(journey, background)
    # Arrows come with their routes (see _add_routed_edges): Graphviz's ortho
    # router took 5 s at 1,000 cards and aborts in Graphviz 2.43 on big maps.
    # splines=ortho stays for any arrow without a route. Arrows carry their
    # labels as xlabels, which the engine places clear of cards.
    graph.attr(splines="ortho", outputorder="edgesfirst", forcelabels="true")
    background_ops = grid_background(grid, MARGIN, total_h - grid_top)
    if lane is not None:
        background_ops += " " + lane_background(grid, lane, MARGIN, total_h - grid_top)
        _lane_header(graph, workspace, grid, lane, st, pos, m)
    if band is not None:
        background_ops += " " + band_background(grid, band, MARGIN, total_h - grid_top)
        _band_nodes(graph, workspace, grid, band, st, pos, m)
    # Written by dotsyntax: at 1,000 cards the drawing is far over Graphviz
    # 2.43's 16 kB limit for one quoted string, so it goes in pieces.
    graph.body.append(attr_stmt([("_background", background_ops)]))

    for name, block, top in (("title", title, MARGIN), ("legend", legend, legend_top)):
        graph.node(name, html_label(block.markup), style="rounded", peripheries="0",
                   width=inch(block.width), height=inch(block.height),
                   pos=f"{_pt(MARGIN + block.width / 2)},{_pt(total_h - top - block.height / 2)}!")

    for column in grid.columns:
        width = column.width - 8
        height = grid.header_height - 8
        heading = [(line, st.header_font, "white", True) for line in column.lines]
        label = html_table([[Cell(width - 8, height - 4, heading, align="center")]])
        graph.node(f"stage_{column.stage_id}", html_label(label), shape="box",
                   style="rounded,filled", fillcolor=HEADER_FILL, color=HEADER_FILL,
                   width=inch(width), height=inch(height), fixedsize="true", margin="0",
                   pos=pos(column.x + column.width / 2, grid.header_height / 2))

    for row in grid.rows:
        width = grid.header_width - 8
        height = row.height - 8
        lines: list[tuple[str, float, str, bool]] = []
        if row.group_start:
            lines.append((w[row.group], st.group_font, MUTED, True))
        lines.extend((line, st.channel_font, TEXT, True) for line in row.lines)
        if row.crm_gap:
            lines.append((f"⚠ {w['gap']}", st.group_font + 0.5, GAP_RED, True))
        inner_h = height - 2 * st.card_pad_y
        label = html_table([[
            Cell(st.stripe, inner_h, attrs=(("bgcolor", row.color), ("style", "rounded"))),
            Cell(st.stripe_gap, inner_h),
            Cell(width - 2 * st.card_pad_x - st.stripe - st.stripe_gap, inner_h, lines),
        ]])
        graph.node(f"channel_{row.channel_id}", html_label(label), shape="box",
                   style="rounded,filled,dashed" if row.crm_gap else "rounded,filled",
                   fillcolor="#fff8f8" if row.crm_gap else "white",
                   color=GAP_RED if row.crm_gap else GRID_LINE,
                   penwidth="2" if row.crm_gap else "1",
                   width=inch(width), height=inch(height), fixedsize="true", margin="0",
                   pos=pos(grid.header_width / 2, row.y + row.height / 2))

    out = DotFeed(graph, feed)
    out.flush()
    colours = {c.id: c.color for c in channels}
    lines_out = graph.body
    cards = CardWriter(st)
    # Cards of a column share their centre's x, and cards share heights: each
    # number is formatted once.
    xs: dict[float, str] = {}
    ys: dict[float, str] = {}
    for index, tp in enumerate(journey.touchpoints(), 1):
        card = grid.cards.get(tp.id)
        if card is None:
            continue
        if index % out.EVERY == 0:
            out.flush()
        # The same sums as pos() above, so the same numbers.
        cx, cy = card.x + card.width / 2, card.y + card.height / 2
        px = xs.get(cx)
        if px is None:
            px = xs[cx] = _pt(MARGIN + cx)
        py = ys.get(cy)
        if py is None:
            py = ys[cy] = _pt(total_h - (grid_top + cy))
        lines_out.append(cards.card(f"tp_{tp.id}", card.lines, card.meta, colours[tp.channel],
                                    card.crm_gap, card.width, card.height, (px, py)))
    _add_routed_edges(graph, journey, grid, st, MARGIN, total_h - grid_top, out)
    out.close()
    title_text, description = describe(workspace, journey)
    return BuiltGraph(graph, "neato", 2, title_text, description, geometry=grid)


def _lane_header(graph: graphviz.Digraph, workspace: Workspace, grid: GridGeometry,
                 lane: EmotionLane, st: GridStyle, pos: Any, m: TextMeasurer) -> None:
    ew = emotion_words(workspace.language)
    width, height = grid.header_width - 8, lane.height - 8
    inner = width - 2 * st.card_pad_x
    lines = [(ew["emotion"], st.channel_font, EMOTION_LINE, True)]
    lines += [(line, st.group_font, MUTED, False)
              for line in wrap_text(ew["scale"], inner, m, st.group_font, max_lines=3)]
    label = html_table([[Cell(inner, height - 2 * st.card_pad_y, lines)]])
    graph.node("lane_emotion", html_label(label), shape="box", style="rounded,filled",
               fillcolor="white", color=GRID_LINE, penwidth="1", width=inch(width),
               height=inch(height), fixedsize="true", margin="0",
               pos=pos(grid.header_width / 2, lane.top + lane.height / 2))


def _band_nodes(graph: graphviz.Digraph, workspace: Workspace, grid: GridGeometry,
                band: DetailsBand, st: GridStyle, pos: Any, m: TextMeasurer) -> None:
    ew = emotion_words(workspace.language)
    width, height = grid.header_width - 8, band.height - 8
    label = html_table([[Cell(width - 2 * st.card_pad_x, height - 2 * st.card_pad_y, [
        (line, st.channel_font, TEXT, True)
        for line in wrap_text(ew["details"], width - 2 * st.card_pad_x, m,
                              st.channel_font, bold=True, max_lines=3)])]])
    graph.node("lane_details", html_label(label), shape="box", style="rounded,filled",
               fillcolor="white", color=GRID_LINE, penwidth="1", width=inch(width),
               height=inch(height), fixedsize="true", margin="0",
               pos=pos(grid.header_width / 2, band.top + band.height / 2))
    colours = {"pain-heading": (PAIN, True), "pain": (TEXT, False),
               "idea-heading": (IDEA, True), "idea": (TEXT, False)}
    columns = {c.stage_id: c for c in grid.columns}
    for cell in band.cells:
        if not cell.lines:
            continue
        column = columns[cell.stage_id]
        inner_w = column.width - 2 * st.cell_pad
        lines = [(text, band.font, *colours[kind]) for text, kind in cell.lines]
        label = html_table([[Cell(inner_w, band.height - 2 * st.cell_pad, lines)]])
        # A little larger than its table: engines add a point around labels.
        graph.node(f"details_{cell.stage_id}", html_label(label), shape="plaintext",
                   style="", width=inch(inner_w + 2),
                   height=inch(band.height - 2 * st.cell_pad + 2),
                   fixedsize="true", margin="0",
                   pos=pos(column.x + column.width / 2, band.top + band.height / 2))


def _add_edges(graph: graphviz.Digraph, journey: Journey, out: DotFeed) -> None:
    body = graph.body
    for index, tr in enumerate(journey.transitions(), 1):
        if index % out.EVERY == 0:
            out.flush()
        label = edge_label(tr.label, tr.volume)
        body.append(edge_stmt(f"tp_{tr.source}", f"tp_{tr.target}",
                              {"label": label} if label else None))


#: Length of an arrowhead at the edges' ``arrowsize`` of 0.7 (Graphviz: 10 x size).
_ARROW = 7.0


def _add_routed_edges(graph: graphviz.Digraph, journey: Journey, grid: GridGeometry,
                      st: GridStyle, left: float, top: float, out: DotFeed) -> None:
    """The arrows of the arranged layout, along routes from :mod:`omnimap.export.routes`.

    Each edge gets its route as ``pos`` (a B-spline of straight pieces, ``e,``
    the arrow's tip), which ``neato -n2`` draws as given instead of routing;
    Graphviz still places the labels (``xlabel``: they avoid cards and each
    other). Arrows without a route are left to ``splines=ortho``.
    """
    transitions = journey.transitions()
    routes = route_arrows(grid, [(tr.source, tr.target) for tr in transitions], st.cell_pad)
    body = graph.body
    # Every card's name is quoted once, not once per arrow end.
    names: dict[str, str] = {}
    paths = splines(routes, left, top, _ARROW)
    for index, (tr, spline) in enumerate(zip(transitions, paths, strict=True), 1):
        if index % out.EVERY == 0:
            out.flush()
        tail, head = names.get(tr.source), names.get(tr.target)
        if tail is None:
            tail = names[tr.source] = quote(f"tp_{tr.source}")
        if head is None:
            head = names[tr.target] = quote(f"tp_{tr.target}")
        label = edge_label(tr.label, tr.volume) if tr.label or tr.volume is not None else None
        body.append(arrow_statement(tail, head, label, spline, _as_is))


def _as_is(name: str) -> str:
    return name


# -------------------------------------------------------------------- flow
def _flow(workspace: Workspace, journey: Journey, m: TextMeasurer, background: str,
          st: GridStyle, feed: Callable[[str], object] | None) -> BuiltGraph:
    lang = workspace.language
    channels = used_channels(workspace, journey)
    by_id = {c.id: c for c in workspace.channels}
    gaps = {c.id for c in channels if c.crm == "none"}
    graph = _new_graph(journey, background)
    graph.attr(rankdir="LR", newrank="true", splines="true", nodesep="0.22", ranksep="0.45",
               labelloc="t", labeljust="l")

    # Flows are wide: the title block and the legend go side by side above them.
    title = title_block(workspace, journey, m, 420.0)
    legend = legend_block(workspace, channels, m, 760.0)
    graph.attr(label=html_label(
        '<table border="0" cellborder="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top">{title.markup}</td><td fixedsize="true" width="36" height="1"></td>'
        f'<td valign="top">{legend.markup}</td></tr></table>'))

    stages = workspace.stages
    layers = _stage_layers(stages, journey)

    cards = CardWriter(st)
    measure_card = card_measurer(m, st)

    def card(graph_or_cluster: graphviz.Digraph, tp: Touchpoint) -> None:
        channel = by_id[tp.channel]
        gap = tp.channel in gaps
        meta = " · ".join(p for p in (channel.name, card_meta(tp, gap, lang)) if p)
        lines, width, height = measure_card(tp.label, meta)
        graph_or_cluster.body.append(cards.card(f"tp_{tp.id}", lines, meta, channel.color, gap,
                                                width, height))

    out = DotFeed(graph, feed)
    previous: str | None = None
    for index, stage in enumerate(stages):
        with graph.subgraph(name=f"cluster_{index:03d}") as cluster:
            fill = BAND_FILLS[index % 2]
            cluster.attr(label=html_label(html_table([[Cell(
                max(60.0, m.width(stage.name, st.header_font, True) + 8),
                line_height(m, st.header_font) + 4,
                [(stage.name, st.header_font, TEXT, True)], align="center")]])),
                style="rounded,filled", fillcolor=fill, color=GRID_LINE, labeljust="c",
                margin="12")
            stage_layers = layers[stage.id]
            if not stage_layers:
                # An empty stage still gets its column, held by an invisible point.
                cluster.node(f"empty_{index}", "", shape="point", style="invis", width="0.01",
                             height="0.01", fixedsize="true")
                stage_layers = [[]]
            for layer in stage_layers:
                if len(layer) > 1:
                    with cluster.subgraph() as rank:
                        rank.attr(rank="same")
                        for tp in layer:
                            card(rank, tp)
                else:
                    # A lone card needs no rank group: the chain below ranks it.
                    for tp in layer:
                        card(cluster, tp)
                # One invisible edge from layer to layer fixes the left-to-right order
                # of every rank, hence of the stages.
                head = f"tp_{layer[0].id}" if layer else f"empty_{index}"
                if previous is not None:
                    graph.body.append(edge_stmt(previous, head, _CHAIN))
                previous = head
        # The engine reads each stage while the next is written.
        out.flush()
    _add_edges(graph, journey, out)
    out.close()
    title_text, description = describe(workspace, journey)
    return BuiltGraph(graph, "dot", None, title_text, description)


#: The invisible edge that orders two columns of the flow layout.
_CHAIN = {"style": "invis", "weight": "4"}


def _stage_layers(stages: list[Stage], journey: Journey) -> dict[str, list[list[Touchpoint]]]:
    """Each stage's touchpoints in columns, left to right.

    Within a stage a touchpoint goes one column right of every touchpoint that
    leads to it (longest path over the stage's own arrows); cycles are broken
    at the chronologically earliest touchpoint. Linear in the journey's size
    (plus a log factor), unlike invisible edges to every card, which made
    ``dot`` spend minutes on virtual nodes at 1,000 touchpoints.
    """
    by_stage: dict[str, list[Touchpoint]] = {s.id: [] for s in stages}
    for tp in journey.touchpoints():
        if tp.stage in by_stage:
            by_stage[tp.stage].append(tp)
    stage_of = {tp.id: tp.stage for tps in by_stage.values() for tp in tps}
    preds: dict[str, list[str]] = {tp_id: [] for tp_id in stage_of}
    succs: dict[str, list[str]] = {tp_id: [] for tp_id in stage_of}
    for tr in journey.transitions():
        if tr.source in stage_of and stage_of.get(tr.target) == stage_of[tr.source]:
            preds[tr.target].append(tr.source)
            succs[tr.source].append(tr.target)
    result: dict[str, list[list[Touchpoint]]] = {}
    for stage_id, tps in by_stage.items():
        key = {tp.id: (tp.sort_key(), tp.order, position) for position, tp in enumerate(tps)}
        tp_of = {tp.id: tp for tp in tps}
        waiting = {tp.id: len(preds[tp.id]) for tp in tps}
        ready = [(key[t], t) for t, n in waiting.items() if n == 0]
        heapq.heapify(ready)
        pending = sorted((key[t], t) for t in waiting)
        layer_of: dict[str, int] = {}
        while len(layer_of) < len(tps):
            if ready:
                _, current = heapq.heappop(ready)
                if current in layer_of:
                    continue
            else:
                # A cycle: start it at its earliest touchpoint.
                current = next(t for _, t in pending if t not in layer_of)
            done = [layer_of[p] for p in preds[current] if p in layer_of]
            layer_of[current] = max(done) + 1 if done else 0
            for nxt in succs[current]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0 and nxt not in layer_of:
                    heapq.heappush(ready, (key[nxt], nxt))
        count = max(layer_of.values(), default=-1) + 1
        columns: list[list[Touchpoint]] = [[] for _ in range(count)]
        for tp_id in sorted(layer_of, key=key.__getitem__):
            columns[layer_of[tp_id]].append(tp_of[tp_id])
        result[stage_id] = [c for c in columns if c]
    return result


def layout_program(layout: str) -> tuple[str, int | None]:
    """The Graphviz program and ``-n`` flag that draw ``layout``.

    >>> layout_program("arranged"), layout_program("flow")
    (('neato', 2), ('dot', None))
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; use arranged or flow")
    return ("dot", None) if layout == "flow" else ("neato", 2)


def build_graph(
    workspace: Workspace,
    journey: Journey,
    measurer: TextMeasurer,
    *,
    layout: Layout = "arranged",
    background: Literal["white", "transparent"] = "white",
    style: GridStyle | None = None,
    emotion: bool = True,
    details: bool = False,
    feed: Callable[[str], object] | None = None,
) -> BuiltGraph:
    """The Graphviz graph of ``journey`` in the given layout.

    ``feed``, when given, is handed the DOT text piece by piece while the
    graph is built (all pieces together are ``graph.source``), e.g. an
    engine's :meth:`~omnimap.export.engine.EngineRun.feed`, which then parses
    the start of the graph while the rest is written.

    ``emotion`` draws the emotion curve in a lane under the grid, ``details``
    a band listing each stage's pain points and opportunities; both are parts
    of the "arranged" layout only ("flow" has no stage columns to align with).

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.measure import TableMeasurer
    >>> ws = sample_workspace()
    >>> built = build_graph(ws, ws.journeys[0], TableMeasurer())
    >>> built.program, built.neato_no_op
    ('neato', 2)
    >>> 'pos="' in built.graph.source and "fixedsize=true" in built.graph.source
    True
    """
    layout_program(layout)  # a known layout
    st = style or GridStyle()
    if layout == "flow":
        return _flow(workspace, journey, measurer, background, st, feed)
    return _arranged(workspace, journey, measurer, background, st, emotion, details, feed)
