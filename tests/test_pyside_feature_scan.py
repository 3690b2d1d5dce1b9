"""PySide6's per-import source scan gives the same answers without filling linecache.

The scan belongs to PySide's import hook (``shibokensupport.feature``). What it decides is
public in that module's ``pyside_feature_dict`` (0: the module uses PySide, -1: it does not)
and what it costs shows in ``linecache``: the tests look at those two, and at a whole start-up.
"""

import json
import linecache
import subprocess
import sys

import pytest

from acuguide.qtkit import feature_scan

pytestmark = pytest.mark.gui  # swaps the scan in PySide6's import hook


@pytest.fixture
def feature():
    """PySide's import hook, lightened (skips where this PySide6 has no source scan)."""
    import PySide6.QtCore  # noqa: F401  (loads the hook)

    hook = sys.modules.get("shibokensupport.feature")
    if not hasattr(hook, "_mod_uses_pyside") or not hasattr(hook, "pyside_feature_dict"):
        pytest.skip("this PySide6 has no source-scanning import hook")
    feature_scan.lighten()
    return hook


def test_modules_are_classified_as_before_and_their_source_is_not_kept(feature, tmp_path,
                                                                      monkeypatch):
    (tmp_path / "uses_qt_here.py").write_text("from PySide6 import QtCore\nVALUE = 1\n")
    (tmp_path / "plain_here.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    # builtins.__import__, which PySide replaces (importlib.import_module would bypass it)
    uses, plain = (__import__(name) for name in ("uses_qt_here", "plain_here"))
    assert feature.pyside_feature_dict["uses_qt_here"] == 0
    assert feature.pyside_feature_dict["plain_here"] == -1
    assert uses.__file__ not in linecache.cache and plain.__file__ not in linecache.cache


def test_lightening_again_changes_nothing(feature):
    linecache.getlines(feature_scan.__file__)  # something in the cache that must stay
    feature_scan.lighten()
    assert feature_scan.__file__ in linecache.cache  # not swapped (and cleared) a second time


START_UP = """
import json, linecache, sys
if sys.argv[1] == "app":
    from acuguide.app import _application
    app = _application()
else:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
import shibokensupport.feature as hook
from acuguide.ui.main_window import MainWindow  # as run_gui imports it
from acuguide.ui.explorer import Explorer  # and the window, once painted
print(json.dumps({"scan": hasattr(hook, "_mod_uses_pyside"),
                  "kept": sorted(f for f in linecache.cache if "acuguide" in f)}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("start", ["app", "bare"])
def test_the_app_start_up_keeps_no_source_of_the_window_modules(start, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run([sys.executable, "-c", START_UP, start], capture_output=True,
                         text=True, timeout=120, check=True)
    found = json.loads(out.stdout.splitlines()[-1])
    if not found["scan"]:
        pytest.skip("this PySide6 has no source-scanning import hook")
    if start == "app":
        assert found["kept"] == []
    else:  # the same imports without the start-up: the reason for the workaround
        assert any(f.endswith("main_window.py") for f in found["kept"])
