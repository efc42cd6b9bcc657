"""Place mentions of a sentence: names after unit words, known names after prepositions,
the capital named without its name, and the dateline at the head of an article."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import replace
from typing import Final

from gazetteer.match import STOPWORDS, UNIT_WORDS, Candidate, Entry, Gazetteer, Match
from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents.records import PlaceMention
from incidents.text import Sentence
from incidents.tokens import Token, tokenize

_PLACE_PREPOSITIONS: Final = frozenset(
    normalize(w)
    for w in [
        "في",
        # "وفي قندز شمال أفغانستان،": the preposition with a joining و or ف
        "وفي",
        "ففي",
        "قرب",
        "بقرب",
        "من",
        "إلى",
        "الى",
        "نحو",
        "داخل",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
        "ضواحي",
        "أطراف",
        "وسط",
        "بين",
        "وبين",
        "على",
    ]
)

# Words never read as a place: the gazetteer's function words and words of place, and the
# news vocabulary of the lexicon.
NOT_PLACES: Final = STOPWORDS | lx.NEWS_WORDS


_MAX_NAME_TOKENS: Final = 3
_WILAYA: Final = normalize("ولاية")


# (and slashes, as Xinhua's Arabic wire wraps names: "في اقليم /فرح/")
_NAME_WRAPPERS: Final = " \t\n\"'«»“”„()[]/"


# Stopwords that are also the last word of names: على (on) and علي (Ali) share a key.
_NAME_PARTS: Final = frozenset({normalize("علي")})
# District names that are common nouns first: they count only after a unit word.
# Names that are also common words: the place only after its unit word ("مديرية مقر",
# "مديرية معروف"); "مقر الحاكم" is a headquarters, "المعروف بشاهبور" "known as".
_COMMON_NOUN_NAMES: Final = frozenset(
    normalize(w)
    for w in (
        *("مقر", "المقر", "لمقر", "بمقر", "معروف", "المعروف", "بالمعروف"),
        # "مرورا بقندهار" (passing through Kandahar) is no Marawara
        *("مرورا", "ومرورا"),
        # "ينعى الشهداء", "لشهداء الواجب": the martyrs, no Shuhada district
        *("شهداء", "الشهداء", "لشهداء", "للشهداء", "والشهداء", "بالشهداء"),
        # "أثناء مروره" (as it passed) is no Marawara, "بركة من الدماء" (a pool) no Burka,
        # "في بازار مكتظ" (a market) no Bazarak, "إدارة الأمن" (a directorate) no
        # Darulaman
        *("مروره", "مرورها", "مرورهم", "بركة", "بازار", "إدارة", "ادارة"),
        # "أدان الهجوم بأقوى العبارات" (in the strongest terms) is no Bakwa
        *("بأقوى", "أقوى", "الأقوى"),
    )
)
# Names written as a common word that count only after a unit word: "مدينة قلعة" is Qalat,
# "في قلعة جهانجي" a fort ("قلعة موسى", a name of two words, is Musa Qala anywhere).
_UNIT_ONLY_NAMES: Final = frozenset(normalize(w) for w in ("قلعة",))
# "جبال": mountains, a range (a single "جبل" may be a village's own hill).
_RANGE_WORDS: Final = frozenset(normalize(w) for w in ("جبال", "سلسلة"))
_DIRECTION_WORDS: Final = frozenset(
    normalize(w)
    for w in (
        *("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي"),
        # the adverbs: "في إقليم غور غربا" (in the west)
        *("جنوبا", "شمالا", "شرقا", "غربا"),
    )
)


# Exact-only matching outside unit-word contexts needs names this long (normalised, no spaces).
_MIN_BARE_NAME: Final = 3


def _mention(text: str, start: int, end: int, unit: str | None, match: Match) -> PlaceMention:
    e = match.entry
    return PlaceMention(
        text=text,
        start=start,
        end=end,
        unit=unit,
        entry_id=e.id if e else None,
        name_ar=e.name_ar if e else None,
        name_en=e.name_en if e else None,
        level=e.level if e else None,
        country=e.country if e else None,
        province_pcode=e.province_pcode if e else None,
        district_pcode=e.district_pcode if e else None,
        lat=e.lat if e else None,
        lon=e.lon if e else None,
        score=match.score,
        method=match.best.method if match.best else None,
        alias=match.best.alias if match.best else None,
        ambiguous=match.ambiguous,
        candidates=match.runner_ups_json(),
    )


# Words for the event itself, which no place is named by.
_EVENT_WORDS: Final = lx.SINGLE_TRIGGERS | {
    normalize(w) for w in ("حادث", "حادثة", "عملية", "اعتداء", "العملية", "الحادث")
}


# After "ولاية" (also a term of office): a title or an ordinal names no place.
_TERM_OF_OFFICE: Final = frozenset(
    normalize(w)
    for w in ("الرئيس", "رئيس", "رئاسية", "الرئاسية", "ثانية", "الثانية", "ثالثة", "جديدة")
)


# "يقع"/"تقع" after a unit word tells where the unit lies ("في اقليم يقع جنوب كابول").
_LIES: Final = frozenset(normalize(w) for w in ("يقع", "تقع"))


# Buildings named by what they house ("مقر السفارة", "مبنى البلدية"): no place names.
_BUILDINGS: Final = frozenset(
    normalize(w) for w in ("مقر", "مبنى", "مكتب", "مجمع", "سوق", "مسجد", "مستشفى", "مدرسة")
)


# Verbs whose key is a unit word's: وأدى (and it led to) normalises to وادي (valley).
_NOT_UNITS: Final = frozenset({"وأدى", "فأدى", "وادى"})


def _better(shorter: Match, longer: Match, *, level: str, province: str | None = None) -> bool:
    """Whether a shorter reading of the words after a unit word beats a longer one: by
    more than a point of score, but never a village read from the first word of a name of
    the unit's level ("بولاية ساري بول" is Sar-e-Pul, not a village called ساري)."""
    if (
        shorter.entry is not None
        and shorter.entry.level == "place"
        and longer.entry is not None
        and longer.entry.level == level != "place"
    ):
        return False
    # "بولاية لقمان غلاب خان": the first word read as a name of the unit's own level
    # beats more words read loosely as a name of another level (a district's)
    if (
        shorter.entry is not None
        and shorter.entry.level == level != "place"
        and longer.entry is not None
        and longer.entry.level != level
        and longer.best is not None
        and read_loosely(longer.best.method)
    ):
        return True
    # "منطقة وازى زادران": the whole name read (Zadran) beats its first word read as the
    # short form of another name (وازا, Wazakhwa)
    if (
        shorter.best is not None
        and shorter.best.method == "partial"
        and longer.best is not None
        and longer.best.method != "partial"
        and (longer.score or 0) >= _WHOLE_NAME_SCORE
    ):
        return False
    # "مقاطعة دارى تشوبان" in an article on Zabul: the whole name read there (Daychopan)
    # beats its first word read as a district of another province (Dara)
    if (
        province is not None
        and shorter.entry is not None
        and shorter.entry.province_pcode != province
        and longer.entry is not None
        and longer.entry.level == "district"
        and longer.entry.province_pcode == province
        and (longer.score or 0) >= _WHOLE_NAME_SCORE
    ):
        return False
    # "منطقة قلعة أيناو": a common word that names a town alone ("قلعة", Qalat) is the
    # head of the longer district's name the words after it make
    if (
        shorter.best is not None
        and shorter.best.form in _UNIT_ONLY_NAMES
        and longer.best is not None
        and longer.best.method != "partial"
        and longer.best.entry.level == "district"
        and (longer.score or 0) >= _HEADED_NAME_SCORE
    ):
        return False
    return (shorter.score or 0) > (longer.score or 0) + 1


_WHOLE_NAME_SCORE: Final = 90.0
_HEADED_NAME_SCORE: Final = 80.0


def _afghan(match: Match) -> bool:
    return match.best is not None and match.best.entry.country == "AF"


def unit_level(token: Token) -> str | None:
    """Level of a unit word introducing a name ("بمديرية"), not of an anaphor ("بالمديرية")."""
    if token.text in _NOT_UNITS:
        return None
    for form in token.bare:
        if form in UNIT_WORDS:
            prefix = token.key[: len(token.key) - len(form)]
            return None if prefix.endswith("ال") or prefix.endswith("لل") else UNIT_WORDS[form]
    return None


# Per word as written (its key and readings follow from it): its unit level, whether any
# reading is a stopword, whether a name may run over it (not a unit word nor a stopword,
# but for names ending in one), whether it may be "العاصمة" (step 0) or a direction
# (step 1b), and whether it can open no name of its own in step 2.
_WordFacts = tuple[str | None, bool, bool, bool, bool, bool]
_WORD_FACTS: Final[dict[str, _WordFacts]] = {}


