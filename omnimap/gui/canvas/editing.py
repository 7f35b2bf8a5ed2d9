"""Edits made from the canvas: delete, connect, clipboard, in-place label editing.

A mixin of :class:`~omnimap.gui.canvas.view.JourneyView`, kept apart so that
the view's file stays about gestures and painting. Everything here ends in one
``Document.push``; the view then follows the model's signals like any other.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from omnimap.commands import (
    AddTouchpoint,
    Connect,
    Disconnect,
    Macro,
    ModelCommand,
    PasteTouchpoints,
    RemoveTouchpoints,
    UpdateTouchpoint,
    UpdateTransition,
)
from omnimap.commands.refusals import refusal_text
from omnimap.gui.canvas.clipboard import TOUCHPOINTS_MIME, decode_touchpoints, encode_touchpoints
from omnimap.gui.canvas.editor import LabelEditor
from omnimap.model.errors import ModelError

if TYPE_CHECKING:
    from omnimap.commands.document import Document
    from omnimap.gui.canvas.scene import JourneyScene

__all__ = ["EditingMixin"]


class EditingMixin:
    """Selection edits and label editing; needs ``document``, ``journey_id``, ``journey_scene``."""

    document: Document
    journey_id: str
    journey_scene: JourneyScene
    _editor: LabelEditor | None
    _fresh: tuple[str, ModelCommand, int] | None

    if TYPE_CHECKING:  # provided by JourneyView / QGraphicsView
        def selected_touchpoint_ids(self) -> list[str]: ...
        def selection_ids(self) -> list[tuple[str, Any]]: ...
        def select(self, kind: str, ids: list[Any]) -> None: ...
        def ensure_visible(self, rect: QRectF, margin: int = 24) -> None: ...

    def _push(self, parts: list[ModelCommand], text: str) -> bool:
        if not parts:
            return False
        command = parts[0] if len(parts) == 1 else Macro(self.document.workspace, text, parts)
        return self.document.push(command)

    def delete_selection(self) -> None:
        """Delete the selected touchpoints and arrows as one undo step."""
        scene = self.journey_scene
        ids = self.selected_touchpoint_ids()
        gone = set(ids)
        arrows = [key for kind, key in scene.selection_ids()
                  if kind == "transition" and not gone & set(key)]
        ws, jid = self.document.workspace, self.journey_id
        parts: list[ModelCommand] = [Disconnect(ws, jid, s, t) for s, t in arrows]
        if ids:
            parts.append(RemoveTouchpoints(ws, jid, ids))
        self._push(parts, QCoreApplication.translate("JourneyView", "Delete"))

    def connect_selected(self) -> None:
        """Connect the selected cards in the order they were selected (a chain).

        With fewer than two cards, or all of them connected already, the
        status bar says so instead of nothing happening.
        """
        ids = self.selected_touchpoint_ids()
        journey = self.journey_scene.journey
        ws, jid = self.document.workspace, self.journey_id
        parts: list[ModelCommand] = [
            Connect(ws, jid, a, b) for a, b in pairwise(ids)
            if not journey.has_transition(a, b)
        ]
        if len(ids) < 2:
            self.document.edit_refused.emit(QCoreApplication.translate(
                "JourneyView", "Select two or more touchpoints to connect them."))
        elif not parts:
            self.document.edit_refused.emit(QCoreApplication.translate(
                "JourneyView", "The selected touchpoints are already connected."))
        self._push(parts, QCoreApplication.translate("JourneyView", "Connect touchpoints"))

    def _copied(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        journey = self.journey_scene.journey
        ids = self.selected_touchpoint_ids()
        chosen = set(ids)
        tps = [journey.touchpoint(i).model_dump() for i in ids]
        trs = [tr.model_dump() for i in ids for tr in journey.transitions_of(i)
               if tr.source == i and tr.target in chosen]
        return tps, trs

    def copy_selection(self) -> None:
        tps, trs = self._copied()
        if not tps:
            return
        mime = QMimeData()
        mime.setData(TOUCHPOINTS_MIME, encode_touchpoints(tps, trs))
        mime.setText("\n".join(tp["label"] for tp in tps))
        QGuiApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(TOUCHPOINTS_MIME):
            return
        try:
            tps, trs = decode_touchpoints(bytes(mime.data(TOUCHPOINTS_MIME).data()))
        except ValueError as error:
            self.document.edit_refused.emit(str(error))
            return
        self._paste(tps, trs, None)

    def duplicate_selection(self) -> None:
        tps, trs = self._copied()
        if tps:
            self._paste(tps, trs, QCoreApplication.translate("JourneyView", "Duplicate"))

    def _paste(self, tps: list[dict[str, Any]], trs: list[dict[str, Any]],
               text: str | None) -> None:
        command = PasteTouchpoints(self.document.workspace, self.journey_id, tps, trs, text)
        if self.document.push(command):
            self.select("touchpoint", command.new_ids)

    # ---------------------------------------------------------- label editor
    def edit_label(self, touchpoint_id: str) -> None:
        """Open the in-place editor on a card's label."""
        self._start_editor(touchpoint_id, None)

    def _start_editor(self, tp_id: str, fresh: ModelCommand | None) -> None:
        self.finish_editing()
        scene = self.journey_scene
        scene.flush_layout()
        card = scene.cards.get(tp_id)
        if card is None:
            return
        scene.clearSelection()
        card.setSelected(True)
        self.ensure_visible(card.scene_card_rect())
        editor = LabelEditor.for_card(card)
        editor.committed.connect(self._on_label_committed)
        editor.cancelled.connect(self._close_editor)
        scene.addItem(editor)
        self._editor = editor
        stack = self.document.undo_stack
        self._fresh = (tp_id, fresh, stack.index()) if fresh is not None else None
        cast(QWidget, self).setFocus(Qt.FocusReason.OtherFocusReason)
        scene.setFocusItem(editor)

    def editor(self) -> LabelEditor | None:
        """The open label editor, if any (tests type into it)."""
        return self._editor

    def finish_editing(self) -> None:
        """Commit an open label editor."""
        if self._editor is not None:
            self._editor.commit()

    def _close_editor(self, *_: object) -> None:
        editor, self._editor = self._editor, None
        self._fresh = None
        if editor is not None and editor.scene() is not None:
            editor.scene().removeItem(editor)
            editor.deleteLater()
        view = cast(QGraphicsView, self)
        # Back to the canvas for its keys, unless the user went off to another widget.
        if QApplication.focusWidget() in (None, view, view.viewport()):
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_arrow_label(self, source: str, target: str) -> None:
        """Open the in-place editor on an arrow's label."""
        self.finish_editing()
        scene = self.journey_scene
        scene.flush_layout()
        arrow = scene.arrows.get((source, target))
        if arrow is None:
            return
        scene.clearSelection()
        arrow.setSelected(True)
        editor = LabelEditor.for_arrow(arrow)
        editor.committed.connect(self._on_label_committed)
        editor.cancelled.connect(self._close_editor)
        scene.addItem(editor)
        self.ensure_visible(editor.sceneBoundingRect())
        self._editor = editor
        self._fresh = None
        cast(QWidget, self).setFocus(Qt.FocusReason.OtherFocusReason)
        scene.setFocusItem(editor)

    def _on_label_committed(self, key: object, text: str) -> None:
        if isinstance(key, tuple):
            self._close_editor()
            source, target = key
            journey = self.journey_scene.journey
            # An arrow's label may be cleared; a card's may not.
            if journey.has_transition(source, target) and \
                    text != journey.transition(source, target).label:
                self.document.push(UpdateTransition(self.document.workspace, self.journey_id,
                                                    source, target, label=text))
            return
        assert isinstance(key, str)
        self._on_card_label(key, text)

    def _on_card_label(self, tp_id: str, text: str) -> None:
        fresh = self._fresh
        self._close_editor()
        journey = self.journey_scene.journey
        if not text or tp_id not in journey or text == journey.touchpoint(tp_id).label:
            return
        stack = self.document.undo_stack
        if fresh is not None and fresh[0] == tp_id and stack.index() == fresh[2] \
                and stack.count() == fresh[2] and isinstance(fresh[1], AddTouchpoint):
            # Fold the label into the creation step: one drop, one undo.
            try:
                journey.update_touchpoint(tp_id, label=text)
            except ModelError as error:
                self.document.edit_refused.emit(refusal_text(error))
                return
            fresh[1].label = text
            return
        self.document.push(UpdateTouchpoint(self.document.workspace, self.journey_id, tp_id,
                                            label=text))

