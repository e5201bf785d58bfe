// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attribution.h"
#include "claimaligner.h"
#include "claimclusters.h"
#include "claimconflicts.h"
#include "claimfeatures.h"
#include "claimnumbers.h"
#include "claimtimes.h"
#include "claimunits.h"
#include "claimcandidates.h"
#include "quotediff.h"
#include "quotepairs.h"
#include "synonyms.h"
#include "sentencesplitter.h"
#include "stemmer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Ordinary news sentences around the tested one, different in each article,
// so that common words ("said", "officials", "week") are common here too.
const QStringList backgroundA = {
    QStringLiteral("Officials said the government would publish more details later this week."),
    QStringLiteral("The weather in the region has been unusually warm for the season."),
    QStringLiteral("Local people told reporters they were worried about rising prices."),
    QStringLiteral("The ministry did not respond to a request for comment on Monday."),
    QStringLiteral("Several newspapers carried the story on their front pages."),
    QStringLiteral("Analysts said the situation remained uncertain for the coming months."),
    QStringLiteral("A spokesman for the opposition party criticised the government."),
    QStringLiteral("Traffic in the city centre was heavier than usual during the morning."),
    QStringLiteral("The report was based on interviews with officials and experts."),
    QStringLiteral("Television stations broadcast the speech live across the country."),
};
const QStringList backgroundB = {
    QStringLiteral("The government said it expected the year to end with modest growth."),
    QStringLiteral("Schools in the capital reopened on Wednesday after the holiday."),
    QStringLiteral("Experts told the newspaper that more people were moving to the cities."),
    QStringLiteral("A football match between the two best teams drew a large crowd."),
    QStringLiteral("Officials said the figures would be updated next month."),
    QStringLiteral("The agency has reported on the region for many years."),
    QStringLiteral("Residents complained about the noise from the construction site."),
    QStringLiteral("The museum will extend its opening hours during the summer."),
    QStringLiteral("Prices of fresh vegetables rose again in local markets last week."),
    QStringLiteral("Critics said the plan did not go far enough to help families."),
};

struct Built
{
    Corpus corpus;
    QList<QList<Sentence>> sentences;
    TextRange tested[2];
};

Built buildCorpus(const QString &left, const QString &right)
{
    Built b;
    const QString tested[2] = {left, right};
    const QStringList *background[2] = {&backgroundA, &backgroundB};
    for (int a = 0; a < 2; ++a) {
        Article article;
        article.id = a == 0 ? QStringLiteral("left") : QStringLiteral("right");
        article.format = QStringLiteral("txt");
        article.published = QDate(2024, 5, 16);
        const QStringList &lines = *background[a];
        QString text = lines.mid(0, 5).join(u'\n') + u'\n';
        b.tested[a] = {text.size(), text.size() + tested[a].size()};
        text += tested[a] + u'\n' + lines.mid(5).join(u'\n') + u'\n';
        article.text = text;
        QList<Sentence> sentences;
        for (const TextRange &r : splitSentences(text))
            sentences.append({r, false});
        b.sentences.append(sentences);
        b.corpus.articles.append(article);
    }
    return b;
}

// The claims with a member in each tested sentence.
QList<Claim> claimsJoining(const QList<Claim> &claims, const Built &b)
{
    QList<Claim> joining;
    for (const Claim &c : claims) {
        bool sides[2] = {false, false};
        for (const ClaimMember &m : c.members) {
            if (m.article >= 0 && m.article < 2 && m.range.overlaps(b.tested[m.article]))
                sides[m.article] = true;
        }
        if (sides[0] && sides[1])
            joining.append(c);
    }
    return joining;
}

// A corpus of articles given as their sentences, one article per list.
struct Many
{
    Corpus corpus;
    QList<QList<Sentence>> sentences;
};

Many buildArticles(const QList<QStringList> &articles)
{
    Many m;
    for (int a = 0; a < articles.size(); ++a) {
        Article article;
        article.id = QStringLiteral("a%1").arg(a);
        article.format = QStringLiteral("txt");
        article.published = QDate(2024, 5, 16);
        article.text = articles[a].join(u'\n') + u'\n';
        QList<Sentence> sentences;
        for (const TextRange &r : splitSentences(article.text))
            sentences.append({r, false});
        m.sentences.append(sentences);
        m.corpus.articles.append(article);
    }
    return m;
}

QList<Claim> claims(const Many &m)
{
    return alignClaims(m.corpus, m.sentences, {});
}

// The shared claims with a member holding `text` in article `a`.
QList<Claim> sharedHolding(const QList<Claim> &claims, const Many &m, int a, const QString &text)
{
    const qsizetype at = m.corpus.articles[a].text.indexOf(text);
    Q_ASSERT(at >= 0);
    const TextRange range{at, at + text.size()};
    QList<Claim> holding;
    for (const Claim &c : claims) {
        if (c.kind != ClaimKind::Shared)
            continue;
        for (const ClaimMember &member : c.members) {
            if (member.article == a && member.range.overlaps(range)) {
                holding.append(c);
                break;
            }
        }
    }
    return holding;
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairs_data();
    void eventDates_data();
    void eventDates();
    void sharedRun_data();
    void sharedRun();
    void placeScale_data();
    void placeScale();
    void pairs();
    void sharedBesideConflict_data();
    void sharedBesideConflict();
    void quoteDiff();
    void timeBounds_data();
    void timeBounds();
    void quoteEnds_data();
    void quoteEnds();
    void datesWrittenAlike_data();
    void datesWrittenAlike();
    void quotationPairs_data();
    void quotationPairs();
    void numbers_data();
    void numbers();
    void measures_data();
    void measures();
    void percentWords_data();
    void percentWords();
    void phrasalVerbs_data();
    void phrasalVerbs();
    void antonyms_data();
    void antonyms();
    void convertedMeasures_data();
    void convertedMeasures();
    void personNouns_data();
    void personNouns();
    void phrases_data();
    void phrases();
    void times_data();
    void times();
    void zoneSeason_data();
    void zoneSeason();
    void clusters_data();
    void clusters();
    void attribution_data();
    void attribution();
    void clauses();
    void uniqueAndClutter();
    void bylineLines_data();
    void bylineLines();
    void restatement_data();
    void restatement();
    void headline_data();
    void headline();
    void bareHeadline();
    void headlineFigures_data();
    void headlineFigures();
    void secondStatement();
    void storySubject();
    void repeatedClaims_data();
    void repeatedClaims();
    void joinsWholeClaim_data();
    void joinsWholeClaim();
    void soleCounts_data();
    void soleCounts();
    void namedQuotes_data();
    void namedQuotes();
    void contractions_data();
    void contractions();
};

