// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The article properties dialog: shows the article's metadata and hands back the edits.
#include "articlepropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

class TestArticlePropertiesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndEdits_data();
    void showsAndEdits();
};

void TestArticlePropertiesDialog::showsAndEdits_data()
{
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("clearDate");
    QTest::addRow("dated article") << QDate(2024, 5, 16) << false;
    QTest::addRow("date marked unknown") << QDate(2024, 5, 16) << true;
    QTest::addRow("undated article") << QDate() << false;
}

void TestArticlePropertiesDialog::showsAndEdits()
{
    QFETCH(QDate, published);
    QFETCH(bool, clearDate);
    Article a;
    a.filePath = QStringLiteral("/tmp/corpus/000.txt");
    a.title = QStringLiteral("Old title");
    a.outlet = QStringLiteral("VCPOST");
    a.byline = QStringLiteral("Jace Dela Cruz");
    a.published = published;
    ArticlePropertiesDialog dialog(a);
    QCOMPARE(dialog.title(), a.title);
    QCOMPARE(dialog.outlet(), a.outlet);
    QCOMPARE(dialog.byline(), a.byline);
    QCOMPARE(dialog.published(), published);
    QVERIFY(!dialog.isChanged());

    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(edits.size(), 3);
    for (QLineEdit *e : edits) {
        if (e->text() == a.outlet) {
            e->selectAll();
            QTest::keyClicks(e, QStringLiteral("  Reuters "));
        }
    }
    QCOMPARE(dialog.outlet(), QStringLiteral("Reuters"));
    QVERIFY(dialog.isChanged());
    if (clearDate) {
        dialog.findChild<QCheckBox *>()->setChecked(false);
        QCOMPARE(dialog.published(), QDate());
        QVERIFY(!dialog.findChild<QDateEdit *>()->isEnabled());
    }
    const ArticleCorrection c = dialog.correction();
    QCOMPARE(c.outlet, QStringLiteral("Reuters"));
    QCOMPARE(c.title, a.title);
    QCOMPARE(c.byline, a.byline);
    QCOMPARE(c.published, clearDate ? QDate() : published);
}

QTEST_MAIN(TestArticlePropertiesDialog)
#include "tst_articlepropertiesdialog.moc"
