"""The export dialog (preview, options, progress, cancel, remembered choices) and Copy as PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from omnimap.export import EngineNotFound, find_engine
from omnimap.export.engine import Engine
from omnimap.gui.dialogs import export as export_module
from omnimap.gui.dialogs.export import ExportDialog
from omnimap.gui.main_window import MainWindow
from omnimap.gui.settings import Settings
from omnimap.io import dumps_workspace, save_workspace
from omnimap.raster.render import png_size

pytestmark = pytest.mark.qt

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append(text))
    return shown


def _dialog(qtbot: Any, document: Any, qsettings: QSettings, path: Path) -> ExportDialog:
    dialog = ExportDialog(document.workspace, "anna", settings=qsettings, default_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.preview_ready, timeout=20_000)
    return dialog


def _choose(dialog: ExportDialog, **options: Any) -> None:
    combos = {"format": dialog.format, "layout": dialog.layout_combo, "scale": dialog.scale,
              "background": dialog.background, "engine": dialog.engine}
    for key, value in options.items():
        combo = combos[key]
        combo.setCurrentIndex(combo.findData(value))


def _export(qtbot: Any, dialog: ExportDialog) -> list[Path]:
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def _engines() -> list[str]:
    found = ["graphviz-pure"]
    try:
        find_engine("dot")
        found.append("dot")
    except EngineNotFound:
        pass
    return found


# ------------------------------------------------------------------ preview
def test_preview_shows_the_journey_and_follows_the_options(qtbot, document, qsettings,
                                                           tmp_path):
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    assert b"<title>Anna</title>" in dialog.preview_svg
    assert dialog.preview.renderer().isValid()
    assert dialog.preview.width() > 100 and dialog.preview.height() > 50
    arranged = dialog.preview_svg
    assert b'stroke="#6a1b9a"' in arranged  # the emotion curve
    _choose(dialog, layout="flow")
    qtbot.waitUntil(lambda: dialog.preview_ready() and dialog.preview_svg != arranged,
                    timeout=20_000)
    assert b'stroke="#6a1b9a"' not in dialog.preview_svg
    assert not dialog.details.isEnabled() and not dialog.emotion.isEnabled()
    _choose(dialog, layout="arranged")
    dialog.details.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview_ready() and b"Pain points" in dialog.preview_svg,
                    timeout=20_000)
    assert dialog.details.isEnabled()


def test_a_typed_folder_or_dotted_name_is_kept(qtbot, document, qsettings, tmp_path):
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "shop-anna.svg")
    dialog.path.setText(str(tmp_path))  # a folder: the file goes inside it
    _choose(dialog, format="pdf")
    assert dialog.path.text() == str(tmp_path / "shop-anna.pdf")
    dialog.path.setText(str(tmp_path / "raport.v2"))  # a dot that is no format's
    _choose(dialog, format="png")
    assert dialog.path.text() == str(tmp_path / "raport.v2.png")
    _choose(dialog, format="svg")
    assert dialog.path.text() == str(tmp_path / "raport.v2.svg")


def test_a_typed_extension_chooses_the_format(qtbot, document, qsettings, tmp_path):
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    dialog.path.setFocus()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "slajd.png"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Tab)  # leaving the field, as a user does
    assert dialog.format.currentData() == "png" and dialog.scale.isEnabled()
    assert dialog.path.text() == str(tmp_path / "slajd.png")  # not turned into slajd.svg
    dialog.path.setText(str(tmp_path / "deck.PPTX"))  # typed, then Export straight away
    dialog._follow_typed_format()
    assert dialog.format.currentData() == "pptx"
    dialog.path.setText(str(tmp_path / "raport.v2"))  # no format's extension: format stays
    dialog._follow_typed_format()
    assert dialog.format.currentData() == "pptx"


def test_option_widgets_follow_the_format(qtbot, document, qsettings, tmp_path):
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    _choose(dialog, format="png")
    assert dialog.scale.isEnabled() and dialog.path.text().endswith("map.png")
    _choose(dialog, format="pptx")
    assert not dialog.scale.isEnabled() and not dialog.engine.isEnabled()
    assert "native" in dialog.engine_label.text()
    assert "slide" in dialog.all_journeys.text()
    _choose(dialog, format="svg", engine="graphviz-pure")
    assert dialog.engine_label.text() == "Engine: graphviz-pure 0.2.2"


def test_screenshot(qtbot, document, qsettings, tmp_path):
    """A picture of the dialog, for people to look at (tmp folder; path printed)."""
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    dialog.details.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview_ready() and b"Pain points" in dialog.preview_svg,
                    timeout=20_000)
    qtbot.wait(50)
    shot = tmp_path / "export-dialog.png"
    assert dialog.grab().save(str(shot))
    print(shot)
    assert QImage(str(shot)).width() >= 900


# ------------------------------------------------------------ same as CLI
@pytest.mark.parametrize("engine", _engines())
@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_dialog_and_cli_write_the_same_bytes(qtbot, document, qsettings, tmp_path, fmt,
                                             engine):
    source = tmp_path / "shop.omnimap"
    save_workspace(document.workspace, source)
    dialog = _dialog(qtbot, document, qsettings, tmp_path / f"app.{fmt}")
    _choose(dialog, format=fmt, scale=2, engine=engine, background="transparent")
    written = _export(qtbot, dialog)
    assert written == [tmp_path / f"app.{fmt}"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cli = tmp_path / f"cli.{fmt}"
    subprocess.run([sys.executable, "-m", "omnimap", "export", str(source), "-o", str(cli),
                    "--scale", "2", "--engine", engine, "--background", "transparent"],
                   check=True, env=env, capture_output=True, timeout=120)
    assert written[0].read_bytes() == cli.read_bytes()


# ----------------------------------------------------------- all journeys
def test_all_journeys_one_file_each_with_progress(qtbot, document, qsettings, tmp_path):
    document.workspace.add_journey("Żaneta", id="z").add_touchpoint("decision", "store",
                                                                   "Kupuje w sklepie")
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "deck.svg")
    dialog.all_journeys.setChecked(True)
    steps: list[tuple[int, int]] = []
    dialog.signals.progress.connect(lambda ticket, done, total: steps.append((done, total)))
    written = _export(qtbot, dialog)
    assert [p.name for p in written] == ["deck-anna.svg", "deck-zaneta.svg"]
    assert (0, 2) in steps and (2, 2) in steps


def test_pptx_from_the_dialog(qtbot, document, qsettings, tmp_path):
    from pptx import Presentation

    dialog = _dialog(qtbot, document, qsettings, tmp_path / "deck.svg")
    _choose(dialog, format="pptx")
    written = _export(qtbot, dialog)
    assert written == [tmp_path / "deck.pptx"]
    assert len(Presentation(str(written[0])).slides) == 1


# ------------------------------------------------------------------ cancel
def test_cancel_kills_the_engine_and_leaves_the_map_alone(qtbot, document, qsettings,
                                                          tmp_path, monkeypatch, warnings):
    pid_file = tmp_path / "engine.pid"
    script = tmp_path / "stuck-engine"
    script.write_text(f"#!/bin/sh\necho $$ > '{pid_file}'\nexec sleep 600\n")
    script.chmod(0o755)
    import omnimap.raster.export as raster_export

    before = dumps_workspace(document.workspace)
    dialog = _dialog(qtbot, document, qsettings, tmp_path / "out" / "map.svg")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(raster_export, "find_engine",
                        lambda choice="auto": Engine("stuck", str(script)))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: pid_file.exists() and pid_file.read_text().strip() != "",
                    timeout=20_000)
    assert dialog.exporting() and not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting(), timeout=20_000)
    assert "cancelled" in dialog.status.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)
    assert list((tmp_path / "out").iterdir()) == []
    assert dumps_workspace(document.workspace) == before
    assert document.undo_stack.count() == 0
    assert warnings == []


def test_engine_failure_is_a_message_not_a_crash(qtbot, document, qsettings, tmp_path,
                                                 monkeypatch, warnings):
    import omnimap.raster.export as raster_export

    dialog = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    monkeypatch.setattr(raster_export, "find_engine",
                        lambda choice="auto": Engine("gone", str(tmp_path / "no-such-dot")))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.exporting(), timeout=20_000)
    assert warnings and "not found" in warnings[0]
    assert not (tmp_path / "map.svg").exists()


# -------------------------------------------------------------- remembered
def test_last_choices_are_remembered_preferences_are_defaults(qtbot, document, qsettings,
                                                              tmp_path):
    qsettings.setValue("export/format", "pdf")
    qsettings.setValue("export/background", "transparent")
    first = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    assert first.options()["format"] == "pdf" and first.options()["background"] == "transparent"
    assert first.path.text().endswith("map.pdf")
    _choose(first, format="png", scale=4, layout="flow")
    first.emotion.setChecked(False)
    _export(qtbot, first)
    again = _dialog(qtbot, document, qsettings, tmp_path / "map.svg")
    options = again.options()
    assert (options["format"], options["scale"], options["layout"]) == ("png", 4, "flow")
    assert options["emotion"] is False
    # The Preferences themselves are not changed by the dialog.
    assert qsettings.value("export/format") == "pdf"


# ------------------------------------------------------------ copy as PNG
@pytest.fixture
def window(make_window: Callable[..., MainWindow], settings: Settings,
           document: Any) -> MainWindow:
    settings.q.setValue("export/engine", "graphviz-pure")
    win = make_window(document)
    win.show()
    return win


def test_copy_as_png_puts_the_journey_on_the_clipboard(window, tmp_path, warnings):
    from omnimap.raster import export_to_file

    clipboard = QApplication.clipboard()
    clipboard.clear()
    assert window.act_copy_png.shortcut().toString() == "Ctrl+Shift+C"
    assert window.act_copy_png.isEnabled()
    window.act_copy_png.trigger()
    assert warnings == []
    mime = clipboard.mimeData()
    assert mime.hasImage() and mime.hasFormat("image/png")
    data = bytes(mime.data("image/png"))
    reference = export_to_file(window.document.workspace, "anna", tmp_path / "ref.png",
                               scale=2, engine="graphviz-pure")[0]
    assert data == reference.read_bytes()
    image = clipboard.image()
    expected = QImage(str(reference))
    assert (image.width(), image.height()) == (expected.width(), expected.height())
    assert image.width() == png_size(expected.width() * 72 / 192, 1, 2)[0]


def test_export_action_opens_the_dialog(window, tmp_path, monkeypatch, qtbot):
    def run(dialog: ExportDialog) -> int:
        dialog.path.setText(str(tmp_path / "anna.svg"))
        qtbot.waitUntil(dialog.preview_ready, timeout=20_000)
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.exporting(), timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.act_export.trigger()
    assert "Site chatbot offers help" in (tmp_path / "anna.svg").read_text(encoding="utf-8")
    assert "anna.svg" in window.statusBar().currentMessage()
    assert export_module.FORMATS == ("svg", "png", "pdf", "pptx")
