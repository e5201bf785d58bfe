#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes (once) and enters a Debian 13 build root that has what Parallax needs
# (Qt >= 6.5, KF6 SyntaxHighlighting, the text libraries), for hosts that lack them.
#
#   packaging/buildroot.sh ensure          make or refresh the root
#   packaging/buildroot.sh run CMD [ARG..] run CMD inside it, in the current directory
#   packaging/buildroot.sh path            print where the root lives
#
# The root lives outside the repository (PARALLAX_BUILDROOT, default
# /var/cache/parallax/trixie-root). It is rebuilt only when the package list or
# this script's recipe changes (a stamp), runs are serialised by a lock, and a
# root is never deleted while anything is mounted inside it. The mirror is the
# one the host's apt already uses.
set -euo pipefail

RECIPE_VERSION=3
SUITE=trixie
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=$(cd "$REPO/.." && pwd)/shared
ROOT=${PARALLAX_BUILDROOT:-/var/cache/parallax/trixie-root}
CACHE=$(dirname "$ROOT")
PACKAGES_FILE="$HERE/buildroot-packages.txt"

say() { printf 'buildroot: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, chroot and mount need it)"

packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PACKAGES_FILE" | tr -s '[:space:]' ' '; }

wanted_stamp() {
    { echo "recipe $RECIPE_VERSION $SUITE"; packages; } | sha256sum | cut -d' ' -f1
}

# host_mirror, has_mounts, safe_remove
# shellcheck source=packaging/lib-debian.sh
. "$HERE/lib-debian.sh"

ensure_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v unshare >/dev/null || missing+=(util-linux)
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing on the host: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    [ -f "/usr/share/debootstrap/scripts/$SUITE" ] || die "this host's debootstrap does not know $SUITE"
}

# Runs "$@" inside root $1 with /proc, /dev, the repository and ../shared mounted.
# The mounts live in a private mount namespace and vanish with it.
enter() {
    local root=$1; shift
    local display_bind=""
    if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then display_bind=/tmp/.X11-unix; fi
    local shared_dir=""
    [ -d "$SHARED" ] && shared_dir=$SHARED
    # PARALLAX_EXTRA_BINDS: more host folders (":"-separated) seen at the same path inside,
    # so that files a user names outside the repository are read and written where they are.
    ROOT_DIR=$root REPO_DIR=$REPO SHARED_DIR=$shared_dir DISPLAY_BIND=$display_bind WORKDIR=$PWD \
    EXTRA_BINDS=${PARALLAX_EXTRA_BINDS:-} \
    unshare --mount --propagation private -- bash -euc '
        mount -t proc proc "$ROOT_DIR/proc"
        mount --rbind /dev "$ROOT_DIR/dev"
        mount --rbind /sys "$ROOT_DIR/sys"
        mkdir -p "$ROOT_DIR$REPO_DIR"
        mount --bind "$REPO_DIR" "$ROOT_DIR$REPO_DIR"
        if [ -n "$SHARED_DIR" ]; then
            mkdir -p "$ROOT_DIR$SHARED_DIR"
            mount --bind "$SHARED_DIR" "$ROOT_DIR$SHARED_DIR"
        fi
        if [ -n "$DISPLAY_BIND" ]; then
            mkdir -p "$ROOT_DIR$DISPLAY_BIND"
            mount --bind "$DISPLAY_BIND" "$ROOT_DIR$DISPLAY_BIND"
        fi
        IFS=: read -r -a extra <<<"$EXTRA_BINDS"
        for dir in "${extra[@]}"; do
            [ -d "$dir" ] || continue
            mkdir -p "$ROOT_DIR$dir"
            mount --bind "$dir" "$ROOT_DIR$dir"
        done
        cd "$ROOT_DIR"
        exec chroot "$ROOT_DIR" /usr/bin/env -i \
            HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            CI="${CI:-}" DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" \
            PARALLAX_IN_BUILDROOT=1 DEBIAN_FRONTEND=noninteractive \
            bash -c "cd \"\$0\" && exec \"\$@\"" "$WORKDIR" "$@"
    ' enter-root "$@"
}

build_root() {
    local stamp=$1 tmp="$ROOT.new"
    ensure_host_tools
    safe_remove "$tmp"
    local mirror
    mirror=$(host_mirror)
    say "creating a Debian $SUITE root in $ROOT (debootstrap, about a minute)"
    debootstrap --variant=minbase "$SUITE" "$tmp" "$mirror" >"$CACHE/debootstrap.log" 2>&1 \
        || { tail -n 20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed (log: $CACHE/debootstrap.log)"; }
    cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    # Documentation is not needed in a build root and only costs time.
    printf 'path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\n' >"$tmp/etc/dpkg/dpkg.cfg.d/01-nodoc"
    say "installing build and test packages (about a minute)"
    # shellcheck disable=SC2046
    enter "$tmp" bash -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(packages) && \
        sed -i -e 's/^# *en_US.UTF-8/en_US.UTF-8/' -e 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && locale-gen >/dev/null && apt-get clean" \
        >"$CACHE/apt.log" 2>&1 \
        || { tail -n 20 "$CACHE/apt.log" >&2; die "package installation failed (log: $CACHE/apt.log)"; }
    echo "$stamp" >"$tmp/.parallax-stamp"
    safe_remove "$ROOT"
    mv "$tmp" "$ROOT"
    say "root ready"
}

root_is_current() {
    [ -f "$ROOT/.parallax-stamp" ] && [ "$(cat "$ROOT/.parallax-stamp")" = "$(wanted_stamp)" ]
}

ensure() {
    root_is_current || build_root "$(wanted_stamp)"
}

mkdir -p "$CACHE"
cmd=${1:-ensure}
shift || true
case "$cmd" in
    path) echo "$ROOT" ;;
    ensure)
        exec 9>"$CACHE/.lock"; flock 9
        ensure ;;
    run)
        [ "${1:-}" = "--" ] && shift
        [ $# -gt 0 ] || die "run needs a command"
        # A shared lock: many runs at once are fine; a rebuild takes the lock
        # exclusively, so it waits for running ones and they wait for it.
        exec 9>"$CACHE/.lock"
        flock -s 9
        if ! root_is_current; then
            flock -u 9; flock 9; ensure; flock -s 9
        fi
        enter "$ROOT" "$@" ;;
    *) die "unknown command '$cmd' (ensure, run, path)" ;;
esac
