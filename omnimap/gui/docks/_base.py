"""What the docks share: model-signal bookkeeping and the labels of audit values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

__all__ = [
    "Subscriptions",
    "Texts",
    "automation_labels",
    "consistency_labels",
    "crm_labels",
    "function_labels",
    "group_labels",
]


class Subscriptions:
    """psygnal connections made by a widget, dropped together.

    A widget that follows a workspace must let go of it when another document
    is opened, or the old model would keep calling into a widget that has
    moved on (or been deleted).
    """

    def __init__(self) -> None:
        self._pairs: list[tuple[Any, Callable[..., Any]]] = []

    def connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def clear(self) -> None:
        for signal, slot in self._pairs:
            signal.disconnect(slot)
        self._pairs.clear()


class Texts:
    """The translatable texts of a widget, set now and again when the language changes.

    Each text is a function such as ``lambda: self.tr("Label")``: lupdate sees
    the literal, and calling it again after the translators were swapped gives
    the new language.
    """

    def __init__(self) -> None:
        self._items: list[tuple[Callable[[str], Any], Callable[[], str]]] = []

    def add(self, setter: Callable[[str], Any], text: Callable[[], str]) -> None:
        self._items.append((setter, text))
        setter(text())

    def apply(self) -> None:
        for setter, text in self._items:
            setter(text())


def crm_labels() -> dict[str, str]:
    """CRM status -> label, in the order a facilitator thinks of them."""
    return {
        "integrated": QCoreApplication.translate("labels", "Integrated"),
        "connector": QCoreApplication.translate("labels", "Via connector / API"),
        "none": QCoreApplication.translate("labels", "None (data silo)"),
        "unknown": QCoreApplication.translate("labels", "Unknown"),
    }


def automation_labels() -> dict[str, str]:
    return {
        "automated": QCoreApplication.translate("labels", "Automated"),
        "partial": QCoreApplication.translate("labels", "Partly automated"),
        "manual": QCoreApplication.translate("labels", "Manual"),
        "unknown": QCoreApplication.translate("labels", "Unknown"),
    }


def consistency_labels() -> dict[str, str]:
    return {
        "consistent": QCoreApplication.translate("labels", "Consistent"),
        "partial": QCoreApplication.translate("labels", "Partly consistent"),
        "inconsistent": QCoreApplication.translate("labels", "Inconsistent"),
        "unknown": QCoreApplication.translate("labels", "Unknown"),
    }


def function_labels() -> dict[str, str]:
    return {
        "browse": QCoreApplication.translate("labels", "Browse"),
        "buy": QCoreApplication.translate("labels", "Buy"),
        "service": QCoreApplication.translate("labels", "Service"),
    }


def group_labels() -> dict[str, str]:
    return {
        "online": QCoreApplication.translate("labels", "Online"),
        "offline": QCoreApplication.translate("labels", "Offline"),
        "hybrid": QCoreApplication.translate("labels", "Hybrid"),
    }
