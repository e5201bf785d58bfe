// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken input: each case ends in an article or a clear message, never a
// crash, a hang or a fetch; offsets stay exact in every script.
#include "articleimporter.h"
#include "comparisonfile.h"
#include "corpusloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestHostileInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importFile_data();
    void importFile();
    void nothingFetched();
    void manyTinyFiles();
    void offsetsExactThroughCli_data();
    void offsetsExactThroughCli();
    void comparisonFile_data();
    void comparisonFile();
};

static QByteArray repeated(const QByteArray &piece, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes)
        out += piece;
    return out;
}

static QByteArray nestedHtml(int depth)
{
    QByteArray html = "<html><body>";
    html += repeated("<div>", qsizetype(depth) * 5);
    html += "<p>Deep text sits at the bottom of the page.</p>";
    html += repeated("</div>", qsizetype(depth) * 6);
    return html + "</body></html>";
}

void TestHostileInput::importFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError"); // empty: the article loads
    QTest::addColumn<QString>("expectedText");  // a piece the loaded text holds

    QTest::addRow("50 MB on one line") << "huge.txt" << repeated("word ", 50 * 1024 * 1024) << "over the limit of 20 MB" << QString();
    QTest::addRow("NUL bytes in text") << "nul.txt" << QByteArrayLiteral("The talks began.\0\0\0The talks ended.\n") << "binary data"
                                       << QString();
    QTest::addRow("NUL bytes in HTML") << "nul.html" << QByteArrayLiteral("<p>Talks\0 began.</p>") << "binary data" << QString();
    QTest::addRow("100,000 nested elements") << "deep.html" << nestedHtml(100000) << QString() << "Deep text sits at the bottom";
    QTest::addRow("unclosed tags") << "open.html" << repeated("<p><b><i><span>", 200000) + "Body." << QString() << "Body.";
    QTest::addRow("empty file") << "empty.txt" << QByteArray() << "the file is empty" << QString();
    QTest::addRow("lone surrogate bytes") << "surrogate.txt" << QByteArray("Text \xed\xa0\x80 more\n") << QString() << "more";
    QTest::addRow("front matter only") << "fm.md" << QByteArray("---\ntitle: x\n---\n") << "holds no article text" << QString();
    QTest::addRow("control characters") << "ctl.txt" << repeated("\x01\x02\x03\x1b[31m", 4000) << "binary data" << QString();
}

void TestHostileInput::importFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    QFETCH(QString, expectedText);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    bytes.clear();
    // A hang is caught by CTest's timeout; how long it takes is not this test's business.
    const ImportResult r = importArticle(path);
    if (expectedError.isEmpty()) {
        QVERIFY2(r.article, qPrintable(r.error));
        if (r.article && !expectedText.isEmpty())
            QVERIFY2(r.article->text.contains(expectedText), qPrintable(r.article->text.left(200)));
    } else {
        QVERIFY(!r.article);
        QVERIFY2(r.error.contains(expectedError), qPrintable(r.error));
    }
    // The same through the corpus loader: a problem a reader can read, never a crash.
    const Corpus c = loadCorpus({path});
    QCOMPARE(c.articles.size() + c.problems.size() >= 1, true);
    for (const LoadProblem &p : c.problems)
        QVERIFY(p.message().startsWith(path));
}

void TestHostileInput::nothingFetched()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    const QByteArray html = "<html><head><title>Page</title><script src=\"" + base
                            + "/a.js\"></script>"
                              "<link rel=\"stylesheet\" href=\""
                            + base + "/s.css\"><meta http-equiv=\"refresh\" content=\"0;url=" + base
                            + "/r\">"
                              "</head><body onload=\"document.body.innerHTML='INJECTED'\"><article>"
                              "<p>The summit opened on Thursday with a long speech about trade.</p>"
                              "<script>document.write('INJECTED BY SCRIPT');</script>"
                              "<img src=\""
                            + base + "/photo.jpg\" alt=\"photo\"><iframe src=\"" + base
                            + "/frame\"></iframe>"
                              "<p>Officials said the talks would continue on Friday.</p></article></body></html>";
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("page.html")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(html);
    f.close();
    const ImportResult r = importArticle(f.fileName());
    QVERIFY2(r.article, qPrintable(r.error));
    QVERIFY(r.article->text.contains(u"long speech about trade"));
    QVERIFY(r.article->text.contains(u"continue on Friday"));
    QVERIFY(!r.article->text.contains(u"INJECTED"));
    QVERIFY(!r.article->text.contains(u"document.write"));
    // Give any stray fetch time to arrive: none may.
    QVERIFY(!server.waitForNewConnection(500));
    QVERIFY(!server.hasPendingConnections());
}

