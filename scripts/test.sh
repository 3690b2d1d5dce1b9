#!/bin/sh
# Run acuguide's whole test suite headless, setting everything up first on a fresh machine.
# Extra arguments go to the last pytest run (e.g. `sh scripts/test.sh -m "not gui" -x`).
#
# Stages: ruff (style, and no bare QTimer), mypy (types), lint-imports (the layers and the
# Qt-free core), the logic tests in an environment without Qt (only for a whole-suite run, with
# no arguments), then pytest offscreen. Any stage that fails stops the run.
set -eu
. "$(dirname -- "$0")/setup.sh"
# The tests also need: X input and screenshots for the end-to-end tests, a private sound
# server for the audio test, PDF tools for the sheet tests, the desktop entry and AppStream
# validators for the packaging tests, a private D-Bus session bus for the screen-awake tests,
# the AT-SPI bus with the system Python's pyatspi for the screen-reader test, and CUPS with
# the cups-pdf printer (and its Ghostscript) for the test that prints through a private queue.
TEST_PACKAGES="xvfb xauth xdotool x11-utils pulseaudio pulseaudio-utils poppler-utils
desktop-file-utils appstream dbus-daemon at-spi2-core python3-pyatspi
cups cups-bsd printer-driver-cups-pdf"
# shellcheck disable=SC2086
ensure_system_packages $TEST_PACKAGES
ensure_venv test
[ $# -eq 0 ] && ensure_core_venv
cd "$ROOT"
stage() { printf '\n== acuguide tests: %s\n' "$*" >&2; }
stage "ruff"
"$VENV/bin/ruff" check src tests benchmarks scripts
stage "mypy"
"$VENV/bin/mypy"
stage "lint-imports (layers, Qt-free core)"
"$VENV/bin/lint-imports" --no-cache
if [ $# -eq 0 ]; then
    stage "logic tests without Qt installed"
    (unset QT_QPA_PLATFORM; "$CORE_VENV/bin/python" -m pytest -m "not gui and not slow" -q -p no:cacheprovider)
fi
stage "pytest"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
