// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Aligns the claims of a corpus's articles: shared, conflicting and unique claims.
#include "analysis.h"
#include "claimtuning.h"

#include <functional>

// The last stage: claims whose members are another's (as a set) go; a conflict outlives a
// shared claim of the same members, or stands beside it (keepSharedBesideConflict).
void dropRepeatedClaims(QList<Claim> &claims, bool keepSharedBesideConflict = false);

QList<Claim> alignClaims(const Corpus &corpus, const QList<QList<Sentence>> &sentences, const QList<Entity> &entities,
                         const std::function<bool()> &canceled = {}, const ClaimTuning &tuning = ClaimTuning());
