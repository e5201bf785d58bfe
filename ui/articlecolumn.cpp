// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecolumn.h"

#include "article.h"
#include "articletextview.h"
#include "corpusmodel.h"
#include "elidedname.h"
#include "overlaystyle.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
const char *const kColumnMime = "application/x-parallax-column";

// The number that tells an article's name from a like one in its corpus
// (" (2)" of "Reuters (2)"), or nothing; `full` is the name it was made from.
QString numberOf(const Article &article, const QString &full)
{
    static const QRegularExpression numbered(QStringLiteral(R"( \(\d+\)$)"));
    const QRegularExpressionMatch m = numbered.match(article.sourceName());
    return m.hasMatch() && !full.endsWith(m.captured(0)) ? m.captured(0) : QString();
}
} // namespace

ArticleColumn::ArticleColumn(QWidget *parent)
    : QFrame(parent)
    , m_header(new QWidget(this))
    , m_outlet(new QLabel(m_header))
    , m_title(new QLabel(m_header))
    , m_meta(new QLabel(m_header))
    , m_text(new ArticleTextView(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
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
    // Elided to the column's width: their full texts must not hold the column wide.
    m_outlet->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    // The header names the article in full, elided to the column's width: the
    // outlet, or else the headline, which then needs no line of its own. An
    // article without a headline shows its first words instead, in italics: they
    // are the start of the report, not a headline.
    const bool hasOutlet = !article.outlet.trimmed().isEmpty();
    const bool hasHeadline = !article.title.trimmed().isEmpty();
    m_fullName = hasOutlet ? article.outlet.trimmed() : article.nameText().simplified();
    if (m_fullName.isEmpty())
        m_fullName = source;
    m_nameNumber = numberOf(article, m_fullName);
    m_distinctName = source.endsWith(m_nameNumber) ? source.chopped(m_nameNumber.size()) : source;
    m_outlet->setToolTip(m_fullName + m_nameNumber);
    QFont nameFont = m_outlet->font();
    nameFont.setItalic(!hasOutlet && !hasHeadline);
    m_outlet->setFont(nameFont);
    m_fullTitle = hasOutlet ? article.nameText().simplified() : QString();
    m_title->setToolTip(m_fullTitle);
    QFont titleFont = m_title->font();
    titleFont.setItalic(!hasHeadline);
    m_title->setFont(titleFont);
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

void ArticleColumn::setHighlighting(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme,
                                    const OverlayStyle &style)
{
    setSyntaxHighlighting(definition, theme);
    setColours(style);
}

void ArticleColumn::setSyntaxHighlighting(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme)
{
    // setDefinition() re-runs the highlighter when the definition changes, setTheme()
    // never does: the theme first, then the definition, and one more run only when
    // the definition stayed (a new column would otherwise be highlighted twice).
    // The highlighter meets the text only now: on the text without a definition
    // it would format every line with the no-theme colour, which paints nothing,
    // and a column waiting for its turn would stay blank.
    const bool sameDefinition = m_highlighter->definition() == definition;
    m_highlighter->setTheme(theme);
    m_highlighter->setDefinition(definition);
    if (!m_highlighter->document())
        m_highlighter->setDocument(m_text->document());
    else if (sameDefinition)
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
    const int room = qMax(40, width() - 30);
    const QFontMetrics nameMetrics = m_outlet->fontMetrics();
    m_outlet->setText(elidedSourceName(nameMetrics, m_distinctName, room - nameMetrics.horizontalAdvance(m_nameNumber), m_fullName)
                      + m_nameNumber);
    m_title->setText(m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideRight, room));
    m_title->setVisible(!narrow && !m_fullTitle.isEmpty());
    m_meta->setVisible(!narrow && !m_meta->text().isEmpty());
}

bool ArticleColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_header)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: m_dragStart = static_cast<QMouseEvent *>(event)->position().toPoint(); break;
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
    case QEvent::ContextMenu: Q_EMIT headerMenuRequested(m_row, static_cast<QContextMenuEvent *>(event)->globalPos()); return true;
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
    default: break;
    }
    return QFrame::eventFilter(watched, event);
}
