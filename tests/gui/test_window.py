"""The main window: files, dirty marker and close prompt, CSV import, stages, journeys."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from PySide6.QtCore import Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QCloseEvent  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox  # noqa: E402

from omnimap.commands import AddTouchpoint, UpdateTouchpoint  # noqa: E402
from omnimap.gui import app as gui_app  # noqa: E402
from omnimap.gui.dialogs import RemoveStageDialog  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402
from omnimap.gui.settings import Settings  # noqa: E402


class Boxes:
    """Records the message boxes shown and answers ``question`` with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def warning(self, parent: Any, title: str, text: str, *a: Any) -> Any:
        self.shown.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    def question(self, parent: Any, title: str, text: str, *a: Any) -> Any:
        self.shown.append(("question", title, text))
        return self.answer


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "warning", recorder.warning)
    monkeypatch.setattr(QMessageBox, "critical", recorder.warning)
    monkeypatch.setattr(QMessageBox, "question", recorder.question)
    return recorder


@pytest.fixture
def window(make_window: Callable[..., MainWindow], boxes: Boxes) -> MainWindow:
    win = make_window()
    win.show()
    win.set_document(win.sample_document())
    return win


def _save_as(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> bool:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    return window.save_as()


def test_save_reopen_and_save_again_gives_the_same_bytes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: Settings
) -> None:
    first, second = tmp_path / "first.omnimap", tmp_path / "second"
    window.push(UpdateTouchpoint(window.document.workspace, "anna", "t1", label="Zażółć gęślą"))
    assert window.isWindowModified()
    assert _save_as(window, monkeypatch, first)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("first.omnimap")
    assert window.open_file(first)
    assert window.document.workspace.journey("anna").touchpoint("t1").label == "Zażółć gęślą"
    assert _save_as(window, monkeypatch, second)  # no suffix given: .omnimap is added
    assert (tmp_path / "second.omnimap").read_bytes() == first.read_bytes()
    assert settings.recent_files()[:2] == [str(tmp_path / "second.omnimap"), str(first)]


def test_save_as_suggests_the_maps_own_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: Settings
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filter: (asked.append(start), ("", ""))[1])
    settings.set_last_folder(tmp_path / "maps" / "old.omnimap")
    window.document.workspace.set_title("Warsztat: Anna / sklep?")
    assert not window.save_as()
    assert asked[-1] == str(tmp_path / "maps" / "Warsztat Anna sklep.omnimap")
    window.set_document(window.blank_document())  # no title: the journey's name
    assert not window.save_as()
    journey = window.document.workspace.journeys[0]
    assert Path(asked[-1]).name == f"{journey.name}.omnimap"


