"""Names of stages, channels and journeys: present, not too long, not taken.

The CSV import and the Problems dock find stages and channels by name
(whitespace and case aside), and journeys are told apart by their tab's name,
so an edit that would give two of them the same name is refused, with one
translated line saying why, like any other refused edit.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from omnimap.model.errors import ModelError
from omnimap.model.values import MAX_NAME

__all__ = ["check_name", "name_key"]


def name_key(name: str) -> str:
    """How names are compared: runs of whitespace as one space, case folded."""
    return " ".join(name.split()).casefold()


def check_name(kind: str, name: str, others: Iterable[str], *, required: bool = True) -> None:
    """Raise :class:`ModelError` when ``name`` is empty (if ``required``), too long,
    or one of ``others``; ``kind`` is "stage", "channel" or "journey"."""
    if not name.strip():
        if required:
            raise ModelError(QCoreApplication.translate("commands", "A name cannot be empty."))
        return
    if len(name) > MAX_NAME:
        raise ModelError(QCoreApplication.translate(
            "commands", "A name can have at most {limit} characters (this one has {count}).")
            .format(limit=MAX_NAME, count=len(name)))
    key = name_key(name)
    if not any(name_key(other) == key for other in others):
        return
    if kind == "stage":
        taken = QCoreApplication.translate("commands", "There is already a stage named “{name}”.")
    elif kind == "channel":
        taken = QCoreApplication.translate("commands",
                                           "There is already a channel named “{name}”.")
    else:
        taken = QCoreApplication.translate("commands",
                                           "There is already a journey named “{name}”.")
    raise ModelError(taken.format(name=name.strip()))
