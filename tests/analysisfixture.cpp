// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisfixture.h"

#include "analysisbuilder.h"

#include "sentencesplitter.h"

namespace Fixture {

namespace {
Article article(const QString &id, const QString &outlet, const QString &text)
{
    Article a;
    a.id = id;
    a.filePath = id + QStringLiteral(".txt");
    a.format = QStringLiteral("txt");
    a.outlet = outlet;
    a.title = outlet + QStringLiteral(" report");
    a.published = QDate(2024, 5, 16);
    a.text = text;
    return a;
}

ClaimMember member(const Corpus &corpus, int article, const QString &text, const QString &value = {})
{
    const Mention m = mention(corpus, article, text);
    return {article, m.range, m.text, value};
}

void split(Analysis &analysis)
{
    for (const Article &a : analysis.corpus->articles) {
        QList<Sentence> list;
        for (const TextRange &r : splitSentences(a.text))
            list.append({r, false});
        analysis.sentences.append(list);
    }
}
} // namespace

Mention mention(const Corpus &corpus, int article, const QString &text, int occurrence)
{
    const QString &body = corpus.articles[article].text;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = body.indexOf(text, at + 1);
        Q_ASSERT_X(at >= 0, "Fixture::mention", qPrintable(text));
    }
    return {article, {at, at + text.size()}, text};
}

int entityIndex(const Analysis &analysis, const QString &name)
{
    for (int i = 0; i < analysis.entities.size(); ++i) {
        if (analysis.entities[i].name == name)
            return i;
    }
    return -1;
}

std::shared_ptr<const Corpus> corpus()
{
    auto c = std::make_shared<Corpus>();
    c->title = QStringLiteral("Fixture visit");
    c->folder = QStringLiteral("/fixture");
    c->articles << article(QStringLiteral("a0"), QStringLiteral("VCPOST"),
                           QStringLiteral("Kremlin aide Yuri Ushakov said the talks in Beijing would last two days.\n\n"
                                          "Putin will later travel to Harbin on Friday.\n\n"
                                          "Ushakov added that 30 agreements would be signed.\n"))
                << article(QStringLiteral("a1"), QStringLiteral("Global Times"),
                           QStringLiteral("Yury Ushakov told reporters that Putin arrives in Beijing on Thursday, 16 May.\n\n"
                                          "The visit also includes Harbin, a city with ties to Russia.\n\n"
                                          "Xi Jinping will host a banquet.\n"))
                << article(QStringLiteral("a2"), QStringLiteral("Reuters"),
                           QStringLiteral("Putin met Xi Jinping in Beijing for talks.\n\n"
                                          "Officials said 20 agreements would be signed.\n\n"
                                          "Yuri Ushakov did not comment.\n"));
    return c;
}

