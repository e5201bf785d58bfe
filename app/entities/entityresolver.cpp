// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityresolver.h"

#include "gazetteer.h"
#include "membernames.h"
#include "namefinder.h"
#include "namevariants.h"
#include "namewords.h"
#include "translatednames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <rapidfuzz/fuzz.hpp>

#include <algorithm>
#include <numeric>

namespace {

struct Group
{
    QString key;
    QString canonical;
    QList<std::pair<int, const NameCandidate *>> mentions; // article, candidate
    std::array<int, 3> votes{};
    std::array<int, 3> prior{}; // of votes, what WordNet's named places and bodies gave
    bool acronym = false;
    bool gazetteer = false;
    int words = 1;
    int fallbackPerson = 0; // mentions that only look like a person's name
    int insidePlace = 0;    // mentions after "in", "near" and the like (NameCandidate::insidePlace)
};

struct UnionFind
{
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int into, int from) { parent[find(from)] = find(into); }
    std::vector<int> parent;
};

int argmax(const std::array<int, 3> &v)
{
    return int(std::max_element(v.begin(), v.end()) - v.begin());
}

EntityType typeOf(int vote)
{
    return vote == 0 ? EntityType::Person : vote == 1 ? EntityType::Organization : EntityType::Place;
}

bool isPerson(const Group &g)
{
    return g.votes[0] > 0 && argmax(g.votes) == 0;
}

QStringList words(const QString &key)
{
    return key.split(u' ', Qt::SkipEmptyParts);
}

// Initials of the capitalised words of a name: "Shanghai Cooperation Organization" -> "sco".
QString initials(const QString &text)
{
    static const QSet<QString> skip = {QStringLiteral("of"),  QStringLiteral("the"), QStringLiteral("and"),
                                       QStringLiteral("for"), QStringLiteral("on"),  QStringLiteral("&")};
    QString out;
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\u2010\u2011]+"));
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts)) {
        if (!skip.contains(w.toLower()) && w.at(0).isLetter())
            out.append(w.at(0).toLower());
    }
    return out;
}

QString acronymKey(const QString &key)
{
    QString out = key;
    out.remove(u'.');
    return out;
}

// The key a candidate's group goes by: names written with and without accents are one name
// ("Manabi", "Manabí"); "St. Mary's" and "St Mary's", "U.N. Security Council" and "UN
// Security Council" are one name.
QString groupKey(const NameCandidate &c)
{
    return Gazetteer::folded(c.canonical.isEmpty() ? acronymKey(c.key) : c.key);
}

// "the Natisone valley" and "the Natisone valleys", "Faroe Island" and "Faroe Islands": one
// place whose last word is written in the singular and the plural.
void uniteSingularPlural(const QList<Group> &groups, const QHash<QString, int> &byKey, UnionFind &uf)
{
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (g.words < 2 || !g.key.endsWith(u's') || argmax(g.votes) != 2 || g.votes[2] <= 0)
            continue;
        const int singular = byKey.value(g.key.chopped(1), -1);
        if (singular >= 0 && groups.at(singular).words >= 2 && argmax(groups.at(singular).votes) == 2)
            uf.unite(singular, i);
    }
}

// "EU Commission" and "European Commission", "UN Security Council" and "United Nations Security
// Council": a body named with a known acronym first is the body named with what it stands for,
// or with the first word of that.
void uniteAcronymOpenings(const QList<Group> &groups, const QHash<QString, int> &byKey, UnionFind &uf)
{
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        const qsizetype space = g.key.indexOf(u' ');
        if (g.words < 2 || space < 0 || argmax(g.votes) != 1)
            continue;
        const auto entry = gaz.lookup(g.key.left(space));
        if (!entry || entry->canonical.isEmpty())
            continue;
        const QString expansion = Gazetteer::folded(Gazetteer::key(entry->canonical));
        if (!expansion.contains(u' '))
            continue;
        const QString rest = g.key.mid(space);
        for (const QString &opening : {expansion, expansion.section(u' ', 0, 0)}) {
            const int other = byKey.value(opening + rest, -1);
            if (other >= 0 && other != i && argmax(groups.at(other).votes) == 1)
                uf.unite(other, i);
        }
    }
}

// Two or more of the words of a name of three or more are places' names in this corpus: no
// person is named so.
bool namesTwoPlaces(const Group &g, const QList<Group> &groups, const QHash<QString, int> &byKey)
{
    const QStringList w = words(g.key);
    if (w.size() < 3)
        return false;
    int places = 0;
    for (const QString &word : w) {
        const int other = byKey.value(word, -1);
        if (other >= 0 && groups.at(other).votes[2] > 0 && argmax(groups.at(other).votes) == 2)
            ++places;
    }
    return places >= 2;
}

// "River Natisone" and "the Natisone", "Pacific Ocean" and "the Pacific": one water, when the
// bare name is a place here or has no evidence of its own.
void uniteWaters(const QList<ArticleNames> &names, const QList<Group> &groups, const QHash<QString, int> &byKey, UnionFind &uf)
{
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.waterKey.isEmpty())
                continue;
            const int bare = byKey.value(Gazetteer::folded(c.waterKey), -1);
            const int headed = byKey.value(groupKey(c), -1);
            if (bare < 0 || headed < 0 || argmax(groups.at(headed).votes) != 2)
                continue;
            const std::array<int, 3> &v = groups.at(bare).votes;
            if (argmax(v) == 2 || (v[0] == 0 && v[1] == 0 && v[2] == 0))
                uf.unite(headed, bare);
        }
    }
}

// What the resolver's stages share: the groups of candidates by key, what the mentions noted,
// the groups found to be one thing, and the people indexed by surname.
struct Resolution
{
    QList<Group> groups;
    QHash<QString, int> byKey;
    QHash<QString, QString> acronymDefinitions;
    QSet<QString> eventWords;              // last words of events' names: "sudamericana"
    QSet<QString> serviceNames;            // numbered services' names: "nightjet" of "Nightjet NJ 466"
    QHash<QString, QString> nicknames;     // nickname key -> key of the name it was written in
    QList<std::pair<int, QString>> bareOf; // bare group, key of the headed name
    UnionFind uf{0};
    QHash<QString, QList<int>> bySurname;                    // full personal names by surname
    QHash<QString, QList<int>> byFirstWord;                  // and by first word (for "Xi" -> "Xi Jinping")
    QHash<int, QSet<int>> articlesOfPerson;                  // the articles each full name appears in
    QList<std::pair<int, const NameCandidate *>> reassigned; // mentions moved to another group
    QList<int> reassignedTo;
};

QList<int> distinctRoots(UnionFind &uf, const QList<int> &list)
{
    QList<int> roots;
    for (int g : list) {
        const int r = uf.find(g);
        if (!roots.contains(r))
            roots.append(r);
    }
    return roots;
}

