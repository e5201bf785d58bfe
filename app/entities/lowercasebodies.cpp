// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lowercasebodies.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The lower-case phrases a body's name gives: its words from the first, or up to the last,
// two words or more, ending in a head word ("federal judicial police" of "Federal Judicial
// Police Antwerp", "foreign ministry" of "Chinese Foreign Ministry").
QStringList phrasesOf(const QString &name, const QSet<QString> &heads)
{
    static const QRegularExpression wordBreak(QStringLiteral("\\s+"));
    const QStringList written = QString(name).replace(u'\u2019', u'\'').split(wordBreak, Qt::SkipEmptyParts);
    // Only what the name writes with capitals: "Žilina regional police" gives no phrase.
    const auto capital = [&](qsizetype k) { return written.at(k).front().isUpper(); };
    QStringList phrases;
    for (qsizetype from = 0; from < written.size(); ++from) {
        for (qsizetype to = from + 1; to < written.size(); ++to) {
            if ((from != 0 && to != written.size() - 1) || !capital(from) || !capital(to) || !heads.contains(written.at(to).toLower()))
                continue;
            phrases.append(written.mid(from, to - from + 1).join(u' ').toLower());
        }
    }
    return phrases;
}

// The words after each "the " of `text` in small letters, up to `most`, with where each ends.
struct FollowingWords
{
    qsizetype start;
    QStringList words;
    QList<qsizetype> ends;
};

// A word in small letters (and apostrophes) starting at `at`, or where it ends when none.
qsizetype lowercaseWordEnd(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && (text[end].isLower() || ((text[end] == u'\'' || text[end] == u'\u2019') && end > at)))
        ++end;
    return end;
}

QList<FollowingWords> wordsAfterThe(const QString &text, int most)
{
    QList<FollowingWords> out;
    // Scanned by hand: a regular expression per word costs more than the rest of the stage.
    for (qsizetype at = text.indexOf(u"the "); at >= 0; at = text.indexOf(u"the ", at + 4)) {
        if (at > 0 && text[at - 1].isLetterOrNumber())
            continue;
        FollowingWords f{at + 4, {}, {}};
        qsizetype start = f.start;
        while (f.words.size() < most) {
            const qsizetype end = lowercaseWordEnd(text, start);
            if (end == start)
                break;
            f.words.append(text.mid(start, end - start).replace(u'\u2019', u'\''));
            f.ends.append(end);
            if (end >= text.size() || text[end] != u' ')
                break;
            start = end + 1;
        }
        if (!f.words.isEmpty())
            out.append(f);
    }
    return out;
}

} // namespace

void addLowercaseBodyMentions(const Corpus &corpus, const QSet<QString> &heads, QList<Entity> &entities)
{
    QHash<QString, qsizetype> bodyOf; // phrase -> entity index, -1 where two bodies share it
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (entities.at(i).type != EntityType::Organization)
            continue;
        for (const QString &phrase : phrasesOf(entities.at(i).name, heads)) {
            const auto it = bodyOf.constFind(phrase);
            bodyOf.insert(phrase, it == bodyOf.cend() || *it == i ? i : -1);
        }
    }
    if (bodyOf.isEmpty())
        return;
    QList<QList<TextRange>> namedIn(corpus.articles.size()); // what each article's mentions cover
    for (const Entity &e : std::as_const(entities)) {
        for (const Mention &m : e.mentions)
            namedIn[m.article].append(m.range);
    }
    QList<std::pair<qsizetype, Mention>> found;
    for (int a = 0; a < corpus.articles.size(); ++a) {
        const QString &text = corpus.articles.at(a).text;
        const QList<TextRange> &named = namedIn.at(a);
        for (const FollowingWords &f : wordsAfterThe(text, 6)) {
            // the longest phrase of a body's name that the words open with
            for (qsizetype n = f.words.size(); n >= 2; --n) {
                const auto it = bodyOf.constFind(f.words.mid(0, n).join(u' '));
                if (it == bodyOf.cend() || *it < 0)
                    continue;
                const TextRange range{f.start, f.ends.at(n - 1)};
                if (std::none_of(named.cbegin(), named.cend(), [&](const TextRange &r) { return r.overlaps(range); }))
                    found.append({*it, Mention{a, range, text.mid(range.start, range.length())}});
                break;
            }
        }
    }
    QSet<qsizetype> touched;
    for (const auto &[index, mention] : std::as_const(found)) {
        entities[index].mentions.append(mention);
        touched.insert(index);
    }
    for (const qsizetype index : std::as_const(touched)) {
        QList<Mention> &mentions = entities[index].mentions;
        std::sort(mentions.begin(), mentions.end(), [](const Mention &x, const Mention &y) {
            return x.article != y.article ? x.article < y.article : x.range.start < y.range.start;
        });
    }
}
