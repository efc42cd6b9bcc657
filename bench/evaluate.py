"""Extraction quality against hand-made gold incidents.

For every gold file, each article it names is read (as `incidentmap` reads it) and run
through `incidents.extract.extract_article` with the package gazetteer. Predicted
incidents are aligned one-to-one with gold incidents: a prediction can match a gold
incident when one of the gold evidence strings lies inside the prediction's sentence or
one of its merged follow-up sentences. Assignment is greedy over candidate pairs:
non-optional gold first, then pairs covering the gold's first (anchor) evidence string,
then pairs covering more evidence strings, then pairs with fewer alternatives, then
text order.

Measured, per gold file and overall:

- recall: matched non-optional gold / non-optional gold;
- precision: predictions matched to any gold (optional included) / predictions;
- over matched gold (optional included): event type, province, district, outside
  (gold outside Afghanistan must get no location), killed, wounded and claimant accuracy.

Per article it lists misses, false positives, wrong placements and wrong fields.

With --corpus, the real-reporting corpus in ../shared/corpus is scored instead (see
bench/corpus.py): dev and test side by side, the misses listed for dev only (test misses
as counts by kind: never tune on the test half).

Usage: python bench/evaluate.py [--gold FILE ...] [--articles DIR] | --corpus [DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402  (bench/corpus.py, beside this script)
from corpus import Ratio  # noqa: E402

from gazetteer.match import Gazetteer, load  # noqa: E402
from incidents.extract import extract_article  # noqa: E402
from incidents.records import Incident  # noqa: E402
from incidents.text import ArticleError, read_article  # noqa: E402

DEFAULT_GOLD = (ROOT / "tests/data/gold-seed.jsonl", ROOT / "tests/data/gold-extra.jsonl")
DEFAULT_ARTICLES = ROOT / "data/articles"
EVIDENCE_WIDTH = 60
SENTENCE_WIDTH = 80


@dataclass(frozen=True)
class Gold:
    """One hand-annotated incident."""

    source: str  # gold file it came from
    article: str
    id: str
    evidence: tuple[str, ...]
    event_types: tuple[str, ...]
    province_pcode: str | None
    district_pcodes: tuple[str, ...]
    country: str | None
    killed: int | None
    wounded: int | None
    claimed_by: str | None
    optional: bool

    @classmethod
    def from_json(cls, source: str, data: dict[str, Any]) -> Gold:
        return cls(
            source=source,
            article=str(data["article"]),
            id=str(data["id"]),
            evidence=tuple(corpus.sentences_of(data, "evidence")),
            event_types=tuple(data.get("event_types") or ()),
            province_pcode=data.get("province_pcode"),
            district_pcodes=tuple(data.get("district_pcodes") or ()),
            country=data.get("country"),
            killed=data.get("killed"),
            wounded=data.get("wounded"),
            claimed_by=data.get("claimed_by"),
            optional=bool(data.get("optional", False)),
        )

    @property
    def outside(self) -> bool:
        return self.province_pcode is None


METRICS = (
    "recall",
    "precision",
    "event type accuracy",
    "province accuracy",
    "district accuracy",
    "outside accuracy",
    "killed accuracy",
    "wounded accuracy",
    "claimant accuracy",
)


@dataclass
class Tally:
    """All metrics of one evaluation run."""

    ratios: dict[str, Ratio] = field(default_factory=lambda: {m: Ratio() for m in METRICS})
    articles: int = 0
    gold: int = 0
    optional: int = 0
    predicted: int = 0

    def report(self, title: str) -> None:
        print(
            f"-- {title}: {self.articles} articles, {self.gold} gold "
            f"({self.optional} optional), {self.predicted} predicted"
        )
        for name in METRICS:
            print(self.ratios[name].line(name))


@dataclass
class ArticleRun:
    """An article's text and predicted incidents, or why there are none."""

    text: str
    incidents: list[Incident]
    error: str | None = None


class Pipeline:
    """Runs extraction once per article and remembers the answer."""

    def __init__(self, articles: Path, gazetteer: Gazetteer) -> None:
        self.articles = articles
        self.gazetteer = gazetteer
        self._runs: dict[str, ArticleRun] = {}

    def run(self, article: str) -> ArticleRun:
        if article not in self._runs:
            path = self.articles / f"{article}.txt"
            try:
                text = read_article(path).text
            except ArticleError as err:
                self._runs[article] = ArticleRun("", [], f"{path}: {err}")
            else:
                incidents = extract_article(text, gazetteer=self.gazetteer, article_id=article)
                self._runs[article] = ArticleRun(text, incidents)
        return self._runs[article]


