"""One event, several reports: incidents of different articles linked into events.

Two outlets' stories of one bombing become two incidents; an analyst wants one event
with both reports side by side, their differing claims visible. Two incidents are linked
when every rule holds:

* **different articles** (two incidents of one article are never linked: an article
  that tells two events means two);
* **place**: the same district, or the same province when at least one of them is known
  only to its province; incidents outside Afghanistan or not placed are never linked;
* **date**: both have an `event_date` and they are at most one day apart (an undated
  incident is never linked: without a day, place and type alone are no evidence);
* **type**: the same event type, or a pair of `COMPATIBLE` types;
* **no split**: the analyst has not split the two apart.

The link's score is the product of one factor per rule (`PLACE_SCORE`, `DAY_SCORE`,
`TYPE_SCORE`), from 1.0 (same district, same day, same type) down to 0.384. Events are
grown from the strongest link down, and two groups merge only when every report of one
is linked to every report of the other (complete linkage): a chain of day-apart reports
never spans three days, and no event holds two incidents of one article.

Everything here is keyed by a report's stable key (`report_key`): the article's SHA-256
and the offsets of the incident's lead sentence in it. Incident ids change when articles
are extracted again (`ingest --reprocess`); the text and the sentence that is the
incident's evidence do not, so an analyst's split, the grouping and each `event_key`
survive re-ingest, and the same rows give the same events on either store back end.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from incidents.filters import parse_day

__all__ = [
    "COMPATIBLE",
    "DAY_SCORE",
    "PLACE_SCORE",
    "TYPE_SCORE",
    "Event",
    "EventIndex",
    "Link",
    "Report",
    "compatible_types",
    "link",
    "link_events",
    "report_key",
    "reports_from_rows",
    "split_pair",
]

# Pairs of event types one event may be reported as. Outlets name the same event at
# different grain: one says "an attack", another names its bomb; one calls a car bomb a
# suicide attack; "قصف" is bombardment from the air or the ground. Types not paired here
# (an armed clash and an air strike, an arrest and a bombing) are never one event.
COMPATIBLE: Mapping[frozenset[str], str] = {
    frozenset({"attack", "ied"}): "an attack, its bomb named by another outlet",
    frozenset({"attack", "suicide_bomb"}): "an attack, its bomber named by another outlet",
    frozenset({"ied", "suicide_bomb"}): "a bomb one outlet calls a suicide attack",
    frozenset({"attack", "armed_clash"}): "an attack that became a firefight",
    frozenset({"attack", "shelling"}): "rockets or mortars reported as an attack",
    frozenset({"shelling", "airstrike"}): "bombardment (قصف) from the air or the ground",
}
# One factor per rule; a link's score is their product.
PLACE_SCORE = {"same district": 1.0, "same province": 0.6}
DAY_SCORE = {0: 1.0, 1: 0.8}
TYPE_SCORE = {"same type": 1.0, "compatible type": 0.8}
MAX_DAYS = max(DAY_SCORE)


@dataclass(frozen=True, slots=True)
class Report:
    """What linking needs of one stored incident."""

    incident_id: int
    key: str  # stable across re-ingest: see `report_key`
    article: str  # the article's SHA-256: two reports of one article never link
    event_type: str
    event_date: date | None
    province: str | None  # P-code
    district: str | None  # P-code; None when only the province is known


@dataclass(frozen=True, slots=True)
class Link:
    """Two reports judged to tell one event, with the rule that linked them."""

    a: str  # report keys, a < b
    b: str
    score: float
    place: str  # "same district" | "same province"
    days: int  # 0 or 1
    types: str  # "same type" | "compatible type"

    @property
    def rule(self) -> str:
        """The rule in words: "same district, 1 day apart, compatible type"."""
        apart = "same day" if self.days == 0 else f"{self.days} day apart"
        return f"{self.place}, {apart}, {self.types}"


@dataclass(frozen=True, slots=True)
class Event:
    """One event: its reports (by report key) and the links that hold them together."""

    key: str  # "ev-" and 12 hex digits, from the report keys: stable across re-ingest
    reports: tuple[Report, ...]  # in report-key order
    links: tuple[Link, ...]  # every link between two of its reports, strongest first

    @property
    def incident_ids(self) -> tuple[int, ...]:
        return tuple(r.incident_id for r in self.reports)


@dataclass(frozen=True)
class EventIndex:
    """Every incident's event; an incident unknown to the index is an event of its own."""

    events: tuple[Event, ...]
    by_incident: Mapping[int, Event]

    def event_of(self, incident_id: int) -> Event | None:
        return self.by_incident.get(int(incident_id))

    def key_of(self, incident_id: int) -> str:
        event = self.event_of(incident_id)
        return event.key if event else f"incident-{int(incident_id)}"

    def size_of(self, incident_id: int) -> int:
        event = self.event_of(incident_id)
        return len(event.reports) if event else 1


