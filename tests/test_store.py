"""The store on both back ends: idempotent ingest, bad files, round trips, crash safety;
SQLite's own schema versions and migrations (PostgreSQL's: test_postgres)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from incidents import ingest as ingest_module
from incidents import schema
from incidents.ingest import ingest_paths, reprocess_all
from incidents.records import Evidence, Incident, Location
from incidents.source import ArticleSource
from incidents.store import Store, correction_choices, record_correction
from incidents.store_postgres import PostgresStore
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
    # PostgreSQL's text cannot hold NUL: that store refuses such a text (test_postgres).
    assume("\x00" not in text or not isinstance(store, PostgresStore))
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


def test_deleting_an_article_takes_its_incidents_and_their_mentions(store, gaz):
    files = [ARTICLES / "article-000.txt", ARTICLES / "article-001.txt"]
    ingest_paths(store, files, gazetteer=gaz)
    seed = next(a for a in store.articles() if a["name"] == "article-000")
    gone = [r["id"] for r in store.incidents() if r["article"] == "article-000"]
    kept = [r for r in store.incidents() if r["article"] == "article-001"]
    assert gone
    assert any(store.mentions(i) for i in gone)
    before = store.data_version()
    assert store.delete_article(seed["id"]) == len(gone) == seed["incidents"]
    assert [a["name"] for a in store.articles()] == ["article-001"]
    assert store.incidents() == kept
    assert all(store.mentions(i) == [] for i in gone)
    assert store.article(seed["id"]) is None
    assert store.data_version() != before
    assert store.delete_article(seed["id"]) is None  # already gone
    # Its text is forgotten: the same file is stored again, as new.
    again = ingest_paths(store, files, gazetteer=gaz)
    assert (again.new, again.present) == (1, 1)
    assert len(store.incidents()) == len(gone) + len(kept)


def test_deleting_a_correction_undoes_it_from_the_next_extraction(store, gaz):
    ingest_paths(store, [ARTICLES / "article-000.txt"], gazetteer=gaz)
    store.add_correction("غاركي", "PC3008131")
    reprocess_all(store, gazetteer=gaz)
    moved = next(r for r in store.incidents() if r["loc_entry_id"] == "PC3008131")
    version = store.data_version()
    assert store.delete_correction("غاركي") is True
    assert store.corrections() == {}
    assert store.data_version() != version
    assert store.delete_correction("غاركي") is False
    # The stored incident keeps the reading until the article is extracted again.
    assert any(r["loc_entry_id"] == "PC3008131" for r in store.incidents())
    reprocess_all(store, gazetteer=gaz)
    back = [r for r in store.incidents() if r["sentence"] == moved["sentence"]]
    assert [r["district_pcode"] for r in back] == ["AF3008"]
    assert back[0]["loc_entry_id"] == "AF3008"
    # By its normalised key as well as by the spelling as written.
    store.add_correction("حاجي إسماعيل", "AF0505")
    assert store.delete_correction("حاجي اسماعيل") is True


def test_data_version_sees_a_marker_move_under_the_same_ids(store, gaz):
    # One article: extracting it again gives its incidents their old ids back on SQLite.
    ingest_paths(store, [ARTICLES / "article-000.txt"], gazetteer=gaz)
    store.add_correction("غاركي", "PC3008131")
    version = store.data_version()
    reprocess_all(store, gazetteer=gaz)
    assert store.data_version() != version


def test_killed_ingest_leaves_a_consistent_database(store_target):
    # A child process stores one article, then dies inside the next article's transaction.
    script = textwrap.dedent(
        f"""
        import os
        from incidents.records import Incident
        from incidents.store import Store
        s = Store.open({store_target!r})
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
    if not store_target.startswith("postgresql://"):
        conn = sqlite3.connect(store_target)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    with Store.open(store_target, read_only=True) as s:
        assert [a["name"] for a in s.articles()] == ["one"]
        assert len(s.incidents()) == 1


