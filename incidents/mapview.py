"""Incidents to a folium map that renders with no internet.

Pure: takes records and the gazetteer, returns a `folium.Map`. Reports of one event
(`incidents.linking`) share one marker, which says how many reports it stands for. Leaflet and
Leaflet.markercluster are served by Streamlit's static file serving from
static/vendor (installed from npm by `make`); no tile server is used unless the caller
passes one; province outlines are the basemap.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import folium
from folium.plugins import MarkerCluster

from incidents.eventtypes import BY_NAME
from incidents.linking import EventIndex
from incidents.maplayers import (
    EVENT_COLOURS,
    EXACT_LEVELS,
    FitFrame,
    IncidentMarkers,
    MapLegend,
    PlaceLabel,
    PlaceLabels,
    Shading,
    legend_html,
    shade_colour,
)

__all__ = [
    "ASSET_BASE",
    "EVENT_COLOURS",
    "MapPoint",
    "PlaceLabel",
    "Shading",
    "build_map",
    "clicked_incidents",
    "event_groups",
    "event_lead",
    "incidents_at",
    "map_bounds",
    "point_key",
    "points_from_rows",
    "safe_text",
    "sentence_html",
]

ASSET_BASE = "/app/static/vendor"
AFGHANISTAN_BOUNDS = [[29.3, 60.5], [38.5, 74.9]]

# Cluster bubbles in near-black, a colour no event type uses (the plugin's default orange
# reads as "attack").
CLUSTER_CSS = (
    "<style>.marker-cluster-small,.marker-cluster-medium,.marker-cluster-large"
    "{background-color:rgba(40,40,40,0.35);}"
    ".marker-cluster-small div,.marker-cluster-medium div,.marker-cluster-large div"
    "{background-color:rgba(33,33,33,0.88);color:#fff;font-weight:600;}</style>"
)
# Pixels the legend takes from the map's top left corner (beside it, below it).
LEGEND_ROOM = ((200, 0), (0, 150))
# The chosen district: a dark solid outline over everything but the markers.
DISTRICT_HIGHLIGHT = {"color": "#111", "weight": 3.5, "opacity": 0.95, "fill": False}


@dataclass(frozen=True, slots=True)
class MapPoint:
    """What the map needs of one incident."""

    incident_id: int
    lat: float
    lon: float
    event_type: str
    level: str  # place | district | province
    label: str  # short text for the tooltip (escaped here)
    reports: int = 1  # reports of one event drawn as this one marker


def point_key(lat: float, lon: float) -> tuple[float, float]:
    """Key to match a click back to markers: the marker's exact coordinates, rounded."""
    return (round(float(lat), 5), round(float(lon), 5))


def safe_text(text: str) -> str:
    """Escape untrusted text for HTML and for the JS template literals folium writes."""
    return (
        html.escape(text, quote=True)
        .replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("\\", "&#92;")
    )


def _local_assets(element: Any, assets: dict[str, list[tuple[str, str]]]) -> None:
    element.default_js = assets.get("js", [])
    element.default_css = assets.get("css", [])


