"""The automatic checks of a map: CRM gaps, silos, holes in the journey.

:func:`check` runs every registered check over a workspace and returns the
:class:`~omnimap.analysis.findings.Finding` list, the most serious first.

Adding a check
--------------
Write a function and decorate it with :func:`register`, naming the codes it may
report. A ``scope="journey"`` check is called once per journey that has at least
one touchpoint, with a :class:`JourneyContext` (the journey's graph view, its
touchpoints by stage, a cached reachability search); a ``scope="workspace"``
check is called once with the :class:`CheckContext`. Either yields findings.

Rules of the built-in checks
----------------------------
``crm-gap`` (error)
    A channel with CRM status "none" is used by a touchpoint: one finding per
    channel *per journey*, listing that journey's touchpoints on the channel.
``crm-unknown`` (warning)
    The same for a used channel whose CRM status is still "unknown".
``silo-handoff`` (warning)
    An arrow leads from a channel whose data reaches the CRM ("integrated" or
    "connector") into one whose data does not ("none"): one finding per
    journey and (source channel, target channel) pair, listing the arrows.
``empty-stage`` (warning)
    A stage without any touchpoint in a journey that has touchpoints.
``unreachable`` (warning)
    A touchpoint that no path of arrows reaches from the touchpoints of the
    journey's first stage that has any: one finding per touchpoint.
``no-path-to-purchase`` (error)
    No path of arrows leads from a touchpoint of the *entry* stage to one of the
    *purchase* stage. The entry stage is the stage with id ``awareness``, else
    the first stage; the purchase stage is the stage with id ``decision``, else
    the fourth stage. With fewer than four stages and no ``decision`` id, or when
    both rules pick the same stage, the check is skipped. An empty entry or
    purchase stage counts as no path.
``dead-end`` (info)
    A touchpoint with no arrow out of it, in a stage before the last one.
``empty-journey`` (info)
    A journey without touchpoints (the other journey checks skip it), or a
    workspace without journeys.

Pitfall checks
--------------
:mod:`omnimap.analysis.pitfalls` registers the checks of the pitfalls the
articles name (too many channels, no mobile touchpoint, stages without KPIs,
channels without owners, no cross-channel continuity, pain without an
opportunity, missed KPIs); its docstring states their rules.

Messages
--------
Every message is written in the workspace language (``workspace.language``)
from the templates of :mod:`omnimap.analysis.messages`, English for a language
without a table; the codes never change with the language.

The searches are linear in the size of the graph: one multi-source
breadth-first search per journey and start set, shared between checks.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from omnimap.analysis import messages
from omnimap.analysis.findings import Finding, Severity, severity_rank
from omnimap.model.bulk import collector_paused

if TYPE_CHECKING:
    import networkx as nx

    from omnimap.model import Channel, Journey, Stage, Touchpoint, Workspace

__all__ = [
    "CHECKS",
    "CheckContext",
    "CheckSpec",
    "JourneyContext",
    "check",
    "known_codes",
    "register",
]

#: How many touchpoints a message names before it says "and N more".
_MAX_NAMED = 5
_MAX_LABEL = 60
_SPACES = re.compile(r"\s+")

INTEGRATED = ("integrated", "connector")


# --------------------------------------------------------------------- contexts
class CheckContext:
    """What every check may need about a workspace, computed once per run."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.stages: list[Stage] = workspace.stages
        self.stage_index: dict[str, int] = {s.id: i for i, s in enumerate(self.stages)}
        self.channels: dict[str, Channel] = {c.id: c for c in workspace.channels}
        self._stage_names = {s.id: s.name for s in self.stages}
        #: The language of the messages: the workspace's, when it has a message table.
        self.language: str = messages.language_of(getattr(workspace, "language", "en"))

    def say(self, key: str, **values: object) -> str:
        """The message template ``key`` in the workspace language, filled with ``values``."""
        return messages.message(self.language, key, **values)

    def count(self, n: int, word: str) -> str:
        """``n`` with the noun ``word`` in the right form, e.g. ``"3 punkty styku"``."""
        return messages.count(n, word, self.language)

    def quote(self, text: str) -> str:
        """``text`` on one line, in the quotation marks of the workspace language."""
        return messages.quote(text, self.language)

    def more(self, items: Sequence[str], sep: str = ", ", total: int | None = None) -> str:
        """The first few ``items`` joined by ``sep``, then "and N more" (of ``total``)."""
        return messages.more(items, _MAX_NAMED, self.language, sep, total)

    def stage_title(self, stage_id: str) -> str:
        """The stage's name on one line, unquoted."""
        return _one_line(self._stage_names.get(stage_id, stage_id))

    def channel_title(self, channel_id: str) -> str:
        """The channel's name on one line, unquoted."""
        channel = self.channels.get(channel_id)
        return _one_line(channel.name if channel else channel_id)

    def stage_name(self, stage_id: str) -> str:
        """The stage's name on one line, quoted."""
        return self.quote(self.stage_title(stage_id))

    def channel_name(self, channel_id: str) -> str:
        """The channel's name on one line, quoted."""
        return self.quote(self.channel_title(channel_id))

    def crm(self, channel_id: str) -> str:
        channel = self.channels.get(channel_id)
        return channel.audit.crm if channel else "unknown"