// Candidates with one key are one group; acronyms defined, events and nicknames are noted.
void groupCandidates(const QList<ArticleNames> &names, Resolution &r)
{
    QList<Group> &groups = r.groups;
    QHash<QString, int> &byKey = r.byKey;
    QHash<QString, QString> &acronymDefinitions = r.acronymDefinitions;
    QSet<QString> &eventWords = r.eventWords;
    QHash<QString, QString> &nicknames = r.nicknames;
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.event) {
                // Events are no entities; their distinctive word alone still names them.
                eventWords.insert(Gazetteer::folded(c.key.section(u' ', -1)));
                continue;
            }
            if (!c.nickname.isEmpty())
                nicknames.insert(Gazetteer::folded(c.nickname), Gazetteer::folded(c.key));
            if (!c.serviceKey.isEmpty())
                r.serviceNames.insert(Gazetteer::folded(acronymKey(c.serviceKey)));
            const QString key = groupKey(c);
            auto it = byKey.constFind(key);
            int index = 0;
            if (it == byKey.cend()) {
                index = int(groups.size());
                byKey.insert(key, index);
                Group g;
                g.key = key;
                groups.append(g);
            } else {
                index = *it;
            }
            Group &g = groups[index];
            g.mentions.append({an.article, &c});
            for (int v = 0; v < 3; ++v) {
                g.votes[v] += c.votes[v];
                g.prior[v] += c.prior[v];
            }
            g.fallbackPerson += c.fallbackPerson ? 1 : 0;
            g.insidePlace += c.insidePlace ? 1 : 0;
            g.acronym = g.acronym || c.acronym;
            g.words = std::max(g.words, c.words);
            if (!c.canonical.isEmpty()) {
                g.gazetteer = true;
                g.canonical = c.canonical;
            }
        }
        for (const AcronymDefinition &d : an.found.acronyms)
            acronymDefinitions.insert(Gazetteer::folded(acronymKey(d.acronym)), d.expansion);
    }
}

// The groups of the names of each list ("Innisfail, Cardwell and Babinda") in the corpus.
QList<QList<int>> listsOfGroups(const QList<ArticleNames> &names, const Resolution &r)
{
    QList<QList<int>> lists;
    for (const ArticleNames &an : names) {
        QHash<int, qsizetype> listAt;
        for (const NameCandidate &c : an.found.names) {
            const int g = c.list < 0 || c.event ? -1 : r.byKey.value(groupKey(c), -1);
            if (g < 0)
                continue;
            if (const auto it = listAt.constFind(c.list); it != listAt.cend()) {
                lists[*it].append(g);
            } else {
                listAt.insert(c.list, lists.size());
                lists.append(QList<int>{g});
            }
        }
    }
    return lists;
}

// "between Cardwell and Babinda" where another article writes "schools from Cardwell to
// Innisfail" and "in Innisfail": a name with no evidence in any article takes the kind its list
// mates show across the corpus (a list in one sentence settles it already: NameFinder). Not a
// person's kind: people are named with evidence of their own. Each pass carries the kind one
// list further along a chain.
void shareListKinds(const QList<ArticleNames> &names, Resolution &r)
{
    constexpr int kPasses = 2;
    const Gazetteer &gaz = Gazetteer::instance();
    const QList<QList<int>> lists = listsOfGroups(names, r);
    QList<Group> &groups = r.groups;
    auto unknown = [&](const Group &g) {
        return g.votes == std::array<int, 3>{} && g.fallbackPerson == 0 && !(g.words == 1 && gaz.isCommonWord(g.key));
    };
    for (int pass = 0; pass < kPasses; ++pass) {
        QList<std::pair<int, int>> gains; // group, vote
        for (const QList<int> &list : lists) {
            std::array<int, 3> kinds{}; // list mates of each kind
            for (int g : list) {
                if (!unknown(groups.at(g)) && *std::max_element(groups.at(g).votes.begin(), groups.at(g).votes.end()) > 0)
                    ++kinds[argmax(groups.at(g).votes)];
            }
            const int best = argmax(kinds);
            if (kinds[best] == 0 || best == 0 || std::count(kinds.begin(), kinds.end(), kinds[best]) > 1)
                continue;
            for (int g : list) {
                if (unknown(groups.at(g)))
                    gains.append({g, best});
            }
        }
        for (const auto &[g, vote] : std::as_const(gains))
            groups[g].votes[vote] = 1; // a weak cue
    }
}

// What each group is when its own mentions do not say: bare names, shapes, things, events.
void settleKinds(const QList<ArticleNames> &names, Resolution &r)
{
    QList<Group> &groups = r.groups;
    QHash<QString, int> &byKey = r.byKey;
    QSet<QString> &eventWords = r.eventWords;
    QList<std::pair<int, QString>> &bareOf = r.bareOf;
    QSet<QString> waters; // "natisone" of "River Natisone": names of waters
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (!c.waterKey.isEmpty())
                waters.insert(Gazetteer::folded(acronymKey(c.waterKey)));
        }
    }
    // "Notre-Dame" with no cue of its own, where another mention reads "Notre-Dame cathedral":
    // the bare name takes the kind its headed mentions show, and is the same thing.
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.bareKey.isEmpty())
                continue;
            const QString bareKey = Gazetteer::folded(acronymKey(c.bareKey));
            const int bare = byKey.value(bareKey, -1);
            if (bare < 0 || groups.at(bare).gazetteer)
                continue;
            std::array<int, 3> &v = groups[bare].votes;
            // "in the North Orva" and "the North Orva valley": a region by its bare name, when
            // that name is a place too and no water's.
            const bool region = argmax(v) == 2 && v[2] > 0 && argmax(c.votes) == 2 // places
                                && !waters.contains(bareKey) && NameWords::instance().regionHeads.contains(c.key.section(u' ', -1));
            if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
                v[argmax(c.votes)] += 1;
                bareOf.append({bare, Gazetteer::folded(acronymKey(c.key))});
            } else if (region) {
                bareOf.append({bare, Gazetteer::folded(acronymKey(c.key))});
            }
        }
    }
    shareListKinds(names, r);
    // A name that looks like "Given Surname" is a person's unless some mention gives strong
    // evidence ("IG Metall said it", "the consultancy Roland Berger"); a weak cue alone ("a pass
    // from Matías Ojeda") does not outweigh the shape.
    for (Group &g : groups) {
        // ... but a name that every mention puts something inside, and nothing else describes, is a
        // place's ("a radar site near Fajã Grande").
        if (g.insidePlace == g.mentions.size() && g.votes[0] == 0 && g.votes[1] == 0 && g.votes[2] > 0)
            continue;
        if (g.fallbackPerson > 0 && *std::max_element(g.votes.begin(), g.votes.end()) < 2) {
            if (namesTwoPlaces(g, groups, byKey))
                g.votes[1] += 2; // "Ferrovie Udine Cividale": a body named after the places it serves
            else
                g.votes[0] += g.fallbackPerson;
        }
    }
    // "a radio beacon (EPIRB)", "their EPIRB": initials of a thing wherever they stand; "MYT
    // (GMT+8)", or "19:45 MYT" wherever the name stands: a time zone.
    for (Group &g : groups) {
        if (g.gazetteer)
            continue;
        const auto shows = [&](auto what) { return std::any_of(g.mentions.cbegin(), g.mentions.cend(), what); };
        const bool zone =
            shows([](const auto &m) { return m.second->timeZone == 2; }) || !shows([](const auto &m) { return m.second->timeZone == 0; });
        if (zone || shows([](const auto &m) { return m.second->thing; }))
            g.mentions.clear();
    }
    // "the Nightjet from Vienna", "the Nightjet service" after "the Nightjet NJ 466": a numbered
    // service's name alone, or before a lower-case word, names the service.
    for (Group &g : groups) {
        if (g.gazetteer)
            continue;
        bool service = r.serviceNames.contains(g.key);
        for (qsizetype k = 0; k < g.mentions.size() && !service; ++k) {
            const QString &bare = g.mentions.at(k).second->bareKey;
            service = !bare.isEmpty() && r.serviceNames.contains(Gazetteer::folded(acronymKey(bare)));
        }
        if (service)
            g.mentions.clear();
    }
    // "the Sudamericana" after "Copa Sudamericana": an event's short name, not a place.
    for (Group &g : groups) {
        if (g.words == 1 && !g.gazetteer && !g.acronym && eventWords.contains(g.key))
            g.mentions.clear();
    }
}

