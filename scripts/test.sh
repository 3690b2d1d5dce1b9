#!/bin/sh
# Run acuguide's whole test suite headless, setting everything up first on a fresh machine.
# Extra arguments go to pytest (e.g. `sh scripts/test.sh -m "not gui" -x`).
set -eu
. "$(dirname -- "$0")/setup.sh"
# The tests also need: X input and screenshots for the end-to-end tests, a private sound
# server for the audio test, PDF tools for the sheet tests, the desktop entry and AppStream
# validators for the packaging tests.
TEST_PACKAGES="xvfb xauth xdotool x11-utils pulseaudio pulseaudio-utils poppler-utils
desktop-file-utils appstream"
# shellcheck disable=SC2086
ensure_system_packages $TEST_PACKAGES
ensure_venv test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check src tests benchmarks scripts
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest "$@"
