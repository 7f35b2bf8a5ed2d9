"""Shared Qt-free fixtures: the file fixtures folder, a large generated workspace, the engines."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from omnimap.export import Engine, EngineNotFound, find_engine
from omnimap.io import dumps_workspace, loads_workspace
from omnimap.model import Workspace, default_channels, default_stages

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    """tests/fixtures: one ``.omnimap`` file of the sample per format version and language."""
    return FIXTURES


def big_workspace_bytes(touchpoints: int = 2000, transitions: int = 3000, seed: int = 1) -> bytes:
    """A saved workspace with one journey of the given size, built as a document.

    Going through a document keeps it fast: adding thousands of touchpoints one
    by one through the model would spend its time renumbering cells.
    """
    rng = random.Random(seed)
    stages = [s.id for s in default_stages()]
    channels = [c.id for c in default_channels()]
    filled: dict[tuple[str, str], int] = {}
    tps = []
    for n in range(1, touchpoints + 1):
        cell = (rng.choice(stages), rng.choice(channels))
        tps.append({"id": f"t{n}", "stage": cell[0], "channel": cell[1],
                    "label": f"Punkt {n}: „zażółć gęślą jaźń” 🙂", "day": n % 90 + 1,
                    "order": filled.get(cell, 0)})
        filled[cell] = filled.get(cell, 0) + 1
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < transitions:
        a, b = rng.randrange(1, touchpoints + 1), rng.randrange(1, touchpoints + 1)
        if a != b:
            pairs.add((a, b))
    base = json.loads(dumps_workspace(Workspace.new("pl", title="Duża mapa")))
    base["journeys"] = [{
        "id": "big",
        "name": "Duża ścieżka",
        "touchpoints": tps,
        "transitions": [{"source": f"t{a}", "target": f"t{b}", "volume": a * b}
                        for a, b in sorted(pairs)],
    }]
    return dumps_workspace(loads_workspace(json.dumps(base).encode()))


@pytest.fixture(scope="session")
def make_big_workspace() -> Callable[..., bytes]:
    """:func:`big_workspace_bytes`, for tests that want other sizes or seeds."""
    return big_workspace_bytes


@pytest.fixture(scope="session")
def big_workspace_data() -> bytes:
    """2,000 touchpoints and 3,000 transitions, saved."""
    return big_workspace_bytes()


@pytest.fixture(scope="module", params=["graphviz-pure", "dot"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each test runs with both engines; system Graphviz only where it is installed."""
    try:
        return find_engine(request.param)
    except EngineNotFound:
        pytest.skip(f"{request.param} is not installed")
