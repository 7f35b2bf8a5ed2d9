"""The journey canvas as a view of the model: grid, CRM flags, headers, signals."""

from __future__ import annotations

from itertools import pairwise

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from test_canvas_helpers import (
    CTRL,
    LEFT,
    NOMOD,
    card_center,
    key,
    mouse,
    scene_of,
    vp,
)

from omnimap.commands import AddTouchpoint, UpdateChannel

pytestmark = pytest.mark.qt


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
    assert "Touchpoints affected here: 3." in row.toolTip()
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


def test_opens_at_the_top_left_and_an_empty_journey_has_lanes(qtbot, document):
    from omnimap.gui.canvas import JourneyView

    journey = document.workspace.add_journey("Empty", id="empty")
    view = JourneyView(document, journey.id)
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    scene = scene_of(view)
    assert not scene.cards and not scene.grid.rows
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.left() <= 0 and visible.top() <= 0
    # The empty lanes still take a palette drop.
    assert scene.cell_at(QPointF(scene.column_rect("interest").center().x(),
                                 scene.grid.header_h + 20))[0] == "interest"


def test_arrow_ends_on_one_side_fan_out_and_close_up(view, document):
    from omnimap.commands import Disconnect

    scene = scene_of(view)
    middle = scene.cards["t7"].scene_card_rect().center().y()
    # t4 -> t7 and t6 -> t7 both enter t7 (decision / website) from the left.
    heads = [scene.arrows[key].end_points()[1].y() for key in (("t6", "t7"), ("t4", "t7"))]
    assert heads[0] < middle < heads[1]  # t6 comes from above, t4 from below
    assert heads[0] - middle == pytest.approx(middle - heads[1])
    document.push(Disconnect(document.workspace, "anna", "t4", "t7"))
    head = scene_of(view).arrows[("t6", "t7")].end_points()[1]
    assert head.y() == pytest.approx(middle)  # alone again: the middle of the side
