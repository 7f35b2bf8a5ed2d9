"""``omnimap import`` (Qt-free): new map, --into an existing one, bad rows exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnimap.cli.main import main
from omnimap.io import load_workspace, save_workspace
from omnimap.model.sample import sample_workspace

CSV = "stage;channel;label;day;emotion\nŚwiadomość;TikTok;Reklama;1;1\nDecyzja;Kiosk;Kupuje;2;2\n"


def test_import_into_a_new_polish_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(CSV.encode("cp1250"))
    out = tmp_path / "out.omnimap"
    assert main(["import", str(source), "-o", str(out), "--lang", "pl", "--journey", "Ewa"]) == 0
    out_text = capsys.readouterr().out
    assert "imported 2 touchpoints, 1 new channel into journey 'Ewa'" in out_text
    ws = load_workspace(out)
    (ewa,) = ws.journeys
    assert ewa.name == "Ewa"
    assert sorted((t.stage, t.channel, t.label) for t in ewa.touchpoints()) == [
        ("awareness", "tiktok", "Reklama"), ("decision", "kiosk", "Kupuje")]
    assert ws.stage("awareness").name == "Świadomość"
    assert ws.channel("kiosk").audit.crm == "unknown"


@pytest.mark.parametrize(("text", "language", "journey"), [
    (CSV, "pl", "Ścieżka"),  # Polish stage names
    ("etap,kanał,etykieta\nawareness,SMS,x\n", "pl", "Ścieżka"),  # Polish header
    ("stage,channel,label\nawareness,SMS,x\n", "en", "Journey"),
])
def test_a_new_map_takes_the_spreadsheet_s_language(tmp_path: Path, text: str, language: str,
                                                     journey: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.omnimap"
    assert main(["import", str(source), "-o", str(out)]) == 0
    ws = load_workspace(out)
    assert (ws.language, ws.journeys[0].name) == (language, journey)


def test_import_into_an_existing_map(tmp_path: Path) -> None:
    existing = tmp_path / "anna.omnimap"
    save_workspace(sample_workspace(), existing)
    source = tmp_path / "in.csv"
    source.write_text("stage,channel,label\nloyalty,email,Birthday voucher\n", encoding="utf-8")
    out = tmp_path / "out.omnimap"
    assert main(["import", str(source), "-o", str(out), "--into", str(existing),
                 "--journey", "anna"]) == 0
    anna = load_workspace(out).journey("anna")
    assert len(anna) == 13
    assert "Birthday voucher" in [t.label for t in anna.touchpoints()]


def test_bad_row_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("stage,channel,label,emotion\nawareness,sms,a,1\nawareness,sms,b,-3\n")
    out = tmp_path / "out.omnimap"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "line 3: emotion must be between -2 and 2" in err
    assert not out.exists()


def test_missing_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o.omnimap")]) == 2
    assert capsys.readouterr().err.startswith("omnimap: cannot read")
    source = tmp_path / "in.csv"
    source.write_text("stage,channel,label\nawareness,sms,a\n")
    assert main(["import", str(source), "-o", str(tmp_path / "o.omnimap"),
                 "--into", str(tmp_path / "missing.omnimap")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
