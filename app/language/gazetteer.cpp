// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QFile>
#include <QTextStream>

namespace {

// Words WordNet leaves out but that are plainly not names when capitalised.
const char *const kClosedClass[] = {
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "him", "his", "she", "her", "they", "them",
    "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "and", "or", "but", "nor", "so",
    "yet", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "within", "into", "onto", "upon", "over", "under", "about",
    "above", "below", "after", "before", "since", "until", "while", "although", "though", "because", "if", "unless", "whether", "as",
    "than", "then", "when", "where", "why", "how", "both", "either", "neither", "each", "every", "all", "any", "some", "no", "not", "also",
    "even", "just", "only", "still", "already", "however", "meanwhile", "despite", "amid", "amidst", "among", "between", "through",
    "throughout", "during", "against", "toward", "towards", "across", "along", "around", "behind", "beyond", "near", "via", "including",
    "according", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "do", "does", "did", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "many", "much", "more", "most", "several", "few", "fewer", "such", "another", "other",
    "one", "two", "three", "first", "last", "next", "new", "yes", "no", "per", "like", "unlike", "instead",
    // "I" contracted ("Now I'll sleep"): keys fold the curly apostrophe to the straight one
    "i'll", "i'm", "i've", "i'd",
    // numbers that open a sentence ("Four Danish sailors") are never names
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds", "thousands"};

const char *const kCalendarWords[] = {"january",   "february", "march",     "april",    "may",    "june",     "july",   "august",
                                      "september", "october",  "november",  "december", "jan.",   "feb.",     "mar.",   "apr.",
                                      "jun.",      "jul.",     "aug.",      "sep.",     "sept.",  "oct.",     "nov.",   "dec.",
                                      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "mon.",
                                      "tue.",      "tues.",    "wed.",      "thu.",     "thurs.", "fri.",     "sat.",   "sun."};

} // namespace

QList<QStringList> Gazetteer::readList(const QString &name, const QString &folder)
{
    QList<QStringList> rows;
    QFile file(QStringLiteral(":/parallax/") + folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("Gazetteer %s is missing", qPrintable(name));
        return rows;
    }
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        rows.append(line.split(u'\t'));
    }
    return rows;
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer; // C++ guarantees thread-safe one-time initialisation
    return gazetteer;
}

QString Gazetteer::key(QStringView text)
{
    QString out;
    key(text, out);
    return out;
}

void Gazetteer::key(QStringView text, QString &out)
{
    // Written into `out`, whose buffer is reused: no allocation once it is big
    // enough. The key is never longer than the text.
    out.resize(text.size());
    QChar *const begin = out.data();
    QChar *p = begin;
    bool space = false;
    bool ascii = true;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = p != begin;
            continue;
        }
        if (space)
            *p++ = u' ';
        space = false;
        const char16_t u = c.unicode();
        if (u < 0x80) {
            // ASCII folds on its own; the rest goes through toCaseFolded() below.
            if (u >= u'A' && u <= u'Z')
                c = QChar(char16_t(u + (u'a' - u'A')));
            else if (u == u'`')
                c = u'\'';
        } else {
            ascii = false;
            if (c == u'\u2019' || c == u'\u2018')
                c = u'\'';
            else if (c == u'\u2010' || c == u'\u2011' || c == u'\u2013')
                c = u'-';
        }
        *p++ = c;
    }
    out.resize(p - begin);
    if (!ascii)
        out = std::move(out).toCaseFolded();
}

QString Gazetteer::folded(const QString &key)
{
    bool ascii = true;
    for (QChar c : key) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return key;
    const QString decomposed = key.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that carry their stroke inside and so do not decompose: "Paweł" is "Pawel".
        switch (c.unicode()) {
        case u'\u0142': out.append(u'l'); break;                 // ł
        case u'\u00f8': out.append(u'o'); break;                 // ø
        case u'\u0111': out.append(u'd'); break;                 // đ
        case u'\u0127': out.append(u'h'); break;                 // ħ
        case u'\u0131': out.append(u'i'); break;                 // dotless ı
        case u'\u00df': out.append(QStringLiteral("ss")); break; // ß
        case u'\u00e6': out.append(QStringLiteral("ae")); break; // æ
        case u'\u0153': out.append(QStringLiteral("oe")); break; // œ
        default: out.append(c);
        }
    }
    return out;
}

