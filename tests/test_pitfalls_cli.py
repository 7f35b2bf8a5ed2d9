"""``omnimap check`` reports the pitfall checks, run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _cli import omnimap

PITFALL_CODES = {
    "too-many-channels-stage", "too-many-channels-journey", "no-mobile", "stage-without-kpi",
    "channel-without-owner", "no-continuity", "pain-without-opportunity", "kpi-missed",
}




@pytest.fixture(scope="module")
def pitfalls_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A map on which every pitfall check fires once or more."""
    from omnimap.io import save_workspace
    from omnimap.model import Kpi, Workspace

    ws = Workspace.new("en", title="Everything wrong")
    for channel in ws.channels:  # audited, so that the CRM checks stay out of the way
        ws.set_crm(channel.id, "integrated")
    ws.update_stage("interest", kpis=[])
    ws.update_stage("decision", kpis=[Kpi(metric="Conversion rate", unit="%", target=3,
                                          actual=1.5)])
    ws.update_channel("website", audit={"owner": "E-commerce"})
    journey = ws.add_journey("Ewa", id="ewa")
    journey.add_touchpoint("awareness", "tiktok", "Ad", id="a")
    journey.add_touchpoint("awareness", "google_ads", "Search ad", id="a2")
    journey.add_touchpoint("interest", "youtube", "Review video", id="b")
    journey.add_touchpoint("interest", "linkedin", "Post", id="b2")
    for n, channel in enumerate(["website", "email", "chatbot", "instagram", "facebook"]):
        journey.add_touchpoint("consideration", channel, f"Compares {n}", id=f"c{n}")
    journey.add_touchpoint("decision", "store", "Buys in the shop", id="d", emotion=-2)
    journey.add_touchpoint("loyalty", "events", "Comes to an event", id="l")
    for source, target in [("a", "b"), ("b", "c0"), ("l", "d")]:
        journey.connect(source, target)
    path = tmp_path_factory.mktemp("pitfalls") / "wrong.omnimap"
    save_workspace(ws, path)
    return path


def test_check_lists_every_pitfall_code_in_text_and_json(pitfalls_map: Path) -> None:
    text = omnimap("check", pitfalls_map.name, cwd=pitfalls_map.parent)
    assert text.stderr == ""
    lines = text.stdout.splitlines()
    shown = {line.split()[1] for line in lines[:-1]}
    assert shown >= PITFALL_CODES
    assert any(line.split()[:2] == ["warning", "kpi-missed"]
               and '"Conversion rate": 1.5% against a target of at least 3%' in line
               for line in lines)

    result = omnimap("check", "--format", "json", pitfalls_map.name, cwd=pitfalls_map.parent)
    findings = json.loads(result.stdout)["findings"]
    by_code: dict[str, list[dict[str, object]]] = {}
    for finding in findings:
        by_code.setdefault(str(finding["code"]), []).append(finding)
    assert set(by_code) >= PITFALL_CODES
    assert [f["stage_ids"] for f in by_code["too-many-channels-stage"]] == [["consideration"]]
    assert [f["touchpoint_ids"] for f in by_code["pain-without-opportunity"]] == [["d"]]
    assert [f["stage_ids"] for f in by_code["stage-without-kpi"]] == [["interest"]]
    assert [f["stage_ids"] for f in by_code["kpi-missed"]] == [["decision"]]
    assert [f["journey_id"] for f in by_code["no-mobile"]] == ["ewa"]
    assert len(by_code["too-many-channels-journey"][0]["channel_ids"]) == 11  # type: ignore[arg-type]
    owners = {f["channel_ids"][0] for f in by_code["channel-without-owner"]}  # type: ignore[index]
    assert "website" not in owners and {"tiktok", "store"} <= owners


def test_check_select_accepts_the_new_codes(pitfalls_map: Path) -> None:
    result = omnimap("check", pitfalls_map.name, "--select", "kpi-missed,no-continuity",
                     cwd=pitfalls_map.parent)
    assert result.returncode == 0  # warnings only
    assert sorted(line.split()[1] for line in result.stdout.splitlines()[:-1]) == [
        "kpi-missed", "no-continuity"]
    ignored = omnimap("check", pitfalls_map.name, "--ignore", ",".join(sorted(PITFALL_CODES)),
                      cwd=pitfalls_map.parent)
    assert not PITFALL_CODES & {line.split()[1] for line in ignored.stdout.splitlines()[:-1]}
