"""The automatic checks of omnimap.analysis: each rule, firing and not firing."""

from __future__ import annotations

import json

import pytest

from omnimap.analysis import CHECKS, Finding, check, known_codes, register
from omnimap.analysis.checks import purchase_stages
from omnimap.model import Stage, Workspace
from omnimap.model.sample import sample_workspace


def build(
    touchpoints: list[tuple[str, str, str]],
    edges: list[tuple[str, str]] = (),  # type: ignore[assignment]
    crm: dict[str, str] | None = None,
    name: str = "Anna",
    workspace: Workspace | None = None,
) -> Workspace:
    """A workspace with one journey; touchpoints are (id, stage, channel), label = id upper."""
    ws = workspace or Workspace.new("en")
    for channel, status in (crm or {}).items():
        ws.set_crm(channel, status)
    journey = ws.add_journey(name, id=name.lower())
    for tid, stage, channel in touchpoints:
        journey.add_touchpoint(stage, channel, tid.upper(), id=tid)
    for source, target in edges:
        journey.connect(source, target)
    return ws


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


# A complete, healthy funnel over integrated channels: the baseline that must stay quiet.
FUNNEL = [
    ("a", "awareness", "tiktok"), ("b", "interest", "website"),
    ("c", "consideration", "email"), ("d", "decision", "mobile_app"),
    ("e", "action", "sms"), ("f", "loyalty", "push"),
]
CHAIN = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f")]
ALL_INTEGRATED = {"tiktok": "connector", "website": "integrated", "email": "integrated",
                  "mobile_app": "integrated", "sms": "connector", "chatbot": "integrated",
                  "instagram": "integrated", "store": "integrated",
                  "push": "integrated"}


def healthy(**overrides: str) -> Workspace:
    ws = build(FUNNEL, CHAIN, {**ALL_INTEGRATED, **overrides})
    for channel in ws.used_channels():
        ws.update_channel(channel.id, audit={"owner": "CRM team"})
    return ws


def test_healthy_funnel_has_no_findings() -> None:
    assert check(healthy()) == []


# ----------------------------------------------------------------------- sample
def test_sample_reports_exactly_its_two_crm_gaps_as_errors() -> None:
    errors = [f for f in check(sample_workspace()) if f.is_error]
    assert [(f.code, f.channel_ids, f.touchpoint_ids, f.journey_id) for f in errors] == [
        ("crm-gap", ("instagram",), ("t6",), "anna"),
        ("crm-gap", ("chatbot",), ("t5",), "anna"),
    ]
    chatbot = errors[1]
    assert chatbot.message == (
        'Anna: channel "Chatbot" has no CRM integration; affects 1 touchpoint: '
        '"Site chatbot offers help"'
    )


def test_sample_in_polish_names_polish_labels() -> None:
    errors = [f for f in check(sample_workspace("pl")) if f.is_error]
    assert "Chatbot na stronie proponuje pomoc" in errors[1].message


# ---------------------------------------------------------------------- crm-gap
def test_crm_gap_one_finding_per_channel_per_journey_listing_its_touchpoints() -> None:
    ws = build([("x", "awareness", "chatbot"), ("y", "decision", "chatbot"),
                ("z", "interest", "chatbot")], crm={"chatbot": "none"})
    build([("q", "loyalty", "chatbot")], name="Bob", workspace=ws)
    gaps = codes(check(ws), "crm-gap")
    assert [(f.journey_id, f.touchpoint_ids) for f in gaps] == [
        ("anna", ("x", "z", "y")),  # map order: by stage
        ("bob", ("q",)),
    ]
    assert gaps[0].severity == "error"
    assert 'affects 3 touchpoints: "X", "Z", "Y"' in gaps[0].message
    assert gaps[1].message.startswith("Bob: ")


@pytest.mark.parametrize("status", ["integrated", "connector"])
def test_integrated_channels_are_no_crm_gap(status: str) -> None:
    findings = check(build([("x", "awareness", "chatbot")], crm={"chatbot": status}))
    assert not codes(findings, "crm-gap") and not codes(findings, "crm-unknown")


def test_unused_silo_channel_is_not_reported() -> None:
    ws = build([("x", "awareness", "website")], crm={"website": "integrated", "chatbot": "none"})
    assert not codes(check(ws), "crm-gap")


def test_unknown_crm_status_is_a_warning() -> None:
    findings = check(build([("x", "awareness", "print")]))  # never audited
    unknown = codes(findings, "crm-unknown")
    assert [(f.severity, f.channel_ids, f.touchpoint_ids) for f in unknown] == [
        ("warning", ("print",), ("x",))]
    assert '"Printed materials"' in unknown[0].message
    assert not codes(findings, "crm-gap")


