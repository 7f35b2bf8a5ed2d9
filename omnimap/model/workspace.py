"""The workspace: what one ``.omnimap`` file holds.

Stages and channels are shared by every journey of the workspace. Removing a
stage or channel that a touchpoint still uses is refused: the caller moves or
deletes those touchpoints first (the GUI does both as one undo step).
"""

from __future__ import annotations

from typing import Any, Literal

from psygnal import Signal

from omnimap.model.defaults import default_channels, default_stages
from omnimap.model.errors import ModelError, validated
from omnimap.model.journey import Journey
from omnimap.model.values import MAX_NOTES, MAX_TITLE, Channel, ChannelAudit, Persona, Stage

__all__ = ["Workspace"]


class Workspace:
    """Title, notes, the stage set, the channel catalogue and the journeys.

    Examples
    --------
    >>> ws = Workspace.new(lang="en")
    >>> anna = ws.add_journey("Anna")
    >>> tp = anna.add_touchpoint("awareness", "tiktok", "Ad")
    >>> ws.remove_channel("tiktok")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    omnimap.model.errors.ModelError: channel 'tiktok' is used by 1 touchpoint(s); ...
    """

    meta_changed = Signal()
    stages_changed = Signal()
    #: The id of the channel that changed, or "" when the catalogue's shape changed.
    channels_changed = Signal(str)
    journey_added = Signal(str)
    journey_removed = Signal(str)
    #: Anything at all changed, in the workspace or any of its journeys.
    changed = Signal()

    def __init__(
        self,
        title: str = "",
        notes: str = "",
        stages: list[Stage] | None = None,
        channels: list[Channel] | None = None,
        language: Literal["en", "pl"] = "en",
    ) -> None:
        self._title = title
        self._notes = notes
        self._language: Literal["en", "pl"] = language
        self._stages: list[Stage] = []
        self._channels: list[Channel] = []
        self._journeys: list[Journey] = []
        for stage in stages or []:
            self._insert_unique(self._stages, stage, "stage")
        for channel in channels or []:
            self._insert_unique(self._channels, channel, "channel")
        for signal in (self.meta_changed, self.stages_changed, self.journey_added,
                       self.journey_removed):
            signal.connect(self._emit_changed)
        self.channels_changed.connect(self._emit_changed)

    @classmethod
    def new(cls, lang: Literal["en", "pl"] = "en", title: str = "") -> Workspace:
        """A workspace with the default stages and channel catalogue, no journey."""
        return cls(title=title, stages=default_stages(lang), channels=default_channels(lang),
                   language=lang)

    def _emit_changed(self, *args: Any) -> None:
        self.changed.emit()

    @staticmethod
    def _insert_unique(items: list[Any], item: Any, kind: str, index: int | None = None) -> None:
        if any(i.id == item.id for i in items):
            raise ModelError(f"duplicate {kind} id {item.id!r}")
        items.insert(len(items) if index is None else index, item)

    # ---------------------------------------------------------------- metadata
    @property
    def title(self) -> str:
        return self._title

    @property
    def notes(self) -> str:
        return self._notes

    @property
    def language(self) -> Literal["en", "pl"]:
        """The language the built-in names were created in."""
        return self._language

    def set_title(self, title: str) -> None:
        if len(title) > MAX_TITLE:
            raise ModelError(f"title: at most {MAX_TITLE} characters", field="title",
                             kind="string_too_long", limit=MAX_TITLE)
        if title != self._title:
            self._title = title
            self.meta_changed.emit()

    def set_notes(self, notes: str) -> None:
        if len(notes) > MAX_NOTES:
            raise ModelError(f"notes: at most {MAX_NOTES:,} characters", field="notes",
                             kind="string_too_long", limit=MAX_NOTES)
        if notes != self._notes:
            self._notes = notes
            self.meta_changed.emit()

    # ------------------------------------------------------------------ stages
    @property
    def stages(self) -> list[Stage]:
        return list(self._stages)

    def has_stage(self, stage_id: str) -> bool:
        return any(s.id == stage_id for s in self._stages)

    def stage(self, stage_id: str) -> Stage:
        for s in self._stages:
            if s.id == stage_id:
                return s
        raise ModelError(f"no stage {stage_id!r}")

    def stage_index(self, stage_id: str) -> int:
        return self._stages.index(self.stage(stage_id))

    def new_stage_id(self, base: str = "stage") -> str:
        n = 1
        while self.has_stage(f"{base}{n}"):
            n += 1
        return f"{base}{n}"

    def add_stage(self, name: str, *, id: str | None = None, index: int | None = None,
                  **fields: Any) -> Stage:
        stage = validated(Stage, id=id or self.new_stage_id(), name=name, **fields)
        self._insert_unique(self._stages, stage, "stage", index)
        self.stages_changed.emit()
        return stage

    def update_stage(self, stage_id: str, **changes: Any) -> Stage:
        if "id" in changes:
            raise ModelError("a stage's id cannot be changed")
        old = self.stage(stage_id)
        new = validated(Stage, old, **changes)
        if new != old:
            self._stages[self._stages.index(old)] = new
            self.stages_changed.emit()
        return new

    def move_stage(self, stage_id: str, index: int) -> None:
        stage = self.stage(stage_id)
        old = self._stages.index(stage)
        index = max(0, min(index, len(self._stages) - 1))
        if index != old:
            self._stages.pop(old)
            self._stages.insert(index, stage)
            self.stages_changed.emit()

    def remove_stage(self, stage_id: str) -> tuple[Stage, int]:
        """Remove an unused stage; returns it and its index, for undo."""
        stage = self.stage(stage_id)
        used = sum(len(j.uses_stage(stage_id)) for j in self._journeys)
        if used:
            raise ModelError(
                f"stage {stage_id!r} is used by {used} touchpoint(s); move or delete them first"
            )
        if len(self._stages) == 1:
            raise ModelError("a map needs at least one stage")
        index = self._stages.index(stage)
        self._stages.pop(index)
        self.stages_changed.emit()
        return stage, index

    # ---------------------------------------------------------------- channels
    @property
    def channels(self) -> list[Channel]:
        return list(self._channels)

    def has_channel(self, channel_id: str) -> bool:
        return any(c.id == channel_id for c in self._channels)

    def channel(self, channel_id: str) -> Channel:
        for c in self._channels:
            if c.id == channel_id:
                return c
        raise ModelError(f"no channel {channel_id!r}")

    def new_channel_id(self, base: str = "channel") -> str:
        n = 1
        while self.has_channel(f"{base}{n}"):
            n += 1
        return f"{base}{n}"

    def add_channel(self, name: str, *, id: str | None = None, index: int | None = None,
                    **fields: Any) -> Channel:
        channel = validated(Channel, id=id or self.new_channel_id(), name=name, **fields)
        self._insert_unique(self._channels, channel, "channel", index)
        self.channels_changed.emit("")
        return channel

    def update_channel(self, channel_id: str, **changes: Any) -> Channel:
        """Change a channel; ``audit`` may be a ChannelAudit or a dict of audit fields."""
        if "id" in changes:
            raise ModelError("a channel's id cannot be changed")
        old = self.channel(channel_id)
        audit = changes.get("audit")
        if isinstance(audit, dict):
            changes["audit"] = validated(ChannelAudit, old.audit, **audit)
        elif isinstance(audit, ChannelAudit):
            changes["audit"] = audit.model_dump()
        new = validated(Channel, old, **changes)
        if new != old:
            self._channels[self._channels.index(old)] = new
            self.channels_changed.emit(channel_id)
        return new

    def set_crm(self, channel_id: str, status: str, note: str | None = None) -> Channel:
        """Shortcut for the one audit field the whole app is about."""
        audit: dict[str, Any] = {"crm": status}
        if note is not None:
            audit["crm_note"] = note
        return self.update_channel(channel_id, audit=audit)

    def remove_channel(self, channel_id: str) -> tuple[Channel, int]:
        """Remove an unused channel; returns it and its index, for undo."""
        channel = self.channel(channel_id)
        used = sum(len(j.uses_channel(channel_id)) for j in self._journeys)
        if used:
            raise ModelError(
                f"channel {channel_id!r} is used by {used} touchpoint(s); move or delete them first"
            )
        index = self._channels.index(channel)
        self._channels.pop(index)
        for journey in self._journeys:
            if channel_id in journey.persona.preferred_channels:
                journey.set_persona(preferred_channels=[
                    c for c in journey.persona.preferred_channels if c != channel_id])
        self.channels_changed.emit("")
        return channel, index

    def used_channels(self) -> list[Channel]:
        """Channels with at least one touchpoint in some journey, in catalogue order."""
        used = {t.channel for j in self._journeys for t in j.touchpoints()}
        return [c for c in self._channels if c.id in used]

    # ---------------------------------------------------------------- journeys
    @property
    def journeys(self) -> list[Journey]:
        return list(self._journeys)

    def journey(self, journey_id: str) -> Journey:
        for j in self._journeys:
            if j.id == journey_id:
                return j
        raise ModelError(f"no journey {journey_id!r}")

    def new_journey_id(self) -> str:
        n = 1
        while any(j.id == f"j{n}" for j in self._journeys):
            n += 1
        return f"j{n}"

    def add_journey(self, name: str = "", *, id: str | None = None,
                    persona: Persona | None = None, index: int | None = None) -> Journey:
        journey = Journey(id or self.new_journey_id(), name, persona, catalogue=self)
        self.attach_journey(journey, index)
        return journey

    def attach_journey(self, journey: Journey, index: int | None = None) -> None:
        """Put a journey (new, loaded, or removed earlier) into the workspace."""
        journey._catalogue = self
        self._insert_unique(self._journeys, journey, "journey", index)
        for signal in (journey.touchpoint_added, journey.touchpoint_changed,
                       journey.touchpoint_removed, journey.transition_added,
                       journey.transition_changed, journey.transition_removed,
                       journey.meta_changed):
            signal.connect(self._emit_changed)
        self.journey_added.emit(journey.id)

    def remove_journey(self, journey_id: str) -> tuple[Journey, int]:
        """Detach a journey; returns it whole and its index, for undo."""
        journey = self.journey(journey_id)
        index = self._journeys.index(journey)
        self._journeys.pop(index)
        for signal in (journey.touchpoint_added, journey.touchpoint_changed,
                       journey.touchpoint_removed, journey.transition_added,
                       journey.transition_changed, journey.transition_removed,
                       journey.meta_changed):
            signal.disconnect(self._emit_changed)
        self.journey_removed.emit(journey_id)
        return journey, index
