// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI benchmarks, run under a (virtual) display: time to the first painted
// window, the longest event-loop stall while the GUI analyses 2,000 articles,
// the longest stall while one article joins 200 open ones (File > Add from Web
// Addresses, Paste as New Article), the time to highlight an entity across 200
// loaded articles, the time to
// repaint the comparison view (8 columns of 5,000 words, with connectors)
// while scrolling, how soon a load of 3,000 files stops when canceled, the
// longest stall while the window exports a 2,000-article story, and the time
// to restore a saved 2,000-article comparison.
// Prints one figure per line, `name: value unit`.
// Usage: bench_gui [PARALLAX_BINARY] [--only first_paint,stall,add_one,highlight,repaint,cancel,export,restore] [--qt-threadpool]
#include "analysiscache.h"
#include "analysisjob.h"
#include "articleimporter.h"
#include "articlecolumn.h"
#include "articlegenerator.h"
#include "articletextview.h"
#include "comparisoneditor.h"
#include "comparisonview.h"
#include "connectorhandle.h"
#include "exportjob.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "../scriptedprompter.h"
#include "../testrepository.h"
#include "readermarks.h"

#include <memory>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>
#include <ctime>

namespace {

QTextStream out(stdout);

// Launch to first paint of the real executable, best of three.
void firstPaint(const QString &binary)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PARALLAX_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(binary, {QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024")});
        while (p.waitForReadyRead(10000) || p.state() == QProcess::Running) {
            if (p.readAllStandardError().contains("first paint"))
                break;
        }
        best = std::min(best, timer.nsecsElapsed() / 1e6);
        p.waitForFinished(5000);
        p.kill();
    }
    out << "first_window_paint: " << best << " ms" << Qt::endl;
}

QString writeGenerated(QTemporaryDir &dir, int articles, int words = 600)
{
    QString error;
    if (!writeCorpus(generateCorpus({articles, words, 20240516}), dir.path(), &error))
        qFatal("cannot write corpus: %s", qPrintable(error));
    return dir.path();
}

// The clock perf stamps its samples with (perf record -k CLOCK_MONOTONIC).
double monotonicSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Ticks every 5 ms from its making: the longest gap between two ticks is the longest
// the event loop was held.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_total.start();
        m_sinceTick.start();
        m_timer.start();
    }
    // Counts the gap up to now (work done in a slot before the caller sees its signal).
    void tick()
    {
        const qint64 gap = m_sinceTick.restart();
        if (gap > m_longest) {
            m_longest = gap;
            m_longestAt = m_total.elapsed();
        }
    }
    // Keeps the event loop running until `done`, at most `limitMs` from the probe's start.
    void runUntil(const std::function<bool()> &done, qint64 limitMs)
    {
        while (!done() && m_total.elapsed() < limitMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        tick();
    }
    qint64 elapsed() const { return m_total.elapsed(); }
    qint64 longest() const { return m_longest; }
    qint64 longestAt() const { return m_longestAt; } // when it ended, ms after the start

private:
    QTimer m_timer;
    QElapsedTimer m_total, m_sinceTick;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
};

// The longest gap between ticks of a 5 ms timer while the GUI loads and analyses.
void eventLoopStall()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 2000);
    MainWindow window(testRepository());
    window.show();
    StallProbe probe;
    qint64 corpusShown = -1;
    QObject::connect(&window, &MainWindow::corpusShown, [&] { corpusShown = probe.elapsed(); });
    QSignalSpy done(&window, &MainWindow::analysisShown);
    window.openPaths({folder});
    done.wait(600000);
    const qint64 shown = probe.elapsed();
    // The docks take the analysis in slots of analysisShown, before the spy
    // sees it: count the gap up to now, then keep probing while the window
    // lays out and paints what the analysis changed.
    probe.tick();
    probe.runUntil([] { return false; }, shown + 2000);
    out << "gui_analysis_2000_total: " << shown << " ms (opened to analysis shown; corpus shown at " << corpusShown << " ms)" << Qt::endl;
    out << "gui_longest_event_loop_stall_2000: " << probe.longest() << " ms (ended " << probe.longestAt()
        << " ms after opening; probed until 2 s after the analysis was shown)" << Qt::endl;
}

