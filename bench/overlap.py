"""Which texts of a folder share eight-word runs with the corpus texts: IDs and counts only.

    python bench/overlap.py DIR

DIR is laid out like ../shared/corpus (`articles/*.txt`). A text of DIR that shares a run of
eight words with a corpus **test** text must leave DIR unread (tuning on it would tune on the
test half); one that shares runs with a dev text is a duplicate of a text already tuned on. No
text is printed: only the IDs, the half and the number of shared runs.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from corpus import CORPUS, HALVES

RUN = 8
_WORD = re.compile(r"[\u0600-\u06ff0-9]+")


def runs(text: str) -> set[tuple[str, ...]]:
    """Every run of `RUN` consecutive Arabic words or numbers in the text."""
    words = _WORD.findall(text)
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def texts(folder: Path) -> dict[str, str]:
    return {
        p.stem: p.read_text(encoding="utf-8")
        for p in sorted((folder / "articles").glob("*.txt"))
        if not p.name.endswith(".source.txt")
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    theirs = texts(Path(argv[0]))
    corpus = {article: runs(text) for article, text in texts(CORPUS).items()}
    halves = {
        article: half
        for half in HALVES
        for article in (CORPUS / f"articles-{half}.txt").read_text(encoding="utf-8").split()
    }
    found = 0
    for name, text in theirs.items():
        mine = runs(text)
        for article, other in corpus.items():
            shared = len(mine & other)
            if shared:
                found += 1
                print(f"{name} shares {shared} runs with {halves.get(article, '?')} text {article}")
    print(f"{len(theirs)} texts read, {found} pairs sharing {RUN}-word runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
