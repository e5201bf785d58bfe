// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading and export run in the background with cancel (issue 21): a canceled load of
// many files says so and finishes without a corpus; a canceled export leaves no file (or
// the old one as it was); a finished export names its file in the message bar; a
// comparison file is read off the GUI thread, the latest request winning.
#include "analysisjob.h"
#include "analyzer.h"
#include "backgroundpriority.h"
#include "parallelfor.h"
#include "comparisonreadjob.h"
#include "corpusloader.h"
#include "exportjob.h"
#include "jobindicator.h"
#include "mainwindow.h"
#include "testrepository.h"
#include "messagebar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

class TestBackgroundJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void canceledLoadReportsAndFinishes();
    void cancelButtonStopsLoading();
    void canceledExportWritesNothing_data();
    void canceledExportWritesNothing();
    void finishedExportNamesItsFile();
    void htmlWriterStopsWhenCanceled();
    void comparisonReadLatestWins();
    void analysisLowersOnlyItsOwnThreads();

private:
    QTemporaryDir m_many;
};

static QString seedDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
}

// Holds every thread of a pool (the global one unless told) until released, so that a job started meanwhile
// is canceled before its worker runs, whatever the machine's speed. The semaphores are
// shared with the held threads, which may still be returning from them after the blocker is gone.
class PoolBlocker
{
public:
    explicit PoolBlocker(QThreadPool *pool = QThreadPool::globalInstance())
        : m_threads(pool->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            pool->start([started = m_started, gate = m_gate] {
                started->release();
                gate->acquire();
            });
        }
        m_started->acquire(m_threads);
    }
    ~PoolBlocker() { m_gate->release(m_threads); }

private:
    int m_threads;
    std::shared_ptr<QSemaphore> m_started = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
};

// A shown main window with the default corpus analysed.
static void showAnalysed(MainWindow &window)
{
    window.show();
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openPaths({seedDir()});
    QVERIFY(shown.wait(120000));
}

void TestBackgroundJobs::initTestCase()
{
    // 3,000 invented articles of a few paragraphs: loading them takes a while on any machine.
    QVERIFY(m_many.isValid());
    for (int i = 0; i < 3000; ++i) {
        QFile f(m_many.filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "Harbour works resume in town " + QByteArray::number(i) + "\n\n";
        for (int p = 0; p < 12; ++p)
            text += "The council of town " + QByteArray::number(i) + " said on Monday that " + QByteArray::number(p * 17 + i)
                    + " workers would return to the harbour, where repairs had stopped in March after the storm.\n\n";
        f.write(text);
    }
}

void TestBackgroundJobs::canceledLoadReportsAndFinishes()
{
    AnalysisJob job;
    QSignalSpy canceled(&job, &AnalysisJob::canceled);
    QSignalSpy loaded(&job, &AnalysisJob::corpusLoaded);
    QSignalSpy progress(&job, &AnalysisJob::progressChanged);
    job.start({m_many.path()});
    QVERIFY(job.isRunning());
    // Under way: some files imported, not all.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(progress.begin(), progress.end(), [](const QList<QVariant> &args) { return args.first().toInt() > 0; }), 60000);
    job.cancel();
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!job.isRunning());
    job.waitForFinished(); // the worker stops: it skips the files not yet imported
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(canceled.size(), 1);

    // The job takes the next request as if nothing had happened.
    job.start({seedDir()});
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.first().first().value<std::shared_ptr<const Corpus>>()->articles.size(), 5);
}

void TestBackgroundJobs::cancelButtonStopsLoading()
{
    MainWindow window(testRepository());
    window.show();
    QSignalSpy shown(&window, &MainWindow::corpusShown);
    QSignalSpy canceled(window.analysisJob(), &AnalysisJob::canceled);
    window.openPaths({m_many.path()});
    QToolButton *cancel = window.cancelAnalysisButton();
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!cancel->isVisible());
    window.analysisJob()->waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 0);
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(QStringLiteral("Canceled")); }));
}

