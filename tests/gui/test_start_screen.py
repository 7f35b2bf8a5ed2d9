"""The start screen's buttons emit their signals; recent maps show thumbnails or go grey."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from omnimap.gui.start_screen import (
    RECENT_KEY,
    THUMB_SIZE,
    StartScreen,
    load_thumbnail,
    save_thumbnail,
    thumbnail_path,
)

pytestmark = pytest.mark.qt


@pytest.fixture
def screen(qtbot, qsettings, tmp_path):
    widget = StartScreen(settings=qsettings, thumbnails=tmp_path / "thumbs")
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(("button", "signal"), [
    ("new_blank", "newBlank"), ("new_sample", "newSample"), ("open_button", "openRequested"),
])
def test_buttons_emit_their_signal(qtbot, screen, button, signal):
    others = {"newBlank", "newSample", "openRequested"} - {signal}
    fired: list[str] = []
    for name in others:
        getattr(screen, name).connect(lambda name=name: fired.append(name))
    with qtbot.waitSignal(getattr(screen, signal), timeout=1000):
        qtbot.mouseClick(getattr(screen, button), Qt.MouseButton.LeftButton)
    assert fired == []


def test_buttons_work_from_the_keyboard(qtbot, screen):
    screen.new_sample.setFocus()
    with qtbot.waitSignal(screen.newSample, timeout=1000):
        qtbot.keyClick(screen.new_sample, Qt.Key.Key_Space)


def test_recent_files_from_settings_with_missing_ones_disabled(qtbot, tmp_path, qsettings):
    present = tmp_path / "warsztat.omnimap"
    present.write_bytes(b"{}")
    missing = tmp_path / "gone.omnimap"
    qsettings.setValue(RECENT_KEY, [str(present), str(missing), str(present)])
    screen = StartScreen(settings=qsettings, thumbnails=tmp_path / "thumbs")
    qtbot.addWidget(screen)
    screen.show()

    assert screen.recent_files() == [str(present), str(missing)]
    first, second = screen.recent_buttons
    assert first.isEnabled() and first.text() == "warsztat"
    assert not second.isEnabled() and "gone" in second.text() and second.text() != "gone"
    assert first.accessibleName() and second.accessibleName()

    with qtbot.waitSignal(screen.openRecent, timeout=1000) as blocker:
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(present)]
    with qtbot.assertNotEmitted(screen.openRecent):
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton)


def test_a_lone_recent_file_and_an_empty_list(qtbot, tmp_path, qsettings):
    only = tmp_path / "one.omnimap"
    only.write_bytes(b"{}")
    qsettings.setValue(RECENT_KEY, str(only))
    screen = StartScreen(settings=qsettings, thumbnails=tmp_path / "thumbs")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.recent_files() == [str(only)]
    assert not screen.empty_label.isVisible()
    screen.set_recent_files([])
    assert screen.recent_buttons == []
    assert screen.empty_label.isVisible()


def test_thumbnails_are_saved_scaled_and_shown(qtbot, tmp_path, qsettings):
    thumbs = tmp_path / "thumbs"
    map_file = tmp_path / "anna.omnimap"
    map_file.write_bytes(b"{}")
    assert load_thumbnail(map_file, thumbs) is None

    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#c62828"))
    stored = save_thumbnail(map_file, image, thumbs)
    assert stored == thumbnail_path(map_file, thumbs) and stored.is_file()
    assert thumbnail_path(tmp_path / "other.omnimap", thumbs) != stored
    small = QImage(str(stored))
    assert small.width() <= THUMB_SIZE.width() and small.height() <= THUMB_SIZE.height()
    assert small.width() == THUMB_SIZE.width() or small.height() == THUMB_SIZE.height()
    assert QColor(small.pixel(small.width() // 2, small.height() // 2)) == QColor("#c62828")

    qsettings.setValue(RECENT_KEY, [str(map_file)])
    screen = StartScreen(settings=qsettings, thumbnails=thumbs)
    qtbot.addWidget(screen)
    [button] = screen.recent_buttons
    shown = button.icon().pixmap(THUMB_SIZE).toImage()
    centre = QColor(shown.pixel(shown.width() // 2, shown.height() // 2))
    assert centre == QColor("#c62828")  # the thumbnail, not the generic file icon


def test_null_image_stores_nothing(tmp_path):
    assert save_thumbnail(tmp_path / "x.omnimap", QImage(), tmp_path / "thumbs") is None


def test_an_ampersand_in_a_recent_map_name_shows(qtbot, tmp_path, qsettings):
    # A button reads "&" as a mnemonic: "B2B & B2C" showed as "B2B  B2C".
    present = tmp_path / "B2B & B2C.omnimap"
    present.write_bytes(b"{}")
    qsettings.setValue(RECENT_KEY, [str(present), str(tmp_path / "R&D.omnimap")])
    screen = StartScreen(settings=qsettings, thumbnails=tmp_path / "thumbs")
    qtbot.addWidget(screen)
    first, second = screen.recent_buttons
    assert first.text() == "B2B && B2C"
    assert "R&&D" in second.text()
