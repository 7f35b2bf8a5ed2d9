"""``omnimap new``: create a ``.omnimap`` file, blank or with the built-in sample."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from omnimap.cli.main import CliError

__all__ = ["register", "run"]

#: The name of the one journey of a blank file, per language.
FIRST_JOURNEY = {"en": "Journey 1", "pl": "Ścieżka 1"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "new",
        help="create a new .omnimap file (blank or the sample)",
        description="Create a new .omnimap file: blank (the default stages and channels and "
        "one empty journey) or the built-in sample (Anna buys a blouse).",
    )
    parser.add_argument("--template", choices=("blank", "sample"), default="blank",
                        help="what the file starts with (default: blank)")
    parser.add_argument("--lang", choices=("en", "pl"), default="en",
                        help="language of the built-in names (default: en)")
    parser.add_argument("--title", help="the workspace title")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the file to write; - writes to standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(func=run)


def build(template: str, lang: str, title: str | None = None) -> Any:
    """The new workspace, before it is written.

    >>> ws = build("blank", "pl")
    >>> [j.name for j in ws.journeys], len(ws.journeys[0])
    (['Ścieżka 1'], 0)
    >>> len(build("sample", "en", title="Workshop").journeys[0])
    12
    """
    from omnimap.model import Workspace
    from omnimap.model.sample import sample_workspace

    if template == "sample":
        workspace = sample_workspace(lang)  # type: ignore[arg-type]
    else:
        workspace = Workspace.new(lang, title="")  # type: ignore[arg-type]
        workspace.add_journey(FIRST_JOURNEY[lang])
    if title is not None:
        from omnimap.model import ModelError

        try:
            workspace.set_title(title)
        except ModelError as error:
            raise CliError(str(error)) from None
    return workspace


def run(args: argparse.Namespace) -> int:
    from omnimap.io import FileError, dumps_workspace, save_workspace

    path: str = args.output
    workspace = build(args.template, args.lang, args.title)
    if path == "-":
        data = dumps_workspace(workspace)
        sys.stdout.flush()
        sys.stdout.buffer.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    if os.path.isdir(path):
        raise CliError(f"{path}: is a directory")
    if os.path.lexists(path) and not args.force:
        raise CliError(f"{path}: already exists; use --force to overwrite it")
    try:
        save_workspace(workspace, path)
    except FileError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"{path}: cannot write: {error.strerror or error}") from None
    print(f"{path}: created ({args.template}, {args.lang})")
    return 0
