"""Install acuguide's desktop entry, metainfo and icons into the user's XDG data folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

from acuguide import resources
from acuguide.atomic_files import write_atomically

APP_ID = "io.github.acuguide.acuguide"
PACKAGING = "packaging/linux"
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
CACHE_TIMEOUT = 10.0  # seconds; a cache tool that hangs must not hang the install

# Characters that make the desktop entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class InstallError(Exception):
    """A folder that cannot be written: one line naming it."""


@dataclass(frozen=True)
class Result:
    """What an install or uninstall did, for the one line the command prints."""

    data_home: Path
    files: tuple[Path, ...]
    command: tuple[str, ...]
    caches: tuple[str, ...]


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (the spec ignores a relative value)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> tuple[str, ...]:
    """The absolute command that starts this environment's acuguide."""
    beside = Path(sys.executable).absolute().parent / "acuguide"
    if beside.is_file() and os.access(beside, os.X_OK):
        return (str(beside),)
    found = shutil.which("acuguide")
    if found:
        return (str(Path(found).absolute()),)
    return (str(Path(sys.executable).absolute()), "-m", "acuguide")


def quote_exec(argv: Sequence[str]) -> str:
    """An Exec value for ``argv``: quoted as the desktop entry spec asks, then string-escaped."""
    words = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(c in _RESERVED for c in arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        words.append(arg)
    return _escape_string(" ".join(words))


def _escape_string(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def rewrite_entry(text: str, argv: Sequence[str]) -> str:
    """The packaged desktop entry with ``Exec=acuguide`` pointing at ``argv`` (plus TryExec)."""
    out = []
    for line in text.splitlines():
        if line.startswith("Exec=acuguide"):
            rest = line.removeprefix("Exec=acuguide")
            out.append(f"TryExec={_escape_string(argv[0])}")
            out.append(f"Exec={quote_exec(argv)}{rest}")
        elif not line.startswith("TryExec="):
            out.append(line)
    return "\n".join(out) + "\n"


def _walk(node: Traversable, prefix: PurePosixPath) -> Iterator[tuple[PurePosixPath, bytes]]:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, prefix / child.name)
        else:
            yield prefix / child.name, child.read_bytes()


def planned_files(argv: Sequence[str]) -> dict[PurePosixPath, bytes]:
    """Every file an install writes, relative to the data folder, with its contents."""
    entry = resources.read_bytes(f"{PACKAGING}/{DESKTOP_FILE}").decode("utf-8")
    files = {
        PurePosixPath("applications", DESKTOP_FILE): rewrite_entry(entry, argv).encode("utf-8"),
        PurePosixPath("metainfo", METAINFO_FILE):
            resources.read_bytes(f"{PACKAGING}/{METAINFO_FILE}"),
    }
    icons = resources.locate(f"{PACKAGING}/icons/hicolor")
    files.update(_walk(icons, PurePosixPath("icons", "hicolor")))
    return files


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        existing = folder
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            raise InstallError(f"cannot write to {folder}: {existing} is a file, not a folder"
                               ) from None
        raise InstallError(f"cannot write to {existing}: {err.strerror or err}") from None
    if not folder.is_dir():
        raise InstallError(f"cannot write to {folder}: it is a file, not a folder")


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as err:
        raise InstallError(f"cannot write {path}: {err.strerror or err}") from None


def install(home: Path | None = None) -> Result:
    """Write the desktop entry, metainfo and icons under ``home`` (the XDG data folder)."""
    home = data_home() if home is None else home
    argv = launch_command()
    files = planned_files(argv)
    for folder in sorted({home.joinpath(*rel.parent.parts) for rel in files}):
        _ensure_folder(folder)
    written: list[Path] = []
    try:
        for rel, data in files.items():
            target = home.joinpath(*rel.parts)
            _write_atomically(target, data)
            written.append(target)
    except InstallError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return Result(home, tuple(written), argv, refresh_caches(home))


def uninstall(home: Path | None = None) -> Result:
    """Remove what :func:`install` wrote under ``home``, and the folders that leaves empty."""
    home = data_home() if home is None else home
    removed: list[Path] = []
    folders: set[Path] = set()
    for rel in planned_files(("acuguide",)):
        target = home.joinpath(*rel.parts)
        try:
            target.unlink()
        except (FileNotFoundError, NotADirectoryError):
            continue  # not installed (or the data folder is not a folder at all)
        except OSError as err:
            raise InstallError(f"cannot remove {target}: {err.strerror or err}") from None
        removed.append(target)
        folders.update(p for p in target.parents if p.is_relative_to(home) and p != home)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: others' files are in it too
            folder.rmdir()
    return Result(home, tuple(removed), (), refresh_caches(home))


def refresh_caches(home: Path) -> tuple[str, ...]:
    """Update the menu and icon caches that exist under ``home``; the tools that did it."""
    jobs = [
        (home / "applications" / "mimeinfo.cache", ["update-desktop-database", "--quiet",
                                                    str(home / "applications")]),
        (home / "icons" / "hicolor" / "icon-theme.cache",
         ["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index",
          str(home / "icons" / "hicolor")]),
    ]
    # Only caches that exist: a stale one would hide the change, and a missing one means the
    # desktop reads the folder itself (and a new cache would outlive an uninstall).
    done = []
    for cache, command in jobs:
        if not cache.is_file() or shutil.which(command[0]) is None:
            continue
        try:
            ran = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                 timeout=CACHE_TIMEOUT, check=False)
        except (OSError, subprocess.SubprocessError):
            continue  # a cache is an optimisation: never a reason to fail the install
        if ran.returncode == 0:
            done.append(command[0])
    return tuple(done)
