"""The Arabic interface: one table of labels, every one in both languages, and the
sidebar drawn from it (AppTest; the browser test checks right-to-left)."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest
from streamlit.testing.v1 import AppTest

from incidents.lexicon import GROUPS
from incidents.records import EVENT_TYPES
from incidents.uitext import (
    TEXTS,
    claimant_label,
    event_type_label,
    parse_language,
    text,
)

ROOT = Path(__file__).resolve().parents[1]
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")
# Arabic labels that name something only Latin letters write: the P-code, a romanised
# example in the place finder, and the switch (which names Arabic in both languages).
LATIN_ALLOWED = {"province_help", "find_place_example", "language"}
SIDEBAR_LABELS = ("province", "district", "event_type", "claimed_by")


@pytest.fixture(autouse=True)
def _db(app_db, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_DB", str(app_db))


def test_every_label_has_english_and_arabic():
    for key, (english, arabic) in TEXTS.items():
        assert english.strip(), key
        assert arabic.strip(), key
        assert ARABIC.search(arabic), key
        if key not in LATIN_ALLOWED:
            assert not LATIN.search(arabic), key


def test_every_event_type_and_claimant_has_arabic():
    for name in EVENT_TYPES:
        assert f"type:{name}" in TEXTS
        assert ARABIC.search(event_type_label(name, "ar"))
    for group in [*GROUPS, "unclaimed"]:
        assert f"claimant:{group}" in TEXTS
        assert ARABIC.search(claimant_label(group, "ar"))
    assert claimant_label("Some new group", "ar") == "Some new group"  # as stored


def test_languages_are_read_strictly():
    assert parse_language("ar") == "ar"
    assert parse_language("en") == "en"
    assert parse_language("fr") is None
    assert parse_language(["ar"]) is None


def _map(**params: str) -> AppTest:
    with mock.patch("streamlit_folium.st_folium", return_value={}):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        return at.run()


def test_lang_in_the_url_draws_the_sidebar_in_arabic():
    at = _map(lang="ar", province="AF15")
    assert not at.exception
    assert [w.label for w in at.sidebar.multiselect] == [text(k, "ar") for k in SIDEBAR_LABELS]
    assert at.sidebar.header[0].value == text("filters", "ar")
    assert [d.label for d in at.sidebar.date_input] == [
        text("date_from", "ar"),
        text("date_to", "ar"),
    ]
    assert at.sidebar.text_input(key="f_search").label == text("search", "ar")
    assert at.toggle(key="ui_arabic").value is True
    assert at.multiselect(key="f_type").format_func("ied") == text("type:ied", "ar")
    assert at.multiselect(key="f_province").format_func("AF15") == "كونار — Kunar · AF15"
    # Right to left: the sidebar's style is on the page.
    assert any("direction: rtl" in str(h.proto.body) for h in at.get("html"))
    # The language stays in the URL with the filter.
    assert at.query_params["lang"] == "ar"
    assert at.query_params["province"] == "AF15"


def test_the_switch_turns_the_sidebar_back_to_english():
    at = _map(lang="ar")
    at.toggle(key="ui_arabic").set_value(False).run()
    assert not at.exception
    assert [w.label for w in at.sidebar.multiselect] == [text(k, "en") for k in SIDEBAR_LABELS]
    assert "lang" not in at.query_params
    assert not any("direction: rtl" in str(h.proto.body) for h in at.get("html"))


def test_english_by_default_and_on_the_incidents_page():
    at = _map()
    assert [w.label for w in at.sidebar.multiselect] == [text(k, "en") for k in SIDEBAR_LABELS]
    page = AppTest.from_file(str(ROOT / "pages" / "2_Incidents.py"), default_timeout=60)
    page.query_params["lang"] = "ar"
    page.run()
    assert not page.exception
    assert [w.label for w in page.sidebar.multiselect] == [text(k, "ar") for k in SIDEBAR_LABELS]
