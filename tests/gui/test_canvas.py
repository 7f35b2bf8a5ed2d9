"""The journey canvas driven through its real widget: mouse, keys, drops, clipboard."""

from __future__ import annotations

from itertools import pairwise

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from omnimap.commands import AddTouchpoint, UpdateChannel, UpdateTouchpoint
from omnimap.gui.canvas import JourneyView
from omnimap.gui.canvas.clipboard import TOUCHPOINTS_MIME
from omnimap.gui.mime import CHANNEL_MIME

pytestmark = pytest.mark.qt

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot, document):
    view = JourneyView(document, "anna")
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    return view


def scene_of(view):
    scene = view.journey_scene
    scene.flush_layout()
    return scene


def vp(view, scene_point) -> QPoint:
    """Viewport coordinates of a scene point, scrolling it into view first."""
    view.ensure_visible(QRectF(scene_point.x() - 5, scene_point.y() - 5, 10, 10))
    return view.mapFromScene(scene_point)


def card_center(view, tp_id) -> QPointF:
    card = scene_of(view).cards[tp_id]
    return card.scene_card_rect().center()


def mouse(view, kind, point: QPoint, button=LEFT, buttons=None, mods=NOMOD):
    buttons = LEFT if buttons is None else buttons
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def drag_mouse(view, start_scene: QPointF, end_scene: QPointF, steps=6, before_release=None):
    """Press at one scene point, move in steps, release at another (no scrolling meanwhile)."""
    start = vp(view, start_scene)
    end = view.mapFromScene(end_scene)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        mouse(view, QEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())),
              Qt.MouseButton.NoButton)
    if before_release:
        before_release()
    mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def key(view, k, mods=NOMOD, text=""):
    target = QApplication.focusWidget() or view
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, k, mods, text))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, k, mods, text))


def send_drop(view, channel_id: str, scene_point: QPointF) -> bool:
    """Simulate a palette drag ending at a scene point; True when the view accepted the drop."""
    mime = QMimeData()
    mime.setData(CHANNEL_MIME, channel_id.encode("utf-8"))
    pos = QPointF(vp(view, scene_point))
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos.toPoint(), action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(pos, action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def column_point(view, stage_id: str, y: float) -> QPointF:
    scene = scene_of(view)
    rect = scene.column_rect(stage_id)
    return QPointF(rect.center().x(), y)


# ---------------------------------------------------------------- structure
def test_sample_grid_is_aligned_and_grouped(view):
    scene = scene_of(view)
    journey = scene.journey
    assert set(scene.cards) == {tp.id for tp in journey.touchpoints()}
    assert set(scene.arrows) == {(t.source, t.target) for t in journey.transitions()}
    rows = [r.channel for r in scene.grid.rows]
    used = {tp.channel for tp in journey.touchpoints()}
    assert set(rows) == used
    catalogue = [c.id for c in scene.workspace.channels if c.id in used]
    assert rows == catalogue  # the sample uses online channels only: catalogue order
    for tp in journey.touchpoints():
        card = scene.cards[tp.id]
        column = scene.column_rect(tp.stage)
        row = scene.row_of(tp.channel)
        assert column.left() < card.x() < column.right()
        assert row.y <= card.y() < row.y + row.h
    # Same stage: same x; same channel: cards of the first slot share y.
    xs = {scene.cards[i].x() for i in journey.uses_stage("consideration")}
    assert len(xs) == 1
    email = [scene.cards[i].y() for i in ("t4", "t9", "t10")]
    assert len(set(email)) == 1


def test_rows_grow_so_cells_stay_aligned(view, document):
    scene = scene_of(view)
    before = scene.row_of("email").h
    for n in range(3):
        document.push(AddTouchpoint(document.workspace, "anna", "action", "email", f"Extra {n}"))
    scene = scene_of(view)
    assert scene.row_of("email").h > before
    ys = sorted(scene.cards[i].y() for i in scene.cell_ids("action", "email"))
    assert len(set(ys)) == 4 and all(b - a >= scene.metrics.card_h for a, b in pairwise(ys))
    # The next row starts below the grown one: nothing overlaps.
    sms = scene.row_of("sms")
    assert sms.y >= scene.row_of("email").y + scene.row_of("email").h
    assert all(scene.cards[i].y() >= sms.y for i in scene.cell_ids("action", "sms"))


def test_groups_follow_online_offline_hybrid(view, document):
    ws = document.workspace
    document.push(AddTouchpoint(ws, "anna", "decision", "youtube", "Video"))
    document.push(AddTouchpoint(ws, "anna", "decision", "store", "Shop"))
    scene = scene_of(view)
    assert [g.group for g in scene.grid.groups] == ["online", "offline", "hybrid"]
    assert scene.grid.rows[-1].channel == "youtube"
    assert scene.grid.rows[-2].channel == "store"


def test_selection_signal_and_select_api(view, qtbot):
    scene = scene_of(view)
    seen = []
    view.selectionChangedIds.connect(seen.append)
    view.select("touchpoint", ["t12", "t1"])
    assert sorted(view.selected_touchpoint_ids()) == ["t1", "t12"]
    assert seen and {tuple(x) for x in seen[-1]} == {("touchpoint", "t1"), ("touchpoint", "t12")}
    view.select("transition", [("t1", "t2")])
    assert view.selection_ids() == [("transition", ("t1", "t2"))]
    view.select("stage", ["loyalty"])
    assert view.selection_ids() == [("stage", "loyalty")]
    assert view.mapToScene(view.viewport().rect()).boundingRect().intersects(
        scene.stage_items["loyalty"].sceneBoundingRect())
    view.select("channel", ["chatbot"])
    assert view.selection_ids() == [("channel", "chatbot")]


def test_zoom_keys_and_wheel(view):
    view.setFocus()
    start = view.zoom()
    key(view, Qt.Key.Key_Plus, CTRL, "+")
    assert view.zoom() > start
    key(view, Qt.Key.Key_Minus, CTRL, "-")
    key(view, Qt.Key.Key_Minus, CTRL, "-")
    assert view.zoom() < start
    key(view, Qt.Key.Key_0, CTRL, "0")
    rect = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect)
    view.zoom_reset()
    assert view.zoom() == 1.0
    view.set_presentation(True)
    big = scene_of(view).cards["t1"].boundingRect().width()
    view.set_presentation(False)
    assert big > scene_of(view).cards["t1"].boundingRect().width()


