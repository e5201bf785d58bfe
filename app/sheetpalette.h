#pragma once
// The printed sheets' colours: the hues of the app's highlight layers
// (ui/overlaystyle.cpp) blended into white paper, so that a sheet reads like the
// comparison view under a light theme.
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
