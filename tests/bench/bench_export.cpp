// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmarks on a generated story (2,000 articles unless told): the time to
// build the comparison sheet, and for each format the time to write the file, or,
// when it takes longer than the patience, how soon a cancel takes effect. The cancel
// predicate records the longest gap between two of its polls, which bounds how long
// a cancel can wait at any moment of the export.
// Prints one figure per line, `name: value unit`.
// Usage: bench_export [--articles N] [--patience SECONDS] [--only md,html,csv,json,odt,pdf]
//                     [--kinds shared,conflict,unique] [--no-texts]
// (--kinds conflict --no-texts leaves out most of a printed sheet but its entity tables.)
#include "analyzer.h"
#include "articlegenerator.h"
#include "highlightingrepository.h"
#include "sheetexport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <dlfcn.h>
#include <execinfo.h>

namespace {

QTextStream out(stdout);

// A cancel predicate that turns true `afterMs` after the export starts and measures its polls.
class PollClock
{
public:
    explicit PollClock(qint64 afterMs)
        : m_after(afterMs)
    {
        m_clock.start();
    }
    bool poll()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_where = callers();
        }
        m_last = now;
        ++m_polls;
        if (!m_flipped && now >= m_after * 1000000) {
            m_flipped = true;
            m_flippedAt = now;
        }
        return m_flipped;
    }
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }
    double longestGapMs() const { return m_longest / 1e6; }
    double sinceFlipMs() const { return (m_clock.nsecsElapsed() - m_flippedAt) / 1e6; }
    bool flipped() const { return m_flipped; }
    qint64 polls() const { return m_polls; }
    // The code that polled at the end of the longest gap, as offsets into the executable
    // (`addr2line -f -C -i -e bench_export OFFSETS` names them).
    QString where() const { return m_where; }

private:
    static QString callers()
    {
        void *frames[8];
        const int n = backtrace(frames, 8);
        QStringList offsets;
        for (int i = 2; i < n; ++i) { // past poll() and the lambda
            Dl_info info;
            if (dladdr(frames[i], &info) && info.dli_fbase)
                offsets.append(QStringLiteral("0x%1").arg(quintptr(frames[i]) - quintptr(info.dli_fbase) - 1, 0, 16));
        }
        return offsets.join(u' ');
    }

    QElapsedTimer m_clock;
    qint64 m_after;
    bool m_flipped = false;
    qint64 m_flippedAt = 0;
    qint64 m_last = 0, m_longest = 0, m_polls = 0; // nanoseconds, and a count
    QString m_where;
};

void exportFormat(const Analysis &analysis, ExportSettings settings, SheetFormat format, const QString &target, qint64 patienceMs,
                  int articles)
{
    settings.format = format;
    PollClock clock(patienceMs);
    static const auto repository = createHighlightingRepository();
    const ExportResult result = exportSheet(analysis, settings, target, *repository, [&clock] { return clock.poll(); });
    const QString name = QStringLiteral("export_%1_%2").arg(sheetFormatKey(format)).arg(articles);
    if (result.canceled) {
        out << name << "_cancel: " << clock.sinceFlipMs() << " ms (canceled after " << patienceMs / 1000 << " s; "
            << (QFileInfo::exists(target) ? "a file was left" : "no file left") << ")" << Qt::endl;
    } else {
        out << name << "_total: " << clock.elapsedMs() << " ms (" << (result.ok ? QFileInfo(target).size() / 1024 : -1) << " KiB"
            << (result.ok ? "" : ", failed: ") << result.error << ")" << Qt::endl;
    }
    out << name << "_longest_poll_gap: " << clock.longestGapMs() << " ms (" << clock.polls() << " polls; ended at " << clock.where() << ")"
        << Qt::endl;
    QFile::remove(target);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for PDF and ODT
    const QStringList args = app.arguments();
    auto option = [&args](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 ? args.value(at + 1, fallback) : fallback;
    };
    const int articles = option("--articles", QStringLiteral("2000")).toInt();
    const qint64 patienceMs = option("--patience", QStringLiteral("60")).toLongLong() * 1000;
    const QStringList only = option("--only", QString()).split(u',', Qt::SkipEmptyParts);
    ExportSettings settings;
    settings.content.articleTexts = !args.contains(QLatin1String("--no-texts"));
    QString bad;
    if (!parseClaimKinds(option("--kinds", QString()), &settings.content.kinds, &bad)) {
        out << "bench_export: unknown claim kind " << bad << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    auto corpus = std::make_shared<const Corpus>(generateCorpus({articles, 600, 20240516}));
    const AnalysisPtr analysis = analyzeCorpus(corpus);
    qsizetype compared = 0;
    for (const Claim &c : analysis->claims)
        compared += c.kind != ClaimKind::Unique;
    out << "export_story_" << articles << ": " << analysis->claims.size() << " claims (" << compared << " shared or conflicting), "
        << analysis->entities.size() << " entities; analysed in " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    const Sheet sheet = buildSheet(*analysis);
    out << "export_sheet_" << articles << "_build: " << timer.elapsed() << " ms (" << sheet.compared.size() << " compared rows, "
        << sheet.uniqueCount() << " unique, " << sheet.entities.size() << " entity rows)" << Qt::endl;

    QTemporaryDir dir;
    for (SheetFormat format : allSheetFormats()) {
        if (!only.isEmpty() && !only.contains(sheetFormatKey(format)))
            continue;
        exportFormat(*analysis, settings, format, dir.filePath(QStringLiteral("sheet.") + sheetFormatSuffix(format)), patienceMs, articles);
    }
    return 0;
}
