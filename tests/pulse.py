"""A private PulseAudio server with one null sink, for tests that listen to what plays.

Recipe measured on these machines (docs/testing.md): user-mode server as
root with anonymous auth on a private socket, a null sink without rewinds (otherwise the
first recorded data arrives up to 2 s late), stopped by the PID recorded here.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SINK = "test_sink"
RATE = 48_000
# The designed first note of the chimes (scripts/make_sounds.py), as dominant_hz hears it.
FIRST_NOTE_HZ = {"prepare": 659, "start": 880, "switch-side": 784, "halfway": 440,
                 "last-seconds": 1319, "breathe-out": 385, "end": 523}


@dataclass
class PulseServer:
    """A running private server and the environment that reaches it."""

    folder: Path
    process: subprocess.Popen
    env: dict[str, str]  # what a client needs to reach it

    def stop(self) -> None:
        """Stop the server by its PID (never by name) and remove its folder."""
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> tuple[PulseServer | None, str]:
    """Start a server; (None, reason) where that is impossible here."""
    if not shutil.which("pulseaudio") or not shutil.which("parec"):
        return None, "pulseaudio and parec are not installed (Debian: pulseaudio-utils)"
    folder = Path(tempfile.mkdtemp(prefix="acuguide-pulse-"))
    folder.chmod(0o700)
    socket = folder / "pulse" / "native"
    env = {"PULSE_SERVER": f"unix:{socket}"}
    server_env = {"PULSE_RUNTIME_PATH": str(folder / "pulse"),
                  "PULSE_STATE_PATH": str(folder / "state"), "XDG_RUNTIME_DIR": str(folder),
                  "HOME": str(folder), **env}
    command = [
        "pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "-n",
        "--log-target=stderr", "--log-level=error",
        f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
        f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=2 norewinds=1",
    ]
    if os.geteuid() == 0:
        command.insert(1, "--system=no")
    log = folder / "pulseaudio.log"
    with open(log, "wb") as errors:
        server = subprocess.Popen(command, env={**os.environ, **server_env},
                                  stdout=subprocess.DEVNULL, stderr=errors,
                                  start_new_session=True)
    for _ in range(100):
        if socket.exists():
            break
        if server.poll() is not None:  # it exited: nothing left to wait for
            error = log.read_text(errors="replace")
            shutil.rmtree(folder, ignore_errors=True)
            return None, f"pulseaudio did not start: {error.strip()[:300]}"
        time.sleep(0.05)
    else:
        server.kill()
        server.wait(5)
        shutil.rmtree(folder, ignore_errors=True)
        return None, "pulseaudio did not create its socket in 5 s"
    return PulseServer(folder, server, env), ""


class Recorder:
    """Records the null sink's monitor with parec, stamping each chunk with time.monotonic()."""

    def __init__(self, server: PulseServer) -> None:
        import threading

        self._chunks: list[tuple[float, bytes]] = []
        self._proc = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=2"],
            env={**os.environ, **server.env}, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while True:
            data = self._proc.stdout.read1(4096)  # type: ignore[attr-defined]
            if not data:
                return
            self._chunks.append((time.monotonic(), data))

    def stop(self):
        """Stop recording; return (samples as floats in -1..1, monotonic time of sample 0)."""
        import numpy as np

        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        frames = 0
        t0 = float("inf")
        for stamp, data in self._chunks:
            frames += len(data) // 2
            # A chunk's last frame arrived by ``stamp``: the lower envelope maps frames to time.
            t0 = min(t0, stamp - frames / RATE)
        audio = np.frombuffer(b"".join(d for _, d in self._chunks), dtype="<i2")
        return audio.astype(np.float64) / 32768.0, t0


def onsets(samples, threshold: float = 0.01, quiet_ms: int = 60):
    """Sample indexes where sound starts after at least ``quiet_ms`` of near-silence."""
    import numpy as np

    frame = RATE // 1000  # 1 ms frames
    n = len(samples) // frame
    rms = np.sqrt((samples[: n * frame].reshape(n, frame) ** 2).mean(axis=1))
    found: list[int] = []
    sounding, quiet = False, 0
    for i, level in enumerate(rms):
        if not sounding and level >= threshold:
            first = i * frame
            back = max(0, first - 5 * frame)  # the attack may start a few ms earlier
            above = np.nonzero(np.abs(samples[back: first + frame]) >= threshold / 4)[0]
            found.append(back + (int(above[0]) if len(above) else first - back))
            sounding, quiet = True, 0
        elif sounding:
            quiet = quiet + 1 if level < threshold / 2 else 0
            if quiet >= quiet_ms:
                sounding = False
    return found


def dominant_hz(samples, start: int, ms: float = 120.0) -> float:
    """The strongest frequency in the ``ms`` after ``start``."""
    import numpy as np

    window = samples[start: start + int(RATE * ms / 1000)]
    spectrum = np.abs(np.fft.rfft(window * np.hanning(len(window)), n=1 << 16))
    freqs = np.fft.rfftfreq(1 << 16, 1 / RATE)
    band = (freqs > 150) & (freqs < 2000)
    return float(freqs[band][np.argmax(spectrum[band])])
