// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations reach the real main window: the German catalogue renames
// the menus, English and languages without a catalogue keep the source texts
// with proper English plurals, and Qt's own strings follow the locale.
#include "mainwindow.h"
#include "testrepository.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

class TestTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void menuTitles_data();
    void menuTitles();
    void engineStrings_data();
    void engineStrings();
    void cleanup();

private:
    InstalledTranslations m_installed;
};

static QStringList menuBarTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

static QStringList fileMenuEntries(const MainWindow &window)
{
    QStringList entries;
    for (QAction *a : window.menus().file->actions())
        entries << a->text();
    return entries;
}

void TestTranslation::menuTitles_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("openFolder");
    QTest::addColumn<QString>("oneArticle");
    QTest::addColumn<QString>("twoArticles");
    QTest::addColumn<QString>("qtCancel"); // from Qt's own catalogue

    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                           QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe")}
                            << QStringLiteral("&Ordner öffnen …") << QStringLiteral("1 Artikel geladen")
                            << QStringLiteral("2 Artikel geladen") << QStringLiteral("Abbrechen");
    QTest::addRow("Austrian German falls back to German")
        << QLocale(QLocale::German, QLocale::Austria) << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Hilfe")}
        << QStringLiteral("&Ordner öffnen …") << QStringLiteral("1 Artikel geladen") << QStringLiteral("2 Artikel geladen")
        << QStringLiteral("Abbrechen");
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                            QStringLiteral("&Go"), QStringLiteral("&Help")}
                             << QStringLiteral("&Open Folder…") << QStringLiteral("1 article loaded") << QStringLiteral("2 articles loaded")
                             << QStringLiteral("Cancel");
    QTest::addRow("Icelandic has no catalogue: English")
        << QLocale(QLocale::Icelandic, QLocale::Iceland) << QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}
        << QStringLiteral("&Open Folder…") << QStringLiteral("1 article loaded") << QStringLiteral("2 articles loaded") << QString();
}

void TestTranslation::menuTitles()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, menus);
    QFETCH(QString, openFolder);
    QFETCH(QString, oneArticle);
    QFETCH(QString, twoArticles);
    QFETCH(QString, qtCancel);

    m_installed = installTranslations(locale);
    QVERIFY(m_installed.parallax);

    MainWindow window(testRepository());
    const QStringList titles = menuBarTitles(window);
    for (const QString &menu : std::as_const(menus))
        QVERIFY2(titles.contains(menu), qPrintable(menu + QStringLiteral(" not in ") + titles.join(u", ")));
    QVERIFY2(fileMenuEntries(window).contains(openFolder), qPrintable(fileMenuEntries(window).join(u", ")));

    QCOMPARE(QCoreApplication::translate("MainWindow", "%n article(s) loaded", nullptr, 1), oneArticle);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n article(s) loaded", nullptr, 2), twoArticles);

    if (qtCancel.isEmpty()) {
        QVERIFY(!m_installed.qt);
    } else {
        // English has no qtbase catalogue in every distribution; German must have one.
        if (locale.language() == QLocale::German)
            QVERIFY(m_installed.qt);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    }
}

// Strings the engine translates through helpers outside any QObject (loader,
// importer, command line, sheets) reach the German catalogue under the context
// the code asks for.
void TestTranslation::engineStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::addRow("corpus loader") << QStringLiteral("CorpusLoader") << QStringLiteral("no such file or folder")
                                   << QStringLiteral("keine solche Datei und kein solcher Ordner");
    QTest::addRow("article importer") << QStringLiteral("ArticleImporter") << QStringLiteral("the file is empty")
                                      << QStringLiteral("die Datei ist leer");
    QTest::addRow("text decoder") << QStringLiteral("TextDecoder") << QStringLiteral("the file is binary data, not text")
                                  << QStringLiteral("die Datei enthält Binärdaten, keinen Text");
    QTest::addRow("comparison file") << QStringLiteral("ComparisonFile") << QStringLiteral("the key \"%1\" is missing")
                                     << QStringLiteral("der Schlüssel „%1“ fehlt");
    QTest::addRow("manifest writer") << QStringLiteral("ManifestWriter") << QStringLiteral("%1 is not inside the corpus folder")
                                     << QStringLiteral("%1 liegt nicht im Korpusordner");
    QTest::addRow("export command") << QStringLiteral("main") << QStringLiteral("unknown format %1")
                                    << QStringLiteral("unbekanntes Format %1");
    QTest::addRow("session controller") << QStringLiteral("SessionController") << QStringLiteral("Open &Comparison…")
                                        << QStringLiteral("&Vergleich öffnen …");
    QTest::addRow("markdown sheet") << QStringLiteral("SheetMarkdown") << QStringLiteral("Unique claims")
                                    << QStringLiteral("Einzelne Aussagen");
    QTest::addRow("html sheet") << QStringLiteral("SheetHtml") << QStringLiteral("Claims across sources")
                                << QStringLiteral("Aussagen im Quellenvergleich");
    QTest::addRow("csv header") << QStringLiteral("SheetCsv") << QStringLiteral("outlet") << QStringLiteral("Medium");
    QTest::addRow("claims dock") << QStringLiteral("ClaimsPanel") << QStringLiteral("Claims") << QStringLiteral("Aussagen");
    QTest::addRow("entities dock") << QStringLiteral("EntitySidebar") << QStringLiteral("Entities") << QStringLiteral("Entitäten");
    QTest::addRow("fetch failure") << QStringLiteral("HttpDownload") << QStringLiteral("host not found (%1)")
                                   << QStringLiteral("Host nicht gefunden (%1)");
    QTest::addRow("feed reader") << QStringLiteral("FeedReader") << QStringLiteral("the feed is empty")
                                 << QStringLiteral("der Feed ist leer");
    QTest::addRow("paste") << QStringLiteral("MainWindow") << QStringLiteral("&Paste as New Article")
                           << QStringLiteral("Als neuen Artikel &einfügen");
    QTest::addRow("remove article") << QStringLiteral("MainWindow") << QStringLiteral("&Remove Article")
                                    << QStringLiteral("Artikel &entfernen");
    QTest::addRow("undo step") << QStringLiteral("ComparisonEditor") << QStringLiteral("Remove %1") << QStringLiteral("%1 entfernen");
}

void TestTranslation::engineStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    m_installed = installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_installed.parallax);
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), german);
}

void TestTranslation::cleanup()
{
    for (QTranslator *t : {m_installed.parallax, m_installed.qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    m_installed = {};
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