// "Hospital Argerich" and "the Argerich hospital": one name with one head word, written before or
// after it, is one body or place.
void uniteHeadFirstAndLast(const QList<ArticleNames> &names, const QList<Group> &groups, const QHash<QString, int> &byKey, UnionFind &uf)
{
    QHash<QString, int> byBareAndHead; // "argerich|hospital" -> group
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.bareKey.isEmpty())
                continue;
            const QString key = Gazetteer::folded(acronymKey(c.key));
            const QString bare = Gazetteer::folded(acronymKey(c.bareKey));
            QString head = key;
            head.remove(bare);
            head = head.simplified();
            const int g = byKey.value(key, -1);
            if (g < 0 || head.isEmpty() || head.contains(u' '))
                continue;
            const int other = byBareAndHead.value(bare + u'|' + head, -1);
            if (other < 0)
                byBareAndHead.insert(bare + u'|' + head, g);
            else if (other != g && argmax(groups.at(other).votes) == argmax(groups.at(g).votes))
                uf.unite(other, g);
        }
    }
}

// "Hospital de Santa Rita" and "Santa Rita University Hospital": a body named head first (after
// its head, a particle may stand) is the one body the corpus names with the same head last,
// after the same name and at most two ordinary words ("University").
void uniteHeadFirstWithHeadLast(Resolution &r)
{
    const NameWords &nw = NameWords::instance();
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        QStringList own = words(g.key);
        if (own.size() < 2 || g.mentions.isEmpty() || argmax(g.votes) != 1 || !nw.organizationHeadsFirst.contains(own.first()))
            continue;
        const QString head = own.takeFirst();
        if (own.size() >= 2 && nw.nameParticles.contains(own.first()))
            own.removeFirst();
        QList<int> roots;
        for (int j = 0; j < r.groups.size(); ++j) {
            const QStringList w = words(r.groups.at(j).key);
            const qsizetype between = w.size() - own.size() - 1;
            if (j == i || r.groups.at(j).mentions.isEmpty() || argmax(r.groups.at(j).votes) != 1 || between < 0 || between > 2
                || w.last() != head || w.mid(0, own.size()) != own)
                continue;
            const QStringList middle = w.mid(own.size(), between);
            if (std::all_of(middle.cbegin(), middle.cend(), [&](const QString &m) { return gaz.isCommonWord(m); })
                && !roots.contains(r.uf.find(j)))
                roots.append(r.uf.find(j));
        }
        if (roots.size() == 1)
            r.uf.unite(roots.first(), i);
    }
}

// Whether a body named in small letters ("state health ministry") is `named` with its words
// reordered: its head stands before "of" or "for" in `named` ("Velora State Ministry of Health",
// "Ministry of Culture and National Heritage"), and its other words among the name's.
bool reorderedBody(const QStringList &lower, const QStringList &named)
{
    const qsizetype head = named.indexOf(lower.last());
    if (head < 0 || head + 2 >= named.size() || (named.at(head + 1) != u"of" && named.at(head + 1) != u"for"))
        return false;
    return std::all_of(lower.cbegin(), lower.cend() - 1, [&](const QString &w) { return named.contains(w); });
}

// "the culture ministry" and "the Ministry of Culture and National Heritage", "the business
// department" and "the Department for Business and Trade", "the state health ministry" and the
// "Velora State Ministry of Health": one body, its words reordered, where one such body (once
// its short forms are joined) stands in the corpus.
void uniteReorderedBodies(const QList<ArticleNames> &names, Resolution &r)
{
    QSet<QString> lowercaseBodies;
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.lowercaseBody)
                lowercaseBodies.insert(Gazetteer::folded(acronymKey(c.key)));
        }
    }
    for (const QString &body : std::as_const(lowercaseBodies)) {
        const int b = r.byKey.value(body, -1);
        const QStringList w = words(body);
        if (b < 0 || w.size() < 2)
            continue;
        QList<int> roots;
        for (int i = 0; i < r.groups.size(); ++i) {
            if (i != b && !r.groups.at(i).mentions.isEmpty() && reorderedBody(w, words(r.groups.at(i).key))
                && !roots.contains(r.uf.find(i)))
                roots.append(r.uf.find(i));
        }
        if (roots.size() == 1)
            r.uf.unite(roots.first(), b);
    }
}

// Names of one place or body written differently.
void unitePlacesAndBodies(const QList<ArticleNames> &names, Resolution &r)
{
    QList<Group> &groups = r.groups;
    QHash<QString, int> &byKey = r.byKey;
    QList<std::pair<int, QString>> &bareOf = r.bareOf;
    UnionFind &uf = r.uf;
    uf = UnionFind(int(groups.size()));

    for (const auto &[bare, headed] : std::as_const(bareOf)) {
        if (const int h = byKey.value(headed, -1); h >= 0)
            uf.unite(h, bare);
    }
    uniteWaters(names, groups, byKey, uf);
    uniteHeadFirstAndLast(names, groups, byKey, uf);
    uniteSingularPlural(groups, byKey, uf);
    uniteAcronymOpenings(groups, byKey, uf);
    uniteReorderedBodies(names, r);
}

