// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing files as people save them: formats, encodings, and every kind of bad input.
#include "articleimporter.h"
#include "corpusloader.h"
#include "metadatacolumns.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextIsKeptExactly_data();
    void plainTextIsKeptExactly();
    void encodings_data();
    void encodings();
    void markdown_data();
    void markdown();
    void savedNewsPage();
    void htmlMetadata_data();
    void htmlMetadata();
    void badInput_data();
    void badInput();
    void folderWithNoArticles();
    void folderIsNotAFile();
};

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `bytes` saved as `name` in a folder of their own (gone once imported), then imported.
static ImportResult importBytes(const QString &name, const QByteArray &bytes)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (!writeFile(path, bytes))
        return {};
    return importArticle(path);
}

// Everything a load could change: names, sizes, times, permissions and contents.
static QStringList snapshot(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        QString line = fi.filePath() + u' ' + QString::number(fi.size()) + u' ' + fi.lastModified().toString(Qt::ISODateWithMs) + u' '
                       + QString::number(int(fi.permissions()));
        if (fi.isFile() && fi.size() < 1024 * 1024) {
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                line += u' ' + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        out.append(line);
    }
    out.sort();
    return out;
}

void TestImport::plainTextIsKeptExactly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("lf") << QByteArray("Headline\n\nBody line, officials said.\n")
                        << QStringLiteral("Headline\n\nBody line, officials said.\n");
    QTest::addRow("crlf kept") << QByteArray("Headline\r\nBody.\r\n") << QStringLiteral("Headline\r\nBody.\r\n");
    QTest::addRow("no final newline, tabs, nbsp") << QByteArray("A\tB\xC2\xA0"
                                                                "C  ")
                                                  << QStringLiteral("A\tB\u00A0C  ");
    // Python's utf-8 codec keeps U+FEFF, and so do the offsets the scorer checks.
    QTest::addRow("utf-8 bom kept") << QByteArray("\xEF\xBB\xBFHeadline\nBody.\n") << QChar(0xFEFF) + QStringLiteral("Headline\nBody.\n");
}

void TestImport::plainTextIsKeptExactly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const ImportResult r = importBytes(QStringLiteral("a.txt"), bytes);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->text, text);
    QCOMPARE(r.article->format, QStringLiteral("txt"));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
}

void TestImport::encodings_data()
{
    QTest::addColumn<QString>("encoding"); // name for QStringEncoder
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("detectedAs"); // acceptable names of the detected encoding
    const QString french =
        QStringLiteral("Le président a déclaré mercredi que les négociations reprendraient à Genève « dès que possible ».\n"
                       "Selon le ministère, l’accord prévoit une hausse des salaires de 9 % sur trois ans — une première.\n"
                       "Les syndicats ont salué une « victoire », tandis que les employeurs évoquent des coûts élevés.\n");
    const QString german = QStringLiteral(
        "Die Gespräche in Genf wurden am Mittwoch fortgesetzt, teilte das Außenministerium mit.\n"
        "Nach Angaben der Behörde müssen die Verträge bis Ende März unterzeichnet werden; größere Änderungen seien nicht geplant.\n"
        "Die Gewerkschaften äußerten sich zufrieden über das Ergebnis der Verhandlungen.\n");
    const QString japanese = QStringLiteral(
        "ロシアのプーチン大統領は木曜日、北京に到着し、中国の習近平国家主席と会談した。\n"
        "両首脳は経済協力の拡大について協議し、共同声明に署名した。今回の訪問は、プーチン氏にとって新たな任期の初めての外遊となる。\n");
    const QString chinese = QStringLiteral("俄罗斯总统普京星期四抵达北京，开始为期两天的国事访问，并与中国国家主席习近平举行会谈。\n"
                                           "双方同意进一步深化经济和军事合作，并签署了联合声明。这是普京开始新任期后的首次出访。\n");
    QTest::addRow("UTF-8") << QStringLiteral("UTF-8") << false << french << QStringList{QStringLiteral("UTF-8")};
    QTest::addRow("UTF-8 with BOM") << QStringLiteral("UTF-8") << true << french << QStringList{QStringLiteral("UTF-8")};
    QTest::addRow("UTF-16LE with BOM") << QStringLiteral("UTF-16LE") << true << french << QStringList{QStringLiteral("UTF-16LE")};
    QTest::addRow("UTF-16BE with BOM") << QStringLiteral("UTF-16BE") << true << japanese << QStringList{QStringLiteral("UTF-16BE")};
    QTest::addRow("Windows-1252") << QStringLiteral("windows-1252") << false << french << QStringList{QStringLiteral("WINDOWS-1252")};
    // Latin-1 and Windows-1252 agree on every letter here; either name decodes it right.
    QTest::addRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << false << german
                                << QStringList{QStringLiteral("ISO-8859-1"), QStringLiteral("WINDOWS-1252")};
    QTest::addRow("Shift-JIS") << QStringLiteral("Shift_JIS") << false << japanese << QStringList{QStringLiteral("SHIFT_JIS")};
    QTest::addRow("GB18030") << QStringLiteral("GB18030") << false << chinese << QStringList{QStringLiteral("GB18030")};
}

