// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nametokenizer.h"

#include "gazetteer.h"
#include "namewords.h"

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// Abbreviations whose period belongs to the word rather than ending a sentence.
bool keepsPeriod(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("dr"),   QStringLiteral("gen"),
        QStringLiteral("lt"),   QStringLiteral("col"),  QStringLiteral("sgt"),  QStringLiteral("capt"), QStringLiteral("st"),
        QStringLiteral("prof"), QStringLiteral("rep"),  QStringLiteral("sen"),  QStringLiteral("gov"),  QStringLiteral("jr"),
        QStringLiteral("sr"),   QStringLiteral("inc"),  QStringLiteral("corp"), QStringLiteral("co"),   QStringLiteral("ltd"),
        QStringLiteral("adm"),  QStringLiteral("cmdr"), QStringLiteral("cdr"),  QStringLiteral("insp"), QStringLiteral("supt"),
        QStringLiteral("det"),  QStringLiteral("cpl"),  QStringLiteral("pte"),  QStringLiteral("maj"),  QStringLiteral("rev"),
        QStringLiteral("vs"),   QStringLiteral("jan"),  QStringLiteral("feb"),  QStringLiteral("mar"),  QStringLiteral("apr"),
        QStringLiteral("jun"),  QStringLiteral("jul"),  QStringLiteral("aug"),  QStringLiteral("sep"),  QStringLiteral("sept"),
        QStringLiteral("oct"),  QStringLiteral("nov"),  QStringLiteral("dec"),  QStringLiteral("mt"),   QStringLiteral("ft")};
    // ... and any title the titles list writes with its period ("Ing.", "Prof.").
    return words.contains(lower) || Gazetteer::instance().isRole(lower + u'.');
}

void markCase(NameToken &t, const QString &text)
{
    int letters = 0;
    int upper = 0;
    bool first = true;
    for (qsizetype i = t.start; i < t.end; ++i) {
        const QChar c = text.at(i);
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.isUpper())
            ++upper;
        if (first)
            t.capitalised = c.isUpper();
        // "eThekwini", "uShaka", "eSwatini": a lower-case prefix before a capital is a name's.
        else if (letters == 2 && c.isUpper() && t.end - t.start >= 5)
            t.capitalised = true;
        first = false;
    }
    t.allCaps = letters >= 2 && upper == letters;
}

// Marks lines that read as headlines or credits: most significant words capitalised
// and no sentence punctuation at the end.
void markTitleLines(QList<NameToken> &tokens, const QString &text)
{
    const Gazetteer &gaz = Gazetteer::instance();
    qsizetype lineBegin = 0;
    while (lineBegin < tokens.size()) {
        qsizetype lineEnd = lineBegin + 1;
        while (lineEnd < tokens.size() && !tokens.at(lineEnd).lineStart)
            ++lineEnd;
        int significant = 0;
        int capitalised = 0;
        int words = 0;
        int shouting = 0;
        for (qsizetype i = lineBegin; i < lineEnd; ++i) {
            const NameToken &t = tokens.at(i);
            if (!t.word)
                continue;
            ++words;
            if (t.allCaps)
                ++shouting;
            if (t.lower.size() < 3 || gaz.isClosedClass(t.lower))
                continue;
            ++significant;
            if (t.capitalised)
                ++capitalised;
        }
        const NameToken &last = tokens.at(lineEnd - 1);
        const QChar end = text.at(last.end - 1);
        const bool sentenceEnd = !last.word && QStringView(u".!?\"\u201d:").contains(end);
        const bool title = (words <= 25 && significant >= 2 && capitalised * 10 >= significant * 7 && !sentenceEnd)
                           || (shouting >= 3 && shouting * 10 >= words * 8);
        if (title) {
            for (qsizetype i = lineBegin; i < lineEnd; ++i)
                tokens[i].titleLine = true;
        }
        lineBegin = lineEnd;
    }
}

// Where the part after a compound's first hyphen starts in the text.
qsizetype secondPartStart(const QString &text, const NameToken &t)
{
    for (qsizetype p = t.start; p < t.end; ++p) {
        if (isHyphen(text.at(p)))
            return p + 1;
    }
    return t.end;
}