// The articles a group's mentions stand in.
QSet<int> articlesOf(const Group &g)
{
    QSet<int> out;
    for (const auto &m : g.mentions)
        out.insert(m.first);
    return out;
}

// "ASB Bank": initials then a kind word written in small letters, so that the initials alone
// name the body too; "KRAKÓW POST" (all in capitals) and "Siemens Energy" (a name, not initials)
// do not.
bool initialsThenKind(const Group &g)
{
    const NameWords &nw = NameWords::instance();
    const QStringList w = words(g.key);
    if (w.size() != 2 || argmax(g.votes) != 1 || !nw.organizationHeads.contains(w.last()))
        return false;
    for (const auto &m : g.mentions) {
        const QStringList written = m.second->text.split(u' ', Qt::SkipEmptyParts);
        if (written.size() == 2 && written.first().size() >= 2 && written.first() == written.first().toUpper()
            && written.last() != written.last().toUpper())
            return true;
    }
    return false;
}

// Bodies named without part of their name: "ASB" for "ASB Bank" (the kind word dropped), and
// "the Reserve Bank" for "Reserve Bank of New Zealand" (the "of ..." dropped), the latter where
// one such longer name stands in the articles that use the short one and no other does.
void uniteShortBodyNames(Resolution &r)
{
    const QList<Group> &groups = r.groups;
    for (int i = 0; i < groups.size(); ++i) {
        if (!initialsThenKind(groups.at(i)))
            continue;
        const int shorter = r.byKey.value(words(groups.at(i).key).first(), -1);
        if (shorter >= 0 && shorter != i && groups.at(shorter).acronym && argmax(groups.at(shorter).votes) != 2)
            r.uf.unite(i, shorter);
    }
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (g.words < 2 || g.gazetteer || argmax(g.votes) != 1 || g.mentions.isEmpty())
            continue;
        const QString of = g.key + QStringLiteral(" of ");
        const QSet<int> here = articlesOf(g);
        QList<int> longer;   // the longer names' roots
        QList<int> together; // of those, the ones that share an article with the short name
        for (int j = 0; j < groups.size(); ++j) {
            if (j == i || !groups.at(j).key.startsWith(of) || argmax(groups.at(j).votes) != 1)
                continue;
            const int root = r.uf.find(j);
            if (!longer.contains(root))
                longer.append(root);
            if (articlesOf(groups.at(j)).intersects(here) && !together.contains(root))
                together.append(root);
        }
        if (longer.size() == 1)
            r.uf.unite(longer.first(), i);
        else if (together.size() == 1)
            r.uf.unite(together.first(), i);
    }
}

// "Environment Canada" for "Environment and Climate Change Canada": a government body named by
// its functions joined by "and" goes by its first function and its country too.
void uniteFirstFunctionNames(Resolution &r)
{
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        const qsizetype joined = g.key.indexOf(QStringLiteral(" and "));
        const QString country = g.key.section(u' ', -1);
        if (joined < 0 || argmax(g.votes) != 1 || !gaz.isCountry(country))
            continue;
        const int shorter = r.byKey.value(g.key.left(joined) + u' ' + country, -1);
        if (shorter >= 0 && shorter != i && argmax(r.groups.at(shorter).votes) == 1)
            r.uf.unite(i, shorter);
    }
}

// "the Socialists" and "the Socialist Party", "the Liberals" and "Liberal Initiative": a party
// named by its members is the one body of the corpus whose name their word opens
// (membernames.h).
void uniteMembersWithTheirBody(Resolution &r)
{
    QList<int> bodies;
    for (int j = 0; j < r.groups.size(); ++j) {
        const Group &b = r.groups.at(j);
        if (b.words >= 2 && !b.mentions.isEmpty() && argmax(b.votes) == 1 && b.votes[1] > 0)
            bodies.append(j);
    }
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        if (g.words > 2 || g.gazetteer || g.acronym || g.mentions.isEmpty() || !g.key.endsWith(u's'))
            continue;
        const QString opening = g.key.left(4);
        QList<int> roots;
        for (int j : std::as_const(bodies)) {
            const QString &body = r.groups.at(j).key;
            if (j == i || !body.contains(opening) || body.contains(g.key) || !namesMembersOf(g.key, body))
                continue;
            if (const int root = r.uf.find(j); !roots.contains(root))
                roots.append(root);
        }
        if (roots.size() == 1)
            r.uf.unite(roots.first(), i);
    }
}

// "CDS-People's Party", "CDS-PP" and "CDS": a body named by initials, a hyphen and more words
// goes by the initials and the initials of those words, and by the first initials alone.
void uniteHyphenedInitials(Resolution &r)
{
    constexpr qsizetype kShortest = 2, kLongest = 6; // letters of the initials before the hyphen
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        const qsizetype hyphen = g.key.indexOf(u'-');
        if (g.words < 2 || g.mentions.isEmpty() || argmax(g.votes) != 1 || hyphen < kShortest || hyphen > kLongest)
            continue;
        const QString head = g.key.left(hyphen);
        const QString rest = g.key.mid(hyphen + 1);
        const QString restInitials = initials(rest);
        if (head.contains(u' ') || !rest.contains(u' ') || restInitials.size() < 2)
            continue;
        for (const QString &variant : {head + u'-' + restInitials, head}) {
            const int other = r.byKey.value(variant, -1);
            if (other >= 0 && other != i && r.groups.at(other).words == 1 && argmax(r.groups.at(other).votes) == 1)
                r.uf.unite(i, other);
        }
    }
}

// "THE SUN" in a kicker of a story that the "Toronto Sun" published: a body named "the" and one
// word, without the place its full name opens with, where one such fuller name stands in an
// article that uses the short one (whatever paper the gazetteer knows by the short name).
void uniteBodiesWithoutTheirCountry(Resolution &r);

// "the Bureau of Meteorology" and "the Australian Bureau of Meteorology", "Queensland Police
// Service" and "the Police Service": a body of several words is the one fuller name in the corpus
// that opens with a people's or a place's name before it (a known body, "Red Cross", has
// branches of its own: "Ecuadorian Red Cross").
void uniteBodiesWithoutTheirCountry(Resolution &r)
{
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        if (g.words < 2 || g.acronym || g.gazetteer || argmax(g.votes) != 1 || g.votes[1] <= 0 || g.mentions.isEmpty())
            continue;
        const QString tail = u' ' + g.key;
        QList<int> fuller;
        for (int j = 0; j < r.groups.size(); ++j) {
            const Group &f = r.groups.at(j);
            if (j == i || argmax(f.votes) != 1 || f.mentions.isEmpty() || !f.key.endsWith(tail))
                continue;
            const QString opening = f.key.chopped(tail.size());
            const auto known = gaz.lookup(opening);
            const int named = r.byKey.value(opening, -1);
            const bool owner = gaz.isDemonym(opening) || (known && known->type == EntityType::Place)
                               || (named >= 0 && argmax(r.groups.at(named).votes) == 2);
            if (owner && !fuller.contains(r.uf.find(j)))
                fuller.append(r.uf.find(j));
        }
        if (fuller.size() == 1)
            r.uf.unite(fuller.first(), i);
    }
}

