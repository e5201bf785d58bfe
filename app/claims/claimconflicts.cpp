// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimconflicts.h"

#include "gazetteer.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// tr() with the context "ClaimConflicts", in a form lupdate reads.
struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ClaimConflicts)
};

const Entity *entityOf(const ClaimTerm &term, const QHash<QString, const Entity *> &entities)
{
    if (!term.key.startsWith(u"E:"))
        return nullptr;
    return entities.value(term.key.mid(2), nullptr);
}

bool sameNoun(const QString &a, const QString &b)
{
    return !a.isEmpty() && (a == b || Synonyms::instance().relation(a, b) == Synonyms::Relation::Synonym);
}

// "people", "persons": a count of people of any kind.
bool countsPeople(const QString &unit)
{
    return unit == u"people" || unit == u"person" || unit == u"individual" || unit == u"man";
}

// "rescuers" ~ "rescue workers", "miners" ~ "mine workers": one counts the people doing what the
// other's pair of nouns names first (an agent noun: the qualifier with "r" or "er"); "rescue
// vehicles" are no rescuers.
bool agentOfQualifier(const ClaimNumber &agent, const ClaimNumber &pair)
{
    const QString &q = pair.qualifier;
    return !q.isEmpty() && agent.qualifier.isEmpty() && agent.unit.size() > q.size() && agent.unit.startsWith(q)
           && (agent.unit.sliced(q.size()) == u"r" || agent.unit.sliced(q.size()) == u"er") && Synonyms::instance().isPersonNoun(pair.unit);
}

bool comparableUnits(const ClaimNumber &a, const ClaimNumber &b)
{
    // "a magnitude of 7.1" ~ "a 7.4-magnitude quake": what one measures, the other names before its noun.
    if ((a.modifier && a.measure.isEmpty() && sameNoun(a.unit, b.measure))
        || (b.modifier && b.measure.isEmpty() && sameNoun(b.unit, a.measure)))
        return true;
    if (!a.measure.isEmpty() || !b.measure.isEmpty()) {
        // "a depth of 35 km" ~ "a depth of 22 kilometres": the same measure in the same unit (or none given).
        if (!sameNoun(a.measure, b.measure))
            return false;
        return a.unit.isEmpty() || b.unit.isEmpty() || a.unit == b.unit;
    }
    if (a.unit.isEmpty() || b.unit.isEmpty() || a.modifier != b.modifier)
        return false;
    if (isOccurrenceNoun(a.unit) && isOccurrenceNoun(b.unit))
        return true; // "the fourth time" ~ "on 40 occasions": both count the meetings
    // Otherwise a rank is no amount: "in the 34th minute" is a moment, "for 24 minutes" a while.
    if (a.ordinal != b.ordinal)
        return false;
    if (a.unit == b.unit || agentOfQualifier(a, b) || agentOfQualifier(b, a))
        return true;
    // "300 firefighters, paramedics and mountain rescuers" ~ "250 rescuers": one group, listed.
    if ((a.alsoCounted.contains(b.unit) && b.alsoCounted.isEmpty()) || (b.alsoCounted.contains(a.unit) && a.alsoCounted.isEmpty()))
        return true;
    // "400 residents were evacuated" ~ "some 350 people were moved out": people, counted by their
    // kind; but "four Filipinos and two Indonesians" are parts of a crew, not "five men".
    const Synonyms &wordnet = Synonyms::instance();
    if (!a.part && !b.part
        && ((countsPeople(a.unit) && wordnet.isPersonNoun(b.unit)) || (countsPeople(b.unit) && wordnet.isPersonNoun(a.unit))))
        return true;
    return sameNoun(a.unit, b.unit);
}

bool compatibleDates(const QString &a, const QString &b)
{
    return a.startsWith(b) || b.startsWith(a);
}

// Both units date what they tell, and no date of one fits a date of the other.
bool differentDates(const ClaimFeatures &a, const ClaimFeatures &b)
{
    if (a.dates.isEmpty() || b.dates.isEmpty())
        return false;
    for (const QString &x : a.dates) {
        for (const QString &y : b.dates) {
            if (compatibleDates(x, y))
                return false;
        }
    }
    return true;
}

// Two units that report two events ("a 7.8 quake in April 2016" beside this week's; "a tremor
// that killed nearly 100 people two weeks ago" beside "the quake killed at least 225"): their
// figures and times do not contradict each other.
bool differentEvents(const ClaimFeatures &a, const ClaimFeatures &b)
{
    return a.pointsBack != b.pointsBack || differentDates(a, b);
}

// The terms that matched, by side, excluding the numbers themselves.
struct Context
{
    int names = 0;
    int words = 0;
    QString firstWord; // a shared word naming what is counted or done
};

// Tokens skipFirst..skipLast of the left unit (the number being compared) do not count.
Context sharedContext(const ClaimPairMatch &match, const ClaimFeatures &left, int skipFirst, int skipLast)
{
    Context c;
    for (const TermMatch &m : match.matches) {
        const ClaimTerm &term = left.terms[m.left];
        if (term.key.startsWith(u'#') || term.key.startsWith(u'@') || (term.token >= skipFirst && term.token <= skipLast))
            continue;
        if (term.name) {
            ++c.names;
        } else {
            ++c.words;
            if (c.firstWord.isEmpty())
                c.firstWord = term.lemma;
        }
    }
    return c;
}

// Where a value stands in its unit (tokens first..last), and what it counts ("miner"; may be empty).
struct ValueSpan
{
    int first = 0;
    int last = 0;
    QString counted;
};

ValueSpan spanOf(const ClaimNumber &n)
{
    return {n.token, n.token + n.tokenCount, n.unit};
}

ValueSpan spanOf(const ClaimTime &t)
{
    return {t.token, t.token + t.tokenCount - 1, {}};
}

// The people named within `reach` tokens of a value.
// Who is named within `reach` tokens of a value, by term key: the people the analysis found,
// or anyone named there but places (entities of another type, or capitalised words).
enum class Named { People, AnyoneButPlaces };
QStringList namesNear(const ConflictSide &side, const ValueSpan &span, int reach, Named who)
{
    QStringList names;
    for (const ClaimTerm &term : side.unit.features.terms) {
        if (!term.name || term.token < span.first - reach || term.token > span.last + reach)
            continue;
        const Entity *e = entityOf(term, side.entities);
        if (who == Named::People ? (e && e->type == EntityType::Person) : !(e && e->type == EntityType::Place))
            names.append(term.key);
    }
    return names;
}

QStringList peopleNear(const ConflictSide &side, const ValueSpan &span, int reach)
{
    return namesNear(side, span, reach, Named::People);
}

bool shareAny(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&](const QString &key) { return b.contains(key); });
}

