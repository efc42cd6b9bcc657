"""What a sentence tells happened and who says so: event type, claimant, relay, targets,
equipment and the date as written."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Final

from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import numbers
from incidents.casualties import casualty_kind, executed_by_a_group, number_at
from incidents.mentions import NOT_PLACES
from incidents.text import Sentence
from incidents.tokens import Token, punctuation_before
from incidents.words import (
    ARABIC_INDIC,
    PhraseTables,
    Words,
    a_foreign_force_named,
    all_forms,
    has,
    phrase_index,
)

_DAWN: Final = normalize("فجر")

# Word lists read one word at a time, as sets (the lexicon keeps them as tuples, in the
# order phrase look-ups report them).
# the verbs, and the noun of a claim of the deed ("نقلت عن المتحدث ... ادعاءه إسقاط
# المروحية": his claim)
_CLAIM_VERBS: Final = lx.CLAIM_VERBS_SET | frozenset(
    normalize(w) for w in ("ادعاء", "ادعاءه", "ادعاءها", "ادعاءهم", "ادعاءات", "مزاعم")
)
_CLAIM_OWNERSHIP: Final = frozenset(lx.CLAIM_OWNERSHIP)
_EQUIPMENT: Final = frozenset(lx.EQUIPMENT)
_MONTHS: Final = frozenset(lx.MONTHS)
_WEEKDAYS: Final = frozenset(lx.WEEKDAYS)


# Dawn as a noun: with the article ("قبل الفجر") or after a word of time ("قبل فجر اليوم").
_DAWN_NOUNS: Final = frozenset(normalize(w) for w in ("الفجر", "والفجر", "بالفجر", "للفجر"))
_BEFORE_DAWN: Final = frozenset(normalize(w) for w in ("قبل", "بعد", "عند", "حتى", "منذ", "مع"))


def _without_dawn(tokens: list[Token]) -> list[Token]:
    """Tokens with "فجر" as dawn dropped: before a day word ("فجر الخميس"), with the
    article ("قبل الفجر") or after a word of time; not "detonated"."""
    if not any([_DAWN in tok.bare for tok in tokens]):
        return tokens
    out = []
    for i, tok in enumerate(tokens):
        if _DAWN in tok.bare:
            nxt = tokens[i + 1].bare if i + 1 < len(tokens) else ()
            if (
                not lx.DAWN_FOLLOWERS.isdisjoint(nxt)
                or tok.key in _DAWN_NOUNS
                or (i > 0 and tokens[i - 1].key in _BEFORE_DAWN)
            ):
                continue
        out.append(tok)
    return out


def _without_backing(tokens: list[Token]) -> list[Token]:
    """Tokens with the arms forces are told "backed by" dropped ("القوات الأفغانية
    المدعومة بغارات جوية", "جندي مدعومين بالمدفعية وقصف جوي"): the means of their
    operation, told with it, not an event of their own."""
    drop = {j for span in _backing_spans(tokens) for j in span}
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def _backing_spans(tokens: list[Token]) -> list[range]:
    """The token ranges of the arms told backing forces: after "مدعوم(ة/ين)" up to "من", a
    clause opener or a few words on ("مدعوما بطائرات التحالف، من استعادة ...")."""
    spans = []
    for i, tok in enumerate(tokens):
        if _BACKED.isdisjoint(tok.bare):
            continue
        end = i + 1
        while (
            end < len(tokens)
            and end <= i + _BACKING_WORDS
            and tokens[end].key != _FROM
            and tokens[end].key not in lx.CLAUSE_OPENERS
        ):
            end += 1
        spans.append(range(i + 1, end))
    return spans


_BACKED: Final = frozenset(
    normalize(w) for w in ("مدعوم", "مدعومة", "مدعومين", "مدعومون", "مدعوما", "مدعومتين")
)
# "مدعومين بالمدفعية الثقيلة وقصف جوي": the arms, joined by و, and their adjectives
_BACKING_WORDS: Final = 5


_OBJECT_SUFFIXES: Final = ("هما", "هم", "ها", "ه")  # normalised: "خطفهما", "قتلوه", "فجرها"


def _with_objects(words: Words, tokens: list[Token]) -> Words:
    """Words with trigger verbs read under an attached object pronoun: "خطفهما" is خطف.
    A word written with teh marbuta ("السيطرة") has no pronoun to strip."""
    extra: set[str] = set()
    for tok in tokens:
        verbs = _OBJECT_READINGS.get(tok.text)
        if verbs is None:
            verbs = _object_readings(tok)
            if len(_OBJECT_READINGS) >= 65536:
                _OBJECT_READINGS.clear()
            _OBJECT_READINGS[tok.text] = verbs
        if verbs:
            extra.update(verbs)
    if not extra:
        return words
    return Words(
        keys=words.keys, stripped=words.stripped, forms=words.forms | extra, unjoined=words.unjoined
    )


# Trigger verbs read in each word under an object pronoun, by the word as written (its
# readings follow from it): most words have none, and words recur.
_OBJECT_READINGS: Final[dict[str, tuple[str, ...]]] = {}


def _object_readings(tok: Token) -> tuple[str, ...]:
    if tok.text.endswith("ة"):
        return ()
    return tuple(
        form[: -len(suffix)]
        for form in tok.bare
        for suffix in _OBJECT_SUFFIXES
        if form.endswith(suffix)
        and form[: -len(suffix)] in lx.SINGLE_TRIGGERS
        # "هجماتهم" is their attacks (a noun and its owner), not a verb and its object
        and not form[: -len(suffix)].endswith("ات")
    )


# "متجهة لتنفيذ عملية عسكرية", "استعدادا لشن هجوم": what someone went to do, no event.
_PURPOSE: Final = frozenset(normalize(w) for w in ("لتنفيذ", "ولتنفيذ", "لشن", "ولشن", "للقيام"))
# Verbs of intending: "ويعتزمون شن هجوم كبير على طالبان خلال الأشهر المقبلة".
_INTENDS: Final = frozenset(
    normalize(w)
    for w in (
        *("يعتزم", "يعتزمون", "تعتزم", "ويعتزم", "ويعتزمون", "وتعتزم", "يعتزمان"),
        *("ينوي", "ينوون", "تنوي", "وينوي", "وتنوي"),
        # wanted to: "اعتقل وهو يريد تفجير سيارته قرب المسجد"
        *("يريد", "يريدون", "تريد", "ويريد"),
        # the intent, a noun: "بسبب عزمه القيام بهجوم"
        *("عزمه", "عزمها", "عزمهم", "عزمهما", "نيته", "نيتها", "نيتهم", "بنية"),
    )
)
# "لا علاقة له بالهجوم": no bearing on (the pronoun and the thing after it)
_RELATION: Final = frozenset(normalize(w) for w in ("علاقة", "صلة"))
_UNRELATED_WORDS: Final = 2
# fearing (that): "خشية أن", "خوفا من"
_FEARING: Final = frozenset(normalize(w) for w in ("خشية", "خوفا", "مخافة", "وخشية", "وخوفا"))
_THAT_OR_OF: Final = lx.THAT | frozenset({normalize("من")})
_UNREAL_OPENERS: Final = (
    lx.UNREAL_BEFORE
    | lx.NEGATIONS
    | lx.RELATIVES
    | lx.WAS
    | _PURPOSE
    | lx.PLANNED
    | _INTENDS
    | _FEARING
)
# What a future verb after "كان" meant to do: the verb, its object and an adjective.
_INTENDED_WORDS: Final = 3


def _without_unreal(tokens: list[Token]) -> list[Token]:
    """Tokens without verbs that tell no event: a verb after a negation or after "أن"
    in the imperfect ("لن تقصف", "لا يمكنها أن تقصف", "لم يهاجموا"), and what a future
    verb after "كان" meant to do ("كانوا سينفذون تفجيرات انتحارية"), what someone went
    to do ("كانت متجهة لتنفيذ عملية عسكرية") or planned ("خطط لتفجير انتحاري")."""
    # Only a word after a negation, "أن" or a relative may go: without one the sentence
    # keeps every word.
    if not any([t.key in _UNREAL_OPENERS for t in tokens[:-1]]):
        return tokens
    out = []
    intended_to = -1
    for i, tok in enumerate(tokens):
        # "ثلاثة كانوا سينفذون تفجيرات انتحارية": the future in the past tells what they
        # were going to do, not what they did
        if i and tokens[i - 1].key in lx.WAS and tok.key[:1] == "س" and tok.key[1:2] in "يتن":
            intended_to = i + _INTENDED_WORDS - 1
        if i <= intended_to:
            continue
        if tok.key in _PURPOSE:
            intended_to = i + _INTENDED_WORDS - 1  # the purpose, its event and an adjective
            continue
        if tok.key in _RELATION and i and tokens[i - 1].key in lx.NEGATIONS:
            # "بسبب جروح لا علاقة لها بالمعارك": what it had nothing to do with
            intended_to = i + _UNRELATED_WORDS
            continue
        if tok.key in _INTENDS:
            intended_to = i + _INTENDED_WORDS  # "يعتزمون شن هجوم كبير": what they mean to do
            continue
        if tok.key in _FEARING and i + 1 < len(tokens) and tokens[i + 1].key in _THAT_OR_OF:
            # "يختبئ السكان خشية أن يكون المسلحون زرعوا ألغاما": what is feared, to the
            # clause's end
            intended_to = next(
                (m - 1 for m in range(i + 2, len(tokens)) if punctuation_before(tokens, m)),
                len(tokens),
            )
            continue
        if tok.key in lx.PLANNED and i + 1 < len(tokens) and tokens[i + 1].key[:1] == "ل":
            intended_to = i + _INTENDED_WORDS  # "خطط لتفجير انتحاري": the plan, and its event
            continue
        if (
            i
            and tokens[i - 1].key in lx.UNREAL_BEFORE
            and tok.key[:1] in ("ي", "ت")
            # "إن تبادلا لإطلاق النار وقع": a noun in the accusative after "إن", no verb
            and not (tok.key.endswith("ا") and not tok.key.endswith("وا"))
        ):
            continue
        if i and tokens[i - 1].key in lx.NEGATIONS and tok.key in lx.SINGLE_TRIGGERS:
            continue
        # "لم تشهد البلاد هجمات طائفية كبيرة": events a place has not seen
        if not lx.SINGLE_TRIGGERS.isdisjoint(tok.bare) and any(
            j > 0
            and tokens[j - 1].key in lx.NEGATIONS
            and not lx.UNDERGONE.isdisjoint(tokens[j].bare)
            for j in range(max(0, i - 3), i)
        ):
            continue
        # "المناطق التي تعرضت لهجمات", "الولاية التي شهدت معارك": a relative clause that
        # describes a place by what it has seen, not an event told.
        if (
            i > 1
            and tokens[i - 2].key in lx.RELATIVES
            and not lx.UNDERGONE.isdisjoint(tokens[i - 1].bare)
            and not lx.SINGLE_TRIGGERS.isdisjoint(tok.bare)
        ):
            continue
        out.append(tok)
    return out


_FIGURES_BY_FIRST: Final[dict[str, list[tuple[str, ...]]]] = {}
for _phrase in lx.FIGURES_OF_SPEECH:
    _FIGURES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_FIGURE_FIRSTS: Final = frozenset(_FIGURES_BY_FIRST)


def _without_figures(tokens: list[Token]) -> list[Token]:
    """Tokens without phrases whose triggers tell no violent event: "وقف إطلاق النار",
    "انفجر غضبا", "المعركة الانتخابية", "هجوما لاذعا"."""
    drop: set[int] = set()
    for i, tok in enumerate(tokens):
        if _FIGURE_FIRSTS.isdisjoint(tok.bare):
            continue
        for first in _FIGURES_BY_FIRST.keys() & set(tok.bare):
            for phrase in _FIGURES_BY_FIRST[first]:
                end = i + len(phrase)
                if end <= len(tokens) and all(
                    word in t.bare for word, t in zip(phrase[1:], tokens[i + 1 : end], strict=True)
                ):
                    drop.update(range(i, end))
    drop.update(_a_ceasefires_firing(tokens))
    drop.update(_attacks_to_halt(tokens))
    return [tok for k, tok in enumerate(tokens) if k not in drop] if drop else tokens


def _attacks_to_halt(tokens: list[Token]) -> list[int]:
    """The events a call or a pledge would stop, in the plural, a few words after the halt:
    "دعت المنظمة إلى الوقف التام لكل الهجمات على المدارس", "طالب بإنهاء العمليات
    العسكرية" name no event that happened."""
    found = []
    for i, tok in enumerate(tokens):
        if _STOPPING.isdisjoint(tok.bare):
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + _HALT_REACH + 1)):
            if not _PLURAL_EVENTS.isdisjoint(tokens[k].bare):
                found.append(k)
    return found


_STOPPING: Final = frozenset(normalize(w) for w in ("وقف", "الوقف", "إنهاء", "الإنهاء"))
_PLURAL_EVENTS: Final = frozenset(
    normalize(w)
    for w in ("الهجمات", "هجمات", "العمليات", "الاعتداءات", "اعتداءات", "الغارات", "غارات")
)


def _a_ceasefires_firing(tokens: list[Token]) -> list[int]:
    """The words "إطلاق النار" of a ceasefire told with words between ("وقفا غير مشروط
    لإطلاق النار", "وقف شامل لإطلاق النار"): the halt, a few words before, says no shot
    was fired."""
    found = []
    for i in range(1, len(tokens) - 1):
        if _FIRING.isdisjoint(tokens[i].bare) or tokens[i + 1].key not in _FIRE:
            continue
        if any(not _HALTS.isdisjoint(t.bare) for t in tokens[max(0, i - _HALT_REACH) : i]):
            found += [i, i + 1]
    return found


_HALTS: Final = frozenset(normalize(w) for w in ("وقف", "وقفا", "هدنة", "الهدنة"))
_HALT_REACH: Final = 4  # "وقفا غير مشروط ل": the halt, two words of how, the preposition's word


_SPLIT_FIRSTS: Final = frozenset().union(*(first for first, _, _ in lx.SPLIT_TRIGGERS))


def _split_triggers(tokens: list[Token]) -> list[str]:
    """Types told by a verb and its object with the subject between them: "أطلق مسلحون
    النار على", "تبادلت القوات الأفغانية إطلاق النار"."""
    found = []
    # Words that may begin one, found in one pass (most sentences have none).
    starts = [i for i, tok in enumerate(tokens) if not _SPLIT_FIRSTS.isdisjoint(tok.bare)]
    words = [t.text for t in tokens] if starts else []
    for first, second, etype in lx.SPLIT_TRIGGERS if starts else ():
        for i in starts:
            if first.isdisjoint(tokens[i].bare):
                continue
            if first is lx.AGENTS and i > 0 and numbers.number_ending_at(words, i - 1):
                continue  # "إن ثمانية مسلحين قتلوا": gunmen counted are the dead
            if not all([second.isdisjoint(t.bare) for t in tokens[i + 1 : i + 2 + lx.SPLIT_GAP]]):
                found.append(etype)
                break
    return found


