// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepairs.h"

#include "claimalignment.h"
#include "claimfeatures.h"
#include "stemmer.h"

#include <QSet>

#include <algorithm>

namespace {

// Renderings of one speaker with no run of three words in common are one statement only when
// they share this many words that are not function words.
constexpr int minimumNamedContentWords = 3;

// The capitalised words of `within` outside `quote`: the names of who is quoted, and of what the
// sentence says it about. Its first word only when a name goes on after it ("Premier Rhys Calder
// spoke", not "Officials said").
void addNamesOutside(QSet<QString> &names, const QString &text, const TextRange &within, const TextRange &quote)
{
    const QList<ClaimToken> tokens = tokenizeClaim(text, within);
    for (int t = 0; t < tokens.size(); ++t) {
        const bool nameGoesOn = t + 1 < tokens.size() && tokens[t + 1].capitalized && !isStopWord(tokens[t].lower);
        if (tokens[t].capitalized && tokens[t].lower.size() > 1 && (t > 0 || nameGoesOn)
            && !(tokens[t].range.start >= quote.start && tokens[t].range.end <= quote.end))
            names.insert(tokens[t].lower);
    }
}

// "\"...,\" she told the Sentinel by phone from Windhoek": the speaker is a pronoun outside the
// quotation, so who is quoted is named before, whatever else the sentence names.
bool pronounSpeaks(const QString &text, const TextRange &within, const TextRange &quote)
{
    const QList<ClaimToken> tokens = tokenizeClaim(text, within);
    return std::any_of(tokens.cbegin(), tokens.cend(), [&](const ClaimToken &t) {
        return (t.lower == u"she" || t.lower == u"he") && (t.range.end <= quote.start || t.range.start >= quote.end);
    });
}

// Every article's sentences in the order of its text.
QList<QList<TextRange>> sentencesInOrder(const Corpus &corpus, const QList<ClaimUnit> &units)
{
    QList<QList<TextRange>> sentences(corpus.articles.size());
    for (const ClaimUnit &u : units) {
        QList<TextRange> &list = sentences[u.article];
        if (list.isEmpty() || list.last().start != u.sentence.start)
            list.append(u.sentence);
    }
    for (QList<TextRange> &list : sentences) {
        std::sort(list.begin(), list.end(), [](const TextRange &x, const TextRange &y) { return x.start < y.start; });
        list.erase(std::unique(list.begin(), list.end(), [](const TextRange &x, const TextRange &y) { return x.start == y.start; }),
                   list.end());
    }
    return sentences;
}

struct NamedQuotation
{
    Quotation quotation;
    QSet<QString> names; // who is quoted, as the text names them around the quotation
};

// The quotations of one article, each once however many sentences it runs over. Who is quoted
// is named in the sentences the quotation touches, or when those only say "she said", in the
// sentence before ("Mayor Ana Ruiz spoke at the scene. \"...,\" she said.").
QList<NamedQuotation> quotationsOf(const QString &text, int article, const QList<TextRange> &sentences)
{
    QList<NamedQuotation> found;
    qsizetype quotedUntil = 0; // a sentence inside a quotation opens none of its own
    for (int s = 0; s < sentences.size(); ++s) {
        const TextRange within{std::max(sentences[s].start, quotedUntil), sentences[s].end};
        if (within.start >= within.end)
            continue;
        for (const TextRange &q : findQuotations(text, within)) {
            int last = s;
            while (last + 1 < sentences.size() && sentences[last].end <= q.end)
                ++last;
            NamedQuotation named{{article, q, sentences[s]}, {}};
            for (int t = s; t <= last; ++t)
                addNamesOutside(named.names, text, sentences[t], q);
            if ((named.names.isEmpty() || pronounSpeaks(text, sentences[s], q)) && s > 0)
                addNamesOutside(named.names, text, sentences[s - 1], {});
            found.append(named);
            quotedUntil = std::max(quotedUntil, q.end + 1);
        }
    }
    return found;
}

// Postings of keys to quotations; a pair of quotations of different articles on one posting of
// at most `cap` quotations counts once per key.
void countPairs(const QHash<QString, QList<int>> &postings, const QList<Quotation> &quotations, int cap, QHash<quint64, int> &counts)
{
    for (const QList<int> &posting : postings) {
        if (posting.size() > cap)
            continue;
        for (int i = 0; i < posting.size(); ++i) {
            for (int j = i + 1; j < posting.size(); ++j) {
                if (quotations[posting[i]].article != quotations[posting[j]].article)
                    ++counts[pairKey(posting[i], posting[j])];
            }
        }
    }
}

struct Compared
{
    int left = -1;
    int right = -1;
    QuoteComparison comparison;
};

// Each quotation is one rendering of at most one quotation of each other article: the one it
// has most words in common with ("We want it back" is in two of one speaker's quotations).
QList<Compared> oneToOne(QList<Compared> compared, const QList<Quotation> &quotations)
{
    std::stable_sort(compared.begin(), compared.end(),
                     [](const Compared &x, const Compared &y) { return x.comparison.common > y.comparison.common; });
    QSet<quint64> matched; // (quotation, other article)
    QList<Compared> kept;
    for (const Compared &c : std::as_const(compared)) {
        const quint64 left = pairKey(c.left, quotations[c.right].article), right = pairKey(c.right, quotations[c.left].article);
        if (matched.contains(left) || matched.contains(right))
            continue;
        matched.insert(left);
        matched.insert(right);
        kept.append(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Compared &x, const Compared &y) { return pairKey(x.left, x.right) < pairKey(y.left, y.right); });
    return kept;
}

} // namespace

