// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // Never the main thread: the window (or a command-line run) lives there.
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return;
#ifdef Q_OS_LINUX
    // Linux threads have a nice value each; Qt's LowPriority changes nothing
    // under the default scheduler, and IdlePriority would starve the analysis
    // behind any other busy program.
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
