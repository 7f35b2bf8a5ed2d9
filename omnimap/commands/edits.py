"""The concrete edits. Each stores ids and plain values, never items or pixels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from omnimap.commands.base import ModelCommand
from omnimap.commands.names import check_name
from omnimap.commands.refusals import Refusal
from omnimap.model.errors import ModelError
from omnimap.model.journey import Journey
from omnimap.model.workspace import Workspace

__all__ = [
    "AddChannel",
    "AddJourney",
    "AddStage",
    "AddTouchpoint",
    "Connect",
    "Disconnect",
    "MoveStage",
    "MoveTouchpoint",
    "PasteTouchpoints",
    "RemoveChannel",
    "RemoveJourney",
    "RemoveStage",
    "RemoveTouchpoints",
    "SetJourneyName",
    "SetWorkspaceMeta",
    "UpdateChannel",
    "UpdatePersona",
    "UpdateStage",
    "UpdateTouchpoint",
    "UpdateTransition",
    "fresh_touchpoint_ids",
]


def fresh_touchpoint_ids(journey: Journey, count: int) -> list[str]:
    """``count`` ids unused in ``journey`` and distinct from each other."""
    ids: list[str] = []
    n = 1
    while len(ids) < count:
        candidate = f"t{n}"
        if candidate not in journey:
            ids.append(candidate)
        n += 1
    return ids


class _JourneyCommand(ModelCommand):
    def __init__(self, workspace: Workspace, journey_id: str, text: str) -> None:
        super().__init__(workspace, text)
        self.journey_id = journey_id

    @property
    def journey(self) -> Journey:
        return self.workspace.journey(self.journey_id)


# ------------------------------------------------------------------ touchpoints
class AddTouchpoint(_JourneyCommand):
    """Create a touchpoint in a (stage, channel) cell."""

    def __init__(self, workspace: Workspace, journey_id: str, stage: str, channel: str,
                 label: str = "", *, index: int | None = None, touchpoint_id: str | None = None,
                 **fields: Any) -> None:
        super().__init__(workspace, journey_id,
                         QCoreApplication.translate("commands", "Add touchpoint"))
        self.stage, self.channel, self.label = stage, channel, label
        self.index = index
        self.fields = dict(fields)
        self.touchpoint_id = touchpoint_id or workspace.journey(journey_id).new_touchpoint_id()

    def apply(self) -> None:
        self.journey.add_touchpoint(self.stage, self.channel, self.label, id=self.touchpoint_id,
                                    index=self.index, **self.fields)

    def revert(self) -> None:
        self.journey.remove_touchpoint(self.touchpoint_id)


class RemoveTouchpoints(_JourneyCommand):
    """Delete touchpoints with their transitions."""

    def __init__(self, workspace: Workspace, journey_id: str, ids: Iterable[str]) -> None:
        self.ids = list(dict.fromkeys(ids))
        text = (QCoreApplication.translate("commands", "Delete touchpoint")
                if len(self.ids) == 1
                else QCoreApplication.translate("commands", "Delete touchpoints"))
        super().__init__(workspace, journey_id, text)
        self._removed: list[dict[str, Any]] = []
        self._transitions: list[dict[str, Any]] = []

    def apply(self) -> None:
        journey = self.journey
        removed, transitions = [], {}
        for tid in self.ids:
            tp, trs = journey.remove_touchpoint(tid)
            removed.append(tp.model_dump())
            for tr in trs:
                transitions[(tr.source, tr.target)] = tr.model_dump()
        self._removed, self._transitions = removed, list(transitions.values())

    def revert(self) -> None:
        journey = self.journey
        # Reinserting in reverse removal order puts each one back at its old index.
        for data in reversed(self._removed):
            data = dict(data)
            journey.add_touchpoint(data.pop("stage"), data.pop("channel"), data.pop("label"),
                                   id=data.pop("id"), index=data.pop("order"), **data)
        for tr in self._transitions:
            journey.connect(tr["source"], tr["target"], tr["label"], tr["volume"])


class MoveTouchpoint(_JourneyCommand):
    """Move a touchpoint to another stage, channel or place in its cell."""

    def __init__(self, workspace: Workspace, journey_id: str, touchpoint_id: str,
                 stage: str | None = None, channel: str | None = None,
                 index: int | None = None) -> None:
        super().__init__(workspace, journey_id,
                         QCoreApplication.translate("commands", "Move touchpoint"))
        self.touchpoint_id = touchpoint_id
        self.stage, self.channel, self.index = stage, channel, index
        old = workspace.journey(journey_id).touchpoint(touchpoint_id)
        self.old = (old.stage, old.channel, old.order)

    def apply(self) -> None:
        self.journey.move_touchpoint(self.touchpoint_id, self.stage, self.channel, self.index)

    def revert(self) -> None:
        stage, channel, order = self.old
        self.journey.move_touchpoint(self.touchpoint_id, stage, channel, order)


class UpdateTouchpoint(_JourneyCommand):
    """Change fields of a touchpoint (label, notes, emotion, ...)."""

    def __init__(self, workspace: Workspace, journey_id: str, touchpoint_id: str,
                 text: str | None = None, **changes: Any) -> None:
        super().__init__(workspace, journey_id,
                         text or QCoreApplication.translate("commands", "Edit touchpoint"))
        self.touchpoint_id = touchpoint_id
        self.changes = changes
        old = workspace.journey(journey_id).touchpoint(touchpoint_id).model_dump()
        self.old = {key: old[key] for key in changes if key in old}

    def apply(self) -> None:
        self.journey.update_touchpoint(self.touchpoint_id, **self.changes)

    def revert(self) -> None:
        self.journey.update_touchpoint(self.touchpoint_id, **self.old)


class PasteTouchpoints(_JourneyCommand):
    """Add copies of touchpoints (and the transitions among them) under fresh ids.

    ``touchpoints`` are plain dicts as produced by ``Touchpoint.model_dump()``;
    ``transitions`` refer to their original ids.
    """

    def __init__(self, workspace: Workspace, journey_id: str,
                 touchpoints: Sequence[dict[str, Any]],
                 transitions: Sequence[dict[str, Any]] = (),
                 text: str | None = None) -> None:
        super().__init__(workspace, journey_id,
                         text or QCoreApplication.translate("commands", "Paste"))
        journey = workspace.journey(journey_id)
        new_ids = fresh_touchpoint_ids(journey, len(touchpoints))
        self.id_map = {tp["id"]: new for tp, new in zip(touchpoints, new_ids, strict=True)}
        self.touchpoints = [dict(tp, id=self.id_map[tp["id"]]) for tp in touchpoints]
        self.transitions = [
            dict(tr, source=self.id_map[tr["source"]], target=self.id_map[tr["target"]])
            for tr in transitions
            if tr["source"] in self.id_map and tr["target"] in self.id_map
        ]

    @property
    def new_ids(self) -> list[str]:
        return [tp["id"] for tp in self.touchpoints]

    def apply(self) -> None:
        journey = self.journey
        added: list[str] = []
        try:
            for tp in self.touchpoints:
                data = dict(tp)
                data.pop("order", None)
                journey.add_touchpoint(data.pop("stage"), data.pop("channel"),
                                       data.pop("label"), id=data.pop("id"), **data)
                added.append(tp["id"])
            for tr in self.transitions:
                journey.connect(tr["source"], tr["target"], tr.get("label", ""),
                                tr.get("volume"))
        except Exception as error:
            for tid in reversed(added):
                journey.remove_touchpoint(tid)
            if isinstance(error, ModelError):
                self._explain(error)
            raise

    def _explain(self, error: ModelError) -> None:
        """Copied from a map (or before an edit) with a stage or channel this one lacks."""
        for tp in self.touchpoints:
            if not self.workspace.has_stage(tp["stage"]):
                raise Refusal(error, "paste_unknown_stage", id=tp["stage"]) from error
            if not self.workspace.has_channel(tp["channel"]):
                raise Refusal(error, "paste_unknown_channel", id=tp["channel"]) from error

    def revert(self) -> None:
        journey = self.journey
        for tp in reversed(self.touchpoints):
            journey.remove_touchpoint(tp["id"])


# ------------------------------------------------------------------ transitions
class Connect(_JourneyCommand):
    def __init__(self, workspace: Workspace, journey_id: str, source: str, target: str,
                 label: str = "", volume: int | None = None) -> None:
        super().__init__(workspace, journey_id, QCoreApplication.translate("commands", "Connect"))
        self.source, self.target, self.label, self.volume = source, target, label, volume

    def apply(self) -> None:
        self.journey.connect(self.source, self.target, self.label, self.volume)

    def revert(self) -> None:
        self.journey.disconnect(self.source, self.target)


class Disconnect(_JourneyCommand):
    def __init__(self, workspace: Workspace, journey_id: str, source: str, target: str) -> None:
        super().__init__(workspace, journey_id,
                         QCoreApplication.translate("commands", "Delete arrow"))
        self.source, self.target = source, target
        self.old = workspace.journey(journey_id).transition(source, target).model_dump()

    def apply(self) -> None:
        self.journey.disconnect(self.source, self.target)

    def revert(self) -> None:
        self.journey.connect(self.source, self.target, self.old["label"], self.old["volume"])


class UpdateTransition(_JourneyCommand):
    def __init__(self, workspace: Workspace, journey_id: str, source: str, target: str,
                 **changes: Any) -> None:
        super().__init__(workspace, journey_id,
                         QCoreApplication.translate("commands", "Edit arrow"))
        self.source, self.target, self.changes = source, target, changes
        old = workspace.journey(journey_id).transition(source, target).model_dump()
        self.old = {key: old[key] for key in changes if key in old}

    def apply(self) -> None:
        self.journey.update_transition(self.source, self.target, **self.changes)

    def revert(self) -> None:
        self.journey.update_transition(self.source, self.target, **self.old)


# ----------------------------------------------------------------------- stages
class AddStage(ModelCommand):
    def __init__(self, workspace: Workspace, name: str, index: int | None = None,
                 stage_id: str | None = None, **fields: Any) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Add stage"))
        self.name, self.index, self.fields = name, index, fields
        self.stage_id = stage_id or workspace.new_stage_id()

    def apply(self) -> None:
        check_name("stage", self.name, (s.name for s in self.workspace.stages))
        self.workspace.add_stage(self.name, id=self.stage_id, index=self.index, **self.fields)

    def revert(self) -> None:
        self.workspace.remove_stage(self.stage_id)


class UpdateStage(ModelCommand):
    def __init__(self, workspace: Workspace, stage_id: str, text: str | None = None,
                 **changes: Any) -> None:
        super().__init__(workspace, text or QCoreApplication.translate("commands", "Edit stage"))
        self.stage_id, self.changes = stage_id, changes
        old = workspace.stage(stage_id).model_dump()
        self.old = {key: old[key] for key in changes if key in old}

    def apply(self) -> None:
        if "name" in self.changes:
            check_name("stage", self.changes["name"], (
                s.name for s in self.workspace.stages if s.id != self.stage_id))
        self.workspace.update_stage(self.stage_id, **self.changes)

    def revert(self) -> None:
        self.workspace.update_stage(self.stage_id, **self.old)


class MoveStage(ModelCommand):
    def __init__(self, workspace: Workspace, stage_id: str, index: int) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Move stage"))
        self.stage_id, self.index = stage_id, index
        self.old_index = workspace.stage_index(stage_id)

    def apply(self) -> None:
        self.workspace.move_stage(self.stage_id, self.index)

    def revert(self) -> None:
        self.workspace.move_stage(self.stage_id, self.old_index)


class RemoveStage(ModelCommand):
    """Remove an unused stage (wrap it in a Macro after moving or deleting its touchpoints)."""

    def __init__(self, workspace: Workspace, stage_id: str) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Remove stage"))
        self.stage_id = stage_id
        self._removed: tuple[dict[str, Any], int] | None = None

    def apply(self) -> None:
        ws = self.workspace
        try:
            stage, index = ws.remove_stage(self.stage_id)
        except ModelError as error:
            used = sum(len(j.uses_stage(self.stage_id)) for j in ws.journeys)
            if ws.has_stage(self.stage_id) and used:
                raise Refusal(error, "stage_in_use", name=ws.stage(self.stage_id).name,
                              count=used) from error
            if ws.has_stage(self.stage_id) and len(ws.stages) == 1:
                raise Refusal(error, "last_stage") from error
            raise
        self._removed = (stage.model_dump(), index)

    def revert(self) -> None:
        assert self._removed is not None
        data, index = self._removed
        data = dict(data)
        self.workspace.add_stage(data.pop("name"), id=data.pop("id"), index=index, **data)


# --------------------------------------------------------------------- channels
class AddChannel(ModelCommand):
    def __init__(self, workspace: Workspace, name: str, index: int | None = None,
                 channel_id: str | None = None, **fields: Any) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Add channel"))
        self.name, self.index, self.fields = name, index, fields
        self.channel_id = channel_id or workspace.new_channel_id()

    def apply(self) -> None:
        check_name("channel", self.name, (c.name for c in self.workspace.channels))
        self.workspace.add_channel(self.name, id=self.channel_id, index=self.index,
                                   **self.fields)

    def revert(self) -> None:
        self.workspace.remove_channel(self.channel_id)


class UpdateChannel(ModelCommand):
    """Change channel fields; ``audit`` is a dict of the audit fields to change."""

    def __init__(self, workspace: Workspace, channel_id: str, text: str | None = None,
                 **changes: Any) -> None:
        super().__init__(workspace, text or QCoreApplication.translate("commands", "Edit channel"))
        self.channel_id, self.changes = channel_id, changes
        old = workspace.channel(channel_id).model_dump()
        self.old = {key: old[key] for key in changes if key in old}
        if isinstance(changes.get("audit"), dict):
            self.old["audit"] = {key: old["audit"][key] for key in changes["audit"]}

    def apply(self) -> None:
        if "name" in self.changes:
            check_name("channel", self.changes["name"], (
                c.name for c in self.workspace.channels if c.id != self.channel_id))
        self.workspace.update_channel(self.channel_id, **self.changes)

    def revert(self) -> None:
        self.workspace.update_channel(self.channel_id, **self.old)


class RemoveChannel(ModelCommand):
    def __init__(self, workspace: Workspace, channel_id: str) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Remove channel"))
        self.channel_id = channel_id
        self._removed: tuple[dict[str, Any], int, dict[str, list[str]]] | None = None

    def apply(self) -> None:
        ws = self.workspace
        preferred = {j.id: list(j.persona.preferred_channels) for j in ws.journeys}
        try:
            channel, index = ws.remove_channel(self.channel_id)
        except ModelError as error:
            used = sum(len(j.uses_channel(self.channel_id)) for j in ws.journeys)
            if ws.has_channel(self.channel_id) and used:
                raise Refusal(error, "channel_in_use", name=ws.channel(self.channel_id).name,
                              count=used) from error
            raise
        self._removed = (channel.model_dump(), index, preferred)

    def revert(self) -> None:
        assert self._removed is not None
        data, index, preferred = self._removed
        data = dict(data)
        self.workspace.add_channel(data.pop("name"), id=data.pop("id"), index=index, **data)
        for journey_id, channels in preferred.items():
            self.workspace.journey(journey_id).set_persona(preferred_channels=channels)


# --------------------------------------------------------------------- journeys
class AddJourney(ModelCommand):
    def __init__(self, workspace: Workspace, name: str, journey_id: str | None = None) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Add journey"))
        self.name = name
        self.journey_id = journey_id or workspace.new_journey_id()
        self._journey: Journey | None = None

    def apply(self) -> None:
        if self._journey is None:
            check_name("journey", self.name, (j.name for j in self.workspace.journeys),
                       required=False)
            self._journey = self.workspace.add_journey(self.name, id=self.journey_id)
        else:
            self.workspace.attach_journey(self._journey)

    def revert(self) -> None:
        self.workspace.remove_journey(self.journey_id)


class RemoveJourney(ModelCommand):
    """Remove a journey; undo puts the very same journey back at its place."""

    def __init__(self, workspace: Workspace, journey_id: str) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Remove journey"))
        self.journey_id = journey_id
        self._removed: tuple[Journey, int] | None = None

    def apply(self) -> None:
        self._removed = self.workspace.remove_journey(self.journey_id)

    def revert(self) -> None:
        assert self._removed is not None
        journey, index = self._removed
        self.workspace.attach_journey(journey, index)


class SetJourneyName(ModelCommand):
    def __init__(self, workspace: Workspace, journey_id: str, name: str) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Rename journey"))
        self.journey_id, self.name = journey_id, name
        self.old = workspace.journey(journey_id).name

    def apply(self) -> None:
        check_name("journey", self.name, (j.name for j in self.workspace.journeys
                                          if j.id != self.journey_id), required=False)
        self.workspace.journey(self.journey_id).set_name(self.name)

    def revert(self) -> None:
        self.workspace.journey(self.journey_id).set_name(self.old)


class UpdatePersona(ModelCommand):
    def __init__(self, workspace: Workspace, journey_id: str, **changes: Any) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Edit persona"))
        self.journey_id, self.changes = journey_id, changes
        old = workspace.journey(journey_id).persona.model_dump()
        self.old = {key: old[key] for key in changes if key in old}

    def apply(self) -> None:
        self.workspace.journey(self.journey_id).set_persona(**self.changes)

    def revert(self) -> None:
        self.workspace.journey(self.journey_id).set_persona(**self.old)


class SetWorkspaceMeta(ModelCommand):
    """Change the workspace title and/or notes."""

    def __init__(self, workspace: Workspace, title: str | None = None,
                 notes: str | None = None) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Edit map details"))
        self.title, self.notes = title, notes
        self.old = (workspace.title, workspace.notes)

    def apply(self) -> None:
        for field, value in (("title", self.title), ("notes", self.notes)):
            if value is None:
                continue
            try:
                getattr(self.workspace, f"set_{field}")(value)
            except ModelError:
                self.workspace.set_title(self.old[0])  # all or nothing
                raise

    def revert(self) -> None:
        self.workspace.set_title(self.old[0])
        self.workspace.set_notes(self.old[1])