// What a value is about is told by the words around it: "seven miners were trapped" and "two
// miners were brought out alive" count miners in two roles; "the bridge collapsed at 11.40pm"
// and "the alarm sounded at 6 a.m." time two events. Two values are of one thing when a word
// or name within `reach` tokens of one matches one within reach of the other, besides the
// counted noun itself, and no two different people stand beside them ("a 52-year-old foreman"
// and "26-year-old Anna Ruiz" are two ages). A word that another figure of the sentence counts
// is that figure's ("30 children and eight adults are missing" beside "21 children and five
// adults were killed": "children" says nothing of the adults).
bool sameRole(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match, const ValueSpan &a, const ValueSpan &b,
              int reach)
{
    const auto countedByAnother = [](const ClaimFeatures &f, const ValueSpan &span, const QString &lemma) {
        return std::any_of(f.numbers.cbegin(), f.numbers.cend(),
                           [&](const ClaimNumber &n) { return n.token != span.first && !n.unit.isEmpty() && n.unit == lemma; });
    };
    const QStringList leftPeople = peopleNear(left, a, reach), rightPeople = peopleNear(right, b, reach);
    if (!leftPeople.isEmpty() && !rightPeople.isEmpty() && !shareAny(leftPeople, rightPeople))
        return false;
    const auto near = [reach](const ValueSpan &span, int token) { return token >= span.first - reach && token <= span.last + reach; };
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    for (const TermMatch &m : match.matches) {
        const ClaimTerm &lt = lf.terms[m.left];
        const ClaimTerm &rt = rf.terms[m.right];
        if (lt.key.startsWith(u'#') || lt.key.startsWith(u'@') || (!a.counted.isEmpty() && lt.lemma == a.counted)
            || (!b.counted.isEmpty() && rt.lemma == b.counted) || countedByAnother(lf, a, lt.lemma) || countedByAnother(rf, b, rt.lemma))
            continue;
        if (near(a, lt.token) && near(b, rt.token))
            return true;
    }
    return false;
}

// "since the volcano blew its top on Tuesday night": a span that starts on a day of the week
// before the article is the story's own event, which the other outlet counts too, not another span.
bool scopeFromThisWeek(const ConflictSide &side, int scope, int reach)
{
    constexpr int storyDays = 7;
    for (const ClaimTerm &term : side.unit.features.terms) {
        if (term.key.size() != 11 || !term.key.startsWith(u'@') || term.token <= scope || term.token > scope + reach)
            continue;
        const QDate day = QDate::fromString(term.key.mid(1), Qt::ISODate);
        if (day.isValid() && side.published.isValid() && day <= side.published && day.daysTo(side.published) <= storyDays)
            return true;
    }
    return false;
}

// A scope ("since") said within `reach` tokens of a value, or a period ("this week")
// after it.
bool scopedNear(const ConflictSide &side, const ValueSpan &span, int reach)
{
    const ClaimFeatures &f = side.unit.features;
    return std::any_of(f.scopeTokens.cbegin(), f.scopeTokens.cend(),
                       [&](int t) { return t >= span.first - reach && t <= span.last + reach && !scopeFromThisWeek(side, t, reach); })
           || std::any_of(f.periodTokens.cbegin(), f.periodTokens.cend(), [&](int t) { return t > span.last && t <= span.last + reach; });
}

// How far from two figures the words that give their role may stand. A bare percentage is a
// share of what stands right beside it ("Turnout was 61%", "Yes took 53.6 per cent"): a word
// further off is often another share's in the same sentence.
int roleReach(const ClaimNumber &a, const ClaimNumber &b, const ClaimTuning &tuning)
{
    const auto bareShare = [](const ClaimNumber &n) { return n.unit == u"percent" && n.measure.isEmpty(); };
    return bareShare(a) && bareShare(b) ? tuning.shareContextTokens : tuning.figureContextTokens;
}

// Words the two units share as written or as synonyms (not a looser relation: "time" ~ "dead").
int wordsInCommon(const ClaimPairMatch &match, const ClaimFeatures &left)
{
    return int(std::count_if(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        const ClaimTerm &term = left.terms[m.left];
        return m.strength >= 0.8f && !term.name && !term.key.startsWith(u'#') && !term.key.startsWith(u'@');
    }));
}

// Two reports that open a statement with a count of the same people or things ("About 300
// firefighters were sent..." ~ "Some 250 firefighters fought the flames...") give the size of
// one group, however the rest of each sentence runs, when they have a word in common besides
// what they count ("Fourteen miners were working" and "Five miners hauled out alive" do not).
bool leadingCounts(const ClaimNumber &a, const ClaimNumber &b, const ClaimTuning &tuning)
{
    const auto leads = [&](const ClaimNumber &n) {
        return n.token - n.approximatorTokens <= tuning.leadingCountTokens && !n.unit.isEmpty() && n.measure.isEmpty() && !n.modifier
               && !n.year && !n.ordinal && !isUnitOfMeasure(n.unit) && !isOccurrenceNoun(n.unit);
    };
    return leads(a) && leads(b);
}

// Whether a figure written as a bound ("more than 100", "at least 247", "over 60"; "up to nine",
// "less than four", "under 30") allows `value`.
bool boundAllows(const ClaimFeatures &f, const ClaimNumber &n, double value)
{
    const auto word = [&](int back) { return n.token - back >= 0 ? f.tokens[n.token - back].lower : QString(); };
    const bool least = (word(1) == u"than" && word(2) == u"more") || word(1) == u"over" || (word(1) == u"least" && word(2) == u"at");
    const bool most = (word(1) == u"than" && (word(2) == u"less" || word(2) == u"fewer")) || word(1) == u"under"
                      || (word(1) == u"to" && word(2) == u"up");
    return (least && value >= n.value) || (most && value <= n.value);
}

// A count of a thing (not a measure, a rank, a year, occurrences or people of any kind) that
// each article gives with one value: two such counts of one noun give the size of one group, however
// differently the sentences run ("About 60 firefighters took two hours to ..." ~ "Some 45
// firefighters are now at the substation"). Where an article counts the noun twice ("seven miners
// were trapped", "two miners were brought out"), the words around each count must tell the role.
// Spans of days or more are told of other things than the event ("three weeks after another
// crash", "over the next six months"); one of a group is no size of it. Resting on no other word in common, such counts conflict
// only when they cannot both hold: "more than 100" allows "some 250".
bool soleCountsOfOneThing(const ConflictSide &left, const ConflictSide &right, const ClaimNumber &a, const ClaimNumber &b)
{
    const auto sole = [](const ConflictSide &side, const ClaimNumber &n) {
        return side.soleCounts && side.soleCounts->contains(n.unit) && n.value != 1 && !n.modifier && !n.ordinal && !n.year && !n.part
               && n.measure.isEmpty() && !isUnitOfMeasure(n.unit) && !isOccurrenceNoun(n.unit) && !countsPeople(n.unit)
               && !isSpanOfDaysOrMore(n.unit);
    };
    return a.unit == b.unit && a.qualifier == b.qualifier && sole(left, a) && sole(right, b) && !boundAllows(left.unit.features, a, b.value)
           && !boundAllows(right.unit.features, b, a.value);
}

