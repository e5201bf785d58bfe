#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the hand-kept lists of well-known names (knownbodies.txt, knowntowns.txt).

A name in these lists gives a weak vote for its kind, so it must not be something else
just as often. The check drops, and names with the reason:
  - names of fewer than 4 letters ("Kia", "PSG");
  - ordinary English words (commonwords.txt: "Orange", "Fortune");
  - common given names (givennames.txt: "Florence", "Aurora");
  - very common surnames (the set below: "Jackson", "Lincoln");
  - names another list already gives (cities, organizations, countries, subdivisions, regions);
  - a name twice, in one list or in both.

  checkknown.py          report what would be dropped
  checkknown.py --fix    rewrite the lists without it (comment lines are kept)
"""

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KNOWN = ("knownbodies.txt", "knowntowns.txt")
OTHERS = ("cities.txt", "organizations.txt", "countries.txt", "subdivisions.txt", "regions.txt")

# Surnames common enough in English-speaking countries that a town or firm of that name is
# more often a person in a story (general knowledge, not from any corpus).
SURNAMES = set("""
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin
jackson thompson white harris clark lewis robinson walker young allen king wright scott hill
green adams baker nelson carter mitchell roberts turner phillips campbell parker evans edwards
collins stewart morris murphy cook rogers morgan cooper peterson bailey reed kelly howard cox
ward richardson watson brooks wood james bennett gray hughes price sanders myers long ross
foster powell jenkins perry russell sullivan bell coleman butler henderson barnes fisher
washington lincoln hamilton jefferson madison monroe franklin montgomery ferguson marshall
gordon graham wallace murray kennedy hunt palmer mills warren fox rose stone dixon
""".split())


def key(name: str) -> str:
    """The gazetteer's key, without accents: "Zürich" and "zurich" are one name."""
    decomposed = unicodedata.normalize("NFD", name.replace("\u2019", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def names(file: str) -> list[str]:
    lines = (HERE / file).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def reason(name: str, common: set[str], given: set[str], others: set[str]) -> str | None:
    k = key(name)
    if sum(c.isalpha() for c in name) < 4:
        return "fewer than 4 letters"
    if name.lower() in common:
        return "ordinary word"
    if k in given:
        return "given name"
    if k in SURNAMES:
        return "common surname"
    if k in others:
        return "in another list"
    return None


def check(fix: bool) -> int:
    common = set(names("commonwords.txt"))
    given = {key(n) for n in names("givennames.txt")}
    others: set[str] = set()
    for file in OTHERS:
        for line in (HERE / file).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                others.update(key(field) for field in line.split("\t"))
    seen: set[str] = set()
    dropped = 0
    for file in KNOWN:
        kept = []
        for line in (HERE / file).read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                kept.append(line)
                continue
            why = "twice" if key(line) in seen else reason(line, common, given, others)
            seen.add(key(line))
            if why:
                print(f"{file}: {line}: {why}")
                dropped += 1
            else:
                kept.append(line)
        if fix:
            (HERE / file).write_text("\n".join(kept) + "\n", encoding="utf-8")
    return dropped


if __name__ == "__main__":
    count = check("--fix" in sys.argv[1:])
    print(f"{count} names {'dropped' if '--fix' in sys.argv[1:] else 'to drop'}", file=sys.stderr)
    sys.exit(0)
