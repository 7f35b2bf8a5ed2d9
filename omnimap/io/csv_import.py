"""Import touchpoints from a spreadsheet saved as CSV.

The file has a header row naming its columns, in any order and any case:

``stage``, ``channel``, ``label`` (required)
    The stage and channel are matched against the workspace by id or by name in
    either language (English or Polish), ignoring case. An unknown stage is an
    error; an unknown channel is added to the catalogue with CRM status
    "unknown", so that the audit shows it still needs checking.
``day``, ``time``, ``emotion``, ``notes``, ``pain_points``, ``opportunities`` (optional)
    ``day`` is a whole number from 1, ``time`` is ``HH:MM`` (seconds, which
    spreadsheets like to add, are dropped), ``emotion`` a whole number from -2
    to 2. ``pain_points`` and ``opportunities`` are lists whose items are
    separated by ``;`` or ``|`` (use ``|`` when the file itself is separated by
    semicolons, or quote the cell).

Polish column names are accepted as well (``etap``, ``kanał``, ``etykieta``,
``dzień``, ``godzina``, ``emocja``, ``notatki``, ``problemy``, ``szanse``).
The field separator is found from the header: comma, semicolon (what Excel
writes on Polish Windows) or tab. The text is read as UTF-8 (with or without a
byte-order mark), as UTF-16 when it starts with a UTF-16 byte-order mark, and
otherwise as Windows-1250, the code page of Excel on Polish Windows.

Import is all or nothing: :func:`parse_touchpoints_csv` checks every row before
anything changes and raises :class:`CsvImportError` naming the first bad line.

Examples
--------
>>> from omnimap.model import Workspace
>>> ws = Workspace.new("en")
>>> journey = ws.add_journey("Anna")
>>> data = "stage,channel,label,emotion\\nŚwiadomość,TikTok,Sees an ad,1\\n".encode()
>>> plan = parse_touchpoints_csv(data + b"decision,Pinterest,Buys,2\\n", ws)
>>> [c["name"] for c in plan.channels]
['Pinterest']
>>> [(t["stage"], t["channel"]) for t in plan.touchpoints]
[('awareness', 'tiktok'), ('decision', 'pinterest')]
>>> len(apply_plan(ws, journey.id, plan)), ws.channel("pinterest").audit.crm
(2, 'unknown')
>>> try:
...     parse_touchpoints_csv(b"stage,channel,label,emotion\\nawareness,sms,Hi,5\\n", ws)
... except CsvImportError as error:
...     print(error)
line 2: emotion must be between -2 and 2, not '5'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from omnimap.csvtext import NotText, decode_spreadsheet, delimiter_of
from omnimap.model.defaults import Language, default_stages
from omnimap.model.errors import ModelError, validated
from omnimap.model.values import MAX_NAME, Touchpoint

if TYPE_CHECKING:
    from omnimap.model.workspace import Workspace

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "REQUIRED_COLUMNS",
    "CsvImportError",
    "ImportPlan",
    "apply_plan",
    "decode_csv",
    "guess_language",
    "parse_touchpoints_csv",
    "split_list",
]

#: Refuse bigger files: a journey map has dozens of touchpoints, not millions.
MAX_BYTES = 10 * 1024 * 1024
REQUIRED_COLUMNS = ("stage", "channel", "label")
COLUMNS = (*REQUIRED_COLUMNS, "day", "time", "emotion", "notes", "pain_points", "opportunities")

# Header spellings -> column. Keys are compared casefolded with spaces/dashes as "_".
_ALIASES = {
    "etap": "stage",
    "kanał": "channel",
    "kanal": "channel",
    "etykieta": "label",
    "nazwa": "label",
    "dzień": "day",
    "dzien": "day",
    "godzina": "time",
    "czas": "time",
    "emocja": "emotion",
    "emocje": "emotion",
    "note": "notes",
    "notatki": "notes",
    "pain_point": "pain_points",
    "pains": "pain_points",
    "problemy": "pain_points",
    "opportunity": "opportunities",
    "szanse": "opportunities",
}
# Spreadsheets often add seconds ("09:05:00"); the map keeps minutes.
_TIME_RE = re.compile(r"^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$")
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class CsvImportError(ValueError):
    """The file cannot be imported; ``str(error)`` is one line, naming the line when it can.

    ``code`` names the problem (``"unknown_stage"``, ``"missing_columns"``, ...;
    empty when only the English text says it) and ``values`` holds its
    particulars as text, so that a user interface can say it in the user's
    language; ``line`` is the file's line, or 0. A row the model refused
    (code ``"refused"``) keeps the model's error in ``refusal``.

    >>> error = CsvImportError("time must be HH:MM, e.g. 09:30, not '25:00'", "bad_time",
    ...                        value="25:00").at_line(4)
    >>> str(error), error.code, error.values, error.line
    ("line 4: time must be HH:MM, e.g. 09:30, not '25:00'", 'bad_time', {'value': '25:00'}, 4)
    """

    def __init__(self, message: str, code: str = "", line: int = 0, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.line = line
        self.values = {key: str(value) for key, value in values.items()}
        self.refusal: ModelError | None = None

    def at_line(self, line: int) -> CsvImportError:
        """The same problem, said of line ``line`` of the file."""
        moved = CsvImportError(f"line {line}: {self.message}", self.code, line, **self.values)
        moved.refusal = self.refusal
        return moved


@dataclass
class ImportPlan:
    """What an import would add, checked and ready to apply.

    Attributes
    ----------
    channels : list of dict
        Channels to add to the catalogue first: keyword arguments of
        ``Workspace.add_channel`` plus ``id`` and ``name``.
    touchpoints : list of dict
        One dict per row, in file order, shaped like ``Touchpoint.model_dump()``
        (with placeholder ids ``row<line>``); ``order`` is left out so that each
        lands last in its cell.
    """

    channels: list[dict[str, Any]] = field(default_factory=list)
    touchpoints: list[dict[str, Any]] = field(default_factory=list)


def decode_csv(data: bytes) -> str:
    """Decode a CSV file: UTF-16 by its BOM, else UTF-8 (BOM optional), else Windows-1250.

    >>> decode_csv("Łódź".encode("cp1250")), decode_csv("\\ufeffŁódź".encode())
    ('Łódź', 'Łódź')
    """
    try:
        text = decode_spreadsheet(data)
    except NotText as error:
        code = {"utf-16": "bad_utf16", "encoding": "bad_encoding"}.get(error.reason, "not_text")
        raise CsvImportError({
            "bad_utf16": "the file is not valid UTF-16 text",
            "bad_encoding": "the file is neither UTF-8 nor Windows-1250 text; save it as CSV "
                            "(UTF-8)",
            "not_text": "the file is not a text file; save the spreadsheet as CSV",
        }[code], code) from None
    # Control characters (a stray ESC or BEL from another program) would end up in
    # labels; tabs and line breaks stay, the CSV reader needs them.
    return _CONTROL.sub("", text)


def split_list(cell: str) -> list[str]:
    """Items of a list cell, separated by ``;`` or ``|``; blanks dropped.

    >>> split_list(" slow site; no chat | ; ")
    ['slow site', 'no chat']
    """
    return [item.strip() for item in re.split(r"[;|]", cell) if item.strip()]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _spelling(header: str) -> str:
    """A header as the aliases are keyed: casefolded, spaces and dashes as "_"."""
    return re.sub(r"[\s\-]+", "_", header.strip().casefold())


def _column(header: str) -> str:
    name = _spelling(header)
    return _ALIASES.get(name, name)


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    ascii_name = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name).strip("_")[:40]


def _lookup(items: list[Any]) -> dict[str, str]:
    """Casefolded id, name and translated names -> id; ids win over names."""
    table: dict[str, str] = {}
    for item in items:
        for text in (item.name, *item.translations.values()):
            table.setdefault(_key(text), item.id)
    for item in items:
        table[_key(item.id)] = item.id
    return table


def _int(value: str, column: str, low: int, high: int) -> int:
    try:
        # A typographic minus (−) is what some spreadsheets and keyboards give.
        number = int(value.strip().replace("\u2212", "-").lstrip("+"))
    except ValueError:
        raise CsvImportError(f"{column} must be a whole number, not {value!r}", "not_whole",
                             column=column, value=value) from None
    if not low <= number <= high:
        raise CsvImportError(f"{column} must be between {low} and {high}, not {value!r}",
                             "out_of_range", column=column, low=low, high=high, value=value)
    return number


def _time(value: str) -> str:
    match = _TIME_RE.match(value.strip())
    if not match or int(match.group(1)) > 23:
        raise CsvImportError(f"time must be HH:MM, e.g. 09:30, not {value!r}", "bad_time",
                             value=value)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _header(row: list[str], line: int) -> list[str]:
    columns = [_column(h) for h in row]
    for position, (raw, name) in enumerate(zip(row, columns, strict=True)):
        if not raw.strip():
            raise CsvImportError(f"column {position + 1} has no name", "column_unnamed",
                                 position=position + 1).at_line(line)
        if name not in COLUMNS:
            raise CsvImportError(
                f"unknown column {raw.strip()!r}; expected {', '.join(COLUMNS)}",
                "unknown_column", column=raw.strip(), expected=", ".join(COLUMNS),
            ).at_line(line)
        if columns.index(name) != position:
            raise CsvImportError(f"column {name!r} appears twice", "column_twice",
                                 column=name).at_line(line)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        noun = "column" if len(missing) == 1 else "columns"
        raise CsvImportError(f"missing {noun} {', '.join(missing)}", "missing_columns",
                             columns=", ".join(missing)).at_line(line)
    return columns


class _Parser:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.stages = _lookup(workspace.stages)
        self.channels = _lookup(workspace.channels)
        self.plan = ImportPlan()
        self.taken_ids = {c.id for c in workspace.channels}

    def channel_id(self, name: str) -> str:
        found = self.channels.get(_key(name))
        if found is not None:
            return found
        base = _slug(name) or "channel"
        if not base[0].isalnum():
            base = f"c{base}"
        channel_id, n = base, 2
        while channel_id in self.taken_ids:
            channel_id, n = f"{base}_{n}", n + 1
        self.taken_ids.add(channel_id)
        self.channels[_key(name)] = channel_id
        self.plan.channels.append({"id": channel_id, "name": " ".join(name.split())})
        return channel_id

    def row(self, cells: dict[str, str], line: int) -> dict[str, Any]:
        stage_name, channel_name = cells.get("stage", ""), cells.get("channel", "")
        if not stage_name.strip():
            raise CsvImportError("stage is empty", "stage_empty")
        if not channel_name.strip():
            raise CsvImportError("channel is empty", "channel_empty")
        stage = self.stages.get(_key(stage_name))
        if stage is None:
            names = ", ".join(s.name for s in self.workspace.stages)
            raise CsvImportError(f"unknown stage {stage_name.strip()!r} (stages: {names})",
                                 "unknown_stage", stage=stage_name.strip(), stages=names)
        if len(channel_name.strip()) > MAX_NAME:
            raise CsvImportError(f"channel name: at most {MAX_NAME} characters",
                                 "channel_too_long", limit=MAX_NAME)
        tp: dict[str, Any] = {
            "id": f"row{line}",
            "stage": stage,
            "channel": self.channel_id(channel_name),
            "label": cells.get("label", "").strip(),
            "notes": cells.get("notes", "").strip(),
            "day": None,
            "time": None,
            "emotion": 0,
            "pain_points": split_list(cells.get("pain_points", "")),
            "opportunities": split_list(cells.get("opportunities", "")),
        }
        if cells.get("day", "").strip():
            tp["day"] = _int(cells["day"], "day", 1, 100_000)
        if cells.get("time", "").strip():
            tp["time"] = _time(cells["time"])
        if cells.get("emotion", "").strip():
            tp["emotion"] = _int(cells["emotion"], "emotion", -2, 2)
        # The model has the last word on lengths and list sizes.
        try:
            validated(Touchpoint, **tp)
        except ModelError as error:
            refused = CsvImportError(str(error), "refused")
            refused.refusal = error
            raise refused from None
        return tp


#: Header spellings only a Polish spreadsheet uses.
_POLISH_HEADERS = frozenset(_ALIASES) - {"note", "pain_point", "pains", "opportunity"}


def guess_language(data: bytes) -> Language:
    r"""The language for a new map made from this CSV: ``"pl"`` for a Polish spreadsheet.

    Polish it is when its header uses the Polish column names or a stage
    is named by one of the Polish default stage names; else English.

    >>> guess_language("etap;kanał;etykieta\nAwareness;SMS;x\n".encode("cp1250"))
    'pl'
    >>> guess_language("stage,channel,label\nRozważanie,SMS,x\n".encode())
    'pl'
    >>> guess_language(b"stage,channel,label\nAwareness,SMS,x\n"), guess_language(b"\xff\x00")
    ('en', 'en')
    """
    try:
        text = decode_csv(data[:MAX_BYTES])
    except CsvImportError:
        return "en"
    lines = [line for line in text.splitlines() if line.strip()][:500]
    if not lines:
        return "en"
    try:
        rows = list(csv.reader(lines, delimiter=delimiter_of(lines[0])))
    except csv.Error:
        return "en"
    header = [_column(cell) for cell in rows[0]]
    if any(_spelling(cell) in _POLISH_HEADERS for cell in rows[0]):
        return "pl"
    if "stage" in header:
        at = header.index("stage")
        polish = ({_key(s.name) for s in default_stages("pl")}
                  - {_key(s.name) for s in default_stages("en")})
        if any(len(row) > at and _key(row[at]) in polish for row in rows[1:]):
            return "pl"
    return "en"


def parse_touchpoints_csv(data: bytes, workspace: Workspace) -> ImportPlan:
    """Read a CSV file and check every row against ``workspace``; change nothing.

    Parameters
    ----------
    data : bytes
        The file's content.
    workspace : Workspace
        Supplies the stages and channels that the rows name.

    Returns
    -------
    ImportPlan
        The channels to add and the touchpoints to create.

    Raises
    ------
    CsvImportError
        On the first problem, e.g. ``"line 7: emotion must be between -2 and 2, not '3'"``.
    """
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES // (1024 * 1024)
        raise CsvImportError(f"the file is larger than {limit} MB", "too_large", limit_mb=limit)
    text = decode_csv(data)
    if not text.strip():
        raise CsvImportError("the file is empty", "empty")
    first = next(line for line in text.splitlines() if line.strip())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(first))
    parser = _Parser(workspace)
    columns: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if columns is None:
                columns = _header(cells, start)
                continue
            if len(cells) > len(columns):
                extra = cells[len(columns):]
                if any(c.strip() for c in extra):
                    raise CsvImportError(
                        f"{len(cells)} fields but the header names {len(columns)}",
                        "too_many_fields", found=len(cells), expected=len(columns),
                    ).at_line(start)
            try:
                parser.plan.touchpoints.append(
                    parser.row(dict(zip(columns, cells, strict=False)), start)
                )
            except CsvImportError as error:
                raise error.at_line(start) from None
    except csv.Error as error:
        raise CsvImportError(str(error)).at_line(line) from None
    if not parser.plan.touchpoints:
        raise CsvImportError("the file has no touchpoint rows under its header", "no_rows")
    return parser.plan


def apply_plan(workspace: Workspace, journey_id: str, plan: ImportPlan) -> list[str]:
    """Add the plan's channels and touchpoints to a journey; all or nothing.

    Returns the ids of the new touchpoints, in file order. The GUI does the same
    through undoable commands instead.
    """
    journey = workspace.journey(journey_id)
    added_channels: list[str] = []
    added: list[str] = []
    try:
        for channel in plan.channels:
            fields = dict(channel)
            added_channels.append(workspace.add_channel(fields.pop("name"), **fields).id)
        for tp in plan.touchpoints:
            fields = {k: v for k, v in tp.items() if k not in ("id", "stage", "channel", "label")}
            fields.pop("order", None)
            new = journey.add_touchpoint(tp["stage"], tp["channel"], tp["label"], **fields)
            added.append(new.id)
    except Exception:
        for tid in reversed(added):
            journey.remove_touchpoint(tid)
        for cid in reversed(added_channels):
            workspace.remove_channel(cid)
        raise
    return added
