"""File ▸ Export…: the current journey to SVG, PNG or PDF through ``export_to_file``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

__all__ = ["export_dialog"]

_FILTERS = {
    "svg": "SVG (*.svg)",
    "png": "PNG (*.png)",
    "pdf": "PDF (*.pdf)",
}


def export_dialog(window: Any) -> bool:
    """Ask for a file name and export the current journey; errors go to a dialog."""
    document, journey_id = window.document, window.current_journey_id()
    tr = QCoreApplication.translate
    if document is None or journey_id is None:
        return False
    settings = QSettings()
    fmt = str(settings.value("export/format", "svg") or "svg")
    fmt = fmt if fmt in _FILTERS else "svg"
    filters = [_FILTERS[fmt]] + [f for k, f in _FILTERS.items() if k != fmt]
    journey = document.workspace.journey(journey_id)
    folder = Path(window.settings.last_folder() or ".")
    stem = (document.path.stem if document.path else "map") + "-" + (journey.id)
    path, chosen = QFileDialog.getSaveFileName(
        window, tr("export", "Export journey"), str(folder / f"{stem}.{fmt}"), ";;".join(filters))
    if not path:
        return False
    out = Path(path)
    if not out.suffix:
        picked = next((k for k, f in _FILTERS.items() if f == chosen), fmt)
        out = out.with_suffix("." + picked)
    try:
        scale = int(str(settings.value("export/scale", 2) or 2))
    except (TypeError, ValueError):
        scale = 2
    options: dict[str, Any] = {
        "scale": scale if scale in (1, 2, 4) else 2,
        "background": "transparent"
        if settings.value("export/background", "white") == "transparent" else "white",
    }
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from omnimap.raster import export_to_file

        written = export_to_file(document.workspace, journey_id, out, **options)
    except Exception as error:  # export errors are one-line ValueErrors; nothing else may crash
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("export", "Cannot export"), str(error).splitlines()[0]
                            if str(error) else type(error).__name__)
        return False
    QGuiApplication.restoreOverrideCursor()
    window.settings.set_last_folder(out)
    window.statusBar().showMessage(tr("export", "Exported {path}").format(
        path=", ".join(str(p) for p in written)), 6000)
    return True
