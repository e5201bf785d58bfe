// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parallax executable: the GUI by default, and headless commands
// (analyze, export) for scripts and measurement.
#include "analysiscache.h"
#include "analysisjob.h"
#include "analysisjson.h"
#include "analyzer.h"
#include "corpusloader.h"
#include "corpusmodel.h"
#include "fetchcommand.h"
#include "highlightingrepository.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "sheetexport.h"
#include "translations.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

QString defaultCorpusPath()
{
    // Next to the executable when installed, else the source tree's corpus.
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/parallax/corpus/putin-xi-2024"),
        QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/putin-xi-2024"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isDir())
            return QDir(c).canonicalPath();
    }
    return {};
}

void printProblems(const Corpus &corpus)
{
    QTextStream err(stderr);
    for (const LoadProblem &p : corpus.problems)
        err << "parallax: " << p.message() << Qt::endl;
}

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Analyse a corpus and write parallax-analysis/1 JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("analyze"), QString());
    parser.addPositionalArgument(QStringLiteral("paths"), QCoreApplication::translate("main", "A corpus folder or article files."));
    QCommandLineOption jsonOption(QStringLiteral("json"),
                                  QCoreApplication::translate("main", "Write the analysis to <file> (- for standard output)."),
                                  QStringLiteral("file"));
    parser.addOption(jsonOption);
    parser.process(args);
    QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        std::fprintf(stderr, "parallax analyze: give a corpus folder or article files\n");
        return 2;
    }
    auto corpus = std::make_shared<Corpus>(loadCorpus(paths));
    printProblems(*corpus);
    if (corpus->articles.isEmpty()) {
        std::fprintf(stderr, "parallax analyze: no article could be loaded\n");
        return 1;
    }
    AnalysisPtr analysis = analyzeCorpus(corpus);
    const QByteArray json = analysisJson(*analysis);
    const QString out = parser.value(jsonOption);
    if (out == u"-") {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else if (!out.isEmpty()) {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            std::fprintf(stderr, "parallax analyze: cannot write %s: %s\n", qPrintable(out), qPrintable(file.errorString()));
            return 1;
        }
    }
    QTextStream(stdout) << QStringList{QCoreApplication::translate("main", "%n article(s)", nullptr, int(corpus->articles.size())),
                                       QCoreApplication::translate("main", "%n entity(ies)", nullptr, int(analysis->entities.size())),
                                       QCoreApplication::translate("main", "%n claim(s)", nullptr, int(analysis->claims.size()))}
                               .join(QStringLiteral(", "))
                        << Qt::endl;
    return 0;
}