void TestImport::encodings()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, text);
    QFETCH(QStringList, detectedAs);
    QStringEncoder encoder(encoding.toLatin1().constData(), bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        QSKIP("this Qt build has no converter for the encoding");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const ImportResult r = importBytes(QStringLiteral("a.txt"), bytes);
    QVERIFY2(r.article, qPrintable(r.error));
    const QString expected = bom && encoding == u"UTF-8" ? QChar(0xFEFF) + text : text;
    QCOMPARE(r.article->text, expected);
    QVERIFY2(detectedAs.contains(r.encoding), qPrintable(r.encoding));
}

void TestImport::markdown_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("text");
    addMetadataColumns();
    QTest::addColumn<QString>("url");
    QTest::addRow("front matter and markup")
        << QByteArray("---\ntitle: \"Port strike ends\"\nauthor:\n  - Marta Okonkwo\n  - Liam O'Neill\ndate: 2025-03-03\n"
                      "source: The Harbour Gazette\nurl: https://example.org/a\ntags: [ports, labour]\n---\n"
                      "# Port strike ends\n\nDock workers *voted* on **Monday** to accept a [pay deal](https://example.org/deal),\n"
                      "ending a 12-day strike.\n\n![Cranes idle](https://example.org/c.jpg)\n\n"
                      "> \"Our members held the line,\" said Rosa Delgado.\n\n- first point\n- second &amp; last point\n\n"
                      "<div class=\"ad\">Advertisement</div>\n\nThe deal must still be approved.  \nIt meets on Thursday.\n")
        << QStringLiteral("Port strike ends\n\nDock workers voted on Monday to accept a pay deal, ending a 12-day strike.\n\n"
                          "\"Our members held the line,\" said Rosa Delgado.\n\nfirst point\n\nsecond & last point\n\n"
                          "The deal must still be approved.\nIt meets on Thursday.\n")
        << QStringLiteral("Port strike ends") << QStringLiteral("The Harbour Gazette") << QStringLiteral("Marta Okonkwo, Liam O'Neill")
        << QDate(2025, 3, 3) << QStringLiteral("https://example.org/a");
    QTest::addRow("no front matter: heading is the title, byline from text")
        << QByteArray("# Talks resume\n\nBy Ann Lee\n\nThe minister arrived in Paris on Monday, officials said.\n")
        << QStringLiteral("Talks resume\n\nBy Ann Lee\n\nThe minister arrived in Paris on Monday, officials said.\n")
        << QStringLiteral("Talks resume") << QString() << QStringLiteral("Ann Lee") << QDate() << QString();
    QTest::addRow("a rule is not front matter") << QByteArray("Intro paragraph, officials said.\n\n---\n\nSecond part.\n")
                                                << QStringLiteral("Intro paragraph, officials said.\n\nSecond part.\n") << QString()
                                                << QString() << QString() << QDate() << QString();
}

void TestImport::markdown()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, text);
    QFETCH(QString, url);
    const ImportResult r = importBytes(QStringLiteral("a.md"), source);
    QVERIFY2(r.article, qPrintable(r.error));
    QCOMPARE(r.article->format, QStringLiteral("md"));
    QCOMPARE(r.article->text, text);
    compareMetadata(*r.article);
    QCOMPARE(r.article->url, url);
}

