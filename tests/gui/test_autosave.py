"""Autosave and crash recovery: copies aside, never over the user's file; SIGKILL loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnimap.commands import AddTouchpoint, Document, SetWorkspaceMeta, UpdateTouchpoint
from omnimap.gui.autosave import (
    INTERVAL_KEY,
    AutosaveManager,
    discard,
    find_recovered,
    restore_document,
)
from omnimap.io import save_workspace
from omnimap.model.sample import sample_workspace

pytestmark = pytest.mark.qt

NEW_LABEL = "Zwrot w sklepie: żółta bluzka"


def _labels(document: Document) -> set[str]:
    return {tp.label for tp in document.workspace.journey("anna").touchpoints()}


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "anna.omnimap"
    path.parent.mkdir()
    save_workspace(sample_workspace(), path)
    return path


@pytest.fixture
def document(qapp, original: Path):
    from omnimap.io import load_workspace

    doc = Document(load_workspace(original), original)
    yield doc
    doc.deleteLater()


def _edit(document: Document) -> None:
    assert document.push(AddTouchpoint(document.workspace, "anna", "loyalty", "email", NEW_LABEL))


def _copied(tmp_path: Path, document: Document) -> tuple[Path, AutosaveManager]:
    """The recovery folder and a manager that has just copied ``document``, edited."""
    rec = tmp_path / "rec"
    manager = AutosaveManager(interval_s=0, directory=rec)
    manager.register(document)
    _edit(document)
    manager.save_now()
    return rec, manager


def test_only_dirty_documents_are_copied_and_the_users_file_is_untouched(
        tmp_path, original, document):
    before = original.read_bytes()
    manager = AutosaveManager(interval_s=0, directory=tmp_path / "rec")
    manager.register(document)
    assert manager.save_now() == 0
    assert find_recovered(tmp_path / "rec") == []

    _edit(document)
    assert manager.save_now() == 1
    assert manager.save_now() == 0  # nothing new since the last copy
    [found] = find_recovered(tmp_path / "rec")
    assert found.original_path == original
    assert found.title == document.workspace.title
    assert abs((datetime.now(UTC) - found.saved_at).total_seconds()) < 3600
    assert found.recovery_path == manager.recovery_path(document)
    assert original.read_bytes() == before
    # No temporary files are left behind next to the copy.
    assert sorted(p.suffix for p in (tmp_path / "rec").iterdir()) == [".json", ".omnimap"]


def test_restored_document_is_dirty_and_holds_the_edits(tmp_path, original, document, qapp):
    manager = AutosaveManager(interval_s=0, directory=tmp_path / "rec")
    manager.register(document)
    _edit(document)
    assert document.push(SetWorkspaceMeta(document.workspace, title="Warsztat – Łódź"))
    manager.save_now()

    [found] = find_recovered(tmp_path / "rec")
    assert found.title == "Warsztat – Łódź"
    restored = restore_document(found)
    assert restored.is_dirty()
    assert restored.path == original
    assert NEW_LABEL in _labels(restored)
    assert restored.workspace.title == "Warsztat – Łódź"


def test_saving_or_undoing_to_clean_removes_the_copy(tmp_path, document):
    rec, manager = _copied(tmp_path, document)
    assert len(find_recovered(rec)) == 1
    document.undo_stack.undo()  # back to what is on disk
    assert manager.save_now() == 0
    assert find_recovered(rec) == []

    document.undo_stack.redo()
    manager.save_now()
    assert len(find_recovered(rec)) == 1
    document.save()
    assert manager.save_now() == 0
    assert find_recovered(rec) == []
    assert list(rec.iterdir()) == []


def test_clean_close_leaves_no_recovery_file(tmp_path, document):
    rec, manager = _copied(tmp_path, document)
    assert any(rec.iterdir())
    # The user chose "discard changes" and the window closed the document.
    manager.unregister(document)
    assert list(rec.iterdir()) == []
    _edit(document)
    assert manager.save_now() == 0  # no longer watched


def test_timer_copies_without_being_asked(qtbot, tmp_path, document):
    manager = AutosaveManager(interval_s=0.05, directory=tmp_path / "rec")
    assert manager.is_active()
    manager.register(document)
    _edit(document)
    with qtbot.waitSignal(manager.saved, timeout=5000) as blocker:
        pass
    assert Path(blocker.args[0]).is_file()
    manager.set_interval(0)
    assert not manager.is_active()


def test_interval_comes_from_settings(tmp_path, qapp, qsettings):
    assert AutosaveManager.interval_from_settings(qsettings) == 60
    qsettings.setValue(INTERVAL_KEY, 0)
    manager = AutosaveManager(settings=qsettings, directory=tmp_path / "rec")
    assert manager.interval() == 0 and not manager.is_active()
    qsettings.setValue(INTERVAL_KEY, "15")
    assert AutosaveManager(settings=qsettings, directory=tmp_path / "rec").interval() == 15
    qsettings.setValue(INTERVAL_KEY, "soon")
    assert AutosaveManager.interval_from_settings(qsettings) == 60


def test_a_copy_that_cannot_be_read_is_a_file_error(tmp_path, document):
    from omnimap.io import FileError

    rec, manager = _copied(tmp_path, document)
    manager._docs.clear()
    [found] = find_recovered(rec)
    found.recovery_path.unlink()  # gone between the listing and the restore
    with pytest.raises(FileError) as raised:
        restore_document(found)
    assert str(raised.value).startswith(str(found.recovery_path) + ": ")
    assert "\n" not in str(raised.value)


def test_adopting_a_restored_copy_keeps_one_set_of_files(tmp_path, document):
    rec, manager = _copied(tmp_path, document)
    manager._docs.clear()  # as if the process had died: the files stay

    [found] = find_recovered(rec)
    restored = restore_document(found)
    second = AutosaveManager(interval_s=0, directory=rec)
    second.register(restored, adopt=found)
    assert second.recovery_path(restored) == found.recovery_path
    assert len(list(rec.iterdir())) == 2
    restored.push(UpdateTouchpoint(restored.workspace, "anna", "t1", label="Nowa etykieta"))
    second.save_now()
    [again] = find_recovered(rec)
    assert "Nowa etykieta" in _labels(restore_document(again))
    discard(again)
    assert list(rec.iterdir()) == []


def test_broken_sidecars_and_live_processes_are_skipped(tmp_path, qapp):
    rec = tmp_path / "rec"
    rec.mkdir()
    (rec / "a.json").write_text("{not json", encoding="utf-8")
    (rec / "a.omnimap").write_bytes(b"{}")
    (rec / "b.json").write_text(json.dumps({"saved_at": "2026-01-01T10:00:00+00:00"}))
    # b has no data file; c belongs to a process that is running (this test's parent).
    (rec / "c.omnimap").write_bytes(b"{}")
    (rec / "c.json").write_text(json.dumps({"saved_at": "2026-01-01T10:00:00+00:00",
                                            "pid": os.getppid(), "title": "live"}))
    (rec / "d.omnimap").write_bytes(b"{}")
    (rec / "d.json").write_text(json.dumps({"saved_at": "2026-01-01T10:00:00",
                                            "original_path": None, "title": "orphan"}))
    found = find_recovered(rec)
    assert [r.title for r in found] == ["orphan"]
    assert found[0].original_path is None
    assert found[0].saved_at.tzinfo is not None


# --------------------------------------------------------------- a real crash
_HELPER = textwrap.dedent('''
    import json, sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    app.setOrganizationName("omnimap")
    app.setApplicationName("omnimap")

    from omnimap.gui.autosave import AutosaveManager, find_recovered, restore_document

    if sys.argv[1] == "crash":
        from omnimap.commands import AddTouchpoint, UpdateTouchpoint
        from omnimap.io import load_workspace
        from omnimap.commands import Document

        original = Path(sys.argv[2])
        doc = Document(load_workspace(original), original)
        manager = AutosaveManager(interval_s=0.2)
        manager.register(doc)
        doc.push(AddTouchpoint(doc.workspace, "anna", "loyalty", "email", sys.argv[3]))
        doc.push(UpdateTouchpoint(doc.workspace, "anna", "t1", label="TikTok (edited)"))
        manager.saved.connect(lambda path: print("SAVED", path, flush=True))
        app.exec()
    else:
        found = find_recovered()
        out = []
        for record in found:
            doc = restore_document(record)
            out.append({
                "title": record.title,
                "original": str(record.original_path),
                "dirty": doc.is_dirty(),
                "path": str(doc.path),
                "labels": sorted(tp.label for tp in doc.workspace.journey("anna").touchpoints()),
            })
        print(json.dumps(out))
''')


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "PYTHONIOENCODING": "utf-8",
    })
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_edits_survive_a_sigkill(tmp_path, original):
    script = tmp_path / "helper.py"
    script.write_text(_HELPER, encoding="utf-8")
    home = tmp_path / "home"
    env = _env(home)
    before = original.read_bytes()

    proc = subprocess.Popen([sys.executable, str(script), "crash", str(original), NEW_LABEL],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    try:
        line = proc.stdout.readline()
        assert line.startswith("SAVED "), (line, proc.stderr.read() if proc.poll() else "")
        recovery_file = Path(line.split(" ", 1)[1].strip())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    # The copy went under the XDG data folder the test gave, not next to the user's file.
    assert home / "data" in recovery_file.parents
    assert original.read_bytes() == before

    # A fresh process (the app started again) finds and restores the edits.
    result = subprocess.run([sys.executable, str(script), "restore"], env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    [restored] = json.loads(result.stdout)
    assert restored["dirty"] is True
    assert restored["original"] == restored["path"] == str(original)
    assert NEW_LABEL in restored["labels"]
    assert "TikTok (edited)" in restored["labels"]
    assert "Sees a TikTok ad, taps through" not in restored["labels"]

    # And in this process too, given the same folder.
    [found] = find_recovered(recovery_file.parent)
    assert found.recovery_path == recovery_file
    discard(found)
    assert find_recovered(recovery_file.parent) == []
