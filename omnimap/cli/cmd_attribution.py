"""``omnimap attribution``: credit conversions to channels under six models.

INPUT is a CSV file, a paths file (``path,total_conversions,total_null``, the
layout of the R package ChannelAttribution) or a journeys file
(``journey_id,path,hours_to_conversion,converted``), told apart by the header;
or a ``.omnimap`` map, whose arrows imply the paths (the rule is in
:func:`omnimap.analysis.paths.paths_from_workspace`).

Text output is a table, one row per channel and one column per model, plus a
second table for the conversion value when the input has values. CSV output
has one row per channel: ``channel`` then one column per model, then
``<model>_value`` columns when there are values. JSON output is
:meth:`~omnimap.analysis.attribution.AttributionResult.to_dict`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from omnimap.cli.main import CliError, printable

__all__ = ["format_csv", "format_json", "format_text", "register", "run"]

_FORMATS = ("text", "csv", "json")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "attribution",
        help="credit conversions to channels (six models)",
        description="Credit conversions to channels: last-click, first-click, linear, "
        "time-decay, position-based (40/20/40) and the Markov-chain removal effect. INPUT is "
        "a CSV file of paths (path,total_conversions,total_null[,total_conversion_value]) or "
        "of journeys (journey_id,path,hours_to_conversion,converted[,conversion_value]), "
        "or a .omnimap map. Exit 2 with one line on standard error when INPUT is bad.",
    )
    parser.add_argument("input", metavar="INPUT", help=".csv or .omnimap file")
    parser.add_argument(
        "--model", default="all", metavar="MODEL",
        help="all (default), or one or more of last, first, linear, time-decay, position, "
        "markov, comma-separated")
    parser.add_argument("--half-life", type=float, default=None, metavar="HOURS",
                        help="time-decay half-life in hours (default 168, one week)")
    parser.add_argument("--conversion-stage", metavar="STAGE_ID",
                        help="for a map: the first stage that counts as a conversion "
                        "(default: decision)")
    parser.add_argument("--format", choices=_FORMATS, default=None,
                        help="output format (default: from OUT's extension, else text)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parser.set_defaults(func=run)


def _number(x: float) -> str:
    return f"{x:,.2f}"


def _table(result: Any, key: int, title: str) -> list[str]:
    from omnimap.analysis.attribution import MODEL_TITLES

    header = [title, *(MODEL_TITLES[m] for m in result.models)]
    rows = [[ch, *(_number(result.table[m][ch][key]) for m in result.models)]
            for ch in result.channels]
    totals = [sum(result.table[m][ch][key] for ch in result.channels) for m in result.models]
    rows.append(["Total", *(_number(t) for t in totals)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [line(header), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1])]


def format_text(result: Any) -> str:
    """The channel × model table(s) and notes, aligned for a terminal.

    >>> from omnimap.analysis.attribution import PathCount, attribute
    >>> print(format_text(attribute([PathCount(("A", "B"), 2)], models="first,last")))
    2.00 conversions from 1 distinct path
    <BLANKLINE>
    Conversions  Last-click  First-click
    -----------  ----------  -----------
    A                  0.00         2.00
    B                  2.00         0.00
    -----------  ----------  -----------
    Total              2.00         2.00
    """
    summary = f"{_number(result.total_conversions)} conversions"
    if result.total_value is not None:
        summary += f" worth {_number(result.total_value)}"
    n = result.distinct_paths
    summary += f" from {n:,} distinct path{'' if n == 1 else 's'}"
    if "time-decay" in result.models:
        summary += f"; time-decay half-life {result.half_life:g} h"
    lines = [summary, ""]
    if result.models and n:
        lines += _table(result, 0, "Conversions")
        if result.total_value is not None:
            lines += ["", *_table(result, 1, "Value")]
    if "markov" in result.models and result.removal_effects:
        effects = ", ".join(f"{ch} {e:.3f}" for ch, e in result.removal_effects.items())
        lines += ["", f"Markov removal effects: {effects}"]
    for model, reason in result.unavailable.items():
        lines += ["", f"{model}: not computed: {reason}"]
    if result.total_conversions == 0:
        lines += ["", "No conversions: nothing to credit."]
    return "\n".join(lines)


def format_csv(result: Any) -> str:
    """One row per channel; value columns follow when the input had values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    has_value = result.total_value is not None
    header = ["channel", *result.models]
    if has_value:
        header += [f"{m}_value" for m in result.models]
    writer.writerow(header)
    for ch in result.channels:
        row = [ch, *(repr(round(result.table[m][ch].conversions, 6)) for m in result.models)]
        if has_value:
            row += [repr(round(result.table[m][ch].value, 6)) for m in result.models]
        writer.writerow(row)
    return buffer.getvalue().rstrip("\n")


def format_json(result: Any) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)


def _read(args: argparse.Namespace) -> list[Any]:
    from omnimap.analysis.paths import AttributionError, paths_from_workspace, read_any_csv

    suffix = Path(args.input).suffix.lower()
    try:
        if suffix == ".omnimap":
            from omnimap.cli.cmd_validate import load

            return paths_from_workspace(load(args.input),
                                        conversion_stage=args.conversion_stage)
        if suffix in (".csv", ".txt"):
            return read_any_csv(args.input)
    except AttributionError as error:
        raise CliError(str(error)) from None
    raise CliError(f"{args.input}: expected a .csv or .omnimap file")


def run(args: argparse.Namespace) -> int:
    from omnimap.analysis.attribution import DEFAULT_HALF_LIFE, AttributionError, attribute

    fmt = args.format
    if fmt is None:
        ext = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = ext if ext in _FORMATS else "text"
    half_life = DEFAULT_HALF_LIFE if args.half_life is None else args.half_life
    paths = _read(args)
    try:
        result = attribute(paths, models=args.model, half_life=half_life)
    except AttributionError as error:
        raise CliError(f"{args.input}: {error}") from None
    text = {"text": format_text, "csv": format_csv, "json": format_json}[fmt](result)
    if args.output:
        try:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise CliError(f"{args.output}: cannot write: {error.strerror or error}") from None
    else:
        from omnimap.cli.cmd_validate import safe_stdout

        safe_stdout()
        # Channel names come from the spreadsheet: never let one drive the terminal.
        sys.stdout.write((printable(text) if fmt == "text" else text) + "\n")
    return 0