# -------------------------------------------------------------- palette drop
def test_palette_drop_creates_one_touchpoint_in_one_step(view, document):
    stack = document.undo_stack
    journey = document.workspace.journey("anna")
    assert "store" not in view.journey_scene._rows
    point = column_point(view, "decision", scene_of(view).grid.height - 10)
    assert send_drop(view, "store", point)
    new = [tp for tp in journey.touchpoints() if tp.channel == "store"]
    assert len(new) == 1 and new[0].stage == "decision"
    assert stack.count() == 1
    # The row appeared (from the model's signal) and the label editor is open on the card.
    scene = scene_of(view)
    assert scene.row_of("store") is not None
    editor = view.editor()
    assert editor is not None and editor.tp_id == new[0].id
    editor.setPlainText("Przymierza bluzkę w sklepie")
    key(view, Qt.Key.Key_Return)
    assert view.editor() is None
    assert journey.touchpoint(new[0].id).label == "Przymierza bluzkę w sklepie"
    assert stack.count() == 1  # the label folded into the creation step
    stack.undo()
    assert new[0].id not in journey
    assert scene_of(view).row_of("store") is None
    stack.redo()
    assert journey.touchpoint(new[0].id).label == "Przymierza bluzkę w sklepie"
    assert new[0].id in scene_of(view).cards


def test_esc_on_a_new_card_keeps_the_default_label(view, document):
    journey = document.workspace.journey("anna")
    assert send_drop(view, "sms", column_point(view, "awareness", 200))
    tp_id = view.editor().tp_id
    key(view, Qt.Key.Key_Escape)
    assert view.editor() is None
    assert journey.touchpoint(tp_id).label == "New touchpoint"
    assert document.undo_stack.count() == 1


def test_drop_outside_the_lanes_does_nothing(view, document):
    journey = document.workspace.journey("anna")
    before = len(journey)
    row_header = QPointF(40, scene_of(view).grid.rows[0].y + 20)
    assert not send_drop(view, "store", row_header)
    assert len(journey) == before and document.undo_stack.count() == 0
    assert view.editor() is None
    # An unknown channel id is refused too.
    assert not send_drop(view, "no-such-channel", column_point(view, "decision", 300))
    assert len(journey) == before