def _word_facts(token: Token) -> _WordFacts:
    unit = unit_level(token)
    stop_form = not NOT_PLACES.isdisjoint(token.bare)
    direction = not _DIRECTION_WORDS.isdisjoint(token.bare)
    facts = (
        unit,
        stop_form,
        # "في إقليم غور غربا": a direction after a name is not part of it
        (token.key not in NOT_PLACES or token.key in _NAME_PARTS)
        and unit is None
        and not direction,
        not lx.THE_CAPITAL.isdisjoint(token.bare),
        direction,
        stop_form
        # "مقر حاكم الولاية" is a headquarters; Muqur needs "مديرية مقر"
        or not _COMMON_NOUN_NAMES.isdisjoint(token.bare)
        # "بالقاعدة المعروف": a unit word opens no name of its own here
        or not UNIT_WORDS.keys().isdisjoint(token.bare),
    )
    if len(_WORD_FACTS) >= 65536:
        _WORD_FACTS.clear()
    _WORD_FACTS[token.text] = facts
    return facts


# Tanwin marks (fathatan, dammatan, kasratan): a common noun's indefinite ending, which
# no place name in the press carries.
# The Persian "-e-" joining two parts of a name, written as a word apart ("قلعة اي ناو").
_EZAFE: Final = frozenset(normalize(w) for w in ("اي", "إي", "ای", "ئي"))
# Tanwin, and the hamza on waw: no Afghan name is written with it ("يعاد بناؤه", being
# rebuilt, is no "ب" + Nawa).
_TANWINS: Final = ("\u064b", "\u064c", "\u064d", "\u0624")


