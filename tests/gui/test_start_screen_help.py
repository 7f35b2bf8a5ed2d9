"""The F1 help overlay covers its parent, lists the gestures, and Esc or a click closes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from omnimap.gui.help_overlay import HelpOverlay

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    central = QWidget()
    win.setCentralWidget(central)
    qtbot.addWidget(win)
    win.resize(900, 650)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow(), timeout=2000)
    return win


def _all_text(overlay: HelpOverlay) -> str:
    return "\n".join(label.text() for row in overlay.rows.values() for label in row)


def test_f1_toggles_and_the_overlay_covers_the_parent(qtbot, window):
    central = window.centralWidget()
    overlay = HelpOverlay(central)
    assert not overlay.isVisible()
    with qtbot.waitSignal(overlay.visibilityChanged, timeout=1000) as shown:
        qtbot.keyClick(central, Qt.Key.Key_F1)
    assert shown.args == [True]
    assert overlay.isVisible()
    assert overlay.geometry() == central.rect()

    window.resize(1100, 700)
    qtbot.waitUntil(lambda: overlay.geometry() == central.rect(), timeout=1000)

    with qtbot.waitSignal(overlay.visibilityChanged, timeout=1000) as hidden:
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert hidden.args == [False]
    assert not overlay.isVisible()


def test_a_click_closes_it(qtbot, window):
    overlay = HelpOverlay(window.centralWidget())
    overlay.toggle()
    assert overlay.isVisible()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not overlay.isVisible()


def test_lists_every_gesture_with_the_given_shortcuts(qtbot, window):
    overlay = HelpOverlay(window.centralWidget(), shortcuts={"connect": "Ctrl+K"},
                          install_shortcut=False)
    text = _all_text(overlay)
    for gesture in ("palette", "handle", "F2", "Double-click", "Del", "wheel", "Ctrl+0",
                    "middle mouse", "Space", "F11", "Ctrl+K"):
        assert gesture in text, gesture
    assert "Ctrl+L" not in text
    overlay.set_shortcuts({"connect": "Ctrl+J"})
    assert "Ctrl+J" in _all_text(overlay)
    assert overlay.accessibleName()
    # Without its own shortcut, F1 does nothing: the window's Help action owns it.
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_F1)
    assert not overlay.isVisible()


def _clipped(overlay: HelpOverlay) -> list[str]:
    """The sheet's texts shown shorter than their wrapped text needs."""
    return [how.text() for _what, _keys, how in overlay.rows.values()
            if how.height() < how.heightForWidth(how.width())]


def test_the_polish_sheet_shows_whole_in_a_laptop_window(qtbot, make_window, document_pl,
                                                           qapp):
    """1366 x 768: the canvas is about 700 x 430 between the docks; the sheet needs more."""
    from omnimap.gui import i18n

    window = make_window(document_pl)
    window.resize(1300, 730)
    window.show()
    qtbot.waitExposed(window)
    i18n.switch_language(qapp, "pl")
    try:
        window.act_help.trigger()
        overlay = window._help
        qtbot.waitUntil(overlay.isVisible)
        qapp.processEvents()
        assert not _clipped(overlay)
        # All of it in sight, not scrolled: the sheet has the whole window's room.
        panel = overlay.panel
        top_left = panel.mapTo(overlay, QPoint(0, 0))
        assert overlay.rect().contains(top_left)
        assert overlay.rect().contains(top_left + QPoint(panel.width() - 1, panel.height() - 1))
    finally:
        i18n.switch_language(qapp, "en")


def test_a_small_window_can_scroll_the_sheet(qtbot, window):
    window.resize(500, 300)
    overlay = HelpOverlay(window.centralWidget())
    overlay.toggle()
    qtbot.waitUntil(overlay.isVisible)
    assert not _clipped(overlay)
