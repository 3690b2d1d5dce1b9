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
