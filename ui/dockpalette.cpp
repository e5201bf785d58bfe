// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockpalette.h"

#include "claimhues.h"

namespace DockPalette {

bool isDark(const QPalette &palette)
{
    return ClaimHues::isDark(palette.color(QPalette::Base));
}

QColor sourceColor(int article, const QPalette &palette)
{
    // Okabe-Ito without its yellow and grey, which vanish on white or read as "silent".
    static const QRgb colors[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00};
    const QColor c = QColor::fromRgb(colors[qMax(0, article) % std::size(colors)]);
    return isDark(palette) ? c.lighter(125) : c;
}

QColor kindColor(ClaimKind kind, const QPalette &palette)
{
    const QColor c = ClaimHues::forKind(kind);
    return isDark(palette) ? c.lighter(130) : c;
}

QColor silentColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.25f);
    return c;
}

} // namespace DockPalette
