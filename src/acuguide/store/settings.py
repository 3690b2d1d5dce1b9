"""User settings kept between runs (QSettings, in the platform's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from acuguide.store.paths import APP_NAME


class Settings:
    """Typed access to the few things acuguide remembers."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(QSettings.Format.IniFormat,
                                         QSettings.Scope.UserScope, APP_NAME, APP_NAME)

    def _get(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def theme(self) -> str:
        """system, light, dark or contrast."""
        value = self._get("ui/theme", "system")
        return value if value in ("system", "light", "dark", "contrast") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("ui/theme", value)

    @property
    def last_view(self) -> str:
        """The diagram view shown when the window last closed."""
        return self._get("explorer/view", "leg-front")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._q.setValue("explorer/view", value)

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
