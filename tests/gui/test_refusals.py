"""A refused edit says why in the user's language, not in pydantic's English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from omnimap.commands import (  # noqa: E402
    Document,
    PasteTouchpoints,
    RemoveChannel,
    RemoveStage,
    SetWorkspaceMeta,
    UpdateChannel,
    UpdateTouchpoint,
)
from omnimap.gui import i18n  # noqa: E402


@pytest.fixture
def polish(qapp: Any) -> Iterator[None]:
    i18n.switch_language(qapp, "pl")
    yield
    i18n.switch_language(qapp, "en")


def _refusal(document: Document, command: Any) -> str:
    said: list[str] = []
    document.edit_refused.connect(said.append)
    steps = document.undo_stack.count()
    assert not document.push(command)
    assert document.undo_stack.count() == steps  # refused: no undo step
    assert len(said) == 1 and "\n" not in said[0]
    return said[0]


@pytest.mark.parametrize(("changes", "english", "polish_text"), [
    ({"emotion": 5}, "Emotion: at most 2", "Emocja: najwyżej 2"),
    ({"day": 0}, "Day: at least 1", "Dzień: co najmniej 1"),
    ({"label": "x" * 501}, "Label: at most 500 characters", "Etykieta: najwyżej 500 znaków"),
    ({"time": "25:61"}, "Time: must be a time such as 09:30",
     "Godzina: musi być godziną, np. 09:30"),
])
def test_touchpoint_limits(document: Document, qapp: Any, changes: dict[str, Any],
                           english: str, polish_text: str) -> None:
    ws = document.workspace
    i18n.switch_language(qapp, "en")
    assert _refusal(document, UpdateTouchpoint(ws, "anna", "t1", **changes)) == english
    i18n.switch_language(qapp, "pl")
    try:
        assert _refusal(document, UpdateTouchpoint(ws, "anna", "t1", **changes)) == polish_text
    finally:
        i18n.switch_language(qapp, "en")


def test_a_channel_colour(document: Document, polish: None) -> None:
    command = UpdateChannel(document.workspace, "email", color="red")
    assert _refusal(document, command) == "Kolor: musi być kolorem, np. #1e88e5"


def test_other_refusals_keep_the_models_own_words(document: Document) -> None:
    from omnimap.commands.refusals import refusal_text
    from omnimap.model import ModelError

    assert refusal_text(ModelError("stage 'x' is used by 3 touchpoints")) == \
        "stage 'x' is used by 3 touchpoints"


# ------------------------------------------------ refusals the model gives no details for
def _in_both(document: Document, qapp: Any, make: Any) -> tuple[str, str]:
    """The refusal of ``make()`` pushed with the English, then the Polish translators."""
    said = []
    for language in ("en", "pl"):
        i18n.switch_language(qapp, language)
        try:
            said.append(_refusal(document, make()))
        finally:
            i18n.switch_language(qapp, "en")
    return said[0], said[1]


def _gone_stage_paste(ws: Any) -> Any:
    copied = dict(ws.journey("anna").touchpoint("t1").model_dump(), stage="gone")
    return PasteTouchpoints(ws, "anna", [copied])


def _gone_channel_paste(ws: Any) -> Any:
    copied = dict(ws.journey("anna").touchpoint("t1").model_dump(), channel="gone")
    return PasteTouchpoints(ws, "anna", [copied])


@pytest.mark.parametrize(("make", "english", "polish_text"), [
    (lambda ws: RemoveChannel(ws, "instagram"),
     "The channel “Instagram” is still used by 1 touchpoint; move or delete it first.",
     "Kanału „Instagram” używa jeszcze 1 punkt styku; najpierw go przenieś lub usuń."),
    (lambda ws: RemoveChannel(ws, "email"),
     "The channel “Email” is still used by 3 touchpoints; move or delete them first.",
     "Kanału „Email” używają jeszcze 3 punkty styku; najpierw je przenieś lub usuń."),
    (lambda ws: RemoveStage(ws, "consideration"),
     "The stage “Consideration” is still used by 4 touchpoints; move or delete them first.",
     "Etapu „Consideration” używają jeszcze 4 punkty styku; najpierw je przenieś lub usuń."),
    (_gone_stage_paste,
     "Cannot paste: the copied touchpoints are in a stage this map does not have (“gone”).",
     "Nie można wkleić: skopiowane punkty styku są na etapie, którego ta mapa nie ma („gone”)."),
    (_gone_channel_paste,
     "Cannot paste: the copied touchpoints are in a channel this map does not have (“gone”).",
     "Nie można wkleić: skopiowane punkty styku są w kanale, którego ta mapa nie ma („gone”)."),
    (lambda ws: SetWorkspaceMeta(ws, title="x" * 501),
     "Title: at most 500 characters", "Tytuł: najwyżej 500 znaków"),
    (lambda ws: SetWorkspaceMeta(
        ws, notes="x" * 100_001),
     "Notes: at most 100,000 characters", "Notatki: najwyżej 100\u00a0000 znaków"),
], ids=["channel-1", "channel-3", "stage-4", "paste-stage", "paste-channel", "title", "notes"])
def test_refusals_without_a_field_are_translated(document: Document, qapp: Any, make: Any,
                                                 english: str, polish_text: str) -> None:
    assert _in_both(document, qapp, lambda: make(document.workspace)) == (english, polish_text)


def test_the_last_stage(qapp: Any) -> None:
    from omnimap.model.workspace import Workspace

    document = Document(Workspace.new("en"))
    ws = document.workspace
    for stage in ws.stages[1:]:
        ws.remove_stage(stage.id)
    assert _in_both(document, qapp, lambda: RemoveStage(ws, ws.stages[0].id)) == (
        "A map needs at least one stage.", "Mapa musi mieć co najmniej jeden etap.")


def test_a_recognised_refusal_keeps_the_models_english_for_logs(document: Document) -> None:
    from omnimap.commands.refusals import Refusal

    with pytest.raises(Refusal) as caught:
        RemoveChannel(document.workspace, "instagram").apply()
    assert str(caught.value) == ("channel 'instagram' is used by 1 touchpoint(s); "
                                 "move or delete them first")
    assert caught.value.kind == "channel_in_use" and caught.value.params["count"] == 1


def test_the_title_and_notes_refusals_name_their_field_and_limit(document: Document) -> None:
    from omnimap.model import ModelError
    from omnimap.model.values import MAX_NOTES, MAX_TITLE

    ws = document.workspace
    ws.set_title("x" * MAX_TITLE)
    ws.set_notes("x" * MAX_NOTES)
    with pytest.raises(ModelError) as caught:
        ws.set_title("x" * (MAX_TITLE + 1))
    assert (caught.value.field, caught.value.kind, caught.value.limit) == (
        "title", "string_too_long", MAX_TITLE)
    with pytest.raises(ModelError) as caught:
        ws.set_notes("x" * (MAX_NOTES + 1))
    assert (caught.value.field, caught.value.limit) == ("notes", MAX_NOTES)


def test_map_details_apply_whole_or_not_at_all(document: Document) -> None:

    title = document.workspace.title
    assert not document.push(SetWorkspaceMeta(document.workspace, title="Nowy tytuł",
                                              notes="x" * 100_001))
    assert document.workspace.title == title


def test_what_a_polish_facilitator_meets_in_the_window(
        qtbot: Any, make_window: Any, document_pl: Document, qapp: Any,
        discard_on_close: None) -> None:
    """Remove a used channel, a too long title, a paste whose channel was removed meanwhile."""
    window = make_window(document_pl)
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []
    document_pl.edit_refused.connect(said.append)
    i18n.switch_language(qapp, "pl")
    try:
        window.inspector.show_selection([("channel", "instagram")])
        assert not window.remove_channel("instagram")
        assert window.inspector.channel_page.error.text() == (
            "Kanału „Instagram” używa jeszcze 1 punkt styku; najpierw go przenieś lub usuń.")
        window.inspector.show_selection([])
        page = window.inspector.journey_page
        page.title.setText("x" * 501)
        page.title.editingFinished.emit()
        assert page.error.text() == "Tytuł: najwyżej 500 znaków"
        view = window.current_view()
        view.select("touchpoint", ["t1"])  # the TikTok card, the channel's only one
        window.cut()
        assert window.remove_channel("tiktok")
        view.paste()
        assert said[-1] == ("Nie można wkleić: skopiowane punkty styku są w kanale, którego "
                            "ta mapa nie ma („tiktok”).")
    finally:
        i18n.switch_language(qapp, "en")
