"""The analyst's filter, its round trip through a URL query string, and the date range.

The store answers the place, type, claimant and text filters; the event-date range is
applied here, to the stored rows, so the same rule serves the map, the table and tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

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


class Finder(Protocol):
    """What `gazetteer_finder` needs of the gazetteer: ranked candidates for a text."""

    def candidates(self, text: str, *, limit: int) -> Sequence[Any]: ...


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
    find: Callable[[str], str | None],
) -> tuple[str, ...]:
    """P-codes for what an analyst typed: a P-code, or a name in any spelling that `find`
    (the gazetteer's matcher: English, Dari, Arabic letter forms) resolves. Unknown values
    are dropped."""
    known = {place.id.upper(): place.id for place in places}
    out: list[str] = []
    for value in values:
        text = value.strip()
        if not text:
            continue
        code = known.get(text.upper()) or find(text)
        if code:
            out.append(code)
    return tuple(dict.fromkeys(out))


def gazetteer_finder(gazetteer: Finder, level: str) -> Callable[[str], str | None]:
    """The gazetteer's own matcher, answering entries of one level only."""

    def find(text: str) -> str | None:
        for candidate in gazetteer.candidates(text, limit=5):
            if candidate.entry.level == level:
                return str(candidate.entry.id)
        return None

    return find


def _first(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def _is_pcode(value: str, length: int) -> bool:
    return len(value) == length and value.startswith("AF") and value[2:].isdigit()
