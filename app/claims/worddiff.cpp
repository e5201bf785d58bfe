// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <QRegularExpression>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace {
struct Token
{
    TextRange range;
    QString key;
};

QList<Token> tokenize(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+|[^\\w\\s]"), QRegularExpression::UseUnicodePropertiesOption);
    QList<Token> tokens;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString key = m.captured().toCaseFolded();
        // Typographic and straight quotes and apostrophes are the same word here.
        key.replace(QChar(0x2019), u'\'').replace(QChar(0x2018), u'\'');
        key.replace(QChar(0x201C), u'"').replace(QChar(0x201D), u'"');
        tokens.append({{m.capturedStart(), m.capturedEnd()}, key});
    }
    return tokens;
}

// Joins changed tokens that only whitespace separates into one range.
QList<TextRange> ranges(const QList<Token> &tokens, const QList<bool> &kept, const QString &text)
{
    QList<TextRange> out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (kept[i])
            continue;
        const TextRange r = tokens[i].range;
        if (!out.isEmpty() && text.mid(out.last().end, r.start - out.last().end).trimmed().isEmpty() && !kept[i - 1])
            out.last().end = r.end;
        else
            out.append(r);
    }
    return out;
}
} // namespace

WordDiff wordDiff(const QString &from, const QString &to)
{
    const QList<Token> a = tokenize(from);
    const QList<Token> b = tokenize(to);
    // The shortest edit script (dtl, as for quotations): what both keep is common.
    std::vector<std::string> keysA, keysB;
    for (const Token &t : a)
        keysA.push_back(t.key.toStdString());
    for (const Token &t : b)
        keysB.push_back(t.key.toStdString());
    dtl::Diff<std::string, std::vector<std::string>> diff(keysA, keysB);
    diff.compose();
    QList<bool> keptA(a.size(), false);
    QList<bool> keptB(b.size(), false);
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            keptA[info.beforeIdx - 1] = true;
            keptB[info.afterIdx - 1] = true;
        }
    }
    return {ranges(a, keptA, from), ranges(b, keptB, to)};
}
