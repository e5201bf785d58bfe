// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "metadataguesser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QStringList>

#include <gumbo.h>

#include <functional>
#include <memory>

namespace {

using Node = GumboNode;

bool isElement(const Node *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

GumboTag tagOf(const Node *n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

QString attribute(const Node *n, const char *name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

const GumboVector &childrenOf(const Node *n)
{
    static const GumboVector none = {nullptr, 0, 0};
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT)
        return n->v.document.children;
    return none;
}

template<typename F>
void forEachChild(const Node *n, F &&f)
{
    const GumboVector &c = childrenOf(n);
    for (unsigned i = 0; i < c.length; ++i)
        f(static_cast<const Node *>(c.data[i]));
}

bool isHeading(GumboTag t)
{
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

bool isBlock(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY: return true;
    default: return isHeading(t);
    }
}

// Readability's class and id patterns (Mozilla readability, Readability.js REGEXPS).
const QRegularExpression &unlikelyPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(-ad-|\bads?\b|advert|ai2html|banner|breadcrumbs|combx|comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|paywall|popup|promo|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|supplemental|ad-break|agegate|pagination|pager|yom-remote)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &maybeCandidatePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(and|article|body|column|content|main|shadow)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

int classWeight(const Node *n)
{
    static const QRegularExpression positive(QStringLiteral(R"(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negative(
        QStringLiteral(
            R"(-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget)"),
        QRegularExpression::CaseInsensitiveOption);
    int weight = 0;
    for (const QString &value : {attribute(n, "class"), attribute(n, "id")}) {
        if (value.isEmpty())
            continue;
        if (negative.match(value).hasMatch())
            weight -= 25;
        if (positive.match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

bool isInside(const Node *n, GumboTag tag)
{
    for (const Node *p = n->parent; p; p = p->parent) {
        if (tagOf(p) == tag)
            return true;
    }
    return false;
}

// Parts of a page that are never the article: furniture, forms, embedded media, hidden blocks.
bool isDropped(const Node *n)
{
    if (n->type == GUMBO_NODE_TEMPLATE || n->type == GUMBO_NODE_COMMENT)
        return true;
    if (n->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (tagOf(n)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PICTURE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_MENU: return true;
    case GUMBO_TAG_HEADER:
        // The page's masthead goes; an article's own header keeps its headline.
        if (!isInside(n, GUMBO_TAG_ARTICLE) && !isInside(n, GUMBO_TAG_MAIN))
            return true;
        break;
    default: break;
    }
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden") || attribute(n, "aria-hidden") == u"true")
        return true;
    static const QRegularExpression invisible(QStringLiteral(R"(display\s*:\s*none|visibility\s*:\s*hidden)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (invisible.match(attribute(n, "style")).hasMatch())
        return true;
    const QString role = attribute(n, "role");
    if (role == u"navigation" || role == u"complementary" || role == u"banner" || role == u"contentinfo" || role == u"search"
        || role == u"dialog" || role == u"alert")
        return true;
    const GumboTag t = tagOf(n);
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_A)
        return false;
    const QString match = attribute(n, "class") + u' ' + attribute(n, "id");
    return unlikelyPattern().match(match).hasMatch() && !maybeCandidatePattern().match(match).hasMatch();
}

class Page
{
public:
    explicit Page(const Node *root) { prune(root); }

    bool dropped(const Node *n) const { return m_dropped.contains(n); }

    // Visible text under n, whitespace collapsed, and how much of it sits inside links.
    void measure(const Node *n, qsizetype &chars, qsizetype &linkChars, bool inLink = false) const
    {
        if (m_dropped.contains(n))
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            const qsizetype len = QString::fromUtf8(n->v.text.text).simplified().size();
            chars += len;
            if (inLink)
                linkChars += len;
            return;
        }
        const bool link = inLink || tagOf(n) == GUMBO_TAG_A;
        forEachChild(n, [&](const Node *c) { measure(c, chars, linkChars, link); });
    }

    QString text(const Node *n) const
    {
        QString out;
        collect(n, out);
        return out.simplified();
    }

    double linkDensity(const Node *n) const
    {
        qsizetype chars = 0, links = 0;
        measure(n, chars, links);
        return chars > 0 ? double(links) / double(chars) : 0.0;
    }

private:
    void prune(const Node *n)
    {
        if (isDropped(n)) {
            m_dropped.insert(n);
            return;
        }
        forEachChild(n, [this](const Node *c) { prune(c); });
    }

    void collect(const Node *n, QString &out) const
    {
        if (m_dropped.contains(n))
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
            return;
        }
        if (isBlock(tagOf(n)) || tagOf(n) == GUMBO_TAG_BR)
            out += u' ';
        forEachChild(n, [&](const Node *c) { collect(c, out); });
    }

    QSet<const Node *> m_dropped;
};

bool hasBlockChild(const Node *n)
{
    bool found = false;
    forEachChild(n, [&](const Node *c) { found = found || isBlock(tagOf(c)); });
    return found;
}

int commaCount(const QString &s)
{
    return int(s.count(u',') + s.count(QChar(0xFF0C)) + s.count(QChar(0x3001)));
}

// Readability's choice of the main content: paragraphs vote for their ancestors.
QList<const Node *> chooseContent(const Page &page, const Node *body)
{
    QHash<const Node *, double> scores;
    auto initialScore = [](const Node *n) -> double {
        double s = classWeight(n);
        switch (tagOf(n)) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN: s += 5; break;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_BLOCKQUOTE: s += 3; break;
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_FORM: s -= 3; break;
        case GUMBO_TAG_TH: s -= 5; break;
        default:
            if (isHeading(tagOf(n)))
                s -= 5;
            break;
        }
        return s;
    };
    std::function<void(const Node *)> visit = [&](const Node *n) {
        if (page.dropped(n) || !isElement(n))
            return;
        const GumboTag t = tagOf(n);
        const bool scorable = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD
                              || ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION) && !hasBlockChild(n));
        if (scorable) {
            const QString text = page.text(n);
            if (text.size() >= 25) {
                const double content = 1 + commaCount(text) + std::min<qsizetype>(text.size() / 100, 3);
                int level = 0;
                for (const Node *a = n->parent; a && level < 3 && isElement(a); a = a->parent, ++level) {
                    if (!scores.contains(a))
                        scores.insert(a, initialScore(a));
                    scores[a] += content / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
                }
            }
        }
        forEachChild(n, visit);
    };
    visit(body);

    const Node *top = nullptr;
    double best = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const double s = it.value() * (1.0 - page.linkDensity(it.key()));
        scores[it.key()] = s;
        if (!top || s > best) {
            top = it.key();
            best = s;
        }
    }
    if (!top)
        return {body};

    // Siblings that score close to the winner belong to the same article (split layouts).
    QList<const Node *> chosen;
    const Node *parent = top->parent;
    if (!parent || !isElement(parent))
        return {top};
    const double threshold = std::max(10.0, best * 0.2);
    const QString topClass = attribute(top, "class");
    forEachChild(parent, [&](const Node *c) {
        if (c == top) {
            chosen.append(c);
            return;
        }
        if (!isElement(c) || page.dropped(c))
            return;
        double bonus = 0;
        if (!topClass.isEmpty() && attribute(c, "class") == topClass)
            bonus = best * 0.2;
        if (scores.contains(c) && scores.value(c) + bonus >= threshold) {
            chosen.append(c);
        } else if (tagOf(c) == GUMBO_TAG_P) {
            const QString text = page.text(c);
            const double ld = page.linkDensity(c);
            if ((text.size() > 80 && ld < 0.25)
                || (text.size() > 0 && ld == 0 && text.contains(QRegularExpression(QStringLiteral(R"(\.( |$))")))))
                chosen.append(c);
        }
    });
    return chosen;
}

// Writes the chosen blocks as plain paragraphs, leaving out lines that are only links.
class Emitter
{
public:
    explicit Emitter(const Page &page)
        : m_page(page)
    {
    }

    void emitNode(const Node *n)
    {
        if (m_page.dropped(n))
            return;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            QString s = QString::fromUtf8(n->v.text.text);
            if (m_preDepth == 0)
                s.replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral(" "));
            m_current += s;
            if (m_linkDepth > 0)
                m_linkChars += s.trimmed().size();
            return;
        }
        if (!isElement(n))
            return;
        const GumboTag t = tagOf(n);
        if (t == GUMBO_TAG_BR) {
            m_current += u'\n';
            return;
        }
        const bool block = isBlock(t);
        if (block)
            flush();
        if (t == GUMBO_TAG_A)
            ++m_linkDepth;
        if (t == GUMBO_TAG_PRE)
            ++m_preDepth;
        forEachChild(n, [this](const Node *c) { emitNode(c); });
        if (t == GUMBO_TAG_PRE)
            --m_preDepth;
        if (t == GUMBO_TAG_A)
            --m_linkDepth;
        if (block)
            flush();
    }

    QString result()
    {
        flush();
        return m_paragraphs.isEmpty() ? QString() : m_paragraphs.join(QStringLiteral("\n\n")) + u'\n';
    }

private:
    void flush()
    {
        QStringList lines;
        for (const QString &l : m_current.split(u'\n')) {
            const QString t = m_preDepth > 0 ? l : l.simplified();
            if (!t.trimmed().isEmpty())
                lines.append(t);
        }
        const QString p = lines.join(u'\n');
        const qsizetype letters = p.simplified().size();
        if (letters > 0 && double(m_linkChars) / double(letters) <= 0.5)
            m_paragraphs.append(p);
        m_current.clear();
        m_linkChars = 0;
    }

    const Page &m_page;
    QStringList m_paragraphs;
    QString m_current;
    qsizetype m_linkChars = 0;
    int m_linkDepth = 0;
    int m_preDepth = 0;
};

const Node *findFirst(const Node *n, GumboTag tag)
{
    if (tagOf(n) == tag)
        return n;
    const GumboVector &c = childrenOf(n);
    for (unsigned i = 0; i < c.length; ++i) {
        if (const Node *f = findFirst(static_cast<const Node *>(c.data[i]), tag))
            return f;
    }
    return nullptr;
}

template<typename F>
void forEachElement(const Node *n, F &&f)
{
    if (isElement(n))
        f(n);
    forEachChild(n, [&](const Node *c) { forEachElement(c, f); });
}

QString rawText(const Node *n)
{
    QString out;
    forEachChild(n, [&](const Node *c) {
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
            out += QString::fromUtf8(c->v.text.text);
    });
    return out;
}

bool isNewsType(const QJsonValue &type)
{
    static const QStringList types = {QStringLiteral("NewsArticle"),
                                      QStringLiteral("Article"),
                                      QStringLiteral("ReportageNewsArticle"),
                                      QStringLiteral("AnalysisNewsArticle"),
                                      QStringLiteral("OpinionNewsArticle"),
                                      QStringLiteral("BackgroundNewsArticle"),
                                      QStringLiteral("BlogPosting"),
                                      QStringLiteral("LiveBlogPosting"),
                                      QStringLiteral("Report")};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (types.contains(t.toString()))
                return true;
        }
        return false;
    }
    return types.contains(type.toString());
}