def test_long_touchpoint_lists_are_cut_but_ids_are_complete() -> None:
    tps = [(f"t{n}", "interest", "chatbot") for n in range(8)]
    gap = codes(check(build(tps, crm={"chatbot": "none"})), "crm-gap")[0]
    assert len(gap.touchpoint_ids) == 8
    assert gap.message.endswith("and 3 more")


def test_messages_stay_on_one_line_and_untitled_touchpoints_get_a_name() -> None:
    ws = Workspace.new()
    ws.set_crm("chatbot", "none")
    journey = ws.add_journey("Two\nlines")
    journey.add_touchpoint("awareness", "chatbot", "first\nsecond", id="a")
    journey.add_touchpoint("interest", "chatbot", "", id="b")
    for finding in check(ws):
        assert "\n" not in finding.message
    gap = codes(check(ws), "crm-gap")[0]
    assert gap.message.startswith('Two lines: channel "Chatbot"')
    assert '"first second", untitled touchpoint b' in gap.message


# ---------------------------------------------------------------- silo-handoff
@pytest.mark.parametrize("source_status, expected", [
    ("integrated", "integrated"), ("connector", "via a connector")])
def test_silo_handoff_from_integrated_to_none(source_status: str, expected: str) -> None:
    ws = healthy(email=source_status, mobile_app="none")  # c (email) -> d (mobile_app)
    silo = codes(check(ws), "silo-handoff")
    assert len(silo) == 1
    assert silo[0].severity == "warning"
    assert silo[0].transitions == (("c", "d"),)
    assert silo[0].channel_ids == ("email", "mobile_app")
    assert f'"Email" ({expected}) to "Mobile app" (no CRM)' in silo[0].message


@pytest.mark.parametrize("source, target", [("none", "integrated"), ("none", "none"),
                                            ("integrated", "unknown")])
def test_no_silo_handoff_otherwise(source: str, target: str) -> None:
    ws = healthy(email=source, mobile_app=target)  # only the c (email) -> d arrow matters
    arrows = [t for f in codes(check(ws), "silo-handoff") for t in f.transitions]
    assert ("c", "d") not in arrows


def test_silo_handoffs_between_the_same_channels_are_grouped() -> None:
    ws = build([("a", "awareness", "email"), ("b", "awareness", "email"),
                ("x", "interest", "chatbot"), ("y", "interest", "chatbot")],
               [("a", "x"), ("b", "y"), ("a", "y")], {"email": "integrated", "chatbot": "none"})
    silo = codes(check(ws), "silo-handoff")
    assert len(silo) == 1
    assert set(silo[0].transitions) == {("a", "x"), ("b", "y"), ("a", "y")}
    assert "on 3 transitions" in silo[0].message


# ----------------------------------------------------------------- empty-stage
def test_empty_stage_names_the_stage() -> None:
    ws = build([tp for tp in FUNNEL if tp[1] != "action"],
               [("a", "b"), ("b", "c"), ("c", "d"), ("d", "f")], ALL_INTEGRATED)
    empty = codes(check(ws), "empty-stage")
    assert [(f.stage_ids, f.severity) for f in empty] == [(("action",), "warning")]
    assert empty[0].message == 'Anna: the "Action" stage has no touchpoint'


def test_empty_journey_is_one_info_not_six_empty_stages() -> None:
    ws = Workspace.new()
    ws.add_journey("Journey 1", id="j1")
    findings = check(ws)
    assert [(f.code, f.severity, f.journey_id) for f in findings if f.code != "stage-without-kpi"
            ] == [("empty-journey", "info", "j1")]


def test_workspace_without_journeys() -> None:
    findings = check(Workspace.new())
    assert [(f.code, f.journey_id) for f in findings] == [("empty-journey", None)]


# ----------------------------------------------------------------- unreachable
def test_unreachable_touchpoints_are_reported_one_by_one() -> None:
    ws = healthy()
    journey = ws.journeys[0]
    journey.add_touchpoint("decision", "website", "Island", id="i1")
    journey.add_touchpoint("action", "email", "Island 2", id="i2")
    journey.connect("i1", "i2")
    journey.connect("i2", "f")  # leads back into the journey, still unreachable itself
    found = codes(check(ws), "unreachable")
    assert [f.touchpoint_ids for f in found] == [("i1",), ("i2",)]
    assert found[0].message == (
        'Anna: "Island" (Decision, Website) cannot be reached from any touchpoint of the '
        'first stage in use, "Awareness"')