void TestBackgroundJobs::canceledExportWritesNothing_data()
{
    QTest::addColumn<SheetFormat>("format");
    QTest::addColumn<bool>("existing");
    QTest::addRow("new html") << SheetFormat::Html << false;
    QTest::addRow("replacing html") << SheetFormat::Html << true;
    QTest::addRow("new pdf") << SheetFormat::Pdf << false;
}

void TestBackgroundJobs::canceledExportWritesNothing()
{
    QFETCH(SheetFormat, format);
    QFETCH(bool, existing);
    MainWindow window(testRepository());
    showAnalysed(window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.") + sheetFormatSuffix(format));
    const QByteArray before = "an earlier sheet, complete";
    if (existing) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    ExportSettings settings;
    settings.format = format;
    QSignalSpy finished(window.exportJob(), &ExportJob::finished);
    {
        PoolBlocker blocker(backgroundPool()); // an export is long work (backgroundpriority.h)
        window.startExport(settings, path);
        QVERIFY(window.exportIndicator()->isVisible());
        QVERIFY(window.exportIndicator()->text().contains(QStringLiteral("sheet.")));
        QTest::mouseClick(window.exportIndicator()->cancelButton(), Qt::LeftButton);
    }
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY(result.canceled);
    QVERIFY(!result.ok);
    QVERIFY(!window.exportIndicator()->isVisible());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), existing ? QStringList{QFileInfo(path).fileName()} : QStringList());
    if (existing) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
    QVERIFY(!window.messageBar()->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("canceled")));
}

void TestBackgroundJobs::finishedExportNamesItsFile()
{
    MainWindow window(testRepository());
    showAnalysed(window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("putin xi.md"));
    ExportSettings settings;
    settings.format = SheetFormat::Markdown;
    QSignalSpy finished(window.exportJob(), &ExportJob::finished);
    window.startExport(settings, path);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().value<ExportResult>().ok);
    MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->isWarning());
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped()), qPrintable(bar->text()));
    QVERIFY(bar->actionButton()->isVisible());
    QCOMPARE(bar->actionButton()->text(), QStringLiteral("Open Folder"));
    // What was written is the whole sheet, as a synchronous export writes it.
    const QString reference = dir.filePath(QStringLiteral("reference.md"));
    QVERIFY(exportSheet(*window.analysis(), settings, reference, testRepository()).ok);
    QFile written(path), expected(reference);
    QVERIFY(written.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.readAll());
}

// The HTML writer polls between claim rows and between articles, so a big export stops
// soon after the reader cancels, with nothing to write.
void TestBackgroundJobs::htmlWriterStopsWhenCanceled()
{
    const AnalysisPtr analysis = analyzeCorpus(std::make_shared<Corpus>(loadCorpus({seedDir()})));
    const Sheet sheet = buildSheet(*analysis, {});
    QVERIFY(sheet.compared.size() > 3);
    int polls = 0;
    QVERIFY(!sheetToHtml(sheet, nullptr, [&polls] { return ++polls > 1000000; }).isEmpty());
    const int everyPoll = polls;
    QVERIFY2(everyPoll >= sheet.compared.size() + sheet.sources.size(), qPrintable(QString::number(everyPoll)));
    polls = 0;
    QVERIFY(sheetToHtml(sheet, nullptr, [&polls] { return ++polls > 2; }).isEmpty());
    QVERIFY(polls < everyPoll);
}

