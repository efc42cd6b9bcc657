"""Incidents: the filtered incidents as a sortable table, with CSV and GeoJSON downloads."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from filterbar import sidebar_filters
from gazetteer.match import Gazetteer
from gazetteer.match import load as load_gazetteer
from incidents.export import NUMERIC_COLUMNS, csv_for_excel, table_rows, write_export
from incidents.filters import count_undated
from incidents.store import Store

st.set_page_config(page_title="Incidents", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


@st.cache_resource
def gazetteer() -> Gazetteer:
    return load_gazetteer()


st.title("Incidents")
# The same sidebar filter as the map: kept when switching pages, and read from the URL.
filters = sidebar_filters(gazetteer(), store().claimants())
stored = store().incidents(**filters.store_args())
rows = filters.select(stored)
# Reports of one event share an event_key, linked over the whole store (not the filter).
events = store().events()
table = pd.DataFrame(table_rows(rows, events=events))
if not table.empty:
    for column in NUMERIC_COLUMNS:
        table[column] = pd.to_numeric(table[column], errors="coerce")
    for column in ("fatalities", "wounded", "geo_precision", "reports"):
        table[column] = table[column].astype("Int64")
undated = count_undated(stored)
st.caption(
    f"{len(table)} incidents shown; "
    + (
        f"{undated} undated left out by the date range."
        if filters.has_date_range
        else f"{undated} of them undated."
    )
)
# st.dataframe shows cell values as text: article markup is never rendered.
st.dataframe(table, width="stretch", hide_index=True)

geo_buf = io.StringIO()
write_export(rows, geo_buf, fmt="geojson", events=events)
left, right = st.columns(2)
left.download_button(
    "Download CSV (Excel-ready)",
    csv_for_excel(rows, events=events),
    "incidents.csv",
    "text/csv",
    key="download_csv",
)
right.download_button(
    "Download GeoJSON",
    geo_buf.getvalue(),
    "incidents.geojson",
    "application/geo+json",
    key="download_geojson",
)
