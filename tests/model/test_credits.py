import re
import subprocess
import sys
from pathlib import Path

from acuguide.model.credits import SAFETY_NOTE, WHO_STANDARD, credits

README = Path(__file__).parents[2] / "README.md"


def by_article(content):
    return {c.article.id: c for c in credits(content.atlas, content.routines.values())}


def test_each_article_is_credited_with_its_routine_and_points(content):
    found = by_article(content)
    assert list(found) == ["leg-cramps", "leg-massage", "rls"]
    assert found["leg-cramps"].routines == ("Leg cramps",)
    assert found["leg-cramps"].points == ("ST34", "BL37", "KI1", "ST36", "GB34")
    assert found["leg-massage"].routines == ("Leg massage",)
    assert set(found["leg-massage"].points) == {"GB34", "SP6", "KI1"}
    assert "Calf muscles" in found["leg-massage"].areas
    assert found["rls"].routines == ("Restless legs, evening",)
    assert {"GV26", "LU7", "SP12"} <= set(found["rls"].points)
    assert len(found["rls"].holds) == 4


def test_every_point_and_routine_is_credited_to_some_article(content):
    found = by_article(content).values()
    assert {code for c in found for code in c.points} == set(content.atlas.points)
    assert {t for c in found for t in c.routines} == {
        r.title for r in content.routines.values() if r.builtin}


def test_contributions_follow_the_content(content):
    rls = by_article(content)["rls"]
    phrases = rls.contributions()
    assert phrases[0] == "the routine: Restless legs, evening"
    assert phrases[1].startswith(f"{len(rls.points)} points: ST36, SP6")
    assert phrases[2].startswith("4 finger holds: ")


def test_user_routines_are_not_credited_to_an_article(content):
    import dataclasses

    mine = dataclasses.replace(content.routines["leg-cramps"], title="Mine", builtin=False)
    found = credits(content.atlas, [*content.routines.values(), mine])
    assert all("Mine" not in c.routines for c in found)


def test_the_safety_note_names_points_the_atlas_cautions_about(atlas):
    kinds = {code: {c.kind for c in atlas.points[code].cautions}
             for code in ("SP6", "GB21", "BL40", "SP12", "LR3")}
    assert all("pregnancy" in kinds[code] for code in ("SP6", "GB21"))
    assert all("vessel" in kinds[code] for code in ("BL40", "SP12", "LR3"))
    assert all(code in SAFETY_NOTE for code in kinds)


def test_the_readme_quotes_the_apps_safety_note():
    quote = re.search(r"> \*\*Safety\.\*\* (.*?)\n\n", README.read_text(), re.S)
    assert quote
    assert " ".join(quote[1].replace("> ", "").split()) == SAFETY_NOTE


def test_the_standard_is_the_who_2008_one():
    assert "Western Pacific Region" in WHO_STANDARD and "2008" in WHO_STANDARD


def test_credits_need_no_qt():
    code = ("import sys\nimport acuguide.model.credits\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
