"""``omnimap check``: list the problems of a map; exit 1 when any is an error.

Text output: one line per finding, ``severity  code  message``, errors first,
then a summary line. The messages, the severity words and the summary line are
in the map's language (``workspace.language``; English for a language without
a message table); the codes are never translated. JSON output
(``--format json``) is one object::

    {
      "file": "shop.omnimap",
      "summary": {"error": 2, "warning": 1, "info": 0},
      "findings": [
        {"severity": "error", "code": "crm-gap", "message": "...",
         "journey_id": "anna", "channel_ids": ["chatbot"], "stage_ids": [],
         "touchpoint_ids": ["t5"], "transitions": []},
        ...
      ]
    }

JSON keeps its keys, severities and codes in English whatever the map's
language; only ``message`` follows it. Every key is always present;
``journey_id`` is null for workspace-wide findings, ``transitions`` holds
``[source, target]`` touchpoint id pairs. The codes are listed in
:mod:`omnimap.analysis.checks`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from omnimap.cli.main import CliError, printable

if TYPE_CHECKING:
    from omnimap.analysis import Finding

__all__ = ["format_json", "format_text", "register", "run"]

EXIT_CLEAN = 0
EXIT_ERRORS = 1


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="list the problems of a map (CRM gaps, silos, dead ends...)",
        description="List the problems of a map: channels without CRM integration and the "
        "touchpoints they affect, silo hand-offs, empty stages, unreachable touchpoints, "
        "journeys with no path to a purchase, dead ends. Exit 0 when there is no error, "
        "1 when there are errors, 2 when FILE cannot be read.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="output format (default: text)")
    parser.add_argument("--select", metavar="CODES",
                        help="only these comma-separated codes, e.g. crm-gap,silo-handoff")
    parser.add_argument("--ignore", metavar="CODES", help="skip these comma-separated codes")
    parser.set_defaults(func=run)


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip() for c in text.split(",") if c.strip()]


def _summary(findings: Sequence[Finding]) -> dict[str, int]:
    from omnimap.analysis import SEVERITIES

    counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def format_text(path: str, findings: Sequence[Finding], language: str = "en") -> str:
    """One line per finding, then the summary line, in ``language`` (the map's).

    >>> from omnimap.analysis import Finding
    >>> print(format_text("x.omnimap", [Finding("error", "crm-gap", "Anna: a gap")]))
    error    crm-gap  Anna: a gap
    x.omnimap: 1 error, 0 warnings, 0 info
    >>> print(format_text("x.omnimap", []))
    x.omnimap: no problems found
    >>> print(format_text("x.omnimap", [Finding("error", "crm-gap", "Anna: luka"),
    ...                                 Finding("warning", "empty-stage", "Anna: pusto")], "pl"))
    błąd         crm-gap      Anna: luka
    ostrzeżenie  empty-stage  Anna: pusto
    x.omnimap: 1 błąd, 1 ostrzeżenie, 0 uwag
    >>> print(format_text("x.omnimap", [], "pl"))
    x.omnimap: nie znaleziono problemów
    """
    from omnimap.analysis import SEVERITIES
    from omnimap.analysis.messages import message, severity_name, summary

    if not findings:
        return message(language, "report.clean", path=path)
    names = {sev: severity_name(sev, language) for sev in SEVERITIES}
    column = max(len(name) for name in names.values()) + 1  # 8 in English, as always
    width = max(len(f.code) for f in findings)
    lines = [f"{names[f.severity]:<{column}} {f.code:<{width}}  {f.message}" for f in findings]
    lines.append(message(language, "report.summary", path=path,
                         counts=summary(_summary(findings), language)))
    return "\n".join(lines)


def format_json(path: str, findings: Sequence[Finding]) -> str:
    """The documented JSON object, indented, keys in a fixed order."""
    data = {
        "file": path,
        "summary": _summary(findings),
        "findings": [f.to_dict() for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    from omnimap.analysis import check
    from omnimap.cli.cmd_validate import load, safe_stdout

    workspace = load(args.file)
    safe_stdout()
    try:
        findings = check(workspace, select=_codes(args.select), ignore=_codes(args.ignore) or ())
    except ValueError as error:  # an unknown code in --select / --ignore
        raise CliError(str(error)) from None
    if args.format == "json":
        print(format_json(args.file, findings))
    else:
        # Labels come from the file: never let one drive the terminal.
        print(printable(format_text(args.file, findings, workspace.language)))
    return EXIT_ERRORS if any(f.is_error for f in findings) else EXIT_CLEAN
