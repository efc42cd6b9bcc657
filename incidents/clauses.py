"""Clauses: a sentence cut where it tells two events apart ("قتل 3 جنود في انفجار عبوة
جنوبي البلاد، فيما قتلت القوات 11 مسلحا في عملية بولاية غزني"), each clause read as a
sentence of its own by `incidents.extract`."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from gazetteer.match import Gazetteer
from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents.background import tells_background
from incidents.casualties import casualties, casualty_kind
from incidents.events import (
    an_operation_by_its_kind,
    event_type,
    only_an_operation,
    plural_triggers_only,
)
from incidents.locate import region_told, told_in_anaphor
from incidents.mentions import unit_level
from incidents.segment import SentenceFacts, another_told
from incidents.text import Sentence
from incidents.tokens import Token
from incidents.words import a_span_after, all_forms, contains, definite

_COMMA: Final = re.compile(r"[،,]\s*$")


def _goes_on_before_its_place(tokens: list[Token], k: int) -> bool:
    """Whether, after the contrast at k, "مضيفا"/"مضيفة" opens a later clause before any
    place named with its unit word: the contrast's own words add to the first clause."""
    for t in tokens[k + 1 :]:
        if unit_level(t) is not None:
            return False
        if t.key in lx.GOING_ON:
            return True
    return False


