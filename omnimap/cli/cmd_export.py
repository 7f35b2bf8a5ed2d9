"""``omnimap export``: a journey map to SVG, PNG, PDF (through Graphviz) or PPTX.

The format comes from the extension of ``-o``. Qt is loaded only for PNG and
PDF. ``--all`` writes one file per journey, each named with the journey's
slug (``map.svg`` -> ``map-anna.svg``), except PPTX, which writes one deck
with a slide per journey. Without ``--journey`` or ``--all`` a map with one
journey exports it; a map with several asks which.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from omnimap.cli.main import CliError

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a journey to SVG, PNG, PDF or PPTX",
        description="Draw a journey map and write it as SVG, PNG or PDF (with Graphviz) or "
        "as an editable PowerPoint slide (PPTX, native shapes), chosen by the extension of "
        "OUT. Channels without CRM integration are marked with a red dashed border and ⚠. "
        "Exit 2 on bad input.",
    )
    parser.add_argument("file", metavar="FILE", help="the .omnimap file")
    parser.add_argument("-o", "--output", metavar="OUT", required=True,
                        help="output file: .svg, .png, .pdf or .pptx")
    parser.add_argument("--layout", choices=("arranged", "flow"), default="arranged",
                        help="arranged: the canvas grid (default); flow: Graphviz dot, "
                        "left to right")
    parser.add_argument("--scale", type=int, choices=(1, 2, 4), default=1,
                        help="PNG resolution: 96 dpi times SCALE (default 1)")
    parser.add_argument("--background", choices=("white", "transparent"), default="white")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--journey", metavar="NAME", help="the journey to export (name or id)")
    which.add_argument("--all", action="store_true",
                       help="every journey: one file each (PPTX: one slide each)")
    parser.add_argument("--no-emotion", dest="emotion", action="store_false",
                        help="leave out the emotion curve under the grid (arranged layout)")
    parser.add_argument("--details", action="store_true",
                        help="add a band listing each stage's pain points and opportunities "
                        "(arranged layout)")
    parser.add_argument("--engine", choices=("auto", "dot", "graphviz-pure"), default="auto",
                        help="auto: Graphviz dot if installed, else graphviz-pure")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="say which engine was used and what was written")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from omnimap.export import EngineError, find_engine, find_journey
    from omnimap.io import FileError, load_workspace
    from omnimap.io.errors import os_problem
    from omnimap.model import ModelError
    from omnimap.raster import export_to_file
    from omnimap.raster.export import ExportError, format_of

    started = time.perf_counter()
    out = Path(args.output)
    fmt = out.suffix.lower().lstrip(".")
    try:
        if args.output.endswith(("/", os.sep)):
            # Path("x.svg/") drops the slash, and x.svg would be written: a folder was meant.
            raise CliError(f"{args.output}: names a folder (it ends in a slash); "
                           "give the name of the file to write")
        fmt = format_of(out)
        if not out.parent.is_dir():
            raise CliError(f"{out.parent}: no such folder")
        engine = find_engine(args.engine) if fmt != "pptx" else None
        workspace = load_workspace(args.file)
        if args.all:
            journey_id = None
        elif args.journey is not None:
            journey_id = find_journey(workspace, args.journey).id
        elif len(workspace.journeys) == 1:
            journey_id = workspace.journeys[0].id
        elif not workspace.journeys:
            raise CliError(f"{args.file}: the map has no journey to export")
        else:
            names = ", ".join(repr(j.name or j.id) for j in workspace.journeys)
            raise CliError(f"{args.file} has several journeys ({names}): "
                           "pick one with --journey NAME, or use --all")
        report: list[str] = []
        paths = export_to_file(workspace, journey_id, out, fmt=fmt, layout=args.layout,
                               scale=args.scale, background=args.background,
                               engine=engine or "auto",
                               report=report, emotion=args.emotion, details=args.details)
    except ImportError as error:
        if (error.name or "").startswith("pptx"):
            raise CliError("PPTX export needs python-pptx (pip install python-pptx)") from None
        raise CliError(f"{fmt.upper()} export needs PySide6 ({error.name} is missing); "
                       "SVG export does not") from None
    except OSError as error:
        # Writing the output failed (the engine and the input report their own
        # errors): name the file asked for, not the hidden ".name.part" beside it.
        raise CliError(f"{out}: cannot write: {os_problem(error, saving=True)}") from None
    except (ExportError, EngineError, FileError, ModelError) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise CliError(message) from None
    if args.verbose:
        if engine is not None:
            print(f"engine: {engine.name} ({engine.path}; {engine.version()})", file=sys.stderr)
        for line in report:
            print(line, file=sys.stderr)
        files = "1 file" if len(paths) == 1 else f"{len(paths)} files"
        print(f"{files} in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0