// A saved page with navigation, ads, comments, scripts and remote images: only the report remains.
void TestImport::savedNewsPage()
{
    const QString dir = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/html/");
    const ImportResult r = importArticle(dir + QStringLiteral("news-page.html"));
    QVERIFY2(r.article, qPrintable(r.error));
    QFile expected(dir + QStringLiteral("news-page.txt"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(r.article->text, QString::fromUtf8(expected.readAll()));
    QCOMPARE(r.article->format, QStringLiteral("html"));
    // JSON-LD NewsArticle wins over <meta> and <title>.
    QCOMPARE(r.article->title, QStringLiteral("Port strike ends after 12 days as unions accept pay deal"));
    QCOMPARE(r.article->outlet, QStringLiteral("The Harbour Gazette"));
    QCOMPARE(r.article->byline, QStringLiteral("Marta Okonkwo and Liam O’Neill"));
    QCOMPARE(r.article->published, QDate(2025, 3, 3));
    QCOMPARE(r.article->url, QStringLiteral("https://www.harbourgazette.example/news/2025/03/port-strike-ends"));
    QVERIFY(r.article->clutter.isEmpty());
}

void TestImport::htmlMetadata_data()
{
    QTest::addColumn<QByteArray>("html");
    addMetadataColumns();
    QTest::addColumn<QString>("firstLine");
    const QByteArray paragraphs =
        "<p>The minister arrived in Paris on Monday for talks on trade, energy and security, officials said.</p>"
        "<p>Both sides agreed to meet again in the autumn, according to a joint statement, the ministry said.</p>";
    QTest::addRow("meta tags only")
        << QByteArray(
               "<html><head><title>Talks resume - Example News</title><meta property=\"og:title\" content=\"Talks resume in Paris\">"
               "<meta property=\"og:site_name\" content=\"Example News\"><meta name=\"author\" content=\"By Ann Lee\">"
               "<meta property=\"article:published_time\" content=\"2025-01-05T10:00:00+01:00\"></head><body><div class=\"content\">")
               + paragraphs + "</div></body></html>"
        << QStringLiteral("Talks resume in Paris") << QStringLiteral("Example News") << QStringLiteral("Ann Lee") << QDate(2025, 1, 5)
        << QStringLiteral("The minister arrived in Paris on Monday for talks on trade, energy and security, officials said.");
    QTest::addRow("title element only")
        << QByteArray("<html><head><title>Talks resume in Paris | Example News</title></head><body><div>") + paragraphs
               + "</div></body></html>"
        << QStringLiteral("Talks resume in Paris") << QString() << QString() << QDate()
        << QStringLiteral("The minister arrived in Paris on Monday for talks on trade, energy and security, officials said.");
    QTest::addRow("declared legacy charset")
        << QByteArray("<html><head><meta charset=\"windows-1252\"><title>Caf\xE9 talks</title></head><body><div><p>Le pr\xE9sident a d\xE9"
                      "clar\xE9 mercredi que les n\xE9"
                      "gociations reprendraient, selon le minist\xE8re.</p></div></body></html>")
        << QStringLiteral("Café talks") << QString() << QString() << QDate()
        << QStringLiteral("Le président a déclaré mercredi que les négociations reprendraient, selon le ministère.");
    // Readability's sibling rule: a body split by an ad block is joined again, the ad left out.
    QTest::addRow("body split around an ad") << QByteArray(
        "<html><body><nav><a href=/>Home</a></nav><div id=story><div class=\"para-group\"><p>First part of the report, "
        "with enough words, commas, and detail to count as prose.</p><p>Second paragraph, also long enough, with a "
        "comma, and a full stop.</p></div><div class=\"advert\">Advertisement</div><div class=\"para-group\"><p>Third "
        "paragraph, after the advert, still part of the same report.</p><p>Fourth paragraph, the last one, said the "
        "ministry, closing the story.</p></div></div><div class=\"comments\"><p>Reader comment, long enough, with "
        "commas, to look like prose, but in comments.</p></div></body></html>")
                                             << QString() << QString() << QString() << QDate()
                                             << QStringLiteral(
                                                    "First part of the report, with enough words, commas, and detail to count as prose.");
    QTest::addRow("json-ld array with string author")
        << QByteArray(
               "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"NewsArticle\"],"
               "\"headline\":\"Talks resume\",\"author\":\"Ann Lee\",\"datePublished\":\"2025-02-01\",\"publisher\":\"Example Wire\"}]"
               "</script></head><body><article>")
               + paragraphs + "</article></body></html>"
        << QStringLiteral("Talks resume") << QStringLiteral("Example Wire") << QStringLiteral("Ann Lee") << QDate(2025, 2, 1)
        << QStringLiteral("The minister arrived in Paris on Monday for talks on trade, energy and security, officials said.");
}

void TestImport::htmlMetadata()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, firstLine);
    const ImportResult r = importBytes(QStringLiteral("page.htm"), html);
    QVERIFY2(r.article, qPrintable(r.error));
    compareMetadata(*r.article);
    QCOMPARE(r.article->text.section(u'\n', 0, 0), firstLine);
    QVERIFY2(!r.article->text.contains(QStringLiteral("Advertisement")), qPrintable(r.article->text));
    QVERIFY2(!r.article->text.contains(QStringLiteral("Reader comment")), qPrintable(r.article->text));
    if (QTest::currentDataTag() == QByteArrayLiteral("body split around an ad"))
        QVERIFY2(r.article->text.contains(QStringLiteral("Fourth paragraph")), qPrintable(r.article->text));
}

