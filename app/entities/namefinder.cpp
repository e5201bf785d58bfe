// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namefinder.h"

#include "gazetteer.h"
#include "nametokenizer.h"

#include <algorithm>
#include <optional>

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
         "observatory", "trust", "bloc", "caucus", "team", "programme", "program", "sc", "afc", "center",
         // words that end newspapers' names: "Liverpool Echo", "Toronto Star-Advertiser"
         "echo", "inquirer", "enquirer", "advertiser", "observer", "sentinel", "examiner", "dispatch",
         "clarion", "telegraph", "mercury", "courant", "bulletin",
         "centre", "survey", "unit", "units", "ratings", "securities", "economics", "chamber", "consulate",
         "embassy", "review", "gazette", "courier", "chronicle", "monitor", "societies", "agencies", "holding",
         "ag", "gmbh", "se", "nv", "bv", "sa", "spa", "oyj", "asa", "kgaa", "srl", "sas", "pty", "llp", "ab",
         // industries that end companies' names: "Siemens Energy", "Samsung Electronics"
         "energy", "electronics", "motor", "mobility", "logistics", "pharma", "pharmaceuticals", "chemicals",
         "steel", "petroleum", "aerospace", "automotive", "foods", "seafoods", "fisheries", "insurance", "financial", "investments",
         "ventures", "telecom", "communications", "semiconductor", "semiconductors", "materials", "mining",
         "shipping", "railways", "airline"});
    return s;
}

// First words that make a name an organization's in languages that put the head first:
// "Banco Central del Ecuador", "Instituto Geofísico", "Alianza Patria Nueva", "Parti socialiste".
const QSet<QString> &orgHeadsFirst()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        for (const char *w : {"banco", "banca", "banque", "instituto", "istituto", "institut", "alianza", "aliança",
                              "alliance", "partido", "partito", "parti", "movimiento", "movimento", "mouvement",
                              "frente", "fronte", "ministerio", "ministério", "ministero", "ministère",
                              "secretaría", "secretaria", "secrétariat", "universidad", "universidade",
                              "università", "université", "universität", "consejo", "conselho", "consiglio",
                              "conseil", "corte", "tribunal", "fundación", "fundação", "fondazione",
                              "fondation", "asociación", "associação", "associazione", "comisión", "comissão",
                              "commissione", "agencia", "agência", "agenzia", "agence", "empresa", "compañía",
                              "companhia", "grupo", "gruppo", "groupe", "sociedad", "sociedade", "società",
                              "société", "federación", "federação", "federazione", "fédération", "unión",
                              "união", "unione", "escuela", "colegio", "hospital", "hôpital", "ospedale",
                              "cámara", "câmara", "camera", "servicio", "serviço", "servizio", "dirección",
                              "direção", "direzione", "direction", "superintendencia", "procuraduría",
                              "fiscalía", "defensoría", "contraloría", "policía", "polícia", "polizia",
                              "ejército", "exército", "esercito", "armée", "asamblea", "assembleia",
                              "assemblea", "assemblée", "congreso", "congresso", "senado", "senato", "sénat",
                              "cruz", "croix", "croce",
                              // sports clubs: "Atlético Mineiro", "Esporte Clube Bahia", "Sporting Lisbon"
                              "club", "clube", "esporte", "atlético", "atletico", "deportivo", "deportes",
                              "sporting", "racing", "sportivo", "olympique", "dynamo", "dinamo", "spartak",
                              "lokomotiv", "borussia", "eintracht", "independiente", "universitario"})
            set.insert(Gazetteer::key(QString::fromUtf8(w)));
        return set;
    }();
    return s;
}

// Words that make a name an event's (a competition, a fair, a summit), which is no entity here:
// "Copa Sudamericana", "Davis Cup", "Cannes Festival".
const QSet<QString> &eventHeads()
{
    static const QSet<QString> s = wordSet({"cup", "trophy", "championship", "championships", "tournament",
                                            "olympics", "festival", "expo", "marathon", "derby", "prix"});
    return s;
}

// Words that make a known name a document's or a plan's ("the Cornwall Bill", "the Paris
// Agreement"), though they are given names too ("Bill", "Charter").
const QSet<QString> &documentHeads()
{
    static const QSet<QString> s = wordSet({"bill", "act", "treaty", "accord", "accords", "agreement", "charter",
                                            "plan", "doctrine", "declaration", "protocol", "convention", "pact",
                                            "statute", "strategy", "initiative"});
    return s;
}

const QSet<QString> &eventHeadsFirst()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        for (const char *w : {"copa", "recopa", "coupe", "coppa", "taça", "trofeo", "torneo", "campeonato"})
            set.insert(Gazetteer::key(QString::fromUtf8(w)));
        return set;
    }();
    return s;
}

const QSet<QString> &placeHeadsFirst()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        for (const char *w : {"puerto", "porto", "san", "santa", "santo", "são", "sao", "ciudad", "cidade",
                              "città", "villa", "vila", "playa", "praia", "río", "rio", "isla", "ilha", "isola",
                              "île", "ile", "bahía", "bahia", "baía", "cerro", "lago", "lac", "monte", "mont",
                              "sierra", "serra", "cabo", "cap", "punta", "ponta", "valle",
                              "plaza", "praça", "piazza", "place", "calle", "rua", "via", "avenida", "avenue",
                              "paseo", "golfo", "golfe", "estrecho", "canal", "laguna", "nevado", "volcán",
                              "península", "provincia", "província", "departamento", "municipio",
                              "município", "estado", "distrito", "región", "regione", "comuna",
                              "colonia", "barrio", "bairro", "quartier", "saint", "sainte", "sankt",
                              "fort", "port", "mount", "lake", "cape", "isle", "estadio", "estádio", "stade", "stadio",
                              "aeropuerto", "aeroporto", "aéroport", "aeroporto", "parque", "parc", "parco", "puente",
                              "ponte", "pont", "palais", "palazzo", "borgo", "schloss", "castello", "château",
                              "chateau", "rynek"})
            set.insert(Gazetteer::key(QString::fromUtf8(w)));
        return set;
    }();
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
         "basilica", "chapel", "abbey", "shrine", "monument", "memorial", "pier", "quay", "wharf", "mine", "isles",
         "state", "states", "boulevard", "blvd", "ave", "highway", "plant", "field", "fields", "hills", "pass", "gate"});
    return s;
}

// Heads of bodies and places that English writes in lower case after a place's or a people's
// name: "the Krakow fire service", "the Natisone valley". ("government" is left out: "the
// British government" is a country's, not a body of its own.)
const QSet<QString> &lowercaseOrgHeads()
{
    static const QSet<QString> s = wordSet({"service", "police", "army", "navy", "ministry", "office", "command",
                                            "station", "union", "assembly", "brigade", "prosecutors",
                                            "department", "inspectorate"});
    return s;
}

const QSet<QString> &lowercasePlaceHeads()
{
    static const QSet<QString> s = wordSet({"river", "valley", "valleys", "mine", "colliery", "basin", "estate",
                                            "memorial", "cathedral", "basilica", "airport", "lake", "bay",
                                            "island", "islands", "peninsula", "glacier"});
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
                                            "des", "di", "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "la",
                                            "le", "y", "on"});
    return s;
}

