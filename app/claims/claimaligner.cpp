#include "claimaligner.h"

#include "attribution.h"
#include "backgroundpriority.h"
#include "claimconflicts.h"
#include "claimunits.h"
#include "dateextractor.h"
#include "quotediff.h"
#include "stemmer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// tr() with the context "ClaimAligner", in a form lupdate reads.
struct AlignerText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimAligner)
};

// Two units from different articles whose similarity reaches this state one fact.
constexpr double linkSimilarity = 0.34;
// Or a stretch of each, this alike, with at least this much rare-term weight in common.
constexpr double localLinkSimilarity = 0.65;
constexpr double localLinkWeight = 7.0;
// A cluster of units takes in another only if, on average over all pairs, they
// are this alike, and at least this share of those pairs are links of their own
// (a chain of loose links otherwise grows one claim out of several facts).
constexpr double clusterSimilarity = 0.22;
constexpr double clusterLinkedShare = 0.5;
// Candidate pairs need this much rare-term weight in common before they are compared in full.
constexpr double seedWeight = 2.5;
// A big story repeats stock sentences with other figures in hundreds of
// articles: every pair would be a claim of its own. A unit keeps only its
// closest conflicts and lone pairings, so claims grow with the units, not their pairs.
constexpr int conflictsPerUnit = 3;
// For the same reason a unit is compared in full with at most this many
// candidates (most rare weight in common first), and this many more that
// count the same thing with a number ("the fourth time" ~ "on 40 occasions").
constexpr qsizetype comparedPerUnit = 24;
constexpr qsizetype comparedByCountPerUnit = 8;
constexpr int loosePairsPerUnit = 2;
// A unit with fewer content terms than this is too slight to be a claim of its own.
constexpr int minimumUniqueTerms = 3;
// Two units of one article this alike state one fact twice.
constexpr double restatementSimilarity = 0.5;
// A headline restates a body sentence that matches at least this share of its weight.
constexpr double headingCoverage = 0.6;
// A unit joins a claim of at least this many articles when its similarity with
// the members averages this much, and it is alike with this share of them
// (a substantial pair of at least alikeFloor).
constexpr double attachSimilarity = 0.2;
constexpr double attachComparedShare = 1.0;
constexpr int attachMinimumMembers = 3;
constexpr double attachClusterCohesion = 0.5;
// Pairs less alike than this, or with too little in common to be one fact
// (ClaimPairMatch::substantial), count as not alike when a unit joins a claim.
constexpr double alikeFloor = 0.1;
// A unit restates a claim's fact when its similarity with the claim's members averages this much.
constexpr double restatedLooseSimilarity = 0.1;

struct Pair
{
    int left = -1;
    int right = -1;
    float similarity = 0;
    TextRange leftSpan; // the stretch of each unit that states the shared fact
    TextRange rightSpan;
};

// One shared claim being built: a span per unit, at most one unit per article.
struct Cluster
{
    QList<int> units;
    QList<TextRange> spans;
    bool alive = true;
};

bool sameStretch(const TextRange &a, const TextRange &b)
{
    const qsizetype overlap = std::min(a.end, b.end) - std::max(a.start, b.start);
    return overlap > 0 && 2 * overlap >= std::min(a.length(), b.length());
}

// A headline or subheading: a line of its own without a sentence's final
// punctuation, or the article's title.
bool isHeading(const Article &article, const TextRange &sentence)
{
    const QString &text = article.text;
    qsizetype start = sentence.start, end = sentence.end;
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start >= end)
        return false;
    const QStringView line = QStringView(text).mid(start, end - start);
    if (!article.title.isEmpty() && line == QStringView(article.title).trimmed())
        return true;
    qsizetype before = start;
    while (before > 0 && (text[before - 1] == u' ' || text[before - 1] == u'\t'))
        --before;
    qsizetype after = end;
    while (after < text.size() && (text[after] == u' ' || text[after] == u'\t'))
        ++after;
    const bool ownLine = (before == 0 || text[before - 1] == u'\n') && (after == text.size() || text[after] == u'\n');
    if (!ownLine)
        return false;
    const QChar last = line.back();
    return last != u'.' && last != u'!' && last != u'?' && last != u'"' && last != u'\u201d' && last != u'\u2019'
        && last != u':' && last != u';' && last != u')' && last != u'\u00bb' && last != u'\u2026';
}

// The article's headline: its title, or the first line of its text.
bool isHeadline(const Article &article, const TextRange &sentence)
{
    const QString &text = article.text;
    qsizetype start = sentence.start;
    while (start < sentence.end && text[start].isSpace())
        ++start;
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    if (start == first)
        return isHeading(article, sentence) || text.indexOf(u'\n', start) >= sentence.end;
    qsizetype end = sentence.end;
    while (end > start && text[end - 1].isSpace())
        --end;
    return !article.title.isEmpty() && QStringView(text).mid(start, end - start) == QStringView(article.title).trimmed();
}

