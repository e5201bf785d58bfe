// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translatednames.h"

#include "gazetteer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

// Folded word of another language -> its English word or words.
const QHash<QString, QString> &translations()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        for (const QStringList &row : Gazetteer::readList(QStringLiteral("nametranslations.txt"))) {
            for (const QString &word : row.value(1).split(u' ', Qt::SkipEmptyParts))
                out.insert(Gazetteer::folded(Gazetteer::key(word)), row.first());
        }
        return out;
    }();
    return table;
}

// Articles, prepositions and "and" of the languages above: no part of what a name means.
bool functionWord(const QString &word)
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral("the of for and & de del della delle dei degli di da do dos das la le les el los las il lo "
                                                "gli des du der die von van y e et und i en al au aux het")
                                     .split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words.contains(word);
}

// "services" and "service", "risks" and "risk": one word.
QString singular(const QString &word)
{
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
        return word.chopped(1);
    return word;
}

} // namespace

NameSense nameSense(const QString &key)
{
    NameSense sense;
    QStringList english;
    const QHash<QString, QString> &table = translations();
    for (const QString &word : key.split(u' ', Qt::SkipEmptyParts)) {
        if (functionWord(word))
            continue;
        const QString folded = Gazetteer::folded(word);
        const auto it = table.constFind(folded);
        if (it != table.cend() && *it != folded) {
            sense.translated = true;
            for (const QString &w : it->split(u' '))
                english.append(singular(w));
        } else {
            english.append(singular(folded));
        }
    }
    std::sort(english.begin(), english.end());
    sense.count = int(english.size());
    sense.words = english.join(u' ');
    return sense;
}
