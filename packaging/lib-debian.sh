# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by buildroot.sh and deb-check.sh (source it): where the host's apt
# mirror is, and how to delete a debootstrapped root safely. The caller
# defines die() (print an error and exit).

# The first Debian mirror the host's apt is configured with.
host_mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || die "no Debian mirror found in the host's apt sources"
    # The security archive does not carry the main suite.
    echo "${uri%-security}"
}

# True when something is mounted at or below $1, in this mount namespace or in
# any other one (runs of this script mount inside private namespaces).
has_mounts() {
    local dir
    dir=$(readlink -f "$1" 2>/dev/null || echo "$1")
    if cat /proc/mounts /proc/[0-9]*/mounts 2>/dev/null |
        awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }'; then
        return 0
    fi
    # A process chrooted into it sees its mounts relative to the root, so look
    # for such processes too.
    local root
    for root in /proc/[0-9]*/root; do
        case "$(readlink "$root" 2>/dev/null)" in
            "$dir" | "$dir"/*) return 0 ;;
        esac
    done
    return 1
}

safe_remove() {
    local dir=$1
    [ -e "$dir" ] || return 0
    if has_mounts "$dir"; then
        die "refusing to delete $dir: something is still mounted inside it"
    fi
    rm -rf --one-file-system "$dir"
}
