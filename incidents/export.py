"""Stored incidents to CSV or GeoJSON, in columns an ACLED user recognises.

One row (or feature) per report: reports of one event (`incidents.linking`) share an
`event_key`, and `reports` says how many the event has, so a reader can count events
(distinct keys) or keep every outlet's claim.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

from gazetteer.match import load as load_gazetteer
from incidents.linking import EventIndex, link_events, reports_from_rows

__all__ = [
    "COLUMNS",
    "GEO_PRECISION",
    "NUMERIC_COLUMNS",
    "csv_for_excel",
    "export_rows",
    "table_rows",
    "write_export",
]

_COUNTRIES = {
    "AF": "Afghanistan",
    "PK": "Pakistan",
    "IR": "Iran",
    "TJ": "Tajikistan",
    "UZ": "Uzbekistan",
    "TM": "Turkmenistan",
    "IN": "India",
}
# ACLED's geo_precision: 1 the place itself, 2 the district, 3 the province.
GEO_PRECISION = {"place": 1, "district": 2, "province": 3}

COLUMNS = [
    "event_id",
    "event_date",
    "event_type",
    "actor1",
    "relayed_by",
    "country",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "location",
    "location_as_written",
    "latitude",
    "longitude",
    "geo_precision",
    "match_score",
    "fatalities",
    "wounded",
    "casualties_text",
    "targets",
    "equipment",
    "notes",
    "source",
    "source_offsets",
    # Added with publication dates; appended so that existing readers keep their columns.
    "date_text",
    "url",
    "outlet",
    "published",
    # Added with event linking: the event this report tells, and its number of reports.
    "event_key",
    "reports",
]


def export_rows(
    incidents: Iterable[dict[str, Any]], *, events: EventIndex | None = None
) -> list[dict[str, Any]]:
    """One flat row per stored incident (as returned by `Store.incidents`).

    `events` is the store's linking (`Store.events()`, with the analyst's splits); without
    it the given incidents are linked among themselves.
    """
    gaz = load_gazetteer()
    incidents = list(incidents)
    if events is None:
        events = link_events(reports_from_rows(incidents))
    rows = []
    for inc in incidents:
        province = gaz.get(inc["province_pcode"] or "")
        district = gaz.get(inc["district_pcode"] or "")
        rows.append(
            {
                "event_id": f"{inc['article']}-{inc['seq'] + 1:02d}",
                # ACLED's event_date is a day: the ISO date when the text and the
                # publication date make it certain; the words as written are in date_text.
                "event_date": inc.get("event_date") or "",
                "event_type": inc["event_type"],
                "actor1": inc["claimed_by"] or "",
                "relayed_by": inc["attributed_to"] or "",
                "country": _country_name(inc),
                "admin1": province.name_en if province else "",
                "admin1_pcode": inc["province_pcode"] or "",
                "admin2": district.name_en if district else "",
                "admin2_pcode": inc["district_pcode"] or "",
                "location": inc["loc_name_en"] or "",
                "location_as_written": inc["loc_text"] or "",
                "latitude": inc["lat"] if inc["lat"] is not None else "",
                "longitude": inc["lon"] if inc["lon"] is not None else "",
                "geo_precision": GEO_PRECISION.get(inc["loc_level"] or "", ""),
                "match_score": inc["score"] if inc["score"] is not None else "",
                "fatalities": inc["killed"] if inc["killed"] is not None else "",
                "wounded": inc["wounded"] if inc["wounded"] is not None else "",
                "casualties_text": inc["casualties_text"] or "",
                "targets": "; ".join(inc["targets"]),
                "equipment": "; ".join(inc["equipment"]),
                "notes": inc["sentence"],
                "source": inc["article"],
                "source_offsets": f"{inc['start']}-{inc['end']}",
                "date_text": inc["date_text"] or "",
                "url": inc.get("url") or "",
                "outlet": inc.get("outlet") or "",
                "published": inc.get("published") or "",
                "event_key": events.key_of(inc["id"]),
                "reports": events.size_of(inc["id"]),
            }
        )
    return rows


# Columns that hold numbers; in files an unknown number is an empty cell.
NUMERIC_COLUMNS = (
    "latitude",
    "longitude",
    "geo_precision",
    "match_score",
    "fatalities",
    "wounded",
    "reports",
)


def table_rows(
    incidents: Iterable[dict[str, Any]], *, events: EventIndex | None = None
) -> list[dict[str, Any]]:
    """Export rows for a table: unknown numbers are None, not '', so columns stay numeric
    (a column of numbers mixed with '' sorts as text and breaks Arrow)."""
    return [
        {k: (None if k in NUMERIC_COLUMNS and v == "" else v) for k, v in row.items()}
        for row in export_rows(incidents, events=events)
    ]


def csv_for_excel(
    incidents: Iterable[dict[str, Any]], *, events: EventIndex | None = None
) -> bytes:
    """The CSV export as UTF-8 with a byte-order mark, which Excel needs to read Arabic."""
    buf = io.StringIO()
    write_export(incidents, buf, fmt="csv", events=events)
    return buf.getvalue().encode("utf-8-sig")


def _country_name(inc: dict[str, Any]) -> str:
    """Where it happened: placed incidents are in Afghanistan, others as extracted."""
    code = inc.get("country") or ("AF" if inc.get("province_pcode") else "")
    return _COUNTRIES.get(code, code)


def write_export(
    incidents: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    fmt: str,
    events: EventIndex | None = None,
) -> int:
    """Write CSV or GeoJSON to `out`; returns the number of incidents written.

    `events`: the store's linking (see `export_rows`).
    """
    rows = export_rows(incidents, events=events)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "geojson":
        features = [
            {
                "type": "Feature",
                "geometry": (
                    {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                    if row["latitude"] != ""
                    else None
                ),
                "properties": row,
            }
            for row in rows
        ]
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    else:
        raise ValueError(f"unknown export format {fmt!r} (csv or geojson)")
    return len(rows)
