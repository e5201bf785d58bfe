// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textchunks.h"

#include <QIODevice>

namespace {
constexpr qsizetype kChunk = 1 << 19; // UTF-16 code units, about a megabyte of UTF-8
}

TextChunks &TextChunks::operator+=(QStringView text)
{
    m_pending += text;
    if (m_pending.size() >= kChunk)
        seal();
    return *this;
}

TextChunks &TextChunks::operator+=(QChar c)
{
    m_pending += c;
    if (m_pending.size() >= kChunk)
        seal();
    return *this;
}

void TextChunks::seal()
{
    qsizetype end = m_pending.size();
    if (end > 0 && m_pending.at(end - 1).isHighSurrogate())
        --end; // waits for its low half
    m_chunks.append(QStringView(m_pending).first(end).toUtf8());
    m_pending.remove(0, end);
}

bool TextChunks::writeTo(QIODevice *device, const std::function<bool()> &canceled)
{
    for (const QByteArray &chunk : std::as_const(m_chunks)) {
        if (canceled && canceled())
            return false;
        if (device->write(chunk) != chunk.size())
            return false;
    }
    const QByteArray rest = m_pending.toUtf8();
    return device->write(rest) == rest.size();
}

QByteArray TextChunks::toUtf8()
{
    QByteArray out;
    qsizetype size = m_pending.size();
    for (const QByteArray &chunk : std::as_const(m_chunks))
        size += chunk.size();
    out.reserve(size);
    for (const QByteArray &chunk : std::as_const(m_chunks))
        out += chunk;
    return out + m_pending.toUtf8();
}
