// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads and checks a comparison file (.parallax) off the GUI thread: a comparison of
// 100,000 marks is a few megabytes of JSON, a few tenths of a second to parse. "Latest
// request wins": a new read replaces the one running, whose result is dropped.
#include "comparisonfile.h"
#include "latestfuture.h"

#include <QObject>

class ComparisonReadJob : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonReadJob(QObject *parent = nullptr);
    // Waits for a running read to stop (it cannot be interrupted; it is short).
    ~ComparisonReadJob() override;

    void start(const QString &path);
    // Forgets the running read: no finished() comes for it.
    void cancel();
    bool isRunning() const { return m_pending; }

Q_SIGNALS:
    // The latest request's file, or its error (result.file empty).
    void finished(const QString &path, const ComparisonReadResult &result);

private:
    LatestFuture<ComparisonReadResult> m_latest;
    QString m_path;
    bool m_pending = false;
};
