"""Background: whether a sentence tells the event or something else in its time, the past
("وكانت الولاية شهدت في مارس"), a habit, a plan, a threat, a foiled plot or a tally over a
period; and the earlier event a sentence says the told one came after. Read for every
sentence by `incidents.segment.read_sentence`."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Final

from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import numbers
from incidents.casualties import (
    an_event_named,
    casualties,
    casualty_kind,
    number_at,
    war_tally_at,
)
from incidents.events import event_type, trade_words
from incidents.mentions import unit_level
from incidents.records import PlaceMention
from incidents.tokens import Token
from incidents.words import (
    all_forms,
    contains,
    definite,
    keys_only,
    the_event_a_span_is_from,
    the_length_of_the_fight,
)


def tells_background(tokens: list[Token]) -> bool:
    """Whether these words tell the past, a habit, a plan or a threat (see `background_in`)."""
    return background_in(tokens, all_forms(tokens).forms)


def during_these_events(tokens: list[Token]) -> bool:
    """ "خلال هذه العمليات", "في هذه الهجمات": the events told, named by "these" after a
    word of during or in (what befell people in them), not as the subject of a remark."""
    return any(
        tokens[k - 2].key in lx.DURING and names_these_events(tokens[k - 1 : k + 1])
        for k in range(2, len(tokens))
    )


def names_these_events(tokens: list[Token]) -> bool:
    """ "أصيب 14 مسلحا آخرين في هذه العمليات", "العمليات التي شملت ... ولايات بغلان
    وقندهار ونمروز": a demonstrative and events in the plural name again all the events
    told."""
    return any(
        tokens[k - 1].key in lx.THESE and not lx.PLURAL_EVENT_NOUNS.isdisjoint(tokens[k].bare)
        for k in range(1, len(tokens))
    )


_A_REPORT: Final = normalize("تقريرا")
_INTELLIGENCE: Final = frozenset(
    normalize(w)
    for w in ("استخباريا", "استخباراتيا", "استخبارتيا", "أمنيا", "عسكريا", "للاستخبارات")
)


_THESE: Final = frozenset(normalize(w) for w in ("هؤلاء", "هذان", "هاتان", "أولئك"))


def background_in(tokens: list[Token], forms: frozenset[str]) -> bool:
    """The sentence tells the past, a habit, a plan or a threat, not the event itself
    (`forms`: the readings of the whole sentence, to skip the cuts it has no word for)."""
    whole = tokens
    if (
        len(tokens) > 1
        and tokens[0].key in lx.SINCE
        and tokens[1].key.startswith("ال")
        and not lx.EVENT_NOUNS.isdisjoint(tokens[1].bare)
    ):
        return True  # "ومنذ الهجوم الذي أودى بحياة سبعة ... تزايدت الهجمات": a span since then
    if len(tokens) > 1 and tokens[0].key in _FROM_WHAT and tokens[1].key in _LIKELY:
        return True  # "ومن المحتمل ارتفاع عدد الضحايا": a guess at what may come
    if tokens and tokens[0].key in _WARNED:
        return True  # "وحذر من أنه إذا لم يتوقف القتال فإن ...": a warning of what may come
    if (
        tokens
        and tokens[0].key in _KEEPS_ON
        and not any(casualty_kind(t) is not None for t in tokens)
    ):
        # "وتواصل قوات التحالف عملية أمنية في إقليمي كونار ونورستان": what goes on, in the
        # present, not an event (with no one counted)
        return True
    if _a_word_on_the_told_event(tokens):
        return True
    if _as_for_what_it_is(tokens):
        return True
    if (
        len(tokens) > 2
        and tokens[0].key in lx.KANA
        and tokens[1].key in _THESE
        and not any(casualty_kind(t) is not None for t in tokens)
    ):
        # "وكان هؤلاء الجنود قد أسروا قبل شهر": the past of the people told, before the
        # event that befell them
        return True
    if (
        len(tokens) > 2
        and not _CHANGED.isdisjoint(tokens[0].bare)
        and any(t.key in lx.SINCE for t in tokens[2:])
    ):
        # "وانخفض عدد القتلى البريطانيين منذ سلمت القوات البريطانية السيطرة": a count
        # that fell over time, not the event
        return True
    if tokens and tokens[0].key in ASIDES:
        # "يذكر أن ...": what the reader should know, not the news; but an event of a
        # weekday told so ("يذكر أنه قتل ثمانية متمردين الثلاثاء في ...") is a recent one
        if (
            not (
                tokens[0].key in REMINDERS
                and (_on_a_weekday(tokens) or _today_or_yesterday(tokens))
            )
            and not (
                # "يذكر أن السلطات أعلنت أن حصيلة قتلى الانفجار ارتفعت": the toll of the
                # event told, risen since
                tokens[0].key in REMINDERS and toll_revised_of_the_told_event(tokens, forms)
            )
            # "يذكر أنه في هذه الهجمات قتل 3 مسلحين": the events told, by "these"
            and not (tokens[0].key in REMINDERS and during_these_events(tokens))
            # "وهو الهجوم الذي أعلنت الحركة مسؤوليتها عنه": the told event, owned up to
            and not (tokens[0].key in _IT_IS_AN_ASIDE and not _OWNING.isdisjoint(forms))
        ):
            return True
        tokens = tokens[1:]
    if not _EARLIER.isdisjoint(forms):
        tokens = _without_an_earlier_telling(tokens)
    tokens = _before_an_aside(
        _without_place_clause(
            _after_its_occasion(_without_its_run(_without_its_stay(_before_its_outcome(tokens))))
        )
    )
    tokens = _before_a_remark(_since_the_told_operation_began(tokens))
    if not _FOLLOWED.isdisjoint(forms):
        tokens = _before_what_it_followed(tokens)
    if not _INTENT.isdisjoint(forms):
        # "أن الانتحاري كان يعتزم اقتحام موقع": what the attacker meant to do, told of
        # the event, not a plan for the future
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (t.key in _INTENT and k > 0 and tokens[k - 1].key in lx.WAS)
        ]
    if not _STATISTICS.isdisjoint(forms):
        # "وفقا للإحصاءات الأولية": the source of the event's figures, no tally of the war;
        # "في مكتب الإحصاءات": an office named by its work, a building hit
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                not _STATISTICS.isdisjoint(t.bare)
                and k > 0
                and (tokens[k - 1].key in ACCORDING or tokens[k - 1].key in _OFFICES)
            )
        ]
    if _A_REPORT in forms:
        # "أن تقريرا استخباريا تحدث عن قصف تجمع لقادة ...": an intelligence report, the
        # source of the event told, no report's tally
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                t.key == _A_REPORT and k + 1 < len(tokens) and tokens[k + 1].key in _INTELLIGENCE
            )
        ]
    if not _AT_THAT_MOMENT.isdisjoint(forms):
        # "أن الحادثة وقعت أثناء اشتباك ...، حينها سقطت قذيفة": the moment of the event
        # the sentence names, not a past time
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                t.key in _AT_THAT_MOMENT
                and any(not lx.BACK_REFERENCES_SET.isdisjoint(u.bare) for u in tokens[:k])
            )
        ]
    if not _MEMORIAL.isdisjoint(forms):
        # "عشية إحياء ذكرى عاشوراء": the day the event fell on, not a past one recalled
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (
                k > 0
                and (
                    (t.key in _MEMORIAL and not _OCCASION_FRAMES.isdisjoint(tokens[k - 1].bare))
                    # "في اليوم الذي صادف الذكرى الثانية لهجمات سبتمبر": the day it fell on
                    or (not _MEMORIAL.isdisjoint(t.bare) and tokens[k - 1].key in _COINCIDED)
                    # "تزامنا مع الذكرى السنوية الثالثة للانتخابات": coinciding with it
                    # (not with that of an event and its dead: "تزامنا مع الذكرى الأولى
                    # للهجوم الذي أودى بحياة 56")
                    or (
                        not _MEMORIAL.isdisjoint(t.bare)
                        and k > 1
                        and tokens[k - 1].key in lx.WITH
                        and tokens[k - 2].key in _IN_STEP
                        # (unless the sentence tells its own event before: "قتل خمسة في
                        # انفجار ... تزامنا مع الذكرى السنوية لاغتيال القائد")
                        and (
                            not _an_event_or_its_dead(tokens[k + 1 :])
                            or _an_event_or_its_dead(tokens[: k - 2])
                        )
                    )
                )
            )
        ]
    if not lx.KANA.isdisjoint(forms):
        tokens = _without_a_recent_pluperfect(tokens)
        # "أعدمت طالبان اثنين من الرهائن الذين كانت قد اختطفتهم": the pluperfect of a
        # relative clause tells what came before of the people named, not the sentence's
        # time
        if tokens and tokens[0].key not in lx.KANA:
            tokens = [
                t
                for k, t in enumerate(tokens)
                if not (
                    t.key in lx.KANA
                    and k > 0
                    and (tokens[k - 1].key in lx.RELATIVES or _an_unmarked_relative(tokens, k))
                )
            ]
    if tokens and tokens[0].key not in lx.KANA:
        # "استهدفت الغارة أحد قادة طالبان، الذي تورط في كثير من الهجمات، ... وأسفرت عن
        # مقتله": a relative clause tells the man's past, not the sentence's
        tokens = [
            t
            for k, t in enumerate(tokens)
            if not (t.key in _INVOLVED and k > 0 and tokens[k - 1].key in lx.RELATIVES)
            # "وتبنت حركة طالبان، التي تضخم عادة الخسائر، العملية": the group's habit, told
            # in a relative clause about it, not the sentence's
            and not (t.key in lx.HABIT and k > 1 and tokens[k - 2].key in lx.RELATIVES)
        ]
    # "بمحاسبة الضالعين في الاعتداء الذي ...": those who had a part in the event told, named
    # by its definite noun in the singular, not a man's past deeds ("ضالعين في هجمات",
    # "المتورطين في الهجمات")
    tokens = [
        t
        for k, t in enumerate(tokens)
        if not (
            not _A_PART_IN.isdisjoint(t.bare)
            and k + 2 < len(tokens)
            and tokens[k + 1].key in lx.IN_ANY
            and tokens[k + 2].key.startswith("ال")
            and not lx.EVENT_NOUNS.isdisjoint(tokens[k + 2].bare)
            and lx.PLURAL_EVENT_NOUNS.isdisjoint(tokens[k + 2].bare)
        )
    ]
    # "ونجا أعضاء الحملة الانتخابية": the campaign's people or offices, struck or
    # spared, not the talk of an election campaign
    tokens = [
        t
        for k, t in enumerate(tokens)
        if not (t.key in _CAMPAIGN and k > 0 and tokens[k - 1].key in _CAMPAIGNS_OWN)
    ]
    return (
        bool(contains(all_forms(tokens), lx.BACKGROUND_MARKERS))
        or ((_past_year(tokens) or _since_a_month(tokens)) and not _the_told_event_happened(tokens))
        or _pluperfect(tokens)
        # (a state the news of dead of today or yesterday brought about is that news:
        # "تعيش البلاد حالة حداد بعد مقتل خمسة من جنودها أمس")
        or (bool(tokens) and tokens[0].key in lx.WITNESSES and not _dead_of_late(tokens))
        # "وتتاخم منطقة كورام منطقة وزيرستان ...": what a place borders, in the present,
        # describes it
        or (bool(tokens) and not lx.BORDERING.isdisjoint(tokens[0].bare))
        # "ولم تشهد كابول هجمات كبرى منذ الاعتداءات الثلاثة ...": nothing seen since
        or (len(tokens) > 1 and tokens[0].key in lx.NEGATIONS and tokens[1].key in lx.WITNESSES)
        # (a device found is read in the whole sentence, and so are the dead that show
        # it went off: "الذي جرت فيه المعارك: عثر قرويون على جثث 10 أطفال")
        or _foiled(whole, forms)
        or _after_a_series(tokens)
        or _in_the_setting(tokens)
        or _a_months_tally(tokens)
        or _a_campaign_under_way(tokens)
        or _a_series_since(tokens)
        or _for_years(tokens)
        or _the_last_one_dates_back(tokens)
    )


def _an_unmarked_relative(tokens: list[Token], k: int) -> bool:
    """ "عثر على جثث عمال كان قد خطفهم مسلحون": after an indefinite noun a
    relative clause needs no "الذي"; "كان قد" with a verb that carries the pronoun of the
    people named ("اختطفهم", "اختطفها") tells their past, not the sentence's time (not
    after "أن": "أن المسلحين كانوا قد قتلوهم" is a complement's pluperfect)."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].key == QAD
        and tokens[k + 2].key.endswith(_OBJECT_PRONOUNS)
        and not any(t.key in lx.THAT for t in tokens[max(0, k - 2) : k])
    )


