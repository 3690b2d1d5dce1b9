"""The one place that finds packaged files (data/, assets/, packaging/) via importlib.resources."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

TOPS = ("data", "assets", "packaging")


class ResourceError(LookupError):
    """An unknown or unsafe resource name."""


def _top(name: str) -> Traversable:
    packaged = resources.files("acuguide") / name
    if packaged.is_dir():
        return packaged
    # An editable install (development checkout): the build maps these folders into the
    # package, but in a source tree they sit at the top level, two folders above this file.
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise ResourceError(f"acuguide is installed without its {name}/ folder")


def _parts(name: str) -> tuple[str, ...]:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not path.parts:
        raise ResourceError(f"resource names are relative paths without '..': {name!r}")
    if path.parts[0] not in TOPS:
        raise ResourceError(f"resource names start with {' or '.join(TOPS)}/: {name!r}")
    return path.parts


def locate(name: str) -> Traversable:
    """Return the packaged file or folder ``name``, e.g. ``data/points.yaml``."""
    parts = _parts(name)
    node = _top(parts[0])
    for i, part in enumerate(parts[1:], start=1):
        child = node / part
        if not (child.is_file() or child.is_dir()):
            known = sorted(c.name for c in node.iterdir() if not c.name.startswith((".", "_")))
            where = "/".join(parts[:i])
            raise ResourceError(f"no resource {name!r}; {where}/ has: {', '.join(known)}")
        node = child
    return node


def read_bytes(name: str) -> bytes:
    """Return a packaged file's bytes (Qt gets bytes, so this works from a wheel too)."""
    node = locate(name)
    if not node.is_file():
        raise ResourceError(f"{name!r} is a folder, not a file")
    return node.read_bytes()


def listing(folder: str, suffix: str = "") -> list[str]:
    """Return the resource names in ``folder`` ending with ``suffix``, sorted."""
    node = locate(folder)
    return sorted(
        f"{folder.rstrip('/')}/{c.name}"
        for c in node.iterdir()
        if c.is_file() and c.name.endswith(suffix) and not c.name.startswith(".")
    )
