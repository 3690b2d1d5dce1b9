"""The session screen's controls as actions: one table for the screen and the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

# name, button text, key, what it does: in the order of the buttons along the screen's foot.
CONTROLS = (
    ("back", "◀ Back", "Left", "Back to the start of this step (or the previous one, in its "
     "first seconds)"),
    ("pause", "Pause", "Space", "Pause or resume"),
    ("skip", "Skip ▶", "Right", "Skip to the next step"),
    ("restart", "Restart step", "R", "Restart this step"),
    ("stop", "Stop", "Esc", "End the session (asks first)"),
    ("mute", "Mute", "M", "Sound off or on (captions stay)"),
    ("voice", "Voice", "V", "Spoken guidance off or on"),
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


def key_text(action: QAction) -> str:
    """The action's shortcut as the user reads it, e.g. 'Space'."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
