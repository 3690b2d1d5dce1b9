import pytest
from PySide6.QtCore import Qt

from acuguide.session.clock import FakeClock
from acuguide.session.controller import FINISHED, PAUSED, RUNNING
from acuguide.session.prefs import SessionPrefs
from acuguide.session.safety import SafetyChoice, flagged_steps
from acuguide.store.history import History
from acuguide.ui.session_dialogs import SafetyCheck, SessionSummary
from acuguide.ui.session_launch import Session
from acuguide.ui.session_screen import SessionScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def history(tmp_path):
    return History(tmp_path / "history.sqlite3")


@pytest.fixture
def run(qtbot, content, history):
    """Start a session on a fake clock; returns (session, clock, advance_to)."""
    sessions = []

    def start(routine_id="rls-evening", choice=None, summary=False, **prefs):
        clock = FakeClock()
        session = Session(content.routines[routine_id], content,
                          SessionPrefs(voice=False, muted=True, **prefs), history,
                          clock=clock, summary=summary, speech_engine="mock")
        session.choice = choice or SafetyChoice()
        assert session.begin(ask=False)
        qtbot.addWidget(session.screen)
        session.screen.activateWindow()
        qtbot.waitActive(session.screen)
        sessions.append(session)

        def advance_to(position):
            c = session.screen.controller
            while c.state == RUNNING and c.position() < position:
                deadline = min(c.arm(), c.wall_at(position))
                clock.advance(max(0.0, deadline - clock.now()))
                session.screen.runner.wake()

        return session, clock, advance_to

    yield start
    for session in sessions:
        if session.screen.controller.state != FINISHED:
            session.screen.stop()
        session.screen.close()


def step_index(content, routine_id, code):
    return next(i for i, s in enumerate(content.routines[routine_id].steps) if s.target == code)


def test_start_from_the_panel_with_the_safety_check_skipping_sp6(window, qtbot, monkeypatch,
                                                                 content):
    sp6 = step_index(content, "rls-evening", "SP6")
    monkeypatch.setattr(SafetyCheck, "ask", classmethod(
        lambda cls, routine, atlas, parent=None: SafetyChoice(frozenset({sp6}), 6)))
    monkeypatch.setattr(SessionSummary, "ask", classmethod(
        lambda cls, record, total, parent=None, on_print=None: None))
    window.routines.choose("rls-evening")
    assert "Restless legs, evening" in window.explorer.details.toPlainText()
    assert window.explorer.diagram.selected()  # its points are highlighted
    qtbot.mouseClick(window.routines.start_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert session is not None and session.screen.isVisible()
    qtbot.addWidget(session.screen)
    plan = session.screen.plan
    assert sp6 not in plan.steps and "SP6" not in {p.target for p in plan.phases}
    session.screen.stop()


def test_the_safety_check_offers_to_skip_pregnancy_points(qtbot, content, atlas):
    routine = content.routines["rls-evening"]
    dialog = SafetyCheck(routine, atlas)
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(dialog.layout().itemAt(0).widget()))
    assert "not medical advice" in text.text()
    dialog.pregnant.setChecked(True)
    skipped = {routine.steps[i].target for i in dialog.choice().skip}
    assert skipped == {"SP6", "GB21", "LR3"}
    flagged = {f.code for f in flagged_steps(routine, atlas)}
    assert {"SP6", "GB21", "SP12", "BL40", "LR3", "GB20"} <= flagged
    dialog.rating.setValue(7)
    assert dialog.choice().rating_before == 7


def test_every_shortcut(run, qtbot, monkeypatch):
    session, _clock, advance_to = run()
    screen = session.screen
    c = screen.controller
    advance_to(50)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert c.state == PAUSED
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert c.state == RUNNING
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert c.phase().step == 1
    advance_to(c.position() + 20)
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert c.position() == pytest.approx(130)
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert c.phase().step == 0
    qtbot.keyClick(screen, Qt.Key.Key_M)
    assert screen.output.settings.sound and screen.controls["mute"].isChecked() is False
    qtbot.keyClick(screen, Qt.Key.Key_V)
    assert screen.output.settings.voice and screen.caption.text() == "Voice on"
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert screen.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    monkeypatch.setattr(SessionScreen, "confirm_stop", staticmethod(lambda parent: False))
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert c.state == RUNNING, "Esc asks first"
    monkeypatch.setattr(SessionScreen, "confirm_stop", staticmethod(lambda parent: True))
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert c.state == FINISHED and c.finish_reason == "stopped"


def test_pause_keeps_the_time_on_screen(run, qtbot):
    session, clock, advance_to = run()
    screen = session.screen
    advance_to(42.4)
    shown = (screen.countdown.text(), screen.total_label.text())
    assert shown[0] == "1:28"
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    clock.advance(900)
    screen.runner.wake()
    assert (screen.countdown.text(), screen.total_label.text()) == shown
    assert not screen.pacer.animating
    assert screen.buttons["pause"].text().startswith("Resume")


