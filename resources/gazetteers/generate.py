#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the generated gazetteers from Debian's well-kept data files.

Run inside the build root (packaging/env.sh python3 resources/gazetteers/generate.py):
  commonwords.txt  ordinary English words (WordNet lemmas written in lower case that
                   are either used in the SemCor sense-tagged corpus or have no
                   capitalised use at all), plus closed-class words WordNet leaves out.
                   A capitalised word found here is only a name with other evidence.
  countries.txt    country names from iso-codes (ISO 3166-1 common, short and
                   official names), each with its usual short form; alpha-2/alpha-3
                   codes are left out (too many collide with ordinary acronyms).
  countrycodes.txt ISO 3166-1 alpha-3 codes ("KEN", "ETH"), each with its country's usual short
                   form: read only where a table gives a person's country in brackets.
  subdivisions.txt first-level subdivision names (ISO 3166-2) with the generic
                   administrative words ("Sheng", "Province", ", Respublika") removed.
  wordnetplaces.txt, wordnetbodies.txt
                   WordNet's named instances of places, landmarks and organizations
                   ("Aberdeen", "Acropolis", "Kuomintang"), without names it also gives a
                   person and one-word names that are ordinary words or given names.
Hand-kept lists beside this script (cities.txt, regions.txt, organizations.txt,
givennames.txt, demonyms.txt, aliases.txt, titles.txt, knowntowns.txt, knownbodies.txt)
are edited directly; checkknown.py checks the last two against the others.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "wordnet"))
from wordnetfiles import FOLDER as WORDNET, PARTS_OF_SPEECH, index_senses, records  # noqa: E402

ISO = Path("/usr/share/iso-codes/json")

# Words WordNet does not hold (it has nouns, verbs, adjectives and adverbs only).
CLOSED_CLASS = """
a an the this that these those there here it its it's he him his she her hers they them their
theirs we us our ours you your yours i me my mine who whom whose which what whatever whoever
and or but nor so yet for of in on at by to from with without within into onto upon over under
about above below after before since until till while although though because if unless whether
as than then when where why how both either neither each every all any some no none not only
also even just still already again ever never always often sometimes however moreover meanwhile
nevertheless nonetheless furthermore therefore thus hence instead otherwise besides despite amid
amidst among amongst between through throughout during against toward towards across along
around behind beyond beside near off out per via versus vs unlike like including regarding
concerning following according can could may might must shall should will would do does did done
is are was were be been being am has have had having not yes oh okay ok let let's another other
others such same own many much more most less least few fewer several one two three four five
six seven eight nine ten first second third last next new old
""".split()


def wordnet_common() -> set[str]:
    tagged: set[str] = set()
    for pos in PARTS_OF_SPEECH:
        for fields in records(WORDNET / f"index.{pos}"):
            lemma = fields[0]
            if index_senses(fields)[1] > 0 and lemma.isalpha():
                tagged.add(lemma)
    lower: set[str] = set()
    capitalised: set[str] = set()
    senses: dict[str, int] = {}  # lower-case senses less capitalised ones, by word
    for pos in PARTS_OF_SPEECH:
        for fields in records(WORDNET / f"data.{pos}"):
            count = int(fields[3], 16)
            for i in range(count):
                word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                if not word.isalpha():
                    continue
                (lower if word.islower() else capitalised).add(word.lower())
                senses[word.lower()] = senses.get(word.lower(), 0) + (1 if word.islower() else -1)
    common = {w for w in lower if w in tagged}
    common |= {w for w in lower if w not in capitalised and len(w) >= 5}
    # British spellings of ordinary words ("centre", "metre") are as ordinary as the American
    # ones SemCor tags, though WordNet lists them untagged and some also name a region; not
    # where the name is the word's main use ("Louvre").
    common |= {w for w in lower if senses[w] > 1 and re.fullmatch(r"[a-z]+[^aeiou]re", w) and w[:-2] + "er" in common}
    # A word tagged in SemCor whose usual use is as a name is still not ordinary
    # when its only lower-case senses are rare (e.g. "china" porcelain): the
    # gazetteers are consulted before this list, so that is harmless.
    for pos in PARTS_OF_SPEECH:
        for parts in records(WORDNET / f"{pos}.exc"):
            if len(parts) >= 2 and parts[0].isalpha() and parts[1] in common:
                common.add(parts[0])
    return common | set(CLOSED_CLASS)


SUBDIVISION_NOISE = re.compile(
    r"\b(Sheng|Shi|Zizhiqu|Tebiexingzhengqu|Province|Provincia|Region|Oblast'?|oblast'?|kraj|"
    r"Respublika|avtonomnyj okrug|avtonomnaja oblast'|Governorate|Prefecture|State|District|"
    r"Department|County|Municipality|Voivodeship)\b"
)


def iso_alpha3() -> list[str]:
    entries = json.loads((ISO / "iso_3166-1.json").read_text())["3166-1"]
    return sorted(f"{e['alpha_3']}\t{e.get('common_name') or e['name'].split(', ')[0]}" for e in entries)


