"""Map building: offline assets only, untrusted text escaped, clicks matched exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.areas import Areas
from incidents.filters import Filters
from incidents.mapview import (
    MapPoint,
    PlaceLabel,
    build_map,
    clicked_incidents,
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


def test_a_marker_click_names_its_own_incident_even_on_a_spider_leg():
    # Incidents 5 and 6 share a point; spiderfied, the clicked marker stands on a leg away
    # from it, and names itself in the GeoJSON streamlit-folium returns.
    rows = [
        {"id": 5, "lat": 34.20923, "lon": 69.15505},
        {"id": 6, "lat": 34.20923, "lon": 69.15505},
        {"id": 7, "lat": 31.0, "lon": 64.0},
    ]
    leg = {"lat": 34.2101234, "lng": 69.1562345}
    drawing = {
        "type": "Feature",
        "properties": {"incident": 6},
        "geometry": {"type": "Point", "coordinates": [69.156235, 34.210123]},
    }
    clicked = {"last_object_clicked": leg, "last_active_drawing": drawing}
    assert [r["id"] for r in clicked_incidents(rows, clicked)] == [6]
    # Without the id, the leg's position matches no incident.
    assert clicked_incidents(rows, {"last_object_clicked": leg}) == []
    # A click at the shared point itself (a single marker) opens both.
    at_point = {"last_object_clicked": {"lat": 34.20923, "lng": 69.15505}}
    assert [r["id"] for r in clicked_incidents(rows, at_point)] == [5, 6]
    # An incident the filter no longer shows opens nothing.
    assert clicked_incidents(rows[2:], clicked) == []
    assert clicked_incidents(rows, {}) is None
    assert clicked_incidents(rows, {"last_object_clicked": None}) is None


def test_an_earlier_markers_id_is_not_taken_for_a_later_click_elsewhere():
    # A cluster click leaves last_active_drawing as the earlier marker's: the click's
    # position decides, and a cluster's position opens nothing.
    rows = [{"id": 6, "lat": 34.20923, "lon": 69.15505}]
    stale = {
        "properties": {"incident": 6},
        "geometry": {"type": "Point", "coordinates": [69.156235, 34.210123]},
    }
    clicked = {"last_object_clicked": {"lat": 34.3, "lng": 69.3}, "last_active_drawing": stale}
    assert clicked_incidents(rows, clicked) == []


def test_markers_carry_their_incident_id(gaz):
    html = _render(gaz, [MapPoint(4242, 34.5, 69.2, "ied", "district", "x")])
    assert "properties: {incident: d[5]}" in html
    assert ',"x",4242]' in html


def _shading(gaz, rows, provinces=()):
    areas = Areas.from_outlines(gaz.province_outlines, gaz.district_outlines)
    return areas.shading(rows, provinces=list(provinces), measure="incidents")[0]


def test_shaded_provinces_carry_counts_in_their_tooltips(gaz):
    rows = [{"province_pcode": "AF15", "district_pcode": "AF1505", "killed": 4}] * 3
    html = _render(gaz, [], shading=_shading(gaz, rows))
    assert '"tip": "3 incidents, 12 killed"' in html
    assert 'let fields = ["name_en", "name_ar", "tip"];' in html
    assert "Incidents per province" in html
    assert re.findall(r"https?://[^\s\"'<>)]+", html) == []


def test_markers_and_shading_can_be_shown_apart(gaz):
    points = [MapPoint(1, 34.5, 69.2, "ied", "district", "x")]
    rows = [{"province_pcode": "AF01", "district_pcode": "AF0101", "killed": 1}]
    shading_only = _render(gaz, points, shading=_shading(gaz, rows), markers=False)
    assert "markerClusterGroup" not in shading_only
    assert "IED / bomb" not in shading_only  # no marker colours in the legend
    markers_only = _render(gaz, points)
    assert "markerClusterGroup" in markers_only
    assert "shaded-area" not in markers_only
    both = _render(gaz, points, shading=_shading(gaz, rows))
    assert "markerClusterGroup" in both
    assert "shaded-area" in both


def test_the_chosen_district_is_outlined_and_framed(gaz):
    html = _render(
        gaz, [], districts=gaz.district_outlines, highlight=["AF05"], chosen_districts=["AF0505"]
    )
    assert "district-highlight" in html
    highlight = html.split('"className": "district-highlight"', 1)[1].split("_add(", 2)[1]
    assert "Mohammad Agha" in highlight.split(");", 1)[0]
    (south, west), (north, east) = map_bounds(
        [],
        provinces=gaz.province_outlines,
        chosen=["AF05"],
        districts=gaz.district_outlines,
        chosen_districts=["AF0505"],
    )
    # Mohammad Agha, 34.05-34.37 N, 68.90-69.47 E: framed close, not the whole of Logar
    # (33.60-34.37 N, 68.71-69.90 E).
    assert 33.95 < south < 34.05
    assert 34.37 < north < 34.45
    assert 68.8 < west < 68.9
    assert 69.47 < east < 69.6


def test_province_names_are_written_on_the_map(gaz):
    labels = [PlaceLabel("AF15", "Kunar", 34.9, 71.1), PlaceLabel("AF01", "<b>x</b>", 34.5, 69.2)]
    html = _render(gaz, [], labels=labels)
    assert '"Kunar"]' in html
    assert "<b>x</b>" not in html  # names are set as text, never markup
    assert "text.textContent = d[2]" in html
