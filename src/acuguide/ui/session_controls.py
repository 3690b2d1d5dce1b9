"""The session screen's controls as actions: one table for the screen and the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

# name, text, key: in the order of the buttons along the bottom of the screen.
CONTROLS = (
    ("back", "◀ Back", "Left"),
    ("pause", "Pause", "Space"),
    ("skip", "Skip ▶", "Right"),
    ("restart", "Restart step", "R"),
    ("stop", "Stop", "Esc"),
    ("mute", "Mute", "M"),
    ("voice", "Voice", "V"),
    ("fullscreen", "Full screen", "F11"),
)
CHECKABLE = ("mute", "voice")


def control_actions(parent: QObject) -> dict[str, QAction]:
    """The controls' actions by name, with text and shortcut but nothing connected yet."""
    actions: dict[str, QAction] = {}
    for name, text, keys in CONTROLS:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(name in CHECKABLE)
        actions[name] = action
    return actions


def key_text(action: QAction) -> str:
    """The action's shortcut as the user reads it, e.g. 'Space'."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
