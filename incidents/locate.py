"""Where an incident is: place mentions ranked by role, the last place told, anaphora,
the office of a speaker, and how a later sentence narrows the place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final

from gazetteer.match import Entry, Gazetteer
from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import roles
from incidents.background import before_the_event_it_came_after
from incidents.mentions import unit_level
from incidents.numbers import number_at
from incidents.records import Evidence, Location, PlaceMention
from incidents.text import Sentence
from incidents.tokens import Token, punctuation_before
from incidents.words import ARABIC_INDIC


@dataclass(slots=True)
class Context:
    """The last place of each level told so far in the article."""

    province: PlaceMention | None = None
    district: PlaceMention | None = None
    place: PlaceMention | None = None
    provinces: set[str | None] = field(default_factory=set)  # every province told so far
    # The country of the last place told ("AF", "PK", ...): after "في منطقة وزيرستان",
    # a town read loosely as an Afghan name is a coincidence of spelling.
    country: str | None = None

    def turn(self) -> None:
        """The report turns to another matter ("من جهة أخرى"): the places told last are
        no longer where it is; the provinces told so far are still told."""
        self.province = self.district = self.place = None

    def back_to(self, mentions: Iterable[PlaceMention]) -> None:
        """The report goes back to an event told earlier: its places are where the report
        is again, not the ones told last."""
        self.turn()
        self.update(m for m in mentions if m.role == roles.EVENT)

    def update(self, mentions: Iterable[PlaceMention]) -> None:
        """Take in one sentence's places. A sentence that names two provinces ("بإقليم
        هيرات ... فيما قتل جنديان بإقليم غور") and ends on one leaves neither as the one
        the text is about: a later "بالولاية" or a name read loosely is not held to the last
        of them. A district told after them ("... في مديرية سيد آباد") still is."""
        resolved = [m for m in mentions if m.resolved and m.country is not None]
        # the country the text is at: where events are told or officials speak, not a
        # border named to say where a place lies ("قرب الحدود الباكستانية")
        at = [m for m in resolved if m.role in (roles.EVENT, roles.OFFICE)]
        if at:
            self.country = max(at, key=lambda m: m.start).country
        told = [m for m in resolved if m.in_afghanistan]
        for m in told:
            self.provinces.add(m.province_pcode)
            if m.level == "province":
                # ("في مديرية جوره بولاية أورزجان": the province after its own district
                # keeps it; another province's clears it)
                if self.district is not None and self.district.province_pcode != m.province_pcode:
                    self.district = None
                if self.place is not None and self.place.province_pcode != m.province_pcode:
                    self.place = None
                self.province = m
            elif m.level == "district":
                self.district, self.place = m, None
                if self.province is None or self.province.province_pcode != m.province_pcode:
                    self.province = None
            elif m.level == "place":
                self.place = m
        ends_on_a_province = bool(told) and max(told, key=lambda m: m.start).level == "province"
        provinces = {m.province_pcode for m in told if m.level == "province"}
        if ends_on_a_province and len(provinces) > 1:
            self.province = self.district = self.place = None


_RULES: Final = {
    roles.EVENT: "the name told with the event",
    roles.OFFICE: "the office of a speaker names the province",
    roles.ROUTE: "both ends of a road lie in one province",
    roles.ORIGIN: "where things came from, nothing else named",
    "dateline": "an Afghan dateline, nothing else named",
}


def _evidence(m: PlaceMention, how: str, text: str | None) -> Evidence:
    role = m.role if how == "mention" else how
    if how == "mention":
        rule = _RULES.get(m.role, m.role)
        if m.role == roles.EVENT:
            rule = "a name after its unit word" if m.unit else "a known name after a preposition"
    else:
        rule = {
            "anaphora": "an anaphor refers back to the last place of its level",
            "context": "the last place the article told",
            "capital": "the capital of the province named",
            "dateline": _RULES["dateline"],
            "office": _RULES[roles.OFFICE],
            "own_office": "the office of a district's own official narrows the province told",
            "route": _RULES[roles.ROUTE],
            "near": "a town the event lies a short way from, inside its province",
            "bearing": "a provincial town the event is told a bearing from, in its province",
            "elimination": "the other of two provinces its events were told at, the part "
            "told next placed at the first",
        }.get(how, how)
    return Evidence(text=text or m.text, start=m.start, end=m.end, role=role, rule=rule)


def _location(m: PlaceMention, how: str, *, text: str | None = None) -> Location:
    assert m.entry_id is not None
    assert m.level is not None
    return Location(
        text=text or m.text,
        entry_id=m.entry_id,
        name_ar=m.name_ar or "",
        name_en=m.name_en or "",
        level=m.level,
        province_pcode=m.province_pcode,
        district_pcode=m.district_pcode,
        lat=m.lat or 0.0,
        lon=m.lon or 0.0,
        score=m.score or 0.0,
        how=how,
        evidence=_evidence(m, how, text),
    )


def by_elimination(m: PlaceMention) -> Location:
    """The place of an event that is the other of two told at `m` and at another place,
    the other one's part told there."""
    return _location(m, "elimination")


def _entry_location(
    entry_id: str, m: PlaceMention, how: str, *, gazetteer: Gazetteer
) -> Location | None:
    """A location on a gazetteer entry other than the mention's own (a capital, a province)."""
    entry = gazetteer.get(entry_id)
    return None if entry is None else _on_entry(_location(m, how), entry)


def _on_entry(loc: Location, entry: Entry) -> Location:
    """The location moved onto another gazetteer entry, its text and evidence kept."""
    return replace(
        loc,
        entry_id=entry.id,
        name_ar=entry.name_ar,
        name_en=entry.name_en,
        level=entry.level,
        province_pcode=entry.province_pcode,
        district_pcode=entry.district_pcode,
        lat=entry.lat,
        lon=entry.lon,
    )


_PRECISION: Final = {"place": 0, "district": 1, "province": 2}


# Roles whose places can be where the event is; the rest (reference points, persons)
# never place an incident.
_PLACING: Final = (roles.EVENT, roles.ORIGIN, roles.OFFICE, roles.ROUTE)


def _office_location(offices: list[PlaceMention], *, gazetteer: Gazetteer) -> Location | None:
    """The province of a speaker's office; the district when a district's own official
    speaks ("حاكم منطقة خانشين"), as officials speak of their own district."""
    first = offices[0]
    # told with its unit word: a town where a speaker held a press conference ("في مؤتمر
    # صحافي في ميهتارلام") is his seat, not his district
    district = next((o for o in offices if o.level == "district" and o.unit), None)
    if district is not None and district.province_pcode == first.province_pcode:
        return _entry_location(
            district.district_pcode or "", district, "office", gazetteer=gazetteer
        )
    return _entry_location(first.province_pcode or "", first, "office", gazetteer=gazetteer)