// A hyphenated given name after a capitalised family name ("Kim Hong-Ji", "Moon Jae-in")
// stays whole; compounds naming known places or peoples ("China-Russia") are split.
bool keepsHyphenName(const QList<NameToken> &tokens, const NameToken &t, const QStringList &parts, const QString &text)
{
    if (!t.capitalised || t.allCaps || tokens.isEmpty())
        return false;
    const NameToken &prev = tokens.last();
    if (!prev.word || !prev.capitalised || prev.possessive || prev.breakAfter)
        return false;
    for (qsizetype p = prev.end; p < t.start; ++p) {
        if (text.at(p) != u' ')
            return false;
    }
    const Gazetteer &gaz = Gazetteer::instance();
    if (gaz.lookup(prev.lower) || gaz.isRole(prev.lower) || gaz.isDemonym(prev.lower))
        return false;
    // "The Orvik-based supplier" opening a sentence: a capitalised article is no family name, and
    // a part in small letters after it no part of a name ("The Thompson-Nicola District" is one).
    const qsizetype second = secondPartStart(text, t);
    if (gaz.isClosedClass(prev.lower) && second < t.end && text.at(second).isLower())
        return false;
    // "Schäfer-Holm": one ordinary part is fine in a double surname, all ordinary is not ("Self-Made").
    // "Soriano-Velasco": one part may be a region's name too, though not a country's, nor both
    // parts known names ("China-Russia", "Harwick-Orvik").
    bool allCommon = true;
    int known = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || !part.at(0).isLetter() || gaz.isCountry(part) || gaz.isDemonym(part))
            return false;
        known += gaz.lookup(part) ? 1 : 0;
        allCommon = allCommon && gaz.isCommonWord(part);
    }
    return !allCommon && known < 2 && (known == 0 || parts.size() == 2);
}

// "al-Hashimi", "el-Sisi", "Abu-Bakr": an Arabic article or kin word joined to a capitalised
// name is one surname, capitalised or not at its start.
bool isParticleName(const QStringList &parts, const QString &text, const NameToken &t)
{
    static const QSet<QString> particles = {QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("ad"),  QStringLiteral("ar"),
                                            QStringLiteral("as"),  QStringLiteral("ash"), QStringLiteral("at"),  QStringLiteral("az"),
                                            QStringLiteral("an"),  QStringLiteral("ul"),  QStringLiteral("bin"), QStringLiteral("ibn"),
                                            QStringLiteral("abu"), QStringLiteral("abd"), QStringLiteral("bint")};
    if (parts.size() != 2 || !particles.contains(parts.first()) || parts.last().size() < 3 || t.allCaps)
        return false;
    const qsizetype second = secondPartStart(text, t);
    return second < t.end && text.at(second).isUpper() && !Gazetteer::instance().lookup(parts.last());
}

// "Agence France-Presse", "Rolls-Royce Holdings" aside: a hyphenated word that ends a known
// name of several words with the one or two words before it on its line stays whole.
bool endsKnownPhrase(const QList<NameToken> &tokens, const NameToken &t, const QString &text)
{
    for (qsizetype back = 1; back <= 2 && back <= tokens.size(); ++back) {
        const NameToken &first = tokens.at(tokens.size() - back);
        const QStringView span = QStringView(text).mid(first.start, t.end - first.start);
        if (span.contains(u'\n'))
            return false;
        if (const auto entry = Gazetteer::instance().lookup(Gazetteer::key(span)); entry)
            return true;
    }
    return false;
}

// "Jean-Baptiste Lefèvre", "Anne-Marie Slaughter": a hyphenated given name stays whole when
// its first part is a known given name, every part is capitalised and a capitalised word follows.
bool isHyphenGivenName(const QStringList &parts, const QString &text, const NameToken &t)
{
    const Gazetteer &gaz = Gazetteer::instance();
    if (parts.size() != 2 || !t.capitalised || t.allCaps || !gaz.isGivenName(parts.first()))
        return false;
    const qsizetype second = secondPartStart(text, t);
    if (second >= t.end || !text.at(second).isUpper() || gaz.lookup(parts.last()) || gaz.isDemonym(parts.last()))
        return false;
    return t.end + 1 < text.size() && text.at(t.end) == u' ' && text.at(t.end + 1).isUpper();
}

// "Inter-American", "Pan-African", "Afro-Colombian": a prefix makes one word with the name after it.
bool isPrefixCompound(const QStringList &parts, const QString &text, const NameToken &t)
{
    static const QSet<QString> prefixes = {
        QStringLiteral("inter"), QStringLiteral("intra"),  QStringLiteral("pan"),   QStringLiteral("trans"), QStringLiteral("afro"),
        QStringLiteral("euro"),  QStringLiteral("sino"),   QStringLiteral("indo"),  QStringLiteral("anglo"), QStringLiteral("franco"),
        QStringLiteral("ibero"), QStringLiteral("italo"),  QStringLiteral("russo"), QStringLiteral("greco"), QStringLiteral("austro"),
        QStringLiteral("judeo"), QStringLiteral("latino"), QStringLiteral("sub")};
    if (parts.size() != 2 || !t.capitalised || t.allCaps || !prefixes.contains(parts.first()))
        return false;
    const qsizetype second = secondPartStart(text, t);
    return second < t.end && text.at(second).isUpper();
}

