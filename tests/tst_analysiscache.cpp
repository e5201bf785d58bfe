// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis cache (issue 21): an analysis kept on disk reads back as the same analysis
// (its JSON byte for byte); a kept analysis of other articles, another build's or tuning's,
// or a damaged file is never used; AnalysisJob recalls what it kept and analyses again when
// the file is damaged.
#include "analysiscache.h"
#include "analysisjob.h"
#include "analysisjson.h"
#include "analysisstream.h"
#include "analyzer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using MakeAnalysis = std::function<AnalysisPtr()>;
// What changes between keeping and recalling: the corpus given, or the kept file.
using Change = std::function<void(Corpus &corpus, const QString &file)>;

namespace {

// Invented reports of one event: a shared figure, a conflicting one, names and dates.
std::shared_ptr<Corpus> inventedCorpus()
{
    auto corpus = std::make_shared<Corpus>();
    corpus->title = QStringLiteral("Lorvik buses");
    const QStringList texts = {
        QStringLiteral("The Lorvik city council approved 40 new electric buses on Tuesday. Mayor Ida Brenner said the "
                       "first buses would run in March 2027.\n\nThe order costs 18 million euros, the council said."),
        QStringLiteral("Lorvik will buy 40 electric buses, its council decided on Tuesday. The order costs 21 million "
                       "euros.\n\nMayor Ida Brenner called it \"a quiet revolution\"."),
        QStringLiteral("By Hanna Lund\n\nCouncil members in Lorvik backed the purchase of 40 electric buses. Opposition leader Tomas Wahl "
                       "voted against.\n\nREAD MORE"),
    };
    for (int i = 0; i < texts.size(); ++i) {
        Article a;
        a.id = QStringLiteral("report%1").arg(i + 1);
        a.format = QStringLiteral("txt");
        a.text = texts[i];
        a.outlet = QStringLiteral("Outlet %1").arg(QChar(u'A' + i));
        a.published = QDate(2026, 11, 3);
        corpus->articles.append(a);
    }
    corpus->articles[2].clutter.append({texts[2].indexOf(QStringLiteral("READ MORE")), texts[2].size()});
    return corpus;
}

QByteArray jsonOf(const Analysis &analysis)
{
    return analysisJson(analysis);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestAnalysisCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keptAnalysisReadsBackTheSame_data();
    void keptAnalysisReadsBackTheSame();
    void neverUsedWhenItDoesNotMatch_data();
    void neverUsedWhenItDoesNotMatch();
    void rangeOutsideItsArticleIsRejected();
    void jobRecallsWhatItKept();
};

void TestAnalysisCache::keptAnalysisReadsBackTheSame_data()
{
    QTest::addColumn<MakeAnalysis>("make");
    QTest::addRow("three invented reports, analysed") << MakeAnalysis([] { return analyzeCorpus(inventedCorpus()); });
    QTest::addRow("an empty article among them") << MakeAnalysis([] {
        auto corpus = inventedCorpus();
        Article empty;
        empty.id = QStringLiteral("empty");
        empty.format = QStringLiteral("txt");
        corpus->articles.append(empty);
        return analyzeCorpus(corpus);
    });
    // Texts that are not the slice of their range, conflict values, no ranks: all kept as they are.
    QTest::addRow("member texts other than their slice") << MakeAnalysis([] {
        auto analysis = std::make_shared<Analysis>(*analyzeCorpus(inventedCorpus()));
        Claim c;
        c.id = QStringLiteral("c-made");
        c.kind = ClaimKind::Conflict;
        c.slot = QStringLiteral("number");
        c.reason = QStringLiteral("18 or 21 million euros");
        c.members = {{0, {10, 20}, QStringLiteral("not the slice"), QStringLiteral("18")}, {1, {0, 0}, QString(), QStringLiteral("21")}};
        analysis->claims.append(c);
        analysis->entities.first().mentions.first().text = QStringLiteral("edited");
        analysis->claimTextRank.clear();
        analysis->buildArticleIndex();
        return AnalysisPtr(analysis);
    });
}

void TestAnalysisCache::keptAnalysisReadsBackTheSame()
{
    QFETCH(MakeAnalysis, make);
    const AnalysisPtr analysis = make();
    QVERIFY(analysis);
    QVERIFY(!analysis->claims.isEmpty());
    QTemporaryDir dir;
    const AnalysisCache cache(dir.path());
    QVERIFY(!AnalysisCache::keyFor(*analysis->corpus).isEmpty()); // this build can be told apart
    QVERIFY(cache.store(*analysis));
    // The same articles, loaded again: another Corpus object of the same content.
    const auto again = std::make_shared<const Corpus>(*analysis->corpus);
    const AnalysisPtr recalled = cache.recall(again);
    QVERIFY(recalled);
    QCOMPARE(recalled->corpus, again);
    QCOMPARE(jsonOf(*recalled), jsonOf(*analysis));
    // What the JSON does not carry: each claim's key (reader marks find their claims by it)
    // and which names are furniture.
    for (qsizetype c = 0; c < analysis->claims.size(); ++c)
        QCOMPARE(recalled->claims[c].key, analysis->claims[c].key);
    for (qsizetype e = 0; e < analysis->entities.size(); ++e)
        QCOMPARE(recalled->entities[e].furniture, analysis->entities[e].furniture);
    QVERIFY(std::any_of(analysis->entities.cbegin(), analysis->entities.cend(), [](const Entity &e) { return e.furniture; }));
    QList<int> ranks = analysis->claimTextRank;
    if (ranks.isEmpty()) {
        Analysis ranked = *analysis;
        ranked.rankClaimTexts();
        ranks = ranked.claimTextRank;
    }
    QCOMPARE(recalled->claimTextRank, ranks);
    QCOMPARE(recalled->indexedClaims, recalled->claims.size());
    QCOMPARE(recalled->byArticle.size(), again->articles.size());
    for (qsizetype a = 0; a < again->articles.size(); ++a)
        QCOMPARE(recalled->byArticle[a].claims.size(), indexArticles(*analysis)[a].claims.size());
}

// What changes between keeping and recalling: the articles, the build's settings, the file.
void TestAnalysisCache::neverUsedWhenItDoesNotMatch_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("fileRemoved"); // a damaged file goes; another corpus's stays
    QTest::addRow("a word of an article changed")
        << Change([](Corpus &c, const QString &) { c.articles[1].text.replace(QStringLiteral("21"), QStringLiteral("22")); }) << false;
    QTest::addRow("an outlet renamed") << Change([](Corpus &c, const QString &) { c.articles[0].outlet = QStringLiteral("Outlet Z"); })
                                       << false;
    QTest::addRow("a publication date") << Change([](Corpus &c, const QString &) { c.articles[2].published = QDate(2026, 11, 4); })
                                        << false;
    QTest::addRow("clutter found elsewhere") << Change([](Corpus &c, const QString &) { c.articles[2].clutter.clear(); }) << false;
    QTest::addRow("articles in another order") << Change([](Corpus &c, const QString &) { c.articles.swapItemsAt(0, 1); }) << false;
    QTest::addRow("another claim tuning") << Change([](Corpus &, const QString &) {
        qputenv("PARALLAX_CLAIM_TUNING", "linkSimilarity=0.5");
    }) << false;
    QTest::addRow("cut short") << Change([](Corpus &, const QString &file) { writeAll(file, readAll(file).chopped(7)); }) << true;
    QTest::addRow("a byte of the analysis flipped") << Change([](Corpus &, const QString &file) {
        QByteArray data = readAll(file);
        data[data.size() - 100] = char(data[data.size() - 100] ^ 0x10);
        writeAll(file, data);
    }) << true;
    QTest::addRow("an older format") << Change([](Corpus &, const QString &file) {
        QByteArray data = readAll(file);
        data[int(qstrlen("PARALLAX-ANALYSIS\n"))] = char(data[int(qstrlen("PARALLAX-ANALYSIS\n"))] ^ 0x7f);
        writeAll(file, data);
    }) << true;
    QTest::addRow("empty") << Change([](Corpus &, const QString &file) { writeAll(file, {}); }) << true;
}