def clauses_of(
    text: str, sentence: Sentence, tokens: list[Token], *, gazetteer: Gazetteer
) -> list[tuple[Sentence, list[Token]]]:
    """A sentence, or its two clauses when "، فيما" joins two events told apart: "قتل 3
    جنود في انفجار عبوة جنوبي البلاد، فيما قتلت القوات 11 مسلحا في عملية بولاية غزني".
    Each clause tells an event, and the second names a place of its own after a unit
    word; a clause that only adds to the first ("، فيما أصيب 3 آخرون") stays with it.
    So is a clause opened by "و" and a casualty verb ("، وأصيب 18 آخرون في انفجار في
    مدينة مزار شريف بإقليم بلخ"); told of the same event, it places the lead instead.
    "كما" joins the second event with or without a comma ("قتل ستة في انفجار قنبلة
    بإقليم هلمند كما لقي ستة آخرون حتفهم في غارة جوية في كونار") when each clause names
    a province or district of its own and the first tells no earlier year or habit. So
    does "، وقال" when the words after it tell events at a unit of their own ("، وقال
    مسؤولون إن مواقع تعرضت أيضا لهجمات في إقليمي هلمند وبغلان")."""
    also = any(t.key in lx.ALSO_OPENERS for t in tokens[2:-2])
    separate = a_separate_event(tokens)
    fi_hin = any(t.key in _IN_WHEN and after.key in _WHEN for t, after in pairwise(tokens))
    meanwhile = any(_meanwhile_dead(tokens, k) for k in range(2, len(tokens) - 3))
    hurt = any(
        t.key in lx.CONTRAST and casualty_kind(after) is not None for t, after in pairwise(tokens)
    )
    wake = any(t.key in lx.IN_THE_WAKE for t in tokens[3:-3])
    if (
        "،" not in sentence.text
        and "," not in sentence.text
        and not (also or separate or fi_hin or hurt or meanwhile or wake)
    ):
        return [(sentence, tokens)]  # (most sentences: no clause is joined by a comma)
    other = _after_another_event(tokens, gazetteer)
    if other is None:
        other = _the_second_told(tokens)
    if other is None:
        other = _the_event_an_operation_answered(tokens)
    if other is not None:
        # "قتل خمسة شرطيين ... جنوبي البلاد، وذلك بعد حادث آخر قتل فيه أربعة إثر انفجار
        # في ولاية لغمان": the other event, its dead and place
        end, cut = tokens[other - 1].end, tokens[other].start
        return [
            (Sentence(text[sentence.start : end], sentence.start, end), tokens[:other]),
            (Sentence(text[cut : sentence.end], cut, sentence.end), tokens[other:]),
        ]
    split = _another_province_besides(text, tokens, gazetteer=gazetteer)
    if split is not None:
        # "... 14 عنصرا بولاية جوزجان، بعد ساعات من مقتل 17 آخرين في تخار، علاوة على مقتل
        # عشرة جنود في ولاية هلمند": each clause an event at a province of its own
        end, cut = tokens[split - 1].end, tokens[split].start
        first = Sentence(text[sentence.start : end], sentence.start, end)
        second = Sentence(text[cut : sentence.end], cut, sentence.end)
        return [
            (first, tokens[:split]),
            *clauses_of(text, second, tokens[split:], gazetteer=gazetteer),
        ]
    for k in range(2, len(tokens) - 2):
        # "في حين" (whereas) opens its clause at "في", with or without a comma before it;
        # "حيث" (where) does when its clause calls its event another ("، حيث قتل ستة
        # مسلحين في حادث آخر")
        whereas = (
            (tokens[k].key in _IN_WHEN and tokens[k + 1].key in _WHEN)
            or (
                tokens[k].key in lx.WHERE
                and casualty_kind(tokens[k + 1]) is not None
                and another_told(tokens[k:], lx.EVENT_NOUNS)
            )
            or (meanwhile and _meanwhile_dead(tokens, k))
        )
        # ("حين" alone is "when": the clause tells how the event told came about)
        contrast = (
            tokens[k].key in lx.CONTRAST
            and tokens[k].key not in _WHEN
            and tokens[k - 1].key not in _IN_WHEN
        ) or whereas
        joined_also = tokens[k].key in lx.ALSO_OPENERS
        going_on = tokens[k].key in lx.GOING_ON  # "، مضيفا أن الحركة نفذت هجوما آخر بإقليم فراه"
        if not contrast and not joined_also and not going_on and not tokens[k].text.startswith("و"):
            continue
        if (
            not joined_also
            and not whereas
            and not _COMMA.search(text[tokens[k - 1].end : tokens[k].start])
            and not (contrast and separate and a_separate_event(tokens[k:]))
            # "... في العاصمة كابول فيما اصيب 3 جنود في حادث بولاية باكتيكا": a contrast
            # on its own casualty verb, with no comma
            and not (contrast and casualty_kind(tokens[k + 1]) is not None)
        ):
            continue
        if _another_voice_on_separate_dead(tokens, k):
            # "وأكد المتحدث مقتل 30 جنديا، وقال إن طالبان قتلت 4 جنود في هجمات منفصلة":
            # the toll told confirmed, then other dead of separate events
            end, cut = tokens[k - 1].end, tokens[k].start
            return [
                (Sentence(text[sentence.start : end], sentence.start, end), tokens[:k]),
                (Sentence(text[cut : sentence.end], cut, sentence.end), tokens[k:]),
            ]
        that = _joined_that(tokens[k])
        # ("وإنهم استهدفوا بالصواريخ قاعدة باغرام": a base named by its district)
        units = (
            ("province", "district", "any", "place") if that else ("province", "district", "any")
        )
        said = (
            (going_on or _joined_saying(tokens[k]) or that)
            and (
                any(
                    unit_level(t) in units or not lx.DUAL_UNITS.isdisjoint(t.bare)
                    for t in tokens[k:]
                )  # (the cheap test first: most such clauses name no unit of their own)
                # "وأكد مدير الشرطة أن جنديين جرحا ... قرب قرية سبين بولداك": a village
                # named by its district
                or _a_place_named_by_its_district(tokens[k:], gazetteer)
            )
        )
        if not contrast and not joined_also and not said and not _joined_casualties(tokens[k]):
            continue
        before, after = tokens[:k], tokens[k:]
        # "إن 3 جنود قتلوا في مديرية بكوا بولاية فراه، وجرح 7 جنود في ولاية وردك":
        # a tally of people at one province, then of others at another, no event named
        tallied = (
            event_type(before) is None
            and (
                _joined_casualties(tokens[k])
                or (contrast and k + 1 < len(tokens) and casualty_kind(tokens[k + 1]) is not None)
            )
            and _counted_at_a_unit(before, gazetteer, kinds=("killed", "wounded"))
            and _counted_at_a_unit(after, gazetteer, kinds=("killed", "wounded"))
            and _apart(_provinces_named(before, gazetteer), _provinces_named(after, gazetteer))
        )
        if contrast and _answered_by_other_means(before, after):
            # "...، فيما سقط ستة مسلحين حين ردت القوات الدولية بغارة جوية": the other side's
            # answer, by means of its own, is an event of its own
            end, cut = tokens[k - 1].end, tokens[k].start
            first = Sentence(text[sentence.start : end], sentence.start, end)
            second = Sentence(text[cut : sentence.end], cut, sentence.end)
            return [(first, before), *clauses_of(text, second, after, gazetteer=gazetteer)]
        if (
            event_type(before) is None
            and not (
                # ("قتلت قوات الناتو أربعة شرطيين بولاية قندهار كما اندلع تبادل لإطلاق
                # النار ... في إقليم غزنة": dead at a province of their own, then "as well")
                # (not "كما أصيب شرطي آخر": more hurt in the event told)
                (
                    contrast
                    or (said and going_on)
                    or (joined_also and all(casualty_kind(t) is None for t in after))
                    # "...، ونقلت رويترز عن شهود أن 70 مدنيا قتلوا في غارة ...": another
                    # voice on an event of its own kind
                    or (said and _joined_saying(tokens[k]) and event_type(after) is not None)
                )
                and (_counted_at_a_unit(before, gazetteer) or _counted_in_a_region(before))
            )
            and not tallied
        ):
            # ("شنت القوات عملية في ولاية هلمند، ما أسفر عن مقتل ستة، مضيفة أن غارة جوية
            # استهدفت ولاية بادغيس": dead at a province of its own, then the speaker goes on
            # to another event)
            continue
        if contrast and k + 1 < len(tokens) and tokens[k + 1].key in _DEEMED:
            continue  # "...، فيما يعد التفجير الثاني في الولاية": a word on the event told
        if contrast and _goes_on_before_its_place(tokens, k):
            # "...، فيما أصيب سبعة آخرون بجروح، مضيفة أن أربعة آخرين قتلوا في منطقة
            # أندار": the wounded of the first event, then the speaker goes on to another
            continue
        end = tokens[k - 1].end
        first = Sentence(text[sentence.start : end], sentence.start, end)
        if (contrast or joined_also or _joined_casualties(tokens[k])) and (
            (
                a_separate_event(after)
                and not any(unit_level(t) in ("province", "district") for t in after)
            )
            # "، فيما جرح خمسة من قوات الحلف في هجوم آخر بشرقها": another event with
            # no unit word at all
            or (another_told(after, lx.EVENT_NOUNS) and all(unit_level(t) is None for t in after))
        ):
            # "... بينما قتل حارسا أمن في هجوم منفصل", "...، ومقتل 20 مسلحا بحوادث أمنية
            # منفصلة في البلاد": separate events told in passing with no place, which
            # the report tells in full later, if at all; their toll is not the first
            # event's.
            return [(first, before)]
        if (
            contrast
            and contains(all_forms(after), lx.ACCUSATIONS)
            and not contains(all_forms(before), lx.ACCUSATIONS)
        ):
            # "...، بينما حمل الرئيس القوات الأمريكية مسؤولية غارة جوية قتلت 17 شخصا": a
            # voice blaming someone, neither the event's toll nor its type
            return [(first, before)]
        if said:
            # "...، وقال مسؤولون إن مواقع أمنية تعرضت أيضا لهجمات في إقليمي هلمند وبغلان":
            # another voice on events at provinces of their own
            # "...، وأضاف أن 11 متمردا قتلوا في عملية منفصلة في منطقة سياد": another event
            if not (
                (
                    event_type(after) is not None
                    or plural_triggers_only(after)
                    or bool(contains(all_forms(after), lx.NEW_EVENT_MARKERS))
                )
                and (names_a_unit(after, gazetteer) or (that and _a_site_named(after, gazetteer)))
            ):
                continue
        elif (
            event_type(after) is None
            and not tallied
            and not (
                contrast
                and _counted_at_a_unit(after, gazetteer, kinds=("killed", "wounded"))
                # (not the rest of a total told in parts: "قتل 6 جنود، أربعة منهم بانفجار في
                # هيرات، فيما لقي جنديان حتفهما في شجار بولاية غور"; nor of a past told in the
                # pluperfect: "وكان جنود قتلوا قبل أيام ...، فيما قتل جنديان بإقليم غور")
                and not any(t.key in lx.SUBSET_WORDS for t in before)
                and before[0].key not in lx.KANA
            )
        ):
            continue
        elif joined_also:
            # "ففي مايو 2009 قتل ... كما قتل ... من العام نفسه": the past, both clauses
            # ("قتل 10 مدنيين في انفجارين في إقليمين، كما نجا حاكم ... من هجوم في إقليم
            # لوجار": the first clause's two provinces, told by the dual alone)
            if tells_background(before) or not (
                (
                    names_a_unit(before, gazetteer)
                    # (not when the words after tell those two again: "كما أصيب 11 في
                    # الانفجارين اللذين وقعا في ولايتي خوست وبكتيا")
                    or (_two_units_counted(before) and not _the_two_told_again(after))
                )
                and names_a_unit(after, gazetteer)
            ):
                continue
        elif (
            not any(unit_level(t) in ("province", "district") for t in after)
            and not (
                contrast
                # ("...، بينما قتل خمسة بتفجير في عاصمة الإقليم": the capital of the
                # province told, a place of its own)
                and (
                    names_a_unit(after, gazetteer)
                    or _the_provinces_capital(after)
                    # (a place abroad with dead of its own: "، بينما قتل اثنان ... بمنطقة شمال
                    # وزيرستان"; "فيما اعتقلت الشرطة منفذ الهجوم في مدينة كويتة" tells the
                    # event's bomber caught)
                    or (_names_a_place_abroad(after, gazetteer) and _counts_dead(after))
                )
                and (
                    names_a_unit(before, gazetteer)
                    or _counted_in_a_region(before)
                    or _names_a_place_abroad(before, gazetteer)
                )
            )
            and not (contrast and _dead_of_more_events(before, after))
        ):
            # "... في ولاية أوروزغان في حين قتل 25 آخرون في معارك في قندهار": each clause
            # names a unit, the second by its name alone
            continue
        cut = tokens[k].start
        second = Sentence(text[cut : sentence.end], cut, sentence.end)
        return [(first, before), *clauses_of(text, second, after, gazetteer=gazetteer)]
    return [(sentence, tokens)]


