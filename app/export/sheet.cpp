// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheet.h"

#include "conflictvalue.h"
#include "speakers.h"

#include "worddiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// Whether each article of the corpus is chosen.
QList<bool> chosenSources(const Corpus &corpus, const QList<int> &wanted)
{
    QList<bool> chosen(corpus.articles.size(), wanted.isEmpty());
    for (int i : wanted) {
        if (i >= 0 && i < chosen.size())
            chosen[i] = true;
    }
    return chosen;
}

// Outlets repeat when a corpus holds two pieces of one outlet; headers must not
// (a loaded corpus names its articles apart already, one built in code may not).
void labelSources(QList<SheetSource> &sources)
{
    QStringList names;
    for (const SheetSource &s : std::as_const(sources))
        names << s.label;
    names = numberedDuplicates(names);
    for (qsizetype i = 0; i < sources.size(); ++i)
        sources[i].label = names[i];
}

QStringList spellingsByFrequency(const QList<QString> &texts)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const QString &t : texts) {
        if (!counts.contains(t))
            order.append(t);
        ++counts[t];
    }
    std::stable_sort(order.begin(), order.end(), [&counts](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    return order;
}

int typeOrder(EntityType t)
{
    return int(t);
}

} // namespace

QString SheetCell::joinedText(const QString &separator) const
{
    QStringList parts;
    for (const SheetWording &w : wordings)
        parts.append(w.text);
    return parts.join(separator);
}

QString SheetCell::joinedValue(const QString &separator) const
{
    QStringList parts;
    for (const SheetWording &w : wordings) {
        if (!w.value.isEmpty())
            parts.append(w.value);
    }
    return parts.join(separator);
}

const SheetCell &SheetClaimRow::cell(int source) const
{
    static const SheetCell silent;
    const auto it = std::lower_bound(stated.cbegin(), stated.cend(), source, [](const SheetCell &c, int s) { return c.source < s; });
    return it != stated.cend() && it->source == source ? *it : silent;
}

int Sheet::uniqueCount() const
{
    int n = 0;
    for (const auto &rows : uniqueBySource)
        n += int(rows.size());
    return n;
}

QList<int> Sheet::sourcesWithUnique() const
{
    QList<int> sources;
    for (int s = 0; s < uniqueBySource.size(); ++s) {
        if (!uniqueBySource[s].isEmpty())
            sources.append(s);
    }
    return sources;
}

QList<SheetEntityGroup> Sheet::entityGroups() const
{
    QList<SheetEntityGroup> groups;
    for (EntityType type : kEntityTypes) {
        SheetEntityGroup group{type, {}};
        for (const SheetEntityRow &row : entities) {
            if (row.type == type)
                group.rows.append(&row);
        }
        if (!group.rows.isEmpty())
            groups.append(std::move(group));
    }
    return groups;
}

namespace {
// The mentions or members (`places`) that stand in chosen articles, with the articles'
// indices among the chosen ones (`newIndex`, -1 for the others).
template<typename Place>
QList<Place> placesInChosen(const QList<Place> &places, const QList<int> &newIndex)
{
    QList<Place> kept;
    for (Place p : places) {
        p.article = p.article >= 0 && p.article < newIndex.size() ? newIndex[p.article] : -1;
        if (p.article >= 0)
            kept.append(std::move(p));
    }
    return kept;
}
} // namespace

AnalysisPtr filterAnalysis(const Analysis &analysis, const SheetOptions &options, const std::function<bool()> &canceled)
{
    const Corpus &corpus = *analysis.corpus;
    const QList<bool> chosen = chosenSources(corpus, options.sources);
    QList<int> newIndex(corpus.articles.size(), -1);
    auto filteredCorpus = std::make_shared<Corpus>();
    filteredCorpus->title = corpus.title;
    filteredCorpus->folder = corpus.folder;
    filteredCorpus->published = corpus.published;
    auto out = std::make_shared<Analysis>();
    for (int old = 0; old < corpus.articles.size(); ++old) {
        if (!chosen[old])
            continue;
        newIndex[old] = int(filteredCorpus->articles.size());
        filteredCorpus->articles.append(corpus.articles[old]);
        out->sentences.append(old < analysis.sentences.size() ? analysis.sentences[old] : QList<Sentence>());
    }
    out->corpus = filteredCorpus;

    for (const Entity &e : analysis.entities) {
        if (isCanceled(canceled))
            return out;
        if (!options.includes(e.type))
            continue;
        Entity copy = e;
        copy.mentions = placesInChosen(e.mentions, newIndex);
        if (copy.mentions.isEmpty())
            continue;
        QList<QString> texts;
        for (const Mention &m : copy.mentions)
            texts.append(m.text);
        copy.spellings = spellingsByFrequency(texts);
        out->entities.append(copy);
    }

    for (const Claim &c : analysis.claims) {
        if (isCanceled(canceled))
            return out;
        if (!options.includes(c.kind))
            continue;
        Claim copy = c;
        copy.members = placesInChosen(c.members, newIndex);
        const int needed = c.kind == ClaimKind::Unique ? 1 : 2;
        if (copy.articleCount() < needed)
            continue;
        out->claims.append(copy);
    }
    return out;
}

