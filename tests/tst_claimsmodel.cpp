// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The claims model and its filters, on an in-memory analysis; and the word diff
// the claim detail uses.
#include "analysisfixture.h"
#include "articleindex.h"
#include "claimfiltermodel.h"
#include "claimsmodel.h"
#include "worddiff.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestClaimsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndMarks();
    void manySourcesTooltip();
    void textRankSortsAsText();
    void filters_data();
    void filters();
    void reanalysisKeepsRows();
    void rowsFollowTheEnginesKey();
    void wordDiffs_data();
    void wordDiffs();
    void claimMembership_data();
    void claimMembership();
    void claimsOverlapping_data();
    void claimsOverlapping();
};

void TestClaimsModel::rowsAndMarks()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
    QCOMPARE(model.rowCount(), 6);
    auto marks = [&](int row) { return model.index(row, 0).data(ClaimsModel::MarksRole).value<QList<int>>(); };
    QCOMPARE(marks(0), QList<int>({1, 0, 1})); // shared by VCPOST and Reuters
    QCOMPARE(marks(1), QList<int>({1, 0, 2})); // Reuters has another count
    QCOMPARE(marks(3), QList<int>({0, 1, 0}));
    QCOMPARE(model.index(1, ClaimsModel::KindColumn).data().toString(), QStringLiteral("Conflict"));
    QCOMPARE(model.index(1, ClaimsModel::TextColumn).data().toString(),
             QStringLiteral("Ushakov added that 30 agreements would be signed."));
    QCOMPARE(model.index(1, ClaimsModel::SourcesColumn).data().toInt(), 2);
    QVERIFY(model.index(1, ClaimsModel::SourcesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Reuters: states a different version")));
    QCOMPARE(model.indexOfClaim(4).row(), 4);
}

void TestClaimsModel::manySourcesTooltip()
{
    // A claim of 12 of 30 sources: the tooltip names the 12 and counts the 18 others.
    auto analysis = std::make_shared<Analysis>(*Fixture::largeAnalysis(30));
    Claim claim;
    claim.kind = ClaimKind::Shared;
    for (int a = 0; a < 12; ++a)
        claim.members.append({a, {0, 10}, analysis->corpus->articles[a].text.left(10), {}});
    analysis->claims = {claim};
    ClaimsModel model;
    model.setAnalysis(analysis);
    const QString tip = model.index(0, ClaimsModel::SourcesColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.count(u'\n'), 1); // two lines, not thirty
    QVERIFY2(tip.contains(QStringLiteral("Outlet 11")) && !tip.contains(QStringLiteral("Outlet 12")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("18")), qPrintable(tip));
}

void TestClaimsModel::textRankSortsAsText()
{
    // Sorting by the worker's text ranks gives the order that sorting the texts gives.
    const auto sortedTexts = [](AnalysisPtr analysis) {
        ClaimsModel model;
        model.setAnalysis(analysis);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClaimsModel::SortRole);
        proxy.sort(ClaimsModel::TextColumn);
        QStringList texts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            texts << proxy.index(row, ClaimsModel::TextColumn).data().toString();
        return texts;
    };
    auto ranked = std::make_shared<Analysis>(*Fixture::analysis());
    ranked->rankClaimTexts();
    QCOMPARE(ranked->claimTextRank.size(), ranked->claims.size());
    QCOMPARE(sortedTexts(ranked), sortedTexts(Fixture::analysis()));
}

void TestClaimsModel::filters_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("focus");
    QTest::addColumn<int>("focusArticle");
    QTest::addColumn<QList<int>>("expected"); // claim indexes
    QTest::addRow("all") << -1 << -1 << int(ClaimFilterModel::AllClaims) << -1 << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::addRow("conflicts") << int(ClaimKind::Conflict) << -1 << int(ClaimFilterModel::AllClaims) << -1 << QList<int>{1};
    QTest::addRow("stated by Reuters") << -1 << 2 << int(ClaimFilterModel::AllClaims) << -1 << QList<int>{0, 1, 5};
    QTest::addRow("only in Global Times") << -1 << -1 << int(ClaimFilterModel::OnlyIn) << 1 << QList<int>{3, 4};
    QTest::addRow("only in VCPOST") << -1 << -1 << int(ClaimFilterModel::OnlyIn) << 0 << QList<int>{2};
    QTest::addRow("left out by Global Times") << -1 << -1 << int(ClaimFilterModel::LeftOutBy) << 1 << QList<int>{0, 1, 2, 5};
    QTest::addRow("left out by Reuters, shared only")
        << int(ClaimKind::Shared) << -1 << int(ClaimFilterModel::LeftOutBy) << 2 << QList<int>{};
}

void TestClaimsModel::filters()
{
    QFETCH(int, kind);
    QFETCH(int, source);
    QFETCH(int, focus);
    QFETCH(int, focusArticle);
    QFETCH(QList<int>, expected);
    ClaimsModel model;
    ClaimFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(Fixture::analysis());
    proxy.setKind(kind < 0 ? std::nullopt : std::optional<ClaimKind>(ClaimKind(kind)));
    proxy.setSource(source);
    proxy.setFocus(ClaimFilterModel::Focus(focus), focusArticle);
    QList<int> shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown << proxy.index(r, 0).data(ClaimsModel::ClaimIndexRole).toInt();
    QCOMPARE(shown, expected);
}