def _after_another_event(tokens: list[Token], gazetteer: Gazetteer) -> int | None:
    """Where ", وذلك بعد" opens a clause that tells another event ("حادث آخر", "هجوم آخر")
    with dead and a place of its own, after a first clause that told an event; else
    None."""
    for k in range(3, len(tokens) - 3):
        if tokens[k].key not in _THAT_WAS or tokens[k + 1].key not in lx.AFTER:
            continue
        before, after = tokens[:k], tokens[k:]
        if (
            tokens[k].start - tokens[k - 1].end > 1  # a comma before it
            and event_type(before) is not None
            and _counts_dead(after)
            and (
                (another_told(after, lx.EVENT_NOUNS) and names_a_unit(after, gazetteer))
                # "، وذلك إثر سقوط 20 قتيلا من المسلحين في اقتتال بينهم بالمنطقة":
                # dead counted right after "after", an event of their own
                or (
                    casualty_kind(tokens[k + 2]) == "killed"
                    and (names_a_unit(after, gazetteer) or told_in_anaphor(after) is not None)
                )
            )
        ):
            return k
        return None
    return None


def _the_event_an_operation_answered(tokens: list[Token]) -> int | None:
    """Where "إثر"/"عقب" opens the event an operation of the forces answered, with dead of
    its own ("شنت القوات عملية إثر استيلاء المسلحين على نقطتين وقتل 11 شرطيا"), after
    a first clause that counts none; else None."""
    for k in range(3, len(tokens) - 3):
        if tokens[k].key not in lx.IN_THE_WAKE:
            continue
        before, after = tokens[:k], tokens[k:]
        if (
            (only_an_operation(before) or an_operation_by_its_kind(before))
            and all(casualty_kind(t) is None for t in before)
            and _counts_dead(after)
            and (tokens[k + 1].key in _SEIZURE or event_type(after[:3]) is not None)
        ):
            return k
        return None
    return None


