"""``omnimap import``: touchpoints from a CSV spreadsheet into a map file.

The CSV format is described in :mod:`omnimap.io.csv_import`. Nothing is
written when a row is bad: the one-line message names the line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from omnimap.cli.main import CliError

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import touchpoints from a CSV spreadsheet",
        description="Import touchpoints from a CSV file (columns stage, channel, label; "
        "optionally day, time, emotion, notes, pain_points, opportunities).",
    )
    parser.add_argument("csv", metavar="FILE.csv", help="the spreadsheet, saved as CSV")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.omnimap",
                        help="the map file to write")
    parser.add_argument("--into", metavar="EXISTING.omnimap",
                        help="add to this map instead of a new one")
    parser.add_argument("--journey", metavar="NAME",
                        help="journey to add to, by name or id (created when missing; "
                        "default: the first journey)")
    parser.add_argument("--lang", choices=("en", "pl"),
                        help="language of the stage and channel names of a new map "
                             "(default: Polish for a CSV with Polish column or stage names, "
                             "else English)")
    parser.set_defaults(func=run)


def _journey_id(workspace, name: str | None, lang: str) -> str:  # type: ignore[no-untyped-def]
    if name is None:
        if workspace.journeys:
            return workspace.journeys[0].id
        name = "Ścieżka" if lang == "pl" else "Journey"
    wanted = name.strip().casefold()
    for journey in workspace.journeys:
        if wanted in (journey.id.casefold(), journey.name.strip().casefold()):
            return journey.id
    return workspace.add_journey(name.strip()).id


def run(args: argparse.Namespace) -> int:
    from omnimap.io import FileError, load_workspace, save_workspace
    from omnimap.io.csv_import import CsvImportError, apply_plan, parse_touchpoints_csv
    from omnimap.model import ModelError, Workspace

    source = Path(args.csv)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {source}: {error.strerror or error}") from None
    if args.lang is None:
        from omnimap.io.csv_import import guess_language

        args.lang = guess_language(data)
    try:
        workspace = load_workspace(Path(args.into)) if args.into else Workspace.new(args.lang)
    except FileError as error:
        raise CliError(str(error)) from None
    try:
        journey_id = _journey_id(workspace, args.journey, args.lang)
        plan = parse_touchpoints_csv(data, workspace)
        added = apply_plan(workspace, journey_id, plan)
    except CsvImportError as error:
        raise CliError(f"{source}: {error}") from None
    except ModelError as error:
        raise CliError(str(error)) from None
    try:
        save_workspace(workspace, Path(args.output))
    except FileError as error:
        raise CliError(str(error)) from None
    journey = workspace.journey(journey_id)
    new_channels = ""
    if plan.channels:
        new_channels = ", 1 new channel" if len(plan.channels) == 1 else (
            f", {len(plan.channels)} new channels")
    touchpoints = "1 touchpoint" if len(added) == 1 else f"{len(added)} touchpoints"
    print(f"imported {touchpoints}{new_channels} into journey "
          f"{journey.name or journey.id!r}: {args.output}")
    return 0
