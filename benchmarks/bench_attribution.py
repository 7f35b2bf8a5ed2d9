"""Benchmark: all six attribution models on 200,000 generated journeys.

Run: ``python benchmarks/bench_attribution.py [--journeys N] [--runs K]``.

The journeys are generated deterministically (fixed seed) into a journeys CSV
file. Each stage is timed K times and the median reported, next to a floor
measured in the same run: reading the same file with ``csv`` and counting
identical rows with a ``Counter``, the least any reader has to do. The goal
is all six models within one second.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from omnimap.analysis.attribution import MODELS, attribute
from omnimap.analysis.paths import read_journeys_csv

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
