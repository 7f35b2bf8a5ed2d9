"""Credit conversions to channels: five heuristic models and the Markov chain.

The models, by the names the API and the command line use:

``last``, ``first``
    All of a conversion to the last, or the first, touch.
``linear``
    Equal shares to every touch.
``time-decay``
    Each touch weighs ``0.5 ** (hours_before_conversion / half_life)``,
    normalised within its journey; needs the hours of every touch.
``position``
    40/20/40: 40% each to the first and last touch, the middle touches share
    the remaining 20%; a single touch gets everything, two touches half each.
``markov``
    The first-order Markov chain with removal effects (Anderl et al. 2016),
    the data-driven model of the R package ChannelAttribution.

The conventions follow ChannelAttribution. In the heuristics every touch
counts, so ``A > B > A`` gives A the first and last click and 2/3 of linear.
Paths that did not convert give no credit, but they do feed the Markov counts.
For the Markov chain consecutive repeats collapse (``A > A > B`` is
``A > B``) while loops stay; its states are start, the channels, conversion
and null. The chain is solved exactly as an absorbing chain, ``(I - Q) x = r``,
with a small LU solver with partial pivoting (no numpy). Removing a channel
sends its inflow to null; its removal effect is ``1 - P(conversion without
it) / P(conversion)``, and the credits are the removal effects normalised to
their sum, times the total conversions (and the total value).

Identical paths are counted once with their multiplicity, so the cost grows
with the number of distinct paths, and the Markov solve with the cube of the
number of channels.

Examples
--------
>>> paths = [PathCount(("A", "B"), 1, 0), PathCount(("B",), 1, 2), PathCount(("A",), 0, 1)]
>>> result = attribute(paths, models=["last", "markov"])
>>> result.table["last"]["B"].conversions
2.0
>>> round(result.table["markov"]["A"].conversions, 4)
0.4
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from omnimap.analysis.paths import (
    AttributionError,
    PathCount,
    parse_path,
    paths_from_workspace,
    read_any_csv,
    read_journeys_csv,
    read_paths_csv,
)

__all__ = [
    "DEFAULT_HALF_LIFE",
    "MODELS",
    "MODEL_TITLES",
    "AttributionError",
    "AttributionResult",
    "Credit",
    "PathCount",
    "attribute",
    "markov_removal_effects",
    "parse_models",
    "parse_path",
    "paths_from_workspace",
    "read_any_csv",
    "read_journeys_csv",
    "read_paths_csv",
]

MODELS: tuple[str, ...] = ("last", "first", "linear", "time-decay", "position", "markov")
MODEL_TITLES: dict[str, str] = {
    "last": "Last-click",
    "first": "First-click",
    "linear": "Linear",
    "time-decay": "Time-decay",
    "position": "Position",
    "markov": "Markov",
}
DEFAULT_HALF_LIFE = 168.0


class Credit(NamedTuple):
    """What one model credits to one channel; ``value`` is None without values."""

    conversions: float
    value: float | None


@dataclass(frozen=True)
class AttributionResult:
    """Credits per model and channel.

    Attributes
    ----------
    models : tuple of str
        The models computed, in :data:`MODELS` order.
    channels : tuple of str
        Every channel seen, in order of first appearance.
    table : dict
        ``table[model][channel]`` is a :class:`Credit`.
    total_conversions, total_value : float
        What the credits of each model add up to; ``total_value`` is None when
        the input had no values.
    removal_effects : dict
        The Markov removal effect of each channel (empty without Markov).
    unavailable : dict
        Models asked for but not computable, with the reason.
    distinct_paths : int
    half_life : float
    """

    models: tuple[str, ...]
    channels: tuple[str, ...]
    table: dict[str, dict[str, Credit]]
    total_conversions: float
    total_value: float | None
    removal_effects: dict[str, float] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    distinct_paths: int = 0
    half_life: float = DEFAULT_HALF_LIFE

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of the whole result."""
        return {
            "models": list(self.models),
            "channels": list(self.channels),
            "total_conversions": self.total_conversions,
            "total_value": self.total_value,
            "distinct_paths": self.distinct_paths,
            "half_life_hours": self.half_life,
            "credits": {
                model: {ch: {"conversions": c.conversions, "value": c.value}
                        for ch, c in row.items()}
                for model, row in self.table.items()
            },
            "removal_effects": dict(self.removal_effects),
            "unavailable": dict(self.unavailable),
        }


