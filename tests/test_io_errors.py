"""Every kind of bad input gives one FileError with one line: source, place, what."""

from __future__ import annotations

import builtins
import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from omnimap.io import (
    MAX_FILE_BYTES,
    FileError,
    dumps_workspace,
    load_workspace,
    loads_workspace,
    save_workspace,
)
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace

SRC = "m.omnimap"
TP = "journeys[0].touchpoints"


def sample_doc() -> dict[str, Any]:
    return json.loads(dumps_workspace(sample_workspace("pl")))


def error_of(data: bytes) -> str:
    with pytest.raises(FileError) as caught:
        loads_workspace(data, SRC)
    message = str(caught.value)
    assert len(message.splitlines()) == 1
    return message


def error_after(change: Callable[[dict[str, Any]], object]) -> str:
    doc = sample_doc()
    change(doc)
    return error_of(json.dumps(doc).encode("ascii"))


def tp(doc: dict[str, Any], n: int) -> dict[str, Any]:
    return doc["journeys"][0]["touchpoints"][n]


def tr(doc: dict[str, Any], n: int) -> dict[str, Any]:
    return doc["journeys"][0]["transitions"][n]


# ------------------------------------------------------------ bytes and JSON
def test_not_json() -> None:
    assert error_of(b"{not json") == (
        f"{SRC}: line 1, column 2: not valid JSON: "
        "Expecting property name enclosed in double quotes")


def test_truncated_json_names_the_line() -> None:
    data = dumps_workspace(sample_workspace())
    cut = data[:data.index(b'"journeys"')]
    line = cut.count(b"\n") + 1
    assert error_of(cut) == f"{SRC}: line {line}, column 3: not valid JSON: " \
                            "Expecting property name enclosed in double quotes"


@pytest.mark.parametrize("data", [b"", b"  \n", codecs.BOM_UTF8])
def test_empty(data: bytes) -> None:
    assert error_of(data) == f"{SRC}: the file is empty"