def report_key(article_sha256: str, start: int, end: int, ordinal: int = 0) -> str:
    """A report's stable key: the article's text hash and its lead sentence's offsets.

    `ordinal` tells apart incidents that share one lead sentence (the first is 0 and
    is not written).
    """
    key = f"{article_sha256}:{int(start)}-{int(end)}"
    return f"{key}/{ordinal}" if ordinal else key


def split_pair(a: str, b: str) -> tuple[str, str]:
    """Two report keys in the order a split is stored in."""
    return (a, b) if a <= b else (b, a)


def reports_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Report]:
    """Reports of stored incident rows (`Store.incidents`), every incident of an article
    among them, in store order (article, then sequence)."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for row in sorted(rows, key=lambda r: (int(r["article_id"]), int(r["seq"]))):
        base = report_key(row["article_sha256"], row["start"], row["end"])
        ordinal = seen[base]
        seen[base] += 1
        out.append(
            Report(
                incident_id=int(row["id"]),
                key=report_key(row["article_sha256"], row["start"], row["end"], ordinal),
                article=str(row["article_sha256"]),
                event_type=str(row["event_type"]),
                event_date=parse_day(row.get("event_date")),
                province=row.get("province_pcode") or None,
                district=row.get("district_pcode") or None,
            )
        )
    return out


def compatible_types(a: str, b: str) -> str | None:
    """The type rule: "same type", "compatible type", or None (never one event)."""
    if a == b:
        return "same type"
    return "compatible type" if frozenset({a, b}) in COMPATIBLE else None


def link(a: Report, b: Report) -> Link | None:
    """The link between two reports when every rule holds, else None (splits aside)."""
    if a.article == b.article or a.key == b.key:
        return None
    if a.event_date is None or b.event_date is None:
        return None
    days = abs((a.event_date - b.event_date).days)
    if days > MAX_DAYS:
        return None
    if a.province is None or a.province != b.province:
        return None
    if a.district is not None and b.district is not None:
        if a.district != b.district:
            return None
        place = "same district"
    else:
        place = "same province"
    types = compatible_types(a.event_type, b.event_type)
    if types is None:
        return None
    first, second = split_pair(a.key, b.key)
    score = round(PLACE_SCORE[place] * DAY_SCORE[days] * TYPE_SCORE[types], 3)
    return Link(first, second, score, place, days, types)


def link_events(
    reports: Iterable[Report], *, splits: Collection[tuple[str, str]] = ()
) -> EventIndex:
    """Group reports into events (see the module's rules); `splits` are pairs of report
    keys (`split_pair` order) the analyst split apart. Pure and deterministic: the same
    reports give the same events whatever their order or incident ids."""
    by_key = {r.key: r for r in reports}
    refused = {split_pair(a, b) for a, b in splits}
    links = [
        x
        for x in _candidate_links(by_key.values())
        if (x.a, x.b) not in refused  # split by the analyst
    ]
    links.sort(key=lambda x: (-x.score, x.a, x.b))
    linked = {(x.a, x.b): x for x in links}
    group = {key: frozenset([key]) for key in by_key}
    for x in links:
        left, right = group[x.a], group[x.b]
        if left is right:
            continue
        if all(split_pair(p, q) in linked for p in left for q in right):
            merged = left | right
            for key in merged:
                group[key] = merged
    inside: dict[frozenset[str], list[Link]] = defaultdict(list)
    for x in links:  # strongest first
        if group[x.a] is group[x.b]:
            inside[group[x.a]].append(x)
    events = []
    by_incident: dict[int, Event] = {}
    for members in sorted(set(group.values()), key=min):
        keys = sorted(members)
        event = Event(
            key=event_key(keys),
            reports=tuple(by_key[k] for k in keys),
            links=tuple(inside.get(members, ())),
        )
        events.append(event)
        for report in event.reports:
            by_incident[report.incident_id] = event
    return EventIndex(events=tuple(events), by_incident=by_incident)


def event_key(report_keys: Iterable[str]) -> str:
    """The event's key: a short hash of its reports' keys (sorted)."""
    digest = hashlib.sha256("\n".join(sorted(report_keys)).encode("utf-8")).hexdigest()
    return "ev-" + digest[:12]


def _candidate_links(reports: Iterable[Report]) -> list[Link]:
    """Every link the rules allow, comparing only reports of one province whose days are
    at most MAX_DAYS apart (a sweep over days, so 10,000 incidents cost milliseconds)."""
    by_province: dict[str, list[tuple[date, Report]]] = defaultdict(list)
    for r in reports:
        if r.province is not None and r.event_date is not None:
            by_province[r.province].append((r.event_date, r))
    out = []
    for province in sorted(by_province):
        dated = sorted(by_province[province], key=lambda pair: (pair[0], pair[1].key))
        for i, (day, a) in enumerate(dated):
            for later, b in dated[i + 1 :]:
                if (later - day).days > MAX_DAYS:
                    break
                found = link(a, b)
                if found is not None:
                    out.append(found)
    return out
