import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QImage, QRegion
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from acuguide.diagrams.contrast import contrast_ratio, dimmed
from acuguide.session.clock import FakeClock
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.prefs import SessionPrefs
from acuguide.session.safety import SafetyChoice, flagged_steps
from acuguide.session.states import FinishReason, SessionState
from acuguide.ui.main_window import MainWindow
from acuguide.ui.session_dialogs import HistoryDialog, SafetyCheck, SessionSummary
from acuguide.ui.session_launch import SessionLauncher
from acuguide.ui.session_screen import SessionScreen

pytestmark = pytest.mark.gui


class RecordingAwake(ScreenAwake):
    """An inhibitor that only notes what it was asked to do."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def hold(self, reason=""):
        self.calls.append("hold")

    def release(self):
        self.calls.append("release")


def grab(widget):
    return widget.grab().toImage()


def text(screen, name):
    """What a label of the screen says."""
    return screen.findChild(QLabel, name).text()


def button(screen, name):
    return screen.findChild(QPushButton, name)


def advance(screen, clock, position):
    """Move the fake clock as the session's timer would, up to plan time ``position``."""
    runner = screen.runner
    while runner.view.running and runner.view.position < position:
        wait = runner.timer.interval() / 1000 if runner.timer.isActive() else float("inf")
        clock.advance(max(0.0, min(wait, position - runner.view.position)))
        runner.wake()


@pytest.fixture
def run(qtbot, content, history):
    """Start a session on a fake clock; returns (launcher, clock, advance_to)."""
    launchers = []

    def start(routine_id="rls-evening", choice=None, summary=False, awake=None, speed=1.0,
              **prefs):
        clock = FakeClock()
        launcher = SessionLauncher(content.routines[routine_id], content,
                                   SessionPrefs(voice=False, muted=True, **prefs), history,
                                   clock=clock, screen_awake=awake or ScreenAwake(),
                                   summary=summary, speech_engine="mock", speed=speed)
        launcher.choice = choice or SafetyChoice()
        assert launcher.begin(ask=False)
        qtbot.addWidget(launcher.screen)
        launcher.screen.activateWindow()
        qtbot.waitActive(launcher.screen)
        launchers.append(launcher)
        return launcher, clock, lambda position: advance(launcher.screen, clock, position)

    yield start
    for launcher in launchers:
        if launcher.screen.runner.view.active:
            launcher.screen.stop()
        launcher.screen.close()


def step_index(content, routine_id, code):
    return next(i for i, s in enumerate(content.routines[routine_id].steps) if s.target == code)


def test_start_from_the_panel_with_the_safety_check_skipping_sp6(qtbot, monkeypatch, content,
                                                                 settings, history):
    """The window hands its clock and screen-awake inhibitor to the session it starts."""
    sp6 = step_index(content, "rls-evening", "SP6")
    monkeypatch.setattr(SafetyCheck, "ask", classmethod(
        lambda cls, routine, atlas, parent=None: SafetyChoice(frozenset({sp6}), 6)))
    monkeypatch.setattr(SessionSummary, "ask", classmethod(
        lambda cls, record, total, parent=None, on_print=None, stopped_at=None: None))
    clock, awake = FakeClock(), RecordingAwake()
    window = MainWindow(content, settings, history, clock=clock, screen_awake=awake)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.routines.choose("rls-evening")
    assert "Restless legs, evening" in window.explorer.details.toPlainText()
    assert window.explorer.diagram.selected()  # its points are highlighted
    qtbot.mouseClick(window.routines.start_button, Qt.MouseButton.LeftButton)
    launcher = window.session
    assert launcher is not None and launcher.screen.isVisible()
    screen = launcher.screen
    qtbot.addWidget(screen)
    plan = screen.runner.view.plan
    assert sp6 not in plan.steps and "SP6" not in {p.target for p in plan.phases}
    assert text(screen, "step") == "Step 1 of 16"
    assert awake.calls == ["hold"]
    advance(screen, clock, 3)  # the window's clock drives the session
    assert text(screen, "countdown") == "0:07"
    screen.stop()
    assert awake.calls[:2] == ["hold", "release"]


