"""Start the desktop app: ``omnimap [FILE] [--sample] [--lang en|pl]``.

The window is shown first and the map loaded right after, from the event loop:
the model (pydantic, networkx) and the canvas are imported only then, so the
first paint costs little more than a bare Qt window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["create_window", "parse_args", "run", "start"]


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
    if requested:
        return requested
    try:
        from omnimap.gui.preferences import Preferences

        return Preferences().effective_language()
    except ImportError:
        from omnimap.gui.settings import system_language

        return system_language()


def _install_translators(app: QCoreApplication, language: str) -> None:
    if language == "en":
        return
    folder = Path(__file__).resolve().parent.parent / "assets" / "i18n"
    for name, where in ((f"qtbase_{language}", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)), (f"omnimap_{language}", str(folder))):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))


def start(window, file: str | None = None, sample: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Put a map into a shown window: the file, else the sample, else a blank map.

    A file that cannot be read leaves a blank map open and says why in a dialog.
    """
    from omnimap.commands import Document
    from omnimap.io import FileError

    if file:
        try:
            window.set_document(Document.open(file))
            return
        except FileError as error:
            window.set_document(window.blank_document())
            QMessageBox.warning(window, QCoreApplication.translate("app", "Cannot open the map"),
                                str(error))
            return
    window.set_document(window.sample_document() if sample else window.blank_document())


def create_window(argv: list[str]):  # type: ignore[no-untyped-def]
    """Build and show the main window; the map follows from the event loop."""
    from omnimap.gui.main_window import MainWindow

    args = parse_args(argv)
    window = MainWindow(language=_language(args.lang))
    window.show()
    QTimer.singleShot(0, lambda: start(window, args.file, args.sample))
    return window


def run(argv: list[str]) -> int:
    """Run the app until its window closes; returns the exit code."""
    existing = QApplication.instance()
    app = existing or QApplication(["omnimap", *argv])
    QCoreApplication.setOrganizationName("omnimap")
    QCoreApplication.setApplicationName("omnimap")
    # A new QApplication has taken its own options (-platform, -style ...) out.
    args_seen = argv if existing else QCoreApplication.arguments()[1:]
    try:
        args = parse_args(list(args_seen))
    except _ArgError as error:
        print(f"omnimap: {error}", file=sys.stderr)
        return 2
    _install_translators(app, _language(args.lang))
    window = create_window(list(args_seen))
    code = app.exec()
    del window
    return int(code)
