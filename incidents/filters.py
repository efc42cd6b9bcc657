"""The analyst's filter, its round trip through a URL query string, and the date range.

The store answers the place, type, claimant and text filters; the event-date range is
applied here, to the stored rows, so the same rule serves the map, the table and tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from gazetteer.normalize import normalize
from incidents.records import EVENT_TYPES

__all__ = [
    "QUERY_KEYS",
    "Filters",
    "count_undated",
    "parse_day",
    "place_codes",
]

# Every URL parameter that belongs to the filter; other parameters (`incident`) are kept.
QUERY_KEYS = ("province", "district", "type", "claimant", "q", "from", "to")


class NamedPlace(Protocol):
    """What `place_codes` needs of a gazetteer entry."""

    @property
    def id(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_ar(self) -> str: ...


@dataclass(frozen=True)
class Filters:
    """What the map and table show: every empty field means "all".

    With a date range (either end), only incidents with an `event_date` inside it are
    shown; undated incidents are shown only when no range is set.
    """

    provinces: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    search: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def from_query(cls, params: Mapping[str, Any]) -> Filters:
        """Read `?province=AF15,AF30&type=ied&q=...&from=2010-01-01&to=2010-12-31`.

        Unknown values are dropped; a range given backwards is turned round.
        """

        def values(key: str) -> tuple[str, ...]:
            raw = params.get(key)
            if raw is None:
                return ()
            items = raw if isinstance(raw, list | tuple) else [raw]
            out: list[str] = []
            for item in items:
                out.extend(v.strip() for v in str(item).split(",") if v.strip())
            return tuple(dict.fromkeys(out))

        start = parse_day(_first(params.get("from")))
        end = parse_day(_first(params.get("to")))
        if start and end and start > end:
            start, end = end, start
        return cls(
            provinces=tuple(p for p in values("province") if _is_pcode(p, 4)),
            districts=tuple(d for d in values("district") if _is_pcode(d, 6)),
            event_types=tuple(t for t in values("type") if t in EVENT_TYPES),
            claimants=values("claimant")[:10],
            search=str(_first(params.get("q")) or "")[:200],
            date_from=start,
            date_to=end,
        )

    def to_query(self) -> dict[str, str]:
        """The query-string form; empty filters are left out."""
        out: dict[str, str] = {}
        if self.provinces:
            out["province"] = ",".join(self.provinces)
        if self.districts:
            out["district"] = ",".join(self.districts)
        if self.event_types:
            out["type"] = ",".join(self.event_types)
        if self.claimants:
            out["claimant"] = ",".join(self.claimants)
        if self.search:
            out["q"] = self.search
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        return out

    def store_args(self) -> dict[str, Any]:
        """Keyword arguments for `Store.incidents` (the date range is applied by `select`)."""
        districts = self.districts
        if self.provinces:
            districts = tuple(d for d in districts if d[:4] in self.provinces)
        return {
            "provinces": self.provinces,
            "districts": districts,
            "event_types": self.event_types,
            "claimants": self.claimants,
            "search": self.search or None,
        }

    @property
    def has_date_range(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def select(self, rows: Iterable[Mapping[str, Any]]) -> list[Any]:
        """The rows inside the date range; all of them (undated too) when none is set."""
        if not self.has_date_range:
            return list(rows)
        low = self.date_from or date.min
        high = self.date_to or date.max
        out = []
        for row in rows:
            day = parse_day(row.get("event_date"))
            if day is not None and low <= day <= high:
                out.append(row)
        return out


def count_undated(rows: Iterable[Mapping[str, Any]]) -> int:
    """How many rows have no usable event date."""
    return sum(parse_day(row.get("event_date")) is None for row in rows)


def parse_day(value: object) -> date | None:
    """A `YYYY-MM-DD` day (a longer ISO datetime counts by its day); None otherwise."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def place_codes(
    values: Iterable[str],
    places: Sequence[NamedPlace],
    *,
    fallback: Callable[[str], str | None] | None = None,
) -> tuple[str, ...]:
    """P-codes for what an analyst typed: a P-code, an English name or an Arabic name.

    English names match without case, spaces or hyphens, then by their consonants
    ("Helmand" for OCHA's "Hilmand", "Herat" for "Hirat", "Paktia" for "Paktya").
    Arabic names match through the gazetteer's normaliser, so either letter form (ة/ه,
    ى/ي, hamza forms) finds the place; `fallback` (the gazetteer's own matcher) may
    answer the rest. Unknown values are dropped.
    """
    index: dict[str, str] = {}
    latin: dict[str, str] = {}
    for place in places:
        index[place.id.upper()] = place.id
        latin[_latin_key(place.name_en)] = place.id
        if place.name_ar:
            index.setdefault(normalize(place.name_ar), place.id)
    # Romanisations differ in vowels (Helmand, Hilmand; Paktia, Paktya): their consonants
    # agree. A skeleton two provinces share answers nothing.
    by_skeleton: dict[str, set[str]] = {}
    for name, pcode in latin.items():
        by_skeleton.setdefault(_skeleton(name), set()).add(pcode)
    skeletons = {sk: next(iter(codes)) for sk, codes in by_skeleton.items() if len(codes) == 1}
    out: list[str] = []
    for value in values:
        text = value.strip()
        if not text:
            continue
        key = _latin_key(text)
        code: str | None = index.get(text.upper()) or latin.get(key) or index.get(normalize(text))
        if code is None and key.isascii():
            code = skeletons.get(_skeleton(key))
        if code is None and fallback is not None:
            code = fallback(text)
        if code:
            out.append(code)
    return tuple(dict.fromkeys(out))


def _skeleton(key: str) -> str:
    """Consonants of a romanised name, doubled letters once: Helmand/Hilmand -> hlmnd."""
    out: list[str] = []
    for ch in key:
        if ch in "aeiouy" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def _latin_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _first(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def _is_pcode(value: str, length: int) -> bool:
    return len(value) == length and value.startswith("AF") and value[2:].isdigit()
