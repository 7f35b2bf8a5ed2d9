"""Customer paths for attribution: read from CSV files or implied by a map.

Three sources give the same thing, a list of :class:`PathCount`:

* a **paths file** in the layout of the R package ChannelAttribution, one row
  per distinct path: ``path,total_conversions,total_null`` and optionally
  ``total_conversion_value``;
* a **journeys file**, one row per customer journey:
  ``journey_id,path,hours_to_conversion,converted`` and optionally
  ``conversion_value``. ``hours_to_conversion`` holds one number per touch,
  joined by ``>`` like the channels; it is what the time-decay model needs, and
  it may be left empty on journeys that did not convert;
* the **map** itself, see :func:`paths_from_workspace`.

A path is written as channel names joined by ``>``; spaces around the names
are trimmed, so ``"Instagram > Blog>Email"`` has three touches. Files are
UTF-8 (a byte-order mark is dropped) or UTF-16 with its byte-order mark
(Excel's "Unicode text"). Fields are separated by
commas, or by semicolons or tabs when the header line uses those instead (as
Excel does where the comma is the decimal mark); numbers in such a file may
use a decimal comma (``3,5``). A bad row stops reading with an
:class:`AttributionError` whose message is one line naming the file and line.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from omnimap.csvtext import NotText, decode_spreadsheet, delimiter_of

if TYPE_CHECKING:
    import networkx as nx

    from omnimap.model.values import Touchpoint
    from omnimap.model.workspace import Workspace

__all__ = [
    "MAX_MAP_PATHS",
    "MAX_MAP_TOUCHES",
    "AttributionError",
    "PathCount",
    "parse_path",
    "paths_from_workspace",
    "read_any_csv",
    "read_journeys_csv",
    "read_paths_csv",
]

#: Enumerating a map's paths stops with an error beyond this many paths, or this
#: many touches in all of them: the paths of a map with many crossing arrows grow
#: exponentially, and every touch costs the attribution models time.
MAX_MAP_PATHS = 100_000
MAX_MAP_TOUCHES = 1_000_000

_PATHS_REQUIRED = ("path", "total_conversions")
_JOURNEYS_REQUIRED = ("path", "converted")
_TRUE = frozenset({"1", "true", "yes", "y", "t"})
_FALSE = frozenset({"0", "false", "no", "n", "f"})


class AttributionError(ValueError):
    """Bad attribution input; ``str(error)`` is one line saying what and where.

    Problems in a CSV file also carry ``code`` (``"not_number"``,
    ``"bad_header"``, ...), their particulars as text in ``values``, the
    file's ``source`` and ``line`` (0 when none), so that a user interface
    can say them in the user's language; ``code`` is empty otherwise.

    >>> error = AttributionError("total_null must be a number, not 'x'", "not_number",
    ...                          column="total_null", value="x").at("paths.csv", 3)
    >>> str(error), error.code, error.values, error.line
    ("paths.csv: line 3: total_null must be a number, not 'x'", 'not_number', \
{'column': 'total_null', 'value': 'x'}, 3)
    """

    def __init__(self, message: str, code: str = "", **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.values = {key: str(value) for key, value in values.items()}
        self.source = ""
        self.line = 0

    def at(self, source: str, line: int = 0) -> AttributionError:
        """The same problem, said of ``source`` (and its line ``line``)."""
        where = f"{source}: line {line}: " if line else f"{source}: "
        moved = AttributionError(where + self.message, self.code, **self.values)
        moved.source, moved.line = source, line
        return moved


class PathCount(NamedTuple):
    """One distinct path and how often it ended in a conversion or not.

    Parameters
    ----------
    path : tuple of str
        The channels touched, in order; repeats allowed.
    conversions : float
        How many customers on this path converted.
    nulls : float
        How many did not.
    value : float or None
        Total conversion value of those conversions; None when unknown.
    hours : tuple of float or None
        Hours from each touch to the conversion, one per touch (time-decay).

    Examples
    --------
    >>> PathCount(("Instagram", "Email"), 3, 7).nulls
    7
    """

    path: tuple[str, ...]
    conversions: float
    nulls: float = 0.0
    value: float | None = None
    hours: tuple[float, ...] | None = None


def parse_path(text: str) -> tuple[str, ...]:
    """Split a path on ``>`` and trim the channel names.

    >>> parse_path(" Instagram > Blog>Email ")
    ('Instagram', 'Blog', 'Email')
    >>> parse_path("A > > B")
    Traceback (most recent call last):
    ...
    omnimap.analysis.paths.AttributionError: empty channel name in path 'A > > B'
    """
    parts = tuple([part.strip() for part in text.split(">")])
    if not all(parts):
        if not text.strip():
            raise AttributionError("empty path", "empty_path")
        raise AttributionError(f"empty channel name in path {text.strip()!r}", "empty_channel",
                               path=text.strip())
    return parts


def _number(text: str, column: str, decimal_comma: bool = False) -> float:
    """A count, value or number of hours: finite and not negative.

    >>> _number(" 3,5 ", "total_conversions", decimal_comma=True)
    3.5
    """
    try:
        value = float(text.replace(",", ".", 1) if decimal_comma and "." not in text else text)
    except ValueError:
        raise AttributionError(f"{column} must be a number, not {text.strip()!r}", "not_number",
                               column=column, value=text.strip()) from None
    if not math.isfinite(value) or value < 0:
        raise AttributionError(f"{column} must be a finite number ≥ 0, not {text.strip()!r}",
                               "negative", column=column, value=text.strip())
    return value


def _read_text(path: str | PathLike[str]) -> str:
    """The file's text, read as the map's CSV import reads it (:mod:`omnimap.csvtext`)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise AttributionError(f"cannot read: {reason}", "cannot_read", reason=reason).at(
            str(path)) from None
    try:
        return decode_spreadsheet(data)
    except NotText as error:
        if error.reason == "utf-16":
            raise AttributionError("not valid UTF-16 text", "bad_utf16").at(str(path)) from None
        if error.reason == "encoding":
            raise AttributionError(
                "neither UTF-8 nor Windows-1250 text; in Excel save it as 'CSV UTF-8'",
                "bad_encoding").at(str(path), error.line) from None
        raise AttributionError("not a text file; save the spreadsheet as CSV", "not_text").at(
            str(path)) from None


