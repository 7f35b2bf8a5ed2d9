"""``omnimap validate``: say whether a file is a valid ``.omnimap`` file."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from omnimap.cli.main import CliError

if TYPE_CHECKING:
    from omnimap.model import Workspace

__all__ = ["load", "register", "run", "safe_stdout"]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check that a file is a valid .omnimap file",
        description="Read FILE and report whether it is a valid .omnimap file. "
        "Exit 0 when it is, 2 when it is not (one line on standard error).",
    )
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(func=run)


def load(path: str) -> Workspace:
    """Load a workspace, turning every kind of bad file into a one-line CliError."""
    from omnimap.io import FileError, load_workspace
    from omnimap.model import ModelError

    try:
        return load_workspace(path)
    except FileError as error:
        raise CliError(_one_line(str(error))) from None
    except OSError as error:
        raise CliError(f"{path}: cannot read: {error.strerror or error}") from None
    except (ModelError, UnicodeError) as error:
        # The loader is meant to wrap these in FileError; never show a traceback anyway.
        raise CliError(f"{path}: {_one_line(str(error))}") from None


def safe_stdout() -> None:
    """Never die on a terminal that cannot show "ł" or "→": replace what it cannot encode."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def run(args: argparse.Namespace) -> int:
    workspace = load(args.file)
    safe_stdout()
    journeys = workspace.journeys
    touchpoints = sum(len(j) for j in journeys)
    print(f"{args.file}: valid ({_plural(len(journeys), 'journey')}, "
          f"{_plural(touchpoints, 'touchpoint')})")
    return 0
