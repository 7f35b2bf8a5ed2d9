"""Attribution inputs: the paths and journeys CSV layouts, and the paths a map implies."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnimap.analysis.attribution import attribute
from omnimap.analysis.paths import (
    AttributionError,
    PathCount,
    parse_path,
    paths_from_workspace,
    read_any_csv,
    read_journeys_csv,
    read_paths_csv,
)
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace

FIXTURES = Path(__file__).parent / "fixtures" / "attribution"


def by_path(records):
    return {r.path: r for r in records}


# ------------------------------------------------------------------ paths layout
def test_parse_path_trims_and_splits():
    assert parse_path("A>B >  C ") == ("A", "B", "C")
    assert parse_path("Sklep stacjonarny") == ("Sklep stacjonarny",)
    for bad in ("", "  ", "A >", "> A", "A >> B"):
        with pytest.raises(AttributionError):
            parse_path(bad)


def test_read_paths_file_with_values():
    records = by_path(read_paths_csv(FIXTURES / "paths.csv"))
    assert records == {
        ("A", "B"): PathCount(("A", "B"), 1.0, 0.0, 100.0),
        ("B",): PathCount(("B",), 1.0, 2.0, 50.0),
        ("A",): PathCount(("A",), 0.0, 1.0, 0.0),
    }


def test_paths_fixture_hand_computed():
    """paths.csv: "A > B" 1 conv (100), "B" 1 conv 2 nulls (50), "A" 1 null.

    Last: B 2 (150). First: A 1 (100), B 1 (50). Linear: A 1/2 (50), B 3/2 (100).
    Markov: start→A 2/5, start→B 3/5; A→B 1/2; B→conv 1/2. P = 2/5;
    without A 3/10 (effect 1/4), without B 0 (effect 1): A 2/5 (value 30), B 8/5 (120).
    """
    r = attribute(read_any_csv(FIXTURES / "paths.csv"), models="all")
    assert r.unavailable.keys() == {"time-decay"}
    assert r.table["last"] == {"A": (0.0, 0.0), "B": (2.0, 150.0)}
    assert r.table["first"] == {"A": (1.0, 100.0), "B": (1.0, 50.0)}
    assert r.table["linear"]["A"] == pytest.approx((0.5, 50.0))
    assert r.table["markov"]["A"] == pytest.approx((0.4, 30.0))
    assert r.table["markov"]["B"] == pytest.approx((1.6, 120.0))


def test_paths_file_without_nulls_or_values_and_repeated_rows(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("Total_Conversions , Path\n2,A > B\n3,A>B\n1.5,C\n", encoding="utf-8")
    records = by_path(read_any_csv(f))
    assert records[("A", "B")] == PathCount(("A", "B"), 5.0, 0.0, None)
    assert records[("C",)].conversions == 1.5


def test_bom_crlf_and_polish_letters():
    [record] = read_any_csv(FIXTURES / "paths_bom_crlf.csv")
    assert record.path == ("Instagram", "Żabka", "Sklep")
    assert (record.conversions, record.nulls) == (2.0, 1.0)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("path,total_conversions,total_null\nA,1,0\nB,x,0\n",
         "line 3: total_conversions must be a number, not 'x'"),
        ("path,total_conversions,total_null\nA,-1,0\n", "line 2: total_conversions must be"),
        ("path,total_conversions,total_null\nA,1,nan\n", "line 2: total_null must be"),
        ("path,total_conversions,total_null\nA,1\n", "line 2: expected 3 fields, found 2"),
        ("path,total_conversions,total_null\nA,1,0\n\nA >  > B,1,0\n",
         "line 4: empty channel name"),
        ("path,total_conversions,total_null\n", "no paths below the header"),
        ("", "the file is empty"),
        ("channel,count\nA,1\n", "line 1: expected a header"),
        ('path,total_conversions,total_null\n"A,1,0\n', "line 2"),
    ],
)
def test_bad_paths_files_name_the_line(tmp_path, content, message):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(AttributionError) as caught:
        read_any_csv(f)
    text = str(caught.value)
    assert message in text
    assert str(f) in text
    assert "\n" not in text


def test_bad_path_fixture():
    with pytest.raises(AttributionError, match=r"bad_path.csv: line 3: empty channel name"):
        read_paths_csv(FIXTURES / "bad_path.csv")


def test_windows_1250_from_polish_excel_is_read(tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("path;total_conversions\nA;1\nSklep \u017babka;2\n".encode("cp1250"))
    records = read_any_csv(f)
    assert [(r.path, r.conversions) for r in records] == [(("A",), 1), (("Sklep Żabka",), 2)]


def test_text_in_no_known_encoding_names_the_line(tmp_path):
    f = tmp_path / "odd.csv"
    # 0x98 is a byte Windows-1250 leaves undefined, and it is no UTF-8 either.
    f.write_bytes(b"path,total_conversions\nA,1\nB\x98,1\n")
    with pytest.raises(AttributionError, match="line 3: neither UTF-8 nor Windows-1250"):
        read_any_csv(f)


def test_missing_file(tmp_path):
    with pytest.raises(AttributionError, match="cannot read"):
        read_any_csv(tmp_path / "nope.csv")


# --------------------------------------------------------------- journeys layout
def test_read_journeys_counts_identical_journeys():
    records = read_journeys_csv(FIXTURES / "journeys.csv")
    converted = [r for r in records if r.conversions]
    assert PathCount(("A", "B"), 2, 0.0, None, (48.0, 0.0)) in converted
    assert PathCount(("B", "A", "B"), 1, 0.0, None, (24.0, 24.0, 0.0)) in converted
    assert PathCount(("A",), 0.0, 1) in records
    assert sum(r.conversions for r in records) == 3


def test_journeys_fixture_time_decay_by_hand():
    """Half-life 24 h. j1, j2 "A > B" at 48 h and 0 h: weights 1/4, 1 → A 1/5, B 4/5 each.
    j3 "B > A > B" at 24, 24, 0: 1/2, 1/2, 1 → B 1/4 + 1/2, A 1/4.
    Totals: A 2/5 + 1/4 = 0.65, B 8/5 + 3/4 = 2.35.
    """
    r = attribute(read_any_csv(FIXTURES / "journeys.csv"), models="time-decay", half_life=24)
    assert {ch: c.conversions for ch, c in r.table["time-decay"].items()} == pytest.approx(
        {"A": 0.65, "B": 2.35})


def test_journeys_layout_feeds_every_model():
    r = attribute(read_any_csv(FIXTURES / "journeys.csv"), models="all")
    assert r.models == ("last", "first", "linear", "time-decay", "position", "markov")
    assert r.table["last"]["B"].conversions == 3.0
    assert r.table["first"]["A"].conversions == 2.0


def test_journeys_with_values(tmp_path):
    f = tmp_path / "j.csv"
    f.write_text(
        "journey_id,path,hours_to_conversion,converted,conversion_value\n"
        "1,A > B,5 > 0,yes,10\n2,A > B,5 > 0,yes,10\n3,B,,no,\n4,B,0,TRUE,4.5\n",
        encoding="utf-8")
    records = read_any_csv(f)
    assert PathCount(("A", "B"), 2, 0.0, 20.0, (5.0, 0.0)) in records
    assert PathCount(("B",), 1, 0.0, 4.5, (0.0,)) in records
    r = attribute(records, models="last")
    assert r.total_value == 24.5


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("9,A > B,5,1", "line 3: hours_to_conversion has 1 value for 2 touches"),
        ("9,A > B,,1", "line 3: hours_to_conversion is empty on a converted journey"),
        ("9,A > B,5 > x,1", "line 3: hours_to_conversion must be a number"),
        ("9,A > B,5 > -1,1", "line 3: hours_to_conversion must be a finite number"),
        ("9,A > B,5 > 0,maybe", "line 3: converted must be 1/0"),
        ("9,A >,5 > 0,1", "line 3: empty channel name"),
        ("9,A,1", "line 3: expected 4 fields, found 3"),
    ],
)
def test_bad_journeys_name_the_line(tmp_path, row, message):
    f = tmp_path / "j.csv"
    f.write_text(f"journey_id,path,hours_to_conversion,converted\n1,A,0,1\n{row}\n",
                 encoding="utf-8")
    with pytest.raises(AttributionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_any_csv(f)


def test_journeys_without_an_hours_column(tmp_path):
    f = tmp_path / "j.csv"
    f.write_text("journey_id,path,converted\n1,A > B,1\n2,B,0\n", encoding="utf-8")
    records = read_any_csv(f)
    assert PathCount(("A", "B"), 1, 0.0, None, None) in records
    assert "time-decay" in attribute(records).unavailable


def test_a_repeated_bad_row_names_its_first_line(tmp_path):
    f = tmp_path / "j.csv"
    f.write_text("journey_id,path,hours_to_conversion,converted\n"
                 "1,A,0,1\n2,A,0,oops\n3,A,0,oops\n", encoding="utf-8")
    with pytest.raises(AttributionError, match="line 3: converted"):
        read_any_csv(f)


# ------------------------------------------------------------------------ the map
def chain_workspace(volumes=(100, 40), stages=("awareness", "interest", "decision")):
    """TikTok (awareness) → Website (interest) → Website (decision), with volumes."""
    ws = Workspace.new()
    j = ws.add_journey("J", id="j")
    t1 = j.add_touchpoint(stages[0], "tiktok", id="t1")
    t2 = j.add_touchpoint(stages[1], "website", id="t2")
    t3 = j.add_touchpoint(stages[2], "website", id="t3")
    j.connect(t1.id, t2.id, volume=volumes[0])
    j.connect(t2.id, t3.id, volume=volumes[1])
    return ws


def test_map_volumes_and_drop_off():
    """100 enter at TikTok; 40 of the 100 reaching the site go on to buy, 60 drop out there."""
    records = by_path(paths_from_workspace(chain_workspace()))
    assert records == {
        ("TikTok", "Website", "Website"): PathCount(("TikTok", "Website", "Website"), 40.0, 0.0),
        ("TikTok", "Website"): PathCount(("TikTok", "Website"), 0.0, 60.0),
    }


def test_map_without_volumes_counts_one_customer_per_entry():
    records = paths_from_workspace(chain_workspace(volumes=(None, None)))
    assert [(r.path, r.conversions, r.nulls) for r in records] == [
        (("TikTok", "Website", "Website"), 1.0, 0.0)]


def test_map_splits_in_proportion_and_fills_unknown_volumes():
    """t1 sends 30 to the store, 10 to SMS, and an unknown number (the mean of its
    siblings, 20) to email. SMS passes 0 on: its 10 end there."""
    ws = Workspace.new()
    j = ws.add_journey("J", id="j")
    for tid, stage, channel in (("t1", "awareness", "instagram"), ("t2", "decision", "store"),
                                ("t3", "interest", "email"), ("t4", "interest", "sms")):
        j.add_touchpoint(stage, channel, id=tid)
    j.connect("t1", "t2", volume=30)
    j.connect("t1", "t3")
    j.connect("t1", "t4", volume=10)
    j.connect("t4", "t2", volume=0)
    records = by_path(paths_from_workspace(ws))
    assert records == {
        ("Instagram", "Physical store"): PathCount(("Instagram", "Physical store"), 30.0, 0.0),
        ("Instagram", "Email"): PathCount(("Instagram", "Email"), 0.0, 20.0),
        ("Instagram", "SMS"): PathCount(("Instagram", "SMS"), 0.0, 10.0),
    }


def test_map_paths_stop_at_the_conversion_and_skip_lone_touchpoints():
    ws = sample_workspace()
    anna = ws.journey("anna")
    anna.add_touchpoint("awareness", "print", "Flyer", id="lonely")
    records = paths_from_workspace(ws)
    assert all(r.path[-1] == "Website" and r.conversions > 0 for r in records)
    assert not any("Printed materials" in r.path or "SMS" in r.path for r in records)
    assert sum(r.conversions for r in records) == pytest.approx(1.0)


def test_map_hours_come_from_days_and_times():
    """Sample: TikTok on day 1 at 11:30, the purchase on day 4 at 14:00 → 74.5 h before;
    Instagram on day 3 with no time counts at noon → 26 h before."""
    records = paths_from_workspace(sample_workspace())
    long = next(r for r in records if "Instagram" in r.path)
    assert long.hours is not None
    assert long.hours[0] == pytest.approx(74.5)
    assert long.hours[long.path.index("Instagram")] == pytest.approx(26.0)
    assert long.hours[-1] == 0.0


def test_map_without_days_has_no_hours():
    records = paths_from_workspace(chain_workspace())
    assert all(r.hours is None for r in records)
    assert "time-decay" in attribute(records).unavailable


def test_map_loop_back_to_the_start():
    """Loyalty leads back to awareness: no touchpoint without an incoming arrow, so the
    journey enters at its earliest touchpoint and the loop is walked once."""
    ws = chain_workspace(volumes=(None, None))
    j = ws.journey("j")
    j.add_touchpoint("loyalty", "email", id="t4")
    j.connect("t3", "t4")
    j.connect("t4", "t1")
    records = paths_from_workspace(ws)
    assert [(r.path, r.conversions) for r in records] == [
        (("TikTok", "Website", "Website"), 1.0)]


def test_map_loop_before_the_conversion_is_cut():
    ws = chain_workspace(volumes=(None, None))
    j = ws.journey("j")
    j.add_touchpoint("interest", "email", id="t5")
    j.connect("t2", "t5")
    j.connect("t5", "t2")
    records = by_path(paths_from_workspace(ws))
    assert records[("TikTok", "Website", "Website")].conversions == 0.5
    assert records[("TikTok", "Website", "Email")].nulls == 0.5


def test_map_conversion_stage():
    ws = chain_workspace()
    records = paths_from_workspace(ws, conversion_stage="interest")
    assert [(r.path, r.conversions) for r in records] == [(("TikTok", "Website"), 100.0)]
    with pytest.raises(AttributionError, match="no stage 'nope'"):
        paths_from_workspace(ws, conversion_stage="nope")


def test_map_decision_found_by_name_else_last_stage():
    from omnimap.model import Stage

    ws = Workspace(stages=[Stage(id="s1", name="Start"), Stage(id="s2", name="Decyzja"),
                           Stage(id="s3", name="Po zakupie")])
    ws.add_channel("Sklep", id="sklep")
    j = ws.add_journey("J", id="j")
    j.add_touchpoint("s1", "sklep", id="a")
    j.add_touchpoint("s2", "sklep", id="b")
    j.connect("a", "b")
    assert paths_from_workspace(ws)[0].conversions == 1.0
    ws.update_stage("s2", name="Middle")
    assert paths_from_workspace(ws)[0].nulls == 1.0


def test_map_journey_selection():
    ws = sample_workspace()
    assert paths_from_workspace(ws, journeys=["anna"]) == paths_from_workspace(ws)
    with pytest.raises(AttributionError, match="no journey"):
        paths_from_workspace(ws, journeys=["nobody"])


def test_map_channels_sharing_a_name_stay_apart():
    ws = chain_workspace()
    ws.update_channel("tiktok", name="Website")
    paths = {r.path for r in paths_from_workspace(ws)}
    assert ("Website (tiktok)", "Website (website)") in paths


@pytest.mark.parametrize(("text", "code", "values", "line"), [
    ("", "empty", {}, 0),
    ("a,b\n1,2\n", "bad_header", {}, 1),
    ("path,total_conversions,total_null\n", "no_rows", {}, 0),
    ("path,total_conversions,total_null\nA > B,x,1\n", "not_number",
     {"column": "total_conversions", "value": "x"}, 2),
    ("path,total_conversions,total_null\nA > B,-1,1\n", "negative",
     {"column": "total_conversions", "value": "-1"}, 2),
    ("path,total_conversions,total_null\nA > > B,1,1\n", "empty_channel", {"path": "A > > B"}, 2),
    ("path,total_conversions,total_null\nA,1,1,7\n", "field_count",
     {"expected": "3", "found": "4"}, 2),
    ("journey_id,path,hours_to_conversion,converted\n1,A,3,maybe\n", "bad_flag",
     {"value": "maybe"}, 2),
    ("journey_id,path,hours_to_conversion,converted\n1,A > B,,1\n", "hours_empty", {}, 2),
])
def test_csv_problems_are_named(tmp_path: Path, text: str, code: str, values: dict[str, str],
                                line: int) -> None:
    """The codes and values the app translates (omnimap.gui.io_messages)."""
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AttributionError) as caught:
        read_any_csv(path)
    error = caught.value
    assert (error.code, error.values, error.line, error.source) == (code, values, line, str(path))


def _diamonds(forks: int, length: int) -> Workspace:
    """A chain of ``length`` cards in one stage, with ``forks`` two-way forks along it:
    2 ** forks paths, each about ``length`` touches long."""
    ws = Workspace.new()
    j = ws.add_journey("J", id="j")
    previous = j.add_touchpoint("awareness", "tiktok", id="c0").id
    for i in range(1, length):
        card = j.add_touchpoint("awareness", "website", id=f"c{i}").id
        j.connect(previous, card)
        if i <= forks:  # a second way round: previous -> side -> card
            side = j.add_touchpoint("awareness", "email", id=f"s{i}").id
            j.connect(previous, side)
            j.connect(side, card)
        previous = card
    return ws


def test_map_paths_are_bounded_by_their_touches_too():
    """1,024 paths are few, but at about 1,100 touches each they are more work than
    MAX_MAP_TOUCHES allows: refused at once, not credited for minutes."""
    from omnimap.analysis.paths import MAX_MAP_PATHS, MAX_MAP_TOUCHES

    assert MAX_MAP_PATHS > 2 ** 10 and MAX_MAP_TOUCHES < 2 ** 10 * 1_100
    with pytest.raises(AttributionError) as caught:
        paths_from_workspace(_diamonds(10, 1_100))
    assert caught.value.code == "too_many_paths"
    assert len(paths_from_workspace(_diamonds(10, 100))) == 2 ** 10  # 102,400 touches: fine
