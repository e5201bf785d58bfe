// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateextractor.h"

#include <QLocale>
#include <QTest>

using Expected = QList<QPair<QString, QString>>; // (span text, value)
Q_DECLARE_METATYPE(Expected)

class TestDateExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void find_data();
    void find();
    void offsetsAreExact();
    void withoutPublicationDate();
    void label_data();
    void label();
    void throughput();
};

namespace {

// Publication dates used below, with their weekdays.
const QDate thu = QDate(2024, 5, 16);  // Thursday
const QDate fri = QDate(2024, 5, 17);  // Friday
const QDate mon = QDate(2023, 1, 9);   // Monday
const QDate dec = QDate(2022, 12, 28); // Wednesday

Expected ex(std::initializer_list<QPair<const char *, const char *>> pairs)
{
    Expected out;
    for (const auto &p : pairs)
        out.append({QString::fromUtf8(p.first), QString::fromLatin1(p.second)});
    return out;
}

} // namespace

void TestDateExtractor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestDateExtractor::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<Expected>("expected");

    auto row = [](const char *name, const char *text, QDate pub, Expected e) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << pub << e;
    };

    // Full dates in the usual news styles.
    row("us full date", "The accord was signed on October 18, 2023, in Geneva.", thu, ex({{"October 18, 2023", "2023-10-18"}}));
    row("dateline with time", "Updated March 3, 2024 06:39 AM EDT", thu, ex({{"March 3, 2024", "2024-03-03"}}));
    row("uk full date", "Voting closed on 4 July 2024 at 10pm.", thu, ex({{"4 July 2024", "2024-07-04"}}));
    row("ordinal day", "The ceasefire began on the 21st of March 2022.", thu, ex({{"21st of March 2022", "2022-03-21"}}));
    row("ordinal after month", "Talks resume on June 3rd, officials said.", thu, ex({{"June 3rd", "2024-06-03"}}));
    row("month day no year", "The ministers met on May 2 in Paris.", thu, ex({{"May 2", "2024-05-02"}}));
    row("quarter named by its month", "Output shrank 0.4 percent in the June quarter.", dec, ex({{"June", "2022-06"}}));
    row("quarter named by an abbreviated month", "Inflation: 2.4% (Sept quarter)", dec, ex({{"Sept", "2022-09"}}));
    row("period to a month", "The economy contracted in the three months to June.", dec, ex({{"June", "2022-06"}}));
    row("month name not a quarter", "June Carter sang that night.", dec, ex({}));
    row("day month no year", "Parliament sits again on 10 June.", thu, ex({{"10 June", "2024-06-10"}}));
    row("day with a period", "Updated: 7. Dec 2025, 09:15", QDate(2025, 12, 7), ex({{"7. Dec 2025", "2025-12-07"}}));
    row("number ending a sentence before a month", "The team scored 7. May was a good month.", thu, ex({}));
    row("abbreviated month", "The report, dated Oct. 18, was leaked.", thu, ex({{"Oct. 18", "2023-10-18"}}));
    row("sept abbreviation", "Flights were grounded after Sept. 11 across the region.", thu, ex({{"Sept. 11", "2023-09-11"}}));
    row("month day before noun", "Memorials marked the Sept. 11 attacks.", thu, ex({{"Sept. 11", "2023-09-11"}}));
    row("abbreviation with year", "Filed Jan 5 2021 by the clerk.", thu, ex({{"Jan 5 2021", "2021-01-05"}}));
    row("iso date", "The data set was frozen on 2024-05-16 at noon.", thu, ex({{"2024-05-16", "2024-05-16"}}));
    row("us numeric", "The invoice dated 5/16/2024 was paid.", thu, ex({{"5/16/2024", "2024-05-16"}}));
    row("day-first numeric", "Le contrat du 16/05/2024 reste valide.", thu, ex({{"16/05/2024", "2024-05-16"}}));
    row("dotted numeric", "Stand: 03.04.2023, Berlin.", thu, ex({{"03.04.2023", "2023-04-03"}}));
    row("day range", "The summit runs May 20-21 in Hiroshima.", thu, ex({{"May 20-21", "2024-05-20"}}));

    // Weekdays, resolved to the nearest such day.
    row("weekday today", "Officials arrived in Nairobi on Thursday for talks.", thu, ex({{"Thursday", "2024-05-16"}}));
    row("weekday previous day", "The vote took place on Thursday after a long debate.", fri, ex({{"Thursday", "2024-05-16"}}));
    row("weekday past week", "Protesters gathered on Sunday outside the embassy.", thu, ex({{"Sunday", "2024-05-12"}}));
    row("weekday future", "The two leaders will meet on Monday in Brussels.", thu, ex({{"Monday", "2024-05-20"}}));
    row("weekday future after", "On Saturday, the delegation is scheduled to fly home.", thu, ex({{"Saturday", "2024-05-18"}}));
    row("weekday after a verb of intent", "The operator said on Saturday it hoped to reopen the line on Tuesday.", mon,
        ex({{"Saturday", "2023-01-07"}, {"Tuesday", "2023-01-10"}}));
    row("weekday something starts from", "Two lenders have cut their floating rates from Friday.", thu, ex({{"Friday", "2024-05-17"}}));
    // A possessive weekday after "from" is the day of an event, no day something starts from.
    row("possessive weekday after from", "The toll from Tuesday's landslide stands at nine.", thu, ex({{"Tuesday", "2024-05-14"}}));
    row("weekday opening a past span", "The museum was shut from Monday to Wednesday.", thu,
        ex({{"Monday", "2024-05-13"}, {"Wednesday", "2024-05-15"}}));
    row("weekday in a plan that was to be",
        "All services were cancelled, including a recital on Sunday that was to mark the choir's jubilee.", thu,
        ex({{"Sunday", "2024-05-19"}}));
    row("weekday of a report that says what comes", "The governor said on Saturday that the province would review every slope.", mon,
        ex({{"Saturday", "2023-01-07"}}));
    row("weekday with a relative clause in the past", "A recital on Sunday that drew a full house was the last.", thu,
        ex({{"Sunday", "2024-05-12"}}));
    row("weekday evening", "Informal talks followed on Wednesday evening at the residence.", thu,
        ex({{"Wednesday evening", "2024-05-15"}}));
    row("weekday with date in parentheses", "The premier landed on Tuesday (14 May) morning.", thu,
        ex({{"Tuesday", "2024-05-14"}, {"14 May", "2024-05-14"}}));
    row("weekday with us date", "Markets closed early on Monday, May 27, for the holiday.", thu, ex({{"Monday, May 27", "2024-05-27"}}));
    row("weekday before date is one mention", "Published Tuesday 14 May 2024 at noon.", thu, ex({{"Tuesday 14 May 2024", "2024-05-14"}}));
    row("this weekday in the publication's week", "The concert planned for this Sunday was cancelled.", thu,
        ex({{"this Sunday", "2024-05-19"}}));
    row("reported deadline weekday", "Officials warned residents to stay away from the shore until Saturday.", thu,
        ex({{"Saturday", "2024-05-18"}}));
    row("state after remain", "Offices will remain closed on Monday, the mayor announced.", thu, ex({{"Monday", "2024-05-20"}}));
    row("planned weekday", "\"We were meant to fly home on Saturday,\" she said.", thu, ex({{"Saturday", "2024-05-18"}}));
    row("present state before weekday", "Schools stay shut on Monday as the river falls.", thu, ex({{"Monday", "2024-05-20"}}));
    row("abbreviated weekday before date", "Tue 14 May 2024 | 10:15", thu, ex({{"Tue 14 May 2024", "2024-05-14"}}));
    row("abbreviated weekday alone", "The Sun reported it first.", thu, ex({}));
    row("numeric date that is the publication date", "Issued on: 05/16/2024 - 10:15. Talks began on 16 May.", thu,
        ex({{"05/16/2024", "2024-05-16"}, {"16 May", "2024-05-16"}}));
    row("numeric header against prose order", "Issued on: 06/12/2025 - 10:15. The vote was held on December 5, 2025.", QDate(2025, 12, 6),
        ex({{"06/12/2025", "2025-12-06"}, {"December 5, 2025", "2025-12-05"}}));
    row("expected by weekday", "Forecasters expect the wind to drop by Monday.", thu, ex({{"Monday", "2024-05-20"}}));
    row("last weekday", "He resigned last Friday amid the scandal.", thu, ex({{"last Friday", "2024-05-10"}}));
    row("next weekday", "The court rules next Tuesday.", thu, ex({{"next Tuesday", "2024-05-21"}}));
    row("until at least a weekday", "The service has kept its red alert in force until at least Monday.", QDate(2026, 12, 5),
        ex({{"Monday", "2026-12-07"}}));
    // A weekday that ends a state lies ahead when the state's verb is a present, its perfect or an
    // infinitive; after "was" or "were" it is past.
    row("until after a present perfect", "The weather office has issued a flood warning for the valley until Sunday.", thu,
        ex({{"Sunday", "2024-05-19"}}));
    row("until after an infinitive", "Residents were told to keep their doors shut until Tuesday.", thu, ex({{"Tuesday", "2024-05-21"}}));
    row("until after a past state", "Phone lines in the valley were down until Tuesday.", thu, ex({{"Tuesday", "2024-05-14"}}));
    // A weekday after a reporting verb and the one told dates the telling; after what it reports
    // (an infinitive, a clause), what is reported.
    row("told someone on a weekday", "The manager told the Gazette on Friday that no staff would lose their jobs.", thu,
        ex({{"Friday", "2024-05-10"}}));
    row("told someone to act by a weekday", "The council told residents to leave the flats by Friday.", thu,
        ex({{"Friday", "2024-05-17"}}));
    // The present perfect takes no day of the past: a weekday it governs lies ahead, unless a noun
    // or a clause of its own dates the day.
    row("present perfect before a weekday", "The ministry has called the union to talks on Monday.", thu, ex({{"Monday", "2024-05-20"}}));
    row("present perfect before a day's event", "The union has asked for a recount of Saturday's vote.", thu,
        ex({{"Saturday", "2024-05-11"}}));
    row("present perfect before a day's own clause", "Aftershocks have followed, the worst a tremor on Monday that brought down a wall.",
        thu, ex({{"Monday", "2024-05-13"}}));
    // Two weekdays, then the two days of one month they are: each weekday is its day.
    row("weekday pair with its days", "The parties elected to the council are heard on Friday and Saturday, 17 and 18 May.", thu,
        ex({{"Friday", "2024-05-17"}, {"Saturday", "2024-05-18"}, {"18 May", "2024-05-18"}}));
    // A verb in the present simple after "he", "she" or "it" tells of a schedule: its weekday lies
    // ahead; "he says" reports, and the day stays the report's.
    row("present simple after a pronoun", "Today he visits the harbour, and on Monday he meets the fishing crews.", thu,
        ex({{"Today", "2024-05-16"}, {"Monday", "2024-05-20"}}));
    // A bare verb after "and", with its object after it, shares the "will" of the verb it is joined to.
    row("bare verb joined to a future", "The mayor will tour the harbour on Friday and meet the fishing crews on Tuesday.", thu,
        ex({{"Friday", "2024-05-17"}, {"Tuesday", "2024-05-21"}}));
    // After "and", a verb in -s before a determiner or a word in -ing is a present too; a plural
    // noun before "on" is no verb.
    row("present simple after and", "The minister toured the dunes yesterday and meets the fishing crews on Monday.", thu,
        ex({{"yesterday", "2024-05-15"}, {"Monday", "2024-05-20"}}));
    row("plural noun after and", "Strikes and walkouts on Monday closed the port.", thu, ex({{"Monday", "2024-05-13"}}));
    row("present of a reporting verb", "He says the crews on Monday were told nothing.", thu, ex({{"Monday", "2024-05-13"}}));
    // A month after a superlative is any year's month, as records count it.
    row("month after a superlative", "Kelbridge sweltered through the hottest October day in its records.", thu, ex({}));
    row("month after a superlative and for", "Rainfall was the highest for October since records began.", thu, ex({}));
    // "this", "next" and "last" before a season name that season's year.
    row("last summer", "She met her husband last summer in Orvik.", QDate(2026, 12, 4), ex({{"last summer", "2026"}}));
    row("next summer", "The couple plan to marry next summer.", QDate(2026, 12, 4), ex({{"next summer", "2027"}}));
    row("next spring before it", "The plant will reopen next spring.", QDate(2026, 1, 20), ex({{"next spring", "2026"}}));
    row("this fall", "The breach happened this fall, the firm said.", QDate(2026, 12, 4), ex({{"this fall", "2026"}}));
    row("a fall in prices", "Traders blamed this fall in prices on the weather.", QDate(2026, 12, 4), ex({}));
    row("winter spans two years", "Prices rose last winter.", QDate(2026, 12, 4), ex({}));
    // Months a recurring span runs over are any year's months; a range of one year is dated.
    row("season's months", "The monsoon season runs from June to September in Kessland.", thu, ex({}));
    row("season's month", "The ski season lasts from December, snow permitting.", thu, ex({}));
    row("range that happens once", "The exhibition ran from June to September.", thu, ex({{"June", "2023-06"}, {"September", "2023-09"}}));
    row("month after a verb near a superlative", "The hottest day came in October.", thu, ex({{"October", "2023-10"}}));
    row("participle that will governs", "The company says it will have everybody reconnected by Monday.", QDate(2026, 12, 5),
        ex({{"Monday", "2026-12-07"}}));
    row("participle of the past", "The company says it had everybody reconnected by Monday.", QDate(2026, 12, 9),
        ex({{"Monday", "2026-12-07"}}));
    // A bare weekday is the day the article gives that weekday elsewhere.
    row("weekday dated elsewhere in the article", "New attempt on Wednesday. The company aims for a new attempt on Wednesday 9.12.",
        QDate(2026, 12, 7), ex({{"Wednesday", "2026-12-09"}, {"Wednesday 9.12", "2026-12-09"}}));
    row("weekday dated elsewhere but put ahead by its tense", "The heat began on Wednesday 2/12. Residents plan a protest on Wednesday.",
        QDate(2026, 12, 7), ex({{"Wednesday 2/12", "2026-12-02"}, {"Wednesday", "2026-12-09"}}));
    row("had been scheduled", "The launch had originally been scheduled for 20 November.", QDate(2026, 12, 6),
        ex({{"20 November", "2026-11-20"}}));
    row("has been scheduled", "The launch has been scheduled for 20 November.", QDate(2026, 12, 6), ex({{"20 November", "2027-11-20"}}));
    row("starting a weekday", "The centre has extended hours starting Tuesday.", QDate(2026, 12, 5), ex({{"Tuesday", "2026-12-08"}}));
    row("present of a schedule verb", "A vaccination campaign starts on Wednesday.", QDate(2026, 12, 7), ex({{"Wednesday", "2026-12-09"}}));
    row("going without to", "Letters started going out Friday.", QDate(2026, 12, 5), ex({{"Friday", "2026-12-04"}}));
    row("going to", "Letters are going to go out Friday.", QDate(2026, 12, 5), ex({{"Friday", "2026-12-11"}}));
    // Holidays on a fixed date, where a word puts a date there.
    row("before a holiday", "More beds are promised before Christmas.", QDate(2026, 12, 7), ex({{"Christmas", "2026-12-25"}}));
    row("this holiday", "What to expect at the airport this Christmas", QDate(2026, 12, 7), ex({{"this Christmas", "2026-12-25"}}));
    row("last holiday", "Sales fell last Christmas.", QDate(2026, 3, 2), ex({{"last Christmas", "2025-12-25"}}));
    row("holiday eve", "The shops shut early on Christmas Eve.", QDate(2026, 12, 7), ex({{"Christmas Eve", "2026-12-24"}}));
    row("a holiday as a modifier dates nothing", "Christmas shopping rose and a Christmas tree went up.", QDate(2026, 12, 7), ex({}));
    row("boxing without its day", "The boxing match was cancelled.", QDate(2026, 12, 7), ex({}));
    row("next weekday of the week after", "The bill is voted on next Thursday.", QDate(2026, 12, 2), ex({{"next Thursday", "2026-12-10"}}));
    row("possessive weekday", "Sunday's runoff drew a low turnout.", thu, ex({{"Sunday", "2024-05-12"}}));
    row("holiday is not a weekday", "Retailers expect record Black Friday sales.", thu, ex({}));

    // Relative expressions.
    row("last week", "The minister, who took office last week, spoke first.", thu, ex({{"last week", "2024-05"}}));
    row("next week", "A decision is due next week.", thu, ex({{"next week", "2024-05"}}));
    row("last week in the month before", "A poll published last week put the yes side ahead.", QDate(2024, 6, 3),
        ex({{"last week", "2024-05"}}));
    row("deadline month", "The envoy must report by March on the ceasefire.", dec, ex({{"March", "2023-03"}}));
    row("agent is no deadline", "The plan was backed by May and her ministers.", dec, ex({}));
    row("this year", "Growth slowed sharply this year, the bank said.", thu, ex({{"this year", "2024"}}));
    row("last year possessive", "Last year's harvest was the worst in a decade.", thu, ex({{"Last year", "2023"}}));
    row("next year", "Elections are due next year.", dec, ex({{"next year", "2023"}}));
    row("last month across new year", "Inflation eased last month, data showed.", mon, ex({{"last month", "2022-12"}}));
    row("this month", "The law takes effect this month.", thu, ex({{"this month", "2024-05"}}));
    row("earlier this month", "Earlier this month the central bank cut rates.", thu, ex({{"this month", "2024-05"}}));
    row("yesterday", "The rebels seized the town yesterday.", thu, ex({{"yesterday", "2024-05-15"}}));
    row("today and tomorrow", "The strike continues today and tomorrow.", thu, ex({{"today", "2024-05-16"}, {"tomorrow", "2024-05-17"}}));
    row("last night", "Sirens sounded across the capital last night.", thu, ex({{"last night", "2024-05-15"}}));
    row("years ago", "The dam was built two years ago.", thu, ex({{"two years ago", "2022"}}));
    // The relative days: a weekday's night in the next morning's story is the day before;
    // "tonight" in a quotation is the night of the day the words were spoken; the small hours
    // in a story of that morning are the publication day.
    row("weekday night in the next day's story", "Fire crews fought the blaze through Sunday night.", mon,
        ex({{"Sunday night", "2023-01-08"}}));
    row("tonight in a quotation said earlier", "\"Nobody sleeps at home tonight,\" the mayor said on Saturday.", mon,
        ex({{"tonight", "2023-01-07"}, {"Saturday", "2023-01-07"}}));
    row("tonight in a quotation said today", "\"Nobody sleeps at home tonight,\" the mayor said.", mon, ex({{"tonight", "2023-01-09"}}));
    row("tomorrow in a quotation after the speaking sentence",
        "Speaking to supporters on Saturday, the mayor thanked voters. \"Tomorrow we start work,\" she said.", mon,
        ex({{"Saturday", "2023-01-07"}, {"Tomorrow", "2023-01-08"}}));
    row("small hours in the morning's story", "The fire was brought under control in the small hours.", mon,
        ex({{"the small hours", "2023-01-09"}}));
    row("small hours still to come", "Crews will stay on the roof into the small hours.", mon, ex({{"the small hours", "2023-01-10"}}));
    // A photo caption's present tense tells what the picture shows, which has happened.
    row("weekday in a photo caption", "Photo: Rescue workers look at the remains of the bridge from the east bank on Sunday. Photo: AFP",
        mon, ex({{"Sunday", "2023-01-08"}}));
    row("small hours of a weekday", "The fire was put out in the small hours of Sunday.", mon, ex({{"Sunday", "2023-01-08"}}));

    row("days ago", "He was released 3 days ago.", thu, ex({{"3 days ago", "2024-05-13"}}));
    row("over the last year is a span", "Prices rose over the last year.", thu, ex({}));

    // Months alone and with modifiers.
    row("in month", "She was elected in March by a wide margin.", thu, ex({{"March", "2024-03"}}));
    row("future month", "The company will list its shares in October.", thu, ex({{"October", "2024-10"}}));
    row("future month already past", "The new line will open in February.", thu, ex({{"February", "2025-02"}}));
    row("passive future", "The referendum will be held in March, the council said.", thu, ex({{"March", "2025-03"}}));
    row("passive past", "The deal had been signed in December.", thu, ex({{"December", "2023-12"}}));
    row("past month still to come", "The plant was closed in November.", thu, ex({{"November", "2023-11"}}));
    row("last may", "The treaty was ratified last May.", thu, ex({{"last May", "2023-05"}}));
    row("mid month", "A peace conference opens mid-June in Geneva.", thu, ex({{"mid-June", "2024-06"}}));
    row("early month", "Fighting intensified in early March.", thu, ex({{"early March", "2024-03"}}));
    row("late year", "Construction started in late 2023.", thu, ex({{"late 2023", "2023"}}));
    row("month year", "The invasion began in February 2022.", thu, ex({{"February 2022", "2022-02"}}));
    row("since month year", "Since May 2023, the envoy has visited five capitals.", thu, ex({{"May 2023", "2023-05"}}));
    row("month list", "Talks were held in April and June.", thu, ex({{"April", "2024-04"}, {"June", "2023-06"}}));
    row("unambiguous month alone", "December was the wettest month on record.", fri, ex({{"December", "2023-12"}}));

    // Years and decades.
    row("year after in", "The republic was founded in 1949.", thu, ex({{"1949", "1949"}}));
    row("year as modifier", "Brazil hosts the 2025 climate summit.", thu, ex({{"2025", "2025"}}));
    row("year before proper noun", "India will chair 2026 BRICS meetings.", thu, ex({{"2026", "2026"}}));
    row("year until", "He could stay in power until at least 2036.", thu, ex({{"2036", "2036"}}));
    row("year range", "Output fell in 2020-2021 as plants shut.", thu, ex({{"2020", "2020"}, {"2021", "2021"}}));
    row("possessive year", "Russia's 2018 election was not contested.", thu, ex({{"2018", "2018"}}));
    row("sentence-initial year", "2023 was the hottest year on record.", thu, ex({{"2023", "2023"}}));
    // A decade is a span, not the year it starts with.
    row("decade", "The region boomed in the 1990s.", thu, ex({}));
    row("short decade", "A sound straight out of the '80s.", thu, ex({}));
    row("mid decade", "Sales peaked in the mid-1970s.", thu, ex({}));
    row("pre year", "Trade has not recovered to pre-2019 levels.", thu, ex({{"2019", "2019"}}));

    // Numeric dates whose day and month could swap: the text's own order decides, else the
    // reading nearer the publication date.
    row("slash date day first by text", "Posted: 06/03/2025. The quake of 2 March killed dozens.", QDate(2025, 3, 6),
        ex({{"06/03/2025", "2025-03-06"}, {"2 March", "2025-03-02"}}));
    row("slash date month first by text", "Filed 06/03/2025, after the March 2 vote.", QDate(2025, 6, 5),
        ex({{"06/03/2025", "2025-06-03"}, {"March 2", "2025-03-02"}}));
    row("slash date unambiguous sets order", "Classes resume on 17/03/2025; report of 04/03/2025.", QDate(2025, 3, 6),
        ex({{"17/03/2025", "2025-03-17"}, {"04/03/2025", "2025-03-04"}}));
    row("slash date nearest publication", "Originally published: 05/03/2025", QDate(2025, 3, 6), ex({{"05/03/2025", "2025-03-05"}}));
    row("slash date us default", "The filing is dated 05/03/2025.", QDate(2025, 8, 1), ex({{"05/03/2025", "2025-05-03"}}));

    row("dotted date ending a sentence", "Talks must end before 01.07.2025.", QDate(2025, 6, 11), ex({{"01.07.2025", "2025-07-01"}}));
    row("dotted chain is no date", "Version 1.2.3.4 shipped.", thu, ex({}));

    // Tense: the verb of an earlier date, of a relative clause or far behind a name.
    row("earlier date keeps its verb", "He took office in 2023 and faces a runoff on April 13.", QDate(2025, 3, 3),
        ex({{"2023", "2023"}, {"April 13", "2025-04-13"}}));
    row("relative clause", "The mayor, who was elected in 2021 and faces a recall vote on June 8, resigned.", QDate(2025, 3, 3),
        ex({{"2021", "2021"}, {"June 8", "2025-06-08"}}));
    row("names do not use up the reach", "He said the county would waive fees for the concert at Bayfront Park on Saturday.",
        QDate(2025, 3, 5), ex({{"Saturday", "2025-03-08"}}));

    row("far verb when nothing nearer",
        "Kenya, which drew protests when it allowed the rebels and their many allies to hold a big political "
        "convention in Nairobi in February, welcomed the vote.",
        QDate(2025, 12, 16), ex({{"February", "2025-02"}}));
    row("another clause after the date",
        "The envoy hopes to bring both delegations to Geneva for indirect talks in the week of 19 January, although "
        "neither has confirmed.",
        QDate(2025, 12, 16), ex({{"19 January", "2026-01-19"}}));
    row("date qualifying a noun", "His rival in the April 13 runoff, Ana Ruiz of the Alianza Verde, has called for calm.",
        QDate(2025, 3, 4), ex({{"April 13", "2025-04-13"}}));
    row("look ahead past names", "By Tuesday night the dining room of his restaurant, El Manaba, was full.", QDate(2025, 3, 5),
        ex({{"Tuesday night", "2025-03-04"}}));
    row("reporting verb next to its date", "\"It will be rebuilt,\" the mayor told Radio Nord on Sunday.", QDate(2025, 11, 17),
        ex({{"Sunday", "2025-11-16"}}));
    row("weekday span is a schedule", "The shop is open Monday through Saturday.", QDate(2025, 3, 5), ex({}));
    // Words are counted as written between spaces, so a sum or a hyphenated compound does not
    // hide the verb: December 2025 stories.
    row("sum between verb and month", "A rival chain bought the bakery group for $2.75 billion in April.", QDate(2025, 12, 3),
        ex({{"April", "2025-04"}}));
    row("compound between verb and month", "The board rejected a 12-euro-per-share offer from Alvarro in July, then talked again.",
        QDate(2025, 12, 3), ex({{"July", "2025-07"}}));
    // The far look back keeps to the mention's clause.
    row("far look back keeps to its clause", "The buyer will pay 40 dollars a share, a premium of 20% to the closing price on Tuesday.",
        QDate(2025, 6, 11), ex({{"Tuesday", "2025-06-10"}}));
    // A dot before a closing quotation mark ends the quoted sentence, and its verb.
    row("quoted sentence ends before the date", "She said: \"We will not accept any delay.\" On Monday, the envoy landed in Hanoi.",
        QDate(2025, 12, 6), ex({{"Monday", "2025-12-01"}}));
    // The dot of "p.m." ends no sentence before a day's name.
    row("initials before a weekday", "The offer, announced at 9 p.m. Friday local time, shortly before trading, will lift shares.",
        QDate(2025, 12, 6), ex({{"Friday", "2025-12-05"}}));
    // A participle after "had" tells of the past, though "set" alone looks ahead ("set to").
    row("past perfect weekday", "The climbers had set off on Thursday morning for the summit.", QDate(2025, 12, 8),
        ex({{"Thursday morning", "2025-12-04"}}));
    row("past perfect intent looks ahead", "The ferry had hoped to sail on Thursday.", QDate(2025, 12, 8),
        ex({{"Thursday", "2025-12-11"}}));
    // A weekday that is the subject of its clause takes the tense of its own verb.
    row("weekday subject of a future verb", "The mayor announced that Tuesday will be a day of rest in the town.", QDate(2025, 12, 6),
        ex({{"Tuesday", "2025-12-09"}}));
    row("weekday subject of a past verb", "Officials said Tuesday was the wettest day of the year.", QDate(2025, 12, 6),
        ex({{"Tuesday", "2025-12-02"}}));
    // A number before "of" counts part of a whole; a year before "of" in a date is still one.
    row("count before of", "A group of 1500 of the city's police was sent to help.", QDate(2025, 12, 6), ex({}));
    row("year of a season", "The bridge opened in the summer of 1998 after years of work.", QDate(2025, 12, 6), ex({{"1998", "1998"}}));
    // A report straight after a weekday dates the report; the plan it reports lies later.
    row("weekday of a report of a plan", "Divers early on Friday said they will cut into the hull.", QDate(2025, 12, 6),
        ex({{"Friday", "2025-12-05"}}));
    row("weekday of a plan reported", "Divers will cut into the hull on Friday, officials said.", QDate(2025, 12, 6),
        ex({{"Friday", "2025-12-12"}}));

    row("weekday set for", "The governor declared a state holiday for Monday.", QDate(2025, 11, 23), ex({{"Monday", "2025-11-24"}}));
    row("weekday with present tense", "There is a league game against Newell's on Wednesday.", QDate(2025, 11, 24),
        ex({{"Wednesday", "2025-11-26"}}));
    row("untensed month nearer ahead", "Next up: the Recopa, in two legs in February.", QDate(2025, 11, 23), ex({{"February", "2026-02"}}));

    // A weekday before a day and month is one date, whatever the tense around it.
    row("weekday before day month ahead", "The operator expects to reconnect every home by Monday 7 December.", QDate(2025, 12, 5),
        ex({{"Monday 7 December", "2025-12-07"}}));
    // A numeric day and month after a weekday: the weekday says which order ("Friday 4/12" in a
    // paper that writes days first is 4 December).
    row("weekday day/month", "The fire broke out on Friday 4/12 near the docks.", QDate(2026, 12, 7), ex({{"Friday 4/12", "2026-12-04"}}));
    // No reading of "4/12" near the article falls on that weekday: the weekday stands alone.
    row("weekday before another figure", "The fire broke out on Friday 4/12 near the docks.", QDate(2025, 12, 8),
        ex({{"Friday", "2025-12-05"}}));
    row("weekday month/day", "Polls close on Thursday 12/4 in the state.", QDate(2025, 12, 1), ex({{"Thursday 12/4", "2025-12-04"}}));
    // A day and month after a preposition that puts a date there: the order the text's other
    // dates use, a full stop day first, the year nearest publication; never far from it.
    row("on day/month", "The bill goes to a vote on 17/12, the union said.", QDate(2026, 12, 7), ex({{"17/12", "2026-12-17"}}));
    row("on day/month last year", "The first walkout was on 26/11 and closed the schools.", QDate(2026, 1, 8),
        ex({{"26/11", "2025-11-26"}}));
    row("for day.month", "The next attempt was set for 27.11 at dawn.", QDate(2026, 12, 7), ex({{"27.11", "2026-11-27"}}));
    row("on month/day where the text writes months first", "Voting ended on May 2, 2026, and the count on 5/4.", QDate(2026, 5, 6),
        ex({{"May 2, 2026", "2026-05-02"}, {"5/4", "2026-05-04"}}));
    row("a ratio is no short date", "The motion passed on 3/4 of the votes cast.", QDate(2026, 12, 7), ex({}));
    row("a figure with a unit is no short date", "She ran for 27.11 seconds before the fall.", QDate(2026, 12, 7), ex({}));
    row("no cue no short date", "Shares rose 4/12 in the session.", QDate(2026, 12, 7), ex({}));
    // "March last year": one month of the year before.
    row("month last year", "The old plant closed in March last year after a fire.", QDate(2025, 12, 8),
        ex({{"March last year", "2024-03"}}));
    row("month next year", "The line reopens in May next year, the council said.", QDate(2025, 12, 8), ex({{"May next year", "2026-05"}}));

    row("as early as a year", "The fund had been losing money as early as 2019, the court heard.", thu, ex({{"2019", "2019"}}));
    row("as many as a number", "As many as 2019 people signed.", thu, ex({}));
    // House numbers are not years.
    row("street number", "Donations are accepted at 1101 Brickell Ave. and 1600 Pennsylvania Avenue.", thu, ex({}));

    // Traps: durations, ages, quantities, modal verbs, names, ordinals.
    row("durations", "After two years of war and a six-year term, the 12-month plan began.", thu, ex({}));
    row("two-day visit", "He began a two-day visit for 12 months of talks.", thu, ex({}));
    row("age", "At the age of 71, the 71-year-old leader retired.", thu, ex({}));
    row("quantity after number", "Some 2024 people signed the petition.", thu, ex({}));
    row("thousands separator", "Police counted 1,949 protesters.", thu, ex({}));
    row("currency", "The ticket cost $1949 at auction.", thu, ex({}));
    row("page number", "See page 1949 of the report.", thu, ex({}));
    row("clock time", "The blast happened at 10:45 and again at 1400 GMT.", thu, ex({}));
    row("span of clock times", "Trains run only at midday (1000-1400 GMT) on strike days.", thu, ex({}));
    row("modal may", "She may visit Beijing, but they may not agree.", thu, ex({}));
    row("name may", "Theresa May said the deal was dead.", thu, ex({}));
    row("name may after preposition", "The motion was backed by May and her cabinet.", thu, ex({}));
    row("march noun and verb", "A protest march blocked the road as thousands march on.", thu, ex({}));
    row("march sentence start", "March organisers said turnout was high.", thu, ex({}));
    row("ordinal anniversary", "They celebrated the 75th anniversary of ties.", thu, ex({}));
    row("points plan", "China's 12-point plan was tabled in 2023.", thu, ex({{"2023", "2023"}}));
    row("percent", "Exports rose 1200% in the period.", thu, ex({}));
    row("about quantity", "About 1500 troops crossed the border.", thu, ex({}));
    row("url", "Read https://example.com/2024/05/16/story for more.", thu, ex({}));
    row("usa today is a name", "USA Today reported the figures.", thu, ex({}));
    row("august adjective", "The august assembly voted.", thu, ex({}));
}

