"""Which Graphviz program draws the graph, and running it.

``auto`` prefers a system Graphviz ``dot`` (found with ``shutil.which``) and
otherwise uses ``graphviz-pure``, the pure-Rust port of Graphviz that is a
dependency of omnimap (installed next to the Python interpreter). Both accept
the same command line (``-K<layout> -T<format> [-n2]``, DOT on stdin).
graphviz-pure writes svg, png, json and the text formats, but no pdf: PDF
and PNG exports therefore go through SVG (see :mod:`omnimap.raster`).

The command line comes from ``graphviz.backend.dot_command.command``; only
the program path is swapped in. We do not set the package's global
``DOT_BINARY`` instead, because that would change every other user of the
package in the process, and race with an export running in a GUI thread.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from graphviz.backend import dot_command  # type: ignore[import-untyped]

__all__ = [
    "ENGINE_CHOICES",
    "Engine",
    "EngineError",
    "EngineNotFound",
    "EngineResult",
    "ExportCancelled",
    "find_engine",
]

EngineChoice = Literal["auto", "dot", "graphviz-pure"]
ENGINE_CHOICES: tuple[EngineChoice, ...] = ("auto", "dot", "graphviz-pure")


class EngineError(RuntimeError):
    """The engine is missing or failed; ``str(error)`` is one line."""


class EngineNotFound(EngineError):
    """No usable Graphviz program for the requested choice."""


class ExportCancelled(EngineError):
    """The user cancelled; the engine process was killed."""

    def __init__(self, message: str = "export cancelled") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class EngineResult:
    output: bytes
    #: Warnings the engine printed (it also prints harmless ones), one per line.
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Engine:
    """A Graphviz program: ``name`` is "dot" or "graphviz-pure"."""

    name: str
    path: str

    def version(self) -> str:
        """The program's own version line, e.g. for ``--verbose``."""
        proc = subprocess.run([self.path, "-V"], capture_output=True, timeout=30, check=False)
        text = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
        return text.splitlines()[0] if text else self.name

    def label(self) -> str:
        """Short name and version for the UI: "graphviz-pure 0.2.2", "Graphviz dot 2.43.0".

        >>> find_engine("graphviz-pure").label().startswith("graphviz-pure ")
        True
        """
        found = re.search(r"version\s+([0-9][\w.\-]*)", self.version())
        number = f" {found.group(1)}" if found else ""
        return (f"Graphviz dot{number}" if self.name == "dot" else f"{self.name}{number}")

    def run(
        self,
        source: str,
        program: str,
        fmt: str = "svg",
        *,
        neato_no_op: int | None = None,
        timeout: float | None = None,
        cancel: threading.Event | None = None,
    ) -> EngineResult:
        """Lay out and render DOT ``source`` with layout ``program``.

        ``cancel``, when given, is polled while the engine runs: once it is set
        the engine process is killed and :class:`ExportCancelled` raised.
        """
        cmd = dot_command.command(program, fmt, neato_no_op=neato_no_op)
        cmd[0] = self.path
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        # The DOT source goes in through a temporary file rather than a pipe:
        # communicate() cannot resume feeding a pipe after the short waits below.
        with tempfile.TemporaryFile() as dot_source:
            dot_source.write(source.encode("utf-8"))
            dot_source.seek(0)
            try:
                proc = subprocess.Popen([os.fspath(c) for c in cmd], stdin=dot_source,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            except FileNotFoundError:
                raise EngineNotFound(f"Graphviz program not found: {self.path}") from None
            stdout, stderr = self._wait(proc, timeout, cancel)
        messages = tuple(line.strip() for line in stderr.decode("utf-8", "replace")
                         .splitlines() if line.strip())
        if proc.returncode != 0 or not stdout:
            detail = next((m for m in messages if "rror" in m), messages[0] if messages else "")
            raise EngineError(f"{self.name} failed (exit {proc.returncode}): {detail}".rstrip(": "))
        return EngineResult(stdout, messages)

    def _wait(self, proc: subprocess.Popen[bytes], timeout: float | None,
              cancel: threading.Event | None) -> tuple[bytes, bytes]:
        """The engine's output; kills it on a cancel or past the timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            # Short waits, so that a cancel or the deadline is noticed at once.
            try:
                return proc.communicate(timeout=0.05 if cancel else timeout)
            except subprocess.TimeoutExpired:
                cancelled = cancel is not None and cancel.is_set()
                late = deadline is not None and time.monotonic() >= deadline
                if cancelled or late:
                    proc.kill()
                    proc.communicate()
                    if cancelled:
                        raise ExportCancelled() from None
                    raise EngineError(
                        f"{self.name} took longer than {timeout:g} s; gave up") from None


def _graphviz_pure_path() -> str | None:
    exe = "graphviz-pure.exe" if sys.platform == "win32" else "graphviz-pure"
    beside = Path(sys.executable).parent / exe
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("graphviz-pure")


def find_engine(choice: str = "auto") -> Engine:
    """The engine to use for ``choice`` ("auto", "dot" or "graphviz-pure").

    Raises :class:`EngineNotFound` with a one-line message when it is missing.

    >>> find_engine("graphviz-pure").name
    'graphviz-pure'
    >>> find_engine("neato")
    Traceback (most recent call last):
    ...
    omnimap.export.engine.EngineNotFound: unknown engine 'neato'; use auto, dot or graphviz-pure
    """
    if choice not in ENGINE_CHOICES:
        raise EngineNotFound(f"unknown engine {choice!r}; use auto, dot or graphviz-pure")
    if choice in ("auto", "dot"):
        dot = shutil.which("dot")
        if dot:
            return Engine("dot", dot)
        if choice == "dot":
            raise EngineNotFound("Graphviz 'dot' is not installed (try --engine graphviz-pure)")
    pure = _graphviz_pure_path()
    if pure:
        return Engine("graphviz-pure", pure)
    if choice == "graphviz-pure":
        raise EngineNotFound("graphviz-pure is not installed (pip install graphviz-pure)")
    raise EngineNotFound("no Graphviz engine: install Graphviz or pip install graphviz-pure")
