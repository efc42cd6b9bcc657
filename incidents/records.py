"""Typed records passed between the stages: mentions, locations, incidents."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from incidents.eventtypes import EVENT_TYPES

__all__ = ["EVENT_TYPES", "Evidence", "Incident", "Location", "PlaceMention"]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the article, as written, with the gazetteer's answer."""

    text: str  # as written, article[start:end]
    start: int
    end: int
    unit: str | None  # level the preceding unit word points to (ولاية -> province)
    entry_id: str | None
    name_ar: str | None
    name_en: str | None
    level: str | None
    country: str | None
    province_pcode: str | None
    district_pcode: str | None
    lat: float | None
    lon: float | None
    score: float | None
    method: str | None  # exact | compact | skeleton | fuzzy | correction
    alias: str | None
    ambiguous: bool = False
    candidates: tuple[dict[str, Any], ...] = ()
    # What the name is in its sentence (incidents.roles): event_place, speaker_office,
    # reference_point, route_end, origin, person_name, dateline.
    role: str = "event_place"

    @property
    def resolved(self) -> bool:
        return self.entry_id is not None

    @property
    def in_afghanistan(self) -> bool:
        return self.country == "AF"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["candidates"] = list(self.candidates)
        return out

    def as_candidate(self) -> dict[str, Any]:
        """The mention's reading as one of the candidates of a name (the fields of the
        gazetteer's candidates), to keep when another reading takes its place."""
        return {
            "entry_id": self.entry_id,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "level": self.level,
            "country": self.country,
            "province_pcode": self.province_pcode,
            "district_pcode": self.district_pcode,
            "score": self.score,
            "method": self.method,
            "alias": self.alias,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an incident is placed where it is: the words that decided it and the rule."""

    text: str  # as written, article[start:end]
    start: int
    end: int
    role: str  # event_place | speaker_office | dateline | anaphora | context ...
    rule: str  # the construction that gave this role, e.g. "unit word before the name"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Location:
    """Where an incident is placed: the most precise Afghan place it is about."""

    text: str  # the mention as written (or the anaphor, e.g. بتلك المديرية)
    entry_id: str
    name_ar: str
    name_en: str
    level: str  # place | district | province
    province_pcode: str | None
    district_pcode: str | None
    lat: float
    lon: float
    score: float
    # mention | anaphora | context | capital | dateline | office | own_office | route |
    # near | bearing | headline
    how: str
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Incident:
    """One claimed event, tied to its source sentence and placed through the gazetteer."""

    article: str
    event_type: str
    sentence: str
    start: int
    end: int
    claimed_by: str | None = None
    attributed_to: str | None = None
    killed: int | None = None
    wounded: int | None = None
    casualties_text: str | None = None
    # The text says the event hurt no one ("لم يسفر عن إصابات", its words in
    # casualties_text): killed and wounded stay null, as no total was told.
    none_hurt: bool = False
    targets: list[str] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    date: str | None = None  # the date as written (kept for older readers; = date_text)
    event_date: str | None = None  # ISO date when the text and publication date make it certain
    places: list[PlaceMention] = field(default_factory=list)
    location: Location | None = None
    # Where it happened when known: "AF" when placed, another ISO code for an event in
    # Pakistan or Iran (never placed on the Afghan map), None when the text does not say.
    country: str | None = None
    # Follow-up sentences merged into this incident: (start, end) offsets.
    more: list[tuple[int, int]] = field(default_factory=list)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Offsets of every sentence of the incident: the lead, then the follow-ups."""
        return [(self.start, self.end), *self.more]

    def to_json(self) -> dict[str, Any]:
        """The `incidentmap extract --json` record."""
        loc = self.location
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "event_type": self.event_type,
            "killed": self.killed,
            "wounded": self.wounded,
            "casualties_text": self.casualties_text,
            "none_hurt": self.none_hurt,
            "claimed_by": self.claimed_by,
            "attributed_to": self.attributed_to,
            "targets": list(self.targets),
            "equipment": list(self.equipment),
            "date": self.date,
            "date_text": self.date,
            "event_date": self.event_date,
            "places": [p.to_json() for p in self.places],
            "country": self.country,
            "location": (
                {
                    "name_ar": loc.name_ar,
                    "name_en": loc.name_en,
                    "level": loc.level,
                    "province_pcode": loc.province_pcode,
                    "district_pcode": loc.district_pcode,
                    "lat": loc.lat,
                    "lon": loc.lon,
                    "score": loc.score,
                    "text": loc.text,
                    "entry_id": loc.entry_id,
                    "how": loc.how,
                    "evidence": loc.evidence.to_json() if loc.evidence else None,
                }
                if loc
                else None
            ),
            "more": [list(span) for span in self.more],
            "sentences": [{"start": a, "end": b} for a, b in self.sentences],
        }
