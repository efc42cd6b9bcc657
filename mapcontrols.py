"""The map page's own controls: what the map draws, and the timeline whose selection
narrows it.

The view (markers, shading) is kept in the URL (`?shade=fatalities&markers=off`) and the
session, like the filter; the timeline selection is a passing look and stays out of both.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from incidents.filters import Filters
from incidents.mapview import EVENT_COLOURS
from incidents.placecounts import Measure
from incidents.timeline import Period, next_period, selected_span, timeline

SHADE_CHOICES = ("off", "incidents", "fatalities")
SHADE_LABELS = {
    "off": "no shading",
    "incidents": "shade by incidents",
    "fatalities": "shade by fatalities",
}
VIEW_KEY = "map_view"
NONCE_KEY = "timeline_nonce"


@dataclass(frozen=True)
class MapView:
    """What the map draws besides the outlines."""

    markers: bool = True
    shade: Measure | None = None


def view_options() -> MapView:
    """Markers on or off and the shading measure, from the URL, else this session."""
    remembered = st.session_state.get(VIEW_KEY, MapView())
    params = st.query_params
    if "v_shade" not in st.session_state:
        shade = params.get("shade", remembered.shade or "off")
        st.session_state["v_shade"] = shade if shade in SHADE_CHOICES else "off"
    if "v_markers" not in st.session_state:
        st.session_state["v_markers"] = (
            params.get("markers") != "off" if "markers" in params else remembered.markers
        )
    left, right = st.columns([1, 4], vertical_alignment="center")
    markers = left.checkbox("Markers", key="v_markers")
    # Provinces are shaded by count; with one province chosen, its districts.
    shade = right.radio(
        "Shading",
        SHADE_CHOICES,
        horizontal=True,
        key="v_shade",
        format_func=SHADE_LABELS.__getitem__,
        label_visibility="collapsed",
    )
    view = MapView(
        markers=bool(markers),
        shade="incidents" if shade == "incidents" else "fatalities" if shade != "off" else None,
    )
    st.session_state[VIEW_KEY] = view
    wanted = {k: v for k, v in params.to_dict().items() if k not in ("shade", "markers")}
    if view.shade:
        wanted["shade"] = view.shade
    if not view.markers:
        wanted["markers"] = "off"
    if wanted != params.to_dict():
        st.query_params.from_dict(wanted)
    return view


def _clear_selection() -> None:
    st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1


def render_timeline(rows: list[dict[str, Any]], *, filters: Filters) -> tuple[date, date] | None:
    """Dated incidents or fatalities per week or month, stacked by event type; returns
    the days a brush over it selects (None without one).

    The chart's key names the filter, so a new filter starts with no selection rather than
    one the redrawn chart no longer shows.
    """
    left, right = st.columns(2)
    measure = left.radio(
        "Timeline of", ["incidents", "fatalities"], horizontal=True, key="tl_measure"
    )
    per = right.radio("Per", ["month", "week"], horizontal=True, key="tl_period")
    period: Period = "week" if per == "week" else "month"
    bars = timeline(rows, period=period)
    if not bars:
        st.caption("No dated incidents to chart.")
        return None
    frame = pd.DataFrame(
        {
            "start": [b.start.isoformat() for b in bars],
            "end": [next_period(b.start, period).isoformat() for b in bars],
            "period": [
                b.start.strftime("%Y-%m") if period == "month" else f"week of {b.start}"
                for b in bars
            ],
            "event type": [b.event_type.replace("_", " ") for b in bars],
            measure: [b.incidents if measure == "incidents" else b.fatalities for b in bars],
        }
    )
    types = [t for t in EVENT_COLOURS if t.replace("_", " ") in set(frame["event type"])]
    brush = alt.selection_interval(encodings=["x"], name="span")
    chart = (
        alt.Chart(frame, height=170)
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            # Each bar spans its period exactly (a week runs Monday to Sunday), on a UTC
            # axis, so the days a brush covers are the same for every analyst's clock.
            x=alt.X(
                "start:T",
                title=f"event date (per {period})",
                scale=alt.Scale(type="utc"),
                axis=alt.Axis(format="%b %Y", labelOverlap=True),
            ),
            x2="end:T",
            y=alt.Y(f"sum({measure}):Q", title=measure, stack="zero"),
            color=alt.Color(
                "event type:N",
                scale=alt.Scale(
                    domain=[t.replace("_", " ") for t in types],
                    range=[EVENT_COLOURS[t] for t in types],
                ),
                legend=None,  # the map's legend gives the same colours
            ),
            opacity=alt.condition(brush, alt.value(1.0), alt.value(0.3)),
            tooltip=["period:N", "event type:N", f"{measure}:Q"],
        )
        .add_params(brush)
    )
    scope = hashlib.sha1(json.dumps(filters.to_query(), sort_keys=True).encode()).hexdigest()
    nonce = st.session_state.get(NONCE_KEY, 0)
    event = st.altair_chart(
        chart,
        width="stretch",
        key=f"timeline-{period}-{measure}-{scope[:10]}-{nonce}",
        on_select="rerun",
        selection_mode=["span"],
    )
    brushed = (event.get("selection") or {}).get("span") or {}
    span = selected_span(brushed.get("start"), period=period)
    if span is not None:
        st.caption(
            f"Drag across the timeline to narrow the map; double-click it to clear. "
            f"Selected: {span[0]} to {span[1]}."
        )
        st.button("Clear the timeline selection", key="tl_clear", on_click=_clear_selection)
    else:
        st.caption("Drag across the timeline to narrow the map to those dates.")
    return span