void TestClaims::pairs_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    // "shared", "conflict", "quote" (a wording conflict and a shared claim), "none" (nothing joins
    // them) or "noconflict" (any shared link, but no conflict)
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("slot");   // conflicts: the slot that differs
    QTest::addColumn<QString>("values"); // conflicts: "left|right", when pinned

    QTest::addRow("date: one moment to the minute, dated two ways")
        << QStringLiteral("The fire started at 15:12 on Saturday 5 December in a storage tank, during a week of record heat.")
        << QStringLiteral(
               "Thousands of homes lost power on Friday 4 December at 15.12, when a pump beside the fuel tank overheated and caught fire.")
        << "conflict" << "date" << "";
    // A figure the article itself takes back is no version of the fact.
    QTest::addRow("count: the figure a correction takes back")
        << QStringLiteral("Police say 21,000 people joined the march in Valmora.\nCorrection: at 10:15 we reported that police "
                          "put the Valmora march at 21,000 people.")
        << QStringLiteral("Police said 14,000 people joined the march in Valmora.") << "noconflict" << "" << "";
    QTest::addRow("count: the figure an earlier version gave")
        << QStringLiteral("Police say 21,000 people joined the march in Valmora.\nAn earlier version of this article said 21,000 "
                          "people had joined.")
        << QStringLiteral("Police said 14,000 people joined the march in Valmora.") << "noconflict" << "" << "";
    QTest::addRow("date: one name doing one thing, dated two ways")
        << QStringLiteral("Tropical storm Hilda formed over the Tasman Sea on 3 March and strengthened quickly over the weekend.")
        << QStringLiteral("According to the weather office, Hilda formed on Monday, 2 March, as a tropical low near Norfolk Island.")
        << "conflict" << "date" << "";
    QTest::addRow("date: the first of a kind, dated two ways")
        << QStringLiteral("Health officials said the first case was recorded on 16 March at a clinic near the harbour.")
        << QStringLiteral("A report by the regional laboratory, seen by this newspaper, dates the first case to 18 March.") << "conflict"
        << "date" << "";
    QTest::addRow("date: a noun after the name is no act")
        << QStringLiteral("On 3 March, Norvik chief executive Ann Lee met the union leaders at the plant.")
        << QStringLiteral("The board said Norvik chief executive Ann Lee toured the new warehouse in Kessel on 2 March.") << "noconflict"
        << "" << "";
    QTest::addRow("number: a label after its noun")
        << QStringLiteral("Storm Hilda crossed the coast near Port Alder as a category 4 system late on Sunday.")
        << QStringLiteral("Hilda had weakened to Category 3 on the national scale shortly before it reached land, forecasters said.")
        << "conflict" << "number" << "4|3";
    QTest::addRow("count: a noun described by two words")
        << QStringLiteral("The stolen files held the addresses of approximately 1.2 million current and former members.")
        << QStringLiteral("The regulator says 1,415,902 people had their addresses stolen in the attack.") << "conflict" << "count" << "";
    QTest::addRow("count: a count of another noun after \"and\"")
        << QStringLiteral("Some 40 police and five firefighters were at the depot when the roof fell in.")
        << QStringLiteral("About 60 firefighters were at the depot when the roof fell in, the brigade said.") << "noconflict" << "" << "";
    QTest::addRow("count: people in a state told before their noun")
        << QStringLiteral("Mayor Ilse Brandt says almost 1,200 people spent the night in evacuation centres in Port Alder.")
        << QStringLiteral("The storm hit just before midnight, sending 2,000 terrified residents to evacuation centres.") << "conflict"
        << "count" << "";
    QTest::addRow("count: the whole a part is taken from")
        << QStringLiteral("Five of the seven trapped miners were brought to the surface on Friday evening.")
        << QStringLiteral("Rescuers brought four miners to the surface on Friday evening, the company said.") << "noconflict" << "" << "";
    QTest::addRow("count: two tallies of one vote")
        << QStringLiteral("The council board voted 7 to 2 to close the harbour; two members wanted to keep it open.")
        << QStringLiteral("The council board itself was split 6-3, with three of its nine members against the closure.") << "conflict"
        << "count" << "7-2|6-3";
    QTest::addRow("count: tallies with a figure in common")
        << QStringLiteral("The Varenn assembly rejected the motion by 128 votes to 100 on Wednesday evening.")
        << QStringLiteral("The tally was 128 to 96.") << "conflict" << "count" << "128-100|128-96";
    QTest::addRow("count: a tally told for and against")
        << QStringLiteral("The Varenn assembly rejected the motion with 100 votes in favour, 128 against and two abstentions.")
        << QStringLiteral("The Varenn assembly rejected the motion by 128 votes to 100.") << "noconflict" << "" << "";
    QTest::addRow("count: a tally for and against that differs")
        << QStringLiteral("The Varenn assembly rejected the motion with 100 votes in favour, 128 against and two abstentions.")
        << QStringLiteral("The tally was 128 to 96.") << "conflict" << "count" << "128-100|128-96";
    QTest::addRow("count: a range is no tally")
        << QStringLiteral("After the vote the council board cut the ferry crossings from 12 to 8 a day.")
        << QStringLiteral("The council board voted 11 to 4 to cut the ferry crossings after the storm.") << "noconflict" << "" << "";
    QTest::addRow("count: a rising range is no tally")
        << QStringLiteral("Children aged 5 to 12 were taken to the school hall, the council board said.")
        << QStringLiteral("The council board voted 6 to 3 to open the school hall to children.") << "noconflict" << "" << "";
    QTest::addRow("count: more of a group is not its size")
        << QStringLiteral("Rescuers pulled 20 people from the rubble of the Alder hotel, the fire brigade said.")
        << QStringLiteral("Rescuers pulled another 35 people from the rubble of the Alder hotel, the fire brigade said.") << "noconflict"
        << ""
        << "";
    QTest::addRow("number: a figure of a new one of a kind")
        << QStringLiteral("A 24-hour general strike shut schools, ports and hospitals across Valmora, the unions said.")
        << QStringLiteral("The unions said they would hold a new 48-hour general strike across Valmora on the day of the vote.")
        << "noconflict" << "" << "";
    QTest::addRow("count: a figure no correction names")
        << QStringLiteral("Police say 21,000 people joined the march in Valmora.\nCorrection: at 10:15 we misspelt the name of "
                          "the square.")
        << QStringLiteral("Police said 14,000 people joined the march in Valmora.") << "conflict" << "count" << "21000|14000";
    // A year before the article's on one side only dates an earlier event.
    QTest::addRow("date: a year long before on one side")
        << QStringLiteral("Regulators failed to act on a whistleblower's warnings about the Orvik fund as early as 2019.")
        << QStringLiteral("On Thursday lawmakers asked why regulators failed to act on a whistleblower's warnings about the Orvik fund.")
        << "noconflict" << "" << "";
    QTest::addRow("count: a group told by what did not happen to it")
        << QStringLiteral("The helicopter crew flew the five survivors of the sinking to a hospital in Port Alder on Monday.")
        << QStringLiteral("The two survivors the helicopter crew could not find were picked up by a cargo ship on Monday.") << "noconflict"
        << "" << "";
    QTest::addRow("number: a period is another scope")
        << QStringLiteral("Shares in the carmaker Norvik fell 4.1% in Oslo trading after the merger was announced.")
        << QStringLiteral("Shares in the carmaker Norvik have fallen 6% in Oslo trading this week after the merger news.") << "noconflict"
        << "" << "";
    QTest::addRow("number: a period before the figure dates a report")
        << QStringLiteral("Figures released this month showed unemployment rose to 5.4% in the third quarter.")
        << QStringLiteral("Unemployment rose to 5.3% in the third quarter, official figures showed.") << "conflict" << "number"
        << "5.4|5.3";
    QTest::addRow("count: a storm told without a time")
        << QStringLiteral("The storm that struck the coast of Lindmark killed at least 40 people, the regional government said.")
        << QStringLiteral("A storm that struck the coast of Lindmark killed at least 25 people, the regional government said.")
        << "conflict" << "count" << "~40|~25";
    QTest::addRow("count: an earlier event, weeks ago")
        << QStringLiteral("The storm that struck the coast of Lindmark killed at least 40 people, the regional government said.")
        << QStringLiteral(
               "A storm that struck the coast of Lindmark two weeks ago killed at least 25 people, the regional government said.")
        << "noconflict" << "" << "";
    QTest::addRow("count: a word another figure counts is not the role")
        << QStringLiteral("Officials at the Brela town hall say 30 children and eight adults are missing.")
        << QStringLiteral(
               "The worst hit was a school on the hill where 21 children and five adults were crushed, and where 30 children were "
               "still missing.")
        << "noconflict" << "" << "";
    QTest::addRow("count: the same noun in the same role")
        << QStringLiteral("Officials at the Brela town hall say 30 children and eight adults are missing.")
        << QStringLiteral("The worst hit was a school on the hill where 30 children and five adults were still missing.") << "conflict"
        << "count" << "8|5";
    QTest::addRow("number: one figure in two units is no agreement")
        << QStringLiteral("The flooded village of Orla lies about 100 miles (160 km) north of Tarvik, the county said.")
        << QStringLiteral("The flooded village of Orla lies about 160 miles north of Tarvik, the county said.") << "conflict" << "number"
        << "~100|~160";
    QTest::addRow("count: what is needed and what happened")
        << QStringLiteral("Deputies had to vote yes or abstain, with 288 votes needed for the motion against the Halden cabinet to pass.")
        << QStringLiteral("With 331 votes for the motion against the Halden cabinet, the prime minister must now resign.") << "noconflict"
        << "" << "";
    QTest::addRow("count: two tallies of what happened")
        << QStringLiteral("Deputies had to vote yes or abstain, and 298 votes were cast for the motion against the Halden cabinet.")
        << QStringLiteral("With 331 votes for the motion against the Halden cabinet, the prime minister must now resign.") << "conflict"
        << "count" << "298|331";
    QTest::addRow("count: a promise and what is")
        << QStringLiteral("Tamura has committed to maintain Dutch employment at no less than 2,000 employees at the Veldhoven plants in "
                          "the Netherlands.")
        << QStringLiteral("Veldhoven, which employs 2,600 people at its plants in the Netherlands, agreed to the deal.") << "noconflict"
        << "" << "";
    QTest::addRow("count: a promise over the jobs there are")
        << QStringLiteral("The union will seek guarantees for the roughly 2,000 jobs at the Veldhoven plants in the Netherlands.")
        << QStringLiteral("The deal promises to protect the 2,600 Dutch jobs at the Veldhoven plants in the Netherlands.") << "conflict"
        << "count" << "~2000|2600";
    QTest::addRow("count: two promises that differ")
        << QStringLiteral("Tamura has pledged to keep at least 2,000 jobs at the Veldhoven plants in the Netherlands for three years.")
        << QStringLiteral("Tamura will keep at least 2,000 jobs at the Veldhoven plants in the Netherlands for five years.") << "conflict"
        << "count" << "3|5";
    QTest::addRow("number: a price with the debt and one without")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods in a $3.4-billion deal, including debt, the companies said.")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods in a deal worth $2.9 billion, the companies said.")
        << "noconflict" << "" << "";
    QTest::addRow("number: two prices with the debt")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods in a $3.4-billion deal, including debt, the companies said.")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods for $2.9 billion including debt, the companies said.")
        << "conflict" << "number" << "";
    QTest::addRow("count: a region and the country")
        << QStringLiteral("Tamura chief Ken Oda said the 2,100 workers in Bavaria were the heart of Veldhoven Foods.")
        << QStringLiteral("Ken Oda of Tamura said the 2,800 German workers were the heart of Veldhoven Foods.") << "noconflict" << ""
        << "";
    QTest::addRow("count: one area told by name and not")
        << QStringLiteral("Tamura chief Ken Oda said the 2,100 workers were the heart of Veldhoven Foods.")
        << QStringLiteral("Ken Oda of Tamura said the 2,800 German workers were the heart of Veldhoven Foods.") << "conflict" << "count"
        << "2100|2800";
    QTest::addRow("count: people of one kind and people")
        << QStringLiteral("Four fishermen from the Sea Lark were hoisted from the raft by the helicopter crew, the owner said.")
        << QStringLiteral("Five people from the Sea Lark were hoisted from the raft by the helicopter crew, the owner said.") << "conflict"
        << "count" << "4|5";
    QTest::addRow("count: one part of a breakdown is not the whole")
        << QStringLiteral(
               "Four fishermen and two cooks from the Sea Lark were hoisted from the raft by the helicopter crew, the owner said.")
        << QStringLiteral("Five people from the Sea Lark were hoisted from the raft by the helicopter crew, the owner said.")
        << "noconflict"
        << "" << "";
    QTest::addRow("number: a sum and its conversion in brackets")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods for 440 billion yen ($2.95 billion), the companies said.")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods for $4.1 billion, the companies said.") << "noconflict" << ""
        << "";
    QTest::addRow("number: the same sum without its conversion")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods for $2.95 billion, the companies said.")
        << QStringLiteral("Tamura will buy the Dutch maker Veldhoven Foods for $4.1 billion, the companies said.") << "conflict" << "number"
        << "$2.95 billion|$4.1 billion";
    QTest::addRow("number: a sum in billions to two precisions")
        << QStringLiteral("Tamura agreed to buy the Dutch maker Veldhoven Foods for $4.12 billion, the companies said on Monday.")
        << QStringLiteral("Tamura agreed to buy the Dutch maker Veldhoven Foods for $4.1 billion, the companies said on Monday.")
        << "noconflict" << "" << "";
    QTest::addRow("number: sums in billions that differ")
        << QStringLiteral("Tamura agreed to buy the Dutch maker Veldhoven Foods for $4.12 billion, the companies said on Monday.")
        << QStringLiteral("Tamura agreed to buy the Dutch maker Veldhoven Foods for $4.3 billion, the companies said on Monday.")
        << "conflict" << "number" << "$4.12 billion|$4.3 billion";
    QTest::addRow("number: one measure converted two ways")
        << QStringLiteral("The coach plunged about 40 metres (130 feet) into the Orla gorge, the rescue service said.")
        << QStringLiteral("The coach plunged 40 metres (400ft) into the Orla gorge, the rescue service said.") << "conflict" << "number"
        << "130|400";
    QTest::addRow("count: a rank is no amount")
        << QStringLiteral("Ana Ruiz put the visitors ahead in the 34th minute with a header at the Riverside stadium.")
        << QStringLiteral("The visitors led for 24 minutes after a header from Ana Ruiz at the Riverside stadium.") << "noconflict" << ""
        << "";
    // Paraphrases: the same fact in other words.
    QTest::addRow("paraphrase: rate rise")
        << QStringLiteral("The central bank raised its main interest rate by half a percentage point on Tuesday.")
        << QStringLiteral("On Tuesday the central bank increased its key interest rate by half a percentage point.") << "shared" << ""
        << "";
    QTest::addRow("paraphrase: passive wildfire")
        << QStringLiteral("Firefighters evacuated hundreds of residents as the wildfire spread toward the coastal town.")
        << QStringLiteral("Hundreds of residents were evacuated by firefighters while the wildfire advanced on the coastal town.")
        << "shared" << "" << "";
    QTest::addRow("paraphrase: resignation")
        << QStringLiteral("The prime minister announced his resignation after losing a confidence vote in parliament.")
        << QStringLiteral("After he lost a parliamentary confidence vote, the prime minister announced that he would resign.") << "shared"
        << "" << "";
    QTest::addRow("paraphrase: a length in other units")
        << QStringLiteral("The trawler sank about 140 miles north of the island.")
        << QStringLiteral("It went down some 220 kilometres north of the island.") << "shared" << "" << "";
    QTest::addRow("paraphrase: a figure rounded")
        << QStringLiteral("Turnout in the referendum on the regional assembly was 61.3 per cent.")
        << QStringLiteral("Just over 61% of voters took part in the assembly referendum.") << "shared" << "" << "";
    QTest::addRow("paraphrase: job cuts") << QStringLiteral("The company said it would cut 2,000 jobs across its European factories.")
                                          << QStringLiteral("Across its European plants the company will eliminate 2,000 jobs, it said.")
                                          << "shared" << "" << "";
    QTest::addRow("paraphrase: rescue")
        << QStringLiteral("Rescue teams pulled three survivors from the rubble of the collapsed hotel.")
        << QStringLiteral("Three survivors were pulled from the rubble of the hotel that collapsed, rescue teams said.") << "shared" << ""
        << "";
    QTest::addRow("paraphrase: treaty") << QStringLiteral("The treaty was signed by the foreign ministers of both countries in Vienna.")
                                        << QStringLiteral("In Vienna, the foreign ministers of the two countries signed the treaty.")
                                        << "shared" << "" << "";
    QTest::addRow("paraphrase: wordnet synonyms")
        << QStringLiteral("The minister praised the agreement as a historic achievement for regional trade.")
        << QStringLiteral("The minister lauded the accord as a historic accomplishment for regional trade.") << "shared" << "" << "";
    QTest::addRow("paraphrase: protesters")
        << QStringLiteral("Protesters gathered outside the embassy to demand the release of the jailed journalist.")
        << QStringLiteral("Demonstrators assembled outside the embassy, demanding that the imprisoned journalist be released.") << "shared"
        << "" << "";
    QTest::addRow("paraphrase: flights") << QStringLiteral("The airline cancelled dozens of flights because of the snowstorm.")
                                         << QStringLiteral("Dozens of flights were cancelled by the airline due to the snowstorm.")
                                         << "shared" << "" << "";
    QTest::addRow("paraphrase: discovery") << QStringLiteral("Scientists discovered a new species of frog in the Amazon rainforest.")
                                           << QStringLiteral(
                                                  "A previously unknown frog species was found by scientists in the Amazon rainforest.")
                                           << "shared" << "" << "";
    QTest::addRow("paraphrase: truce") << QStringLiteral("The ceasefire between the two rebel factions took effect at midnight on Sunday.")
                                       << QStringLiteral("At midnight on Sunday the truce between the two rebel factions came into effect.")
                                       << "shared" << "" << "";
    QTest::addRow("paraphrase: irregular verb")
        << QStringLiteral("The envoy met the rebel commander in Khartoum to discuss a prisoner exchange.")
        << QStringLiteral("The envoy is meeting the rebel commander in Khartoum to discuss a prisoner exchange.") << "shared" << "" << "";

    // Not the same fact, though the topic or the names are.
    QTest::addRow("other fact: sport vs sponsorship")
        << QStringLiteral("The striker scored twice in the second half to win the derby.")
        << QStringLiteral("The club announced a new stadium sponsorship deal with an airline.") << "none" << "" << "";
    QTest::addRow("other fact: same names") << QStringLiteral("Putin met Xi in Beijing to discuss energy cooperation and pipelines.")
                                            << QStringLiteral("Putin later flew to Harbin to open a trade fair for machinery.") << "none"
                                            << "" << "";
    QTest::addRow("other fact: same place and day")
        << QStringLiteral("The storm killed four people in the capital on Monday.")
        << QStringLiteral("The mayor opened a new pedestrian bridge in the capital on Monday.") << "none" << "" << "";
    QTest::addRow("other fact: government plans")
        << QStringLiteral("The government said it would build three new hospitals in the north.")
        << QStringLiteral("The government said the north had suffered its worst drought in decades.") << "none" << "" << "";
    QTest::addRow("other fact: carmaker") << QStringLiteral("Shares of the carmaker fell sharply after it recalled thousands of vehicles.")
                                          << QStringLiteral("The carmaker unveiled an electric pickup truck at the motor show.") << "none"
                                          << "" << "";
    QTest::addRow("other fact: former mayor") << QStringLiteral("The court sentenced the former mayor to five years in prison for bribery.")
                                              << QStringLiteral("The former mayor is expected to run for parliament next year.") << "none"
                                              << "" << "";
    QTest::addRow("other fact: valley") << QStringLiteral("Heavy rain caused the river to burst its banks in the valley.")
                                        << QStringLiteral("The valley is famous for its vineyards and ancient monasteries.") << "none" << ""
                                        << "";
    QTest::addRow("other fact: president") << QStringLiteral("The president will travel to Brazil for a climate summit.")
                                           << QStringLiteral("The president's approval rating dropped to a record low this spring.")
                                           << "none" << "" << "";
    QTest::addRow("not a count conflict: different things counted")
        << QStringLiteral("The Lions won their fourth title in a row on Saturday.")
        << QStringLiteral("The Lions have 40 players on their roster this season.") << "noconflict" << "" << "";
    QTest::addRow("not a count conflict: suspects vs hours")
        << QStringLiteral("Police in Lyon arrested 12 suspects after the raid.") << QStringLiteral("The raid in Lyon lasted 9 hours.")
        << "noconflict" << "" << "";
    QTest::addRow("not a count conflict: other time span")
        << QStringLiteral("This is Putin's second visit to Beijing since the invasion.")
        << QStringLiteral("Putin has made nearly two dozen visits to China.") << "noconflict" << "" << "";

    // Numbers that disagree.
    QTest::addRow("count: ordinal vs occasions")
        << QStringLiteral("This is the fourth time Xi and Putin are meeting in person.")
        << QStringLiteral("Putin has met with Xi on 40 occasions.") << "conflict" << "count" << "4|40";
    QTest::addRow("count: death toll") << QStringLiteral("The earthquake killed 120 people in Nepal, officials said.")
                                       << QStringLiteral("Officials in Nepal said the earthquake killed 85 people.") << "conflict"
                                       << "count" << "120|85";
    QTest::addRow("count: millions") << QStringLiteral("Apple sold 50 million phones in the quarter.")
                                     << QStringLiteral("Apple sold 45 million phones in the quarter.") << "conflict" << "count"
                                     << "50 million|45 million";
    QTest::addRow("count: drones") << QStringLiteral("Ukraine said it shot down 30 drones overnight.")
                                   << QStringLiteral("Ukraine said it downed 18 drones overnight.") << "conflict" << "count" << "30|18";
    QTest::addRow("count: heads of state") << QStringLiteral("The summit was attended by 25 heads of state, Macron said.")
                                           << QStringLiteral("Macron said 31 heads of state attended the summit.") << "conflict" << "count"
                                           << "25|31";
    QTest::addRow("count: ordinals") << QStringLiteral("Smith won the race in Monaco for the third time.")
                                     << QStringLiteral("Smith won the race in Monaco for the fifth time.") << "conflict" << "count"
                                     << "3|5";
    QTest::addRow("count: number words") << QStringLiteral("Rescuers in Gaza found twelve bodies under the school.")
                                         << QStringLiteral("Rescuers in Gaza found twenty-five bodies under the school.") << "conflict"
                                         << "count" << "12|25";
    // Rough figures that differ are shown, with their approximation; rounding is agreement.
    QTest::addRow("count: approximate figures that differ")
        << QStringLiteral("About 300 firefighters fought the blaze at the Ghent warehouse overnight.")
        << QStringLiteral("Some 250 firefighters fought the blaze at the Ghent warehouse overnight.") << "conflict" << "count"
        << "~300|~250";
    QTest::addRow("count: approximate figures that agree")
        << QStringLiteral("About 300 firefighters fought the blaze at the Ghent warehouse overnight.")
        << QStringLiteral("Nearly 290 firefighters fought the blaze at the Ghent warehouse overnight.") << "noconflict" << "" << "";
    QTest::addRow("number: rounding is agreement")
        << QStringLiteral("Turnout in the Tartu referendum was 61% of registered voters.")
        << QStringLiteral("Turnout in the Tartu referendum was 60.8% of registered voters.") << "noconflict" << "" << "";
    QTest::addRow("count: two roles of one noun")
        << QStringLiteral("Seven miners were trapped underground at the Bytom colliery on Sunday.")
        << QStringLiteral("Two miners were brought out alive at the Bytom colliery on Monday.") << "noconflict" << "" << "";
    QTest::addRow("number: shares of one thing")
        << QStringLiteral("Turnout was 61% in the Tartu referendum, election officials said on Friday.")
        << QStringLiteral("Election officials said turnout reached 66 per cent in the Tartu referendum.") << "conflict" << "number"
        << "61|66";
    QTest::addRow("number: one measure named by the clause's subject")
        << QStringLiteral("Turnout was about 64 percent.") << QStringLiteral("Turnout stood at 66.1 per cent, the commission said.")
        << "conflict" << "number" << "~64|66.1";
    QTest::addRow("number: a subject's share within rounding")
        << QStringLiteral("Turnout was about 66 percent.") << QStringLiteral("Turnout stood at 66.1 per cent, the commission said.")
        << "noconflict" << "" << "";
    QTest::addRow("number: shares of two things")
        << QStringLiteral("Turnout was 61% of the 40,000 voters in the Tartu referendum.")
        << QStringLiteral("In the Tartu referendum, held on Sunday, 46.4 per cent voted No.") << "noconflict" << "" << "";
    // An approximate figure stands for what rounds to it, at the precision it is written with.
    QTest::addRow("count: lower bounds that differ")
        << QStringLiteral("The floods in the Tisza valley have killed at least 41 people, the interior ministry said.")
        << QStringLiteral("The floods in the Tisza valley have killed at least 38 people, the interior ministry said.") << "conflict"
        << "count" << "~41|~38";
    QTest::addRow("number: rough figures with decimals that differ")
        << QStringLiteral("The central bank of Norland sees its policy rate bottoming out at around 1.9 percent next year.")
        << QStringLiteral("The central bank of Norland sees its policy rate bottoming out at around 1.85 per cent next year.") << "conflict"
        << "number" << "~1.9|~1.85";
    QTest::addRow("number: rough figures with decimals that agree")
        << QStringLiteral("The central bank of Norland sees its policy rate bottoming out at around 1.9 percent next year.")
        << QStringLiteral("The central bank of Norland sees its policy rate bottoming out at about 1.91 per cent next year.")
        << "noconflict" << "" << "";
    QTest::addRow("count: one day and several")
        << QStringLiteral("Monday will be a day of national mourning in Norland for the victims of the ferry disaster.")
        << QStringLiteral("Norland has declared three days of national mourning for the victims of the ferry disaster.") << "conflict"
        << "count" << "1|3";
    QTest::addRow("count: a running total so far")
        << QStringLiteral("Four miners have so far been brought out alive from the Bytom colliery, the mine's owner said.")
        << QStringLiteral("Rescuers have brought five miners out alive from the Bytom colliery, the mine's owner said.") << "conflict"
        << "count" << "4|5";
    QTest::addRow("count: an approximate figure the other rounds to")
        << QStringLiteral("About 170 passengers were aboard the night train to Graz when it stopped in the tunnel.")
        << QStringLiteral("There were 168 passengers aboard the night train to Graz when it stopped in the tunnel.") << "noconflict" << ""
        << "";
    QTest::addRow("time: a conversion in brackets beside a report in local time")
        << QStringLiteral("The freighter Lumo struck the pier at Kessa at about 3:40 a.m. (0140 GMT) on Sunday, the port said.")
        << QStringLiteral("The port said the freighter Lumo struck the pier at Kessa shortly after 2am on Sunday.") << "conflict" << "time"
        << "about 3:40 a.m.|shortly after 2am";
    QTest::addRow("count: a round figure off by more than a seventh of its step")
        << QStringLiteral("The tanker Orla Grey was carrying about 40,000 tonnes of crude oil when it ran aground.")
        << QStringLiteral("The tanker Orla Grey was carrying 38,000 tonnes of crude oil when it ran aground.") << "conflict" << "count"
        << "~40000|38000";
    QTest::addRow("count: a round figure far within its rounding step")
        << QStringLiteral("Nearly 200 passengers were aboard the night train to Graz when it stopped in the tunnel.")
        << QStringLiteral("There were 168 passengers aboard the night train to Graz when it stopped in the tunnel.") << "conflict"
        << "count" << "~200|168";
    QTest::addRow("number: a share told to the nearest whole")
        << QStringLiteral("Shares in Korvath Steel rose 3.2% in Vienna after the sale was announced.")
        << QStringLiteral("Korvath Steel shares gained about 3 percent in Vienna after the sale was announced.") << "noconflict" << ""
        << "";
    QTest::addRow("count: doers and a pair of nouns for them")
        << QStringLiteral("About 120 rescuers were working in shifts at the Tarnow quarry, the mayor said.")
        << QStringLiteral("Some 90 rescue workers from three towns are taking turns in shifts at the Tarnow quarry.") << "conflict"
        << "count" << "~120|~90";
    QTest::addRow("count: doers and things named for the work")
        << QStringLiteral("About 120 rescuers were working in shifts at the Tarnow quarry, the mayor said.")
        << QStringLiteral("Some 90 rescue vehicles from three towns are taking turns in shifts at the Tarnow quarry.") << "noconflict" << ""
        << "";
    QTest::addRow("count: a list counted together, after \"more than\"")
        << QStringLiteral("More than 200 firefighters, soldiers and volunteers worked through the night at the Ostrava dam.")
        << QStringLiteral("About 150 soldiers worked through the night at the Ostrava dam.") << "conflict" << "count" << "~200|~150";
    QTest::addRow("count: a comma and a verb end no list")
        << QStringLiteral("The flood in Varna destroyed 12 bridges, engineers said, as the river kept rising.")
        << QStringLiteral("Nine engineers in Varna were hurt as the river kept rising.") << "noconflict" << "" << "";
    QTest::addRow("count: counts that open their statements")
        << QStringLiteral("About 300 firefighters were sent to the Ghent warehouse, officials said.")
        << QStringLiteral("Some 250 firefighters were sent through the night.") << "conflict" << "count" << "~300|~250";
    QTest::addRow("count: leading counts of one noun in two roles")
        << QStringLiteral("Fourteen miners were working in the flooded section at the time.")
        << QStringLiteral("Five miners were hauled out alive from the Bytom pit.") << "noconflict" << "" << "";
    QTest::addRow("count: a leading count of another group")
        << QStringLiteral("About 300 firefighters were sent to the Ghent warehouse, officials said.")
        << QStringLiteral("Two firefighters were hurt when part of the roof fell in.") << "noconflict" << "" << "";
    QTest::addRow("count: people and a kind of person")
        << QStringLiteral("About 400 residents were evacuated overnight from the houses along the Loire in Saumur.")
        << QStringLiteral("Some 250 people were evacuated overnight from the houses along the Loire in Saumur.") << "conflict" << "count"
        << "~400|~250";
    QTest::addRow("count: men and a kind of man")
        << QStringLiteral("Seven miners were trapped underground after the tunnel at the Bytom colliery collapsed.")
        << QStringLiteral("Eight men were trapped underground after a tunnel collapsed at the Bytom colliery.") << "conflict" << "count"
        << "7|8";
    QTest::addRow("count: two kinds of person")
        << QStringLiteral("About 400 residents were evacuated overnight from the houses along the Loire in Saumur.")
        << QStringLiteral("Some 250 firefighters worked overnight at the houses along the Loire in Saumur.") << "noconflict" << "" << "";
    QTest::addRow("count: a figure agreed with elsewhere")
        << QStringLiteral("The Yes side in the Tartu vote won 20,556 votes, or 53.6%, against 17,800, or 46.4%.")
        << QStringLiteral("The Yes side in the Tartu vote won with almost 54% of the votes, against 46%.") << "noconflict" << "" << "";
    QTest::addRow("count: figures far apart are two quantities")
        << QStringLiteral("The storm on the coast of Luzon killed at least 212 people, the Red Cross said.")
        << QStringLiteral("The Red Cross said the coast of Luzon, home to about 40,000 people, was hit by the storm.") << "noconflict" << ""
        << "";
    QTest::addRow("number: a scope beside another figure")
        << QStringLiteral("The Tarn plant, with a capacity of 3 GWh a year, has run at half of that since March.")
        << QStringLiteral("The Tarn plant has a capacity of 5 GWh a year and has run far below it, its owner said.") << "conflict"
        << "number" << "3|5";
    QTest::addRow("count: a scope beside the figure")
        << QStringLiteral("Since the war began, 120 ships have been hit in the Red Sea, the navy said.")
        << QStringLiteral("The navy said 45 ships have been hit in the Red Sea this month.") << "noconflict" << "" << "";
    // A distinctive figure given by both, with a word in common, is one fact in any sentence.
    QTest::addRow("shared figure in a long sentence")
        << QStringLiteral("Engineers at the Narvik yard said on Tuesday that the new hull had been finished three weeks late, "
                          "after a strike by welders, and that it weighs 4,365 tonnes.")
        << QStringLiteral("The finished hull weighs 4,365 tonnes.") << "shared" << "" << "";
    QTest::addRow("a shared year is no shared fact")
        << QStringLiteral("Engineers at the Narvik yard said the new hull, the first since 2019, had been finished late.")
        << QStringLiteral("The yard in Narvik last built a ferry in 2019, before the welders' strike.") << "none" << "" << "";
    // Two sums in one currency this close are one price told two ways, whatever words surround them.
    QTest::addRow("number: close sums in one currency")
        << QStringLiteral("Ahlberg will pay 8.2 billion euros in cash and shares to the owners of Fjordvik, the Norwegian "
                          "shipbuilder, the companies said.")
        << QStringLiteral("The \u20ac8.5bn takeover of the shipbuilder from the north of Norway was announced by Ahlberg "
                          "and Fjordvik.")
        << "conflict" << "number" << "\u20ac8.2 billion|\u20ac8.5 billion";
    // Times of day: one event, two moments, in any spelling; the same moment in two zones agrees.
    QTest::addRow("state: no longer in the state the other gives")
        << QStringLiteral("The pilot of the Tromso air ambulance remains in a critical condition, the hospital said.")
        << QStringLiteral("The pilot of the Tromso air ambulance is no longer in a life-threatening condition, the hospital said.")
        << "conflict" << "state" << "critical|not life-threatening";
    QTest::addRow("state: both say it is over")
        << QStringLiteral("The pilot of the Tromso air ambulance is no longer critical, the hospital said.")
        << QStringLiteral("The pilot of the Tromso air ambulance is no longer in a life-threatening condition, the hospital said.")
        << "noconflict" << "" << "";
    QTest::addRow("time: a.m. against a rough time")
        << QStringLiteral("The ferry left the harbour at Kalmar at 8:40 a.m. on Monday.")
        << QStringLiteral("The ferry left Kalmar harbour around 8.15am on Monday.") << "conflict" << "time" << "8:40 a.m.|around 8.15am";
    QTest::addRow("time: 24-hour against p.m.")
        << QStringLiteral("The fire at the Tallinn depot broke out at 21:10, the rescue board said.")
        << QStringLiteral("The rescue board said the fire at the Tallinn depot broke out at 7.30pm.") << "conflict" << "time"
        << "21:10|7.30pm";
    QTest::addRow("time: words against digits") << QStringLiteral("The storm reached the port of Bari shortly before nine in the morning.")
                                                << QStringLiteral("The storm reached the port of Bari at 10:45 a.m.") << "conflict"
                                                << "time" << "shortly before nine in the morning|10:45 a.m.";
    QTest::addRow("time: same moment, 24-hour and p.m.")
        << QStringLiteral("The fire at the Tallinn depot broke out at 21:10, the rescue board said.")
        << QStringLiteral("The rescue board said the fire at the Tallinn depot broke out at 9.10pm.") << "noconflict" << "" << "";
    QTest::addRow("time: rough time close enough")
        << QStringLiteral("The dam near Breda gave way at 10:42 p.m. on Friday.")
        << QStringLiteral("The dam near Breda gave way shortly before 11pm on Friday.") << "noconflict" << "" << "";
    QTest::addRow("time: a rough time with minutes is narrower than a rough hour")
        << QStringLiteral("The sleeper train to Split hit the rockfall at 03:12, the operator said.")
        << QStringLiteral("At about 3.25am the sleeper train to Split hit the rockfall, the operator said.") << "conflict" << "time"
        << "03:12|about 3.25am";
    QTest::addRow("time: one event told with names and a date, no word in common")
        << QStringLiteral("The Nightliner from Linz derailed between Amstetten and Melk in Lower Austria at 02:12 on 4 April 2026.")
        << QStringLiteral(
               "The Nightliner from Linz hit boulders between Amstetten and Melk in Lower Austria at about 2.40am on 4 April 2026.")
        << "conflict" << "time" << "02:12|about 2.40am";
    QTest::addRow("time: a rough time with minutes close enough")
        << QStringLiteral("The sleeper train to Split hit the rockfall at 03:12, the operator said.")
        << QStringLiteral("At around 3.15am the sleeper train to Split hit the rockfall, the operator said.") << "noconflict" << "" << "";
    QTest::addRow("time: one moment in two zones")
        << QStringLiteral("The satellite lost contact with Darmstadt at 22:42.")
        << QStringLiteral("The satellite lost contact with Darmstadt at 23:42 Kyiv time.") << "noconflict" << "" << "";
    QTest::addRow("time: known zones converted")
        << QStringLiteral("The distress call from the trawler reached Honolulu at 2:15 a.m. HST.")
        << QStringLiteral("The distress call from the trawler reached Honolulu at 1215 GMT.") << "noconflict" << "" << "";
    QTest::addRow("time: a North American zone is in daylight time in May")
        << QStringLiteral("Ken Oda of Tamura will brief analysts on a conference call at 8:30 a.m. ET, the company said.")
        << QStringLiteral("Ken Oda of Tamura will brief analysts on a conference call at 9:30 p.m. JST, the company said.") << "noconflict"
        << "" << "";
    QTest::addRow("time: one moment in a North American zone and another")
        << QStringLiteral("Ken Oda of Tamura will brief analysts on a conference call at 8:30 a.m. ET (9:30 p.m. JST), the company said.")
        << QStringLiteral("Ken Oda of Tamura will brief analysts on a conference call at 9:30 a.m. ET, the company said.") << "conflict"
        << "time" << "";
    QTest::addRow("number: magnitude written two ways")
        << QStringLiteral("The quake off the coast of Chile had a magnitude of 7.1, seismologists said.")
        << QStringLiteral("Seismologists said the 7.4-magnitude quake off the coast of Chile was felt in the capital.") << "conflict"
        << "number" << "7.1|7.4";
    QTest::addRow("number: depth in two spellings of a unit")
        << QStringLiteral("The quake off the coast of Chile struck at a depth of 35 km.")
        << QStringLiteral("The quake off the coast of Chile struck at a depth of 22 kilometres.") << "conflict" << "number" << "35|22";
    QTest::addRow("number: price in a sign and in words")
        << QStringLiteral("Halvorsen agreed to buy the Dutch maker for 8.2 billion euros in cash, the companies said.")
        << QStringLiteral("The companies said Halvorsen will buy the Dutch maker in a \u20ac8.5bn cash deal.") << "conflict" << "number"
        << "\u20ac8.2 billion|\u20ac8.5 billion";
    QTest::addRow("number: percent sign and word")
        << QStringLiteral("The offer values the Dutch maker at a premium of 32% to its share price.")
        << QStringLiteral("For the Dutch maker's shareholders, analysts calculate the premium at 29 percent of the share price.")
        << "conflict" << "number" << "32|29";
    QTest::addRow("count: an approximate figure far from the other")
        << QStringLiteral("The merger puts the roughly 4,000 jobs at the Kessler plant in Bremen at risk, the union said.")
        << QStringLiteral("The union said the merger puts the 6,500 German jobs at the Kessler plant in Bremen at risk.") << "conflict"
        << "count" << "~4000|6500";
    QTest::addRow("not a conflict: figures of another year's event")
        << QStringLiteral("In April 2016 a quake on the coast of Chile killed 670 people.")
        << QStringLiteral("The quake on the coast of Chile on 3 March 2025 killed 247 people.") << "noconflict" << "" << "";
    QTest::addRow("close approximations agree")
        << QStringLiteral("Nearly 200 people attended the rally in Berlin against the pension reform.")
        << QStringLiteral("About 190 people attended the rally in Berlin against the pension reform.") << "shared" << "" << "";

    // States that exclude each other.
    QTest::addRow("state: one person, two conditions")
        << QStringLiteral("Anna Berg remains in critical condition, doctors at the city hospital said after tests.")
        << QStringLiteral("Anna Berg was discharged, doctors at the city hospital said after her tests.") << "conflict" << "state"
        << "critical|discharged";
    QTest::addRow("state: a word of what kind a thing is")
        << QStringLiteral("The crash of the train near Tromso was the most serious rail accident in the region, the police said.")
        << QStringLiteral("The driver of the train that crashed near Tromso is still critical, the police said.") << "noconflict" << ""
        << "";
    QTest::addRow("state: in a serious condition")
        << QStringLiteral("The driver of the train that crashed near Tromso remains in a serious condition, the police said.")
        << QStringLiteral("The driver of the train that crashed near Tromso was discharged, the police said.") << "conflict" << "state"
        << "serious|discharged";
    QTest::addRow("state: two people") << QStringLiteral(
        "Anna Berg remains in critical condition, doctors at the city hospital said after tests.")
                                       << QStringLiteral("Erik Holm was discharged, doctors at the city hospital said after his tests.")
                                       << "noconflict" << "" << "";
    QTest::addRow("state: denied") << QStringLiteral("Doctors in Lund said Anna Berg was not in critical condition after the crash.")
                                   << QStringLiteral("Doctors in Lund said Anna Berg was discharged after the crash.") << "noconflict" << ""
                                   << "";

    // States WordNet gives as antonyms, said of one thing.
    QTest::addRow("state: closed and open") << QStringLiteral("The Vellan castle was closed to visitors, the ministry said.")
                                            << QStringLiteral("The Vellan castle remained open with shorter hours.") << "conflict"
                                            << "state" << "closed|open";
    QTest::addRow("state: reopened against still closed, one report naming no one")
        << QStringLiteral("The ring road at Orsk reopened at 7 a.m. on Friday after the ash was cleared.")
        << QStringLiteral("It remained closed on Friday morning, with crews still clearing ash.") << "conflict" << "state"
        << "reopened|closed";
    QTest::addRow("state: shut, then reopened: two moments")
        << QStringLiteral("The ring road at Orsk was shut as the ash fell.")
        << QStringLiteral("The ring road at Orsk reopened after the ash was cleared.") << "noconflict" << "" << "";
    QTest::addRow("state: opposite words sorting two things")
        << QStringLiteral("The strike in Tarnow was called by the union for private sector workers and teachers.")
        << QStringLiteral("Workers in the public sector in Tarnow joined the strike called by the union.") << "noconflict" << "" << "";
    QTest::addRow("state: acts that follow each other")
        << QStringLiteral("About 9,000 runners started the Kestrel coast race in Tarnow.")
        << QStringLiteral("Organisers stopped the Kestrel coast race in Tarnow at 9.20am.") << "noconflict" << "" << "";
    QTest::addRow("state: a word's form read as another word")
        << QStringLiteral("Mayor Anna Berg has spoken to divers at the foot of the Orsk dam: \"We won't stop until we have found "
                          "everyone who is missing.\"")
        << QStringLiteral("The diving club that searches the Orsk dam was founded in 1990.") << "noconflict" << "" << "";
    QTest::addRow("state: open and closed of two things")
        << QStringLiteral("The Vellan castle was closed to visitors on Tuesday, the culture ministry said.")
        << QStringLiteral("The Orsk castle remained open to visitors on Tuesday, the culture ministry said.") << "noconflict" << "" << "";

    // Dates that disagree.
    QTest::addRow("date: the first of a kind, counted in one report")
        << QStringLiteral("Norvik Pharma said it would begin shipping the first 2 million tablets in April and could make "
                          "10 million a year at its plant near Aarhus by 2029.")
        << QStringLiteral("Norvik says the first tablets will ship in May.") << "conflict" << "date" << "";
    QTest::addRow("date: one act to come, told with other words")
        << QStringLiteral("The mine's managers will be questioned on Wednesday, the prosecutor's office in Orsk said.")
        << QStringLiteral("The public prosecutor in Orsk, Anna Berg, has opened an inquiry into the flooding of the lower gallery "
                          "and plans to question the mine's managers next Tuesday.")
        << "conflict" << "date" << "";
    QTest::addRow("date: day") << QStringLiteral("The new Danube bridge opened to traffic on 12 March 2023 after years of delays.")
                               << QStringLiteral("After years of delays the new Danube bridge opened to traffic on 14 March 2023.")
                               << "conflict" << "date" << "2023-03-12|2023-03-14";
    QTest::addRow("date: year") << QStringLiteral("The company was founded in Stockholm in 1998 by two engineers from Ericsson.")
                                << QStringLiteral("Two engineers from Ericsson founded the company in Stockholm in 2001.") << "conflict"
                                << "date" << "1998|2001";
    QTest::addRow("date: month") << QStringLiteral("The electoral commission said the referendum will be held in October 2025.")
                                 << QStringLiteral("The referendum will be held in November 2025, the electoral commission said.")
                                 << "conflict" << "date" << "2025-10|2025-11";
    QTest::addRow("date: coarser date agrees") << QStringLiteral("China and Russia announced their no limits partnership in February 2022.")
                                               << QStringLiteral("China and Russia announced their no limits partnership in 2022.")
                                               << "shared" << "" << "";

    // A subject that denies denies the state: "none ... critical" is what "all ... stable" says.
    QTest::addRow("state: none in a critical condition")
        << QStringLiteral("None of the injured climbers is said to be in a critical condition, the hospital said.")
        << QStringLiteral("All of the injured climbers were in a stable condition, the hospital said.") << "noconflict" << "" << "";
    // A figure inside a range the other gives is no other figure.
    QTest::addRow("number: a figure within a range")
        << QStringLiteral("The old weather satellites orbit at about 780 km above the Earth, the agency said.")
        << QStringLiteral("The risk for weather satellites that orbit in the 750-810 km band rose, the agency said.") << "noconflict"
        << "" << "";
    // Rounding is agreement, approximate or not.
    QTest::addRow("share: decimals rounded to a whole figure")
        << QStringLiteral("The harbour handles about 72.4 percent of the country's container traffic, its operator said.")
        << QStringLiteral("The harbour handles around 72% of the country's container traffic, its operator said.") << "shared" << ""
        << "";
    // A count "since" a day of the story's week counts the story's event; since an older day, another span.
    QTest::addRow("count: since this week's event")
        << QStringLiteral("Around 400 flights have been cancelled since the volcano erupted on Tuesday night, officials said.")
        << QStringLiteral("Airport officials said 214 flights had been cancelled.") << "conflict" << "count" << "";
    QTest::addRow("count: since an earlier month")
        << QStringLiteral("Around 400 flights have been cancelled since the strike began in March, officials said.")
        << QStringLiteral("Airport officials said 214 flights had been cancelled.") << "noconflict" << "" << "";

    // One noun counted and one inflected verb beside both counts: one act counted twice.
    QTest::addRow("count: one act beside both counts")
        << QStringLiteral("Officers detained 14 people after the march.") << QStringLiteral("Nine people were detained overnight.")
        << "conflict" << "count" << "";
    QTest::addRow("count: two acts beside the counts") << QStringLiteral("Officers detained 14 people after the march.")
                                                       << QStringLiteral("Nine people were injured overnight.") << "noconflict" << "" << "";

    // Quotations rendered differently.
    QTest::addRow("quote: word changed")
        << QStringLiteral("The minister said: \"We will never accept a deal that harms our farmers and our families.\"")
        << QStringLiteral("The minister said: \"We will not accept a deal that harms our farmers and families.\"") << "quote" << "quote"
        << "";
    QTest::addRow("quote: word inserted")
        << QStringLiteral("Putin said \"the high level of partnership determined my choice of China as the first state that I would visit "
                          "after taking office as president.\"")
        << QStringLiteral("Putin said \"the high level of partnership determined my choice of China as the first state that I would visit "
                          "after officially taking office as president of the Russian Federation.\"")
        << "quote" << "quote" << "after taking office as president|after officially taking office as president of the Russian Federation";
    QTest::addRow("quote: identical")
        << QStringLiteral("\"Our cooperation is one of the main stabilizing factors on the international stage,\" Putin said.")
        << QStringLiteral("\"Our cooperation is one of the main stabilizing factors on the international stage,\" Putin said.") << "shared"
        << "" << "";
    QTest::addRow("quote: one quotes a part") << QStringLiteral(
        "He said: \"We are open to a dialogue on Ukraine, but such negotiations must take into account the interests of all countries.\"")
                                              << QStringLiteral(
                                                     "He said \"such negotiations must take into account the interests of all countries.\"")
                                              << "noconflict" << "" << "";
    QTest::addRow("quote: different statements")
        << QStringLiteral("\"The economy is growing faster than anyone expected,\" the finance minister said.")
        << QStringLiteral("\"Inflation remains our main concern for the rest of the year,\" the finance minister said.") << "noconflict"
        << "" << "";

    QTest::addRow("short statement: one word and one date")
        << QStringLiteral("The plant opened in 1986.") << QStringLiteral("It opened in 1986 and employs 900 people.") << "shared" << ""
        << "";
    // Negation.
    QTest::addRow("negation: not confirmed")
        << QStringLiteral("The government has confirmed that troops will be withdrawn from the border region.")
        << QStringLiteral("The government has not confirmed that troops will be withdrawn from the border region.") << "conflict"
        << "negation" << "";
    QTest::addRow("negation: never admitted") << QStringLiteral("The defendant admitted taking the money from the children's charity.")
                                              << QStringLiteral(
                                                     "The defendant never admitted taking the money from the children's charity.")
                                              << "conflict" << "negation" << "";
    QTest::addRow("negation: both negate") << QStringLiteral("The company did not comment on the report about layoffs at its Ohio plant.")
                                           << QStringLiteral("The company has not commented on the report about layoffs at its Ohio plant.")
                                           << "shared" << "" << "";
    QTest::addRow("negation: of another word") << QStringLiteral("Russia said it had never refused to negotiate with Kyiv.")
                                               << QStringLiteral("Russia said it was ready to negotiate with Kyiv.") << "noconflict" << ""
                                               << "";
}

