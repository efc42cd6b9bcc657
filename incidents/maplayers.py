"""The map's own Leaflet layers: incident markers, province names and the legend.

Each is a folium `MacroElement` whose script is written here; data reaches the browser as
JSON that is safe inside a <script> element, and text is set with `textContent`, so
article text can never become markup. `incidents.mapview` puts them on the map.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from branca.element import MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from incidents.eventtypes import REGISTRY
from incidents.placecounts import class_of

__all__ = [
    "EVENT_COLOURS",
    "EXACT_LEVELS",
    "SHADES",
    "FitFrame",
    "IncidentMarkers",
    "MapLegend",
    "PlaceLabel",
    "PlaceLabels",
    "Shading",
    "legend_html",
    "script_json",
    "shade_colour",
]

# One colour per ACLED-style event type, from the registry.
EVENT_COLOURS: dict[str, str] = {t.name: t.colour for t in REGISTRY}
# Precision levels drawn as a solid dot (a place or district) or a hollow ring (only the
# province is known, or the district centroid stands in for an unresolved town).
EXACT_LEVELS = ("place", "district")
# Shading: nothing, then five greens (ColorBrewer "Greens"); no event type is green, so
# markers stay readable on any shade.
NOTHING = "#f4f4f4"
SHADES = ("#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c")


@dataclass(frozen=True)
class Shading:
    """A choropleth to draw: the units with their counts (see `incidents.areas`)."""

    level: str  # province | district
    features: dict[str, Any]  # FeatureCollection; properties value, tip, name_en, name_ar
    breaks: tuple[int, ...]  # lower bounds of the classes (`placecounts.class_breaks`)
    title: str  # "Incidents per province"
    note: str = ""  # what the shading leaves out ("2 incidents known only to the province")


@dataclass(frozen=True, slots=True)
class PlaceLabel:
    """A name to write on the map, at a point inside its polygon."""

    pcode: str
    name: str
    lat: float
    lon: float


def shade_colour(value: int, breaks: Sequence[int]) -> str:
    """The fill for a count: grey for nothing, then greens spread over the classes."""
    n = class_of(value, breaks)
    if n == 0:
        return NOTHING
    classes = len(breaks)
    if classes == 1:
        return SHADES[2]
    return SHADES[round((n - 1) * (len(SHADES) - 1) / (classes - 1))]


def script_json(value: object) -> str:
    """JSON safe inside a <script> element: no "</script>", no "<!--"."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class IncidentMarkers(MacroElement):
    """All incident markers as one data array, built into DivIcon markers in the browser.

    One folium Marker per incident costs about 1.3 KB of script each (13 MB and 12 s to
    render for 10,000); this sends about 100 bytes each. Tooltip text is set with
    textContent, so article text can never become markup. Each marker carries its
    incident id as a GeoJSON feature property: streamlit-folium returns the clicked
    layer's `toGeoJSON()` as `last_active_drawing`, so a click names its incident even
    when the marker stands on a spider leg, away from its own coordinates.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .event-marker .event-reports { position: absolute; left: 11px; top: -7px;
            min-width: 10px; padding: 0 3px; border-radius: 7px; background: #111;
            color: #fff; font: 700 10px/14px Arial, sans-serif; text-align: center; }
        </style>
        {% endmacro %}
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
                // Reports of one event share a marker, with their number on it.
                var reports = Number(d[6]) || 1;
                var icon = L.divIcon({
                    html: '<div class="incident-dot incident-' + d[2] + '" style="'
                        + styles[d[2] + (d[3] ? ":exact" : ":rough")] + '"></div>'
                        + (reports > 1 ? '<span class="event-reports">' + reports + '</span>' : ""),
                    className: reports > 1 ? "incident-marker event-marker" : "incident-marker",
                    iconSize: [18, 18],
                    iconAnchor: [9, 9]
                });
                markers[i] = L.marker([d[0], d[1]], {icon: icon, label: d[4]}).bindTooltip(tip);
                markers[i].feature = {type: "Feature", properties: {incident: d[5]}};
            }
            {{ this.cluster.get_name() }}.addLayers(markers);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: Sequence[list[Any]], *, cluster: MarkerCluster) -> None:
        """`rows`: [lat, lon, event type, exact (0/1), label, incident id] per marker, and
        the number of reports when the marker stands for several reports of one event."""
        super().__init__()
        self._name = "IncidentMarkers"
        self.cluster = cluster
        self.data_json = script_json(list(rows))
        self.styles_json = script_json(
            {
                f"{etype}:{'exact' if exact else 'rough'}": marker_style(etype, exact=exact)
                for etype in EVENT_COLOURS
                for exact in (True, False)
            }
        )


def marker_style(event_type: str, *, exact: bool) -> str:
    colour = EVENT_COLOURS[event_type]
    ring = (
        f"background:{colour};border:2px solid #fff;"
        if exact
        else (f"background:rgba(255,255,255,0.85);border:3px solid {colour};")
    )
    return ring + "width:14px;height:14px;border-radius:50%;box-shadow:0 0 2px #000;"


class PlaceLabels(MacroElement):
    """Province names written on the map, in a pane above the shading that takes no
    clicks. Where two names would overlap at the current zoom, the later one (the
    smaller province) is hidden until the analyst zooms in."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .place-label-text {
            position: absolute; transform: translate(-50%, -50%); white-space: nowrap;
            font: 600 12px/1.2 "Source Sans Pro", Arial, sans-serif; color: #222;
            text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff;
        }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var pane = map.getPane("placeLabels") || map.createPane("placeLabels");
            pane.style.zIndex = 550;
            pane.style.pointerEvents = "none";
            var data = {{ this.data_json }};
            var labels = data.map(function (d) {
                var text = document.createElement("span");
                text.className = "place-label-text";
                text.textContent = d[2];
                return L.marker([d[0], d[1]], {
                    pane: "placeLabels", interactive: false, keyboard: false,
                    icon: L.divIcon({className: "place-label", html: text, iconSize: [0, 0]})
                }).addTo(map);
            });
            function declutter() {
                var kept = [];
                labels.forEach(function (label, i) {
                    var p = map.latLngToLayerPoint(label.getLatLng());
                    var w = data[i][2].length * 7.5 + 8, h = 18;
                    var box = [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
                    var clash = kept.some(function (k) {
                        return box[0] < k[2] && k[0] < box[2] && box[1] < k[3] && k[1] < box[3];
                    });
                    var el = label.getElement();
                    if (el) { el.style.visibility = clash ? "hidden" : ""; }
                    if (!clash) { kept.push(box); }
                });
            }
            map.on("zoomend", declutter);
            map.whenReady(declutter);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, labels: Sequence[PlaceLabel]) -> None:
        super().__init__()
        self._name = "PlaceLabels"
        self.data_json = script_json([[round(p.lat, 4), round(p.lon, 4), p.name] for p in labels])


