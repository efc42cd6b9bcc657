"""Event dates against the development gold: `incidents.dates.event_date` per sentence.

For every gold-dev incident it prints the gold event_date, the publication date from the
sidecar, and what `event_date(sentence, published=...)` gives for each of its evidence and
mention sentences (in text order). The incident's predicted date is that of the first
sentence with a resolved date; the summary counts how often it equals the gold date,
over all incidents and over the non-optional ones, and how the disagreements split.

Reads the corpus from ../shared/corpus relative to the project root and nothing else.

Usage: python bench/dates_dev.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from incidents.dates import event_date, parse_published  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
WIDTH = 70


def published_of(article: str) -> str:
    """The raw `published:` value of an article's sidecar."""
    for line in (CORPUS / "articles" / f"{article}.source.txt").read_text("utf-8").splitlines():
        if line.startswith("published:"):
            return line.removeprefix("published:").strip()
    return ""


def in_text_order(text: str, sentences: list[str]) -> list[str]:
    """Evidence and mention sentences, deduplicated, ordered by where they stand in the text."""
    unique = list(dict.fromkeys(sentences))
    return sorted(unique, key=lambda s: (text.find(s) if s in text else len(text), unique.index(s)))


def outcome(gold: str | None, predicted: str | None) -> str:
    if gold == predicted:
        return "agree (dated)" if gold else "agree (both null)"
    if gold is None:
        return "predicted a date, gold null"
    if predicted is None:
        return "gold dated, predicted null"
    return "both dated, different days"


def main() -> None:
    dev = set((CORPUS / "articles-dev.txt").read_text("utf-8").split())
    all_outcomes: Counter[str] = Counter()
    core_outcomes: Counter[str] = Counter()
    for line in (CORPUS / "gold-dev.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        if gold["article"] not in dev:
            continue
        raw = published_of(gold["article"])
        published = parse_published(raw)
        text = (CORPUS / "articles" / f"{gold['article']}.txt").read_text("utf-8")
        flags = " optional" if gold["optional"] else ""
        print(f"== {gold['id']}  gold={gold['event_date']}  published={published}{flags}")
        print(f"   sidecar: {raw[:WIDTH]}")
        predicted = None
        for sentence in in_text_order(text, gold["evidence"] + gold["mentions"]):
            found = event_date(sentence, published=published)
            mark = "E" if sentence in gold["evidence"] else "M"
            if found is None:
                print(f"   {mark} -          {sentence[:WIDTH]}")
                continue
            print(f"   {mark} {found.day}  {found.rule} «{found.text}»  {sentence[:WIDTH]}")
            if predicted is None and found.day is not None:
                predicted = found.day.isoformat()
        result = outcome(gold["event_date"], predicted)
        print(f"   -> predicted={predicted}  {result}")
        all_outcomes[result] += 1
        if not gold["optional"]:
            core_outcomes[result] += 1
    for name, counts in (("all incidents", all_outcomes), ("non-optional", core_outcomes)):
        total = sum(counts.values())
        agree = counts["agree (dated)"] + counts["agree (both null)"]
        print(f"\n{name}: {agree}/{total} agree ({agree / total:.2f})")
        for key, n in sorted(counts.items()):
            print(f"   {n:3d}  {key}")


if __name__ == "__main__":
    main()
