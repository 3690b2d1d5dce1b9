"""Test-wide set-up: headless Qt, and shared content fixtures."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))  # the tests' own helpers (pulse.py)

import pytest

from acuguide.model.content import Content, builtin_atlas, load_content


@pytest.fixture(scope="session")
def atlas():
    return builtin_atlas()


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(None)


@pytest.fixture(autouse=True)
def _no_dangling_timers():
    """Fail a test that leaves a timer running or a single shot pending (timer_watch.py)."""
    from timer_watch import no_dangling_timers

    with no_dangling_timers():
        yield


@pytest.fixture(autouse=True)
def _private_app_data(tmp_path_factory, monkeypatch):
    """Never read or write the real user's app-data folder."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


def pytest_configure(config):
    """Start a private sound server before anything touches QtMultimedia (it connects once)."""
    import pulse

    server, reason = pulse.start()
    config._acuguide_pulse = (server, reason)
    if server is not None:
        os.environ.update(server.env)


def pytest_unconfigure(config):
    server, _ = getattr(config, "_acuguide_pulse", (None, ""))
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def pulse_server(pytestconfig):
    server, reason = pytestconfig._acuguide_pulse
    if server is None:
        pytest.skip(f"no private sound server: {reason}")
    return server
