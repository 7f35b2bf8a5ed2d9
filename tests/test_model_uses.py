"""Journey.uses_stage / uses_channel answer from the cell index, in insertion order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from omnimap.io import dumps_workspace, loads_workspace
from omnimap.model import Journey, Workspace

STAGES = ["awareness", "interest", "decision"]
CHANNELS = ["sms", "email", "website"]


def _expected(journey: Journey, field: str, value: str) -> list[str]:
    return [t.id for t in journey.touchpoints() if getattr(t, field) == value]


def _check(journey: Journey) -> None:
    for stage in [*STAGES, "loyalty"]:
        assert journey.uses_stage(stage) == _expected(journey, "stage", stage)
    for channel in [*CHANNELS, "tiktok"]:
        assert journey.uses_channel(channel) == _expected(journey, "channel", channel)


OP = st.tuples(st.sampled_from(["add", "move", "remove"]), st.integers(0, 50),
               st.sampled_from(STAGES), st.sampled_from(CHANNELS), st.integers(-1, 4))


@settings(max_examples=150, deadline=None)
@given(st.lists(OP, max_size=40))
def test_uses_match_the_touchpoints_after_any_edits(ops):
    ws = Workspace.new()
    journey = ws.add_journey("x", id="x")
    for kind, pick, stage, channel, index in ops:
        ids = [t.id for t in journey.touchpoints()]
        where = None if index < 0 else index
        if kind == "add" or not ids:
            journey.add_touchpoint(stage, channel, "card", index=where)
        elif kind == "move":
            journey.move_touchpoint(ids[pick % len(ids)], stage, channel, where)
        else:
            journey.remove_touchpoint(ids[pick % len(ids)])
        _check(journey)
    # A loaded file rebuilds the index from the stored orders: same answers.
    _check(loads_workspace(dumps_workspace(ws)).journey("x"))


def test_unused_stage_and_channel_give_empty_lists():
    ws = Workspace.new()
    journey = ws.add_journey("x")
    assert journey.uses_stage("awareness") == [] and journey.uses_channel("sms") == []
    journey.add_touchpoint("awareness", "sms", "a", id="a")
    journey.add_touchpoint("decision", "sms", "b", id="b")
    journey.add_touchpoint("awareness", "email", "c", id="c", index=0)
    assert journey.uses_channel("sms") == ["a", "b"]
    assert journey.uses_stage("awareness") == ["a", "c"]
    journey.move_touchpoint("a", "decision", "email")
    assert journey.uses_stage("awareness") == ["c"] and journey.uses_channel("sms") == ["b"]
