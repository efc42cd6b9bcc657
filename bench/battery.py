"""Constructions of the genre, one short text each, run through extraction.

The files under ``bench/battery/*.jsonl`` hold sentences written for the project (never
taken from an article) in the style of Arabic conflict reporting, one construction per
line: how a toll, a date, a place or an event is told. Each line is

    {"construction": "...", "text": "...", "published": "YYYY-MM-DD" | null,
     "expect": {"incidents": 1, "killed": 5, "wounded": null, "event_type": ["ied"],
                "province": "AF30", "district": ["AF3008"], "country": "AF",
                "event_date": "2009-05-10", "claimed_by": "Taliban"},
     "pick": "substring of the incident's text"}

Every key of ``expect`` is optional; the fields are checked on the incident whose
sentences contain ``pick`` (else the first incident). A list accepts any of its values;
``province: null`` means the incident must stay unplaced.

Run: ``python bench/battery.py [FILE...] [--failures]``. It prints the share of checks
passed per file and per field, and with --failures each failing construction.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer.match import Gazetteer, load  # noqa: E402
from incidents.extract import extract_article  # noqa: E402
from incidents.records import Incident  # noqa: E402

BATTERY = ROOT / "bench" / "battery"
FIELDS = (
    "incidents",
    "event_type",
    "killed",
    "wounded",
    "country",
    "province",
    "district",
    "event_date",
    "claimed_by",
)


@dataclass(frozen=True, slots=True)
class Case:
    file: str
    line: int
    construction: str
    text: str
    published: date | None
    expect: dict[str, Any]
    pick: str | None


@dataclass(frozen=True, slots=True)
class Check:
    case: Case
    field: str
    want: Any
    got: Any

    @property
    def passed(self) -> bool:
        if isinstance(self.want, list):
            return self.got in self.want
        return bool(self.got == self.want)


def read_cases(paths: list[Path]) -> list[Case]:
    cases = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            published = row.get("published")
            cases.append(
                Case(
                    file=path.name,
                    line=n,
                    construction=row["construction"],
                    text=row["text"],
                    published=date.fromisoformat(published) if published else None,
                    expect=row.get("expect", {}),
                    pick=row.get("pick"),
                )
            )
    return cases


def _chosen(case: Case, found: list[Incident]) -> Incident | None:
    if case.pick is None:
        return found[0] if found else None
    for inc in found:
        spans = [case.text[start:end] for start, end in inc.sentences]
        if any(case.pick in span for span in spans):
            return inc
    return None


def _fields(inc: Incident | None) -> dict[str, Any]:
    if inc is None:
        return {}
    loc = inc.location
    return {
        "event_type": inc.event_type,
        "killed": inc.killed,
        "wounded": inc.wounded,
        "country": inc.country,
        "province": loc.province_pcode if loc else None,
        "district": loc.district_pcode if loc else None,
        "event_date": inc.event_date,
        "claimed_by": inc.claimed_by,
    }


def run_case(case: Case, gazetteer: Gazetteer) -> list[Check]:
    found = extract_article(
        case.text, gazetteer=gazetteer, article_id="battery", published=case.published
    )
    got = _fields(_chosen(case, found))
    checks = []
    for name, want in case.expect.items():
        value = len(found) if name == "incidents" else got.get(name, "(no incident)")
        checks.append(Check(case=case, field=name, want=want, got=value))
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="list each failing check")
    args = parser.parse_args(argv)
    paths = args.files or sorted(BATTERY.glob("*.jsonl"))
    gazetteer = load()
    checks = [c for case in read_cases(paths) for c in run_case(case, gazetteer)]
    by_file: Counter[tuple[str, bool]] = Counter((c.case.file, c.passed) for c in checks)
    by_field: Counter[tuple[str, bool]] = Counter((c.field, c.passed) for c in checks)
    print(f"{'file':32} passed")
    for name in sorted({c.case.file for c in checks}):
        ok, bad = by_file[(name, True)], by_file[(name, False)]
        print(f"{name:32} {ok}/{ok + bad} {ok / max(1, ok + bad):.2f}")
    print(f"{'field':32} passed")
    for name in FIELDS:
        ok, bad = by_field[(name, True)], by_field[(name, False)]
        if ok + bad:
            print(f"{name:32} {ok}/{ok + bad} {ok / max(1, ok + bad):.2f}")
    cases = {(c.case.file, c.case.line) for c in checks}
    failed = {(c.case.file, c.case.line) for c in checks if not c.passed}
    print(f"constructions fully right: {len(cases) - len(failed)}/{len(cases)}")
    if args.failures:
        for c in checks:
            if not c.passed:
                where = f"{c.case.file}:{c.case.line}"
                wanted = f"want {c.want!r} got {c.got!r}"
                print(f"{where:24} {c.field:11} {wanted}  [{c.case.construction}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
