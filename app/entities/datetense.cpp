// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetense.h"

#include <algorithm>
#include <iterator>

using namespace DateLexicon;

namespace {

// Whether the mention sits in a relative clause opened by ", who" or ", which" that has not
// closed yet: "Andrade, who took office in 2023 and faces a runoff on April 13, cancelled".
bool inRelativeClause(const DateText &dt, int first)
{
    for (int i = first - 1; i > 0; --i) {
        if (dt.sentenceBreakAt(i) || dt.tok[i].breakBefore || dt.isPunct(i, u','))
            return false;
        if ((dt.wordIs(i, QLatin1StringView("who")) || dt.wordIs(i, QLatin1StringView("which"))) && dt.isPunct(i - 1, u','))
            return true;
    }
    return false;
}

bool isFormOfBe(const DateText &dt, int i)
{
    return dt.wordIs(i, QLatin1StringView("was")) || dt.wordIs(i, QLatin1StringView("were")) || dt.wordIs(i, QLatin1StringView("is"))
           || dt.wordIs(i, QLatin1StringView("are"));
}

bool isPerfectAuxiliary(const DateText &dt, int i)
{
    return dt.wordIs(i, QLatin1StringView("had")) || dt.wordIs(i, QLatin1StringView("has")) || dt.wordIs(i, QLatin1StringView("have"));
}

// "had been", "had originally been" just before token i.
bool pastPerfectPassive(const DateText &dt, int i)
{
    if (!dt.wordIs(i - 1, QLatin1StringView("been")))
        return false;
    const int k = dt.lowercase(i - 2) && dt.view(i - 2).endsWith(u"ly") ? i - 3 : i - 2;
    return dt.wordIs(k, QLatin1StringView("had"));
}

// "will" or "shall" at most three words before token i, in its clause.
bool willGoverns(const DateText &dt, int i)
{
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
        if (!dt.isWord(k) || dt.tok[k + 1].breakBefore)
            return false;
        if (dt.wordIs(k, QLatin1StringView("will")) || dt.wordIs(k, QLatin1StringView("shall")) || dt.wordIs(k, QLatin1StringView("ll")))
            return true;
    }
    return false;
}

// "he meets the council on Wednesday", "she flies home on Friday": a verb in the present simple
// straight after "he", "she" or "it" tells of a schedule, a day to come. "he says", "she adds"
// report (their past is a reporting verb), and words the lexicon knows keep their own roles.
bool presentAfterPronoun(const DateText &dt, int i)
{
    static constexpr QLatin1StringView subjects[] = {QLatin1StringView("he"), QLatin1StringView("she"), QLatin1StringView("it")};
    const QStringView w = dt.view(i);
    if (i == 0 || dt.tok[i].roles != 0 || !dt.lowercase(i) || !dt.tok[i].spaceBefore || w.size() < 4 || !w.endsWith(u's')
        || w.endsWith(u"ss"))
        return false;
    // "visited the town yesterday and meets fishing crews on Friday": after "and", a verb is told
    // from a plural noun by what follows it (a determiner or a word in -ing).
    static constexpr QLatin1StringView determiners[] = {QLatin1StringView("the"), QLatin1StringView("a"),   QLatin1StringView("an"),
                                                        QLatin1StringView("his"), QLatin1StringView("her"), QLatin1StringView("its")};
    const bool afterAnd =
        dt.wordIs(i - 1, QLatin1StringView("and")) && dt.isWord(i + 1) && dt.lowercase(i + 1)
        && (dt.view(i + 1).endsWith(u"ing")
            || std::any_of(std::begin(determiners), std::end(determiners), [&](QLatin1StringView d) { return dt.wordIs(i + 1, d); }));
    if (!afterAnd && std::none_of(std::begin(subjects), std::end(subjects), [&](QLatin1StringView p) { return dt.wordIs(i - 1, p); }))
        return false;
    if (w == u"says" || w == u"tells" || w == u"writes")
        return false;
    const QString past = w.chopped(1).toString() + (w.endsWith(u"es") ? QStringLiteral("d") : QStringLiteral("ed"));
    return !(DateLexicon::lookup(past).roles & Reporting);
}