// The first NewsArticle-like object, also inside arrays and "@graph".
QJsonObject findNewsObject(const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            const QJsonObject o = findNewsObject(e);
            if (!o.isEmpty())
                return o;
        }
        return {};
    }
    if (!v.isObject())
        return {};
    const QJsonObject o = v.toObject();
    if (isNewsType(o.value(u"@type")))
        return o;
    return findNewsObject(o.value(u"@graph"));
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(u"name").toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = nameOf(e);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        if (names.size() <= 1)
            return names.value(0);
        const QString last = names.takeLast();
        return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    }
    return {};
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

QString stripBy(const QString &s)
{
    const QString names = bylineNames(s);
    return names.isEmpty() ? s.trimmed() : names;
}

// "Headline | Site" or "Headline - Site": the page title carries the site name too.
QString headlineFromTitle(const QString &title, const QString &site)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s+[|\-–—:·]\s+)"));
    const QStringList parts = title.split(separators);
    if (parts.size() < 2)
        return title;
    const QString last = parts.last().trimmed();
    if ((!site.isEmpty() && last.compare(site, Qt::CaseInsensitive) == 0) || last.split(u' ').size() <= 3) {
        return title.left(title.lastIndexOf(last)).remove(QRegularExpression(QStringLiteral(R"(\s+[|\-–—:·]\s+$)"))).trimmed();
    }
    return title;
}

