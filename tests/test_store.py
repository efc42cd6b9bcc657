"""The SQLite store: idempotent ingest, bad files, round trips, crash safety."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents import store as store_module
from incidents.records import Incident
from incidents.store import (
    Store,
    correction_choices,
    ingest_paths,
    record_correction,
    reprocess_all,
)
from tests.conftest import ARTICLES


def test_reingest_changes_nothing(store, gaz):
    first = ingest_paths(store, sorted(ARTICLES.iterdir()), gazetteer=gaz)
    count = len(store.incidents())
    second = ingest_paths(store, sorted(ARTICLES.iterdir()), gazetteer=gaz)
    assert first.new == len(list(ARTICLES.iterdir()))
    assert first.incidents == count > 0
    assert (second.new, second.present, second.incidents) == (0, first.new, 0)
    assert len(store.incidents()) == count


def test_one_bad_file_never_stops_the_batch(store, gaz, tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\xff" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    summary = ingest_paths(store, [bad, ARTICLES / "article-000.txt", empty], gazetteer=gaz)
    assert summary.new == 1
    assert {Path(p).name for p, _ in summary.rejected} == {"bad.bin", "empty.txt"}
    assert "rejected 2" in summary.describe()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=200))
def test_any_text_round_trips(store, text):
    inc = Incident(article="a", event_type="other", sentence=text, start=0, end=len(text))
    store.add_article(name="a", text=text, incidents=[inc])
    rows = [r for r in store.incidents() if r["sentence"] == text]
    assert rows
    assert rows[0]["sentence"] == text


def test_filters(store, gaz):
    ingest_paths(store, [ARTICLES / "article-000.txt"], gazetteer=gaz)
    kunar = store.incidents(provinces=["AF15"])
    assert kunar
    assert all(r["province_pcode"] == "AF15" for r in kunar)
    assert all(r["event_type"] == "ied" for r in store.incidents(event_types=["ied"]))
    assert all("سنجين" in r["sentence"] for r in store.incidents(search="سنجين"))


def test_correction_is_used_from_then_on(store, gaz):
    # An analyst says "يازده" (unresolved village) is in Nad-e Ali: re-extraction uses it.
    ingest_paths(store, [ARTICLES / "article-000.txt"], gazetteer=gaz)
    tray = {row["key"] for row in store.review_tray()}
    assert "يازده" in tray
    store.add_correction("يازده", "AF3002")
    reprocess_all(store, gazetteer=gaz)
    assert "يازده" not in {row["key"] for row in store.review_tray()}
    mentions = [
        m for r in store.incidents() for m in store.mentions(r["id"]) if m["key"] == "يازده"
    ]
    assert mentions
    assert all(m["entry_id"] == "AF3002" and m["method"] == "correction" for m in mentions)


def test_killed_ingest_leaves_a_consistent_database(tmp_path):
    # A child process stores one article, then dies inside the next article's transaction.
    db = tmp_path / "crash.db"
    script = textwrap.dedent(
        f"""
        import os
        from incidents.records import Incident
        from incidents.store import Store
        s = Store.open({str(db)!r})
        inc = Incident(article="a", event_type="ied", sentence="x", start=0, end=1)
        s.add_article(name="one", text="نص المقال الأول", incidents=[inc])
        with s.transaction() as conn:
            conn.execute(
                "INSERT INTO articles (sha256, name, text, ingested_at) "
                "VALUES ('h', 'two', 'ب', 'now')"
            )
            os._exit(9)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], check=False)
    assert proc.returncode == 9
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in conn.execute("SELECT name FROM articles")] == ["one"]
    assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1


def test_schema_is_created_and_versioned(tmp_path):
    with Store.open(tmp_path / "v.db") as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_store_is_migrated(tmp_path):
    # A store made before incidents had a country column gains it and keeps its rows.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for stmt in store_module._SCHEMA:
        conn.execute(stmt.replace("country TEXT,\n        UNIQUE", "UNIQUE"))
    conn.execute(
        "INSERT INTO articles (id, sha256, name, text, ingested_at) VALUES (1, 'h', 'a', 'ن', 'x')"
    )
    conn.execute(
        "INSERT INTO incidents (article_id, seq, event_type, sentence, start, end) "
        "VALUES (1, 0, 'ied', 'نص', 0, 2)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    assert "country" not in {row[1] for row in conn.execute("PRAGMA table_info(incidents)")}
    conn.close()
    with Store.open(path) as s:
        columns = {row[1] for row in s.conn.execute("PRAGMA table_info(incidents)")}
        assert "country" in columns
        assert [r["sentence"] for r in s.incidents()] == ["نص"]
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_an_article_that_breaks_extraction_is_rejected_not_fatal(store, gaz, monkeypatch):
    # Whatever goes wrong inside extraction for one article, the batch goes on.
    from incidents import store as module

    calls = {"n": 0}
    real = module.extract_article

    def flaky(text, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(module, "extract_article", flaky)
    files = [ARTICLES / "article-000.txt", ARTICLES / "article-001.txt"]
    summary = ingest_paths(store, files, gazetteer=gaz)
    assert summary.new == 1
    assert summary.rejected == [(str(files[0]), "could not be processed (RuntimeError)")]


def test_correction_choices_and_checks(store, gaz):
    # The tray offers the stored answer and runner-ups first; unknown ids are refused.
    row = {"text": "قره باغ", "entry_id": "AF0114", "candidates": [{"entry_id": "AF1111"}]}
    choices = correction_choices(row, gazetteer=gaz)
    assert choices[:2] == ["AF0114", "AF1111"]
    assert len(choices) == len(set(choices))
    with pytest.raises(ValueError, match="not a gazetteer entry"):
        record_correction(store, "قره باغ", "AF9999", gazetteer=gaz)
    record_correction(store, "قره باغ", "AF1111", gazetteer=gaz)
    assert store.corrections()["قره باغ"] == "AF1111"
