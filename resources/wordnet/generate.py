#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the compact WordNet tables that Parallax ships as resources.

Reads Debian's wordnet-base files (/usr/share/wordnet, inside the build root)
and writes, beside this script:

  synonyms.txt   one line per word: `word<TAB>synonym keys<TAB>related keys`,
                 and per phrasal verb ("touch_down", "shut_down").
                 Synonym keys are the word's most frequent senses (synsets);
                 related keys are the hypernyms, similar-to heads and
                 derivationally related synsets of its two most frequent
                 senses. Keys are dense base-36 numbers; a key shared by no
                 other word is dropped, since it can never link two words.
  people.txt     one word per line: the nouns one of whose two most frequent
                 senses is a kind of person (WordNet's person.n.01 among its
                 hypernyms): "resident", "firefighter", "miner". A number
                 of them counts people ("400 residents" ~ "some 350 people").
  antonyms.txt   one line per adjective or verb with antonyms: `word<TAB>antonyms`
                 ("open" -> "close closed shut ..."), from its most frequent senses.
  morphology.txt one line per irregular form: `form<TAB>base` (WordNet's
                 *.exc lists: "met" -> "meet", "children" -> "child").

Run it again (packaging/env.sh python3 resources/wordnet/generate.py) when
WordNet changes; the output is committed so the app never reads
/usr/share/wordnet at run time.
"""

import argparse
from collections import defaultdict
from pathlib import Path

from wordnetfiles import FOLDER, PARTS_OF_SPEECH, index_senses, records

POS = dict(zip(PARTS_OF_SPEECH, ("n", "v", "a", "r")))
SENSES = {"n": 3, "v": 3, "a": 3, "r": 2}  # most frequent senses kept per part of speech
RELATED_SENSES = 2
RELATIONS = {"@", "@i", "&", "+"}  # hypernym, instance hypernym, similar to, derivation


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if number == 0:
            return text


def usable(lemma: str) -> bool:
    """Single lower-case words only: the engine compares word by word."""
    return lemma.isascii() and lemma.isalpha() and lemma.islower() and len(lemma) > 1


# Particles after which a verb means something else ("touch down" lands, "shut down" closes):
# the engine looks a verb and the particle right after it up as one ("touch_down").
PARTICLES = ("down", "up", "off", "out", "over", "away", "back")


def usable_phrasal(lemma: str, pos: str) -> bool:
    """A verb and a particle, "touch_down": read by the engine in place of the verb's own senses."""
    verb, _, particle = lemma.partition("_")
    return pos == "v" and particle in PARTICLES and usable(verb)


def read_index(folder: Path):
    """word -> list of (pos, synset offset) in sense-frequency order, only words seen in SemCor."""
    senses = defaultdict(list)
    for name, pos in POS.items():
        for fields in records(folder / f"index.{name}"):
            lemma = fields[0]
            offsets, tagged = index_senses(fields)
            if not (usable(lemma) or usable_phrasal(lemma, pos)) or tagged == 0:
                continue
            senses[lemma] += [(pos, offset) for offset in offsets]
    return senses


def read_pointers(folder: Path, name: str):
    """Each synset of data.<name>: its offset and its pointers as (symbol, offset, pos)."""
    for fields in records(folder / f"data.{name}"):
        at = 4 + 2 * int(fields[3], 16)
        pointer_count = int(fields[at])
        yield fields[0], [tuple(fields[at + 1 + 4 * i:at + 4 + 4 * i]) for i in range(pointer_count)]


def read_relations(folder: Path, wanted: set):
    """(pos, offset) -> related (pos, offset) for the synsets in `wanted`."""
    related = {}
    for name, pos in POS.items():
        for offset, pointers in read_pointers(folder, name):
            if (pos, offset) in wanted:
                related[(pos, offset)] = [("a" if p == "s" else p, target)
                                          for symbol, target, p in pointers if symbol in RELATIONS]
    return related


PERSON = ("n", "00007846")  # person.n.01 in WordNet 3.0
PERSON_SENSES = 2


def read_hypernyms(folder: Path):
    """Noun synset offset -> its hypernym offsets, and word -> noun synsets in sense order."""
    hypernyms, nouns = {}, defaultdict(list)
    for offset, pointers in read_pointers(folder, "noun"):
        hypernyms[offset] = [target for symbol, target, _ in pointers if symbol in ("@", "@i")]
    for fields in records(folder / "index.noun"):
        if usable(fields[0]):
            nouns[fields[0]] = index_senses(fields)[0]
    return hypernyms, nouns


