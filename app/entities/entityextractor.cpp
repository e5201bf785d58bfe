// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "parallelfor.h"
#include "dateextractor.h"
#include "entityresolver.h"
#include "lastweekmatter.h"
#include "lowercasebodies.h"
#include "namefinder.h"
#include "namewords.h"
#include "outletnames.h"
#include "spokendays.h"

#include <QHash>

#include <algorithm>

namespace {

// One Date entity per normalised value across the corpus.
QList<Entity> dateEntities(const Corpus &corpus, const QList<QList<DateMention>> &dates)
{
    QList<Entity> entities;
    QHash<QString, int> byValue;
    for (int a = 0; a < dates.size(); ++a) {
        for (const DateMention &d : dates.at(a)) {
            auto it = byValue.constFind(d.value);
            if (it == byValue.cend()) {
                it = byValue.insert(d.value, int(entities.size()));
                Entity e;
                e.type = EntityType::Date;
                e.value = d.value;
                e.name = dateValueLabel(d.value);
                entities.append(e);
            }
            Entity &e = entities[*it];
            e.mentions.append({a, d.range, corpus.articles.at(a).text.mid(d.range.start, d.range.length())});
            if (!e.spellings.contains(d.text))
                e.spellings.append(d.text);
        }
    }
    return entities;
}

// "(Photo: ANN KO/Agency)", "By TOM REED": a name whose every mention lies in the page's
// furniture (the importer's clutter ranges, bylines) is furniture.
void markFurniture(const Corpus &corpus, QList<Entity> &entities)
{
    for (Entity &e : entities) {
        e.furniture = std::all_of(e.mentions.cbegin(), e.mentions.cend(), [&](const Mention &m) {
            const Article &article = corpus.articles.at(m.article);
            return article.overlapsClutter(m.range) || article.onBylineLine(m.range);
        });
    }
}

} // namespace

QList<Entity> extractEntities(const Corpus &corpus, const QList<QList<Sentence>> &, const std::function<bool()> &canceled)
{
    auto stop = [&] { return canceled && canceled(); };

    // Dates first: a capitalised word inside a date ("May", "Thursday") is not a name.
    // Clutter (photo credits, captions, copyright lines) is searched like the report:
    // the people, organisations and dates named there are real mentions.
    // Per article work runs in parallel; only learning which words are
    // capitalised inside sentences needs the whole corpus before names are found.
    const qsizetype count = corpus.articles.size();
    QList<QList<DateMention>> dates(count);
    QList<QList<NameToken>> tokens(count);
    parallelFor(int(count), [&](int a) {
        if (stop())
            return;
        const Article &article = corpus.articles.at(a);
        dates[a] = findDates(article.text, article.published);
        settlePictureDays(article.clutter, article.published, dates[a]);
        tokens[a] = tokenizeForNames(article.text);
    });
    if (stop())
        return {};

    NameFinder finder;
    for (const QList<NameToken> &list : std::as_const(tokens))
        finder.learnCapitalisation(list);

    QList<ArticleNames> names(count);
    parallelFor(int(count), [&](int a) {
        if (stop())
            return;
        QList<TextRange> blocked;
        for (const DateMention &d : dates.at(a))
            blocked.append(d.range);
        std::sort(blocked.begin(), blocked.end(), [](const TextRange &x, const TextRange &y) { return x.start < y.start; });
        const Article &article = corpus.articles.at(a);
        names[a] = {a, finder.find(article.text, tokens.at(a), blocked)};
        addOutletNames(article.text, article.outlet, names[a].found.names);
        tokens[a] = {}; // done with them: free the memory early
    });
    if (stop())
        return {};

    QList<Entity> entities = resolveNames(names);
    const NameWords &words = NameWords::instance();
    addLowercaseBodyMentions(corpus, words.organizationHeads + words.lowercaseOrganizationHeads, entities);
    markFurniture(corpus, entities);
    QList<QDate> published;
    for (const Article &article : corpus.articles)
        published.append(article.published);
    settleLastWeeks(dates, published);
    QList<QString> texts;
    for (const Article &article : corpus.articles)
        texts.append(article.text);
    dateLastWeeksByMatter(dates, texts);
    entities += dateEntities(corpus, dates);

    // Stable order: by first appearance in the corpus.
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &x, const Entity &y) {
        const Mention &mx = x.mentions.first();
        const Mention &my = y.mentions.first();
        return mx.article != my.article ? mx.article < my.article : mx.range.start < my.range.start;
    });
    for (qsizetype i = 0; i < entities.size(); ++i)
        entities[i].id = QStringLiteral("e%1").arg(i + 1);
    assignEntityKeys(entities);
    return entities;
}
