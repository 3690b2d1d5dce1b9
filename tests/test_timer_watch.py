"""The dangling-timer check names what was left running and where it was started."""

import re

import pytest

from timer_watch import no_dangling_timers

pytestmark = pytest.mark.gui


def test_a_timer_left_running_is_named_with_its_file_and_line(qapp):
    from PySide6.QtCore import QObject

    from acuguide.qtkit.timers import make_timer

    owner = QObject()
    with pytest.raises(AssertionError) as failure, no_dangling_timers():
        make_timer(owner, "left-behind", single_shot=False, interval_ms=1000).start()
    message = str(failure.value)
    assert "left-behind" in message
    assert re.search(r"test_timer_watch\.py:\d+", message), message


def test_a_pending_single_shot_is_reported_too(qapp, qtbot):
    from PySide6.QtCore import QTimer

    fired = []
    pending = r"singleShot \(called at .*test_timer_watch\.py:\d+"
    with pytest.raises(AssertionError, match=pending), no_dangling_timers():
        QTimer.singleShot(50, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # so the test's own check finds nothing left


def test_a_single_shot_that_fired_and_a_stopped_timer_pass(qapp, qtbot):
    from PySide6.QtCore import QObject, QTimer

    from acuguide.qtkit.timers import call_later, make_timer

    owner = QObject()
    fired = []
    with no_dangling_timers():
        QTimer.singleShot(0, lambda: fired.append("bare"))
        call_later(owner, "soon", 0, lambda: fired.append("helper"))
        timer = make_timer(owner, "stopped", single_shot=True, interval_ms=1000)
        timer.start()
        timer.stop()
        qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)
    assert sorted(fired) == ["bare", "helper"]


def test_every_timer_needs_a_parent_and_a_name(qapp):
    from PySide6.QtCore import QObject

    from acuguide.qtkit.timers import make_timer

    with pytest.raises(TypeError, match="needs a QObject parent"):
        make_timer(None, "orphan", single_shot=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="name"):
        make_timer(QObject(), "", single_shot=True)
