"""Shared helpers: alternating timing, subprocess workers, Qt platform, machine facts."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def alternate(ours: Callable[[], float | None], floor: Callable[[], float | None],
              reps: int, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Run ``ours`` and ``floor`` in turns (ours, floor, ours, floor ...), ``reps`` each.

    Each callable returns its own measured seconds, or None to be timed here
    around the call. Turns keep slow drifts of the machine (another job, a
    warmer cache) from landing on one side only. ``warmup`` rounds are discarded.
    """
    a: list[float] = []
    b: list[float] = []
    for i in range(warmup + reps):
        for func, out in ((ours, a), (floor, b)):
            start = time.perf_counter()
            got = func()
            took = time.perf_counter() - start if got is None else got
            if i >= warmup:
                out.append(took)
    return a, b


def qt_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a Qt subprocess: the real X server when there is one, else offscreen.

    Settings, recent files and crash-recovery copies go to a throw-away folder so
    a benchmark neither reads nor changes the user's own.
    """
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.gettempdir()) / "omnimap-bench-home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONDEVMODE", None)
    env.pop("PYTHONTRACEMALLOC", None)
    if extra:
        env.update(extra)
    return env


def qt_platform() -> str:
    env = qt_env()
    return env.get("QT_QPA_PLATFORM") or ("xcb" if env.get("DISPLAY") else "wayland")


def run_json(args: list[str], timeout: float = 600, env: dict[str, str] | None = None,
             python: str = PYTHON) -> Any:
    """Run ``python ARGS`` and parse the last line of its stdout as JSON.

    The JSON gets ``"wall"``: seconds from spawning the process to its exit,
    interpreter start-up included.
    """
    start = time.perf_counter()
    proc = subprocess.run([python, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env or qt_env(), timeout=timeout, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): " + " | ".join(tail))
    data = json.loads(lines[-1])
    if isinstance(data, dict):
        data["wall"] = time.perf_counter() - start
    return data


def worker(module: str, *args: Any, timeout: float = 900) -> Any:
    """Run ``python -m benchmarks.MODULE --worker ARGS`` (a fresh Qt process) for its JSON."""
    return run_json(["-m", f"benchmarks.{module}", "--worker", *map(str, args)], timeout=timeout)


def row(name: str, what: str, ours: float, floor: float | None, unit: str = "s",
        goal: str = "", met: bool | None = None, note: str = "", **extra: Any) -> dict[str, Any]:
    """One line of the results table (seconds are shown in the unit given)."""
    ratio = ours / floor if floor else None
    return {"name": name, "what": what, "omnimap": ours, "floor": floor, "ratio": ratio,
            "unit": unit, "goal": goal, "met": met, "note": note, **extra}


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem = next((int(line.split()[1]) // 1024 for line in _read("/proc/meminfo").splitlines()
                if line.startswith("MemTotal")), None)
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # pragma: no cover - benchmarks need Qt, but say so cleanly
        pyside = "not installed"
    from omnimap.export.engine import find_engine

    engines = {}
    for name in ("graphviz-pure", "dot"):
        try:
            engine = find_engine(name)
            engines[name] = engine.version().strip().splitlines()[0]
        except Exception as error:
            engines[name] = f"unavailable ({type(error).__name__})"
    load = _read("/proc/loadavg").split()[:3]
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_mb": mem,
            "python": platform.python_version(), "pyside6": pyside,
            "os": platform.platform(), "qt_platform": qt_platform(), "engines": engines,
            "loadavg_at_start": load}
