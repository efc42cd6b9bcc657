"""The map page: filters in the sidebar, the offline map, and the incident panel."""

from __future__ import annotations

import dataclasses
from typing import Any

import streamlit as st

from filterbar import current_language, sidebar_filters
from gazetteer.match import Gazetteer
from gazetteer.match import load as load_gazetteer
from incidents.areas import Areas
from incidents.articles import incident_by_id
from incidents.eventview import link_lines, reports_here, reports_html
from incidents.filters import Filters, count_undated
from incidents.linking import EventIndex
from incidents.mapview import (
    PlaceLabel,
    build_map,
    clicked_incidents,
    map_bounds,
    points_from_rows,
    safe_text,
    sentence_html,
)
from incidents.sourceview import source_html
from incidents.store import Store
from incidents.timeline import in_span
from incidents.uitext import text
from mapcontrols import render_timeline, view_options
from mapframe import show_map

st.set_page_config(page_title="Incident map", layout="wide")


@st.cache_resource
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@st.cache_resource
def store() -> Store:
    return Store.open()


@st.cache_resource(show_spinner=False)
def areas() -> Areas:
    """The committed boundaries as GeoDataFrames, for the shading."""
    gaz = gazetteer()
    return Areas.from_outlines(gaz.province_outlines, gaz.district_outlines)


@st.cache_resource(show_spinner=False)
def province_labels() -> list[PlaceLabel]:
    return areas().labels()


def store_version() -> tuple[int, ...]:
    """Changes whenever incidents, corrections or splits change, so cached queries refresh."""
    return store().data_version()


# Query results are cached as a resource (shared, never mutated): with 10,000 incidents,
# copying them out of st.cache_data on every rerun costs more than the query. The folium
# map is built anew each run (30 ms): st_folium alters the map it is given.
@st.cache_resource(show_spinner=False, max_entries=32)
def query(filters: Filters, version: tuple[int, ...]) -> list[dict[str, Any]]:
    """The stored incidents the filter names, before its date range is applied."""
    return store().incidents(**filters.store_args())


@st.cache_resource(show_spinner=False, max_entries=4)
def events(version: tuple[int, ...]) -> EventIndex:
    """Every incident's event, linked over the whole store whatever the filter shows."""
    return store().events()


@st.cache_data(show_spinner=False)
def claimants(version: tuple[int, ...]) -> list[str]:
    return store().claimants()


def render_panel(
    rows: list[dict[str, Any]], clicked: dict[str, Any] | None, linked: EventIndex
) -> None:
    """The event of the clicked marker (its reports side by side), the permalinked
    incident, or a hint."""
    with st.container(key="incident-panel", border=True):
        here = clicked_incidents(rows, clicked)
        if here is None:
            linked = permalinked_incident()
            if linked is not None:
                st.subheader("1 incident (permalink)")
                render_incident(linked)
                return
            st.caption("Click a marker to read the claim and its source sentence.")
            return
        if not here:
            st.caption("Click a single marker (zoom in on a cluster) to read its incident.")
            return
        groups = reports_here(here, rows, linked)
        count = sum(len(group) for group in groups)
        if len(groups) == 1 and count > 1:
            st.subheader(f"1 event, {count} reports")
        else:
            st.subheader(f"{count} incident{'s' if count > 1 else ''} here")
        for group in groups:
            if len(group) > 1:
                render_event(group, linked)
            for row in group:
                render_incident(row)


def render_event(group: list[dict[str, Any]], linked: EventIndex) -> None:
    """Several outlets' reports of one event side by side, why they were linked, and a
    button per report to split it off (a wrong link), kept across re-ingest."""
    event = linked.event_of(int(group[0]["id"]))
    if event is None:
        return
    st.html(reports_html(group))
    for line in link_lines(event, group):
        st.caption(f"Linked as one event. {line}.")
    hidden = len(event.reports) - len(group)
    if hidden:
        plural = "s" if hidden > 1 else ""
        st.caption(f"{hidden} more report{plural} of this event hidden by the filter.")
    for n, (column, row) in enumerate(zip(st.columns(len(group)), group, strict=True), start=1):
        column.button(
            f"Split report {n} off",
            key=f"split-{row['id']}",
            help="Not the same event: take this report out (kept after re-ingest)",
            on_click=split_off,
            args=(int(row["id"]),),
        )
    st.divider()


def split_off(incident_id: int) -> None:
    """The split button's action: runs before the page, so the page shows the split."""
    if store().split_off(incident_id):
        st.toast("Report split off its event: it has a marker of its own now.")


def permalinked_incident() -> dict[str, Any] | None:
    """The incident named by `?incident=ID`, whatever the filters, if it exists."""
    raw = st.query_params.get("incident", "")
    if not raw.isdigit():
        return None
    return incident_by_id(store(), int(raw))


