// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Aligns the claims of a corpus's articles: shared, conflicting and unique claims.
#include "analysis.h"
#include "claimtuning.h"

#include <functional>

QList<Claim> alignClaims(const Corpus &corpus, const QList<QList<Sentence>> &sentences,
                         const QList<Entity> &entities, const std::function<bool()> &canceled = {},
                         const ClaimTuning &tuning = ClaimTuning());
