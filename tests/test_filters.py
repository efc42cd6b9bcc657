"""The filter: date range and undated incidents, URL round trip, place names typed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.filters import (
    Filters,
    count_undated,
    gazetteer_finder,
    parse_day,
    place_codes,
)
from incidents.timeline import period_start, timeline

ROWS = [
    {"id": 1, "event_date": "2010-03-04", "event_type": "attack", "killed": 11},
    {"id": 2, "event_date": "2010-03-31", "event_type": "ied", "killed": None},
    {"id": 3, "event_date": "2010-04-01", "event_type": "attack", "killed": 2},
    {"id": 4, "event_date": None, "event_type": "ied", "killed": 5},
    {"id": 5, "event_date": "2011-06-06", "event_type": "ied", "killed": 9},
    {"id": 6, "event_date": "not a date", "event_type": "other", "killed": 1},
]


def _ids(rows) -> list[int]:
    return [r["id"] for r in rows]


def test_no_range_keeps_every_incident_undated_too():
    assert _ids(Filters().select(ROWS)) == [1, 2, 3, 4, 5, 6]


def test_range_keeps_only_incidents_dated_inside_it_ends_included():
    f = Filters(date_from=date(2010, 3, 4), date_to=date(2010, 4, 1))
    assert _ids(f.select(ROWS)) == [1, 2, 3]


def test_one_ended_range_still_leaves_undated_out():
    assert _ids(Filters(date_from=date(2010, 4, 1)).select(ROWS)) == [3, 5]
    assert _ids(Filters(date_to=date(2010, 3, 31)).select(ROWS)) == [1, 2]


def test_undated_are_counted_apart():
    assert count_undated(ROWS) == 2


def test_dates_round_trip_through_the_url():
    f = Filters(provinces=("AF30",), date_from=date(2010, 1, 1), date_to=date(2010, 12, 31))
    assert f.to_query()["from"] == "2010-01-01"
    assert f.to_query()["to"] == "2010-12-31"
    assert Filters.from_query(f.to_query()) == f


@pytest.mark.parametrize(
    ("params", "start", "end"),
    [
        ({"from": "2010-13-01", "to": "yesterday"}, None, None),  # nonsense is dropped
        ({"from": "2011-01-01", "to": "2010-01-01"}, date(2010, 1, 1), date(2011, 1, 1)),
        ({"from": ["2010-05-05"]}, date(2010, 5, 5), None),
        ({"to": "2010-05-05T10:00:00"}, None, date(2010, 5, 5)),
    ],
)
def test_dates_from_the_url(params, start, end):
    f = Filters.from_query(params)
    assert (f.date_from, f.date_to) == (start, end)


@given(st.dates(), st.dates())
def test_any_range_round_trips(a, b):
    low, high = sorted((a, b))
    f = Filters(date_from=low, date_to=high)
    assert Filters.from_query(f.to_query()) == f


def test_parse_day_reads_iso_days_only():
    assert parse_day("2010-03-04") == date(2010, 3, 4)
    assert parse_day("2010-03") is None
    assert parse_day(None) is None
    assert parse_day(20100304) is None


# -- place names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "pcode"),
    [
        ("AF30", "AF30"),
        ("af30", "AF30"),
        ("Hilmand", "AF30"),  # OCHA's spelling
        ("helmand", "AF30"),  # the press's spelling: same consonants
        ("Paktia", "AF13"),  # Paktya, not Paktika
        ("Sar-e Pol", "AF22"),
        ("هلمند", "AF30"),
        ("هراه", "AF32"),  # teh marbuta written as heh
        ("كنر", "AF15"),
    ],
)
def test_province_typed_as_name_or_code(gaz, typed, pcode):
    assert place_codes([typed], gaz.provinces(), find=gazetteer_finder(gaz, "province")) == (pcode,)


def test_unknown_names_are_dropped_and_the_fallback_asked(gaz):
    find = gazetteer_finder(gaz, "province")
    assert place_codes(["Atlantis", ""], gaz.provinces(), find=find) == ()
    assert place_codes(["قندوز"], gaz.provinces(), find=lambda t: "AF19") == ("AF19",)


# -- timeline --------------------------------------------------------------------------------


def test_periods_start_on_monday_or_the_first():
    assert period_start(date(2010, 3, 4), "week") == date(2010, 3, 1)  # a Thursday
    assert period_start(date(2010, 3, 4), "month") == date(2010, 3, 1)
    assert period_start(date(2010, 3, 31), "week") == date(2010, 3, 29)


def test_timeline_counts_per_month_and_type_without_undated():
    bars = {
        (b.start.isoformat(), b.event_type): (b.incidents, b.fatalities) for b in timeline(ROWS)
    }
    assert bars == {
        ("2010-03-01", "ied"): (1, 0),
        ("2010-03-01", "attack"): (1, 11),
        ("2010-04-01", "attack"): (1, 2),
        ("2011-06-01", "ied"): (1, 9),
    }


def test_timeline_per_week_splits_a_month():
    weeks = [b.start.isoformat() for b in timeline(ROWS, period="week")]
    assert weeks == ["2010-03-01", "2010-03-29", "2010-03-29", "2011-06-06"]