def build_map(
    points: Sequence[MapPoint],
    *,
    provinces: dict[str, Any],
    districts: dict[str, Any] | None = None,
    highlight: Sequence[str] = (),
    chosen_districts: Sequence[str] = (),
    bounds: Sequence[Sequence[float]] | None = None,
    shading: Shading | None = None,
    markers: bool = True,
    labels: Sequence[PlaceLabel] = (),
    asset_base: str = ASSET_BASE,
    tiles_url: str | None = None,
    height: str = "100%",
) -> folium.Map:
    """Build the map: outlines or shading, province names, clustered incident markers, a
    legend in the corner.

    Parameters
    ----------
    points : incidents to draw.
    provinces : GeoJSON FeatureCollection of province outlines (from the gazetteer).
    districts : district outlines; those of the highlighted provinces are drawn.
    highlight : province P-codes drawn stronger (the analyst's filter).
    chosen_districts : district P-codes outlined in black (the analyst's filter).
    bounds : [[south, west], [north, east]] to fit (see `map_bounds`); Afghanistan if None.
    shading : counts per province, or per district of one province, to shade.
    markers : draw the incident markers (the analyst may want the shading alone).
    labels : names written on the map (province names, see `incidents.areas`).
    asset_base : URL prefix where leaflet/ and leaflet.markercluster/ are served.
    tiles_url : an online tile layer, off unless given.
    """
    fmap = folium.Map(
        location=[34.0, 66.0],
        zoom_start=6,
        tiles=None,
        height=height,
        control_scale=True,
        prefer_canvas=False,
        # markercluster needs maxZoom on the map itself when there is no tile layer.
        maxZoom=18,
        minZoom=4,
    )
    _local_assets(
        fmap,
        {
            "js": [("leaflet", f"{asset_base}/leaflet/leaflet.js")],
            "css": [("leaflet_css", f"{asset_base}/leaflet/leaflet.css")],
        },
    )
    if tiles_url:
        folium.TileLayer(tiles=tiles_url, attr="tiles", name="tiles", max_zoom=18).add_to(fmap)
    wanted = set(highlight)
    if shading is not None and shading.level == "province":
        _shaded_layer(shading, name="provinces").add_to(fmap)
    else:
        folium.GeoJson(
            provinces,
            name="provinces",
            style_function=lambda feature: {
                "color": "#444",
                "weight": 1.6 if feature["properties"]["pcode"] in wanted else 0.8,
                "fillColor": "#f3e9d2" if feature["properties"]["pcode"] in wanted else "#eeeeee",
                "fillOpacity": 0.55,
            },
            tooltip=folium.GeoJsonTooltip(fields=["name_en", "name_ar"], labels=False),
        ).add_to(fmap)
    if shading is not None and shading.level == "district":
        _shaded_layer(shading, name="districts").add_to(fmap)
    elif districts and wanted:
        # District outlines of the chosen provinces, so a marker can be read against them.
        folium.GeoJson(
            _features(districts, lambda p: p.get("province_pcode") in wanted),
            name="districts",
            style_function=lambda feature: {
                "color": "#777",
                "weight": 0.6,
                "dashArray": "3",
                "fillOpacity": 0,
            },
            tooltip=folium.GeoJsonTooltip(fields=["name_en", "name_ar"], labels=False),
        ).add_to(fmap)
    if districts and chosen_districts:
        picked = set(chosen_districts)
        folium.GeoJson(
            _features(districts, lambda p: p.get("pcode") in picked),
            name="chosen district",
            style_function=lambda feature: DISTRICT_HIGHLIGHT,
            # An outline only: clicks and tooltips go to the layers beneath.
            interactive=False,
            className="district-highlight",
        ).add_to(fmap)
    if markers:
        cluster = MarkerCluster(name="incidents", options={"maxClusterRadius": 40})
        _local_assets(
            cluster,
            {
                "js": [
                    (
                        "markerclusterjs",
                        f"{asset_base}/leaflet.markercluster/leaflet.markercluster.js",
                    )
                ],
                "css": [
                    ("markerclustercss", f"{asset_base}/leaflet.markercluster/MarkerCluster.css"),
                    (
                        "markerclusterdefaultcss",
                        f"{asset_base}/leaflet.markercluster/MarkerCluster.Default.css",
                    ),
                ],
            },
        )
        cluster.add_to(fmap)
        IncidentMarkers([_marker_row(p) for p in points], cluster=cluster).add_to(fmap)
        cast(folium.Figure, fmap.get_root()).header.add_child(folium.Element(CLUSTER_CSS))
    # A chosen place is framed beside or below the legend (top left) when it loses no
    # zoom level by it; the country frame leaves the legend over Turkmenistan.
    FitFrame(
        bounds or AFGHANISTAN_BOUNDS,
        rooms=LEGEND_ROOM if (wanted or chosen_districts) else (),
    ).add_to(fmap)
    if labels:
        PlaceLabels(labels).add_to(fmap)
    MapLegend(legend_html(markers=markers, shading=shading)).add_to(fmap)
    return fmap


def _features(collection: dict[str, Any], keep: Any) -> dict[str, Any]:
    """The features of a FeatureCollection whose properties `keep` accepts."""
    return {
        "type": "FeatureCollection",
        "features": [f for f in collection["features"] if keep(f["properties"])],
    }


