"""The session screen: readable from across the room, driven from the keyboard.

It sees the session only through the runner: its signals, its controls and ``runner.view``
(a read-only snapshot). What it writes comes from the pure presenters.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from acuguide.diagrams import catalog
from acuguide.diagrams.describe import describe
from acuguide.model.content import Content
from acuguide.model.plan import Phase
from acuguide.model.timefmt import clock
from acuguide.qtkit import accessibility
from acuguide.session.breathing import Breath, breath_at
from acuguide.session.controller import Fired
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.output import CueOutput
from acuguide.session.presenters import Shown, diagrams_for, phase_text, point_lit
from acuguide.session.runner import SessionRunner
from acuguide.session.states import FinishReason, PauseReason, SessionState
from acuguide.ui.diagram_view import DiagramView
from acuguide.ui.session_controls import AwayBar, control_actions, control_button, key_text
from acuguide.ui.session_panel import StepPanel, set_font


class SessionScreen(QWidget):
    """Follows one running session.

    Signals:
        ended(FinishReason): the session ended (COMPLETED or STOPPED); the screen may close.
    """

    ended = Signal(FinishReason)

    def make_accessible(self) -> QAccessibleInterface:
        """Read as a window of its own (a frame), not as the filler a bare QWidget is."""
        return accessibility.window_interface(self)

    def __init__(self, runner: SessionRunner, output: CueOutput, content: Content,
                 title: str, theme: str = "light", reduced_motion: bool = False,
                 screen_awake: ScreenAwake | None = None, parent: QWidget | None = None) -> None:
        accessibility.install()
        super().__init__(parent)
        self.setObjectName("session-screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._title = f"{title} · acuguide"
        self.setWindowTitle(self._title)
        self.runner = runner
        self.plan = runner.view.plan
        self.output = output
        self.content = content
        self.awake = screen_awake
        self.reduced_motion = reduced_motion
        self._target_ids: frozenset[str] = frozenset()
        self._shown: tuple[Shown, ...] = ()
        self.announcements: list[str] = []  # what was announced to assistive technology
        self.diagram = self._build_diagram(theme)
        # "Both at once" on a one-limb view: the left version in ``diagram``, the right one here.
        self.other_diagram = self._build_diagram(theme)
        self.other_diagram.setObjectName("other-diagram")
        # The view's title ("Left foot, sole") above each diagram: it is zoomed to the point.
        self.view_title, self.other_view_title = QLabel(), QLabel()
        for label, name in ((self.view_title, "view-title"),
                            (self.other_view_title, "other-view-title")):
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_font(label, 13, bold=True)
        self.panel = StepPanel(self._breath, reduced_motion)
        self.panel.minimum_contrast = 7.0 if theme == "contrast" else 4.5
        self.away = AwayBar(self.toggle_pause, self.restart_step, self.stop)
        controls = self._build_controls()
        self._build_layout(title, controls)
        # Tab left to right along the buttons, as they are drawn (once they are in the window).
        for first, then in itertools.pairwise(self.buttons.values()):
            QWidget.setTabOrder(first, then)
        self._connect()
        self.resize(1120, 720)

    # ---------------------------------------------------------------- building
    def _build_diagram(self, theme: str) -> DiagramView:
        """The point on its diagram: shown, not explored (no clicks, no focus, no scrolling)."""
        diagram = DiagramView(lambda h: describe(self.content.atlas, h), theme=theme)
        diagram.static = True
        diagram.setInteractive(False)
        diagram.setDragMode(DiagramView.DragMode.NoDrag)
        diagram.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        diagram.setMinimumWidth(380)
        diagram.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        diagram.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return diagram

    def _build_controls(self) -> QHBoxLayout:
        """The actions (with their keys) and a row of buttons for them."""
        slots = {"back": self.back, "pause": self.toggle_pause, "skip": self.skip,
                 "restart": self.restart_step, "stop": self.ask_stop, "mute": self.toggle_mute,
                 "voice": self.toggle_voice, "fullscreen": self.toggle_fullscreen}
        # Not ``actions``: that would hide QWidget.actions(), which lists the same actions.
        self.controls = control_actions(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, action in self.controls.items():
            action.triggered.connect(slots[name])
            self.addAction(action)
            self.buttons[name] = control_button(action)
            row.addWidget(self.buttons[name])
        self.controls["mute"].setChecked(not self.output.settings.sound)
        self.controls["voice"].setChecked(self.output.settings.voice)
        return row

    def _build_layout(self, title: str, controls: QHBoxLayout) -> None:
        """Title, step and time left on top; the diagram beside the step panel; the buttons."""
        self.title = QLabel(title)
        self.step_label = QLabel()
        self.total_label = QLabel()
        for name, label in (("title", self.title), ("step", self.step_label),
                            ("total", self.total_label)):
            label.setObjectName(name)
            set_font(label, 15, bold=label is self.title)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.step_label)
        top.addSpacing(24)
        top.addWidget(self.total_label)
        middle = QHBoxLayout()
        self.other_column = QWidget()  # shown for "both at once" on a one-limb view only
        for label, diagram, column in ((self.view_title, self.diagram, QWidget()),
                                       (self.other_view_title, self.other_diagram,
                                        self.other_column)):
            inner = QVBoxLayout(column)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(label)
            inner.addWidget(diagram, 1)
            middle.addWidget(column, 5)
        self.other_column.hide()
        middle.addWidget(self.panel, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.away)
        layout.addLayout(middle, 1)
        layout.addLayout(controls)

    def _connect(self) -> None:
        """Follow the runner and the cue output."""
        self.runner.phase_changed.connect(self._phase_changed)
        self.runner.remaining_changed.connect(self._remaining_changed)
        self.runner.paused.connect(self._paused)
        self.runner.resumed.connect(self._resumed)
        self.runner.finished.connect(self._finished)
        self.output.caption.connect(self.panel.show_caption)
        self.output.notice.connect(self.panel.show_message)
        self.runner.cue.connect(self._announce)

    def _announce(self, fired: Fired) -> None:
        """Tell assistive technology what the voice says (a new step, a side switch).

        A screen reader does not speak a change of an unfocused label's text, so the words go
        out as an accessibility announcement too, whether or not the voice is on.
        """
        words = fired.cue.speech
        if not words:
            return
        self.announcements.append(words)
        event = QAccessibleAnnouncementEvent(self, words)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    # ---------------------------------------------------------------- display
    @property
    def target_ids(self) -> frozenset[str]:
        """The diagram ids of the current step's target, on its current side."""
        return self._target_ids

    @property
    def shown_views(self) -> tuple[str, ...]:
        """The view files on screen: one, or the left and right versions side by side."""
        return tuple(shown.view for shown in self._shown)

    def _breath(self) -> Breath | None:
        view = self.runner.view
        if view.state is SessionState.FINISHED or view.phase is None:
            return None
        return breath_at(view.phase, view.position)

    def _phase_changed(self, index: int) -> None:
        text = phase_text(self.plan, index)
        self.step_label.setText(text.step)
        self.panel.show_phase(text)
        self._show_target(self.plan.phases[index])
        self._update_pacer()

    def _show_target(self, phase: Phase) -> None:
        entry = self.content.atlas.target(phase.target_kind, phase.target)
        drawn = catalog.drawn_on(phase.target_kind, phase.target, tuple(entry.views))
        self._shown = diagrams_for(drawn, phase.side)
        self._target_ids = frozenset(i for shown in self._shown for i in shown.ids)
        self.other_column.setVisible(len(self._shown) > 1)
        for diagram, label, shown in zip((self.diagram, self.other_diagram),
                                         (self.view_title, self.other_view_title),
                                         self._shown, strict=False):
            diagram.show_view(shown.view)
            diagram.reveal(set(shown.ids))
            title = diagram.view_geometry.title if diagram.view_geometry else ""
            label.setText(title)
            diagram.setAccessibleName(f"Diagram: {title}")
        self._light_target()

    def _light_target(self) -> None:
        """Lit, or dim for a second while it blinks at the start of a phase."""
        lit = point_lit(self.runner.view, self.reduced_motion)
        for diagram, shown in zip((self.diagram, self.other_diagram), self._shown, strict=False):
            wanted = set(shown.ids) if lit else set()
            if diagram.selected() != wanted:
                diagram.select(wanted)

    def _remaining_changed(self, phase_seconds: int, total_seconds: int) -> None:
        self.panel.show_countdown(phase_seconds)
        self.total_label.setText(f"{clock(total_seconds)} left")
        self._light_target()

    def _update_pacer(self) -> None:
        paced = self._breath() is not None
        self.panel.pacer.setVisible(paced)
        self.panel.pacer.run(paced and self.runner.view.running and self.isVisible())

    def _set_pause_button(self, text: str) -> None:
        self.buttons["pause"].setText(f"{text}  [{key_text(self.controls['pause'])}]")
        self.buttons["pause"].setAccessibleName(f"{text} (Space key)")

    # ---------------------------------------------------------------- state
    def _paused(self, reason: PauseReason) -> None:
        self.setWindowTitle(f"Paused · {self._title}")
        self.panel.show_paused(True)
        self._set_pause_button("Resume")
        self.away.setVisible(reason is PauseReason.SLEPT)
        self.output.silence()
        if self.awake:
            self.awake.release()
        self._update_pacer()
        self._light_target()

    def _resumed(self) -> None:
        self.setWindowTitle(self._title)
        self.panel.show_paused(False)
        self._set_pause_button("Pause")
        self.away.hide()
        if self.awake:
            self.awake.hold()
        self._update_pacer()
        self._light_target()

    def _finished(self, reason: FinishReason) -> None:
        if self.awake:
            self.awake.release()
        self.panel.pacer.run(False)
        self._light_target()
        self.panel.show_countdown(0)
        self.away.hide()
        self.ended.emit(reason)

    def start(self) -> None:
        """Show the screen, with the keyboard focus, and start the session."""
        self.show()
        # Without a window manager (and under some) Qt gives a new window no focus: ask.
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if self.awake:
            self.awake.hold()
        self.runner.start()

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
        if self.runner.view.state is SessionState.PAUSED:
            self.toggle_pause()

    @staticmethod
    def confirm_stop(parent: QWidget) -> bool:
        """Ask before ending a session early (tests replace this)."""
        answer = QMessageBox.question(parent, "End the session?",
                                      "End this session now? It is kept in your history.")
        return answer == QMessageBox.StandardButton.Yes

    def ask_stop(self) -> None:
        """Esc: end the session, after confirmation; the session waits while it asks."""
        if not self.runner.view.active:
            return
        paused_here = self.runner.view.state is SessionState.RUNNING
        if paused_here:
            self.runner.pause()
        if self.confirm_stop(self):
            self.stop()
        elif paused_here:
            self.runner.resume()

    def stop(self) -> None:
        """End the session now."""
        self.output.silence()
        self.runner.stop()

    def toggle_mute(self) -> None:
        """M: no sound (captions stay)."""
        muted = self.output.settings.sound
        self.output.set_muted(muted)
        self.controls["mute"].setChecked(muted)
        self.panel.show_message("Sound off" if muted else "Sound on")

    def toggle_voice(self) -> None:
        """V: spoken guidance on or off."""
        voice = not self.output.settings.voice
        self.output.set_voice(voice)
        self.controls["voice"].setChecked(voice)
        self.panel.show_message("Voice on" if voice else "Voice off")

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

    def event(self, event: QEvent) -> bool:
        # Activated with nothing focused (a new window): the screen itself takes the keys.
        if event.type() == QEvent.Type.WindowActivate and self.focusWidget() is None:
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.view.active:
            self.stop()
        self.panel.pacer.run(False)
        if self.awake:
            self.awake.release()
        super().closeEvent(event)