void TestClaims::pairs()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);
    QFETCH(QString, slot);
    QFETCH(QString, values);

    const Built b = buildCorpus(left, right);
    const QList<Claim> claims = alignClaims(b.corpus, b.sentences, {});
    const QList<Claim> joining = claimsJoining(claims, b);
    const auto ofKind = [&](ClaimKind kind) {
        QList<Claim> list;
        for (const Claim &c : joining) {
            if (c.kind == kind)
                list.append(c);
        }
        return list;
    };
    const QList<Claim> shared = ofKind(ClaimKind::Shared);
    const QList<Claim> conflicts = ofKind(ClaimKind::Conflict);

    if (expected == u"shared") {
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(shared.size(), 1);
        QVERIFY(!shared.first().reason.isEmpty());
    } else if (expected == u"none") {
        QCOMPARE(joining.size(), 0);
    } else if (expected == u"noconflict") {
        QCOMPARE(conflicts.size(), 0);
    } else {
        // A quotation worded differently is still one statement: a wording conflict and a
        // shared claim. One fact told with a differing detail (a figure, a time, a date) is
        // shared too when the sentences are alike enough (sharedBesideConflict); other
        // conflicts are not shared.
        QCOMPARE(conflicts.size(), 1);
        const bool detail = QStringList{u"count"_s, u"number"_s, u"time"_s, u"date"_s}.contains(slot);
        if (expected == u"quote")
            QCOMPARE(shared.size(), 1);
        else
            QVERIFY2(shared.size() <= (detail ? 1 : 0), qPrintable(QString::number(shared.size())));
        const Claim &c = conflicts.first();
        QCOMPARE(c.slot, slot);
        QVERIFY(!c.reason.isEmpty());
        QCOMPARE(c.members.size(), 2);
        if (!values.isEmpty()) {
            const QStringList pair = values.split(u'|');
            QCOMPARE(c.members[0].value, pair[0]);
            QCOMPARE(c.members[1].value, pair[1]);
        }
    }
    // Every member is exactly the slice of its article it claims to be.
    for (const Claim &c : claims) {
        for (const ClaimMember &m : c.members)
            QCOMPARE(m.text, b.corpus.articles[m.article].text.mid(m.range.start, m.range.length()));
    }
}

