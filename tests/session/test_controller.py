import pytest

from acuguide.model.plan import expand
from acuguide.session.clock import FakeClock
from acuguide.session.controller import SLEEP_GAP, SessionController, SessionError
from acuguide.session.cues import schedule
from acuguide.session.states import FinishReason, PauseReason, SessionState


@pytest.fixture
def rls_plan(content, atlas):
    return expand(content.routines["rls-evening"], atlas)


def make(plan, speed=1.0):
    clock = FakeClock()
    return SessionController(plan, schedule(plan), clock, speed), clock


def run_until(controller, clock, position=None, fired=None):
    """Advance the fake clock deadline by deadline, like the Qt runner does."""
    fired = [] if fired is None else fired
    fired += controller.poll()
    while controller.state is SessionState.RUNNING and (
            position is None or controller.position() < position):
        deadline = controller.arm()
        if deadline is None:
            break
        if position is not None:
            deadline = min(deadline, controller.wall_at(position))
        clock.advance(max(0.0, deadline - clock.now()))
        fired += controller.poll()
    return fired


def test_whole_rls_plan_fires_every_cue_on_time_in_order(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    fired = run_until(controller, clock)
    assert controller.state is SessionState.FINISHED
    assert controller.finish_reason is FinishReason.COMPLETED
    assert [f.cue for f in fired] == controller.cues
    assert all(f.actual == pytest.approx(f.scheduled, abs=1e-9) for f in fired)
    kinds = [f.cue.kind for f in fired]
    assert kinds.count("prepare") == 17
    assert kinds.count("start") == 4 + 11 * 2 + 2
    assert kinds.count("switch-side") == 11
    assert kinds[-1] == "end" and fired[-1].scheduled == 2145
    assert clock.now() - 1000 == pytest.approx(2145)


def test_first_step_sequence_is_prepare_start_then_breathing(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    fired = run_until(controller, clock, position=129)
    kinds = [f.cue.kind for f in fired]
    assert kinds[:3] == ["prepare", "start", "breathe-out"]
    assert set(kinds[3:]) == {"breathe-in", "breathe-out"}
    assert fired[1].scheduled == 10 and fired[2].scheduled == 14


def test_speed_runs_the_same_plan_faster(rls_plan):
    controller, clock = make(rls_plan, speed=60)
    controller.start()
    fired = run_until(controller, clock)
    assert clock.now() - 1000 == pytest.approx(2145 / 60)
    assert [f.scheduled for f in fired] == [c.at for c in controller.cues]


def test_pause_keeps_remaining_time_exactly(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=42.5)
    left, total = controller.remaining(), controller.remaining_total()
    controller.pause()
    clock.advance(600)
    assert controller.state is SessionState.PAUSED and controller.poll() == []
    assert controller.remaining() == left and controller.remaining_total() == total
    assert controller.next_deadline() is None
    controller.resume()
    clock.advance(1.5)
    assert controller.remaining() == pytest.approx(left - 1.5)


def test_remaining_is_deadline_minus_now_not_a_counter(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    clock.advance(3.25)
    assert controller.remaining() == pytest.approx(10 - 3.25)
    assert controller.next_tick() == pytest.approx(1000 + 4)  # 6.75 -> 6 at 4 s


@pytest.mark.parametrize(("where", "kind"), [(5, "prepare"), (60, "work"), (592, "prepare"),
                                             (600, "work"), (700, "work"), (732, "switch")])
def test_skip_goes_to_the_next_step_from_every_kind_of_phase(rls_plan, where, kind):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=where)
    assert controller.phase().kind == kind
    step = controller.phase().step
    controller.skip()
    assert controller.phase().step == step + 1
    assert controller.phase().kind == "prepare"
    fired = controller.poll()
    assert [f.cue.kind for f in fired] == ["prepare"], "the new step is announced"


def test_skip_in_the_last_step_ends_with_the_end_cue(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=2100)
    controller.skip()
    fired = controller.poll()
    assert [f.cue.kind for f in fired] == ["end"]
    assert controller.state is SessionState.FINISHED


@pytest.mark.parametrize(("where", "expected_step"), [(1, 0), (131, 0), (135, 1), (200, 1)])
def test_back_goes_to_this_or_the_previous_step(rls_plan, where, expected_step):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=where)
    controller.back()
    assert controller.phase().step == expected_step
    first = rls_plan.first_phase_of_step(expected_step)
    assert controller.position() == rls_plan.phases[first].start


def test_restart_step_and_back_work_while_paused(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=700)
    controller.pause()
    step = controller.phase().step
    controller.restart_step()
    assert controller.state is SessionState.PAUSED
    assert controller.position() == rls_plan.phases[rls_plan.first_phase_of_step(step)].start
    clock.advance(50)
    assert controller.position() == rls_plan.phases[rls_plan.first_phase_of_step(step)].start


def test_stop_finishes_once_and_controls_then_refuse(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=20)
    controller.stop()
    assert controller.state is SessionState.FINISHED
    assert controller.finish_reason is FinishReason.STOPPED
    controller.stop()
    assert controller.finish_reason is FinishReason.STOPPED
    with pytest.raises(SessionError):
        controller.resume()
    with pytest.raises(SessionError):
        controller.skip()
    assert controller.poll() == []


def test_a_late_wake_up_means_the_machine_slept_and_pauses_there(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=30)
    deadline = controller.arm()
    clock.advance(deadline - clock.now() + SLEEP_GAP + 120)  # woke two minutes late
    assert controller.poll() == []
    assert controller.state is SessionState.PAUSED and controller.pause_reason is PauseReason.SLEPT
    assert controller.position() == pytest.approx(31)  # where the plan was expected to be
    controller.resume()
    assert [f.cue.kind for f in run_until(controller, clock, position=131)][:1] == [
        "breathe-out"]  # the next breath after 31 s, at 34 s: nothing was skipped


def test_boottime_advancing_past_monotonic_means_the_machine_slept(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    run_until(controller, clock, position=30)
    clock.sleep(3600)  # suspended: monotonic did not move, boot time did
    controller.poll()
    assert controller.state is SessionState.PAUSED and controller.pause_reason is PauseReason.SLEPT


def test_small_delays_are_not_sleep(rls_plan):
    controller, clock = make(rls_plan)
    controller.start()
    deadline = controller.arm()
    clock.advance(deadline - clock.now() + 1.0)
    controller.poll()
    assert controller.state is SessionState.RUNNING


def test_a_deadline_already_answered_is_not_judged_again(rls_plan):
    """Found by the state machine: a poll long after an answered deadline is not a sleep."""
    controller, clock = make(rls_plan)
    controller.start()
    clock.advance(controller.arm() - clock.now())
    controller.poll()
    clock.advance(1.0)
    controller.poll()
    assert controller.position() == pytest.approx(1.0)
    clock.advance(SLEEP_GAP)  # nobody re-armed: the old deadline is 6 s behind
    controller.poll()
    assert controller.state is SessionState.RUNNING and controller.position() == pytest.approx(6.0)


def test_controls_in_the_wrong_state_are_refused(rls_plan):
    controller, _ = make(rls_plan)
    with pytest.raises(SessionError):
        controller.pause()
    controller.start()
    with pytest.raises(SessionError):
        controller.start()
    with pytest.raises(SessionError):
        controller.resume()
    with pytest.raises(ValueError):
        SessionController(rls_plan, [], FakeClock(), speed=0)