# (the plural, dual and feminine pronouns: a final "ه" is also the folded "ة" or a root's)
_OBJECT_PRONOUNS: Final = ("هم", "هما", "ها")


_CAMPAIGN: Final = frozenset(normalize(w) for w in ("الحملة", "حملة"))
_CAMPAIGNS_OWN: Final = frozenset(
    normalize(w)
    for w in ("أعضاء", "اعضاء", "مقر", "مكتب", "موظفي", "مدير", "أنصار", "انصار", "فريق")
)


def _the_last_one_dates_back(tokens: list[Token]) -> bool:
    """ "ويعود آخر هجوم في العاصمة إلى 19 أبريل": the last event before the news, dated back
    to its day by "يعود إلى" (the wire's way of recalling the one before), is the past."""
    for k, tok in enumerate(tokens):
        if tok.key not in _GOES_BACK:
            continue
        after = tokens[k + 1 : k + 1 + _GOES_BACK_REACH]
        last = next((j for j, t in enumerate(after[:-1]) if t.key in _LATEST), None)
        if (
            last is not None
            and not lx.EVENT_NOUNS.isdisjoint(after[last + 1].bare)
            and any(t.key in lx.TO for t in after[last + 2 :])
        ):
            return True
    return False


def the_last_one_before(tokens: list[Token]) -> bool:
    """ "وكان آخر تفجير شهدته المدينة، الأحد الماضي، أوقع أربعة قتلى": the last event
    before the news, told in the pluperfect ("آخر" before its noun is "the last", not
    "another"), is an earlier event."""
    return (
        len(tokens) > 2
        and tokens[0].key in lx.KANA
        and tokens[1].key in _LATEST
        and not lx.EVENT_NOUNS.isdisjoint(tokens[2].bare)
    )


_GOES_BACK: Final = frozenset(normalize(w) for w in ("يعود", "ويعود", "تعود", "وتعود"))
_LATEST: Final = frozenset(normalize(w) for w in ("آخر", "وآخر"))
_GOES_BACK_REACH: Final = 9  # "يعود", "آخر هجوم كبير في العاصمة الأفغانية", then "إلى"


_KEEPS_ON: Final = frozenset(
    normalize(w) for w in ("وتواصل", "ويواصل", "تواصل", "يواصل", "وتتواصل")
)
_WARNED: Final = frozenset(normalize(w) for w in ("حذر", "وحذر", "حذرت", "وحذرت", "يحذر", "ويحذر"))
_INVOLVED: Final = frozenset(normalize(w) for w in ("تورط", "تورطت", "تورطوا"))
# Having a part in: "الضالعين", "المتورطين في".
_A_PART_IN: Final = frozenset(
    normalize(w) for w in ("ضالع", "ضالعين", "ضالعون", "متورط", "متورطين", "متورطون")
)


def _for_years(tokens: list[Token]) -> bool:
    """ "التي أخفت عليهم لمدة عامين مقتل زعيم الحركة", "لمدة ثلاث سنوات": a span of years
    tells a state or a past, not the day's event (as "لسنوات" does)."""
    words = [t.text for t in tokens]
    for k, tok in enumerate(tokens):
        if tok.key != _FOR_A_SPAN:
            continue
        count = numbers.number_at(words, k + 1)
        unit = count.last + 1 if count is not None else k + 1
        if unit < len(tokens) and tokens[unit].key in _YEARS:
            return True
    return False


_FOR_A_SPAN: Final = normalize("لمدة")
_YEARS: Final = frozenset(
    normalize(w) for w in ("عام", "عاما", "عامين", "سنة", "سنتين", "سنوات", "أعوام", "أعواما")
)


_STATISTICS: Final = frozenset(
    normalize(w) for w in ("إحصاءات", "الإحصاءات", "إحصائيات", "الإحصائيات")
)
ACCORDING: Final = frozenset(normalize(w) for w in ("وفقا", "وفق", "حسب", "بحسب", "طبقا", "وحسب"))
_AT_THAT_MOMENT: Final = frozenset(normalize(w) for w in ("حينها", "وحينها"))
# an office or department named by what it does ("مكتب الإحصاءات", "دائرة الإحصاءات")
_OFFICES: Final = frozenset(
    normalize(w) for w in ("مكتب", "دائرة", "مديرية", "إدارة", "مبنى", "مقر")
)
_FROM_WHAT: Final = frozenset(normalize(w) for w in ("ومن", "من"))
# a fall over time ("وارتفع عدد القتلى منذ بدء الهجوم إلى 15" may be the event's toll)
_CHANGED: Final = frozenset(normalize(w) for w in ("انخفض", "تراجع", "تقلص"))
_LIKELY: Final = frozenset(normalize(w) for w in ("المحتمل", "المرجح", "المتوقع", "الممكن"))


def _the_told_event_happened(tokens: list[Token]) -> bool:
    """Whether the sentence opens on the told event happening ("ووقع الكمين في قرية شاه
    خريز ..."): a past year further on ("... واستهدف قائدا انشق عن الحركة عام 2007") is
    of a clause about someone, not the sentence's time. "قد" may stand before the verb
    ("وقد وقع الكمين في إقليم زابول ... الذي صادف ذكرى هجمات 2001")."""
    k = 1 if tokens and tokens[0].key in _HAD else 0
    return (
        len(tokens) > k + 1
        and not lx.HAPPENED.isdisjoint(tokens[k].bare)
        # ("ووقع الهجومان في ولايتي ننغرهار وغزني حيث تنشط طالبان منذ 2001": both)
        and (tokens[k + 1].key in lx.BACK_REFERENCES_SET or tokens[k + 1].key in _BOTH_EVENTS)
    )


_BOTH_EVENTS: Final = frozenset(lx.BOTH_EVENTS)


_HAD: Final = frozenset(normalize(w) for w in ("قد", "وقد", "لقد", "ولقد"))


def _as_for_what_it_is(tokens: list[Token]) -> bool:
    """ "أما محافظة غزني فهي واحدة من 34 محافظة أفغانية، وتشهد معارك": "as for X, it is"
    describes the place or the group, not an event ("أما في هلمند فقد قتل ..." tells one)."""
    return (
        bool(tokens)
        and tokens[0].key in _AS_FOR
        and any(t.key in _THEN_IT_IS for t in tokens[1:_AS_FOR_REACH])
    )


_AS_FOR: Final = frozenset(normalize(w) for w in ("أما", "وأما"))
_THEN_IT_IS: Final = frozenset(normalize(w) for w in ("فهي", "فهو", "فهما", "فهم"))
_AS_FOR_REACH: Final = 6  # "أما حركة طالبان الأفغانية فهي"


def ranked_at_its_place(tokens: list[Token], places: list[PlaceMention]) -> bool:
    """ "وهذا هو الهجوم الأعنف في مدينة قندهار منذ ...": the word ranking the told event
    names where it was, between its superlative and what it is compared with ("منذ",
    "بعد", "عندما"); a place after those is the other event's or time's."""
    if not places:
        return False
    first = next((k for k, t in enumerate(tokens) if not lx.SUPERLATIVES.isdisjoint(t.bare)), None)
    if first is None or not (
        _a_word_on_the_told_event(tokens)
        # "وهو الهجوم الأعنف في ...": "it is", the aside that ranks it
        or (tokens[0].key in _IT_IS_AN_ASIDE and first < _RANK_REACH)
    ):
        return False
    compared = next(
        (
            t.start
            for t in tokens[first + 1 :]
            if t.key in lx.SINCE or t.key in lx.AFTER or t.key in lx.WHEN
        ),
        tokens[-1].end,
    )
    return all(tokens[first].end <= m.start < compared for m in places)


_IT_IS_AN_ASIDE: Final = frozenset(normalize(w) for w in ("وهو", "وهي"))
_OWNING: Final = lx.RESPONSIBILITY_SET | frozenset(lx.CLAIM_OWNERSHIP)
_RANK_REACH: Final = 4  # "وهي" + "الحصيلة" + "الأكبر"; "وهو" + "ثاني" + "هجوم"


def _a_word_on_the_told_event(tokens: list[Token]) -> bool:
    """ "وهذه هي العملية الانتحارية الثانية خلال أقل من 24 ساعة", "وتعد هذه الحادثة الثانية
    من نوعها": the told event ranked among others, a word on it, not another event."""
    if len(tokens) < 3:
        return False
    first, second = tokens[0].key, tokens[1].key
    if first in _THIS and second in IT_IS:
        return True
    # "وتعتبر جلال آباد أبرز معاقل التنظيم ... الذي أودى بأكثر من 100 شخص في مطار كابول":
    # what a place or a group is deemed, unless a clause of the event follows it ("تعد
    # ولاية بكتيا من أكثر الولايات اضطرابا، وقد قتل فيها أمس ثلاثة جنود")
    return (
        _deemed_at_its_head(tokens)
        and not any(
            punctuated(tokens, k) and _opens_an_event_clause(tokens, k)
            for k in range(2, len(tokens))
        )
        and not _the_first_one_told_with_its_dead(tokens)
    )


def _deemed_at_its_head(tokens: list[Token]) -> bool:
    """ "وتعتبر جلال آباد ...", or the place first and the verb after it ("وولاية خوست مثل
    جارتها تعتبر من معاقل الحركة"): what a place or a group is deemed, opening the
    sentence (no event or dead told before the verb)."""
    for k, t in enumerate(tokens[:_DEEMED_REACH]):
        if t.key in IS_DEEMED:
            # (not in a relative clause: "وولاية غزني التي تعتبر من معاقل الحركة شهدت ...
            # مقتل ثلاثة جنود" tells its event by the main verb)
            return k == 0 or not any(
                u.key in lx.RELATIVES or u.key in _IT_IS_AN_ASIDE for u in tokens[max(0, k - 2) : k]
            )
        if casualty_kind(t) is not None or not lx.SINGLE_TRIGGERS.isdisjoint(t.bare):
            return False
    return False


_DEEMED_REACH: Final = 7  # "وولاية | خوست | مثل | ولاية | بكتيا | المجاورة | تعتبر"


