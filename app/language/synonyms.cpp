// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synonyms.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace {

QList<quint32> parseKeys(QStringView field)
{
    QList<quint32> keys;
    for (QStringView part : field.split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const quint32 key = part.toUInt(&ok, 36);
        if (ok)
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool intersects(const QList<quint32> &a, const QList<quint32> &b)
{
    auto i = a.cbegin(), j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

// WordNet's "morphy" detachment rules: inflectional endings and what replaces them.
struct Detachment
{
    const char16_t *suffix;
    const char16_t *ending;
};
constexpr Detachment detachments[] = {
    {u"ies", u"y"}, {u"ses", u"s"}, {u"xes", u"x"}, {u"zes", u"z"}, {u"ches", u"ch"}, {u"shes", u"sh"}, {u"men", u"man"},
    {u"es", u"e"},  {u"es", u""},   {u"s", u""},    {u"ied", u"y"}, {u"ed", u"e"},    {u"ed", u""},     {u"ing", u"e"},
    {u"ing", u""},  {u"er", u""},   {u"est", u""},  {u"er", u"e"},  {u"est", u"e"},
};

} // namespace

const Synonyms &Synonyms::instance()
{
    static const Synonyms synonyms;
    return synonyms;
}

Synonyms::Synonyms()
{
    QFile table(QStringLiteral(":/parallax/wordnet/synonyms.txt"));
    if (table.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&table);
        QString line;
        while (in.readLineInto(&line)) {
            if (line.startsWith(u'#'))
                continue;
            const QList<QStringView> fields = QStringView(line).split(u'\t');
            if (fields.size() != 3)
                continue;
            Senses senses{parseKeys(fields[1]), parseKeys(fields[2])};
            senses.ownMask = Senses::maskOf(senses.own);
            senses.relatedMask = Senses::maskOf(senses.related);
            m_senses.insert(fields[0].toString(), std::move(senses));
        }
    }
    QFile people(QStringLiteral(":/parallax/wordnet/people.txt"));
    if (people.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&people);
        QString line;
        while (in.readLineInto(&line)) {
            if (!line.startsWith(u'#') && !line.isEmpty())
                m_people.insert(line);
        }
    }
    QFile morphology(QStringLiteral(":/parallax/wordnet/morphology.txt"));
    if (morphology.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&morphology);
        QString line;
        while (in.readLineInto(&line)) {
            const qsizetype tab = line.indexOf(u'\t');
            if (!line.startsWith(u'#') && tab > 0)
                m_irregular.insert(line.left(tab), line.mid(tab + 1));
        }
    }
}

QString Synonyms::lemma(const QString &word) const
{
    if (const auto it = m_irregular.constFind(word); it != m_irregular.cend())
        return *it;
    if (known(word))
        return word;
    for (const Detachment &d : detachments) {
        const QStringView suffix(d.suffix);
        if (word.size() > suffix.size() + 1 && word.endsWith(suffix)) {
            QString candidate = word.left(word.size() - suffix.size()) + QString::fromUtf16(d.ending);
            if (known(candidate))
                return candidate;
            // Doubled consonant: "stopped" -> "stop", "bigger" -> "big".
            if (QStringView(d.ending).isEmpty() && candidate.size() > 2 && candidate.back() == candidate[candidate.size() - 2]) {
                candidate.chop(1);
                if (known(candidate))
                    return candidate;
            }
        }
    }
    return word;
}

bool Synonyms::isPersonNoun(const QString &lemma) const
{
    return m_people.contains(lemma);
}

quint64 Synonyms::Senses::maskOf(const QList<quint32> &ids)
{
    quint64 mask = 0;
    for (quint32 id : ids)
        mask |= quint64(1) << (id % 64);
    return mask;
}

const Synonyms::Senses *Synonyms::senses(const QString &lemma) const
{
    const auto it = m_senses.constFind(lemma);
    return it == m_senses.cend() ? nullptr : &*it;
}

Synonyms::Relation Synonyms::relation(const QString &a, const QString &b) const
{
    return relation(senses(a), senses(b));
}

Synonyms::Relation Synonyms::relation(const Senses *a, const Senses *b)
{
    if (!a || !b)
        return Relation::None;
    // The masks rule out most pairs before the sorted lists are walked.
    if ((a->ownMask & b->ownMask) && intersects(a->own, b->own))
        return Relation::Synonym;
    if (((a->ownMask & b->relatedMask) && intersects(a->own, b->related))
        || ((a->relatedMask & b->ownMask) && intersects(a->related, b->own)))
        return Relation::Related;
    return Relation::None;
}