def test_the_safety_check_offers_to_skip_pregnancy_points(qtbot, content, atlas):
    routine = content.routines["rls-evening"]
    dialog = SafetyCheck(routine, atlas)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(type(dialog.layout().itemAt(0).widget()))
    assert "not medical advice" in intro.text()
    dialog.pregnant.setChecked(True)
    skipped = {routine.steps[i].target for i in dialog.choice().skip}
    assert skipped == {"SP6", "GB21", "LR3"}
    flagged = {f.code for f in flagged_steps(routine, atlas)}
    assert {"SP6", "GB21", "SP12", "BL40", "LR3", "GB20"} <= flagged
    dialog.rating.setValue(7)
    assert dialog.choice().rating_before == 7


def test_every_shortcut(run, qtbot, monkeypatch):
    launcher, _clock, advance_to = run()
    screen = launcher.screen
    runner = screen.runner
    advance_to(50)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert runner.view.state is SessionState.PAUSED
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert runner.view.state is SessionState.RUNNING
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert runner.view.phase.step == 1 and text(screen, "step") == "Step 2 of 17"
    advance_to(runner.view.position + 20)
    qtbot.keyClick(screen, Qt.Key.Key_R)
    assert runner.view.position == pytest.approx(130)
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert runner.view.phase.step == 0 and text(screen, "step") == "Step 1 of 17"
    qtbot.keyClick(screen, Qt.Key.Key_M)
    assert screen.output.settings.sound and screen.controls["mute"].isChecked() is False
    qtbot.keyClick(screen, Qt.Key.Key_V)
    assert screen.output.settings.voice and text(screen, "caption") == "Voice on"
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert screen.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    monkeypatch.setattr(SessionScreen, "confirm_stop", staticmethod(lambda parent: False))
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert runner.view.state is SessionState.RUNNING, "Esc asks first"
    monkeypatch.setattr(SessionScreen, "confirm_stop", staticmethod(lambda parent: True))
    with qtbot.waitSignal(screen.ended) as ended:
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert runner.view.state is SessionState.FINISHED
    assert ended.args == [FinishReason.STOPPED]


def test_pause_keeps_the_time_on_screen(run, qtbot):
    launcher, clock, advance_to = run()
    screen = launcher.screen
    advance_to(42.4)
    shown = (text(screen, "countdown"), text(screen, "total"))
    assert shown[0] == "1:28"
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    clock.advance(900)
    screen.runner.wake()
    assert (text(screen, "countdown"), text(screen, "total")) == shown
    assert not screen.panel.pacer.animating
    assert button(screen, "button-pause").text().startswith("Resume")
    assert screen.windowTitle().startswith("Paused · ")


def test_the_screen_shows_the_point_and_side_of_a_bilateral_step(run, content):
    launcher, _clock, advance_to = run()
    screen = launcher.screen
    plan = screen.runner.view.plan
    bl40 = plan.first_phase_of_step(step_index(content, "rls-evening", "BL40"))
    advance_to(plan.phases[bl40 + 3].start + 1)  # BL40 work, right
    assert screen.diagram.view_name == "leg-back"
    assert screen.target_ids == {"pt-BL40-R"}
    assert text(screen, "side") == "RIGHT side"
    sp6 = plan.first_phase_of_step(step_index(content, "rls-evening", "SP6"))
    advance_to(plan.phases[sp6 + 1].start + 1)  # SP6 work, left
    assert screen.diagram.view_name == "leg-inner-left"
    assert screen.diagram.view_geometry.title == "Left leg, inner side"
    assert text(screen, "view-title") == "Left leg, inner side"
    assert screen.target_ids == {"pt-SP6-L"}
    assert text(screen, "side") == "LEFT side"
    assert "SP6" in text(screen, "instruction")
    assert text(screen, "caption") != text(screen, "instruction")  # said once, not twice
    assert text(screen, "next-up").startswith("After this: ")


