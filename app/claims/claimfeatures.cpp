// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimfeatures.h"

#include "claimnumbers.h"
#include "stemmer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// "since 1995", "so far this year": a date a count runs from; but "since 1995, when a bus ..."
// dates the bus. `covering` marks each token's mention.
bool spanStart(const QList<ClaimToken> &tokens, int t, const QList<int> &covering)
{
    if (t == 0 || tokens[t - 1].lower != QLatin1String("since"))
        return false;
    int after = t;
    while (after < tokens.size() && covering[after] == covering[t])
        ++after;
    return !(after < tokens.size() && tokens[after].lower == QLatin1String("when"));
}

} // namespace

// "ago" sets such a span back from the story's own days (not "hours" or "minutes", which a live
// report uses for the event itself).
bool isSpanOfDaysOrMore(const QString &lower)
{
    static const QSet<QString> spans = {QStringLiteral("day"),    QStringLiteral("days"),   QStringLiteral("week"), QStringLiteral("weeks"),
                                        QStringLiteral("month"),  QStringLiteral("months"), QStringLiteral("year"), QStringLiteral("years"),
                                        QStringLiteral("decade"), QStringLiteral("decades")};
    return spans.contains(lower);
}

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// What the features need of a word, whatever its sentence: a story repeats its
// words thousands of times, and stemming and WordNet lookups cost more than one
// lookup here. Per thread, like the stemmer.
struct WordInfo
{
    bool stop = false;
    QString lemma; // empty for stop words
    QString stem;
    const Synonyms::Senses *senses = nullptr;
};

WordInfo wordInfo(const QString &lower, Stemmer &stemmer)
{
    thread_local QHash<QString, WordInfo> cache;
    if (const auto it = cache.constFind(lower); it != cache.cend())
        return *it;
    if (cache.size() > 200000)
        cache.clear(); // a bound for endless runs of new corpora
    WordInfo info;
    info.stop = isStopWord(lower);
    if (!info.stop && !lower.isEmpty()) {
        const Synonyms &wordnet = Synonyms::instance();
        info.lemma = lower[0].isDigit() ? lower : wordnet.lemma(lower);
        info.senses = wordnet.senses(info.lemma);
        info.stem = stemmer.stem(lower);
    }
    cache.insert(lower, info);
    return info;
}

// A verb and the particle right after it mean what WordNet says the two mean ("touched down"
// lands, "shut down" closes), not what the verb alone does; the term stays the verb's, so
// "shut down" still meets "shut".
const Synonyms::Senses *phrasalSenses(const QList<ClaimToken> &tokens, int t, const WordInfo &word)
{
    static const QSet<QString> particles = {QStringLiteral("down"), QStringLiteral("up"),   QStringLiteral("off"), QStringLiteral("out"),
                                            QStringLiteral("over"), QStringLiteral("away"), QStringLiteral("back")};
    if (t + 1 >= tokens.size() || !particles.contains(tokens[t + 1].lower) || tokens[t].hyphenAfter)
        return word.senses;
    const Synonyms::Senses *phrasal = Synonyms::instance().senses(word.lemma + u'_' + tokens[t + 1].lower);
    return phrasal ? phrasal : word.senses;
}

} // namespace

bool isNegation(const QString &lower)
{
    return lower == u"not" || lower == u"never" || lower == u"no" || lower == u"nor" || lower == u"neither" || lower == u"cannot"
           || lower.endsWith(u"n't");
}