void TestHostileInput::manyTinyFiles()
{
    // The full 100,000 is the README's command; a unit test keeps to a count that runs fast.
    const int count = qEnvironmentVariableIntValue("PARALLAX_TINY_FILES") > 0 ? qEnvironmentVariableIntValue("PARALLAX_TINY_FILES") : 3000;
    QTemporaryDir dir;
    for (int i = 0; i < count; ++i) {
        QFile f(dir.filePath(QStringLiteral("t%1.txt").arg(i, 6, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Item " + QByteArray::number(i) + ".\n");
    }
    const Corpus c = loadCorpus({dir.path()});
    QCOMPARE(c.articles.size() + c.problems.size(), count);
}

void TestHostileInput::offsetsExactThroughCli_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("right to left") << QStringLiteral("قال الرئيس محمد عباس في رام الله يوم الاثنين إن المحادثات ستستمر.\n"
                                                     "אמר ראש הממשלה בירושלים כי השיחות יימשכו.\n"
                                                     "Mahmoud Abbas met Antony Blinken in Ramallah on Monday.\n");
    QTest::addRow("mixed scripts") << QStringLiteral("Владимир Путин встретился с Си Цзиньпином в Пекине. "
                                                     "Vladimir Putin met Xi Jinping (习近平) in Beijing on 16 May 2024.\n"
                                                     "The Kremlin said Putin and Xi signed 11 documents.\n");
    QTest::addRow("emoji and combining") << QStringLiteral("🇺🇦 👩‍👩‍👧 Zelenskyy met Macron in Paris on Friday 🙂.\n"
                                                           "Se\u0301bastien Lecornu (Ministre des Arme\u0301es) said 12 👍 drones fell.\n"
                                                           "Macron said Zelenskyy would return to Paris in June.\n");
}

void TestHostileInput::offsetsExactThroughCli()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("one.txt"), QStringLiteral("two.txt")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The second article repeats the first in another order, so claims align.
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        if (name == u"two.txt")
            std::reverse(lines.begin(), lines.end());
        f.write(lines.join(u'\n').toUtf8() + "\n");
    }
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), {QStringLiteral("analyze"), dir.path(), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    QJsonParseError err;
    const QJsonObject root = QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1), &err).object();
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    QHash<QString, QString> texts;
    for (const QJsonValue &a : root.value(u"articles").toArray()) {
        const ImportResult r = importArticle(dir.filePath(a[u"file"].toString()));
        QVERIFY(r.article);
        texts.insert(a[u"id"].toString(), r.article->text);
    }
    QCOMPARE(texts.size(), 2);
    int ranges = 0;
    auto check = [&](const QJsonObject &o) {
        const QString &t = texts.value(o[u"article"].toString());
        const qsizetype start = o[u"start"].toInteger(), end = o[u"end"].toInteger();
        if (start < 0 || end > t.size() || start > end || t.mid(start, end - start) != o[u"text"].toString())
            return false;
        ++ranges;
        return true;
    };
    for (const QJsonValue &e : root.value(u"entities").toArray()) {
        for (const QJsonValue &m : e[u"mentions"].toArray())
            QVERIFY2(check(m.toObject()), qPrintable(QJsonDocument(m.toObject()).toJson()));
    }
    for (const QJsonValue &c : root.value(u"claims").toArray()) {
        for (const QJsonValue &m : c[u"members"].toArray())
            QVERIFY2(check(m.toObject()), qPrintable(QJsonDocument(m.toObject()).toJson()));
    }
    QVERIFY2(ranges > 0, "no entity or claim was found to check");
}

