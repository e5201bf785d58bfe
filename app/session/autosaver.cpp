// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

AutoSaver::AutoSaver(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

QString AutoSaver::recoveryFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("recovery.parallax"));
}

void AutoSaver::scheduleSave()
{
    // Not restarted by further changes: steady editing is still saved every few seconds.
    if (!m_timer.isActive())
        m_timer.start();
}

bool AutoSaver::saveNow(QString *error)
{
    m_timer.stop();
    if (!m_snapshot)
        return false;
    QString message;
    if (!QDir().mkpath(m_directory) || !writeComparison(m_snapshot(), recoveryFilePath(), &message)) {
        if (message.isEmpty())
            message = tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(m_directory));
        if (error)
            *error = message;
        Q_EMIT saveFailed(message);
        return false;
    }
    Q_EMIT saved(recoveryFilePath());
    return true;
}

void AutoSaver::discard()
{
    m_timer.stop();
    QFile::remove(recoveryFilePath());
}

bool AutoSaver::hasRecovery() const
{
    return QFile::exists(recoveryFilePath());
}

ComparisonReadResult AutoSaver::readRecovery() const
{
    return readComparison(recoveryFilePath());
}
