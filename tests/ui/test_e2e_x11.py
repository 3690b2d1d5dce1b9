"""End to end with a real X server and real X input: Xvfb and xdotool."""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from xserver import start_xvfb, wait_for

pytestmark = pytest.mark.slow


@pytest.fixture
def display():
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        pytest.skip("Xvfb and xdotool are not installed (Debian: xvfb xdotool)")
    server, display_name = start_xvfb()
    yield display_name
    server.terminate()
    server.wait(5)


def xdotool(display, *args):
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=30)


def entries(log):
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_space_and_right_arrow_pause_and_skip_a_real_session(display, tmp_path):
    log = tmp_path / "cues.jsonl"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    app = subprocess.Popen([sys.executable, "-m", "acuguide", "run", "rls-evening", "--speed",
                            "20", "--yes", "--mute", "--cue-log", str(log)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        window = wait_for(lambda: xdotool(display, "search", "--onlyvisible", "--name",
                                          "Restless legs").stdout.split(), what="the window")[0]
        xdotool(display, "windowfocus", "--sync", window)
        wait_for(lambda: len(entries(log)) >= 3, what="cues")
        xdotool(display, "key", "space")
        wait_for(lambda: xdotool(display, "getwindowname", window).stdout.startswith("Paused"),
                 timeout=5, what="the screen to show it is paused")
        count = len(entries(log))
        time.sleep(1.0)  # 20 plan seconds: several breathing cues if it were running
        assert len(entries(log)) == count, "no cues while paused"
        xdotool(display, "key", "space")
        wait_for(lambda: not xdotool(display, "getwindowname", window).stdout.startswith(
            "Paused"), timeout=5, what="resume")
        before = time.monotonic()
        xdotool(display, "key", "Right")
        skipped = wait_for(lambda: [e for e in entries(log)
                                    if e["kind"] == "prepare" and e["step"] == 1],
                           timeout=5, what="the next step's cue")
        assert time.monotonic() - before < 2.0
        assert skipped[0]["scheduled"] == 130
    finally:
        app.terminate()
        _, err = app.communicate(timeout=10)
    assert "Traceback" not in err
