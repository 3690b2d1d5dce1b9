"""Keep Qt's console messages useful: drop known noise that acuguide reports better itself."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Each of these is explained to the user once by acuguide (no sound output, no speech), or is
# harmless start-up chatter of QtMultimedia.
NOISE = (
    "pa_context_connect() failed",
    "Couldn't load pipewire",
    "Couldn't resolve pipewire",
    "Using Qt multimedia with FFmpeg",
    "playback of this format is not supported on the selected audio device",
    'Error loading text-to-speech plug-in "speechd"',
)


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(noise in message for noise in NOISE):
        return
    if kind == QtMsgType.QtDebugMsg:
        return
    category = f"{context.category}: " if context.category not in (None, "default") else ""
    print(f"{category}{message}", file=sys.stderr)


def install() -> None:
    """Route Qt's messages through the filter (call before QtMultimedia is imported)."""
    qInstallMessageHandler(_handler)
