"""Find a system tool a test needs: skip without it, but fail on CI, where it must be there."""

import os
import shutil

import pytest

DEBIAN_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "gtk-update-icon-cache": "gtk-update-icon-cache",
    "cupsd": "cups", "lpadmin": "cups-client", "lpstat": "cups-client", "lp": "cups-client",
    "unshare": "util-linux", "pdfimages": "poppler-utils", "pdfinfo": "poppler-utils",
    "pdftotext": "poppler-utils", "gs": "ghostscript",
    "Xvfb": "xvfb", "xdotool": "xdotool", "dbus-daemon": "dbus-daemon",
}


def missing(message: str) -> None:
    """Skip, or with CI set (where everything must be installed) fail, saying ``message``."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require(tool: str) -> str:
    """The tool's path (also from the sbin folders); else ``missing``, naming the package."""
    path = shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")
    if path:
        return path
    missing(f"{tool} is missing: apt-get install {DEBIAN_PACKAGES.get(tool, tool)}")
    raise AssertionError("unreachable")  # missing() always leaves the test
