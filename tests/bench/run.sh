#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release preset and runs every benchmark; prints `name: value unit` lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec packaging/env.sh bash -c '
    cmake --preset release >/dev/null && cmake --build --preset release --target parallax bench_analysis bench_gui claims_crossval >/dev/null || exit $?
    build/release/tests/bench/claims_crossval
    build/release/tests/bench/bench_analysis build/release/parallax
    xvfb-run -a -s "-screen 0 1920x1080x24" build/release/tests/bench/bench_gui build/release/parallax
'
