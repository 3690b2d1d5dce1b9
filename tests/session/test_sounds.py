"""The chime player itself, in this process, through the private sound server."""

import os
import subprocess
import time

import pytest
from PySide6.QtMultimedia import QtAudio

import pulse
from acuguide.session import sounds
from acuguide.session.sounds import ChimePlayer

pytestmark = pytest.mark.gui


def wait_heard(qtbot, player, kinds):
    qtbot.waitUntil(lambda: all(player._sinks[k].state() == QtAudio.State.StoppedState
                                for k in kinds), timeout=5000)


def test_overlapping_chimes_play_and_every_stream_is_closed(qtbot, pulse_server):
    """Eight chimes 0.15 s apart: under QSoundEffect this froze the GUI thread now and then."""
    player = ChimePlayer(0.5)
    assert player.available
    recorder = pulse.Recorder(pulse_server)
    kinds = list(sounds.SOUND_FILES)
    played_at = []
    for kind in kinds:
        played_at.append(time.monotonic())
        assert player.play(kind), kind
        assert player._sinks[kind].state() != QtAudio.State.StoppedState
        qtbot.wait(150)
    wait_heard(qtbot, player, kinds)
    samples, t0 = recorder.stop()
    first = (played_at[0] - t0) * pulse.RATE
    starts = [s for s in pulse.onsets(samples) if s > first - 0.05 * pulse.RATE]
    assert starts and (starts[0] - first) / pulse.RATE < 0.15
    assert pulse.dominant_hz(samples, starts[0], ms=80) == pytest.approx(
        pulse.FIRST_NOTE_HZ[kinds[0]], rel=0.08)
    player.close()


def test_playing_a_kind_again_restarts_it_and_close_stops_everything(qtbot, pulse_server):
    player = ChimePlayer(0.2)
    assert player.play("end") and player.play("end")  # restarted, not queued
    player.set_volume(0.7)
    assert player._sinks["end"].volume() == pytest.approx(0.7)
    assert player.play("start")
    player.close()
    assert all(s.state() == QtAudio.State.StoppedState for s in player._sinks.values())
    assert not any(t.isActive() for t in player._release.values())


def test_an_unknown_kind_or_no_output_is_not_heard(qtbot, pulse_server):
    player = ChimePlayer()
    assert not player.play("no-such-kind")
    player.available = False
    assert not player.play("start")
    player.close()


def test_the_player_follows_a_new_default_output(qtbot, pulse_server):
    """Headphones plugged in mid-session: the chimes move to them and the screen says so."""
    env = {**os.environ, **pulse_server.env}

    def pactl(*args):
        return subprocess.run(["pactl", *args], env=env, capture_output=True, text=True,
                              check=True, timeout=10).stdout.strip()

    player = ChimePlayer(0.5)
    changes = []
    player.output_changed.connect(lambda ok, why: changes.append((ok, why)))
    first = player._device
    module = pactl("load-module", "module-null-sink", "sink_name=headphones",
                   "sink_properties=device.description=Headphones")
    try:
        pactl("set-default-sink", "headphones")
        qtbot.waitUntil(lambda: player._device != first, timeout=5000)
        assert changes[-1] == (True, "sound now plays through Headphones")
        assert player.play("start")
    finally:
        pactl("set-default-sink", pulse.SINK)
        pactl("unload-module", module)
        qtbot.waitUntil(lambda: player._device == first, timeout=5000)
        player.close()