// CPU time of the calling thread, in ms: unlike the wall clock, it does not
// count the time the thread waits for a core on a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The longest event-loop stall from `change` until 2 s after the window shows the next
// analysis: in wall time, and in the GUI thread's own CPU time between two ticks (what is left
// of a stall when the other builds on the machine are not counted).
struct Stall
{
    qint64 wallMs = 0;
    double cpuMs = 0;
    qint64 shownMs = 0; // from `change` to the analysis shown
};

Stall longestStallThrough(MainWindow &window, const std::function<void()> &change)
{
    Stall stall;
    QElapsedTimer sinceTick;
    double cpuAtTick = 0;
    const auto tick = [&] {
        stall.wallMs = std::max(stall.wallMs, sinceTick.restart());
        const double cpu = threadCpuMs();
        stall.cpuMs = std::max(stall.cpuMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
    };
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, tick);
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    cpuAtTick = threadCpuMs();
    probe.start();
    change();
    tick(); // the call itself runs on the GUI thread
    shown.wait(600000);
    stall.shownMs = total.elapsed();
    tick();
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();
    return stall;
}

// The longest event-loop stalls while one article joins 200 open ones (it is written to disk,
// the corpus reloaded and re-analysed in the background), then while it is removed again
// (the corpus changed in memory and re-analysed) and put back by Undo.
void addOneStall()
{
    QTemporaryDir dir, extra, web;
    const QString folder = writeGenerated(dir, 200);
    // Another seed: the same seed would make the first of the 200 again, which loads once.
    if (!writeCorpus(generateCorpus({1, 600, 7}), extra.path()))
        qFatal("cannot write the extra article");
    qputenv("PARALLAX_WEB_ARTICLES_DIR", web.path().toUtf8());
    const QStringList extraFiles = QDir(extra.path()).entryList({QStringLiteral("*.txt")}, QDir::Files);
    const ImportResult added = importArticle(QDir(extra.path()).filePath(extraFiles.value(0)));
    if (!added.article)
        qFatal("cannot read the extra article: %s", qPrintable(added.error));
    MainWindow window(testRepository());
    window.show();
    QSignalSpy first(&window, &MainWindow::analysisShown);
    window.openPaths({folder});
    first.wait(600000);
    QTest::qWait(1000);

    const Stall add = longestStallThrough(window, [&] { window.addArticles({*added.article}); });
    const qsizetype articles = window.analysis()->corpus->articles.size();
    out << "gui_add_one_to_200_total: " << add.shownMs << " ms (added to grown comparison shown, " << articles << " articles)" << Qt::endl;
    out << "gui_longest_event_loop_stall_add_one_to_200: " << add.wallMs << " ms (probed until 2 s after it was shown; " << add.cpuMs
        << " ms of GUI thread CPU time at most between two ticks)" << Qt::endl;
    const Stall remove = longestStallThrough(window, [&] { window.comparisonEditor()->removeArticle(int(articles) - 1); });
    out << "gui_remove_one_of_201_total: " << remove.shownMs << " ms (" << window.analysis()->corpus->articles.size() << " articles left)"
        << Qt::endl;
    out << "gui_longest_event_loop_stall_remove_one_of_201: " << remove.wallMs << " ms (" << remove.cpuMs << " ms CPU)" << Qt::endl;
    const Stall undo = longestStallThrough(window, [&] { window.comparisonEditor()->undoStack()->undo(); });
    out << "gui_undo_remove_total: " << undo.shownMs << " ms (" << window.analysis()->corpus->articles.size() << " articles)" << Qt::endl;
    out << "gui_longest_event_loop_stall_undo_remove: " << undo.wallMs << " ms (" << undo.cpuMs << " ms CPU)" << Qt::endl;
}

