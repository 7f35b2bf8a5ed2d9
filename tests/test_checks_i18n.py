"""Finding messages in the map's language: Polish maps get Polish messages.

The registry tests walk :func:`known_codes`, so a new check whose code has no
message in every language fails here.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli import omnimap

from omnimap.analysis import Finding, check, known_codes, messages
from omnimap.analysis.messages import LANGUAGES, count, plural_pl, templates
from omnimap.cli.cmd_check import format_text
from omnimap.model import Kpi, Workspace
from omnimap.model.sample import sample_workspace

# English words of the English templates that no Polish message may contain.
ENGLISH = re.compile(
    r"\b(the|stage|stages|channel|channels|touchpoints?|transitions?|journey|has|have|and|"
    r"more|from|not|least|most|untitled|via|integrated|customer|affects|nobody|"
    r"error|errors|warnings?|info|found)\b"
)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def key_of(finding: Finding) -> tuple[object, ...]:
    """What identifies a finding whatever the language of its message."""
    return (finding.code, finding.severity, finding.journey_id, finding.channel_ids,
            finding.stage_ids, finding.touchpoint_ids, finding.transitions)


def assert_polish(text: str) -> None:
    assert not ENGLISH.search(text), f"English left in a Polish message: {text!r}"
    assert '"' not in text, f"English quotation marks in a Polish message: {text!r}"
    assert "{" not in text and "}" not in text, text


# ------------------------------------------------------------------- plural rules
@pytest.mark.parametrize(("n", "expected"), [
    (0, "punktów styku"), (1, "punkt styku"), (2, "punkty styku"), (3, "punkty styku"),
    (4, "punkty styku"), (5, "punktów styku"), (11, "punktów styku"), (12, "punktów styku"),
    (14, "punktów styku"), (21, "punktów styku"), (22, "punkty styku"), (24, "punkty styku"),
    (25, "punktów styku"), (101, "punktów styku"), (104, "punkty styku"),
    (112, "punktów styku"), (1002, "punkty styku"),
])
def test_polish_plural_forms(n: int, expected: str) -> None:
    assert plural_pl(n, "punkt styku", "punkty styku", "punktów styku") == expected
    assert count(n, "touchpoint", "pl") == f"{n} {expected}"


def test_english_counts_are_unchanged() -> None:
    assert [count(n, "touchpoint", "en") for n in (0, 1, 2)] == [
        "0 touchpoints", "1 touchpoint", "2 touchpoints"]


# ----------------------------------------------------------------------- registry
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_registered_code_has_a_message_in_every_language(language: str) -> None:
    table = templates(language)
    missing = [code for code in known_codes() if code not in table]
    assert not missing, f"no {language} message for {missing}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_the_english_keys_with_the_same_placeholders(language: str) -> None:
    english, other = templates("en"), templates(language)
    assert set(other) == set(english)
    for key, template in english.items():
        assert placeholders(other[key]) == placeholders(template), key
    assert set(messages._NOUNS[language]) == set(messages._NOUNS["en"])
    assert set(messages._SEVERITY_NAMES[language]) == set(messages._SEVERITY_NAMES["en"])


def test_an_unknown_language_falls_back_to_english() -> None:
    assert templates("de") is templates("en")
    assert messages.quote("x", "de") == '"x"'
    assert count(2, "channel", "de") == "2 channels"


# ------------------------------------------------------------------------- sample
def test_polish_sample_gets_polish_messages_for_every_code_it_triggers() -> None:
    english = {key_of(f): f.message for f in check(sample_workspace("en"))}
    polish = check(sample_workspace("pl"))
    assert {key_of(f) for f in polish} == set(english)  # same findings, codes unchanged
    assert {f.code for f in polish} == {"crm-gap", "silo-handoff", "channel-without-owner"}
    for finding in polish:
        assert finding.message != english[key_of(finding)]
        assert_polish(finding.message)
    assert [f.message for f in polish] == [
        "Anna: kanał „Instagram” nie ma integracji z CRM; ma to wpływ na 1 punkt styku: "
        "„Post influencerki (UGC) na Instagramie”",
        "Anna: kanał „Chatbot” nie ma integracji z CRM; ma to wpływ na 1 punkt styku: "
        "„Chatbot na stronie proponuje pomoc”",
        "Anna: historia klienta ginie przy przejściu z kanału „E-mail” (zintegrowany) do "
        "kanału „Chatbot” (bez CRM); chodzi o 1 przejście: „E-mail: zapomniana bluzka + kod "
        "rabatowy” → „Chatbot na stronie proponuje pomoc”",
        "kanał „Chatbot” (używany na ścieżce Anna) nie ma właściciela w audycie, więc nikt "
        "za niego nie odpowiada",
    ]


def test_english_sample_messages_are_unchanged() -> None:
    assert [f.message for f in check(sample_workspace("en"))] == [
        'Anna: channel "Instagram" has no CRM integration; affects 1 touchpoint: '
        '"Influencer post (UGC) on Instagram"',
        'Anna: channel "Chatbot" has no CRM integration; affects 1 touchpoint: '
        '"Site chatbot offers help"',
        "Anna: the customer's history is lost when moving from \"Email\" (integrated) to "
        '"Chatbot" (no CRM) on 1 transition: "Email: forgotten blouse + discount code" → '
        '"Site chatbot offers help"',
        'channel "Chatbot" (used in Anna) has no owner in its audit, so nobody answers for it',
    ]


# ---------------------------------------------------------- every code and variant
def problem_maps(lang: str) -> Iterator[Workspace]:
    """Maps on which, together, every code and every piece of every message appears."""
    # 1. Everything wrong at once.
    ws = Workspace.new(lang)  # type: ignore[arg-type]
    for channel in ws.channels:
        ws.set_crm(channel.id, "integrated")
    ws.set_crm("chatbot", "none")
    ws.set_crm("print", "unknown")
    ws.update_channel("website", audit={"owner": "E-commerce"})
    ws.update_stage("interest", kpis=[])
    ws.update_stage("decision", kpis=[Kpi(metric="Konwersja", unit="%", target=3, actual=1.5)])
    ws.update_stage("loyalty", kpis=[Kpi(metric="Rezygnacje", unit="%", target=5, actual=8,
                                         higher_is_better=False)])
    ewa = ws.add_journey("Ewa", id="ewa")
    for tid, stage, channel in [
        ("a", "awareness", "tiktok"), ("a2", "awareness", "google_ads"),
        ("b", "interest", "youtube"), ("b2", "interest", "linkedin"),
        ("c0", "consideration", "website"), ("c1", "consideration", "email"),
        ("c2", "consideration", "chatbot"), ("c3", "consideration", "instagram"),
        ("c4", "consideration", "facebook"), ("c5", "consideration", "webinar"),
        ("c6", "consideration", "call_centre"),
        ("l", "loyalty", "events"), ("p", "loyalty", "print"),
    ]:
        ewa.add_touchpoint(stage, channel, tid.upper(), id=tid)
    ewa.add_touchpoint("decision", "store", "", id="d", emotion=-2)  # untitled
    for source, target in [("a", "b"), ("b", "c0"), ("b2", "c2"), ("l", "d")]:
        ewa.connect(source, target)
    ws.add_journey("Pusta", id="pusta")
    yield ws

    # 2. No journey at all.
    yield Workspace.new(lang)  # type: ignore[arg-type]

    # 3. The other variants: no start, no goal, one channel in the window, a connector
    #    silo, a channel without owner in several journeys, long lists ("and N more").
    ws = Workspace.new(lang)  # type: ignore[arg-type]
    for channel in ws.channels:
        ws.set_crm(channel.id, "integrated")
    ws.set_crm("sms", "connector")
    ws.set_crm("chatbot", "none")
    start = ws.add_journey("Bez startu", id="nostart")
    start.add_touchpoint("decision", "website", "K", id="k")
    goal = ws.add_journey("Bez zakupu", id="nogoal")
    goal.add_touchpoint("awareness", "sms", "S", id="s")
    goal.add_touchpoint("consideration", "website", "W", id="w")
    for n in range(7):
        goal.add_touchpoint("interest", "chatbot", f"C{n}", id=f"c{n}")
        goal.connect("s", f"c{n}")
    yield ws


def test_every_code_and_every_template_is_used_by_the_problem_maps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    used: set[str] = set()
    original = messages.message

    def spy(language: str | None, key: str, **values: object) -> str:
        used.add(key)
        return original(language, key, **values)

    monkeypatch.setattr(messages, "message", spy)
    codes: set[str] = set()
    for ws in problem_maps("pl"):
        findings = check(ws)
        codes.update(f.code for f in findings)
        format_text("x.omnimap", findings, "pl")
    format_text("x.omnimap", [], "pl")
    assert codes == set(known_codes())
    assert used == set(templates("pl"))


def test_every_polish_message_is_polish_and_matches_the_english_finding() -> None:
    for english_ws, polish_ws in zip(problem_maps("en"), problem_maps("pl"), strict=True):
        english = {key_of(f): f.message for f in check(english_ws)}
        polish = check(polish_ws)
        assert {key_of(f) for f in polish} == set(english)
        for finding in polish:
            assert finding.message != english[key_of(finding)]
            assert_polish(finding.message)
        report = format_text("x.omnimap", polish, "pl").replace(".omnimap", "")
        for code in sorted(known_codes(), key=len, reverse=True):
            report = report.replace(code, "")
        assert_polish(report)


def test_polish_details_counts_quotes_numbers() -> None:
    ws = next(problem_maps("pl"))
    by_code: dict[str, list[str]] = {}
    for finding in check(ws):
        by_code.setdefault(finding.code, []).append(finding.message)
    assert by_code["too-many-channels-stage"] == [
        "Ewa: etap „Rozważanie” obejmuje 7 kanałów („Strona www”, „Instagram”, „Facebook”, "
        "„E-mail”, „Chatbot” i jeszcze 2); przy pierwszym wdrożeniu lepiej dopracować "
        "najwyżej 4 kanały na etap"]
    assert by_code["too-many-channels-journey"][0].startswith("Ewa: ścieżka obejmuje 14 kanałów")
    assert by_code["kpi-missed"] == [
        "etap „Decyzja” nie osiąga celu KPI „Konwersja”: 1,5%, a cel to co najmniej 3%",
        "etap „Lojalność” nie osiąga celu KPI „Rezygnacje”: 8%, a cel to co najwyżej 5%"]
    assert ("Ewa: klient jest bardzo niezadowolony w punkcie styku [bez nazwy, d] "
            "(Decyzja, Sklep stacjonarny), a nie zapisano przy nim żadnej szansy na poprawę"
            ) in by_code["pain-without-opportunity"]
    assert by_code["empty-journey"] == [
        "Pusta: ścieżka nie ma jeszcze punktów styku, więc nie została sprawdzona"]
    assert ("Ewa: od etapu „Świadomość” nie prowadzi żadna droga do zakupu na etapie "
            "„Decyzja”: nie łączy ich żaden ciąg przejść") in by_code["no-path-to-purchase"]

    third = list(problem_maps("pl"))[2]
    messages_ = [f.message for f in check(third)]
    assert ("Bez zakupu: kanał „Chatbot” nie ma integracji z CRM; ma to wpływ na 7 punktów "
            "styku: „C0”, „C1”, „C2”, „C3”, „C4” i jeszcze 2") in messages_
    assert any(m.startswith("Bez zakupu: historia klienta ginie przy przejściu z kanału „SMS” "
                            "(przez konektor) do kanału „Chatbot” (bez CRM); chodzi o 7 przejść: ")
               and m.endswith(" i jeszcze 2") for m in messages_)
    assert ("kanał „Strona www” (używany na ścieżkach: Bez startu, Bez zakupu) nie ma "
            "właściciela w audycie, więc nikt za niego nie odpowiada") in messages_


# ---------------------------------------------------------------------------- CLI


def test_cli_check_speaks_the_language_of_the_map(tmp_path: Path) -> None:
    for lang in ("pl", "en"):
        made = omnimap("new", "--template", "sample", "--lang", lang, "-o", f"{lang}.omnimap",
                       cwd=tmp_path)
        assert made.returncode == 0, made.stderr
    polish = omnimap("check", "pl.omnimap", cwd=tmp_path)
    assert polish.returncode == 1 and polish.stderr == ""
    lines = polish.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:-1]] == [
        ["błąd", "crm-gap"], ["błąd", "crm-gap"], ["ostrzeżenie", "silo-handoff"],
        ["uwaga", "channel-without-owner"]]
    assert lines[0].startswith("błąd         crm-gap                Anna: kanał „Instagram” ")
    assert lines[-1] == "pl.omnimap: 2 błędy, 1 ostrzeżenie, 1 uwaga"
    for line in lines:
        assert_polish(line.replace("pl.omnimap", "").replace("crm-gap", "")
                      .replace("silo-handoff", "").replace("channel-without-owner", ""))

    english = omnimap("check", "en.omnimap", cwd=tmp_path)
    assert english.stdout.splitlines()[-1] == "en.omnimap: 2 errors, 1 warning, 1 info"
    assert english.stdout.startswith('error    crm-gap                Anna: channel "Instagram" ')

    clean = omnimap("check", "pl.omnimap", "--select", "empty-stage", cwd=tmp_path)
    assert clean.returncode == 0
    assert clean.stdout.strip() == "pl.omnimap: nie znaleziono problemów"

    data = json.loads(omnimap("check", "--format", "json", "pl.omnimap", cwd=tmp_path).stdout)
    assert data["summary"] == {"error": 2, "warning": 1, "info": 1}  # keys stay English
    assert [f["severity"] for f in data["findings"]] == ["error", "error", "warning", "info"]
    assert data["findings"][0]["message"].startswith("Anna: kanał „Instagram” nie ma integracji")
