"""Reading and writing ``.omnimap`` files: size guard, one-line errors, atomic saves.

A save never leaves a half-written map behind. The new content goes to a
hidden temporary file in the same folder (``.<name>.<random>.tmp``), which is
flushed and synced to disk and then renamed over the target in one step
(:func:`os.replace`); the folder is synced too where the system allows. A
crash at any moment therefore leaves either the old file or the new one, whole.
A temporary file left by a crash is never read by :func:`load_workspace`.

Examples
--------
>>> import os, tempfile
>>> from omnimap.model.sample import sample_workspace
>>> folder = tempfile.mkdtemp()
>>> path = os.path.join(folder, "anna.omnimap")
>>> save_workspace(sample_workspace("pl"), path)
>>> load_workspace(path).title
'Sklep odzieżowy: Anna kupuje bluzkę'
>>> load_workspace(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
omnimap.io.errors.FileError: ...: is a folder, not a file
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat

from omnimap.io.codec import (
    MAX_FILE_BYTES,
    dumps_workspace,
    loads_workspace,
    size_values,
    too_large_message,
)
from omnimap.io.errors import FileError, os_reason
from omnimap.model import Workspace

__all__ = ["load_workspace", "save_workspace"]


def _source(path: str | os.PathLike[str]) -> str:
    return os.fsdecode(os.fspath(path))


def load_workspace(path: str | os.PathLike[str]) -> Workspace:
    """Open an ``.omnimap`` file.

    Parameters
    ----------
    path : str or os.PathLike
        Files larger than :data:`MAX_FILE_BYTES` are refused before reading.

    Returns
    -------
    Workspace

    Raises
    ------
    FileError
        Whatever the problem, with a one-line message starting with the path.
    """
    source = _source(path)
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise FileError(source, "is a folder, not a file", code="is_folder")
        # A pipe or device could block for ever or never end.
        if not stat.S_ISREG(info.st_mode):
            raise FileError(source, "not a regular file", code="not_regular")
        if info.st_size > MAX_FILE_BYTES:
            raise FileError(source, too_large_message(info.st_size), code="too_large",
                            values=size_values(info.st_size))
        with open(source, "rb") as handle:
            # The file may have grown since stat(): never read more than the limit.
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        code, reason = os_reason(error)
        raise FileError(source, reason, code=code, values={"reason": reason}) from None
    except ValueError:  # a NUL character in the path
        raise FileError(source, "not a valid file name", code="bad_name") from None
    return loads_workspace(data, source)


def save_workspace(workspace: Workspace, path: str | os.PathLike[str]) -> None:
    """Write a workspace to ``path`` atomically, keeping an existing file's permissions.

    Parameters
    ----------
    workspace : Workspace
    path : str or os.PathLike
        A symbolic link is followed: the file it points to is replaced.

    Raises
    ------
    FileError
        When the system refuses (no permission, disk full, ...); the old file
        is then untouched.
    """
    source = _source(path)
    data = dumps_workspace(workspace)
    try:
        target = os.path.realpath(source)
    except (OSError, ValueError):
        raise FileError(source, "cannot save: not a valid file name", code="bad_name") from None
    folder, name = os.path.split(target)
    temp = ""
    try:
        try:
            info = os.stat(target)
        except FileNotFoundError:
            mode = None
        else:
            if stat.S_ISDIR(info.st_mode):
                raise FileError(source, "cannot save: is a folder, not a file", code="is_folder")
            # os.replace would happily overwrite a read-only file; an editor should not.
            if not os.access(target, os.W_OK):
                raise FileError(source, "cannot save: the file is read-only", code="read_only")
            mode = stat.S_IMODE(info.st_mode)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        while True:
            temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
            try:
                # 0o666 lets the umask decide for a new file, as a plain open() would.
                fd = os.open(temp, flags, 0o666 if mode is None else 0o600)
                break
            except FileExistsError:
                continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
        temp = ""
        _sync_folder(folder)
    except OSError as error:
        code, reason = os_reason(error, saving=True)
        raise FileError(source, f"cannot save: {reason}", code=code,
                        values={"reason": reason}) from None
    finally:
        if temp:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every system can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
