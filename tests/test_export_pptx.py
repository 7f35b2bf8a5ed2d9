"""PPTX export: native shapes, literal text, glued connectors, CRM gaps, one slide per journey."""

from __future__ import annotations

import hashlib

from pptx import Presentation
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from omnimap.cli.main import main
from omnimap.export.grid import used_channels
from omnimap.export.pptx import SLIDE_HEIGHT_PT, SLIDE_WIDTH_PT, write_pptx
from omnimap.io import save_workspace
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace
from omnimap.raster import export_to_file

POLISH = "Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ"
HOSTILE = '<b>"A&B"</b> \\N ${x} </a:t>'


def _all_shapes(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _all_shapes(shape.shapes)


def _named(slide, prefix):
    return {s.name[len(prefix):]: s for s in _all_shapes(slide.shapes)
            if s.name.startswith(prefix)}


def _deck(tmp_path, ws, journeys=None, **options):
    path = write_pptx(ws, ws.journeys if journeys is None else journeys,
                      tmp_path / "deck.pptx", **options)
    return Presentation(str(path))


def test_one_shape_per_stage_channel_card_and_arrow(tmp_path):
    ws = sample_workspace("pl")
    journey = ws.journeys[0]
    slide = _deck(tmp_path, ws).slides[0]
    assert set(_named(slide, "stage ")) == {s.id for s in ws.stages}
    assert set(_named(slide, "channel ")) == {c.id for c in used_channels(ws, journey)}
    assert set(_named(slide, "card ")) == {tp.id for tp in journey.touchpoints()}
    arrows = {k for k in _named(slide, "transition ") if not k.startswith("label")}
    assert arrows == {f"{tr.source} {tr.target}" for tr in journey.transitions()}
    # Each card is a group of its box and its channel stripe.
    groups = _named(slide, "touchpoint ")
    assert len(groups) == len(journey) and all(len(g.shapes) == 2 for g in groups.values())
    title = _named(slide, "title")[""]
    assert title.text_frame.text.splitlines()[:2] == ["Anna", "Persona: Anna"]


def test_connectors_are_glued_to_the_cards(tmp_path):
    ws = sample_workspace()
    slide = _deck(tmp_path, ws).slides[0]
    card_ids = {tp_id: shape.shape_id for tp_id, shape in _named(slide, "card ").items()}
    for key, connector in _named(slide, "transition ").items():
        source, target = key.split()
        props = connector._element.find(qn("p:nvCxnSpPr")).find(qn("p:cNvCxnSpPr"))
        begin, end = props.find(qn("a:stCxn")), props.find(qn("a:endCxn"))
        assert int(begin.get("id")) == card_ids[source]
        assert int(end.get("id")) == card_ids[target]
        assert connector._element.find(f".//{qn('a:tailEnd')}").get("type") == "triangle"


def test_polish_and_hostile_labels_are_literal_text(tmp_path):
    ws = Workspace.new("pl")
    journey = ws.add_journey(f"Ścieżka {POLISH}", id="j")
    journey.set_persona(name="Łucja")
    a = journey.add_touchpoint("awareness", "email", POLISH)
    b = journey.add_touchpoint("decision", "website", HOSTILE)
    journey.connect(a.id, b.id)
    slide = _deck(tmp_path, ws).slides[0]
    cards = _named(slide, "card ")
    assert POLISH in cards[a.id].text_frame.text
    assert HOSTILE in cards[b.id].text_frame.text
    assert all(run.font.name == "Arial" for shape in cards.values()
               for p in shape.text_frame.paragraphs for run in p.runs)
    texts = "\n".join(s.text_frame.text for s in _all_shapes(slide.shapes) if s.has_text_frame)
    assert f"Ścieżka {POLISH}" in texts and "Persona: Łucja" in texts


def test_crm_gap_cards_and_rows_have_a_red_dashed_line(tmp_path):
    ws = sample_workspace()
    journey = ws.journeys[0]
    gaps = {c.id for c in ws.channels if c.crm == "none"}
    slide = _deck(tmp_path, ws).slides[0]
    cards = _named(slide, "card ")
    gap_cards = [tp.id for tp in journey.touchpoints() if tp.channel in gaps]
    assert gap_cards
    for tp in journey.touchpoints():
        line = cards[tp.id].line
        if tp.channel in gaps:
            assert line.dash_style == MSO_LINE_DASH_STYLE.DASH
            assert str(line.color.rgb) == "D32F2F"
            assert "⚠" in cards[tp.id].text_frame.text
        else:
            assert line.dash_style is None
    rows = _named(slide, "channel ")
    for channel_id in gaps & set(rows):
        assert rows[channel_id].line.dash_style == MSO_LINE_DASH_STYLE.DASH
        assert "⚠" in rows[channel_id].text_frame.text


def test_the_map_fits_a_widescreen_slide(tmp_path, make_big_workspace):
    from omnimap.io import loads_workspace

    ws = loads_workspace(make_big_workspace(120, 150))
    deck = _deck(tmp_path, ws)
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)
    assert round(SLIDE_WIDTH_PT / SLIDE_HEIGHT_PT * 9) == 16
    for shape in _all_shapes(deck.slides[0].shapes):
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            continue
        assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width + 2, shape.name
        assert shape.top >= 0 and shape.top + shape.height <= deck.slide_height + 2, shape.name


