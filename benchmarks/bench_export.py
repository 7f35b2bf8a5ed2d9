"""Export overhead over the bare Graphviz engine: SVG of 1,000 touchpoints, both layouts.

Run alone: ``python -m benchmarks.bench_export [--touchpoints N] [--runs K]``;
the suite runs it as ``python -m benchmarks --only export``.

omnimap's figure is the whole of ``omnimap.export.render_svg`` (grid geometry,
DOT building, the engine, SVG clean-up). The floor is the engine program alone,
started the same way on the very DOT text that ``build_graph`` produced for that
call. The map has as many arrows as cards (a chain through all of them, as a
journey is drawn): graphviz-pure needs 6-9 s for 1.5 arrows per card, too slow
to repeat. Both are timed in turns. Every engine found is measured: graphviz-pure
(always installed with omnimap) and the system ``dot`` when it is on PATH.
The goal is at most 1.2x the engine.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import time
from typing import Any

from benchmarks._util import alternate, median, row

__all__ = ["available_engines", "measure_export", "run_export"]


def available_engines() -> list[Any]:
    from omnimap.export import EngineNotFound, find_engine

    found = []
    for name in ("graphviz-pure", "dot"):
        with contextlib.suppress(EngineNotFound):
            found.append(find_engine(name))
    return found


def measure_export(touchpoints: int, engine: Any, layout: str, reps: int,
                   warmup: int = 1, transitions: int | None = None,
                   again: bool = True) -> dict[str, Any]:
    """Median seconds of a first render_svg and of the engine alone on the same DOT.

    With ``again``, also a re-export of the same map (caches warm), in ``"again"``.
    """
    from graphviz.backend import dot_command

    from benchmarks.generate import generated_workspace
    from omnimap.export import TableMeasurer, build_graph, clear_caches, render_svg

    ws = generated_workspace(touchpoints, touchpoints if transitions is None else transitions)
    journey = ws.journey("big")
    built = build_graph(ws, journey, TableMeasurer(), layout=layout)
    source = built.graph.source.encode("utf-8")
    cmd = dot_command.command(built.program, "svg", neato_no_op=built.neato_no_op)
    cmd[0] = engine.path
    cmd = [str(c) for c in cmd]

    def ours() -> float:
        # A first export: exports remember widths, wrapped cards and DOT statements for
        # the next export of the same map; the goal is for the first one.
        clear_caches()
        start = time.perf_counter()
        render_svg(ws, journey, layout=layout, engine=engine)
        return time.perf_counter() - start

    def export_again() -> None:
        render_svg(ws, journey, layout=layout, engine=engine)

    def floor() -> None:
        subprocess.run(cmd, input=source, capture_output=True, check=True)

    a, b = alternate(ours, floor, reps, warmup=warmup)
    warm = alternate(export_again, floor, max(1, reps // 2), warmup=0)[0] if again else []
    start = time.perf_counter()
    out = render_svg(ws, journey, layout=layout, engine=engine)
    return {"ours": median(a), "floor": median(b), "runs_ours": a, "runs_floor": b,
            "again": median(warm), "runs_again": warm,
            "svg_bytes": len(out.svg), "dot_bytes": len(source),
            "check_s": time.perf_counter() - start}


def run_export(quick: bool = False, touchpoints: int = 1000) -> list[dict[str, Any]]:
    # Nine rounds: on a shared two-core machine the engine's own time moves by a
    # third from round to round, and five medians still moved by 0.2x between runs.
    reps, warmup = (1, 0) if quick else (9, 1)
    rows = []
    engines = available_engines()
    if not any(e.name == "dot" for e in engines):
        rows.append(row("export.dot", "export SVG with system dot", float("nan"), None,
                        goal="<= 1.2x", note="system Graphviz dot not installed: not measured"))
    for engine in engines:
        for layout in ("arranged", "flow"):
            what = f"export SVG, {touchpoints:,} touchpoints, {layout}, {engine.name}"
            try:
                d = measure_export(touchpoints, engine, layout, reps, warmup)
            except Exception as error:  # a failing engine is a finding
                rows.append(row(f"export.{engine.name}.{layout}", what, float("nan"), None,
                                goal="<= 1.2x", met=False,
                                note=f"FAILED: {type(error).__name__}: {str(error)[:160]}"))
                continue
            ratio = d["ours"] / d["floor"]
            rows.append(row(f"export.{engine.name}.{layout}", what, d["ours"], d["floor"],
                            goal="<= 1.2x", met=ratio <= 1.2,
                            note=f"first export of the map; floor: {engine.name} alone on "
                                 f"the same {d['dot_bytes'] / 1e3:.0f} kB DOT; {reps} rounds "
                                 f"(least of each: {min(d['runs_ours']) * 1000:.0f} vs "
                                 f"{min(d['runs_floor']) * 1000:.0f} ms, "
                                 f"{min(d['runs_ours']) / min(d['runs_floor']):.2f}x); "
                                 f"exporting it again: {d['again'] * 1000:.0f} ms "
                                 f"({d['again'] / d['floor']:.2f}x)",
                            runs_omnimap=d["runs_ours"], runs_floor=d["runs_floor"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    for engine in available_engines():
        for layout in ("arranged", "flow"):
            try:
                d = measure_export(args.touchpoints, engine, layout, args.runs)
            except Exception as error:  # a failing engine is a finding, not the end
                print(f"{engine.name:14s} {layout:9s} FAILED: {error}")
                continue
            print(f"{engine.name:14s} {layout:9s} render_svg {d['ours']:.3f} s (again "
                  f"{d['again']:.3f} s), engine alone {d['floor']:.3f} s, ratio "
                  f"{d['ours'] / d['floor']:.3f} (goal <= 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
