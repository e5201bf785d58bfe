#!/usr/bin/env bash
# Builds Parallax and opens it on the bundled corpus (or on the paths given).
# Without a display it says how to run it under a virtual one:
#   packaging/run.sh --virtual-display [--screenshot FILE.png] [PATHS...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec packaging/env.sh bash -c '
    cmake --preset release >/dev/null && cmake --build --preset release >/dev/null || exit $?
    if [ "${1:-}" = --virtual-display ]; then
        shift
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/release/parallax "$@"
    fi
    exec build/release/parallax "$@"
' run-parallax "$@"
