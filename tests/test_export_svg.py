"""SVG export end to end with the engine: literal text, Polish letters, slide-safe SVG."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pytest

from omnimap.export import (
    EngineError,
    EngineNotFound,
    TableMeasurer,
    build_graph,
    clean_svg,
    find_engine,
    render_svg,
)
from omnimap.export import engine as engine_module
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace

NS = {"svg": "http://www.w3.org/2000/svg"}
POLISH = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"

HOSTILE = [
    'She said "buy"',
    r"C:\path\to\file \\ double",
    r"\N \G \L \E \T \H \n \l \r escapes",
    "{braces} [brackets] |pipes|",
    "<b>not bold</b> &amp; & &lt;",
    "<script>alert('x')</script>",
    "<<table><tr><td>html</td></tr></table>>",
    "emoji 🙂🚀 and 漢字",
    "עברית and العربية right to left",
    "trailing backslash \\",
    POLISH,
]


def _texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]


def _card_texts(svg: bytes) -> dict[str, list[str]]:
    """Each card's text, its wrapped lines joined again (wrapping drops the space)."""
    root = ET.fromstring(svg)
    cards = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        title = group.find("svg:title", NS)
        if group.get("class") == "node" and title is not None and title.text.startswith("tp_"):
            cards[title.text[3:]] = [t.text or "" for t in group.iter(f"{{{NS['svg']}}}text")]
    return cards


def _assert_shows(lines: list[str], label: str) -> None:
    """The card's lines are pieces of the label that give it back whole.

    Wrapping breaks at spaces (dropping them) or, inside a long word, anywhere.
    """
    for line in lines:
        assert line in label, (line, label)
    assert "".join(lines).replace(" ", "") == label.replace(" ", ""), (lines, label)


def _single_card_workspace(label: str, lang: str = "en") -> Workspace:
    ws = Workspace.new(lang)
    j = ws.add_journey("Test", id="j")
    j.add_touchpoint("awareness", "email", label)
    return ws


@pytest.mark.parametrize("layout", ["arranged", "flow"])
def test_hostile_labels_stay_literal_text(engine, layout):
    ws = Workspace.new("en")
    j = ws.add_journey("Hostile", id="j")
    # Each label on its own card in a wide-enough column, so none wraps.
    for label in HOSTILE:
        j.add_touchpoint("awareness", "email", label)
    first, second = j.touchpoints()[0].id, j.touchpoints()[1].id
    j.connect(first, second, label='arrow "<i>\\N</i>" & ł')
    out = render_svg(ws, j, layout=layout, engine=engine)
    cards = _card_texts(out.svg)
    for tp in j.touchpoints():
        lines = cards[tp.id]
        if layout == "flow":  # the first line names the channel
            assert lines.pop(0) == "Email"
        _assert_shows(lines, tp.label)
    assert 'arrow "<i>\\N</i>" & ł' in _texts(out.svg)
    assert b"<script" not in out.svg


def test_newlines_in_a_label_become_lines(engine):
    ws = _single_card_workspace("first line\nsecond \\N line")
    out = render_svg(ws, ws.journeys[0], engine=engine)
    texts = _texts(out.svg)
    assert texts.index("first line") + 1 == texts.index("second \\N line")


def test_control_characters_do_not_break_the_xml(engine):
    ws = _single_card_workspace("bell\x07 and tab\tend")
    out = render_svg(ws, ws.journeys[0], engine=engine)
    assert "bell\ufffd and tab end" in _texts(out.svg)


@pytest.mark.parametrize("layout", ["arranged", "flow"])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_polish_letters_survive_in_svg_text(engine, layout, lang):
    ws = sample_workspace(lang)
    j = ws.journeys[0]
    j.add_touchpoint("loyalty", "email", POLISH)
    j.set_name("Ścieżka Łucji")
    out = render_svg(ws, j, layout=layout, engine=engine)
    texts = _texts(out.svg)
    assert POLISH in texts
    assert "Ścieżka Łucji" in texts
    if lang == "pl":
        assert "Świadomość" in texts and "Lojalność" in texts
        assert "Dostawa; e-mail i SMS z prośbą o opinię" in " ".join(texts)


@pytest.mark.parametrize("layout", ["arranged", "flow"])
def test_svg_is_slide_safe(engine, layout):
    ws = sample_workspace()
    out = render_svg(ws, ws.journeys[0], layout=layout, background="transparent", engine=engine)
    root = ET.fromstring(out.svg)  # well-formed
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert re.fullmatch(r"[\d.]+ [\d.]+ [\d.]+ [\d.]+", root.get("viewBox", ""))
    assert [c.tag.split("}")[1] for c in root[:2]] == ["title", "desc"]
    assert root[0].text == "Anna" and "Anna" in (root[1].text or "")
    assert b"transparent" not in out.svg
    fonts = {e.get("font-family") for e in root.iter() if e.get("font-family")}
    assert fonts == {"Arial"}
    assert len(_texts(out.svg)) > 20
    for elem in root.iter():
        assert not any(k.lower().startswith("on") for k in elem.attrib)
        for key, value in elem.attrib.items():
            if key.endswith("href"):
                assert value.startswith("#")
    assert not root.findall(".//svg:script", NS) and not root.findall(".//svg:image", NS)