def _header(row: list[str]) -> dict[str, int]:
    return {name.strip().lower(): i for i, name in enumerate(row)}


def _rows(text: str, name: str) -> tuple[dict[str, int], Any]:
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(header_line))
    try:
        header = next(reader)
    except StopIteration:
        raise AttributionError("the file is empty", "empty").at(name) from None
    except csv.Error as error:
        raise AttributionError(str(error)).at(name, 1) from None
    return _header(header), reader


def _layout(columns: dict[str, int]) -> str | None:
    if all(c in columns for c in _PATHS_REQUIRED):
        return "paths"
    if all(c in columns for c in _JOURNEYS_REQUIRED):
        return "journeys"
    return None


def _layout_error(name: str) -> AttributionError:
    return AttributionError(
        "expected a header path,total_conversions,total_null (paths) or "
        "journey_id,path,hours_to_conversion,converted (journeys)", "bad_header",
    ).at(name, 1)


def read_any_csv(path: str | PathLike[str]) -> list[PathCount]:
    """Read a paths or a journeys file, telling them apart by their header.

    Raises
    ------
    AttributionError
        When the file cannot be read or a row is bad.
    """
    text = _read_text(path)
    columns, _ = _rows(text, str(path))
    layout = _layout(columns)
    if layout == "paths":
        return _parse_paths(text, str(path))
    if layout == "journeys":
        return _parse_journeys(text, str(path))
    raise _layout_error(str(path))


def read_paths_csv(path: str | PathLike[str]) -> list[PathCount]:
    """Read a ChannelAttribution paths file: ``path,total_conversions,total_null``.

    ``total_null`` may be missing (then 0); ``total_conversion_value`` is
    optional. Rows repeating a path are added together; other columns are
    ignored.

    Raises
    ------
    AttributionError
        When the file cannot be read or a row is bad.
    """
    return _parse_paths(_read_text(path), str(path))


def read_journeys_csv(path: str | PathLike[str]) -> list[PathCount]:
    """Read a journeys file: ``journey_id,path,hours_to_conversion,converted``.

    ``converted`` is 1/0, true/false or yes/no. ``hours_to_conversion`` has one
    number per touch, joined by ``>``; it is required on converted journeys
    when present as a column, and may be empty on the others. An optional
    ``conversion_value`` column counts on converted journeys only.

    Raises
    ------
    AttributionError
        When the file cannot be read or a row is bad.
    """
    return _parse_journeys(_read_text(path), str(path))