// "Stockholm Arlanda Airport" and "Arlanda Airport", "London Heathrow Airport" and "Heathrow
// Airport": a place or a body named after its town's name and a name of two words or more of its
// own is the one named without the town, of the same kind.
void uniteNamesAfterTheirTown(Resolution &r)
{
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        const int kind = argmax(g.votes);
        if (g.words < 3 || g.mentions.isEmpty() || kind == 0 || g.votes[kind] <= 0)
            continue;
        const QStringList w = words(g.key);
        for (qsizetype cut = 1; cut + 2 <= w.size() && cut <= 2; ++cut) {
            const QString town = w.mid(0, cut).join(u' ');
            const auto known = gaz.lookup(town);
            const int named = r.byKey.value(town, -1);
            if (!(known && known->type == EntityType::Place) && !(named >= 0 && argmax(r.groups.at(named).votes) == 2))
                continue;
            const int own = r.byKey.value(w.mid(cut).join(u' '), -1);
            if (own >= 0 && own != i && argmax(r.groups.at(own).votes) == kind)
                r.uf.unite(own, i);
        }
    }
}

void uniteNamesWithoutTheirPlace(Resolution &r)
{
    uniteBodiesWithoutTheirCountry(r);
    uniteNamesAfterTheirTown(r);
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        Group &g = r.groups[i];
        if (g.acronym || argmax(g.votes) != 1 || g.mentions.isEmpty())
            continue;
        const bool articled = std::any_of(g.mentions.cbegin(), g.mentions.cend(), [](const auto &m) {
            return m.second->text.startsWith(QStringLiteral("the "), Qt::CaseInsensitive);
        });
        const QString bare = g.key.startsWith(QStringLiteral("the ")) ? g.key.mid(4) : g.key;
        if (!articled || bare.contains(u' '))
            continue;
        const QString tail = u' ' + bare;
        const QSet<int> here = articlesOf(g);
        QList<int> fuller;
        for (int j = 0; j < r.groups.size(); ++j) {
            const Group &f = r.groups.at(j);
            if (j == i || argmax(f.votes) != 1 || !f.key.endsWith(tail) || !articlesOf(f).intersects(here))
                continue;
            const QString opening = f.key.chopped(tail.size());
            const auto known = gaz.lookup(opening);
            const int named = r.byKey.value(opening, -1);
            const bool place = (known && known->type == EntityType::Place) || (named >= 0 && argmax(r.groups.at(named).votes) == 2);
            const int root = r.uf.find(j);
            if (place && !fuller.contains(root))
                fuller.append(root);
        }
        if (fuller.size() == 1) {
            // "The Sun" of the gazetteer is another paper: the short name takes the fuller's identity.
            g.canonical.clear();
            g.gazetteer = false;
            r.uf.unite(fuller.first(), i);
        }
    }
}

// "the altarpiece by Veit Stoss" in one article, "the altarpiece of Wit Stwosz" in another: one
// person's name as two languages write it (namevariants.h), when the two complete the same
// word and no article names both (two people of near names in one story are two).
void uniteTranslatedNames(Resolution &r)
{
    QHash<QString, QList<int>> byLeadWord;
    QHash<int, QStringList> folded;
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        if (g.words < 2 || !isPerson(g) || g.gazetteer)
            continue;
        QSet<QString> leads;
        for (const auto &m : g.mentions) {
            if (!m.second->leadWord.isEmpty())
                leads.insert(m.second->leadWord);
        }
        for (const QString &lead : std::as_const(leads))
            byLeadWord[lead].append(i);
        if (!leads.isEmpty())
            folded.insert(i, foldedNameWords(g.key));
    }
    for (const QList<int> &bucket : std::as_const(byLeadWord)) {
        for (int x = 0; x < bucket.size(); ++x) {
            for (int y = x + 1; y < bucket.size(); ++y) {
                const Group &a = r.groups.at(bucket.at(x));
                const Group &b = r.groups.at(bucket.at(y));
                if (!nameVariants(folded.value(bucket.at(x)), folded.value(bucket.at(y)))
                    || r.uf.find(bucket.at(x)) == r.uf.find(bucket.at(y)) || articlesOf(a).intersects(articlesOf(b)))
                    continue;
                r.uf.unite(bucket.at(x), bucket.at(y));
            }
        }
    }
}

// "Rynek Główny" in one article and "Main Market Square" in another, "Secretaría Nacional de
// Aguas" and "National Water Secretariat": a place or body named in another language is the one
// whose English name its words translate to (translatednames.h), when the two are of one kind,
// no article names both, and only one such English name is in the corpus.
void uniteTranslatedPlacesAndBodies(Resolution &r)
{
    QHash<QString, QList<int>> bySense;
    QHash<int, bool> translated;
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        if (g.mentions.isEmpty() || g.acronym || argmax(g.votes) == 0 || g.votes[argmax(g.votes)] <= 0)
            continue;
        const NameSense sense = nameSense(g.key);
        if (sense.count < 2)
            continue;
        bySense[sense.words].append(i);
        translated.insert(i, sense.translated);
    }
    for (const QList<int> &bucket : std::as_const(bySense)) {
        for (int x : bucket) {
            if (!translated.value(x))
                continue;
            const Group &foreign = r.groups.at(x);
            QList<int> roots;
            for (int y : bucket) {
                const Group &english = r.groups.at(y);
                if (y == x || translated.value(y) || argmax(english.votes) != argmax(foreign.votes)
                    || articlesOf(english).intersects(articlesOf(foreign)))
                    continue;
                if (!roots.contains(r.uf.find(y)))
                    roots.append(r.uf.find(y));
            }
            if (roots.size() == 1)
                r.uf.unite(roots.first(), x);
        }
    }
}

// "Innsbruck's university hospital, the Klinik Innsbruck" where another article names the
// "Innsbruck University Hospital": a name is the one its description in small letters spells,
// when that is a place or body of the same kind (describednames.h).
void uniteDescribedNames(const QList<ArticleNames> &names, Resolution &r)
{
    for (const ArticleNames &an : names) {
        for (const NameCandidate &c : an.found.names) {
            if (c.describedKey.isEmpty())
                continue;
            const int described = r.byKey.value(Gazetteer::folded(c.describedKey), -1);
            const int named = r.byKey.value(groupKey(c), -1);
            if (described < 0 || named < 0 || described == named || r.groups.at(described).words < 2)
                continue;
            const int kind = argmax(r.groups.at(described).votes);
            if (kind != 0 && kind == argmax(r.groups.at(named).votes))
                r.uf.unite(described, named);
        }
    }
}

