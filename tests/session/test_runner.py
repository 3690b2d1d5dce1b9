import dataclasses

import pytest
from PySide6.QtCore import Qt

from acuguide.model.plan import expand
from acuguide.session.clock import FakeClock
from acuguide.session.controller import SessionController
from acuguide.session.cues import schedule
from acuguide.session.runner import SessionRunner
from acuguide.session.states import FinishReason, PauseReason, SessionState

pytestmark = pytest.mark.gui


@pytest.fixture
def session(qtbot, content, atlas):
    plan = expand(content.routines["leg-cramps"], atlas)
    clock = FakeClock()
    controller = SessionController(plan, schedule(plan), clock)
    runner = SessionRunner(controller)
    record = {"cues": [], "phases": [], "steps": [], "remaining": [], "finished": [],
              "paused": []}
    runner.cue.connect(lambda f: record["cues"].append(f))
    runner.phase_changed.connect(record["phases"].append)
    runner.step_started.connect(record["steps"].append)
    runner.remaining_changed.connect(lambda a, b: record["remaining"].append((a, b)))
    runner.finished.connect(record["finished"].append)
    runner.paused.connect(record["paused"].append)
    yield runner, clock, record
    runner.stop()


def advance_to_deadline(runner, clock):
    """Move the fake clock to where the runner's timer would wake it, then wake it."""
    clock.advance(runner.timer.interval() / 1000)
    runner.wake()


def test_the_timer_is_one_parented_named_single_shot_precise_timer(session):
    runner, _, _ = session
    runner.start()
    timer = runner.timer
    assert timer.parent() is runner and timer.objectName() == "session-boundary"
    assert timer.isSingleShot() and timer.timerType() == Qt.TimerType.PreciseTimer
    assert timer.isActive()
    assert timer.remainingTime() <= 1000  # the first display tick: 10 s -> 9 s


def test_signals_follow_the_plan_and_the_display_ticks_on_whole_seconds(session):
    runner, clock, record = session
    runner.start()
    assert record["steps"] == [0] and record["phases"] == [0]
    assert record["remaining"][0] == (10, 675)
    assert [f.cue.kind for f in record["cues"]] == ["prepare"]
    for _ in range(10):
        advance_to_deadline(runner, clock)
    assert [r[0] for r in record["remaining"]][:11] == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 60]
    assert record["phases"] == [0, 1]
    assert [f.cue.kind for f in record["cues"]] == ["prepare", "start"]


def test_pause_stops_the_timer_and_keeps_the_display(session):
    runner, clock, record = session
    runner.start()
    clock.advance(3.5)
    runner.wake()
    runner.pause()
    assert not runner.timer.isActive() and record["paused"] == [PauseReason.USER]
    shown = record["remaining"][-1]
    clock.advance(300)
    runner.resume()
    assert record["remaining"][-1] == shown


def test_finished_is_emitted_exactly_once(session):
    runner, clock, record = session
    runner.start()
    while runner.view.running:
        advance_to_deadline(runner, clock)
    runner.stop()
    runner.wake()
    assert record["finished"] == [FinishReason.COMPLETED]
    assert record["cues"][-1].cue.kind == "end"
    assert not runner.timer.isActive()


def test_sleep_pauses_and_reports(session):
    runner, clock, record = session
    runner.start()
    clock.sleep(900)
    advance_to_deadline(runner, clock)
    assert record["paused"] == [PauseReason.SLEPT] and not runner.timer.isActive()


def test_the_view_is_a_read_only_snapshot_of_the_session(session):
    runner, clock, _ = session
    before = runner.view
    assert before.state is SessionState.IDLE and not before.active
    runner.start()
    started = runner.view
    assert started.running and started.phase_index == 0 and started.remaining == 10
    clock.advance(3.5)
    runner.wake()
    assert started.remaining == 10, "a view does not move"
    now = runner.view
    assert now.remaining == pytest.approx(6.5) and now.seconds_into_phase == pytest.approx(3.5)
    assert now.plan is started.plan and now.phase is now.plan.phases[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        now.state = SessionState.FINISHED
    runner.pause()
    assert runner.view.pause_reason is PauseReason.USER and runner.view.active
    runner.stop()
    assert runner.view.finish_reason is FinishReason.STOPPED and not runner.view.active
