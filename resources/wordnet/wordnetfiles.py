# SPDX-FileCopyrightText: 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading Debian's WordNet files, for the generators in resources/wordnet and resources/gazetteers."""
from pathlib import Path

FOLDER = Path("/usr/share/wordnet")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


def records(path: Path):
    """The fields of each line of an index.*, data.* or *.exc file, without the licence
    lines at the top of index and data files (they start with a space)."""
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            yield line.split()


def index_senses(fields: list[str]) -> tuple[list[str], int]:
    """An index.* record's synset offsets in sense-frequency order, and how many of its
    senses are tagged in the SemCor corpus."""
    synset_count, pointer_count = int(fields[2]), int(fields[3])
    offsets = fields[6 + pointer_count:6 + pointer_count + synset_count]
    return offsets, int(fields[5 + pointer_count])
