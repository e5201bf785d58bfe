// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"

#include "analysisbuilder.h"

namespace {
// Paragraph `i` of filler, different per article so that no text repeats.
QString filler(int article, int i)
{
    return QStringLiteral("Paragraph %1 of source %2 describes the weather, the traffic and the mood in the city "
                          "while delegates waited for the talks to begin.")
        .arg(i)
        .arg(article);
}

struct Builder
{
    QString text;
    QList<std::pair<int, TextRange>> marks; // (paragraph, range) of placed sentences

    TextRange place(const QString &sentence)
    {
        const qsizetype start = text.size();
        text += sentence + u'\n';
        return {start, start + sentence.size()};
    }
};
} // namespace

ComparisonFixture makeComparisonFixture()
{
    ComparisonFixture f;
    f.corpus = std::make_shared<Corpus>();
    f.corpus->title = QStringLiteral("Fixture");
    const QStringList outlets = {QStringLiteral("Alpha News"), QStringLiteral("Beta Times"), QStringLiteral("Gamma Post")};
    // Where each placed sentence goes: paragraph number per article.
    const QString sharedText[3] = {QStringLiteral("The summit opened in Geneva on Monday."),
                                   QStringLiteral("Leaders opened the summit in Geneva on Monday."),
                                   QStringLiteral("On Monday the Geneva summit opened.")};
    const int sharedAt[3] = {4, 30, 18};
    QList<TextRange> sharedRanges(3), conflictFirst(2), conflictSecond(2), sharedFirstLast(2);
    TextRange unique;
    // Which article says what, before which paragraph of filler, and where that is kept.
    const struct
    {
        int article, paragraph;
        QString text;
        TextRange *range;
    } statements[] = {
        {0, 20, QStringLiteral("It was the 40 meeting of the two leaders."), &conflictFirst[0]},
        {2, 6, QStringLiteral("It was the fourth meeting of the two leaders."), &conflictFirst[1]},
        {1, 10, QStringLiteral("The talks lasted three hours."), &conflictSecond[0]},
        {2, 34, QStringLiteral("The talks lasted five hours."), &conflictSecond[1]},
        {0, 12, QStringLiteral("Protesters gathered outside the hall."), &sharedFirstLast[0]},
        {2, 26, QStringLiteral("Outside the hall, protesters gathered."), &sharedFirstLast[1]},
        {1, 15, QStringLiteral("A spokesman declined to comment."), &unique},
    };
    for (int a = 0; a < 3; ++a) {
        Builder b;
        b.text = QStringLiteral("Headline of %1\n").arg(outlets[a]);
        for (int p = 0; p < 40; ++p) {
            if (p == sharedAt[a])
                sharedRanges[a] = b.place(sharedText[a]);
            for (const auto &s : statements) {
                if (s.article == a && s.paragraph == p)
                    *s.range = b.place(s.text);
            }
            b.text += filler(a, p) + u'\n';
        }
        Article article;
        article.id = QStringLiteral("fixture-%1").arg(a);
        article.filePath = QStringLiteral("/fixture/%1.txt").arg(article.id);
        article.format = QStringLiteral("txt");
        article.outlet = outlets[a];
        article.title = QStringLiteral("Headline of %1").arg(outlets[a]);
        article.published = QDate(2024, 5, 20);
        article.text = b.text;
        f.corpus->articles.append(article);
    }
    f.analysis = std::make_shared<Analysis>();
    f.analysis->corpus = f.corpus;
    f.analysis->sentences.resize(f.corpus->articles.size());
    auto member = [&](int article, const TextRange &r, const QString &value = {}) {
        return ClaimMember{article, r, f.corpus->articles[article].text.mid(r.start, r.length()), value};
    };
    auto add = [&](ClaimKind kind, const QList<ClaimMember> &members, const QString &slot = {}, const QString &reason = {}) {
        f.analysis->claims.append(makeClaim(QStringLiteral("c%1").arg(f.analysis->claims.size()), kind, members, slot, reason));
        return int(f.analysis->claims.size() - 1);
    };
    f.shared = add(ClaimKind::Shared, {member(0, sharedRanges[0]), member(1, sharedRanges[1]), member(2, sharedRanges[2])}, {},
                   QStringLiteral("the summit opened on Monday"));
    f.conflictFirst =
        add(ClaimKind::Conflict, {member(0, conflictFirst[0], QStringLiteral("40")), member(2, conflictFirst[1], QStringLiteral("fourth"))},
            QStringLiteral("count"), QStringLiteral("40 vs. fourth: number of meetings"));
    f.conflictSecond = add(ClaimKind::Conflict,
                           {member(1, conflictSecond[0], QStringLiteral("three")), member(2, conflictSecond[1], QStringLiteral("five"))},
                           QStringLiteral("number"), QStringLiteral("three vs. five: hours of talks"));
    f.sharedFirstLast = add(ClaimKind::Shared, {member(0, sharedFirstLast[0]), member(2, sharedFirstLast[1])});
    f.unique = add(ClaimKind::Unique, {member(1, unique)});
    assignClaimKeys(f.analysis->claims, *f.corpus);
    return f;
}
