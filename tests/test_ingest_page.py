"""The Ingest page: success only for what was added, and a size limit with a clear message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from incidents.limits import MAX_FILE_BYTES, MAX_PASTE_CHARS, file_too_large, paste_too_long

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "pages" / "1_Ingest.py")


@pytest.fixture
def empty_store(tmp_path, monkeypatch):
    """A store of its own: the page's cached store is dropped before and after."""
    path = tmp_path / "ingest.db"
    monkeypatch.setenv("INCIDENTMAP_DB", str(path))
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()


def _articles(path: Path) -> int:
    if not path.exists():
        return 0
    return sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]


def _paste(text: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="paste").input(text)
    return at.button(key="ingest").click().run()


def test_a_rejected_paste_gets_its_reason_and_no_success_box(empty_store):
    at = _paste("just some english words, not an article")
    assert not at.exception
    assert any("not Arabic" in e.value for e in at.error)
    assert len(at.success) == 0
    assert _articles(empty_store) == 0


def test_a_paste_longer_than_an_article_is_refused_with_the_limit(empty_store, seed_text):
    # An archive page pasted whole: the seed article repeated far past the limit.
    text = seed_text * (MAX_PASTE_CHARS // len(seed_text) + 2)
    at = _paste(text)
    assert not at.exception
    message = " ".join(e.value for e in at.error)
    assert f"{len(text):,} characters" in message
    assert f"{MAX_PASTE_CHARS:,}" in message
    assert len(at.success) == 0
    assert _articles(empty_store) == 0


def test_success_is_told_only_for_what_was_added(empty_store, seed_text):
    at = _paste(seed_text)
    assert not at.exception
    assert [s.value for s in at.success] == [
        f"articles new 1, incidents added {_incidents(empty_store)}"
    ]
    again = _paste(seed_text)
    assert len(again.success) == 0
    assert any("already present" in i.value for i in again.info)
    assert _articles(empty_store) == 1


def _incidents(path: Path) -> int:
    return sqlite3.connect(path).execute("SELECT count(*) FROM incidents").fetchone()[0]


def test_limits_name_the_file_and_its_size():
    assert paste_too_long("نص قصير") is None
    assert file_too_large(b"x" * MAX_FILE_BYTES, label="a.html") is None
    message = file_too_large(b"x" * (MAX_FILE_BYTES + 1), label="big.html")
    assert message == "big.html: 2.0 MB, too large for one article (the limit is 2 MB per file)"


def test_an_article_is_deleted_with_its_incidents(empty_store, seed_text):
    at = _paste(seed_text)
    count = _incidents(empty_store)
    assert count > 0
    assert at.selectbox(key="delete_choice").value is not None
    at.button(key="delete_article").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [f"Deleted pasted and its {count} incidents."]
    assert _articles(empty_store) == 0
    assert _incidents(empty_store) == 0
    assert any("No article is stored yet" in c.value for c in at.caption)
    # The same text is new again.
    again = _paste(seed_text)
    assert [s.value for s in again.success] == [f"articles new 1, incidents added {count}"]


def test_a_correction_is_undone_and_the_articles_extracted_again(empty_store, seed_text, gaz):
    from incidents.store import Store, record_correction

    _paste(seed_text)
    with Store.open(empty_store) as s:
        record_correction(s, "غاركي", "PC3008131", gazetteer=gaz)
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert at.selectbox(key="correction_choice").value == "غاركي"
    at.button(key="delete_correction").click().run()
    assert not at.exception
    assert any("Undid the correction غاركي → PC3008131" in s.value for s in at.success)
    with Store.open(empty_store) as s:
        assert s.corrections() == {}
    assert any("No corrections" in c.value for c in at.caption)
    at.button(key="reprocess_articles").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["1 articles extracted again"]
