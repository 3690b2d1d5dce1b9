#!/bin/sh
# Start acuguide's window, setting everything up first on a fresh machine.
# Extra arguments go to the acuguide command (e.g. `sh scripts/app.sh show SP6`).
set -eu
. "$(dirname -- "$0")/setup.sh"
# shellcheck disable=SC2086
ensure_system_packages $SPEECH_PACKAGES
ensure_venv app
exec "$VENV/bin/acuguide" "$@"