_TRIGGER_TABLES: Final = PhraseTables(lx.EVENT_TRIGGERS[etype] for etype in lx.EVENT_PRIORITY)


def _without_causes(tokens: list[Token]) -> list[Token]:
    """Tokens without "the fighting" named as the cause of what the sentence tells, when
    it counts no dead or wounded: "أعلنت القوات حالة الطوارئ في ثلاث ولايات بسبب القتال"
    tells an emergency, no event ("قتل خمسة جراء الانفجار" keeps its bomb)."""
    if not any(t.key in _CAUSES for t in tokens) or any(
        casualty_kind(t) is not None for t in tokens
    ):
        return tokens
    return [
        t
        for k, t in enumerate(tokens)
        if not (k and tokens[k - 1].key in _CAUSES and t.key.startswith("ال"))
    ]


_CAUSES: Final = frozenset(normalize(w) for w in ("بسبب", "جراء", "نتيجة", "بفعل", "إثر", "اثر"))


def _without_what_it_came_after(tokens: list[Token]) -> list[Token]:
    """Tokens without the event named right after "بعد" when an event word stands before
    it: "أعدم التنظيم أسرى بعد اقتتال داخلي" tells the executions; the infighting
    came before them."""
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].key in _AFTER
            and not lx.SINGLE_TRIGGERS.isdisjoint(tokens[k + 1].bare)
            and bool(types_named(tokens[:k]))
        ):
            return tokens[: k + 1] + tokens[k + 2 :]
    return tokens


_AFTER: Final = frozenset(normalize(w) for w in ("بعد", "وبعد"))


def _without_years_of_it(tokens: list[Token]) -> list[Token]:
    """Tokens without the fighting of years ("تنهي القوات مهمتها بعد أربعة أعوام من
    القتال"), when the sentence counts no dead or wounded: the war's span, no event."""
    if not any(t.key in lx.OF for t in tokens) or any(casualty_kind(t) is not None for t in tokens):
        return tokens
    return [
        t
        for k, t in enumerate(tokens)
        if not (
            k > 1
            and tokens[k - 1].key in lx.OF
            and not _YEARS.isdisjoint(tokens[k - 2].bare)
            and t.key.startswith("ال")
        )
    ]


_YEARS: Final = frozenset(normalize(w) for w in ("أعوام", "سنوات", "عقود", "عاما", "سنة", "عقد"))


def _without_a_death_sentence(tokens: list[Token]) -> list[Token]:
    """Tokens without an execution a court ordered: "صدر حكم بالإعدام على المتهم", "قضت
    المحكمة بإعدام ثلاثة", "نفذت السلطات حكم الإعدام" tell a sentence of a court, no killing
    by captors (as `casualties` counts no dead of it)."""
    return [
        t
        for k, t in enumerate(tokens)
        if not (
            _EXECUTION in t.bare
            and any(p.key in _SENTENCING for p in tokens[max(0, k - _SENTENCE_REACH) : k])
            # ("نفذت حركة طالبان حكم الإعدام في ستة": a group's killing)
            and not executed_by_a_group(tokens, k)
        )
    ]


_EXECUTION: Final = normalize("إعدام")
_SENTENCING: Final = frozenset(
    normalize(w)
    for w in ("حكم", "حكما", "الحكم", "أحكام", "أحكاما", "عقوبة", "قضت", "قضى", "المحكمة")
)
_SENTENCE_REACH: Final = 2  # "حكم غيابي بالإعدام", "قضت المحكمة بإعدام"


def _without_what_it_avenged(tokens: list[Token]) -> list[Token]:
    """The words before "ردا على"/"انتقاما ل" when an event is named before them: "أعلنت
    طالبان مسؤوليتها عن هذه الهجمات ردا على الغارات التي تشنها الطائرات" tells attacks,
    the air strikes they answer are another matter ("وردا على الهجوم، نفذ الطيران غارات"
    names its own event after the answer)."""
    for k, tok in enumerate(tokens):
        if tok.key in lx.REVENGE:  # whole words: "فردا" is one person
            before = tokens[:k]
            if before and _TRIGGER_TABLES.which(all_forms(before)).count(True):
                return before
            return tokens
    return tokens


def _without_what_it_defied(tokens: list[Token]) -> list[Token]:
    """The words before "على الرغم من"/"رغم" when an event is named before them: "استولى
    مسلحو طالبان على البلدة رغم قصف الطائرات لمواقعهم" tells a taking, the air strikes
    it came in spite of are another matter."""
    for k, tok in enumerate(tokens):
        if tok.key in _DESPITE:
            start = k - 1 if k and tokens[k - 1].key in _ON_THE else k
            before = tokens[:start]
            if not before or not (
                _TRIGGER_TABLES.which(all_forms(before)).count(True) or tells_a_taking(before)
            ):
                return tokens
            # (up to the end of its clause: "رغم القصف، فيما انفجرت عبوة ..." goes on)
            end = next(
                (
                    m
                    for m in range(k + 1, len(tokens))
                    if tokens[m].key in lx.CLAUSE_OPENERS or punctuation_before(tokens, m)
                ),
                len(tokens),
            )
            return before + tokens[end:]
    return tokens


_DESPITE: Final = frozenset(normalize(w) for w in ("الرغم", "بالرغم", "رغم", "ورغم", "وبالرغم"))
_ON_THE: Final = frozenset(normalize(w) for w in ("على", "وعلى"))
_CALIBRE: Final = frozenset(normalize(w) for w in ("عيار", "ملم", "مم", "مليمتر", "ملليمتر"))


def _types_found(tokens: list[Token]) -> tuple[list[str], list[Token], Words]:
    """The types whose triggers the sentence names (in priority order), with the words
    read for them: no figure of speech, dawn, unreal event, seized goods, cause or what
    it avenged."""
    for last_tokens, last in _FOUND:
        if len(last_tokens) == len(tokens) and all(
            a is b for a, b in zip(last_tokens, tokens, strict=True)
        ):
            return last  # the same words read again: the type, then the types named
    found = _types_found_afresh(tokens)
    _FOUND.insert(0, (list(tokens), found))
    del _FOUND[_FOUND_KEPT:]
    return found


# The last words read and their types (the same Token objects read again give the same
# types: a sentence's type is read to segment it, then its types named and its means).
_FOUND: Final[list[tuple[list[Token], tuple[list[str], list[Token], Words]]]] = []
_FOUND_KEPT: Final = 2


def _types_found_afresh(tokens: list[Token]) -> tuple[list[str], list[Token], Words]:
    tokens = _without_a_death_sentence(
        _without_a_mans_charge(
            _without_what_it_defied(_without_what_it_avenged(_before_a_question(tokens)))
        )
    )
    tokens = _without_years_of_it(
        _without_causes(
            _without_objects_of_no_event(
                _without_what_it_came_after(
                    _without_unreal(
                        _without_dawn(
                            _without_facing(
                                _without_figures(_off_a_road_side(_without_backing(tokens)))
                            )
                        )
                    )
                )
            )
        )
    )
    words = _with_objects(all_forms(tokens), tokens)
    split = (
        _split_triggers(tokens)
        + (["armed_clash"] if tells_a_taking(tokens) else [])
        + (["other"] if _withdrew_from_a_place(tokens) else [])
        + (["suicide_bomb"] if _blew_up_his_own(tokens) else [])
    )
    found = [
        etype
        for etype, told in zip(lx.EVENT_PRIORITY, _TRIGGER_TABLES.which(words), strict=True)
        if etype in split or told
    ]
    return found, tokens, words


def _before_a_question(tokens: list[Token]) -> list[Token]:
    """The words without what "ما إذا" (whether) asks, up to its clause's end: "ولم يوضح
    الحلف ما إذا كان المسلحون جنودا أو متسللين نفذوا هجوما انتحاريا" asks what the event
    was; its words tell none ("...، لكن انتحاريا فجر نفسه" after it does)."""
    for k in range(1, len(tokens)):
        if tokens[k].key in _IF and tokens[k - 1].key in _WHAT:
            end = next(
                (
                    j
                    for j in range(k + 1, len(tokens))
                    if tokens[j].key in lx.BUT or tokens[j].key in _AFTER_THAT
                ),
                len(tokens),
            )
            return tokens[: k - 1] + tokens[end:]
    return tokens


_IF: Final = frozenset(normalize(w) for w in ("إذا", "اذا"))
_AFTER_THAT: Final = frozenset(normalize(w) for w in ("بعد", "بعدما", "وبعد"))
_WHAT: Final = frozenset(normalize(w) for w in ("ما", "عما", "فيما"))


def _off_a_road_side(tokens: list[Token]) -> list[Token]:
    """Without "جانب" of "على جانب الطريق" when the sentence names no bomb: the side of a
    road is where a roadside bomb lies, and also where trucks stop ("فتح مسلحون النار على
    ناقلات وقود توقفت على جانب طريق")."""
    if any(not _BOMB_WORDS.isdisjoint(t.bare) for t in tokens):
        return tokens
    return [
        t
        for k, t in enumerate(tokens)
        if not (t.key in _SIDE and k + 1 < len(tokens) and tokens[k + 1].key in _ROADS)
    ]


_SIDE: Final = frozenset(normalize(w) for w in ("جانب",))
_ROADS: Final = frozenset(normalize(w) for w in ("الطريق", "طريق"))
# Words of a bomb set off, besides the bomb named: "انفجار", "عبوة", "لغم", "مفخخة"
_BLASTS_AND_CHARGES: Final = tuple(
    normalize(w) for w in ("انفجار", "انفجرت", "انفجر", "عبوة", "لغم", "مفخخة", "ناسفة")
)
_BLAST_FORMS: Final = frozenset(_BLASTS_AND_CHARGES)
# A bomb, a mine, a charge or a blast named: "قنبلة على جانب الطريق", "انفجار"
_BOMB_WORDS: Final = _BLAST_FORMS | frozenset(
    normalize(w)
    for w in (
        *("عبوات", "ألغام", "قنبلة", "قنابل", "متفجرات"),
        *("تفجير", "فجرت", "فجروا", "ملغومة", "ملغوم"),
    )
)


def _without_a_mans_charge(tokens: list[Token]) -> list[Token]:
    """The words before what a man was in charge of ("إن هداية الله كان مسؤولا عن صنع
    السترات المفخخة لشن عمليات انتحارية"): his part in other attacks, not the event."""
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].key in _IN_CHARGE
            and tokens[k + 1].key in _OF_IT
            and tokens[k - 1].key in lx.KANA
        ):
            return tokens[:k]
    return tokens


# "كان مسؤولا عن": was in charge of (after "كان", a man's charge, not a claim's blame).
_IN_CHARGE: Final = frozenset(normalize(w) for w in ("مسؤولا", "مسئولا", "مسؤول", "مسئول"))
_OF_IT: Final = frozenset(normalize(w) for w in ("عن",))


def types_named(tokens: list[Token]) -> frozenset[str]:
    """Every type a sentence names a trigger of ("خلال اشتباكات وقصف جوي": a battle and an
    air strike, "مدعوما بغارات": the strikes backing a battle), whichever `event_type`
    chooses."""
    backing = [tokens[k] for span in _backing_spans(tokens) for k in span]
    # (the arms told backing the forces are named too: "مدعوما بطائرات التحالف")
    return frozenset(_types_found(tokens)[0]) | (
        frozenset(_types_found_afresh(backing)[0]) if backing else frozenset()
    )


