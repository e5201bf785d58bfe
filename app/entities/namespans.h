// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The name finder's second stage: joins marked tokens into the spans of names (across
// connectors, possessive landmarks, nicknames, "and"), and notes the bodies written in lower
// case, campaigns, numbered places and acronym definitions; each span is typed by nametyping.h.
#include "namefinder.h"
#include "namescan.h"

void findNameSpans(const NameScan &s, NameFinderResult &out);
