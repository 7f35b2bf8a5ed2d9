"""Graphviz HTML-like labels that keep user text literal.

User text reaches Graphviz only through :func:`html_text`, which makes sure
that nothing in it is read as markup or as a Graphviz escape:

* ``& < > "`` become entities, so ``<b>`` or ``<script>`` stay text;
* every backslash is doubled: Graphviz expands ``\\N``, ``\\G``, ``\\E``,
  ``\\T``, ``\\H`` and ``\\L`` even inside HTML-like labels, and turns ``\\\\``
  back into one backslash (graphviz-pure 0.2 and Graphviz alike);
* control characters, which XML cannot carry, become U+FFFD; a tab becomes a
  space. Line breaks are handled by the callers, which split lines.

The label strings are then handed to the ``graphviz`` package as ``<...>``
values, which it writes out unquoted, as DOT requires for HTML labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Cell", "html_label", "html_table", "html_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "\\\\"}
_SPECIAL = re.compile(r'[&<>"\\]')


def html_text(text: str) -> str:
    r"""Escape one line of user text for an HTML-like label.

    >>> html_text('<b>"A&B"</b>')
    '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
    >>> print(html_text(r"C:\N\G"))
    C:\\N\\G
    >>> html_text("a\tb\x07")
    'a b\ufffd'
    """
    text = _CONTROL.sub("\ufffd", text.replace("\t", " "))
    return _SPECIAL.sub(lambda m: _ENTITIES[m.group()], text)


def html_label(inner: str) -> str:
    """Wrap label markup so the graphviz package writes it as ``<...>``."""
    return f"<{inner}>"


def _attrs(attrs: dict[str, str | float | int]) -> str:
    parts = []
    for key, value in attrs.items():
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        parts.append(f' {key}="{value}"')
    return "".join(parts)


@dataclass(frozen=True)
class Cell:
    """One ``<td>`` of fixed size (points) holding lines of escaped text.

    Each line is ``(text, point_size, colour, bold)``; ``text`` is raw user
    text, escaped here.
    """

    width: float
    height: float
    lines: Sequence[tuple[str, float, str, bool]] = ()
    attrs: tuple[tuple[str, str], ...] = ()
    align: str = "left"

    def markup(self) -> str:
        attrs: dict[str, str | float | int] = {
            "fixedsize": "true", "width": max(1.0, self.width), "height": max(1.0, self.height),
        }
        if self.lines:
            attrs["align"] = self.align
            attrs["balign"] = self.align
        attrs.update(dict(self.attrs))
        body = "<br/>".join(_line_markup(*line) for line in self.lines)
        return f"<td{_attrs(attrs)}>{body}</td>"


def _line_markup(text: str, size: float, colour: str, bold: bool) -> str:
    inner = html_text(text) if text else " "
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<font point-size="{size:g}" color="{colour}">{inner}</font>'


def html_table(rows: Iterable[Iterable[Cell]], **attrs: str | float | int) -> str:
    r"""A borderless ``<table>`` of fixed-size cells.

    >>> print(html_table([[Cell(10, 10, attrs=(("bgcolor", "red"),))]]).replace("><", ">\n<"))
    <table border="0" cellborder="0" cellspacing="0" cellpadding="0">
    <tr>
    <td fixedsize="true" width="10" height="10" bgcolor="red">
    </td>
    </tr>
    </table>
    """
    base: dict[str, str | float | int] = {
        "border": "0", "cellborder": "0", "cellspacing": "0", "cellpadding": "0"}
    base.update(attrs)
    body = "".join("<tr>" + "".join(cell.markup() for cell in row) + "</tr>" for row in rows)
    return f"<table{_attrs(base)}>{body}</table>"