// "will hear the parties on Friday and meet his advisers on Tuesday": a bare verb after "and",
// with its object's determiner after it, shares the "will" or "to" of the verb it is joined to
// (the nearest of those, or of a past tense, back in its sentence).
bool joinedToFuture(const DateText &dt, int i)
{
    static constexpr QLatin1StringView objects[] = {QLatin1StringView("the"), QLatin1StringView("a"),     QLatin1StringView("an"),
                                                    QLatin1StringView("his"), QLatin1StringView("her"),   QLatin1StringView("their"),
                                                    QLatin1StringView("its"), QLatin1StringView("our"),   QLatin1StringView("them"),
                                                    QLatin1StringView("him"), QLatin1StringView("every"), QLatin1StringView("all")};
    const QStringView w = dt.view(i);
    if (i < 2 || dt.tok[i].roles != 0 || !dt.lowercase(i) || !dt.wordIs(i - 1, QLatin1StringView("and")) || w.size() < 3 || w.endsWith(u's')
        || w.endsWith(u"ed") || w.endsWith(u"ing") || w.endsWith(u"ly")
        || std::none_of(std::begin(objects), std::end(objects), [&](QLatin1StringView o) { return dt.wordIs(i + 1, o); }))
        return false;
    for (int k = i - 2; k >= 0; --k) {
        if (dt.sentenceBreakAt(k) || dt.tok[k + 1].breakBefore)
            return false;
        if (!dt.isWord(k))
            continue;
        if (dt.wordIs(k, QLatin1StringView("will")) || dt.wordIs(k, QLatin1StringView("shall")) || dt.wordIs(k, QLatin1StringView("to")))
            return true;
        if (dt.tok[k].roles & PastCue)
            return false;
    }
    return false;
}

} // namespace

Tense tenseOfWord(const DateText &dt, int i)
{
    // "the remains of the bridge", "the injured": a word after a determiner is a noun, no verb.
    static constexpr QLatin1StringView determiners[] = {QLatin1StringView("the"),  QLatin1StringView("a"),     QLatin1StringView("an"),
                                                        QLatin1StringView("its"),  QLatin1StringView("their"), QLatin1StringView("his"),
                                                        QLatin1StringView("her"),  QLatin1StringView("our"),   QLatin1StringView("these"),
                                                        QLatin1StringView("those")};
    if (i > 0 && dt.lowercase(i - 1)
        && std::any_of(std::begin(determiners), std::end(determiners), [&](QLatin1StringView d) { return dt.wordIs(i - 1, d); }))
        return Tense::None;
    const quint32 r = dt.tok[i].roles;
    // "letters started going out Friday": "going" looks ahead only as "going to".
    if (dt.wordIs(i, QLatin1StringView("going")) && !dt.wordIs(i + 1, QLatin1StringView("to")))
        return Tense::None;
    if (r & FutureCue) {
        // "had set off": a participle after a perfect auxiliary tells of the past, though "set"
        // alone looks ahead ("set to"), unless it looks ahead itself ("had hoped to").
        if (isPerfectAuxiliary(dt, i - 1) && dt.lowercase(i) && !dt.wordIs(i + 1, QLatin1StringView("to")))
            return Tense::Past;
        // "had (originally) been scheduled for": a plan of the past, since changed.
        if (pastPerfectPassive(dt, i))
            return Tense::Past;
        return Tense::Future;
    }
    if (dt.wordIs(i, QLatin1StringView("be")) && dt.wordIs(i - 1, QLatin1StringView("to")))
        return Tense::Future;
    // "a concert that was to mark the anniversary", "talks are to resume": what was or is
    // planned lies ahead, whatever the tense of "was".
    if (isFormOfBe(dt, i) && dt.wordIs(i + 1, QLatin1StringView("to")) && dt.isWord(i + 2) && dt.lowercase(i + 2))
        return Tense::Future;
    if (presentAfterPronoun(dt, i) || joinedToFuture(dt, i))
        return Tense::Future;
    const QStringView w = dt.view(i);
    const bool pastForm =
        (r & PastCue) || (dt.lowercase(i) && w.size() >= 5 && w.endsWith(u"ed") && !w.endsWith(u"eed") && w != u"hundred");
    if (!pastForm)
        return Tense::None;
    // A participle after "be" is passive, and "will be held" / "to be signed" look ahead.
    if (dt.wordIs(i - 1, QLatin1StringView("be")))
        return Tense::Future;
    // "will have everyone reconnected", "will have finished": a participle that "will" governs.
    if (!(r & PastCue) && willGoverns(dt, i))
        return Tense::Future;
    // "will remain closed", "stay closed": a state, not an event; its verb says when.
    if (dt.isWord(i - 1, StateVerb))
        return Tense::None;
    return Tense::Past;
}

// "is" or "are" before token i in its sentence, with no other tense word nearer.
namespace {

bool isScheduleVerb(const DateText &dt, int k)
{
    static constexpr QLatin1StringView verbs[] = {QLatin1StringView("starts"),  QLatin1StringView("begins"),  QLatin1StringView("opens"),
                                                  QLatin1StringView("reopens"), QLatin1StringView("resumes"), QLatin1StringView("ends"),
                                                  QLatin1StringView("closes")};
    return dt.lowercase(k) && std::any_of(std::begin(verbs), std::end(verbs), [&](QLatin1StringView v) { return dt.wordIs(k, v); });
}

} // namespace