def test_broken_file_shows_a_dialog_and_leaves_the_open_map_untouched(
    window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    document = window.document
    window.push(UpdateTouchpoint(document.workspace, "anna", "t2", label="edited"))
    broken = tmp_path / "broken.omnimap"
    broken.write_bytes(b'{"format": "omnimap", "version": 2, "journeys": [')
    assert not window.open_file(broken)
    ((kind, _title, text),) = boxes.shown
    assert kind == "warning" and "\n" not in text and text
    assert window.document is document
    assert document.workspace.journey("anna").touchpoint("t2").label == "edited"
    assert window.isWindowModified()
    assert window.tabs.count() == 1


def test_bad_file_on_the_command_line_opens_a_blank_map(
    make_window: Callable[..., MainWindow], boxes: Boxes, tmp_path: Path
) -> None:
    win = make_window()
    gui_app.start(win, str(tmp_path / "missing.omnimap"))
    assert [b[0] for b in boxes.shown] == ["warning"]
    assert win.document is not None and win.document.path is None
    assert [len(j) for j in win.document.workspace.journeys] == [0]
    gui_app.start(win, None, sample=True)
    assert len(win.document.workspace.journey("anna")) == 12


def test_dirty_marker_and_the_close_prompt(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert not window.isWindowModified() and "[*]" in window.windowTitle()
    window.push(UpdateTouchpoint(window.document.workspace, "anna", "t1", label="x"))
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert not window.isWindowModified()
    window.act_redo.trigger()
    assert window.isWindowModified()

    boxes.answer = QMessageBox.StandardButton.Cancel
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted() and boxes.shown[-1][0] == "question"
    assert window.document.workspace.journey("anna").touchpoint("t1").label == "x"

    boxes.answer = QMessageBox.StandardButton.Save
    target = tmp_path / "saved.omnimap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted() and target.exists()

    window.set_document(window.sample_document())
    window.push(UpdateTouchpoint(window.document.workspace, "anna", "t1", label="y"))
    boxes.answer = QMessageBox.StandardButton.Discard
    before = len(boxes.shown)
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted() and len(boxes.shown) == before + 1


def test_new_map_asks_about_unsaved_changes(window: MainWindow, boxes: Boxes) -> None:
    document = window.document
    window.push(UpdateTouchpoint(document.workspace, "anna", "t1", label="keep me"))
    boxes.answer = QMessageBox.StandardButton.Cancel
    window.act_new.trigger()
    assert window.document is document
    boxes.answer = QMessageBox.StandardButton.Discard
    window.act_new.trigger()
    assert window.document is not document and not window.isWindowModified()
    assert window.tabs.count() == 1


CP1250_CSV = (
    "etap;kanał;etykieta;dzień;emocja;szanse\n"
    "Świadomość;Instagram;Widzi rolkę z bluzką;5;1;\n"
    "Decyzja;Sklep stacjonarny;Przymierza w Łodzi;6;2;\n"
    "Lojalność;Pocztówka;Ręcznie pisane podziękowanie;9;2;polecenia|rabat\n"
)


def _import_via_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.act_import.trigger()


def test_csv_import_through_the_menu_is_one_undo_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "anna.csv"
    path.write_bytes(CP1250_CSV.encode("cp1250"))
    ws = window.document.workspace
    steps = window.document.undo_stack.count()
    _import_via_menu(window, monkeypatch, path)
    anna = ws.journey("anna")
    labels = {t.label: t for t in anna.touchpoints()}
    assert len(anna) == 15
    assert labels["Przymierza w Łodzi"].channel == "store"
    assert labels["Ręcznie pisane podziękowanie"].opportunities == ["polecenia", "rabat"]
    assert ws.channel("pocztowka").name == "Pocztówka"
    assert ws.channel("pocztowka").audit.crm == "unknown"
    assert window.document.undo_stack.count() == steps + 1
    assert sorted(window.current_view().selected_touchpoint_ids()) == sorted(
        t.id for t in labels.values() if t.day in (5, 6, 9))
    window.act_undo.trigger()
    assert len(anna) == 12 and not ws.has_channel("pocztowka")


def test_csv_import_with_a_bad_row_imports_nothing(
    window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("stage,channel,label,emotion\nawareness,Pinterest,ok,1\n"
                    "interest,sms,bad,7\n", encoding="utf-8")
    steps = window.document.undo_stack.count()
    _import_via_menu(window, monkeypatch, path)
    ((kind, _title, text),) = boxes.shown
    assert kind == "warning"
    assert text == "bad.csv, line 3: “emotion” must be between -2 and 2, not “7”"
    assert len(window.document.workspace.journey("anna")) == 12
    assert not window.document.workspace.has_channel("pinterest")
    assert window.document.undo_stack.count() == steps
    assert not window.isWindowModified()


def test_removing_a_used_stage_moves_its_touchpoints_in_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.document.workspace
    monkeypatch.setattr(RemoveStageDialog, "exec", lambda self: (
        self.target.setCurrentIndex(self.target.findData("interest")),
        QDialog.DialogCode.Accepted)[1])
    steps = window.document.undo_stack.count()
    assert window.remove_stage("consideration")
    assert not ws.has_stage("consideration")
    assert sorted(ws.journey("anna").uses_stage("interest")) == ["t2", "t3", "t4", "t5", "t6"]
    assert window.document.undo_stack.count() == steps + 1
    window.act_undo.trigger()
    assert [s.id for s in ws.stages][2] == "consideration"
    assert sorted(ws.journey("anna").uses_stage("consideration")) == ["t3", "t4", "t5", "t6"]


def test_removing_a_used_stage_can_delete_its_touchpoints(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.document.workspace
    monkeypatch.setattr(RemoveStageDialog, "exec", lambda self: (
        self.delete_radio.setChecked(True), QDialog.DialogCode.Accepted)[1])
    assert window.remove_stage("loyalty")
    assert len(ws.journey("anna")) == 9 and not ws.has_stage("loyalty")
    window.act_undo.trigger()
    assert len(ws.journey("anna")) == 12
    assert ws.journey("anna").has_transition("t9", "t10")
    monkeypatch.setattr(RemoveStageDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not window.remove_stage("loyalty")
    assert ws.has_stage("loyalty")


def test_stage_menu_actions(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = window.document.workspace
    window.inspector.show_selection([("stage", "interest")])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Research", True))
    window.act_add_stage.trigger()
    assert [s.name for s in ws.stages][:3] == ["Awareness", "Interest", "Research"]
    window.current_view().select("stage", ["awareness"])
    window.act_stage_right.trigger()
    assert [s.id for s in ws.stages][:2] == ["interest", "awareness"]
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [s.id for s in ws.stages] == ["awareness", "interest", "consideration", "decision",
                                         "action", "loyalty"]


def test_journeys_follow_the_model(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                   boxes: Boxes, qtbot: Any) -> None:
    ws = window.document.workspace
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Piotr (B2B)", True))
    window.act_add_journey.trigger()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Anna", "Piotr (B2B)"]
    assert window.current_journey_id() == ws.journeys[1].id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Piotr", True))
    window.act_rename_journey.trigger()
    assert window.tabs.tabText(1) == "Piotr"
    boxes.answer = QMessageBox.StandardButton.Yes
    window.act_remove_journey.trigger()
    assert window.tabs.count() == 1 and len(ws.journeys) == 1
    window.act_undo.trigger()
    assert window.tabs.count() == 2 and window.tabs.tabText(1) == "Piotr"
    qtbot.wait(20)  # the removed tab's view is really deleted now
    piotr = ws.journeys[1]
    window.push(AddTouchpoint(ws, piotr.id, "awareness", "linkedin", "Post"))
    window.current_view().select("touchpoint", [piotr.touchpoints()[0].id])
    assert window.inspector.touchpoint_page.label.text() == "Post"


def test_presentation_mode_hides_the_docks_and_escape_leaves(
    window: MainWindow, qtbot: Any
) -> None:
    assert window.inspector.isVisible()
    window.act_present.trigger()
    assert window.presenting and window.isFullScreen()
    assert not any(d.isVisible() for d in window.docks)
    assert not window.menuBar().isVisible()
    window.leave_presentation.activated.emit()
    assert not window.presenting and not window.isFullScreen()
    qtbot.waitUntil(lambda: window.inspector.isVisible())
    assert window.menuBar().isVisible()


def test_clicking_a_problem_selects_what_it_is_about(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Other", True))
    window.act_add_journey.trigger()
    assert window.current_journey_id() != "anna"
    problems = window.problems_dock
    problems.recheck()
    row = next(i for i, f in enumerate(problems.findings)
               if f.code == "crm-gap" and f.channel_ids == ("chatbot",))
    item = problems.list.item(row)
    problems.list.itemClicked.emit(item)
    assert window.current_journey_id() == "anna"
    assert window.current_view().selected_touchpoint_ids() == ["t5"]


def test_palette_activation_adds_a_touchpoint_to_the_selected_stage(window: MainWindow) -> None:
    ws = window.document.workspace
    window.current_view().select("touchpoint", ["t7"])  # a decision touchpoint
    item = window.palette_dock.item_for("store")
    window.palette_dock.tree.itemActivated.emit(item, 0)
    (new,) = [t for t in ws.journey("anna").touchpoints() if t.channel == "store"]
    assert new.stage == "decision"


def test_window_state_and_recent_files_are_remembered(
    window: MainWindow, settings: Settings, make_window: Callable[..., MainWindow], boxes: Boxes
) -> None:
    settings.add_recent_file("/tmp/a.omnimap")
    window.resize(611, 477)  # the offscreen screen is small: stay inside it
    window.close()
    again = make_window()
    assert again.size().width() == 611
    again.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in again.recent_menu.actions()]
    assert "a.omnimap" in texts
    gone = next(a for a in again.recent_menu.actions() if a.text() == "a.omnimap")
    again.set_document(again.sample_document())
    gone.trigger()  # /tmp/a.omnimap does not exist: a dialog, and off the list
    assert boxes.shown[-1][0] == "warning"
    assert "/tmp/a.omnimap" not in settings.recent_files()


def test_shortcuts_are_the_standard_ones(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_zoom_fit.shortcut().toString() == "Ctrl+0"
    assert window.act_rename.shortcut().toString() == "F2"
    assert window.act_present.shortcut().toString() == "F11"
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.tabs.accessibleName()
    assert Qt.Key.Key_Escape  # Esc leaves presentation: see the presentation test


@pytest.mark.parametrize("language", ["en", "pl"])
def test_each_menu_gives_every_access_key_once(window: MainWindow, qapp: Any,
                                               language: str) -> None:
    from omnimap.gui import i18n

    i18n.switch_language(qapp, language)
    try:
        for entry in window.menuBar().actions():
            menu = entry.menu()
            assert menu is not None
            keys: dict[str, list[str]] = {}
            for action in menu.actions():
                found = re.search(r"&([^&\s])", action.text().replace("&&", ""))
                if found:
                    keys.setdefault(found.group(1).lower(), []).append(action.text())
            twice = {key: texts for key, texts in keys.items() if len(texts) > 1}
            assert not twice, f"{entry.text()}: {twice}"
    finally:
        i18n.switch_language(qapp, "en")


def test_f1_shows_the_help_sheet(window: MainWindow) -> None:
    window.act_help.trigger()
    assert window._help is not None and window._help.isVisible()
    window.act_help.trigger()
    assert not window._help.isVisible()


def test_the_help_sheet_names_the_windows_own_shortcuts(window: MainWindow) -> None:
    window.act_help.trigger()
    assert window._help is not None
    zoom = window._help.rows["zoom"]
    # Ctrl+0 fits the map, Ctrl+1 is the actual size: the sheet once had them swapped.
    how = zoom[2].text()
    assert how.index("Ctrl+0") < how.index("fits") < how.index("Ctrl+1")
    assert "Ctrl+0" in zoom[1].text() and "Ctrl+1" in zoom[1].text()
    assert "Ctrl+L" in window._help.rows["connect"][1].text()


def test_autosave_follows_the_open_document(
    window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    from omnimap.gui.autosave import AutosaveManager

    manager = AutosaveManager(window, interval_s=0, directory=tmp_path / "recovery")
    window.enable_autosave(manager)
    first = window.document
    assert manager.documents() == [first]
    window.push(UpdateTouchpoint(first.workspace, "anna", "t1", label="unsaved"))
    assert manager.save_now() == 1
    copy = manager.recovery_path(first)
    assert copy is not None and copy.exists()
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.new_sample()
    assert manager.documents() == [window.document]
    assert not copy.exists()  # the user chose to drop those changes


def test_delete_in_a_dock_list_leaves_the_map_alone(window: MainWindow, qtbot: Any) -> None:
    anna = window.document.workspace.journey("anna")
    window.current_view().select("touchpoint", ["t1"])
    window.audit_dock.show()
    window.audit_dock.raise_()
    window.audit_dock.view.setFocus()
    qtbot.waitUntil(lambda: window.audit_dock.view.hasFocus())
    window.act_delete.trigger()
    assert "t1" in anna
    window.current_view().setFocus()
    qtbot.waitUntil(lambda: window.current_view().hasFocus())
    window.act_delete.trigger()
    assert "t1" not in anna


class _Shouting(QTranslator):
    """Every text of every context, in capitals: easy to spot, no catalogue needed."""

    def translate(self, context: str, source: str, disambiguation: Any = None,
                  n: int = -1) -> str:
        # Placeholders such as {name} stay as they are, like a translator keeps them.
        return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group().upper(), source)

    def isEmpty(self) -> bool:
        return False


def test_texts_follow_a_language_switch_while_running(window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window.inspector.show_selection([("stage", "decision")])
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    translator = _Shouting()
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: file_menu.text() == "&FILE")
        assert window.act_save.text() == "&SAVE"
        assert window.inspector.windowTitle() == "INSPECTOR"
        assert window.inspector.stage_page.heading.text().startswith("STAGE: ")
        assert window.palette_dock.tree.topLevelItem(0).text(0) == "ONLINE"
        assert window.audit_dock.model.headerData(0, Qt.Orientation.Horizontal) == "CHANNEL"
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: file_menu.text() == "&File")


def test_export_writes_the_current_journey(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes: Boxes,
    qtbot: Any,
) -> None:
    from omnimap.gui.dialogs.export import ExportDialog

    def run(dialog: ExportDialog, name: str) -> int:
        dialog.path.setText(str(tmp_path / name))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.exporting(), timeout=30_000)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: run(dialog, "anna"))
    window.act_export.trigger()
    assert boxes.shown == []
    # The dialog puts the format's extension on the name.
    svg = (tmp_path / "anna.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "Site chatbot offers help" in svg
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: run(dialog, "no/such/x.svg"))
    window.act_export.trigger()
    assert boxes.shown and "no such folder" in boxes.shown[-1][2]


def test_export_goes_beside_the_saved_map(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: Settings
) -> None:
    from omnimap.gui.dialogs.export_paths import default_export_path

    settings.set_last_folder(tmp_path / "elsewhere" / "x.omnimap")
    unsaved = default_export_path(window, "anna", "svg")
    assert unsaved == tmp_path / "elsewhere" / "map-anna.svg"
    saved = tmp_path / "workshop" / "shop.omnimap"
    saved.parent.mkdir()
    assert _save_as(window, monkeypatch, saved)
    settings.set_last_folder(tmp_path / "elsewhere" / "x.omnimap")
    assert default_export_path(window, "anna", "pdf") == saved.parent / "shop-anna.pdf"