def choose_location(
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: Context,
    capital_of: set[str],
) -> Location | None:
    """The most precise Afghan place the sentence tells the event at, ranked by role.

    A place named with the event wins; where there is none, the province of a speaker's
    office; then a place things came from or went to ("في طريقهم إلى ولاية لوغار"); then
    the province of a road whose two ends lie in it. A reference point ("شمال مدينة
    قندهار") or a person's name never places it.
    """
    afghan = [m for m in mentions if m.resolved and m.in_afghanistan and m.role in _PLACING]
    if not afghan:
        return None
    if len({m.province_pcode for m in afghan if m.role == roles.EVENT}) >= _A_LIST:
        # "شملت ولايات بغلان وقندهار ونمروز وزابل": events across a list of provinces,
        # none of which is the one place of the event
        return None
    # (where they came from does not place an event told abroad: "دخلوا الأراضي الإيرانية
    # من ولاية نيمروز")
    abroad = any(m.resolved and not m.in_afghanistan and m.role == roles.EVENT for m in mentions)
    offices = [m for m in afghan if m.role == roles.OFFICE]
    events = [m for m in afghan if m.role == roles.EVENT] or _one_ends_province(
        [m for m in afghan if m.role == roles.ORIGIN and not abroad and not offices]
    )
    if not events:
        if offices:
            return _office_location(offices, gazetteer=gazetteer)
        # (a crossing that links a province abroad and an Afghan one lies in neither)
        ends = [m for m in mentions if m.resolved and m.role == roles.ROUTE]
        if (
            ends
            and all(m.in_afghanistan for m in ends)
            and len({m.province_pcode for m in ends}) == 1
        ):
            return _entry_location(
                ends[0].province_pcode or "", ends[0], "route", gazetteer=gazetteer
            )
        return None
    # The province the sentence is about: one named with its unit word ("بولاية غزني"), else
    # the one in context; a bare province name may just be the end of a road.
    named = [m for m in afghan if m.role in (roles.EVENT, roles.ORIGIN, roles.OFFICE)]
    provinces = {m.province_pcode for m in named if m.level == "province" and m.unit}
    told = set(provinces)
    if not provinces and context.province:
        provinces = {context.province.province_pcode}
    if not provinces:
        provinces = {m.province_pcode for m in events if m.level == "province"}
    # "مركز ولاية غزني": the provincial capital, which OCHA numbers 01 in each province.
    # It ranks after a district named outright ("مديرية سيد آباد ... قرب العاصمة كابول").
    capitals = [
        loc
        for m in events
        if m.level == "province" and m.entry_id in capital_of
        for loc in [_entry_location(f"{m.province_pcode}01", m, "capital", gazetteer=gazetteer)]
        if loc is not None
    ]

    def rank(m: PlaceMention) -> tuple[int, int, int, int]:
        consistent = not provinces or m.province_pcode in provinces
        # A village whose name also exists elsewhere only counts inside the named province;
        # a name brought in by its unit word ("بمديرية زرمت") is what the sentence is about,
        # a bare town of the same rank may be the end of a road.
        explicit = 0 if m.unit else 1
        # Of two places as precise, the first named is the lead event's ("اغتيال رئيس بلدية
        # ... في ولاية هيرات، وكذلك ... في ولاية قندهار"), however sure each reading is.
        return (0 if consistent else 1, _PRECISION.get(m.level or "", 3), explicit, m.start)

    best = min(events, key=rank)
    if provinces and best.province_pcode not in provinces and not _told_outright(best, named):
        # an office in the province of context only ("قائد شرطة كابول" among the dead) does
        # not outweigh the place the sentence tells the event at ("في جامع قندهار")
        fallback = [
            m for m in afghan if m.province_pcode in provinces and (told or m.role != roles.OFFICE)
        ]
        if fallback:
            best = min(fallback, key=rank)
            if best.role == roles.OFFICE:
                offices = [m for m in fallback if m.role == roles.OFFICE]
                return _office_location(offices, gazetteer=gazetteer)
    # a capital outside the province the sentence is about ("قتلوا في إقليم قندز ... في
    # أحدث هجوم في العاصمة الأفغانية كابل") does not place it
    capitals = [c for c in capitals if not told or c.province_pcode in told]
    if capitals and rank(best)[1] >= _PRECISION["province"]:
        return capitals[0]
    if best.level == "place" and best.method in _LOOSE:
        # "قال حاكم مديرية أدراسكان إن غارات على قرية خام زيارات قتلت 12 شخصا": a village
        # read loosely, whose reading lies in another district of the province than the one
        # its own official speaks for, is that official's village
        own = _own_district_offices(afghan, best.province_pcode)
        if len(own) == 1 and best.district_pcode not in own:
            return _location(next(iter(own.values())), "own_office")
    if best.level == "province":
        # "خطفوا التاجر من مديرية خاش رود بولاية نيمروز": a district things were taken from,
        # inside the province told, narrows it.
        inside = [
            m
            for m in afghan
            if m.role == roles.ORIGIN
            and m.level == "district"
            and m.province_pcode == best.province_pcode
        ]
        if inside:
            return _location(inside[0], "mention")
        # "قتل مسلحون قائد شرطة مديرية شيندند في ولاية هرات": the office of a district's own
        # official, inside the province told, narrows it, as officials speak of their own
        # district; two such districts leave the province.
        own = _own_district_offices(afghan, best.province_pcode)
        if len(own) == 1:
            return _location(next(iter(own.values())), "own_office")
        if _the_capital_city(best):
            # The press's bare "كابول" is the capital; "ولاية كابول" is the province.
            city = _entry_location(f"{_NATIONAL_CAPITAL}01", best, "capital", gazetteer=gazetteer)
            if city is not None:
                return city
    return _location(best, "mention")


_NATIONAL_CAPITAL: Final = "AF01"


def _the_capital_city(m: PlaceMention) -> bool:
    """Whether the mention is the press's bare "كابول": the city ("ولاية كابول" is the
    province)."""
    return m.province_pcode == _NATIONAL_CAPITAL and m.level == "province" and m.unit is None


_LOOSE: Final = frozenset({"skeleton", "fuzzy"})  # readings of a name that are not its spelling


def _own_district_offices(
    afghan: list[PlaceMention], province: str | None
) -> dict[str | None, PlaceMention]:
    """The districts of the province whose own officials speak: "قائد شرطة مديرية شيندند",
    "قائد شرطة منطقة قيصر" (the press's word for a district too); not the city the province
    is ruled from ("مسؤول في بلدية قندهار" sits where the province's officials sit)."""
    return {
        m.district_pcode: m
        for m in afghan
        if m.role == roles.OFFICE
        and m.level == "district"
        and (
            m.unit == "district"
            or (m.unit == "place" and m.district_pcode != f"{m.province_pcode}01")
        )
        and m.province_pcode == province
    }


def _one_ends_province(ends: list[PlaceMention]) -> list[PlaceMention]:
    """Where people came from or went to, when it is one province ("في طريقهم إلى ولاية
    لوغار"); the two ends of a trip across provinces ("حافلة كانت تقلهم من قندهار إلى
    العاصمة كابول") place nothing: the event lies somewhere between them."""
    return ends if len({m.province_pcode for m in ends}) == 1 else []


# Provinces named as event places in one sentence that make a list, not a place.
_A_LIST: Final = 3


def _told_outright(best: PlaceMention, named: list[PlaceMention]) -> bool:
    """A district named with the event, known in one province only, against a province
    that only a speaker's office names: "قال قائد شرطة ولاية هلمند إن مسلحين هاجموا
    حاجزا في مديرية دلارام" is in Delaram (Nimroz); a regional commander speaks of the
    provinces around his seat. The event is where the sentence tells it. A village ("قرية
    قلعة نو") that shares a district's name elsewhere is read in the speaker's province."""
    return (
        (
            (best.level == "district" and best.unit in (None, "district"))
            # "اغتالوا رئيس محكمة استئناف ولاية بكتيا ... في كابول": a province (or the
            # capital) named bare with the event, the judge's post in another
            or (best.level == "province" and best.unit is None)
        )  # ("قرية قلعة نو" is a village of that name)
        and not best.ambiguous
        # (a province another place is told in, or one a person hails from, "وينتمي إلى
        # عرقية البشتون من ولاية ميدان وردك", who is no event place)
        and not any(
            m.level == "province" and m.unit and m.role not in (roles.OFFICE, roles.ORIGIN)
            for m in named
        )
    )


