"""The pitfall checks of omnimap.analysis.pitfalls: each rule, firing and not firing."""

from __future__ import annotations

import pytest

from omnimap.analysis import Finding, check, known_codes
from omnimap.analysis.pitfalls import (
    MAX_CHANNELS_PER_JOURNEY,
    MAX_CHANNELS_PER_STAGE,
    continuity_stages,
    format_kpi_value,
)
from omnimap.io import loads_workspace
from omnimap.model import Kpi, Stage, Workspace, default_stages
from omnimap.model.sample import sample_workspace

PITFALL_CODES = (
    "too-many-channels-stage", "too-many-channels-journey", "no-mobile", "stage-without-kpi",
    "channel-without-owner", "no-continuity", "pain-without-opportunity", "kpi-missed",
)


def build(
    touchpoints: list[tuple[str, str, str]],
    edges: list[tuple[str, str]] = (),  # type: ignore[assignment]
    name: str = "Anna",
    workspace: Workspace | None = None,
    owners: bool = True,
) -> Workspace:
    """One journey of (id, stage, channel) touchpoints, label = id upper; owners on all channels."""
    ws = workspace or Workspace.new("en")
    if owners:
        for channel in ws.channels:
            ws.update_channel(channel.id, audit={"owner": "CX team"})
    journey = ws.add_journey(name, id=name.lower())
    for tid, stage, channel in touchpoints:
        journey.add_touchpoint(stage, channel, tid.upper(), id=tid)
    for source, target in edges:
        journey.connect(source, target)
    return ws


def found(ws: Workspace, code: str) -> list[Finding]:
    return check(ws, select=[code])


# A journey none of the pitfall checks complains about: mobile, owned, changes channel
# from consideration (email) into decision (app), KPIs without targets.
FUNNEL = [
    ("a", "awareness", "tiktok"), ("b", "interest", "website"),
    ("c", "consideration", "email"), ("d", "decision", "mobile_app"),
    ("e", "action", "sms"), ("f", "loyalty", "push"),
]
CHAIN = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f")]


def test_the_funnel_is_quiet_and_every_code_is_registered() -> None:
    assert check(build(FUNNEL, CHAIN), select=PITFALL_CODES) == []
    assert set(PITFALL_CODES) <= set(known_codes())
    # The preliminary codes these checks replace are gone.
    assert "too-many-channels" not in known_codes()
    assert "negative-emotion-no-opportunity" not in known_codes()


# ------------------------------------------------------------------------ sample
def test_on_the_sample_only_the_chatbot_without_owner_fires() -> None:
    # Reasoned from omnimap/model/sample.py:
    # - stages hold 1, 1, 4 (push, email, chatbot, instagram), 1, 2, 3 channels: none over 4;
    #   the journey uses 8 channels: not over 10;
    # - push, SMS and the app are mobile;
    # - the default stages all have KPIs, none with a target or an actual;
    # - every used channel has an owner except the chatbot;
    # - t3 push -> t4 email changes channel inside consideration..decision;
    # - the lowest emotion is t5's -1, not -2.
    findings = check(sample_workspace(), select=PITFALL_CODES)
    assert [(f.severity, f.code, f.channel_ids, f.journey_id) for f in findings] == [
        ("info", "channel-without-owner", ("chatbot",), None)]
    assert findings[0].message == (
        'channel "Chatbot" (used in Anna) has no owner in its audit, so nobody answers for it')


def test_on_the_polish_sample_the_same_and_in_polish_names() -> None:
    findings = check(sample_workspace("pl"), select=PITFALL_CODES)
    assert [(f.code, f.channel_ids) for f in findings] == [
        ("channel-without-owner", ("chatbot",))]


# --------------------------------------------------------------- too many channels
def stage_of(channels: list[str], stage: str = "consideration") -> list[tuple[str, str, str]]:
    return [(f"{stage[:3]}{n}", stage, c) for n, c in enumerate(channels)]


FIVE = ["chatbot", "website", "email", "instagram", "facebook"]


