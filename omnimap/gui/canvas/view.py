"""JourneyView: the editable swimlane canvas of one journey.

Every edit made here is a command pushed through the Document; the view then
follows the model's signals like everybody else. Selection, zoom and the
presentation mode are view state and never reach the model.

Gestures and keys
-----------------
* Drag a channel from the palette (``CHANNEL_MIME``) onto a stage column: a
  touchpoint is created there (one "Add touchpoint" step) and its label editor
  opens. The card is created with a default label ("New touchpoint"), so Esc
  keeps it; the label typed before Enter is folded into that same undo step
  while it is still the last one on the stack, so one drop is one undo.
* Drag cards to another column, row or place in their cell; Esc cancels.
* Drag from the round handle on a card's right edge onto another card, or
  select cards and press Ctrl+L, to connect them (in the order selected).
* F2 or double-click edits a card's label, or an arrow's; Del deletes;
  Ctrl+C / Ctrl+V / Ctrl+D copy, paste and duplicate; Ctrl+A selects all.
* Ctrl+wheel or Ctrl+plus / Ctrl+minus zoom, Ctrl+0 fits the map in the window;
  pan with the middle button or Space+drag; drag on empty space to rubber-band select.
* Drag a stage header sideways to reorder the stages. Dragging to the window's
  edge scrolls; stage and channel headers stay in sight while scrolling.
* Arrow keys walk from card to card; Alt+Left / Alt+Right move the selected
  cards to the previous / next stage, Alt+Up / Alt+Down one place up / down
  (past the cell's edge: into the next channel row). Right-click for a menu.
* Under the grid the emotion lane draws the journey's curve (stage, then time
  order); drag a point up or down to change that touchpoint's emotion (one
  undo step on release), click it to select its card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmap,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QWidget

from omnimap.commands import (
    ModelCommand,
)
from omnimap.gui.canvas.editing import EditingMixin
from omnimap.gui.canvas.editor import LabelEditor
from omnimap.gui.canvas.gestures import (
    ConnectGesture,
    EmotionGesture,
    Gesture,
    MoveGesture,
    StageDragGesture,
)
from omnimap.gui.canvas.headers import StageHeaderItem
from omnimap.gui.canvas.items import ArrowItem, CardItem
from omnimap.gui.canvas.keyboard import KeyboardMixin
from omnimap.gui.canvas.palette_drop import PaletteDropMixin
from omnimap.gui.canvas.scene import JourneyScene
from omnimap.gui.canvas.theme import Metrics

if TYPE_CHECKING:
    from omnimap.commands.document import Document

__all__ = ["FIT_FLOOR", "PRESENTATION_SCALE", "JourneyView"]

PRESENTATION_SCALE = 1.4
_ZOOM_STEP = 1.2
_ZOOM_MIN, _ZOOM_MAX = 0.08, 4.0
#: The smallest zoom a map opens at (fit_when_first_shown): the whole six-stage sample
#: still fits a 1366 x 768 laptop's canvas; a bigger map opens at its top-left corner.
FIT_FLOOR = 0.25
_ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1)}


class JourneyView(EditingMixin, KeyboardMixin, PaletteDropMixin, QGraphicsView):
    """A QGraphicsView with its own :class:`JourneyScene` over one journey of a document."""

    #: The selection as ("touchpoint", id) | ("transition", (src, dst)) | ("stage", id)
    #: | ("channel", id) tuples.
    selectionChangedIds = Signal(list)

    def __init__(self, document: Document, journey_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.journey_id = journey_id
        self.journey_scene = JourneyScene(document, journey_id, self)
        self.setScene(self.journey_scene)
        self.journey_scene.selectionChangedIds.connect(self.selectionChangedIds)
        self.journey_scene.layoutDone.connect(self._update_sticky)
        scene = self.journey_scene
        self.destroyed.connect(lambda *_: scene.detach())
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        # Cards keep a pixmap each (DeviceCoordinateCache, ~100 kB at 1:1): Qt's default
        # 10 MB cache would hold only a screenful and repaint the rest on every scroll.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._zoom = 1.0
        self._shown = False
        self._fit_pending = False
        self._presentation = False
        self._text_scale = 1.0
        self._gesture: Gesture | None = None
        self._pan_from: QPointF | None = None
        self._space = False
        self._editor: LabelEditor | None = None
        self._fresh: tuple[str, ModelCommand, int] | None = None
        self._snapshot: QPixmap | None = None
        self._frozen: dict[QGraphicsItem, float] = {}
        # Scrolls the map while a drag rests near the window's edge.
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self._last_point = QPoint()

    # ------------------------------------------------------------ public API
    def selected_touchpoint_ids(self) -> list[str]:
        return [key for kind, key in self.journey_scene.selection_ids() if kind == "touchpoint"]

    def selection_ids(self) -> list[tuple[str, Any]]:
        return self.journey_scene.selection_ids()

    def select(self, kind: str, ids: list[Any]) -> None:
        """Select the items of one kind and bring them into view (problems dock, search)."""
        scene = self.journey_scene
        scene.flush_layout()
        scene.clearSelection()
        bounds = QRectF()
        for key in ids:
            item = scene.item_for(kind, key)
            if item is not None:
                item.setSelected(True)
                bounds = bounds.united(item.sceneBoundingRect())
        if bounds.isNull():
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if bounds.width() > visible.width() or bounds.height() > visible.height():
            self.ensure_visible(bounds)
        else:
            self.centerOn(bounds.center())
            self.ensure_visible(bounds)  # out from under the sticky headers

    def ensure_visible(self, rect: QRectF, margin: int = 24) -> None:
        """Scroll so that a scene rectangle shows clear of the sticky headers."""
        grid = self.journey_scene.grid
        port = self.viewport().rect()
        r = self.mapFromScene(rect).boundingRect()
        left = round(grid.left * self._zoom) + margin if grid else margin
        top = round(grid.header_h * self._zoom) + margin if grid else margin

        def shift(low: int, high: int, start: int, end: int) -> int:
            if low < start:
                return low - start
            if high > end:
                return min(high - end, low - start)
            return 0

        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + shift(r.left(), r.right(), left, port.width() - margin))
        v.setValue(v.value() + shift(r.top(), r.bottom(), top, port.height() - margin))

    def select_all(self) -> None:
        scene = self.journey_scene
        scene.flush_layout()
        for item in [*scene.cards.values(), *scene.arrows.values()]:
            item.setSelected(True)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._zoom = max(_ZOOM_MIN, min(_ZOOM_MAX, factor))
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * _ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / _ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Fit the whole map in the window (never larger than twice the normal size)."""
        self.journey_scene.flush_layout()
        rect = self.journey_scene.sceneRect()
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return
        factor = min(port.width() / rect.width(), port.height() / rect.height())
        self.set_zoom(min(2.0, factor * 0.98))
        self.centerOn(rect.center())

    def fit_when_first_shown(self) -> None:
        """Once shown (a map just opened), zoom out to the whole map if it has cards and
        is bigger than the window at 100 %; never below :data:`FIT_FLOOR` (then its
        top-left shows). Once: edits, undo and tab switches keep the zoom."""
        self._fit_pending = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._fit_after_open)

    def _fit_after_open(self, final: bool = True) -> None:
        if not self._fit_pending or not self.isVisible():
            return  # hidden again meanwhile (the start screen): fits when next shown
        self._fit_pending = not final
        # Docks added just before (the window's first map) are laid out only now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.journey_scene.flush_layout()
        rect = self.journey_scene.sceneRect()
        port = self.maximumViewportSize()  # without scroll bars: they go when it fits
        if rect.isEmpty() or port.isEmpty():
            return
        factor = min(port.width() / rect.width(), port.height() / rect.height())
        # An empty journey (a new blank map) has nothing to see whole: cards are added at 100 %.
        if factor < 1.0 and self.journey_scene.cards:
            self.set_zoom(max(FIT_FLOOR, factor * 0.98))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def set_presentation(self, on: bool) -> None:
        """Larger cards and text for projectors."""
        self._presentation = bool(on)
        self._apply_metrics()

    def set_text_scale(self, scale: float) -> None:
        """The facilitator's canvas font size, as a factor of the default (Preferences)."""
        self._text_scale = max(0.5, min(float(scale), 3.0))
        self._apply_metrics()

    def _apply_metrics(self) -> None:
        factor = PRESENTATION_SCALE if self._presentation else 1.0
        self.journey_scene.set_metrics(Metrics(self._text_scale * factor))

    def presentation(self) -> bool:
        return self._presentation

    def highlight_channel(self, channel_id: str | None) -> None:
        """Dim every card but those of one channel; None shows all again."""
        self.journey_scene.highlight_channel(channel_id)

    def retranslate_ui(self) -> None:
        """Texts drawn on the map (day labels, CRM notes, group names) in the new language."""
        self.journey_scene.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----------------------------------------------------------- drag freeze
    def freeze(self, moving: set[QGraphicsItem]) -> None:
        """Paint everything but ``moving`` once into a pixmap and show that while dragging.

        On a big map every drag frame would otherwise repaint hundreds of long
        arrows; frozen, a frame paints the pixmap and the few moving items.
        The other items are made fully transparent (Qt skips them), not hidden,
        so they keep their selection.
        """
        if self._snapshot is not None:
            return
        scene = self.journey_scene
        saved = {item: item.opacity() for item in moving}
        for item in moving:
            item.setOpacity(0.0)
        snapshot = self.viewport().grab()
        for item, opacity in saved.items():
            item.setOpacity(opacity)
        self._frozen = {}
        for item in scene.items():
            if item not in moving and item.opacity() > 0.0:
                self._frozen[item] = item.opacity()
                item.setOpacity(0.0)
        self._snapshot = snapshot
        self.viewport().update()

    def unfreeze(self) -> None:
        if self._snapshot is None:
            return
        self._snapshot = None
        for item, opacity in self._frozen.items():
            item.setOpacity(opacity)
        self._frozen = {}
        self.viewport().update()

    def is_frozen(self) -> bool:
        return self._snapshot is not None

    # Qt always passes a QRectF here; the stubs admit a QRect too.
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        if self._snapshot is None:
            super().drawBackground(painter, rect)
            return
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._snapshot)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # The pixmap shows the old viewport: stop showing it once the view moves.
        if self._snapshot is not None:
            self.unfreeze()
        super().scrollContentsBy(dx, dy)
        self._update_sticky()

    def setTransform(self, matrix: QTransform, combine: bool = False) -> None:
        self.unfreeze()
        super().setTransform(matrix, combine)
        self._update_sticky()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            # A map is read from its top-left corner (the first stage, the first channel),
            # not from the middle where QGraphicsView starts.
            self._shown = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        if self._fit_pending:
            # Fitted now, before the first paint (else the map flashes at 100 % for a
            # frame), and once more a turn of the event loop later, when the window
            # has its final layout; the second fit changes nothing when it had.
            self._fit_after_open(final=False)
            QTimer.singleShot(0, self, self._fit_after_open)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_sticky()

    # --------------------------------------------------------- sticky headers
    def _update_sticky(self) -> None:
        """Keep stage headers at the top and channel headers at the left of the window.

        On a map taller or wider than the window the headers would scroll away
        with the lanes; like a spreadsheet's frozen panes they stay in sight.
        """
        scene = self.journey_scene
        grid = scene.grid
        if grid is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        top = min(max(0.0, visible.top()), max(0.0, grid.height - grid.header_h))
        left = min(max(0.0, visible.left()), max(0.0, grid.width - grid.left))
        for stage_id, item in scene.stage_items.items():
            if stage_id in grid.stages:
                item.setPos(grid.col_x(stage_id), top)
        below_headers = max(0.0, visible.top()) + grid.header_h
        for channel, header in scene.row_items.items():
            row = scene.row_of(channel)
            if row is not None:
                header.setPos(left, row.y)
                header.set_content_offset(below_headers - row.y)
        for label in scene.group_items:
            label.setPos(left, label.y())
        scene.corner.setPos(left, top)
        scene.emotion_lane.set_header_x(left)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        scene = self.journey_scene
        scene.flush_layout()
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        button = event.button()
        pos = self.mapToScene(event.position().toPoint())
        if self._editor is not None and not self._editor.sceneBoundingRect().contains(pos):
            self.finish_editing()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            card = self._handle_at(pos)
            if card is not None:
                self._gesture = ConnectGesture(self, card, pos)
                event.accept()
                return
            point = scene.emotion_lane.index_at(pos)
            if point is not None:
                self._gesture = EmotionGesture(self, point, pos)
                event.accept()
                return
        super().mousePressEvent(event)
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.ShiftModifier)
        if button != Qt.MouseButton.LeftButton or not plain:
            return
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem) and item.isSelected():
            cards = [c for c in scene.selectedItems() if isinstance(c, CardItem)]
            self._gesture = MoveGesture(self, cards, item, pos)
        elif isinstance(item, StageHeaderItem):
            self._gesture = StageDragGesture(self, item.stage_id, pos)

    def _handle_at(self, pos: QPointF) -> CardItem | None:
        r = 12.0 * self.journey_scene.metrics.scale
        for item in self.journey_scene.items(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r)):
            if isinstance(item, CardItem) and item.on_handle(item.mapFromScene(pos)):
                return item
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        if self._gesture is not None:
            self._last_point = event.position().toPoint()
            self._gesture.move(self.mapToScene(self._last_point))
            if self._edge_push(self._last_point) != (0, 0):
                self._autoscroll.start()
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton and not self._space:
            self._update_cursor(event.position().toPoint())

    def _edge_push(self, point: QPoint) -> tuple[int, int]:
        """How far to scroll when a drag reaches the window's edge (0 inside)."""
        port = self.viewport().rect()
        zone = 28

        def push(at: int, size: int) -> int:
            if at < zone:
                return -max(2, (zone - at) // 2)
            if at > size - zone:
                return max(2, (at - size + zone) // 2)
            return 0

        return push(point.x(), port.width()), push(point.y(), port.height())

    def _autoscroll_step(self) -> None:
        dx, dy = self._edge_push(self._last_point)
        if self._gesture is None or (dx, dy) == (0, 0):
            self._autoscroll.stop()
            return
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        self._gesture.move(self.mapToScene(self._last_point))

    def _update_cursor(self, point: QPoint) -> None:
        """Hint what a press would do: connect (handle), move (card), reorder (stage)."""
        pos = self.mapToScene(point)
        if self._handle_at(pos) is not None:
            shape = Qt.CursorShape.CrossCursor
        elif self.journey_scene.emotion_lane.index_at(pos) is not None:
            shape = Qt.CursorShape.SizeVerCursor
        else:
            item = self.itemAt(point)
            if isinstance(item, CardItem):
                shape = Qt.CursorShape.OpenHandCursor
            elif isinstance(item, StageHeaderItem):
                shape = Qt.CursorShape.SizeHorCursor
            else:
                shape = Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.release(self.mapToScene(event.position().toPoint()))
            if isinstance(gesture, ConnectGesture | EmotionGesture):
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem):
            self.edit_label(item.tp_id)
            event.accept()
            return
        if isinstance(item, ArrowItem):
            self.edit_arrow_label(*item.key)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._gesture is not None or self._editor is not None:
            return
        menu = self.context_menu(self.mapToScene(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
                self.set_zoom(self._zoom * _ZOOM_STEP ** steps)
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            event.accept()
            return
        super().wheelEvent(event)

    # -------------------------------------------------------------- keyboard
    def event(self, event: QEvent) -> bool:
        # While typing a label or dragging, keys belong to the canvas, not to menu shortcuts.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (self._editor is not None
                     or (self._gesture is not None and event.key() == Qt.Key.Key_Escape))):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor is not None:
            super().keyPressEvent(event)
            return
        self.journey_scene.flush_layout()
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
            if self._gesture is not None:
                self._gesture.cancel()
                self._gesture = None
            else:
                self.journey_scene.clearSelection()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_F2:
            selection = self.selection_ids()
            if selection and selection[0][0] == "touchpoint":
                self.edit_label(selection[0][1])
            elif selection and selection[0][0] == "transition":
                self.edit_arrow_label(*selection[0][1])
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif ctrl and key == Qt.Key.Key_D:
            self.duplicate_selection()
        elif ctrl and key == Qt.Key.Key_L:
            self.connect_selected()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom_fit()
        elif key in _ARROWS and mods & Qt.KeyboardModifier.AltModifier:
            dx, dy = _ARROWS[key]
            self.nudge_selection(stages=dx, places=dy)
        elif key in _ARROWS and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.select_neighbour(*_ARROWS[key])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        super().keyReleaseEvent(event)

