#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command where Parallax's build dependencies are: on the host when it
# has Qt >= 6.5 and KF6 SyntaxHighlighting, otherwise inside the Debian 13
# build root that buildroot.sh makes (once) and reuses.
#   packaging/env.sh CMD [ARG...]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

host_has_dependencies() {
    [ "${PARALLAX_IN_BUILDROOT:-}" = 1 ] && return 0
    [ "${PARALLAX_FORCE_BUILDROOT:-}" = 1 ] && return 1
    command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
    ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
       /usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1 || return 1
    local config version
    config=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake /usr/lib*/cmake/Qt6Core/Qt6CoreConfigVersionImpl.cmake 2>/dev/null | head -n 1)
    [ -n "$config" ] || return 1
    version=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$config")
    [ "$(printf '%s\n6.5\n' "$version" | sort -V | head -n 1)" = 6.5 ]
}

if host_has_dependencies; then
    exec "$@"
else
    exec "$HERE/buildroot.sh" run "$@"
fi
