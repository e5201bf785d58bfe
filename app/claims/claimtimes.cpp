// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimtimes.h"

#include "claimfeatures.h"
#include "gazetteer.h"

#include <QHash>
#include <QRegularExpression>

#include <cstdlib>

namespace {

// Zones named without their season ("ET"): standard and daylight offset.
struct SeasonalZone
{
    int standard = 0;
    int daylight = 0;
};

// resources/claims/timezones.txt: zone abbreviations with their offset, or with two offsets
// when the abbreviation does not say the season.
struct ZoneTable
{
    QHash<QString, int> fixed;
    QHash<QString, SeasonalZone> seasonal;
};

const ZoneTable &zoneTable()
{
    static const ZoneTable table = [] {
        ZoneTable zones;
        for (const QStringList &fields : Gazetteer::readList(QStringLiteral("timezones.txt"), QStringLiteral("claims"))) {
            if (fields.size() == 2)
                zones.fixed.insert(fields[0], fields[1].toInt());
            else if (fields.size() == 3)
                zones.seasonal.insert(fields[0], {fields[1].toInt(), fields[2].toInt()});
        }
        return zones;
    }();
    return table;
}

const QHash<QString, int> &zoneOffsets()
{
    return zoneTable().fixed;
}

const QHash<QString, SeasonalZone> &seasonalZones()
{
    return zoneTable().seasonal;
}

// The n-th Sunday (1-based) of a month.
QDate nthSunday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((7 - first.dayOfWeek()) % 7 + 7 * (n - 1));
}

int hourWord(const QString &lower)
{
    static const QStringList words = {QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"),  QStringLiteral("four"),
                                      QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),  QStringLiteral("eight"),
                                      QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve")};
    return int(words.indexOf(lower)) + 1; // 0 when not an hour word
}

// The text between two adjacent tokens.
QStringView gap(const QString &text, const QList<ClaimToken> &tokens, int t)
{
    return QStringView(text).mid(tokens[t].range.end, tokens[t + 1].range.start - tokens[t].range.end);
}

// "pm", "p.m." (two tokens "p" "m"): 0 none, 1 a.m., 2 p.m.; `used` counts the tokens.
int meridiemAt(const QList<ClaimToken> &tokens, int t, int &used)
{
    used = 0;
    if (t >= tokens.size())
        return 0;
    const QString &w = tokens[t].lower;
    if (w == u"am" || w == u"pm") {
        used = 1;
        return w == u"am" ? 1 : 2;
    }
    if ((w == u"a" || w == u"p") && t + 1 < tokens.size() && tokens[t + 1].lower == u"m") {
        used = 2;
        return w == u"a" ? 1 : 2;
    }
    return 0;
}

int withMeridiem(int hour, int meridiem)
{
    if (meridiem == 1)
        return hour == 12 ? 0 : hour;
    return hour == 12 ? 12 : hour + 12;
}

// "at 15.12", "at 09.30": a clock with a dot and no a.m. or p.m. is a time of day when "at" stands
// before it and its hour cannot be on a 12-hour clock (13 to 23, or written with a leading zero),
// and no unit or currency comes with it ("at 15.12 euros", "at $15.12" are prices).
bool dottedDayClock(const QList<ClaimToken> &tokens, int t, int hour)
{
    const bool dayHour = (hour >= 13 && hour <= 23) || tokens[t].lower.startsWith(u'0');
    const bool afterAt = t > 0 && tokens[t - 1].lower == u"at" && tokens[t - 1].range.end < tokens[t].range.start;
    const bool unitAfter = t + 1 < tokens.size() && tokens[t + 1].lower.front().isLetter() && !zoneOffsets().contains(tokens[t + 1].lower)
                           && tokens[t + 1].lower != u"local" && !isStopWord(tokens[t + 1].lower);
    return dayHour && afterAt && !unitAfter;
}

