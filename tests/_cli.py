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
