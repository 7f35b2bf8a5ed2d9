"""What the installed app needs from the desktop: its icon, its identity, files to open.

The main window calls :func:`integrate` once, after creating the
``QApplication`` and before ``app.exec()``::

    from omnimap.gui.platform_integration import integrate
    integrate(app, window.open_path)

- the window icon comes from ``omnimap/assets/icons/app`` (PNG 16..512 px, so
  no SVG plugin is needed);
- the desktop file name ``omnimap`` lets Wayland and GNOME match the windows
  to ``omnimap.desktop`` (icon in the dock, grouping);
- on macOS, double-clicking a ``.omnimap`` file in Finder, or dropping it on
  the Dock icon, sends a ``QFileOpenEvent`` to the application instead of
  putting the path in ``argv``; the handler passes the path to the callback.
  Windows and Linux pass the path in ``argv`` (see ``run(argv)``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon

__all__ = [
    "APP_ICON_DIR",
    "APP_ICON_SIZES",
    "DESKTOP_FILE_NAME",
    "app_icon",
    "install_file_open_handler",
    "integrate",
    "set_app_icon",
]

#: Where the runtime icon lives (inside the package, so the bundles carry it).
APP_ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons" / "app"
#: The PNG sizes rendered from resources/icons/omnimap.svg.
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Base name of packaging/linux/omnimap.desktop.
DESKTOP_FILE_NAME = "omnimap"


def app_icon() -> QIcon:
    """The omnimap icon with every shipped size (empty if the files are missing)."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = APP_ICON_DIR / f"omnimap-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


class _FileOpenFilter(QObject):
    """Turns the application's ``QFileOpenEvent`` into calls of ``open_callback``."""

    def __init__(self, app: QCoreApplication, open_callback: Callable[[str], object]) -> None:
        super().__init__(app)  # parented to the app: lives as long as it
        self._app = app
        self._open = open_callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PySide hands the filter the QFileOpenEvent subclass itself.
        if (watched is self._app and event.type() == QEvent.Type.FileOpen
                and isinstance(event, QFileOpenEvent)):
            path = event.file()
            if path:
                self._open(path)
                return True
        return False


def install_file_open_handler(
    app: QCoreApplication, open_callback: Callable[[str], object]
) -> QObject:
    """Call ``open_callback(path)`` for each file the system asks the app to open.

    Only macOS sends these events; elsewhere the handler is harmless. Returns
    the event filter (owned by ``app``; remove it with
    ``app.removeEventFilter(filter)``).
    """
    handler = _FileOpenFilter(app, open_callback)
    app.installEventFilter(handler)
    return handler


def integrate(app: QGuiApplication, open_callback: Callable[[str], object]) -> QObject:
    """Set the window icon and desktop file name, and route file-open requests.

    Returns the file-open event filter, as :func:`install_file_open_handler`.
    """
    set_app_icon(app)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    return install_file_open_handler(app, open_callback)


def set_app_icon(app: QGuiApplication) -> None:
    """Give every window the omnimap icon (nothing when the icon files are missing).

    The app calls this after its first paint: on X11 Qt sends every size of the
    icon to the server, which would otherwise delay the window.
    """
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