// A shown main window with `folder` opened and its analysis on screen.
std::unique_ptr<MainWindow> showAnalysed(const QString &folder, QSize size)
{
    auto window = std::make_unique<MainWindow>(testRepository());
    window->resize(size);
    window->show();
    QSignalSpy done(window.get(), &MainWindow::analysisShown);
    window->openPaths({folder});
    done.wait(600000);
    return window;
}

// Highlighting every mention of the most mentioned entity across 200 articles.
void entityHighlight()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 200);
    const std::unique_ptr<MainWindow> shown = showAnalysed(folder, {1900, 1000});
    MainWindow &window = *shown;
    const AnalysisPtr analysis = window.analysis();
    if (!analysis || analysis->entities.isEmpty()) {
        out << "entity_highlight_200: n/a (no entities found)" << Qt::endl;
        return;
    }
    const Entity *top = &analysis->entities.first();
    for (const Entity &e : analysis->entities) {
        if (e.mentions.size() > top->mentions.size())
            top = &e;
    }
    ComparisonView *view = window.comparisonView();
    QTest::qWait(1000); // the window settles (docks lay out their rows) before the reader clicks
    QElapsedTimer timer;
    timer.start();
    view->setHighlightedMentions(top->mentions);
    const qint64 marked = timer.nsecsElapsed();
    QSet<int> revealed;
    for (const Mention &m : top->mentions) {
        if (!revealed.contains(m.article)) {
            revealed.insert(m.article);
            view->revealRange(m.article, m.range);
        }
    }
    const qint64 scrolled = timer.nsecsElapsed();
    QCoreApplication::processEvents(); // includes the repaint
    const qint64 total = timer.nsecsElapsed();
    out << "entity_highlight_200: " << total / 1e6 << " ms (" << top->mentions.size() << " mentions of \"" << top->name << "\"; mark "
        << marked / 1e6 << " ms, scroll " << (scrolled - marked) / 1e6 << " ms, paint " << (total - scrolled) / 1e6 << " ms)" << Qt::endl;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(values.size()))) - 1, 0, values.size() - 1);
    return values[i];
}