def _parse_paths(text: str, name: str) -> list[PathCount]:
    columns, reader = _rows(text, name)
    if _layout(columns) != "paths":
        raise _layout_error(name)
    comma = reader.dialect.delimiter != ","  # then 3,5 is a decimal comma
    ip, ic = columns["path"], columns["total_conversions"]
    inull = columns.get("total_null")
    ivalue = columns.get("total_conversion_value")
    width = len(columns)
    totals: dict[tuple[str, ...], list[float]] = {}
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            try:
                if len(row) != width:
                    raise AttributionError(f"expected {width} fields, found {len(row)}",
                                           "field_count", expected=width, found=len(row))
                channels = parse_path(row[ip])
                conversions = _number(row[ic], "total_conversions", comma)
                nulls = _number(row[inull], "total_null", comma) if inull is not None else 0.0
                value = (_number(row[ivalue], "total_conversion_value", comma)
                         if ivalue is not None else 0.0)
            except AttributionError as error:
                raise error.at(name, reader.line_num) from None
            found = totals.get(channels)
            if found is None:
                totals[channels] = [conversions, nulls, value]
            else:
                found[0] += conversions
                found[1] += nulls
                found[2] += value
    except csv.Error as error:
        raise AttributionError(str(error)).at(name, reader.line_num) from None
    if not totals:
        raise AttributionError("no paths below the header", "no_rows").at(name)
    has_value = ivalue is not None
    return [PathCount(p, c, n, v if has_value else None) for p, (c, n, v) in totals.items()]


