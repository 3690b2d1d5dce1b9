"""Test-wide set-up: headless Qt, and shared content fixtures."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from acuguide.model.content import Content, builtin_atlas, load_content


@pytest.fixture(scope="session")
def atlas():
    return builtin_atlas()


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(None)


@pytest.fixture(autouse=True)
def _private_app_data(tmp_path_factory, monkeypatch):
    """Never read or write the real user's app-data folder."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
