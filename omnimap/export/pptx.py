"""Editable PowerPoint export: one 16:9 slide per journey, from native shapes.

Qt-free (python-pptx). The slide is the "arranged" layout of
:func:`omnimap.export.grid.compute_grid`, scaled down to fit the slide:

* stage headers and channel row headers are rounded rectangles;
* each card is a group of a rounded rectangle holding the text and a stripe
  in the channel's colour, so that moving the card in PowerPoint moves both;
* transitions are elbow (or, within a column, straight) connectors glued to
  the cards' connection points (``begin_connect`` / ``end_connect``):
  PowerPoint re-routes them when a card is moved. Their labels are small
  text boxes at the connector's middle, which do not follow;
* channels whose data never reaches the CRM get a red dashed outline and
  "⚠ no CRM", on their row header and on each of their cards;
* a title block (journey, persona), the optional emotion curve (a freeform
  polyline with one dot per card) and pain-point band, and a legend.

All text is Arial and is set as text runs, never interpreted. Same input,
same bytes: the document properties carry a fixed date and the zip entries a
fixed time stamp.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.shapes.groupshape import CT_GroupShape
from pptx.util import Emu, Pt

from omnimap.export.blocks import words
from omnimap.export.emotion import emotion_words, lanes_below
from omnimap.export.grid import GridGeometry, GridStyle, compute_grid, used_channels
from omnimap.export.measure import TableMeasurer, TextMeasurer, wrap_text
from omnimap.export.palette import (
    BAND_FILLS,
    EDGE,
    EMOTION_FILLS,
    EMOTION_LINE,
    GAP_RED,
    GRID_LINE,
    HEADER_FILL,
    IDEA,
    MUTED,
    PAIN,
    TEXT,
)
from omnimap.model import Journey, Workspace

__all__ = ["SLIDE_HEIGHT_PT", "SLIDE_WIDTH_PT", "build_pptx", "write_pptx"]

#: A 16:9 widescreen slide (13.333 x 7.5 inches), in points.
SLIDE_WIDTH_PT = 960.0
SLIDE_HEIGHT_PT = 540.0
MARGIN = 18.0
FONT = "Arial"
#: The fixed date written as the document's creation and modification time.
FIXED_DATE = dt.datetime(2000, 1, 1, 0, 0, 0)
_EMU_PER_PT = 12700


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#")[:6].upper())


@dataclass
class _Frame:
    """Maps layout points to slide EMU: ``scale`` then ``(dx, dy)``."""

    scale: float
    dx: float
    dy: float

    def x(self, value: float) -> Emu:
        return Emu(round((self.dx + value * self.scale) * _EMU_PER_PT))

    def y(self, value: float) -> Emu:
        return Emu(round((self.dy + value * self.scale) * _EMU_PER_PT))

    def size(self, value: float) -> Emu:
        return Emu(max(1, round(value * self.scale * _EMU_PER_PT)))

    def font(self, points: float) -> Pt:
        # Half points are the finest size PowerPoint keeps.
        return Pt(max(4.0, round(points * self.scale * 2) / 2))


class _Slide:
    """Helpers that add styled shapes to one slide."""

    def __init__(self, slide: Any, frame: _Frame) -> None:
        self.slide = slide
        self.shapes = slide.shapes
        # python-pptx finds each new shape's id by searching every id on the slide:
        # quadratic, 20 s for 400 cards. Its turbo mode counts them instead.
        self.shapes.turbo_add_enabled = True
        self.f = frame

    @contextmanager
    def group(self, name: str) -> Iterator[Any]:
        """A new group shape to fill in the block (a card: its box and its stripe).

        python-pptx's own ``add_group_shape`` searches every id on the slide for
        the first gap, and a group's shapes then search again: the group is
        made here with the slide's counted ids, and its shapes go on counting.
        """
        shapes = self.shapes
        try:
            shape_id = shapes._next_shape_id
            element = CT_GroupShape.new_grpSp(shape_id, name)
            shapes._spTree.insert_element_before(element, "p:extLst")
            group = shapes._shape_factory(element)
            group.shapes._cached_max_shape_id = shape_id
        except AttributeError:  # another python-pptx inside: its own, slower way
            group = shapes.add_group_shape()
            group.name = name
            yield group
            return
        yield group
        shapes._cached_max_shape_id = group.shapes._cached_max_shape_id

    def box(self, kind: Any, x: float, y: float, w: float, h: float, *, fill: str | None,
            line: str | None, line_width: float = 1.0, dashed: bool = False,
            name: str = "", shapes: Any = None, radius: float | None = None) -> Any:
        f = self.f
        target = self.shapes if shapes is None else shapes
        shape = target.add_shape(kind, f.x(x), f.y(y), f.size(w), f.size(h))
        _drop_theme_style(shape)
        if name:
            shape.name = name
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = _rgb(line)
            shape.line.width = Pt(max(0.25, line_width * f.scale))
            if dashed:
                shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        if radius is not None and kind == MSO_SHAPE.ROUNDED_RECTANGLE:
            shape.adjustments[0] = min(0.5, radius / max(1.0, min(w, h)))
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        return shape

    def text(self, shape: Any, lines: Sequence[tuple[str, float, str, bool]], *,
             align: Any = PP_ALIGN.LEFT, anchor: Any = MSO_ANCHOR.MIDDLE,
             inset: tuple[float, float, float, float] = (0, 0, 0, 0)) -> None:
        """Set ``(text, size, colour, bold)`` lines, one paragraph each, literally."""
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = anchor
        # A rounded rectangle keeps its text off the corners (by 0.29 of the
        # corner radius); the measured layout already leaves that room.
        corner = 0.0
        if shape._element.find(f".//{qn('a:prstGeom')}[@prst='roundRect']") is not None:
            corner = shape.adjustments[0] * min(shape.width, shape.height) * 0.29289
        left, top, right, bottom = (Emu(max(0, round(self.f.size(v) - corner))) if v else 0
                                    for v in inset)
        frame.margin_left, frame.margin_top = left, top
        frame.margin_right, frame.margin_bottom = right, bottom
        for index, (text, size, colour, bold) in enumerate(lines):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = align
            run = paragraph.add_run()
            run.text = text
            font = run.font
            font.name = FONT
            font.size = self.f.font(size)
            font.bold = bold
            font.color.rgb = _rgb(colour)

    def text_box(self, x: float, y: float, w: float, h: float,
                 lines: Sequence[tuple[str, float, str, bool]], *, name: str = "",
                 align: Any = PP_ALIGN.LEFT, anchor: Any = MSO_ANCHOR.TOP) -> Any:
        f = self.f
        box = self.shapes.add_textbox(f.x(x), f.y(y), f.size(w), f.size(h))
        if name:
            box.name = name
        self.text(box, lines, align=align, anchor=anchor)
        return box

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str,
             width: float = 0.75, dashed: bool = False) -> Any:
        f = self.f
        connector = self.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, f.x(x0), f.y(y0),
                                              f.x(x1), f.y(y1))
        _drop_theme_style(connector)
        connector.line.color.rgb = _rgb(colour)
        connector.line.width = Pt(max(0.25, width * f.scale))
        if dashed:
            connector.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        return connector


def _drop_theme_style(shape: Any) -> None:
    """Remove the theme's shape style (accent colours, shadow): every look is explicit."""
    element = shape._element
    style = element.find(qn("p:style"))
    if style is not None:
        element.remove(style)


