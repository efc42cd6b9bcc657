"""Shared fixtures: the gazetteer, a temporary store, and a running app for browser tests."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.match import Gazetteer, load
from incidents.ingest import ingest_paths
from incidents.store import Store
from tests.pgserver import PgServer

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
# Two outlets' reports of one IED in Saydabad (Wardak), a same-day attack in Kandahar and a
# clash in Saydabad a week later, each with its sidecar (test_linking, test_browser).
LINKING = ROOT / "tests" / "data" / "linking"
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Untrusted article text that must show as text, never run (see test_browser, test_app).
XSS_ARTICLE = (
    "هجوم في ولاية قندهار\n"
    "قال مسؤولون إن مسلحين هاجموا حاجزا أمنيا في مديرية سبين بولدك بولاية قندهار "
    '<script>alert("x")</script> و <img src=x onerror=alert(1)> و "><svg onload=alert(2)> '
    "وقتلوا ثلاثة من رجال الشرطة.\n"
)
# Sidecars for copies of the shipped articles in the app store: outlets, URLs and
# publication dates (so weekday words become event dates), one of them hostile.
APP_SOURCES = {
    "article-001": "url: https://example.org/news/1?a=1&b=2\noutlet: Al Jazeera Net\n"
    "published: 2010-03-05\n",
    "article-002": "url: javascript:alert(1)\noutlet: <b>Bold</b> outlet\npublished: 2015-05-13\n",
    "article-006": "url: https://example.org/herat\noutlet: Example Daily\npublished: 2011-06-07\n",
}


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load()


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store that does not exist yet, on each back end: a file path or a database URL."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "test.db")


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with Store.open(store_target) as s:
        yield s


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server of $INCIDENTMAP_TEST_PG, with a PostGIS template database.

    `make test` runs pytest under pg_virtualenv, a throwaway cluster, and sets the
    variable; without it the PostgreSQL tests are skipped, or fail with REQUIRE_POSTGIS=1.
    """
    conninfo = os.environ.get("INCIDENTMAP_TEST_PG")
    if not conninfo:
        _missing_postgres("no server: INCIDENTMAP_TEST_PG is not set (`make test` sets it)")
    server = PgServer.start(conninfo or "", on_missing=_missing_postgres)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """An empty database of its own (PostGIS installed), as a postgresql:// URL."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def _missing_postgres(reason: str) -> None:
    if os.environ.get("REQUIRE_POSTGIS") == "1":
        pytest.fail(f"REQUIRE_POSTGIS=1 but PostgreSQL + PostGIS is unusable: {reason}")
    pytest.skip(f"PostgreSQL: {reason}")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ARTICLES / "article-000.txt").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def browser_available() -> bool:
    return CHROMIUM.exists()


@pytest.fixture(scope="session")
def app_db(tmp_path_factory: pytest.TempPathFactory, gaz: Gazetteer) -> Path:
    """A store with the shipped articles and one article carrying script payloads."""
    folder = tmp_path_factory.mktemp("app")
    extra = folder / "articles"
    shutil.copytree(ARTICLES, extra)
    (extra / "article-xss.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    for name, sidecar in APP_SOURCES.items():
        (extra / f"{name}.source.txt").write_text(sidecar, encoding="utf-8")
    path = folder / "incidents.db"
    with Store.open(path) as s:
        summary = ingest_paths(s, sorted(extra.iterdir()), gazetteer=gaz)
    assert not summary.rejected
    return path


@pytest.fixture(scope="session")
def app_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the served app's output goes (Streamlit's log, warnings, tracebacks)."""
    return tmp_path_factory.mktemp("server") / "streamlit.log"


@pytest.fixture(scope="session")
def app_url(app_db: Path, app_log: Path) -> Iterator[str]:
    """The Streamlit app served on a free loopback port, with the test store; its output
    is kept in `app_log`."""
    yield from _serve(app_db, app_log)


@pytest.fixture(scope="session")
def linked_db(tmp_path_factory: pytest.TempPathFactory, gaz: Gazetteer) -> Path:
    """A store of the linking folder: one event told by two outlets, and two others."""
    path = tmp_path_factory.mktemp("linked") / "incidents.db"
    with Store.open(path) as s:
        summary = ingest_paths(s, sorted(LINKING.iterdir()), gazetteer=gaz)
    assert not summary.rejected
    return path


@pytest.fixture(scope="session")
def linked_app_url(linked_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served with the linking folder's store."""
    yield from _serve(linked_db, tmp_path_factory.mktemp("linked-server") / "streamlit.log")


def _serve(db: Path, log_path: Path) -> Iterator[str]:
    """Serve the app on a free loopback port with the store `db`, its output in `log_path`,
    until the session ends."""
    if not browser_available():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium")
    if not (ROOT / "static" / "vendor" / "leaflet" / "leaflet.js").exists():
        pytest.fail("front-end assets missing: run `make setup` (npm ci into static/vendor)")
    port = _free_port()
    env = {**os.environ, "INCIDENTMAP_DB": str(db)}
    log = log_path.open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--server.enableStaticServing",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        log.close()
        pytest.fail("streamlit did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def store_rows(path: Path) -> list[tuple[object, ...]]:
    """Everything a store file holds, row by row in id order; only ingest times left out."""
    conn = sqlite3.connect(path)
    columns = [c[1] for c in conn.execute("PRAGMA table_info(articles)") if c[1] != "ingested_at"]
    rows = list(conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id"))
    rows += conn.execute("SELECT * FROM incidents ORDER BY id").fetchall()
    rows += conn.execute("SELECT * FROM place_mentions ORDER BY id").fetchall()
    conn.close()
    return rows


def store_content(target: Path | str) -> list[str]:
    """What a store holds as its readers see it, on either back end: every article and
    incident (with its place mentions) as JSON, sorted, without ids and ingest times."""
    ids = {"id", "article_id", "incident_id", "ingested_at"}
    out = []
    with Store.open(target, read_only=True) as s:
        for article in s.articles():
            article = {k: v for k, v in article.items() if k not in ids}
            out.append(json.dumps(article, ensure_ascii=False, sort_keys=True))
        for incident in s.incidents():
            row = {k: v for k, v in incident.items() if k not in ids}
            row["mentions"] = [
                {k: v for k, v in m.items() if k not in ids} for m in s.mentions(incident["id"])
            ]
            out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(out)


def distinct_copies(folder: Path, *, copies: int) -> list[Path]:
    """The shipped articles written `copies` times, each copy a text of its own (last line)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for copy in range(copies):
        for src in sorted(ARTICLES.glob("*.txt")):
            path = folder / f"c{copy:02d}-{src.name}"
            path.write_text(
                src.read_text(encoding="utf-8").rstrip() + f"\n\n[{copy}]\n", encoding="utf-8"
            )
            out.append(path)
    return out
