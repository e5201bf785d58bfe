// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns a file's bytes into text: UTF-8 first, a byte order mark when there is one,
// else the legacy encoding that uchardet recognises; binary data and broken UTF-8 are refused.
#include <QByteArray>
#include <QString>

struct DecodedText
{
    QString text;
    QString encoding; // e.g. "UTF-8", "UTF-16LE", "WINDOWS-1252"; empty when refused
    QString error;    // why the bytes were refused; empty on success

    bool ok() const { return error.isEmpty(); }
};

// A UTF-8 byte order mark is kept as U+FEFF at the start of the text, as Python's
// "utf-8" codec and QString::fromUtf8() do, so offsets agree with other tools.
DecodedText decodeText(const QByteArray &bytes);
