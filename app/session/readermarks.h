// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reader's verdicts and notes on claims, by the claim's key (Claim::key), so that they
// survive re-analysis and articles added to or removed from the comparison.
#include "analysis.h"
#include "comparisonfile.h"

#include <QHash>
#include <QObject>

class ReaderMarks : public QObject
{
    Q_OBJECT
public:
    explicit ReaderMarks(QObject *parent = nullptr);

    Verdict verdict(const QString &claimKey) const;
    void setVerdict(const QString &claimKey, Verdict verdict);
    QString note(const QString &claimKey) const;
    void setNote(const QString &claimKey, const QString &note);
    ReaderMark mark(const QString &claimKey) const { return m_marks.value(claimKey); }

    const QHash<QString, ReaderMark> &marks() const { return m_marks; }
    void setMarks(const QHash<QString, ReaderMark> &marks);
    void clear();
    bool isEmpty() const { return m_marks.isEmpty(); }

    // Keys of marks that no claim of `analysis` has (their claims changed or vanished).
    QStringList unmatchedKeys(const Analysis &analysis) const { return unmatchedKeys(m_marks, analysis); }
    // The same for a copy of the marks (a worker's).
    static QStringList unmatchedKeys(const QHash<QString, ReaderMark> &marks, const Analysis &analysis);

Q_SIGNALS:
    void changed();
    void markChanged(const QString &claimKey);

private:
    void update(const QString &claimKey, const ReaderMark &mark);

    QHash<QString, ReaderMark> m_marks; // empty marks are not kept
};