// Scrolling 8 columns of 5,000-word articles: the first column moves three lines
// (one wheel notch) at a time, synchronised scrolling moves the others, and the
// whole view (texts, overlays, connector ribbons) is repainted synchronously.
// Figures: the repaint alone, and the step as a whole (scroll, sync, repaint).
void viewRepaint()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 8, 5000);
    const std::unique_ptr<MainWindow> shown = showAnalysed(folder, {1920, 1080});
    MainWindow &window = *shown;
    ComparisonView *view = window.comparisonView();
    const QList<int> order = view->visibleOrder();
    if (order.size() != 8 || !window.analysis()) {
        out << "view_repaint_8x5000: n/a (" << order.size() << " columns shown)" << Qt::endl;
        return;
    }
    QCoreApplication::processEvents();
    QScrollBar *bar = view->column(order.first())->textView()->verticalScrollBar();
    const int kWarmup = 20, kSteps = 300, kLines = 3;
    QList<double> repaints, repaintsCpu, steps, texts, connectors;
    int direction = 1;
    qint64 ribbons = 0;
    QElapsedTimer timer;
    for (int i = 0; i < kWarmup + kSteps; ++i) {
        if (bar->value() + direction * kLines > bar->maximum() || bar->value() + direction * kLines < 0)
            direction = -direction;
        timer.start();
        bar->setValue(bar->value() + direction * kLines);
        const qint64 scrolled = timer.nsecsElapsed();
        const double cpuBefore = threadCpuMs();
        view->repaint();
        const double cpu = threadCpuMs() - cpuBefore;
        const qint64 total = timer.nsecsElapsed();
        QCoreApplication::processEvents(); // nothing should be left to paint
        if (i < kWarmup)
            continue;
        repaints.append((total - scrolled) / 1e6);
        repaintsCpu.append(cpu);
        steps.append(total / 1e6);
        for (const ConnectorHandle *h : view->splitter()->connectorHandles())
            ribbons += h->lastRibbonCount();
        // The two parts, repainted on their own: the texts and the gutters.
        timer.start();
        for (int a : order)
            view->column(a)->textView()->viewport()->repaint();
        texts.append(timer.nsecsElapsed() / 1e6);
        timer.start();
        for (ConnectorHandle *h : view->splitter()->connectorHandles())
            h->repaint();
        connectors.append(timer.nsecsElapsed() / 1e6);
    }
    const int width = view->column(order.first())->width();
    out << "view_repaint_8x5000_median: " << percentile(repaints, 0.5) << " ms (" << kSteps << " steps of " << kLines << " lines, columns "
        << width << " px wide, " << double(ribbons) / kSteps << " ribbons on screen on average)" << Qt::endl;
    out << "view_repaint_8x5000_p95: " << percentile(repaints, 0.95) << " ms" << Qt::endl;
    out << "view_repaint_8x5000_cpu_median: " << percentile(repaintsCpu, 0.5) << " ms (CPU time of the GUI thread during the repaint)"
        << Qt::endl;
    out << "view_repaint_8x5000_texts_median: " << percentile(texts, 0.5) << " ms (the 8 text viewports alone)" << Qt::endl;
    out << "view_repaint_8x5000_connectors_median: " << percentile(connectors, 0.5) << " ms (the 7 gutters alone)" << Qt::endl;
    out << "view_scroll_step_8x5000_median: " << percentile(steps, 0.5) << " ms (scroll, synchronise 7 columns, repaint)" << Qt::endl;
    out << "view_scroll_step_8x5000_p95: " << percentile(steps, 0.95) << " ms" << Qt::endl;

    // Scrolling as the reader sees it: Qt moves what is already painted and
    // paints only the uncovered lines of each column, and the gutters whole.
    // From the scroll to the end of the paint it causes.
    QList<double> frames;
    for (int i = 0; i < kWarmup + kSteps; ++i) {
        if (bar->value() + direction * kLines > bar->maximum() || bar->value() + direction * kLines < 0)
            direction = -direction;
        timer.start();
        bar->setValue(bar->value() + direction * kLines);
        QCoreApplication::processEvents(); // delivers the update requests: paints and flushes
        if (i >= kWarmup)
            frames.append(timer.nsecsElapsed() / 1e6);
    }
    out << "view_scroll_frame_8x5000_median: " << percentile(frames, 0.5) << " ms (scroll 3 lines, synchronise, paint what changed)"
        << Qt::endl;
    out << "view_scroll_frame_8x5000_p95: " << percentile(frames, 0.95) << " ms" << Qt::endl;
}

// Cancel while 3,000 files load: the job says so at once (the GUI thread drops the
// request); the figure is how long the loading worker runs on before it stops.
void loadCancel()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 3000);
    QList<double> stops;
    for (int round = 0; round < 5; ++round) {
        AnalysisJob job;
        int percent = 0;
        QObject::connect(&job, &AnalysisJob::progressChanged, [&percent](int p) { percent = p; });
        job.start({folder});
        QElapsedTimer underWay;
        underWay.start();
        // Canceled at different points of the load.
        while (underWay.elapsed() < 100 + 150 * round)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const int canceledAt = percent;
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        const double said = timer.nsecsElapsed() / 1e6;
        job.waitForFinished();
        stops.append(timer.nsecsElapsed() / 1e6);
        out << "load_cancel_3000_round" << round << ": " << stops.last() << " ms (canceled at " << canceledAt << "% after "
            << underWay.elapsed() - qint64(stops.last()) << " ms; canceled() after " << said << " ms)" << Qt::endl;
    }
    out << "load_cancel_3000_worst: " << *std::max_element(stops.begin(), stops.end())
        << " ms (from cancel to the loading worker stopped, worst of 5)" << Qt::endl;
}

