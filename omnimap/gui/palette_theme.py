"""Fusion style with a palette that follows the system's light or dark scheme.

Fusion looks the same on every platform and draws its controls from the
palette alone, so a dark palette is all it takes to make the whole app dark.
When the system asks for high contrast, the platform's own palette is left
in place: it knows the user's chosen colours better than we do.

Integration (``app.py``, right after creating the QApplication)::

    theme = apply_theme(app)            # keep the returned object alive
    theme.changed.connect(canvas.on_theme_changed)   # receives True when dark
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["ThemeController", "apply_theme", "dark_palette", "system_prefers_high_contrast"]


def dark_palette() -> QPalette:
    """A dark palette: body text over 7:1 against its background, the rest over 4.5:1."""
    window, base, alt = QColor("#202326"), QColor("#17191b"), QColor("#2a2e32")
    text, dim = QColor("#eceff1"), QColor("#8a939b")
    highlight, link = QColor("#2a6acb"), QColor("#7ab8ff")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, window), (roles.WindowText, text), (roles.Base, base),
        (roles.AlternateBase, alt), (roles.ToolTipBase, QColor("#33373b")),
        (roles.ToolTipText, text), (roles.PlaceholderText, dim), (roles.Text, text),
        (roles.Button, alt), (roles.ButtonText, text), (roles.BrightText, QColor("#ff6b6b")),
        (roles.Light, QColor("#3a3f44")), (roles.Midlight, QColor("#31353a")),
        (roles.Mid, QColor("#24282b")), (roles.Dark, QColor("#121415")),
        (roles.Shadow, QColor("#000000")), (roles.Highlight, highlight),
        (roles.HighlightedText, QColor("#ffffff")), (roles.Link, link),
        (roles.LinkVisited, QColor("#c39bff")),
    ):
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, dim)
    palette.setColor(disabled, roles.Highlight, QColor("#4a4f55"))
    palette.setColor(disabled, roles.HighlightedText, dim)
    return palette


def system_prefers_high_contrast(app: QGuiApplication | None = None) -> bool:
    """True when the platform reports a high-contrast preference (Qt 6.10 and later)."""
    app = app or cast("QGuiApplication | None", QGuiApplication.instance())
    hints = app.styleHints() if app is not None else None
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return preference == type(preference).HighContrast


def _scheme(app: QGuiApplication) -> Qt.ColorScheme:
    hints = app.styleHints()
    # colorScheme() exists from Qt 6.5; older Qt is simply treated as light.
    return hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown


class ThemeController(QObject):
    """Keeps the palette in step with the system's colour scheme.

    ``changed(bool)`` fires with True when the app turns dark, False when light.
    """

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._dark = False
        self._platform = QPalette(app.palette())
        app.setStyle("Fusion")
        self._light = app.style().standardPalette()
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.refresh)
        self.refresh()

    @property
    def dark(self) -> bool:
        return self._dark

    def refresh(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Re-apply for ``scheme`` (the system's when None)."""
        if scheme is None:
            scheme = _scheme(self._app)
        dark = scheme == Qt.ColorScheme.Dark
        if system_prefers_high_contrast(self._app):
            # The platform palette carries the user's own high-contrast colours.
            palette = self._platform
        else:
            palette = dark_palette() if dark else self._light
        self._app.setPalette(palette)
        if dark != self._dark:
            self._dark = dark
            self.changed.emit(dark)


def apply_theme(app: QApplication) -> ThemeController:
    """Switch to Fusion and follow the system scheme; keep the result alive."""
    return ThemeController(app)
