// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstream.h"

#include <QBuffer>
#include <QDataStream>
#include <QHash>

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_8;

QDataStream &operator<<(QDataStream &out, const TextRange &r)
{
    return out << qint64(r.start) << qint64(r.end);
}

QDataStream &operator>>(QDataStream &in, TextRange &r)
{
    qint64 start = 0, end = 0;
    in >> start >> end;
    r = {start, end};
    return in;
}

// Strings that many claims repeat ("Only this article states it", slots, values) are written
// once: each later use is its number. Read back, the uses share one QString.
class StringTable
{
public:
    void write(QDataStream &out, const QString &s)
    {
        const auto found = m_numbers.constFind(s);
        if (found != m_numbers.cend()) {
            out << qint32(*found);
            return;
        }
        const qint32 number = qint32(m_numbers.size());
        m_numbers.insert(s, number);
        out << number << s;
    }

    // The next number is a new string; one before it, a string already read.
    bool read(QDataStream &in, QString &s)
    {
        qint32 number = -1;
        in >> number;
        if (number >= 0 && number < m_strings.size()) {
            s = m_strings[number];
            return true;
        }
        if (number != m_strings.size())
            return false;
        in >> s;
        m_strings.append(s);
        return in.status() == QDataStream::Ok;
    }

private:
    QHash<QString, qint32> m_numbers;
    QList<QString> m_strings;
};

// A mention's or member's text: a flag when it is the slice of its range, else the text.
void writeSliceText(QDataStream &out, const Corpus &corpus, int article, const TextRange &range, const QString &text)
{
    const bool known = article >= 0 && article < corpus.articles.size();
    const QString &whole = known ? corpus.articles[article].text : text;
    const bool slice = known && range.start >= 0 && range.end <= whole.size() && range.start <= range.end
                       && QStringView(whole).sliced(range.start, range.length()) == text;
    out << quint8(slice);
    if (!slice)
        out << text;
}

// Reads what writeSliceText wrote, checking the article and range against the corpus.
bool readSliceText(QDataStream &in, const Corpus &corpus, int &article, TextRange &range, QString &text)
{
    quint8 slice = 0;
    qint32 index = -1;
    in >> index >> range >> slice;
    if (in.status() != QDataStream::Ok || index < 0 || index >= corpus.articles.size())
        return false;
    const QString &whole = corpus.articles[index].text;
    if (range.start < 0 || range.start > range.end || range.end > whole.size())
        return false;
    article = index;
    if (slice)
        text = whole.sliced(range.start, range.length());
    else
        in >> text;
    return in.status() == QDataStream::Ok;
}

// A count that cannot exceed what is left to read (each item takes at least a byte), so a
// damaged count never asks for a huge allocation.
bool readCount(QDataStream &in, qsizetype &count)
{
    quint32 n = 0;
    in >> n;
    count = qsizetype(n);
    return in.status() == QDataStream::Ok && count <= in.device()->bytesAvailable();
}

// A count, then that many mentions or members, each read by `readPlace`.
template<typename Place, typename ReadPlace>
bool readPlaces(QDataStream &in, QList<Place> &places, const ReadPlace &readPlace)
{
    qsizetype count = 0;
    if (!readCount(in, count))
        return false;
    places.resize(count);
    for (Place &p : places) {
        if (!readPlace(p))
            return false;
    }
    return true;
}

void writeEntity(QDataStream &out, const Corpus &corpus, const Entity &e)
{
    out << e.id << quint8(e.type) << e.name << e.value << e.spellings << e.key << quint8(e.furniture) << quint32(e.mentions.size());
    for (const Mention &m : e.mentions) {
        out << qint32(m.article) << m.range;
        writeSliceText(out, corpus, m.article, m.range, m.text);
    }
}

// As QDataStream writes a QStringList, read with a bounded count: Qt's reader reserves the
// count it reads, which a damaged file can make billions (found by fuzz_analysisstream).
bool readStringList(QDataStream &in, QStringList &list)
{
    qsizetype count = 0;
    if (!readCount(in, count))
        return false;
    list.clear();
    for (qsizetype i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString s;
        in >> s;
        list.append(s);
    }
    return in.status() == QDataStream::Ok;
}

bool readEntity(QDataStream &in, const Corpus &corpus, Entity &e)
{
    quint8 type = 0;
    in >> e.id >> type >> e.name >> e.value;
    if (!readStringList(in, e.spellings))
        return false;
    quint8 furniture = 0;
    in >> e.key >> furniture;
    e.furniture = furniture != 0;
    if (type > quint8(EntityType::Date))
        return false;
    e.type = EntityType(type);
    return readPlaces(in, e.mentions, [&](Mention &m) { return readSliceText(in, corpus, m.article, m.range, m.text); });
}