def find_mentions(
    sentence: Sentence,
    *,
    gazetteer: Gazetteer,
    province: str | None = None,
    corrections: Mapping[str, str] | None = None,
    tokens: list[Token] | None = None,
    told: Set[str | None] = frozenset(),
) -> list[PlaceMention]:
    """Place mentions of one sentence, matched with `province` as context; a district
    read loosely in one of the provinces `told` before in the article is no coincidence.

    A name after a unit word is matched fuzzily (and kept unresolved if nothing fits,
    for the analyst's tray); elsewhere only exact gazetteer names count, so ordinary
    words never turn into places. `tokens` may be passed when already computed.
    """
    if tokens is None:
        tokens = tokenize(sentence.text, offset=sentence.start)
    gaps = [
        sentence.text[a.end - sentence.start : b.start - sentence.start]
        for a, b in itertools.pairwise(tokens)
    ]
    taken: set[int] = set()
    mentions: list[PlaceMention] = []
    # What each word is, read once: its unit level, whether any reading is a stopword,
    # whether a name may run over the word itself and over the gap after it.
    count = len(tokens)
    known = _WORD_FACTS.get
    facts = [known(t.text) or _word_facts(t) for t in tokens]
    units = [f[0] for f in facts]
    stop_form = [f[1] for f in facts]
    inside = [f[2] for f in facts]
    joins = [not gap.strip(" -") for gap in gaps]  # "شاهار- دارا": a hyphen may join a name

    tanwin = [any(mark in t.text for mark in _TANWINS) for t in tokens]

    def span_ok(i: int, n: int) -> bool:
        if i + n > count or not taken.isdisjoint(range(i, i + n)):
            return False
        # A name does not run over punctuation, nor over a unit word or a stopword, and
        # carries no tanwin ("بديلًا", an alternative, is no "ب" + Dila) nor "ؤ".
        return (
            all(joins[i : i + n - 1]) and all(inside[i + 1 : i + n]) and not any(tanwin[i : i + n])
        )

    def answer(i: int, n: int, *, level: str | None, framed: bool = False) -> Match:
        raw = sentence.text[
            tokens[i].start - sentence.start : tokens[i + n - 1].end - sentence.start
        ]
        fixed = _corrected(raw, corrections, gazetteer)
        if fixed is not None:
            return fixed
        # Fuzzy matching only where a unit word says a name follows; "وكالة" is a news
        # agency ("وكالة أعماق") as often as a tribal one, so its names must be exact.
        fuzzy = level is not None and level != "outside"
        match = gazetteer.match(raw, province=province, level=level, fuzzy=fuzzy)
        if (
            match.best is not None
            and match.best.entry.id in lx.COUNTRY_ENTRIES
            and read_loosely(match.best.method)
        ):
            # "قاعدة باستيون": a country is named as written, never guessed by likeness
            return Match(query=raw, best=None)
        if (
            _implausible(match, province)
            # ("وفي اندار قتل ...": the place a sentence opens on may leave the province)
            and not (framed and match.entry is not None and match.entry.level == "district")
            and not (
                match.entry is not None
                and match.entry.level == "district"
                # (told before in the article, or named right after it: "في مديرية
                # باغرامي بضواحي العاصمة كابول")
                and (
                    match.entry.province_pcode in told
                    or any(
                        match.entry.province_pcode in gazetteer.provinces_named(t.bare)
                        for t in tokens[i + n : i + n + _ITS_PROVINCE_AFTER]
                    )
                )
            )
            and not _a_province_or_district_too(raw, match, gazetteer)
        ):
            return _a_district_of_the_province(match, province) or Match(query=raw, best=None)
        if _of_the_province_told(match, province) and _in_the_province_after(tokens, i + n):
            # "في منطقة كوت الواقعة في شمال الإقليم" told of Faryab: the
            # district of that name in another province is not the one meant
            return _a_district_of_the_province(match, province) or Match(query=raw, best=None)
        return match

    def _a_name_opening_on_a_particle(j: int) -> bool:
        """Whether the word at j, a particle's form, and the next one are a name as
        written ("علي آباد"), read exactly."""
        if not span_ok(j, 2):
            return False
        raw = sentence.text[tokens[j].start - sentence.start : tokens[j + 1].end - sentence.start]
        found = gazetteer.match(raw, province=province, fuzzy=False)
        # (the name read whole, not the word after a preposition stripped: "من قندهار")
        return found.best is not None and found.best.method == "exact" and " " in found.best.form

    def heads_a_district(j: int, *, level: str) -> bool:
        """Whether the word at j and the one or two after it read a district's name
        wherever it lies ("قلعة أيناو", Qala-e Naw): the word at j is its head."""
        for n in (2, 3):
            if not span_ok(j, n):
                break
            raw = sentence.text[
                tokens[j].start - sentence.start : tokens[j + n - 1].end - sentence.start
            ]
            found = gazetteer.match(raw, level=level, fuzzy=True).best
            if (
                found is not None
                and found.method != "partial"
                and found.entry.level == "district"
                and found.score >= _HEADED_NAME_SCORE
            ):
                return True
        return False

    def add(i: int, n: int, unit: str | None, match: Match) -> None:
        s, e = tokens[i].start, tokens[i + n - 1].end
        text = sentence.text[s - sentence.start : e - sentence.start]
        mentions.append(_mention(text, s, e, unit, match))
        taken.update(range(i, i + n))

    # 0. "العاصمة الأفغانية" names Kabul city without its name.
    for i in [i for i, f in enumerate(facts[:-1]) if f[3]]:
        if tokens[i + 1].key in lx.AFGHAN:
            city = gazetteer.get(_KABUL_CITY)
            if city is not None and not _named_next(tokens, i + 2):
                form = f"{tokens[i].key} {tokens[i + 1].key}"
                add(
                    i,
                    2,
                    None,
                    Match(
                        query=form,
                        best=Candidate(city, 100.0, form, "the Afghan capital", "exact", form),
                    ),
                )

    # "في المنطقة القبلية": the tribal area named by its kind is Pakistan's, a name with
    # its article ("المنطقة" alone is no unit word: it names again an area told before)
    for i in range(count - 1):
        if tokens[i + 1].key in _TRIBAL and tokens[i].key in _THE_AREA:
            whole = answer(i, 2, level=None)
            if whole.best is not None and not _afghan(whole):
                add(i, 2, None, whole)

    # 1. Names after unit words: "بمديرية سنجين", "في ولاية كنر", "منطقة دشت".
    for i, level in enumerate(units):
        # "في إقليم (باكتيا)", "محافظة "فاراح"": quotes or brackets may wrap the name.
        if level is None or i + 1 >= count or gaps[i].strip(_NAME_WRAPPERS):
            continue
        # ("مديرية علي آباد": a particle's form, "على", opening a name of two words)
        particle = stop_form[i + 1] and _a_name_opening_on_a_particle(i + 1)
        if (stop_form[i + 1] and not particle) or units[i + 1] is not None:
            continue
        if tokens[i + 1].key in _TERM_OF_OFFICE:
            continue  # "لولاية الرئيس قرضاي الثانية": a term of office, no province
        if tokens[i + 1].key.startswith("ال") and not UNIT_WORDS.keys().isdisjoint(
            tokens[i + 1].bare
        ):
            continue  # "عاصمة المقاطعة قلعة": a unit told before, named again; no name
        if tokens[i + 1].key in _LIES:
            continue  # "في اقليم يقع الى الجنوب من العاصمة": where it lies, no name
        if i > 0 and tokens[i - 1].key in lx.THE_STATE and _WILAYA in tokens[i].bare:
            # "تنظيم داعش-ولاية خراسان": the group's "province", its name ("هجوم لداعش
            # بمنطقة كوشتيبا" is where it struck)
            continue
        if not _EVENT_WORDS.isdisjoint(tokens[i + 1].bare):
            continue  # "منفذ العملية" (who carried it out), "منطقة الانفجار": no name
        if (
            tokens[i + 1].key in _BUILDINGS
            and i + 2 < count
            and tokens[i + 2].key.startswith("ال")
            and units[i + 2] is None
        ):
            continue  # "في منطقة مقر السفارة الروسية": the embassy's seat, not Muqur
        best: tuple[int, Match] | None = None
        for n in range(_MAX_NAME_TOKENS, 1 if particle else 0, -1):
            if not span_ok(i + 1, n):
                continue
            match = answer(i + 1, n, level=level)
            if match.best and (
                best is None or _better(match, best[1], level=level, province=province)
            ):
                best = (n, match)
        if level == "outside" and best is not None and _afghan(best[1]):
            # "وكالة مهمند": a Pakistani agency's name is told with its unit word.
            whole = answer(i, best[0] + 1, level=None)
            if whole.best is not None and not _afghan(whole):
                best = (best[0], whole)
            else:
                # "وكالة فارس للأنباء", "وكالة ميزان": a news agency's name, no place
                # read bare either
                taken.update(range(i + 1, i + 1 + best[0]))
                continue
        if (
            best is not None
            and best[0] == 1
            and best[1].best is not None
            and read_loosely(best[1].best.method)
            and best[1].best.entry.level == "province" != level
            and _runs_on(tokens, stop_form, i + 2, span_ok)
        ):
            # "في منطقة ارزان كيمات": a province guessed from the first word of a name
            # that runs on into a word of its own, after a word for a smaller unit, is no
            # reading of the name (not Uruzgan)
            best = None
        if (
            best is not None
            and best[1].best is not None
            and read_loosely(best[1].best.method)
            and i + 1 + best[0] + 1 < count
            and tokens[i + 1 + best[0]].key in _EZAFE
            and span_ok(i + 1, best[0] + 2)
        ):
            # "في منطقة باند اي سابزاك" (Band-e Sabzak): the name runs on past the
            # Persian "-e-" written apart; a guess at its first word is no reading of it
            best = None
        if (
            best is not None
            and best[0] == 1
            and best[1].best is not None
            and best[1].best.form in _UNIT_ONLY_NAMES
            and (
                _a_noun_in_construct(tokens, stop_form, i + 2, span_ok)
                or heads_a_district(i + 1, level=level)
                # "منطقة قلعة نجار": a word of a name of its own runs on after it (not a
                # word of time or of a clause: "مدينة قلعة عندما", "مدينة قلعة صباحا")
                or (
                    _runs_on(tokens, stop_form, i + 2, span_ok)
                    and inside[i + 2]
                    and len(tokens[i + 2].bare) == 1
                    and tokens[i + 2].key not in _NO_NAME_PARTS
                )
            )
        ):
            # "مقاطعة قلعة الزال", "منطقة قلعة نجار": the common word is the head of a
            # longer name ("the fort of ..."), not the town it names alone (Qalat); so before
            # the words that make
            # a district's name elsewhere than the province the text is about ("منطقة قلعة
            # أيناو"): that reading is left to the province it lies in, and none is made
            best = None
        if (
            best is not None
            and best[1].best is not None
            and best[1].best.entry.level == "place"
            and not _RANGE_WORDS.isdisjoint(tokens[i].bare)
        ):
            # "في جبال هندوكوش", "جبال سليمان": a mountain range runs through provinces; a
            # village named after it (Hindukush in Sar-e Pul) is not where it is
            best = None
        if best is not None and best[0] < _wrapped_words(gaps, i):
            # "في منطقة (غور طيبا)": a name the brackets wrap is read whole or not at all
            # (not Ghor, the province its first word names)
            best = None
        if best is not None:
            n, match = best
            # "فراه المجاورة": the matcher dropped a trailing word; the mention is the name.
            if match.best is not None and len(match.best.form.split()) < n:
                n = max(1, len(match.best.form.split()))
            add(i + 1, n, level, match)
        elif (
            level != "outside"
            and span_ok(i + 1, 1)
            and len(tokens[i + 1].key) >= 3
            and not stop_form[i + 1]
        ):
            # An unknown name after a unit word is still a place mention: the analyst's
            # tray shows it; two words when the second is not a stopword.
            n = 2 if span_ok(i + 1, 2) and not stop_form[i + 2] else 1
            add(i + 1, n, level, Match(query=tokens[i + 1].text, best=None))

    # 1a. Two names after a dual unit word: "في منطقتي كوهان وجوريان", "بولايتي غور
    # وغزني". The second carries "و"; without it the word is no dual ("مسؤول إقليمي").
    if not lx.DUAL_UNITS.isdisjoint(f for t in tokens for f in t.bare):
        for i, tok in enumerate(tokens):
            level = next(
                (lx.DUAL_UNIT_LEVELS[f] for f in tok.bare if f in lx.DUAL_UNIT_LEVELS), None
            )
            if level is None or i in taken or tok.key.startswith("ال"):
                # ("الحاكم الإقليمي": with the article, the adjective; a dual in construct
                # never takes it)
                continue
            second = next(
                (j for j in range(i + 2, min(count, i + 5)) if tokens[j].text.startswith("و")),
                None,
            )
            if second is None:
                continue
            for start, end in ((i + 1, second), (second, min(count, second + 2))):
                for n in range(end - start, 0, -1):
                    if not span_ok(start, n) or stop_form[start]:
                        continue
                    match = answer(start, n, level=level)
                    if match.best is not None and match.best.entry.level != "place":
                        add(start, n, level, match)
                        break

    # 1b. Names that begin with a direction, a stopword elsewhere: "جنوب وزيرستان",
    # "وفي وكالة شمال وزيرستان". Only an exact name counts.
    for i in [i for i, f in enumerate(facts[:-1]) if f[4]]:
        if i in taken:
            continue
        for n in (3, 2):
            if i + n > count or not taken.isdisjoint(range(i, i + n)):
                continue
            if not all(joins[i : i + n - 1]):
                continue
            match = answer(i, n, level=None)
            if match.best is not None and match.best.method == "exact":
                add(i, n, None, match)
                break

    # 2. Exact gazetteer names elsewhere: "في قندهار", "لهلمند", "بيشاور".
    # (Not after a stopword reading, "مقر", nor a unit word: see _word_facts.)
    for i in [i for i, f in enumerate(facts) if not f[5]]:
        if i in taken:
            continue
        # Only words that begin some known name, or follow a preposition or carry "ب"/"ل"
        # (where a skeleton may place them), are worth a gazetteer look-up.
        if not (
            gazetteer.starts_a_name_in(tokens[i].bare)
            or (i > 0 and tokens[i - 1].key in _PLACE_PREPOSITIONS)
            or (len(tokens[i].bare) > 1 and tokens[i].key[0] in "بل")
        ):
            continue
        opens = i == 1 and tokens[0].key in _HEAD_FRAMES  # "وفي اندار قتل ..."
        for n in range(_MAX_NAME_TOKENS, 0, -1):
            if not span_ok(i, n) or tokens[i].key in NOT_PLACES:
                continue
            match = answer(i, n, level=None, framed=opens)
            if not match.best:
                continue
            strong = match.best.method in ("exact", "compact", "correction")
            after_preposition = i > 0 and tokens[i - 1].key in _PLACE_PREPOSITIONS
            if match.best.entry.level == "place" and not (
                strong
                and after_preposition
                and (
                    # "في قندز": a province's capital city, named alone as its province is
                    _a_provincial_capital(match.best.entry, gazetteer)
                    # "في جويبار بولاية كابيسا": a village named with its own province
                    or _its_province_follows(tokens, i + n, match.best.entry, gazetteer)
                )
            ):
                continue
            clitic = match.best.form != tokens[i].key if n == 1 else False
            if (
                strong
                and match.best.entry.level == "district"
                and len(match.best.form.replace(" ", "")) < 5
                and not after_preposition
                and not (clitic and tokens[i].key[0] in "بل")
                and not (i > 0 and not _AREA_NOUNS.isdisjoint(tokens[i - 1].bare))
            ):
                # "وجرى" is a verb before it is Zheray district: short names need a "في" or
                # "ب", or an area noun ("على ضاحية أشين")
                continue
            # "وفي اندار، قتل ...": the place a sentence opens on, a district or a
            # province written a letter apart
            framed = (
                opens
                and match.best.entry.level in ("district", "province")
                and (match.score or 0) >= _FRAMED_SKELETON_SCORE
            )
            # "قرب سار-اي-بول": words joined by hyphens are a name romanised, part by part
            # (a hyphen with no space about it: " - " parts a dateline from its agency)
            hyphened = n > 1 and all(gap == "-" for gap in gaps[i : i + n - 1])
            skeleton_ok = match.best.method == "skeleton" and (
                ((match.score or 0) >= 90 and (after_preposition or clitic))
                or framed
                or (hyphened and (match.score or 0) >= _HYPHENED_SKELETON_SCORE)
                # "في قاضي اباد بولاية كونر": a district of two words or more guessed by
                # its consonants, its own province named right after it (a word alone,
                # "قصر", "سجن", "بنك", is as often a noun a letter from a district)
                or (
                    after_preposition
                    and n > 1
                    and match.best.entry.level == "district"
                    and (match.score or 0) >= _CONFIRMED_SKELETON_SCORE
                    and _its_province_follows(tokens, i + n, match.best.entry, gazetteer)
                )
            )
            if len(match.best.form.replace(" ", "")) < _MIN_BARE_NAME:
                continue
            if match.best.form in _UNIT_ONLY_NAMES:
                continue
            if _inside_a_quoted_name(gaps, i, n):
                continue  # "أمام فرع لبنك «نيو كابول»": a bank's name, not Kabul
            if (
                province is not None
                and match.best.entry.level == "district"
                and match.best.entry.province_pcode != province
                and not clitic
                and i > 0
                and not _AREA_NOUNS.isdisjoint(tokens[i - 1].bare)
            ):
                # "بضاحية "زاراي"" in a report about Balkh: an area of a town named
                # like a district of another province (Zheray of Kandahar) by chance
                continue
            if strong or skeleton_ok:
                # "في بول عالم على بعد ...": the matcher dropped a trailing word
                add(i, min(n, max(1, len(match.best.form.split()))), None, match)
                break
    # 3. "في المنطقة التي تحمل نفس اسم الولاية": the district named as the province told
    for i in range(count - 4):
        if i in taken or tokens[i].key not in _THE_DISTRICT:
            continue
        bearing = _bearing_the_name_of_the_province(tokens, i + 1)
        province_told = next(
            (
                m
                for m in sorted(mentions, key=lambda m: -m.start)
                if m.start < tokens[i].start and m.level == "province" and m.in_afghanistan
            ),
            None,
        )
        if bearing is None or province_told is None or province_told.province_pcode is None:
            continue
        district = _district_named_as(province_told.province_pcode, gazetteer)
        if district is not None:
            form = " ".join(t.key for t in tokens[i:bearing])
            how = "the district named as its province"
            add(
                i,
                bearing - i,
                "district",
                Match(form, Candidate(district, 100.0, form, how, "exact", form)),
            )
    if _A_NEIGHBOUR.search(sentence.text) or _ACROSS_THE_BORDER.search(sentence.text):
        mentions = [_in_the_neighbour_named(m, tokens, gazetteer=gazetteer) for m in mentions]
    mentions = _within_their_province(
        sorted(mentions, key=lambda m: m.start), tokens, gazetteer=gazetteer
    )
    mentions = _named_again_as_before(_guesses_beside_a_town_abroad(mentions))
    mentions = _first_words_unheld(_villages_in_the_district_after(mentions, tokens), province)
    mentions = _areas_of_the_country(mentions, tokens, gazetteer=gazetteer)
    if province is not None:
        mentions = _within_the_province_told(mentions, tokens, province, gazetteer=gazetteer)
    return mentions