def test_touchpoints_of_the_first_stage_in_use_are_never_unreachable() -> None:
    # No awareness touchpoints: interest is where the journey starts; a second, unlinked
    # interest touchpoint is a start too; arrows may go back to an earlier stage.
    ws = build([("b", "interest", "website"), ("b2", "interest", "email"),
                ("c", "consideration", "email"), ("back", "interest", "sms")],
               [("b", "c"), ("c", "back")], ALL_INTEGRATED)
    assert not codes(check(ws), "unreachable")


# ----------------------------------------------------------- no-path-to-purchase
def test_no_path_to_purchase_when_the_chain_is_broken() -> None:
    ws = healthy()
    ws.journeys[0].disconnect("c", "d")
    found = codes(check(ws), "no-path-to-purchase")
    assert [(f.severity, f.stage_ids) for f in found] == [("error", ("awareness", "decision"))]
    assert "no chain of transitions joins them" in found[0].message


def test_path_to_purchase_may_go_through_any_stage() -> None:
    ws = build([("a", "awareness", "tiktok"), ("l", "loyalty", "email"),
                ("d", "decision", "website")], [("a", "l"), ("l", "d")], ALL_INTEGRATED)
    assert not codes(check(ws), "no-path-to-purchase")


def test_no_path_to_purchase_when_decision_or_awareness_is_empty() -> None:
    no_decision = build([("a", "awareness", "tiktok"), ("b", "interest", "website")],
                        [("a", "b")], ALL_INTEGRATED)
    found = codes(check(no_decision), "no-path-to-purchase")
    assert 'the "Decision" stage has no touchpoint' in found[0].message
    no_awareness = build([("b", "interest", "website"), ("d", "decision", "website")],
                         [("b", "d")], ALL_INTEGRATED)
    found = codes(check(no_awareness), "no-path-to-purchase")
    assert 'the "Awareness" stage has no touchpoint to start from' in found[0].message


def test_renamed_and_reordered_stages_use_the_ids() -> None:
    ws = healthy()
    ws.update_stage("awareness", name="Odkrycie")
    ws.update_stage("decision", name="Zakup")
    ws.move_stage("decision", 1)  # decision is no longer the fourth stage
    ws.journeys[0].disconnect("c", "d")
    found = codes(check(ws), "no-path-to-purchase")
    assert found[0].stage_ids == ("awareness", "decision")
    assert '"Odkrycie"' in found[0].message and '"Zakup"' in found[0].message


def test_custom_stage_ids_use_first_and_fourth_stage() -> None:
    stages = [Stage(id=f"s{n}", name=f"Step {n}") for n in range(1, 6)]
    assert purchase_stages(stages) == ("s1", "s4")
    assert purchase_stages(stages[:3]) is None
    assert purchase_stages([Stage(id="decision", name="Buy")]) is None
    ws = Workspace(stages=stages, channels=Workspace.new().channels)
    build([("a", "s1", "website"), ("x", "s2", "website"), ("d", "s4", "website")],
          [("x", "d")], {"website": "integrated"}, workspace=ws)
    found = codes(check(ws), "no-path-to-purchase")
    assert found[0].stage_ids == ("s1", "s4")
    ws.journeys[0].connect("a", "x")
    assert not codes(check(ws), "no-path-to-purchase")


# ---------------------------------------------------------------------- dead-end
def test_dead_end_before_the_last_stage_only() -> None:
    ws = healthy()
    journey = ws.journeys[0]
    journey.disconnect("e", "f")
    journey.connect("d", "f")
    found = codes(check(ws), "dead-end")
    # e (action) stops; f (loyalty, the last stage) may stop.
    assert [(f.severity, f.touchpoint_ids) for f in found] == [("info", ("e",))]
    assert 'stops at "E" (Action, SMS)' in found[0].message
    assert 'before the "Loyalty" stage' in found[0].message


def test_last_stage_follows_the_workspace_order() -> None:
    ws = healthy()
    ws.move_stage("loyalty", 0)  # now "action" is last: f stops in loyalty before it
    ws.journeys[0].connect("f", "a")
    assert not codes(check(ws), "dead-end")
    ws.journeys[0].disconnect("f", "a")
    assert [f.touchpoint_ids for f in codes(check(ws), "dead-end")] == [("f",)]


