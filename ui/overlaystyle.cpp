#include "overlaystyle.h"

#include <KSyntaxHighlighting/Theme>

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
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
    s.dark = s.background.lightnessF() < 0.5;
    s.headerBackground = s.dark ? s.background.lighter(125) : s.background.darker(106);
    s.dimmedText = mix(s.text, s.background, 0.6);
    // Hues chosen to read as "agreement" (teal), "warning" (orange-red) and "aside" (slate);
    // blended into the background so that text contrast stays high.
    const qreal strength = s.dark ? 0.32 : 0.22;
    s.shared = mix(s.background, QColor(0x2a, 0xa1, 0x98), strength);
    s.conflict = mix(s.background, QColor(0xe8, 0x6a, 0x1c), strength + 0.04);
    s.conflictValue = mix(s.background, QColor(0xd6, 0x28, 0x28), s.dark ? 0.55 : 0.42);
    s.unique = mix(s.background, QColor(0x6c, 0x7a, 0x96), s.dark ? 0.18 : 0.10);
    s.outline = s.dark ? QColor(0xf0, 0xc6, 0x4a) : QColor(0x1d, 0x5f, 0xbf);
    s.mentionHighlight = mix(s.background, QColor(0xf5, 0xc2, 0x11), s.dark ? 0.55 : 0.5);
    s.findMatch = mix(s.background, QColor(0xb0, 0x4a, 0xe8), s.dark ? 0.5 : 0.35);
    return s;
}

QColor OverlayStyle::sharedTint(int sources, int totalSources) const
{
    // Two sources: a light tint; all sources: the full colour.
    const qreal t = totalSources > 2 ? qreal(sources - 2) / qreal(totalSources - 2) : 1.0;
    return mix(mix(background, shared, 0.55), shared, qBound(0.0, t, 1.0));
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
