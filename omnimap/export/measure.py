"""Text measuring for export layout, without Qt, and word wrapping.

Card and header sizes are computed here rather than by Graphviz, because the
engines disagree about text widths (graphviz-pure measures some uppercase
Polish letters as a space) and because the GUI canvas must be able to reuse the
same geometry. Every node is then drawn with ``fixedsize=true``.

Two measurers satisfy :class:`TextMeasurer`: :class:`TableMeasurer` here, and
the QFontMetricsF one in :mod:`omnimap.raster.measure` (Qt).

How the table measurer estimates a width
-----------------------------------------
* Code points in :mod:`omnimap.export._arial_widths` (printable ASCII,
  Latin-1, Latin Extended-A with all Polish letters, common punctuation,
  € ™ and arrows) use the exact advance of Arial, taken from Liberation Sans,
  which is metric-identical to it. Bold has its own table.
* Other letters with a decomposition (e.g. ``ǻ``) use their base letter.
* Combining marks and zero-width characters count as 0.
* Wide and full-width characters (CJK, most emoji) count as 1 em.
* Anything else (Hebrew, Arabic, Greek, Cyrillic, symbols) counts as 0.6 em,
  about the average advance of those scripts in common sans-serif fonts.

Kerning is ignored, as Graphviz ignores it; real text is therefore at most
slightly narrower than measured, never wider, for the tabled characters.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar, Protocol, runtime_checkable

from omnimap.export import _arial_widths

__all__ = ["TableMeasurer", "TextMeasurer", "wrap_measured", "wrap_text"]

#: Line height of Arial as a multiple of the point size (ascent + descent of
#: Liberation Sans: (1854 + 434) / 2048).
LINE_HEIGHT_EM = 2288 / 2048


@runtime_checkable
class TextMeasurer(Protocol):
    """What the layout needs to know about a font: widths and line height.

    Sizes are in points, and so are the results: text set at ``point_size``
    points is ``width(text, point_size)`` points wide.
    """

    def width(self, text: str, point_size: float, bold: bool = False) -> float: ...

    def line_height(self, point_size: float) -> float: ...


def _expand(ranges: tuple[tuple[int, tuple[int, ...]], ...]) -> dict[int, int]:
    table: dict[int, int] = {}
    for first, advances in ranges:
        for offset, advance in enumerate(advances):
            table[first + offset] = advance
    return table


_REGULAR = _expand(_arial_widths.REGULAR)
_BOLD = _expand(_arial_widths.BOLD)
_UPM = _arial_widths.UNITS_PER_EM
#: The same tables keyed by character, for lookups without ord().
_REGULAR_CHARS = {chr(code): advance for code, advance in _REGULAR.items()}
_BOLD_CHARS = {chr(code): advance for code, advance in _BOLD.items()}


@lru_cache(maxsize=4096)
def _char_units(char: str, bold: bool) -> float:
    """Advance of one character in 1/2048 em (see the module docstring)."""
    table = _BOLD if bold else _REGULAR
    code = ord(char)
    if code in table:
        return table[code]
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf") or code in (0x200B, 0x2060, 0xFEFF):
        return 0.0
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed[0] != char and ord(decomposed[0]) in table:
        return table[ord(decomposed[0])]
    if unicodedata.east_asian_width(char) in ("W", "F") or 0x1F000 <= code <= 0x1FAFF:
        return float(_UPM)
    return 0.6 * _UPM


class TableMeasurer:
    """Arial widths from a built-in table; needs no font and no Qt.

    >>> m = TableMeasurer()
    >>> round(m.width("Łódź", 10), 2)
    21.68
    >>> m.width("Ab", 10, bold=True) > m.width("Ab", 10)
    True
    >>> round(m.line_height(10), 2)
    11.17
    """

    #: Widths in font units of each text, regular and bold, shared by every
    #: instance: words repeat across labels and across exports (each export
    #: makes a new measurer). Bounded: emptied when full.
    _units: ClassVar[tuple[dict[str, float], dict[str, float]]] = ({}, {})
    LIMIT: ClassVar[int] = 50_000

    def width(self, text: str, point_size: float, bold: bool = False) -> float:
        units = self._units[bold].get(text)
        if units is None:
            units = self.units(text, bold)
        return units * point_size / _UPM

    def units(self, text: str, bold: bool = False) -> float:
        """Width of ``text`` in font units (1/2048 em), remembered."""
        cache = self._units[bold]
        units = cache.get(text)
        if units is None:
            try:
                # Tabled characters only (nearly all text): a sum of whole
                # numbers done in C, exactly what the loop below adds up.
                units = sum(map((_BOLD_CHARS if bold else _REGULAR_CHARS).__getitem__, text))
            except KeyError:
                table = _BOLD if bold else _REGULAR
                units = 0.0
                for char in text:
                    advance = table.get(ord(char))
                    units += advance if advance is not None else _char_units(char, bold)
            if len(cache) >= self.LIMIT:
                cache.clear()
            cache[text] = units
        return units

    def line_height(self, point_size: float) -> float:
        return LINE_HEIGHT_EM * point_size


def wrap_text(
    text: str,
    max_width: float,
    measurer: TextMeasurer,
    point_size: float,
    *,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` points.

    Words go on greedily; a word wider than a whole line is cut between
    characters. Existing line breaks are kept. With ``max_lines`` the last
    kept line ends in an ellipsis.

    >>> m = TableMeasurer()
    >>> wrap_text("Sees a TikTok ad, taps through", 80, m, 10)
    ['Sees a TikTok', 'ad, taps through']
    >>> wrap_text("Konstantynopolitańczykowianeczka", 60, m, 10)
    ['Konstantyno', 'politańczyko', 'wianeczka']
    >>> wrap_text("one two three four five", 40, m, 10, max_lines=2)
    ['one two', 'three…']
    >>> wrap_text("", 50, m, 10)
    ['']
    """
    return [line for line, _ in wrap_measured(text, max_width, measurer, point_size, bold=bold,
                                              max_lines=max_lines)]


