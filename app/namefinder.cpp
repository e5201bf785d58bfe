#include "namefinder.h"

#include "gazetteer.h"
#include "nametokenizer.h"

#include <algorithm>

namespace {

enum Vote { PersonVote = 0, OrgVote = 1, PlaceVote = 2 };

// Weights of the evidence: a gazetteer entry outweighs any context cue.
constexpr int kGazetteer = 10;
constexpr int kRole = 6;
constexpr int kHead = 4;
constexpr int kGivenName = 4;
constexpr int kStrongCue = 2;
constexpr int kWeakCue = 1;

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

// Last words that make a name an organization's or a place's.
const QSet<QString> &orgHeads()
{
    static const QSet<QString> s = wordSet(
        {"agency", "council", "ministry", "organization", "organisation", "forum", "bank", "news", "party", "army",
         "union", "university", "company", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "llc", "plc", "group",
         "association", "institute", "committee", "commission", "department", "office", "court", "service",
         "services", "fund", "foundation", "society", "times", "post", "journal", "press", "daily", "herald",
         "tribune", "media", "network", "television", "tv", "radio", "airlines", "airways", "motors", "bureau",
         "authority", "assembly", "parliament", "congress", "senate", "cabinet", "government", "administration",
         "guard", "navy", "force", "forces", "police", "club", "fc", "league", "board", "reserve", "exchange",
         "industries", "holdings", "technologies", "systems", "labs", "partners", "movement", "front", "alliance",
         "coalition", "church", "school", "college", "academy", "hospital", "federation", "secretariat",
         "directorate", "command", "brigade", "battalion", "regiment", "division", "corps", "institution",
         "observatory", "trust", "bloc", "caucus", "team", "programme", "program", "sc", "afc"});
    return s;
}

const QSet<QString> &placeHeads()
{
    static const QSet<QString> s = wordSet(
        {"hall", "square", "palace", "street", "avenue", "road", "bridge", "airport", "station", "port", "harbour",
         "harbor", "park", "stadium", "arena", "island", "islands", "sea", "ocean", "river", "lake", "mountain",
         "mountains", "valley", "bay", "gulf", "strait", "peninsula", "province", "region", "county", "city",
         "district", "oblast", "desert", "coast", "canal", "plaza", "tower", "building", "cathedral", "temple",
         "mosque", "village", "town", "camp", "territory", "territories", "heights", "basin", "delta", "falls",
         "beach", "forest", "reservoir", "dam", "base", "prefecture", "krai", "republic", "kingdom", "emirate",
         "state", "states", "boulevard", "highway", "plant", "field", "fields", "hills", "pass", "gate"});
    return s;
}

const QSet<QString> &directions()
{
    static const QSet<QString> s = wordSet({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                            "southwest", "northern", "southern", "eastern", "western", "central",
                                            "northeastern", "northwestern", "southeastern", "southwestern",
                                            "upper", "lower", "greater", "inner", "outer"});
    return s;
}

const QSet<QString> &connectors()
{
    static const QSet<QString> s = wordSet({"of", "for", "the", "de", "da", "do", "dos", "das", "del", "della",
                                            "di", "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "la",
                                            "le", "y", "on"});
    return s;
}

// Particles inside personal names ("Jace Dela Cruz", "Ursula von der Leyen").
const QSet<QString> &nameParticles()
{
    static const QSet<QString> s = wordSet({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "von", "van",
                                            "der", "den", "al", "el", "bin", "ibn", "la", "le", "y"});
    return s;
}

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> s = wordSet(
        {"said", "says", "told", "added", "stated", "noted", "wrote", "explained", "argued", "insisted", "warned",
         "asked", "replied", "declared", "tweeted", "posted", "recalled", "acknowledged", "admitted", "urged",
         "stressed", "emphasized", "emphasised", "believes", "thinks", "responded", "commented", "claimed"});
    return s;
}

const QSet<QString> &placePrepositions()
{
    static const QSet<QString> s = wordSet(
        {"in", "at", "from", "near", "into", "across", "outside", "inside", "toward", "towards", "via",
         "throughout", "visit", "visited", "visiting", "visits", "reached", "arrived", "landed", "to", "across",
         "around", "of"});
    return s;
}

