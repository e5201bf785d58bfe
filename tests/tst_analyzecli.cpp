// Runs the real `parallax analyze` on the seed corpus and checks its JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAnalyzeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAnalysis();
    void reportsRefusedFiles();
};

void TestAnalyzeCli::writesAnalysis()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a.json"));
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), {QStringLiteral("analyze"), QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024"), QStringLiteral("--json"), out});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("parallax-analysis/1"));
    const QJsonArray articles = root.value(u"articles").toArray();
    QCOMPARE(articles.size(), 5);
    QCOMPARE(articles[0].toObject().value(u"outlet").toString(), QStringLiteral("VCPOST"));
    QVERIFY(root.value(u"entities").isArray());
    QVERIFY(root.value(u"claims").isArray());
}

void TestAnalyzeCli::reportsRefusedFiles()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(QStringLiteral("good.txt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("Officials met in Paris on Monday.\n");
    good.close();
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.close();
    const QString out = dir.filePath(QStringLiteral("a.json"));
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), {QStringLiteral("analyze"), dir.path(), QStringLiteral("--json"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(QStringLiteral("bad.txt")), qPrintable(err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"articles").toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "tst_analyzecli.moc"
