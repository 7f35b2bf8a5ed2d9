"""Editing on the canvas through its real widget: drops, drags, arrows, keys, clipboard."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_canvas_helpers import (
    CTRL,
    LEFT,
    NOMOD,
    card_center,
    column_point,
    drag_mouse,
    key,
    mouse,
    scene_of,
    send_drop,
    vp,
)

from omnimap.commands import AddTouchpoint, UpdateTouchpoint
from omnimap.gui.canvas.clipboard import TOUCHPOINTS_MIME

pytestmark = pytest.mark.qt


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


# ---------------------------------------------------------- navigation & selection
def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(view):
    def wheel(mods, dy=120):
        at = QPointF(300, 300)
        event = QWheelEvent(at, QPointF(view.viewport().mapToGlobal(at.toPoint())), QPoint(0, 0),
                            QPoint(0, dy), Qt.MouseButton.NoButton, mods,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), event)

    start = view.zoom()
    wheel(CTRL)
    assert view.zoom() > start
    wheel(CTRL, -240)
    assert view.zoom() < start
    view.zoom_reset()
    view.verticalScrollBar().setValue(200)
    wheel(NOMOD)
    assert view.verticalScrollBar().value() < 200 and view.zoom() == 1.0


def test_middle_button_and_space_drag_pan_without_moving_cards(view, document):
    bar = view.horizontalScrollBar()
    bar.setValue(100)
    middle = Qt.MouseButton.MiddleButton
    mouse(view, QEvent.Type.MouseButtonPress, QPoint(600, 400), middle, middle)
    mouse(view, QEvent.Type.MouseMove, QPoint(560, 400), Qt.MouseButton.NoButton, middle)
    mouse(view, QEvent.Type.MouseButtonRelease, QPoint(560, 400), middle,
          Qt.MouseButton.NoButton)
    assert bar.value() == 140
    # Space held: a left drag that starts on a card pans instead of moving it.
    view.setFocus()
    space_key(view, QEvent.Type.KeyPress)
    start = vp(view, card_center(view, "t2"))
    before = bar.value()
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start - QPoint(-50, 0))
    mouse(view, QEvent.Type.MouseButtonRelease, start - QPoint(-50, 0),
          buttons=Qt.MouseButton.NoButton)
    space_key(view, QEvent.Type.KeyRelease)
    assert bar.value() == before - 50
    assert document.undo_stack.count() == 0
    assert document.workspace.journey("anna").touchpoint("t2").stage == "interest"


def space_key(view, kind):
    QApplication.sendEvent(view, QKeyEvent(kind, Qt.Key.Key_Space, NOMOD, " "))


def test_rubber_band_selects_several_cards(view):
    scene = scene_of(view)
    a = scene.cards["t4"].scene_card_rect()
    b = scene.cards["t5"].scene_card_rect()
    top_left = QPointF(a.left() - 8, a.top() - 6)
    bottom_right = QPointF(b.right() - 20, b.bottom() - 10)
    assert scene.card_at(top_left) is None
    drag_mouse(view, top_left, bottom_right)
    chosen = set(view.selected_touchpoint_ids())
    assert {"t4", "t5"} <= chosen and "t1" not in chosen


def test_closing_a_view_while_editing_or_dragging_is_safe(qtbot, document):
    from omnimap.gui.canvas import JourneyView

    journey = document.workspace.journey("anna")
    view = JourneyView(document, "anna")
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.edit_label("t1")
    view.editor().setPlainText("Zmieniona etykieta")
    start = vp(view, card_center(view, "t2"))
    mouse(view, QEvent.Type.MouseButtonPress, start)
    mouse(view, QEvent.Type.MouseMove, start + QPoint(40, 0))
    view.deleteLater()
    qtbot.wait(20)
    # The model keeps working and no longer talks to the dead view.
    journey.update_touchpoint("t3", label="after the view is gone")
    journey.add_touchpoint("awareness", "sms", "new")
    assert journey.touchpoint("t2").stage == "interest"


# --------------------------------------------------------------- keyboard & menu
def test_arrow_keys_walk_between_cards(view):
    view.setFocus()
    key(view, Qt.Key.Key_Right)  # nothing selected: the first card
    assert view.selected_touchpoint_ids() == ["t1"]
    key(view, Qt.Key.Key_Right)
    assert view.selected_touchpoint_ids() == ["t2"]
    view.select("touchpoint", ["t4"])
    key(view, Qt.Key.Key_Down)
    assert view.selected_touchpoint_ids() == ["t5"]  # chatbot, right below email
    key(view, Qt.Key.Key_Up)
    assert view.selected_touchpoint_ids() == ["t4"]


def test_alt_arrows_move_cards_one_undo_step_each(view, document):
    journey = document.workspace.journey("anna")
    view.select("touchpoint", ["t1"])
    view.setFocus()
    key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert journey.touchpoint("t1").stage == "interest"
    assert view.selected_touchpoint_ids() == ["t1"]
    # Down from the only place in its cell: into the next row (email), first place.
    key(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    tp = journey.touchpoint("t1")
    assert (tp.stage, tp.channel, tp.order) == ("interest", "email", 0)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    tp = journey.touchpoint("t1")
    assert (tp.stage, tp.channel, tp.order) == ("awareness", "tiktok", 0)


def test_alt_arrows_reorder_within_a_cell_and_move_groups(view, document):
    ws = document.workspace
    for label in ("B", "C"):
        document.push(AddTouchpoint(ws, "anna", "decision", "website", label))
    journey = ws.journey("anna")
    cell = [t.id for t in journey.cell("decision", "website")]
    view.select("touchpoint", [cell[2]])
    view.setFocus()
    key(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.id for t in journey.cell("decision", "website")] == [cell[0], cell[2], cell[1]]
    view.select("touchpoint", [cell[0], cell[1]])
    key(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [t.id for t in journey.cell("consideration", "website")] == [cell[0], cell[1]]
    steps = document.undo_stack.count()
    document.undo_stack.undo()
    assert [t.id for t in journey.cell("decision", "website")] == [cell[0], cell[2], cell[1]]
    assert document.undo_stack.index() == steps - 1


def test_context_menu_offers_the_card_actions(view, document):
    journey = document.workspace.journey("anna")
    scene = scene_of(view)
    menu = view.context_menu(card_center(view, "t6"))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Edit label" and "Delete" in texts
    assert view.selected_touchpoint_ids() == ["t6"]  # right-click selects the card
    highlight = next(a for a in menu.actions() if a.text() == "Highlight this channel")
    highlight.trigger()
    assert scene.cards["t1"].opacity() < 1 and scene.cards["t6"].opacity() == 1
    delete = next(a for a in menu.actions() if a.text() == "Delete")
    delete.trigger()
    assert "t6" not in journey
    empty = view.context_menu(QPointF(scene.column_rect("awareness").center().x(),
                                      scene.row_of("website").y + 20))
    assert "Paste" in [a.text() for a in empty.actions()]


def test_dragging_to_the_window_edge_scrolls_the_map(view, document, qtbot):
    view.resize(700, 600)
    qtbot.wait(5)
    bar = view.horizontalScrollBar()
    bar.setValue(0)
    start = vp(view, card_center(view, "t2"))
    mouse(view, QEvent.Type.MouseButtonPress, start)
    edge = QPoint(view.viewport().width() - 4, start.y())
    mouse(view, QEvent.Type.MouseMove, start + QPoint(30, 0))
    mouse(view, QEvent.Type.MouseMove, edge)
    qtbot.waitUntil(lambda: bar.value() > 150, timeout=3000)
    card = scene_of(view).cards["t2"]
    under_cursor = view.mapToScene(edge)
    assert card.sceneBoundingRect().contains(under_cursor)  # the card kept up
    expected = scene_of(view).cell_at(card.scene_card_rect().center())[0]
    assert expected not in {"awareness", "interest"}  # beyond where the window ended
    mouse(view, QEvent.Type.MouseButtonRelease, edge, buttons=Qt.MouseButton.NoButton)
    assert document.workspace.journey("anna").touchpoint("t2").stage == expected
    assert document.undo_stack.count() == 1


def test_clicking_into_another_widget_commits_and_keeps_its_focus(qtbot, document):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from omnimap.gui.canvas import JourneyView

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = JourneyView(document, "anna")
    field = QLineEdit()
    layout.addWidget(view)
    layout.addWidget(field)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.edit_label("t2")
    qtbot.waitUntil(lambda: view.editor() is not None and view.editor().hasFocus())
    view.editor().setPlainText("Strona z koszykiem")
    field.setFocus()
    qtbot.waitUntil(lambda: view.editor() is None)
    assert document.workspace.journey("anna").touchpoint("t2").label == "Strona z koszykiem"
    assert QApplication.focusWidget() is field