// tr() with the context "main", in a form lupdate reads.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportText::tr("Analyse a corpus and export its comparison sheet."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QString());
    parser.addPositionalArgument(QStringLiteral("paths"), ExportText::tr("A corpus folder or article files."));
    QCommandLineOption formatOption(QStringLiteral("format"), ExportText::tr("html, pdf, odt, md, csv or json."), QStringLiteral("format"),
                                    QStringLiteral("html"));
    QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                 ExportText::tr("Write to <file> (csv: a folder ending in / gets claims, entities and sources)."),
                                 QStringLiteral("file"));
    QCommandLineOption landscapeOption(QStringLiteral("landscape"), ExportText::tr("pdf: landscape pages."));
    QCommandLineOption bomOption(QStringLiteral("bom"), ExportText::tr("csv: start with a UTF-8 byte order mark."));
    QCommandLineOption tableOption(QStringLiteral("table"), ExportText::tr("csv: claims, entities or sources."), QStringLiteral("table"),
                                   QStringLiteral("claims"));
    QCommandLineOption kindsOption(QStringLiteral("kinds"), ExportText::tr("Claim kinds to include: shared,conflict,unique."),
                                   QStringLiteral("list"));
    QCommandLineOption typesOption(QStringLiteral("types"), ExportText::tr("Entity types to include: person,organization,place,date."),
                                   QStringLiteral("list"));
    QCommandLineOption sourcesOption(QStringLiteral("sources"), ExportText::tr("Article ids or outlets to include."),
                                     QStringLiteral("list"));
    QCommandLineOption noTextsOption(QStringLiteral("no-texts"), ExportText::tr("html, pdf, odt: leave out the article texts."));
    parser.addOptions(
        {formatOption, outOption, landscapeOption, bomOption, tableOption, kindsOption, typesOption, sourcesOption, noTextsOption});
    parser.process(args);
    auto fail = [](const QString &message, int code) {
        QTextStream(stderr) << "parallax export: " << message << Qt::endl;
        return code;
    };
    const QStringList paths = parser.positionalArguments().mid(1);
    const QString out = parser.value(outOption);
    if (paths.isEmpty() || out.isEmpty())
        return fail(ExportText::tr("give a corpus folder or article files, and -o FILE"), 2);
    ExportSettings settings;
    const auto format = sheetFormatFromKey(parser.value(formatOption));
    if (!format)
        return fail(ExportText::tr("unknown format %1").arg(parser.value(formatOption)), 2);
    settings.format = *format;
    settings.landscape = parser.isSet(landscapeOption);
    settings.byteOrderMark = parser.isSet(bomOption);
    settings.content.articleTexts = !parser.isSet(noTextsOption);
    const QString table = parser.value(tableOption);
    settings.csvTable = table == u"entities" ? CsvTable::Entities : table == u"sources" ? CsvTable::Sources : CsvTable::Claims;
    settings.csvFolder = settings.format == SheetFormat::Csv && (out.endsWith(u'/') || QFileInfo(out).isDir());
    QString bad;
    if (!parseClaimKinds(parser.value(kindsOption), &settings.content.kinds, &bad))
        return fail(ExportText::tr("unknown claim kind %1").arg(bad), 2);
    if (!parseEntityTypes(parser.value(typesOption), &settings.content.types, &bad))
        return fail(ExportText::tr("unknown entity type %1").arg(bad), 2);

    auto corpus = std::make_shared<Corpus>(loadCorpus(paths));
    printProblems(*corpus);
    if (corpus->articles.isEmpty())
        return fail(ExportText::tr("no article could be loaded"), 1);
    if (!parseSources(*corpus, parser.value(sourcesOption), &settings.content.sources, &bad))
        return fail(ExportText::tr("no article or outlet %1").arg(bad), 2);
    const auto repository = createHighlightingRepository();
    const ExportResult result = exportSheet(*analyzeCorpus(corpus), settings, out, *repository);
    if (!result.ok)
        return fail(result.error, 1);
    for (const QString &file : result.files)
        QTextStream(stdout) << file << Qt::endl;
    return 0;
}

// Qt aborts when it cannot reach a display; say so plainly instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// --theme: a theme by name, case-insensitively; lists the names when none matches.
bool applyTheme(MainWindow &window, const KSyntaxHighlighting::Repository &repository, const QString &name)
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : repository.themes()) {
        if (theme.name().compare(name, Qt::CaseInsensitive) == 0)
            return window.setThemeByName(theme.name());
        names << theme.name();
    }
    QTextStream(stderr) << QCoreApplication::translate("main", "parallax: no theme named \"%1\"; the themes are: %2")
                               .arg(name, names.join(QStringLiteral(", ")))
                        << Qt::endl;
    return false;
}

