"""What the app remembers between runs: window geometry, dock layout, recent files.

Stored with QSettings under the organisation and application name "omnimap",
so each platform keeps it where it keeps such things.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

__all__ = ["MAX_RECENT", "Settings", "system_language"]

MAX_RECENT = 10


def system_language() -> str:
    """``"pl"`` when the system UI speaks Polish, else ``"en"``."""
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("pl"):
            return "pl"
        if name.lower().startswith("en"):
            return "en"
    return "en"


class Settings:
    """A thin typed layer over QSettings.

    Parameters
    ----------
    qsettings : QSettings, optional
        Where to keep things; tests pass one backed by a temporary INI file.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    # ------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self.q.value("recent_files", [])
        if isinstance(value, str):  # QSettings gives back a lone string for one entry
            value = [value]
        if not isinstance(value, list | tuple):
            return []
        return [str(v) for v in value if v]

    def add_recent_file(self, path: str | os.PathLike[str]) -> list[str]:
        entry = str(Path(path).absolute())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self.q.setValue("recent_files", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def remove_recent_file(self, path: str) -> None:
        self.q.setValue("recent_files", [f for f in self.recent_files() if f != path])

    def clear_recent_files(self) -> None:
        self.q.setValue("recent_files", [])

    # ------------------------------------------------------------ window state
    def window_geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    # ----------------------------------------------------------------- folders
    def last_folder(self) -> str:
        return str(self.q.value("last_folder", "") or "")

    def set_last_folder(self, path: str | os.PathLike[str]) -> None:
        self.q.setValue("last_folder", str(Path(path).parent))

    def sync(self) -> None:
        self.q.sync()