// Names of one person written differently, and bodies by their short names and nicknames.
void unitePeople(Resolution &r)
{
    QList<Group> &groups = r.groups;
    QHash<QString, int> &byKey = r.byKey;
    QHash<QString, QString> &nicknames = r.nicknames;
    UnionFind &uf = r.uf;
    QHash<QString, QList<int>> &bySurname = r.bySurname;
    QHash<QString, QList<int>> &byFirstWord = r.byFirstWord;
    QHash<int, QSet<int>> &articlesOfPerson = r.articlesOfPerson;
    // Full personal names, indexed by surname and by first word (for "Xi" -> "Xi Jinping").
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (g.words < 2 || !isPerson(g) || g.gazetteer)
            continue;
        const QStringList w = words(g.key);
        bySurname[nameSkeleton(w.last())].append(i);
        byFirstWord[nameSkeleton(w.first())].append(i);
    }
    // Transliteration variants of one full name: compared only within one surname bucket.
    for (const QList<int> &bucket : std::as_const(bySurname)) {
        for (int x = 0; x < bucket.size(); ++x) {
            const std::string a = nameSkeleton(groups.at(bucket.at(x)).key).toStdString();
            for (int y = x + 1; y < bucket.size(); ++y) {
                const std::string b = nameSkeleton(groups.at(bucket.at(y)).key).toStdString();
                if (a == b || rapidfuzz::fuzz::ratio(a, b) >= 90.0)
                    uf.unite(bucket.at(x), bucket.at(y));
            }
        }
    }
    // "Aliyu Musa Kirfi" and "Aliyu Kirfi": a full name with its middle names left out, when only
    // one fuller name has that first name and surname.
    for (const QList<int> &bucket : std::as_const(bySurname)) {
        for (int x : bucket) {
            const QStringList short_ = words(groups.at(x).key);
            if (short_.size() != 2)
                continue;
            QList<int> fuller;
            for (int y : bucket) {
                const QStringList w = words(groups.at(y).key);
                if (y != x && w.size() > 2 && nameSkeleton(w.first()) == nameSkeleton(short_.first()) && !fuller.contains(uf.find(y)))
                    fuller.append(uf.find(y));
            }
            if (fuller.size() == 1)
                uf.unite(fuller.first(), x);
        }
    }
    uniteTranslatedNames(r);

    // "Van den Berg", "De la Fuente": a surname with its particles names the full name it ends.
    {
        static const QSet<QString> particles = {QStringLiteral("van"), QStringLiteral("von"),   QStringLiteral("de"), QStringLiteral("da"),
                                                QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"), QStringLiteral("du"),
                                                QStringLiteral("der"), QStringLiteral("den"),   QStringLiteral("la"), QStringLiteral("le"),
                                                QStringLiteral("dos"), QStringLiteral("das"),   QStringLiteral("do"), QStringLiteral("ten"),
                                                QStringLiteral("ter")};
        for (int i = 0; i < groups.size(); ++i) {
            const Group &g = groups.at(i);
            if (g.words < 2 || !isPerson(g) || !particles.contains(words(g.key).first()))
                continue;
            const QString tail = u' ' + g.key;
            QList<int> fuller;
            for (int j : bySurname.value(nameSkeleton(words(g.key).last()))) {
                if (j != i && groups.at(j).key.endsWith(tail) && !fuller.contains(uf.find(j)))
                    fuller.append(uf.find(j));
            }
            if (fuller.size() == 1)
                uf.unite(fuller.first(), i);
        }
    }

    // "National Security Council" and "Security Council" in one corpus are one body.
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (g.words < 3 || argmax(g.votes) != 1 || g.gazetteer)
            continue;
        static const QStringList qualifiers = {QStringLiteral("national "), QStringLiteral("federal "), QStringLiteral("state "),
                                               QStringLiteral("central "), QStringLiteral("supreme ")};
        for (const QString &q : qualifiers) {
            if (!g.key.startsWith(q))
                continue;
            const int shorter = byKey.value(g.key.mid(q.size()), -1);
            if (shorter >= 0 && argmax(groups.at(shorter).votes) == 1)
                uf.unite(shorter, i);
        }
    }

    // Which articles each full name appears in, to settle a surname shared by several people.
    for (const QList<int> &bucket : std::as_const(bySurname)) {
        for (int g : bucket) {
            for (const auto &m : groups.at(g).mentions)
                articlesOfPerson[uf.find(g)].insert(m.first);
        }
    }

    // "Rosales" after "Atlético Rosales", "Maracá" after "Esporte Clube Maracá": an organization
    // whose name opens with its kind goes by its last word, unless that word names a place here
    // ("Innsbruck" beside "Klinik Innsbruck": the clinic is named after the city).
    {
        QHash<QString, QList<int>> byLastWord;
        for (int i = 0; i < groups.size(); ++i) {
            const Group &g = groups.at(i);
            const QStringList w = words(g.key);
            if (g.words >= 2 && w.size() >= 2 && argmax(g.votes) == 1 && opensOrganizationName(w.first())
                && !w.contains(QStringLiteral("of")) && !w.contains(QStringLiteral("for")) && !w.contains(QStringLiteral("and")))
                byLastWord[w.last()].append(i);
        }
        for (int i = 0; i < groups.size(); ++i) {
            const Group &g = groups.at(i);
            if (g.words != 1 || g.gazetteer || g.acronym || g.mentions.isEmpty() || (argmax(g.votes) == 2 && g.votes[2] > 0))
                continue;
            const QList<int> roots = distinctRoots(uf, byLastWord.value(g.key));
            if (roots.size() == 1)
                uf.unite(roots.first(), i);
        }
    }
    // "Tico" after "Thiago “Tico” Albuquerque", "El Flaco" after "Marcelo “El Flaco” Benítez";
    // "Tico Albuquerque" too: the nickname with the surname.
    for (auto it = nicknames.cbegin(); it != nicknames.cend(); ++it) {
        const int full = byKey.value(it.value(), -1);
        const int named = byKey.value(it.key(), -1);
        const int withSurname = byKey.value(it.key() + u' ' + it.value().section(u' ', -1), -1);
        for (int other : {named, withSurname}) {
            if (other >= 0 && full >= 0 && other != full && !groups.at(other).gazetteer)
                uf.unite(full, other);
        }
    }
}

