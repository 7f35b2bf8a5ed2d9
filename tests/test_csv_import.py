"""CSV import (Qt-free): encodings, matching, line numbers, all-or-nothing."""

from __future__ import annotations

import pytest

from omnimap.io.csv_import import CsvImportError, apply_plan, parse_touchpoints_csv
from omnimap.model import Workspace
from omnimap.model.sample import sample_workspace


@pytest.fixture
def ws() -> Workspace:
    workspace = Workspace.new("en")
    workspace.add_journey("Anna", id="anna")
    return workspace


def test_full_columns_in_any_order_and_case(ws: Workspace) -> None:
    data = (
        b"Label,STAGE,Channel,day,time,emotion,notes,pain_points,opportunities\n"
        b"Sees an ad,Awareness,tiktok,1,9:05,-1,first touch,too loud; irrelevant,better targeting\n"
        b'Buys,decision,WEBSITE,4,14:00:00,+2,,,"one-click | saved cart"\n'
    )
    plan = parse_touchpoints_csv(data, ws)
    first, second = plan.touchpoints
    assert (first["stage"], first["channel"], first["label"]) == ("awareness", "tiktok",
                                                                 "Sees an ad")
    assert (first["day"], first["time"], first["emotion"]) == (1, "09:05", -1)
    assert first["pain_points"] == ["too loud", "irrelevant"]
    assert first["opportunities"] == ["better targeting"]
    assert second["opportunities"] == ["one-click", "saved cart"]
    assert (second["channel"], second["emotion"], second["notes"]) == ("website", 2, "")
    assert second["time"] == "14:00"
    assert plan.channels == []
    ids = apply_plan(ws, "anna", plan)
    anna = ws.journey("anna")
    assert [anna.touchpoint(t).label for t in ids] == ["Sees an ad", "Buys"]
    assert anna.touchpoint(ids[0]).pain_points == ["too loud", "irrelevant"]


def test_bad_row_names_its_line_and_nothing_is_imported(ws: Workspace) -> None:
    rows = ["stage,channel,label,emotion"] + [f"awareness,sms,row {n},1" for n in range(5)]
    rows.insert(4, "")  # a blank line still counts in the numbering
    rows.append("interest,Pinterest,bad,3")
    data = "\n".join(rows).encode()
    with pytest.raises(CsvImportError) as caught:
        parse_touchpoints_csv(data, ws)
    assert str(caught.value) == "line 8: emotion must be between -2 and 2, not '3'"
    assert len(ws.journey("anna")) == 0
    assert not ws.has_channel("pinterest")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("nowhere,sms,x", "line 2: unknown stage 'nowhere'"),
        (",sms,x", "line 2: stage is empty"),
        ("awareness,,x", "line 2: channel is empty"),
        ("awareness,sms,x,0", "line 2: day must be between 1 and 100000, not '0'"),
        ("awareness,sms,x,two", "line 2: day must be a whole number, not 'two'"),
        ("awareness,sms,x,1,25:00", "line 2: time must be HH:MM"),
        ("awareness,sms,x,1,10:00,1,extra", "line 2: 7 fields but the header names 6"),
    ],
)
def test_row_errors(ws: Workspace, row: str, message: str) -> None:
    data = f"stage,channel,label,day,time,emotion\n{row}\n".encode()
    with pytest.raises(CsvImportError, match="^" + message.replace("(", r"\(")):
        parse_touchpoints_csv(data, ws)


def test_header_errors(ws: Workspace) -> None:
    with pytest.raises(CsvImportError, match=r"line 1: missing column label$") as caught:
        parse_touchpoints_csv(b"stage,channel\nawareness,sms\n", ws)
    assert (caught.value.code, caught.value.values, caught.value.line) == (
        "missing_columns", {"columns": "label"}, 1)
    with pytest.raises(CsvImportError, match=r"line 1: missing columns channel, label$"):
        parse_touchpoints_csv(b"stage\nawareness\n", ws)
    with pytest.raises(CsvImportError, match="line 1: unknown column 'emotions'"):
        parse_touchpoints_csv(b"stage,channel,label,emotions\nawareness,sms,x,1\n", ws)
    with pytest.raises(CsvImportError, match="no touchpoint rows"):
        parse_touchpoints_csv(b"stage,channel,label\n\n", ws)
    with pytest.raises(CsvImportError, match="empty"):
        parse_touchpoints_csv(b"  \n", ws)


