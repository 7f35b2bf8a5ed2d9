"""The first thing shown without a file: new map, the sample, open, recent files.

Recent files come from the same QSettings list the main window keeps
(:data:`RECENT_KEY`, see ``omnimap.gui.settings``) or are handed over with
:meth:`StartScreen.set_recent_files`. Each shows a thumbnail: a small PNG in
``<CacheLocation>/thumbnails/<sha1 of the path>.png``, written by
:func:`save_thumbnail`, which the main window calls after each save; a
generic icon stands in when there is none. Files that no longer exist are
listed greyed out so the facilitator sees what went missing.

Integration::

    start = StartScreen()
    start.newBlank.connect(...); start.newSample.connect(...)
    start.openRequested.connect(...); start.openRecent.connect(self.open_path)
    # after every save:
    save_thumbnail(path, view.grab().toImage())
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "RECENT_KEY",
    "THUMB_SIZE",
    "StartScreen",
    "load_thumbnail",
    "save_thumbnail",
    "thumbnail_dir",
    "thumbnail_path",
]

#: The QSettings key of the recent-files list, shared with omnimap.gui.settings.
RECENT_KEY = "recent_files"
THUMB_SIZE = QSize(192, 120)
_COLUMNS = 4


def thumbnail_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "thumbnails"


def thumbnail_path(path: str | os.PathLike[str], folder: Path | None = None) -> Path:
    """Where the thumbnail of the map at ``path`` is kept (the file may not exist)."""
    key = hashlib.sha1(str(Path(path).absolute()).encode("utf-8")).hexdigest()
    return (folder or thumbnail_dir()) / f"{key}.png"


def save_thumbnail(path: str | os.PathLike[str], image: QImage,
                   folder: Path | None = None) -> Path | None:
    """Scale ``image`` to fit :data:`THUMB_SIZE` and store it; None when it cannot."""
    if image.isNull():
        return None
    target = thumbnail_path(path, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    small = image.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    tmp = target.with_name(f".{target.name}.tmp")
    # The stubs ask for bytes, but PySide6 only takes the format as str.
    if not small.save(str(tmp), "PNG"):  # type: ignore[call-overload]
        return None
    os.replace(tmp, target)
    return target


def load_thumbnail(path: str | os.PathLike[str], folder: Path | None = None) -> QPixmap | None:
    """The stored thumbnail, or None when there is none (or it is unreadable)."""
    candidate = thumbnail_path(path, folder)
    if not candidate.is_file():
        return None
    pixmap = QPixmap(str(candidate))
    return None if pixmap.isNull() else pixmap


def _settings_list(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone entry as a plain string
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    return [str(v) for v in value if v]


class StartScreen(QWidget):
    """Welcome page with the three ways to begin and the recent maps."""

    newBlank = Signal()
    newSample = Signal()
    openRequested = Signal()
    openRecent = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None,
                 thumbnails: Path | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._thumbs = thumbnails
        self._paths: list[str] = []
        self.recent_buttons: list[QToolButton] = []

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.new_blank = QPushButton(self)
        self.new_sample = QPushButton(self)
        self.open_button = QPushButton(self)
        style = self.style()
        self.new_blank.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.new_sample.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.open_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        for button in (self.new_blank, self.new_sample, self.open_button):
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_blank.clicked.connect(self.newBlank)
        self.new_sample.clicked.connect(self.newSample)
        self.open_button.clicked.connect(self.openRequested)
        actions = QHBoxLayout()
        for button in (self.new_blank, self.new_sample, self.open_button):
            actions.addWidget(button)

        self.recent_label = QLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setEnabled(False)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.recent_scroll = QScrollArea(self)
        self.recent_scroll.setWidgetResizable(True)
        self.recent_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.recent_scroll.setWidget(self._grid_host)

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.subtitle)
        column.addSpacing(12)
        column.addLayout(actions)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.empty_label)
        column.addWidget(self.recent_scroll, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self.setTabOrder(self.new_blank, self.new_sample)
        self.setTabOrder(self.new_sample, self.open_button)

        self.retranslate_ui()
        self.refresh()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Start"))
        self.heading.setText(self.tr("Welcome to omnimap"))
        self.subtitle.setText(self.tr(
            "Map how customers move between your channels, and see at a glance which "
            "channels never pass their data to the CRM."))
        for button, text, name in (
            (self.new_blank, self.tr("&New blank map"), self.tr("New blank map")),
            (self.new_sample, self.tr("New from the &sample"), self.tr("New from the sample")),
            (self.open_button, self.tr("&Open…"), self.tr("Open a map file")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.new_sample.setToolTip(self.tr("A worked example: a clothing shop's customer "
                                           "buys a blouse across TikTok, email and the website."))
        self.recent_label.setText(self.tr("Recent maps"))
        self.empty_label.setText(self.tr("No recent maps yet."))
        self._label_recent_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        return list(self._paths)

    def refresh(self) -> None:
        """Reload the list from QSettings (when this screen was given or can use one)."""
        settings = self._settings if self._settings is not None else QSettings()
        self.set_recent_files(_settings_list(settings))

    def set_recent_files(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Show these files, most recent first."""
        seen: set[str] = set()
        self._paths = []
        for path in paths:
            text = str(path)
            if text and text not in seen:
                seen.add(text)
                self._paths.append(text)
        for button in self.recent_buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        generic = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for index, path in enumerate(self._paths):
            button = QToolButton(self._grid_host)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(THUMB_SIZE)
            button.setAutoRaise(True)
            button.setFixedWidth(THUMB_SIZE.width() + 24)
            exists = Path(path).is_file()
            thumb = load_thumbnail(path, self._thumbs) if exists else None
            button.setIcon(QIcon(thumb) if thumb is not None else generic)
            button.setEnabled(exists)
            button.setProperty("path", path)
            button.clicked.connect(lambda _checked=False, p=path: self.openRecent.emit(p))
            self._grid.addWidget(button, index // _COLUMNS, index % _COLUMNS)
            self.recent_buttons.append(button)
        self.empty_label.setVisible(not self._paths)
        self.recent_scroll.setVisible(bool(self._paths))
        self._label_recent_buttons()

    def _label_recent_buttons(self) -> None:
        for button in self.recent_buttons:
            path = Path(str(button.property("path")))
            name = path.stem
            shown = name.replace("&", "&&")  # a button reads "&" as a mnemonic
            if button.isEnabled():
                button.setText(shown)
                button.setToolTip(str(path))
                button.setAccessibleName(self.tr("Open recent map %1").replace("%1", name))
            else:
                button.setText(self.tr("%1 (missing)").replace("%1", shown))
                button.setToolTip(self.tr("Not found: %1").replace("%1", str(path)))
                button.setAccessibleName(self.tr("Missing map %1").replace("%1", name))
