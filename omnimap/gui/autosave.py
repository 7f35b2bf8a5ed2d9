"""Crash recovery: unsaved documents are copied aside every minute, never over the user's file.

Every ``autosave/interval_s`` seconds (60 by default, 0 turns it off) the
:class:`AutosaveManager` writes each registered document that has unsaved
edits to the recovery folder, ``<AppDataLocation>/recovery/``:

``<key>.omnimap``
    The workspace, in the ordinary file format, written atomically (temporary
    file in the same folder, flushed and synced, then :func:`os.replace`).
``<key>.json``
    A small sidecar: the original path (or null), the title, the time of the
    copy (UTC, ISO 8601), and the writing process's id, so that a second
    running instance does not offer to "recover" the first one's live work.

A document that becomes clean (saved by the user) or is closed cleanly loses
its recovery copy. On the next start, :func:`find_recovered` lists what a
crash left behind; :func:`restore_document` turns one entry into a dirty
:class:`~omnimap.commands.Document` bound to its original path, and
:func:`discard` deletes one.

Integration (main window)::

    autosave = AutosaveManager(self)          # reads "autosave/interval_s"
    autosave.register(document)               # each opened or new document
    autosave.unregister(document)             # on close, after the user chose
    recovered = find_recovered()              # once, at start-up
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal
from shiboken6 import Shiboken

from omnimap.commands.document import Document

__all__ = [
    "DEFAULT_INTERVAL_S",
    "INTERVAL_KEY",
    "AutosaveManager",
    "Recovered",
    "discard",
    "find_recovered",
    "recovery_dir",
    "restore_document",
]

#: QSettings key of the autosave interval in seconds; 0 turns autosave off.
INTERVAL_KEY = "autosave/interval_s"
DEFAULT_INTERVAL_S = 60

_DATA_SUFFIX = ".omnimap"
_SIDECAR_SUFFIX = ".json"
_SIDECAR_FORMAT = 1


def recovery_dir() -> Path:
    """``<AppDataLocation>/recovery``; not created here."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_atomic(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        _fsync_dir(target.parent)


def _process_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would send CTRL_C_EVENT there; treat others' copies as orphans.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Recovered:
    """One document a crash left in the recovery folder."""

    title: str
    original_path: Path | None
    saved_at: datetime
    recovery_path: Path
    sidecar_path: Path

    @property
    def key(self) -> str:
        return self.recovery_path.stem

    def data(self) -> bytes:
        return self.recovery_path.read_bytes()


def _read_sidecar(sidecar: Path) -> tuple[Recovered, int] | None:
    data_file = sidecar.with_suffix(_DATA_SUFFIX)
    try:
        info = json.loads(sidecar.read_text(encoding="utf-8"))
        original = info.get("original_path")
        saved_at = datetime.fromisoformat(str(info["saved_at"]))
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)
        record = Recovered(
            title=str(info.get("title") or ""),
            original_path=Path(original) if original else None,
            saved_at=saved_at,
            recovery_path=data_file,
            sidecar_path=sidecar,
        )
        pid = int(info.get("pid", 0))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not data_file.is_file():
        return None
    return record, pid


