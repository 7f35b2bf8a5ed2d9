"""The catalogues are complete and well-formed (Qt-free: reads the .ts XML).

After ``python -m omnimap.gui.i18n --update`` brings in new UI strings as
"unfinished", this test fails until each one has its Polish text (and, for a
``%n`` string, its English singular and plural).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUES = sorted(TS_DIR.glob("omnimap_*.ts"))
POLISH = TS_DIR / "omnimap_pl.ts"
ENGLISH = TS_DIR / "omnimap_en.ts"
_PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message))
    return out


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_there_is_a_polish_catalogue():
    assert CATALOGUES == [ENGLISH, POLISH]
    root = ET.parse(POLISH).getroot()
    assert root.tag == "TS"
    assert root.get("language", "").startswith("pl")
    assert root.get("sourcelanguage", "en").startswith("en")
    assert len(_messages(POLISH)) >= 50


def test_the_english_catalogue_holds_the_plurals_only():
    messages = _messages(ENGLISH)
    assert messages
    for context, message in messages:
        source = message.findtext("source") or ""
        assert message.get("numerus") == "yes", f"{context}: {source!r}"
        singular, plural = _texts(message)  # English has two forms
        assert "(s)" in source and "(s)" not in singular + plural, source
    plurals = {(c, m.findtext("source")) for c, m in _messages(POLISH) if m.get("numerus")}
    assert plurals == {(c, m.findtext("source")) for c, m in messages}


def test_polish_plurals_have_three_forms():
    for context, message in _messages(POLISH):
        if message.get("numerus") == "yes":
            # one (1), few (2-4, 22-24 ...), many (0, 5-21, 25 ...)
            assert len(_texts(message)) == 3, f"{context}: {message.findtext('source')!r}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(path):
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the code; lupdate -no-obsolete drops them
        if kind is not None or not all(t.strip() or not source.strip()
                                       for t in _texts(message)):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_placeholders_and_accelerators_survive(path):
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        for text in _texts(message):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if _accelerators(source) != _accelerators(text):
                problems.append(f"{context}: {source!r} -> {text!r}: '&' shortcut differs")
            if source.endswith(":") != text.endswith(":"):
                problems.append(f"{context}: {source!r} -> {text!r}: trailing colon differs")
    assert problems == [], "\n".join(problems)


def test_the_catalogue_is_really_polish():
    texts = [t for _c, m in _messages(POLISH) for t in _texts(m)]
    assert sum(1 for t in texts if _POLISH & set(t)) >= len(texts) // 3
