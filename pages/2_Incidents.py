"""Incidents: the filtered incidents as a sortable table, with CSV and GeoJSON downloads."""

from __future__ import annotations

import io

import pandas as pd
import streamlit as st

from incidents.export import export_rows, write_export
from incidents.filters import Filters
from incidents.records import EVENT_TYPES
from incidents.store import Store

st.set_page_config(page_title="Incidents", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


st.title("Incidents")
initial = Filters.from_query(st.query_params.to_dict())
cols = st.columns(3)
types = cols[0].multiselect(
    "Event type", list(EVENT_TYPES), default=list(initial.event_types), key="t_type"
)
province_text = cols[1].text_input(
    "Province P-codes (comma separated)", value=",".join(initial.provinces), key="t_province"
)
search = cols[2].text_input("Search sentences", value=initial.search, key="t_search")
filters = Filters.from_query({"type": types, "province": province_text, "q": search})
st.query_params.from_dict(filters.to_query())

rows = store().incidents(**filters.store_args())
table = pd.DataFrame(export_rows(rows))
st.caption(f"{len(table)} incidents")
# st.dataframe shows cell values as text: article markup is never rendered.
st.dataframe(table, use_container_width=True, hide_index=True)

csv_buf, geo_buf = io.StringIO(), io.StringIO()
write_export(rows, csv_buf, fmt="csv")
write_export(rows, geo_buf, fmt="geojson")
left, right = st.columns(2)
left.download_button("Download CSV", csv_buf.getvalue(), "incidents.csv", "text/csv")
right.download_button(
    "Download GeoJSON", geo_buf.getvalue(), "incidents.geojson", "application/geo+json"
)