void TestClaims::sharedBesideConflict_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("share"); // ClaimTuning::shareConflictingFacts
    QTest::addColumn<int>("shared");
    QTest::addColumn<QStringList>("conflictSlots");
    const QString tonnesA = QStringLiteral("The tanker Orla Grey ran aground off Cape Verran carrying 38,000 tonnes of crude oil.");
    const QString tonnesB = QStringLiteral("Carrying about 40,000 tonnes of crude oil, the tanker Orla Grey ran aground off Cape Verran.");
    QTest::addRow("one fact, two cargoes") << tonnesA << tonnesB << 1 << 1 << QStringList{u"count"_s};
    QTest::addRow("one fact, two cargoes, the conflict alone") << tonnesA << tonnesB << 0 << 0 << QStringList{u"count"_s};
    QTest::addRow("one fact, two hours") << QStringLiteral(
        "The roof of the Varna depot caved in at 2.15am on Sunday, the fire brigade said.")
                                         << QStringLiteral("The fire brigade said the roof of the Varna depot caved in at 4am on Sunday.")
                                         << 1 << 1 << QStringList{u"time"_s};
    QTest::addRow("one fact, two cargoes and two hours")
        << QStringLiteral("The tanker Orla Grey, carrying 38,000 tonnes of crude oil, ran aground off Cape Verran at 3:40 a.m. on Sunday.")
        << QStringLiteral(
               "The tanker Orla Grey ran aground off Cape Verran shortly after 2am on Sunday with about 40,000 tonnes of crude oil.")
        << 1 << 1 << QStringList{u"count"_s, u"time"_s};
    // Less alike than a link needs: the kept conflict is what shows it is one fact.
    QTest::addRow("one fact, two counts, told in different sentences")
        << QStringLiteral("Some 150 rescue workers from the Orsk company and from regional mine rescue units are taking part in the "
                          "operation, rotating in six-hour shifts.")
        << QStringLiteral(
               "About 200 rescue workers, including teams from the mine rescue station, were working underground in Orsk on Monday.")
        << 1 << 1 << QStringList{u"count"_s};
    QTest::addRow("opposite states are no shared fact")
        << QStringLiteral("The Vellan castle was closed to visitors, the ministry said.")
        << QStringLiteral("The Vellan castle remained open to visitors, the ministry said.") << 1 << 0 << QStringList{u"state"_s};
}

