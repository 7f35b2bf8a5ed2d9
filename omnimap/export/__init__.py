"""Export of journey maps through Graphviz: graph building, engine, SVG clean-up.

Qt-free. PNG and PDF come from :mod:`omnimap.raster`, which uses this
package's SVG; ``omnimap.raster.export_to_file`` is the one call the app and
the command line share.
"""

from omnimap.export.api import (
    FORMATS,
    RenderedSvg,
    clear_caches,
    find_journey,
    output_paths,
    render_svg,
    slug,
)
from omnimap.export.dot import LAYOUTS, BuiltGraph, build_graph
from omnimap.export.engine import (
    ENGINE_CHOICES,
    Engine,
    EngineError,
    EngineNotFound,
    ExportCancelled,
    find_engine,
)
from omnimap.export.grid import GridGeometry, GridStyle, compute_grid
from omnimap.export.measure import TableMeasurer, TextMeasurer, wrap_text
from omnimap.export.svg import SvgError, clean_svg

__all__ = [
    "ENGINE_CHOICES",
    "FORMATS",
    "LAYOUTS",
    "BuiltGraph",
    "Engine",
    "EngineError",
    "EngineNotFound",
    "ExportCancelled",
    "GridGeometry",
    "GridStyle",
    "RenderedSvg",
    "SvgError",
    "TableMeasurer",
    "TextMeasurer",
    "build_graph",
    "clean_svg",
    "clear_caches",
    "compute_grid",
    "find_engine",
    "find_journey",
    "output_paths",
    "render_svg",
    "slug",
    "wrap_text",
]
