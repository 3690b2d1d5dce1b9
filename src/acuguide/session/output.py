"""Turns fired cues into chimes, speech and captions, and falls back to captions alone."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from acuguide.qtkit.timers import make_timer
from acuguide.session.controller import Fired
from acuguide.session.cues import CueSettings
from acuguide.session.sounds import ChimePlayer, duration_ms, multimedia_problem
from acuguide.session.speech import Speaker


class CueOutput(QObject):
    """Sound, speech and captions for a session.

    Signals:
        caption(str): the text of a cue, for the screen or the console.
        notice(str): a one-time message, e.g. that there is no sound output.
    """

    caption = Signal(str)
    notice = Signal(str)

    def __init__(self, settings: CueSettings, *, speech_engine: str = "speechd",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._engine_name = speech_engine
        self._said: set[str] = set()
        self.chimes: ChimePlayer | None = None
        self.speaker: Speaker | None = None
        self._pending = ""
        self._speech_delay = make_timer(self, "speech-after-chime", single_shot=True,
                                        on_timeout=self._speak_pending)
        self._first_notices: list[str] = []  # said on start(), once someone listens
        if settings.sound or settings.voice:  # --mute: not even the sound system
            problem = multimedia_problem()
            if problem:
                self._first_notices.append(problem + ": cues are shown as captions")
            else:
                self.chimes = self._chime_player()
                if not self.chimes.available:
                    self._first_notices.append(
                        "no sound output found: cues are shown as captions")
        if settings.voice:
            self.speaker = self._speaker()

    def _chime_player(self) -> ChimePlayer:
        player = ChimePlayer(self.settings.volume, self)
        player.output_changed.connect(lambda _ok, why: self._notify(why))
        return player

    def _speaker(self) -> Speaker:
        speaker = Speaker(self._engine_name, self.settings.rate, self)
        speaker.unavailable.connect(self._notify)
        return speaker

    def start(self) -> None:
        """Say what is missing, and begin loading the speech engine in the background."""
        for message in self._first_notices:
            self._notify(message)
        if self.speaker is not None:
            self.speaker.load()

    def _notify(self, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            self.notice.emit(message)

    def on_cue(self, fired: Fired) -> None:
        """Show, play and say one fired cue."""
        cue = fired.cue
        self.caption.emit(cue.caption)
        played = False
        if not self.settings.sound:
            return
        if cue.audible and cue.kind in self.settings.kinds and self.chimes is not None:
            played = self.chimes.play(cue.kind)
        if cue.speech and self.speaker is not None and self.settings.voice:
            self._pending = cue.speech
            # Speech waits for the chime to end, so it never talks over it.
            self._speech_delay.start(duration_ms(cue.kind) if played else 0)

    def _speak_pending(self) -> None:
        if self.speaker is not None and self._pending:
            self.speaker.say(self._pending)
        self._pending = ""

    def set_muted(self, muted: bool) -> None:
        """Mute (no chimes, no speech; captions stay) or unmute."""
        self.settings = replace(self.settings, sound=not muted)
        if muted:
            self.silence()
        elif self.chimes is None and not multimedia_problem():  # started with --mute
            self.chimes = self._chime_player()

    def set_voice(self, voice: bool) -> None:
        """Turn spoken guidance on or off (it loads the engine the first time)."""
        self.settings = replace(self.settings, voice=voice)
        if not voice:
            self.silence()
        elif self.speaker is None:
            self.speaker = self._speaker()
            self.speaker.load()

    def silence(self) -> None:
        """Stop speaking and drop what is queued (pause, skip, back, stop)."""
        self._speech_delay.stop()
        self._pending = ""
        if self.speaker is not None:
            self.speaker.clear()

    def close(self) -> None:
        """Release the players."""
        self._speech_delay.stop()
        if self.chimes is not None:
            self.chimes.close()
        if self.speaker is not None:
            self.speaker.close()
