"""Find a system tool a test needs: skip without it, but fail on CI, where it must be there."""

import os
import shutil

import pytest

DEBIAN_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "gtk-update-icon-cache": "gtk-update-icon-cache",
}


def require(tool: str) -> str:
    """The tool's path; a skip (or, with CI set, a failure) naming the package to install."""
    path = shutil.which(tool)
    if path:
        return path
    message = f"{tool} is missing: apt-get install {DEBIAN_PACKAGES.get(tool, tool)}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
