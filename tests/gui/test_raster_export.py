"""PNG and PDF export through Qt (QtSvg), the Qt text measurer, and export_to_file."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from omnimap.cli.main import main
from omnimap.export import TableMeasurer, _arial_widths, render_svg
from omnimap.io import save_workspace
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace
from omnimap.raster import export_to_file
from omnimap.raster.measure import QtTextMeasurer, width_table_source
from omnimap.raster.render import ensure_app, png_size

pytestmark = pytest.mark.qt

SVG_NS = "{http://www.w3.org/2000/svg}"
POLISH = "ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"


def _png_chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = {}, 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        chunks.setdefault(kind, data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return chunks


def _svg_size(path: Path) -> tuple[float, float]:
    numbers = ET.fromstring(path.read_bytes()).get("viewBox").split()
    return float(numbers[2]), float(numbers[3])


# --------------------------------------------------------------------- PNG
@pytest.mark.parametrize("scale", [1, 2, 4])
def test_png_size_and_dpi_follow_the_scale(tmp_path, engine, scale):
    ws = sample_workspace()
    svg = export_to_file(ws, "anna", tmp_path / "m.svg", engine=engine)[0]
    png = export_to_file(ws, "anna", tmp_path / "m.png", scale=scale, engine=engine,
                         measurer=TableMeasurer())[0]
    image = QImage(str(png))
    width_pt, height_pt = _svg_size(svg)
    assert (image.width(), image.height()) == png_size(width_pt, height_pt, scale)
    assert image.width() == pytest.approx(width_pt * 96 / 72 * scale, abs=1)
    phys = _png_chunks(png.read_bytes())[b"pHYs"]
    x, y, unit = struct.unpack(">IIB", phys)
    assert unit == 1 and x == y == round(96 * scale / 0.0254)


def test_png_background_white_or_transparent(tmp_path, engine):
    ws = sample_workspace()
    white = QImage(str(export_to_file(ws, "anna", tmp_path / "w.png", engine=engine)[0]))
    clear = QImage(str(export_to_file(ws, "anna", tmp_path / "t.png", engine=engine,
                                      background="transparent")[0]))
    assert QColor(white.pixel(1, 1)) == QColor("white") and white.pixelColor(1, 1).alpha() == 255
    assert clear.hasAlphaChannel() and clear.pixelColor(1, 1).alpha() == 0
    # The drawing itself is opaque in both: a stage header is dark slate.
    assert (tmp_path / "t.png").stat().st_size > 10_000


def _text_box(svg: bytes, text: str) -> tuple[float, float, float]:
    """x, baseline y and font size of ``text`` in the SVG, in SVG user units."""
    root = ET.fromstring(svg)
    graph = next(g for g in root.iter(f"{SVG_NS}g") if g.get("class") == "graph")
    tx, ty = map(float, re.search(r"translate\(([-\d.]+) ([-\d.]+)\)",
                                  graph.get("transform")).groups())
    elem = next(t for t in root.iter(f"{SVG_NS}text") if t.text == text)
    assert elem.get("text-anchor") == "start"
    return float(elem.get("x")) + tx, float(elem.get("y")) + ty, float(elem.get("font-size"))


def _zone_ink(image: QImage, x0: float, x1: float, y0: float, y1: float) -> int:
    return sum(1 for y in range(round(y0), round(y1)) for x in range(round(x0), round(x1))
               if image.pixelColor(x, y).lightness() < 160)


@pytest.mark.parametrize("engine_choice", ["graphviz-pure", "auto"])
def test_polish_letters_are_drawn_in_the_png(tmp_path, engine_choice):
    """Each capital's diacritic is in the PNG, where Arial puts it, and nothing else is.

    Above the cap height there must be ink over Ć Ń Ó Ś Ź Ż (accents, dot) and
    none over Ą Ę Ł; below the baseline ink over Ą Ę (ogonki) and none over
    the others. Letters drawn without diacritics, as boxes, or not at all fail.
    """
    ws = Workspace.new("pl")
    j = ws.add_journey("Polskie litery", id="j")
    j.add_touchpoint("awareness", "email", POLISH)
    scale = 4
    svg_path = export_to_file(ws, "j", tmp_path / "p.svg", engine=engine_choice,
                              measurer=TableMeasurer())[0]
    png_path = export_to_file(ws, "j", tmp_path / "p.png", scale=scale, engine=engine_choice,
                              measurer=TableMeasurer())[0]
    image = QImage(str(png_path))
    x, y, size = _text_box(svg_path.read_bytes(), POLISH)
    factor = 96 / 72 * scale
    em = size * factor
    baseline = y * factor
    measurer = TableMeasurer()
    pen = x * factor
    assert _zone_ink(image, pen, pen + measurer.width(POLISH, size) * factor,
                     baseline - 0.7 * em, baseline) > 1000, "no text where the label should be"
    for letter in POLISH.split()[0]:
        advance = measurer.width(letter, size) * factor
        above = _zone_ink(image, pen + 0.2 * advance, pen + 0.8 * advance,
                          baseline - 0.95 * em, baseline - 0.76 * em)
        # Ogonki hang at the right of the letter.
        below = _zone_ink(image, pen + 0.1 * advance, pen + 0.95 * advance,
                          baseline + 0.06 * em, baseline + 0.22 * em)
        if letter in "ĆŃÓŚŹŻ":
            assert above > 15, (letter, above)
        else:
            assert above == 0, (letter, above)
        if letter in "ĄĘ":
            assert below > 15, (letter, below)
        else:
            assert below == 0, (letter, below)
        pen += advance


# --------------------------------------------------------------------- PDF
def _pdf_streams(data: bytes) -> list[bytes]:
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return out


def test_pdf_is_one_vector_page_the_size_of_the_drawing(tmp_path, engine):
    ws = sample_workspace("pl")
    ws.journey("anna").add_touchpoint("loyalty", "email", POLISH)
    svg = export_to_file(ws, "anna", tmp_path / "m.svg", engine=engine)[0]
    pdf = export_to_file(ws, "anna", tmp_path / "m.pdf", engine=engine,
                         measurer=TableMeasurer())[0]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
    box = [float(n) for n in re.search(rb"/MediaBox \[([^\]]*)\]", data).group(1).split()]
    width, height = _svg_size(svg)
    assert box[2] - box[0] == pytest.approx(width, abs=1)
    assert box[3] - box[1] == pytest.approx(height, abs=1)
    # Vector with real text: embedded fonts with a Unicode map, no raster image.
    assert b"/FontFile2" in data and b"/ToUnicode" in data
    assert b"/Subtype /Image" not in data
    cmaps = b"".join(s for s in _pdf_streams(data) if b"beginbfchar" in s or b"beginbfrange" in s)
    for letter in POLISH.replace(" ", ""):
        assert f"{ord(letter):04X}".encode() in cmaps.upper(), letter


def test_pdf_and_png_bytes_are_reproducible(tmp_path, engine):
    ws = sample_workspace("pl")
    for fmt in ("pdf", "png"):
        a = export_to_file(ws, "anna", tmp_path / f"a.{fmt}", engine=engine)[0]
        b = export_to_file(ws, "anna", tmp_path / f"b.{fmt}", engine=engine)[0]
        assert a.read_bytes() == b.read_bytes(), fmt
    assert b"(D:20000101000000" in (tmp_path / "a.pdf").read_bytes()


# ------------------------------------------------------------- export_to_file
def test_all_journeys_one_file_each(tmp_path, engine):
    ws = sample_workspace("pl")
    ws.add_journey("Żaneta", id="z").add_touchpoint("decision", "store", "Kupuje w sklepie")
    paths = export_to_file(ws, None, tmp_path / "deck.png", engine=engine)
    assert [p.name for p in paths] == ["deck-anna.png", "deck-zaneta.png"]
    assert all(QImage(str(p)).width() > 100 for p in paths)


def test_cli_png_and_pdf(tmp_path, capsys):
    source = tmp_path / "shop.omnimap"
    save_workspace(sample_workspace("pl"), source)
    for name, extra in (("m.png", ["--scale", "2", "--background", "transparent"]),
                        ("m.pdf", ["--layout", "flow"])):
        assert main(["export", str(source), "-o", str(tmp_path / name), "-v",
                     "--engine", "graphviz-pure", *extra]) == 0
        assert "engine: graphviz-pure" in capsys.readouterr().err
    assert QImage(str(tmp_path / "m.png")).hasAlphaChannel()
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


# ----------------------------------------------------------------- measure
def test_width_table_is_the_fonts_metrics():
    """The Qt-free table was generated from the font Qt uses for Arial."""
    assert width_table_source() == Path(_arial_widths.__file__).read_text(encoding="utf-8")


def test_qt_measurer_agrees_with_the_table_for_polish_text():
    qt, table = QtTextMeasurer(), TableMeasurer()
    for text in ("Zażółć gęślą jaźń", POLISH, "Świadomość", "E-mail: zapomniana bluzka"):
        for bold in (False, True):
            assert qt.width(text, 10, bold) == pytest.approx(table.width(text, 10, bold),
                                                             rel=1e-3)
    assert qt.line_height(10) == pytest.approx(table.line_height(10), rel=1e-3)
    # Characters outside the table are measured in the fallback font.
    assert qt.width("🙂", 10) > 0


def test_qt_measured_export_fits_emoji_and_other_scripts(tmp_path, engine):
    ensure_app()
    ws = Workspace.new("en")
    j = ws.add_journey("Mixed", id="j")
    j.add_touchpoint("awareness", "email", "漢字漢字漢字 עברית 🙂🙂🙂")
    rendered = render_svg(ws, j, engine=engine, measurer=QtTextMeasurer())
    assert "漢字漢字漢字 עברית 🙂🙂🙂" in rendered.svg.decode()


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_a_refused_write_raises_the_systems_reason(tmp_path, suffix, qtlog):
    from omnimap.raster.render import svg_to_pdf, svg_to_png

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"/>'
    write = svg_to_png if suffix == "png" else svg_to_pdf
    # Qt says only "failed" (QPdfWriter not even that), so "cannot write" had no why.
    with pytest.raises(FileNotFoundError):
        write(svg, tmp_path / "no such folder" / f"x.{suffix}")
    assert not [m for m in qtlog.records if "QPainter" in m.message]