// Each bad input: one problem naming the file and the reason, the good article still loads,
// and nothing in the folder changes.
void TestImport::badInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonPart");
    const QString write = QStringLiteral("write");
    QTest::addRow("empty file") << write << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("only spaces") << write << QStringLiteral("blank.md") << QByteArray(" \n\t\n") << QStringLiteral("empty");
    QTest::addRow("only a BOM") << write << QStringLiteral("bom.txt") << QByteArray("\xEF\xBB\xBF\n") << QStringLiteral("empty");
    QTest::addRow("binary with NUL bytes") << write << QStringLiteral("photo.txt")
                                           << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20) << QStringLiteral("binary");
    QTest::addRow("control characters") << write << QStringLiteral("data.txt")
                                        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12 abc")
                                        << QStringLiteral("binary");
    QTest::addRow("invalid UTF-8") << write << QStringLiteral("broken.txt")
                                   << QByteArray("Caf\xC3\xA9 talks in Gen\xC3\xA8ve, officials said \xC3\x28 then \xFF.\n")
                                   << QStringLiteral("not valid UTF-8");
    QTest::addRow("UTF-16 BOM on odd bytes") << write << QStringLiteral("fake16.txt")
                                             << QByteArray("\xFF\xFE\xFA\xFB\xFC random \x80\x81\x82\n")
                                             << QStringLiteral("not valid UTF-16LE");
    QTest::addRow("truncated UTF-8") << write << QStringLiteral("cut.txt") << QByteArray("Talks in Gen\xC3\xA8ve ended \xE2\x80")
                                     << QStringLiteral("not valid UTF-8");
    QTest::addRow("200 MB file") << QStringLiteral("sparse") << QStringLiteral("huge.txt") << QByteArray()
                                 << QStringLiteral("over the limit of 20 MB");
    QTest::addRow("unreadable file") << QStringLiteral("chmod") << QStringLiteral("secret.txt") << QByteArray("Some text.\n")
                                     << QStringLiteral("cannot be read");
    QTest::addRow("FIFO named like an article")
        << QStringLiteral("fifo") << QStringLiteral("pipe.txt") << QByteArray() << QStringLiteral("not a regular file");
    QTest::addRow("page without text") << write << QStringLiteral("empty.html")
                                       << QByteArray("<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>")
                                       << QStringLiteral("no article text");
    QTest::addRow("manifest not JSON") << write << QStringLiteral("corpus.json") << QByteArray("{ \"articles\": [ ")
                                       << QStringLiteral("not valid JSON");
    QTest::addRow("manifest not an object") << write << QStringLiteral("corpus.json") << QByteArray("[1, 2]")
                                            << QStringLiteral("not valid JSON");
    QTest::addRow("manifest names a missing file")
        << write << QStringLiteral("corpus.json") << QByteArray(R"({"articles":[{"file":"gone.txt","outlet":"X"}]})")
        << QStringLiteral("gone.txt\", which does not exist");
    QTest::addRow("manifest path outside") << write << QStringLiteral("corpus.json")
                                           << QByteArray(R"({"articles":[{"file":"../../etc/hostname"}]})")
                                           << QStringLiteral("outside the corpus folder");
    QTest::addRow("manifest absolute path") << write << QStringLiteral("corpus.json")
                                            << QByteArray(R"({"articles":[{"file":"/etc/hostname"}]})")
                                            << QStringLiteral("outside the corpus folder");
    QTest::addRow("same article twice") << write << QStringLiteral("second-copy.txt") << QByteArray("A good article.\nIt has text.\n")
                                        << QStringLiteral("same article as good.txt");
    QTest::addRow("same article, other spacing") << write << QStringLiteral("spaced-copy.txt")
                                                 << QByteArray("\xEF\xBB\xBF"
                                                               "A good article.\r\n\r\nIt has text.")
                                                 << QStringLiteral("same article as good.txt");
    QTest::addRow("link to an article already loaded") << QStringLiteral("link") << QStringLiteral("link-to-good.txt")
                                                       << QByteArray("good.txt") << QStringLiteral("same article as good.txt");
    QTest::addRow("symlink loop") << QStringLiteral("link") << QStringLiteral("loop.txt") << QByteArray("loop.txt")
                                  << QStringLiteral("link loop");
    QTest::addRow("broken link") << QStringLiteral("link") << QStringLiteral("dangling.txt") << QByteArray("nowhere.txt")
                                 << QStringLiteral("broken link");
}

