#!/usr/bin/env bash
# Installs the client .deb into a clean, minimal Debian 12 root and starts the window there:
#
#     sudo installer/check_deb.sh [dist/guitai_VERSION_ARCH.deb [OUT.png]]
#
# Without a .deb it builds one first (installer/build.py). It makes a minbase bookworm root
# with debootstrap (downloads about 100-200 MB from $GUITAI_DEBIAN_MIRROR, default
# http://deb.debian.org/debian; the packages are kept in $GUITAI_DEBOOTSTRAP_CACHE for the
# next run), installs the .deb with apt WITHOUT its Recommends, checks that every library a
# file of /opt/guitai links is found there, then runs `guitai --demo --smoke` on Xvfb through
# Qt's xcb plugin and copies the screenshot out (default dist/check-deb-smoke.png). So it
# proves the package's Depends are enough to start the window on a bare Debian 12. Needs
# root (debootstrap, chroot, mount) and the network; not part of the CI suite. Set
# GUITAI_CHECK_DEB_KEEP=1 to keep the root for a look (its path is printed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mirror="${GUITAI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="${GUITAI_DEBOOTSTRAP_CACHE:-/var/cache/guitai-check-deb}"
suite=bookworm

fail() {
    echo "check_deb: FAILED: $*" >&2
    exit 1
}
step() { echo "check_deb: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run it as root (debootstrap, chroot and mount need it)"
[ "$(uname -s)" = Linux ] || fail "Linux only"

deb="${1:-}"
out="${2:-$here/dist/check-deb-smoke.png}"
if [ -z "$deb" ]; then
    python="$here/.venv/bin/python"
    [ -x "$python" ] || python=python3
    step "no .deb given: building one with installer/build.py"
    mkdir -p "$here/dist"
    "$python" "$here/installer/build.py" | tee "$here/dist/check-deb-build.log" ||
        fail "installer/build.py failed"
    deb="$(sed -n 's/^deb=\(.*\) deb_mb=.*/\1/p' "$here/dist/check-deb-build.log")"
fi
[ -f "$deb" ] || fail "no such .deb: $deb"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
step "package: $deb"
step "Depends: $(dpkg-deb -f "$deb" Depends)"

if ! command -v debootstrap >/dev/null; then
    step "installing debootstrap"
    apt-get install -y -q debootstrap >/dev/null || fail "apt-get install debootstrap failed"
fi

root="$(mktemp -d "${TMPDIR:-/var/tmp}/guitai-check-deb.XXXXXX")"
chmod 755 "$root" # it becomes /, which apt's _apt user must traverse
mounted=()
cleanup() {
    local status=$? mount
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        mount="${mounted[i]}"
        umount "$mount" 2>/dev/null || umount -l "$mount" 2>/dev/null || true
    done
    if grep -qs " $root/" /proc/mounts; then
        echo "check_deb: something is still mounted under $root; not deleting it" >&2
    elif [ "${GUITAI_CHECK_DEB_KEEP:-}" = 1 ]; then
        echo "check_deb: kept the root: $root"
    else
        rm -rf --one-file-system "$root"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "debootstrap --variant=minbase $suite into $root ($mirror)"
mkdir -p "$cache"
debootstrap --variant=minbase --cache-dir="$cache" "$suite" "$root" "$mirror" \
    >"$root.debootstrap.log" 2>&1 || {
    tail -n 20 "$root.debootstrap.log" >&2
    fail "debootstrap failed (log: $root.debootstrap.log)"
}
rm -f "$root.debootstrap.log"

mount_in_root() { # TYPE WHERE [OPTIONS]
    mount -t "$1" ${3:+-o "$3"} "$1" "$root/$2" || fail "cannot mount $1 on $root/$2"
    mounted+=("$root/$2")
}
mount_in_root proc proc
mount_in_root sysfs sys
# Python's multiprocessing (the first download's child process) needs /dev/shm.
mount_in_root tmpfs dev/shm mode=1777
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive HOME=/root "$@"
}

# The package alone first, so nothing Xvfb brings can hide a missing Depends.
step "apt-get install --no-install-recommends ./$(basename "$deb")"
in_root apt-get update -q >/dev/null || fail "apt-get update in the root failed"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$root/tmp/apt.log" 2>&1 || {
    tail -n 30 "$root/tmp/apt.log" >&2
    fail "apt-get could not install the package in a clean Debian 12 root"
}
grep -E "^(Need to get|After this operation)" "$root/tmp/apt.log" | sed 's/^/check_deb:   /' || true
step "$(in_root dpkg-query -W | wc -l) packages in the root"

# Every library a file of the package links must be found (the bootloader puts
# /opt/guitai/_internal on the library path). Only the optional plugins may miss some.
step "checking what every ELF file under /opt/guitai links"
# shellcheck disable=SC2016 # $f belongs to the inner shell
in_root sh -c 'find /opt/guitai -type f -name "*.so*" -o -type f -path "*/guitai/guitai" |
    while read -r f; do
        LD_LIBRARY_PATH=/opt/guitai/_internal ldd "$f" 2>/dev/null |
            sed -n "s|^[[:space:]]*\(.*\) => not found|$f: \1|p"
    done' | sort -u >"$root/tmp/ldd.txt"
grep -v "/platformthemes/libqgtk3.so:" "$root/tmp/ldd.txt" >"$root/tmp/missing.txt" || true
if [ -s "$root/tmp/missing.txt" ]; then
    sed 's/^/check_deb:   not found: /' "$root/tmp/missing.txt" >&2
    fail "the package's Depends do not bring every library its files link"
fi
step "all found ($(wc -l <"$root/tmp/ldd.txt") misses in the optional GTK theme plugin)"

step "apt-get install --no-install-recommends xvfb xauth"
in_root apt-get install -y -q --no-install-recommends xvfb xauth >"$root/tmp/apt.log" 2>&1 || {
    tail -n 30 "$root/tmp/apt.log" >&2
    fail "apt-get could not install xvfb and xauth in the root"
}

step "guitai --demo --smoke on Xvfb (QT_QPA_PLATFORM=xcb); the first demo start makes the bank"
mkdir -p "$root/root/home"
if ! in_root timeout 900 env HOME=/root/home GUITAI_ALLOW_DEV_KEY_FILE=1 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1366x900x24" guitai --demo --smoke /tmp/smoke.png \
    >"$root/tmp/smoke.log" 2>&1; then
    tail -n 40 "$root/tmp/smoke.log" >&2
    fail "the window did not start in the clean root (output above)"
fi
[ -s "$root/tmp/smoke.png" ] || fail "guitai exited 0 but wrote no screenshot"
mkdir -p "$(dirname "$out")"
cp "$root/tmp/smoke.png" "$out"
step "OK: the window started from the .deb in a clean Debian 12 root; screenshot: $out"
