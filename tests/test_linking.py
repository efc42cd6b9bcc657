"""One event, several reports: the linking rules, splits that survive re-ingest, the
export's event_key and reports, and the panel that lists an event's reports side by side."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest

from incidents import schema
from incidents.eventtypes import EVENT_TYPES
from incidents.eventview import link_lines, reports_here, reports_html
from incidents.linking import (
    COMPATIBLE,
    Report,
    compatible_types,
    link,
    link_events,
    report_key,
    reports_from_rows,
    split_pair,
)
from incidents.mapview import points_from_rows
from incidents.records import Incident, Location
from incidents.store import Store
from tests.conftest import LINKING, ROOT

DAY = date(2012, 4, 15)


def report(
    n: int,
    *,
    article: str | None = None,
    event_type: str = "ied",
    day: date | None = DAY,
    province: str | None = "AF04",
    district: str | None = "AF0405",
) -> Report:
    """Report n of its own article unless `article` is given."""
    art = article or f"{n:064x}"
    return Report(n, report_key(art, 10 * n, 10 * n + 9), art, event_type, day, province, district)


def groups(reports: list[Report], **kwargs) -> list[list[int]]:
    """The events as sorted lists of incident ids, sorted."""
    index = link_events(reports, **kwargs)
    return sorted(sorted(e.incident_ids) for e in index.events)


# -- each rule ---------------------------------------------------------------------------------


def test_same_district_same_day_same_type_links_with_the_full_score():
    found = link(report(1), report(2))
    assert found is not None
    assert (found.place, found.days, found.types, found.score) == (
        "same district",
        0,
        "same type",
        1.0,
    )
    assert found.rule == "same district, same day, same type"
    assert groups([report(1), report(2)]) == [[1, 2]]


def test_two_incidents_of_one_article_are_never_linked():
    one = "a" * 64
    assert link(report(1, article=one), report(2, article=one)) is None
    assert groups([report(1, article=one), report(2, article=one)]) == [[1], [2]]


def test_other_districts_or_other_provinces_are_never_one_event():
    assert link(report(1), report(2, district="AF0401")) is None
    assert link(report(1), report(2, province="AF27", district="AF2702")) is None
    # Not placed in Afghanistan (no province): never linked, even with another unplaced one.
    assert link(report(1, province=None, district=None), report(2, province=None)) is None


def test_a_province_level_report_links_within_its_province_at_a_lower_score():
    found = link(report(1), report(2, district=None))
    assert found is not None
    assert (found.place, found.score) == ("same province", 0.6)
    assert link(report(1, district=None), report(2, district=None)).place == "same province"
    assert link(report(1), report(2, province="AF27", district=None)) is None


def test_event_dates_one_day_apart_link_two_days_apart_do_not():
    found = link(report(1), report(2, day=DAY + timedelta(days=1)))
    assert found is not None
    assert (found.days, found.score, found.rule) == (
        1,
        0.8,
        "same district, 1 day apart, same type",
    )
    assert link(report(1), report(2, day=DAY - timedelta(days=2))) is None


def test_an_undated_report_is_never_linked():
    # Place and type alone are no evidence of one event.
    assert link(report(1, day=None), report(2)) is None
    assert link(report(1, day=None), report(2, day=None)) is None
    assert groups([report(1, day=None), report(2, day=None)]) == [[1], [2]]


def test_compatible_types_link_at_a_lower_score_and_others_never():
    found = link(report(1, event_type="attack"), report(2, event_type="ied"))
    assert found is not None
    assert (found.types, found.score) == ("compatible type", 0.8)
    assert compatible_types("ied", "suicide_bomb") == "compatible type"
    assert compatible_types("armed_clash", "airstrike") is None
    assert link(report(1, event_type="armed_clash"), report(2, event_type="airstrike")) is None
    assert link(report(1, event_type="other"), report(2, event_type="attack")) is None


def test_the_compatibility_table_names_only_known_types():
    for pair in COMPATIBLE:
        assert len(pair) == 2
        assert pair <= set(EVENT_TYPES)


def test_the_weakest_link_is_province_level_a_day_apart_and_a_compatible_type():
    found = link(
        report(1, event_type="attack", district=None),
        report(2, day=DAY + timedelta(days=1)),
    )
    assert found is not None
    assert found.score == pytest.approx(0.384)


def test_a_split_pair_is_not_linked_and_a_split_report_leaves_its_event():
    a, b, c = report(1), report(2), report(3)
    assert groups([a, b, c]) == [[1, 2, 3]]
    assert groups([a, b, c], splits={split_pair(c.key, a.key), split_pair(c.key, b.key)}) == [
        [1, 2],
        [3],
    ]
    assert groups([a, b], splits={(b.key, a.key)}) == [[1], [2]]  # either order


# -- grouping ------------------------------------------------------------------------------------


def test_a_chain_of_day_apart_reports_never_spans_three_days():
    # 15th-16th and 16th-17th link, 15th-17th does not: complete linkage keeps the event
    # to reports that all link to one another.
    reports = [report(n, day=DAY + timedelta(days=n)) for n in range(3)]
    assert groups(reports) in ([[0, 1], [2]], [[0], [1, 2]])


def test_an_event_never_holds_two_incidents_of_one_article():
    # Two IEDs of one article in one district on one day, and one other outlet's report:
    # the report joins one of them, never both.
    one = "b" * 64
    reports = [report(1, article=one), report(2, article=one), report(3)]
    found = groups(reports)
    assert len(found) == 2
    assert [1, 2] not in found
    assert sorted(len(g) for g in found) == [1, 2]


def test_the_strongest_link_wins():
    # A province-level report (0.6 to either) and two district reports of different
    # districts: the district reports cannot be one event; the vague one joins the first.
    reports = [report(1), report(2, district="AF0401"), report(3, district=None)]
    assert groups(reports) in ([[1, 3], [2]], [[1], [2, 3]])
    same_day = report(4, district="AF0401", day=DAY + timedelta(days=1))
    # 3 with 1: 0.6 (same day); 3 with 4: 0.48 (a day apart): 3 joins 1.
    assert groups([report(1), same_day, report(3, district=None)]) == [[1, 3], [4]]


def test_events_do_not_depend_on_order_or_incident_ids():
    rng = random.Random(7)
    reports = [
        report(
            n,
            event_type=rng.choice(["ied", "attack", "armed_clash"]),
            day=DAY + timedelta(days=rng.randrange(4)),
            district=rng.choice(["AF0405", "AF0401", None]),
        )
        for n in range(40)
    ]
    first = link_events(reports)
    shuffled = reports[:]
    rng.shuffle(shuffled)
    renumbered = [dataclasses.replace(r, incident_id=1000 + r.incident_id) for r in shuffled]
    again = link_events(renumbered)
    assert {e.key: [r.key for r in e.reports] for e in first.events} == {
        e.key: [r.key for r in e.reports] for e in again.events
    }
    for r in reports:
        assert first.key_of(r.incident_id) == again.key_of(1000 + r.incident_id)


def test_report_keys_tell_apart_incidents_of_one_sentence():
    rows = [
        {"id": 7, "article_id": 1, "seq": 0, "start": 0, "end": 40, "article_sha256": "c" * 64,
         "event_type": "ied", "event_date": "2012-04-15", "province_pcode": "AF04",
         "district_pcode": "AF0405"},
        {"id": 8, "article_id": 1, "seq": 1, "start": 0, "end": 40, "article_sha256": "c" * 64,
         "event_type": "attack", "event_date": None, "province_pcode": None,
         "district_pcode": None},
    ]  # fmt: skip
    keys = [r.key for r in reports_from_rows(reversed(rows))]
    assert keys == ["c" * 64 + ":0-40", "c" * 64 + ":0-40/1"]
    assert reports_from_rows(rows)[0].event_date == DAY


# -- the store: both back ends, splits kept across re-ingest, the schema step ------------------


def _ied(article: str, killed: int, *, district: str = "AF0405") -> Incident:
    sentence = f"انفجرت عبوة ناسفة في مديرية سيد آباد وقتلت {killed} مدنيين."
    return Incident(
        article=article,
        event_type="ied",
        sentence=sentence,
        start=0,
        end=len(sentence),
        killed=killed,
        event_date="2012-04-15",
        location=Location(
            text="سيد آباد",
            entry_id=district,
            name_ar="سيد آباد",
            name_en="Saydabad",
            level="district",
            province_pcode="AF04",
            district_pcode=district,
            lat=34.0,
            lon=68.7,
            score=100.0,
            how="mention",
        ),
    )


def test_the_store_links_reports_and_keeps_a_split(store):
    # Runs on SQLite and PostgreSQL: the same texts give the same event keys on both.
    for name, killed in (("wire", 5), ("daily", 6), ("radio", 5)):
        store.add_article(name=name, text=f"نص {name}", incidents=[_ied(name, killed)])
    by_name = {r["article"]: r["id"] for r in store.incidents()}
    events = store.events()
    assert len({events.key_of(i) for i in by_name.values()}) == 1
    assert events.size_of(by_name["wire"]) == 3
    version = store.data_version()
    assert store.split_off(by_name["radio"]) == 2
    assert store.split_off(by_name["radio"]) == 0  # alone now: nothing to split
    assert store.data_version() != version
    events = store.events()
    assert events.key_of(by_name["wire"]) == events.key_of(by_name["daily"])
    assert events.size_of(by_name["radio"]) == 1
    assert store.splits() == {
        split_pair(r.key, events.event_of(by_name["radio"]).reports[0].key)
        for r in events.event_of(by_name["wire"]).reports
    }


def test_event_keys_are_the_same_on_both_back_ends(tmp_path, pg_url, gaz):
    from incidents.ingest import ingest_paths

    files = sorted(LINKING.iterdir())
    keys = []
    for target in (tmp_path / "ref.db", pg_url):
        with Store.open(target) as s:
            ingest_paths(s, files, gazetteer=gaz)
            events = s.events()
            keys.append(sorted((r["article"], events.key_of(r["id"])) for r in s.incidents()))
    assert keys[0] == keys[1]


def test_a_version_3_store_gains_the_splits_table(tmp_path):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    for stmt in schema.statements(
        [t for t in schema.SCHEMA if t is not schema.EVENT_SPLITS], schema.SQLITE_TYPES
    ):
        conn.execute(stmt)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.splits() == frozenset()
        assert s.split_reports([("b", "a")]) == 1
        assert s.splits() == {("a", "b")}
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 4


def test_a_version_3_postgres_database_gains_the_splits_table(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        templates = [t for t in schema.SCHEMA if t is not schema.EVENT_SPLITS]
        for stmt in schema.POSTGRES_EXTRAS + schema.statements(templates, schema.POSTGRES_TYPES):
            conn.execute(stmt)
        conn.execute("INSERT INTO incidentmap_schema VALUES (3)")
        assert conn.execute("SELECT to_regclass('event_splits')").fetchone()[0] is None
    with Store.open(pg_url) as s:
        assert s.split_reports([("b", "a"), ("a", "b")]) == 1
        assert s.splits() == {("a", "b")}


# -- the command line: the folder, and a split kept across --reprocess ----------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incidents.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def _export(db: Path, fmt: str = "csv") -> str:
    out = cli("export", "--db", str(db), "--format", fmt)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_only_the_two_reports_of_one_ied_share_an_event_key(tmp_path):
    # Two outlets' reports of one IED in Saydabad (published a day apart, 5 and 6 killed),
    # a same-day attack in Kandahar, a clash in Saydabad a week later.
    db = tmp_path / "linked.db"
    ingest = cli("ingest", "--quiet", "--db", str(db), str(LINKING))
    assert ingest.returncode == 0, ingest.stderr
    rows = list(csv.DictReader(io.StringIO(_export(db))))
    assert {"source", "event_date", "event_key", "reports"} <= set(rows[0])
    by_source = {r["source"]: r for r in rows}
    assert len(rows) == len(by_source) == 4
    wire, daily = by_source["ied-wire"], by_source["ied-daily"]
    assert (wire["fatalities"], daily["fatalities"]) == ("5", "6")
    assert (wire["published"], daily["published"]) == ("2012-04-16", "2012-04-17")
    assert wire["event_date"] == daily["event_date"] == "2012-04-15"  # ISO day
    assert by_source["attack-kandahar"]["event_date"] == "2012-04-15"
    assert by_source["clash-week-later"]["event_date"] == "2012-04-22"
    assert wire["event_key"] == daily["event_key"]
    assert len({r["event_key"] for r in rows}) == 3
    assert {r["source"]: r["reports"] for r in rows} == {
        "ied-wire": "2",
        "ied-daily": "2",
        "attack-kandahar": "1",
        "clash-week-later": "1",
    }
    # GeoJSON: one feature per report, with the same keys.
    features = json.loads(_export(db, "geojson"))["features"]
    assert len(features) == 4
    assert {f["properties"]["source"]: f["properties"]["event_key"] for f in features} == {
        r["source"]: r["event_key"] for r in rows
    }


def test_a_split_survives_ingest_reprocess(tmp_path):
    db = tmp_path / "split.db"
    assert cli("ingest", "--quiet", "--db", str(db), str(LINKING)).returncode == 0
    with Store.open(db) as s:
        before = {r["article"]: r["id"] for r in s.incidents()}
        assert s.split_off(before["ied-daily"]) == 1
    reprocess = cli("ingest", "--quiet", "--reprocess", "--db", str(db), str(LINKING))
    assert reprocess.returncode == 0, reprocess.stderr
    with Store.open(db) as s:
        after = {r["article"]: r["id"] for r in s.incidents()}
    assert set(after.values()).isdisjoint(before.values())  # new incident ids
    rows = list(csv.DictReader(io.StringIO(_export(db))))
    assert len({r["event_key"] for r in rows}) == 4
    assert {r["reports"] for r in rows} == {"1"}


# -- the map and the panel ---------------------------------------------------------------------


def _linked_rows(linked_db: Path):
    with Store.open(linked_db, read_only=True) as s:
        return s.incidents(), s.events()


def test_reports_of_one_event_share_one_marker(linked_db):
    rows, events = _linked_rows(linked_db)
    points = points_from_rows(rows, events=events)
    assert len(points) == 3
    [shared] = [p for p in points if p.reports == 2]
    assert "2 reports" in shared.label
    assert len(points_from_rows(rows)) == 4  # without events: a marker per incident


def test_the_panel_table_puts_the_reports_side_by_side_and_marks_what_differs(linked_db):
    rows, events = _linked_rows(linked_db)
    wire = next(r for r in rows if r["article"] == "ied-wire")
    [group] = reports_here([wire], rows, events)
    assert [r["article"] for r in group] == ["ied-wire", "ied-daily"]  # by publication
    html = reports_html(group)
    assert html.count("<td>") >= 2 * 7
    for text in ("Example Wire", "Example Daily", "2012-04-16", "2012-04-17", "Taliban"):
        assert text in html
    differs = [line for line in html.split("<tr") if 'class="differs"' in line]
    assert any(">Killed<" in line and ">5<" in line and ">6<" in line for line in differs)
    assert any(">Claimed by<" in line for line in differs)
    assert not any(">Event date<" in line for line in differs)
    event = events.event_of(wire["id"])
    assert link_lines(event, group) == [
        "Reports 1 and 2: same district, same day, same type (score 1.00)"
    ]


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """The app keeps its store in st.cache_resource, which outlives one AppTest run: start
    with none, and leave none behind for another module's tests."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


