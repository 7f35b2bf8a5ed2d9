"""Make PySide6's per-module import check cheap.

PySide6 (for its optional ``from __feature__ import snake_case``) looks at every
module imported after it and asks whether its source mentions "PySide6". It
does this with ``inspect.getsource``, which goes through ``linecache`` and
module lookup: about a third of a millisecond per module. omnimap imports some
500 modules after PySide6 (networkx alone is 300), so the check cost ~100 ms of
every start. Reading the file's bytes answers the same question in a fraction
of that. Anything unusual (no ``.py`` file, a read error, a PySide6 build
without this hook) goes to PySide's own check, so behaviour does not change.
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["speed_up_feature_check"]


def speed_up_feature_check() -> bool:
    """Install the fast check; returns whether PySide6's hook was found."""
    import PySide6  # noqa: F401 - sets up shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_omnimap_fast", False):
        return original is not None

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    _mod_uses_pyside._omnimap_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
    return True