def _the_first_one_told_with_its_dead(tokens: list[Token]) -> bool:
    """ "ويعتبر هذا التفجير الثاني في ثلاثة أيام، إذ كان التفجير الأول قد ضرب مدينة
    شبرغان وأوقع ثمانية قتلى": the first of the two, told with its own dead after the word
    that ranked the told one."""
    first = next(
        (
            k
            for k in range(1, len(tokens))
            if tokens[k].key in lx.THE_FIRST and tokens[k - 1].key in ATTACK_NOUNS
        ),
        None,
    )
    return first is not None and any(casualty_kind(t) is not None for t in tokens[first:])


def _opens_an_event_clause(tokens: list[Token], k: int) -> bool:
    """ "وقد قتل ...", "وقتل ...", "وانفجرت ...": a clause joined by و on its event's verb."""
    if not tokens[k].text.startswith("و"):
        return False
    verb = tokens[k + 1] if tokens[k].key == _AND_HAD and k + 1 < len(tokens) else tokens[k]
    return casualty_kind(verb) is not None or not lx.SINGLE_TRIGGERS.isdisjoint(verb.bare)


_AND_HAD: Final = normalize("وقد")


_THIS: Final = frozenset(normalize(w) for w in ("هذه", "هذا", "وهذه", "وهذا"))
IT_IS: Final = frozenset(normalize(w) for w in ("هي", "هو"))
IS_DEEMED: Final = frozenset(
    normalize(w) for w in ("يعد", "تعد", "ويعد", "وتعد", "يعتبر", "تعتبر", "ويعتبر", "وتعتبر")
)


def _after_a_series(tokens: list[Token]) -> bool:
    """ "يأتي الهجوم بعد سلسلة من الهجمات العنيفة في إقليم هلمند": the run of events the
    told one came after, none of them told with its dead, is its setting."""
    if len(tokens) < 4 or tokens[0].key not in lx.COMES:
        return False
    after = next((k for k in range(1, 4) if tokens[k].key in lx.AFTER), None)
    return (
        after is not None
        and after + 1 < len(tokens)
        and tokens[after + 1].key in _SERIES
        # "بعد موجة من العنف شهدت مقتل 90 شخصا في تفجير": one event of the run, told
        and not any(casualty_kind(t) is not None for t in tokens[after:])
    )


def _a_campaign_under_way(tokens: list[Token]) -> bool:
    """ "وتنفذ قوات الأمن الآن عمليات لمكافحة الإرهاب تحت اسم حمزة ...": operations under
    way, told in the present, with no one dead or hurt: the setting, not an event."""
    # the verb opens the sentence, or the clause of what the told event came amid: "وياتي
    # الهجوم بينما تشن القوات الافغانية عملية استباقية"
    at = next(
        (
            k
            for k, t in enumerate(tokens[:_CAMPAIGN_REACH])
            if t.key in _CONDUCTS and (k == 0 or tokens[k - 1].key in lx.CONTRAST)
        ),
        None,
    )
    if at is None:
        # "ويشارك الآلاف من القوات حاليا في العملية الدائرة في إقليم قندهار": the
        # operation going on, named by its participle
        return any(
            not _OPERATIONS.isdisjoint(a.bare) and b.key in _GOING_ON for a, b in pairwise(tokens)
        ) and all(casualty_kind(t) is None for t in tokens)
    return any(
        not _OPERATIONS.isdisjoint(t.bare) or not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare)
        for t in tokens[at + 1 : at + _CAMPAIGN_REACH]
    ) and all(casualty_kind(t) is None for t in tokens)


_GOING_ON: Final = frozenset(
    normalize(w) for w in ("الدائرة", "الجارية", "المستمرة", "المتواصلة", "الدائر", "الجاري")
)


# Verbs in the present of carrying out a campaign; the operations follow within a few words.
_CONDUCTS: Final = frozenset(
    normalize(w)
    for w in ("تنفذ", "وتنفذ", "ينفذ", "وينفذ", "تشن", "وتشن", "يشن", "ويشن", "تخوض", "وتخوض")
)
_CAMPAIGN_REACH: Final = 6
# An operation or a campaign carried out ("تشن القوات عملية استباقية").
_OPERATIONS: Final = frozenset(normalize(w) for w in ("عملية", "عمليه", "حملة", "هجوما"))


def _a_months_tally(tokens: list[Token]) -> bool:
    """ "وأسفر عدد من الهجمات في إقليم فراه خلال شهر نوفمبر وحده عن مقتل أكثر من 100":
    events in the plural summed over a month, not one event ("قتل خمسة جنود في هجوم
    خلال شهر رمضان" is one)."""
    return any(
        tokens[k].key in _DURING and tokens[k + 1].key in _MONTH_WORDS
        for k in range(len(tokens) - 1)
    ) and any(not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare) for t in tokens)


def _a_series_since(tokens: list[Token]) -> bool:
    """ "وقتل أكثر من 250 شخصا في سلسلة معارك وكمائن وتفجيرات منذ يوم الأربعاء الماضي": a
    series or wave of events summed since a day, a tally ("قتل 20 مسلحا في المعارك الدائرة
    منذ يوم الأربعاء" is one fight going on; "في أحدث هجوم ضمن سلسلة هجمات تشهدها الولاية
    منذ أسابيع" sets the event told in its run)."""
    return any(
        tokens[k].key in lx.SERIES_OF_EVENTS
        and (tokens[k - 1].key in lx.IN or tokens[k - 1].key in _DURING)
        and any(t.key in lx.SINCE for t in tokens[k + 1 :])
        for k in range(1, len(tokens))
    )


# ("على مدى الشهر الماضي": over the past month)
_DURING: Final = frozenset(normalize(w) for w in ("خلال", "وخلال", "طيلة", "طوال", "مدى"))
_MONTH_WORDS: Final = frozenset(normalize(w) for w in ("شهر", "الشهر", "أشهر", "الأشهر", "شهري"))


def _in_the_setting(tokens: list[Token]) -> bool:
    """ "وجاء الهجوم في الوقت الذي صعد فيه مقاتلو طالبان عملياتهم", "ويأتي الهجوم وسط تصاعد
    العنف": the times the told event fell in, no event of their own with its dead."""
    if len(tokens) < 4 or tokens[0].key not in lx.COMES:
        return False
    words = " ".join(t.key for t in tokens[1:6])
    return any(f" {frame} " in f" {words} " for frame in _SETTINGS) and not any(
        casualty_kind(t) is not None for t in tokens
    )


# What an event came amid: "في الوقت الذي", "في وقت", "وسط", "في ظل", "تزامنا مع"; "بينما"
# and "فيما" (while): "ويأتي هذا الهجوم بينما تقوم القوات منذ شهر بهجوم واسع في هلمند".
_SETTINGS: Final = tuple(
    normalize(w)
    for w in (
        "في الوقت الذي",
        "في وقت",
        "وسط",
        "في ظل",
        "تزامنا مع",
        "بالتزامن مع",
        "بينما",
        "فيما",
    )
)


def _foiled(tokens: list[Token], forms: frozenset[str]) -> bool:
    """ "سيارة مفخخة أخرى ... عثرت عليها قوات الأمن", "تم تفكيك عبوة ناسفة": a device found
    or defused, an attack foiled, with no one killed or wounded: no event took place."""
    return (
        (
            _a_foiling_word(tokens)
            or _defused(tokens)
            or _a_device_seized(tokens)
            or _a_bomber_arrested(tokens)
        )
        and not _in_a_trade_only(tokens)
        and _WENT_OFF.isdisjoint(forms)  # "انفجر لغم كانت القوات أبطلت مفعوله": it did
        # "اعتقلوا مسلحا خلال اشتباكات ... وبحوزته مواد متفجرة": a fight took place
        and lx.FIGHTING.isdisjoint(forms)
        and not contains(all_forms(tokens), lx.KILLED_OR_WOUNDED)
    )


def _a_device_seized(tokens: list[Token]) -> bool:
    """ "سيطرت قوات الأمن على سيارة مفخخة أخرى": a device taken over before it went off
    (not "سيطرت طالبان على مديرية", a place taken)."""
    return any(
        t.key in _TOOK_CONTROL
        and any(u.key in _DEVICES for u in tokens[k + 1 : k + 1 + _DEVICE_REACH])
        for k, t in enumerate(tokens)
    )


def _a_bomber_arrested(tokens: list[Token]) -> bool:
    """ "اعتقلت أجهزة الاستخبارات امرأة ارتدت سترة محشوة بالمتفجرات": someone arrested with
    the explosives or the vest they were to set off, before they went off."""
    arrested = next((k for k, t in enumerate(tokens) if not _ARRESTED.isdisjoint(t.bare)), None)
    return (
        arrested is not None
        and (
            any(u.key in _DEVICES or not _VESTS.isdisjoint(u.bare) for u in tokens[arrested + 1 :])
            # "اعتقلت الشرطة انتحاريا كان يستعد لتفجير نفسه": the bomber himself
            or any(u.key in BOMBERS for u in tokens[arrested + 1 : arrested + 1 + _BOMBER_REACH])
        )
    )


_ARRESTED: Final = frozenset(
    normalize(w)
    for w in (
        *("اعتقلت", "اعتقل", "اعتقلوا", "اعتقال", "القبض"),
        # stopped before he struck: "أوقفت القوات انتحاريا يرتدي سترة محشوة بالمتفجرات"
        # ("أوقفت طالبان سيارة تقل مسافرين وأطلقت النار عليهم" stopped its victims)
        *("أوقفت", "وأوقفت", "أوقف", "وأوقف"),
    )
)
BOMBERS: Final = frozenset(normalize(w) for w in ("انتحاري", "انتحاريا", "انتحاريين", "انتحاريتين"))
_BOMBER_REACH: Final = 3  # "القبض على انتحاري", "اعتقلت القوات انتحاريا"
_VESTS: Final = frozenset(normalize(w) for w in ("سترة", "حزام", "حزاما", "بالمتفجرات"))
_TOOK_CONTROL: Final = frozenset(normalize(w) for w in ("سيطرت", "وسيطرت", "سيطر", "وسيطر"))
_DEVICES: Final = frozenset(normalize(w) for w in ("مفخخة", "عبوة", "ناسفة", "متفجرات", "حزاما"))
_DEVICE_REACH: Final = 5  # "سيطرت قوات الأمن على سيارة مفخخة": the forces, "على", the vehicle


def _a_foiling_word(tokens: list[Token]) -> bool:
    """A word of finding or foiling; "الإحباط" with the article is frustration ("أصابهم
    الإحباط"): the foiling of something is told in construct, "إحباط هجوم"."""
    return any(not _FOILED.isdisjoint(t.bare) and definite(t.key) != _FRUSTRATION for t in tokens)


_FRUSTRATION: Final = normalize("الإحباط")


def _defused(tokens: list[Token]) -> bool:
    """ "تم إبطال مفعول العبوة": a device made harmless ("أبطال الإمارة" are heroes)."""
    return any(
        not _DEFUSING.isdisjoint(t.bare) and after.key == _EFFECT for t, after in pairwise(tokens)
    )


_DEFUSING: Final = frozenset(normalize(w) for w in ("إبطال",))
_EFFECT: Final = normalize("مفعول")


