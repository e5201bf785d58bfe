// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimaligner.h"

#include "attribution.h"
#include "claimcandidates.h"
#include "claimclusters.h"
#include "claimrestatements.h"
#include "quotepairs.h"
#include "retractions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

// tr() with the context "ClaimAligner", in a form lupdate reads.
struct AlignerText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimAligner)
};

QString elided(const QString &text, int limit = 140)
{
    QString simple = text.simplified();
    if (simple.size() > limit) {
        simple.truncate(limit - 1);
        const qsizetype space = simple.lastIndexOf(u' ');
        if (space > limit / 2)
            simple.truncate(space);
        simple += u'\u2026';
    }
    return simple;
}

// Who each sentence is attributed to; a sentence is asked once however many claims it is in.
class Attributions
{
public:
    explicit Attributions(const Corpus &corpus)
        : m_corpus(corpus)
    {
    }
    QString of(int article, const TextRange &sentence)
    {
        const quint64 key = (quint64(quint32(article)) << 32) | quint32(sentence.start);
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend()) {
            const QString &text = m_corpus.articles[article].text;
            it = m_cache.insert(key, findAttribution(QStringView(text).mid(sentence.start, sentence.length())));
        }
        return *it;
    }

private:
    const Corpus &m_corpus;
    QHash<quint64, QString> m_cache;
};

QString joinedAttributions(QStringList sources)
{
    sources.removeAll(QString());
    sources.removeDuplicates();
    return sources.join(QStringLiteral("; "));
}

ClaimMember memberOf(const Corpus &corpus, int article, const TextRange &range, const QString &value = {})
{
    return {article, range, corpus.articles[article].text.mid(range.start, range.length()), value};
}

// The words two units share, rarest first, for the reason a tooltip shows.
QString sharedWords(const Corpus &corpus, const ClaimUnit &unit, const ClaimUnitData &data, const ClaimPairMatch &match,
                    const QList<float> &weights)
{
    QList<TermMatch> matches = match.matches;
    std::sort(matches.begin(), matches.end(),
              [&](const TermMatch &x, const TermMatch &y) { return weights[data.ids[x.left]] > weights[data.ids[y.left]]; });
    QStringList words;
    const QString &text = corpus.articles[unit.article].text;
    for (const TermMatch &m : matches) {
        const ClaimToken &token = data.features.tokens[data.features.terms[m.left].token];
        const QString word = text.mid(token.range.start, token.range.length());
        if (!words.contains(word, Qt::CaseInsensitive))
            words << word;
        if (words.size() == 4)
            break;
    }
    return words.join(QStringLiteral(", "));
}

// Stage: the shared claims, one per live cluster, most members first.
QList<Claim> sharedClaims(const Corpus &corpus, const QList<ClaimUnit> &units, const TermTable &table, const ClusterSet &set,
                          Attributions &attributions, QSet<int> &claimed)
{
    QList<Claim> claims;
    for (const Cluster &cluster : set.clusters) {
        if (!cluster.alive)
            continue;
        QList<int> order(cluster.units.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int x, int y) {
            const int ux = cluster.units[x], uy = cluster.units[y];
            return std::pair(units[ux].article, units[ux].range.start) < std::pair(units[uy].article, units[uy].range.start);
        });
        QList<int> members;
        for (int i : order)
            members.append(cluster.units[i]);
        Claim claim;
        claim.kind = ClaimKind::Shared;
        QStringList sources;
        for (int i : order) {
            const int u = cluster.units[i];
            // The whole sentence is the member: outlets phrase one fact across
            // clause boundaries differently, and the sentence always holds it.
            claim.members.append(memberOf(corpus, units[u].article, units[u].sentence));
            sources << attributions.of(units[u].article, units[u].sentence);
            claimed.insert(u);
        }
        const ClaimPairMatch match = matchClaimUnits(table.data[members[0]], table.data[members[1]], table.weights, table.match);
        claim.reason = AlignerText::tr("Stated by %1 articles; in common: %2")
                           .arg(members.size())
                           .arg(sharedWords(corpus, units[members[0]], table.data[members[0]], match, table.weights));
        // The list shows the stretch that states this fact: a sentence that holds
        // two shared facts would otherwise read the same in two rows.
        const int first = order.first();
        const TextRange &span = cluster.spans[first];
        const TextRange &sentence = units[cluster.units[first]].sentence;
        const QString stretch = corpus.articles[units[cluster.units[first]].article].text.mid(span.start, span.length());
        claim.summary = span.start > sentence.start ? elided(QChar(0x2026) + stretch.trimmed()) : elided(stretch);
        claim.attribution = joinedAttributions(sources);
        claims.append(claim);
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &x, const Claim &y) { return x.members.size() > y.members.size(); });
    return claims;
}

