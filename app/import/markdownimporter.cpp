// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "metadataguesser.h"

#include <QRegularExpression>
#include <QStringList>

#include <md4c.h>

namespace {

// Named entities that survive into Markdown text; numeric ones are decoded in general.
QString decodeEntity(const QString &entity)
{
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const bool hex = entity.size() > 2 && (entity[2] == u'x' || entity[2] == u'X');
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return QString(QChar(0xFFFD));
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},       {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},      {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&mdash;"), QString(QChar(0x2014))},  {QStringLiteral("&ndash;"), QString(QChar(0x2013))},
        {QStringLiteral("&hellip;"), QString(QChar(0x2026))}, {QStringLiteral("&lsquo;"), QString(QChar(0x2018))},
        {QStringLiteral("&rsquo;"), QString(QChar(0x2019))},  {QStringLiteral("&ldquo;"), QString(QChar(0x201C))},
        {QStringLiteral("&rdquo;"), QString(QChar(0x201D))},  {QStringLiteral("&copy;"), QString(QChar(0xA9))},
        {QStringLiteral("&eacute;"), QString(QChar(0xE9))},   {QStringLiteral("&euro;"), QString(QChar(0x20AC))},
    };
    return named.value(entity, entity);
}

struct Renderer
{
    QStringList paragraphs;
    QString current;
    QString firstHeading;
    int imageDepth = 0;
    int htmlBlockDepth = 0;
    int headingLevel = 0;

    void flush()
    {
        // Soft breaks became spaces; keep hard breaks, drop padding around them.
        QStringList kept;
        for (const QString &line : current.split(u'\n')) {
            const QString t = line.simplified();
            if (!t.isEmpty())
                kept.append(t);
        }
        if (!kept.isEmpty()) {
            const QString p = kept.join(u'\n');
            if (headingLevel == 1 && firstHeading.isEmpty())
                firstHeading = p;
            paragraphs.append(p);
        }
        current.clear();
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    switch (type) {
    case MD_BLOCK_H:
        r->flush();
        r->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_HTML: ++r->htmlBlockDepth; break;
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR: r->flush(); break;
    case MD_BLOCK_TD:
    case MD_BLOCK_TH:
        if (!r->current.isEmpty())
            r->current += QStringLiteral(" \t ");
        break;
    default: break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    switch (type) {
    case MD_BLOCK_H:
        r->flush();
        r->headingLevel = 0;
        break;
    case MD_BLOCK_HTML:
        --r->htmlBlockDepth;
        r->current.clear();
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR: r->flush(); break;
    default: break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *user)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<Renderer *>(user)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *user)
{
    if (type == MD_SPAN_IMG)
        --static_cast<Renderer *>(user)->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    // Image descriptions and raw HTML are not part of the article's prose.
    if (r->imageDepth > 0 || r->htmlBlockDepth > 0)
        return 0;
    const QString s = QString::fromUtf8(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH: r->current += s; break;
    case MD_TEXT_NULLCHAR: r->current += QChar(0xFFFD); break;
    case MD_TEXT_BR: r->current += u'\n'; break;
    case MD_TEXT_SOFTBR: r->current += u' '; break;
    case MD_TEXT_ENTITY: r->current += decodeEntity(s); break;
    case MD_TEXT_HTML: break;
    }
    return 0;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.front() == u'"' && v.back() == u'"') || (v.front() == u'\'' && v.back() == u'\'')))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

// A YAML value that may be a flow list "[a, b]" or a block list of "- a" lines.
QString joinedValue(const QString &value, const QStringList &items)
{
    QString v = value.trimmed();
    QStringList parts;
    if (v.startsWith(u'[') && v.endsWith(u']')) {
        for (const QString &p : v.mid(1, v.size() - 2).split(u','))
            parts.append(unquote(p));
    } else if (!v.isEmpty()) {
        parts.append(unquote(v));
    }
    for (const QString &i : items)
        parts.append(unquote(i));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

// Applies "key: value" pairs of the front matter; unknown keys are ignored.
void readFrontMatter(const QString &block, MarkdownArticle &a)
{
    const QStringList lines = block.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (line.isEmpty() || line.front().isSpace() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QStringList items;
        while (i + 1 < lines.size() && lines[i + 1].trimmed().startsWith(u"- ")) {
            items.append(lines[i + 1].trimmed().mid(2));
            ++i;
        }
        const QString value = joinedValue(line.mid(colon + 1), items);
        if (value.isEmpty())
            continue;
        if (key == u"title" || key == u"headline")
            a.title = value;
        else if (key == u"author" || key == u"authors" || key == u"byline")
            a.byline = value;
        else if (key == u"outlet" || key == u"source" || key == u"publisher" || key == u"site" || key == u"site_name"
                 || key == u"publication")
            a.outlet = value;
        else if (key == u"url" || key == u"link" || key == u"canonical_url" || key == u"source_url")
            a.url = value;
        else if (key == u"date" || key == u"published" || key == u"pubdate" || key == u"published_at" || key == u"publishdate"
                 || key == u"date_published")
            a.published = parseWrittenDate(value);
    }
}

} // namespace

MarkdownArticle readMarkdown(const QString &source)
{
    MarkdownArticle a;
    QString body = source;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression frontMatter(QStringLiteral(R"(^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$))"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch fm = frontMatter.match(body);
    if (fm.hasMatch()) {
        readFrontMatter(fm.captured(1), a);
        body = body.mid(fm.capturedEnd());
    }

    Renderer renderer;
    const MD_PARSER parser{.abi_version = 0,
                           .flags = MD_DIALECT_GITHUB,
                           .enter_block = enterBlock,
                           .leave_block = leaveBlock,
                           .enter_span = enterSpan,
                           .leave_span = leaveSpan,
                           .text = onText,
                           .debug_log = nullptr,
                           .syntax = nullptr};
    const QByteArray utf8 = body.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &renderer);
    renderer.flush();
    a.text = renderer.paragraphs.join(QStringLiteral("\n\n"));
    if (!a.text.isEmpty())
        a.text += u'\n';
    if (a.title.isEmpty())
        a.title = renderer.firstHeading;
    return a;
}
