"""Incidents to a folium map that renders with no internet.

Pure: takes records and the gazetteer, returns a `folium.Map`. Leaflet and
Leaflet.markercluster are served by Streamlit's static file serving from
static/vendor (installed from npm by `make`); no tile server is used unless the caller
passes one; province outlines are the basemap.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import folium
from branca.element import MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from incidents.eventtypes import REGISTRY

__all__ = [
    "ASSET_BASE",
    "EVENT_COLOURS",
    "MapPoint",
    "build_map",
    "incidents_at",
    "legend_html",
    "map_bounds",
    "point_key",
    "points_from_rows",
    "safe_text",
    "sentence_html",
]

ASSET_BASE = "/app/static/vendor"
AFGHANISTAN_BOUNDS = [[29.3, 60.5], [38.5, 74.9]]

# One colour per ACLED-style event type, from the registry.
EVENT_COLOURS: dict[str, str] = {t.name: t.colour for t in REGISTRY}
# Cluster bubbles in near-black, a colour no event type uses (the plugin's default orange
# reads as "attack").
CLUSTER_CSS = (
    "<style>.marker-cluster-small,.marker-cluster-medium,.marker-cluster-large"
    "{background-color:rgba(40,40,40,0.35);}"
    ".marker-cluster-small div,.marker-cluster-medium div,.marker-cluster-large div"
    "{background-color:rgba(33,33,33,0.88);color:#fff;font-weight:600;}</style>"
)
# Precision levels drawn as a solid dot (a place or district) or a hollow ring (only the
# province is known, or the district centroid stands in for an unresolved town).
EXACT_LEVELS = ("place", "district")


@dataclass(frozen=True, slots=True)
class MapPoint:
    """What the map needs of one incident."""

    incident_id: int
    lat: float
    lon: float
    event_type: str
    level: str  # place | district | province
    label: str  # short text for the tooltip (escaped here)


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
    bounds: Sequence[Sequence[float]] | None = None,
    asset_base: str = ASSET_BASE,
    tiles_url: str | None = None,
    height: str = "100%",
) -> folium.Map:
    """Build the map: province outlines, one clustered DivIcon marker per incident.

    Parameters
    ----------
    points : incidents to draw.
    provinces : GeoJSON FeatureCollection of province outlines (from the gazetteer).
    districts : district outlines; those of the highlighted provinces are drawn.
    highlight : province P-codes drawn stronger (the analyst's filter).
    bounds : [[south, west], [north, east]] to fit (see `map_bounds`); Afghanistan if None.
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
    if districts and wanted:
        # District outlines of the chosen provinces, so a marker can be read against them.
        folium.GeoJson(
            {
                "type": "FeatureCollection",
                "features": [
                    f
                    for f in districts["features"]
                    if f["properties"].get("province_pcode") in wanted
                ],
            },
            name="districts",
            style_function=lambda feature: {
                "color": "#777",
                "weight": 0.6,
                "dashArray": "3",
                "fillOpacity": 0,
            },
            tooltip=folium.GeoJsonTooltip(fields=["name_en", "name_ar"], labels=False),
        ).add_to(fmap)
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
    IncidentMarkers(points, cluster=cluster).add_to(fmap)
    cast(folium.Figure, fmap.get_root()).header.add_child(folium.Element(CLUSTER_CSS))
    fmap.fit_bounds([list(corner) for corner in bounds or AFGHANISTAN_BOUNDS])
    return fmap


def map_bounds(
    points: Sequence[MapPoint],
    *,
    provinces: dict[str, Any],
    chosen: Sequence[str] = (),
    pad: float = 0.15,
) -> list[list[float]]:
    """What the map should frame: the chosen provinces, else the incidents, else the country.

    A lone incident gets a frame of about half a degree so the map does not zoom to a
    street.
    """
    wanted = set(chosen)
    corners: list[tuple[float, float]] = []
    if wanted:
        for feature in provinces["features"]:
            if feature["properties"]["pcode"] in wanted:
                corners.extend(_lat_lons(feature["geometry"]["coordinates"]))
    if not corners:
        corners = [(p.lat, p.lon) for p in points]
    if not corners:
        return [list(c) for c in AFGHANISTAN_BOUNDS]
    south = min(lat for lat, _ in corners)
    north = max(lat for lat, _ in corners)
    west = min(lon for _, lon in corners)
    east = max(lon for _, lon in corners)
    grow_lat = max(pad, (0.5 - (north - south)) / 2)
    grow_lon = max(pad, (0.5 - (east - west)) / 2)
    return [[south - grow_lat, west - grow_lon], [north + grow_lat, east + grow_lon]]


def _lat_lons(coordinates: Any) -> list[tuple[float, float]]:
    """Every (lat, lon) in a GeoJSON coordinate array of any depth (GeoJSON is lon, lat)."""
    if coordinates and isinstance(coordinates[0], int | float):
        return [(float(coordinates[1]), float(coordinates[0]))]
    out: list[tuple[float, float]] = []
    for part in coordinates:
        out.extend(_lat_lons(part))
    return out


class IncidentMarkers(MacroElement):
    """All incident markers as one data array, built into DivIcon markers in the browser.

    One folium Marker per incident costs about 1.3 KB of script each (13 MB and 12 s to
    render for 10,000); this sends about 100 bytes each. Tooltip text is set with
    textContent, so article text can never become markup.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var data = {{ this.data_json }};
            var styles = {{ this.styles_json }};
            var markers = new Array(data.length);
            function tip(layer) {
                var el = document.createElement("div");
                el.textContent = layer.options.label;
                el.dir = "auto";
                return el;
            }
            for (var i = 0; i < data.length; i++) {
                var d = data[i];
                var icon = L.divIcon({
                    html: '<div class="incident-dot incident-' + d[2] + '" style="'
                        + styles[d[2] + (d[3] ? ":exact" : ":rough")] + '"></div>',
                    className: "incident-marker",
                    iconSize: [18, 18],
                    iconAnchor: [9, 9]
                });
                markers[i] = L.marker([d[0], d[1]], {icon: icon, label: d[4]}).bindTooltip(tip);
            }
            {{ this.cluster.get_name() }}.addLayers(markers);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, points: Sequence[MapPoint], *, cluster: MarkerCluster) -> None:
        super().__init__()
        self._name = "IncidentMarkers"
        self.cluster = cluster
        rows = [
            [
                *point_key(p.lat, p.lon),
                p.event_type if p.event_type in EVENT_COLOURS else "other",
                int(p.level in EXACT_LEVELS),
                p.label,
            ]
            for p in points
        ]
        self.data_json = _script_json(rows)
        self.styles_json = _script_json(
            {
                f"{etype}:{'exact' if exact else 'rough'}": _marker_style(etype, exact=exact)
                for etype in EVENT_COLOURS
                for exact in (True, False)
            }
        )


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--"."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _marker_style(event_type: str, *, exact: bool) -> str:
    colour = EVENT_COLOURS[event_type]
    ring = (
        f"background:{colour};border:2px solid #fff;"
        if exact
        else (f"background:rgba(255,255,255,0.85);border:3px solid {colour};")
    )
    return ring + "width:14px;height:14px;border-radius:50%;box-shadow:0 0 2px #000;"


def points_from_rows(rows: Sequence[dict[str, Any]]) -> list[MapPoint]:
    """Map points of stored incidents that have coordinates (outside ones have none)."""
    out = []
    for row in rows:
        if row.get("lat") is None or row.get("lon") is None:
            continue
        place = row.get("loc_name_en") or row.get("province_pcode") or ""
        out.append(
            MapPoint(
                incident_id=int(row["id"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                event_type=str(row["event_type"]),
                level=str(row.get("loc_level") or "province"),
                label=f"{row['event_type']} · {place} · {row['sentence'][:60]}",
            )
        )
    return out


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


def legend_html() -> str:
    """A legend of event colours and of the two precision styles."""
    items = "".join(
        f'<span style="display:inline-block;margin-right:10px;">'
        f'<span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
        f'background:{colour};"></span> {name.replace("_", " ")}</span>'
        for name, colour in EVENT_COLOURS.items()
    )
    precision = (
        '<span style="display:inline-block;margin-right:10px;">'
        '<span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
        'background:#555;"></span> place or district</span>'
        '<span style="display:inline-block;"><span style="display:inline-block;width:7px;'
        'height:7px;border-radius:50%;border:3px solid #555;"></span> province only</span>'
    )
    return f'<div class="legend" style="font-size:0.85rem;">{items}<br>{precision}</div>'
