"""Incidents and fatalities per week or month, by event type, for the timeline chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from incidents.filters import parse_day
from incidents.records import EVENT_TYPES

__all__ = ["Period", "TimelineBar", "period_start", "timeline"]

Period = Literal["week", "month"]


@dataclass(frozen=True, slots=True)
class TimelineBar:
    """One stacked segment: a period, an event type, and what happened in it."""

    start: date  # first day of the period (a Monday, or the 1st of the month)
    event_type: str
    incidents: int
    fatalities: int  # killed, where the text gave a number


def period_start(day: date, period: Period) -> date:
    """The first day of the ISO week (Monday) or of the month holding `day`."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def timeline(rows: Iterable[Mapping[str, Any]], *, period: Period = "month") -> list[TimelineBar]:
    """Dated incidents counted per period and type; undated ones are left out.

    Bars are in time order, types within a period in registry order, so colours stack
    the same way in every period.
    """
    counts: dict[tuple[date, str], list[int]] = {}
    for row in rows:
        day = parse_day(row.get("event_date"))
        if day is None:
            continue
        key = (period_start(day, period), str(row.get("event_type") or "other"))
        cell = counts.setdefault(key, [0, 0])
        cell[0] += 1
        killed = row.get("killed")
        cell[1] += int(killed) if isinstance(killed, int) else 0
    order = {name: n for n, name in enumerate(EVENT_TYPES)}
    return [
        TimelineBar(start=start, event_type=etype, incidents=n, fatalities=killed)
        for (start, etype), (n, killed) in sorted(
            counts.items(), key=lambda item: (item[0][0], order.get(item[0][1], len(order)))
        )
    ]