bool isStopWord(const QString &lower)
{
    // The Snowball project's English stop word list, plus modal and filler
    // words that carry no fact of their own.
    static const QSet<QString> words = [] {
        const char *list[] = {
            "i",       "me",       "my",         "myself",    "we",       "our",     "ours",     "ourselves", "you",        "your",
            "yours",   "yourself", "yourselves", "he",        "him",      "his",     "himself",  "she",       "her",        "hers",
            "herself", "it",       "its",        "itself",    "they",     "them",    "their",    "theirs",    "themselves", "what",
            "which",   "who",      "whom",       "this",      "that",     "these",   "those",    "am",        "is",         "are",
            "was",     "were",     "be",         "been",      "being",    "have",    "has",      "had",       "having",     "do",
            "does",    "did",      "doing",      "would",     "should",   "could",   "ought",    "i'm",       "you're",     "he's",
            "she's",   "it's",     "we're",      "they're",   "i've",     "you've",  "we've",    "they've",   "i'd",        "you'd",
            "he'd",    "she'd",    "we'd",       "they'd",    "i'll",     "you'll",  "he'll",    "she'll",    "we'll",      "they'll",
            "isn't",   "aren't",   "wasn't",     "weren't",   "hasn't",   "haven't", "hadn't",   "doesn't",   "don't",      "didn't",
            "won't",   "wouldn't", "shan't",     "shouldn't", "can't",    "cannot",  "couldn't", "mustn't",   "let's",      "that's",
            "who's",   "what's",   "here's",     "there's",   "when's",   "where's", "why's",    "how's",     "a",          "an",
            "the",     "and",      "but",        "if",        "or",       "because", "as",       "until",     "while",      "of",
            "at",      "by",       "for",        "with",      "about",    "against", "between",  "into",      "through",    "during",
            "before",  "after",    "above",      "below",     "to",       "from",    "up",       "down",      "in",         "out",
            "on",      "off",      "over",       "under",     "again",    "further", "then",     "once",      "here",       "there",
            "when",    "where",    "why",        "how",       "all",      "any",     "both",     "each",      "few",        "more",
            "most",    "other",    "some",       "such",      "no",       "nor",     "not",      "only",      "own",        "same",
            "so",      "than",     "too",        "very",      "s",        "t",       "can",      "will",      "just",       "also",
            "may",     "might",    "must",       "shall",     "upon",     "via",     "amid",     "amidst",    "among",      "per",
            "whose",   "yet",      "never",      "however",   "although", "though",  "within",
        };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(lower);
}

bool isReportingVerb(const QString &lemma)
{
    // Verbs that say who stated something, not what: "said", "told", "added".
    // Two outlets reporting different facts both "say" them; as content they
    // only make unrelated sentences look alike (WordNet has "state" ~ "tell" ~ "say").
    // Words that are also common nouns ("state", "report", "note") stay.
    static const QSet<QString> verbs = {
        QStringLiteral("say"),     QStringLiteral("tell"),      QStringLiteral("add"),
        QStringLiteral("mention"), QStringLiteral("according"), QStringLiteral("remark"),
    };
    return verbs.contains(lemma);
}

bool isOccurrenceNoun(const QString &lemma)
{
    return lemma == u"time" || lemma == u"occasion" || lemma == u"instance" || lemma == u"round";
}

QList<ClaimToken> tokenizeClaim(const QString &text, const TextRange &range)
{
    QList<ClaimToken> tokens;
    qsizetype i = range.start;
    while (i < range.end) {
        if (!text[i].isLetterOrNumber()) {
            // "%" and currency signs say what a number is ("32%", "€8.5bn"): one-character tokens.
            if (text[i] == u'%' || text[i].category() == QChar::Symbol_Currency) {
                ClaimToken sign;
                sign.range = {i, i + 1};
                sign.lower = text[i];
                tokens.append(sign);
            }
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < range.end) {
            const QChar c = text[i];
            if (c.isLetterOrNumber() || c.isMark()) {
                ++i;
                continue;
            }
            const bool nextIsLetter = i + 1 < range.end && text[i + 1].isLetter();
            const bool nextIsDigit = i + 1 < range.end && text[i + 1].isDigit();
            if (isApostrophe(c) && nextIsLetter && text[i - 1].isLetter()) {
                ++i;
                continue;
            }
            if ((c == u'.' || c == u',') && nextIsDigit && text[i - 1].isDigit()) {
                ++i;
                continue;
            }
            break;
        }
        ClaimToken token;
        token.range = {start, i};
        QString lower = text.mid(start, i - start).toLower();
        for (QChar &c : lower) {
            if (isApostrophe(c))
                c = u'\'';
        }
        if (lower.endsWith(u"'s"))
            lower.chop(2);
        token.lower = lower;
        token.capitalized = text[start].isUpper();
        token.hyphenAfter = i + 1 < range.end && isHyphen(text[i]) && text[i + 1].isLetterOrNumber();
        qsizetype before = start - 1;
        while (before >= range.start && (text[before].category() == QChar::Symbol_Currency || text[before].isLetter())
               && before > start - 4)
            --before; // "(C$2.9bn)": the bracket before a currency sign and its letters
        token.bracketBefore = before >= range.start && text[before] == u'(';
        if (!lower.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

ClaimFeatures claimFeatures(const QString &text, const TextRange &range, const QList<UnitMention> &mentions, Stemmer &stemmer,
                            bool datePrefixes)
{
    ClaimFeatures f;
    f.tokens = tokenizeClaim(text, range);
    for (int t = 0; t < f.tokens.size(); ++t) {
        // "since the invasion"; "this week", "over the past year". ("So far" is up to now, the span
        // of a count told without a scope: "four have so far been brought out" ~ "five were brought out".)
        const QString &word = f.tokens[t].lower;
        const QString previous = t > 0 ? f.tokens[t - 1].lower : QString();
        const bool period = word == QLatin1String("week") || word == QLatin1String("month") || word == QLatin1String("year");
        if (word == QLatin1String("since"))
            f.scopeTokens.append(t);
        else if (period && (previous == QLatin1String("this") || previous == QLatin1String("past") || previous == QLatin1String("last")))
            f.periodTokens.append(t);
        else if (word == QLatin1String("ago") && isSpanOfDaysOrMore(previous))
            f.pointsBack = true;
    }
    QSet<QString> seen;
    auto addTerm = [&](ClaimTerm term) {
        if (seen.contains(term.key))
            return;
        seen.insert(term.key);
        f.terms.append(std::move(term));
    };

    // Which mention covers each token.
    QList<int> covering(f.tokens.size(), -1);
    for (int m = 0; m < mentions.size(); ++m) {
        for (int t = 0; t < f.tokens.size(); ++t) {
            if (mentions[m].range.overlaps(f.tokens[t].range))
                covering[t] = m;
        }
    }

    // Times of day first: their digits are no quantities ("10:42 p.m." is not 10 and 42).
    f.times = findClaimTimes(text, f.tokens);
    QList<int> notNumbers = covering;
    QSet<int> numberTokens;
    for (const ClaimTime &time : std::as_const(f.times)) {
        for (int t = time.token; t < time.token + time.tokenCount; ++t) {
            notNumbers[t] = int(mentions.size()); // past every mention: skipped, covered by none
            numberTokens.insert(t);
        }
    }
    const QList<ClaimNumber> numbers = findClaimNumbers(f.tokens, notNumbers);
    for (const ClaimNumber &n : numbers) {
        for (int t = n.token; t < n.token + n.tokenCount; ++t)
            numberTokens.insert(t);
        // "61.3 per cent" and "61.3 percent" state what "61.3%" does: the unit is part of the
        // figure's term, not a word of its own that only some spellings have.
        for (int t = n.token + n.tokenCount; n.unit == u"percent" && t < f.tokens.size() && f.tokens[t].range.end <= n.range.end; ++t)
            numberTokens.insert(t);
    }

    for (int t = 0; t < f.tokens.size(); ++t) {
        const ClaimToken &token = f.tokens[t];
        if (covering[t] >= 0) {
            const UnitMention &m = mentions[covering[t]];
            if (t > 0 && covering[t - 1] == covering[t])
                continue; // one term per mention
            if (m.entity) {
                const QString id = QStringLiteral("E:") + m.entity->id;
                addTerm({id, {}, nullptr, t, true});
                if (!f.names.contains(id))
                    f.names.append(id);
            } else if (!m.dateValue.isEmpty()) {
                if (!f.dates.contains(m.dateValue))
                    f.dates.append(m.dateValue);
                f.writtenDates.append(text.mid(m.range.start, m.range.length()).simplified().toLower());
                if (!spanStart(f.tokens, t, covering) && !f.eventDates.contains(m.dateValue))
                    f.eventDates.append(m.dateValue);
                // "February 2022" also states "2022": prefixes match coarser dates.
                for (qsizetype cut : {qsizetype(4), qsizetype(7), qsizetype(10)}) {
                    if (m.dateValue.size() >= cut && (datePrefixes || cut >= m.dateValue.size()))
                        addTerm({QStringLiteral("@") + m.dateValue.left(cut), {}, nullptr, t, false});
                }
            }
            continue;
        }
        if (isNegation(token.lower)) {
            int reach = t + 3;
            for (int n = t + 1; n < f.tokens.size() && n <= reach; ++n) {
                if (f.tokens[n].lower == u"longer" && n == t + 1) {
                    ++reach; // "no longer in a critical condition": the negation reaches past "longer"
                    continue;
                }
                if (!isStopWord(f.tokens[n].lower)) {
                    f.negatedTokens.append(n);
                    break;
                }
            }
            continue;
        }
        if (numberTokens.contains(t))
            continue;
        const WordInfo word = wordInfo(token.lower, stemmer);
        if (word.stop)
            continue;
        if (token.lower.size() < 2 && !token.lower[0].isDigit())
            continue;
        const bool name = token.capitalized && t > 0 && !f.tokens[t - 1].lower.isEmpty();
        if (!name && isReportingVerb(word.lemma))
            continue;
        ClaimTerm term{word.stem, word.lemma, name ? nullptr : phrasalSenses(f.tokens, t, word), t, name};
        if (name && !f.names.contains(term.key))
            f.names.append(term.key);
        addTerm(std::move(term));
    }

    for (const ClaimTime &time : std::as_const(f.times))
        addTerm({QStringLiteral("#T") + QString::number(time.minutes), {}, nullptr, time.token, false});
    for (const ClaimNumber &n : numbers) {
        if (n.year) {
            const QString year = QString::number(qint64(n.value));
            if (!f.dates.contains(year))
                f.dates.append(year);
            addTerm({QStringLiteral("@") + year, {}, nullptr, n.token, false});
            continue;
        }
        f.numbers.append(n);
        // A measure's term names its unit: "160 km" is not "160 miles" (a converted one still
        // matches, claimsimilarity.cpp); counts and shares go by the figure alone.
        const QString unit = n.dimension.isEmpty() ? QString() : n.unit;
        addTerm({QStringLiteral("#") + QString::number(n.value) + unit, {}, nullptr, n.token, false, int(f.numbers.size() - 1)});
    }
    return f;
}
