"""User settings kept between runs (QSettings, in the platform's config folder).

Every value is read through the one table of settings (acuguide.session.prefs_table): a
damaged or hand-edited value falls back to the default or the nearest allowed value, is
written back repaired, and leaves one notice naming the setting, for the window to show once.
A settings file that is not a small regular file (a folder, a pipe, a device, a huge or
sparse file) is never opened: Qt would block on a pipe and read a huge file whole.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from acuguide.session.prefs import SessionPrefs
from acuguide.session.prefs_table import SESSION_NAMES, SETTINGS, TABLE, Value
from acuguide.store.paths import APP_NAME

SIZE_LIMIT = 1 << 20  # a settings file is a few kilobytes, window geometry included


def settings_path() -> Path:
    """Where Qt keeps acuguide's settings (an INI file in the user's config folder)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / APP_NAME / f"{APP_NAME}.ini"


def unusable(path: Path) -> str:
    """Why the settings file at ``path`` must not be opened ("" if it can be, or is absent)."""
    try:
        info = os.stat(path)  # follows a symbolic link: what would be read
    except FileNotFoundError:
        return ""
    except OSError as error:
        return f"cannot be looked at ({error.strerror})"
    if stat.S_ISDIR(info.st_mode):
        return "is a folder"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file (a pipe, a device or a socket)"
    if info.st_size > SIZE_LIMIT:
        return f"is {info.st_size:,} bytes long, far more than settings take"
    return ""


class _ThisRunOnly:
    """Stands in for QSettings when its file must not be opened: values last this run only."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, object] = {}

    def contains(self, key: str) -> bool:
        return key in self._values

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value

    def sync(self) -> None:
        """Nothing to write: the file is left as it is."""

    def fileName(self) -> str:
        return str(self._path)


class Settings:
    """Typed access to the few things acuguide remembers."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._notices: dict[str, str] = {}  # by key: one notice per damaged setting
        self._told: set[str] = set()
        self._q: QSettings | _ThisRunOnly
        if qsettings is not None:
            self._q = qsettings
            return
        path = settings_path()
        why = unusable(path)
        if why:
            self._q = _ThisRunOnly(path)
            self._notices[""] = (f"The settings file {path} {why}, so it was not read. "
                                 "acuguide uses its default settings and cannot keep "
                                 "changes until that file is moved away.")
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                APP_NAME, APP_NAME)

    def _read(self, name: str) -> Value:
        setting = SETTINGS[name]
        if not self._q.contains(setting.key):
            return setting.default
        value, notice = setting.check(self._q.value(setting.key))
        if notice:
            self._notices.setdefault(setting.key, notice)
            self._q.setValue(setting.key, setting.encode(value))  # repaired, told once
        return value

    def _write(self, name: str, value: Value) -> None:
        setting = SETTINGS[name]
        self._q.setValue(setting.key, setting.encode(setting.check(value)[0]))

    def check(self) -> str:
        """Read every setting; what was wrong with those not reported before ("" if none)."""
        for setting in TABLE:
            self._read(setting.name)
        fresh = {key: notice for key, notice in self._notices.items() if key not in self._told}
        self._told.update(fresh)
        if "" in fresh:  # the whole file was not read
            return fresh[""]
        if not fresh:
            return ""
        where = self._q.fileName()
        return "\n".join([f"Some settings in {where} were damaged and have been reset:",
                          *fresh.values()])

    @property
    def notices(self) -> list[str]:
        """One line per damaged setting read so far, naming it (or about the whole file)."""
        return list(self._notices.values())

    def _text(self, name: str) -> str:
        value = self._read(name)
        assert isinstance(value, str)  # the table's check gives a choice or text setting one
        return value

    def _flag(self, name: str) -> bool:
        value = self._read(name)
        assert isinstance(value, bool)
        return value

    @property
    def theme(self) -> str:
        """system, light, dark or contrast."""
        return self._text("theme")

    @theme.setter
    def theme(self, value: str) -> None:
        self._write("theme", value)

    @property
    def last_view(self) -> str:
        """The diagram view shown when the window last closed."""
        return self._text("last_view")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._write("last_view", value)

    @property
    def explorer_side(self) -> str:
        """The side ("left" or "right") the explorer's one-limb views show."""
        return self._text("explorer_side")

    @explorer_side.setter
    def explorer_side(self, value: str) -> None:
        self._write("explorer_side", value)

    @property
    def show_point_codes(self) -> bool:
        """View > Show point codes: each point's code written beside it (off by default)."""
        return self._flag("show_point_codes")

    @show_point_codes.setter
    def show_point_codes(self, value: bool) -> None:
        self._write("show_point_codes", bool(value))

    @property
    def session(self) -> SessionPrefs:
        """Cue, speech and session preferences."""
        prefs, _notices = SessionPrefs.from_stored({name: self._read(name)
                                                    for name in SESSION_NAMES})
        return prefs

    @session.setter
    def session(self, prefs: SessionPrefs) -> None:
        for name in SESSION_NAMES:
            self._write(name, getattr(prefs, name))

    def blob(self, key: str) -> QByteArray | None:
        """Saved window geometry or state."""
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        """Save window geometry or state."""
        self._q.setValue(key, value)

    def sync(self) -> None:
        """Write to disk now."""
        self._q.sync()
