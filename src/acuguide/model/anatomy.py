"""Names shared by the content and the diagrams: the views and the landmarks (lm-<name>)."""

# The kinds of view, in the view switcher's order (the data's ``views:`` lists name kinds).
VIEWS = (
    "leg-front", "leg-back", "leg-outer", "leg-inner",
    "foot-sole", "foot-top", "head-neck", "face", "forearm-hand",
)
# Kinds that draw one limb: each comes as a left and a right version, ``<kind>-left`` and
# ``<kind>-right`` (the other kinds draw both limbs or the midline, in one file named as the kind).
SINGLE_LIMB = ("leg-outer", "leg-inner", "foot-sole", "foot-top")
SIDES = ("left", "right")


def view_names(kind: str) -> tuple[str, ...]:
    """The view files (stems) of one kind: its left and right versions, or the kind itself."""
    if kind not in VIEWS:
        raise KeyError(f"no view kind {kind!r}")
    return tuple(f"{kind}-{side}" for side in SIDES) if kind in SINGLE_LIMB else (kind,)


def kind_of(name: str) -> str:
    """The kind of a view file: ``leg-inner-left`` -> ``leg-inner``; a kind is its own."""
    for side in SIDES:
        kind = name.removesuffix(f"-{side}")
        if kind != name and kind in SINGLE_LIMB:
            return kind
    if name not in VIEWS:
        raise KeyError(f"no view {name!r}")
    return name


def side_of(name: str) -> str | None:
    """The side a view file shows: ``"left"``, ``"right"``, or None for a both-limb view."""
    kind = kind_of(name)
    return name.removeprefix(f"{kind}-") if kind != name else None


# Every view file, in the switcher's order.
VIEW_NAMES = tuple(name for kind in VIEWS for name in view_names(kind))

LANDMARKS = (
    "patella-base", "patella-apex", "tibial-crest", "fibula-head", "medial-condyle",
    "popliteal-crease", "gluteal-fold", "pubic-symphysis",
    "medial-malleolus", "lateral-malleolus", "achilles", "ankle-front", "heel",
    "toe-web-1-2", "toe-web-2-3",
    "occiput", "mastoid", "ear-apex", "c7", "acromion", "subnasale", "upper-lip",
    "wrist-crease", "elbow-crease", "radial-styloid",
    # drawn for the placement checks and the cun scales
    "tibia-border", "metatarsal-bases", "glabella", "hairline",
)

# How a person would name each landmark (used in "how to find it" labels and notes).
LANDMARK_WORDS = {
    "patella-base": "top edge of the kneecap", "patella-apex": "lower edge of the kneecap",
    "tibial-crest": "front ridge of the shinbone", "fibula-head": "bony knob below the knee",
    "medial-condyle": "bone below the inner knee", "popliteal-crease": "crease behind the knee",
    "gluteal-fold": "buttock crease", "pubic-symphysis": "top of the pubic bone",
    "medial-malleolus": "inner ankle bone", "lateral-malleolus": "outer ankle bone",
    "achilles": "Achilles tendon", "ankle-front": "front of the ankle", "heel": "back of the heel",
    "toe-web-1-2": "web of the big and second toes", "toe-web-2-3": "web of the 2nd and 3rd toes",
    "occiput": "bump at the back of the skull", "mastoid": "bone behind the ear",
    "ear-apex": "tip of the ear", "c7": "bump at the base of the neck (C7)",
    "acromion": "bony tip of the shoulder", "subnasale": "base of the nose",
    "upper-lip": "edge of the upper lip", "wrist-crease": "wrist crease",
    "elbow-crease": "elbow crease", "radial-styloid": "bony bump of the wrist, thumb side",
    "tibia-border": "inner edge of the shinbone", "metatarsal-bases": "where the foot bones meet",
    "glabella": "point between the eyebrows", "hairline": "front hairline",
}