namespace {

QList<SheetSource> sheetSources(const Corpus &corpus)
{
    QList<SheetSource> sources;
    sources.reserve(corpus.articles.size());
    for (int i = 0; i < corpus.articles.size(); ++i) {
        const Article &art = corpus.articles[i];
        SheetSource s;
        s.article = i;
        s.id = art.id;
        s.label = art.sourceName();
        s.outlet = art.outlet;
        s.title = art.title;
        s.byline = art.byline;
        s.published = art.published.isValid() ? art.published.toString(Qt::ISODate) : QString();
        s.url = art.url;
        s.words = art.wordCount();
        sources.append(s);
    }
    labelSources(sources);
    return sources;
}

// The cell of `source` in `stated` (kept in source order), made when missing.
SheetCell &statedCell(QList<SheetCell> &stated, int source)
{
    auto it = std::lower_bound(stated.begin(), stated.end(), source, [](const SheetCell &c, int s) { return c.source < s; });
    if (it == stated.end() || it->source != source) {
        SheetCell cell;
        cell.source = source;
        it = stated.insert(it, cell);
    }
    return *it;
}

SheetClaimRow claimRow(const Claim &c)
{
    SheetClaimRow row;
    row.id = c.id;
    row.kind = c.kind;
    row.slot = c.slot;
    row.reason = c.reason;
    row.summary = c.summary;
    row.attribution = c.attribution;
    for (const ClaimMember &m : c.members) {
        SheetWording w;
        w.text = m.text;
        w.value = m.value;
        w.range = m.range;
        // A changed quotation reads best as the words each version has alone.
        if (c.kind == ClaimKind::Conflict && c.slot == u"quote") {
            for (const ClaimMember &other : c.members) {
                if (other.article != m.article) {
                    w.differing = wordDiff(m.text, other.text).removed;
                    break;
                }
            }
        }
        statedCell(row.stated, m.article).wordings.append(w);
    }
    return row;
}

// Counts the claim of `row` once for each speaker it names, however it names them.
void countAttributions(Sheet &sheet, QHash<QString, int> &attributionRow, const SpeakerResolver &speakers, const Claim &c,
                       const SheetClaimRow &row)
{
    QSet<int> speakerRows;
    for (const QString &name : SpeakerResolver::namesIn(c)) {
        const QString who = speakers.resolve(c, name);
        const QString key = who.toCaseFolded();
        if (!attributionRow.contains(key)) {
            attributionRow.insert(key, int(sheet.attributions.size()));
            SheetAttributionRow ar;
            ar.who = who;
            ar.counts.fill(0, sheet.sources.size());
            sheet.attributions.append(ar);
        }
        const int r = attributionRow.value(key);
        SheetAttributionRow &ar = sheet.attributions[r];
        if (name != who && !ar.asWritten.contains(name))
            ar.asWritten.append(name);
        if (speakerRows.contains(r))
            continue;
        speakerRows.insert(r);
        for (const SheetCell &cell : row.stated)
            ++ar.counts[cell.source];
        ar.total += row.sourceCount();
    }
}

SheetEntityRow entityRow(const Entity &e, int sources)
{
    SheetEntityRow row;
    row.id = e.id;
    row.type = e.type;
    row.name = e.name;
    row.value = e.value;
    row.counts.fill(0, sources);
    QHash<int, QList<QString>> texts; // by source: most sources never name a given entity
    for (const Mention &m : e.mentions) {
        ++row.counts[m.article];
        texts[m.article].append(m.text);
        ++row.total;
    }
    row.spellings.resize(sources);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        row.spellings[it.key()] = spellingsByFrequency(it.value());
    return row;
}

} // namespace

