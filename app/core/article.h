// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One news article as loaded from a file: its text exactly as decoded, and its metadata.
#include "textrange.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

// What columns, sheets and lists call an article: its outlet, else the first
// words of its title ("Strategic Alliances…"), else its file id. A file id such
// as "001_d16399022bd74838" tells a reader nothing about the source.
QString sourceName(const QString &outlet, const QString &title, const QString &id);
// `names` with repeats told apart: "Reuters", "Reuters (2)" (case-insensitive).
QStringList numberedDuplicates(const QStringList &names);

struct Article;
// Distinct names for the articles of one corpus, in order.
QStringList distinctSourceNames(const QList<Article> &articles);

struct Article
{
    QString id;       // file name without extension; unique within a corpus
    QString filePath; // absolute path of the source file
    QString format;   // "txt", "md" or "html"
    QString text;     // the text shown and analysed; offsets index into it

    QString title; // the headline; empty when the file has none (none is invented)
    QString outlet;
    QString byline;
    QString url;
    QDate published;
    QDateTime fetched; // when it was fetched from `url` (UTC); invalid for an article read from a file

    QList<TextRange> clutter; // ranges that are not the report (READ MORE lines, credits, footers)

    QString name; // what the reader calls it, distinct within its corpus (set by loadCorpus)

    QString fileName() const;
    // `name`, or ::sourceName when no corpus named it.
    QString sourceName() const;
    // The first line of the text that is not clutter, whitespace collapsed: what
    // names an article that has neither outlet nor headline.
    QString openingLine() const;
    // The headline, else the opening line: what a source name is made of when there is no outlet.
    QString nameText() const;
    bool isClutter(qsizetype pos) const;
    bool overlapsClutter(const TextRange &range) const;
    int wordCount() const; // countWords(text)
};

// Words as runs of letters and digits ("U.S." is two, "3,000" two).
int countWords(QStringView text);
