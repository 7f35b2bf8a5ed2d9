"""The recovery dialog restores ticked maps, deletes the rest, and 'later' keeps them all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog

from omnimap.commands import AddTouchpoint, Document, SetWorkspaceMeta
from omnimap.gui.autosave import AutosaveManager, Recovered, find_recovered
from omnimap.gui.recovery_dialog import RecoveryDialog, format_saved_at
from omnimap.model.sample import sample_workspace

pytestmark = pytest.mark.qt


@pytest.fixture
def crashed(qapp, tmp_path):
    """Two dirty documents copied aside by a manager that then 'died'."""
    rec = tmp_path / "rec"
    manager = AutosaveManager(interval_s=0, directory=rec)
    docs = []
    for title, path in (("Warsztat A", tmp_path / "a.omnimap"), ("Warsztat B", None)):
        doc = Document(sample_workspace(), path)
        manager.register(doc)
        doc.push(SetWorkspaceMeta(doc.workspace, title=title))
        doc.push(AddTouchpoint(doc.workspace, "anna", "loyalty", "sms", f"{title}: nowy punkt"))
        docs.append(doc)
    assert manager.save_now() == 2
    manager._docs.clear()  # the process died: the copies stay behind
    return rec


def _dialog(qtbot, rec) -> RecoveryDialog:
    found = find_recovered(rec)
    dialog = RecoveryDialog(found)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _titles(dialog: RecoveryDialog) -> list[str]:
    return [dialog.list.item(i).text().split(" — ")[0] for i in range(dialog.list.count())]


def test_lists_title_file_and_locale_time(qtbot, crashed):
    dialog = _dialog(qtbot, crashed)
    assert sorted(_titles(dialog)) == ["Warsztat A", "Warsztat B"]
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    record = find_recovered(crashed)[0]
    assert format_saved_at(record) in texts[0]
    assert any("never saved" in t for t in texts)
    assert any("a.omnimap" in t for t in texts)


def test_restore_ticked_and_discard_unticked(qtbot, crashed, tmp_path):
    dialog = _dialog(qtbot, crashed)
    keep = _titles(dialog).index("Warsztat A")
    dialog.set_checked(1 - keep, False)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    [(document, record)] = dialog.restored()
    assert document.is_dirty()
    assert document.workspace.title == "Warsztat A"
    assert document.path == tmp_path / "a.omnimap"
    assert "Warsztat A: nowy punkt" in {
        tp.label for tp in document.workspace.journey("anna").touchpoints()}
    # The declined copy is gone; the restored one waits to be adopted.
    assert [r.title for r in find_recovered(crashed)] == ["Warsztat A"]
    assert record.recovery_path.is_file()


def test_discard_all_deletes_every_copy(qtbot, crashed):
    dialog = _dialog(qtbot, crashed)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.restored() == []
    assert find_recovered(crashed) == []
    assert list(crashed.iterdir()) == []


def test_decide_later_keeps_everything(qtbot, crashed):
    dialog = _dialog(qtbot, crashed)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(find_recovered(crashed)) == 2


def test_unreadable_copy_is_reported_and_kept(qtbot, crashed, monkeypatch):
    from omnimap.gui import recovery_dialog

    warnings = []
    monkeypatch.setattr(recovery_dialog.QMessageBox, "warning",
                        lambda *args: warnings.append(args[2]))
    records = find_recovered(crashed)
    records[0].recovery_path.write_bytes(b"not a map")
    dialog = RecoveryDialog(records)
    qtbot.addWidget(dialog)
    dialog._restore()
    assert len(dialog.restored()) == 1
    assert len(dialog.failures()) == 1 and warnings == ["\n".join(dialog.failures())]
    assert records[0].recovery_path.is_file()


def test_time_follows_the_locale(qapp, tmp_path):
    record = Recovered("x", None, datetime(2026, 3, 14, 9, 5, tzinfo=UTC),
                       tmp_path / "x.omnimap", tmp_path / "x.json")
    local = QDateTime.fromSecsSinceEpoch(int(record.saved_at.timestamp())).toLocalTime()
    polish = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert format_saved_at(record, polish) == polish.toString(local,
                                                              QLocale.FormatType.ShortFormat)
    assert format_saved_at(record, polish) != format_saved_at(record, american)
    assert "14" in format_saved_at(record, polish)
