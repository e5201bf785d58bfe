#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Parallax and opens it on the bundled corpus (or on the paths given).
#   packaging/run.sh [PATHS...]                      open the window (needs a display)
#   packaging/run.sh --virtual-display --screenshot FILE.png [PATHS...]
#                                                    run under Xvfb and save a picture
#   packaging/run.sh analyze DIR --json FILE         headless analysis
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec packaging/env.sh bash -c '
    cmake --preset release >/dev/null && cmake --build --preset release >/dev/null || exit $?
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