def test_windows_1250_is_not_utf8() -> None:
    data = dumps_workspace(sample_workspace("pl")).decode().encode("cp1250", "replace")
    # Line 4 is '  "title": "Sklep odzieżowy...': "ż" is byte 0xbf in Windows-1250.
    assert error_of(data) == (
        f"{SRC}: line 4, byte 24: not UTF-8 text (byte 0xbf); omnimap files are UTF-8 "
        "(was it saved in another encoding, such as Windows-1250?)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_named(encoding: str) -> None:
    data = dumps_workspace(sample_workspace("pl")).decode().encode(encoding)
    assert error_of(data) == (
        f"{SRC}: not UTF-8 text (it looks like UTF-16 or UTF-32); omnimap files are UTF-8")


def test_duplicate_json_key() -> None:
    data = b'{"format": "omnimap", "version": 2, "version": 2}'
    assert error_of(data) == f"{SRC}: not valid JSON: the key 'version' appears twice in one object"


def test_deep_nesting() -> None:
    assert error_of(b"[" * 100_000) == f"{SRC}: not valid JSON: nested too deeply"
    deep = b'{"format": "omnimap", "version": 2, "title": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    assert error_of(deep) == f"{SRC}: not valid JSON: nested too deeply"


def test_moderate_nesting_in_a_field() -> None:
    def nest(doc: dict[str, Any]) -> None:
        doc["title"] = json.loads("[" * 500 + "]" * 500)

    assert error_after(nest) == f"{SRC}: title: should be a valid string (got a list)"


def test_number_with_too_many_digits() -> None:
    data = b'{"format": "omnimap", "version": ' + b"9" * 5000 + b"}"
    assert error_of(data) == f"{SRC}: not valid JSON: a number has far too many digits"


def test_huge_numbers() -> None:
    assert error_after(lambda d: tp(d, 0).update(day=10**30)) == (
        f"{SRC}: {TP}[0].day: should be less than or equal to 100000 (got a 31-digit number)")
    assert error_after(lambda d: tr(d, 0).update(volume=10**13)) == (
        f"{SRC}: journeys[0].transitions[0].volume: "
        "should be less than or equal to 1000000000000 (got 10000000000000)")
    data = dumps_workspace(sample_workspace()).replace(
        b'"target": null', b'"target": 1e999', 1)
    assert error_of(data) == f"{SRC}: stages[0].kpis[0].target: should be a finite number (got inf)"
    data = dumps_workspace(sample_workspace()).replace(b'"actual": null', b'"actual": NaN', 1)
    assert error_of(data) == f"{SRC}: stages[0].kpis[0].actual: should be a finite number (got nan)"


# ------------------------------------------------------------ not omnimap
@pytest.mark.parametrize(("data", "expected"), [
    (b"[1, 2]", "not an omnimap file (the top level is a list, not an object)"),
    (b'"omnimap"', "not an omnimap file (the top level is 'omnimap', not an object)"),
    (b'{"title": "x"}', 'not an omnimap file (no "format": "omnimap" at the top)'),
    (b'{"format": "drawio", "version": 2}', "format: not an omnimap file (the format is 'drawio')"),
    (b'{"format": "omnimap"}', "version: missing"),
    (b'{"format": "omnimap", "version": "2"}', "version: should be a whole number (got '2')"),
    (b'{"format": "omnimap", "version": 2.0}', "version: should be a whole number (got 2.0)"),
    (b'{"format": "omnimap", "version": true}', "version: should be a whole number (got true)"),
    (b'{"format": "omnimap", "version": 0}', "version: unknown format version 0"),
    (b'{"format": "omnimap", "version": 1' + b"0" * 40 + b"}",
     "version: unknown format version a 41-digit number"),
    (b'{"format": "omnimap", "version": 9}',
     "made with a newer omnimap (format version 9); update omnimap to open it"),
])
def test_not_an_omnimap_file_or_wrong_version(data: bytes, expected: str) -> None:
    assert error_of(data) == f"{SRC}: {expected}"


# ------------------------------------------------------------ schema
@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: tp(d, 3).update(day="3"), f"{TP}[3].day: should be a valid integer (got '3')"),
    (lambda d: tp(d, 3).update(emotion=True),
     f"{TP}[3].emotion: should be a valid integer (got true)"),
    (lambda d: tp(d, 3).update(emotion=5),
     f"{TP}[3].emotion: should be less than or equal to 2 (got 5)"),
    (lambda d: tp(d, 3).update(label=["a"]),
     f"{TP}[3].label: should be a valid string (got a list)"),
    (lambda d: tp(d, 3).update(time="9:30"), f"{TP}[3].time: not a time like '09:30' (got '9:30')"),
    (lambda d: tp(d, 3).pop("stage"), f"{TP}[3].stage: missing"),
    (lambda d: tp(d, 3).update(colour="red"), f"{TP}[3].colour: unknown field"),
    (lambda d: tp(d, 3).update(id="t 3"),
     f"{TP}[3].id: not a valid id: letters, digits, '_', '.' and '-', at most 64 (got 't 3')"),
    (lambda d: d["channels"][2].update(mobile="yes"),
     "channels[2].mobile: should be a valid boolean (got 'yes')"),
    (lambda d: d["channels"][2].update(color="red"),
     "channels[2].color: not a colour like '#1e88e5' (got 'red')"),
    (lambda d: d["channels"][2]["audit"].update(crm="maybe"),
     "channels[2].audit.crm: should be 'integrated', 'connector', 'none' or 'unknown' "
     "(got 'maybe')"),
    (lambda d: d["stages"][1]["translations"].update(de="Interesse"),
     "stages[1].translations['de'] (the key): should be 'en' or 'pl' (got 'de')"),
    (lambda d: d.update(title=None), "title: should be a valid string (got null)"),
    (lambda d: d.update(language="de"), "language: should be 'en' or 'pl' (got 'de')"),
    (lambda d: d.update(stages=[]), "stages: list should have at least 1 item, not 0"),
    (lambda d: d.update(journeys={}), "journeys: should be a valid list (got an object)"),
    (lambda d: tp(d, 0).update(label="ł" * 501),
     f"{TP}[0].label: string should have at most 500 characters "
     "(got 'łłłłłłłłłłłłłłłłłłłłłłłłłłłłłł…')"),
    (lambda d: d.update(title="\ud800"),
     "title: text holds an invalid character (a lone surrogate escape)"),
])
def test_schema_problems(change: Callable[[dict[str, Any]], object], expected: str) -> None:
    assert error_after(change) == f"{SRC}: {expected}"