def parse_models(spec: str | Iterable[str]) -> tuple[str, ...]:
    """Model names from ``"all"``, a comma-separated string or a list.

    >>> parse_models("markov, last")
    ('last', 'markov')
    >>> parse_models("all") == MODELS
    True
    >>> parse_models("shapley")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    omnimap.analysis.paths.AttributionError: unknown model 'shapley' (choose from all, last, ...)
    """
    names = [s.strip() for s in spec.split(",")] if isinstance(spec, str) else list(spec)
    if "all" in names:
        return MODELS
    for name in names:
        if name not in MODELS:
            raise AttributionError(
                f"unknown model {name!r} (choose from all, {', '.join(MODELS)})")
    if not names:
        raise AttributionError("no model given")
    return tuple(m for m in MODELS if m in names)


# ------------------------------------------------------------------- heuristics
def _position_shares(n: int) -> list[float]:
    if n == 1:
        return [1.0]
    if n == 2:
        return [0.5, 0.5]
    middle = 0.2 / (n - 2)
    return [0.4, *([middle] * (n - 2)), 0.4]


def _add(row: dict[str, list[float]], channel: str, conversions: float, value: float) -> None:
    cell = row.get(channel)
    if cell is None:
        row[channel] = [conversions, value]
    else:
        cell[0] += conversions
        cell[1] += value


def _heuristics(converting: dict[tuple[str, ...], list[float]],
                models: Sequence[str]) -> dict[str, dict[str, list[float]]]:
    rows: dict[str, dict[str, list[float]]] = {m: {} for m in models}
    last, first = rows.get("last"), rows.get("first")
    linear, position = rows.get("linear"), rows.get("position")
    for path, (conv, value) in converting.items():
        if last is not None:
            _add(last, path[-1], conv, value)
        if first is not None:
            _add(first, path[0], conv, value)
        n = len(path)
        if linear is not None:
            c, v = conv / n, value / n
            for channel in path:
                _add(linear, channel, c, v)
        if position is not None:
            for channel, share in zip(path, _position_shares(n), strict=True):
                _add(position, channel, conv * share, value * share)
    return rows


def _time_decay(paths: Iterable[PathCount], half_life: float,
                has_value: bool) -> dict[str, list[float]]:
    row: dict[str, list[float]] = {}
    cache: dict[float, float] = {}
    for record in paths:
        conv = record.conversions
        if conv <= 0:
            continue
        hours = record.hours
        assert hours is not None  # checked by the caller
        weights = []
        for h in hours:
            w = cache.get(h)
            if w is None:
                w = cache[h] = 0.5 ** (h / half_life)
            weights.append(w)
        total = sum(weights)
        if total == 0.0:
            # Every touch so long ago that its weight underflowed: measure from
            # the latest touch instead, which normalises to the same shares.
            nearest = min(hours)
            weights = [0.5 ** ((h - nearest) / half_life) for h in hours]
            total = sum(weights)
        value = (record.value or 0.0) if has_value else 0.0
        for channel, w in zip(record.path, weights, strict=True):
            share = w / total
            _add(row, channel, conv * share, value * share)
    return row


# ------------------------------------------------------------------ Markov chain
def _lu(a: list[list[float]]) -> list[int]:
    """LU-decompose ``a`` in place with partial pivoting; returns the row order."""
    n = len(a)
    order = list(range(n))
    for col in range(n):
        pivot = max(range(col, n), key=lambda i: abs(a[i][col]))
        if abs(a[pivot][col]) < 1e-13:
            raise AttributionError("the Markov chain cannot be solved (singular matrix)")
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            order[col], order[pivot] = order[pivot], order[col]
        top = a[col]
        p = top[col]
        for i in range(col + 1, n):
            row = a[i]
            f = row[col] / p
            row[col] = f
            if f:
                for j in range(col + 1, n):
                    row[j] -= f * top[j]
    return order