def test_get_ready_shows_the_step_once_with_the_whole_hold(run):
    launcher, _clock, advance_to = run("rls-evening")
    screen = launcher.screen
    advance_to(1)  # the first step's get-ready: its cue has been given
    assert screen.announcements[-1].startswith("Next: Hold your right thumb")
    shown = [text(screen, name) for name in ("instruction", "caption", "next-up")]
    assert shown[0] == ("Get ready: Hold your right thumb with your left hand, and breathe "
                        "slowly and deeply")
    assert sum("right thumb" in line for line in shown) == 1, shown


def test_a_left_and_a_right_step_show_the_limb_of_their_side(run, content):
    """In turn, each side's step shows that side's drawing, titled with it, lit on that side."""
    launcher, _clock, advance_to = run("leg-cramps")
    screen = launcher.screen
    plan = screen.runner.view.plan
    seen = {}
    for index, phase in enumerate(plan.phases):
        if phase.kind != "work" or phase.side not in ("left", "right"):
            continue
        advance_to(phase.start + 1)
        assert screen.runner.view.phase_index == index
        view = screen.diagram.view_geometry
        assert text(screen, "side") == f"{phase.side.upper()} side"
        assert screen.shown_views == (view.name,) and not screen.other_diagram.isVisible()
        suffix = "-L" if phase.side == "left" else "-R"
        assert screen.target_ids and all(i.endswith(suffix) for i in screen.target_ids)
        assert text(screen, "view-title") == view.title, "the title is shown over the diagram"
        if not view.title.startswith("Both "):
            assert view.title.startswith(phase.side.capitalize() + " "), (phase.target, view.title)
        seen[(phase.target, phase.side)] = (view.name, grab(screen.diagram))
    one_limb = {t for (t, side), (name, _) in seen.items() if not name.startswith("leg-front")
                and not name.startswith("leg-back")}
    assert one_limb, "leg-cramps has steps on one-limb views"
    for target in one_limb:
        (left, left_image), (right, right_image) = seen[(target, "left")], seen[(target, "right")]
        assert left != right and left_image != right_image, target


def test_both_at_once_shows_both_limbs(run, content):
    launcher, _clock, advance_to = run(bilateral="both-at-once")
    screen = launcher.screen
    plan = screen.runner.view.plan
    expected = {"SP6": ("leg-inner-left", "leg-inner-right"), "BL40": ("leg-back",)}
    phases = sorted((p for p in plan.phases if p.target in expected and p.kind == "work"),
                    key=lambda p: p.start)
    for phase in phases:
        views = expected[phase.target]
        advance_to(phase.start + 2)  # an even second: lit (it blinks at the start)
        assert phase.side == "both"
        assert screen.shown_views == views
        assert screen.other_diagram.isVisible() == (len(views) == 2)
        assert {i[-2:] for i in screen.target_ids} == {"-L", "-R"}
        if len(views) == 2:
            assert screen.diagram.view_geometry.title == "Left leg, inner side"
            assert screen.other_diagram.view_geometry.title == "Right leg, inner side"
            assert text(screen, "view-title") == "Left leg, inner side"
            assert text(screen, "other-view-title") == "Right leg, inner side"
            assert screen.diagram.selected() == {"pt-SP6-L"}
            assert screen.other_diagram.selected() == {"pt-SP6-R"}


def test_breathing_pacer_animates_only_in_paced_steps(run):
    launcher, _clock, advance_to = run()
    pacer = launcher.screen.panel.pacer
    advance_to(5)
    assert not pacer.animating
    advance_to(12)
    assert pacer.isVisible() and pacer.animating
    assert pacer.text().startswith("Breathe in")
    advance_to(540)  # GV20: a press step
    assert not pacer.animating


def test_reduced_motion_means_text_and_no_pulse(run):
    launcher, _clock, advance_to = run(reduced_motion=True)
    screen = launcher.screen
    advance_to(12)
    assert screen.panel.pacer.reduced_motion
    assert screen.panel.pacer.text().startswith("Breathe in")
    for second in range(12, 22):  # the first seconds of the hold, when the point would blink
        advance_to(second)
        assert screen.diagram.selected() == screen.target_ids != set(), second


