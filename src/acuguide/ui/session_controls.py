"""The session screen's controls: its actions (one table), their buttons, the "away" bar.

The same table feeds the keyboard shortcuts list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

# name, button text, key, what it does: in the order of the buttons along the screen's foot.
CONTROLS = (
    ("back", "Back", "Left", "Back to the start of this step (or the previous one, in its "
     "first seconds)"),
    ("pause", "Pause", "Space", "Pause or resume"),
    ("skip", "Skip", "Right", "Skip to the next step"),
    ("restart", "Restart step", "R", "Restart this step"),
    ("stop", "Stop", "Esc", "End the session (asks first)"),
    ("mute", "Mute all", "M", "Every sound off or on: chimes and voice (captions stay)"),
    ("voice", "Voice", "V", "The spoken guidance off or on (the chimes stay)"),
    ("fullscreen", "Full screen", "F11", "Full screen on or off"),
)
CHECKABLE = ("mute", "voice")


def control_actions(parent: QObject) -> dict[str, QAction]:
    """The controls' actions by name: text, shortcut and what they do, nothing connected yet."""
    actions: dict[str, QAction] = {}
    for name, text, keys, does in CONTROLS:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setStatusTip(does)
        action.setToolTip(does)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(name in CHECKABLE)
        actions[name] = action
    return actions


# The arrow keys as arrows: "Back [Left]" under a large "RIGHT side" read like a side.
ARROW_KEYS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(action: QAction) -> str:
    """The action's shortcut as the user reads it, e.g. 'Space', or an arrow: '←'."""
    text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return ARROW_KEYS.get(text, text)


def key_name(action: QAction) -> str:
    """The shortcut as a screen reader should say it: 'Left arrow', 'Space'."""
    text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} arrow" if text in ARROW_KEYS else text


def control_button(action: QAction) -> QPushButton:
    """A button along the screen's foot for ``action``, labelled with its key."""
    button = QPushButton(f"{action.text()}  [{key_text(action)}]")
    button.setObjectName(f"button-{action.objectName()}")
    button.setAccessibleName(f"{action.text()} ({key_name(action)} key)")
    button.setToolTip(action.toolTip())
    button.setAccessibleDescription(action.toolTip())
    # Reached with Tab (a screen reader reads each), not focused by a click; Space stays pause
    # on a focused button, since the screen's shortcuts take it first; each button's own
    # key is in its label.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(action.trigger)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class AwayBar(QFrame):
    """Shown after the machine slept: resume, restart the step, or end the session."""

    def __init__(self, resume: Callable[[], None], restart: Callable[[], None],
                 end: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("away")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        text = QLabel("You were away. Resume, restart this step, or end the session?")
        font = QFont(text.font())
        font.setPointSize(15)
        font.setBold(True)
        text.setFont(font)
        layout.addWidget(text, 1)
        for name, label, slot in (("away-resume", "Resume", resume),
                                  ("away-restart", "Restart step", restart),
                                  ("away-end", "End", end)):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.hide()