def _in_a_trade_only(tokens: list[Token]) -> bool:
    """Whether every word of foiling in `tokens` names a trade ("خبراء إبطال مفعول
    المتفجرات", bomb disposal), none a device defused."""
    foiling = [
        k
        for k, t in enumerate(tokens)
        if not _FOILED.isdisjoint(t.bare) or not _DEFUSING.isdisjoint(t.bare)
    ]
    return bool(foiling) and set(foiling) <= trade_words(tokens)


_WENT_OFF: Final = frozenset(
    normalize(w) for w in ("انفجر", "انفجرت", "وانفجر", "وانفجرت", "فجر", "فجرت", "تفجر")
)
_FOILED: Final = frozenset(
    normalize(w)
    for w in (
        # ("إبطال" only before "مفعول": bare, it is also "أبطال", heroes)
        *("عثرت", "عثر", "وعثرت", "وعثر", "فككت", "فكك", "تفكيك", "وفككت", "أبطلت"),
        *("أحبطت", "أحبط", "إحباط", "وأحبطت", "وأحبط", "ضبطت", "وضبطت"),
    )
)


_MEMORIAL: Final = frozenset(normalize(w) for w in ("ذكرى",))
_OCCASION_FRAMES: Final = frozenset(
    normalize(w)
    # ("في ذكرى مقتله": on the day of his death's anniversary)
    for w in ("إحياء", "احياء", "عشية", "قبيل", "بمناسبة", "خلال", "أثناء", "يوم", "في", "فى")
)
_COINCIDED: Final = frozenset(
    normalize(w)
    for w in (
        *("صادف", "يصادف", "تصادف", "صادفت", "وافق", "يوافق", "توافق"),
        # the participle: "الأربعاء المصادف للذكرى ال18 لهجمات 11 أيلول"
        *("المصادف", "المصادفة", "الموافق", "الموافقة", "مصادفا", "موافقا"),
    )
)


def _an_event_or_its_dead(tokens: list[Token]) -> bool:
    """Whether the words tell dead or name an event ("لتفجير", "للهجوم")."""
    return an_event_named(tokens) or any(casualty_kind(t) is not None for t in tokens)


# "تزامنا مع", "بالتزامن مع", "متزامنا مع": in step with
_IN_STEP: Final = frozenset(
    normalize(w) for w in ("تزامنا", "بالتزامن", "متزامنا", "متزامنة", "وتزامنا", "تزامن")
)


def what_it_came_after(tokens: list[Token]) -> list[Token] | None:
    """The words that tell the earlier event in "وجاء هذا الهجوم بعد تفجير ..." or "وسبق
    هذا الهجوم تفجيران ..." (see `came_after`), or None."""
    start = _earlier_told_from(tokens)
    if start is None:
        return None
    told = tokens[start:]
    # (an arrest told with no one hurt, "بعد اعتقال القوات الأمريكية للقيادي ...", only
    # sets the event in its time: no means, no dead; an abduction is an event of its own,
    # "بعد أن خطفت طالبان 25 راكبا")
    if (
        event_type(told) in (None, "other")
        and not any(casualty_kind(t) is not None for t in told)
        and not any(not _ABDUCTED.isdisjoint(t.bare) for t in told)
    ):
        return None
    return told


_ABDUCTED: Final = frozenset(lx.ABDUCTION)


def opens_with_what_it_came_after(tokens: list[Token]) -> bool:
    """Whether the sentence opens by setting the told event after an earlier one ("وجاء
    هذا الهجوم بعد ...", "وسبق الهجوم ..."): it tells only the earlier event, which the
    next sentences may go on telling; "عن الهجوم الذي جاء بعد ..." tells the earlier one
    in a clause of a sentence about the told one. ("ووقع الهجوم في ولاية زابل، غداة ...":
    the told event's own place, before the earlier one, is told already.)"""
    return (
        what_it_came_after(tokens) is not None
        and bool(tokens)
        and (
            tokens[0].key in lx.COMES
            or tokens[0].key in _PRECEDED
            or (
                len(tokens) > 1
                and not lx.HAPPENED.isdisjoint(tokens[0].bare)
                and tokens[1].key in ATTACK_NOUNS
            )
        )
    )


def came_after(tokens: list[Token]) -> bool:
    """ "وجاء هذا الهجوم بعد تفجير في كابول قتل فيه 150 شخصا", "وسبق هذا الهجوم تفجيران
    استهدفا دوريتين ... مما أسفر عن مقتل جندي": the event told, named by its noun, set
    after an earlier one that the sentence tells, dead or means and all: that one is
    another event. ("جاء ذلك بعد أن قتل ..." may tell the event itself; "جاء الهجوم بعد
    ساعات من زيارة الرئيس" only dates it.)"""
    return what_it_came_after(tokens) is not None


def _earlier_told_from(tokens: list[Token]) -> int | None:
    """Where the words of the earlier event begin in "جاء الهجوم بعد ..." (after "بعد"),
    "جاء الهجوم ردا على ..." or "سبق الهجوم ..." (after the event's noun), or None."""
    if len(tokens) < 3:
        return None
    if not lx.ALSO.isdisjoint(tokens[0].bare) and tokens[1].key in lx.COMES:
        # "وأيضا يأتي بعد أيام على سقوط ...": it also came after another one
        later = _earlier_told_from(tokens[1:])
        return None if later is None else later + 1
    compared = _compared_with(tokens)
    if compared is not None:
        return compared
    # "... عن الهجوم الذي جاء بعد أيام من مقتل 41 شخصا": the told event, named with a
    # relative clause of what it came after
    for k in range(2, len(tokens) - 1):
        if (
            tokens[k].key in lx.COMES
            and tokens[k - 1].key in lx.RELATIVES
            and tokens[k - 2].key in ATTACK_NOUNS
        ):
            after = next(
                (j for j in (k + 1, k + 2) if tokens[j : j + 1] and tokens[j].key in lx.AFTER), None
            )
            if after is not None:
                return after + 1
    # "أن هذا الهجوم يأتي في أعقاب أيام من الهجوم الذي شنته ...": the told event named,
    # then the verb of coming after, inside what is said
    for k in range(1, len(tokens) - 2):
        if tokens[k].key in lx.COMES and tokens[k - 1].key in ATTACK_NOUNS:
            after = next(
                (j for j in (k + 1, k + 2) if j < len(tokens) and tokens[j].key in lx.AFTER), None
            )
            if after is not None:
                return after + 1
    # "إن الهجوم يأتي ردا على غارات ...", "وجاء الهجوم ردا على ...": the told event named,
    # then what it answered
    # (only an event answered with a toll of its own, in a sentence that counts no dead of
    # the told one: "ردا على مقتل مدنيين" is a motive, and "قتل ثلاثة جنود ...، وقال إن
    # الهجوم يأتي ردا على ..." tells the attack's own toll first)
    for k in range(len(tokens) - 3):
        if tokens[k].key in lx.REVENGE and tokens[k + 1].key in lx.ON_OR_TO and k >= 2:
            named = {tokens[k - 1].key, tokens[k - 2].key}
            answered = casualties(tokens[k + 2 :])
            if (
                any(w in lx.COMES for w in named)
                and any(w in ATTACK_NOUNS for w in named)
                and (answered.killed is not None or answered.wounded is not None)
                and all(casualty_kind(t) is None for t in tokens[:k])
            ):
                return k + 2
    said = _said_to_have_come_after(tokens)
    if said is not None:
        return said
    head = tokens[1:4]
    # "ووقع الحادث بعد أيام من انفجار ...": the told event, named, occurred after another
    occurred = not lx.HAPPENED.isdisjoint(tokens[0].bare) and tokens[1].key in ATTACK_NOUNS
    if tokens[0].key in lx.COMES or occurred:
        # "جاء ذلك غداة مقتل عشرة شرطيين في حوادث مختلفة": the day after is a day apart,
        # whatever names the told event
        # ("ويأتي هجوم الجمعة غداة تدخل لمروحيات الحلف ...": the event named first)
        day_after = next(
            (
                k
                for k, t in enumerate(head)
                if t.key in _THE_DAY_AFTER
                and (k < 2 or any(u.key in ATTACK_NOUNS for u in head[:k]))
            ),
            None,
        )
        if day_after is not None:
            return day_after + 2
        if occurred or tokens[1].key in ATTACK_NOUNS:
            # "ووقع الهجوم في ولاية زابل، غداة مقتل ...", "ويأتي التفجير قرب السوق غداة
            # إعلان ...": the told event, named, at its place or its target, the day after
            # another ("بعد" may be an hour: "بعد منتصف الليل")
            later = next(
                (
                    k
                    for k in range(2, min(len(tokens) - 1, _CAME_AFTER_REACH))
                    if tokens[k].key in _THE_DAY_AFTER
                ),
                None,
            )
            if later is not None:
                return later + 1
        # ("وجاء الانفجار الذي هز مدينة قندوز بعد يومين من ...": by a clause)
        described = (
            tokens[1].key in ATTACK_NOUNS and len(tokens) > 2 and tokens[2].key in lx.RELATIVES
        )
        if tokens[1].key in _EVENT_IN_CONSTRUCT or described:
            # "وجاء هجوم مقاتلي الحركة، في مديرية باغمان ...، بعد تفجير استهدف": the told
            # event named by its doers and its place, then what it came after
            later = next(
                (
                    k
                    for k in range(2, min(len(tokens) - 1, _CAME_AFTER_REACH))
                    if tokens[k].key in lx.AFTER
                ),
                None,
            )
            if later is not None:
                return later + 1
        after = next((k for k, t in enumerate(head) if t.key in lx.AFTER), None)
        # ("وجاء بعد أسبوع على مقتل ...": the told event unnamed, a span after another)
        if after is not None and _a_span_after(tokens, after + 2):
            # "يأتي ذلك بعد يومين من مقتل ...": a span of time after another event,
            # whatever names the told one ("جاء ذلك بعد أن قتل ..." may tell it)
            return after + 2
        if after is not None and after > 0 and _told_on_a_past_day(tokens, after + 2):
            # "ويأتي هذا بعد أن خطف مسلحون يوم السبت الماضي عشرين مسافرا": a day of its
            # own, past, another event
            return after + 2
        if after is None or after == 0 or not any(t.key in ATTACK_NOUNS for t in head[:after]):
            return None
        return after + 2
    if tokens[0].key in _PRECEDED:
        noun = next((k for k, t in enumerate(head) if t.key in ATTACK_NOUNS), None)
        return None if noun is None else noun + 2
    return None


def _said_to_have_come_after(tokens: list[Token]) -> int | None:
    """ "وقالت الشرطة إن التفجير حدث بعد ساعتين من سقوط قذائف ...": what a speaker says the
    told event, named, came a span of time after; where the earlier event's words begin."""
    for k in range(len(tokens) - 4):
        if (
            tokens[k].key in lx.THAT
            and tokens[k + 1].key in ATTACK_NOUNS
            and not lx.HAPPENED.isdisjoint(tokens[k + 2].bare)
            and tokens[k + 3].key in lx.AFTER
            and _a_span_after(tokens, k + 4)
        ):
            return k + 4
    return None


def _told_on_a_past_day(tokens: list[Token], k: int) -> bool:
    """Whether the clause from k dates what it tells to a past day, week or month in its
    first words ("خطف مسلحون يوم السبت الماضي")."""
    return any(t.key in lx.LAST for t in tokens[k : k + _PAST_DAY_REACH])


_PAST_DAY_REACH: Final = 7  # "أن خطف مسلحون يوم السبت الماضي": "that", verb, doer, day


