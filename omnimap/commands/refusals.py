"""Why an edit was refused, in the user's language.

The model (Qt-free) refuses an edit with a :class:`~omnimap.model.ModelError`
whose text is English. When a value broke one of the model's limits, the error
also names the field, pydantic's error type and the bound; this module says
that in the language of the installed translators.

The other refusals a facilitator can meet in the app (a channel or stage still
in use, the last stage, a paste into a map without the copied cards' stage or
channel, the map's title and notes) carry no such details from the model: the
command that met one re-raises it as a :class:`Refusal` with a ``kind`` and its
parameters (the model's English text stays its ``str()``, for logs). Anything
else keeps the model's own text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from omnimap.model.errors import ModelError

__all__ = ["Refusal", "field_label", "grouped_number", "refusal_text"]


class Refusal(ModelError):
    """A model refusal that a command recognised: ``kind`` says which, ``params`` its details.

    Kinds: ``"channel_in_use"`` and ``"stage_in_use"`` (``name``, ``count``),
    ``"last_stage"``, ``"paste_unknown_stage"`` and ``"paste_unknown_channel"``
    (``id``). ``str()`` is the model's own English line.
    """

    def __init__(self, error: ModelError, kind: str, **params: Any) -> None:
        super().__init__(str(error), kind=kind)
        self.params = params


class RefusalCounts(QObject):
    """Texts with a count: lupdate takes the plural forms of self.tr only, not of translate()."""

    def in_use(self, kind: str, name: str, count: int) -> str:
        if kind == "channel_in_use":
            text = self.tr("The channel “{name}” is still used by %n touchpoint(s); move or "
                           "delete them first.", "", count)
        else:
            text = self.tr("The stage “{name}” is still used by %n touchpoint(s); move or "
                           "delete them first.", "", count)
        return text.format(name=name)


def _recognised(error: Refusal) -> str:
    kind, params = error.kind, error.params
    if kind in ("channel_in_use", "stage_in_use"):
        return RefusalCounts().in_use(kind, params["name"], int(params["count"]))
    if kind == "last_stage":
        return QCoreApplication.translate("Refusal", "A map needs at least one stage.")
    if kind == "paste_unknown_stage":
        return QCoreApplication.translate(
            "Refusal", "Cannot paste: the copied touchpoints are in a stage this map does not "
            "have (“{id}”).").format(id=params["id"])
    if kind == "paste_unknown_channel":
        return QCoreApplication.translate(
            "Refusal", "Cannot paste: the copied touchpoints are in a channel this map does not "
            "have (“{id}”).").format(id=params["id"])
    return str(error)


def field_label(field: str) -> str:
    """The name of a model field as the inspector shows it, translated."""
    # Written out in full: lupdate sees no translate() behind another name.
    labels = {
        "label": QCoreApplication.translate("Refusal", "Label"),
        "name": QCoreApplication.translate("Refusal", "Name"),
        "notes": QCoreApplication.translate("Refusal", "Notes"),
        "goal": QCoreApplication.translate("Refusal", "Goal"),
        "goals": QCoreApplication.translate("Refusal", "Goals"),
        "description": QCoreApplication.translate("Refusal", "Description"),
        "title": QCoreApplication.translate("Refusal", "Title"),
        "day": QCoreApplication.translate("Refusal", "Day"),
        "time": QCoreApplication.translate("Refusal", "Time"),
        "emotion": QCoreApplication.translate("Refusal", "Emotion"),
        "volume": QCoreApplication.translate("Refusal", "Volume"),
        "unit": QCoreApplication.translate("Refusal", "Unit"),
        "icon": QCoreApplication.translate("Refusal", "Icon"),
        "color": QCoreApplication.translate("Refusal", "Colour"),
        "pain_points": QCoreApplication.translate("Refusal", "Pain points"),
        "opportunities": QCoreApplication.translate("Refusal", "Opportunities"),
        "kpis": QCoreApplication.translate("Refusal", "KPIs"),
        "owner": QCoreApplication.translate("Refusal", "Owner"),
        "crm_note": QCoreApplication.translate("Refusal", "CRM note"),
    }
    last = field.rsplit(".", 1)[-1]
    return labels.get(last, last)


def refusal_text(error: BaseException) -> str:
    """One line saying why ``error`` refused an edit, translated where it can be."""
    if isinstance(error, Refusal):
        return _recognised(error)
    if not isinstance(error, ModelError) or not error.field:
        return str(error)
    kind, limit = error.kind, error.limit
    if kind == "string_too_long":
        why = QCoreApplication.translate("Refusal", "at most {limit} characters")
    elif kind == "string_too_short":
        why = (QCoreApplication.translate("Refusal", "cannot be empty") if limit == 1
               else QCoreApplication.translate("Refusal", "at least {limit} characters"))
    elif kind == "too_long":
        why = QCoreApplication.translate("Refusal", "at most {limit} entries")
    elif kind in ("less_than_equal", "less_than"):
        why = QCoreApplication.translate("Refusal", "at most {limit}")
    elif kind in ("greater_than_equal", "greater_than"):
        why = QCoreApplication.translate("Refusal", "at least {limit}")
    elif kind in ("int_parsing", "int_type", "int_from_float"):
        why = QCoreApplication.translate("Refusal", "must be a whole number")
    elif kind == "string_pattern_mismatch" and error.field.endswith("color"):
        why = QCoreApplication.translate("Refusal", "must be a colour such as #1e88e5")
    elif kind == "value_error" and error.field.endswith("time"):
        why = QCoreApplication.translate("Refusal", "must be a time such as 09:30")
    else:
        return str(error)
    return QCoreApplication.translate("Refusal", "{field}: {why}").format(
        field=field_label(error.field), why=why.format(limit=grouped_number(limit)
                                                       if isinstance(limit, int) else limit))


def grouped_number(value: int) -> str:
    """``value`` grouped as the user's language writes it: 100,000 or 100 000."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen: English's grouping
        locale = QLocale(QLocale.Language.English)
    return locale.toString(value)
