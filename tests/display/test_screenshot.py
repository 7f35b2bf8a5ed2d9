"""A real X server (Xvfb): the sample in the real main window, saved as a screenshot.

Run with ``xvfb-run -a .venv/bin/python -m pytest -m display tests/display``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.display, pytest.mark.qt]

ROOT = Path(__file__).resolve().parents[2]
SHOT = ROOT / "build" / "screenshots" / "main-window.png"
README_SHOT = ROOT / "docs" / "screenshot.png"


@pytest.fixture(scope="module", autouse=True)
def _real_display() -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs a real X display: run under xvfb-run")
    # The root conftest defaults to offscreen; a display test wants the real server
    # (this takes effect when no QApplication exists yet, as in `pytest -m display`).
    os.environ["QT_QPA_PLATFORM"] = "xcb"


def test_sample_in_the_main_window(qtbot: Any, tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings

    from omnimap.gui.main_window import MainWindow
    from omnimap.gui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, "en")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.set_document(window.sample_document())
    window.current_view().select("touchpoint", ["t5"])
    window.problems_dock.recheck()
    qtbot.wait(400)
    window.current_view().zoom_fit()
    qtbot.wait(200)
    image = window.grab().toImage()
    assert image.width() >= 1200 and not image.isNull()
    # Not one flat colour: the map, the docks and the text are really drawn.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 29)}
    assert len(colours) > 20
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOT))
    README_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHOT, README_SHOT)
    # The audit table, for a look at its marks and combos (not for the README).
    window.audit_dock.raise_()
    window.show_channel("chatbot")
    qtbot.wait(200)
    assert window.grab().toImage().save(str(SHOT.parent / "audit.png"))
    window.document.undo_stack.setClean()
