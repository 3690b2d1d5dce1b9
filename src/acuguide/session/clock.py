"""Clocks: the monotonic clock sessions run on, and a fake one for tests."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Seconds from an arbitrary start that never go back, and time spent suspended."""

    def now(self) -> float:
        """Monotonic seconds."""
        ...

    def suspended(self) -> float:
        """Seconds the machine has spent asleep so far (CLOCK_BOOTTIME - CLOCK_MONOTONIC)."""
        ...


class MonotonicClock:
    """The system's monotonic clock; wall-clock changes do not affect it."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    def suspended(self) -> float:
        """Time asleep so far; 0 where the system has no CLOCK_BOOTTIME."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is None:  # pragma: no cover - not Linux
            return 0.0
        return time.clock_gettime(boottime) - time.clock_gettime(time.CLOCK_MONOTONIC)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start
        self.asleep = 0.0

    def now(self) -> float:
        """The current fake time."""
        return self.t

    def suspended(self) -> float:
        """The fake time spent asleep."""
        return self.asleep

    def advance(self, seconds: float) -> None:
        """Let time pass."""
        self.t += seconds

    def sleep(self, seconds: float) -> None:
        """Suspend the fake machine: boot time moves, monotonic time does not."""
        self.asleep += seconds
