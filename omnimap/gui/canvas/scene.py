"""The scene of one journey: items kept in step with the model's signals.

The scene is a view of the model, never a second copy of it: it listens to the
journey's and workspace's psygnal signals, updates the items concerned and
coalesces relayouts with a zero-timer, so a burst of signals (a paste, an
undo of a multi-move, a file load) costs one layout. A label change repaints
one card; only a change of cell, order, stages or channels moves cards, and
only when the grid geometry changed are all cards repositioned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from omnimap.gui.canvas.backdrop import BackdropMixin
from omnimap.gui.canvas.emotion_lane import EmotionLaneItem
from omnimap.gui.canvas.headers import CornerItem, GroupLabelItem, RowHeaderItem, StageHeaderItem
from omnimap.gui.canvas.items import ArrowItem, CardItem, route_sides
from omnimap.gui.canvas.layout import Grid, Row, compute_grid
from omnimap.gui.canvas.theme import COLORS, Metrics
from omnimap.model.bulk import collector_paused

if TYPE_CHECKING:
    from omnimap.commands.document import Document
    from omnimap.model.journey import Journey
    from omnimap.model.values import Channel

__all__ = ["JourneyScene", "SelectionId"]

SelectionId = tuple[str, Any]
#: Above this many arrows they are drawn without antialiasing (see ArrowItem.paint).
DENSE_ARROWS = 400
Cell = tuple[str, str]



class JourneyScene(BackdropMixin, QGraphicsScene):
    """Cards, arrows and headers of one journey of a document's workspace."""

    #: The selection as ("touchpoint", id) | ("transition", (src, dst)) | ("stage", id)
    #: | ("channel", id) tuples, in the order the items were selected.
    selectionChangedIds = Signal(list)
    #: Emitted after a relayout that moved or created items.
    layoutDone = Signal()

    def __init__(self, document: Document, journey_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.workspace = document.workspace
        self.journey_id = journey_id
        self._journey = self.workspace.journey(journey_id)
        self.metrics = Metrics()
        self.cards: dict[str, CardItem] = {}
        self.arrows: dict[tuple[str, str], ArrowItem] = {}
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.row_items: dict[str, RowHeaderItem] = {}
        self.group_items: list[GroupLabelItem] = []
        self.corner = CornerItem(self, self.metrics)
        self.addItem(self.corner)
        #: The emotion curve under the grid (one item for the whole journey).
        self.emotion_lane = EmotionLaneItem(self)
        self.addItem(self.emotion_lane)
        self.grid: Grid | None = None
        self._rows: dict[str, Row] = {}
        self._channels: dict[str, Channel] = {}
        self._arrows_of: dict[str, set[tuple[str, str]]] = {}
        #: Per arrow, the sides of its source and target it uses; per (arrow, end), the
        #: offset of that end along the side (see _reroute).
        self._sides: dict[tuple[str, str], tuple[str, str]] = {}
        self._offsets: dict[tuple[tuple[str, str], int], float] = {}
        self._cells: dict[Cell, list[str]] = {}
        self._cell_of: dict[str, Cell] = {}
        self._dirty_cells: set[Cell] = set()
        self._pending = False
        self._pending_full = False
        self._batching = False
        self._moved: set[str] = set()
        self._selection_order: list[SelectionId] = []
        self._highlight: str | None = None
        #: (rect, insertion line or None) painted over the lanes while dragging.
        self.drop_indicator: tuple[QRectF, tuple[QPointF, QPointF] | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush_layout)
        self._connections: list[tuple[Any, Callable[..., Any]]] = []
        # Arrows of a big map span thousands of pixels: keeping them in a BSP tree costs more
        # on every move than a linear scan of a few thousand rectangles costs when painting.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setBackgroundBrush(COLORS["canvas"])
        self.selectionChanged.connect(self._on_selection_changed)
        self._connect_model()
        self._build()

    # ------------------------------------------------------------------ model
    @property
    def journey(self) -> Journey:
        # Held, not looked up: the same object comes back when a removal is undone.
        return self._journey

    def _connect_model(self) -> None:
        j, ws = self.journey, self.workspace
        pairs: list[tuple[Any, Callable[..., Any]]] = [
            (j.touchpoint_added, self._on_tp_added),
            (j.touchpoint_changed, self._on_tp_changed),
            (j.touchpoint_removed, self._on_tp_removed),
            (j.transition_added, self._on_tr_added),
            (j.transition_changed, self._on_tr_changed),
            (j.transition_removed, self._on_tr_removed),
            (j.meta_changed, self._on_meta_changed),
            (ws.stages_changed, self._on_stages_changed),
            (ws.channels_changed, self._on_channels_changed),
        ]
        for signal, slot in pairs:
            signal.connect(slot)
            self._connections.append((signal, slot))

    def detach(self) -> None:
        """Stop following the model (the view calls this when it goes away)."""
        for signal, slot in self._connections:
            with suppress(ValueError, RuntimeError):
                signal.disconnect(slot)
        self._connections.clear()
        with suppress(RuntimeError):  # the timer dies with the scene's C++ side
            self._timer.stop()

    def _build(self) -> None:
        self._channels = {c.id: c for c in self.workspace.channels}
        journey = self.journey
        with collector_paused():  # thousands of items at once (see omnimap.model.bulk)
            for tp in journey.touchpoints():
                self._add_card(tp.id)
            self._pending = self._pending_full = True
            self.flush_layout()
            for tr in journey.transitions():
                self._add_arrow(tr.source, tr.target, route=False)
            self._reroute(list(self.arrows))

    def _add_card(self, tp_id: str) -> CardItem:
        tp = self.journey.touchpoint(tp_id)
        if tp.channel not in self._channels:
            self._channels = {c.id: c for c in self.workspace.channels}
        card = CardItem(tp, self._channels[tp.channel], self.metrics)
        if self._highlight is not None:
            card.dimmed = tp.channel != self._highlight
            card.setOpacity(0.28 if card.dimmed else 1.0)
        self.cards[tp_id] = card
        cell = (tp.stage, tp.channel)
        self._cells.setdefault(cell, []).append(tp_id)
        self._cell_of[tp_id] = cell
        self._dirty_cells.add(cell)
        grid, row = self.grid, self._rows.get(tp.channel)
        if grid is not None and row is not None and tp.stage in grid.stages:
            # Near its final place already, so it is not indexed at the origin first.
            card.setPos(*grid.card_pos(tp.stage, row, len(self._cells[cell]) - 1))
        self.addItem(card)
        return card

    def _add_arrow(self, source: str, target: str, route: bool = True) -> None:
        arrow = ArrowItem(self.journey.transition(source, target), self.metrics)
        key = (source, target)
        self.arrows[key] = arrow
        self._arrows_of.setdefault(source, set()).add(key)
        self._arrows_of.setdefault(target, set()).add(key)
        arrow.dense = len(self.arrows) > DENSE_ARROWS
        if route:
            self._reroute([key])
        self.addItem(arrow)
        if len(self.arrows) == DENSE_ARROWS + 1:
            for other in self.arrows.values():
                other.dense = True

    def _reroute(self, keys: Iterable[tuple[str, str]]) -> None:
        """Route arrows again, fanning out the ends that share a side of a card.

        Only the sides touched by ``keys`` (where they end now, and where they
        ended before) are worked out again, so a drag costs the moving card's
        arrows and their neighbours at the same sides, not the whole map.
        """
        touched: set[tuple[str, str]] = set()
        groups: set[tuple[str, int, str]] = set()
        for key in keys:
            src, dst = self.cards.get(key[0]), self.cards.get(key[1])
            if key not in self.arrows or src is None or dst is None:
                continue
            touched.add(key)
            old = self._sides.get(key)
            sides = route_sides(src.scene_card_rect(), dst.scene_card_rect())
            self._sides[key] = sides
            for end in (0, 1):
                groups.add((key[end], end, sides[end]))
                if old is not None and old[end] != sides[end]:
                    groups.add((key[end], end, old[end]))
        sides_seen: set[tuple[str, str]] = set()
        for card_id, _, side in groups:
            if (card_id, side) in sides_seen or card_id not in self.cards:
                continue
            sides_seen.add((card_id, side))
            touched.update(self._spread(card_id, side))
        for key in touched:
            self._place(key)

    def _spread(self, card_id: str, side: str) -> list[tuple[str, str]]:
        """Give the arrow ends on one side of a card their offsets; the arrows that changed."""
        members = []
        for key in self._arrows_of.get(card_id, ()):
            end = 0 if key[0] == card_id else 1
            if self._sides.get(key, ("", ""))[end] == side:
                other = self.cards.get(key[1 - end])
                y = other.y() if other is not None else 0.0
                members.append((y, key, end))
        members.sort()
        n = len(members)
        m = self.metrics
        step = min(13 * m.scale, 0.6 * m.card_h / (n - 1)) if n > 1 else 0.0
        changed = []
        for i, (_, key, end) in enumerate(members):
            offset = (i - (n - 1) / 2) * step
            if self._offsets.get((key, end)) != offset:
                self._offsets[(key, end)] = offset
                changed.append(key)
        return changed

    def _place(self, key: tuple[str, str]) -> None:
        arrow = self.arrows.get(key)
        src, dst = self.cards.get(key[0]), self.cards.get(key[1])
        if arrow is None or src is None or dst is None:
            return
        arrow.set_ends(src.scene_card_rect(), dst.scene_card_rect(),
                       self._offsets.get((key, 0), 0.0), self._offsets.get((key, 1), 0.0))
        self._dim(arrow)

    def _dim(self, arrow: ArrowItem) -> None:
        src, dst = self.cards.get(arrow.key[0]), self.cards.get(arrow.key[1])
        dim = self._highlight is not None and src is not None and dst is not None \
            and src.dimmed and dst.dimmed
        arrow.setOpacity(0.25 if dim else 1.0)

    # ---------------------------------------------------------- signal slots
    def _on_tp_added(self, tp_id: str) -> None:
        self._add_card(tp_id)
        self.emotion_lane.mark_dirty()
        self.schedule_layout()

    def _on_tp_changed(self, tp_id: str) -> None:
        card = self.cards.get(tp_id)
        if card is None:
            return
        tp = self.journey.touchpoint(tp_id)
        old = card.tp
        card.set_content(tp=tp, channel=self._channels.get(tp.channel))
        if EmotionLaneItem.affects_curve(old, tp):
            self.emotion_lane.mark_dirty()
            self.schedule_layout()
        old_cell, new_cell = self._cell_of[tp_id], (tp.stage, tp.channel)
        if old_cell != new_cell:
            self._cells[old_cell].remove(tp_id)
            self._cells.setdefault(new_cell, []).append(tp_id)
            self._cell_of[tp_id] = new_cell
            self._dirty_cells.update((old_cell, new_cell))
            if self._highlight is not None:
                card.dimmed = tp.channel != self._highlight
                card.setOpacity(0.28 if card.dimmed else 1.0)
            self.schedule_layout()
        elif old.order != tp.order:
            self._dirty_cells.add(new_cell)
            self.schedule_layout()

    def _on_tp_removed(self, tp_id: str) -> None:
        card = self.cards.pop(tp_id, None)
        if card is None:
            return
        cell = self._cell_of.pop(tp_id)
        self._cells[cell].remove(tp_id)
        self._dirty_cells.add(cell)
        self._arrows_of.pop(tp_id, None)
        self.removeItem(card)
        self.emotion_lane.mark_dirty()
        self.schedule_layout()

    def _on_tr_added(self, source: str, target: str) -> None:
        self._add_arrow(source, target)

    def _on_tr_changed(self, source: str, target: str) -> None:
        arrow = self.arrows.get((source, target))
        if arrow is not None:
            arrow.set_transition(self.journey.transition(source, target))
            self._place((source, target))

    def _on_tr_removed(self, source: str, target: str) -> None:
        key = (source, target)
        arrow = self.arrows.pop(key, None)
        for end in key:
            self._arrows_of.get(end, set()).discard(key)
        sides = self._sides.pop(key, None)
        self._offsets.pop((key, 0), None)
        self._offsets.pop((key, 1), None)
        if arrow is not None:
            self.removeItem(arrow)
        if sides is not None:
            # The ends left behind close up.
            for side in (0, 1):
                if key[side] in self.cards:
                    for other in self._spread(key[side], sides[side]):
                        self._place(other)

    def _on_meta_changed(self) -> None:
        self.corner.update()

    def _on_stages_changed(self) -> None:
        self.schedule_layout(full=True)

    def _on_channels_changed(self, channel_id: str) -> None:
        self._channels = {c.id: c for c in self.workspace.channels}
        ids = [channel_id] if channel_id else list(self._channels)
        for cid in ids:
            channel = self._channels.get(cid)
            if channel is None:
                continue
            for tp_id in self.card_ids_in_channel(cid):
                self.cards[tp_id].set_content(channel=channel)
        self.schedule_layout(full=True)

    # ----------------------------------------------------------------- layout
    def schedule_layout(self, full: bool = False) -> None:
        self._pending = True
        self._pending_full = self._pending_full or full
        if not self._timer.isActive():
            self._timer.start()

    def card_ids_in_channel(self, channel_id: str) -> Iterator[str]:
        for (_, channel), ids in self._cells.items():
            if channel == channel_id:
                yield from ids

    def row_of(self, channel: str) -> Row | None:
        """The row of a channel, if the channel is used in this journey."""
        return self._rows.get(channel)

    def cells_snapshot(self) -> dict[Cell, list[str]]:
        """Every cell with its ordered ids (copies)."""
        return {cell: list(ids) for cell, ids in self._cells.items() if ids}

    def cell_ids(self, stage: str, channel: str) -> list[str]:
        """The ids of a cell in their order, as the model has them."""
        return list(self._cells.get((stage, channel), ()))

    def flush_layout(self) -> None:
        """Apply a pending relayout now (the zero-timer does it on the next event loop turn)."""
        self._timer.stop()
        if not self._pending:
            return
        full = self._pending_full
        self._pending = self._pending_full = False
        m = self.metrics
        stages = self.workspace.stages
        for cell in self._dirty_cells:
            ids = self._cells.get(cell)
            if ids:
                ids.sort(key=lambda i: self.cards[i].tp.order)
        counts = {cell: len(ids) for cell, ids in self._cells.items() if ids}
        used = {channel for (_, channel) in counts}
        header_h = StageHeaderItem.needed_height(stages, m)
        grid = compute_grid(
            [s.id for s in stages],
            [(c.id, c.group) for c in self._channels.values() if c.id in used],
            counts, left=m.row_header_w, col_w=m.col_w, header_h=header_h, group_h=m.group_h,
            card_w=m.card_w, card_h=m.card_h, card_gap=m.card_gap, cell_pad=m.cell_pad,
        )
        changed = full or grid != self.grid
        self.grid = grid
        self._rows = {r.channel: r for r in grid.rows}
        if changed:
            self._place_headers(stages, grid, counts)
            cells = list(self._cells)
            # Same-column arrows loop out to the right of the last column.
            lane = EmotionLaneItem.extent(m)
            self.setSceneRect(QRectF(0, 0, grid.width, grid.height + lane).adjusted(
                -24, -24, 24 + 100 * m.scale, 24))
            self.update()
        else:
            cells = list(self._dirty_cells)
        self._dirty_cells.clear()
        with self._batch():
            for cell in cells:
                row = self._rows.get(cell[1])
                if row is None or cell[0] not in grid.stages:
                    continue
                for index, tp_id in enumerate(self._cells.get(cell, ())):
                    card = self.cards[tp_id]
                    if card.metrics is not m:
                        card.set_content(metrics=m)
                    x, y = grid.card_pos(cell[0], row, index)
                    if card.pos().x() != x or card.pos().y() != y:
                        card.setPos(x, y)
                        self._moved.add(tp_id)
        self.emotion_lane.rebuild(grid, m, force=full)
        self.layoutDone.emit()

    def _place_headers(self, stages: list[Any], grid: Grid, counts: dict[Cell, int]) -> None:
        m = self.metrics
        seen = set()
        for stage in stages:
            seen.add(stage.id)
            item = self.stage_items.get(stage.id)
            if item is None:
                item = self.stage_items[stage.id] = StageHeaderItem(stage, m, grid.header_h)
                self.addItem(item)
            elif (item.stage, item.metrics, item.height) != (stage, m, grid.header_h):
                item.set_stage(stage, m, grid.header_h)
            item.setPos(grid.col_x(stage.id), 0)
        for sid in set(self.stage_items) - seen:
            self.removeItem(self.stage_items.pop(sid))
        per_channel: dict[str, int] = {}
        for (_, channel), n in counts.items():
            per_channel[channel] = per_channel.get(channel, 0) + n
        for row in grid.rows:
            value = self._channels[row.channel]
            count = per_channel.get(row.channel, 0)
            header = self.row_items.get(row.channel)
            if header is None:
                header = RowHeaderItem(value, m, row.h, count)
                self.row_items[row.channel] = header
                self.addItem(header)
            elif (header.channel, header.metrics, header.height, header.count) != (
                    value, m, row.h, count):
                header.set_channel(value, m, row.h, count)
            header.setPos(0, row.y)
        for cid in set(self.row_items) - set(self._rows):
            self.removeItem(self.row_items.pop(cid))
        for label in self.group_items:
            self.removeItem(label)
        self.group_items = [GroupLabelItem(band.group, m, band.h) for band in grid.groups]
        for label, band in zip(self.group_items, grid.groups, strict=True):
            label.setPos(0, band.y)
            self.addItem(label)
        if self.corner.metrics is not m or self.corner.height != grid.header_h:
            self.corner.set_size(m, grid.header_h)
        self.corner.setPos(0, 0)

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """Move many cards, then reroute each affected arrow once."""
        self._batching = True
        try:
            yield
        finally:
            self._batching = False
            moved, self._moved = self._moved, set()
            self._reroute({key for tp_id in moved for key in self._arrows_of.get(tp_id, ())})

    def arrows_of(self, tp_id: str) -> list[ArrowItem]:
        """The arrows into and out of a card."""
        return [self.arrows[key] for key in self._arrows_of.get(tp_id, ()) if key in self.arrows]

    def move_card(self, card: CardItem, pos: QPointF) -> None:
        """Put a card somewhere (a drag in progress) and reroute its arrows."""
        card.setPos(pos)
        self.card_moved(card.tp_id)

    def card_moved(self, tp_id: str) -> None:
        """Reroute only the arrows of a card that moved."""
        if self._batching:
            self._moved.add(tp_id)
            return
        self._reroute(list(self._arrows_of.get(tp_id, ())))

    def retranslate(self) -> None:
        """Rebuild every text after the UI language changed."""
        for card in self.cards.values():
            card.refresh_texts()
        for arrow in self.arrows.values():
            arrow.refresh_texts()
        for item in [*self.stage_items.values(), *self.row_items.values()]:
            self.removeItem(item)
        self.stage_items.clear()
        self.row_items.clear()
        self.corner.update()
        self.schedule_layout(full=True)
        self.flush_layout()

    def set_metrics(self, metrics: Metrics) -> None:
        """Switch sizes (presentation mode); relayouts everything."""
        if metrics == self.metrics:
            return
        self.metrics = metrics
        for header in [*self.stage_items.values(), *self.row_items.values()]:
            self.removeItem(header)
        self.stage_items.clear()
        self.row_items.clear()
        for arrow in self.arrows.values():
            arrow.metrics = metrics
        self._offsets.clear()
        self.schedule_layout(full=True)
        self.flush_layout()
        self._reroute(list(self.arrows))

    # -------------------------------------------------------------- geometry
    def cell_at(self, pos: QPointF) -> tuple[str | None, Row | None]:
        """(stage, row) under a scene point; either is None outside the lanes."""
        self.flush_layout()
        if self.grid is None:
            return None, None
        inside = pos.y() >= self.grid.header_h and pos.y() <= self.grid.height
        stage = self.grid.stage_at(pos.x()) if pos.y() >= 0 else None
        row = self.grid.row_at(pos.y()) if inside else None
        return stage, row

    def cell_rect(self, stage: str, row: Row) -> QRectF:
        assert self.grid is not None
        return QRectF(self.grid.col_x(stage), row.y, self.grid.col_w, row.h)

    def column_rect(self, stage: str) -> QRectF:
        assert self.grid is not None
        return QRectF(self.grid.col_x(stage), 0, self.grid.col_w, self.grid.height)

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    # -------------------------------------------------------------- selection
    def _on_selection_changed(self) -> None:
        current = [self.selection_id(item) for item in self.selectedItems()]
        present = {i for i in current if i is not None}
        order = [i for i in self._selection_order if i in present]
        order += [i for i in current if i is not None and i not in order]
        self._selection_order = order
        self.emotion_lane.update()
        self.selectionChangedIds.emit(list(order))

    @staticmethod
    def selection_id(item: QGraphicsItem) -> SelectionId | None:
        if isinstance(item, CardItem):
            return ("touchpoint", item.tp_id)
        if isinstance(item, ArrowItem):
            return ("transition", item.key)
        if isinstance(item, StageHeaderItem):
            return ("stage", item.stage_id)
        if isinstance(item, RowHeaderItem):
            return ("channel", item.channel_id)
        return None

    def selection_ids(self) -> list[SelectionId]:
        return list(self._selection_order)

    def item_for(self, kind: str, key: Any) -> QGraphicsItem | None:
        if kind == "touchpoint":
            return self.cards.get(key)
        if kind == "transition":
            return self.arrows.get(tuple(key))
        if kind == "stage":
            return self.stage_items.get(key)
        if kind == "channel":
            return self.row_items.get(key)
        return None

    @property
    def highlighted_channel(self) -> str | None:
        """The channel whose row is lit (others dimmed), or None."""
        return self._highlight

    def highlight_channel(self, channel_id: str | None) -> None:
        self._highlight = channel_id
        self.emotion_lane.set_highlight(channel_id)
        self.update()
        for card in self.cards.values():
            card.dimmed = channel_id is not None and card.tp.channel != channel_id
            card.setOpacity(0.28 if card.dimmed else 1.0)
        for arrow in self.arrows.values():
            self._dim(arrow)