# ------------------------------------------------------------ references
@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: tp(d, 3).update(stage="nowhere"), f"{TP}[3].stage: unknown stage 'nowhere'"),
    (lambda d: tp(d, 3).update(channel="fax"), f"{TP}[3].channel: unknown channel 'fax'"),
    (lambda d: d["journeys"][0]["persona"]["preferred_channels"].append("fax"),
     "journeys[0].persona.preferred_channels[3]: unknown channel 'fax'"),
    (lambda d: d["stages"][4].update(id="awareness"),
     "stages[4].id: duplicate stage id 'awareness' (also stages[0])"),
    (lambda d: d["channels"][7].update(id="website"),
     "channels[7].id: duplicate channel id 'website' (also channels[0])"),
    (lambda d: d["journeys"].append(d["journeys"][0]),
     "journeys[1].id: duplicate journey id 'anna' (also journeys[0])"),
    (lambda d: tp(d, 5).update(id="t2"),
     f"{TP}[5].id: duplicate touchpoint id 't2' (also {TP}[1])"),
    (lambda d: tr(d, 2).update(target="t99"),
     "journeys[0].transitions[2].target: no touchpoint 't99' in this journey"),
    (lambda d: tr(d, 2).update(source="t99"),
     "journeys[0].transitions[2].source: no touchpoint 't99' in this journey"),
    (lambda d: tr(d, 2).update(target=tr(d, 2)["source"]),
     "journeys[0].transitions[2]: a touchpoint cannot lead to itself"),
    (lambda d: d["journeys"][0]["transitions"].append(tr(d, 0)),
     "journeys[0].transitions[12]: duplicate transition 't1' -> 't2' "
     "(also journeys[0].transitions[0])"),
    # t8 (action, sms) and t11 (loyalty, sms): put both in one cell at order 0.
    (lambda d: tp(d, 10).update(stage="action"),
     f"{TP}[10].order: order 0 is also used by {TP}[7] in the same cell"),
])
def test_reference_problems(change: Callable[[dict[str, Any]], object], expected: str) -> None:
    assert error_after(change) == f"{SRC}: {expected}"


def test_v1_problems_are_named_in_v1_terms(fixtures_dir: Path) -> None:
    doc = json.loads((fixtures_dir / "sample-en-v1.omnimap").read_bytes())
    doc["journeys"][0]["transitions"][1]["source"] = doc["journeys"][0]["transitions"][1].pop(
        "from")
    assert error_of(json.dumps(doc).encode()) == f"{SRC}: journeys[0].transitions[1].from: missing"
    doc = json.loads((fixtures_dir / "sample-en-v1.omnimap").read_bytes())
    doc["channels"][0]["audit"] = {}
    assert error_of(json.dumps(doc).encode()) == f"{SRC}: channels[0].audit: unknown field"


def test_the_default_source_name() -> None:
    with pytest.raises(FileError, match=r"^<data>: the file is empty$"):
        loads_workspace(b"")


# ------------------------------------------------------------ sizes
def test_oversized_data_is_refused() -> None:
    assert error_of(b" " * (MAX_FILE_BYTES + 1)) == (
        f"{SRC}: the file is too large (50.0 MB; omnimap opens files up to 50 MB)")