class FitFrame(MacroElement):
    """Fit the map to bounds, leaving the legend's corner free when that costs no zoom
    level: beside the legend, else below it, else under it (a chosen place stays as large
    as the frame allows)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var bounds = L.latLngBounds({{ this.bounds_json }});
            var best = map.getBoundsZoom(bounds);
            var rooms = {{ this.rooms_json }};
            // The first frame is drawn at once, not flown to.
            var options = {animate: false};
            for (var i = 0; i < rooms.length; i++) {
                var room = L.point(rooms[i][0], rooms[i][1]);
                if (map.getBoundsZoom(bounds, false, room) >= best) {
                    options.paddingTopLeft = room;
                    break;
                }
            }
            map.fitBounds(bounds, options);
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self, bounds: Sequence[Sequence[float]], *, rooms: Sequence[tuple[int, int]] = ()
    ) -> None:
        super().__init__()
        self._name = "FitFrame"
        self.bounds_json = script_json([[float(v) for v in corner] for corner in bounds])
        self.rooms_json = script_json([list(r) for r in rooms])


class MapLegend(MacroElement):
    """The legend as a Leaflet control in the map's corner, so it is seen with the map
    (never below the fold); it folds away when it hides something."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .map-legend { background: rgba(255,255,255,0.93); padding: 3px 7px;
            font: 11px/1.35 "Source Sans Pro", Arial, sans-serif; color: #222; }
        .map-legend summary { cursor: pointer; font-weight: 600; }
        .map-legend .types { display: grid; grid-template-columns: auto auto;
            column-gap: 8px; white-space: nowrap; }
        .map-legend .dot { display: inline-block; width: 9px; height: 9px;
            border-radius: 50%; margin-right: 4px; vertical-align: -1px; }
        .map-legend .head { font-weight: 600; margin-top: 3px; }
        .map-legend .note { max-width: 190px; color: #555; }
        .map-legend .ramp { display: flex; gap: 2px; text-align: center; }
        .map-legend .ramp div { min-width: 26px; }
        .map-legend .box { display: block; height: 10px; border: 1px solid #999; }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: "topleft"});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "map-legend leaflet-bar");
                div.innerHTML = {{ this.html_json }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "MapLegend"
        self.html_json = script_json(html)


def legend_html(*, markers: bool = True, shading: Shading | None = None) -> str:
    """The legend's markup: event colours and precision styles (when markers are shown),
    then the shading classes as one strip."""
    esc = html.escape
    parts = ["<details open><summary>Legend</summary>"]
    if markers:
        parts.append('<div class="types">')
        parts.extend(
            f'<div title="{esc(t.label)}"><span class="dot" style="background:{t.colour};">'
            f"</span>{esc(t.label.split(' (')[0])}</div>"
            for t in REGISTRY
        )
        parts.append(
            '<div><span class="dot" style="background:#555;"></span>place, district</div>'
            '<div><span class="dot" style="background:#fff;border:3px solid #555;width:6px;'
            'height:6px;"></span>province only</div></div>'
        )
    if shading is not None:
        bounds = list(shading.breaks)
        cells = [(NOTHING, "0")]
        for n, low in enumerate(bounds):
            high = bounds[n + 1] - 1 if n + 1 < len(bounds) else None
            text = f"{low}" if high == low else (f"{low}–{high}" if high else f"{low}+")
            cells.append((shade_colour(low, bounds), text))
        parts.append(f'<div class="head">{esc(shading.title)}</div><div class="ramp">')
        parts.extend(
            f'<div><span class="box" style="background:{colour};"></span>{text}</div>'
            for colour, text in cells
        )
        parts.append("</div>")
        if shading.note:
            parts.append(f'<div class="note">{esc(shading.note)}</div>')
    parts.append("</details>")
    return "".join(parts)
