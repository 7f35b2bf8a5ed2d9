"""The in-place label editor laid over a card or an arrow."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from omnimap.gui.canvas.items import ArrowItem, CardItem
from omnimap.gui.canvas.theme import COLORS
from omnimap.model.values import MAX_LABEL

__all__ = ["LabelEditor"]


class LabelEditor(QGraphicsTextItem):
    """Plain-text editor over a card's label: Enter commits, Esc cancels, leaving commits.

    Like a line edit's maximum length, it takes no more than :data:`MAX_LABEL`
    characters (typed or pasted), so the label typed is never refused on Enter.
    """

    #: (key, text): key is a touchpoint id, or a (source, target) tuple for an arrow.
    committed = Signal(object, str)
    cancelled = Signal(object)

    def __init__(self, key: str | tuple[str, str], text: str, pos: QPointF, width: float,
                 font: QFont) -> None:
        super().__init__()
        self.key = key
        self._done = False
        self.setFont(font)
        self.setDefaultTextColor(COLORS["text"])
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(100)
        self.setPos(pos)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)
        self.document().contentsChange.connect(self._keep_within_limit)

    def _keep_within_limit(self, position: int, _removed: int, added: int) -> None:
        excess = self.document().characterCount() - 1 - MAX_LABEL
        if excess <= 0 or added <= 0:
            return
        # Drop the end of what was just typed or pasted, so the rest stays as it was.
        end = position + added
        start = max(position, end - excess)
        if start > position and "\udc00" <= self.document().characterAt(start) <= "\udfff":
            start -= 1  # never half of an emoji
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    @classmethod
    def for_card(cls, card: CardItem) -> LabelEditor:
        s = card.metrics.scale
        return cls(card.tp_id, card.tp.label, card.pos() + QPointF(8 * s, 26 * s),
                   card.metrics.card_w - 16 * s, card.metrics.font("label"))

    @classmethod
    def for_arrow(cls, arrow: ArrowItem) -> LabelEditor:
        s = arrow.metrics.scale
        width = 170 * s
        mid = arrow.label_anchor()
        return cls(arrow.key, arrow.tr.label, mid - QPointF(width / 2, 12 * s), width,
                   arrow.metrics.font("arrow"))

    @property
    def tp_id(self) -> str | None:
        """The touchpoint being relabelled, None for an arrow."""
        return self.key if isinstance(self.key, str) else None

    @property
    def finished(self) -> bool:
        return self._done

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.key, self.text())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit(self.key)

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
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt takes None