def _flag(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise AttributionError(f"converted must be 1/0, true/false or yes/no, not {text.strip()!r}",
                           "bad_flag", value=text.strip())


def _parse_journeys(text: str, name: str) -> list[PathCount]:
    columns, reader = _rows(text, name)
    if "path" not in columns or "converted" not in columns:
        raise _layout_error(name)
    comma = reader.dialect.delimiter != ","  # then 3,5 is a decimal comma
    ip, iconv = columns["path"], columns["converted"]
    ihours = columns.get("hours_to_conversion")
    ivalue = columns.get("conversion_value")
    width = len(columns)
    # Count identical raw rows first: parsing then costs one pass per distinct row.
    seen: dict[tuple[str, str, str, str], list[int]] = {}
    try:
        for row in reader:
            if len(row) != width:
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                raise AttributionError(f"expected {width} fields, found {len(row)}",
                                       "field_count", expected=width, found=len(row),
                                       ).at(name, reader.line_num)
            key = (row[ip], row[ihours] if ihours is not None else "", row[iconv],
                   row[ivalue] if ivalue is not None else "")
            found = seen.get(key)
            if found is None:
                seen[key] = [1, reader.line_num]
            else:
                found[0] += 1
    except csv.Error as error:
        raise AttributionError(str(error)).at(name, reader.line_num) from None
    if not seen:
        raise AttributionError("no journeys below the header", "no_rows").at(name)
    has_value = ivalue is not None
    records = []
    for (path_text, hours_text, converted_text, value_text), (count, line) in seen.items():
        try:
            channels = parse_path(path_text)
            converted = _flag(converted_text)
            hours = None
            if hours_text.strip():
                hours = tuple([_number(h, "hours_to_conversion", comma)
                               for h in hours_text.split(">")])
                if len(hours) != len(channels):
                    raise AttributionError(
                        f"hours_to_conversion has {len(hours)} "
                        f"{'value' if len(hours) == 1 else 'values'} for {len(channels)} "
                        f"{'touch' if len(channels) == 1 else 'touches'}", "hours_count",
                        hours=len(hours), touches=len(channels))
            elif converted and ihours is not None:
                raise AttributionError("hours_to_conversion is empty on a converted journey",
                                       "hours_empty")
            value = (_number(value_text, "conversion_value", comma) if value_text.strip()
                     else 0.0)
        except AttributionError as error:
            raise error.at(name, line) from None
        if converted:
            records.append(PathCount(channels, count, 0.0,
                                     value * count if has_value else None, hours))
        else:
            records.append(PathCount(channels, 0.0, count, 0.0 if has_value else None))
    return records


# ---------------------------------------------------------------------- the map
def _conversion_stage(ws: Workspace, stage_id: str | None) -> int:
    """Index of the first stage whose touchpoints count as a conversion."""
    stages = ws.stages
    if stage_id is not None:
        for i, stage in enumerate(stages):
            if stage.id == stage_id:
                return i
        raise AttributionError(f"no stage {stage_id!r} in the map")
    for i, stage in enumerate(stages):
        if stage.id == "decision":
            return i
    for i, stage in enumerate(stages):
        names = {stage.name, *stage.translations.values()}
        if {n.strip().lower() for n in names} & {"decision", "decyzja"}:
            return i
    return len(stages) - 1


def _channel_names(ws: Workspace) -> dict[str, str]:
    names = {c.id: c.name for c in ws.channels}
    taken: dict[str, int] = {}
    for name in names.values():
        taken[name] = taken.get(name, 0) + 1
    # Two channels sharing a name would merge in the results: tell them apart.
    return {cid: name if taken[name] == 1 else f"{name} ({cid})" for cid, name in names.items()}


def _clock(tp: Touchpoint) -> float | None:
    """Hours since the start of day 1; a missing time counts as noon."""
    if tp.day is None:
        return None
    hours, minutes = (12, 0) if tp.time is None else map(int, tp.time.split(":"))
    return (tp.day - 1) * 24 + hours + minutes / 60


def _shares(volumes: Iterable[int | None]) -> list[float]:
    """Arrow weights: their volumes, unknown ones the mean of the known (1 if none)."""
    volumes = list(volumes)
    known = [v for v in volumes if v is not None]
    fill = sum(known) / len(known) if known else 1.0
    return [float(fill if v is None else v) for v in volumes]


def paths_from_workspace(
    ws: Workspace,
    journeys: Sequence[str] | None = None,
    conversion_stage: str | None = None,
) -> list[PathCount]:
    """The paths a map implies, weighted by the volumes on its arrows.

    The rule, per journey:

    * Customers enter at touchpoints that have outgoing arrows but no incoming
      one; a group of connected touchpoints with no such entry (a loop back to
      the start) enters at its earliest touchpoint (stage, then day and time).
      Touchpoints without any arrow imply no path and are left out.
    * An entry's weight is the sum of its outgoing volumes (1 when none is set).
    * At each touchpoint the weight splits over the outgoing arrows in
      proportion to their volumes; an arrow without a volume counts as the mean
      of its siblings' (all equal when none is set). Where every arrow in and
      out of a touchpoint has a volume and less leaves than arrives, the
      difference drops out there. An arrow back to a touchpoint already on the
      path is ignored, so loops are walked once.
    * A path converts when it reaches a touchpoint in the conversion stage or
      a later one (by default the stage with id ``decision``, else one named
      Decision/Decyzja, else the last stage); it stops there, that touchpoint
      included. A path that ends, or drops out, before converting is a null.
    * Channels are named by their channel name. When every touchpoint of a
      converting path has a day, the hours from each touch to the conversion
      come from the days and times (a missing time counts as noon), which the
      time-decay model uses.

    Parameters
    ----------
    ws : Workspace
    journeys : sequence of str, optional
        Ids of the journeys to use; all by default.
    conversion_stage : str, optional
        Id of the first stage that counts as a conversion.

    Returns
    -------
    list of PathCount

    Raises
    ------
    AttributionError
        Unknown journey or stage, or more than :data:`MAX_MAP_PATHS` paths or
        :data:`MAX_MAP_TOUCHES` touches in all.

    Examples
    --------
    >>> from omnimap.model.sample import sample_workspace
    >>> for p in paths_from_workspace(sample_workspace()):
    ...     print(" > ".join(p.path), p.conversions, p.nulls)
    TikTok > Website > Push notifications > Email > Chatbot > Instagram > Website 0.5 0.0
    TikTok > Website > Push notifications > Email > Website 0.5 0.0
    """
    conv_index = _conversion_stage(ws, conversion_stage)
    stage_index = {s.id: i for i, s in enumerate(ws.stages)}
    names = _channel_names(ws)
    if journeys is None:
        chosen = ws.journeys
    else:
        try:
            chosen = [ws.journey(j) for j in journeys]
        except ValueError as error:
            raise AttributionError(str(error)) from None
    out: list[PathCount] = []
    for journey in chosen:
        out.extend(_journey_paths(journey.graph, stage_index, conv_index, names, len(out)))
    return out


def _journey_paths(graph: nx.DiGraph, stage_index: dict[str, int], conv_index: int,
                   names: dict[str, str], emitted: int) -> list[PathCount]:
    import networkx as nx

    tp: dict[str, Touchpoint] = {n: d["tp"] for n, d in graph.nodes(data=True)}

    def volume(u: str, v: str) -> int | None:
        return graph.edges[u, v]["tr"].volume

    def earliest(nodes: Iterable[str]) -> str:
        return min(nodes, key=lambda n: (stage_index.get(tp[n].stage, 0), tp[n].sort_key(),
                                         tp[n].order, n))

    entries: list[str] = []
    for component in nx.weakly_connected_components(graph):
        if len(component) < 2:
            continue
        roots = [n for n in graph if n in component and graph.in_degree(n) == 0]
        entries.extend(roots or [earliest(component)])

    def converts(node: str) -> bool:
        return stage_index.get(tp[node].stage, -1) >= conv_index

    def keep_ratio(node: str) -> float:
        """The share of arrivals that go on, from the volumes when all are known."""
        ins = [volume(u, node) for u in graph.predecessors(node)]
        outs = [volume(node, v) for v in graph.successors(node)]
        if not ins or any(v is None for v in ins) or any(v is None for v in outs):
            return 1.0
        arriving, leaving = sum(ins), sum(outs)  # type: ignore[arg-type]
        return 1.0 if arriving <= leaving else leaving / arriving

    found: list[PathCount] = []
    budget = MAX_MAP_TOUCHES
    # The path being walked, with its channels and clocks alongside: emitting a
    # path copies lists, and a step never scans the path (on_path is a set).
    path: list[str] = []
    channels: list[str] = []
    clocks: list[float | None] = []
    on_path: set[str] = set()

    def too_many() -> AttributionError:
        return AttributionError(
            f"the map implies more than {MAX_MAP_PATHS:,} paths (or {MAX_MAP_TOUCHES:,} "
            "touches in all); remove some arrows", "too_many_paths",
            paths=MAX_MAP_PATHS, touches=MAX_MAP_TOUCHES)

    def emit(weight: float, converted: bool) -> None:
        if weight <= 0:
            return
        nonlocal budget
        budget -= len(path)
        if emitted + len(found) >= MAX_MAP_PATHS or budget < 0:
            raise too_many()
        if converted:
            hours = None
            if None not in clocks:
                end = clocks[-1]
                hours = tuple([max(0.0, end - c) for c in clocks])  # type: ignore[operator]
            found.append(PathCount(tuple(channels), weight, 0.0, None, hours))
        else:
            found.append(PathCount(tuple(channels), 0.0, weight))

    def enter(node: str, weight: float) -> list[tuple[str, float]] | None:
        """Step onto ``node``: the weighted arrows onward, or None where the path ends."""
        # Every step counts, not only the paths' ends: in a long map the weights
        # of the deep branches can round to zero, and those emit nothing.
        nonlocal budget
        budget -= 1
        if budget < 0:
            raise too_many()
        card = tp[node]
        path.append(node)
        channels.append(names.get(card.channel, card.channel))
        clocks.append(_clock(card))
        on_path.add(node)
        if converts(node):
            emit(weight, True)
            return None
        onward = [v for v in graph.successors(node) if v not in on_path]
        shares = _shares(volume(node, v) for v in onward)
        total = sum(shares)
        if not onward or total <= 0:
            emit(weight, False)
            return None
        keep = 1.0 if len(path) == 1 else keep_ratio(node)
        emit(weight * (1.0 - keep), False)
        # A branch that carries no customers adds no path: not walked.
        return [(v, weight * keep * share / total) for v, share in zip(onward, shares, strict=True)
                if weight * keep * share > 0]

    def leave() -> None:
        on_path.discard(path.pop())
        channels.pop()
        clocks.pop()

    for entry in entries:
        start = sum(_shares(volume(entry, v) for v in graph.successors(entry)))
        # Depth first, the first arrow first: a stable output order.
        first = enter(entry, start)
        if first is None:
            leave()
            continue
        stack: list[tuple[list[tuple[str, float]], int]] = [(first, 0)]
        while stack:
            arrows, index = stack[-1]
            if index == len(arrows):
                stack.pop()
                leave()
                continue
            stack[-1] = (arrows, index + 1)
            node, weight = arrows[index]
            onward = enter(node, weight)
            if onward is None:
                leave()
            else:
                stack.append((onward, 0))
    return found
