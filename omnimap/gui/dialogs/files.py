"""File menu of the main window: new, open, save, recent files, CSV import, export.

A mixin of :class:`omnimap.gui.main_window.MainWindow`; errors are shown in a
dialog and never touch the open map.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from omnimap.commands import Document, ModelCommand

    _Window = QMainWindow
else:
    _Window = object

__all__ = ["FILE_FILTER", "FilesMixin", "documents_folder", "suggested_name"]

FILE_FILTER = "omnimap (*.omnimap)"
#: Characters no file name may hold on one of the desktop systems (Windows is the strictest).
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def suggested_name(workspace: Any, fallback: str) -> str:
    """A file name for a map never saved: its title, else its journey's name.

    >>> from omnimap.model.sample import sample_workspace
    >>> ws = sample_workspace("pl")
    >>> suggested_name(ws, "mapa")
    'Sklep odzieżowy Anna kupuje bluzkę'
    >>> ws.set_title('Q3: "Web / App"?')
    >>> suggested_name(ws, "mapa")
    'Q3 Web App'
    """
    names = [workspace.title, *(j.name for j in workspace.journeys)]
    for name in names:
        cleaned = " ".join(_NOT_IN_NAMES.sub(" ", name or "").split()).strip(". ")
        if cleaned:
            return cleaned[:80].rstrip(". ")
    return fallback


def documents_folder() -> str:
    """The user's documents folder, where a first map is saved unless they choose."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class FilesMixin(_Window):
    """Needs ``document``, ``settings``, ``language``, ``views``, ``set_document``,
    ``current_view``, ``current_journey_id``, ``push`` and the QMainWindow API."""

    document: Document | None
    settings: Any
    language: str
    autosave: Any
    views: dict[str, Any]
    recent_menu: QMenu

    # Provided by the main window (annotations only: nothing is defined here).
    set_document: Callable[..., None]
    current_view: Callable[[], Any]
    current_journey_id: Callable[[], str | None]
    push: Callable[[ModelCommand], bool]

    def blank_document(self) -> Document:
        from omnimap.commands import Document
        from omnimap.model import Workspace

        workspace = Workspace.new(self.language)  # type: ignore[arg-type]
        workspace.add_journey(QCoreApplication.translate("MainWindow", "Customer"))
        return Document(workspace)

    def sample_document(self) -> Document:
        from omnimap.commands import Document
        from omnimap.model.sample import sample_workspace

        return Document(sample_workspace(self.language))  # type: ignore[arg-type]

    def new_blank(self) -> bool:
        if not self.maybe_save():
            return False
        self.set_document(self.blank_document())
        return True

    def new_sample(self) -> bool:
        if not self.maybe_save():
            return False
        self.set_document(self.sample_document())
        return True

    def enable_autosave(self, manager: Any) -> None:
        """Copy unsaved work aside periodically (an ``AutosaveManager``)."""
        self.autosave = manager
        manager.failed.connect(lambda why: self.statusBar().showMessage(why, 6000))
        if self.document is not None:
            manager.register(self.document)

    def _error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open map"),
                                              self.settings.last_folder(), FILE_FILTER)
        return self.open_file(path) if path else False

    def open_file(self, path: str | Path) -> bool:
        """Load ``path``; on failure show why and leave the open map as it was."""
        from omnimap.commands import Document
        from omnimap.gui.io_messages import file_error_text
        from omnimap.io import FileError

        try:
            document = Document.open(path)
        except FileError as error:
            self._error(self.tr("Cannot open the map"), file_error_text(error))
            return False
        if not self.maybe_save():
            document.deleteLater()
            return False
        self.settings.set_last_folder(path)
        self.set_document(document)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 4000)
        return True

    #: For the desktop integration (files opened from Finder or the file manager).
    open_path = open_file

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            # "&&": a menu reads one "&" as a mnemonic ("R&D.omnimap" showed as "RD.omnimap").
            action = self.recent_menu.addAction(Path(path).name.replace("&", "&&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.settings.clear_recent_files)

    def _open_recent(self, path: str) -> bool:
        if self.open_file(path):
            return True
        if not Path(path).exists():  # moved or deleted: stop offering it
            self.settings.remove_recent_file(path)
        return False

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        if self.document is None:
            return False
        start = str(self.document.path or Path(self.settings.last_folder() or documents_folder())
                    / (suggested_name(self.document.workspace, self.tr("map")) + ".omnimap"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map"), start, FILE_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".omnimap"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        from omnimap.gui.io_messages import file_error_text
        from omnimap.io import FileError

        assert self.document is not None
        try:
            self.document.save(path)
        except FileError as error:
            self._error(self.tr("Cannot save the map"), file_error_text(error))
            return False
        except OSError as error:
            self._error(self.tr("Cannot save the map"), str(error))
            return False
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(path)
        self._save_thumbnail(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def _save_thumbnail(self, path: Path) -> None:
        """A small picture of the map for the start screen's recent files."""
        view = self.current_view()
        if view is None or not self.isVisible():
            return
        try:
            from omnimap.gui.start_screen import save_thumbnail

            save_thumbnail(path, view.grab().toImage())
        except (ImportError, OSError):  # a missing thumbnail only costs a generic icon
            pass

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving fails)."""
        if self.document is None or not self.document.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The map has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def import_csv_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import touchpoints from CSV"), self.settings.last_folder(),
            self.tr("CSV spreadsheets (*.csv *.txt);;All files (*)"))
        return self.import_csv(path) if path else False

    def import_csv(self, path: str | Path) -> bool:
        """Add the touchpoints of a CSV file to the current journey, as one undo step."""
        from omnimap.commands import AddJourney
        from omnimap.gui.counts import CountTexts
        from omnimap.gui.dialogs import import_command
        from omnimap.gui.io_messages import csv_error_text
        from omnimap.io.csv_import import CsvImportError, parse_touchpoints_csv
        from omnimap.model.values import MAX_NAME

        if self.document is None:
            return False
        title = self.tr("Cannot import the CSV file")
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self._error(title, f"{path}: {error.strerror or error}")
            return False
        ws = self.document.workspace
        try:
            plan = parse_touchpoints_csv(data, ws)
        except CsvImportError as error:
            self._error(title, csv_error_text(error, Path(path).name))
            return False
        journey_id = self.current_journey_id()
        if journey_id is None:
            self.push(AddJourney(ws, Path(path).stem[:MAX_NAME]))
            journey_id = ws.journeys[-1].id
        command, paste = import_command(ws, journey_id, plan)
        if not self.push(command):
            return False
        view = self.views.get(journey_id)
        if view is not None:
            view.select("touchpoint", paste.new_ids)
        self.statusBar().showMessage(
            CountTexts().imported(len(paste.new_ids)), 6000)
        return True

    def export_dialog(self) -> bool:
        from omnimap.gui.dialogs.export import export_dialog

        return export_dialog(self)
