#!/bin/sh
# Refresh the dependency locks in requirements/ from pyproject.toml (run by hand, then commit).
#
#   sh scripts/lock.sh              # re-resolve, keeping the locked versions where they still fit
#   sh scripts/lock.sh --upgrade    # re-resolve to the newest versions pyproject.toml allows
#
# requirements/app.txt: what the app needs (dependencies + the build backend, so the project
# itself installs without fetching anything unlocked); requirements/test.txt: that plus the
# [test] extra, resolved with app.txt as constraints so both agree on every shared package.
# Both are universal (every platform and Python >= 3.11) and carry every file's sha256, so
# `pip install --require-hashes` gets exactly these files. uv resolves them; it is pinned here
# and installed into a throw-away environment, so refreshing a lock needs nothing but python3.
set -eu
UV_VERSION=0.13.9
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT INT TERM
python3 -m venv "$tools/venv"
"$tools/venv/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
uv="$tools/venv/bin/uv"
# The build backend's requirement, read from pyproject.toml (the one place it is written),
# and what hatchling asks for to build an editable install (its get_requires_for_build_editable).
python3 - "$tools/build.in" <<'PY'
import sys, tomllib
with open("pyproject.toml", "rb") as f:
    requires = tomllib.load(f)["build-system"]["requires"]
open(sys.argv[1], "w").write("\n".join([*requires, "editables"]) + "\n")
PY
common="--universal --python-version 3.11 --generate-hashes --quiet --no-header --custom-compile-command 'sh scripts/lock.sh'"
header() {
    printf '# %s\n' "Locked dependencies: $1" \
        "Made by 'sh scripts/lock.sh' from pyproject.toml; do not edit by hand." \
        "Installed by scripts/setup.sh with 'pip install --require-hashes'."
}
# shellcheck disable=SC2086
eval "\"$uv\" pip compile $common ${1:-} pyproject.toml \"$tools/build.in\" -o \"$tools/app.txt\""
# shellcheck disable=SC2086
eval "\"$uv\" pip compile $common ${1:-} --extra test -c \"$tools/app.txt\" pyproject.toml \"$tools/build.in\" -o \"$tools/test.txt\""
{ header "the app (sh scripts/app.sh)"; sed "s|$tools/build.in|build-system.requires|g" "$tools/app.txt"; } >requirements/app.txt
{ header "the tests (sh scripts/test.sh): the app's and the [test] extra"
  sed "s|$tools/build.in|build-system.requires|g; s|$tools/app.txt|requirements/app.txt|g" "$tools/test.txt"; } >requirements/test.txt
echo "lock.sh: wrote requirements/app.txt ($(grep -c '==' requirements/app.txt) packages) and requirements/test.txt ($(grep -c '==' requirements/test.txt) packages)"