// A time beginning at token t, or nothing. Fills minutes, eitherHalf, approximate (whole hours), tokenCount.
std::optional<ClaimTime> timeAt(const QString &text, const QList<ClaimToken> &tokens, int t)
{
    static const QRegularExpression glued(QStringLiteral("^(\\d{1,2})(?:[.:](\\d{2}))?(am|pm)$"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})[.:](\\d{2})$"));
    static const QRegularExpression fourDigits(QStringLiteral("^([01]\\d|2[0-3])([0-5]\\d)$"));
    // "14h37", "9h05": the 24-hour clock as French, Portuguese and Spanish copy writes it.
    static const QRegularExpression hourMark(QStringLiteral("^([01]?\\d|2[0-3])h([0-5]\\d)$"));
    const QString &w = tokens[t].lower;
    ClaimTime time;
    time.token = t;
    int used = 0;
    if (w.front().isDigit()) {
        int hour = -1, minute = 0, meridiem = 0, count = 1;
        bool minutesGiven = false, twentyFourHour = false;
        if (const auto m = glued.match(w); m.hasMatch()) { // "6am", "10.15pm"
            hour = m.captured(1).toInt();
            minutesGiven = m.hasCaptured(2) && !m.captured(2).isEmpty();
            minute = m.captured(2).toInt();
            meridiem = m.captured(3) == u"am" ? 1 : 2;
        } else if (const auto h = hourMark.match(w); h.hasMatch()) { // "14h37"
            hour = h.captured(1).toInt();
            minute = h.captured(2).toInt();
            minutesGiven = true;
            twentyFourHour = true;
        } else if (const auto c = clock.match(w); c.hasMatch()) { // "10.15 pm" (a dot needs a.m. or p.m.) or "at 15.12"
            meridiem = meridiemAt(tokens, t + 1, used);
            if (meridiem == 0 && !dottedDayClock(tokens, t, c.captured(1).toInt()))
                return std::nullopt;
            hour = c.captured(1).toInt();
            minute = c.captured(2).toInt();
            minutesGiven = true;
            count += used;
        } else if (w.size() <= 2 && t + 1 < tokens.size() && gap(text, tokens, t) == u":" && tokens[t + 1].lower.size() >= 2
                   && tokens[t + 1].lower[0].isDigit()) { // "10:42", "10:42pm"
            const QString &next = tokens[t + 1].lower;
            minute = next.left(2).toInt();
            const QString rest = next.mid(2);
            if (!next[1].isDigit() || minute > 59 || (!rest.isEmpty() && rest != u"am" && rest != u"pm"))
                return std::nullopt;
            hour = w.toInt();
            minutesGiven = true;
            count = 2;
            meridiem = rest == u"am" ? 1 : rest == u"pm" ? 2 : meridiemAt(tokens, t + 2, used);
            count += rest.isEmpty() ? used : 0;
        } else if (w.size() <= 2 && (meridiem = meridiemAt(tokens, t + 1, used)) > 0) { // "11 pm"
            hour = w.toInt();
            count += used;
        } else if (const auto f = fourDigits.match(w); f.hasMatch() && t + 1 < tokens.size()
                                                       && (zoneOffsets().contains(tokens[t + 1].lower) || tokens[t + 1].lower == u"hrs"
                                                           || tokens[t + 1].lower == u"hours")) { // "1215 GMT", "2240 hrs"
            hour = f.captured(1).toInt();
            minute = f.captured(2).toInt();
            minutesGiven = true;
            count += tokens[t + 1].lower == u"hrs" || tokens[t + 1].lower == u"hours";
        } else {
            return std::nullopt;
        }
        if (hour < 0 || hour > 23 || minute > 59 || (meridiem > 0 && (hour < 1 || hour > 12)))
            return std::nullopt;
        time.minutes = (meridiem > 0 ? withMeridiem(hour, meridiem) : hour) * 60 + minute;
        time.eitherHalf = meridiem == 0 && !twentyFourHour && hour >= 1 && hour <= 12;
        time.approximate = !minutesGiven;
        time.hourOnly = !minutesGiven;
        time.tokenCount = count;
        return time;
    }
    if (w == u"noon" || w == u"midday" || w == u"midnight") {
        time.minutes = w == u"midnight" ? 0 : 12 * 60;
        return time;
    }
    const int hour = hourWord(w);
    if (hour == 0 || t + 1 >= tokens.size())
        return std::nullopt;
    int next = t + 1;
    const bool oclock = tokens[next].lower == u"o'clock";
    next += oclock;
    // "nine in the morning", "eleven at night", "seven o'clock in the evening"
    const auto word = [&](int i) { return i < tokens.size() ? QStringView(tokens[i].lower) : QStringView(); };
    int meridiem = 0;
    if (word(next) == u"in" && word(next + 1) == u"the") {
        const QStringView part = word(next + 2);
        meridiem = part == u"morning" ? 1 : (part == u"afternoon" || part == u"evening") ? 2 : 0;
        next += meridiem ? 3 : 0;
    } else if (word(next) == u"at" && word(next + 1) == u"night") {
        meridiem = hour >= 6 && hour <= 11 ? 2 : 1;
        next += 2;
    }
    if (!oclock && meridiem == 0)
        return std::nullopt;
    time.minutes = (meridiem ? withMeridiem(hour, meridiem) : hour) * 60;
    time.eitherHalf = meridiem == 0;
    time.approximate = true;
    time.hourOnly = true;
    time.tokenCount = next - t;
    return time;
}

