"""The docks: inspector edits (one undo step, bad values refused), audit, problems, palette."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from omnimap.gui.docks.audit import COLUMNS  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402
from omnimap.gui.mime import CHANNEL_MIME  # noqa: E402


@pytest.fixture
def window(make_window: Callable[..., MainWindow], discard_on_close: None) -> MainWindow:
    win = make_window()
    win.show()
    win.set_document(win.sample_document())
    return win


def _finish(edit: Any, text: str) -> None:
    """Type into a field the way a user does, then leave it (editingFinished)."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text) if hasattr(edit, "insert") else edit.insertPlainText(text)
    edit.editingFinished.emit()


# ------------------------------------------------------------------ inspector
def test_inspector_edit_is_one_undo_step_and_undo_shows(window: MainWindow, qtbot: Any) -> None:
    window.current_view().select("touchpoint", ["t5"])
    page = window.inspector.touchpoint_page
    assert window.inspector.current_page() is page
    assert page.label.text() == "Site chatbot offers help"
    stack = window.document.undo_stack
    steps = stack.count()
    _finish(page.label, "Chatbot greets Anna")
    anna = window.document.workspace.journey("anna")
    assert anna.touchpoint("t5").label == "Chatbot greets Anna"
    assert stack.count() == steps + 1
    page.label.editingFinished.emit()  # leaving the field again is no new step
    assert stack.count() == steps + 1
    stack.undo()
    qtbot.waitUntil(lambda: page.label.text() == "Site chatbot offers help")
    _finish(page.pains, "No history\nAsks twice")
    assert anna.touchpoint("t5").pain_points == ["No history", "Asks twice"]
    assert stack.count() == steps + 1


def test_inspector_shows_a_journey_without_touchpoints(window: MainWindow) -> None:
    window.set_document(window.blank_document())
    page = window.inspector.journey_page
    assert window.inspector.current_page() is page
    journey = window.document.workspace.journeys[0]
    assert len(journey) == 0
    # An empty journey once read as no journey: blank fields, greyed out.
    assert page.name.text() == journey.name != ""
    assert page.persona.text() == journey.persona.name
    assert page.name.isEnabled()
    assert page.heading.text() == "Journey and map"


@pytest.mark.parametrize(("field", "text", "why"), [
    ("day", "soon", "Day must be a whole number"),
    ("day", "0", "Day must be between 1 and 100000"),
    ("time", "25:61", "Time: must be a time such as 09:30"),
])
def test_inspector_bad_value_is_shown_and_not_applied(
    window: MainWindow, field: str, text: str, why: str
) -> None:
    window.current_view().select("touchpoint", ["t1"])
    page = window.inspector.touchpoint_page
    steps = window.document.undo_stack.count()
    _finish(getattr(page, field), text)
    assert page.error.isVisible() and why in page.error.text()
    tp = window.document.workspace.journey("anna").touchpoint("t1")
    assert (tp.day, tp.time) == (1, "11:30")
    assert window.document.undo_stack.count() == steps
    _finish(getattr(page, field), "2" if field == "day" else "08:15")
    assert not page.error.isVisible()


def test_inspector_emotion_stage_and_channel_of_a_touchpoint(window: MainWindow) -> None:
    window.current_view().select("touchpoint", ["t5"])
    page = window.inspector.touchpoint_page
    anna = window.document.workspace.journey("anna")
    page.emotion.setValue(-2)
    assert anna.touchpoint("t5").emotion == -2
    page.stage.setCurrentIndex(page.stage.findData("decision"))
    page.stage.activated.emit(page.stage.currentIndex())
    assert anna.touchpoint("t5").stage == "decision"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert (anna.touchpoint("t5").stage, anna.touchpoint("t5").emotion) == ("consideration", -1)


def test_inspector_transition_stage_and_journey_pages(window: MainWindow, qtbot: Any) -> None:
    ws = window.document.workspace
    window.inspector.show_selection([("transition", ("t1", "t2"))])
    page = window.inspector.transition_page
    _finish(page.volume, "-5")
    assert page.error.isVisible() and ws.journey("anna").transition("t1", "t2").volume is None
    _finish(page.volume, "1200")
    assert ws.journey("anna").transition("t1", "t2").volume == 1200

    window.inspector.show_selection([("stage", "decision")])
    stage = window.inspector.stage_page
    _finish(stage.name, "Purchase")
    assert ws.stage("decision").name == "Purchase"
    table = stage.kpis.table
    table.item(0, 2).setText("abc")
    assert stage.error.isVisible() and "target must be a number" in stage.error.text()
    assert ws.stage("decision").kpis[0].target is None
    table.item(0, 2).setText("3,5")
    assert ws.stage("decision").kpis[0].target == 3.5

    window.inspector.show_selection([])
    journey = window.inspector.journey_page
    _finish(journey.persona, "Anna K.")
    assert ws.journey("anna").persona.name == "Anna K."
    _finish(journey.name, "Anna (mobile)")
    assert window.tabs.tabText(0) == "Anna (mobile)"
    _finish(journey.title, "")
    assert ws.title == ""


