"""Benchmark: all six attribution models on 200,000 generated journeys.

Run alone: ``python -m benchmarks.bench_attribution [--journeys N] [--runs K]``;
the suite runs it as ``python -m benchmarks --only attribution``.

The journeys are generated deterministically (fixed seed) into a journeys CSV
file. Each stage is timed K times and the median reported, next to a floor
measured in the same run: reading the same file with ``csv`` and counting
identical rows with a ``Counter``, the least any reader has to do. The goal
is all six models within one second.

Beside it, when the ChannelAttribution package can be installed (a throw-away
venv, never .venv), its first-order Markov model is timed on the same journeys
at 1 % convergence (``conv_par=0.01``), the standard tool for that model.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._util import ROOT, alternate, median, row, run_json
from omnimap.analysis.attribution import MODELS, attribute
from omnimap.analysis.paths import read_journeys_csv

CA_VENV = Path(tempfile.gettempdir()) / "omnimap-bench-channelattribution"
CA_DRIVER = str(ROOT / "benchmarks" / "drivers" / "channelattribution.py")

CHANNELS = ("Instagram", "TikTok", "Google Ads", "Facebook", "YouTube", "Blog", "Email", "SMS",
            "Push", "Chatbot", "Website", "Mobile app")
POPULARITY = (9, 7, 8, 5, 3, 4, 10, 3, 3, 2, 12, 6)
LIFT = {"Email": 0.04, "Website": 0.05, "Mobile app": 0.03, "Chatbot": -0.01, "Google Ads": 0.02}


def generate(path: Path, journeys: int, seed: int = 20261123) -> int:
    """Write ``journeys`` journeys to ``path``; returns how many converted."""
    rng = random.Random(seed)
    converted = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["journey_id", "path", "hours_to_conversion", "converted"])
        for i in range(journeys):
            length = min(8, 1 + int(rng.expovariate(0.6)))
            touches = rng.choices(CHANNELS, POPULARITY, k=length)
            hours = [rng.randrange(0, 48)]
            for _ in range(length - 1):
                hours.append(hours[-1] + rng.randrange(0, 96))
            hours.reverse()
            chance = 0.04 + 0.01 * length + sum(LIFT.get(t, 0.0) for t in set(touches))
            won = rng.random() < chance
            converted += won
            writer.writerow([f"j{i}", " > ".join(touches),
                             " > ".join(map(str, hours)) if won else "", int(won)])
    return converted


def floor(path: Path) -> Counter[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return Counter((row[1], row[2], row[3]) for row in reader)


def timed(func: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def channel_attribution_python() -> tuple[str | None, str]:
    """A Python with ChannelAttribution installed in a throw-away venv, or None and why."""
    python = CA_VENV / "bin" / "python"
    check = [str(python), "-c", "import ChannelAttribution"]
    if python.exists() and subprocess.run(check, capture_output=True, check=False).returncode == 0:
        return str(python), "installed"
    try:
        venv.create(CA_VENV, with_pip=True, clear=True)
        pip = subprocess.run([str(python), "-m", "pip", "install", "-q", "ChannelAttribution",
                              "matplotlib"], capture_output=True, text=True, timeout=900,
                             check=False)
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"could not make a venv for it: {error}"
    if pip.returncode != 0:
        tail = (pip.stderr or pip.stdout).strip().splitlines()[-1:] or ["?"]
        return None, f"pip install ChannelAttribution failed: {tail[0][:120]}"
    if subprocess.run(check, capture_output=True, check=False).returncode != 0:
        return None, "ChannelAttribution installed but does not import"
    return str(python), "installed now"


def run_attribution(quick: bool = False, journeys: int = 200_000) -> list[dict[str, Any]]:
    """All six models (omnimap) against csv + Counter (floor), in turns; ChannelAttribution too."""
    reps = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "journeys.csv"
        won = generate(data, journeys)
        records = read_journeys_csv(data)
        models, floors = alternate(lambda: attribute(records, models=MODELS) and None,
                                   lambda: floor(data) and None, reps)
        reads, _ = alternate(lambda: read_journeys_csv(data) and None, lambda: None, reps)
        python, status = (None, "skipped in --quick") if quick else channel_attribution_python()
        ca_note = f"ChannelAttribution: {status}"
        ca_seconds = None
        if python:
            env = dict(os.environ, PYTHONPATH="")
            try:
                got = run_json([CA_DRIVER, str(data)], timeout=1800, env=env, python=python)
                ca_seconds = got["seconds"]
                ours = attribute(records, models="markov").table["markov"]
                gap = max(abs(ours[c].conversions - v) / v for c, v in got["credit"].items()
                          if v and c in ours)
                ca_note = (f"ChannelAttribution {got['version']} markov_model(order=1, "
                           f"conv_par=0.01): {ca_seconds:.2f} s; credits agree within "
                           f"{100 * gap:.1f} %")
            except (RuntimeError, subprocess.SubprocessError) as error:
                ca_note = f"ChannelAttribution failed to run: {str(error)[:160]}"
    t_models, t_floor = median(models), median(floors)
    rows = [row("attribution.200k", f"attribution, all six models, {journeys:,} journeys",
                t_models, t_floor, goal="<= 1 s", met=t_models <= 1.0,
                note=f"floor: csv + Counter over the file; {won:,} converted; read_journeys_csv "
                     f"{median(reads):.2f} s more; {reps} rounds; {ca_note}",
                runs_omnimap=models, runs_floor=floors, channelattribution_s=ca_seconds)]
    if ca_seconds is not None:
        markov = median(alternate(lambda: attribute(records, models="markov") and None,
                                  lambda: None, reps)[0])
        rows.append(row("attribution.markov_vs_ca", "Markov alone vs ChannelAttribution 1 %",
                        markov, ca_seconds, goal="(shown beside)",
                        note="floor column: ChannelAttribution markov_model, conv_par=0.01, "
                             "ncore=1, on the same journeys aggregated by path"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journeys", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "journeys.csv"
        won = generate(data, args.journeys)
        size = data.stat().st_size
        t_floor, counted = timed(lambda: floor(data), args.runs)
        t_read, records = timed(lambda: read_journeys_csv(data), args.runs)
        t_models, result = timed(lambda: attribute(records, models=MODELS), args.runs)
        per_model = {m: timed(lambda m=m: attribute(records, models=m), args.runs)[0]
                     for m in MODELS}
    print(f"{args.journeys:,} journeys ({won:,} converted), {size / 1e6:.1f} MB CSV, "
          f"{len(counted):,} distinct rows, {result.distinct_paths:,} distinct paths, "
          f"median of {args.runs} runs, Python {sys.version.split()[0]}")
    print(f"floor (csv + Counter)        {t_floor:7.3f} s")
    print(f"read_journeys_csv            {t_read:7.3f} s   {t_read / t_floor:5.2f} x floor")
    print(f"attribute, all six models    {t_models:7.3f} s   {t_models / t_floor:5.2f} x floor")
    total = t_read + t_models
    print(f"read + all six models        {total:7.3f} s   {total / t_floor:5.2f} x floor")
    for model, seconds in per_model.items():
        print(f"  {model:<12} alone          {seconds:7.3f} s")
    goal = "met" if t_models <= 1.0 else "MISSED"
    print(f"goal (all six models <= 1 s): {goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
