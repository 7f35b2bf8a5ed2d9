"""After a crash: offer to restore the maps that were copied aside.

Each recovered map is listed with its title, its file (or "never saved") and
the time of the copy in the user's locale, with a tick box, ticked by default.

* **Restore** restores the ticked maps and deletes the copies of the others;
* **Discard all** deletes every copy;
* closing the dialog (Esc) decides nothing: the copies are offered again at
  the next start.

Integration (at start-up, after the main window is shown)::

    recovered = find_recovered()
    if recovered:
        dialog = RecoveryDialog(recovered, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            for document, record in dialog.restored():
                self.add_document(document)              # opens a tab / window
                self.autosave.register(document, adopt=record)
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnimap.commands.document import Document
from omnimap.gui.autosave import Recovered, discard, restore_document

__all__ = ["RecoveryDialog", "format_saved_at"]


def format_saved_at(record: Recovered, locale: QLocale | None = None) -> str:
    """The copy's time in local time, formatted the locale's short way."""
    stamp = QDateTime.fromSecsSinceEpoch(int(record.saved_at.timestamp())).toLocalTime()
    return (locale or QLocale()).toString(stamp, QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    """Lists recovered maps; after Accepted, :meth:`restored` holds the documents."""

    def __init__(self, recovered: Sequence[Recovered], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = list(recovered)
        self._restored: list[tuple[Document, Recovered]] = []
        self._failures: list[str] = []

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.list = QListWidget(self)
        for _record in self._records:
            item = QListWidgetItem(self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard_all)
        self.later_button.clicked.connect(self.reject)
        self.list.itemChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self.retranslate_ui()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recover unsaved maps"))
        self.message.setText(self.tr(
            "omnimap did not close properly last time. These maps had changes that "
            "were not saved. Tick the ones to restore; the others are deleted."))
        self.list.setAccessibleName(self.tr("Maps to recover"))
        for record, item in zip(self._records, self._items(), strict=True):
            title = record.title or self.tr("Untitled map")
            where = (str(record.original_path) if record.original_path is not None
                     else self.tr("never saved"))
            when = format_saved_at(record)
            item.setText(self.tr("%1 — %2\ncopied %3").replace("%1", title)
                         .replace("%2", where).replace("%3", when))
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the ticked maps"))
        self.discard_button.setText(self.tr("&Discard all"))
        self.discard_button.setAccessibleName(self.tr("Delete every recovered copy"))
        self.later_button.setText(self.tr("Decide &later"))
        self.later_button.setAccessibleName(self.tr("Keep the copies and ask again next time"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------------- results
    def restored(self) -> list[tuple[Document, Recovered]]:
        """The restored documents with the record each came from (for ``adopt``)."""
        return list(self._restored)

    def failures(self) -> list[str]:
        """One line per copy that could not be read."""
        return list(self._failures)

    def set_checked(self, index: int, checked: bool) -> None:
        self.list.item(index).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --------------------------------------------------------------- internal
    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        ticked = any(i.checkState() == Qt.CheckState.Checked for i in self._items())
        self.restore_button.setText(self.tr("&Restore") if ticked else self.tr("&Continue"))

    def _restore(self) -> None:
        from omnimap.gui.io_messages import file_error_text
        from omnimap.io import FileError

        self._restored, self._failures = [], []
        for record, item in zip(self._records, self._items(), strict=True):
            if item.checkState() != Qt.CheckState.Checked:
                discard(record)
                continue
            try:
                self._restored.append((restore_document(record), record))
            except FileError as error:
                # Keep the unreadable copy: someone may still rescue it by hand.
                self._failures.append(file_error_text(error))
        if self._failures:
            QMessageBox.warning(self, self.tr("Some maps could not be restored"),
                                "\n".join(self._failures))
        self.accept()

    def _discard_all(self) -> None:
        for record in self._records:
            discard(record)
        self._restored = []
        self.done(QDialog.DialogCode.Rejected)
