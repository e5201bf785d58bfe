// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallelfor.h"

#include "backgroundpriority.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <numeric>

namespace {

QThreadPool &enginePool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

void parallelFor(int count, const std::function<void(int)> &body)
{
    QList<int> indices(count);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(&enginePool(), indices, [&body](int i) {
        lowerThreadPriority();
        body(i);
    });
}

int parallelThreads()
{
    return enginePool().maxThreadCount();
}