const QSet<QString> &placeNouns()
{
    static const QSet<QString> s = wordSet({"province", "region", "city", "county", "state", "district", "oblast",
                                            "village", "town", "border", "island", "prefecture", "coast",
                                            "capital", "airport", "port", "governorate", "municipality"});
    return s;
}

const QSet<QString> &orgNouns()
{
    static const QSet<QString> s = wordSet(
        {"agency", "newspaper", "broadcaster", "company", "group", "firm", "party", "ministry", "bank", "news",
         "corporation", "network", "daily", "channel", "outlet", "website", "club", "team", "magazine", "carrier",
         "manufacturer", "maker", "lender", "insurer", "retailer", "startup", "giant", "conglomerate", "airline",
         "automaker", "regulator", "publication", "tabloid", "outlets", "organization", "organisation"});
    return s;
}

const QSet<QString> &personNouns()
{
    static const QSet<QString> s = wordSet(
        {"aide", "envoy", "diplomat", "counterpart", "spokesperson", "spokesman", "spokeswoman", "leader",
         "president", "minister", "premier", "chancellor", "secretary", "adviser", "advisor", "ambassador",
         "official", "chief", "director", "governor", "mayor", "senator", "lawmaker", "judge", "coach", "striker",
         "player", "captain", "ceo", "chairman", "chairwoman", "founder", "commander", "general", "officer",
         "analyst", "economist", "author", "correspondent", "reporter", "actor", "actress", "singer", "candidate",
         "predecessor", "successor", "rival", "opponent", "husband", "wife", "son", "daughter", "father",
         "mother", "brother", "sister", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.",
         "colleague", "activist", "dissident", "prosecutor", "lawyer", "by", "photographer", "tycoon",
         "billionaire", "businessman", "businesswoman", "executive", "manager", "chair", "deputy", "queen", "king",
         "prince", "princess", "pope", "emir", "sheikh", "goalkeeper", "midfielder", "defender", "forward"});
    return s;
}

const QSet<QString> &companyOfficers()
{
    static const QSet<QString> s = wordSet({"chief", "ceo", "chairman", "chairwoman", "founder", "co-founder",
                                            "executive", "boss", "spokesman", "spokeswoman", "spokesperson"});
    return s;
}

class RunProcessor
{
public:
    RunProcessor(const QString &text, const QList<NameToken> &tokens, const QSet<QString> &inside,
                 const QList<TextRange> &blocked, NameFinderResult &out)
        : m_text(text), m_tokens(tokens), m_inside(inside), m_out(out), m_gaz(Gazetteer::instance())
    {
        markBlocked(blocked);
        markPhrases();
        m_name.resize(tokens.size());
        for (qsizetype i = 0; i < tokens.size(); ++i)
            m_name[i] = isNameToken(i);
    }

