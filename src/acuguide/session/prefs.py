"""What the user can set about sessions (pure; stored by acuguide.store.settings)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from acuguide.session.cue_kinds import DEFAULT_ON

if TYPE_CHECKING:
    from acuguide.session.cues import CueSettings


@dataclass(frozen=True)
class SessionPrefs:
    """Cue sounds and speech, get-ready time, both-sides handling, motion."""

    volume: float = 0.8
    kinds: frozenset[str] = field(default_factory=lambda: DEFAULT_ON)
    voice: bool = True
    rate: float = 0.0
    prepare: float | None = None  # None: each routine's own get-ready time
    bilateral: str = "both-in-turn"  # or both-at-once
    reduced_motion: bool = False
    muted: bool = False

    def cue_settings(self) -> CueSettings:
        """The cue settings a session runs with."""
        from acuguide.session.cues import CueSettings

        return CueSettings(kinds=self.kinds, voice=self.voice and not self.muted,
                           volume=self.volume, rate=self.rate, sound=not self.muted)

    def with_(self, **changes: object) -> SessionPrefs:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
