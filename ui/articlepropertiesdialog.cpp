// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ArticlePropertiesDialog::ArticlePropertiesDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
{
    setWindowTitle(tr("Article Properties"));

    auto *file = new QLabel(article.fileName(), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setToolTip(article.filePath);

    m_outlet = new QLineEdit(article.outlet, this);
    m_outlet->setPlaceholderText(tr("e.g. Reuters"));
    m_title = new QLineEdit(article.title, this);
    m_byline = new QLineEdit(article.byline, this);
    m_byline->setPlaceholderText(tr("Author names"));

    // A date edit always shows some date, so "unknown" needs its own switch.
    m_hasDate = new QCheckBox(tr("Known"), this);
    m_hasDate->setChecked(article.published.isValid());
    m_published = new QDateEdit(article.published.isValid() ? article.published : QDate::currentDate(), this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_published, 1);
    dateRow->addWidget(m_hasDate);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), file);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Published:"), dateRow);
    form->addRow(tr("&Byline:"), m_byline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Corrections are saved in the corpus's corpus.json and win over what was read from the file."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

QString ArticlePropertiesDialog::outlet() const
{
    return m_outlet->text().trimmed();
}

QString ArticlePropertiesDialog::title() const
{
    return m_title->text().trimmed();
}

QString ArticlePropertiesDialog::byline() const
{
    return m_byline->text().trimmed();
}

QDate ArticlePropertiesDialog::published() const
{
    return m_hasDate->isChecked() ? m_published->date() : QDate();
}

ArticleCorrection ArticlePropertiesDialog::correction() const
{
    return {title(), outlet(), byline(), published()};
}

bool ArticlePropertiesDialog::isChanged() const
{
    return outlet() != m_article.outlet.trimmed() || title() != m_article.title.trimmed() || byline() != m_article.byline.trimmed()
           || published() != m_article.published;
}