void TestImport::badInput()
{
    QFETCH(QString, setup);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("good.txt")), "A good article.\nIt has text.\n"));
    const QString path = dir.filePath(fileName);
    if (setup == u"write") {
        QVERIFY(writeFile(path, bytes));
    } else if (setup == u"sparse") {
        // A 200 MB file without writing 200 MB: the size alone must refuse it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200LL * 1024 * 1024));
    } else if (setup == u"chmod") {
        if (::geteuid() == 0)
            QSKIP("running as root: chmod 000 does not stop root from reading (see folderIsNotAFile for a read failure)");
        QVERIFY(writeFile(path, bytes));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    } else if (setup == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (setup == u"link") {
        QVERIFY(QFile::link(QString::fromUtf8(bytes), path));
    }
    const QStringList before = snapshot(dir.path());
    const Corpus corpus = loadCorpus({dir.path()});
    QCOMPARE(snapshot(dir.path()), before);
    if (setup == u"chmod")
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(corpus.articles.size(), 1);
    QCOMPARE(corpus.articles[0].id, QStringLiteral("good"));
    QCOMPARE(corpus.problems.size(), 1);
    QVERIFY2(corpus.problems[0].path.endsWith(u'/' + fileName), qPrintable(corpus.problems[0].message()));
    QVERIFY2(corpus.problems[0].reason.contains(reasonPart), qPrintable(corpus.problems[0].message()));
}

void TestImport::folderWithNoArticles()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("good.txt")), "A good article.\nIt has text.\n"));
    const QString empty = dir.filePath(QStringLiteral("drafts"));
    QVERIFY(QDir().mkdir(empty));
    QVERIFY(writeFile(empty + QStringLiteral("/notes.docx"), "PK\x03\x04"));
    const Corpus corpus = loadCorpus({dir.path(), empty});
    QCOMPARE(corpus.articles.size(), 1);
    QCOMPARE(corpus.problems.size(), 1);
    QVERIFY2(corpus.problems[0].path.endsWith(QStringLiteral("/drafts")), qPrintable(corpus.problems[0].message()));
    QVERIFY2(corpus.problems[0].reason.contains(QStringLiteral("no articles")), qPrintable(corpus.problems[0].message()));
}

// Reading fails even for root when the "file" is a folder named like an article.
void TestImport::folderIsNotAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.txt"));
    QVERIFY(QDir().mkdir(path));
    const ImportResult r = importArticle(path);
    QVERIFY(!r.article);
    QVERIFY2(r.error.contains(QStringLiteral("folder")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
