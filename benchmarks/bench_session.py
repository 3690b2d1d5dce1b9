"""Benchmark: the session screen's CPU use, and start-up time and memory of the window.

Run: .venv/bin/python benchmarks/bench_session.py [--quick]   (needs Xvfb; ~4 minutes)

Everything runs under a private Xvfb with the xcb platform, against a bare PySide6 window
measured in the same run (these machines are noisy):
(1) CPU of the process over 60 s (20 s with --quick) after a 5 s warm-up: a bare window with
    a once-a-second countdown, the session screen on a press step, and on a paced breathing
    step. Goals: press step at most 0.2 % of one core, breathing pacer at most 1 %.
(2) Start-up to the first painted window (and to the diagrams being ready), and peak memory
    (max RSS), medians of 7 cold starts each, as ratios to the bare window. Goal: at most
    1.3x each.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from xserver import start_xvfb

WINDOW_SCRIPT = r"""
import sys, time
t0 = time.perf_counter()
import resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
kind = sys.argv[1]
if kind == "bare":
    window = QLabel("0:60")
    window.resize(1180, 760)
else:
    from acuguide.app import main_window
    window = main_window()  # exactly as run_gui builds it
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "ms"):
            self.ms = (time.perf_counter() - t0) * 1000
        return False
first = FirstPaint()
window.installEventFilter(first)
window.show()
def ready():
    # The explorer built and painted: diagrams usable.
    if getattr(window, "ready", True) and hasattr(first, "ms"):
        first.ready_ms = (time.perf_counter() - t0) * 1000
        QTimer.singleShot(300, app.quit)
    else:
        QTimer.singleShot(5, ready)
QTimer.singleShot(0, ready)
app.exec()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{first.ms:.1f} {first.ready_ms:.1f} {rss:.1f}")
"""

COUNTDOWN_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("10:00")
font = label.font(); font.setPointSize(96); label.setFont(font)
label.resize(1120, 720)
label.show()
left = [600]
def tick():
    left[0] -= 1
    label.setText(f"{left[0] // 60}:{left[0] % 60:02d}")
timer = QTimer(); timer.timeout.connect(tick); timer.start(1000)
app.exec()
"""

ROUTINES = {
    "cpu-press.yaml": "title: CPU press\nsummary: One long press step.\n"
                      "defaults: {prepare: 0}\nsteps:\n  - point: GV20\n    seconds: 600\n",
    "cpu-breath.yaml": "title: CPU breath\nsummary: One long paced hold.\n"
                       "defaults: {prepare: 0}\nsteps:\n  - hold: right-thumb\n"
                       "    seconds: 600\n    breathing: {inhale: 4, exhale: 6}\n",
}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_percent(command: list[str], env: dict[str, str], seconds: float) -> float:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        time.sleep(5)
        before, start = cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        used, wall = cpu_seconds(process.pid) - before, time.monotonic() - start
    finally:
        process.terminate()
        process.wait(10)
    return used / wall * 100


def startup(kind: str, env: dict[str, str], runs: int = 7) -> tuple[float, float, float]:
    """Medians of: first paint (ms), contents ready (ms), peak memory (MB)."""
    times, ready, memory = [], [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", WINDOW_SCRIPT, kind], env=env,
                             capture_output=True, text=True, check=True)
        ms, ready_ms, mb = out.stdout.split()
        times.append(float(ms))
        ready.append(float(ready_ms))
        memory.append(float(mb))
    return statistics.median(times), statistics.median(ready), statistics.median(memory)


def main() -> None:
    seconds = 20 if "--quick" in sys.argv else 60
    server, display = start_xvfb()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data" / "acuguide" / "routines"
        folder.mkdir(parents=True)
        for name, text in ROUTINES.items():
            (folder / name).write_text(text)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "XDG_DATA_HOME": str(Path(tmp) / "data"), "XDG_CONFIG_HOME": str(Path(tmp) / "c")}
        try:
            bare_ms, _, bare_mb = startup("bare", env)
            app_ms, ready_ms, app_mb = startup("acuguide", env)
            print(f"start-up to first paint: bare window {bare_ms:.0f} ms, "
                  f"acuguide {app_ms:.0f} ms ({app_ms / bare_ms:.2f}x; goal <= 1.3x); "
                  f"diagrams and lists ready at {ready_ms:.0f} ms ({ready_ms / bare_ms:.2f}x)")
            print(f"peak memory: bare window {bare_mb:.0f} MB, acuguide {app_mb:.0f} MB "
                  f"({app_mb / bare_mb:.2f}x; goal <= 1.3x)")
            bare = cpu_percent([sys.executable, "-c", COUNTDOWN_SCRIPT], env, seconds)
            print(f"CPU over {seconds} s, bare window with a 1 s countdown: {bare:.2f} % of a core")
            run = [sys.executable, "-m", "acuguide", "run", "--yes", "--no-summary", "--mute"]
            press = cpu_percent([*run, "cpu-press"], env, seconds)
            print(f"CPU, session screen on a press step: {press:.2f} % ({press / bare:.1f}x bare; "
                  "goal <= 0.2 %)")
            breath = cpu_percent([*run, "cpu-breath"], env, seconds)
            print(f"CPU, session screen with the breathing pacer: {breath:.2f} % "
                  f"({breath / bare:.1f}x bare; goal <= 1 %)")
        finally:
            server.terminate()
            server.wait(5)


if __name__ == "__main__":
    main()
