"""Random control sequences never break the session's invariants."""

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from acuguide.model.content import load_content
from acuguide.model.plan import expand
from acuguide.session.clock import FakeClock
from acuguide.session.controller import SessionController
from acuguide.session.cues import schedule
from acuguide.session.states import SessionState

CONTENT = load_content(None)
PLANS = [expand(r, CONTENT.atlas) for r in CONTENT.routines.values()]


class Session(RuleBasedStateMachine):
    @initialize(plan=st.sampled_from(PLANS), speed=st.sampled_from([1.0, 7.5, 60.0]))
    def begin(self, plan, speed):
        self.clock = FakeClock()
        self.controller = SessionController(plan, schedule(plan), self.clock, speed)
        self.controller.start()
        self.finished_seen = 0
        self.last_state = SessionState.RUNNING
        self.last_position = 0.0
        self.moved_back = False
        self.running_wall = 0.0

    def _observe(self):
        state = self.controller.state
        if state == SessionState.FINISHED and self.last_state != SessionState.FINISHED:
            self.finished_seen += 1
        self.last_state = state

    @rule(seconds=st.floats(0, 400))
    def wait(self, seconds):
        if self.controller.state == SessionState.RUNNING:
            self.running_wall += seconds
        self.clock.advance(seconds)
        self.controller.poll()
        self._observe()

    @rule()
    def wake_at_deadline(self):
        deadline = self.controller.arm()
        if deadline is not None:
            self.clock.advance(max(0.0, deadline - self.clock.now()))
            self.controller.poll()
        self._observe()

    @precondition(lambda self: self.controller.state == SessionState.RUNNING)
    @rule()
    def pause(self):
        self.controller.pause()

    @precondition(lambda self: self.controller.state == SessionState.PAUSED)
    @rule()
    def resume(self):
        self.controller.resume()

    @precondition(lambda self: self.controller.state in (SessionState.RUNNING, SessionState.PAUSED))
    @rule(control=st.sampled_from(["skip", "back", "restart_step"]))
    def jump(self, control):
        getattr(self.controller, control)()
        self.moved_back = control != "skip"
        self.controller.poll()
        self._observe()

    @precondition(lambda self: self.controller.state in (SessionState.RUNNING, SessionState.PAUSED))
    @rule()
    def stop(self):
        self.controller.stop()
        self._observe()

    @invariant()
    def remaining_never_negative(self):
        assert self.controller.remaining() >= 0
        assert self.controller.remaining_total() >= 0

    @invariant()
    def position_stays_in_the_plan_and_only_goes_back_when_asked(self):
        position = self.controller.position()
        assert 0 <= position <= self.controller.plan.total_seconds
        if not self.moved_back:
            assert position >= self.last_position - 1e-9
        self.moved_back = False
        self.last_position = position

    @invariant()
    def finished_exactly_once_at_most(self):
        assert self.finished_seen <= 1
        if self.controller.state == SessionState.FINISHED:
            assert self.finished_seen == 1
            assert self.controller.next_deadline() is None


TestSession = Session.TestCase
TestSession.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
pytestmark = pytest.mark.filterwarnings("error")
