"""What the map tells, in the window: missed KPIs flagged, pain points listed, emotions edited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QStyleOptionGraphicsItem  # noqa: E402

from omnimap.commands import UpdateStage  # noqa: E402
from omnimap.gui.canvas.theme import COLORS  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], document: Any,
           discard_on_close: None) -> MainWindow:
    win = make_window(document)
    win.show()
    qtbot.waitExposed(win)
    return win


def red_pixels(item: Any) -> int:
    """How many pixels of the header are painted in the "missed" red."""
    rect = item.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    miss = COLORS["miss"]
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (abs(c.red() - miss.red()) < 30 and abs(c.green() - miss.green()) < 30
                    and abs(c.blue() - miss.blue()) < 30):
                count += 1
    return count


def test_missed_kpi_is_red_in_the_header_and_listed_as_a_problem(window: MainWindow) -> None:
    doc, ws = window.document, window.document.workspace
    scene = window.current_view().journey_scene
    met = [{"metric": "NPS", "target": 40, "actual": 45}]
    doc.push(UpdateStage(ws, "loyalty", kpis=met))
    scene.flush_layout()
    window.problems_dock.recheck()
    assert "kpi-missed" not in window.problems_dock.codes()
    header = scene.stage_items["loyalty"]
    assert red_pixels(header) == 0
    assert "misses its target" not in header.toolTip()

    doc.push(UpdateStage(ws, "loyalty", kpis=[{"metric": "NPS", "target": 40, "actual": 31}]))
    scene.flush_layout()
    header = scene.stage_items["loyalty"]
    assert red_pixels(header) > 20
    assert "misses its target" in header.toolTip()
    window.problems_dock.recheck()
    found = [f for f in window.problems_dock.findings if f.code == "kpi-missed"]
    assert len(found) == 1 and found[0].stage_ids == ("loyalty",)
    assert "NPS" in found[0].message
    # Activating the finding selects the stage on the map.
    window.show_finding(found[0])
    assert ("stage", "loyalty") in window.current_view().selection_ids()
    # Lower is better: churn at 3% against at most 5% is met.
    doc.push(UpdateStage(ws, "loyalty", kpis=[
        {"metric": "churn", "unit": "%", "target": 5, "actual": 3, "higher_is_better": False}]))
    scene.flush_layout()
    assert red_pixels(scene.stage_items["loyalty"]) == 0
    window.problems_dock.recheck()
    assert "kpi-missed" not in window.problems_dock.codes()


def test_inspector_lists_marks_and_its_emotion_edit_moves_the_curve(window: MainWindow) -> None:
    view = window.current_view()
    view.select("touchpoint", ["t5"])
    page = window.inspector.touchpoint_page
    anna = window.document.workspace.journey("anna")
    # The chatbot touchpoint's pain point and opportunity are listed in the inspector.
    assert page.pains.toPlainText() == "\n".join(anna.touchpoint("t5").pain_points)
    assert page.opportunities.toPlainText() == "\n".join(anna.touchpoint("t5").opportunities)
    assert page.pains.toPlainText() and page.opportunities.toPlainText()
    lane = view.journey_scene.emotion_lane
    page.emotion.setValue(2)
    view.journey_scene.flush_layout()
    point = lane.point_pos(lane.index_of("t5"))
    assert point.y() == lane.y() + lane.y_of(2)
    window.document.undo_stack.undo()
    view.journey_scene.flush_layout()
    assert lane.point_pos(lane.index_of("t5")).y() == lane.y() + lane.y_of(-1)
