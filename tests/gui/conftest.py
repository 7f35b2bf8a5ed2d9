"""Fixtures shared by the GUI tests: sample documents, settings in the test's folder, windows.

Documents are over fresh copies of the sample; settings live in an INI file
in the test's own folder; main windows are built over both.

Kept small and generic on purpose: a test that needs more builds it itself.
Without PySide6 (the Qt-free run) nothing in this folder is collected.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from omnimap.gui.main_window import MainWindow

if importlib.util.find_spec("PySide6") is None:  # pragma: no cover - Qt-free venv
    collect_ignore_glob = ["test_*.py"]
else:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from omnimap.commands import Document
    from omnimap.gui.settings import Settings
    from omnimap.model.sample import sample_workspace

    @pytest.fixture
    def make_document(qapp) -> Callable[..., Document]:
        """A factory: ``make_document("pl")`` is a Document over a fresh sample workspace."""

        def make(lang: str = "en") -> Document:
            return Document(sample_workspace(lang))  # type: ignore[arg-type]

        return make

    @pytest.fixture
    def document(make_document) -> Document:
        """A Document over the English sample (journey ``"anna"``, touchpoints t1..t12)."""
        return make_document("en")

    @pytest.fixture
    def document_pl(make_document) -> Document:
        """A Document over the Polish sample."""
        return make_document("pl")

    @pytest.fixture
    def qsettings(tmp_path: Path) -> QSettings:
        """An INI file in the test's folder, so no test reads or changes the user's settings."""
        return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    @pytest.fixture
    def settings(qsettings: QSettings) -> Settings:
        """The application's settings over :func:`qsettings`."""
        return Settings(qsettings)

    @pytest.fixture
    def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
        """Closing a changed map asks to save: answer "discard" instead of blocking."""
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Discard)

    @pytest.fixture
    def make_window(qtbot: Any, settings: Settings) -> Iterator[Callable[..., MainWindow]]:
        """A factory: ``make_window(document)`` is an English main window over :func:`settings`.

        The window shows ``document`` if one is given but is not shown itself:
        tests differ in what they do first (resize, set the map, show).
        ``options`` go to :class:`MainWindow` (``defer_docks=True``).
        """
        # Imported here: most GUI tests never build a main window.
        from omnimap.gui.main_window import MainWindow

        made: list[MainWindow] = []

        def make(document: Document | None = None, **options: Any) -> MainWindow:
            win = MainWindow(settings, "en", **options)
            qtbot.addWidget(win)
            if document is not None:
                win.set_document(document)
            made.append(win)
            return win

        yield make
        for win in made:
            if win.document is not None:
                win.document.undo_stack.setClean()  # no save prompt when pytest-qt closes it

    @pytest.fixture
    def view(qtbot: Any, document: Document) -> Any:
        """A JourneyView of the sample journey, shown at 1:1 in a 1400 x 900 window."""
        # Imported here: most GUI tests never build a canvas.
        from omnimap.gui.canvas import JourneyView

        widget = JourneyView(document, "anna")
        qtbot.addWidget(widget)
        widget.resize(1400, 900)
        widget.show()
        qtbot.waitExposed(widget)
        widget.zoom_reset()
        return widget

    @pytest.fixture(autouse=True)
    def _flush_deferred_deletes(qapp):
        """Delete what a test scheduled with deleteLater before the next test starts.

        Left for interpreter shutdown, those C++ objects are destroyed after
        Python has started tearing its own objects down, and PySide6 crashes there.
        """
        yield
        import gc

        from PySide6.QtCore import QCoreApplication, QEvent

        # The clipboard owns the QMimeData a copy gave it and would delete it at
        # exit, after Python is gone: shiboken then crashes the process.
        qapp.clipboard().clear()
        for widget in qapp.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
