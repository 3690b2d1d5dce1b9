"""The dependency locks in requirements/ agree with pyproject.toml and with each other."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _lock(name: str) -> dict[str, list[tuple[str, str | None, list[str]]]]:
    """Package -> [(version, marker, hashes)], from a hashed lock file."""
    pins: dict[str, list[tuple[str, str | None, list[str]]]] = {}
    current: list[str] | None = None
    for line in (ROOT / "requirements" / f"{name}.txt").read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = []
            package = canonicalize_name(match[1])
            pins.setdefault(package, []).append((match[2], match[3], current))
        elif line.strip().startswith("--hash=sha256:") and current is not None:
            current.append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
        elif line.strip() and not line.lstrip().startswith("#"):
            raise AssertionError(f"requirements/{name}.txt: unexpected line {line!r}")
    return pins


def _within(lock: dict, requirement: str, lock_name: str) -> None:
    req = Requirement(requirement)
    name = canonicalize_name(req.name)
    assert name in lock, f"{req.name} (pyproject.toml) is missing from requirements/{lock_name}.txt"
    for version, marker, _ in lock[name]:
        assert req.specifier.contains(version, prereleases=True), (
            f"requirements/{lock_name}.txt pins {req.name}=={version}"
            f"{' ; ' + marker if marker else ''}, outside pyproject's {req.specifier}"
        )


def test_every_app_dependency_is_locked_within_its_range() -> None:
    lock = _lock("app")
    for requirement in _pyproject()["project"]["dependencies"]:
        _within(lock, requirement, "app")


def test_the_build_backend_is_locked_so_the_project_installs_without_fetching() -> None:
    lock = _lock("app")
    for requirement in _pyproject()["build-system"]["requires"]:
        _within(lock, requirement, "app")
    assert "editables" in lock  # hatchling needs it for the editable install


def test_every_test_dependency_is_locked_within_its_range() -> None:
    lock = _lock("test")
    project = _pyproject()["project"]
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        _within(lock, requirement, "test")


def test_the_app_lock_adds_no_test_tools() -> None:
    app = _lock("app")
    for tool in ("pytest", "hypothesis", "ruff", "mypy", "numpy", "pypdf", "jsonschema"):
        assert tool not in app, f"requirements/app.txt carries the test tool {tool}"


def test_both_locks_pin_every_shared_package_to_the_same_files() -> None:
    app, test = _lock("app"), _lock("test")
    for package, pins in app.items():
        assert package in test, f"{package} is in requirements/app.txt but not in test.txt"
        assert sorted(test[package]) == sorted(pins), f"the locks disagree on {package}"


@pytest.mark.parametrize("name", ["app", "test"])
def test_every_locked_package_carries_hashes(name: str) -> None:
    for package, pins in _lock(name).items():
        for version, _, hashes in pins:
            assert hashes, f"requirements/{name}.txt: {package}=={version} has no --hash"
            assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), package
