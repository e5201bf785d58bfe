#include "articlecolumn.h"

#include "article.h"
#include "corpusmodel.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

ArticleColumn::ArticleColumn(QWidget *parent)
    : QFrame(parent)
    , m_outlet(new QLabel(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("columnHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(2);

    QFont outletFont = m_outlet->font();
    outletFont.setBold(true);
    outletFont.setPointSizeF(outletFont.pointSizeF() * 1.1);
    m_outlet->setFont(outletFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_outlet);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_meta);
    layout->addWidget(header);

    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(14);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(qMax(11.0, textFont.pointSizeF() * 1.1));
    m_text->setFont(textFont);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);
    setMinimumWidth(160);
}

void ArticleColumn::setArticle(const Article &article, int row)
{
    m_row = row;
    m_outlet->setText(CorpusModel::sourceName(article));
    m_title->setText(article.title);
    QStringList meta;
    if (article.published.isValid())
        meta << QLocale().toString(article.published, QLocale::LongFormat);
    if (!article.byline.isEmpty())
        meta << article.byline;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_text->setPlainText(article.text);
    setAccessibleName(tr("Article from %1").arg(CorpusModel::sourceName(article)));
    m_text->setAccessibleName(tr("Text of the article from %1").arg(CorpusModel::sourceName(article)));
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

void ArticleColumn::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateHeaderDensity();
}

// Narrow columns keep only the outlet name in their header.
void ArticleColumn::updateHeaderDensity()
{
    const bool narrow = width() < 260;
    m_title->setVisible(!narrow && !m_title->text().isEmpty());
    m_meta->setVisible(!narrow && !m_meta->text().isEmpty());
}
