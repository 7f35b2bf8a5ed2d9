"""The ``new``, ``check`` and ``validate`` commands, run as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import assert_bad_input, omnimap


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    result = omnimap("new", "--template", "sample", "-o", "x.omnimap", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "x.omnimap"


# --------------------------------------------------------------------------- new
def test_new_sample_then_check_lists_the_crm_gaps_and_exits_1(sample: Path) -> None:
    result = omnimap("check", sample.name, cwd=sample.parent)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    gaps = [line for line in lines if line.split()[:2] == ["error", "crm-gap"]]
    assert len(gaps) == 2
    assert any('"Chatbot"' in line and '"Site chatbot offers help"' in line for line in gaps)
    assert any('"Instagram"' in line and '"Influencer post (UGC) on Instagram"' in line
               for line in gaps)
    assert lines[-1].startswith("x.omnimap: 2 errors, ")
    assert result.stderr == ""


def test_new_blank_has_one_empty_journey_and_checks_clean(tmp_path: Path) -> None:
    created = omnimap("new", "-o", "blank.omnimap", "--title", "Warsztat ąęł", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    valid = omnimap("validate", "blank.omnimap", cwd=tmp_path)
    assert (valid.returncode, valid.stdout) == (
        0, "blank.omnimap: valid (1 journey, 0 touchpoints)\n")
    checked = omnimap("check", "blank.omnimap", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert "empty-journey" in checked.stdout and "Journey 1" in checked.stdout

    from omnimap.io import load_workspace

    workspace = load_workspace(tmp_path / "blank.omnimap")
    assert workspace.title == "Warsztat ąęł"
    assert [j.name for j in workspace.journeys] == ["Journey 1"]
    assert len(workspace.stages) == 6 and len(workspace.channels) > 10


def test_new_in_polish(tmp_path: Path) -> None:
    assert omnimap("new", "--lang", "pl", "-o", "b.omnimap", cwd=tmp_path).returncode == 0
    assert omnimap("new", "--lang", "pl", "--template", "sample", "-o", "s.omnimap",
                   cwd=tmp_path).returncode == 0
    from omnimap.io import load_workspace

    blank = load_workspace(tmp_path / "b.omnimap")
    assert [j.name for j in blank.journeys] == ["Ścieżka 1"]
    assert blank.stages[0].name == "Świadomość"
    checked = omnimap("check", "s.omnimap", cwd=tmp_path)
    assert checked.returncode == 1
    assert "„Chatbot na stronie proponuje pomoc”" in checked.stdout  # Polish map, Polish quotes


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "x.omnimap"
    target.write_text("precious", encoding="utf-8")
    line = assert_bad_input(omnimap("new", "-o", "x.omnimap", cwd=tmp_path))
    assert "already exists" in line and "--force" in line
    assert target.read_text(encoding="utf-8") == "precious"
    forced = omnimap("new", "--template", "sample", "-o", "x.omnimap", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert omnimap("validate", "x.omnimap", cwd=tmp_path).stdout == (
        "x.omnimap: valid (1 journey, 12 touchpoints)\n")


def test_new_to_standard_output(tmp_path: Path) -> None:
    result = omnimap("new", "--template", "sample", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0
    from omnimap.io import loads_workspace

    assert len(loads_workspace(result.stdout.encode("utf-8")).journeys[0]) == 12
    assert list(tmp_path.iterdir()) == []


def test_new_into_a_missing_folder_or_onto_a_folder(tmp_path: Path) -> None:
    assert_bad_input(omnimap("new", "-o", "nope/x.omnimap", cwd=tmp_path))
    (tmp_path / "d").mkdir()
    assert_bad_input(omnimap("new", "-o", "d", "--force", cwd=tmp_path))


# ------------------------------------------------------------------------- check
def test_check_json_is_the_documented_structure(sample: Path) -> None:
    result = omnimap("check", "--format", "json", str(sample), cwd=sample.parent)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"file", "summary", "findings"}
    assert data["file"] == str(sample)
    findings = data["findings"]
    for severity in ("error", "warning", "info"):
        assert data["summary"][severity] == sum(f["severity"] == severity for f in findings)
    for finding in findings:
        assert set(finding) == {"severity", "code", "message", "journey_id", "channel_ids",
                                "stage_ids", "touchpoint_ids", "transitions"}
    gaps = {f["channel_ids"][0]: f["touchpoint_ids"] for f in findings if f["code"] == "crm-gap"}
    assert gaps == {"chatbot": ["t5"], "instagram": ["t6"]}
    silo = [f for f in findings if f["code"] == "silo-handoff"]
    assert [f["transitions"] for f in silo] == [[["t4", "t5"]]]


def test_check_select_and_ignore(sample: Path) -> None:
    only = omnimap("check", sample.name, "--select", "silo-handoff", cwd=sample.parent)
    assert only.returncode == 0  # the errors were not asked for
    assert [line.split()[1] for line in only.stdout.splitlines()[:-1]] == ["silo-handoff"]
    rest = omnimap("check", sample.name, "--ignore", "crm-gap,silo-handoff", cwd=sample.parent)
    assert "crm-gap" not in rest.stdout and "silo-handoff" not in rest.stdout
    line = assert_bad_input(omnimap("check", sample.name, "--select", "crm-gaps",
                                    cwd=sample.parent))
    assert "crm-gaps" in line


def test_check_exit_0_when_only_warnings(tmp_path: Path) -> None:
    from omnimap.io import save_workspace
    from omnimap.model.sample import sample_workspace

    workspace = sample_workspace()
    workspace.set_crm("chatbot", "unknown")
    workspace.set_crm("instagram", "connector")
    save_workspace(workspace, tmp_path / "fixed.omnimap")
    result = omnimap("check", "fixed.omnimap", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "crm-unknown" in result.stdout and "crm-gap" not in result.stdout


# -------------------------------------------------------------------- bad input
BAD_FILES = {
    "garbage.omnimap": b"this is not a map",
    "empty.omnimap": b"",
    "binary.omnimap": bytes(range(256)),
    "wrong-shape.omnimap": b'{"journeys": 12}',
    "list.omnimap": b"[1, 2, 3]",
}


@pytest.mark.parametrize("command", ["check", "validate"])
@pytest.mark.parametrize("name", [*BAD_FILES, "missing.omnimap"])
def test_bad_files_give_one_line_and_exit_2(tmp_path: Path, command: str, name: str) -> None:
    if name in BAD_FILES:
        (tmp_path / name).write_bytes(BAD_FILES[name])
    line = assert_bad_input(omnimap(command, name, cwd=tmp_path))
    assert name in line


def test_a_folder_is_not_a_map(tmp_path: Path) -> None:
    (tmp_path / "d.omnimap").mkdir()
    assert_bad_input(omnimap("check", "d.omnimap", cwd=tmp_path))


@pytest.mark.parametrize("args", [
    ["check"],
    ["check", "x.omnimap", "--format", "xml"],
    ["validate"],
    ["new"],
    ["new", "--template", "nope", "-o", "x.omnimap"],
    ["new", "--lang", "de", "-o", "x.omnimap"],
    ["check", "a.omnimap", "b.omnimap"],
])
def test_bad_arguments_give_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    assert_bad_input(omnimap(*args, cwd=tmp_path))
    assert not (tmp_path / "x.omnimap").exists()


# ---------------------------------------------------------------- import costs
def test_command_modules_import_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "import omnimap.cli.cmd_new, omnimap.cli.cmd_check, omnimap.cli.cmd_validate\n"
        "heavy = {'networkx', 'pydantic', 'PySide6', 'omnimap.analysis', 'omnimap.io'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"