def test_every_shape_id_on_a_big_slide_is_unique(tmp_path, make_big_workspace):
    """Shape ids are counted, not searched for (python-pptx's search was quadratic:
    20 s for 400 cards); cards are groups whose shapes continue the slide's count."""
    from omnimap.io import loads_workspace

    ws = loads_workspace(make_big_workspace(300, 300))
    slide = _deck(tmp_path, ws, details=True).slides[0]  # with the emotion curve and band
    ids = [int(v) for v in slide.shapes._spTree.xpath("//p:cNvPr/@id")]
    assert len(ids) > 3 * 300 and len(ids) == len(set(ids))
    groups = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert len(groups) == 300 and all(len(g.shapes) == 2 for g in groups)
    assert all(g.name.startswith("touchpoint ") for g in groups)
    # A group spans its card (python-pptx sizes it as shapes are added).
    card = groups[0].shapes[0]
    assert (groups[0].left, groups[0].width) == (card.left, card.width)


def test_emotion_curve_and_details_on_the_slide(tmp_path):
    ws = sample_workspace()
    journey = ws.journeys[0]
    slide = _deck(tmp_path, ws, details=True).slides[0]
    assert "emotion curve" in {s.name for s in slide.shapes}
    assert set(_named(slide, "emotion ")) >= {tp.id for tp in journey.touchpoints()}
    details = _named(slide, "details ")
    assert "Connect the chat to the CRM" in details["consideration"].text_frame.text
    plain = _deck(tmp_path, ws, emotion=False).slides[0]
    assert not _named(plain, "emotion ") and not _named(plain, "details ")


def test_same_input_same_bytes(tmp_path):
    a = write_pptx(sample_workspace("pl"), sample_workspace("pl").journeys, tmp_path / "a.pptx")
    b = write_pptx(sample_workspace("pl"), sample_workspace("pl").journeys, tmp_path / "b.pptx")
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    props = Presentation(str(a)).core_properties
    assert props.created.year == 2000 and props.modified.year == 2000


def test_all_journeys_make_one_deck_with_a_slide_each(tmp_path):
    ws = sample_workspace("pl")
    ws.add_journey("Żaneta", id="z").add_touchpoint("decision", "store", "Kupuje w sklepie")
    report: list[str] = []
    paths = export_to_file(ws, None, tmp_path / "deck.pptx", report=report)
    assert [p.name for p in paths] == ["deck.pptx"] and "2 slides (" in report[0]
    deck = Presentation(str(paths[0]))
    assert len(deck.slides) == 2
    assert "Kupuje w sklepie" in _named(deck.slides[1], "card ")["t1"].text_frame.text
    assert not list(tmp_path.glob(".*.part"))


def test_cli_writes_pptx(tmp_path, capsys):
    source = tmp_path / "shop.omnimap"
    save_workspace(sample_workspace("pl"), source)
    out = tmp_path / "map.pptx"
    assert main(["export", str(source), "-o", str(out), "--details", "-v"]) == 0
    assert "1 slide (" in capsys.readouterr().err
    slide = Presentation(str(out)).slides[0]
    assert "Problemy" in _named(slide, "details ")["interest"].text_frame.text
