// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

QString lockPathFor(const QString &recoveryFile)
{
    return recoveryFile + QStringLiteral(".lock");
}

std::unique_ptr<QLockFile> makeLock(const QString &recoveryFile)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(recoveryFile));
    // Only a dead owner makes a lock stale, never its age: an instance may run for weeks.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

AutoSaver::AutoSaver(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
    , m_fileName(QStringLiteral("recovery-%1.parallax").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    // The lock says "this instance is alive" from the start; a folder that cannot be
    // made is reported by the first save.
    if (QDir().mkpath(m_directory)) {
        m_lock = makeLock(recoveryFilePath());
        m_lock->tryLock(0);
    }
}

AutoSaver::~AutoSaver() = default;

QString AutoSaver::recoveryFilePath() const
{
    return QDir(m_directory).filePath(m_fileName);
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
    while (!m_claimed.empty())
        releaseOrphan(m_claimed.back().path, false);
}

bool AutoSaver::hasRecovery() const
{
    return QFile::exists(recoveryFilePath());
}

ComparisonReadResult AutoSaver::readRecovery() const
{
    return readComparison(recoveryFilePath());
}

QString AutoSaver::claimOrphan()
{
    // "recovery.parallax" of the versions with one file per user is found as well.
    QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("recovery*.parallax")}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    for (const QFileInfo &file : std::as_const(files)) {
        const QString path = file.absoluteFilePath();
        const bool claimed = std::any_of(m_claimed.begin(), m_claimed.end(), [&path](const Claimed &c) { return c.path == path; });
        if (file.fileName() == m_fileName || claimed)
            continue;
        std::unique_ptr<QLockFile> lock = makeLock(path);
        // Fails while the owner runs (or another instance is offering it right now);
        // a lock left by a dead process is taken over.
        if (!lock->tryLock(0))
            continue;
        m_claimed.push_back({path, std::move(lock)});
        return path;
    }
    return {};
}

void AutoSaver::releaseOrphan(const QString &path, bool remove)
{
    const auto it = std::find_if(m_claimed.begin(), m_claimed.end(), [&path](const Claimed &c) { return c.path == path; });
    if (it == m_claimed.end())
        return;
    if (remove)
        QFile::remove(path);
    m_claimed.erase(it); // unlocks, removing the lock file
}
