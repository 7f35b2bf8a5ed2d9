"""The emotion lane under the canvas grid: curve order, dragging a point, model signals."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPointF, Qt
from test_canvas_helpers import drag_mouse, key, mouse, scene_of, vp

from omnimap.commands import AddTouchpoint, UpdateTouchpoint
from omnimap.gui.canvas.emotion_lane import lane_order

pytestmark = pytest.mark.qt


def lane_of(view):
    return scene_of(view).emotion_lane


def point_y(lane, tp_id):
    return lane.point_pos(lane.index_of(tp_id)).y()


def test_curve_follows_stage_then_time_then_row(view):
    lane = lane_of(view)
    # Consideration: push day 1 15:00, email day 2 09:00, chatbot day 2 10:15, Instagram day 3
    # (no time: after any timed touch of that day). Loyalty: day 14, then the two day-30
    # touches in row order (the mobile app row comes before SMS in the catalogue).
    assert lane.ids == ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t12",
                        "t11"]
    assert lane.xs == sorted(lane.xs)
    scene = scene_of(view)
    for tp_id in lane.ids:
        card = scene.cards[tp_id]
        x = lane.point_pos(lane.index_of(tp_id)).x()
        assert card.x() <= x <= card.x() + scene.metrics.card_w
    # The lane sits under the grid and inside the scene rect.
    assert lane.y() > scene.grid.height
    assert scene.sceneRect().bottom() >= lane.y() + lane.height


def test_curve_order_follows_time_edits_and_new_touchpoints(view, document):
    lane = lane_of(view)
    document.push(UpdateTouchpoint(document.workspace, "anna", "t3", day=3, time="12:00"))
    lane = lane_of(view)
    assert lane.ids[2:6] == ["t4", "t5", "t3", "t6"]
    add = AddTouchpoint(document.workspace, "anna", "awareness", "instagram", "Story",
                        day=1, time="08:00")
    document.push(add)
    lane = lane_of(view)
    assert lane.ids[0] == add.touchpoint_id
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert lane_of(view).ids[:6] == ["t1", "t2", "t3", "t4", "t5", "t6"]


def test_lane_order_helper_skips_unknown_stages():
    from omnimap.model.values import Touchpoint

    tps = [Touchpoint(id="b", stage="s2", channel="c", day=1),
           Touchpoint(id="a", stage="s1", channel="c", day=5),
           Touchpoint(id="x", stage="gone", channel="c")]
    assert [t.id for t in lane_order(tps, ["s1", "s2"], ["c"])] == ["a", "b"]


def test_dragging_a_point_is_one_undo_step(view, document):
    lane = lane_of(view)
    journey = document.workspace.journey("anna")
    assert journey.touchpoint("t5").emotion == -1
    start = lane.point_pos(lane.index_of("t5"))
    target = QPointF(start.x(), lane.y() + lane.y_of(2) + 3)  # near the +2 line: snaps
    steps_before = document.undo_stack.count()
    during = {}

    def check_midway():
        # Only the view moved: the model still has the old emotion.
        during["model"] = journey.touchpoint("t5").emotion
        during["shown"] = lane.point_pos(lane.index_of("t5")).y()

    drag_mouse(view, start, target, before_release=check_midway)
    assert during["model"] == -1
    assert during["shown"] == pytest.approx(lane.y() + lane.y_of(2))
    assert journey.touchpoint("t5").emotion == 2
    assert document.undo_stack.count() == steps_before + 1
    lane = lane_of(view)
    assert point_y(lane, "t5") == pytest.approx(lane.y() + lane.y_of(2))
    document.undo_stack.undo()
    assert journey.touchpoint("t5").emotion == -1
    lane = lane_of(view)
    assert point_y(lane, "t5") == pytest.approx(lane.y() + lane.y_of(-1))
    document.undo_stack.redo()
    assert journey.touchpoint("t5").emotion == 2


def test_escape_cancels_and_a_click_selects_the_card(view, document):
    lane = lane_of(view)
    journey = document.workspace.journey("anna")
    start = lane.point_pos(lane.index_of("t7"))
    press = vp(view, start)
    mouse(view, QEvent.Type.MouseButtonPress, press)
    end = view.mapFromScene(QPointF(start.x(), lane.y() + lane.y_of(-2)))
    mouse(view, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton)
    assert lane.preview == ("t7", -2)
    key(view, Qt.Key.Key_Escape)
    assert lane.preview is None
    mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    assert journey.touchpoint("t7").emotion == 2
    assert document.undo_stack.count() == 0
    # A click (no drag) selects the point's card and changes nothing.
    press = vp(view, lane.point_pos(lane.index_of("t7")))
    mouse(view, QEvent.Type.MouseButtonPress, press)
    mouse(view, QEvent.Type.MouseButtonRelease, press, buttons=Qt.MouseButton.NoButton)
    assert view.selected_touchpoint_ids() == ["t7"]
    assert document.undo_stack.count() == 0


def test_model_edits_move_the_point(view, document):
    lane = lane_of(view)
    before = point_y(lane, "t10")
    document.push(UpdateTouchpoint(document.workspace, "anna", "t10", emotion=-2))
    lane = lane_of(view)
    assert point_y(lane, "t10") == pytest.approx(lane.y() + lane.y_of(-2))
    assert point_y(lane, "t10") > before  # lower on the screen
    document.undo_stack.undo()
    assert point_y(lane_of(view), "t10") == pytest.approx(before)


def test_highlight_fades_other_channels_points(view):
    lane = lane_of(view)
    view.highlight_channel("email")
    assert lane.highlight == "email"
    assert scene_of(view).highlighted_channel == "email"
    view.highlight_channel(None)
    assert lane.highlight is None