# --------------------------------------------------------------- moving cards
def test_drag_card_to_next_stage_is_one_undo_step(view, document):
    journey = document.workspace.journey("anna")
    stack = document.undo_stack
    start = card_center(view, "t1")
    target = QPointF(scene_of(view).column_rect("interest").center().x(), start.y())
    drag_mouse(view, start, target)
    assert journey.touchpoint("t1").stage == "interest"
    assert journey.touchpoint("t1").channel == "tiktok"
    assert stack.count() == 1
    card = scene_of(view).cards["t1"]
    assert scene_of(view).column_rect("interest").contains(card.scene_card_rect())
    stack.undo()
    assert journey.touchpoint("t1").stage == "awareness"
    assert scene_of(view).column_rect("awareness").contains(scene_of(view).cards["t1"].pos())
    stack.redo()
    assert journey.touchpoint("t1").stage == "interest"


def test_drag_card_to_another_row_changes_channel(view, document):
    journey = document.workspace.journey("anna")
    start = card_center(view, "t10")
    sms = scene_of(view).row_of("sms")
    drag_mouse(view, start, QPointF(start.x(), sms.y + sms.h - 8))
    tp = journey.touchpoint("t10")
    assert (tp.stage, tp.channel, tp.order) == ("loyalty", "sms", 1)  # below the SMS card
    assert document.undo_stack.count() == 1


def test_escape_cancels_a_drag(view, document):
    journey = document.workspace.journey("anna")
    card = scene_of(view).cards["t1"]
    origin = QPointF(card.pos())
    start = card_center(view, "t1")
    target = QPointF(scene_of(view).column_rect("decision").center().x(), start.y())

    def escape():
        assert card.pos() != origin  # the card follows the mouse while dragging
        key(view, Qt.Key.Key_Escape)
        assert card.pos() == origin

    drag_mouse(view, start, target, before_release=escape)
    assert journey.touchpoint("t1").stage == "awareness"
    assert document.undo_stack.count() == 0
    assert card.pos() == origin
    # The drag's frozen snapshot is gone and every item is opaque again.
    assert not view.is_frozen()
    assert all(item.opacity() == 1.0 for item in scene_of(view).items())


def test_multi_selection_moves_as_one_macro(view, document):
    journey = document.workspace.journey("anna")
    before = {t.id: (t.stage, t.channel, t.order) for t in journey.touchpoints()}
    view.select("touchpoint", ["t4", "t9"])  # consideration/email and action/email
    start = card_center(view, "t4")
    shift = scene_of(view).grid.col_w
    drag_mouse(view, start, QPointF(start.x() + shift, start.y()))
    assert journey.touchpoint("t4").stage == "decision"
    assert journey.touchpoint("t9").stage == "loyalty"
    assert scene_of(view).cell_ids("loyalty", "email") == ["t9", "t10"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    after = {t.id: (t.stage, t.channel, t.order) for t in journey.touchpoints()}
    assert after == before


def test_click_without_moving_changes_nothing(view, document):
    start = card_center(view, "t2")
    drag_mouse(view, start, start, steps=1)
    assert document.undo_stack.count() == 0
    assert view.selected_touchpoint_ids() == ["t2"]


def test_drag_stage_header_reorders_stages(view, document):
    scene = scene_of(view)
    header = scene.stage_items["awareness"].sceneBoundingRect()
    start = QPointF(header.center().x(), 20)
    end = QPointF(scene.column_rect("interest").right() - 10, 20)
    drag_mouse(view, start, end)
    assert [s.id for s in document.workspace.stages][:2] == ["interest", "awareness"]
    assert document.undo_stack.count() == 1
    scene = scene_of(view)
    assert scene.cards["t1"].x() > scene.cards["t2"].x()
    document.undo_stack.undo()
    assert scene_of(view).cards["t1"].x() < scene_of(view).cards["t2"].x()


# ----------------------------------------------------------------- connecting
def test_connect_by_dragging_the_handle(view, document):
    journey = document.workspace.journey("anna")
    card = scene_of(view).cards["t1"]
    handle = card.pos() + card.handle_center()
    drag_mouse(view, handle, handle, steps=1)
    assert document.undo_stack.count() == 0  # released on its own card: nothing
    target = scene_of(view).cards["t3"].scene_card_rect().center()
    view.ensure_visible(card.sceneBoundingRect())
    start = view.mapFromScene(handle)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    end = view.mapFromScene(target)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        mouse(view, QEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())))
    assert scene_of(view).cards["t3"].drop_target
    mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    assert journey.has_transition("t1", "t3")
    assert ("t1", "t3") in scene_of(view).arrows
    assert journey.touchpoint("t1").stage == "awareness"  # the card itself did not move
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert not journey.has_transition("t1", "t3")
    assert ("t1", "t3") not in scene_of(view).arrows
    document.undo_stack.redo()
    assert journey.has_transition("t1", "t3")


