"""User settings kept between runs (QSettings, in the platform's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from acuguide.session.cue_kinds import CUE_KINDS, DEFAULT_ON
from acuguide.session.prefs import SessionPrefs
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

    @property
    def explorer_side(self) -> str:
        """The side ("left" or "right") the explorer's one-limb views show."""
        value = self._get("explorer/side", "left")
        return value if value in ("left", "right") else "left"

    @explorer_side.setter
    def explorer_side(self, value: str) -> None:
        self._q.setValue("explorer/side", value)

    @property
    def show_point_codes(self) -> bool:
        """View > Show point codes: each point's code written beside it (off by default)."""
        return str(self._q.value("explorer/point_codes", False)).lower() in ("true", "1")

    @show_point_codes.setter
    def show_point_codes(self, value: bool) -> None:
        self._q.setValue("explorer/point_codes", bool(value))

    @property
    def session(self) -> SessionPrefs:
        """Cue, speech and session preferences."""
        q = self._q
        kinds_text = self._get("session/kinds", ",".join(sorted(DEFAULT_ON)))
        kinds = frozenset(k for k in kinds_text.split(",") if k in CUE_KINDS)
        prepare = self._get("session/prepare", "")

        def number(key: str, default: float, low: float, high: float) -> float:
            try:
                return max(low, min(high, float(q.value(key, default))))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return default

        def flag(key: str, default: bool) -> bool:
            return str(q.value(key, default)).lower() in ("true", "1")

        return SessionPrefs(
            volume=number("session/volume", 0.8, 0.0, 1.0), kinds=kinds,
            voice=flag("session/voice", True), rate=number("session/rate", 0.0, -1.0, 1.0),
            prepare=float(prepare) if prepare.replace(".", "", 1).isdigit() else None,
            bilateral=("both-at-once" if self._get("session/bilateral", "") == "both-at-once"
                       else "both-in-turn"),
            reduced_motion=flag("session/reduced_motion", False),
            muted=flag("session/muted", False))

    @session.setter
    def session(self, prefs: SessionPrefs) -> None:
        q = self._q
        q.setValue("session/volume", prefs.volume)
        q.setValue("session/kinds", ",".join(sorted(prefs.kinds)))
        q.setValue("session/voice", prefs.voice)
        q.setValue("session/rate", prefs.rate)
        q.setValue("session/prepare", "" if prefs.prepare is None else str(prefs.prepare))
        q.setValue("session/bilateral", prefs.bilateral)
        q.setValue("session/reduced_motion", prefs.reduced_motion)
        q.setValue("session/muted", prefs.muted)

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
