"""Names shared by the content and the diagrams: the views and the landmarks (lm-<name>)."""

VIEWS = (
    "leg-front", "leg-back", "leg-outer", "leg-inner",
    "foot-sole", "foot-top", "head-neck", "face", "forearm-hand",
)

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