// Whether the words of a short name are a fuller name's with some left out: "Ergon" and "Ergon
// Energy", "Ministry of Labour" and "Ministry of Labour and Employment Promotion" (words dropped
// at the end of a body's name, where the short one has no head of its own: "Coast Guard" and
// "Coast Guard Rescue Centre" are two bodies); "Kelantan Health Department" and "Kelantan State Health Department", "Ngurah Rai
// airport" and "Ngurah Rai International Airport" (words dropped inside, the first and last
// kept); "Jorge Huaman" and "Jorge Huamán Quispe" (a person's second surname dropped).
bool wordsLeftOut(const QStringList &s, const QStringList &f, int kind, bool placeFirst)
{
    if (s.size() >= f.size() || s.isEmpty())
        return false;
    // "Antwerp prosecutor's office" and "Public Prosecutor's Office Antwerp", "Queensland police"
    // and "Queensland Police Service": a body named by its place and a run of its words.
    if (kind == 1 && placeFirst && s.size() >= 2 && (f.first() == s.first() || f.last() == s.first())) {
        const QStringList rest = s.mid(1);
        const QStringList within = f.first() == s.first() ? f.mid(1) : f.mid(0, f.size() - 1);
        for (qsizetype at = 0; at + rest.size() <= within.size(); ++at) {
            if (within.mid(at, rest.size()) == rest)
                return true;
        }
    }
    if (kind == 0)
        return s.size() == 2 && f.size() == 3 && nameSkeleton(s.at(0)) == nameSkeleton(f.at(0))
               && nameSkeleton(s.at(1)) == nameSkeleton(f.at(1));
    if (std::equal(s.cbegin(), s.cend(), f.cbegin()))
        return kind == 1 && !NameWords::instance().organizationHeads.contains(s.last());
    if (s.size() < 2 || s.first() != f.first() || s.last() != f.last())
        return false;
    qsizetype at = 1;
    for (qsizetype k = 1; k + 1 < s.size(); ++k) {
        while (at + 1 < f.size() && f.at(at) != s.at(k))
            ++at;
        if (at + 1 >= f.size())
            return false;
        ++at;
    }
    return true;
}

// A name written with some of its words left out, in the corpus where one fuller name of the same
// kind keeps them all (see wordsLeftOut). A short name of one word must be no ordinary word
// ("the Ministry") and none the lists know as a name of its own ("Siemens" beside "Siemens Energy").
void uniteNamesWithWordsLeftOut(Resolution &r)
{
    const Gazetteer &gaz = Gazetteer::instance();
    QList<QStringList> w;
    QHash<QString, QList<int>> byEnd; // fuller names by their first and by their last word
    for (int i = 0; i < r.groups.size(); ++i) {
        w.append(words(r.groups.at(i).key));
        if (w.last().size() >= 2 && !r.groups.at(i).mentions.isEmpty()) {
            byEnd[nameSkeleton(w.last().first())].append(i);
            if (w.last().last() != w.last().first())
                byEnd[nameSkeleton(w.last().last())].append(i);
        }
    }
    // (twice: a fuller name found twice is one once its two spellings are joined)
    for (int pass = 0; pass < 2 * r.groups.size(); ++pass) {
        const int i = pass % int(r.groups.size());
        const Group &g = r.groups.at(i);
        const int kind = argmax(g.votes);
        const QStringList &s = w.at(i);
        if (g.mentions.isEmpty() || g.acronym || g.gazetteer || g.votes[kind] <= 0
            || (s.size() == 1 && (kind != 1 || gaz.isCommonWord(s.first()) || g.prior[kind] > 0)))
            continue;
        const auto known = gaz.lookup(s.first());
        const int named = r.byKey.value(s.first(), -1);
        const bool placeFirst = (known && known->type == EntityType::Place) || (named >= 0 && argmax(r.groups.at(named).votes) == 2);
        QList<int> fuller;
        for (int j : byEnd.value(nameSkeleton(s.first()))) {
            const int root = r.uf.find(j);
            if (j != i && argmax(r.groups.at(j).votes) == kind && wordsLeftOut(s, w.at(j), kind, placeFirst) && !fuller.contains(root))
                fuller.append(root);
        }
        if (fuller.size() == 1 && fuller.first() != r.uf.find(i))
            r.uf.unite(fuller.first(), i);
    }
}

// The names of several words that are no person's, by their initials.
QHash<QString, QList<int>> namesByInitials(const Resolution &r)
{
    QHash<QString, QList<int>> byInitials;
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        // (A group left without mentions, a thing's or a service's name, is no entity to expand to.)
        if (g.words >= 2 && !g.mentions.isEmpty() && !isPerson(g) && argmax(g.votes) != 0) {
            const QString &text = g.mentions.first().second->text;
            byInitials[initials(text)].append(i);
            // "HHS" for the "U.S. Department of Health and Human Services": the initials of what a
            // body's name says it is of.
            const qsizetype of = text.indexOf(QStringLiteral(" of "));
            if (const QString tail = of > 0 ? initials(text.mid(of + 4)) : QString(); tail.size() >= 2)
                byInitials[tail].append(i);
        }
    }
    return byInitials;
}

// "the Kelbridge CFWC" for the "Coastal Flood Warning Centre in Kelbridge": a place's name and
// initials in capitals name the one body of the corpus the initials stand for.
void uniteTownsInitials(Resolution &r, const QHash<QString, QList<int>> &byInitials)
{
    const Gazetteer &gaz = Gazetteer::instance();
    for (int i = 0; i < r.groups.size(); ++i) {
        const Group &g = r.groups.at(i);
        const QStringList w = words(g.key);
        if (w.size() != 2 || g.mentions.isEmpty() || argmax(g.votes) != 1)
            continue;
        const QString last = g.mentions.first().second->text.section(u' ', -1);
        if (last.size() < 3 || last != last.toUpper() || !last.at(0).isLetter())
            continue;
        const auto known = gaz.lookup(w.first());
        const int named = r.byKey.value(w.first(), -1);
        if (!(known && known->type == EntityType::Place) && !(named >= 0 && argmax(r.groups.at(named).votes) == 2))
            continue;
        QList<int> roots = distinctRoots(r.uf, byInitials.value(w.last()));
        roots.removeAll(r.uf.find(i));
        if (roots.size() == 1 && argmax(r.groups.at(roots.first()).votes) == 1)
            r.uf.unite(roots.first(), i);
    }
}