Sheet buildSheet(const Analysis &analysis, const SheetOptions &options, const std::function<bool()> &canceled)
{
    Sheet sheet;
    sheet.options = options;
    sheet.analysis = filterAnalysis(analysis, options, canceled);
    const Analysis &a = *sheet.analysis;
    sheet.title = a.corpus->title;
    sheet.sources = sheetSources(*a.corpus);
    const int n = int(sheet.sources.size());
    sheet.uniqueBySource.resize(n);
    sheet.claimsBySource.resize(n);

    QHash<QString, int> attributionRow;
    const SpeakerResolver speakers(a);
    for (int i = 0; i < a.claims.size(); ++i) {
        if (isCanceled(canceled))
            return sheet;
        const Claim &c = a.claims[i];
        SheetClaimRow row = claimRow(c);
        for (const SheetCell &cell : row.stated)
            sheet.claimsBySource[cell.source].append(i);
        countAttributions(sheet, attributionRow, speakers, c, row);
        if (c.kind == ClaimKind::Unique)
            sheet.uniqueBySource[row.stated.first().source].append(std::move(row));
        else
            sheet.compared.append(std::move(row));
    }
    // Shared before conflicting, then the widest agreement first.
    std::stable_sort(sheet.compared.begin(), sheet.compared.end(), [](const SheetClaimRow &x, const SheetClaimRow &y) {
        if (x.kind != y.kind)
            return int(x.kind) < int(y.kind);
        return x.sourceCount() > y.sourceCount();
    });
    std::stable_sort(sheet.attributions.begin(), sheet.attributions.end(),
                     [](const SheetAttributionRow &x, const SheetAttributionRow &y) { return x.total > y.total; });

    for (const Entity &e : a.entities) {
        if (isCanceled(canceled))
            return sheet;
        sheet.entities.append(entityRow(e, n));
    }
    std::stable_sort(sheet.entities.begin(), sheet.entities.end(), [](const SheetEntityRow &x, const SheetEntityRow &y) {
        if (x.type != y.type)
            return typeOrder(x.type) < typeOrder(y.type);
        return x.total > y.total;
    });
    return sheet;
}

QString sheetKindLabel(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Shared: return QCoreApplication::translate("Sheet", "shared");
    case ClaimKind::Conflict: return QCoreApplication::translate("Sheet", "conflict");
    case ClaimKind::Unique: return QCoreApplication::translate("Sheet", "unique");
    }
    return {};
}

QString sheetSilentLabel()
{
    return QCoreApplication::translate("Sheet", "silent");
}

QStringList sheetCounts(const Sheet &sheet)
{
    return {QCoreApplication::translate("Sheet", "%n source(s)", nullptr, int(sheet.sources.size())),
            QCoreApplication::translate("Sheet", "%n shared or conflicting claim(s)", nullptr, int(sheet.compared.size())),
            QCoreApplication::translate("Sheet", "%n unique claim(s)", nullptr, sheet.uniqueCount()),
            QCoreApplication::translate("Sheet", "%n entity(ies)", nullptr, int(sheet.entities.size()))};
}

QString sheetSourceShare(int sources, int total)
{
    return QCoreApplication::translate("Sheet", "%1 of %n source(s)", nullptr, total).arg(sources);
}

QList<SheetLayer> sheetLayers(const Sheet &sheet, int source)
{
    const Corpus &corpus = *sheet.analysis->corpus;
    const QString &text = corpus.articles[source].text;
    QList<SheetLayer> layers(text.size(), SheetLayer::None);
    auto paint = [&layers](qsizetype start, qsizetype end, SheetLayer layer) {
        for (qsizetype i = qMax<qsizetype>(0, start); i < qMin(end, layers.size()); ++i)
            layers[i] = qMax(layers[i], layer);
    };
    const int total = int(corpus.articles.size());
    for (int index : sheet.claimsBySource.value(source)) {
        const Claim &c = sheet.analysis->claims[index];
        SheetLayer layer = SheetLayer::Unique;
        if (c.kind == ClaimKind::Conflict)
            layer = SheetLayer::Conflict;
        else if (c.kind == ClaimKind::Shared)
            layer = c.articleCount() >= total ? SheetLayer::Shared : SheetLayer::SharedPartial;
        for (const ClaimMember &m : c.members) {
            if (m.article != source)
                continue;
            paint(m.range.start, m.range.end, layer);
            // The differing value itself, where the member's text spells it out.
            if (c.kind == ClaimKind::Conflict) {
                const TextRange value = writtenValue(text, m);
                if (value.length() > 0)
                    paint(value.start, value.end, SheetLayer::ConflictValue);
            }
        }
    }
    return layers;
}

QMultiHash<qsizetype, QString> sheetClaimStarts(const Sheet &sheet, int source)
{
    QMultiHash<qsizetype, QString> starts;
    for (int index : sheet.claimsBySource.value(source)) {
        const Claim &c = sheet.analysis->claims[index];
        if (const ClaimMember *m = c.memberIn(source))
            starts.insert(m->range.start, c.id);
    }
    return starts;
}
