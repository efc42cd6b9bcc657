"""The Incidents page: numeric columns, the shared filter, and an Excel-ready CSV."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from incidents.export import csv_for_excel, table_rows

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "pages" / "2_Incidents.py")


@pytest.fixture(autouse=True)
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


def _table(at: AppTest):
    return at.dataframe[0].value


def test_fatalities_are_numbers_and_sort_as_numbers():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    table = _table(at)
    assert str(table["fatalities"].dtype) == "Int64"
    assert table["latitude"].dtype.kind == "f"
    killed = table["fatalities"].dropna().sort_values().tolist()
    assert killed.index(9) < killed.index(12)  # as text, "12" would sort before "9"


def test_url_district_and_claimant_are_honoured(app_db):
    # Seed incident 000-01: the battle in Sarkani (AF1505), claimed by the Taliban.
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["province"] = "AF15"
    at.query_params["district"] = "AF1505"
    at.query_params["claimant"] = "Taliban"
    at.run()
    assert not at.exception
    expected = (
        sqlite3.connect(app_db)
        .execute(
            "SELECT count(*) FROM incidents "
            "WHERE district_pcode = 'AF1505' AND claimed_by = 'Taliban'"
        )
        .fetchone()[0]
    )
    assert expected >= 1
    table = _table(at)
    assert len(table) == expected
    assert set(table["admin2_pcode"]) == {"AF1505"}
    assert at.multiselect(key="f_district").value == ["AF1505"]
    assert at.multiselect(key="f_claimant").value == ["Taliban"]


def test_filter_chosen_on_the_map_is_kept_on_the_incidents_page():
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        at.multiselect(key="f_province").set_value(["AF30"]).run()
        at.query_params.clear()  # a page switch may come with no query string
        at.switch_page("pages/2_Incidents.py").run()
    assert not at.exception
    assert at.multiselect(key="f_province").value == ["AF30"]
    table = _table(at)
    assert len(table) > 0
    assert set(table["admin1_pcode"]) == {"AF30"}
    assert at.query_params["province"] == "AF30"


def test_province_names_in_the_url_work_on_the_incidents_page():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.query_params["province"] = "kunar"
    at.run()
    assert not at.exception
    assert set(_table(at)["admin1_pcode"]) == {"AF15"}


def test_csv_for_excel_starts_with_a_bom_and_keeps_arabic(store, gaz, seed_text):
    from incidents.ingest import ingest_text

    ingest_text(store, seed_text, name="seed", gazetteer=gaz)
    data = csv_for_excel(store.incidents())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["event_id"] == "seed-01"
    assert "سركانو" in rows[0]["notes"]


def test_table_rows_leave_unknown_numbers_empty_not_blank(store, gaz, seed_text):
    from incidents.ingest import ingest_text

    ingest_text(store, seed_text, name="seed", gazetteer=gaz)
    rows = table_rows(store.incidents())
    assert any(r["fatalities"] is None for r in rows)
    assert all(r["fatalities"] is None or isinstance(r["fatalities"], int) for r in rows)
