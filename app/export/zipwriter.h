// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small ZIP writer for OpenDocument files: entries stored or deflated (zlib), written
// to an open device, with the central directory at the end. An entry's data is
// compressed a piece at a time (DeflateStream), so a writer can poll for cancel between
// pieces; the compressed data is held in memory until the entry is added, so the device
// receives each entry whole (sizes and CRC in the local header, as ODF readers expect).
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

class QIODevice;

// Deflate-compressed data made a piece at a time. Two streams can be joined: one closed
// with closePart() ends on a byte boundary with no final block, so another stream's data
// may follow it (DeflateStream::joined), as pigz joins its blocks.
class DeflateStream
{
public:
    DeflateStream();
    ~DeflateStream();
    Q_DISABLE_COPY(DeflateStream)

    void append(QByteArrayView data);
    // Ends the stream: as the last part (a final block) or as a part other data follows.
    void close();
    void closePart();

    const QByteArray &compressed() const { return m_compressed; }
    quint32 crc() const { return m_crc; }
    quint64 size() const { return m_size; }
    bool failed() const { return m_failed; }

    // `first` (closed with closePart()) then `last` (closed with close()), as one entry's data.
    struct Joined
    {
        QByteArray compressed;
        quint32 crc = 0;
        quint64 size = 0;
    };
    static Joined joined(const DeflateStream &first, const DeflateStream &last);

private:
    void deflateInput(QByteArrayView data, int flush);

    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_compressed;
    quint32 m_crc = 0;
    quint64 m_size = 0;
    bool m_failed = false;
};

class ZipWriter
{
public:
    explicit ZipWriter(QIODevice *device);

    // Each returns false when the device fails or the entry is too big for a plain ZIP (4 GiB).
    bool addStored(const QByteArray &name, const QByteArray &data);
    bool addDeflated(const QByteArray &name, const DeflateStream::Joined &data);
    bool addDeflated(const QByteArray &name, const QByteArray &data);
    // The central directory; the archive is complete after it.
    bool finish();

private:
    // What the central directory repeats of each entry's local header.
    struct Entry
    {
        QByteArray name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 crc = 0;    // CRC-32 of the uncompressed data
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 offset = 0; // where its local header starts in the archive
    };
    static void putEntryFields(QByteArray &out, const Entry &e);
    bool add(Entry entry, const QByteArray &data);
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QList<Entry> m_entries;
    quint64 m_written = 0;
    bool m_ok = true;
};
