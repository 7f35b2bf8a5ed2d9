"""Menu commands that cannot do anything say why in the status bar, instead of nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from omnimap.commands import Document  # noqa: E402
from omnimap.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(make_window: Callable[..., MainWindow], document: Document,
           discard_on_close: None) -> MainWindow:
    win = make_window(document)
    win.show()
    return win


@pytest.mark.parametrize("ids", [[], ["t5"]])
def test_connect_selected_with_fewer_than_two_cards_says_so(window: MainWindow,
                                                            document: Document,
                                                            ids: list[str]) -> None:
    window.current_view().select("touchpoint", ids)
    window.act_connect.trigger()
    assert document.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == \
        "Select two or more touchpoints to connect them."


def test_connect_selected_when_already_connected_says_so(window: MainWindow,
                                                         document: Document) -> None:
    journey = document.workspace.journey("anna")
    assert journey.has_transition("t1", "t2")
    window.current_view().select("touchpoint", ["t1", "t2"])
    window.act_connect.trigger()
    assert document.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == \
        "The selected touchpoints are already connected."
    # Two cards not yet connected: one arrow, one undo step, and no message about it.
    window.statusBar().clearMessage()
    window.current_view().select("touchpoint", ["t1", "t5"])
    window.act_connect.trigger()
    assert journey.has_transition("t1", "t5") and document.undo_stack.count() == 1
    assert window.statusBar().currentMessage() == ""
    window.act_undo.trigger()
    assert not journey.has_transition("t1", "t5")
    assert ("t1", "t5") not in window.current_view().journey_scene.arrows


def test_a_label_pasted_too_long_is_cut_at_the_limit_not_lost(window: MainWindow,
                                                              document: Document) -> None:
    from PySide6.QtGui import QTextCursor

    journey = document.workspace.journey("anna")
    view = window.current_view()
    view.select("touchpoint", ["t1"])
    window.act_rename.trigger()
    editor = view.editor()
    editor.setPlainText("Reklama w sieci ")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("ż" * 600)  # a paste far over the 500 characters a label may have
    assert len(editor.toPlainText()) == 500
    assert editor.toPlainText().startswith("Reklama w sieci żż")
    editor.commit()
    assert journey.touchpoint("t1").label == "Reklama w sieci " + "ż" * 484
    assert document.undo_stack.count() == 1
    window.act_undo.trigger()
    assert journey.touchpoint("t1").label == "Sees a TikTok ad, taps through"


def test_the_label_limit_never_cuts_an_emoji_in_half(window: MainWindow,
                                                     document: Document) -> None:
    from PySide6.QtGui import QTextCursor

    view = window.current_view()
    view.select("touchpoint", ["t1"])
    window.act_rename.trigger()
    editor = view.editor()
    editor.setPlainText("a" * 499)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("🎉🎉")
    editor.commit()
    label = document.workspace.journey("anna").touchpoint("t1").label
    assert label == "a" * 499
    label.encode("utf-8")  # no lone surrogate left behind


def test_without_a_journey_the_centre_offers_to_add_one(window: MainWindow, document: Document,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

    from omnimap.commands import RemoveJourney

    assert window.pages.currentWidget() is window.tabs
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    for journey in list(document.workspace.journeys):
        window.push(RemoveJourney(document.workspace, journey.id))
    page = window.pages.currentWidget()
    assert page is not window.tabs and page.objectName() == "no_journey"
    document.undo_stack.undo()  # the last journey is back: so are the tabs
    assert window.pages.currentWidget() is window.tabs
    document.undo_stack.redo()
    assert window.pages.currentWidget() is page
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ewa", True))
    [button] = page.findChildren(QPushButton)
    button.click()
    assert [j.name for j in document.workspace.journeys] == ["Ewa"]
    assert window.pages.currentWidget() is window.tabs
    assert window.tabs.count() == 1
