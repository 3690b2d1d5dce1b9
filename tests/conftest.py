"""Test-wide set-up: headless Qt, and shared content fixtures."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))  # the tests' own helpers (pulse.py)

import pytest

from acuguide.model.content import Content, builtin_atlas, load_content

PULSE = pytest.StashKey[tuple]()  # the private sound server and, if none, why


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


def pytest_addoption(parser):
    """Without pytest-qt (the run without Qt installed), accept its settings in pyproject.toml."""
    import importlib.util

    if importlib.util.find_spec("pytestqt") is None:
        for name in ("qt_api", "qt_log_level_fail"):
            parser.addini(name, "pytest-qt's setting (pytest-qt is not installed)")
        parser.addini("qt_log_ignore", "pytest-qt's setting (pytest-qt is not installed)",
                      type="linelist")


def pytest_ignore_collect(collection_path, config):
    """Without PySide6 (the logic-test run), skip collecting test modules marked gui as a whole.

    They import Qt at the top; any other module that needs Qt fails to import there, which
    shows that its tests should be marked gui.
    """
    import importlib.util

    if importlib.util.find_spec("PySide6") is not None:
        return None
    if collection_path.is_dir():
        return collection_path.name == "ui" or None  # widgets only
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return "pytestmark = pytest.mark.gui" in collection_path.read_text() or None
    return None


def pytest_configure(config):
    """Start a private sound server before anything touches QtMultimedia (it connects once)."""
    import pulse

    server, reason = pulse.start()
    config.stash[PULSE] = (server, reason)
    if server is not None:
        os.environ.update(server.env)


def pytest_unconfigure(config):
    server, _ = config.stash.get(PULSE, (None, ""))
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def pulse_server(pytestconfig):
    server, reason = pytestconfig.stash[PULSE]
    if server is None:
        pytest.skip(f"no private sound server: {reason}")
    return server
