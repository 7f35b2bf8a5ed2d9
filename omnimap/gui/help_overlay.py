"""F1: a see-through sheet over the canvas listing every gesture and shortcut.

The overlay is a child widget that covers its parent (usually the canvas
view or the main window's central widget), dims it and shows a card with the
gestures. F1 toggles it; Esc, F1 again or a click anywhere closes it.

Integration::

    overlay = HelpOverlay(central_widget, shortcuts={"connect": "Ctrl+L"})
    # If the window already has an F1 action (Help menu), pass
    # install_shortcut=False and connect that action to overlay.toggle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

__all__ = ["DEFAULT_SHORTCUTS", "HelpOverlay"]

# Shortcuts shown on the sheet; the window passes its actions' real ones.
DEFAULT_SHORTCUTS = {
    "help": "F1",
    "edit": "F2",
    "delete": "Del",
    "connect": "Ctrl+L",
    "zoom_in": "Ctrl++",
    "zoom_out": "Ctrl+-",
    "zoom_fit": "Ctrl+0",
    "zoom_reset": "Ctrl+1",
    "copy": "Ctrl+C",
    "paste": "Ctrl+V",
    "duplicate": "Ctrl+D",
    "present": "F11",
}

_ROWS = ("add", "move", "connect", "edit", "delete", "copy", "zoom", "pan", "present", "help")


def _native(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class HelpOverlay(QWidget):
    """A dimmed sheet over ``parent`` with the gestures; hidden until toggled."""

    visibilityChanged = Signal(bool)

    def __init__(self, parent: QWidget, shortcuts: dict[str, str] | None = None,
                 install_shortcut: bool = True) -> None:
        super().__init__(parent)
        self._keys = {**DEFAULT_SHORTCUTS, **(shortcuts or {})}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)

        self.panel = QFrame(self)
        self.panel.setObjectName("helpPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setAutoFillBackground(True)
        self.title = QLabel(self.panel)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.footer = QLabel(self.panel)
        self.footer.setWordWrap(True)
        grid = self._grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, name in enumerate(_ROWS):
            what, keys, how = QLabel(self.panel), QLabel(self.panel), QLabel(self.panel)
            bold = what.font()
            bold.setBold(True)
            what.setFont(bold)
            how.setWordWrap(True)
            keys.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(keys, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(how, row, 2)
            self.rows[name] = (what, keys, how)
        grid.setColumnStretch(2, 1)
        inner = self._column = QVBoxLayout(self.panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addLayout(grid)
        inner.addWidget(self.footer)
        # Centred; in a window too small for the sheet (or for its Polish, which wraps
        # to more lines) it scrolls instead of squeezing its rows over each other.
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.panel.setParent(page)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(page)
        page.setAutoFillBackground(False)  # setWidget turned it on: keep the map seen dimmed
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.shortcut: QShortcut | None = None
        if install_shortcut:
            self.shortcut = QShortcut(QKeySequence(self._keys["help"]), parent)
            self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcut.activated.connect(self.toggle)
        parent.installEventFilter(self)
        self.retranslate_ui()
        self.hide()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        k = {name: _native(seq) for name, seq in self._keys.items()}
        self.setAccessibleName(self.tr("Help: gestures and shortcuts"))
        self.title.setText(self.tr("Gestures and shortcuts"))
        texts = {
            "add": (self.tr("Add"), "",
                    self.tr("Drag a channel from the palette and drop it on a stage lane.")),
            "move": (self.tr("Move"), "",
                     self.tr("Drag a card to another stage, channel or place in its cell; "
                             "Esc cancels the drag.")),
            "connect": (self.tr("Connect"), k["connect"],
                        self.tr("Drag from the handle on a card's edge to another card, "
                                "or select two cards and press %1.").replace("%1", k["connect"])),
            "edit": (self.tr("Edit"), k["edit"],
                     self.tr("Double-click a card, or select it and press %1.")
                     .replace("%1", k["edit"])),
            "delete": (self.tr("Delete"), k["delete"],
                       self.tr("Removes the selected cards or arrows; Undo brings them back.")),
            "copy": (self.tr("Copy"), f"{k['copy']}  {k['paste']}  {k['duplicate']}",
                     self.tr("Copy, paste and duplicate the selected cards.")),
            "zoom": (self.tr("Zoom"),
                     f"{k['zoom_in']}  {k['zoom_out']}  {k['zoom_fit']}  {k['zoom_reset']}",
                     self.tr("Ctrl and the mouse wheel zoom in and out; %1 fits the whole "
                             "map in the window, %2 shows it at its actual size.")
                     .replace("%1", k["zoom_fit"]).replace("%2", k["zoom_reset"])),
            "pan": (self.tr("Pan"), "",
                    self.tr("Drag with the middle mouse button, or hold Space and drag.")),
            "present": (self.tr("Present"), k["present"],
                        self.tr("Full-screen presentation for the workshop room; %1 again "
                                "returns.").replace("%1", k["present"])),
            "help": (self.tr("Help"), k["help"],
                     self.tr("Shows or hides this sheet.")),
        }
        for name, (what, keys, how) in texts.items():
            labels = self.rows[name]
            labels[0].setText(what)
            labels[1].setText(keys)
            labels[2].setText(how)
        self.footer.setText(self.tr("Press Esc or click anywhere to close."))
        self._fit_panel()

    def _fit_panel(self) -> None:
        """As wide as the window allows (up to 860 px), and as tall as its wrapped texts need.

        Left to the layouts, the word-wrapped texts got the height of a guessed
        width and the rows overlapped (most in Polish, which wraps to more lines):
        the height is summed here from each text's height at its real width.
        """
        width = max(420, min(860, self.width() - 48))
        margins = self._column.contentsMargins()
        inner = width - margins.left() - margins.right()
        fixed = sum(max(row[column].sizeHint().width() for row in self.rows.values())
                    for column in (0, 1))
        how_width = max(60, inner - fixed - 2 * self._grid.horizontalSpacing() - 8)  # rounding
        rows = sum(max(what.sizeHint().height(), keys.sizeHint().height(),
                       how.heightForWidth(how_width)) for what, keys, how in self.rows.values())
        spacing = self._column.spacing()
        height = (margins.top() + self.title.sizeHint().height() + spacing + rows
                  + self._grid.verticalSpacing() * (len(self.rows) - 1) + spacing
                  + self.footer.heightForWidth(inner) + margins.bottom() + 12)  # rounding
        self.panel.setFixedSize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_shortcuts(self, shortcuts: dict[str, str]) -> None:
        """Show the canvas's actual key sequences."""
        self._keys.update(shortcuts)
        if self.shortcut is not None:
            self.shortcut.setKey(QKeySequence(self._keys["help"]))
        self.retranslate_ui()

    # --------------------------------------------------------------- showing
    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._fit_panel()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.visibilityChanged.emit(True)

    def close_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)
        self.visibilityChanged.emit(False)

    # ---------------------------------------------------------------- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._fit_panel()
        return False

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_overlay()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()
        event.accept()
