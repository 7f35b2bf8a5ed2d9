"""The desktop hooks of omnimap.gui.platform_integration, on a real QApplication."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFileOpenEvent

from omnimap.gui.platform_integration import (
    APP_ICON_SIZES,
    app_icon,
    install_file_open_handler,
    integrate,
)


def test_app_icon_offers_every_shipped_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(APP_ICON_SIZES)
    # Qt picks the nearest size down; a 16 px request must not get the 512 px image.
    assert icon.actualSize(icon.availableSizes()[0]).width() == icon.availableSizes()[0].width()


def test_file_open_event_reaches_the_callback(qapp, tmp_path):
    opened: list[str] = []
    handler = install_file_open_handler(qapp, opened.append)
    try:
        path = str(tmp_path / "anna.omnimap")
        event = QFileOpenEvent(path)
        QCoreApplication.sendEvent(qapp, event)
        assert opened == [path]
        # Other events go on to the application untouched.
        QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.User))
        assert opened == [path]
    finally:
        qapp.removeEventFilter(handler)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "later.omnimap")))
    assert opened == [path]


def test_integrate_sets_icon_and_desktop_file_name(qapp, tmp_path):
    previous_icon, previous_name = qapp.windowIcon(), qapp.desktopFileName()
    opened: list[str] = []
    handler = integrate(qapp, opened.append)
    try:
        assert qapp.desktopFileName() == "omnimap"
        assert not qapp.windowIcon().isNull()
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "x.omnimap")))
        assert opened == [str(tmp_path / "x.omnimap")]
    finally:
        qapp.removeEventFilter(handler)
        qapp.setWindowIcon(previous_icon)
        qapp.setDesktopFileName(previous_name)