// The window exports the 2,000-article story while the event loop is probed. An export
// still running after a minute is canceled: how long it runs on, and whether a file is left.
void exportStall()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 2000);
    const std::unique_ptr<MainWindow> shown = showAnalysed(folder, {1600, 1000});
    MainWindow &window = *shown;
    QTest::qWait(1000); // the window settles
    constexpr qint64 kPatience = 60000;
    for (SheetFormat format : {SheetFormat::Markdown, SheetFormat::Html, SheetFormat::Odt, SheetFormat::Pdf}) {
        ExportSettings settings;
        settings.format = format;
        const QString target = dir.filePath(QStringLiteral("sheet.") + sheetFormatSuffix(format));
        bool finished = false;
        ExportResult result;
        const QMetaObject::Connection c = QObject::connect(window.exportJob(), &ExportJob::finished, [&](const ExportResult &r) {
            result = r;
            finished = true;
        });
        StallProbe probe;
        window.startExport(settings, target);
        probe.runUntil([&finished] { return finished; }, kPatience);
        const QString key = sheetFormatKey(format);
        if (finished) {
            out << "export_" << key << "_2000_gui_stall: " << probe.longest() << " ms (longest event-loop gap; export took "
                << probe.elapsed() << " ms, " << (result.ok ? QFileInfo(target).size() / 1024 : -1) << " KiB)" << Qt::endl;
        } else {
            const qint64 canceledAt = probe.elapsed();
            window.exportJob()->cancel();
            probe.runUntil([&finished] { return finished; }, canceledAt + 600000);
            out << "export_" << key << "_2000_gui_stall: " << probe.longest() << " ms (longest event-loop gap; not done after "
                << canceledAt / 1000 << " s, canceled)" << Qt::endl;
            out << "export_" << key << "_2000_cancel: " << probe.elapsed() - canceledAt << " ms (from cancel to the worker stopped; "
                << (QFileInfo::exists(target) ? "a file was left" : "no file left") << ")" << Qt::endl;
        }
        QObject::disconnect(c);
    }
}

