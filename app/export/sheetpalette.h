// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The printed sheets' colours: the claim hues (claimhues.h) blended into white
// paper as the comparison view blends them into a light theme.
#include <QColor>

struct SheetPalette
{
    QColor paper;
    QColor text;
    QColor mutedText;
    QColor rule;
    QColor headerBackground;
    QColor shared;      // all sources agree
    QColor sharedLight; // two sources agree
    QColor conflict;
    QColor conflictValue;
    QColor unique;
    QColor silent;

    static SheetPalette forPaper();
};
