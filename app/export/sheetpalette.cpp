// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetpalette.h"

#include "claimhues.h"

using ClaimHues::mix;

SheetPalette SheetPalette::forPaper()
{
    SheetPalette p;
    p.paper = Qt::white;
    p.text = QColor(0x1f, 0x23, 0x28);
    p.mutedText = mix(p.text, p.paper, 0.45);
    p.rule = mix(p.text, p.paper, 0.8);
    p.headerBackground = p.paper.darker(106);
    // The comparison view's hues and strengths on a light background.
    p.shared = mix(p.paper, ClaimHues::shared, ClaimHues::sharedOnLight);
    p.sharedLight = mix(p.paper, p.shared, 0.55);
    p.conflict = mix(p.paper, ClaimHues::conflict, ClaimHues::conflictOnLight);
    p.conflictValue = mix(p.paper, ClaimHues::conflictValue, ClaimHues::conflictValueOnLight);
    p.unique = mix(p.paper, ClaimHues::unique, ClaimHues::uniqueOnLight);
    p.silent = mix(p.paper, p.text, 0.03);
    return p;
}
