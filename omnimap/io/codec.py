"""Workspace to bytes and back: the ``.omnimap`` document, without the file system.

Saving writes every field, in a fixed key order, indented by two spaces, with
non-ASCII text as itself (not ``\\u`` escapes) and a final newline, so that a
file diffs well under version control and loading then saving it gives back
the same bytes.

Loading checks, in this order: the size, the encoding, the JSON syntax, that it
is an omnimap file of a version this program knows, the schema of that version
(then migrates it to the current one), and finally everything that ties the
parts together: unique ids, known stages and channels, transitions between
existing touchpoints. The first problem found becomes a :class:`FileError`.

Derived data (CRM findings, layouts, DOT) and view state (selection, zoom) are
never part of the document.

Examples
--------
>>> from omnimap.model import Workspace
>>> ws = Workspace.new("pl", title="Warsztat")
>>> data = dumps_workspace(ws)
>>> data.splitlines()[:3]
[b'{', b'  "format": "omnimap",', b'  "version": 2,']
>>> dumps_workspace(loads_workspace(data)) == data
True
>>> try:
...     loads_workspace(b'{"format": "omnimap", "version": 9}', "map.omnimap")
... except FileError as error:
...     print(error)
map.omnimap: made with a newer omnimap (format version 9); update omnimap to open it
"""

from __future__ import annotations

import codecs
import json
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from omnimap.io.errors import FileError, describe_value, format_place
from omnimap.io.migrations import migrate
from omnimap.io.schema import (
    COLOR_PATTERN,
    CURRENT_VERSION,
    FORMAT_NAME,
    ID_PATTERN,
    SCHEMAS,
    TIME_PATTERN,
    DocumentV2,
)
from omnimap.model import (
    Channel,
    Journey,
    Kpi,
    ModelError,
    Persona,
    Stage,
    Touchpoint,
    Transition,
    Workspace,
)
from omnimap.model.bulk import collector_paused

__all__ = ["MAX_FILE_BYTES", "dumps_workspace", "loads_workspace", "size_values",
           "too_large_message"]

#: Larger files are refused before they are read: no real map comes near it.
MAX_FILE_BYTES = 50 * 1024 * 1024

_UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                  codecs.BOM_UTF16_BE)
# JSON text can only smuggle in a lone surrogate as a \uD800-\uDFFF escape.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


# ------------------------------------------------------------------ saving
def _finite(value: float | None) -> float | None:
    # JSON has no NaN or infinity; such a KPI value means "unknown" anyway.
    return value if value is None or math.isfinite(value) else None


def _kpi(k: Kpi) -> dict[str, Any]:
    return {"metric": k.metric, "unit": k.unit, "target": _finite(k.target),
            "actual": _finite(k.actual), "higher_is_better": k.higher_is_better}


def _translations(t: Mapping[Any, str]) -> dict[str, str]:
    return {lang: t[lang] for lang in sorted(t)}


def _stage(s: Stage) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "translations": _translations(s.translations),
            "goal": s.goal, "kpis": [_kpi(k) for k in s.kpis]}


def _channel(c: Channel) -> dict[str, Any]:
    a = c.audit
    audit = {"functionality": list(a.functionality), "automation": a.automation,
             "crm": a.crm, "crm_note": a.crm_note, "kpis": list(a.kpis),
             "consistency": a.consistency, "owner": a.owner}
    return {"id": c.id, "name": c.name, "translations": _translations(c.translations),
            "group": c.group, "icon": c.icon, "color": c.color, "mobile": c.mobile,
            "audit": audit}


def _touchpoint(t: Touchpoint) -> dict[str, Any]:
    return {"id": t.id, "stage": t.stage, "channel": t.channel, "label": t.label,
            "notes": t.notes, "day": t.day, "time": t.time, "emotion": t.emotion,
            "pain_points": list(t.pain_points), "opportunities": list(t.opportunities),
            "order": t.order}


def _journey(j: Journey) -> dict[str, Any]:
    p = j.persona
    persona = {"name": p.name, "description": p.description, "goals": list(p.goals),
               "preferred_channels": list(p.preferred_channels)}
    return {
        "id": j.id,
        "name": j.name,
        "persona": persona,
        "touchpoints": [_touchpoint(t) for t in j.touchpoints()],
        "transitions": [{"source": t.source, "target": t.target, "label": t.label,
                         "volume": t.volume} for t in j.transitions()],
    }


