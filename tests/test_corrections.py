"""Corrections and deletions as the analyst meets them: the map follows a correction once
the articles are extracted again, and deleted articles leave the map."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from incidents.ingest import ingest_paths, reprocess_all
from incidents.store import Store, record_correction
from tests.conftest import ARTICLES

ROOT = Path(__file__).resolve().parents[1]
# "وفي منطقة غاركي بمديرية سنجين ...": the village is not in the gazetteer, so the
# incident stands on Sangin's centre until an analyst names the village (Bostanzai's
# polling centre stands in for it here).
VILLAGE = "غاركي"
VILLAGE_ENTRY = "PC3008131"
VILLAGE_POINT = {"lat": 32.23253, "lng": 65.00199}


@pytest.fixture
def seed_store(tmp_path, gaz, monkeypatch):
    """A store of the seed article alone, which the app reads; its caches start empty."""
    path = tmp_path / "seed.db"
    with Store.open(path) as s:
        ingest_paths(s, [ARTICLES / "article-000.txt"], gazetteer=gaz)
    monkeypatch.setenv("INCIDENTMAP_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_resource.clear()
    st.cache_data.clear()


def _panel_after_click(point: dict) -> str:
    """The map page's panel text after a click at `point`."""
    with mock.patch("streamlit_folium.st_folium", return_value={"last_object_clicked": point}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    return " ".join(str(h.proto.body) for h in at.get("html")) + " ".join(
        c.value for c in at.caption
    )


def test_a_correction_moves_the_marker_once_articles_are_extracted_again(seed_store, gaz):
    assert VILLAGE not in _panel_after_click(VILLAGE_POINT)  # nothing stands there yet
    with Store.open(seed_store) as s:
        record_correction(s, VILLAGE, VILLAGE_ENTRY, gazetteer=gaz)
    # The map is looked at between the correction and the re-extraction.
    assert VILLAGE not in _panel_after_click(VILLAGE_POINT)
    with Store.open(seed_store) as s:
        reprocess_all(s, gazetteer=gaz)
    assert VILLAGE in _panel_after_click(VILLAGE_POINT)
