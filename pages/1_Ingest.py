"""Ingest: upload or paste Arabic articles; the same checks and messages as the CLI."""

from __future__ import annotations

import streamlit as st

from gazetteer.match import load as load_gazetteer
from incidents.ingest import ingest_bytes
from incidents.limits import MAX_FILE_BYTES, MAX_PASTE_CHARS, file_too_large, paste_too_long
from incidents.store import Store
from incidents.text import ArticleError

st.set_page_config(page_title="Ingest", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


st.title("Ingest articles")
st.caption(
    "Plain text (UTF-8 or Windows-1256) or HTML; each file is checked and stored whole. "
    f"One article at a time: up to {MAX_PASTE_CHARS:,} characters pasted, "
    f"{MAX_FILE_BYTES / 1e6:.0f} MB a file."
)

uploads = st.file_uploader("Article files", accept_multiple_files=True, key="upload")
pasted = st.text_area("…or paste an article", height=200, key="paste")
name = st.text_input("Name for the pasted article", value="pasted", key="paste_name")

if st.button("Ingest", type="primary", key="ingest"):
    items = []
    refused = []
    for upload in uploads or []:
        data = upload.getvalue()
        problem = file_too_large(data, label=upload.name)
        if problem:
            refused.append(problem)
        else:
            items.append((upload.name.rsplit(".", 1)[0], upload.name, data))
    if pasted.strip():
        problem = paste_too_long(pasted)
        if problem:
            refused.append(problem)
        else:
            items.append((name.strip() or "pasted", "pasted text", pasted.encode("utf-8")))
    for problem in refused:
        st.error(problem)
    if not items and not refused:
        st.warning("Nothing to ingest: choose files or paste a text.")
    added = present = incidents = 0
    if items:
        progress = st.progress(0.0)
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
    # Success only for what was added; a batch of rejected files gets no green box.
    if added:
        st.success(f"articles new {added}, incidents added {incidents}")
        st.cache_data.clear()
    if present:
        st.info(f"{present} article{'s' if present > 1 else ''} already present: nothing changed")
