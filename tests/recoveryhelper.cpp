// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_recovery: analyses a corpus, then edits a verdict and a note on
// every claim the way a reader would, with autosave on, and waits to be killed, or closes
// cleanly as the application does when "close" arrives on its standard input.
// Usage: recoveryhelper CORPUS_DIR RECOVERY_DIR [INSTANCE]
// Prints "recovery PATH" (its own recovery file) at start and "edited N" when done.
#include "analyzer.h"
#include "autosaver.h"
#include "corpusloader.h"
#include "readermarks.h"
#include "recoveryexpectation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: recoveryhelper CORPUS_DIR RECOVERY_DIR [INSTANCE]\n");
        return 2;
    }
    const QString instance = args.value(3, QStringLiteral("A"));
    auto corpus = std::make_shared<Corpus>(loadCorpus({args[1]}));
    const AnalysisPtr analysis = analyzeCorpus(corpus);
    ReaderMarks marks;
    AutoSaver saver(args[2]);
    std::printf("recovery %s\n", qPrintable(saver.recoveryFilePath()));
    std::fflush(stdout);
    saver.setDelay(1000);
    saver.setSnapshot([&] {
        ComparisonFile f = comparisonForCorpus(*corpus, {args[1]});
        f.marks = marks.marks();
        return f;
    });
    QObject::connect(&marks, &ReaderMarks::changed, &saver, &AutoSaver::scheduleSave);

    // One claim every few milliseconds, so saves happen while editing goes on.
    int next = 0;
    QTimer editor;
    editor.setInterval(5);
    QObject::connect(&editor, &QTimer::timeout, &app, [&] {
        if (next >= analysis->claims.size()) {
            editor.stop();
            std::printf("edited %d\n", next);
            std::fflush(stdout);
            return;
        }
        const QString key = analysis->claims[next].key;
        marks.setVerdict(key, expectedVerdict(key));
        marks.setNote(key, expectedNote(key, instance));
        ++next;
    });
    editor.start();

    // A clean close, as MainWindow::closeEvent does it.
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[64] = {};
        if (!std::fgets(line, sizeof line, stdin) || QByteArray(line).startsWith("close")) {
            saver.discard();
            app.quit();
        }
    });
    return app.exec();
}
