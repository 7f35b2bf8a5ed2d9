"""Where the export dialog writes: the default file, and what a typed path means.

Kept apart from :mod:`omnimap.gui.dialogs.export` to keep that file small.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "default_export_path", "fitted_path"]

FORMATS = ("svg", "png", "pdf", "pptx")


def fitted_path(text: str, fmt: str, stem: str = "map") -> Path:
    """The file a typed path means for format ``fmt``.

    A known format's extension is swapped for ``fmt``'s, any other dot stays in
    the name, and a folder gets a file named ``stem`` inside it.

    >>> [fitted_path(t, "svg").as_posix() for t in ("a/map.png", "a/raport.v2", "a/plan")]
    ['a/map.svg', 'a/raport.v2.svg', 'a/plan.svg']
    >>> fitted_path("/", "pdf", "shop-anna").as_posix()
    '/shop-anna.pdf'
    """
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir():
        return path / f"{stem}.{fmt}"
    if path.suffix.lower().lstrip(".") in FORMATS:
        return path.with_suffix("." + fmt)
    return path.with_name(f"{path.name}.{fmt}")


def default_export_path(window: Any, journey_id: str, fmt: str) -> Path:
    """Beside the saved map (else in the last folder, else Documents), named after both."""
    from omnimap.export import slug
    from omnimap.gui.dialogs.files import documents_folder

    document = window.document
    journey = document.workspace.journey(journey_id)
    if document.path is not None:
        folder = Path(document.path).parent
    else:
        folder = Path(window.settings.last_folder() or documents_folder())
    stem = document.path.stem if document.path else "map"
    name = slug(journey.name) or slug(journey.id) or "journey"
    return folder / f"{stem}-{name}.{fmt}"
