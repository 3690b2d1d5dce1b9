"""Where the user's files live: the platform's app-data folder, and the files in it.

Worked out here rather than asked of Qt, so that the command line and the logic tests need no
Qt: the same folders as QStandardPaths' AppDataLocation for an application named "acuguide"
without an organisation (tests/store/test_paths.py compares the two).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "acuguide"


def app_data_dir() -> Path:
    """The app-data folder: ~/.local/share/acuguide on Linux (or $XDG_DATA_HOME/acuguide)."""
    return _platform_dir(("APPDATA", "AppData", "Roaming"), "Application Support",
                         ("XDG_DATA_HOME", ".local", "share"))


def _platform_dir(windows: tuple[str, str, str], mac: str, xdg: tuple[str, str, str]) -> Path:
    """Acuguide's folder under the platform's base folder.

    Windows: (variable, default under home); macOS: a folder of ~/Library; elsewhere XDG:
    (variable, default under home).
    """
    if sys.platform == "win32":
        variable, *default = windows
        base = Path(os.environ.get(variable) or Path.home().joinpath(*default))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / mac
    else:
        base = _xdg(*xdg)
    return base / APP_NAME


def _xdg(variable: str, *default: str) -> Path:
    """An XDG base folder: the variable's value, or ~/<default> (a relative one is ignored)."""
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home().joinpath(*default)


def user_routines_dir() -> Path:
    """The folder the user's routine files are read from."""
    return app_data_dir() / "routines"


def history_path() -> Path:
    """The session history database."""
    return app_data_dir() / "history.sqlite3"


def state_dir() -> Path:
    """The folder for state worth keeping that is not the user's data: ~/.local/state/acuguide.

    Where a session record goes when neither the history nor its own folder can be written.
    """
    return _platform_dir(("LOCALAPPDATA", "AppData", "Local"), "Caches",
                         ("XDG_STATE_HOME", ".local", "state"))


PENDING_NAME = "history.pending.jsonl"


def pending_history_paths(history: Path) -> tuple[Path, Path]:
    """Where session records wait when ``history`` cannot be written: beside it, else state."""
    return history.with_name(PENDING_NAME), state_dir() / PENDING_NAME
