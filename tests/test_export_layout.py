"""Export geometry and graph building: the grid, text measuring, the Graphviz graph."""

from __future__ import annotations

import itertools

import graphviz
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnimap.export import TableMeasurer, build_graph, compute_grid, wrap_text
from omnimap.export.grid import GridStyle
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace

M = TableMeasurer()


# ------------------------------------------------------------------ measure
def test_table_widths_are_arial_advances():
    # Arial's advance widths in 1/2048 em: "i" 455, "W" 1933, "Ł" 1139, "ż" 1024.
    assert M.width("i", 2048) == 455
    assert M.width("W", 2048) == 1933
    assert M.width("Ł", 2048) == 1139
    assert M.width("ż", 2048) == 1024
    assert M.width("W", 2048, bold=True) == 1933
    assert M.width("ł", 2048, bold=True) == 569


def test_untabled_characters_get_documented_estimates():
    assert M.width("漢", 10) == pytest.approx(10)  # wide: 1 em
    assert M.width("😀", 10) == pytest.approx(10)
    assert M.width("ש", 10) == pytest.approx(6)  # other scripts: 0.6 em
    assert M.width("e\u0301", 10) == M.width("e", 10)  # combining marks: 0
    assert M.width("ǻ", 10) == M.width("a", 10)  # decomposable: base letter


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ćŁ W\n"), max_size=80),
       st.floats(min_value=20, max_value=200))