// Particles inside personal names ("Jace Dela Cruz", "Ursula von der Leyen").
const QSet<QString> &nameParticles()
{
    static const QSet<QString> s = wordSet({"de", "da", "do", "dos", "das", "del", "della", "des", "di", "du", "von", "van",
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
         "automaker", "regulator", "publication", "tabloid", "outlets", "organization", "organisation", "union",
         "unions", "consultancy", "consultancies", "insurer", "investor", "bank", "banks", "supplier", "miner",
         "operator", "developer"});
    return s;
}

// What a company has: "Kessler shares", "Vermeulen's board", "Siemens' customers".
const QSet<QString> &companyNouns()
{
    static const QSet<QString> s = wordSet({"share", "shares", "stock", "shareholders", "shareholder", "stake", "board",
                                            "revenue", "revenues", "sales", "profit", "profits", "earnings",
                                            "subsidiary", "subsidiaries", "workforce", "customers", "dividend",
                                            "takeover", "acquisition", "merger", "bonds", "ceo", "cfo"});
    return s;
}

// What one holds in a company: "shares in X", "a stake in X".
const QSet<QString> &investedIn()
{
    static const QSet<QString> s = wordSet({"shares", "stake", "stakes", "holding", "holdings", "investors",
                                            "investment", "shareholders", "stock"});
    return s;
}

// Nouns that an organization's name can stand in apposition to: "his restaurant, El Manaba,".
const QSet<QString> &appositionOrgNouns()
{
    static const QSet<QString> s = [] {
        QSet<QString> set = orgNouns();
        set.unite(wordSet({"restaurant", "charity", "nonprofit", "bakery", "cafe", "shop", "store", "brand",
                           "publisher", "chain", "supermarket", "studio", "label", "broker", "brokerage",
                           "consultancy", "business", "foundation", "hotel", "factory", "union", "school"}));
        return set;
    }();
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
                                            "executive", "boss", "spokesman", "spokeswoman", "spokesperson",
                                            "coach", "manager"});
    return s;
}

