"""Where in a breath a paced step is (pure): for the breathing pacer."""

from __future__ import annotations

import math
from dataclasses import dataclass

from acuguide.model.plan import Phase


@dataclass(frozen=True)
class Breath:
    """Breathing in or out, how far through (0..1), and whole seconds left in this breath."""

    inhaling: bool
    fraction: float
    seconds_left: int

    @property
    def size(self) -> float:
        """0 (empty lungs) to 1 (full), eased, for drawing."""
        f = self.fraction if self.inhaling else 1 - self.fraction
        return 0.5 - 0.5 * math.cos(math.pi * f)


def breath_at(phase: Phase, position: float) -> Breath | None:
    """The breath at plan ``position`` in ``phase`` (None if the phase is not paced)."""
    if phase.breathing is None or phase.kind != "work":
        return None
    inhale, exhale = phase.breathing.inhale, phase.breathing.exhale
    into = max(0.0, position - phase.start) % (inhale + exhale)
    if into < inhale:
        return Breath(True, into / inhale, math.ceil(inhale - into - 1e-9))
    return Breath(False, (into - inhale) / exhale, math.ceil(inhale + exhale - into - 1e-9))
