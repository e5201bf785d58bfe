// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog: its preview follows the format and the options, and the
// export job writes what it previews.
#include "exportdialog.h"
#include "scriptedprompter.h"
#include "testrepository.h"
#include "exportjob.h"
#include "sheetpreviewjob.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextTable>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

namespace {
AnalysisPtr smallAnalysis()
{
    auto corpus = std::make_shared<Corpus>();
    corpus->title = QStringLiteral("Bridge opening");
    for (int i = 0; i < 2; ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.outlet = i ? QStringLiteral("Post") : QStringLiteral("Herald");
        a.title = QStringLiteral("Bridge opens");
        a.text = i ? QStringLiteral("Bridge opens\nThe bridge opened on Friday with 300 guests.\n")
                   : QStringLiteral("Bridge opens\nThe bridge opened on Friday with 3000 guests. <b>Mayor</b> Ann Lee spoke.\n");
        corpus->articles.append(a);
    }
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    Claim c;
    c.id = QStringLiteral("c1");
    c.kind = ClaimKind::Conflict;
    c.slot = QStringLiteral("count");
    for (int i = 0; i < 2; ++i) {
        const QString piece = i ? QStringLiteral("with 300 guests") : QStringLiteral("with 3000 guests");
        const qsizetype at = corpus->articles[i].text.indexOf(piece);
        c.members.append({i, {at, at + piece.size()}, piece, i ? QStringLiteral("300") : QStringLiteral("3000")});
    }
    analysis->claims.append(c);
    Entity e;
    e.id = QStringLiteral("e1");
    e.type = EntityType::Person;
    e.name = QStringLiteral("Ann Lee");
    const qsizetype at = corpus->articles[0].text.indexOf(e.name);
    e.mentions.append({0, {at, at + e.name.size()}, e.name});
    analysis->entities.append(e);
    return analysis;
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewFollowsFormat_data();
    void previewFollowsFormat();
    void optionsChangePreview();
    void exportsWhatItPreviews();
    void previewIsMadeInTheBackground_data();
    void previewIsMadeInTheBackground();
    void latestPreviewRequestWins();
    void asksBeforeReplacing_data();
    void asksBeforeReplacing();
};

void TestExportDialog::previewFollowsFormat_data()
{
    QTest::addColumn<SheetFormat>("format");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("contains");
    // HTML rendered, as a browser shows it: its text, the outlet's markup shown as text.
    QTest::addRow("html") << SheetFormat::Html << QStringLiteral("Bridge opening") << QStringLiteral("<b>Mayor</b>");
    QTest::addRow("markdown") << SheetFormat::Markdown << QStringLiteral("# Bridge opening") << QStringLiteral("**3000**");
    QTest::addRow("json") << SheetFormat::Json << QStringLiteral("{") << QStringLiteral("\"parallax-analysis/1\"");
    QTest::addRow("csv") << SheetFormat::Csv << QStringLiteral("claim,kind,slot") << QStringLiteral("c1,conflict,count");
    QTest::addRow("pdf") << SheetFormat::Pdf << QStringLiteral("Bridge opening") << QStringLiteral("3000");
    QTest::addRow("odt") << SheetFormat::Odt << QStringLiteral("Bridge opening") << QStringLiteral("Ann Lee");
}

void TestExportDialog::previewFollowsFormat()
{
    QFETCH(SheetFormat, format);
    QFETCH(QString, start);
    QFETCH(QString, contains);
    ExportDialog dialog(smallAnalysis(), testRepository());
    dialog.show();
    // Start from another format so that the change is what updates the preview.
    dialog.setFormat(format == SheetFormat::Json ? SheetFormat::Markdown : SheetFormat::Json);
    QSignalSpy spy(&dialog, &ExportDialog::previewUpdated);
    QTRY_VERIFY(spy.count() >= 1);
    const QString before = dialog.previewText();
    spy.clear();
    dialog.setFormat(format);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    const QString text = dialog.previewText();
    QVERIFY(text != before);
    QVERIFY2(text.startsWith(start), qPrintable(text.left(80)));
    QVERIFY2(text.contains(contains), qPrintable(text.left(400)));
    auto *plain = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"));
    const bool rendered = format == SheetFormat::Html || !isTextFormat(format);
    QCOMPARE(plain->isVisible(), !rendered);
    if (rendered) {
        // Laid out as a page: a table of the sources, no markup in the text.
        auto *rich = dialog.findChild<QTextEdit *>(QStringLiteral("richPreview"));
        QVERIFY(rich->isVisible());
        QVERIFY(!text.contains(QStringLiteral("<table")) && !text.contains(QStringLiteral("<td")));
        bool table = false;
        for (QTextFrame *frame : rich->document()->rootFrame()->childFrames())
            table |= qobject_cast<QTextTable *>(frame) != nullptr;
        QVERIFY(table);
    } else {
        // Highlighted: the first lines carry formats from the definition.
        bool formatted = false;
        for (QTextBlock b = plain->document()->begin(); b.isValid() && !formatted; b = b.next())
            formatted = !b.layout()->formats().isEmpty();
        QVERIFY(formatted);
    }
}

void TestExportDialog::optionsChangePreview()
{
    ExportDialog dialog(smallAnalysis(), testRepository());
    dialog.setFormat(SheetFormat::Markdown);
    QSignalSpy spy(&dialog, &ExportDialog::previewUpdated);
    QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("Ann Lee")));
    // Untick people: the entity leaves the preview.
    const auto boxes = dialog.findChildren<QCheckBox *>();
    const auto people =
        std::find_if(boxes.begin(), boxes.end(), [](QCheckBox *b) { return b->text() == entityTypeTitle(EntityType::Person); });
    QVERIFY(people != boxes.end());
    spy.clear();
    (*people)->setChecked(false);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!dialog.previewText().contains(QStringLiteral("Ann Lee")));
    QVERIFY(dialog.previewText().contains(QStringLiteral("3000")));
}

