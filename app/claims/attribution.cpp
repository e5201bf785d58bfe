// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attribution.h"

#include <QRegularExpression>

namespace {

// A capitalised name of up to six words, optionally after "the", that may end
// in "news agency" / "state media" ("Russia's RIA Novosti news agency").
const QString name =
    QStringLiteral("((?:[Tt]he\\s+)?[A-Z][\\p{L}\\p{M}.'\\x{2019}&-]*(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\p{L}\\p{M}.'\\x{2019}&-]*){0,5}"
                   "(?:\\s+(?:news agency|state media|state broadcaster|statement|officials?|spokesperson|spokesman|spokeswoman))?)");
const QString reportingVerb =
    QStringLiteral("(?:said|says|reported|reports|told|stated|states|noted|added|announced|confirmed|claimed|wrote|quoted)");

QString clean(QString source)
{
    source = source.trimmed();
    // The sentence's full stop is no part of the name ("told Xinhua."), an initial's is ("U.S.").
    if (source.endsWith(u'.') && !(source.size() >= 2 && source[source.size() - 2].isUpper()))
        source.chop(1);
    if (source.endsWith(u"'s") || source.endsWith(u"\u2019s"))
        source.chop(2);
    return source;
}

// Which of the patterns' own words a sentence has, each as a whole run of ASCII
// word characters (what \b separates when Unicode properties are off).
struct SentenceWords
{
    bool according = false;         // "[Aa]ccording to"
    bool quoted = false;            // "quoted (as saying) by"
    bool told = false;              // "told X"
    bool citing = false;            // "citing X", "cited by X"
    bool reportingVerb = false;     // any of reportingVerb
    bool saidAddedReported = false; // "said|says|reported|added X"
};

SentenceWords sentenceWords(QStringView sentence)
{
    SentenceWords w;
    auto isWordChar = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const qsizetype n = sentence.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(sentence[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(sentence[i].unicode()))
            ++i;
        const QStringView word = sentence.mid(start, i - start);
        if (word.size() < 4 || word.size() > 9)
            continue;
        auto is = [&word](const char *text) { return word == QLatin1StringView(text); };
        if (is("said") || is("says") || is("reported") || is("added")) {
            w.saidAddedReported = w.reportingVerb = true;
        } else if (is("told")) {
            w.told = w.reportingVerb = true;
        } else if (is("quoted")) {
            w.quoted = w.reportingVerb = true;
        } else if (is("reports") || is("stated") || is("states") || is("noted") || is("announced") || is("confirmed") || is("claimed")
                   || is("wrote")) {
            w.reportingVerb = true;
        } else if (is("citing") || is("cited")) {
            w.citing = true;
        } else if (is("according") || is("According")) {
            w.according = true;
        }
    }
    return w;
}

} // namespace

QString findAttribution(QStringView sentence)
{
    static const QRegularExpression accordingTo(
        QStringLiteral("\\b[Aa]ccording to\\s+((?:a |an |the )?[^,.;:\"\\x{201c}\\x{201d}]{2,80})"));
    static const QRegularExpression quotedBy(QStringLiteral("\\bquoted (?:as saying )?by\\s+") + name);
    static const QRegularExpression toldOutlet(QStringLiteral("\\btold\\s+") + name + QStringLiteral("\\s*(?:[.,;:]|$)"));
    static const QRegularExpression citing(QStringLiteral("\\b(?:citing|cited by)\\s+") + name);
    static const QRegularExpression subjectSaid(name + QStringLiteral("\\s+(?:has |had |have )?") + reportingVerb + QStringLiteral("\\b"));
    static const QRegularExpression saidSubject(QStringLiteral("\\b(?:said|says|reported|added)\\s+") + name);

    static const QRegularExpression clause(QStringLiteral("\\s+(?:that|who|which|on|in|as)\\s"));

    // Each pattern needs a word of its own, as a whole ASCII word (the patterns'
    // \b and \s): one pass over the sentence tells which can match, and the others
    // are not tried (most sentences attribute nothing, and a name is tried at every capital).
    const SentenceWords words = sentenceWords(sentence);
    if (words.according) {
        if (const auto m = accordingTo.matchView(sentence); m.hasMatch()) {
            QString source = m.captured(1);
            // Keep the source itself, not the clause that may follow it.
            const qsizetype cut = source.indexOf(clause);
            if (cut > 0)
                source.truncate(cut);
            return clean(source);
        }
    }
    for (const auto &[re, needed] :
         {std::pair{&quotedBy, words.quoted}, std::pair{&toldOutlet, words.told}, std::pair{&citing, words.citing}}) {
        if (!needed)
            continue;
        if (const auto m = re->matchView(sentence); m.hasMatch())
            return clean(m.captured(1));
    }
    if (!words.reportingVerb)
        return {};
    // The last "X said" wins: the attribution usually closes the sentence.
    QString last;
    for (auto it = subjectSaid.globalMatchView(sentence); it.hasNext();) {
        const auto m = it.next();
        const QString source = m.captured(1);
        // A capital at the sentence start that is no name ("The", "This") is not a source.
        if (source.compare(u"The", Qt::CaseSensitive) != 0 && source != u"This" && source != u"It")
            last = source;
    }
    if (!last.isEmpty())
        return clean(last);
    if (!words.saidAddedReported)
        return {};
    if (const auto m = saidSubject.matchView(sentence); m.hasMatch())
        return clean(m.captured(1));
    return {};
}
