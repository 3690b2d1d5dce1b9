"""What a session can be doing, and why it paused or ended (string enums: logs keep the words)."""

from __future__ import annotations

from enum import StrEnum


class SessionState(StrEnum):
    """Where a session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class PauseReason(StrEnum):
    """Why a session stands still."""

    USER = "user"  # Space, or the pause button
    SLEPT = "slept"  # the machine was asleep: the session asks before going on


class FinishReason(StrEnum):
    """How a session ended."""

    COMPLETED = "completed"  # the plan ran to its end
    STOPPED = "stopped"  # ended early


ACTIVE = frozenset({SessionState.RUNNING, SessionState.PAUSED})  # the controls apply