def opens_earlier_in_the_week(tokens: list[Token]) -> bool:
    """ "وفي وقت سابق من هذا الأسبوع، أعلن الجيش أن مسلحين هاجموا قاعدة": a sentence that
    opens earlier in the week or the month than the news tells another event ("في وقت
    سابق" alone is often the same day's earlier word on the event told; in a clause,
    "التي شهدت في وقت سابق من هذا الأسبوع ...", the sentence still places the told one)."""
    keys = [t.key for t in tokens[:6]]
    if keys and keys[0] in lx.IN_ANY:
        keys = keys[1:]
    if keys[3:4] and keys[3] in lx.DEMONSTRATIVES:
        keys = keys[:3] + keys[4:]  # "من هذا الأسبوع"
    return (
        len(keys) >= 4
        and keys[0] in _A_TIME
        and keys[1] == _EARLIER_WORD
        and keys[2] in lx.OF
        and keys[3] in lx.PAST_SPANS
    )


_EARLIER_WORD: Final = normalize("سابق")


def _a_span_after(tokens: list[Token], k: int) -> bool:
    """Whether a span of time and "من" (or "على") follow "بعد" at k: "يوم واحد من",
    "ساعات من", "يومين من", "أسبوع على"."""
    return (
        k < len(tokens)
        and tokens[k].key in lx.SPANS_OF_TIME
        and any(t.key in lx.OF or t.key in _ON for t in tokens[k + 1 : k + 3])
    )


_ON: Final = frozenset({normalize("على")})


_THE_DAY_AFTER: Final = frozenset(normalize(w) for w in ("غداة",))
# "وسبق هذا الهجوم ...": the event told was preceded by
# ("وتعقب الهجمات مقتل ثلاثة جنود": the events told follow an earlier one)
_PRECEDED: Final = frozenset(
    normalize(w) for w in ("سبق", "وسبق", "سبقت", "وسبقت", "تعقب", "وتعقب", "يعقب", "ويعقب")
)


# a run of events, or the days it lasted ("بعد أيام من ..."): the setting of the one told
_SERIES: Final = lx.SERIES_OF_EVENTS | frozenset(
    normalize(w) for w in ("تصاعد", "أيام", "أسابيع", "أشهر")
)


# The told event named by a noun in construct with its doers ("هجوم قوات طالبان")
_EVENT_IN_CONSTRUCT: Final = frozenset(normalize(w) for w in ("هجوم", "هجمات", "تفجير", "اعتداء"))
_CAME_AFTER_REACH: Final = 16  # "وجاء هجوم مقاتلي الحركة، في مديرية باغمان غربي العاصمة، بعد"
ATTACK_NOUNS: Final = frozenset(
    normalize(w)
    for w in (
        *("الهجوم", "الانفجار", "التفجير", "الاعتداء", "الحادث", "الهجومان", "التفجيران"),
        # "تأتى التفجيرات بعد أسبوع من وقوع تفجير ...": the events told, in the plural
        *("التفجيرات", "الهجمات", "الانفجارات", "الاعتداءات"),
        # named by its day, in construct: "ويأتي هجوم الجمعة غداة ..."
        *("هجوم", "انفجار", "تفجير", "اعتداء"),
    )
)


def before_the_event_it_came_after(tokens: list[Token]) -> list[Token]:
    """The words before "بعد أربعة أيام من الهجوم ..." when they tell an event of their
    own ("تعرضت قواته لهجوم في ولاية بغلان"): the event it came days after is another,
    of another kind."""
    for k in range(3, len(tokens)):
        told = the_event_a_span_is_from(tokens, k)
        if told is None:
            continue
        before = event_type(tokens[:k])
        if (
            before is not None
            and event_type(tokens[told : told + _EVENT_WORDS]) is not None
            and not the_length_of_the_fight(tokens, told, means=before in _MEANS_TOLD)
        ):
            return tokens[:k]
    return tokens


_EVENT_WORDS: Final = 2  # "التفجير الانتحاري": the event named after "من"


def before_the_setting(tokens: list[Token]) -> list[Token]:
    """The words before the setting an event is told in ("قتل قياديان في غارات ... وسط
    تصاعد المواجهات في مناطق مختلفة من أفغانستان"): the country-wide fighting is the
    setting, not the event's reach."""
    return _told_dead_before(
        tokens,
        lambda k: (
            tokens[k].key in _AMID
            or (tokens[k].key in lx.IN_ANY and k + 1 < len(tokens) and tokens[k + 1].key in _SHADOW)
            # "مع" and a word of growth ("اتساع", "تصاعد") before the country-wide
            # violence: as the war at large grows
            or (tokens[k].key in lx.WITH and k + 1 < len(tokens) and tokens[k + 1].key in _GROWTH)
            # "... في مقاطعة قندوز، وذلك ضمن عمليات ... في مختلف أنحاء أفغانستان": the
            # run of events the told one belongs to
            or _a_run_opens(tokens, k)
            # "... في إقليم جوزجان، وذلك في الوقت الذي تصعد فيه الحركة هجماتها في أنحاء البلاد"
            or (
                tokens[k].key in lx.THE_TIME
                and k + 1 < len(tokens)
                and tokens[k + 1].key in lx.RELATIVES
                and tokens[k - 1].key in lx.IN_ANY
            )
            # "قتل ثلاثة جنود ... أمس، غداة تولي القوات الدولية القيادة في ست ولايات": the
            # day it came after, another matter's
            or tokens[k].key in _ON_THE_DAY_AROUND
            # "... غرب البلاد، في حين أن أعمال العنف بلغت مستويات قياسية منذ مطلع الصيف":
            # whereas the war at large goes on
            or (tokens[k].key in _WHEREAS and tokens[k - 1].key in lx.IN_ANY)
            # "... في وقت قتل فيه عدد من المسلحين": at a time when (not "في وقت
            # لاحق", later, the event's own time)
            or (
                tokens[k].key in _A_TIME
                and tokens[k - 1].key in lx.IN_ANY
                and k + 1 < len(tokens)
                and tokens[k + 1].key not in _TIME_ADJECTIVES
            )
        ),
        or_an_event=True,
    )


_ON_THE_DAY_AROUND: Final = frozenset(normalize(w) for w in ("غداة", "عشية"))
_WHEREAS: Final = frozenset(normalize(w) for w in ("حين",))  # "في حين"


def _told_dead_before(
    tokens: list[Token], cut_at: Callable[[int], bool], *, or_an_event: bool = False
) -> list[Token]:
    """The words before the first place `cut_at` (past the third word) when they already
    tell dead or wounded (or, with `or_an_event`, an event by its means: "سقطت ثلاثة
    صواريخ على مطار قندهار، في الوقت الذي ..."); else all of them."""
    for k in range(3, len(tokens)):
        if cut_at(k):
            told = casualties(tokens[:k])
            if told.killed is not None or told.wounded is not None:
                return tokens[:k]
            if or_an_event and event_type(tokens[:k]) in _MEANS_TOLD:
                return tokens[:k]
            return tokens
    return tokens


_MEANS_TOLD: Final = frozenset({"shelling", "ied", "suicide_bomb", "airstrike"})
_AMID: Final = frozenset(normalize(w) for w in ("وسط", "ووسط"))
_GROWTH: Final = frozenset(
    normalize(w) for w in ("اتساع", "تصاعد", "تزايد", "ازدياد", "تصعيد", "تنامي", "تفاقم")
)
_SHADOW: Final = frozenset(normalize(w) for w in ("ظل",))
_A_TIME: Final = frozenset(normalize(w) for w in ("وقت",))
_TIME_ADJECTIVES: Final = frozenset(
    normalize(w) for w in ("لاحق", "مبكر", "متأخر", "سابق", "قصير", "واحد", "متقدم")
)
_INTENT: Final = frozenset(normalize(w) for w in ("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي"))
# What is expected or planned (of "ومن المتوقع أن"), and what is intended
EXPECTED: Final = _INTENT | frozenset(
    normalize(w) for w in ("المتوقع", "يتوقع", "ويتوقع", "المقرر", "ينتظر")
)
# the future: "سوف", and the verbs of telling with "س" ("ستصدر الأرقام لاحقا")
WILL: Final = frozenset(
    normalize(w)
    for w in (
        *("سوف", "وسوف", "سيتم", "وسيتم", "ستتم", "سيجري", "ستجري", "ستصدر", "سيصدر"),
        *("ستعلن", "سيعلن", "ستنشر", "سينشر", "سنعلن", "سنصدر"),
    )
)


def _without_an_earlier_telling(tokens: list[Token]) -> list[Token]:
    """Tokens without "سبق أن" before a verb of telling ("وسبق أن أكدت الشرطة أن انتحاريا
    فجر نفسه"): an earlier report of the event, not an earlier event."""
    for k, tok in enumerate(tokens[:-2]):
        if (
            tok.key in _EARLIER
            and tokens[k + 1].key in lx.THAT
            and not lx.CLAIM_VERBS_SET.isdisjoint(tokens[k + 2].bare)
            # "وسبق أن تبنى التنظيم نفسه هجوما شهدته زاهدان": an earlier event claimed
            and not any(t.key in _AN_ATTACK for t in tokens[k + 3 : k + 3 + _CLAIMED_REACH])
        ):
            return tokens[:k] + tokens[k + 2 :]
    return tokens


# An attack told indefinite, as an object ("هجوما", "تفجيرا"): one not told before.
_AN_ATTACK: Final = frozenset(
    normalize(w) for w in ("هجوما", "تفجيرا", "اعتداء", "هجمات", "تفجيرات")
)
_CLAIMED_REACH: Final = 4  # "تبنى التنظيم نفسه هجوما": the group named, then the attack


_EARLIER: Final = frozenset(normalize(w) for w in ("سبق", "وسبق"))


def _before_what_it_followed(tokens: list[Token]) -> list[Token]:
    """The words before "بعد/عقب/إثر" ("قتلت الحركة 16 شرطيا ... بعد انقضاء هدنة كانت قد
    أعلنتها"), or before a clause that sets the event among earlier ones ("، ما
    شكل استمرارا لهجمات مشابهة شهدها العام الماضي"): what came before the event
    is told in the past, the event is not."""
    return _told_dead_before(
        tokens,
        lambda k: (
            tokens[k].key in lx.AFTER
            or (
                tokens[k].key in _WHICH
                and k + 1 < len(tokens)
                and tokens[k + 1].key in _CONSTITUTES
            )
        ),
    )


_WHICH: Final = frozenset(normalize(w) for w in ("ما", "مما", "وهو", "وهي"))
_FOLLOWED: Final = lx.AFTER | _WHICH  # the words `_before_what_it_followed` may cut at
_CONSTITUTES: Final = frozenset(
    normalize(w) for w in ("شكل", "يشكل", "يعد", "يعتبر", "اعتبر", "جعل", "يجعل", "ما")
)


def _without_its_run(tokens: list[Token]) -> list[Token]:
    """The words without the run of events the told one belongs to ("قتل ثلاثة جنود في
    أحدث هجوم ضمن سلسلة هجمات تشنها الحركة منذ أسابيع على ..."): "ضمن"/"في إطار" and a
    series or events in the plural, up to the next punctuation, tell when the run began,
    not that the event is past. An event or a death must be told before the run."""
    for k in range(1, len(tokens) - 1):
        if _a_run_opens(tokens, k):
            told = any(
                not lx.EVENT_NOUNS.isdisjoint(t.bare) or casualty_kind(t) is not None
                for t in tokens[:k]
            )
            if not told:
                return tokens
            end = next((j for j in range(k + 2, len(tokens)) if punctuated(tokens, j)), len(tokens))
            return tokens[:k] + tokens[end:]
    return tokens


