"""The one exception the model raises, with a message fit for a status bar."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

__all__ = ["ModelError", "describe_validation_error", "validated"]

M = TypeVar("M", bound=BaseModel)


class ModelError(ValueError):
    """An edit was refused; ``str(error)`` is one line saying why (in English).

    When a value broke one of the model's limits, ``field`` names it,
    ``kind`` is pydantic's error type (``"string_too_long"``, ``"less_than_equal"``
    ...) and ``limit`` the bound, so that a user interface can say it in the
    user's language; otherwise they are empty.
    """

    def __init__(self, message: str, *, field: str = "", kind: str = "",
                 limit: Any = None) -> None:
        super().__init__(message)
        self.field = field
        self.kind = kind
        self.limit = limit


def describe_validation_error(error: ValidationError, prefix: str = "") -> str:
    """One line for the first problem pydantic found, with its place.

    >>> from omnimap.model.values import Touchpoint
    >>> try:
    ...     Touchpoint(id="t1", stage="awareness", channel="sms", emotion=5)
    ... except ValidationError as e:
    ...     print(describe_validation_error(e))
    emotion: Input should be less than or equal to 2
    """
    first = error.errors()[0]
    parts = [prefix] if prefix else []
    for loc in first["loc"]:
        if isinstance(loc, int):
            parts[-1:] = [f"{parts[-1]}[{loc}]"] if parts else [f"[{loc}]"]
        else:
            parts.append(str(loc))
    place = ".".join(parts)
    message = str(first["msg"]).replace("Value error, ", "")
    return f"{place}: {message}" if place else message


def validated(cls: type[M], base: M | None = None, **changes: Any) -> M:
    """Build ``cls`` from ``base`` with ``changes`` applied, fully validated.

    ``model_copy(update=...)`` skips validation; this does not.
    """
    data = base.model_dump() if base is not None else {}
    data.update(changes)
    try:
        return cls.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        context = first.get("ctx") or {}
        limit = next((context[k] for k in ("max_length", "min_length", "le", "ge", "lt", "gt")
                      if k in context), None)
        field = ".".join(str(part) for part in first["loc"] if isinstance(part, str))
        raise ModelError(describe_validation_error(error), field=field, kind=first["type"],
                         limit=limit) from None
