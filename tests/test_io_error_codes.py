"""File and CSV errors name their problem (code + values), so the app can say it in Polish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omnimap.io import FileError, load_workspace, loads_workspace, save_workspace
from omnimap.io.csv_import import CsvImportError, parse_touchpoints_csv
from omnimap.model.sample import sample_workspace


def _load_error(data: bytes) -> FileError:
    with pytest.raises(FileError) as caught:
        loads_workspace(data, "map.omnimap")
    return caught.value


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b'{"format": "omnimap", "version": 2, ', "bad_json"),
    (b"[1, 2]", "not_omnimap"),
    (b'{"format": "visio", "version": 1}', "not_omnimap"),
    (b'{"version": 1}', "not_omnimap"),
    ("zażółć".encode("cp1250"), "not_utf8"),
    ('{"a": 1}'.encode("utf-16"), "not_utf8"),
])
def test_file_problems_are_named(data: bytes, code: str) -> None:
    assert _load_error(data).code == code


def test_broken_json_says_where() -> None:
    error = _load_error(b'{\n  "format": "omnimap",\n  "version": ]\n}')
    assert error.code == "bad_json"
    assert error.values == {"line": "3", "column": "14"}


def test_newer_version_gives_the_version() -> None:
    error = _load_error(json.dumps({"format": "omnimap", "version": 7}).encode())
    assert (error.code, error.values) == ("newer_version", {"version": "7"})


def test_schema_findings_keep_only_their_english() -> None:
    doc = json.loads(json.dumps({"format": "omnimap", "version": 2, "stages": "x"}))
    error = _load_error(json.dumps(doc).encode())
    assert error.code == "" and error.values == {} and str(error).startswith("map.omnimap: ")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileError) as caught:
        load_workspace(tmp_path / "nowhere.omnimap")
    assert caught.value.code == "no_file"
    with pytest.raises(FileError) as caught:
        load_workspace(tmp_path)
    assert caught.value.code == "is_folder"
    with pytest.raises(FileError) as caught:
        save_workspace(sample_workspace(), tmp_path / "no" / "such" / "map.omnimap")
    assert caught.value.code == "folder_missing"
    assert str(caught.value).endswith("cannot save: the folder does not exist")


def _csv_error(text: str) -> CsvImportError:
    with pytest.raises(CsvImportError) as caught:
        parse_touchpoints_csv(text.encode("utf-8"), sample_workspace())
    return caught.value


def test_csv_unknown_stage_names_it_and_the_line() -> None:
    error = _csv_error("stage,channel,label\nawareness,sms,ok\nSomewhere,sms,x\n")
    assert (error.code, error.line, error.values["stage"]) == ("unknown_stage", 3, "Somewhere")
    assert "Awareness" in error.values["stages"]
    assert str(error).startswith("line 3: unknown stage 'Somewhere'")


@pytest.mark.parametrize(("row", "code", "values"), [
    ("awareness,sms,x,25:00", "bad_time", {"value": "25:00"}),
    ("awareness,sms,x,,5", "out_of_range",
     {"column": "emotion", "low": "-2", "high": "2", "value": "5"}),
    ("awareness,sms,x,,lots", "not_whole", {"column": "emotion", "value": "lots"}),
    (",sms,x", "stage_empty", {}),
    ("awareness,,x", "channel_empty", {}),
])
def test_csv_row_problems(row: str, code: str, values: dict[str, str]) -> None:
    error = _csv_error(f"stage,channel,label,time,emotion\n{row}\n")
    assert (error.code, error.values, error.line) == (code, values, 2)


def test_csv_file_problems() -> None:
    assert _csv_error("").code == "empty"
    assert _csv_error("stage,channel,label\n").code == "no_rows"
    assert _csv_error("stage,channel,label,colour\n").values == {
        "column": "colour", "expected": "stage, channel, label, day, time, emotion, notes, "
                                        "pain_points, opportunities"}
    assert _csv_error("stage,channel,label,stage\n").code == "column_twice"


def test_csv_model_refusal_is_kept() -> None:
    error = _csv_error("stage,channel,label\nawareness,sms," + "x" * 600 + "\n")
    assert error.code == "refused" and error.line == 2
    assert error.refusal is not None and error.refusal.field == "label"