def test_schema_is_created_and_versioned(tmp_path):
    with Store.open(tmp_path / "v.db") as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _old_schema(version: int, types: dict[str, str] = schema.SQLITE_TYPES) -> list[str]:
    """The CREATE statements as a store of `version` had them (today's, columns removed)."""
    out = []
    for stmt in schema.SCHEMA:
        if stmt is schema.EVENT_SPLITS:  # from version 4
            continue
        stmt = re.sub(r",\s*(url|outlet|published|published_text) \{text\}", "", stmt)
        stmt = re.sub(
            r"\s*(event_date \{text\}|sentences \{text\} NOT NULL DEFAULT '\[\]'"
            r"|loc_evidence \{text\}),",
            "",
            stmt,
        )
        if version < 2:
            stmt = stmt.replace("country {text},\n        UNIQUE", "UNIQUE")
        out.append(stmt)
    return schema.statements(out, types)


def _columns(conn, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_a_version_1_store_is_migrated(tmp_path):
    # A store made before incidents had a country column gains it and keeps its rows.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for stmt in _old_schema(1):
        conn.execute(stmt)
    conn.execute(
        "INSERT INTO articles (id, sha256, name, text, ingested_at) VALUES (1, 'h', 'a', 'ن', 'x')"
    )
    conn.execute(
        "INSERT INTO incidents (article_id, seq, event_type, sentence, start, end) "
        "VALUES (1, 0, 'ied', 'نص', 0, 2)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    assert not {"country", "sentences"} & _columns(conn, "incidents")
    conn.close()
    with Store.open(path) as s:
        assert {"country", "event_date", "sentences"} <= _columns(s.conn, "incidents")
        assert [r["sentence"] for r in s.incidents()] == ["نص"]
        assert [r["sentences"] for r in s.incidents()] == [[[0, 2]]]
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_an_article_that_breaks_extraction_is_rejected_not_fatal(store, gaz, monkeypatch):
    # Whatever goes wrong inside extraction for one article, the batch goes on.
    from incidents import ingest as module

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


def test_a_version_2_store_is_migrated(tmp_path):
    # A store made before publication dates gains the source and date columns; its
    # incidents get their sentences spelled out from the lead and the follow-ups.
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    for stmt in _old_schema(2):
        conn.execute(stmt)
    conn.execute(
        "INSERT INTO articles (id, sha256, name, text, ingested_at) VALUES (1, 'h', 'a', 'ن', 'x')"
    )
    conn.executemany(
        "INSERT INTO incidents (article_id, seq, event_type, sentence, start, end, more, country) "
        "VALUES (1, ?, 'ied', 'نص', ?, ?, ?, 'AF')",
        [(0, 0, 2, "[[10, 20], [30, 44]]"), (1, 50, 60, "[]")],
    )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    assert "url" not in _columns(conn, "articles")
    assert "loc_evidence" not in _columns(conn, "incidents")
    conn.close()
    with Store.open(path) as s:
        assert {"url", "outlet", "published"} <= _columns(s.conn, "articles")
        assert {"event_date", "sentences", "loc_evidence"} <= _columns(s.conn, "incidents")
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert s.splits() == frozenset()  # version 4's table of the analyst's event splits
        rows = s.incidents()
        assert [r["sentences"] for r in rows] == [[[0, 2], [10, 20], [30, 44]], [[50, 60]]]
        assert [(r["event_date"], r["loc_evidence"], r["published"]) for r in rows] == [
            (None, None, None)
        ] * 2
        # The migrated store takes new articles with their source.
        source = ArticleSource(url="https://e.org/2", published=date(2011, 2, 7))
        assert s.add_article(name="b", text="نص آخر", incidents=[], source=source)
        assert s.articles()[-1]["published"] == "2011-02-07"


def _placed_incident() -> Incident:
    evidence = Evidence(
        text="بولاية كونر", start=30, end=41, role="event_place", rule="unit word before the name"
    )
    location = Location(
        text="كونر",
        entry_id="AF15",
        name_ar="كنر",
        name_en="Kunar",
        level="province",
        province_pcode="AF15",
        district_pcode=None,
        lat=34.8,
        lon=71.1,
        score=100.0,
        how="mention",
        evidence=evidence,
    )
    return Incident(
        article="a",
        event_type="airstrike",
        sentence="قصفت طائرات قرية",
        start=0,
        end=16,
        date="أمس",
        event_date="2015-02-24",
        location=location,
        more=[(17, 40)],
    )


def test_event_date_sentences_and_evidence_round_trip(store):
    source = ArticleSource(
        url="https://e.org/3", outlet="وكالة تجريبية", published=date(2015, 2, 25)
    )
    store.add_article(name="a", text="نص المقال", incidents=[_placed_incident()], source=source)
    [row] = store.incidents()
    assert row["event_date"] == "2015-02-24"
    assert row["date_text"] == "أمس"
    assert row["sentences"] == [[0, 16], [17, 40]]
    assert row["loc_evidence"] == {
        "text": "بولاية كونر",
        "start": 30,
        "end": 41,
        "role": "event_place",
        "rule": "unit word before the name",
    }
    assert (row["url"], row["outlet"], row["published"]) == (
        "https://e.org/3",
        "وكالة تجريبية",
        "2015-02-25",
    )


ARTICLE_YESTERDAY = (
    "قال مسؤولون محليون إن مسلحين هاجموا أمس نقطة تفتيش في مديرية سنجين بولاية هلمند "
    "وقتلوا جنديين.\n"
)


@pytest.fixture
def spy(monkeypatch):
    """Records the publication date each extraction was given."""
    seen: list[date | None] = []
    real = ingest_module.extract_article

    def recording(text, **kwargs):
        seen.append(kwargs.get("published"))
        return real(text, **kwargs)

    monkeypatch.setattr(ingest_module, "extract_article", recording)
    return seen


def _folder_with_sidecar(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "y1.txt").write_text(ARTICLE_YESTERDAY, encoding="utf-8")
    (folder / "y1.source.txt").write_text(
        "url: https://e.org/y1\noutlet: وكالة تجريبية\npublished: 2015-02-25 (a Wednesday)\n",
        encoding="utf-8",
    )
    return folder


def test_a_sidecar_dates_the_article_and_is_never_an_article(store, gaz, tmp_path, spy):
    folder = _folder_with_sidecar(tmp_path)
    summary = ingest_paths(store, sorted(folder.iterdir()), gazetteer=gaz)
    assert (summary.new, summary.rejected) == (1, [])
    assert spy == [date(2015, 2, 25)]
    [article] = store.articles()
    assert article["name"] == "y1"
    assert (article["url"], article["outlet"], article["published"]) == (
        "https://e.org/y1",
        "وكالة تجريبية",
        "2015-02-25",
    )
    assert store.article(article["id"]).published_text == "2015-02-25 (a Wednesday)"


def test_the_analysts_date_overrides_the_sidecars(store, gaz, tmp_path, spy):
    folder = _folder_with_sidecar(tmp_path)
    ingest_paths(store, sorted(folder.iterdir()), gazetteer=gaz, published=date(2016, 3, 1))
    assert spy == [date(2016, 3, 1)]
    [article] = store.articles()
    assert (article["url"], article["published"]) == ("https://e.org/y1", "2016-03-01")


def test_html_metadata_dates_an_article_without_sidecar(store, gaz, tmp_path, spy):
    page = tmp_path / "p1.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2013-12-18T07:00:00Z">'
        f"</head><body><p>{ARTICLE_YESTERDAY}</p></body></html>",
        encoding="utf-8",
    )
    ingest_paths(store, [page], gazetteer=gaz)
    assert spy == [date(2013, 12, 18)]
    assert store.articles()[0]["published"] == "2013-12-18"


def test_reprocess_reads_against_the_stored_date(store, gaz, tmp_path, spy):
    folder = _folder_with_sidecar(tmp_path)
    ingest_paths(store, sorted(folder.iterdir()), gazetteer=gaz)
    store.add_article(name="undated", text="نص بلا تاريخ", incidents=[])
    spy.clear()
    assert reprocess_all(store, gazetteer=gaz) == 2
    assert spy == [date(2015, 2, 25), None]


def test_the_same_text_again_keeps_its_first_source(store, gaz, tmp_path):
    # Idempotency is by text: a new sidecar does not make a stored article new.
    folder = _folder_with_sidecar(tmp_path)
    ingest_paths(store, sorted(folder.iterdir()), gazetteer=gaz)
    (folder / "y1.source.txt").write_text("published: 2020-01-01\n", encoding="utf-8")
    again = ingest_paths(store, sorted(folder.iterdir()), gazetteer=gaz)
    assert (again.new, again.present) == (0, 1)
    assert [a["published"] for a in store.articles()] == ["2015-02-25"]