def _shaded_layer(shading: Shading, *, name: str) -> folium.GeoJson:
    """Units filled by their class, names and counts in the tooltip."""
    breaks = shading.breaks
    return folium.GeoJson(
        shading.features,
        name=name,
        style_function=lambda feature: {
            "color": "#555",
            "weight": 0.8,
            "fillColor": shade_colour(int(feature["properties"]["value"]), breaks),
            "fillOpacity": 0.75,
        },
        tooltip=folium.GeoJsonTooltip(fields=["name_en", "name_ar", "tip"], labels=False),
        className="shaded-area",
    )


def _marker_row(p: MapPoint) -> list[Any]:
    row = [
        *point_key(p.lat, p.lon),
        p.event_type if p.event_type in EVENT_COLOURS else "other",
        int(p.level in EXACT_LEVELS),
        p.label,
        p.incident_id,
    ]
    # The number of reports only where an event has several: most markers stay 6 values.
    return [*row, int(p.reports)] if p.reports > 1 else row


def map_bounds(
    points: Sequence[MapPoint],
    *,
    provinces: dict[str, Any],
    chosen: Sequence[str] = (),
    districts: dict[str, Any] | None = None,
    chosen_districts: Sequence[str] = (),
    pad: float = 0.15,
) -> list[list[float]]:
    """What the map should frame: the chosen districts, else the chosen provinces, else the
    incidents, else the country.

    A lone incident gets a frame of about half a degree so the map does not zoom to a
    street; a district is framed close (a city district is a few kilometres across).
    """
    corners: list[tuple[float, float]] = []
    least = 0.5
    if districts and chosen_districts:
        corners = _corners(districts, set(chosen_districts))
        if corners:
            pad, least = 0.03, 0.1
    if not corners and chosen:
        corners = _corners(provinces, set(chosen))
    if not corners:
        corners = [(p.lat, p.lon) for p in points]
    if not corners:
        return [list(c) for c in AFGHANISTAN_BOUNDS]
    south = min(lat for lat, _ in corners)
    north = max(lat for lat, _ in corners)
    west = min(lon for _, lon in corners)
    east = max(lon for _, lon in corners)
    grow_lat = max(pad, (least - (north - south)) / 2)
    grow_lon = max(pad, (least - (east - west)) / 2)
    return [[south - grow_lat, west - grow_lon], [north + grow_lat, east + grow_lon]]


