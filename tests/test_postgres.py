"""PostgreSQL + PostGIS: the records, exports, CLI and app of SQLite, plus points and an index.

The store tests of test_store and test_load run on both back ends (the `store` and
`store_target` fixtures); these are what compares the two as a user sees them, and what
only PostgreSQL has. They need a server (conftest `pg_server`), except the first.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from incidents import schema
from incidents.export import write_export
from incidents.ingest import ingest_paths
from incidents.store import Store, StoreError
from incidents.store_postgres import PostgresStore
from incidents.store_sqlite import SQLiteStore
from tests.conftest import ARTICLES
from tests.test_store import _old_schema


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incidents.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_an_unreachable_server_is_reported_plainly_and_without_the_password():
    # Nothing listens on port 1: a one-line message, exit 1, no traceback, no password.
    proc = cli("export", "--db", "postgresql://analyst:s3cret@127.0.0.1:1/incidents")
    assert proc.returncode == 1
    assert "cannot connect" in proc.stderr
    assert "postgresql://analyst:***@127.0.0.1:1/incidents" in proc.stderr
    assert "s3cret" not in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "target", ["postgresql:/db", "postgresql:user:pw@host/db", "mysql://user:pw@host/db"]
)
def test_a_mistyped_address_is_no_sqlite_file(target, tmp_path, monkeypatch):
    # Without this, "postgresql:/db" would quietly become a SQLite file of that name.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="not a store address") as err:
        Store.open(target)
    assert "pw" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_incidentmap_db_picks_the_back_end(tmp_path, monkeypatch, pg_url):
    monkeypatch.setenv("INCIDENTMAP_DB", str(tmp_path / "a.db"))
    with Store.open() as s:
        assert isinstance(s, SQLiteStore)
    monkeypatch.setenv("INCIDENTMAP_DB", pg_url)
    with Store.open() as s:
        assert isinstance(s, PostgresStore)


def test_data_articles_twice_gives_the_records_sqlite_gives(tmp_path, gaz, pg_url):
    files = sorted(ARTICLES.iterdir())
    with Store.open(tmp_path / "ref.db") as ref, Store.open(pg_url) as pg:
        ingest_paths(ref, files, gazetteer=gaz)
        first = ingest_paths(pg, files, gazetteer=gaz)
        again = ingest_paths(pg, files, gazetteer=gaz)
        assert first.new == len(files)
        assert (again.new, again.present, again.incidents) == (0, len(files), 0)
        # What the app and the exports read, record for record (ids included: one writer).
        assert pg.incidents() == ref.incidents()
        assert len(pg.incidents()) > 20
        assert [m for r in pg.incidents() for m in pg.mentions(r["id"])] == [
            m for r in ref.incidents() for m in ref.mentions(r["id"])
        ]
        assert _without_times(pg.articles()) == _without_times(ref.articles())
        assert pg.stored_articles() == ref.stored_articles()
        assert pg.claimants() == ref.claimants()
        assert pg.review_tray() == ref.review_tray()
        assert pg.incidents(provinces=["AF15"], search="كنر") == ref.incidents(
            provinces=["AF15"], search="كنر"
        )
        assert pg.data_version() == ref.data_version()
        for fmt in ("csv", "geojson"):
            assert _export(pg, fmt) == _export(ref, fmt)


def _without_times(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "ingested_at"} for r in rows]


def _export(store: Store, fmt: str) -> str:
    out = io.StringIO()
    write_export(store.incidents(), out, fmt=fmt)
    return out.getvalue()


def test_incidents_carry_a_postgis_point_and_a_spatial_index(gaz, pg_url):
    with Store.open(pg_url) as s:
        ingest_paths(s, sorted(ARTICLES.iterdir()), gazetteer=gaz)
        rows = s.incidents()
        assert isinstance(s, PostgresStore)
        conn = s.conn
        column = conn.execute(
            "SELECT type, srid, coord_dimension FROM geometry_columns "
            "WHERE f_table_name = 'incidents' AND f_geometry_column = 'geom'"
        ).fetchall()
        assert column == [{"type": "POINT", "srid": 4326, "coord_dimension": 2}]
        points = {
            r["id"]: (r["x"], r["y"])
            for r in conn.execute("SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y FROM incidents")
        }
        assert points == {r["id"]: (r["lon"], r["lat"]) for r in rows}
        assert (None, None) in points.values()  # an incident outside Afghanistan has none
        assert len(set(points.values())) > 2
        # A box around Kunar: the spatial index answers it, and with what lat/lon say.
        box = "ST_MakeEnvelope(70.5, 34.3, 71.7, 35.5, 4326)"
        with conn.transaction():
            conn.execute("SET LOCAL enable_seqscan = off")
            plan = " ".join(
                r["QUERY PLAN"]
                for r in conn.execute(f"EXPLAIN SELECT id FROM incidents WHERE geom && {box}")
            )
        assert "incidents_geom" in plan
        inside = {r["id"] for r in conn.execute(f"SELECT id FROM incidents WHERE geom && {box}")}
        expected = {
            r["id"]
            for r in rows
            if r["lat"] is not None and 34.3 <= r["lat"] <= 35.5 and 70.5 <= r["lon"] <= 71.7
        }
        assert inside == expected
        assert inside


def test_a_version_1_database_is_migrated(pg_url):
    # As for SQLite (test_store): the upgrades of incidents.schema, in PostgreSQL's types;
    # the point is added to the rows already there.
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for stmt in schema.POSTGRES_EXTRAS + _old_schema(1, schema.POSTGRES_TYPES):
            conn.execute(stmt)
        conn.execute(
            "INSERT INTO articles (id, sha256, name, text, ingested_at) "
            "VALUES (1, 'h', 'a', 'ن', 'x')"
        )
        conn.execute(
            'INSERT INTO incidents (article_id, seq, event_type, sentence, start, "end", more, '
            "lat, lon) VALUES (1, 0, 'ied', 'نص', 0, 2, '[[10, 20]]', 34.8, 71.1), "
            "(1, 1, 'ied', 'نص', 50, 60, '[]', NULL, NULL)"
        )
        conn.execute("INSERT INTO incidentmap_schema VALUES (1)")
    with Store.open(pg_url) as s:
        rows = s.incidents()
        assert [r["sentences"] for r in rows] == [[[0, 2], [10, 20]], [[50, 60]]]
        assert [(r["country"], r["event_date"], r["published"]) for r in rows] == [
            (None, None, None)
        ] * 2
        assert isinstance(s, PostgresStore)
        version = s.conn.execute("SELECT version FROM incidentmap_schema").fetchall()
        assert version == [{"version": schema.SCHEMA_VERSION}]
        geoms = s.conn.execute("SELECT ST_AsText(geom) AS p FROM incidents ORDER BY seq")
        assert [r["p"] for r in geoms] == ["POINT(71.1 34.8)", None]


def test_two_openers_of_an_old_database_upgrade_it_once(pg_url, monkeypatch):
    # As test_load's SQLite case: both see version 2; the second, once it holds the lock,
    # must see the first one's upgrade and not run it again ("column url already exists").
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for stmt in schema.POSTGRES_EXTRAS + _old_schema(2, schema.POSTGRES_TYPES):
            conn.execute(stmt)
        conn.execute("INSERT INTO incidentmap_schema VALUES (2)")
    first = Store.open(pg_url, read_only=True)
    second = Store.open(pg_url, read_only=True)
    real = PostgresStore.transaction

    def first_upgrades_meanwhile(self: Store):
        if self is second:
            first.migrate()
        return real(self)

    monkeypatch.setattr(PostgresStore, "transaction", first_upgrades_meanwhile)
    second.migrate()
    assert second.articles() == []
    first.close()
    second.close()


def test_many_openers_of_a_new_database_at_once(pg_url):
    # Six processes' first open of one empty database, at the same moment: one creates
    # PostGIS and the tables, the others wait for it; nobody fails.
    start = threading.Barrier(6)
    errors: list[str] = []

    def open_store() -> None:
        start.wait()
        try:
            Store.open(pg_url).close()
        except Exception as err:
            errors.append(repr(err))

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


@pytest.fixture
def analyst(pg_server) -> Iterator[tuple[str, str]]:
    """A database user who is no superuser: (name, password)."""
    from psycopg import sql

    name, password = f"analyst_{os.getpid()}", "pw-analyst"
    role = sql.Identifier(name)
    pg_server.admin.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(password))
    )
    yield name, password
    for db in pg_server.admin.execute(
        "SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE r.rolname = %s",
        (name,),
    ).fetchall():
        pg_server.drop_database(db[0])
    pg_server.admin.execute(sql.SQL("DROP ROLE {}").format(role))


def test_an_ordinary_user_can_use_a_database_where_postgis_was_made(pg_server, analyst, gaz):
    # The usual shared set-up: the administrator made the database (with PostGIS) and gave
    # it to the analysts' user, who may create tables but not extensions.
    name, password = analyst
    ready = pg_server.url(pg_server.create_database(owner=name), user=name, password=password)
    with Store.open(ready) as s:
        summary = ingest_paths(s, [ARTICLES / "article-000.txt"], gazetteer=gaz)
        assert summary.new == 1
        assert s.incidents()
    bare = pg_server.url(
        pg_server.create_database(owner=name, postgis=False), user=name, password=password
    )
    with pytest.raises(StoreError, match="PostGIS is needed") as err:
        Store.open(bare)
    assert "CREATE EXTENSION postgis" in str(err.value)
    assert password not in str(err.value)


def test_a_store_reads_on_after_the_server_ended_its_connection(pg_server, pg_url, gaz):
    # The app keeps one store open for its lifetime; a server restart (here: the
    # administrator ending the session) must not leave it failing until the app restarts.
    def end_session(pid: int) -> None:
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        while pg_server.admin.execute(
            "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)
        ).fetchone():
            time.sleep(0.01)

    with Store.open(pg_url) as s:
        ingest_paths(s, [ARTICLES / "article-000.txt"], gazetteer=gaz)
        expected = s.incidents()
        assert isinstance(s, PostgresStore)
        end_session(s.conn.info.backend_pid)
        assert s.incidents() == expected  # a read is tried again on a new connection
        end_session(s.conn.info.backend_pid)
        # A write is not repeated behind the caller's back: the one that meets the loss
        # fails (an ingest reports that file and goes on), the next one is stored.
        with pytest.raises(psycopg.OperationalError):
            s.add_article(name="b", text="نص آخر", incidents=[])
        assert s.add_article(name="b", text="نص آخر", incidents=[])
        assert [a["name"] for a in s.articles()] == ["article-000", "b"]


def test_a_text_with_a_nul_character_is_refused_plainly(pg_url):
    with Store.open(pg_url) as s:
        with pytest.raises(ValueError, match="NUL character"):
            s.add_article(name="a", text="نص\x00آخر", incidents=[])
        assert s.articles() == []


def test_the_cli_ingests_and_exports_the_same_on_both(tmp_path, pg_url):
    outputs = []
    for target in (str(tmp_path / "cli.db"), pg_url):
        ingest = cli("ingest", "--quiet", "--db", target, str(ARTICLES))
        assert ingest.returncode == 0, ingest.stderr
        assert f"articles new {len(list(ARTICLES.iterdir()))}" in ingest.stderr
        # INCIDENTMAP_DB chooses the store when --db is not given.
        export = cli("export", "--format", "geojson", env={**os.environ, "INCIDENTMAP_DB": target})
        assert export.returncode == 0, export.stderr
        outputs.append(export.stdout)
    assert outputs[0] == outputs[1]
    assert '"Point"' in outputs[0]


# -- the app -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app_pg(pg_server, app_db: Path, gaz) -> Iterator[str]:
    """The app's test store (conftest `app_db`) built again in PostgreSQL."""
    name = pg_server.create_database()
    url = pg_server.url(name)
    with Store.open(url) as s:
        summary = ingest_paths(s, sorted((app_db.parent / "articles").iterdir()), gazetteer=gaz)
    assert not summary.rejected
    yield url
    pg_server.drop_database(name)


