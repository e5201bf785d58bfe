// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scratch folder for targets that need files on disk (the manifest, whole corpora).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

inline QTemporaryDir &fuzzFolder()
{
    static QTemporaryDir dir;
    return dir;
}

inline void writeFuzzFile(const QString &name, const QByteArray &bytes)
{
    QFile f(fuzzFolder().filePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}
