// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QFileInfo>

QString Article::sourceName() const
{
    return name.isEmpty() ? ::sourceName(outlet, nameText(), siteOrFileName()) : name;
}

QString Article::siteOrFileName() const
{
    const QString site = siteName(url);
    return site.isEmpty() ? id : site;
}

QString Article::openingLine() const
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        const QString line = text.mid(pos, nl - pos).remove(QChar(0xFEFF)).simplified();
        if (!line.isEmpty() && !overlapsClutter({pos, nl}))
            return line;
        pos = nl + 1;
    }
    return {};
}

QString Article::nameText() const
{
    return title.trimmed().isEmpty() ? openingLine() : title;
}

QString Article::fileName() const
{
    return QFileInfo(filePath).fileName();
}

bool Article::isClutter(qsizetype pos) const
{
    for (const TextRange &r : clutter) {
        if (r.contains(pos))
            return true;
    }
    return false;
}

bool Article::overlapsClutter(const TextRange &range) const
{
    for (const TextRange &r : clutter) {
        if (r.overlaps(range))
            return true;
    }
    return false;
}

bool Article::onBylineLine(const TextRange &range) const
{
    const qsizetype start = text.lastIndexOf(u'\n', range.start - 1) + 1;
    qsizetype end = text.indexOf(u'\n', range.end);
    if (end < 0)
        end = text.size();
    const QStringView line = QStringView(text).mid(start, end - start).trimmed();
    const QString names = byline.trimmed();
    const bool opens = line.startsWith(u"By ", Qt::CaseInsensitive) || (!names.isEmpty() && line.startsWith(names, Qt::CaseInsensitive));
    return opens && !line.endsWith(u'.') && line.size() <= 100 && line.count(u' ') < 12;
}

int Article::wordCount() const
{
    return countWords(text);
}

int countWords(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++count;
        inWord = letter;
    }
    return count;
}
