"""Widgets only: thin views over the model, no business rules."""

from acuguide import pyside_feature_scan

pyside_feature_scan.lighten()
