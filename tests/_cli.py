"""Running the ``omnimap`` command line in a child process, for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def omnimap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m omnimap ARGS`` in ``cwd``; a traceback anywhere fails the test."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("DISPLAY", None)  # a mistaken GUI start must fail, not hang
    result = subprocess.run(
        [sys.executable, "-m", "omnimap", *args],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def assert_bad_input(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, nothing on stdout, exactly one line on stderr; returns that line.

    Every command reports bad input this way, so scripts can tell it from a
    failed check (exit 1) and show the one line as it is.
    """
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("omnimap: ")
    return lines[0]
