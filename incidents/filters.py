"""The analyst's filter, and its round trip through a URL query string."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from incidents.records import EVENT_TYPES

__all__ = ["Filters"]


@dataclass(frozen=True)
class Filters:
    """What the map and table show: every empty field means "all"."""

    provinces: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    search: str = ""

    @classmethod
    def from_query(cls, params: Mapping[str, Any]) -> Filters:
        """Read `?province=AF15,AF30&type=ied&q=...`; unknown values are dropped."""

        def values(key: str) -> tuple[str, ...]:
            raw = params.get(key)
            if raw is None:
                return ()
            items = raw if isinstance(raw, list | tuple) else [raw]
            out: list[str] = []
            for item in items:
                out.extend(v.strip() for v in str(item).split(",") if v.strip())
            return tuple(dict.fromkeys(out))

        return cls(
            provinces=tuple(p for p in values("province") if _is_pcode(p, 4)),
            districts=tuple(d for d in values("district") if _is_pcode(d, 6)),
            event_types=tuple(t for t in values("type") if t in EVENT_TYPES),
            claimants=values("claimant")[:10],
            search=str(params.get("q", "") or "")[:200],
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
        return out

    def store_args(self) -> dict[str, Any]:
        """Keyword arguments for `Store.incidents`."""
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


def _is_pcode(value: str, length: int) -> bool:
    return len(value) == length and value.startswith("AF") and value[2:].isdigit()
