// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjson.h"

#include <QIODevice>
#include <QJsonArray>

#include <charconv>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

QJsonObject rangeToJson(const Corpus &corpus, int article, const TextRange &r, const QString &text)
{
    QJsonObject o;
    o.insert(u"article", corpus.articles[article].id);
    o.insert(u"start", qint64(r.start));
    o.insert(u"end", qint64(r.end));
    o.insert(u"text", text);
    return o;
}

// An array of what `toJson` makes of each item.
template<typename Item, typename ToJson>
QJsonArray arrayOf(const QList<Item> &items, const ToJson &toJson)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject articleToJson(const Article &a)
{
    QJsonObject o;
    o.insert(u"id", a.id);
    o.insert(u"file", a.fileName());
    o.insert(u"title", a.title);
    o.insert(u"name", a.sourceName()); // what the window and the sheets call it
    o.insert(u"outlet", a.outlet);
    o.insert(u"published", a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
    o.insert(u"byline", a.byline);
    if (!a.url.isEmpty())
        o.insert(u"url", a.url);
    o.insert(u"clutter", arrayOf(a.clutter, [](const TextRange &r) {
                 return QJsonObject{{QStringLiteral("start"), qint64(r.start)}, {QStringLiteral("end"), qint64(r.end)}};
             }));
    return o;
}

QJsonObject entityToJson(const Corpus &corpus, const Entity &e)
{
    QJsonObject o;
    o.insert(u"id", e.id);
    o.insert(u"type", entityTypeKey(e.type));
    o.insert(u"name", e.name);
    if (e.type == EntityType::Date)
        o.insert(u"value", e.value);
    if (e.furniture)
        o.insert(u"furniture", true);
    o.insert(u"mentions", arrayOf(e.mentions, [&corpus](const Mention &m) { return rangeToJson(corpus, m.article, m.range, m.text); }));
    return o;
}

QJsonObject claimToJson(const Corpus &corpus, const Claim &c)
{
    QJsonObject o;
    o.insert(u"id", c.id);
    o.insert(u"kind", claimKindKey(c.kind));
    if (!c.slot.isEmpty())
        o.insert(u"slot", c.slot);
    if (!c.reason.isEmpty())
        o.insert(u"reason", c.reason);
    if (!c.attribution.isEmpty())
        o.insert(u"attribution", c.attribution);
    o.insert(u"members", arrayOf(c.members, [&corpus](const ClaimMember &m) {
                 QJsonObject mo = rangeToJson(corpus, m.article, m.range, m.text);
                 if (!m.value.isEmpty())
                     mo.insert(u"value", m.value);
                 return mo;
             }));
    return o;
}

} // namespace

QJsonObject analysisToJson(const Analysis &analysis)
{
    const Corpus &corpus = *analysis.corpus;
    QJsonObject root;
    root.insert(u"format", QStringLiteral("parallax-analysis/1"));
    if (!corpus.title.isEmpty())
        root.insert(u"title", corpus.title);
    root.insert(u"articles", arrayOf(corpus.articles, articleToJson));
    root.insert(u"entities", arrayOf(analysis.entities, [&corpus](const Entity &e) { return entityToJson(corpus, e); }));
    root.insert(u"claims", arrayOf(analysis.claims, [&corpus](const Claim &c) { return claimToJson(corpus, c); }));
    return root;
}