def _since_the_told_operation_began(tokens: list[Token]) -> list[Token]:
    """The words without "منذ بدء" before one operation or battle named with the article
    ("قتل 30 مسلحا منذ بدء العملية في مديرية ناد علي"): the toll of the event told so
    far, not a span of the past ("منذ بدء الحرب" stays)."""
    for k in range(len(tokens) - 2):
        if (
            tokens[k].key in lx.SINCE
            and tokens[k + 1].key in _BEGINNING
            and (
                tokens[k + 2].key in _ONE_OPERATION
                # "منذ بدء القتال هناك قبل يومين": fighting that began days ago is
                # the fight told, not the war
                or (tokens[k + 2].key in lx.THE_FIGHTING and _days_ago(tokens[k + 3 :]))
            )
        ):
            return tokens[:k] + tokens[k + 2 :]
    return tokens


def _days_ago(tokens: list[Token]) -> bool:
    """Whether "قبل" and a span of hours, days or weeks come within a few words: "قبل ثلاثة
    أيام", "قبل يومين"."""
    return any(
        t.key in _BEFORE and any(u.key in lx.SPANS_OF_TIME for u in tokens[j + 1 : j + 3])
        for j, t in enumerate(tokens[:_DAYS_AGO_REACH])
    )


_BEGINNING: Final = frozenset(normalize(w) for w in ("بدء", "بداية", "انطلاق"))
_ONE_OPERATION: Final = frozenset(normalize(w) for w in ("العملية", "الهجوم", "المعركة", "الحملة"))
_DAYS_AGO_REACH: Final = 4  # after the fight's noun: "بالمنطقة قبل ثلاثة أيام", "قبل" within four
_BEFORE: Final = frozenset(normalize(w) for w in ("قبل",))


def _before_its_outcome(tokens: list[Token]) -> list[Token]:
    """The words before the state an event told left things in ("سيطرت الحركة على مدينة
    ... وباتت تسيطر على 20 عاصمة ولاية"): "و" and a verb of becoming, after an event,
    tells the outcome up to now, not that the event is past."""
    for k in range(1, len(tokens)):
        made_it = tokens[k].key in _WHAT and k + 1 < len(tokens) and tokens[k + 1].key in _MADE_IT
        if (tokens[k].key in _BECAME or made_it) and event_type(tokens[:k]) is not None:
            return tokens[:k]
    return tokens


# "and it has become": the state an event left things in
_BECAME: Final = frozenset(
    normalize(w) for w in ("وباتت", "وبات", "وأصبحت", "وأصبح", "لتصبح", "ليصبح")
)
# "مما جعله ثاني عسكري بريطاني يلقى حتفه هذا الشهر": what the event made of its victim
_WHAT: Final = frozenset(normalize(w) for w in ("ما", "مما"))
_MADE_IT: Final = frozenset(
    normalize(w) for w in ("جعله", "جعلها", "جعلهم", "يجعله", "يجعلها", "يجعلهم", "جعلهما")
)


def _without_its_stay(tokens: list[Token]) -> list[Token]:
    """The words without how long a party has been in the country ("الهيئة الموجودة في
    البلاد منذ عام 1995", "التي تعمل في البلاد منذ عام 2002"): a description of the
    party, no past event. From the word of its stay up to the year after "منذ"."""
    for k, tok in enumerate(tokens):
        if tok.key not in _STAYING:
            continue
        since = next(
            (
                j
                for j in range(k + 1, min(len(tokens), k + _STAY_REACH))
                if tokens[j].key in lx.SINCE
            ),
            None,
        )
        if since is None:
            continue
        end = next(
            (
                j + 1
                for j in range(since + 1, min(len(tokens), since + 4))
                if tokens[j].key.isdigit()
            ),
            None,
        )
        if end is not None:
            return tokens[:k] + tokens[end:]
    return tokens


_STAYING: Final = frozenset(
    normalize(w)
    for w in ("الموجودة", "الموجود", "الموجودين", "الموجودون", "العاملة", "تعمل", "يعمل", "تنشط")
)
_STAY_REACH: Final = 6  # "الموجودة | في | افغانستان | منذ": the stay, where, then "منذ"


def _a_run_opens(tokens: list[Token], k: int) -> bool:
    """Whether "ضمن" or "في إطار" at k opens a run of events: a series, a campaign or
    events in the plural ("ضمن سلسلة هجمات", "ضمن عمليات مكافحة الإرهاب")."""
    within = tokens[k].key in _WITHIN or (
        k > 0 and tokens[k].key in _FRAME and tokens[k - 1].key in lx.IN
    )
    # "في أحدث حلقة من العنف": the latest of a run
    latest = (
        tokens[k].key in lx.IN
        and k + 2 < len(tokens)
        and tokens[k + 1].key in _NEWEST
        and (tokens[k + 2].key in _EPISODES or tokens[k + 2].key in _RUNS)
    )
    return latest or (
        within
        and k + 1 < len(tokens)
        and (tokens[k + 1].key in _RUNS or not lx.PLURAL_EVENT_NOUNS.isdisjoint(tokens[k + 1].bare))
    )


_NEWEST: Final = _LATEST | {normalize("أحدث")}  # "في أحدث حلقة", "في آخر فصول"
_EPISODES: Final = frozenset(normalize(w) for w in ("حلقة", "حلقات", "فصل", "فصول"))
_WITHIN: Final = frozenset(normalize(w) for w in ("ضمن", "وضمن"))
_FRAME: Final = frozenset(normalize(w) for w in ("إطار",))
_RUNS: Final = lx.SERIES_OF_EVENTS | frozenset(normalize(w) for w in ("حملة",))


def _after_its_occasion(tokens: list[Token]) -> list[Token]:
    """The words after the occasion or the "while" clause a sentence opens on, up to its
    comma ("مع غداة محادثات السلام التي رعتها طهران، أكدت حركة طالبان أنها استولت على
    ..."): the talks are when the news fell, the clause after them tells it. A dateline
    before the occasion ("إيلاف من لندن:") stays."""
    first = next(
        (
            k
            for k in range(min(len(tokens), _DATELINE_WORDS + 1))
            if tokens[k].key in _OCCASIONS and (k == 0 or punctuated(tokens, k))
        ),
        None,
    )
    if first is None:
        return tokens
    for k in range(first + 2, min(len(tokens), first + _OCCASION_WORDS)):
        if punctuated(tokens, k):
            return tokens[:first] + tokens[k:]
    return tokens


def punctuated(tokens: list[Token], k: int) -> bool:
    """Whether punctuation stands between the word at k and the one before it."""
    return tokens[k].start - tokens[k - 1].end > 1


# (and "while": "وبينما يخشى ارتفاع عدد القتلى، قال المسؤول إن التفجير وقع ...")
_OCCASIONS: Final = frozenset(
    normalize(w)
    for w in (
        *("مع", "ومع", "غداة", "وغداة", "عشية", "وعشية", "قبيل", "وقبيل"),
        *("بينما", "وبينما"),
    )
)
_DATELINE_WORDS: Final = 4  # "إيلاف من لندن:", "لندن (وكالات):"
_OCCASION_WORDS: Final = 16  # "مع غداة محادثات السلام الأفغانية التي رعتها طهران،"


def _before_an_aside(tokens: list[Token]) -> list[Token]:
    """The words before an aside that turns to the past within the sentence ("تبنت
    طالبان الهجوم ...، ويذكر أن الاستخبارات تلقت ضربات ... عام 2012"): the aside is
    background, the claim before it is not. An aside that opens the sentence is all of it."""
    for k, tok in enumerate(tokens):
        if k >= 3 and tok.key in ASIDES:
            return tokens[:k]
    return tokens


def _before_a_remark(tokens: list[Token]) -> list[Token]:
    """The words before "لكن" that follows a figure told ("أن عشرة جنود قتلوا، لكن
    الحركة كثيرا ما تضخم أرقامها"), or before a forecast after a contrast ("... وأصيب 12
    بجروح، بينما يتوقع أن يرتفع العدد"): the remark after it tells what is usual or what
    may come, the figure before it is the news."""
    for k, tok in enumerate(tokens):
        forecast = (
            tok.key in lx.CONTRAST and k + 1 < len(tokens) and tokens[k + 1].key in _FORECASTS
        )
        if k >= 3 and (tok.key in lx.BUT or forecast):
            told = casualties(tokens[:k])
            if told.killed is not None or told.wounded is not None:
                return tokens[:k]
            break
    return tokens


_FORECASTS: Final = frozenset(
    normalize(w) for w in ("يتوقع", "يتوقعون", "تتوقع", "يخشى", "يخشون", "تخشى", "يرجح", "يرجحون")
)
REMINDERS: Final = frozenset(normalize(w) for w in ("ويذكر", "يذكر", "ويشار", "يشار"))
ASIDES: Final = REMINDERS | _IT_IS_AN_ASIDE


def toll_before_blame(tokens: list[Token]) -> bool:
    """Whether a count of the dead or wounded comes before the words of blame: "قتل 11
    مدنيا في انفجار قنبلة ...، على ما أعلن مسؤولون في الشرطة اتهموا عناصر طالبان" tells
    the event, the blame in its last clause."""
    blame = next((k for k, t in enumerate(tokens) if not _BLAME.isdisjoint(t.bare)), None)
    if blame is None:
        return False
    told = casualties(tokens[:blame])
    return told.killed is not None or told.wounded is not None


_BLAME: Final = frozenset(lx.ACCUSATIONS)


def toll_revised_of_the_told_event(tokens: list[Token], forms: frozenset[str]) -> bool:
    """Whether the sentence tells that the toll of the event told rose ("ارتفعت حصيلة
    قتلى الانفجار")."""
    return (
        not forms.isdisjoint(lx.TOLL)
        and not forms.isdisjoint(lx.TOLL_RISE)
        and bool(contains(keys_only(tokens), lx.BACK_REFERENCES))
    )


def an_earlier_event_told(tokens: list[Token]) -> bool:
    """ "وكان هجوم لطالبان أدى إلى ...": "كان" and an event named without the article (the
    told one would be "الهجوم") open the telling of an earlier event."""
    return len(tokens) > 2 and tokens[0].key in lx.KANA and tokens[1].key in EARLIER_EVENTS


EARLIER_EVENTS: Final = frozenset(
    normalize(w)
    for w in ("هجوم", "هجوما", "انفجار", "تفجير", "غارة", "اشتباك", "كمين", "قصف", "حادث")
)


def _on_a_weekday(tokens: list[Token]) -> bool:
    """Whether the words name a weekday without "الماضي" after it ("الثلاثاء")."""
    return any(
        not WEEKDAY_KEYS.isdisjoint(t.bare)
        and not (k + 1 < len(tokens) and tokens[k + 1].key in _PAST_WORDS)
        for k, t in enumerate(tokens)
    )


_PAST_WORDS: Final = frozenset(normalize(w) for w in ("الماضي", "الفائت", "قبل"))


def _dead_of_late(tokens: list[Token]) -> bool:
    """Whether the words count dead or wounded and tell today or yesterday."""
    return _today_or_yesterday(tokens) and any(casualty_kind(t) is not None for t in tokens)