void TestBackgroundJobs::comparisonReadLatestWins()
{
    QTemporaryDir dir;
    ComparisonFile first;
    first.corpusPaths = {dir.filePath(QStringLiteral("articles"))};
    first.theme = QStringLiteral("First");
    ComparisonFile second = first;
    second.theme = QStringLiteral("Second");
    second.marks.insert(QStringLiteral("claim-key"), ReaderMark{Verdict::Disputed, QStringLiteral("check the date")});
    const QString a = dir.filePath(QStringLiteral("first.parallax"));
    const QString b = dir.filePath(QStringLiteral("second.parallax"));
    const QString bad = dir.filePath(QStringLiteral("bad.parallax"));
    QVERIFY(writeComparison(first, a));
    QVERIFY(writeComparison(second, b));
    QFile damaged(bad);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": \"parallax-comparison/1\", \"marks\": [");
    damaged.close();

    ComparisonReadJob job;
    QStringList paths;
    QList<ComparisonReadResult> results;
    connect(&job, &ComparisonReadJob::finished, this, [&](const QString &path, const ComparisonReadResult &r) {
        paths.append(path);
        results.append(r);
    });
    {
        PoolBlocker blocker; // both reads wait for a thread: the second replaces the first
        job.start(a);
        job.start(b);
        QVERIFY(job.isRunning());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), 10000);
    QTest::qWait(200); // the first read's result, had it been reported, would have come by now
    QCOMPARE(paths, QStringList{b});
    QVERIFY(results[0].file);
    QCOMPARE(results[0].file->theme, QStringLiteral("Second"));
    QCOMPARE(results[0].file->marks.value(QStringLiteral("claim-key")).note, QStringLiteral("check the date"));

    job.start(bad);
    QTRY_COMPARE_WITH_TIMEOUT(paths.size(), 2, 10000);
    QVERIFY(!results[1].file);
    QVERIFY2(results[1].error.contains(QStringLiteral("bad.parallax")), qPrintable(results[1].error));

    // Canceled: nothing is reported.
    job.start(a);
    job.cancel();
    QVERIFY(!job.isRunning());
    QTest::qWait(300);
    QCOMPARE(paths.size(), 2);
}

QTEST_MAIN(TestBackgroundJobs)
// Whether a task started on `pool` (never run on the waiting thread, as QFuture's waits may)
// and the engine's loops started from it run lowered; each thread says so itself.
static std::pair<bool, bool> loweredOn(QThreadPool *pool)
{
    const auto done = std::make_shared<QSemaphore>(); // the worker may still be in release() after acquire()
    bool task = false;
    std::atomic_bool loop = false;
    pool->start([&task, &loop, done] {
        task = threadLowered();
        parallelFor(64, [&loop](int) {
            if (threadLowered())
                loop = true;
        });
        done->release();
    });
    done->acquire();
    return {task, loop};
}

// The analysis yields to the window on threads of its own: the global pool's thread that
// started it, and so what later runs there (reading a comparison, loading its articles,
// recalling a kept analysis: what a reader waits for), keeps its priority. Before, the
// analysis lowered that thread for good, and a restore under load took ten times as long.
void TestBackgroundJobs::analysisLowersOnlyItsOwnThreads()
{
    QThreadPool *global = QThreadPool::globalInstance();
    const int globalThreads = global->maxThreadCount(), backgroundThreads = backgroundPool()->maxThreadCount();
    // One thread each: whatever ran on a pool ran on the thread asked below.
    global->setMaxThreadCount(1);
    backgroundPool()->setMaxThreadCount(1);
    {
        AnalysisJob job;
        QSignalSpy ready(&job, &AnalysisJob::analysisReady);
        job.start({seedDir()});
        QVERIFY(ready.wait(120000));
        job.waitForFinished();
    }
    const auto [globalTask, globalLoop] = loweredOn(global);
    QVERIFY(!globalTask);
    QVERIFY(!globalLoop);
    const auto [backgroundTask, backgroundLoop] = loweredOn(backgroundPool());
    QVERIFY(backgroundTask); // the analysis ran there, lowered
    QVERIFY(backgroundLoop);
    global->setMaxThreadCount(globalThreads);
    backgroundPool()->setMaxThreadCount(backgroundThreads);
}

#include "tst_backgroundjobs.moc"
