"""File and CSV problems reach the facilitator in the app's language (here: Polish and English)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from omnimap.gui import i18n
from omnimap.gui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    boxes: list[tuple[str, str]] = []

    def warning(parent: Any, title: str, text: str, *a: Any) -> Any:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return boxes


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_translators(qapp, "pl") == "pl"
    yield
    i18n.switch_language(qapp, "en")


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    win = make_window()
    win.set_document(win.sample_document())
    return win


def _open(window: MainWindow, path: Path, shown: list[tuple[str, str]]) -> str:
    title = window.document.workspace.title if window.document else ""
    assert window.open_file(path) is False
    # The open map is untouched.
    assert window.document is not None and window.document.workspace.title == title
    assert len(shown) == 1
    return shown[-1][1]


def test_broken_map_in_polish(polish: None, window: MainWindow, tmp_path: Path,
                              shown: list[tuple[str, str]]) -> None:
    broken = tmp_path / "warsztat.omnimap"
    broken.write_text('{\n  "format": "omnimap",\n  "version": ', encoding="utf-8")
    text = _open(window, broken, shown)
    assert shown[0][0] == "Nie można otworzyć mapy"
    assert text == f"{broken}: plik jest uszkodzony lub ucięty (wiersz 3, kolumna 14)"


@pytest.mark.parametrize(("content", "polish_reason"), [
    (None, "plik nie istnieje (przeniesiony, zmieniony lub usunięty?)"),
    (b"", "plik jest pusty"),
    (b'{"format": "omnimap", "version": 99}',
     "mapę zapisała nowsza wersja omnimap (format pliku 99); zaktualizuj omnimap, aby ją otworzyć"),
    (b"[1]", "to nie jest plik mapy omnimap"),
])
def test_file_problems_in_polish(polish: None, window: MainWindow, tmp_path: Path,
                                 shown: list[tuple[str, str]], content: bytes | None,
                                 polish_reason: str) -> None:
    path = tmp_path / "mapa.omnimap"
    if content is not None:
        path.write_bytes(content)
    assert _open(window, path, shown) == f"{path}: {polish_reason}"


def test_english_keeps_plain_words(window: MainWindow, tmp_path: Path,
                                   shown: list[tuple[str, str]]) -> None:
    path = tmp_path / "gone.omnimap"
    assert _open(window, path, shown) == (
        f"{path}: the file does not exist (moved, renamed or deleted?)")


def test_schema_finding_keeps_its_english(polish: None, window: MainWindow, tmp_path: Path,
                                          shown: list[tuple[str, str]]) -> None:
    path = tmp_path / "odd.omnimap"
    path.write_bytes(b'{"format": "omnimap", "version": 2, "stages": "x"}')
    assert _open(window, path, shown).startswith(f"{path}: stages")


def test_csv_problem_in_polish(polish: None, window: MainWindow, tmp_path: Path,
                               shown: list[tuple[str, str]]) -> None:
    csv = tmp_path / "punkty.csv"
    # Polish headers and a Polish stage name are understood in an English map; "Gdzieś" is not.
    csv.write_text("etap;kanał;etykieta\nŚwiadomość;SMS;ok\nGdzieś;SMS;x\n", encoding="utf-8")
    before = window.document.undo_stack.count() if window.document else -1
    assert window.import_csv(csv) is False
    assert shown == [("Nie można zaimportować pliku CSV",
                      "punkty.csv, wiersz 3: ta mapa nie ma etapu „Gdzieś” (jej etapy: "
                      "Awareness, Interest, Consideration, Decision, Action, Loyalty)")]
    assert window.document is not None and window.document.undo_stack.count() == before


def test_csv_row_the_model_refuses_in_polish(polish: None, window: MainWindow, tmp_path: Path,
                                             shown: list[tuple[str, str]]) -> None:
    csv = tmp_path / "długie.csv"
    csv.write_text("stage,channel,label\nŚwiadomość,SMS," + "x" * 600 + "\n", encoding="utf-8")
    assert window.import_csv(csv) is False
    text = shown[0][1]
    assert text.startswith("długie.csv, wiersz 2: ") and "500" in text and "label" not in text


def test_attribution_csv_problem_in_polish(polish: None, make_window: Callable[..., MainWindow],
                                           document: Any, tmp_path: Path) -> None:
    win = make_window(document)
    win.build_docks()
    dock = win.attribution_dock
    path = tmp_path / "ścieżki.csv"
    path.write_text("path;total_conversions;total_null\nInstagram > Blog;3,5;x\n",
                    encoding="utf-8")
    assert dock.load_csv(path) is False
    assert dock.error_label.text() == (
        "ścieżki.csv, wiersz 2: „total_null” musi być liczbą, a nie „x”")
    path.write_text("path,total_conversions,total_null\nInstagram > > Blog,1,1\n",
                    encoding="utf-8")
    assert dock.load_csv(path) is False
    assert dock.error_label.text() == (
        "ścieżki.csv, wiersz 2: w ścieżce „Instagram > > Blog” brakuje nazwy kanału")


def test_a_map_with_too_many_paths_says_so_in_polish(polish: None, qtbot: Any,
                                                     make_window: Callable[..., MainWindow]
                                                     ) -> None:
    from omnimap.commands import Document
    from omnimap.model import Workspace

    ws = Workspace.new("pl")
    journey = ws.add_journey("J", id="j")
    previous = journey.add_touchpoint("awareness", "tiktok", id="c0").id
    for i in range(1, 18):  # 17 two-way forks: 131,072 paths
        card = journey.add_touchpoint("awareness", "website", id=f"c{i}").id
        side = journey.add_touchpoint("awareness", "email", id=f"s{i}").id
        for source, target in ((previous, card), (previous, side), (side, card)):
            journey.connect(source, target)
        previous = card
    win = make_window(Document(ws))
    win.build_docks()
    dock = win.attribution_dock
    dock.recompute()
    assert dock.result is None
    assert dock.error_label.text() == (
        "strzałki tej mapy tworzą zbyt wiele ścieżek, by je ocenić (ponad 100 000 ścieżek "
        "lub 1 000 000 kontaktów); usuń część strzałek albo wczytaj ścieżki z pliku CSV")