def test_the_panel_lists_both_reports_and_splits_one_off(
    linked_db, tmp_path, monkeypatch, fresh_caches
):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "panel.db"
    shutil.copy(linked_db, db)  # the session store stays as it is for the browser test
    monkeypatch.setenv("INCIDENTMAP_DB", str(db))
    with Store.open(db, read_only=True) as s:
        wire = next(r for r in s.incidents() if r["article"] == "ied-wire")
    # The event's marker names one of its reports (the clash a week later stands on the
    # same district centroid, and is another marker).
    clicked = {
        "last_object_clicked": {"lat": wire["lat"], "lng": wire["lon"]},
        "last_active_drawing": {
            "type": "Feature",
            "properties": {"incident": wire["id"]},
            "geometry": {"type": "Point", "coordinates": [wire["lon"], wire["lat"]]},
        },
    }
    with mock.patch("streamlit_folium.st_folium", return_value=clicked):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        assert not at.exception
        assert at.subheader[0].value == "1 event, 2 reports"
        html = " ".join(str(h.proto.body) for h in at.get("html"))
        assert "Example Wire" in html
        assert "Example Daily" in html
        assert any("3 markers" in c.value for c in at.caption)
        at.button(key=f"split-{wire['id']}").click().run()
        assert not at.exception
        # The split redraws the markers: the click on the event's marker is past, and the
        # panel no longer shows the two reports as one event.
        assert "1 event, 2 reports" not in [h.value for h in at.subheader]
    with Store.open(db, read_only=True) as s:
        events = s.events()
        assert events.size_of(wire["id"]) == 1
