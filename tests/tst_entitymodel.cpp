// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entity tree model and its filter/sort proxy, on an in-memory analysis.
#include "analysisfixture.h"
#include "entityfiltermodel.h"
#include "entitytreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEntityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAndCounts();
    void sorting_data();
    void sorting();
    void furnitureLast_data();
    void furnitureLast();
    void filtering_data();
    void filtering();
    void reanalysisKeepsRows();
    void entityKeys_data();
    void entityKeys();
    void sameNamedEntitiesStayApart();
    void otherCorpusResets();
};

namespace {
// The fixture analysis in the entity model, behind the filter model (checked by a tester).
struct FilteredFixture
{
    EntityTreeModel model;
    EntityFilterModel proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    FilteredFixture()
    {
        proxy.setSourceModel(&model);
        model.setAnalysis(Fixture::analysis());
    }
};

// Entity names under group `type` of `model`, in the model's row order.
QStringList namesIn(const QAbstractItemModel &model, EntityType type)
{
    QStringList names;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        if (group.data(EntityTreeModel::EntityTypeRole).toInt() != int(type))
            continue;
        for (int r = 0; r < model.rowCount(group); ++r)
            names << model.index(r, 0, group).data(EntityTreeModel::NameRole).toString();
    }
    return names;
}

QStringList allNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Date})
        names << namesIn(model, t);
    return names;
}
} // namespace

void TestEntityModel::groupsAndCounts()
{
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Person)), 3);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Organization)), 1);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Place)), 3);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Date)), 2);
    QCOMPARE(model.groupIndex(EntityType::Person).data().toString(), QStringLiteral("People (3)"));

    const QModelIndex ushakov = model.indexOfEntity(EntityType::Person, QStringLiteral("Yuri Ushakov"));
    QVERIFY(ushakov.isValid());
    QCOMPARE(ushakov.data(EntityTreeModel::CountsRole).value<QList<int>>(), QList<int>({2, 1, 1}));
    QCOMPARE(ushakov.data(EntityTreeModel::TotalRole).toInt(), 4);
    QCOMPARE(ushakov.data(EntityTreeModel::SourceCountRole).toInt(), 3);
    QCOMPARE(ushakov.data(EntityTreeModel::MissedRole).toBool(), false);
    QCOMPARE(ushakov.data(EntityTreeModel::OtherSpellingsRole).toStringList(),
             QStringList({QStringLiteral("Ushakov"), QStringLiteral("Yury Ushakov")}));
    QCOMPARE(ushakov.siblingAtColumn(EntityTreeModel::MentionsColumn).data().toInt(), 4);
    QVERIFY(ushakov.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Global Times: 1 mention")));

    const QModelIndex harbin = model.indexOfEntity(EntityType::Place, QStringLiteral("Harbin"));
    QCOMPARE(harbin.data(EntityTreeModel::CountsRole).value<QList<int>>(), QList<int>({1, 1, 0}));
    QCOMPARE(harbin.data(EntityTreeModel::MissedRole).toBool(), true);
    QCOMPARE(model.maxCount(), 2);
    QCOMPARE(model.sourceNames(), QStringList({QStringLiteral("VCPOST"), QStringLiteral("Global Times"), QStringLiteral("Reuters")}));
}

void TestEntityModel::sorting_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("people by name") << int(EntityFilterModel::ByName) << int(EntityType::Person)
                                    << QStringList{"Vladimir Putin", "Xi Jinping", "Yuri Ushakov"};
    QTest::addRow("people by mentions") << int(EntityFilterModel::ByMentions) << int(EntityType::Person)
                                        << QStringList{"Yuri Ushakov", "Vladimir Putin", "Xi Jinping"};
    QTest::addRow("places by sources") << int(EntityFilterModel::BySources) << int(EntityType::Place)
                                       << QStringList{"Beijing", "Harbin", "Russia"};
    // Calendar order, although "Friday" sorts before "Thursday" by name.
    QTest::addRow("dates by name") << int(EntityFilterModel::ByName) << int(EntityType::Date)
                                   << QStringList{"Thursday, 16 May 2024", "Friday, 17 May 2024"};
}

void TestEntityModel::sorting()
{
    QFETCH(int, mode);
    QFETCH(int, type);
    QFETCH(QStringList, expected);
    FilteredFixture filtered;
    EntityFilterModel &proxy = filtered.proxy;
    proxy.setSortMode(EntityFilterModel::SortMode(mode));
    QCOMPARE(namesIn(proxy, EntityType(type)), expected);
    // Groups keep their fixed order whatever the sort.
    QCOMPARE(proxy.index(0, 0).data(EntityTreeModel::EntityTypeRole).toInt(), int(EntityType::Person));
}