// Words of context kept on each side of the matched stretch of a unit.
constexpr int spanContext = 5;

// The matched tokens first..last of a unit with a few words of context, or
// the whole unit when that is most of it.
TextRange phraseSpan(const TextRange &unit, const ClaimUnitData &d, int first, int last)
{
    const auto &tokens = d.features.tokens;
    const qsizetype start = first - spanContext <= 0 ? unit.start : tokens[first - spanContext].range.start;
    const qsizetype end = last + spanContext >= tokens.size() - 1 ? unit.end : tokens[last + spanContext].range.end;
    if (3 * (end - start) >= 2 * unit.length())
        return unit;
    return {start, end};
}

// The `keep` entries with the greatest first value (all when there are fewer).
void keepBest(QList<std::pair<double, int>> &list, qsizetype keep)
{
    if (list.size() <= keep)
        return;
    std::nth_element(list.begin(), list.begin() + keep, list.end(), std::greater<>());
    list.resize(keep);
}

// Two units compared in full, and how alike they are.
struct Alike
{
    int left = -1;
    int right = -1;
    float similarity = 0;
};

struct FoundConflict
{
    int left = -1; // unit indices
    int right = -1;
    ClaimConflict conflict;
    float similarity = 0;
};

struct Quotation
{
    int article = -1;
    TextRange range;
    TextRange sentence;
};

// What a number counts or measures, as the inverted index files it: "35 km" and
// "22 kilometres" under "km", "a magnitude of 7.1" and "a 7.4-magnitude quake"
// under "magnitude", every occurrence noun ("times", "occasions") under "time".
QString countedKey(const ClaimNumber &num)
{
    if (!num.measure.isEmpty() && num.unit.isEmpty())
        return num.measure;
    if (num.unit.isEmpty())
        return {};
    return isOccurrenceNoun(num.unit) ? QStringLiteral("time") : num.unit;
}

quint64 pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

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

// Entity and date mentions of every article, sorted by start. When the
// extraction found no dates at all, dates are read from the text directly.
QList<QList<UnitMention>> mentionsByArticle(const Corpus &corpus, const QList<Entity> &entities)
{
    QList<QList<UnitMention>> byArticle(corpus.articles.size());
    bool haveDates = false;
    for (const Entity &e : entities) {
        for (const Mention &m : e.mentions) {
            if (m.article < 0 || m.article >= byArticle.size())
                continue;
            if (e.type == EntityType::Date) {
                haveDates = true;
                if (!e.value.isEmpty())
                    byArticle[m.article].append({m.range, nullptr, e.value});
            } else {
                byArticle[m.article].append({m.range, &e, {}});
            }
        }
    }
    if (!haveDates) {
        for (int a = 0; a < corpus.articles.size(); ++a) {
            const Article &article = corpus.articles[a];
            const QDate published = article.published.isValid() ? article.published : corpus.published;
            for (const DateMention &d : findDates(article.text, published))
                byArticle[a].append({d.range, nullptr, d.value});
        }
    }
    for (auto &list : byArticle)
        std::sort(list.begin(), list.end(),
                  [](const UnitMention &x, const UnitMention &y) { return x.range.start < y.range.start; });
    return byArticle;
}

QList<UnitMention> mentionsIn(const QList<UnitMention> &sorted, const TextRange &range)
{
    QList<UnitMention> inside;
    auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), range.start,
                               [](const UnitMention &m, qsizetype start) { return m.range.start < start; });
    for (; it != sorted.cend() && it->range.start < range.end; ++it) {
        if (it->range.end <= range.end)
            inside.append(*it);
    }
    return inside;
}

