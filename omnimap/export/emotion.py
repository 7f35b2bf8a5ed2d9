"""The emotion curve and the pain-point band of an "arranged" export.

Qt-free geometry shared by the Graphviz export (:mod:`omnimap.export.dot`)
and the slide export (:mod:`omnimap.export.pptx`). Both lanes sit under the
grid of :func:`omnimap.export.grid.compute_grid`, in its coordinates (points,
y down, origin at the grid's top-left corner).

The curve has one point per card, in stage order and, within a stage, in
time order (:meth:`~omnimap.model.Touchpoint.sort_key`). A stage's points are
spread evenly across its column, so that several touchpoints of one stage
read left to right as the customer met them; the height is the emotion, +2 at
the top and -2 at the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

from omnimap.export.grid import GridGeometry, GridStyle, line_height
from omnimap.export.measure import TextMeasurer, wrap_text
from omnimap.model import Journey, Touchpoint, Workspace

__all__ = [
    "DetailsBand",
    "DetailsCell",
    "EmotionLane",
    "EmotionPoint",
    "details_band",
    "emotion_lane",
    "emotion_words",
    "lanes_below",
    "stage_details",
]

#: Height of the emotion lane, in points; the curve keeps ``LANE_PAD`` off its edges.
LANE_HEIGHT = 96.0
LANE_PAD = 14.0

_WORDS = {
    "en": {"emotion": "Emotion", "scale": "+2 delighted … −2 frustrated",
           "details": "Pain points and opportunities", "pain": "Pain points",
           "opportunities": "Opportunities"},
    "pl": {"emotion": "Emocje", "scale": "+2 zachwyt … −2 frustracja",
           "details": "Problemy i szanse", "pain": "Problemy", "opportunities": "Szanse"},
}


def emotion_words(language: str) -> dict[str, str]:
    """The lanes' fixed words in the workspace language (English fallback).

    >>> emotion_words("pl")["emotion"]
    'Emocje'
    """
    return _WORDS.get(language, _WORDS["en"])


@dataclass(frozen=True)
class EmotionPoint:
    touchpoint_id: str
    x: float
    y: float
    emotion: int


@dataclass(frozen=True)
class EmotionLane:
    """The lane's band (``top``, ``height``) and the curve's points, in order."""

    top: float
    height: float
    points: tuple[EmotionPoint, ...]

    def level_y(self, emotion: float) -> float:
        """The y of an emotion level (+2 top, -2 bottom)."""
        middle = self.top + self.height / 2
        return middle - emotion / 2 * (self.height / 2 - LANE_PAD)


def _in_order(workspace: Workspace, journey: Journey) -> list[Touchpoint]:
    rank = {s.id: index for index, s in enumerate(workspace.stages)}
    tps = [tp for tp in journey.touchpoints() if tp.stage in rank]
    return sorted(tps, key=lambda t: (rank[t.stage], t.sort_key(), t.order, t.id))


def emotion_lane(workspace: Workspace, journey: Journey, grid: GridGeometry,
                 top: float, height: float = LANE_HEIGHT) -> EmotionLane:
    """The curve's points under ``grid``, its band starting at ``top``.

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.grid import compute_grid
    >>> from omnimap.export.measure import TableMeasurer
    >>> ws = sample_workspace()
    >>> grid = compute_grid(ws, ws.journeys[0], TableMeasurer())
    >>> lane = emotion_lane(ws, ws.journeys[0], grid, grid.height + 10)
    >>> [p.touchpoint_id for p in lane.points][:3]
    ['t1', 't2', 't3']
    >>> all(lane.level_y(2) <= p.y <= lane.level_y(-2) for p in lane.points)
    True
    """
    columns = {c.stage_id: c for c in grid.columns}
    ordered = [tp for tp in _in_order(workspace, journey) if tp.id in grid.cards]
    per_stage: dict[str, list[Touchpoint]] = {}
    for tp in ordered:
        per_stage.setdefault(tp.stage, []).append(tp)
    lane = EmotionLane(top, height, ())
    points = []
    # Each card's place among its stage's cards, counted as they come (a
    # list.index per card would compare models, quadratic in a stage's size).
    seen: dict[str, int] = {}
    # Five levels for a thousand cards: each level's y worked out once.
    level_y: dict[int, float] = {}
    for tp in ordered:
        column = columns[tp.stage]
        place = seen[tp.stage] = seen.get(tp.stage, 0) + 1
        share = place / (len(per_stage[tp.stage]) + 1)
        y = level_y.get(tp.emotion)
        if y is None:
            y = level_y[tp.emotion] = lane.level_y(tp.emotion)
        points.append(EmotionPoint(tp.id, column.x + column.width * share, y, tp.emotion))
    return EmotionLane(top, height, tuple(points))


def stage_details(workspace: Workspace,
                  journey: Journey) -> dict[str, tuple[list[str], list[str]]]:
    """Each stage's pain points and opportunities, in time order, without repeats.

    >>> from omnimap.model.sample import sample_workspace
    >>> ws = sample_workspace()
    >>> pains, ideas = stage_details(ws, ws.journeys[0])["consideration"]
    >>> len(pains) >= 1 and ideas == ["Connect the chat to the CRM"]
    True
    """
    result: dict[str, tuple[list[str], list[str]]] = {s.id: ([], []) for s in workspace.stages}
    for tp in _in_order(workspace, journey):
        pains, ideas = result[tp.stage]
        for source, target in ((tp.pain_points, pains), (tp.opportunities, ideas)):
            for text in source:
                text = " ".join(text.split())
                if text and text not in target:
                    target.append(text)
    return result


@dataclass(frozen=True)
class DetailsCell:
    """One stage's text in the band: ``lines`` are (text, kind) with kind
    "pain-heading", "pain", "idea-heading" or "idea"."""

    stage_id: str
    lines: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DetailsBand:
    top: float
    height: float
    cells: tuple[DetailsCell, ...]
    font: float


def details_band(workspace: Workspace, journey: Journey, grid: GridGeometry,
                 measurer: TextMeasurer, top: float,
                 style: GridStyle | None = None) -> DetailsBand:
    """The band's wrapped text per stage column, and the height it needs.

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.grid import compute_grid
    >>> from omnimap.export.measure import TableMeasurer
    >>> ws = sample_workspace()
    >>> grid = compute_grid(ws, ws.journeys[0], TableMeasurer())
    >>> band = details_band(ws, ws.journeys[0], grid, TableMeasurer(), 0)
    >>> cell = next(c for c in band.cells if c.stage_id == "consideration")
    >>> ("Opportunities", "idea-heading") in cell.lines
    True
    """
    st = style or GridStyle()
    font = st.meta_font + 0.5
    w = emotion_words(workspace.language)
    details = stage_details(workspace, journey)
    cells = []
    tallest = 0
    for column in grid.columns:
        pains, ideas = details[column.stage_id]
        width = column.width - 2 * st.cell_pad - 8
        lines: list[tuple[str, str]] = []
        for heading, items, kind in ((w["pain"], pains, "pain"),
                                     (w["opportunities"], ideas, "idea")):
            if not items:
                continue
            lines.append((heading, f"{kind}-heading"))
            for item in items:
                wrapped = wrap_text(f"• {item}", width, measurer, font, max_lines=6)
                lines.extend((line, kind) for line in wrapped)
        cells.append(DetailsCell(column.stage_id, tuple(lines)))
        tallest = max(tallest, len(lines))
    height = max(40.0, tallest * line_height(measurer, font) + 2 * st.cell_pad)
    return DetailsBand(top, height, tuple(cells), font)


def lanes_below(workspace: Workspace, journey: Journey, grid: GridGeometry,
                measurer: TextMeasurer, style: GridStyle | None, *, emotion: bool,
                details: bool) -> tuple[EmotionLane | None, DetailsBand | None, float]:
    """The optional lanes stacked under the grid, and where the last one ends.

    Shared by the Graphviz and PowerPoint exports so both stack them alike.
    """
    below = grid.height
    lane = band = None
    if emotion and grid.cards:
        lane = emotion_lane(workspace, journey, grid, below + 8)
        below = lane.top + lane.height
    if details:
        band = details_band(workspace, journey, grid, measurer, below + 8, style)
        below = band.top + band.height
    return lane, band, below