namespace {

// Writes JSON as QJsonDocument::toJson(QJsonDocument::Indented) does: the caller
// gives the keys of each object in sorted order (QJsonObject sorts them).
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out)
        : m_out(out)
    {
    }

    // Starts a member of the current object or an element of the current array.
    void key(std::string_view name)
    {
        nextItem();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void element() { nextItem(); }
    // A member with its value; an optional one is left out when its text is empty.
    template<typename T>
    void member(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }
    void optionalMember(std::string_view name, const QString &text)
    {
        if (!text.isEmpty())
            member(name, text);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void value(qint64 number)
    {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, number);
        Q_UNUSED(ec);
        m_out.append(digits, size_t(end - digits));
    }
    void value(const QString &text)
    {
        m_out += '"';
        escape(m_out, text);
        m_out += '"';
    }
    // A string escaped beforehand (escape()), with its quotes.
    void escapedValue(std::string_view quoted) { m_out += quoted; }

    void finish() { m_out += '\n'; }

    // Qt's escapedString(): short escapes for quote, backslash and the usual
    // control characters, \u00XX for the other ones, UTF-8 for the rest and
    // \uXXXX for a surrogate without its pair.
    static void escape(std::string &out, const QString &s)
    {
        const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *const end = src + s.size();
        while (src != end) {
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != 0x22 && u != 0x5c) {
                    out += char(u);
                    continue;
                }
                out += '\\';
                switch (u) {
                case 0x22: out += '"'; break;
                case 0x5c: out += '\\'; break;
                case 0x8: out += 'b'; break;
                case 0xc: out += 'f'; break;
                case 0xa: out += 'n'; break;
                case 0xd: out += 'r'; break;
                case 0x9: out += 't'; break;
                default:
                    out += "u00";
                    out += hex(u >> 4);
                    out += hex(u & 0xf);
                }
            } else if (u < 0x800) {
                out += char(0xc0 | (u >> 6));
                out += char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                out += char(0xe0 | (u >> 12));
                out += char(0x80 | ((u >> 6) & 0x3f));
                out += char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t ucs4 = QChar::surrogateToUcs4(u, *src++);
                out += char(0xf0 | (ucs4 >> 18));
                out += char(0x80 | ((ucs4 >> 12) & 0x3f));
                out += char(0x80 | ((ucs4 >> 6) & 0x3f));
                out += char(0x80 | (ucs4 & 0x3f));
            } else {
                out += "\\u";
                out += hex((u >> 12) & 0xf);
                out += hex((u >> 8) & 0xf);
                out += hex((u >> 4) & 0xf);
                out += hex(u & 0xf);
            }
        }
    }

private:
    void nextItem()
    {
        if (m_first.back())
            m_first.back() = false;
        else
            m_out += ",\n";
        indent(m_first.size());
    }
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        // Qt ends the last item of a container with a new line; an empty one has none to end.
        if (!m_first.back())
            m_out += '\n';
        m_first.pop_back();
        indent(m_first.size());
        m_out += bracket;
    }
    void indent(size_t level) { m_out.append(4 * level, ' '); }

    static char hex(unsigned u) { return char(u < 10 ? '0' + u : 'a' + u - 10); }

    std::string &m_out;
    std::vector<bool> m_first; // per open container: no item written yet
};

// An article slice, as rangeToJson() writes it (keys sorted: article, end, start, text[, value]).
void writeRange(JsonWriter &w, std::string_view quotedArticleId, const TextRange &r, const QString &text, const QString *value = nullptr)
{
    w.beginObject();
    w.key("article");
    w.escapedValue(quotedArticleId);
    w.member("end", qint64(r.end));
    w.member("start", qint64(r.start));
    w.member("text", text);
    if (value)
        w.optionalMember("value", *value);
    w.endObject();
}

// A claim's members (with their values) or an entity's mentions, under `key`.
template<typename Place>
void writePlaces(JsonWriter &w, std::string_view key, const QList<Place> &places, const std::vector<std::string> &quotedIds)
{
    w.key(key);
    w.beginArray();
    for (const Place &p : places) {
        w.element();
        if constexpr (std::is_same_v<Place, ClaimMember>)
            writeRange(w, quotedIds[size_t(p.article)], p.range, p.text, &p.value);
        else
            writeRange(w, quotedIds[size_t(p.article)], p.range, p.text);
    }
    w.endArray();
}

// An array under `key` of an object per item, whose members `writeMembers` writes; false
// (the array left open) when `next` says stop before an item.
template<typename Item, typename WriteMembers>
bool writeObjects(JsonWriter &w, std::string_view key, const QList<Item> &items, const std::function<bool()> &next,
                  const WriteMembers &writeMembers)
{
    w.key(key);
    w.beginArray();
    for (const Item &item : items) {
        if (!next())
            return false;
        w.element();
        w.beginObject();
        writeMembers(item);
        w.endObject();
    }
    w.endArray();
    return true;
}