def person_nouns(folder: Path):
    hypernyms, nouns = read_hypernyms(folder)
    memo = {}

    def is_person(offset, depth=0):
        if offset == PERSON[1]:
            return True
        if offset in memo or depth > 30:
            return memo.get(offset, False)
        memo[offset] = any(is_person(h, depth + 1) for h in hypernyms.get(offset, []))
        return memo[offset]

    return sorted(w for w, offsets in nouns.items() if any(is_person(o) for o in offsets[:PERSON_SENSES]))


def read_synsets(folder: Path, name: str):
    """Each synset of data.<name>: offset -> (its words in order, its pointers as
    (symbol, target offset, target pos, source word number, target word number))."""
    synsets = {}
    for fields in records(folder / f"data.{name}"):
        word_count = int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(word_count)]
        at = 4 + 2 * word_count
        pointers = []
        for i in range(int(fields[at])):
            symbol, target, pos, numbers = fields[at + 1 + 4 * i:at + 5 + 4 * i]
            pointers.append((symbol, target, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
        synsets[fields[0]] = (words, pointers)
    return synsets


def antonyms(folder: Path, index) -> dict:
    """word -> the words WordNet gives as its antonyms ("open" -> "closed", "shut"), for the
    adjectives and verbs of a word's most frequent senses. A satellite adjective takes its head's
    antonyms ("shut" is like "closed", whose antonym is "open"); an antonym is spread to the other
    words of its synset ("closed" and "shut" both oppose "open")."""
    found = defaultdict(set)
    for name, pos in (("adj", "a"), ("verb", "v")):
        synsets = read_synsets(folder, name)

        def opposed(offset):
            words, pointers = synsets[offset]
            targets = {t for symbol, t, p, _, _ in pointers if symbol == "!" and p in ("a", "s", "v")}
            if not targets:  # a satellite: its head's antonyms
                for symbol, head, _, _, _ in pointers:
                    if symbol == "&":
                        targets |= {t for sym, t, _, _, _ in synsets[head][1] if sym == "!"}
            return targets

        for lemma, senses in index.items():
            kept = [offset for p, offset in senses if ("a" if p == "s" else p) == pos][:RELATED_SENSES]
            for offset in kept:
                for target in opposed(offset):
                    found[lemma] |= {w for w in synsets[target][0] if usable(w) and w != lemma}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default=str(FOLDER))
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = parser.parse_args()
    folder, out = Path(args.wordnet), Path(args.out)

    index = read_index(folder)
    synonyms, wanted = {}, set()
    for lemma, senses in index.items():
        kept, per_pos = [], defaultdict(int)
        for pos, offset in senses:
            pos = "a" if pos == "s" else pos
            per_pos[pos] += 1
            if per_pos[pos] <= SENSES[pos]:
                kept.append((pos, offset))
        synonyms[lemma] = kept
        wanted.update(kept)
    relations = read_relations(folder, wanted)
    related = {}
    for lemma, kept in synonyms.items():
        seen_pos, targets = defaultdict(int), []
        for key in kept:
            seen_pos[key[0]] += 1
            if seen_pos[key[0]] <= RELATED_SENSES:
                targets += relations.get(key, [])
        related[lemma] = [t for t in dict.fromkeys(targets) if t not in kept]

    users = defaultdict(int)
    for lemma in synonyms:
        for key in set(synonyms[lemma]) | set(related[lemma]):
            users[key] += 1
    dense = {}

    def encode(keys):
        codes = []
        for key in keys:
            if users[key] < 2:
                continue
            if key not in dense:
                dense[key] = len(dense)
            codes.append(base36(dense[key]))
        return " ".join(codes)

    lines = []
    for lemma in sorted(synonyms):
        own, rel = encode(synonyms[lemma]), encode(related[lemma])
        if own or rel:
            lines.append(f"{lemma}\t{own}\t{rel}\n")
    header = "# Generated by generate.py from WordNet 3.0 (Princeton University); see its LICENSE. Do not edit.\n"
    (out / "synonyms.txt").write_text(header + "".join(lines), encoding="utf-8")

    (out / "people.txt").write_text(header + "".join(f"{w}\n" for w in person_nouns(folder)), encoding="utf-8")

    opposites = antonyms(folder, index)
    (out / "antonyms.txt").write_text(
        header + "".join(f"{w}\t{' '.join(sorted(opposites[w]))}\n" for w in sorted(opposites) if opposites[w]), encoding="utf-8")

    forms = []
    for name in ("noun", "verb", "adj"):
        for fields in records(folder / f"{name}.exc"):
            if len(fields) >= 2 and usable(fields[0]) and usable(fields[1]) and fields[1] in index:
                forms.append(f"{fields[0]}\t{fields[1]}\n")
    (out / "morphology.txt").write_text(header + "".join(sorted(set(forms))), encoding="utf-8")


if __name__ == "__main__":
    main()
