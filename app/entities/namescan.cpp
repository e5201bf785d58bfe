// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namescan.h"

NameScan::NameScan(const QString &text, const QList<NameToken> &tokens, const QSet<QString> &inside, const QSet<QString> &insideApart,
                   const QSet<QString> &lowercase)
    : text(text)
    , tokens(tokens)
    , inside(inside)
    , insideApart(insideApart)
    , lowercase(lowercase)
    , gaz(Gazetteer::instance())
    , words(NameWords::instance())
{
}

bool NameScan::spacedOnly(qsizetype from, qsizetype to) const
{
    for (qsizetype k = from; k < to; ++k) {
        if (tokens.at(k).breakAfter)
            return false;
        for (qsizetype p = tokens.at(k).end; p < tokens.at(k + 1).start; ++p) {
            const QChar c = text.at(p);
            if (c == u'\n' || !(c.isSpace() || c == u'\'' || c == u'\u2019' || c == u's' || c == u','))
                return false;
        }
    }
    return true;
}

// The key of tokens a..b, in a buffer reused from lookup to lookup (valid until the next call).
const QString &NameScan::sliceKey(qsizetype a, qsizetype b) const
{
    Gazetteer::key(QStringView(text).mid(tokens.at(a).start, tokens.at(b).end - tokens.at(a).start), keyBuffer);
    return keyBuffer;
}

bool NameScan::isKnownPlace(qsizetype a, qsizetype b) const
{
    const auto entry = gaz.lookup(sliceKey(a, b));
    return entry && entry->type == EntityType::Place;
}

// An ordinary word that this corpus only ever writes capitalised, inside sentences too,
// names something here ("Manta", "Golden"): generic heads and roles excepted.
bool NameScan::capitalisedOnly(const QString &lower) const
{
    return inside.contains(lower) && !lowercase.contains(lower) && !words.organizationHeads.contains(lower)
           && !words.placeHeads.contains(lower) && !words.personNouns.contains(lower) && !words.directions.contains(lower)
           && !gaz.isRole(lower) && !gaz.isRoleModifier(lower) && !gaz.isDemonym(lower) && !gaz.isClosedClass(lower)
           && !gaz.isCalendarWord(lower) && !gaz.isNotName(lower);
}

bool NameScan::connectorAllowed(qsizetype left, qsizetype connector, bool headFirst, bool headAlone) const
{
    const QString &c = tokens.at(connector).lower;
    if (words.headFirstConnectors.contains(c))
        return headFirst;
    // "Lotte van der Berg": a word capitalised inside a sentence takes particles before a name,
    // though the word lists know it as an ordinary word ("lotte", a fish).
    const NameToken &l0 = tokens.at(left);
    if (words.nameParticles.contains(c))
        return headFirst || !isCommon(left) || (l0.capitalised && !l0.allCaps && !l0.sentenceStart && !l0.lineStart && !l0.titleLine);
    // "of"/"for"/"on" join only after a head noun ("Bank of", "Hall of"), never after a
    // name ("Putin of Russia").
    const QString &l = tokens.at(left).lower;
    if (gaz.lookup(l) || gaz.isGivenName(l))
        return false;
    // "Miami International Airport for Manta": a place's name takes no "for"/"on" after it,
    // but a head standing alone opens one ("the Hall for Cornwall").
    if (c != u"of" && words.placeHeads.contains(l) && !headAlone)
        return false;
    return gaz.isCommonWord(l) || gaz.isRole(l);
}

// The word that decides the kind of a name: the last one, or the one before "of".
qsizetype NameScan::headIndex(qsizetype a, qsizetype b) const
{
    for (qsizetype k = a + 1; k <= b; ++k) {
        if (!tokens.at(k).capitalised && words.connectors.contains(tokens.at(k).lower) && !words.nameParticles.contains(tokens.at(k).lower))
            return k - 1;
    }
    return b;
}

qsizetype NameScan::prevWord(qsizetype a) const
{
    qsizetype k = a - 1;
    while (k >= 0 && tokens.at(k).word && (tokens.at(k).lower == u"the" || tokens.at(k).lower == u"a"))
        --k;
    return k;
}

// "Competition and Markets Authority", "Food and Drug Administration": one ordinary
// capitalised word, not at a sentence start, before "and".
bool NameScan::ordinaryStart(qsizetype start, qsizetype end) const
{
    const NameToken &t = tokens.at(start);
    return start == end && !t.sentenceStart && !t.titleLine && !t.allCaps && !inPhrase.at(start) && gaz.isCommonWord(t.lower)
           && !gaz.isRole(t.lower) && !gaz.isRoleModifier(t.lower);
}

// "AG", "GmbH", "N.V.", "S.A.": a company's legal form ending a name at token b.
// Returns the first token of the legal form, or -1.
qsizetype NameScan::legalFormAt(qsizetype b) const
{
    if (b < 0)
        return -1;
    const QString &w = tokens.at(b).lower;
    if (words.legalForms.contains(w) && (tokens.at(b).allCaps || tokens.at(b).capitalised))
        return b;
    // ... or kept whole as one token of initials ("S.A.", "N.V.").
    if (w.size() > 2 && w.endsWith(u'.') && w.count(u'.') * 2 == w.size() && words.legalFormInitials.contains(QString(w).remove(u'.')))
        return b;
    // Initials: "N.V.", "B.V.", "S.A.", "S.p.A." come as one-letter tokens with their periods.
    qsizetype k = b;
    QString letters;
    while (k >= 0 && tokens.at(k).lower.size() == 2 && tokens.at(k).lower.at(1) == u'.'
           && (k == b || tokens.at(k).end == tokens.at(k + 1).start)) {
        letters.prepend(tokens.at(k).lower.at(0));
        --k;
    }
    return words.legalFormInitials.contains(letters) ? k + 1 : -1;
}

// An upper-case letter right after a lower-case one: "BlackRock", "RenewableUK", "PayPal"
// (but not "McCarthy", "MacLeod", "DeSantis": Mc/Mac/De/Di/Le/La/Van/Von open surnames).
bool NameScan::camelCase(const NameToken &t) const
{
    if (t.allCaps || !t.capitalised)
        return false;
    for (qsizetype p = t.start + 1; p < t.end; ++p) {
        if (text.at(p).isUpper() && text.at(p - 1).isLower()) {
            const QString prefix = text.mid(t.start, p - t.start).toLower();
            return !words.surnamePrefixes.contains(prefix);
        }
    }
    return false;
}

// "Gothic", "Romanesque", "Victorian": one word shaped like an adjective describes a place's
// kind ("the Gothic basilica") rather than naming it.
bool NameScan::adjectiveShaped(qsizetype start, qsizetype end) const
{
    if (start != end)
        return false;
    const QString &w = tokens.at(start).lower;
    for (const char *suffix : {"ic", "ian", "esque", "ical", "ese", "ish"}) {
        if (w.size() > 4 && w.endsWith(QLatin1StringView(suffix)))
            return true;
    }
    return false;
}

// "A30", "SS54", "M25": one to three capitals and one to three digits, a road's number.
bool NameScan::roadCode(qsizetype i) const
{
    const NameToken &t = tokens.at(i);
    const QStringView code = QStringView(text).mid(t.start, t.end - t.start);
    qsizetype letters = 0;
    while (letters < code.size() && code.at(letters).isUpper())
        ++letters;
    const qsizetype digits = code.size() - letters;
    if (letters < 1 || letters > 3 || digits < 1 || digits > 3)
        return false;
    for (qsizetype p = letters; p < code.size(); ++p) {
        if (!code.at(p).isDigit())
            return false;
    }
    return true;
}
