// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the reader's work to a recovery file a few seconds after each change, so a
// crash or kill loses at most those seconds; a clean close removes the file.
// Each running instance has its own recovery file with a QLockFile beside it, held while
// the instance runs: a file whose lock nobody holds was left by an instance that died,
// and is offered to the next one that starts (claimOrphan), never to two at once.
#include "comparisonfile.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    // `directory` empty: QStandardPaths::AppDataLocation.
    explicit AutoSaver(const QString &directory = {}, QObject *parent = nullptr);
    ~AutoSaver() override;

    QString directory() const { return m_directory; }
    // This instance's recovery file (a name of its own, so instances never share one).
    QString recoveryFilePath() const;
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }
    // Called at save time to take a snapshot of the current work.
    void setSnapshot(std::function<ComparisonFile()> snapshot) { m_snapshot = std::move(snapshot); }

    // Saves after the delay; changes made meanwhile go into the same save, so
    // steady editing is still saved every few seconds.
    void scheduleSave();
    bool isPending() const { return m_timer.isActive(); }
    bool saveNow(QString *error = nullptr);
    // On a clean close: this instance's file is removed; orphans it claimed but did not
    // settle are let go, to be offered again.
    void discard();

    bool hasRecovery() const;
    ComparisonReadResult readRecovery() const;

    // The newest recovery file left by an instance that is no longer running, locked for
    // this one until releaseOrphan(); empty when there is none.
    QString claimOrphan();
    // Lets go of a claimed orphan; `remove`: its work is taken over (or declined) and the
    // file goes, else it stays to be offered at the next start.
    void releaseOrphan(const QString &path, bool remove);

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);

private:
    struct Claimed
    {
        QString path;
        std::unique_ptr<QLockFile> lock;
    };

    QString m_directory;
    QString m_fileName;
    std::unique_ptr<QLockFile> m_lock; // held while this instance runs
    std::vector<Claimed> m_claimed;
    QTimer m_timer;
    std::function<ComparisonFile()> m_snapshot;
};