// "Miami-Dade County": a known place joined to an unknown name, before another capitalised
// word, is one place's name (while "China-Russia" and "US-led" split).
// "E-Distribuzione", "T-Mobile": one capital letter and a capitalised word make a brand's name.
bool isInitialCompound(const QStringList &parts, const QString &text, const NameToken &t)
{
    if (parts.size() != 2 || parts.first().size() != 1 || !t.capitalised || t.allCaps || !parts.first().at(0).isLetter())
        return false;
    const qsizetype second = secondPartStart(text, t);
    return second < t.end && text.at(second).isUpper() && parts.last().size() > 2;
}

bool isPlaceCompound(const QStringList &parts, const QString &text, const NameToken &t)
{
    const Gazetteer &gaz = Gazetteer::instance();
    if (parts.size() != 2 || !t.capitalised || t.allCaps)
        return false;
    const auto first = gaz.lookup(parts.first());
    if (!first || first->type != EntityType::Place)
        return false;
    const qsizetype second = secondPartStart(text, t);
    if (second >= t.end || !text.at(second).isUpper() || gaz.lookup(parts.last()) || gaz.isCommonWord(parts.last())
        || gaz.isDemonym(parts.last()) || gaz.isGivenName(parts.last()))
        return false;
    return t.end + 1 < text.size() && text.at(t.end) == u' ' && text.at(t.end + 1).isUpper();
}

// "Val-de-Cans", "Aix-en-Provence", "Stratford-upon-Avon": capitalised ends joined by
// lower-case particles are one place's name; so are names joined by the Persian and Urdu "e"
// or "i" ("of"): "Tehreek-e-Azadi", "Hizb-i-Wahdat".
bool isParticleCompound(const QStringList &parts, const QString &text, const NameToken &t)
{
    static const QSet<QString> particles = {
        QStringLiteral("de"),   QStringLiteral("du"),    QStringLiteral("des"), QStringLiteral("en"),   QStringLiteral("sur"),
        QStringLiteral("upon"), QStringLiteral("on"),    QStringLiteral("au"),  QStringLiteral("aux"),  QStringLiteral("la"),
        QStringLiteral("le"),   QStringLiteral("les"),   QStringLiteral("di"),  QStringLiteral("del"),  QStringLiteral("am"),
        QStringLiteral("an"),   QStringLiteral("im"),    QStringLiteral("ob"),  QStringLiteral("sous"), QStringLiteral("da"),
        QStringLiteral("do"),   QStringLiteral("dos"),   QStringLiteral("das"), QStringLiteral("y"),    QStringLiteral("el"),
        QStringLiteral("in"),   QStringLiteral("under"), QStringLiteral("by"),  QStringLiteral("e"),    QStringLiteral("i")};
    if (parts.size() < 3 || !t.capitalised || t.allCaps)
        return false;
    const QList<QStringView> pieces = QStringView(text).mid(t.start, t.end - t.start).split(u'-');
    if (pieces.size() != parts.size())
        return false;
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const bool end = k == 0 || k == pieces.size() - 1;
        if (pieces.at(k).isEmpty())
            return false;
        const QChar first = pieces.at(k).front();
        if (end ? !first.isUpper() : (!first.isLower() || !particles.contains(parts.at(k))))
            return false;
    }
    return true;
}

// "Jastrzębie-Zdrój", "Notre-Dame", "Star-Advertiser": capitalised parts that name nothing known
// and that the article never writes alone make one name ("China-Russia", "Putin-Xi" split:
// their parts are known or stand alone elsewhere).
bool isUnseparatedCompound(const QStringList &parts, const QString &text, const NameToken &t)
{
    const Gazetteer &gaz = Gazetteer::instance();
    if (!t.capitalised || parts.size() < 2 || parts.size() > 3 || (t.allCaps && parts.size() > 2))
        return false;
    const QList<QStringView> pieces = QStringView(text).mid(t.start, t.end - t.start).split(u'-');
    if (pieces.size() != parts.size())
        return false;
    // In capitals ("JASTRZEBIE-ZDROJ, Poland"), only long parts: short ones make acronyms.
    if (t.allCaps && (parts.first().size() < 4 || parts.last().size() < 4))
        return false;
    bool allCommon = true;
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const QStringView piece = pieces.at(k);
        if (piece.size() < 2 || !piece.front().isUpper() || gaz.lookup(parts.at(k)) || gaz.isDemonym(parts.at(k))
            || (k == 0 && gaz.isRole(parts.at(k))) || gaz.isCalendarWord(parts.at(k)))
            return false;
        allCommon = allCommon && gaz.isCommonWord(parts.at(k));
        // Written alone anywhere in the article: the compound joins two names.
        for (qsizetype at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            const qsizetype end = at + piece.size();
            const bool before = at == 0 || !(text.at(at - 1).isLetter() || isHyphen(text.at(at - 1)));
            const bool after = end >= text.size() || !(text.at(end).isLetter() || isHyphen(text.at(end)));
            if (before && after)
                return false;
        }
    }
    return !allCommon;
}