def test_escape_cancels_connecting(view, document):
    card = scene_of(view).cards["t1"]
    handle = card.pos() + card.handle_center()
    drag_mouse(view, handle, card_center(view, "t2"),
               before_release=lambda: key(view, Qt.Key.Key_Escape))
    assert not document.workspace.journey("anna").has_transition("t1", "t3")
    assert document.undo_stack.count() == 0
    assert not [it for it in scene_of(view).items() if it.zValue() == 50]  # the rubber line


def test_connect_selected_with_ctrl_l(view, document):
    journey = document.workspace.journey("anna")
    view.select("touchpoint", ["t12"])
    scene_of(view).cards["t1"].setSelected(True)  # selected second: the arrow's target
    view.setFocus()
    key(view, Qt.Key.Key_L, CTRL)
    assert journey.has_transition("t12", "t1") and not journey.has_transition("t1", "t12")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert not journey.has_transition("t12", "t1")
    document.undo_stack.redo()
    assert ("t12", "t1") in scene_of(view).arrows


def test_arrows_follow_their_cards_during_a_drag(view, document):
    scene = scene_of(view)
    arrow = scene.arrows[("t1", "t2")]
    before = arrow.boundingRect()
    untouched = scene.arrows[("t10", "t11")].boundingRect()
    start = card_center(view, "t1")
    seen = []

    def check():
        seen.append(arrow.boundingRect())
        key(view, Qt.Key.Key_Escape)

    drag_mouse(view, start, start + QPointF(0, 160), before_release=check)
    assert seen and seen[0] != before and seen[0].bottom() > before.bottom()
    assert scene.arrows[("t10", "t11")].boundingRect() == untouched
    assert arrow.boundingRect() == before  # back with its card after Esc


# -------------------------------------------------------------------- CRM
def lane_pixel(view, channel, stage="awareness") -> QColor:
    scene = scene_of(view)
    view.horizontalScrollBar().setValue(0)  # sticky headers back at their own places
    view.verticalScrollBar().setValue(0)
    row = scene.row_of(channel)
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, image.rect().toRectF(), rect)
    painter.end()
    x = scene.column_rect(stage).left() + 4 - rect.left()
    return image.pixelColor(int(x), int(row.y + row.h - 4 - rect.top()))


def test_crm_status_change_updates_row_flag_and_card_badge(view, document):
    scene = scene_of(view)
    assert scene.row_items["email"].channel.audit.crm == "integrated"
    plain = lane_pixel(view, "email")
    assert "never reaches the CRM" not in scene.cards["t4"].tooltip()
    document.push(UpdateChannel(document.workspace, "email", audit={"crm": "none"}))
    scene = scene_of(view)
    row = scene.row_items["email"]
    assert row.channel.audit.crm == "none"
    assert "never reaches the CRM" in row.toolTip()
    assert "Affects 3 touchpoint" in row.toolTip()
    for tp_id in ("t4", "t9", "t10"):
        assert scene.cards[tp_id].channel.audit.crm == "none"
        assert "never reaches the CRM" in scene.cards[tp_id].tooltip()
    tinted = lane_pixel(view, "email")
    assert tinted.red() > tinted.green() + 8 and tinted != plain  # light red lane
    document.undo_stack.undo()
    assert "never reaches the CRM" not in scene_of(view).cards["t4"].tooltip()
    assert lane_pixel(view, "email") == plain


def test_unknown_status_gets_a_milder_mark(view, document):
    document.push(UpdateChannel(document.workspace, "sms", audit={"crm": "unknown"}))
    scene = scene_of(view)
    tip = scene.row_items["sms"].toolTip()
    assert "checked" in tip and "never reaches" not in tip
    silo = lane_pixel(view, "chatbot")
    unknown = lane_pixel(view, "sms")
    assert silo.red() - silo.green() > unknown.red() - unknown.green()


