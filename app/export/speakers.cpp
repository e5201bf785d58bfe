// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "speakers.h"

#include <QSet>

#include <algorithm>

namespace {
// The personal pronouns that stand for a speaker in the languages Parallax reads.
bool isPersonalPronoun(const QString &word)
{
    static const QSet<QString> pronouns = {QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("er"), QStringLiteral("sie")};
    return pronouns.contains(word.toCaseFolded());
}

// Whether a name after `before`, the start of its sentence, is the sentence's
// subject: nothing but capitalised words (titles: "State Governor") before it.
bool opensSentence(QStringView before)
{
    bool wordStart = true;
    for (const QChar c : before) {
        if (wordStart && c.isLower())
            return false;
        wordStart = c.isSpace();
    }
    return true;
}
} // namespace

SpeakerResolver::SpeakerResolver(const Analysis &analysis)
    : m_analysis(analysis)
    , m_mentions(analysis.corpus ? analysis.corpus->articles.size() : 0)
{
    for (int e = 0; e < analysis.entities.size(); ++e) {
        const Entity &entity = analysis.entities[e];
        if (entity.type != EntityType::Person && entity.type != EntityType::Organization)
            continue;
        for (const Mention &m : entity.mentions) {
            if (m.article >= 0 && m.article < m_mentions.size())
                m_mentions[m.article].append({m.range, e});
        }
    }
    for (QList<NamedMention> &mentions : m_mentions)
        std::sort(mentions.begin(), mentions.end(),
                  [](const NamedMention &a, const NamedMention &b) { return a.range.start < b.range.start; });
}

QStringList SpeakerResolver::namesIn(const Claim &claim)
{
    QStringList names;
    for (const QString &name : claim.attribution.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names << name.simplified();
    }
    return names;
}

// The sentence around a version, where its attribution is; the version itself when sentences are unknown.
TextRange SpeakerResolver::sentenceOf(const ClaimMember &member) const
{
    for (const Sentence &s : m_analysis.sentences.value(member.article)) {
        if (s.range.start <= member.range.start && member.range.start < s.range.end)
            return {s.range.start, qMax(s.range.end, member.range.end)};
    }
    return member.range;
}

// The longest mention in the version's sentence whose words are in `asWritten` ("Smith" in "Gov. Smith").
QString SpeakerResolver::namedIn(const ClaimMember &member, const QString &asWritten) const
{
    const QList<NamedMention> &mentions = m_mentions.value(member.article);
    const TextRange sentence = sentenceOf(member);
    const QString &text = m_analysis.corpus->articles[member.article].text;
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), sentence.start,
                               [](const NamedMention &m, qsizetype at) { return m.range.start < at; });
    qsizetype longest = 0;
    int entity = -1;
    for (; it != mentions.cend() && it->range.start < sentence.end; ++it) {
        const QString mention = text.mid(it->range.start, it->range.length());
        if (mention.size() > longest && asWritten.contains(mention)) {
            longest = mention.size();
            entity = it->entity;
        }
    }
    return entity >= 0 ? m_analysis.entities[entity].name : QString();
}

// The person a pronoun most likely stands for: the most salient one named
// before its sentence, each mention counting the more the nearer it is and
// twice where it opens its sentence (a subject, after titles at most), so that a name said in
// passing just before ("founded by X in 1949. He said...") does not win over
// the person the report follows.
QString SpeakerResolver::salientPersonBefore(const ClaimMember &member) const
{
    constexpr qreal kNearChars = 200; // a mention this far back counts half
    const QList<NamedMention> &mentions = m_mentions.value(member.article);
    const QList<Sentence> &sentences = m_analysis.sentences.value(member.article);
    const qsizetype start = sentenceOf(member).start;
    const QString &text = m_analysis.corpus->articles[member.article].text;
    QHash<int, qreal> salience;
    for (const NamedMention &m : mentions) {
        if (m.range.start >= start)
            break;
        if (m_analysis.entities[m.entity].type != EntityType::Person)
            continue;
        auto sentence = std::upper_bound(sentences.cbegin(), sentences.cend(), m.range.start,
                                         [](qsizetype at, const Sentence &s) { return at < s.range.start; });
        const qsizetype opening = sentence != sentences.cbegin() ? std::prev(sentence)->range.start : m.range.start;
        const bool subject = opensSentence(QStringView(text).mid(opening, m.range.start - opening));
        salience[m.entity] += (subject ? 2.0 : 1.0) / (1.0 + qreal(start - m.range.end) / kNearChars);
    }
    int best = -1;
    for (auto it = salience.cbegin(); it != salience.cend(); ++it) {
        // A tie goes to the first entity, not to the hash's order (which differs run to run).
        const qreal bestSalience = salience.value(best);
        if (best < 0 || it.value() > bestSalience || (it.value() == bestSalience && it.key() < best))
            best = it.key();
    }
    return best >= 0 ? m_analysis.entities[best].name : QString();
}

QString SpeakerResolver::resolve(const Claim &claim, const QString &asWritten) const
{
    const QString name = asWritten.simplified();
    if (!m_analysis.corpus)
        return name;
    const bool pronoun = isPersonalPronoun(name);
    for (const ClaimMember &member : claim.members) {
        if (member.article < 0 || member.article >= m_mentions.size())
            continue;
        const QString speaker = pronoun ? salientPersonBefore(member) : namedIn(member, name);
        if (!speaker.isEmpty())
            return speaker;
    }
    return name;
}
