// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an article says about itself (title, outlet, byline, date published) as four columns
// of a test's rows, and the check of what was found against the running row: for the import
// and metadata tests.
#include <QDate>
#include <QString>
#include <QTest>

inline void addMetadataColumns()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
}

// `found` is anything with those four fields (an Article, GuessedMetadata).
template<typename Found>
void compareMetadata(const Found &found)
{
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    QCOMPARE(found.title, title);
    QCOMPARE(found.outlet, outlet);
    QCOMPARE(found.byline, byline);
    QCOMPARE(found.published, published);
}
