// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The styles of an OpenDocument text (odfwriter.h): Qt text formats turned into ODF
// automatic styles, each set of properties named once ("P1", "T1", "Cell1", ...) as the
// body meets it, then written ahead of the body (contentHead), and the file's styles.xml
// (default font from the document, A4 pages).
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QTextBlockFormat;
class QTextCharFormat;
class QTextDocument;
class QTextListFormat;
class QTextTableCellFormat;
class QTextTableFormat;
class QXmlStreamWriter;

// Starts an ODF XML file: the declaration, then `root` with the namespaces of ODF 1.2
// and its version in `versionAttribute`.
void startOdfXml(QXmlStreamWriter &xml, const QString &root, const QString &versionAttribute = QStringLiteral("office:version"));

class OdfStyles
{
public:
    // Empty when the format asks for nothing (the text or paragraph then takes the defaults).
    QString paragraphStyle(int formatIndex, const QTextBlockFormat &format);
    QString textStyle(int formatIndex, const QTextCharFormat &format);
    QString listStyle(const QTextListFormat &format);
    QString tableStyle(const QTextTableFormat &format);
    QStringList columnStyles(const QTextTableFormat &format, int columns);
    QString cellStyle(const QTextTableFormat &table, const QTextTableCellFormat &cell);

    // content.xml up to its body: declarations, the automatic styles named so far, and the
    // opening of the body's text.
    QByteArray contentHead() const;
    QByteArray stylesXml(const QTextDocument &document) const;

private:
    using Attributes = QList<std::pair<QString, QString>>;
    struct Element
    {
        QString tag;
        Attributes attributes;
    };
    struct Style
    {
        QString name;
        QString family; // empty: a list style
        QList<Element> elements;
    };
    QString named(const QString &prefix, const QString &family, const QList<Element> &elements);

    QList<Style> m_styles;
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_counts; // per prefix
    QHash<int, QString> m_paragraphs;
    QHash<int, QString> m_texts;
};
