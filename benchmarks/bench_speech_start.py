"""Benchmark: how long the UI thread stalls while the speech engine starts.

Run: .venv/bin/python benchmarks/bench_speech_start.py [engine]   (default: speechd)

A 10 ms timer ticks on the main thread while the engine starts in its helper process; the
longest gap between ticks is how long the UI would have frozen (goal: under 100 ms). Built in
this process, even on a worker thread, the speechd engine holds the GIL for about 1.5 s.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from acuguide.session.speech import Speaker


def main() -> None:
    engine = sys.argv[1] if len(sys.argv) > 1 else "speechd"
    app = QCoreApplication([])
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setObjectName("bench-ticker")
    ticker.timeout.connect(tick)
    ticker.start(10)
    speaker = Speaker(engine)
    started = time.monotonic()
    result = {}
    speaker.ready.connect(lambda: result.setdefault("ready", time.monotonic() - started))
    speaker.unavailable.connect(lambda why: result.setdefault("unavailable", why))
    speaker.load()
    QTimer.singleShot(8000, app.quit)
    app.exec()
    ticker.stop()
    speaker.close()
    print(f"engine {engine}: {result}")
    print(f"main thread: {len(gaps)} ticks, longest gap {max(gaps) * 1000:.1f} ms "
          "(goal < 100 ms)")


if __name__ == "__main__":
    main()
