"""Translator loading: Polish for our strings and Qt's, live switching, the shipped .qm current."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from omnimap.gui import i18n
from omnimap.gui.preferences import PreferencesDialog
from omnimap.gui.start_screen import StartScreen

pytestmark = pytest.mark.qt

MY_MODULES = ("autosave.py", "recovery_dialog.py", "start_screen.py", "preferences.py",
              "help_overlay.py", "palette_theme.py", "i18n.py")


@pytest.fixture
def app(qapp):
    locale = QLocale()
    yield qapp
    i18n.switch_language(qapp, "en")
    QLocale.setDefault(locale)


def test_resolve_language():
    assert i18n.resolve_language("pl_PL") == "pl"
    assert i18n.resolve_language("en-GB") == "en"
    assert i18n.resolve_language("fr") == "en"
    assert i18n.resolve_language(None) == i18n.system_language() == i18n.resolve_language("")


def test_polish_catalogues_translate_ours_and_qts(app):
    assert i18n.install_translators(app, "pl") == "pl"
    assert i18n.installed_language() == "pl"
    assert QCoreApplication.translate("StartScreen", "Welcome to omnimap") == "Witaj w omnimap"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
    assert QLocale().language() == QLocale.Language.Polish

    i18n.switch_language(app, "en")
    assert QCoreApplication.translate("StartScreen", "Welcome to omnimap") == "Welcome to omnimap"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_switching_retranslates_open_widgets(qtbot, app, tmp_path, qsettings):
    screen = StartScreen(settings=qsettings, thumbnails=tmp_path / "thumbs")
    dialog = PreferencesDialog(settings=qsettings)
    qtbot.addWidget(screen)
    qtbot.addWidget(dialog)
    screen.show()
    dialog.show()
    assert screen.new_blank.text() == "&New blank map"

    i18n.switch_language(app, "pl")
    qtbot.waitUntil(lambda: screen.new_blank.text() == "&Nowa pusta mapa", timeout=2000)
    assert screen.heading.text() == "Witaj w omnimap"
    assert screen.new_blank.accessibleName() == "Nowa pusta mapa"
    assert dialog.windowTitle() == "Preferencje"
    assert dialog.language.itemText(0) == "Jak w systemie"
    assert dialog.language.itemText(2) == "Polski"  # the endonym never changes
    assert dialog.language.accessibleName() == "Język"

    i18n.switch_language(app, "en")
    qtbot.waitUntil(lambda: screen.new_blank.text() == "&New blank map", timeout=2000)
    assert dialog.windowTitle() == "Preferences"


def test_missing_catalogue_leaves_english(app, tmp_path):
    assert i18n.switch_language(app, "pl", catalogue_dir=tmp_path) == "pl"
    assert QCoreApplication.translate("StartScreen", "Welcome to omnimap") == "Welcome to omnimap"


def test_system_language_is_followed(tmp_path):
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from omnimap.gui.i18n import install_translators\n"
        "print(install_translators(app, None))\n"
        "print(QCoreApplication.translate('StartScreen', 'Recent maps'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="pl_PL.UTF-8", LANGUAGE="pl", LC_ALL="pl_PL.UTF-8",
               QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["pl", "Ostatnie mapy"]


def test_shipped_qm_matches_the_ts(tmp_path):
    built = i18n.release(qm_dir=tmp_path)
    assert [p.name for p in built] == ["omnimap_en.qm", "omnimap_pl.qm"]
    for fresh in built:
        shipped = i18n.ASSETS_DIR / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            "run: python -m omnimap.gui.i18n --release")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["0 errors", "1 error", "2 errors", "5 errors"]),
    ("pl", ["0 błędów", "1 błąd", "2 błędy", "5 błędów"]),
])
def test_counts_read_as_plurals(app, language, expected):
    i18n.switch_language(app, language)
    assert [QCoreApplication.translate("ProblemsDock", "%n error(s)", "", n)
            for n in (0, 1, 2, 5)] == expected


def test_catalogue_holds_every_string_of_these_modules(tmp_path):
    fresh = tmp_path / "ts"
    i18n.update(ts_dir=fresh, files=[i18n._PACKAGE / "gui" / m for m in MY_MODULES])

    def sources(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source"))
                for c in root.iter("context") for m in c.iter("message")}

    wanted = sources(fresh / "omnimap_pl.ts")
    assert len(wanted) > 50
    missing = wanted - sources(i18n.TS_DIR / "omnimap_pl.ts")
    assert not missing, "run: python -m omnimap.gui.i18n --update, then translate"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Imported 1 touchpoint", "Imported 3 touchpoints",
            "Remove the journey “Łucja” with its 1 touchpoint? (Undo brings it back.)",
            "Remove the journey “Łucja” with its 12 touchpoints? (Undo brings it back.)"]),
    ("pl", ["Zaimportowano 1 punkt styku", "Zaimportowano 3 punkty styku",
            "Usunąć ścieżkę „Łucja” razem z 1 punktem styku? (Cofnij ją przywróci).",
            "Usunąć ścieżkę „Łucja” razem z 12 punktami styku? (Cofnij ją przywróci)."]),
])
def test_the_window_mixins_counts_read_as_plurals(app, language, expected):
    # A mixin's self.tr with %n finds no translation at run time (PySide6 looks the
    # plural forms up under the window's class): these go through CountTexts.
    from omnimap.gui.counts import CountTexts

    i18n.switch_language(app, language)
    try:
        texts = CountTexts()
        assert [texts.imported(1), texts.imported(3), texts.remove_journey("Łucja", 1),
                texts.remove_journey("Łucja", 12)] == expected
    finally:
        i18n.switch_language(app, "en")


def test_removing_a_journey_asks_in_polish(app, make_window, document_pl, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a, **_k: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    window = make_window(document_pl)
    i18n.switch_language(app, "pl")
    try:
        window.remove_journey()
    finally:
        i18n.switch_language(app, "en")
    assert asked == ["Usunąć ścieżkę „Anna” razem z 12 punktami styku? (Cofnij ją przywróci)."]
    assert len(document_pl.workspace.journeys) == 1  # answered No


def test_the_csv_import_says_its_count_in_polish(app, make_window, document_pl, tmp_path,
                                                 discard_on_close):
    path = tmp_path / "punkty.csv"
    path.write_text("stage,channel,label\nŚwiadomość,Instagram,Rolka z żółtą bluzką\n"
                    "Decyzja,SMS,Kod rabatowy\n", encoding="utf-8")
    window = make_window(document_pl)
    i18n.switch_language(app, "pl")
    try:
        assert window.import_csv(path)
        assert window.statusBar().currentMessage() == "Zaimportowano 2 punkty styku"
    finally:
        i18n.switch_language(app, "en")


def test_an_ampersand_in_a_recent_file_shows_in_the_menu(app, make_window, settings):
    # One "&" is a mnemonic to a menu: "R&D.omnimap" showed as "RD.omnimap".
    settings.add_recent_file("/tmp/R&D plan.omnimap")
    window = make_window()
    window.recent_menu.aboutToShow.emit()
    assert "R&&D plan.omnimap" in [a.text() for a in window.recent_menu.actions()]