def test_after_sleep_you_choose_resume_restart_or_end(run, qtbot):
    launcher, clock, advance_to = run()
    screen = launcher.screen
    advance_to(60)
    clock.sleep(1800)
    clock.advance(screen.runner.timer.interval() / 1000)  # the next wake-up
    screen.runner.wake()
    away = screen.findChild(QFrame, "away")
    assert screen.runner.view.state is SessionState.PAUSED and away.isVisible()
    qtbot.mouseClick(button(screen, "away-restart"), Qt.MouseButton.LeftButton)
    assert screen.runner.view.state is SessionState.RUNNING and not away.isVisible()
    assert screen.runner.view.position == pytest.approx(0)


def test_the_end_summary_writes_one_history_row(run, monkeypatch, history):
    asked = []

    def ask(cls, record, total, parent=None, on_print=None, stopped_at=None):
        asked.append((record, total, stopped_at))
        return 3

    monkeypatch.setattr(SessionSummary, "ask", classmethod(ask))
    launcher, _clock, advance_to = run("leg-cramps", SafetyChoice(rating_before=6), summary=True)
    advance_to(10_000)
    rows = history.all()
    assert len(rows) == 1
    row = rows[0]
    assert row.routine_id == "leg-cramps" and row.completed
    assert row.steps_done == 5 and row.steps_skipped == 0
    assert row.rating_before == 6 and row.rating_after == 3
    assert row.duration_seconds == pytest.approx(675, abs=1)
    assert [(total, stopped_at) for _, total, stopped_at in asked] == [(5, None)]
    assert not launcher.screen.isVisible()


def test_a_stopped_session_counts_skipped_steps(run, history):
    launcher, _clock, advance_to = run("leg-cramps")
    screen = launcher.screen
    advance_to(30)
    screen.skip()
    screen.skip()
    screen.stop()
    row = history.all()[0]
    assert not row.completed and row.steps_done == 0 and row.steps_skipped == 2
    assert launcher.record == row


def test_the_summary_says_where_a_stopped_session_ended(run, monkeypatch):
    seen = []

    def shown(dialog):
        seen.append(dialog.findChild(QLabel, "summary-text").text())
        return 0

    monkeypatch.setattr(SessionSummary, "exec", shown)
    launcher, _clock, advance_to = run("leg-cramps", summary=True)
    advance_to(30)
    launcher.screen.skip()
    launcher.screen.stop()
    assert len(seen) == 1
    assert "Session stopped at step 2." in seen[0]
    assert "0 of 5 steps done · 1 skipped" in seen[0]


def test_skipping_through_the_rls_routine_is_said_plainly(run, monkeypatch, history, qtbot):
    seen = []

    def shown(dialog):
        seen.append(dialog.findChild(QLabel, "summary-text").text())
        return 0

    monkeypatch.setattr(SessionSummary, "exec", shown)
    launcher, clock, _advance_to = run("rls-evening", summary=True)
    while launcher.runner.view.active:
        clock.advance(0.5)
        launcher.runner.wake()
        if launcher.runner.view.active:
            launcher.screen.skip()
    total = len(launcher.routine.steps)
    assert len(seen) == 1
    assert "Skipped through to the end: no step was done." in seen[0]
    assert "Well done" not in seen[0]
    assert f"0 of {total} steps done · {total} skipped" in seen[0]
    dialog = HistoryDialog(history.all())
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 5).text() == "skipped through"


