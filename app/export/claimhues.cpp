// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimhues.h"

#include "analysis.h"

#include <cmath>

QColor ClaimHues::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

QColor ClaimHues::forKind(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Shared: return shared;
    case ClaimKind::Conflict: return conflict;
    case ClaimKind::Unique: return unique;
    }
    return unique;
}

bool ClaimHues::isDark(const QColor &background)
{
    return background.isValid() && background.lightnessF() < 0.5;
}

namespace {
// WCAG relative luminance.
qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

qreal ClaimHues::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
