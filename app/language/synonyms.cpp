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

// Each line of one of the compiled-in WordNet tables but comments and empty lines.
template<typename Function>
void forEachLine(const QString &table, Function function)
{
    QFile file(QStringLiteral(":/parallax/wordnet/") + table);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            function(line);
    }
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
    forEachLine(QStringLiteral("synonyms.txt"), [this](const QString &line) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() != 3)
            return;
        Senses senses{parseKeys(fields[1]), parseKeys(fields[2])};
        senses.ownMask = Senses::maskOf(senses.own);
        senses.relatedMask = Senses::maskOf(senses.related);
        m_senses.insert(fields[0].toString(), std::move(senses));
    });
    forEachLine(QStringLiteral("people.txt"), [this](const QString &line) { m_people.insert(line); });
    forEachLine(QStringLiteral("antonyms.txt"), [this](const QString &line) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            return;
        QSet<QString> &opposites = m_antonyms[line.left(tab)];
        for (QStringView word : QStringView(line).mid(tab + 1).split(u' ', Qt::SkipEmptyParts))
            opposites.insert(word.toString());
    });
    forEachLine(QStringLiteral("morphology.txt"), [this](const QString &line) {
        if (const qsizetype tab = line.indexOf(u'\t'); tab > 0)
            m_irregular.insert(line.left(tab), line.mid(tab + 1));
    });
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

bool Synonyms::opposed(const QString &a, const QString &b) const
{
    const auto again = [this](const QString &word) {
        return word.size() > 4 && word.startsWith(u"re") && known(word.mid(2)) ? word.mid(2) : word;
    };
    const QString x = again(a), y = again(b);
    return m_antonyms.value(x).contains(y) || m_antonyms.value(y).contains(x);
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
