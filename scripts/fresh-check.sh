#!/usr/bin/env bash
# Prove that the README's two commands work on a bare Debian 12 (bookworm) machine.
#
#   sudo bash scripts/fresh-check.sh [--keep] [--rebuild]
#
# A pristine minimal root (debootstrap minbase with only python3 and ca-certificates) is
# built once and cached as a tarball. Every check unpacks it into a throw-away work root,
# clones the committed project (HEAD, never the working tree) into /root/acuguide there and
# runs one README command in a chroot with a clean environment. The summary gives each
# command's exit status and wall time; the exit status is non-zero if either failed.
#
# Order: each command gets its own fresh copy of the base, test command first, then the
# app command. Sharing one root would let the second command reuse the first one's apt
# packages and virtual environment and so hide a gap in its own set-up (the app's speech
# packages, say, or a Python package only the tests install). A second copy costs a few
# seconds to unpack plus the app's own set-up (about 30 s), and that set-up is exactly what
# is to be proved. Measured on 2 cores: base build 52 s (once), test command 98 s, app
# command 31 s; the whole check 2.5 minutes with a cached base.
#
# Environment:
#   ACUGUIDE_FRESH_CACHE   cache folder (default /var/cache/acuguide-fresh-check): the base
#                          tarball, the work roots while they exist, and logs/
#   ACUGUIDE_FRESH_MIRROR  Debian mirror for debootstrap (default: the one apt uses here)
#
# Bash, not POSIX sh: arrays and traps are simpler, and this is a root-only dev script.
set -euo pipefail
umask 022

PROG=fresh-check
CACHE=${ACUGUIDE_FRESH_CACHE:-/var/cache/acuguide-fresh-check}
SUITE=bookworm
FALLBACK_MIRROR=http://deb.debian.org/debian
# Where the project goes inside the root, and the clean environment of each command.
PROJECT=/root/acuguide
CLEAN_ENV=(HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb)
TAIL_LINES=30
LOCAL_CAS=/usr/local/share/ca-certificates
CAS_SAID=0

usage() {
    cat <<EOF
usage: sudo bash scripts/fresh-check.sh [--keep] [--rebuild]

Runs the README's two commands, 'sh scripts/test.sh' and 'sh scripts/app.sh show SP6',
each in its own fresh Debian 12 minbase root (python3 and ca-certificates only) with the
committed project (HEAD) cloned into it, and prints each one's exit status and wall time.

  --keep      keep the work roots for inspection (they are still unmounted)
  --rebuild   rebuild the cached base root
  -h, --help  show this help

Cache folder: \$ACUGUIDE_FRESH_CACHE (default /var/cache/acuguide-fresh-check).
Debian mirror: \$ACUGUIDE_FRESH_MIRROR (default: the one in this machine's apt sources).
Needs root (debootstrap, mount, chroot); debootstrap is installed with apt-get if missing.
EOF
}

say() { printf '%s: %s\n' "$PROG" "$*"; }
die() { printf '%s: %s\n' "$PROG" "$*" >&2; exit 1; }

KEEP=0
REBUILD=0
for arg in "$@"; do
    case $arg in
        --keep) KEEP=1 ;;
        --rebuild) REBUILD=1 ;;
        -h | --help) usage; exit 0 ;;
        *) printf '%s: unknown argument: %s\n' "$PROG" "$arg" >&2; usage >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    printf '%s: must run as root (it uses debootstrap, mount and chroot): sudo bash %s\n' \
        "$PROG" "$0" >&2
    exit 2
fi

SRC=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
command -v git >/dev/null 2>&1 || die "git is needed to clone the project"
# safe.directory: the checkout may belong to the user who ran sudo.
COMMIT=$(git -c safe.directory="$SRC" -C "$SRC" rev-parse --verify HEAD) ||
    die "$SRC is not a git checkout with a commit"

mkdir -p "$CACHE/logs"
CACHE=$(realpath -- "$CACHE")  # /proc/PID/root is compared against the resolved path
BASE_TAR=$CACHE/$SUITE-minbase.tar.gz
BASE_INFO=$CACHE/$SUITE-minbase.info
STAMP=$(date +%Y%m%d-%H%M%S)

# One check at a time per cache folder.
exec 9>"$CACHE/lock"
flock -n 9 || die "another fresh check is using $CACHE"

# ---------------------------------------------------------------------------------------
# Clean-up: runs on every exit, Ctrl+C and TERM included. Nothing stays mounted.

WORKS=()      # work folders still to tear down
BUILD_DIR=    # debootstrap target while the base is being built
CHILD=        # the running chroot command

