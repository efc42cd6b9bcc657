"""The analyst's filter in the sidebar, one state for every page.

The map and the Incidents page draw the same widgets. The filter lives in the URL
(`?province=AF30&from=2010-01-01...`, so a link reproduces the view) and in the session,
so switching pages keeps it even when the page's URL carries none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from gazetteer.match import Gazetteer
from incidents.filters import QUERY_KEYS, Filters, gazetteer_finder, place_codes
from incidents.records import EVENT_TYPES

STATE_KEY = "incident_filters"
# Conflict reporting on Afghanistan in the archive runs 2002-2021; leave room either side.
EARLIEST = date(1990, 1, 1)


def current_filters(gaz: Gazetteer) -> Filters:
    """The URL's filter when it names one, else the filter last chosen in this session.

    Province and district values in a URL may be names (English, or Arabic in either
    letter form) as well as P-codes.
    """
    params = st.query_params.to_dict()
    if not any(key in params for key in QUERY_KEYS):
        remembered = st.session_state.get(STATE_KEY)
        return remembered if isinstance(remembered, Filters) else Filters()
    resolved = dict(params)
    if "province" in params:
        resolved["province"] = ",".join(
            place_codes(
                params["province"].split(","),
                gaz.provinces(),
                find=gazetteer_finder(gaz, "province"),
            )
        )
    if "district" in params:
        resolved["district"] = ",".join(
            place_codes(
                params["district"].split(","),
                gaz.districts(),
                find=gazetteer_finder(gaz, "district"),
            )
        )
    return Filters.from_query(resolved)


def remember(filters: Filters) -> None:
    """Keep the filter for other pages and write it to the URL (other parameters stay)."""
    st.session_state[STATE_KEY] = filters
    params = st.query_params.to_dict()
    wanted = {k: v for k, v in params.items() if k not in QUERY_KEYS} | filters.to_query()
    if wanted != params:
        st.query_params.from_dict(wanted)


def add_found_place(gaz: Gazetteer) -> None:
    """Callback of the place finder: select the province (and district) typed in any
    spelling, before the filter widgets are drawn."""
    found = gaz.find_units(st.session_state.get("f_find", ""), limit=1)
    if not found:
        st.session_state["f_find_missed"] = True
        return
    st.session_state["f_find_missed"] = False
    st.session_state["f_found"] = True
    unit = found[0]
    provinces = list(st.session_state.get("f_province") or [])
    if unit.province_pcode and unit.province_pcode not in provinces:
        st.session_state["f_province"] = [*provinces, unit.province_pcode]
    districts = list(st.session_state.get("f_district") or [])
    if unit.level == "district" and unit.id not in districts:
        st.session_state["f_district"] = [*districts, unit.id]


def sidebar_filters(gaz: Gazetteer, claimant_options: Sequence[str]) -> Filters:
    """Widgets seeded from the URL or the session; the chosen filter is remembered."""
    initial = current_filters(gaz)
    provinces = {e.id: e for e in gaz.provinces()}
    st.sidebar.header("Filters")
    # The select boxes filter on their labels as typed; the finder reads any spelling
    # (Arabic letter forms, Dari, English) through the gazetteer's one normaliser.
    st.sidebar.text_input(
        "Find a province or district",
        key="f_find",
        placeholder="Helmand, Lashkar Gah, فاریاب, هراة …",
        on_change=add_found_place,
        args=(gaz,),
    )
    if st.session_state.get("f_find_missed"):
        st.sidebar.caption("No province or district matches this spelling.")
    # When the finder has just set the boxes, their session value stands.
    found = st.session_state.pop("f_found", False)
    chosen_provinces = st.sidebar.multiselect(
        "Province",
        options=list(provinces),
        default=None if found else [p for p in initial.provinces if p in provinces],
        format_func=lambda p: f"{provinces[p].name_en} — {provinces[p].name_ar} · {p}",
        help="Type an English or Arabic name, or a P-code.",
        key="f_province",
    )
    district_options = {e.id: e for p in chosen_provinces for e in gaz.districts(p)}
    chosen_districts = st.sidebar.multiselect(
        "District",
        options=list(district_options),
        default=None if found else [d for d in initial.districts if d in district_options],
        format_func=lambda d: (
            f"{district_options[d].name_en} — {district_options[d].name_ar} · {d}"
        ),
        disabled=not chosen_provinces,
        help="Choose a province first.",
        key="f_district",
    )
    chosen_types = st.sidebar.multiselect(
        "Event type",
        options=list(EVENT_TYPES),
        default=list(initial.event_types),
        format_func=lambda t: t.replace("_", " "),
        key="f_type",
    )
    options = [*claimant_options, "unclaimed"]
    chosen_claimants = st.sidebar.multiselect(
        "Claimed by",
        options=options,
        default=[c for c in initial.claimants if c in options],
        key="f_claimant",
    )
    left, right = st.sidebar.columns(2)
    date_from = left.date_input(
        "From",
        value=initial.date_from,
        min_value=EARLIEST,
        max_value=date.today(),
        format="YYYY-MM-DD",
        help="Event date. With a range set, undated incidents are left out.",
        key="f_from",
    )
    date_to = right.date_input(
        "To",
        value=initial.date_to,
        min_value=EARLIEST,
        max_value=date.today(),
        format="YYYY-MM-DD",
        key="f_to",
    )
    search = st.sidebar.text_input("Search sentences", value=initial.search, key="f_search")
    filters = Filters.from_query(
        Filters(
            provinces=tuple(chosen_provinces),
            districts=tuple(chosen_districts),
            event_types=tuple(chosen_types),
            claimants=tuple(chosen_claimants),
            search=search.strip(),
            date_from=date_from,
            date_to=date_to,
        ).to_query()
    )
    remember(filters)
    return filters
