"""How each cost grows with the map: 100 / 1,000 / 5,000 touchpoints.

Open + paint, the checks, SVG export (graphviz-pure) and a drag frame, on the
generated maps (1.5 arrows per card; export: one per card, as in its benchmark).
For each step up in size the growth is compared with N log N; anything growing
faster is flagged. Small sizes are dominated by fixed costs, so a slow start
looks sub-linear: only the flags matter, not a "good" exponent.
"""

from __future__ import annotations

import itertools
import math
import time
from typing import Any

from benchmarks._util import row, run_json

__all__ = ["flag_growth", "run_scaling"]

SIZES = (100, 1000, 5000)
#: Measured growth may exceed N log N by this much before it is flagged (timing noise).
SLACK = 1.3


def flag_growth(points: list[tuple[int, float]]) -> tuple[str, bool]:
    """A readable growth line and whether any step grew faster than N log N.

    >>> flag_growth([(100, 1.0), (1000, 10.0)])
    ('x10.0 (N log N: x15.0, exponent 1.00)', False)
    >>> flag_growth([(100, 1.0), (1000, 100.0)])[1]
    True
    """
    parts, faster = [], False
    for (n1, t1), (n2, t2) in itertools.pairwise(points):
        grew = t2 / t1
        nlogn = (n2 * math.log(n2)) / (n1 * math.log(n1))
        exponent = math.log(grew) / math.log(n2 / n1)
        if grew > SLACK * nlogn:
            faster = True
        parts.append(f"x{grew:.1f} (N log N: x{nlogn:.1f}, exponent {exponent:.2f})")
    return "; ".join(parts), faster


def _check_times_here(reps: int) -> list[tuple[int, float]]:
    from benchmarks.generate import generated_workspace
    from omnimap.analysis.checks import check

    out = []
    for n in SIZES:
        ws = generated_workspace(n)
        check(ws)
        times = []
        for _ in range(reps):
            start = time.perf_counter()
            check(ws)
            times.append(time.perf_counter() - start)
        out.append((n, min(times)))  # as for open + paint below
    return out


def _check_times(reps: int) -> list[tuple[int, float]]:
    """``check()`` at each size, in a fresh process like the other series.

    In the suite's own process the heap is large by then (200,000 attribution
    journeys), and every size would pay for the memory it shares with them.
    """
    data = run_json(["-m", "benchmarks.bench_scaling", "--checks-worker", str(reps)])
    return [(int(n), float(t)) for n, t in data["checks"]]


def run_scaling(quick: bool = False) -> list[dict[str, Any]]:
    from benchmarks.bench_drag import measure_drag
    from benchmarks.bench_export import available_engines, measure_export
    from benchmarks.bench_open import measure_open

    reps = 1 if quick else 3
    series: dict[str, list[tuple[int, float]]] = {}
    opened = measure_open(list(SIZES), reps)
    # Growth compares sizes measured minutes apart: the least of the rounds is the
    # figure least touched by whatever else the machine did meanwhile (noise only adds).
    series["open + paint"] = [(n, min(opened[str(n)]["ours"])) for n in SIZES]
    series["checks"] = _check_times(3 if quick else 7)
    engine = next(e for e in available_engines() if e.name == "graphviz-pure")
    engine_alone: dict[str, list[tuple[int, float]]] = {}
    for layout in ("flow", "arranged"):
        got = [(n, measure_export(n, engine, layout, 1, warmup=0, again=False)) for n in SIZES]
        series[f"export {layout} ({engine.name})"] = [(n, d["ours"]) for n, d in got]
        engine_alone[f"export {layout} ({engine.name})"] = [(n, d["floor"]) for n, d in got]
    dragged = measure_drag(list(SIZES), 1 if quick else 2)
    series["drag frame"] = [(n, dragged[str(n)]["ours"]) for n in SIZES]

    rows = []
    for what, points in series.items():
        text, faster = flag_growth(points)
        figures = ", ".join(f"{n:,}: {t * 1000:.1f} ms" if t < 1 else f"{n:,}: {t:.2f} s"
                            for n, t in points)
        if what in engine_alone:
            alone, alone_faster = flag_growth(engine_alone[what])
            text += f"; the engine alone: {alone}" + (
                " (the engine's own growth)" if alone_faster and faster else "")
        name = "scaling." + "-".join(what.replace("+", " ").replace("(", " ").replace(")", " ")
                                     .split()[:2])
        rows.append(row(name, f"growth of {what}", points[-1][1], None,
                        goal="<= N log N", met=not faster,
                        note=f"{figures}; {text}" + ("  FASTER THAN N log N" if faster else ""),
                        points=points))
    return rows


if __name__ == "__main__":
    import json
    import sys

    if sys.argv[1:2] == ["--checks-worker"]:
        print(json.dumps({"checks": _check_times_here(int(sys.argv[2]))}))
