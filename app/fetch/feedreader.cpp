// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedreader.h"

#include "httpdownload.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {

// tr() with the context "FeedReader", in a form lupdate reads.
struct FeedText
{
    Q_DECLARE_TR_FUNCTIONS(FeedReader)
};

// Feeds nest a few levels; anything deeper is not a feed and would only cost stack and time.
constexpr int kMaxDepth = 64;
// More items than any feed carries; a bigger list is a hostile or broken file.
constexpr int kMaxItems = 10000;

QDateTime parseFeedDate(const QString &text)
{
    const QString t = text.simplified();
    QDateTime d = QDateTime::fromString(t, Qt::RFC2822Date); // RSS
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODateWithMs); // Atom (RFC 3339)
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}

class FeedParser
{
public:
    FeedParser(const QByteArray &xml, const QUrl &base)
        : m_xml(xml)
        , m_base(base)
        , m_empty(xml.trimmed().isEmpty())
    {
    }

    Feed parse()
    {
        if (m_empty)
            return failedWith(FeedText::tr("the feed is empty"));
        if (!m_xml.readNextStartElement())
            return failed();
        const QStringView root = m_xml.name();
        if (root == u"rss" || root == u"RDF")
            readChildren(Kind::Rss);
        else if (root == u"feed")
            readChildren(Kind::Atom);
        else
            return failedWith(FeedText::tr("this is XML but not an RSS or Atom feed (its root element is <%1>)").arg(root.toString()));
        if (m_xml.hasError() || !m_feed.error.isEmpty())
            return failed();
        for (FeedItem &item : m_feed.items)
            item.outlet = m_feed.title;
        return m_feed;
    }

private:
    enum class Kind { Rss, Atom };

    // Walks the elements under the current one; items and the feed's title are picked up on the way.
    void readChildren(Kind kind)
    {
        int depth = 0;
        FeedItem item;
        bool inItem = false;
        int itemDepth = 0;
        while (!m_xml.atEnd() && m_feed.error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (inItem && depth == itemDepth)
                    finishItem(item, inItem);
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (++depth > kMaxDepth) {
                m_feed.error = FeedText::tr("the feed is nested more than %1 levels deep").arg(kMaxDepth);
                return;
            }
            const QStringView name = m_xml.name();
            if (name == (kind == Kind::Rss ? u"item" : u"entry")) {
                item = {};
                inItem = true;
                itemDepth = depth;
            } else if (inItem) {
                readItemField(kind, item);
                if (m_xml.tokenType() == QXmlStreamReader::EndElement)
                    --depth; // readElementText() consumed the end tag
            } else if (name == u"title" && m_feed.title.isEmpty()) {
                m_feed.title = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
            }
        }
    }

    void readItemField(Kind kind, FeedItem &item)
    {
        const QStringView name = m_xml.name();
        if (name == u"title") {
            item.title = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (name == u"link" && kind == Kind::Atom) {
            const QString rel = m_xml.attributes().value(u"rel").toString();
            if ((rel.isEmpty() || rel == u"alternate") && item.link.isEmpty())
                item.link = m_base.resolved(QUrl(m_xml.attributes().value(u"href").toString().trimmed()));
        } else if (name == u"link" || (name == u"guid" && m_xml.attributes().value(u"isPermaLink") != u"false")) {
            const QUrl link = m_base.resolved(QUrl(m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed()));
            if (name == u"link" || item.link.isEmpty())
                item.link = link;
        } else if (name == u"pubDate" || name == u"published" || name == u"date" || (name == u"updated" && !item.published.isValid())) {
            item.published = parseFeedDate(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }

    void finishItem(FeedItem &item, bool &inItem)
    {
        inItem = false;
        if (!isWebAddress(item.link))
            return;
        if (m_feed.items.size() >= kMaxItems) {
            m_feed.error = FeedText::tr("the feed has more than %1 items").arg(kMaxItems);
            return;
        }
        if (item.title.isEmpty())
            item.title = item.link.toString();
        m_feed.items.append(item);
    }

    Feed failed()
    {
        if (!m_feed.error.isEmpty())
            return failedWith(m_feed.error);
        if (m_xml.hasError())
            return failedWith(FeedText::tr("the feed is not well-formed XML (line %1, column %2: %3)")
                                  .arg(m_xml.lineNumber())
                                  .arg(m_xml.columnNumber())
                                  .arg(m_xml.errorString()));
        return failedWith(FeedText::tr("the feed is empty"));
    }

    static Feed failedWith(const QString &error)
    {
        Feed f;
        f.error = error;
        return f;
    }

    QXmlStreamReader m_xml;
    QUrl m_base;
    bool m_empty;
    Feed m_feed;
};

} // namespace

Feed readFeed(const QByteArray &xml, const QUrl &base)
{
    return FeedParser(xml, base).parse();
}
