"""Names per second for `gazetteer.match.load().match()` and `incidentmap match --json`.

Query sets drawn with a fixed seed from the Arabic aliases in gazetteer/data/aliases.tsv
(rows with kind "ar" whose key is Arabic letters and spaces only):

- mixed: `N_MIXED` names, the stream issue 9 sets the target on: a third with one typo
  (an Arabic letter deleted, inserted or substituted), a third with a clitic or a unit
  word before the name (و, ب, ال, بولاية, مديرية ...), the rest exact, shuffled;
- exact: `N_QUERIES` alias keys as they are (drawn with replacement when there are fewer);
- fuzzy: `N_QUERIES` alias keys perturbed once: one Arabic letter deleted, inserted or
  substituted, or a clitic / unit-word prefix added (ب, و, بولاية).

Names repeat inside a set, as they do in a real stream (the matcher's answer cache then
serves them); each set says how many of its names are distinct. Every timed run starts
with every cache of `gazetteer.normalize` and `gazetteer.match` cleared, runs in this one
process pinned to one CPU (no threads, no workers) and is repeated `--repeat` times; the
median is reported, by the clock and by the process's CPU time (on a shared machine the
clock also counts the time the core gave to other processes). The mixed stream is timed
twice: `match()` calls, and the whole `incidentmap match --json` command in this process
(reading lines, encoding JSON).

Then the time to import the package and answer a first name, in fresh interpreters:
from the first import to the answer, measured inside the process, and the wall time of
`incidentmap match --json` on one line, interpreter start-up included.

Besides speed it prints how often the answer is an entry of the alias the query came
from, as a sanity check that the timed work is the real work.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

# One core, no helper threads: numpy (loaded for edit distance) must not start a BLAS pool.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from onecore import pin_one_core  # noqa: E402  (bench/onecore.py, beside this script)

from gazetteer import match as match_module  # noqa: E402
from gazetteer import normalize as norm  # noqa: E402
from gazetteer.match import Gazetteer, Match, load  # noqa: E402
from incidents.cli import main as cli_main  # noqa: E402

ALIASES = ROOT / "gazetteer/data/aliases.tsv"
N_QUERIES = 10_000
N_MIXED = 20_000
SEED = 20240601
MIN_PERTURB_LEN = 4  # letters; shorter keys are not perturbed
_ARABIC_KEY = re.compile(r"[\u0621-\u064a ]+")
PREFIXES = ("ب", "و", "بولاية ")
# What a name carries in running text: clitics glued to it, unit words before it.
MIXED_PREFIXES = ("و", "ب", "ال", "وال", "بال", "ل", "ولاية ", "مديرية ", "بولاية ", "بمديرية ")
# An exact name, a unit word, an English name, and a typo (the first edit-distance search
# loads numpy and builds the index).
FIRST_NAMES = ("هلمند", "بولاية كنر", "Lashkar Gah", "قندهارر")
_FIRST_ANSWER = """
import sys, time
t0 = time.perf_counter()
from gazetteer.match import load
answer = load().match(sys.argv[1])
sys.stdout.write(f"{time.perf_counter() - t0:.6f} {answer.entry.id if answer.entry else '-'}")
"""


def clear_caches() -> None:
    """Empty every LRU cache of the normaliser and the matcher (the answer cache too)."""
    modules: tuple[ModuleType, ...] = (norm, match_module)
    for module in modules:
        for obj in vars(module).values():
            for fn in (obj, *vars(obj).values()) if isinstance(obj, type) else (obj,):
                if callable(getattr(fn, "cache_clear", None)):
                    fn.cache_clear()


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


def typo(key: str, letters: Sequence[str], rng: random.Random) -> tuple[str, str]:
    """`key` with one letter deleted, inserted or substituted, and the operation's name."""
    positions = [i for i, c in enumerate(key) if c != " "]
    op = rng.choice(["delete", "insert", "substitute"])
    i = rng.choice(positions)
    if op == "delete":
        return key[:i] + key[i + 1 :], op
    if op == "insert":
        return key[:i] + rng.choice(letters) + key[i:], op
    other = rng.choice([c for c in letters if c != key[i]])
    return key[:i] + other + key[i + 1 :], op


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


def mixed_stream(
    keys: Sequence[str], letters: Sequence[str], rng: random.Random, n: int
) -> tuple[list[str], list[str], dict[str, int]]:
    """`n` names: a third with a typo, a third with a clitic or unit word, the rest exact."""
    long_keys = [k for k in keys if sum(c != " " for c in k) >= MIN_PERTURB_LEN]
    n_typo = n_prefix = n // 3
    queries: list[tuple[str, str]] = []
    for key in rng.choices(long_keys, k=n_typo):
        queries.append((typo(key, letters, rng)[0], key))
    for key in rng.choices(keys, k=n_prefix):
        queries.append((rng.choice(MIXED_PREFIXES) + key, key))
    for key in rng.choices(keys, k=n - n_typo - n_prefix):
        queries.append((key, key))
    rng.shuffle(queries)
    kinds = {"typo": n_typo, "clitic or unit word": n_prefix, "exact": n - n_typo - n_prefix}
    return [q for q, _ in queries], [k for _, k in queries], kinds


