// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readermarks.h"

#include <QCryptographicHash>
#include <QSet>
#include <QtConcurrent>

#include <numeric>

ReaderMarks::ReaderMarks(QObject *parent)
    : QObject(parent)
{
}

QString ReaderMarks::claimKey(const Analysis &analysis, int claimIndex)
{
    if (!analysis.corpus || claimIndex < 0 || claimIndex >= analysis.claims.size())
        return {};
    // Article ids and member texts, sorted: the same sentences in the same articles give
    // the same key after re-analysis, whatever the claim's index, id or kind has become.
    QStringList parts;
    for (const ClaimMember &m : analysis.claims[claimIndex].members) {
        const bool valid = m.article >= 0 && m.article < analysis.corpus->articles.size();
        const QString id = valid ? analysis.corpus->articles[m.article].id : QString();
        // Which occurrence of this text in its article: a line repeated twice (a
        // caption, say) gives two claims that must not share a key.
        int occurrence = 0;
        if (valid && !m.text.isEmpty()) {
            const QString &text = analysis.corpus->articles[m.article].text;
            for (qsizetype at = text.indexOf(m.text); at >= 0 && at < m.range.start; at = text.indexOf(m.text, at + 1))
                ++occurrence;
        }
        parts.append(id + QChar(0x1f) + m.text + QChar(0x1f) + QString::number(occurrence));
    }
    parts.sort();
    const QByteArray digest = QCryptographicHash::hash(parts.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(24));
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
    m_marks.clear();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!it.key().isEmpty() && !it->isEmpty())
            m_marks.insert(it.key(), *it);
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
    // A key per claim (100,000 in a big story) on every core: a restored comparison waits for them.
    QList<int> claims(analysis.claims.size());
    std::iota(claims.begin(), claims.end(), 0);
    const QStringList keys = QtConcurrent::blockingMapped<QStringList>(claims, [&analysis](int i) { return claimKey(analysis, i); });
    const QSet<QString> current(keys.cbegin(), keys.cend());
    QStringList out;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!current.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}