def wrap_measured(
    text: str,
    max_width: float,
    measurer: TextMeasurer,
    point_size: float,
    *,
    bold: bool = False,
    max_lines: int | None = None,
) -> list[tuple[str, float]]:
    """:func:`wrap_text`, with each line's width (saves measuring lines again).

    >>> [(line, round(w, 1)) for line, w in wrap_measured("Łódź i Gdańsk", 32, TableMeasurer(), 10)]
    [('Łódź i', 26.7), ('Gdańs', 29.5), ('k', 5.0)]
    """
    if type(measurer) is TableMeasurer:
        # The table's remembered widths, without a method call and a key tuple
        # per word: the same numbers as TableMeasurer.width.
        cache, units = TableMeasurer._units[bold], measurer.units

        def width(piece: str) -> float:
            found = cache.get(piece)
            return (units(piece, bold) if found is None else found) * point_size / _UPM
    else:
        def width(piece: str) -> float:
            return measurer.width(piece, point_size, bold)

    # Widths add up (no kerning), so each word is measured once.
    space = width(" ")

    def fit(word: str, start: int) -> int:
        """The longest piece word[start:end] no wider than a line, at least one character.

        A search from the front measures pieces about a line long, never the
        rest of the word: a label of 100,000 letters without a space costs
        about a line's worth of work per line, not the whole word per try.
        """
        end, step = start + 1, 1
        while end < len(word) and width(word[start:min(end + step, len(word))]) <= max_width:
            end, step = min(end + step, len(word)), step * 2
        while step > 1:  # the last doubling overshot: halve back
            step //= 2
            if end + step <= len(word) and width(word[start:end + step]) <= max_width:
                end += step
        return end

    def wrapped() -> Iterator[tuple[str, float]]:
        for paragraph in text.split("\n"):
            current, current_w = "", 0.0
            for word in paragraph.split(" "):
                word_w = width(word)
                if current:
                    if current_w + space + word_w <= max_width:
                        current, current_w = f"{current} {word}", current_w + space + word_w
                        continue
                    yield current, current_w
                    current, current_w = "", 0.0
                if word_w > max_width and len(word) > 1:
                    start = 0
                    while len(word) - start > 1:
                        end = fit(word, start)
                        if end >= len(word):
                            break
                        yield word[start:end], width(word[start:end])
                        start = end
                    word = word[start:]
                    word_w = width(word)
                current, current_w = word, word_w
            yield current, current_w

    # With max_lines, stop one line past the limit: the rest would be cut anyway.
    limit = None if max_lines is None else max_lines + 1
    lines = list(itertools.islice(wrapped(), limit))
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1][0]
        while last and width(last + "…") > max_width:
            last = last[:-1]
        last = last.rstrip() + "…"
        kept[-1] = (last, width(last))
        return kept
    return lines
