"""Map building: offline assets only, untrusted text escaped, clicks matched exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.filters import Filters
from incidents.mapview import (
    MapPoint,
    build_map,
    incidents_at,
    map_bounds,
    safe_text,
    sentence_html,
)

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(2)>']


def _render(gaz, points, **kwargs) -> str:
    return build_map(points, provinces=gaz.province_outlines, **kwargs).get_root().render()


def test_map_html_names_no_outside_url(gaz):
    # Every script and style comes from the local static path; no CDN, no tiles.
    html = _render(gaz, [MapPoint(1, 34.5, 69.2, "ied", "district", "x")], highlight=["AF01"])
    assert re.findall(r"https?://[^\s\"'<>)]+", html) == []
    assert "/app/static/vendor/leaflet/leaflet.js" in html


def test_untrusted_labels_never_become_markup(gaz):
    points = [MapPoint(i, 34.0 + i, 66.0, "attack", "place", p) for i, p in enumerate(PAYLOADS)]
    html = _render(gaz, points)
    for payload in PAYLOADS:
        assert payload not in html
    assert "</script>" not in html.split("var data =", 1)[1].split("];", 1)[0]


def test_district_outlines_only_for_the_chosen_province(gaz):
    html = _render(gaz, [], districts=gaz.district_outlines, highlight=["AF15"])
    assert "Sar Kani" in html
    assert "Sangin" not in html


def test_click_opens_only_the_incidents_at_that_exact_point():
    rows = [
        {"id": 1, "lat": 34.75452, "lon": 71.14907},
        {"id": 2, "lat": 34.75452, "lon": 71.14907},
        {"id": 3, "lat": 31.0, "lon": 64.0},
        {"id": 4, "lat": None, "lon": None},
    ]
    assert [r["id"] for r in incidents_at(rows, 34.754520001, 71.14907)] == [1, 2]
    assert incidents_at(rows, 34.7, 71.1) == []  # a cluster's position opens nothing


def test_sentence_highlights_places_and_escapes_the_rest():
    sentence = "انفجار <b>في</b> مديرية سنجين"
    start = 100
    pos = sentence.index("سنجين")
    html = sentence_html(sentence, start, [{"start": start + pos, "end": start + pos + 5}])
    assert '<mark class="place">سنجين</mark>' in html
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert 'dir="rtl"' in html


@given(st.text(max_size=80))
def test_safe_text_leaves_no_markup_or_template_syntax(text):
    out = safe_text(text)
    assert not set("<>`$\"'") & set(out)


@given(
    st.lists(st.sampled_from(["AF15", "AF30", "AF01"]), max_size=3),
    st.lists(st.sampled_from(["ied", "airstrike", "attack"]), max_size=3),
    st.text(max_size=20).filter(lambda s: s == s.strip() and "," not in s),
)
def test_filters_round_trip_through_the_url(provinces, types, search):
    f = Filters(
        provinces=tuple(dict.fromkeys(provinces)),
        event_types=tuple(dict.fromkeys(types)),
        search=search,
    )
    assert Filters.from_query(f.to_query()) == f


def test_filters_drop_unknown_values():
    f = Filters.from_query({"province": "AF15,XX99,<script>", "type": "ied,nuke"})
    assert f.provinces == ("AF15",)
    assert f.event_types == ("ied",)


def test_map_frames_the_chosen_province_else_the_incidents(gaz):
    kunar = map_bounds([], provinces=gaz.province_outlines, chosen=["AF15"])
    (south, west), (north, east) = kunar
    assert 34.3 < south < 35.0 < north < 35.7  # Kunar, about 34.5-35.5 N
    assert 70.3 < west < 71.0 < east < 72.0
    points = [
        MapPoint(1, 31.0, 64.0, "ied", "place", "x"),
        MapPoint(2, 32.0, 65.0, "ied", "place", "y"),
    ]
    assert map_bounds(points, provinces=gaz.province_outlines) == [
        [30.85, 63.85],
        [32.15, 65.15],
    ]
    (s1, _), (n1, _) = map_bounds(points[:1], provinces=gaz.province_outlines)
    assert n1 - s1 == pytest.approx(0.5)  # a lone incident is not framed street-close
    assert map_bounds([], provinces=gaz.province_outlines)[0][0] == pytest.approx(29.3)


def test_cluster_bubbles_use_no_event_colour(gaz):
    html = _render(gaz, [MapPoint(1, 34.5, 69.2, "attack", "district", "x")])
    style = html[html.index(".marker-cluster-small") :].split("</style>", 1)[0]
    for colour in ("#ff7f0e", "rgba(253, 156, 115", "rgba(241, 211, 87", "rgba(110, 204, 57"):
        assert colour not in style
    assert "rgba(33,33,33" in style