// A word as written that is not its own dictionary form: an inflected verb ("formed", "detained")
// or a plural, not a bare noun ("chief", "launch").
bool inflectedAt(const ClaimFeatures &f, int token)
{
    const QString &written = f.tokens[token].lower;
    return Synonyms::instance().lemma(written) != written;
}

// "police detained 14 people" ~ "Nine people were detained": a count of one noun and the same
// inflected verb right beside both counts (before the figure, or after the noun) count one act.
bool countAndActInCommon(const ClaimPairMatch &match, const ClaimFeatures &lf, const ClaimFeatures &rf, const ClaimNumber &a,
                         const ClaimNumber &b)
{
    constexpr int reach = 3; // tokens: "were later detained", "detained a further"
    if (a.unit.isEmpty() || a.unit != b.unit || a.modifier || b.modifier || a.year || b.year || a.ordinal || b.ordinal
        || isUnitOfMeasure(a.unit) || isOccurrenceNoun(a.unit))
        return false;
    const auto beside = [](const ClaimNumber &n, int token) {
        const int last = n.token + n.tokenCount - 1;
        return (token < n.token && token >= n.token - reach) || (token > last && token <= last + reach);
    };
    return std::any_of(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        const ClaimTerm &lt = lf.terms[m.left], &rt = rf.terms[m.right];
        if (m.strength < 0.8f || lt.name || lt.lemma.isEmpty() || !beside(a, lt.token) || !beside(b, rt.token))
            return false;
        // a noun that a figure counts ("30 children") is no act
        const auto counts = [](const ClaimFeatures &f, const QString &lemma) {
            return std::any_of(f.numbers.cbegin(), f.numbers.cend(), [&](const ClaimNumber &n) { return n.unit == lemma; });
        };
        if (counts(lf, lt.lemma) || counts(rf, rt.lemma))
            return false;
        return inflectedAt(lf, lt.token) && inflectedAt(rf, rt.token);
    });
}

// Whether a negation applies within `reach` tokens after a count: "the two men the helicopter
// crew could not find", "12 homes that were not insured".
bool deniedAfter(const ClaimFeatures &f, const ClaimNumber &n, int reach)
{
    const int from = n.token + n.tokenCount;
    return std::any_of(f.negatedTokens.cbegin(), f.negatedTokens.cend(), [&](int t) { return t >= from && t <= from + reach; });
}

// What a figure counts as its text writes it ("miners" for "Seven miners", not the lemma
// "miner"), or the unit's one spelling when the last word is not a word ("32%", "km").
QString countedAsWritten(const QString &text, const ClaimNumber &n)
{
    const QString written = text.mid(n.range.start, n.range.length());
    const QString last = written.section(u' ', -1).toLower();
    const bool word = !last.isEmpty() && std::all_of(last.cbegin(), last.cend(), [](QChar c) { return c.isLetter(); });
    return word && !n.unit.isEmpty() && !isUnitOfMeasure(n.unit) ? last : n.unit;
}

// "a 52-year-old foreman": an age, which belongs to one person and is compared only with that person's.
bool isAge(const ClaimNumber &n, const ClaimFeatures &f)
{
    const int after = n.token + n.tokenCount + 1;
    return n.unit == u"year" && n.modifier && after < f.tokens.size() && f.tokens[after].lower == u"old";
}

// The area a count is of, as written beside its noun: a place after it ("3,100 workers in
// Ontario") or a people's name before it ("4,800 Canadian workers"); empty when none is. Two
// spellings of one area ("Canadian", "in Canada") count as two: rare beside one count.
QString areaOfCount(const ConflictSide &side, const ClaimNumber &n)
{
    const ClaimFeatures &f = side.unit.features;
    const int first = n.token + n.tokenCount; // the word after the figure
    if (first < f.tokens.size() && f.tokens[first].capitalized && Gazetteer::instance().isDemonym(f.tokens[first].lower))
        return f.tokens[first].lower;
    int at = first + (n.qualifier.isEmpty() ? 1 : 2); // after the counted noun
    if (n.unit.isEmpty() || at >= f.tokens.size() || (f.tokens[at].lower != u"in" && f.tokens[at].lower != u"across"))
        return {};
    at += at + 1 < f.tokens.size() && f.tokens[at + 1].lower == u"the" ? 2 : 1;
    // a place the analysis found, or a name it did not type
    for (const ClaimTerm &term : f.terms) {
        const Entity *e = term.token == at && term.name ? entityOf(term, side.entities) : nullptr;
        if (term.token == at && term.name && (!e || e->type == EntityType::Place))
            return term.key;
    }
    return {};
}

// A unit every date of which lies in a year before its article's tells of an earlier event
// ("the deadliest since 1995, when a bus ... killing 17 people").
bool earlierEvent(const ConflictSide &side)
{
    const QStringList &dates = side.unit.features.eventDates;
    return side.year > 0 && !dates.isEmpty()
           && std::all_of(dates.cbegin(), dates.cend(), [&](const QString &d) { return d.left(4).toInt() < side.year; });
}

