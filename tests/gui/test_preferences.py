"""The Preferences dialog writes QSettings only on OK; the accessor validates what it reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from omnimap.gui.preferences import KEYS, Preferences, PreferencesDialog

pytestmark = pytest.mark.qt


def _button(dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton):
    return dialog.buttons.button(which)


def test_defaults_when_nothing_is_stored(qsettings):
    assert Preferences(qsettings).as_dict() == KEYS
    assert Preferences(qsettings).effective_language() in ("en", "pl")


def test_dialog_shows_what_is_stored(qtbot, qsettings):
    qsettings.setValue("ui/language", "pl")
    qsettings.setValue("export/scale", 4)
    qsettings.setValue("autosave/interval_s", 0)
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Polski"
    assert dialog.scale.currentText() == "4×"
    assert dialog.interval.value() == 0
    assert dialog.interval.text() == "Off"  # the special text for 0


def test_ok_writes_every_key_and_reports_what_changed(qtbot, qsettings):
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.scale.setCurrentIndex(dialog.scale.findData(4))
    dialog.background.setCurrentIndex(dialog.background.findData("transparent"))
    dialog.engine.setCurrentIndex(dialog.engine.findData("graphviz-pure"))
    dialog.interval.setValue(120)
    dialog.font_pt.selectAll()
    qtbot.keyClicks(dialog.font_pt, "14")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    # Read back through a fresh QSettings on the same file: it really reached the disk.
    reread = Preferences(QSettings(qsettings.fileName(), QSettings.Format.IniFormat))
    assert reread.as_dict() == {
        "ui/language": "pl",
        "autosave/interval_s": 120,
        "export/format": "png",
        "export/scale": 4,
        "export/background": "transparent",
        "export/engine": "graphviz-pure",
        "canvas/font_pt": 14,
    }
    assert reread.effective_language() == "pl"
    assert dialog.changed_keys() == set(KEYS)


def test_only_touched_keys_are_reported(qtbot, qsettings):
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(dialog)
    dialog.interval.setValue(30)
    dialog.accept()
    assert dialog.changed_keys() == {"autosave/interval_s"}
    assert Preferences(qsettings).autosave_interval_s == 30


def test_cancel_writes_nothing(qtbot, qsettings):
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert qsettings.value("export/format") is None
    assert Preferences(qsettings).export_format == "svg"


@pytest.mark.parametrize(("key", "bad"), [
    ("ui/language", "de"), ("export/format", "gif"), ("export/scale", 3),
    ("export/scale", "x"), ("export/background", "black"), ("export/engine", "neato"),
    ("canvas/font_pt", 200), ("canvas/font_pt", "big"), ("autosave/interval_s", -5),
])
def test_hand_edited_nonsense_reads_as_the_default(qsettings, key, bad):
    qsettings.setValue(key, bad)
    assert Preferences(qsettings).as_dict()[key] == KEYS[key]
    with pytest.raises(ValueError):
        Preferences(qsettings).set(key, bad)


def test_controls_have_accessible_names(qtbot, qsettings):
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(dialog)
    names = {w.accessibleName() for w in (dialog.language, dialog.interval, dialog.font_pt,
                                          dialog.format, dialog.scale, dialog.background,
                                          dialog.engine)}
    assert "" not in names and len(names) == 7
    assert "Language" in names
