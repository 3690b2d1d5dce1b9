"""The speech helper process: owns Qt's text-to-speech engine, driven by lines on stdin.

Building the speech-dispatcher engine takes about 1.5 s and holds Python's GIL the whole
time, so it would freeze the window's Python code even from a thread; in its own process it
cannot. Protocol (one line each, tab-separated): in ``say<TAB>text``, ``stop``, ``quit``;
out ``ready``, ``error<TAB>why``, ``state<TAB>ready|speaking|error``.

The helper never outlives acuguide: on Linux the kernel kills it when its parent dies, even
after ``kill -9`` of acuguide and while the engine hangs (when no event loop would see stdin
close); a parent that died before that was set up is caught by comparing ``os.getppid()``
with the pid acuguide passed. And on every system a watcher thread quits it when stdin
closes, also while the engine blocks the event loop (as long as it lets go of the GIL).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int | None) -> bool:
    """Be killed when the parent dies (Linux); exit now if it already has.

    Returns True when the kernel will do it, False where it cannot (not Linux, no libc).
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    # The parent may have died between fork and prctl: then we were re-parented already.
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(0)
    return armed


def exit_when_stdin_closes() -> threading.Thread:
    """Leave at once when acuguide closes our stdin, whatever the main thread is doing."""

    def watch() -> None:
        poller = select.poll()
        poller.register(sys.stdin.fileno(), 0)  # no events asked: only hang-up and errors
        while True:
            for _fd, event in poller.poll():
                if event & (select.POLLHUP | select.POLLERR | select.POLLNVAL):
                    os._exit(0)

    thread = threading.Thread(target=watch, name="stdin-watcher", daemon=True)
    thread.start()
    return thread


def _emit(*parts: str) -> None:
    sys.stdout.write("\t".join(parts) + "\n")
    sys.stdout.flush()


def _choose_english(engine: QTextToSpeech) -> None:
    """An English voice: the default under a C locale is not (docs/testing.md)."""
    from PySide6.QtCore import QLocale

    def english() -> list[QVoice]:
        return [v for v in engine.availableVoices()
                if v.locale().language() == QLocale.Language.English]

    voices = english()
    if not voices:
        engine.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        voices = english()
    if voices:
        engine.setLocale(voices[0].locale())
        engine.setVoice(voices[0])


def main(argv: list[str]) -> int:
    """Run the helper: argv is [engine, rate, parent pid]."""
    die_with_parent(int(argv[2]) if len(argv) > 2 else None)  # first: before the engine
    exit_when_stdin_closes()
    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    from acuguide.qtkit import messages as qt_messages

    qt_messages.install()
    name = argv[0] if argv else "speechd"
    rate = float(argv[1]) if len(argv) > 1 else 0.0
    app = QCoreApplication([sys.argv[0]])
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as err:
        _emit("error", f"speech is unavailable ({err})")
        return 1
    engine = QTextToSpeech(name)
    if engine.state() == QTextToSpeech.State.Error:
        why = engine.errorString() or "the speech engine failed to start"
        if name == "speechd":
            why += " (is speech-dispatcher installed and running?)"
        _emit("error", why)
        return 1
    _choose_english(engine)
    engine.setRate(rate)
    names = {QTextToSpeech.State.Ready: "ready", QTextToSpeech.State.Speaking: "speaking",
             QTextToSpeech.State.Error: "error"}
    engine.stateChanged.connect(lambda state: _emit("state", names.get(state, "other")))

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        verb, _, text = line.rstrip("\n").partition("\t")
        if verb == "say":
            engine.say(text)
        elif verb == "stop":
            engine.stop()
        elif verb == "quit":
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    _emit("ready")
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
