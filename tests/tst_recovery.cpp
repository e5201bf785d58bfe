// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's work survives: comparison files round-trip, marks outlive re-analysis and
// changed articles, and a kill -9 during editing loses nothing that was autosaved, with
// two instances running at once.
#include "analysisfixture.h"
#include "analyzer.h"
#include "articlecolumn.h"
#include "articletextview.h"
#include "comparisonview.h"
#include "findbar.h"
#include "autosaver.h"
#include "corpusloader.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "scriptedprompter.h"
#include "testrepository.h"
#include "readermarks.h"
#include "recoveryexpectation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void marksSurviveChangedArticle();
    void marksOfASavedFileFindTheirClaims();
    void autosaveWritesAfterDelay();
    void liveInstancesAreNotOffered();
    void twoInstancesKillOneCloseOther();
    void recoveryIsReadWhileTheWindowIsUsable();
    void restoreMakesOnlyShownColumns();
};

// The default corpus kept in the repository (a clone needs nothing beside it).
static QString seedDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024");
}

static bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

void TestRecovery::roundTrip_data()
{
    QTest::addColumn<bool>("corpusInside");
    QTest::addColumn<bool>("expectRelative");
    QTest::addRow("corpus beside the file") << true << true;
    QTest::addRow("corpus elsewhere") << false << false;
}

void TestRecovery::roundTrip()
{
    QFETCH(bool, corpusInside);
    QFETCH(bool, expectRelative);
    QTemporaryDir dir, other;
    const QString corpusDir = (corpusInside ? dir.path() : other.path()) + QStringLiteral("/articles");
    QVERIFY(copyFolder(seedDir(), corpusDir));
    const Corpus corpus = loadCorpus({corpusDir});
    QCOMPARE(corpus.articles.size(), 5);
    ComparisonFile f = comparisonForCorpus(corpus, {corpusDir});
    f.columnOrder = {corpus.articles[2].id, corpus.articles[0].id};
    f.hiddenColumns = {corpus.articles[4].id};
    f.theme = QStringLiteral("Breeze Dark");
    f.marks.insert(QStringLiteral("abc"), {Verdict::Disputed, QStringLiteral("nöte\n\"quoted\"")});
    f.marks.insert(QStringLiteral("def"), {Verdict::None, QStringLiteral("only a note")});
    f.marks.insert(QStringLiteral("ghi"), {Verdict::NeedsChecking, {}});
    const QString path = dir.filePath(QStringLiteral("work.parallax"));
    QString error;
    QVERIFY2(writeComparison(f, path, &error), qPrintable(error));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll().contains(QByteArray("\"") + corpusDir.toUtf8() + "\""), !expectRelative);

    const ComparisonReadResult r = readComparison(path);
    QVERIFY2(r.file, qPrintable(r.error));
    QCOMPARE(r.file->corpusPaths, f.corpusPaths);
    QCOMPARE(r.file->columnOrder, f.columnOrder);
    QCOMPARE(r.file->hiddenColumns, f.hiddenColumns);
    QCOMPARE(r.file->theme, f.theme);
    QCOMPARE(r.file->marks, f.marks);
    QCOMPARE(r.file->articles.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(r.file->articles[i].path, corpus.articles[i].filePath);
        QCOMPARE(r.file->articles[i].hash, articleTextHash(corpus.articles[i].text));
    }
    const ComparisonDrift drift = compareWithCorpus(*r.file, corpus);
    QVERIFY(drift.changedArticles.isEmpty() && drift.missingArticles.isEmpty() && drift.addedArticles.isEmpty());
}

