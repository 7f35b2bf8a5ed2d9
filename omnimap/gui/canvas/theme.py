"""Sizes, fonts and colours of the canvas, and text wrapping with a cache.

Fonts use pixel sizes so the scene's geometry does not depend on the screen's
DPI: a map looks the same on a laptop and on a projector, only scaled. The
presentation mode multiplies every size by one factor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QStaticText, QTextLayout, QTextOption

__all__ = ["COLORS", "Metrics", "crm_text", "static_text", "wrap_lines"]

COLORS = {
    "canvas": QColor("#eef1f5"),
    "lane": QColor("#ffffff"),
    "lane_alt": QColor("#f7f9fc"),
    "grid": QColor("#d5dbe3"),
    "header": QColor("#263238"),
    "header_bg": QColor("#e3e8ef"),
    "header_text": QColor("#ffffff"),
    "group_bg": QColor("#cfd8e3"),
    "group_text": QColor("#37474f"),
    "text": QColor("#1c2530"),
    "muted": QColor("#5f6b78"),
    "card": QColor("#ffffff"),
    "card_border": QColor("#b8c2cc"),
    "selection": QColor("#1565c0"),
    "arrow": QColor("#546e7a"),
    "silo_tint": QColor(229, 57, 53, 34),
    "silo_header": QColor("#fde4e2"),
    "unknown_tint": QColor(239, 143, 0, 14),
    "drop": QColor(21, 101, 192, 40),
    "drop_line": QColor("#1565c0"),
    "pain": QColor("#d84315"),
    "opportunity": QColor("#2e7d32"),
    "miss": QColor("#c62828"),
    "hit": QColor("#2e7d32"),
}


def _font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class Metrics:
    """Every size of the canvas, in scene units, for one scale."""

    scale: float = 1.0
    card_w: float = field(init=False)
    card_h: float = field(init=False)
    card_gap: float = field(init=False)
    cell_pad: float = field(init=False)
    row_header_w: float = field(init=False)
    group_h: float = field(init=False)
    min_row_h: float = field(init=False)
    label_lines: int = 3

    def __post_init__(self) -> None:
        s = self.scale
        sizes = {
            "card_w": 200 * s, "card_h": 94 * s, "card_gap": 10 * s, "cell_pad": 14 * s,
            "row_header_w": 244 * s, "group_h": 30 * s,
        }
        sizes["min_row_h"] = sizes["card_h"] + 2 * sizes["cell_pad"]
        for key, value in sizes.items():
            object.__setattr__(self, key, value)

    @property
    def col_w(self) -> float:
        return self.card_w + 2 * self.cell_pad

    def font(self, role: str) -> QFont:
        """The font of a text role ("label", "stage", ...), shared and cached."""
        return _role_font(self.scale, role)


@lru_cache(maxsize=64)
def _role_font(s: float, role: str) -> QFont:
    return {
        "label": _font(13.5 * s),
        "small": _font(11.5 * s),
        "small_bold": _font(11.5 * s, bold=True),
        "stage": _font(18 * s, bold=True),
        "goal": _font(12.5 * s, italic=True),
        "kpi": _font(12 * s),
        "channel": _font(14.5 * s, bold=True),
        "crm": _font(12 * s),
        "crm_bold": _font(12 * s, bold=True),
        "group": _font(12.5 * s, bold=True),
        "arrow": _font(11.5 * s),
        "title": _font(16 * s, bold=True),
    }[role]


_wrap_cache: dict[tuple[str, str, float, int], list[str]] = {}


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``; the last line elided when it does not all fit.

    Results are cached by text, font and width: relabelling one card, or the
    same label on many cards, costs one layout.
    """
    key = (text, font.key(), round(width, 1), max_lines)
    found = _wrap_cache.get(key)
    if found is not None:
        return found
    if len(_wrap_cache) > 20_000:
        _wrap_cache.clear()
    metrics = QFontMetricsF(font)
    flat = " ".join(text.split())
    layout = QTextLayout(flat, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = flat[start:]
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(flat[start:start + length].rstrip())
    layout.endLayout()
    _wrap_cache[key] = lines
    return lines


def static_text(text: str, font: QFont) -> QStaticText:
    """A QStaticText with its glyph layout prepared, for cheap repeated painting."""
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.prepare(font=font)
    return st


def crm_text(status: str) -> tuple[str, str]:
    """A short line and a tooltip explaining a CRM status, translated."""
    if status == "none":
        return (
            QCoreApplication.translate("JourneyCanvas", "No CRM integration: data silo"),
            QCoreApplication.translate("JourneyCanvas", "Data from this channel never reaches the CRM: the customer's history is lost here, and no other channel can see what happened in it."),  # noqa: E501
        )
    if status == "unknown":
        return (
            QCoreApplication.translate("JourneyCanvas", "CRM integration not checked"),
            QCoreApplication.translate("JourneyCanvas", "Nobody has checked yet whether this channel's data reaches the CRM. Audit it: it may be a data silo."),  # noqa: E501
        )
    if status == "connector":
        return (
            QCoreApplication.translate("JourneyCanvas", "CRM via connector / API"),
            QCoreApplication.translate("JourneyCanvas", "This channel's data reaches the CRM through a connector or an API."),  # noqa: E501
        )
    return (
        QCoreApplication.translate("JourneyCanvas", "Integrated with the CRM"),
        QCoreApplication.translate("JourneyCanvas", "This channel's data lands in the CRM directly."),  # noqa: E501
    )
