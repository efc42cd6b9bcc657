"""The store under load and faults, on both back ends: two ingests and a reader at once,
kill -9 mid-batch; and SQLite's upgrade by two openers (PostgreSQL's: test_postgres)."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazetteer.match import Gazetteer
from incidents import schema
from incidents.ingest import ingest_paths
from incidents.store import Store, database_errors, is_postgres_url
from incidents.store_sqlite import SQLiteStore
from tests.conftest import distinct_copies, store_content, store_rows


def ingest_command(db: Path | str, *paths: Path) -> list[str]:
    return [sys.executable, "-m", "incidents.cli", "ingest", "--quiet", "--db", str(db)] + [
        str(p) for p in paths
    ]


def incidents_by_text(db: Path | str) -> dict[str, int]:
    """Stored articles (by text hash) and how many incidents each has."""
    with Store.open(db, read_only=True) as s:
        return {a["sha256"]: a["incidents"] for a in s.articles()}


def serial_reference(files: list[Path], db: Path, gaz: Gazetteer) -> dict[str, int]:
    with Store.open(db) as s:
        summary = ingest_paths(s, files, gazetteer=gaz)
    assert summary.new == len(files)
    return incidents_by_text(db)


def counted(stderr: str, what: str) -> int:
    match = re.search(rf"{what} (\d+)", stderr)
    assert match, stderr
    return int(match.group(1))


def test_two_ingests_and_a_reader_at_once(tmp_path, gaz, store_target):
    # Two ingest processes take the same files in the same order while the app's way
    # in (open, list articles and incidents) reads in a loop: no "database is locked"
    # anywhere, and every article is stored once, with all its incidents. In step, the
    # two often find the same text absent and both try to store it: on PostgreSQL the
    # unique key and the insert that does nothing on conflict decide, with no error.
    files = distinct_copies(tmp_path / "in", copies=8)
    reference = serial_reference(files, tmp_path / "ref.db", gaz)
    db = store_target
    procs = [
        subprocess.Popen(ingest_command(db, *order), stderr=subprocess.PIPE, text=True)
        for order in (files, files)
    ]
    reads, errors = 0, []
    while any(p.poll() is None for p in procs):
        try:
            with Store.open(db) as s:
                s.articles()
                s.incidents()
            reads += 1
        except database_errors() as err:
            errors.append(repr(err))
        time.sleep(0.01)
    outputs = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert not errors
    assert reads > 0
    assert all("locked" not in out for out in outputs)
    assert sum(counted(out, "articles new") for out in outputs) == len(files)
    assert sum(counted(out, "already present") for out in outputs) == len(files)
    assert incidents_by_text(db) == reference


def wait_for_articles(db: str, proc: subprocess.Popen[str], *, at_least: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the ingest finished before it could be killed: give it more files")
        try:
            count = len(incidents_by_text(db))
        except database_errors():  # not created yet
            count = 0
        if count >= at_least:
            return
        time.sleep(0.005)
    pytest.fail("no articles stored within 120 s")


def test_kill_9_mid_batch_keeps_what_was_committed_and_a_rerun_completes(
    tmp_path, gaz, store_target
):
    files = distinct_copies(tmp_path / "in", copies=30)
    reference = serial_reference(files, tmp_path / "ref.db", gaz)
    db = store_target
    proc = subprocess.Popen(ingest_command(db, tmp_path / "in"), stderr=subprocess.PIPE, text=True)
    wait_for_articles(db, proc, at_least=20)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    if is_postgres_url(db):
        # The server ends the dead client's session and rolls back its open transaction.
        wait_for_other_sessions_to_end(db)
    else:
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    kept = incidents_by_text(db)
    assert 20 <= len(kept) < len(files)
    # Every article that made it is whole: the incidents a full ingest gives it.
    assert {sha: reference[sha] for sha in kept} == kept

    rerun = subprocess.run(
        ingest_command(db, tmp_path / "in"), capture_output=True, text=True, check=False
    )
    assert rerun.returncode == 0, rerun.stderr
    assert counted(rerun.stderr, "articles new") == len(files) - len(kept)
    assert counted(rerun.stderr, "already present") == len(kept)
    assert store_content(db) == store_content(tmp_path / "ref.db")
    if not is_postgres_url(db):  # ids too: SQLite gives them in order, without gaps
        assert store_rows(Path(db)) == store_rows(tmp_path / "ref.db")


def wait_for_other_sessions_to_end(url: str) -> None:
    with Store.open(url, read_only=True) as s:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            others = s.conn.execute(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = 'incidentmap' AND pid <> pg_backend_pid()"
            ).fetchone()
            if others["n"] == 0:
                return
            time.sleep(0.05)
    pytest.fail("the killed ingest's session is still open after 30 s")


def test_two_openers_of_an_old_store_upgrade_it_once(tmp_path, monkeypatch):
    # Two processes open a version-2 store at once: both see version 2, one upgrades,
    # then the other gets the write lock. It must not run the upgrade again ("duplicate
    # column name: url").
    from tests.test_store import _old_schema

    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    for stmt in _old_schema(2):
        conn.execute(stmt)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    first = Store.open(path, read_only=True)
    second = Store.open(path, read_only=True)
    real = SQLiteStore.transaction

    def first_upgrades_meanwhile(self: Store):
        if self is second:
            first.migrate()
        return real(self)

    monkeypatch.setattr(SQLiteStore, "transaction", first_upgrades_meanwhile)
    second.migrate()
    assert second.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    first.close()
    second.close()
