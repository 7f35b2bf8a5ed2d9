"""Attribution CSV files as Polish Excel writes them: semicolons, decimal commas, UTF-16."""

from __future__ import annotations

import pytest

from omnimap.analysis.paths import AttributionError, read_any_csv
from omnimap.cli.main import main


def test_semicolons_and_decimal_commas(tmp_path):
    f = tmp_path / "sciezki.csv"
    f.write_text("path;total_conversions;total_null;total_conversion_value\r\n"
                 "Facebook > E-mail;3,5;1;199,99\r\n\"Sklep; Łódź\";2;5;10\r\n",
                 encoding="utf-8-sig")
    paths = read_any_csv(f)
    assert [(p.path, p.conversions, p.nulls, p.value) for p in paths] == [
        (("Facebook", "E-mail"), 3.5, 1.0, 199.99), (("Sklep; Łódź",), 2.0, 5.0, 10.0)]


def test_journeys_with_semicolons(tmp_path):
    f = tmp_path / "podroze.csv"
    f.write_text("journey_id;path;hours_to_conversion;converted\n"
                 "j1;Facebook > E-mail;48,5 > 2;1\nj2;Sklep;;0\n", encoding="utf-8")
    converted, lost = read_any_csv(f)
    assert converted.hours == (48.5, 2.0) and lost.nulls == 1


def test_tabs(tmp_path):
    f = tmp_path / "paths.tsv"
    f.write_text("path\ttotal_conversions\nA > B\t2\n", encoding="utf-8")
    assert read_any_csv(f)[0].conversions == 2


def test_with_commas_a_decimal_comma_is_still_refused(tmp_path):
    f = tmp_path / "paths.csv"
    f.write_text('path,total_conversions\nA > B,"3,5"\n', encoding="utf-8")
    with pytest.raises(AttributionError, match=r"line 2: total_conversions must be a number"):
        read_any_csv(f)


def test_utf16_from_excel_unicode_text(tmp_path):
    f = tmp_path / "unicode.csv"
    f.write_bytes("path\ttotal_conversions\nŻabka > Sklep\t2\n".encode("utf-16"))
    assert read_any_csv(f)[0].path == ("Żabka", "Sklep")


def test_windows_1250_says_how_to_save_it_when_it_cannot_be_read(tmp_path):
    f = tmp_path / "cp1250.csv"
    # 0x81 is undefined in Windows-1250 and not UTF-8 either.
    f.write_bytes("path;total_conversions\nŁódź > Sklep;3\n".encode("cp1250") + b"\x81;1\n")
    with pytest.raises(AttributionError, match=r"line 3: neither UTF-8 nor Windows-1250 text; "
                                               r"in Excel save it as 'CSV UTF-8'$"):
        read_any_csv(f)


def test_a_nul_byte_is_not_a_channel_name(tmp_path):
    f = tmp_path / "binary.csv"
    f.write_bytes(b"path,total_conversions\nA\x00 > B,3\n")
    with pytest.raises(AttributionError, match="not a text file"):
        read_any_csv(f)


def test_cli_reads_a_semicolon_file(tmp_path, capsys):
    f = tmp_path / "sciezki.csv"
    f.write_text("path;total_conversions;total_null\nA > B;3;1\n", encoding="utf-8")
    assert main(["attribution", str(f), "--model", "last", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["A,0.0", "B,3.0"]
