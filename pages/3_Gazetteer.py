"""Gazetteer: search places, and review place mentions that did not resolve well."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from gazetteer.match import Gazetteer
from gazetteer.match import load as load_gazetteer
from incidents.ingest import reprocess_all
from incidents.store import Store, correction_choices, record_correction

st.set_page_config(page_title="Gazetteer", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


@st.cache_resource
def gazetteer() -> Gazetteer:
    return load_gazetteer()


gaz = gazetteer()
st.title("Gazetteer")

query = st.text_input(
    "Search a place as written (Arabic, Dari, Pashto or English; any letter form)", key="g_query"
)
if query.strip():
    ranked = gaz.candidates(query, limit=10)
    if not ranked:
        st.info("No entry matches this spelling.")
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "entry": c.entry.id,
                    "name_en": c.entry.name_en,
                    "name_ar": c.entry.name_ar,
                    "level": c.entry.level,
                    "country": c.entry.country,
                    "province": c.entry.province_pcode,
                    "district": c.entry.district_pcode,
                    "score": round(c.score, 1),
                    "method": c.method,
                    "alias": c.alias,
                    "alias source": c.alias_source,
                }
                for c in ranked
            ]
        ),
        hide_index=True,
        width="stretch",
    )

st.header("Review tray")
st.caption("Place mentions that did not resolve, resolved weakly, or are ambiguous.")
tray = store().review_tray()
if not tray:
    st.success("Nothing to review.")
for n, row in enumerate(tray[:50]):
    with st.expander(f"{row['text']} — {row['mentions']} mention(s), {row['article']}"):
        options = correction_choices(row, gazetteer=gaz)
        typed = st.text_input("…or an entry id (P-code or place id)", key=f"id_{n}")
        choice = st.selectbox(
            "Right entry",
            options,
            format_func=lambda i: f"{i} {gaz.get(i).name_en if gaz.get(i) else ''}",
            key=f"choice_{n}",
        )
        if st.button("Save correction", key=f"save_{n}"):
            target = typed.strip() or choice or ""
            try:
                record_correction(store(), row["text"], target, gazetteer=gaz)
            except ValueError as err:
                st.error(str(err))
            else:
                st.success(f"Saved: {row['text']} → {target}")

st.header("Corrections")
corrections = store().correction_rows()
if corrections:
    st.dataframe(pd.DataFrame([dict(r) for r in corrections]), hide_index=True)
    if st.button("Re-extract stored articles with the corrections", key="reprocess"):
        done = reprocess_all(store(), gazetteer=gaz)
        st.cache_data.clear()
        st.success(f"{done} articles extracted again")