# Print the mount points at or below $1, last mounted first.
mounts_under() {
    local dir=$1 point
    # Field 5 of mountinfo is the mount point, with spaces and the like as octal escapes.
    awk '{ print $5 }' /proc/self/mountinfo | tac | while read -r point; do
        point=$(printf '%b' "$point")
        case $point in "$dir" | "$dir"/*) printf '%s\n' "$point" ;; esac
    done
}

unmount_under() {
    local point
    mounts_under "$1" | while read -r point; do
        umount "$point" 2>/dev/null || umount -l "$point" ||
            printf '%s: could not unmount %s\n' "$PROG" "$point" >&2
    done
}

# Print the PIDs of the processes whose root directory is $1 (they run in that chroot).
pids_in_root() {
    local proc
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$1" ] && printf '%s\n' "${proc#/proc/}"
    done
    return 0
}

# Stop what still runs in chroot $1 (daemons a command left behind): TERM, then KILL.
stop_processes_in() {
    local root=$1 pids round
    for round in 1 2 3 4 5 6 7 8 9 10 11; do
        mapfile -t pids < <(pids_in_root "$root")
        [ ${#pids[@]} -eq 0 ] && return 0
        if [ "$round" = 1 ]; then
            say "stopping what is still running in the root: $(ps -o pid=,comm= -p "${pids[*]}" |
                tr -s ' \n' ' ')"
            kill -TERM "${pids[@]}" 2>/dev/null || true
        elif [ "$round" = 11 ]; then
            kill -KILL "${pids[@]}" 2>/dev/null || true
        fi
        sleep 0.5
    done
}

# Stop, unmount and (unless --keep) remove one work folder.
teardown() {
    local work=$1 root=$1/root kept=() w
    stop_processes_in "$root"
    unmount_under "$work"
    if [ -n "$(mounts_under "$work")" ]; then
        printf '%s: %s still has mounts; not removing it\n' "$PROG" "$work" >&2
    elif [ "$KEEP" = 1 ]; then
        say "kept the work root: $root"
    else
        rm -rf --one-file-system -- "$work"
    fi
    for w in "${WORKS[@]}"; do [ "$w" = "$work" ] || kept+=("$w"); done
    WORKS=("${kept[@]}")
}

# shellcheck disable=SC2317  # run by the trap below
cleanup() {
    local status=$?
    trap '' INT TERM
    if [ -n "$CHILD" ]; then
        kill -TERM "$CHILD" 2>/dev/null || true
    fi
    local work
    for work in "${WORKS[@]}"; do teardown "$work"; done
    if [ -n "$BUILD_DIR" ]; then
        stop_processes_in "$BUILD_DIR"
        unmount_under "$BUILD_DIR"
        [ -z "$(mounts_under "$BUILD_DIR")" ] && rm -rf --one-file-system -- "$BUILD_DIR"
        rm -f -- "$BASE_TAR.part"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo; say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM

# ---------------------------------------------------------------------------------------
# The Debian mirror: the one this machine's apt uses for the suite, if any.

# Print the URIs of the enabled "deb" sources for suite $1, in both apt source formats.
apt_uris_for_suite() {
    local suite=$1 file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$file" ] || continue
        # deb [options] URI SUITE COMPONENT...
        sed -e 's/#.*//' -e 's/\[[^]]*\]//' -- "$file" |
            awk -v s="$suite" '$1 == "deb" && $3 == s { print $2 }'
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] || continue
        # deb822 stanzas: "Types: deb", "URIs: ...", "Suites: ...", "Enabled: no".
        awk -v s="$suite" '
            function flush(  n, i, u) {
                if ((" " types " ") ~ / deb / && enabled != "no" && (" " suites " ") ~ (" " s " ")) {
                    n = split(uris, u, " ")
                    for (i = 1; i <= n; i++) print u[i]
                }
                types = suites = uris = ""; enabled = "yes"
            }
            BEGIN { enabled = "yes" }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[^ \t]/ {
                key = tolower($0); sub(/:.*/, "", key)
                value = $0; sub(/^[^:]*:[ \t]*/, "", value); gsub(/[ \t]+/, " ", value)
                if (key == "types") types = value
                else if (key == "suites") suites = value
                else if (key == "uris") uris = value
                else if (key == "enabled") enabled = tolower(value)
            }
            END { flush() }' "$file"
    done
}

first_uri() { apt_uris_for_suite "$1" | sed -n 's:/*$::; 1p'; }

MIRROR=${ACUGUIDE_FRESH_MIRROR:-$(first_uri "$SUITE")}
if [ -z "$MIRROR" ]; then
    MIRROR=$FALLBACK_MIRROR
    say "no $SUITE source in /etc/apt/sources.list*; using $MIRROR"
