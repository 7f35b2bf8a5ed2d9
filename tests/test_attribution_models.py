"""The six attribution models on small inputs computed by hand, and their conventions."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnimap.analysis.attribution import (
    MODELS,
    AttributionError,
    PathCount,
    attribute,
    markov_removal_effects,
    parse_models,
)


def credits(result, model):
    return {ch: c.conversions for ch, c in result.table[model].items()}


def values(result, model):
    return {ch: c.value for ch, c in result.table[model].items()}


# ------------------------------------------------------------------ heuristics
def test_last_first_linear_on_a_simple_mix():
    paths = [PathCount(("A", "B", "C"), 3, 1), PathCount(("C",), 2, 0), PathCount(("B",), 0, 9)]
    r = attribute(paths, models="last,first,linear")
    assert credits(r, "last") == {"A": 0.0, "B": 0.0, "C": 5.0}
    assert credits(r, "first") == {"A": 3.0, "B": 0.0, "C": 2.0}
    assert credits(r, "linear") == pytest.approx({"A": 1.0, "B": 1.0, "C": 3.0})


def test_every_touch_counts_in_the_heuristics():
    """``A > B > A``: A is the first and the last touch and holds 2 of 3 linear shares."""
    r = attribute([PathCount(("A", "B", "A"), 6)], models="last,first,linear,position")
    assert credits(r, "first") == {"A": 6.0, "B": 0.0}
    assert credits(r, "last") == {"A": 6.0, "B": 0.0}
    assert credits(r, "linear") == pytest.approx({"A": 4.0, "B": 2.0})
    # 40 + 40 to A, the 20 of the middle to B.
    assert credits(r, "position") == pytest.approx({"A": 4.8, "B": 1.2})


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("A",), {"A": 1.0}),
        (("A", "B"), {"A": 0.5, "B": 0.5}),
        (("A", "B", "C"), {"A": 0.4, "B": 0.2, "C": 0.4}),
        (("A", "B", "C", "D"), {"A": 0.4, "B": 0.1, "C": 0.1, "D": 0.4}),
        (("A", "B", "C", "D", "E", "F"), {"A": 0.4, "B": 0.05, "C": 0.05, "D": 0.05,
                                          "E": 0.05, "F": 0.4}),
    ],
)
def test_position_based_40_20_40(path, expected):
    r = attribute([PathCount(path, 10)], models="position")
    assert credits(r, "position") == pytest.approx({k: 10 * v for k, v in expected.items()})


def test_time_decay_halves_per_half_life():
    """Half-life 24 h, touches 48, 24 and 0 hours before: weights 1/4, 1/2, 1 out of 7/4."""
    paths = [PathCount(("A", "B", "C"), 7, 0, None, (48.0, 24.0, 0.0))]
    r = attribute(paths, models="time-decay", half_life=24)
    assert credits(r, "time-decay") == pytest.approx({"A": 1.0, "B": 2.0, "C": 4.0})


def test_time_decay_default_half_life_is_a_week():
    """A touch 168 h before weighs half of one at the conversion: shares 1/3 and 2/3."""
    r = attribute([PathCount(("A", "B"), 3, 0, None, (168.0, 0.0))], models="time-decay")
    assert r.half_life == 168.0
    assert credits(r, "time-decay") == pytest.approx({"A": 1.0, "B": 2.0})


def test_time_decay_normalises_within_each_journey():
    """Two journeys of one touch each: each gives its whole conversion, whatever its age."""
    paths = [PathCount(("A",), 1, 0, None, (1000.0,)), PathCount(("B",), 1, 0, None, (0.0,))]
    r = attribute(paths, models="time-decay", half_life=1)
    assert credits(r, "time-decay") == pytest.approx({"A": 1.0, "B": 1.0})


def test_time_decay_survives_underflow():
    """Touches 10^5 half-lives ago underflow to 0 but still split 1/3, 2/3."""
    paths = [PathCount(("A", "B"), 3, 0, None, (100_001.0, 100_000.0))]
    r = attribute(paths, models="time-decay", half_life=1)
    assert credits(r, "time-decay") == pytest.approx({"A": 1.0, "B": 2.0})


def test_time_decay_without_hours():
    paths = [PathCount(("A", "B"), 1)]
    with pytest.raises(AttributionError, match="time-decay needs the hours"):
        attribute(paths, models="time-decay")
    r = attribute(paths, models="all")
    assert "time-decay" not in r.models
    assert "time-decay" in r.unavailable
    assert r.models == ("last", "first", "linear", "position", "markov")


def test_hours_must_match_the_touches():
    with pytest.raises(AttributionError, match="2 hour value"):
        attribute([PathCount(("A", "B", "C"), 1, 0, None, (2.0, 1.0))], models="last")


def test_non_converting_paths_give_no_credit_in_heuristics():
    base = [PathCount(("A", "B"), 2)]
    with_nulls = [*base, PathCount(("C", "A"), 0, 50), PathCount(("B",), 0, 7)]
    for model in ("last", "first", "linear", "position"):
        a = credits(attribute(base, models=model), model)
        b = credits(attribute(with_nulls, models=model), model)
        assert b == pytest.approx({**a, "C": 0.0})


def test_values_follow_the_same_shares():
    paths = [PathCount(("A", "B"), 2, 0, 300.0), PathCount(("B",), 1, 0, 50.0)]
    r = attribute(paths, models="last,first,linear,markov")
    assert r.total_value == 350.0
    assert values(r, "last") == {"A": 0.0, "B": 350.0}
    assert values(r, "first") == {"A": 300.0, "B": 50.0}
    assert values(r, "linear") == pytest.approx({"A": 150.0, "B": 200.0})
    markov = credits(r, "markov")
    assert values(r, "markov") == pytest.approx({ch: 350.0 * c / 3 for ch, c in markov.items()})


def test_no_values_means_none():
    r = attribute([PathCount(("A",), 1)], models="last")
    assert r.total_value is None
    assert r.table["last"]["A"].value is None


def test_equal_paths_are_added_together():
    once = attribute([PathCount(("A", "B"), 4, 2)])
    split = attribute([PathCount(("A", "B"), 1, 2), PathCount(("A", "B"), 3, 0)])
    assert split.distinct_paths == 1
    for model in once.models:
        assert credits(split, model) == pytest.approx(credits(once, model))


def test_bad_arguments():
    with pytest.raises(AttributionError, match="unknown model"):
        attribute([PathCount(("A",), 1)], models="shapley")
    for bad in (0, -1, math.inf, math.nan):
        with pytest.raises(AttributionError, match="half-life"):
            attribute([PathCount(("A",), 1)], half_life=bad)
    with pytest.raises(AttributionError, match="non-empty tuple"):
        attribute([PathCount((), 1)])
    with pytest.raises(AttributionError, match="negative"):
        attribute([PathCount(("A",), -1)])


def test_parse_models_keeps_the_canonical_order():
    assert parse_models(["markov", "first"]) == ("first", "markov")
    assert parse_models("all") == MODELS


def test_no_conversions_gives_zero_everywhere():
    r = attribute([PathCount(("A", "B"), 0, 5)], models="last,linear,markov")
    for model in r.models:
        assert credits(r, model) == {"A": 0.0, "B": 0.0}
    assert r.total_conversions == 0


# ---------------------------------------------------------------- Markov chain
def test_markov_two_channels_in_a_row():
    """Paths "A > B" converts once, "A" ends once.

    start→A 2; A→B 1, A→null 1; B→conversion 1. P(conversion) = 1 · 1/2 · 1 = 1/2.
    Without A or without B nothing converts: both removal effects are 1, so
    the one conversion splits 1/2, 1/2.
    """
    paths = [PathCount(("A", "B"), 1, 0), PathCount(("A",), 0, 1)]
    assert markov_removal_effects(paths) == pytest.approx({"A": 1.0, "B": 1.0})
    assert credits(attribute(paths, models="markov"), "markov") == pytest.approx(
        {"A": 0.5, "B": 0.5})


def test_markov_shared_channel():
    """Paths "A > B" 1 conversion, "B" 1 conversion, "A" 1 null.

    start→A 2/3, start→B 1/3; A→B 1/2, A→null 1/2; B→conversion 1.
    P(conv) = 2/3 · 1/2 + 1/3 = 2/3. Without A: 1/3, removal effect 1/2.
    Without B: 0, effect 1. Credits of the 2 conversions: A = 2 · (1/2)/(3/2) = 2/3,
    B = 2 · 1/(3/2) = 4/3.
    """
    paths = [PathCount(("A", "B"), 1, 0), PathCount(("B",), 1, 0), PathCount(("A",), 0, 1)]
    assert markov_removal_effects(paths) == pytest.approx({"A": 0.5, "B": 1.0})
    assert credits(attribute(paths, models="markov"), "markov") == pytest.approx(
        {"A": 2 / 3, "B": 4 / 3})


def test_markov_null_paths_change_the_credits():
    """"A > B" 1 conversion and "B" 1 conversion: P = 1; without A 1/2 (effect 1/2),
    without B 0 (effect 1): A 2/3, B 4/3.

    Adding "B" with 2 nulls: start→A 1/4, start→B 3/4; B→conversion 1/2.
    P = 1/2; without A 3/8, effect 1/4; without B effect 1. A = 2 · (1/4)/(5/4) = 2/5,
    B = 8/5. The heuristics do not move.
    """
    base = [PathCount(("A", "B"), 1, 0), PathCount(("B",), 1, 0)]
    more = [*base, PathCount(("B",), 0, 2)]
    assert credits(attribute(base, models="markov"), "markov") == pytest.approx(
        {"A": 2 / 3, "B": 4 / 3})
    assert credits(attribute(more, models="markov"), "markov") == pytest.approx(
        {"A": 2 / 5, "B": 8 / 5})
    assert credits(attribute(base, models="linear"), "linear") == credits(
        attribute(more, models="linear"), "linear")


def test_markov_collapses_repeats_only_in_markov():
    """``A > A > B`` is ``A > B`` for the chain (1/2, 1/2), but linear gives A 2/3."""
    repeated = [PathCount(("A", "A", "B"), 1)]
    plain = [PathCount(("A", "B"), 1)]
    assert markov_removal_effects(repeated) == markov_removal_effects(plain)
    r = attribute(repeated, models="linear,markov")
    assert credits(r, "markov") == pytest.approx({"A": 0.5, "B": 0.5})
    assert credits(r, "linear") == pytest.approx({"A": 2 / 3, "B": 1 / 3})


def test_markov_keeps_loops():
    """``A > B > A`` converting once: start→A; A→B 1/2, A→conversion 1/2; B→A 1.

    x_A = 1/2 + 1/2 x_B, x_B = x_A, so P = 1. Without B: 1/2, effect 1/2; without A: 0,
    effect 1. Credits: A 2/3, B 1/3 (a loop-free chain would say 1/2, 1/2).
    """
    r = attribute([PathCount(("A", "B", "A"), 1)], models="markov")
    assert r.removal_effects == pytest.approx({"A": 1.0, "B": 0.5})
    assert credits(r, "markov") == pytest.approx({"A": 2 / 3, "B": 1 / 3})


def test_markov_loop_with_leak():
    """``A > B > A`` 1 conversion and ``B`` 1 null.

    A→B 1/2, A→conv 1/2; B→A 1/2, B→null 1/2; start→A 1/2, start→B 1/2.
    x_A = 1/2 + 1/2 x_B, x_B = 1/2 x_A: x_A = 2/3, x_B = 1/3, P = 1/2.
    Without A: 0 (effect 1). Without B: x_A = 1/2, P = 1/4 (effect 1/2). A 2/3, B 1/3.
    """
    paths = [PathCount(("A", "B", "A"), 1, 0), PathCount(("B",), 0, 1)]
    assert markov_removal_effects(paths) == pytest.approx({"A": 1.0, "B": 0.5})


# ----------------------------------------- Markov against a brute force in fractions
def _brute_force_effects(paths):
    """Removal effects by literally removing each channel, solved in exact fractions."""
    counts: dict[tuple[str, str], int] = {}
    for path, conv, null in paths:
        if conv + null == 0:
            continue
        states = ["(start)", *(ch for ch, _ in itertools.groupby(path))]
        for a, b in itertools.pairwise(states):
            counts[a, b] = counts.get((a, b), 0) + conv + null
        counts[states[-1], "(conversion)"] = counts.get((states[-1], "(conversion)"), 0) + conv
        counts[states[-1], "(null)"] = counts.get((states[-1], "(null)"), 0) + null
    channels = sorted({ch for path, c, n in paths if c + n for ch in path})
    out: dict[str, int] = {}
    for (a, _), n in counts.items():
        out[a] = out.get(a, 0) + n
    prob = {(a, b): Fraction(n, out[a]) for (a, b), n in counts.items() if n}

    def p_conversion(removed):
        transient = ["(start)", *(ch for ch in channels if ch != removed)]
        size = len(transient)
        where = {s: i for i, s in enumerate(transient)}
        # Rows of [I - Q | r]; arrows into the removed channel go to null, i.e. vanish.
        rows = []
        for s in transient:
            row = [Fraction(0)] * (size + 1)
            row[where[s]] += 1
            for (a, b), p in prob.items():
                if a != s:
                    continue
                if b in where:
                    row[where[b]] -= p
                elif b == "(conversion)":
                    row[size] += p
            rows.append(row)
        for col in range(size):  # Gauss-Jordan; exact, so any non-zero pivot will do
            pivot = next(i for i in range(col, size) if rows[i][col] != 0)
            rows[col], rows[pivot] = rows[pivot], rows[col]
            rows[col] = [v / rows[col][col] for v in rows[col]]
            for i in range(size):
                if i != col and rows[i][col] != 0:
                    f = rows[i][col]
                    rows[i] = [v - f * w for v, w in zip(rows[i], rows[col], strict=True)]
        return rows[where["(start)"]][size]

    full = p_conversion(None)
    if full == 0:
        return dict.fromkeys(channels, Fraction(0))
    return {ch: 1 - p_conversion(ch) / full for ch in channels}


_path = st.lists(st.sampled_from("ABCD"), min_size=1, max_size=5)
_paths = st.lists(
    st.tuples(_path, st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(_paths)
def test_markov_matches_exact_fractions(raw):
    paths = [PathCount(tuple(p), c, n) for p, c, n in raw]
    exact = _brute_force_effects([(tuple(p), c, n) for p, c, n in raw])
    ours = markov_removal_effects(paths)
    assert set(ours) == set(exact)
    for ch, effect in exact.items():
        assert ours[ch] == pytest.approx(float(effect), abs=1e-9)
    r = attribute(paths, models="markov")
    total = sum(exact.values())
    conversions = sum(c for _, c, _ in raw)
    for ch, effect in exact.items():
        expected = float(conversions * effect / total) if total else 0.0
        assert r.table["markov"][ch].conversions == pytest.approx(expected, abs=1e-9)


def test_brute_force_agrees_with_the_hand_computed_case():
    """The checker itself, on test_markov_shared_channel's input."""
    effects = _brute_force_effects([(("A", "B"), 1, 0), (("B",), 1, 0), (("A",), 0, 1)])
    assert effects == {"A": Fraction(1, 2), "B": Fraction(1)}


# ----------------------------------------------------------------- invariants
_hours_paths = _path.flatmap(lambda p: st.tuples(
    st.just(tuple(p)),
    st.integers(0, 5),
    st.integers(0, 5),
    st.floats(0, 1000),
    st.lists(st.floats(0, 2000), min_size=len(p), max_size=len(p)).map(tuple),
))


@settings(max_examples=60, deadline=None)
@given(st.lists(_hours_paths, min_size=1, max_size=8), st.floats(0.5, 500))
def test_credits_add_up_to_the_totals_in_every_model(raw, half_life):
    paths = [PathCount(p, c, n, v if c else 0.0, h) for p, c, n, v, h in raw]
    r = attribute(paths, models="all", half_life=half_life)
    assert r.models == MODELS
    conversions = sum(c for _, c, _, _, _ in raw)
    value = sum(v for _, c, _, v, _ in raw if c)
    for model in MODELS:
        row = r.table[model].values()
        assert all(c.conversions >= 0 for c in row)
        assert sum(c.conversions for c in row) == pytest.approx(conversions, abs=1e-9)
        assert sum(c.value for c in row) == pytest.approx(value, rel=1e-9, abs=1e-9)