std::optional<ClaimConflict> numberConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                            const ClaimTuning &tuning)
{
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    if (lf.numbers.isEmpty() || rf.numbers.isEmpty() || differentEvents(lf, rf) || earlierEvent(left) != earlierEvent(right))
        return std::nullopt;
    // A value the other unit agrees with somewhere means they may count different things
    // ("7 fishermen rescued" beside "4 of the 7 rescued"; "53.6% against 46.4%" beside
    // "almost 54% against 46%"). Asked once per value, not once per pair.
    const auto agreedWith = [&](const QList<ClaimNumber> &values, const QList<ClaimNumber> &other) {
        QVarLengthArray<bool, 16> agreed;
        for (const ClaimNumber &n : values) {
            agreed.append(std::any_of(other.cbegin(), other.cend(), [&](const ClaimNumber &o) {
                // "160 km" beside "160 miles" is no agreement.
                const bool twoMeasures = !n.dimension.isEmpty() && !o.dimension.isEmpty() && n.unit != o.unit;
                // "128 to 100" beside "128 to 96": a tally agrees only as a whole.
                const bool tallies = (n.against >= 0 || o.against >= 0) && n.against != o.against;
                return (std::abs(o.value - n.value) < 1e-9 && !twoMeasures && !tallies)
                       || (comparableUnits(n, o) && (!figuresDisagree(n, o, tuning.approximation()) || withinRange(o, n.value)));
            }));
        }
        return agreed;
    };
    const QVarLengthArray<bool, 16> leftAgreed = agreedWith(lf.numbers, rf.numbers);
    const QVarLengthArray<bool, 16> rightAgreed = agreedWith(rf.numbers, lf.numbers);
    for (int i = 0; i < lf.numbers.size(); ++i) {
        const ClaimNumber &a = lf.numbers[i];
        for (int j = 0; j < rf.numbers.size(); ++j) {
            const ClaimNumber &b = rf.numbers[j];
            // Two conversions in brackets that differ are the outlets' own arithmetic, told of one
            // measure both state alike ("40 metres (130 feet)" and "40 metres (400ft)").
            const bool conversions = a.bracketed && b.bracketed && !a.dimension.isEmpty();
            if (!comparableUnits(a, b) || !figuresDisagree(a, b, tuning.approximation())
                || ((leftAgreed[i] || rightAgreed[j]) && !conversions))
                continue;
            // "288 votes needed" and "331 votes in favour": what a rule asks and what happened;
            // "will keep at least 4,000 jobs" and "employs 4,800": a promise and what is; a price
            // with the debt and one without. A figure in brackets repeats the one before it in
            // other units ("¥440bn ($2.95bn)").
            if (a.foreseen != b.foreseen || a.promised != b.promised || a.withDebt != b.withDebt || a.conversion || b.conversion)
                continue;
            // "pulled another 35 people out" is more of a group, not its size; "a new 48-hour strike" another strike.
            if (a.further != b.further)
                continue;
            // Outlets that count one thing differently rarely differ by a large factor: "212 killed"
            // and "home to 40,000 people" are two quantities. Occurrences are told as an ordinal
            // or a count ("the fourth time" vs "on 40 occasions") and may differ by any factor.
            const bool occurrences = isOccurrenceNoun(a.unit) || isOccurrenceNoun(b.unit);
            const double smaller = std::min(std::abs(a.value), std::abs(b.value));
            const double larger = std::max(std::abs(a.value), std::abs(b.value));
            if (!occurrences && !conversions && smaller > 0 && larger > tuning.smallCount && larger / smaller > tuning.countRatioLimit)
                continue;
            // Who and what must match besides the number: a shared word and a name or another word,
            // near both figures; an age only beside the same person.
            const Context context = sharedContext(match, lf, a.token, a.token + a.tokenCount);
            const ValueSpan as = spanOf(a), bs = spanOf(b);
            // "since the invasion", "this week" beside one figure only: a count over another span.
            if (scopedNear(left, as, tuning.figureContextTokens) != scopedNear(right, bs, tuning.figureContextTokens))
                continue;
            // "a magnitude of 7.1" names what it measures: that is its role. So does a sum or a
            // measure close to the other's in the same unit ("8.2 billion euros" ~ "the €8.5bn deal").
            const double low = std::min(std::abs(a.value), std::abs(b.value));
            // Shares are not sums: "61%" turnout and a "46.4%" No vote are close and unrelated.
            const bool closeMeasure = isUnitOfMeasure(a.unit) && a.unit != u"percent" && low > 0
                                      && std::max(std::abs(a.value), std::abs(b.value)) / low <= tuning.closeMeasureRatio;
            const bool namesMeasure = !a.measure.isEmpty() || !b.measure.isEmpty() || closeMeasure;
            // Counted nouns written differently ("rescuers", "rescue workers") are one word in common too.
            const int commonWords = wordsInCommon(match, lf) + (a.unit != b.unit ? 1 : 0);
            // "Turnout was about 64 percent" ~ "Turnout was 66.1 per cent": one named measure.
            const bool oneShare = !a.shareOf.isEmpty() && a.shareOf == b.shareOf;
            // "by 128 votes to 100" ~ "The tally was 128 to 96": tallies with a figure in common
            // count one vote.
            const bool oneTally = a.against >= 0 && b.against >= 0 && (a.value == b.value || a.against == b.against);
            if (!(leadingCounts(a, b, tuning) && commonWords >= 2) && !soleCountsOfOneThing(left, right, a, b) && !oneShare && !oneTally
                && !countAndActInCommon(match, lf, rf, a, b)
                && (context.words < 1 || context.names + context.words < 2
                    || (!namesMeasure && !sameRole(left, right, match, as, bs, roleReach(a, b, tuning)))))
                continue;
            // "the two men the crew could not find" is a group told by what did not happen to it.
            if (deniedAfter(lf, a, tuning.figureContextTokens) != deniedAfter(rf, b, tuning.figureContextTokens))
                continue;
            // "3,100 workers in Ontario" and "4,800 Canadian workers": counts of two areas.
            const QString leftArea = areaOfCount(left, a), rightArea = areaOfCount(right, b);
            if (!leftArea.isEmpty() && !rightArea.isEmpty() && leftArea != rightArea)
                continue;
            if ((isAge(a, lf) || isAge(b, rf))
                && (peopleNear(left, as, tuning.figureContextTokens).isEmpty()
                    || peopleNear(right, bs, tuning.figureContextTokens).isEmpty()))
                continue;
            ClaimConflict c;
            // "$43 billion", "€8.2 billion": a sum keeps its currency sign.
            const bool money = a.unit.size() == 1 && !a.unit.front().isLetterOrNumber();
            const QString sign = money ? a.unit : QString();
            const bool measured = !a.measure.isEmpty() || !b.measure.isEmpty() || isUnitOfMeasure(a.unit) || money;
            const bool count = occurrences || a.ordinal || b.ordinal
                               || (std::floor(a.value) == a.value && std::floor(b.value) == b.value && !a.modifier && !measured);
            c.slot = count ? QStringLiteral("count") : QStringLiteral("number");
            // "~300": the approximation stays part of the value.
            // "5-1": a tally keeps its second figure.
            const auto tally = [](const ClaimNumber &n) { return n.against >= 0 ? u'-' + numberLabel(n.against) : QString(); };
            c.leftValue = (a.approximate ? QStringLiteral("~") : QString()) + sign + numberLabel(a.value) + tally(a);
            c.rightValue = (b.approximate ? QStringLiteral("~") : QString()) + sign + numberLabel(b.value) + tally(b);
            const QString what = occurrences            ? ConflictText::tr("times (%1)").arg(context.firstWord)
                                 : !a.measure.isEmpty() ? a.measure
                                 : !b.measure.isEmpty() ? b.measure
                                                        : countedAsWritten(left.text, a);
            // The kind of difference: figures that cannot both hold, or rough figures that differ.
            c.reason = money && a.measure.isEmpty() && b.measure.isEmpty()
                           ? ConflictText::tr("%1 vs. %2: sums of money that differ").arg(c.leftValue, c.rightValue)
                       : a.approximate || b.approximate
                           ? ConflictText::tr("%1 vs. %2: approximate numbers of %3 that differ").arg(c.leftValue, c.rightValue, what)
                           : ConflictText::tr("%1 vs. %2: number of %3").arg(c.leftValue, c.rightValue, what);
            return c;
        }
    }
    return std::nullopt;
}

// "at about 3:40 a.m. (0140 GMT)": a time in a named zone in brackets right after another time is
// that moment converted.
bool convertedTime(const QString &text, const QList<ClaimTime> &times, const ClaimTime &t)
{
    const qsizetype open = text.lastIndexOf(u'(', t.range.start);
    if (t.zone.isEmpty() || open < 0 || !text.mid(open + 1, t.range.start - open - 1).trimmed().isEmpty())
        return false;
    return std::any_of(times.cbegin(), times.cend(), [&](const ClaimTime &before) {
        return before.range.end <= open && text.mid(before.range.end, open - before.range.end).trimmed().isEmpty();
    });
}

