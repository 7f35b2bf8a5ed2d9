"""Text measuring with Qt's font metrics (Arial, i.e. Liberation Sans on Linux)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from omnimap.raster.render import ensure_app

__all__ = ["QtTextMeasurer", "width_table_source"]

#: Metrics are taken at this pixel size and scaled: large enough that hinting
#: and rounding do not matter.
_REFERENCE_SIZE = 2048


def _font(bold: bool) -> QFont:
    font = QFont("Arial")
    font.setPixelSize(_REFERENCE_SIZE)
    font.setBold(bold)
    # Graphviz does not kern, so neither do we.
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class QtTextMeasurer:
    """:class:`omnimap.export.measure.TextMeasurer` backed by QFontMetricsF.

    Characters Arial lacks (emoji, other scripts) are measured in the font Qt
    falls back to, which is also the font Qt draws them with in PNG and PDF.
    """

    def __init__(self, family: str = "Arial") -> None:
        ensure_app()
        self._metrics: dict[bool, QFontMetricsF] = {}
        self._cache: dict[tuple[str, bool], float] = {}
        for bold in (False, True):
            font = _font(bold)
            font.setFamily(family)
            self._metrics[bold] = QFontMetricsF(font)
        self.family = family

    def width(self, text: str, point_size: float, bold: bool = False) -> float:
        advance = self._cache.get((text, bold))
        if advance is None:
            advance = self._metrics[bold].horizontalAdvance(text)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[text, bold] = advance
        return advance * point_size / _REFERENCE_SIZE

    def line_height(self, point_size: float) -> float:
        return self._metrics[False].lineSpacing() * point_size / _REFERENCE_SIZE


def width_table_source() -> str:
    """Python source of :mod:`omnimap.export._arial_widths`, made from the font."""
    from omnimap.export import _arial_widths

    ensure_app()
    # The ranges the table covers are read back from the current table.
    ranges = [(first, first + len(advances) - 1) for first, advances in _arial_widths.REGULAR]
    out = [
        '"""Advance widths of Arial (= Liberation Sans, metric-identical) in 1/2048 em.',
        "",
        "Generated from the font by ``omnimap.raster.measure.width_table_source()``;",
        "do not edit by hand (tests/gui/test_raster_measure.py checks it against Qt).",
        "Kerning is left out, as Graphviz leaves it out.",
        '"""',
        "",
        '__all__ = ["BOLD", "REGULAR", "UNITS_PER_EM"]',
        "",
        "UNITS_PER_EM = 2048",
        "",
        "# (first code point, advances of consecutive code points); one tuple per range.",
    ]
    for bold in (False, True):
        metrics = QFontMetricsF(_font(bold))
        out.append(f"{'BOLD' if bold else 'REGULAR'}: tuple[tuple[int, tuple[int, ...]], ...] = (")
        for first, last in ranges:
            out.append(f"    (0x{first:04X}, (")
            line = "       "
            for code in range(first, last + 1):
                item = f" {round(metrics.horizontalAdvance(chr(code)))},"
                if len(line) + len(item) > 99:
                    out.append(line)
                    line = "       "
                line += item
            out.append(line)
            out.append("    )),")
        out.append(")")
        out.append("")
    return "\n".join(out)
