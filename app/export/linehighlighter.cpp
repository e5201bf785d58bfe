// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>

void LineHighlighter::highlightText(const QString &text)
{
    KSyntaxHighlighting::State state;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        m_lineStart = start;
        if (definition().isValid())
            state = highlightLine(QStringView(text).mid(start, end - start), state);
        lineFinished(start, end);
        start = end + 1;
    }
}

void LineHighlighter::lineFinished(qsizetype, qsizetype)
{
}
