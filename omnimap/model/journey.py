"""A journey: one persona's touchpoints and transitions on a networkx DiGraph.

The graph is the single source of truth. Nodes are touchpoint ids carrying the
frozen :class:`Touchpoint` under the ``"tp"`` attribute; edges carry the frozen
:class:`Transition` under ``"tr"``. Everything that changes the graph goes
through a method here, which validates, keeps the invariants and emits a
psygnal signal, so that views, undo and file loading all take one path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

import networkx as nx
from psygnal import Signal

from omnimap.model.errors import ModelError, validated
from omnimap.model.values import MAX_NAME, Persona, Touchpoint, Transition

__all__ = ["Catalogue", "Journey"]


class Catalogue(Protocol):
    """What a journey needs to know about the stages and channels it refers to."""

    def has_stage(self, stage_id: str) -> bool: ...

    def has_channel(self, channel_id: str) -> bool: ...


class _OpenCatalogue:
    """Accepts every stage and channel: for a journey outside any workspace."""

    def has_stage(self, stage_id: str) -> bool:
        return True

    def has_channel(self, channel_id: str) -> bool:
        return True


class Journey:
    """One persona's journey.

    Parameters
    ----------
    id : str
        Stable identifier, unique in its workspace.
    name : str
        Shown on the journey's tab, e.g. the segment.
    persona : Persona, optional
    catalogue : Catalogue, optional
        Validates stage and channel references; the workspace passes itself.

    Examples
    --------
    >>> j = Journey("anna", "Anna")
    >>> t1 = j.add_touchpoint("awareness", "tiktok", "Sees an ad")
    >>> t2 = j.add_touchpoint("interest", "website", "Landing page")
    >>> j.connect(t1.id, t2.id).target == t2.id
    True
    >>> j.remove_touchpoint(t2.id)[1][0].source == t1.id
    True
    >>> j.graph.number_of_edges()
    0
    """

    touchpoint_added = Signal(str)
    touchpoint_changed = Signal(str)
    touchpoint_removed = Signal(str)
    transition_added = Signal(str, str)
    transition_changed = Signal(str, str)
    transition_removed = Signal(str, str)
    #: Name or persona changed.
    meta_changed = Signal()

    def __init__(
        self,
        id: str,
        name: str = "",
        persona: Persona | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._id = id
        self._name = name
        self._persona = persona or Persona(name=name)
        self._catalogue: Catalogue = catalogue or _OpenCatalogue()
        self._graph: nx.DiGraph = nx.DiGraph()
        # (stage, channel) -> touchpoint ids in cell order: an index over the
        # graph's nodes so that cell lookups do not scan the whole journey.
        self._cells: dict[tuple[str, str], list[str]] = {}
        self._next_number = 1

    # ------------------------------------------------------------------ reading
    @property
    def id(self) -> str:
        return self._id

    @property
    def name(self) -> str:
        return self._name

    @property
    def persona(self) -> Persona:
        return self._persona

    @property
    def graph(self) -> nx.DiGraph:
        """A read-only view of the graph, for analysis and export."""
        return self._graph.copy(as_view=True)

    def __len__(self) -> int:
        return self._graph.number_of_nodes()

    def __contains__(self, touchpoint_id: object) -> bool:
        return touchpoint_id in self._graph

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        try:
            return self._graph.nodes[touchpoint_id]["tp"]
        except KeyError:
            raise ModelError(f"no touchpoint {touchpoint_id!r}") from None

    def touchpoints(self) -> list[Touchpoint]:
        """All touchpoints, in insertion order."""
        return [data["tp"] for _, data in self._graph.nodes(data=True)]

    def transition(self, source: str, target: str) -> Transition:
        try:
            return self._graph.edges[source, target]["tr"]
        except KeyError:
            raise ModelError(f"no transition {source!r} → {target!r}") from None

    def has_transition(self, source: str, target: str) -> bool:
        return self._graph.has_edge(source, target)

    def transitions(self) -> list[Transition]:
        return [data["tr"] for _, _, data in self._graph.edges(data=True)]

    def transitions_of(self, touchpoint_id: str) -> list[Transition]:
        """Every transition into or out of a touchpoint."""
        g = self._graph
        if touchpoint_id not in g:
            return []
        out = [d["tr"] for _, _, d in g.out_edges(touchpoint_id, data=True)]
        return out + [d["tr"] for _, _, d in g.in_edges(touchpoint_id, data=True)]

    def cell(self, stage: str, channel: str) -> list[Touchpoint]:
        """The touchpoints of one (stage, channel) cell, in their order."""
        nodes = self._graph.nodes
        return [nodes[tid]["tp"] for tid in self._cells.get((stage, channel), ())]

    def uses_stage(self, stage_id: str) -> list[str]:
        """Ids of the touchpoints in ``stage_id``, in insertion order."""
        return self._ids_in_cells(lambda key: key[0] == stage_id)

    def uses_channel(self, channel_id: str) -> list[str]:
        """Ids of the touchpoints on ``channel_id``, in insertion order."""
        return self._ids_in_cells(lambda key: key[1] == channel_id)

    def _ids_in_cells(self, wanted_cell: Callable[[tuple[str, str]], bool]) -> list[str]:
        # Views ask this for every channel of the catalogue, most of them unused:
        # the cell index answers those without walking all touchpoints.
        wanted = {tid for key, ids in self._cells.items() if wanted_cell(key) for tid in ids}
        if not wanted:
            return []
        return [tid for tid in self._graph if tid in wanted]

    def new_touchpoint_id(self) -> str:
        """A fresh id ``t<n>`` not used in this journey."""
        while f"t{self._next_number}" in self._graph:
            self._next_number += 1
        return f"t{self._next_number}"

    # ------------------------------------------------------------------ journey
    def set_name(self, name: str) -> None:
        name = str(name)
        if len(name) > MAX_NAME:
            raise ModelError(f"journey name: at most {MAX_NAME} characters")
        if name != self._name:
            self._name = name
            self.meta_changed.emit()

    def set_persona(self, **changes: Any) -> Persona:
        """Change persona fields (name, description, goals, preferred_channels)."""
        persona = validated(Persona, self._persona, **changes)
        if persona != self._persona:
            self._persona = persona
            self.meta_changed.emit()
        return persona

    # -------------------------------------------------------------- touchpoints
    def _check_refs(self, stage: str, channel: str) -> None:
        if not self._catalogue.has_stage(stage):
            raise ModelError(f"unknown stage {stage!r}")
        if not self._catalogue.has_channel(channel):
            raise ModelError(f"unknown channel {channel!r}")

    def add_touchpoint(
        self,
        stage: str,
        channel: str,
        label: str = "",
        *,
        id: str | None = None,
        index: int | None = None,
        **fields: Any,
    ) -> Touchpoint:
        """Add a touchpoint to the (stage, channel) cell.

        ``index`` places it within the cell (default: last). Undo passes the
        removed touchpoint's id and ``order`` back to restore it exactly.
        """
        if id is None:
            id = self.new_touchpoint_id()
        elif id in self._graph:
            raise ModelError(f"duplicate touchpoint id {id!r}")
        order = fields.pop("order", None)
        if index is None and order is not None:
            index = int(order)
        cell = self.cell(stage, channel)
        index = len(cell) if index is None else max(0, min(index, len(cell)))
        tp = validated(
            Touchpoint, id=id, stage=stage, channel=channel, label=label, order=index, **fields
        )
        self._check_refs(tp.stage, tp.channel)
        self._graph.add_node(tp.id, tp=tp)
        self._renumber((tp.stage, tp.channel), [*cell[:index], tp, *cell[index:]], skip=tp.id)
        self.touchpoint_added.emit(tp.id)
        return tp

    def update_touchpoint(self, touchpoint_id: str, **changes: Any) -> Touchpoint:
        """Change fields of a touchpoint other than its place (see :meth:`move_touchpoint`)."""
        for field in ("id", "stage", "channel", "order"):
            if field in changes:
                raise ModelError(f"{field} cannot be changed here; move the touchpoint instead")
        old = self.touchpoint(touchpoint_id)
        new = validated(Touchpoint, old, **changes)
        if new != old:
            self._graph.nodes[touchpoint_id]["tp"] = new
            self.touchpoint_changed.emit(touchpoint_id)
        return new

    def move_touchpoint(
        self,
        touchpoint_id: str,
        stage: str | None = None,
        channel: str | None = None,
        index: int | None = None,
    ) -> Touchpoint:
        """Move a touchpoint to another stage, channel and/or place in its cell."""
        old = self.touchpoint(touchpoint_id)
        stage = old.stage if stage is None else stage
        channel = old.channel if channel is None else channel
        self._check_refs(stage, channel)
        same_cell = (stage, channel) == (old.stage, old.channel)
        source = [t for t in self.cell(old.stage, old.channel) if t.id != touchpoint_id]
        target = source if same_cell else self.cell(stage, channel)
        index = len(target) if index is None else max(0, min(index, len(target)))
        moved = validated(Touchpoint, old, stage=stage, channel=channel, order=index)
        self._graph.nodes[touchpoint_id]["tp"] = moved
        if not same_cell:
            self._renumber((old.stage, old.channel), source)
        self._renumber((stage, channel), [*target[:index], moved, *target[index:]],
                       skip=touchpoint_id)
        if moved != old:
            self.touchpoint_changed.emit(touchpoint_id)
        return moved

    def remove_touchpoint(self, touchpoint_id: str) -> tuple[Touchpoint, list[Transition]]:
        """Remove a touchpoint and its transitions; returns both, for undo."""
        tp = self.touchpoint(touchpoint_id)
        transitions = self.transitions_of(touchpoint_id)
        for tr in transitions:
            self.disconnect(tr.source, tr.target)
        key = (tp.stage, tp.channel)
        self._cells[key].remove(touchpoint_id)
        self._graph.remove_node(touchpoint_id)
        self._renumber(key, self.cell(*key))
        self.touchpoint_removed.emit(touchpoint_id)
        return tp, transitions

    def _renumber(self, key: tuple[str, str], ordered: list[Touchpoint],
                  skip: str | None = None) -> None:
        """Give a cell's touchpoints orders 0..n-1, signalling those that changed."""
        if ordered:
            self._cells[key] = [tp.id for tp in ordered]
        else:
            self._cells.pop(key, None)
        for position, tp in enumerate(ordered):
            current = self._graph.nodes[tp.id]["tp"]
            if current.order != position:
                self._graph.nodes[tp.id]["tp"] = current.model_copy(update={"order": position})
                if tp.id != skip:
                    self.touchpoint_changed.emit(tp.id)

    # -------------------------------------------------------------- transitions
    def connect(
        self, source: str, target: str, label: str = "", volume: int | None = None
    ) -> Transition:
        """Add a transition from ``source`` to ``target``."""
        if source not in self._graph:
            raise ModelError(f"no touchpoint {source!r}")
        if target not in self._graph:
            raise ModelError(f"no touchpoint {target!r}")
        if source == target:
            raise ModelError("a touchpoint cannot lead to itself")
        if self._graph.has_edge(source, target):
            raise ModelError("these touchpoints are already connected")
        tr = validated(Transition, source=source, target=target, label=label, volume=volume)
        self._graph.add_edge(source, target, tr=tr)
        self.transition_added.emit(source, target)
        return tr

    def update_transition(self, source: str, target: str, **changes: Any) -> Transition:
        """Change a transition's label or volume."""
        for field in ("source", "target"):
            if field in changes:
                raise ModelError("an arrow's ends cannot be changed; reconnect instead")
        old = self.transition(source, target)
        new = validated(Transition, old, **changes)
        if new != old:
            self._graph.edges[source, target]["tr"] = new
            self.transition_changed.emit(source, target)
        return new

    def disconnect(self, source: str, target: str) -> Transition:
        tr = self.transition(source, target)
        self._graph.remove_edge(source, target)
        self.transition_removed.emit(source, target)
        return tr

    # ------------------------------------------------------------------- bulk
    def iter_cells(self) -> Iterator[tuple[tuple[str, str], list[Touchpoint]]]:
        """Each non-empty cell with its ordered touchpoints."""
        for key in list(self._cells):
            yield key, self.cell(*key)

    def _load(self, touchpoints: Iterable[Touchpoint], transitions: Iterable[Transition]) -> None:
        """Fill an empty journey from already-validated values (file loading).

        Keeps the stored orders as they are so that a load followed by a save
        gives back the same bytes. No signals: nobody is listening yet.
        """
        if self._graph.number_of_nodes():
            raise ModelError("journey is not empty")
        for tp in touchpoints:
            if tp.id in self._graph:
                raise ModelError(f"duplicate touchpoint id {tp.id!r}")
            self._check_refs(tp.stage, tp.channel)
            self._graph.add_node(tp.id, tp=tp)
        for tr in transitions:
            for end in (tr.source, tr.target):
                if end not in self._graph:
                    raise ModelError(f"transition refers to unknown touchpoint {end!r}")
            if tr.source == tr.target:
                raise ModelError("a touchpoint cannot lead to itself")
            if self._graph.has_edge(tr.source, tr.target):
                raise ModelError(f"duplicate transition {tr.source!r} → {tr.target!r}")
            self._graph.add_edge(tr.source, tr.target, tr=tr)
        by_cell: dict[tuple[str, str], list[Touchpoint]] = {}
        for _, data in self._graph.nodes(data=True):
            tp = data["tp"]
            by_cell.setdefault((tp.stage, tp.channel), []).append(tp)
        # Stored orders are kept as they are (exact round trip), even when not dense.
        self._cells = {key: [t.id for t in sorted(tps, key=lambda t: t.order)]
                       for key, tps in by_cell.items()}