# ------------------------------------------------------------------- more checks
# The rules of the pitfall checks (omnimap.analysis.pitfalls) are tested in test_pitfalls.py.
def test_no_mobile() -> None:
    ws = build([("a", "awareness", "website"), ("b", "interest", "email")], [("a", "b")])
    assert codes(check(ws), "no-mobile")[0].severity == "warning"
    ws.journeys[0].add_touchpoint("interest", "sms", "SMS")
    assert not codes(check(ws), "no-mobile")


def test_stage_without_kpi_and_channel_without_owner() -> None:
    ws = healthy()
    ws.update_stage("interest", kpis=[])
    ws.update_channel("sms", audit={"owner": ""})
    ws.update_channel("chatbot", audit={"owner": ""})  # unused: not reported
    found = check(ws)
    assert [f.stage_ids for f in codes(found, "stage-without-kpi")] == [("interest",)]
    assert [f.channel_ids for f in codes(found, "channel-without-owner")] == [("sms",)]
    assert all(f.journey_id is None for f in found)


# ------------------------------------------------------------ running the checks
def test_findings_come_most_serious_first() -> None:
    findings = check(sample_workspace())
    ranks = [("error", "warning", "info").index(f.severity) for f in findings]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3


def test_select_and_ignore() -> None:
    ws = sample_workspace()
    assert {f.code for f in check(ws, select=["silo-handoff"])} == {"silo-handoff"}
    assert "crm-gap" not in {f.code for f in check(ws, ignore=["crm-gap"])}
    assert check(ws, select=["crm-gap"], ignore=["crm-gap"]) == []
    with pytest.raises(ValueError, match="unknown check code 'crm-gaps'"):
        check(ws, select=["crm-gaps"])


def test_every_finding_is_json_ready_and_hashable() -> None:
    for finding in check(sample_workspace()):
        assert json.loads(json.dumps(finding.to_dict())) == finding.to_dict()
        assert hash(finding) == hash(Finding(**finding.__dict__))


def test_a_registered_check_runs_and_codes_stay_unique() -> None:
    before = len(CHECKS)

    @register("test-long-label")
    def long_labels(j):  # type: ignore[no-untyped-def]
        for tp in j.touchpoints.values():
            if len(tp.label) > 30:
                yield Finding("info", "test-long-label", "long", j.journey.id,
                              touchpoint_ids=(tp.id,))

    try:
        assert "test-long-label" in known_codes()
        sample = sample_workspace()
        found = codes(check(sample), "test-long-label")
        long = {tp.id for tp in sample.journeys[0].touchpoints() if len(tp.label) > 30}
        assert 0 < len(long) < 12
        assert {f.touchpoint_ids[0] for f in found} == long
        with pytest.raises(ValueError, match="already reported"):
            register("crm-gap")
    finally:
        del CHECKS[before:]
    assert "test-long-label" not in known_codes()


def test_large_journey_is_checked_in_one_pass() -> None:
    # 2,000 touchpoints, 3,000 transitions: a main chain through the six stages with
    # skips forward, and an island of 10 touchpoints that nobody reaches, ending nowhere.
    ws = Workspace.new()
    for channel in ws.channels:
        ws.set_crm(channel.id, "integrated")
    journey = ws.add_journey("Big")
    stages = [s.id for s in ws.stages]
    main = 1990
    for i in range(main):
        journey.add_touchpoint(stages[i * 6 // main], "website", f"T{i}", id=f"t{i}")
    for i in range(main, 2000):
        journey.add_touchpoint("interest", "mobile_app", f"T{i}", id=f"t{i}")
    for i in range(main - 1):
        journey.connect(f"t{i}", f"t{i + 1}")
    for i in range(main, 1999):
        journey.connect(f"t{i}", f"t{i + 1}")
    for i in range(3000 - journey.graph.number_of_edges()):
        journey.connect(f"t{i}", f"t{i + 7}")
    assert journey.graph.number_of_edges() == 3000
    found = check(ws)
    unreachable = [f.touchpoint_ids[0] for f in codes(found, "unreachable")]
    assert unreachable == [f"t{i}" for i in range(main, 2000)]
    assert [f.touchpoint_ids for f in codes(found, "dead-end")] == [("t1999",)]
    assert not codes(found, "no-path-to-purchase")
    journey.disconnect("t994", "t995")  # the chain from awareness to decision, cut
    for i in range(988, 995):
        if journey.has_transition(f"t{i}", f"t{i + 7}"):
            journey.disconnect(f"t{i}", f"t{i + 7}")
    assert codes(check(ws), "no-path-to-purchase")
