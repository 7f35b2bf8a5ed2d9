"""Every edit is one undo step, and undo restores the model exactly."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from omnimap.commands import (
    AddStage,
    AddTouchpoint,
    Connect,
    Disconnect,
    Document,
    Macro,
    MoveStage,
    MoveTouchpoint,
    PasteTouchpoints,
    RemoveChannel,
    RemoveJourney,
    RemoveStage,
    RemoveTouchpoints,
    UpdateChannel,
    UpdatePersona,
    UpdateTouchpoint,
)
from omnimap.model.sample import sample_workspace


def snapshot(ws):
    return (
        ws.title,
        [s.model_dump() for s in ws.stages],
        [c.model_dump() for c in ws.channels],
        [
            (j.id, j.name, j.persona.model_dump(),
             sorted((t.model_dump() for t in j.touchpoints()), key=lambda d: d["id"]),
             sorted((t.model_dump() for t in j.transitions()),
                    key=lambda d: (d["source"], d["target"])))
            for j in ws.journeys
        ],
    )


@pytest.fixture
def doc(qapp):
    return Document(sample_workspace("en"))


EDITS = [
    lambda ws: AddTouchpoint(ws, "anna", "awareness", "sms", "New", emotion=1),
    lambda ws: MoveTouchpoint(ws, "anna", "t4", "decision", "store", 0),
    lambda ws: MoveTouchpoint(ws, "anna", "t10", channel="sms", index=0),
    lambda ws: RemoveTouchpoints(ws, "anna", ["t4", "t3", "t5"]),
    lambda ws: Connect(ws, "anna", "t1", "t12", "skip", 3),
    lambda ws: Disconnect(ws, "anna", "t1", "t2"),
    lambda ws: UpdateTouchpoint(ws, "anna", "t1", label="Zażółć gęślą jaźń", emotion=-2),
    lambda ws: UpdateChannel(ws, "chatbot", audit={"crm": "integrated", "owner": "CX"}),
    lambda ws: MoveStage(ws, "loyalty", 0),
    lambda ws: AddStage(ws, "Retention"),
    lambda ws: UpdatePersona(ws, "anna", goals=["a", "b"]),
    lambda ws: RemoveJourney(ws, "anna"),
    lambda ws: RemoveChannel(ws, "linkedin"),
    lambda ws: PasteTouchpoints(
        ws, "anna", [ws.journey("anna").touchpoint(t).model_dump() for t in ("t1", "t2")],
        [ws.journey("anna").transition("t1", "t2").model_dump()]),
]


@pytest.mark.parametrize("make", EDITS)
def test_each_edit_is_one_undo_step_and_undoes_exactly(doc, make):
    before = snapshot(doc.workspace)
    assert doc.push(make(doc.workspace))
    after = snapshot(doc.workspace)
    assert after != before
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert snapshot(doc.workspace) == before
    doc.undo_stack.redo()
    assert snapshot(doc.workspace) == after


def test_refused_edit_never_reaches_the_stack(doc):
    reasons = []
    doc.edit_refused.connect(reasons.append)
    before = snapshot(doc.workspace)
    assert not doc.push(Connect(doc.workspace, "anna", "t1", "t1"))
    assert not doc.push(UpdateTouchpoint(doc.workspace, "anna", "t1", emotion=9))
    assert doc.undo_stack.count() == 0
    assert snapshot(doc.workspace) == before
    assert len(reasons) == 2 and "itself" in reasons[0]


def test_macro_is_all_or_nothing(doc):
    ws = doc.workspace
    before = snapshot(ws)
    bad = Macro(ws, "bad", [MoveTouchpoint(ws, "anna", "t1", "interest"),
                            RemoveStage(ws, "interest")])
    assert not doc.push(bad)
    assert snapshot(ws) == before
    ids = ws.journey("anna").uses_stage("action")
    good = Macro(ws, "Remove stage", [
        *(MoveTouchpoint(ws, "anna", tid, "decision") for tid in ids),
        RemoveStage(ws, "action"),
    ])
    assert doc.push(good)
    assert not ws.has_stage("action")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert snapshot(ws) == before


def test_clean_state_tracks_saves(doc, tmp_path):
    pytest.importorskip("omnimap.io")
    assert not doc.is_dirty()
    doc.push(UpdateTouchpoint(doc.workspace, "anna", "t1", label="x"))
    assert doc.is_dirty()
    doc.save(tmp_path / "a.omnimap")
    assert not doc.is_dirty()
    assert doc.path == tmp_path / "a.omnimap"
    doc.undo_stack.undo()
    assert doc.is_dirty()
