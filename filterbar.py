"""The analyst's filter in the sidebar, one state for every page.

The map and the Incidents page draw the same widgets. The filter lives in the URL
(`?province=AF30&from=2010-01-01...`, so a link reproduces the view) and in the session,
so switching pages keeps it even when the page's URL carries none. So does the language
of the sidebar (`?lang=ar`: Arabic labels, right to left; the words are in
`incidents.uitext`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import streamlit as st

from gazetteer.match import Gazetteer
from incidents.filters import QUERY_KEYS, Filters, gazetteer_finder, place_codes
from incidents.records import EVENT_TYPES
from incidents.uitext import Language, claimant_label, event_type_label, parse_language, text

STATE_KEY = "incident_filters"
LANG_KEY = "ui_language"  # the language last chosen in this session
LANG_TOGGLE = "ui_arabic"  # the switch's own state, while a page draws it
# The sidebar read right to left, its labels and text boxes aligned to the right.
RTL_CSS = (
    "<style>section[data-testid='stSidebar'] { direction: rtl; text-align: right; }"
    "section[data-testid='stSidebar'] input { text-align: right; }"
    # Dates are written YYYY-MM-DD, left to right, in either language.
    "section[data-testid='stSidebar'] [data-testid='stDateInputField'] { direction: ltr; }"
    "</style>"
)
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


def current_language() -> Language:
    """The switch's state while it is drawn, else `?lang=` in the URL, else the language
    last chosen in this session, else English."""
    toggled = st.session_state.get(LANG_TOGGLE)
    if isinstance(toggled, bool):
        return "ar" if toggled else "en"
    return (
        parse_language(st.query_params.get("lang"))
        or parse_language(st.session_state.get(LANG_KEY))
        or "en"
    )


def language_switch() -> Language:
    """The Arabic switch at the top of the sidebar; the language is remembered for the
    session and kept in the URL with the filter (`?lang=ar`; English needs none)."""
    if LANG_TOGGLE not in st.session_state:
        st.session_state[LANG_TOGGLE] = current_language() == "ar"
    lang = current_language()
    st.sidebar.toggle(text("language", lang), key=LANG_TOGGLE, help=text("language_help", lang))
    lang = current_language()
    st.session_state[LANG_KEY] = lang
    if lang == "ar":
        st.html(RTL_CSS)
    params = st.query_params.to_dict()
    wanted = {k: v for k, v in params.items() if k != "lang"} | (
        {"lang": "ar"} if lang == "ar" else {}
    )
    if wanted != params:
        st.query_params.from_dict(wanted)
    return lang


def sidebar_filters(gaz: Gazetteer, claimant_options: Sequence[str]) -> Filters:
    """Widgets seeded from the URL or the session; the chosen filter is remembered."""
    initial = current_filters(gaz)
    provinces = {e.id: e for e in gaz.provinces()}
    lang = language_switch()
    st.sidebar.header(text("filters", lang))
    # The select boxes filter on their labels as typed; the finder reads any spelling
    # (Arabic letter forms, Dari, English) through the gazetteer's one normaliser.
    st.sidebar.text_input(
        text("find_place", lang),
        key="f_find",
        placeholder=text("find_place_example", lang),
        on_change=add_found_place,
        args=(gaz,),
    )
    if st.session_state.get("f_find_missed"):
        st.sidebar.caption(text("find_place_missed", lang))
    # When the finder has just set the boxes, their session value stands.
    found = st.session_state.pop("f_found", False)
    chosen_provinces = st.sidebar.multiselect(
        text("province", lang),
        placeholder=text("choose", lang),
        options=list(provinces),
        default=None if found else [p for p in initial.provinces if p in provinces],
        format_func=lambda p: _place_label(provinces[p], lang),
        help=text("province_help", lang),
        key="f_province",
    )
    district_options = {e.id: e for p in chosen_provinces for e in gaz.districts(p)}
    chosen_districts = st.sidebar.multiselect(
        text("district", lang),
        placeholder=text("choose", lang),
        options=list(district_options),
        default=None if found else [d for d in initial.districts if d in district_options],
        format_func=lambda d: _place_label(district_options[d], lang),
        disabled=not chosen_provinces,
        help=text("district_help", lang),
        key="f_district",
    )
    chosen_types = st.sidebar.multiselect(
        text("event_type", lang),
        placeholder=text("choose", lang),
        options=list(EVENT_TYPES),
        default=list(initial.event_types),
        format_func=lambda t: event_type_label(t, lang),
        key="f_type",
    )
    options = [*claimant_options, "unclaimed"]
    chosen_claimants = st.sidebar.multiselect(
        text("claimed_by", lang),
        placeholder=text("choose", lang),
        options=options,
        default=[c for c in initial.claimants if c in options],
        format_func=lambda c: claimant_label(c, lang),
        key="f_claimant",
    )
    left, right = st.sidebar.columns(2)
    date_from = left.date_input(
        text("date_from", lang),
        value=initial.date_from,
        min_value=EARLIEST,
        max_value=date.today(),
        format="YYYY-MM-DD",
        help=text("date_help", lang),
        key="f_from",
    )
    date_to = right.date_input(
        text("date_to", lang),
        value=initial.date_to,
        min_value=EARLIEST,
        max_value=date.today(),
        format="YYYY-MM-DD",
        key="f_to",
    )
    search = st.sidebar.text_input(text("search", lang), value=initial.search, key="f_search")
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


def _place_label(entry: Any, lang: Language) -> str:
    """A province or district in a select box: the reader's language first, then the
    other, then the P-code (the box finds any of the three as typed)."""
    first, second = (
        (entry.name_ar, entry.name_en) if lang == "ar" else (entry.name_en, entry.name_ar)
    )
    return f"{first} — {second} · {entry.id}"
