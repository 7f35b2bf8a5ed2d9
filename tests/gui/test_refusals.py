"""A refused edit says why in the user's language, not in pydantic's English."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt

from omnimap.commands import Document, UpdateChannel, UpdateTouchpoint  # noqa: E402
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