// The times a unit gives to compare with another's: a report that names no zone gives local
// time, so a conversion into a named zone is left out beside it.
QList<ClaimTime> comparableTimes(const ConflictSide &side, const QList<ClaimTime> &otherTimes)
{
    const QList<ClaimTime> &times = side.unit.features.times;
    if (std::any_of(otherTimes.cbegin(), otherTimes.cend(), [](const ClaimTime &t) { return !t.zone.isEmpty(); }))
        return times;
    QList<ClaimTime> kept;
    for (const ClaimTime &t : times) {
        if (!convertedTime(side.text, times, t))
            kept.append(t);
    }
    return kept;
}

// Two accounts of one event at times of day that cannot be one moment: no time of
// one agrees with any time of the other (a unit may give one moment in two zones).
std::optional<ClaimConflict> timeConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                          const ClaimTuning &tuning)
{
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    // A word of the event in common, or many names, places and dates ("the Nightjet derailed
    // between Jenbach and Brixlegg on Saturday" ~ "ran into a landslide between Jenbach and ...").
    if (lf.times.isEmpty() || rf.times.isEmpty() || match.similarity < tuning.sameEventSimilarity
        || (match.contentMatches < 1 && match.anchorMatches < tuning.sameEventAnchors) || differentEvents(lf, rf))
        return std::nullopt;
    // "8:30 a.m. ET" is EST or EDT by the day each article was written.
    const auto onPublished = [](const QList<ClaimTime> &times, const QDate &day) {
        QList<ClaimTime> resolved;
        for (const ClaimTime &t : times)
            resolved.append(onDay(t, day));
        return resolved;
    };
    const QList<ClaimTime> leftTimes = onPublished(comparableTimes(left, rf.times), left.published),
                           rightTimes = onPublished(comparableTimes(right, lf.times), right.published);
    const ClaimTime *differing[2] = {nullptr, nullptr};
    for (const ClaimTime &a : leftTimes) {
        for (const ClaimTime &b : rightTimes) {
            if (timesAgree(a, b, tuning.timeToleranceMinutes, tuning.approximateTimeMinutes))
                return std::nullopt;
            if (!differing[0] && sameRole(left, right, match, spanOf(a), spanOf(b), tuning.figureContextTokens)) {
                differing[0] = &a;
                differing[1] = &b;
            }
        }
    }
    if (!differing[0])
        return std::nullopt; // times of other events told in the same sentences
    const ClaimTime &a = *differing[0];
    const ClaimTime &b = *differing[1];
    ClaimConflict c;
    c.slot = QStringLiteral("time");
    c.leftValue = left.text.mid(a.range.start, a.range.length());
    c.rightValue = right.text.mid(b.range.start, b.range.length());
    c.reason = ConflictText::tr("%1 vs. %2: a different time of day").arg(c.leftValue, c.rightValue);
    return c;
}

// The same time of day to the minute in both units ("at 15:12 on Saturday" ~ "on Friday 4/12 at
// 15.12"): one moment, which two outlets are unlikely to give to two events.
bool exactTimeInCommon(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match)
{
    const auto exactAt = [](const ClaimFeatures &f, int token) {
        return std::any_of(f.times.cbegin(), f.times.cend(), [&](const ClaimTime &t) { return t.token == token && !t.approximate; });
    };
    const ClaimFeatures &lf = left.unit.features, &rf = right.unit.features;
    return std::any_of(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        return lf.terms[m.left].key.startsWith(u"#T") && exactAt(lf, lf.terms[m.left].token) && exactAt(rf, rf.terms[m.right].token);
    });
}

// "Odessa formed in the Coral Sea last Thursday" ~ "Odessa formed on Wednesday, December 2": one
// name doing one thing, the same word (or a synonym) right after the name's words in both, is
// one event, however unlike the rest; not a noun after the name ("Karbonia chief executive").
bool nameAndActInCommon(const ClaimPairMatch &match, const ClaimFeatures &lf, const ClaimFeatures &rf)
{
    const auto rightAfter = [](const ClaimFeatures &f, int name, int word) {
        int last = name;
        while (last + 1 < word && f.tokens[last + 1].capitalized)
            ++last;
        // an inflected verb ("formed", "struck"), not a noun ("chief", "launch")
        return word == last + 1 && inflectedAt(f, word);
    };
    for (const TermMatch &n : match.matches) {
        if (!lf.terms[n.left].name)
            continue;
        for (const TermMatch &w : match.matches) {
            const ClaimTerm &lw = lf.terms[w.left], &rw = rf.terms[w.right];
            if (w.strength >= 0.8f && !lw.name && !lw.lemma.isEmpty() && rightAfter(lf, lf.terms[n.left].token, lw.token)
                && rightAfter(rf, rf.terms[n.right].token, rw.token))
                return true;
        }
    }
    return false;
}

// "will be questioned on Wednesday" ~ "plans to question the managers next Tuesday": a verb in
// common, in a past or present participle on one side at least, is an act both report.
bool actInCommon(const ClaimPairMatch &match, const ClaimFeatures &lf, const ClaimFeatures &rf)
{
    const auto participle = [](const ClaimFeatures &f, int token) {
        const QString &w = f.tokens[token].lower;
        return (w.endsWith(u"ed") || w.endsWith(u"ing")) && inflectedAt(f, token);
    };
    return std::any_of(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        const ClaimTerm &l = lf.terms[m.left], &r = rf.terms[m.right];
        return m.strength >= 0.8f && !l.name && !l.lemma.isEmpty() && (participle(lf, l.token) || participle(rf, r.token));
    });
}

// "the first case was recorded on November 16" ~ "dates the first case to November 18": the first
// of a kind happens once, so one noun after "first" (a word between allowed: "the first assembly
// elections"; and a count: "the first 5 million doses") in both units names one event.
bool firstOfOneKindInCommon(const ClaimPairMatch &match, const ClaimFeatures &lf, const ClaimFeatures &rf)
{
    const auto afterFirst = [](const ClaimFeatures &f, int token) {
        int t = token - 1;
        while (t >= 0 && std::any_of(f.numbers.cbegin(), f.numbers.cend(), [&](const ClaimNumber &n) {
                   return t >= n.token && t < n.token + std::max(1, n.tokenCount);
               }))
            --t;
        return (t >= 0 && f.tokens[t].lower == u"first") || (t >= 1 && f.tokens[t - 1].lower == u"first");
    };
    return std::any_of(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        const ClaimTerm &l = lf.terms[m.left];
        return m.strength >= 0.8f && !l.name && !l.lemma.isEmpty() && afterFirst(lf, l.token) && afterFirst(rf, rf.terms[m.right].token);
    });
}

