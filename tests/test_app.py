"""AppTest smoke tests of the map page and every page, with st_folium patched."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


def _point_of(app_db, sentence_part: str) -> dict:
    import sqlite3

    conn = sqlite3.connect(app_db)
    lat, lon = conn.execute(
        "SELECT lat, lon FROM incidents WHERE instr(sentence, ?) > 0 AND lat IS NOT NULL",
        (sentence_part,),
    ).fetchone()
    return {"lat": lat, "lng": lon}


def test_map_page_renders_with_hint_before_any_click():
    with mock.patch("streamlit_folium.st_folium", return_value={"last_object_clicked": None}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert any("incidents shown" in c.value for c in at.caption)
    assert any("Click a marker" in c.value for c in at.caption)


def test_click_shows_the_incident_in_the_panel(app_db):
    # Seed incident 000-06: the remote-controlled mine in Mohammad Agha, Logar.
    point = _point_of(app_db, "محمد آغي")
    with mock.patch("streamlit_folium.st_folium", return_value={"last_object_clicked": point}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    html = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "محمد آغي" in html
    assert "AF0505" in html


def test_province_filter_round_trips_through_the_url():
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["province"] = "AF30"
        at.run()
    assert not at.exception
    assert at.multiselect(key="f_province").value == ["AF30"]


@pytest.mark.parametrize("page", ["1_Ingest.py", "2_Incidents.py", "3_Gazetteer.py"])
def test_every_page_renders(page):
    at = AppTest.from_file(str(ROOT / "pages" / page), default_timeout=60).run()
    assert not at.exception


def test_ingest_page_names_a_bad_paste():
    at = AppTest.from_file(str(ROOT / "pages" / "1_Ingest.py"), default_timeout=60).run()
    at.text_area(key="paste").input("just some english words, not an article")
    at.button(key="ingest").click().run()
    assert any("not Arabic" in e.value for e in at.error)


@pytest.mark.parametrize(
    ("typed", "provinces", "districts"),
    [
        ("Helmand", ["AF30"], []),  # English press spelling (OCHA: Hilmand)
        ("Oruzgan", ["AF25"], []),
        ("Lashkar Gah", ["AF30"], ["AF3001"]),  # a district brings its province
        ("فاریاب", ["AF29"], []),  # Persian yeh finds the Arabic-yeh entry
        ("هراه", ["AF32"], []),  # heh for teh marbuta (هراة)
    ],
)
def test_place_finder_selects_any_spelling(typed, provinces, districts):
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        at.text_input(key="f_find").input(typed).run()
    assert not at.exception
    assert at.multiselect(key="f_province").value == provinces
    assert at.multiselect(key="f_district").value == districts


def test_gazetteer_search_reads_english(monkeypatch):
    at = AppTest.from_file(str(ROOT / "pages" / "3_Gazetteer.py"), default_timeout=60).run()
    at.text_input(key="g_query").input("Lashkar Gah").run()
    assert not at.exception
    assert at.dataframe[0].value["entry"].iloc[0] == "AF3001"
