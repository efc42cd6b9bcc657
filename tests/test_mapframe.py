"""The map in the page: its script stays the same from one filter to the next (so the
component keeps its iframe and Leaflet), the filtered layers travel apart, and a click
made before they changed is not taken for a new one."""

from __future__ import annotations

import re
from typing import Any
from unittest import mock

import streamlit_folium

from incidents.areas import Areas
from incidents.mapview import MapPoint, build_map, map_bounds
from mapframe import RETURNED, fresh_click, layers_digest, split_map

KABUL = MapPoint(1, 34.52, 69.17, "ied", "district", "ied · Kabul")
HELMAND = MapPoint(2, 31.6, 64.4, "attack", "province", "attack · Hilmand")


def _draw(gaz, points, **kwargs: Any) -> tuple[dict[str, Any], str]:
    """What the component is given for this map, and the digest of its filtered part."""
    labels = Areas.from_outlines(gaz.province_outlines, {"features": []}).labels()
    fmap = build_map(
        points,
        provinces=gaz.province_outlines,
        districts=gaz.district_outlines,
        bounds=map_bounds(points, provinces=gaz.province_outlines),
        labels=labels,
        **kwargs,
    )
    group = split_map(fmap)
    given: dict[str, Any] = {}

    def component(**args: Any) -> dict[str, Any]:
        given.update(args)
        return {}

    with mock.patch.object(streamlit_folium, "_component_func", component):
        streamlit_folium.st_folium(
            fmap, key="incident-map", returned_objects=RETURNED, feature_group_to_add=group
        )
    return given, layers_digest(group)


def test_the_map_script_is_the_same_whatever_the_filter(gaz):
    both, both_digest = _draw(gaz, [KABUL, HELMAND])
    one, one_digest = _draw(gaz, [HELMAND], highlight=["AF30"])
    bare, bare_digest = _draw(gaz, [KABUL], markers=False)
    # The component's key and script (hence its iframe) do not change ...
    assert both["key"] == one["key"] == bare["key"]
    assert both["script"] == one["script"] == bare["script"]
    assert "Kabul" in both["script"]  # the province names stay in the map's own script
    # ... the filtered part does, with what it draws.
    assert len({both["feature_group"], one["feature_group"], bare["feature_group"]}) == 3
    assert len({both_digest, one_digest, bare_digest}) == 3
    assert "ied · Kabul" in both["feature_group"]
    assert "ied · Kabul" not in one["feature_group"]
    assert "markerClusterGroup" not in bare["feature_group"]
    # Every map loads what any filtered part may need, since it loads it only once.
    for given in (both, one, bare):
        assert any(link.endswith("leaflet.markercluster.js") for link in given["js_links"])
        assert "marker-cluster-small" in given["header"]
        assert ".map-legend" in given["header"]
        assert (
            given["feature_group"]
            .rstrip()
            .endswith("window.feature_group.push(feature_group_feature_group_0);")
        )


def test_the_same_filter_draws_the_same_part(gaz):
    first, first_digest = _draw(gaz, [KABUL, HELMAND])
    again, again_digest = _draw(gaz, [KABUL, HELMAND])
    assert first["feature_group"] == again["feature_group"]
    assert first_digest == again_digest
    assert not re.search(r"_[0-9a-f]{32}", first["feature_group"])  # no random names


def _click(drawing: int, incident: int = 1) -> dict[str, Any]:
    return {
        "last_object_clicked": {"lat": 34.52, "lng": 69.17},
        "last_active_drawing": {
            "type": "Feature",
            "properties": {"incident": incident, "drawing": drawing},
            "geometry": {"type": "Point", "coordinates": [69.17, 34.52]},
        },
    }


def test_a_click_before_the_filtered_part_changed_is_not_new():
    state: dict[str, Any] = {}
    assert fresh_click({}, state, drawn="a") is None  # no click yet
    assert fresh_click({"last_object_clicked": None}, state, drawn="a") is None
    assert fresh_click(_click(1), state, drawn="a") == _click(1)
    assert fresh_click(_click(1), state, drawn="a") == _click(1)  # a rerun keeps it
    # The filter changed: the click returned now was made on the markers drawn before.
    assert fresh_click(_click(1), state, drawn="b") is None
    assert fresh_click(_click(1), state, drawn="b") is None
    # The same marker clicked again is a marker of the new drawing: a new click.
    assert fresh_click(_click(2), state, drawn="b") == _click(2)


def test_the_first_run_takes_the_click_it_is_given():
    # A page opened afresh has no drawing before it (AppTest and permalinks rely on it).
    assert fresh_click(_click(1), {}, drawn="a") == _click(1)
