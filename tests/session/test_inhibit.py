"""Keeping the screen awake: without a session bus the inhibitor says so and does nothing."""

import os
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.gui

PROBE = """
from PySide6.QtCore import QCoreApplication
from acuguide.session.inhibit import ScreenAwake
app = QCoreApplication([])
awake = ScreenAwake()
print("available", awake.available)
awake.hold()
print("cookie", awake.cookie)
awake.release()
print("released", awake.cookie)
"""


def test_without_a_session_bus_the_inhibitor_is_unavailable_and_harmless(tmp_path):
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus",
               QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)  # no X11 either, so no bus can be autolaunched
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[:3] == ["available False", "cookie None", "released None"]
    assert time.monotonic() - started < 10  # no long D-Bus time-out on the way
