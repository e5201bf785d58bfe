// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis benchmarks: throughput of the whole pipeline, and time and peak
// memory of `parallax analyze` on a big synthetic story. Prints one figure per
// line, `name: value unit`. No thresholds here: the targets are in README.md.
#include "analyzer.h"
#include "articlegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <sys/resource.h>
#include <sys/wait.h>

namespace {

QTextStream out(stdout);

qint64 wordCount(const Corpus &corpus)
{
    qint64 words = 0;
    for (const Article &a : corpus.articles)
        words += a.wordCount();
    return words;
}

// Best of `runs` wall-clock times of the in-process pipeline, in seconds.
double timeAnalysis(const std::shared_ptr<const Corpus> &corpus, int runs)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        AnalysisPtr analysis = analyzeCorpus(corpus);
        best = std::min(best, timer.nsecsElapsed() / 1e9);
        if (!analysis)
            return -1;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString binary = args.value(1); // path of the parallax executable (optional)
    const int threads = QThreadPool::globalInstance()->maxThreadCount();

    double time500 = 0, time2000 = 0;
    for (int n : {500, 2000}) {
        auto corpus = std::make_shared<const Corpus>(generateCorpus({n, 600, 20240516}));
        const qint64 words = wordCount(*corpus);
        out << "corpus_" << n << "_words: " << words << " words" << Qt::endl;
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        const double single = timeAnalysis(corpus, n == 500 ? 3 : 1);
        out << "analysis_" << n << "_single_thread: " << qint64(words / single) << " words/s (" << single << " s)" << Qt::endl;
        QThreadPool::globalInstance()->setMaxThreadCount(threads);
        const double all = timeAnalysis(corpus, n == 500 ? 3 : 1);
        out << "analysis_" << n << "_all_threads: " << qint64(words / all) << " words/s (" << all << " s, " << threads << " threads)"
            << Qt::endl;
        (n == 500 ? time500 : time2000) = all;
    }
    out << "time_ratio_2000_over_500: " << time2000 / time500 << " (all-pairs would be 16)" << Qt::endl;

    if (!binary.isEmpty()) {
        QTemporaryDir dir;
        const Corpus corpus = generateCorpus({2000, 600, 20240516});
        QString error;
        if (!writeCorpus(corpus, dir.path(), &error)) {
            out << "error: " << error << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(binary, {QStringLiteral("analyze"), dir.path(), QStringLiteral("--json"), dir.filePath(QStringLiteral("out.json"))});
        p.waitForFinished(-1);
        const double seconds = timer.nsecsElapsed() / 1e9;
        struct rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        out << "parallax_analyze_2000_wall: " << seconds << " s (exit " << p.exitCode() << ")" << Qt::endl;
        out << "parallax_analyze_2000_peak_memory: " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    }
    return 0;
}