def told_in_anaphor(tokens: list[Token]) -> str | None:
    """The level of a place the event is told in by anaphor ("في الولاية", "بالإقليم"),
    not one named in passing ("حاكم الولاية"), or None."""
    told = _anaphor_told_in(tokens)
    return None if told is None else told[1]


def _anaphor_told_in(tokens: list[Token]) -> tuple[int, str] | None:
    """Where the first anaphor the event is told in stands, and its level."""
    for k, tok in enumerate(tokens):
        # "في هذه الولاية", "بتلك المديرية": a demonstrative may stand before the unit
        at = k - 1 if k > 0 and tokens[k - 1].key in lx.DEMONSTRATIVES else k
        for form in tok.bare:
            if form in lx.ANAPHORA and (
                (tok.key.startswith("بال") and at == k)
                or (at > 0 and tokens[at - 1].key in lx.IN_ANY)
                or (at < k and tokens[at].key.startswith("ب"))
            ):
                return k, lx.ANAPHORA[form]
    return None


def _the_province_named_before_its_anaphor(
    tokens: list[Token], placed: list[PlaceMention], *, gazetteer: Gazetteer
) -> Location | None:
    """ "قتلوا الحاكم السابق لإقليم غزني ... في هذا الإقليم": the event told in "the
    province", which the sentence itself named before, in whatever role (a title, a
    reference point): that province, when it named one only."""
    told = _anaphor_told_in(tokens)
    if told is None or told[1] != "province":
        return None
    before = [
        m
        for m in placed
        if m.resolved and m.in_afghanistan and m.province_pcode and m.end <= tokens[told[0]].start
    ]
    if len({m.province_pcode for m in before}) != 1:
        return None
    return _entry_location(
        before[-1].province_pcode or "", before[-1], "anaphora", gazetteer=gazetteer
    )


def anaphora_level(tokens: list[Token]) -> str | None:
    """The level of a place referred back to ("بتلك المديرية" -> district), or None."""
    for tok in tokens:
        for form in tok.bare:
            if form in lx.ANAPHORA:
                return lx.ANAPHORA[form]
    return None


def _from_context(
    context: Context, level: str | None, how: str, text: str, *, gazetteer: Gazetteer
) -> Location | None:
    order = {
        "district": [context.district, context.province],
        "province": [context.province],
        "place": [context.place, context.district, context.province],
        None: [context.place, context.district, context.province],
    }[level]
    for m in order:
        if m is None:
            continue
        if level is None and m.level == "province" and _the_capital_city(m):
            # "وتعرضت مواقع حكومية في كابول لهجمات", then an attack told with no place: the press's
            # bare "كابول" is the city, as where it was told
            city = _entry_location(f"{_NATIONAL_CAPITAL}01", m, how, gazetteer=gazetteer)
            if city is not None:
                return replace(city, text=text or city.text)
        return _location(m, how, text=text)
    # "قائد شرطة الولاية" after only districts of one province were told ("مدينة
    # قندهار", "إقليم بانجواي"): the province they lie in
    told = context.district or context.place
    if level == "province" and told is not None and told.province_pcode:
        found = _entry_location(told.province_pcode, told, how, gazetteer=gazetteer)
        if found is not None:
            return replace(found, text=text or found.text)
    return None


def _listed_after_a_plural_unit(tokens: list[Token], placed: list[PlaceMention]) -> bool:
    """Whether the one province the event is placed at that the gazetteer knows is named a
    few words after a plural word for provinces, among names it does not know ("في مقاطعات
    X وقندوز وY", X and Y misspelt): one of a list. (A list it knows whole is several provinces
    named; "مقاطعات ولاية هلمند" are the province's districts; "الولايات المتحدة" no list.)"""
    starts = {
        m.start
        for m in placed
        if m.role == roles.EVENT and m.resolved and m.in_afghanistan and m.level == "province"
    }
    known = {m.start for m in placed if m.resolved and m.level == "province"}
    for k, tok in enumerate(tokens[:-1]):
        if (
            _PROVINCES.isdisjoint(tok.bare)
            or tokens[k + 1].key in _UNITED
            or unit_level(tokens[k + 1]) is not None
        ):
            continue
        listed = [t.start for t in tokens[k + 1 : k + 1 + _LISTED_REACH] if t.start in known]
        if len(listed) == 1 and listed[0] in starts:
            return True
    return False


_PROVINCES: Final = frozenset(
    normalize(w) for w in ("ولايات", "مقاطعات", "أقاليم", "اقاليم", "محافظات")
)
_LISTED_REACH: Final = 5  # "مقاطعات | جوزان | وقندوز": the first names, misspelt or not
_UNITED: Final = frozenset(normalize(w) for w in ("المتحدة", "المتحده", "متحدة"))


def _several_provinces_named(placed: list[PlaceMention]) -> bool:
    """Whether the sentence tells its event at two Afghan provinces or more."""
    return (
        len(
            {
                m.province_pcode
                for m in placed
                if m.role == roles.EVENT and m.resolved and m.in_afghanistan
            }
        )
        > 1
    )


def locate(
    sentence: Sentence,
    tokens: list[Token],
    placed: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: Context,
    dateline_place: PlaceMention | None,
    text: str,
    region: frozenset[str] | None = None,
    another_matter: bool = False,
    one_of_a_list: bool = False,
) -> Location | None:
    """Where a new incident is: its own places, else an anaphor or the context, else an
    Afghan dateline when the text places it nowhere; `region`: the provinces of the part
    of the country the sentence names, if any (`region_told`). A sentence that turns to
    another matter ("وعلى صعيد آخر") takes no place from the context. `one_of_a_list`: the
    caller places each place of a list apart ("سيطرت على عواصم ولايات ...")."""
    # Where things came from is where the event is only when nothing else is named.
    # "في مقاطعات X وقندوز وY": provinces listed after their plural unit word are
    # several places, however few of them the gazetteer knows
    listed = not one_of_a_list and _listed_after_a_plural_unit(tokens, placed)
    loc = (
        None
        if listed
        else choose_location(
            _first_of_the_tolls(tokens, placed),
            gazetteer=gazetteer,
            context=context,
            capital_of=_capitals(tokens, placed, text, gazetteer=gazetteer),
        )
    )
    if loc is None and not listed:
        loc = _the_province_named_before_its_anaphor(tokens, placed, gazetteer=gazetteer)
    if loc is None:
        level = anaphora_level(tokens)
        # Without an anaphor, the last place told is where the event is only when the
        # article has told one province so far, or told it in this paragraph: a round-up
        # moves between provinces, a paragraph keeps to one.
        # A sentence that names events at several provinces of its own ("سيطرت على
        # عواصم ولايات باكتيكا وبكتيا وكونار") is placed at none of them, nor elsewhere.
        # Nor is one that names a province of its own the gazetteer does not know ("في إقليم
        # جاوزان", misspelt) placed at the last one told.
        if (
            not _several_provinces_named(placed)
            and not listed
            and not _an_unknown_province(placed)
            and not _came_from_another_province(placed, context)
            and (
                level is not None
                or (
                    not another_matter
                    # "أعلن الحلف أن جنديا له قتل بنيران مسلحين جنوبي البلاد": a
                    # sentence that places its event in a part of the country only says no
                    # more of where it was, whatever province the text told before
                    and region is None
                    # (a paragraph opened by "في باكستان" tells a killing in a Pakistani
                    # town, then a toll with no place: the text is abroad now, and the
                    # Afghan place told before it is not where the next event is)
                    and context.country in (None, "AF")
                    and (len(context.provinces) == 1 or _same_paragraph(context, sentence, text))
                )
            )
        ):
            loc = _from_context(
                context,
                level,
                "anaphora" if level else "context",
                _anaphor_text(sentence, tokens) or "",
                gazetteer=gazetteer,
            )
    if loc is None:
        loc = _near_a_town(tokens, placed, gazetteer=gazetteer)
    if (
        loc is None
        and dateline_place is not None
        and dateline_place.in_afghanistan
        # "قندهار (رويترز): قتل ... في اقليم هلمند ...", then "في جنوب افغانستان": once the
        # article has told events at another province, the dateline is where the wire
        # wrote from, not where the events were
        and context.provinces <= {dateline_place.province_pcode, None}
        # nor does it place a sentence that names other provinces and chose none of them:
        # "استولى مقاتلو الحركة على قندوز ... ثم سيطروا على ساري بول وتالقان"
        and all(
            m.province_pcode in (dateline_place.province_pcode, None)
            for m in placed
            if m.resolved and m.in_afghanistan and m.role == roles.EVENT
        )
        # nor a toll of the forces' operations in the plural: "قتل 25 متمردا خلال عمليات
        # أمنية" is a campaign's count over the country, not an event where the wire wrote
        and not _operations_in_the_plural(tokens)
        # nor an event on the country's border told from the capital, whose province has
        # no border with a neighbour: "كابول: ... قتل جندي في اشتباك على الحدود مع باكستان"
        and not (dateline_place.province_pcode == roles.KABUL_PROVINCE and _on_the_border(tokens))
    ):
        loc = _location(dateline_place, "dateline")
    loc = near_the_capital(loc, tokens, gazetteer=gazetteer)
    return within_region(in_the_capital(loc, tokens, gazetteer=gazetteer), region)


