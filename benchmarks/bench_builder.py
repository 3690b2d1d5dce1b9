"""Benchmark: what the routine builder does on every edit, and its window's first paint.

Run: .venv/bin/python benchmarks/bench_builder.py   (needs Xvfb for the paint; ~1 minute)

(1) Every edit runs the loader on the document (write the file text, parse, check), plans it
    and sums the total. Timed for each built-in routine and a generated 300-step routine,
    pure (no Qt), median of 30. Goal: at most 30 ms for 300 steps, so typing never lags.
(2) The same edit in the builder window (offscreen), the step list and forms redrawn too,
    median of 15, for the 300-step routine.
(3) First paint of the builder window as a ratio to the main window's first paint, both
    built in the same warm process (the builder opens from the main window), medians of 7
    fresh processes under Xvfb.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

POINTS = ("SP6", "ST36", "LR3", "KI1", "BL40", "GB34", "KI3", "ST34", "GB20", "LU7")


def big_doc(steps: int = 300):  # a RoutineDoc (imported late)
    from acuguide.model.routine_doc import Defaults, RoutineDoc, StepDoc

    return RoutineDoc(title="Three hundred steps", summary="A generated routine.",
                      defaults=Defaults(seconds=60),
                      steps=tuple(StepDoc("point", POINTS[i % len(POINTS)],
                                          seconds=30 + i % 90, sides="left" if i % 3 else None)
                                  for i in range(steps)))


def time_ms(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def pure_edits() -> None:
    from acuguide.model.content import load_content
    from acuguide.model.plan import expand
    from acuguide.model.routine import routine_schema
    from acuguide.model.routine_doc import check_doc, doc_from_routine

    content = load_content()
    atlas = content.atlas
    schema = routine_schema(atlas)

    def edit(doc):
        def run() -> None:
            routine, problems = check_doc(doc, atlas, schema=schema)
            assert routine is not None, problems
            _ = expand(routine, atlas).total_seconds
        return run

    for routine in content.routines.values():
        doc = doc_from_routine(routine, atlas, new_id=f"{routine.id}-mine")
        print(f"edit, pure: {routine.id} ({len(doc.steps)} steps): "
              f"{time_ms(edit(doc), 30):.1f} ms")
    ms = time_ms(edit(big_doc()), 30)
    print(f"edit, pure: 300 steps: {ms:.1f} ms (goal <= 30 ms)")


def window_edits() -> None:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from acuguide.model.content import load_content
    from acuguide.store.drafts import DraftStore
    from acuguide.ui.builder_window import BuilderWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-builder-"))
    doc = big_doc()
    builder = BuilderWindow(load_content(), doc, folder, drafts=DraftStore(folder / "d.json"))
    builder.show()
    app.processEvents()
    values = iter(range(10, 10_000))

    def edit() -> None:
        builder.change(builder.doc.with_step(5, replace(builder.doc.steps[5],
                                                        seconds=float(next(values)))),
                       "bench")
        app.processEvents()

    print(f"edit in the window: 300 steps, list and forms redrawn: {time_ms(edit, 15):.1f} ms")
    builder.undo_stack.setClean()
    builder.close()


PAINT_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from acuguide.app import main_window
class FirstPaint(QObject):
    def __init__(self, t0):
        super().__init__(); self.t0 = t0; self.ms = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.ms is None:
            self.ms = (time.perf_counter() - self.t0) * 1000
        return False
t0 = time.perf_counter()
window = main_window()
main = FirstPaint(t0); window.installEventFilter(main); window.show()
def open_builder():
    if not window.ready or main.ms is None:
        QTimer.singleShot(5, open_builder); return
    t1 = time.perf_counter()
    builder = window.routine_actions.new_routine()
    paint = FirstPaint(t1); builder.installEventFilter(paint)
    def done():
        if paint.ms is None:
            QTimer.singleShot(5, done); return
        print(f"{main.ms:.1f} {paint.ms:.1f}")
        builder.undo_stack.setClean(); app.quit()
    QTimer.singleShot(0, done)
QTimer.singleShot(0, open_builder)
app.exec()
"""


def first_paint(runs: int = 7) -> None:
    from xserver import start_xvfb

    server, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_DATA_HOME": "/tmp/bench-builder-data", "XDG_STATE_HOME": "/tmp/bench-builder-st",
           "PULSE_SERVER": "unix:/nonexistent"}
    try:
        mains, builders = [], []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", PAINT_SCRIPT], env=env,
                                 capture_output=True, text=True, check=True, timeout=120)
            main_ms, builder_ms = (float(v) for v in out.stdout.split()[-2:])
            mains.append(main_ms)
            builders.append(builder_ms)
    finally:
        server.terminate()
        server.wait(5)
    main, builder = statistics.median(mains), statistics.median(builders)
    print(f"first paint: main window {main:.0f} ms (cold start), builder window {builder:.0f} "
          f"ms after Routines > New routine ({builder / main:.2f}x the main window's)")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pure_edits()
    window_edits()
    first_paint()