// Words before a time that make it approximate: "around", "shortly before", "just after".
bool isTimeQualifier(const QString &lower)
{
    return lower == u"around" || lower == u"about" || lower == u"approximately" || lower == u"roughly" || lower == u"nearly"
           || lower == u"almost" || lower == u"before" || lower == u"after" || lower == u"by" || lower == u"until" || lower == u"circa"
           || lower == u"towards" || lower == u"toward";
}

// The zone named after the time, if any: an abbreviation, "local time", or "<Name> time".
void readZone(const QList<ClaimToken> &tokens, int after, ClaimTime &time, int &last)
{
    last = after - 1;
    if (after >= tokens.size())
        return;
    const QString &w = tokens[after].lower;
    if (const auto it = zoneOffsets().constFind(w); it != zoneOffsets().cend() && w.size() > 1) {
        time.zone = w;
        time.utcOffset = *it;
        last = after;
    } else if (const auto s = seasonalZones().constFind(w); s != seasonalZones().cend()) {
        time.zone = w;
        time.standardOffset = s->standard;
        time.daylightOffset = s->daylight;
        last = after;
    } else if (w == u"local" && after + 1 < tokens.size() && tokens[after + 1].lower == u"time") {
        last = after + 1;
    } else if (tokens[after].capitalized && after + 1 < tokens.size() && tokens[after + 1].lower == u"time") {
        time.zone = w + QStringLiteral(" time");
        last = after + 1;
    }
}

int circularDistance(int a, int b, int period)
{
    const int d = std::abs(a - b) % period;
    return std::min(d, period - d);
}

// How many minutes `to` is after `from` (negative: before), the short way round the clock.
int signedDifference(int from, int to, int period)
{
    int d = (to - from) % period;
    if (d < 0)
        d += period;
    return d > period / 2 ? d - period : d;
}

// Minutes an exact time may stand on the wrong side of a bound ("shortly after 6pm" ~ "5:58 p.m.")
// as one outlet's rounding.
constexpr int boundSlackMinutes = 5;

// `other` on the wrong side of `bounded`'s bound: "shortly after 6pm" cannot be "5:47 p.m.".
bool beyondBound(const ClaimTime &bounded, const ClaimTime &other)
{
    if (bounded.bound == 0 || other.approximate)
        return false;
    const int period = bounded.eitherHalf || other.eitherHalf ? 12 * 60 : 24 * 60;
    int d = 0;
    if (bounded.utcOffset && other.utcOffset)
        d = signedDifference(bounded.minutes - *bounded.utcOffset, other.minutes - *other.utcOffset, period);
    else if (bounded.zone == other.zone)
        d = signedDifference(bounded.minutes, other.minutes, period);
    return bounded.bound > 0 ? d < -boundSlackMinutes : d > boundSlackMinutes;
}

} // namespace