// "Žilina Self-Governing Region", "the National Anti-Corruption Bureau": a compound of capitalised
// ordinary words between a capitalised word and the head of a body's or a place's name is a part of
// that name, not two words that end one name and open another.
bool isCompoundInsideName(const QList<NameToken> &tokens, const QStringList &parts, const QString &text, const NameToken &t)
{
    const Gazetteer &gaz = Gazetteer::instance();
    if (!t.capitalised || t.allCaps || t.possessive || parts.size() > 3 || tokens.isEmpty())
        return false;
    const NameToken &prev = tokens.last();
    if (!prev.word || !prev.capitalised || prev.possessive || prev.breakAfter || prev.end + 1 != t.start || text.at(prev.end) != u' ')
        return false;
    const QList<QStringView> pieces = QStringView(text).mid(t.start, t.end - t.start).split(u'-');
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        if (pieces.at(k).size() < 2 || !pieces.at(k).front().isUpper() || gaz.lookup(parts.at(k)) || gaz.isDemonym(parts.at(k)))
            return false;
    }
    // The head: the next word on the line, after one space.
    qsizetype end = t.end + 1;
    if (t.end >= text.size() || text.at(t.end) != u' ' || end >= text.size() || !text.at(end).isUpper())
        return false;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QString head = Gazetteer::key(QStringView(text).mid(t.end + 1, end - t.end - 1));
    const NameWords &words = NameWords::instance();
    return words.organizationHeads.contains(head) || words.placeHeads.contains(head);
}

// "IG-EPN", "PAHO-WHO": two capital-letter parts that name no known place or body are one acronym.
bool isAcronymPair(const QStringList &parts, const NameToken &t)
{
    const Gazetteer &gaz = Gazetteer::instance();
    auto letters = [](const QString &part) {
        for (QChar c : part) {
            if (!c.isLetter())
                return false;
        }
        return !part.isEmpty();
    };
    return t.allCaps && parts.size() == 2 && parts.first().size() <= 5 && parts.last().size() <= 5 && letters(parts.first())
           && letters(parts.last()) && !gaz.lookup(parts.first()) && !gaz.lookup(parts.last());
}

} // namespace

