// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the main window first opens: a window larger than its screen hides the docks along its
// far edges (at 1280 x 800 the timeline was cut off), so it opens within the screen's free
// area. (A geometry saved on a larger screen QWidget::restoreGeometry() shrinks to the screen.)
#include <QRect>

struct WindowFitTuning
{
    // The first window's size when the screen holds it: five columns, the entity sidebar and
    // a band of docks below.
    QSize preferred{1500, 900};
    // On a smaller screen, this share of its free width and height (room for the frame and
    // for the reader to see it is a window).
    qreal screenShare = 0.9;
};

// The first window (no saved geometry) on a screen whose free area is `available`: the
// preferred size, or the screen share of a smaller screen, centred.
QRect firstWindowGeometry(const QRect &available, const WindowFitTuning &tuning = {});
