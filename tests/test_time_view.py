"""The map page's date range, timeline and its brush, and the shared filter (AppTest)."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from incidents.timeline import in_span, next_period, selected_span

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


def _chart_data(at: AppTest):
    import pyarrow as pa

    chart = at.get("vega_lite_chart")[0]
    return chart, pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_pandas()


def test_timeline_chart_is_drawn_from_the_dated_incidents(app_db):
    at = _map()
    chart, data = _chart_data(at)
    # Each bar spans its calendar month; the bars add up to the dated incidents.
    assert all(day.endswith("-01") for day in [*data.start, *data.end])
    assert data.incidents.sum() == _count(app_db, "event_date IS NOT NULL")
    assert '"x2"' in str(chart.proto.spec)
    at.radio(key="tl_period").set_value("week").run()
    _, weeks = _chart_data(at)
    # Weeks run Monday to Monday.
    assert {date.fromisoformat(s).weekday() for s in weeks.start} == {0}
    spans = zip(weeks.start, weeks.end, strict=True)
    assert {(date.fromisoformat(e) - date.fromisoformat(s)).days for s, e in spans} == {7}


def test_timeline_offers_a_brush_over_time_that_reruns_the_page():
    chart, _ = _chart_data(_map())
    spec = str(chart.proto.spec)
    assert '"name": "span"' in spec
    assert '"encodings": ["x"]' in spec
    assert list(chart.proto.selection_mode) == ["span"]


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


def _ms(day: str) -> float:
    return datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000


def test_a_brush_selects_the_periods_that_start_inside_it():
    # Vega-Lite selects a bar when its period's start is inside the brush: a brush from
    # mid-March to early July selects April, May, June and July.
    span = selected_span([_ms("2010-03-15"), _ms("2010-07-02")], period="month")
    assert span == (date(2010, 4, 1), date(2010, 7, 31))
    # Drawn right to left, the same.
    assert selected_span([_ms("2010-07-02"), _ms("2010-03-15")], period="month") == span
    # A brush on the first instant of a month takes that month.
    assert selected_span([_ms("2010-03-01"), _ms("2010-03-02")], period="month") == (
        date(2010, 3, 1),
        date(2010, 3, 31),
    )
    # Weeks run Monday to Sunday; 2011-06-01 is a Wednesday.
    assert selected_span([_ms("2011-06-01"), _ms("2011-06-14")], period="week") == (
        date(2011, 6, 6),
        date(2011, 6, 19),
    )


def test_a_brush_between_two_bar_starts_selects_nothing():
    assert selected_span([_ms("2010-03-02"), _ms("2010-03-30")], period="month") is None
    assert selected_span(None, period="month") is None
    assert selected_span([], period="week") is None
    assert selected_span(["x", "y"], period="week") is None


def test_the_span_keeps_the_dated_incidents_inside_it():
    rows = [
        {"id": 1, "event_date": "2010-03-31"},
        {"id": 2, "event_date": "2010-04-01"},
        {"id": 3, "event_date": None},
        {"id": 4, "event_date": "2010-02-28"},
    ]
    assert [r["id"] for r in in_span(rows, (date(2010, 3, 1), date(2010, 3, 31)))] == [1]
    assert next_period(date(2010, 12, 1), "month") == date(2011, 1, 1)
