"""The real thing: a session plays its chimes through a (private) sound server on time."""

import itertools
import json
import os
import subprocess
import sys

import pytest

import pulse

pytestmark = pytest.mark.slow

ROUTINE = """\
title: Audio check
summary: Short routine for the end-to-end sound test.
defaults: {prepare: 2, switch: 2, seconds: 4}
steps:
  - hold: right-thumb
    seconds: 6
    breathing: {inhale: 2, exhale: 2}
  - point: SP6
  - point: GV20
"""
# The kinds this routine sounds, each with the designed first note of its chime.
FIRST_NOTE_HZ = {kind: pulse.FIRST_NOTE_HZ[kind]
                 for kind in ("prepare", "start", "switch-side", "breathe-out", "end")}


def test_each_cue_is_heard_near_its_time_and_the_kinds_sound_different(pulse_server, tmp_path):
    folder = tmp_path / "data" / "acuguide" / "routines"
    folder.mkdir(parents=True)
    (folder / "audio-check.yaml").write_text(ROUTINE)
    log = tmp_path / "cues.jsonl"
    env = {**os.environ, **pulse_server.env, "XDG_DATA_HOME": str(tmp_path / "data"),
           "ACUGUIDE_LOG_MONOTONIC": "1"}
    recorder = pulse.Recorder(pulse_server)
    run = subprocess.run([sys.executable, "-m", "acuguide", "run", "audio-check", "--headless",
                          "--no-voice", "--speed", "2", "--cue-log", str(log)],
                         env=env, capture_output=True, text=True, timeout=120)
    samples, t0 = recorder.stop()
    assert run.returncode == 0, run.stderr
    assert "no sound output" not in run.stderr
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    heard = [e for e in entries if e["kind"] != "phase"]
    assert {e["kind"] for e in heard} == set(FIRST_NOTE_HZ)
    starts = pulse.onsets(samples)
    measured: dict[str, list[float]] = {}
    for entry in heard:
        at = (entry["monotonic"] - t0) * pulse.RATE
        near = [s for s in starts if -0.05 * pulse.RATE <= s - at <= 0.25 * pulse.RATE]
        assert near, f"{entry['kind']} at {entry['scheduled']} s was not heard"
        latency = (near[0] - at) / pulse.RATE
        assert latency < 0.15, f"{entry['kind']} sounded {latency * 1000:.0f} ms late"
        measured.setdefault(entry["kind"], []).append(pulse.dominant_hz(samples, near[0]))
    for kind, values in measured.items():
        for hz in values:
            assert hz == pytest.approx(FIRST_NOTE_HZ[kind], rel=0.08), (kind, values)
    means = sorted(sum(v) / len(v) for v in measured.values())
    assert all(b / a > 1.08 for a, b in itertools.pairwise(means)), measured