Gazetteer::Gazetteer()
{
    for (const QStringList &row : readList(QStringLiteral("commonwords.txt")))
        m_common.insert(row.first());
    for (const char *w : kClosedClass)
        m_closedClass.insert(QString::fromLatin1(w));
    for (const char *w : kCalendarWords)
        m_calendarWords.insert(QString::fromLatin1(w));
    for (const QStringList &row : readList(QStringLiteral("givennames.txt")))
        m_givenNames.insert(key(row.first()));
    for (const QStringList &row : readList(QStringLiteral("titles.txt"))) {
        if (row.size() > 1 && row.at(1) == u"modifier")
            m_roleModifiers.insert(key(row.first()));
        else
            m_roles.insert(key(row.first()));
    }
    for (const QStringList &row : readList(QStringLiteral("wordnetplaces.txt")))
        m_knownKinds.insert(key(row.first()), EntityType::Place);
    for (const QStringList &row : readList(QStringLiteral("wordnetbodies.txt")))
        m_knownKinds.insert(key(row.first()), EntityType::Organization);
    // The hand-kept lists of well-known towns and bodies come after WordNet's and win over it.
    for (const QStringList &row : readList(QStringLiteral("knowntowns.txt")))
        m_knownKinds.insert(key(row.first()), EntityType::Place);
    for (const QStringList &row : readList(QStringLiteral("knownbodies.txt")))
        m_knownKinds.insert(key(row.first()), EntityType::Organization);
    for (const QStringList &row : readList(QStringLiteral("demonyms.txt")))
        m_demonyms.insert(key(row.first()));
    for (const QStringList &row : readList(QStringLiteral("notnames.txt")))
        m_notNames.insert(key(row.first()));
    // Time zones after a time of day ("15:12 ART") are no names either: one list, the claims'.
    for (const QStringList &row : readList(QStringLiteral("timezones.txt"), QStringLiteral("claims")))
        m_notNames.insert(key(row.first()));

    // Later lists refine earlier ones: an alias names its canonical entry.
    for (const QStringList &row : readList(QStringLiteral("countries.txt"))) {
        add(row.first(), row.value(1, row.first()), EntityType::Place);
        m_countries.insert(key(row.first()));
        m_countries.insert(key(row.value(1, row.first())));
    }
    for (const QStringList &row : readList(QStringLiteral("countrycodes.txt")))
        m_countryCodes.insert(key(row.first()));
    for (const QStringList &row : readList(QStringLiteral("subdivisions.txt"))) {
        add(row.first(), row.first(), EntityType::Place);
        m_subdivisions.insert(key(row.first()));
    }
    loadNames(QStringLiteral("cities.txt"), EntityType::Place);
    loadNames(QStringLiteral("regions.txt"), EntityType::Place);
    loadNames(QStringLiteral("organizations.txt"), EntityType::Organization);
    for (const QStringList &row : readList(QStringLiteral("aliases.txt"))) {
        const QString canonical = row.value(1, row.first());
        const auto target = lookup(key(canonical));
        const EntityType type = target ? target->type : EntityType::Place;
        const QString name = target ? target->canonical : canonical;
        m_entries.insert(key(row.first()), {type, name});
        m_entries.insert(key(canonical), {type, name});
    }
    // Countries whose ISO name is long go by the canonical of their alias ("Russian Federation" -> "Russia").
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const auto target = m_entries.constFind(key(it->canonical));
        if (target != m_entries.cend())
            it->canonical = target->canonical;
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString f = folded(it.key());
        if (f != it.key() && !m_entries.contains(f))
            m_foldedEntries.insert(f, it.value());
    }
}

void Gazetteer::loadNames(const QString &file, EntityType type)
{
    for (const QStringList &row : readList(file))
        add(row.first(), row.value(1, row.first()), type);
}

void Gazetteer::add(const QString &name, const QString &canonical, EntityType type)
{
    const QString k = key(name);
    // "WHO", "AU": a short name in capitals that is also an ordinary word read only in capitals.
    const bool capitals = name.size() <= 5 && name == name.toUpper() && !name.contains(u' ') && m_common.contains(k);
    m_entries.insert(k, {type, canonical, capitals});
    m_longestPhrase = std::max<int>(m_longestPhrase, int(k.count(u' ')) + 1);
}

std::optional<GazetteerEntry> Gazetteer::lookup(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend())
        return *it;
    const QString plain = folded(key);
    // "Médecins Sans Frontières" in a text, "Medecins Sans Frontieres" in the list: a name of
    // several words written with accents finds the entry written without them, and the other way
    // round (one word with an accent is often another word: "Sofía" is no "Sofia").
    if (plain != key && key.contains(u' ')) {
        if (const auto p = m_entries.constFind(plain); p != m_entries.cend())
            return *p;
    }
    const auto f = m_foldedEntries.constFind(plain);
    if (f == m_foldedEntries.cend())
        return std::nullopt;
    return *f;
}

bool Gazetteer::isDemonym(const QString &lower) const
{
    if (m_demonyms.contains(lower))
        return true;
    if (lower.size() > 4 && lower.endsWith(u's') && m_demonyms.contains(lower.chopped(1)))
        return true;
    if (lower.size() > 5 && lower.endsWith(QLatin1StringView("men")))
        return m_demonyms.contains(lower.chopped(3)) || m_demonyms.contains(lower.chopped(3) + QStringLiteral("man"));
    return false;
}

bool Gazetteer::isCommonWord(const QString &lower) const
{
    if (m_common.contains(lower) || m_closedClass.contains(lower))
        return true;
    // WordNet holds lemmas: try the usual inflections ("Visits", "Strengthened", "Choosing").
    // A stem is the first `keep` letters of `lower` and maybe one more letter, made in a
    // buffer of this thread (QSet<QString> is searched with a QString).
    thread_local QString stem;
    auto has = [this, &lower](qsizetype keep, char16_t extra = 0) {
        if (keep + (extra ? 1 : 0) < 2)
            return false;
        stem.resize(0);
        stem.append(QStringView(lower).left(keep));
        if (extra)
            stem.append(QChar(extra));
        return m_common.contains(stem);
    };
    const qsizetype n = lower.size();
    if (lower.endsWith(u"ies") && has(n - 3, u'y'))
        return true;
    if (lower.endsWith(u"es") && has(n - 2))
        return true;
    if (lower.endsWith(u's') && !lower.endsWith(u"ss") && has(n - 1))
        return true;
    if (lower.endsWith(u"ied") && has(n - 3, u'y'))
        return true;
    if (lower.endsWith(u"ed") && (has(n - 2) || has(n - 1) || (n > 4 && lower.at(n - 3) == lower.at(n - 4) && has(n - 3))))
        return true;
    if (lower.endsWith(u"ing") && (has(n - 3) || has(n - 3, u'e') || (n > 5 && lower.at(n - 4) == lower.at(n - 5) && has(n - 4))))
        return true;
    if (lower.endsWith(u"ly") && (has(n - 2) || (lower.endsWith(u"ily") && has(n - 3, u'y'))))
        return true;
    return false;
}
