// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits an article's text into word and punctuation tokens with exact UTF-16 offsets,
// keeping "U.S.", "Mr." and initials whole, setting possessives apart, and marking
// sentence starts and headline-like Title Case lines.
#include <QList>
#include <QString>

struct NameToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;            // Gazetteer::key of the token text
    bool word = false;        // letters or digits; otherwise one punctuation character
    bool capitalised = false; // first letter upper case
    bool allCaps = false;     // two or more letters, all upper case
    bool possessive = false;  // followed by 's or ' (not part of the token)
    bool breakAfter = false;  // part of a split hyphen compound: does not join the next token
    bool sentenceStart = false;
    bool titleLine = false; // on a line written in Title Case or all capitals (headline, credit)
    bool lineStart = false;
    bool slug = false; // part of an all-capitals keyword chain ("TOPSHOT-CHINA-BRI-FORUM")
};

QList<NameToken> tokenizeForNames(const QString &text);
