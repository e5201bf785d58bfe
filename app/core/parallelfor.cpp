// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelfor.h"

#include "backgroundpriority.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <numeric>

namespace {

// Loops started from a lowered thread run lowered; the others at the caller's priority
// (backgroundpriority.h: a thread once lowered cannot serve the others again).
QThreadPool &enginePool(bool lowered)
{
    static QThreadPool background;
    static QThreadPool foreground;
    return lowered ? background : foreground;
}

} // namespace

void parallelFor(int count, const std::function<void(int)> &body)
{
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    const bool lowered = threadLowered();
    QtConcurrent::blockingMap(&enginePool(lowered), indices, [&body, lowered](int i) {
        if (lowered)
            lowerThreadPriority();
        body(i);
    });
}

int parallelThreads()
{
    return enginePool(threadLowered()).maxThreadCount();
}
