#include "worddiff.h"

#include <QRegularExpression>

namespace {
struct Token
{
    TextRange range;
    QString key;
};

QList<Token> tokenize(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+|[^\\w\\s]"),
                                         QRegularExpression::UseUnicodePropertiesOption);
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
        if (!out.isEmpty() && text.mid(out.last().end, r.start - out.last().end).trimmed().isEmpty()
            && !kept[i - 1])
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
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..]; sentences are short.
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i].key == b[j].key ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<bool> keptA(n, false);
    QList<bool> keptB(m, false);
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (a[i].key == b[j].key) {
            keptA[i++] = true;
            keptB[j++] = true;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return {ranges(a, keptA, from), ranges(b, keptB, to)};
}
