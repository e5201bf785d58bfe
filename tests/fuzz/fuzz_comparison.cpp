// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a .parallax comparison file; anything must give a file or a message.
#include "comparisonfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ComparisonReadResult r =
        parseComparison(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("/tmp/parallax-fuzz"));
    if (!r.file && r.error.isEmpty())
        __builtin_trap();
    if (r.file) {
        // What was read can be written and read back to the same thing.
        const ComparisonReadResult again =
            parseComparison(serializeComparison(*r.file, QStringLiteral("/tmp/parallax-fuzz")), QStringLiteral("/tmp/parallax-fuzz"));
        if (!again.file || again.file->marks != r.file->marks)
            __builtin_trap();
    }
    return 0;
}