void TestEntityModel::furnitureLast_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("by name") << int(EntityFilterModel::ByName);
    QTest::addRow("by mentions") << int(EntityFilterModel::ByMentions);
    QTest::addRow("by sources") << int(EntityFilterModel::BySources);
}

// A name met only in bylines and credits stays listed, marked, after the names the reports speak of.
void TestEntityModel::furnitureLast()
{
    QFETCH(int, mode);
    auto analysis = std::make_shared<Analysis>(*Fixture::analysis());
    for (Entity &e : analysis->entities)
        e.furniture = e.name == u"Vladimir Putin"_s;
    EntityTreeModel model;
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setAnalysis(analysis);
    proxy.setSortMode(EntityFilterModel::SortMode(mode));
    const QStringList people = namesIn(proxy, EntityType::Person);
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.last(), u"Vladimir Putin"_s);
    const QModelIndex putin = model.indexOfEntity(EntityType::Person, u"Vladimir Putin"_s);
    QVERIFY(putin.data(EntityTreeModel::FurnitureRole).toBool());
    QVERIFY(putin.data(EntityTreeModel::DetailRole).toString().startsWith(u"byline or credit only"_s));
    const QModelIndex xi = model.indexOfEntity(EntityType::Person, u"Xi Jinping"_s);
    QVERIFY(!xi.data(EntityTreeModel::FurnitureRole).toBool());
}

void TestEntityModel::filtering_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("onlyMissed");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("everything")
        << QString() << false
        << QStringList{"Vladimir Putin",        "Xi Jinping",         "Yuri Ushakov", "Kremlin", "Beijing", "Harbin", "Russia",
                       "Thursday, 16 May 2024", "Friday, 17 May 2024"};
    QTest::addRow("name part") << QStringLiteral("ush") << false << QStringList{"Yuri Ushakov"};
    QTest::addRow("other spelling") << QStringLiteral("Yury") << false << QStringList{"Yuri Ushakov"};
    QTest::addRow("date value") << QStringLiteral("2024-05-17") << false << QStringList{"Friday, 17 May 2024"};
    QTest::addRow("nothing") << QStringLiteral("zzz") << false << QStringList{};
    QTest::addRow("some sources miss") << QString() << true
                                       << QStringList{"Xi Jinping",         "Kremlin", "Harbin", "Russia", "Thursday, 16 May 2024",
                                                      "Friday, 17 May 2024"};
    QTest::addRow("missed and text") << QStringLiteral("har") << true << QStringList{"Harbin"};
}

void TestEntityModel::filtering()
{
    QFETCH(QString, text);
    QFETCH(bool, onlyMissed);
    QFETCH(QStringList, expected);
    FilteredFixture filtered;
    EntityFilterModel &proxy = filtered.proxy;
    proxy.setFilterText(text);
    proxy.setOnlyMissed(onlyMissed);
    QCOMPARE(allNames(proxy), expected);
    // Empty groups disappear.
    int groups = 0;
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Date})
        groups += !namesIn(proxy, t).isEmpty();
    QCOMPARE(proxy.rowCount(), groups);
}

