"""Benchmark: how close cues come to their scheduled time, and how soon they are heard.

Run: .venv/bin/python benchmarks/bench_timing.py [--quick]

(1) Timing accuracy from the cue log of real headless runs (sound on, through a private
    PulseAudio null sink when one can be started): a 3-minute routine at speed 1 and the full
    RLS routine at speed 60. Error = (actual - scheduled) / speed, in real milliseconds.
    Goal: p99 under 5 ms, and no growth from the first to the last third of the session.
(2) Cue onset: the same sink's monitor is recorded; onset of each bell-like chime after the
    moment the cue fired. Goal: under 20 ms (QSoundEffect measured 15 ms here, QAudioSink 0.7 ms).
--quick skips the 3-minute run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
import pulse

THREE_MINUTES = """\
title: Three minutes
summary: Timing benchmark routine.
defaults: {prepare: 5, seconds: 25, sides: left}
steps:
""" + "".join(f"  - point: {code}\n" for code in ("SP6", "ST36", "KI3", "LR3", "GB34", "BL40"))
BELLS = {"prepare", "start", "switch-side", "end"}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(routine: str, speed: float, env: dict[str, str], folder: Path, record=None):
    log = folder / f"{routine}-{speed:g}.jsonl"
    recorder = pulse.Recorder(record) if record else None
    out = subprocess.run([sys.executable, "-m", "acuguide", "run", routine, "--headless",
                          "--no-voice", "--speed", str(speed), "--cue-log", str(log)],
                         env=env, capture_output=True, text=True, check=False)
    audio = recorder.stop() if recorder else None
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return [json.loads(line) for line in log.read_text().splitlines()], audio


def report_timing(name: str, entries: list[dict], speed: float) -> None:
    errors = [(e["actual"] - e["scheduled"]) / speed * 1000 for e in entries]
    third = max(1, len(errors) // 3)
    print(f"{name}: {len(errors)} cues, error p50 {percentile(errors, 0.5):.2f} ms, "
          f"p99 {percentile(errors, 0.99):.2f} ms, max {max(errors):.2f} ms; "
          f"p99 first third {percentile(errors[:third], 0.99):.2f} ms, "
          f"last third {percentile(errors[-third:], 0.99):.2f} ms")


def report_onsets(entries: list[dict], audio) -> None:
    samples, t0 = audio
    starts = pulse.onsets(samples)
    latencies = []
    for entry in entries:
        if entry["kind"] not in BELLS:
            continue
        at = (entry["monotonic"] - t0) * pulse.RATE
        near = [s for s in starts if -0.05 * pulse.RATE <= s - at <= 0.3 * pulse.RATE]
        if near:
            latencies.append((near[0] - at) / pulse.RATE * 1000)
    if not latencies:
        print("cue onset: nothing heard")
        return
    print(f"cue onset after firing ({len(latencies)} chimes): p50 "
          f"{statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms, "
          f"max {max(latencies):.1f} ms (goal < 20 ms)")


def main() -> None:
    server, reason = pulse.start()
    if server is None:
        print(f"no private sound server ({reason}): timing only, cues muted by the machine")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        routines = folder / "data" / "acuguide" / "routines"
        routines.mkdir(parents=True)
        (routines / "three-minutes.yaml").write_text(THREE_MINUTES)
        env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"),
               "ACUGUIDE_LOG_MONOTONIC": "1", **(server.env if server else {})}
        try:
            entries, audio = run("rls-evening", 60, env, folder, server)
            report_timing("RLS routine at speed 60", entries, 60)
            if audio:
                report_onsets(entries, audio)
            if "--quick" not in sys.argv:
                entries, audio = run("three-minutes", 1, env, folder, server)
                report_timing("3-minute routine at speed 1", entries, 1)
                if audio:
                    report_onsets(entries, audio)
        finally:
            if server:
                server.stop()


if __name__ == "__main__":
    main()
