"""Sources: the panel's outlet, date and link, the full article page, and permalinks."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from incidents.articles import article_by_id, incident_by_id
from incidents.ingest import ingest_text
from incidents.sourceview import article_html, incident_spans, source_html, web_url

ROOT = Path(__file__).resolve().parents[1]
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(2)>']


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("  http://example.org/x  ", "http://example.org/x"),
        ("javascript:alert(1)", None),  # a page's metadata must never run script
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/no-scheme", None),
        ("https://exa mple.org/", None),
        ("", None),
        (None, None),
    ],
)
def test_only_web_addresses_become_links(url, expected):
    assert web_url(url) == expected


def test_source_line_escapes_outlet_and_url():
    html = source_html(outlet=PAYLOADS[0], published=PAYLOADS[1], url="javascript:alert(1)")
    for payload in PAYLOADS[:2]:
        assert payload not in html
    assert "&lt;script&gt;" in html
    assert "<a " not in html  # a javascript: URL is shown as text, not linked


def test_source_line_links_a_web_url_in_a_new_tab():
    html = source_html(outlet="Al Jazeera", published="2010-03-05", url='https://e.org/"x"<y>')
    assert 'href="https://e.org/&quot;x&quot;&lt;y&gt;"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "Al Jazeera" in html
    assert "2010-03-05" in html


def test_article_text_is_escaped_and_the_incident_sentences_marked():
    text = (
        "عنوان\nجملة أولى <script>alert(1)</script>.\n"
        "جملة ثانية <img src=x onerror=alert(1)>.\nجملة ثالثة."
    )
    first = text.index("جملة أولى")
    third = text.index("جملة ثالثة")
    html = article_html(text, [(first, text.index(".", first) + 1), (third, len(text))])
    assert "<script>" not in html
    assert "<img" not in html  # escaped outside the marked sentences too
    assert html.count('<mark class="incident-sentence">') == 2
    assert '<mark class="incident-sentence">جملة ثالثة.</mark>' in html
    assert "جملة ثانية" in html.split("</mark>")[1]  # the unmarked sentence stays unmarked


def test_article_marks_drop_spans_outside_and_never_repeat_text():
    assert "<mark" not in article_html("abcdef", [(4, 99), (-1, 2), (3, 3)])
    overlapping = article_html("abcdef", [(2, 4), (3, 5)])
    assert re.sub(r"<[^>]+>", "", overlapping) == "abcdef"


def test_spans_read_both_stored_and_json_shapes():
    assert incident_spans({"sentences": [[1, 5], [9, 12]], "start": 1, "end": 5}) == [
        (1, 5),
        (9, 12),
    ]
    assert incident_spans({"sentences": [{"start": 3, "end": 4}]}) == [(3, 4)]
    assert incident_spans({"sentences": [], "start": 7, "end": 8}) == [(7, 8)]


def test_store_reads_one_article_and_one_incident(store, gaz, seed_text):
    ingest_text(store, seed_text, name="seed", gazetteer=gaz)
    first = store.incidents()[0]
    assert incident_by_id(store, first["id"]) == first
    article = article_by_id(store, first["article_id"])
    assert article is not None
    assert article.text == seed_text
    assert article.name == "seed"
    assert incident_by_id(store, 10_000) is None
    assert article_by_id(store, 10_000) is None


# -- pages ------------------------------------------------------------------------------------


@pytest.fixture
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


def _incident_id(app_db: Path, article: str, event_type: str) -> int:
    conn = sqlite3.connect(app_db)
    row = conn.execute(
        "SELECT i.id FROM incidents i JOIN articles a ON a.id = i.article_id "
        "WHERE a.name = ? AND i.event_type = ? ORDER BY i.seq",
        (article, event_type),
    ).fetchone()
    return int(row[0])


def _html(at: AppTest) -> str:
    return " ".join(str(h.proto.body) for h in at.get("html"))


@pytest.mark.usefixtures("_db")
def test_permalink_opens_the_incident_with_its_source_in_the_panel(app_db):
    # article-001 (sidecar: Al Jazeera Net, 2010-03-05): the attack on checkpoints in Baghlan.
    incident = _incident_id(app_db, "article-001", "attack")
    with mock.patch("streamlit_folium.st_folium", return_value={"last_object_clicked": None}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["incident"] = str(incident)
        at.run()
    assert not at.exception
    html = _html(at)
    assert "Al Jazeera Net" in html
    assert 'href="https://example.org/news/1?a=1&amp;b=2"' in html
    assert "2010-03-04" in html  # the event date, from "فجر الخميس" and the publication date
    links = {str(p.proto.label): str(p.proto.query_string) for p in at.get("page_link")}
    assert links["Full article"] == f"incident={incident}"
    assert links["Permalink"] == f"incident={incident}"


@pytest.mark.usefixtures("_db")
def test_hostile_source_fields_show_as_text_in_the_panel(app_db):
    # article-002's sidecar has a javascript: URL and markup in its outlet.
    incident = _incident_id(app_db, "article-002", "suicide_bomb")
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["incident"] = str(incident)
        at.run()
    assert not at.exception
    html = _html(at)
    assert "&lt;b&gt;Bold&lt;/b&gt; outlet" in html
    assert "<b>Bold</b>" not in html
    assert 'href="javascript' not in html.lower()


@pytest.mark.usefixtures("_db")
def test_unknown_permalink_keeps_the_hint():
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["incident"] = "999999"
        at.run()
    assert not at.exception
    assert any("Click a marker" in c.value for c in at.caption)


@pytest.mark.usefixtures("_db")
def test_article_page_shows_the_whole_text_escaped_with_sentences_marked(app_db):
    # The XSS article: its payloads must arrive as text on the full-text page too.
    incident = _incident_id(app_db, "article-xss", "attack")
    at = AppTest.from_file(str(ROOT / "pages" / "4_Article.py"), default_timeout=60)
    at.query_params["incident"] = str(incident)
    at.run()
    assert not at.exception
    html = _html(at)
    assert '<mark class="incident-sentence">' in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    for payload in ('<script>alert("x")</script>', "<img src=x onerror=alert(1)>"):
        assert payload not in html
    assert f'href="./?incident={incident}"' in html


@pytest.mark.usefixtures("_db")
def test_article_page_without_an_incident_offers_the_articles():
    at = AppTest.from_file(str(ROOT / "pages" / "4_Article.py"), default_timeout=60).run()
    assert not at.exception
    chooser = at.selectbox(key="a_article")
    assert chooser.value is None
    assert len(chooser.options) >= 10