def test_the_history_shows_whole_titles_how_each_ended_and_trials(run, history, qtbot):
    launcher, _clock, advance_to = run("leg-cramps", speed=4.0)
    advance_to(30)
    launcher.screen.skip()
    launcher.screen.stop()
    launcher, _clock, advance_to = run("leg-cramps")
    advance_to(10_000)
    dialog = HistoryDialog(history.all())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Finished" not in headers and headers[5] == "Result"
    results = sorted(table.item(row, 5).text() for row in range(table.rowCount()))
    assert results == ["completed", "stopped at step 2 (trial, speed 4)"]
    for row in range(table.rowCount()):  # every cell is wide enough for its words
        for column in range(table.columnCount()):
            words = table.item(row, column).text()
            needed = table.fontMetrics().horizontalAdvance(words)
            assert table.columnWidth(column) >= needed, (words, table.columnWidth(column))


def test_the_screen_is_kept_awake_only_while_running(run):
    awake = RecordingAwake()
    launcher, _clock, _advance_to = run(awake=awake)
    screen = launcher.screen
    screen.toggle_pause()
    screen.toggle_pause()
    screen.stop()
    assert awake.calls[:4] == ["hold", "release", "hold", "release"]


def test_screen_awake_without_a_session_bus_does_nothing():
    awake = ScreenAwake()
    awake.hold()
    awake.release()
    assert awake.cookie is None


def test_the_point_blinks_when_a_phase_starts_then_stays_lit(run):
    launcher, _clock, advance_to = run()
    screen = launcher.screen
    advance_to(530)  # GV20, a press step, begins
    assert screen.target_ids == {"pt-GV20"}
    shown = []
    for second in range(530, 546):
        advance_to(second)
        shown.append(screen.diagram.selected())
    assert set() in shown[:10] and {"pt-GV20"} in shown[:10], "it blinks at first"
    assert all(ids == {"pt-GV20"} for ids in shown[10:]), "then it stays lit"
    assert screen.diagram.selected() == screen.target_ids == {"pt-GV20"}


def test_the_end_question_pauses_the_session_and_no_resumes_it(run, qtbot, monkeypatch):
    launcher, clock, advance_to = run("leg-cramps")
    screen = launcher.screen
    advance_to(20.0)
    left = screen.runner.view.remaining
    seen = []

    def answer_no_after_a_while(parent):
        seen.append((screen.runner.view.state, screen.windowTitle()))
        clock.advance(30.0)  # the user reads the question for half a minute
        screen.runner.wake()
        return False

    monkeypatch.setattr(SessionScreen, "confirm_stop", staticmethod(answer_no_after_a_while))
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert len(seen) == 1 and seen[0][0] is SessionState.PAUSED
    assert seen[0][1].startswith("Paused · Leg cramps")
    assert screen.runner.view.state is SessionState.RUNNING
    assert screen.runner.view.remaining == pytest.approx(left, abs=0.01), "no time lost"


def test_paused_is_written_large_over_a_dimmed_countdown(run, qtbot):
    launcher, _clock, _advance_to = run("leg-cramps")
    screen = launcher.screen
    banner = screen.findChild(QLabel, "paused")
    countdown = screen.findChild(QLabel, "countdown")
    step_text = screen.findChild(QLabel, "instruction")

    def looks():  # the countdown's own ink (not the banner over it), and the text's place
        image = QImage(countdown.size(), QImage.Format.Format_RGB32)
        countdown.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
        paper = countdown.palette().color(countdown.backgroundRole()).name()
        inks = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)} - {paper}
        darkest = max(inks, key=lambda c: contrast_ratio(c, paper))
        return contrast_ratio(darkest, paper), step_text.geometry()

    qtbot.wait(20)  # the first layout
    running, where = looks()
    assert not banner.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert banner.isVisible() and banner.text() == "Paused"
    assert banner.font().pointSize() >= 48
    assert banner.geometry().bottom() <= countdown.geometry().top() + 4, "over the countdown"
    paused, where_paused = looks()
    assert 4.5 <= paused < running * 0.75, "dimmed, and still readable"
    assert where_paused == where, ("nothing on the screen moves", step_text.text())
    assert "Paused" in countdown.accessibleDescription()
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    assert not banner.isVisible()
    assert looks()[0] == pytest.approx(running)


