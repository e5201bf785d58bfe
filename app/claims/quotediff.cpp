// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotediff.h"

#include "claimfeatures.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Word
{
    TextRange range;
    std::string key; // case-folded, quotes and apostrophes made ASCII
};

// "they've" -> "they have", "won't" -> "will not": one outlet writes the contraction, another the
// words ("'s" and "'d" stay: each stands for two words).
QStringList expandedContraction(const QString &word)
{
    static const std::pair<QStringView, QLatin1StringView> endings[] = {{u"'ve", QLatin1StringView("have")},
                                                                        {u"'re", QLatin1StringView("are")},
                                                                        {u"'ll", QLatin1StringView("will")},
                                                                        {u"'m", QLatin1StringView("am")},
                                                                        {u"n't", QLatin1StringView("not")}};
    if (!word.contains(u'\''))
        return {word}; // most words: no lookups, no copies
    if (word == u"won't")
        return {QStringLiteral("will"), QStringLiteral("not")};
    if (word == u"can't")
        return {QStringLiteral("can"), QStringLiteral("not")};
    for (const auto &[ending, full] : endings) {
        if (word.size() > ending.size() && word.endsWith(ending))
            return {word.chopped(ending.size()), QString(full)};
    }
    return {word};
}

QList<Word> words(const QString &text, const TextRange &range)
{
    QList<Word> list;
    qsizetype i = range.start;
    while (i < range.end) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (
            i < range.end
            && (text[i].isLetterOrNumber() || text[i].isMark()
                || ((text[i] == u'\'' || text[i] == u'\u2019' || text[i] == u'-') && i + 1 < range.end && text[i + 1].isLetterOrNumber())))
            ++i;
        QString key = text.mid(start, i - start).toCaseFolded();
        key.replace(u'\u2019', u'\'');
        for (const QString &part : expandedContraction(key))
            list.append({{start, i}, part.toStdString()});
    }
    return list;
}

bool isOpeningQuote(QChar c)
{
    return c == u'\u201c' || c == u'\u00ab' || c == u'\u201e';
}

bool isClosingQuote(QChar c)
{
    return c == u'\u201d' || c == u'\u00bb' || c == u'\u201c';
}

// Sequences this long in common and this much alike are one statement quoted twice.
constexpr int minimumCommonWords = 5;
// Words put for others at a quotation's start or end, at most.
constexpr int maximumEndWords = 3;

} // namespace

QList<TextRange> findQuotations(const QString &text, const TextRange &within, int minimumWords)
{
    QList<TextRange> quotes;
    qsizetype open = -1;
    QChar opener;
    for (qsizetype i = within.start; i < within.end; ++i) {
        const QChar c = text[i];
        if (open < 0) {
            // A straight quote opens only before a word ("don't" has none).
            if (isOpeningQuote(c) || (c == u'"' && i + 1 < within.end && !text[i + 1].isSpace())) {
                open = i + 1;
                opener = c;
            }
            continue;
        }
        const bool closes = opener == u'"' ? c == u'"' : isClosingQuote(c) && c != opener;
        if (!closes)
            continue;
        const TextRange range{open, i};
        if (words(text, range).size() >= minimumWords)
            quotes.append(range);
        open = -1;
    }
    // A quotation of several sentences closes in a later one of its paragraph: it runs on to
    // its closing mark, so that two outlets' renderings of all of it can be compared.
    if (open >= 0) {
        const qsizetype lineEnd = text.indexOf(u'\n', within.end);
        const qsizetype limit = lineEnd < 0 ? text.size() : lineEnd;
        qsizetype close = within.end;
        while (close < limit && !(opener == u'"' ? text[close] == u'"' : isClosingQuote(text[close]) && text[close] != opener))
            ++close;
        const TextRange range{open, close};
        if (close < limit && words(text, range).size() >= minimumWords)
            quotes.append(range);
    }
    return quotes;
}