void TestEntityModel::reanalysisKeepsRows()
{
    EntityTreeModel model;
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto corpus = Fixture::corpus();
    model.setAnalysis(Fixture::analysis(Fixture::Variant::First, corpus));
    const QPersistentModelIndex ushakov = model.indexOfEntity(EntityType::Person, QStringLiteral("Yuri Ushakov"));
    const QPersistentModelIndex viaProxy = proxy.mapFromSource(ushakov);
    QCOMPARE(ushakov.data(EntityTreeModel::EntityIndexRole).toInt(), 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const AnalysisPtr again = Fixture::analysis(Fixture::Variant::Reanalysed, corpus);
    model.setAnalysis(again);
    QCOMPARE(resets.count(), 0);
    QVERIFY(ushakov.isValid());
    QVERIFY(viaProxy.isValid());
    QCOMPARE(viaProxy.data(EntityTreeModel::NameRole).toString(), QStringLiteral("Yuri Ushakov"));
    // Same row, new snapshot: the index into the new analysis follows.
    QCOMPARE(ushakov.data(EntityTreeModel::EntityIndexRole).toInt(), Fixture::entityIndex(*again, QStringLiteral("Yuri Ushakov")));
    QVERIFY(!model.indexOfEntity(EntityType::Organization, QStringLiteral("Kremlin")).isValid());
    QVERIFY(model.indexOfEntity(EntityType::Organization, QStringLiteral("Global Times")).isValid());
    QCOMPARE(model.analysis(), again);
}

void TestEntityModel::entityKeys_data()
{
    QTest::addColumn<QStringList>("entities"); // "type:name", in order of first appearance
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("distinct names") << QStringList{u"person:Ann Lee"_s, u"place:Lee"_s} << QStringList{u"person:Ann Lee"_s, u"place:Lee"_s};
    QTest::addRow("one name, two people") << QStringList{u"person:Ann Lee"_s, u"place:Oslo"_s, u"person:Ann Lee"_s}
                                          << QStringList{u"person:Ann Lee"_s, u"place:Oslo"_s, u"person:Ann Lee#2"_s};
    QTest::addRow("one name, two types") << QStringList{u"organization:Lee"_s, u"place:Lee"_s, u"place:Lee"_s}
                                         << QStringList{u"organization:Lee"_s, u"place:Lee"_s, u"place:Lee#2"_s};
}

void TestEntityModel::entityKeys()
{
    QFETCH(QStringList, entities);
    QFETCH(QStringList, keys);
    QList<Entity> list;
    for (const QString &spec : std::as_const(entities)) {
        Entity e;
        const QString type = spec.section(u':', 0, 0);
        for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Date}) {
            if (entityTypeKey(t) == type)
                e.type = t;
        }
        e.name = spec.section(u':', 1);
        list.append(e);
    }
    assignEntityKeys(list);
    QStringList got;
    for (const Entity &e : std::as_const(list))
        got.append(e.key);
    QCOMPARE(got, keys);
}

// The fixture with its Xi Jinping split in two people of that name (one per article), as a
// resolver may leave them; `reordered`: the same analysis again, entities in another order.
static AnalysisPtr twoOfOneName(const std::shared_ptr<const Corpus> &corpus, bool reordered)
{
    auto a = std::make_shared<Analysis>(*Fixture::analysis(Fixture::Variant::First, corpus));
    const int xi = Fixture::entityIndex(*a, QStringLiteral("Xi Jinping"));
    Entity second = a->entities[xi];
    a->entities[xi].mentions = {second.mentions.first()};
    second.mentions = {second.mentions.last()};
    second.id = QStringLiteral("e%1").arg(a->entities.size() + 1);
    a->entities.insert(xi + 1, second);
    assignEntityKeys(a->entities); // in order of first appearance, as the engine gives them
    if (reordered)
        std::reverse(a->entities.begin(), a->entities.end());
    return a;
}

void TestEntityModel::sameNamedEntitiesStayApart()
{
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto corpus = Fixture::corpus();
    const AnalysisPtr first = twoOfOneName(corpus, false);
    model.setAnalysis(first);
    QCOMPARE(namesIn(model, EntityType::Person).count(QStringLiteral("Xi Jinping")), 2);
    // The two rows, by the article of their one mention.
    const QModelIndex people = model.groupIndex(EntityType::Person);
    QPersistentModelIndex inArticle[3];
    for (int r = 0; r < model.rowCount(people); ++r) {
        const QModelIndex i = model.index(r, 0, people);
        const Entity &e = first->entities[i.data(EntityTreeModel::EntityIndexRole).toInt()];
        if (e.name == QStringLiteral("Xi Jinping"))
            inArticle[e.mentions.first().article] = i;
    }
    QVERIFY(inArticle[1].isValid() && inArticle[2].isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const AnalysisPtr again = twoOfOneName(corpus, true);
    model.setAnalysis(again);
    QCOMPARE(resets.count(), 0);
    // Neither merged nor doubled: two rows still, each following its own person.
    QCOMPARE(namesIn(model, EntityType::Person).count(QStringLiteral("Xi Jinping")), 2);
    for (int article : {1, 2}) {
        QVERIFY(inArticle[article].isValid());
        const Entity &e = again->entities[inArticle[article].data(EntityTreeModel::EntityIndexRole).toInt()];
        QCOMPARE(e.name, QStringLiteral("Xi Jinping"));
        QCOMPARE(e.mentions.size(), 1);
        QCOMPARE(e.mentions.first().article, article);
    }
}

void TestEntityModel::otherCorpusResets()
{
    EntityTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAnalysis(Fixture::largeAnalysis(4));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.articleCount(), 4);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Person)), 1);
    model.setAnalysis(nullptr);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Person)), 0);
    QCOMPARE(model.articleCount(), 0);
}

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