def _lu_solve(lu: list[list[float]], order: list[int], b: Sequence[float]) -> list[float]:
    n = len(lu)
    y = [b[i] for i in order]
    for i in range(n):
        row = lu[i]
        y[i] -= sum(row[j] * y[j] for j in range(i))
    for i in range(n - 1, -1, -1):
        row = lu[i]
        y[i] = (y[i] - sum(row[j] * y[j] for j in range(i + 1, n))) / row[i]
    return y


def _collapse(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple([c for i, c in enumerate(path) if i == 0 or c != path[i - 1]])


def markov_removal_effects(paths: Iterable[PathCount]) -> dict[str, float]:
    """Removal effect of each channel in the first-order Markov chain.

    Rather than solving one chain per removed channel, this uses the
    fundamental matrix ``N = (I - Q)^-1`` of the full chain: the probability
    of ever reaching channel ``k`` from start is ``N[s][k] / N[k][k]``, so the
    conversions lost when ``k`` is removed are ``N[s][k] / N[k][k] * x[k]``,
    where ``x`` solves ``(I - Q) x = r``. One LU decomposition serves all.

    Returns
    -------
    dict
        Channel to removal effect in [0, 1]; all 0 when nothing converted.

    Examples
    --------
    Start goes to A twice; A goes on to B once and ends once; B converts.
    P(conversion) = 1/2 and removing either channel loses all of it.

    >>> markov_removal_effects([PathCount(("A", "B"), 1, 0), PathCount(("A",), 0, 1)])
    {'A': 1.0, 'B': 1.0}
    """
    collapsed: dict[tuple[str, ...], list[float]] = {}
    for record in paths:
        if record.conversions + record.nulls <= 0:
            continue
        key = _collapse(record.path)
        found = collapsed.get(key)
        if found is None:
            collapsed[key] = [record.conversions, record.nulls]
        else:
            found[0] += record.conversions
            found[1] += record.nulls
    index: dict[str, int] = {}
    for path in collapsed:
        for channel in path:
            if channel not in index:
                index[channel] = len(index) + 1  # 0 is the start state
    n = len(index) + 1
    counts: list[dict[int, float]] = [{} for _ in range(n)]
    to_conversion = [0.0] * n
    leaving = [0.0] * n
    for path, (conv, null) in collapsed.items():
        weight = conv + null
        previous = 0
        for channel in path:
            state = index[channel]
            row = counts[previous]
            row[state] = row.get(state, 0.0) + weight
            leaving[previous] += weight
            previous = state
        to_conversion[previous] += conv
        leaving[previous] += weight
    if not any(to_conversion):
        return dict.fromkeys(index, 0.0)
    # I - Q over the transient states (start and channels), and r.
    matrix = [[0.0] * n for _ in range(n)]
    r = [0.0] * n
    for i in range(n):
        matrix[i][i] = 1.0
        if leaving[i] > 0:
            for j, count in counts[i].items():
                matrix[i][j] -= count / leaving[i]
            r[i] = to_conversion[i] / leaving[i]
    order = _lu(matrix)
    x = _lu_solve(matrix, order, r)
    effects = {}
    for channel, k in index.items():
        unit = [0.0] * n
        unit[k] = 1.0
        column = _lu_solve(matrix, order, unit)  # column k of N
        lost = column[0] / column[k] * x[k]
        effects[channel] = min(1.0, max(0.0, lost / x[0]))
    return effects


# ------------------------------------------------------------------------ API
def attribute(
    paths: Iterable[PathCount],
    models: str | Iterable[str] = MODELS,
    half_life: float = DEFAULT_HALF_LIFE,
) -> AttributionResult:
    """Credit the conversions of ``paths`` to channels under each model.

    Parameters
    ----------
    paths : iterable of PathCount
        From :func:`read_any_csv`, :func:`paths_from_workspace` or built by hand.
        Equal paths may repeat; they are added together.
    models : str or iterable of str
        Names from :data:`MODELS`, or ``"all"``.
    half_life : float
        Time-decay half-life in hours.

    Returns
    -------
    AttributionResult
        Time-decay lands in ``unavailable`` when a converting path lacks hours
        and other models were asked for too.

    Raises
    ------
    AttributionError
        Unknown model, bad half-life, a malformed path, or time-decay alone
        asked for without hours.

    Examples
    --------
    ``A > B > A``: A is first and last click and gets 2/3 of linear.

    >>> r = attribute([PathCount(("A", "B", "A"), 3)], models="first,linear")
    >>> r.table["first"]["A"], r.table["linear"]["B"]
    (Credit(conversions=3.0, value=None), Credit(conversions=1.0, value=None))
    """
    chosen = parse_models(models)
    if not (isinstance(half_life, int | float) and math.isfinite(half_life) and half_life > 0):
        raise AttributionError(f"the half-life must be a positive number of hours, not {half_life}")
    records = list(paths)
    by_path: dict[tuple[str, ...], list[float]] = {}
    has_value = False
    hours_missing = False
    for record in records:
        path, conv, null = record.path, record.conversions, record.nulls
        if not path or not isinstance(path, tuple):
            raise AttributionError(f"a path must be a non-empty tuple of channels, not {path!r}")
        if not (conv >= 0 and null >= 0):
            raise AttributionError(f"negative or missing count on path {' > '.join(path)!r}")
        if record.value is not None:
            has_value = True
        if conv > 0:
            if record.hours is None:
                hours_missing = True
            elif len(record.hours) != len(path):
                raise AttributionError(
                    f"{len(record.hours)} hour value(s) for {len(path)} touch(es) "
                    f"on path {' > '.join(path)!r}")
        found = by_path.get(path)
        if found is None:
            by_path[path] = [float(conv), float(null), float(record.value or 0.0)]
        else:
            found[0] += conv
            found[1] += null
            found[2] += record.value or 0.0
    channels: dict[str, None] = {}
    for path in by_path:
        channels.update(dict.fromkeys(path))
    converting = {p: [c, v] for p, (c, _, v) in by_path.items() if c > 0}
    total_conv = sum(c for c, _ in converting.values())
    total_value = sum(v for _, v in converting.values()) if has_value else None

    unavailable: dict[str, str] = {}
    if "time-decay" in chosen and hours_missing:
        reason = "needs the hours from each touch to the conversion (a journeys file)"
        if chosen == ("time-decay",):
            raise AttributionError(f"time-decay {reason}")
        unavailable["time-decay"] = reason
        chosen = tuple(m for m in chosen if m != "time-decay")

    raw = _heuristics(converting, [m for m in chosen if m in ("last", "first", "linear",
                                                              "position")])
    if "time-decay" in chosen:
        raw["time-decay"] = _time_decay(records, half_life, has_value)
    effects: dict[str, float] = {}
    if "markov" in chosen:
        effects = markov_removal_effects(
            PathCount(p, c, n) for p, (c, n, _) in by_path.items())
        total_effect = sum(effects.values())
        raw["markov"] = {
            ch: [total_conv * e / total_effect, (total_value or 0.0) * e / total_effect]
            if total_effect > 0 else [0.0, 0.0]
            for ch, e in effects.items()
        }
    table = {
        model: {
            ch: Credit(raw[model].get(ch, (0.0, 0.0))[0],
                       raw[model].get(ch, (0.0, 0.0))[1] if has_value else None)
            for ch in channels
        }
        for model in chosen
    }
    return AttributionResult(
        models=chosen,
        channels=tuple(channels),
        table=table,
        total_conversions=total_conv,
        total_value=total_value,
        removal_effects={ch: effects.get(ch, 0.0) for ch in channels} if effects else {},
        unavailable=unavailable,
        distinct_paths=len(by_path),
        half_life=float(half_life),
    )
