"""Every setting acuguide keeps, declared once: key, type, default, range or choices, label.

The settings store reads and checks each value through this table, the session preferences
take their defaults from it, and the settings dialog its ranges and labels (pure: no Qt).
A value that is damaged or hand-edited out of shape falls back to the default, or to the
nearest allowed value for a number out of range, with a notice naming the setting.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from acuguide.session.cue_kinds import CUE_KINDS, DEFAULT_ON

Value = float | bool | str | frozenset[str] | None
Kind = Literal["flag", "number", "choice", "set", "text"]
TRUE = ("true", "1", "yes", "on")
FALSE = ("false", "0", "no", "off")


@dataclass(frozen=True)
class Setting:
    """One setting: where it is stored, what it may hold, and how the dialog shows it.

    ``choices`` pairs each allowed value with its label ("choice" and "set" settings);
    ``low`` and ``high`` bound a number; ``scale`` is how many dialog steps make one unit
    (a volume of 0.8 is 80 on a 0-100 slider); an ``optional`` number may also be None,
    stored as an empty value and shown as ``none_text``.
    """

    name: str
    key: str
    kind: Kind
    default: Value
    label: str
    text: str = ""
    low: float = 0.0
    high: float = 0.0
    scale: int = 1
    choices: tuple[tuple[str, str], ...] = ()
    optional: bool = False
    none_text: str = ""
    unit: str = ""

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed values of a choice or set."""
        return tuple(value for value, _label in self.choices)

    def check(self, raw: object) -> tuple[Value, str]:
        """The value to use for ``raw`` (as read), and what was wrong with it ("" if nothing)."""
        checker = {"flag": _flag, "number": _number, "choice": _choice, "set": _set,
                   "text": _text}[self.kind]
        value, problem = checker(self, raw)
        if problem:
            return value, f"{self.label} ({self.key}): {shown(raw)} {problem}"
        return value, ""

    def allows(self, value: object) -> bool:
        """Whether ``value`` is one this setting can hold."""
        checked, problem = self.check(value)
        return not problem and checked == value and type(checked) is type(value)

    def encode(self, value: Value) -> str | bool | float:
        """What the file stores for ``value``."""
        if isinstance(value, frozenset):
            return ",".join(sorted(value))
        return "" if value is None else value


def shown(raw: object) -> str:
    """A value as read, quoted as a notice quotes it (short: a garbage value can be long)."""
    if raw is None:
        return "an unreadable value"
    text = ",".join(map(str, raw)) if isinstance(raw, list | tuple) else str(raw)
    return f'"{text}"' if len(text) <= 40 else f'"{text[:39]}…"'


def told(setting: Setting, value: Value) -> str:
    """A value as the user knows it: on or off, a choice's label, a number with its unit."""
    if value is None:
        return setting.none_text
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}{setting.unit}"
    if isinstance(value, frozenset):
        return ", ".join(label for key, label in setting.choices if key in value) or "none"
    return dict(setting.choices).get(value, value)


def _default(setting: Setting, why: str) -> tuple[Value, str]:
    return setting.default, f"{why}; using the default, {told(setting, setting.default)}"


def _flag(setting: Setting, raw: object) -> tuple[Value, str]:
    if isinstance(raw, bool):
        return raw, ""
    text = str(raw).strip().lower() if isinstance(raw, str | int) else None
    if text in TRUE or text in FALSE:
        return text in TRUE, ""
    return _default(setting, "is not on or off (true or false)")


def _number(setting: Setting, raw: object) -> tuple[Value, str]:
    if setting.optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
        return None, ""
    try:
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise TypeError
        number = float(raw)
    except (TypeError, ValueError, OverflowError):
        return _default(setting, "is not a number")
    if not math.isfinite(number):
        return _default(setting, "is not a finite number")
    nearest = max(setting.low, min(setting.high, number))
    if nearest != number:
        bound = "below" if number < setting.low else "above"
        return nearest, f"is {bound} the range {setting.low:g} to {setting.high:g}; " \
                        f"using {told(setting, nearest)}"
    return number, ""


