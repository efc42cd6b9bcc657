"""The SQLite store under load and faults: two ingests and a reader at once, kill -9 mid-batch."""

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
from incidents.ingest import ingest_paths
from incidents.store import Store
from incidents.store_sqlite import SQLiteStore
from tests.conftest import distinct_copies, store_rows


def ingest_command(db: Path, *paths: Path) -> list[str]:
    return [sys.executable, "-m", "incidents.cli", "ingest", "--quiet", "--db", str(db)] + [
        str(p) for p in paths
    ]


def incidents_by_text(db: Path) -> dict[str, int]:
    """Stored articles (by text hash) and how many incidents each has."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT a.sha256, (SELECT count(*) FROM incidents i WHERE i.article_id = a.id) "
        "FROM articles a"
    ).fetchall()
    conn.close()
    return dict(rows)


def serial_reference(files: list[Path], db: Path, gaz: Gazetteer) -> dict[str, int]:
    with Store.open(db) as s:
        summary = ingest_paths(s, files, gazetteer=gaz)
    assert summary.new == len(files)
    return incidents_by_text(db)


def counted(stderr: str, what: str) -> int:
    match = re.search(rf"{what} (\d+)", stderr)
    assert match, stderr
    return int(match.group(1))


def test_two_ingests_and_a_reader_at_once(tmp_path, gaz):
    # Two ingest processes take the same files in opposite orders while the app's way
    # in (open, list articles and incidents) reads in a loop: no "database is locked"
    # anywhere, and every article is stored once, with all its incidents.
    files = distinct_copies(tmp_path / "in", copies=8)
    reference = serial_reference(files, tmp_path / "ref.db", gaz)
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(ingest_command(db, *order), stderr=subprocess.PIPE, text=True)
        for order in (files, files[::-1])
    ]
    reads, errors = 0, []
    while any(p.poll() is None for p in procs):
        try:
            with Store.open(db) as s:
                s.articles()
                s.incidents()
            reads += 1
        except sqlite3.Error as err:
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


def wait_for_articles(db: Path, proc: subprocess.Popen[str], *, at_least: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the ingest finished before it could be killed: give it more files")
        try:
            conn = sqlite3.connect(db)
            count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:  # not created yet
            count = 0
        if count >= at_least:
            return
        time.sleep(0.005)
    pytest.fail("no articles stored within 120 s")


def test_kill_9_mid_batch_keeps_what_was_committed_and_a_rerun_completes(tmp_path, gaz):
    files = distinct_copies(tmp_path / "in", copies=30)
    reference = serial_reference(files, tmp_path / "ref.db", gaz)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(ingest_command(db, tmp_path / "in"), stderr=subprocess.PIPE, text=True)
    wait_for_articles(db, proc, at_least=20)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

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
    assert store_rows(db) == store_rows(tmp_path / "ref.db")


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
    assert second.conn.execute("PRAGMA user_version").fetchone()[0] == 3
    first.close()
    second.close()
