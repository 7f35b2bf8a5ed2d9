"""Plain ``omnimap`` shows the start screen; its buttons lead into a map."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from omnimap.gui import app as gui_app
from omnimap.gui.main_window import MainWindow

pytestmark = pytest.mark.qt


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    win = make_window()
    win.show()
    return win


def _button(window: MainWindow, text: str) -> QPushButton:
    for button in window.start_screen.findChildren(QPushButton):
        if text in button.text().replace("&", ""):
            return button
    raise AssertionError(f"no button {text!r}")


def test_plain_start_shows_the_start_screen_over_a_blank_map(window: MainWindow) -> None:
    gui_app.start(window)
    assert window.pages.currentWidget() is window.start_screen
    assert window.document is not None
    assert sum(len(j) for j in window.document.workspace.journeys) == 0


def test_new_from_sample_leaves_the_start_screen(qtbot: Any, window: MainWindow) -> None:
    gui_app.start(window)
    qtbot.mouseClick(_button(window, "sample"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tabs
    assert [len(j) for j in window.document.workspace.journeys] == [12]
    window.document.undo_stack.setClean()


def test_a_file_on_the_command_line_skips_the_start_screen(window: MainWindow,
                                                           tmp_path: Any) -> None:
    from omnimap.io import save_workspace
    from omnimap.model.sample import sample_workspace

    path = tmp_path / "anna.omnimap"
    save_workspace(sample_workspace("en"), path)
    gui_app.start(window, str(path))
    assert window.pages.currentWidget() is window.tabs
    assert window.start_screen is None
