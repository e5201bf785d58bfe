// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A background job in the status bar: what it does, how far it is (or a busy bar when
// that is not known) and a button that cancels it. Hidden while no job runs.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

class JobIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit JobIndicator(const QString &accessibleName, QWidget *parent = nullptr);

    // `percent` below 0: not known.
    void showProgress(const QString &text, int percent = -1);
    void finish() { hide(); }
    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
