"""Records to the store's rows and back, the same for every back end.

An incident or a place mention becomes the values of its table's columns, in the order
`incidents.schema` lists them (lists and evidence as JSON text); a stored incident row
comes back as a dict with that JSON decoded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from gazetteer.normalize import normalize
from incidents.records import Incident, PlaceMention

__all__ = ["incident_row", "incident_values", "insert_sql", "mention_values"]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def incident_values(article_id: int, seq: int, inc: Incident) -> tuple[Any, ...]:
    """One incident as the values of INCIDENT_COLUMNS, in order."""
    loc = inc.location
    evidence = loc.evidence if loc else None
    return (
        article_id,
        seq,
        inc.event_type,
        inc.sentence,
        inc.start,
        inc.end,
        inc.claimed_by,
        inc.attributed_to,
        inc.killed,
        inc.wounded,
        inc.casualties_text,
        json.dumps(inc.targets, ensure_ascii=False),
        json.dumps(inc.equipment, ensure_ascii=False),
        inc.date,
        json.dumps(inc.more),
        loc.text if loc else None,
        loc.entry_id if loc else None,
        loc.name_ar if loc else None,
        loc.name_en if loc else None,
        loc.level if loc else None,
        loc.how if loc else None,
        loc.province_pcode if loc else None,
        loc.district_pcode if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        loc.score if loc else None,
        inc.country,
        inc.event_date,
        json.dumps([list(span) for span in inc.sentences]),
        json.dumps(evidence.to_json(), ensure_ascii=False) if evidence else None,
    )


def incident_row(row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in ("targets", "equipment", "more", "sentences"):
        out[key] = json.loads(out[key] or "[]")
    out["loc_evidence"] = json.loads(out["loc_evidence"]) if out["loc_evidence"] else None
    return out


def mention_values(incident_id: int, article_id: int, m: PlaceMention) -> tuple[Any, ...]:
    """One place mention as the values of MENTION_COLUMNS, in order (its key normalised)."""
    return (
        incident_id,
        article_id,
        m.text,
        normalize(m.text),
        m.start,
        m.end,
        m.unit,
        m.entry_id,
        m.name_ar,
        m.name_en,
        m.level,
        m.country,
        m.province_pcode,
        m.district_pcode,
        m.score,
        m.method,
        int(m.ambiguous),
        json.dumps(list(m.candidates), ensure_ascii=False),
    )
