// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecolumn.h"

#include "article.h"
#include "articletextview.h"
#include "corpusmodel.h"
#include "overlaystyle.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
const char *const kColumnMime = "application/x-parallax-column";
}

ArticleColumn::ArticleColumn(QWidget *parent)
    : QFrame(parent)
    , m_header(new QWidget(this))
    , m_outlet(new QLabel(m_header))
    , m_title(new QLabel(m_header))
    , m_meta(new QLabel(m_header))
    , m_text(new ArticleTextView(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document()))
{
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header->setObjectName(QStringLiteral("columnHeader"));
    m_header->setAutoFillBackground(true);
    m_header->setAcceptDrops(true);
    m_header->installEventFilter(this);
    m_header->setCursor(Qt::OpenHandCursor);
    m_header->setToolTip(tr("Drag onto another column's header to move this column"));
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(14, 8, 14, 8);
    headerLayout->setSpacing(2);

    QFont outletFont = m_outlet->font();
    outletFont.setBold(true);
    outletFont.setPointSizeF(outletFont.pointSizeF() * 1.1);
    m_outlet->setFont(outletFont);
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    headerLayout->addWidget(m_outlet);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_meta);
    layout->addWidget(m_header);
    // One height for every header, so that the texts of all columns start level.
    const int lineSpacing = fontMetrics().lineSpacing();
    m_header->setFixedHeight(QFontMetrics(outletFont).lineSpacing() + 2 * lineSpacing + 2 * 2 + 16);

    m_text->document()->setDocumentMargin(16);
    setFontPointSize(11.5);
    layout->addWidget(m_text, 1);
    setMinimumWidth(MinimumWidth);
}

void ArticleColumn::setArticle(const Article &article, int row)
{
    m_row = row;
    const QString source = CorpusModel::sourceName(article);
    m_outlet->setText(source);
    m_fullTitle = article.title;
    m_title->setToolTip(article.title);
    QStringList meta;
    if (article.published.isValid())
        meta << QLocale().toString(article.published, QLocale::LongFormat);
    if (!article.byline.isEmpty())
        meta << article.byline;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_text->setPlainText(article.text);
    m_text->keepShapedText();
    setAccessibleName(tr("Article from %1").arg(source));
    m_text->setAccessibleName(tr("Text of the article from %1").arg(source));
    m_header->setAccessibleName(tr("Header of the article from %1").arg(source));
    updateHeaderDensity();
}

// The text as the document holds it (toPlainText() would turn non-breaking
// spaces into spaces, and the offsets must match the file exactly).
QString ArticleColumn::text() const
{
    QString raw = m_text->document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    return raw;
}

void ArticleColumn::setHighlighting(const KSyntaxHighlighting::Definition &definition,
                                    const KSyntaxHighlighting::Theme &theme, const OverlayStyle &style)
{
    setSyntaxHighlighting(definition, theme);
    setColours(style);
}

void ArticleColumn::setSyntaxHighlighting(const KSyntaxHighlighting::Definition &definition,
                                          const KSyntaxHighlighting::Theme &theme)
{
    // setDefinition() re-runs the highlighter when the definition changes, setTheme()
    // never does: the theme first, then the definition, and one more run only when
    // the definition stayed (a new column would otherwise be highlighted twice).
    const bool sameDefinition = m_highlighter->definition() == definition;
    m_highlighter->setTheme(theme);
    m_highlighter->setDefinition(definition);
    if (sameDefinition)
        m_highlighter->rehighlight();
}

void ArticleColumn::setColours(const OverlayStyle &style)
{
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Base, style.background);
    textPalette.setColor(QPalette::Text, style.text);
    m_text->setPalette(textPalette);

    QPalette headerPalette = m_header->palette();
    headerPalette.setColor(QPalette::Window, style.headerBackground);
    headerPalette.setColor(QPalette::WindowText, style.text);
    m_header->setPalette(headerPalette);
    QPalette metaPalette = headerPalette;
    metaPalette.setColor(QPalette::WindowText, style.dimmedText);
    m_meta->setPalette(metaPalette);
}

void ArticleColumn::setFontPointSize(qreal size)
{
    QFont font = m_text->font();
    font.setPointSizeF(size);
    m_text->setFont(font);
}

void ArticleColumn::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateHeaderDensity();
}

// Narrow columns keep only the outlet name in their header.
void ArticleColumn::updateHeaderDensity()
{
    const bool narrow = width() < 260;
    m_title->setText(m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideRight, qMax(40, width() - 30)));
    m_title->setVisible(!narrow && !m_fullTitle.isEmpty());
    m_meta->setVisible(!narrow && !m_meta->text().isEmpty());
}

bool ArticleColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_header)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_dragStart = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!(e->buttons() & Qt::LeftButton)
            || (e->position().toPoint() - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            break;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(kColumnMime), QByteArray::number(m_row));
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        drag->setPixmap(m_header->grab());
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter: {
        auto *e = static_cast<QDragEnterEvent *>(event);
        if (e->mimeData()->hasFormat(QString::fromLatin1(kColumnMime)))
            e->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        bool ok = false;
        const int source = e->mimeData()->data(QString::fromLatin1(kColumnMime)).toInt(&ok);
        if (ok && source != m_row) {
            e->acceptProposedAction();
            Q_EMIT columnDropped(source, m_row);
        }
        return true;
    }
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}
