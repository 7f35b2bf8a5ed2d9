"""Benchmark: export overhead over the bare Graphviz engine, at 1,000 touchpoints.

Run: ``python benchmarks/bench_export.py [--touchpoints N] [--engine auto|dot|graphviz-pure]``.

For each layout it times (median of K runs) building the graph and its DOT
text, the engine alone on that same DOT, and the SVG clean-up, and reports
``(build + engine + clean-up) / engine``. The goal is at most 1.2.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from omnimap.export.dot import build_graph
from omnimap.export.engine import find_engine
from omnimap.export.measure import TableMeasurer
from omnimap.export.svg import clean_svg
from omnimap.model import Touchpoint, Transition, Workspace


def generated_workspace(touchpoints: int, seed: int = 1) -> Workspace:
    """One journey of ``touchpoints`` cards and about as many arrows, mostly forward."""
    rng = random.Random(seed)
    ws = Workspace.new("pl", title="Benchmark")
    stages = [s.id for s in ws.stages]
    channels = [c.id for c in ws.channels]
    for cid in rng.sample(channels, 4):
        ws.set_crm(cid, "none")
    journey = ws.add_journey("Duża ścieżka", id="big")
    filled: dict[tuple[str, str], int] = {}
    tps = []
    for n in range(touchpoints):
        stage = stages[min(len(stages) - 1, n * len(stages) // touchpoints)]
        cell = (stage, rng.choice(channels))
        tps.append(Touchpoint(id=f"t{n}", stage=cell[0], channel=cell[1],
                              label=f"Punkt {n}: zażółć gęślą jaźń, ŻÓŁW", day=n // 20 + 1,
                              order=filled.get(cell, 0)))
        filled[cell] = filled.get(cell, 0) + 1
    transitions = [Transition(source=f"t{n}", target=f"t{n + 1}") for n in range(touchpoints - 1)]
    journey._load(tps, transitions)
    return ws


def _median(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--touchpoints", type=int, default=1000)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layouts", default="arranged,flow")
    args = parser.parse_args()
    engine = find_engine(args.engine)
    ws = generated_workspace(args.touchpoints)
    journey = ws.journeys[0]
    print(f"{args.touchpoints} touchpoints, engine {engine.name}: {engine.version()}")
    for layout in args.layouts.split(","):
        build_t, built = _median(lambda layout=layout: build_graph(
            ws, journey, TableMeasurer(), layout=layout), args.runs)
        source_t, source = _median(lambda built=built: built.graph.source, args.runs)
        engine_t, result = _median(lambda built=built, source=source: engine.run(
            source, built.program, "svg", neato_no_op=built.neato_no_op), 1)
        clean_t, _ = _median(lambda result=result, built=built: clean_svg(
            result.output, built.title, built.description), args.runs)
        total = build_t + source_t + engine_t + clean_t
        print(f"{layout:9s} build {build_t:.3f} s + DOT text {source_t:.3f} s + engine "
              f"{engine_t:.3f} s + SVG clean-up {clean_t:.3f} s = {total:.3f} s; "
              f"ratio to engine {total / engine_t:.3f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
