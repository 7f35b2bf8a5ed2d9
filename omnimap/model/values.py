"""Plain, immutable values of a workspace, validated by pydantic.

The Journey and Workspace classes own these values and hand out the frozen
instances; an edit replaces a value instead of mutating it, so a value seen by
a view or a command can never change under its feet.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "ID_PATTERN",
    "MAX_LABEL",
    "MAX_NAME",
    "MAX_NOTES",
    "MAX_TITLE",
    "Automation",
    "Channel",
    "ChannelAudit",
    "ChannelGroup",
    "Consistency",
    "CrmStatus",
    "Function",
    "Id",
    "Kpi",
    "Persona",
    "Stage",
    "Touchpoint",
    "Transition",
]

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
#: The longest name a stage, channel or journey may have.
MAX_NAME = 120
#: The longest label a card or an arrow (or an entry of a short list) may have.
MAX_LABEL = 500
#: The longest title and notes a map may have.
MAX_TITLE = 500
MAX_NOTES = 100_000
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

#: Identifier of a stage, channel, journey or touchpoint.
Id = Annotated[str, Field(pattern=ID_PATTERN)]
#: Free text shown on the map; long enough for any real label, short enough to stay sane.
Label = Annotated[str, Field(max_length=MAX_LABEL)]
Text = Annotated[str, Field(max_length=20_000)]
ShortList = Annotated[list[Annotated[str, Field(max_length=MAX_LABEL)]], Field(max_length=200)]

ChannelGroup = Literal["online", "offline", "hybrid"]
CrmStatus = Literal["integrated", "connector", "none", "unknown"]
Function = Literal["browse", "buy", "service"]
Automation = Literal["automated", "partial", "manual", "unknown"]
Consistency = Literal["consistent", "partial", "inconsistent", "unknown"]

_FROZEN = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Kpi(BaseModel):
    """A stage KPI: what is measured, in which unit, the target and the actual."""

    model_config = _FROZEN

    metric: Label
    unit: Annotated[str, Field(max_length=40)] = ""
    target: float | None = None
    actual: float | None = None
    #: False for metrics where lower is better (cart abandonment, churn).
    higher_is_better: bool = True

    def misses_target(self) -> bool:
        """True when both target and actual are known and the actual falls short.

        >>> Kpi(metric="NPS", target=40, actual=31).misses_target()
        True
        >>> churn = Kpi(metric="churn", unit="%", target=5, actual=3, higher_is_better=False)
        >>> churn.misses_target()
        False
        """
        if self.target is None or self.actual is None:
            return False
        if self.higher_is_better:
            return self.actual < self.target
        return self.actual > self.target


class Stage(BaseModel):
    """A swimlane column of the map (Awareness, Interest, ...)."""

    model_config = _FROZEN

    id: Id
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
    #: The built-in names per language ("en", "pl"); used to match CSV imports.
    translations: dict[Literal["en", "pl"], str] = Field(default_factory=dict)
    goal: Text = ""
    kpis: Annotated[list[Kpi], Field(max_length=100)] = Field(default_factory=list)


class ChannelAudit(BaseModel):
    """The five-point audit of a channel from the strategy article."""

    model_config = _FROZEN

    functionality: Annotated[list[Function], Field(max_length=3)] = Field(default_factory=list)
    automation: Automation = "unknown"
    crm: CrmStatus = "unknown"
    crm_note: Text = ""
    kpis: ShortList = Field(default_factory=list)
    consistency: Consistency = "unknown"
    owner: Label = ""

    @field_validator("functionality")
    @classmethod
    def _canonical_functions(cls, value: list[str]) -> list[str]:
        order = ("browse", "buy", "service")
        return [f for f in order if f in value]


class Channel(BaseModel):
    """A channel of the catalogue: a row of the map."""

    model_config = _FROZEN

    id: Id
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
    translations: dict[Literal["en", "pl"], str] = Field(default_factory=dict)
    group: ChannelGroup = "online"
    icon: Annotated[str, Field(max_length=40)] = ""
    color: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")] = "#607d8b"
    #: Counts as a mobile touchpoint (app, SMS, push, mobile web).
    mobile: bool = False
    audit: ChannelAudit = Field(default_factory=ChannelAudit)

    @property
    def crm(self) -> CrmStatus:
        return self.audit.crm


class Persona(BaseModel):
    """Who the journey follows."""

    model_config = _FROZEN

    name: Label = ""
    description: Text = ""
    goals: ShortList = Field(default_factory=list)
    preferred_channels: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)


class Touchpoint(BaseModel):
    """One moment where the customer meets the brand through a channel."""

    model_config = _FROZEN

    id: Id
    stage: Id
    channel: Id
    label: Label = ""
    notes: Text = ""
    #: Day within the journey, 1 for the first day.
    day: Annotated[int, Field(ge=1, le=100_000)] | None = None
    #: Time of day, "HH:MM".
    time: str | None = None
    emotion: Annotated[int, Field(ge=-2, le=2)] = 0
    pain_points: ShortList = Field(default_factory=list)
    opportunities: ShortList = Field(default_factory=list)
    #: Position within its (stage, channel) cell, 0 first.
    order: Annotated[int, Field(ge=0, le=1_000_000)] = 0

    @field_validator("time")
    @classmethod
    def _check_time(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not _TIME_RE.match(value):
            raise ValueError("time must be HH:MM, e.g. 09:30")
        return value

    def sort_key(self) -> tuple[int, str]:
        """Chronological key within a journey: day, then time (unknowns last)."""
        day = self.day if self.day is not None else 1_000_000
        return day, self.time or "99:99"


class Transition(BaseModel):
    """An arrow: the customer moves from one touchpoint to another."""

    model_config = _FROZEN

    source: Id
    target: Id
    label: Label = ""
    volume: Annotated[int, Field(ge=0, le=10**12)] | None = None
