"""Entry point of the ``omnimap`` command.

Each sub-command lives in its own module ``omnimap.cli.cmd_<name>`` exposing
``register(subparsers)``; the module is only imported when the command line
names it, so ``omnimap --help`` and the GUI start stay fast.

Exit codes: 0 success, 1 the checks found errors, 2 bad input (one line on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["EXIT_BAD_INPUT", "CliError", "main", "printable"]

EXIT_BAD_INPUT = 2

#: sub-command name -> one-line help; the module is omnimap.cli.cmd_<name>.
COMMANDS: dict[str, str] = {
    "new": "create a new .omnimap file (blank or the sample)",
    "check": "list the problems of a map (CRM gaps, silos, dead ends...)",
    "validate": "check that a file is a valid .omnimap file",
    "export": "export a journey to SVG, PNG, PDF or PPTX",
    "import": "import touchpoints from a CSV spreadsheet",
    "attribution": "credit conversions to channels (six models)",
}


# C0 controls but the line feed, DEL and the C1 controls: a terminal obeys them
# (ESC starts colour, cursor and title sequences), so text from a file or a
# spreadsheet shows them as escapes instead.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))
             if c != 0x0A}
# The bidirectional embeddings, overrides and isolates reorder what follows them
# on screen, so a line could read differently from what it says.
_CONTROLS.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def printable(text: str) -> str:
    r"""``text`` safe to show on a terminal: control characters as ``\xNN`` escapes.

    >>> print(printable("Anna\x1b[2J\tłódź\n\x85ok"))
    Anna\x1b[2J\x09łódź
    \x85ok
    >>> print(printable("invoice\u202egpj.exe"))
    invoice\u202egpj.exe
    """
    return text.translate(_CONTROLS)


class CliError(Exception):
    """Bad input: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage plus the message; keep it to one line.
        raise CliError(message)


def _build_parser(selected: str | None) -> argparse.ArgumentParser:
    from omnimap import __version__

    parser = _Parser(
        prog="omnimap",
        description="Omnichannel customer-journey maps. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"omnimap {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        if selected is None or name == selected:
            try:
                module = importlib.import_module(f"omnimap.cli.cmd_{name}")
            except ModuleNotFoundError as error:
                if error.name != f"omnimap.cli.cmd_{name}":
                    raise
                continue
            module.register(subparsers)
        else:
            subparsers.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print("omnimap: name a command (omnimap --help), or run `omnimap` to open the app",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        parser = _build_parser(argv[0] if argv[0] in COMMANDS else None)
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    except CliError as error:
        print(f"omnimap: {printable(' '.join(str(error).splitlines()))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