def other_readings(row: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    """The runner-up gazetteer entries for the place the incident is placed by."""
    for m in mentions:
        if m["entry_id"] and m["entry_id"] == row["loc_entry_id"] and m["candidates"]:
            return "; ".join(
                f"{c['name_en']} ({c['district_pcode'] or c['province_pcode'] or c['country']},"
                f" {c['score']:.0f})"
                for c in m["candidates"][:4]
            )
    return "—"


def render_incident(row: dict[str, Any]) -> None:
    mentions = store().mentions(int(row["id"]))
    st.html(sentence_html(row["sentence"], int(row["start"]), mentions))
    st.html(source_html(outlet=row["outlet"], published=row["published"], url=row["url"]))
    links = st.columns(2)
    with links[0]:
        st.page_link(
            ARTICLE_PAGE, label="Full article", icon="📄", query_params={"incident": str(row["id"])}
        )
    with links[1]:
        st.page_link(
            MAP_PAGE, label="Permalink", icon="🔗", query_params={"incident": str(row["id"])}
        )
    facts = {
        "Event type": row["event_type"].replace("_", " "),
        "Event date": row["event_date"] or "undated",
        "Date as written": row["date_text"] or "—",
        "Claimed by": row["claimed_by"] or "—",
        "Relayed by": row["attributed_to"] or "—",
        "Killed": "—" if row["killed"] is None else str(row["killed"]),
        "Wounded": "—" if row["wounded"] is None else str(row["wounded"]),
        "Casualties as written": row["casualties_text"] or "—",
        "Equipment": "; ".join(row["equipment"]) or "—",
        "Targets": "; ".join(row["targets"]) or "—",
        "Place as written": row["loc_text"] or "—",
        "Gazetteer entry": f"{row['loc_name_en'] or '—'} ({row['loc_name_ar'] or ''})",
        "P-codes": " / ".join(p for p in (row["province_pcode"], row["district_pcode"]) if p)
        or "—",
        "Precision": f"{row['loc_level'] or '—'} ({row['loc_how'] or ''})",
        "Match score": "—" if row["score"] is None else f"{row['score']:.0f}",
        "Other readings": other_readings(row, mentions),
        "Article": row["article"],
    }
    rows_html = "".join(
        f"<tr><th style='text-align:left;padding-right:8px;'>{safe_text(k)}</th>"
        f"<td>{safe_text(v)}</td></tr>"
        for k, v in facts.items()
    )
    st.html(f"<table class='incident-facts' style='font-size:0.9rem;'>{rows_html}</table>")
    st.divider()


def map_page() -> None:
    """The map page: filters, the map, the incident panel and the timeline."""
    gaz = gazetteer()
    version = store_version()
    filters = sidebar_filters(gaz, claimants(version))
    stored = query(dataclasses.replace(filters, date_from=None, date_to=None), version)
    rows = filters.select(stored)
    undated = count_undated(stored)
    st.title("Incidents in Afghanistan from Arabic reporting")
    caption = st.empty()
    left, right = st.columns([3, 2])
    with left:
        view = view_options()
        map_slot = st.container()
        span = render_timeline(rows, filters=filters)
    shown = rows if span is None else in_span(rows, span)
    linked = events(version)
    points = points_from_rows(shown, events=linked)
    placed = sum(row["lat"] is not None and row["lon"] is not None for row in shown)
    if span:
        dates = f"{undated} undated left out; timeline selection {span[0]} to {span[1]}."
    elif filters.has_date_range:
        dates = f"{undated} undated left out by the date range."
    else:
        dates = f"{undated} of them undated."
    shared = ""
    if len(points) < placed:
        shared = f"{len(points)} markers, as reports of one event share one; "
    caption.caption(
        f"{len(shown)} incidents shown, {placed} on the map "
        f"({len(shown) - placed} outside Afghanistan or not placed); {shared}{dates}"
    )
    shading = None
    if view.shade:
        shading, _ = areas().shading(shown, provinces=filters.provinces, measure=view.shade)
    with map_slot:
        fmap = build_map(
            points,
            provinces=gaz.province_outlines,
            districts=gaz.district_outlines,
            highlight=filters.provinces,
            chosen_districts=filters.districts,
            bounds=map_bounds(
                points,
                provinces=gaz.province_outlines,
                chosen=filters.provinces,
                districts=gaz.district_outlines,
                chosen_districts=filters.districts,
            ),
            shading=shading,
            markers=view.markers,
            labels=province_labels(),
        )
        result = show_map(fmap, key="incident-map", height=620)
    with right:
        render_panel(shown, result, linked)


# The map is the home page; the other pages live in pages/ (one feature each). Their
# names follow the sidebar's language.
LANG = current_language()
MAP_PAGE = st.Page(map_page, title=text("page_map", LANG), default=True)
ARTICLE_PAGE = st.Page("pages/4_Article.py", title=text("page_article", LANG), url_path="article")
st.navigation(
    [
        MAP_PAGE,
        st.Page("pages/1_Ingest.py", title=text("page_ingest", LANG), url_path="ingest"),
        st.Page("pages/2_Incidents.py", title=text("page_incidents", LANG), url_path="incidents"),
        st.Page("pages/3_Gazetteer.py", title=text("page_gazetteer", LANG), url_path="gazetteer"),
        ARTICLE_PAGE,
    ]
).run()