def _bearing_the_name_of_the_province(tokens: list[Token], k: int) -> int | None:
    """The end of "التي تحمل (نفس) اسم الولاية" from k, or None."""
    keys = [t.key for t in tokens[k : k + 5]]
    if keys[:2] != list(_WHICH_BEARS):
        return None
    rest = keys[2:]
    if rest[:1] == [_SAME]:
        rest = rest[1:]
    if len(rest) >= 2 and rest[0] == _NAME and rest[1] in _THE_PROVINCE:
        return k + len(keys) - len(rest) + 2
    return None


def _district_named_as(province_pcode: str, gazetteer: Gazetteer) -> Entry | None:
    """The district of a province that bears its name (Balkh district of Balkh)."""
    province = gazetteer.get(province_pcode)
    if province is None:
        return None
    return next(
        (
            e
            for e in gazetteer.entries.values()
            if e.level == "district"
            and e.province_pcode == province_pcode
            and e.name_en == province.name_en
        ),
        None,
    )


_THE_DISTRICT: Final = frozenset(
    normalize(w) for w in ("المنطقة", "المديرية", "بالمنطقة", "بالمديرية")
)
_WHICH_BEARS: Final = tuple(normalize(w) for w in ("التي", "تحمل"))
_SAME: Final = normalize("نفس")
_NAME: Final = normalize("اسم")
_THE_PROVINCE: Final = frozenset(
    normalize(w) for w in ("الولاية", "الإقليم", "المحافظة", "المقاطعة")
)


def _in_the_neighbour_named(
    mention: PlaceMention, tokens: list[Token], *, gazetteer: Gazetteer
) -> PlaceMention:
    """An Afghan reading of a name told as lying in a neighbour ("إقليم مهمند شمال غربي
    باكستان", "منطقة X بباكستان"): the neighbour's namesake if the gazetteer has one,
    else no Afghan place at all."""
    if not mention.in_afghanistan:
        return mention
    after = [t for t in tokens if t.start >= mention.end]
    country = (
        _neighbour_after(after[:3])
        or _neighbour_in_apposition(after, mention.end)
        or _neighbour_after_its_province(after)
    )
    beyond = country is None and _told_beyond_afghanistan(after[:_BORDER_REACH])
    if beyond:
        # "منطقة X القبلية", "بلدة X الواقعة على الحدود مع أفغانستان": the neighbour the
        # sentence names, Pakistan when it names none (the tribal areas are Pakistan's)
        country = _neighbour_named(tokens) or lx.NEIGHBOURS[normalize("باكستان")]
    if country is None:
        return mention
    code, adjective = country
    match = _namesake(f"{mention.text} {adjective}", code, gazetteer=gazetteer)
    if match is None and not mention.text.startswith("ال"):
        # "في إقليم بنجاب بباكستان": the region's name without the article it is known
        # by, "البنجاب"
        match = _namesake(f"ال{mention.text}", code, gazetteer=gazetteer)
    if match is None:
        match = Match(query=mention.text, best=None)
        whole = gazetteer.match(adjective, level="outside", fuzzy=False) if beyond else None
        if whole is not None and whole.best is not None and whole.best.entry.country == code:
            # no namesake there: the country itself, as the words after the name tell
            match = Match(
                query=mention.text,
                best=replace(whole.best, alias_source="told as lying beyond Afghanistan"),
            )
    return _mention(mention.text, mention.start, mention.end, mention.unit, match)


def the_namesake_in(mention: PlaceMention, country: str, *, gazetteer: Gazetteer) -> PlaceMention:
    """An Afghan name in a report told so far in a neighbour ("ولاية سيستان بلوشستان
    الإيرانية", then "مدعي عام زابل"): the neighbour's namesake (Zabol), when the gazetteer
    knows one spelt the same; else the Afghan reading."""
    adjective = next((adj for code, adj in lx.NEIGHBOURS.values() if code == country), None)
    if not mention.in_afghanistan or adjective is None:
        return mention
    match = _namesake(f"{mention.text} {adjective}", country, gazetteer=gazetteer)
    if match is None:
        return mention
    return _mention(mention.text, mention.start, mention.end, mention.unit, match)