// A fact two reports give with a differing detail is a shared claim and a conflict: both report
// it, and the reader sees where they differ.
void TestClaims::sharedBesideConflict()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, share);
    QFETCH(int, shared);
    QFETCH(QStringList, conflictSlots);
    ClaimTuning tuning;
    tuning.shareConflictingFacts = share;
    const Built b = buildCorpus(left, right);
    int sharedFound = 0;
    QStringList found;
    for (const Claim &c : claimsJoining(alignClaims(b.corpus, b.sentences, {}, {}, tuning), b)) {
        if (c.kind == ClaimKind::Shared)
            ++sharedFound;
        else if (c.kind == ClaimKind::Conflict)
            found << c.slot;
    }
    QCOMPARE(found, conflictSlots);
    QCOMPARE(sharedFound, shared);
}

void TestClaims::eventDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date"); // as written; its value is the text itself
    QTest::addColumn<bool>("event");   // dates what the statement tells

    QTest::addRow("a year an earlier crash happened") << "In 1995 a bus crashed near Levice, killing 17 people." << "1995" << true;
    QTest::addRow("a year a count runs from") << "It was the deadliest road accident since 1995." << "1995" << false;
    QTest::addRow("the year after since, with when") << "It was the deadliest since 1995, when a bus crashed near Levice."
                                                     << "1995" << true;
}

void TestClaims::eventDates()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(bool, event);
    const qsizetype at = text.indexOf(date);
    const QList<UnitMention> mentions = {{{at, at + date.size()}, nullptr, date}};
    Stemmer stemmer;
    const ClaimFeatures f = claimFeatures(text, {0, text.size()}, mentions, stemmer);
    QCOMPARE(f.dates, QStringList{date});
    QCOMPARE(f.eventDates.contains(date), event);
}

void TestClaims::sharedRun_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("run"); // as the left text writes it
    QTest::addColumn<int>("informative");

    QTest::addRow("a quotation in two reports") << "He said such talks must take into account the interests of all countries."
                                                << "Such talks must take into account the interests of all countries, he added."
                                                << "such talks must take into account the interests of all countries" << 5;
    QTest::addRow("a run of names says little")
        << "Russian President Vladimir Putin landed in Beijing on Thursday."
        << "Russian President Vladimir Putin was received by Xi." << "Russian President Vladimir Putin" << 0;
    QTest::addRow("nothing in common") << "The bridge collapsed." << "Rain fell all week." << "" << 0;
}

void TestClaims::sharedRun()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, run);
    QFETCH(int, informative);
    const QList<ClaimToken> l = tokenizeClaim(left, {0, left.size()});
    const QList<ClaimToken> r = tokenizeClaim(right, {0, right.size()});
    const SharedRun found = longestSharedRun(l, r);
    const QString written =
        found.length == 0 ? QString()
                          : left.mid(l[found.left].range.start, l[found.left + found.length - 1].range.end - l[found.left].range.start);
    QCOMPARE(written, run);
    QCOMPARE(found.informative, informative);
}

void TestClaims::placeScale_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("oneScale"); // may stand in one role ("derailed in X") as two places

    QTest::addRow("two regions") << "Ontario" << "Quebec" << true;
    QTest::addRow("two countries") << "France" << "Germany" << true;
    QTest::addRow("two towns nobody listed") << "Harlow Creek" << "Dunmore Flats" << true;
    QTest::addRow("a country and a region in it") << "Canada" << "Ontario" << false;
    QTest::addRow("a country by its short form and a town") << "U.S." << "Mendon" << false;
}

void TestClaims::placeScale()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, oneScale);
    QCOMPARE(placesOfOneScale(left, right), oneScale);
    QCOMPARE(placesOfOneScale(right, left), oneScale);
}

void TestClaims::quoteDiff()
{
    const QString left = QStringLiteral("that I would visit after taking office as president");
    const QString right = QStringLiteral("that I would visit after officially taking office as president of the Russian Federation");
    const QuoteComparison cmp = compareQuotes(left, {0, left.size()}, right, {0, right.size()});
    QVERIFY(cmp.sameUtterance);
    QVERIFY(cmp.differs);
    QCOMPARE(cmp.diff, QStringLiteral("after [+officially] taking office as president [+of the Russian Federation]"));
    QCOMPARE(left.mid(cmp.leftValue.start, cmp.leftValue.length()), QStringLiteral("after taking office as president"));

    // A preposition for a preposition is a minor difference, not another wording.
    const QString within = QStringLiteral("The sea came over the stern and within a few minutes she was gone");
    const QString in = QStringLiteral("The sea came over the stern and in a few minutes she was gone");
    const QuoteComparison prepositions = compareQuotes(within, {0, within.size()}, in, {0, in.size()});
    QVERIFY(prepositions.differs);
    QVERIFY(prepositions.minor);

    const QString same = QStringLiteral("We are open to a dialogue on Ukraine");
    const QuoteComparison equal = compareQuotes(same, {0, same.size()}, same, {0, same.size()});
    QVERIFY(equal.sameUtterance);
    QVERIFY(!equal.differs);

    const QString text = QStringLiteral("He said \u201cwe are open to talks now\u201d and \"it is over.\" Then \"no\".");
    const QList<TextRange> quotes = findQuotations(text, {0, text.size()}, 3);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(text.mid(quotes[0].start, quotes[0].length()), QStringLiteral("we are open to talks now"));
    QCOMPARE(text.mid(quotes[1].start, quotes[1].length()), QStringLiteral("it is over."));

    // A quotation of two sentences opens in the first and runs on to its closing mark.
    const QString twoSentences = QStringLiteral("She said: \"We know how hard this is for the crews. It is not their fault.\"\n");
    const qsizetype firstEnd = twoSentences.indexOf(u'.') + 1;
    const QList<TextRange> first = findQuotations(twoSentences, {0, firstEnd});
    QCOMPARE(first.size(), 1);
    QCOMPARE(twoSentences.mid(first[0].start, first[0].length()),
             QStringLiteral("We know how hard this is for the crews. It is not their fault."));
    // One that never closes in its paragraph is no quotation.
    const QString unclosed = QStringLiteral("She said: \"We know how hard this is for the crews.\nNext paragraph \"here\".");
    QCOMPARE(findQuotations(unclosed, {0, unclosed.indexOf(u'.') + 1}).size(), 0);
}

void TestClaims::timeBounds_data()
{
    // "after" and "before" say on which side of the hour the moment lies.
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("agree");
    QTest::addRow("exact time before \"shortly after\"")
        << QStringLiteral("erupted at 5:47 p.m. on Tuesday") << QStringLiteral("erupted shortly after 6pm on Tuesday") << false;
    QTest::addRow("exact time after \"shortly after\"")
        << QStringLiteral("erupted at 6:08 p.m. on Tuesday") << QStringLiteral("erupted shortly after 6pm on Tuesday") << true;
    QTest::addRow("exact time after \"shortly before\"")
        << QStringLiteral("collapsed at 23:12 on Friday") << QStringLiteral("collapsed shortly before 11 pm on Friday") << false;
    QTest::addRow("a few minutes past a bound is rounding")
        << QStringLiteral("erupted at 5:58 p.m. on Tuesday") << QStringLiteral("erupted shortly after 6pm on Tuesday") << true;
}

void TestClaims::timeBounds()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, agree);
    const QList<ClaimTime> a = findClaimTimes(left, tokenizeClaim(left, {0, left.size()}));
    const QList<ClaimTime> b = findClaimTimes(right, tokenizeClaim(right, {0, right.size()}));
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    const ClaimTuning tuning;
    QCOMPARE(timesAgree(a.first(), b.first(), tuning.timeToleranceMinutes, tuning.approximateTimeMinutes), agree);
    QCOMPARE(timesAgree(b.first(), a.first(), tuning.timeToleranceMinutes, tuning.approximateTimeMinutes), agree);
}

void TestClaims::quoteEnds_data()
{
    // A few words on both sides past the shared stretch are one word put for another; words on
    // one side only, or two long continuations, are where one outlet quoted on.
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("differs");
    QTest::addRow("a word put for another at the end")
        << QStringLiteral("a turning point in our fight against a disease that fills our wards every monsoon")
        << QStringLiteral("a turning point in the fight against a disease that fills our wards every rainy season") << true;
    QTest::addRow("a word put for another at the start") << QStringLiteral("Frankly we will rebuild every home in this valley")
                                                         << QStringLiteral("Believe me we will rebuild every home in this valley") << true;
    QTest::addRow("one outlet quotes on") << QStringLiteral("We will rebuild every home in this valley")
                                          << QStringLiteral(
                                                 "We will rebuild every home in this valley, and we start on Monday with the school")
                                          << false;
    QTest::addRow("two long continuations") << QStringLiteral("We will rebuild every home in this valley and its old stone bridge")
                                            << QStringLiteral("We will rebuild every home in this valley whatever this finally costs us")
                                            << false;
}

void TestClaims::quoteEnds()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, differs);
    const QuoteComparison cmp = compareQuotes(left, {0, left.size()}, right, {0, right.size()});
    QVERIFY(cmp.sameUtterance);
    QCOMPARE(cmp.differs && !cmp.minor, differs);
}

void TestClaims::datesWrittenAlike_data()
{
    // The right article is published `daysLater`; a date conflict needs dates the units write
    // differently, not one word ("tomorrow") that the two articles' days read apart.
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<bool>("conflict");
    QTest::addRow("one relative day in one quotation, published a day apart")
        << QStringLiteral("\"Tomorrow we begin clearing the harbour for every family,\" the mayor said.")
        << QStringLiteral("\"Tomorrow we begin clearing the harbour for every family,\" the mayor said.") << 1 << false;
    QTest::addRow("two days written differently")
        << QStringLiteral("The council will vote on the new harbour plan on Thursday, the mayor said.")
        << QStringLiteral("The council will vote on the new harbour plan on Friday, the mayor said.") << 0 << true;
}

void TestClaims::datesWrittenAlike()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, daysLater);
    QFETCH(bool, conflict);
    Built b = buildCorpus(left, right);
    b.corpus.articles[1].published = b.corpus.articles[0].published.addDays(daysLater);
    bool found = false;
    for (const Claim &c : claimsJoining(alignClaims(b.corpus, b.sentences, {}), b))
        found = found || (c.kind == ClaimKind::Conflict && c.slot == u"date");
    QCOMPARE(found, conflict);
}

void TestClaims::quotationPairs_data()
{
    // Two outlets' renderings of one statement are paired when they share words and the one
    // who said it: named beside the quotation, or in the sentence before a bare "she said".
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("pairs"); // pairs of renderings that differ
    QTest::addRow("over two sentences, the speaker named the sentence before")
        << QStringLiteral("Mayor Ana Ruiz thanked the crews at the harbour. \"Our first task is to find the missing. The second is to "
                          "bring the families home safely,\" she said.")
        << QStringLiteral("Mayor Ana Ruiz, speaking at the harbour: \"Our first task remains the missing. Then we bring every family "
                          "home safely.\"")
        << 1;
    QTest::addRow("a bare \"he said\" after a sentence that names him")
        << QStringLiteral("Tomas Vrba of the drivers' union said members had warned the company. \"This was not bad luck. We told "
                          "them,\" he said.")
        << QStringLiteral("\"This was not a stroke of fate. We warned them,\" said union official Tomas Vrba.") << 1;
    QTest::addRow("a title that opens the sentence before")
        << QStringLiteral("Premier Ana Ruiz spoke in the harbour town. \"We have come through the worst of it, but the danger is not "
                          "over. Stay off the roads,\" she said.")
        << QStringLiteral("\"The worst is behind us, but this is not over yet. Keep away from the water,\" the Premier said.") << 1;
    QTest::addRow("one speaker, telling words kept, no run of three")
        << QStringLiteral("\"No one will be made to work 12 hours. This plan gives staff choices,\" Health Minister Ida Berg told "
                          "reporters.")
        << QStringLiteral("Health Minister Ida Berg said: \"Nobody will be obliged to work twelve hours. The plan gives choice, not "
                          "duty.\"")
        << 1;
    QTest::addRow("telling words kept in other forms")
        << QStringLiteral("\"The eruptive phase goes on and we cannot rule out a larger blast within days,\" agency head Rina Sari "
                          "said.")
        << QStringLiteral("Agency head Rina Sari said: \"The eruption phase is still ongoing, and we do not exclude a bigger blast "
                          "soon.\"")
        << 1;
    QTest::addRow("each rendering pairs with one of the speaker's quotations")
        << QStringLiteral("\"They took the pride of this town,\" Mayor Ana Ruiz said. \"The bell has hung here for two hundred "
                          "years. We want it back, whole.\"")
        << QStringLiteral("Mayor Ana Ruiz said: \"They tore the pride out of this town. We want it back.\"") << 1;
    QTest::addRow("one speaker, two statements") << QStringLiteral(
        "Mayor Ana Ruiz spoke at the harbour. \"The crews worked through the night and we owe them everything,\" she said.")
                                                 << QStringLiteral("\"The harbour stays closed until the weekend, and we ask "
                                                                   "everyone for patience,\" Mayor Ana Ruiz said.")
                                                 << 0;
    QTest::addRow("one wording, two speakers") << QStringLiteral(
        "Ruth Okafor, a nurse, spoke outside. \"Our first task is to find the missing. The rest can wait,\" she said.")
                                               << QStringLiteral("Fire chief Olu Bakare said: \"Our first task remains the missing, "
                                                                 "and then the roads.\"")
                                               << 0;
}

