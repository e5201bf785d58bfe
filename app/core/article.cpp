// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace {
// Longest title shown whole as a source name; longer ones are cut at a word.
constexpr qsizetype longestTitleName = 28;

// `simple` (whitespace collapsed) itself when it fits `limit`, else its first words and an ellipsis.
QString cutAtWord(const QString &simple, qsizetype limit)
{
    if (simple.size() <= limit)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', limit);
    if (cut < limit / 2)
        cut = limit;
    QString shortTitle = simple.left(cut);
    while (!shortTitle.isEmpty() && !shortTitle.back().isLetterOrNumber())
        shortTitle.chop(1); // no dangling comma or colon before the ellipsis
    return shortTitle + QChar(0x2026);
}
} // namespace

QString sourceName(const QString &outlet, const QString &title, const QString &id)
{
    if (!outlet.trimmed().isEmpty())
        return outlet.trimmed();
    const QString simple = title.simplified();
    return simple.isEmpty() ? id : cutAtWord(simple, longestTitleName);
}

QStringList numberedDuplicates(const QStringList &names)
{
    QStringList numbered;
    QHash<QString, int> seen;
    for (const QString &name : names) {
        const int n = ++seen[name.toCaseFolded()];
        numbered << (n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n));
    }
    return numbered;
}

QStringList distinctSourceNames(const QList<Article> &articles)
{
    QStringList names;
    QHash<QString, int> uses;
    for (const Article &a : articles) {
        names << sourceName(a.outlet, a.nameText(), a.id);
        ++uses[names.back().toCaseFolded()];
    }
    // Two titles that begin alike ("Russian President Vladimir…") are cut
    // shorter so that the number telling them apart still fits a column header.
    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        if (uses.value(names[i].toCaseFolded()) > 1 && a.outlet.trimmed().isEmpty() && names[i].endsWith(QChar(0x2026)))
            names[i] = cutAtWord(a.nameText().simplified(), longestTitleName - 6);
    }
    return numberedDuplicates(names);
}

QString Article::sourceName() const
{
    return name.isEmpty() ? ::sourceName(outlet, nameText(), id) : name;
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
