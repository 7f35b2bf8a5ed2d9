"""The attribution chart: grouped horizontal bars, one group per channel, one bar per model.

Painted by hand (no chart library): a legend of the models' colours, then one
group per channel, laid out in as many columns as the width allows. Bars show
each model's share of all conversions, on one scale for the whole chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

__all__ = ["MODEL_COLORS", "AttributionChart", "model_title"]

#: One colour per model, distinct for the common kinds of colour blindness.
MODEL_COLORS = {
    "last": "#1f77b4",
    "first": "#9467bd",
    "linear": "#17becf",
    "time-decay": "#ff7f0e",
    "position": "#8c564b",
    "markov": "#d62728",
}


def model_title(model: str) -> str:
    """The translated name of an attribution model."""
    return {
        "last": QCoreApplication.translate("AttributionDock", "Last click"),
        "first": QCoreApplication.translate("AttributionDock", "First click"),
        "linear": QCoreApplication.translate("AttributionDock", "Linear"),
        "time-decay": QCoreApplication.translate("AttributionDock", "Time decay"),
        "position": QCoreApplication.translate("AttributionDock", "Position-based"),
        "markov": QCoreApplication.translate("AttributionDock", "Markov (data-driven)"),
    }.get(model, model)


@dataclass(frozen=True)
class _Group:
    channel: str
    rect: QRectF


class AttributionChart(QWidget):
    """Grouped horizontal bars: one group per channel, one bar per model.

    ``channel_clicked(name)`` when a channel's group is clicked (or chosen
    with the arrow keys and Enter).
    """

    channel_clicked = Signal(str)

    MIN_GROUP_W = 250
    BAR_H = 9
    BAR_GAP = 5
    NAME_H = 20
    PAD = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.models: tuple[str, ...] = ()
        self.unavailable: dict[str, str] = {}
        self.channels: list[str] = []
        self.shares: dict[str, dict[str, float]] = {}
        self.credits: dict[str, dict[str, float]] = {}
        self.colours: dict[str, str] = {}
        self.selected: str | None = None
        self.empty_text = ""
        self._hover: str | None = None
        self._groups: list[_Group] = []

    # ---------------------------------------------------------------- content
    def set_data(self, models: tuple[str, ...], channels: list[str],
                 credits: dict[str, dict[str, float]], total: float,
                 unavailable: dict[str, str], colours: dict[str, str]) -> None:
        """Show ``credits[model][channel]`` (conversions) as shares of ``total``."""
        self.models, self.unavailable, self.colours = models, dict(unavailable), colours
        self.credits = credits
        self.shares = {m: {c: (credits[m].get(c, 0.0) / total if total > 0 else 0.0)
                           for c in channels} for m in models}
        # Channels that most models credit most come first.
        self.channels = sorted(channels, key=lambda c: (
            -sum(self.shares[m][c] for m in models), c.casefold()))
        if self.selected not in self.channels:
            self.selected = None
        self._relayout()

    def group_rect(self, channel: str) -> QRectF | None:
        for group in self._groups:
            if group.channel == channel:
                return QRectF(group.rect)
        return None

    def channel_at(self, point: QPointF) -> str | None:
        for group in self._groups:
            if group.rect.contains(point):
                return group.channel
        return None

    # ----------------------------------------------------------------- layout
    def _legend_h(self) -> float:
        return QFontMetricsF(self.font()).height() + 2 * self.PAD

    def _group_h(self) -> float:
        n = max(1, len(self.models))
        return self.NAME_H + n * (self.BAR_H + self.BAR_GAP) + 2 * self.PAD

    def _relayout(self) -> None:
        width = max(1, self.width())
        columns = max(1, int((width - self.PAD) // self.MIN_GROUP_W))
        columns = min(columns, max(1, len(self.channels)))
        group_w = (width - self.PAD) / columns
        top = self._legend_h()
        self._groups = []
        for i, channel in enumerate(self.channels):
            row, col = divmod(i, columns)
            rect = QRectF(self.PAD + col * group_w, top + row * self._group_h(),
                          group_w - self.PAD, self._group_h() - 4)
            self._groups.append(_Group(channel, rect))
        rows = (len(self.channels) + columns - 1) // columns
        needed = int(top + max(rows, 1) * self._group_h() + self.PAD)
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(4 * self.MIN_GROUP_W, int(self._legend_h() + 2 * self._group_h()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ------------------------------------------------------------------ paint
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        fm = QFontMetricsF(self.font())
        self._paint_legend(painter, fm, text, muted)
        if not self.channels:
            painter.setPen(muted)
            painter.drawText(QRectF(self.rect()).adjusted(0, self._legend_h(), 0, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return
        top_share = max((s for row in self.shares.values() for s in row.values()), default=0.0)
        bold = self.font()
        bold.setBold(True)
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.88))
        small_fm = QFontMetricsF(small)
        for group in self._groups:
            rect, channel = group.rect, group.channel
            if channel == self.selected:
                painter.setPen(QPen(QColor("#1565c0"), 1.6))
                painter.setBrush(QColor(21, 101, 192, 30))
                painter.drawRoundedRect(rect, 5, 5)
            elif channel == self._hover:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(128, 128, 128, 28))
                painter.drawRoundedRect(rect, 5, 5)
            x = rect.left() + self.PAD
            y = rect.top() + self.PAD
            colour = self.colours.get(channel)
            if colour:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawEllipse(QPointF(x + 4, y + self.NAME_H / 2 - 2), 4, 4)
                x += 13
            painter.setFont(bold)
            painter.setPen(text)
            name = QFontMetricsF(bold).elidedText(channel, Qt.TextElideMode.ElideRight,
                                                  rect.right() - x - self.PAD)
            painter.drawText(QRectF(x, y - 2, rect.right() - x, self.NAME_H),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setFont(small)
            value_w = small_fm.horizontalAdvance("100%") + 6
            bar_left = rect.left() + self.PAD
            bar_w = max(10.0, rect.width() - 2 * self.PAD - value_w)
            y += self.NAME_H
            for model in self.models:
                share = self.shares[model].get(channel, 0.0)
                length = bar_w * share / top_share if top_share > 0 else 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(128, 128, 128, 30))
                painter.drawRoundedRect(QRectF(bar_left, y, bar_w, self.BAR_H), 2, 2)
                if length > 0:
                    painter.setBrush(QColor(MODEL_COLORS.get(model, "#607d8b")))
                    painter.drawRoundedRect(QRectF(bar_left, y, max(2.0, length), self.BAR_H),
                                            2, 2)
                painter.setPen(muted if share == 0 else text)
                painter.drawText(QRectF(bar_left + bar_w + 4, y - 4, value_w, self.BAR_H + 8),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"{share:.0%}")
                y += self.BAR_H + self.BAR_GAP
            painter.setFont(self.font())

    def _paint_legend(self, painter: QPainter, fm: QFontMetricsF, text: QColor,
                      muted: QColor) -> None:
        x, y = float(self.PAD), float(self.PAD)
        h = fm.height()
        entries = [(m, True) for m in self.models] + [(m, False) for m in self.unavailable]
        for model, available in entries:
            label = model_title(model)
            if not available:
                label += " " + QCoreApplication.translate("AttributionDock", "(n/a)")
            width = h + 4 + fm.horizontalAdvance(label) + 16
            if x + width > self.width() and x > self.PAD:
                break
            painter.setPen(Qt.PenStyle.NoPen)
            colour = QColor(MODEL_COLORS.get(model, "#607d8b"))
            if not available:
                colour.setAlpha(70)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y + h * 0.2, h * 0.6 * 1.6, h * 0.6), 2, 2)
            painter.setPen(text if available else muted)
            painter.drawText(QPointF(x + h + 4, y + fm.ascent()), label)
            x += width

    # ------------------------------------------------------------ interaction
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        channel = self.channel_at(event.position())
        if channel != self._hover:
            self._hover = channel
            self.setCursor(Qt.CursorShape.PointingHandCursor if channel
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            channel = self.channel_at(event.position())
            if channel is not None:
                self.channel_clicked.emit(channel)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.channels and key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up,
                                     Qt.Key.Key_Left):
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            current = self.channels.index(self.selected) if self.selected in self.channels \
                else -step if step > 0 else 0
            self.channel_clicked.emit(self.channels[(current + step) % len(self.channels)])
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            channel = self.channel_at(QPointF(event.pos()))
            if channel is None:
                QToolTip.hideText()
                event.ignore()
                return True
            lines = [f"<b>{_html(channel)}</b>"]
            for model in self.models:
                credit = self.credits[model].get(channel, 0.0)
                share = self.shares[model].get(channel, 0.0)
                line = QCoreApplication.translate(
                    "AttributionDock", "{model}: {credit} conversions ({share})")
                lines.append(line.format(model=_html(model_title(model)), credit=f"{credit:.2f}",
                                         share=f"{share:.0%}"))
            QToolTip.showText(event.globalPos(), "<br>".join(lines), self)
            return True
        return super().event(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
