// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Guesses an article's metadata from its own text when nothing better is known:
// the headline (first line), a byline ("By Jace Dela Cruz"), a dateline
// ("May 16, 2024 06:39 AM EDT") and the outlet where the text names it
// ("© 2024 VCPOST", "BEIJING (Reuters) -", "This article originally appeared on ...").
#include "textrange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

struct GuessedMetadata
{
    QString title;
    QString byline;
    QString outlet;
    QDate published;
};

// Clutter ranges are skipped when looking for the headline ("Free to read:", section labels).
GuessedMetadata guessMetadata(QStringView text, const QList<TextRange> &clutter = {});

// The first calendar date written in `text`: "May 16, 2024", "16 May 2024", "2024-05-16",
// "2024-05-16T06:39:00-04:00" (the date as written, whatever the time zone).
QDate parseWrittenDate(QStringView text, qsizetype *matchStart = nullptr, qsizetype *matchLength = nullptr);

// "By Jace Dela Cruz and Ann Lee | Reuters" -> "Jace Dela Cruz and Ann Lee"; empty when the
// words after "By" are not names.
QString bylineNames(QStringView line);
