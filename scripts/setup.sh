# Shared set-up for scripts/app.sh and scripts/test.sh (POSIX sh, sourced, not run).
# Makes sure, from a bare Debian/Ubuntu with only python3, that there are
#   1. the system libraries Qt needs (installed when root, else the exact command is printed),
#   2. a virtual environment in .venv with acuguide and its Python packages installed.
# Set ACUGUIDE_VENV to use another folder for the environment.

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
VENV=${ACUGUIDE_VENV:-$ROOT/.venv}

say() { printf 'acuguide setup: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

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
    if [ "$(id -u)" = 0 ]; then
        say "installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null || die "apt-get update failed"
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
            die "apt-get install failed for: $missing"
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

ensure_venv() {
    python=$(find_python) || die "Python 3.11 or newer is needed (python3 --version)"
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        rm -rf "$VENV"
        if ! "$python" -m venv "$VENV" >/dev/null 2>&1; then
            rm -rf "$VENV"
            # Debian and Ubuntu ship venv/ensurepip separately.
            pyver=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
            command -v dpkg-query >/dev/null 2>&1 || die "'$python -m venv' failed"
            apt_install "python$pyver-venv"
            "$python" -m venv "$VENV" || die "'$python -m venv $VENV' failed"
        fi
    fi
    # Reinstall only when the project's dependencies changed.
    stamp="$VENV/.acuguide-installed"
    want=$(cat "$ROOT/pyproject.toml" | cksum)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing acuguide and its Python packages into $VENV"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip ||
            die "could not upgrade pip"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[test]" ||
            die "pip install failed"
        echo "$want" >"$stamp"
    fi
}
