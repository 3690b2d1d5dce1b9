"""The history record, computed from the plan and what happened, on a fake clock."""

import pytest

from acuguide.model.plan import expand
from acuguide.session.clock import FakeClock
from acuguide.session.controller import SessionController
from acuguide.session.cues import schedule
from acuguide.session.presenters import outcome_text, summary_text
from acuguide.session.record import SessionRecord, session_record, stopped_at
from acuguide.session.safety import SafetyChoice
from acuguide.store.history import History

STARTED = "2026-11-21T21:00:00+00:00"


@pytest.fixture
def cramps(content):
    return content.routines["leg-cramps"]


def start(routine, atlas, skip=frozenset()):
    plan = expand(routine, atlas, skip=skip)
    clock = FakeClock()
    controller = SessionController(plan, schedule(plan), clock)
    controller.start()
    return controller, clock


def run_to(controller, clock, position):
    while controller.view().running and controller.position() < position:
        deadline = controller.arm()
        clock.advance(max(0.0, min(deadline, controller.wall_at(position)) - clock.now()))
        controller.poll()


def test_a_completed_session_did_every_step(cramps, atlas):
    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 10_000)
    record = session_record(cramps, controller.view(), started_at=STARTED,
                            choice=SafetyChoice(rating_before=6))
    assert record == SessionRecord("leg-cramps", "Leg cramps", STARTED, 675.0, 5, 0, True, 6)
    assert stopped_at(controller.view()) is None


def test_pauses_do_not_count_and_a_stopped_session_says_where(cramps, atlas):
    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 30)
    controller.pause()
    clock.advance(600)
    controller.resume()
    controller.skip()
    controller.skip()
    clock.advance(4.25)
    controller.poll()
    controller.stop()
    record = session_record(cramps, controller.view(), started_at=STARTED)
    assert record.duration_seconds == pytest.approx(34.2)  # 30 + 4.25, to a tenth
    assert (record.steps_done, record.steps_skipped, record.completed) == (0, 2, False)
    assert record.rating_before is None
    assert stopped_at(controller.view()) == 3
    assert record.stopped_at == 3


def test_steps_left_out_at_the_safety_check_count_as_skipped(cramps, atlas):
    choice = SafetyChoice(frozenset({1}), None)
    controller, clock = start(cramps, atlas, skip=choice.skip)
    run_to(controller, clock, 10_000)
    record = session_record(cramps, controller.view(), started_at=STARTED, choice=choice)
    assert (record.steps_done, record.steps_skipped, record.completed) == (4, 1, True)


def test_a_step_gone_back_to_is_not_skipped(cramps, atlas):
    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 20)
    controller.skip()  # step 0 skipped, now at the start of step 1
    controller.back()  # in its first seconds: back to step 0, a second chance
    run_to(controller, clock, controller.position() + 5)
    controller.stop()
    record = session_record(cramps, controller.view(), started_at=STARTED)
    assert (record.steps_done, record.steps_skipped) == (0, 0)
    assert stopped_at(controller.view()) == 1


def test_an_unfinished_session_has_no_record(cramps, atlas):
    controller, _clock = start(cramps, atlas)
    with pytest.raises(ValueError, match="running"):
        session_record(cramps, controller.view(), started_at=STARTED)


def test_the_history_stores_the_record_as_made(cramps, atlas, tmp_path):
    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 10_000)
    record = session_record(cramps, controller.view(), started_at=STARTED)
    history = History(tmp_path / "history.sqlite3")
    history.add(record)
    assert history.all() == [record]


def test_skipping_through_to_the_end_is_not_a_finished_session(cramps, atlas):
    controller, clock = start(cramps, atlas)
    while controller.view().active:
        clock.advance(0.5)
        controller.poll()
        if controller.view().active:
            controller.skip()
    record = session_record(cramps, controller.view(), started_at=STARTED)
    assert (record.steps_done, record.steps_skipped, record.completed) == (0, 5, True)
    assert record.skipped_through
    headline, details = summary_text(record, len(cramps.steps))
    assert headline == "Skipped through to the end: no step was done."
    assert "0 of 5 steps done · 5 skipped" in details
    assert outcome_text(record) == "skipped through"


def test_the_summary_and_history_words_for_a_full_run_skips_and_a_stop(cramps, atlas):
    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 10_000)
    full = session_record(cramps, controller.view(), started_at=STARTED)
    assert summary_text(full, 5)[0] == "Well done."
    assert "5 of 5 steps done · 0 skipped" in summary_text(full, 5)[1]
    assert outcome_text(full) == "completed"

    controller, clock = start(cramps, atlas)
    run_to(controller, clock, 20)
    controller.skip()
    run_to(controller, clock, 10_000)
    some = session_record(cramps, controller.view(), started_at=STARTED)
    assert (some.steps_done, some.steps_skipped) == (4, 1)
    assert summary_text(some, 5)[0] == "Finished, with 1 of 5 steps skipped."
    assert outcome_text(some) == "completed, 1 skipped"

    controller, clock = start(cramps, atlas)
    run_to(controller, clock, full.duration_seconds / 2)
    controller.stop()
    half = session_record(cramps, controller.view(), started_at=STARTED, speed=4)
    n = stopped_at(controller.view())
    assert n is not None and half.stopped_at == n and not half.completed
    assert summary_text(half, 5)[0] == f"Session stopped at step {n}."
    assert summary_text(half, 5)[1].endswith("· trial at speed 4")
    assert outcome_text(half) == f"stopped at step {n} (trial, speed 4)"
