"""The id contract between the art and the data: no hotspot without data and vice versa."""

import pytest

from acuguide.diagrams import catalog
from acuguide.model.anatomy import (
    LANDMARKS,
    SINGLE_LIMB,
    VIEW_NAMES,
    VIEWS,
    kind_of,
    side_of,
    view_names,
)

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
    assert [v.name for v in catalog.views()] == list(VIEW_NAMES)
    assert [kind_of(n) for n in VIEW_NAMES] == [k for k in VIEWS for _ in view_names(k)]
    assert all(v.scales and all(s.units_per_cun > 0 for s in v.scales) for v in catalog.views())


def test_single_limb_kinds_come_as_a_left_and_a_right_file_and_the_others_as_one():
    for kind in VIEWS:
        names = view_names(kind)
        if kind in SINGLE_LIMB:
            assert names == (f"{kind}-left", f"{kind}-right")
            assert [side_of(n) for n in names] == ["left", "right"]
        else:
            assert names == (kind,) and side_of(kind) is None
    with pytest.raises(KeyError):
        kind_of("leg-sideways")


TITLES = {
    "leg-front": "Both legs, front: their right is on your left",
    "leg-back": "Both legs, back: their right is on your right",
    "leg-outer-left": "Left leg, outer side", "leg-outer-right": "Right leg, outer side",
    "leg-inner-left": "Left leg, inner side", "leg-inner-right": "Right leg, inner side",
    "foot-sole-left": "Left foot, sole", "foot-sole-right": "Right foot, sole",
    "foot-top-left": "Left foot, top", "foot-top-right": "Right foot, top",
    "head-neck": "Back of the head and neck: their right is on your right",
    "face": "Face",
    "forearm-hand": "Both forearms and hands, palms towards you: their right is on your left",
}


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_each_view_is_titled_with_limb_and_side_and_shows_the_title(name):
    import re

    view = catalog.view(name)
    assert view.title == TITLES[name]
    drawn = " ".join(re.findall(r'<g id="layer-title">(.*?)</g>', catalog.svg_bytes(name).decode(),
                                re.S))
    shown = " ".join(re.findall(r">([^<]+)</text>", drawn))
    assert shown == view.title.replace(": ", " "), "the title is drawn at the top of the view"


def test_both_limb_titles_say_where_their_right_side_is():
    for name in ("leg-front", "forearm-hand", "leg-back", "head-neck"):
        view = catalog.view(name)
        right = [h.centre[0] for h in view.hotspots.values() if h.side == "right"]
        left = [h.centre[0] for h in view.hotspots.values() if h.side == "left"]
        mid = view.box[0] + view.box[2] / 2
        on_your_left = all(x < mid for x in right) and all(x > mid for x in left)
        on_your_right = all(x > mid for x in right) and all(x < mid for x in left)
        assert on_your_left != on_your_right
        assert view.title.endswith("on your left" if on_your_left else "on your right"), name


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_each_view_draws_the_landmarks_its_points_are_found_from(name, atlas):
    view = catalog.view(name)
    drawn = {base(n) for n in view.landmarks}
    assert REQUIRED_LANDMARKS[kind_of(name)] <= drawn
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
            shown_on = {kind_of(v.name) for v in catalog.views() if v.for_target(kind, target)}
            assert shown_on, f"{kind} {target} has no hotspot"
            assert set(entry.views) <= shown_on, (target, entry.views, shown_on)
            assert entry.views[0] == kind_of(catalog.best_view(kind, target, entry.views)[0].name)
            for side in ("left", "right"):
                best, hotspots = catalog.best_view(kind, target, entry.views, side)
                assert kind_of(best.name) == entry.views[0]
                assert side_of(best.name) in (side, None)
                if kind != "hold":
                    assert {h.side for h in hotspots} >= ({side} if any(
                        h.side for h in hotspots) else {""})