class JourneyContext:
    """One journey as the checks see it: read through ``journey.graph`` only.

    Parameters
    ----------
    ctx : CheckContext
    journey : Journey
    """

    def __init__(self, ctx: CheckContext, journey: Journey) -> None:
        self.ctx = ctx
        self.journey = journey
        # One read-only view per run; the graph stays the single source of truth.
        self.graph: nx.DiGraph = journey.graph
        self.touchpoints: dict[str, Touchpoint] = {
            node: data["tp"] for node, data in self.graph.nodes(data=True)
        }
        self._reach_cache: dict[frozenset[str], set[str]] = {}

    @property
    def prefix(self) -> str:
        """The journey's name as a message starts with it, e.g. ``"Anna: "``."""
        return f"{_one_line(self.journey.name) or self.journey.id}: "

    @cached_property
    def by_stage(self) -> dict[str, list[Touchpoint]]:
        """Touchpoints per stage id, each list in map order."""
        groups: dict[str, list[Touchpoint]] = {}
        for tp in self.ordered(self.touchpoints):
            groups.setdefault(tp.stage, []).append(tp)
        return groups

    def ordered(self, touchpoint_ids: Iterable[str]) -> list[Touchpoint]:
        """Touchpoints in map order: stage, then day and time, then place in the cell."""
        end = len(self.ctx.stages)
        tps = [self.touchpoints[t] for t in touchpoint_ids]
        return sorted(tps, key=lambda t: (self.ctx.stage_index.get(t.stage, end), *t.sort_key(),
                                          t.order, t.id))

    def first_stage(self) -> str | None:
        """The id of the first stage, in workspace order, that has a touchpoint."""
        for stage in self.ctx.stages:
            if stage.id in self.by_stage:
                return stage.id
        return None

    def reachable(self, sources: Iterable[str]) -> set[str]:
        """Every touchpoint on a path of arrows from ``sources`` (sources included).

        One breadth-first search from all sources at once, cached per source set.
        """
        key = frozenset(sources)
        if key not in self._reach_cache:
            succ = self.graph.succ
            seen = set(key)
            queue = deque(key)
            while queue:
                for nxt in succ[queue.popleft()]:
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            self._reach_cache[key] = seen
        return self._reach_cache[key]

    def label(self, touchpoint_id: str) -> str:
        """A touchpoint's label, quoted and shortened, for a message."""
        tp = self.touchpoints[touchpoint_id]
        text = _one_line(tp.label)
        if not text:
            return self.ctx.say("untitled", id=tp.id)
        if len(text) > _MAX_LABEL:
            text = text[: _MAX_LABEL - 1].rstrip() + "…"
        return self.ctx.quote(text)

    def place(self, touchpoint_id: str) -> str:
        """A touchpoint with its cell: ``"Label" (Interest, Website)``."""
        tp = self.touchpoints[touchpoint_id]
        stage = self.ctx.stage_title(tp.stage)
        channel = self.ctx.channel_title(tp.channel)
        return f"{self.label(touchpoint_id)} ({stage}, {channel})"

    def labels(self, touchpoint_ids: Sequence[str]) -> str:
        """Up to a few labels joined by commas, then "and N more"."""
        shown = [self.label(t) for t in touchpoint_ids[:_MAX_NAMED]]  # label only those
        return self.ctx.more(shown, total=len(touchpoint_ids))


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------- registry
Scope = Literal["journey", "workspace"]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: its function, the codes it reports, its scope."""

    name: str
    codes: tuple[str, ...]
    scope: Scope
    func: Callable[..., Iterable[Finding]]


#: The registered checks, in the order they run.
CHECKS: list[CheckSpec] = []


def register(
    *codes: str, scope: Scope = "journey"
) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Decorator adding a check that may report ``codes`` to :data:`CHECKS`.

    A journey check is called as ``func(jctx)`` for each journey with touchpoints,
    a workspace check as ``func(ctx)`` once.
    """
    if not codes:
        raise ValueError("a check must name the codes it reports")
    taken = set(known_codes())
    for code in codes:
        if code in taken:
            raise ValueError(f"code {code!r} is already reported by another check")

    def add(func: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        CHECKS.append(CheckSpec(func.__name__, tuple(codes), scope, func))
        return func

    return add


def known_codes() -> list[str]:
    """Every code a registered check may report, in registry order."""
    return [code for spec in CHECKS for code in spec.codes]


def check(
    workspace: Workspace,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Run the checks over ``workspace``.

    Parameters
    ----------
    workspace : Workspace
    select : iterable of str, optional
        Only report these codes (default: all).
    ignore : iterable of str
        Never report these codes.

    Returns
    -------
    list of Finding
        Errors first, then warnings, then infos; within a severity, workspace-wide
        findings first, then each journey in workspace order.

    Raises
    ------
    ValueError
        When ``select`` or ``ignore`` names an unknown code.

    Examples
    --------
    >>> from omnimap.model.sample import sample_workspace
    >>> [(f.code, f.channel_ids) for f in check(sample_workspace()) if f.is_error]
    [('crm-gap', ('instagram',)), ('crm-gap', ('chatbot',))]
    """
    known = set(known_codes())
    wanted = set(known if select is None else select)
    unwanted = set(ignore)
    unknown = sorted((wanted | unwanted) - known)
    if unknown:
        raise ValueError(f"unknown check code {unknown[0]!r}; known: {', '.join(sorted(known))}")
    wanted -= unwanted
    specs = [s for s in CHECKS if wanted.intersection(s.codes)]

    ctx = CheckContext(workspace)
    found: list[Finding] = []
    # The checks run after every edit and make many short-lived objects (no cycles);
    # in a big app the collector would walk the whole heap during them.
    with collector_paused():
        for spec in specs:
            if spec.scope == "workspace":
                found.extend(spec.func(ctx))
        for journey in workspace.journeys:
            if len(journey) == 0:
                continue
            jctx = JourneyContext(ctx, journey)
            for spec in specs:
                if spec.scope == "journey":
                    found.extend(spec.func(jctx))
    found = [f for f in found if f.code in wanted]
    found.sort(key=lambda f: severity_rank(f.severity))
    return found


# ------------------------------------------------------------------------ checks
@register("crm-gap", "crm-unknown")
def _crm_gaps(j: JourneyContext) -> Iterator[Finding]:
    by_channel: dict[str, list[str]] = {}
    for tp in j.ordered(j.touchpoints):
        by_channel.setdefault(tp.channel, []).append(tp.id)
    for channel in j.ctx.channels:  # catalogue order: rows of the map
        tids = by_channel.get(channel)
        status = j.ctx.crm(channel)
        if not tids or status in INTEGRATED:
            continue
        severity: Severity
        severity, code = ("error", "crm-gap") if status == "none" else ("warning", "crm-unknown")
        yield Finding(
            severity, code,
            j.ctx.say(code, prefix=j.prefix, channel=j.ctx.channel_name(channel),
                      count=j.ctx.count(len(tids), "touchpoint"), labels=j.labels(tids)),
            j.journey.id, channel_ids=(channel,), touchpoint_ids=tuple(tids),
        )


@register("silo-handoff")
def _silo_handoffs(j: JourneyContext) -> Iterator[Finding]:
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for source, target in j.graph.edges():
        a = j.touchpoints[source].channel
        b = j.touchpoints[target].channel
        if j.ctx.crm(a) in INTEGRATED and j.ctx.crm(b) == "none":
            pairs.setdefault((a, b), []).append((source, target))
    order = {tid: n for n, tid in enumerate(tp.id for tp in j.ordered(j.touchpoints))}
    for (a, b), arrows in pairs.items():
        arrows.sort(key=lambda e: (order[e[0]], order[e[1]]))
        shown = [f"{j.label(s)} → {j.label(t)}" for s, t in arrows[:_MAX_NAMED]]
        how = "connector" if j.ctx.crm(a) == "connector" else "integrated"
        yield Finding(
            "warning", "silo-handoff",
            j.ctx.say("silo-handoff", prefix=j.prefix, source=j.ctx.channel_name(a),
                      how=j.ctx.say(f"silo-handoff.{how}"), target=j.ctx.channel_name(b),
                      count=j.ctx.count(len(arrows), "transition"),
                      arrows=j.ctx.more(shown, sep="; ", total=len(arrows))),
            j.journey.id, channel_ids=(a, b),
            touchpoint_ids=tuple(dict.fromkeys(t for e in arrows for t in e)),
            transitions=tuple(arrows),
        )


@register("empty-stage")
def _empty_stages(j: JourneyContext) -> Iterator[Finding]:
    for stage in j.ctx.stages:
        if stage.id not in j.by_stage:
            yield Finding(
                "warning", "empty-stage",
                j.ctx.say("empty-stage", prefix=j.prefix, stage=j.ctx.stage_name(stage.id)),
                j.journey.id, stage_ids=(stage.id,),
            )


@register("unreachable")
def _unreachable(j: JourneyContext) -> Iterator[Finding]:
    first = j.first_stage()
    if first is None:  # only touchpoints in stages the workspace no longer has
        return
    reached = j.reachable(tp.id for tp in j.by_stage[first])
    first_name = j.ctx.stage_name(first)
    for tp in j.ordered(j.touchpoints):
        if tp.id not in reached:
            yield Finding(
                "warning", "unreachable",
                j.ctx.say("unreachable", prefix=j.prefix, place=j.place(tp.id),
                          first=first_name),
                j.journey.id, stage_ids=(tp.stage,), channel_ids=(tp.channel,),
                touchpoint_ids=(tp.id,),
            )


def purchase_stages(stages: Sequence[Stage]) -> tuple[str, str] | None:
    """The (entry, purchase) stage ids of the ``no-path-to-purchase`` rule, or None.

    >>> from omnimap.model import default_stages
    >>> purchase_stages(default_stages())
    ('awareness', 'decision')
    >>> purchase_stages(default_stages()[1:])   # no awareness: the first stage
    ('interest', 'decision')
    >>> purchase_stages(default_stages()[:3])   # no decision and under four stages
    """
    ids = [s.id for s in stages]
    if not ids:
        return None
    entry = "awareness" if "awareness" in ids else ids[0]
    if "decision" in ids:
        goal = "decision"
    elif len(ids) >= 4:
        goal = ids[3]
    else:
        return None
    return None if entry == goal else (entry, goal)


@register("no-path-to-purchase")
def _no_path_to_purchase(j: JourneyContext) -> Iterator[Finding]:
    rule = purchase_stages(j.ctx.stages)
    if rule is None:
        return
    entry, goal = rule
    starts = [tp.id for tp in j.by_stage.get(entry, [])]
    goals = [tp.id for tp in j.by_stage.get(goal, [])]
    entry_name, goal_name = j.ctx.stage_name(entry), j.ctx.stage_name(goal)
    if not starts:
        why = "no-start"
    elif not goals:
        why = "no-goal"
    else:
        reached = j.reachable(starts)
        if any(g in reached for g in goals):
            return
        why = "no-chain"
    names = {"entry": entry_name, "goal": goal_name}
    yield Finding(
        "error", "no-path-to-purchase",
        j.ctx.say("no-path-to-purchase", prefix=j.prefix,
                  why=j.ctx.say(f"no-path-to-purchase.{why}", **names), **names),
        j.journey.id, stage_ids=(entry, goal), touchpoint_ids=tuple(starts + goals),
    )


@register("dead-end")
def _dead_ends(j: JourneyContext) -> Iterator[Finding]:
    if not j.ctx.stages:
        return
    last = len(j.ctx.stages) - 1
    last_name = j.ctx.stage_name(j.ctx.stages[-1].id)
    out_degree = j.graph.out_degree
    for tp in j.ordered(j.touchpoints):
        if j.ctx.stage_index.get(tp.stage, last) < last and out_degree(tp.id) == 0:
            yield Finding(
                "info", "dead-end",
                j.ctx.say("dead-end", prefix=j.prefix, place=j.place(tp.id), last=last_name),
                j.journey.id, stage_ids=(tp.stage,), channel_ids=(tp.channel,),
                touchpoint_ids=(tp.id,),
            )


@register("empty-journey", scope="workspace")
def _empty_journeys(ctx: CheckContext) -> Iterator[Finding]:
    journeys = ctx.workspace.journeys
    if not journeys:
        yield Finding("info", "empty-journey", ctx.say("empty-journey.workspace"))
    for journey in journeys:
        if len(journey) == 0:
            name = _one_line(journey.name) or journey.id
            yield Finding("info", "empty-journey", ctx.say("empty-journey", name=name),
                          journey.id)