def event_type(tokens: list[Token]) -> str | None:
    """The event type of a sentence, or None without a trigger."""
    found, tokens, words = _types_found(tokens)
    if (
        not _PROTEST_WORDS.isdisjoint(words.forms)
        and protest_violence(tokens)
        and not _ARMS_NAMED.intersection(found)
        and not any(not _ASSAULT_NOUNS.isdisjoint(t.bare) for t in tokens)
    ):
        # "سقط قتيلان في صدامات للشرطة مع محتجين": a protest turned violent, no battle
        # of armed sides (an assault named, "هجوم نفذه محتجون على مكتب المنظمة", stays
        # an attack)
        return "other"
    if _an_aircraft_drops(tokens):
        return "airstrike"  # "أسقطت طائرة قنبلة على القرية": its bombs, not its loss
    lost = _an_aircraft_lost(tokens)
    if lost is not None and not _BOMBINGS.intersection(found):
        # "تحطمت مروحية للجيش", "طائرة مسيرة للتحالف تحطمت": the aircraft is what
        # was lost, not one that struck; brought down by fire, it was attacked
        return "attack" if lost else "other"
    if _GENERIC_TYPES.issuperset(found) and _an_operation_of_forces(tokens):
        # "أن القوات الخاصة نفذت عمليتين منفصلتين": the forces' fight, told by no word of
        # its means
        return "armed_clash"
    if not found:
        return None
    if "airstrike" in found and _a_raid_by_militants(tokens, words):
        # "شن عشرات المسلحين غارة على مواقع حدودية": a raid on the ground
        found = [t for t in found if t != "airstrike"] or ["attack"]
    elif "other" in found and _militants_stormed(tokens):
        # "وداهم مقاتلو طالبان منطقة جاغوري": militants storming a place attack it
        found = [t for t in found if t != "other"] or ["attack"]
    elif _GENERIC_TYPES.issuperset(found) and _forces_attacked_militants(tokens):
        # "هاجمت القوات الحكومية والأجنبية مخبأ لطالبان": the forces' fight with them
        found = ["armed_clash"]
    elif "airstrike" in found and _a_raid_by_ground_forces(tokens, words):
        # "قتلت قوات الأمن مسلحين خلال غارة شنتها بمنطقة ...": an operation on the ground,
        # the event whatever else it led to (arrests)
        # (a generic word of attack told with it is that raid: "شنت ... غارات منفصلة")
        found = [t for t in found if t not in ("airstrike", "armed_clash", "other", "attack")]
        found = found or ["armed_clash"]
    if "suicide_bomb" in found and _a_bomber_caught(tokens):
        # "اعتقلت الشرطة انتحاريا عند بوابة المبنى": the bomber held, no bombing
        found = [t for t in found if t != "suicide_bomb"] or ["other"]
    elif "suicide_bomb" in found and _the_bomber_told_again(tokens):
        # "إن الانتحاري وصل إلى البوابة": the man told before, no bombing
        found = [t for t in found if t != "suicide_bomb"]
        if not found:
            return None
    # A suicide bombing or an air strike is what it is wherever it is named. Otherwise the
    # means decide (a mine, mortars, a firefight) over verbs that fit any event (استهدف،
    # هجوم); among means, the first named is the main one.
    for dominant in lx.DOMINANT_EVENTS:
        if dominant in found:
            return dominant
    means = [t for t in found if t in lx.MEANS_EVENTS] or found
    etype = min(means, key=lambda t: (_first_position(tokens, lx.EVENT_TRIGGERS[t]), t))
    if (
        etype == "shelling"
        and (
            f" {' '.join(_RPG)} " in words.keys
            or has(words, lx.RPG_ROUNDS)
            or has(words, lx.LIGHT_ARMS)  # "النار بأسلحة خفيفة وقذائف": an assault
        )
        and not has(words, lx.FELL)
        and not _fired_on_a_region(tokens)
        # ("أربع قذائف صاروخية عيار 107 ملم أصابت المعسكر": rockets of a calibre,
        # artillery)
        and _CALIBRE.isdisjoint(words.forms)
    ):
        # a rocket-propelled grenade is direct fire, not shelling; rounds that "fell" on a
        # place ("سقطت 6 قذائف صاروخية على المدينة") or were fired on a whole province or
        # its villages ("أطلق الجيش مئات القذائف الصاروخية على ولاية كونار") came from afar
        return "attack"
    if etype == "ied" and _a_hand_grenade(tokens) and not _a_blast_besides_the_grenade(tokens):
        return "attack"  # "هجوم بقنبلة يدوية": a grenade thrown, no bomb set off
    if etype == "ied" and has(words, lx.ROCKET_BLASTS):
        etype = "shelling"  # "انفجارا صاروخيا": the blast is the rocket's
    if etype == "shelling" and has(words, lx.LEFT_OVER_ORDNANCE):
        # "قذيفة قديمة انفجرت بين أيدي أطفال يلعبون بها": a shell no one fired, a device
        # gone off
        return "ied"
    if etype == "ied" and assault_after_the_blast(tokens):
        return "attack"  # "هجوما بشاحنة مفخخة ... تلته مواجهات": a complex attack
    if etype == "shelling" and _an_aircraft_downed(tokens):
        return "attack"  # "أسقطوا مروحية بصاروخ": fire at an aircraft, not from it
    if etype == "shelling" and _from_the_air(tokens):
        return "airstrike"  # "طائرات سلاح الجو قصفت ...": bombs from the air
    if etype == "shelling" and _bombed_by_foreign_forces(tokens, words):
        return "airstrike"  # "قصف نفذته قوات التحالف على مدنيين": the coalition's, from the air
    if etype == "attack" and _flown(tokens):
        return "airstrike"  # "واستخدم سلاح الجو مروحيات هجومية لضرب الإرهابيين"
    if (
        etype == "other"
        and "attack" in found
        and has(words, lx.ABDUCTION)
        and any(casualty_kind(t) == "killed" for t in tokens)
    ):
        return "attack"  # "قتلوا ستة عمال وخطفوا اثنين في هجوم": an attack that also abducts
    if (
        etype == "other"
        and _RAIDS.intersection(words.forms)
        and not has(words, lx.ABDUCTION)
        and _ARRESTS.isdisjoint(words.forms)
        and any(casualty_kind(t) == "killed" for t in tokens)
    ):
        # "قتلت قوات خاصة خمسة مدنيين عندما داهمت منزلا": a raid that kills is an attack
        # (one that arrests or abducts stays a raid)
        return "attack"
    return etype


def _fired_on_a_region(tokens: list[Token]) -> bool:
    """Whether rounds were fired "على" a province, a district or villages: an area no
    one fires at from close range."""
    return any(a.key == _ON and b.key in _REGIONS for a, b in itertools.pairwise(tokens))


_REGIONS: Final = frozenset(
    normalize(w)
    for w in (
        *("ولاية", "إقليم", "اقليم", "مديرية", "مديريات", "محافظة", "قرى", "القرى", "مقاطعة"),
        *("ولايتي", "مديريتي"),
    )
)


def _a_bomber_caught(tokens: list[Token]) -> bool:
    """Whether every suicide bomber the sentence names is one arrested, and nothing blew
    up: "اعتقلت القوات ثلاثة مهاجمين انتحاريين خلال عمليات متفرقة", "ألقت الشرطة القبض على
    انتحاري قبل أن يصل إلى هدفه"."""
    bombers = [k for k, t in enumerate(tokens) if not _SUICIDE_BOMBERS.isdisjoint(t.bare)]
    return (
        bool(bombers)
        and all(
            any(not _CAUGHT.isdisjoint(t.bare) for t in tokens[max(0, k - _CAUGHT_REACH) : k])
            for k in bombers
        )
        and not _blown_up(tokens)
    )


def _the_bomber_told_again(tokens: list[Token]) -> bool:
    """Whether every suicide bomber the sentence names is the one told before ("الانتحاري"),
    with nothing blown up and no one hurt: the man, not a bombing."""
    bombers = [t for t in tokens if not _SUICIDE_BOMBERS.isdisjoint(t.bare)]
    return (
        bool(bombers)
        and all(t.key.startswith("ال") for t in bombers)
        and not _blown_up(tokens)
        and all(casualty_kind(t) is None for t in tokens)
    )


def _blown_up(tokens: list[Token]) -> bool:
    """Whether the sentence tells a blast or an attack, in any form ("ففجرا نفسيهما",
    "يفجر نفسه", "انفجار", "هجوما", "تفجيرات")."""
    return any(f.startswith(_BLOWING_UP) for t in tokens for f in t.bare)


_BLOWING_UP: Final = tuple(
    normalize(w) for w in ("فجر", "يفجر", "تفجر", "انفجر", "تفجير", "هجوم", "هاجم")
)


_SUICIDE_BOMBERS: Final = frozenset(
    normalize(w) for w in ("انتحاري", "انتحاريا", "انتحاريين", "انتحاريون", "انتحارية")
)
_CAUGHT_REACH: Final = 8  # "اعتقلت الشرطة في الولاية فجر اليوم أربعة مهاجمين انتحاريين"


def _a_blast_besides_the_grenade(tokens: list[Token]) -> bool:
    """Whether the sentence names a bomb set off, or a blast, other than the grenade's own
    ("جرح شرطيان بانفجار قنبلة يدوية رماها مجهول على حاجز" is the grenade's blast)."""
    return any(
        not _BLAST_FORMS.isdisjoint(tok.bare) and not _the_grenades_blast(tokens, k)
        for k, tok in enumerate(tokens)
    )


def _the_grenades_blast(tokens: list[Token], k: int) -> bool:
    """Whether the blast word at k is a hand grenade's, named right after it."""
    return (
        k + 2 < len(tokens)
        and not _BOMBS.isdisjoint(tokens[k + 1].bare)
        and tokens[k + 2].key in _BY_HAND
    )


def _a_hand_grenade(tokens: list[Token]) -> bool:
    """Whether the sentence names a hand grenade ("قنبلة يدوية"), not a homemade bomb
    ("قنبلة يدوية الصنع")."""
    return any(
        not _BOMBS.isdisjoint(tokens[k].bare)
        and tokens[k + 1].key in _BY_HAND
        and (k + 2 >= len(tokens) or tokens[k + 2].key != _MADE)
        for k in range(len(tokens) - 1)
    )


_BOMBS: Final = frozenset(
    normalize(w) for w in ("قنبلة", "قنابل")
)  # "بقنبلة" too, by its bare form
_BY_HAND: Final = frozenset(normalize(w) for w in ("يدوية",))
_MADE: Final = normalize("الصنع")


def _blew_up_his_own(tokens: list[Token]) -> bool:
    """ "فجر المهاجم الأول سيارته المحملة بالمتفجرات", "فجر سترته الناسفة", "فجرت شاحنتها":
    an attacker who blows up his own vehicle, vest or charge is a suicide bomber."""
    # the verb agrees with the owner: "فجرت القوات سيارته" is his car blown up by others
    for k, tok in enumerate(tokens):
        owned = _HIS_OWN_CHARGE if tok.key in _HE_DETONATED else None
        owned = _HER_OWN_CHARGE if tok.key in _SHE_DETONATED else owned
        if owned is not None and any(
            t.key in owned for t in tokens[k + 1 : k + 1 + _OWN_CHARGE_REACH]
        ):
            return True
    return False


_HE_DETONATED: Final = frozenset(normalize(w) for w in ("فجر", "وفجر", "ففجر"))
_SHE_DETONATED: Final = frozenset(normalize(w) for w in ("فجرت", "وفجرت", "ففجرت"))
_CHARGES: Final = ("سيارت", "شاحنت", "سترت", "عربت", "دراجت", "شحنت")
_HIS_OWN_CHARGE: Final = frozenset(normalize(f"{noun}ه") for noun in (*_CHARGES, "حزام"))
_HER_OWN_CHARGE: Final = frozenset(normalize(f"{noun}ها") for noun in (*_CHARGES, "حزام"))
_OWN_CHARGE_REACH: Final = 3  # "فجر المهاجم الأول سيارته": the subject and its adjective between


def assault_after_the_blast(tokens: list[Token]) -> bool:
    """Whether a blast is told followed by an assault of gunmen: "هجوما بشاحنة مفخخة على
    فندق، تلته مواجهات مع قوات الأمن", "بدأ بتفجير سيارة مفخخة، من ثم بدأ مسلحون
    هجومهم على المقر", "تفجير أعقبه هجوم مسلح" (a complex attack, more than a bomb)."""
    for k, tok in enumerate(tokens):
        if tok.key in _BLASTS and _gunfire_joined(tokens, k + 1):
            return True  # "وقوع انفجارات وسماع إطلاق للنار قرب القنصلية"
        if tok.key not in _FOLLOWED:
            continue
        after = tokens[k + 1 : k + 1 + _ASSAULT_REACH]
        if any(t.key in _ASSAULTS or not _CLASHES.isdisjoint(t.bare) for t in after):
            return True
    return False


def _forces_attacked_militants(tokens: list[Token]) -> bool:
    """Whether forces are the subject of a verb of attacking (named right before or after
    it) and militants its object ("هاجمت القوات الحكومية مخبأ لطالبان", "أغارت قوات
    التحالف على خلية لطالبان"): the forces going after the group, a fight."""
    for k, tok in enumerate(tokens):
        if tok.key not in _ATTACKED:
            continue
        # (named right after the verb, the forces are its subject: "هاجمت طالبان قوات
        # الأمن" has the militants there, the forces as its object)
        after = tokens[k + 1 : k + 2]
        before = tokens[max(0, k - _ATTACKERS_REACH) : k]
        if not any(t.key in _FORCES or t.key in _THEIR_FORCES for t in (*before, *after)):
            continue
        target = tokens[k + 1 : k + 1 + _TARGET_REACH]
        if any(not _MILITANTS.isdisjoint(t.bare) for t in target):
            return True
    return False


_ATTACKED: Final = frozenset(
    normalize(w)
    for w in ("هاجمت", "وهاجمت", "هاجم", "وهاجم", "هاجموا", "أغارت", "وأغارت", "أغار", "وأغار")
)
_THEIR_FORCES: Final = frozenset(normalize(w) for w in ("قواتها", "قواته", "قواتهم", "قواتنا"))
_ATTACKERS_REACH: Final = 6  # "إن القوات الحكومية والأجنبية هاجمت": the forces, then the verb
# "أغارت قوات التحالف التي تقودها واشنطن على مخبأ لمقاتلي الحركة": the subject, then
# what was attacked and whose
_TARGET_REACH: Final = 10


def _a_raid_by_militants(tokens: list[Token], words: Words) -> bool:
    """Whether the sentence's only word of an air strike is a bare "غارة" (raid) that
    militants carried out ("إن عشرات المسلحين شنوا غارة على مواقع حدودية"): a raid
    on the ground; "غارة جوية", "غارة للطائرات" stay strikes from the air."""
    if has(words, _AIR_WORDS_BUT_RAIDS) or has(words, lx.AIRCRAFT):
        return False
    return any(
        tok.key in _BARE_RAIDS
        and tokens[k - 1].key in lx.LAUNCHED
        and any(not _MILITANTS.isdisjoint(t.bare) for t in tokens[max(0, k - _RAIDERS_REACH) : k])
        for k, tok in enumerate(tokens)
        if k > 0
    )


def only_an_operation(tokens: list[Token]) -> bool:
    """Whether the sentence's type comes from an operation of the forces alone, no word of
    its means ("قتل 18 مسلحا خلال عملية نفذتها قوات مشتركة"): the type told next of it,
    an air strike, is the operation's."""
    return _GENERIC_TYPES.issuperset(_types_found(tokens)[0]) and _an_operation_of_forces(tokens)


def an_operation_by_its_kind(tokens: list[Token]) -> bool:
    """Whether the sentence's type comes from an operation named by its kind alone ("شنوا
    عملية مشتركة على مخبأ"), no word of its means: told after an event, it is that event's
    fight (a lead so told keeps its type: "في عملية عسكرية" is a clash)."""
    found = _types_found(tokens)[0]
    rest = [
        t
        for k, t in enumerate(tokens)
        if t.key not in _OPERATIONS
        and not (k > 0 and tokens[k - 1].key in _OPERATIONS and t.key in lx.OPERATION_KINDS)
    ]
    return (
        found == ["armed_clash"]
        and len(rest) < len(tokens)
        and _GENERIC_TYPES.issuperset(_types_found_afresh(rest)[0])
    )


_GENERIC_TYPES: Final = frozenset({"attack", "other"})


def _an_operation_of_forces(tokens: list[Token]) -> bool:
    """Whether forces carried out an operation, by a verb of launching next to its noun
    ("أن القوات الخاصة ... نفذت عمليتين منفصلتين في إقليم جازني"), by the noun of launching
    with the pronoun of a force named before ("أثناء شنها عملية"), or told as theirs after
    "خلال" ("خلال عمليات عسكرية"): the fight of the forces with the militants they went
    after."""
    for k, tok in enumerate(tokens):
        if tok.key not in _OPERATIONS:
            continue
        if _launched_by_forces(tokens, k, subject_after=True):
            return True
        if (
            k > 0
            and tokens[k - 1].key in _ITS_LAUNCHING
            and any(
                t.key in _FORCES or t.key in _A_FORCE for t in tokens[max(0, k - _FORCES_REACH) : k]
            )
        ):
            return True  # "قتلوا بنيران قوة دولية خلال شنها عملية": its operation
        if (
            k > 0
            and not lx.DURING.isdisjoint(tokens[k - 1].bare)  # "وخلال" too
            and k + 1 < len(tokens)
            and (
                tokens[k + 1].key in _OPERATIONS_OF_FORCES
                or tokens[k + 1].key in _OF_THE_FORCES  # "خلال عمليات للجيش"
            )
        ):
            return True  # "قتل تسعة مسلحين خلال عمليات عسكرية شمال الولاية": they fell in it
    return False


