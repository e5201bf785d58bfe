// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A closable bar above the columns that tells the reader something they should not miss
// (the files of a folder that were skipped, and why), in the manner of KDE's KMessageWidget.
#include <QFrame>

class QLabel;
class QToolButton;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `title` and, below it, one line per entry (the first `shownLines`, then how many more).
    void showWarning(const QString &title, const QStringList &lines, int shownLines = 8);
    QString text() const;
    QToolButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_text;
    QToolButton *m_close;
};
