// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimunits.h"

#include <QSet>

namespace {

// Words that open a new clause with its own subject after "and" / "but".
const QSet<QString> &clauseOpeners()
{
    static const QSet<QString> words = {
        QStringLiteral("he"),    QStringLiteral("she"),   QStringLiteral("it"),    QStringLiteral("they"), QStringLiteral("we"),
        QStringLiteral("i"),     QStringLiteral("you"),   QStringLiteral("the"),   QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("there"), QStringLiteral("his"),  QStringLiteral("her"),
        QStringLiteral("their"), QStringLiteral("its"),   QStringLiteral("our"),   QStringLiteral("both"), QStringLiteral("each"),
    };
    return words;
}

bool isQuoteMark(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d' || c == u'\u00ab' || c == u'\u00bb';
}

TextRange trimmed(const QString &text, TextRange r)
{
    while (r.start < r.end && (text[r.start].isSpace() || text[r.start] == u',' || text[r.start] == u';'))
        ++r.start;
    while (r.end > r.start && (text[r.end - 1].isSpace() || text[r.end - 1] == u',' || text[r.end - 1] == u';'))
        --r.end;
    return r;
}

// The word starting at `pos` (letters only), as it is written.
QStringView wordViewAt(const QString &text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && text[end].isLetter())
        ++end;
    return QStringView(text).mid(pos, end - pos);
}

// The same word, lower-cased.
QString wordAt(const QString &text, qsizetype pos)
{
    return wordViewAt(text, pos).toString().toLower();
}

bool isWord(QStringView word, QStringView lower)
{
    return word.compare(lower, Qt::CaseInsensitive) == 0;
}

constexpr int minimumClauseWords = 5;
constexpr int minimumUnitWords = 4;

} // namespace

QList<TextRange> splitClauses(const QString &text, const TextRange &sentence)
{
    QList<qsizetype> cuts; // positions where a new clause starts
    bool inQuote = false;
    qsizetype clauseStart = sentence.start;
    auto tryCut = [&](qsizetype cutAt, qsizetype nextStart) {
        const int before = countWords(QStringView(text).mid(clauseStart, cutAt - clauseStart));
        const int after = countWords(QStringView(text).mid(nextStart, sentence.end - nextStart));
        if (before >= minimumClauseWords && after >= minimumClauseWords) {
            cuts.append(nextStart);
            clauseStart = nextStart;
        }
    };
    for (qsizetype i = sentence.start; i < sentence.end; ++i) {
        const QChar c = text[i];
        if (isQuoteMark(c)) {
            inQuote = c == u'\u201c' || c == u'\u00ab' ? true : c == u'\u201d' || c == u'\u00bb' ? false : !inQuote;
            continue;
        }
        if (inQuote)
            continue;
        if (c == u';') {
            tryCut(i, i + 1);
            continue;
        }
        // ", and he ..." / " but the ..." : a conjunction followed by a new subject.
        if (c == u' ' && i + 1 < sentence.end) {
            // Looked at in place: every space of every sentence comes here.
            const QStringView conj = wordViewAt(text, i + 1);
            const bool isAnd = isWord(conj, u"and");
            if (!isAnd && !isWord(conj, u"but") && !isWord(conj, u"while"))
                continue;
            const qsizetype next = i + 1 + conj.size() + 1;
            if (next >= sentence.end || text[next - 1] != u' ')
                continue;
            const bool afterComma = i > sentence.start && text[i - 1] == u',';
            const QString opener = wordAt(text, next);
            if (clauseOpeners().contains(opener) || (afterComma && !isAnd))
                tryCut(i, i + 1);
        }
    }
    QList<TextRange> clauses;
    qsizetype start = sentence.start;
    for (qsizetype cut : cuts) {
        clauses.append(trimmed(text, {start, cut}));
        start = cut;
    }
    clauses.append(trimmed(text, {start, sentence.end}));
    clauses.removeIf([](const TextRange &r) { return r.length() <= 0; });
    return clauses;
}

QList<ClaimUnit> claimUnits(const Corpus &corpus, const QList<QList<Sentence>> &sentences)
{
    QList<ClaimUnit> units;
    for (int a = 0; a < corpus.articles.size() && a < sentences.size(); ++a) {
        const Article &article = corpus.articles[a];
        for (const Sentence &s : sentences[a]) {
            // claims never come from the page's furniture
            if (s.clutter || article.overlapsClutter(s.range) || article.onBylineLine(s.range))
                continue;
            for (const TextRange &clause : splitClauses(article.text, s.range)) {
                if (countWords(QStringView(article.text).mid(clause.start, clause.length())) >= minimumUnitWords)
                    units.append({a, clause, s.range});
            }
        }
    }
    return units;
}
