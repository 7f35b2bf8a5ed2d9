"""Stage (column) and channel (row) header items.

The row header carries the product's main message: a channel whose data never
reaches the CRM is tinted, marked with a warning sign and explained in its
tooltip, so the silo is seen at a glance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from omnimap.gui.canvas.items import _html
from omnimap.gui.canvas.theme import COLORS, Metrics, crm_text, wrap_lines
from omnimap.gui.icons import CRM_COLORS, paint_badge, paint_channel_glyph, paint_warning

if TYPE_CHECKING:
    from omnimap.model.values import Channel, Kpi, Stage

__all__ = [
    "ROW_TYPE",
    "STAGE_TYPE",
    "RowHeaderItem",
    "StageHeaderItem",
    "format_kpi",
    "kpi_lines",
]

# QGraphicsItem.UserType is missing from PySide6's type stubs.
STAGE_TYPE = QGraphicsItem.UserType + 3  # type: ignore[attr-defined]
ROW_TYPE = QGraphicsItem.UserType + 4  # type: ignore[attr-defined]



def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"


def format_kpi(kpi: Kpi) -> str:
    """``metric: actual / target unit`` for a KPI with both values."""
    unit = f" {kpi.unit}" if kpi.unit and kpi.unit != "%" else kpi.unit
    return (f"{kpi.metric}: {_number(kpi.actual or 0)}{unit} / "
            f"{_number(kpi.target or 0)}{unit}")


def kpi_lines(stage: Stage) -> list[Kpi]:
    """The KPIs of a stage worth showing in its header: those with a target and an actual."""
    return [k for k in stage.kpis if k.target is not None and k.actual is not None]


class StageHeaderItem(QGraphicsItem):
    """The header of a stage column: name, goal and the KPIs with target and actual."""

    MAX_KPIS = 4

    def __init__(self, stage: Stage, metrics: Metrics, height: float) -> None:
        super().__init__()
        self.stage_id = stage.id
        self.stage = stage
        self.metrics = metrics
        self.height = height
        self.drop_marker: float | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(3)
        self.set_stage(stage, metrics, height)

    def type(self) -> int:
        return STAGE_TYPE

    @staticmethod
    def needed_height(stages: list[Stage], metrics: Metrics) -> float:
        s = metrics.scale
        kpis = max((min(len(kpi_lines(st)), StageHeaderItem.MAX_KPIS + 1) for st in stages),
                   default=0)
        goal = QFontMetricsF(metrics.font("goal")).lineSpacing()
        kpi = QFontMetricsF(metrics.font("kpi")).lineSpacing()
        return 42 * s + 10 * s + 2 * goal + (6 * s + kpis * kpi if kpis else 0) + 12 * s

    def set_stage(self, stage: Stage, metrics: Metrics, height: float) -> None:
        self.prepareGeometryChange()
        self.stage, self.metrics, self.height = stage, metrics, height
        width = metrics.col_w - 24 * metrics.scale
        self._goal = wrap_lines(stage.goal, metrics.font("goal"), width, 2) if stage.goal else []
        self._kpis = kpi_lines(stage)
        tip = [f"<b>{_html(stage.name)}</b>"]
        if stage.goal:
            tip.append(_html(stage.goal))
        for kpi in stage.kpis:
            line = _html(kpi.metric + (f" ({kpi.unit})" if kpi.unit else ""))
            if kpi.target is not None and kpi.actual is not None:
                line = _html(format_kpi(kpi))
                if kpi.misses_target():
                    misses = QCoreApplication.translate("JourneyCanvas", "misses its target")
                    line = f"<span style='color:#c62828'>{line} ✗ {misses}</span>"
            tip.append("• " + line)
        self.setToolTip("<br>".join(tip))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.metrics.col_w, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m, s = self.metrics, self.metrics.scale
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect()
        painter.fillRect(rect, COLORS["header_bg"])
        band = QRectF(0, 0, rect.width(), 42 * s)
        painter.fillRect(band, COLORS["selection"] if selected else COLORS["header"])
        painter.setPen(QPen(COLORS["grid"], 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        pad = 12 * s
        painter.setPen(COLORS["header_text"])
        painter.setFont(m.font("stage"))
        fm = QFontMetricsF(m.font("stage"))
        name = fm.elidedText(self.stage.name, Qt.TextElideMode.ElideRight, rect.width() - 2 * pad)
        painter.drawText(band.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter, name)
        y = band.bottom() + 8 * s
        font = m.font("goal")
        painter.setFont(font)
        painter.setPen(COLORS["muted"])
        fm = QFontMetricsF(font)
        for line in self._goal:
            painter.drawText(QPointF(pad, y + fm.ascent()), line)
            y += fm.lineSpacing()
        y = band.bottom() + 8 * s + 2 * fm.lineSpacing() + 6 * s
        font = m.font("kpi")
        fm = QFontMetricsF(font)
        painter.setFont(font)
        for i, kpi in enumerate(self._kpis):
            if i == self.MAX_KPIS:
                painter.setPen(COLORS["muted"])
                more = QCoreApplication.translate("JourneyCanvas", "+%1 more KPIs")
                more = more.replace("%1", str(len(self._kpis) - i))
                painter.drawText(QPointF(pad, y + fm.ascent()), more)
                break
            miss = kpi.misses_target()
            mark = QRectF(pad, y + 1 * s, fm.height() - 2 * s, fm.height() - 2 * s)
            if miss:
                paint_warning(painter, mark, COLORS["miss"])
            else:
                _paint_check(painter, mark, COLORS["hit"])
            painter.setPen(COLORS["miss"] if miss else COLORS["text"])
            text = fm.elidedText(format_kpi(kpi), Qt.TextElideMode.ElideRight,
                                 rect.width() - 2 * pad - mark.width() - 6 * s)
            painter.drawText(QPointF(mark.right() + 6 * s, y + fm.ascent()), text)
            y += fm.lineSpacing()
        if self.drop_marker is not None:
            painter.setPen(QPen(COLORS["drop_line"], 4 * s))
            painter.drawLine(QPointF(self.drop_marker, 0), QPointF(self.drop_marker, rect.height()))


def _paint_check(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    pen = QPen(colour, rect.width() * 0.16)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath()
    path.moveTo(rect.left() + rect.width() * 0.15, rect.top() + rect.height() * 0.55)
    path.lineTo(rect.left() + rect.width() * 0.42, rect.top() + rect.height() * 0.8)
    path.lineTo(rect.left() + rect.width() * 0.88, rect.top() + rect.height() * 0.22)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


class RowHeaderItem(QGraphicsItem):
    """The header of a channel row: colour, icon, name and CRM status (flagged when a silo)."""

    def __init__(self, channel: Channel, metrics: Metrics, height: float, count: int) -> None:
        super().__init__()
        self.channel_id = channel.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(3)
        self.channel = channel
        self.metrics = metrics
        self.height = height
        self.count = count
        self.content_offset = 0.0
        self.set_channel(channel, metrics, height, count)

    def type(self) -> int:
        return ROW_TYPE

    def set_channel(self, channel: Channel, metrics: Metrics, height: float, count: int) -> None:
        self.prepareGeometryChange()
        self.channel, self.metrics, self.height, self.count = channel, metrics, height, count
        s = metrics.scale
        self._name = wrap_lines(channel.name, metrics.font("channel"),
                                metrics.row_header_w - 62 * s, 2)
        status = channel.audit.crm
        short, long = crm_text(status)
        self._status = wrap_lines(short, metrics.font("crm_bold" if status == "none" else "crm"),
                                  metrics.row_header_w - 84 * s, 2)
        tip = [f"<b>{_html(channel.name)}</b>",
               f"<span style='color:{CRM_COLORS[status]}'><b>{_html(short)}</b></span>",
               _html(long)]
        if channel.audit.crm_note:
            note = QCoreApplication.translate("JourneyCanvas", "Note: %1")
            tip.append(note.replace("%1", _html(channel.audit.crm_note)))
        if channel.audit.owner:
            owner = QCoreApplication.translate("JourneyCanvas", "Owner: %1")
            tip.append(owner.replace("%1", _html(channel.audit.owner)))
        if status == "none" and count:
            # Worded without a plural: lupdate reads no %n forms from translate().
            affected = QCoreApplication.translate("JourneyCanvas", "Touchpoints affected here: %1.")
            tip.append(affected.replace("%1", str(count)))
        self.setToolTip("<br>".join(tip))
        self.update()

    def content_height(self) -> float:
        """Height of the icon, name and status block."""
        s = self.metrics.scale
        name = QFontMetricsF(self.metrics.font("channel")).lineSpacing() * len(self._name)
        status = QFontMetricsF(self.metrics.font("crm")).lineSpacing() * len(self._status)
        return 14 * s + max(30 * s, name + 4 * s + status) + 12 * s

    def set_content_offset(self, offset: float) -> None:
        offset = max(0.0, min(offset, self.height - self.content_height()))
        if offset != self.content_offset:
            self.content_offset = offset
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.metrics.row_header_w, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m, s = self.metrics, self.metrics.scale
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        status = self.channel.audit.crm
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bg = COLORS["silo_header"] if status == "none" else QColor("#ffffff")
        painter.fillRect(rect, bg)
        painter.fillRect(QRectF(0, 0, 6 * s, rect.height()), QColor(self.channel.color))
        if status == "none":
            painter.fillRect(QRectF(rect.width() - 5 * s, 0, 5 * s, rect.height()),
                             QColor(CRM_COLORS["none"]))
        painter.setPen(QPen(COLORS["grid"], 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            painter.setPen(QPen(COLORS["selection"], 3 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1.5 * s, 1.5 * s, -1.5 * s, -1.5 * s))
        # In a row taller than the window the name follows the scrolling (see content_offset).
        painter.translate(0, self.content_offset)
        pad = 14 * s
        icon = 30 * s
        paint_channel_glyph(painter, QRectF(pad, pad, icon, icon), self.channel.icon,
                            self.channel.color)
        x = pad + icon + 10 * s
        font = m.font("channel")
        fm = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(COLORS["text"])
        y = pad + 1 * s
        for line in self._name:
            painter.drawText(QPointF(x, y + fm.ascent()), line)
            y += fm.lineSpacing()
        font = m.font("crm_bold" if status == "none" else "crm")
        fm = QFontMetricsF(font)
        painter.setFont(font)
        y += 4 * s
        size = 16 * s
        mark = QRectF(x, y + (fm.height() - size) / 2, size, size)
        colour = QColor(CRM_COLORS[status])
        if status == "none":
            paint_warning(painter, mark.adjusted(-1 * s, -2 * s, 1 * s, 0), colour)
        elif status == "unknown":
            paint_badge(painter, mark.center(), size / 2, colour, "?")
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(mark.center(), 4.5 * s, 4.5 * s)
        painter.setPen(colour.darker(115) if status in ("none", "unknown") else COLORS["muted"])
        painter.setFont(font)
        tx = x + size + 6 * s
        for line in self._status:
            painter.drawText(QPointF(tx, y + fm.ascent()), line)
            y += fm.lineSpacing()
        painter.translate(0, -self.content_offset)


class GroupLabelItem(QGraphicsItem):
    """The name of a channel group (online / offline / hybrid) at the left of its band."""

    def __init__(self, group: str, metrics: Metrics, height: float) -> None:
        super().__init__()
        # Not "group": QGraphicsItem.group() exists.
        self.group_id, self.metrics, self.height = group, metrics, height
        names = {
            "online": QCoreApplication.translate("JourneyCanvas", "Online channels"),
            "offline": QCoreApplication.translate("JourneyCanvas", "Offline channels"),
            "hybrid": QCoreApplication.translate("JourneyCanvas", "Hybrid channels"),
        }
        self.text = names.get(group, group).upper()
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.metrics.row_header_w, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect, COLORS["group_bg"])
        painter.setFont(self.metrics.font("group"))
        painter.setPen(COLORS["group_text"])
        painter.drawText(rect.adjusted(14 * self.metrics.scale, 0, 0, 0),
                         Qt.AlignmentFlag.AlignVCenter, self.text)


class CornerItem(QGraphicsItem):
    """The top-left corner: the journey's name and persona."""

    def __init__(self, scene: Any, metrics: Metrics) -> None:
        super().__init__()
        self._scene = scene
        self.metrics = metrics
        self.height = 0.0
        self.setZValue(4)

    def set_size(self, metrics: Metrics, height: float) -> None:
        self.prepareGeometryChange()
        self.metrics, self.height = metrics, height
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.metrics.row_header_w, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m, s = self.metrics, self.metrics.scale
        corner = self.boundingRect()
        painter.fillRect(corner, COLORS["header"])
        journey = self._scene.journey
        pad = 14 * s
        painter.setPen(COLORS["header_text"])
        font = m.font("title")
        painter.setFont(font)
        fm = QFontMetricsF(font)
        name = journey.name or QCoreApplication.translate("JourneyCanvas", "Journey")
        name = fm.elidedText(name, Qt.TextElideMode.ElideRight, corner.width() - 2 * pad)
        painter.drawText(QPointF(pad, pad + fm.ascent()), name)
        persona = journey.persona
        if persona.description:
            painter.setFont(m.font("small"))
            painter.setPen(QColor("#cfd8dc"))
            painter.drawText(corner.adjusted(pad, pad + fm.lineSpacing() + 6 * s, -pad, -pad),
                             int(Qt.TextFlag.TextWordWrap), persona.description)
