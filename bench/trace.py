"""How segmentation read each sentence of a dev-half corpus text: a tuning aid.

    python bench/trace.py r002 [r003 ...]
    python bench/trace.py --corpus DIR t009   # a folder laid out like ../shared/corpus

Prints, a sentence a line: its offset, the step segmentation took (start, continue,
close, skip, headline), the facts it decided from, the place mentions with their roles,
and the gold incidents whose sentences include it. Test-half texts are refused: they are
measured, never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import CORPUS, gold_of, published_of, sentences_of

from gazetteer.match import load
from incidents.extract import extract_article
from incidents.segment import SentenceFacts
from incidents.text import read_article

FLAGS = (
    "background",
    "denial",
    "new_event",
    "back_reference",
    "accusation",
    "reaction",
    "detail",
    "roundup",
    "nationwide",
)


def _golds_of(facts: SentenceFacts, golds: list[dict]) -> str:
    text = facts.sentence.text
    ids = [
        g["id"] + ("?" if g.get("optional") else "")
        for g in golds
        if any(
            s in text or text in s
            for s in sentences_of(g, "evidence") + sentences_of(g, "mentions")
        )
    ]
    return ",".join(ids) or "-"


def trace(article: str, *, corpus: Path = CORPUS) -> None:
    golds = [g for g in gold_of("dev", corpus) if g["article"] == article]
    path = corpus / "articles" / f"{article}.txt"
    text = read_article(path).text
    lines: list[str] = []

    def show(facts: SentenceFacts, step: str) -> None:
        flags = " ".join(f for f in FLAGS if getattr(facts, f))
        places = " ".join(
            f"{m.text}:{m.role}:{m.district_pcode or m.province_pcode or m.country}"
            for m in facts.mentions
            if m.resolved
        )
        lines.append(
            f"@{facts.sentence.start:<5} {step:<8} {facts.event_type or '-':<12} "
            f"gold={_golds_of(facts, golds):<10} {flags} | {places}\n"
            f"       {facts.sentence.text[:110]}"
        )

    incidents = extract_article(
        text, gazetteer=load(), article_id=article, published=published_of(path), trace=show
    )
    print(f"== {article}: {len(incidents)} incidents, {len(golds)} gold")
    print("\n".join(lines))


def main(argv: list[str]) -> int:
    corpus = CORPUS
    if argv[:1] == ["--corpus"] and len(argv) > 1:
        corpus, argv = Path(argv[1]), argv[2:]
    dev = set((corpus / "articles-dev.txt").read_text(encoding="utf-8").split())
    for article in argv:
        if article not in dev:
            print(f"{article}: not a dev-half text; test texts are measured, never read")
            return 2
        trace(article, corpus=corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
