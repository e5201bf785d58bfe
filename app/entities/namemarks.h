// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The name finder's first stage: marks the blocked tokens, the gazetteer names of several
// words (matched before any other rule, so that "United States" is never split), and every
// token that may be part of a name.
#include "namescan.h"

// `blocked`: ranges that are not names (clutter, dates), sorted by start.
void markNames(NameScan &s, const QList<TextRange> &blocked);
