"""Names per second for `gazetteer.match.load().match()`.

Two query sets of `N_QUERIES` names each, drawn with a fixed seed from the Arabic
aliases in gazetteer/data/aliases.tsv (rows with kind "ar" whose key is Arabic letters
and spaces only):

- exact: alias keys as they are (drawn with replacement when there are fewer keys);
- fuzzy: alias keys perturbed once: one Arabic letter deleted, inserted or substituted,
  or a clitic / unit-word prefix added (ب, و, بولاية).

The gazetteer is loaded before timing; the normaliser's LRU caches are cleared before
each timed set. Besides speed it prints how often the answer is an entry of the alias
the query came from, as a sanity check that the timed work is the real work.
"""

from __future__ import annotations

import csv
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gazetteer import normalize as norm  # noqa: E402
from gazetteer.match import Gazetteer, Match, load  # noqa: E402

ALIASES = ROOT / "gazetteer/data/aliases.tsv"
N_QUERIES = 10_000
SEED = 20240601
MIN_PERTURB_LEN = 4  # letters; shorter keys are not perturbed
_ARABIC_KEY = re.compile(r"[\u0621-\u064a ]+")
PREFIXES = ("ب", "و", "بولاية ")


def read_keys(path: Path) -> tuple[dict[str, set[str]], int]:
    """Arabic alias keys -> entry ids, and how many "ar" keys were left out."""
    keys: dict[str, set[str]] = defaultdict(set)
    skipped: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for row in reader:
            if row["kind"] != "ar":
                continue
            key = row["key"]
            if _ARABIC_KEY.fullmatch(key) and key.strip():
                keys[key].add(row["entry_id"])
            else:
                skipped.add(key)
    return dict(keys), len(skipped)


def perturb(key: str, letters: Sequence[str], rng: random.Random) -> tuple[str, str]:
    """One perturbation of `key` and its name."""
    positions = [i for i, c in enumerate(key) if c != " "]
    ops = ["delete", "insert", "substitute", "prefix"]
    op = rng.choice(ops if len(positions) >= MIN_PERTURB_LEN else ["prefix"])
    if op == "prefix":
        prefix = rng.choice(PREFIXES)
        return prefix + key, f"prefix {prefix.strip()}"
    i = rng.choice(positions)
    if op == "delete":
        return key[:i] + key[i + 1 :], op
    if op == "insert":
        return key[:i] + rng.choice(letters) + key[i:], op
    other = rng.choice([c for c in letters if c != key[i]])
    return key[:i] + other + key[i + 1 :], op


def timed(gaz: Gazetteer, queries: Sequence[str]) -> tuple[float, list[Match]]:
    norm.normalize.cache_clear()
    norm.skeleton.cache_clear()
    match: Callable[[str], Match] = gaz.match
    out: list[Match] = []
    t0 = time.perf_counter()
    for q in queries:
        out.append(match(q))
    return time.perf_counter() - t0, out


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else f"{n}/0 = n/a"


def report(
    label: str,
    seconds: float,
    wanted: Sequence[set[str]],
    results: Sequence[Match],
    gaz: Gazetteer,
) -> None:
    n = len(results)
    answered = sum(m.entry is not None for m in results)
    print(
        f"{label}: {n} names in {seconds:.2f} s = {n / seconds:,.0f} names/s "
        f"({1e6 * seconds / n:.0f} µs/name)"
    )
    print(f"{label}: answered {pct(answered, n)}")
    # Village names are matched exactly or not at all, so recovery is split by level.
    groups: dict[str, list[bool]] = defaultdict(list)
    for m, ids in zip(results, wanted, strict=True):
        villages = all(gaz.entries[i].level == "place" for i in ids)
        group = "place aliases" if villages else "province/district/outside aliases"
        groups[group].append(m.entry is not None and m.entry.id in ids)
    for group, oks in sorted(groups.items()):
        print(f"{label}: entry of the source alias, {group}: {pct(sum(oks), len(oks))}")


def main() -> int:
    t0 = time.perf_counter()
    gaz = load()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.3f} s ({len(gaz.entries)} entries)")
    keys_map, skipped = read_keys(ALIASES)
    keys = sorted(keys_map)
    print(
        f"{len(keys)} Arabic alias keys from {ALIASES.relative_to(ROOT)} "
        f"({skipped} 'ar' keys with non-Arabic characters left out)"
    )
    letters = sorted({c for k in keys for c in k if c != " "})
    rng = random.Random(SEED)

    exact = (
        rng.sample(keys, N_QUERIES) if len(keys) >= N_QUERIES else rng.choices(keys, k=N_QUERIES)
    )
    fuzzy: list[str] = []
    fuzzy_wanted: list[set[str]] = []
    ops: dict[str, int] = defaultdict(int)
    for key in rng.choices(keys, k=N_QUERIES):
        query, op = perturb(key, letters, rng)
        fuzzy.append(query)
        fuzzy_wanted.append(keys_map[key])
        ops[op] += 1
    still_keys = sum(norm.normalize(q) in keys_map for q in fuzzy)
    print(
        "fuzzy perturbations: "
        + ", ".join(f"{op} {n}" for op, n in sorted(ops.items()))
        + f"; {still_keys} happen to be alias keys themselves"
    )

    for warm in ("كابل", "بولاية كنر", "قندهارر"):
        gaz.match(warm)
    seconds, results = timed(gaz, exact)
    report("exact", seconds, [keys_map[k] for k in exact], results, gaz)
    seconds, results = timed(gaz, fuzzy)
    report("fuzzy", seconds, fuzzy_wanted, results, gaz)
    # Fuzzy cost by kind of perturbation, on a small sample.
    by_op: dict[str, list[float]] = defaultdict(list)
    sample_rng = random.Random(SEED + 1)
    for key in sample_rng.sample(keys, min(500, len(keys))):
        query, op = perturb(key, letters, sample_rng)
        t1 = time.perf_counter()
        gaz.match(query)
        by_op[op].append(time.perf_counter() - t1)
    print(
        "fuzzy median µs/name by perturbation (500-name sample): "
        + ", ".join(f"{op} {1e6 * statistics.median(ts):.0f}" for op, ts in sorted(by_op.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
