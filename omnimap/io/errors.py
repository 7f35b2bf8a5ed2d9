"""The one exception of the file layer, and how its one-line message is made."""

from __future__ import annotations

import errno
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["FileError", "describe_value", "format_place", "os_problem", "os_reason"]


class FileError(Exception):
    """A file could not be read, understood or written.

    ``str(error)`` is always one line: ``"<source>: <place>: <what>"``, the
    place left out when the problem concerns the whole file.

    Parameters
    ----------
    source : str
        The file's path, or a name such as ``"<data>"`` for bytes in memory.
    what : str
        What is wrong, for a person.
    place : str, optional
        Where in the document, e.g. ``"journeys[0].touchpoints[3].stage"``.
    code : str, optional
        What went wrong, as a stable name (``"no_file"``, ``"bad_json"``, ...),
        with its particulars in ``values``: what a user interface needs to
        say ``what`` in the user's language. Empty for problems only the
        English text describes (the schema's findings).
    values : mapping, optional
        The particulars of ``code``, as text (a version, a line number, ...).

    Examples
    --------
    >>> str(FileError("map.omnimap", "unknown stage 'x'", "journeys[0].touchpoints[3].stage"))
    "map.omnimap: journeys[0].touchpoints[3].stage: unknown stage 'x'"
    >>> str(FileError("map.omnimap", "no such file"))
    'map.omnimap: no such file'
    >>> str(FileError("odd\\nname", "two\\nlines"))
    'odd name: two lines'
    >>> error = FileError("map.omnimap", "made with a newer omnimap (format version 9)",
    ...                   code="newer_version", values={"version": 9})
    >>> error.code, error.values
    ('newer_version', {'version': '9'})
    """

    def __init__(self, source: str, what: str, place: str = "", *, code: str = "",
                 values: Mapping[str, object] | None = None) -> None:
        self.source = _one_line(source)
        self.what = _one_line(what)
        self.place = _one_line(place)
        self.code = code
        self.values = {key: _one_line(str(value)) for key, value in (values or {}).items()}
        parts = [self.source, self.place, self.what] if self.place else [self.source, self.what]
        super().__init__(": ".join(parts))


def _one_line(text: str) -> str:
    # splitlines() knows every line break Unicode has, not only "\n".
    return " ".join(str(text).splitlines())


def format_place(loc: Sequence[Any]) -> str:
    """A path into the document, written the way a person reads it.

    >>> format_place(("journeys", 0, "touchpoints", 3, "stage"))
    'journeys[0].touchpoints[3].stage'
    >>> format_place(("stages", 1, "translations", "de", "[key]"))
    "stages[1].translations['de'] (the key)"
    >>> format_place(())
    ''
    """
    place = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            place += f"[{part}]"
        elif part == "[key]":
            place += " (the key)"
        elif i and loc[i - 1] == "translations":
            place += f"[{part!r}]"
        else:
            place += f".{part}" if place else str(part)
    return place


def describe_value(value: Any) -> str:
    """A short, one-line description of a JSON value, for error messages.

    >>> describe_value("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'"
    >>> describe_value(None), describe_value(True), describe_value([1]), describe_value({})
    ('null', 'true', 'a list', 'an object')
    >>> describe_value(10**50)
    'a 51-digit number'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int):
        digits = len(str(abs(value))) if abs(value) < 10**4000 else 4000
        return repr(value) if digits <= 20 else f"a {digits}-digit number"
    if isinstance(value, str):
        return repr(value[:30] + "…") if len(value) > 30 else repr(value)
    return repr(value)[:40]


def os_problem(error: OSError, saving: bool = False) -> str:
    """A short, lower-case reason for an OS error, without the path (the caller names it).

    >>> os_problem(PermissionError(13, "Permission denied", "/x/.map.svg.part"))
    'permission denied'
    >>> os_problem(IsADirectoryError(21, "Is a directory")), os_problem(OSError(28, "No space"))
    ('is a folder, not a file', 'the disk is full')
    """
    return os_reason(error, saving)[1]


def os_reason(error: OSError, saving: bool = False) -> tuple[str, str]:
    """:func:`os_problem` with its :class:`FileError` code (empty for the system's own words).

    >>> os_reason(FileNotFoundError(2, "No such file"), saving=True)
    ('folder_missing', 'the folder does not exist')
    >>> os_reason(OSError(5, "Input/output error"))
    ('', 'input/output error')
    """
    if isinstance(error, FileNotFoundError):
        return ("folder_missing", "the folder does not exist") if saving else (
            "no_file", "no such file")
    if isinstance(error, IsADirectoryError):
        return "is_folder", "is a folder, not a file"
    if isinstance(error, NotADirectoryError):
        return "not_folder", "part of the path is not a folder"
    if isinstance(error, PermissionError):
        return "permission", "permission denied"
    if error.errno == errno.ENOSPC:
        return "disk_full", "the disk is full"
    reason = _one_line(error.strerror or str(error) or type(error).__name__)
    return "", reason[:1].lower() + reason[1:]