_OPERATIONS: Final = lx.OPERATIONS
# The noun of launching with the pronoun of the force that launched: "أثناء شنها عملية".
_ITS_LAUNCHING: Final = frozenset(
    normalize(w) for w in ("شنها", "شنه", "شنهم", "تنفيذها", "تنفيذه")
)
_A_FORCE: Final = frozenset(normalize(w) for w in ("قوة", "القوة"))
# Operations told as the forces' own after "خلال": "خلال عمليات للجيش الأفغاني".
_OF_THE_FORCES: Final = frozenset(
    normalize(w) for w in ("للجيش", "للقوات", "لقوات", "للشرطة", "لقوى", "للقوى")
)
# What the forces' operations are told as: "عمليات عسكرية", "عملية تطهير", "عمليات مشتركة".
_OPERATIONS_OF_FORCES: Final = frozenset(
    normalize(w) for w in ("عسكرية", "أمنية", "تطهير", "تطهيرية", "مشتركة")
)


def _launched_by_forces(tokens: list[Token], k: int, *, subject_after: bool) -> bool:
    """Whether the noun at k is launched by a verb right before it ("نفذت غارة") or a verb
    with its pronoun right after it ("غارة شنتها"), with forces named a few words before,
    or as the subject of that verb: any forces with `subject_after` ("عملية نفذتها القوات
    الأجنبية"), else Afghan ones ("غارة شنتها قوات الأمن الأفغانية"; "غارة نفذتها قوات
    الناتو" is mostly a strike from the air)."""
    before = tokens[max(0, k - _FORCES_REACH) : k]
    if k > 0 and tokens[k - 1].key in lx.LAUNCHED:
        return any(t.key in _FORCES for t in before)
    if (
        k > 2
        and not lx.LAUNCHED.isdisjoint(tokens[k - 3].bare)
        and tokens[k - 2].key in _FORCES
        and tokens[k - 1].key in _AFGHAN_FORCES
    ):
        return True  # "شنت القوات الخاصة غارة": the verb, Afghan forces its subject, the noun
    if k + 1 < len(tokens) and tokens[k + 1].key in _LAUNCHED_IT:
        subject = tokens[k + 2 : k + 4]
        afghan = len(subject) == 2 and subject[1].key in _AFGHAN_FORCES
        return any(t.key in _FORCES for t in before) or (
            bool(subject) and subject[0].key in _FORCES and (subject_after or afghan)
        )
    return False


def _militants_stormed(tokens: list[Token]) -> bool:
    """Whether militants are the ones who raid, named right before or after the verb
    ("وداهم مقاتلو طالبان منطقة", "مسلحون داهموا القرية"); forces' raids stay raids."""
    return any(
        tok.key in _STORMED
        and any(
            not _MILITANTS.isdisjoint(t.bare)
            for t in (*tokens[max(0, k - 2) : k], *tokens[k + 1 : k + 3])
        )
        for k, tok in enumerate(tokens)
    )


_STORMED: Final = frozenset(
    normalize(w) for w in ("داهم", "داهمت", "داهموا", "وداهم", "وداهمت", "وداهموا", "فداهم")
)
# A raid, by its verb or its noun; arrests told with it
_RAIDS: Final = _STORMED | frozenset(normalize(w) for w in ("مداهمة", "مداهمات", "دهم"))
_ARRESTS: Final = frozenset(normalize(w) for w in ("اعتقال", "اعتقلت", "اعتقل", "اعتقلوا"))
_CAUGHT: Final = _ARRESTS | {normalize("القبض")}  # "ألقت الشرطة القبض على انتحاري"


def _a_raid_by_ground_forces(tokens: list[Token], words: Words) -> bool:
    """Whether the sentence's only word of an air strike is a bare "غارة" (raid) that
    forces carried out, by a verb of launching right before or after it ("إن وحدة من
    القوات الخاصة نفذت غارة على", "قتلت قوات الأمن مسلحين خلال غارة شنتها"), and no aircraft
    is named: a raid on the ground ("غارة جوية" stays a strike from the air)."""
    if has(words, _AIR_WORDS_BUT_RAIDS) or has(words, lx.AIRCRAFT):
        return False
    # "شنت القوات ليلا غارة على منزل", "في غارة ليلية": the night raid of troops on
    # a house; "قتلت بالرصاص شرطيا ... أثناء غارة على مجمع": its dead were shot, told in
    # the raid's clause
    return any(
        tok.key in _BARE_RAIDS
        and (
            _launched_by_forces(tokens, k, subject_after=False)
            or _shot_before(tokens, k)
            or any(_at_night(tokens, j) for j in range(max(0, k - 1), min(len(tokens), k + 2)))
        )
        for k, tok in enumerate(tokens)
    )


def _shot_before(tokens: list[Token], k: int) -> bool:
    """Whether "بالرصاص" (by gunfire) tells the dead of the raid at k, a few words before it
    in its clause (no contrast between: "قتل شرطيا بالرصاص، فيما قتل عشرة في غارة")."""
    for j in range(k - 1, max(-1, k - _SHOT_REACH), -1):
        if tokens[j].key in lx.CONTRAST:
            return False
        if tokens[j].key in _SHOT:
            return True
    return False


_SHOT_REACH: Final = 8  # "قتلت بالرصاص رجلا وابنه الشاب وامرأة أثناء غارة"


def _at_night(tokens: list[Token], j: int) -> bool:
    """Whether the word at j tells a deed done at night ("ليلا", "ليلية"; "ليلة" with no
    day after it: "ليلة أمس", "ليلة الجمعة" tell when)."""
    if tokens[j].key in _AT_NIGHT:
        return True
    if tokens[j].key not in _A_NIGHT:
        return False
    after = tokens[j + 1].key if j + 1 < len(tokens) else ""
    return after not in _WEEKDAYS and after not in _NIGHT_OF


_SHOT: Final = frozenset(normalize(w) for w in ("بالرصاص", "رميا"))
_AT_NIGHT: Final = frozenset(normalize(w) for w in ("ليلا", "ليلية", "الليلية"))
_A_NIGHT: Final = frozenset(normalize(w) for w in ("ليلة",))
# ("ليلة أمس", "ليلة أول أمس", "ليلة رأس السنة": when)
_NIGHT_OF: Final = frozenset(
    normalize(w) for w in ("أمس", "امس", "الماضية", "البارحة", "أول", "اول", "رأس", "راس")
)


_LAUNCHED_IT: Final = frozenset(normalize(w) for w in ("شنتها", "نفذتها", "شنوها", "نفذوها"))
_FORCES: Final = frozenset(normalize(w) for w in ("قوات", "القوات", "الكوماندوز", "كوماندوز"))
# What makes forces named after "قوات" Afghan ones, or ones that fight on the ground.
_AFGHAN_FORCES: Final = frozenset(
    normalize(w) for w in ("الأمن", "الامن", "الدفاع", "الخاصة", "الأفغانية", "الافغانية", "خاصة")
)
_FORCES_REACH: Final = (
    8  # "قوات الأمن قتلت قياديا في الحركة واثنين من مرافقيه خلال": forces to raid
)
_BARE_RAIDS: Final = frozenset(normalize(w) for w in ("غارة", "غارات", "الغارة", "الغارات"))
_AIR_WORDS_BUT_RAIDS: Final = tuple(
    t for t in lx.EVENT_TRIGGERS["airstrike"] if t not in _BARE_RAIDS
)
_MILITANTS: Final = frozenset(lx.SIDES[lx.MILITANTS]) | frozenset(
    normalize(w) for w in ("المتشددين", "متشددين", "المتشددون", "متشددون", "طالبان")
)
_RAIDERS_REACH: Final = 4  # "المسلحين عبر الحدود شنوا غارة": the raiders, then the verb


def _gunfire_joined(tokens: list[Token], k: int) -> bool:
    """Whether gunfire is joined by و right after a blast's noun, at k: "وإطلاق نار",
    "وسماع إطلاق للنار", "وإطلاق النار"."""
    if k >= len(tokens) or not tokens[k].text.startswith("و"):
        return False
    if tokens[k].key in _HEARING:
        k += 1  # "وسماع إطلاق ..."
    return (
        k + 1 < len(tokens)
        and not _FIRING.isdisjoint(tokens[k].bare)
        and tokens[k + 1].key in _FIRE
    )


_BLASTS: Final = frozenset(normalize(w) for w in ("انفجار", "انفجارات", "انفجارين", "انفجاران"))
_HEARING: Final = frozenset(normalize(w) for w in ("وسماع", "وسمع"))
_FIRING: Final = frozenset(normalize(w) for w in ("إطلاق", "اطلاق"))
_FIRE: Final = frozenset(normalize(w) for w in ("نار", "النار", "للنار", "نيران"))


_FOLLOWED: Final = frozenset(
    normalize(w)
    for w in ("تلته", "تلاه", "أعقبه", "أعقبته", "اعقبه", "تبعه", "تبعته", "ثم", "وتلته")
)
_ASSAULTS: Final = frozenset(
    normalize(w)
    for w in (
        *("اقتحام", "اقتحم", "اقتحموا", "اقتحمه", "هجومهم", "مسلح", "بالأسلحة"),
        *("اقتحامه", "اقتحامها", "باقتحام", "لاقتحام", "اقتحمت"),
        # "فجروا عبوات ثم هاجموا الموقع"
        *("هاجموا", "هاجم", "هاجمت"),
    )
)
_CLASHES: Final = frozenset(lx.EVENT_TRIGGERS["armed_clash"])
_ASSAULT_REACH: Final = 5  # words from "تلته" to the assault ("من ثم بدأ مسلحون هجومهم")


def _without_facing(tokens: list[Token]) -> list[Token]:
    """Tokens without "مواجهة" used as "against" or "to face": "في مواجهة المسلحين",
    "لمواجهة الحكومة". Before a definite noun it is a preposition or a purpose, no event;
    "في مواجهة مسلحة مع طالبان" (an armed confrontation) stays one."""
    drop = {
        k
        for k in range(len(tokens) - 1)
        if tokens[k].key in _FACING
        and tokens[k + 1].key.startswith("ال")
        and (tokens[k].key != _FACING_NOUN or (k > 0 and tokens[k - 1].key in lx.IN))
    }
    return [tok for k, tok in enumerate(tokens) if k not in drop] if drop else tokens


_FACING_NOUN: Final = normalize("مواجهة")
_FACING: Final = frozenset(normalize(w) for w in ("مواجهة", "لمواجهة", "ولمواجهة"))


def _without_objects_of_no_event(tokens: list[Token]) -> list[Token]:
    """Tokens without what was seized, destroyed or never done: "صادرت القوات عبوات ناسفة"
    (seized bombs), "وتدمير 50 كيلوجراما من المتفجرات" (a cache destroyed), "لم يشن الجيش أي
    عملية" (no operation). The few words after the verb of seizing or the noun of
    destroying, or after "أي" following a negation, name no event; nor do explosives named
    as a trade ("خبراء متفجرات")."""
    drop: set[int] = set()
    negated = False
    for i, tok in enumerate(tokens):
        if (not lx.SEIZED.isdisjoint(tok.bare) or tok.key in _DESTROYING) and not _a_place_taken(
            tokens, i + 1
        ):
            # the list of what was seized ("ضبط 660 كيلوغراما من نترات الأمونيا ولغما أرضيا"),
            # up to the next clause or toll
            reach = _DESTROYED_REACH if tok.key in _DESTROYING else _SEIZED_REACH
            end = min(len(tokens), i + reach)
            k = i + 1
            while k < end:
                if (
                    tokens[k].key in lx.CLAUSE_OPENERS
                    or casualty_kind(tokens[k]) is not None
                    or tokens[k].key in _BEHEADED
                ):
                    break  # "عثروا على جثث خمسة رجال مقطوعي الرؤوس": the dead found, an event
                if reach == _SEIZED_REACH and _another_item(tokens[k]):
                    # "ضبط 22 قطعة رشاش، و5 رشاشات، وسلاحين من نوع قناص، ورشاش دوشيكا":
                    # each item joined by "و" goes on with the list seized
                    end = min(len(tokens), max(end, k + _ITEM_REACH))
                if (
                    reach == _DESTROYED_REACH
                    and tokens[k].key.startswith("ب")
                    and not lx.SINGLE_TRIGGERS.isdisjoint(tokens[k].bare[1:])
                ):
                    break  # "تدمير دبابة بعبوة ناسفة": what destroyed it, the event's means
                drop.add(k)
                k += 1
        negated = negated or tok.key in lx.NEGATIONS
        if negated and tok.key == lx.ANY:
            drop.update(range(i + 1, i + 3))
    drop |= trade_words(tokens) | _gear_carried(tokens)
    return [tok for k, tok in enumerate(tokens) if k not in drop] if drop else tokens


_BEHEADED: Final = frozenset(normalize(w) for w in ("مقطوع", "مقطوعة", "مقطوعي"))


def _another_item(tok: Token) -> bool:
    """A word joined by "و" that names no event of its own: one more item of a list
    ("وسلاحين", "و 5"), not a verb going on to an event ("وهاجموا")."""
    return (tok.key.startswith("و") or tok.key == "و") and lx.SINGLE_TRIGGERS.isdisjoint(
        tok.bare[1:] if tok.key != "و" else ()
    )


_ITEM_REACH: Final = 6  # one item of a list: "وسلاحين من نوع قناص دروغنوف"


# Words of being equipped with or carrying: "مزودين بأحزمة ناسفة وقاذفات صواريخ".
_EQUIPPED: Final = frozenset(
    normalize(w)
    for w in (
        *("مزود", "مزودا", "مزودين", "مزودون", "مجهزين", "مجهزون", "مدججين", "مدججون"),
        *("يحملون", "يحمل", "محملين", "يرتدون", "يرتدي", "مرتدين", "مرتديا"),
    )
)
_GEAR_REACH: Final = 6  # "مزودين بأحزمة ناسفة وقاذفات صواريخ وبنادق"
_BLEW: Final = frozenset(
    normalize(w)
    for w in (
        *("فجر", "فجروا", "فجرت", "فجرا", "ففجر", "وفجر", "وفجروا", "فجروها", "انفجر", "انفجرت"),
        # "يرتدي حزاما ناسفا ثم قام بتفجيره": a verb of doing, or the blowing up
        *("قام", "وقام", "قاموا", "تفجير", "بتفجير"),
        # the verb the gear's bearers go on to ("مزودين بأحزمة ناسفة هاجموا مقرا")
        *("هاجم", "هاجموا", "هاجما", "شنوا", "شنا", "اقتحموا", "اقتحم", "استهدفوا"),
        *("أطلقوا", "فتحوا", "تسللوا", "دخلوا", "حاولوا"),
    )
)


