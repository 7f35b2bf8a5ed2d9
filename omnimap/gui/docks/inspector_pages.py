"""The inspector's pages: touchpoint, arrow, stage, channel, and journey with its map."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
)

from omnimap.gui.docks._base import (
    automation_labels,
    consistency_labels,
    crm_labels,
    function_labels,
    group_labels,
)
from omnimap.gui.docks.inspector_page import Page, optional_int, set_combo, set_text
from omnimap.gui.docks.kpi_table import KpiTable

if TYPE_CHECKING:
    from omnimap.commands import ModelCommand
    from omnimap.gui.docks.inspector import InspectorDock

__all__ = ["ChannelPage", "JourneyPage", "StagePage", "TouchpointPage", "TransitionPage"]


class TouchpointPage(Page):
    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.journey_id = ""
        self.touchpoint_id = ""
        self.label = self.line(
            lambda: self.tr("Label"),
            lambda v: self.change(label=v),
            lambda: self.tr("Touchpoint label"),
        )
        self.stage = self.combo(
            lambda: self.tr("Stage"),
            lambda v: self.relocate(stage=v),
            lambda: self.tr("Touchpoint stage"),
        )
        self.channel = self.combo(
            lambda: self.tr("Channel"),
            lambda v: self.relocate(channel=v),
            lambda: self.tr("Touchpoint channel"),
        )
        self.day = self.line(
            lambda: self.tr("Day"),
            lambda v: self.change(day=optional_int(v, self.tr("day"), 1, 100_000)),
            lambda: self.tr("Day of the journey"),
        )
        self.texts.add(self.day.setPlaceholderText, lambda: self.tr("1, 2, 3… (empty: unknown)"))
        self.time = self.line(
            lambda: self.tr("Time"),
            lambda v: self.change(time=v.strip() or None),
            lambda: self.tr("Time of day"),
        )
        self.texts.add(self.time.setPlaceholderText, lambda: self.tr("HH:MM"))
        self.emotion = QSlider(Qt.Orientation.Horizontal, self)
        self.emotion.setRange(-2, 2)
        self.emotion.setPageStep(1)
        self.emotion.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.texts.add(self.emotion.setAccessibleName, lambda: self.tr("Emotion from -2 to +2"))
        self.emotion_label = QLabel(self)
        self.emotion_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("+2 ☺") + 4)
        row = QHBoxLayout()
        row.addWidget(self.emotion)
        row.addWidget(self.emotion_label)
        self.row(lambda: self.tr("Emotion"), row)
        self.emotion.valueChanged.connect(self._emotion_moved)
        self.emotion.sliderReleased.connect(self._emotion_committed)
        self.notes = self.text(
            lambda: self.tr("Notes"),
            lambda v: self.change(notes=v),
            lambda: self.tr("Touchpoint notes"),
        )
        self.pains = self.text(
            lambda: self.tr("Pain points\n(one a line)"),
            lambda v: self.change(pain_points=self.pains.lines()),
            lambda: self.tr("Pain points"),
        )
        self.opportunities = self.text(
            lambda: self.tr("Opportunities\n(one a line)"),
            lambda v: self.change(opportunities=self.opportunities.lines()),
            lambda: self.tr("Opportunities"),
        )

    def _emotion_moved(self, value: int) -> None:
        self._emotion_label_only(value)
        if not self.emotion.isSliderDown():
            self._emotion_committed()

    def _emotion_committed(self) -> None:
        self.commit(lambda: self.change(emotion=self.emotion.value()))

    def _tp(self) -> Any:
        return self.workspace.journey(self.journey_id).touchpoint(self.touchpoint_id)

    def change(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdateTouchpoint

        current = self._tp().model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return None
        return UpdateTouchpoint(self.workspace, self.journey_id, self.touchpoint_id, **changes)

    def relocate(self, stage: str | None = None, channel: str | None = None
                 ) -> ModelCommand | None:
        """Another stage or channel for the touchpoint (a move, not a field edit)."""
        from omnimap.commands import MoveTouchpoint

        tp = self._tp()
        if (stage or tp.stage, channel or tp.channel) == (tp.stage, tp.channel):
            return None
        return MoveTouchpoint(self.workspace, self.journey_id, self.touchpoint_id,
                              stage=stage, channel=channel)

    def load(self) -> bool:
        try:
            journey = self.workspace.journey(self.journey_id)
            tp = journey.touchpoint(self.touchpoint_id)
        except ValueError:
            return False
        self.heading.setText(
            self.tr("Touchpoint in {journey}").format(journey=journey.name or journey.id)
        )
        set_text(self.label, tp.label)
        set_combo(self.stage, [(s.id, s.name) for s in self.workspace.stages], tp.stage)
        set_combo(self.channel, [(c.id, c.name) for c in self.workspace.channels], tp.channel)
        set_text(self.day, "" if tp.day is None else str(tp.day))
        set_text(self.time, tp.time or "")
        self.emotion.blockSignals(True)
        self.emotion.setValue(tp.emotion)
        self.emotion.blockSignals(False)
        self._emotion_label_only(tp.emotion)
        set_text(self.notes, tp.notes)
        set_text(self.pains, "\n".join(tp.pain_points))
        set_text(self.opportunities, "\n".join(tp.opportunities))
        return True

    def _emotion_label_only(self, value: int) -> None:
        faces = {-2: "☹☹", -1: "☹", 0: "😐", 1: "☺", 2: "☺☺"}
        self.emotion_label.setText(f"{value:+d} {faces[value]}" if value else f"0 {faces[0]}")


class TransitionPage(Page):
    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.journey_id = ""
        self.ends = ("", "")
        self.label = self.line(
            lambda: self.tr("Label"), lambda v: self.change(label=v), lambda: self.tr("Arrow label")
        )
        self.volume = self.line(
            lambda: self.tr("Volume"),
            lambda v: self.change(volume=optional_int(v, self.tr("volume"), 0, 10**12)),
            lambda: self.tr("Arrow volume"),
        )
        self.texts.add(
            self.volume.setPlaceholderText, lambda: self.tr("customers taking this step (optional)")
        )

    def change(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdateTransition

        tr = self.workspace.journey(self.journey_id).transition(*self.ends).model_dump()
        if all(tr.get(k) == v for k, v in changes.items()):
            return None
        return UpdateTransition(self.workspace, self.journey_id, *self.ends, **changes)

    def load(self) -> bool:
        try:
            journey = self.workspace.journey(self.journey_id)
            tr = journey.transition(*self.ends)
            source, target = (journey.touchpoint(t) for t in self.ends)
        except ValueError:
            return False
        self.heading.setText(
            self.tr("Arrow: {a} → {b}").format(
                a=source.label or source.id, b=target.label or target.id
            )
        )
        set_text(self.label, tr.label)
        set_text(self.volume, "" if tr.volume is None else str(tr.volume))
        return True


class StagePage(Page):
    move_requested = Signal(str, int)
    remove_requested = Signal(str)

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.stage_id = ""
        self.name = self.line(
            lambda: self.tr("Name"),
            lambda v: self.change(name=v.strip()),
            lambda: self.tr("Stage name"),
        )
        self.goal = self.text(
            lambda: self.tr("Goal"), lambda v: self.change(goal=v), lambda: self.tr("Stage goal")
        )
        self.kpis = KpiTable(self)
        self.kpis.committed.connect(lambda rows: self.commit(lambda: self.change(kpis=rows)))
        self.kpis.invalid.connect(self.show_error)
        self.row(lambda: self.tr("KPIs"), self.kpis)
        for text, tip, slot in (
            (
                lambda: self.tr("◀ Left"),
                lambda: self.tr("Move the stage one column left"),
                lambda: self.move_requested.emit(self.stage_id, -1),
            ),
            (
                lambda: self.tr("Right ▶"),
                lambda: self.tr("Move the stage one column right"),
                lambda: self.move_requested.emit(self.stage_id, 1),
            ),
            (
                lambda: self.tr("Remove…"),
                lambda: self.tr("Remove the stage"),
                lambda: self.remove_requested.emit(self.stage_id),
            ),
        ):
            button = QPushButton(self)
            self.texts.add(button.setText, text)
            self.texts.add(button.setToolTip, tip)
            self.texts.add(button.setAccessibleName, tip)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)

    def change(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdateStage

        current = self.workspace.stage(self.stage_id).model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return None
        return UpdateStage(self.workspace, self.stage_id, **changes)

    def load(self) -> bool:
        if not self.workspace.has_stage(self.stage_id):
            return False
        stage = self.workspace.stage(self.stage_id)
        self.heading.setText(self.tr("Stage: {name}").format(name=stage.name))
        set_text(self.name, stage.name)
        set_text(self.goal, stage.goal)
        self.kpis.show_kpis([k.model_dump() for k in stage.kpis])
        return True


class ChannelPage(Page):
    remove_requested = Signal(str)

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.channel_id = ""
        self.name = self.line(
            lambda: self.tr("Name"),
            lambda v: self.change(name=v.strip()),
            lambda: self.tr("Channel name"),
        )
        self.group = self.combo(
            lambda: self.tr("Group"),
            lambda v: self.change(group=v),
            lambda: self.tr("Channel group"),
        )
        self.color = self.line(
            lambda: self.tr("Colour"),
            lambda v: self.change(color=v.strip()),
            lambda: self.tr("Channel colour"),
        )
        pick = QPushButton(self)
        self.texts.add(pick.setText, lambda: self.tr("Pick…"))
        pick.clicked.connect(self._pick_color)
        self.form.addRow("", pick)
        self.mobile = QCheckBox(self)
        self.texts.add(self.mobile.setText, lambda: self.tr("Mobile channel"))
        self.texts.add(
            self.mobile.setToolTip, lambda: self.tr("Counts as mobile: app, SMS, push, mobile web")
        )
        self.mobile.toggled.connect(lambda on: self.commit(lambda: self.change(mobile=on)))
        self.form.addRow("", self.mobile)
        self.crm = self.combo(
            lambda: self.tr("CRM"),
            lambda v: self.audit(crm=v),
            lambda: self.tr("CRM integration status"),
        )
        self.crm_note = self.line(
            lambda: self.tr("CRM note"),
            lambda v: self.audit(crm_note=v),
            lambda: self.tr("CRM note"),
        )
        self.functions: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for key, label in function_labels().items():
            box = QCheckBox(label, self)
            box.toggled.connect(
                lambda _on: self.commit(
                    lambda: self.audit(
                        functionality=[k for k, b in self.functions.items() if b.isChecked()]
                    )
                )
            )
            self.functions[key] = box
            row.addWidget(box)
        self.row(lambda: self.tr("Customer can"), row)
        self.automation = self.combo(
            lambda: self.tr("Automation"),
            lambda v: self.audit(automation=v),
            lambda: self.tr("Automation"),
        )
        self.consistency = self.combo(
            lambda: self.tr("Consistency"),
            lambda v: self.audit(consistency=v),
            lambda: self.tr("Consistency"),
        )
        self.owner = self.line(
            lambda: self.tr("Owner"),
            lambda v: self.audit(owner=v.strip()),
            lambda: self.tr("Channel owner"),
        )
        self.kpis = self.text(
            lambda: self.tr("KPIs\n(one a line)"),
            lambda v: self.audit(kpis=self.kpis.lines()),
            lambda: self.tr("Channel KPIs"),
        )
        remove = QPushButton(self)
        self.texts.add(remove.setText, lambda: self.tr("Remove channel"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self.channel_id))
        self.buttons.addWidget(remove)

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text()), self, self.tr("Channel colour"))
        if color.isValid():
            self.color.setText(color.name())
            self.commit(lambda: self.change(color=color.name()))

    def change(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdateChannel

        current = self.workspace.channel(self.channel_id).model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return None
        return UpdateChannel(self.workspace, self.channel_id, **changes)

    def audit(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdateChannel

        current = self.workspace.channel(self.channel_id).audit.model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return None
        return UpdateChannel(self.workspace, self.channel_id, audit=changes)

    def load(self) -> bool:
        if not self.workspace.has_channel(self.channel_id):
            return False
        channel = self.workspace.channel(self.channel_id)
        self.heading.setText(self.tr("Channel: {name}").format(name=channel.name))
        set_text(self.name, channel.name)
        set_combo(self.group, list(group_labels().items()), channel.group)
        set_text(self.color, channel.color)
        for box, value in (
            (self.mobile, channel.mobile),
            *((b, k in channel.audit.functionality) for k, b in self.functions.items()),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        set_combo(self.crm, list(crm_labels().items()), channel.audit.crm)
        set_text(self.crm_note, channel.audit.crm_note)
        set_combo(self.automation, list(automation_labels().items()), channel.audit.automation)
        set_combo(self.consistency, list(consistency_labels().items()), channel.audit.consistency)
        set_text(self.owner, channel.audit.owner)
        set_text(self.kpis, "\n".join(channel.audit.kpis))
        return True


class JourneyPage(Page):
    """Shown when nothing is selected: the journey, its persona and the map itself."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.journey_id = ""
        self.name = self.line(
            lambda: self.tr("Journey"), self._rename, lambda: self.tr("Journey name")
        )
        self.persona = self.line(
            lambda: self.tr("Persona"),
            lambda v: self.persona_update(name=v.strip()),
            lambda: self.tr("Persona name"),
        )
        self.description = self.text(
            lambda: self.tr("Description"),
            lambda v: self.persona_update(description=v),
            lambda: self.tr("Persona description"),
        )
        self.goals = self.text(
            lambda: self.tr("Goals\n(one a line)"),
            lambda v: self.persona_update(goals=self.goals.lines()),
            lambda: self.tr("Persona goals"),
        )
        self.preferred = QListWidget(self)
        self.texts.add(self.preferred.setAccessibleName, lambda: self.tr("Preferred channels"))
        self.preferred.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.preferred.itemChanged.connect(self._preferred_changed)
        self.row(lambda: self.tr("Preferred\nchannels"), self.preferred)
        self.title = self.line(
            lambda: self.tr("Map title"),
            lambda v: self.meta(title=v.strip()),
            lambda: self.tr("Map title"),
        )
        self.notes = self.text(
            lambda: self.tr("Map notes"),
            lambda v: self.meta(notes=v),
            lambda: self.tr("Map notes"),
            rows=4,
        )

    def _rename(self, value: str) -> ModelCommand | None:
        from omnimap.commands import SetJourneyName

        if not self.journey_id or self.workspace.journey(self.journey_id).name == value.strip():
            return None
        return SetJourneyName(self.workspace, self.journey_id, value.strip())

    def persona_update(self, **changes: Any) -> ModelCommand | None:
        from omnimap.commands import UpdatePersona

        if not self.journey_id:
            return None
        current = self.workspace.journey(self.journey_id).persona.model_dump()
        if all(current.get(k) == v for k, v in changes.items()):
            return None
        return UpdatePersona(self.workspace, self.journey_id, **changes)

    def meta(self, **changes: str) -> ModelCommand | None:
        from omnimap.commands import SetWorkspaceMeta

        if all(getattr(self.workspace, k) == v for k, v in changes.items()):
            return None
        return SetWorkspaceMeta(self.workspace, **changes)

    def _preferred_changed(self, item: QListWidgetItem) -> None:
        chosen = []
        for i in range(self.preferred.count()):
            it = self.preferred.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                chosen.append(it.data(Qt.ItemDataRole.UserRole))
        self.commit(lambda: self.persona_update(preferred_channels=chosen))

    def load(self) -> bool:
        ws = self.workspace
        journey = next((j for j in ws.journeys if j.id == self.journey_id), None)
        # "is not None", not truth: a journey without touchpoints has len() 0.
        found = journey is not None
        for widget in (self.name, self.persona, self.description, self.goals, self.preferred):
            widget.setEnabled(found)
        self.heading.setText(self.tr("Journey and map") if found else self.tr("Map"))
        set_text(self.title, ws.title)
        set_text(self.notes, ws.notes)
        persona = journey.persona if journey is not None else None
        set_text(self.name, journey.name if journey is not None else "")
        set_text(self.persona, persona.name if persona else "")
        set_text(self.description, persona.description if persona else "")
        set_text(self.goals, "\n".join(persona.goals) if persona else "")
        self.preferred.blockSignals(True)
        self.preferred.clear()
        for channel in ws.channels:
            item = QListWidgetItem(channel.name, self.preferred)
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on = persona is not None and channel.id in persona.preferred_channels
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.preferred.blockSignals(False)
        return True
