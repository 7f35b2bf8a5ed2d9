"""Saving and loading good workspaces: byte-exact round trips, fixtures, file handling."""

from __future__ import annotations

import codecs
import json
import os
import stat
from pathlib import Path

import pytest

from omnimap.io import (
    CURRENT_VERSION,
    FORMAT_NAME,
    FileError,
    dumps_workspace,
    load_workspace,
    loads_workspace,
    save_workspace,
)
from omnimap.io.migrations import migrate
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_sample_round_trips_byte_for_byte(lang: str) -> None:
    data = dumps_workspace(sample_workspace(lang))
    again = dumps_workspace(loads_workspace(data))
    assert again == data


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_loaded_sample_matches_the_model(lang: str) -> None:
    original = sample_workspace(lang)
    loaded = loads_workspace(dumps_workspace(original))
    assert (loaded.title, loaded.notes, loaded.language) == (
        original.title, original.notes, original.language)
    assert loaded.stages == original.stages
    assert loaded.channels == original.channels
    [anna] = loaded.journeys
    [expected] = original.journeys
    assert (anna.id, anna.name, anna.persona) == (expected.id, expected.name, expected.persona)
    assert anna.touchpoints() == expected.touchpoints()
    assert anna.transitions() == expected.transitions()
    # The loaded journey checks references against its workspace, like a new one.
    with pytest.raises(Exception, match="unknown stage"):
        anna.add_touchpoint("nowhere", "email")


def test_layout_is_diff_friendly() -> None:
    data = dumps_workspace(sample_workspace("pl"))
    text = data.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "omnimap",\n  "version": 2,\n')
    assert "Świadomość" in text and "\\u" not in text  # Polish letters as themselves
    doc = json.loads(text)
    assert list(doc) == ["format", "version", "title", "notes", "language", "stages",
                         "channels", "journeys"]
    assert json.dumps(doc, ensure_ascii=False, indent=2) + "\n" == text
    tp = doc["journeys"][0]["touchpoints"][0]
    assert list(tp) == ["id", "stage", "channel", "label", "notes", "day", "time", "emotion",
                        "pain_points", "opportunities", "order"]
    assert (FORMAT_NAME, CURRENT_VERSION) == ("omnimap", 2)


def test_only_the_workspace_itself_is_saved() -> None:
    doc = json.loads(dumps_workspace(sample_workspace()))
    journey = doc["journeys"][0]
    assert set(journey) == {"id", "name", "persona", "touchpoints", "transitions"}
    words = json.dumps(doc).lower()
    for derived in ("finding", "selection", "zoom", "digraph", "layout"):
        assert derived not in words


def test_bom_is_accepted() -> None:
    data = dumps_workspace(sample_workspace("pl"))
    ws = loads_workspace(codecs.BOM_UTF8 + data)
    assert dumps_workspace(ws) == data


def test_non_finite_kpi_values_are_saved_as_unknown() -> None:
    ws = Workspace.new()
    ws.update_stage("awareness", kpis=[{"metric": "Reach", "target": float("nan"),
                                        "actual": float("inf")}])
    kpi = loads_workspace(dumps_workspace(ws)).stage("awareness").kpis[0]
    assert (kpi.target, kpi.actual) == (None, None)


def test_lone_surrogate_in_the_model_does_not_block_saving() -> None:
    ws = Workspace.new(title="a\ud800b 😀")
    loaded = loads_workspace(dumps_workspace(ws))
    assert loaded.title == "a\ufffdb 😀"


def test_kpi_numbers_survive() -> None:
    ws = Workspace.new()
    ws.update_stage("decision", kpis=[{"metric": "Conversion", "unit": "%", "target": 2.5,
                                       "actual": 1e-7, "higher_is_better": False}])
    data = dumps_workspace(ws)
    loaded = loads_workspace(data)
    assert loaded.stage("decision").kpis == ws.stage("decision").kpis
    assert dumps_workspace(loaded) == data


def test_cell_orders_are_kept_as_stored() -> None:
    ws = Workspace.new()
    j = ws.add_journey("J")
    a = j.add_touchpoint("awareness", "email", "a")
    b = j.add_touchpoint("awareness", "email", "b")
    c = j.add_touchpoint("awareness", "email", "c", index=0)
    loaded = loads_workspace(dumps_workspace(ws)).journeys[0]
    assert [t.id for t in loaded.cell("awareness", "email")] == [c.id, a.id, b.id]
    assert [t.id for t in loaded.touchpoints()] == [a.id, b.id, c.id]


