// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stretch [start, end) of an article's text, in UTF-16 code units (QString indices).
#include <QtGlobal>

struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};
