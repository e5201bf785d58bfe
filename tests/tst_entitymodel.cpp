// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entity tree model and its filter/sort proxy, on an in-memory analysis.
#include "analysisfixture.h"
#include "entityfiltermodel.h"
#include "entitytreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestEntityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAndCounts();
    void sorting_data();
    void sorting();
    void filtering_data();
    void filtering();
    void reanalysisKeepsRows();
    void otherCorpusResets();
};

namespace {
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
    QCOMPARE(model.sourceNames(), QStringList({QStringLiteral("VCPOST"), QStringLiteral("Global Times"),
                                               QStringLiteral("Reuters")}));
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
    EntityTreeModel model;
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
    proxy.setSortMode(EntityFilterModel::SortMode(mode));
    QCOMPARE(namesIn(proxy, EntityType(type)), expected);
    // Groups keep their fixed order whatever the sort.
    QCOMPARE(proxy.index(0, 0).data(EntityTreeModel::EntityTypeRole).toInt(), int(EntityType::Person));
}

void TestEntityModel::filtering_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("onlyMissed");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("everything") << QString() << false
                                << QStringList{"Vladimir Putin", "Xi Jinping", "Yuri Ushakov", "Kremlin", "Beijing",
                                               "Harbin", "Russia", "Thursday, 16 May 2024", "Friday, 17 May 2024"};
    QTest::addRow("name part") << QStringLiteral("ush") << false << QStringList{"Yuri Ushakov"};
    QTest::addRow("other spelling") << QStringLiteral("Yury") << false << QStringList{"Yuri Ushakov"};
    QTest::addRow("date value") << QStringLiteral("2024-05-17") << false << QStringList{"Friday, 17 May 2024"};
    QTest::addRow("nothing") << QStringLiteral("zzz") << false << QStringList{};
    QTest::addRow("some sources miss") << QString() << true
                                       << QStringList{"Xi Jinping", "Kremlin", "Harbin", "Russia",
                                                      "Thursday, 16 May 2024", "Friday, 17 May 2024"};
    QTest::addRow("missed and text") << QStringLiteral("har") << true << QStringList{"Harbin"};
}

void TestEntityModel::filtering()
{
    QFETCH(QString, text);
    QFETCH(bool, onlyMissed);
    QFETCH(QStringList, expected);
    EntityTreeModel model;
    EntityFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
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