def _today_or_yesterday(tokens: list[Token]) -> bool:
    """Whether the words tell today or yesterday ("ويذكر أن طالبان سيطرت، صباح اليوم، على
    عاصمة ولاية قندوز"): the news cycle, not what the reader should recall."""
    return any(t.key in _RECENT for t in tokens)


WEEKDAY_KEYS: Final = frozenset(lx.WEEKDAYS)


def _without_place_clause(tokens: list[Token]) -> list[Token]:
    """The words before a relative clause that describes a place ("في ولاية فارياب، التي
    كانت قد شهدت قتالا عنيفا"): what the place has seen is not the event's time."""
    for k, tok in enumerate(tokens):
        # "بمنطقة براقي باراك، حيث شنت طالبان هجمات متكررة": "حيث" after a place too;
        # "في حي يضم مقار البعثات": what the place holds, in the present
        if (tok.key in lx.RELATIVES or tok.key in lx.WHERE or tok.key in _HOLDS_NOW) and any(
            unit_level(tokens[j]) is not None and not (j > 0 and tokens[j - 1].key in lx.THE_STATE)
            for j in range(max(0, k - _PLACE_CLAUSE_REACH), k)
        ):
            return tokens[:k]
        # "في كابول التي تشهد حاليا هجمات شبه يومية": a name after "في", then "التي"; so
        # "في باكستان حيث غالبا ما تتعرض قوافل الإمدادات لهجمات"
        if (
            (tok.key in _RELATIVE_WHICH or tok.key in lx.WHERE)
            and k > 1
            and tokens[k - 2].key in _IN_WORDS
            and not tokens[k - 1].key.startswith("ال")
        ):
            return tokens[:k]
    return tokens


def without_a_city_clause(tokens: list[Token]) -> list[Token]:
    """The words before the clause that describes a city named after a preposition with
    its apposition ("هجوما على قندوز كبرى مدن الشمال التي سقطت بأيديهم لأيام العام
    الماضي"): what the city saw is not the event's time. (Read before a record's words are
    dropped: "كبرى مدن" is the city's rank, no record of the event.)"""
    for k, tok in enumerate(tokens):
        if tok.key in _RELATIVE_WHICH and any(
            tokens[j - 1].key in _TOWARDS
            and not tokens[j].key.startswith("ال")
            and any(t.key in _A_CITY or t.key in lx.CAPITAL_WORDS for t in tokens[j + 1 : k])
            for j in range(max(1, k - _PLACE_CLAUSE_REACH), k - 1)
        ):
            return tokens[:k]
    return tokens


def without_a_groups_past(tokens: list[Token]) -> list[Token]:
    """The words without a relative clause that tells a group's past up to its year, before
    any word of its claim ("الحركة التي حكمت البلاد ... حتى طردت من الحكم عام 2001
    مسؤوليتها عن ..."): what the group went through then is not the time of what it claims
    now."""
    for k in range(1, len(tokens)):
        if tokens[k].key not in _RELATIVE_WHICH or tokens[k - 1].key not in _GROUP_NAMES:
            continue
        year = None
        for j in range(k + 1, min(len(tokens), k + _GROUPS_PAST_REACH)):
            if not lx.RESPONSIBILITY_SET.isdisjoint(tokens[j].bare):
                break  # "مسؤوليتها عن ... في 2009": the claim, and the year its deed's
            if numbers.year_written(tokens[j].text) is not None:
                year = j
                break
        if year is not None:
            return tokens[:k] + tokens[year + 1 :]
    return tokens


_GROUP_NAMES: Final = frozenset(
    normalize(w) for w in ("طالبان", "الحركة", "التنظيم", "داعش", "القاعدة", "الجماعة")
)
_GROUPS_PAST_REACH: Final = 16  # "التي أطاحت بها قوات أفغانية تدعمها ... في عام 2001"


# What a place holds, told in the present: "في حي مكتظ يضم مكاتب المجلس".
_HOLDS_NOW: Final = frozenset(
    normalize(w) for w in ("يضم", "تضم", "يحوي", "تحوي", "يحتضن", "تحتضن")
)
# The place's unit word and name, then maybe an apposition ("مدينة قندوز العاصمة الاقليمية
# الوحيدة التي تمكنوا منذ 2001 من السيطرة عليها")
_PLACE_CLAUSE_REACH: Final = 6
_RELATIVE_WHICH: Final = frozenset(normalize(w) for w in ("التي", "والتي"))
_IN_WORDS: Final = frozenset(normalize(w) for w in ("في", "فى", "بمدينة", "بولاية"))
_TOWARDS: Final = frozenset(normalize(w) for w in ("في", "فى", "على", "إلى", "الى"))
_A_CITY: Final = frozenset(normalize(w) for w in ("كبرى", "مدن", "مدينة", "ثاني", "ثالث"))


def _without_a_recent_pluperfect(tokens: list[Token]) -> list[Token]:
    """The words without a "كان قد" whose clause tells yesterday, today or a part of a day of
    the week ("وأضاف أن الجنود كانوا قد شنوا العملية ضد المسلحين فجر أمس", "وكان انتحاري
    قد فجر نفسه، مساء الأحد، قرب الدورية"): an earlier step of the news, not the past."""
    out: list[Token] = []
    for k, tok in enumerate(tokens):
        # "كان قد", or "وكان مسلح قد": a subject of a word or two between them
        qad = next((m for m in range(k + 1, min(len(tokens), k + 4)) if tokens[m].key == QAD), None)
        if (
            tok.key in lx.KANA
            and qad is not None
            and (qad == k + 1 or k == 0)
            and (
                any(t.key in _RECENT for t in tokens[qad + 1 : qad + _RECENT_REACH])
                or _a_day_of_this_week(tokens[qad + 1 : qad + _RECENT_REACH])
                or _of_a_noun_after_the_dead(tokens, k)
                # "وكانت قد أفادت وكالة رويترز بأن تسعة أشخاص قتلوا ...": an earlier
                # telling, of the event told
                or (
                    qad == k + 1
                    and qad + 1 < len(tokens)
                    and not lx.CLAIM_VERBS_SET.isdisjoint(tokens[qad + 1].bare)
                )
            )
        ):
            continue
        out.append(tok)
    return out


def _a_day_of_this_week(words: list[Token]) -> bool:
    """Whether the words name a part of a weekday ("صباح الثلاثاء", "مساء الجمعة"), not a
    past one ("مساء الجمعة الماضي"): a day of the news's week."""
    return any(
        not _DAY_PARTS.isdisjoint(a.bare)
        and b.key in lx.WEEKDAYS
        and (k + 2 >= len(words) or words[k + 2].key not in lx.LAST)
        for k, (a, b) in enumerate(pairwise(words))
    )


_DAY_PARTS: Final = frozenset(
    normalize(w) for w in ("صباح", "مساء", "ظهر", "فجر", "ليلة", "ليل", "عصر", "ظهيرة")
)


def _of_a_noun_after_the_dead(tokens: list[Token], k: int) -> bool:
    """Whether the "كان قد" at k opens a clause set off by a comma after a clause that
    told the dead ("قتل 26 مسلحا في اشتباكات استعادت خلالها القوات قاعدة، كان قد سيطر
    عليها المسلحون"): what the noun before it had been, not the sentence's time."""
    return (
        k > 0
        and tokens[k].start - tokens[k - 1].end > 1  # a comma or a dash before it
        # ("، وكان هجوم مماثل قد أسفر ...": a clause of its own, joined by و)
        and not tokens[k].text.startswith("و")
        and any(casualty_kind(t) is not None for t in tokens[:k])
    )


_RECENT: Final = frozenset(normalize(w) for w in ("أمس", "امس", "اليوم", "البارحة"))
_RECENT_REACH: Final = (
    12  # "قد بدأت الهجوم على مواقع طالبان صباح أمس": the verb, its object, then when
)


def _pluperfect(tokens: list[Token]) -> bool:
    """ "وكان هجوم مماثل قد أسفر الشهر الماضي عن ...": كان with its subject before "قد",
    of another event like it, tells what had happened before. (Without "another", "وكان
    مسلحون قد هاجموا الأربعاء الماضي قافلة" may be the news itself.)"""
    earlier = any(
        (t.key in lx.ANOTHER and not the_latest_a_place_sees(tokens, k))
        # "وكان التنظيم قد تبنى هجمات وقعت مؤخرا في العاصمة": events of late
        or t.key in lx.RECENTLY
        for k, t in enumerate(tokens)
    )
    # "وكانت إيساف قد أعلنت في وقت سابق عن مقتل جندي في انفجار آخر": earlier on, a recent
    # event of its own, not the past
    if earlier and f" {lx.EARLIER_TIME[0]} {lx.EARLIER_TIME[1]} " in " ".join(
        ["", *(t.key for t in tokens), ""]
    ):
        return False
    for i, tok in enumerate(tokens[:3]):
        if tok.key in lx.KANA:
            return earlier and any(t.key == QAD for t in tokens[i + 2 : i + 14])
    return False


QAD: Final = normalize("قد")


_SINCE: Final = normalize("منذ")
_OVER: Final = frozenset(normalize(w) for w in ("على", "خلال", "في"))


def outside_names(tokens: list[Token], mentions: list[PlaceMention]) -> list[Token]:
    """The words before a running tally of the war (`war_tally_at`), without those inside
    a place name after its first: "في منطقة دارا سوف" tells no future ("سوف")."""
    spans = [(m.start, m.end) for m in mentions if m.resolved]
    plain = [t for t in tokens if not any(s < t.start < e for s, e in spans)]
    return plain[: war_tally_at(plain)]


_RECORD_SINCE_REACH: Final = 7


def without_records(tokens: list[Token]) -> list[Token]:
    """Tokens without a record comparison: "الأكبر من نوعه منذ سنوات", "لأول مرة منذ عام
    2001", "الأكثر دموية على مدى الأشهر الأخيرة" compare this event with the past; they do
    not tell the past."""
    out: list[Token] = []
    skip_to = -1

    def compared(start: int, end: int) -> bool:
        return _a_superlative_in(tokens, start, end)

    for i, tok in enumerate(tokens):
        if i <= skip_to:
            continue
        # ("في أعنف هجوم تتعرض له القوات الكندية هناك منذ العام 2006": the event, its
        # target and where, between the superlative and "منذ")
        if (
            tok.key == _SINCE
            and compared(i - _RECORD_SINCE_REACH, i)
            and (period_end := _the_period_since(tokens, i)) is not None
        ):
            skip_to = period_end
            continue
        if tok.key in _OVER and compared(i - 8, i):
            # "الأكثر دموية ... على مدى الأشهر الأخيرة": the period compared with (up
            # to a "منذ" that opens the period: "الأكبر في العاصمة منذ ...")
            skip_to = next(
                (k - 1 for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k].key == _SINCE),
                i + 3,
            )
            continue
        if (
            i + 1 < len(tokens)
            and (tok.key, tokens[i + 1].key) in _THIS_YEAR
            and compared(i - 8, i)
        ):
            # "أكثر الهجمات دموية التي شهدتها العاصمة هذا العام": the year compared with
            skip_to = i + 1
            continue
        out.append(tok)
    return out


