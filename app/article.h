#pragma once
// One news article as loaded from a file: its text exactly as decoded, and its metadata.
#include "textrange.h"

#include <QDate>
#include <QList>
#include <QString>

struct Article
{
    QString id;       // file name without extension; unique within a corpus
    QString filePath; // absolute path of the source file
    QString format;   // "txt", "md" or "html"
    QString text;     // the text shown and analysed; offsets index into it

    QString title;
    QString outlet;
    QString byline;
    QString url;
    QDate published;

    QList<TextRange> clutter; // ranges that are not the report (READ MORE lines, credits, footers)

    QString fileName() const;
    bool isClutter(qsizetype pos) const;
    bool overlapsClutter(const TextRange &range) const;
    int wordCount() const;
};
