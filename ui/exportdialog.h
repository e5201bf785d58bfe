// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Export dialog: format, what to include, a live preview of the text
// formats (highlighted with KSyntaxHighlighting's own definitions), and the
// target, asking before replacing a file. The window's ExportJob writes it.
#include "analysis.h"
#include "sheetexport.h"

#include <QDialog>

#include <memory>

class Prompter;
class SheetPreviewJob;
struct SheetPreview;
class QTextDocument;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTextEdit;
class QTimer;
namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `repository` highlights the previews; it outlives the dialog.
    ExportDialog(AnalysisPtr analysis, const KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportSettings settings() const;
    void setFormat(SheetFormat format);
    QString previewText() const; // the text preview as shown (text formats)

    // Takes `path` as the target, asking first when that would replace something; false if the reader declines.
    bool setTarget(const QString &path);
    // Who asks before replacing: message boxes unless set (the window hands in its own).
    void setPrompter(Prompter *prompter);
    QString target() const { return m_target; }

Q_SIGNALS:
    void previewUpdated();

private:
    void chooseTarget();
    void updateControls();
    void updatePreview();
    void showPreview(const SheetPreview &preview);

    AnalysisPtr m_analysis;
    const KSyntaxHighlighting::Repository &m_repository;
    QComboBox *m_format;
    QComboBox *m_csvTable;
    QCheckBox *m_bom;
    QCheckBox *m_landscape;
    QCheckBox *m_texts;
    QList<QCheckBox *> m_kinds;
    QList<QCheckBox *> m_types;
    QListWidget *m_sources;
    QStackedWidget *m_previewStack;
    QPlainTextEdit *m_preview;
    QTextEdit *m_richPreview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QLabel *m_summary;
    QTimer *m_previewTimer;
    QString m_target;
    SheetPreviewJob *m_previewJob;
    std::shared_ptr<QTextDocument> m_richDocument; // shown in m_richPreview
    std::unique_ptr<Prompter> m_messageBoxes;
    Prompter *m_prompter;
};
