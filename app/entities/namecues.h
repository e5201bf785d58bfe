// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the words around a name say it is: "said" after it, "shares in" before it, an
// apposition, a byline, a pronoun after a speech verb, a person's age.
#include "namescan.h"

#include <array>

// Adds the context's votes for tokens a..b to `votes` (person, organization, place).
void addContextCues(const NameScan &s, qsizetype a, qsizetype b, std::array<int, 3> &votes);
// Token k is someone who works at an organization: "analysts", "economist", "teaches".
bool worksAt(const NameScan &s, qsizetype k);
// "Ann Ko, Orvik health officer, said": one or two words in small letters after `end`, one of
// them a role, which the name before (Orvik) qualifies.
bool roleFollows(const QString &text, qsizetype end);