def _choice(setting: Setting, raw: object) -> tuple[Value, str]:
    if isinstance(raw, str) and raw.strip() in setting.values:
        return raw.strip(), ""
    return _default(setting, "is not one of " + ", ".join(setting.values))


def _set(setting: Setting, raw: object) -> tuple[Value, str]:
    items: Iterable[object]
    if isinstance(raw, str):
        items = raw.split(",")
    elif isinstance(raw, list | tuple | set | frozenset):
        items = raw
    else:
        return _default(setting, "is not a list")
    words: list[object] = [item.strip() if isinstance(item, str) else item for item in items]
    words = [word for word in words if word != ""]
    known = frozenset(w for w in words if isinstance(w, str) and w in setting.values)
    unknown = [shown(word) for word in words if word not in known]
    if not unknown:
        return known, ""
    allowed = ", ".join(setting.values)
    if not known:
        return _default(setting, f"names none of {allowed}")
    return known, f"has {', '.join(unknown)}, not one of {allowed}; " \
                  f"using {told(setting, known)}"


def _text(setting: Setting, raw: object) -> tuple[Value, str]:
    if isinstance(raw, str) and raw.strip() and len(raw) <= 200:
        return raw.strip(), ""
    return _default(setting, "is not a name")


KIND_LABELS = (("prepare", "Get ready"), ("start", "Start"), ("switch-side", "Switch side"),
               ("halfway", "Halfway"), ("last-seconds", "Last 10 seconds"),
               ("breathe-in", "Breathe in"), ("breathe-out", "Breathe out"), ("end", "End"))
assert tuple(kind for kind, _label in KIND_LABELS) == CUE_KINDS

TABLE = (
    Setting("volume", "session/volume", "number", 0.8, "Cue volume", low=0.0, high=1.0,
            scale=100),
    Setting("kinds", "session/kinds", "set", DEFAULT_ON, "Sounds", choices=KIND_LABELS),
    Setting("voice", "session/voice", "flag", True, "Voice", "Say each step aloud"),
    Setting("rate", "session/rate", "number", 0.0, "Speaking rate", low=-1.0, high=1.0,
            scale=10),
    Setting("prepare", "session/prepare", "number", None, "Get-ready time", low=0.0,
            high=60.0, optional=True, none_text="as the routine says", unit=" s"),
    Setting("bilateral", "session/bilateral", "choice", "both-in-turn", "Points on both sides",
            choices=(("both-in-turn", "Left, then right"),
                     ("both-at-once", "Both sides at once"))),
    Setting("reduced_motion", "session/reduced_motion", "flag", False, "Motion",
            "Reduce motion (text instead of animation)"),
    Setting("muted", "session/muted", "flag", False, "Mute", "No sound and no voice"),
    Setting("theme", "ui/theme", "choice", "system", "Theme",
            choices=(("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"),
                     ("contrast", "High contrast"))),
    Setting("explorer_side", "explorer/side", "choice", "left", "Side shown",
            choices=(("left", "Left"), ("right", "Right"))),
    Setting("show_point_codes", "explorer/point_codes", "flag", False, "Show point codes"),
    Setting("last_view", "explorer/view", "text", "leg-front", "Last view"),
)
SETTINGS = {setting.name: setting for setting in TABLE}
SESSION_NAMES = ("volume", "kinds", "voice", "rate", "prepare", "bilateral", "reduced_motion",
                 "muted")


def default_number(name: str) -> float:
    """A number setting's default (typed, for dataclass fields)."""
    value = SETTINGS[name].default
    assert isinstance(value, float)
    return value


def default_flag(name: str) -> bool:
    """A flag setting's default."""
    value = SETTINGS[name].default
    assert isinstance(value, bool)
    return value


def default_text(name: str) -> str:
    """A choice or text setting's default."""
    value = SETTINGS[name].default
    assert isinstance(value, str)
    return value
