"""The inspector's building blocks: a form page bound to the document, its fields.

A page commits each field on its own (one undo step per field) and shows what
the model refuses in red instead of applying it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.docks._base import (
    Texts,
)

if TYPE_CHECKING:
    from omnimap.commands import Document, ModelCommand
    from omnimap.gui.docks.inspector import InspectorDock

__all__ = ["Invalid", "Page", "TextEdit", "optional_int", "set_combo", "set_text"]


class Invalid(ValueError):
    """A field's text cannot become a value; the message says why."""


class TextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, rows: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


def set_text(widget: QLineEdit | TextEdit, text: str) -> None:
    """Show the model's value unless the user is typing a change in that very field."""
    if isinstance(widget, QLineEdit):
        if widget.hasFocus() and widget.isModified():
            return
        if widget.text() != text:
            widget.setText(text)
            widget.setCursorPosition(0)
    else:
        if widget.hasFocus() and widget.document().isModified():
            return
        if widget.toPlainText() != text:
            widget.setPlainText(text)
        widget.document().setModified(False)


def set_combo(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
    combo.blockSignals(True)
    if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] != items:
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def optional_int(text: str, what: str, low: int, high: int) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise Invalid(_sentence(
            QCoreApplication.translate(
                "inspector", "{what} must be a whole number, not “{text}”"
            ).format(what=what, text=text))
        ) from None
    if not low <= value <= high:
        raise Invalid(_sentence(
            QCoreApplication.translate(
                "inspector", "{what} must be between {low} and {high}"
            ).format(what=what, low=low, high=high))
        )
    return value


def _sentence(text: str) -> str:
    # ``what`` is a field's name in lower case ("day", "dzień") and may open the message.
    return text[:1].upper() + text[1:]


class Page(QWidget):
    """One form of the inspector, bound to the document it edits."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__()
        self.dock = dock
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.texts = Texts()
        self.texts.add(self.error.setAccessibleName, lambda: self.tr("Error"))
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QHBoxLayout()
        outer.addLayout(self.buttons)
        outer.addStretch(1)

    @property
    def document(self) -> Document:
        assert self.dock.document is not None
        return self.dock.document

    @property
    def workspace(self) -> Any:
        return self.document.workspace

    def row(self, label: Callable[[], str], field: Any) -> None:
        """A form row whose label follows the language."""
        caption = QLabel(self)
        self.texts.add(caption.setText, label)
        if isinstance(field, QWidget):
            caption.setBuddy(field)
        self.form.addRow(caption, field)

    def line(
        self, label: Callable[[], str], commit: Callable[[str], Any], name: Callable[[], str]
    ) -> QLineEdit:
        edit = QLineEdit(self)
        self.texts.add(edit.setAccessibleName, name)

        def finished() -> None:
            if self.commit(lambda: commit(edit.text())):
                edit.setModified(False)  # the field shows the model again from here on

        edit.editingFinished.connect(finished)
        self.row(label, edit)
        return edit

    def text(
        self,
        label: Callable[[], str],
        commit: Callable[[str], Any],
        name: Callable[[], str],
        rows: int = 3,
    ) -> TextEdit:
        edit = TextEdit(self, rows)
        self.texts.add(edit.setAccessibleName, name)

        def finished() -> None:
            if edit.document().isModified() and self.commit(lambda: commit(edit.toPlainText())):
                edit.document().setModified(False)

        edit.editingFinished.connect(finished)
        self.row(label, edit)
        return edit

    def combo(
        self, label: Callable[[], str], commit: Callable[[str], Any], name: Callable[[], str]
    ) -> QComboBox:
        box = QComboBox(self)
        self.texts.add(box.setAccessibleName, name)
        box.activated.connect(lambda _i: self.commit(lambda: commit(box.currentData())))
        self.row(label, box)
        return box

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def commit(self, make: Callable[[], ModelCommand | None]) -> bool:
        """Build the edit and push it; show why when it is refused. True when applied."""
        from omnimap.commands.refusals import refusal_text
        from omnimap.model import ModelError

        if self.dock.document is None or self.dock.loading:
            return False
        try:
            command = make()
        except (Invalid, ModelError) as error:
            self.show_error(refusal_text(error))
            return False
        if command is None:  # nothing changed: not an undo step
            self.error.hide()
            return True
        refused: list[str] = []

        def grab(message: str) -> None:
            refused.append(message)

        self.document.edit_refused.connect(grab)
        try:
            ok = self.document.push(command)
        finally:
            self.document.edit_refused.disconnect(grab)
        if ok:
            self.error.hide()
        else:
            self.show_error(refused[0] if refused else self.tr("The edit was refused."))
        return ok

    def load(self) -> bool:
        """Show the model's values; False when the subject no longer exists."""
        raise NotImplementedError
