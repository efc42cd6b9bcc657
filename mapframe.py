"""The map in the page: one Leaflet map that stays, and the filtered layers that change.

streamlit-folium keys its component by the map's script: any change to it (new markers,
another frame, the shading) makes a new iframe, which loads Leaflet again and builds the
map from nothing (1.5-2.5 s with 10,000 incidents). Here the map `build_map` made is cut in
two. What never changes (the map itself, the province names, the scripts and styles every
layer may need) is the component's script, so its key stays the same from one filter to
the next. Everything else (outlines or shading, the chosen district, the markers, the
frame, the legend) goes to the browser as streamlit-folium's "feature group": the mounted
map drops the previous one and runs the new one, and leaves the map alone when it has not
changed (a rerun after a click keeps a spiderfied cluster open).

Rendering is kept cheap too: folium would compile every layer's script as a Jinja
template while rendering the figure (0.3 s per render for 10,000 markers, twice a run), and
streamlit-folium writes the script again from the elements anyway; the changing layers are
written only once, by streamlit-folium.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, MutableMapping
from typing import Any

import folium
import streamlit as st
import streamlit_folium
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement
from folium.map import Layer
from jinja2 import Template

from incidents.maplayers import PlaceLabels
from incidents.mapview import ASSET_BASE, CLUSTER_CSS

__all__ = ["RETURNED", "FilteredLayers", "show_map", "split_map", "whole_map"]

# What a click returns: the point and the clicked layer (a marker names its incident, and
# the drawing it belongs to, see `_Restore`).
RETURNED = ["last_object_clicked", "last_active_drawing"]
# Layers that are the same whatever the filter: kept in the map's own script.
STATIC_LAYERS = (PlaceLabels,)
_STATE = "map_frame"


class _Reset(MacroElement):
    """Runs first in the changing part: forgets the layers streamlit-folium has just
    removed (it keeps every one it ever added, with all their markers), removes the
    controls (the legend) the previous part added, and records the ones this part adds."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.feature_group = [];
        (window.__filteredControls || []).forEach(function (c) { c.remove(); });
        window.__filteredControls = [];
        window.__controlAddTo = window.__controlAddTo || L.Control.prototype.addTo;
        L.Control.prototype.addTo = function (map) {
            window.__filteredControls.push(this);
            return window.__controlAddTo.call(this, map);
        };
        {% endmacro %}
        """
    )


class _Restore(MacroElement):
    """Runs last in the changing part: controls added later are no longer its own, and
    every layer of the part is stamped with the number of this drawing (in its GeoJSON
    properties, which a click returns), so that a click on a marker drawn again is a new
    click, and one on a marker of an earlier drawing is known as such."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.Control.prototype.addTo = window.__controlAddTo;
        (function () {
            var drawing = window.__drawing = (window.__drawing || 0) + 1;
            function stamp(layer) {
                if (layer.feature && layer.feature.properties) {
                    layer.feature.properties.drawing = drawing;
                }
                if (layer.eachLayer) { layer.eachLayer(stamp); }
            }
            stamp({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )


class FilteredLayers(folium.FeatureGroup):
    """The part of the map that follows the filter.

    Its elements keep the parent they had on the map, so a legend or a frame still
    speaks to the map; layers are moved into this group, so that they leave with it.
    Rendering prepares the layers only (their `addTo`, GeoJSON styles); the scripts are
    written by streamlit-folium, once.
    """

    def __init__(self) -> None:
        super().__init__(name="filtered", control=False)

    def render(self, **kwargs: Any) -> None:
        for child in self._children.values():
            if isinstance(child, Layer):
                child.render(**kwargs)


def split_map(fmap: folium.Map) -> FilteredLayers:
    """Take the filtered part out of a map from `build_map`; the map keeps the rest.

    The map is changed in place and also gets every script and style the filtered part
    may need (the cluster plugin, the legend's styles), whether this filter draws them or
    not: a mounted map loads them only once.
    """
    group = FilteredLayers()
    group._children["reset"] = _Reset()
    root = fmap.get_root()
    for name, child in list(fmap._children.items()):
        if isinstance(child, STATIC_LAYERS):
            continue
        del fmap._children[name]
        if isinstance(child, Layer):
            child._parent = group
        group._children[name] = child
        _add_header(root, child)
    group.add_child(_Restore(), name="restore")
    cluster = f"{ASSET_BASE}/leaflet.markercluster"
    fmap.default_js = [
        *fmap.default_js,
        ("markerclusterjs", f"{cluster}/leaflet.markercluster.js"),
    ]
    fmap.default_css = [
        *fmap.default_css,
        ("markerclustercss", f"{cluster}/MarkerCluster.css"),
        ("markerclusterdefaultcss", f"{cluster}/MarkerCluster.Default.css"),
    ]
    header = root.header  # type: ignore[attr-defined]
    if not any(getattr(e, "_template_str", None) == CLUSTER_CSS for e in header._children.values()):
        header.add_child(Element(CLUSTER_CSS), name="cluster_css")
    return group


def whole_map(fmap: folium.Map, group: FilteredLayers) -> folium.Map:
    """Put the filtered part back into the map `split_map` took it from: one map again,
    whose HTML page is the map as drawn (for tests that read it)."""
    for name, child in group._children.items():
        if isinstance(child, _Reset | _Restore):
            continue
        if isinstance(child, Layer):
            child._parent = fmap
        fmap._children[name] = child
    return fmap


def _add_header(root: Any, element: Any) -> None:
    """The element's styles (its `header` macro) in the page head, once per kind."""
    header = element._template.module.__dict__.get("header")
    if header is not None:
        root.header.add_child(Element(header(element, {})), name=type(element).__name__)
    for child in element._children.values():
        _add_header(root, child)


def show_map(fmap: folium.Map, *, key: str, height: int) -> dict[str, Any] | None:
    """Draw the map; returns what st_folium returns, or None for no click (also for a
    click made on the layers drawn before the filtered part last changed: its marker may
    be gone)."""
    group = split_map(fmap)
    value = streamlit_folium.st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,  # streamlit-folium's own option, not deprecated
        returned_objects=RETURNED,
        feature_group_to_add=group,
    )
    return fresh_click(value, st.session_state, drawn=layers_digest(group))


def layers_digest(group: FilteredLayers) -> str:
    """What the filtered part drew, as a digest of its scripts (once streamlit-folium has
    rendered it: names are then the same from one run to the next)."""
    digest = hashlib.sha1()

    def walk(element: Any) -> None:
        if isinstance(element, ElementAddToElement):  # names from before they were fixed
            return
        script = element._template.module.__dict__.get("script")
        if script is not None:
            digest.update(str(script(element, {})).encode("utf-8"))
        for child in element._children.values():
            walk(child)

    walk(group)
    return digest.hexdigest()


def fresh_click(
    value: Any, state: MutableMapping[str, Any], *, drawn: str
) -> dict[str, Any] | None:
    """The component's value, or None when it holds no click or a click on what was drawn
    before `drawn` (the digest of the filtered part drawn this run)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("last_object_clicked"), Mapping):
        return None
    click = dict(value)
    memo = state.get(_STATE)
    if not isinstance(memo, dict) or memo.get("drawn") != drawn:
        # The first run that draws this: a click returned now was made on the part drawn
        # before (and on the page's very first run there was none before).
        memo = {"drawn": drawn, "stale": click if isinstance(memo, dict) else None}
        state[_STATE] = memo
    return None if click == memo["stale"] else click
