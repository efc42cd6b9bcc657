"""Ingest: upload or paste Arabic articles; the same checks and messages as the CLI."""

from __future__ import annotations

import streamlit as st

from gazetteer.match import load as load_gazetteer
from incidents.ingest import ingest_bytes
from incidents.store import Store
from incidents.text import ArticleError

st.set_page_config(page_title="Ingest", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


st.title("Ingest articles")
st.caption("Plain text (UTF-8 or Windows-1256) or HTML; each file is checked and stored whole.")

uploads = st.file_uploader("Article files", accept_multiple_files=True, key="upload")
pasted = st.text_area("…or paste an article", height=200, key="paste")
name = st.text_input("Name for the pasted article", value="pasted", key="paste_name")

if st.button("Ingest", type="primary", key="ingest"):
    items = [(u.name.rsplit(".", 1)[0], u.name, u.getvalue()) for u in uploads or []]
    if pasted.strip():
        items.append((name.strip() or "pasted", "pasted text", pasted.encode("utf-8")))
    if not items:
        st.warning("Nothing to ingest: choose files or paste a text.")
    progress = st.progress(0.0)
    added = present = incidents = 0
    for n, (article_name, label, data) in enumerate(items, start=1):
        try:
            stored, count = ingest_bytes(
                store(), data, name=article_name, gazetteer=load_gazetteer()
            )
        except ArticleError as err:
            st.error(f"{label}: {err}")
        else:
            added += stored
            present += not stored
            incidents += count
        progress.progress(n / len(items))
    if items:
        st.success(f"articles new {added}, already present {present}, incidents added {incidents}")
        st.cache_data.clear()
