"""The in-place label editor laid over a card."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from omnimap.gui.canvas.items import CardItem
from omnimap.gui.canvas.theme import COLORS

__all__ = ["LabelEditor"]


class LabelEditor(QGraphicsTextItem):
    """Plain-text editor over a card's label: Enter commits, Esc cancels, leaving commits."""

    committed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, card: CardItem, text: str) -> None:
        super().__init__()
        self.tp_id = card.tp_id
        self._done = False
        m = card.metrics
        s = m.scale
        self.setFont(m.font("label"))
        self.setDefaultTextColor(COLORS["text"])
        self.setPlainText(text)
        self.setTextWidth(m.card_w - 16 * s)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(100)
        self.setPos(card.pos().x() + 8 * s, card.pos().y() + 26 * s)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def finished(self) -> bool:
        return self._done

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.tp_id, self.text())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit(self.tp_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            event.accept()
            self.commit()
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A popup (input method, context menu) takes focus without ending the edit.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect().adjusted(-3, -3, 3, 3)
        painter.setPen(QPen(COLORS["selection"], 2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        super().paint(painter, option, widget)
