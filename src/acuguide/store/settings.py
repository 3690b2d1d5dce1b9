"""User settings kept between runs (QSettings, in the platform's config folder).

Every value is read through the one table of settings (acuguide.session.prefs_table): a
damaged or hand-edited value falls back to the default or the nearest allowed value, is
written back repaired, and leaves one notice naming the setting, for the window to show once.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from acuguide.session.prefs import SessionPrefs
from acuguide.session.prefs_table import SESSION_NAMES, SETTINGS, TABLE, Value
from acuguide.store.paths import APP_NAME


class Settings:
    """Typed access to the few things acuguide remembers."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(QSettings.Format.IniFormat,
                                         QSettings.Scope.UserScope, APP_NAME, APP_NAME)
        self._notices: dict[str, str] = {}  # by key: one notice per damaged setting
        self._told: set[str] = set()

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
        fresh = [notice for key, notice in self._notices.items() if key not in self._told]
        self._told.update(self._notices)
        if not fresh:
            return ""
        where = self._q.fileName()
        return "\n".join([f"Some settings in {where} were damaged and have been reset:",
                          *fresh])

    @property
    def notices(self) -> list[str]:
        """One line per damaged setting read so far, naming it."""
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
