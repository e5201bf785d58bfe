// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

thread_local bool t_lowered = false;

} // namespace

void lowerThreadPriority()
{
    if (t_lowered)
        return;
    // Never the main thread: the window (or a command-line run) lives there.
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return;
    t_lowered = true;
#ifdef Q_OS_LINUX
    // Linux threads have a nice value each; Qt's LowPriority changes nothing
    // under the default scheduler, and IdlePriority would starve the analysis
    // behind any other busy program.
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

bool threadLowered()
{
    return t_lowered;
}

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

void runLowered(const std::function<void()> &work)
{
    // Not QFuture::waitForFinished(): it may run a task not yet started on the waiting thread,
    // which would lower that thread for good.
    // Shared: the worker may still be inside release() when this thread has returned.
    const auto done = std::make_shared<QSemaphore>();
    backgroundPool()->start([&work, done] {
        lowerThreadPriority();
        work();
        done->release();
    });
    done->acquire();
}
