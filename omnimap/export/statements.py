"""The card and arrow statements of a journey graph, written in bulk.

A big map has a thousand cards and as many arrows, and each statement used to
go through the generic :func:`~omnimap.export.dotsyntax.node_stmt` (a dict of
attributes, sorted, every value quoted) and a label built line by line: at
1,000 cards that cost more than half of what the engine spends drawing them.

Here the parts of a statement that many cards share are made once and the
rest is filled in:

* what depends only on a card's colour, size and CRM gap (its attributes,
  the label's table and accent bar) is written once per such combination,
  *by* ``node_stmt`` itself around placeholders (see :meth:`CardWriter._shape`),
  so the text stays exactly what ``node_stmt`` writes;
* what varies per card is its name (quoted by
  :func:`~omnimap.export.dotsyntax.quote`), its text (escaped by
  :func:`~omnimap.export.labels.html_text`, all lines of a card in one call)
  and its position, two numbers (``pos`` is always a quoted DOT string,
  which numbers never need escaping in).

User text never reaches the DOT text any other way than through
``html_text`` or ``quote``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from omnimap.export.background import pt as _pt
from omnimap.export.dotsyntax import CHUNK, Html, edge_stmt, node_stmt, quote
from omnimap.export.grid import GridStyle
from omnimap.export.labels import html_text
from omnimap.export.palette import EDGE, GAP_RED, MUTED, TEXT

__all__ = ["CardWriter", "arrow_statement", "card_attrs", "card_markup", "edge_label", "inch"]


def inch(points: float) -> str:
    return f"{points / 72:.4f}"


def card_attrs(colour: str, gap: bool, width: float, height: float) -> dict[str, str]:
    """A card's own attributes; the rest are the graph's node defaults."""
    attrs = {"color": GAP_RED if gap else colour, "width": inch(width), "height": inch(height)}
    if gap:
        attrs.update(style="rounded,filled,dashed", fillcolor="#fff8f8", penwidth="2")
    return attrs


def _table_head(colour: str, width: float, height: float, st: GridStyle) -> str:
    """A card label up to its text: accent bar, gap, and the text cell's start tag."""
    h = _pt(height - 2 * st.card_pad_y)
    text_w = _pt(width - 2 * st.card_pad_x - st.stripe - st.stripe_gap)
    return ('<table border="0" cellborder="0" cellspacing="0" cellpadding="0"><tr>'
            f'<td fixedsize="true" width="{_pt(st.stripe)}" height="{h}" bgcolor="{colour}" '
            f'style="rounded"></td><td fixedsize="true" width="{_pt(st.stripe_gap)}" '
            f'height="{h}"></td><td fixedsize="true" width="{text_w}" height="{h}" '
            f'align="left" balign="left">')


_TABLE_TAIL = "</td></tr></table>"


def _lines_markup(lines: Sequence[str], st: GridStyle) -> str:
    font = f'<font point-size="{st.card_font:g}" color="{TEXT}">'
    # Lines hold no line break (they were split at them), so a card's lines
    # are escaped in one call and cut apart again.
    parts = html_text("\n".join(lines)).split("\n")
    if "" in parts:
        parts = [p or " " for p in parts]
    return font + f"</font><br/>{font}".join(parts) + "</font>"


def _meta_markup(meta: str, gap: bool, st: GridStyle) -> str:
    return (f'<font point-size="{st.meta_font:g}" color="{GAP_RED if gap else MUTED}">'
            f"{html_text(meta)}</font><br/>")


def card_markup(lines: Sequence[str], meta: str, colour: str, width: float, height: float,
                st: GridStyle, gap: bool) -> str:
    r"""A card's label: accent bar, gap, text cell (the same table :class:`~.labels.Cell` makes).

    >>> markup = card_markup(["a<b", ""], "", "#123456", 120, 40, GridStyle(), False)
    >>> print(markup.split('balign="left">')[1].replace("<br/>", "\n"))
    <font point-size="10" color="#263238">a&lt;b</font>
    <font point-size="10" color="#263238"> </font></td></tr></table>
    """
    meta_part = _meta_markup(meta, gap, st) if meta else ""
    return (_table_head(colour, width, height, st) + meta_part + _lines_markup(lines, st)
            + _TABLE_TAIL)


