"""Why an edit was refused, in the user's language.

The model (Qt-free) refuses an edit with a :class:`~omnimap.model.ModelError`
whose text is English. When a value broke one of the model's limits, the error
also names the field, pydantic's error type and the bound; this module says
that in the language of the installed translators. Anything else keeps the
model's own text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnimap.model.errors import ModelError

__all__ = ["field_label", "refusal_text"]


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
        field=field_label(error.field), why=why.format(limit=f"{limit:,}"
                                                       if isinstance(limit, int) else limit))
