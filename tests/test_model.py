"""The model's invariants and signals."""

from __future__ import annotations

import pytest

from omnimap.model import Journey, ModelError, Workspace
from omnimap.model.sample import sample_workspace


@pytest.fixture
def ws() -> Workspace:
    workspace = Workspace.new("en")
    workspace.add_journey("Anna", id="anna")
    return workspace


def record(*signals):
    seen: list[tuple] = []
    for signal in signals:
        signal.connect(lambda *args, _name=signal.name: seen.append((_name, *args)))
    return seen


def test_add_touchpoint_validates_references(ws):
    j = ws.journey("anna")
    with pytest.raises(ModelError, match="unknown stage 'nowhere'"):
        j.add_touchpoint("nowhere", "sms", "x")
    with pytest.raises(ModelError, match="unknown channel 'fax'"):
        j.add_touchpoint("awareness", "fax", "x")
    assert len(j) == 0


def test_ids_are_unique(ws):
    j = ws.journey("anna")
    j.add_touchpoint("awareness", "sms", "a", id="x1")
    with pytest.raises(ModelError, match="duplicate touchpoint id 'x1'"):
        j.add_touchpoint("awareness", "sms", "b", id="x1")
    assert j.new_touchpoint_id() not in j


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"emotion": 3}, "emotion"),
        ({"emotion": -3}, "emotion"),
        ({"time": "25:00"}, "HH:MM"),
        ({"day": 0}, "day"),
        ({"label": "x" * 501}, "label"),
        ({"stage": "interest"}, "move the touchpoint"),
        ({"nonsense": 1}, "nonsense"),
    ],
)
def test_update_refuses_bad_values_and_keeps_old(ws, changes, message):
    j = ws.journey("anna")
    tp = j.add_touchpoint("awareness", "sms", "ok")
    with pytest.raises(ModelError, match=message):
        j.update_touchpoint(tp.id, **changes)
    assert j.touchpoint(tp.id) == tp


def test_cell_order_stays_dense_through_moves(ws):
    j = ws.journey("anna")
    a = j.add_touchpoint("awareness", "sms", "a")
    b = j.add_touchpoint("awareness", "sms", "b")
    c = j.add_touchpoint("awareness", "sms", "c", index=0)
    assert [t.id for t in j.cell("awareness", "sms")] == [c.id, a.id, b.id]
    j.move_touchpoint(c.id, index=2)
    assert [t.id for t in j.cell("awareness", "sms")] == [a.id, b.id, c.id]
    j.move_touchpoint(a.id, stage="interest")
    assert [(t.id, t.order) for t in j.cell("awareness", "sms")] == [(b.id, 0), (c.id, 1)]
    assert j.touchpoint(a.id).stage == "interest"
    assert j.touchpoint(a.id).order == 0


def test_removing_a_touchpoint_removes_its_transitions(ws):
    j = ws.journey("anna")
    a = j.add_touchpoint("awareness", "sms", "a")
    b = j.add_touchpoint("interest", "sms", "b")
    c = j.add_touchpoint("decision", "sms", "c")
    j.connect(a.id, b.id)
    j.connect(b.id, c.id, "then", 40)
    seen = record(j.transition_removed, j.touchpoint_removed)
    removed, transitions = j.remove_touchpoint(b.id)
    assert removed == b
    assert {(t.source, t.target) for t in transitions} == {(a.id, b.id), (b.id, c.id)}
    assert j.graph.number_of_edges() == 0
    assert ("touchpoint_removed", b.id) in seen
    assert sum(1 for s in seen if s[0] == "transition_removed") == 2


def test_connect_refuses_dangling_self_and_duplicate(ws):
    j = ws.journey("anna")
    a = j.add_touchpoint("awareness", "sms", "a")
    b = j.add_touchpoint("interest", "sms", "b")
    with pytest.raises(ModelError, match="no touchpoint 'ghost'"):
        j.connect(a.id, "ghost")
    with pytest.raises(ModelError, match="itself"):
        j.connect(a.id, a.id)
    j.connect(a.id, b.id)
    with pytest.raises(ModelError, match="already connected"):
        j.connect(a.id, b.id)
    with pytest.raises(ModelError, match="volume"):
        j.update_transition(a.id, b.id, volume=-1)


