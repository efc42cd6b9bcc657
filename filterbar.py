"""The analyst's filter in the sidebar, one state for every page.

The map and the Incidents page draw the same widgets. The filter lives in the URL
(`?province=AF30&from=2010-01-01...`, so a link reproduces the view) and in the session,
so switching pages keeps it even when the page's URL carries none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import streamlit as st

from gazetteer.match import Gazetteer
from incidents.filters import QUERY_KEYS, Filters, place_codes
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
                fallback=_gazetteer_code(gaz, "province"),
            )
        )
    if "district" in params:
        resolved["district"] = ",".join(
            place_codes(
                params["district"].split(","),
                gaz.districts(),
                fallback=_gazetteer_code(gaz, "district"),
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


def sidebar_filters(gaz: Gazetteer, claimant_options: Sequence[str]) -> Filters:
    """Widgets seeded from the URL or the session; the chosen filter is remembered."""
    initial = current_filters(gaz)
    provinces = {e.id: e for e in gaz.provinces()}
    st.sidebar.header("Filters")
    chosen_provinces = st.sidebar.multiselect(
        "Province",
        options=list(provinces),
        default=[p for p in initial.provinces if p in provinces],
        format_func=lambda p: f"{provinces[p].name_en} — {provinces[p].name_ar} · {p}",
        help="Type an English or Arabic name, or a P-code.",
        key="f_province",
    )
    district_options = {e.id: e for p in chosen_provinces for e in gaz.districts(p)}
    chosen_districts = st.sidebar.multiselect(
        "District",
        options=list(district_options),
        default=[d for d in initial.districts if d in district_options],
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


def _gazetteer_code(gaz: Gazetteer, level: str) -> Callable[[str], str | None]:
    """The gazetteer's own matcher as a last resort for a typed place name."""

    def find(text: str) -> str | None:
        for candidate in gaz.candidates(text, limit=5):
            if candidate.entry.level == level:
                return candidate.entry.id
        return None

    return find
