"""The map page's view: shading by place, markers on or off, and the click on a marker,
run headless with AppTest (st_folium patched to keep the map it is given)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from mapframe import whole_map

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


class Folium:
    """Stands in for st_folium: keeps the HTML of every map drawn, returns `clicked`."""

    def __init__(self, clicked: dict[str, Any] | None = None) -> None:
        self.clicked = clicked or {}
        self.pages: list[str] = []

    def __call__(self, fmap: Any, **kwargs: Any) -> dict[str, Any]:
        # The filtered layers come apart from the map (mapframe.py): drawn as one page.
        group = kwargs.get("feature_group_to_add")
        if group is not None:
            whole_map(fmap, group)
        self.pages.append(fmap.get_root().render())
        return self.clicked


def _run(folium: Folium, at: AppTest | None = None, **params: str) -> AppTest:
    with mock.patch("streamlit_folium.st_folium", folium):
        if at is None:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            for key, value in params.items():
                at.query_params[key] = value
        return at.run()


def _province_counts(app_db: Path) -> dict[str, tuple[int, int]]:
    rows = sqlite3.connect(app_db).execute(
        "SELECT province_pcode, count(*), coalesce(sum(killed), 0) FROM incidents "
        "WHERE province_pcode IS NOT NULL GROUP BY 1"
    )
    return {p: (n, k) for p, n, k in rows}


def test_shading_from_the_url_puts_counts_in_every_provinces_tooltip(app_db):
    folium = Folium()
    at = _run(folium, shade="fatalities")
    assert not at.exception
    assert at.radio(key="v_shade").value == "fatalities"
    page = folium.pages[-1]
    assert "Fatalities per province" in page
    for pcode, (n, killed) in _province_counts(app_db).items():
        tip = f"{n} incident{'' if n == 1 else 's'}, {killed} killed"
        assert f'"pcode": "{pcode}", "tip": "{tip}", "value": {killed}' in page
    assert at.query_params["shade"] == "fatalities"


def test_markers_and_shading_are_chosen_apart_and_kept_in_the_url():
    folium = Folium()
    at = _run(folium)
    assert "markerClusterGroup" in folium.pages[-1]
    assert "shaded-area" not in folium.pages[-1]
    at.radio(key="v_shade").set_value("incidents")
    at.checkbox(key="v_markers").uncheck()
    _run(folium, at)
    assert not at.exception
    assert "shaded-area" in folium.pages[-1]
    assert "markerClusterGroup" not in folium.pages[-1]
    assert at.query_params["shade"] == "incidents"
    assert at.query_params["markers"] == "off"


def test_one_province_chosen_shades_its_districts(app_db):
    folium = Folium()
    at = _run(folium, province="AF05", shade="incidents")
    assert not at.exception
    page = folium.pages[-1]
    assert "Incidents per district of Logar" in page
    # Both seed incidents in Mohammad Agha (AF0505); Logar's other districts have none.
    assert '"pcode": "AF0505", "tip": "2 incidents,' in page
    assert '"pcode": "AF0501", "tip": "0 incidents, 0 killed"' in page


def test_the_chosen_district_is_outlined():
    folium = Folium()
    at = _run(folium, province="AF05", district="AF0505")
    assert not at.exception
    assert "district-highlight" in folium.pages[-1]


def test_a_click_on_one_of_two_markers_at_one_point_opens_only_its_incident(app_db):
    # Seed incidents 000-05 and 000-06 both stand on Mohammad Agha's centroid; spiderfied,
    # the marker clicked names its incident.
    conn = sqlite3.connect(app_db)
    (_first, second, lat, lon, sentence, other) = conn.execute(
        "SELECT a.id, b.id, a.lat, a.lon, b.sentence, a.sentence FROM incidents a "
        "JOIN incidents b ON a.lat = b.lat AND a.lon = b.lon AND a.id < b.id "
        "WHERE a.district_pcode = 'AF0505'"
    ).fetchone()
    assert sentence != other
    leg = {"lat": lat + 0.00123, "lng": lon + 0.00234}
    clicked = {
        "last_object_clicked": leg,
        "last_active_drawing": {
            "type": "Feature",
            "properties": {"incident": second},
            "geometry": {"type": "Point", "coordinates": [leg["lng"], leg["lat"]]},
        },
    }
    at = _run(Folium(clicked))
    assert not at.exception
    assert at.subheader[0].value == "1 incident here"
    html = " ".join(str(h.proto.body) for h in at.get("html"))
    assert sentence.split("،")[0][:30] in html
    assert other[:40] not in html
