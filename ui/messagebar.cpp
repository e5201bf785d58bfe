// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_actionButton->setAccessibleName(tr("Act on the message"));
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setKind(true);
    hide();
}

void MessageBar::setKind(bool warning)
{
    m_warning = warning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation).pixmap(size, size));
    restyle();
}

void MessageBar::showWrittenTo(const QString &text, const QString &folder)
{
    showInformation(text, tr("Open Folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
}

void MessageBar::showInformation(const QString &text, const QString &actionText, std::function<void()> action)
{
    setKind(false);
    m_text->setText(text.toHtmlEscaped());
    m_text->setToolTip({});
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText.isEmpty() ? tr("Act on the message") : actionText);
    m_actionButton->setVisible(!actionText.isEmpty() && m_action);
    show();
}

void MessageBar::showWarning(const QString &title, const QStringList &lines, int shownLines)
{
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    for (qsizetype i = 0; i < lines.size() && i < shownLines; ++i)
        html += QStringLiteral("<br>%1").arg(lines[i].toHtmlEscaped());
    if (lines.size() > shownLines)
        html += QStringLiteral("<br>") + tr("…and %n more", nullptr, int(lines.size() - shownLines)).toHtmlEscaped();
    setKind(true);
    m_text->setText(html);
    m_text->setToolTip(lines.join(u'\n'));
    m_action = {};
    m_actionButton->hide();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

// A warning (or information) tint mixed from the palette, so that light and dark themes both read well.
void MessageBar::restyle()
{
    // Mixed from the parent's colour, not this bar's own (which is the tint itself).
    const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette()).color(QPalette::Window);
    const QColor hue = m_warning ? QColor(218, 160, 40) : QColor(61, 174, 233);
    const QColor tint = QColor::fromRgbF(base.redF() * 0.8 + hue.redF() * 0.2, base.greenF() * 0.8 + hue.greenF() * 0.2,
                                         base.blueF() * 0.8 + hue.blueF() * 0.2);
    setAutoFillBackground(true);
    QPalette p = palette();
    if (p.color(QPalette::Window) != tint) {
        p.setColor(QPalette::Window, tint);
        setPalette(p);
    }
    setFrameShape(QFrame::StyledPanel);
}
