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
from incidents.filters import Filters, count_undated
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


def store_version() -> tuple[int, int, int]:
    """Changes whenever incidents or corrections change, so cached queries refresh."""
    return store().data_version()


# Query results are cached as a resource (shared, never mutated): with 10,000 incidents,
# copying them out of st.cache_data on every rerun costs more than the query. The folium
# map is built anew each run (30 ms): st_folium alters the map it is given.
@st.cache_resource(show_spinner=False, max_entries=32)
def query(filters: Filters, version: tuple[int, int, int]) -> list[dict[str, Any]]:
    """The stored incidents the filter names, before its date range is applied."""
    return store().incidents(**filters.store_args())


@st.cache_data(show_spinner=False)
def claimants(version: tuple[int, int, int]) -> list[str]:
    return store().claimants()


def render_panel(rows: list[dict[str, Any]], clicked: dict[str, Any] | None) -> None:
    """The incident of the clicked marker, the permalinked incident, or a hint."""
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
        st.subheader(f"{len(here)} incident{'s' if len(here) > 1 else ''} here")
        for row in here:
            render_incident(row)


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
    points = points_from_rows(shown)
    if span:
        dates = f"{undated} undated left out; timeline selection {span[0]} to {span[1]}."
    elif filters.has_date_range:
        dates = f"{undated} undated left out by the date range."
    else:
        dates = f"{undated} of them undated."
    caption.caption(
        f"{len(shown)} incidents shown, {len(points)} on the map "
        f"({len(shown) - len(points)} outside Afghanistan or not placed); {dates}"
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
        render_panel(shown, result)


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