def iso_places(common: set[str]) -> tuple[list[str], list[str]]:
    countries: dict[str, str] = {}
    for entry in json.loads((ISO / "iso_3166-1.json").read_text())["3166-1"]:
        # The short form people write: "Bolivia" for "Bolivia, Plurinational State of".
        canonical = entry.get("common_name") or entry["name"].split(", ")[0]
        for key in ("name", "common_name", "official_name"):
            name = entry.get(key)
            if not name:
                continue
            if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
                head, tail = name.split(", ", 1)
                name = f"{tail} {head}"
            countries.setdefault(name, canonical)
    subdivisions: set[str] = set()
    for entry in json.loads((ISO / "iso_3166-2.json").read_text())["3166-2"]:
        if entry.get("parent"):
            continue  # first level only: second-level names are mostly obscure
        name = entry["name"].split(" (")[0].split(",")[0]
        name = " ".join(SUBDIVISION_NOISE.sub("", name).split())
        # Names that are also ordinary words ("Centre", "Central") need more than a lookup.
        if len(name) >= 4 and not name.islower() and name.lower() not in common:
            subdivisions.add(name)
    return [f"{n}\t{c}" for n, c in sorted(countries.items())], sorted(subdivisions - set(countries))


# Noun synsets under which WordNet's named instances are places or bodies (WordNet 3.0 offsets).
LOCATION = "00027167"        # location.n.01: cities, regions, rivers, mountains, seas
STRUCTURE = "04341686"       # structure.n.01: named buildings and landmarks ("Acropolis")
ORGANIZATION = "08008335"    # organization.n.01: parties, agencies, unions ("Kuomintang", "Interpol")
PERSON = "00007846"          # person.n.01: a name also borne by a famous person is left out
CONNECTORS = {"of", "and", "the", "de", "del", "la", "le", "e", "y", "on", "upon", "for", "al", "el", "da", "do", "du", "des", "di"}


def wordnet_instances(common: set[str], given: set[str]) -> tuple[list[str], list[str]]:
    """Named instances of places and bodies in WordNet ("Aberdeen", "Catalonia", "Kuomintang").
    Left out: names that WordNet also gives a person ("Darwin", "Lincoln"), given names
    ("Florence"), ordinary words of one word ("Reading", "Mobile"), names of fewer than four
    letters, and names whose kind is both."""
    hypernyms, words = {}, {}
    for fields in records(WORDNET / "data.noun"):
        count = int(fields[3], 16)
        words[fields[0]] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).replace("_", " ") for i in range(count)]
        at = 4 + 2 * count
        pointers = [tuple(fields[at + 1 + 4 * i:at + 3 + 4 * i]) for i in range(int(fields[at]))]
        hypernyms[fields[0]] = ([t for sym, t in pointers if sym == "@i"], [t for sym, t in pointers if sym == "@"])
    memo: dict[tuple[str, str], bool] = {}

    def under(offset: str, target: str, depth: int = 0) -> bool:
        if offset == target:
            return True
        if depth > 30 or (offset, target) in memo:
            return memo.get((offset, target), False)
        memo[(offset, target)] = False
        instance_of, kind_of = hypernyms.get(offset, ([], []))
        memo[(offset, target)] = any(under(h, target, depth + 1) for h in instance_of + kind_of)
        return memo[(offset, target)]

    kinds: dict[str, set[str]] = {}
    for offset, (instance_of, _) in hypernyms.items():
        # Instances, and kinds written with capitals ("Kuomintang" is a political party in WordNet)
        if not instance_of and not any(w[:1].isupper() for w in words[offset]):
            continue
        kind = ("person" if under(offset, PERSON) else "organization" if under(offset, ORGANIZATION)
                else "place" if under(offset, LOCATION) or under(offset, STRUCTURE) else "other")
        if not instance_of and kind != "organization":
            continue  # "African country": a kind, no name
        for name in words[offset]:
            kinds.setdefault(name, set()).add(kind)
    places, bodies = [], []
    for name, kind in sorted(kinds.items()):
        key = name.lower()
        if len(kind) != 1 or name.islower() or len(name) < 4 or not name[0].isupper() or not re.fullmatch(r"[A-Za-z .'-]+", name):
            continue
        if " " not in name and (key in common or key in given):
            continue
        if any(w[0].islower() and w not in CONNECTORS for w in re.split(r"[ -]", name) if w):
            continue  # "Amish sect", "A-horizon"
        parts = [w.lower() for w in re.split(r"[ -]", name) if w and w not in CONNECTORS]
        if kind == {"organization"} and all(w in common for w in parts):
            continue  # "Security Council", "Air Force": every country has one
        (places if kind == {"place"} else bodies if kind == {"organization"} else []).append(name)
    return places, bodies


def write(name: str, header: str, lines) -> None:
    (HERE / name).write_text(f"# {header}\n# Generated by generate.py; do not edit.\n" + "\n".join(lines) + "\n",
                             encoding="utf-8")


def main() -> None:
    common = wordnet_common()
    write("commonwords.txt", "Ordinary English words (lower case), from WordNet", sorted(common))
    countries, subdivisions = iso_places(common)
    write("countries.txt", "Country names and their usual short form (tab-separated), from iso-codes ISO 3166-1",
          countries)
    write("subdivisions.txt", "First-level subdivisions, from iso-codes ISO 3166-2", subdivisions)
    write("countrycodes.txt", "ISO 3166-1 alpha-3 codes and their country's short form (tab-separated), from iso-codes",
          iso_alpha3())
    given = {line.strip().lower() for line in (HERE / "givennames.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    places, bodies = wordnet_instances(common, given)
    write("wordnetplaces.txt", "Places and landmarks named in WordNet 3.0 (Princeton University; see its LICENSE)", places)
    write("wordnetbodies.txt", "Organizations named in WordNet 3.0 (Princeton University; see its LICENSE)", bodies)


if __name__ == "__main__":
    main()
