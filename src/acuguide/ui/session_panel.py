"""The session screen's step panel: the countdown, the side, what to do, the breath, what's next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from acuguide.diagrams.contrast import dimmed
from acuguide.model.timefmt import clock
from acuguide.session.breathing import Breath
from acuguide.session.presenters import PhaseText
from acuguide.ui.breath_pacer import BreathPacer


def set_font(label: QLabel, points: int, bold: bool = False) -> None:
    """Give ``label`` a font of ``points`` size, readable from across the room."""
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)


def _label(name: str, points: int, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    set_font(label, points, bold)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class StepPanel(QWidget):
    """What to do now, in large type: the right-hand side of the session screen."""

    def __init__(self, breath: Callable[[], Breath | None], reduced_motion: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step-panel")
        self.countdown = _label("countdown", 96, bold=True, wrap=False)
        self.countdown.setText("0:00")
        self.countdown.setAccessibleName("Time left in this step")
        # Seen from across the room: a large boxed word over the dimmed countdown while
        # paused. Its room is kept while hidden, so nothing on the screen moves.
        self.paused = _label("paused", 48, bold=True, wrap=False)
        self.paused.setText("Paused")
        keep = self.paused.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.paused.setSizePolicy(keep)
        self.paused.hide()
        self.minimum_contrast = 4.5  # the dimmed countdown's; 7 in the high-contrast theme
        self._told = -1  # the seconds last put in the countdown's accessible description
        self._said_above: set[str] = set()  # the phase's instruction and announcement
        self.side = _label("side", 28, bold=True, wrap=False)
        self.instruction = _label("instruction", 22)
        self.pacer = BreathPacer(breath)
        self.pacer.reduced_motion = reduced_motion
        self.caption = _label("caption", 16)
        self.next_up = _label("next-up", 14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.paused, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.countdown, self.side, self.instruction):
            layout.addWidget(widget)
        layout.addWidget(self.pacer, 1, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.caption)
        layout.addWidget(self.next_up)

    def show_phase(self, text: PhaseText) -> None:
        """The words of a new phase."""
        self._told = -1  # tell the new phase's time at once
        self.instruction.setText(text.instruction)
        self._said_above = {text.instruction, text.speech}
        self.side.setText(text.side)
        self.side.setVisible(text.side_shown)
        self.next_up.setText(text.after)

    def show_countdown(self, seconds: int) -> None:
        """Whole seconds left in the phase.

        Assistive technology reads the time from the description, renewed at each phase and
        every ten seconds rather than every second (a screen reader would chatter).
        """
        self.countdown.setText(clock(seconds))
        if self._told < 0 or (seconds % 10 == 0 and seconds != self._told):
            self._told = seconds
            self.countdown.setAccessibleDescription(f"{clock(seconds)} left in this step")
        if self.pacer.reduced_motion:
            self.pacer.update()

    def show_caption(self, text: str) -> None:
        """The latest cue's words, unless they only repeat the instruction above them.

        The phase's own announcement ("Next: SP6, ...") says in other words what its
        instruction shows ("Get ready: Press SP6 ..."), so it is not written twice. The runner
        reports a new phase before that phase's cues, so the instruction is current.
        """
        self.caption.setText("" if text in self._said_above else text)

    def show_paused(self, paused: bool) -> None:
        """Paused: the word in large letters over the countdown, dimmed but still readable.

        The dimmed colour is computed from the theme's own text and background (a disabled
        label's colour is not dimmer in every palette, and was unreadable in others).
        """
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        paper = palette.color(QPalette.ColorRole.Window).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        self.countdown.setStyleSheet(
            f"color: {dimmed(text, paper, self.minimum_contrast)};" if paused else "")
        self.paused.setStyleSheet(
            f"QLabel#paused {{ color: {text}; background: {paper}; border: 4px solid {accent};"
            " border-radius: 14px; padding: 0px 28px; }" if paused else "")
        self.paused.setVisible(paused)
        self.countdown.setAccessibleDescription(
            f"Paused, {self.countdown.text()} left in this step" if paused
            else f"{self.countdown.text()} left in this step")

    def show_message(self, message: str) -> None:
        """A notice or a confirmation ("Sound off"), where the cues' words go."""
        self.caption.setText(message)
