"""``omnimap.gui.app.run`` end to end, in a child process with its own HOME.

A child process keeps the app-wide things ``run`` sets up (translators, the
Fusion theme, settings and crash-recovery folders) away from the other tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication(["omnimap", "-platform", "offscreen"])
    shown = []
    QMessageBox.warning = lambda parent, title, text, *a: shown.append(text)

    def report():
        from omnimap.gui.main_window import MainWindow
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        doc = window.document
        print("journeys", [len(j) for j in doc.workspace.journeys])
        print("stage0", doc.workspace.stages[0].name)
        print("warnings", len(shown), shown[0] if shown else "")
        print("title", window.windowTitle())
        print("icon", not QApplication.windowIcon().isNull(), app.desktopFileName())
        print("docks", len(window.docks))
        window.close()

    def before_load():
        # Runs before the map is loaded: the heavy libraries must not be in yet.
        heavy = [m for m in ("pydantic", "networkx", "graphviz") if m in sys.modules]
        print("heavy-before-load", heavy)

    from omnimap.gui import app as gui_app
    real = gui_app.start

    def start(*args, **kwargs):
        before_load()
        real(*args, **kwargs)
        QTimer.singleShot(300, report)

    gui_app.start = start
    sys.exit(gui_app.run(sys.argv[1:]))
""")


def _run(tmp_path: Path, *args: str) -> list[str]:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


def test_run_opens_the_polish_sample_and_loads_the_model_after_the_window(
    tmp_path: Path,
) -> None:
    lines = _run(tmp_path, "--sample", "--lang", "pl")
    assert "heavy-before-load []" in lines
    assert "journeys [12]" in lines
    assert "stage0 Świadomość" in lines
    assert "warnings 0 " in lines
    assert "icon True omnimap" in lines  # set after the first paint, but set
    assert "docks 5" in lines


def test_run_with_a_bad_file_says_why_and_opens_a_blank_map(tmp_path: Path) -> None:
    bad = tmp_path / "bad.omnimap"
    bad.write_text("not json at all", encoding="utf-8")
    lines = _run(tmp_path, str(bad), "--lang", "en")
    assert "journeys [0]" in lines
    (warning,) = [line for line in lines if line.startswith("warnings ")]
    assert warning.startswith("warnings 1 ") and "bad.omnimap" in warning
