"""Forward migrations of ``.omnimap`` documents, one step per version.

Each step takes the raw document (plain dicts and lists, as JSON gives them) of
version N, already checked against that version's schema, and returns the
document of version N + 1. Steps are never edited once released: a file saved
years ago must open the same way tomorrow.

Version history
---------------
1
    The first format. A channel carried its CRM status as three flat fields
    (``crm``, ``crm_note``, ``owner``); the rest of the channel audit did not
    exist yet. A touchpoint had no ``order``: its place within its (stage,
    channel) cell was its position among that cell's touchpoints in the list.
    A transition named its ends ``from`` and ``to``.
2 (current)
    The channel audit became one ``audit`` object with the five points of the
    strategy article (``functionality``, ``automation``, ``crm`` and
    ``crm_note``, ``kpis``, ``consistency``) and the ``owner``. Touchpoints
    store their ``order`` within the cell explicitly. Transition ends are
    ``source`` and ``target``, the words the rest of the program uses.

Examples
--------
>>> v1 = {"format": "omnimap", "version": 1, "stages": [], "journeys": [],
...       "channels": [{"id": "sms", "name": "SMS", "crm": "none"}]}
>>> migrate(v1, 1)["channels"][0]["audit"]["crm"]
'none'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from omnimap.io.schema import CURRENT_VERSION

__all__ = ["MIGRATIONS", "migrate"]

Document = dict[str, Any]


def _v1_to_v2(doc: Document) -> Document:
    """Version 1 to 2: the audit object, explicit cell orders, source/target.

    >>> out = _v1_to_v2({"version": 1, "channels": [], "journeys": [{"touchpoints": [
    ...     {"id": "a", "stage": "s", "channel": "c"}, {"id": "b", "stage": "s", "channel": "d"},
    ...     {"id": "c", "stage": "s", "channel": "c"}],
    ...     "transitions": [{"from": "a", "to": "c"}]}]})
    >>> [t["order"] for t in out["journeys"][0]["touchpoints"]]
    [0, 0, 1]
    >>> out["journeys"][0]["transitions"], out["version"]
    ([{'source': 'a', 'target': 'c'}], 2)
    """
    out = dict(doc)
    out["version"] = 2
    channels = []
    for channel in doc.get("channels", []):
        channel = dict(channel)
        audit = {
            "functionality": [],
            "automation": "unknown",
            "crm": channel.pop("crm", "unknown"),
            "crm_note": channel.pop("crm_note", ""),
            "kpis": [],
            "consistency": "unknown",
            "owner": channel.pop("owner", ""),
        }
        channel["audit"] = audit
        channels.append(channel)
    out["channels"] = channels
    journeys = []
    for journey in doc.get("journeys", []):
        journey = dict(journey)
        filled: dict[tuple[str, str], int] = {}
        touchpoints = []
        for tp in journey.get("touchpoints", []):
            cell = (tp["stage"], tp["channel"])
            touchpoints.append({**tp, "order": filled.get(cell, 0)})
            filled[cell] = filled.get(cell, 0) + 1
        journey["touchpoints"] = touchpoints
        transitions = []
        for tr in journey.get("transitions", []):
            tr = dict(tr)
            new = {"source": tr.pop("from"), "target": tr.pop("to")}
            new.update(tr)
            transitions.append(new)
        journey["transitions"] = transitions
        journeys.append(journey)
    out["journeys"] = journeys
    return out


#: ``MIGRATIONS[n]`` turns a version-n document into a version n + 1 one.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {1: _v1_to_v2}


def migrate(doc: Document, version: int) -> Document:
    """Bring a document of ``version`` up to :data:`CURRENT_VERSION`, step by step."""
    for step in range(version, CURRENT_VERSION):
        doc = MIGRATIONS[step](doc)
    return doc