# ------------------------------------------------------------------ fixtures
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_v2_fixture_loads_and_round_trips(fixtures_dir: Path, lang: str) -> None:
    path = fixtures_dir / f"sample-{lang}-v2.omnimap"
    ws = load_workspace(path)
    assert len(ws.journeys[0]) == 12
    assert {c.id for c in ws.channels if c.audit.crm == "none"} == {"chatbot", "instagram"}
    assert dumps_workspace(ws) == path.read_bytes()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_v1_fixture_migrates_to_the_v2_workspace(fixtures_dir: Path, lang: str) -> None:
    v1 = fixtures_dir / f"sample-{lang}-v1.omnimap"
    v2 = fixtures_dir / f"sample-{lang}-v2.omnimap"
    assert json.loads(v1.read_bytes())["version"] == 1
    assert dumps_workspace(load_workspace(v1)) == v2.read_bytes()


def test_v1_orders_follow_list_position_per_cell() -> None:
    v1 = {
        "format": "omnimap", "version": 1,
        "stages": [{"id": "s", "name": "S"}],
        "channels": [{"id": "mail", "name": "Mail", "crm": "none", "owner": "CRM"},
                     {"id": "sms", "name": "SMS"}],
        "journeys": [{"id": "j", "touchpoints": [
            {"id": "a", "stage": "s", "channel": "mail"},
            {"id": "b", "stage": "s", "channel": "sms"},
            {"id": "c", "stage": "s", "channel": "mail"},
        ], "transitions": [{"from": "a", "to": "c", "label": "next"}]}],
    }
    ws = loads_workspace(json.dumps(v1).encode())
    journey = ws.journeys[0]
    assert [(t.id, t.order) for t in journey.touchpoints()] == [("a", 0), ("b", 0), ("c", 1)]
    assert journey.transition("a", "c").label == "next"
    assert ws.channel("mail").audit.crm == "none"
    assert ws.channel("mail").audit.owner == "CRM"
    assert ws.channel("sms").audit.crm == "unknown"


def test_migrate_leaves_current_documents_alone() -> None:
    doc = {"version": CURRENT_VERSION, "anything": 1}
    assert migrate(doc, CURRENT_VERSION) is doc


# ------------------------------------------------------------------ files
def test_save_and_load_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mapa żółta.omnimap"
    ws = sample_workspace("pl")
    save_workspace(ws, path)
    assert path.read_bytes() == dumps_workspace(ws)
    assert dumps_workspace(load_workspace(str(path))) == path.read_bytes()
    assert os.listdir(tmp_path) == ["mapa żółta.omnimap"]  # no temporary file left


def test_save_keeps_the_permissions_of_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "m.omnimap"
    path.write_bytes(b"old")
    path.chmod(0o640)
    save_workspace(sample_workspace(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_workspace(path).title == sample_workspace().title


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_workspace(sample_workspace(), tmp_path / "m.omnimap")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "m.omnimap").stat().st_mode) == 0o644


def test_save_follows_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.omnimap"
    save_workspace(Workspace.new(), real)
    link = tmp_path / "link.omnimap"
    link.symlink_to(real)
    save_workspace(sample_workspace(), link)
    assert link.is_symlink()
    assert real.read_bytes() == dumps_workspace(sample_workspace())


def test_failed_save_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.omnimap"
    save_workspace(Workspace.new(), path)
    before = path.read_bytes()

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(FileError) as caught:
        save_workspace(sample_workspace(), path)
    assert str(caught.value) == f"{path}: cannot save: the disk is full"
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["m.omnimap"]


def test_large_workspace_round_trips(big_workspace_data: bytes) -> None:
    ws = loads_workspace(big_workspace_data)
    journey = ws.journeys[0]
    assert (len(journey), journey.graph.number_of_edges()) == (2000, 3000)
    assert dumps_workspace(ws) == big_workspace_data


def test_whatever_the_model_holds_saves_and_loads() -> None:
    # The setters limit these, but the constructors do not; a save must never be unloadable.
    ws = Workspace.new(title="T" * 600)
    ws.add_journey("J" * 200)
    ws.update_stage("awareness", translations={"en": "E" * 300, "pl": "P" * 300})
    data = dumps_workspace(ws)
    assert dumps_workspace(loads_workspace(data)) == data
