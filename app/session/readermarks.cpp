// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readermarks.h"

#include <QSet>

ReaderMarks::ReaderMarks(QObject *parent)
    : QObject(parent)
{
}

Verdict ReaderMarks::verdict(const QString &claimKey) const
{
    return m_marks.value(claimKey).verdict;
}

QString ReaderMarks::note(const QString &claimKey) const
{
    return m_marks.value(claimKey).note;
}

void ReaderMarks::setVerdict(const QString &claimKey, Verdict verdict)
{
    ReaderMark m = m_marks.value(claimKey);
    m.verdict = verdict;
    update(claimKey, m);
}

void ReaderMarks::setNote(const QString &claimKey, const QString &note)
{
    ReaderMark m = m_marks.value(claimKey);
    m.note = note.left(kMaxComparisonNoteChars);
    update(claimKey, m);
}

void ReaderMarks::update(const QString &claimKey, const ReaderMark &mark)
{
    if (claimKey.isEmpty() || m_marks.value(claimKey) == mark)
        return;
    if (mark.isEmpty())
        m_marks.remove(claimKey);
    else
        m_marks.insert(claimKey, mark);
    Q_EMIT markChanged(claimKey);
    Q_EMIT changed();
}

void ReaderMarks::setMarks(const QHash<QString, ReaderMark> &marks)
{
    // A restored comparison's 100,000 marks are shared as they are, unless some must go.
    const auto kept = [](auto it) { return !it.key().isEmpty() && !it->isEmpty(); };
    bool all = true;
    for (auto it = marks.cbegin(); all && it != marks.cend(); ++it)
        all = kept(it);
    if (all) {
        m_marks = marks;
    } else {
        m_marks.clear();
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            if (kept(it))
                m_marks.insert(it.key(), *it);
        }
    }
    Q_EMIT changed();
}

void ReaderMarks::clear()
{
    if (m_marks.isEmpty())
        return;
    m_marks.clear();
    Q_EMIT changed();
}

QStringList ReaderMarks::unmatchedKeys(const QHash<QString, ReaderMark> &marks, const Analysis &analysis)
{
    QSet<QString> current;
    current.reserve(analysis.claims.size());
    for (const Claim &c : analysis.claims)
        current.insert(c.key);
    QStringList out;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!current.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}
