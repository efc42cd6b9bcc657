"""Incidents and fatalities per week or month, by event type, for the timeline chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from incidents.filters import Filters, parse_day
from incidents.records import EVENT_TYPES

__all__ = [
    "Period",
    "TimelineBar",
    "in_span",
    "next_period",
    "period_start",
    "selected_span",
    "timeline",
]

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


def next_period(start: date, period: Period) -> date:
    """The first day of the period after the one starting on `start`."""
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def selected_span(values: Sequence[Any] | None, *, period: Period) -> tuple[date, date] | None:
    """The days a brush over the timeline selects, or None when it selects no bar.

    `values` are the brush's two ends in milliseconds since 1970 (UTC), as Vega-Lite
    reports an interval over a temporal axis. A bar is selected when its period starts
    inside the brush (Vega-Lite's own test, so the map shows the bars drawn selected);
    the span runs from the first such period's first day to the last one's last day.
    """
    if not values or len(values) != 2:
        return None
    try:
        low, high = sorted(float(v) for v in values)
    except (TypeError, ValueError):
        return None
    first = period_start(_utc_day(low), period)
    if _epoch_ms(first) < low:
        first = next_period(first, period)
    last = period_start(_utc_day(high), period)
    if first > last:
        return None
    return first, next_period(last, period) - timedelta(days=1)


def in_span(rows: Iterable[Mapping[str, Any]], span: tuple[date, date]) -> list[Any]:
    """The rows whose event date falls in the span (undated ones never do): the sidebar's
    date-range rule."""
    return Filters(date_from=span[0], date_to=span[1]).select(rows)


def _utc_day(ms: float) -> date:
    return datetime.fromtimestamp(ms / 1000, UTC).date()


def _epoch_ms(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000


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
