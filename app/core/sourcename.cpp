// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcename.h"

#include "article.h"

#include <QHash>
#include <QUrl>

#include <algorithm>

namespace {
// Longest text shown whole as a source name; longer ones are cut at a word.
constexpr qsizetype longestTitleName = 28;

// No dangling comma or colon before an ellipsis.
QString withoutTrailingPunctuation(QString text)
{
    while (!text.isEmpty() && !text.back().isLetterOrNumber())
        text.chop(1);
    return text;
}

// `simple` (whitespace collapsed) itself when it fits `limit`, else its first words and an ellipsis.
QString cutAtWord(const QString &simple, qsizetype limit)
{
    if (simple.size() <= limit)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', limit);
    if (cut < limit / 2)
        cut = limit;
    return withoutTrailingPunctuation(simple.left(cut)) + QChar(0x2026);
}

// The first `count` of `words`, with an ellipsis when some are left out.
QString firstWords(const QStringList &words, qsizetype count)
{
    if (count >= words.size())
        return words.join(u' ');
    return withoutTrailingPunctuation(words.first(count).join(u' ')) + QChar(0x2026);
}

// How many words two texts begin with alike (case and the punctuation around a word aside).
qsizetype commonWords(const QStringList &a, const QStringList &b)
{
    const auto same = [](const QString &x, const QString &y) {
        return withoutTrailingPunctuation(x).toCaseFolded() == withoutTrailingPunctuation(y).toCaseFolded();
    };
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && same(a[n], b[n]))
        ++n;
    return n;
}

// What a reader tells names apart by: their words, not case, punctuation or an ellipsis.
QString comparable(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber() || c == u' ')
            key += c;
    }
    return key.toCaseFolded();
}

// A name made of words, which can take more of them when another name is the same.
struct WordName
{
    QStringList words; // empty for an outlet's or a site's name: it stays as it is
    qsizetype shown = 0;
};

// Gives each of `group` (names alike by comparable()) that is made of words enough
// of them to differ from every other; returns whether a name changed.
bool lengthened(const QList<int> &group, QList<WordName> &made, QStringList &names)
{
    bool changed = false;
    for (int i : group) {
        WordName &w = made[i];
        if (w.words.isEmpty())
            continue;
        qsizetype count = w.shown + 1;
        for (int j : group) {
            if (j != i)
                count = std::max(count, commonWords(w.words, made[j].words) + 1);
        }
        count = std::min(count, w.words.size());
        while (count < w.words.size() && comparable(firstWords(w.words, count)) == comparable(names[i]))
            ++count;
        w.shown = count;
        const QString longer = firstWords(w.words, count);
        if (longer != names[i]) {
            names[i] = longer;
            changed = true;
        }
    }
    return changed;
}
} // namespace

QString sourceName(const QString &outlet, const QString &title, const QString &fallback)
{
    if (!outlet.trimmed().isEmpty())
        return outlet.trimmed();
    const QString simple = title.simplified();
    return simple.isEmpty() ? fallback : cutAtWord(simple, longestTitleName);
}

QString siteName(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.startsWith(QStringLiteral("www.")) ? host.mid(4) : host;
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
    QList<WordName> made(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        names << sourceName(a.outlet, a.nameText(), a.siteOrFileName());
        if (a.outlet.trimmed().isEmpty())
            made[i].words = a.nameText().simplified().split(u' ', Qt::SkipEmptyParts);
    }
    // Until no two are alike but could differ (a longer name may meet another).
    for (bool changed = true; changed;) {
        changed = false;
        QHash<QString, QList<int>> byName;
        for (int i = 0; i < names.size(); ++i)
            byName[comparable(names[i])].append(i);
        for (const QList<int> &group : std::as_const(byName)) {
            if (group.size() > 1)
                changed = lengthened(group, made, names) || changed;
        }
    }
    return numberedDuplicates(names);
}
