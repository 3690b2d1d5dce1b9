"""Point codes: the WHO meridian table and a normaliser for every common spelling.

``parse_code("Liv 3")`` gives ``Code("LR", 3)``. Legacy and foreign abbreviations (UB, K, KID,
LV, DU, REN, French and Italian letters) map to WHO codes; a bare ``P`` is refused because it
means Pericardium in English texts but Lung in French and Italian ones.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# WHO code -> (English name, number of points, bilateral?)
MERIDIANS: dict[str, tuple[str, int, bool]] = {
    "LU": ("Lung", 11, True),
    "LI": ("Large Intestine", 20, True),
    "ST": ("Stomach", 45, True),
    "SP": ("Spleen", 21, True),
    "HT": ("Heart", 9, True),
    "SI": ("Small Intestine", 19, True),
    "BL": ("Bladder", 67, True),
    "KI": ("Kidney", 27, True),
    "PC": ("Pericardium", 9, True),
    "TE": ("Triple Energizer", 23, True),
    "GB": ("Gallbladder", 44, True),
    "LR": ("Liver", 14, True),
    "GV": ("Governor Vessel", 28, False),
    "CV": ("Conception Vessel", 24, False),
}

# Other abbreviations and names seen in texts -> WHO code (keys are folded: upper case,
# letters only). "LI" stays Large Intestine although one table uses it for Liver.
_PREFIXES: dict[str, str] = {
    "LU": "LU", "L": "LU", "LUNG": "LU",
    "LI": "LI", "IC": "LI", "GI": "LI", "LARGEINTESTINE": "LI", "COLON": "LI",
    "ST": "ST", "S": "ST", "E": "ST", "STOMACH": "ST",
    "SP": "SP", "MP": "SP", "RP": "SP", "SPLEEN": "SP",
    "HT": "HT", "H": "HT", "HE": "HT", "C": "HT", "HEART": "HT",
    "SI": "SI", "IT": "SI", "IG": "SI", "SMALLINTESTINE": "SI",
    "BL": "BL", "UB": "BL", "B": "BL", "V": "BL", "BLADDER": "BL", "URINARYBLADDER": "BL",
    "KI": "KI", "K": "KI", "KID": "KI", "KD": "KI", "R": "KI", "KIDNEY": "KI",
    "PC": "PC", "MC": "PC", "HC": "PC", "HP": "PC", "PERICARDIUM": "PC",
    "TE": "TE", "SJ": "TE", "TW": "TE", "TH": "TE", "TR": "TE", "TB": "TE",
    "TRIPLEENERGIZER": "TE", "TRIPLEBURNER": "TE", "TRIPLEWARMER": "TE", "SANJIAO": "TE",
    "GB": "GB", "G": "GB", "VB": "GB", "GALLBLADDER": "GB",
    "LR": "LR", "LV": "LR", "LIV": "LR", "F": "LR", "LIVER": "LR",
    "GV": "GV", "DU": "GV", "VG": "GV", "GOVERNORVESSEL": "GV", "GOVERNINGVESSEL": "GV",
    "CV": "CV", "REN": "CV", "VC": "CV", "CONCEPTIONVESSEL": "CV",
}
AMBIGUOUS = {"P": "P means Pericardium (PC) in English texts but Lung (LU) in French and Italian "
                  "ones: write PC or LU"}

_FORM = re.compile(r"^([A-Z][A-Z .]*?)[\s\-.]*(\d{1,2})\.?$")
_REVERSED = re.compile(r"^(\d{1,2})[\s\-.]*([A-Z]+)\.?$")  # "36.ST." as some atlases store it


class CodeError(ValueError):
    """A spelling that looks like a code but is not a valid one."""


@dataclass(frozen=True, order=True)
class Code:
    """A WHO point code such as ST36."""

    meridian: str
    number: int

    def __str__(self) -> str:
        return f"{self.meridian}{self.number}"


def fold(text: str) -> str:
    """Fold for matching: no tone marks, lower case, letters, digits and hanzi only."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold() if c.isalnum())


def parse_code(text: str, *, check_range: bool = True) -> Code | None:
    """Return the WHO code ``text`` spells, None if it is not code-shaped.

    Raises CodeError for an ambiguous prefix or (with ``check_range``) a number outside the
    meridian's range.
    """
    upper = unicodedata.normalize("NFKC", text).strip().upper()
    if upper in AMBIGUOUS:
        raise CodeError(f"'{text.strip()}' is ambiguous: {AMBIGUOUS[upper]}")
    match = _FORM.match(upper)
    if match:
        prefix, number = match[1], match[2]
    else:
        match = _REVERSED.match(upper)
        if not match:
            return None
        number, prefix = match[1], match[2]
    key = re.sub(r"[^A-Z]", "", prefix)
    if key in AMBIGUOUS:
        raise CodeError(f"'{text.strip()}' is ambiguous: {AMBIGUOUS[key]}")
    meridian = _PREFIXES.get(key)
    if meridian is None:
        return None
    value = int(number)
    name, count, _ = MERIDIANS[meridian]
    if check_range and not 1 <= value <= count:
        raise CodeError(
            f"'{text.strip()}' is not a point: the {name} meridian ({meridian}) has {count} "
            f"points, {meridian}1-{meridian}{count}"
        )
    return Code(meridian, value)


def spellings(code: Code) -> list[str]:
    """Common ways to write ``code`` (for display and completion), WHO form first."""
    legacy = [k for k, v in _PREFIXES.items() if v == code.meridian and len(k) <= 3]
    out = [str(code), f"{code.meridian} {code.number}", f"{code.meridian}-{code.number}"]
    out += [f"{p}{code.number}" for p in legacy if p != code.meridian]
    return out
