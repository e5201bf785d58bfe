#include "analysisjson.h"

#include <QJsonArray>

namespace {

QJsonObject rangeToJson(const Corpus &corpus, int article, const TextRange &r, const QString &text)
{
    QJsonObject o;
    o.insert(u"article", corpus.articles[article].id);
    o.insert(u"start", qint64(r.start));
    o.insert(u"end", qint64(r.end));
    o.insert(u"text", text);
    return o;
}

} // namespace

QJsonObject analysisToJson(const Analysis &analysis)
{
    const Corpus &corpus = *analysis.corpus;
    QJsonObject root;
    root.insert(u"format", QStringLiteral("parallax-analysis/1"));
    if (!corpus.title.isEmpty())
        root.insert(u"title", corpus.title);

    QJsonArray articles;
    for (const Article &a : corpus.articles) {
        QJsonObject o;
        o.insert(u"id", a.id);
        o.insert(u"file", a.fileName());
        o.insert(u"title", a.title);
        o.insert(u"outlet", a.outlet);
        o.insert(u"published", a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
        o.insert(u"byline", a.byline);
        if (!a.url.isEmpty())
            o.insert(u"url", a.url);
        QJsonArray clutter;
        for (const TextRange &r : a.clutter)
            clutter.append(QJsonObject{{QStringLiteral("start"), qint64(r.start)}, {QStringLiteral("end"), qint64(r.end)}});
        o.insert(u"clutter", clutter);
        articles.append(o);
    }
    root.insert(u"articles", articles);

    QJsonArray entities;
    for (const Entity &e : analysis.entities) {
        QJsonObject o;
        o.insert(u"id", e.id);
        o.insert(u"type", entityTypeKey(e.type));
        o.insert(u"name", e.name);
        if (e.type == EntityType::Date)
            o.insert(u"value", e.value);
        QJsonArray mentions;
        for (const Mention &m : e.mentions)
            mentions.append(rangeToJson(corpus, m.article, m.range, m.text));
        o.insert(u"mentions", mentions);
        entities.append(o);
    }
    root.insert(u"entities", entities);

    QJsonArray claims;
    for (const Claim &c : analysis.claims) {
        QJsonObject o;
        o.insert(u"id", c.id);
        o.insert(u"kind", claimKindKey(c.kind));
        if (!c.slot.isEmpty())
            o.insert(u"slot", c.slot);
        if (!c.reason.isEmpty())
            o.insert(u"reason", c.reason);
        if (!c.attribution.isEmpty())
            o.insert(u"attribution", c.attribution);
        QJsonArray members;
        for (const ClaimMember &m : c.members) {
            QJsonObject mo = rangeToJson(corpus, m.article, m.range, m.text);
            if (!m.value.isEmpty())
                mo.insert(u"value", m.value);
            members.append(mo);
        }
        o.insert(u"members", members);
        claims.append(o);
    }
    root.insert(u"claims", claims);
    return root;
}