def timed(gaz: Gazetteer, queries: Sequence[str]) -> tuple[Timing, list[Match]]:
    clear_caches()
    match: Callable[[str], Match] = gaz.match
    out: list[Match] = []
    t0, c0 = time.perf_counter(), time.process_time()
    for q in queries:
        out.append(match(q))
    return Timing(time.perf_counter() - t0, time.process_time() - c0), out


def timed_command(queries: Sequence[str]) -> Timing:
    """Wall and CPU seconds for `incidentmap match --json` over the names, in this process."""
    stdin = io.StringIO("".join(q + "\n" for q in queries))
    stdout = io.StringIO()
    clear_caches()
    real_stdin, real_stdout = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = stdin, stdout
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        cli_main(["match", "--json"])
        timing = Timing(time.perf_counter() - t0, time.process_time() - c0)
    finally:
        sys.stdin, sys.stdout = real_stdin, real_stdout
    if stdout.getvalue().count("\n") != len(queries):
        raise SystemExit("incidentmap match --json: one answer per line expected")
    return timing


class Timing(NamedTuple):
    wall: float
    cpu: float


def median_rate(label: str, n: int, timings: Sequence[Timing]) -> None:
    """Median names/s by the clock and by this process's CPU time (the machine is shared:
    the clock also counts time the core spent on other processes)."""
    wall = statistics.median(t.wall for t in timings)
    cpu = statistics.median(t.cpu for t in timings)
    runs = ", ".join(f"{n / t.wall:,.0f}" for t in timings)
    print(
        f"{label}: {n} names, median {n / wall:,.0f} names/s ({1e6 * wall / n:.1f} µs/name; "
        f"runs: {runs}); by CPU time {n / cpu:,.0f} names/s ({1e6 * cpu / n:.1f} µs/name)"
    )


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else f"{n}/0 = n/a"


def report(
    label: str, wanted: Sequence[set[str]], results: Sequence[Match], gaz: Gazetteer
) -> None:
    n = len(results)
    answered = sum(m.entry is not None for m in results)
    print(f"{label}: answered {pct(answered, n)}")
    # Village names are matched exactly or not at all, so recovery is split by level.
    groups: dict[str, list[bool]] = defaultdict(list)
    for m, ids in zip(results, wanted, strict=True):
        villages = all(gaz.entries[i].level == "place" for i in ids)
        group = "place aliases" if villages else "province/district/outside aliases"
        groups[group].append(m.entry is not None and m.entry.id in ids)
    for group, oks in sorted(groups.items()):
        print(f"{label}: entry of the source alias, {group}: {pct(sum(oks), len(oks))}")


def first_answer(repeat: int) -> None:
    """Import and first answer in fresh interpreters (median of `repeat` runs each)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in FIRST_NAMES:
        inside: list[float] = []
        answer = ""
        for _ in range(repeat):
            out = subprocess.run(
                [sys.executable, "-c", _FIRST_ANSWER, name],
                capture_output=True,
                text=True,
                check=True,
                env=env,
                cwd=ROOT,
            ).stdout.split()
            inside.append(float(out[0]))
            answer = out[1]
        print(
            f"import + first answer ({name} -> {answer}): median {statistics.median(inside):.3f} s"
            f" (runs: {', '.join(f'{t:.3f}' for t in inside)})"
        )
    command = Path(sys.executable).with_name("incidentmap")
    if not command.exists():
        return
    walls: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(
            [str(command), "match", "--json"],
            input=FIRST_NAMES[0] + "\n",
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        walls.append(time.perf_counter() - t0)
    print(
        f"`incidentmap match --json` on one name, wall time with interpreter start-up: "
        f"median {statistics.median(walls):.3f} s (runs: {', '.join(f'{t:.3f}' for t in walls)})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each set")
    args = parser.parse_args(argv)
    print(pin_one_core())
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
    mixed, mixed_keys, kinds = mixed_stream(keys, letters, random.Random(SEED + 2), N_MIXED)
    print(
        "mixed stream: "
        + ", ".join(f"{kind} {n}" for kind, n in kinds.items())
        + "; distinct names: "
        + ", ".join(f"{label} {len(set(qs))}" for label, qs in (("mixed", mixed), ("exact", exact)))
        + f", fuzzy {len(set(fuzzy))}"
    )

    for warm in ("كابل", "بولاية كنر", "قندهارر"):
        gaz.match(warm)
    for label, queries, wanted in (
        ("mixed", mixed, [keys_map[k] for k in mixed_keys]),
        ("exact", exact, [keys_map[k] for k in exact]),
        ("fuzzy", fuzzy, fuzzy_wanted),
    ):
        runs = [timed(gaz, queries) for _ in range(args.repeat)]
        median_rate(f"{label} match()", len(queries), [t for t, _ in runs])
        report(label, wanted, runs[0][1], gaz)
        if label == "mixed":
            timings = [timed_command(queries) for _ in range(args.repeat)]
            median_rate("mixed `incidentmap match --json`", len(queries), timings)
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
    first_answer(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
