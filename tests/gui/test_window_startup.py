"""The window paints before its docks exist, then gets them, with the saved layout."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from omnimap.gui.main_window import MainWindow  # noqa: E402


def _dock_toggles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.view_menu.actions()
            if any(a is d.toggleViewAction() for d in window.docks)]


def test_deferred_docks_come_once_with_their_view_menu_entries(
        qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    win = make_window(defer_docks=True)
    win.show()
    qtbot.waitExposed(win)
    assert win.docks == ()
    assert _dock_toggles(win) == []
    win.build_docks()
    assert [d.objectName() for d in win.docks] == [
        d.objectName() for d in (win.palette_dock, win.inspector, win.audit_dock,
                                 win.problems_dock, win.attribution_dock)]
    assert len(win.docks) == 5 and len(_dock_toggles(win)) == 5
    first = win.docks
    win.build_docks()
    assert win.docks is first and len(_dock_toggles(win)) == 5


def test_a_map_opened_first_builds_the_docks(make_window: Callable[..., MainWindow]) -> None:
    win = make_window(defer_docks=True)
    win.set_document(win.sample_document())
    assert len(win.docks) == 5
    assert win.problems_dock.counts()[0] > 0  # the sample has CRM gaps


def test_closing_before_the_docks_keeps_the_saved_dock_layout(
        make_window: Callable[..., MainWindow]) -> None:
    win = make_window()
    win.show()
    win.audit_dock.hide()
    win.close()
    early = make_window(defer_docks=True)
    early.show()
    early.close()  # before build_docks: must not save a layout without docks
    again = make_window()
    again.show()
    assert again.audit_dock.isHidden() and not again.problems_dock.isHidden()


def test_nothing_heavy_or_dock_related_is_imported_before_the_first_paint() -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(["omnimap", "-platform", "offscreen"])
        from omnimap.gui.main_window import MainWindow
        win = MainWindow(language="en", defer_docks=True)
        win.show()
        app.processEvents()
        loaded = sorted(m for m in sys.modules if m.startswith(("omnimap.gui.docks.",
                        "omnimap.gui.canvas.", "omnimap.model", "networkx", "pydantic",
                        "graphviz", "subprocess")) and m != "omnimap.gui.docks._base")
        print(loaded)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
