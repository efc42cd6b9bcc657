"""Article: the full text of a stored article, escaped, with one incident's sentences marked."""

from __future__ import annotations

import streamlit as st

from incidents.articles import StoredArticle, article_by_id, incident_by_id
from incidents.mapview import safe_text
from incidents.sourceview import article_html, incident_spans, source_html
from incidents.store import Store

st.set_page_config(page_title="Article", layout="wide")


@st.cache_resource
def store() -> Store:
    return Store.open()


def _number(key: str) -> int | None:
    raw = st.query_params.get(key, "")
    return int(raw) if raw.isdigit() else None


st.title("Source article")
incident_id = _number("incident")
incident = incident_by_id(store(), incident_id) if incident_id is not None else None
if incident_id is not None and incident is None:
    st.warning(f"No incident {incident_id} in the store (it may have been re-extracted).")

article: StoredArticle | None = None
if incident is not None:
    article = article_by_id(store(), int(incident["article_id"]))
else:
    stored = {int(r["id"]): r for r in store().articles()}
    chosen = st.selectbox(
        "Article",
        options=list(stored),
        index=None if _number("article") not in stored else list(stored).index(_number("article")),
        format_func=lambda i: " · ".join(
            str(v) for v in (stored[i]["name"], stored[i]["outlet"], stored[i]["published"]) if v
        ),
        placeholder="Choose an article, or open one from an incident's panel on the map",
        key="a_article",
    )
    if chosen is not None:
        st.query_params["article"] = str(chosen)
        article = article_by_id(store(), chosen)

if article is not None:
    # The name comes from a file or a paste: shown as text, never as markdown or HTML.
    st.html(f'<h3 class="article-name">{safe_text(article.name)}</h3>')
    st.html(
        source_html(
            outlet=article.outlet,
            published=article.published or article.published_text,
            url=article.url,
        )
    )
    spans = incident_spans(incident) if incident is not None else []
    if incident is not None:
        st.caption(
            f"Incident {incident['id']}: {incident['event_type'].replace('_', ' ')}, "
            f"{incident['event_date'] or 'undated'}; its sentences are marked."
        )
        # The map page is a function in app.py: linked by its URL, in the same tab.
        st.html(
            f'<a class="map-permalink" href="./?incident={int(incident["id"])}" '
            'target="_self">Show on the map</a>'
        )
    st.html(article_html(article.text, spans))