_SEIZURE: Final = frozenset(normalize(w) for w in ("سيطرة", "استيلاء", "اقتحام"))


_THAT_WAS: Final = frozenset(normalize(w) for w in ("وذلك", "وهذا", "وهو"))


def _the_second_told(tokens: list[Token]) -> int | None:
    """Where "أما الثاني" opens the second of two events told one by one after the first
    ("استهدف الأول موكبا في ولاية لوغر ...، أما الثاني فوقع في ولاية غزني"), when
    the first was told by its ordinal before it; else None."""
    for k in range(3, len(tokens) - 2):
        if (
            tokens[k].key in _AS_FOR
            and tokens[k + 1].key in _THE_SECOND
            and any(t.key in _THE_FIRST for t in tokens[:k])
        ):
            return k
    return None


_AS_FOR: Final = frozenset(normalize(w) for w in ("أما", "وأما"))
_THE_FIRST: Final = frozenset(normalize(w) for w in ("الأول", "الأولى"))
_THE_SECOND: Final = frozenset(normalize(w) for w in ("الثاني", "الثانية"))


def _the_provinces_capital(clause: list[Token]) -> bool:
    """Whether the clause names the capital of the province told by anaphor ("في عاصمة
    الإقليم", "بمركز الولاية")."""
    return any(
        any(f in lx.CAPITAL_WORDS for f in t.bare) and lx.ANAPHORA.get(after.key) == "province"
        for t, after in pairwise(clause)
    )


