"""Counts per province and district, their shading classes, and the join to boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import Point, shape

from incidents.areas import Areas
from incidents.placecounts import (
    PlaceTally,
    class_breaks,
    class_of,
    shading_scope,
    tally,
)

ROWS = [
    # Two in Sar Kani (Kunar), one of them with an unknown toll.
    {"province_pcode": "AF15", "district_pcode": "AF1505", "killed": 4},
    {"province_pcode": "AF15", "district_pcode": "AF1505", "killed": None},
    # Kunar, province only: counts for Kunar, in no district.
    {"province_pcode": "AF15", "district_pcode": None, "killed": 2},
    # Nad-e-Ali, Helmand.
    {"province_pcode": "AF30", "district_pcode": "AF3004", "killed": 7},
    # Outside Afghanistan (Quetta): no P-code, never counted.
    {"province_pcode": None, "district_pcode": None, "killed": 30},
]


@pytest.fixture(scope="module")
def areas(gaz) -> Areas:
    return Areas.from_outlines(gaz.province_outlines, gaz.district_outlines)


def test_provinces_count_incidents_and_the_dead_they_report():
    counts = tally(ROWS, level="province")
    assert counts.by_place == {
        "AF15": PlaceTally(incidents=3, fatalities=6),
        "AF30": PlaceTally(incidents=1, fatalities=7),
    }
    assert counts.coarser == PlaceTally()
    assert counts.value("AF15", "fatalities") == 6
    assert counts.value("AF01", "incidents") == 0


def test_districts_of_one_province_keep_province_only_incidents_apart():
    counts = tally(ROWS, level="district", province="AF15")
    assert counts.by_place == {"AF1505": PlaceTally(incidents=2, fatalities=4)}
    # The province-only report is not spread over Kunar's districts.
    assert counts.coarser == PlaceTally(incidents=1, fatalities=2)


def test_district_counts_need_their_province():
    with pytest.raises(ValueError, match="province"):
        tally(ROWS, level="district")


def test_one_province_chosen_shades_its_districts():
    assert shading_scope(["AF15"]) == ("district", "AF15")
    assert shading_scope([]) == ("province", None)
    assert shading_scope(["AF15", "AF30"]) == ("province", None)


def test_classes_are_quantiles_of_the_places_with_any():
    # One place with a hundred dead does not wash out the others.
    # Places with any: 1 1 2 3 5 8 100; fifths start at the 1st, 2nd, 3rd, 5th, 6th.
    breaks = class_breaks([0, 0, 1, 1, 2, 3, 5, 8, 100])
    assert breaks == (1, 2, 5, 8)
    assert [class_of(v, breaks) for v in (0, 1, 2, 4, 8, 100)] == [0, 1, 2, 2, 4, 4]
    assert class_breaks([0, 0]) == ()
    assert class_breaks([3, 3, 3]) == (3,)


@given(st.lists(st.integers(min_value=0, max_value=500), max_size=40))
def test_every_count_falls_in_one_class_and_more_never_shades_lighter(values):
    breaks = class_breaks(values)
    assert list(breaks) == sorted(set(breaks))
    assert len(breaks) <= 5
    ordered = sorted(values)
    classes = [class_of(v, breaks) for v in ordered]
    assert classes == sorted(classes)
    assert all((c == 0) == (v == 0) for v, c in zip(ordered, classes, strict=True))


def test_counts_join_every_province_with_zeros_for_the_rest(areas):
    features = areas.shaded(tally(ROWS, level="province"), measure="fatalities")["features"]
    assert len(features) == 34
    props = {f["properties"]["pcode"]: f["properties"] for f in features}
    assert props["AF15"]["value"] == 6
    assert props["AF15"]["tip"] == "3 incidents, 6 killed"
    assert props["AF30"]["tip"] == "1 incident, 7 killed"
    assert props["AF01"]["value"] == 0
    assert props["AF15"]["name_ar"] == "كونار"


def test_district_shading_holds_only_the_chosen_provinces_districts(areas):
    shading, coarser = areas.shading(ROWS, provinces=["AF15"], measure="incidents")
    pcodes = {f["properties"]["pcode"] for f in shading.features["features"]}
    assert len(pcodes) == 15
    assert all(p.startswith("AF15") for p in pcodes)
    assert shading.level == "district"
    assert shading.title == "Incidents per district of Kunar"
    assert shading.breaks == (2,)
    assert coarser.incidents == 1
    assert shading.note == "1 incident known only to the province: in no district"


def test_province_labels_stand_inside_their_province(areas, gaz):
    labels = areas.labels()
    assert len(labels) == 34
    outlines = {
        f["properties"]["pcode"]: shape(f["geometry"]) for f in gaz.province_outlines["features"]
    }
    for label in labels:
        assert outlines[label.pcode].contains(Point(label.lon, label.lat)), label.name
    # Badakhshan's label is in its body, not in the narrow Wakhan strip (east of 72.5 E).
    badakhshan = next(label for label in labels if label.pcode == "AF17")
    assert badakhshan.lon < 72.5
    # Kabul, then the largest provinces: they keep their name when labels would overlap.
    assert [label.name for label in labels[:3]] == ["Kabul", "Hilmand", "Hirat"]
