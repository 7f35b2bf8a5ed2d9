"""``export_to_file``: the one export call shared by the app and the command line."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from omnimap.export.api import FORMATS, output_paths, render_svg
from omnimap.export.engine import Engine, ExportCancelled, find_engine
from omnimap.export.measure import TableMeasurer, TextMeasurer
from omnimap.model import Journey, ModelError, Workspace

__all__ = ["ExportError", "export_to_file", "format_of"]


class ExportError(ValueError):
    """Bad export options; ``str(error)`` is one line."""


def format_of(path: Path) -> str:
    """The export format named by a file's extension.

    >>> format_of(Path("map.SVG"))
    'svg'
    >>> format_of(Path("map.gif"))
    Traceback (most recent call last):
    ...
    omnimap.raster.export.ExportError: cannot export to '.gif': use .svg, .png, .pdf or .pptx
    """
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot export to {path.suffix or path.name!r}: "
                          "use .svg, .png, .pdf or .pptx")
    return fmt


def export_to_file(
    workspace: Workspace,
    journey_id: str | None,
    out_path: str | Path,
    *,
    fmt: str | None = None,
    layout: str = "arranged",
    scale: int = 1,
    background: str = "white",
    engine: Engine | str = "auto",
    measurer: TextMeasurer | None = None,
    report: list[str] | None = None,
    emotion: bool = True,
    details: bool = False,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Export one journey (``journey_id``) or all of them (``None``) to files.

    Parameters
    ----------
    fmt : {"svg", "png", "pdf", "pptx"}, optional
        Defaults to the extension of ``out_path``. PPTX is built from native,
        editable shapes (:mod:`omnimap.export.pptx`) in the arranged layout,
        and never runs an engine; ``layout``, ``scale``, ``background`` and
        ``engine`` do not apply to it.
    layout : {"arranged", "flow"}
    scale : {1, 2, 4}
        PNG only: 96 dpi times ``scale``.
    background : {"white", "transparent"}
    engine : Engine or {"auto", "dot", "graphviz-pure"}
    measurer : TextMeasurer, optional
        Sizes the cards. By default SVG uses the built-in Arial width table
        (no Qt, so the command line and the app write the same bytes), and PNG
        and PDF use Qt's metrics of the font Qt then draws with.
    report : list, optional
        Receives one line per file: the engine used and what was written.
    emotion : bool
        Draw the emotion curve in a lane under the grid (arranged layout).
    details : bool
        Add a band listing each stage's pain points and opportunities
        (arranged layout; refused with ``flow``).
    cancel : threading.Event, optional
        Set it (from another thread) to stop: the engine process is killed,
        :class:`~omnimap.export.engine.ExportCancelled` is raised, and no file
        of the export in progress is left behind half-written.
    progress : callable, optional
        Called as ``progress(done, total)`` before each journey and at the end.

    Returns
    -------
    list of Path
        One file per journey; with several journeys each name gets the
        journey's slug (``map.svg`` -> ``map-anna.svg``). PPTX writes one deck
        with one slide per journey instead.

    Raises ExportError (bad options), ModelError (unknown journey) and
    omnimap.export.EngineError (engine missing or failing), all one line.
    Same options, same bytes.
    """
    out = Path(out_path)
    fmt = fmt.lower() if fmt else format_of(out)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use svg, png or pdf")
    if scale not in (1, 2, 4):
        raise ExportError(f"scale must be 1, 2 or 4, not {scale!r}")
    if layout not in ("arranged", "flow"):
        raise ExportError(f"unknown layout {layout!r}: use arranged or flow")
    if background not in ("white", "transparent"):
        raise ExportError(f"unknown background {background!r}: use white or transparent")
    if details and layout == "flow" and fmt != "pptx":
        raise ExportError("the pain-point band needs the arranged layout")
    journeys: list[Journey]
    if journey_id is None:
        journeys = workspace.journeys
        if not journeys:
            raise ModelError("the map has no journey to export")
    else:
        journeys = [workspace.journey(journey_id)]
    if fmt == "pptx":
        return _export_pptx(workspace, journeys, out, emotion=emotion, details=details,
                            measurer=measurer, report=report, cancel=cancel, progress=progress)
    program = engine if isinstance(engine, Engine) else find_engine(engine)
    if measurer is None and fmt in ("png", "pdf"):
        from omnimap.raster.measure import QtTextMeasurer  # Qt only for raster output

        measurer = QtTextMeasurer()
    measurer = measurer or TableMeasurer()

    paths = output_paths(out, journeys, several=journey_id is None)
    written = []
    for index, (journey, path) in enumerate(zip(journeys, paths, strict=True)):
        if progress is not None:
            progress(index, len(journeys))
        rendered = render_svg(workspace, journey, layout=layout, background=background,
                              engine=program, measurer=measurer, emotion=emotion,
                              details=details, cancel=cancel)
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        # Written beside the target and renamed, so that a cancel or a crash
        # never leaves a half-written file under the user's name.
        partial = path.with_name(f".{path.name}.part")
        try:
            if fmt == "svg":
                partial.write_bytes(rendered.svg)
            elif fmt == "png":
                from omnimap.raster.render import svg_to_png

                svg_to_png(rendered.svg, partial, scale=scale, background=background)
            else:
                from omnimap.raster.render import svg_to_pdf

                svg_to_pdf(rendered.svg, partial, title=rendered.title, background=background)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        written.append(path)
        if report is not None:
            report.append(f"{path}: {journey.name or journey.id}, {layout} layout, "
                          f"engine {rendered.engine}")
    if progress is not None:
        progress(len(journeys), len(journeys))
    return written


def _export_pptx(workspace: Workspace, journeys: list[Journey], out: Path, *, emotion: bool,
                 details: bool, measurer: TextMeasurer | None, report: list[str] | None,
                 cancel: threading.Event | None,
                 progress: Callable[[int, int], None] | None) -> list[Path]:
    from omnimap.export.pptx import write_pptx

    if progress is not None:
        progress(0, 1)
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()
    partial = out.with_name(f".{out.name}.part")
    try:
        # Slides are set in Arial: the Arial width table measures them, whatever Qt has.
        write_pptx(workspace, journeys, partial, emotion=emotion, details=details,
                   measurer=measurer or TableMeasurer())
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress(1, 1)
    if report is not None:
        names = ", ".join(j.name or j.id for j in journeys)
        slides = "1 slide" if len(journeys) == 1 else f"{len(journeys)} slides"
        report.append(f"{out}: {slides} ({names}), native shapes")
    return [out]
