// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "prompter.h"
#include "sheetpreviewjob.h"

#include "sheetpalette.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Previews longer than this (bytes of UTF-8) are cut: highlighting megabytes of HTML would stall the dialog.
constexpr qsizetype previewLimit = 400000;
} // namespace

ExportDialog::ExportDialog(AnalysisPtr analysis, const KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_analysis(std::move(analysis))
    , m_repository(repository)
    , m_previewJob(new SheetPreviewJob(repository, this))
    , m_messageBoxes(std::make_unique<MessageBoxPrompter>(this))
    , m_prompter(m_messageBoxes.get())
{
    setWindowTitle(tr("Export Comparison Sheet"));
    resize(1000, 680);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (SheetFormat f : allSheetFormats())
        m_format->addItem(sheetFormatTitle(f), int(f));
    m_csvTable = new QComboBox(this);
    m_csvTable->setObjectName(QStringLiteral("csvTable"));
    m_csvTable->addItem(tr("Claims"), 0);
    m_csvTable->addItem(tr("Entities"), 1);
    m_csvTable->addItem(tr("Sources"), 2);
    m_csvTable->addItem(tr("A folder with all three"), 3);
    m_bom = new QCheckBox(tr("Byte order mark (for spreadsheet programs)"), this);
    m_landscape = new QCheckBox(tr("Landscape pages"), this);
    m_texts = new QCheckBox(tr("Article texts"), this);
    m_texts->setChecked(true);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatForm = new QFormLayout(formatBox);
    formatForm->addRow(tr("&Format:"), m_format);
    formatForm->addRow(tr("&Table:"), m_csvTable);
    formatForm->addRow(m_bom);
    formatForm->addRow(m_landscape);
    formatForm->addRow(m_texts);

    auto *includeBox = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(includeBox);
    // A ticked box per claim kind and per entity type, with the one it stands for in `property`.
    auto addBox = [includeBox](QHBoxLayout *row, QList<QCheckBox *> &boxes, const QString &label, const char *property, int value) {
        auto *box = new QCheckBox(label, includeBox);
        box->setChecked(true);
        box->setProperty(property, value);
        boxes.append(box);
        row->addWidget(box);
    };
    auto *kindRow = new QHBoxLayout;
    for (ClaimKind k : kClaimKinds)
        addBox(kindRow, m_kinds, sheetKindLabel(k), "kind", int(k));
    auto *typeRow = new QHBoxLayout;
    for (EntityType t : kEntityTypes)
        addBox(typeRow, m_types, entityTypeTitle(t), "type", int(t));
    m_sources = new QListWidget(includeBox);
    m_sources->setObjectName(QStringLiteral("sources"));
    for (const Article &a : m_analysis->corpus->articles) {
        const QString name = a.outlet.isEmpty() || a.title.isEmpty() ? (a.title.isEmpty() ? a.sourceName() : a.title)
                                                                     : QStringLiteral("%1 \u2014 %2").arg(a.outlet, a.title);
        auto *item = new QListWidgetItem(name, m_sources);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    includeLayout->addWidget(new QLabel(tr("Claims:"), includeBox));
    includeLayout->addLayout(kindRow);
    includeLayout->addWidget(new QLabel(tr("Entities:"), includeBox));
    includeLayout->addLayout(typeRow);
    includeLayout->addWidget(new QLabel(tr("Sources:"), includeBox));
    includeLayout->addWidget(m_sources, 1);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    m_highlighter->setTheme(theme);
    QPalette pal = m_preview->palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_preview->setPalette(pal);
    m_richPreview = new QTextEdit(this);
    m_richPreview->setObjectName(QStringLiteral("richPreview"));
    m_richPreview->setReadOnly(true);
    // The sheets are paper: previewed as printed, dark ink on white, whatever the
    // theme (its light text would land on the sheet's light table cells).
    const SheetPalette paper = SheetPalette::forPaper();
    QPalette paperPalette = m_richPreview->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paperPalette.setColor(group, QPalette::Base, paper.paper);
        paperPalette.setColor(group, QPalette::Text, paper.text);
        paperPalette.setColor(group, QPalette::Link, paper.text);
    }
    m_richPreview->setPalette(paperPalette);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_richPreview);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *left = new QVBoxLayout;
    left->addWidget(formatBox);
    left->addWidget(includeBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview:"), this));
    right->addWidget(m_previewStack, 1);
    right->addWidget(m_summary);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseTarget);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Options change in bursts (ticking several boxes); the preview follows the last one.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto changed = [this] {
        updateControls();
        m_previewTimer->start();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_csvTable, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : QList<QCheckBox *>{m_bom, m_landscape, m_texts})
        connect(box, &QCheckBox::toggled, this, changed);
    // An empty choice would mean "everything" to the sheet: the last ticked box stays ticked.
    for (const QList<QCheckBox *> &group : {m_kinds, m_types}) {
        for (QCheckBox *box : group) {
            connect(box, &QCheckBox::toggled, this, [box, group, changed](bool on) {
                if (!on && std::none_of(group.begin(), group.end(), [](QCheckBox *b) { return b->isChecked(); }))
                    box->setChecked(true);
                else
                    changed();
            });
        }
    }
    connect(m_sources, &QListWidget::itemChanged, this, [this, changed](QListWidgetItem *item) {
        bool any = false;
        for (int i = 0; i < m_sources->count(); ++i)
            any = any || m_sources->item(i)->checkState() == Qt::Checked;
        if (!any)
            item->setCheckState(Qt::Checked);
        else
            changed();
    });
    connect(m_previewJob, &SheetPreviewJob::ready, this, &ExportDialog::showPreview);
    updateControls();
    m_previewTimer->start(); // with the changes made before the dialog shows, if any
    m_summary->setText(tr("Preparing the preview\u2026"));
}

