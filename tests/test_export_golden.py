"""Golden DOT files: the graph built for the sample must not change by accident.

A deliberate change to the drawing regenerates them with
``OMNIMAP_REGEN_GOLDEN=1 pytest tests/test_export_golden.py`` and the diff is
reviewed like any other change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from omnimap.export.dot import build_graph
from omnimap.export.measure import TableMeasurer
from omnimap.model.sample import sample_workspace

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("layout", ["arranged", "flow"])
def test_sample_dot_matches_the_golden_file(lang: str, layout: str) -> None:
    ws = sample_workspace(lang)  # type: ignore[arg-type]
    built = build_graph(ws, ws.journeys[0], TableMeasurer(), layout=layout)  # type: ignore[arg-type]
    source = built.graph.source
    golden = GOLDEN / f"sample-{lang}-{layout}.dot"
    if os.environ.get("OMNIMAP_REGEN_GOLDEN"):
        golden.write_text(source, encoding="utf-8")
    assert source == golden.read_text(encoding="utf-8")
    # Nothing from the file may reach Graphviz's file-reading attributes.
    for attribute in ("image=", "shapefile=", "fontpath=", "imagepath="):
        assert attribute not in source
