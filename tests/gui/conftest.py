"""Fixtures shared by the GUI tests: documents over fresh copies of the sample.

Kept small and generic on purpose: a test that needs more builds it itself.
Without PySide6 (the Qt-free run) nothing in this folder is collected.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest

if importlib.util.find_spec("PySide6") is None:  # pragma: no cover - Qt-free venv
    collect_ignore_glob = ["test_*.py"]
else:
    from omnimap.commands import Document
    from omnimap.model.sample import sample_workspace

    @pytest.fixture
    def make_document(qapp) -> Callable[..., Document]:
        """A factory: ``make_document("pl")`` is a Document over a fresh sample workspace."""

        def make(lang: str = "en") -> Document:
            return Document(sample_workspace(lang))  # type: ignore[arg-type]

        return make

    @pytest.fixture
    def document(make_document) -> Document:
        """A Document over the English sample (journey ``"anna"``, touchpoints t1..t12)."""
        return make_document("en")

    @pytest.fixture
    def document_pl(make_document) -> Document:
        """A Document over the Polish sample."""
        return make_document("pl")

    @pytest.fixture(autouse=True)
    def _flush_deferred_deletes(qapp):
        """Delete what a test scheduled with deleteLater before the next test starts.

        Left for interpreter shutdown, those C++ objects are destroyed after
        Python has started tearing its own objects down, and PySide6 crashes there.
        """
        yield
        import gc

        from PySide6.QtCore import QCoreApplication, QEvent

        # The clipboard owns the QMimeData a copy gave it and would delete it at
        # exit, after Python is gone: shiboken then crashes the process.
        qapp.clipboard().clear()
        for widget in qapp.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