_IN_WHEN: Final = frozenset(normalize(w) for w in ("في", "وفي"))


def _meanwhile_dead(tokens: list[Token], k: int) -> bool:
    """Whether "في الوقت الذي" at k opens a clause of dead of its own, its casualty words
    within a few words ("، في الوقت الذي سقط فيه أربعة جنود بولاية ..."):
    another event told at the same time, not what the first came amid ("في الوقت الذي
    صعد فيه مقاتلو الحركة هجماتهم")."""
    if not (
        tokens[k].key in _IN_WHEN
        and tokens[k + 1].key == _THE_TIME
        and tokens[k + 2].key in lx.RELATIVES
    ):
        return False
    # ("لقي فيه أربعة قرويين حتفهم": the noun of death may close the verb's phrase)
    return any(casualty_kind(t) is not None for t in tokens[k + 3 : k + 3 + _DEAD_REACH])


_THE_TIME: Final = normalize("الوقت")
_DEAD_REACH: Final = 6  # "لقي فيه سبعة مدنيين على الأقل مصرعهم"
_WHEN: Final = frozenset(normalize(w) for w in ("حين",))
# "يعد", "يعتبر": is deemed, a comment on the event told
_DEEMED: Final = frozenset(normalize(w) for w in ("يعد", "تعد", "يعتبر", "تعتبر", "يأتي", "تأتي"))


def _answered_by_other_means(before: list[Token], after: list[Token]) -> bool:
    """Whether the clause after a contrast tells an answer ("عندما ردت القوات بقصف جوي")
    by other means than the event the clause before told."""
    answer = event_type(after)
    return (
        answer is not None
        and any(t.key in _ANSWERED for t in after)
        and answer != event_type(before)
    )


_ANSWERED: Final = frozenset(normalize(w) for w in ("ردت", "رد", "ردوا", "فردت", "فرد"))


def _counted_in_a_region(clause: list[Token]) -> bool:
    """ "أعلنت القوة الدولية مقتل أحد جنودها في جنوب أفغانستان": dead told in a part of
    the country, with no word for the event."""
    return _counts_dead(clause) and region_told(clause) is not None


def _counted_at_a_unit(
    clause: list[Token], gazetteer: Gazetteer, *, kinds: tuple[str, ...] = ("killed",)
) -> bool:
    """ "لقي 37 شرطيا حتفهم في منطقة خاك سفيد" (and, with "wounded" in `kinds`, "فيما
    اصيب 3 جنود في حادث بولاية باكتيكا"): a clause that tells people of those kinds at a
    province or district, with no word for the event."""
    told = casualties(clause)
    return any(getattr(told, kind) is not None for kind in kinds) and names_a_unit(
        clause, gazetteer
    )


def _another_voice_on_separate_dead(tokens: list[Token], k: int) -> bool:
    """Whether a verb of saying joined at k ("، وقال إن") tells dead of events it calls
    separate, after a first clause that counts dead of its own."""
    return (
        (tokens[k].key in lx.GOING_ON or _joined_saying(tokens[k]))
        and a_separate_event(tokens[k:])
        and any(casualty_kind(t) is not None for t in tokens[k:])
        and any(casualty_kind(t) is not None for t in tokens[:k])
        and not a_separate_event(tokens[:k])
    )


