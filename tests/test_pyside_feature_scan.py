"""PySide6's per-import source scan gives the same answers without filling linecache."""

import importlib
import linecache
import sys

import pytest

from acuguide.qtkit import feature_scan as pyside_feature_scan

pytestmark = pytest.mark.gui  # patches PySide6's import hook


def test_modules_are_classified_as_before_and_their_source_is_not_kept(tmp_path, monkeypatch):
    pyside_feature_scan.lighten()
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no source-scanning import hook")
    scan = feature._mod_uses_pyside
    assert getattr(scan, "lightened", False)
    (tmp_path / "uses_qt_here.py").write_text("from PySide6 import QtCore\nVALUE = 1\n")
    (tmp_path / "plain_here.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    uses, plain = (importlib.import_module(n) for n in ("uses_qt_here", "plain_here"))
    assert scan(uses) is True and scan(plain) is False
    assert scan(sys) is False  # built in: no file, answered by PySide's own scan
    assert uses.__file__ not in linecache.cache and plain.__file__ not in linecache.cache
    pyside_feature_scan.lighten()
    assert feature._mod_uses_pyside is scan  # once only