void TestClaims::quotationPairs()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, pairs);
    const Built b = buildCorpus(left, right);
    const QList<QuotePair> found =
        differentlyQuoted(b.corpus, alignmentUnits(b.corpus, b.sentences).units, 8, ClaimTuning().namedQuoteShare);
    int tested = 0;
    for (const QuotePair &pair : found) {
        const TextRange &stretch = b.tested[pair.left.article];
        tested += pair.left.range.start >= stretch.start && pair.left.range.end <= stretch.end ? 1 : 0;
        // A quotation ends in its paragraph.
        QVERIFY(pair.left.range.end <= b.corpus.articles[pair.left.article].text.indexOf(u'\n', pair.left.range.start));
    }
    QCOMPARE(tested, pairs);
}

void TestClaims::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("ordinal");
    QTest::addColumn<QString>("unit");

    QTest::addRow("digits") << QStringLiteral("met on 40 occasions") << 40.0 << false << QStringLiteral("occasion");
    QTest::addRow("ordinal word") << QStringLiteral("the fourth time") << 4.0 << true << QStringLiteral("time");
    QTest::addRow("ordinal digits") << QStringLiteral("the 75th anniversary") << 75.0 << true << QStringLiteral("anniversary");
    QTest::addRow("thousands separator") << QStringLiteral("cut 2,000 jobs") << 2000.0 << false << QStringLiteral("job");
    QTest::addRow("scale") << QStringLiteral("sold 3.5 million phones") << 3.5e6 << false << QStringLiteral("phone");
    QTest::addRow("dozens") << QStringLiteral("nearly two dozen visits") << 24.0 << false << QStringLiteral("visit");
    QTest::addRow("compound word") << QStringLiteral("found twenty-five bodies") << 25.0 << false << QStringLiteral("body");
    QTest::addRow("hyphenated measure") << QStringLiteral("a six-year term") << 6.0 << false << QStringLiteral("year");
    QTest::addRow("unit of measure") << QStringLiteral("22 kilometres below the surface") << 22.0 << false << QStringLiteral("km");
    QTest::addRow("unit abbreviated") << QStringLiteral("a depth of 35 km") << 35.0 << false << QStringLiteral("km");
    QTest::addRow("currency sign and glued scale") << QStringLiteral("the \u20ac8.5bn deal") << 8.5e9 << false << QStringLiteral("\u20ac");
    QTest::addRow("currency word") << QStringLiteral("for 8.2 billion euros in cash") << 8.2e9 << false << QStringLiteral("\u20ac");
    QTest::addRow("percent sign") << QStringLiteral("a premium of 32% to the price") << 32.0 << false << QStringLiteral("percent");
    QTest::addRow("qualified noun") << QStringLiteral("the 6,500 German jobs at the plant") << 6500.0 << false << QStringLiteral("job");
    QTest::addRow("per cent in two words") << QStringLiteral("turnout was 48.2 per cent") << 48.2 << false << QStringLiteral("percent");
    QTest::addRow("noun compound") << QStringLiteral("seven coal miners were trapped") << 7.0 << false << QStringLiteral("miner");
    QTest::addRow("a word before an irregular plural of people")
        << QStringLiteral("rescuers found 22 dead children in the rubble") << 22.0 << false << QStringLiteral("child");

    QTest::addRow("noun compound of a verb's noun")
        << QStringLiteral("some 150 rescue workers") << 150.0 << false << QStringLiteral("worker");
    QTest::addRow("plural then a participle") << QStringLiteral("seven miners trapped underground") << 7.0 << false
                                              << QStringLiteral("miner");
    QTest::addRow("unit before a noun") << QStringLiteral("a 10 km stretch of road") << 10.0 << false << QStringLiteral("km");
    QTest::addRow("unit written onto the figure")
        << QStringLiteral("it fell 400ft into the gorge") << 400.0 << false << QStringLiteral("ft");

    QTest::addRow("one span of time") << QStringLiteral("Monday will be a day of national mourning") << 1.0 << false
                                      << QStringLiteral("day");
    QTest::addRow("a plural that is a word of its own")
        << QStringLiteral("three days of national mourning") << 3.0 << false << QStringLiteral("day");
    QTest::addRow("a span of time that counts nothing")
        << QStringLiteral("the 40 pills found a day after the crash") << 40.0 << false << QStringLiteral("pill");
    QTest::addRow("counted by \"the number of\"")
        << QStringLiteral("The number of people hurt in the blast has risen to 83") << 83.0 << false << QStringLiteral("people");
    QTest::addRow("two words describing the counted noun")
        << QStringLiteral("approximately 1.2 million current and former members") << 1.2e6 << false << QStringLiteral("member");
    QTest::addRow("a plural first word is counted with the rest")
        << QStringLiteral("some 40 men and women") << 40.0 << false << QStringLiteral("man");
    QTest::addRow("a participle before people")
        << QStringLiteral("sending 3,000 terrified residents to shelters") << 3000.0 << false << QStringLiteral("resident");
    QTest::addRow("a comma ends the count") << QStringLiteral("has risen to 83, Governor Ilse Brandt said") << 83.0 << false << QString();
}

void TestClaims::numbers()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, ordinal);
    QFETCH(QString, unit);

    // The tokens the engine uses, without entities.
    const QList<ClaimToken> tokens = tokenizeClaim(text, {0, text.size()});
    const QList<ClaimNumber> found = findClaimNumbers(tokens, QList<int>(tokens.size(), -1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value, value);
    QCOMPARE(found.first().ordinal, ordinal);
    QCOMPARE(found.first().unit, unit);
}

void TestClaims::measures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("measure");

    QTest::addRow("noun of number") << QStringLiteral("the quake had a magnitude of 7.1") << QStringLiteral("magnitude");
    QTest::addRow("with a unit") << QStringLiteral("struck at a depth of 35 km") << QStringLiteral("depth");
    QTest::addRow("plural noun") << QStringLiteral("prices of 40 dollars") << QStringLiteral("price");
    QTest::addRow("a total is no measure") << QStringLiteral("a total of 40 people") << QString();
    QTest::addRow("nothing before") << QStringLiteral("40 people died") << QString();
    QTest::addRow("noun at number") << QStringLiteral("she puts the premium at 29 percent") << QStringLiteral("premium");
    QTest::addRow("a verb before at") << QStringLiteral("the river peaked at 4.9 metres") << QString();
    QTest::addRow("a noun in -eed") << QStringLiteral("winds reached a speed of 120 km") << QStringLiteral("speed");
    QTest::addRow("a preposition of three words") << QStringLiteral("played in front of 48,000 people") << QString();
    QTest::addRow("another") << QStringLiteral("losses in excess of 300 million euros") << QString();
    QTest::addRow("a label after an article") << QStringLiteral("it crossed the coast as a category 4 system")
                                              << QStringLiteral("category");
    QTest::addRow("a label with a capital") << QStringLiteral("it had weakened to Category 3 by then") << QStringLiteral("category");
    QTest::addRow("a measure after its noun is no label") << QStringLiteral("the strongest a magnitude 5.8 tremor") << QString();
    QTest::addRow("an adjective after \"the\" is no label") << QStringLiteral("the first 3 carriages came off") << QString();
    QTest::addRow("a figure joined to its noun is no label") << QStringLiteral("they called a new 48-hour strike") << QString();
    QTest::addRow("a verb before a count") << QStringLiteral("the firm plans to hire 40 workers") << QString();
}

void TestClaims::personNouns_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("person");
    QTest::addRow("plural of a rare noun") << QStringLiteral("rescuers") << true;
    QTest::addRow("resident") << QStringLiteral("residents") << true;
    QTest::addRow("second sense") << QStringLiteral("fans") << true;
    QTest::addRow("a thing") << QStringLiteral("engines") << false;
    QTest::addRow("a unit") << QStringLiteral("kilometres") << false;
}

void TestClaims::personNouns()
{
    QFETCH(QString, word);
    QFETCH(bool, person);
    const Synonyms &wordnet = Synonyms::instance();
    QCOMPARE(wordnet.isPersonNoun(wordnet.lemma(word)), person);
}

void TestClaims::measures()
{
    QFETCH(QString, text);
    QFETCH(QString, measure);
    const QList<ClaimToken> tokens = tokenizeClaim(text, {0, text.size()});
    const QList<ClaimNumber> found = findClaimNumbers(tokens, QList<int>(tokens.size(), -1));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().measure, measure);
}

void TestClaims::percentWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms"); // every term of the text, in order

    QTest::addRow("sign") << QStringLiteral("Turnout was 48.2%.") << QStringList{u"turnout"_s, u"#48.2"_s};
    QTest::addRow("per cent") << QStringLiteral("Turnout was 48.2 per cent.") << QStringList{u"turnout"_s, u"#48.2"_s};
    QTest::addRow("percent") << QStringLiteral("Turnout was 48.2 percent.") << QStringList{u"turnout"_s, u"#48.2"_s};
    QTest::addRow("the word alone stays") << QStringLiteral("Turnout rose by a few per cent.")
                                          << QStringList{u"turnout"_s, u"rose"_s, u"cent"_s};
}

void TestClaims::percentWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    Stemmer stemmer;
    const ClaimFeatures f = claimFeatures(text, {0, text.size()}, {}, stemmer);
    QStringList keys;
    for (const ClaimTerm &t : f.terms)
        keys << t.key;
    QCOMPARE(keys, terms);
}

void TestClaims::phrasalVerbs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("verb");  // the verb's term, by its lemma
    QTest::addColumn<QString>("other"); // a lemma it should or should not mean
    QTest::addColumn<bool>("related");
    QTest::addRow("touched down lands") << QStringLiteral("The jet touched down at noon.") << "touch" << "land" << true;
    QTest::addRow("touched alone does not") << QStringLiteral("The jet touched the fence at noon.") << "touch" << "land" << false;
    QTest::addRow("the particle must follow the verb")
        << QStringLiteral("The jet touched the runway down the line.") << "touch" << "land" << false;
}

void TestClaims::antonyms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("opposed");
    QTest::newRow("adjectives") << "open" << "closed" << true;
    QTest::newRow("either order") << "closed" << "open" << true;
    QTest::newRow("a satellite takes its head's antonym") << "shut" << "open" << true;
    QTest::newRow("a verb made with re opposes what its verb does") << "reopen" << "closed" << true;
    QTest::newRow("verbs") << "win" << "lose" << true;
    QTest::newRow("synonyms") << "shut" << "closed" << false;
    QTest::newRow("unrelated") << "open" << "serious" << false;
    QTest::newRow("a verb made with re and its own verb") << "reopen" << "open" << false;
}

void TestClaims::antonyms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, opposed);
    QCOMPARE(Synonyms::instance().opposed(a, b), opposed);
}

void TestClaims::phrasalVerbs()
{
    QFETCH(QString, text);
    QFETCH(QString, verb);
    QFETCH(QString, other);
    QFETCH(bool, related);
    Stemmer stemmer;
    const ClaimFeatures f = claimFeatures(text, {0, text.size()}, {}, stemmer);
    const auto term = std::find_if(f.terms.cbegin(), f.terms.cend(), [&](const ClaimTerm &t) { return t.lemma == verb; });
    QVERIFY(term != f.terms.cend());
    const Synonyms &wordnet = Synonyms::instance();
    QCOMPARE(Synonyms::relation(term->senses, wordnet.senses(other)) != Synonyms::Relation::None, related);
}

void TestClaims::convertedMeasures_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("same"); // one quantity in two units

    QTest::addRow("feet and metres") << QStringLiteral("the 60-foot trawler") << QStringLiteral("the 18-metre trawler") << true;
    QTest::addRow("miles and kilometres") << QStringLiteral("about 140 miles north") << QStringLiteral("some 220 kilometres north") << true;
    QTest::addRow("nautical miles") << QStringLiteral("120 nautical miles offshore") << QStringLiteral("225 km offshore") << true;
    QTest::addRow("knots and km per hour") << QStringLiteral("winds of 25 knots") << QStringLiteral("winds of 46 kilometres per hour")
                                           << true;
    QTest::addRow("mph and km/h spelled out") << QStringLiteral("gusts of 60 miles an hour") << QStringLiteral("gusts of 97 km per hour")
                                              << true;
    QTest::addRow("acres and hectares") << QStringLiteral("burned 5,000 acres") << QStringLiteral("burned 2,000 hectares") << true;
    QTest::addRow("tonnes and kilograms") << QStringLiteral("a 2-tonne load") << QStringLiteral("a 2,000-kilogram load") << true;
    QTest::addRow("different lengths") << QStringLiteral("the 60-foot trawler") << QStringLiteral("the 25-metre trawler") << false;
    QTest::addRow("a length is no speed") << QStringLiteral("25 km away") << QStringLiteral("25 km per hour") << false;
    QTest::addRow("one unit: an exact figure, not a conversion") << QStringLiteral("60 feet") << QStringLiteral("61 feet") << false;
    QTest::addRow("counts have no dimension") << QStringLiteral("60 boats") << QStringLiteral("60 boats") << false;
}

void TestClaims::convertedMeasures()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, same);
    const auto first = [](const QString &text) {
        const QList<ClaimToken> tokens = tokenizeClaim(text, {0, text.size()});
        const QList<ClaimNumber> found = findClaimNumbers(tokens, QList<int>(tokens.size(), -1));
        return found.isEmpty() ? ClaimNumber() : found.first();
    };
    QCOMPARE(sameQuantityInOtherUnits(first(left), first(right), 0.05), same);
}

// Two short statements that share one informative word state one fact when a run of three
// words stands in both as written (claimcandidates.cpp, ClaimTuning::sharedPhraseWords).
void TestClaims::phrases_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("shared");
    QTest::addRow("a phrase in both") << QStringLiteral("It is still listed as out of control.")
                                      << QStringLiteral("It remains out of control.") << true;
    QTest::addRow("only function words in common")
        << QStringLiteral("It is not clear who was driving.") << QStringLiteral("It is not known how many died.") << false;
    QTest::addRow("the word without the phrase")
        << QStringLiteral("Crews regained control of the blaze.") << QStringLiteral("It remains out of control.") << false;
}

