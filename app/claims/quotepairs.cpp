// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepairs.h"

#include "claimalignment.h"
#include "claimfeatures.h"

#include <QSet>

#include <algorithm>

namespace {

// The capitalised words of a quotation's sentence outside the quotation, but its first word:
// the names of who is quoted, and of what the sentence says it about.
QSet<QString> namesOutside(const Corpus &corpus, const Quotation &q)
{
    QSet<QString> names;
    const QList<ClaimToken> tokens = tokenizeClaim(corpus.articles[q.article].text, q.sentence);
    for (int t = 1; t < tokens.size(); ++t) {
        if (tokens[t].capitalized && tokens[t].lower.size() > 1
            && !(tokens[t].range.start >= q.range.start && tokens[t].range.end <= q.range.end))
            names.insert(tokens[t].lower);
    }
    return names;
}

} // namespace

QList<QuotePair> differentlyQuoted(const Corpus &corpus, const QList<ClaimUnit> &units, int cap, double namedShare)
{
    QList<Quotation> quotations;
    QSet<quint64> seenSentences;
    for (const ClaimUnit &u : units) {
        if (seenSentences.contains(pairKey(u.article, int(u.sentence.start))))
            continue;
        seenSentences.insert(pairKey(u.article, int(u.sentence.start)));
        for (const TextRange &q : findQuotations(corpus.articles[u.article].text, u.sentence))
            quotations.append({u.article, q, u.sentence});
    }
    QHash<QString, QList<int>> trigramPostings;
    for (int q = 0; q < quotations.size(); ++q) {
        const QList<ClaimToken> tokens = tokenizeClaim(corpus.articles[quotations[q].article].text, quotations[q].range);
        QSet<QString> seen;
        for (int t = 0; t + 2 < tokens.size(); ++t) {
            const QString key = tokens[t].lower + u' ' + tokens[t + 1].lower + u' ' + tokens[t + 2].lower;
            if (!seen.contains(key)) {
                seen.insert(key);
                trigramPostings[key].append(q);
            }
        }
    }
    QList<QSet<QString>> names; // each quotation's, read once: a quotation meets many others
    names.reserve(quotations.size());
    for (const Quotation &q : std::as_const(quotations))
        names.append(namesOutside(corpus, q));
    QHash<quint64, int> quotePairs;
    for (const QList<int> &posting : std::as_const(trigramPostings)) {
        if (posting.size() > cap)
            continue;
        for (int i = 0; i < posting.size(); ++i) {
            for (int j = i + 1; j < posting.size(); ++j) {
                if (quotations[posting[i]].article != quotations[posting[j]].article)
                    ++quotePairs[pairKey(posting[i], posting[j])];
            }
        }
    }
    QList<quint64> quotePairKeys = quotePairs.keys();
    std::sort(quotePairKeys.begin(), quotePairKeys.end());
    QList<QuotePair> result;
    for (quint64 key : std::as_const(quotePairKeys)) {
        const int ia = int(key >> 32), ib = int(key & 0xffffffffu);
        const Quotation &a = quotations[ia];
        const Quotation &b = quotations[ib];
        // Two runs of three words in common, or the speaker named beside both: then a statement
        // reworded more freely is still one ("We will not stop until ..." ~ "We will not rest until ...").
        const bool named = names[ia].intersects(names[ib]);
        if (quotePairs.value(key) < 2 && !named)
            continue;
        const QuoteComparison cmp =
            compareQuotes(corpus.articles[a.article].text, a.range, corpus.articles[b.article].text, b.range, named ? namedShare : 0.7);
        // A function word more or less ("the", "had") is the same quotation, not another wording.
        if (cmp.differs && !cmp.minor)
            result.append({a, b, cmp});
    }
    return result;
}