def _the_period_since(tokens: list[Token], since: int) -> int | None:
    """Where the period after a record's "منذ" ends: its next two words ("سنوات", "عام
    2001") or up to its year ("منذ سقوط حكومة طالبان عام 2001"); or, when a relative
    clause tells what the period began with ("منذ بدء تمرد الحركة التي أطيح بها أواخر
    2001"), that clause up to the next punctuation; None when a clause of "when" tells the
    event of the day the period began with: no record, a past event."""
    end = since + 2
    if (
        since + 2 < len(tokens)
        and number_at(tokens, since + 1) is not None
        and _month(tokens[since + 2])
        and any(t.key in lx.WHEN for t in tokens[since + 3 : since + _PERIOD_REACH])
    ):
        # "منذ 3 مايو 2010 حين هاجم مسلحون السوق": the day of another event, told
        # ("منذ مايو عندما قتل ..." compares with a month, the record's period)
        return None
    year = next(
        (
            k
            for k in range(since + 1, min(len(tokens), since + _PERIOD_YEAR_REACH))
            if numbers.report_year(tokens[k].text)
        ),
        None,
    )
    if year is not None and not any(punctuated(tokens, k) for k in range(since + 1, year + 1)):
        end = max(end, year)  # "منذ دخلت القوات الأجنبية البلاد أواخر 2001": its year
    relative = next(
        (
            k
            for k in range(since + 2, min(len(tokens), since + _PERIOD_REACH))
            if tokens[k].key in lx.RELATIVES
        ),
        None,
    )
    if relative is None or any(punctuated(tokens, k) for k in range(since + 1, relative + 1)):
        return end
    k = relative + 1
    while k < len(tokens) and not punctuated(tokens, k):
        k += 1
    return k - 1


_PERIOD_REACH: Final = 5  # "منذ" + "بدء تمرد طالبان" + its relative
_PERIOD_YEAR_REACH: Final = 9  # "منذ" + "أن دخلت القوات الأجنبية إلى هذا البلد في أواخر" + year


def _a_superlative_in(tokens: list[Token], start: int, end: int) -> bool:
    """A superlative among tokens[start:end] ("الأعنف", "أكثر ... دموية"); "أكثر من 390
    عسكريا ... منذ مطلع السنة": "more than" a figure hedges a count, it compares nothing."""
    return any(
        f in lx.SUPERLATIVES
        and not (
            k + 2 < len(tokens)
            and tokens[k + 1].key in lx.OF
            and numbers.opens_count(tokens[k + 2].text)
        )
        for k in range(max(0, start), end)
        for f in tokens[k].bare
    )


def _compared_with(tokens: list[Token]) -> int | None:
    """ "وأصبحت الغارة الأكثر دموية منذ مقتل ثمانية جنود في غارة بإقليم قندوز", "إحدى أكثر
    الوقائع دموية بعد مقتل ...": the event told set beside an earlier one by a superlative;
    where the earlier one's words begin (after "منذ"/"بعد", with its dead or its noun), or
    None ("الأعنف منذ سنوات" compares with a span of time)."""
    for k, tok in enumerate(tokens[:-1]):
        if not (tok.key in lx.SINCE or tok.key in lx.AFTER):
            continue
        after = tokens[k + 1]
        if _a_regimes_fall(tokens, k + 1):
            continue  # "الأكثر دموية منذ سقوط نظام طالبان": since a time, no event
        if (casualty_kind(after) is not None or not lx.EVENT_NOUNS.isdisjoint(after.bare)) and (
            _a_superlative_in(tokens, k - _SUPERLATIVE_REACH, k)
            or _one_of_a_count_in(tokens, k - _ORDINAL_REACH, k)
        ):
            return k + 1
    return None


def _a_regimes_fall(tokens: list[Token], k: int) -> bool:
    """Whether "سقوط" at k is the fall of a regime ("سقوط نظام طالبان", "سقوط الحكومة",
    "منذ سقوط طالبان"), not the dead falling ("سقوط قتلى")."""
    return k + 1 < len(tokens) and tokens[k].key in _FALL and tokens[k + 1].key in _REGIME_WORDS


_FALL: Final = frozenset(normalize(w) for w in ("سقوط",))
_REGIME_WORDS: Final = frozenset(
    normalize(w)
    for w in (
        *("نظام", "النظام", "حكومة", "الحكومة", "حكم", "الحكم", "الرئيس"),
        "طالبان",
    )
)


def _one_of_a_count_in(tokens: list[Token], start: int, end: int) -> bool:
    """An event counted among others before it ("إنه ثالث هجوم من نوعه في المديرية هذا
    الأسبوع بعد مقتل تسعة أشخاص"): an ordinal right before an event noun among
    tokens[start:end]."""
    return any(
        definite(tokens[k].key) in lx.SECOND or tokens[k].key.removeprefix("ال") in lx.ORDINALS
        for k in range(max(0, start), end - 1)
        if not lx.EVENT_NOUNS.isdisjoint(tokens[k + 1].bare)
    )


# words from a superlative to the "منذ" of what it compares with: "أكبر عدد من الضحايا يسقط
# في هجوم واحد منذ"
_SUPERLATIVE_REACH: Final = 8
_ORDINAL_REACH: Final = 10  # "ثالث تفجير انتحاري في غضون أسبوع في المديرية ذاتها بعد"


_THIS_YEAR: Final = frozenset(
    (normalize(a), normalize(b))
    for a, b in (("هذا", "العام"), ("العام", "الحالي"), ("هذه", "السنة"), ("السنة", "الحالية"))
)


def _since_a_month(tokens: list[Token]) -> bool:
    """ "وقتل نحو 500 شخص منذ أغسطس الماضي", "منذ منتصف حزيران", "منذ أواخر 2001": a
    tally or a campaign since a month or a year, not one event."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.key not in lx.SINCE:
            continue
        nxt = k + 2 if tokens[k + 1].key in _PART_OF_MONTH and k + 2 < len(tokens) else k + 1
        if _month(tokens[nxt]) or numbers.report_year(tokens[nxt].text):
            return True
        # "منذ احتلاله في 2001": since the deed of a year named in its clause
        if any(
            numbers.report_year(t.text) and tokens[j - 1].key in lx.IN_ANY
            for j, t in enumerate(tokens[k + 2 : k + _SINCE_REACH], start=k + 2)
        ):
            return True
    return False


_SINCE_REACH: Final = 4  # "منذ", a deed, "في", the year


def pluperfect_in_a_month(tokens: list[Token]) -> bool:
    """ "وكان انتحاري قد نسف نفسه بين حشد ... في نوفمبر (تشرين الثاني)": an event told in
    the pluperfect in a month named, on no day of the news (today, yesterday, a weekday),
    was before it."""
    return (
        len(tokens) > 2
        and tokens[0].key in lx.KANA
        and (
            any(t.key == QAD for t in tokens[1:QAD_REACH])
            # "وكانت المدينة شهدت في مارس معارك": the pluperfect with no "قد", what
            # the place saw or underwent in the past
            or any(t.key in lx.UNDERGONE for t in tokens[1:QAD_REACH])
        )
        and any(_month(t) and not _a_day_before(tokens, k) for k, t in enumerate(tokens))
        and not _today_or_yesterday(tokens)
        and not _on_a_weekday(tokens)
    )


def _a_day_before(tokens: list[Token], k: int) -> bool:
    """Whether a day of the month stands before the month at k ("في 10 أيار", "في الخامس
    من مارس"): a day that may be the news's own."""
    return k > 0 and (number_at(tokens, k - 1) is not None or tokens[k - 1].key in lx.OF)


def in_a_past_month(tokens: list[Token]) -> bool:
    """ "وقتل 17 شخصا في اعتداء استهدف السوق في آب اغسطس الماضي", "الشهر الماضي": an event
    of a past month, in a sentence that tells nothing of today, yesterday or a weekday
    (where the month is a clause's: "دخل الجيش أمس بلدة ... سيطر عليها المتمردون في
    فبراير الماضي"). A day of that month ("يوم 30 ديسمبر الماضي", "في الحادي والعشرين
    من الشهر الماضي") may be the news."""
    if _today_or_yesterday(tokens) or _on_a_weekday(tokens):
        return False
    for k, tok in enumerate(tokens):
        if not (_month(tok) or tok.key == _THE_MONTH):
            continue
        if any(t.key in lx.SINCE for t in tokens[max(0, k - 2) : k]):
            continue  # "منذ أغسطس الماضي": a span (`_since_a_month`)
        if k > 0 and (
            number_at(tokens, k - 1) is not None
            or tokens[k - 1].key in lx.OF
            or _month(tokens[k - 1])  # the second name of "16 نيسان ابريل الماضي"
        ):
            continue
        # "آب اغسطس الماضي", "يوليو (تموز) الماضي": the month in both calendars
        after = tokens[k + 1 : k + 3]
        if after and _month(after[0]):
            after = after[1:]
        if after and after[0].key in lx.LAST:
            return True
    return False


_THE_MONTH: Final = normalize("الشهر")
_PART_OF_MONTH: Final = frozenset(
    normalize(w) for w in ("مطلع", "منتصف", "أواخر", "أوائل", "بداية")
)


_IN_YEAR: Final = lx.IN_FRAMES | {normalize("خلال")}


def _past_year(tokens: list[Token]) -> bool:
    """A year named as the time of what is told ("في صيف 2006", "منذ عام 2001"), in a
    sentence that dates nothing to the days of the report: with "أمس" or a weekday beside
    it ("قتل أمس ... منذ الإطاحة بحكومة طالبان عام 2001") the year is a clause's."""
    if any(
        not lx.NOW_WORDS.isdisjoint(t.bare) and (k == 0 or tokens[k - 1].key not in lx.UNTIL)
        for k, t in enumerate(tokens)
    ):
        return False  # "حتى اليوم" closes a span from the past: no day of the report
    for i, tok in enumerate(tokens):
        if len(tok.text) != 4:  # a year's four digits (the translation keeps the length)
            continue
        if numbers.report_year(tok.text):
            before = {f for t in tokens[max(0, i - 2) : i] for f in t.bare}
            if before & lx.YEAR_CONTEXT:
                return True
            if i > 1 and tokens[i - 1].key in _IN_YEAR and casualty_kind(tokens[i - 2]):
                return True  # "قتلوا في 2006": the dead of a year, bare after "في"
            # "في مايو 2009" (a month, no day) dates a past event; "12 مايو 2009" may be
            # today, and so may "6 آب/أغسطس 2009" (a month told in both calendars).
            k = i - 1
            if k > 0 and _month(tokens[k]) and _month(tokens[k - 1]):
                k -= 1
            if k >= 0 and _month(tokens[k]) and (k < 1 or number_at(tokens, k - 1) is None):
                return True
            if k > 1 and _month(tokens[k]) and tokens[k - 2].key in lx.SINCE:
                return True  # "منذ 6 ديسمبر 2011": a whole day, since when
    return False


def _month(token: Token) -> bool:
    return any(f in lx.MONTHS for f in token.bare)


def the_latest_a_place_sees(tokens: list[Token], i: int) -> bool:
    """ "في هجوم جديد تشهده العاصمة الأفغانية": "new" with the place's seeing it in the
    present is the latest of a run, the event told; not another than it."""
    return i + 1 < len(tokens) and tokens[i + 1].key in _SEES_IT


_SEES_IT: Final = frozenset(
    normalize(w) for w in ("تشهده", "يشهده", "تشهدها", "يشهدها", "تعيشه", "تشهدهما")
)


QAD_REACH: Final = 10  # "وكان 24 عنصرا من القوات الأمنية الأفغانية قد"