void TestRecovery::marksSurviveChangedArticle()
{
    QTemporaryDir dir;
    const QString corpusDir = dir.filePath(QStringLiteral("articles"));
    QVERIFY(copyFolder(seedDir(), corpusDir));
    auto corpus = std::make_shared<Corpus>(loadCorpus({corpusDir}));
    const AnalysisPtr before = analyzeCorpus(corpus);
    QVERIFY(before->claims.size() > 3);
    ReaderMarks marks;
    for (int i = 0; i < before->claims.size(); ++i) {
        const QString key = before->claims[i].key;
        marks.setVerdict(key, expectedVerdict(key));
        marks.setNote(key, expectedNote(key));
    }
    ComparisonFile saved = comparisonForCorpus(*corpus, {corpusDir});
    saved.marks = marks.marks();

    // Change one article on disk: a sentence appended.
    const Article &changed = corpus->articles[1];
    QFile file(changed.filePath);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n\nA completely new paragraph was added by the editors later on Tuesday.\n");
    file.close();
    auto reloaded = std::make_shared<Corpus>(loadCorpus({corpusDir}));
    const AnalysisPtr after = analyzeCorpus(reloaded);
    const ComparisonDrift drift = compareWithCorpus(saved, *reloaded);
    QCOMPARE(drift.changedArticles, QStringList{changed.id});

    ReaderMarks restored;
    restored.setMarks(saved.marks);
    int kept = 0;
    for (int i = 0; i < after->claims.size(); ++i) {
        const QString key = after->claims[i].key;
        if (restored.verdict(key) != Verdict::None) {
            QCOMPARE(restored.verdict(key), expectedVerdict(key));
            QCOMPARE(restored.note(key), expectedNote(key));
            ++kept;
        }
    }
    // Claims not touching the changed article all keep their marks.
    int untouched = 0;
    const int changedIndex = corpus->indexOf(changed.id);
    for (const Claim &c : before->claims)
        untouched += !c.memberIn(changedIndex);
    QVERIFY2(kept >= untouched, qPrintable(QStringLiteral("%1 kept, %2 untouched").arg(kept).arg(untouched)));
    QCOMPARE(restored.unmatchedKeys(*after).size(), qsizetype(restored.marks().size() - kept));
}

// A comparison saved before the claim key moved into the engine (Claim::key), its keys made
// by ReaderMarks then: every mark lands on the claim it was made on, the one whose claim is
// gone stays in the file. A change to how keys are made has to keep this passing.
void TestRecovery::marksOfASavedFileFindTheirClaims()
{
    const ComparisonReadResult read = readComparison(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/comparisons/fixture-visit.parallax"));
    QVERIFY2(read.file, qPrintable(read.error));
    const AnalysisPtr analysis = Fixture::analysis();
    ReaderMarks marks;
    marks.setMarks(read.file->marks);
    QCOMPARE(marks.marks().size(), 4);
    QCOMPARE(marks.unmatchedKeys(*analysis), QStringList{QStringLiteral("ffffffffffffffffffffffff")});
    const QList<Claim> &claims = analysis->claims;
    QCOMPARE(claims[0].kind, ClaimKind::Shared);
    QCOMPARE(marks.verdict(claims[0].key), Verdict::Confirmed);
    QCOMPARE(claims[1].kind, ClaimKind::Conflict);
    QCOMPARE(marks.verdict(claims[1].key), Verdict::Disputed);
    QCOMPARE(marks.note(claims[1].key), QStringLiteral("Reuters counts 20; check the signing ceremony list."));
    QCOMPARE(claims[5].members.first().text, QStringLiteral("Yuri Ushakov did not comment."));
    QCOMPARE(marks.note(claims[5].key), QStringLiteral("Asked twice."));
    for (int i : {2, 3, 4})
        QVERIFY(marks.mark(claims[i].key).isEmpty());
}

void TestRecovery::autosaveWritesAfterDelay()
{
    QTemporaryDir dir;
    ReaderMarks marks;
    AutoSaver saver(dir.path());
    saver.setDelay(200);
    saver.setSnapshot([&] {
        ComparisonFile f;
        f.corpusPaths = {dir.path()};
        f.marks = marks.marks();
        return f;
    });
    connect(&marks, &ReaderMarks::changed, &saver, &AutoSaver::scheduleSave);
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QVERIFY(!saver.hasRecovery());
    marks.setVerdict(QStringLiteral("k1"), Verdict::Confirmed);
    marks.setNote(QStringLiteral("k2"), QStringLiteral("n"));
    QVERIFY(saver.isPending());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const ComparisonReadResult r = saver.readRecovery();
    QVERIFY2(r.file, qPrintable(r.error));
    QCOMPARE(r.file->marks.size(), 2);
    saver.discard();
    QVERIFY(!saver.hasRecovery());
}

// A recovery helper editing the corpus as reader `instance`; returns its recovery file's path.
static QString startHelper(QProcess &child, QByteArray &output, const QString &corpusDir, const QString &recoveryDir,
                           const QString &instance)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &child, [&] { output += child.readAllStandardOutput(); });
    child.start(QStringLiteral(RECOVERY_HELPER), {corpusDir, recoveryDir, instance});
    if (!child.waitForStarted())
        return {};
    QElapsedTimer timer;
    timer.start();
    while (!output.contains('\n') && timer.elapsed() < 120000)
        QTest::qWait(20);
    const QByteArray first = output.left(output.indexOf('\n'));
    return first.startsWith("recovery ") ? QString::fromLocal8Bit(first.mid(9)) : QString();
}

