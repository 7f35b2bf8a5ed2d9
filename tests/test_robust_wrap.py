"""Wrapping very long text without spaces: same lines as before, work about linear.

A journey name of 100,000 letters (the file format leaves it unbounded) made
``omnimap export`` measure every prefix of the word for every line: it ran for
more than ten minutes and took over a gigabyte.
"""

from __future__ import annotations

import random

import pytest

from omnimap.export.measure import TableMeasurer, wrap_measured, wrap_text
from omnimap.io import loads_workspace
from omnimap.model.sample import sample_workspace


class CountingMeasurer:
    """Arial widths from the table, counting every character it is asked to measure."""

    def __init__(self) -> None:
        self.table = TableMeasurer()
        self.measured = 0

    def width(self, text: str, point_size: float, bold: bool = False) -> float:
        self.measured += len(text)
        return self.table.width(text, point_size, bold)

    def line_height(self, point_size: float) -> float:
        return self.table.line_height(point_size)


def _reference(text, max_width, measurer, point_size, bold=False, max_lines=None):
    """The wrapping as it was, cutting a long word by measuring ever shorter prefixes."""
    def width(piece):
        return measurer.width(piece, point_size, bold)

    space = width(" ")
    lines = []
    for paragraph in text.split("\n"):
        current, current_w = "", 0.0
        for word in paragraph.split(" "):
            word_w = width(word)
            if current:
                if current_w + space + word_w <= max_width:
                    current, current_w = f"{current} {word}", current_w + space + word_w
                    continue
                lines.append((current, current_w))
                current, current_w = "", 0.0
            while word_w > max_width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and width(word[:cut]) > max_width:
                    cut -= 1
                lines.append((word[:cut], width(word[:cut])))
                word = word[cut:]
                word_w = width(word)
            current, current_w = word, word_w
        lines.append((current, current_w))
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1][0]
        while last and width(last + "…") > max_width:
            last = last[:-1]
        last = last.rstrip() + "…"
        kept[-1] = (last, width(last))
        return kept
    return lines


def test_same_lines_as_the_reference():
    rng = random.Random(7)
    alphabet = "aiłWMż .,—🙂\n" + "x" * 5
    m = TableMeasurer()
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 160)))
        max_width = rng.choice([3.0, 8.0, 25.0, 60.0, 140.0])
        size = rng.choice([9, 11, 18])
        bold = rng.random() < 0.5
        max_lines = rng.choice([None, 1, 2, 3])
        assert wrap_measured(text, max_width, m, size, bold=bold, max_lines=max_lines) == \
            _reference(text, max_width, m, size, bold=bold, max_lines=max_lines), text


@pytest.mark.parametrize("max_lines", [None, 2])
def test_a_long_word_is_measured_about_once(max_lines):
    m = CountingMeasurer()
    word = "Konstantynopolitańczykowianeczka" * 200  # 6,400 letters, no space
    lines = wrap_text(word, 120, m, 10, max_lines=max_lines)
    assert "".join(lines).rstrip("…") == word[: len("".join(lines).rstrip("…"))]
    # The old cut measured every prefix of the rest for each line: ~10^8 characters.
    assert m.measured < 40 * len(word)


def test_a_map_with_a_long_journey_name_and_title_builds_with_linear_work():
    import json

    from omnimap.export import build_graph
    from omnimap.io import dumps_workspace

    doc = json.loads(dumps_workspace(sample_workspace()))
    doc["journeys"][0]["name"] = "x" * 8_000
    doc["title"] = "y" * 8_000
    ws = loads_workspace(json.dumps(doc).encode())
    m = CountingMeasurer()
    built = build_graph(ws, ws.journeys[0], m)
    source = built.graph.source
    assert "x" * 20 in source and "x" * 1000 not in source and "y" * 1000 not in source
    assert m.measured < 200_000