void TestClaims::phrases()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, shared);
    QCOMPARE(sharePhrase(tokenizeClaim(left, {0, left.size()}), tokenizeClaim(right, {0, right.size()}), 3), shared);
}

void TestClaims::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // since midnight, -1 when no time is found
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("written"); // the range found

    QTest::addRow("a.m. with dots") << QStringLiteral("left at 8:40 a.m. sharp") << 520 << false << QString()
                                    << QStringLiteral("8:40 a.m.");
    QTest::addRow("glued pm with a dot") << QStringLiteral("around 10.15pm last night") << 1335 << true << QString()
                                         << QStringLiteral("around 10.15pm");
    QTest::addRow("24-hour") << QStringLiteral("at 22:42 on Sunday") << 1362 << false << QString() << QStringLiteral("22:42");
    QTest::addRow("24-hour with an h") << QStringLiteral("touched down at 14h37 on runway 17") << 877 << false << QString()
                                       << QStringLiteral("14h37");
    QTest::addRow("hours with an h are no time") << QStringLiteral("a 24h strike in the ports") << -1 << false << QString() << QString();
    QTest::addRow("hour only") << QStringLiteral("shortly before 11 pm") << 1380 << true << QString()
                               << QStringLiteral("shortly before 11 pm");
    QTest::addRow("zone abbreviation") << QStringLiteral("at 1215 GMT on Wednesday") << 735 << false << QStringLiteral("gmt")
                                       << QStringLiteral("1215 GMT");
    QTest::addRow("named zone") << QStringLiteral("at 23:42 Kyiv time") << 1422 << false << QStringLiteral("kyiv time")
                                << QStringLiteral("23:42 Kyiv time");
    QTest::addRow("zone without its season") << QStringLiteral("at 8:30 a.m. ET on Thursday") << 510 << false << QStringLiteral("et")
                                             << QStringLiteral("8:30 a.m. ET");
    QTest::addRow("local time") << QStringLiteral("at 20:40 local time") << 1240 << false << QString()
                                << QStringLiteral("20:40 local time");
    QTest::addRow("words") << QStringLiteral("shortly before nine in the morning") << 540 << true << QString()
                           << QStringLiteral("shortly before nine in the morning");
    QTest::addRow("midnight") << QStringLiteral("just after midnight") << 0 << true << QString() << QStringLiteral("just after midnight");
    QTest::addRow("a dot on a 24-hour clock") << QStringLiteral("the power failed at 15.12, when a cable burned") << 912 << false
                                              << QString() << QStringLiteral("15.12");
    QTest::addRow("a dot with a leading zero") << QStringLiteral("trains stopped at 09.45 on Friday") << 585 << false << QString()
                                               << QStringLiteral("09.45");
    QTest::addRow("a price after at") << QStringLiteral("the shares closed at 15.12 euros") << -1 << false << QString() << QString();
    QTest::addRow("a dot that fits a 12-hour clock")
        << QStringLiteral("the index stood at 10.15 on Friday") << -1 << false << QString() << QString();
    QTest::addRow("a decimal is no time") << QStringLiteral("the river rose 4.90 metres") << -1 << false << QString() << QString();
    QTest::addRow("a score is no time") << QStringLiteral("they won 2-1 in the final") << -1 << false << QString() << QString();
    QTest::addRow("a year is no time") << QStringLiteral("it opened in 1986 GMT") << -1 << false << QString() << QString();
}

void TestClaims::times()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QFETCH(bool, approximate);
    QFETCH(QString, zone);
    QFETCH(QString, written);
    const QList<ClaimToken> tokens = tokenizeClaim(text, {0, text.size()});
    const QList<ClaimTime> found = findClaimTimes(text, tokens);
    if (minutes < 0) {
        QCOMPARE(found.size(), 0);
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().minutes, minutes);
    QCOMPARE(found.first().approximate, approximate);
    QCOMPARE(found.first().zone, zone);
    QCOMPARE(text.mid(found.first().range.start, found.first().range.length()), written);
}

void TestClaims::zoneSeason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("offset"); // minutes from UTC

    QTest::addRow("winter") << QStringLiteral("at 9:30 a.m. ET") << QDate(2026, 12, 3) << -300;
    QTest::addRow("summer") << QStringLiteral("at 9:30 a.m. ET") << QDate(2026, 7, 3) << -240;
    QTest::addRow("the second Sunday of March") << QStringLiteral("at 9:30 a.m. PT") << QDate(2026, 3, 8) << -420;
    QTest::addRow("the Saturday before it") << QStringLiteral("at 9:30 a.m. PT") << QDate(2026, 3, 7) << -480;
    QTest::addRow("the first Sunday of November") << QStringLiteral("at 9:30 a.m. CT") << QDate(2026, 11, 1) << -360;
}

void TestClaims::zoneSeason()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);
    QFETCH(int, offset);
    const QList<ClaimTime> found = findClaimTimes(text, tokenizeClaim(text, {0, text.size()}));
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.first().utcOffset); // the day decides
    QCOMPARE(onDay(found.first(), day).utcOffset, std::optional<int>(offset));
}

void TestClaims::clusters_data()
{
    // Links between units of four articles (unit u is in article articles[u]), most similar
    // first as the stage sorts them, and the members of the claim that unit 0 ends up in.
    QTest::addColumn<QList<int>>("articles");
    QTest::addColumn<QList<int>>("left");
    QTest::addColumn<QList<int>>("right");
    QTest::addColumn<QList<double>>("similarity");
    QTest::addColumn<int>("replaceWorseMembers");
    QTest::addColumn<QList<int>>("claim");

    // Unit 1 states the fact first but unit 3 (same article) is alike with both other members.
    const QList<int> articles{0, 1, 2, 1};
    const QList<int> left{0, 0, 0, 2}, right{1, 2, 3, 3};
    const QList<double> similarity{0.9, 0.6, 0.55, 0.5};
    QTest::addRow("a better statement takes its article's place") << articles << left << right << similarity << 1 << QList<int>{0, 2, 3};
    QTest::addRow("first member stays when replacing is off") << articles << left << right << similarity << 0 << QList<int>{0, 1, 2};
    // Unit 3 is alike with unit 0 only: unit 1 stays.
    QTest::addRow("a statement alike with one member does not replace")
        << articles << QList<int>{0, 0, 0} << QList<int>{1, 2, 3} << QList<double>{0.9, 0.6, 0.55} << 1 << QList<int>{0, 1, 2};
    // Two members only: no others to judge the newcomer by.
    QTest::addRow("a pair is not broken up") << articles << QList<int>{0, 0} << QList<int>{1, 3} << QList<double>{0.9, 0.8} << 1
                                             << QList<int>{0, 1};
}

void TestClaims::clusters()
{
    QFETCH(QList<int>, articles);
    QFETCH(QList<int>, left);
    QFETCH(QList<int>, right);
    QFETCH(QList<double>, similarity);
    QFETCH(int, replaceWorseMembers);
    QFETCH(QList<int>, claim);
    QList<ClaimUnit> units;
    for (int u = 0; u < articles.size(); ++u)
        units.append({articles[u], {u * 100, u * 100 + 50}, {u * 100, u * 100 + 50}});
    QList<Pair> links;
    for (int i = 0; i < left.size(); ++i)
        links.append({left[i], right[i], float(similarity[i]), units[left[i]].range, units[right[i]].range});
    ClaimTuning tuning;
    tuning.replaceWorseMembers = replaceWorseMembers;
    const ClusterSet set = growClusters(links, units, 3, tuning);
    QList<int> found;
    for (const Cluster &cluster : set.clusters) {
        if (cluster.alive && cluster.units.contains(0))
            found = cluster.units;
    }
    std::sort(found.begin(), found.end());
    QCOMPARE(found, claim);
}

void TestClaims::attribution_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("source");

    QTest::addRow("according to") << QStringLiteral("According to Reuters, the talks will cover energy.") << QStringLiteral("Reuters");
    QTest::addRow("told outlet") << QStringLiteral("\"We are ready,\" Putin told Xinhua.") << QStringLiteral("Xinhua");
    QTest::addRow("the Kremlin said") << QStringLiteral("The visit will last two days, the Kremlin said.") << QStringLiteral("the Kremlin");
    QTest::addRow("agency reported") << QStringLiteral("The leaders met for three hours, Tass reported.") << QStringLiteral("Tass");
    QTest::addRow("said in a statement") << QStringLiteral("Talks were constructive, Xi said in a statement.") << QStringLiteral("Xi");
    QTest::addRow("quoted by") << QStringLiteral("\"We agree,\" Putin was quoted as saying by Xinhua.") << QStringLiteral("Xinhua");
    QTest::addRow("none") << QStringLiteral("The bridge opened on Monday.") << QString();
}

void TestClaims::attribution()
{
    QFETCH(QString, sentence);
    QFETCH(QString, source);
    QCOMPARE(findAttribution(sentence), source);
}

void TestClaims::clauses()
{
    const QString text = QStringLiteral("The bank raised its rate on Tuesday; the government cut taxes on Friday.");
    const QList<TextRange> parts = splitClauses(text, {0, text.size()});
    QCOMPARE(parts.size(), 2);
    QCOMPARE(text.mid(parts[1].start, parts[1].length()), QStringLiteral("the government cut taxes on Friday."));

    const QString list = QStringLiteral("They discussed industry, energy, space and artificial intelligence with officials.");
    QCOMPARE(splitClauses(list, {0, list.size()}).size(), 1);

    const QString quoted = QStringLiteral("He said \"we will talk to them and they will listen to us\" on Monday.");
    QCOMPARE(splitClauses(quoted, {0, quoted.size()}).size(), 1);
}

void TestClaims::uniqueAndClutter()
{
    Built b = buildCorpus(QStringLiteral("Divers recovered the ancient bronze statue from the harbour floor."),
                          QStringLiteral("The orchestra postponed its autumn tour because of a strike."));
    // Clutter sentences never become claims.
    b.sentences[1][0].clutter = true;
    const QList<Claim> claims = alignClaims(b.corpus, b.sentences, {});
    bool foundUnique = false;
    for (const Claim &c : claims) {
        for (const ClaimMember &m : c.members)
            QVERIFY(!m.range.overlaps(b.sentences[1][0].range) || m.article != 1);
        if (c.kind == ClaimKind::Unique && c.members.size() == 1 && c.members[0].article == 0 && c.members[0].range.overlaps(b.tested[0]))
            foundUnique = true;
        if (c.kind != ClaimKind::Unique)
            QCOMPARE(QSet<int>({c.members[0].article, c.members[1].article}).size(), 2);
    }
    QVERIFY(foundUnique);
}

void TestClaims::bylineLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("byline"); // the article's byline (from its page or its corpus.json)
    QTest::addColumn<bool>("furniture");
    QTest::addRow("By and names in capitals") << QStringLiteral("By TOM REED and ANN KO") << QString() << true;
    QTest::addRow("the byline's names, a separator and a date")
        << QStringLiteral("Katrin Albers (with wire reports) | 12/05/2026") << QStringLiteral("Katrin Albers") << true;
    QTest::addRow("the same line, no byline known")
        << QStringLiteral("Katrin Albers (with wire reports) | 12/05/2026") << QString() << false;
    QTest::addRow("a sentence opening with the byline's names")
        << QStringLiteral("Katrin Albers said the gates opened at noon.") << QStringLiteral("Katrin Albers") << false;
    QTest::addRow("a word opening with By") << QStringLiteral("Bystanders fled the square") << QString() << false;
}

// Claims never come from a byline line, nor do two articles' bylines make a shared claim.
void TestClaims::bylineLines()
{
    QFETCH(QString, line);
    QFETCH(QString, byline);
    QFETCH(bool, furniture);
    Built b = buildCorpus(line, line);
    for (Article &a : b.corpus.articles)
        a.byline = byline;
    QCOMPARE(b.corpus.articles[0].onBylineLine(b.tested[0]), furniture);
    bool claimed = false;
    for (const Claim &c : alignClaims(b.corpus, b.sentences, {})) {
        for (const ClaimMember &m : c.members)
            claimed = claimed || m.range.overlaps(b.tested[m.article]);
    }
    QCOMPARE(claimed, !furniture);
}

void TestClaims::restatement_data()
{
    // Article 0 states the fact in its lead and again lower down; article 1 once.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("again");
    QTest::addColumn<QString>("other");
    QTest::addRow("lead and body") << QStringLiteral("The mayor opened the new harbour bridge to traffic on Saturday morning.")
                                   << QStringLiteral(
                                          "On Saturday morning the mayor opened the new harbour bridge to traffic, officials said.")
                                   << QStringLiteral("The new harbour bridge was opened to traffic by the mayor on Saturday morning.");
    QTest::addRow("subheading") << QStringLiteral("Heavy rain flooded the old railway tunnel under the river last night.")
                                << QStringLiteral("Old railway tunnel flooded by heavy rain")
                                << QStringLiteral("Last night heavy rain flooded the old railway tunnel beneath the river.");
}

void TestClaims::restatement()
{
    QFETCH(QString, first);
    QFETCH(QString, again);
    QFETCH(QString, other);
    QStringList left = backgroundA.mid(0, 3);
    left << first << backgroundA.mid(3, 4) << again << backgroundA.mid(7);
    QStringList right = backgroundB.mid(0, 5);
    right << other << backgroundB.mid(5);
    const Many m = buildArticles({left, right});
    const QList<Claim> claims = alignClaims(m.corpus, m.sentences, {});
    // The other article's statement is one claim with the first statement, not with the repetition.
    const QList<Claim> withOther = sharedHolding(claims, m, 1, other);
    QCOMPARE(withOther.size(), 1);
    QCOMPARE(sharedHolding({withOther.first()}, m, 0, first).size(), 1);
    QCOMPARE(sharedHolding(claims, m, 0, again).size(), 0);
}

void TestClaims::headline_data()
{
    // Article 0 opens with a headline that a sentence of its body states in full.
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("other");
    QTest::addRow("headline and lead")
        << QStringLiteral("Harbour bridge opened to traffic")
        << QStringLiteral("The mayor opened the new harbour bridge to traffic on Saturday after three years of work.")
        << QStringLiteral("After three years of work the new harbour bridge was opened to traffic on Saturday by the mayor.");
}