def _corners(collection: dict[str, Any], pcodes: set[str]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for feature in collection["features"]:
        if feature["properties"]["pcode"] in pcodes:
            out.extend(_lat_lons(feature["geometry"]["coordinates"]))
    return out


def _lat_lons(coordinates: Any) -> list[tuple[float, float]]:
    """Every (lat, lon) in a GeoJSON coordinate array of any depth (GeoJSON is lon, lat)."""
    if coordinates and isinstance(coordinates[0], int | float):
        return [(float(coordinates[1]), float(coordinates[0]))]
    out: list[tuple[float, float]] = []
    for part in coordinates:
        out.extend(_lat_lons(part))
    return out


def points_from_rows(
    rows: Sequence[dict[str, Any]], *, events: EventIndex | None = None
) -> list[MapPoint]:
    """Map points of stored incidents that have coordinates (outside ones have none).

    With `events`, one point per event: the reports of one event that `rows` holds share
    a marker, placed where its most precise report puts it (`event_lead`), and named by
    that report's incident id.
    """
    placed = [row for row in rows if row.get("lat") is not None and row.get("lon") is not None]
    groups = [[row] for row in placed] if events is None else event_groups(placed, events)
    out = []
    for group in groups:
        lead = event_lead(group)
        place = lead.get("loc_name_en") or lead.get("province_pcode") or ""
        count = f" · {len(group)} reports" if len(group) > 1 else ""
        out.append(
            MapPoint(
                incident_id=int(lead["id"]),
                lat=float(lead["lat"]),
                lon=float(lead["lon"]),
                event_type=str(lead["event_type"]),
                level=str(lead.get("loc_level") or "province"),
                label=f"{lead['event_type']} · {place}{count} · {lead['sentence'][:60]}",
                reports=len(group),
            )
        )
    return out


def event_groups(rows: Sequence[dict[str, Any]], events: EventIndex) -> list[list[dict[str, Any]]]:
    """The rows grouped by their event, in the order each event first appears."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(events.key_of(int(row["id"])), []).append(row)
    return list(groups.values())


# A marker stands where its most precise report puts the event, drawn in its most
# specific type (a bomb rather than "an attack").
_PRECISION = {"place": 0, "district": 1}
_SPECIFIC = {"dominant": 0, "means": 1}


def event_lead(reports: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The report an event's marker is drawn from: the most precise place, then the most
    specific type, then the first stored."""

    def rank(row: dict[str, Any]) -> tuple[int, int, int]:
        kind = BY_NAME.get(str(row["event_type"]))
        return (
            _PRECISION.get(str(row.get("loc_level")), 2),
            _SPECIFIC.get(kind.rank if kind else "", 2),
            int(row["id"]),
        )

    return min(reports, key=rank)


def incidents_at(rows: Sequence[dict[str, Any]], lat: float, lon: float) -> list[dict[str, Any]]:
    """Every incident whose marker stands exactly at a clicked point.

    A click on a cluster reports the cluster's position, which matches no marker, so it
    opens nothing rather than an arbitrary incident.
    """
    key = point_key(lat, lon)
    return [
        row
        for row in rows
        if row.get("lat") is not None and point_key(row["lat"], row["lon"]) == key
    ]


def clicked_incidents(
    rows: Sequence[dict[str, Any]], clicked: Mapping[str, Any] | None
) -> list[dict[str, Any]] | None:
    """What a click on the map opens; None when nothing was clicked.

    `clicked` is what st_folium returns. A marker names its incident (`last_active_drawing`
    is the marker's GeoJSON, with the incident id as a property), which holds on a spider
    leg too, where the marker stands away from its coordinates. Without an id, every
    incident at exactly the clicked point: a cluster's or an outline's position opens
    nothing. Only `rows` (what the filter shows) can be opened.
    """
    if not clicked:
        return None
    point = clicked.get("last_object_clicked")
    if not isinstance(point, Mapping) or point.get("lat") is None or point.get("lng") is None:
        return None
    lat, lon = float(point["lat"]), float(point["lng"])
    incident = _marker_incident(clicked.get("last_active_drawing"), lat, lon)
    if incident is not None:
        return [row for row in rows if row.get("id") == incident]
    return incidents_at(rows, lat, lon)


def _marker_incident(drawing: Any, lat: float, lon: float) -> int | None:
    """The incident id of the marker clicked, if `drawing` is that marker's GeoJSON.

    A drawing from an earlier click (a cluster click leaves it as it was) stands
    elsewhere than the click and is ignored.
    """
    if not isinstance(drawing, Mapping):
        return None
    properties = drawing.get("properties")
    geometry = drawing.get("geometry")
    if not isinstance(properties, Mapping) or not isinstance(geometry, Mapping):
        return None
    incident = properties.get("incident")
    coordinates = geometry.get("coordinates")
    if not isinstance(incident, int) or isinstance(incident, bool):
        return None
    if not isinstance(coordinates, list | tuple) or len(coordinates) != 2:
        return None
    # GeoJSON is (lon, lat), written to 6 decimals by Leaflet.
    if abs(float(coordinates[0]) - lon) > 2e-6 or abs(float(coordinates[1]) - lat) > 2e-6:
        return None
    return incident


def sentence_html(sentence: str, start: int, mentions: Sequence[dict[str, Any]]) -> str:
    """The source sentence, escaped, right-to-left, with place mentions highlighted."""
    spans = sorted(
        (m["start"] - start, m["end"] - start)
        for m in mentions
        if 0 <= m["start"] - start < m["end"] - start <= len(sentence)
    )
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        if s < pos:
            continue
        parts.append(safe_text(sentence[pos:s]))
        parts.append(f'<mark class="place">{safe_text(sentence[s:e])}</mark>')
        pos = e
    parts.append(safe_text(sentence[pos:]))
    return (
        '<p dir="rtl" lang="ar" class="source-sentence" '
        'style="font-size:1.1rem;line-height:1.8;text-align:right;">' + "".join(parts) + "</p>"
    )
