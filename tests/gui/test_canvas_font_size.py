"""The canvas font size from Preferences scales the cards, and comes back."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from omnimap.gui.canvas import JourneyView
from omnimap.gui.preferences import Preferences


@pytest.fixture
def view(qtbot, document):
    """Never shown: replaces conftest's ``view``, which is shown at 1:1 in a window."""
    widget = JourneyView(document, "anna")
    qtbot.addWidget(widget)
    return widget


def test_text_scale_grows_cards_and_combines_with_presentation(view):
    card = view.journey_scene.cards["t1"]
    base = card.boundingRect().width()
    view.set_text_scale(1.5)
    bigger = view.journey_scene.cards["t1"].boundingRect().width()
    assert bigger == pytest.approx(base * 1.5, rel=0.05)
    view.set_presentation(True)
    assert view.journey_scene.cards["t1"].boundingRect().width() > bigger * 1.1
    view.set_presentation(False)
    view.set_text_scale(1.0)
    assert view.journey_scene.cards["t1"].boundingRect().width() == pytest.approx(base)


def test_main_window_applies_the_preference(qtbot, document, monkeypatch, make_window):
    monkeypatch.setattr(Preferences, "canvas_font_pt", property(lambda self: 15))
    win = make_window(document)
    plain = JourneyView(document, "anna")
    qtbot.addWidget(plain)
    scaled = win.views["anna"].journey_scene.cards["t1"].boundingRect().width()
    normal = plain.journey_scene.cards["t1"].boundingRect().width()
    assert scaled == pytest.approx(normal * 1.5, rel=0.05)
