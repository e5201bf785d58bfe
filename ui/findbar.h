// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A find bar under the columns (Ctrl+F): searches every column at once.
#include <QWidget>

class QLabel;
class QLineEdit;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    void setResult(int current, int total);
    void activate();

Q_SIGNALS:
    void searchChanged(const QString &text);
    void next();
    void previous();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_result;
};
