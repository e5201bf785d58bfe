#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Parallax with warnings as errors and runs the whole test suite through CTest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec packaging/env.sh bash -c 'cmake --preset ci >/dev/null && cmake --build --preset ci && ctest --preset ci "$@"' ctest-run "$@"
