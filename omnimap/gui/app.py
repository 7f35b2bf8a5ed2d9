"""Start the desktop app: ``omnimap [FILE] [--sample] [--lang en|pl]``.

The window is shown first and the map loaded right after, from the event loop:
the model (pydantic, networkx) and the canvas are imported only then, so the
first paint costs little more than a bare Qt window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

__all__ = ["FIRST_PAINT_TIMEOUT_MS", "create_window", "first_window_size", "parse_args", "run",
           "start"]

#: Load the map even without a paint event (window hidden or minimised) after this long.
FIRST_PAINT_TIMEOUT_MS = 1000


class _ArgError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgError(message)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The app's own options; Qt's (``-platform`` ...) have been taken out by QApplication."""
    parser = _Parser(prog="omnimap", description="Open the omnimap app.")
    parser.add_argument("file", nargs="?", help="a .omnimap file to open")
    parser.add_argument("--sample", action="store_true", help="open the built-in sample map")
    parser.add_argument("--lang", choices=("en", "pl"),
                        help="language of the app and of new maps (default: the system's)")
    args, _unknown = parser.parse_known_args(argv)
    return args


def _language(requested: str | None) -> str:
    """The language asked for on the command line, else the preference, else the system's."""
    from omnimap.gui.i18n import resolve_language

    if requested:
        return resolve_language(requested)
    try:
        from omnimap.gui.preferences import Preferences

        return resolve_language(Preferences().language or None)
    except ImportError:
        return resolve_language(None)


def start(window, file: str | None = None, sample: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Put a map into a shown window: the file, else the sample, else a blank map.

    A file that cannot be read leaves a blank map open and says why in a dialog.
    """
    from omnimap.commands import Document

    if file:
        from omnimap.io import FileError  # the file format; not needed for a new map

        try:
            window.set_document(Document.open(file))
            return
        except FileError as error:
            window.set_document(window.blank_document())
            from omnimap.gui.io_messages import file_error_text

            QMessageBox.warning(window, QCoreApplication.translate("app", "Cannot open the map"),
                                file_error_text(error))
            return
    if sample:
        window.set_document(window.sample_document())
        return
    # Nothing asked for: a blank map behind the start screen, so every action works.
    window.set_document(window.blank_document())
    window.show_start_screen()


def offer_recovery(window) -> None:  # type: ignore[no-untyped-def]
    """After a crash: offer the maps copied aside, then keep copying unsaved work."""
    from omnimap.gui.autosave import AutosaveManager, find_recovered

    recovered = find_recovered()
    window.enable_autosave(AutosaveManager(window))
    if not recovered:
        return
    from PySide6.QtWidgets import QDialog

    from omnimap.gui.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(recovered, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    restored = dialog.restored()
    if restored:
        # One window, one map: the first restored map opens; the others keep their
        # copies and are offered again next time.
        document, record = restored[0]
        window.set_document(document, adopt=record)
        for other, _record in restored[1:]:
            other.deleteLater()


class _AfterFirstPaint(QObject):
    """Calls back once the window has painted itself (or after a second, whichever first).

    A zero timer alone is not enough: on X11 the expose event comes back from the
    server later than the timer fires, and the map would load before the first paint.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._callback()


def create_window(argv: list[str], *, recovery: bool = False,  # type: ignore[no-untyped-def]
                  language: str | None = None):
    """Build and show the main window; the map (and crash recovery) follow from the event loop.

    Only what the first paint needs comes before it. The docks, the app icon (on
    X11 every size of it goes to the server) and the map follow right after.
    """
    from omnimap.gui.main_window import MainWindow

    args = parse_args(argv)
    window = MainWindow(language=language or _language(args.lang), defer_docks=True)
    screen = window.screen()
    if window.settings.window_geometry() is None and screen is not None:
        # First run: the default size must not spill over a small laptop screen.
        area = screen.availableGeometry()
        window.resize(first_window_size(window.width(), window.height(),
                                        area.width(), area.height()))
    window.show()

    def load() -> None:
        from omnimap.gui.platform_integration import set_app_icon

        set_app_icon(cast(QApplication, QApplication.instance()))
        window.build_docks()
        start(window, args.file, args.sample)
        if recovery:
            offer_recovery(window)

    _AfterFirstPaint(window, load)
    return window


def first_window_size(width: int, height: int, screen_width: int,
                      screen_height: int) -> QSize:
    """The window's first size: its default, within 95 % of the screen's free area.

    >>> size = first_window_size(1400, 860, 1366, 728)  # a 1366 x 768 laptop
    >>> size.width(), size.height()
    (1297, 691)
    >>> first_window_size(1400, 860, 1920, 1040).toTuple()
    (1400, 860)
    """
    return QSize(min(width, int(screen_width * 0.95)), min(height, int(screen_height * 0.95)))


def _keep_running_on_bugs() -> None:
    """A bug in a slot must not end the session: report it, keep the window and the map."""
    previous = sys.excepthook

    def hook(kind, value, tb):  # type: ignore[no-untyped-def]
        previous(kind, value, tb)  # the full report on stderr, for the bug tracker
        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "statusBar") and widget.isVisible():
                widget.statusBar().showMessage(QCoreApplication.translate(
                    "app", "Internal error: {error}. Your map is still open; save it.").format(
                        error=str(value).splitlines()[0] if str(value) else kind.__name__),
                    15000)

    sys.excepthook = hook


def run(argv: list[str]) -> int:
    """Run the app until its window closes; returns the exit code."""
    existing = QApplication.instance()
    app = cast(QApplication, existing or QApplication(["omnimap", *argv]))
    QCoreApplication.setOrganizationName("omnimap")
    QCoreApplication.setApplicationName("omnimap")
    # A new QApplication has taken its own options (-platform, -style ...) out.
    args_seen = argv if existing else QCoreApplication.arguments()[1:]
    try:
        args = parse_args(list(args_seen))
    except _ArgError as error:
        print(f"omnimap: {error}", file=sys.stderr)
        return 2
    from omnimap.gui.i18n import install_translators
    from omnimap.gui.palette_theme import apply_theme
    from omnimap.gui.platform_integration import DESKTOP_FILE_NAME, install_file_open_handler

    language = _language(args.lang)
    install_translators(app, language)
    _keep_running_on_bugs()
    theme = apply_theme(app)  # noqa: F841 - kept alive while the app runs
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # before show: Wayland takes the app id then
    window = create_window(list(args_seen), recovery=True, language=language)
    # Before the event loop: a file double-clicked in the Finder arrives as an event.
    handler = install_file_open_handler(app, window.open_path)  # noqa: F841 - kept alive
    code = app.exec()
    del window
    return int(code)
