// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QIODevice>
#include <QtEndian>

#include <limits>

#include <zlib.h>

struct DeflateStream::State
{
    z_stream z{};
    bool open = false;
};

DeflateStream::DeflateStream()
    : m_state(std::make_unique<State>())
    , m_crc(quint32(crc32(0, nullptr, 0)))
{
    // Raw deflate (negative window bits): a ZIP entry has no zlib header or trailer.
    m_state->open = deflateInit2(&m_state->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    m_failed = !m_state->open;
}

DeflateStream::~DeflateStream()
{
    if (m_state->open)
        deflateEnd(&m_state->z);
}

void DeflateStream::deflateInput(QByteArrayView data, int flush)
{
    if (m_failed)
        return;
    z_stream &z = m_state->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    char out[64 * 1024];
    int status = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        status = deflate(&z, flush);
        if (status == Z_STREAM_ERROR) {
            m_failed = true;
            return;
        }
        m_compressed.append(out, qsizetype(sizeof out - z.avail_out));
    } while (z.avail_out == 0 || z.avail_in > 0);
    if (flush == Z_FINISH && status != Z_STREAM_END)
        m_failed = true;
}

void DeflateStream::append(QByteArrayView data)
{
    // zlib counts input in uInt; pieces are small, but a caller's piece need not be.
    constexpr qsizetype piece = 1 << 24;
    for (qsizetype at = 0; at < data.size(); at += piece) {
        const QByteArrayView part = data.sliced(at, std::min(piece, data.size() - at));
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(part.data()), uInt(part.size())));
        m_size += quint64(part.size());
        deflateInput(part, Z_NO_FLUSH);
    }
}

void DeflateStream::close()
{
    deflateInput({}, Z_FINISH);
}

void DeflateStream::closePart()
{
    deflateInput({}, Z_SYNC_FLUSH);
}

DeflateStream::Joined DeflateStream::joined(const DeflateStream &first, const DeflateStream &last)
{
    Joined j;
    j.compressed = first.compressed() + last.compressed();
    j.crc = quint32(crc32_combine(first.crc(), last.crc(), z_off_t(last.size())));
    j.size = first.size() + last.size();
    return j;
}

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// 1980-01-01 00:00 in DOS format: a fixed time keeps two exports of one sheet byte-identical.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint16 kVersion = 20; // 2.0: deflate

} // namespace

// The fields a local header and the central directory share, from "version needed" to
// the extra field's length.
void ZipWriter::putEntryFields(QByteArray &out, const Entry &e)
{
    put16(out, kVersion);
    put16(out, 0); // flags
    put16(out, e.method);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, e.crc);
    put32(out, quint32(e.compressedSize));
    put32(out, quint32(e.size));
    put16(out, quint16(e.name.size()));
    put16(out, 0); // no extra field (ODF asks none for the mimetype)
}

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

bool ZipWriter::write(const QByteArray &bytes)
{
    m_ok = m_ok && m_device->write(bytes) == bytes.size();
    m_written += quint64(bytes.size());
    return m_ok;
}

bool ZipWriter::add(Entry entry, const QByteArray &data)
{
    constexpr quint64 limit = std::numeric_limits<quint32>::max();
    if (entry.size >= limit || entry.compressedSize >= limit || m_written >= limit)
        return m_ok = false;
    entry.offset = m_written;
    QByteArray header;
    put32(header, 0x04034b50);
    putEntryFields(header, entry);
    header.append(entry.name);
    m_entries.append(entry);
    return write(header) && write(data);
}

bool ZipWriter::addStored(const QByteArray &name, const QByteArray &data)
{
    const quint32 crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    return add({name, 0, crc, quint64(data.size()), quint64(data.size()), 0}, data);
}

bool ZipWriter::addDeflated(const QByteArray &name, const DeflateStream::Joined &data)
{
    return add({name, 8, data.crc, quint64(data.compressed.size()), data.size, 0}, data.compressed);
}

bool ZipWriter::addDeflated(const QByteArray &name, const QByteArray &data)
{
    DeflateStream stream;
    stream.append(data);
    stream.close();
    if (stream.failed())
        return m_ok = false;
    return add({name, 8, stream.crc(), quint64(stream.compressed().size()), stream.size(), 0}, stream.compressed());
}

bool ZipWriter::finish()
{
    const quint64 start = m_written;
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(directory, 0x02014b50);
        put16(directory, kVersion); // made by: MS-DOS attributes, 2.0
        putEntryFields(directory, e);
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, quint32(e.offset));
        directory.append(e.name);
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(start));
    put16(end, 0); // comment
    return write(directory) && write(end);
}
