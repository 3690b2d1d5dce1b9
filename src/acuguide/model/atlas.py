"""The atlas: points, massage areas, finger holds and the articles they come from."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from acuguide.model.codes import MERIDIANS, Code, CodeError, fold, parse_code

SIDES_OF = {"bilateral": ("left", "right"), "midline": ("midline",)}


@dataclass(frozen=True)
class Article:
    """A source article (kept in the project's seeds) that content comes from."""

    id: str
    title: str
    file: str
    credit: str = ""


@dataclass(frozen=True)
class Use:
    """A traditional use, as one article states it."""

    article: str
    text: str


@dataclass(frozen=True)
class ArticleWay:
    """An article's own way of finding a point, kept beside the standard one (``find``)."""

    article: str
    text: str


@dataclass(frozen=True)
class Caution:
    """A caution; ``kind`` is pregnancy, pregnancy-minor, vessel, nerve or pressure."""

    kind: str
    text: str

    @property
    def serious(self) -> bool:
        """Pregnancy and blood-vessel cautions are shown prominently."""
        return self.kind in ("pregnancy", "vessel")


@dataclass(frozen=True)
class Misprint:
    """A wrong spelling an article uses for a point, with the explanation."""

    spelling: str
    article: str
    note: str


@dataclass(frozen=True)
class Point:
    """An acupressure point keyed by its WHO code."""

    code: str
    pinyin: str
    hanzi: tuple[str, ...]
    english: tuple[str, ...]
    aliases: tuple[str, ...]
    region: str
    laterality: str  # bilateral | midline
    say: str
    find: str
    find_from: str
    find_cun: float | None
    location: str
    uses: tuple[Use, ...]
    cautions: tuple[Caution, ...] = ()
    technique: str = ""
    notes: tuple[str, ...] = ()
    views: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    misprints: tuple[Misprint, ...] = ()
    article_find: tuple[ArticleWay, ...] = ()

    kind = "point"

    @property
    def id(self) -> str:
        """The target id used in routines and plans: the WHO code."""
        return self.code

    @property
    def meridian(self) -> str:
        """The meridian's English name, e.g. Stomach."""
        return MERIDIANS[self.parsed.meridian][0]

    @property
    def parsed(self) -> Code:
        """The code as a (meridian, number) pair."""
        code = parse_code(self.code)
        assert code is not None
        return code

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that name this point, in first-use order."""
        return tuple(dict.fromkeys(u.article for u in self.uses))

    @property
    def label(self) -> str:
        """Short display label such as ``SP6 Sanyinjiao``."""
        return f"{self.code} {self.pinyin}"

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides the point exists on."""
        return SIDES_OF[self.laterality]


@dataclass(frozen=True)
class Area:
    """A massage area of the leg or foot."""

    name: str
    title: str
    say: str
    region: str
    effect: str
    article: str
    views: tuple[str, ...] = ()

    kind = "area"
    laterality = "bilateral"
    sides = ("left", "right")

    @property
    def id(self) -> str:
        """The target id used in routines and plans."""
        return self.name

    @property
    def label(self) -> str:
        """Display label."""
        return self.title


@dataclass(frozen=True)
class Hold:
    """A finger hold: one hand holds a finger of the other."""

    name: str
    title: str
    instruction: str
    side: str
    article: str
    purpose: str
    views: tuple[str, ...] = ()

    kind = "hold"

    @property
    def id(self) -> str:
        """The target id used in routines and plans."""
        return self.name

    @property
    def label(self) -> str:
        """Display label."""
        return self.title

    @property
    def sides(self) -> tuple[str, ...]:
        """A hold is on one hand only."""
        return (self.side,)


Target = Point | Area | Hold


@dataclass(frozen=True)
class Resolution:
    """The point a spelling names, with a note when the spelling was a known misprint."""

    point: Point
    note: str = ""


class UnknownPoint(LookupError):
    """A spelling that names no point in the atlas; the message says why and what is near."""


@dataclass
class Atlas:
    """All points, areas, holds and articles, with alias-aware lookup."""

    points: dict[str, Point]
    areas: dict[str, Area]
    holds: dict[str, Hold]
    articles: dict[str, Article]
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    _misprints: dict[str, tuple[str, Misprint]] = field(default_factory=dict, repr=False)
    _resolved: dict[str, Resolution] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for point in self.points.values():
            for name in (point.code, point.pinyin, *point.hanzi, *point.english, *point.aliases):
                self._names.setdefault(fold(name), point.code)
            for misprint in point.misprints:
                self._misprints[fold(misprint.spelling)] = (point.code, misprint)

    def resolve(self, text: str) -> Resolution:
        """Return the point ``text`` names (code, alias, pinyin, hanzi or English name).

        Raises UnknownPoint with a message that suggests the nearest known points.
        """
        if text not in self._resolved:
            self._resolved[text] = self._resolve(text)
        return self._resolved[text]

    def _resolve(self, text: str) -> Resolution:
        key = fold(text)
        if not key:
            raise UnknownPoint("empty point name")
        try:  # "Ren 26" is the same misprint as "CV 26"
            shape = parse_code(text, check_range=False)
        except CodeError:
            shape = None
        if shape is not None and fold(str(shape)) in self._misprints:
            key = fold(str(shape))
        if key in self._misprints:
            target, misprint = self._misprints[key]
            return Resolution(self.points[target], misprint.note)
        try:
            code = parse_code(text)
        except CodeError as err:
            raise UnknownPoint(str(err)) from None
        if code is not None:
            if str(code) in self.points:
                return Resolution(self.points[str(code)])
            raise UnknownPoint(self._not_in_atlas(code))
        if key in self._names:
            return Resolution(self.points[self._names[key]])
        close = difflib.get_close_matches(key, list(self._names), n=6, cutoff=0.6)
        near = list(dict.fromkeys(self._names[c] for c in close))[:3]
        hint = f"; did you mean {', '.join(near)}?" if near else "; try 'acuguide points'"
        raise UnknownPoint(f"unknown point '{text.strip()}'{hint}")

    def _not_in_atlas(self, code: Code) -> str:
        for point in self.points.values():
            if str(code) in point.alternatives:
                return (
                    f"{code} is a valid point but acuguide has no entry for it; "
                    f"{point.code} ({point.pinyin}) names it as the nearby alternative"
                )
        same = sorted(
            (p for p in self.points.values() if p.parsed.meridian == code.meridian),
            key=lambda p: abs(p.parsed.number - code.number),
        )
        name = MERIDIANS[code.meridian][0]
        near = ", ".join(p.code for p in same[:3])
        hint = f"nearest known: {near}" if near else "see 'acuguide points' for the points it has"
        return f"{code} ({name} {code.number}) is a valid point but not in acuguide's atlas; {hint}"


    def target(self, kind: str, target_id: str) -> Target:
        """Return the point, area or hold a plan or routine refers to."""
        if kind == "point":
            return self.points[target_id]
        return self.areas[target_id] if kind == "area" else self.holds[target_id]

    def routine_names(self, kind: str) -> tuple[str, ...]:
        """Known names of areas or holds, for messages and the schema."""
        return tuple(self.areas if kind == "area" else self.holds)
