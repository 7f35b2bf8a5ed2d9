"""The benchmark suite: ``python -m benchmarks [--quick] [--only NAME[,NAME...]]``.

Every benchmark measures omnimap and a floor (the least any program doing the
same job must spend) in the same run, in turns, several times, and reports the
medians and their ratio against the goal. Results are printed as a table and
written to ``benchmarks/results/<time>[-quick].json``.
``python -m benchmarks --table FILE.json`` prints a saved run as the Markdown
table used in docs/benchmarks.md. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks._util import ROOT, machine, row

RESULTS = ROOT / "benchmarks" / "results"


def _benches() -> dict[str, Callable[[bool], list[dict[str, Any]]]]:
    from benchmarks.bench_attribution import run_attribution
    from benchmarks.bench_drag import run_drag
    from benchmarks.bench_export import run_export
    from benchmarks.bench_open import run_open
    from benchmarks.bench_scaling import run_scaling
    from benchmarks.bench_startup import run_memory, run_startup

    return {"startup": run_startup, "memory": run_memory, "open": run_open, "drag": run_drag,
            "export": run_export, "attribution": run_attribution, "scaling": run_scaling}


def _fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms"
    return f"{value:.0f} {unit}"


def _verdict(r: dict[str, Any]) -> str:
    if r.get("error"):
        return "ERROR"
    return {True: "met", False: "MISSED", None: "-"}[r["met"]]


def _cells(r: dict[str, Any]) -> list[str]:
    ratio = f"{r['ratio']:.2f}x" if r.get("ratio") else "-"
    return [r["what"], _fmt(r["omnimap"], r["unit"]), _fmt(r["floor"], r["unit"]), ratio,
            r["goal"] or "-", _verdict(r)]


HEAD = ["benchmark", "omnimap", "floor", "ratio", "goal", "result"]


def text_table(rows: list[dict[str, Any]]) -> str:
    cells = [HEAD] + [_cells(r) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEAD))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(HEAD))) for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(HEAD) + " | notes |", "|" + "---|" * (len(HEAD) + 1)]
    for r in rows:
        lines.append("| " + " | ".join(_cells(r)) + f" | {r['note']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    benches = _benches()
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and sizes: the whole suite in under 2 minutes")
    parser.add_argument("--only", default="",
                        help=f"comma-separated subset of: {', '.join(benches)}")
    parser.add_argument("--no-save", action="store_true", help="do not write benchmarks/results")
    parser.add_argument("--table", metavar="FILE.json",
                        help="print a saved run as a Markdown table and exit")
    args = parser.parse_args(argv)
    if args.table:
        record = json.loads(Path(args.table).read_text(encoding="utf-8"))
        m = record["machine"]
        print(f"Run of {record['started'][:16].replace('T', ' ')} UTC"
              f"{' (--quick)' if record['quick'] else ''}, {record['duration_s']:.0f} s; "
              f"{m['cpu']}, {m['cores']} cores, Qt platform {m['qt_platform']}, "
              f"load at start {' '.join(m['loadavg_at_start'])}\n")
        print(markdown_table(record["rows"]))
        return 0
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(benches)
    unknown = [n for n in chosen if n not in benches]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(benches)}")

    started = datetime.now(UTC)
    # An installed app runs from compiled bytecode (pip and PyInstaller write it). A
    # source checkout with PYTHONDONTWRITEBYTECODE set would recompile omnimap at every
    # start and time the compiler, so compile it once here, as an install would.
    compileall.compile_dir(str(ROOT / "omnimap"), quiet=1)
    info = machine()
    print(f"omnimap benchmarks{' (quick)' if args.quick else ''}: {info['cpu']}, "
          f"{info['cores']} cores, {info['ram_mb']} MB RAM, Python {info['python']}, "
          f"PySide6 {info['pyside6']}, Qt platform {info['qt_platform']}, "
          f"load {' '.join(info['loadavg_at_start'])}", flush=True)
    rows: list[dict[str, Any]] = []
    begin = time.perf_counter()
    for name in chosen:
        t = time.perf_counter()
        try:
            got = benches[name](args.quick)
        except Exception as error:
            traceback.print_exc()
            got = [row(name, f"{name} (failed)", float("nan"), None,
                       note=f"{type(error).__name__}: {str(error)[:200]}")]
            got[0]["error"] = True
        print(f"\n[{name}] {time.perf_counter() - t:.0f} s", flush=True)
        for r in got:
            print(f"  {r['what']}: {_fmt(r['omnimap'], r['unit'])} vs floor "
                  f"{_fmt(r['floor'], r['unit'])}"
                  + (f" = {r['ratio']:.2f}x" if r.get("ratio") else "")
                  + f"  goal {r['goal'] or '-'}: {_verdict(r)}\n    {r['note']}", flush=True)
        rows.extend(got)
    duration = time.perf_counter() - begin
    print("\n" + text_table(rows))
    print(f"\n{duration:.0f} s in all")
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        stamp = started.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "")
        record = {"started": started.isoformat(), "quick": args.quick, "only": chosen,
                  "duration_s": duration, "machine": info, "rows": rows}
        (RESULTS / f"{stamp}.json").write_text(json.dumps(record, indent=1, default=str),
                                               encoding="utf-8")
        print(f"written: benchmarks/results/{stamp}.json")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