def _gear_carried(tokens: list[Token]) -> set[int]:
    """The positions of the gear attackers were told to carry ("مسلحين مزودين بسترات
    مفخخة"): what they had, no blast told (their blowing up is told by its own verb)."""
    drop: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.key not in _EQUIPPED:
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + _GEAR_REACH)):
            if tokens[k].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[k]) is not None:
                break
            if tokens[k].key in _BLEW:
                break  # "يرتدون أحزمة ناسفة فجروها": the blast told by its verb, or the deed
            drop.add(k)
    return drop


def trade_words(tokens: list[Token]) -> set[int]:
    """The positions of a trade's name after a word for its people or work: "خبراء
    متفجرات", "صناعة العبوات", "خبراء إبطال مفعول المتفجرات" (bomb disposal): a trade,
    not a blast, nor a device defused."""
    drop: set[int] = set()
    for i, tok in enumerate(tokens):
        if _CRAFT.isdisjoint(tok.bare):
            continue
        k = i + 1
        while k < len(tokens) and not _DISPOSAL.isdisjoint(tokens[k].bare):
            drop.add(k)  # "إبطال مفعول", "نزع": what the trade does to the device
            k += 1
        drop.add(k)
    return drop


def _taken_on(tokens: list[Token]) -> bool:
    """A place taken, the verb's object after "على" a few words on: "سيطرت حركة طالبان على
    مدينة قندوز", "سيطروا خلال الساعات الأربع والعشرين الماضية على مركز المديرية"."""
    for i, tok in enumerate(tokens):
        if lx.TAKING.isdisjoint(tok.bare) and not _control_won(tokens, i):
            continue
        on = _on_after(tokens, i)
        if on is not None and _a_place_taken(tokens, on):
            return True
    return False


_TAKING_REACH: Final = 10  # the verb, its subject and a time: "خلال الـ24 ساعة الماضية"


def _withdrew_from_a_place(tokens: list[Token]) -> bool:
    """Forces withdrawn from a town, district or base ("انسحبت قوات الأمن من مدينة ...",
    "أكد الجيش انسحاب جنوده من مديرية ..."): ground given up, an event of the
    war. The verb as written, or its noun after a word telling it done; not a withdrawal
    called for, planned or from a country ("دعا إلى انسحاب القوات", "قرر الانسحاب من
    القاعدة الشهر المقبل", "انسحاب القوات الأجنبية من البلاد"), nor a delegation
    leaving talks; not in a sentence that counts dead (the fight's end)."""
    if any(casualty_kind(t) is not None for t in tokens):
        return False
    for i, tok in enumerate(tokens):
        if tok.key not in _WITHDREW and not (tok.key in _WITHDRAWAL and _told_done(tokens, i)):
            continue
        window = tokens[i + 1 : i + _WITHDRAWING_REACH]
        if not any(
            not _WITHDRAWING_SIDES.isdisjoint(t.bare)
            for t in (*tokens[max(0, i - _SIDE_BEFORE) : i], *window)
        ):
            continue
        for k, t in enumerate(window, start=i + 1):
            if t.key in lx.CLAUSE_OPENERS:
                break
            if t.key == _FROM:
                return any(
                    not lx.TAKEN_PLACES.isdisjoint(w.bare)
                    for w in tokens[k + 1 : k + 1 + _PLACE_NAME_WORDS]
                )
    return False


_WITHDREW: Final = frozenset(
    normalize(w) for w in ("انسحبت", "انسحب", "انسحبوا", "وانسحبت", "وانسحب", "وانسحبوا")
)
_WITHDRAWAL: Final = frozenset(normalize(w) for w in ("انسحاب", "الانسحاب"))
# Those who withdraw in a war: "قوات", "الجيش", "الشرطة", "المسلحين".
_WITHDRAWING_SIDES: Final = frozenset(
    normalize(w)
    for w in ("قوات", "القوات", "الجيش", "جيش", "الشرطة", "الأمن", "المسلحين", "مقاتلي", "عناصر")
)
_WITHDRAWING_REACH: Final = 6  # "انسحبت وحدات الجيش، مساء السبت، من"
_SIDE_BEFORE: Final = 3  # "أعلنت القوات الحكومية | انسحابها"
_FROM: Final = normalize("من")


def objects_taken(tokens: list[Token]) -> list[int]:
    """Where what the sentence tells seized or taken back begins (token indices): after
    "على" that follows a verb or noun of taking, before any clause opener or casualty word
    ("سيطرت الحركة على | عواصم ولايات باكتيكا"); right after a taking back or an announced
    entry ("تمكن الجيش من استرداد | مديرية خاك سفيد")."""
    starts: list[int] = []
    for i, tok in enumerate(tokens):
        if not lx.TAKING.isdisjoint(tok.bare) or _control_won(tokens, i):
            on = _on_after(tokens, i)
            if on is not None:
                starts.append(on + 1)
        elif _retaken(tokens, i) or (
            tok.key in _ENTERING and _entered(tokens[max(0, i - _WON_REACH) : i + 2])
        ):
            starts.append(i + 1)
    return [k for k in starts if k < len(tokens)]


def _on_after(tokens: list[Token], i: int) -> int | None:
    """The index of "على" after the taking word at i, within a few words and no clause
    opener or casualty word between, or None."""
    for k in range(i + 1, min(len(tokens), i + _TAKING_REACH)):
        if tokens[k].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[k]) is not None:
            return None
        if tokens[k].key == _ON:
            return k
    return None


def tells_a_taking(tokens: list[Token]) -> bool:
    """Whether the sentence tells a town or district taken: seized ("سيطرت الحركة على
    ..."), taken back ("تمكن الجيش من استرداد مديرية خاك سفيد"), fallen into a side's hands, or
    entered as announced."""
    return (
        _taken_on(tokens)
        or any(_retaken(tokens, i) for i in range(len(tokens)))
        or _fell_to(tokens)
        or _entered(tokens)
        or _a_taking_disputed(tokens)
    )


def _a_taking_disputed(tokens: list[Token]) -> bool:
    """Whether accounts conflict over a town taken ("تضاربت الأنباء حول سيطرة المسلحين على
    مدينة ..."): the fight for it happened, whoever holds it."""
    return any(
        not lx.CONFLICTED.isdisjoint(tok.bare)
        and any(
            (t.key in _DISPUTED_TAKINGS or t.key in _TAKING_NOUNS)
            and any(
                not lx.TAKEN_PLACES.isdisjoint(u.bare)
                for u in tokens[j + 1 : j + 1 + _PLACE_NAME_WORDS + 1]
            )
            for j, t in enumerate(tokens[k + 1 : k + 1 + _DISPUTED_REACH], start=k + 1)
        )
        for k, tok in enumerate(tokens)
    )


# "سيطرة الحركة على", "سقوط مدينة", "دخول المدينة": a town taken, by its noun
_DISPUTED_TAKINGS: Final = frozenset(
    normalize(w) for w in ("سقوط", "دخول", "اقتحام")
)  # and `_TAKING_NOUNS`
_DISPUTED_REACH: Final = 4  # "تضاربت | الروايات | بشأن | سيطرة"


def _retaken(tokens: list[Token], i: int) -> bool:
    """Whether the word at i tells a place taken back, its object right after it: the
    verb ("استعادت القوات مديرية"), or its noun after a word of doing or telling it
    done ("تمكن الجيش من استرداد مديرية خاك سفيد", "أعلن الجيش استعادة مديرية"); not calm
    restored ("استعادة الهدوء") nor a retaking sought ("تسعى إلى استعادة مديريتي").
    """
    key = tokens[i].key
    if key not in _RETAKING_VERBS and not (key in _RETAKING_NOUNS and _told_done(tokens, i)):
        return False
    return any(
        not lx.TAKEN_PLACES.isdisjoint(t.bare) or t.key in _TAKEN_DUALS
        for t in tokens[i + 1 : i + 1 + _PLACE_NAME_WORDS]
    )


_RETAKING_VERBS: Final = frozenset(
    normalize(w) for w in ("استعادت", "استعاد", "استعادوا", "استردت", "استرد", "واستعادت")
)
_RETAKING_NOUNS: Final = frozenset(normalize(w) for w in ("استرداد", "استعادة"))
# Words that tell a deed done or announced: "تمكنت من", "تمت", "أعلن", "بعد".
_DONE: Final = frozenset(
    normalize(w)
    for w in (
        *("تمكنت", "تمكن", "تمكنوا", "وتمكنت", "تمت", "تم", "وتمت"),
        *("أعلن", "أعلنت", "وأعلن", "وأعلنت", "أكد", "أكدت", "بعد", "عقب", "إثر"),
    )
)
_DONE_REACH: Final = 4  # "تمكنت قوات الدفاع والأمن من استرداد"
_ABLE: Final = frozenset(normalize(w) for w in ("تمكنت", "تمكن", "تمكنوا", "وتمكنت", "وتمكن"))


def _told_done(tokens: list[Token], i: int) -> bool:
    """Whether the verbal noun at i is told done or announced: a word of doing or telling
    a few words before it, or "من" right before it with "تمكن" further back ("تمكنت
    القوات الأفغانية المدعومة بغارات جوية من استعادة")."""
    if any(not _DONE.isdisjoint(t.bare) for t in tokens[max(0, i - _DONE_REACH) : i]):
        return True
    return (
        i > 0
        and tokens[i - 1].key == _FROM
        and any(t.key in _ABLE for t in tokens[max(0, i - _TAKING_REACH) : i - 1])
    )


def _fell_to(tokens: list[Token]) -> bool:
    """A town or a district fallen into a side's hands: "سقطت مدينة ساري بول ... بأيدي
    حركة طالبان", "مركز مقاطعة ... سقط في أيدي", or told fallen as the verb's subject
    ("وسقطت مدينة ساري بول أمس"). A fall with no hands ("سقط صاروخ") is none, and so is a
    post that fell in an attack told ("حواجز سقطت بيد المسلحين")."""
    for i, tok in enumerate(tokens):
        if tok.key not in _FELL or not any(
            not _TOWNS.isdisjoint(t.bare) for t in tokens[max(0, i - _FELL_REACH) : i + _FELL_REACH]
        ):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].key in _FALLEN_TOWNS:
            return True  # "وسقطت مدينة فيض آباد بعد ظهر الأحد": the town, its subject
        for k in range(i + 1, min(len(tokens), i + _TAKING_REACH + 2)):
            if tokens[k].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[k]) is not None:
                break
            if tokens[k].key in _HANDS:
                return True
    return False


_TOWNS: Final = frozenset(
    normalize(w)
    for w in ("مدينة", "مديرية", "مركز", "عاصمة", "بلدة", "مقاطعة", "ولاية", "إقليم", "منطقة")
)
# A town as the subject right after the verb of falling ("سقطت قذيفة في مدينة" has the
# shell for its subject).
_FALLEN_TOWNS: Final = frozenset(
    normalize(w) for w in ("مدينة", "مديرية", "عاصمة", "مركز", "بلدة", "مقاطعة", "منطقة")
)
_FELL_REACH: Final = 6  # "مركز مقاطعة في إقليم فارياب شمالي أفغانستان قد سقط"
_FELL: Final = frozenset(normalize(w) for w in ("سقط", "سقطت", "وسقط", "وسقطت", "تسقط", "يسقط"))
# "بأيدي", "في أيدي", "في يد", "بيد": into the hands of
_HANDS: Final = frozenset(normalize(w) for w in ("بأيدي", "أيدي", "بيد", "يد", "بايدي", "ايدي"))


def _entered(tokens: list[Token]) -> bool:
    """A town or a district entered, as announced ("أعلنت الحركة دخول مدينة ...",
    "أعلن الجيش دخول مركز المديرية"): taken. Entering told with no word of announcing it
    ("منع دخول المدينة") is none."""
    return any(
        tok.key in _ENTERING
        and i + 1 < len(tokens)
        and not _TOWNS.isdisjoint(tokens[i + 1].bare)
        and any(t.key in _WON for t in tokens[max(0, i - _WON_REACH) : i])
        for i, tok in enumerate(tokens)
    )


_ENTERING: Final = frozenset(normalize(w) for w in ("دخول", "اقتحام"))