QList<ClaimTime> findClaimTimes(const QString &text, const QList<ClaimToken> &tokens)
{
    QList<ClaimTime> found;
    for (int t = 0; t < tokens.size(); ++t) {
        const QString &w = tokens[t].lower;
        if (w.isEmpty() || (!w.front().isDigit() && hourWord(w) == 0 && w != u"noon" && w != u"midday" && w != u"midnight"))
            continue;
        std::optional<ClaimTime> time = timeAt(text, tokens, t);
        if (!time)
            continue;
        int first = t;
        // "around 10.15pm", "shortly before 11", "at about 9": the qualifier is part of the time.
        for (int back = t - 1; back >= 0 && back >= t - 3; --back) {
            const QString &b = tokens[back].lower;
            if (isTimeQualifier(b)) {
                time->approximate = true;
                time->bound = b == u"after" ? 1 : (b == u"before" || b == u"by" || b == u"until") ? -1 : time->bound;
                first = back;
            } else if ((b == u"shortly" || b == u"just" || b == u"soon" || b == u"right") && first == back + 1) {
                first = back;
            } else if (b != u"at") {
                break;
            }
        }
        int last = t + time->tokenCount - 1;
        readZone(tokens, t + time->tokenCount, *time, last);
        qsizetype end = tokens[last].range.end;
        if (tokens[last].lower == u"m" && end < text.size() && text[end] == u'.')
            ++end; // "p.m."
        time->range = {tokens[first].range.start, end};
        time->token = first;
        time->tokenCount = last - first + 1;
        found.append(*time);
        t = last;
    }
    return found;
}

ClaimTime onDay(const ClaimTime &time, const QDate &day)
{
    if (!time.standardOffset || !day.isValid())
        return time;
    ClaimTime resolved = time;
    const bool daylight = day >= nthSunday(day.year(), 3, 2) && day < nthSunday(day.year(), 11, 1);
    resolved.utcOffset = daylight ? time.daylightOffset : time.standardOffset;
    return resolved;
}

int timeDistance(const ClaimTime &a, const ClaimTime &b)
{
    const int period = a.eitherHalf || b.eitherHalf ? 12 * 60 : 24 * 60;
    if (a.utcOffset && b.utcOffset)
        return circularDistance(a.minutes - *a.utcOffset, b.minutes - *b.utcOffset, period);
    const int d = circularDistance(a.minutes, b.minutes, period);
    // "22:42" beside "23:42 Kyiv time": whole hours between differently named zones are the zones.
    if (a.zone != b.zone && d % 60 == 0)
        return 0;
    return d;
}

bool timesAgree(const ClaimTime &a, const ClaimTime &b, int hourMinutes, int approximateMinutes)
{
    const int d = timeDistance(a, b);
    if (beyondBound(a, b) || beyondBound(b, a))
        return false;
    if (a.hourOnly || b.hourOnly)
        return d <= hourMinutes;
    if (a.approximate || b.approximate)
        return d <= approximateMinutes;
    // "10:40" beside "10:42": a round figure a few minutes off is the same moment rounded.
    return d == 0 || (d < 5 && (a.minutes % 5 == 0 || b.minutes % 5 == 0));
}

QString timeLabel(const ClaimTime &time)
{
    QString label = QStringLiteral("%1:%2").arg(time.minutes / 60, 2, 10, QLatin1Char('0')).arg(time.minutes % 60, 2, 10, QLatin1Char('0'));
    if (time.approximate)
        label = QStringLiteral("~") + label;
    if (!time.zone.isEmpty())
        label += u' ' + time.zone.toUpper();
    return label;
}
