"""The session screen: readable from across the room, driven from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acuguide.diagrams import catalog
from acuguide.diagrams.describe import describe
from acuguide.model.content import Content
from acuguide.model.plan import Plan
from acuguide.model.timefmt import clock
from acuguide.qtkit.timers import make_timer
from acuguide.session.breathing import breath_at
from acuguide.session.controller import FINISHED, PAUSED, RUNNING
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.output import CueOutput
from acuguide.session.runner import SessionRunner
from acuguide.ui.breath_pacer import BreathPacer
from acuguide.ui.diagram_view import DiagramView
from acuguide.ui.session_controls import control_actions, key_text

PULSE_MS = 1000  # the current point's ring blinks in two states ...
PULSE_TIMES = 10  # ... for the first ten seconds of a phase, to draw the eye; then it stays lit
# (blinking all along cost a press step 0.1 % of a core: 0.25 % instead of 0.15 %).
SIDE_TEXT = {"left": "LEFT side", "right": "RIGHT side", "both": "BOTH sides",
             "midline": "centre line"}


def _font(label: QLabel, points: int, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)


class SessionScreen(QWidget):
    """Follows one running session.

    Signals:
        ended(str): the session ended ("completed" or "stopped") and the screen may close.
    """

    ended = Signal(str)

    def __init__(self, runner: SessionRunner, output: CueOutput, content: Content,
                 title: str, theme: str = "light", reduced_motion: bool = False,
                 screen_awake: ScreenAwake | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._title = f"{title} · acuguide"
        self.setWindowTitle(self._title)
        self.runner = runner
        self.controller = runner.controller
        self.plan: Plan = runner.controller.plan
        self.output = output
        self.content = content
        self.awake = screen_awake
        self.reduced_motion = reduced_motion
        self._pulse_on = False
        self._pulses_left = 0
        self._current_ids: set[str] = set()

        self.title = QLabel(title, objectName="title")
        self.step_label = QLabel(objectName="step")
        self.total_label = QLabel(objectName="total")
        for label in (self.title, self.step_label, self.total_label):
            _font(label, 15, bold=label is self.title)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.step_label)
        top.addSpacing(24)
        top.addWidget(self.total_label)

        self.diagram = DiagramView(lambda h: describe(content.atlas, h), theme=theme)
        self.diagram.static = True
        self.diagram.setInteractive(False)
        self.diagram.setDragMode(DiagramView.DragMode.NoDrag)
        self.diagram.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.diagram.setMinimumWidth(380)
        self.diagram.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.diagram.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.countdown = QLabel("0:00", objectName="countdown")
        _font(self.countdown, 96, bold=True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("Time left in this step")
        self.side = QLabel(objectName="side")
        _font(self.side, 28, bold=True)
        self.side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction = QLabel(objectName="instruction")
        _font(self.instruction, 22)
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pacer = BreathPacer(self._breath)
        self.pacer.reduced_motion = reduced_motion
        self.caption = QLabel(objectName="caption")
        _font(self.caption, 16)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up = QLabel(objectName="next-up")
        _font(self.next_up, 14)
        self.next_up.setWordWrap(True)
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QVBoxLayout()
        for widget in (self.countdown, self.side, self.instruction):
            right.addWidget(widget)
        right.addWidget(self.pacer, 1, Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.caption)
        right.addWidget(self.next_up)
        middle = QHBoxLayout()
        middle.addWidget(self.diagram, 5)
        middle.addLayout(right, 6)

        self.away = QFrame(objectName="away")
        self.away.setFrameShape(QFrame.Shape.StyledPanel)
        away_layout = QHBoxLayout(self.away)
        away_text = QLabel("You were away. Resume, restart this step, or end the session?")
        _font(away_text, 15, bold=True)
        away_layout.addWidget(away_text, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("away-resume", "Resume", self.toggle_pause),
                                 ("away-restart", "Restart step", self.restart_step),
                                 ("away-end", "End", self.stop)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            away_layout.addWidget(button)
            self.buttons[name] = button
        self.away.hide()

        control_row = QHBoxLayout()
        slots = {"back": self.back, "pause": self.toggle_pause, "skip": self.skip,
                 "restart": self.restart_step, "stop": self.ask_stop, "mute": self.toggle_mute,
                 "voice": self.toggle_voice, "fullscreen": self.toggle_fullscreen}
        # Not ``actions``: that would hide QWidget.actions(), which lists the same actions.
        self.controls = control_actions(self)
        for name, action in self.controls.items():
            action.triggered.connect(slots[name])
            self.addAction(action)
            button = QPushButton(f"{action.text()}  [{key_text(action)}]")
            button.setObjectName(f"button-{name}")
            button.setToolTip(action.toolTip())
            button.setAccessibleDescription(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause
            button.clicked.connect(action.trigger)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            control_row.addWidget(button)
            self.buttons[name] = button
        self.controls["mute"].setChecked(not output.settings.sound)
        self.controls["voice"].setChecked(output.settings.voice)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.away)
        layout.addLayout(middle, 1)
        layout.addLayout(control_row)

        self._pulse = make_timer(self, "point-pulse", single_shot=False,
                                 on_timeout=self._toggle_pulse)

        runner.phase_changed.connect(self._phase_changed)
        runner.remaining_changed.connect(self._remaining_changed)
        runner.paused.connect(self._paused)
        runner.resumed.connect(self._resumed)
        runner.finished.connect(self._finished)
        output.caption.connect(self._show_caption)
        output.notice.connect(self._notice)
        self.resize(1120, 720)

    # ---------------------------------------------------------------- display
    def _breath(self):
        if self.controller.state == FINISHED or not self.plan.phases:
            return None
        return breath_at(self.controller.phase(), self.controller.position())

    def _phase_changed(self, index: int) -> None:
        phase = self.plan.phases[index]
        steps = list(self.plan.steps)
        position = steps.index(phase.step) + 1 if phase.step in steps else 0
        self.step_label.setText(f"Step {position} of {len(steps)}")
        self.instruction.setText(phase.instruction)
        self.side.setText(SIDE_TEXT.get(phase.side, ""))
        self.side.setVisible(phase.side != "midline" or phase.target_kind != "point")
        later = [p for p in self.plan.phases[index + 1:]
                 if p.step != phase.step and p.kind == "work"]
        self.next_up.setText(f"After this: {later[0].instruction}" if later
                             else "After this: the end")
        self._show_target(phase.target_kind, phase.target, phase.side)
        self._update_pacer()

    def _show_target(self, kind: str, target: str, side: str) -> None:
        entry = self.content.atlas.target(kind, target)
        view, hotspots = catalog.best_view(kind, target, getattr(entry, "views", ()))
        self.diagram.show_view(view.name)
        wanted = {h.id for h in hotspots if h.side in ("", side) or side == "both"}
        self._current_ids = wanted or {h.id for h in hotspots}
        self.diagram.select(self._current_ids)
        self.diagram.reveal(self._current_ids)
        self._update_pulse(restart=True)

    def _remaining_changed(self, phase_seconds: int, total_seconds: int) -> None:
        self.countdown.setText(clock(phase_seconds))
        self.total_label.setText(f"{clock(total_seconds)} left")
        if self.pacer.reduced_motion:
            self.pacer.update()

    def _update_pacer(self) -> None:
        paced = self._breath() is not None and self.controller.state == RUNNING
        self.pacer.setVisible(self._breath() is not None)
        self.pacer.run(paced and self.isVisible())

    def _update_pulse(self, restart: bool = False) -> None:
        running = self.controller.state == RUNNING and not self.reduced_motion
        if restart:
            self._pulses_left = PULSE_TIMES
        if running and self.isVisible() and self._pulses_left > 0:
            if not self._pulse.isActive():
                self._pulse.start(PULSE_MS)
        else:
            self._pulse.stop()
            self._pulse_on = True
            self.diagram.select(self._current_ids)

    def _toggle_pulse(self) -> None:
        self._pulses_left -= 1
        if self._pulses_left <= 0:
            self._update_pulse()  # stop, lit
            return
        self._pulse_on = not self._pulse_on
        self.diagram.select(self._current_ids if self._pulse_on else set())

    def _show_caption(self, text: str) -> None:
        """The latest cue's words, unless they only repeat the instruction above them.

        The runner reports a new phase before that phase's cues, so the instruction is current.
        """
        self.caption.setText("" if text == self.instruction.text() else text)

    def _notice(self, message: str) -> None:
        self.caption.setText(message)

    # ---------------------------------------------------------------- state
    def _paused(self, reason: str) -> None:
        self.setWindowTitle(f"Paused · {self._title}")
        self.buttons["pause"].setText(f"Resume  [{key_text(self.controls['pause'])}]")
        self.away.setVisible(reason == "slept")
        self.output.silence()
        if self.awake:
            self.awake.release()
        self._update_pacer()
        self._update_pulse()

    def _resumed(self) -> None:
        self.setWindowTitle(self._title)
        self.buttons["pause"].setText(f"Pause  [{key_text(self.controls['pause'])}]")
        self.away.hide()
        if self.awake:
            self.awake.hold()
        self._update_pacer()
        self._update_pulse()

    def _finished(self, reason: str) -> None:
        if self.awake:
            self.awake.release()
        self.pacer.run(False)
        self._pulse.stop()
        self.countdown.setText("0:00")
        self.away.hide()
        self.ended.emit(reason)

    def start(self) -> None:
        """Show the screen and start the session."""
        self.show()
        if self.awake:
            self.awake.hold()
        self.runner.start()
        self._update_pulse()

    # ---------------------------------------------------------------- controls
    def toggle_pause(self) -> None:
        """Space: pause or resume."""
        self.away.hide()
        self.runner.toggle_pause()

    def skip(self) -> None:
        """Right: next step."""
        self.output.silence()
        self.runner.skip()

    def back(self) -> None:
        """Left: this step from the start, or the previous one."""
        self.output.silence()
        self.runner.back()

    def restart_step(self) -> None:
        """R: this step again (also resumes after being away)."""
        self.output.silence()
        self.runner.restart_step()
        if self.controller.state == PAUSED:
            self.toggle_pause()

    @staticmethod
    def confirm_stop(parent: QWidget) -> bool:
        """Ask before ending a session early (tests replace this)."""
        answer = QMessageBox.question(parent, "End the session?",
                                      "End this session now? It is kept in your history.")
        return answer == QMessageBox.StandardButton.Yes

    def ask_stop(self) -> None:
        """Esc: end the session, after confirmation."""
        if self.controller.state in (RUNNING, PAUSED) and self.confirm_stop(self):
            self.stop()

    def stop(self) -> None:
        """End the session now."""
        self.output.silence()
        self.runner.stop()

    def toggle_mute(self) -> None:
        """M: no sound (captions stay)."""
        muted = self.output.settings.sound
        self.output.set_muted(muted)
        self.controls["mute"].setChecked(muted)
        self.caption.setText("Sound off" if muted else "Sound on")

    def toggle_voice(self) -> None:
        """V: spoken guidance on or off."""
        voice = not self.output.settings.voice
        self.output.set_voice(voice)
        self.controls["voice"].setChecked(voice)
        self.caption.setText("Voice on" if voice else "Voice off")

    def toggle_fullscreen(self) -> None:
        """F11."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The same keys as the actions' shortcuts, for key events delivered to the screen
        # itself rather than through the window's shortcut map (QTest's synthetic keys on
        # the offscreen platform, and tools that send events to a widget).
        sequence = QKeySequence(event.keyCombination()).toString()
        for action in self.controls.values():
            if action.shortcut().toString() == sequence:
                action.trigger()
                event.accept()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.state in (RUNNING, PAUSED):
            self.stop()
        self.pacer.run(False)
        self._pulse.stop()
        if self.awake:
            self.awake.release()
        super().closeEvent(event)