def _control_won(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is control told as won: announced, completed, made firm or
    spread ("أعلنت حركة طالبان سيطرتها على مدينة تالقان", "من إحكام سيطرتهم على منطقة").
    Control held in the present ("تبسط سيطرتها على نصف البلاد") is the war, no event."""
    if tokens[i].key in _TAKING_NOUNS and i > 0 and tokens[i - 1].key in lx.AFTER:
        return True  # "يأتي ذلك بعد سيطرة الحركة اليوم على مدينة قندوز": the taking before
    if tokens[i].key in _TAKING_NOUNS and i > 0 and tokens[i - 1].key in _OF_IT:
        return True  # "أعلن المتحدث ... عن سيطرة الحركة على مدينة": the taking told of
    return tokens[i].key in _CONTROL and any(
        t.key in _WON for t in tokens[max(0, i - _WON_REACH) : i]
    )


_TAKING_NOUNS: Final = frozenset(normalize(w) for w in ("سيطرة", "السيطرة", "استيلاء", "الاستيلاء"))


_CONTROL: Final = frozenset(
    normalize(w) for w in ("سيطرتها", "سيطرتهم", "سيطرته", "السيطرة", "سيطرتهما")
)
_WON: Final = frozenset(
    normalize(w)
    for w in (
        *("أعلن", "أعلنت", "أعلنوا", "تعلن", "يعلن", "إعلان", "وأعلنت", "وأعلن"),
        *("إتمام", "إحكام", "أحكمت", "أحكموا", "أحكم", "بسطت", "بسطوا", "بسط"),
        # imposed, of control over a place taken
        *("فرضت", "فرضوا", "فرض", "وفرضت", "وفرضوا"),
        # control won back: "استعادت القوات السيطرة على ثلاث مناطق"
        *("استعادت", "استعاد", "استعادوا", "استعادة", "واستعادت"),
    )
)
# "أعلنت الحركة المسلحة، مساء الثلاثاء، سيطرتها": the verb, its subject, the day
_WON_REACH: Final = 7


def _a_place_taken(tokens: list[Token], k: int) -> bool:
    """Whether what was seized from k is a place ("استولت على مدينة قندوز", "استولت على
    فايزاباد عاصمة ولاية بداخشان"): a battle for it, not goods found ("استولت على أسلحة
    ومعدات المركز")."""
    # the subject and a time may stand before "على": "استولت طالبان، مساء السبت، على مدينة"
    for j in range(k, min(len(tokens), k + _TAKING_REACH)):
        if tokens[j].key == _ON:
            k = j + 1
            break
        if tokens[j].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[j]) is not None:
            break
    for tok in tokens[k : k + _PLACE_NAME_WORDS + 1]:  # "على عدد من المناطق"
        # (the dual of a unit word as written, "على مديريتي نورغل وتشوكي"; "الإقليمي" is
        # the adjective)
        if not lx.TAKEN_PLACES.isdisjoint(tok.bare) or tok.key in _TAKEN_DUALS:
            return True
        if not _GOODS.isdisjoint(tok.bare):
            return False
    return False


_ON: Final = normalize("على")
# Duals of what is taken, as written: "على مديريتي نورغل وتشوكي", "على مدينتي ساري بول
# وطالقان" ("مدينتي" is "my city" elsewhere; "الإقليمي" the adjective).
_TAKEN_DUALS: Final = lx.DUAL_UNITS | frozenset(normalize(w) for w in ("مدينتي", "بلدتي"))
_PLACE_NAME_WORDS: Final = 2  # "فايزاباد عاصمة", "مزار شريف عاصمة": the name, then what it is
_GOODS: Final = frozenset(
    (*lx.EQUIPMENT, *lx.MUNITIONS, *(normalize(w) for w in ("معدات", "كمية")))
)
_SEIZED_REACH: Final = 12
# The noun of destroying, whose object follows it: what was destroyed is no event.
_DESTROYING: Final = frozenset(normalize(w) for w in ("تدمير", "وتدمير", "بتدمير"))
_DESTROYED_REACH: Final = 6  # "وتدمير 50 كيلوجراما من المتفجرات محلية الصنع": its object only
# The people or the work of making bombs: "ثلاثة خبراء متفجرات", "ورشة لتصنيع العبوات".
_CRAFT: Final = frozenset(
    normalize(w)
    for w in ("خبير", "خبيرا", "خبراء", "خبيري", "صانع", "صانعي", "صناعة", "تصنيع", "ورشة")
)
_DISPOSAL: Final = frozenset(normalize(w) for w in ("إبطال", "مفعول", "تفكيك", "نزع", "إزالة"))


_ALL_TRIGGERS: Final = tuple(
    dict.fromkeys(f for forms in lx.EVENT_TRIGGERS.values() for f in forms)
)


def plural_triggers_only(tokens: list[Token]) -> bool:
    """Whether every event word of the sentence is a plural noun ("تفجيرات واشتباكات",
    "معارك"): events in general, unless figures or places tie them to one."""
    single = lx.SINGLE_TRIGGERS  # (a phrase's first word alone may be "على")
    if any(t.key in lx.BACK_REFERENCES and t.key.startswith("ال") for t in tokens):
        return False  # "الاشتباكات خلال الليل خلفت ...": the clashes told, not clashes at large
    readings = [
        # an adjective after a plural noun agrees with it: "عمليات انتحارية" is plural
        ["ات"]
        if k > 0 and tokens[k - 1].key.endswith("ات")
        else [f for f in tok.bare if f in single]
        for k, tok in enumerate(tokens)
        if not single.isdisjoint(tok.bare)
    ]
    return bool(readings) and all(
        all(f.endswith("ات") or f in _BROKEN_PLURALS for f in forms) for forms in readings
    )


_BROKEN_PLURALS: Final = frozenset(normalize(w) for w in ("معارك", "قذائف", "صواريخ", "ألغام"))


def first_trigger(tokens: list[Token]) -> int:
    """Index of the sentence's first event trigger (len(tokens) if none)."""
    return _first_position(tokens, _ALL_TRIGGERS)


def _from_the_air(tokens: list[Token]) -> bool:
    """An aircraft named before the shelling or right after its word ("قصفت الطائرات",
    "أطلقت طائرة بدون طيار صاروخين"), or "by air" after the verb or its subject ("قصفت
    القوات الأمريكية جوا"); an aircraft named far after it is what was hit ("بصاروخ ...
    أدى إلى تدمير مروحية")."""
    shelling = _first_position(tokens, lx.EVENT_TRIGGERS["shelling"])
    return any(_an_aircraft(tokens, k) for k in range(min(len(tokens), shelling + 3))) or any(
        # "قصفت القوات جوا منطقة ...": "by air", the adverb after the verb or its subject
        t.key in _BY_AIR
        for t in tokens[shelling + 1 : shelling + 4]
    )


_BY_AIR: Final = frozenset(normalize(w) for w in ("جوا", "جويا"))


def _bombed_by_foreign_forces(tokens: list[Token], words: Words) -> bool:
    """Whether the shelling is a bombing ("قصف", "قصفت") the foreign forces did, their
    words right after its word as its subject or its agent ("قصفت قوات التحالف", "قصف
    نفذته قوات أمريكية", "قصفا للأطلسي"), and no gun, mortar or rocket is named: the
    foreign forces bomb from the air (not "قصفت طالبان قاعدة التحالف": its target)."""
    k = _first_position(tokens, lx.EVENT_TRIGGERS["shelling"])
    if k >= len(tokens) or _BOMBING.isdisjoint(tokens[k].bare):
        return False
    if any(not _ARTILLERY.isdisjoint(t.bare) for t in tokens):
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].key in _DONE_BY:
        j += 1  # "قصف نفذته قوات ..."
    return a_foreign_force_named(tokens, start=j, end=j + _FORCES_NAME_WORDS)


_BOMBING: Final = frozenset(
    normalize(w) for w in ("قصف", "قصفا", "قصفت", "قصفوا", "القصف", "بقصف", "وقصفت")
)
# the shelling's means that are not bombs: "قصف مدفعي", "بقذائف الهاون", "صواريخ", guns
# and tanks
_ARTILLERY: Final = frozenset(
    t
    for t in lx.EVENT_TRIGGERS["shelling"]
    if not t.startswith(("قصف", "تقصف", "يقصف")) and " " not in t
) | frozenset(
    normalize(w)
    for w in (
        *("مدفعي", "المدفعي", "بالمدفعية", "المدفعية", "مدافع", "المدافع", "بالمدافع"),
        *("دبابات", "الدبابات", "بالدبابات", "دبابة"),
    )
)
_FORCES_NAME_WORDS: Final = 2  # "قوات | التحالف", "القوات | الأمريكية"
_DONE_BY: Final = frozenset(
    normalize(w) for w in ("نفذته", "شنته", "نفذه", "شنه", "نفذتها", "شنتها", "نفذها", "شنها")
)


_DOWNED_WORDS: Final = ("أسقطت", "أسقط", "اسقطت", "اسقط", "إسقاط", "اسقاط")
_DOWNED: Final = frozenset(normalize(w) for w in _DOWNED_WORDS)


def _an_aircraft_downed(tokens: list[Token]) -> bool:
    """Whether the sentence tells an aircraft brought down: a word of downing or of its
    fall right before it ("أسقطت مروحية", "سقوط المروحية"), or after it the verb with its
    pronoun ("المروحية ... أنها أسقطت")."""
    return any(
        _an_aircraft(tokens, k)
        and (
            (k > 0 and not _DOWNING.isdisjoint(tokens[k - 1].bare))
            # the verb, its subject, then the aircraft: "أسقط المسلحون طائرة مروحية"
            or (k > 1 and not _DOWNED.isdisjoint(tokens[k - 2].bare))
            or any(t.key in _DOWNED for t in tokens[k + 1 :])
        )
        for k in range(len(tokens))
    )


def _an_aircraft_drops(tokens: list[Token]) -> bool:
    """Whether an aircraft drops its bombs: the verb, the aircraft as its subject, then the
    bombs ("أسقطت مقاتلة من طراز إف 16 قنبلة على القرية", "وألقت القاذفة قنبلتين"), or
    the bomb first, the verb with its pronoun, then the aircraft ("قنبلة ألقتها طائرة");
    not an aircraft brought down ("أسقطت مروحية")."""
    return (
        any(
            not _DROPPING.isdisjoint(tok.bare)
            and any(
                not _DROPPERS.isdisjoint(t.bare) for t in tokens[k + 1 : k + 1 + _DROPPER_REACH]
            )
            # the bombs as its object, not what brought it down ("بصواريخ")
            and any(t.key in _DROPPED for t in tokens[k + 2 : k + 2 + _DROPPED_REACH])
            for k, tok in enumerate(tokens)
        )
        or any(
            # the bomb first, then the verb with its pronoun and the aircraft after: "انفجار
            # قنبلة ألقتها طائرة", "قنبلة أسقطتها على منزلها طائرات أجنبية"
            not _DROPPED.isdisjoint(tok.bare)
            and k + 1 < len(tokens)
            and tokens[k + 1].key in _DROPPED_IT
            and any(
                not _DROPPERS.isdisjoint(t.bare) for t in tokens[k + 2 : k + 2 + _DROPPED_REACH]
            )
            for k, tok in enumerate(tokens)
        )
    )


_DROPPING: Final = frozenset(normalize(w) for w in (*_DOWNED_WORDS, "ألقت", "ألقى", "القت"))
_DROPPED: Final = frozenset(
    normalize(w) for w in ("قنبلة", "قنابل", "قنبلتين", "قنبلتان", "القنابل", "صاروخا", "صواريخ")
)
_DROPPER_REACH: Final = 2  # "ألقت طائرات أمريكية", "أسقطت القاذفة"
_DROPPED_IT: Final = frozenset(
    normalize(w)
    for w in ("ألقتها", "القتها", "ألقاها", "القاها", "أسقطتها", "اسقطتها", "أسقطها", "اسقطها")
)
_DROPPED_REACH: Final = 6  # "مقاتلة من طراز إف 16 قنبلة": the aircraft's kind before the bombs


def protest_violence(tokens: list[Token]) -> bool:
    """Whether the sentence tells people killed or hurt in a protest itself: the dead
    "during" the demonstrations ("قتل عشرة أشخاص أثناء تظاهرات"), clashes of the police
    with the protesters ("مواجهات بين الشرطة والمحتجين"), fire on them ("أطلقت الشرطة
    النار على المتظاهرين"), protesters among the counted ("و5 متظاهرين") or an assault of
    theirs ("هجوم قام به محتجون"); not a protest against an event whose dead it names
    ("تظاهر المئات احتجاجا على مقتل مدنيين")."""
    for k, tok in enumerate(tokens):
        if _PROTEST_WORDS.isdisjoint(tok.bare):
            continue
        before = tokens[max(0, k - _PROTEST_REACH) : k]
        hurt = next((c for c in range(k - 2, -1, -1) if casualty_kind(tokens[c]) is not None), None)
        if (
            hurt is not None
            and tokens[k - 1].key in lx.DURING
            # ("جرح جنديان بعد أن رمى أحد المشاركين في تظاهرة قنبلة": hurt by what the
            # clause after tells)
            and not any(t.key in lx.CLAUSE_OPENERS for t in tokens[hurt + 1 : k - 1])
        ):
            return True  # the dead or hurt, then "خلال التظاهرات"
        if any(not _CROWD_CLASHES.isdisjoint(t.bare) for t in before):
            return True  # "مواجهات بين الشرطة والمتظاهرين", "اشتباكات مع المحتجين"
        if k > 1 and tokens[k - 1].key == _ON and tokens[k - 2].key in _SHOTS:
            return True  # "النار على المتظاهرين"
        if hurt is not None and number_at(tokens, k - 1) is not None:
            return True  # "قتل 7 موظفين و5 متظاهرين": protesters among the counted
        if k > 1 and tokens[k - 1].key in _BY_IT and tokens[k - 2].key in _CARRIED_OUT:
            return True  # "هجوم قام به محتجون": the attack was theirs
    return False


