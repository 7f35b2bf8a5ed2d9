"""``export_to_file``: the one export call shared by the app and the command line."""

from __future__ import annotations

from pathlib import Path

from omnimap.export.api import FORMATS, output_paths, render_svg
from omnimap.export.engine import Engine, find_engine
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
    omnimap.raster.export.ExportError: cannot export to '.gif': use .svg, .png or .pdf
    """
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot export to {path.suffix or path.name!r}: use .svg, .png or .pdf")
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
) -> list[Path]:
    """Export one journey (``journey_id``) or all of them (``None``) to files.

    Parameters
    ----------
    fmt : {"svg", "png", "pdf"}, optional
        Defaults to the extension of ``out_path``.
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

    Returns
    -------
    list of Path
        One file per journey; with several journeys each name gets the
        journey's slug (``map.svg`` -> ``map-anna.svg``).

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
    journeys: list[Journey]
    if journey_id is None:
        journeys = workspace.journeys
        if not journeys:
            raise ModelError("the map has no journey to export")
    else:
        journeys = [workspace.journey(journey_id)]
    program = engine if isinstance(engine, Engine) else find_engine(engine)
    if measurer is None and fmt in ("png", "pdf"):
        from omnimap.raster.measure import QtTextMeasurer  # Qt only for raster output

        measurer = QtTextMeasurer()
    measurer = measurer or TableMeasurer()

    paths = output_paths(out, journeys, several=journey_id is None)
    written = []
    for journey, path in zip(journeys, paths, strict=True):
        rendered = render_svg(workspace, journey, layout=layout, background=background,
                              engine=program, measurer=measurer)
        if fmt == "svg":
            path.write_bytes(rendered.svg)
        elif fmt == "png":
            from omnimap.raster.render import svg_to_png

            svg_to_png(rendered.svg, path, scale=scale, background=background)
        else:
            from omnimap.raster.render import svg_to_pdf

            svg_to_pdf(rendered.svg, path, title=rendered.title, background=background)
        written.append(path)
        if report is not None:
            report.append(f"{path}: {journey.name or journey.id}, {layout} layout, "
                          f"engine {rendered.engine}")
    return written
