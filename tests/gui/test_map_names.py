"""Names of stages, channels and journeys: a name already taken, or too long, is refused.

The CSV import finds stages and channels by name (case and spaces aside) and
journeys are told apart by their tabs, so two with the same name would be a
trap; the refusal is one translated line in the status bar, with no undo step.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from omnimap.commands import Document  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(make_window: Callable[..., MainWindow], document: Document,
           monkeypatch: pytest.MonkeyPatch, discard_on_close: None) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"dialog {a[1:]}"))
    win = make_window(document)
    win.show()
    return win


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_stage_name_already_taken_is_refused(window: MainWindow, document: Document,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ws, stack = document.workspace, document.undo_stack
    names = [s.name for s in ws.stages]
    _answer(monkeypatch, "  awareness ")
    window.act_add_stage.trigger()
    assert [s.name for s in ws.stages] == names and stack.count() == 0
    assert _status(window) == "There is already a stage named “awareness”."
    # Renaming a stage to another's name is refused; to its own in other letters is not.
    window.current_view().select("stage", ["interest"])
    _answer(monkeypatch, "AWARENESS")
    window.act_rename_stage.trigger()
    assert ws.stage("interest").name == "Interest" and stack.count() == 0
    _answer(monkeypatch, "INTEREST")
    window.act_rename_stage.trigger()
    assert ws.stage("interest").name == "INTEREST" and stack.count() == 1
    stack.undo()
    assert ws.stage("interest").name == "Interest"
    stack.redo()
    assert ws.stage("interest").name == "INTEREST"


def test_a_channel_name_already_taken_is_refused(window: MainWindow, document: Document,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ws, stack = document.workspace, document.undo_stack
    count = len(ws.channels)
    _answer(monkeypatch, "e-mail")
    window.act_add_channel.trigger()
    assert len(ws.channels) == count + 1 and stack.count() == 1
    _answer(monkeypatch, "E-mail")
    window.act_add_channel.trigger()
    assert len(ws.channels) == count + 1 and stack.count() == 1
    assert _status(window) == "There is already a channel named “E-mail”."
    # The Channel audit's name column is refused the same way.
    model = window.audit_dock.model
    row = [c.id for c in model._channels()].index("sms")
    assert not model.setData(model.index(row, 0), "email")
    assert ws.channel("sms").name == "SMS" and stack.count() == 1


def test_a_journey_name_already_taken_is_refused(window: MainWindow, document: Document,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ws, stack = document.workspace, document.undo_stack
    _answer(monkeypatch, "anna")
    window.act_add_journey.trigger()
    assert window.tabs.count() == 1 and stack.count() == 0
    assert _status(window) == "There is already a journey named “anna”."
    _answer(monkeypatch, "Piotr")
    window.act_add_journey.trigger()
    _answer(monkeypatch, "Anna")
    window.act_rename_journey.trigger()
    assert [j.name for j in ws.journeys] == ["Anna", "Piotr"] and stack.count() == 1
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Anna", "Piotr"]


@pytest.mark.parametrize("action", ["act_add_stage", "act_add_channel", "act_add_journey",
                                    "act_rename_journey"])
def test_a_name_too_long_says_so_in_words(window: MainWindow, document: Document,
                                          monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    before = document.workspace.journeys[0].name, len(document.workspace.journeys)
    _answer(monkeypatch, "ż" * 121)
    getattr(window, action).trigger()
    assert document.undo_stack.count() == 0
    assert (document.workspace.journeys[0].name, len(document.workspace.journeys)) == before
    assert _status(window) == "A name can have at most 120 characters (this one has 121)."
    _answer(monkeypatch, "ż" * 120)
    getattr(window, action).trigger()
    assert document.undo_stack.count() == 1


def test_polish_and_emoji_names_are_names(window: MainWindow, document: Document,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ws = document.workspace
    _answer(monkeypatch, "Zakup w sklepie 🛒")
    window.act_add_stage.trigger()
    _answer(monkeypatch, "ZAKUP W  SKLEPIE 🛒")  # the same name: case and spaces aside
    window.act_add_stage.trigger()
    assert [s.name for s in ws.stages].count("Zakup w sklepie 🛒") == 1
    assert document.undo_stack.count() == 1


def test_an_ampersand_in_a_journey_name_shows_in_its_tab(window: MainWindow, document: Document,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # A tab reads "&" as a mnemonic: "B2B & B2C" showed as "B2B  B2C", a space underlined.
    _answer(monkeypatch, "Klienci B2B & B2C")
    window.act_add_journey.trigger()
    _answer(monkeypatch, "Anna & Tomek")
    window.tabs.setCurrentIndex(0)
    window.act_rename_journey.trigger()
    assert [j.name for j in document.workspace.journeys] == ["Anna & Tomek", "Klienci B2B & B2C"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Anna && Tomek", "Klienci B2B && B2C"]