bool presentBefore(const DateText &dt, int i)
{
    for (int k = i - 1, n = 0; k >= 0 && n < 12; --k, ++n) {
        if (dt.sentenceBreakAt(k) || dt.tok[k].breakBefore)
            return false;
        // "is", "are"; "a campaign starts on Wednesday", "the museum reopens on Friday": the
        // present of a verb of schedules names a day to come.
        if (dt.wordIs(k, QLatin1StringView("is")) || dt.wordIs(k, QLatin1StringView("are")) || isScheduleVerb(dt, k))
            return true;
    }
    return false;
}

namespace {

// Whether a reporting verb at `verb` reports what a date at `first` dates ("warned people to
// keep away until Tuesday", "said engineers could put a bridge across by March") rather than
// being dated by it: "told the Herald on Friday", "told reporters late on Friday" name only the
// one told (one word and determiners) before the date.
bool reportsClause(const DateText &dt, int verb, int first)
{
    static constexpr QLatin1StringView light[] = {QLatin1StringView("the"),  QLatin1StringView("a"),   QLatin1StringView("an"),
                                                  QLatin1StringView("his"),  QLatin1StringView("her"), QLatin1StringView("their"),
                                                  QLatin1StringView("its"),  QLatin1StringView("on"),  QLatin1StringView("late"),
                                                  QLatin1StringView("early")};
    int content = 0;
    for (int k = verb + 1; k < first; ++k) {
        if (dt.wordIs(k, QLatin1StringView("to")) || dt.wordIs(k, QLatin1StringView("that")))
            return true;
        if (dt.isWord(k) && dt.lowercase(k)
            && std::none_of(std::begin(light), std::end(light), [&](QLatin1StringView w) { return dt.wordIs(k, w); }))
            ++content;
    }
    return content > 1;
}

// The nearest tense word before token `first` within `reach` words (names aside) in its
// sentence. The look back stops at an earlier date, whose verb it is ("took office in 2023 and
// faces a runoff on April 13"), unless the two dates are listed together ("in April and June").
Tense tenseBefore(const DateText &dt, int first, int lastDateTok, bool listed, int reach)
{
    int between = 0; // words between the look back and the mention, names aside
    for (int i = first - 1, k = 0; i >= 0 && k < reach; --i) {
        if (dt.sentenceBreakAt(i) || (i == lastDateTok && !listed))
            break;
        // The far look (past ten words) keeps to the mention's clause: "will pay 61 euros a
        // share, a premium of 32% to the closing price on Monday" tells of a price paid.
        if (reach > 10 && dt.isPunct(i, u','))
            break;
        // "warned people to keep away until Tuesday": a reporting verb away from the date
        // dates the report, not what it reports ("said on Monday", "told Radio Nord on Sunday"
        // are their own dates).
        // (what it reports opens with an infinitive's "to" or a clause's "that"; "told the Herald
        // on Friday that ..." dates the telling)
        const bool reportedClause = between >= 2 && (dt.tok[i].roles & Reporting) && reportsClause(dt, i, first);
        if (dt.tok[i].kind == DateToken::Word && !reportedClause) {
            const Tense t = tenseOfWord(dt, i);
            if (t != Tense::None)
                return t;
        }
        if (dt.tok[i].breakBefore)
            break;
        // Words are counted as written between spaces: "$1.3", "33-dollar-per-share" are one each.
        if (dt.tok[i].spaceBefore && !(dt.capitalised(i) && !dt.sentenceStart(i))) {
            ++k;
            // "announced at 9 p.m. Friday": a clock time between a report and its date keeps
            // them together.
            if (dt.isWord(i) && dt.tok[i].length() > 1)
                ++between;
        }
    }
    return Tense::None;
}

// The nearest tense word after token `last` in its clause: a comma closes a relative clause
// the mention sits in, and a comma before "although", "but" and the like another clause.
Tense tenseAfter(const DateText &dt, int first, int last)
{
    const bool relative = inRelativeClause(dt, first);
    // The look ahead counts words as the look back does: "By Tuesday night the dining room of
    // his restaurant, El Manaba, was stacked" reaches "was".
    for (int i = last + 1, k = 0; i < dt.n && k < 10; ++i) {
        if (dt.tok[i].kind == DateToken::Word && !(dt.capitalised(i) && !dt.sentenceStart(i)))
            ++k;
        if (dt.tok[i].breakBefore || dt.sentenceBreakAt(i) || (dt.isPunct(i, u',') && (relative || dt.isWord(i + 1, ClauseStart))))
            break;
        // "..., officials said" dates the statement, not the event.
        if (dt.tok[i].kind == DateToken::Word && !dt.wordIs(i, QLatin1StringView("said")) && !dt.wordIs(i, QLatin1StringView("told"))) {
            const Tense t = tenseOfWord(dt, i);
            if (t != Tense::None)
                return t;
        }
    }
    return Tense::None;
}

} // namespace

