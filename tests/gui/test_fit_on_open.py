"""A map opened in a window too small for it at 100 % opens zoomed out to show it whole.

Zoom is view state: it fits once, when each journey's canvas is first shown
after the map is opened, never zooms in past 100 % and never goes below
FIT_FLOOR; edits, undo and tab switches keep the facilitator's zoom after that.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF

from omnimap.commands import AddTouchpoint
from omnimap.gui.canvas.view import FIT_FLOOR


def _opened(qtbot: Any, make_window: Any, document: Any, width: int, height: int) -> Any:
    """A window of that size, shown, with ``document`` opened in it; its first canvas settled."""
    window = make_window()
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(document)
    view = window.current_view()
    qtbot.waitUntil(lambda: not view._fit_pending)
    return window


def _visible(view: Any) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _shows_whole_map(view: Any) -> bool:
    scene_rect = view.journey_scene.sceneRect()
    return _visible(view).adjusted(-1, -1, 1, 1).contains(scene_rect)


def test_a_map_bigger_than_a_small_window_opens_zoomed_out_to_show_it_whole(
        qtbot, make_window, document):
    window = _opened(qtbot, make_window, document, 1300, 730)
    view = window.current_view()
    assert FIT_FLOOR <= view.zoom() < 1.0
    assert _shows_whole_map(view)
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()


def test_a_big_window_keeps_100_percent_and_another_tab_fits_when_first_shown(
        qtbot, make_window, document):
    # A second journey far taller than the window: 40 cards in one cell.
    ws = document.workspace
    tall = ws.add_journey("Tall", id="tall")
    for n in range(40):
        tall.add_touchpoint(ws.stages[0].id, ws.channels[0].id, f"card {n}")
    window = _opened(qtbot, make_window, document, 2600, 2100)
    anna = window.views["anna"]
    assert window.current_view() is anna
    assert anna.zoom() == 1.0  # fits at 100 %: never zoomed in
    assert _shows_whole_map(anna)
    tall_view = window.views["tall"]
    assert tall_view.zoom() == 1.0  # not shown yet
    window.tabs.setCurrentWidget(tall_view)
    qtbot.waitUntil(lambda: not tall_view._fit_pending)
    assert FIT_FLOOR <= tall_view.zoom() < 1.0
    assert _shows_whole_map(tall_view)
    tall_view.zoom_reset()
    window.tabs.setCurrentWidget(anna)
    window.tabs.setCurrentWidget(tall_view)  # shown again: the zoom chosen stays
    qtbot.wait(20)
    assert tall_view.zoom() == 1.0 and anna.zoom() == 1.0


def test_edits_and_undo_keep_the_zoom_and_opening_a_map_fits_again(
        qtbot, make_window, document, make_document):
    window = _opened(qtbot, make_window, document, 1300, 730)
    view = window.current_view()
    fitted = view.zoom()
    assert fitted < 1.0
    ws = document.workspace
    window.push(AddTouchpoint(ws, "anna", ws.stages[-1].id, ws.channels[0].id, "Nowa karta"))
    qtbot.wait(20)
    assert view.zoom() == fitted
    view.zoom_in()
    chosen = view.zoom()
    document.undo_stack.undo()
    qtbot.wait(20)
    assert view.zoom() == chosen
    document.undo_stack.redo()
    qtbot.wait(20)
    assert view.zoom() == chosen
    # Opening another map (here a fresh sample) fits its canvas once more.
    document.undo_stack.setClean()
    window.set_document(make_document("pl"))
    view = window.current_view()
    qtbot.waitUntil(lambda: not view._fit_pending)
    assert view.zoom() < 1.0 and _shows_whole_map(view)


def test_a_map_too_big_even_at_the_floor_opens_at_the_floor_at_its_top_left(
        qtbot, make_window, document):
    window = _opened(qtbot, make_window, document, 1000, 650)
    view = window.current_view()
    assert view.zoom() == FIT_FLOOR
    assert not _shows_whole_map(view)
    visible = _visible(view)
    scene_rect = view.journey_scene.sceneRect()
    assert abs(visible.left() - scene_rect.left()) < 2
    assert abs(visible.top() - scene_rect.top()) < 2


def test_a_canvas_hidden_before_it_could_fit_fits_when_shown_again(
        qtbot, make_window, document):
    # The app puts a blank map behind the start screen: its canvas shows for an instant.
    window = make_window()
    window.resize(1300, 730)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(document)
    window.show_start_screen()
    view = window.views["anna"]
    qtbot.wait(50)
    assert view._fit_pending  # not settled on a window it is not shown in
    window.pages.setCurrentWidget(window.tabs)
    qtbot.waitUntil(lambda: not view._fit_pending)
    assert view.zoom() < 1.0 and _shows_whole_map(view)


def test_a_new_blank_map_stays_at_100_percent(qtbot, make_window):
    # Six empty stage columns are wider than the window, but there is nothing to see
    # whole: the first cards are dropped and typed at their normal size.
    window = make_window()
    window.resize(1300, 730)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(window.blank_document())
    view = window.current_view()
    qtbot.waitUntil(lambda: not view._fit_pending)
    assert view.journey_scene.sceneRect().width() > view.viewport().width()
    assert view.zoom() == 1.0