def test_oversized_file_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.omnimap"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: costs no disk

    def no_open(*args: object, **kwargs: object) -> object:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(builtins, "open", no_open)
    with pytest.raises(FileError) as caught:
        load_workspace(path)
    assert str(caught.value) == (
        f"{path}: the file is too large (60.0 MB; omnimap opens files up to 50 MB)")


# ------------------------------------------------------------ the file system
def load_error(path: object) -> str:
    with pytest.raises(FileError) as caught:
        load_workspace(path)  # type: ignore[arg-type]
    message = str(caught.value)
    assert len(message.splitlines()) == 1
    return message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.omnimap"
    assert load_error(path) == f"{path}: no such file"
    assert load_error(str(path / "x")) == f"{path / 'x'}: no such file"


def test_a_file_in_the_middle_of_the_path(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    path = tmp_path / "f" / "m.omnimap"
    assert load_error(path) == f"{path}: part of the path is not a folder"


def test_directory(tmp_path: Path) -> None:
    assert load_error(tmp_path) == f"{tmp_path}: is a folder, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.omnimap"
    os.mkfifo(path)
    assert load_error(path) == f"{path}: not a regular file"


def test_permission_denied(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.omnimap"
    save_workspace(Workspace.new(), path)

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(builtins, "open", refuse)
    assert load_error(path) == f"{path}: permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root may read and write anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "m.omnimap"
    save_workspace(Workspace.new(), path)
    path.chmod(0o200)
    assert load_error(path) == f"{path}: permission denied"
    path.chmod(0o444)
    with pytest.raises(FileError, match=r"cannot save: the file is read-only$"):
        save_workspace(Workspace.new(), path)


def test_invalid_file_name() -> None:
    assert load_error("a\0b") == "a\0b: not a valid file name"


def test_bad_content_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "m.omnimap"
    path.write_bytes(b'{"format": "omnimap", "version": 9}')
    assert load_error(path) == (
        f"{path}: made with a newer omnimap (format version 9); update omnimap to open it")


def test_save_errors(tmp_path: Path) -> None:
    ws = Workspace.new()
    with pytest.raises(FileError) as caught:
        save_workspace(ws, tmp_path / "no" / "m.omnimap")
    assert str(caught.value) == f"{tmp_path / 'no' / 'm.omnimap'}: cannot save: " \
                                "the folder does not exist"
    with pytest.raises(FileError) as caught:
        save_workspace(ws, tmp_path)
    assert str(caught.value) == f"{tmp_path}: cannot save: is a folder, not a file"
    (tmp_path / "f").write_text("x")
    with pytest.raises(FileError) as caught:
        save_workspace(ws, tmp_path / "f" / "m.omnimap")
    assert str(caught.value) == f"{tmp_path / 'f' / 'm.omnimap'}: cannot save: " \
                                "part of the path is not a folder"
    assert sorted(os.listdir(tmp_path)) == ["f"]


def test_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.omnimap"
    save_workspace(Workspace.new(), path)
    before = path.read_bytes()
    # Root may write anything, so pretend the system said no.
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    with pytest.raises(FileError) as caught:
        save_workspace(sample_workspace(), path)
    assert str(caught.value) == f"{path}: cannot save: the file is read-only"
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["m.omnimap"]


def test_loading_leaves_the_garbage_collector_on_whatever_happens() -> None:
    import gc

    from omnimap.io import FileError, dumps_workspace, loads_workspace
    from omnimap.model.sample import sample_workspace

    assert gc.isenabled()
    loads_workspace(dumps_workspace(sample_workspace()))
    assert gc.isenabled()
    with pytest.raises(FileError):
        loads_workspace(b'{"format": "omnimap", "version": 2, "workspace": 7}')
    assert gc.isenabled()