def _on_the_border(tokens: list[Token]) -> bool:
    """Whether the words tell the country's border as a place: a word of where, "الحدود"
    and a neighbour's adjective or name within a few words after it ("على الحدود
    الباكستانية", "قرب الحدود مع إيران")."""
    for k, t in enumerate(tokens):
        if t.key not in lx.BORDER or k == 0 or tokens[k - 1].key not in _AT_THE_BORDER:
            # ("شرطة الحدود الأفغانية الباكستانية": the border police, no place)
            continue
        for u in tokens[k + 1 : k + 1 + _NEIGHBOUR_AFTER_BORDER]:
            if any(f in lx.NEIGHBOURS for f in u.bare) or any(
                u.key.startswith(normalize(adjective)[:-1])
                for _, adjective in lx.NEIGHBOURS.values()
            ):
                return True
    return False


_AT_THE_BORDER: Final = frozenset(
    normalize(w) for w in ("على", "عند", "قرب", "طول", "من", "بمحاذاة", "امتداد", "عبر")
)
_NEIGHBOUR_AFTER_BORDER: Final = 3  # "الحدود مع باكستان", "الحدود الباكستانية-الافغانية"


def _first_of_the_tolls(tokens: list[Token], placed: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a toll told province by province, each with a count of its own ("قتل 20
    مسلحا في ولاية غزني، وستة في ولاية زابل، وثلاثة في هلمند"), but the first: the event
    the sentence tells first is there, the rest are others'. Any other sentence keeps all
    its places."""
    events = sorted(
        (m for m in placed if m.role == roles.EVENT and m.resolved and m.in_afghanistan),
        key=lambda m: m.start,
    )
    firsts: dict[str | None, PlaceMention] = {}
    for m in events:
        firsts.setdefault(m.province_pcode, m)
    if len(firsts) < 2 or None in firsts:
        return placed
    words = [t.text for t in tokens]
    bound = 0  # each count lies after the province told before it
    for m in firsts.values():
        at = next((k for k, t in enumerate(tokens) if t.start >= m.start), len(tokens))
        opens = range(bound if bound == 0 else max(bound, at - _TOLL_REACH), at)
        if not any(number_at(words, j) is not None for j in opens):
            return placed
        bound = at + 1
    first = next(iter(firsts.values())).province_pcode
    return [m for m in placed if m not in events or m.province_pcode == first]


# Words from a province's own count to its name: "وستة مسلحين في ولاية زابل".
_TOLL_REACH: Final = 4


def _operations_in_the_plural(tokens: list[Token]) -> bool:
    """Whether the forces' operations are named in the plural ("عمليات أمنية", "العمليات
    العسكرية", "بعمليات مشتركة")."""
    return any(
        not _OPERATIONS.isdisjoint(a.bare) and not _OF_FORCES.isdisjoint(b.bare)
        for a, b in pairwise(tokens)
    )


_OPERATIONS: Final = frozenset(normalize(w) for w in ("عمليات", "العمليات"))
_OF_FORCES: Final = lx.OPERATION_KINDS | frozenset((normalize("لمكافحة"),))


def _came_from_another_province(placed: list[PlaceMention], context: Context) -> bool:
    """Whether the sentence tells where the people came from in a province the article has
    not told ("وهم في طريقهم من مديرية سنجارك بولاية سربل إلى شبرغان"): the event lies
    on their way, not at the last place told. (A road's ends may lie far from the province
    it runs through: a road "بين هرات وقندهار" passes through Farah and Helmand.)"""
    return any(
        m.role == roles.ORIGIN
        and m.resolved
        and m.in_afghanistan
        and m.province_pcode not in context.provinces
        for m in placed
    )


def _an_unknown_province(placed: list[PlaceMention]) -> bool:
    """Whether an event place is named after a province's unit word and the gazetteer
    knows no such province."""
    return any(m.role == roles.EVENT and not m.resolved and m.unit == "province" for m in placed)


def _near_a_town(
    tokens: list[Token], placed: list[PlaceMention], *, gazetteer: Gazetteer
) -> Location | None:
    """The province of a town the event is told a short way from ("على بعد 20 كيلومترا
    جنوب غربي مدينة قندهار"), when the sentence names no place of its own: within
    `_NEAR_KM` of a town, the event lies in its province; further out it may lie in the
    next one, and stays unplaced."""
    for m in placed:
        if m.role != roles.REFERENCE or not m.resolved or not m.in_afghanistan:
            continue
        before = [t for t in tokens if t.end <= m.start][-_DISTANCE_REACH:]
        words = [t.text for t in before]
        for k in range(len(before) - 1):
            count = number_at(words, k)
            if (
                count is not None
                and count.value is not None
                and count.value <= _NEAR_KM
                and before[count.last + 1].key in lx.KILOMETRES
                and any(f in lx.AWAY for t in before[:k] for f in t.bare)
                and m.province_pcode
            ):
                return _entry_location(m.province_pcode, m, "near", gazetteer=gazetteer)
    return _by_a_town(tokens, placed, gazetteer=gazetteer)


def _by_a_town(
    tokens: list[Token], placed: list[PlaceMention], *, gazetteer: Gazetteer
) -> Location | None:
    """The province of a provincial town the event is told a bearing from, with no
    distance: "انفجار عبوة ناسفة غربي قندهار" lies near the town, in its province. Not
    Kabul's: its province is small, and "north of Kabul" is as often Parwan or Kapisa."""
    for m in placed:
        if (
            m.role != roles.REFERENCE
            or not m.resolved
            or not m.in_afghanistan
            or m.province_pcode in (None, roles.KABUL_PROVINCE)
            or m.level not in ("province", "district")
        ):
            continue
        before = [t for t in tokens if t.end <= m.start][-_BEARING_REACH:]
        if before and before[-1].key in _TOWN_WORDS:
            before = before[:-1]  # "جنوب غربي مدينة قندهار"
        if not before or before[-1].key not in roles.DIRECTIONS:
            continue
        if any(f in lx.AWAY or f in lx.KILOMETRES for t in before for f in t.bare):
            continue  # a distance told: `_near_a_town` reads it
        return _entry_location(m.province_pcode, m, "bearing", gazetteer=gazetteer)
    return None


_BEARING_REACH: Final = 6
_TOWN_WORDS: Final = frozenset(normalize(w) for w in ("مدينة", "بلدة", "المدينة"))
_NEAR_KM: Final = 25
# Words from "على بعد" to the town's name: "على بعد 20 كيلومترا جنوب غربي مدينة".
_DISTANCE_REACH: Final = 8


def near_the_capital(
    location: Location | None, tokens: list[Token], *, gazetteer: Gazetteer
) -> Location | None:
    """ "في انفجار بجنوب أفغانستان بالقرب من كابول": near the capital lies as often in Logar,
    Wardak, Parwan or Kapisa as in Kabul province, which is small. The event is placed on
    the province, as weakly as near a town, and a place told after it places it."""
    if (
        location is None
        or location.province_pcode != _NATIONAL_CAPITAL
        or location.how not in ("mention", "capital")
        or location.evidence is None
    ):
        return location
    before = [t for t in tokens if t.end <= location.evidence.start]
    while before and (before[-1].key in lx.THE_CAPITAL or before[-1].key in lx.AFGHAN):
        before.pop()  # "بالقرب من العاصمة الأفغانية كابول"
    if before and before[-1].key in lx.OF:
        before.pop()
    if not before or before[-1].key not in lx.NEAR:
        return location
    entry = gazetteer.get(_NATIONAL_CAPITAL)
    if entry is None:
        return location
    evidence = replace(location.evidence, rule=_NEAR_THE_CAPITAL)
    return _on_entry(replace(location, how="near", evidence=evidence), entry)


_NEAR_THE_CAPITAL: Final = "near the capital: its province, as weakly as near a town"


def in_the_capital(
    location: Location | None, tokens: list[Token], *, gazetteer: Gazetteer
) -> Location | None:
    """A province-level location moved to the province's capital when the sentence says
    the event was there ("لقي ثمانية أشخاص حتفهم في هجوم انتحاري في عاصمة الإقليم")."""
    if location is None or location.level != "province":
        return location
    # (not the capital of another event it came days after: "... بعد أسبوع من هجوم
    # انتحاري على مبنى حاكم الولاية المجاورة")
    tokens = before_the_event_it_came_after(tokens)
    if not (
        _in_the_provincial_capital(tokens)
        # "قرب سوق في شرق العاصمة" told of Kabul: the capital is the city
        or (location.province_pcode == roles.KABUL_PROVINCE and _in_the_capital_bare(tokens))
    ):
        return location
    return _capital_location(location, gazetteer=gazetteer) or location


def _in_the_capital_bare(tokens: list[Token]) -> bool:
    """Whether the sentence tells the event in "العاصمة", named by no other country's
    adjective ("بغرب العاصمة", "في العاصمة"; not "العاصمة الباكستانية")."""
    return any(
        tok.key in lx.THE_CAPITAL
        and k > 0
        and (tokens[k - 1].key in _IN or not roles.DIRECTIONS.isdisjoint(tokens[k - 1].bare))
        and not (k + 1 < len(tokens) and tokens[k + 1].key in _OTHER_CAPITALS)
        for k, tok in enumerate(tokens)
    )


_OTHER_CAPITALS: Final = frozenset(
    normalize(w) for w in ("الباكستانية", "الإيرانية", "إسلام", "اسلام", "طهران", "الهندية")
)


def _in_the_provincial_capital(tokens: list[Token]) -> bool:
    """Whether the sentence tells "في عاصمة الإقليم" / "بمركز الولاية" (the capital of the
    province named by anaphor), or "في المدينة" / "بالمدينة" with no town named: in a
    province's story the city is its capital ("اقتحام السجن المركزي في المدينة")."""
    for k, tok in enumerate(tokens):
        if (
            k + 1 < len(tokens)
            and any(f in lx.CAPITAL_WORDS for f in tok.bare)
            and lx.ANAPHORA.get(tokens[k + 1].key) == "province"
            # ("نقلت جثث القتلى إلى عاصمة الولاية": where the dead were taken)
            and not roles.taken_to(tokens[:k])
        ):
            return True
        if tok.key == _THE_CITY and k and tokens[k - 1].key in _IN:
            return True
        # "قرب منطقة الشرطة التاسعة بالمدينة"; not "مسؤولين بالمدينة" (the city's officials)
        if tok.key == _IN_THE_CITY and k and not _ITS_PEOPLE.intersection(tokens[k - 1].bare):
            return True
        if tok.key in _CITY_DISTRICTS and _numbered(tokens, k + 1):
            return True
        # "في الهجوم الذي وقع داخل مقر الحاكم", "استهدف مقر حاكم ولاية باروان": the
        # governor's compound, in the town the province is ruled from
        # ("داخل مكتب الحاكم" too, but not "أفاد مكتب الحاكم", the office that speaks;
        # nor "مقر حاكم المديرية", a district governor's)
        if (
            k + 1 < len(tokens)
            and (
                not _SEATS.isdisjoint(tok.bare)
                or (tok.key in _OFFICES and _inside_or_struck(tokens, k))
            )
            and tokens[k + 1].key in _THE_GOVERNOR
            and (k + 2 >= len(tokens) or not _below_a_province(tokens[k + 2]))
            and not _a_district_governors_own(tokens[k + 1], tokens)
        ):
            return True
    return False


def _a_district_governors_own(governor: Token, tokens: list[Token]) -> bool:
    """Whether the governor whose site is named is "الحاكم" told before, and the words name
    a district's governor ("قتل حاكم منطقة ... في هجوم على مقر الحاكم"): the district
    governor's own compound, not the provincial capital."""
    return governor.key == _THE_GOVERNOR_TOLD and any(
        tok.key in _THE_GOVERNOR and _below_a_province(nxt) for tok, nxt in pairwise(tokens)
    )


def _inside_or_struck(tokens: list[Token], k: int) -> bool:
    """Whether the office at k is told inside ("داخل مكتب") or struck ("استهدف مكتب"), a
    day between the verb and it told ("استهدف الاثنين مكتب حاكم الولاية")."""
    before = k - 1
    if before > 0 and tokens[before].key in lx.NOW_WORDS:
        before -= 1
    return before >= 0 and tokens[before].key in _INSIDE


def _below_a_province(token: Token) -> bool:
    """A unit word of a district or a smaller unit, named or told again ("مديرية",
    "المديرية")."""
    level = unit_level(token) or lx.ANAPHORA.get(token.key)
    return level is not None and level not in ("province", "any")


_SEATS: Final = frozenset(normalize(w) for w in ("مقر", "مجمع", "مبنى", "دار"))
_OFFICES: Final = frozenset(normalize(w) for w in ("مكتب", "مكاتب"))
# (not "أمام مكتب حاكم الولاية", where mourners carried the dead after the event)
_INSIDE: Final = frozenset(normalize(w) for w in ("داخل", "في", "استهدف", "استهدفت"))
_THE_GOVERNOR_TOLD: Final = normalize("الحاكم")  # the governor told before
_THE_GOVERNOR: Final = frozenset(
    normalize(w) for w in ("الحاكم", "حاكم", "المحافظ", "محافظ", "الوالي", "والي")
)


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether a city district's number stands at k: "المنطقة 6", "المنطقة ال4", "الدائرة
    الـ16", "الناحية الأمنية الرابعة", "منطقة الشرطة التاسعة" (a police district)."""
    while k < len(tokens) and tokens[k].key in _DISTRICT_KINDS:
        k += 1
    if k < len(tokens) and tokens[k].key in lx.THE_ALONE:
        k += 1  # "ال4", "الـ16": the article written apart from the figure
    if k >= len(tokens):
        return False
    digits = tokens[k].text.translate(ARABIC_INDIC)
    if digits.isdigit():
        return 1 <= int(digits) <= _MOST_CITY_DISTRICTS
    return tokens[k].key in _ORDINAL_DISTRICTS


# The numbered districts of a city ("nahia", police districts): Kabul has 22, the others
# fewer. A numbered district is a part of a provincial capital.
_CITY_DISTRICTS: Final = frozenset(
    normalize(w)
    for w in ("المنطقة", "منطقة", "بالمنطقة", "الدائرة", "دائرة", "بالدائرة", "الناحية", "ناحية")
)
_DISTRICT_KINDS: Final = frozenset(normalize(w) for w in ("الأمنية", "الشرطة", "الإدارية", "رقم"))
_ORDINAL_DISTRICTS: Final = frozenset(
    normalize(w)
    for w in (
        *("الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة"),
        *("التاسعة", "العاشرة"),
    )
)
_MOST_CITY_DISTRICTS: Final = 22


_THE_CITY: Final = normalize("المدينة")
_IN_THE_CITY: Final = normalize("بالمدينة")
# People told as the city's own: its officials, residents, sources.
_ITS_PEOPLE: Final = frozenset(lx.PEOPLE) | frozenset(
    normalize(w) for w in ("مسؤولون", "مسئولون", "مصادر", "شهود", "أهالي", "سكان")
)
_IN: Final = frozenset(normalize(w) for w in ("في", "داخل", "وسط"))


def _capital_location(loc: Location, *, gazetteer: Gazetteer) -> Location | None:
    """The capital district of a province-level location (OCHA numbers it 01), with the
    location's evidence."""
    entry = gazetteer.get(f"{loc.province_pcode}01")
    if entry is None:
        return None
    evidence = loc.evidence and replace(loc.evidence, rule="the capital of the province named")
    return _on_entry(replace(loc, how="capital", evidence=evidence), entry)


def within_region(loc: Location | None, region: frozenset[str] | None) -> Location | None:
    """A placement taken from elsewhere (the last place told, the wire's city, the
    headline), unless it lies outside the part of the country the sentence names: "مقتل
    جندي في انفجار بجنوب أفغانستان" is not in Kabul for a Kabul dateline."""
    if loc is None or loc.how not in _FROM_ELSEWHERE:
        return loc
    return None if region and loc.province_pcode not in region else loc


# Placements taken from outside the sentence, which a region it names can overrule.
_FROM_ELSEWHERE: Final = frozenset({"context", "anaphora", "dateline", "headline"})


# Provinces the press puts in each part of the country, generously (a border province
# belongs to both parts it touches). OCHA 2018 P-codes.
def _codes(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


_REGIONS: Final[dict[str, frozenset[str]]] = {
    "south": _codes("AF27 AF30 AF26 AF25 AF34 AF33 AF24 AF11 AF12 AF13 AF14 AF05 AF04"),
    "north": _codes("AF17 AF18 AF19 AF09 AF20 AF21 AF22 AF28 AF29 AF31 AF08 AF10"),
    "east": _codes("AF06 AF07 AF15 AF16 AF13 AF14 AF12 AF11 AF05 AF02 AF04 AF08"),
    "west": _codes("AF32 AF31 AF33 AF23 AF29 AF34 AF30 AF24"),
    "southeast": _codes("AF11 AF12 AF13 AF14 AF05"),
    "southwest": _codes("AF30 AF34 AF33 AF27"),
    "northeast": _codes("AF17 AF18 AF19 AF09 AF08 AF16 AF15 AF02"),
    "northwest": _codes("AF29 AF28 AF22 AF31 AF21 AF32"),
    "centre": _codes("AF01 AF02 AF03 AF04 AF05 AF08 AF10 AF24 AF23 AF11 AF25"),
}
_DIRECTION_OF: Final = {
    **{normalize(w): "south" for w in ("جنوب", "جنوبي", "بجنوب", "وجنوب")},
    **{normalize(w): "north" for w in ("شمال", "شمالي", "بشمال", "وشمال")},
    **{normalize(w): "east" for w in ("شرق", "شرقي", "بشرق", "وشرق")},
    **{normalize(w): "west" for w in ("غرب", "غربي", "بغرب", "وغرب")},
    **{normalize(w): "centre" for w in ("وسط", "بوسط")},
}
_COUNTRY: Final = frozenset(normalize(w) for w in ("أفغانستان", "البلاد", "الأفغاني", "الأفغانية"))
# the parts named alone, with the article: "في الجنوب"
_THE_PARTS: Final = {
    normalize(w): part
    for w, part in (("الجنوب", "south"), ("الشمال", "north"), ("الشرق", "east"), ("الغرب", "west"))
}


def region_told(tokens: list[Token]) -> frozenset[str] | None:
    """Provinces of the part of the country a sentence names ("بجنوب أفغانستان", "شمال
    غربي البلاد"), or None; of all the parts it names ("في ولايتي بغلان وباميان شمالي ووسط
    البلاد"، then "في ولاية قندهار جنوبي البلاد")."""
    found: frozenset[str] = frozenset()
    for part in _parts_told(tokens):
        found |= part
    return found or None


def _parts_told(tokens: list[Token]) -> Iterator[frozenset[str]]:
    """The provinces of each part of the country the sentence names, in order."""
    for i, tok in enumerate(tokens):
        if (
            tok.key in _THE_PARTS
            and i > 0
            and tokens[i - 1].key in lx.IN_ANY
            # named alone, ending its clause: not "في الشمال الغربي الباكستاني", "في الشرق
            # الأوسط"
            and (i + 1 == len(tokens) or punctuation_before(tokens, i + 1))
        ):
            # "قتل 23 مدنيا في الجنوب": the part of the country, named alone
            yield _REGIONS[_THE_PARTS[tok.key]]
            continue
        if tok.key not in _COUNTRY or i == 0:
            continue
        if tok.key in _THE_COUNTRY and _a_neighbour_named_last(tokens[:i]):
            # "هاجموا نقطة تفتيش إيرانية قرب الحدود جنوب شرقي البلاد": the country named last
            continue
        # the direction right before the country: "بجنوب أفغانستان", "شمال غربي البلاد"
        # (not "غرب العاصمة الأفغانية", which is the capital's west)
        parts: list[str] = []
        joined = False
        for t in reversed(tokens[max(0, i - 2) : i]):
            part = next((_DIRECTION_OF[f] for f in t.bare if f in _DIRECTION_OF), None)
            if part is None:
                break
            parts.insert(0, part)
            joined = joined or (len(parts) == 1 and t.key.startswith("و"))
        if not parts:
            continue
        if joined and len(parts) == 2:
            # "في جنوب وغرب البلاد": both parts, not the south-west between them
            yield _REGIONS[parts[0]] | _REGIONS[parts[1]]
            continue
        name = "".join(sorted(parts, key=lambda p: p not in ("south", "north")))
        yield _REGIONS.get(name) or _REGIONS[parts[-1]]


_THE_COUNTRY: Final = frozenset(normalize(w) for w in ("البلاد",))
_NEIGHBOUR_STEMS: Final = tuple(normalize(w) for w in ("باكستان", "إيران"))
_AFGHAN_STEM: Final = normalize("أفغان")


def _a_neighbour_named_last(tokens: list[Token]) -> bool:
    """Whether the last country the words name, by its name or its adjective
    ("باكستان", "باكستانيا", "الإيرانية"), is a neighbour, not Afghanistan."""
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if any(_AFGHAN_STEM in f for f in tok.bare):
            return False
        if any(f.startswith(_NEIGHBOUR_STEMS) for f in tok.bare):
            # ("قرب الحدود مع باكستان شرق البلاد", "الحدود الأفغانية الباكستانية",
            # "المتاخمة لباكستان": the border's other side, named from Afghanistan)
            if _across_the_border(tokens[max(0, k - 2) : k]):
                continue
            return True
    return False


def _across_the_border(before: list[Token]) -> bool:
    """Whether the words before a neighbour's name tell the border with it."""
    return any(tok.key in _BORDER_WITH or not _BORDER.isdisjoint(tok.bare) for tok in before)


_BORDER: Final = frozenset(
    normalize(w)
    for w in ("الحدود", "حدود", "الحدودية", "المتاخمة", "متاخمة", "المحاذية", "محاذية", "المحاذي")
)
_BORDER_WITH: Final = frozenset(normalize(w) for w in ("مع",))


def _same_paragraph(context: Context, sentence: Sentence, text: str) -> bool:
    """Whether the last place told stands in the paragraph of `sentence`."""
    told = [m for m in (context.place, context.district, context.province) if m is not None]
    if not told:
        return False
    last = max(told, key=lambda m: m.end)
    return last.end <= sentence.start and "\n" not in text[last.end : sentence.start]


def refine(
    location: Location | None,
    places: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: Context,
    tokens: list[Token],
    text: str,
    told_again: bool = False,
) -> Location | None:
    """A follow-up sentence places an unplaced incident, or narrows a province to a
    district or place inside it ("وأوضح أن الهجوم وقع في مدينة قلعة عاصمة إقليم زابل":
    the capital, whatever the town's name reads as). `told_again`: the sentence names
    the incident's event again and no earlier one, so a district it tells narrows a
    province's name read as its capital."""
    finer = choose_location(
        places,
        gazetteer=gazetteer,
        context=context,
        capital_of=_capitals(tokens, places, text, gazetteer=gazetteer),
    ) or _near_a_town(tokens, places, gazetteer=gazetteer)
    if location is None or finer is None:
        return finer or location
    if weakly_placed(location) and not weakly_placed(finer):
        if (
            finer.level == "province"
            and location.level != "province"
            and location.province_pcode == finer.province_pcode
        ):
            # "محافظ مقاطعة بشت رود" placed it in his district; the province told later
            # holds that district, and says no more
            return location
        return finer  # a place told with the event beats a speaker's office or a dateline
    if location.how in ("dateline", "context") and finer.how == "office":
        # the official's province beats the wire's city, and the last place the article
        # told of another event ("وقال المتحدث باسم شرطة اقليم هيرات" after Kunduz); an
        # office in the province the city lies in says no more than the city ("مصدر في
        # مستشفى جلال آباد" after an event in the city)
        if location.province_pcode == finer.province_pcode and location.level != "province":
            return location
        return finer
    if (
        location.level == "province"
        and finer is not None
        and finer.province_pcode == location.province_pcode
        and finer.level != "province"
    ):
        return finer
    if (
        told_again
        and location.how == "capital"
        and finer.how == "mention"
        and finer.level == "district"
        and finer.province_pcode == location.province_pcode
    ):
        # "هجوم انتحاري على قاعدة في كابول", then "قرب بوابة القاعدة في منطقة بغمان":
        # the province's name read as its capital gives way to the district told
        return finer
    return location


def settle(
    location: Location | None,
    told: list[PlaceMention],
    places: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
) -> Location | None:
    """A name found in two provinces ("جاني خيل") placed by its first reading, moved to the
    reading in the province a later sentence of the incident names ("قال المتحدث باسم
    حاكم ولاية بكتيا"). `told`: the incident's mentions so far; `places`: the new ones."""
    if location is None or location.evidence is None:
        return location
    source = next((m for m in told if m.start == location.evidence.start and m.ambiguous), None)
    provinces = {
        m.province_pcode
        for m in places
        if m.in_afghanistan and m.province_pcode and not m.ambiguous and m.role != roles.PERSON
    }
    if source is None or location.province_pcode in provinces:
        return location
    for cand in source.candidates:
        if cand.get("province_pcode") in provinces and cand.get("level") == location.level:
            moved = _entry_location(cand["entry_id"], source, location.how, gazetteer=gazetteer)
            return moved or location
    return location


def measured_from_elsewhere(location: Location | None, places: list[PlaceMention]) -> bool:
    """Whether an incident placed only by where things went or came from ("القافلة المتجهة
    إلى بغلان") was told at a distance or bearing from a town of another province ("على
    بعد 40 كيلومترا جنوب قندوز"): two hints at where it happened, neither of them its
    place, that disagree, and no marker is better than a wrong one. So is one placed only
    by a wire's dateline ("كابول الوكالات:", then a distance of 40 kilometres from a town
    of another province): where the wire wrote from."""
    if location is None:
        return False
    if location.how != "dateline" and (
        location.evidence is None or location.evidence.role != roles.ORIGIN
    ):
        return False
    return any(
        m.role == roles.REFERENCE
        and m.resolved
        and m.in_afghanistan
        and m.province_pcode not in (None, location.province_pcode)
        for m in places
    )


# Placements that a place told with the event overrides.
_WEAK: Final = frozenset({"office", "dateline", "context", "route", "headline", "near", "bearing"})


def from_headline(
    mentions: list[PlaceMention], *, gazetteer: Gazetteer, context: Context
) -> Location | None:
    """The place a headline gave the incident it announces ("مقتل خمسة جنود في هجوم
    بهلمند"), when the incident's own sentence names none."""
    loc = choose_location(mentions, gazetteer=gazetteer, context=context, capital_of=set())
    if loc is None or loc.evidence is None:
        return loc
    rule = "the headline that announced the incident"
    return replace(loc, how="headline", evidence=replace(loc.evidence, role="headline", rule=rule))


def weakly_placed(location: Location | None) -> bool:
    """Unplaced, or placed only by a speaker's office, a dateline, a road or the context."""
    return location is None or location.how in _WEAK


def _capitals(
    tokens: list[Token], mentions: list[PlaceMention], text: str, *, gazetteer: Gazetteer
) -> set[str]:
    """Provinces named as "مركز ولاية X" / "عاصمة ولاية X" in this sentence, or as the seat
    of the governor's compound the event struck ("استهدف مقر حاكم ولاية باروان"): the
    governor sits in the provincial capital; or a bare name that an apposition calls a
    city ("في هرات، المدينة الرئيسية في غرب البلاد")."""
    out: set[str] = set()
    for m in mentions:
        if m.level != "province" or not m.entry_id:
            continue
        if m.unit is None and _called_a_city(tokens, m, text):
            out.add(m.entry_id)
            continue
        if m.role == roles.EVENT and _a_provincial_seat_before(tokens, m):
            out.add(m.entry_id)
            continue
        before = [t for t in tokens if t.end <= m.start][-3:]
        if any(f in lx.THE_CAPITAL for t in before for f in t.bare):
            out.add(m.entry_id)  # "غربي العاصمة الأفغانية كابل": the city, not the province
            continue
        if (
            m.unit is None
            and before
            and not _HEART.isdisjoint(before[-1].bare)
            and _capital_of_its_name(m.entry_id, gazetteer=gazetteer)
        ):
            # "في قلب قندهار", "شوارع قندوز": the heart or the streets of a town are the
            # town's ("وسط لوجار" is the middle of a province whose capital bears another
            # name)
            out.add(m.entry_id)
            continue
        if m.unit is not None and before and not lx.CITY.isdisjoint(before[-1].bare):
            out.add(m.entry_id)  # "بمدينة ساريبول": the town that bears the province's name
            continue
        before = before[-2:]
        if (
            len(before) == 2
            and not _AIRPORTS.isdisjoint(before[0].bare)
            and unit_level(before[1]) in ("province", "any")
        ):
            out.add(m.entry_id)  # "قرب مطار ولاية هرات": a province's airport, by its capital
            continue
        if (
            len(before) == 2
            and any(f in lx.CAPITAL_WORDS for f in before[0].bare)
            # "عاصمة ولاية هلمند", "عاصمة مقاطعة زابول" (a province in some outlets' words)
            and unit_level(before[1]) in ("province", "any")
        ):
            # "عاصمة ولاية هلمند" after a named town describes the town, not the event place.
            earlier = [
                x
                for x in mentions
                if x.end <= before[0].start and x.resolved and x.level in ("district", "place")
            ]
            if not earlier:
                out.add(m.entry_id)
    return out


_AIRPORTS: Final = frozenset(normalize(w) for w in ("مطار", "المطار"))


def _capital_of_its_name(province: str, *, gazetteer: Gazetteer) -> bool:
    """Whether the province's capital bears its name (Kandahar, Herat, Ghazni; not Logar,
    whose capital is Pul-e Alam)."""
    entry, capital = gazetteer.get(province), gazetteer.get(f"{province}01")
    return entry is not None and capital is not None and capital.name_ar == entry.name_ar


# "في قلب قندهار", "في وسط قندهار": the heart or centre of a town
# the heart of a town, and its streets and quarters: "في قلب قندهار", "شوارع قندوز"
_HEART: Final = frozenset(
    normalize(w) for w in ("قلب", "بقلب", "وسط", "بوسط", "شوارع", "بشوارع", "أحياء", "بأحياء")
)
# What an apposition calls a city: "المدينة الرئيسية", "ثاني كبرى مدن البلاد", "عاصمة
# الولاية", "مركز الإقليم".
_CITY_WORDS: Final = frozenset(normalize(w) for w in ("المدينة", "مدينة", "مدن", "عاصمة", "مركز"))
_CITY_REACH: Final = 2
_RANKS: Final = frozenset(normalize(w) for w in ("كبرى", "ثاني", "ثانية", "أكبر", "ثالث", "ثالثة"))


def _called_a_city(tokens: list[Token], m: PlaceMention, text: str) -> bool:
    """Whether a comma after the name opens an apposition that calls it a city: "قندهار،
    ثاني كبرى مدن أفغانستان", "هرات، المدينة الرئيسية في الغرب"; not "هلمند، كبرى
    الولايات" (a province)."""
    after = [t for t in tokens if t.start >= m.end][: _CITY_REACH + 1]
    if not after:
        return False
    if text[m.end : after[0].start].strip() not in ("،", ","):
        # "في وسط قندهار كبرى مدن جنوب أفغانستان": a rank among cities needs no comma
        return after[0].key in _RANKS and any(t.key in _CITY_WORDS for t in after[1:])
    # as written, not "عاصمتها لشكركاه" (its capital is another town)
    return any(t.key in _CITY_WORDS for t in after) and not any(
        unit_level(t) == "province" for t in after
    )


_GOVERNOR_SITES: Final = frozenset(
    normalize(w) for w in ("مقر", "مقرا", "مكتب", "مكتبا", "مكاتب", "مبنى", "مجمع", "دار", "قصر")
)
_GOVERNORS: Final = frozenset(normalize(w) for w in ("حاكم", "والي", "محافظ"))
# The posts a province's seat houses besides its governor's: "مكاتب نائب الحاكم وقائد
# الشرطة في ولاية زابل", "مقر قائد شرطة الولاية".
_PROVINCIAL_POSTS: Final = _GOVERNORS | frozenset(
    normalize(w)
    for w in ("نائب", "قائد", "شرطة", "الشرطة", "رئيس", "مدير", "قيادة", "أمن", "الأمن")
)
# the province's police or security command: "مقر قيادة أمن ولاية لغمان"
_POLICE: Final = frozenset(normalize(w) for w in ("شرطة", "الشرطة", "أمن", "الأمن"))
_INDEFINITE_SITES: Final = frozenset(normalize(w) for w in ("مقرا", "مكتبا"))
_SEAT_REACH: Final = 4  # posts between the site and the unit word: "نائب حاكم وقائد شرطة"


def _a_provincial_seat_before(tokens: list[Token], m: PlaceMention) -> bool:
    """Whether a province's unit word before the name follows the site of its governor or
    other provincial posts ("استهدف مقر حاكم ولاية باروان", "اقتحموا مكاتب نائب حاكم
    وقائد شرطة ولاية زابل"): those sit in the provincial capital."""
    before = [t for t in tokens if t.end <= m.start][-(_SEAT_REACH + 2) :]
    if not before or unit_level(before[-1]) != "province":
        return False
    k = len(before) - 2
    while (
        k >= 0
        and len(before) - 2 - k < _SEAT_REACH
        and not _PROVINCIAL_POSTS.isdisjoint(before[k].bare)
    ):
        k -= 1
    if k > 0 and before[k].key in lx.SITE_ADJECTIVES:
        k -= 1  # "المقر العام لحاكم ولاية بروان": the site, its adjective, the post
    # the site's own posts, in construct ("مقر قائد شرطة"), not "مقرا للشرطة" (a police post)
    return (
        0 <= k < len(before) - 2
        and not _GOVERNOR_SITES.isdisjoint(before[k].bare)
        and before[k].key not in _INDEFINITE_SITES
        and not before[k + 1].key.startswith("ل")
        and not _a_district_governors_own(before[k + 1], tokens)
        and any(
            not _GOVERNORS.isdisjoint(t.bare) or not _POLICE.isdisjoint(t.bare)
            for t in before[k + 1 :]
        )
    )


def _anaphor_text(sentence: Sentence, tokens: list[Token]) -> str | None:
    for i, tok in enumerate(tokens):
        if any(f in lx.ANAPHORA for f in tok.bare):
            start = (
                tokens[i - 1].start
                if i > 0
                and tokens[i - 1].key
                in (normalize("تلك"), normalize("بتلك"), normalize("هذه"), normalize("بهذه"))
                else tok.start
            )
            return sentence.text[start - sentence.start : tok.end - sentence.start]
    return None
