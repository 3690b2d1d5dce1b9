"""The ``acuguide`` command: no arguments starts the window, subcommands run headless.

Kept small, so that starting the window does not first import every subcommand's modules.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``acuguide`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from acuguide.app import run_gui

        return run_gui()
    from acuguide.commands import main as run_command

    return run_command(args)
