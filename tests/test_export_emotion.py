"""The emotion curve and the pain-point band in the arranged export (both engines)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from omnimap.export import TableMeasurer, compute_grid, render_svg
from omnimap.export.emotion import emotion_lane, stage_details
from omnimap.export.palette import EMOTION_FILLS, EMOTION_LINE
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace
from omnimap.raster import export_to_file
from omnimap.raster.export import ExportError

SVG = "{http://www.w3.org/2000/svg}"


def _curve(svg: bytes) -> list[tuple[float, float]]:
    root = ET.fromstring(svg)
    curves = [p for p in root.iter(f"{SVG}polyline") if p.get("stroke") == EMOTION_LINE]
    assert len(curves) <= 1
    if not curves:
        return []
    numbers = curves[0].get("points").replace(",", " ").split()
    return [(float(x), float(y)) for x, y in zip(numbers[::2], numbers[1::2], strict=True)]


def _dots(svg: bytes) -> list[tuple[float, float, str]]:
    root = ET.fromstring(svg)
    return [(float(e.get("cx")), float(e.get("cy")), e.get("fill").lower())
            for e in root.iter(f"{SVG}ellipse") if e.get("fill", "").lower() in EMOTION_FILLS]


def _texts(svg: bytes) -> str:
    """All text of the drawing, wrapped lines joined by single spaces."""
    lines = ("".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG}text"))
    return " ".join(" ".join(lines).split())


def _shuffled_journey() -> Workspace:
    """Touchpoints added out of time order, two in one stage, one in another."""
    ws = Workspace.new("en")
    j = ws.add_journey("J", id="j")
    j.add_touchpoint("interest", "email", "later", day=3, emotion=-2)
    j.add_touchpoint("awareness", "tiktok", "first", day=1, emotion=1)
    j.add_touchpoint("interest", "website", "earlier", day=2, time="09:00", emotion=2)
    return ws


def test_points_follow_stage_then_time_order():
    ws = _shuffled_journey()
    journey = ws.journeys[0]
    grid = compute_grid(ws, journey, TableMeasurer())
    lane = emotion_lane(ws, journey, grid, grid.height + 8)
    labels = [journey.touchpoint(p.touchpoint_id).label for p in lane.points]
    assert labels == ["first", "earlier", "later"]
    xs = [p.x for p in lane.points]
    assert xs == sorted(xs) and len(set(xs)) == 3
    interest = next(c for c in grid.columns if c.stage_id == "interest")
    assert all(interest.x < x < interest.x + interest.width for x in xs[1:])
    # +2 highest, -2 lowest (y grows downwards), and inside the lane.
    ys = {p.emotion: p.y for p in lane.points}
    assert ys[2] < ys[1] < ys[-2]
    assert all(lane.top < y < lane.top + lane.height for y in ys.values())


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_svg_has_the_curve_through_every_card(engine, lang):
    ws = sample_workspace(lang)
    journey = ws.journeys[0]
    svg = render_svg(ws, journey, engine=engine).svg
    curve = _curve(svg)
    assert len(curve) == len(journey)
    xs = [x for x, _ in curve]
    assert xs == sorted(xs)
    dots = _dots(svg)
    assert len(dots) == len(journey)
    # Each dot sits on the curve, coloured by its touchpoint's emotion.
    grid = compute_grid(ws, journey, TableMeasurer())
    lane = emotion_lane(ws, journey, grid, 0)
    for (x, y), (dx, dy, fill), point in zip(curve, dots, lane.points, strict=True):
        assert (dx, dy) == pytest.approx((x, y), abs=0.02)
        assert fill == EMOTION_FILLS[point.emotion + 2]
    # Higher emotion, higher on the page (SVG y grows downwards).
    by_emotion = {p.emotion: y for (_, y), p in zip(curve, lane.points, strict=True)}
    levels = sorted(by_emotion)
    assert [by_emotion[e] for e in levels] == sorted(by_emotion.values(), reverse=True)
    assert ("Emotion" if lang == "en" else "Emocje") in _texts(svg)


def test_curve_can_be_left_out_and_flow_has_none(engine):
    ws = sample_workspace()
    assert _curve(render_svg(ws, ws.journeys[0], engine=engine, emotion=False).svg) == []
    assert _curve(render_svg(ws, ws.journeys[0], engine=engine, layout="flow").svg) == []


def test_details_band_lists_pain_points_and_opportunities(engine):
    ws = sample_workspace()
    journey = ws.journeys[0]
    journey.update_touchpoint("t1", pain_points=['Ad hides the price <b>&amp;</b> \\N'],
                              opportunities=["Żółte ceny"])
    details = stage_details(ws, journey)
    assert details["awareness"] == (['Ad hides the price <b>&amp;</b> \\N'], ["Żółte ceny"])
    plain = _texts(render_svg(ws, journey, engine=engine).svg)
    assert "Pain points" not in plain and "Żółte ceny" not in plain
    text = _texts(render_svg(ws, journey, engine=engine, details=True).svg)
    assert "Pain points and opportunities" in text
    assert "• Ad hides the price <b>&amp;</b> \\N" in text and "• Żółte ceny" in text
    assert "• Connect the chat to the CRM" in text


def test_details_need_the_arranged_layout(tmp_path):
    ws = sample_workspace()
    with pytest.raises(ExportError, match="arranged"):
        export_to_file(ws, "anna", tmp_path / "m.svg", layout="flow", details=True,
                       engine="graphviz-pure")
    assert not (tmp_path / "m.svg").exists()


def test_cli_options(tmp_path):
    from omnimap.cli.main import main
    from omnimap.io import save_workspace

    source = tmp_path / "shop.omnimap"
    save_workspace(sample_workspace(), source)
    plain, rich = tmp_path / "plain.svg", tmp_path / "rich.svg"
    assert main(["export", str(source), "-o", str(plain), "--no-emotion",
                 "--engine", "graphviz-pure"]) == 0
    assert main(["export", str(source), "-o", str(rich), "--details",
                 "--engine", "graphviz-pure"]) == 0
    assert _curve(plain.read_bytes()) == [] and len(_curve(rich.read_bytes())) == 12
    assert "Pain points and opportunities" in _texts(rich.read_bytes())