def test_wrapped_lines_fit_and_keep_every_character(text, width):
    lines = wrap_text(text, width, M, 10)
    for line in lines:
        assert M.width(line, 10) <= width or len(line) <= 1
    # Only the spaces at line breaks are dropped.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_wrap_limits_lines_with_an_ellipsis():
    lines = wrap_text("słowo " * 40, 60, M, 10, max_lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…")


# --------------------------------------------------------------------- grid
def _overlap(a, b) -> bool:
    return (a.x < b.x + b.width and b.x < a.x + a.width
            and a.y < b.y + b.height and b.y < a.y + a.height)


def _crowded_workspace() -> Workspace:
    ws = Workspace.new("pl")
    ws.set_crm("chatbot", "none")
    j = ws.add_journey("Tłum", id="j")
    for n in range(5):
        j.add_touchpoint("consideration", "chatbot", f"Rozmowa {n} " + "długa " * n)
    j.add_touchpoint("awareness", "store", "Sklep")
    j.add_touchpoint("loyalty", "youtube", "Wideo")
    j.add_touchpoint("decision", "website", "Zakup")
    j.move_touchpoint("t3", index=0)
    return ws


def test_grid_columns_follow_stage_order_and_rows_group_channels():
    ws = _crowded_workspace()
    ws.move_stage("loyalty", 0)
    grid = compute_grid(ws, ws.journeys[0], M)
    assert [c.stage_id for c in grid.columns] == [s.id for s in ws.stages]
    # Only used channels, online first, then offline, then hybrid.
    assert [r.channel_id for r in grid.rows] == ["website", "chatbot", "store", "youtube"]
    assert [r.group_start for r in grid.rows] == [True, False, True, True]
    xs = [c.x for c in grid.columns]
    assert xs == sorted(xs) and xs[0] == grid.header_width
    for a, b in itertools.pairwise(grid.columns):
        assert a.x + a.width == pytest.approx(b.x)


def test_cards_sit_in_their_cell_stacked_by_order_without_overlap():
    ws = _crowded_workspace()
    journey = ws.journeys[0]
    grid = compute_grid(ws, journey, M)
    columns = {c.stage_id: c for c in grid.columns}
    rows = {r.channel_id: r for r in grid.rows}
    for tp in journey.touchpoints():
        card, col, row = grid.cards[tp.id], columns[tp.stage], rows[tp.channel]
        assert col.x <= card.x and card.x + card.width <= col.x + col.width
        assert row.y <= card.y and card.y + card.height <= row.y + row.height
    for a, b in itertools.combinations(grid.cards.values(), 2):
        assert not _overlap(a, b)
    stacked = journey.cell("consideration", "chatbot")
    tops = [grid.cards[tp.id].y for tp in stacked]
    assert tops == sorted(tops) and stacked[0].id == "t3"
    assert all(grid.cards[tp.id].crm_gap for tp in stacked)
    assert grid.cards["t3"].meta.startswith("⚠ brak CRM")


def test_columns_and_rows_grow_to_fit_their_cards():
    ws = _crowded_workspace()
    style = GridStyle()
    grid = compute_grid(ws, ws.journeys[0], M, style)
    chatbot = next(r for r in grid.rows if r.channel_id == "chatbot")
    others = [r for r in grid.rows if r.channel_id != "chatbot"]
    assert chatbot.height > max(r.height for r in others)
    for card in grid.cards.values():
        assert card.width <= style.card_max_width + 2 * style.cell_pad
        for line in card.lines:
            assert M.width(line, style.card_font) <= card.width


# -------------------------------------------------------------------- graph
def test_arranged_graph_pins_every_node_and_runs_neato_n2():
    ws = sample_workspace()
    built = build_graph(ws, ws.journeys[0], M, layout="arranged")
    assert isinstance(built.graph, graphviz.Digraph)
    assert (built.program, built.neato_no_op) == ("neato", 2)
    nodes = [line for line in built.graph.body if line.startswith("\t") and "->" not in line
             and "[" in line and not line.lstrip().startswith(("graph", "node", "edge"))]
    # cards, stage headers, channel headers, title+legend, emotion lane header
    assert len(nodes) == 12 + 6 + 8 + 2 + 1
    assert all('pos="' in line and '!"' in line and "width=" in line and "height=" in line
               for line in nodes)
    defaults = next(line for line in built.graph.body if line.lstrip().startswith("node ["))
    assert "fixedsize=true" in defaults
    assert built.graph.source.count("->") == 12
    assert 'fontname=Arial' in built.graph.source


def test_crm_gap_cards_and_rows_are_red_and_dashed():
    ws = sample_workspace()
    built = build_graph(ws, ws.journeys[0], M)
    lines = {line.split(" ", 1)[0].strip(): line for line in built.graph.body
             if "->" not in line}
    for name in ("tp_t5", "tp_t6", "channel_chatbot", "channel_instagram"):
        assert "dashed" in lines[name] and 'color="#d32f2f"' in lines[name], name
        assert "⚠" in lines[name]
    for name in ("tp_t1", "channel_email"):
        assert "dashed" not in lines[name] and "⚠" not in lines[name], name
    # The legend explains the mark.
    assert "never reaches the CRM" in lines["legend"]


def test_no_gap_no_gap_legend():
    ws = sample_workspace()
    for channel in ws.used_channels():
        if channel.crm == "none":
            ws.set_crm(channel.id, "integrated")
    built = build_graph(ws, ws.journeys[0], M)
    assert "never reaches the CRM" not in built.graph.source
    assert "⚠" not in built.graph.source


def test_flow_graph_has_ordered_stage_clusters_and_newrank():
    ws = sample_workspace("pl")
    ws.move_stage("loyalty", 1)
    built = build_graph(ws, ws.journeys[0], M, layout="flow")
    source = built.graph.source
    assert built.program == "dot" and built.neato_no_op is None
    assert "rankdir=LR" in source and "newrank=true" in source and "pos=" not in source
    clusters = [line for line in source.splitlines() if "subgraph cluster_" in line]
    assert len(clusters) == len(ws.stages)
    # Clusters appear in stage order, each labelled with its stage.
    positions = [source.index(f">{s.name}<") for s in ws.stages]
    assert positions == sorted(positions)
    # Linear size: two invisible ordering edges per touchpoint at most.
    assert source.count("style=invis") <= 2 * 12 + len(ws.stages) * 2


def test_unknown_layout_is_refused():
    ws = sample_workspace()
    with pytest.raises(ValueError, match="unknown layout"):
        build_graph(ws, ws.journeys[0], M, layout="circle")  # type: ignore[arg-type]


_LABELS = st.text(alphabet=st.sampled_from("aąbcćŁłWwi .,\n🙂"), max_size=120)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 18), _LABELS), max_size=40))
def test_any_journey_lays_out_without_overlaps(cards):
    ws = Workspace.new("pl")
    stages = [s.id for s in ws.stages]
    channels = [c.id for c in ws.channels]
    j = ws.add_journey("J", id="j")
    for stage, channel, label in cards:
        j.add_touchpoint(stages[stage], channels[channel], label)
    grid = compute_grid(ws, j, M)
    assert set(grid.cards) == {tp.id for tp in j.touchpoints()}
    boxes = list(grid.cards.values())
    for a, b in itertools.combinations(boxes, 2):
        assert not _overlap(a, b)
    for box in boxes:
        assert box.x >= grid.header_width and box.y >= grid.header_height
        assert box.x + box.width <= grid.width and box.y + box.height <= grid.height
    # Rows: exactly the used channels, grouped.
    groups = [r.group for r in grid.rows]
    assert groups == sorted(groups, key=("online", "offline", "hybrid").index)
    assert {r.channel_id for r in grid.rows} == {tp.channel for tp in j.touchpoints()}