def quarters_named_as_districts(
    tokens: list[Token], mentions: list[PlaceMention], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """The mentions, a district's name after "حي" (a quarter) read as its province only:
    "في متجر في حي خوجاني بمدينة جلال آباد" is a quarter of the town named after the
    district, not the district itself; the town, if named, places it. Told as lying in a
    province right after it ("في حي X في إقليم Y"), it is the district, as some outlets
    write "حي" for one."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for m in mentions:
        k = starts.get(m.start)
        if (
            m.level == "district"
            and k
            and tokens[k - 1].key in _QUARTERS
            and not _a_province_follows(tokens, m.end)
            and m.province_pcode
            and (province := gazetteer.get(m.province_pcode)) is not None
        ):
            match = gazetteer.match(province.name_ar, fuzzy=False)
            if match.best is not None and match.best.entry.id == province.id:
                m = replace(_mention(m.text, m.start, m.end, None, match), role=m.role)
        out.append(m)
    return out


_QUARTERS: Final = frozenset(normalize(w) for w in ("حي", "بحي", "الحي", "وحي", "لحي"))


def _namesake(query: str, country: str, *, gazetteer: Gazetteer) -> Match | None:
    """The place of the neighbour (by its code) a name is read as exactly, with that
    neighbour's adjective after it ("زابل الإيرانية"), or None."""
    match = gazetteer.match(query, level="outside", fuzzy=False)
    return match if match.best is not None and match.best.entry.country == country else None


_THE_AREA: Final = frozenset(normalize(w) for w in ("المنطقة", "بالمنطقة"))


def _told_beyond_afghanistan(after: list[Token]) -> bool:
    """Whether the words right after a name say it lies outside Afghanistan: the tribal
    areas' adjective ("منطقة باجور القبلية"), or Afghanistan as its neighbour across a
    border ("الواقعة على الحدود مع أفغانستان", "المحاذية لأفغانستان", "قرب الحدود
    الأفغانية"), but not the border of two countries ("الحدود الأفغانية الباكستانية")."""
    if after and after[0].key in _TRIBAL:
        return True
    for k, tok in enumerate(after):
        if tok.key in lx.CLAUSE_OPENERS or unit_level(tok) is not None:
            return False
        forms = tok.bare
        if not lx.AFGHANISTAN.isdisjoint(forms) and k > 0:
            prior = after[k - 1]
            near = prior.key in lx.WITH or not lx.BORDER.isdisjoint(prior.bare)
            if near or (any(f.startswith("ل") for f in forms) and prior.key in lx.ADJACENT):
                return True
        if tok.key in lx.AFGHAN and k > 0 and not lx.BORDER.isdisjoint(after[k - 1].bare):
            following = after[k + 1] if k + 1 < len(after) else None
            return following is None or not any(
                f in lx.NEIGHBOURS or f in _NEIGHBOUR_ADJECTIVES for f in following.bare
            )
    return False


def _neighbour_named(tokens: list[Token]) -> tuple[str, str] | None:
    """The first neighbour of Afghanistan the sentence names, by name or adjective."""
    for tok in tokens:
        for f in tok.bare:
            found = lx.NEIGHBOURS.get(f) or _NEIGHBOUR_ADJECTIVES.get(f)
            if found is not None:
                return found
    return None


# the tribal areas' adjective, and Baluchistan's ("مقاطعة قلات البلوشية")
_TRIBAL: Final = frozenset(normalize(w) for w in ("القبلية", "القبلي", "البلوشية", "البلوشي"))
_BORDER_REACH: Final = 6
# "الباكستانية", "الباكستاني", "باكستانيون": the neighbour named by its adjective
_NEIGHBOUR_ADJECTIVES: Final = {
    normalize(f"{stem}{ending}"): (code, adjective)
    for _, code, adjective in lx.NEIGHBOUR_NAMES
    for stem in (adjective.removesuffix("ية"), adjective.removesuffix("ية")[2:])
    for ending in ("ي", "ية", "يون", "يين")
}
_ACROSS_THE_BORDER: Final = re.compile("القبلي|البلوشي|أفغانستان|افغانستان|الأفغانية|الافغانية")


def _neighbour_in_apposition(after: list[Token], end: int) -> tuple[str, str] | None:
    """The neighbour named at the end of a description set off by a comma after a name:
    "في تورخام، آخر المعابر الحدودية الرئيسية في شمال غرب باكستان"."""
    if not after or after[0].start - end < 2:
        return None  # no comma: no apposition
    for k, tok in enumerate(after[:_APPOSITION_REACH]):
        if k and (tok.text.startswith("و") or tok.key in lx.CLAUSE_OPENERS):
            return None
        if tok.key in lx.IN and k:
            rest = after[k + 1 : k + 4]
            if not rest:
                return None
            while len(rest) > 1 and not _DIRECTION_WORDS.isdisjoint(rest[0].bare):
                rest = rest[1:]  # "في شمال غرب باكستان"
            return next((lx.NEIGHBOURS[f] for f in rest[0].bare if f in lx.NEIGHBOURS), None)
    return None


_APPOSITION_REACH: Final = 7


def _neighbour_after(after: list[Token]) -> tuple[str, str] | None:
    """The neighbour named right after a name: after one or two directions ("شمال غربي
    باكستان"), after "في", or with the preposition "ب" ("بباكستان")."""
    k = 0
    while k < len(after) - 1 and not _DIRECTION_WORDS.isdisjoint(after[k].bare):
        k += 1
    if k == 0 and len(after) > 1 and after[0].key in lx.IN:
        k = 1
    if k >= len(after):
        return None
    word = after[k]
    # right after the name only "بباكستان" (with "ب") says where it lies
    forms = word.bare if k else [f for f in word.bare[1:] if word.key.startswith("ب")]
    return next((lx.NEIGHBOURS[f] for f in forms if f in lx.NEIGHBOURS), None)


def _neighbour_after_its_province(after: list[Token]) -> tuple[str, str] | None:
    """The neighbour named after the province a name is told in: "بلدة X في إقليم Y
    بباكستان" (the unit word, a name of one or two words, then the neighbour)."""
    j = 1 if after and after[0].key in lx.IN else 0
    if j >= len(after) or unit_level(after[j]) is None:
        return None
    for name_words in (1, 2):
        start = j + 1 + name_words
        country = _neighbour_after(after[start : start + 3])
        if country is not None:
            return country
    return None


# The neighbours' names as written, to skip sentences that name none.
_A_NEIGHBOUR: Final = re.compile("|".join(names for names, _, _ in lx.NEIGHBOUR_NAMES))


def _within_their_province(
    mentions: list[PlaceMention], tokens: list[Token], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """ "بلدة X في إقليم وزيرستان", "قرية X بولاية غزني": a place told as lying in the
    province named right after it is read in that province. A reading elsewhere (a
    village of the same name in another province, an Afghan name for a town of
    Pakistan) gives way to the reading inside it, else to none. `tokens`: the
    sentence's words, whose run between two names says how they stand."""
    out = list(mentions)
    for k, (inner, outer) in enumerate(itertools.pairwise(mentions)):
        gap = [t for t in tokens if inner.end <= t.start and t.end <= outer.start]
        if not (
            # (a name the gazetteer could not read alone, "منطقة "موماند دارا" بإقليم
            # نانجارهار", is read among the province's own names)
            (inner.resolved or inner.unit is not None)
            and outer.resolved
            and outer.unit is not None
            and outer.level in ("province", "outside")
            # a town named like a province ("مدينة زابل في محافظة سيستان وبلوشستان")
            and (inner.level in ("place", "district") or inner.unit == "place")
            and _only_in_between(gap)
        ) and not (
            _a_province_name_in_a_district(inner, outer, gap)
            or _told_as_lying_in(inner, outer, gap)
            or _described_as_a_village_of(inner, outer, gap)
            or _a_village_in_a_district_elsewhere(inner, outer, gap)
        ):
            continue
        if inner.country == outer.country and (
            inner.country != "AF" or inner.province_pcode == outer.province_pcode
        ):
            continue
        match = gazetteer.match(
            inner.text,
            province=outer.province_pcode,
            level=inner.unit,
            fuzzy=inner.unit is not None,
        )
        inside = match.entry is not None and (
            match.entry.province_pcode == outer.province_pcode
            if outer.country == "AF"
            else match.entry.country == outer.country
        )
        out[k] = _mention(
            inner.text,
            inner.start,
            inner.end,
            inner.unit,
            match if inside else Match(query=inner.text, best=None),
        )
    return out


def _named_again_as_before(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A name told again later in the sentence is the place it was read as first, when that
    reading was abroad ("بلدة X في إقليم Y بباكستان"، then "مستشفى X"): the Afghan
    namesake of its second telling is a coincidence."""
    abroad: dict[str, PlaceMention] = {}
    out = []
    for m in mentions:
        key = normalize(m.text)
        first = abroad.get(key)
        if first is not None and m.in_afghanistan:
            m = replace(first, start=m.start, end=m.end, text=m.text, unit=m.unit)
        elif m.resolved and not m.in_afghanistan:
            abroad.setdefault(key, m)
        out.append(m)
    return out


def _guesses_beside_a_town_abroad(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """An Afghan reading that is only a guess (a fuzzy or skeleton match), or a village's
    where no Afghan province or district is named, in a sentence that names a town or
    region abroad exactly ("في مير علي ... وفي منطقة شاكتو") is likely another place
    abroad: it gives way to none, its candidates kept."""
    if not any(
        m.resolved
        and not m.in_afghanistan
        and m.entry_id not in lx.COUNTRY_ENTRIES
        and m.score == 100
        for m in mentions
    ):
        return mentions
    # a village of the same name, in a sentence that names no Afghan province or district
    # ("بلدة حيدر خيل قرب مدينة مير علي"): the town abroad's neighbour, not the village
    afghan_units = any(m.in_afghanistan and m.level in ("province", "district") for m in mentions)
    return [
        _as_a_candidate(m)
        if m.in_afghanistan
        and (
            (read_loosely(m.method) and m.level in ("district", "place"))
            or (m.level == "place" and not afghan_units)
        )
        else m
        for m in mentions
    ]


def _first_words_unheld(mentions: list[PlaceMention], province: str | None) -> list[PlaceMention]:
    """ "بلدة سبين": an Afghan name read as the first word of a longer one ("سبين بولدك")
    is a guess unless its province is told, in the sentence or before it; else it gives
    way to none, its reading kept first among the candidates."""
    told = {province} | {
        m.province_pcode for m in mentions if m.in_afghanistan and m.method != "partial"
    }
    return [
        _as_a_candidate(m)
        if m.in_afghanistan and m.method == "partial" and m.province_pcode not in told
        else m
        for m in mentions
    ]


def _villages_in_the_district_after(
    mentions: list[PlaceMention], tokens: list[Token]
) -> list[PlaceMention]:
    """ "في قرية X، بمنطقة Y في منطقة Z", "بمنطقة X في مديرية Z": a village or an area read
    as a district lies, by the words, in the district the chain of places after it ends
    in, when that district is another: no district lies inside another. It gives way to
    none, its reading kept among the candidates. An area ("منطقة") counts so only inside a
    district named with its own unit word ("مديرية"), as outlets also write "منطقة" for a
    district. `tokens`: the sentence's words."""
    out = list(mentions)
    for k, inner in enumerate(mentions):
        before = [t for t in tokens if t.end <= inner.start][-1:]
        if not (inner.in_afghanistan and inner.level == "district" and inner.unit == "place"):
            continue
        a_village = bool(before) and before[0].key in _VILLAGE_WORDS
        end = inner.end
        for outer in mentions[k + 1 :]:
            gap = [t for t in tokens if end <= t.start and t.end <= outer.start]
            if not gap or not all(
                unit_level(t) is not None or t.key in lx.IN or t.key in _BELONGING for t in gap
            ):
                break  # the chain of places lying one in the next ends
            if (
                outer.in_afghanistan
                and outer.level == "district"
                and outer.unit in (("place", "district", "any") if a_village else ("district",))
                and outer.district_pcode != inner.district_pcode
            ):
                out[k] = _as_a_candidate(inner)
                break
            end = outer.end
    return out


def _areas_of_the_country(
    mentions: list[PlaceMention], tokens: list[Token], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """ "في منطقة غزنة الأفغانية": an area named as a province's town or its capital
    district, with the country's adjective after it, is the province (a wire's "region"),
    not the town: a town is told as "مدينة". `tokens`: the sentence's words."""
    out = []
    for m in mentions:
        before = [t for t in tokens if t.end <= m.start][-1:]
        after = [t for t in tokens if t.start >= m.end][:1]
        if (
            m.in_afghanistan
            and m.level in ("place", "district")
            and before
            and not _AREA_WORDS.isdisjoint(before[0].bare)
            and after
            and after[0].key in lx.AFGHAN
        ):
            match = gazetteer.match(m.text, level="province", fuzzy=False)
            if (
                match.entry is not None
                and match.entry.level == "province"
                and match.entry.province_pcode == m.province_pcode
            ):
                m = replace(_mention(m.text, m.start, m.end, "province", match), role=m.role)
        out.append(m)
    return out


_AREA_WORDS: Final = frozenset(normalize(w) for w in ("منطقة",))


# A village's word before its name ("في قرية", "ببلدة"): no "و" that joins another place.
_VILLAGE_WORDS: Final = frozenset(normalize(p + w) for w in ("قرية", "بلدة") for p in ("", "ب"))


def _as_a_candidate(m: PlaceMention) -> PlaceMention:
    """A mention left unresolved, its reading kept first among the candidates."""
    unresolved = _mention(m.text, m.start, m.end, m.unit, Match(query=m.text, best=None))
    return replace(unresolved, candidates=(m.as_candidate(), *m.candidates), role=m.role)


_GUESSES: Final = frozenset(("fuzzy", "skeleton", "partial"))


def _wrapped_words(gaps: list[str], i: int) -> int:
    """How many words the bracket or quote opened right after the unit word at `i` wraps
    (up to `_MAX_NAME_TOKENS`), or 0 when none opens there or it does not close soon."""
    if not any(mark in gaps[i] for mark in _OPENERS):
        return 0
    for k in range(i + 1, min(len(gaps), i + 1 + _MAX_NAME_TOKENS)):
        if any(mark in gaps[k] for mark in _CLOSERS):
            return k - i
        if gaps[k].strip(" -"):
            return 0  # other punctuation before it closes
    return 0


_OPENERS: Final = '(«“"[/'
_CLOSERS: Final = ')»”"]/'


def _runs_on(
    tokens: list[Token], stop_form: list[bool], j: int, span_ok: Callable[[int, int], bool]
) -> bool:
    """Whether the word at `j` goes on the name before it: joined to it, no stopword, no
    number and no adjective with "ال" ("سنجن المضطربة")."""
    return (
        j < len(tokens)
        and span_ok(j - 1, 2)
        and not stop_form[j]
        and not tokens[j].key.startswith("ال")
        and not tokens[j].key.isdigit()
    )


def _a_noun_in_construct(
    tokens: list[Token], stop_form: list[bool], j: int, span_ok: Callable[[int, int], bool]
) -> bool:
    """Whether the word at `j` is a definite noun the word before governs ("قلعة الزال"),
    joined to it: no stopword and no feminine adjective agreeing with it ("قلعة الواقعة")."""
    return (
        j < len(tokens)
        and span_ok(j - 1, 2)
        and not stop_form[j]
        and tokens[j].key.startswith("ال")
        and not tokens[j].key.endswith("ة")
    )


def _within_the_province_told(
    mentions: list[PlaceMention], tokens: list[Token], province: str, *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """ "في منطقة شينكاي بالإقليم": a place told as lying in "the province", the one the
    text has named, is read in that province; a reading in another province (a district
    of the same name elsewhere) gives way to the reading inside it, else to none."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if not (
            m.resolved
            and m.in_afghanistan
            and m.level in ("district", "place")
            and m.province_pcode != province
            and _the_province_follows(tokens, m.end)
        ):
            continue
        match = gazetteer.match(m.text, province=province, level=m.unit, fuzzy=m.unit is not None)
        inside = match.entry is not None and match.entry.province_pcode == province
        out[k] = _mention(
            m.text, m.start, m.end, m.unit, match if inside else Match(query=m.text, best=None)
        )
    return out


def _the_province_follows(tokens: list[Token], end: int) -> bool:
    """Whether "the province" (a unit word with the article: "بالولاية", "في الإقليم")
    comes right after a name ending at `end`."""
    after = _word_after_the_name(tokens, end)
    return after is not None and after.key in lx.THE_PROVINCE


def _a_province_follows(tokens: list[Token], end: int) -> bool:
    """Whether a province's unit word ("بإقليم", "في ولاية") comes right after a name
    ending at `end`."""
    after = _word_after_the_name(tokens, end)
    return after is not None and unit_level(after) == "province"


def _word_after_the_name(tokens: list[Token], end: int) -> Token | None:
    """The word after a name ending at `end`, past a "في" ("X في إقليم")."""
    after = [t for t in tokens if t.start >= end][:2]
    if after and after[0].key in lx.IN:
        after = after[1:]
    return after[0] if after else None


def _told_as_lying_in(inner: PlaceMention, outer: PlaceMention, gap: list[Token]) -> bool:
    """ "وادي لغمان الواقع في ساريبول": a place the text says lies in a province, whatever
    its name reads alone (here a province of its own), with or without the province's
    unit word. `gap`: the words between the two names."""
    words = gap
    while words and unit_level(words[-1]) is not None:
        words = words[:-1]
    return (
        inner.resolved
        and outer.resolved
        and outer.level in ("province", "outside")
        and len(words) == 2
        and words[0].key in _LYING
        and words[1].key in lx.IN
    )


_LYING: Final = frozenset(normalize(w) for w in ("الواقع", "الواقعة", "الواقعين", "الواقعتين"))
# Lying in or belonging to the place after: "قرية X التابعة لمديرية Y".
_BELONGING: Final = _LYING | frozenset(normalize(w) for w in ("التابعة", "التابع"))


def _described_as_a_village_of(inner: PlaceMention, outer: PlaceMention, gap: list[Token]) -> bool:
    """ "ميدان X (قرية في وزيرستان)", "X، وهي بلدة بإقليم Y": a name the text describes
    right after it as a village, town or area lying in a place abroad or a province is
    read there, however its name reads alone. `gap`: the words between the two names."""
    words = gap[1:] if gap and gap[0].key in lx.HE_OR_SHE else gap
    return (
        inner.resolved
        and outer.resolved
        and outer.level in ("province", "outside")
        and len(words) >= 2
        and unit_level(words[0]) == "place"
        and words[0].key in UNIT_WORDS  # (not "وقرية": another place joined)
        and all(unit_level(t) is not None or t.key in lx.IN for t in words[1:])
        and any(t.key in lx.IN or t.key.startswith("ب") for t in words[1:])
    )


def _a_province_name_in_a_district(
    inner: PlaceMention, outer: PlaceMention, gap: list[Token]
) -> bool:
    """ "في سامنغان في منطقة شاه ولي كوت": a bare name read as a province, told as lying
    in a district of another province, is a village of that district's province."""
    words = gap
    return (
        inner.unit is None
        and inner.level == "province"
        and outer.unit is not None
        and outer.level == "district"
        and outer.country == "AF"
        and inner.province_pcode != outer.province_pcode
        and len(words) == 2
        and words[0].key in lx.IN
        and unit_level(words[1]) in ("district", "place", "any")
    )


def _a_village_in_a_district_elsewhere(
    inner: PlaceMention, outer: PlaceMention, gap: list[Token]
) -> bool:
    """ "منطقة لاغرجوي بمديرية كوت": a village read in another province than the district
    the text says it lies in; the village of that name, if any, is the district's."""
    words = gap
    return (
        inner.level == "place"
        and inner.country == "AF"
        and outer.level == "district"
        and outer.unit == "district"
        and inner.province_pcode != outer.province_pcode
        and 0 < len(words) <= 2
        and any(unit_level(t) == "district" for t in words)
        and all(unit_level(t) is not None or t.key in lx.IN for t in words)
    )


def _only_in_between(gap: list[Token]) -> bool:
    """Whether the words between two names say the second contains the first: "في",
    a province's unit word ("بولاية", "في إقليم"), a comma."""
    words = gap
    if words and unit_level(words[0]) is None and words[0].key not in NOT_PLACES | lx.IN:
        words = words[1:]  # the rest of a name the gazetteer read in part ("امير عليب")
    return (
        bool(words)
        and len(words) <= 2
        and any(unit_level(t) in ("province", "outside") for t in words)
        and all(unit_level(t) is not None or t.key in lx.IN for t in words)
        # "بين مدينة مزار الشريف وولاية قندز": a unit word joined by "و" adds a place
        and not any(t.key.startswith("و") and t.key[1:] in UNIT_WORDS for t in words)
    )


def _inside_a_quoted_name(gaps: list[str], i: int, n: int) -> bool:
    """Whether the words i..i+n end a name in quotes that began a word or two before them
    ("لبنك «نيو كابول»"): a name of its own, not the place (a place quoted alone,
    "في «قندهار»", is the place)."""
    closes = i + n - 1 < len(gaps) and any(q in gaps[i + n - 1] for q in _CLOSING_QUOTES)
    if not closes or i == 0:
        return False
    for k in (i - 2, i - 3):  # the gap before the word (or two) opening the quote
        if k >= 0 and gaps[k].rstrip().endswith(_OPENING_QUOTES):
            return not any(q in "".join(gaps[k + 1 : i]) for q in _CLOSING_QUOTES)
    return False


_OPENING_QUOTES: Final = ("«", '"', "“")
_CLOSING_QUOTES: Final = ("»", '"', "”")
# Nouns of a part of a town or its outskirts: "بضاحية زاراي", "حي X".
_AREA_NOUNS: Final = frozenset(
    normalize(w) for w in ("ضاحية", "الضاحية", "حي", "ضواحي", "أطراف", "مشارف", "سوق")
)
_KABUL_CITY: Final = "AF0101"
_THE_CAPITAL_BARE: Final = normalize("العاصمة")
# Words of time or of a clause, which end a name: "في مدينة قلعة حيث", "... قلعة فجر اليوم"
_NO_NAME_PARTS: Final = lx.CLAUSE_OPENERS | frozenset(
    normalize(w)
    for w in (
        *("عندما", "مما", "حيث", "حين", "حينما", "كما", "التي", "الذي"),
        *("فجر", "ظهر", "صباح", "مساء", "عصر", "صباحا", "مساء", "ليلا", "ظهرا", "عصرا"),
        *("اليوم", "أمس", "امس", "يوم", "ليلة"),
    )
)


def _named_next(tokens: list[Token], i: int) -> bool:
    """Whether the capital's name follows ("العاصمة الأفغانية كابل"): then the name is the
    mention."""
    return i < len(tokens) and not lx.KABUL_NAMES.isdisjoint(tokens[i].bare)


def _its_province_follows(tokens: list[Token], j: int, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether the words from j name the place's own province after its unit word
    ("بولاية كابيسا", "في ولاية كابيسا"): a village named so is no word that happens to
    spell one."""
    if j < len(tokens) and tokens[j].key in lx.IN:
        j += 1
    if j + 1 >= len(tokens) or unit_level(tokens[j]) != "province":
        return False
    for n in (1, 2):
        name = " ".join(t.text for t in tokens[j + 1 : j + 1 + n])
        found = gazetteer.match(name, level="province", fuzzy=False).best
        if found is not None and found.entry.level == "province":
            return found.entry.province_pcode == entry.province_pcode
    return False


def _a_provincial_capital(entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a place is the city its province is named after, in the province's first
    district (OCHA numbers the capital's district 01): Kunduz city, Ghazni city."""
    if entry.province_pcode is None or entry.district_pcode != f"{entry.province_pcode}01":
        return False
    province = gazetteer.get(entry.province_pcode)
    return province is not None and province.name_en == entry.name_en


def _of_the_province_told(match: Match, province: str | None) -> bool:
    """Whether the answer is a district of another Afghan province than the one in
    context."""
    best = match.best
    return (
        best is not None
        and province is not None
        and best.entry.level == "district"
        and best.entry.country == "AF"
        and best.entry.province_pcode != province
    )


def _in_the_province_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether "the province" is referred back to within a few words after j ("في جنوب
    الاقليم", "بالولاية"): the name before it lies in the province in context."""
    return any(
        lx.ANAPHORA.get(form) == "province"
        for t in tokens[j : j + _ANAPHOR_AFTER]
        for form in t.bare
    )


_ANAPHOR_AFTER: Final = 6  # "كوت | التي تقع إلى الشمال من الإقليم"
# "في منطقة X | على أطراف العاصمة كابول": a district's province within five words after it
_ITS_PROVINCE_AFTER: Final = 5


def _implausible(match: Match, province: str | None) -> bool:
    """A weak answer that leaves the province the text is about.

    With a province in context, a village of the same name elsewhere, or a fuzzy or
    skeleton match to a district of another province, is a coincidence of spelling.
    """
    best = match.best
    if best is None or province is None or best.entry.level in ("province", "outside"):
        return False
    if best.entry.province_pcode == province:
        return False
    return best.entry.level == "place" or read_loosely(best.method)


def _a_district_of_the_province(match: Match, province: str | None) -> Match | None:
    """ "في منطقة سيداباد" told of Wardak: the name is a village elsewhere as written, and
    a district of the province told, written a little otherwise (Saydabad): that district,
    its spelling close enough, is the one meant. None when no candidate is."""
    if province is None:
        return None
    near = [
        c
        for c in match.candidates
        if c.entry.level == "district"
        and c.entry.province_pcode == province
        and c.score >= _CONTEXT_DISTRICT_SCORE
    ]
    if not near:
        return None
    return replace(match, best=max(near, key=lambda c: c.score), ambiguous=False)


# How close a district of the province told must be written to stand for a name that is
# a village elsewhere: a letter or a space apart.
_CONTEXT_DISTRICT_SCORE: Final = 90.0


def read_loosely(method: str | None) -> bool:
    """Whether a name was read by likeness or by its consonants, not as written ("skeleton~"
    is a fuzzy match on the consonant skeleton: as weak as either)."""
    return method is not None and method.rstrip("~") in _GUESSES


def _a_province_or_district_too(raw: str, match: Match, gazetteer: Gazetteer) -> bool:
    """ "قرب مطار كابول", "في مدينة كابول" told while the article is about another
    province: a provincial capital, or a town whose exact name is a province's or a
    district's (or close to its own district's), is that one, no village of the same
    name."""
    best = match.best
    if best is None or best.method != "exact" or best.entry.level != "place":
        return False
    if _a_provincial_capital(best.entry, gazetteer):
        return True  # "وفي قندز شمال أفغانستان": Kunduz city, named as its province is
    whole = gazetteer.match(raw, fuzzy=False)
    if (
        whole.best is not None
        and whole.best.method == "exact"
        and whole.best.entry.level in ("province", "district")
        and whole.best.entry.province_pcode == best.entry.province_pcode
    ):
        return True
    # "قاعدة باغرام": a town named like the district it lies in, written a letter apart
    # from the district's own spelling (Bagram), is that district's centre
    return any(
        c.entry.level == "district"
        and c.entry.district_pcode == best.entry.district_pcode
        and c.score >= _ITS_DISTRICTS_NAME_SCORE
        for c in match.candidates
    )


_ITS_DISTRICTS_NAME_SCORE: Final = 90.0


def _corrected(
    raw: str, corrections: Mapping[str, str] | None, gazetteer: Gazetteer
) -> Match | None:
    """An analyst's correction for this spelling, as a match, or None."""
    if not corrections:
        return None
    entry_id = corrections.get(normalize(raw))
    entry = gazetteer.get(entry_id) if entry_id else None
    if entry is None:
        return None
    from gazetteer.match import Candidate

    cand = Candidate(
        entry, 100.0, normalize(raw), "analyst correction", "correction", normalize(raw)
    )
    return Match(query=raw, best=cand, candidates=(cand,))


# Up to three words at the head of a line, maybe a country in brackets, then a dash, a
# colon or a slash: "كابول - وكالات", "قندهار (أفغانستان) - رويترز - قال ...", "هرات: قال
# الجيش ...", "إسلام آباد: «الشرق الأوسط»", "كابل / الأناضول".
# Each word is taken whole (possessive "++"): what may follow a word is never a letter
# of it, so splitting a word between repeats found nothing and cost the regex engine
# time cubic in the words' lengths.
_DATELINE: Final = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«]++\s?){1,3}?)\s*(?:\([^)\n]{1,30}\)\s*){0,2}"
    r"(?:[-–ـ]+\s*\S|:\s*[-–ـ]*\s*[«\"(]|:\s*[-–ـ]+\s*(?=[\u0621-\u064a])"
    # ("قندهار:اعلن ناطق": the colon glued to the story's first word, which is no place
    # of a second colon, "الكوفية:كابول:")
    r"|:\s+(?=[\u0621-\u064a])|:(?=[\u0621-\u064a])(?![^\s:]{1,20}:)"
    r"|\s/\s*(?=[\u0621-\u064a]))"
)


# Wire style without a dash: "كابول 12 يونيو 2007 (شينخوا)", "كابول (د ب أ)".
_AGENCIES: Final = (
    "شينخوا|د ب أ|د\\.ب\\.أ|أ ف ب|ا ف ب|أ\\.ف\\.ب|رويترز|يو بي آي|أ ش أ|ا ش ا|الأناضول|كونا|"
    "قنا|وام|واس|إرنا|ايرنا|سانا|بترا"
)


# A credit line of its own, in brackets, at the foot of a wire story: "(جلال أباد ـ أ ف ب)".
_CREDIT_LINE: Final = re.compile(
    r"^\s*\(\s*(?:[^\s\-–ـ()]++\s?){1,3}\s*[-–ـ/]+\s*(?:" + _AGENCIES + r"|وكالات)\s*\)\s*\.?\s*$"
)


# Two outlets credited in brackets with the date: "(پاکستان پوائنٹ نیوز / سبوتنيك - 02 يونيو
# 2019ء)". The names are outlets (one may be a country's name), no place of the story.
_OUTLETS_CREDITED: Final = re.compile(
    r"\([^()\n/]{2,60}/[^()\n/]{2,60}?[-–ـ]\s*[\d\u0660-\u0669]{1,2}\s+[^\s\d()]+"
    r"\s+[\d\u0660-\u0669]{4}[^()\n\d]{0,3}\)"
)


def outlets_credited(text: str, *, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of outlets credited in brackets with a date, as offsets in the article."""
    return [(offset + m.start(), offset + m.end()) for m in _OUTLETS_CREDITED.finditer(text)]


def credit_line(text: str) -> bool:
    """Whether a sentence is only a wire credit line ("(جلال أباد ـ أ ف ب)"): where the
    story was filed, no event."""
    return _CREDIT_LINE.match(text) is not None


_WIRE_DATELINE: Final = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«\d،,]++\s?){1,3}?)\s*"
    # "جلال آباد، أفغانستان" or "غزنة (أفغانستان)": the country after the place
    r"(?:[،,]\s*[^\s\d(،,]+(?:\s[^\s\d(،,]+)?\s*|\([^)\n\d]{1,20}\)\s*)?"
    # "12 يونيو 2007", "6 آب/أغسطس 2009", "14 مايو", "11 أغسطس اب" (two month names)
    r"(?:[\d\u0660-\u0669]{1,2}\s+[^\s\d(]+(?:\s*/\s*[^\s\d(]+|\s+[^\s\d(]+)?"
    r"(?:\s+[\d\u0660-\u0669]{4})?\s*)?"
    r"\((?:" + _AGENCIES + r")\)"
)


# The agency between commas after the place: "هرات، ا ف ب، قال مسؤولون".
_COMMA_DATELINE: Final = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«\d،,]++\s?){1,3}?)\s*[،,]\s*(?:" + _AGENCIES + r")\s*[،,]"
)


# The paper's name in guillemets after the place, maybe an agency, then a colon:
# "قندهار «الأيام» ا.ف.ب :".
_QUOTED_OUTLET_DATELINE: Final = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«\d،,]++\s?){1,3}?)\s*«[^»\n]{1,30}»\s*(?:[^\s:«»]{1,12}\s*)?:"
)


# Xinhua's Arabic service without the agency: "ميمنة، أفغانستان 20 إبريل 2018 /صدت قوات":
# the place, maybe its country, a full date, then a slash.
_SLASH_DATELINE: Final = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«\d،,]++\s?){1,3}?)\s*"
    r"(?:[،,]\s*[^\s\d(،,]+(?:\s[^\s\d(،,]+)?\s*)?"
    r"[\d\u0660-\u0669]{1,2}\s+[^\s\d(]+(?:\s*/\s*[^\s\d(]+)?\s+[\d\u0660-\u0669]{4}\s*/"
)


# The outlet's name before the place, each with its colon: "الكوفية:كابول: لقي 10 مدنيين".
_OUTLET_DATELINE: Final = re.compile(
    r"^\s*[^\s:\d]{2,20}:\s*((?:[^\s\-–ـ(:«\d]++\s?){1,2}?)\s*:\s*"
)


_A_COUNTRY_IN_BRACKETS: Final = re.compile(r"\s*\([^)\n]{1,30}\)")
_SECOND_DATELINE: Final = re.compile(
    r"\s*[-–ـ]\s*((?:[^\s\-–ـ(:«]++\s?){1,2}?)\s*(?::\s*[«\"(]|[-–ـ]\s*\S)"
)


# Words that head a credit line, not a dateline: "المصدر: الأناضول", "إعداد: ...".
_CREDITS: Final = frozenset(
    normalize(w) for w in ("المصدر", "مصدر", "إعداد", "ترجمة", "تحرير", "بقلم", "كتب", "المحرر")
)


# A dateline opens on its place, never on a preposition: "خلال صلاة الجمعة- تفجير مسجد"
# is a headline cut by a dash.
_PREPOSITIONS: Final = lx.AFTER | frozenset(
    normalize(w) for w in ("خلال", "في", "وفي", "قبل", "مع", "منذ", "على", "عن", "من", "إلى")
)


# A line of its own, maybe after a bullet, with the place and the agencies: "* كابول
# الوكالات:", "كابول - وكالات"; the story starts on the next line.
_AGENCY_LINE: Final = re.compile(
    r"^\s*[*•·]?\s*((?:[^\s\-–ـ(:«*•·\d]++\s?){1,3}?)\s*[-–ـ/]?\s*"
    r"(?:الوكالات|وكالات|وكالات الأنباء|" + _AGENCIES + r")\s*:?\s*$"
)


_NO_PLACE_HEADS: Final = _CREDITS | _PREPOSITIONS


# The frame a sentence opens on: "وفي ...", "ففي ...".
_HEAD_FRAMES: Final = frozenset(normalize(w) for w in ("وفي", "ففي", "في"))
_FRAMED_SKELETON_SCORE: Final = 85.0
# A skeleton read of a name romanised with hyphens ("سار-اي-بول" as ساري بول): the
# ezafe written as a word costs it some likeness.
_HYPHENED_SKELETON_SCORE: Final = 85.0
# A district's skeleton confirmed by its province named right after it
_CONFIRMED_SKELETON_SCORE: Final = 85.0


def capital_mention(
    sentence: Sentence,
    tokens: list[Token],
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
) -> PlaceMention | None:
    """The national capital named bare ("وفي العاصمة، انفجرت عبوة", "شرقي العاصمة"): in
    Afghan reporting that is Kabul city, as "العاصمة الأفغانية" is (step 0 of
    `find_mentions`). None when the word names another (with a country's or a province's
    adjective: "العاصمة الباكستانية", "العاصمة الإقليمية"), is followed by the capital's
    own name (found already), follows a town's name as its apposition, or the sentence
    names Kabul."""
    city = gazetteer.get(_KABUL_CITY)
    if city is None or any(m.province_pcode == city.province_pcode for m in mentions):
        return None
    named_at = {m.start for m in mentions}
    ending_at = {m.end for m in mentions}
    for k, tok in enumerate(tokens):
        if tok.key not in lx.THE_CAPITAL:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and (after.start in named_at or after.key.startswith("ال")):
            continue  # "العاصمة الباكستانية", "العاصمة الإقليمية", "العاصمة كابول"
        if k > 0 and tok.key == _THE_CAPITAL_BARE and tokens[k - 1].end in ending_at:
            continue  # "في مدينة قندهار العاصمة": the town named, told a capital (not "والعاصمة")
        best = Candidate(city, 100.0, tok.key, "the Afghan capital", "exact", tok.key)
        return _mention(tok.text, tok.start, tok.end, None, Match(query=tok.key, best=best))
    return None


def dateline_mention(
    sentence: Sentence, span: tuple[int, int], *, gazetteer: Gazetteer
) -> PlaceMention | None:
    """The dateline's place read whole and exactly, when no name was found there: a town
    named alone at the head of a wire story ("باغرام (افغانستان):") is where the wire wrote
    from, whatever its level."""
    start, end = span
    if not (sentence.start <= start and end <= sentence.end):
        return None
    raw = sentence.text[start - sentence.start : end - sentence.start]
    match = gazetteer.match(raw, fuzzy=False)
    if match.best is None or match.best.method != "exact":
        return None
    return _mention(raw, start, end, "dateline", match)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the dateline place near the head of an article, if it has one."""
    for m in re.finditer(r"(?m)^.*$", text[:600]):
        d = (
            _DATELINE.match(m.group())
            or _WIRE_DATELINE.match(m.group())
            or _SLASH_DATELINE.match(m.group())
            or _OUTLET_DATELINE.match(m.group())
            or _COMMA_DATELINE.match(m.group())
            or _QUOTED_OUTLET_DATELINE.match(m.group())
            or _AGENCY_LINE.match(m.group())
        )
        # "وقال داود أحمدي -المتحدث باسم ...": a speaker and his title, not a place; nor
        # a credit line ("المصدر: الأناضول.", "إعداد: ...").
        if (
            d
            and not any(f in lx.CLAIM_VERBS for t in tokenize(d.group(1)) for f in t.bare)
            and not any(t.key in _NO_PLACE_HEADS for t in tokenize(d.group(1))[:1])
        ):
            end = d.start(1) + len(d.group(1).rstrip())
            # "قندهار - كابل: «الشرق الأوسط»", "قندهار - كابول - وكالات": a report from two
            # places, both datelines
            # ("قندهار (أفغانستان) ـ كابل ـ أ ف ب": the first place's country between)
            country = _A_COUNTRY_IN_BRACKETS.match(m.group(), end)
            more = _SECOND_DATELINE.match(m.group(), country.end() if country else end)
            # "هرات - وكالات - قال": the agencies after the place are no second place
            if more and not any(t.key in NOT_PLACES for t in tokenize(more.group(1))):
                end = more.start(1) + len(more.group(1).rstrip())
            return m.start() + d.start(1), m.start() + end
    return None