class CardWriter:
    """Card statements for one graph, sharing the parts cards have in common.

    >>> w = CardWriter(GridStyle())
    >>> args = ("tp_a.1", ["Buys"], "Day 2", "#123456", False, 120.0, 40.0)
    >>> w.card(*args, pos=("10", "20")) == node_stmt("tp_a.1", {
    ...     **card_attrs("#123456", False, 120.0, 40.0), "pos": "10,20!"},
    ...     Html(card_markup(*args[1:4], 120.0, 40.0, GridStyle(), False)))
    True
    """

    def __init__(self, st: GridStyle) -> None:
        self._st = st
        self._shapes: dict[tuple[str, bool, float, float, bool], tuple[str, str, str]] = {}
        self._metas: dict[tuple[str, bool], str] = {}

    def _shape(self, colour: str, gap: bool, width: float, height: float,
               positioned: bool) -> tuple[str, str, str]:
        """(table head, attributes before ``pos``, the rest) for cards of one look.

        ``node_stmt`` writes the statement once, with placeholders for the
        name, label and position; it is cut at them, so the attributes keep
        node_stmt's order and quoting.
        """
        key = (colour, gap, width, height, positioned)
        found = self._shapes.get(key)
        if found is None:
            attrs = card_attrs(colour, gap, width, height)
            if positioned:
                attrs["pos"] = "P"
            text = node_stmt("n", attrs, Html("L"))
            start = "\tn [label=<L>"
            assert text.startswith(start)
            before, _, after = text[len(start):].partition(" pos=P" if positioned else "\0")
            found = (_table_head(colour, width, height, self._st), before, after)
            self._shapes[key] = found
        return found

    def card(self, name: str, lines: Sequence[str], meta: str, colour: str, gap: bool,
             width: float, height: float, pos: tuple[str, str] | None = None) -> str:
        """One card's statement; ``pos`` is its centre, two formatted numbers (pinned)."""
        head, before, after = self._shape(colour, gap, width, height, pos is not None)
        meta_part = ""
        if meta:
            meta_part = self._metas.get((meta, gap), "")
            if not meta_part:
                meta_part = self._metas[meta, gap] = _meta_markup(meta, gap, self._st)
        label = head + meta_part + _lines_markup(lines, self._st) + _TABLE_TAIL
        where = "" if pos is None else f' pos="{pos[0]},{pos[1]}!"'
        return f"\t{quote(name)} [label=<{label}>{before}{where}{after}"


def edge_label(label: str, volume: int | None) -> Html | None:
    text = label
    if volume is not None:
        text = f"{text} ({volume:,})" if text else f"{volume:,}"
    if not text:
        return None
    body = "<br/>".join(html_text(line) for line in text.split("\n"))
    return Html(f'<font point-size="8" color="{EDGE}">{body}</font>')


def arrow_statement(tail: str, head: str, label: Html | None, spline: str | None,
                    quoted: Callable[[str], str] = quote) -> str:
    """An arranged-layout arrow: ``pos`` its spline (numbers only), ``xlabel`` its label.

    The same text as ``edge_stmt`` writes (``pos`` sorts before ``xlabel``).

    >>> arrow_statement("tp_1", "tp_2", Html("<b>x</b>"), "e,1,2 3,4") == edge_stmt(
    ...     "tp_1", "tp_2", {"xlabel": Html("<b>x</b>"), "pos": "e,1,2 3,4"})
    True
    """
    if spline is not None and len(spline) > CHUNK:
        attrs: dict[str, Any] = {"pos": spline}
        if label is not None:
            attrs["xlabel"] = label
        return edge_stmt(tail, head, attrs)
    arrow = f"\t{quoted(tail)} -> {quoted(head)}"
    if spline is None:
        return f"{arrow} [xlabel=<{label}>]\n" if label is not None else f"{arrow}\n"
    if label is None:
        return f'{arrow} [pos="{spline}"]\n'
    return f'{arrow} [pos="{spline}" xlabel=<{label}>]\n'
