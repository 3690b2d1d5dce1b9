"""The art of each view, one module per body part (drawn by scripts/make_diagrams.py)."""
