"""Texts with a count (``%n``) for the main window's mixins, in the user's language.

A mixin's ``self.tr("... %n ...", "", n)`` is never translated: lupdate files it
under the mixin's class, PySide6 finds a mixin's plain strings there but looks
its plural forms up under the window's class only. ``QCoreApplication.translate``
would find them, but lupdate reads no plural forms from it. So these texts live
on a QObject of their own, where ``self.tr`` works both ways.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

__all__ = ["CountTexts"]


class CountTexts(QObject):
    """``CountTexts().imported(3)`` is "Imported 3 touchpoints" / "Zaimportowano 3 punkty styku"."""

    def remove_journey(self, name: str, count: int) -> str:
        return self.tr("Remove the journey “{name}” with its %n touchpoint(s)? "
                       "(Undo brings it back.)", "", count).format(name=name)

    def imported(self, count: int) -> str:
        return self.tr("Imported %n touchpoint(s)", "", count)
