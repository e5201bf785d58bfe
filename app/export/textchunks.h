// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The text of a sheet, written a piece at a time and kept as UTF-8 chunks of about a
// megabyte: a sheet of hundreds of megabytes (2,000 sources) is never one string nor
// converted in one go, and goes to its file chunk by chunk with a cancel check between.
#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

class TextChunks
{
public:
    TextChunks &operator+=(QStringView text);
    TextChunks &operator+=(QChar c);

    // Writes everything to `device`; false when canceled (polled per chunk) or when the device fails.
    bool writeTo(QIODevice *device, const std::function<bool()> &canceled = {});
    QByteArray toUtf8();

private:
    void seal(); // the pending text becomes a chunk (a surrogate pair is never split)

    QString m_pending;
    QList<QByteArray> m_chunks;
};
