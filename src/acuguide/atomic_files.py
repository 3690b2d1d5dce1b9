"""Files written whole or not at all: a temporary file beside the target, flushed, renamed.

A crash, a kill or a full disk leaves the old file or the new one, never half of one. One
place for every file acuguide writes: routine files, the builder's draft, exported PDFs and
diagrams, the desktop entry and icons. Plain Python, below everything else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _flush(fd: int) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be flushed
        os.fsync(fd)


def _flush_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            _flush(fd)
        finally:
            os.close(fd)


def _as_new_file(temporary: str) -> None:
    """Give the temporary file the permissions a newly made file would have (mkstemp: 600)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)


@contextmanager
def replaced_atomically(path: Path, suffix: str = ".tmp") -> Iterator[str]:
    """Yield a temporary file's name beside ``path`` to write; on success it replaces ``path``.

    For writers that take a file name (a PDF writer). If the block raises, the temporary file
    is removed and ``path`` is left as it was.
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=folder)
    os.close(handle)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            _flush(written.fileno())
        _as_new_file(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _flush_folder(folder)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, or raise OSError and leave it as it was."""
    _write_whole(path, data, replace=True)


def write_new_atomically(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data`` whole; FileExistsError (and nothing changed) if it exists."""
    _write_whole(path, data, replace=False)


def _write_whole(path: Path, data: bytes, *, replace: bool) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        _as_new_file(temporary)
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _flush_folder(path.parent)


def _link_new(temporary: str, path: Path) -> None:
    """Give the finished ``temporary`` the name ``path`` unless that name is taken."""
    try:
        os.link(temporary, path)  # atomic, and never replaces: FileExistsError if taken
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)