void TestHostileInput::comparisonFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    const QByteArray head = R"({"format":"parallax-comparison/1",)";
    QTest::addRow("not JSON") << QByteArray("{\"format\": ") << "not valid JSON";
    QTest::addRow("array") << QByteArray("[1,2]") << "a JSON object is expected";
    QTest::addRow("missing format") << QByteArray(R"({"corpus":{"paths":["a"]}})") << "\"format\" is missing";
    QTest::addRow("wrong format") << QByteArray(R"({"format":"parallax-analysis/1"})") << "not \"parallax-comparison/1\"";
    QTest::addRow("format a number") << QByteArray(R"({"format":1})") << "\"format\" should be text";
    QTest::addRow("missing corpus") << head + "\"marks\":[]}" << "\"corpus\" is missing";
    QTest::addRow("corpus a string") << head + R"("corpus":"x"})" << "\"corpus\" should be an object";
    QTest::addRow("paths missing") << head + R"("corpus":{}})" << "\"corpus.paths\" is missing";
    QTest::addRow("paths a string") << head + R"("corpus":{"paths":"a"}})" << "\"corpus.paths\" should be a list";
    QTest::addRow("path a number") << head + R"("corpus":{"paths":[3]}})" << "entry 1 of \"corpus.paths\" should be text";
    QTest::addRow("no paths") << head + R"("corpus":{"paths":[]}})" << "names no folder or file";
    QTest::addRow("path outside") << head + R"("corpus":{"paths":["../../etc"]}})" << "outside the comparison file's folder";
    QTest::addRow("path sneaking out") << head + R"("corpus":{"paths":["a/../../b"]}})" << "outside the comparison file's folder";
    QTest::addRow("article path outside") << head + R"("corpus":{"paths":["a"],"articles":[{"id":"x","path":"../x.txt","hash":"0"}]}})"
                                          << "outside the comparison file's folder";
    QTest::addRow("article without id") << head + R"("corpus":{"paths":["a"],"articles":[{"path":"a/x.txt","hash":"0"}]}})"
                                        << "\"corpus.articles[0].id\" is missing";
    QTest::addRow("duplicate article")
        << head + R"("corpus":{"paths":["a"],"articles":[{"id":"x","path":"a","hash":"0"},{"id":"x","path":"a","hash":"0"}]}})"
        << "appears twice";
    QTest::addRow("marks an object") << head + R"("corpus":{"paths":["a"]},"marks":{}})" << "\"marks\" should be a list";
    QTest::addRow("mark without claim") << head + R"("corpus":{"paths":["a"]},"marks":[{"verdict":"confirmed"}]})"
                                        << "\"marks[0].claim\" is missing";
    QTest::addRow("unknown verdict") << head + R"("corpus":{"paths":["a"]},"marks":[{"claim":"k","verdict":"maybe"}]})"
                                     << "expected confirmed, disputed or needs-checking";
    QTest::addRow("second mark's verdict") << head + R"("corpus":{"paths":["a"]},"marks":[{"claim":"k"},{"claim":"l","verdict":"maybe"}]})"
                                           << "\"marks[1].verdict\" is \"maybe\"";
    QTest::addRow("third article's hash")
        << head
               + R"("corpus":{"paths":["a"],"articles":[{"id":"x","path":"a/x","hash":"0"},{"id":"y","path":"a/y","hash":"0"},{"id":"z","path":"a/z"}]}})"
        << "\"corpus.articles[2].hash\" is missing";
    QTest::addRow("note a number") << head + R"("corpus":{"paths":["a"]},"marks":[{"claim":"k","note":5}]})"
                                   << "\"marks[0].note\" should be text";
    QTest::addRow("absurd note") << head + R"("corpus":{"paths":["a"]},"marks":[{"claim":"k","note":")" + QByteArray(200000, 'x') + "\"}]}"
                                 << "is too long";
    QTest::addRow("theme a list") << head + R"("corpus":{"paths":["a"]},"theme":[]})" << "\"theme\" should be text";
    QTest::addRow("columns wrong") << head + R"("corpus":{"paths":["a"]},"columns":{"order":[null]}})"
                                   << "entry 1 of \"columns.order\" should be text";
    QTest::addRow("absurd size") << QByteArray(kMaxComparisonBytes + 1, ' ') << "too large";
}

void TestHostileInput::comparisonFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.parallax"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const ComparisonReadResult r = readComparison(path);
    QVERIFY(!r.file);
    QVERIFY2(r.error.contains(expectedError), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(path), qPrintable(r.error)); // says which file
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
