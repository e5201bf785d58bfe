// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"

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
    for (int a = 0; a < 3; ++a) {
        Builder b;
        b.text = QStringLiteral("Headline of %1\n").arg(outlets[a]);
        for (int p = 0; p < 40; ++p) {
            if (p == sharedAt[a])
                sharedRanges[a] = b.place(sharedText[a]);
            if (a == 0 && p == 20)
                conflictFirst[0] = b.place(QStringLiteral("It was the 40 meeting of the two leaders."));
            if (a == 2 && p == 6)
                conflictFirst[1] = b.place(QStringLiteral("It was the fourth meeting of the two leaders."));
            if (a == 1 && p == 10)
                conflictSecond[0] = b.place(QStringLiteral("The talks lasted three hours."));
            if (a == 2 && p == 34)
                conflictSecond[1] = b.place(QStringLiteral("The talks lasted five hours."));
            if (a == 0 && p == 12)
                sharedFirstLast[0] = b.place(QStringLiteral("Protesters gathered outside the hall."));
            if (a == 2 && p == 26)
                sharedFirstLast[1] = b.place(QStringLiteral("Outside the hall, protesters gathered."));
            if (a == 1 && p == 15)
                unique = b.place(QStringLiteral("A spokesman declined to comment."));
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
    auto add = [&](Claim c) {
        c.id = QStringLiteral("c%1").arg(f.analysis->claims.size());
        f.analysis->claims.append(c);
        return int(f.analysis->claims.size() - 1);
    };
    Claim s;
    s.kind = ClaimKind::Shared;
    s.reason = QStringLiteral("the summit opened on Monday");
    s.members = {member(0, sharedRanges[0]), member(1, sharedRanges[1]), member(2, sharedRanges[2])};
    f.shared = add(s);
    Claim c1;
    c1.kind = ClaimKind::Conflict;
    c1.slot = QStringLiteral("count");
    c1.reason = QStringLiteral("40 vs. fourth: number of meetings");
    c1.members = {member(0, conflictFirst[0], QStringLiteral("40")), member(2, conflictFirst[1], QStringLiteral("fourth"))};
    f.conflictFirst = add(c1);
    Claim c2;
    c2.kind = ClaimKind::Conflict;
    c2.slot = QStringLiteral("number");
    c2.reason = QStringLiteral("three vs. five: hours of talks");
    c2.members = {member(1, conflictSecond[0], QStringLiteral("three")), member(2, conflictSecond[1], QStringLiteral("five"))};
    f.conflictSecond = add(c2);
    Claim s2;
    s2.kind = ClaimKind::Shared;
    s2.members = {member(0, sharedFirstLast[0]), member(2, sharedFirstLast[1])};
    f.sharedFirstLast = add(s2);
    Claim u;
    u.kind = ClaimKind::Unique;
    u.members = {member(1, unique)};
    f.unique = add(u);
    assignClaimKeys(f.analysis->claims, *f.corpus);
    return f;
}