void attachSingleWords(Resolution &r)
{
    const Gazetteer &gaz = Gazetteer::instance();
    // Single words: a surname, a Chinese family name, or an acronym of a longer name.
    const QHash<QString, QList<int>> byInitials = namesByInitials(r);
    uniteTownsInitials(r, byInitials);
    for (int i = 0; i < r.groups.size(); ++i) {
        Group &g = r.groups[i];
        if (g.words != 1 || g.gazetteer || r.uf.find(i) != i)
            continue; // (already joined to a longer name above)
        // "IOPC", and "Namport" after "the Namibian Ports Authority (Namport)": a short form the
        // corpus defines names what it stands for.
        const QString expansion = r.acronymDefinitions.value(g.key);
        int target = expansion.isEmpty() ? -1 : r.byKey.value(Gazetteer::folded(expansion), -1);
        if (target < 0 && !expansion.isEmpty())
            target = r.byKey.value(Gazetteer::folded(acronymKey(expansion)), -1);
        if (target >= 0) {
            r.uf.unite(target, i);
            continue;
        }
        if (g.acronym) {
            // "(TSE: 2925)": a listing code before a ticker is a code, whose letters need not be
            // the initials of a name that happens to fit them (another exchange's, here).
            const bool codeOnly = std::all_of(g.mentions.cbegin(), g.mentions.cend(), [](const auto &m) { return m.second->listingCode; });
            const QList<int> roots = codeOnly ? QList<int>() : distinctRoots(r.uf, byInitials.value(g.key));
            if (roots.size() == 1)
                r.uf.unite(roots.first(), i);
            continue;
        }
        // (a word WordNet knows as a place may still be the surname of someone named here)
        if (g.votes[1] - g.prior[1] > g.votes[0] || g.votes[2] - g.prior[2] > g.votes[0])
            continue;
        const QString skeleton = nameSkeleton(g.key);
        QList<int> candidates = distinctRoots(r.uf, r.bySurname.value(skeleton));
        if (candidates.isEmpty() && !gaz.isGivenName(g.key))
            candidates = distinctRoots(r.uf, r.byFirstWord.value(skeleton));
        if (candidates.size() == 1) {
            r.uf.unite(candidates.first(), i);
            continue;
        }
        if (candidates.isEmpty())
            continue;
        // Several people share the name: each mention goes to the one its own article names.
        QList<std::pair<int, const NameCandidate *>> kept;
        for (const auto &m : g.mentions) {
            QList<int> here;
            for (int c : candidates) {
                if (r.articlesOfPerson.value(c).contains(m.first))
                    here.append(c);
            }
            if (here.size() == 1) {
                r.reassigned.append(m);
                r.reassignedTo.append(here.first());
            } else {
                kept.append(m);
            }
        }
        g.mentions = kept;
    }
}

QList<Entity> buildEntities(Resolution &r)
{
    QList<Group> &groups = r.groups;
    UnionFind &uf = r.uf;
    QList<std::pair<int, const NameCandidate *>> &reassigned = r.reassigned;
    QList<int> &reassignedTo = r.reassignedTo;
    // Collect the groups into entities.
    QHash<int, int> entityOfRoot;
    struct Draft
    {
        std::array<int, 3> votes{};
        QString canonical;
        QList<std::pair<int, const NameCandidate *>> mentions;
    };
    QList<Draft> drafts;
    auto draftFor = [&](int root) -> Draft & {
        auto it = entityOfRoot.constFind(root);
        if (it == entityOfRoot.cend()) {
            it = entityOfRoot.insert(root, int(drafts.size()));
            drafts.append(Draft{});
        }
        return drafts[*it];
    };
    for (int i = 0; i < groups.size(); ++i) {
        const Group &g = groups.at(i);
        if (g.mentions.isEmpty())
            continue;
        Draft &d = draftFor(uf.find(i));
        for (int v = 0; v < 3; ++v)
            d.votes[v] += g.votes[v];
        if (!g.canonical.isEmpty())
            d.canonical = g.canonical;
        d.mentions += g.mentions;
    }
    for (qsizetype k = 0; k < reassigned.size(); ++k) {
        Draft &d = draftFor(uf.find(reassignedTo.at(k)));
        d.mentions.append(reassigned.at(k));
        d.votes[0] += 1;
    }

    QList<Entity> entities;
    for (Draft &d : drafts) {
        if (d.mentions.isEmpty() || *std::max_element(d.votes.begin(), d.votes.end()) <= 0)
            continue; // no evidence of what it is: a capitalised word, not a name
        Entity e;
        e.type = typeOf(argmax(d.votes));
        std::sort(d.mentions.begin(), d.mentions.end(), [](const auto &x, const auto &y) {
            return x.first != y.first ? x.first < y.first : x.second->range.start < y.second->range.start;
        });
        QHash<QString, int> spellingCount;
        QHash<QString, int> spellingWords;
        for (const auto &[article, c] : std::as_const(d.mentions)) {
            Mention m;
            m.article = article;
            m.range = c->range;
            m.text = c->text;
            e.mentions.append(m);
            spellingCount[c->text] += 1;
            // "The Local" counts its article: the fuller spelling of "Local" (articlednames.h)
            spellingWords[c->text] = std::max(c->words, int(c->text.count(u' ')) + 1);
        }
        e.spellings = spellingCount.keys();
        std::sort(e.spellings.begin(), e.spellings.end(), [&](const QString &x, const QString &y) {
            return spellingCount.value(x) != spellingCount.value(y) ? spellingCount.value(x) > spellingCount.value(y) : x < y;
        });
        if (!d.canonical.isEmpty()) {
            e.name = d.canonical;
        } else {
            // The fullest form: most words, then most frequent; all-capital credits last.
            e.name = *std::max_element(e.spellings.begin(), e.spellings.end(), [&](const QString &x, const QString &y) {
                const bool xc = x == x.toUpper() && x.size() > 4;
                const bool yc = y == y.toUpper() && y.size() > 4;
                if (xc != yc)
                    return xc;
                if (spellingWords.value(x) != spellingWords.value(y))
                    return spellingWords.value(x) < spellingWords.value(y);
                return spellingCount.value(x) < spellingCount.value(y);
            });
        }
        entities.append(std::move(e));
    }
    return entities;
}

} // namespace

QString nameSkeleton(QStringView name)
{
    QString out;
    out.reserve(name.size());
    const QString lower = name.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QChar prev;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        QChar c = lower.at(i);
        if (c == u' ') {
            out.append(c);
            prev = c;
            continue;
        }
        if (!c.isLetter())
            continue;
        if (c == u'y' && prev != QChar() && prev != u' ')
            c = u'i';
        if (c == u'h' && (prev == u'k' || prev == u'z')) // kh/h, zh/z transliterations
            continue;
        if (c == prev)
            continue;
        out.append(c);
        prev = c;
    }
    return out;
}

QList<Entity> resolveNames(const QList<ArticleNames> &names)
{
    Resolution r;
    groupCandidates(names, r);
    settleKinds(names, r);
    unitePlacesAndBodies(names, r);
    uniteShortBodyNames(r);
    uniteFirstFunctionNames(r);
    uniteMembersWithTheirBody(r);
    uniteHyphenedInitials(r);
    uniteNamesWithoutTheirPlace(r);
    uniteTranslatedPlacesAndBodies(r);
    uniteDescribedNames(names, r);
    unitePeople(r);
    uniteNamesWithWordsLeftOut(r);
    uniteHeadFirstWithHeadLast(r);
    uniteReorderedBodies(names, r);
    attachSingleWords(r);
    return buildEntities(r);
}