def test_graph_view_is_read_only(ws):
    j = ws.journey("anna")
    j.add_touchpoint("awareness", "sms", "a")
    view = j.graph
    with pytest.raises(Exception, match=r"[Ff]rozen"):
        view.add_node("intruder")
    assert "intruder" not in j


def test_stage_and_channel_in_use_cannot_be_removed(ws):
    j = ws.journey("anna")
    tp = j.add_touchpoint("awareness", "chatbot", "a")
    with pytest.raises(ModelError, match="used by 1 touchpoint"):
        ws.remove_stage("awareness")
    with pytest.raises(ModelError, match="used by 1 touchpoint"):
        ws.remove_channel("chatbot")
    j.move_touchpoint(tp.id, stage="interest", channel="sms")
    stage, index = ws.remove_stage("awareness")
    assert (stage.id, index) == ("awareness", 0)
    channel, _ = ws.remove_channel("chatbot")
    assert channel.id == "chatbot"
    assert not ws.has_stage("awareness")


def test_signals_reach_the_workspace(ws):
    j = ws.journey("anna")
    changes = []
    ws.changed.connect(lambda: changes.append(1))
    seen = record(j.touchpoint_added, j.touchpoint_changed, ws.channels_changed)
    tp = j.add_touchpoint("awareness", "sms", "a")
    j.update_touchpoint(tp.id, label="b")
    j.update_touchpoint(tp.id, label="b")  # no change, no signal
    ws.set_crm("sms", "none")
    assert seen == [("touchpoint_added", tp.id), ("touchpoint_changed", tp.id),
                    ("channels_changed", "sms")]
    assert len(changes) == 3


def test_crm_status_validated(ws):
    with pytest.raises(ModelError, match="crm"):
        ws.set_crm("sms", "sort of")
    assert ws.channel("sms").audit.crm == "unknown"


def test_polish_defaults():
    ws = Workspace.new("pl")
    assert [s.name for s in ws.stages] == [
        "Świadomość", "Zainteresowanie", "Rozważanie", "Decyzja", "Działanie", "Lojalność"]
    assert ws.channel("store").name == "Sklep stacjonarny"
    assert {c.group for c in ws.channels} == {"online", "offline", "hybrid"}


def test_sample_is_the_anna_journey_in_both_languages():
    for lang in ("en", "pl"):
        ws = sample_workspace(lang)
        (anna,) = ws.journeys
        assert len(anna) == 12
        assert {t.stage for t in anna.touchpoints()} == {s.id for s in ws.stages}
        silos = {c.id for c in ws.used_channels() if c.audit.crm == "none"}
        assert silos == {"chatbot", "instagram"}


def test_journey_without_workspace_accepts_any_reference():
    j = Journey("solo")
    tp = j.add_touchpoint("custom-stage", "custom-channel", "x")
    assert j.touchpoint(tp.id).stage == "custom-stage"


def _check_cells(j: Journey) -> None:
    """Every cell's orders are 0..n-1 and the cell index agrees with the graph."""
    brute: dict[tuple[str, str], list] = {}
    for tp in j.touchpoints():
        brute.setdefault((tp.stage, tp.channel), []).append(tp)
    seen = 0
    for key, tps in j.iter_cells():
        assert [t.order for t in tps] == list(range(len(tps)))
        assert sorted(t.id for t in tps) == sorted(t.id for t in brute[key])
        seen += len(tps)
    assert seen == len(j)


def test_random_edits_keep_cells_consistent():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    stages = ["awareness", "interest", "decision"]
    channels = ["sms", "email"]
    op = st.tuples(st.sampled_from(["add", "move", "remove", "connect"]),
                   st.integers(0, 50), st.sampled_from(stages), st.sampled_from(channels),
                   st.integers(-1, 5))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(op, max_size=40))
    def run(ops):
        ws = Workspace.new()
        j = ws.add_journey("x")
        for kind, pick, stage, channel, index in ops:
            ids = [t.id for t in j.touchpoints()]
            idx = None if index < 0 else index
            if kind == "add" or not ids:
                j.add_touchpoint(stage, channel, "x", index=idx)
            elif kind == "move":
                j.move_touchpoint(ids[pick % len(ids)], stage, channel, idx)
            elif kind == "remove":
                j.remove_touchpoint(ids[pick % len(ids)])
            else:
                a, b = ids[pick % len(ids)], ids[(pick * 7 + 1) % len(ids)]
                if a != b and not j.has_transition(a, b):
                    j.connect(a, b)
            _check_cells(j)

    run()
