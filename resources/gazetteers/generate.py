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
  subdivisions.txt first-level subdivision names (ISO 3166-2) with the generic
                   administrative words ("Sheng", "Province", ", Respublika") removed.
Hand-kept lists beside this script (cities.txt, regions.txt, organizations.txt,
givennames.txt, demonyms.txt, aliases.txt, titles.txt) are edited directly.
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


if __name__ == "__main__":
    main()