def test_five_channels_in_a_stage_are_too_many() -> None:
    ws = build(FUNNEL + stage_of(FIVE), CHAIN)
    (finding,) = found(ws, "too-many-channels-stage")
    assert finding.severity == "warning" and finding.journey_id == "anna"
    assert finding.stage_ids == ("consideration",)
    # Catalogue order (the rows of the map); email was already there as "c".
    assert finding.channel_ids == ("website", "instagram", "facebook", "email", "chatbot")
    assert set(finding.touchpoint_ids) == {"c", "con0", "con1", "con2", "con3", "con4"}
    assert finding.message == (
        'Anna: the "Consideration" stage spreads over 5 channels ("Website", "Instagram", '
        '"Facebook", "Email", "Chatbot"); a first roll-out does better on at most 4 channels '
        'per stage')
    assert not found(ws, "too-many-channels-journey")


def test_four_channels_in_a_stage_are_not_too_many_however_many_touchpoints() -> None:
    assert MAX_CHANNELS_PER_STAGE == 4
    four = [*FIVE[:3], "email"]  # 3 new + email, already used by "c": 4 distinct channels
    extra = [("x1", "consideration", "email"), ("x2", "consideration", "chatbot")]
    ws = build(FUNNEL + stage_of(four) + stage_of(four, "interest") + extra, CHAIN)
    assert not found(ws, "too-many-channels-stage")


def test_one_finding_per_stage_per_journey() -> None:
    ws = build(stage_of(FIVE) + stage_of(FIVE, "loyalty"))
    build(stage_of(FIVE, "decision"), name="Bob", workspace=ws, owners=False)
    assert [(f.journey_id, f.stage_ids) for f in found(ws, "too-many-channels-stage")] == [
        ("anna", ("consideration",)), ("anna", ("loyalty",)), ("bob", ("decision",))]


ELEVEN = ["website", "instagram", "facebook", "tiktok", "linkedin", "email", "chatbot",
          "google_ads", "store", "call_centre", "events"]


