// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace {

// tr() with the context "TextDecoder", in a form lupdate reads.
struct DecoderText
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

struct Utf8Census
{
    qsizetype validMultiByte = 0; // well-formed sequences of 2-4 bytes
    qsizetype invalid = 0;        // bytes that start no well-formed sequence
    qsizetype firstInvalid = -1;
};

// Counts well-formed and broken UTF-8 sequences; a legacy 8-bit text has almost no
// well-formed multi-byte sequences, a damaged UTF-8 file has many.
Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census c;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        }
        bool good = len > 0 && i + len <= n;
        for (int k = 1; good && k < len; ++k) {
            const unsigned char t = p[i + k];
            const unsigned char min = k == 1 ? lo : 0x80;
            const unsigned char max = k == 1 ? hi : 0xBF;
            good = t >= min && t <= max;
        }
        if (good) {
            ++c.validMultiByte;
            i += len;
        } else {
            if (c.firstInvalid < 0)
                c.firstInvalid = i;
            ++c.invalid;
            ++i;
            // A sequence cut short counts once, not once per leftover continuation byte.
            if (len > 0) {
                for (int k = 1; k < len && i < n && p[i] >= 0x80 && p[i] <= 0xBF; ++k)
                    ++i;
            }
        }
    }
    return c;
}

// Text files hold no NUL and almost no C0 control characters besides tab, line and page breaks.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C && u != 0x1B)
            ++controls;
    }
    // A stray control character survives copy and paste; a run of them means data, not prose.
    return controls > 8 && controls * 100 > text.size();
}

DecodedText decodeWith(const QByteArray &bytes, QStringConverter::Encoding encoding, const QString &name,
                       QStringConverter::Flags flags = QStringConverter::Flag::Stateless)
{
    DecodedText d;
    QStringDecoder decoder(encoding, flags);
    d.text = decoder.decode(bytes);
    // A byte order mark may start binary data by chance; the code units must then come out even.
    const int unit = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE   ? 2
                     : encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE ? 4
                                                                                                      : 1;
    if (decoder.hasError() || bytes.size() % unit != 0 || (unit > 1 && d.text.contains(QChar::ReplacementCharacter))) {
        d.text.clear();
        d.error = DecoderText::tr("the file claims to be %1 text but is not valid %1").arg(name);
        return d;
    }
    d.encoding = name;
    return d;
}

QString detectCharset(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
    if (uchardet_handle_data(ud.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QString::fromLatin1(uchardet_get_charset(ud.get()));
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText d;
    // Byte order marks are explicit: believe them before any guess.
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        d = decodeWith(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"),
                       QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    } else if (bytes.startsWith(QByteArrayLiteral("\xFF\xFE\x00\x00"))) {
        d = decodeWith(bytes, QStringConverter::Utf32LE, QStringLiteral("UTF-32LE"));
    } else if (bytes.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF"))) {
        d = decodeWith(bytes, QStringConverter::Utf32BE, QStringLiteral("UTF-32BE"));
    } else if (bytes.startsWith("\xFF\xFE")) {
        d = decodeWith(bytes, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    } else if (bytes.startsWith("\xFE\xFF")) {
        d = decodeWith(bytes, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    } else if (bytes.contains('\0')) {
        d.error = DecoderText::tr("the file is binary data, not text");
        return d;
    } else {
        const Utf8Census census = utf8Census(bytes);
        if (census.invalid == 0) {
            d = decodeWith(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"));
        } else if (census.validMultiByte >= census.invalid) {
            // Mostly UTF-8 with broken bytes: decoding it as anything else would garble the good part.
            d.error = DecoderText::tr("the file is not valid UTF-8 (broken byte sequence at byte %1)").arg(census.firstInvalid);
            return d;
        } else {
            const QString charset = detectCharset(bytes);
            if (charset.isEmpty() || charset.compare(u"ASCII", Qt::CaseInsensitive) == 0
                || charset.startsWith(u"UTF-8", Qt::CaseInsensitive)) {
                d.error = DecoderText::tr("the file is not valid UTF-8 and its encoding cannot be recognised (broken byte "
                                          "sequence at byte %1)")
                              .arg(census.firstInvalid);
                return d;
            }
            QStringDecoder decoder(charset.toLatin1().constData(), QStringConverter::Flag::Stateless);
            if (!decoder.isValid()) {
                d.error = DecoderText::tr("the file is in the %1 encoding, which this system cannot decode").arg(charset);
                return d;
            }
            d.text = decoder.decode(bytes);
            if (decoder.hasError()) {
                d.text.clear();
                d.error = DecoderText::tr("the file is neither valid UTF-8 nor valid %1").arg(charset);
                return d;
            }
            d.encoding = charset.toUpper();
        }
    }
    if (!d.ok())
        return d;
    if (looksBinary(d.text)) {
        d.text.clear();
        d.encoding.clear();
        d.error = DecoderText::tr("the file is binary data, not text");
    }
    return d;
}
