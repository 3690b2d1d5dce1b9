"""Keeping the screen awake: hold and release reach a ScreenSaver service with the declared types.

Without a session bus, or without a screen saver on it, the inhibitor says so once and does
nothing. With one, the test runs a stand-in service on a private bus that checks signatures as
the freedesktop specification says (``Inhibit(ss) -> u``, ``UnInhibit(u)``).
"""

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from acuguide.session.inhibit import ScreenAwake

pytestmark = pytest.mark.gui

STANDIN = Path(__file__).resolve().parent.parent / "dbus_standin.py"

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


@pytest.fixture
def private_bus(tmp_path, monkeypatch):
    """A private session bus (its own dbus-daemon), set as this process's session bus."""
    if shutil.which("dbus-daemon") is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing (install the dbus-daemon package)")
        pytest.skip("dbus-daemon is missing: no private session bus to test against")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    address = daemon.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


def start_standin(record, *options):
    service = subprocess.Popen([sys.executable, str(STANDIN), str(record), *options],
                               stdout=subprocess.PIPE, text=True)
    assert service.stdout.readline().strip() == "ready"
    return service


def stop(process):
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


@pytest.fixture
def screensaver(private_bus, tmp_path):
    """The stand-in ScreenSaver on the private bus; returns a reader of what it has seen."""
    record = tmp_path / "screensaver.json"
    service = start_standin(record)

    def seen():
        return json.loads(record.read_text(encoding="utf-8"))

    yield seen
    stop(service)


def test_hold_then_release_reach_the_service_with_the_declared_types(qapp, screensaver):
    awake = ScreenAwake()
    assert awake.available
    awake.hold("Guided acupressure session")
    cookie = awake.cookie
    assert cookie is not None and cookie > 2**31  # the stand-in's cookies need all 32 bits
    assert screensaver()["held"] == [cookie]
    awake.hold()  # idempotent: no second inhibit
    awake.release()
    awake.release()  # idempotent: no second UnInhibit
    assert awake.cookie is None
    record = screensaver()
    assert record["calls"] == [
        {"member": "Inhibit", "signature": "ss",
         "arguments": ["acuguide", "Guided acupressure session"], "accepted": True},
        {"member": "UnInhibit", "signature": "u", "arguments": [cookie], "accepted": True},
    ]
    assert record["held"] == [], "after release the screen saver holds no inhibit"


def test_pause_and_resume_hold_and_release_again(qapp, screensaver):
    awake = ScreenAwake()
    awake.hold()
    first = awake.cookie
    awake.release()
    awake.hold()
    second = awake.cookie
    awake.release()
    calls = screensaver()["calls"]
    assert [call["member"] for call in calls] == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]
    assert [calls[1]["arguments"], calls[3]["arguments"]] == [[first], [second]]
    assert all(call["accepted"] for call in calls)
    assert screensaver()["held"] == []


def test_the_standin_rejects_a_cookie_sent_as_a_signed_integer(screensaver):
    """The stand-in checks types as the specification says (what QtDBus sent was refused)."""
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress("/org/freedesktop/ScreenSaver", bus_name="org.freedesktop.ScreenSaver",
                          interface="org.freedesktop.ScreenSaver")
    with open_dbus_connection("SESSION") as connection:
        reply = connection.send_and_get_reply(
            new_method_call(address, "UnInhibit", "i", (7,)), timeout=5)
    assert reply.header.message_type == MessageType.error
    assert screensaver()["calls"][0]["accepted"] is False


def test_a_bus_without_a_screen_saver_is_unavailable_said_once(qapp, private_bus, caplog):
    caplog.set_level(logging.INFO, logger="acuguide.session.inhibit")
    awake = ScreenAwake()
    started = time.monotonic()
    assert not awake.available
    awake.hold()
    awake.hold()
    awake.release()
    assert awake.cookie is None
    assert time.monotonic() - started < 2
    notes = [record.getMessage() for record in caplog.records]
    assert notes == ["The screen may blank during sessions: "
                     "no org.freedesktop.ScreenSaver service on the session bus"]


def test_a_screen_saver_that_never_answers_holds_nothing_up_for_long(qapp, private_bus, tmp_path):
    service = start_standin(tmp_path / "screensaver.json", "--mute")
    try:
        awake = ScreenAwake()
        started = time.monotonic()
        awake.hold()
        awake.release()
        waited = time.monotonic() - started
    finally:
        stop(service)
    assert awake.cookie is None
    assert waited < 2.5  # one call's time-out (1 s), not D-Bus's 25 s default


QUIT_PROBE = """
from PySide6.QtCore import QCoreApplication
from acuguide.qtkit.timers import call_later
from acuguide.session.inhibit import ScreenAwake
app = QCoreApplication([])
awake = ScreenAwake(app)
awake.hold()
print("cookie", awake.cookie, flush=True)
call_later(app, "quit", 0, app.quit)
app.exec()
"""


def test_quitting_the_app_releases_the_screen(private_bus, screensaver):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", QUIT_PROBE], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    cookie = int(done.stdout.split()[1])
    record = screensaver()
    assert [call["member"] for call in record["calls"]] == ["Inhibit", "UnInhibit"]
    assert record["calls"][1]["arguments"] == [cookie]
    assert record["held"] == []