void TestClaimsModel::reanalysisKeepsRows()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto corpus = Fixture::corpus();
    model.setAnalysis(Fixture::analysis(Fixture::Variant::First, corpus));
    const QPersistentModelIndex conflict = model.index(1, 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAnalysis(Fixture::analysis(Fixture::Variant::Reanalysed, corpus));
    QCOMPARE(resets.count(), 0);
    QVERIFY(conflict.isValid());
    QCOMPARE(ClaimKind(conflict.data(ClaimsModel::KindRole).toInt()), ClaimKind::Conflict);
    model.setAnalysis(Fixture::largeAnalysis(3));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

// Re-analysed, the claims come in another order and a claim lists its members in another
// order: every row stays (none removed and added again) and follows its own claim.
void TestClaimsModel::rowsFollowTheEnginesKey()
{
    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto corpus = Fixture::corpus();
    const AnalysisPtr first = Fixture::analysis(Fixture::Variant::First, corpus);
    model.setAnalysis(first);
    QList<QPersistentModelIndex> rows;
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r) {
        rows.append(model.index(r, 0));
        keys.append(first->claims[model.index(r, 0).data(ClaimsModel::ClaimIndexRole).toInt()].key);
    }
    QVERIFY(rows.size() > 2);
    auto again = std::make_shared<Analysis>(*first);
    std::reverse(again->claims.begin(), again->claims.end());
    for (Claim &c : again->claims) {
        std::reverse(c.members.begin(), c.members.end());
        c.key.clear();
    }
    assignClaimKeys(again->claims, *again->corpus); // made again, as a re-analysis makes them
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setAnalysis(again);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY(rows[i].isValid());
        QCOMPARE(again->claims[rows[i].data(ClaimsModel::ClaimIndexRole).toInt()].key, keys[i]);
    }
}

void TestClaimsModel::wordDiffs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("added");
    QTest::addRow("same") << "We will sign it." << "we will sign it." << QStringList{} << QStringList{};
    QTest::addRow("number") << "30 agreements would be signed" << "20 agreements would be signed" << QStringList{"30"} << QStringList{"20"};
    QTest::addRow("dropped words") << "a new era of partnership, not alliance" << "a new era of partnership"
                                   << QStringList{", not alliance"} << QStringList{};
    QTest::addRow("curly quote") << "it’s time" << "it's time" << QStringList{} << QStringList{};
    QTest::addRow("changed run") << "the talks were very warm today" << "the talks were cold today" << QStringList{"very warm"}
                                 << QStringList{"cold"};
}

void TestClaimsModel::wordDiffs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, added);
    const WordDiff diff = wordDiff(from, to);
    QStringList r, a;
    for (const TextRange &range : diff.removed)
        r << from.mid(range.start, range.length());
    for (const TextRange &range : diff.added)
        a << to.mid(range.start, range.length());
    QCOMPARE(r, removed);
    QCOMPARE(a, added);
}

// Which articles state a claim (Claim::memberIn) and how many (Claim::articleCount): an
// article with two versions counts once, and memberIn gives its first.
void TestClaimsModel::claimMembership_data()
{
    QTest::addColumn<QList<int>>("memberArticles"); // one entry per member, in order
    QTest::addColumn<int>("article");
    QTest::addColumn<int>("firstMember"); // -1: the article does not state it
    QTest::addColumn<int>("articles");
    QTest::addRow("stated once") << QList<int>{0, 2} << 2 << 1 << 2;
    QTest::addRow("not stated") << QList<int>{0, 2} << 1 << -1 << 2;
    QTest::addRow("two versions in one article") << QList<int>{3, 1, 3} << 3 << 0 << 2;
    QTest::addRow("no members") << QList<int>{} << 0 << -1 << 0;
}

void TestClaimsModel::claimMembership()
{
    QFETCH(QList<int>, memberArticles);
    QFETCH(int, article);
    QFETCH(int, firstMember);
    QFETCH(int, articles);
    Claim claim;
    for (int a : std::as_const(memberArticles))
        claim.members.append({a, {0, 4}, QStringLiteral("text"), {}});
    const ClaimMember *m = claim.memberIn(article);
    QCOMPARE(m ? int(m - claim.members.constData()) : -1, firstMember);
    QCOMPARE(claim.articleCount(), articles);
}

// ArticleIndex::claimsOverlapping finds the versions that reach into a range, including a
// long one that starts well before it, by start.
void TestClaimsModel::claimsOverlapping_data()
{
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<qsizetype>("to");
    QTest::addColumn<QList<int>>("claims");
    // Versions: claim 0 [0, 100), claim 1 [10, 20), claim 2 [30, 40), claim 3 [35, 36).
    QTest::addRow("inside the long one only") << qsizetype(50) << qsizetype(60) << QList<int>{0};
    QTest::addRow("a position in two") << qsizetype(15) << qsizetype(16) << QList<int>{0, 1};
    QTest::addRow("end is exclusive") << qsizetype(20) << qsizetype(30) << QList<int>{0};
    QTest::addRow("four at once") << qsizetype(18) << qsizetype(36) << QList<int>{0, 1, 2, 3};
    QTest::addRow("after all") << qsizetype(100) << qsizetype(120) << QList<int>{};
}

void TestClaimsModel::claimsOverlapping()
{
    QFETCH(qsizetype, from);
    QFETCH(qsizetype, to);
    QFETCH(QList<int>, claims);
    ArticleIndex index;
    index.claims = {{{0, 100}, 0}, {{10, 20}, 1}, {{30, 40}, 2}, {{35, 36}, 3}};
    index.longestClaim = 100;
    QCOMPARE(index.claimsOverlapping({from, to}), claims);
}

QTEST_GUILESS_MAIN(TestClaimsModel)
#include "tst_claimsmodel.moc"