class RunProcessor
{
public:
    RunProcessor(const QString &text, const QList<NameToken> &tokens, const QSet<QString> &inside,
                 const QSet<QString> &lowercase, const QList<TextRange> &blocked, NameFinderResult &out)
        : m_text(text), m_tokens(tokens), m_inside(inside), m_lowercase(lowercase), m_out(out),
          m_gaz(Gazetteer::instance())
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
            if (const qsizetype last = campaignAfterAnswer(i); last > i) {
                emit_(i, last, {0, kHead, 0}, QString(), false);
                i = last + 1;
                continue;
            }
            if (!m_name.at(i)) {
                const qsizetype first = m_tokens.at(i).lower == u"the" ? i + 1 : i;
                const bool opens = first > i || (i > 0 && m_tokens.at(i - 1).possessive && m_name.at(i - 1));
                if (const qsizetype head = opens ? lowercaseOnlyBody(first) : -1; head > 0) {
                    emit_(first, head, {0, kHead, 0}, QString(), false);
                    m_out.names.last().lowercaseBody = true;
                    i = head + 1;
                    continue;
                }
                ++i;
                continue;
            }
            const qsizetype start = i;
            qsizetype end = m_phraseEnd.at(i) >= 0 ? m_phraseEnd.at(i) : i;
            const bool headFirst = orgHeadsFirst().contains(m_tokens.at(start).lower)
                                   || placeHeadsFirst().contains(m_tokens.at(start).lower);
            bool ofAfterOrgHead = false;
            while (true) {
                const NameToken &last = m_tokens.at(end);
                if (last.possessive && end + 1 < n) {
                    const qsizetype head = possessiveLandmark(start, end);
                    if (head < 0)
                        break;
                    end = head;
                    continue;
                }
                if (last.possessive || last.breakAfter || end + 1 >= n)
                    break;
                qsizetype next = end + 1;
                if (const qsizetype surname = nicknameAfter(end); surname >= 0) {
                    end = m_phraseEnd.at(surname) >= 0 ? m_phraseEnd.at(surname) : surname;
                    continue;
                }
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
                if (k == next) {
                    const qsizetype place = andJoinedPlace(ofAfterOrgHead, start, end, next);
                    if (place >= 0) {
                        end = m_phraseEnd.at(place);
                        continue;
                    }
                    const qsizetype last = andJoinedPluralHead(ofAfterOrgHead || ordinaryStart(start, end), next,
                                                               ofAfterOrgHead);
                    if (last >= 0) {
                        end = last;
                        continue;
                    }
                }
                if (k == next || k >= n || !m_name.at(k) || !joined(k - 1, k)
                    || !connectorAllowed(end, next, headFirst, start == end))
                    break;
                if ((m_tokens.at(next).lower == u"of" || m_tokens.at(next).lower == u"for")
                    && orgHeads().contains(m_tokens.at(end).lower))
                    ofAfterOrgHead = true;
                end = m_phraseEnd.at(k) >= 0 ? m_phraseEnd.at(k) : k;
            }
            // "Cornwall Says No", "Britain Votes Yes": a campaign named by its answer.
            if (end > start && isAnswer(end + 1) && joined(end, end + 1) && !m_tokens.at(end).possessive) {
                emit_(start, end + 1, {0, kHead, 0}, QString(), false);
                i = end + 2;
                continue;
            }
            if (const qsizetype number = numberedPlace(start, end); number > end) {
                emit_(start, number, {0, 0, kHead}, QString(), false);
                i = number + 1;
                continue;
            }
            if (const auto body = lowercaseBody(start, end)) {
                std::array<int, 3> votes{};
                votes[body->second] = kHead;
                emit_(start, body->first, votes, QString(), false);
                m_out.names.last().bareKey = sliceKey(start, end);
                i = body->first + 1;
                continue;
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
                // "France 24": a number may end a known name.
                if (!m_tokens.at(j).capitalised && !m_tokens.at(j).allCaps
                    && !(j > i && m_tokens.at(j).lower.at(0).isDigit()))
                    continue;
                if (j > i && !spacedOnly(i, j))
                    continue;
                // One word's key is its token's (Gazetteer::key of the same text).
                const auto entry = m_gaz.lookup(j == i ? m_tokens.at(i).lower : sliceKey(i, j));
                if (entry && !(entry->capitalsOnly && !t.allCaps)) {
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
        if (notationGlued(t))
            return false;
        // "@KSVelascoINQ", "newsdesk@paper": a handle or an address, not a name.
        if ((t.start > 0 && m_text.at(t.start - 1) == u'@') || (t.end < m_text.size() && m_text.at(t.end) == u'@'))
            return false;
        // "MH-65", "HC-130": capitals joined to a number designate a model.
        if (t.allCaps && t.breakAfter && i + 1 < m_tokens.size() && m_tokens.at(i + 1).lower.at(0).isDigit())
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
        // "Editing by Helen Marsh": an ordinary word right after a given name is a surname.
        const bool afterGivenName = i > 0 && m_tokens.at(i - 1).capitalised && !m_tokens.at(i - 1).allCaps
                                    && joined(i - 1, i) && m_gaz.isGivenName(m_tokens.at(i - 1).lower)
                                    && !m_tokens.at(i - 1).possessive;
        if ((t.sentenceStart || t.titleLine) && !t.allCaps)
            return afterGivenName || masthead(i) || !m_gaz.isCommonWord(t.lower) || m_gaz.isGivenName(t.lower) || m_inside.contains(t.lower)
                   || m_gaz.isRole(t.lower) || m_gaz.isRoleModifier(t.lower) || startsLongerName(i);
        if (t.titleLine && t.allCaps && t.lower.size() > 3)
            return !m_gaz.isCommonWord(t.lower) || m_gaz.isGivenName(t.lower)
                   || (orgHeads().contains(t.lower) && i > 0 && m_tokens.at(i - 1).allCaps && joined(i - 1, i)
                       && !m_gaz.isCommonWord(m_tokens.at(i - 1).lower)); // "KERNOW POST": a masthead
        return true;
    }

    // "Warsaw Chronicle", "Daily Clarion" on a line of their own: a newspaper's word after a name
    // or after another newspaper's word is part of a masthead, however ordinary it is.
    bool masthead(qsizetype i) const
    {
        static const QSet<QString> press = wordSet({"post", "chronicle", "times", "herald", "tribune", "journal",
                                                    "gazette", "courier", "echo", "clarion", "observer", "daily",
                                                    "news", "mail", "mirror", "telegraph", "inquirer", "advertiser",
                                                    "sentinel", "examiner", "dispatch", "express"});
        const NameToken &t = m_tokens.at(i);
        if (!t.titleLine || !press.contains(t.lower))
            return false;
        auto pressOrName = [&](qsizetype k) {
            const NameToken &o = m_tokens.at(k);
            return o.word && o.capitalised && (press.contains(o.lower) || !m_gaz.isCommonWord(o.lower));
        };
        const bool before = i > 0 && joined(i - 1, i) && pressOrName(i - 1);
        const bool after = i + 1 < m_tokens.size() && joined(i, i + 1) && pressOrName(i + 1) && t.lower == u"daily";
        return before || after;
    }

    // Tokens a..b are all capitals and a comma or a dash follows on the same line.
    bool datelineFollows(qsizetype a, qsizetype b) const
    {
        for (qsizetype k = a; k <= b; ++k) {
            if (!m_tokens.at(k).allCaps)
                return false;
        }
        if (b + 2 >= m_tokens.size() || m_tokens.at(b + 1).word || m_tokens.at(b + 2).lineStart)
            return false;
        const QChar c = m_tokens.at(b + 1).lower.at(0);
        return c == u',' || c == u'\u2014' || c == u'\u2013' || (c == u'-' && m_text.at(m_tokens.at(b + 1).start - 1) == u' ');
    }

    // A nickname in quotes between a given name and a surname: "Thiago “Tico” Albuquerque".
    // Returns the token of the surname, or -1.
    qsizetype nicknameAfter(qsizetype end) const
    {
        auto isQuote = [&](qsizetype k, bool opening) {
            if (k >= m_tokens.size() || m_tokens.at(k).word)
                return false;
            const QChar c = m_tokens.at(k).lower.at(0);
            return c == u'"' || c == (opening ? u'\u201c' : u'\u201d');
        };
        const qsizetype open = end + 1;
        if (!isQuote(open, true) || m_tokens.at(open).start != m_tokens.at(end).end + 1)
            return -1;
        qsizetype k = open + 1;
        if (k >= m_tokens.size() || m_tokens.at(k).start != m_tokens.at(open).end)
            return -1;
        while (k < m_tokens.size() && k - open <= 3 && m_tokens.at(k).word && m_tokens.at(k).capitalised
               && (k == open + 1 || joined(k - 1, k)))
            ++k;
        if (k == open + 1 || !isQuote(k, false) || m_tokens.at(k).start != m_tokens.at(k - 1).end)
            return -1;
        const qsizetype surname = k + 1;
        if (surname >= m_tokens.size() || !m_name.at(surname) || m_tokens.at(surname).start != m_tokens.at(k).end + 1
            || m_text.at(m_tokens.at(k).end) != u' ')
            return -1;
        return surname;
    }

    // Letters glued to a currency sign ("US$4 million"), a rating's sign ("CCC+") or a
    // decimal ("M7.1"): notation, not a name.
    bool notationGlued(const NameToken &t) const
    {
        if (t.end >= m_text.size())
            return false;
        const QChar c = m_text.at(t.end);
        if (c == u'$' || c == u'\u20ac' || c == u'\u00a3' || c == u'\u00a5')
            return true;
        if (t.allCaps && c == u'+')
            return true;
        if (c == u'.' && t.end + 1 < m_text.size() && m_text.at(t.end + 1).isDigit()) {
            for (qsizetype p = t.start; p < t.end; ++p) {
                if (m_text.at(p).isDigit())
                    return true;
            }
        }
        return false;
    }

    // "CHF 500,000", "USD 3 million": a capital-letter code before an amount is a currency;
    // "612.4 KB", "3.5 GW": after a decimal, a unit.
    bool currencyOrUnit(qsizetype i) const
    {
        const qsizetype n = m_tokens.size();
        auto isNumber = [&](qsizetype k) { return k >= 0 && k < n && m_tokens.at(k).lower.at(0).isDigit(); };
        auto punctAt = [&](qsizetype k) {
            return k >= 0 && k < n && !m_tokens.at(k).word
                   && (m_tokens.at(k).lower == u"," || m_tokens.at(k).lower == u".");
        };
        if (isNumber(i + 1)) {
            if (punctAt(i + 2) && isNumber(i + 3) && m_tokens.at(i + 2).start == m_tokens.at(i + 1).end)
                return true;
            static const QSet<QString> amounts = wordSet({"million", "billion", "trillion", "thousand", "bn", "mn", "m"});
            if (i + 2 < n && amounts.contains(m_tokens.at(i + 2).lower))
                return true;
        }
        return isNumber(i - 1) && punctAt(i - 2) && isNumber(i - 3)
               && m_tokens.at(i - 2).start == m_tokens.at(i - 3).end;
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

    // "the sanctions committee", "the regional civil protection agency", "Poland's culture
    // ministry": a public body written wholly in lower case after "the" or a possessive name.
    // Returns its head's token, or -1.
    qsizetype lowercaseOnlyBody(qsizetype first) const
    {
        static const QSet<QString> heads = wordSet({"agency", "ministry", "department", "committee", "commission"});
        for (qsizetype k = first; k < m_tokens.size() && k <= first + 3; ++k) {
            const NameToken &t = m_tokens.at(k);
            if (!t.word || t.capitalised || t.possessive || (k > first && !joined(k - 1, k)) || m_blocked.at(k)
                || m_gaz.isClosedClass(t.lower) || t.lower.at(0).isDigit() || t.lower.endsWith(u"ly")
                || speechVerbs().contains(t.lower))
                return -1;
            if (heads.contains(t.lower)) {
                const qsizetype next = k + 1;
                // "the news agency Xinhua", "the department of health": a description, or a body
                // whose name goes on.
                if (k == first || (next < m_tokens.size() && m_tokens.at(next).word
                                   && (m_tokens.at(next).capitalised || m_tokens.at(next).lower == u"of")))
                    return -1;
                return k;
            }
        }
        return -1;
    }

    // Initials of a thing: defined after lower-case words ("a radio beacon (EPIRB)") or owned
    // ("their EPIRB", "the boat's EPIRB").
    bool namesThing(qsizetype i) const
    {
        static const QSet<QString> owners = wordSet({"their", "its", "his", "her", "our", "my", "your"});
        const qsizetype p = i - 1;
        if (p >= 0 && m_tokens.at(p).word && !m_tokens.at(p).capitalised
            && (owners.contains(m_tokens.at(p).lower) || m_tokens.at(p).possessive))
            return true;
        if (p < 1 || m_tokens.at(p).lower != u"(" || i + 1 >= m_tokens.size() || m_tokens.at(i + 1).lower != u")"
            || !m_tokens.at(p - 1).word || m_tokens.at(p - 1).capitalised)
            return false;
        // The lower-case words before it spell it: "emergency position-indicating radio beacon".
        const QString &acronym = m_tokens.at(i).lower;
        QString initials;
        const QStringView before = QStringView(m_text).mid(0, m_tokens.at(p).start).trimmed();
        for (qsizetype end = before.size(); end > 0 && initials.size() < acronym.size();) {
            qsizetype start = end;
            while (start > 0 && before.at(start - 1).isLetter())
                --start;
            if (start == end || !before.at(start).isLower())
                return false;
            initials.prepend(before.at(start));
            end = start;
            while (end > 0 && (before.at(end - 1) == u' ' || before.at(end - 1) == u'-'))
                --end;
        }
        return initials == acronym;
    }

    // A capitalised "Yes" or "No" written as a word (not "YES", not "Yes," opening a reply).
    bool isAnswer(qsizetype i) const
    {
        if (i >= m_tokens.size() || !m_tokens.at(i).word || !m_tokens.at(i).capitalised || m_tokens.at(i).allCaps)
            return false;
        return m_tokens.at(i).lower == u"yes" || m_tokens.at(i).lower == u"no";
    }

    // "Yes Kernow", "No Borders": an answer joined to a name names the campaign for it.
    // Returns the campaign's last token, or -1.
    qsizetype campaignAfterAnswer(qsizetype i) const
    {
        if (!isAnswer(i) || i + 1 >= m_tokens.size() || !joined(i, i + 1) || !m_name.at(i + 1)
            || m_tokens.at(i).possessive || m_tokens.at(i + 1).titleLine)
            return -1;
        qsizetype k = i + 1;
        while (k + 1 < m_tokens.size() && m_name.at(k + 1) && joined(k, k + 1) && !m_tokens.at(k).possessive
               && !m_tokens.at(k).breakAfter && k - i < 3)
            ++k;
        return k;
    }

    // "A30", "SS54", "M25": one to three capitals and one to three digits, a road's number.
    bool roadCode(qsizetype i) const
    {
        const NameToken &t = m_tokens.at(i);
        const QStringView text = QStringView(m_text).mid(t.start, t.end - t.start);
        qsizetype letters = 0;
        while (letters < text.size() && text.at(letters).isUpper())
            ++letters;
        const qsizetype digits = text.size() - letters;
        if (letters < 1 || letters > 3 || digits < 1 || digits > 3)
            return false;
        for (qsizetype p = letters; p < text.size(); ++p) {
            if (!text.at(p).isDigit())
                return false;
        }
        return true;
    }

    // "the A30", "on the SS54", "the M25 motorway": how a road is written about.
    bool roadCued(qsizetype i) const
    {
        static const QSet<QString> before = wordSet({"the", "on", "along", "via", "off", "onto"});
        static const QSet<QString> after = wordSet({"road", "motorway", "highway", "route", "bypass", "expressway",
                                                    "between", "near", "towards", "toward", "junction"});
        const bool prev = i > 0 && m_tokens.at(i - 1).word && before.contains(m_tokens.at(i - 1).lower);
        const bool next = i + 1 < m_tokens.size() && m_tokens.at(i + 1).word && after.contains(m_tokens.at(i + 1).lower);
        return prev || next;
    }

    // "Gothic", "Romanesque", "Victorian": one word shaped like an adjective describes a place's
    // kind ("the Gothic basilica") rather than naming it.
    bool adjectiveShaped(qsizetype start, qsizetype end) const
    {
        if (start != end)
            return false;
        const QString &w = m_tokens.at(start).lower;
        for (const char *suffix : {"ic", "ian", "esque", "ical", "ese", "ish"}) {
            if (w.size() > 4 && w.endsWith(QLatin1StringView(suffix)))
                return true;
        }
        return false;
    }

    // "Pier 38", "Route 66", "Terminal 5": a place's kind numbered.
    qsizetype numberedPlace(qsizetype start, qsizetype end) const
    {
        static const QSet<QString> kinds = wordSet({"pier", "route", "highway", "interstate", "berth", "terminal",
                                                    "quay", "wharf"});
        const qsizetype n = end + 1;
        if (start != end || !kinds.contains(m_tokens.at(start).lower) || n >= m_tokens.size() || !joined(end, n)
            || !m_tokens.at(n).lower.at(0).isDigit() || m_tokens.at(n).lower.size() > 4 || m_blocked.at(n))
            return -1;
        return n;
    }

    // "the Krakow fire service", "Silesian police", "the French foreign ministry", "the Natisone
    // valleys": a place or a people's name before a lower-case body's or place's head (after at
    // most two lower-case words) names a body or a place of its own. Returns the head's token
    // and its vote, or nothing.
    std::optional<std::pair<qsizetype, int>> lowercaseBody(qsizetype start, qsizetype end) const
    {
        const NameToken &last = m_tokens.at(end);
        if (last.possessive || last.breakAfter || end - start > 2)
            return std::nullopt;
        // A known place or people before a place's head describes ("a Krakow basilica", "a Polish
        // coal mine"); before a body's head it names ("the Krakow fire service").
        const bool known = isKnownPlace(start, end) || m_gaz.isDemonym(sliceKey(start, end));
        if (!known && (m_gaz.lookup(sliceKey(start, end)) || m_gaz.isGivenName(m_tokens.at(start).lower)))
            return std::nullopt;
        if ((!known && start == end && isCommon(start)) || isHead(end, orgHeads())
            || (start > 0 && m_tokens.at(start - 1).breakAfter))
            return std::nullopt;
        std::optional<std::pair<qsizetype, int>> found;
        for (qsizetype k = end + 1; k < m_tokens.size() && k <= end + 3; ++k) {
            const NameToken &t = m_tokens.at(k);
            if (!joined(k - 1, k) && !(k - 1 > end && m_tokens.at(k - 1).possessive
                                       && m_tokens.at(k).start - m_tokens.at(k - 1).end <= 3))
                break;
            if (!t.word || t.capitalised || m_gaz.isClosedClass(t.lower) || t.lower.at(0).isDigit()
                || speechVerbs().contains(t.lower))
                break;
            // "German union IG Metall": a description before the name it introduces.
            const bool apposition = k + 1 < m_tokens.size() && m_tokens.at(k + 1).capitalised && joined(k, k + 1);
            if (lowercaseOrgHeads().contains(t.lower) && !t.possessive && !apposition)
                found = std::pair{k, int(OrgVote)};
            else if (lowercasePlaceHeads().contains(t.lower) && !t.possessive && !apposition && !known
                     && !adjectiveShaped(start, end))
                found = std::pair{k, int(PlaceVote)};
            if (t.breakAfter || (t.possessive && k == end + 3))
                break;
        }
        return found;
    }

    // "St. Mary's Basilica", "the Queen's Medical Center", "Devil's Bridge": a possessive name
    // followed by capitalised words ending in a place's or a body's head names one landmark
    // ("Poland's Ministry of Culture", "Karbonia's Chief Executive" do not: a known name owns it,
    // a role follows). Returns the head's token, or -1.
    qsizetype possessiveLandmark(qsizetype start, qsizetype end) const
    {
        if (m_phraseEnd.at(start) >= 0 || m_gaz.isDemonym(m_tokens.at(end).lower) || m_tokens.at(end).allCaps)
            return -1;
        for (qsizetype k = end + 1; k < m_tokens.size() && k <= end + 3; ++k) {
            const NameToken &t = m_tokens.at(k);
            // The possessive's "'s" lies between the name and the next word.
            const bool adjacent = k == end + 1 ? m_tokens.at(k).start - m_tokens.at(end).end <= 3
                                                     && m_text.at(m_tokens.at(k).start - 1) == u' '
                                               : joined(k - 1, k);
            if (!adjacent || !t.capitalised || t.allCaps || !m_name.at(k) || m_inPhrase.at(k)
                || m_gaz.isRole(t.lower))
                return -1;
            if (orgHeads().contains(t.lower) || placeHeads().contains(t.lower))
                return k;
            if (t.possessive || t.breakAfter)
                return -1;
        }
        return -1;
    }

    // "Development Bank of Latin America and the Caribbean": after "Bank of" + a known place,
    // "and (the)" + another known place continues the name.
    // Returns the first token of that second place, or -1.
    qsizetype andJoinedPlace(bool ofAfterOrgHead, qsizetype start, qsizetype end, qsizetype next) const
    {
        if (!ofAfterOrgHead || m_tokens.at(next).lower != u"and" || m_tokens.at(next).capitalised)
            return -1;
        qsizetype left = -1;
        for (qsizetype j = end; j >= start && left < 0; --j) {
            if (m_phraseEnd.at(j) == end)
                left = j;
        }
        if (left < 0 || !isKnownPlace(left, end))
            return -1;
        qsizetype k = next + 1;
        if (k < m_tokens.size() && m_tokens.at(k).lower == u"the" && !m_tokens.at(k).capitalised)
            ++k;
        if (k >= m_tokens.size() || !joined(next, next + 1) || !joined(k - 1, k) || m_phraseEnd.at(k) < 0
            || !isKnownPlace(k, m_phraseEnd.at(k)))
            return -1;
        return k;
    }

    // "Competition and Markets Authority", "Food and Drug Administration": one ordinary
    // capitalised word, not at a sentence start, before "and".
    bool ordinaryStart(qsizetype start, qsizetype end) const
    {
        const NameToken &t = m_tokens.at(start);
        return start == end && !t.sentenceStart && !t.titleLine && !t.allCaps && !m_inPhrase.at(start)
               && m_gaz.isCommonWord(t.lower) && !m_gaz.isRole(t.lower) && !m_gaz.isRoleModifier(t.lower);
    }

    // "Federation of Red Cross and Red Crescent Societies": after "Federation of", "and" + a
    // name ending in a plural body word belongs to the name; after an ordinary word ("Competition
    // and Markets Authority") any body word does. Returns that name's last token, or -1.
    qsizetype andJoinedPluralHead(bool joinable, qsizetype next, bool ofAfterOrgHead = false) const
    {
        if (!joinable || m_tokens.at(next).lower != u"and" || m_tokens.at(next).capitalised)
            return -1;
        static const QSet<QString> plurals = wordSet({"societies", "organizations", "organisations", "unions",
                                                      "agencies", "associations", "institutions", "federations"});
        qsizetype k = next + 1;
        if (k >= m_tokens.size() || !m_name.at(k) || !joined(next, k))
            return -1;
        bool ordinary = !m_inPhrase.at(k) && isCommon(k);
        while (k + 1 < m_tokens.size() && m_name.at(k + 1) && joined(k, k + 1) && !m_tokens.at(k).possessive
               && !m_tokens.at(k).breakAfter) {
            ++k;
            ordinary = ordinary && !m_inPhrase.at(k) && isCommon(k);
        }
        if (plurals.contains(m_tokens.at(k).lower))
            return k;
        // "Department for Business and Trade", "Ministry of Culture and National Heritage": after a
        // body's head and "of"/"for", ordinary capitalised words after "and" go on with its name.
        if (ofAfterOrgHead && ordinary && k - next <= 3 && !m_tokens.at(next - 1).possessive)
            return k;
        const qsizetype start = next - 1;
        return ordinaryStart(start, start) && orgHeads().contains(m_tokens.at(k).lower) ? k : -1;
    }

    // "AG", "GmbH", "N.V.", "S.A.": a company's legal form ending a name at token b.
    // Returns the first token of the legal form, or -1.
    qsizetype legalFormAt(qsizetype b) const
    {
        if (b < 0)
            return -1;
        static const QSet<QString> single = wordSet({"ag", "gmbh", "se", "nv", "bv", "sa", "spa", "oyj", "asa", "kgaa",
                                                      "srl", "sas", "pty", "llp", "plc", "inc", "inc.", "ltd",
                                                      "llc", "corp", "corp.", "ab"});
        const QString &w = m_tokens.at(b).lower;
        if (single.contains(w) && (m_tokens.at(b).allCaps || m_tokens.at(b).capitalised))
            return b;
        // Initials: "N.V.", "B.V.", "S.A.", "S.p.A." come as one-letter tokens with their periods.
        qsizetype k = b;
        QString letters;
        while (k >= 0 && m_tokens.at(k).lower.size() == 2 && m_tokens.at(k).lower.at(1) == u'.'
               && (k == b || m_tokens.at(k).end == m_tokens.at(k + 1).start)) {
            letters.prepend(m_tokens.at(k).lower.at(0));
            --k;
        }
        static const QSet<QString> initials = wordSet({"nv", "bv", "sa", "spa", "ag", "se"});
        return initials.contains(letters) ? k + 1 : -1;
    }

    // An upper-case letter right after a lower-case one: "BlackRock", "RenewableUK", "PayPal"
    // (but not "McCarthy", "MacLeod", "DeSantis": Mc/Mac/De/Di/Le/La/Van/Von open surnames).
    bool camelCase(const NameToken &t) const
    {
        if (t.allCaps || !t.capitalised)
            return false;
        static const QSet<QString> surnamePrefixes = wordSet({"mc", "mac", "de", "di", "da", "du", "le", "la", "van",
                                                              "von", "o", "fitz", "st", "del", "della"});
        for (qsizetype p = t.start + 1; p < t.end; ++p) {
            if (m_text.at(p).isUpper() && m_text.at(p - 1).isLower()) {
                const QString prefix = m_text.mid(t.start, p - t.start).toLower();
                return !surnamePrefixes.contains(prefix);
            }
        }
        return false;
    }

    bool isKnownPlace(qsizetype a, qsizetype b) const
    {
        const auto entry = m_gaz.lookup(sliceKey(a, b));
        return entry && entry->type == EntityType::Place;
    }

    // An ordinary word that this corpus only ever writes capitalised, inside sentences too,
    // names something here ("Manta", "Golden"): generic heads and roles excepted.
    bool capitalisedOnly(const QString &lower) const
    {
        return m_inside.contains(lower) && !m_lowercase.contains(lower) && !orgHeads().contains(lower)
               && !placeHeads().contains(lower) && !personNouns().contains(lower) && !directions().contains(lower)
               && !m_gaz.isRole(lower) && !m_gaz.isRoleModifier(lower) && !m_gaz.isDemonym(lower)
               && !m_gaz.isClosedClass(lower) && !m_gaz.isCalendarWord(lower) && !m_gaz.isNotName(lower);
    }

    bool isCommon(qsizetype i) const
    {
        const NameToken &t = m_tokens.at(i);
        return m_gaz.isCommonWord(t.lower) && !m_gaz.isGivenName(t.lower);
    }

    bool connectorAllowed(qsizetype left, qsizetype connector, bool headFirst = false, bool headAlone = false) const
    {
        const QString &c = m_tokens.at(connector).lower;
        if (nameParticles().contains(c))
            return headFirst || !isCommon(left);
        // "of"/"for"/"on" join only after a head noun ("Bank of", "Hall of"), never after a
        // name ("Putin of Russia").
        const QString &l = m_tokens.at(left).lower;
        if (m_gaz.lookup(l) || m_gaz.isGivenName(l))
            return false;
        // "Miami International Airport for Manta": a place's name takes no "for"/"on" after it,
        // but a head standing alone opens one ("the Hall for Cornwall").
        if (c != u"of" && placeHeads().contains(l) && !headAlone)
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
        // "his restaurant, El Manaba, was": an apposition between commas after a determiner and a
        // noun takes the cue of that noun.
        static const QSet<QString> determiners = wordSet({"his", "her", "its", "their", "our", "my", "the", "a", "an"});
        if (p > 1 && m_tokens.at(p).lower == u"," && m_tokens.at(p - 1).word && !m_tokens.at(p - 1).capitalised
            && determiners.contains(m_tokens.at(p - 2).lower) && b + 1 < m_tokens.size()
            && m_tokens.at(b + 1).lower == u",") {
            if (appositionOrgNouns().contains(m_tokens.at(p - 1).lower))
                votes[OrgVote] += kStrongCue + 1;
            else if (placeNouns().contains(m_tokens.at(p - 1).lower))
                votes[PlaceVote] += kStrongCue + 1;
        }
        const bool cueWord = p >= 0 && m_tokens.at(p).word
                             && (!m_tokens.at(p).capitalised || (m_tokens.at(p).sentenceStart && !m_tokens.at(p).allCaps
                                                                 && placePrepositions().contains(m_tokens.at(p).lower)));
        if (cueWord) {
            const QString &w = m_tokens.at(p).lower;
            // "Reporting by X", "Photo by X" name a person; "compiled by LSEG", "rejected by Remo" need not.
            static const QSet<QString> authored = wordSet(
                {"reporting", "writing", "editing", "written", "edited", "photo", "photos", "photograph",
                 "photographed", "photography", "illustration", "video", "compiled", "produced", "translated",
                 "interview", "directed", "authored", "story", "text", "words", "analysis", "graphics"});
            if (w == u"by")
                votes[PersonVote] += p > 0 && authored.contains(m_tokens.at(p - 1).lower) ? kStrongCue + 1 : kWeakCue;
            else if (personNouns().contains(w))
                votes[PersonVote] += kStrongCue + 1;
            if (orgNouns().contains(w))
                votes[OrgVote] += kStrongCue;
            if (placePrepositions().contains(w)) {
                const bool accordingTo = w == u"to" && p > 0 && m_tokens.at(p - 1).lower == u"according";
                if (w == u"at" && worksAt(p - 1))
                    votes[OrgVote] += kStrongCue; // "analysts at Barclays", "teaches at FLACSO"
                else if ((w == u"in" || w == u"of") && p > 0 && investedIn().contains(m_tokens.at(p - 1).lower))
                    votes[OrgVote] += kStrongCue; // "shares in Vermeulen", "a stake of ...""
                else if (!accordingTo)
                    votes[PlaceVote] += kWeakCue;
            }
        } else if (p >= 0 && m_tokens.at(p).lower == u"by" && m_tokens.at(p).lineStart) {
            votes[PersonVote] += kStrongCue + 1; // byline
        }
        const qsizetype q = b + 1;
        // "Vermeulen CEO Pieter van den Berg", "Kessler Chief Executive ...": a company's officer follows its name.
        if (q < m_tokens.size() && m_tokens.at(q).word && m_tokens.at(q).capitalised && joined(b, q)
            && !m_tokens.at(b).possessive && companyOfficers().contains(m_tokens.at(q).lower))
            votes[OrgVote] += kStrongCue;
        // "Kessler shares fell", "Vermeulen's board": what only a company has.
        if (q < m_tokens.size() && m_tokens.at(q).word && !m_tokens.at(q).capitalised
            && (companyNouns().contains(m_tokens.at(q).lower)
                || (m_tokens.at(b).possessive && m_tokens.at(q).lower == u"chief" && q + 1 < m_tokens.size()
                    && m_tokens.at(q + 1).lower == u"executive")))
            votes[OrgVote] += kStrongCue;
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
        // "Golden, Colorado", "Paris, Texas": a name before a comma and a known place is a town.
        if (q + 1 < m_tokens.size() && m_tokens.at(q).lower == u"," && m_phraseEnd.at(q + 1) >= 0
            && !m_inPhrase.at(a) && isKnownPlace(q + 1, m_phraseEnd.at(q + 1))) {
            const qsizetype e = m_phraseEnd.at(q + 1);
            const bool more = e + 1 < m_tokens.size() && m_tokens.at(e + 1).word && m_tokens.at(e + 1).capitalised
                              && joined(e, e + 1);
            if (!m_tokens.at(e).possessive && !more)
                votes[PlaceVote] += kStrongCue;
        }
        // "IG Metall said it would", "X said he": the pronoun after a speech verb tells a body
        // from a person; so does ", who" against ", which".
        if (q + 1 < m_tokens.size() && m_tokens.at(q).word && speechVerbs().contains(m_tokens.at(q).lower)
            && !m_tokens.at(b).possessive) {
            static const QSet<QString> skip = wordSet({"on", "in", "a", "statement", "that", "late", "earlier",
                                                       "monday", "tuesday", "wednesday", "thursday", "friday",
                                                       "saturday", "sunday", "today", "yesterday", ","});
            qsizetype k = q + 1;
            while (k < m_tokens.size() && k < q + 6 && skip.contains(m_tokens.at(k).lower))
                ++k;
            if (k < m_tokens.size()) {
                const QString &w = m_tokens.at(k).lower;
                if (w == u"it" || w == u"its")
                    votes[OrgVote] += kStrongCue;
                else if (w == u"he" || w == u"she" || w == u"his" || w == u"her")
                    votes[PersonVote] += kStrongCue;
            }
        }
        if (q + 1 < m_tokens.size() && m_tokens.at(q).lower == u"," && m_tokens.at(q + 1).lower == u"who"
            && !m_tokens.at(b).possessive)
            votes[PersonVote] += kStrongCue;
        // "Smith, 45," is a person's age.
        if (q + 1 < m_tokens.size() && m_tokens.at(q).lower == u"," && m_tokens.at(q + 1).word
            && m_tokens.at(q + 1).lower.at(0).isDigit() && m_tokens.at(q + 1).lower.size() <= 3)
            votes[PersonVote] += kStrongCue;
    }

    // Token k is someone who works at an organization: "analysts", "economist", "teaches".
    bool worksAt(qsizetype k) const
    {
        if (k < 0 || !m_tokens.at(k).word || (m_tokens.at(k).capitalised && !m_tokens.at(k).sentenceStart))
            return false;
        static const QSet<QString> verbs = wordSet({"works", "worked", "working", "teaches", "taught", "teaching",
                                                    "studies", "studied", "studying", "researcher", "researchers",
                                                    "professor", "professors", "fellow", "strategist",
                                                    "strategists", "economists", "analysts", "executives",
                                                    "employees", "staff", "lecturer", "scientist", "scientists"});
        const QString &w = m_tokens.at(k).lower;
        return verbs.contains(w) || personNouns().contains(w);
    }

    void emit_(qsizetype a, qsizetype b, std::array<int, 3> votes, const QString &canonical, bool acronym,
               bool fallbackPerson = false, bool event = false)
    {
        NameCandidate c;
        c.range = {m_tokens.at(a).start, m_tokens.at(b).end};
        c.text = m_text.mid(c.range.start, c.range.length());
        c.canonical = canonical;
        c.key = canonical.isEmpty() ? Gazetteer::key(c.text) : Gazetteer::key(canonical);
        // "Kessler Antriebstechnik AG" and "Kessler Antriebstechnik" are one company.
        if (canonical.isEmpty() && b > a) {
            const qsizetype legal = legalFormAt(b);
            if (legal > a)
                c.key = sliceKey(a, legal - 1);
        }
        // "Thiago “Tico” Albuquerque" is "Thiago Albuquerque", also called "Tico".
        for (qsizetype k = a + 1; k < b && canonical.isEmpty(); ++k) {
            if (m_tokens.at(k).word)
                continue;
            qsizetype close = k + 1;
            while (close < b && m_tokens.at(close).word)
                ++close;
            if (close < b && close > k + 1) {
                c.key = sliceKey(a, k - 1) + u' ' + sliceKey(close + 1, b);
                c.nickname = sliceKey(k + 1, close - 1);
            }
            break;
        }
        if (event) {
            c.event = true;
            c.words = int(b - a + 1);
            m_out.names.append(std::move(c));
            return;
        }
        addCues(a, b, votes);
        if (acronym)
            votes[PersonVote] = 0; // "data compiled by LSEG": people are not named by initials
        c.votes = votes;
        c.acronym = acronym;
        c.fallbackPerson = fallbackPerson;
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
        // "Copa Sudamericana", "Davis Cup": an event, noted so that its short name is known too.
        if (!m_inPhrase.at(b) && (eventHeads().contains(m_tokens.at(b).lower) || eventHeadsFirst().contains(first))) {
            // Known names inside it are still mentioned: "Russia-China Expo", "Qatar World Cup".
            for (qsizetype k = a; k <= b; ++k) {
                if (m_phraseEnd.at(k) >= 0) {
                    process(k, m_phraseEnd.at(k), false);
                    k = m_phraseEnd.at(k);
                }
            }
            if (a < b)
                return emit_(a, b, {}, QString(), false, false, true);
            return;
        }
        // "the Cornwall Bill", "the Lisbon Treaty": a document named after a place (its place is
        // not mentioned, as in "the Paris Agreement").
        if (a < b && !m_inPhrase.at(b) && m_tokens.at(b).capitalised && documentHeads().contains(m_tokens.at(b).lower))
            return;
        // "MONTEVIDEO, Uruguay (AP) —", "ROSARIO —": a dateline's place in capitals.
        if (m_tokens.at(a).lineStart && datelineFollows(a, b))
            return emit_(a, b, {0, 0, kStrongCue + 1}, QString(), false);
        // "Latin American", "South American": adjectives of a people, not names.
        if (a < b
            && (m_gaz.isDemonym(sliceKey(a, b)) || (directions().contains(first) && m_gaz.isDemonym(sliceKey(a + 1, b)))))
            return;
        // "Ecuadorian Red Cross", "American Red Cross": a people's own branch of a known body.
        if (m_gaz.isDemonym(first) && a + 1 < b && m_phraseEnd.at(a + 1) == b) {
            const auto entry = m_gaz.lookup(sliceKey(a + 1, b));
            if (entry && entry->type == EntityType::Organization)
                return emit_(a, b, {0, kGazetteer, 0}, QString(), false);
        }
        if (m_gaz.isDemonym(first) || (m_gaz.isRoleModifier(first) && a < b)) {
            // "Philippine Consulate General": a title word after the body's head keeps it.
            const qsizetype h = headIndex(a, b);
            const bool bodyHead = isHead(h, orgHeads())
                                  || (h > a + 1 && isHead(h - 1, orgHeads()) && m_gaz.isRoleModifier(m_tokens.at(h).lower))
                                  || (h > a + 1 && isHead(h - 1, orgHeads()) && m_gaz.isRole(m_tokens.at(h).lower));
            if (a == b || !bodyHead)
                return process(a + 1, b, false);
        }
        if (directions().contains(first) && a < b && m_phraseEnd.at(a + 1) == b) {
            const auto entry = m_gaz.lookup(sliceKey(a + 1, b));
            if (entry && entry->type == EntityType::Place)
                return emit_(a, b, {0, 0, kGazetteer}, QString(), false);
        }
        const qsizetype head = headIndex(a, b);
        // "Bank of England": a head word before "of" decides even when it comes first.
        // "Consulate General of Ecuador": a title word after the head keeps it.
        const bool orgHead = (isHead(head, orgHeads())
                              || (head > a && isHead(head - 1, orgHeads())
                                  && (m_gaz.isRole(m_tokens.at(head).lower) || m_gaz.isRoleModifier(m_tokens.at(head).lower))))
                             && (head > a || head < b);
        const bool placeHead = isHead(head, placeHeads()) && (head > a || head < b);
        // "Banco Central del Ecuador", "Bahía de Caráquez": languages that name the kind first.
        if (!orgHead && !placeHead && a < b && m_phraseEnd.at(a) != b) {
            if (orgHeadsFirst().contains(first))
                return emit_(a, b, {0, kHead, 0}, QString(), false);
            if (placeHeadsFirst().contains(first))
                return emit_(a, b, {0, 0, kHead}, QString(), false);
        }
        // "Karla Mendoza", "Michael Jordan": an unknown name before a one-word known place
        // is a given name before a surname.
        if (!orgHead && !placeHead && b == a + 1 && m_phraseEnd.at(b) == b && !m_inPhrase.at(a)
            && !m_tokens.at(a).allCaps && !m_tokens.at(b).allCaps && !isCommon(a) && !m_gaz.isDemonym(first)
            && !m_gaz.isRole(first) && !m_gaz.isRoleModifier(first) && !directions().contains(first)
            && isKnownPlace(b, b))
            return emit_(a, b, {kGivenName, 0, 0}, QString(), false);
        if (!orgHead && !placeHead) {
            // A known name followed by ordinary capitalised words names something else
            // after it: "Indo-Pacific Strategy", "BRICS Summit", "Paris Agreement".
            if (m_phraseEnd.at(a) >= 0 && m_phraseEnd.at(a) < b) {
                bool ordinaryRest = true;
                for (qsizetype k = m_phraseEnd.at(a) + 1; k <= b && ordinaryRest; ++k)
                    ordinaryRest = (isCommon(k) || documentHeads().contains(m_tokens.at(k).lower)) && !m_inPhrase.at(k);
                // "UN Resident Coordinator", "White House Press Secretary": a title after a
                // known body names the body.
                if (ordinaryRest && m_gaz.isRole(m_tokens.at(b).lower)) {
                    const auto entry = m_gaz.lookup(sliceKey(a, m_phraseEnd.at(a)));
                    if (entry && entry->type == EntityType::Organization)
                        return process(a, m_phraseEnd.at(a), false);
                }
                // "UNESCO World Heritage site", "BRICS Summit": a body's name still names the body
                // ("the Paris Agreement" names no place).
                if (ordinaryRest) {
                    const auto entry = m_gaz.lookup(sliceKey(a, m_phraseEnd.at(a)));
                    if (entry && entry->type == EntityType::Organization)
                        process(a, m_phraseEnd.at(a), false);
                    return;
                }
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
        bool fallbackPerson = false;
        if (a == b) {
            const NameToken &t = m_tokens.at(a);
            if (roadCode(a)) {
                if (roadCued(a))
                    return emit_(a, b, {0, 0, kHead}, QString(), false);
                return;
            }
            if (t.allCaps && t.lower.size() >= 2 && t.lower.size() <= 8) { // up to "CONMEBOL", "CONCACAF"
                if (t.lower.size() > 3 && m_gaz.isCommonWord(t.lower))
                    return; // "UPDATED", "WASH": an ordinary word in capitals
                if (currencyOrUnit(a))
                    return;
                // "8790 SW 40th St.": a compass point before a numbered street.
                if (t.lower.size() <= 2 && a + 1 < m_tokens.size() && m_tokens.at(a + 1).lower.at(0).isDigit()
                    && !m_tokens.at(a + 1).lower.back().isDigit())
                    return;
                votes[OrgVote] = kWeakCue;
                emit_(a, b, votes, QString(), true);
                m_out.names.last().thing = namesThing(a);
                return;
            }
            if ((isCommon(a) && !capitalisedOnly(t.lower)) || m_gaz.isRole(t.lower) || m_gaz.isRoleModifier(t.lower)
                || t.lower.size() < 2)
                return;
            // "Phase 1", "Article 5": an ordinary word numbering something is a label.
            if (isCommon(a) && a + 1 < m_tokens.size() && m_tokens.at(a + 1).lower.at(0).isDigit() && joined(a, a + 1))
                return;
            if (camelCase(t))
                votes[OrgVote] += kStrongCue; // "BlackRock", "RenewableUK": a brand's spelling
            return emit_(a, b, votes, QString(), false);
        }
        if (orgHead || legalFormAt(b) > a)
            votes[OrgVote] += kHead;
        else if (placeHead)
            votes[PlaceVote] += kHead;
        else {
            // "Pieter van den Berg", "Joost de Wit": a name particle inside a name is a person's,
            // unless the name follows a place's preposition ("in Cartagena de Indias").
            const qsizetype p = prevWord(a);
            static const QSet<QString> inside = wordSet({"in", "at", "near", "across", "inside", "outside", "throughout"});
            const bool afterPlaceWord = p >= 0 && m_tokens.at(p).word && !m_tokens.at(p).capitalised
                                        && inside.contains(m_tokens.at(p).lower);
            for (qsizetype k = a + 1; k < b; ++k) {
                if (!m_tokens.at(k).capitalised && nameParticles().contains(m_tokens.at(k).lower) && !afterPlaceWord) {
                    votes[PersonVote] += kWeakCue;
                    break;
                }
            }
            // "North Rhine-Westphalia", "West Papua": a compass word opens a region's name.
            if (directions().contains(first) && !m_inPhrase.at(a))
                votes[PlaceVote] += kStrongCue;
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
            if (m_tokens.at(a).allCaps && first.size() >= 3 && !m_tokens.at(a).titleLine && !m_inPhrase.at(a))
                votes[OrgVote] += kStrongCue; // "BNP Paribas", "HSBC Holdings": initials open a firm's name
            else if (m_gaz.isGivenName(first))
                votes[PersonVote] += kGivenName;
            else if (noneCommon)
                fallbackPerson = true;
            // "Hunter Biden": an ordinary word then an unknown name reads as given name and surname.
            else if (b == a + 1 && !isCommon(b) && !m_inPhrase.at(b) && !m_tokens.at(b).allCaps)
                fallbackPerson = true;
        }
        emit_(a, b, votes, QString(), false, fallbackPerson);
    }

    // "Security Council Secretary Sergei Shoigu": an organization, a role, a person.
    bool splitAtRole(qsizetype a, qsizetype b)
    {
        qsizetype role = -1;
        for (qsizetype k = b - 1; k >= a; --k) {
            // "Chief Executive Annegret Schäfer-Holm": a title made of two qualifying words.
            const bool pairedModifier = k > a && k < b && m_gaz.isRoleModifier(m_tokens.at(k).lower)
                                        && m_gaz.isRoleModifier(m_tokens.at(k - 1).lower) && m_name.at(k + 1)
                                        && !orgHeads().contains(m_tokens.at(k + 1).lower)
                                        && !placeHeads().contains(m_tokens.at(k + 1).lower)
                                        && !m_gaz.isRole(m_tokens.at(k + 1).lower)
                                        && !m_gaz.isRoleModifier(m_tokens.at(k + 1).lower);
            if (m_inPhrase.at(k) || m_tokens.at(k).possessive || (!m_gaz.isRole(m_tokens.at(k).lower) && !pairedModifier))
                continue;
            // A title word right after a body's head and before "of" is part of its name:
            // "Consulate General of Ecuador" (but "Security Council Secretary Sergei Shoigu").
            if (k > a && k < b && isHead(k - 1, orgHeads()) && m_tokens.at(k + 1).lower == u"of")
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
    const QSet<QString> &m_lowercase;
    NameFinderResult &m_out;
    const Gazetteer &m_gaz;
    QList<bool> m_blocked;
    QList<bool> m_inPhrase;
    QList<qsizetype> m_phraseEnd;
    QList<bool> m_name;
    mutable QString m_keyBuffer;
};

} // namespace

bool opensOrganizationName(const QString &lower)
{
    return orgHeadsFirst().contains(lower);
}

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
        else if (t.word && !t.capitalised && !t.lower.isEmpty() && t.lower.at(0).isLetter())
            m_lowercase.insert(t.lower);
    }
}

void NameFinder::shareListTypes(const QString &text, QList<NameCandidate> &names)
{
    // "in Hialeah and Doral", "Muisne and Atacames": names in one list are of one kind, so a
    // name with no evidence of its own takes the kind the others in its list agree on.
    auto separator = [&](const NameCandidate &x, const NameCandidate &y) {
        const QStringView gap = QStringView(text).mid(x.range.end, y.range.start - x.range.end);
        return gap == u", " || gap == u" and " || gap == u", and " || gap == u" or " || gap == u", or ";
    };
    qsizetype from = 0;
    while (from < names.size()) {
        qsizetype to = from;
        while (to + 1 < names.size() && separator(names.at(to), names.at(to + 1)))
            ++to;
        if (to > from) {
            std::array<int, 3> sum{};
            for (qsizetype k = from; k <= to; ++k) {
                for (int v = 0; v < 3; ++v)
                    sum[v] += names.at(k).votes[v];
            }
            const int best = int(std::max_element(sum.begin(), sum.end()) - sum.begin());
            // People are named with their own evidence; "Maximilian Brandl, Düsseldorf" is a byline.
            if (sum[best] > 0 && best != PersonVote) {
                const Gazetteer &gaz = Gazetteer::instance();
                for (qsizetype k = from; k <= to; ++k) {
                    std::array<int, 3> &v = names[k].votes;
                    // An ordinary word ("Belt and Road") needs evidence of its own, and a name shaped
                    // like "Given Surname" is no place for being listed with one ("... in Frankfurt and
                    // Jeroen Maas in Amsterdam").
                    const NameCandidate &c = names.at(k);
                    if (v[0] == 0 && v[1] == 0 && v[2] == 0 && !(c.words == 1 && gaz.isCommonWord(c.key))
                        && !(best == PlaceVote && c.fallbackPerson && c.words > 1))
                        v[best] += kStrongCue;
                }
            }
        }
        from = to + 1;
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
    RunProcessor(text, tokens, m_capitalisedInside, m_lowercase, blocked, result).run();
    shareListTypes(text, result.names);
    return result;
}
