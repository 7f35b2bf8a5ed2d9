"""Cancelling an export kills the engine process and leaves no file behind."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from omnimap.export.engine import Engine, ExportCancelled
from omnimap.model.sample import sample_workspace
from omnimap.raster import export_to_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX shell script")


@pytest.fixture
def stuck_engine(tmp_path):
    """An "engine" that never finishes; it writes its process id first."""
    pid_file = tmp_path / "engine.pid"
    script = tmp_path / "stuck-engine"
    script.write_text(f"#!/bin/sh\necho $$ > '{pid_file}'\nexec sleep 600\n")
    script.chmod(0o755)
    return Engine("stuck", str(script)), pid_file


def _cancel_when_started(pid_file, cancel: threading.Event) -> threading.Thread:
    def watch() -> None:
        while not pid_file.exists() or not pid_file.read_text().strip():
            threading.Event().wait(0.01)
        cancel.set()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_cancel_kills_the_engine(stuck_engine):
    engine, pid_file = stuck_engine
    cancel = threading.Event()
    watcher = _cancel_when_started(pid_file, cancel)
    with pytest.raises(ExportCancelled):
        engine.run("digraph { a }", "dot", cancel=cancel)
    watcher.join()
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_cancelled_export_writes_nothing(stuck_engine, tmp_path):
    engine, pid_file = stuck_engine
    out = tmp_path / "out"
    out.mkdir()
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []
    _cancel_when_started(pid_file, cancel)
    with pytest.raises(ExportCancelled):
        export_to_file(sample_workspace(), None, out / "map.svg", engine=engine, cancel=cancel,
                       progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 1)]
    assert list(out.iterdir()) == []


def test_a_cancel_set_beforehand_runs_nothing(stuck_engine):
    engine, pid_file = stuck_engine
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        engine.run("digraph { a }", "dot", cancel=cancel)
    assert not pid_file.exists()


def test_a_slow_engine_with_a_cancel_event_still_delivers(tmp_path):
    """Runs longer than one polling interval get their whole input and finish."""
    script = tmp_path / "slow-engine"
    script.write_text("#!/bin/sh\nsleep 0.3\ncat\n")
    script.chmod(0o755)
    source = "digraph { " + "a -> b; " * 20_000 + "}"
    result = Engine("slow", str(script)).run(source, "dot", cancel=threading.Event())
    assert result.output == source.encode()
