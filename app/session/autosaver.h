// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the reader's work to a recovery file a few seconds after each change, so a
// crash or kill loses at most those seconds; a clean close removes the file.
#include "comparisonfile.h"

#include <QObject>
#include <QTimer>

#include <functional>

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    // `directory` empty: QStandardPaths::AppDataLocation.
    explicit AutoSaver(const QString &directory = {}, QObject *parent = nullptr);

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
    // On a clean close: nothing to recover.
    void discard();

    bool hasRecovery() const;
    ComparisonReadResult readRecovery() const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);

private:
    QString m_directory;
    QTimer m_timer;
    std::function<ComparisonFile()> m_snapshot;
};