AnalysisPtr analysis(Variant variant, std::shared_ptr<const Corpus> corpus)
{
    auto a = std::make_shared<Analysis>();
    a->corpus = corpus;
    split(*a);
    const Corpus &c = *corpus;
    auto entity = [&](EntityType type, const QString &name, const QList<Mention> &mentions, const QString &value = {}) {
        Entity e = makeEntity(QStringLiteral("e%1").arg(a->entities.size() + 1), type, name, mentions, value);
        for (const Mention &m : mentions) {
            if (!e.spellings.contains(m.text))
                e.spellings << m.text;
        }
        a->entities.append(e);
    };
    entity(EntityType::Person, QStringLiteral("Yuri Ushakov"),
           {mention(c, 0, QStringLiteral("Yuri Ushakov")), mention(c, 0, QStringLiteral("Ushakov"), 1),
            mention(c, 1, QStringLiteral("Yury Ushakov")), mention(c, 2, QStringLiteral("Yuri Ushakov"))});
    entity(EntityType::Person, QStringLiteral("Vladimir Putin"),
           {mention(c, 0, QStringLiteral("Putin")), mention(c, 1, QStringLiteral("Putin")), mention(c, 2, QStringLiteral("Putin"))});
    entity(EntityType::Person, QStringLiteral("Xi Jinping"),
           {mention(c, 1, QStringLiteral("Xi Jinping")), mention(c, 2, QStringLiteral("Xi Jinping"))});
    if (variant == Variant::First)
        entity(EntityType::Organization, QStringLiteral("Kremlin"), {mention(c, 0, QStringLiteral("Kremlin"))});
    entity(EntityType::Place, QStringLiteral("Beijing"),
           {mention(c, 0, QStringLiteral("Beijing")), mention(c, 1, QStringLiteral("Beijing")), mention(c, 2, QStringLiteral("Beijing"))});
    entity(EntityType::Place, QStringLiteral("Harbin"), {mention(c, 0, QStringLiteral("Harbin")), mention(c, 1, QStringLiteral("Harbin"))});
    entity(EntityType::Place, QStringLiteral("Russia"), {mention(c, 1, QStringLiteral("Russia"))});
    // Named so that alphabetical order is not calendar order.
    entity(EntityType::Date, QStringLiteral("Friday, 17 May 2024"), {mention(c, 0, QStringLiteral("Friday"))},
           QStringLiteral("2024-05-17"));
    entity(EntityType::Date, QStringLiteral("Thursday, 16 May 2024"), {mention(c, 1, QStringLiteral("Thursday, 16 May"))},
           QStringLiteral("2024-05-16"));
    if (variant == Variant::Reanalysed)
        entity(EntityType::Organization, QStringLiteral("Global Times"), {});
    assignEntityKeys(a->entities);
    if (variant == Variant::Reanalysed)
        std::reverse(a->entities.begin(), a->entities.end());

    auto claim = [&](ClaimKind kind, const QList<ClaimMember> &members, const QString &slot = {}, const QString &reason = {}) {
        a->claims.append(makeClaim(QStringLiteral("c%1").arg(a->claims.size() + 1), kind, members, slot, reason));
    };
    claim(ClaimKind::Shared, {member(c, 0, QStringLiteral("Kremlin aide Yuri Ushakov said the talks in Beijing would last two days.")),
                              member(c, 2, QStringLiteral("Putin met Xi Jinping in Beijing for talks."))});
    claim(ClaimKind::Conflict,
          {member(c, 0, QStringLiteral("Ushakov added that 30 agreements would be signed."), QStringLiteral("30")),
           member(c, 2, QStringLiteral("Officials said 20 agreements would be signed."), QStringLiteral("20"))},
          QStringLiteral("count"), QStringLiteral("VCPOST says 30 agreements, Reuters 20."));
    claim(ClaimKind::Unique, {member(c, 0, QStringLiteral("Putin will later travel to Harbin on Friday."))});
    claim(ClaimKind::Unique,
          {member(c, 1, QStringLiteral("Yury Ushakov told reporters that Putin arrives in Beijing on Thursday, 16 May."))});
    claim(ClaimKind::Unique, {member(c, 1, QStringLiteral("Xi Jinping will host a banquet."))});
    claim(ClaimKind::Unique, {member(c, 2, QStringLiteral("Yuri Ushakov did not comment."))});
    assignClaimKeys(a->claims, c);
    return a;
}

AnalysisPtr largeAnalysis(int articles)
{
    auto c = std::make_shared<Corpus>();
    c->title = QStringLiteral("Large fixture");
    c->folder = QStringLiteral("/large");
    for (int i = 0; i < articles; ++i) {
        QString text;
        for (int s = 0; s < 40; ++s) {
            text += s % 10 == 3 ? QStringLiteral("Kremlin aide Yuri Ushakov spoke to reporters about the visit number %1. ").arg(s)
                                : QStringLiteral("Delegations discussed trade, energy and security in session %1. ").arg(s);
            if (s % 5 == 4)
                text += QStringLiteral("\n\n");
        }
        c->articles << article(QStringLiteral("l%1").arg(i, 3, 10, QChar(u'0')), QStringLiteral("Outlet %1").arg(i), text);
    }
    auto a = std::make_shared<Analysis>();
    a->corpus = c;
    split(*a);
    Entity e = makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Yuri Ushakov"));
    e.spellings = {e.name};
    Entity k = makeEntity(QStringLiteral("e2"), EntityType::Organization, QStringLiteral("Kremlin"));
    k.spellings = {k.name};
    for (int i = 0; i < articles; ++i) {
        for (int occurrence = 0; occurrence < 4; ++occurrence) {
            e.mentions << mention(*c, i, e.name, occurrence);
            k.mentions << mention(*c, i, k.name, occurrence);
        }
    }
    a->entities << e << k;
    return a;
}

} // namespace Fixture