void writeArticle(JsonWriter &w, const Article &a)
{
    w.member("byline", a.byline);
    writeObjects(
        w, "clutter", a.clutter, [] { return true; },
        [&w](const TextRange &r) {
            w.member("end", qint64(r.end));
            w.member("start", qint64(r.start));
        });
    w.member("file", a.fileName());
    w.member("id", a.id);
    w.member("name", a.sourceName());
    w.member("outlet", a.outlet);
    w.member("published", a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
    w.member("title", a.title);
    w.optionalMember("url", a.url);
}

void writeClaim(JsonWriter &w, const Claim &c, const std::vector<std::string> &quotedIds)
{
    w.optionalMember("attribution", c.attribution);
    w.member("id", c.id);
    w.member("kind", claimKindKey(c.kind));
    writePlaces(w, "members", c.members, quotedIds);
    w.optionalMember("reason", c.reason);
    w.optionalMember("slot", c.slot);
}

void writeEntity(JsonWriter &w, const Entity &e, const std::vector<std::string> &quotedIds)
{
    if (e.furniture) { // keys in the order QJsonDocument writes them
        w.key("furniture");
        w.escapedValue("true");
    }
    w.member("id", e.id);
    writePlaces(w, "mentions", e.mentions, quotedIds);
    w.member("name", e.name);
    w.member("type", entityTypeKey(e.type));
    if (e.type == EntityType::Date)
        w.member("value", e.value);
}

// Writes the document into `out`, asking `next` before each article, claim and entity
// (it may take what `out` holds so far); false when `next` says stop.
bool writeJson(const Analysis &analysis, std::string &out, bool reserve, const std::function<bool()> &next)
{
    const Corpus &corpus = *analysis.corpus;
    qsizetype estimate = reserve ? 4096 : 0;
    if (reserve) {
        for (const Article &a : corpus.articles)
            estimate += 256 + 64 * a.clutter.size();
        for (const Entity &e : analysis.entities) {
            for (const Mention &m : e.mentions)
                estimate += 160 + m.text.size();
        }
        for (const Claim &c : analysis.claims) {
            estimate += 160 + c.reason.size() + c.attribution.size();
            for (const ClaimMember &m : c.members)
                estimate += 192 + m.text.size() + m.value.size();
        }
        out.reserve(size_t(estimate));
    }
    JsonWriter w(out);
    // Every mention and member names its article: its id is escaped once.
    std::vector<std::string> quotedIds;
    quotedIds.reserve(size_t(corpus.articles.size()));
    for (const Article &a : corpus.articles) {
        std::string quoted = "\"";
        JsonWriter::escape(quoted, a.id);
        quoted += '"';
        quotedIds.push_back(std::move(quoted));
    }
    // Keys in sorted order throughout, as QJsonObject keeps them.
    w.beginObject();
    const bool whole = writeObjects(w, "articles", corpus.articles, next, [&w](const Article &a) { writeArticle(w, a); })
                       && writeObjects(w, "claims", analysis.claims, next, [&](const Claim &c) { writeClaim(w, c, quotedIds); })
                       && writeObjects(w, "entities", analysis.entities, next, [&](const Entity &e) { writeEntity(w, e, quotedIds); });
    if (!whole)
        return false;
    w.member("format", QStringLiteral("parallax-analysis/1"));
    w.optionalMember("title", corpus.title);
    w.endObject();
    w.finish();
    return true;
}

} // namespace

QByteArray analysisJson(const Analysis &analysis, const std::function<bool()> &canceled)
{
    std::string out;
    if (!writeJson(analysis, out, true, [&canceled] { return !(canceled && canceled()); }))
        return {};
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool writeAnalysisJson(const Analysis &analysis, QIODevice *device, const std::function<bool()> &canceled)
{
    std::string out;
    // Handed on to the device about a megabyte at a time: the document of a story of
    // 2,000 articles is tens of megabytes.
    auto drain = [&out, device] {
        const bool ok = device->write(out.data(), qint64(out.size())) == qint64(out.size());
        out.clear();
        return ok;
    };
    const bool done = writeJson(analysis, out, false, [&] {
        if (canceled && canceled())
            return false;
        return out.size() < (1u << 20) || drain();
    });
    return done && drain();
}