def _arrow_head(connector: Any) -> None:
    ln = connector.line._get_or_add_ln()
    tail = ln.find(qn("a:tailEnd"))
    if tail is None:
        tail = ln.makeelement(qn("a:tailEnd"), {})
        ln.append(tail)
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")


def _connection_points(a: Any, b: Any) -> tuple[int, int, bool]:
    """Which sides to glue an arrow from card ``a`` to card ``b`` (0 top, 1 left,
    2 bottom, 3 right), and whether it is straight (same column)."""
    ax0, ax1 = a.left, a.left + a.width
    bx0, bx1 = b.left, b.left + b.width
    if bx0 >= ax1:
        return 3, 1, False
    if bx1 <= ax0:
        return 1, 3, False
    if b.top >= a.top:
        return 2, 0, True
    return 0, 2, True


def _title_lines(workspace: Workspace, journey: Journey) -> list[tuple[str, float, str, bool]]:
    w = words(workspace.language)
    persona = journey.persona
    lines = [(journey.name or persona.name or journey.id, 18.0, TEXT, True)]
    if persona.name:
        lines.append((f"{w['persona']}: {persona.name}", 11.0, TEXT, True))
    if persona.description:
        lines.append((" ".join(persona.description.split())[:300], 9.0, MUTED, False))
    if workspace.title:
        lines.append((workspace.title, 9.0, MUTED, False))
    return lines