def find_recovered(directory: str | os.PathLike[str] | None = None) -> list[Recovered]:
    """What earlier sessions left behind, newest first.

    Copies whose writing process is still running (another instance) are
    skipped; unreadable sidecars and leftover temporary files are ignored.
    """
    folder = Path(directory) if directory is not None else recovery_dir()
    if not folder.is_dir():
        return []
    found: list[Recovered] = []
    for sidecar in folder.glob(f"*{_SIDECAR_SUFFIX}"):
        if sidecar.name.startswith("."):
            continue
        entry = _read_sidecar(sidecar)
        if entry is None:
            continue
        record, pid = entry
        if _process_alive(pid):
            continue
        found.append(record)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def discard(recovered: Recovered) -> None:
    """Delete a recovery copy and its sidecar (missing files are fine)."""
    for path in (recovered.recovery_path, recovered.sidecar_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def restore_document(recovered: Recovered, parent: QObject | None = None) -> Document:
    """A dirty document holding the recovered workspace, bound to the original path.

    The recovery files stay until the caller hands the document to
    :meth:`AutosaveManager.register` (with ``adopt=recovered``) or calls
    :func:`discard`, so a second crash right after restoring loses nothing.

    Raises
    ------
    omnimap.io.FileError
        When the copy cannot be read.
    """
    from omnimap.io import FileError, loads_workspace  # keep pydantic off start-up
    from omnimap.io.errors import os_reason

    try:
        data = recovered.data()
    except OSError as error:
        code, reason = os_reason(error)
        raise FileError(str(recovered.recovery_path), reason, code=code) from error
    workspace = loads_workspace(data, str(recovered.recovery_path))
    document = Document(workspace, recovered.original_path, parent)
    # Not what is on disk, so it must ask before closing.
    document.undo_stack.resetClean()
    return document


class _Entry:
    __slots__ = ("__weakref__", "key", "pending", "written")

    def __init__(self, key: str) -> None:
        self.key = key
        self.pending = True
        self.written = False

    def mark(self, *_args: object) -> None:
        self.pending = True


class AutosaveManager(QObject):
    """Copies dirty documents to the recovery folder on a timer.

    Parameters
    ----------
    parent : QObject, optional
    interval_s : float, optional
        Seconds between copies; by default the ``autosave/interval_s`` setting
        (60 when unset). 0 or less disables the timer (``save_now`` still works).
    directory : path, optional
        The recovery folder; :func:`recovery_dir` by default.
    settings : QSettings, optional
        Where to read the interval from; ``QSettings()`` by default.
    """

    #: A copy could not be written: the one-line reason (for the status bar).
    failed = Signal(str)
    #: A copy was written: the document's recovery file.
    saved = Signal(str)

    def __init__(self, parent: QObject | None = None, *, interval_s: float | None = None,
                 directory: str | os.PathLike[str] | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._dir = Path(directory) if directory is not None else recovery_dir()
        self._docs: dict[Document, _Entry] = {}
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.save_now)
        if interval_s is None:
            interval_s = self.interval_from_settings(settings)
        self.set_interval(interval_s)

    # ---------------------------------------------------------------- settings
    @staticmethod
    def interval_from_settings(settings: QSettings | None = None) -> float:
        settings = settings if settings is not None else QSettings()
        value = settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_S)
        try:
            return max(0.0, float(value))  # type: ignore[arg-type]  # text or a number
        except (TypeError, ValueError):
            return float(DEFAULT_INTERVAL_S)

    def set_interval(self, seconds: float) -> None:
        """Change the period; 0 stops the timer. Call after the preference changes."""
        self._interval = max(0.0, float(seconds))
        if self._interval > 0:
            self._timer.start(max(1, round(self._interval * 1000)))
        else:
            self._timer.stop()

    def interval(self) -> float:
        return self._interval

    def is_active(self) -> bool:
        return self._timer.isActive()

    @property
    def directory(self) -> Path:
        return self._dir

    # --------------------------------------------------------------- documents
    def documents(self) -> list[Document]:
        return list(self._docs)

    def recovery_path(self, document: Document) -> Path | None:
        """Where ``document`` is (or would be) copied; None when not registered."""
        entry = self._docs.get(document)
        return self._dir / f"{entry.key}{_DATA_SUFFIX}" if entry else None

    def register(self, document: Document, adopt: Recovered | None = None) -> None:
        """Watch ``document``. With ``adopt``, take over that recovery copy's files."""
        if document in self._docs:
            return
        entry = _Entry(adopt.key if adopt is not None else uuid.uuid4().hex)
        self._docs[document] = entry
        # A plain-Python callback on the model, not a Qt slot on the stack: QUndoStack
        # emits while it is being destroyed, which must never reach a dying manager.
        document.workspace.changed.connect(entry.mark)
        if adopt is not None:
            # Claim the copy at once so another instance starting now leaves it alone.
            entry.written = True
            self._save_one(document, entry)

    def unregister(self, document: Document) -> None:
        """Stop watching ``document`` and delete its recovery copy.

        Call it when the document is closed on the user's decision (saved or
        changes dropped): either way the copy is no longer wanted.
        """
        entry = self._docs.pop(document, None)
        if entry is None:
            return
        with contextlib.suppress(RuntimeError, ValueError):
            document.workspace.changed.disconnect(entry.mark)
        self._remove_files(entry)

    def unregister_all(self) -> None:
        """Clean shutdown: drop every copy (call when the app quits normally)."""
        for document in list(self._docs):
            self.unregister(document)

    def save_now(self) -> int:
        """Copy every dirty document with edits since its last copy; returns how many."""
        count = 0
        for document, entry in list(self._docs.items()):
            if not Shiboken.isValid(document):
                # Deleted without unregister(): keep its copy, it may be all that is left.
                del self._docs[document]
                continue
            if not document.is_dirty():
                # Saved by the user, or undone back to what is on disk: the copy would
                # only confuse the next start.
                if entry.written:
                    self._remove_files(entry)
                entry.pending = True
                continue
            if entry.pending and self._save_one(document, entry):
                count += 1
        return count

    # ---------------------------------------------------------------- internal
    def _files(self, entry: _Entry) -> tuple[Path, Path]:
        return (self._dir / f"{entry.key}{_DATA_SUFFIX}",
                self._dir / f"{entry.key}{_SIDECAR_SUFFIX}")

    def _remove_files(self, entry: _Entry) -> None:
        for path in self._files(entry):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        entry.written = False

    def _save_one(self, document: Document, entry: _Entry) -> bool:
        from omnimap.io import dumps_workspace

        data_file, sidecar = self._files(entry)
        info = {
            "format": _SIDECAR_FORMAT,
            "original_path": str(document.path) if document.path is not None else None,
            "title": document.workspace.title,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            _write_atomic(data_file, dumps_workspace(document.workspace))
            _write_atomic(sidecar, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.failed.emit(f"{data_file}: {reason}")
            return False
        entry.pending = False
        entry.written = True
        self.saved.emit(str(data_file))
        return True