def test_bilateral_points_are_drawn_on_both_sides(atlas):
    for view in catalog.views():
        for hotspot in view.hotspots.values():
            if hotspot.kind in ("point", "area") and hotspot.side:
                other = {"-L": "-R", "-R": "-L"}[hotspot.id[-2:]]
                twin = view if side_of(view.name) is None else catalog.view(
                    f"{kind_of(view.name)}-{'left' if other == '-L' else 'right'}")
                assert hotspot.id[:-2] + other in twin.hotspots, (view.name, hotspot.id)
                if hotspot.kind == "point":
                    assert atlas.points[hotspot.target].laterality == "bilateral"


def test_every_bilateral_hotspot_names_its_side_and_sided_views_carry_only_their_side():
    for view in catalog.views():
        side = side_of(view.name)
        for hotspot in view.hotspots.values():
            if side is not None:
                assert hotspot.side == side, (view.name, hotspot.id)
        if side is not None:
            suffix = "-L" if side == "left" else "-R"
            assert all(n.endswith(suffix) for n in view.landmarks), view.name


@pytest.mark.parametrize("kind", SINGLE_LIMB)
def test_the_left_version_is_the_exact_mirror_of_the_right(kind):
    left, right = catalog.view(f"{kind}-left"), catalog.view(f"{kind}-right")
    assert left.box == right.box
    mid = right.box[0] + right.box[2] / 2
    assert {i[:-2] for i in left.hotspots} == {i[:-2] for i in right.hotspots}
    for ident, r in right.hotspots.items():
        lh = left.hotspots[ident[:-2] + "-L"]
        assert lh.centre[0] == pytest.approx(2 * mid - r.centre[0], abs=0.11)
        assert lh.centre[1] == pytest.approx(r.centre[1], abs=0.01)
        assert lh.radius == r.radius
        mirrored = [v for x, y in r.polygon for v in (2 * mid - x, y)]
        assert mirrored == pytest.approx([v for p in lh.polygon for v in p], abs=0.11)
    for name, (x, y) in right.landmarks.items():
        assert left.landmarks[name[:-2] + "-L"] == pytest.approx((2 * mid - x, y), abs=0.11)
    assert [s.units_per_cun for s in left.scales] == pytest.approx(
        [s.units_per_cun for s in right.scales])


@pytest.mark.parametrize("kind", SINGLE_LIMB)
def test_the_mirrored_text_still_reads_left_to_right(kind):
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2000/svg}"
    roots = {s: ET.fromstring(catalog.svg_bytes(f"{kind}-{s}")) for s in ("left", "right")}
    left_svg = catalog.svg_bytes(f"{kind}-left").decode()
    assert "transform" not in left_svg and "scale(-1" not in left_svg
    mid = catalog.view(f"{kind}-right").box[0] + catalog.view(f"{kind}-right").box[2] / 2
    texts = {s: list(r.iter(f"{ns}text")) for s, r in roots.items()}
    assert len(texts["left"]) == len(texts["right"]) > 0
    flip = {"start": "end", "end": "start", "middle": "middle"}
    for lt, rt in zip(texts["left"], texts["right"], strict=True):
        assert float(lt.get("x")) == pytest.approx(2 * mid - float(rt.get("x")), abs=0.11)
        assert lt.get("y") == rt.get("y")
        assert lt.get("text-anchor") == flip[rt.get("text-anchor", "start")]
        words = (rt.text or "").replace("Right", "Left")
        assert lt.text == words


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
    for name in VIEW_NAMES:
        text = catalog.svg_bytes(name).decode()
        used = set(re.findall(r'(?:fill|stroke)="([^"]+)"', text))
        assert used <= allowed, (name, used - allowed)
    assert len(set(PALETTES["light"].values())) == len(PALETTES["light"])


@pytest.mark.parametrize("theme", ["dark", "contrast", "print"])
def test_themes_replace_every_light_colour(theme):
    from acuguide.diagrams.palette import PALETTES, ROLES, themed

    for name in VIEW_NAMES:
        text = themed(catalog.svg_bytes(name), theme).decode()
        for role in ROLES:
            if PALETTES["light"][role] != PALETTES[theme][role]:
                assert PALETTES["light"][role] not in text, (name, role)
