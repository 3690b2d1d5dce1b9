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
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = _xdg("XDG_DATA_HOME", ".local", "share")
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
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = _xdg("XDG_STATE_HOME", ".local", "state")
    return base / APP_NAME


PENDING_NAME = "history.pending.jsonl"


def pending_history_paths(history: Path) -> tuple[Path, Path]:
    """Where session records wait when ``history`` cannot be written: beside it, else state."""
    return history.with_name(PENDING_NAME), state_dir() / PENDING_NAME