def spread(channels: list[str]) -> list[tuple[str, str, str]]:
    """One touchpoint per channel, at most 2 channels per stage."""
    stages = [s.id for s in default_stages()]
    return [(f"t{n}", stages[n // 2], c) for n, c in enumerate(channels)]


def test_eleven_channels_in_a_journey_are_too_many() -> None:
    ws = build(spread(ELEVEN))
    (finding,) = found(ws, "too-many-channels-journey")
    assert (finding.severity, finding.journey_id, finding.stage_ids) == ("warning", "anna", ())
    assert set(finding.channel_ids) == set(ELEVEN) and len(finding.channel_ids) == 11
    assert finding.message.startswith('Anna: the journey spreads over 11 channels ("Website", ')
    assert finding.message.endswith("and 6 more); a first roll-out does better on a few "
                                    "channels done well, at most 10")
    assert not found(ws, "too-many-channels-stage")


def test_ten_channels_in_a_journey_are_not_too_many() -> None:
    # The preliminary check fired at ten; the spec says more than ten.
    assert MAX_CHANNELS_PER_JOURNEY == 10
    ws = build([*spread(ELEVEN[:10]), ("again", "loyalty", "website")])
    assert not found(ws, "too-many-channels-journey")


# ---------------------------------------------------------------------- no-mobile
def test_a_journey_without_mobile_touchpoints() -> None:
    ws = build([("a", "awareness", "website"), ("b", "interest", "email")], [("a", "b")])
    (finding,) = found(ws, "no-mobile")
    assert (finding.severity, finding.journey_id) == ("warning", "anna")
    assert finding.message.startswith("Anna: no touchpoint is on a mobile channel")


@pytest.mark.parametrize("channel", ["mobile_app", "sms", "push", "messenger"])
def test_any_mobile_channel_of_the_catalogue_is_enough(channel: str) -> None:
    ws = build([("a", "awareness", "website"), ("m", "loyalty", channel)])
    assert not found(ws, "no-mobile")


def test_mobile_web_counts_when_its_channel_is_marked_mobile_not_by_its_label() -> None:
    ws = build([("a", "awareness", "website")])
    ws.journeys[0].update_touchpoint("a", label="Mobile web visit", notes="on mobile web")
    assert found(ws, "no-mobile")  # the label says so, but the channel is not mobile
    ws.add_channel("Mobile web", id="mobile_web", mobile=True)
    ws.journeys[0].add_touchpoint("interest", "mobile_web", "Browses on the phone")
    assert not found(ws, "no-mobile")


def test_each_journey_is_judged_alone() -> None:
    ws = build([("a", "awareness", "sms")])
    build([("b", "awareness", "store")], name="Bob", workspace=ws)
    assert [f.journey_id for f in found(ws, "no-mobile")] == ["bob"]


# ---------------------------------------------------------------- stage-without-kpi
def test_stage_without_kpi() -> None:
    ws = build(FUNNEL, CHAIN)
    assert not found(ws, "stage-without-kpi")
    ws.update_stage("interest", kpis=[])
    ws.add_stage("Trial", id="trial", index=3)  # new stages start without KPIs
    findings = found(ws, "stage-without-kpi")
    assert [(f.severity, f.stage_ids, f.journey_id) for f in findings] == [
        ("info", ("interest",), None), ("info", ("trial",), None)]
    assert findings[0].message == (
        'the "Interest" stage has no KPI, so nobody sees whether customers drop out there')


def test_a_kpi_without_a_metric_name_is_no_kpi() -> None:
    ws = build(FUNNEL, CHAIN)
    ws.update_stage("interest", kpis=[Kpi(metric="  ")])
    assert [f.stage_ids for f in found(ws, "stage-without-kpi")] == [("interest",)]
    ws.update_stage("interest", kpis=[Kpi(metric="  "), Kpi(metric="CTR")])
    assert not found(ws, "stage-without-kpi")


# ------------------------------------------------------------- channel-without-owner
def test_used_channels_without_owner_one_finding_each() -> None:
    ws = build(FUNNEL, CHAIN)
    build([("x", "awareness", "sms"), ("y", "interest", "store")], name="Bob", workspace=ws,
          owners=False)
    ws.update_channel("sms", audit={"owner": ""})
    ws.update_channel("store", audit={"owner": "   "})  # blank is no owner
    ws.update_channel("print", audit={"owner": ""})    # unused: not reported
    findings = found(ws, "channel-without-owner")
    assert [(f.severity, f.channel_ids, f.journey_id) for f in findings] == [
        ("info", ("sms",), None), ("info", ("store",), None)]
    assert findings[0].message.startswith('channel "SMS" (used in Anna, Bob) has no owner')
    ws.update_channel("sms", audit={"owner": "CRM team"})
    ws.update_channel("store", audit={"owner": "Retail"})
    assert not found(ws, "channel-without-owner")


# -------------------------------------------------------------------- no-continuity
def test_no_channel_change_between_consideration_and_decision() -> None:
    ws = build([("a", "awareness", "tiktok"), ("c", "consideration", "website"),
                ("c2", "consideration", "website"), ("d", "decision", "website")],
               [("a", "c"), ("c", "c2"), ("c2", "d")])
    (finding,) = found(ws, "no-continuity")
    assert finding.severity == "warning" and finding.journey_id == "anna"
    assert finding.stage_ids == ("consideration", "decision")
    assert finding.channel_ids == ("website",)
    assert finding.touchpoint_ids == ("c", "c2", "d")
    assert finding.transitions == (("c", "c2"), ("c2", "d"))  # not a -> c: a is outside
    assert finding.message.startswith(
        'Anna: the customer never changes channel between the "Consideration" and "Decision" '
        'stages: every touchpoint there is on "Website";')


def test_a_channel_change_inside_the_window_clears_it() -> None:
    ws = build([("c", "consideration", "email"), ("c2", "consideration", "website"),
                ("d", "decision", "website")], [("c", "c2"), ("c2", "d")])
    assert not found(ws, "no-continuity")  # email -> website within consideration
    assert not found(build(FUNNEL, CHAIN), "no-continuity")  # email -> app into decision


def test_channel_changes_outside_the_window_do_not_count() -> None:
    ws = build([("b", "interest", "email"), ("c", "consideration", "chatbot"),
                ("d", "decision", "website"), ("e", "action", "sms")],
               [("b", "d"), ("d", "e")])
    (finding,) = found(ws, "no-continuity")
    assert finding.transitions == ()
    assert '"Website", "Chatbot" are used there, but no transition leads from one to another' \
        in finding.message


def test_a_journey_without_touchpoints_in_the_window_is_skipped() -> None:
    ws = build([("a", "awareness", "tiktok"), ("b", "interest", "website"),
                ("e", "action", "sms")], [("a", "b")])
    assert not found(ws, "no-continuity")


def test_renamed_stages_keep_their_ids_and_messages_use_the_names() -> None:
    ws = build([("c", "consideration", "website"), ("d", "decision", "website")], [("c", "d")])
    ws.update_stage("consideration", name="Rozważanie")
    ws.update_stage("decision", name="Decyzja")
    ws.move_stage("decision", 0)  # reordered: the window runs from decision to consideration
    (finding,) = found(ws, "no-continuity")
    assert set(finding.stage_ids) == {"consideration", "decision", "awareness", "interest"}
    assert '"Decyzja" and "Rozważanie"' in finding.message


def test_custom_stage_ids_use_the_third_and_fourth_stage() -> None:
    stages = [Stage(id=f"s{n}", name=f"Step {n}") for n in range(1, 6)]
    ws = Workspace(stages=stages, channels=Workspace.new().channels)
    build([("x", "s3", "website"), ("y", "s4", "website"), ("z", "s5", "email")],
          [("x", "y"), ("y", "z")], workspace=ws)
    assert [f.stage_ids for f in found(ws, "no-continuity")] == [("s3", "s4")]
    ws.journeys[0].connect("z", "y")  # z (s5) is outside the window
    assert found(ws, "no-continuity")
    ws.journeys[0].add_touchpoint("s3", "email", id="w")
    ws.journeys[0].connect("w", "y")
    assert not found(ws, "no-continuity")


def test_continuity_window_edge_cases() -> None:
    stages = default_stages()
    assert continuity_stages([]) is None
    without_consideration = [s for s in stages if s.id != "consideration"]
    # The third stage is now "decision" itself: both rules pick it, so no window.
    assert continuity_stages(without_consideration) is None
    without_decision = [s for s in stages if s.id != "decision"]
    assert continuity_stages(without_decision) == ("consideration", "action")


# --------------------------------------------------------------- pain-without-opportunity
def test_pain_without_opportunity() -> None:
    ws = build(FUNNEL, CHAIN)
    journey = ws.journeys[0]
    journey.update_touchpoint("e", emotion=-2)
    journey.update_touchpoint("b", emotion=-2, opportunities=["  "])  # blank: not written
    findings = found(ws, "pain-without-opportunity")
    assert [(f.severity, f.touchpoint_ids, f.stage_ids, f.channel_ids) for f in findings] == [
        ("warning", ("b",), ("interest",), ("website",)),  # map order, not edit order
        ("warning", ("e",), ("action",), ("sms",))]
    assert findings[1].message == (
        'Anna: the customer is very unhappy at "E" (Action, SMS) and no opportunity to '
        'improve it is written against it')


def test_mild_displeasure_or_a_written_opportunity_is_no_pain_finding() -> None:
    ws = build(FUNNEL, CHAIN)
    journey = ws.journeys[0]
    journey.update_touchpoint("e", emotion=-1)
    journey.update_touchpoint("b", emotion=-2, opportunities=["Show delivery dates early"])
    assert not found(ws, "pain-without-opportunity")


# ---------------------------------------------------------------------- kpi-missed
def test_missed_kpis_name_stage_metric_target_and_actual() -> None:
    ws = build(FUNNEL, CHAIN)
    ws.update_stage("decision", kpis=[
        Kpi(metric="Conversion rate", unit="%", target=3, actual=2.1),
        Kpi(metric="Average order value", unit="PLN", target=150, actual=180),   # met
        Kpi(metric="Cart abandonment", unit="%", target=60, actual=72, higher_is_better=False),
        Kpi(metric="Returns", unit="%", target=10),                               # no actual
    ])
    ws.update_stage("loyalty", kpis=[Kpi(metric="NPS", target=40, actual=31)])
    findings = found(ws, "kpi-missed")
    assert [(f.severity, f.stage_ids, f.journey_id) for f in findings] == [
        ("warning", ("decision",), None), ("warning", ("decision",), None),
        ("warning", ("loyalty",), None)]
    assert [f.message for f in findings] == [
        'the "Decision" stage misses its KPI "Conversion rate": 2.1% against a target of '
        'at least 3%',
        'the "Decision" stage misses its KPI "Cart abandonment": 72% against a target of '
        'at most 60%',
        'the "Loyalty" stage misses its KPI "NPS": 31 against a target of at least 40',
    ]


def test_kpis_on_target_or_unmeasured_are_no_finding() -> None:
    ws = build(FUNNEL, CHAIN)
    ws.update_stage("decision", kpis=[
        Kpi(metric="Conversion rate", unit="%", target=3, actual=3),
        Kpi(metric="Churn", unit="%", target=5, actual=4, higher_is_better=False),
        Kpi(metric="Reach", actual=1000)])
    assert not found(ws, "kpi-missed")


def test_kpi_missed_in_polish_names_the_polish_stage() -> None:
    ws = sample_workspace("pl")
    ws.update_stage("action", kpis=[Kpi(metric="Dostawa na czas", unit="%", target=95,
                                        actual=88.5)])
    (finding,) = found(ws, "kpi-missed")
    # A Polish map gets a Polish message, with a decimal comma.
    assert finding.message == ('etap „Działanie” nie osiąga celu KPI „Dostawa na czas”: '
                               '88,5%, a cel to co najmniej 95%')


def test_kpi_values_are_written_plainly() -> None:
    assert format_kpi_value(1_000_000, "people") == "1000000 people"
    assert format_kpi_value(-0.5, " s ") == "-0.5 s"
    assert format_kpi_value(12.0) == "12"


# ----------------------------------------------------------------- a large map
def test_large_map_agrees_with_a_plain_recount(big_workspace_data: bytes) -> None:
    # 2,000 random touchpoints over every stage and channel, 3,000 random transitions:
    # recount what the rules say by brute force and compare.
    ws = loads_workspace(big_workspace_data)
    journey = ws.journeys[0]
    tps = journey.touchpoints()
    per_stage = {s.id: {t.channel for t in tps if t.stage == s.id} for s in ws.stages}
    expected_stages = [(s,) for s, chans in per_stage.items() if len(chans) > 4]
    findings = check(ws, select=PITFALL_CODES)

    def of(code: str) -> list[Finding]:
        return [f for f in findings if f.code == code]

    assert [f.stage_ids for f in of("too-many-channels-stage")] == expected_stages
    assert len(expected_stages) == 6
    assert [len(f.channel_ids) for f in of("too-many-channels-journey")] == [
        len({t.channel for t in tps})]
    assert not of("no-mobile")
    window = {"consideration", "decision"}
    stage_of_tp = {t.id: t.stage for t in tps}
    channel = {t.id: t.channel for t in tps}
    inside = [(s, t) for s, t in journey.graph.edges()
              if stage_of_tp[s] in window and stage_of_tp[t] in window]
    changes = any(channel[s] != channel[t] for s, t in inside)
    assert bool(of("no-continuity")) == (not changes)
    # Make every arrow inside the window stay on its channel: now it must fire.
    for s, t in inside:
        if channel[s] != channel[t]:
            journey.disconnect(s, t)
    (finding,) = check(ws, select=["no-continuity"])
    assert set(finding.transitions) == {(s, t) for s, t in inside if channel[s] == channel[t]}
    assert len(finding.touchpoint_ids) == sum(stage_of_tp[t] in window for t in stage_of_tp)