std::optional<ClaimConflict> dateConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                          const ClaimTuning &tuning)
{
    if (!differentDates(left.unit.features, right.unit.features))
        return std::nullopt; // no dates, or a date in common: any other one is about something else
    // "Tomorrow we start work" in two outlets that date the speech a day apart: a date written
    // alike in both is one date, however the two articles' days read it.
    for (const QString &written : left.unit.features.writtenDates) {
        if (right.unit.features.writtenDates.contains(written))
            return std::nullopt;
    }
    if (match.similarity < tuning.sameFactSimilarity
        && !(match.similarity >= tuning.sameDateFactSimilarity && actInCommon(match, left.unit.features, right.unit.features))
        && !(match.similarity >= tuning.sameEventSimilarity
             && (exactTimeInCommon(left, right, match) || nameAndActInCommon(match, left.unit.features, right.unit.features)
                 || firstOfOneKindInCommon(match, left.unit.features, right.unit.features))))
        return std::nullopt;
    // "warnings as early as 2019" beside "last night MSPs demanded": a year before the
    // article's on one side only dates an earlier event, not this one otherwise.
    if (earlierEvent(left) != earlierEvent(right))
        return std::nullopt;
    // Another date and other figures as well: two events alike, not one told two ways.
    for (const ClaimNumber &a : left.unit.features.numbers) {
        for (const ClaimNumber &b : right.unit.features.numbers) {
            if (!a.year && !b.year && comparableUnits(a, b) && figuresDisagree(a, b, tuning.approximation()))
                return std::nullopt;
        }
    }
    ClaimConflict c;
    c.slot = QStringLiteral("date");
    c.leftValue = left.unit.features.dates.first();
    c.rightValue = right.unit.features.dates.first();
    c.reason = ConflictText::tr("%1 vs. %2: different dates").arg(c.leftValue, c.rightValue);
    return c;
}

std::optional<ClaimConflict> negationConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                              const ClaimTuning &tuning)
{
    if (match.similarity < tuning.sameFactSimilarity)
        return std::nullopt;
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    for (const TermMatch &m : match.matches) {
        const bool ln = lf.negatedTokens.contains(lf.terms[m.left].token);
        const bool rn = rf.negatedTokens.contains(rf.terms[m.right].token);
        if (ln == rn)
            continue;
        // Any other negation on the other side may be a rephrasing ("refuses to" ~ "did not").
        if ((ln && !rf.negatedTokens.isEmpty()) || (rn && !lf.negatedTokens.isEmpty()))
            return std::nullopt;
        ClaimConflict c;
        c.slot = QStringLiteral("negation");
        const ClaimToken &lt = lf.tokens[lf.terms[m.left].token];
        const ClaimToken &rt = rf.tokens[rf.terms[m.right].token];
        const QString lword = left.text.mid(lt.range.start, lt.range.length());
        const QString rword = right.text.mid(rt.range.start, rt.range.length());
        c.leftValue = ln ? ConflictText::tr("not %1").arg(lword) : lword;
        c.rightValue = rn ? ConflictText::tr("not %1").arg(rword) : rword;
        c.reason = ConflictText::tr("\"%1\" vs. \"%2\": one report denies what the other states").arg(c.leftValue, c.rightValue);
        return c;
    }
    return std::nullopt;
}

// The states of resources/gazetteers/states.txt, by the word that says them.
struct StateWord
{
    QString group;
    QString state;
};

const QHash<QString, StateWord> &stateWords()
{
    static const QHash<QString, StateWord> words = [] {
        QHash<QString, StateWord> map;
        for (const QStringList &fields : Gazetteer::readList(QStringLiteral("states.txt"))) {
            if (fields.size() != 3)
                continue;
            for (const QString &word : fields[2].split(u' ', Qt::SkipEmptyParts))
                map.insert(word, {fields[0], fields[1]});
        }
        return map;
    }();
    return words;
}

// A state word right before another noun than its group's says what kind that thing is, not
// what state someone is in: "the most serious rail accident", "serious accidents" (but "in
// critical condition", "still critical as ...").
bool qualifiesAThing(const QList<ClaimToken> &tokens, int last, const StateWord &word)
{
    if (last + 1 >= tokens.size() || tokens[last + 1].range.start - tokens[last].range.end != 1)
        return false;
    const QString &next = tokens[last + 1].lower;
    return !next.isEmpty() && next.front().isLetter() && !isStopWord(next) && next != word.group;
}

// The state word at token `t` ("critical", "life-threatening" written as two tokens), or none;
// `written` is set to where it stands.
const StateWord *stateAt(const QList<ClaimToken> &tokens, int t, TextRange &written)
{
    const QHash<QString, StateWord> &words = stateWords();
    if (tokens[t].hyphenAfter && t + 1 < tokens.size()) {
        if (const auto joined = words.constFind(tokens[t].lower + u'-' + tokens[t + 1].lower); joined != words.cend()) {
            written = {tokens[t].range.start, tokens[t + 1].range.end};
            return qualifiesAThing(tokens, t + 1, *joined) ? nullptr : &*joined;
        }
    }
    written = tokens[t].range;
    const auto it = words.constFind(tokens[t].lower);
    return it == words.cend() || qualifiesAThing(tokens, t, *it) ? nullptr : &*it;
}

// One person or thing in two states that cannot hold together: "Ann Lee remains in critical
// condition" vs "Ann Lee was discharged", or in one state and no longer in it ("critical" vs "no
// longer in a life-threatening condition"). Both must name the same person (places aside), or, where
// one names no one, a word of the subject must stand beside both state words ("a firefighter
// injured ... was discharged").
// "None is said to be in a critical condition": a subject that denies ("none", "nobody", "no one")
// before a state word denies it, however far the verb keeps them apart.
bool deniedBySubject(const QList<ClaimToken> &tokens, int state)
{
    constexpr int reach = 12; // tokens before the state word ("None of the injured climbers is said to be in a critical")
    for (int t = state - 1; t >= 0 && t >= state - reach; --t) {
        const QString &w = tokens[t].lower;
        if (w == u"none" || w == u"nobody" || w == u"neither" || (w == u"one" && t > 0 && tokens[t - 1].lower == u"no"))
            return true;
    }
    return false;
}

bool dateInCommon(const ClaimPairMatch &match, const ClaimFeatures &left)
{
    return std::any_of(match.matches.cbegin(), match.matches.cend(), [&](const TermMatch &m) {
        const QString &key = left.terms[m.left].key;
        return key.startsWith(u'@') && key.size() == 11; // "@2026-12-04": a day, not a month or a year
    });
}

// Two state words said of one subject: a name in common anywhere in the statements ("Ann Lee ...
// her condition as critical"), or, where one report names no one, a word in common beside both
// (or, with `sameDay`, the same day in both).
bool oneSubject(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match, const ValueSpan &as, const ValueSpan &bs,
                const ClaimTuning &tuning, bool sameDay)
{
    const int anywhere = int(std::max(left.unit.features.tokens.size(), right.unit.features.tokens.size()));
    const QStringList leftNames = namesNear(left, as, anywhere, Named::AnyoneButPlaces);
    const QStringList rightNames = namesNear(right, bs, anywhere, Named::AnyoneButPlaces);
    if (shareAny(leftNames, rightNames))
        return true;
    if (!(leftNames.isEmpty() || rightNames.isEmpty()) || match.contentMatches < 1)
        return false;
    return sameRole(left, right, match, as, bs, tuning.figureContextTokens) || (sameDay && dateInCommon(match, left.unit.features));
}