def test_inspector_channel_page_sets_crm(window: MainWindow) -> None:
    ws = window.document.workspace
    window.inspector.show_selection([("channel", "chatbot")])
    page = window.inspector.channel_page
    assert page.crm.currentData() == "none"
    page.crm.setCurrentIndex(page.crm.findData("connector"))
    page.crm.activated.emit(page.crm.currentIndex())
    assert ws.channel("chatbot").audit.crm == "connector"
    _finish(page.color, "red")
    assert page.error.isVisible() and ws.channel("chatbot").color != "red"
    page.functions["service"].setChecked(True)
    assert ws.channel("chatbot").audit.functionality == ["service"]


# ---------------------------------------------------------------------- audit
def _crm_cell(window: MainWindow, channel_id: str) -> Any:
    dock = window.audit_dock
    return dock.model.index(dock.row_of(channel_id), COLUMNS.index("crm"))


def test_changing_crm_in_the_audit_updates_problems_and_canvas(
    window: MainWindow, qtbot: Any
) -> None:
    problems = window.problems_dock
    problems.recheck()

    def chatbot_gap() -> bool:
        return any(f.code == "crm-gap" and "chatbot" in f.channel_ids for f in problems.findings)

    assert chatbot_gap()
    view = window.audit_dock.view
    window.audit_dock.show()
    index = window.audit_dock.view_index("chatbot", "crm")
    assert "✖" in index.data()
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None
    steps = window.document.undo_stack.count()
    combo.setCurrentIndex(combo.findData("integrated"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.workspace.channel("chatbot").audit.crm == "integrated"
    assert window.document.undo_stack.count() == steps + 1
    assert "✔" in _crm_cell(window, "chatbot").data()
    qtbot.waitUntil(lambda: not chatbot_gap(), timeout=2000)
    card = window.current_view().scene().item_for("touchpoint", "t5")  # the chatbot card
    qtbot.waitUntil(lambda: card.channel.audit.crm == "integrated", timeout=2000)
    window.document.undo_stack.undo()
    qtbot.waitUntil(chatbot_gap, timeout=2000)
    qtbot.waitUntil(lambda: card.channel.audit.crm == "none", timeout=2000)
    assert "✖" in _crm_cell(window, "chatbot").data()


def test_audit_checkbox_and_text_cells(window: MainWindow) -> None:
    model = window.audit_dock.model
    row = window.audit_dock.row_of("store")
    buy = model.index(row, COLUMNS.index("buy"))
    assert model.setData(buy, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.document.workspace.channel("store").audit.functionality == ["buy"]
    owner = model.index(row, COLUMNS.index("owner"))
    assert model.setData(owner, "  Retail ops ")
    assert window.document.workspace.channel("store").audit.owner == "Retail ops"
    assert not model.setData(owner, "Retail ops")  # unchanged: no undo step
    kpis = model.index(row, COLUMNS.index("kpis"))
    assert model.setData(kpis, "footfall; conversion | NPS")
    assert window.document.workspace.channel("store").audit.kpis == ["footfall", "conversion",
                                                                     "NPS"]
    used = model.index(window.audit_dock.row_of("email"), COLUMNS.index("used"))
    assert used.data() == 3  # t4, t9, t10
    assert not (model.flags(used) & Qt.ItemFlag.ItemIsEditable)


# ------------------------------------------------------------------- problems
def test_problems_follow_edits_with_one_coalesced_recheck(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = window.problems_dock
    runs: list[int] = []
    real = problems.recheck
    monkeypatch.setattr(problems, "recheck", lambda: (runs.append(1), real()))
    problems.timer.timeout.disconnect()
    problems.timer.timeout.connect(problems.recheck)
    ws = window.document.workspace
    for cid in ("chatbot", "instagram"):
        ws.set_crm(cid, "integrated")
    qtbot.waitUntil(lambda: bool(runs), timeout=2000)
    qtbot.wait(problems.timer.interval() * 2)
    assert len(runs) == 1
    assert "crm-gap" not in problems.codes()
    assert problems.summary.text()


def test_problem_counts_read_as_english_plurals(window: MainWindow, qapp: Any) -> None:
    from omnimap.gui.i18n import switch_language

    switch_language(qapp, "en")
    problems = window.problems_dock
    problems.recheck()
    errors, warnings, notes = problems.counts()
    assert (errors, warnings, notes) == (2, 1, 1)  # the sample map's findings
    assert problems.summary.text() == "2 errors, 1 warning, 1 note"
    assert window.counts_label.text() == "Problems: 2 errors, 1 warning"


# -------------------------------------------------------------------- palette
def test_palette_groups_filter_and_drag_payload(window: MainWindow) -> None:
    palette = window.palette_dock
    tree = palette.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Online", "Offline", "Hybrid"]
    palette.filter_edit.setText("SKLEP")  # the Polish name of "Physical store"
    assert palette.visible_channel_ids() == ["store"]
    assert tree.topLevelItem(0).isHidden() and not tree.topLevelItem(1).isHidden()
    palette.filter_edit.setText("")
    assert len(palette.visible_channel_ids()) == 19
    mime = tree.mimeData([palette.item_for("chatbot")])
    assert bytes(mime.data(CHANNEL_MIME)).decode("utf-8") == "chatbot"
    window.document.workspace.add_channel("Kiosk", id="kiosk", group="offline")
    assert "kiosk" in palette.visible_channel_ids()


def test_removing_a_used_channel_is_refused_in_red(window: MainWindow, qtbot: Any) -> None:
    ws = window.document.workspace
    window.inspector.show_selection([("channel", "chatbot")])
    page = window.inspector.channel_page
    assert not window.remove_channel("chatbot")
    assert page.error.isVisible() and "used by 1 touchpoint" in page.error.text()
    assert ws.has_channel("chatbot")
    window.inspector.show_selection([("channel", "linkedin")])
    assert window.remove_channel("linkedin")
    assert not ws.has_channel("linkedin")
    qtbot.waitUntil(lambda: window.inspector.current_page() is window.inspector.journey_page)
    window.document.undo_stack.undo()
    assert ws.has_channel("linkedin")


def test_audit_sorts_silos_first_and_filters_used_channels(window: MainWindow) -> None:
    dock = window.audit_dock
    assert dock.shown_channel_ids()[:3] == ["website", "mobile_app", "instagram"]
    dock.view.sortByColumn(COLUMNS.index("crm"), Qt.SortOrder.AscendingOrder)
    assert dock.shown_channel_ids()[:2] == ["instagram", "chatbot"]
    dock.used_only.setChecked(True)
    used = {c.id for c in window.document.workspace.used_channels()}
    assert set(dock.shown_channel_ids()) == used and len(used) == 8
    window.document.workspace.journey("anna").add_touchpoint("loyalty", "events", "Fashion show")
    assert "events" in dock.shown_channel_ids()
    dock.view.clicked.emit(dock.view_index("events", "owner"))
    assert window.inspector.channel_page.channel_id == "events"


def test_audit_columns_fit_their_contents_once_the_dock_is_shown(window: MainWindow,
                                                                qtbot: Any) -> None:
    dock = window.audit_dock
    view = dock.view
    name = COLUMNS.index("name")
    assert dock._columns_fitted is False  # behind the Problems tab: not sized yet
    default = view.horizontalHeader().defaultSectionSize()
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: view.isVisible())
    assert dock._columns_fitted is True
    longest = max(view.fontMetrics().horizontalAdvance(c.name)
                  for c in window.document.workspace.channels)
    assert view.columnWidth(name) >= longest and view.columnWidth(name) != default
    for column in ("crm_note", "kpis"):
        assert view.columnWidth(COLUMNS.index(column)) <= 220


def test_inspector_is_only_as_wide_as_the_page_it_shows(window: MainWindow) -> None:
    inspector = window.inspector
    inspector.show_selection([])
    journey = inspector.journey_page.minimumSizeHint().width()
    channel = inspector.channel_page.minimumSizeHint().width()
    assert journey < channel  # else this test shows nothing
    assert inspector.stack.minimumSizeHint().width() == journey
    inspector.show_selection([("channel", "instagram")])
    assert inspector.stack.currentWidget() is inspector.channel_page
    assert inspector.stack.minimumSizeHint().width() == channel