void TestExportDialog::exportsWhatItPreviews()
{
    ExportDialog dialog(smallAnalysis(), testRepository());
    dialog.setFormat(SheetFormat::Json);
    QSignalSpy spy(&dialog, &ExportDialog::previewUpdated);
    QTRY_VERIFY(spy.count() >= 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.json"));
    QVERIFY(dialog.setTarget(path));
    QCOMPARE(dialog.target(), path);
    ExportJob job(testRepository());
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(smallAnalysis(), dialog.settings(), dialog.target());
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<ExportResult>().ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), dialog.previewText());
}

void TestExportDialog::previewIsMadeInTheBackground_data()
{
    QTest::addColumn<SheetFormat>("format");
    QTest::addRow("markdown") << SheetFormat::Markdown;
    QTest::addRow("html") << SheetFormat::Html;
    QTest::addRow("pdf") << SheetFormat::Pdf;
}

// The dialog shows at once and says the preview is coming; the preview, made by a worker,
// then appears with the sheet's counts.
void TestExportDialog::previewIsMadeInTheBackground()
{
    QFETCH(SheetFormat, format);
    ExportDialog dialog(smallAnalysis(), testRepository());
    dialog.setFormat(format);
    QSignalSpy spy(&dialog, &ExportDialog::previewUpdated);
    dialog.show();
    QCOMPARE(spy.count(), 0);
    QVERIFY(dialog.previewText().isEmpty());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("Preparing")), qPrintable(summary->text()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
    QVERIFY(dialog.previewText().contains(QStringLiteral("3000")));
    QVERIFY2(summary->text().contains(QStringLiteral("1")) && !summary->text().contains(QStringLiteral("Preparing")),
             qPrintable(summary->text()));
}

// A request made while another is running replaces it: only the latest is shown.
void TestExportDialog::latestPreviewRequestWins()
{
    SheetPreviewJob job(testRepository());
    QSignalSpy ready(&job, &SheetPreviewJob::ready);
    for (SheetFormat format : {SheetFormat::Pdf, SheetFormat::Markdown, SheetFormat::Html, SheetFormat::Json}) {
        ExportSettings settings;
        settings.format = format;
        job.start(smallAnalysis(), settings, -1, QStringLiteral("[cut]"));
    }
    QVERIFY(ready.wait(30000));
    job.waitForFinished();
    QTest::qWait(100); // any stale result would have been delivered by now
    QCOMPARE(ready.count(), 1);
    const SheetPreview preview = ready.first().first().value<SheetPreview>();
    QCOMPARE(preview.format, SheetFormat::Json);
    QVERIFY(preview.text.startsWith(u'{'));
    QVERIFY(!preview.document);
    // A limit cuts the text at a line break and ends it with the note.
    ExportSettings json;
    json.format = SheetFormat::Json;
    job.start(smallAnalysis(), json, 200, QStringLiteral("[cut]"));
    QVERIFY(ready.wait(30000));
    const QString cut = ready.last().first().value<SheetPreview>().text;
    QVERIFY2(cut.endsWith(QStringLiteral("\n[cut]")) && cut.toUtf8().size() <= 200 + 5, qPrintable(cut));
    QVERIFY(preview.text.startsWith(cut.chopped(5)));
}

// A target that exists is taken only when the reader agrees to replace it; a new one without asking.
void TestExportDialog::asksBeforeReplacing_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<int>("questions");
    QTest::addRow("new file") << false << int(QMessageBox::No) << true << 0;
    QTest::addRow("replace: yes") << true << int(QMessageBox::Yes) << true << 1;
    QTest::addRow("replace: no") << true << int(QMessageBox::No) << false << 1;
}

void TestExportDialog::asksBeforeReplacing()
{
    QFETCH(bool, exists);
    QFETCH(int, answer);
    QFETCH(bool, taken);
    QFETCH(int, questions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.md"));
    if (exists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    ScriptedPrompter prompter{QMessageBox::StandardButton(answer)};
    ExportDialog dialog(smallAnalysis(), testRepository());
    dialog.setPrompter(&prompter);
    dialog.setFormat(SheetFormat::Markdown);
    QCOMPARE(dialog.setTarget(path), taken);
    QCOMPARE(dialog.target(), taken ? path : QString());
    QCOMPARE(prompter.asked().size(), questions);
}

int main(int argc, char **argv)
{
    QApplication::setAttribute(Qt::AA_Use96Dpi);
    QApplication app(argc, argv);
    TestExportDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_exportdialog.moc"
