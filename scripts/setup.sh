# Shared set-up for scripts/app.sh and scripts/test.sh (POSIX sh, sourced, not run).
# Makes sure, from a bare Debian/Ubuntu with only python3, that there are
#   1. the system libraries Qt needs (installed when root, else the exact command is printed),
#   2. a virtual environment in .venv,
#   3. acuguide's Python packages in it, exactly as locked in requirements/ (with hashes).
# Each stage says what it does and how long it usually takes; a stage with nothing to do is
# silent. Set ACUGUIDE_VENV to use another folder for the environment.

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
VENV=${ACUGUIDE_VENV:-$ROOT/.venv}
SETUP_LOG=${TMPDIR:-/tmp}/acuguide-setup.$$.log

say() { printf 'acuguide setup: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
# Run "$@" with its output in $SETUP_LOG; on failure show the log's end, then one clear line.
quietly() {
    if "$@" >"$SETUP_LOG" 2>&1; then
        rm -f "$SETUP_LOG"
        return 0
    fi
    tail -n 15 "$SETUP_LOG" >&2
    rm -f "$SETUP_LOG"
    return 1
}
now() { date +%s; }
took() { say "  $2: done in $(($(now) - $1)) s"; }

# Qt's xcb and offscreen plugins, fonts (WenQuanYi for the hanzi point names), D-Bus,
# libpulse for QtMultimedia/QtTextToSpeech, and libcups for printing.
QT_PACKAGES="libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0
libxcb-xinerama0 libdbus-1-3 libpulse0 libcups2 fonts-dejavu-core fonts-wqy-microhei"

# Spoken guidance: speech-dispatcher with the espeak-ng voice (the app works without them).
SPEECH_PACKAGES="speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2"

find_python() {
    for candidate in python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

# Print the packages of "$@" that dpkg does not report as installed.
missing_packages() {
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then
            # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64); accept the t64 name too.
            dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q 'ok installed' ||
                printf '%s ' "$pkg"
        fi
    done
}

apt_install() {
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    count=$(echo $missing | wc -w)
    if [ "$(id -u)" = 0 ]; then
        say "system packages: installing $count with apt-get (about 1 minute on a fresh machine)"
        say "  $missing"
        start=$(now)
        export DEBIAN_FRONTEND=noninteractive
        quietly apt-get update || die "apt-get update failed (see above)"
        # shellcheck disable=SC2086
        quietly apt-get install -y --no-install-recommends $missing ||
            die "apt-get install failed for: $missing"
        took "$start" "system packages"
    else
        say "these system packages are missing: $missing"
        die "install them with:  sudo apt-get install -y --no-install-recommends $missing"
    fi
}

ensure_system_packages() {
    # $@: extra packages (the test command adds its own).
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: install Qt 6's runtime libraries with your package manager"
        return 0
    fi
    # shellcheck disable=SC2086
    apt_install $QT_PACKAGES "$@"
}

# The stamp in the environment records what was installed: one line per lock, with the lock's
# checksum ("app" also covers pyproject.toml, whose entry points the editable install uses).
lock_sum() { cat "$ROOT/requirements/$1.txt" "$ROOT/pyproject.toml" | cksum | cut -d' ' -f1; }
stamped() { grep -qx "$1 $(lock_sum "$1")" "$VENV/.acuguide-installed" 2>/dev/null; }

new_venv() {
    # $1: the folder
    target=$1
    python=$(find_python) || die "Python 3.11 or newer is needed (python3 --version)"
    if [ -e "$target" ]; then
        # Never delete a folder that is not a virtual environment (ACUGUIDE_VENV may be anything).
        [ -f "$target/pyvenv.cfg" ] || die "$target exists and is not a virtual environment"
        rm -rf "$target"
    fi
    say "virtual environment: creating $target (a few seconds)"
    vstart=$(now)
    if ! "$python" -m venv "$target" >/dev/null 2>&1; then
        rm -rf "$target"
        # Debian and Ubuntu ship venv/ensurepip separately.
        pyver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        command -v dpkg-query >/dev/null 2>&1 || die "'$python -m venv' failed"
        apt_install "python$pyver-venv"
        quietly "$python" -m venv "$target" || die "'$python -m venv $target' failed"
    fi
    took "$vstart" "virtual environment"
}

install_lock() {
    # $1: app or test; $2: what it is for, $3: typical time.
    say "Python packages: installing requirements/$1.txt, $2 ($3)"
    start=$(now)
    # --require-hashes: exactly the locked files; --only-binary: no compiler needed.
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
        --require-hashes --only-binary :all: -r "$ROOT/requirements/$1.txt" ||
        die "installing requirements/$1.txt failed (see above)"
    took "$start" "Python packages"
}

ensure_venv() {
    # $1: app (what the window needs) or test (that plus the test tools).
    kind=${1:-app}
    if ! stamped app || [ ! -x "$VENV/bin/python" ]; then
        new_venv "$VENV"
        install_lock app "Qt for Python and PyYAML, about 690 MB" "about 30 s the first time"
        # The project itself, from the checkout, with the locked build backend: nothing unlocked.
        quietly "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
            --no-deps --no-build-isolation -e "$ROOT" || die "installing acuguide itself failed"
        echo "app $(lock_sum app)" >"$VENV/.acuguide-installed"
    fi
    if [ "$kind" = test ] && ! stamped test; then
        if grep -q '^test ' "$VENV/.acuguide-installed"; then
            # The test lock changed: start again, so nothing it dropped stays behind.
            rm -f "$VENV/.acuguide-installed"
            ensure_venv test
            return
        fi
        install_lock test "the test tools: pytest, hypothesis, ruff, mypy, numpy" "about 20 s"
        echo "test $(lock_sum test)" >>"$VENV/.acuguide-installed"
    fi
}

# A second environment for the logic tests, without Qt at all: the test lock less Qt for
# Python and pytest-qt, then acuguide without its dependencies. It proves that the pure core
# (model, diagrams, the sheet's layout, the session's timing) needs no PySide6 to import or run.
CORE_VENV=${ACUGUIDE_CORE_VENV:-$VENV-core}
QT_LOCKED="pyside6-addons pyside6-essentials shiboken6 pytest-qt"

ensure_core_venv() {
    want="core $(lock_sum test)"
    grep -qx "$want" "$CORE_VENV/.acuguide-installed" 2>/dev/null && return 0
    new_venv "$CORE_VENV"
    say "Python packages without Qt: requirements/test.txt less $QT_LOCKED (about 10 s)"
    start=$(now)
    core_lock="$CORE_VENV/requirements-core.txt"
    # Drop each Qt package's block (its "name==version \" line, hashes and comments).
    awk -v drop="$QT_LOCKED" '
        BEGIN { n = split(drop, names, " "); for (i = 1; i <= n; i++) skip[names[i]] = 1 }
        /^[A-Za-z0-9]/ { name = $1; sub(/==.*/, "", name); dropping = (name in skip) }
        !dropping { print }' "$ROOT/requirements/test.txt" >"$core_lock"
    quietly "$CORE_VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
        --require-hashes --only-binary :all: -r "$core_lock" ||
        die "installing the environment without Qt failed (see above)"
    quietly "$CORE_VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
        --no-deps --no-build-isolation -e "$ROOT" || die "installing acuguide itself failed"
    "$CORE_VENV/bin/python" -c 'import importlib.util as u, sys; sys.exit(bool(u.find_spec("PySide6")))' ||
        die "the environment without Qt has PySide6 in it"
    echo "$want" >"$CORE_VENV/.acuguide-installed"
    took "$start" "Python packages without Qt"
}