// Runs the start-up recovery of `window` to its end; what recoveryChecked() said (restoring).
static bool checkRecovery(MainWindow &window)
{
    QSignalSpy checked(window.session(), &SessionController::recoveryChecked);
    window.session()->offerRecovery();
    if (checked.isEmpty() && !checked.wait(60000))
        return false;
    return checked.first().first().toBool();
}

static int savedMarks(const QString &recoveryFile)
{
    const ComparisonReadResult r = readComparison(recoveryFile);
    return r.file ? int(r.file->marks.size()) : -1;
}

void TestRecovery::liveInstancesAreNotOffered()
{
    QTemporaryDir dir;
    ComparisonFile work;
    work.corpusPaths = {dir.path()};
    work.marks.insert(QStringLiteral("k"), {Verdict::Confirmed, QStringLiteral("n")});
    auto first = std::make_unique<AutoSaver>(dir.path());
    first->setSnapshot([&] { return work; });
    QVERIFY(first->saveNow());
    AutoSaver second(dir.path());
    second.setSnapshot([&] { return work; });
    QVERIFY(second.saveNow());
    QVERIFY(first->recoveryFilePath() != second.recoveryFilePath());
    QVERIFY(second.claimOrphan().isEmpty()); // the first one runs

    // The first instance ends without a clean close: its file is an orphan now, claimed once.
    const QString left = first->recoveryFilePath();
    first.reset();
    QVERIFY(QFile::exists(left));
    QCOMPARE(second.claimOrphan(), left);
    AutoSaver third(dir.path());
    QVERIFY2(third.claimOrphan().isEmpty(), "an orphan being offered is offered to one instance only");
    second.releaseOrphan(left, false);
    QCOMPARE(third.claimOrphan(), left);
    third.releaseOrphan(left, true);
    QVERIFY(!QFile::exists(left));

    // A clean close removes the instance's own file and no other.
    second.discard();
    QVERIFY(!QFile::exists(second.recoveryFilePath()));
    QVERIFY(third.claimOrphan().isEmpty());
}

