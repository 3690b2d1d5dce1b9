"""What the user can set about sessions (pure; stored by acuguide.store.settings).

Each field's default, range and stored key are declared once, in acuguide.session.prefs_table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from acuguide.session.prefs_table import (
    SESSION_NAMES,
    SETTINGS,
    default_flag,
    default_number,
    default_text,
)

if TYPE_CHECKING:
    from acuguide.session.cues import CueSettings


def _default_kinds() -> frozenset[str]:
    kinds = SETTINGS["kinds"].default
    assert isinstance(kinds, frozenset)
    return kinds


@dataclass(frozen=True)
class SessionPrefs:
    """Cue sounds and speech, get-ready time, both-sides handling, motion."""

    volume: float = default_number("volume")
    kinds: frozenset[str] = field(default_factory=_default_kinds)
    voice: bool = default_flag("voice")
    rate: float = default_number("rate")
    prepare: float | None = None  # None: each routine's own get-ready time
    bilateral: str = default_text("bilateral")  # both-in-turn or both-at-once
    reduced_motion: bool = default_flag("reduced_motion")
    muted: bool = default_flag("muted")

    @classmethod
    def from_stored(cls, stored: Mapping[str, object]) -> tuple[SessionPrefs, list[str]]:
        """Preferences from values as read from a file, and a notice for each bad one.

        ``stored`` is by field name; a missing field takes its default, and each value is
        checked against the table.
        """
        values: dict[str, Any] = {}
        notices = []
        for name in SESSION_NAMES:
            if name in stored:
                values[name], notice = SETTINGS[name].check(stored[name])
                if notice:
                    notices.append(notice)
        return cls(**values), notices

    def problems(self) -> list[str]:
        """The fields holding a value the table does not allow (none from from_stored)."""
        return [f.name for f in fields(self)
                if not SETTINGS[f.name].allows(getattr(self, f.name))]

    def cue_settings(self) -> CueSettings:
        """The cue settings a session runs with."""
        from acuguide.session.cues import CueSettings

        return CueSettings(kinds=self.kinds, voice=self.voice and not self.muted,
                           volume=self.volume, rate=self.rate, sound=not self.muted)

    def with_(self, **changes: object) -> SessionPrefs:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
