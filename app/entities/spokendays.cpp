// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spokendays.h"

#include "weekdaydates.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool quoteMark(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d';
}

// Where the quotation holding `pos` closes, or -1 when `pos` is not inside one: an odd number
// of quotation marks stands between the paragraph's start and `pos`.
qsizetype quotationEnd(const QString &text, qsizetype pos)
{
    const qsizetype paragraph = text.lastIndexOf(u'\n', pos) + 1;
    int marks = 0;
    for (qsizetype k = paragraph; k < pos; ++k)
        marks += quoteMark(text.at(k)) ? 1 : 0;
    if (marks % 2 == 0)
        return -1;
    for (qsizetype k = pos; k < text.size() && text.at(k) != u'\n'; ++k) {
        if (quoteMark(text.at(k)))
            return k;
    }
    return -1;
}

// The end of the sentence that goes on after a quotation closing at `close`.
qsizetype attributionEnd(const QString &text, qsizetype close)
{
    for (qsizetype k = close + 1; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || quoteMark(c))
            return k;
    }
    return text.size();
}

// Where the quotation holding `pos` opens (its mark), or -1.
qsizetype quotationStart(const QString &text, qsizetype pos)
{
    const qsizetype paragraph = text.lastIndexOf(u'\n', pos) + 1;
    for (qsizetype k = pos - 1; k >= paragraph; --k) {
        if (quoteMark(text.at(k)))
            return k;
    }
    return -1;
}

// "Speaking to supporters on Saturday, Chen thanked voters. \"Tomorrow we start work,\" she said.":
// the sentence just before a quotation, in its paragraph, says when the words were spoken when it
// tells of speaking. Returns that sentence's range, or an empty one.
TextRange speakingSentenceBefore(const QString &text, qsizetype open)
{
    static const QRegularExpression speaking(
        QStringLiteral("\\b(?:speaking|spoke|said|says|told|tells|addressing|addressed|announced|declared)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype paragraph = text.lastIndexOf(u'\n', open) + 1;
    qsizetype end = open;
    while (end > paragraph && text.at(end - 1).isSpace())
        --end;
    if (end <= paragraph || (text.at(end - 1) != u'.' && text.at(end - 1) != u':'))
        return {};
    qsizetype start = end - 1;
    while (start > paragraph && text.at(start - 1) != u'.' && !quoteMark(text.at(start - 1)))
        --start;
    if (!speaking.matchView(QStringView(text).mid(start, end - start)).hasMatch())
        return {};
    return {start, end};
}

} // namespace

void settleSpokenDays(const QString &text, QList<DateMention> &dates)
{
    for (DateMention &said : dates) {
        if (!said.dayOffset)
            continue;
        const qsizetype close = quotationEnd(text, said.range.start);
        if (close < 0)
            continue;
        const qsizetype end = attributionEnd(text, close);
        const TextRange before = speakingSentenceBefore(text, quotationStart(text, said.range.start));
        const DateMention *spoken = nullptr;
        for (const DateMention &when : std::as_const(dates)) {
            if (when.dayOffset || when.value.size() != 10)
                continue;
            if (when.range.start > close && when.range.start < end) {
                spoken = &when; // the attribution's own day wins
                break;
            }
            if (!spoken && when.range.start >= before.start && when.range.end <= before.end && before.end > before.start)
                spoken = &when;
        }
        if (const QDate day = spoken ? QDate::fromString(spoken->value, Qt::ISODate) : QDate(); day.isValid())
            said.value = day.addDays(*said.dayOffset).toString(Qt::ISODate);
    }
}

void addSmallHours(const QString &text, const QDate &published, QList<DateMention> &dates)
{
    if (!published.isValid())
        return;
    // Not "the small hours of Tuesday": the weekday is the date there.
    static const QRegularExpression hours(QStringLiteral("\\b(?:in|into|during|until) (the (?:small|early|wee) hours)\\b(?! of)"));
    static const QRegularExpression future(QStringLiteral("\\b(?:will|shall)\\b|'ll\\b"));
    bool added = false;
    for (auto it = hours.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype sentence = std::max(text.lastIndexOf(u'.', m.capturedStart(1)), text.lastIndexOf(u'\n', m.capturedStart(1))) + 1;
        const bool ahead = future.matchView(QStringView(text).mid(sentence, m.capturedStart(1) - sentence)).hasMatch();
        DateMention d;
        d.range = {m.capturedStart(1), m.capturedEnd(1)};
        d.text = m.captured(1);
        d.value = published.addDays(ahead ? 1 : 0).toString(Qt::ISODate);
        dates.append(d);
        added = true;
    }
    if (added)
        std::sort(dates.begin(), dates.end(), [](const DateMention &x, const DateMention &y) { return x.range.start < y.range.start; });
}

void settlePictureDays(const QList<TextRange> &clutter, const QDate &published, QList<DateMention> &dates)
{
    if (clutter.isEmpty() || !published.isValid())
        return;
    for (DateMention &d : dates) {
        // Only days counted from the day of writing by their weekday's name: no figures, no
        // "tomorrow".
        const QDate day = QDate::fromString(d.value, Qt::ISODate);
        if (!day.isValid() || day <= published || d.dayOffset || !openingWeekday(d.text)
            || std::any_of(d.text.cbegin(), d.text.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        const bool inFurniture = std::any_of(clutter.cbegin(), clutter.cend(),
                                             [&](const TextRange &r) { return r.start < d.range.end && d.range.start < r.end; });
        if (!inFurniture)
            continue;
        const qint64 weeks = (day.toJulianDay() - published.toJulianDay() + 6) / 7;
        d.value = day.addDays(-7 * weeks).toString(Qt::ISODate);
    }
}
