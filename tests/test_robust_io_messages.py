"""Messages for a part of the file of the wrong kind: plain words, no schema class names."""

from __future__ import annotations

import json

import pytest

from omnimap.io import FileError, dumps_workspace, loads_workspace
from omnimap.model.sample import sample_workspace


def _set(doc, path, value):
    *parents, last = path
    for key in parents:
        doc = doc[key]
    doc[last] = value


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("journeys", 0, "persona"), None, "journeys[0].persona: should be an object (got null)"),
    (("channels", 0, "audit"), [1], "channels[0].audit: should be an object (got a list)"),
    (("stages", 0, "kpis", 0), "x", "stages[0].kpis[0]: should be an object (got 'x')"),
    (("journeys", 0, "touchpoints", 0), 5, "journeys[0].touchpoints[0]: should be an object "
                                           "(got 5)"),
    (("stages", 0, "translations"), [], "stages[0].translations: should be an object "
                                        "(got a list)"),
])
def test_a_part_that_is_not_an_object(path, value, expected):
    doc = json.loads(dumps_workspace(sample_workspace()))
    _set(doc, path, value)
    with pytest.raises(FileError) as caught:
        loads_workspace(json.dumps(doc).encode(), "map.omnimap")
    assert str(caught.value) == f"map.omnimap: {expected}"
