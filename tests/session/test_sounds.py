"""The chime player itself, in this process, through the private sound server.

What is checked is what the sound server sees and plays: the streams this process has open
on it (``pactl``), which sink they play on, and the recorded sound.
"""

import os
import re
import subprocess
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

import pulse
from acuguide.session import sounds
from acuguide.session.sounds import ChimePlayer

pytestmark = pytest.mark.gui


def pactl(server, *args):
    return subprocess.run(["pactl", *args], env={**os.environ, **server.env},
                          capture_output=True, text=True, check=True, timeout=10).stdout.strip()


def streams(server):
    """{stream index: sink index} of the playback streams this process has open."""
    found = {}
    for block in pactl(server, "list", "sink-inputs").split("Sink Input #")[1:]:
        pid = re.search(r'application\.process\.id = "(\d+)"', block)
        if pid and int(pid.group(1)) == os.getpid():
            found[int(block.split()[0])] = int(re.search(r"Sink: (\d+)", block).group(1))
    return found


def sink_index(server, name):
    return next(int(line.split()[0]) for line in pactl(server, "list", "short", "sinks")
                .splitlines() if line.split()[1] == name)


def wait_new_stream(qtbot, server, seen):
    """Wait until a stream that is not in ``seen`` plays; add it to ``seen`` and return it."""
    qtbot.waitUntil(lambda: bool(set(streams(server)) - seen), timeout=5000)
    new = max(set(streams(server)) - seen)
    seen.add(new)
    return new


def wait_heard(qtbot, server):
    """Every stream of this process closed: each chime was heard, then let go."""
    qtbot.waitUntil(lambda: not streams(server), timeout=5000)


def peak(samples, start, ms=300):
    return float(np.abs(samples[start: start + pulse.RATE * ms // 1000]).max())


def test_overlapping_chimes_play_and_every_stream_is_closed(qtbot, pulse_server):
    """Eight chimes 0.15 s apart: under QSoundEffect this froze the GUI thread now and then."""
    player = ChimePlayer(0.5)
    assert player.available
    recorder = pulse.Recorder(pulse_server)
    kinds = list(sounds.SOUND_FILES)
    played_at = []
    seen = set(streams(pulse_server))
    for kind in kinds:
        played_at.append(time.monotonic())
        assert player.play(kind), kind
        wait_new_stream(qtbot, pulse_server, seen)  # this chime's stream plays
        qtbot.wait(150)
    wait_heard(qtbot, pulse_server)
    samples, t0 = recorder.stop()
    first = (played_at[0] - t0) * pulse.RATE
    starts = [s for s in pulse.onsets(samples) if s > first - 0.05 * pulse.RATE]
    assert starts and (starts[0] - first) / pulse.RATE < 0.15
    assert pulse.dominant_hz(samples, starts[0], ms=80) == pytest.approx(
        pulse.FIRST_NOTE_HZ[kinds[0]], rel=0.08)
    player.close()


def test_playing_a_kind_again_restarts_it_and_close_stops_everything(qtbot, pulse_server):
    player = ChimePlayer(0.2)
    recorder = pulse.Recorder(pulse_server)
    seen = set(streams(pulse_server))
    assert player.play("prepare")
    first = wait_new_stream(qtbot, pulse_server, seen)
    assert player.play("prepare")  # restarted, not queued: its first stream is closed
    wait_new_stream(qtbot, pulse_server, seen)
    qtbot.waitUntil(lambda: first not in streams(pulse_server), timeout=1000)
    assert len(streams(pulse_server)) == 1
    wait_heard(qtbot, pulse_server)
    player.set_volume(0.7)
    assert player.play("prepare")
    wait_heard(qtbot, pulse_server)
    samples, _t0 = recorder.stop()
    starts = pulse.onsets(samples)
    assert len(starts) >= 2
    assert peak(samples, starts[-1]) / peak(samples, starts[0]) == pytest.approx(3.5, rel=0.15)
    assert player.play("start")
    wait_new_stream(qtbot, pulse_server, seen)
    player.close()
    # Closed at once: long before the chime (0.7 s) and its tail would have let it go.
    qtbot.waitUntil(lambda: not streams(pulse_server), timeout=500)
    assert not any(t.isActive() for t in player.findChildren(QTimer))


def test_an_unknown_kind_or_no_output_is_not_heard(qtbot, pulse_server):
    player = ChimePlayer()
    assert not player.play("no-such-kind")
    player.available = False
    assert not player.play("start")
    player.close()


def test_the_player_follows_a_new_default_output(qtbot, pulse_server):
    """Headphones plugged in mid-session: the chimes move to them and the screen says so."""
    player = ChimePlayer(0.5)
    changes = []
    player.output_changed.connect(lambda ok, why: changes.append((ok, why)))
    module = pactl(pulse_server, "load-module", "module-null-sink", "sink_name=headphones",
                   "sink_properties=device.description=Headphones")
    try:
        with qtbot.waitSignal(player.output_changed, timeout=5000):
            pactl(pulse_server, "set-default-sink", "headphones")
        assert changes[-1] == (True, "sound now plays through Headphones")
        seen = set(streams(pulse_server))
        assert player.play("start")
        stream = wait_new_stream(qtbot, pulse_server, seen)
        assert streams(pulse_server)[stream] == sink_index(pulse_server, "headphones")
    finally:
        with qtbot.waitSignal(player.output_changed, timeout=5000):
            pactl(pulse_server, "set-default-sink", pulse.SINK)
        pactl(pulse_server, "unload-module", module)
        player.close()
    assert changes[-1][0] and "Headphones" not in changes[-1][1]
