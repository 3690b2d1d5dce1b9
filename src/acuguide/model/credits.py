"""What acuguide owes its sources: each article's routines and points, the standard, the caveat."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acuguide.model.atlas import Article, Atlas
from acuguide.model.routine import Routine

LICENCE = "MIT"
WHO_STANDARD = ("WHO Standard Acupuncture Point Locations in the Western Pacific Region "
                "(World Health Organization, 2008)")
# The one copy of acuguide's safety note; the README quotes it (tests/model/test_credits.py).
SAFETY_NOTE = (
    "acuguide is not medical advice and does not diagnose or treat anything. See a doctor for "
    "symptoms that persist, get worse, or come with swelling, redness, warmth or weakness. "
    "Some points (SP6 and GB21) are traditionally avoided in pregnancy, and some lie over "
    "blood vessels (BL40 behind the knee, SP12 in the groin, LR3 on the foot): acuguide marks "
    "them, and gentle pressure is always enough.")


@dataclass(frozen=True)
class Credit:
    """One article and what acuguide takes from it, in the atlas's order."""

    article: Article
    routines: tuple[str, ...]  # titles of the built-in routines it gives
    points: tuple[str, ...]  # WHO codes of the points whose uses it states
    areas: tuple[str, ...]  # titles of its massage areas
    holds: tuple[str, ...]  # titles of its finger holds

    def contributions(self) -> list[str]:
        """Short phrases naming what the article gave, e.g. 'the routine Leg cramps'."""
        out = []
        if self.routines:
            out.append(_counted("the routine", "the routines", self.routines))
        if self.points:
            out.append(_counted(f"{len(self.points)} point", f"{len(self.points)} points",
                                self.points))
        if self.areas:
            out.append(_counted("the massage area", "the massage areas", self.areas))
        if self.holds:
            out.append(_counted("a finger hold", f"{len(self.holds)} finger holds", self.holds))
        return out


def _counted(one: str, many: str, names: tuple[str, ...]) -> str:
    return f"{one if len(names) == 1 else many}: {', '.join(names)}"


def credits(atlas: Atlas, routines: Iterable[Routine]) -> list[Credit]:
    """Each article of the atlas with the built-in routines, points, areas and holds it gave."""
    builtin = [r for r in routines if r.builtin]
    return [
        Credit(
            article=article,
            routines=tuple(r.title for r in builtin if r.source == article.id),
            points=tuple(p.code for p in atlas.points.values() if article.id in p.articles),
            areas=tuple(a.title for a in atlas.areas.values() if a.article == article.id),
            holds=tuple(h.title for h in atlas.holds.values() if h.article == article.id),
        )
        for article in atlas.articles.values()
    ]
