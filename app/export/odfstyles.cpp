// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odfstyles.h"

#include <QTextDocument>
#include <QTextFormat>
#include <QXmlStreamWriter>

namespace {

// Qt's text document measures margins, padding and borders in pixels of 1/96 inch.
constexpr qreal kPointsPerPixel = 0.75;
// A4 less 14 mm margins on each side (as the PDF sheet prints): a table's width is a share of it.
constexpr qreal kTextWidthCm = 21.0 - 2 * 1.4;

QString number(qreal value)
{
    QString s = QString::number(value, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString pixels(qreal px)
{
    return number(px * kPointsPerPixel) + QStringLiteral("pt");
}

QString color(const QBrush &brush)
{
    return brush.color().name(QColor::HexRgb);
}

bool hasBrush(const QTextFormat &format, int property)
{
    return format.hasProperty(property) && format.brushProperty(property).style() != Qt::NoBrush;
}

QString fo(const char *name)
{
    return QStringLiteral("fo:") + QLatin1StringView(name);
}

QList<std::pair<QString, QString>> textProperties(const QTextCharFormat &f)
{
    QList<std::pair<QString, QString>> a;
    if (f.hasProperty(QTextFormat::FontWeight)) {
        const int weight = f.fontWeight();
        a.append({fo("font-weight"), weight == QFont::Normal ? QStringLiteral("normal")
                                     : weight == QFont::Bold ? QStringLiteral("bold")
                                                             : QString::number(std::clamp((weight + 50) / 100 * 100, 100, 900))});
    }
    if (f.hasProperty(QTextFormat::FontItalic))
        a.append({fo("font-style"), f.fontItalic() ? QStringLiteral("italic") : QStringLiteral("normal")});
    if (f.hasProperty(QTextFormat::FontPointSize) && f.fontPointSize() > 0)
        a.append({fo("font-size"), number(f.fontPointSize()) + QStringLiteral("pt")});
    const QStringList families = f.fontFamilies().toStringList();
    if (!families.isEmpty())
        a.append({fo("font-family"), families.first()});
    if (hasBrush(f, QTextFormat::ForegroundBrush))
        a.append({fo("color"), color(f.foreground())});
    if (hasBrush(f, QTextFormat::BackgroundBrush))
        a.append({fo("background-color"), color(f.background())});
    if (f.fontUnderline()) {
        a.append({QStringLiteral("style:text-underline-style"), QStringLiteral("solid")});
        a.append({QStringLiteral("style:text-underline-width"), QStringLiteral("auto")});
        a.append({QStringLiteral("style:text-underline-color"), QStringLiteral("font-color")});
    }
    if (f.fontStrikeOut())
        a.append({QStringLiteral("style:text-line-through-style"), QStringLiteral("solid")});
    if (f.verticalAlignment() == QTextCharFormat::AlignSuperScript)
        a.append({QStringLiteral("style:text-position"), QStringLiteral("super 58%")});
    else if (f.verticalAlignment() == QTextCharFormat::AlignSubScript)
        a.append({QStringLiteral("style:text-position"), QStringLiteral("sub 58%")});
    return a;
}

QString alignment(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (a & Qt::AlignJustify)
        return QStringLiteral("justify");
    if (a & Qt::AlignRight)
        return QStringLiteral("end");
    return {};
}

QList<std::pair<QString, QString>> paragraphProperties(const QTextBlockFormat &f)
{
    QList<std::pair<QString, QString>> a;
    const std::pair<int, const char *> margins[] = {{QTextFormat::BlockTopMargin, "margin-top"},
                                                    {QTextFormat::BlockBottomMargin, "margin-bottom"},
                                                    {QTextFormat::BlockLeftMargin, "margin-left"},
                                                    {QTextFormat::BlockRightMargin, "margin-right"},
                                                    {QTextFormat::TextIndent, "text-indent"}};
    for (const auto &[property, name] : margins) {
        if (f.hasProperty(property))
            a.append({fo(name), pixels(f.doubleProperty(property))});
    }
    if (const QString align = alignment(f.alignment()); f.hasProperty(QTextFormat::BlockAlignment) && !align.isEmpty())
        a.append({fo("text-align"), align});
    if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        a.append({fo("break-before"), QStringLiteral("page")});
    if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
        a.append({fo("break-after"), QStringLiteral("page")});
    if (f.hasProperty(QTextFormat::LineHeight)) {
        switch (f.lineHeightType()) {
        case QTextBlockFormat::ProportionalHeight: a.append({fo("line-height"), number(f.lineHeight()) + u'%'}); break;
        case QTextBlockFormat::FixedHeight: a.append({fo("line-height"), pixels(f.lineHeight())}); break;
        case QTextBlockFormat::MinimumHeight: a.append({QStringLiteral("style:line-height-at-least"), pixels(f.lineHeight())}); break;
        case QTextBlockFormat::LineDistanceHeight: a.append({QStringLiteral("style:line-spacing"), pixels(f.lineHeight())}); break;
        default: break;
        }
    }
    if (hasBrush(f, QTextFormat::BackgroundBrush))
        a.append({fo("background-color"), color(f.background())});
    return a;
}

QString pageBreak(QTextFormat::PageBreakFlags policy)
{
    return (policy & QTextFormat::PageBreak_AlwaysBefore) ? QStringLiteral("page") : QString();
}

} // namespace

QString OdfStyles::named(const QString &prefix, const QString &family, const QList<Element> &elements)
{
    QString key = family;
    for (const Element &e : elements) {
        key += u'|' + e.tag;
        for (const auto &[name, value] : e.attributes)
            key += u' ' + name + u'=' + value;
    }
    if (const auto it = m_byKey.constFind(key); it != m_byKey.cend())
        return m_styles[*it].name;
    const QString name = prefix + QString::number(++m_counts[prefix]);
    m_byKey.insert(key, int(m_styles.size()));
    m_styles.append({name, family, elements});
    return name;
}

QString OdfStyles::paragraphStyle(int formatIndex, const QTextBlockFormat &format)
{
    if (const auto it = m_paragraphs.constFind(formatIndex); it != m_paragraphs.cend())
        return *it;
    const Attributes properties = paragraphProperties(format);
    const QString name = properties.isEmpty() ? QString()
                                              : named(QStringLiteral("P"), QStringLiteral("paragraph"),
                                                      {{QStringLiteral("style:paragraph-properties"), properties}});
    m_paragraphs.insert(formatIndex, name);
    return name;
}

QString OdfStyles::textStyle(int formatIndex, const QTextCharFormat &format)
{
    if (const auto it = m_texts.constFind(formatIndex); it != m_texts.cend())
        return *it;
    const Attributes properties = textProperties(format);
    const QString name = properties.isEmpty()
                             ? QString()
                             : named(QStringLiteral("T"), QStringLiteral("text"), {{QStringLiteral("style:text-properties"), properties}});
    m_texts.insert(formatIndex, name);
    return name;
}

QString OdfStyles::listStyle(const QTextListFormat &format)
{
    const int indent = std::max(1, format.indent());
    const Attributes position{{QStringLiteral("text:space-before"), number((indent - 1) * 30) + QStringLiteral("pt")},
                              {QStringLiteral("text:min-label-width"), QStringLiteral("15pt")}};
    QString numbers;
    switch (format.style()) {
    case QTextListFormat::ListDecimal: numbers = QStringLiteral("1"); break;
    case QTextListFormat::ListLowerAlpha: numbers = QStringLiteral("a"); break;
    case QTextListFormat::ListUpperAlpha: numbers = QStringLiteral("A"); break;
    case QTextListFormat::ListLowerRoman: numbers = QStringLiteral("i"); break;
    case QTextListFormat::ListUpperRoman: numbers = QStringLiteral("I"); break;
    default: break;
    }
    const QString bullet = format.style() == QTextListFormat::ListCircle   ? QStringLiteral("\u25e6")
                           : format.style() == QTextListFormat::ListSquare ? QStringLiteral("\u25aa")
                                                                           : QStringLiteral("\u2022");
    const Element level = numbers.isEmpty()
                              ? Element{QStringLiteral("text:list-level-style-bullet"),
                                        {{QStringLiteral("text:level"), QStringLiteral("1")}, {QStringLiteral("text:bullet-char"), bullet}}}
                              : Element{QStringLiteral("text:list-level-style-number"),
                                        {{QStringLiteral("text:level"), QStringLiteral("1")},
                                         {QStringLiteral("style:num-format"), numbers},
                                         {QStringLiteral("style:num-suffix"), QStringLiteral(".")}}};
    return named(QStringLiteral("L"), QString(), {level, {QStringLiteral("style:list-level-properties"), position}});
}

QString OdfStyles::tableStyle(const QTextTableFormat &format)
{
    const QTextLength width = format.width();
    const qreal share = width.type() == QTextLength::PercentageLength ? std::clamp(width.rawValue(), 1.0, 100.0) : 100.0;
    Attributes a{{QStringLiteral("style:width"), number(kTextWidthCm * share / 100) + QStringLiteral("cm")},
                 {QStringLiteral("style:rel-width"), number(share) + u'%'},
                 {QStringLiteral("table:align"), share >= 100 ? QStringLiteral("margins") : QStringLiteral("left")}};
    if (const QString before = pageBreak(format.pageBreakPolicy()); !before.isEmpty())
        a.append({fo("break-before"), before});
    if (format.hasProperty(QTextFormat::TableBorderCollapse))
        a.append(
            {QStringLiteral("table:border-model"), format.borderCollapse() ? QStringLiteral("collapsing") : QStringLiteral("separating")});
    return named(QStringLiteral("Tab"), QStringLiteral("table"), {{QStringLiteral("style:table-properties"), a}});
}

QStringList OdfStyles::columnStyles(const QTextTableFormat &format, int columns)
{
    // Relative widths: the percentages given, the rest shared evenly by the columns without one.
    const QList<QTextLength> constraints = format.columnWidthConstraints();
    qreal given = 0;
    int free = 0;
    for (int c = 0; c < columns; ++c) {
        const QTextLength l = constraints.value(c);
        if (l.type() == QTextLength::PercentageLength)
            given += l.rawValue();
        else
            ++free;
    }
    const qreal rest = free > 0 ? std::max(100.0 - given, qreal(free)) / free : 0;
    QStringList names;
    for (int c = 0; c < columns; ++c) {
        const QTextLength l = constraints.value(c);
        const qreal share = l.type() == QTextLength::PercentageLength ? l.rawValue() : rest;
        const QString rel = QString::number(std::max(1, qRound(share * 100))) + u'*';
        names.append(named(QStringLiteral("Col"), QStringLiteral("table-column"),
                           {{QStringLiteral("style:table-column-properties"), {{QStringLiteral("style:rel-width"), rel}}}}));
    }
    return names;
}

QString OdfStyles::cellStyle(const QTextTableFormat &table, const QTextTableCellFormat &cell)
{
    Attributes a;
    if (hasBrush(cell, QTextFormat::BackgroundBrush))
        a.append({fo("background-color"), color(cell.background())});
    const std::pair<int, const char *> paddings[] = {{QTextFormat::TableCellTopPadding, "padding-top"},
                                                     {QTextFormat::TableCellBottomPadding, "padding-bottom"},
                                                     {QTextFormat::TableCellLeftPadding, "padding-left"},
                                                     {QTextFormat::TableCellRightPadding, "padding-right"}};
    for (const auto &[property, name] : paddings)
        a.append({fo(name), pixels(cell.hasProperty(property) ? cell.doubleProperty(property) : table.cellPadding())});
    if (table.border() > 0) {
        const QBrush brush = table.borderBrush();
        a.append({fo("border"), QStringLiteral("%1 solid %2")
                                    .arg(pixels(table.border()), brush.style() == Qt::NoBrush ? QStringLiteral("#000000") : color(brush))});
    }
    return named(QStringLiteral("Cell"), QStringLiteral("table-cell"), {{QStringLiteral("style:table-cell-properties"), a}});
}

void startOdfXml(QXmlStreamWriter &xml, const QString &root, const QString &versionAttribute)
{
    const std::pair<const char *, const char *> spaces[] = {
        {"xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
        {"xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"},
    };
    xml.writeStartDocument();
    xml.writeStartElement(root);
    for (const auto &[name, uri] : spaces)
        xml.writeAttribute(QString::fromLatin1(name), QString::fromLatin1(uri));
    xml.writeAttribute(versionAttribute, QStringLiteral("1.2"));
}

QByteArray OdfStyles::contentHead() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startOdfXml(xml, QStringLiteral("office:document-content"));
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    for (const Style &s : m_styles) {
        xml.writeStartElement(s.family.isEmpty() ? QStringLiteral("text:list-style") : QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), s.name);
        if (!s.family.isEmpty())
            xml.writeAttribute(QStringLiteral("style:family"), s.family);
        // A list style's level holds its position; a style's property elements stand side by side.
        for (qsizetype i = 0; i < s.elements.size(); ++i) {
            const Element &e = s.elements[i];
            xml.writeStartElement(e.tag);
            for (const auto &[name, value] : e.attributes)
                xml.writeAttribute(name, value);
            if (!s.family.isEmpty() || i + 1 == s.elements.size())
                xml.writeEndElement();
        }
        if (s.family.isEmpty() && s.elements.size() > 1)
            xml.writeEndElement(); // the level
        xml.writeEndElement();
    }
    xml.writeEndElement();
    // The body follows, written apart (odfwriter.cpp): the root stays open.
    out.append("<office:body><office:text>");
    return out;
}

QByteArray OdfStyles::stylesXml(const QTextDocument &document) const
{
    const QFont font = document.defaultFont();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startOdfXml(xml, QStringLiteral("office:document-styles"));
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    xml.writeEmptyElement(QStringLiteral("style:font-face"));
    xml.writeAttribute(QStringLiteral("style:name"), font.family());
    xml.writeAttribute(QStringLiteral("svg:font-family"), u'\'' + font.family() + u'\'');
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), font.family());
    if (font.pointSizeF() > 0)
        xml.writeAttribute(QStringLiteral("fo:font-size"), number(font.pointSizeF()) + QStringLiteral("pt"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("pm1"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    const Attributes page{{fo("page-width"), QStringLiteral("21cm")},
                          {fo("page-height"), QStringLiteral("29.7cm")},
                          {fo("margin-top"), QStringLiteral("1.4cm")},
                          {fo("margin-bottom"), QStringLiteral("1.2cm")},
                          {fo("margin-left"), QStringLiteral("1.4cm")},
                          {fo("margin-right"), QStringLiteral("1.4cm")},
                          {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")}};
    for (const auto &[name, value] : page)
        xml.writeAttribute(name, value);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeEmptyElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("pm1"));
    xml.writeEndDocument();
    return out;
}
