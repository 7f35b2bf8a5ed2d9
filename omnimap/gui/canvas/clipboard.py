"""Copying touchpoints: the clipboard format and the plan for moving several cards.

Both are plain data: a JSON document of touchpoint dicts (``Touchpoint.model_dump()``)
with the transitions among them, and a list of (id, cell, index) moves worked out
on plain lists so a multi-selection move becomes one correct undo step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["TOUCHPOINTS_MIME", "decode_touchpoints", "encode_touchpoints", "plan_moves"]

#: Touchpoints with the transitions among them, as UTF-8 JSON.
TOUCHPOINTS_MIME = "application/x-omnimap-touchpoints+json"

_FORMAT = "omnimap-touchpoints"


def encode_touchpoints(touchpoints: Sequence[Mapping[str, Any]],
                       transitions: Sequence[Mapping[str, Any]]) -> bytes:
    """The clipboard payload; only transitions whose both ends are copied are kept.

    >>> tp = {"id": "t1", "stage": "awareness", "channel": "sms", "label": "Hi"}
    >>> data = encode_touchpoints([tp], [{"source": "t1", "target": "t9"}])
    >>> decode_touchpoints(data) == ([tp], [])
    True
    """
    ids = {tp["id"] for tp in touchpoints}
    kept = [dict(tr) for tr in transitions if tr["source"] in ids and tr["target"] in ids]
    doc = {"format": _FORMAT, "version": 1, "touchpoints": [dict(tp) for tp in touchpoints],
           "transitions": kept}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def decode_touchpoints(data: bytes) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Parse a payload of :func:`encode_touchpoints`; ValueError when it is not one.

    >>> decode_touchpoints(b"[1, 2]")
    Traceback (most recent call last):
    ...
    ValueError: the clipboard holds no omnimap touchpoints
    """
    try:
        doc = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        doc = None
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        raise ValueError("the clipboard holds no omnimap touchpoints")
    tps, trs = doc.get("touchpoints"), doc.get("transitions", [])
    if not isinstance(tps, list) or not isinstance(trs, list):
        raise ValueError("the clipboard holds no omnimap touchpoints")
    for item in tps:
        if not isinstance(item, dict) or not {"id", "stage", "channel"} <= set(item):
            raise ValueError("the clipboard's touchpoints are damaged")
        item.setdefault("label", "")
    for item in trs:
        if not isinstance(item, dict) or not {"source", "target"} <= set(item):
            raise ValueError("the clipboard's transitions are damaged")
    return tps, trs


Cell = tuple[str, str]


def plan_moves(
    cells: Mapping[Cell, Sequence[str]],
    centers: Mapping[str, float],
    drops: Mapping[str, tuple[Cell, float]],
) -> list[tuple[str, Cell, int, Cell, int]]:
    """Moves that put dropped cards into their target cells in drop order.

    ``cells`` are the current cells with their ordered ids, ``centers`` the
    current y centre of every card, ``drops`` the target cell and y centre of
    each moved card. Each returned ``(id, cell, index, old_cell, old_index)``
    is meant to be applied in turn; ``index`` and ``old_index`` are valid at
    that moment, so the moves also undo correctly in reverse order.
    Moves that would change nothing are left out.

    >>> cells = {("a", "web"): ["t1", "t2", "t3"], ("b", "web"): ["t4"]}
    >>> centers = {"t1": 10, "t2": 20, "t3": 30, "t4": 10}
    >>> plan_moves(cells, centers, {"t3": (("a", "web"), 5)})
    [('t3', ('a', 'web'), 0, ('a', 'web'), 2)]
    >>> plan_moves(cells, centers, {"t1": (("b", "web"), 15), "t2": (("b", "web"), 25)})
    [('t1', ('b', 'web'), 1, ('a', 'web'), 0), ('t2', ('b', 'web'), 2, ('a', 'web'), 0)]
    """
    moving = set(drops)
    by_target: dict[Cell, list[str]] = {}
    for tp_id, (cell, _) in drops.items():
        by_target.setdefault(cell, []).append(tp_id)
    sim: dict[Cell, list[str]] = {cell: list(ids) for cell, ids in cells.items()}
    where = {tp_id: cell for cell, ids in sim.items() for tp_id in ids}
    plan: list[tuple[str, Cell, int, Cell, int]] = []
    for target, ids in by_target.items():
        staying = [(centers[i], 1, i) for i in sim.get(target, []) if i not in moving]
        arriving = [(drops[i][1], 0, i) for i in ids]
        final = [i for _, _, i in sorted(staying + arriving)]
        for position, tp_id in enumerate(final):
            if tp_id not in moving:
                continue
            old_cell = where[tp_id]
            old_index = sim[old_cell].index(tp_id)
            sim[old_cell].pop(old_index)
            row = sim.setdefault(target, [])
            index = row.index(final[position - 1]) + 1 if position else 0
            row.insert(index, tp_id)
            where[tp_id] = target
            if (old_cell, old_index) != (target, index):
                plan.append((tp_id, target, index, old_cell, old_index))
    return plan
