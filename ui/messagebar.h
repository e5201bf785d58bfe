// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A closable bar above the columns that tells the reader something they should not miss
// (the files of a folder that were skipped, and why; where an export was written), in the
// manner of KDE's KMessageWidget.
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `title` and, below it, one line per entry (the first `shownLines`, then how many more).
    void showWarning(const QString &title, const QStringList &lines, int shownLines = 8);
    // Shows `text` as news, with a button `actionText` that calls `action` (none when empty).
    void showInformation(const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    // Shows `text` (what was written where) with an Open Folder button for `folder`.
    void showWrittenTo(const QString &text, const QString &folder);
    QString text() const;
    bool isWarning() const { return m_warning; }
    QToolButton *closeButton() const { return m_close; }
    QPushButton *actionButton() const { return m_actionButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void setKind(bool warning);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_actionButton;
    QToolButton *m_close;
    std::function<void()> m_action;
    bool m_warning = true;
};
