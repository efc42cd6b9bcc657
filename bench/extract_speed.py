"""Speed of the whole extraction pipeline on one core.

Measures, in one process pinned to one CPU where the OS allows it:

- gazetteer load time: the first `gazetteer.match.load()` (read the TSVs, build the
  indexes) and the median of further `Gazetteer.from_package()` builds, each after
  clearing the normaliser's caches;
- articles per second for `incidents.extract.extract_article` (sentence splitting,
  place matching, incident building) over the real corpus texts in
  ../shared/corpus/articles (else the shipped data/articles; or `--articles DIR`), each
  with its sidecar's publication date as `incidentmap ingest` reads it, repeated to at
  least `MIN_RUNS` article runs. Reading the files is not timed. Each line gives the
  wall-clock rate and the CPU rate (process time, which other work on a shared machine
  does not count);
- the same for synthetic ~3 KB articles made of shuffled sentences of the texts;
- one long article (the texts joined, repeated to 0.5-10 MB): CPU seconds per MB, against
  the batch's (the target: within 1.5x);
- the whole process: the warm batch's article runs per CPU second of start-up (the
  interpreter and imports), one gazetteer load and the warm batch.

"cold" runs clear the normaliser's LRU caches (`normalize`, `skeleton`, the tokeniser's
word keys) before each article, as for an article whose words were never seen; "warm"
runs keep them.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from onecore import pin_one_core  # noqa: E402  (bench/onecore.py, beside this script)

from gazetteer import normalize as norm  # noqa: E402
from gazetteer.match import Gazetteer, load  # noqa: E402
from incidents import compiled, tokens  # noqa: E402
from incidents.extract import extract_article  # noqa: E402
from incidents.source import is_sidecar, read_sidecar  # noqa: E402
from incidents.text import read_article, split_sentences  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
SHIPPED = ROOT / "data/articles"
MIN_RUNS = 1000
LONG_MB = (0.5, 1.0, 2.0, 10.0)
SYNTHETIC_BYTES = 3 * 1024
SYNTHETIC_VARIANTS = 10
LOAD_REPEATS = 5
SEED = 20240601


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    published: date | None = None

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


def clear_caches() -> None:
    norm.normalize.cache_clear()
    norm.skeleton.cache_clear()
    tokens._keyed.cache_clear()


def rebuild() -> Gazetteer:
    """A fresh gazetteer from the package data, with no help from the LRU caches."""
    clear_caches()
    return Gazetteer.from_package()


def time_calls(fn: Callable[[], object], repeats: int) -> list[float]:
    out: list[float] = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def synthetic_docs(docs: Sequence[Doc], *, target: int, variants: int, seed: int) -> list[Doc]:
    """Articles of about `target` UTF-8 bytes made of shuffled sentences of `docs`."""
    sentences = [s.text for doc in docs for s in split_sentences(doc.text)]
    rng = random.Random(seed)
    out: list[Doc] = []
    for v in range(variants):
        pool = sentences[:]
        rng.shuffle(pool)
        picked: list[str] = []
        size = 0
        for sentence in pool:
            picked.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
            if size >= target:
                break
        out.append(Doc(f"synthetic-{v:02d}", "\n".join(picked)))
    return out


@dataclass
class Result:
    runs: int
    seconds: float
    bytes: int
    incidents: int
    per_run: list[float]
    cpu: float = 0.0  # process time of the runs

    def lines(self, label: str) -> list[str]:
        rate = self.runs / self.seconds
        median_ms = statistics.median(self.per_run) * 1000
        worst_ms = max(self.per_run) * 1000
        return [
            f"{label}: {self.runs} article runs in {self.seconds:.2f} s = {rate:.1f} articles/s"
            f" ({self.cpu:.2f} s CPU = {self.runs / self.cpu:.1f} articles per CPU second)",
            f"{label}: {1000 * self.seconds / self.runs:.2f} ms/article mean, "
            f"{median_ms:.2f} median, {worst_ms:.2f} max; "
            f"{self.bytes / self.seconds / 1024:.1f} KB/s; "
            f"{self.incidents / self.runs:.1f} incidents/article",
        ]


def run(docs: Sequence[Doc], gaz: Gazetteer, *, runs: int, cold: bool) -> Result:
    """Extract from `docs` in turn until `runs` article runs are done."""
    per_run: list[float] = []
    total_bytes = 0
    incidents = 0
    cpu = 0.0
    for i in range(runs):
        doc = docs[i % len(docs)]
        if cold:
            clear_caches()
        c0, t0 = time.process_time(), time.perf_counter()
        found = extract_article(
            doc.text, gazetteer=gaz, article_id=doc.name, published=doc.published
        )
        per_run.append(time.perf_counter() - t0)
        cpu += time.process_time() - c0
        total_bytes += doc.size
        incidents += len(found)
    return Result(runs, sum(per_run), total_bytes, incidents, per_run, cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, help="folder of texts (default: the corpus)")
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help="article runs at least")
    parser.add_argument(
        "--long-mb", type=float, nargs="*", default=list(LONG_MB), help="long article sizes"
    )
    args = parser.parse_args()
    started = time.process_time()  # the interpreter and the imports
    print(pin_one_core())
    print(
        "extraction modules: "
        + ("compiled (build/native)" if compiled.in_force() else "plain Python (no fresh build)")
    )

    t0, c0 = time.perf_counter(), time.process_time()
    gaz = load()
    first_load = time.perf_counter() - t0
    load_cpu = time.process_time() - c0
    rebuilds = time_calls(rebuild, LOAD_REPEATS)
    print(
        f"gazetteer load: first load() {first_load:.3f} s; "
        f"from_package() median {statistics.median(rebuilds):.3f} s "
        f"over {LOAD_REPEATS} (min {min(rebuilds):.3f}, max {max(rebuilds):.3f}); "
        f"{len(gaz.entries)} entries"
    )

    folder = args.articles or (CORPUS if any(CORPUS.glob("*.txt")) else SHIPPED)
    paths = sorted(p for p in folder.glob("*.txt") if not is_sidecar(p))
    if not paths:
        print(f"no articles in {folder}")
        return 0
    docs = [Doc(p.stem, read_article(p).text, published_of(p)) for p in paths]
    sizes = [d.size for d in docs]
    print(
        f"articles: {len(docs)} in {folder}, "
        f"{min(sizes)}-{max(sizes)} bytes (mean {statistics.mean(sizes):.0f})"
    )
    runs = len(docs) * math.ceil(args.runs / len(docs))
    for line in run(docs, gaz, runs=len(docs), cold=True).lines("texts, cold"):
        print(line)
    run(docs, gaz, runs=len(docs), cold=False)  # warm-up
    warm = run(docs, gaz, runs=runs, cold=False)
    for line in warm.lines("texts, warm"):
        print(line)
    whole = started + load_cpu + warm.cpu
    print(
        f"whole process: start-up {started:.2f} s + gazetteer load {load_cpu:.2f} s + the warm "
        f"runs {warm.cpu:.2f} s CPU = {runs / whole:.1f} article runs per CPU second"
    )

    synth = synthetic_docs(docs, target=SYNTHETIC_BYTES, variants=SYNTHETIC_VARIANTS, seed=SEED)
    ssizes = [d.size for d in synth]
    print(
        f"synthetic articles: {len(synth)} variants of shuffled sentences, "
        f"{min(ssizes)}-{max(ssizes)} bytes (mean {statistics.mean(ssizes):.0f})"
    )
    sruns = len(synth) * math.ceil(MIN_RUNS / len(synth))
    for line in run(synth, gaz, runs=len(synth), cold=True).lines("synthetic 3 KB, cold"):
        print(line)
    for line in run(synth, gaz, runs=sruns, cold=False).lines("synthetic 3 KB, warm"):
        print(line)
    batch = warm.cpu / (warm.bytes / 1024 / 1024)
    print(scaling(docs, gaz, sizes=args.long_mb, batch=batch))
    return 0


def published_of(path: Path) -> date | None:
    source = read_sidecar(path)
    return source.published if source else None


def scaling(docs: Sequence[Doc], gaz: Gazetteer, *, sizes: Sequence[float], batch: float) -> str:
    """CPU seconds per MB for one article of the texts repeated to each size (MB), and the
    ratio to the warm batch's CPU seconds per MB: equal figures mean extraction grows with
    the text, not faster."""
    text = "\n".join(d.text for d in docs)
    parts = []
    for mb in sizes:
        big = text * max(1, int(mb * 1024 * 1024 // len(text.encode())))
        t0 = time.process_time()
        extract_article(big, gazetteer=gaz, article_id="big")
        per_mb = (time.process_time() - t0) / (len(big.encode()) / 1024 / 1024)
        parts.append(f"{mb} MB {per_mb:.2f} ({per_mb / batch:.2f}x)")
    return f"one long article, CPU s per MB (batch {batch:.2f}): " + "; ".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())