def a_separate_event(clause: list[Token]) -> bool:
    """A clause that calls its event a separate one ("بينما قتل حارسان في هجوم منفصل")."""
    return any(t.key in lx.SEPARATE for t in clause)


def told_apart(tokens: list[Token]) -> bool:
    """ "في انفجارات منفصلة", "في هجمات متفرقة": events in the plural called separate,
    whose figures are told one by one after."""
    return any(
        not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare) and not _APART.isdisjoint(after.bare)
        for t, after in pairwise(tokens)
    )


_APART: Final = lx.SEPARATE | frozenset(normalize(w) for w in ("متفرقة", "متفرقه"))


def twins_at_one_target(tokens: list[Token]) -> bool:
    """ "في هجومين انتحاريين تبنتهما حركة طالبان على مقر للشرطة": two attacks told in the
    dual, then "على" and one target in the singular: one event of two blasts, no toll of
    several."""
    for k, t in enumerate(tokens):
        if t.key not in _TWIN_ATTACKS:
            continue
        for j in range(k + 1, min(len(tokens) - 1, k + _TWIN_REACH)):
            if tokens[j].key in _ON_A_TARGET:
                return tokens[j + 1].key in _ONE_TARGET
    return False


_TWIN_ATTACKS: Final = frozenset(normalize(w) for w in ("هجومين", "هجومان", "تفجيرين", "تفجيران"))
_ON_A_TARGET: Final = frozenset(normalize(w) for w in ("على", "ضد"))
_ONE_TARGET: Final = frozenset(
    normalize(w) for w in ("مقر", "قاعدة", "مركز", "موقع", "مبنى", "مجمع", "فندق", "سفارة")
)
_TWIN_REACH: Final = 6  # "هجومين انتحاريين تبنتهما حركة طالبان على"


def _two_units_counted(tokens: list[Token]) -> bool:
    """Whether the words tell two provinces or districts by the dual alone ("في إقليمين")."""
    return any(not lx.TWO_UNITS.isdisjoint(t.bare) for t in tokens)


def _the_two_told_again(tokens: list[Token]) -> bool:
    """Whether the words name the two events told before, in the dual ("الانفجارين")."""
    return any(t.key in _THE_TWO_EVENTS for t in tokens)


_THE_TWO_EVENTS: Final = frozenset(
    normalize(w)
    for w in (
        *("الهجومين", "الهجومان", "الانفجارين", "الانفجاران", "التفجيرين", "التفجيران"),
        *("بالانفجارين", "بالتفجيرين", "بالهجومين", "الاعتداءين", "الحادثين"),
    )
)


def two_units_named(tokens: list[Token]) -> bool:
    """ "في هجومين بولايتي غور وغزني": a dual unit word with the second name joined by و
    after the first; "مسؤول إقليمي" (a regional official) names none."""
    return any(
        not lx.DUAL_UNITS.isdisjoint(t.bare)
        and any(u.text.startswith("و") for u in tokens[k + 2 : k + 5])
        for k, t in enumerate(tokens)
    )


def events_at_several_provinces(facts: SentenceFacts) -> bool:
    """ "قتل 23 مسلحا في عمليات أمنية في إقليم فارياب وإقليم غور": events, in the plural,
    told at two provinces or more, are several, each told after at its own place."""
    if facts.forms.forms.isdisjoint(lx.PLURAL_EVENT_NOUNS):
        return False
    return len({m.province_pcode for m in facts.event_places}) > 1


