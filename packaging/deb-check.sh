#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Parallax .deb (release build, CPack), installs it with apt-get in a
# CLEAN Debian 13 root (so the computed dependencies must resolve from the
# archive alone), and runs the installed program there: --version and a
# headless export of the default corpus.
#
#   packaging/deb-check.sh            (as root; the build runs in the build root)
#
# Environment: PARALLAX_DEB_BUILD_DIR (an already configured build directory
# to package instead of configuring build/deb as Release), PARALLAX_DEB_ROOT
# (default /var/cache/parallax/deb-check-root). The clean root is made once
# with debootstrap and reused through a pristine copy; the test copy is thrown
# away after each run (never while anything is mounted inside it).
set -euo pipefail

SUITE=trixie
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
BUILD=${PARALLAX_DEB_BUILD_DIR:-build/deb}
BASE=${PARALLAX_DEB_ROOT:-/var/cache/parallax/deb-check-root}
CACHE=$(dirname "$BASE")
WORK="$BASE.run"

say() { printf 'deb-check: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
# shellcheck source=packaging/lib-debian.sh
. "$HERE/lib-debian.sh"

[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, chroot and mount need it)"
mkdir -p "$CACHE"
# One check at a time: the roots below are shared.
exec 8>"$CACHE/.deb-check.lock"
flock 8

cd "$REPO"
say "building the .deb in $BUILD (release build)"
configure="cmake -S . -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null"
[ -n "${PARALLAX_DEB_BUILD_DIR:-}" ] && configure=true
packaging/env.sh bash -c "$configure \
    && cmake --build '$BUILD' --target parallax >/dev/null \
    && cd '$BUILD' && rm -f parallax_*.deb && cpack -G DEB >/dev/null"
deb=$(ls "$BUILD"/parallax_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || die "cpack made no .deb in $BUILD"
say "made $deb"
packaging/env.sh dpkg-deb --field "$deb" Package Version Depends Recommends >&2

if [ ! -f "$BASE/.parallax-clean" ]; then
    command -v debootstrap >/dev/null || die "debootstrap is not installed on the host"
    safe_remove "$BASE"
    mirror=$(host_mirror)
    say "creating a clean Debian $SUITE root in $BASE from $mirror (about a minute)"
    debootstrap --variant=minbase "$SUITE" "$BASE" "$mirror" >"$CACHE/deb-check-debootstrap.log" 2>&1 \
        || { tail -n 20 "$CACHE/deb-check-debootstrap.log" >&2; die "debootstrap failed"; }
    cp /etc/resolv.conf "$BASE/etc/resolv.conf" 2>/dev/null || true
    touch "$BASE/.parallax-clean"
fi

# Install into a throw-away copy, so that every run starts clean.
safe_remove "$WORK"
cp -a "$BASE" "$WORK"
cp "$deb" "$WORK/tmp/parallax.deb"

WORK_DIR=$WORK unshare --mount --propagation private -- bash -euc '
    mount -t proc proc "$WORK_DIR/proc"
    mount --rbind /dev "$WORK_DIR/dev"
    exec chroot "$WORK_DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -euc "
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends /tmp/parallax.deb >/tmp/apt.log 2>&1 \
            || { tail -n 30 /tmp/apt.log; exit 1; }
        echo \"installed: \$(dpkg-query -W -f=\"\\\${Package} \\\${Version}, \\\${Installed-Size} KiB\" parallax)\"
        echo \"packages in the root: \$(dpkg-query -W | wc -l)\"
        test -f /usr/share/applications/org.parallax.Parallax.desktop
        test -f /usr/share/metainfo/org.parallax.Parallax.metainfo.xml
        test -f /usr/share/icons/hicolor/scalable/apps/org.parallax.Parallax.svg
        test -f /usr/share/parallax/corpus/putin-xi-2024/corpus.json
        cd /tmp
        parallax --version
        parallax export /usr/share/parallax/corpus/putin-xi-2024 --format json -o /tmp/sheet.json
        test -s /tmp/sheet.json
        parallax export /usr/share/parallax/corpus/putin-xi-2024 --format html -o /tmp/sheet.html
        parallax export /usr/share/parallax/corpus/putin-xi-2024 --format pdf -o /tmp/sheet.pdf
        head -c 5 /tmp/sheet.pdf | grep -q %PDF-
        grep -q \"<table class=\\\"claims\\\">\" /tmp/sheet.html
        parallax analyze /usr/share/parallax/corpus/putin-xi-2024 --json /tmp/analysis.json
        test -s /tmp/analysis.json
        echo \"export: json \$(stat -c %s /tmp/sheet.json), html \$(stat -c %s /tmp/sheet.html), pdf \$(stat -c %s /tmp/sheet.pdf) bytes; analysis: \$(stat -c %s /tmp/analysis.json) bytes\"
    "
'
say "the .deb installs in a clean Debian $SUITE root and runs"
safe_remove "$WORK"
