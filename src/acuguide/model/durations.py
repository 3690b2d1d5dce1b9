"""Durations as routine files write them (``90``, ``90s``, ``2m``, ``1m30s``, ``1:30``).

One regular expression per field, made from the field's limits, is both what the loader
accepts and what the published JSON Schema says (``pattern``), so the two cannot disagree:
the loader runs it exactly as a JSON Schema validator does (a search, anchored by ``^`` and
``$``). Minutes may have decimals on their own (``1.5m``); written with seconds after them
(``1m30s``, ``1:30``) they are whole and the seconds under 60, which is what keeps the limits
expressible in a pattern.
"""

from __future__ import annotations

import functools
import re

_MINUTES = r"m(?:in(?:ute)?s?)?"  # m, min, mins, minute, minutes
_SECONDS = r"s(?:ec(?:ond)?s?)?"  # s, sec, secs, second, seconds
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_PARTS = re.compile(
    rf"^ *(?:(?P<clock_m>[0-9]+):(?P<clock_s>[0-5][0-9])"
    rf"|(?:(?P<m>{_NUMBER}) *{_MINUTES})? *(?:(?P<s>{_NUMBER}) *(?:{_SECONDS})?)?) *$"
)
EXAMPLES = "60, '90s', '2m', '1m30s' or '1:30'"


def parse_duration(text: str) -> float | None:
    """Read ``90``, ``90s``, ``2m``, ``1m30s``, ``2 min`` or ``1:30`` as seconds, else None.

    Any size is read (the limits are the pattern's job), so that a message can say how much
    a refused value is.
    """
    match = _PARTS.match(text.strip())
    if match is None:
        return None
    if match["clock_m"] is not None:
        return int(match["clock_m"]) * 60 + int(match["clock_s"])
    if match["m"] is None and match["s"] is None:
        return None
    return float(match["m"] or 0) * 60 + float(match["s"] or 0)


def _upto(limit: int) -> str:
    """A regular expression for the whole numbers 0..limit written without leading zeros."""
    if limit < 10:
        return f"[0-{limit}]"
    digits = str(limit)
    options = ["[0-9]"]
    if len(digits) > 2:
        longest = len(digits) - 2
        options.append("[1-9][0-9]" + (f"{{1,{longest}}}" if longest > 1 else ""))
    for i, digit in enumerate(digits):
        low, top = (1 if i == 0 else 0), int(digit) - 1
        if top >= low:
            rest = len(digits) - i - 1
            span = f"[{low}-{top}]" if top > low else str(low)
            tail = "[0-9]" * min(rest, 1) + (f"{{{rest}}}" if rest > 1 else "")
            options.append(f"{digits[:i]}{span}{tail}")
    options.append(digits)
    return "|".join(options)


def _under(limit: int) -> str:
    """Decimal numbers from 0 to below ``limit`` (at least 1; leading zeros allowed)."""
    return f"0*(?:{_upto(limit - 1)})(?:\\.[0-9]+)?"


def _at_most(limit: int) -> str:
    """Decimal numbers from 0 to ``limit`` (leading zeros allowed)."""
    if limit == 0:
        return "(?:0+(?:\\.0+)?)"
    return f"(?:{_under(limit)}|0*{limit}(?:\\.0+)?)"


def _whole_at_most(limit: int) -> str:
    """Whole numbers from 0 to ``limit`` (leading zeros allowed)."""
    return f"0*(?:{_upto(limit)})"


def _clock_seconds(left: int) -> str:
    """Two digits from 00 to ``left`` (under 60)."""
    tens, ones = divmod(left, 10)
    options = [f"[0-{tens - 1}][0-9]"] if tens else []
    options.append(f"{tens}[0-{ones}]" if ones else f"{tens}0")
    return f"(?:{'|'.join(options)})"


@functools.cache
def duration_pattern(maximum: int, *, positive: bool) -> str:
    """What a duration of at most ``maximum`` seconds (above 0 if ``positive``) must match.

    It is both the JSON Schema ``pattern`` and the loader's own test.
    """
    if maximum < 0:
        raise ValueError("a duration's maximum cannot be negative")
    whole, left = divmod(maximum, 60)
    forms = [
        f"{_at_most(maximum)} *(?:{_SECONDS})?",  # 90, 90s, 90.5 seconds
        f"{_at_most(whole)} *{_MINUTES}",  # 2m, 1.5 min (a subset when maximum % 60)
    ]
    # Whole minutes and seconds under 60: fewer than ``whole`` minutes with any seconds, or
    # exactly ``whole`` minutes with at most ``left`` seconds.
    if whole:
        forms.append(f"{_whole_at_most(whole - 1)} *{_MINUTES} *{_under(60)} *{_SECONDS}")
        forms.append(f"{_whole_at_most(whole - 1)}:[0-5][0-9]")
    forms.append(f"0*{whole} *{_MINUTES} *{_at_most(left)} *{_SECONDS}")
    forms.append(f"0*{whole}:{_clock_seconds(left)}")
    nonzero = "(?=.*[1-9])" if positive else ""  # every part is 0 or more: 0 only if all zeros
    return f"^{nonzero} *(?:{'|'.join(forms)}) *$"