void TestRecovery::twoInstancesKillOneCloseOther()
{
    QTemporaryDir dir;
    const QString corpusDir = dir.filePath(QStringLiteral("articles"));
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
    QVERIFY(copyFolder(seedDir(), corpusDir));
    const AnalysisPtr reference = analyzeCorpus(std::make_shared<Corpus>(loadCorpus({corpusDir})));
    const int claims = int(reference->claims.size());
    QVERIFY(claims > 3);

    QProcess killed, closed;
    QByteArray killedOutput, closedOutput;
    const QString killedFile = startHelper(killed, killedOutput, corpusDir, recoveryDir, QStringLiteral("A"));
    const QString closedFile = startHelper(closed, closedOutput, corpusDir, recoveryDir, QStringLiteral("B"));
    QVERIFY2(!killedFile.isEmpty() && !closedFile.isEmpty(), (killedOutput + closedOutput).constData());
    QVERIFY(killedFile != closedFile);
    QTRY_VERIFY2_WITH_TIMEOUT(killedOutput.contains("edited") && closedOutput.contains("edited"), (killedOutput + closedOutput).constData(),
                              120000);
    // Wait until each autosave holds every edit, then kill one without any chance to clean up.
    QTRY_COMPARE_WITH_TIMEOUT(savedMarks(killedFile), claims, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(savedMarks(closedFile), claims, 60000);
    QVERIFY2(AutoSaver(recoveryDir).claimOrphan().isEmpty(), "nothing is offered while both run");
    QCOMPARE(killed.state(), QProcess::Running);
    killed.kill(); // SIGKILL
    QVERIFY(killed.waitForFinished(30000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    closed.write("close\n");
    QVERIFY(closed.waitForFinished(30000));
    QCOMPARE(closed.exitStatus(), QProcess::NormalExit);
    QCOMPARE(closed.exitCode(), 0);
    QVERIFY(QFile::exists(killedFile));
    QVERIFY2(!QFile::exists(closedFile), "a clean close removes its own recovery file");

    // The restart: a fresh main window finds the killed instance's file and restores it.
    qputenv("PARALLAX_RECOVERY_DIR", recoveryDir.toUtf8());
    ScriptedPrompter prompter(QMessageBox::Yes);
    MainWindow window(testRepository());
    window.setPrompter(&prompter);
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    QVERIFY(checkRecovery(window));
    QVERIFY(restored.wait(120000));
    const AnalysisPtr analysis = window.analysis();
    QVERIFY(analysis);
    QCOMPARE(int(analysis->claims.size()), claims);
    QCOMPARE(window.session()->readerMarks()->marks().size(), claims);
    for (int i = 0; i < claims; ++i) {
        const QString key = analysis->claims[i].key;
        QCOMPARE(window.session()->readerMarks()->verdict(key), expectedVerdict(key));
        QCOMPARE(window.session()->readerMarks()->note(key), expectedNote(key, QStringLiteral("A")));
    }
    QVERIFY2(window.session()->sessionReport().isEmpty(), qPrintable(window.session()->sessionReport()));
    // The work lives in the new instance's own recovery file now; the orphan was offered once.
    QVERIFY(!QFile::exists(killedFile));
    QCOMPARE(savedMarks(window.session()->autoSaver()->recoveryFilePath()), claims);
    {
        MainWindow another(testRepository());
        another.setPrompter(&prompter);
        QVERIFY2(!checkRecovery(another), "a running instance's work is not offered");
    }
    // Closing cleanly (the restored work saved elsewhere) removes the recovery file.
    prompter.setAnswer(QMessageBox::Discard);
    window.close();
    QCOMPARE(prompter.asked(), (QStringList{QStringLiteral("Restore your work?"), QStringLiteral("Save your verdicts and notes?")}));
    QVERIFY(!QFile::exists(window.session()->autoSaver()->recoveryFilePath()));
    QCOMPARE(QDir(recoveryDir).entryList({QStringLiteral("*.parallax")}, QDir::Files), QStringList());
    qunsetenv("PARALLAX_RECOVERY_DIR");
}

struct PaintCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
};

// Holds every thread of the global pool until release(): work queued there meanwhile waits.
class PoolGate
{
public:
    PoolGate()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([this] {
                m_entered.release();
                m_open.acquire();
            });
        m_entered.acquire(m_threads); // every thread is held now
    }
    ~PoolGate() { release(); }
    void release() { m_open.release(std::exchange(m_threads, 0)); }

private:
    int m_threads;
    QSemaphore m_entered, m_open;
};

// The recovery file of a crashed instance is read off the GUI thread: while the read waits
// for the thread pool, the window is shown, paints, answers the keyboard and asks nothing;
// once read, it is offered and the restore lands with every mark.
void TestRecovery::recoveryIsReadWhileTheWindowIsUsable()
{
    QTemporaryDir dir;
    const QString corpusDir = dir.filePath(QStringLiteral("articles"));
    const QString recoveryDir = dir.filePath(QStringLiteral("recovery"));
    QVERIFY(copyFolder(seedDir(), corpusDir));
    const auto corpus = std::make_shared<Corpus>(loadCorpus({corpusDir}));
    const AnalysisPtr reference = analyzeCorpus(corpus);
    QString orphan;
    {
        // An instance that ends without a clean close leaves its recovery file behind.
        AutoSaver crashed(recoveryDir);
        crashed.setSnapshot([&] {
            ComparisonFile f = comparisonForCorpus(*corpus, {corpusDir});
            for (const Claim &c : reference->claims)
                f.marks.insert(c.key, {expectedVerdict(c.key), expectedNote(c.key)});
            return f;
        });
        QVERIFY(crashed.saveNow());
        orphan = crashed.recoveryFilePath();
    }
    QVERIFY(QFile::exists(orphan));

    qputenv("PARALLAX_RECOVERY_DIR", recoveryDir.toUtf8());
    ScriptedPrompter prompter(QMessageBox::Yes);
    MainWindow window(testRepository());
    window.setPrompter(&prompter);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy checked(window.session(), &SessionController::recoveryChecked);
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    {
        PoolGate gate;
        window.session()->offerRecovery();
        QVERIFY2(prompter.asked().isEmpty(), "nothing is asked before the file is read");
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Reading")));
        QTest::qWait(50);
        QVERIFY(checked.isEmpty());
        // The window paints and takes keys while the read waits.
        PaintCounter paints;
        window.installEventFilter(&paints);
        window.update();
        QTRY_VERIFY(paints.count > 0);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.findBar()->isVisible());
        QTest::keyClick(window.findBar()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
        QVERIFY(prompter.asked().isEmpty());
    }
    QVERIFY(checked.wait(60000));
    QCOMPARE(checked.first().first().toBool(), true);
    QCOMPARE(prompter.asked(), QStringList{QStringLiteral("Restore your work?")});
    QVERIFY(restored.wait(120000));
    const AnalysisPtr analysis = window.analysis();
    QVERIFY(analysis);
    QCOMPARE(window.session()->readerMarks()->marks().size(), reference->claims.size());
    for (const Claim &c : analysis->claims)
        QCOMPARE(window.session()->readerMarks()->verdict(c.key), expectedVerdict(c.key));
    QVERIFY(!QFile::exists(orphan)); // its work is in this instance's own recovery file now
    prompter.setAnswer(QMessageBox::Discard);
    window.close();
    qunsetenv("PARALLAX_RECOVERY_DIR");
}

// A comparison of 40 articles whose reader showed a far column first and hid another:
// reopened, it shows those columns in that order and makes no other (a restored story of
// 2,000 articles makes the few columns it shows, as opening it does), each with its overlays.
void TestRecovery::restoreMakesOnlyShownColumns()
{
    QTemporaryDir dir;
    const QString corpusDir = dir.filePath(QStringLiteral("articles"));
    QDir().mkpath(corpusDir);
    for (int i = 0; i < 40; ++i) {
        QFile f(QDir(corpusDir).filePath(QStringLiteral("report-%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Harbour works resume\n\nThe council of Vellmar said on Monday that 40 workers would return to the harbour. "
                "Mayor Ines Korr opened the gates at noon.\n\nReport number "
                + QByteArray::number(i) + " adds that " + QByteArray::number(i * 3 + 2) + " boats waited outside.\n");
    }
    qputenv("PARALLAX_RECOVERY_DIR", dir.filePath(QStringLiteral("recovery")).toUtf8());
    const QString path = dir.filePath(QStringLiteral("harbour.parallax"));
    QList<int> expected;
    QList<qsizetype> overlays;
    {
        MainWindow window(testRepository());
        window.show();
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        window.openPaths({corpusDir});
        QVERIFY(shown.wait(120000));
        ComparisonView *view = window.comparisonView();
        QVERIFY(!view->column(30));
        view->setColumnVisible(30, true);
        view->moveColumn(30, view->visibleOrder().first());
        view->setColumnVisible(1, false);
        expected = view->visibleOrder();
        QCOMPARE(expected.first(), 30);
        QVERIFY(!expected.contains(1));
        for (int a : std::as_const(expected))
            overlays.append(view->column(a)->textView()->overlays().size());
        QVERIFY(overlays.first() > 0);
        QVERIFY(window.session()->saveComparison(path));
    }
    ScriptedPrompter prompter(QMessageBox::Ok);
    MainWindow window(testRepository());
    window.setPrompter(&prompter);
    window.show();
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    window.session()->openComparison(path);
    QVERIFY(restored.wait(120000));
    ComparisonView *view = window.comparisonView();
    QCOMPARE(view->visibleOrder(), expected);
    for (int a = 0; a < 40; ++a) {
        if (!expected.contains(a) && a != 1)
            QVERIFY2(!view->column(a), qPrintable(QStringLiteral("column %1 was made").arg(a)));
    }
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(view->column(expected[i])->textView()->overlays().size(), overlays[i]);
    // The marks are the file's: no recovery file is written for them.
    QVERIFY(!window.session()->autoSaver()->isPending());
    qunsetenv("PARALLAX_RECOVERY_DIR");
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
