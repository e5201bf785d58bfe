// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the recovery helper writes on each claim, derived from the claim's key alone so the
// test can check it against a fresh analysis without knowing the helper's claim order.
// `instance` tells apart the work of two helpers running at once.
#include "comparisonfile.h"

inline Verdict expectedVerdict(const QString &claimKey)
{
    const Verdict verdicts[] = {Verdict::Confirmed, Verdict::Disputed, Verdict::NeedsChecking};
    // Not qHash: its value may differ between processes.
    uint sum = 0;
    for (QChar c : claimKey)
        sum += c.unicode();
    return verdicts[sum % 3];
}

inline QString expectedNote(const QString &claimKey, const QString &instance = QStringLiteral("A"))
{
    // Non-ASCII on purpose: the note must come back exactly.
    return QStringLiteral("Checked against the wire copy (%1) — «%2» ✓ 🇺🇦\nsecond line").arg(instance, claimKey);
}
