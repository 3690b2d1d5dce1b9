"""What the session says and when: cue events scheduled on the plan's timeline (pure)."""
from __future__ import annotations

from dataclasses import dataclass, field

from acuguide.model.plan import Phase, Plan
from acuguide.session.cue_kinds import CUE_KINDS, DEFAULT_ON

__all__ = ["CUE_KINDS", "DEFAULT_ON", "Cue", "CueSettings", "schedule"]

LAST_SECONDS = 10
CAPTIONS = {"start": "Start", "halfway": "Halfway", "last-seconds": "Last 10 seconds",
            "breathe-in": "Breathe in", "breathe-out": "Breathe out",
            "end": "Session complete. Well done."}


@dataclass(frozen=True)
class Cue:
    """Something to play, say and show at plan time ``at``.

    ``kind`` is a cue kind, or "phase" for a phase boundary that has no sound.
    """

    kind: str
    at: float
    phase: int  # index of the phase it belongs to (len(phases) for the end)
    step: int
    target: str
    side: str
    caption: str
    speech: str = ""

    @property
    def audible(self) -> bool:
        """True for cues with a sound (everything but a bare phase boundary)."""
        return self.kind != "phase"


@dataclass(frozen=True)
class CueSettings:
    """Which cue kinds sound, how loud, and whether and how fast steps are spoken."""

    kinds: frozenset[str] = field(default_factory=lambda: DEFAULT_ON)
    voice: bool = True
    volume: float = 0.8  # 0.0 to 1.0
    rate: float = 0.0  # speech rate, -1.0 (slow) to 1.0 (fast)
    sound: bool = True  # False: captions (and speech) only


def _breathing(phase: Phase, index: int) -> list[Cue]:
    assert phase.breathing is not None
    cues = []
    t = phase.start + phase.breathing.inhale  # the start chime opens the first breath in
    inhale = False
    while t < phase.end - 2:
        kind = "breathe-in" if inhale else "breathe-out"
        cues.append(Cue(kind, t, index, phase.step, phase.target, phase.side, CAPTIONS[kind]))
        t += phase.breathing.inhale if inhale else phase.breathing.exhale
        inhale = not inhale
    return cues


def schedule(plan: Plan, settings: CueSettings | None = None) -> list[Cue]:
    """Every cue and phase boundary of ``plan``, in time order."""
    settings = settings or CueSettings()
    on = settings.kinds
    cues: list[Cue] = []
    for index, phase in enumerate(plan.phases):
        def cue(kind: str, at: float, caption: str, speech: str = "",
                p: Phase = phase, i: int = index) -> Cue:
            return Cue(kind, at, i, p.step, p.target, p.side, caption, speech)

        voice = phase.speech  # the output decides whether to say it (voice can be toggled)
        if phase.kind == "prepare":
            cues.append(cue("prepare" if "prepare" in on else "phase", phase.start,
                            phase.speech or phase.instruction, voice))
        elif phase.kind == "switch":
            cues.append(cue("switch-side" if "switch-side" in on else "phase", phase.start,
                            phase.instruction, voice))
        elif phase.kind == "work":
            cues.append(cue("start" if "start" in on else "phase", phase.start,
                            phase.instruction))
            if "halfway" in on and phase.seconds >= 20:
                cues.append(cue("halfway", phase.start + phase.seconds / 2, CAPTIONS["halfway"]))
            if "last-seconds" in on and phase.seconds >= 2 * LAST_SECONDS:
                cues.append(cue("last-seconds", phase.end - LAST_SECONDS,
                                CAPTIONS["last-seconds"]))
            if phase.breathing:
                cues += [c for c in _breathing(phase, index)
                         if c.kind in on]
        else:
            cues.append(cue("phase", phase.start, phase.instruction, voice))
    last = plan.phases[-1] if plan.phases else None
    cues.append(Cue("end" if "end" in on else "phase", plan.total_seconds, len(plan.phases),
                    last.step if last else 0, last.target if last else "",
                    last.side if last else "", CAPTIONS["end"], CAPTIONS["end"]))
    return sorted(cues, key=lambda c: (c.at, c.phase))