def test_cp1250_semicolons_and_polish_names() -> None:
    ws = sample_workspace("pl")
    text = (
        "etap;kanał;etykieta;emocja;problemy\n"
        "Świadomość;Instagram;Widzi post influencerki;1;\n"
        "decyzja;Sklep stacjonarny;Przymierza bluzkę w Łodzi;2;kolejka|brak rozmiaru\n"
        "Lojalność;Kartka pocztowa;Ręcznie pisane podziękowanie;2;\n"
    )
    data = text.encode("cp1250")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    plan = parse_touchpoints_csv(data, ws)
    assert [t["stage"] for t in plan.touchpoints] == ["awareness", "decision", "loyalty"]
    assert [t["channel"] for t in plan.touchpoints] == ["instagram", "store", "kartka_pocztowa"]
    assert plan.touchpoints[1]["label"] == "Przymierza bluzkę w Łodzi"
    assert plan.touchpoints[1]["pain_points"] == ["kolejka", "brak rozmiaru"]
    assert plan.channels == [{"id": "kartka_pocztowa", "name": "Kartka pocztowa"}]
    before = len(ws.journey("anna"))
    apply_plan(ws, "anna", plan)
    assert len(ws.journey("anna")) == before + 3
    assert ws.channel("kartka_pocztowa").audit.crm == "unknown"


def test_utf8_with_bom_and_english_names_on_a_polish_map() -> None:
    ws = sample_workspace("pl")
    data = "\ufeffstage,channel,label\nLoyalty,Physical store,Wraca po więcej\n".encode()
    plan = parse_touchpoints_csv(data, ws)
    assert (plan.touchpoints[0]["stage"], plan.touchpoints[0]["channel"]) == ("loyalty", "store")
    assert plan.touchpoints[0]["label"] == "Wraca po więcej"


def test_typographic_minus(ws: Workspace) -> None:
    data = "stage,channel,label,emotion\nawareness,sms,x,\u22122\n".encode()
    assert parse_touchpoints_csv(data, ws).touchpoints[0]["emotion"] == -2


def test_utf16_from_excel_unicode_text(ws: Workspace) -> None:
    data = "stage\tchannel\tlabel\nawareness\tsms\tZażółć\n".encode("utf-16")
    assert parse_touchpoints_csv(data, ws).touchpoints[0]["label"] == "Zażółć"


def test_control_characters_do_not_reach_the_labels(ws: Workspace) -> None:
    data = b"stage,channel,label,notes\nawareness,sms,\x1b[31mRed\x07 alert\x7f,a\tb\n"
    [tp] = parse_touchpoints_csv(data, ws).touchpoints
    assert tp["label"] == "[31mRed alert"
    assert tp["notes"] == "a\tb"  # tabs and line breaks are text, not controls


def test_one_new_channel_per_name_and_unique_ids(ws: Workspace) -> None:
    ws.add_channel("Other", id="pin_terest")
    data = b"stage,channel,label\nawareness,Pin-Terest,a\ninterest,PIN-TEREST,b\n"
    plan = parse_touchpoints_csv(data, ws)
    assert plan.channels == [{"id": "pin_terest_2", "name": "Pin-Terest"}]
    assert {t["channel"] for t in plan.touchpoints} == {"pin_terest_2"}


def test_quoted_multiline_cell_keeps_line_numbers(ws: Workspace) -> None:
    data = (b'stage,channel,label,notes\nawareness,sms,a,"two\nlines"\n'
            b"interest,sms,b,x\nbad,sms,c,\n")
    with pytest.raises(CsvImportError, match=r"^line 5: unknown stage 'bad'"):
        parse_touchpoints_csv(data, ws)


def test_not_text(ws: Workspace) -> None:
    with pytest.raises(CsvImportError, match="not a text file"):
        parse_touchpoints_csv(b"PK\x03\x04\x00\x00binary", ws)


def test_apply_plan_rolls_back_when_the_journey_refuses(ws: Workspace) -> None:
    plan = parse_touchpoints_csv(b"stage,channel,label\nawareness,Pinterest,a\n", ws)
    plan.touchpoints.append(dict(plan.touchpoints[0], stage="gone"))
    with pytest.raises(ValueError, match="unknown stage"):
        apply_plan(ws, "anna", plan)
    assert len(ws.journey("anna")) == 0
    assert not ws.has_channel("pinterest")
