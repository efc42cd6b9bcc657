"""Extraction scored on the real-reporting corpus in ../shared/corpus, dev and test apart.

The corpus README's rule decides which prediction is which gold incident: a prediction is
the same incident when its source sentence (the lead, `Incident.sentence`) contains, or
lies inside, one of the gold `evidence` or `mentions` strings. Pairs are assigned one to
one, greedily: required gold before optional, the fewest alternatives first, then the pair
whose follow-up sentences hold more of the gold's sentences (and fewer of the others'),
then text order.

Figures per half:
- recall: required gold found / required gold;
- precision: predictions that are some gold incident (optional included) / predictions, as
  the corpus README counts it; "one-to-one" also counts a second report of an incident
  already found as a false positive;
- found and placed right (the headline): required gold found with the right province (or,
  for gold abroad, found and kept off the Afghan map) / required gold;
- over found gold: event type, province, district (gold that names one), outside, killed,
  wounded, event date (gold that has one), claimant.

The texts belong to their publishers: this module reads them where they are and never
writes them anywhere.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gazetteer.match import Gazetteer  # noqa: E402
from incidents.extract import extract_article  # noqa: E402
from incidents.records import Incident  # noqa: E402
from incidents.text import ArticleError, read_article, unescape_strays  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
HALVES = ("dev", "test")
METRICS = (
    "recall",
    "precision",
    "precision one-to-one",
    "found and placed right",
    "event type",
    "province",
    "district",
    "outside",
    "killed",
    "wounded",
    "event date",
    "claimant",
)


@dataclass
class Ratio:
    """Successes over trials."""

    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def line(self, name: str) -> str:
        if self.total == 0:
            return f"{name} 0/0 = n/a"
        return f"{name} {self.hits}/{self.total} = {100.0 * self.hits / self.total:.1f}%"

    def cell(self) -> str:
        if not self.total:
            return "n/a"
        return f"{self.hits}/{self.total} {self.value:.2f}"


@dataclass
class Score:
    """Every figure of one half, and its lines of misses and wrong fields."""

    ratios: dict[str, Ratio] = field(default_factory=lambda: {m: Ratio() for m in METRICS})
    lines: list[str] = field(default_factory=list)
    predicted: int = 0
    by_rule: dict[str, Ratio] = field(default_factory=dict)

    def value(self, name: str) -> float:
        return self.ratios[name].value or 0.0


def published_of(path: Path) -> Any:
    """The publication date of a corpus text from its sidecar, or None."""
    try:
        from incidents.source import read_sidecar
    except ImportError:  # pragma: no cover - while the source module is written
        return None
    source = read_sidecar(path)
    return source.published if source else None


def gold_of(half: str, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Gold incidents of one half, as JSON objects."""
    with (corpus / f"gold-{half}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def text_of(article: str, corpus: Path = CORPUS) -> str:
    """One corpus text, or "" when it cannot be read."""
    try:
        return read_article(corpus / "articles" / f"{article}.txt").text
    except ArticleError:
        return ""


def predict(
    article: str, *, gazetteer: Gazetteer, corpus: Path = CORPUS, text: str | None = None
) -> list[Incident]:
    """The extractor's incidents for one corpus text (none if it cannot be read); `text`
    when the caller has read it already."""
    path = corpus / "articles" / f"{article}.txt"
    text = text_of(article, corpus) if text is None else text
    if not text:
        return []
    return extract_article(
        text, gazetteer=gazetteer, article_id=article, published=published_of(path)
    )


def sentences_of(gold: dict[str, Any], field: str) -> list[str]:
    """A gold field of sentences (`evidence`, `mentions`): a list, or one bare string.

    Iterating a bare string would yield its letters, and a single letter lies inside
    almost any sentence, so every prediction would then pair with every gold line.
    """
    value = gold.get(field) or []
    # (copied from the raw text: compared after the repair the article's reading makes)
    return [unescape_strays(s) for s in ([value] if isinstance(value, str) else value)]


def _gold_sentences(gold: dict[str, Any]) -> list[str]:
    return sentences_of(gold, "evidence") + sentences_of(gold, "mentions")


def _same(sentence: str, strings: Iterable[str]) -> bool:
    flat = " ".join(sentence.split())
    for s in strings:
        s = " ".join(s.split())
        if s and (s in flat or flat in s):
            return True
    return False


def _any_gold(p: Incident, golds: Sequence[dict[str, Any]]) -> bool:
    return any(_same(p.sentence, _gold_sentences(g)) for g in golds)


def _follow_ups_covered(gold: dict[str, Any], pred: Incident, text: str) -> int:
    """How many of the gold's sentences the prediction's follow-up sentences hold."""
    follow_ups = [text[start:end] for start, end in pred.more]
    return sum(1 for s in _gold_sentences(gold) if any(_same(f, [s]) for f in follow_ups))


def _told_elsewhere(
    golds: Sequence[dict[str, Any]], edge: tuple[int, int], preds: Sequence[Incident], text: str
) -> int:
    """How much more the prediction's follow-ups tell other gold lines than this one."""
    gi, pi = edge
    own = _follow_ups_covered(golds[gi], preds[pi], text)
    others = sum(_follow_ups_covered(g, preds[pi], text) for k, g in enumerate(golds) if k != gi)
    return others - own


def align(
    golds: Sequence[dict[str, Any]], preds: Sequence[Incident], *, text: str = ""
) -> dict[int, int]:
    """Gold index -> prediction index, one to one.

    A lead sentence may carry two gold incidents (two events in one sentence); the pair
    whose follow-up sentences hold more of a gold's own sentences, and fewer of the other
    golds', is taken first, so each prediction goes to the gold its later sentences tell.
    """
    edges = [
        (gi, pi)
        for gi, g in enumerate(golds)
        for pi, p in enumerate(preds)
        if _same(p.sentence, _gold_sentences(g))
    ]
    degree: dict[tuple[str, int], int] = {}
    for gi, pi in edges:
        degree[("g", gi)] = degree.get(("g", gi), 0) + 1
        degree[("p", pi)] = degree.get(("p", pi), 0) + 1
    edges.sort(
        key=lambda e: (
            bool(golds[e[0]].get("optional")),
            degree[("g", e[0])] + degree[("p", e[1])],
            _told_elsewhere(golds, e, preds, text) if text else 0,
            e[1],
            e[0],
        )
    )
    out: dict[int, int] = {}
    taken: set[int] = set()
    for gi, pi in edges:
        if gi not in out and pi not in taken:
            out[gi] = pi
            taken.add(pi)
    return out


def same_group(got: Any, want: Any) -> bool:
    """Whether two names of a claimant name one group: the held-out sets spell the
    Pakistani Taliban several ways ("Tehrik-e-Taliban Pakistan", "Pakistani Taliban (TTP)")."""
    return got == want or (
        isinstance(got, str) and isinstance(want, str) and _group_key(got) == _group_key(want)
    )


def _group_key(name: str) -> str:
    key = " ".join(name.lower().replace("(ttp)", "").replace("-", " ").split())
    return _GROUP_KEYS.get(key, key)


_GROUP_KEYS = {
    **dict.fromkeys(
        (
            "pakistani taliban",
            "tehrik i taliban pakistan",
            "tehrik e taliban pakistan",
            "ttp",
        ),
        "ttp",
    ),
}


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _where(p: Incident) -> str:
    loc = p.location
    if loc is None:
        return f"no location (country {p.country})"
    return f"{loc.province_pcode}/{loc.district_pcode} {loc.name_en} ({loc.level}, {loc.how})"


def score_article(
    golds: Sequence[dict[str, Any]], preds: Sequence[Incident], score: Score, *, text: str = ""
) -> None:
    """Add one article's figures (and its lines) to `score`; `text` breaks ties of pairing."""
    r = score.ratios
    pairs = align(golds, preds, text=text)
    score.predicted += len(preds)
    for pi, p in enumerate(preds):
        r["precision one-to-one"].add(pi in pairs.values())
        r["precision"].add(_any_gold(p, golds))
    for gi, g in enumerate(golds):
        pi = pairs.get(gi)
        required = not g.get("optional")
        abroad = g.get("country") not in (None, "AF")
        if pi is None:
            if required:
                r["recall"].add(False)
                r["found and placed right"].add(False)
                score.lines.append(f"  miss   {g['id']:<7} {_clip(_gold_sentences(g)[0])}")
            continue
        p = preds[pi]
        loc = p.location
        if abroad:
            placed = loc is None
            r["outside"].add(placed)
        else:
            # an Afghan event the text names no province for is right unplaced
            placed = (loc.province_pcode if loc is not None else None) == g.get("province_pcode")
            r["province"].add(placed)
            rule = loc.how if loc is not None else "unplaced"
            score.by_rule.setdefault(rule, Ratio()).add(placed)
            if g.get("district_pcodes"):
                ok = loc is not None and loc.district_pcode in g["district_pcodes"]
                r["district"].add(ok)
                if placed and not ok:
                    score.lines.append(
                        f"  distr  {g['id']:<7} want {'|'.join(g['district_pcodes'])}; "
                        f"got {_where(p)}"
                    )
        if not placed:
            want = "abroad" if abroad else g.get("province_pcode")
            score.lines.append(f"  place  {g['id']:<7} want {want}; got {_where(p)}")
        if required:
            r["recall"].add(True)
            r["found and placed right"].add(placed)
        wrong = []
        type_ok = p.event_type in g.get("event_types", ())
        r["event type"].add(type_ok)
        if not type_ok:
            wrong.append(f"type {p.event_type} (want {'|'.join(g['event_types'])})")
        for name, got, want in (
            ("killed", p.killed, g.get("killed")),
            ("wounded", p.wounded, g.get("wounded")),
            ("claimant", p.claimed_by, g.get("claimed_by")),
        ):
            same = same_group(got, want) if name == "claimant" else got == want
            r[name].add(same)
            if not same:
                wrong.append(f"{name} {got} (want {want})")
        if g.get("event_date"):
            r["event date"].add(p.event_date == g["event_date"])
            if p.event_date != g["event_date"]:
                wrong.append(f"date {p.event_date} (want {g['event_date']})")
        if wrong:
            score.lines.append(f"  fields {g['id']:<7} " + "; ".join(wrong))
    for pi, p in enumerate(preds):
        if pi not in pairs.values():
            kind = "dup" if _any_gold(p, golds) else "fp"
            score.lines.append(f"  {kind:<6} @{p.start:<6} {_clip(p.sentence)}")


def score_half(half: str, *, gazetteer: Gazetteer, corpus: Path = CORPUS) -> Score:
    """Every figure of one half of the corpus."""
    golds = gold_of(half, corpus)
    articles = (corpus / f"articles-{half}.txt").read_text(encoding="utf-8").split()
    score = Score()
    for article in articles:
        before = len(score.lines)
        text = text_of(article, corpus)
        preds = predict(article, gazetteer=gazetteer, corpus=corpus, text=text)
        score_article([g for g in golds if g["article"] == article], preds, score, text=text)
        if len(score.lines) > before:
            score.lines.insert(before, f"{article}:")
    return score


def table(scores: dict[str, Score]) -> list[str]:
    """The halves side by side, a metric a row."""
    names = list(scores)
    out = [f"{'metric':<24}" + "".join(f"{n:>16}" for n in names)]
    out.append(f"{'predicted':<24}" + "".join(f"{scores[n].predicted:>16}" for n in names))
    for metric in METRICS:
        out.append(
            f"{metric:<24}" + "".join(f"{scores[n].ratios[metric].cell():>16}" for n in names)
        )
    rules = sorted({rule for n in names for rule in scores[n].by_rule})
    out.append("province right, by the rule that placed it")
    for rule in rules:
        out.append(
            f"{'  ' + rule:<24}"
            + "".join(f"{scores[n].by_rule.get(rule, Ratio()).cell():>16}" for n in names)
        )
    return out
