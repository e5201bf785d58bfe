// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a conflict member's version of the differing slot is written in its sentence.
#include "analysis.h"

// The stretch of `text` (the member's article) inside `member.range` that
// states `member.value`: the value as a whole word ("40", not the "7" of "17"),
// else a number written in words or another form whose value it is ("seven"
// for "7"); empty when the sentence does not spell it out.
TextRange writtenValue(const QString &text, const ClaimMember &member);