    void run()
    {
        const qsizetype n = m_tokens.size();
        qsizetype i = 0;
        while (i < n) {
            if (!m_name.at(i)) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            qsizetype end = m_phraseEnd.at(i) >= 0 ? m_phraseEnd.at(i) : i;
            while (true) {
                const NameToken &last = m_tokens.at(end);
                if (last.possessive || last.breakAfter || end + 1 >= n)
                    break;
                qsizetype next = end + 1;
                if (!joined(end, next))
                    break;
                if (m_name.at(next)) {
                    end = m_phraseEnd.at(next) >= 0 ? m_phraseEnd.at(next) : next;
                    continue;
                }
                // Connectors: "Bank of China", "Great Hall of the People", "Jace Dela Cruz".
                qsizetype k = next;
                while (k < n && k - next < 2 && connectors().contains(m_tokens.at(k).lower) && !m_tokens.at(k).capitalised
                       && !m_tokens.at(k).possessive && joined(k - 1, k))
                    ++k;
                if (k == next || k >= n || !m_name.at(k) || !joined(k - 1, k) || !connectorAllowed(end, next))
                    break;
                end = m_phraseEnd.at(k) >= 0 ? m_phraseEnd.at(k) : k;
            }
            process(start, end, true);
            noteAcronymDefinition(start, end);
            i = end + 1;
        }
    }

private:
    void markBlocked(const QList<TextRange> &blocked)
    {
        m_blocked.resize(m_tokens.size());
        qsizetype b = 0;
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const NameToken &t = m_tokens.at(i);
            while (b < blocked.size() && blocked.at(b).end <= t.start)
                ++b;
            m_blocked[i] = b < blocked.size() && blocked.at(b).overlaps({t.start, t.end});
        }
    }

    // Gazetteer names of several words, matched before any other rule so that
    // "United States" or "Great Hall of the People" is never split by the later rules.
    void markPhrases()
    {
        const qsizetype n = m_tokens.size();
        m_phraseEnd.fill(-1, n);
        m_inPhrase.fill(false, n);
        const int longest = m_gaz.longestPhrase();
        for (qsizetype i = 0; i < n; ++i) {
            const NameToken &t = m_tokens.at(i);
            if (!t.word || !t.capitalised || m_blocked.at(i))
                continue;
            qsizetype last = i;
            while (last + 1 < n && last - i + 1 < longest && m_tokens.at(last + 1).word
                   && m_text.at(m_tokens.at(last).end) != u'\n' && !m_tokens.at(last).breakAfter
                   && !m_blocked.at(last + 1))
                ++last;
            for (qsizetype j = last; j >= i; --j) {
                if (!m_tokens.at(j).capitalised && !m_tokens.at(j).allCaps)
                    continue;
                if (j > i && !spacedOnly(i, j))
                    continue;
                // One word's key is its token's (Gazetteer::key of the same text).
                if (m_gaz.lookup(j == i ? m_tokens.at(i).lower : sliceKey(i, j))) {
                    m_phraseEnd[i] = j;
                    for (qsizetype k = i; k <= j; ++k)
                        m_inPhrase[k] = true;
                    i = j;
                    break;
                }
            }
        }
    }

    bool spacedOnly(qsizetype from, qsizetype to) const
    {
        for (qsizetype k = from; k < to; ++k) {
            if (m_tokens.at(k).breakAfter)
                return false;
            for (qsizetype p = m_tokens.at(k).end; p < m_tokens.at(k + 1).start; ++p) {
                const QChar c = m_text.at(p);
                if (c == u'\n' || !(c.isSpace() || c == u'\'' || c == u'\u2019' || c == u's' || c == u','))
                    return false;
            }
        }
        return true;
    }

    // The key of tokens a..b, in a buffer reused from lookup to lookup (valid until the next call).
    const QString &sliceKey(qsizetype a, qsizetype b) const
    {
        Gazetteer::key(QStringView(m_text).mid(m_tokens.at(a).start, m_tokens.at(b).end - m_tokens.at(a).start), m_keyBuffer);
        return m_keyBuffer;
    }

    bool joined(qsizetype a, qsizetype b) const
    {
        for (qsizetype p = m_tokens.at(a).end; p < m_tokens.at(b).start; ++p) {
            const QChar c = m_text.at(p);
            if (c == u'\n' || !c.isSpace())
                return false;
        }
        return m_tokens.at(b).word;
    }

    bool isNameToken(qsizetype i) const
    {
        const NameToken &t = m_tokens.at(i);
        if (!t.word || m_blocked.at(i))
            return false;
        if (m_inPhrase.at(i))
            return true;
        if (!t.capitalised)
            return false;
        // "Theresa May": a month name right after a given name is a surname.
        if (m_gaz.isCalendarWord(t.lower) && i > 0 && m_tokens.at(i - 1).capitalised && joined(i - 1, i)
            && m_gaz.isGivenName(m_tokens.at(i - 1).lower) && !t.possessive)
            return true;
        if (m_gaz.isNotName(t.lower) || m_gaz.isCalendarWord(t.lower) || m_gaz.isClosedClass(t.lower))
            return false;
        // AFP photo slugs ("TOPSHOT-CHINA-BRI-FORUM") are keywords, not names.
        if (t.slug)
            return false;
        if (t.lower.at(0).isDigit())
            return false;
        if ((t.sentenceStart || t.titleLine) && !t.allCaps)
            return !m_gaz.isCommonWord(t.lower) || m_gaz.isGivenName(t.lower) || m_inside.contains(t.lower)
                   || m_gaz.isRole(t.lower) || m_gaz.isRoleModifier(t.lower) || startsLongerName(i);
        if (t.titleLine && t.allCaps && t.lower.size() > 3)
            return !m_gaz.isCommonWord(t.lower) || m_gaz.isGivenName(t.lower);
        return true;
    }

    // A capitalised ordinary word at a sentence start that heads a longer name: "Arsenal FC",
    // "Hunter Biden" (the next word is an organization head or an unknown, unordinary name).
    bool startsLongerName(qsizetype i) const
    {
        const qsizetype j = i + 1;
        if (j >= m_tokens.size() || m_tokens.at(i).possessive || m_tokens.at(i).breakAfter || !joined(i, j))
            return false;
        const NameToken &next = m_tokens.at(j);
        if (!next.capitalised || m_blocked.at(j) || next.titleLine)
            return false;
        if (orgHeads().contains(next.lower))
            return true;
        return !m_gaz.isCommonWord(next.lower) && !m_gaz.lookup(next.lower) && !m_gaz.isNotName(next.lower)
               && !m_gaz.isCalendarWord(next.lower) && !m_gaz.isDemonym(next.lower) && !m_gaz.isRole(next.lower);
    }

    bool isCommon(qsizetype i) const
    {
        const NameToken &t = m_tokens.at(i);
        return m_gaz.isCommonWord(t.allCaps ? t.lower : t.lower) && !m_gaz.isGivenName(t.lower);
    }

    bool connectorAllowed(qsizetype left, qsizetype connector) const
    {
        const QString &c = m_tokens.at(connector).lower;
        if (nameParticles().contains(c))
            return !isCommon(left);
        // "of"/"for"/"on" join only after a head noun ("Bank of", "Hall of"), never after a
        // name ("Putin of Russia").
        const QString &l = m_tokens.at(left).lower;
        if (m_gaz.lookup(l) || m_gaz.isGivenName(l))
            return false;
        return m_gaz.isCommonWord(l) || m_gaz.isRole(l);
    }

    bool isHead(qsizetype i, const QSet<QString> &heads) const { return heads.contains(m_tokens.at(i).lower); }

    // The word that decides the kind of a name: the last one, or the one before "of".
    qsizetype headIndex(qsizetype a, qsizetype b) const
    {
        for (qsizetype k = a + 1; k <= b; ++k) {
            if (!m_tokens.at(k).capitalised && connectors().contains(m_tokens.at(k).lower)
                && !nameParticles().contains(m_tokens.at(k).lower))
                return k - 1;
        }
        return b;
    }

    qsizetype prevWord(qsizetype a) const
    {
        qsizetype k = a - 1;
        while (k >= 0 && m_tokens.at(k).word && (m_tokens.at(k).lower == u"the" || m_tokens.at(k).lower == u"a"))
            --k;
        return k;
    }

    void addCues(qsizetype a, qsizetype b, std::array<int, 3> &votes) const
    {
        const qsizetype p = prevWord(a);
        if (p >= 0 && m_tokens.at(p).word && !m_tokens.at(p).capitalised) {
            const QString &w = m_tokens.at(p).lower;
            if (personNouns().contains(w))
                votes[PersonVote] += kStrongCue + 1;
            if (orgNouns().contains(w))
                votes[OrgVote] += kStrongCue;
            if (placePrepositions().contains(w)) {
                const bool accordingTo = w == u"to" && p > 0 && m_tokens.at(p - 1).lower == u"according";
                if (!accordingTo)
                    votes[PlaceVote] += kWeakCue;
            }
        } else if (p >= 0 && m_tokens.at(p).lower == u"by" && m_tokens.at(p).lineStart) {
            votes[PersonVote] += kStrongCue + 1; // byline
        }
        const qsizetype q = b + 1;
        if (q < m_tokens.size() && m_tokens.at(q).word && !m_tokens.at(q).capitalised && !m_tokens.at(b).possessive) {
            const QString &w = m_tokens.at(q).lower;
            if (speechVerbs().contains(w))
                votes[PersonVote] += kWeakCue;
            if (placeNouns().contains(w))
                votes[PlaceVote] += kStrongCue;
            if (orgNouns().contains(w))
                votes[OrgVote] += kStrongCue;
            // "Tesla chief executive Elon Musk": a company's officer follows its name.
            if (companyOfficers().contains(w))
                votes[OrgVote] += kStrongCue;
        }
        // "Smith, 45," is a person's age.
        if (q + 1 < m_tokens.size() && m_tokens.at(q).lower == u"," && m_tokens.at(q + 1).word
            && m_tokens.at(q + 1).lower.at(0).isDigit() && m_tokens.at(q + 1).lower.size() <= 3)
            votes[PersonVote] += kStrongCue;
    }

    void emit_(qsizetype a, qsizetype b, std::array<int, 3> votes, const QString &canonical, bool acronym)
    {
        NameCandidate c;
        c.range = {m_tokens.at(a).start, m_tokens.at(b).end};
        c.text = m_text.mid(c.range.start, c.range.length());
        c.canonical = canonical;
        c.key = canonical.isEmpty() ? Gazetteer::key(c.text) : Gazetteer::key(canonical);
        addCues(a, b, votes);
        c.votes = votes;
        c.acronym = acronym;
        c.words = int(b - a + 1);
        m_out.names.append(std::move(c));
    }

    void process(qsizetype a, qsizetype b, bool splitRoles)
    {
        while (a <= b && !m_name.at(a) && !m_inPhrase.at(a))
            ++a;
        while (b >= a && !m_name.at(b) && !m_inPhrase.at(b))
            --b;
        if (a > b)
            return;
        if (m_phraseEnd.at(a) == b) {
            const auto entry = m_gaz.lookup(sliceKey(a, b));
            std::array<int, 3> votes{};
            votes[voteIndex(entry->type)] = kGazetteer;
            const bool acronym = a == b && m_tokens.at(a).allCaps;
            emit_(a, b, votes, entry->canonical, acronym);
            return;
        }
        if (splitRoles && splitAtRole(a, b))
            return;
        const QString &first = m_tokens.at(a).lower;
        if (m_gaz.isDemonym(first) || (m_gaz.isRoleModifier(first) && a < b)) {
            if (a == b || !isHead(headIndex(a, b), orgHeads()))
                return process(a + 1, b, false);
        }
        if (directions().contains(first) && a < b && m_phraseEnd.at(a + 1) == b) {
            const auto entry = m_gaz.lookup(sliceKey(a + 1, b));
            if (entry && entry->type == EntityType::Place)
                return emit_(a, b, {0, 0, kGazetteer}, QString(), false);
        }
        const qsizetype head = headIndex(a, b);
        // "Bank of England": a head word before "of" decides even when it comes first.
        const bool orgHead = isHead(head, orgHeads()) && (head > a || head < b);
        const bool placeHead = isHead(head, placeHeads()) && (head > a || head < b);
        if (!orgHead && !placeHead) {
            // A known name followed by ordinary capitalised words names something else
            // after it: "Indo-Pacific Strategy", "BRICS Summit", "Paris Agreement".
            if (m_phraseEnd.at(a) >= 0 && m_phraseEnd.at(a) < b) {
                bool ordinaryRest = true;
                for (qsizetype k = m_phraseEnd.at(a) + 1; k <= b && ordinaryRest; ++k)
                    ordinaryRest = isCommon(k) && !m_inPhrase.at(k);
                if (ordinaryRest)
                    return;
            }
            // A known name inside a longer run: "Beijing Moscow".
            for (qsizetype k = a; k <= b; ++k) {
                if (m_phraseEnd.at(k) >= 0 && !(k == a && m_phraseEnd.at(k) == b)) {
                    const qsizetype e = m_phraseEnd.at(k);
                    process(a, k - 1, false);
                    process(k, e, false);
                    process(e + 1, b, false);
                    return;
                }
            }
        }
        std::array<int, 3> votes{};
        if (a == b) {
            const NameToken &t = m_tokens.at(a);
            if (t.allCaps && t.lower.size() >= 2 && t.lower.size() <= 7) {
                if (t.titleLine && t.lower.size() > 3 && m_gaz.isCommonWord(t.lower))
                    return;
                votes[OrgVote] = kWeakCue;
                return emit_(a, b, votes, QString(), true);
            }
            if (isCommon(a) || m_gaz.isRole(t.lower) || m_gaz.isRoleModifier(t.lower) || t.lower.size() < 2)
                return;
            return emit_(a, b, votes, QString(), false);
        }
        if (orgHead)
            votes[OrgVote] += kHead;
        else if (placeHead)
            votes[PlaceVote] += kHead;
        else {
            bool allCommon = true;
            bool noneCommon = true;
            for (qsizetype k = a; k <= b; ++k) {
                if (!m_name.at(k))
                    continue;
                const bool common = isCommon(k);
                allCommon = allCommon && common;
                noneCommon = noneCommon && !common;
            }
            if (allCommon)
                return; // "World War", "Strategic Partnership"
            if (m_gaz.isGivenName(first))
                votes[PersonVote] += kGivenName;
            else if (noneCommon)
                votes[PersonVote] += kWeakCue;
            // "Hunter Biden": an ordinary word then an unknown name reads as given name and surname.
            else if (b == a + 1 && !isCommon(b) && !m_inPhrase.at(b) && !m_tokens.at(b).allCaps)
                votes[PersonVote] += kWeakCue;
        }
        emit_(a, b, votes, QString(), false);
    }

    // "Security Council Secretary Sergei Shoigu": an organization, a role, a person.
    bool splitAtRole(qsizetype a, qsizetype b)
    {
        qsizetype role = -1;
        for (qsizetype k = b - 1; k >= a; --k) {
            if (m_inPhrase.at(k) || !m_gaz.isRole(m_tokens.at(k).lower))
                continue;
            bool nameFollows = false;
            for (qsizetype j = k + 1; j <= b; ++j) {
                const QString &w = m_tokens.at(j).lower;
                if (m_name.at(j) && !m_gaz.isRole(w) && !m_gaz.isRoleModifier(w) && !connectors().contains(w))
                    nameFollows = true;
            }
            if (nameFollows) {
                role = k;
                break;
            }
        }
        if (role < 0)
            return false;
        qsizetype prefixEnd = role - 1;
        while (prefixEnd >= a
               && (m_gaz.isRole(m_tokens.at(prefixEnd).lower) || m_gaz.isRoleModifier(m_tokens.at(prefixEnd).lower)))
            --prefixEnd;
        process(a, prefixEnd, false);
        qsizetype s = role + 1;
        if (s <= b && m_tokens.at(s).lower == u"of") {
            // "Secretary of State Antony Blinken", "Secretary of the National Security Council"
            ++s;
            if (s <= b && m_tokens.at(s).lower == u"the")
                ++s;
            if (s <= b && isHead(headIndex(s, b), orgHeads()))
                return process(s, b, false), true;
        }
        while (s <= b && (m_gaz.isRole(m_tokens.at(s).lower) || m_gaz.isRoleModifier(m_tokens.at(s).lower)
                          || !m_name.at(s)))
            ++s;
        if (s > b)
            return true;
        if (m_phraseEnd.at(s) == b || isHead(headIndex(s, b), orgHeads()))
            return process(s, b, false), true;
        emit_(s, b, {kRole, 0, 0}, QString(), false);
        return true;
    }

    void noteAcronymDefinition(qsizetype a, qsizetype b)
    {
        if (a == b || m_out.names.isEmpty() || m_out.names.last().range.end != m_tokens.at(b).end)
            return;
        const qsizetype open = b + 1;
        if (open + 2 >= m_tokens.size() || m_tokens.at(open).lower != u"(" || m_tokens.at(open + 2).lower != u")")
            return;
        const NameToken &acr = m_tokens.at(open + 1);
        if (!acr.allCaps)
            return;
        m_out.acronyms.append({acr.lower, m_out.names.last().key});
    }

    const QString &m_text;
    const QList<NameToken> &m_tokens;
    const QSet<QString> &m_inside;
    NameFinderResult &m_out;
    const Gazetteer &m_gaz;
    QList<bool> m_blocked;
    QList<bool> m_inPhrase;
    QList<qsizetype> m_phraseEnd;
    QList<bool> m_name;
    mutable QString m_keyBuffer;
};

} // namespace

int voteIndex(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return PersonVote;
    case EntityType::Organization:
        return OrgVote;
    default:
        return PlaceVote;
    }
}

void NameFinder::learnCapitalisation(const QString &text)
{
    learnCapitalisation(tokenizeForNames(text));
}

void NameFinder::learnCapitalisation(const QList<NameToken> &tokens)
{
    for (const NameToken &t : tokens) {
        if (t.word && t.capitalised && !t.allCaps && !t.sentenceStart && !t.titleLine)
            m_capitalisedInside.insert(t.lower);
    }
}

NameFinderResult NameFinder::find(const QString &text, const QList<TextRange> &blocked) const
{
    return find(text, tokenizeForNames(text), blocked);
}

NameFinderResult NameFinder::find(const QString &text, const QList<NameToken> &tokens,
                                  const QList<TextRange> &blocked) const
{
    NameFinderResult result;
    RunProcessor(text, tokens, m_capitalisedInside, blocked, result).run();
    return result;
}