// Stage: a conflict claim for each conflicting pair of units.
QList<Claim> conflictClaims(const Corpus &corpus, const QList<ClaimUnit> &units, const QList<FoundConflict> &conflicts,
                            Attributions &attributions, QSet<int> &claimed)
{
    QList<Claim> claims;
    for (const FoundConflict &f : conflicts) {
        Claim claim;
        claim.kind = ClaimKind::Conflict;
        claim.slot = f.conflict.slot;
        claim.reason = f.conflict.reason;
        const ClaimUnit &left = units[f.left];
        const ClaimUnit &right = units[f.right];
        claim.members = {memberOf(corpus, left.article, left.range, f.conflict.leftValue),
                         memberOf(corpus, right.article, right.range, f.conflict.rightValue)};
        claim.summary = elided(claim.members.first().text);
        claim.attribution =
            joinedAttributions({attributions.of(left.article, left.sentence), attributions.of(right.article, right.sentence)});
        claims.append(claim);
        claimed.insert(f.left);
        claimed.insert(f.right);
    }
    return claims;
}

// Stage: quotations rendered differently. The two sentences still report one
// statement: a pair that is linked stays a shared claim too, and the reader
// sees both the fact and the wording conflict.
QList<Claim> quoteClaims(const Corpus &corpus, const QList<QuotePair> &pairs, Attributions &attributions)
{
    QList<Claim> claims;
    for (const QuotePair &pair : pairs) {
        const Quotation &a = pair.left;
        const Quotation &b = pair.right;
        const QuoteComparison &cmp = pair.comparison;
        const QString &at = corpus.articles[a.article].text;
        const QString &bt = corpus.articles[b.article].text;
        Claim claim;
        claim.kind = ClaimKind::Conflict;
        claim.slot = QStringLiteral("quote");
        claim.reason = AlignerText::tr("Quoted differently: %1").arg(cmp.diff);
        claim.members = {memberOf(corpus, a.article, a.range, at.mid(cmp.leftValue.start, cmp.leftValue.length())),
                         memberOf(corpus, b.article, b.range, bt.mid(cmp.rightValue.start, cmp.rightValue.length()))};
        claim.summary = elided(claim.members.first().text);
        claim.attribution = joinedAttributions({attributions.of(a.article, a.sentence), attributions.of(b.article, b.sentence)});
        claims.append(claim);
    }
    return claims;
}

// Stage: what only one article states. A sentence shared whole has no clause of its own left.
QList<Claim> uniqueClaims(const Corpus &corpus, const AlignmentUnits &au, const TermTable &table, const QSet<int> &claimed,
                          const QSet<int> &stated, const ClaimTuning &tuning, Attributions &attributions)
{
    const QList<ClaimUnit> &units = au.units;
    QSet<quint64> sharedSentences;
    for (int u : claimed) {
        if (au.wholeSentence[u])
            sharedSentences.insert(pairKey(units[u].article, int(units[u].sentence.start)));
    }
    QList<Claim> claims;
    for (int u = 0; u < units.size(); ++u) {
        if (sharedSentences.contains(pairKey(units[u].article, int(units[u].sentence.start))))
            continue;
        if (au.wholeSentence[u] || claimed.contains(u) || stated.contains(u)
            || table.data[u].features.terms.size() < tuning.minimumUniqueTerms)
            continue;
        Claim claim;
        claim.kind = ClaimKind::Unique;
        claim.members = {memberOf(corpus, units[u].article, units[u].range)};
        claim.summary = elided(claim.members.first().text);
        claim.reason = AlignerText::tr("Only this article states it");
        claim.attribution = attributions.of(units[u].article, units[u].sentence);
        claims.append(claim);
    }
    return claims;
}

} // namespace

