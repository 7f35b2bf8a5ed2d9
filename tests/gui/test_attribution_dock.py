"""The attribution panel in the main window: bars per channel, map highlight, CSV errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from omnimap.analysis.attribution import DEFAULT_HALF_LIFE, paths_from_workspace  # noqa: E402
from omnimap.commands import Disconnect, UpdateTouchpoint, UpdateTransition  # noqa: E402
from omnimap.gui.docks.attribution import DEFAULT_HALF_LIFE_H  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], document: Any,
           discard_on_close: None) -> MainWindow:
    win = make_window(document)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    win.attribution_dock.raise_()
    qtbot.waitUntil(lambda: win.attribution_dock.result is not None)
    return win


def click_channel(qtbot: Any, dock: Any, name: str) -> None:
    rect = dock.chart.group_rect(name)
    assert rect is not None, name
    dock.chart.parentWidget().parentWidget().ensureVisible(
        round(rect.center().x()), round(rect.center().y()))
    qtbot.mouseClick(dock.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(rect.center().x()), round(rect.center().y())))


def test_half_life_default_matches_the_analysis() -> None:
    assert DEFAULT_HALF_LIFE_H == DEFAULT_HALF_LIFE


def test_dock_is_in_the_view_menu_and_tabbed_with_problems(window: MainWindow) -> None:
    dock = window.attribution_dock
    assert dock in window.tabifiedDockWidgets(window.problems_dock)
    view_actions = [a for m in window.menuBar().actions() if m.menu()
                    for a in m.menu().actions()]
    assert dock.toggleViewAction() in view_actions


def test_bars_for_the_sample_channels(window: MainWindow) -> None:
    dock = window.attribution_dock
    ws = window.document.workspace
    converting = {c for p in paths_from_workspace(ws) if p.conversions > 0 for c in p.path}
    assert set(dock.chart.channels) == converting
    for name in converting:
        rect = dock.chart.group_rect(name)
        assert rect is not None and rect.width() > 50 and rect.height() > 30
    assert set(dock.chart.models) == {"last", "first", "linear", "time-decay", "position",
                                      "markov"}
    # Both of the sample's paths end on the website and start on TikTok.
    assert dock.chart.shares["last"]["Website"] == pytest.approx(1.0)
    assert dock.chart.shares["first"]["TikTok"] == pytest.approx(1.0)
    for model in dock.chart.models:
        assert sum(dock.chart.shares[model].values()) == pytest.approx(1.0)
    assert dock.error_label.isHidden()


def test_clicking_a_channel_lights_its_row_on_the_map(window: MainWindow, qtbot: Any) -> None:
    dock = window.attribution_dock
    scene = window.current_view().journey_scene
    click_channel(qtbot, dock, "Email")
    assert scene.highlighted_channel == "email"
    assert not scene.cards["t4"].dimmed and scene.cards["t1"].dimmed
    assert dock.chart.selected == "Email"
    click_channel(qtbot, dock, "Email")  # again: off
    assert scene.highlighted_channel is None
    assert not scene.cards["t1"].dimmed


def test_map_edits_recompute_once_per_burst(window: MainWindow, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dock = window.attribution_dock
    calls = []
    original = dock.recompute
    monkeypatch.setattr(dock, "recompute", lambda: (calls.append(1), original()))
    dock.timer.timeout.disconnect()
    dock.timer.timeout.connect(dock.recompute)
    doc, ws = window.document, window.document.workspace
    doc.push(UpdateTransition(ws, "anna", "t4", "t7", volume=3))
    doc.push(UpdateTouchpoint(ws, "anna", "t6", label="Influencer post"))
    doc.push(Disconnect(ws, "anna", "t6", "t7"))
    qtbot.waitUntil(lambda: "Instagram" not in dock.chart.channels)
    assert len(calls) == 1


def test_half_life_changes_time_decay(window: MainWindow, qtbot: Any) -> None:
    dock = window.attribution_dock
    before = dict(dock.chart.shares["time-decay"])
    dock.half_life.setValue(2.0)
    qtbot.waitUntil(lambda: dock.result.half_life == 2.0)
    after = dock.chart.shares["time-decay"]
    # A short half-life moves credit to the touches right before the purchase.
    assert after["Website"] > before["Website"]
    assert after["TikTok"] < before["TikTok"]


def test_bad_csv_is_one_line_in_the_dock(window: MainWindow, qtbot: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dock = window.attribution_dock
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    shown = list(dock.chart.channels)
    qtbot.mouseClick(dock.load_button, Qt.MouseButton.LeftButton)
    assert dock.error_label.isVisible()
    text = dock.error_label.text()
    assert "\n" not in text and "Traceback" not in text
    assert text == ("bad.csv, line 1: the header must be path,total_conversions,total_null "
                    "(paths) or journey_id,path,hours_to_conversion,converted (journeys)")
    assert dock.chart.channels == shown  # still the map's credits
    bad.write_bytes(b"path,total_conversions\n\x98\x81,1\n")  # no UTF-8, no Windows-1250
    qtbot.mouseClick(dock.load_button, Qt.MouseButton.LeftButton)
    assert dock.error_label.text() == ("bad.csv, line 2: the text is neither UTF-8 nor "
                                       "Windows-1250; save the spreadsheet as CSV (UTF-8)")


def test_csv_channels_not_on_the_map_light_nothing(window: MainWindow, qtbot: Any,
                                                  tmp_path: Path) -> None:
    dock = window.attribution_dock
    good = tmp_path / "paths.csv"
    good.write_text("path,total_conversions,total_null\nInstagram > Blog > email,3,1\n"
                    "Blog,1,2\n", encoding="utf-8")
    assert dock.load_csv(good)
    assert dock.error_label.isHidden()
    assert set(dock.chart.channels) == {"Instagram", "Blog", "email"}
    assert "paths.csv" in dock.source_label.text()
    scene = window.current_view().journey_scene
    click_channel(qtbot, dock, "email")  # any spelling of a map channel finds it
    assert scene.highlighted_channel == "email"
    click_channel(qtbot, dock, "Blog")
    assert scene.highlighted_channel is None
    assert dock.chart.selected == "Blog"
    qtbot.mouseClick(dock.map_button, Qt.MouseButton.LeftButton)
    assert "Blog" not in dock.chart.channels and "Website" in dock.chart.channels
