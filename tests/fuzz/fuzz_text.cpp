// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes of a .txt article in any encoding, through the decoder.
#include "textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DecodedText d = decodeText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    // Decoded text is either refused with a reason or given with its encoding.
    if (d.ok() && d.encoding.isEmpty())
        __builtin_trap();
    return 0;
}
