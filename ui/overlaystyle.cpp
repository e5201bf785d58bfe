// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaystyle.h"

#include "claimhues.h"

#include <KSyntaxHighlighting/Theme>

#include <cmath>

namespace {
using ClaimHues::contrast;
using ClaimHues::mix;

// A claim tint may change the background's luminance by at most this contrast
// ratio, so every text colour of the theme keeps at least 1/1.4 (about 70 %) of
// its contrast where the claims are tinted.
constexpr qreal kMaxTintContrast = 1.4;

// The strongest blend of `hue` into `background`, up to `strength`, that keeps
// contrast(blend, background) within `maxContrast`. On a dark background a bright
// hue lifts the luminance fast; this keeps light text readable over the tint.
QColor tint(const QColor &background, const QColor &hue, qreal strength, qreal maxContrast = kMaxTintContrast)
{
    if (contrast(mix(background, hue, strength), background) <= maxContrast)
        return mix(background, hue, strength);
    qreal lo = 0, hi = strength;
    for (int i = 0; i < 12; ++i) {
        const qreal mid = (lo + hi) / 2;
        (contrast(mix(background, hue, mid), background) <= maxContrast ? lo : hi) = mid;
    }
    return mix(background, hue, lo);
}

// Black or white, whichever reads better on `background` (for strong highlights).
QColor readableOn(const QColor &background, const QColor &preferred)
{
    if (contrast(preferred, background) >= 4.5)
        return preferred;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
}
// `red` made darker (or, on dark themes, lighter) until it reads on `background`
// at the contrast ratio text needs (4.5).
QColor readableRed(const QColor &background, const QColor &red, bool dark)
{
    QColor c = red;
    for (int step = 0; step < 20 && contrast(c, background) < 4.5; ++step)
        c = dark ? mix(c, QColor(0xff, 0xa0, 0xa0), 0.15) : c.darker(112);
    return c;
}
} // namespace

OverlayStyle OverlayStyle::fromTheme(const KSyntaxHighlighting::Theme &theme)
{
    OverlayStyle s;
    s.background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    s.text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    if (!s.background.isValid())
        s.background = Qt::white;
    if (!s.text.isValid() || s.text.alpha() == 0)
        s.text = Qt::black;
    s.dark = ClaimHues::isDark(s.background);
    s.headerBackground = s.dark ? s.background.lighter(125) : s.background.darker(106);
    s.dimmedText = mix(s.text, s.background, 0.6);
    // Blended into the background (and held to kMaxTintContrast) so that the
    // theme's text colours keep their contrast over the claims.
    s.shared = tint(s.background, ClaimHues::shared, s.dark ? 0.32 : ClaimHues::sharedOnLight);
    s.conflict = tint(s.background, ClaimHues::conflict, s.dark ? 0.36 : ClaimHues::conflictOnLight);
    s.unique = tint(s.background, ClaimHues::unique, s.dark ? 0.18 : ClaimHues::uniqueOnLight);
    // The differing value: bold red text over a light red, the red as dark (on
    // light themes) or as light (on dark ones) as it must be to read.
    s.conflictValue = tint(s.background, ClaimHues::conflictValue, s.dark ? 0.3 : 0.16);
    s.conflictValueText = readableRed(s.conflictValue, ClaimHues::conflictValue, s.dark);
    s.outline = s.dark ? QColor(0xf0, 0xc6, 0x4a) : QColor(0x1d, 0x5f, 0xbf);
    // The selected entity's mentions should jump out: on dark, a bright marker
    // with dark text (a dim yellow would drown light text).
    s.mentionHighlight = mix(s.background, ClaimHues::mention, s.dark ? 0.85 : 0.5);
    s.mentionText = readableOn(s.mentionHighlight, s.text);
    s.findMatch = mix(s.background, ClaimHues::findMatch, s.dark ? 0.5 : 0.35);
    s.findMatchText = readableOn(s.findMatch, s.text);
    return s;
}

QColor OverlayStyle::sharedTint(int sources, int totalSources) const
{
    // Two sources: a light tint; all sources: the full colour.
    const qreal t = totalSources > 2 ? qreal(sources - 2) / qreal(totalSources - 2) : 1.0;
    return mix(mix(background, shared, 0.55), shared, qBound(0.0, t, 1.0));
}

QColor OverlayStyle::ribbonFill(ClaimKind kind, int sources, int totalSources) const
{
    if (!dark) {
        // On light gutters the text tints, a shade darker, read well.
        return kind == ClaimKind::Conflict ? mix(background, ClaimHues::conflictValue, ClaimHues::conflictValueOnLight)
                                           : sharedTint(sources, totalSources).darker(112);
    }
    // The text tints are kept dim for contrast; in the gutter, where there is no
    // text, the hues can be bright enough to stand out from the dark background.
    if (kind == ClaimKind::Conflict)
        return mix(headerBackground, ClaimHues::conflictValue, 0.75);
    const qreal t = totalSources > 2 ? qreal(sources - 2) / qreal(totalSources - 2) : 1.0;
    return mix(headerBackground, ClaimHues::shared, 0.5 + 0.3 * qBound(0.0, t, 1.0));
}

QColor OverlayStyle::ribbonEdge(const QColor &fill, bool active) const
{
    if (dark)
        return fill.lighter(active ? 170 : 130);
    return fill.darker(active ? 160 : 125);
}

QColor OverlayStyle::entityUnderline(EntityType type) const
{
    switch (type) {
    case EntityType::Person: return dark ? QColor(0x7f, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xc4);
    case EntityType::Organization: return dark ? QColor(0xd4, 0x9c, 0xff) : QColor(0x8a, 0x3f, 0xc4);
    case EntityType::Place: return dark ? QColor(0x6f, 0xd6, 0x8a) : QColor(0x23, 0x8a, 0x3c);
    case EntityType::Date: return dark ? QColor(0xff, 0xb0, 0x6b) : QColor(0xb8, 0x62, 0x0c);
    }
    return text;
}
