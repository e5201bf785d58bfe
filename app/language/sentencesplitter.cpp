// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "gazetteer.h"

#include <QSet>

namespace {

// Abbreviations that rarely end a sentence (resources/language/abbreviations.txt).
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> words;
        for (const QStringList &row : Gazetteer::readList(QStringLiteral("abbreviations.txt"), QStringLiteral("language")))
            words.insert(row.first());
        return words;
    }();
    return set;
}

// "MENDON, Mo. (AP) — A train ...": a short credit in brackets followed by a dash carries on the
// dateline the abbreviation before it ended; it starts no sentence.
bool isDatelineCredit(const QString &text, qsizetype open)
{
    const qsizetype close = text.indexOf(u')', open);
    if (close < 0 || close - open > 24)
        return false;
    qsizetype after = close + 1;
    while (after < text.size() && text[after] == u' ')
        ++after;
    return after < text.size() && (text[after] == u'-' || text[after] == u'\u2013' || text[after] == u'\u2014');
}

bool isClosingPunct(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201d' || c == u'\u2019' || c == u'\u00bb';
}

} // namespace

bool isAbbreviationAt(const QString &text, qsizetype dotPos)
{
    qsizetype wordStart = dotPos;
    while (wordStart > 0 && (text[wordStart - 1].isLetter() || text[wordStart - 1] == u'.'))
        --wordStart;
    const QString word = text.mid(wordStart, dotPos - wordStart);
    if (word.isEmpty())
        return false;
    // Initials and dotted acronyms: "J.", "U.S", "U.N".
    if (word.size() == 1 && word[0].isUpper())
        return true;
    if (word.contains(u'.')) {
        // "U.S." ends a sentence only when followed by a capitalised word that
        // starts a new sentence; we cannot tell, so treat as abbreviation unless
        // the next word is a typical sentence starter (handled by the caller).
        return true;
    }
    const QString lower = word.toLower();
    // "No. 10", "Fig. 3", "pp. 4-9": abbreviations only before a number ("voted No. Turnout was...").
    if (lower == u"no" || lower == u"fig" || lower == u"pp" || lower == u"op") {
        qsizetype next = dotPos + 1;
        while (next < text.size() && text[next] == u' ')
            ++next;
        return next < text.size() && text[next].isDigit();
    }
    return abbreviations().contains(lower);
}

QList<TextRange> splitSentences(const QString &text)
{
    QList<TextRange> out;
    const qsizetype n = text.size();
    qsizetype start = 0;

    auto flushSentence = [&](qsizetype end) {
        qsizetype s = start, e = end;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            out.append({s, e});
        start = end;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\u2029') {
            flushSentence(i);
            start = i + 1;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026')
            continue;
        // Swallow runs of punctuation and closing quotes/brackets.
        qsizetype j = i + 1;
        while (j < n && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?' || isClosingPunct(text[j])))
            ++j;
        if (j < n && !text[j].isSpace())
            continue; // "3.5", "U.S.-led", "Yahoo!News"
        qsizetype k = j;
        while (k < n && text[k].isSpace() && text[k] != u'\n')
            ++k;
        if (k >= n || text[k] == u'\n') {
            i = j - 1;
            continue; // the line break ends it anyway
        }
        const QChar next = text[k];
        const bool nextStartsSentence = next.isUpper() || next.isDigit() || next == u'"' || next == u'\u201c' || next == u'\''
                                        || next == u'\u2018' || next == u'(' || next == u'[';
        if (!nextStartsSentence || (next == u'(' && isDatelineCredit(text, k)))
            continue;
        if (c == u'.' && j == i + 1 && isAbbreviationAt(text, i)) {
            // A dotted acronym at the end of a sentence ("... in the U.S. The ...")
            // is ambiguous; keep it inside, which costs less than splitting a name.
            continue;
        }
        flushSentence(j);
        i = j - 1;
    }
    flushSentence(n);
    return out;
}