HtmlArticle readHtmlTree(const QString &source);

} // namespace

HtmlArticle readHtml(const QString &source)
{
    // gumbo frees its tree recursively and the walks below recurse too: a page nested
    // thousands of levels deep (hostile or broken) would overflow an ordinary stack.
    // Such pages get a thread whose stack is reserved large (address space, not memory).
    constexpr qsizetype kDeepTagCount = 4000;
    if (source.count(u'<') < kDeepTagCount)
        return readHtmlTree(source);
    HtmlArticle result;
    std::unique_ptr<QThread> worker(QThread::create([&] { result = readHtmlTree(source); }));
    worker->setStackSize(1024u * 1024u * 1024u);
    worker->start();
    worker->wait();
    return result;
}

namespace {

HtmlArticle readHtmlTree(const QString &source)
{
    HtmlArticle a;
    const QByteArray utf8 = source.toUtf8();
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    const Node *root = output->root;

    // Metadata: <meta>, <link rel=canonical>, <title>, JSON-LD; never fetched, never run.
    QHash<QString, QString> meta;
    QString canonical, pageTitle, timeDate;
    QJsonObject news;
    forEachElement(root, [&](const Node *n) {
        switch (tagOf(n)) {
        case GUMBO_TAG_META: {
            const QString content = attribute(n, "content").trimmed();
            for (const char *key : {"property", "name", "itemprop"}) {
                const QString k = attribute(n, key).trimmed().toLower();
                if (!k.isEmpty() && !content.isEmpty() && !meta.contains(k))
                    meta.insert(k, content);
            }
            break;
        }
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty() && attribute(n, "rel").split(u' ').contains(QStringLiteral("canonical")))
                canonical = attribute(n, "href");
            break;
        case GUMBO_TAG_TITLE:
            if (pageTitle.isEmpty())
                pageTitle = rawText(n).simplified();
            break;
        case GUMBO_TAG_TIME:
            if (timeDate.isEmpty()
                && (attribute(n, "itemprop") == u"datePublished" || gumbo_get_attribute(&n->v.element.attributes, "pubdate")))
                timeDate = attribute(n, "datetime");
            break;
        case GUMBO_TAG_SCRIPT:
            if (news.isEmpty() && attribute(n, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0) {
                const QJsonDocument doc = QJsonDocument::fromJson(rawText(n).toUtf8());
                news = findNewsObject(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            }
            break;
        default: break;
        }
    });
    auto firstMeta = [&](std::initializer_list<const char *> keys) -> QString {
        for (const char *k : keys) {
            const QString v = meta.value(QString::fromLatin1(k));
            if (!v.isEmpty())
                return v;
        }
        return {};
    };

    a.outlet = nameOf(news.value(u"publisher"));
    if (a.outlet.isEmpty())
        a.outlet = firstMeta({"og:site_name", "application-name", "publisher"});
    a.title = news.value(u"headline").toString().simplified();
    if (a.title.isEmpty())
        a.title = firstMeta({"og:title", "twitter:title", "headline"});
    if (a.title.isEmpty())
        a.title = headlineFromTitle(pageTitle, a.outlet);
    a.byline = nameOf(news.value(u"author"));
    if (a.byline.isEmpty()) {
        for (const QString &v : {firstMeta({"author", "byl", "parsely-author", "sailthru.author", "dc.creator"}),
                                 meta.value(QStringLiteral("article:author"))}) {
            if (!v.isEmpty() && !looksLikeUrl(v)) {
                a.byline = stripBy(v);
                break;
            }
        }
    }
    for (const QString &d :
         {news.value(u"datePublished").toString(),
          firstMeta({"article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
                     "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}),
          timeDate}) {
        a.published = parseWrittenDate(d);
        if (a.published.isValid())
            break;
    }
    const QJsonValue mainEntity = news.value(u"mainEntityOfPage");
    for (const QString &u :
         {news.value(u"url").toString(), mainEntity.isObject() ? mainEntity.toObject().value(u"@id").toString() : mainEntity.toString(),
          meta.value(QStringLiteral("og:url")), canonical}) {
        if (looksLikeUrl(u)) {
            a.url = u;
            break;
        }
    }

    const Node *body = findFirst(root, GUMBO_TAG_BODY);
    if (!body)
        return a;
    const Page page(body);
    Emitter emitter(page);
    for (const Node *n : chooseContent(page, body))
        emitter.emitNode(n);
    a.text = emitter.result();
    return a;
}

} // namespace
