// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One news article as loaded from a file: its text exactly as decoded, and its metadata.
#include "sourcename.h"
#include "textrange.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

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
    // The site of `url`, else the file id: what names an article with no outlet and no words.
    QString siteOrFileName() const;
    // The first line of the text that is not clutter, whitespace collapsed: what
    // names an article that has neither outlet nor headline.
    QString openingLine() const;
    // The headline, else the opening line: what a source name is made of when there is no outlet.
    QString nameText() const;
    bool isClutter(qsizetype pos) const;
    bool overlapsClutter(const TextRange &range) const;
    // "By TOM REED and ANN KO", "Katrin Albers (with wire reports) | 12/05/2026": range lies on a
    // short line, no sentence, that opens with "By" or with the article's byline.
    bool onBylineLine(const TextRange &range) const;
    int wordCount() const; // countWords(text)
};

// Words as runs of letters and digits ("U.S." is two, "3,000" two).
int countWords(QStringView text);