std::optional<ClaimConflict> stateConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                           const ClaimTuning &tuning)
{
    if (match.contentMatches < 1)
        return std::nullopt;
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    for (int t = 0; t < lf.tokens.size(); ++t) {
        TextRange aText, bText;
        const StateWord *a = stateAt(lf.tokens, t, aText);
        if (!a)
            continue;
        const bool leftDenied = lf.negatedTokens.contains(t) || deniedBySubject(lf.tokens, t);
        for (int u = 0; u < rf.tokens.size(); ++u) {
            const StateWord *b = stateAt(rf.tokens, u, bText);
            if (!b || b->group != a->group)
                continue;
            const bool rightDenied = rf.negatedTokens.contains(u) || deniedBySubject(rf.tokens, u);
            const bool excluding = b->state != a->state ? !leftDenied && !rightDenied : leftDenied != rightDenied;
            if (!excluding)
                continue;
            const ValueSpan as{t, t, {}}, bs{u, u, {}};
            if (!oneSubject(left, right, match, as, bs, tuning, false))
                continue;
            ClaimConflict c;
            c.slot = QStringLiteral("state");
            c.leftValue = left.text.mid(aText.start, aText.length());
            c.rightValue = right.text.mid(bText.start, bText.length());
            if (leftDenied)
                c.leftValue = ConflictText::tr("not %1").arg(c.leftValue);
            if (rightDenied)
                c.rightValue = ConflictText::tr("not %1").arg(c.rightValue);
            c.reason = ConflictText::tr("%1 vs. %2: states that exclude each other").arg(c.leftValue, c.rightValue);
            return c;
        }
    }
    return std::nullopt;
}

// A word said of its subject as its state, not a word that sorts a thing ("the private sector",
// "the first launch"): after a verb of being or remaining with at most two small words between
// ("remains closed", "was still not open"), or a verb that undoes a state, inflected ("reopened
// on Monday"), not after "to".
bool statedOfSubject(const QList<ClaimToken> &tokens, int t, const QString &lemma)
{
    static const QSet<QString> being = {
        QStringLiteral("is"),      QStringLiteral("are"),      QStringLiteral("was"),    QStringLiteral("were"),
        QStringLiteral("be"),      QStringLiteral("been"),     QStringLiteral("being"),  QStringLiteral("remain"),
        QStringLiteral("remains"), QStringLiteral("remained"), QStringLiteral("stay"),   QStringLiteral("stays"),
        QStringLiteral("stayed"),  QStringLiteral("become"),   QStringLiteral("became"), QStringLiteral("becomes")};
    const bool nounAfter = t + 1 < tokens.size() && !tokens[t + 1].lower.isEmpty() && tokens[t + 1].lower.front().isLetter()
                           && !isStopWord(tokens[t + 1].lower);
    if (nounAfter)
        return false;
    for (int k = t - 1; k >= 0 && k >= t - 3; --k) {
        if (being.contains(tokens[k].lower))
            return true;
        if (!isStopWord(tokens[k].lower) && tokens[k].lower != u"still")
            break;
    }
    // Other acts with opposite verbs follow each other ("runners started the race", "organisers
    // stopped the race"); an act that undoes a state is weighed by undoneOnly.
    const QString &word = tokens[t].lower;
    return lemma.startsWith(u"re") && word != lemma && (word.endsWith(u"ed") || word.endsWith(u's'))
           && !(t > 0 && tokens[t - 1].lower == u"to");
}

// "reopened" undoes "closed": it contradicts only a report that the closure lasts ("remains
// closed", "still shut"); "the airport shut" and "the airport reopened" are two moments.
bool undoneOnly(const QString &lemma, const QList<ClaimToken> &otherTokens, int other)
{
    if (!(lemma.size() > 4 && lemma.startsWith(u"re")))
        return false;
    for (int k = other - 1; k >= 0 && k >= other - 3; --k) {
        const QString &w = otherTokens[k].lower;
        if (w.startsWith(u"remain") || w == u"still" || w.startsWith(u"stay") || w.startsWith(u"continu"))
            return false;
    }
    return true;
}

// One thing said to be in opposite states: "The Bruce Highway remains closed" vs "The Bruce
// Highway reopened on Monday", "the contractor lost the appeal" vs "won": words WordNet gives as
// antonyms (Synonyms::opposed), both asserted or both denied, about one subject: a name in common,
// or, where one names no one, a word in common beside both.
std::optional<ClaimConflict> oppositeConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                              const ClaimTuning &tuning)
{
    if (match.similarity < tuning.alikeFloor)
        return std::nullopt;
    const Synonyms &wordnet = Synonyms::instance();
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    // A word is opposed as written ("found", not lost) and as its lemma, unless that lemma is
    // itself another word's form: "founded" (to found) is no "found" (to find).
    // (pointers into the features: no list is built per term on this path of every pair)
    struct StateWords
    {
        std::array<const QString *, 2> words{};
        int count = 0;
    };
    const auto stateWords = [&](const ClaimFeatures &f, const ClaimTerm &t) {
        StateWords w;
        if (t.name || t.lemma.isEmpty())
            return w;
        const QString &written = f.tokens[t.token].lower;
        if (wordnet.hasOpposites(written))
            w.words[w.count++] = &written;
        if (written == t.lemma || wordnet.lemma(t.lemma) == t.lemma)
            w.words[w.count++] = &t.lemma;
        return w;
    };
    const auto opposed = [&](const StateWords &x, const StateWords &y) {
        for (int i = 0; i < x.count; ++i) {
            for (int j = 0; j < y.count; ++j) {
                if (wordnet.opposed(*x.words[i], *y.words[j]))
                    return true;
            }
        }
        return false;
    };
    QVarLengthArray<StateWords, 64> rightWords;
    for (const ClaimTerm &b : rf.terms)
        rightWords.append(stateWords(rf, b));
    for (const ClaimTerm &a : lf.terms) {
        if (a.name || a.lemma.isEmpty())
            continue;
        const StateWords aWords = stateWords(lf, a);
        for (qsizetype j = 0; j < rf.terms.size(); ++j) {
            const ClaimTerm &b = rf.terms[j];
            if (!opposed(aWords, rightWords[j]))
                continue;
            if (!statedOfSubject(lf.tokens, a.token, a.lemma) || !statedOfSubject(rf.tokens, b.token, b.lemma)
                || undoneOnly(a.lemma, rf.tokens, b.token) || undoneOnly(b.lemma, lf.tokens, a.token))
                continue;
            const bool leftDenied = lf.negatedTokens.contains(a.token) || deniedBySubject(lf.tokens, a.token);
            const bool rightDenied = rf.negatedTokens.contains(b.token) || deniedBySubject(rf.tokens, b.token);
            if (leftDenied != rightDenied)
                continue; // "not open" ~ "closed"
            const ValueSpan as{a.token, a.token, {}}, bs{b.token, b.token, {}};
            // "It remained closed on Friday morning": both dated alike is one subject too.
            if (!oneSubject(left, right, match, as, bs, tuning, true))
                continue;
            ClaimConflict c;
            c.slot = QStringLiteral("state");
            const ClaimToken &lt = lf.tokens[a.token];
            const ClaimToken &rt = rf.tokens[b.token];
            c.leftValue = left.text.mid(lt.range.start, lt.range.length());
            c.rightValue = right.text.mid(rt.range.start, rt.range.length());
            if (leftDenied) {
                c.leftValue = ConflictText::tr("not %1").arg(c.leftValue);
                c.rightValue = ConflictText::tr("not %1").arg(c.rightValue);
            }
            c.reason = ConflictText::tr("%1 vs. %2: states that exclude each other").arg(c.leftValue, c.rightValue);
            return c;
        }
    }
    return std::nullopt;
}

