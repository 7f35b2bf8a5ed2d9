"""Qt-free export entry points: a journey to clean SVG, and file naming.

:func:`render_svg` is the whole Qt-free pipeline (graph -> engine -> cleaned
SVG). PNG and PDF are made from its SVG by :mod:`omnimap.raster`, whose
``export_to_file`` is what the app and the command line both call.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from omnimap.export.dot import BuiltGraph, build_graph, describe, layout_program
from omnimap.export.engine import Engine, EngineError, ExportCancelled, find_engine
from omnimap.export.grid import GridStyle
from omnimap.export.measure import TableMeasurer, TextMeasurer
from omnimap.export.svg import SvgStream, clean_svg
from omnimap.model import Journey, ModelError, Workspace

__all__ = [
    "FORMATS",
    "RenderedSvg",
    "clear_caches",
    "find_journey",
    "output_paths",
    "render_svg",
    "slug",
]

Format = Literal["svg", "png", "pdf", "pptx"]
#: What ``export_to_file`` writes; PPTX is drawn from native shapes, not from the SVG.
FORMATS: tuple[Format, ...] = ("svg", "png", "pdf", "pptx")


@dataclass(frozen=True)
class RenderedSvg:
    svg: bytes
    #: "dot" or "graphviz-pure".
    engine: str
    title: str
    description: str
    warnings: tuple[str, ...]


def render_svg(
    workspace: Workspace,
    journey: Journey,
    *,
    layout: str = "arranged",
    background: str = "white",
    engine: Engine | str = "auto",
    measurer: TextMeasurer | None = None,
    style: GridStyle | None = None,
    timeout: float | None = None,
    emotion: bool = True,
    details: bool = False,
    cancel: threading.Event | None = None,
) -> RenderedSvg:
    """Draw one journey and return slide-safe SVG (see :mod:`omnimap.export.svg`).

    ``emotion`` and ``details`` add the emotion lane and the pain-point band
    under the grid ("arranged" only, see :func:`omnimap.export.dot.build_graph`).
    Setting ``cancel`` kills the engine and raises
    :class:`~omnimap.export.engine.ExportCancelled`.

    >>> from omnimap.model.sample import sample_workspace
    >>> ws = sample_workspace()
    >>> out = render_svg(ws, ws.journeys[0], engine="graphviz-pure")
    >>> out.engine, out.svg.startswith(b"<?xml"), b"<title>Anna</title>" in out.svg
    ('graphviz-pure', True, True)
    """
    if background not in ("white", "transparent"):
        raise ValueError(f"unknown background {background!r}; use white or transparent")
    program = engine if isinstance(engine, Engine) else find_engine(engine)
    layout_name, neato_no_op = layout_program(layout)
    title, description = describe(workspace, journey)
    measurer = measurer or TableMeasurer()

    def build(feed: Callable[[str], object] | None = None) -> BuiltGraph:
        return build_graph(workspace, journey, measurer, layout=layout,  # type: ignore[arg-type]
                           background=background, style=style,  # type: ignore[arg-type]
                           emotion=emotion, details=details, feed=feed)

    # The engine starts first and works beside us: it parses the graph while
    # the rest is built, and its SVG is cleaned while it is still writing.
    built: BuiltGraph | None = None
    stream = SvgStream(title, description)
    notes: tuple[str, ...] = ()
    try:
        with program.start(layout_name, "svg", neato_no_op=neato_no_op, timeout=timeout,
                           cancel=cancel, sink=stream.feed) as running:
            built = build(running.feed)
            result = running.finish()
        svg = stream.result(result.output)
    except ExportCancelled:
        raise
    except EngineError as error:
        # "auto" promises a drawing: old system Graphviz (2.43) refuses some big maps
        # (attribute length limits), while the bundled engine draws them.
        if engine != "auto" or program.name == "graphviz-pure":
            raise
        program = find_engine("graphviz-pure")
        notes = (f"system dot failed ({str(error).splitlines()[0]}); used graphviz-pure",)
        if built is None:
            built = build()
        result = program.run(built.graph.source, built.program, "svg",
                             neato_no_op=built.neato_no_op, timeout=timeout, cancel=cancel)
        svg = clean_svg(result.output, title, description)
    return RenderedSvg(svg, program.name, title, description, (*notes, *result.warnings))


def find_journey(workspace: Workspace, name_or_id: str) -> Journey:
    """A journey by id, else by exact name, else by case-insensitive name.

    >>> from omnimap.model.sample import sample_workspace
    >>> find_journey(sample_workspace(), "ANNA").id
    'anna'
    """
    journeys = workspace.journeys
    for test in (lambda j: j.id == name_or_id, lambda j: j.name == name_or_id,
                 lambda j: j.name.casefold() == name_or_id.casefold()):
        found = [j for j in journeys if test(j)]
        if found:
            return found[0]
    names = ", ".join(repr(j.name or j.id) for j in journeys) or "none"
    raise ModelError(f"no journey {name_or_id!r} (journeys: {names})")


_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def slug(name: str) -> str:
    """A file-name-safe ASCII form of a journey name.

    >>> slug("Anna: żółta łódź / 2")
    'anna-zolta-lodz-2'
    >>> slug("שלום")
    ''
    """
    text = unicodedata.normalize("NFKD", name.translate(_TRANSLIT))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")


def output_paths(out_path: Path, journeys: Sequence[Journey], several: bool) -> list[Path]:
    """One path per journey: ``out_path`` itself, or suffixed with each name's slug.

    >>> from omnimap.model.sample import sample_workspace
    >>> [p.name for p in output_paths(Path("map.svg"), sample_workspace().journeys, True)]
    ['map-anna.svg']
    """
    if not several:
        return [out_path]
    paths: list[Path] = []
    seen: set[str] = set()
    for journey in journeys:
        key = slug(journey.name) or slug(journey.id) or "journey"
        if key in seen:
            key = f"{key}-{slug(journey.id) or len(seen)}"
        seen.add(key)
        paths.append(out_path.with_name(f"{out_path.stem}-{key}{out_path.suffix}"))
    return paths


def clear_caches() -> None:
    """Forget what earlier exports remembered (text widths, wrapped cards, quoted values).

    Exports keep these, bounded, because a map is usually exported again (the
    export dialog's preview, then the file). The benchmarks call this to time a
    first export, and tests to start from a known state.

    >>> from omnimap.model.sample import sample_workspace
    >>> from omnimap.export.dot import build_graph
    >>> ws = sample_workspace()
    >>> first = build_graph(ws, ws.journeys[0], TableMeasurer()).graph.source
    >>> clear_caches()
    >>> build_graph(ws, ws.journeys[0], TableMeasurer()).graph.source == first
    True
    """
    from omnimap.export import dotsyntax, grid, measure

    dotsyntax._CACHE.clear()
    grid._CARDS.clear()
    for units in measure.TableMeasurer._units:
        units.clear()
    measure._char_units.cache_clear()