void TestClaims::headline()
{
    QFETCH(QString, headline);
    QFETCH(QString, body);
    QFETCH(QString, other);
    QStringList left{headline};
    left << backgroundA.mid(0, 4) << body << backgroundA.mid(4);
    QStringList right = backgroundB.mid(0, 5);
    right << other << backgroundB.mid(5);
    const Many m = buildArticles({left, right});
    // The other article's statement is one claim with the body sentence; the headline is no member.
    const QList<Claim> withOther = sharedHolding(claims(m), m, 1, other);
    QCOMPARE(withOther.size(), 1);
    QCOMPARE(sharedHolding({withOther.first()}, m, 0, body).size(), 1);
    QCOMPARE(sharedHolding(claims(m), m, 0, headline).size(), 0);
}

void TestClaims::bareHeadline()
{
    // A headline that the body does not state in full joins no claim.
    const QString headline = QStringLiteral("Mayor opens new harbour bridge to traffic");
    QStringList left{headline};
    left << backgroundA;
    QStringList right = backgroundB.mid(0, 5);
    const QString other = QStringLiteral("The mayor opened the new harbour bridge to traffic on Saturday.");
    right << other << backgroundB.mid(5);
    const Many m = buildArticles({left, right});
    const QList<Claim> all = claims(m);
    QCOMPARE(sharedHolding(all, m, 0, headline).size(), 0);
    for (const Claim &c : all) {
        if (c.kind == ClaimKind::Unique)
            QVERIFY(c.members.first().article != 0 || !c.members.first().text.contains(headline));
    }
}

void TestClaims::headlineFigures_data()
{
    QTest::addColumn<bool>("asHeadlines");
    QTest::addColumn<int>("conflicts");
    // Two moments of one rescue: as headlines, each sums up the story when it was written.
    QTest::addRow("headlines") << true << 0;
    // The same words in the body of two reports give two counts of miners in the pit.
    QTest::addRow("body sentences") << false << 1;
}

void TestClaims::headlineFigures()
{
    QFETCH(bool, asHeadlines);
    QFETCH(int, conflicts);
    const QString left = QStringLiteral("Seven miners trapped in Silesian pit after roof falls in");
    const QString right = QStringLiteral("Four miners rescued from Silesian pit");
    const auto article = [&](const QString &statement, const QStringList &background) {
        QStringList lines = asHeadlines ? QStringList{statement} : QStringList{};
        lines << background.mid(0, 5);
        if (!asHeadlines)
            lines << statement + u'.';
        return lines << background.mid(5);
    };
    const Many m = buildArticles({article(left, backgroundA), article(right, backgroundB)});
    int found = 0;
    for (const Claim &c : claims(m))
        found += c.kind == ClaimKind::Conflict && c.slot == u"count";
    QCOMPARE(found, conflicts);
}

void TestClaims::storySubject()
{
    // The story's subject is in many sentences of every report, so it weighs little; two
    // reports that say the same thing of it still state one fact.
    // Here "roof" is in about a third of the sentences, as a story's subject is.
    QList<QStringList> articles;
    const QStringList *background[3] = {&backgroundA, &backgroundB, &backgroundA};
    const QString who[3] = {QStringLiteral("the bishop"), QStringLiteral("the mayor"), QStringLiteral("a roofer")};
    for (int a = 0; a < 3; ++a) {
        articles.append(QStringList{
                            QStringLiteral("Fire ravaged the roof of the Lund cathedral, %1 said.").arg(who[a]),
                            QStringLiteral("The roof had been restored in the 1990s at great cost."),
                            QStringLiteral("Crowds watched the roof burn from the square below."),
                        }
                        + *background[a]);
    }
    articles[0] << QStringLiteral("The burning roof caved in shortly after 11 p.m.");
    articles[1] << QStringLiteral("Just after 11pm the blazing roof caved in with a roar.");
    const Many m = buildArticles(articles);
    QCOMPARE(sharedHolding(claims(m), m, 0, QStringLiteral("caved in shortly")).size(), 1);
}

void TestClaims::repeatedClaims_data()
{
    QTest::addColumn<QList<int>>("kinds");     // ClaimKind of each claim, in order
    QTest::addColumn<QList<int>>("firstEnds"); // end of each claim's first member (the second is the same for all)
    QTest::addColumn<QList<int>>("kept");      // indices of the claims kept
    QTest::addColumn<bool>("keepShared");      // keepSharedBesideConflict
    const int shared = int(ClaimKind::Shared), conflict = int(ClaimKind::Conflict);
    QTest::addRow("same members twice") << QList<int>{shared, shared} << QList<int>{10, 10} << QList<int>{0} << false;
    QTest::addRow("other members") << QList<int>{shared, shared} << QList<int>{10, 12} << QList<int>{0, 1} << false;
    QTest::addRow("the conflict stays") << QList<int>{shared, conflict} << QList<int>{10, 10} << QList<int>{1} << false;
    QTest::addRow("a shared claim of other members stays")
        << QList<int>{shared, conflict} << QList<int>{12, 10} << QList<int>{0, 1} << false;
    QTest::addRow("beside: both stay") << QList<int>{shared, conflict} << QList<int>{10, 10} << QList<int>{0, 1} << true;
    QTest::addRow("beside: same members twice")
        << QList<int>{shared, shared, conflict, conflict} << QList<int>{10, 10, 10, 10} << QList<int>{0, 2} << true;
}

void TestClaims::repeatedClaims()
{
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, firstEnds);
    QFETCH(QList<int>, kept);
    QFETCH(bool, keepShared);
    QList<Claim> claims;
    for (int i = 0; i < kinds.size(); ++i) {
        Claim c;
        c.kind = ClaimKind(kinds[i]);
        c.id = QString::number(i);
        c.members = {ClaimMember{0, {0, firstEnds[i]}, {}, {}}, ClaimMember{1, {5, 30}, {}, {}}};
        claims.append(c);
    }
    dropRepeatedClaims(claims, keepShared);
    QStringList ids;
    for (const Claim &c : std::as_const(claims))
        ids << c.id;
    QStringList expected;
    for (int i : std::as_const(kept))
        expected << QString::number(i);
    QCOMPARE(ids, expected);
}

void TestClaims::secondStatement()
{
    // Three articles state a fact; the first also states it again inside a long
    // sentence about other things. That second statement pairs with no one: the
    // claim already has the first article.
    const QStringList close{
        QStringLiteral("The museum will return the stolen golden mask to the temple in Kathmandu next month."),
        QStringLiteral("Next month the museum will return the stolen golden mask to the Kathmandu temple."),
        QStringLiteral("The stolen golden mask will be returned by the museum to the temple in Kathmandu next month."),
    };
    const QString again =
        QStringLiteral("In a long statement about its collections, opening hours, budgets, staff and repairs to the roof, the director "
                       "said the museum will return the "
                       "stolen golden mask to the temple in Kathmandu next month, with several exhibitions travelling abroad.");
    QList<QStringList> articles;
    const QStringList *background[2] = {&backgroundA, &backgroundB};
    for (int a = 0; a < 3; ++a) {
        const QStringList &lines = *background[a % 2];
        QStringList text = lines.mid(a, 3);
        text << close[a] << lines.mid(a + 3, 3);
        if (a == 0)
            text << again;
        text << lines.mid(a + 6, 1);
        articles << text;
    }
    const Many m = buildArticles(articles);
    const QList<Claim> all = claims(m);
    const QList<Claim> shared = sharedHolding(all, m, 0, close[0]);
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.first().members.size(), 3);
    QCOMPARE(sharedHolding(all, m, 0, again).size(), 0);
}

void TestClaims::joinsWholeClaim_data()
{
    // Three articles state a fact in much the same words; a fourth in its own,
    // alike with each of them, though not enough for a link with any one alone.
    QTest::addColumn<QStringList>("close");
    QTest::addColumn<QString>("loose");
    QTest::addColumn<int>("members");
    QTest::addRow("paraphrase joins")
        << QStringList{
               QStringLiteral("The museum will return the stolen golden mask to the temple in Kathmandu next month."),
               QStringLiteral("Next month the museum will return the stolen golden mask to the Kathmandu temple."),
               QStringLiteral("The stolen golden mask will be returned by the museum to the temple in Kathmandu next month."),
           }
        << QStringLiteral("Curators said on Friday that following long, difficult talks with insurers, lawyers or police, the mask, stolen decades ago, would go back to its temple in the Nepali capital, Kathmandu.")
        << 4;
    QTest::addRow("other fact stays out")
        << QStringList{
               QStringLiteral("The museum will return the stolen golden mask to the temple in Kathmandu next month."),
               QStringLiteral("Next month the museum will return the stolen golden mask to the Kathmandu temple."),
               QStringLiteral("The stolen golden mask will be returned by the museum to the temple in Kathmandu next month."),
           }
        << QStringLiteral("Tourists queued for hours outside the museum to see the new exhibition of ancient coins.")
        << 3;
}

void TestClaims::joinsWholeClaim()
{
    QFETCH(QStringList, close);
    QFETCH(QString, loose);
    QFETCH(int, members);
    QList<QStringList> articles;
    const QStringList *background[2] = {&backgroundA, &backgroundB};
    for (int a = 0; a < 4; ++a) {
        const QStringList &lines = *background[a % 2];
        QStringList text = lines.mid(a, 4);
        text << (a < 3 ? close[a] : loose) << lines.mid(a + 4, 4);
        articles << text;
    }
    const Many m = buildArticles(articles);
    const QList<Claim> claims = alignClaims(m.corpus, m.sentences, {});
    const QList<Claim> shared = sharedHolding(claims, m, 0, close[0]);
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.first().members.size(), members);
}

void TestClaims::soleCounts_data()
{
    // Two articles, each with its own sentences among the background: the counts of one noun
    // that each gives with one value are one group's size, however the sentences run.
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QString>("values"); // "left|right" of the one count conflict between them, or empty: none
    QTest::addRow("one count each: one group") << QStringList{QStringLiteral(
        "About 60 firefighters took more than two hours to bring the blaze at the Kessel depot under control.")}
                                               << QStringList{QStringLiteral(
                                                      "Some 45 firefighters are now at the scene, according to the city fire brigade.")}
                                               << "~60|~45";
    QTest::addRow("one of the group is no other size of it")
        << QStringList{QStringLiteral(
               "About 60 firefighters took more than two hours to bring the blaze at the Kessel depot under control.")}
        << QStringList{QStringLiteral("Some 45 firefighters are now at the scene, according to the city fire brigade."),
                       QStringLiteral("One firefighter has been taken to hospital with burns.")}
        << "~60|~45";
    QTest::addRow("a duration of the event") << QStringList{QStringLiteral("The thieves were gone in less than four minutes.")}
                                             << QStringList{QStringLiteral(
                                                    "They left after about six minutes, the prosecutor's office said.")}
                                             << "~4|~6";
    QTest::addRow("a noun counted twice needs its role")
        << QStringList{QStringLiteral("Seven miners were trapped underground after the tremor."),
                       QStringLiteral("Two miners were brought out alive on Friday.")}
        << QStringList{QStringLiteral("Five miners reached the surface by the evening, their families said.")} << "";
    QTest::addRow("a bound allows the other figure")
        << QStringList{QStringLiteral("More than 100 firefighters from across the region are now at the scene.")}
        << QStringList{QStringLiteral("Some 250 firefighters fought the flames through the night.")} << "";
    QTest::addRow("spans of days or more tell of other things")
        << QStringList{QStringLiteral("About half of all home loans will reset over the next six months.")}
        << QStringList{QStringLiteral("The economy shrank 0.3% in the three months to June.")} << "";
    QTest::addRow("the rest of a group is a second group")
        << QStringList{QStringLiteral("Rescuers pulled two fishermen from the water at dawn."),
                       QStringLiteral("The other two fishermen reached the harbour on a cargo ship.")}
        << QStringList{QStringLiteral("Four fishermen were flown to a hospital in Palmer Bay.")} << "";
}

void TestClaims::soleCounts()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QString, values);
    const QStringList *background[2] = {&backgroundA, &backgroundB};
    const QStringList own[2] = {left, right};
    QList<QStringList> articles;
    for (int a = 0; a < 2; ++a)
        articles << background[a]->mid(0, 5) + own[a] + background[a]->mid(5);
    const Many m = buildArticles(articles);
    QStringList found;
    for (const Claim &c : claims(m)) {
        if (c.kind == ClaimKind::Conflict && c.slot == u"count" && c.members.size() == 2 && c.members[0].article != c.members[1].article)
            found << c.members[0].value + u'|' + c.members[1].value;
    }
    QCOMPARE(found, values.isEmpty() ? QStringList() : QStringList{values});
}

void TestClaims::namedQuotes_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("wording"); // a quotation conflict joins them
    const QString stop = QStringLiteral("\"We will not stop until every one of the climbers is brought down from the ridge,\" park "
                                        "director Tomas Kerrigan told reporters.");
    QTest::addRow("one speaker's words reworded")
        << stop
        << QStringLiteral(
               "Park director Tomas Kerrigan vowed: \"We will not rest until the last climber is off the ridge, alive or dead.\"")
        << true;
    QTest::addRow("two speakers' words")
        << stop
        << QStringLiteral("Mountain guide Elena Varga vowed: \"We will not rest until the last climber is off the ridge, alive or dead.\"")
        << false;
    QTest::addRow("a pronoun speaks, named in the sentence before")
        << stop
        << QStringLiteral("Park director Tomas Kerrigan said the search would go on. \"We will not rest until the last climber is off the "
                          "ridge, alive or dead,\" he told the Herald by phone from Vellan.")
        << true;
    QTest::addRow("a pronoun speaks, another named before")
        << stop
        << QStringLiteral("Mountain guide Elena Varga said the search would go on. \"We will not rest until the last climber is off the "
                          "ridge, alive or dead,\" she told the Herald by phone from Vellan.")
        << false;
}

void TestClaims::namedQuotes()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, wording);
    const Built b = buildCorpus(left, right);
    QList<QList<Sentence>> sentences = b.sentences;
    bool found = false;
    for (const Claim &c : claimsJoining(alignClaims(b.corpus, sentences, {}), b))
        found = found || (c.kind == ClaimKind::Conflict && c.slot == u"quote");
    QCOMPARE(found, wording);
}

void TestClaims::contractions_data()
{
    // One quotation, one outlet writing a contraction where another writes the words.
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("differs"); // a wording that changes what was said (not only function words)
    QTest::addRow("a contraction is its words") << QStringLiteral("We will not rest until every one of the climbers is home")
                                                << QStringLiteral("We won't rest until every one of the climbers is home") << false;
    QTest::addRow("the verb after a contraction is compared") << QStringLiteral("They have taken the soul of this old theatre")
                                                              << QStringLiteral("They've ripped the soul out of this old theatre") << true;
}

void TestClaims::contractions()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, differs);
    const QuoteComparison cmp = compareQuotes(left, {0, left.size()}, right, {0, right.size()});
    QVERIFY(cmp.sameUtterance);
    QCOMPARE(cmp.differs && !cmp.minor, differs);
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