// A 2,000-article comparison with a verdict on every claim, saved, then opened in a
// fresh window: the time to load it and recall its analysis from the analysis cache (as
// the parallax executable does; the first window analysed and kept it), and the time to
// lay out its columns and marks once the analysis is shown, and the longest the event loop
// was held meanwhile.
void restoreComparison()
{
    QTemporaryDir dir;
    const QString folder = writeGenerated(dir, 2000);
    const QString path = dir.filePath(QStringLiteral("story.parallax"));
    // The marks are autosaved: not into the user's recovery folder; nor the analyses into the user's cache.
    qputenv("PARALLAX_RECOVERY_DIR", dir.filePath(QStringLiteral("recovery")).toUtf8());
    const auto cache = std::make_shared<AnalysisCache>(dir.filePath(QStringLiteral("analyses")));
    int marks = 0;
    ScriptedPrompter prompter(QMessageBox::Discard);
    {
        auto shown = std::make_unique<MainWindow>(testRepository());
        shown->analysisJob()->setCache(cache);
        shown->resize(1600, 1000);
        shown->show();
        QSignalSpy done(shown.get(), &MainWindow::analysisShown);
        shown->openPaths({folder});
        done.wait(600000);
        shown->analysisJob()->waitForFinished(); // the analysis is kept
        const AnalysisPtr analysis = shown->analysis();
        for (int i = 0; i < analysis->claims.size(); ++i) {
            const QString key = analysis->claims[i].key;
            shown->session()->readerMarks()->setVerdict(key, Verdict::Confirmed);
            shown->session()->readerMarks()->setNote(key, QStringLiteral("checked"));
        }
        marks = int(analysis->claims.size());
        if (!shown->session()->saveComparison(path))
            qFatal("cannot save the comparison");
        shown->setPrompter(&prompter);
    }
    prompter.setAnswer(QMessageBox::Ok);
    qint64 kept = 0;
    for (const QFileInfo &f : QDir(cache->directory()).entryInfoList(QDir::Files))
        kept += f.size();
    MainWindow window(testRepository());
    window.analysisJob()->setCache(cache);
    window.setPrompter(&prompter);
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer timer;
    qint64 analysed = -1;
    // The marks are set first thing once the analysis is shown (and the docks have taken it).
    QObject::connect(window.session()->readerMarks(), &ReaderMarks::changed, [&] {
        if (analysed < 0)
            analysed = timer.elapsed();
    });
    qint64 corpusShown = -1, analysisShown = -1;
    QObject::connect(&window, &MainWindow::corpusShown, [&] { corpusShown = timer.elapsed(); });
    QObject::connect(&window, &MainWindow::analysisShown, [&] { analysisShown = timer.elapsed(); });
    QSignalSpy restored(window.session(), &SessionController::comparisonRestored);
    const double openedAt = monotonicSeconds();
    timer.start();
    StallProbe probe;
    window.session()->openComparison(path);
    restored.wait(900000);
    const qint64 total = timer.elapsed();
    const double restoredAt = monotonicSeconds();
    probe.tick();
    QCoreApplication::processEvents(); // the columns made paint
    const qint64 painted = timer.elapsed();
    out << "restore_2000_total: " << total << " ms (open to restored: load, analysis, columns and " << marks
        << " marks; analysis shown and marks set at " << analysed << " ms; painted at " << painted << " ms)" << Qt::endl;
    out << "restore_2000_stages: corpus shown at " << corpusShown << " ms, analysis shown at " << analysisShown << " ms" << Qt::endl;
    out << "restore_2000_layout: " << total - analysed << " ms (marks set to restored: columns, their overlays, the report)" << Qt::endl;
    out << "restore_2000_cache: " << kept / 1024 << " KiB kept for the analysis" << Qt::endl;
    // For a profile of the restore alone: perf record -k CLOCK_MONOTONIC, then perf report --time START,END.
    out << "restore_2000_window: " << QString::number(openedAt, 'f', 6) << ',' << QString::number(restoredAt, 'f', 6)
        << " s (CLOCK_MONOTONIC)" << Qt::endl;
    out << "restore_2000_gui_stall: " << probe.longest() << " ms (longest event-loop gap from open to restored, ended " << probe.longestAt()
        << " ms after opening)" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    // As the parallax executable does (app/main.cpp): no raster thread pool,
    // unless --qt-threadpool asks for Qt's default (to compare).
    bool qtThreadPool = false;
    for (int i = 1; i < argc; ++i)
        qtThreadPool |= qstrcmp(argv[i], "--qt-threadpool") == 0;
    if (!qtThreadPool && !qEnvironmentVariableIsSet("QT_NO_GUI_THREADPOOL"))
        qputenv("QT_NO_GUI_THREADPOOL", "1");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    args.removeAll(QStringLiteral("--qt-threadpool"));
    QStringList only;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    if (onlyAt >= 0) {
        only = args.value(onlyAt + 1).split(u',', Qt::SkipEmptyParts);
        args.remove(onlyAt, std::min<qsizetype>(2, args.size() - onlyAt));
    }
    auto wanted = [&only](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    const QString binary = args.value(0);
    if (!binary.isEmpty() && wanted("first_paint"))
        firstPaint(binary);
    // In the order they print, by their names for --only.
    const struct
    {
        const char *name;
        void (*measure)();
    } measures[] = {
        {"stall", eventLoopStall}, {"add_one", addOneStall}, {"highlight", entityHighlight}, {"repaint", viewRepaint},
        {"cancel", loadCancel},    {"export", exportStall},  {"restore", restoreComparison},
    };
    for (const auto &m : measures) {
        if (wanted(m.name))
            m.measure();
    }
    return 0;
}
