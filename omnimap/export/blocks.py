"""The map's title block and legend: HTML-like tables with their size in points.

Both layouts draw them; the flow layout puts them side by side in the graph's
label, the arranged layout pins them above and under the grid.

>>> from omnimap.model.sample import sample_workspace
>>> from omnimap.export.measure import TableMeasurer
>>> ws = sample_workspace()
>>> block = title_block(ws, ws.journeys[0], TableMeasurer(), 420)
>>> block.markup.startswith("<table"), 0 < block.width <= 420 + 2
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from omnimap.export.grid import line_height
from omnimap.export.labels import Cell, html_table
from omnimap.export.measure import TextMeasurer, wrap_text
from omnimap.export.palette import GAP_RED, MUTED, TEXT
from omnimap.model import Channel, Journey, Workspace

__all__ = ["Block", "legend_block", "title_block", "words"]


def _pt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


_WORDS = {
    "en": {
        "persona": "Persona", "gap_legend": "red dashed border: this channel's data never "
        "reaches the CRM (CRM status “none”)", "channels": "Channels",
        "online": "ONLINE", "offline": "OFFLINE", "hybrid": "HYBRID", "gap": "no CRM",
    },
    "pl": {
        "persona": "Persona", "gap_legend": "czerwona przerywana ramka: dane z tego kanału "
        "nie trafiają do CRM (status CRM „brak”)", "channels": "Kanały",
        "online": "ONLINE", "offline": "OFFLINE", "hybrid": "HYBRYDOWE", "gap": "brak CRM",
    },
}


def words(language: str) -> dict[str, str]:
    """The export's few fixed words in the workspace language (English fallback).

    >>> words("pl")["channels"]
    'Kanały'
    """
    return _WORDS.get(language, _WORDS["en"])


@dataclass
class Block:
    """An HTML-table label with its size in points."""

    markup: str
    width: float
    height: float


def title_block(workspace: Workspace, journey: Journey, m: TextMeasurer,
                 max_width: float) -> Block:
    w = words(workspace.language)
    name = journey.name or journey.persona.name or journey.id
    persona = journey.persona
    parts: list[tuple[list[str], float, str, bool]] = [
        (wrap_text(name, max_width, m, 18, bold=True, max_lines=2), 18, TEXT, True)]
    if persona.name:
        parts.append((wrap_text(f"{w['persona']}: {persona.name}", max_width, m, 11,
                                bold=True, max_lines=1), 11, TEXT, True))
    if persona.description:
        parts.append((wrap_text(persona.description, max_width, m, 9, max_lines=2), 9, MUTED,
                      False))
    if workspace.title:
        parts.append((wrap_text(workspace.title, max_width, m, 9, max_lines=1), 9, MUTED, False))
    rows = []
    for lines, size, colour, bold in parts:
        width = max(m.width(line, size, bold) for line in lines) + 4
        rows.append([Cell(width, len(lines) * line_height(m, size) + 1,
                          [(line, size, colour, bold) for line in lines])])
    return _stack(rows, spacing=1)


def legend_block(workspace: Workspace, channels: list[Channel], m: TextMeasurer,
                  max_width: float) -> Block:
    w = words(workspace.language)
    size = 9
    line = line_height(m, size)
    rows: list[list[Cell]] = []
    if any(c.crm == "none" for c in channels):
        text = w["gap_legend"]
        text_w = m.width(text, size) + 4
        mark = Cell(26, line + 6, [("⚠", size, GAP_RED, True)], align="center", attrs=(
            ("border", "2"), ("color", GAP_RED), ("style", "dashed"), ("sides", "ltrb")))
        rows.append([mark, Cell(6, line + 6), Cell(text_w, line + 6, [(text, size, TEXT, False)])])
    # Channel swatches, as many per row as fit.
    entries = []
    for channel in channels:
        label = channel.name + (f"  ⚠ {w['gap']}" if channel.crm == "none" else "")
        colour = GAP_RED if channel.crm == "none" else TEXT
        entries.append((channel, label, colour, m.width(label, size) + 18))
    swatch_rows: list[list[Cell]] = []
    current: list[Cell] = [Cell(m.width(w["channels"], size, True) + 10, line + 4,
                                [(w["channels"], size, TEXT, True)])]
    used = current[0].width
    for channel, label, colour, text_w in entries:
        if used + 14 + text_w > max_width and len(current) > 1:
            swatch_rows.append(current)
            current = [Cell(current[0].width, line + 4)]
            used = current[0].width
        current.append(Cell(10, 10, attrs=(("bgcolor", channel.color), ("style", "rounded"))))
        current.append(Cell(4, 10))
        current.append(Cell(text_w, line + 4, [(label, size, colour, False)]))
        used += 14 + text_w
    if entries:
        swatch_rows.append(current)
    if not rows and not swatch_rows:
        return _stack([[Cell(1, 1)]], spacing=0)
    return _stack(rows + swatch_rows, spacing=4)


def _stack(rows: list[list[Cell]], spacing: float) -> Block:
    """Rows of cells one above the other, each padded to the widest row.

    Each row is its own table (rows differ in cells); padding them to one
    width keeps them left-aligned whatever the engine does with alignment.
    """
    width = max(sum(c.width for c in row) for row in rows)
    parts = []
    height = 0.0
    for row in rows:
        row_w = sum(c.width for c in row)
        row_h = max(c.height for c in row)
        cells = [*row, Cell(width - row_w, row_h)] if width - row_w > 0.5 else row
        parts.append(f"<tr><td>{html_table([cells])}</td></tr>")
        height += row_h
    height += spacing * (len(rows) + 1)
    markup = (f'<table border="0" cellborder="0" cellspacing="{_pt(spacing)}" '
              f'cellpadding="0">{"".join(parts)}</table>')
    return Block(markup, width + 2 * spacing, height)