def _lines_height(lines: Sequence[tuple[str, float, str, bool]], m: TextMeasurer,
                  width: float) -> tuple[list[tuple[str, float, str, bool]], float]:
    """The lines wrapped to ``width``, and their height."""
    wrapped = []
    height = 0.0
    for text, size, colour, bold in lines:
        for line in wrap_text(text, width, m, size, bold=bold, max_lines=2):
            wrapped.append((line, size, colour, bold))
            height += m.line_height(size) * 1.2
    return wrapped, height


def _draw_journey(slide: Any, workspace: Workspace, journey: Journey, m: TextMeasurer,
                  st: GridStyle, emotion: bool, details: bool) -> None:
    grid = compute_grid(workspace, journey, m, st)
    w = words(workspace.language)
    channels = used_channels(workspace, journey)
    title_lines, title_h = _lines_height(_title_lines(workspace, journey), m,
                                         max(grid.width, 420.0))
    grid_top = title_h + 10
    lane, band, below = lanes_below(workspace, journey, grid, m, st, emotion=emotion,
                                    details=details)
    legend_top = grid_top + below + 10
    legend_h = 2 * m.line_height(9) * 1.2 + 10
    width = max(grid.width, 420.0)
    height = legend_top + legend_h
    scale = min(1.0, (SLIDE_WIDTH_PT - 2 * MARGIN) / width,
                (SLIDE_HEIGHT_PT - 2 * MARGIN) / height)
    frame = _Frame(scale, (SLIDE_WIDTH_PT - width * scale) / 2, MARGIN)
    s = _Slide(slide, frame)

    s.text_box(0, 0, width, title_h, title_lines, name="title")
    gy = grid_top  # grid coordinates are offset by the title block
    _draw_grid(s, grid, gy, w, st)
    cards = _draw_cards(s, workspace, journey, grid, gy, st)
    _draw_arrows(s, journey, cards)
    if lane is not None:
        _draw_lane(s, workspace, grid, lane, gy, st)
    if band is not None:
        _draw_band(s, workspace, grid, band, gy, st)
    _draw_legend(s, workspace, channels, m, legend_top, width)


def _draw_grid(s: _Slide, grid: GridGeometry, gy: float, w: dict[str, str],
               st: GridStyle) -> None:
    body_top, body_h = gy + grid.header_height, grid.height - grid.header_height
    for index, column in enumerate(grid.columns):
        s.box(MSO_SHAPE.RECTANGLE, column.x, body_top, column.width, body_h,
              fill=BAND_FILLS[index % 2], line=None, name=f"band {column.stage_id}")
    for row in grid.rows:
        if row.crm_gap:
            s.box(MSO_SHAPE.RECTANGLE, grid.header_width, gy + row.y,
                  grid.width - grid.header_width, row.height, fill="#f6e4e6", line=None,
                  name=f"gap band {row.channel_id}")
    for row in grid.rows[1:]:
        s.line(0, gy + row.y, grid.width, gy + row.y, GRID_LINE)
    for column in grid.columns:
        header = s.box(MSO_SHAPE.ROUNDED_RECTANGLE, column.x + 4, gy + 4, column.width - 8,
                       grid.header_height - 8, fill=HEADER_FILL, line=None, radius=6,
                       name=f"stage {column.stage_id}")
        s.text(header, [(line, st.header_font, "#FFFFFF", True) for line in column.lines],
               align=PP_ALIGN.CENTER)
    for row in grid.rows:
        x, y, width, height = 4.0, gy + row.y + 4, grid.header_width - 8, row.height - 8
        header = s.box(MSO_SHAPE.ROUNDED_RECTANGLE, x, y, width, height,
                       fill="#fff8f8" if row.crm_gap else "#ffffff",
                       line=GAP_RED if row.crm_gap else GRID_LINE,
                       line_width=2 if row.crm_gap else 1, dashed=row.crm_gap, radius=8,
                       name=f"channel {row.channel_id}")
        lines: list[tuple[str, float, str, bool]] = []
        if row.group_start:
            lines.append((w[row.group], st.group_font, MUTED, True))
        lines.extend((line, st.channel_font, TEXT, True) for line in row.lines)
        if row.crm_gap:
            lines.append((f"⚠ {w['gap']}", st.group_font + 0.5, GAP_RED, True))
        inset = st.card_pad_x + st.stripe + st.stripe_gap
        s.text(header, lines, inset=(inset, 0, st.card_pad_x, 0))
        s.box(MSO_SHAPE.RECTANGLE, x + st.card_pad_x, y + st.card_pad_y, st.stripe,
              height - 2 * st.card_pad_y, fill=row.color, line=None,
              name=f"row stripe {row.channel_id}")


