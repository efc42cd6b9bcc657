"""Accuracy of `gazetteer.match.load().match()` on spellings found in Arabic reporting.

Reads bench/data/spellings.tsv (spelling, level, province_pcode, district_pcode, country,
name_en, source, batch; lines starting with # are comments), matches each spelling as
written, with no province context, and counts it correct when:

- outside rows: the entry's country is the row's country (and not AF);
- province rows: the entry's province P-code is the row's;
- district and place rows: the entry's district P-code is the row's; for these the
  share with the right province is reported too.

Prints accuracy overall and per level, then every miss of the tune part with what was
expected and what the matcher answered (name, level, score, method); the test part's misses
only as counts by level.

Parts (--part): batch-1 rows (collected before issue 9, partly tuned on) are all "tune". A
row of a later batch (2, 3, 4) is "test" when the SHA-1 of its key (`spelling_key`: diacritics
and tatweel removed, letter forms folded, leading unit words dropped, spaces removed), read
as a number, is not divisible by 3, else "tune"; rows that share a key share a part. Tune gazetteer
changes on `--part tune` only; report `--part test`. The default is both, side by side.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gazetteer.match import Entry, Match, load  # noqa: E402

SPELLINGS = ROOT / "bench/data/spellings.tsv"
LEVELS = ("province", "district", "place", "outside")
PARTS = ("tune", "test")

# The split is drawn from the spelling alone, with its own small folding, so that no change
# to the gazetteer's normaliser can move a row from one part to the other.
_MARKS = re.compile("[\u064b-\u0652\u0640\u0670]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ۀ": "ه",
        "ؤ": "و",
        "ئ": "ي",
    }
)
_UNIT_WORDS = frozenset(
    _MARKS.sub("", w).translate(_FOLD)
    for w in re.split(
        r"\s+",
        "ولاية إقليم اقليم محافظة مديرية مقاطعة منطقة مدينة قرية بلدة وادي ولسوالية "
        "ولسوالي قضاء ناحية عاصمة مركز",
    )
)


def spelling_key(spelling: str) -> str:
    """The key a row is split by: leading unit words (also with a glued ب، و، ف، ل) dropped."""
    words = _MARKS.sub("", spelling).translate(_FOLD).split()
    while len(words) > 1:
        first = words[0]
        bare = re.sub("^(?:وب|فب|ب|و|ف|ل)", "", first)
        if first in _UNIT_WORDS or bare in _UNIT_WORDS:
            words = words[1:]
            continue
        break
    return "".join(words)


def part_of(spelling: str, batch: str) -> str:
    """The part a row belongs to, "test" or "tune" (see the module docstring)."""
    if batch.strip() in ("", "1"):
        return "tune"
    digest = hashlib.sha1(spelling_key(spelling).encode("utf-8")).hexdigest()
    return "tune" if int(digest, 16) % 3 == 0 else "test"


@dataclass(frozen=True)
class Row:
    line: int
    spelling: str
    level: str
    province_pcode: str
    district_pcode: str
    country: str
    name_en: str
    batch: str = "1"

    @property
    def part(self) -> str:
        return part_of(self.spelling, self.batch)

    def expected(self) -> str:
        if self.level == "outside":
            return f"{self.name_en} (outside, {self.country})"
        if self.level == "province":
            return f"{self.name_en} ({self.province_pcode})"
        return f"{self.name_en} ({self.level}, {self.province_pcode}/{self.district_pcode})"


def read_rows(path: Path) -> list[Row]:
    """Rows of the spellings file; comment and blank lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        numbered = [
            (n, line)
            for n, line in enumerate(fh, 1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    if not numbered:
        return []
    reader = csv.DictReader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows: list[Row] = []
    for (n, _), rec in zip(numbered[1:], reader, strict=True):
        rows.append(
            Row(
                line=n,
                spelling=(rec.get("spelling") or "").strip(),
                level=(rec.get("level") or "").strip(),
                province_pcode=(rec.get("province_pcode") or "").strip(),
                district_pcode=(rec.get("district_pcode") or "").strip(),
                country=(rec.get("country") or "").strip(),
                name_en=(rec.get("name_en") or "").strip(),
                batch=(rec.get("batch") or "1").strip(),
            )
        )
    return rows


def correct(row: Row, entry: Entry | None) -> bool:
    if entry is None:
        return False
    if row.level == "outside":
        return entry.country == row.country and entry.country != "AF"
    if row.level == "province":
        return entry.province_pcode == row.province_pcode
    return entry.district_pcode == row.district_pcode


def answered(m: Match) -> str:
    e = m.entry
    if e is None or m.best is None:
        return "no match"
    where = (
        e.country
        if e.country != "AF"
        else "/".join(p for p in (e.province_pcode, e.district_pcode) if p)
    )
    return (
        f"{e.name_en} ({e.level}, {where}) score {m.score} {m.best.method}"
        f" via «{m.best.alias}»" + (" ambiguous" if m.ambiguous else "")
    )


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else f"{n}/0 = n/a"


def report(gaz: object, rows: list[Row], title: str) -> None:
    ok: dict[str, list[bool]] = defaultdict(list)
    province_ok: dict[str, list[bool]] = defaultdict(list)
    misses: list[tuple[Row, Match]] = []
    for row in rows:
        m = gaz.match(row.spelling)  # type: ignore[attr-defined]
        good = correct(row, m.entry)
        ok[row.level].append(good)
        if row.level in ("district", "place"):
            province_ok[row.level].append(
                m.entry is not None and m.entry.province_pcode == row.province_pcode
            )
        if not good:
            misses.append((row, m))

    every = [x for level in LEVELS for x in ok[level]]
    print(f"== {title}: {len(rows)} rows")
    print(f"overall accuracy {pct(sum(every), len(every))}")
    for level in LEVELS:
        print(f"{level} accuracy {pct(sum(ok[level]), len(ok[level]))}")
        if level in province_ok:
            rights = province_ok[level]
            print(f"{level} province right {pct(sum(rights), len(rights))}")
    both = province_ok["district"] + province_ok["place"]
    print(f"district+place province right {pct(sum(both), len(both))}")

    # Held-out rows' misses are told as counts by level only: reading them would tune on them.
    held = Counter(row.level for row, _ in misses if row.part == "test")
    print(f"\nmisses ({len(misses)}):")
    if held:
        counts = ", ".join(f"{level} {held[level]}" for level in LEVELS if held[level])
        print(f"  held-out test rows, counts only: {counts}")
    for level in LEVELS:
        for row, m in misses:
            if row.level == level and row.part != "test":
                print(f"  {level:<8} {row.spelling}  want {row.expected()}; got {answered(m)}")
    print()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spellings", nargs="?", type=Path, default=SPELLINGS, help="TSV file")
    parser.add_argument(
        "--part",
        choices=("tune", "test", "all", "both"),
        default="both",
        help="rows to score: the tune part, the held-out test part, all rows, or "
        "tune and test side by side (default)",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    rows = read_rows(args.spellings)
    gaz = load()
    unknown = [r for r in rows if r.level not in LEVELS]
    for r in unknown:
        print(f"warning: line {r.line}: unknown level {r.level!r}; row skipped")
    rows = [r for r in rows if r.level in LEVELS]
    print(f"spellings: {len(rows)} rows from {args.spellings}")
    parts = {"tune": ["tune"], "test": ["test"], "both": list(PARTS), "all": []}[args.part]
    if not parts:
        report(gaz, rows, "all rows")
    for part in parts:
        report(gaz, [r for r in rows if r.part == part], f"{part} part")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
