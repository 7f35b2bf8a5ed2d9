"""Hostile labels and channel names never reach the terminal as control characters."""

from __future__ import annotations

import json

from omnimap.cli.main import main
from omnimap.io import dumps_workspace
from omnimap.model.sample import sample_workspace

HOSTILE = "Anna\x1b]0;pwned\x07\x1b[2J\x00\x9b31m"


def test_check_text_escapes_control_characters(tmp_path, capsys):
    doc = json.loads(dumps_workspace(sample_workspace()))
    doc["journeys"][0]["name"] = HOSTILE
    path = tmp_path / "hostile.omnimap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\x00\x9b")
    assert "Anna\\x1b]0;pwned\\x07\\x1b[2J\\x00\\x9b31m" in out


def test_check_json_keeps_the_text(tmp_path, capsys):
    doc = json.loads(dumps_workspace(sample_workspace()))
    doc["journeys"][0]["name"] = HOSTILE
    path = tmp_path / "hostile.omnimap"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings[0]["message"].startswith(HOSTILE)


def test_attribution_text_escapes_channel_names(tmp_path, capsys):
    f = tmp_path / "paths.csv"
    name = HOSTILE.replace("\x00", "")  # a NUL makes it no text file at all
    f.write_text(f"path,total_conversions\n\"{name} > B\",2\n", encoding="utf-8")
    assert main(["attribution", str(f), "--model", "last"]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\x00\x9b") and "Anna\\x1b]0;" in out


def test_error_messages_escape_control_characters(tmp_path, capsys):
    path = tmp_path / "x\x1b[2J.omnimap"
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "x\\x1b[2J.omnimap" in err and err.count("\n") == 1