fi
# A proxy that apt is configured with is what debootstrap needs too.
APT_PROXY=
eval "$(apt-config shell APT_PROXY Acquire::http::Proxy 2>/dev/null)" || true
if [ -n "$APT_PROXY" ] && [ -z "${http_proxy:-}" ]; then
    export http_proxy=$APT_PROXY
fi

# ---------------------------------------------------------------------------------------
# The pristine base, built once.

build_base() {
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq debootstrap >/dev/null 2>&1 ||
            { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } ||
            die "could not install debootstrap (apt-get install debootstrap)"
    fi
    local log=$CACHE/logs/$STAMP-debootstrap.log start=$SECONDS
    BUILD_DIR=$(mktemp -d "$CACHE/build.XXXXXX")
    chmod 755 "$BUILD_DIR"  # it becomes the root's "/": apt's _apt user must get through
    say "building the base root from $MIRROR (log: $log)"
    if ! debootstrap --variant=minbase --include=python3,ca-certificates \
        "$SUITE" "$BUILD_DIR" "$MIRROR" >"$log" 2>&1; then
        tail -n "$TAIL_LINES" "$log" >&2
        die "debootstrap failed (log: $log)"
    fi
    # apt sources as a Debian 12 install has them: the suite, its updates and security,
    # from the mirrors this machine uses (debootstrap writes only the suite itself).
    local updates security
    updates=$(first_uri "$SUITE-updates")
    security=$(first_uri "$SUITE-security")
    {
        printf 'deb %s %s main\n' "$MIRROR" "$SUITE"
        [ -z "$updates" ] || printf 'deb %s %s-updates main\n' "$updates" "$SUITE"
        [ -z "$security" ] || printf 'deb %s %s-security main\n' "$security" "$SUITE"
    } >"$BUILD_DIR/etc/apt/sources.list"
    # No package lists or downloaded packages: setup.sh's own apt-get update fetches them.
    find "$BUILD_DIR/var/cache/apt/archives" "$BUILD_DIR/var/lib/apt/lists" -maxdepth 1 \
        -type f ! -name lock -delete
    [ -z "$(mounts_under "$BUILD_DIR")" ] || die "debootstrap left mounts in $BUILD_DIR"
    tar -C "$BUILD_DIR" --numeric-owner -czf "$BASE_TAR.part" .
    printf 'built=%s\nmirror=%s\ndebootstrap=%s\n' "$(date +%F)" "$MIRROR" \
        "$(dpkg-query -W -f='${Version}' debootstrap 2>/dev/null || echo unknown)" \
        >"$BASE_INFO"
    mv -f -- "$BASE_TAR.part" "$BASE_TAR"
    rm -rf --one-file-system -- "$BUILD_DIR"
    BUILD_DIR=
    BASE_STATE="built now in $((SECONDS - start)) s"
}

if [ "$REBUILD" = 1 ] || [ ! -s "$BASE_TAR" ]; then
    build_base
else
    built=$(sed -n 's/^built=//p' "$BASE_INFO" 2>/dev/null || true)
    BASE_STATE="reused, built ${built:-at an unknown date}"
    say "reusing the base root $BASE_TAR (built ${built:-?}; --rebuild makes a new one)"
fi

# ---------------------------------------------------------------------------------------
# A throw-away work root: the base unpacked, the chroot's mounts, the project cloned.

