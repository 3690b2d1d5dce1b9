"""Routine files are read only if they are small regular files, and nothing can block."""

import os
import socket
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from acuguide.model import safe_read
from acuguide.model.content import load_content, read_routine
from acuguide.model.problems import ContentError
from acuguide.model.safe_read import read_limited
from acuguide.model.yaml_decode import MAX_BYTES

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")
ZERO = Path("/dev/zero")


def refusal(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        read_limited(path)
    (problem,) = caught.value.problems
    return str(problem)


@posix_only
def test_a_fifo_is_refused_at_once_and_never_opened_for_a_blocking_read(tmp_path):
    fifo = tmp_path / "my.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    message = refusal(fifo)
    assert time.monotonic() - started < 1.0
    assert message == f"{fifo}: not a regular file (a FIFO); routine files are plain text files"


@posix_only
def test_a_fifo_swapped_in_after_the_check_cannot_block(tmp_path, monkeypatch):
    fifo = tmp_path / "swap.yaml"
    os.mkfifo(fifo)
    regular = os.stat(tmp_path)  # the first look sees a harmless file...
    monkeypatch.setattr(safe_read.os, "stat", lambda _p: os.stat_result(
        (0o100644, *tuple(regular)[1:6], 10, *tuple(regular)[7:10])))
    started = time.monotonic()
    message = refusal(fifo)  # ...the opened one is a FIFO with no writer: no wait
    assert time.monotonic() - started < 1.0
    assert "not a regular file (a FIFO)" in message


@posix_only
@pytest.mark.skipif(not ZERO.exists(), reason="needs a zero device")
def test_a_link_to_the_zero_device_is_refused_without_reading_it(tmp_path):
    link = tmp_path / "zero.yaml"
    link.symlink_to(ZERO)
    tracemalloc.start()
    message = refusal(link)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert message == (f"{link}: not a regular file (a character device); "
                       "routine files are plain text files")
    assert peak < MAX_BYTES


def test_a_huge_sparse_file_is_refused_by_its_size_quickly(tmp_path):
    sparse = tmp_path / "big.yaml"
    with open(sparse, "wb") as out:
        out.truncate(600 * 1024 * 1024)
    tracemalloc.start()
    started = time.monotonic()
    message = refusal(sparse)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert message == f"{sparse}: file is 629,145,600 bytes; the limit is {MAX_BYTES:,}"
    assert elapsed < 0.5 and peak < MAX_BYTES


def test_a_file_that_grows_while_it_is_read_is_read_no_further_than_the_limit(tmp_path,
                                                                             monkeypatch):
    growing = tmp_path / "grows.yaml"
    growing.write_bytes(b"title: x\n")
    real_read = os.read
    taken = []

    def read_while_a_writer_appends(fd, size):
        with open(growing, "ab") as writer:
            writer.write(b"#" * (1024 * 1024))
        chunk = real_read(fd, size)
        taken.append(len(chunk))
        return chunk

    monkeypatch.setattr(safe_read.os, "read", read_while_a_writer_appends)
    message = refusal(growing)
    assert sum(taken) == MAX_BYTES + 1
    assert "it grew while it was read" in message


@posix_only
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.yaml"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        try:
            server.bind(str(path))
        except OSError:
            pytest.skip("the folder's path is too long for a socket")
        assert refusal(path).endswith("not a regular file (a socket); "
                                      "routine files are plain text files")


def test_a_folder_and_a_looping_link_each_get_one_message(tmp_path):
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    assert refusal(folder) == (f"{folder}: is a folder, not a file; routine files are single "
                               "plain text files (name one of the files in it)")
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    assert refusal(loop) == (f"{loop}: a symbolic link that loops (it leads back to itself); "
                             "point it at a real file")
    assert refusal(tmp_path / "gone.yaml") == (f"{tmp_path / 'gone.yaml'}: cannot read: there "
                                               "is no such file (check the name and the folder)")
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "moved.yaml")
    assert refusal(dangling) == (f"{dangling}: a symbolic link to {tmp_path / 'moved.yaml'}, "
                                 "which does not exist; point it at a real file")


def test_a_small_regular_file_and_a_link_to_one_are_read(tmp_path, atlas):
    mine = tmp_path / "mine.yaml"
    mine.write_text("title: Mine\nsummary: S\nsteps:\n  - {point: KI1, seconds: 30}\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(mine)
    assert read_routine(link, atlas).title == "Mine"
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(b"#" * MAX_BYTES)
    assert len(read_limited(exact)) == MAX_BYTES


@posix_only
def test_bad_files_in_the_routines_folder_never_stop_the_others(tmp_path, atlas):
    (tmp_path / "mine.yaml").write_text(
        "title: Mine\nsummary: S\nsteps:\n  - {point: KI1, seconds: 30}\n")
    os.mkfifo(tmp_path / "fifo.yaml")
    (tmp_path / "big.yaml").touch()
    os.truncate(tmp_path / "big.yaml", 600 * 1024 * 1024)
    (tmp_path / "dir.yaml").mkdir()
    content = load_content(tmp_path, atlas)
    assert "mine" in content.routines
    assert sorted(Path(p.file).name for p in content.problems) == ["big.yaml", "dir.yaml",
                                                                    "fifo.yaml"]