def test_the_sample_shows_everything_the_facilitator_needs(engine):
    ws = sample_workspace()
    out = render_svg(ws, ws.journeys[0], engine=engine)
    texts = _texts(out.svg)
    for stage in ws.stages:
        assert stage.name in texts
    for channel in ws.used_channels():
        assert channel.name in texts
    assert "Persona: Anna" in texts
    assert texts.count("⚠ no CRM") >= 2  # the two silo rows
    assert any("never reaches the CRM" in t for t in texts)
    assert sum(t.startswith("⚠ no CRM ·") for t in texts) == 2  # cards t5, t6
    root = ET.fromstring(out.svg)
    edges = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "edge"]
    assert len(edges) == 12
    dashed_red = [p for p in root.iter() if p.get("stroke") == "#d32f2f"
                  and p.get("stroke-dasharray")]
    assert len(dashed_red) >= 4  # two cards, two row headers (plus the legend sample)


def test_same_input_same_bytes(engine):
    a = render_svg(sample_workspace("pl"), sample_workspace("pl").journeys[0], engine=engine)
    b = render_svg(sample_workspace("pl"), sample_workspace("pl").journeys[0], engine=engine)
    assert a.svg == b.svg


def test_clean_svg_strips_active_and_external_content():
    raw = b"""<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="20pt" height="10pt" onload="evil()">
<!-- comment -->
<title>old</title>
<script type="text/javascript">evil()</script>
<a xlink:href="https://example.com/x"><text onclick="evil()">kept</text></a>
<image xlink:href="file:///etc/passwd" width="1" height="1"/>
<g style="fill: transparent"><path fill="transparent" stroke="Transparent"/></g>
<use xlink:href="#local"/>
<foreignObject><p>html</p></foreignObject>
</svg>"""
    out = clean_svg(raw, 'Journey <"x">', "Persona: Ł & ó")
    root = ET.fromstring(out)
    text = out.decode()
    for banned in ("script", "evil", "example.com", "passwd", "foreignObject", "comment",
                   "transparent", "Transparent", "DOCTYPE", "<a "):
        assert banned not in text, banned
    assert [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")] == ["kept"]
    assert root.get("viewBox") == "0 0 20 10"
    assert root[0].text == 'Journey <"x">' and root[1].text == "Persona: Ł & ó"
    assert sum(1 for e in root.iter() if e.tag.endswith("}title")) == 1


@pytest.mark.parametrize("attribute", [" onclick=", "\ronclick=", "\n\tONLOAD =",
                                       " xlink:onclick=", " onmouseover\u00e9="])
def test_every_event_attribute_goes_to_the_careful_path(attribute):
    from omnimap.export import svg as svg_module

    raw = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'viewBox="0 0 9 9"><g{attribute}"evil()"><path d="M0,0"/></g></svg>').encode()
    assert svg_module._fast_clean(raw, "T", "D") is None
    stream = svg_module.SvgStream("T", "D")
    stream.feed(raw)
    out = stream.result(raw)
    assert not stream.streamed and b"evil" not in out


def test_clean_svg_refuses_what_is_not_svg():
    from omnimap.export import SvgError

    with pytest.raises(SvgError):
        clean_svg(b"not xml", "t", "d")
    with pytest.raises(SvgError):
        clean_svg(b"<html/>", "t", "d")


# ------------------------------------------------------------------ engine
def test_auto_prefers_system_dot(monkeypatch, tmp_path):
    monkeypatch.setattr(engine_module.shutil, "which",
                        lambda name: "/usr/bin/dot" if name == "dot" else None)
    assert find_engine("auto").name == "dot"
    assert find_engine("dot").path == "/usr/bin/dot"


def test_auto_falls_back_to_graphviz_pure(monkeypatch):
    monkeypatch.setattr(engine_module.shutil, "which", lambda name: None)
    assert find_engine("auto").name == "graphviz-pure"
    with pytest.raises(EngineNotFound, match="'dot' is not installed"):
        find_engine("dot")


