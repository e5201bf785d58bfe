// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlegenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <iterator>
#include <random>

namespace {

const QStringList kGiven = {"Maria",  "Ahmed",  "Elena",  "Jonas", "Priya", "Kenji",  "Olga",  "Samuel", "Fatima", "Lucas",
                            "Ingrid", "Tomasz", "Amara",  "Diego", "Hana",  "Viktor", "Chloe", "Rafael", "Leila",  "Mateo",
                            "Yusuf",  "Sofia",  "Andrei", "Mei",   "Kwame", "Isabel", "Pavel", "Noor"};
const QStringList kFamily = {"Keller",  "Okafor",   "Novak",   "Haddad", "Lindqvist", "Tanaka", "Moreau",  "Petrov",
                             "Alvarez", "Kowalski", "Mensah",  "Rossi",  "Nakamura",  "Dubois", "Ivanova", "Castillo",
                             "Brennan", "Sato",     "Fischer", "Abadi",  "Marquez",   "Varga",  "Osei",    "Lindgren"};
const QStringList kCities = {"Geneva", "Nairobi", "Lisbon", "Jakarta", "Montreal", "Oslo",    "Santiago", "Hanoi",
                             "Accra",  "Vienna",  "Lima",   "Warsaw",  "Manila",   "Tbilisi", "Dakar",    "Kraków"};
const QStringList kCountries = {"Kenya",   "Portugal", "Indonesia", "Canada",      "Norway",  "Chile",  "Vietnam", "Ghana",
                                "Austria", "Peru",     "Poland",    "Philippines", "Senegal", "Brazil", "Japan",   "Egypt"};
const QStringList kOrgs = {"World Health Organization",
                           "Red Cross",
                           "European Commission",
                           "African Union",
                           "World Bank",
                           "Reuters",
                           "Associated Press",
                           "United Nations",
                           "Amnesty International",
                           "International Energy Agency",
                           "Ministry of Finance",
                           "Central Bank"};
const QStringList kRoles = {"Foreign Minister", "Prime Minister",   "President",       "spokesperson", "Finance Minister",
                            "Defence Minister", "chief negotiator", "Health Minister", "governor",     "senior aide"};
const QStringList kMonths = {"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};
const QStringList kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
const QStringList kOrdinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh"};
const QStringList kFiller = {
    "Analysts said the outcome would shape the region for years to come.",
    "Observers noted that the talks had been postponed twice before.",
    "Markets reacted calmly to the news in early trading.",
    "The atmosphere at the venue was described as tense but cordial.",
    "Critics argued that the agreement did not go far enough.",
    "Local residents gathered outside to follow the proceedings.",
    "Officials declined to give further details about the schedule.",
    "The delegation arrived late after a delay at the airport.",
    "Several questions remained unanswered at the end of the day.",
    "Security was tight around the conference centre throughout the week.",
};

// One fact of the story with its true values and alternative wordings.
struct Fact
{
    QStringList wordings; // with %1.. placeholders for the values
    QStringList values;
    int conflictSlot = -1; // index into values that some outlets get wrong
};

// The kinds of fact a story tells, by turns: alternative wordings (%1.. stand for the values
// makeStory picks) and the value some outlets get wrong, if any.
struct FactKind
{
    QStringList wordings;
    int conflictSlot = -1;
};
const FactKind kFactKinds[] = {
    {{QStringLiteral("%1 %2 arrived in %3 on %4 for talks on the crisis."), QStringLiteral("On %4, %1 %2 landed in %3 to join the talks."),
      QStringLiteral("%2, the %1, reached %3 on %4 ahead of the negotiations.")},
     3},
    {{QStringLiteral("The %1 said %2 people had been displaced in %3."),
      QStringLiteral("According to the %1, some %2 residents of %3 have left their homes."),
      QStringLiteral("%2 people were displaced in %3, the %1 reported.")},
     1},
    {{QStringLiteral("%1 first proposed the plan in %2 %3."), QStringLiteral("The plan was first put forward by %1 in %2 %3."),
      QStringLiteral("It was in %2 %3 that %1 floated the idea.")},
     2},
    {{QStringLiteral("\"We will not accept any delay,\" %1, the %2, said at the %3 session."),
      QStringLiteral("\"We will not accept a delay,\" said %1, the %2, during the %3 session."),
      QStringLiteral("%1, the %2, told reporters at the %3 session: \"We will not accept any delay.\"")},
     2},
    {{QStringLiteral("%1 pledged %2 million dollars to the %3 fund."),
      QStringLiteral("The %3 fund received a pledge of %2 million dollars from %1."),
      QStringLiteral("A %2 million dollar pledge from %1 went to the %3 fund.")},
     1},
    {{QStringLiteral("Protests in %1 spread to other parts of %2, %3 said."),
      QStringLiteral("%3 said demonstrations in %1 had spread across %2."),
      QStringLiteral("Demonstrations that began in %1 spread across %2, according to %3.")},
     -1},
};

struct Story
{
    QList<Fact> facts;
    QDate date;
};

Story makeStory(std::mt19937 &rng)
{
    auto pick = [&](const QStringList &list) { return list[std::uniform_int_distribution<int>(0, int(list.size()) - 1)(rng)]; };
    Story story;
    story.date = QDate(2024, 3, 1).addDays(std::uniform_int_distribution<int>(0, 200)(rng));
    for (int i = 0; i < 60; ++i) {
        const QString person = pick(kGiven) + u' ' + pick(kFamily);
        const QString role = pick(kRoles);
        const QString city = pick(kCities);
        const QString country = pick(kCountries);
        const QString org = pick(kOrgs);
        const QString number = QString::number(std::uniform_int_distribution<int>(3, 900)(rng));
        const QString month = pick(kMonths);
        const QString year = QString::number(std::uniform_int_distribution<int>(1990, 2023)(rng));
        // The values each kind of fact (kFactKinds) is told with, in its placeholders' order.
        const QStringList values[] = {{role, person, city, kWeekdays[i % 5]},          {org, number, country}, {person, month, year},
                                      {person, role, kOrdinals[i % kOrdinals.size()]}, {country, number, org}, {city, country, person}};
        const FactKind &kind = kFactKinds[i % std::size(kFactKinds)];
        story.facts.append({kind.wordings, values[i % std::size(kFactKinds)], kind.conflictSlot});
    }
    return story;
}

QString wrongValue(const QString &value, std::mt19937 &rng)
{
    bool isNumber = false;
    const int n = value.toInt(&isNumber);
    if (isNumber)
        return QString::number(n + std::uniform_int_distribution<int>(1, 9)(rng) * (n > 1900 ? 1 : 10));
    const qsizetype ordinal = kOrdinals.indexOf(value);
    if (ordinal >= 0)
        return kOrdinals[(ordinal + 1) % kOrdinals.size()];
    const qsizetype weekday = kWeekdays.indexOf(value);
    if (weekday >= 0)
        return kWeekdays[(weekday + 1) % kWeekdays.size()];
    return value;
}

QString render(const QString &wording, QStringList values)
{
    QString s = wording;
    for (int i = 0; i < values.size(); ++i)
        s.replace(QStringLiteral("%") + QString::number(i + 1), values[i]);
    return s;
}

} // namespace

Corpus generateCorpus(const GeneratorOptions &options)
{
    std::mt19937 rng(options.seed);
    const Story story = makeStory(rng);
    Corpus corpus;
    corpus.title = QStringLiteral("Synthetic story (%1 articles)").arg(options.articles);
    corpus.published = story.date;
    std::uniform_int_distribution<int> factPick(0, int(story.facts.size()) - 1);
    std::uniform_int_distribution<int> fillerPick(0, int(kFiller.size()) - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    for (int a = 0; a < options.articles; ++a) {
        Article article;
        article.id = QStringLiteral("article-%1").arg(a, 5, 10, QLatin1Char('0'));
        article.format = QStringLiteral("txt");
        article.outlet = QStringLiteral("Outlet %1").arg(a % 97);
        article.published = story.date.addDays(a % 3);
        QString text = QStringLiteral("Talks continue as the crisis deepens, report %1\n\nBy %2 %3\n\n")
                           .arg(a)
                           .arg(kGiven[a % kGiven.size()], kFamily[(a * 7) % kFamily.size()]);
        int words = 0;
        while (words < options.wordsPerArticle) {
            QString sentence;
            if (percent(rng) < 65) {
                const Fact &f = story.facts[factPick(rng)];
                QStringList values = f.values;
                if (f.conflictSlot >= 0 && percent(rng) < 12)
                    values[f.conflictSlot] = wrongValue(values[f.conflictSlot], rng);
                sentence = render(f.wordings[std::uniform_int_distribution<int>(0, int(f.wordings.size()) - 1)(rng)], values);
            } else {
                sentence = kFiller[fillerPick(rng)];
            }
            text += sentence;
            text += percent(rng) < 30 ? QStringLiteral("\n\n") : QStringLiteral(" ");
            words += int(sentence.count(u' ')) + 1;
        }
        text += u'\n';
        article.text = text;
        article.title = text.section(u'\n', 0, 0);
        corpus.articles.append(article);
    }
    return corpus;
}

bool writeCorpus(const Corpus &corpus, const QString &folder, QString *error)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    QJsonArray entries;
    for (const Article &a : corpus.articles) {
        QFile f(dir.filePath(a.id + QStringLiteral(".txt")));
        if (!f.open(QIODevice::WriteOnly) || f.write(a.text.toUtf8()) < 0) {
            if (error)
                *error = f.errorString();
            return false;
        }
        entries.append(QJsonObject{{QStringLiteral("file"), a.id + QStringLiteral(".txt")},
                                   {QStringLiteral("outlet"), a.outlet},
                                   {QStringLiteral("published"), a.published.toString(Qt::ISODate)}});
    }
    QSaveFile manifest(dir.filePath(QStringLiteral("corpus.json")));
    if (!manifest.open(QIODevice::WriteOnly))
        return false;
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("parallax-corpus/1")},
                                             {QStringLiteral("title"), corpus.title},
                                             {QStringLiteral("published"), corpus.published.toString(Qt::ISODate)},
                                             {QStringLiteral("articles"), entries}})
                       .toJson());
    return manifest.commit();
}