def read_gold(path: Path) -> list[Gold]:
    """Gold incidents of one JSON-lines file; blank lines are skipped."""
    out: list[Gold] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(Gold.from_json(str(path), json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                print(f"warning: {path}:{number}: unreadable gold line ({err!r}); skipped")
    return out


def spans_of(incident: Incident) -> list[tuple[int, int]]:
    """The sentence span of a predicted incident and those of its merged sentences."""
    return [(incident.start, incident.end), *incident.more]


def locate(text: str, gold: Gold, warnings: list[str]) -> list[tuple[int, int]]:
    """Offsets of each gold evidence string in the article (first occurrence)."""
    out: list[tuple[int, int]] = []
    for evidence in gold.evidence:
        start = text.find(evidence)
        if start < 0:
            warnings.append(f"{gold.id}: evidence not in article: {clip(evidence, EVIDENCE_WIDTH)}")
            continue
        out.append((start, start + len(evidence)))
    return out


def align(
    text: str, golds: Sequence[Gold], preds: Sequence[Incident], warnings: list[str]
) -> dict[int, int]:
    """Greedy one-to-one assignment: gold index -> predicted index."""
    evidence = [locate(text, g, warnings) for g in golds]
    pred_spans = [spans_of(p) for p in preds]
    # (gold, pred, covers the anchor evidence, evidence strings covered)
    edges: list[tuple[int, int, bool, int]] = []
    for gi, ev_spans in enumerate(evidence):
        anchor = text.find(golds[gi].evidence[0]) if golds[gi].evidence else -1
        for pi, spans in enumerate(pred_spans):
            inside = [s for s, e in ev_spans if any(a <= s and e <= b for a, b in spans)]
            if inside:
                edges.append((gi, pi, anchor in inside, len(inside)))
    gold_degree = [0] * len(golds)
    pred_degree = [0] * len(preds)
    for gi, pi, _, _ in edges:
        gold_degree[gi] += 1
        pred_degree[pi] += 1
    edges.sort(
        key=lambda edge: (
            golds[edge[0]].optional,
            not edge[2],
            -edge[3],
            gold_degree[edge[0]] + pred_degree[edge[1]],
            edge[1],
            edge[0],
        )
    )
    assigned: dict[int, int] = {}
    taken: set[int] = set()
    for gi, pi, _, _ in edges:
        if gi in assigned or pi in taken:
            continue
        assigned[gi] = pi
        taken.add(pi)
    return assigned


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show(value: object) -> str:
    return "null" if value is None else str(value)


def want_place(gold: Gold) -> str:
    if gold.outside:
        return f"outside ({gold.country or '?'}), no location"
    districts = "|".join(gold.district_pcodes) or "any district"
    return f"{gold.province_pcode} / {districts}"


def got_place(pred: Incident) -> str:
    loc = pred.location
    if loc is None:
        return "no location"
    return (
        f"{show(loc.province_pcode)} / {show(loc.district_pcode)} "
        f"{loc.name_en} ({loc.level}, {loc.how}, «{clip(loc.text, 30)}»)"
    )


def evaluate(golds: Sequence[Gold], pipeline: Pipeline, *, verbose: bool) -> Tally:
    """Align and score; with `verbose`, print each article's errors."""
    tally = Tally()
    by_article: dict[str, list[Gold]] = {}
    for gold in golds:
        by_article.setdefault(gold.article, []).append(gold)
    for article, article_golds in by_article.items():
        run = pipeline.run(article)
        preds = run.incidents
        warnings: list[str] = [run.error] if run.error else []
        # With no article there is nothing to locate: one warning says why.
        assigned = align(run.text, article_golds, preds, [] if run.error else warnings)
        matched_preds = set(assigned.values())
        r = tally.ratios
        tally.articles += 1
        tally.gold += len(article_golds)
        tally.optional += sum(g.optional for g in article_golds)
        tally.predicted += len(preds)
        for index in range(len(preds)):
            r["precision"].add(index in matched_preds)
        misses: list[str] = []
        places: list[str] = []
        fields: list[str] = []
        for gi, gold in enumerate(article_golds):
            pi = assigned.get(gi)
            if not gold.optional:
                r["recall"].add(pi is not None)
            if pi is None:
                if not gold.optional:
                    first = gold.evidence[0] if gold.evidence else ""
                    misses.append(f"  miss   {gold.id:<8} {clip(first, EVIDENCE_WIDTH)}")
                continue
            pred = preds[pi]
            loc = pred.location
            wrong: list[str] = []
            type_ok = pred.event_type in gold.event_types
            r["event type accuracy"].add(type_ok)
            if not type_ok:
                wrong.append(f"type {pred.event_type} (want {'|'.join(gold.event_types)})")
            place_ok = True
            if gold.outside:
                ok = loc is None
                r["outside accuracy"].add(ok)
                place_ok &= ok
            else:
                ok = loc is not None and loc.province_pcode == gold.province_pcode
                r["province accuracy"].add(ok)
                place_ok &= ok
                if gold.district_pcodes:
                    ok = loc is not None and loc.district_pcode in gold.district_pcodes
                    r["district accuracy"].add(ok)
                    place_ok &= ok
            if not place_ok:
                places.append(
                    f"  place  {gold.id:<8} want {want_place(gold)}; got {got_place(pred)}"
                )
            for name, got, want in (
                ("killed", pred.killed, gold.killed),
                ("wounded", pred.wounded, gold.wounded),
                ("claimant", pred.claimed_by, gold.claimed_by),
            ):
                ok = got == want
                r[f"{name} accuracy"].add(ok)
                if not ok:
                    wrong.append(f"{name} {show(got)} (want {show(want)})")
            if wrong:
                fields.append(f"  fields {gold.id:<8} " + "; ".join(wrong))
        fps = [
            f"  fp     @{p.start:<7} {clip(p.sentence, SENTENCE_WIDTH)}"
            for pi, p in enumerate(preds)
            if pi not in matched_preds
        ]
        if verbose:
            matched = sum(1 for gi in assigned if not article_golds[gi].optional)
            required = sum(1 for g in article_golds if not g.optional)
            print(
                f"{article}: {len(preds)} predicted, {len(article_golds)} gold, "
                f"{matched}/{required} required matched"
            )
            for line in [*(f"  warn   {w}" for w in warnings), *misses, *fps, *places, *fields]:
                print(line)
    return tally


def report_corpus(path: Path) -> int:
    """Dev and test side by side; dev's lines in full, test's as counts by kind."""
    if not (path / "gold-dev.jsonl").exists():
        print(f"no corpus at {path}")
        return 1
    gaz = load()
    scores = {half: corpus.score_half(half, gazetteer=gaz, corpus=path) for half in corpus.HALVES}
    print("== dev: misses, false positives, wrong places and fields")
    for line in scores["dev"].lines:
        print(line)
    kinds: dict[str, int] = {}
    for line in scores["test"].lines:
        if line.startswith("  "):
            kind = line.split()[0]
            kinds[kind] = kinds.get(kind, 0) + 1
    print("== test: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print()
    for line in corpus.table(scores):
        print(line)
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        action="extend",
        metavar="FILE",
        help="gold JSON-lines file(s); default: tests/data/gold-seed.jsonl gold-extra.jsonl",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=DEFAULT_ARTICLES,
        metavar="DIR",
        help="folder with <article>.txt files (default: data/articles)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="?",
        const=corpus.CORPUS,
        metavar="DIR",
        help="score the real-reporting corpus (default ../shared/corpus), dev and test",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    if args.corpus is not None:
        return report_corpus(args.corpus)
    gold_files: list[Path] = args.gold or list(DEFAULT_GOLD)
    pipeline = Pipeline(args.articles, load())
    overall: list[Gold] = []
    for path in gold_files:
        try:
            golds = read_gold(path)
        except OSError as err:
            print(f"warning: cannot read {path}: {err.strerror or err}; skipped")
            continue
        print(f"== {path}")
        tally = evaluate(golds, pipeline, verbose=True)
        tally.report(str(path))
        print()
        overall.extend(golds)
    if len(gold_files) > 1:
        print("== overall")
        evaluate(overall, pipeline, verbose=False).report("overall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