std::optional<ClaimConflict> entityConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                            const ClaimTuning &tuning)
{
    if (match.similarity < tuning.sameFactSimilarity)
        return std::nullopt;
    const ClaimFeatures &lf = left.unit.features;
    const ClaimFeatures &rf = right.unit.features;
    QVarLengthArray<bool, 64> matchedLeft(lf.terms.size(), false), matchedRight(rf.terms.size(), false);
    for (const TermMatch &m : match.matches) {
        matchedLeft[m.left] = true;
        matchedRight[m.right] = true;
    }
    for (int a = 0; a < lf.terms.size(); ++a) {
        const Entity *ea = matchedLeft[a] ? nullptr : entityOf(lf.terms[a], left.entities);
        if (!ea || ea->type == EntityType::Date || ea->type == EntityType::Organization)
            continue;
        for (int b = 0; b < rf.terms.size(); ++b) {
            const Entity *eb = matchedRight[b] ? nullptr : entityOf(rf.terms[b], right.entities);
            if (!eb || eb->type != ea->type || eb->id == ea->id || (ea->type == EntityType::Place && !placesOfOneScale(ea->name, eb->name)))
                continue;
            // Same role: the same word stands right before both names ("in", "minister").
            const int ta = lf.terms[a].token, tb = rf.terms[b].token;
            if (ta == 0 || tb == 0 || lf.tokens[ta - 1].lower != rf.tokens[tb - 1].lower)
                continue;
            ClaimConflict c;
            c.slot = entityTypeKey(ea->type);
            c.leftValue = ea->name;
            c.rightValue = eb->name;
            c.reason = ConflictText::tr("%1 vs. %2: a different %3 in the same role")
                           .arg(c.leftValue, c.rightValue,
                                ea->type == EntityType::Person ? ConflictText::tr("person") : ConflictText::tr("place"));
            return c;
        }
    }
    return std::nullopt;
}

} // namespace

QList<ClaimConflict> findClaimConflicts(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                        const ClaimTuning &tuning)
{
    using Finder =
        std::optional<ClaimConflict> (*)(const ConflictSide &, const ConflictSide &, const ClaimPairMatch &, const ClaimTuning &);
    // "carrying 38,000 tonnes ... at 3:40 a.m." ~ "shortly after 2am ... with about 40,000
    // tonnes": details of one fact, each of which may differ.
    static constexpr Finder details[] = {numberConflict, timeConflict, dateConflict};
    static constexpr Finder others[] = {entityConflict, stateConflict, oppositeConflict, negationConflict};
    QList<ClaimConflict> found;
    for (Finder find : details) {
        if (auto c = find(left, right, match, tuning))
            found.append(std::move(*c));
    }
    for (Finder find : others) {
        if (!found.isEmpty())
            break;
        if (auto c = find(left, right, match, tuning))
            found.append(std::move(*c));
    }
    return found;
}

std::optional<ClaimConflict> findClaimConflict(const ConflictSide &left, const ConflictSide &right, const ClaimPairMatch &match,
                                               const ClaimTuning &tuning)
{
    QList<ClaimConflict> found = findClaimConflicts(left, right, match, tuning);
    return found.isEmpty() ? std::nullopt : std::optional<ClaimConflict>(std::move(found.first()));
}

QSet<QString> soleCountedNouns(const QList<ClaimNumber> &numbers, const Approximation &approximation)
{
    QHash<QString, QList<const ClaimNumber *>> byNoun;
    QSet<QString> inGroups; // "the other two fishermen": the article counts more than one group of them
    for (const ClaimNumber &n : numbers) {
        // "One firefighter was taken to hospital": one of the group, not another size of it
        if (!n.unit.isEmpty() && !n.year && n.value != 1)
            byNoun[n.unit].append(&n);
        if (n.further)
            inGroups.insert(n.unit);
    }
    QSet<QString> sole;
    for (auto it = byNoun.cbegin(); it != byNoun.cend(); ++it) {
        const QList<const ClaimNumber *> &counts = *it;
        bool agree = true;
        for (qsizetype i = 0; agree && i < counts.size(); ++i)
            for (qsizetype j = i + 1; agree && j < counts.size(); ++j)
                agree = !figuresDisagree(*counts[i], *counts[j], approximation);
        if (agree && !inGroups.contains(it.key()))
            sole.insert(it.key());
    }
    return sole;
}

bool placesOfOneScale(const QString &a, const QString &b)
{
    const Gazetteer &gazetteer = Gazetteer::instance();
    const auto country = [&](const QString &name) {
        const QString key = Gazetteer::key(name);
        const auto entry = gazetteer.lookup(key);
        return gazetteer.isCountry(key) || (entry && gazetteer.isCountry(Gazetteer::key(entry->canonical)));
    };
    return country(a) == country(b);
}

QString conflictSlotName(const QString &slot)
{
    static const std::pair<const char *, const char *> names[] = {
        {"count", QT_TRANSLATE_NOOP("ClaimConflicts", "count")},
        {"number", QT_TRANSLATE_NOOP("ClaimConflicts", "number")},
        {"time", QT_TRANSLATE_NOOP("ClaimConflicts", "time of day")},
        {"date", QT_TRANSLATE_NOOP("ClaimConflicts", "date")},
        {"negation", QT_TRANSLATE_NOOP("ClaimConflicts", "denial")},
        {"state", QT_TRANSLATE_NOOP("ClaimConflicts", "state")},
        {"person", QT_TRANSLATE_NOOP("ClaimConflicts", "person")},
        {"place", QT_TRANSLATE_NOOP("ClaimConflicts", "place")},
        {"organization", QT_TRANSLATE_NOOP("ClaimConflicts", "organization")},
        {"quote", QT_TRANSLATE_NOOP("ClaimConflicts", "quotation")},
    };
    for (const auto &[key, name] : names) {
        if (slot == QLatin1String(key))
            return ConflictText::tr(name);
    }
    return slot;
}
