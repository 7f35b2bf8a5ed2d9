"""Qt rendering helpers for export: PNG and PDF from the export SVG, font metrics.

Importing this package does not import Qt: :func:`export_to_file` loads Qt
only when a PNG or PDF is asked for, so the command line can export SVG
without it. :mod:`omnimap.raster.measure` and :mod:`omnimap.raster.render`
import Qt.
"""

from omnimap.raster.export import export_to_file

__all__ = ["export_to_file"]
