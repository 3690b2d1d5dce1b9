"""Read a small text file from disk without blocking or reading more than the size limit.

A user's routines folder can hold anything: a FIFO (an open would wait for a writer), a link to
``/dev/zero`` (a whole read never ends), a sparse file of many gigabytes. Only regular files are
read, the kind is checked before and after opening (O_NONBLOCK, so a FIFO swapped in between the
two cannot block), and at most ``limit + 1`` bytes are ever read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from acuguide.model.problems import ContentError, Problem
from acuguide.model.yaml_decode import MAX_BYTES

_CHUNK = 64 * 1024
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in a user's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a plain file"


def _refuse(file: str, message: str) -> ContentError:
    return ContentError([Problem(file, None, "", message)])


def _check(file: str, st: os.stat_result, limit: int, what: str) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise _refuse(file, f"is a folder, not a file; {what} are single plain text files "
                            "(name one of the files in it)")
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(file, f"not a regular file ({_kind(st.st_mode)}); {what} are plain text "
                            "files")
    if st.st_size > limit:
        raise _refuse(file, f"file is {st.st_size:,} bytes; the limit is {limit:,}")


def _os_error(file: str, err: OSError) -> ContentError:
    if err.errno == errno.ELOOP:
        return _refuse(file, "a symbolic link that loops (it leads back to itself); "
                             "point it at a real file")
    if err.errno == errno.ENOENT:
        if os.path.islink(file):
            return _refuse(file, f"a symbolic link to {os.readlink(file)}, which does not "
                                 "exist; point it at a real file")
        return _refuse(file, "cannot read: there is no such file (check the name and the "
                             "folder)")
    if err.errno == errno.EACCES:
        return _refuse(file, "cannot read: permission denied (make the file readable for "
                             "you)")
    return _refuse(file, f"cannot read: {err.strerror or err}")


def read_limited(path: Path, limit: int = MAX_BYTES, what: str = "routine files") -> bytes:
    """The bytes of the regular file ``path``; raise ContentError naming it otherwise.

    FIFOs, devices, sockets, folders, looping links and files over ``limit`` bytes are refused
    with one message each; never more than ``limit + 1`` bytes are read, even from a file that
    grows while it is read.
    """
    file = str(path)
    try:
        _check(file, os.stat(path), limit, what)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as err:
        raise _os_error(file, err) from None
    try:
        _check(file, os.fstat(fd), limit, what)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as err:
        raise _os_error(file, err) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise _refuse(file, f"file is more than {limit:,} bytes (it grew while it was read); "
                            f"the limit is {limit:,}")
    return data
