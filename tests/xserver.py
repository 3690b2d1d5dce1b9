"""A private Xvfb server for tests and benchmarks that need a real X display."""

from __future__ import annotations

import os
import subprocess


def start_xvfb(size: str = "1280x800x24") -> tuple[subprocess.Popen, str]:
    """Start Xvfb on a free display number; returns the process and ':N'."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        return server, ":" + pipe.readline().strip()


def wait_for(check, timeout=15.0, what="condition", every=0.05):
    """Poll ``check`` until it returns something true (returned), or fail naming ``what``."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")