void TestAnalysisCache::neverUsedWhenItDoesNotMatch()
{
    QFETCH(Change, change);
    QFETCH(bool, fileRemoved);
    QTemporaryDir dir;
    const AnalysisCache cache(dir.path());
    const auto corpus = inventedCorpus();
    const AnalysisPtr analysis = analyzeCorpus(corpus);
    QVERIFY(cache.store(*analysis));
    const QString file = cache.pathFor(AnalysisCache::keyFor(*corpus));
    QVERIFY(QFile::exists(file));
    auto changed = std::make_shared<Corpus>(*corpus);
    change(*changed, file);
    const AnalysisPtr recalled = cache.recall(changed);
    qunsetenv("PARALLAX_CLAIM_TUNING");
    QVERIFY(!recalled);
    QCOMPARE(!QFile::exists(file), fileRemoved);
}

// A file whose checksum is right but whose ranges do not fit the articles (made by another
// program, or by a defect) is not used either.
void TestAnalysisCache::rangeOutsideItsArticleIsRejected()
{
    QTemporaryDir dir;
    const AnalysisCache cache(dir.path());
    const auto corpus = inventedCorpus();
    auto analysis = std::make_shared<Analysis>(*analyzeCorpus(corpus));
    QVERIFY(!analysis->claims.isEmpty());
    analysis->claims.first().members.first().range.end = corpus->articles[analysis->claims.first().members.first().article].text.size() + 5;
    QVERIFY(cache.store(*analysis));
    QVERIFY(!cache.recall(corpus));
    QVERIFY(!readAnalysisStream(writeAnalysisStream(*analysis), corpus));
    // A mention of an article the corpus does not have.
    auto other = std::make_shared<Analysis>(*analyzeCorpus(corpus));
    QVERIFY(!other->entities.isEmpty());
    other->entities.first().mentions.first().article = 3;
    QVERIFY(!readAnalysisStream(writeAnalysisStream(*other), corpus));
    // Sentences of fewer articles than the corpus has.
    auto fewer = std::make_shared<Analysis>(*analyzeCorpus(corpus));
    fewer->sentences.removeLast();
    QVERIFY(!readAnalysisStream(writeAnalysisStream(*fewer), corpus));
}

