"""Fail a test that leaves a timer running or a single shot pending, naming where it started.

napari's _dangling_qtimers, with QTimer.singleShot covered too. Qt is imported only when it is
installed, so the logic tests also run in an environment without PySide6.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from contextlib import contextmanager


def _call_site() -> str:
    """file:line of the code that started a timer (outside the timer helper and this file)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if not frame.filename.endswith(("/qtkit/timers.py", "/timer_watch.py", "/contextlib.py")):
            return f"{os.path.relpath(frame.filename)}:{frame.lineno}"
    return "?"


@contextmanager
def no_dangling_timers() -> Iterator[None]:
    """Raise AssertionError on leaving if a QTimer is still active or a singleShot pending."""
    try:
        import shiboken6
        from PySide6.QtCore import QTimer
    except ImportError:
        yield
        return

    started: dict[int, tuple[QTimer, str]] = {}
    pending: dict[int, str] = {}
    original_start = QTimer.start
    original_single_shot = QTimer.singleShot

    def start(self: QTimer, *args: object) -> None:
        started[id(self)] = (self, _call_site())
        original_start(self, *args)

    def single_shot(*args: object) -> None:
        # singleShot(msec, functor) or singleShot(msec, context, functor)
        token = object()
        pending[id(token)] = _call_site()
        *head, functor = args

        def fire() -> None:
            pending.pop(id(token), None)
            functor()  # type: ignore[operator]

        original_single_shot(*head, fire)

    QTimer.start = start  # type: ignore[method-assign]
    QTimer.singleShot = staticmethod(single_shot)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        QTimer.start = original_start  # type: ignore[method-assign]
        QTimer.singleShot = original_single_shot  # type: ignore[method-assign]
    running = [(t, site) for t, site in started.values() if shiboken6.isValid(t) and t.isActive()]
    left = [f"{t.objectName() or 'an unnamed timer'} (started at {site})" for t, site in running]
    left += [f"a QTimer.singleShot (called at {site})" for site in pending.values()]
    for timer, _ in running:
        timer.stop()
    assert not left, f"test left timers running: {'; '.join(left)}"
