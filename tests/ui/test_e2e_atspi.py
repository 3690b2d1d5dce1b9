"""A screen reader's view, end to end: AT-SPI on a private bus, real X keys, a real session.

The recipe (docs/testing.md): Xvfb; a private session bus; the AT-SPI bus launcher; the app
with Qt's AT-SPI bridge switched on; a probe in its own process (the system Python's pyatspi)
that reads the tree and records focus and announcement events as a screen reader gets them.
There is no window manager, so where one would give a new dialog the keyboard focus the test
does it with ``xdotool windowfocus`` (it costs no key).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from system_tools import require
from xserver import start_xvfb
from xserver import wait_for as wait_briefly

pytestmark = pytest.mark.slow

def wait_for(check, what="condition"):
    """As a screen reader would wait: probing the bus every 0.1 s, for up to 30 s."""
    return wait_briefly(check, 30.0, what, every=0.1)


PROBE = Path(__file__).resolve().parent.parent / "atspi_probe.py"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"


def needs(ok, what):
    if not ok:
        message = f"{what} is missing: apt-get install at-spi2-core python3-pyatspi"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def desktop(tmp_path):
    """Xvfb, a session bus and the AT-SPI bus; the environment for the app and the probe."""
    require("Xvfb")
    require("xdotool")
    require("dbus-daemon")
    needs(os.path.exists(LAUNCHER), "the AT-SPI bus launcher")
    needs(subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                         check=False).returncode == 0, "pyatspi")
    started = []
    server, display = start_xvfb()
    started.append(server)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    started.append(bus)
    address = bus.stdout.readline().strip()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "PULSE_SERVER": "unix:/nonexistent",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
           "NO_AT_BRIDGE": "0"}
    env.pop("QT_QPA_PLATFORM", None)
    started.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    yield env
    bus.stdout.close()
    for process in reversed(started):
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()


def xdotool(env, *args):
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=30, check=False).stdout.split()


def tree(env):
    out = subprocess.run([SYSTEM_PYTHON, str(PROBE), "tree"], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    return json.loads(out)


def walk(node):
    yield node
    for child in node["children"]:
        yield from walk(child)


def events(log):
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] \
        if log.exists() else []


def test_a_screen_reader_lists_the_points_and_follows_six_keys_into_a_session(desktop,
                                                                              tmp_path):
    env = desktop
    app = subprocess.Popen([sys.executable, "-m", "acuguide"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "events.jsonl"
    listener = None
    try:
        (window,) = wait_for(lambda: xdotool(env, "search", "--onlyvisible", "--name",
                                             "^acuguide$"), what="the main window")[:1]
        # The whole tree, as a screen reader walks it, once the diagram is loaded.
        apps = wait_for(lambda: [a for a in tree(env) if any(
            n["name"].startswith("Body diagram") for n in walk(a))], what="the diagram")
        nodes = list(walk(apps[0]))
        unnamed = [n["role"] for n in nodes if "focusable" in n["states"]
                   and "showing" in n["states"] and not n["name"].strip()]
        assert unnamed == []
        (diagram,) = [n for n in nodes if n["name"].startswith("Body diagram")]
        assert diagram["role"] == "list"
        points = diagram["children"]
        assert len(points) >= 4 and all(p["role"] == "list item" for p in points)
        assert any(p["name"].startswith("ST36 Leg Three Miles (left)") for p in points)
        assert all(p["description"] for p in points)

        listener = subprocess.Popen([SYSTEM_PYTHON, str(PROBE), "listen", str(log)], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    text=True)
        assert listener.stdout.readline().strip() == "listening"
        xdotool(env, "windowfocus", "--sync", window)
        wait_for(lambda: [e for e in events(log) if e["type"] == "focus:"
                          and e["name"] == "Search points"], what="the search field's focus")

        keys = []

        def press(key):
            keys.append(key)
            xdotool(env, "key", key)

        def focused(name):
            return lambda: [e for e in events(log) if e["type"] == "focus:"
                            and e["name"].startswith(name)]

        for key in ("Tab", "Tab"):
            press(key)
        wait_for(focused("Leg cramps"), what="the routines list")
        for key in ("Down", "Down"):
            press(key)
        wait_for(focused("Restless legs, evening"), what="the restless legs routine")
        press("Return")
        (dialog,) = wait_for(lambda: xdotool(env, "search", "--onlyvisible", "--name",
                                             "^Before you start"), what="the safety check")
        xdotool(env, "windowfocus", "--sync", dialog)  # what a window manager would do
        wait_for(lambda: [e for e in events(log) if e["type"] == "window:activate"
                          and e["role"] == "dialog"], what="the safety check's focus")
        press("Return")
        said = wait_for(lambda: [e for e in events(log) if e["type"] == "object:announcement"],
                        what="the first step's announcement")
        assert said[0]["detail"].startswith("Next: Hold your right thumb")
        assert wait_for(lambda: [e for e in events(log) if e["type"] == "window:activate"
                                 and e["name"] == "Restless legs, evening · acuguide"],
                        what="the session window")[0]["role"] == "frame"
        assert len(keys) <= 8, keys

        # The session window is a frame of its own, its diagram a list of points too.
        frames = [c for c in tree(env)[0]["children"] if c["name"].startswith("Restless")]
        assert [f["role"] for f in frames] == ["frame"]
        lists = [n for n in walk(frames[0]) if n["role"] == "list" and "showing" in n["states"]]
        assert [n["name"].split(":")[0] for n in lists] == ["Diagram"]
        assert any(p["name"].startswith("Right thumb") for p in lists[0]["children"])
    finally:
        if listener is not None:
            listener.terminate()
            listener.wait(5)
            listener.stdout.close()
        app.terminate()
        _, err = app.communicate(timeout=15)
    assert "Traceback" not in err, err
    print(f"keys from the main window to a running session: {len(keys)} ({' '.join(keys)})")