// Through the job the window uses: the first open analyses and keeps; the second shows what
// the cache holds (here marked, so that it cannot be a new analysis); a damaged file makes the
// third analyse again, and keep anew.
void TestAnalysisCache::jobRecallsWhatItKept()
{
    QTemporaryDir folder, cacheDir;
    const auto invented = inventedCorpus();
    for (const Article &a : invented->articles) {
        QFile f(QDir(folder.path()).filePath(a.id + QStringLiteral(".txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(a.text.toUtf8());
    }
    const auto cache = std::make_shared<AnalysisCache>(cacheDir.path());
    AnalysisJob job;
    job.setCache(cache);
    const auto open = [&job, &folder] {
        QSignalSpy ready(&job, &AnalysisJob::analysisReady);
        job.start({folder.path()});
        const bool done = ready.wait(60000);
        job.waitForFinished(); // a new analysis is kept
        return done ? ready.first().first().value<AnalysisPtr>() : AnalysisPtr();
    };
    const AnalysisPtr first = open();
    QVERIFY(first);
    QVERIFY(!first->claims.isEmpty());
    const QString file = cache->pathFor(AnalysisCache::keyFor(*first->corpus));
    QCOMPARE(QDir(cacheDir.path()).entryList(QDir::Files), QStringList{QFileInfo(file).fileName()});
    QCOMPARE(jsonOf(*cache->recall(first->corpus)), jsonOf(*first));

    const QString marker = QStringLiteral("kept, not analysed");
    auto marked = std::make_shared<Analysis>(*first);
    marked->claims.first().reason = marker;
    QVERIFY(cache->store(*marked));
    const AnalysisPtr second = open();
    QVERIFY(second);
    QCOMPARE(second->claims.first().reason, marker);
    QCOMPARE(jsonOf(*second), jsonOf(*marked));

    QByteArray data = readAll(file);
    data[data.size() / 2] = char(data[data.size() / 2] ^ 0x01);
    writeAll(file, data);
    const AnalysisPtr third = open();
    QVERIFY(third);
    QCOMPARE(jsonOf(*third), jsonOf(*first));
    QVERIFY(readAll(file) != data); // kept anew
    QCOMPARE(jsonOf(*cache->recall(third->corpus)), jsonOf(*first));
}

QTEST_GUILESS_MAIN(TestAnalysisCache)
#include "tst_analysiscache.moc"
