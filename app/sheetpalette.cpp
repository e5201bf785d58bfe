#include "sheetpalette.h"

namespace {
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

SheetPalette SheetPalette::forPaper()
{
    SheetPalette p;
    p.paper = Qt::white;
    p.text = QColor(0x1f, 0x23, 0x28);
    p.mutedText = mix(p.text, p.paper, 0.45);
    p.rule = mix(p.text, p.paper, 0.8);
    p.headerBackground = p.paper.darker(106);
    // Same hues and strengths as OverlayStyle::fromTheme on a light background.
    p.shared = mix(p.paper, QColor(0x2a, 0xa1, 0x98), 0.22);
    p.sharedLight = mix(p.paper, p.shared, 0.55);
    p.conflict = mix(p.paper, QColor(0xe8, 0x6a, 0x1c), 0.26);
    p.conflictValue = mix(p.paper, QColor(0xd6, 0x28, 0x28), 0.42);
    p.unique = mix(p.paper, QColor(0x6c, 0x7a, 0x96), 0.10);
    p.silent = mix(p.paper, p.text, 0.03);
    return p;
}
