"""The id contract between the art and the data: no hotspot without data and vice versa."""

import pytest

from acuguide.diagrams import catalog
from acuguide.model.anatomy import LANDMARKS, VIEWS

# DESIGN.md: the landmarks each view must draw for the points it shows.
REQUIRED_LANDMARKS = {
    "leg-front": {"patella-base", "patella-apex", "ankle-front", "lateral-malleolus",
                  "fibula-head", "pubic-symphysis", "tibial-crest"},
    "leg-outer": {"fibula-head", "lateral-malleolus", "tibial-crest"},
    "leg-back": {"gluteal-fold", "popliteal-crease"},
    "leg-inner": {"medial-malleolus", "medial-condyle", "achilles"},
    "foot-sole": {"heel", "toe-web-2-3"},
    "foot-top": {"toe-web-1-2", "ankle-front"},
    "head-neck": {"occiput", "c7", "mastoid", "ear-apex", "acromion"},
    "face": {"subnasale", "upper-lip"},
    "forearm-hand": {"wrist-crease", "elbow-crease", "radial-styloid"},
}


def base(name):
    return name.removesuffix("-L").removesuffix("-R")


def test_every_view_exists_and_declares_a_scale():
    assert [v.name for v in catalog.views()] == list(VIEWS)
    assert all(v.scales and all(s.units_per_cun > 0 for s in v.scales) for v in catalog.views())


@pytest.mark.parametrize("name", VIEWS)
def test_each_view_draws_the_landmarks_its_points_are_found_from(name, atlas):
    view = catalog.view(name)
    drawn = {base(n) for n in view.landmarks}
    assert REQUIRED_LANDMARKS[name] <= drawn
    for hotspot in view.hotspots.values():
        if hotspot.kind == "point":
            assert atlas.points[hotspot.target].find_from in drawn, hotspot.id


def test_no_hotspot_without_data(atlas):
    table = {"point": atlas.points, "area": atlas.areas, "hold": atlas.holds}
    for view in catalog.views():
        for hotspot in view.hotspots.values():
            assert hotspot.target in table[hotspot.kind], hotspot.id


def test_no_data_without_a_hotspot_and_views_listed_truthfully(atlas):
    for kind, table in (("point", atlas.points), ("area", atlas.areas), ("hold", atlas.holds)):
        for target, entry in table.items():
            shown_on = [v.name for v in catalog.views() if v.for_target(kind, target)]
            assert shown_on, f"{kind} {target} has no hotspot"
            assert set(entry.views) <= set(shown_on), (target, entry.views, shown_on)
            assert entry.views[0] == catalog.best_view(kind, target, entry.views)[0].name


def test_bilateral_points_on_two_leg_views_have_both_sides(atlas):
    for view in catalog.views():
        for hotspot in view.hotspots.values():
            if hotspot.kind == "point" and hotspot.side:
                other = "-R" if hotspot.id.endswith("-L") else "-L"
                assert hotspot.id[:-2] + other in view.hotspots
                assert atlas.points[hotspot.target].laterality == "bilateral"


def test_landmark_names_are_known():
    for view in catalog.views():
        assert {base(n) for n in view.landmarks} <= set(LANDMARKS)


def test_every_landmark_has_words_for_people():
    from acuguide.model.anatomy import LANDMARK_WORDS

    assert set(LANDMARK_WORDS) == set(LANDMARKS)


def test_svgs_use_only_palette_colours():
    import re

    from acuguide.diagrams.palette import PALETTES

    allowed = set(PALETTES["light"].values()) | {"#ffffff", "none"}
    for name in VIEWS:
        text = catalog.svg_bytes(name).decode()
        used = set(re.findall(r'(?:fill|stroke)="([^"]+)"', text))
        assert used <= allowed, (name, used - allowed)
    assert len(set(PALETTES["light"].values())) == len(PALETTES["light"])


@pytest.mark.parametrize("theme", ["dark", "contrast", "print"])
def test_themes_replace_every_light_colour(theme):
    from acuguide.diagrams.palette import PALETTES, ROLES, themed

    for name in VIEWS:
        text = themed(catalog.svg_bytes(name), theme).decode()
        for role in ROLES:
            if PALETTES["light"][role] != PALETTES[theme][role]:
                assert PALETTES["light"][role] not in text, (name, role)
