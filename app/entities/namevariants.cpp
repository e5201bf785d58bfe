// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namevariants.h"

#include "entityresolver.h"

#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace {

QString foldSpellings(const QString &word)
{
    QString w = word;
    static const std::pair<const char *, const char *> folds[] = {
        {"sz", "s"}, {"cz", "c"}, {"ei", "i"}, {"ph", "f"}, {"ck", "k"}, {"tz", "z"}, {"w", "v"},
    };
    for (const auto &[from, to] : folds)
        w.replace(QLatin1StringView(from), QLatin1StringView(to));
    return w;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QStringList foldedNameWords(const QString &key)
{
    QStringList words = nameSkeleton(key).split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = foldSpellings(w);
    return words;
}

bool nameVariants(const QStringList &x, const QStringList &y)
{
    if (x.size() != y.size() || x.size() < 2)
        return false;
    for (qsizetype k = 0; k < x.size(); ++k) {
        const QString &p = x.at(k);
        const QString &q = y.at(k);
        // A letter in a short word, two in a long one; the first letters agree but for w/v.
        const int allowed = std::min(p.size(), q.size()) >= 6 ? 2 : 1;
        if (p.isEmpty() || q.isEmpty() || p.at(0) != q.at(0) || std::abs(p.size() - q.size()) > allowed || editDistance(p, q) > allowed)
            return false;
    }
    return true;
}