new_root() {  # sets ROOT
    local work
    work=$(mktemp -d "$CACHE/work.XXXXXX")
    WORKS+=("$work")
    ROOT=$work/root
    mkdir "$ROOT"
    tar -C "$ROOT" --numeric-owner -xzf "$BASE_TAR"
    # A private bind of the root onto itself: nothing mounted below it propagates elsewhere.
    mount --bind "$ROOT" "$ROOT"
    mount --make-private "$ROOT"
    mount -t proc -o nosuid,nodev,noexec proc "$ROOT/proc"
    # Read-only: root in the chroot must not change the host's kernel settings.
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$ROOT/sys"
    # A /dev of its own with the usual nodes, rather than a bind of the host's.
    mount -t tmpfs -o nosuid,mode=755,size=1m dev "$ROOT/dev"
    local node name major minor
    for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
        IFS=: read -r name major minor <<<"$node"
        mknod -m 666 "$ROOT/dev/$name" c "$major" "$minor"
    done
    ln -s /proc/self/fd "$ROOT/dev/fd"
    ln -s /proc/self/fd/0 "$ROOT/dev/stdin"
    ln -s /proc/self/fd/1 "$ROOT/dev/stdout"
    ln -s /proc/self/fd/2 "$ROOT/dev/stderr"
    mkdir "$ROOT/dev/pts" "$ROOT/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=620,gid=5,nosuid,noexec devpts \
        "$ROOT/dev/pts"
    ln -s pts/ptmx "$ROOT/dev/ptmx"
    mount -t tmpfs -o nosuid,nodev,mode=1777 shm "$ROOT/dev/shm"
    mount -t tmpfs -o nosuid,nodev,mode=755 run "$ROOT/run"
    # /tmp stays on disk, as on an installed Debian 12 (and pip unpacks large wheels there).
    cp -L --remove-destination /etc/resolv.conf "$ROOT/etc/resolv.conf"
    # Local CA certificates added to this machine (Debian keeps them in
    # /usr/local/share/ca-certificates), e.g. a TLS-inspecting proxy's: like resolv.conf they
    # belong to the network, and without them pip cannot reach PyPI from here.
    if [ -n "$(find "$LOCAL_CAS" -name '*.crt' 2>/dev/null | head -n 1)" ]; then
        cp -a -- "$LOCAL_CAS/." "$ROOT$LOCAL_CAS/"
        chroot "$ROOT" /usr/bin/env -i "${CLEAN_ENV[@]}" update-ca-certificates >/dev/null 2>&1 ||
            die "update-ca-certificates failed in the work root"
        [ "$CAS_SAID" = 1 ] ||
            say "the roots also trust this machine's local CA certificates ($LOCAL_CAS)"
        CAS_SAID=1
    fi
    # Maintainer scripts must not start daemons (dbus, speech-dispatcher) in the chroot:
    # no init would ever stop them. A real machine's systemd would run them; the commands
    # do not rely on them running.
    printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    # The committed project only, at the commit read once at the start: main may move
    # while the check runs, and both commands must test the same commit.
    git -c safe.directory="$SRC" clone --quiet --no-hardlinks --no-checkout -- "$SRC" \
        "$ROOT$PROJECT"
    git -C "$ROOT$PROJECT" -c advice.detachedHead=false checkout --quiet "$COMMIT"
}

# ---------------------------------------------------------------------------------------
# The checks.

NAMES=()
STATUSES=()
TIMES=()
LOGS=()

# $1: short name for the log; the rest: the command, run in $PROJECT inside a fresh root.
check() {
    local name=$1 log start status=0
    shift
    log=$CACHE/logs/$STAMP-$name.log
    say "preparing a fresh root for: $*"
    new_root
    say "running: $* (log: $log)"
    start=$SECONDS
    # In the background, so that TERM and Ctrl+C reach the trap at once instead of after the
    # command; what it leaves running is stopped by its root in teardown.
    # shellcheck disable=SC2016  # $0 and $@ are the inner shell's
    chroot "$ROOT" /usr/bin/env -i "${CLEAN_ENV[@]}" /bin/sh -c 'cd "$0" && exec "$@"' \
        "$PROJECT" "$@" </dev/null >"$log" 2>&1 &
    CHILD=$!
    wait "$CHILD" || status=$?
    CHILD=
    NAMES+=("$*")
    STATUSES+=("$status")
    TIMES+=("$((SECONDS - start))")
    LOGS+=("$log")
    if [ "$status" -ne 0 ]; then
        say "'$*' failed with exit status $status; the last $TAIL_LINES lines of its log:"
        tail -n "$TAIL_LINES" "$log" | sed 's/^/    /'
    fi
    teardown "${WORKS[-1]}"
}

say "project: $SRC at commit ${COMMIT:0:12} (committed work only)"
check test sh scripts/test.sh
check app sh scripts/app.sh show SP6

failed=0
say "debian $SUITE root ($BASE_STATE)"
for i in "${!NAMES[@]}"; do
    printf '%s: %-26s exit %-3s %4s s\n' "$PROG" "${NAMES[$i]}" "${STATUSES[$i]}" "${TIMES[$i]}"
    [ "${STATUSES[$i]}" -eq 0 ] || failed=1
    # pytest's tally, and the tests that failed, if the command ran pytest.
    {
        sed -n 's/^=\{3,\} \(.*[0-9] \(passed\|failed\|errors\{0,1\}\).*\) =\{3,\}$/pytest: \1/p' \
            "${LOGS[$i]}" | tail -n 1
        grep -E '^(FAILED|ERROR) ' "${LOGS[$i]}" || true
    } | sed "s/^/$PROG:     /"
done
say "logs: ${LOGS[*]}"
exit "$failed"
