// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepairs.h"

#include "claimalignment.h"
#include "claimfeatures.h"

#include <QSet>

#include <algorithm>

QList<QuotePair> differentlyQuoted(const Corpus &corpus, const QList<ClaimUnit> &units, int cap)
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
        if (quotePairs.value(key) < 2)
            continue;
        const Quotation &a = quotations[int(key >> 32)];
        const Quotation &b = quotations[int(key & 0xffffffffu)];
        const QuoteComparison cmp = compareQuotes(corpus.articles[a.article].text, a.range, corpus.articles[b.article].text, b.range);
        // A function word more or less ("the", "had") is the same quotation, not another wording.
        if (cmp.differs && !cmp.minor)
            result.append({a, b, cmp});
    }
    return result;
}
