"""The ``omnimap`` program: the command line when a command is named, else the app.

This is the one module allowed to reach both ``omnimap.cli`` and ``omnimap.gui``;
the CLI itself never imports the GUI (an import-linter contract).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    from omnimap.cli.main import COMMANDS, EXIT_BAD_INPUT
    from omnimap.cli.main import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in (*COMMANDS, "-h", "--help", "--version"):
        return cli_main(args)
    try:
        from omnimap.gui.app import run  # Qt only when the app is wanted
    except ModuleNotFoundError as error:
        print(f"omnimap: cannot start the app: {error.name} is missing", file=sys.stderr)
        return EXIT_BAD_INPUT
    return run(args)
