// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The name finder's third stage: decides what one span of name tokens is (a gazetteer name, a
// role then a person, an event, a body, a place, initials...) and appends its candidates
// with their type votes.
#include "namefinder.h"
#include "namescan.h"

#include <array>

// Appends the candidate of tokens a..b with `votes` and its context's cues.
void emitName(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b, std::array<int, 3> votes, const QString &canonical,
              bool acronym, bool fallbackPerson = false, bool event = false);
// Types tokens a..b; `splitRoles` splits "Security Council Secretary Sergei Shoigu" at the role.
void typeNameSpan(const NameScan &s, NameFinderResult &out, qsizetype a, qsizetype b, bool splitRoles);