# the protest and those in it, as nouns (the verbs tell a reaction: "تظاهر المئات")
_PROTEST_WORDS: Final = frozenset(
    normalize(w)
    for w in (
        *("تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "احتجاجات", "احتجاج"),
        *("متظاهرين", "محتجين", "متظاهرون", "محتجون", "متظاهرا", "محتجا"),
        # the crowd protesting, in a clause after the clash ("وجموع كانت تحتج")
        *("تحتج", "يحتجون", "تتظاهر", "يتظاهرون"),
    )
)
_PROTEST_REACH: Final = 6  # "صدامات للشرطة مع حشود غاضبة كانت" + "تحتج"
# the types of a weapon or a bomb named (a battle's word may be the crowd's clash)
_ARMS_NAMED: Final = frozenset(lx.DOMINANT_EVENTS + lx.MEANS_EVENTS) - {"armed_clash"}
_CROWD_CLASHES: Final = frozenset(
    normalize(w) for w in ("مواجهات", "اشتباكات", "صدامات", "مصادمات")
)
_SHOTS: Final = frozenset(normalize(w) for w in ("النار", "الرصاص", "النيران"))
_BY_IT: Final = frozenset(normalize(w) for w in ("به", "بها"))
_ASSAULT_NOUNS: Final = frozenset(normalize(w) for w in ("هجوم", "هجوما", "اعتداء", "اقتحام"))
_CARRIED_OUT: Final = frozenset(
    normalize(w) for w in ("قام", "قامت", "شنه", "شنها", "نفذه", "نفذها")
)


def _an_aircraft_lost(tokens: list[Token]) -> bool | None:
    """Whether the sentence tells an aircraft lost: it crashed or fell ("تحطم مروحية",
    "سقوط طائرة", "طائرة ... بدون طيار تحطمت"): False; it was brought down or hit by fire
    ("أسقطوا مروحية", "أن الطائرة أصابها صاروخ"): True; None when it tells no aircraft
    lost."""
    lost: bool | None = None
    # "خلال هبوط صعب للمروحية", "هبطت اضطراريا": a hard landing lost it too
    landed_hard = any(a.key in _LANDING and b.key in _HARD for a, b in itertools.pairwise(tokens))
    for k in range(len(tokens)):
        if not _an_aircraft(tokens, k):
            continue
        if landed_hard:
            lost = bool(lost)
        if k > 0 and not _DOWNING.isdisjoint(tokens[k - 1].bare):
            lost = lost or tokens[k - 1].key not in _FELL_ALONE
        if k > 0 and tokens[k - 1].key in _HIT_ONE:
            lost = True  # "أعلنت الحركة عن إصابتها لمروحية"
        after = tokens[k + 1 : k + 1 + _CRASH_REACH]
        if any(t.key in _HIT_BY_FIRE or t.key in _DOWNED for t in after):
            lost = True
        # what the aircraft itself did next, unless it struck ("قصفت طائرات حربية قرية
        # وتحطمت منازل": the houses), up to any word of a strike
        striking = k > 0 and not lx.SINGLE_TRIGGERS.isdisjoint(tokens[k - 1].bare)
        before_a_strike = itertools.takewhile(
            lambda t: lx.SINGLE_TRIGGERS.isdisjoint(t.bare), after
        )
        if not striking and any(t.key in _CRASHED for t in before_a_strike):
            lost = bool(lost)
        if (destroyed := _destroyed_itself(tokens, k)) is not None:
            # "وقال إن الطائرة دمرت وإن طاقمها قتل"; destroyed in an assault named soon
            # after, as in "ثلاث طائرات دمرت بالكامل في الهجوم": attacked
            lost = bool(lost) or _an_assault_after(tokens, destroyed)
    return lost


def _destroyed_itself(tokens: list[Token], k: int) -> int | None:
    """Where "دمرت" stands when the aircraft at k is what was destroyed: right after it
    (past its adjectives) with no object of its own ("أن المروحية دمرت" and the clause ends,
    "و" joins the next, or how much: "بالكامل"), not "الطائرة دمرت مواقع" (what it
    destroyed); None otherwise."""
    # (past the aircraft's adjectives: "ثلاث طائرات حربية أمريكية دمرت")
    j = k + 1
    while j < min(len(tokens), k + 1 + _AIRCRAFT_ADJECTIVES) and _an_adjective(tokens[j]):
        j += 1
    told = (
        j < len(tokens)
        and tokens[j].key in _DESTROYED
        and (
            j + 1 == len(tokens)
            or tokens[j + 1].text.startswith("و")
            # "دمرت بالكامل", "دمرت تماما": how much, no object ("دمرت في الغارة مخازن"
            # has its object after the place)
            or tokens[j + 1].key in _NO_OBJECT
        )
    )
    return j if told else None


_NO_OBJECT: Final = frozenset(normalize(w) for w in ("بالكامل", "تماما", "كليا", "كليًا"))
_ASSAULT_AFTER: Final = 8  # "دمرت وتضررت ثلاث طائرات أخرى جزئيا في الهجوم"


def _an_assault_after(tokens: list[Token], j: int) -> bool:
    """Whether an assault is named a few words after the word at j, before any negation
    ("دمرت وتضررت أخرى في الهجوم"; not "دمرت في حادث ولا يوجد ما يشير إلى هجوم")."""
    for t in tokens[j + 1 : j + 1 + _ASSAULT_AFTER]:
        if t.key in lx.NEGATIONS or t.key in _NONE_AT_ALL:
            return False
        if not _ASSAULT_NOUNS.isdisjoint(t.bare):
            return True
    return False


_NONE_AT_ALL: Final = frozenset(normalize(w) for w in ("يوجد", "دون", "بدون"))


def _an_adjective(token: Token) -> bool:
    """A nisba adjective with no clitic ("حربية", "أميركية", "الأمريكية"), no word of
    function ("التي", "الذي", "في")."""
    return (
        token.key.endswith(("يه", "ي"))
        and len(token.key) > _SHORTEST_NISBA
        and token.key not in lx.RELATIVES
        and token.key not in lx.IN
        and not token.text.startswith(("و", "ب", "ل"))
    )


_SHORTEST_NISBA: Final = 3


_AIRCRAFT_ADJECTIVES: Final = 2  # "طائرات | حربية | أميركية"


_DESTROYED: Final = frozenset(normalize(w) for w in ("دمرت", "تدمرت", "احترقت"))


_LANDING: Final = frozenset(normalize(w) for w in ("هبوط", "هبوطا", "هبطت", "وهبطت", "بهبوط"))
_HARD: Final = frozenset(
    normalize(w)
    for w in ("اضطراري", "اضطراريا", "صعب", "صعبا", "قاس", "قاسيا", "عنيف", "قوي", "قويا")
)
# the words of a fall that tell no fire ("سقوط مروحية", "تحطم طائرة", a collision:
# "اصطدمت مروحيتان", "تصادم مروحيتين"); "أسقطوا" does
_FELL_ALONE: Final = frozenset(
    normalize(w)
    for w in ("سقوط", "تحطم", "تحطمت", "وتحطمت", "اصطدمت", "واصطدمت", "اصطدام", "تصادم")
)
# a word of downing or of a fall, right before the aircraft
_DOWNING: Final = _FELL_ALONE | frozenset(
    normalize(w) for w in ("أسقطوا", "اسقطوا", *_DOWNED_WORDS)
)
_CRASHED: Final = frozenset(
    normalize(w) for w in ("تحطمت", "وتحطمت", "تحطم", "تحطمتا", "هوت", "سقطت", "وسقطت")
)
# the aircraft as the one fire hit: "أن الطائرة أصابها صاروخ", "المروحية أصيبت بنيران"
_HIT_BY_FIRE: Final = frozenset(normalize(w) for w in ("أصابها", "أصيبت"))
# "طائرة مسيرة تابعة لقوة الحلف التي تقودها واشنطن في الشرق" + "تحطمت"
_CRASH_REACH: Final = 10
# the noun of hitting before the aircraft hit ("إصابتها لمروحية", "استهداف طائرة")
_HIT_ONE: Final = frozenset(
    normalize(w) for w in ("إصابة", "إصابتها", "إصابتهم", "استهداف", "استهدافها", "استهدافهم")
)
_BOMBINGS: Final = frozenset({"suicide_bomb", "ied"})


def _an_aircraft(tokens: list[Token], k: int) -> bool:
    """Whether an aircraft is named at k, not a site named after aircraft ("استهدفوا مهبط
    طائرات هليكوبتر بصواريخ": a helipad hit)."""
    return (
        not _AIRCRAFT_WORDS.isdisjoint(tokens[k].bare)
        and not (k > 0 and tokens[k - 1].key in _AIRCRAFT_SITES)
    ) or _a_bomber(tokens, k)


def _a_bomber(tokens: list[Token], k: int) -> bool:
    """Whether a bomber aircraft is named at k: "قاذفة أمريكية", "قاذفة من طراز بي 52"
    ("قاذفة صواريخ", "قاذفة آر بي جي" are a soldier's launchers)."""
    return tokens[k].key in _BOMBERS and any(
        t.key in _AIR_FORCES_OF for t in tokens[k + 1 : k + 1 + _BOMBER_REACH]
    )


_BOMBERS: Final = frozenset(normalize(w) for w in ("قاذفة", "القاذفة", "قاذفات", "القاذفات"))
_AIR_FORCES_OF: Final = frozenset(
    normalize(w)
    for w in (
        *("أمريكية", "أميركية", "امريكية", "اميركية", "الأمريكية", "الأميركية"),
        *("بريطانية", "البريطانية", "طراز"),
    )
)
_BOMBER_REACH: Final = 2  # "قاذفة أمريكية", "قاذفة من طراز"


_AIRCRAFT_SITES: Final = frozenset(
    normalize(w) for w in ("مهبط", "مهابط", "مطار", "حظيرة", "حظائر", "مدرج", "لطائرات")
)


def _flown(tokens: list[Token]) -> bool:
    """Whether the attack is the aircraft's: an aircraft named in the sentence's first
    words, before the attack's word, as the one that acted ("واستخدم سلاح الجو الأفغاني
    مروحيات هجومية", "هاجمت طائرات أمريكية"); not one struck ("إسقاط مروحية", "تعرضت
    المروحية لهجوم مسلح")."""
    attack = _first_position(tokens, lx.EVENT_TRIGGERS["attack"])
    return (
        any(_an_aircraft(tokens, k) for k in range(min(len(tokens), attack + 2, _FLOWN_REACH)))
        and not any(
            t.key in _DOWNED or not lx.UNDERGONE.isdisjoint(t.bare) for t in tokens[: attack + 1]
        )
        and not (
            # "وتحلق المروحيات فوق المدينة عقب الهجوم": what aircraft did after the attack
            0 < attack < len(tokens) and not lx.AFTER.isdisjoint(tokens[attack - 1].bare)
        )
    )


_FLOWN_REACH: Final = 5  # the verb, then the air force or its aircraft


# A word that names an aircraft, or opens a name of one ("سلاح الجو").
_AIRCRAFT_WORDS: Final = frozenset(p.split()[0] for p in lx.AIRCRAFT)
# Who drops bombs: an aircraft, or a bomber named bare ("وألقت القاذفة قنبلتين").
_DROPPERS: Final = _AIRCRAFT_WORDS | _BOMBERS


def _first_position(tokens: list[Token], phrases: tuple[str, ...]) -> int:
    """Index of the first token where one of the phrases begins (len(tokens) if none): a
    phrase of several words counts where all of them stand ("هجوما متبادلا"), not where
    its first word alone does ("هجوما بالصواريخ")."""
    single, firsts, by_first = phrase_index(phrases)
    for i, tok in enumerate(tokens):
        if not single.isdisjoint(tok.bare):
            return i
        if firsts.isdisjoint(tok.bare):
            continue
        for first in firsts.intersection(tok.bare):
            for _, padded, _ in by_first[first]:
                rest = padded.split()[1:]
                following = tokens[i + 1 : i + 1 + len(rest)]
                if len(following) == len(rest) and all(
                    word in t.bare for word, t in zip(rest, following, strict=True)
                ):
                    return i
    return len(tokens)


def _group_in(all_forms: Words) -> str | None:
    return next(
        (
            group
            for group, named in zip(lx.GROUPS, _GROUP_TABLES.which(all_forms), strict=True)
            if named
        ),
        None,
    )


_GROUP_TABLES: Final = PhraseTables(lx.GROUPS.values())


def groups_named(all_forms: Words) -> frozenset[str]:
    """Every group a sentence names (lexicon GROUPS), by label."""
    return frozenset(
        group
        for group, named in zip(lx.GROUPS, _GROUP_TABLES.which(all_forms), strict=True)
        if named
    )


def claim_in(tokens: list[Token]) -> str | None:
    """The group that claims the event in this sentence ("أعلنت طالبان مسؤوليتها"); none
    when the claim is denied ("لم تعلن أي جهة ومنها طالبان مسؤوليتها")."""
    words = all_forms(tokens)
    if has(words, lx.NO_CLAIM):
        return None  # "وعلى الرغم من عدم إعلان أية جهة مسئوليتها عن الحادث"
    # (Each test below first asks whether the sentence has the words it looks for at all.)
    if not lx.CLAIMING.isdisjoint(words.forms) and any(
        tok.key in lx.NEGATIONS and not lx.CLAIMING.isdisjoint(nxt.bare)
        for tok, nxt in itertools.pairwise(tokens)
    ):
        return None
    if (admitted := _admitted_by_a_group(tokens)) is not None:
        return admitted  # "واعترفت حركة طالبان بالتفجير"
    if has(words, lx.CLAIM_OWNERSHIP):
        # The group next to the claim: "تبنى تنظيم داعش الهجوم" after the verb, "أعلنت
        # طالبان مسؤوليتها" before the noun; another group further on is someone else.
        # (the word itself first: "طالبان باكستان مسؤوليتها" is no two-word phrase of it)
        at = next(
            (i for i, tok in enumerate(tokens) if not _CLAIM_OWNERSHIP.isdisjoint(tok.bare)),
            None,
        )
        if at is None:
            at = next(
                (
                    i
                    for i in range(len(tokens))
                    if has(all_forms(tokens[i : i + 2]), lx.CLAIM_OWNERSHIP)
                ),
                None,
            )
        if at is None:
            return _group_in(words)
        if any(not _ATTRIBUTED.isdisjoint(t.bare) for t in tokens[max(0, at - 5) : at]):
            return None  # "هجمات نسبت مسؤوليتها إلى طالبان": others hold the group to it
        # "أعلنت جماعة حزب الإسلام المتمردة ذات الصلة بحركة طالبان مسؤوليتها": the subject
        # of the claiming verb, however long its description
        verb = next(
            (
                k
                for k in range(at - 1, max(-1, at - _CLAIMANT_REACH), -1)
                if not lx.CLAIMING.isdisjoint(tokens[k].bare)
            ),
            None,
        )
        subject = _group_in(all_forms(tokens[verb + 1 : verb + 4])) if verb is not None else None
        if subject == "Taliban" and verb is not None:
            # "أعلنت حركة طالبان في باكستان مسؤوليتها": the Taliban of Pakistan, named
            # one word further on
            subject = _group_in(all_forms(tokens[verb + 1 : verb + 5]))
        return subject or (
            _group_in(all_forms(tokens[at + 1 : at + 5]))
            or _group_in(all_forms(tokens[max(0, at - 6) : at]))
            or _group_in(words)
        )
    if _CLAIM_VERBS.isdisjoint(words.forms):
        return None
    # a group whose voice condemns the attack ("إن الحركة تدين بشدة الهجوم") does not own it
    if has(words, lx.CONDEMNATIONS):
        return None
    if _its_own_dead(tokens):
        return None  # "أكدت حركة طالبان مقتل اثنين من كبار قادتها": its losses, no claim
    for i, tok in enumerate(tokens):
        if not _CLAIM_VERBS.isdisjoint(tok.bare) and not _according_to(tokens, i):
            group = _speaking_group(tokens, i + 1) or _spokesman_before(tokens, i)
            if group and not _told_as_what_happened(tokens[i + 1 :]):
                return group
    return None


def _told_as_what_happened(said: list[Token]) -> bool:
    """Whether what a group's voice says tells the event as something that happened ("أن
    تفجيرا وقع قرب السوق"), no one of the group acting in what is said (the speaker's
    own name may be "مجاهد"): a report, no claim of a deed."""
    that = next((k for k, t in enumerate(said[:_SPEAKER_WORDS]) if t.key in lx.THAT), None)
    if that is None:
        return False
    head = said[that + 1 : that + 1 + _HAPPENED_AT]
    return any(
        not lx.EVENT_NOUNS.isdisjoint(a.bare) and not lx.HAPPENED.isdisjoint(b.bare)
        for a, b in itertools.pairwise(head)
    ) and not any(t.key.startswith(_ITS_MEN) for t in said[that + 1 :])


# The group's men: its fighters, and its martyrdom seekers ("نفذه أحد الاستشهاديين").
_ITS_MEN: Final = (
    *lx.FIGHTERS_STEMS,
    *(normalize(w) for w in ("استشهادي", "الاستشهادي", "انتحاري", "الانتحاري", "نفذ")),
)


_HAPPENED_AT: Final = 2  # "أن انفجارا وقع": the event, then its verb of happening


def _according_to(tokens: list[Token], i: int) -> bool:
    """Whether the verb of saying at i gives the source of what was told ("بحسب ما ذكرت
    الحركة", "حسبما قالت"): the group vouches for figures, it claims nothing."""
    return (i > 0 and tokens[i - 1].key in _AS_TOLD_BY) or (
        i > 1 and tokens[i - 1].key in _WHAT_TOLD and tokens[i - 2].key in _AS_PER
    )


_AS_TOLD_BY: Final = frozenset(normalize(w) for w in ("حسبما", "وحسبما", "بحسبما"))
_WHAT_TOLD: Final = frozenset(normalize(w) for w in ("ما", "لما"))
_AS_PER: Final = frozenset(
    normalize(w) for w in ("بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "طبقا", "على")
)


def _spokesman_before(tokens: list[Token], i: int) -> str | None:
    """The group whose spokesman is the subject before the verb of saying at i ("بينما
    متحدث باسم طالبان أعلن أن ..."): the spokesman's word, "باسم" and the group, right
    before the verb, his own name between ("المتحدث باسم الحركة قاري فلان أعلن")."""
    for k in range(max(0, i - _SPOKESMAN_SUBJECT), i - 2):
        if not lx.SPOKESMEN.isdisjoint(tokens[k].bare) and tokens[k + 1].key in _IN_THE_NAME_OF:
            return _group_in(all_forms(tokens[k + 2 : min(i, k + 2 + _GROUP_NAME_WORDS)]))
    return None


_IN_THE_NAME_OF: Final = frozenset(normalize(w) for w in ("باسم",))
# "متحدث باسم الحركة قاري فلان أعلن": spokesman, "باسم", the group, his name
_SPOKESMAN_SUBJECT: Final = 7
_GROUP_NAME_WORDS: Final = 3  # "تنظيم الدولة الإسلامية"


def _admitted_by_a_group(tokens: list[Token]) -> str | None:
    """The group that owns to the event by "اعترف ب" ("واعترفت حركة طالبان بالتفجير"): the
    group right after the verb, then the event noun with "ب" ("اعترف الجيش بمقتل
    جنديين" owns to losses, no event)."""
    for k, tok in enumerate(tokens):
        if tok.key not in _ADMITTED:
            continue
        after = tokens[k + 1 : k + 1 + _ADMITTED_REACH]
        event = next(
            (
                n
                for n, t in enumerate(after)
                if t.key.startswith("ب") and not lx.EVENT_NOUNS.isdisjoint(t.bare)
            ),
            None,
        )
        if event is not None:
            return _group_in(all_forms(after[:event]))
    return None


_ADMITTED: Final = frozenset(normalize(w) for w in ("اعترفت", "واعترفت", "اعترف", "واعترف"))
_ADMITTED_REACH: Final = 4  # "اعترفت حركة طالبان بالتفجير": the verb, the group, the event


def _its_own_dead(tokens: list[Token]) -> bool:
    """Whether the dead told are the speaking group's own members, by the pronoun of their
    noun ("مقتل اثنين من كبار قادتها", "مقتل عدد من عناصرها")."""
    return any(
        casualty_kind(tok) == "killed"
        and any(_OWN_MEMBERS.intersection(t.bare) for t in tokens[k + 1 : k + _OWN_DEAD_REACH])
        for k, tok in enumerate(tokens)
    )


_OWN_MEMBERS: Final = frozenset(
    normalize(w + p)
    for w in ("قادت", "عناصر", "مقاتلي", "أعضائ", "أفراد", "قيادي", "رجال")
    for p in ("ها", "ه", "هم")
)
_OWN_DEAD_REACH: Final = 6  # "مقتل اثنين من كبار قادتها": the count, "من", a rank, the members


def _speaking_group(tokens: list[Token], start: int) -> str | None:
    """The group named after a verb of saying as its speaker: "قالت طالبان", "المتحدث
    باسم طالبان". "قال فدائي عناصر طالبان أطلقوا ..." names the group's members: someone
    else speaks of them."""
    window = tokens[start : start + 6]
    # the speaker comes before what is said: "قال مسؤولون إن مقاتلين من طالبان ..." is
    # officials speaking of the group
    said = next(
        (
            p
            for p, tok in enumerate(window)
            # "وزعت الحركة صورا قالت إنها لمهاجمين اقتحموا القاعدة": what is told
            # begins at "إنها"
            if tok.key in lx.CLAUSE_OPENERS or tok.key in lx.THAT_WITH_PRONOUN
        ),
        None,
    )
    window = window[:said]
    if _a_spokesman_named(tokens, start):
        return "Taliban"
    if window and not _OFFICIALS.isdisjoint(window[0].bare):
        # "وقال الحاكم نظير خازه: «قتل داعش حوالى 30 مدنيا»": an official speaks, the
        # group is in what he says
        return None
    for p, tok in enumerate(window):
        if _FIRST_WORDS.isdisjoint(tok.bare):
            continue
        if p > 0 and window[p - 1].key in _LOCATIVES:
            continue  # "أصاب صاروخ داخل القاعدة": the base, no group speaking
        # the group the words from here name ("طالبان باكستان" before "طالبان")
        group = _group_in(all_forms(window[p : p + 3]))
        if group and any(not _RESPONSIBILITY.isdisjoint(t.bare) for t in window[:p]):
            # "أعلنت الحكومة مسئولية حركة طالبان عن الحادث": the speaker holds the group
            # to account; the group says nothing
            return None
        if group:
            # "قال فدائي عناصر طالبان أطلقوا": the members spoken of; "أعلن مقاتلو حركة
            # طالبان أنهم قتلوا": right after the verb, the members speak for the group
            members = p > 1 and not lx.MEMBERS.isdisjoint(window[p - 1].bare)
            return None if members else group
    return None


def _a_spokesman_named(tokens: list[Token], start: int) -> bool:
    """Whether the speaker after a verb of saying is the group's spokesman named in full,
    before what he says ("وأفاد بيان صادر عن المتحدث باسم الحركة، ذبيح الله مجاهد، بأن"): the
    group speaks, however many words bring him in."""
    keys = [t.key for t in tokens[start : start + _SPEAKER_WORDS]]
    said = next((p for p, key in enumerate(keys) if key in lx.CLAUSE_OPENERS), len(keys))
    return any(
        tuple(keys[p : p + len(name)]) == name
        for name in lx.SPOKESMEN_NAMES
        for p in range(said - len(name) + 1)
    )


# How many words a speaker after the verb may take: "بيان صادر عن المتحدث باسم الحركة،
# قاري يوسف أحمدي".
_SPEAKER_WORDS: Final = 9
# Officials who speak for a province, a force or a ministry, never for a group.
_OFFICIALS: Final = frozenset(
    normalize(w)
    for w in (
        *("الحاكم", "حاكم", "الوالي", "والي", "المحافظ", "محافظ", "قائد", "مدير", "رئيس"),
        *("مسؤول", "مسؤولون", "مسئول", "مسئولون", "الشرطة", "الجيش", "وزارة", "الوزارة"),
    )
)
# How far before the claim ("مسؤوليتها") its verb ("أعلنت") may stand.
_CLAIMANT_REACH: Final = 12
# Responsibility laid on a group by others: "نسبت مسؤوليتها إلى", "حملت ... مسؤوليته".
_ATTRIBUTED: Final = frozenset(
    normalize(w)
    for w in ("نسبت", "نسب", "تنسب", "ينسب", "ونسبت", "نسبوا", "حملت", "حمل", "وحملت", "يحمل")
)
# Words of place before a noun: what follows is somewhere, not someone.
_LOCATIVES: Final = frozenset(
    normalize(w) for w in ("داخل", "في", "على", "إلى", "الى", "قرب", "من", "حول", "خارج")
)
_RESPONSIBILITY: Final = frozenset(
    normalize(w) for w in ("مسؤولية", "مسئولية", "المسؤولية", "المسئولية")
)
# The first word of each name of any group, to find where a name begins.
_FIRST_WORDS: Final = frozenset(name.split()[0] for names in lx.GROUPS.values() for name in names)


def article_claimant(sentences: Sequence[list[Token]]) -> tuple[str | None, bool]:
    """The group whose claims an article relays, and whether it is the group's own statement,
    from the tokens of the article's sentences.

    A statement ("الإمارة الإسلامية" in its header, the first 300 characters) claims
    everything it reports; a news article whose lead (one of its first three sentences,
    within 1,500 characters) relays a group's claim ("أعلنت مصادر في حركة طالبان") lends
    that group to the events its fighters carry out.
    """
    head = [t for tokens in sentences for t in tokens if t.end <= _HEADER]
    if has(all_forms(head), lx.GROUP_STATEMENT) or any(
        _a_signature(tokens) for tokens in sentences[-_FOOTER_LINES:]
    ):
        return "Taliban", True
    for tokens in [s for s in sentences if s and s[0].start < _LEAD][:3]:
        group = claim_in(tokens)
        if (
            group
            and not has(all_forms(tokens), lx.DENIALS)  # "لكن طالبان نفت مسؤوليتها"
            # ("وقالت طالبان إن المدنيين قتلوا في القصف الجوي": the other side's strike)
            and (event_type(tokens) != "airstrike" or owns_a_deed(tokens))
        ):
            return group, False
    return None, False


def owns_a_deed(tokens: list[Token]) -> bool:
    """Whether a group's words own a deed: responsibility claimed ("أعلنت مسؤوليتها"), or its
    men named acting ("إن مقاتليها استهدفوا طائرة"). A group's word on the dead of the other
    side's air strikes owns none ("وقالت الحركة إن عشرات المدنيين قتلوا في القصف الجوي")."""
    return has(all_forms(tokens), lx.RESPONSIBILITY) or any(
        t.key.startswith(lx.FIGHTERS_STEMS) for t in tokens
    )


def _a_signature(tokens: list[Token]) -> bool:
    """Whether a short line signs the article as the group's statement (the spokesman's
    name, then "المتحدث باسم الإمارة الإسلامية", at its foot): a name and a title, no
    verb of saying."""
    return (
        0 < len(tokens) <= _SIGNATURE_WORDS
        and _CLAIM_VERBS.isdisjoint(tokens[0].bare)
        and has(all_forms(tokens), lx.GROUP_STATEMENT)
    )


_FOOTER_LINES: Final = 3  # the signature, then maybe the dates of the two calendars
_SIGNATURE_WORDS: Final = 10
_HEADER: Final = 300  # characters of a group statement's header
_LEAD: Final = 1500  # characters within which the lead's sentences begin


def relayed_by(tokens: list[Token]) -> str | None:
    """Who relays the claim: the subject after a verb of saying, as a label."""
    if _CLAIM_VERBS.isdisjoint(all_forms(tokens).forms):
        return None
    for i, tok in enumerate(tokens):
        if _CLAIM_VERBS.isdisjoint(tok.bare):
            continue
        window = all_forms(tokens[i + 1 : i + 6])
        for label, named in zip(lx.RELAYS, _RELAY_TABLES.which(window), strict=True):
            if named:
                return label
    return None


_RELAY_TABLES: Final = PhraseTables(lx.RELAYS.values())


def labels(all_forms: Words, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    tables = _LABEL_TABLES.get(id(table))
    if tables is None or tables[0] is not table:
        if len(_LABEL_TABLES) >= 64:  # tables built per call do not pile up
            _LABEL_TABLES.clear()
        tables = _LABEL_TABLES[id(table)] = (table, PhraseTables(table.values()))
    return [label for label, named in zip(table, tables[1].which(all_forms), strict=True) if named]


# The tables `labels` was asked about (lexicon constants), by identity.
_LABEL_TABLES: Final[dict[int, tuple[Mapping[str, tuple[str, ...]], PhraseTables]]] = {}


_EQUIPMENT_STOP: Final = frozenset(
    normalize(w)
    for w in [
        "من",
        "في",
        "على",
        "الى",
        "إلى",
        "تم",
        "بشكل",
        "بواسطة",
        "التي",
        "الذي",
        "كانت",
        "كان",
        "وهو",
        "وقد",
    ]
)


_RPG: Final = (normalize("آر"), normalize("بي"), normalize("جي"))


def equipment(sentence: Sentence, tokens: list[Token]) -> list[str]:
    """Vehicles and weapons destroyed, burned or seized, as written.

    The noun with a number before it and its describing words after it ("سبع شاحنات
    مؤن", "رشاشين أمريكيين", "سيارة من نوع كرولا", "قاذفة آر بي جي").
    """
    if not has(all_forms(tokens), lx.EQUIPMENT_VERBS):
        return []
    out: list[str] = []
    taken = -1
    for i, tok in enumerate(tokens):
        if i <= taken or _EQUIPMENT.isdisjoint(tok.bare):
            continue
        start = i - 1 if i > 0 and number_at(tokens, i - 1) is not None else i
        end = i
        j = i + 1
        while j < min(len(tokens), i + 5):
            gap = sentence.text[
                tokens[j - 1].end - sentence.start : tokens[j].start - sentence.start
            ]
            key = tokens[j].key
            if gap.strip():
                break
            if (
                key == normalize("من")
                and j + 2 < len(tokens)
                and tokens[j + 1].key == normalize("نوع")
            ):
                end = j = j + 2
                j += 1
                continue
            if key in _RPG:
                end = j
                j += 1
                continue
            if (
                key in _EQUIPMENT_STOP
                or key in NOT_PLACES
                or key[0] in "لبو"
                or casualty_kind(tokens[j])
            ):
                break
            end = j
            j += 1
        taken = end
        s = tokens[start].start
        if start == i and tok.key[0] == "و" and tok.key[1:] in lx.EQUIPMENT:
            s += 1  # "وقاذفة": the conjunction is not part of the item
        phrase = sentence.text[s - sentence.start : tokens[end].end - sentence.start]
        if phrase not in out:
            out.append(phrase)
    return out


def date_text(sentence: Sentence, tokens: list[Token]) -> str | None:
    """A date or weekday as written ("الثلاثاء ١٢ مايو", "يوم الأحد"), or None."""
    forms = all_forms(tokens).forms
    if _MONTHS.isdisjoint(forms) and _WEEKDAYS.isdisjoint(forms):
        return None
    for i, tok in enumerate(tokens):
        if not _MONTHS.isdisjoint(tok.bare):
            start = i - 1 if i > 0 and number_at(tokens, i - 1) is not None else i
            if start > 0 and not _WEEKDAYS.isdisjoint(tokens[start - 1].bare):
                start -= 1
            end = (
                i + 1
                if i + 1 < len(tokens) and tokens[i + 1].text.translate(ARABIC_INDIC).isdigit()
                else i
            )
            return sentence.text[
                tokens[start].start - sentence.start : tokens[end].end - sentence.start
            ]
    for tok in tokens:
        if not _WEEKDAYS.isdisjoint(tok.bare):
            return tok.text
    return None


def one_of_a_series(tokens: list[Token]) -> bool:
    """ "في الهجوم الأعنف ضمن سلسلة هجمات", "وهو أحدث هجوم في سلسلة من الهجمات": the
    event told is one among a series, its toll its own, not that of the series."""
    for k, t in enumerate(tokens):
        if t.key != _SERIES or k == 0:
            continue
        if tokens[k - 1].key in _AMONG_A_SERIES:
            return True
        if tokens[k - 1].key in lx.IN and any(
            w.key in _LATEST for w in tokens[max(0, k - _SERIES_REACH) : k - 1]
        ):
            return True
    return False


_SERIES: Final = normalize("سلسلة")
_AMONG_A_SERIES: Final = frozenset(normalize(w) for w in ("ضمن", "وسط"))
_LATEST: Final = frozenset(
    normalize(w) for w in ("الأعنف", "أعنف", "الأحدث", "أحدث", "آخر", "الأخير", "الأكثر", "الأسوأ")
)
_SERIES_REACH: Final = 4  # "أحدث هجوم دام في سلسلة": the superlative, the event, an adjective