// The nearest tense word before the mention, else after it, else further before it, in its
// sentence: "when it allowed the rebels and their allies to hold a convention in Nairobi in
// February". Proper names do not use up its reach; a relative clause keeps to itself.
Tense tenseAround(const DateText &dt, int first, int last, int lastDateTok)
{
    // "in April and June": dates in one list share their verb.
    const bool listed = lastDateTok >= 0 && first - lastDateTok <= 3 && [&] {
        for (int j = lastDateTok + 1; j < first; ++j) {
            if (!dt.isWord(j, ListJoin) && !dt.isPunct(j, u','))
                return false;
        }
        return true;
    }();
    // "a concert on Sunday that was to mark ...": a date inside a noun phrase that a relative
    // clause follows takes the tense of that clause first. The clause's verb comes straight
    // after "that"; "said on Sunday that the province would ..." reports, and is no such clause.
    if ((dt.wordIs(last + 1, QLatin1StringView("that")) || dt.wordIs(last + 1, QLatin1StringView("which"))) && dt.tok[last + 1].spaceBefore
        && dt.isWord(last + 2) && dt.lowercase(last + 2)) {
        if (const Tense t = tenseOfWord(dt, last + 2); t != Tense::None)
            return t;
    }
    // "announced that Monday will be a day of mourning": a date that opens its clause and is
    // straight followed by a verb is that verb's subject, and takes its tense.
    if ((dt.sentenceStart(first) || dt.wordIs(first - 1, QLatin1StringView("that"))) && dt.lowercase(last + 1)
        && dt.tok[last + 1].spaceBefore) {
        if (const Tense t = tenseOfWord(dt, last + 1); t != Tense::None)
            return t;
    }
    // "Authorities early on Friday said they will cut the hull": a report straight after the date
    // is what happened that day; what the report looks ahead to comes later in its sentence.
    if (dt.isWord(last + 1, Reporting) && dt.lowercase(last + 1) && dt.tok[last + 1].spaceBefore
        && tenseOfWord(dt, last + 1) == Tense::Past)
        return Tense::Past;
    if (const Tense t = tenseBefore(dt, first, lastDateTok, listed, 10); t != Tense::None)
        return t;
    // "the April 13 runoff": a date that qualifies a noun takes no tense from the verb after it.
    if ((dt.wordIs(first - 1, QLatin1StringView("the")) || dt.wordIs(first - 1, QLatin1StringView("a"))) && dt.lowercase(last + 1)
        && dt.tok[last + 1].spaceBefore)
        return Tense::None;
    if (const Tense t = tenseAfter(dt, first, last); t != Tense::None)
        return t;
    return tenseBefore(dt, first, lastDateTok, listed, 25);
}

bool presentPerfectBefore(const DateText &dt, int first)
{
    for (int i = first - 1, k = 0; i >= 0 && k < 16; --i) {
        if (dt.sentenceBreakAt(i) || dt.tok[i].breakBefore)
            return false;
        if (dt.tok[i].kind != DateToken::Word)
            continue;
        ++k;
        const Tense t = tenseOfWord(dt, i);
        if (t == Tense::None)
            continue;
        const int aux = dt.lowercase(i - 1) && dt.view(i - 1).endsWith(u"ly") ? i - 2 : i - 1;
        return t == Tense::Past && dt.lowercase(i)
               && (dt.wordIs(aux, QLatin1StringView("has")) || dt.wordIs(aux, QLatin1StringView("have")));
    }
    return false;
}

int yearForMonth(const DateText &dt, int month, Tense tense)
{
    const int y = dt.pub.year();
    const int pm = dt.pub.month();
    if (tense == Tense::Future && month < pm)
        return y + 1;
    if (tense == Tense::Past && month > pm)
        return y - 1;
    if (tense == Tense::None && month - pm >= 8)
        return y - 1;
    // With no tense, the nearer of the two: "in two legs in February" written in November.
    if (tense == Tense::None && pm - month >= 8)
        return y + 1;
    return y;
}

QDate weekdayDate(const DateText &dt, int weekday, int relative, Tense tense)
{
    const int today = dt.pub.dayOfWeek();
    const int ahead = (weekday - today + 7) % 7;
    const int back = (today - weekday + 7) % 7;
    if (relative < 0)
        return dt.pub.addDays(-(back ? back : 7));
    // "next Thursday" is the Thursday of the week after publication's: said on a Wednesday,
    // the day after is "Thursday" or "tomorrow".
    if (relative > 0)
        return dt.pub.addDays(7 - today + weekday);
    if (tense == Tense::Future)
        return dt.pub.addDays(ahead);
    return dt.pub.addDays(-back);
}