def _draw_cards(s: _Slide, workspace: Workspace, journey: Journey, grid: GridGeometry,
                gy: float, st: GridStyle) -> dict[str, Any]:
    colours = {c.id: c.color for c in workspace.channels}
    cards: dict[str, Any] = {}
    for tp in journey.touchpoints():
        card = grid.cards.get(tp.id)
        if card is None:
            continue
        colour = colours.get(tp.channel, "#607d8b")
        with s.group(f"touchpoint {tp.id}") as group:
            shape = _draw_card(s, tp, card, colour, group, gy, st)
        cards[tp.id] = shape
    return cards


def _draw_card(s: _Slide, tp: Any, card: Any, colour: str, group: Any, gy: float,
               st: GridStyle) -> Any:
    """One card, in ``group``: its box with the text, and its channel's stripe."""
    shape = s.box(MSO_SHAPE.ROUNDED_RECTANGLE, card.x, gy + card.y, card.width,
                  card.height, fill="#fff8f8" if card.crm_gap else "#ffffff",
                  line=GAP_RED if card.crm_gap else colour,
                  line_width=2 if card.crm_gap else 1.2, dashed=card.crm_gap,
                  shapes=group.shapes, radius=8, name=f"card {tp.id}")
    lines: list[tuple[str, float, str, bool]] = []
    if card.meta:
        lines.append((card.meta, st.meta_font, GAP_RED if card.crm_gap else MUTED, False))
    # The label as the user wrote it (one paragraph per line break), so that
    # it reads and edits naturally in PowerPoint; the card is sized for the
    # measured wrapping. A label cut short with "…" keeps the cut lines.
    cut = len(card.lines) >= st.max_label_lines and card.lines[-1].endswith("…")
    label_lines = card.lines if cut else tuple(tp.label.split("\n"))
    lines.extend((line, st.card_font, TEXT, False) for line in label_lines)
    s.text(shape, lines, inset=(st.card_pad_x + st.stripe + st.stripe_gap, st.card_pad_y,
                                st.card_pad_x * 0.5, st.card_pad_y * 0.5))
    s.box(MSO_SHAPE.RECTANGLE, card.x + st.card_pad_x, gy + card.y + st.card_pad_y,
          st.stripe, card.height - 2 * st.card_pad_y, fill=colour, line=None,
          shapes=group.shapes, name=f"stripe {tp.id}")
    return shape