QList<QuotePair> differentlyQuoted(const Corpus &corpus, const QList<ClaimUnit> &units, int cap, double namedShare)
{
    QList<Quotation> quotations;
    QList<QSet<QString>> names; // each quotation's, read once: a quotation meets many others
    QList<QSet<QString>> contentWords;
    QHash<QString, QList<int>> trigramPostings, namePostings;
    Stemmer stemmer;
    const QList<QList<TextRange>> sentences = sentencesInOrder(corpus, units);
    for (int a = 0; a < sentences.size(); ++a) {
        for (NamedQuotation &q : quotationsOf(corpus.articles[a].text, a, sentences[a])) {
            const int index = int(quotations.size());
            const QList<ClaimToken> tokens = tokenizeClaim(corpus.articles[a].text, q.quotation.range);
            QSet<QString> trigrams, words;
            for (int t = 0; t < tokens.size(); ++t) {
                if (t + 2 < tokens.size())
                    trigrams.insert(tokens[t].lower + u' ' + tokens[t + 1].lower + u' ' + tokens[t + 2].lower);
                if (!isStopWord(tokens[t].lower))
                    words.insert(stemmer.stem(tokens[t].lower)); // "eruptive" ~ "eruption"
            }
            for (const QString &key : std::as_const(trigrams))
                trigramPostings[key].append(index);
            for (const QString &name : std::as_const(q.names))
                namePostings[name].append(index);
            quotations.append(q.quotation);
            names.append(std::move(q.names));
            contentWords.append(std::move(words));
        }
    }
    QHash<quint64, int> trigramsInCommon, namesInCommon;
    countPairs(trigramPostings, quotations, cap, trigramsInCommon);
    countPairs(namePostings, quotations, cap, namesInCommon);
    QSet<quint64> keys(trigramsInCommon.keyBegin(), trigramsInCommon.keyEnd());
    for (auto it = namesInCommon.cbegin(); it != namesInCommon.cend(); ++it)
        keys.insert(it.key());
    QList<Compared> compared;
    for (quint64 key : std::as_const(keys)) {
        const int ia = int(key >> 32), ib = int(key & 0xffffffffu);
        // Two runs of three words in common, or the speaker named beside both: then a statement
        // reworded more freely is still one ("We will not stop until ..." ~ "We will not rest until ..."),
        // when it keeps a run of three words or a few of its telling words ("13 hours" ~ "thirteen hours").
        const bool named = names[ia].intersects(names[ib]);
        const int trigrams = trigramsInCommon.value(key);
        if (trigrams < 2 && !named)
            continue;
        if (trigrams == 0 && QSet<QString>(contentWords[ia]).intersect(contentWords[ib]).size() < minimumNamedContentWords)
            continue;
        const Quotation &a = quotations[ia];
        const Quotation &b = quotations[ib];
        QuoteComparison cmp =
            compareQuotes(corpus.articles[a.article].text, a.range, corpus.articles[b.article].text, b.range, named ? namedShare : 0.7);
        if (cmp.sameUtterance)
            compared.append({ia, ib, std::move(cmp)});
    }
    QList<QuotePair> result;
    for (const Compared &c : oneToOne(compared, quotations)) {
        // A function word more or less ("the", "had") is the same quotation, not another wording.
        if (c.comparison.differs && !c.comparison.minor)
            result.append({quotations[c.left], quotations[c.right], c.comparison});
    }
    return result;
}