def dumps_workspace(workspace: Workspace) -> bytes:
    """The ``.omnimap`` document of a workspace, as UTF-8 bytes.

    Parameters
    ----------
    workspace : Workspace

    Returns
    -------
    bytes
        JSON of the current format version, ending with a newline.
    """
    doc = {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "title": workspace.title,
        "notes": workspace.notes,
        "language": workspace.language,
        "stages": [_stage(s) for s in workspace.stages],
        "channels": [_channel(c) for c in workspace.channels],
        "journeys": [_journey(j) for j in workspace.journeys],
    }
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be stored as UTF-8. Rather than refuse to save
        # a workshop's work, keep proper pairs and mark only the broken character.
        repaired = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return repaired.encode("utf-8")


# ----------------------------------------------------------------- loading
class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return obj


def _decode(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if data.startswith(_UTF16_32_BOMS) or b"\x00" in data[:4]:
        raise FileError(source, "not UTF-8 text (it looks like UTF-16 or UTF-32); "
                                "omnimap files are UTF-8", code="not_utf8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        pos = error.start
        line = data.count(b"\n", 0, pos) + 1
        column = pos - (data.rfind(b"\n", 0, pos) + 1) + 1
        raise FileError(
            source,
            f"not UTF-8 text (byte 0x{data[pos]:02x}); omnimap files are UTF-8 "
            "(was it saved in another encoding, such as Windows-1250?)",
            f"line {line}, byte {column}",
            code="not_utf8",
        ) from None


def _parse(text: str, source: str) -> Any:
    if not text.strip():
        raise FileError(source, "the file is empty", code="empty")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise FileError(source, f"not valid JSON: {error.msg}",
                        f"line {error.lineno}, column {error.colno}", code="bad_json",
                        values={"line": error.lineno, "column": error.colno}) from None
    except RecursionError:
        raise FileError(source, "not valid JSON: nested too deeply", code="bad_json") from None
    except _DuplicateKey as error:
        raise FileError(source, f"not valid JSON: {error}", code="bad_json") from None
    except ValueError:
        # Python refuses to turn thousands of digits into an int (CVE-2020-10735).
        raise FileError(source, "not valid JSON: a number has far too many digits",
                        code="bad_json") from None


def _check_header(raw: Any, source: str) -> int:
    """The document's format version, after checking it is one we can read."""
    if not isinstance(raw, dict):
        raise FileError(source, f"not an omnimap file (the top level is {describe_value(raw)}, "
                                "not an object)", code="not_omnimap")
    if "format" not in raw:
        raise FileError(source, 'not an omnimap file (no "format": "omnimap" at the top)',
                        code="not_omnimap")
    if raw["format"] != FORMAT_NAME:
        raise FileError(source, f"not an omnimap file (the format is "
                                f"{describe_value(raw['format'])})", "format",
                        code="not_omnimap")
    version = raw.get("version")
    if "version" not in raw:
        raise FileError(source, "missing", "version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise FileError(source, f"should be a whole number (got {describe_value(version)})",
                        "version")
    if CURRENT_VERSION < version < 1_000_000:
        raise FileError(source, f"made with a newer omnimap (format version {version}); "
                                "update omnimap to open it", code="newer_version",
                        values={"version": version})
    if version not in SCHEMAS:
        raise FileError(source, f"unknown format version {describe_value(version)}", "version")
    return version


def _walk(value: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string in a JSON value (keys included) with its place, without recursion."""
    stack = [(loc, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, child in item.items():
                yield (*where, key), key
                stack.append(((*where, key), child))
        elif isinstance(item, list):
            stack.extend(((*where, i), child) for i, child in enumerate(item))


def _check_surrogates(raw: Any, text: str, source: str) -> None:
    if not _SURROGATE_ESCAPE.search(text):
        return
    for loc, string in _walk(raw):
        try:
            string.encode("utf-8")
        except UnicodeEncodeError:
            raise FileError(source, "text holds an invalid character (a lone surrogate escape)",
                            format_place(loc)) from None


_PATTERN_HINTS = {
    ID_PATTERN: "not a valid id: letters, digits, '_', '.' and '-', at most 64",
    COLOR_PATTERN: "not a colour like '#1e88e5'",
    TIME_PATTERN: "not a time like '09:30'",
}


def _schema_problem(error: ValidationError, prefix: tuple[Any, ...] = ()) -> tuple[str, str]:
    """(place, what) for the first problem pydantic found."""
    first = error.errors(include_url=False)[0]
    place = format_place((*prefix, *first["loc"]))
    kind = first["type"]
    if kind == "missing":
        return place, "missing"
    if kind == "extra_forbidden":
        return place, "unknown field"
    if kind in ("too_short", "too_long"):
        return place, str(first["msg"]).replace(" after validation", "").lower()
    got = describe_value(first.get("input"))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        # pydantic's wording names our schema classes ("instance of PersonaV2").
        return place, f"should be an object (got {got})"
    pattern = (first.get("ctx") or {}).get("pattern")
    if kind == "string_pattern_mismatch" and pattern in _PATTERN_HINTS:
        return place, f"{_PATTERN_HINTS[pattern]} (got {got})"
    message = str(first["msg"]).replace("Value error, ", "")
    message = message.replace("Input should be", "should be")
    return place, f"{message[:1].lower()}{message[1:]} (got {got})"


def _validate(raw: dict[str, Any], version: int, source: str) -> DocumentV2:
    schema = SCHEMAS[version]
    try:
        doc = schema.model_validate(raw)
        if version != CURRENT_VERSION:
            plain = doc.model_dump(by_alias=True)
            doc = DocumentV2.model_validate(migrate(plain, version))
    except ValidationError as error:
        place, what = _schema_problem(error)
        raise FileError(source, what, place) from None
    assert isinstance(doc, DocumentV2)
    return doc


def _unique(items: list[Any], kind: str, where: str, source: str) -> dict[str, int]:
    """Index of each id; a repeated id is an error at its second place."""
    index: dict[str, int] = {}
    for i, item in enumerate(items):
        first = index.setdefault(item.id, i)
        if first != i:
            raise FileError(source, f"duplicate {kind} id {item.id!r} (also {where}[{first}])",
                            f"{where}[{i}].id")
    return index


class _Known:
    """A journey's catalogue during loading: set look-ups instead of list scans."""

    def __init__(self, stages: dict[str, int], channels: dict[str, int]) -> None:
        self._stages = stages
        self._channels = channels

    def has_stage(self, stage_id: str) -> bool:
        return stage_id in self._stages

    def has_channel(self, channel_id: str) -> bool:
        return channel_id in self._channels


def _check_journey(j: Any, at: str, known: _Known, source: str) -> None:
    for k, channel in enumerate(j.persona.preferred_channels):
        if not known.has_channel(channel):
            raise FileError(source, f"unknown channel {channel!r}",
                            f"{at}.persona.preferred_channels[{k}]")
    ids: dict[str, int] = {}
    orders: dict[tuple[str, str, int], int] = {}
    for k, tp in enumerate(j.touchpoints):
        here = f"{at}.touchpoints[{k}]"
        first = ids.setdefault(tp.id, k)
        if first != k:
            raise FileError(source, f"duplicate touchpoint id {tp.id!r} "
                                    f"(also {at}.touchpoints[{first}])", f"{here}.id")
        if not known.has_stage(tp.stage):
            raise FileError(source, f"unknown stage {tp.stage!r}", f"{here}.stage")
        if not known.has_channel(tp.channel):
            raise FileError(source, f"unknown channel {tp.channel!r}", f"{here}.channel")
        other = orders.setdefault((tp.stage, tp.channel, tp.order), k)
        if other != k:
            raise FileError(source, f"order {tp.order} is also used by "
                                    f"{at}.touchpoints[{other}] in the same cell",
                            f"{here}.order")
    pairs: dict[tuple[str, str], int] = {}
    for k, tr in enumerate(j.transitions):
        here = f"{at}.transitions[{k}]"
        for end in ("source", "target"):
            if getattr(tr, end) not in ids:
                raise FileError(source, f"no touchpoint {getattr(tr, end)!r} in this journey",
                                f"{here}.{end}")
        if tr.source == tr.target:
            raise FileError(source, "a touchpoint cannot lead to itself", here)
        other = pairs.setdefault((tr.source, tr.target), k)
        if other != k:
            raise FileError(source, f"duplicate transition {tr.source!r} -> {tr.target!r} "
                                    f"(also {at}.transitions[{other}])", here)


def _value(cls: type[BaseModel], part: BaseModel, at: str, source: str) -> Any:
    """The model's value for a file part; the model has the last word on validity."""
    try:
        return cls.model_validate(part.model_dump())
    except ValidationError as error:
        place, what = _schema_problem(error)
        raise FileError(source, what, f"{at}.{place}" if place else at) from None


def _build(doc: DocumentV2, source: str) -> Workspace:
    stage_ids = _unique(doc.stages, "stage", "stages", source)
    channel_ids = _unique(doc.channels, "channel", "channels", source)
    _unique(doc.journeys, "journey", "journeys", source)
    known = _Known(stage_ids, channel_ids)
    for i, j in enumerate(doc.journeys):
        _check_journey(j, f"journeys[{i}]", known, source)

    stages = [_value(Stage, s, f"stages[{i}]", source) for i, s in enumerate(doc.stages)]
    channels = [_value(Channel, c, f"channels[{i}]", source) for i, c in enumerate(doc.channels)]
    try:
        ws = Workspace(title=doc.title, notes=doc.notes, stages=stages, channels=channels,
                       language=doc.language)
    except ModelError as error:
        raise FileError(source, str(error)) from None
    for i, j in enumerate(doc.journeys):
        at = f"journeys[{i}]"
        persona = _value(Persona, j.persona, f"{at}.persona", source)
        touchpoints = [_value(Touchpoint, t, f"{at}.touchpoints[{k}]", source)
                       for k, t in enumerate(j.touchpoints)]
        transitions = [_value(Transition, t, f"{at}.transitions[{k}]", source)
                       for k, t in enumerate(j.transitions)]
        journey = Journey(j.id, j.name, persona, catalogue=known)
        try:
            journey._load(touchpoints, transitions)
            ws.attach_journey(journey)
        except ModelError as error:
            raise FileError(source, str(error), at) from None
    return ws


def loads_workspace(data: bytes, source: str = "<data>") -> Workspace:
    """The workspace of an ``.omnimap`` document, fully validated.

    Parameters
    ----------
    data : bytes
        The file's content; a UTF-8 byte order mark is accepted.
    source : str
        Names the document in error messages, normally its path.

    Returns
    -------
    Workspace

    Raises
    ------
    FileError
        For any problem at all, with a one-line message naming ``source`` and,
        when it applies, the place in the document.
    """
    if len(data) > MAX_FILE_BYTES:
        raise FileError(source, too_large_message(len(data)), code="too_large",
                        values=size_values(len(data)))
    with collector_paused():  # a big file is many objects at once (see omnimap.model.bulk)
        text = _decode(bytes(data), source)
        raw = _parse(text, source)
        version = _check_header(raw, source)
        _check_surrogates(raw, text, source)
        return _build(_validate(raw, version, source), source)


def size_values(size: int) -> dict[str, str]:
    """The particulars of a ``too_large`` :class:`FileError`: the size and the limit, in MB.

    >>> size_values(60 * 1024 * 1024)
    {'size_mb': '60.0', 'limit_mb': '50'}
    """
    mb = 1024 * 1024
    return {"size_mb": f"{size / mb:.1f}", "limit_mb": str(MAX_FILE_BYTES // mb)}


def too_large_message(size: int) -> str:
    """Why a file of ``size`` bytes is refused.

    >>> too_large_message(60 * 1024 * 1024)
    'the file is too large (60.0 MB; omnimap opens files up to 50 MB)'
    """
    mb = 1024 * 1024
    return (f"the file is too large ({size / mb:.1f} MB; omnimap opens files up to "
            f"{MAX_FILE_BYTES // mb} MB)")
