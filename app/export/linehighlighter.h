// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A KSyntaxHighlighting highlighter over a whole article text rather than a QTextDocument:
// the sheet writers (HTML spans, the PDF/ODT document) run the definition line by line,
// carrying the state from one line to the next, and place each applyFormat() offset with
// lineStart(). Without a valid definition the text stays unformatted.
#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QString>

class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
protected:
    // Highlights `text`, calling lineFinished() after each line.
    void highlightText(const QString &text);
    // Where the line being highlighted starts in the text.
    qsizetype lineStart() const { return m_lineStart; }
    // After a line [start, end) (end at its '\n' or at the end of the text).
    virtual void lineFinished(qsizetype start, qsizetype end);

private:
    qsizetype m_lineStart = 0;
};
