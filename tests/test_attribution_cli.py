"""``omnimap attribution`` run as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from _cli import assert_bad_input
from _cli import omnimap as run_omnimap

FIXTURES = Path(__file__).parent / "fixtures" / "attribution"


def omnimap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_omnimap("attribution", *args, cwd=cwd)


def test_text_table_of_a_paths_file(tmp_path):
    result = omnimap(str(FIXTURES / "paths.csv"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2.00 conversions worth 150.00 from 3 distinct paths"
    header = lines[2].split()
    assert header == ["Conversions", "Last-click", "First-click", "Linear", "Position", "Markov"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[4:6]}
    # Hand-computed in test_attribution_inputs.test_paths_fixture_hand_computed.
    assert rows == {"A": ["0.00", "1.00", "0.50", "0.50", "0.40"],
                    "B": ["2.00", "1.00", "1.50", "1.50", "1.60"]}
    # Aligned: every row of the table has the same width as its header.
    assert len({len(line) for line in lines[2:8]}) == 1
    assert "Value" in result.stdout
    assert "time-decay: not computed" in result.stdout


def test_a_map_without_touchpoints_has_nothing_to_credit(tmp_path):
    assert run_omnimap("new", "-o", "blank.omnimap", cwd=tmp_path).returncode == 0
    result = omnimap("blank.omnimap", "--model", "all", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # No empty table, no "Markov removal effects: " with nothing after it.
    assert [line for line in result.stdout.splitlines() if line] == [
        "0.00 conversions from 0 distinct paths; time-decay half-life 168 h",
        "No conversions: nothing to credit."]


def test_json_of_a_journeys_file_with_half_life(tmp_path):
    result = omnimap(str(FIXTURES / "journeys.csv"), "--format", "json", "--half-life", "24",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["models"] == ["last", "first", "linear", "time-decay", "position", "markov"]
    assert data["half_life_hours"] == 24.0
    decay = data["credits"]["time-decay"]
    assert decay["A"]["conversions"] == pytest.approx(0.65)
    assert decay["B"]["conversions"] == pytest.approx(2.35)
    for model in data["models"]:
        total = sum(c["conversions"] for c in data["credits"][model].values())
        assert total == pytest.approx(data["total_conversions"])


def test_csv_to_a_file_chosen_by_extension(tmp_path):
    result = omnimap(str(FIXTURES / "paths.csv"), "--model", "last,markov", "-o", "out.csv",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8"))))
    assert [r["channel"] for r in rows] == ["A", "B"]
    assert set(rows[0]) == {"channel", "last", "markov", "last_value", "markov_value"}
    assert float(rows[1]["markov"]) == pytest.approx(1.6)
    assert float(rows[0]["markov_value"]) == pytest.approx(30.0)


def test_a_map(tmp_path):
    from omnimap.io import save_workspace
    from omnimap.model.sample import sample_workspace

    save_workspace(sample_workspace("pl"), tmp_path / "anna.omnimap")
    result = omnimap("anna.omnimap", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total_conversions"] == pytest.approx(1.0)
    assert data["credits"]["first"]["TikTok"]["conversions"] == 1.0
    assert data["credits"]["last"]["Strona www"]["conversions"] == 1.0
    assert "time-decay" in data["models"]


def test_a_map_with_a_conversion_stage(tmp_path):
    from omnimap.io import save_workspace
    from omnimap.model.sample import sample_workspace

    save_workspace(sample_workspace(), tmp_path / "anna.omnimap")
    result = omnimap("anna.omnimap", "--model", "last", "--conversion-stage", "interest",
                     "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Website,1.0" in result.stdout.splitlines()
    line = assert_bad_input(omnimap("anna.omnimap", "--conversion-stage", "x", cwd=tmp_path))
    assert "no stage 'x'" in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["bad_path.csv"], "bad_path.csv: line 3: empty channel name"),
        (["paths.csv", "--model", "time-decay"], "time-decay needs the hours"),
        (["paths.csv", "--model", "shapley"], "unknown model 'shapley'"),
        (["paths.csv", "--half-life", "0"], "half-life must be a positive number"),
        (["paths.csv", "--half-life", "soon"], "--half-life"),
        (["paths.csv", "--format", "xml"], "--format"),
        (["missing.csv"], "missing.csv: cannot read"),
        (["notes.md"], "expected a .csv or .omnimap file"),
        (["broken.omnimap"], "broken.omnimap"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, args, expected):
    for fixture in FIXTURES.iterdir():
        (tmp_path / fixture.name).write_bytes(fixture.read_bytes())
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "broken.omnimap").write_text("{not json", encoding="utf-8")
    line = assert_bad_input(omnimap(*args, cwd=tmp_path))
    assert expected in line


def test_bad_journey_row_names_the_line(tmp_path):
    f = tmp_path / "j.csv"
    f.write_text("journey_id,path,hours_to_conversion,converted\n1,A > B,3 > 0,1\n"
                 "2,A > B,3,1\n", encoding="utf-8")
    line = assert_bad_input(omnimap("j.csv", cwd=tmp_path))
    assert line == "omnimap: j.csv: line 3: hours_to_conversion has 1 value for 2 touches"


def test_unwritable_output(tmp_path):
    line = assert_bad_input(omnimap(str(FIXTURES / "paths.csv"), "-o",
                                  str(tmp_path / "no" / "such" / "dir.txt"), cwd=tmp_path))
    assert "cannot write" in line
