"""Make the cue sounds (assets/sounds/*.wav): short, gentle and easy to tell apart.

Run: .venv/bin/python scripts/make_sounds.py

48 kHz, mono, 16-bit PCM. Every sound ends with 40 ms of silence, so that no player can clip
its tail (QSoundEffect held back the last ~12 ms of a sound until the next play).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 48_000
TAIL_SILENCE = 0.040
OUT = Path(__file__).parents[1] / "assets" / "sounds"


def bell(freq: float, seconds: float, decay: float, level: float = 0.5) -> list[float]:
    """A soft bell: a few inharmonic partials, 6 ms attack, exponential decay."""
    partials = ((1.0, 1.0), (2.0, 0.35), (2.76, 0.18), (5.4, 0.06))
    out = []
    for i in range(int(seconds * RATE)):
        t = i / RATE
        attack = min(1.0, t / 0.006)
        env = attack * math.exp(-t / decay)
        out.append(level * env * sum(a * math.sin(2 * math.pi * freq * m * t)
                                     for m, a in partials) / 1.6)
    return out


def sweep(f0: float, f1: float, seconds: float, level: float) -> list[float]:
    """A breath-like tone gliding from f0 to f1, faded in and out (for breathing cues)."""
    out, phase = [], 0.0
    n = int(seconds * RATE)
    for i in range(n):
        t = i / n
        freq = f0 + (f1 - f0) * t
        phase += 2 * math.pi * freq / RATE
        env = math.sin(math.pi * t) ** 2
        out.append(level * env * (math.sin(phase) + 0.25 * math.sin(2 * phase)) / 1.25)
    return out


def seq(*parts: tuple[float, list[float]]) -> list[float]:
    """Mix parts that start at the given offsets (seconds)."""
    length = max(int(at * RATE) + len(p) for at, p in parts)
    out = [0.0] * length
    for at, part in parts:
        start = int(at * RATE)
        for i, v in enumerate(part):
            out[start + i] += v
    return out


SOUNDS = {
    # get ready: two soft rising notes
    "prepare": lambda: seq((0, bell(659, 0.25, 0.09, 0.4)), (0.17, bell(880, 0.28, 0.1, 0.4))),
    # start: one clear bell
    "start": lambda: bell(880, 0.66, 0.22, 0.55),
    # switch side: three notes, down and up
    "switch-side": lambda: seq((0, bell(784, 0.25, 0.08, 0.45)), (0.2, bell(587, 0.25, 0.08, 0.45)),
                               (0.4, bell(784, 0.36, 0.12, 0.45))),
    # halfway: one low, short note
    "halfway": lambda: bell(440, 0.36, 0.1, 0.45),
    # last seconds: three quick high ticks
    "last-seconds": lambda: seq(*((k * 0.18, bell(1319, 0.12, 0.03, 0.35)) for k in range(3))),
    # breathe in / out: quiet rising / falling glides
    "breathe-in": lambda: sweep(260, 390, 0.86, 0.22),
    "breathe-out": lambda: sweep(390, 260, 0.86, 0.22),
    # end: a slow rising arpeggio
    "end": lambda: seq(*((k * 0.22, bell(f, 1.0, 0.3, 0.4))
                         for k, f in enumerate((523, 659, 784, 1047)))),
}


def write(path: Path, samples: list[float]) -> None:
    samples = samples + [0.0] * int(TAIL_SILENCE * RATE)
    peak = max(1e-9, max(abs(s) for s in samples))
    scale = min(1.0, 0.9 / peak)
    frames = b"".join(struct.pack("<h", int(max(-1, min(1, s * scale)) * 32767))
                      for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for kind, make in SOUNDS.items():
        write(OUT / f"{kind}.wav", make())
        print(f"wrote {kind}.wav")


if __name__ == "__main__":
    main()
