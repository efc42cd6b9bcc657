"""The map page's date range, timeline and shared filter, run headless with AppTest."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


def _map(**params: str) -> AppTest:
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        return at.run()


def _shown(at: AppTest) -> int:
    caption = next(c.value for c in at.caption if "incidents shown" in c.value)
    return int(re.match(r"(\d+) incidents shown", caption).group(1))


def _count(app_db: Path, where: str = "1") -> int:
    return (
        sqlite3.connect(app_db)
        .execute(f"SELECT count(*) FROM incidents WHERE {where}")
        .fetchone()[0]
    )


def test_date_range_in_the_url_shows_exactly_the_incidents_dated_in_it(app_db):
    # The app store dates article-001 (March 2010) and article-006 (June 2011) by sidecar.
    at = _map(**{"from": "2010-01-01", "to": "2010-12-31"})
    assert not at.exception
    assert at.date_input(key="f_from").value == date(2010, 1, 1)
    assert at.date_input(key="f_to").value == date(2010, 12, 31)
    expected = _count(app_db, "event_date BETWEEN '2010-01-01' AND '2010-12-31'")
    assert expected >= 2
    assert _shown(at) == expected
    assert any("undated left out" in c.value for c in at.caption)


def test_without_a_range_undated_incidents_are_shown_and_counted(app_db):
    at = _map()
    assert not at.exception
    assert _shown(at) == _count(app_db)
    undated = _count(app_db, "event_date IS NULL")
    assert any(f"{undated} of them undated" in c.value for c in at.caption)


def test_timeline_chart_is_drawn_from_the_dated_incidents():
    at = _map()
    charts = at.get("vega_lite_chart")
    assert charts
    spec = str(charts[0].proto.spec)
    assert "yearmonth" in spec
    at.radio(key="tl_period").set_value("week").run()
    assert "yearweek" in str(at.get("vega_lite_chart")[0].proto.spec)


def test_choosing_dates_writes_them_to_the_url():
    at = _map()
    at.date_input(key="f_from").set_value(date(2011, 6, 1)).run()
    assert not at.exception
    assert at.query_params["from"] == "2011-06-01"


def test_province_names_in_the_url_become_p_codes():
    at = _map(province="Helmand,كنر")
    assert not at.exception
    assert at.multiselect(key="f_province").value == ["AF30", "AF15"]
    assert at.query_params["province"] == "AF30,AF15"
