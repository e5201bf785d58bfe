#include "entityextractor.h"

#include "dateextractor.h"
#include "entityresolver.h"
#include "namefinder.h"

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

} // namespace

QList<Entity> extractEntities(const Corpus &corpus, const QList<QList<Sentence>> &, const std::function<bool()> &canceled)
{
    auto stop = [&] { return canceled && canceled(); };

    // Dates first: a capitalised word inside a date ("May", "Thursday") is not a name.
    // Clutter (photo credits, captions, copyright lines) is searched like the report:
    // the people, organisations and dates named there are real mentions.
    QList<QList<DateMention>> dates;
    dates.reserve(corpus.articles.size());
    for (const Article &article : corpus.articles)
        dates.append(findDates(article.text, article.published));
    if (stop())
        return {};

    NameFinder finder;
    for (const Article &article : corpus.articles)
        finder.learnCapitalisation(article.text);

    QList<ArticleNames> names;
    names.reserve(corpus.articles.size());
    for (int a = 0; a < corpus.articles.size(); ++a) {
        const Article &article = corpus.articles.at(a);
        QList<TextRange> blocked;
        for (const DateMention &d : dates.at(a))
            blocked.append(d.range);
        std::sort(blocked.begin(), blocked.end(), [](const TextRange &x, const TextRange &y) { return x.start < y.start; });
        names.append({a, finder.find(article.text, blocked)});
        if (stop())
            return {};
    }

    QList<Entity> entities = resolveNames(names);
    entities += dateEntities(corpus, dates);

    // Stable order: by first appearance in the corpus.
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &x, const Entity &y) {
        const Mention &mx = x.mentions.first();
        const Mention &my = y.mentions.first();
        return mx.article != my.article ? mx.article < my.article : mx.range.start < my.range.start;
    });
    for (qsizetype i = 0; i < entities.size(); ++i)
        entities[i].id = QStringLiteral("e%1").arg(i + 1);
    return entities;
}
