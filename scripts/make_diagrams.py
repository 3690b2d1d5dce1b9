"""Draw acuguide's body diagrams (assets/diagrams/*.svg).

Run: .venv/bin/python scripts/make_diagrams.py

Every view is drawn in its own units from anatomical key levels. Landmarks (lm-*) are placed
first, and each point (pt-*) is placed from its landmarks by the rule in the project's point
reference (e.g. SP6 at 3/13 of the medial malleolus -> medial condyle line), so the art and
the geometry checks in tests/diagrams agree by construction and by test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from art import feet, hands, head, leg_sides, legs

OUT = Path(__file__).parents[1] / "assets" / "diagrams"
VIEWS = [*legs.VIEWS, *leg_sides.VIEWS, *feet.VIEWS, *head.VIEWS, *hands.VIEWS]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = sys.argv[1:]
    for make in VIEWS:
        svg = make()
        if names and svg.name not in names:
            continue
        (OUT / f"{svg.name}.svg").write_text(svg.render(), encoding="utf-8")
        print(f"wrote {svg.name}.svg")


if __name__ == "__main__":
    main()