QuoteComparison compareQuotes(const QString &leftText, const TextRange &left, const QString &rightText, const TextRange &right,
                              double share)
{
    QuoteComparison result;
    const QList<Word> a = words(leftText, left);
    const QList<Word> b = words(rightText, right);
    if (a.isEmpty() || b.isEmpty())
        return result;
    std::vector<std::string> sa, sb;
    for (const Word &w : a)
        sa.push_back(w.key);
    for (const Word &w : b)
        sb.push_back(w.key);
    dtl::Diff<std::string, std::vector<std::string>> diff(sa, sb);
    diff.compose();
    const auto ses = diff.getSes().getSequence();

    // The shared stretch runs from the first to the last common word; what
    // one side has beyond it is where the other outlet stopped quoting.
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < qsizetype(ses.size()); ++i) {
        if (ses[i].second.type == dtl::SES_COMMON) {
            if (first < 0)
                first = i;
            last = i;
            ++result.common;
        }
    }
    if (first < 0)
        return result;
    // A few words on both sides past the last common one ("every monsoon" ~ "every rainy season")
    // are one word put for another, not one outlet quoting on: so are both sides' few words before the first.
    const auto bothSides = [&](qsizetype from, qsizetype to) {
        int left = 0, right = 0;
        for (qsizetype i = from; i < to; ++i)
            ++(ses[i].second.type == dtl::SES_DELETE ? left : right);
        return left > 0 && right > 0 && std::max(left, right) <= maximumEndWords;
    };
    const qsizetype begin = bothSides(0, first) ? 0 : first;
    const qsizetype end = bothSides(last + 1, qsizetype(ses.size())) ? qsizetype(ses.size()) - 1 : last;
    int insideLeft = 0, insideRight = 0;
    qsizetype firstChange = -1, lastChange = -1;
    bool onlyFunctionWords = true;
    for (qsizetype i = begin; i <= end; ++i) {
        const auto type = ses[i].second.type;
        if (type == dtl::SES_COMMON)
            continue;
        if (i >= first && i <= last) // how alike the two are is judged on their shared stretch
            (type == dtl::SES_DELETE ? insideLeft : insideRight) += 1;
        // "never" for "not" changes what was said; "the" for "our" does not.
        const QString word = QString::fromStdString(ses[i].first);
        onlyFunctionWords = onlyFunctionWords && isStopWord(word) && !isNegation(word);
        if (firstChange < 0)
            firstChange = i;
        lastChange = i;
    }
    const int changed = std::max(insideLeft, insideRight);
    result.sameUtterance = result.common >= minimumCommonWords && double(result.common) / double(result.common + changed) >= share;
    result.differs = result.sameUtterance && firstChange >= 0;
    result.minor = result.differs && onlyFunctionWords;
    if (!result.differs)
        return result;

    // Each side's value: from the common word before the first change to the
    // end of its quotation when the other side went on, else to the word after the last change.
    const qsizetype from = std::max<qsizetype>(begin, firstChange - 1);
    const bool tailLeft = ses.size() > size_t(last + 1);
    qsizetype to = tailLeft ? qsizetype(ses.size()) - 1 : std::min<qsizetype>(last, lastChange + 1);
    qsizetype leftStart = -1, leftEnd = -1, rightStart = -1, rightEnd = -1;
    QStringList rendering;
    for (qsizetype i = from; i <= to; ++i) {
        const auto &info = ses[i].second;
        if (info.type != dtl::SES_ADD) {
            const Word &w = a[info.beforeIdx - 1];
            if (leftStart < 0)
                leftStart = w.range.start;
            leftEnd = w.range.end;
        }
        if (info.type != dtl::SES_DELETE) {
            const Word &w = b[info.afterIdx - 1];
            if (rightStart < 0)
                rightStart = w.range.start;
            rightEnd = w.range.end;
        }
        const QString word = info.type == dtl::SES_ADD
                                 ? rightText.mid(b[info.afterIdx - 1].range.start, b[info.afterIdx - 1].range.length())
                                 : leftText.mid(a[info.beforeIdx - 1].range.start, a[info.beforeIdx - 1].range.length());
        // Runs of one kind read as one change: "[+of the Russian Federation]".
        const auto previous = i > from ? ses[i - 1].second.type : dtl::SES_COMMON;
        if (info.type == dtl::SES_COMMON)
            rendering << word;
        else if (previous == info.type && !rendering.isEmpty())
            rendering.last().insert(rendering.last().size() - 1, u' ' + word);
        else
            rendering << (info.type == dtl::SES_ADD ? QStringLiteral("[+%1]") : QStringLiteral("[-%1]")).arg(word);
    }
    if (leftStart >= 0)
        result.leftValue = {leftStart, leftEnd};
    if (rightStart >= 0)
        result.rightValue = {rightStart, rightEnd};
    result.diff = rendering.join(u' ');
    return result;
}