void writeClaim(QDataStream &out, const Corpus &corpus, StringTable &strings, const Claim &c)
{
    out << c.id << c.key << quint8(c.kind);
    for (const QString *s : {&c.slot, &c.reason, &c.summary, &c.attribution})
        strings.write(out, *s);
    out << quint32(c.members.size());
    for (const ClaimMember &m : c.members) {
        out << qint32(m.article) << m.range;
        writeSliceText(out, corpus, m.article, m.range, m.text);
        strings.write(out, m.value);
    }
}

bool readClaim(QDataStream &in, const Corpus &corpus, StringTable &strings, Claim &c)
{
    quint8 kind = 0;
    in >> c.id >> c.key >> kind;
    for (QString *s : {&c.slot, &c.reason, &c.summary, &c.attribution}) {
        if (!strings.read(in, *s))
            return false;
    }
    if (kind > quint8(ClaimKind::Unique))
        return false;
    c.kind = ClaimKind(kind);
    return readPlaces(in, c.members,
                      [&](ClaimMember &m) { return readSliceText(in, corpus, m.article, m.range, m.text) && strings.read(in, m.value); })
           && in.status() == QDataStream::Ok;
}

bool readSentences(QDataStream &in, const Corpus &corpus, QList<QList<Sentence>> &sentences)
{
    qsizetype articles = 0;
    if (!readCount(in, articles) || articles != corpus.articles.size())
        return false;
    sentences.resize(articles);
    for (qsizetype a = 0; a < articles; ++a) {
        qsizetype count = 0;
        if (!readCount(in, count))
            return false;
        const qsizetype length = corpus.articles[a].text.size();
        sentences[a].resize(count);
        for (Sentence &s : sentences[a]) {
            quint8 clutter = 0;
            in >> s.range >> clutter;
            s.clutter = clutter != 0;
            if (in.status() != QDataStream::Ok || s.range.start < 0 || s.range.start > s.range.end || s.range.end > length)
                return false;
        }
    }
    return true;
}

// Each claim's text rank: a permutation of the claims' indices (none from an analysis made
// without them: then they are made here).
bool readRanks(QDataStream &in, Analysis &analysis)
{
    qsizetype count = 0;
    if (!readCount(in, count) || (count != analysis.claims.size() && count != 0))
        return false;
    if (count == 0) {
        analysis.rankClaimTexts();
        return true;
    }
    QList<int> &ranks = analysis.claimTextRank;
    ranks.resize(count);
    QList<bool> taken(count, false);
    for (int &rank : ranks) {
        qint32 r = -1;
        in >> r;
        if (in.status() != QDataStream::Ok || r < 0 || r >= count || taken[r])
            return false;
        taken[r] = true;
        rank = r;
    }
    return true;
}

} // namespace

QByteArray writeAnalysisStream(const Analysis &analysis)
{
    const Corpus &corpus = *analysis.corpus;
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(analysis.sentences.size());
    for (const QList<Sentence> &list : analysis.sentences) {
        out << quint32(list.size());
        for (const Sentence &s : list)
            out << s.range << quint8(s.clutter);
    }
    out << quint32(analysis.entities.size());
    for (const Entity &e : analysis.entities)
        writeEntity(out, corpus, e);
    out << quint32(analysis.claims.size());
    StringTable strings;
    for (const Claim &c : analysis.claims)
        writeClaim(out, corpus, strings, c);
    out << quint32(analysis.claimTextRank.size());
    for (int rank : analysis.claimTextRank)
        out << qint32(rank);
    return data;
}

AnalysisPtr readAnalysisStream(QByteArrayView data, std::shared_ptr<const Corpus> corpus, const std::function<bool()> &canceled)
{
    if (!corpus)
        return nullptr;
    QByteArray bytes = QByteArray::fromRawData(data.data(), data.size());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QDataStream in(&buffer);
    in.setVersion(kStreamVersion);
    in.setByteOrder(QDataStream::LittleEndian);
    auto analysis = std::make_shared<Analysis>();
    analysis->corpus = corpus;
    if (!readSentences(in, *corpus, analysis->sentences))
        return nullptr;
    qsizetype entities = 0;
    if (!readCount(in, entities))
        return nullptr;
    analysis->entities.resize(entities);
    for (Entity &e : analysis->entities) {
        if (!readEntity(in, *corpus, e) || (canceled && canceled()))
            return nullptr;
    }
    qsizetype claims = 0;
    if (!readCount(in, claims))
        return nullptr;
    analysis->claims.resize(claims);
    StringTable strings;
    for (qsizetype i = 0; i < claims; ++i) {
        if (!readClaim(in, *corpus, strings, analysis->claims[i]) || (i % 256 == 0 && canceled && canceled()))
            return nullptr;
    }
    if (!readRanks(in, *analysis) || !in.atEnd())
        return nullptr;
    analysis->buildArticleIndex();
    return analysis;
}
