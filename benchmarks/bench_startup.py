"""Start-up and memory: the real app against a bare PySide6 window, in fresh processes.

Each round starts ``drivers/startup.py bare`` and ``drivers/startup.py omnimap
...`` one after the other (alternating), so both see the same machine state.
Times are measured inside each process from the top of the driver script (the
interpreter's own start-up is the same for both and left out); the wall time
from spawning, which includes it, is recorded as well.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from benchmarks._util import ROOT, median, row, run_json

__all__ = ["run_memory", "run_startup"]

DRIVER = str(ROOT / "benchmarks" / "drivers" / "startup.py")


Runs = list[dict[str, Any]]


def _rounds(omnimap_args: list[str], reps: int,
            stack: Runs | None = None) -> tuple[Runs, Runs]:
    """Alternating rounds; with ``stack`` a list, a "stack" process joins each round."""
    bare, ours = [], []
    run_json([DRIVER, "bare"])  # warm the file cache once; not counted
    run_json([DRIVER, "omnimap", *omnimap_args])
    if stack is not None:
        run_json([DRIVER, "stack"])
    for _ in range(reps):
        ours.append(run_json([DRIVER, "omnimap", *omnimap_args]))
        bare.append(run_json([DRIVER, "bare"]))
        if stack is not None:
            stack.append(run_json([DRIVER, "stack"]))
    return bare, ours


def run_startup(quick: bool = False) -> list[dict[str, Any]]:
    reps = 3 if quick else 10
    stack: Runs = []
    bare, ours = _rounds(["--sample"], reps, stack)
    s_map = median([r["stack_loaded"] for r in stack])
    b_win = median([r["window_painted"] for r in bare])
    o_win = median([r["window_painted"] for r in ours])
    o_map = median([r["map_painted"] for r in ours])
    heavy = sorted({m for r in ours for m in r["heavy_at_first_paint"]})
    heavy_note = ("networkx, pydantic, graphviz: none loaded at first paint" if not heavy
                  else "LOADED at first paint: " + ", ".join(heavy))
    wall_b = median([r["wall"] for r in bare])
    wall_o = median([r["wall"] for r in ours])
    platform = ours[0].get("platform", "?")
    return [
        row("startup.window", "start-up to first painted main window", o_win, b_win,
            goal="<= 1.5x", met=o_win <= 1.5 * b_win,
            note=f"{heavy_note}; Qt platform {platform}; {reps} rounds",
            runs_omnimap=[r["window_painted"] for r in ours],
            runs_floor=[r["window_painted"] for r in bare], heavy_at_first_paint=heavy),
        row("startup.sample", "start-up to the sample map painted", o_map, b_win,
            goal="<= 2.5x", met=o_map <= 2.5 * b_win,
            note=f"floor: bare window painted; spawn-to-exit wall {wall_o:.2f} s vs "
                 f"{wall_b:.2f} s (interpreter start included)",
            runs_omnimap=[r["map_painted"] for r in ours]),
        row("startup.stack", "start-up to the sample map painted, against the stack",
            o_map, s_map, goal="(shown)",
            note=f"floor: bare window painted, then networkx, pydantic and psygnal imported "
                 f"and used once ({s_map / b_win:.2f}x the bare window by themselves); "
                 f"omnimap's own share is the rest",
            runs_omnimap=[r["map_painted"] for r in ours],
            runs_floor=[r["stack_loaded"] for r in stack]),
    ]


def run_memory(quick: bool = False, cards: int = 2000) -> list[dict[str, Any]]:
    from benchmarks.generate import write_map

    reps = 2 if quick else 5
    with tempfile.TemporaryDirectory() as folder:
        path = write_map(Path(folder) / f"bench-{cards}.omnimap", cards)
        bare, ours = _rounds([str(path)], reps)
    b_rss = median([r["rss_mb"] for r in bare])
    o_rss = median([r["rss_mb"] for r in ours])
    b_max = median([r["maxrss_mb"] for r in bare])
    o_max = median([r["maxrss_mb"] for r in ours])
    shown = ours[0].get("cards")
    return [row("memory.2000", f"peak RSS, {cards:,}-card map open (MB)", o_rss, b_rss,
                unit="MB", goal="<= +150 MB", met=o_rss - b_rss <= 150,
                note=f"+{o_rss - b_rss:.0f} MB over the bare window; {shown} cards on the "
                     f"canvas; peak RSS (VmHWM) after the canvas's first paint; ru_maxrss "
                     f"{o_max:.0f} vs {b_max:.0f} MB (inherits the parent's peak across exec); "
                     f"{reps} rounds",
                delta_mb=o_rss - b_rss)]
