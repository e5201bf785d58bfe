#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Parallax and opens it on the bundled corpus (or on the paths given).
#   packaging/run.sh [PATHS...]                      open the window (needs a display)
#   packaging/run.sh --virtual-display --screenshot FILE.png [PATHS...]
#                                                    run under Xvfb and save a picture
#   packaging/run.sh analyze DIR --json FILE         headless analysis
set -euo pipefail

# Paths are the caller's: made absolute from where run.sh was called, and their folders are
# shown to the build root at the same place (PARALLAX_EXTRA_BINDS), so a screenshot or an
# analysis is written where the user asked and a folder outside the repository opens.
args=()
binds=()
expects_file=0
for arg in "$@"; do
    if [ "$expects_file" = 1 ]; then
        expects_file=0
        abs=$(realpath -m -- "$arg")
        mkdir -p -- "$(dirname -- "$abs")"
        binds+=("$(dirname -- "$abs")")
        args+=("$abs")
        continue
    fi
    case "$arg" in
        --screenshot|--json|-o|--output) expects_file=1; args+=("$arg") ;;
        -*|analyze|export) args+=("$arg") ;;
        *)
            if [ -e "$arg" ]; then
                abs=$(realpath -- "$arg")
                if [ -d "$abs" ]; then binds+=("$abs"); else binds+=("$(dirname -- "$abs")"); fi
                args+=("$abs")
            else
                args+=("$arg")
            fi
            ;;
    esac
done
PARALLAX_EXTRA_BINDS=$(IFS=:; echo "${binds[*]:-}")
export PARALLAX_EXTRA_BINDS
set -- ${args[@]+"${args[@]}"}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec packaging/env.sh bash -c '
    set -o pipefail
    # The first build takes several minutes: say so, and show how far it is.
    [ -x build/release/parallax ] || echo "parallax: building (the first time takes several minutes)..." >&2
    cmake --preset release >/dev/null || exit $?
    # Read line by line in the shell: awk (mawk) held its lines back until the build ended.
    progress() {
        while IFS= read -r line; do
            if [[ $line =~ ^\[([0-9]+)/([0-9]+)\] ]]; then
                n=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
                if (( n % 25 == 0 || n == total )); then echo "parallax: building, step $n of $total" >&2; fi
            elif [[ $line == *FAILED* || $line == *error:* ]]; then
                echo "$line" >&2
            fi
        done
    }
    cmake --build --preset release | progress || exit $?
    if [ "${1:-}" = --virtual-display ]; then
        shift
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/parallax "$@"
    fi
    case "${1:-}" in analyze|export|--help|-h|--version|-v) exec build/release/parallax "$@" ;; esac
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "parallax: no display here; see it under a virtual display with \"packaging/run.sh --virtual-display --screenshot shot.png\", or analyse headless with \"packaging/run.sh analyze corpus/putin-xi-2024 --json out.json\"" >&2
        exit 3
    fi
    exec build/release/parallax "$@"
' run-parallax "$@"
