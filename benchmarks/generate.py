"""Deterministic big maps for the benchmarks: N touchpoints and 1.5 N transitions.

The same seed always gives the same workspace (and, saved, the same bytes), so
runs on different days and machines measure the same map.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from omnimap.model import Workspace

__all__ = ["generated_workspace", "write_map"]

_WORDS = ("Reklama", "wpis", "e-mail", "zażółć", "gęślą", "jaźń", "koszyk", "rabat", "ŻÓŁW",
          "recenzja", "dostawa", "czat", "powiadomienie", "opinia", "zwrot", "newsletter")


def generated_workspace(touchpoints: int, transitions: int | None = None,
                        seed: int = 20261123) -> Workspace:
    """One journey of ``touchpoints`` cards over all stages and the online channels.

    Cards walk the stages left to right; ``transitions`` (default 1.5 x cards)
    arrows are a chain through all cards plus forward links to a card up to 40
    places further on, so the map looks like a busy real one rather than noise.
    Four channels have no CRM integration, so the checks have silos to find.
    """
    if transitions is None:
        transitions = touchpoints * 3 // 2
    rng = random.Random(seed)
    ws = Workspace.new("pl", title=f"Benchmark {touchpoints}")
    stages = [s.id for s in ws.stages]
    channels = [c.id for c in ws.channels if c.group == "online"]
    for channel_id in channels[1:9:2]:
        ws.set_crm(channel_id, "none")
    journey = ws.add_journey("Duża ścieżka", id="big")
    ids = []
    for n in range(touchpoints):
        stage = stages[n * len(stages) // touchpoints]
        label = " ".join(rng.sample(_WORDS, rng.randint(2, 5)))
        tp = journey.add_touchpoint(stage, rng.choice(channels), f"{n}. {label}",
                                    id=f"t{n}", day=n // 40 + 1)
        ids.append(tp.id)
    links = set()
    for a, b in itertools.pairwise(ids):
        if len(links) >= transitions:
            break
        links.add((a, b))
    tries = 0
    while len(links) < transitions and touchpoints > 2 and tries < 50 * transitions:
        tries += 1
        i = rng.randrange(touchpoints - 2)
        j = min(touchpoints - 1, i + rng.randint(2, 40))
        links.add((ids[i], ids[j]))
    for a, b in sorted(links, key=lambda ab: (int(ab[0][1:]), int(ab[1][1:]))):
        journey.connect(a, b)
    return ws


def write_map(path: Path, touchpoints: int, transitions: int | None = None) -> Path:
    """Save :func:`generated_workspace` to ``path`` with ``omnimap.io.save_workspace``."""
    from omnimap.io import save_workspace

    save_workspace(generated_workspace(touchpoints, transitions), path)
    return path