// Reports the main window's first paint on stderr and quits (benchmarks).
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "parallax: first paint\n");
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// A command without the window (analyze, fetch, export) in the least application `App` it
// needs, named as the command line is.
template<typename App>
int runCommand(int &argc, char **argv, int (*run)(const QStringList &))
{
    App app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    installTranslations();
    return run(app.arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any Qt thread starts: Qt's raster engine hands every translucent
    // fill of more than ~100 spans (a scroll bar groove, a connector ribbon) to a
    // thread pool and waits for it. For the comparison view's narrow shapes the
    // hand-offs cost more than the fills: repainting 8 columns took 12.6-14.2 ms
    // with the pool against 8.4-11.5 ms without, in alternating runs
    // (tests/bench/README.md, GUI).
    if (!qEnvironmentVariableIsSet("QT_NO_GUI_THREADPOOL"))
        qputenv("QT_NO_GUI_THREADPOOL", "1");
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    const QString command = rawArgs.size() > 1 ? rawArgs[1] : QString();

    if (command == u"analyze")
        return runCommand<QCoreApplication>(argc, argv, runAnalyze);
    if (command == u"fetch")
        return runCommand<QCoreApplication>(argc, argv, runFetch);
    if (command == u"export") {
        // Laying out PDF and ODT needs fonts, not a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return runCommand<QGuiApplication>(argc, argv, runExport);
    }

    const bool wantsInfo = rawArgs.contains(QStringLiteral("--help")) || rawArgs.contains(QStringLiteral("-h"))
                           || rawArgs.contains(QStringLiteral("--version")) || rawArgs.contains(QStringLiteral("-v"));
    // --help and --version print and quit: they must work without a display too.
    if (wantsInfo && !displayAvailable())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!wantsInfo && !displayAvailable()) {
        std::fprintf(stderr, "parallax: no display found (DISPLAY is not set); run it under a virtual display "
                             "with 'xvfb-run parallax', or headless with 'parallax analyze DIR --json FILE'\n");
        return 3;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parallax"));
    QApplication::setOrganizationName(QStringLiteral("Parallax"));
    QApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.parallax.Parallax"));
    installTranslations(); // the system locale's catalogue, and Qt's own

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Compare how several news outlets cover the same event.\n\n"
                "Commands:\n  analyze DIR|FILES [--json FILE]   analyse headless and write JSON\n"
                "  export DIR|FILES --format FMT -o FILE   write a comparison sheet (html, pdf, odt, md, csv, json)\n"
                "  fetch URL|FEED... -o DIR   fetch web pages or feed items into a corpus folder"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "A corpus folder or article files to open (default: the bundled corpus)."),
                                 QStringLiteral("[DIR|FILES...]"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once the analysis is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Colour the articles with the KSyntaxHighlighting theme <name> (for example \"Breeze Dark\"; "
                                        "View > Theme lists them) instead of the one that follows the system palette."),
        QStringLiteral("name"));
    parser.addOption(themeOption);
    parser.process(app);

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        const QString def = defaultCorpusPath();
        if (!def.isEmpty())
            paths << def;
    }
    // The one highlighting repository: the window, its dialogs and the export worker use it.
    const auto repository = createHighlightingRepository();
    MainWindow window(*repository);
    // Analyses are kept in the user's cache folder: articles opened again show at once.
    window.analysisJob()->setCache(std::make_shared<AnalysisCache>(AnalysisCache::standardDirectory()));
    if (parser.isSet(themeOption) && !applyTheme(window, *repository, parser.value(themeOption)))
        return 2;
    if (qEnvironmentVariableIsSet("PARALLAX_BENCH_FIRST_PAINT")) {
        // For tests/bench: say when the window has painted once, then quit.
        auto *filter = new FirstPaintReporter(&window);
        window.installEventFilter(filter);
    }
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto grab = [&window, file] {
            // Let the last layout and paint settle before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                std::fprintf(stderr, ok ? "parallax: saved %s\n" : "parallax: cannot save %s\n", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &MainWindow::analysisShown, &window, grab);
        if (paths.isEmpty())
            grab();
    }
    // Work left behind by a crash comes first (read in the background); otherwise the given or
    // default corpus, unless the reader opened something meanwhile.
    QObject::connect(window.session(), &SessionController::recoveryChecked, &window, [&window, paths](bool restoring) {
        if (!restoring && !paths.isEmpty() && !window.corpusModel()->corpus() && !window.analysisJob()->isRunning())
            window.openPaths(paths);
    });
    window.session()->offerRecovery();
    return app.exec();
}
