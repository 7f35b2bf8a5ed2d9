"""DOT written by omnimap.export.dotsyntax, and the arranged layout's own arrow routes."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

import graphviz
import pytest

from omnimap.export import TableMeasurer, build_graph, compute_grid
from omnimap.export.dotsyntax import CHUNK, Html, attr_stmt, edge_stmt, node_stmt, quote
from omnimap.export.routes import route_arrows
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace

SVG = "{http://www.w3.org/2000/svg}"

# Everything dotsyntax may be asked to quote: no backslash, no NUL.
VALUES = [
    "", "tp_t1", "t-1.x", "1.5", "-.5", "-4", "1.", "1e5", "#263238", "rounded,filled",
    "211.81,465.8!", "node", "Graph", "strict", 'She said "buy"', '""', 'a"b"', "{braces}",
    "[x]", "a;b", "a=b", "a b", "line\nbreak", "żółć ĄĆĘŁŃÓŚŹŻ", "<b>not html</b>",
    "<<table>>", "-", "->", "--", "漢字 🙂", "'single'",
]


@pytest.mark.parametrize("value", VALUES)
def test_quote_agrees_with_the_graphviz_package(value):
    assert quote(value) == graphviz.quoting.quote(graphviz.nohtml(value))


def test_statements_agree_with_the_graphviz_package():
    ours = graphviz.Digraph("g")
    theirs = graphviz.Digraph("g")
    for index, value in enumerate(VALUES):
        attrs = {"tooltip": value, "color": "#263238", "width": "1.25"}
        ours.body.append(node_stmt(f"n{index}.x", attrs, Html("<b>A &amp; B</b>")))
        # Only an Html value is HTML to dotsyntax; the package guesses from "<...>".
        theirs.node(f"n{index}.x", "<<b>A &amp; B</b>>",
                    **{k: graphviz.nohtml(v) for k, v in attrs.items()})
        ours.body.append(edge_stmt(f"n{index}.x", "node", {"label": value}))
        theirs.edge(f"n{index}.x", "node", label=graphviz.nohtml(value))
    ours.body.append(edge_stmt("a", "b"))
    theirs.edge("a", "b")
    ours.body.append(attr_stmt([("splines", "ortho")]))
    theirs.attr(splines="ortho")
    assert ours.source == theirs.source


@pytest.mark.parametrize("value", ["C:\\temp", "trailing \\", "\\N", "nul\x00"])
def test_backslashes_and_nul_are_refused(value):
    with pytest.raises(ValueError, match="no backslash or NUL"):
        quote(value)


def test_long_values_are_split_without_cutting_an_escape():
    value = ('x"' * (2 * CHUNK))[: 3 * CHUNK]
    written = quote(value)
    pieces = written.split('" + "')
    assert len(pieces) == 3
    assert all(len(piece.encode()) < 16384 for piece in pieces)
    # Read back as DOT's scanner does: quoted pieces, \" is a quote, + joins.
    contents = re.findall(r'"((?:[^"\\]|\\.)*)"(?: \+ |$)', written)
    assert len(contents) == 3
    joined = "".join(contents).replace('\\"', '"')
    assert joined == value


def test_every_engine_joins_split_strings(engine):
    """Graphviz 2.43 refuses one quoted string over 16 kB; pieces joined by + it reads."""
    ops = " ".join(f"c 7 -#00000{i % 10} L 2 {i} 0 {i} 10" for i in range(3000))
    assert len(ops) > 4 * 16384
    graph = graphviz.Digraph("g")
    graph.body.append(attr_stmt([("_background", ops)]))
    graph.body.append(node_stmt("a", {"pos": "10,10!", "label": "a" + '"' * 5000}))
    result = engine.run(graph.source, "neato", "svg", neato_no_op=2)
    root = ET.fromstring(result.output)
    assert len(list(root.iter(f"{SVG}polyline"))) == 3000
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "a" + '"' * 5000 in texts


def test_hostile_ids_stay_distinct_nodes(engine):
    from omnimap.export import render_svg

    ws = Workspace.new("en")
    j = ws.add_journey("Ids", id="j")
    ids = ["a.b", "a-b", "a_b", "1.5", "node", "9", "x.-.y"]
    for tp_id in ids:
        j.add_touchpoint("awareness", "email", tp_id, id=tp_id)
    for a, b in itertools.pairwise(ids):
        j.connect(a, b)
    for layout in ("arranged", "flow"):
        out = render_svg(ws, j, layout=layout, engine=engine)
        root = ET.fromstring(out.svg)
        titles = [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g")
                  if g.get("class") in ("node", "edge")]
        assert {f"tp_{i}" for i in ids} <= set(titles)
        assert sum(1 for t in titles if "->" in t) == len(ids) - 1


# ------------------------------------------------------------------ routes
def _sample_routes(lang: str = "en"):
    ws = sample_workspace(lang)  # type: ignore[arg-type]
    journey = ws.journeys[0]
    grid = compute_grid(ws, journey, TableMeasurer())
    arrows = [(tr.source, tr.target) for tr in journey.transitions()]
    return grid, arrows, route_arrows(grid, arrows)


def test_routes_are_right_angled_and_end_on_their_cards():
    grid, arrows, routes = _sample_routes()
    for (source_id, target_id), route in zip(arrows, routes, strict=True):
        assert route is not None
        points = route.points
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            assert x1 == x2 or y1 == y2, points
        for card, (x, y) in ((grid.cards[source_id], points[0]),
                             (grid.cards[target_id], points[-1])):
            on_side = x in (card.x, card.x + card.width) and card.y <= y <= card.y + card.height
            on_edge = y in (card.y, card.y + card.height) and card.x <= x <= card.x + card.width
            assert on_side or on_edge, (card, points)


def test_routes_cross_no_card_and_leave_room_for_the_arrowhead():
    grid, arrows, routes = _sample_routes("pl")
    for (source_id, target_id), route in zip(arrows, routes, strict=True):
        assert route is not None
        points = route.points
        (x1, y1), (x2, y2) = points[-2], points[-1]
        assert abs(x2 - x1) + abs(y2 - y1) >= 7.5  # the 7-point arrowhead fits
        for a, b in itertools.pairwise(points):
            for card_id, card in grid.cards.items():
                if card_id in (source_id, target_id):
                    continue
                # A segment is a thin box; it must not enter any other card.
                x_lo, x_hi = sorted((a[0], b[0]))
                y_lo, y_hi = sorted((a[1], b[1]))
                inside = (x_lo < card.x + card.width and x_hi > card.x
                          and y_lo < card.y + card.height and y_hi > card.y)
                assert not inside, (source_id, target_id, card_id, points)


def test_arrows_that_cannot_be_routed_are_left_to_the_engine():
    grid, _, _ = _sample_routes()
    assert route_arrows(grid, [("t1", "t1"), ("t1", "missing")]) == [None, None]


def test_every_arranged_arrow_has_a_route_in_the_dot():
    ws = sample_workspace()
    source = build_graph(ws, ws.journeys[0], TableMeasurer()).graph.source
    edges = [line for line in source.splitlines() if " -> " in line]
    assert edges and all(re.search(r'pos="e,[-\d.]+,[-\d.]+ ', line) for line in edges)


def test_engines_draw_the_given_routes(engine):
    """neato -n2 keeps each edge's pos: the drawn path runs through the route's corners."""
    ws = sample_workspace()
    built = build_graph(ws, ws.journeys[0], TableMeasurer())
    result = engine.run(built.graph.source, built.program, "svg", neato_no_op=2)
    root = ET.fromstring(result.output)
    paths = [g.find(f"{SVG}path").get("d") for g in root.iter(f"{SVG}g")
             if g.get("class") == "edge"]
    assert len(paths) == len(ws.journeys[0].transitions())
    for d in paths:
        numbers = [float(n) for n in re.findall(r"-?[\d.]+", d)]
        xs, ys = numbers[0::2], numbers[1::2]
        # Straight pieces only: consecutive points share an x or a y.
        assert all(abs(x1 - x2) < 0.01 or abs(y1 - y2) < 0.01
                   for x1, y1, x2, y2 in zip(xs, ys, xs[1:], ys[1:], strict=False))