@pytest.mark.parametrize(("theme", "least"), [("light", 4.5), ("dark", 4.5), ("contrast", 7.0)])
def test_the_dimmed_countdown_is_dimmer_and_still_readable_in_every_theme(theme, least):
    from acuguide.ui.theme import CONTRAST, DARK

    text, paper = {"light": ("#000000", "#efefef"),  # Fusion's standard palette
                   "dark": (DARK["WindowText"], DARK["Window"]),
                   "contrast": (CONTRAST["WindowText"], CONTRAST["Window"])}[theme]
    dim = dimmed(text, paper, least)
    assert least <= contrast_ratio(dim, paper) < contrast_ratio(text, paper) * 0.75


def test_the_countdown_tells_assistive_technology_its_time_every_ten_seconds(run):
    launcher, _clock, advance_to = run("leg-cramps")
    screen = launcher.screen
    countdown = QAccessible.queryAccessibleInterface(screen.findChild(QLabel, "countdown"))

    def told():
        return countdown.text(QAccessible.Text.Description)

    assert told() == "0:10 left in this step"  # the first phase: getting ready, 10 s
    advance_to(14.0)  # into the first work phase (60 s), 56 s left
    assert told() == "1:00 left in this step", "told at the phase change"
    advance_to(15.0)
    assert told() == "1:00 left in this step", "not every second"
    advance_to(20.5)
    assert told() == "0:50 left in this step"
    assert countdown.text(QAccessible.Text.Name) == "Time left in this step"


def test_each_step_and_side_switch_is_announced_with_the_voices_words(run):
    launcher, _clock, advance_to = run("leg-cramps")
    screen = launcher.screen
    spoken = []
    screen.runner.cue.connect(lambda fired: fired.cue.speech and spoken.append(fired.cue.speech))
    advance_to(150.0)  # ST34 left, the switch, ST34 right, then getting ready for BL37
    assert screen.announcements[0].startswith("Next: ST34")  # said when the session started
    assert screen.announcements[1:] == spoken
    assert any("right" in words.lower() for words in spoken), "the side switch"
    assert any(words.startswith("Next: BL37") for words in spoken), "the next step"


def test_the_screen_opens_with_the_keyboard_focus(run, qapp, qtbot):
    launcher, _clock, _advance_to = run("leg-cramps")
    screen = launcher.screen
    qtbot.waitUntil(lambda: qapp.activeWindow() is screen, timeout=2000)
    focused = qapp.focusWidget()
    assert focused is screen or (focused is not None and screen.isAncestorOf(focused))


def test_the_screen_is_read_as_a_window_of_its_own_with_its_diagram_listed(run):
    launcher, _clock, _advance_to = run("leg-cramps")
    screen = launcher.screen
    face = QAccessible.queryAccessibleInterface(screen)
    assert screen.isWindow()
    assert face.role() == QAccessible.Role.Window
    assert face.text(QAccessible.Text.Name).startswith("Leg cramps")
    diagram = QAccessible.queryAccessibleInterface(screen.diagram)
    assert diagram.role() == QAccessible.Role.List and diagram.childCount() > 0


def test_tab_reaches_every_control_button_left_to_right_and_space_still_pauses(run, qtbot,
                                                                                 qapp):
    launcher, _clock, _advance_to = run("leg-cramps")
    screen = launcher.screen
    buttons = sorted((b for b in screen.findChildren(QPushButton)
                      if b.objectName().startswith("button-")), key=lambda b: b.x())
    assert len(buttons) == 8
    buttons[0].setFocus()
    qtbot.waitUntil(lambda: qapp.focusWidget() is buttons[0], timeout=2000)
    reached = [qapp.focusWidget()]
    for _ in buttons[1:]:
        qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Tab)
        reached.append(qapp.focusWidget())
    assert reached == buttons
    assert all(b.accessibleName() or b.text() for b in buttons)
    qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Space)  # on "Full screen", still pauses
    assert screen.runner.view.state is SessionState.PAUSED
    assert not screen.windowState() & Qt.WindowState.WindowFullScreen
