"""Ranked point search over codes, aliases, names, regions and the articles' words."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from acuguide.model.atlas import Atlas, Point, UnknownPoint
from acuguide.model.codes import fold

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """A point and how well it matched."""

    point: Point
    score: float


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _fields(point: Point, atlas: Atlas) -> list[tuple[float, list[str], str]]:
    """(weight, words, folded phrase) for each searchable field of a point."""
    names = [point.code, point.pinyin, *point.hanzi, *point.english, *point.aliases]
    titles = [atlas.articles[a].title for a in point.articles if a in atlas.articles]
    parts = [
        (40.0, names),
        (20.0, [point.region]),
        (15.0, [u.text for u in point.uses]),
        (8.0, titles),
        (4.0, [point.find, point.technique]),
    ]
    return [(weight, _words(" ".join(texts)), " ".join(fold(t) for t in texts))
            for weight, texts in parts]


def search(atlas: Atlas, query: str, limit: int = 20) -> list[Hit]:
    """Return points matching ``query``, best first; every word must match somewhere."""
    query = query.strip()
    if not query:
        return [Hit(p, 0.0) for p in atlas.points.values()][:limit]
    exact: Point | None = None
    with contextlib.suppress(UnknownPoint):
        exact = atlas.resolve(query).point
    tokens = [t for t in _words(query) if t]
    phrase = "".join(tokens)
    hits = []
    for point in atlas.points.values():
        score = 1000.0 if point is exact else 0.0
        matched_all = True
        fields = _fields(point, atlas)
        for token in tokens:
            best = 0.0
            for weight, words, _ in fields:
                if token in words:
                    best = max(best, weight)
                elif any(w.startswith(token) for w in words) and len(token) >= 2:
                    best = max(best, weight * 0.7)
            matched_all = matched_all and best > 0
            score += best
        if len(tokens) > 1 and any(phrase in folded for _, _, folded in fields):
            score += 30.0
        if score and (matched_all or point is exact):
            hits.append(Hit(point, score))
    order = {code: i for i, code in enumerate(atlas.points)}
    hits.sort(key=lambda h: (-h.score, order[h.point.code]))
    return hits[:limit]


def completions(atlas: Atlas) -> list[tuple[str, str]]:
    """(text shown, WHO code) pairs for a completer: codes, every spelling, names and uses."""
    from acuguide.model.codes import spellings

    out: list[tuple[str, str]] = []
    for point in atlas.points.values():
        code = point.code
        names = [*spellings(point.parsed), *point.aliases, point.pinyin, fold(point.pinyin),
                 *point.hanzi, *point.english]
        out += [(code if name == code else f"{name} ({code})", code)
                for name in dict.fromkeys(names)]
        out += [(f"{u.text} ({code})", code) for u in point.uses]
    return out
