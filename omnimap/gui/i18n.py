"""Translations: load the app's and Qt's own catalogues, switch language while running.

The English text in the code is the source; ``resources/i18n/omnimap_pl.ts``
holds the Polish (committed, edited with Qt Linguist or by hand) and
``omnimap/assets/i18n/omnimap_pl.qm`` is its compiled form that the app loads.
``omnimap_en.ts`` holds only the English plural forms of the ``%n`` strings
(``self.tr("%n error(s)", "", n)`` reads "1 error", "2 errors").
Qt's own strings (standard buttons, file dialogs) come from ``qtbase_pl.qm``
in Qt's translations folder, which PySide6 ships.

Refresh the catalogue after changing UI strings, then compile it::

    python -m omnimap.gui.i18n --update    # pyside6-lupdate over omnimap/ -> .ts
    python -m omnimap.gui.i18n --release   # pyside6-lrelease .ts -> omnimap/assets/i18n/*.qm

Widgets set their texts in a ``retranslate_ui()`` method, called from
``__init__`` and from ``changeEvent`` on ``QEvent.LanguageChange``, which Qt
sends to every widget when :func:`switch_language` swaps the translators.
Strings go through ``self.tr("...")`` or ``QCoreApplication.translate("Context",
"...")`` written out in full: lupdate reads the source and cannot see through
helper functions.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "ASSETS_DIR",
    "SUPPORTED",
    "TS_DIR",
    "install_translators",
    "installed_language",
    "resolve_language",
    "switch_language",
    "system_language",
]

#: Languages with a catalogue; English is the source language and needs none.
SUPPORTED = ("en", "pl")
_PACKAGE = Path(__file__).resolve().parent.parent
ASSETS_DIR = _PACKAGE / "assets" / "i18n"
#: The translation sources; only present in a checkout, not in an installed wheel.
TS_DIR = _PACKAGE.parent / "resources" / "i18n"
#: Qt's own catalogues loaded next to ours, for standard buttons and dialogs.
QT_CATALOGUES = ("qtbase",)

_state: dict[str, object] = {"language": None, "translators": []}


def system_language() -> str:
    """The first supported language in the system's UI languages, else ``"en"``."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def resolve_language(language: str | None) -> str:
    """``None`` or ``""`` follows the system; unknown codes fall back to English.

    >>> resolve_language("pl"), resolve_language("pl_PL"), resolve_language("de")
    ('pl', 'pl', 'en')
    """
    if not language:
        return system_language()
    code = language.replace("_", "-").split("-")[0].lower()
    return code if code in SUPPORTED else "en"


def installed_language() -> str | None:
    """The language :func:`install_translators` last put in place, if any."""
    language = _state["language"]
    return language if isinstance(language, str) else None


def _load(translator: QTranslator, name: str, folder: str | Path) -> bool:
    return translator.load(name, str(folder))


def install_translators(app: QCoreApplication, language: str | None = None,
                        catalogue_dir: str | Path | None = None) -> str:
    """Install the catalogues for ``language`` (``None``: the system's); return it.

    Missing catalogue files are not an error: the text stays English.
    Also sets the default QLocale, so dates and numbers match the language.
    """
    code = resolve_language(language)
    translators: list[QTranslator] = []
    # English too: its catalogue holds only the plural forms ("1 error", "2 errors").
    ours = QTranslator(app)
    if _load(ours, f"omnimap_{code}", catalogue_dir or ASSETS_DIR):
        translators.append(ours)
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalogue in QT_CATALOGUES:
            qt = QTranslator(app)
            if _load(qt, f"{catalogue}_{code}", qt_dir):
                translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["language"] = code
    # Follow the system's regional formats when its language is the one shown.
    QLocale.setDefault(QLocale.system() if system_language() == code else QLocale(code))
    return code


def switch_language(app: QCoreApplication, language: str | None,
                    catalogue_dir: str | Path | None = None) -> str:
    """Replace the installed catalogues; every widget gets a LanguageChange event."""
    old = _state["translators"]
    assert isinstance(old, list)
    for translator in old:
        app.removeTranslator(translator)
        translator.deleteLater()
    _state["translators"] = []
    return install_translators(app, language, catalogue_dir)


# ----------------------------------------------------------- the build commands
def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    import shutil

    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"omnimap.gui.i18n: {name} not found (it comes with PySide6)")
    return found


def _sources(root: Path) -> list[str]:
    return sorted(str(p) for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts_dir: Path = TS_DIR, source_root: Path = _PACKAGE,
           languages: Sequence[str] = SUPPORTED, files: Sequence[Path] | None = None) -> list[Path]:
    """Run pyside6-lupdate over the package (or ``files``); new strings come in unfinished."""
    import subprocess  # build-time tools: kept off the app's start-up

    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = [str(f) for f in files] if files is not None else _sources(source_root)
    written = []
    for code in languages:
        ts = ts_dir / f"omnimap_{code}.ts"
        # The source language needs only its plural forms ("%n error(s)").
        plural_only = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-no-obsolete",
             *plural_only, "-source-language", "en", "-target-language", code,
             *sources, "-ts", str(ts)],
            check=True,
        )
        written.append(ts)
    return written


def release(ts_dir: Path = TS_DIR, qm_dir: Path = ASSETS_DIR) -> list[Path]:
    """Compile every ``omnimap_*.ts`` into ``.qm`` files the app loads."""
    import subprocess

    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("omnimap_*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts),
                        "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m omnimap.gui.i18n",
                                     description="Refresh and compile the translations.")
    parser.add_argument("--update", action="store_true",
                        help="extract the UI strings into resources/i18n/*.ts")
    parser.add_argument("--release", action="store_true",
                        help="compile resources/i18n/*.ts into omnimap/assets/i18n/*.qm")
    args = parser.parse_args(argv)
    if not (args.update or args.release):
        parser.error("give --update, --release or both")
    if not TS_DIR.is_dir():
        print(f"omnimap.gui.i18n: {TS_DIR} not found (run from a source checkout)",
              file=sys.stderr)
        return 2
    if args.update:
        for path in update():
            print(f"updated {path}")
    if args.release:
        for path in release():
            print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