def _draw_arrows(s: _Slide, journey: Journey, cards: dict[str, Any]) -> None:
    for tr in journey.transitions():
        a, b = cards.get(tr.source), cards.get(tr.target)
        if a is None or b is None:
            continue
        begin, end, straight = _connection_points(a, b)
        kind = MSO_CONNECTOR.STRAIGHT if straight else MSO_CONNECTOR.ELBOW
        connector = s.shapes.add_connector(kind, 0, 0, 0, 0)
        _drop_theme_style(connector)
        connector.name = f"transition {tr.source} {tr.target}"
        connector.begin_connect(a, begin)
        connector.end_connect(b, end)
        connector.line.color.rgb = _rgb(EDGE)
        connector.line.width = Pt(max(0.5, 1.2 * s.f.scale))
        _arrow_head(connector)
        text = tr.label
        if tr.volume is not None:
            text = f"{text} ({tr.volume:,})" if text else f"{tr.volume:,}"
        if text:
            f = s.f
            mid_x = (connector.begin_x + connector.end_x) / 2 / _EMU_PER_PT
            mid_y = (connector.begin_y + connector.end_y) / 2 / _EMU_PER_PT
            label = s.shapes.add_textbox(Emu(round((mid_x - 40 * f.scale) * _EMU_PER_PT)),
                                         Emu(round(mid_y * _EMU_PER_PT)),
                                         f.size(80), f.size(14))
            label.name = f"transition label {tr.source} {tr.target}"
            s.text(label, [(text, 8.0, EDGE, False)], align=PP_ALIGN.CENTER)


def _draw_lane(s: _Slide, workspace: Workspace, grid: GridGeometry, lane: Any, gy: float,
               st: GridStyle) -> None:
    ew = emotion_words(workspace.language)
    s.box(MSO_SHAPE.RECTANGLE, grid.header_width, gy + lane.top,
          grid.width - grid.header_width, lane.height, fill="#fafbfc", line=GRID_LINE,
          line_width=0.75, name="emotion lane")
    for level in (2, 0, -2):
        y = gy + lane.level_y(level)
        s.line(grid.header_width, y, grid.width, y, GRID_LINE, dashed=True)
    header = s.box(MSO_SHAPE.ROUNDED_RECTANGLE, 4, gy + lane.top + 4, grid.header_width - 8,
                   lane.height - 8, fill="#ffffff", line=GRID_LINE, radius=8,
                   name="emotion header")
    s.text(header, [(ew["emotion"], st.channel_font, EMOTION_LINE, True),
                    (ew["scale"], st.group_font, MUTED, False)],
           inset=(st.card_pad_x, 0, st.card_pad_x, 0))
    f = s.f
    if len(lane.points) > 1:
        first = lane.points[0]
        builder = s.shapes.build_freeform(f.x(first.x), f.y(gy + first.y), scale=1.0)
        builder.add_line_segments([(f.x(p.x), f.y(gy + p.y)) for p in lane.points[1:]],
                                  close=False)
        curve = builder.convert_to_shape()
        # A freeform takes its id by python-pptx's search, past the count: count on from it.
        s.shapes.turbo_add_enabled = True
        _drop_theme_style(curve)
        curve.name = "emotion curve"
        curve.fill.background()
        curve.line.color.rgb = _rgb(EMOTION_LINE)
        curve.line.width = Pt(max(0.75, 2 * f.scale))
    for p in lane.points:
        s.box(MSO_SHAPE.OVAL, p.x - 4.5, gy + p.y - 4.5, 9, 9,
              fill=EMOTION_FILLS[p.emotion + 2], line="#ffffff",
              name=f"emotion {p.touchpoint_id}")


def _draw_band(s: _Slide, workspace: Workspace, grid: GridGeometry, band: Any, gy: float,
               st: GridStyle) -> None:
    ew = emotion_words(workspace.language)
    header = s.box(MSO_SHAPE.ROUNDED_RECTANGLE, 4, gy + band.top + 4, grid.header_width - 8,
                   band.height - 8, fill="#ffffff", line=GRID_LINE, radius=8,
                   name="details header")
    s.text(header, [(ew["details"], st.channel_font, TEXT, True)],
           inset=(st.card_pad_x, 0, st.card_pad_x, 0))
    colours = {"pain-heading": (PAIN, True), "pain": (TEXT, False),
               "idea-heading": (IDEA, True), "idea": (TEXT, False)}
    columns = {c.stage_id: c for c in grid.columns}
    for index, cell in enumerate(band.cells):
        column = columns[cell.stage_id]
        box = s.box(MSO_SHAPE.RECTANGLE, column.x, gy + band.top, column.width, band.height,
                    fill=BAND_FILLS[index % 2], line=GRID_LINE, line_width=0.75,
                    name=f"details {cell.stage_id}")
        if cell.lines:
            s.text(box, [(text, band.font, *colours[kind]) for text, kind in cell.lines],
                   anchor=MSO_ANCHOR.TOP, inset=(st.cell_pad, st.cell_pad, st.cell_pad / 2, 0))