// Who each sentence is attributed to; a sentence is asked once however many claims it is in.
class Attributions
{
public:
    explicit Attributions(const Corpus &corpus) : m_corpus(corpus) { }
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
QString sharedWords(const Corpus &corpus, const ClaimUnit &unit, const ClaimUnitData &data,
                    const ClaimPairMatch &match, const QList<float> &weights)
{
    QList<TermMatch> matches = match.matches;
    std::sort(matches.begin(), matches.end(), [&](const TermMatch &x, const TermMatch &y) {
        return weights[data.ids[x.left]] > weights[data.ids[y.left]];
    });
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

} // namespace

QList<Claim> alignClaims(const Corpus &corpus, const QList<QList<Sentence>> &sentences,
                         const QList<Entity> &entities, const std::function<bool()> &canceled)
{
    const auto isCanceled = [&] { return canceled && canceled(); };
    Attributions attributions(corpus);
    QList<ClaimUnit> units = claimUnits(corpus, sentences);
    // A sentence cut into clauses is compared whole as well: another outlet
    // often states the same fact in one clause that this sentence spreads over two.
    QList<bool> wholeSentence(units.size(), false);
    {
        const qsizetype clauseUnits = units.size();
        for (qsizetype i = 0; i + 1 < clauseUnits; ++i) {
            const ClaimUnit &u = units[i];
            if (u.range == u.sentence || (i > 0 && units[i - 1].sentence == u.sentence
                                          && units[i - 1].article == u.article))
                continue;
            if (units[i + 1].article == u.article && units[i + 1].sentence == u.sentence) {
                units.append({u.article, u.sentence, u.sentence});
                wholeSentence.append(true);
            }
        }
    }
    const int n = int(units.size());
    const QList<QList<UnitMention>> mentions = mentionsByArticle(corpus, entities);
    QHash<QString, const Entity *> entityById;
    for (const Entity &e : entities)
        entityById.insert(e.id, &e);

    // Features, in parallel (the stemmer keeps state: one per thread).
    QList<ClaimUnitData> data(n);
    QList<int> indices(n);
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](int i) {
        lowerThreadPriority();
        thread_local Stemmer stemmer;
        const ClaimUnit &u = units[i];
        data[i].features = claimFeatures(corpus.articles[u.article].text, u.range,
                                         mentionsIn(mentions[u.article], u.range), stemmer);
    });
    if (isCanceled())
        return {};

    // Corpus-wide term ids and their rarity.
    QHash<QString, quint32> termIds;
    QList<int> documentFrequency;
    for (ClaimUnitData &d : data) {
        d.ids.reserve(d.features.terms.size());
        for (int t = 0; t < d.features.terms.size(); ++t) {
            auto it = termIds.constFind(d.features.terms[t].key);
            if (it == termIds.cend()) {
                it = termIds.insert(d.features.terms[t].key, quint32(documentFrequency.size()));
                documentFrequency.append(0);
            }
            ++documentFrequency[*it];
            d.ids.append(*it);
            d.sortedIds.append({*it, t});
        }
        std::sort(d.sortedIds.begin(), d.sortedIds.end());
    }
    QList<float> weights(documentFrequency.size());
    for (int id = 0; id < weights.size(); ++id)
        weights[id] = float(std::max(0.1, std::log((n + 1.0) / (documentFrequency[id] + 0.5))));
    for (ClaimUnitData &d : data)
        d.setWeights(weights);

    // Inverted index over rare terms, plus the nouns that numbers count, so
    // that "the fourth time" and "on 40 occasions" meet as candidates.
    const int cap = std::clamp(n / 10, 20, 300);
    QList<QList<int>> postings(documentFrequency.size());
    QHash<QString, QList<int>> countedPostings;
    for (int u = 0; u < n; ++u) {
        for (quint32 id : std::as_const(data[u].ids)) {
            if (documentFrequency[id] >= 2 && documentFrequency[id] <= cap)
                postings[id].append(u);
        }
        for (const ClaimNumber &num : std::as_const(data[u].features.numbers)) {
            if (const QString key = countedKey(num); !key.isEmpty())
                countedPostings[key].append(u);
        }
    }
    for (auto it = countedPostings.begin(); it != countedPostings.end();) {
        if (it->size() > cap)
            it = countedPostings.erase(it);
        else
            ++it;
    }

    // Candidate pairs and their full comparison, in parallel over blocks of units.
    QList<Pair> links;
    QList<Alike> comparedPairs; // pairs compared in full, no conflict, somewhat alike
    QList<FoundConflict> conflicts;
    QMutex resultsMutex;
    const int blocks = std::max(1, std::min(n, QThreadPool::globalInstance()->maxThreadCount() * 4));
    QList<int> blockIndices(blocks);
    std::iota(blockIndices.begin(), blockIndices.end(), 0);
    QtConcurrent::blockingMap(blockIndices, [&](int block) {
        lowerThreadPriority();
        // Scratch per unit, touched millions of times: std::vector, which has no
        // copy-on-write check on every write.
        std::vector<double> seed(size_t(n), 0.0);
        std::vector<char> counted(size_t(n), 0);
        std::vector<int> touched;
        std::vector<char> compare(size_t(n), 0);
        QList<std::pair<double, int>> candidates, countCandidates;
        QList<Pair> localLinks;
        QList<Alike> localCompared;
        QList<FoundConflict> localConflicts;
        const QList<ClaimUnit> &unitList = units; // const: no detach check per read
        auto visit = [&](const QList<int> &posting, int u, double w, bool byCount) {
            const int article = unitList[u].article;
            for (auto it = std::upper_bound(posting.cbegin(), posting.cend(), u); it != posting.cend(); ++it) {
                const int v = *it;
                if (unitList[v].article == article)
                    continue;
                if (seed[v] == 0 && !counted[v])
                    touched.push_back(v);
                seed[v] += w;
                counted[v] = counted[v] || byCount;
            }
        };
        for (int u = block; u < n; u += blocks) {
            if (isCanceled())
                return;
            for (quint32 id : std::as_const(data[u].ids)) {
                if (documentFrequency[id] >= 2 && documentFrequency[id] <= cap)
                    visit(postings[id], u, weights[id], false);
            }
            for (const ClaimNumber &num : std::as_const(data[u].features.numbers)) {
                const QString key = countedKey(num);
                const auto it = countedPostings.constFind(key);
                if (!key.isEmpty() && it != countedPostings.cend())
                    visit(*it, u, 0, true);
            }
            // Only the units with the most rare weight in common are compared in
            // full: a stock sentence repeated across hundreds of articles would
            // otherwise be compared with every copy (all pairs again).
            candidates.clear();
            countCandidates.clear();
            for (int v : std::as_const(touched)) {
                if (seed[v] >= seedWeight)
                    candidates.append({seed[v], v});
                else if (counted[v])
                    countCandidates.append({seed[v], v});
            }
            keepBest(candidates, comparedPerUnit);
            keepBest(countCandidates, comparedByCountPerUnit);
            for (const auto &[weight, v] : std::as_const(candidates))
                compare[v] = true;
            for (const auto &[weight, v] : std::as_const(countCandidates))
                compare[v] = true;
            for (int v : std::as_const(touched)) {
                if (compare[v]) {
                    compare[v] = false;
                    const ClaimPairMatch match = matchClaimUnits(data[u], data[v], weights);
                    const ConflictSide left{corpus.articles[units[u].article].text, data[u], entityById};
                    const ConflictSide right{corpus.articles[units[v].article].text, data[v], entityById};
                    const auto conflict = findClaimConflict(left, right, match);
                    if (!conflict && match.similarity >= alikeFloor && match.substantial())
                        localCompared.append({u, v, float(match.similarity)});
                    if (conflict) {
                        // clauses already carry a conflict; the whole sentence would repeat it
                        if (!wholeSentence[u] && !wholeSentence[v])
                            localConflicts.append({u, v, *conflict, float(match.similarity)});
                    } else if (!match.substantial()) {
                        // too little in common to be one fact
                    } else if (match.similarity >= linkSimilarity) {
                        localLinks.append({u, v, float(match.similarity), units[u].range, units[v].range});
                    } else if (match.matchedWeight >= localLinkWeight) {
                        ClaimPairMatch local = match;
                        findLocalMatch(data[u], data[v], weights, local, localLinkWeight);
                        if (local.localSimilarity >= localLinkSimilarity)
                            localLinks.append({u, v, float(local.localSimilarity),
                                               phraseSpan(units[u].range, data[u], local.leftFirst, local.leftLast),
                                               phraseSpan(units[v].range, data[v], local.rightFirst, local.rightLast)});
                    }
                }
                seed[v] = 0;
                counted[v] = false;
            }
            touched.clear();
        }
        QMutexLocker lock(&resultsMutex);
        links += localLinks;
        comparedPairs += localCompared;
        conflicts += localConflicts;
    });
    if (isCanceled())
        return {};
    const auto byUnits = [](const auto &x, const auto &y) {
        return std::pair(x.left, x.right) < std::pair(y.left, y.right);
    };
    // Units that some other article states too, or contradicts: never unique,
    // even when their pairing was left out.
    QSet<int> stated;
    {
        std::sort(conflicts.begin(), conflicts.end(), [&](const FoundConflict &x, const FoundConflict &y) {
            return x.similarity != y.similarity ? x.similarity > y.similarity : byUnits(x, y);
        });
        QHash<int, int> perUnit;
        for (const FoundConflict &f : std::as_const(conflicts)) {
            stated.insert(f.left);
            stated.insert(f.right);
        }
        conflicts.removeIf([&](const FoundConflict &f) {
            if (perUnit.value(f.left) >= conflictsPerUnit || perUnit.value(f.right) >= conflictsPerUnit)
                return true;
            ++perUnit[f.left];
            ++perUnit[f.right];
            return false;
        });
    }
    std::sort(conflicts.begin(), conflicts.end(), byUnits);

    // Quotations: the same statement rendered differently by two outlets.
    // The two sentences still report one statement: a pair that is linked stays
    // a shared claim too, and the reader sees both the fact and the wording conflict.
    QList<Claim> quoteClaims;
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
    for (quint64 key : std::as_const(quotePairKeys)) {
        if (quotePairs.value(key) < 2)
            continue;
        const Quotation &a = quotations[int(key >> 32)];
        const Quotation &b = quotations[int(key & 0xffffffffu)];
        const QString &at = corpus.articles[a.article].text;
        const QString &bt = corpus.articles[b.article].text;
        const QuoteComparison cmp = compareQuotes(at, a.range, bt, b.range);
        if (!cmp.differs)
            continue;
        Claim claim;
        claim.kind = ClaimKind::Conflict;
        claim.slot = QStringLiteral("quote");
        claim.reason = AlignerText::tr("Quoted differently: %1").arg(cmp.diff);
        claim.members = {memberOf(corpus, a.article, a.range, at.mid(cmp.leftValue.start, cmp.leftValue.length())),
                         memberOf(corpus, b.article, b.range, bt.mid(cmp.rightValue.start, cmp.rightValue.length()))};
        claim.summary = elided(claim.members.first().text);
        claim.attribution = joinedAttributions({attributions.of(a.article, a.sentence),
                                                attributions.of(b.article, b.sentence)});
        quoteClaims.append(claim);
    }

    // An article often states one fact twice (the lead and again in the body,
    // or a subheading): the restatement is the same claim as its first
    // statement. Links of a later unit that restates an earlier one of its
    // article go to the earlier one, so that the claim shows where the article
    // first states the fact, and two outlets' crossed copies make one claim.
    QList<int> canonical(n);
    std::iota(canonical.begin(), canonical.end(), 0);
    {
        QList<bool> heading(n, false);
        QList<int> headingTarget(n, -1);
        QList<bool> headline(n, false);
        for (int u = 0; u < n; ++u) {
            heading[u] = isHeading(corpus.articles[units[u].article], units[u].sentence);
            headline[u] = isHeadline(corpus.articles[units[u].article], units[u].sentence);
        }
        QList<QList<int>> unitsOfArticle(corpus.articles.size());
        for (int u = 0; u < n; ++u)
            unitsOfArticle[units[u].article].append(u);
        for (QList<int> &list : unitsOfArticle) {
            std::sort(list.begin(), list.end(), [&](int x, int y) {
                return std::pair(units[x].range.start, units[x].range.end) < std::pair(units[y].range.start, units[y].range.end);
            });
            // Candidates within the article: units with rare weight in common.
            QHash<quint32, QList<int>> local;
            for (int i = 0; i < list.size(); ++i) {
                for (quint32 id : std::as_const(data[list[i]].ids)) {
                    if (documentFrequency[id] >= 2 && documentFrequency[id] <= cap)
                        local[id].append(i);
                }
            }
            QHash<quint64, double> seedWeights;
            for (auto it = local.cbegin(); it != local.cend(); ++it) {
                const QList<int> &posting = it.value();
                if (posting.size() > 64)
                    continue;
                for (int a = 0; a < posting.size(); ++a) {
                    for (int b = a + 1; b < posting.size(); ++b)
                        seedWeights[pairKey(posting[a], posting[b])] += weights[it.key()];
                }
            }
            QList<quint64> keys = seedWeights.keys();
            std::sort(keys.begin(), keys.end());
            for (quint64 key : std::as_const(keys)) {
                if (seedWeights.value(key) < seedWeight)
                    continue;
                const int earlier = list[int(key >> 32)], later = list[int(key & 0xffffffffu)];
                // a clause and its own sentence, or two clauses of one sentence, are not restatements
                if (units[earlier].sentence.overlaps(units[later].sentence))
                    continue;
                const ClaimPairMatch match = matchClaimUnits(data[earlier], data[later], weights);
                if (!match.substantial())
                    continue;
                // A headline states in few words what a sentence of the body states
                // in full: it restates that sentence when the sentence covers most
                // of it, and the body sentence, not the headline, carries the claim.
                const auto covered = [&](int unit) {
                    const double total = data[unit].tokenWeights.isEmpty() ? 0 : data[unit].tokenWeights.last();
                    return total > 0 && match.matchedWeight / total >= headingCoverage;
                };
                if (headline[earlier] && !heading[later]) {
                    if (headingTarget[earlier] < 0 && covered(earlier))
                        headingTarget[earlier] = later;
                    continue;
                }
                if (match.similarity < restatementSimilarity)
                    continue;
                if (canonical[later] == later
                    || units[earlier].range.start < units[canonical[later]].range.start)
                    canonical[later] = earlier;
            }
            for (int u : std::as_const(list)) // earliest first: chains resolve in one pass
                canonical[u] = canonical[canonical[u]];
            for (int u : std::as_const(list)) {
                if (headingTarget[u] >= 0 && canonical[u] == u)
                    canonical[u] = canonical[headingTarget[u]];
            }
        }
        QHash<quint64, qsizetype> seen;
        QList<Pair> remapped;
        // A headline that no body sentence states in full still stands for the
        // article's report, not for a statement of it: it is in no claim (and
        // since another article states it, it is no unique claim either).
        const auto isBareHeadline = [&](int u) { return headline[u] && heading[u]; };
        for (Pair p : std::as_const(links)) {
            if (isBareHeadline(canonical[p.left]) || isBareHeadline(canonical[p.right])) {
                stated.insert(p.left);
                stated.insert(p.right);
                continue;
            }
            if (canonical[p.left] != p.left) {
                p.left = canonical[p.left];
                p.leftSpan = units[p.left].range;
            }
            if (canonical[p.right] != p.right) {
                p.right = canonical[p.right];
                p.rightSpan = units[p.right].range;
            }
            if (p.left > p.right) {
                std::swap(p.left, p.right);
                std::swap(p.leftSpan, p.rightSpan);
            }
            const auto at = seen.constFind(pairKey(p.left, p.right));
            if (at == seen.cend()) {
                seen.insert(pairKey(p.left, p.right), remapped.size());
                remapped.append(p);
            } else if (p.similarity > remapped[*at].similarity) {
                remapped[*at] = p;
            }
        }
        links = remapped;
    }

    // Shared claims: clusters of units, at most one per article, grown from the
    // most similar pairs while every merge stays alike on average.
    std::sort(links.begin(), links.end(), [&](const Pair &x, const Pair &y) {
        return x.similarity != y.similarity ? x.similarity > y.similarity : byUnits(x, y);
    });
    QHash<quint64, float> similarity;
    for (const Pair &p : std::as_const(links))
        similarity.insert(pairKey(p.left, p.right), p.similarity);
    QList<Cluster> clusters;
    QHash<int, QList<int>> clustersOfUnit;
    // The cluster holding this stretch of unit u, or -1.
    auto clusterFor = [&](int u, const TextRange &span) {
        for (int c : clustersOfUnit.value(u)) {
            const Cluster &cluster = clusters[c];
            if (cluster.alive && sameStretch(cluster.spans[cluster.units.indexOf(u)], span))
                return c;
        }
        return -1;
    };
    // Each unit's links, so that a merge looks only at the pairs that exist
    // (stock sentences make clusters of hundreds of units).
    QList<QList<std::pair<int, float>>> neighbours(n);
    for (auto it = similarity.cbegin(); it != similarity.cend(); ++it) {
        const int x = int(it.key() >> 32), y = int(it.key() & 0xffffffffu);
        neighbours[x].append({y, it.value()});
        neighbours[y].append({x, it.value()});
    }
    for (auto &list : neighbours)
        std::sort(list.begin(), list.end()); // a fixed order of summing
    QList<int> articleMark(corpus.articles.size(), 0), unitMark(n, 0);
    int stamp = 0;
    auto alikeOnAverage = [&](const QList<int> &a, const QList<int> &b) {
        const QList<int> &small = a.size() <= b.size() ? a : b;
        const QList<int> &large = a.size() <= b.size() ? b : a;
        ++stamp;
        for (int y : large) {
            articleMark[units[y].article] = stamp;
            unitMark[y] = stamp;
        }
        for (int x : small) {
            if (articleMark[units[x].article] == stamp)
                return false; // at most one unit per article
        }
        double total = 0;
        int linked = 0;
        for (int x : small) {
            for (const auto &[y, s] : std::as_const(neighbours[x])) {
                if (unitMark[y] == stamp) {
                    total += s;
                    ++linked;
                }
            }
        }
        const double pairs = double(a.size()) * double(b.size());
        return total / pairs >= clusterSimilarity && linked >= clusterLinkedShare * pairs;
    };
    auto absorb = [&](int into, int unit, const TextRange &span) {
        Cluster &cluster = clusters[into];
        const qsizetype at = cluster.units.indexOf(unit);
        if (at >= 0) {
            TextRange &own = cluster.spans[at];
            own = {std::min(own.start, span.start), std::max(own.end, span.end)};
            return;
        }
        cluster.units.append(unit);
        cluster.spans.append(span);
        clustersOfUnit[unit].append(into);
    };
    QSet<quint64> pairedSentences;
    QList<Cluster> extraPairs;
    for (const Pair &p : std::as_const(links)) {
        const int a = clusterFor(p.left, p.leftSpan);
        const int b = clusterFor(p.right, p.rightSpan);
        // A link its clusters refuse is still one fact for these two units.
        const auto keepAsPair = [&] { extraPairs.append({{p.left, p.right}, {p.leftSpan, p.rightSpan}, true}); };
        if (a < 0 && b < 0) {
            clusters.append({{p.left, p.right}, {p.leftSpan, p.rightSpan}, true});
            clustersOfUnit[p.left].append(int(clusters.size() - 1));
            clustersOfUnit[p.right].append(int(clusters.size() - 1));
        } else if (a >= 0 && b < 0) {
            if (alikeOnAverage(clusters[a].units, {p.right})) {
                absorb(a, p.left, p.leftSpan);
                absorb(a, p.right, p.rightSpan);
            } else {
                keepAsPair();
            }
        } else if (b >= 0 && a < 0) {
            if (alikeOnAverage(clusters[b].units, {p.left})) {
                absorb(b, p.right, p.rightSpan);
                absorb(b, p.left, p.leftSpan);
            } else {
                keepAsPair();
            }
        } else if (a != b && alikeOnAverage(clusters[a].units, clusters[b].units)) {
            const Cluster other = clusters[b];
            clusters[b].alive = false;
            for (int i = 0; i < other.units.size(); ++i)
                absorb(a, other.units[i], other.spans[i]);
        } else if (a != b) {
            keepAsPair();
        }
    }
    QList<QList<std::pair<int, float>>> alike(n);
    {
        QHash<quint64, float> best;
        for (const Alike &p : std::as_const(comparedPairs)) {
            const int a = canonical[p.left], b = canonical[p.right];
            const quint64 key = pairKey(a, b);
            if (p.similarity > best.value(key, -1.0f))
                best.insert(key, p.similarity);
        }
        QList<quint64> keys = best.keys();
        std::sort(keys.begin(), keys.end());
        for (quint64 key : std::as_const(keys)) {
            const int x = int(key >> 32), y = int(key & 0xffffffffu);
            alike[x].append({y, best.value(key)});
            alike[y].append({x, best.value(key)});
        }
        for (auto &list : alike)
            std::sort(list.begin(), list.end());
    }
    // How alike two units are (0 when they were not compared, or are not alike).
    const auto alikeness = [&](int x, int y) {
        const auto &list = alike[x];
        const auto it = std::lower_bound(list.cbegin(), list.cend(), std::pair<int, float>(y, -1.0f));
        return it != list.cend() && it->first == y ? double(it->second) : 0.0;
    };
    // A unit of an article that a claim of several articles lacks joins it
    // when it is alike with all of its members together, though with none
    // enough for a link of its own: outlets paraphrase one fact each their
    // own way, and the evidence of several members adds up.
    {
        struct Attachment
        {
            double average;
            int cluster;
            int unit;
        };
        QList<Attachment> attachments;
        for (int c = 0; c < clusters.size(); ++c) {
            const Cluster &cluster = clusters[c];
            if (!cluster.alive || cluster.units.size() < attachMinimumMembers)
                continue;
            // Only a claim whose members are closely alike among themselves
            // states its fact clearly enough to take in a looser paraphrase.
            {
                double internal = 0;
                int pairs = 0;
                for (int i = 0; i < cluster.units.size(); ++i) {
                    for (int j = i + 1; j < cluster.units.size(); ++j) {
                        internal += similarity.value(pairKey(cluster.units[i], cluster.units[j]));
                        ++pairs;
                    }
                }
                if (pairs == 0 || internal / pairs < attachClusterCohesion)
                    continue;
            }
            QHash<int, std::pair<double, int>> sums; // unit -> (similarity sum, members compared)
            QSet<int> present;
            for (int m : cluster.units)
                present.insert(units[m].article);
            for (int m : cluster.units) {
                for (const auto &[x, s] : std::as_const(alike[m])) {
                    if (present.contains(units[x].article) || canonical[x] != x)
                        continue;
                    auto &sum = sums[x];
                    sum.first += s;
                    ++sum.second;
                }
            }
            for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                const double size = double(cluster.units.size());
                if (it->second >= attachComparedShare * size && it->first / size >= attachSimilarity)
                    attachments.append({it->first / size, c, it.key()});
            }
        }
        std::sort(attachments.begin(), attachments.end(), [](const Attachment &x, const Attachment &y) {
            return x.average != y.average ? x.average > y.average
                                          : std::pair(x.cluster, x.unit) < std::pair(y.cluster, y.unit);
        });
        QSet<int> attached;
        QSet<quint64> filled; // (cluster, article)
        for (const Attachment &a : std::as_const(attachments)) {
            const quint64 slot = pairKey(a.cluster, units[a.unit].article);
            if (attached.contains(a.unit) || filled.contains(slot))
                continue;
            attached.insert(a.unit);
            filled.insert(slot);
            absorb(a.cluster, a.unit, units[a.unit].range);
        }
    }
    // A refused link whose two sentences already sit in one claim adds nothing.
    const auto sentencePair = [&](int x, int y) {
        const quint64 kx = pairKey(units[x].article, int(units[x].sentence.start));
        const quint64 ky = pairKey(units[y].article, int(units[y].sentence.start));
        return std::min(kx, ky) ^ (std::max(kx, ky) << 1);
    };
    for (const Cluster &cluster : std::as_const(clusters)) {
        if (!cluster.alive)
            continue;
        for (int i = 0; i < cluster.units.size(); ++i) {
            for (int j = i + 1; j < cluster.units.size(); ++j)
                pairedSentences.insert(sentencePair(cluster.units[i], cluster.units[j]));
        }
    }
    QHash<int, int> loosePairs; // per unit
    for (const Cluster &extra : std::as_const(extraPairs)) {
        const quint64 key = sentencePair(extra.units[0], extra.units[1]);
        stated.insert(extra.units[0]);
        stated.insert(extra.units[1]);
        if (loosePairs.value(extra.units[0]) >= loosePairsPerUnit || loosePairs.value(extra.units[1]) >= loosePairsPerUnit)
            continue;
        // A refused link from a unit to a claim of several articles that already
        // holds another unit of its article, while the unit is alike with the
        // rest of that claim too, is that article stating the claim's fact a
        // second time: the claim already has the article, and the pair would
        // repeat the claim with the wrong copy.
        const auto restatesClaimOf = [&](int member, int unit) {
            for (int c : clustersOfUnit.value(member)) {
                const Cluster &cluster = clusters[c];
                if (!cluster.alive || cluster.units.size() < attachMinimumMembers)
                    continue;
                double sum = 0;
                int others = 0;
                bool hasArticle = false;
                for (int x : cluster.units) {
                    if (x == member)
                        continue;
                    if (units[x].article == units[unit].article) {
                        hasArticle = true;
                        continue;
                    }
                    ++others;
                    sum += alikeness(unit, x);
                }
                if (hasArticle && others > 0 && sum / others >= restatedLooseSimilarity)
                    return true;
            }
            return false;
        };
        if (restatesClaimOf(extra.units[0], extra.units[1]) || restatesClaimOf(extra.units[1], extra.units[0]))
            continue;
        if (!pairedSentences.contains(key)) {
            ++loosePairs[extra.units[0]];
            ++loosePairs[extra.units[1]];
            pairedSentences.insert(key);
            clusters.append(extra);
        }
    }

    QList<Claim> claims;
    QSet<int> claimed;
    for (const Cluster &cluster : std::as_const(clusters)) {
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
        const ClaimPairMatch match = matchClaimUnits(data[members[0]], data[members[1]], weights);
        claim.reason = AlignerText::tr("Stated by %1 articles; in common: %2")
                           .arg(members.size())
                           .arg(sharedWords(corpus, units[members[0]], data[members[0]], match, weights));
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
    std::stable_sort(claims.begin(), claims.end(),
                     [](const Claim &x, const Claim &y) { return x.members.size() > y.members.size(); });

    for (const FoundConflict &f : std::as_const(conflicts)) {
        Claim claim;
        claim.kind = ClaimKind::Conflict;
        claim.slot = f.conflict.slot;
        claim.reason = f.conflict.reason;
        const ClaimUnit &left = units[f.left];
        const ClaimUnit &right = units[f.right];
        claim.members = {memberOf(corpus, left.article, left.range, f.conflict.leftValue),
                         memberOf(corpus, right.article, right.range, f.conflict.rightValue)};
        claim.summary = elided(claim.members.first().text);
        claim.attribution = joinedAttributions({attributions.of(left.article, left.sentence),
                                                attributions.of(right.article, right.sentence)});
        claims.append(claim);
        claimed.insert(f.left);
        claimed.insert(f.right);
    }

    if (isCanceled())
        return {};

    claims += quoteClaims;

    // Unique claims: what only one article states. A sentence shared whole
    // has no clause of its own left.
    QSet<quint64> sharedSentences;
    for (int u : std::as_const(claimed)) {
        if (wholeSentence[u])
            sharedSentences.insert(pairKey(units[u].article, int(units[u].sentence.start)));
    }
    for (int u = 0; u < n; ++u) {
        if (sharedSentences.contains(pairKey(units[u].article, int(units[u].sentence.start))))
            continue;
        if (wholeSentence[u] || claimed.contains(u) || stated.contains(u)
            || data[u].features.terms.size() < minimumUniqueTerms)
            continue;
        Claim claim;
        claim.kind = ClaimKind::Unique;
        claim.members = {memberOf(corpus, units[u].article, units[u].range)};
        claim.summary = elided(claim.members.first().text);
        claim.reason = AlignerText::tr("Only this article states it");
        claim.attribution = attributions.of(units[u].article, units[u].sentence);
        claims.append(claim);
    }
    for (int i = 0; i < claims.size(); ++i)
        claims[i].id = QStringLiteral("c%1").arg(i + 1);
    return claims;
}
