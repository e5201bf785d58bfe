// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the real main window in states a start-up screenshot cannot
// reach: after a live theme switch, on a conflict (F8), with the export
// dialog open. For looking at the window as readers meet it (run under Xvfb):
//   window_shots [--size WxH] [--theme NAME] [--conflict] [--mentions] [--walk N] [--remove N] [--export FORMAT] OUT.png DIR|FILES...
// --walk presses F3 N times after --mentions: the current mention is marked in its column.
// --remove takes article N out of the comparison, as its header's menu does, and shows the Articles list.
// --theme switches while running, last, as View > Theme does.
#include "articlelistdock.h"
#include "comparisoneditor.h"
#include "dockcontroller.h"
#include "entitysidebar.h"
#include "exportdialog.h"
#include "highlightingrepository.h"
#include "mentionlistpanel.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(QLocale());
    QCommandLineParser parser;
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("theme to switch to"), QStringLiteral("name"));
    const QCommandLineOption conflict(QStringLiteral("conflict"), QStringLiteral("go to the first conflict (F8)"));
    const QCommandLineOption mentions(QStringLiteral("mentions"), QStringLiteral("list the mentions of the first entity"));
    const QCommandLineOption exportFormat(QStringLiteral("export"), QStringLiteral("open the export dialog on FORMAT (its index)"),
                                          QStringLiteral("index"));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("remove article N, then show the Articles list"),
                                    QStringLiteral("N"));
    const QCommandLineOption walk(QStringLiteral("walk"), QStringLiteral("press F3 N times (with --mentions)"), QStringLiteral("N"));
    parser.addOptions({size, theme, conflict, mentions, walk, remove, exportFormat});
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("picture to write"));
    parser.process(app);
    QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: window_shots [options] OUT.png DIR|FILES...\n");
        return 2;
    }
    const QString out = args.takeFirst();
    const QStringList wh = parser.value(size).split(u'x');

    // The shots' one highlighting repository, as main() makes the application's.
    const auto repository = createHighlightingRepository();
    MainWindow window(*repository);
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openPaths(args);
    if (!shown.wait(120000)) {
        std::fprintf(stderr, "window_shots: no analysis\n");
        return 1;
    }
    QTest::qWait(300);
    if (parser.isSet(remove)) {
        QSignalSpy again(&window, &MainWindow::analysisShown);
        if (!window.comparisonEditor()->removeArticle(parser.value(remove).toInt()) || !again.wait(120000)) {
            std::fprintf(stderr, "window_shots: article %s not removed\n", qPrintable(parser.value(remove)));
            return 1;
        }
        window.articleList()->raise();
        QTest::qWait(300);
    }
    const auto press = [&window](Qt::Key key) {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(key))
                action->trigger();
        }
    };
    if (parser.isSet(conflict))
        press(Qt::Key_F8);
    if (parser.isSet(mentions)) {
        window.docks()->mentionPanel()->showEntity(window.analysis(), 0);
        window.docks()->mentionPanel()->show();
        window.docks()->mentionPanel()->raise();
        if (parser.isSet(walk)) {
            Q_EMIT window.docks()->entitySidebar()->entitySelected(0); // as a click on it in the list
            for (int i = 0; i < parser.value(walk).toInt(); ++i)
                press(Qt::Key_F3);
        }
    }
    QTest::qWait(300);
    // The theme last: what was shown before must follow it.
    if (parser.isSet(theme) && !window.setThemeByName(parser.value(theme))) {
        std::fprintf(stderr, "window_shots: no theme %s\n", qPrintable(parser.value(theme)));
        return 2;
    }
    QTest::qWait(300);
    QWidget *subject = &window;
    std::unique_ptr<ExportDialog> dialog;
    if (parser.isSet(exportFormat)) {
        dialog = std::make_unique<ExportDialog>(window.analysis(), *repository, &window);
        dialog->show();
        if (auto *format = dialog->findChild<QComboBox *>(QStringLiteral("format")))
            format->setCurrentIndex(parser.value(exportFormat).toInt());
        QTest::qWait(1500);
        subject = dialog.get();
    }
    const bool ok = subject->grab().save(out);
    std::fprintf(stderr, ok ? "window_shots: saved %s\n" : "window_shots: cannot save %s\n", qPrintable(out));
    return ok ? 0 : 1;
}