def _draw_legend(s: _Slide, workspace: Workspace, channels: list[Any], m: TextMeasurer,
                 top: float, width: float) -> None:
    w = words(workspace.language)
    line = m.line_height(9) * 1.2
    y = top
    if any(c.crm == "none" for c in channels):
        mark = s.box(MSO_SHAPE.RECTANGLE, 0, y, 24, line + 2, fill="#fff8f8", line=GAP_RED,
                     line_width=1.5, dashed=True, name="legend gap mark")
        s.text(mark, [("⚠", 8.0, GAP_RED, True)], align=PP_ALIGN.CENTER)
        s.text_box(30, y, width - 30, line + 2, [(w["gap_legend"], 9.0, TEXT, False)],
                   name="legend gap", anchor=MSO_ANCHOR.MIDDLE)
        y += line + 6
    x = m.width(w["channels"], 9, True) + 10
    s.text_box(0, y, x, line, [(w["channels"], 9.0, TEXT, True)], name="legend channels",
               anchor=MSO_ANCHOR.MIDDLE)
    for channel in channels:
        label = channel.name + (f"  ⚠ {w['gap']}" if channel.crm == "none" else "")
        text_w = m.width(label, 9) + 8
        if x + 14 + text_w > width:
            break
        s.box(MSO_SHAPE.ROUNDED_RECTANGLE, x, y + (line - 9) / 2, 9, 9, fill=channel.color,
              line=None, radius=2, name=f"legend swatch {channel.id}")
        s.text_box(x + 12, y, text_w, line,
                   [(label, 9.0, GAP_RED if channel.crm == "none" else TEXT, False)],
                   name=f"legend {channel.id}", anchor=MSO_ANCHOR.MIDDLE)
        x += 14 + text_w + 6


def build_pptx(workspace: Workspace, journeys: Sequence[Journey], *,
               emotion: bool = True, details: bool = False,
               measurer: TextMeasurer | None = None, style: GridStyle | None = None) -> Any:
    """A ``pptx.Presentation`` with one slide per journey (see the module docstring).

    >>> from omnimap.model.sample import sample_workspace
    >>> ws = sample_workspace()
    >>> deck = build_pptx(ws, ws.journeys)
    >>> len(deck.slides), deck.slide_width == 12192000
    (1, True)
    """
    m = measurer or TableMeasurer()
    st = style or GridStyle()
    deck = Presentation()
    deck.slide_width = Emu(round(SLIDE_WIDTH_PT * _EMU_PER_PT))
    deck.slide_height = Emu(round(SLIDE_HEIGHT_PT * _EMU_PER_PT))
    blank = deck.slide_layouts[6]
    for journey in journeys:
        slide = deck.slides.add_slide(blank)
        _draw_journey(slide, workspace, journey, m, st, emotion, details)
    props = deck.core_properties
    names = [j.name or j.id for j in journeys]
    props.title = workspace.title or (names[0] if len(names) == 1 else "omnimap")
    props.subject = ", ".join(names)[:250]
    props.author = props.last_modified_by = "omnimap"
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.revision = 1
    return deck


def write_pptx(workspace: Workspace, journeys: Sequence[Journey], path: str | Path, *,
               emotion: bool = True, details: bool = False,
               measurer: TextMeasurer | None = None) -> Path:
    """Write the deck of :func:`build_pptx` to ``path``, byte-for-byte reproducible."""
    deck = build_pptx(workspace, journeys, emotion=emotion, details=details, measurer=measurer)
    raw = io.BytesIO()
    deck.save(raw)
    # python-pptx stamps every zip entry with the current time; rewrite them
    # with a fixed one, in the same order, so that equal decks are equal bytes.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    path = Path(path)
    path.write_bytes(out.getvalue())
    return path
