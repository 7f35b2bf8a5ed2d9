"""The ``.omnimap`` file schema: the public contract, one pydantic model per version.

These classes describe the file, not the application: they are deliberately
separate from :mod:`omnimap.model.values` so that the model can change without
changing what is on disk. Every model forbids unknown fields and validates in
strict mode (``"3"`` is not a number, ``1`` is not ``true``), and no float may be
NaN or infinite, because JSON cannot store them.

A file is UTF-8 JSON whose first two keys name the format and its version::

    {
      "format": "omnimap",
      "version": 2,
      "title": "...",
      "notes": "...",
      "language": "en",
      "stages": [{"id", "name", "translations", "goal", "kpis": [...]}],
      "channels": [{"id", "name", "translations", "group", "icon", "color",
                    "mobile", "audit": {...}}],
      "journeys": [{"id", "name", "persona": {...}, "touchpoints": [...],
                    "transitions": [...]}]
    }

Only the shape and the limits of single values are checked here; references
between parts (a touchpoint's stage, a transition's ends, unique ids) are
checked by the loader, which knows the whole document.

Historic versions keep their own top-level classes (``DocumentV1``) and reuse
the current classes of parts whose shape did not change. When a later version
changes such a shared part, freeze a copy of it for the older version first.

Examples
--------
>>> doc = DocumentV2.model_validate({"format": "omnimap", "version": 2,
...                                   "stages": [{"id": "awareness", "name": "Awareness"}]})
>>> doc.stages[0].name, doc.journeys
('Awareness', [])
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CURRENT_VERSION",
    "FORMAT_NAME",
    "ID_PATTERN",
    "SCHEMAS",
    "ChannelAuditV2",
    "ChannelV1",
    "ChannelV2",
    "DocumentV1",
    "DocumentV2",
    "JourneyV1",
    "JourneyV2",
    "KpiV2",
    "PersonaV2",
    "StageV2",
    "TouchpointV1",
    "TouchpointV2",
    "TransitionV1",
    "TransitionV2",
]

#: The value of the ``"format"`` key of every omnimap file.
FORMAT_NAME = "omnimap"
#: The version :func:`omnimap.io.save_workspace` writes.
CURRENT_VERSION = 2

#: Identifiers of stages, channels, journeys and touchpoints.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"

# Limits follow the model's value classes: whatever the model accepts must
# save and load again. Text the model leaves unbounded (title, notes, journey
# name, translations) is bounded here only by the file size limit. Counts are
# capped far above any real workshop, low enough that a hostile or broken file
# cannot make loading crawl.
MAX_STAGES = 1_000
MAX_CHANNELS = 2_000
MAX_JOURNEYS = 1_000
MAX_TOUCHPOINTS = 100_000
MAX_TRANSITIONS = 200_000

Id = Annotated[str, Field(pattern=ID_PATTERN)]
Name = Annotated[str, Field(min_length=1, max_length=120)]
Label = Annotated[str, Field(max_length=500)]
Text = Annotated[str, Field(max_length=20_000)]
ShortList = Annotated[list[Label], Field(max_length=200)]
Language = Literal["en", "pl"]
Translations = dict[Language, str]

_STRICT = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class _Part(BaseModel):
    model_config = _STRICT


# ---------------------------------------------------------------- version 2
class KpiV2(_Part):
    metric: Label
    unit: Annotated[str, Field(max_length=40)] = ""
    target: float | None = None
    actual: float | None = None
    higher_is_better: bool = True


class StageV2(_Part):
    id: Id
    name: Name
    translations: Translations = Field(default_factory=dict)
    goal: Text = ""
    kpis: Annotated[list[KpiV2], Field(max_length=100)] = Field(default_factory=list)


class ChannelAuditV2(_Part):
    functionality: Annotated[
        list[Literal["browse", "buy", "service"]], Field(max_length=3)
    ] = Field(default_factory=list)
    automation: Literal["automated", "partial", "manual", "unknown"] = "unknown"
    crm: Literal["integrated", "connector", "none", "unknown"] = "unknown"
    crm_note: Text = ""
    kpis: ShortList = Field(default_factory=list)
    consistency: Literal["consistent", "partial", "inconsistent", "unknown"] = "unknown"
    owner: Label = ""


class ChannelV2(_Part):
    id: Id
    name: Name
    translations: Translations = Field(default_factory=dict)
    group: Literal["online", "offline", "hybrid"] = "online"
    icon: Annotated[str, Field(max_length=40)] = ""
    color: Annotated[str, Field(pattern=COLOR_PATTERN)] = "#607d8b"
    mobile: bool = False
    audit: ChannelAuditV2 = Field(default_factory=ChannelAuditV2)


class PersonaV2(_Part):
    name: Label = ""
    description: Text = ""
    goals: ShortList = Field(default_factory=list)
    preferred_channels: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)


class TouchpointV2(_Part):
    id: Id
    stage: Id
    channel: Id
    label: Label = ""
    notes: Text = ""
    day: Annotated[int, Field(ge=1, le=100_000)] | None = None
    time: Annotated[str, Field(pattern=TIME_PATTERN)] | None = None
    emotion: Annotated[int, Field(ge=-2, le=2)] = 0
    pain_points: ShortList = Field(default_factory=list)
    opportunities: ShortList = Field(default_factory=list)
    order: Annotated[int, Field(ge=0, le=1_000_000)] = 0


class TransitionV2(_Part):
    source: Id
    target: Id
    label: Label = ""
    volume: Annotated[int, Field(ge=0, le=10**12)] | None = None


class JourneyV2(_Part):
    id: Id
    name: str = ""
    persona: PersonaV2 = Field(default_factory=PersonaV2)
    touchpoints: Annotated[list[TouchpointV2], Field(max_length=MAX_TOUCHPOINTS)] = Field(
        default_factory=list
    )
    transitions: Annotated[list[TransitionV2], Field(max_length=MAX_TRANSITIONS)] = Field(
        default_factory=list
    )


class DocumentV2(_Part):
    format: Literal["omnimap"]
    version: Literal[2]
    title: str = ""
    notes: str = ""
    language: Language = "en"
    stages: Annotated[list[StageV2], Field(min_length=1, max_length=MAX_STAGES)]
    channels: Annotated[list[ChannelV2], Field(max_length=MAX_CHANNELS)] = Field(
        default_factory=list
    )
    journeys: Annotated[list[JourneyV2], Field(max_length=MAX_JOURNEYS)] = Field(
        default_factory=list
    )


# ---------------------------------------------------------------- version 1
class ChannelV1(_Part):
    id: Id
    name: Name
    translations: Translations = Field(default_factory=dict)
    group: Literal["online", "offline", "hybrid"] = "online"
    icon: Annotated[str, Field(max_length=40)] = ""
    color: Annotated[str, Field(pattern=COLOR_PATTERN)] = "#607d8b"
    mobile: bool = False
    crm: Literal["integrated", "connector", "none", "unknown"] = "unknown"
    crm_note: Text = ""
    owner: Label = ""


class TouchpointV1(_Part):
    id: Id
    stage: Id
    channel: Id
    label: Label = ""
    notes: Text = ""
    day: Annotated[int, Field(ge=1, le=100_000)] | None = None
    time: Annotated[str, Field(pattern=TIME_PATTERN)] | None = None
    emotion: Annotated[int, Field(ge=-2, le=2)] = 0
    pain_points: ShortList = Field(default_factory=list)
    opportunities: ShortList = Field(default_factory=list)


class TransitionV1(_Part):
    # "from" is a Python keyword, hence the aliases.
    model_config = ConfigDict(**_STRICT, populate_by_name=False)

    from_: Id = Field(alias="from")
    to: Id
    label: Label = ""
    volume: Annotated[int, Field(ge=0, le=10**12)] | None = None


class JourneyV1(_Part):
    id: Id
    name: str = ""
    persona: PersonaV2 = Field(default_factory=PersonaV2)
    touchpoints: Annotated[list[TouchpointV1], Field(max_length=MAX_TOUCHPOINTS)] = Field(
        default_factory=list
    )
    transitions: Annotated[list[TransitionV1], Field(max_length=MAX_TRANSITIONS)] = Field(
        default_factory=list
    )


class DocumentV1(_Part):
    format: Literal["omnimap"]
    version: Literal[1]
    title: str = ""
    notes: str = ""
    language: Language = "en"
    stages: Annotated[list[StageV2], Field(min_length=1, max_length=MAX_STAGES)]
    channels: Annotated[list[ChannelV1], Field(max_length=MAX_CHANNELS)] = Field(
        default_factory=list
    )
    journeys: Annotated[list[JourneyV1], Field(max_length=MAX_JOURNEYS)] = Field(
        default_factory=list
    )


#: The schema of each version a file may have.
SCHEMAS: dict[int, type[BaseModel]] = {1: DocumentV1, 2: DocumentV2}
