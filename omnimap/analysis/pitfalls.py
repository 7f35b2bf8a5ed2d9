"""Checks for the omnichannel pitfalls the articles name: what the map tells.

These checks register themselves in :data:`omnimap.analysis.checks.CHECKS`
when :mod:`omnimap.analysis` is imported, so :func:`~omnimap.analysis.check`
and ``omnimap check`` report them like the built-in ones.

Rules
-----
``too-many-channels-stage`` (warning)
    A stage of a journey holds touchpoints on more than
    :data:`MAX_CHANNELS_PER_STAGE` (4) distinct channels: one finding per stage
    per journey. A first roll-out should be excellent on a few channels rather
    than present on all of them.
``too-many-channels-journey`` (warning)
    A journey uses more than :data:`MAX_CHANNELS_PER_JOURNEY` (10) distinct
    channels: one finding per journey.
``no-mobile`` (warning)
    No touchpoint of a journey is on a mobile channel. A channel is mobile when
    its ``mobile`` flag is set (the catalogue sets it for the app, SMS, push
    notifications and messengers). Labels and notes are not read: the map
    cannot tell whether a visit to the website happened on a phone, so a
    facilitator who maps mobile web adds a channel for it and marks it mobile.
``stage-without-kpi`` (info, workspace-wide)
    A stage has no KPI with a metric name. Info rather than warning: every
    stage a facilitator adds starts without KPIs, and a missing KPI is a gap in
    the plan, not in the customer's journey.
``channel-without-owner`` (info, workspace-wide)
    A channel used by at least one touchpoint has no owner in its audit.
    Unused channels of the catalogue are not reported.
``no-continuity`` (warning)
    The customer never changes channel between Consideration and Decision.
    The window is every stage from the consideration stage through the decision
    stage, in workspace order (see :func:`continuity_stages`). The journey gets
    a finding when it has touchpoints in the window and no transition whose two
    ends both lie in the window leads from one channel to another (a window
    with no transition at all counts as no change).
``pain-without-opportunity`` (warning)
    A touchpoint with the lowest emotion (-2) and no opportunity written
    against it (blank entries do not count): one finding per touchpoint.
``kpi-missed`` (warning, workspace-wide)
    A stage KPI whose actual misses its target (:meth:`Kpi.misses_target
    <omnimap.model.values.Kpi.misses_target>`): one finding per KPI.

Each check makes one pass over the touchpoints and transitions it needs (the
per-stage grouping of :class:`~omnimap.analysis.checks.JourneyContext` is shared
with the other checks); catalogue order is restored only for what a finding
names.

Examples
--------
>>> from omnimap.analysis import check
>>> from omnimap.model.sample import sample_workspace
>>> ws = sample_workspace()
>>> _ = ws.update_stage("loyalty", kpis=[{"metric": "NPS", "target": 40, "actual": 31}])
>>> [f.message for f in check(ws, select=["kpi-missed"])]
['the "Loyalty" stage misses its KPI "NPS": 31 against a target of at least 40']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from omnimap.analysis import messages
from omnimap.analysis.checks import CheckContext, JourneyContext, register
from omnimap.analysis.findings import Finding

if TYPE_CHECKING:
    from omnimap.model import Kpi, Stage

__all__ = [
    "MAX_CHANNELS_PER_JOURNEY",
    "MAX_CHANNELS_PER_STAGE",
    "PAIN",
    "continuity_stages",
    "format_kpi_value",
]

#: More distinct channels than this in one stage of a journey is too many for a first roll-out.
MAX_CHANNELS_PER_STAGE = 4
#: More distinct channels than this in one journey is too many for a first roll-out.
MAX_CHANNELS_PER_JOURNEY = 10
#: The emotion of a pain point: the lowest the model allows.
PAIN = -2

_SPACES = re.compile(r"\s+")


def _in_catalogue_order(ctx: CheckContext, channel_ids: Iterable[str]) -> tuple[str, ...]:
    """Channel ids as rows of the map; ids missing from the catalogue go last."""
    wanted = dict.fromkeys(channel_ids)
    known = tuple(c for c in ctx.channels if c in wanted)
    return known + tuple(c for c in wanted if c not in ctx.channels)


def _channel_names(ctx: CheckContext, channel_ids: Sequence[str]) -> str:
    return ctx.more([ctx.channel_name(c) for c in channel_ids])


# ------------------------------------------------------------- too many channels
@register("too-many-channels-stage", "too-many-channels-journey")
def _too_many_channels(j: JourneyContext) -> Iterator[Finding]:
    ctx = j.ctx
    for stage in ctx.stages:
        tps = j.by_stage.get(stage.id, ())
        channels = {tp.channel for tp in tps}
        if len(channels) > MAX_CHANNELS_PER_STAGE:
            ordered = _in_catalogue_order(ctx, channels)
            yield Finding(
                "warning", "too-many-channels-stage",
                ctx.say("too-many-channels-stage", prefix=j.prefix,
                        stage=ctx.stage_name(stage.id), count=ctx.count(len(ordered), "channel"),
                        names=_channel_names(ctx, ordered),
                        limit=ctx.count(MAX_CHANNELS_PER_STAGE, "channel")),
                j.journey.id, stage_ids=(stage.id,), channel_ids=ordered,
                touchpoint_ids=tuple(tp.id for tp in tps),
            )
    used = {tp.channel for tp in j.touchpoints.values()}
    if len(used) > MAX_CHANNELS_PER_JOURNEY:
        ordered = _in_catalogue_order(ctx, used)
        yield Finding(
            "warning", "too-many-channels-journey",
            ctx.say("too-many-channels-journey", prefix=j.prefix,
                    count=ctx.count(len(ordered), "channel"), names=_channel_names(ctx, ordered),
                    limit=MAX_CHANNELS_PER_JOURNEY),
            j.journey.id, channel_ids=ordered,
        )


# --------------------------------------------------------------------- no mobile
@register("no-mobile")
def _no_mobile(j: JourneyContext) -> Iterator[Finding]:
    channels = j.ctx.channels
    for tp in j.touchpoints.values():
        channel = channels.get(tp.channel)
        if channel is not None and channel.mobile:
            return
    yield Finding("warning", "no-mobile", j.ctx.say("no-mobile", prefix=j.prefix), j.journey.id)


# ----------------------------------------------------------- stages and channels
@register("stage-without-kpi", scope="workspace")
def _stages_without_kpi(ctx: CheckContext) -> Iterator[Finding]:
    for stage in ctx.stages:
        if not any(kpi.metric.strip() for kpi in stage.kpis):
            yield Finding(
                "info", "stage-without-kpi",
                ctx.say("stage-without-kpi", stage=ctx.stage_name(stage.id)),
                stage_ids=(stage.id,),
            )


@register("channel-without-owner", scope="workspace")
def _channels_without_owner(ctx: CheckContext) -> Iterator[Finding]:
    # channel id -> names of the journeys using it, in workspace order
    users: dict[str, dict[str, None]] = {}
    for journey in ctx.workspace.journeys:
        name = _SPACES.sub(" ", journey.name).strip() or journey.id
        for tp in journey.touchpoints():
            users.setdefault(tp.channel, {})[name] = None
    for channel_id in _in_catalogue_order(ctx, users):
        channel = ctx.channels.get(channel_id)
        if channel is not None and channel.audit.owner.strip():
            continue
        journeys = list(users[channel_id])
        used = ctx.say("channel-without-owner." + ("one" if len(journeys) == 1 else "many"),
                       journeys=ctx.more(journeys))
        yield Finding(
            "info", "channel-without-owner",
            ctx.say("channel-without-owner", channel=ctx.channel_name(channel_id), used=used),
            channel_ids=(channel_id,),
        )


# ---------------------------------------------------------------- continuity
def continuity_stages(stages: Sequence[Stage]) -> tuple[str, ...] | None:
    """The stage ids of the ``no-continuity`` window, from Consideration through Decision.

    The consideration stage is the stage with id ``consideration``, else the
    third stage; the decision stage is the stage with id ``decision``, else the
    fourth. The window holds both and every stage between them in workspace
    order. None (the check is skipped) when a stage cannot be picked or both
    rules pick the same stage.

    Examples
    --------
    >>> from omnimap.model import Stage, default_stages
    >>> stages = default_stages()
    >>> continuity_stages(stages)
    ('consideration', 'decision')
    >>> trial = Stage(id="trial", name="Trial")
    >>> continuity_stages([*stages[:3], trial, *stages[3:]])   # a stage put between them
    ('consideration', 'trial', 'decision')
    >>> custom = [Stage(id=f"s{n}", name=f"Step {n}") for n in range(1, 6)]
    >>> continuity_stages(custom)                               # no such ids: 3rd and 4th
    ('s3', 's4')
    >>> continuity_stages(custom[:3]) is None                   # no fourth stage
    True

    A journey where the customer compares and buys on the website alone gets
    a finding; an arrow from the email into the website clears it:

    >>> from omnimap.analysis import check
    >>> from omnimap.model import Workspace
    >>> ws = Workspace.new()
    >>> j = ws.add_journey("Ola")
    >>> c1 = j.add_touchpoint("consideration", "website", "Compares", id="c1")
    >>> d1 = j.add_touchpoint("decision", "website", "Buys", id="d1")
    >>> tr = j.connect("c1", "d1")
    >>> [f.transitions for f in check(ws, select=["no-continuity"])]
    [(('c1', 'd1'),)]
    >>> e1 = j.add_touchpoint("consideration", "email", "Discount code", id="e1")
    >>> tr = j.connect("e1", "d1")
    >>> check(ws, select=["no-continuity"])
    []
    """
    ids = [s.id for s in stages]

    def pick(stage_id: str, position: int) -> int | None:
        if stage_id in ids:
            return ids.index(stage_id)
        return position if len(ids) > position else None

    first, last = pick("consideration", 2), pick("decision", 3)
    if first is None or last is None or first == last:
        return None
    low, high = sorted((first, last))
    return tuple(ids[low : high + 1])


@register("no-continuity")
def _no_continuity(j: JourneyContext) -> Iterator[Finding]:
    window = continuity_stages(j.ctx.stages)
    if window is None:
        return
    inside = [tp for stage in window for tp in j.by_stage.get(stage, ())]
    if not inside:
        return
    channel_of = {tp.id: tp.channel for tp in inside}
    succ = j.graph.succ
    arrows: list[tuple[str, str]] = []
    for tp in inside:
        for target in succ[tp.id]:
            if target in channel_of:
                if channel_of[target] != tp.channel:
                    return
                arrows.append((tp.id, target))
    channels = _in_catalogue_order(j.ctx, channel_of.values())
    if len(channels) == 1:
        how = j.ctx.say("no-continuity.one", channel=j.ctx.channel_name(channels[0]))
    else:
        how = j.ctx.say("no-continuity.many", names=_channel_names(j.ctx, channels))
    yield Finding(
        "warning", "no-continuity",
        j.ctx.say("no-continuity", prefix=j.prefix, first=j.ctx.stage_name(window[0]),
                  last=j.ctx.stage_name(window[-1]), how=how),
        j.journey.id, stage_ids=window, channel_ids=channels,
        touchpoint_ids=tuple(channel_of), transitions=tuple(arrows),
    )


# --------------------------------------------------------------------- emotions
@register("pain-without-opportunity")
def _pain_without_opportunity(j: JourneyContext) -> Iterator[Finding]:
    hits = [tp.id for tp in j.touchpoints.values()
            if tp.emotion == PAIN and not any(o.strip() for o in tp.opportunities)]
    for tp in j.ordered(hits):  # only the hits are sorted, into map order
        yield Finding(
            "warning", "pain-without-opportunity",
            j.ctx.say("pain-without-opportunity", prefix=j.prefix, place=j.place(tp.id)),
            j.journey.id, stage_ids=(tp.stage,), channel_ids=(tp.channel,),
            touchpoint_ids=(tp.id,),
        )


# ------------------------------------------------------------------------- KPIs
def format_kpi_value(value: float, unit: str = "", language: str = "en") -> str:
    """A KPI value with its unit, as a message shows it.

    Polish writes a decimal comma.

    >>> format_kpi_value(31.0), format_kpi_value(2.5, "%"), format_kpi_value(120, "PLN")
    ('31', '2.5%', '120 PLN')
    >>> format_kpi_value(1 / 3, "s")
    '0.333333 s'
    >>> format_kpi_value(88.5, "%", "pl"), format_kpi_value(1.25, "zł", "pl")
    ('88,5%', '1,25 zł')
    """
    number = str(int(value)) if float(value).is_integer() else f"{value:.6g}"
    if messages.language_of(language) == "pl":
        number = number.replace(".", ",")
    unit = _SPACES.sub(" ", unit).strip()
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _kpi_message(ctx: CheckContext, stage: Stage, kpi: Kpi) -> str:
    assert kpi.target is not None and kpi.actual is not None  # misses_target() said so
    bound = "at-least" if kpi.higher_is_better else "at-most"
    return ctx.say(
        "kpi-missed", stage=ctx.stage_name(stage.id), metric=ctx.quote(kpi.metric),
        actual=format_kpi_value(kpi.actual, kpi.unit, ctx.language),
        bound=ctx.say(f"kpi-missed.{bound}"),
        target=format_kpi_value(kpi.target, kpi.unit, ctx.language),
    )


@register("kpi-missed", scope="workspace")
def _kpis_missed(ctx: CheckContext) -> Iterator[Finding]:
    for stage in ctx.stages:
        for kpi in stage.kpis:
            if kpi.misses_target():
                yield Finding("warning", "kpi-missed", _kpi_message(ctx, stage, kpi),
                              stage_ids=(stage.id,))
