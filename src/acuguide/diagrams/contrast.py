"""WCAG 2 contrast between two sRGB colours, for checking every theme's text colours."""

from __future__ import annotations


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (0 black, 1 white)."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    r, g, b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), from 1 (no contrast) to 21 (black on white)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def dimmed(foreground: str, background: str, minimum: float) -> str:
    """``foreground`` moved towards ``background`` as far as keeps ``minimum`` contrast.

    For text that must look dimmed (a paused countdown) and stay readable; the foreground
    itself if it has no contrast to spare.
    """
    fg = [int(foreground.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    bg = [int(background.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    best = foreground
    for step in range(1, 20):  # 5 % steps towards the background
        t = step / 20
        mixed = "#" + "".join(f"{round(f + (b - f) * t):02x}" for f, b in zip(fg, bg, strict=True))
        if contrast_ratio(mixed, background) < minimum:
            break
        best = mixed
    return best
