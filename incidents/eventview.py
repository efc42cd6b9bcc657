"""One event's reports side by side, for the incident panel.

Pure functions returning HTML. Outlets disagree (5 killed or 6, a claim or none), and
the analyst must see it: each report is a column, and a line where the reports differ is
marked. Everything from an article is untrusted and escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from incidents.linking import Event, EventIndex
from incidents.mapview import safe_text

__all__ = ["FIELDS", "link_lines", "report_order", "reports_here", "reports_html"]


def _number(value: Any) -> str:
    return "—" if value is None else str(value)


# The lines of the comparison: label, and how to read it from a stored incident row.
FIELDS: tuple[tuple[str, Callable[[Mapping[str, Any]], str]], ...] = (
    ("Outlet", lambda r: r.get("outlet") or f"outlet unknown ({r.get('article')})"),
    ("Published", lambda r: r.get("published") or "—"),
    ("Event date", lambda r: r.get("event_date") or "undated"),
    ("Event type", lambda r: str(r.get("event_type") or "").replace("_", " ")),
    ("Claimed by", lambda r: r.get("claimed_by") or "—"),
    ("Killed", lambda r: _number(r.get("killed"))),
    ("Wounded", lambda r: _number(r.get("wounded"))),
    ("Place", lambda r: r.get("loc_name_en") or r.get("province_pcode") or "—"),
    ("Sentence", lambda r: str(r.get("sentence") or "")),
)


def report_order(row: Mapping[str, Any]) -> tuple[str, str, int]:
    """Reports in the order they were published (undated last), then as stored."""
    return (str(row.get("published") or "9999"), str(row.get("article") or ""), int(row["id"]))


def reports_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """A table with one column per report; lines whose values differ are marked."""
    head = "".join(f'<th class="report-head">Report {n}</th>' for n in range(1, len(rows) + 1))
    lines = []
    for label, read in FIELDS:
        values = [read(row) for row in rows]
        differs = len(set(values)) > 1 and label not in ("Outlet", "Published", "Sentence")
        cells = "".join(
            f'<td class="report-sentence" dir="rtl" lang="ar">{safe_text(v)}</td>'
            if label == "Sentence"
            else f"<td>{safe_text(v)}</td>"
            for v in values
        )
        mark = ' class="differs" title="the reports differ"' if differs else ""
        lines.append(f'<tr{mark}><th style="text-align:left;">{safe_text(label)}</th>{cells}</tr>')
    return (
        "<style>.event-reports{width:100%;table-layout:fixed;font-size:0.88rem;"
        "border-collapse:collapse}.event-reports td,.event-reports th{vertical-align:top;"
        "padding:2px 6px;border-bottom:1px solid #ddd;overflow-wrap:anywhere}"
        ".event-reports tr.differs td{background:#fff3cd;font-weight:600}"
        ".event-reports .report-sentence{text-align:right;line-height:1.7}</style>"
        f'<table class="event-reports"><tr><th style="width:6.5em;"></th>{head}</tr>'
        + "".join(lines)
        + "</table>"
    )


def link_lines(event: Event, rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Why the shown reports are one event: one line per link, with its rule and score,
    the reports named by their column ("Reports 1 and 2")."""
    column = {
        report.key: n
        for n, row in enumerate(rows, start=1)
        for report in event.reports
        if report.incident_id == int(row["id"])
    }
    out = []
    for link in event.links:
        if link.a in column and link.b in column:
            first, second = sorted((column[link.a], column[link.b]))
            out.append(f"Reports {first} and {second}: {link.rule} (score {link.score:.2f})")
    return out


def reports_here(
    here: Sequence[Mapping[str, Any]], rows: Sequence[Mapping[str, Any]], events: EventIndex
) -> list[list[Mapping[str, Any]]]:
    """What a click opens, event by event: for each event of the clicked incidents (in
    their order), every report of it that `rows` (what the filter shows) holds, in
    `report_order`."""
    wanted = list(dict.fromkeys(events.key_of(int(row["id"])) for row in here))
    found: dict[str, list[Mapping[str, Any]]] = {key: [] for key in wanted}
    for row in rows:
        key = events.key_of(int(row["id"]))
        if key in found:
            found[key].append(row)
    return [sorted(found[key], key=report_order) for key in wanted if found[key]]
