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

import contextlib
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from graphviz.backend import dot_command  # type: ignore[import-untyped]

try:
    import fcntl
except ImportError:  # Windows: pipes keep their size
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "ENGINE_CHOICES",
    "Engine",
    "EngineError",
    "EngineNotFound",
    "EngineResult",
    "EngineRun",
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

        >>> find_engine("graphviz-pure").run("digraph { a -> b }", "dot").output[:5]
        b'<?xml'
        """
        with self.start(program, fmt, neato_no_op=neato_no_op, timeout=timeout,
                        cancel=cancel) as running:
            running.feed(source)
            return running.finish()

    def start(
        self,
        program: str,
        fmt: str = "svg",
        *,
        neato_no_op: int | None = None,
        timeout: float | None = None,
        cancel: threading.Event | None = None,
        sink: Callable[[bytes], object] | None = None,
    ) -> EngineRun:
        """Start the engine before its input is ready; see :class:`EngineRun`.

        ``sink`` is handed each piece of the engine's output as it arrives
        (from another thread; it must not block). An exception in it stops
        further calls but not the run.
        """
        cmd = dot_command.command(program, fmt, neato_no_op=neato_no_op)
        cmd[0] = self.path
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        try:
            proc = subprocess.Popen([os.fspath(c) for c in cmd], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except FileNotFoundError:
            raise EngineNotFound(f"Graphviz program not found: {self.path}") from None
        except OSError as error:  # not executable, not a program (exec format error), ...
            reason = error.strerror or type(error).__name__
            raise EngineError(f"cannot run {self.name} ({self.path}): {reason}") from None
        _widen(proc.stdout)
        return EngineRun(self.name, proc, timeout, cancel, sink)


#: How much output the engine may write ahead of its reader.
PIPE_SIZE = 1 << 20


def _widen(pipe: IO[bytes] | None) -> None:
    """Give the engine's output pipe room for most of a big SVG (Linux only).

    graphviz-pure writes its whole SVG at the very end. Through the default
    64 kB pipe it could only write as fast as the sink cleans, and only then
    exit (freeing its graph takes milliseconds); with room for 1 MiB it is
    done writing, and exits, while the sink is still cleaning. Elsewhere, or
    when the system refuses, the pipe stays as it is.
    """
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if pipe is None or set_size is None:
        return
    with contextlib.suppress(OSError):
        fcntl.fcntl(pipe.fileno(), set_size, PIPE_SIZE)


class EngineRun:
    """A started engine: :meth:`feed` it DOT text, then :meth:`finish`.

    The engine parses while the caller is still writing the graph, and it
    writes its output while the ``sink`` digests it: on two cores both halves
    of an export overlap. Three threads keep the pipes moving (one writes the
    input, two read the output and the messages), so neither side can stall
    the other however large the graph or the SVG; the caller's thread only
    queues input and, in :meth:`finish`, waits, watching ``cancel`` and the
    timeout. Use it as a context manager: leaving the block early (an error
    while building the graph) kills the engine.

    >>> with find_engine("graphviz-pure").start("dot") as running:
    ...     running.feed("digraph { a -> ")
    ...     running.feed("b }")
    ...     result = running.finish()
    >>> b"<svg" in result.output
    True
    """

    #: How often a wait looks at ``cancel`` and the deadline, in seconds.
    POLL = 0.05

    def __init__(self, name: str, proc: subprocess.Popen[bytes], timeout: float | None,
                 cancel: threading.Event | None,
                 sink: Callable[[bytes], object] | None) -> None:
        self._name = name
        self._proc = proc
        self._timeout = timeout
        self._deadline = None if timeout is None else time.monotonic() + timeout
        self._cancel = cancel
        self._sink = sink
        self._input: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._output: list[bytes] = []
        self._messages: list[bytes] = []
        self._closed = self._finished = False
        self._threads = [
            threading.Thread(target=self._write, name="engine-stdin", daemon=True),
            threading.Thread(target=self._read, args=(proc.stdout, self._output, True),
                             name="engine-stdout", daemon=True),
            threading.Thread(target=self._read, args=(proc.stderr, self._messages, False),
                             name="engine-stderr", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def __enter__(self) -> EngineRun:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._finished:
            self._kill()

    def feed(self, text: str) -> None:
        """Queue more DOT text for the engine; never waits for it."""
        if self._closed:
            raise ValueError("the engine's input is already closed")
        self._check()
        if text:
            self._input.put(text.encode("utf-8"))

    def finish(self) -> EngineResult:
        """Close the input and wait for the engine: its output and messages.

        Raises :class:`EngineError` (one line) when it fails, or
        :class:`ExportCancelled` when ``cancel`` is set first.
        """
        if not self._closed:
            self._closed = True
            self._input.put(None)
        self._wait()
        self._finished = True
        proc = self._proc
        stdout = b"".join(self._output)
        messages = tuple(line.strip() for line in b"".join(self._messages)
                         .decode("utf-8", "replace").splitlines() if line.strip())
        if proc.returncode != 0 or not stdout:
            detail = next((m for m in messages if "rror" in m), messages[0] if messages else "")
            raise EngineError(f"{self._name} failed (exit {proc.returncode}): {detail}"
                              .rstrip(": "))
        return EngineResult(stdout, messages)

    def _check(self) -> None:
        """Kill the engine if the user cancelled or the time is up."""
        cancelled = self._cancel is not None and self._cancel.is_set()
        late = self._deadline is not None and time.monotonic() >= self._deadline
        if cancelled or late:
            self._kill()
            if cancelled:
                raise ExportCancelled()
            raise EngineError(f"{self._name} took longer than {self._timeout:g} s; gave up")

    def _wait(self) -> None:
        """Until the engine has exited and its output is read, watching the user."""
        readers = self._threads[1:]
        if self._cancel is None and self._deadline is None:
            self._proc.wait()
            for thread in readers:
                thread.join()
            return
        # Short waits, so that a cancel or the deadline is noticed at once.
        while True:
            self._check()
            try:
                self._proc.wait(self.POLL)
                break
            except subprocess.TimeoutExpired:
                pass
        for thread in readers:
            while thread.is_alive():
                self._check()
                thread.join(self.POLL)

    def _kill(self) -> None:
        self._closed = True
        self._input.put(None)
        self._proc.kill()
        self._proc.wait()
        for thread in self._threads:
            # Bounded: a grandchild that kept a pipe open must not hang the app.
            thread.join(5)

    def _write(self) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            while (data := self._input.get()) is not None:
                stdin.write(data)
                stdin.flush()
        except OSError:
            pass  # the engine quit early (an error, or killed): finish() reports it
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def _read(self, pipe: IO[bytes] | None, into: list[bytes], to_sink: bool) -> None:
        assert pipe is not None
        sink = self._sink if to_sink else None
        read = pipe.read1  # type: ignore[attr-defined]
        while data := read(PIPE_SIZE):
            into.append(data)
            if sink is not None:
                try:
                    sink(data)
                except Exception:  # the sink's loss, not the run's
                    sink = None
        pipe.close()


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
