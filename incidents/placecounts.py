"""Incidents and fatalities per province or district, for the map's shading.

Counting is by P-code, as the extraction placed each incident: an incident known only to
its province counts for the province and for no district (it is tallied apart, so the map
never pretends to a precision the text did not give). Incidents outside Afghanistan have
no P-code and are not counted. The boundaries these counts are joined to live in
`incidents.areas`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Level",
    "Measure",
    "PlaceTally",
    "Tally",
    "class_breaks",
    "class_of",
    "shading_scope",
    "tally",
]

Level = Literal["province", "district"]
Measure = Literal["incidents", "fatalities"]


@dataclass(frozen=True, slots=True)
class PlaceTally:
    """What the filter shows in one place."""

    incidents: int = 0
    fatalities: int = 0  # killed, where the text gave a number

    def value(self, measure: Measure) -> int:
        return self.incidents if measure == "incidents" else self.fatalities


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts per P-code of one level, and what could not be given a unit of that level."""

    level: Level
    province: str | None  # the province whose districts are counted (district level)
    by_place: Mapping[str, PlaceTally] = field(default_factory=dict)
    # Incidents of the counted area known only above this level (district level: only
    # the province is known).
    coarser: PlaceTally = PlaceTally()

    def value(self, pcode: str, measure: Measure) -> int:
        return self.by_place.get(pcode, PlaceTally()).value(measure)


def shading_scope(provinces: Sequence[str]) -> tuple[Level, str | None]:
    """Shade provinces, or with exactly one province chosen, that province's districts."""
    if len(provinces) == 1:
        return "district", provinces[0]
    return "province", None


def tally(rows: Iterable[Mapping[str, Any]], *, level: Level, province: str | None = None) -> Tally:
    """Count incidents and fatalities per province, or per district of `province`.

    Parameters
    ----------
    rows : stored incidents (`province_pcode`, `district_pcode`, `killed`).
    level : "province", or "district" (then `province` names the province counted).
    province : at district level, rows of other provinces are left out.
    """
    if level == "district" and not province:
        raise ValueError("district counts need the province they are taken in")
    counts: dict[str, list[int]] = {}
    coarser = [0, 0]
    for row in rows:
        province_pcode = row.get("province_pcode")
        if not province_pcode:
            continue  # outside Afghanistan or not placed
        if level == "province":
            key = str(province_pcode)
        elif province_pcode != province:
            continue
        else:
            key = str(row.get("district_pcode") or "")
        killed = row.get("killed")
        dead = killed if isinstance(killed, int) and not isinstance(killed, bool) else 0
        cell = counts.setdefault(key, [0, 0]) if key else coarser
        cell[0] += 1
        cell[1] += dead
    return Tally(
        level=level,
        province=province if level == "district" else None,
        by_place={k: PlaceTally(n, dead) for k, (n, dead) in sorted(counts.items())},
        coarser=PlaceTally(coarser[0], coarser[1]),
    )


def class_breaks(values: Iterable[int], *, classes: int = 5) -> tuple[int, ...]:
    """Lower bounds of up to `classes` shading classes over the non-zero values.

    Quantiles of the places that have any, so one place with a hundred dead does not
    wash the others out; bounds are distinct and start at the smallest value. Zero is
    a class of its own (see `class_of`).
    """
    ranked = sorted(v for v in values if v > 0)
    if not ranked:
        return ()
    bounds: list[int] = []
    for n in range(classes):
        bound = ranked[(n * len(ranked)) // classes]
        if not bounds or bound > bounds[-1]:
            bounds.append(bound)
    return tuple(bounds)


def class_of(value: int, breaks: Sequence[int]) -> int:
    """0 for nothing, else 1 + the index of the highest lower bound `value` reaches."""
    if value <= 0 or not breaks:
        return 0
    out = 1
    for n, bound in enumerate(breaks, start=1):
        if value >= bound:
            out = n
    return out