// Stage: the same members twice say nothing new and would share a reader's verdict. A conflict
// and a shared claim of the same members ("About 400 residents were evacuated" ~ "About 600
// residents were told to leave"): both stay when the conflict is a detail of one fact both
// report (keepSharedBesideConflict), otherwise the conflict alone, it says more. Members are
// compared as a set of places (Claim::placesKey).
void dropRepeatedClaims(QList<Claim> &claims, bool keepSharedBesideConflict)
{
    QSet<QByteArray> conflicting, seen;
    for (const Claim &c : std::as_const(claims)) {
        if (c.kind == ClaimKind::Conflict)
            conflicting.insert(c.placesKey());
    }
    seen.reserve(claims.size());
    claims.removeIf([&](const Claim &c) {
        QByteArray key = c.placesKey();
        if (c.kind != ClaimKind::Conflict && !keepSharedBesideConflict && conflicting.contains(key))
            return true;
        key.prepend(c.kind == ClaimKind::Conflict ? 'c' + c.slot.toUtf8() : QByteArray("s"));
        if (seen.contains(key))
            return true;
        seen.insert(std::move(key));
        return false;
    });
}

QList<Claim> alignClaims(const Corpus &corpus, const QList<QList<Sentence>> &sentences, const QList<Entity> &entities,
                         const std::function<bool()> &canceled, const ClaimTuning &tuning)
{
    const auto isCanceled = [&] { return canceled && canceled(); };
    const AlignmentUnits au = alignmentUnits(corpus, sentences);
    const QList<ClaimUnit> &units = au.units;
    const TermTable table = termTable(corpus, units, mentionsByArticle(corpus, entities), tuning);
    if (isCanceled())
        return {};
    QHash<QString, const Entity *> entityById;
    for (const Entity &e : entities)
        entityById.insert(e.id, &e);
    PairJudgements judged = judgePairs(corpus, au, table, entityById, tuning, isCanceled);
    if (isCanceled())
        return {};
    dropRetracted(judged, findRetractions(corpus, units, table), units, table);
    // Units that some other article states too, or contradicts: never unique,
    // even when their pairing was left out.
    QSet<int> stated = limitConflicts(judged.conflicts, tuning);
    linkKeptConflicts(judged);
    const QList<QuotePair> quotePairs = differentlyQuoted(corpus, units, table.cap, tuning.namedQuoteShare);

    const Restatements restatements = findRestatements(corpus, au, table, tuning);
    QList<Pair> links = linksToFirstStatements(judged.links, restatements, units, stated);
    ClusterSet clusters = growClusters(links, units, int(corpus.articles.size()), tuning);
    const AlikeTable alike(judged.compared, restatements.canonical, int(units.size()));
    attachParaphrases(clusters, alike, units, restatements.canonical, tuning);
    addRefusedPairs(clusters, alike, units, tuning, stated);

    Attributions attributions(corpus);
    QSet<int> claimed;
    QList<Claim> claims = sharedClaims(corpus, units, table, clusters, attributions, claimed);
    claims += conflictClaims(corpus, units, judged.conflicts, attributions, claimed);
    if (isCanceled())
        return {};
    claims += quoteClaims(corpus, quotePairs, attributions);
    claims += uniqueClaims(corpus, au, table, claimed, stated, tuning, attributions);
    dropRepeatedClaims(claims, tuning.shareConflictingFacts);
    for (int i = 0; i < claims.size(); ++i)
        claims[i].id = QStringLiteral("c%1").arg(i + 1);
    return claims;
}