def test_the_screen_shows_the_point_and_side_of_a_bilateral_step(run, content):
    session, _clock, advance_to = run()
    screen = session.screen
    bl40 = screen.plan.first_phase_of_step(step_index(content, "rls-evening", "BL40"))
    advance_to(screen.plan.phases[bl40 + 3].start + 1)  # BL40 work, right
    assert screen.diagram.view_name == "leg-back"
    assert screen._current_ids == {"pt-BL40-R"}
    assert screen.side.text() == "RIGHT side"
    sp6 = screen.plan.first_phase_of_step(step_index(content, "rls-evening", "SP6"))
    advance_to(screen.plan.phases[sp6 + 1].start + 1)  # SP6 work, left
    assert screen.diagram.view_name == "leg-inner"
    assert screen._current_ids == {"pt-SP6"}
    assert screen.side.text() == "LEFT side"
    assert "SP6" in screen.instruction.text()
    assert screen.caption.text() != screen.instruction.text()  # said once, not twice


def test_breathing_pacer_animates_only_in_paced_steps(run):
    session, _clock, advance_to = run()
    screen = session.screen
    advance_to(5)
    assert not screen.pacer.animating
    advance_to(12)
    assert screen.pacer.isVisible() and screen.pacer.animating
    assert screen.pacer.text().startswith("Breathe in")
    advance_to(540)  # GV20: a press step
    assert not screen.pacer.animating


def test_reduced_motion_means_text_and_no_pulse(run):
    session, _clock, advance_to = run(reduced_motion=True)
    screen = session.screen
    advance_to(12)
    assert screen.pacer.reduced_motion and screen.pacer.text().startswith("Breathe in")
    assert not screen._pulse.isActive()


def test_after_sleep_you_choose_resume_restart_or_end(run, qtbot):
    session, clock, advance_to = run()
    screen = session.screen
    advance_to(60)
    clock.sleep(1800)
    deadline = screen.controller.arm()
    clock.advance(deadline - clock.now())
    screen.runner.wake()
    assert screen.controller.state == PAUSED and screen.away.isVisible()
    qtbot.mouseClick(screen.buttons["away-restart"], Qt.MouseButton.LeftButton)
    assert screen.controller.state == RUNNING and not screen.away.isVisible()
    assert screen.controller.position() == pytest.approx(0)


def test_the_end_summary_writes_one_history_row(run, monkeypatch, history):
    monkeypatch.setattr(SessionSummary, "ask", classmethod(
        lambda cls, record, total, parent=None, on_print=None: 3))
    session, _clock, advance_to = run("leg-cramps", SafetyChoice(rating_before=6), summary=True)
    advance_to(10_000)
    rows = history.all()
    assert len(rows) == 1
    row = rows[0]
    assert row.routine_id == "leg-cramps" and row.completed
    assert row.steps_done == 5 and row.steps_skipped == 0
    assert row.rating_before == 6 and row.rating_after == 3
    assert row.duration_seconds == pytest.approx(675, abs=1)
    assert not session.screen.isVisible()


def test_a_stopped_session_counts_skipped_steps(run, history):
    session, _clock, advance_to = run("leg-cramps")
    screen = session.screen
    advance_to(30)
    screen.skip()
    screen.skip()
    screen.stop()
    row = history.all()[0]
    assert not row.completed and row.steps_done == 0 and row.steps_skipped == 2


def test_the_screen_is_kept_awake_only_while_running(run, monkeypatch):
    calls = []
    from acuguide.session import inhibit

    monkeypatch.setattr(inhibit.ScreenAwake, "hold", lambda self, reason="": calls.append("hold"))
    monkeypatch.setattr(inhibit.ScreenAwake, "release", lambda self: calls.append("release"))
    session, _clock, _advance_to = run()
    screen = session.screen
    screen.toggle_pause()
    screen.toggle_pause()
    screen.stop()
    assert calls[:4] == ["hold", "release", "hold", "release"]


def test_screen_awake_without_a_session_bus_does_nothing():
    from acuguide.session.inhibit import ScreenAwake

    awake = ScreenAwake()
    awake.hold()
    awake.release()
    assert awake.cookie is None


def test_the_point_blinks_when_a_phase_starts_then_stays_lit(run):
    session, _clock, advance_to = run()
    screen = session.screen
    advance_to(540)  # GV20, a press step
    assert screen._pulse.isActive()
    for _ in range(10):
        screen._toggle_pulse()
    assert not screen._pulse.isActive()
    assert screen.diagram.selected() == screen._current_ids == {"pt-GV20"}
