"""The palette follows the system scheme: dark with readable contrast, light restored after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from omnimap.gui.palette_theme import apply_theme, dark_palette

pytestmark = pytest.mark.qt


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def restore_app_look(qapp):
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_dark_palette_is_dark_and_readable():
    palette = dark_palette()
    roles = QPalette.ColorRole
    assert palette.color(roles.Window).lightness() < 60
    for fg, bg in ((roles.WindowText, roles.Window), (roles.Text, roles.Base)):
        assert _contrast(palette.color(fg), palette.color(bg)) >= 7, fg
    for fg, bg in ((roles.WindowText, roles.Window), (roles.Text, roles.Base),
                   (roles.ButtonText, roles.Button), (roles.HighlightedText, roles.Highlight),
                   (roles.Link, roles.Base), (roles.PlaceholderText, roles.Base)):
        assert _contrast(palette.color(fg), palette.color(bg)) >= 4.5, fg


def test_follows_the_scheme_both_ways(qtbot, restore_app_look):
    app = restore_app_look
    theme = apply_theme(app)
    assert app.style().name().lower() == "fusion"
    light_window = app.palette().color(QPalette.ColorRole.Window)

    with qtbot.waitSignal(theme.changed, timeout=1000) as dark:
        theme.refresh(Qt.ColorScheme.Dark)
    assert dark.args == [True] and theme.dark
    assert app.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
        QPalette.ColorRole.Window)

    with qtbot.waitSignal(theme.changed, timeout=1000) as light:
        theme.refresh(Qt.ColorScheme.Light)
    assert light.args == [False] and not theme.dark
    assert app.palette().color(QPalette.ColorRole.Window) == light_window
    assert light_window.lightness() > 150