def test_missing_engines_are_one_line_errors(monkeypatch):
    monkeypatch.setattr(engine_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(engine_module, "_graphviz_pure_path", lambda: None)
    for choice in ("auto", "dot", "graphviz-pure"):
        with pytest.raises(EngineNotFound) as info:
            find_engine(choice)
        assert "\n" not in str(info.value)


def test_engine_failure_is_reported(engine):
    with pytest.raises(EngineError, match=f"{engine.name} failed"):
        engine.run("digraph { a -> }", "dot")
    gone = engine_module.Engine("dot", "/nonexistent/dot")
    with pytest.raises(EngineNotFound):
        gone.run("digraph {}", "dot")


def test_arranged_svg_keeps_the_grid_positions(engine):
    """The engine draws every card where the grid put it (up to one translation)."""
    from omnimap.export import compute_grid

    ws = sample_workspace("pl")
    journey = ws.journeys[0]
    grid = compute_grid(ws, journey, TableMeasurer())
    root = ET.fromstring(render_svg(ws, journey, engine=engine).svg)
    drawn = {}
    for group in root.iter(f"{{{NS['svg']}}}g"):
        title = group.find("svg:title", NS)
        if group.get("class") == "node" and title.text.startswith("tp_"):
            outline = group.find("svg:path", NS)
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", outline.get("d"))]
            xs, ys = numbers[0::2], numbers[1::2]
            drawn[title.text[3:]] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2,
                                     max(xs) - min(xs), max(ys) - min(ys))
    assert set(drawn) == set(grid.cards)
    ref = grid.cards["t1"]
    rx, ry = drawn["t1"][:2]
    for tp_id, (x, y, width, height) in drawn.items():
        card = grid.cards[tp_id]
        # SVG y grows downwards like the grid's.
        assert x - rx == pytest.approx(card.center[0] - ref.center[0], abs=0.6)
        assert y - ry == pytest.approx(card.center[1] - ref.center[1], abs=0.6)
        assert (width, height) == pytest.approx((card.width, card.height), abs=0.6)


GRAPHVIZ_2_43_SVG = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
 "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generated by graphviz version 2.43.0 (0)
 -->
<!-- Title: omnimap Pages: 1 -->
<svg width="62pt" height="44pt"
 viewBox="0.00 0.00 62.00 44.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 40)">
<title>omnimap</title>
<polygon fill="transparent" stroke="transparent" points="-4,4 -4,-40 58,-40 58,4 -4,4"/>
<!-- tp_t1 -->
<g id="node1" class="node">
<title>tp_t1</title>
<polygon fill="white" stroke="#1e88e5" points="54,-36 0,-36 0,0 54,0 54,-36"/>
<text text-anchor="start" x="8" y="-14.3" font-family="Arial" font-size="10.00"
>Łódź &amp; &lt;b&gt;</text>
</g>
</g>
</svg>
""".encode()


@pytest.mark.parametrize("source", ["graphviz-pure", "graphviz-2.43"])
def test_fast_and_careful_clean_up_agree(engine, monkeypatch, source):
    from omnimap.export import svg as svg_module

    if source == "graphviz-pure":
        ws = sample_workspace("pl")
        built = build_graph(ws, ws.journeys[0], TableMeasurer())
        raw = engine.run(built.graph.source, built.program, neato_no_op=built.neato_no_op).output
    else:
        raw = GRAPHVIZ_2_43_SVG
    assert svg_module._fast_clean(raw, "T", "D") is not None  # the fast path applies
    fast = clean_svg(raw, "Tytuł", "Opis")
    monkeypatch.setattr(svg_module, "_fast_clean", lambda *args: None)
    careful = clean_svg(raw, "Tytuł", "Opis")

    def shape(data: bytes) -> list[tuple[str, dict[str, str], str]]:
        return [(e.tag, dict(e.attrib), (e.text or "").strip())
                for e in ET.fromstring(data).iter()]

    assert shape(fast) == shape(careful)
    assert b"transparent" not in fast and b"<!--" not in fast and b"DOCTYPE" not in fast


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX shell script")
@pytest.mark.parametrize("how", ["fails", "missing"])
def test_auto_falls_back_to_graphviz_pure_when_system_dot_fails(monkeypatch, tmp_path, how):
    """Graphviz 2.43 refuses some big maps; "auto" must still draw them."""
    from omnimap.export import api, engine
    from omnimap.model.sample import sample_workspace

    real_find = engine.find_engine
    # An engine that reads the whole graph, then fails as dot 2.43 does.
    script = tmp_path / "failing-dot"
    script.write_text("#!/bin/sh\ncat > /dev/null\necho 'Error: attribute too long' >&2\n"
                      "exit 1\n")
    script.chmod(0o755)
    broken = engine.Engine("dot", str(script) if how == "fails" else "/nonexistent/dot")

    def fake_find(name="auto"):
        return broken if name in ("auto", "dot") else real_find(name)

    monkeypatch.setattr(api, "find_engine", fake_find)
    ws = sample_workspace("pl")
    out = api.render_svg(ws, ws.journeys[0], engine="auto")
    assert out.engine == "graphviz-pure"
    assert "Świadomość".encode() in out.svg
    assert any("system dot failed" in w for w in out.warnings)
    assert out.svg == api.render_svg(ws, ws.journeys[0], engine="graphviz-pure").svg
    with pytest.raises(engine.EngineError,
                       match="attribute too long" if how == "fails" else "not found"):
        api.render_svg(ws, ws.journeys[0], engine=broken)
