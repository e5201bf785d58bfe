// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictvalue.h"

#include "claimfeatures.h"
#include "claimnumbers.h"

namespace {

// `value` at `at` is not the end of a longer word or number on either side.
bool standsAlone(const QString &text, const TextRange &range, qsizetype at, const QString &value)
{
    const bool before = at > range.start && text[at - 1].isLetterOrNumber() && value.front().isLetterOrNumber();
    const qsizetype end = at + value.size();
    const bool after = end < range.end && text[end].isLetterOrNumber() && value.back().isLetterOrNumber();
    return !before && !after;
}

} // namespace

TextRange writtenValue(const QString &text, const ClaimMember &member)
{
    const QString &value = member.value;
    const TextRange range{std::max<qsizetype>(0, member.range.start), std::min(member.range.end, text.size())};
    if (value.isEmpty() || range.start >= range.end)
        return {};
    for (qsizetype at = text.indexOf(value, range.start, Qt::CaseInsensitive); at >= 0 && at + value.size() <= range.end;
         at = text.indexOf(value, at + 1, Qt::CaseInsensitive)) {
        if (standsAlone(text, range, at, value))
            return {at, at + value.size()};
    }
    // "~300", "$43 billion": the figure without its approximation and currency sign.
    QString figure = value;
    while (!figure.isEmpty() && !figure.front().isLetterOrNumber())
        figure.remove(0, 1);
    const QList<ClaimToken> tokens = tokenizeClaim(text, range);
    for (const ClaimNumber &n : findClaimNumbers(tokens, QList<int>(tokens.size(), -1))) {
        if (n.token >= 0 && numberLabel(n.value) == figure)
            return {tokens[n.token].range.start, tokens[n.token + n.tokenCount - 1].range.end};
    }
    return {};
}
