"""Ingest: upload or paste Arabic articles (the same checks and messages as the CLI);
delete a stored article with its incidents, and undo an analyst's correction."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from gazetteer.match import load as load_gazetteer
from incidents.ingest import ingest_bytes, reprocess_all
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


# -- what is stored: delete an article, undo a correction ----------------------------------
# The buttons act in callbacks, before the page is drawn again, so the lists below never
# show what was just deleted; what happened is told once, above them.
NOTICE = "ingest_notice"


def _delete_article(article_id: int) -> None:
    article = store().article(article_id)
    removed = store().delete_article(article_id)
    if removed is None or article is None:
        st.session_state[NOTICE] = ("warning", "That article was already deleted.")
        return
    st.cache_data.clear()
    st.session_state[NOTICE] = (
        "success",
        f"Deleted {article.name} and its {removed} incident{'s' if removed != 1 else ''}.",
    )


def _delete_correction(key: str, text: str, entry_id: str) -> None:
    if store().delete_correction(key):
        st.session_state[NOTICE] = (
            "success",
            f"Undid the correction {text} → {entry_id}. Stored incidents keep it until the "
            "articles are extracted again (the button below, or `incidentmap ingest "
            "--reprocess`).",
        )
    else:
        st.session_state[NOTICE] = ("warning", "That correction was already undone.")


def _extract_again() -> None:
    done = reprocess_all(store(), gazetteer=load_gazetteer())
    st.cache_data.clear()
    st.session_state[NOTICE] = ("success", f"{done} articles extracted again")


st.header("Stored articles and corrections")
notice = st.session_state.pop(NOTICE, None)
if notice is not None:
    kind, message = notice
    (st.success if kind == "success" else st.warning)(message)

articles = store().articles()
if not articles:
    st.caption("No article is stored yet.")
else:
    st.dataframe(
        pd.DataFrame(articles)[["id", "name", "outlet", "published", "chars", "incidents"]],
        hide_index=True,
        width="stretch",
    )
    by_id = {int(a["id"]): a for a in articles}
    chosen = st.selectbox(
        "Article to delete",
        options=list(by_id),
        format_func=lambda i: f"{by_id[i]['name']} (#{i}, {by_id[i]['incidents']} incidents)",
        key="delete_choice",
    )
    st.caption(
        "Deleting an article removes its text, its incidents and their place evidence from "
        "the store; ingesting the file again stores it anew."
    )
    st.button(
        "Delete the article and its incidents",
        key="delete_article",
        on_click=_delete_article,
        args=(chosen,),
        disabled=chosen is None,
    )

corrections = store().correction_rows()
if not corrections:
    st.caption("No corrections: the Gazetteer page's review tray records them.")
else:
    by_key = {r["key"]: r for r in corrections}
    gaz = load_gazetteer()

    def _correction_label(key: str) -> str:
        row = by_key[key]
        entry = gaz.get(row["entry_id"])
        return f"{row['text']} → {row['entry_id']}" + (f" ({entry.name_en})" if entry else "")

    undo = st.selectbox(
        "Correction to undo",
        options=list(by_key),
        format_func=_correction_label,
        key="correction_choice",
    )
    st.button(
        "Undo the correction",
        key="delete_correction",
        on_click=_delete_correction,
        args=(undo, by_key[undo]["text"], by_key[undo]["entry_id"]) if undo else ("", "", ""),
        disabled=undo is None,
    )
if articles:
    st.button(
        "Extract stored articles again",
        key="reprocess_articles",
        on_click=_extract_again,
        help="Applies the corrections as they now are to every stored article.",
    )
