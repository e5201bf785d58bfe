#include "article.h"

#include <QFileInfo>
#include <QRegularExpression>

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