ExportDialog::~ExportDialog()
{
    m_richPreview->setDocument(nullptr); // lets go of m_richDocument before it is deleted
}

void ExportDialog::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_messageBoxes.get();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = SheetFormat(m_format->currentData().toInt());
    s.landscape = m_landscape->isChecked();
    s.byteOrderMark = m_bom->isChecked();
    const int table = m_csvTable->currentData().toInt();
    s.csvFolder = table == 3;
    s.csvTable = table == 1 ? CsvTable::Entities : table == 2 ? CsvTable::Sources : CsvTable::Claims;
    s.content.articleTexts = m_texts->isChecked();
    // An empty list means "all" to the sheet; keepOneTicked() sees that one box stays ticked.
    for (QCheckBox *box : m_kinds) {
        if (box->isChecked())
            s.content.kinds.append(ClaimKind(box->property("kind").toInt()));
    }
    for (QCheckBox *box : m_types) {
        if (box->isChecked())
            s.content.types.append(EntityType(box->property("type").toInt()));
    }
    for (int i = 0; i < m_sources->count(); ++i) {
        if (m_sources->item(i)->checkState() == Qt::Checked)
            s.content.sources.append(i);
    }
    return s;
}

void ExportDialog::setFormat(SheetFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::previewText() const
{
    return m_previewStack->currentWidget() == m_preview ? m_preview->toPlainText() : m_richPreview->toPlainText();
}

void ExportDialog::updateControls()
{
    const SheetFormat f = SheetFormat(m_format->currentData().toInt());
    m_csvTable->setEnabled(f == SheetFormat::Csv);
    m_bom->setEnabled(f == SheetFormat::Csv);
    m_landscape->setEnabled(f == SheetFormat::Pdf);
    m_texts->setEnabled(f == SheetFormat::Html || f == SheetFormat::Pdf || f == SheetFormat::Odt);
}

// Made in the background (a sheet of thousands of sources takes seconds); shown by showPreview.
void ExportDialog::updatePreview()
{
    m_previewJob->start(m_analysis, settings(), previewLimit, u'\n' + tr("[\u2026 the preview stops here; the export is complete]"));
    m_summary->setText(tr("Preparing the preview\u2026"));
}

void ExportDialog::showPreview(const SheetPreview &preview)
{
    m_summary->setText(preview.summary);
    if (preview.document) {
        m_richPreview->setDocument(preview.document.get());
        m_richDocument = preview.document; // the one shown before goes now that the view lets go of it
        m_previewStack->setCurrentWidget(m_richPreview);
    } else {
        const KSyntaxHighlighting::Definition def = m_repository.definitionForName(sheetFormatDefinitionName(preview.format));
        // KSyntaxHighlighting queues rehighlightBlock() calls for the blocks after a changed
        // one; new text would leave them pointing at freed blocks. Detached from the
        // document, the highlighter drops them; attached again, it highlights the new text.
        m_highlighter->setDocument(nullptr);
        QCoreApplication::sendPostedEvents(m_highlighter, QEvent::MetaCall);
        m_highlighter->setDefinition(def);
        m_preview->setPlainText(preview.text);
        m_highlighter->setDocument(m_preview->document());
        m_previewStack->setCurrentWidget(m_preview);
    }
    Q_EMIT previewUpdated();
}

void ExportDialog::chooseTarget()
{
    const ExportSettings s = settings();
    QString path;
    const QString folder = m_analysis->corpus->folder.isEmpty() ? QDir::homePath() : m_analysis->corpus->folder;
    const QString base = m_analysis->corpus->title.isEmpty() ? tr("comparison") : m_analysis->corpus->title;
    if (s.format == SheetFormat::Csv && s.csvFolder) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), folder);
    } else {
        const QString suggested = QDir(folder).filePath(base + u'.' + sheetFormatSuffix(s.format));
        const QString filter = QStringLiteral("%1 (*.%2)").arg(sheetFormatTitle(s.format), sheetFormatSuffix(s.format));
        path = QFileDialog::getSaveFileName(this, tr("Export Comparison Sheet"), suggested, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    }
    if (!path.isEmpty() && setTarget(path))
        accept();
}

bool ExportDialog::setTarget(const QString &path)
{
    const ExportSettings s = settings();
    QStringList existing;
    if (s.format == SheetFormat::Csv && s.csvFolder) {
        for (const QString &name : {QStringLiteral("claims.csv"), QStringLiteral("entities.csv"), QStringLiteral("sources.csv")}) {
            if (QFileInfo::exists(QDir(path).filePath(name)))
                existing.append(name);
        }
    } else if (QFileInfo::exists(path)) {
        existing.append(QFileInfo(path).fileName());
    }
    if (!existing.isEmpty()) {
        const auto answer =
            m_prompter->ask(QMessageBox::Question, tr("Replace Files?"),
                            tr("%1 already exists. Replace it?", nullptr, int(existing.size())).arg(existing.join(QStringLiteral(", "))),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_target = path;
    return true;
}