void TestDateExtractor::find()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(Expected, expected);
    Expected got;
    for (const DateMention &m : findDates(text, published))
        got.append({m.text, m.value});
    QCOMPARE(got, expected);
}

void TestDateExtractor::offsetsAreExact()
{
    const QString text = QStringLiteral("\U0001F4F0 Putin arrived on Thursday (16 May) \u2014 since 1949 ties grew.");
    const auto found = findDates(text, thu);
    QCOMPARE(found.size(), 3);
    for (const DateMention &m : found)
        QCOMPARE(text.mid(m.range.start, m.range.length()), m.text);
    QCOMPARE(found[0].text, QStringLiteral("Thursday"));
    QCOMPARE(found[1].text, QStringLiteral("16 May"));
    QCOMPARE(found[2].text, QStringLiteral("1949"));
}

void TestDateExtractor::withoutPublicationDate()
{
    // Relative expressions need a publication date; absolute ones do not.
    const auto found = findDates(QStringLiteral("On Thursday, last week, and on 16 May 2024 in 1949."), QDate());
    QStringList values;
    for (const DateMention &m : found)
        values << m.value;
    QCOMPARE(values, (QStringList{QStringLiteral("2024-05-16"), QStringLiteral("1949")}));
}

void TestDateExtractor::label_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::addRow("day") << QStringLiteral("2024-05-16") << QStringLiteral("16 May 2024");
    QTest::addRow("month") << QStringLiteral("2024-05") << QStringLiteral("May 2024");
    QTest::addRow("year") << QStringLiteral("2024") << QStringLiteral("2024");
    QTest::addRow("garbage kept") << QStringLiteral("soon") << QStringLiteral("soon");
}

void TestDateExtractor::label()
{
    QFETCH(QString, value);
    QFETCH(QString, label);
    QCOMPARE(dateValueLabel(value), label);
}

void TestDateExtractor::throughput()
{
    // A long text is scanned whole and every date found (speed is measured in tests/bench).
    const QString paragraph =
        QStringLiteral("The president arrived in the capital on Thursday for a two-day visit, his first trip abroad since "
                       "he began a new six-year term in May 2024. Officials said the talks would cover trade, energy and "
                       "security, and that about 40 agreements may be signed before the delegation leaves. ");
    QString text;
    for (int k = 0; k < 2000; ++k)
        text += paragraph;
    const auto found = findDates(text, thu);
    QCOMPARE(found.size(), 4000);
    QCOMPARE(found.last().text, QStringLiteral("May 2024"));
}

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "tst_dateextractor.moc"