QList<NameToken> tokenizeForNames(const QString &text)
{
    QList<NameToken> tokens;
    // A double surname kept whole after a given name ("Annegret Schäfer-Holm") stays whole
    // wherever else the article writes it ("Schäfer-Holm said"): split occurrences are noted
    // with their whole token and joined again at the end.
    QSet<QString> wholeSurnames;
    QList<std::pair<qsizetype, NameToken>> splitAt; // index of the first part, the whole token
    const qsizetype n = text.size();
    bool sentenceStart = true;
    bool lineStart = true;
    qsizetype i = 0;
    auto letterAt = [&](qsizetype p) { return p < n && text.at(p).isLetter(); };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\u2029') {
            sentenceStart = lineStart = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        NameToken t;
        t.start = i;
        t.lineStart = lineStart;
        lineStart = false;
        if (c.isLetterOrNumber()) {
            t.word = true;
            // "U.S.", "D.C.", "U.S.A.": single letters each followed by a period.
            if (c.isLetter() && i + 3 < n && text.at(i + 1) == u'.' && letterAt(i + 2) && text.at(i + 3) == u'.') {
                qsizetype p = i;
                while (letterAt(p) && p + 1 < n && text.at(p + 1) == u'.')
                    p += 2;
                t.end = p;
            } else {
                qsizetype p = i;
                while (p < n) {
                    const QChar d = text.at(p);
                    if (d.isLetterOrNumber() || d.isMark()) {
                        ++p;
                    } else if ((isHyphen(d) || d == u'&') && p + 1 < n && text.at(p + 1).isLetterOrNumber()) {
                        ++p;
                    } else if (isApostrophe(d) && letterAt(p + 1)
                               && !((text.at(p + 1) == u's' || text.at(p + 1) == u'S') && !letterAt(p + 2))) {
                        ++p; // O'Brien, Xi'an, N'Djamena
                    } else {
                        break;
                    }
                }
                t.end = p;
            }
            t.lower = Gazetteer::key(QStringView(text).mid(t.start, t.end - t.start));
            // Keep the period of an initial ("John F. Kennedy") or a known abbreviation ("Mr.").
            if (t.end < n && text.at(t.end) == u'.' && !t.lower.endsWith(u'.')
                && ((t.end - t.start == 1 && text.at(t.start).isUpper()) || keepsPeriod(t.lower))) {
                ++t.end;
                t.lower.append(u'.');
            }
            markCase(t, text);
            // Possessive: "Russia's", "Russia’s", "leaders’".
            qsizetype p = t.end;
            if (p < n && isApostrophe(text.at(p))) {
                if (p + 1 < n && (text.at(p + 1) == u's' || text.at(p + 1) == u'S') && !letterAt(p + 2)) {
                    t.possessive = true;
                    p += 2;
                } else if (t.lower.endsWith(u's') && !letterAt(p + 1)) {
                    t.possessive = true;
                    p += 1;
                }
            }
            t.sentenceStart = sentenceStart;
            sentenceStart = false;
            const bool hyphenated = t.lower.contains(u'-');
            const QStringList parts = hyphenated ? t.lower.split(u'-') : QStringList();
            // "TOPSHOT-CHINA-BRI-FORUM": three or more upper-case parts make a photo slug.
            const bool slug = hyphenated && t.allCaps && parts.size() >= 3;
            if (hyphenated && !slug && isParticleName(parts, text, t)) {
                t.capitalised = true; // "al-Hashimi" is a name
                tokens.append(t);
            } else if (hyphenated && !slug && keepsHyphenName(tokens, t, parts, text)) {
                wholeSurnames.insert(t.lower);
                tokens.append(t);
            } else if (hyphenated && !slug
                       && (isHyphenGivenName(parts, text, t) || isAcronymPair(parts, t) || isPrefixCompound(parts, text, t)
                           || isInitialCompound(parts, text, t) || isParticleCompound(parts, text, t) || isPlaceCompound(parts, text, t)
                           || isUnseparatedCompound(parts, text, t) || isCompoundInsideName(tokens, parts, text, t))) {
                tokens.append(t); // "Kim Hong-Ji", "Moon Jae-in", "Jean-Baptiste", "IG-EPN"
            } else if (hyphenated && !slug && endsKnownPhrase(tokens, t, text)) {
                tokens.append(t); // "Agence France-Presse": the compound ends a known name
            } else if (hyphenated && !Gazetteer::instance().lookup(t.lower) && !Gazetteer::instance().isRole(t.lower)) {
                // "China-Russia", "US-led": each part on its own, parts never join.
                if (t.capitalised && !t.allCaps)
                    splitAt.append({tokens.size(), t});
                qsizetype s = t.start;
                for (qsizetype q = t.start; q <= t.end; ++q) {
                    if (q == t.end || isHyphen(text.at(q))) {
                        if (q > s) {
                            NameToken part = t;
                            part.start = s;
                            part.end = q;
                            part.lower = Gazetteer::key(QStringView(text).mid(s, q - s));
                            part.possessive = q == t.end && t.possessive;
                            part.breakAfter = q != t.end;
                            part.lineStart = t.lineStart && s == t.start;
                            part.sentenceStart = t.sentenceStart && s == t.start;
                            markCase(part, text);
                            part.slug = slug;
                            tokens.append(part);
                        }
                        s = q + 1;
                    }
                }
            } else {
                tokens.append(t);
            }
            i = p;
            continue;
        }
        t.end = i + 1;
        t.lower = QString(c);
        if (QStringView(u".!?:;").contains(c))
            sentenceStart = true;
        tokens.append(t);
        ++i;
    }
    if (!wholeSurnames.isEmpty()) {
        for (qsizetype k = splitAt.size() - 1; k >= 0; --k) {
            const auto &[index, whole] = splitAt.at(k);
            if (!wholeSurnames.contains(whole.lower))
                continue;
            qsizetype last = index;
            while (last < tokens.size() && tokens.at(last).breakAfter)
                ++last;
            tokens.remove(index, last - index + 1);
            tokens.insert(index, whole);
        }
    }
    if (!tokens.isEmpty())
        markTitleLines(tokens, text);
    return tokens;
}