ROOT = Path(__file__).resolve().parents[1]


def _run_page(page: str, db: str, monkeypatch, **params: str):
    from unittest import mock

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    # The pages keep their store in st.cache_resource, which outlives one AppTest run: each
    # run opens its own, and leaves none behind for the next test (or another module's).
    st.cache_resource.clear()
    st.cache_data.clear()
    monkeypatch.setenv("INCIDENTMAP_DB", db)
    try:
        with mock.patch("streamlit_folium.st_folium", return_value={"last_object_clicked": None}):
            at = AppTest.from_file(str(ROOT / page), default_timeout=60)
            for key, value in params.items():
                at.query_params[key] = value
            at.run()
    finally:
        st.cache_resource.clear()
        st.cache_data.clear()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("page", ["app.py", "pages/2_Incidents.py"])
def test_the_app_shows_the_same_incidents_from_either_store(page, app_db, app_pg, monkeypatch):
    shown = []
    for db in (str(app_db), app_pg):
        at = _run_page(page, db, monkeypatch, province="AF15")
        shown.append([c.value for c in at.caption if "incidents shown" in c.value])
    assert shown[0] == shown[1]
    assert shown[0]
    assert not shown[0][0].startswith("0 ")


@pytest.mark.parametrize("page", ["pages/1_Ingest.py", "pages/3_Gazetteer.py"])
def test_every_other_page_renders_from_postgres(page, app_pg, monkeypatch):
    _run_page(page, app_pg, monkeypatch)


def test_the_article_page_reads_an_incident_from_postgres(app_pg, monkeypatch):
    with Store.open(app_pg, read_only=True) as s:
        incident = next(r for r in s.incidents() if r["article"] == "article-001")
    at = _run_page("pages/4_Article.py", app_pg, monkeypatch, incident=str(incident["id"]))
    html = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "incident-sentence" in html
    assert "Al Jazeera Net" in html
