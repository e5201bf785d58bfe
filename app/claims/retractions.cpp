// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retractions.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// A figure as a number: "21,000" and "21 000" alike, "4.1bn" with its scale.
double figureOf(const ClaimNumber &n)
{
    return n.value * n.scale;
}

bool sameFigure(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool givesAny(const ClaimUnitData &unit, const QList<double> &figures)
{
    return std::any_of(unit.features.numbers.cbegin(), unit.features.numbers.cend(), [&](const ClaimNumber &n) {
        return !n.year && std::any_of(figures.cbegin(), figures.cend(), [&](double f) { return sameFigure(figureOf(n), f); });
    });
}

} // namespace

bool takesBack(QStringView sentence)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\W*(correction|clarification)\\b|\\ban earlier version of th(is|e) (article|story|report|piece|post|entry)\\b"
                       "|\\b(wrongly|incorrectly|mistakenly|erroneously) (reported|said|stated|wrote|gave|put|described)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.matchView(sentence).hasMatch();
}

Retractions findRetractions(const Corpus &corpus, const QList<ClaimUnit> &units, const TermTable &table)
{
    Retractions r;
    QHash<quint64, bool> sentenceTakesBack; // a sentence's clauses and the whole of it are units each
    for (int u = 0; u < units.size(); ++u) {
        const ClaimUnit &unit = units.at(u);
        const quint64 key = pairKey(unit.article, int(unit.sentence.start));
        auto it = sentenceTakesBack.constFind(key);
        if (it == sentenceTakesBack.cend()) {
            const QString &text = corpus.articles.at(unit.article).text;
            it = sentenceTakesBack.insert(key, takesBack(QStringView(text).mid(unit.sentence.start, unit.sentence.length())));
        }
        if (!*it)
            continue;
        r.units.insert(u);
        for (const ClaimNumber &n : table.data.at(u).features.numbers) {
            if (!n.year)
                r.figures[unit.article].append(figureOf(n));
        }
    }
    if (r.figures.isEmpty())
        return r;
    for (int u = 0; u < units.size(); ++u) {
        const auto it = r.figures.constFind(units.at(u).article);
        if (it != r.figures.cend() && givesAny(table.data.at(u), *it))
            r.units.insert(u);
    }
    return r;
}

void dropRetracted(PairJudgements &judged, const Retractions &retractions, const QList<ClaimUnit> &units, const TermTable &table)
{
    const QSet<int> &gone = retractions.units;
    if (gone.isEmpty())
        return;
    judged.conflicts.removeIf([&](const FoundConflict &c) { return gone.contains(c.left) || gone.contains(c.right); });
    judged.links.removeIf([&](const Pair &p) {
        const int retracted = gone.contains(p.left) ? p.left : gone.contains(p.right) ? p.right : -1;
        if (retracted < 0)
            return false;
        const int other = retracted == p.left ? p.right : p.left;
        return givesAny(table.data.at(other), retractions.figures.value(units.at(retracted).article));
    });
}
