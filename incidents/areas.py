"""Province and district boundaries as GeoDataFrames: counts joined to them, label points.

Built once from the committed boundaries (the gazetteer's GeoJSON) with geopandas; the
counting itself is plain Python in `incidents.placecounts`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import geopandas as gpd
import pandas as pd

from incidents.maplayers import PlaceLabel, Shading
from incidents.placecounts import (
    Measure,
    PlaceTally,
    Tally,
    class_breaks,
    shading_scope,
    tally,
)

__all__ = ["Areas"]

CRS = "EPSG:4326"
# For comparing areas (labels of larger provinces win); degrees are not equal in area.
EQUAL_AREA = "EPSG:6933"
CAPITAL = "AF01"


class Areas:
    """The 34 provinces and 399 districts (OCHA 2018, simplified) as GeoDataFrames."""

    def __init__(self, provinces: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> None:
        self.provinces = provinces
        self.districts = districts

    @classmethod
    def from_outlines(cls, provinces: dict[str, Any], districts: dict[str, Any]) -> Areas:
        """From GeoJSON FeatureCollections with `pcode`, `name_en`, `name_ar` properties."""
        return cls(
            gpd.GeoDataFrame.from_features(provinces["features"], crs=CRS),
            gpd.GeoDataFrame.from_features(districts["features"], crs=CRS),
        )

    def shaded(self, counts: Tally, *, measure: Measure) -> dict[str, Any]:
        """The units counted, with their counts joined on: a GeoJSON FeatureCollection.

        Every province (or every district of the counted province) is present, places
        with nothing at zero. Each feature carries `incidents`, `fatalities`, `value` (the
        measure shaded) and `tip` ("12 incidents, 30 killed") for the tooltip.
        """
        if counts.level == "province":
            units = self.provinces[["pcode", "name_en", "name_ar", "geometry"]]
        else:
            units = self.districts.loc[
                self.districts["province_pcode"] == counts.province,
                ["pcode", "name_en", "name_ar", "geometry"],
            ]
        table = pd.DataFrame(
            {
                "pcode": list(counts.by_place),
                "incidents": [t.incidents for t in counts.by_place.values()],
                "fatalities": [t.fatalities for t in counts.by_place.values()],
            },
            columns=["pcode", "incidents", "fatalities"],
        )
        joined = units.merge(table, on="pcode", how="left", validate="one_to_one")
        for column in ("incidents", "fatalities"):
            joined[column] = joined[column].fillna(0).astype(int)
        joined["value"] = joined[measure]
        joined["tip"] = [
            f"{n} incident{'' if n == 1 else 's'}, {k} killed"
            for n, k in zip(joined["incidents"], joined["fatalities"], strict=True)
        ]
        out: dict[str, Any] = joined.__geo_interface__
        return out

    def labels(self, *, language: str = "en") -> list[PlaceLabel]:
        """Province names at a point inside each province, in the order they claim room."""
        # The centroid where it falls inside the province (in equal-area metres), else a
        # point surely inside: Badakhshan's representative point lies in the Wakhan strip.
        flat = self.provinces.to_crs(EQUAL_AREA)
        centroids = flat.geometry.centroid
        inside = centroids.within(flat.geometry)
        points = gpd.GeoSeries(
            centroids.where(inside, flat.geometry.representative_point()), crs=EQUAL_AREA
        ).to_crs(CRS)
        # Kabul first (the capital is what readers find their way by), then the larger
        # provinces: an earlier name keeps its place when two would overlap.
        frame = self.provinces.assign(
            area=flat.geometry.area, point=points, capital=self.provinces["pcode"] == CAPITAL
        ).sort_values(["capital", "area", "pcode"], ascending=[False, False, True])
        column = "name_ar" if language == "ar" else "name_en"
        return [
            PlaceLabel(pcode=r.pcode, name=str(getattr(r, column)), lat=r.point.y, lon=r.point.x)
            for r in frame.itertuples()
        ]

    def shading(
        self, rows: Iterable[Mapping[str, Any]], *, provinces: Sequence[str], measure: Measure
    ) -> tuple[Shading, PlaceTally]:
        """The shading for what the filter shows: provinces, or with one province chosen,
        its districts. Also returns what is known only to the province (district level),
        which no district can be shaded for."""
        level, province = shading_scope(provinces)
        counts = tally(rows, level=level, province=province)
        features = self.shaded(counts, measure=measure)
        values = [int(f["properties"]["value"]) for f in features["features"]]
        if level == "province":
            title = f"{measure.capitalize()} per province"
        else:
            names = self.provinces.loc[self.provinces["pcode"] == province, "name_en"]
            name = names.iloc[0] if len(names) else province
            title = f"{measure.capitalize()} per district of {name}"
        note = ""
        if counts.coarser.incidents:
            n = counts.coarser.incidents
            note = f"{n} incident{'s' if n > 1 else ''} known only to the province: in no district"
        shading = Shading(
            level=level, features=features, breaks=class_breaks(values), title=title, note=note
        )
        return shading, counts.coarser
