"""Widgets only: thin views over the model, no business rules."""

from acuguide.qtkit import feature_scan as pyside_feature_scan

pyside_feature_scan.lighten()