def names_a_unit(tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the words name an Afghan province or district: after its unit word, or
    as an exact name after "في", a dual unit word or with "ب" ("في كونار", "بإقليم
    هلمند", "في إقليمي هلمند وبغلان")."""
    for j, t in enumerate(tokens):
        level = unit_level(t)
        if level in ("province", "district"):
            return True
        if level in ("any", "place") and _afghan_unit_named(tokens[j + 1 : j + 3], gazetteer):
            # "مقاطعة سار بول", "منطقة خاك سفيد"; not "مقاطعة الانتخابات" (a boycott)
            return True
        if not (
            t.key[:1] == "ب"
            or (j > 0 and tokens[j - 1].key in lx.IN)
            or (j > 0 and not lx.DUAL_UNITS.isdisjoint(tokens[j - 1].bare))
            # "لدى مروره في مدينة هيرات": a province's or district's seat, by its name
            or (j > 0 and not lx.CITY.isdisjoint(tokens[j - 1].bare))
        ):
            continue
        # a name of one word or two ("في موسى قلعة")
        for name in (t.text, *(f"{t.text} {u.text}" for u in tokens[j + 1 : j + 2])):
            best = gazetteer.match(name, fuzzy=False).best
            if (
                best is not None
                and best.method == "exact"
                and best.entry.country == "AF"
                and best.entry.level in ("province", "district")
            ):
                return True
    return False


def _another_province_besides(
    text: str, tokens: list[Token], *, gazetteer: Gazetteer
) -> int | None:
    """Where a clause joined by "، علاوة على" / "، إضافة إلى" / "، فضلا عن" / "، إلى
    جانب" / "، بعد ساعات من" / "، وذلك بعد يومين من" opens on the dead or an event at a
    province of its own, the clause before telling one at another: the index of its first
    word, or None."""
    for k in range(2, len(tokens) - 3):
        if not _COMMA.search(text[tokens[k - 1].end : tokens[k].start]):
            continue
        if tokens[k].key in lx.BESIDES_JOINERS and tokens[k + 1].key in lx.ON_OR_TO:
            told = k + 2
        elif tokens[k].key in _LET_ALONE and tokens[k + 1].key == _ABOUT:
            told = k + 2  # "، فضلا عن مقتل سبعة من المسلحين ... بمقاطعة فارياب"
        elif tokens[k].key in lx.BESIDES_THAT[0] and tokens[k + 1].key == _SIDE:
            told = k + 2  # "، إلى جانب مقتل قائد شرطة منطقة ميزان بإقليم زابل"
        elif a_span_after(tokens, k) and k + 3 < len(tokens):
            told = k + 3
        elif tokens[k].key in lx.THAT_IS and a_span_after(tokens, k + 1) and k + 4 < len(tokens):
            told = k + 4  # "، وذلك بعد يومين من هجوم انتحاري في ولاية خوست"
        else:
            continue
        if told + 2 < len(tokens) and tokens[told].key in _NEWS and tokens[told + 1].key == _ABOUT:
            told += 2  # "، بعد يومين من إعلان مقتل ثلاثة جنود ... بولاية خوست"
        if casualty_kind(tokens[told]) is None and event_type(tokens[told : told + 1]) is None:
            continue
        first = tokens[:k]
        if event_type(first) is None and not any(casualty_kind(t) is not None for t in first):
            continue  # the clause before tells no event of its own
        before, after = _provinces_named(first, gazetteer), _provinces_named(tokens[k:], gazetteer)
        if before and after and not (after & before):
            return k
    return None


_SIDE: Final = normalize("جانب")
_LET_ALONE: Final = frozenset(normalize(w) for w in ("فضلا", "وفضلا"))
_ABOUT: Final = normalize("عن")
_NEWS: Final = frozenset(normalize(w) for w in ("الإعلان", "إعلان", "الكشف", "أنباء", "الأنباء"))


def _apart(before: set[str], after: set[str]) -> bool:
    """Whether two clauses name provinces, none of them the same."""
    return bool(before) and bool(after) and before.isdisjoint(after)


def _provinces_named(tokens: list[Token], gazetteer: Gazetteer) -> set[str]:
    """The Afghan provinces whose provinces or districts the words name outright: after a
    unit word, or as an exact name after "في" or with "ب" ("بولاية جوزجان", "في تخار")."""
    out: set[str] = set()
    for j, t in enumerate(tokens):
        if unit_level(t) is not None and j + 1 < len(tokens):
            candidates = [" ".join(w.text for w in tokens[j + 1 : j + 1 + n]) for n in (2, 1)]
        elif t.key[:1] == "ب" or (j > 0 and tokens[j - 1].key in lx.IN):
            candidates = [t.text]
        else:
            continue
        for name in candidates:
            best = gazetteer.match(name, fuzzy=False).best
            if (
                best is not None
                and best.entry.country == "AF"
                and best.entry.level in ("province", "district")
                and best.entry.province_pcode
            ):
                out.add(best.entry.province_pcode)
                break
    return out


def _dead_of_more_events(before: list[Token], after: list[Token]) -> bool:
    """Whether a contrast clause counts dead of two events or more, after a first clause
    that told one ("قتل جنديان في تفجير عبوة، فيما قضى 14 مدنيا في انفجارين"): others,
    told with no part of the country (a lead of two events told in two regions, "شمال
    البلاد ... فيما لقي 3 مدنيين حتفهم جنوب البلاد بتفجيرين", tells each in full after)."""
    return (
        _counts_dead(after)
        and region_told(after) is None
        # ("بينما قتل ثلاثة حراس في انفجارين عند بوابة المقر مع بدء الهجوم": the event told)
        and not any(definite(t.key) in lx.BACK_REFERENCES_SET for t in after)
        and bool(contains(all_forms(after), lx.TWO_EVENTS_OR_MORE))
        and not contains(all_forms(before), lx.TWO_EVENTS_OR_MORE)
    )


def _counts_dead(clause: list[Token]) -> bool:
    """Whether the clause counts dead or wounded of its own."""
    told = casualties(clause)
    return told.killed is not None or told.wounded is not None


def _names_a_place_abroad(tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the words name a place abroad after its unit word ("بمنطقة شمال وزيرستان",
    "مدينة بيشاور"), exactly as the gazetteer has it."""
    for j, t in enumerate(tokens[:-1]):
        if unit_level(t) is None:
            continue
        for n in (3, 2, 1):
            if j + 1 + n > len(tokens):
                continue
            name = " ".join(w.text for w in tokens[j + 1 : j + 1 + n])
            best = gazetteer.match(name, fuzzy=False).best
            if (
                best is not None
                and best.method == "exact"
                and best.entry.country not in ("AF", None)
            ):
                return True
    return False


def _afghan_unit_named(words: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the first one or two words are the name of an Afghan province or district."""
    for n in (2, 1):
        if len(words) < n:
            continue
        best = gazetteer.match(" ".join(t.text for t in words[:n]), fuzzy=False).best
        if best is not None and best.entry.country == "AF" and best.entry.level != "place":
            return True
    return False


def _a_place_named_by_its_district(words: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether a clause with people of its own hurt or dead names a village by an Afghan
    district's name ("أن جنديين جرحا ... قرب قرية سبين بولداك"; not "قال سكان إن
    الطائرات قصفت منزلا في قرية سيد آباد", a village of the event told)."""
    told = casualties(words)
    return (told.killed is not None or told.wounded is not None) and any(
        not _VILLAGE.isdisjoint(t.bare) and _afghan_unit_named(words[j + 1 : j + 3], gazetteer)
        for j, t in enumerate(words[:-1])
    )


_VILLAGE: Final = frozenset(normalize(w) for w in ("قرية", "بلدة"))


def _a_site_named(words: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the words name a site by its unit word and an Afghan town's name ("قاعدة
    باغرام")."""
    for j, t in enumerate(words[:-1]):
        if unit_level(t) != "place":
            continue
        best = gazetteer.match(words[j + 1].text, fuzzy=False).best
        if best is not None and best.entry.country == "AF" and best.entry.district_pcode:
            return True
    return False


def _joined_saying(token: Token) -> bool:
    """ "وقال", "وأضاف": a verb of saying joined by و; or of relaying ("ونقلت رويترز عن
    شهود أن ...")."""
    return token.text.startswith("و") and not (
        lx.CLAIM_VERBS_SET.isdisjoint(token.bare[1:]) and _RELAYED.isdisjoint(token.bare[1:])
    )


_RELAYED: Final = frozenset(normalize(w) for w in ("نقل", "نقلت", "نقلوا"))


def _joined_that(token: Token) -> bool:
    """ "وإنهم", "وأن": a second clause of what was said, joined by و ("إن مقاتلي الحركة
    سيطروا على ولايتي بغلان وبدخشان، وإنهم استهدفوا بالصواريخ قاعدة باغرام")."""
    return token.text.startswith("و") and not _THAT_ANY.isdisjoint(token.bare[1:])


_THAT_ANY: Final = lx.THAT | frozenset(
    normalize(w) for w in ("إنهم", "أنهم", "انهم", "إنه", "أنه", "انه", "إنها", "أنها", "انها")
)


def _joined_casualties(token: Token) -> bool:
    """ "وأصيب", "وقتل": a clause of casualties joined by و."""
    return token.text.startswith("و") and casualty_kind(token) is not None
