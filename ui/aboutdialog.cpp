// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Parallax"));
    setAccessibleName(tr("About Parallax"));

    auto *icon = new QLabel(this);
    const QIcon appIcon(QStringLiteral(":/parallax/icons/parallax.svg"));
    // The pixmap follows the screen's device pixel ratio, so the SVG stays sharp on HiDPI.
    icon->setPixmap(appIcon.pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("Parallax icon"));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        tr("<h2>Parallax %1</h2><p>Compare how several news outlets cover the same event.</p>")
            .arg(QApplication::applicationVersion().isEmpty() ? QStringLiteral(PARALLAX_VERSION) : QApplication::applicationVersion()));
    heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    QString html =
        QStringLiteral("<p>")
        + tr("Parallax opens no network connection unless you ask for one: only File ▸ Add from Web Addresses, "
             "File ▸ Add from Feed, a link dropped on the window and the command parallax fetch fetch anything, "
             "and only the addresses given. Opening, analysing and exporting articles never do.")
        + QStringLiteral("</p><p>")
        + tr("Built with Qt %1 (running on Qt %2) and KDE Frameworks KSyntaxHighlighting %3.")
              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))
        + QStringLiteral("</p><p>") + tr("Parallax uses the following software:")
        + QStringLiteral("</p><table cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
              .arg(tr("Component"), tr("Used for"), tr("Licence"));
    for (const Component &c : components()) {
        html += QStringLiteral("<tr><td><a href='%1'>%2</a></td><td>%3</td><td>%4</td></tr>")
                    .arg(c.url.toHtmlEscaped(), c.name.toHtmlEscaped(), c.purpose.toHtmlEscaped(), c.licence.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");

    auto *credits = new QTextBrowser(this);
    credits->setOpenExternalLinks(true);
    credits->setHtml(html);
    credits->setAccessibleName(tr("Components and licences"));
    credits->setMinimumSize(560, 320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(credits, 1);
    layout->addWidget(buttons);
}

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {QStringLiteral("Qt"), tr("User interface, text layout, concurrency"), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("KSyntaxHighlighting"), tr("Colouring the article texts"), QStringLiteral("MIT"),
         QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting")},
        {QStringLiteral("uchardet"), tr("Recognising text encodings"), QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
         QStringLiteral("https://www.freedesktop.org/wiki/Software/uchardet/")},
        {QStringLiteral("Gumbo"), tr("Reading HTML articles"), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://codeberg.org/gumbo-parser/gumbo-parser")},
        {QStringLiteral("MD4C"), tr("Reading Markdown articles"), QStringLiteral("MIT"), QStringLiteral("https://github.com/mity/md4c")},
        {QStringLiteral("Snowball (libstemmer)"), tr("Word stems for matching claims"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://snowballstem.org/")},
        {QStringLiteral("RapidFuzz"), tr("Fuzzy matching of names and sentences"), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/rapidfuzz/rapidfuzz-cpp")},
        {QStringLiteral("dtl"), tr("Word differences between quotes"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/cubicdaiya/dtl")},
        {QStringLiteral("WordNet 3.0"), tr("Synonyms and word forms"), tr("WordNet 3.0 licence (Princeton University)"),
         QStringLiteral("https://wordnet.princeton.edu/license-and-commercial-use")},
        {QStringLiteral("iso-codes"), tr("Names of countries and their subdivisions"), QStringLiteral("LGPL-2.1-or-later"),
         QStringLiteral("https://salsa.debian.org/iso-codes-team/iso-codes")},
    };
}