# ---------------------------------------------------------- keys & clipboard
def test_delete_removes_cards_and_arrows_in_one_step(view, document):
    journey = document.workspace.journey("anna")
    view.select("touchpoint", ["t5"])
    scene_of(view).arrows[("t1", "t2")].setSelected(True)
    view.setFocus()
    key(view, Qt.Key.Key_Delete)
    assert "t5" not in journey and not journey.has_transition("t1", "t2")
    assert "t5" not in scene_of(view).cards
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert "t5" in journey and journey.has_transition("t1", "t2")
    assert journey.has_transition("t4", "t5") and ("t4", "t5") in scene_of(view).arrows


def test_copy_paste_and_duplicate(view, document):
    journey = document.workspace.journey("anna")
    view.select("touchpoint", ["t1", "t2"])
    view.setFocus()
    key(view, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(TOUCHPOINTS_MIME)
    key(view, Qt.Key.Key_V, CTRL)
    assert len(journey) == 14
    new = view.selected_touchpoint_ids()
    assert len(new) == 2 and not set(new) & {"t1", "t2"}
    labels = sorted(journey.touchpoint(i).label for i in new)
    assert labels == sorted([journey.touchpoint("t1").label, journey.touchpoint("t2").label])
    a, b = sorted(new, key=lambda i: journey.touchpoint(i).stage != "awareness")
    assert journey.has_transition(a, b)  # the arrow between the copies came along
    assert document.undo_stack.count() == 1
    key(view, Qt.Key.Key_D, CTRL)
    assert len(journey) == 16 and document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(journey) == 12 and len(scene_of(view).cards) == 12


def test_f2_edits_a_label_with_polish_letters(view, document):
    journey = document.workspace.journey("anna")
    view.select("touchpoint", ["t1"])
    view.setFocus()
    key(view, Qt.Key.Key_F2)
    editor = view.editor()
    assert editor is not None and editor.toPlainText() == journey.touchpoint("t1").label
    editor.setPlainText("Widzi reklamę")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for ch in " źdźbło":
        key(view, Qt.Key.Key_unknown if ch != " " else Qt.Key.Key_Space, NOMOD, ch)
    key(view, Qt.Key.Key_Enter)
    assert journey.touchpoint("t1").label == "Widzi reklamę źdźbło"
    assert scene_of(view).cards["t1"].tp.label == "Widzi reklamę źdźbło"
    assert document.undo_stack.count() == 1
    assert isinstance(document.undo_stack.command(0), UpdateTouchpoint)
    document.undo_stack.undo()
    assert journey.touchpoint("t1").label == "Sees a TikTok ad, taps through"


def test_double_click_edits_and_escape_keeps_the_label(view, document):
    journey = document.workspace.journey("anna")
    point = vp(view, card_center(view, "t7"))
    QTest.mouseDClick(view.viewport(), LEFT, NOMOD, point)
    editor = view.editor()
    assert editor is not None and editor.tp_id == "t7"
    editor.setPlainText("Something else")
    key(view, Qt.Key.Key_Escape)
    assert journey.touchpoint("t7").label == "Buys the blouse on the website"
    assert document.undo_stack.count() == 0


def test_views_follow_model_signals_only(view, document):
    journey = document.workspace.journey("anna")
    journey.update_touchpoint("t3", label="Changed behind the view's back", pain_points=["x"])
    assert scene_of(view).cards["t3"].tp.label == "Changed behind the view's back"
    journey.move_touchpoint("t3", "awareness", "tiktok", 0)
    scene = scene_of(view)
    assert scene.cell_ids("awareness", "tiktok") == ["t3", "t1"]
    assert scene.cards["t3"].y() < scene.cards["t1"].y()
    journey.remove_touchpoint("t3")
    assert "t3" not in scene_of(view).cards
    assert ("t2", "t3") not in scene_of(view).arrows


def test_highlight_channel_dims_other_cards(view):
    view.highlight_channel("email")
    scene = scene_of(view)
    assert scene.cards["t4"].opacity() == 1.0
    assert scene.cards["t1"].opacity() < 0.5
    view.highlight_channel(None)
    assert scene.cards["t1"].opacity() == 1.0


def test_adding_and_undoing_a_new_channel_with_its_touchpoint(view, document, qtbot):
    from omnimap.commands import AddChannel, Macro

    ws = document.workspace
    document.push(Macro(ws, "Import", [
        AddChannel(ws, "Pocztówka", channel_id="postcard", group="offline"),
        AddTouchpoint(ws, "anna", "loyalty", "postcard", "Kartka z podziękowaniem"),
    ]))
    row = scene_of(view).row_of("postcard")
    assert row is not None
    view.ensure_visible(QRectF(300, row.y, 100, row.h))
    view.viewport().repaint()
    document.undo_stack.undo()
    # Painted before the zero-timer relayout drops the row: must not fail.
    view.viewport().repaint()
    qtbot.wait(5)
    assert scene_of(view).row_of("postcard") is None
    assert "postcard" not in scene_of(view).row_items


def test_headers_stay_in_sight_when_scrolling(view, document):
    for n in range(12):  # a tall map
        document.push(AddTouchpoint(document.workspace, "anna", "loyalty", "sms", f"Extra {n}"))
    view.resize(700, 500)
    scene = scene_of(view)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.top() > 200 and visible.left() > 200
    assert scene.stage_items["loyalty"].y() == pytest.approx(visible.top(), abs=1)
    assert scene.row_items["sms"].x() == pytest.approx(visible.left(), abs=1)
    assert scene.corner.pos() == QPointF(scene.row_items["sms"].x(),
                                         scene.stage_items["loyalty"].y())
    # A card chosen from the problems list is shown clear of the headers.
    view.select("touchpoint", ["t1"])
    card = view.mapFromScene(scene.cards["t1"].scene_card_rect()).boundingRect()
    assert card.left() >= round(scene.grid.left * view.zoom())
    assert card.top() >= round(scene.grid.header_h * view.zoom())
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    assert scene.stage_items["awareness"].y() == 0 and scene.row_items["sms"].x() == 0


def test_language_change_redraws_the_texts(view, qapp):
    from PySide6.QtCore import QTranslator

    class Polish(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"Online channels": "Kanały online", "Day %1": "Dzień %1",
                    "No CRM integration: data silo": "Brak integracji z CRM"}.get(source, "")

        def isEmpty(self):  # Qt ignores empty translators
            return False

    scene = scene_of(view)
    assert scene.group_items[0].text == "ONLINE CHANNELS"
    translator = Polish()
    qapp.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        qapp.processEvents()
        scene = scene_of(view)
        assert scene.group_items[0].text == "KANAŁY ONLINE"
        assert scene.cards["t1"]._meta.startswith("Dzień 1")
        assert "Brak integracji z CRM" in scene.row_items["chatbot"].toolTip()
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert scene_of(view).group_items[0].text == "ONLINE CHANNELS"


def test_double_click_on_an_arrow_edits_its_label(view, document):
    journey = document.workspace.journey("anna")
    arrow = scene_of(view).arrows[("t7", "t8")]
    point = vp(view, arrow.label_anchor())
    QTest.mouseDClick(view.viewport(), LEFT, NOMOD, point)
    editor = view.editor()
    assert editor is not None and editor.key == ("t7", "t8") and editor.tp_id is None
    editor.setPlainText("potwierdzenie zamówienia")
    key(view, Qt.Key.Key_Return)
    assert journey.transition("t7", "t8").label == "potwierdzenie zamówienia"
    assert scene_of(view).arrows[("t7", "t8")].tr.label == "potwierdzenie zamówienia"
    assert document.undo_stack.count() == 1
    # F2 on the selected arrow, then clear the label.
    view.select("transition", [("t7", "t8")])
    view.setFocus()
    key(view, Qt.Key.Key_F2)
    view.editor().setPlainText("")
    key(view, Qt.Key.Key_Return)
    assert journey.transition("t7", "t8").label == ""
    document.undo_stack.undo()
    assert journey.transition("t7", "t8").label == "potwierdzenie zamówienia"


def test_cursor_hints_what_a_press_would_do(view):
    scene = scene_of(view)
    card = scene.cards["t2"]
    hover = [
        (card.pos() + card.handle_center(), Qt.CursorShape.CrossCursor),
        (card_center(view, "t2"), Qt.CursorShape.OpenHandCursor),
        (QPointF(scene.column_rect("decision").center().x(), 20), Qt.CursorShape.SizeHorCursor),
    ]
    for point, shape in hover:
        mouse(view, QEvent.Type.MouseMove, vp(view, point), Qt.MouseButton.NoButton,
              Qt.MouseButton.NoButton)
        assert view.viewport().cursor().shape() == shape
