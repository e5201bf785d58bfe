// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Latest request wins" for a job that runs its requests on the thread pool: the job follows
// the future of its latest request only. Following a new one cancels the one before, and what
// a replaced or dropped future still reports (a finished() it had already posted included) is
// told apart from the latest one's by isLatest() and firstReport().
#include <QFutureWatcher>

template<typename T>
class LatestFuture
{
public:
    LatestFuture() = default;
    LatestFuture(const LatestFuture &) = delete;
    LatestFuture &operator=(const LatestFuture &) = delete;
    // Drops the latest future and waits for its worker to stop.
    ~LatestFuture()
    {
        drop();
        m_watcher.waitForFinished();
    }

    // Connect to its signals before the first follow(); they speak of the future followed last.
    QFutureWatcher<T> &watcher() { return m_watcher; }
    const QFutureWatcher<T> &watcher() const { return m_watcher; }

    // Follows `future` in place of the one before, which is dropped.
    void follow(QFuture<T> future)
    {
        drop();
        m_followed = m_generation;
        m_watcher.setFuture(std::move(future));
    }
    // The future followed is no longer the latest request: its worker is asked to stop and
    // isLatest() is false for what it still reports.
    void drop()
    {
        ++m_generation;
        if (m_watcher.isRunning())
            m_watcher.cancel();
    }
    // The future followed has not been dropped since.
    bool isLatest() const { return m_followed == m_generation; }
    // True once for the future followed while it is the latest: false for a second finished()
    // of one request (the replaced future's, posted before follow(), then its own).
    bool firstReport()
    {
        if (!isLatest() || m_reported == m_followed)
            return false;
        m_reported = m_followed;
        return true;
    }

private:
    QFutureWatcher<T> m_watcher;
    quint64 m_generation = 0;
    quint64 m_followed = 0; // the request whose future the watcher follows
    quint64 m_reported = 0; // the last request firstReport() was true for
};
