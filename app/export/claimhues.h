// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hues that mark claims, shared by the comparison view (ui/overlaystyle)
// and the printed sheets (sheetpalette) so that both read alike: teal for
// agreement, orange for a conflict, red for the differing value, slate for an aside.
#include <QColor>

enum class ClaimKind; // analysis.h

namespace ClaimHues {
inline const QColor shared{0x2a, 0xa1, 0x98};
inline const QColor conflict{0xe8, 0x6a, 0x1c};
inline const QColor conflictValue{0xd6, 0x28, 0x28};
inline const QColor unique{0x6c, 0x7a, 0x96};
inline const QColor mention{0xf5, 0xc2, 0x11};
inline const QColor findMatch{0xb0, 0x4a, 0xe8};

// How far each is blended into a light background (dark ones need more).
constexpr qreal sharedOnLight = 0.22;
constexpr qreal conflictOnLight = 0.26;
constexpr qreal conflictValueOnLight = 0.42;
constexpr qreal uniqueOnLight = 0.10;

// The hue of a kind of claim: shared, conflict or unique.
QColor forKind(ClaimKind kind);
// Whether `background` is dark (a dark theme's page or palette): hues are lightened on it.
bool isDark(const QColor &background);

// The colour `t` of the way from `a` to `b`.
QColor mix(const QColor &a, const QColor &b, qreal t);
// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
qreal contrast(const QColor &a, const QColor &b);
} // namespace ClaimHues
