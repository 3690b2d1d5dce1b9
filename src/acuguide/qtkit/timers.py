"""The one place that makes QTimers: each has a parent, a name and an explicit kind.

A bare ``QTimer()`` is easy to leave without an owner, a name or the right single-shot
setting (a repeating timer that should have fired once burned a core in qutebrowser, PR
#4743; unowned timers crashed napari's tests, PR #5373). ``make_timer`` asks for all of it,
``call_later`` replaces ``QTimer.singleShot``, and ruff's banned-api rule (TID251 in
pyproject.toml) refuses ``QTimer`` anywhere else in ``src/``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

Timer = QTimer
"""The timer type, for annotations in modules that may not import QTimer themselves."""


def make_timer(parent: QObject, name: str, *, single_shot: bool, precise: bool = False,
               interval_ms: int | None = None,
               on_timeout: Callable[[], object] | None = None) -> QTimer:
    """A stopped timer owned by ``parent`` and named ``name`` (the name shows in test failures).

    ``precise`` asks for millisecond accuracy (session deadlines); otherwise Qt may fire a
    coarse timer up to 5 % late, which lets the system batch wake-ups.
    """
    if not isinstance(parent, QObject):
        raise TypeError(f"timer {name!r} needs a QObject parent, got {parent!r}")
    if not name:
        raise ValueError("every timer needs a name")
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setSingleShot(single_shot)
    timer.setTimerType(Qt.TimerType.PreciseTimer if precise else Qt.TimerType.CoarseTimer)
    if interval_ms is not None:
        timer.setInterval(interval_ms)
    if on_timeout is not None:
        timer.timeout.connect(on_timeout)
    return timer


def call_later(parent: QObject, name: str, delay_ms: int,
               callback: Callable[[], object]) -> QTimer:
    """Call ``callback`` once, ``delay_ms`` from now, unless ``parent`` is gone by then.

    Replaces ``QTimer.singleShot``: the timer is parented and named like any other (so a test
    that ends with it pending says which), and deletes itself after firing.
    """
    timer = make_timer(parent, name, single_shot=True, interval_ms=delay_ms)

    def fire() -> None:
        timer.deleteLater()
        callback()

    timer.timeout.connect(fire)
    timer.start()
    return timer
