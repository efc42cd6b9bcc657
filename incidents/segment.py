"""Segmentation: the facts of each sentence, and from them alone whether it starts,
continues or closes an incident. Whether a sentence tells the event or its background (the
past, a plan, a tally) is `incidents.background`'s reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final, TypeGuard

from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import numbers, roles
from incidents.background import (
    ACCORDING,
    ASIDES,
    ATTACK_NOUNS,
    BOMBERS,
    EARLIER_EVENTS,
    EXPECTED,
    IS_DEEMED,
    IT_IS,
    QAD,
    QAD_REACH,
    REMINDERS,
    WEEKDAY_KEYS,
    WILL,
    an_earlier_event_told,
    background_in,
    before_the_event_it_came_after,
    before_the_setting,
    came_after,
    during_these_events,
    in_a_past_month,
    names_these_events,
    opens_earlier_in_the_week,
    outside_names,
    pluperfect_in_a_month,
    punctuated,
    ranked_at_its_place,
    the_last_one_before,
    the_latest_a_place_sees,
    toll_before_blame,
    toll_revised_of_the_told_event,
    without_a_city_clause,
    without_a_groups_past,
    without_records,
)
from incidents.casualties import (
    NO_SIDE,
    Casualties,
    casualties,
    casualty_kind,
    none_hurt,
    people_told_before,
)
from incidents.events import (
    an_operation_by_its_kind,
    event_type,
    first_trigger,
    one_of_a_series,
    only_an_operation,
    plural_triggers_only,
    protest_violence,
)
from incidents.eventtypes import BY_NAME
from incidents.locate import region_told, told_in_anaphor, weakly_placed
from incidents.mentions import unit_level
from incidents.records import Incident, PlaceMention
from incidents.text import Sentence
from incidents.tokens import Token, punctuation_before
from incidents.words import Words, all_forms, contains, definite


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What one sentence tells, read once; segmentation decides from these alone."""

    sentence: Sentence
    forms: Words
    mentions: list[PlaceMention]  # every place mention, the dateline's too
    placed: list[PlaceMention]  # mentions that may place an incident (no dateline, no person)
    own_places: list[PlaceMention]  # resolved ones among them
    afghan_places: list[PlaceMention]
    # Where the event is: districts and provinces, not a village whose name recurs in
    # many districts, nor a place things came from ("تعزيزات من بل خمري").
    event_places: list[PlaceMention]
    outside_only: bool  # places named, all abroad
    event_type: str | None
    # Dead or wounded counted with no word for how ("لقي سبعة جنود حتفهم في ولاية غزني"):
    # with no incident open, this tells one (`TOLL_TYPE` until a later sentence names the
    # means); after one, it adds to it.
    toll: bool
    headline: bool
    background: bool
    denial: bool
    new_event: bool  # "وفي حادث آخر", "كما" at the head
    back_reference: bool  # "الهجوم", "المعركة": the event told before
    accusation: bool  # blames someone ("اتهم")
    reaction: bool  # condemns, reacts
    detail: bool  # casualty, equipment or denial words
    roundup: bool  # several events in one sentence: places none of them
    told_abroad: bool  # "وفي بيشاور ...": a place abroad after "في", where the event is
    # Provinces of the part of the country the sentence names ("شرق أفغانستان"), if any.
    region: frozenset[str] | None = None
    # The country abroad the article is about, when the sentence names a part of "البلاد"
    # ("شمال غرب البلاد" in a report on Pakistan): that country's, no Afghan region.
    country_told: str | None = None
    # The telling turns to another matter ("وفي سياق آخر", "إلى ذلك"), the told event not
    # named again: one of the new_event markers.
    another_matter: bool = False
    # The events summed are the whole country's or the past day's ("في مختلف أنحاء البلاد",
    # "خلال الـ24 ساعة الماضية"), not those of a few provinces: a round-up that tells
    # none of them.
    nationwide: bool = False
    # Where what a speaker says begins (the first "أن"/"إن"), the dead are named ("ومن
    # بين قتلى الانفجار") or the event is told, else the sentence's end: an office after
    # it is someone's post, no speaker's.
    said_from: int = 0
    # "another" told of an event or a place ("هجوم آخر", "في مناطق أخرى"): new_event too
    another_event: bool = False
    # the forces' operation, told by no word of its means ("قوات التحالف نفذت عملية")
    operation: bool = False
    # "في هذه العمليات": all the events a round-up's lead summed, named again
    these_events: bool = False
    # districts counted ("سقطت خمس مديريات في فارياب"): each an event of its own
    districts_counted: bool = False
    # people told before, counted again by a definite count ("الجنود الأربعة")
    people_again: bool = False
    # dead or wounded counted, whatever else the sentence tells
    counted: bool = False
    # "وفي فرح أيضا، قتل 11 مسلحا": more dead, also at the place the sentence opens on
    also_there: bool = False
    # "وفي جلال أباد، عاصمة ننغرهار، أصيب شرطي ...": dead or hurt at the place framed at
    # the sentence's head, another event there
    framed_there: bool = False
    # it opens on the frame of a place ("وفي جلال آباد عاصمة ولاية ننغرهار، ..."), whatever
    # else it tells
    place_frame: bool = False
    # it tells an event its own clause dates to a past week or month ("التفجير الذي وقع في
    # الأسبوع الماضي")
    dated_earlier: bool = False
    # "وردا على هذا الهجوم، نفذ الطيران الأمريكي عدة غارات": the response, another event
    response: bool = False
    # "وأضاف خوستي قائلا: ...": the speaker told before goes on
    goes_on: bool = False
    # it ends a quotation a sentence before opened ("سمعنا بعدها صوت الرصاص".): the
    # quoted voice goes on
    ends_a_quote: bool = False
    # told of a past month ("في أغسطس الماضي"): background once the news's event is told
    past_month: bool = False
    # a claim names the event by its place ("مسؤولية هجوم زابل")
    claimed_there: bool = False
    # a word ranking the told event names where it was ("وهي الحصيلة الأكبر في العاصمة")
    ranked_there: bool = False
    # the sides (lexicon SIDES) of the people it counts dead or wounded, when it counts any
    victims: frozenset[str] = frozenset()
    # it tells what voices had said before ("وكانت مصادر أمنية أعلنت أن ..."): the first
    # report of an event
    first_reported: bool = False


# Phrase tables joined once (a tuple built per sentence was indexed again each time).
_DETAIL_WORDS: Final = lx.KILLED + lx.WOUNDED + lx.EQUIPMENT_VERBS + lx.DENIALS + lx.RESPONSIBILITY


def read_sentence(
    sentence: Sentence,
    tokens: list[Token],
    mentions: list[PlaceMention],
    *,
    text: str,
    layout: Layout | None = None,
) -> SentenceFacts:
    """The facts of one sentence that segmentation reads (`layout`: the article's, when
    already measured)."""
    forms = all_forms(tokens)
    placed = [
        m
        for m in mentions
        if m.unit != "dateline" and m.role not in (roles.PERSON, roles.NATIONALITY)
    ]
    own_places = [m for m in placed if m.resolved]
    afghan_places = [m for m in own_places if m.in_afghanistan]
    these_events = names_these_events(tokens)
    counted = _toll_told(tokens, forms)
    back_reference = (
        _refers_back(
            tokens,
            own_event=bool(own_places) or counted,
            names_at=frozenset(m.start for m in mentions),
        )
        or these_events
    )
    # ("لم يسقط أي ضحايا": no one hurt is a word on the event too)
    detail = back_reference or bool(contains(forms, _DETAIL_WORDS)) or none_hurt(tokens)
    # what the sentence tells, not its setting nor its site's past
    own_clause = before_the_setting(before_the_event_it_came_after(_without_the_sites_past(tokens)))
    # (the setting's events are not the told one's kind: "قتل جنديان في هجوم ...، في وقت
    # قتل فيه عشرات المسلحين ... بعمليات مشتركة")
    etype = (
        _the_event_after_a_while(tokens)
        or event_type(own_clause)
        or (event_type(tokens) if len(own_clause) < len(tokens) else None)
    )
    if (
        etype is not None
        and not detail
        # (a blame for events in general, wherever they were: "اتهمت كابول إسلام أباد بإيواء
        # مقاتلين يلام عليهم في هجمات كبيرة بالعاصمة")
        and (not own_places or bool(contains(forms, lx.ACCUSATIONS)))
        and plural_triggers_only(tokens)
        # ("هاجموا مواقع أمنية يوم الأحد" in the plural: a day of their own ties them to
        # one time, the attacks told)
        and not any(f in lx.WEEKDAYS for t in tokens for f in t.bare)
    ):
        etype = None  # "تصر الحركة على إثارة الصراعات، تفجيرات واشتباكات": events in general
    another_matter = (another_told(tokens, lx.FRAMES) or _besides_that(tokens)) and not (
        (_names_the_told_event(tokens) and not _an_event_described_anew(tokens))
        or _the_second_after_the_first(tokens)
    )
    # "أعلنت طالبان مسؤوليتها عن الهجوم الذي يعد الأول منذ مايو عندما قتل ستة جنود في
    # حادث مماثل": in a sentence about the event told, another event in a clause of when
    # is of that other time ("وكان شخصان قتلا عندما هوجمت قافلة أخرى" tells a new one)
    another_event = (
        another_told(
            tokens[: second_clause(tokens)] if back_reference else tokens,
            lx.EVENT_NOUNS,
            ordinals=True,
        )
        and not _the_rescuers_struck(tokens)
    ) or (
        # "جاء ذلك غداة مقتل عشرة شرطيين": the dead of the earlier event it came after
        counted and came_after(tokens)
    )
    victims = _victims(casualties(tokens)) if counted else frozenset()
    also_there = _also_at_a_place(tokens)
    place_frame = _a_place_frame_opens(tokens, afghan_places, text=text)
    framed_there = counted and not back_reference and place_frame
    response = _a_response_opens(tokens)
    plain = without_records(
        outside_names(
            without_a_city_clause(without_a_groups_past(_without_the_sites_past(tokens))),
            mentions,
        )
    )
    facts = SentenceFacts(
        sentence=sentence,
        forms=forms,
        mentions=mentions,
        placed=placed,
        own_places=own_places,
        afghan_places=afghan_places,
        event_places=[m for m in afghan_places if m.level != "place" and m.role == roles.EVENT]
        or _the_offices_unit_told(tokens, afghan_places),
        outside_only=_abroad(own_places),
        event_type=etype,
        toll=etype is None and counted,
        counted=counted,
        victims=victims,
        also_there=also_there,
        framed_there=framed_there,
        place_frame=place_frame,
        dated_earlier=any(_dated_past_by_its_clause(tokens, k) for k in range(len(tokens))),
        response=response,
        claimed_there=_claimed_by_its_place(tokens, names_at=frozenset(m.start for m in mentions)),
        ranked_there=ranked_at_its_place(tokens, afghan_places),
        goes_on=tokens[0].key in _SPEAKER_GOES_ON,
        ends_a_quote=_ends_a_quote(sentence.text),
        first_reported=_reported_before(tokens),
        headline=_is_headline(sentence, tokens, text=text, layout=layout or Layout.of(text)),
        # a running tally of the war after the event ("ليرتفع عدد قتلى القوات الأجنبية
        # منذ مطلع العام إلى 310") says nothing of the event's time
        # (not a claim of the event told that goes on about the war: "وتبنت الحركة هذا
        # الهجوم على قوات الأمن التي يفترض أن تتولى المهام بعد انسحاب الحلف في 2014")
        background=background_in(before_the_setting(plain), forms.forms)
        and not _claims_the_told_event(tokens),
        past_month=in_a_past_month(plain) or pluperfect_in_a_month(plain),
        denial=bool(contains(forms, lx.DENIALS)) and _denied_in_its_own_clause(tokens),
        new_event=_later_event(
            tokens, _event_markers(tokens, contains(forms, lx.NEW_EVENT_MARKERS))
        )
        or another_event
        or another_matter
        # "يذكر أنه قتل ثمانية متمردين الثلاثاء ...": an aside tells another event
        # ("يذكر أن السلطات أعلنت أن حصيلة قتلى الانفجار ارتفعت إلى 50": the event told,
        # its toll risen)
        or (
            tokens[0].key in REMINDERS
            and not toll_revised_of_the_told_event(tokens, forms.forms)
            and not during_these_events(tokens)
        )
        # "وجاء هذا الهجوم بعد تفجير في كابول ...": the earlier event it came after
        or came_after(tokens)
        # "وعلى مسافة ثلاثة كيلومترات من موقع الانفجار، قتل ...": another event, away
        or _away_from_the_site(tokens)
        or opens_earlier_in_the_week(tokens)
        or _after_a_counted_while(tokens)
        # "وكان هجوم لطالبان أدى إلى مقتل جنديين": an earlier event, in the pluperfect
        or an_earlier_event_told(tokens)
        or _an_event_of_a_past_span(tokens)
        or the_last_one_before(tokens)
        or (
            (_also_opens(tokens) or also_there)
            and not _of_the_attackers(tokens)
            and not _names_the_told_event(tokens)
            and not _during_the_fighting(tokens)
            and not _by_the_same_voice(tokens)
            and not (not own_places and _others_of_them(tokens))
        )
        or _besides_opens(tokens)
        # "وفي حادثة تكشف ...، أعلنت القيادة أن جنودا قتلوا خطأ خمسة": an incident, told as
        # one at the sentence's head, is another
        or _an_incident_opens(tokens)
        # "وأضاف أنه في الإقليم ذاته، قتل سائقان ...": dead of their own in the same
        # province, set as its frame, are another event there
        or (counted and not back_reference and _the_same_unit_frames(tokens, text=text))
        or _also_an_event(tokens)
        or _earlier_opens(tokens)
        or _the_neighbouring_place_opens(tokens, afghan_places)
        or _dead_earlier(tokens)
        or framed_there
        or response
        # "ومؤخرا أطلق جنود النار على ...": of late, an earlier event
        or tokens[0].key in lx.RECENTLY
        # "كما ذكرت مصادر حكومية أن مدرسين قتلا بتفجير انتحاري في قندهار": another voice
        # added, with dead of an event at a place of its own and no word on the told one
        or (
            _another_voice_opens(tokens)
            and etype is not None
            and counted
            and not back_reference
            and any(m.role == roles.EVENT for m in afghan_places)
        )
        # "وأعلنت شرطة المدينة اليوم أيضا أن مسلحين قتلوا ضابطا": one more announcement, of
        # dead of an event told anew
        or (_announced_also(tokens) and etype is not None and counted and not back_reference),
        back_reference=back_reference,
        these_events=these_events,
        people_again=people_told_before(tokens),
        accusation=bool(contains(forms, lx.ACCUSATIONS)) and not toll_before_blame(tokens),
        # (a protest with dead or hurt of its own is an event: "قتل أربعة خلال تظاهرات")
        reaction=(bool(contains(forms, lx.REACTIONS)) and not protest_violence(tokens))
        or _a_comment_refused(tokens),
        detail=detail,
        roundup=(
            bool(contains(forms, lx.ROUNDUP))
            and bool(
                contains(
                    all_forms(_without_the_united_states(before_the_setting(own_clause))),
                    lx.ROUNDUP,
                )
            )
            and not _scattered_in_one_province(tokens, forms, afghan_places)
            # ("وكان أحدث هجوم ضمن سلسلة عمليات عبر البلاد": the one told, among a series)
            and not (
                one_of_a_series(tokens)
                and any(m.role in (roles.EVENT, roles.OFFICE) for m in afghan_places)
            )
        )
        or (
            (
                _counted_events(own_clause)
                or _events_across_the_country(own_clause)
                or _a_days_tally(own_clause)
            )
            # (a road's ends or a reference point place none of them: "عدة هجمات ... من
            # بينها تدمير نفق ... يربط العاصمة كابول بمناطق الشمال")
            and all(m.role in (roles.ROUTE, roles.REFERENCE) for m in afghan_places)
        ),
        region=region_told(tokens),
        another_matter=another_matter,
        nationwide=bool(contains(forms, lx.COUNTRY_OR_DAY)) or _a_days_tally(own_clause),
        said_from=_said_from(tokens, sentence.end),
        another_event=another_event,
        operation=etype == "armed_clash"
        and (only_an_operation(tokens) or an_operation_by_its_kind(tokens)),
        districts_counted=_districts_counted(own_clause),
        told_abroad=any(
            m.role == roles.EVENT and not m.in_afghanistan and _after_in(tokens, m)
            for m in own_places
        ),
    )
    if _the_told_event_unfolds(tokens):
        # "وبدأ الهجوم ليلا بتفجير شاحنة مفخخة وسمع دوي انفجارات أخرى": the course
        # of the event told, its steps and its other blasts, no event of another time
        return replace(facts, new_event=False, another_event=False, roundup=False)
    return facts


def _the_told_event_unfolds(tokens: list[Token]) -> bool:
    """Whether the sentence opens on the told event, named again, as the subject of a verb
    of beginning ("وبدأ الهجوم", "وانطلق الهجوم")."""
    return (
        len(tokens) > 1
        and tokens[0].key in _BEGAN
        and not lx.BACK_REFERENCES_SET.isdisjoint(tokens[1].bare)
    )


_BEGAN: Final = frozenset(
    normalize(w) for w in ("بدأ", "بدأت", "وبدأ", "وبدأت", "انطلق", "وانطلق", "استهل", "واستهل")
)


def _an_incident_opens(tokens: list[Token]) -> bool:
    """Whether the sentence opens on "وفي حادثة" / "وفي حادث" (in an incident), the noun
    indefinite: a new one ("وفي حادث التفجير", in construct with a definite noun, names
    the one told)."""
    return (
        len(tokens) > 2
        and tokens[0].key in lx.IN_FRAMES
        and tokens[1].key in _AN_INCIDENT
        and not tokens[2].key.startswith("ال")
    )


_AN_INCIDENT: Final = frozenset(normalize(w) for w in ("حادثة", "حادث"))


def _a_comment_refused(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a comment refused ("بالمقابل رفض الدبلوماسيون
    الألمان في كابول الإدلاء بأي تعليق على الهجوم"): where the speakers sit is no event's
    place. A refusal after the event told ("قتل ثلاثة ...، فيما امتنعت الشرطة عن التعليق")
    leaves the sentence its event."""
    return any(t.key in lx.REFUSING for t in tokens[:_REFUSAL_HEAD]) and any(
        not lx.COMMENT.isdisjoint(t.bare) for t in tokens
    )


_REFUSAL_HEAD: Final = 3  # "بالمقابل رفض": an adverb may come first


def _without_the_sites_past(tokens: list[Token]) -> list[Token]:
    """The words before a relative clause of what a site had seen before ("سقطت القذائف
    قرب المطار الذي سبق أن تعرض لهجمات كثيرة"): the site's past, not the event."""
    for k in range(_BEFORE_THE_PAST, len(tokens) - 1):
        if tokens[k].key in lx.RELATIVES and tokens[k + 1].key in _PREVIOUSLY:
            return tokens[:k]
    return tokens


_BEFORE_THE_PAST: Final = 3  # a verb, a subject and a site before the clause
_PREVIOUSLY: Final = frozenset(normalize(w) for w in ("سبق", "سبقت", "طالما"))


def _others_of_them(tokens: list[Token]) -> bool:
    """ "كما فتحت النار على 4 آخرين من الحراس وهم نيام": others of the people
    just told ("آخرين"), a count right before, with no event noun of their own: more
    victims of the same event."""
    return any(
        k > 0 and not lx.OTHERS.isdisjoint(tok.bare) and numbers.opens_count(tokens[k - 1].text)
        for k, tok in enumerate(tokens)
    ) and all(lx.EVENT_NOUNS.isdisjoint(t.bare) for t in tokens)


def _the_rescuers_struck(tokens: list[Token]) -> bool:
    """ "ولما تجمع المارة لإسعاف المصابين فجر مهاجم آخر نفسه", "حين أقبل الأهالي يسعفون
    الجرحى فجر ثان حزامه": a second blast among those who came to help the victims of
    the first is the same attack, its second bomber."""
    return any(
        not _RESCUE.isdisjoint(a.bare) and not _ITS_VICTIMS.isdisjoint(b.bare)
        for a, b in pairwise(tokens)
    )


_RESCUE: Final = frozenset(
    normalize(w)
    for w in ("مساعدة", "لمساعدة", "يسعفون", "لإسعاف", "إسعاف", "لنجدة", "نجدة", "لإنقاذ", "إنقاذ")
)
_ITS_VICTIMS: Final = frozenset(normalize(w) for w in ("الضحايا", "الجرحى", "المصابين", "المصابون"))


def _denied_in_its_own_clause(tokens: list[Token]) -> bool:
    """Whether the sentence denies what it tells: not when the denial, in a contrast after
    the dead told, denies only some of the harm ("لقي نحو 90 شخصا مصرعهم في غارة جوية ...،
    فيما نفى الجيش وقوع أي ضحية بين المدنيين": the event stands). "بينما نفت باكستان
    تنفيذها" denies the act itself."""
    counted = False
    for k, tok in enumerate(tokens):
        if not lx.DENIALS_SET.isdisjoint(tok.bare):
            denied = tokens[k + 1 : k + 1 + _DENIED_REACH]
            contrast = any(t.key in lx.CONTRAST for t in tokens[:k])
            # ("خطف مسلحون أربعة موظفين، فيما نفت طالبان أي علاقة لها بالحادث": a group
            # denies its part in the event told, which stands)
            its_part = (
                contrast
                and event_type(tokens[:k]) is not None
                and any(t.key in _A_PART_IN_IT for t in denied)
            )
            return not (
                (
                    counted
                    and contrast
                    and any(t.key in lx.HARM or casualty_kind(t) is not None for t in denied)
                )
                or its_part
            )
        counted = counted or casualty_kind(tok) is not None
    return True


_DENIED_REACH: Final = 6  # "نفى الجيش الألماني وقوع أي ضحية"
_A_PART_IN_IT: Final = frozenset(
    normalize(w) for w in ("علاقة", "صلة", "مسؤولية", "مسئولية", "مسؤوليتها", "ضلوع", "تورط")
)


def _the_second_after_the_first(tokens: list[Token]) -> bool:
    """ "من ناحية أخرى، انفجرت عبوة ناسفة ثانية، عقب فترة قصيرة من الأولى": the second of
    a pair, told after the first, is no other matter: it is where the first was."""
    second = next((k for k, t in enumerate(tokens) if t.key in lx.SECOND), None)
    return second is not None and any(t.key in lx.THE_FIRST for t in tokens[second + 1 :])


# The type of an event told only by its dead: an attack until the means are named.
TOLL_TYPE: Final = "attack"


_ONE_BY_ONE: Final = frozenset(lx.CONTRAST) | frozenset(
    normalize(w) for w in ("بينها", "منها", "ومنها", "أحدها", "احدها")
)


def _scattered_in_one_province(
    tokens: list[Token], forms: Words, afghan_places: list[PlaceMention]
) -> bool:
    """ "هجمات متفرقة على مواقع للشرطة بمدينة ساريبول": scattered events, every place of
    them in one province, are that province's; a round-up over provinces ("في عدة
    ولايات"), with no place named, or told event by event ("بينها تفجير في جنوب البلاد
    فيما أطلقت صواريخ على كابول") stays a round-up. "بينما أصيب نحو 7 آخرين" right after
    the dead counts the same events' wounded, no event told apart."""
    if contains(forms, lx.COUNTRYWIDE) or (
        contains(forms, lx.NATIONWIDE) and not _units_named_right_after(tokens, afghan_places)
    ):
        return False
    if not forms.forms.isdisjoint(_ONE_BY_ONE) and any(
        t.key in _ONE_BY_ONE
        and not (
            t.key in lx.CONTRAST
            and k + 1 < len(tokens)
            and casualty_kind(tokens[k + 1]) is not None
        )
        for k, t in enumerate(tokens)
    ):
        return False
    told = {m.province_pcode for m in afghan_places if m.role == roles.EVENT}
    return len(told) == 1


def _units_named_right_after(tokens: list[Token], afghan_places: list[PlaceMention]) -> bool:
    """Whether every plural unit word ("في أقاليم", "بولايات") has its places named right
    after it ("في أقاليم زرمت وجاني خيل"): a list of places, not the country over."""
    starts = {m.start for m in afghan_places}
    units = [k for k, t in enumerate(tokens) if not _PLURAL_UNITS.isdisjoint(t.bare)]
    return bool(units) and all(k + 1 < len(tokens) and tokens[k + 1].start in starts for k in units)


def _toll_told(tokens: list[Token], forms: Words) -> bool:
    """Whether the sentence counts dead or wounded ("قتل 12 شرطيا", "لقي سبعة جنود
    حتفهم"), not in an accident ("تحطمت مروحية ... ما أسفر عن مقتل 25 شخصا")."""
    if not contains(forms, lx.KILLED_OR_WOUNDED) or contains(forms, lx.ACCIDENTS):
        return False
    told = casualties(tokens)
    return bool(told.killed or told.wounded) or _at_the_hands_of(tokens)


def _at_the_hands_of(tokens: list[Token]) -> bool:
    """ "استشهدوا بأيدي إرهابيين", "قتل على يد مسلحين": the dead and who killed them, a
    count or not."""
    for k, tok in enumerate(tokens):
        if casualty_kind(tok) != "killed":
            continue
        after = tokens[k + 1 : k + 4]
        if any(t.key in lx.HANDS for t in after):
            return True
    return False


def _abroad(own_places: list[PlaceMention]) -> bool:
    """Whether the sentence places its event abroad: the places where it happens, else
    any but a neighbour, a road's end or where someone came from, are all abroad ("في
    منطقة باجور المحاذية لولاية كونار", but not "مسلحون عبروا الحدود من باكستان")."""
    located = [m for m in own_places if m.role == roles.EVENT] or [
        m for m in own_places if m.role not in (roles.ORIGIN, roles.REFERENCE, roles.ROUTE)
    ]
    return bool(located) and not any(m.in_afghanistan for m in located)


def _after_in(tokens: list[Token], m: PlaceMention) -> bool:
    """Whether a mention follows "في" (its unit word between at most): "وفي بيشاور",
    "في بلدة تشمن", not "عبورها معبر شمن" nor "القوات الباكستانية"."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if m.unit and before and unit_level(before[-1]) is not None:
        before = before[:-1]
    return bool(before) and not lx.IN_ANY.isdisjoint(before[-1].bare)


_CARRYING: Final = frozenset(
    normalize(w) for w in ("تنقل", "تقل", "تحمل", "محملة", "تقودها", "يقودها", "وعلى", "تقلهم")
)


def another_told(tokens: list[Token], nouns: frozenset[str], *, ordinals: bool = False) -> bool:
    """ "هجوم آخر", "في منطقة أخرى", "غارة جوية جديدة", "في حادث منفصل": "another" (or
    "separate") after one of `nouns`, an adjective between them at most; with `ordinals`,
    "the second" after a strike too ("الغارة الجوية الثانية"). "وقتل انتحاري آخر" counts
    another bomber dead in the event told, not another event."""
    return any(
        (
            (
                (tok.key in lx.ANOTHER or tok.key in lx.SEPARATE)
                and any(f in nouns for t in tokens[max(0, i - 2) : i] for f in t.bare)
            )
            # "الغارة الجوية الثانية", but not "القنبلة الثانية" of the two bombs told
            or (
                ordinals
                and tok.key in _THE_NEXT
                and any(t.key in _STRIKES for t in tokens[max(0, i - 2) : i])
                and not _its_rank(tokens, i)
            )
        )
        and not _another_dead_attacker(tokens, i)
        and not _another_of_one_told_before(tokens, i, nouns)
        and not the_latest_a_place_sees(tokens, i)
        and not (i > 0 and not _PERSON_VERBS.isdisjoint(tokens[i - 1].bare))
        # "قبل وصول سيارة أخرى تنقل مسلحين": another vehicle of the attack told, carrying
        # its gunmen, no other bomb
        and not (i + 1 < len(tokens) and tokens[i + 1].key in _CARRYING)
        # "فجروا أنفسهم في ثلاثة مواقع مختلفة": the several sites of one event
        and not (tok.key in _VARIOUS and i > 0 and tokens[i - 1].key in _SITES)
        # "تجنبا لاعتداء مماثل": an event to prevent, none that happened
        and not any(t.key in _PREVENTING for t in tokens[max(0, i - _PREVENTING_REACH) : i])
        # "ستشهد المدينة قريبا هجوما آخر": a threat of one to come
        and not any(t.key in _AHEAD for t in tokens[max(0, i - _AHEAD_REACH) : i + _AHEAD_REACH])
        # "وتوعدت الحركة بشن هجمات أخرى": others pledged or threatened, none told
        and not any(
            not _THREATENED.isdisjoint(t.bare) for t in tokens[max(0, i - _AHEAD_REACH) : i]
        )
        and not _a_blow_to(tokens, i)
        and not _from_one_to_another(tokens, i)
        and not _a_place_gone_to(tokens, i)
        and not _other_sites_ending_a_list(tokens, i)
        for i, tok in enumerate(tokens)
    )


def _other_sites_ending_a_list(tokens: list[Token], i: int) -> bool:
    """ "وهاجموا معسكرا للجيش ومقرا للشرطة ومواقع أخرى": sites joined by "و" at the
    end of the list of what one attack struck, "and other sites", no other event."""
    return any(
        tokens[j].text.startswith("و") and not _SITES.isdisjoint(tokens[j].bare)
        for j in range(max(1, i - 2), i)
    )


def _a_place_gone_to(tokens: list[Token], i: int) -> bool:
    """ "أجبرت 300 عائلة على النزوح إلى مناطق أخرى": other places as where people went,
    a destination after "إلى", no other event or place of one."""
    return any(
        tokens[j].key in _SITES_GONE_TO and tokens[j - 1].key in lx.TO
        for j in range(max(1, i - 2), i)
    )


def _from_one_to_another(tokens: list[Token], i: int) -> bool:
    """ "ينقلون قذائف من مكان إلى آخر": from one place to another, a going about, no
    other event or place."""
    return i >= _FROM_ONE_REACH and tokens[i - 3].key in _FROM and tokens[i - 1].key in lx.TO


_FROM_ONE_REACH: Final = 3  # "من", the noun, "إلى", then "آخر"


def _a_blow_to(tokens: list[Token], i: int) -> bool:
    """ "ويعد الاعتداء ضربة جديدة للحكومة": a new blow to someone, what the event told
    means to him, no other strike."""
    return (
        i > 0
        and i + 1 < len(tokens)
        and tokens[i - 1].key in _BLOWS
        and tokens[i + 1].text.startswith("ل")
        and tokens[i + 1].key != "لا"  # "ضربة جديدة لا تقل عن ..."
    )


_BLOWS: Final = frozenset(normalize(w) for w in ("ضربة", "ضربه", "لطمة", "صفعة"))


# Words of a time to come, near "another" event: a threat or a plan, no event told.
_AHEAD: Final = frozenset(
    normalize(w) for w in ("المقبلة", "القادمة", "المقبل", "القادم", "قريبا", "مستقبلا")
)
_AHEAD_REACH: Final = 4
_THREATENED: Final = frozenset(
    normalize(w)
    for w in (
        *("تعهد", "تعهدت", "يتعهد", "تتعهد", "توعد", "توعدت", "يتوعد", "تتوعد"),
        *("هدد", "هددت", "يهدد", "تهدد"),
    )
)


def _another_of_one_told_before(tokens: list[Token], i: int, nouns: frozenset[str]) -> bool:
    """ "استهدفت قافلة أمنية ... ثم استهدفت قافلة أخرى جاءت لدعمها": "another" of a noun the
    sentence named before it, "ثم" (then) or "عندما" (when) between them, is the next step
    of what the sentence tells ("كان الخبراء يبطلون لغما ... عندما انفجر لغم آخر"); not
    another than the event told before."""
    for j in range(max(0, i - 2), i):
        # the noun "another" agrees with (right before it) whatever it is, or an event
        # noun an adjective away: "انفجرت قنبلة أخرى" is another bomb, not another blast
        own = frozenset(f for f in tokens[j].bare if f in nouns or j == i - 1)
        first = next((k for k in range(j - 1) if own and not own.isdisjoint(tokens[k].bare)), None)
        if first is not None and any(t.key in _NEXT_STEP for t in tokens[first + 1 : j]):
            return True
    return False


_NEXT_STEP: Final = frozenset(
    normalize(w) for w in ("ثم", "وبعدها", "ليستهدف", "لتستهدف", "عندما", "حينما", "حين")
)


def _its_rank(tokens: list[Token], i: int) -> bool:
    """ "أن هذا الهجوم يعد الثاني هذا الأسبوع على قافلة للناتو": the told event's rank
    among those of its kind, deemed so, with no other event told after it ("هو الثاني
    من نوعه بعد هجوم استهدف ..." names the first)."""
    return (
        i > 0
        and (tokens[i - 1].key in IS_DEEMED or tokens[i - 1].key in IT_IS)
        and not any(t.key in lx.AFTER for t in tokens[i + 1 :])
    )


# "خشية وقوع أي انفجار آخر": the fear, the happening, "any" and the event before "another"
_PREVENTING_REACH: Final = 4
_PREVENTING: Final = frozenset(
    normalize(w)
    for w in ("تجنبا", "تجنب", "تحسبا", "خشية", "خوفا", "لمنع", "منعا", "لتفادي", "تفاديا")
)


# "الغارة الجوية الثانية": the second (third) of the events told, another one
_THE_NEXT: Final = frozenset(normalize(w) for w in ("الثانية", "الثاني", "الثالثة", "الثالث"))
_STRIKES: Final = frozenset(
    normalize(w)
    for w in ("الغارة", "الهجوم", "العملية", "الضربة", "الهجمة", "الكمين", "المعركة", "الاشتباك")
)
_VARIOUS: Final = frozenset(normalize(w) for w in ("مختلفة", "متفرقة", "عدة"))
_SITES: Final = frozenset(
    normalize(w) for w in ("مواقع", "أماكن", "اماكن", "مناطق", "نقاط", "مراكز", "أنحاء")
)
_SITES_GONE_TO: Final = _SITES | frozenset(
    normalize(w)
    for w in ("مكان", "منطقة", "منطقه", "مدينة", "مدن", "قرية", "قرى", "ولاية", "ولايات")
)


# "واختطف آخر", "وقتل آخر": a verb done to people, and "another" is one more person.
_PERSON_VERBS: Final = frozenset(
    normalize(w)
    for w in (
        *("اختطف", "خطف", "قتل", "أصيب", "اصيب", "جرح", "اعتقل", "أسر", "فقد", "أعدم"),
        # died, of one more: "قتل عشرة حراس في المكان وتوفي آخر متأثرا بجروحه"
        *("توفي", "استشهد", "هلك"),
    )
)


def _another_dead_attacker(tokens: list[Token], i: int) -> bool:
    """ "وقتل انتحاري آخر", "مقتل مهاجم آخر": the word before "another" at i is an
    attacker, counted dead just before him."""
    return (
        i >= 2
        and tokens[i - 1].key in lx.LONE_ATTACKER | _ATTACKER_NOUNS
        and casualty_kind(tokens[i - 2]) == "killed"
    )


_ATTACKER_NOUNS: Final = frozenset(normalize(w) for w in ("انتحاري", "انتحارية", "مهاجم", "مسلح"))


# Verbs by which the speaker told before goes on, opening a sentence.
_SPEAKER_GOES_ON: Final = frozenset(
    normalize(w) for w in ("وأضاف", "وأضافت", "وتابع", "وتابعت", "وأردف", "وأردفت", "واستطرد")
)


def refers_back(facts: SentenceFacts, closed: OpenIncident) -> bool:
    """A sentence after background that names the event told before ("بحادث الاختطاف"),
    or in which the speaker goes on ("وأضاف خوستي قائلا: حاصرتهم القوات الخاصة ..."), with
    no new event or place of its own takes it up again."""
    return (
        (
            facts.back_reference
            or facts.goes_on
            or _a_generic_word_on_it(facts)
            or _its_people_named_again(facts, closed)
            or _its_office_speaks_again(facts, closed)
            or _its_speaker_named_again(facts, closed)
            or _its_first_report(facts, closed)
        )
        and not facts.new_event
        and not facts.background
        and (
            not facts.event_places
            or _same_area(facts.event_places, closed.mentions)
            or _its_province_named(facts.event_places, closed)
            # "وقال نظري إن المعارك تدور قرب مدينة قندوز": the same voice, at another
            # place of the province
            or (
                (facts.goes_on or _its_speaker_named_again(facts, closed))
                and _within_its_province(facts.event_places, closed)
            )
        )
        and compatible(closed.incident.event_type, facts.event_type)
    )


def _its_first_report(facts: SentenceFacts, closed: OpenIncident) -> bool:
    """ "ارتفع عدد قتلى الهجوم الانتحاري في المدينة إلى 20", background, then "وكانت مصادر
    أمنية ذكرت أن انتحاريا هاجم مقرا ...": what had been reported first of the
    event told, of its kind."""
    return (
        facts.first_reported
        and facts.event_type is not None
        and (
            facts.event_type == closed.incident.event_type or facts.event_type in closed.lead_types
        )
    )


def _within_its_province(places: list[PlaceMention], told: OpenIncident) -> bool:
    """Whether every place lies in the province the incident was placed in."""
    loc = told.incident.location
    return loc is not None and all(m.province_pcode == loc.province_pcode for m in places)


def _its_speaker_named_again(facts: SentenceFacts, closed: OpenIncident) -> bool:
    """ "وقال فضل أحمد نظري، عضو مجلس الولاية، إن ...", a word on the war, then "وقال
    نظري ...": the speaker named again by his surname goes on about the event he told."""
    keys = facts.forms.keys.split()[:2]
    return len(keys) == 2 and _a_verb_of_saying(keys[0]) and keys[1] in closed.speakers


def speakers_named(tokens: list[Token]) -> set[str]:
    """The surname of a speaker a sentence names in full after its verb of saying ("وقال
    فضل أحمد نظري، عضو ..."): two names or more, up to punctuation or "إن"."""
    if not tokens or not _a_verb_of_saying(tokens[0].key):
        return set()
    names: list[Token] = []
    for k in range(1, min(len(tokens), 1 + _NAME_WORDS)):
        tok = tokens[k]
        if (
            tok.key in lx.THAT
            or (tok.key.startswith("ال") and not _of_a_compound_name(tokens, k))
            or tok.key in lx.PEOPLE
        ):
            break
        names.append(tok)
        if k + 1 < len(tokens) and punctuated(tokens, k + 1):
            break
    return {names[-1].key} if len(names) >= _FULL_NAME else set()


def _ends_a_quote(text: str) -> bool:
    """Whether the sentence closes a quotation it did not open: "» or "”" before any "«"
    or "“", or one straight quote mark, at its end ("... تبادل لإطلاق النار".")."""
    for char in text:
        if char in "«“":
            return False
        if char in "»”":
            return True
    stripped = text.rstrip(" .!?؟")
    return text.count('"') == 1 and stripped.endswith('"')


def _of_a_compound_name(tokens: list[Token], k: int) -> bool:
    """Whether the word at k, with the article, ends a compound given name: "عطا الله",
    "نور الدين", "عبد الرحمن"."""
    return k > 1 and (tokens[k].key in _NAME_ENDS or tokens[k - 1].key in _SERVANT_OF)


_NAME_ENDS: Final = frozenset(normalize(w) for w in ("الله", "الدين"))
_SERVANT_OF: Final = frozenset(normalize(w) for w in ("عبد", "عبدل"))


def _a_verb_of_saying(key: str) -> bool:
    return key in lx.CLAIM_VERBS_SET or (key[:1] == "و" and key[1:] in lx.CLAIM_VERBS_SET)


_NAME_WORDS: Final = 4  # "عبد الله محمد يوسف": a man's names, up to four words
_FULL_NAME: Final = 2  # a given name and a surname at least


def _its_office_speaks_again(facts: SentenceFacts, closed: OpenIncident) -> bool:
    """ "خطف مسلحون 40 راكبا في منطقة X بإقليم سمنجان", a word on such events, then "وقال
    المتحدث باسم شرطة إقليم سمنجان إن ...": an office of the province the event was
    placed in speaks, with no place of its own: of that event."""
    loc = closed.incident.location
    offices = [m for m in facts.mentions if m.role == roles.OFFICE and m.resolved]
    return (
        loc is not None
        and not facts.event_places
        and bool(offices)
        and all(m.province_pcode == loc.province_pcode for m in offices)
    )


def _its_people_named_again(facts: SentenceFacts, closed: OpenIncident) -> bool:
    """ "قتل ثلاثة جنود في ...", a word of the war's toll, then "وكان الجنود في دورية
    حين ...": the people the lead counted, named again with the article (the same word)
    and not counted, are the ones it told of."""
    if facts.counted or not closed.lead_text:
        return False
    told = set(normalize(closed.lead_text).split())
    return any(
        key.startswith("ال") and key[2:] in told and key[2:] in _PEOPLE_COUNTED
        for key in facts.forms.keys.split()
    )


_PEOPLE_COUNTED: Final = frozenset(lx.PEOPLE) - lx.OF  # ("من" counts people, names none)


def _its_province_named(places: list[PlaceMention], closed: OpenIncident) -> bool:
    """ "استهدف مكتب حاكم الولاية", then "جدير بالذكر أن إقليم نيمروز الذي جرى فيه
    الهجوم ظل هادئا": the province the incident was placed in, named again."""
    loc = closed.incident.location
    return loc is not None and all(
        m.level == "province" and m.province_pcode == loc.province_pcode for m in places
    )


def _a_generic_word_on_it(facts: SentenceFacts) -> bool:
    """ "وتعرض رجال الشرطة لهجوم أثناء توجههم في قافلة": an attack told with no place, no
    dead and no means of its own, after the event told: how that one began."""
    return (
        facts.event_type in ("attack", "other")
        and not facts.counted
        and not facts.mentions
        and not facts.denial
        and not facts.reaction
    )


_AFTER: Final = frozenset(normalize(w) for w in ("بعد", "وبعد"))


def _later_event(tokens: list[Token], markers: list[str]) -> bool:
    """Whether a marker of time tells a later, separate event ("وبعد ساعات من الهجوم
    انفجرت عبوة"). With the told event as its subject before "بعد" ("وجاء الاشتباك بعد
    ساعات من محادثة هاتفية") it dates the event told, and adds none."""
    if not markers:
        return False
    if _LATER.issuperset(markers) and _told_thing_before_later(tokens):
        return False  # "وانفجرت القنبلة لاحقا": the told bomb, a moment later
    if _LATER.issuperset(markers) and any(
        t.key in _FOUND and after.key in _LATER for t, after in pairwise(tokens)
    ):
        return False  # "عثر قرويون لاحقا على 12 جثة": the event's dead, found after it
    if all(_LATE in m for m in markers) and any(t.key in EXPECTED or t.key in WILL for t in tokens):
        # "ومن المتوقع أن تعود الرحلات في وقت لاحق": what is expected later; "وسوف تعلن
        # الحصيلة لاحقا": what will be told later
        return False
    if _claims_the_told_event(tokens):
        # "وأعلنت طالبان مسؤوليتها عن الهجوم ...، حيث قال المتحدث ... بعد ساعات من وقوع
        # الهجوم أن انتحاريا فجر نفسه": the time of the claim, after the event told
        return False
    if any(_AFTER.isdisjoint(m.split()) for m in markers):
        return True
    keys = [t.key for t in tokens]
    # where the marker stands ("بعد ساعات"), not another "بعد" before it ("بعد أن")
    after = next(
        (
            i
            for i, key in enumerate(keys)
            if key in _AFTER and any(" ".join(keys[i : i + len(m.split())]) == m for m in markers)
        ),
        next(i for i, key in enumerate(keys) if key in _AFTER),
    )
    if any(t.key in lx.BACK_REFERENCES for t in tokens[max(0, after - 3) : after]):
        return False
    if any(t.key in lx.FIGHTING for t in tokens[after + 2 : after + 5]):
        # "بعد ساعات من القتال العنيف قتل 30", "بعد ساعات على اندلاع القتال": the fight's
        # length, no later event
        return False
    past = _past_the_while(tokens, after)
    if past is not None and (not _tells_an_event(past) or _its_toll_risen(tokens)):
        # "بعد يومين من تفجير السوق، ظلت المتاجر مغلقة": what held days after the event
        # the span counts from, with no event or toll of its own ("بعد ساعات من الهجوم،
        # ارتفعت حصيلة القتلى إلى 22": its own toll, risen)
        return False
    # "... إلى الفرار بعد ساعات من القتال": the told event's length, no event after it
    return event_type(tokens[after + 4 :]) is not None or after < first_trigger(tokens)


def _past_the_event_counted_from(rest: list[Token]) -> list[Token] | None:
    """The words after the event a span of time is counted from, `rest` being the words
    after the span ("على هذا الحادث، جرح ...", "من تفجير السوق، ظلت ..."): past a word
    that names the told event or its fight within the first few ("الحادث", "القتال"), or
    past an event noun after "من" or "على" and the words of its clause, up to a comma.
    None when no event is named there."""
    told = next(
        (
            i
            for i, t in enumerate(rest[:_TOLD_EVENT_AT])
            if not lx.BACK_REFERENCES_SET.isdisjoint(t.bare) or t.key in lx.FIGHTING
        ),
        None,
    )
    if told is not None:
        return rest[told + 1 :]
    if len(rest) < 2 or rest[0].key not in _SINCE or lx.EVENT_NOUNS.isdisjoint(rest[1].bare):
        return None
    end = next(
        (k for k in range(2, min(_EVENT_NAMED, len(rest))) if punctuation_before(rest, k)), None
    )
    return None if end is None else rest[end:]


def _the_event_after_a_while(tokens: list[Token]) -> str | None:
    """The type of the event a sentence tells after a while counted from another at its
    head ("وبعد يومين من تفجير السوق، هاجم مسلحون حاجزا": an attack, not the bombing the
    while is counted from), or None."""
    if not tokens or tokens[0].key not in _AFTER:
        return None
    past = _past_the_while(tokens, 0)
    return None if past is None else event_type(past)


def _past_the_while(tokens: list[Token], after: int) -> list[Token] | None:
    """The words past a while counted from an event, "بعد" standing at `after` ("بعد
    يومين من تفجير السوق، ..."), or None when no event is named after "من"/"على"."""
    since = next(
        (k for k in range(after + 1, min(after + 4, len(tokens))) if tokens[k].key in _SINCE),
        None,
    )
    return None if since is None else _past_the_event_counted_from(tokens[since:])


def _its_toll_risen(tokens: list[Token]) -> bool:
    """Whether the sentence tells the told event's toll risen ("ارتفعت حصيلة قتلى التفجير
    إلى 22"), whatever while after it."""
    return toll_revised_of_the_told_event(tokens, all_forms(tokens).forms)


def _tells_an_event(tokens: list[Token]) -> bool:
    """Whether the words tell an event by its word or its dead and wounded."""
    return event_type(tokens) is not None or any(casualty_kind(t) is not None for t in tokens)


_SINCE: Final = frozenset(normalize(w) for w in ("من", "على"))  # "بعد ساعات على اندلاع"
_EVENT_NAMED: Final = 7  # "من هجوم طالبان على مخفر المديرية،": "من", the event, its words
_TOLD_EVENT_AT: Final = 4  # "على هذا الحادث": "على", a demonstrative, the event


_LATE: Final = normalize("لاحق")  # in "لاحقا", "في وقت لاحق"


def _claims_the_told_event(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a claim of the event told: a verb of telling, the
    claim and "عن" with a definite event ("وأعلنت حركة طالبان مسؤوليتها عن الهجوم")."""
    if not tokens or lx.CLAIM_VERBS_SET.isdisjoint(tokens[0].bare):
        return False
    head = tokens[:_CLAIM_HEAD]
    return any(
        t.key in lx.RESPONSIBILITY and after.key in _ABOUT and after2.key in lx.BACK_REFERENCES_SET
        for t, after, after2 in zip(head, head[1:], head[2:], strict=False)
    ) or (
        # "وتبنت حركة طالبان هذا الهجوم": the event told adopted, by a demonstrative
        not _ADOPTED.isdisjoint(tokens[0].bare)
        and any(
            t.key in lx.DEMONSTRATIVES and after.key in lx.BACK_REFERENCES_SET
            for t, after in pairwise(head)
        )
    )


_ADOPTED: Final = frozenset(normalize(w) for w in ("تبنت", "تبنى", "تبنوا"))


_CLAIM_HEAD: Final = 8  # "وأعلنت الحركة المتشددة مسؤوليتها عن التفجير"
_ABOUT: Final = frozenset(normalize(w) for w in ("عن",))


def _after_a_counted_while(tokens: list[Token]) -> bool:
    """ "وبعد اربع ساعات على هذا الحادث، جرح ثلاثة جنود بانفجار عبوة": a while counted
    after the told event, at the head of the sentence, and an event of its own told after
    it: a later event. "وبعد أربعة أيام من الهجوم أعلنت طالبان مسؤوليتها" tells none."""
    words = [t.text for t in tokens]
    for k in range(min(2, len(tokens) - 1)):
        if tokens[k].key not in _AFTER:
            continue
        count = numbers.number_at(words, k + 1)
        span = count.last + 1 if count is not None else k + 1
        if span >= len(tokens) or tokens[span].key not in lx.SPANS_OF_TIME:
            continue
        if count is None and tokens[span].key not in _TWO_SPANS:
            return False  # "بعد ساعات" uncounted is a marker of its own (`_later_event`)
        rest = tokens[span + 1 :]
        past = _past_the_event_counted_from(rest)
        return event_type(rest if past is None else past) is not None and not _its_toll_risen(
            tokens
        )
    return False


_TWO_SPANS: Final = frozenset(normalize(w) for w in ("ساعتين", "يومين", "أسبوعين"))
_LATER: Final = frozenset(normalize(w) for w in ("لاحقا",))
_FOUND: Final = frozenset(normalize(w) for w in ("عثر", "عثروا", "عثرت", "وعثر", "وجدوا", "وجد"))


def _told_thing_before_later(tokens: list[Token]) -> bool:
    """A back-reference ("القنبلة", "الهجوم") told before "لاحقا" in the sentence, or an
    event and "ثم" ("فجر سترته الناسفة أولا ثم انفجرت سيارة مفخخة لاحقا"): the steps of
    one event."""
    later = next((k for k, t in enumerate(tokens) if t.key in _LATER), 0)
    if any(t.key in lx.BACK_REFERENCES for t in tokens[:later]):
        return True
    then = next((k for k in range(later) if tokens[k].key in _THEN), None)
    return then is not None and event_type(tokens[:then]) is not None


def _its_people_at_another_place_of_its_province(
    facts: SentenceFacts, current: OpenIncident | None
) -> bool:
    """ "قتل ثلاثة أطفال بقذائف أطلقها مسلحون على مدينة قندوز", then "إن الأطفال قتلوا
    حين سقطت قذيفة على بيتهم في مديرية علي آباد": the people told, named again with the
    event, at another place of the province: where they died, the same event."""
    return (
        current is not None
        and facts.people_again
        and facts.back_reference
        and _within_its_province(facts.event_places, current)
    )


def _the_speaker_goes_on_in_the_province(
    facts: SentenceFacts, current: OpenIncident | None
) -> bool:
    """ "مشيرا إلى أن بعض القذائف سقطت في أسد آباد، عاصمة كونار": the speaker of the
    sentence before goes on (or one of its speakers is named again, "وقال نظري"), at
    another place of the open incident's province."""
    return (
        current is not None
        and (
            _first_key(facts) in lx.GOING_ON
            # "وأضاف أن معارك شرسة استمرت ساعات في منطقة سيد" (dead of their own, told with
            # no word naming the event told, are another event's: "وتابع البيان أن 12 مسلحا
            # قتلوا في قصف جوي في حسين آباد")
            or (facts.goes_on and (not facts.counted or facts.back_reference))
            or _its_speaker_named_again(facts, current)
        )
        and _within_its_province(facts.event_places, current)
    )


def placed_again_by_an_official_there(
    facts: SentenceFacts, current: OpenIncident | None
) -> PlaceMention | None:
    """ "قتل 11 مدنيا بانفجار عبوة في ولاية قندهار", then "وأوضح الناطق باسم والي هلمند أن
    الهجوم كان في خان نشين": the event told again, with no toll of its own, at a
    district by an official of that district's province is there, whatever province the
    open incident was told at (and not narrowed below it): that district's mention, else
    None."""
    if (
        current is None
        or not facts.back_reference
        # (a toll of its own, or an earlier time, tell another event: "قال متحدث باسم حاكم
        # هلمند إن العملية في ناد علي أسفرت عن مقتل 12", "الهجوم الذي وقع ... الأسبوع الماضي")
        or facts.counted
        or facts.dated_earlier
    ):
        return None
    loc = current.incident.location
    if loc is None or loc.level != "province":
        return None
    offices = {m.province_pcode for m in facts.mentions if m.role == roles.OFFICE}
    return next(
        (
            m
            for m in facts.afghan_places
            if m.role == roles.EVENT
            and m.district_pcode is not None
            and m.province_pcode in offices
        ),
        None,
    )


def _office_of_the_name(facts: SentenceFacts, m: PlaceMention) -> bool:
    """An office named with the place in construct ("المتحدث باسم شرطة العاصمة كابل"), not
    one seated in it ("السفير الأمريكي في كابول", "سفارة تركيا في كابول")."""
    before = facts.sentence.text[: m.start - facts.sentence.start].split()
    while before and normalize(before[-1]) in lx.THE_CAPITAL:
        before = before[:-1]
    return bool(before) and normalize(before[-1]) not in lx.IN and not m.text.startswith("ب")


def _at_a_base(facts: SentenceFacts, m: PlaceMention) -> bool:
    """ "قال للصحفيين في قاعدة باجرام": a speaker at a base or an airport, where the
    forces' command sits; no official of the base's province."""
    before = facts.sentence.text[: m.start - facts.sentence.start].split()[-2:]
    return len(before) == 2 and normalize(before[0]) in lx.IN and normalize(before[1]) in _BASES


_BASES: Final = frozenset(normalize(w) for w in ("قاعدة", "معسكر", "مطار"))
_THEN: Final = frozenset(normalize(w) for w in ("ثم",))


def _names_the_told_event(tokens: list[Token]) -> bool:
    """A back-reference before the sentence's own trigger names the event told before
    ("من جهة أخرى، أكد المتحدث أن الهجوم ..."); after it, the sentence's own event ("من جهة
    أخرى، أعلن الحلف مقتل جندي في انفجار عبوة دون أن يحدد مكان الانفجار")."""
    first = first_trigger(tokens)  # the trigger itself may be definite: "القصف الجوي"
    # "من ناحية أخرى، أكد الناطق هجوم طالبان على الشرطة": a singular event noun in
    # construct with the group's name is definite, the attack told ("اشتباكات طالبان مع
    # داعش", in the plural, may be others)
    if (
        first + 1 < len(tokens)
        and tokens[first + 1].key in _GROUP_NAMES
        and any("ال" + f in lx.BACK_REFERENCES_SET for f in tokens[first].bare)  # "بهجوم" too
        and not tokens[first].key.startswith("ال")
        and not tokens[first].key.endswith("ات")
    ):
        return True
    # "كما أصيب في انفجار القنبلة": a trigger noun in construct with a definite noun of
    # the told event is definite too, that event
    if first + 1 < len(tokens) and not tokens[first].key.startswith("ال"):
        first += 1
    # "كما أشار إلى إصابة امرأة بالهجوم": the told event with a preposition glued on
    return any(
        not lx.BACK_REFERENCES_SET.isdisjoint(t.bare) and not _lying_there(tokens, k)
        for k, t in enumerate(tokens[: first + 1])
    )


def _an_event_described_anew(tokens: list[Token]) -> bool:
    """Whether the first definite event noun is told with a clause that brings in a new
    target ("من جهة أخرى، نفت الحركة صلتها بالتفجير الانتحاري الذي استهدف سوقا ..."):
    after a turn to another matter, an event so described is another, not the one told
    ("... الهجوم الذي استهدف المسجد", its target definite, is the one told)."""
    k = next(
        (k for k, t in enumerate(tokens) if not lx.BACK_REFERENCES_SET.isdisjoint(t.bare)), None
    )
    if k is None:
        return False
    relative = next(
        (
            j
            for j in range(k + 1, min(len(tokens), k + 1 + _DESCRIBED_AFTER))
            if tokens[j].key in lx.RELATIVES
        ),
        None,
    )
    if relative is None:
        return False
    # the verb, then its object past the time it names ("استهدف الجمعة سوقا")
    after = [
        t
        for t in tokens[relative + 2 : relative + 2 + _OBJECT_REACH]
        if t.key not in _TIMES and all(f not in lx.WEEKDAYS for f in t.bare)
    ]
    return bool(after) and _an_indefinite_noun(after[0])


def _an_indefinite_noun(token: Token) -> bool:
    """Whether the word is a noun without the article ("سوقا", "مسجدا", "قافلة"): not a
    particle, nor a word with the article."""
    key = token.key
    return (
        not key.startswith("ال")
        and key not in lx.IN_ANY
        and key not in _PARTICLES
        and len(key) > _PARTICLE_LENGTH
    )


_DESCRIBED_AFTER: Final = 2  # "الهجوم الانتحاري الذي": the noun, an adjective, "الذي"
_OBJECT_REACH: Final = 3  # "استهدف مساء الجمعة سوقا": two words of time, then the object
_TIMES: Final = frozenset(normalize(w) for w in ("أمس", "اليوم", "مساء", "صباح", "ليل", "فجر"))
_PARTICLES: Final = frozenset(
    normalize(w) for w in ("على", "إلى", "من", "عن", "مع", "قرب", "أمام", "داخل", "خلال", "أثناء")
)
_PARTICLE_LENGTH: Final = 2


def _lying_there(tokens: list[Token], k: int) -> bool:
    """Whether "الواقعة" at k is the participle "lying" after a noun with the article
    ("في القرى الواقعة شمال المدينة"), not "the incident"."""
    return (
        tokens[k].key in _LYING
        and k > 0
        and tokens[k - 1].key.startswith("ال")
        and k + 1 < len(tokens)
        and (tokens[k + 1].key in lx.IN_ANY or tokens[k + 1].key in _BEARINGS)
    )


_LYING: Final = frozenset(normalize(w) for w in ("الواقعة", "الواقع"))
# a bearing or a preposition of where it lies: "الواقعة شمال المدينة", "الواقعة على الحدود"
_BEARINGS: Final = roles.DIRECTIONS | frozenset(normalize(w) for w in ("على", "إلى", "الى", "قرب"))


_GROUP_NAMES: Final = frozenset(normalize(w) for w in ("طالبان", "داعش", "الحركة", "التنظيم"))


def _during_the_fighting(tokens: list[Token]) -> bool:
    """ "كما لقي 4 من أفراد الأمن مصرعهم ... خلال الاشتباكات التي استمرت ساعتين": more
    dead during the fighting told, named definite after "خلال"/"أثناء"/"في"."""
    return any(a.key in lx.DURING and b.key in lx.THE_FIGHTING for a, b in pairwise(tokens))


def _refers_back(tokens: list[Token], *, own_event: bool, names_at: frozenset[int]) -> bool:
    """Whether a word names the event told before ("وأسفر الهجوم عن ..."). In a sentence
    that tells a place or a toll of its own (`own_event`), the word may name the sentence's
    own event, told indefinite before it: "قتلت 11 مسلحا في عملية بولاية قندهار ... أصيبت
    امرأة خلال العملية" is one event, the operation just named. `names_at`: where the
    place names of the sentence start."""
    if _a_site_told_lies_there(tokens, names_at=names_at):
        return True
    if people_told_before(tokens):
        return True  # "وعثر على جثث الرجال الأربعة": the four men told before
    for k, tok in enumerate(tokens):
        noun = definite(tok.key)
        if noun not in lx.BACK_REFERENCES_SET:
            continue
        if k > 0 and definite(tokens[k - 1].key) in _BALL:
            continue  # "مباراة للكرة الطائرة": volleyball, no plane
        if _lying_there(tokens, k):
            continue
        if k > 1 and tokens[k - 1].key in lx.OF and tokens[k - 2].key in _SERIES:
            continue  # "ضمن موجة من الهجمات": a series, no event told before
        if _the_means_of_an_event_told(tokens, k) or _its_means_named_again(tokens, k, noun):
            continue
        if not (
            own_event
            and noun.startswith("ال")
            and (
                _told_indefinite(tokens[: k + 1], noun[2:], names_at=names_at)
                # "وقع تفجير انتحاري ...، مشيرا إلى أن المهاجم فجر نفسه": the bomber of
                # the suicide bombing the sentence has just told
                or (noun in _THE_BOMBER and any(t.key in BOMBERS for t in tokens[:k]))
                # "وقوع اشتباك مع مسلحين ... مما أسفر عن مقتل عدد منهم بهذه العملية":
                # "this operation" is the clash the sentence has just told
                or (
                    noun in _GENERIC_EVENTS
                    and k > 0
                    and tokens[k - 1].key in lx.DEMONSTRATIVES
                    and _an_event_told_indefinite(tokens[:k])
                )
            )
        ):
            return True
    return False


_SERIES: Final = frozenset(normalize(w) for w in ("موجة", "سلسلة", "حلقة", "حملة"))
# The one who blew himself up, named again after the suicide bombing told indefinite
# (`BOMBERS`) before him.
_THE_BOMBER: Final = frozenset(
    normalize(w) for w in ("المهاجم", "الانتحاري", "المفجر", "الانتحارية")
)


def _away_from_the_site(tokens: list[Token]) -> bool:
    """Whether the sentence opens at a distance from the site of the event told ("وعلى
    مسافة ثلاثة كيلومترات من موقع الانفجار، قتل ..."): what it tells happened elsewhere."""
    head = tokens[:_AWAY_REACH]
    return any(
        t.key in _SITE_WORDS
        and k + 1 < len(head)
        and definite(head[k + 1].key) in lx.BACK_REFERENCES_SET
        and any(not lx.AWAY.isdisjoint(u.bare) for u in head[:k])
        for k, t in enumerate(head)
    )


_SITE_WORDS: Final = frozenset(normalize(w) for w in ("موقع", "مكان", "موضع"))
_AWAY_REACH: Final = 8  # "وعلى مسافة ثلاثة كيلومترات من موقع": "مسافة", a count, "من", the site


def _claimed_by_its_place(tokens: list[Token], *, names_at: frozenset[int]) -> bool:
    """Whether a claim names an event by its place, the event noun in construct with the
    name ("وتبنى متمردو طالبان مسؤولية هجوم زابل"): the event told there before."""
    return any(
        tokens[k].key in _BACK_REFERENCES_INDEFINITE
        and tokens[k + 1].start in names_at
        and not _RESPONSIBILITY.isdisjoint(tokens[k - 1].bare)
        for k in range(1, len(tokens) - 1)
    )


def _the_means_of_an_event_told(tokens: list[Token], k: int) -> bool:
    """ "في هجوم بالقنبلة غرب البلاد": a definite noun after "ب" right after an event
    noun told indefinite names the means of that event, not an event told before; so does
    one a few words after the verb of attack the sentence opens on, and its object
    ("واستهدف المسلحون المطار الجوي بالصواريخ")."""
    if k == 0 or not tokens[k].key.startswith("بال"):
        return False
    if not tokens[k - 1].key.startswith("ال") and not lx.EVENT_NOUNS.isdisjoint(tokens[k - 1].bare):
        return True
    return k <= _MEANS_REACH and not lx.SINGLE_TRIGGERS.isdisjoint(tokens[0].bare)


def _its_means_named_again(tokens: list[Token], k: int, noun: str) -> bool:
    """Whether the definite noun at k names again the means the sentence told earlier
    with "ب" after its own verb ("استهدف ... بالصواريخ، فأصابت إحدى الصواريخ مخزنا")."""
    return any(
        t.key == "ب" + noun and _the_means_of_an_event_told(tokens, j)
        for j, t in enumerate(tokens[:k])
    )


# The verb of attack a sentence opens on, and how far its means may come after it
# ("واستهدف المسلحون ليلة الأحد القاعدة الجوية بالصواريخ": subject, time, object).
_MEANS_REACH: Final = 8


_BACK_REFERENCES_INDEFINITE: Final = frozenset(
    n[2:] for n in lx.BACK_REFERENCES_SET if n.startswith("ال")
)
_RESPONSIBILITY: Final = frozenset(lx.RESPONSIBILITY)
_BALL: Final = frozenset(normalize(w) for w in ("الكرة", "للكرة", "كرة"))


def _dated_past_by_its_clause(tokens: list[Token], k: int) -> bool:
    """Whether the event noun at k is dated by its own relative clause to a past week or
    month ("التفجير الانتحاري الذي وقع في الأسبوع الماضي في كابول"): an earlier event,
    not the one told."""
    if definite(tokens[k].key) not in lx.BACK_REFERENCES_SET:
        return False
    after = tokens[k + 1 : k + 1 + _DATED_REACH]
    relative = next((n for n, t in enumerate(after) if t.key in lx.RELATIVES), None)
    if relative is None:
        return False
    return any(a.key in lx.PAST_SPANS and b.key in lx.LAST for a, b in pairwise(after[relative:]))


_DATED_REACH: Final = 8  # "الانتحاري الذي وقع في الأسبوع الماضي": an adjective, the clause


def _an_event_of_a_past_span(tokens: list[Token]) -> bool:
    """ "وتبنى تنظيم داعش هجوما وقع الأسبوع الماضي في العاصمة": an event told indefinite,
    its clause ("وقع") dating it to a past week or month, is another event than the news's
    (the definite one, "الهجوم الذي وقع الأسبوع الماضي", may be the told one named)."""
    return any(
        tokens[k].key in _INDEFINITE_EVENTS
        and not lx.HAPPENED.isdisjoint(tokens[k + 1].bare)
        and any(
            a.key in lx.PAST_SPANS and b.key in lx.LAST
            for a, b in pairwise(tokens[k + 2 : k + 2 + _SPAN_REACH])
        )
        for k in range(len(tokens) - 2)
    )


# Events told indefinite, in the nominative or the accusative ("هجوما وقع ...").
_INDEFINITE_EVENTS: Final = frozenset(
    normalize(w) for w in ("هجوم", "هجوما", "تفجير", "تفجيرا", "انفجار", "انفجارا", "اعتداء")
)
_SPAN_REACH: Final = 3  # "وقع في الأسبوع الماضي"


def _told_in_a_past_span(current: OpenIncident) -> bool:
    """Whether the open incident was told in a past week or month ("غارة جوية نفذت
    الأسبوع الماضي"), not on a day or undated."""
    told = f"{current.incident.date or ''} {current.lead_text}"
    return not lx.PAST_SPANS.isdisjoint(normalize(told).split())


_GENERIC_EVENTS: Final = frozenset(normalize(w) for w in ("العملية", "الحادث", "الحادثة", "الهجوم"))


def _an_event_told_indefinite(tokens: list[Token]) -> bool:
    """Whether the words tell an event by a noun without the article ("وقوع اشتباك")."""
    return any(
        not tok.key.startswith("ال") and not _EVENT_WORDS.isdisjoint(tok.bare) for tok in tokens
    )


_EVENT_WORDS: Final = frozenset(
    normalize(w) for w in ("اشتباك", "اشتباكات", "هجوم", "غارة", "انفجار", "تفجير", "كمين")
)


def _a_site_told_lies_there(tokens: list[Token], *, names_at: frozenset[int]) -> bool:
    """ "يقع السد في منطقة كاروخ", "وتقع القاعدة قرب ... في مقاطعة باروان": where a site
    told before lies, the definite noun its subject, is the place of the event told there.
    A place by its name ("وتقع هرات قرب الحدود") or its unit word ("ويقع إقليم فراه")
    tells the country's lie of the land instead."""
    return (
        len(tokens) > 1
        and tokens[0].key in lx.LIES
        and tokens[1].key.startswith("ال")
        and tokens[1].start not in names_at
    )


def _told_indefinite(tokens: list[Token], noun: str, *, names_at: frozenset[int]) -> bool:
    """Whether the words before the last name `noun` without the article ("عملية",
    "بعملية", "هجوما"), and not in construct with a place ("هجوم سبين بولدك" is the
    attack known by its place)."""
    return any(
        (noun in tok.bare or tok.key == noun + "ا") and tokens[k + 1].start not in names_at
        for k, tok in enumerate(tokens[:-1])
    )


def _event_markers(tokens: list[Token], markers: list[str]) -> list[str]:
    """The markers of a separate event, less "منفصل" said of a statement ("أكدت إيساف في
    بيان منفصل أن ..."): a separate statement on the same event; and less "لاحقا" / "في
    وقت لاحق" told of a voice ("لكن مصدرا طبيا قال في وقت لاحق إن"): a later word."""
    if markers and (_said_later(tokens) or _the_fighting_went_on(tokens)):
        markers = [m for m in markers if m not in _SAID_LATER_MARKERS]
    if markers and _after_days_of_fighting(tokens):
        # "استولوا على مركز المديرية بعد يومين من الهجمات": how long it took, no event
        # days later
        markers = [m for m in markers if m not in _DAYS_LATER_MARKERS]
    if not markers or lx.SEPARATE.isdisjoint(markers):
        return markers
    # (nor of things struck one by one in the event: "أطلقوا الرصاص على أربع سيارات منفصلة")
    of_statement = any(
        tok.key in lx.SEPARATE
        and k > 0
        and not (_STATEMENTS | _THINGS_APART).isdisjoint(tokens[k - 1].bare)
        for k, tok in enumerate(tokens)
    )
    return [m for m in markers if m not in lx.SEPARATE] if of_statement else markers


def _after_days_of_fighting(tokens: list[Token]) -> bool:
    """Whether "بعد يومين" (or hours, a day) is followed by "من" and the fighting that
    lasted that long ("بعد يومين من الهجمات المتواصلة")."""
    return any(
        tokens[k].key in _AFTER_SPANS
        and tokens[k + 1].key in lx.OF
        and not _FIGHTING_SPANS.isdisjoint(tokens[k + 2].bare)
        for k in range(1, len(tokens) - 2)
        if tokens[k - 1].key in lx.AFTER
    )


_AFTER_SPANS: Final = frozenset(normalize(w) for w in ("يوم", "يومين", "ساعات"))
_DAYS_LATER_MARKERS: Final = frozenset(normalize(w) for w in ("بعد يوم", "بعد يومين", "بعد ساعات"))
_FIGHTING_SPANS: Final = lx.FIGHTING | frozenset(normalize(w) for w in ("الهجمات", "هجمات"))


# Vehicles and houses, the things an attack may strike several of at once
_THINGS_APART: Final = frozenset(
    normalize(w)
    for w in ("سيارات", "مركبات", "آليات", "حافلات", "شاحنات", "منازل", "بيوت", "ناقلات")
)


def _the_fighting_went_on(tokens: list[Token]) -> bool:
    """ "وتدخلت القوات الأمنية لاحقا مرة أخرى، واستمرت الاشتباكات حتى منتصف الليل": the
    battle told went on; what came later is of that battle."""
    return any(
        tok.key in _WENT_ON and any(t.key in lx.THE_FIGHTING for t in tokens[k + 1 : k + 3])
        for k, tok in enumerate(tokens)
    )


_WENT_ON: Final = frozenset(
    normalize(w) for w in ("استمرت", "واستمرت", "استمر", "واستمر", "تواصلت", "وتواصلت", "تواصل")
)


def _said_later(tokens: list[Token]) -> bool:
    """Whether "لاحقا" / "في وقت لاحق" follows a verb of saying ("قال في وقت لاحق") or of
    dying of one's wounds ("أصيب بجروح خطيرة وتوفي في وقت لاحق"): the told event's. So
    too after the claim of it ("أعلنت طالبان مسؤوليتها عن الهجوم في وقت لاحق") and in a
    sentence opened by a verb of saying before what is said ("واكد متحدث باسم الوزارة في
    وقت لاحق ان الجنود ..."): the telling is later, not the event."""
    said_first = bool(tokens) and any(f in lx.CLAIM_VERBS for f in tokens[0].bare)
    return any(
        (
            # the verb right before, or before its subject ("وتوفي سائقه في وقت لاحق")
            any(
                f in lx.CLAIM_VERBS or f in lx.DIED
                for j in (k - 1, k - 2)
                if j >= 0
                for f in tokens[j].bare
            )
            or any(u.key in lx.RESPONSIBILITY for u in tokens[max(0, k - _CLAIM_REACH) : k])
            # "متوقعا الإعلان عن مزيد من التفاصيل في وقت لاحق": details to be told later
            or any(u.key in _ANNOUNCING for u in tokens[max(0, k - _ANNOUNCING_REACH) : k])
            or (said_first and not any(u.key in lx.THAT for u in tokens[:k]))
            # "وفي وقت لاحق، تبنت حركة طالبان التفجيرين": the verb of saying after it
            or _said_after_later(tokens, k)
        )
        and (t.key == _LATER_WORD or _in_a_later_time(tokens, k))
        for k, t in enumerate(tokens)
    )


def _in_a_later_time(tokens: list[Token], k: int) -> bool:
    """Whether "في وقت لاحق" (or "وفي وقت لاحق") stands at k."""
    keys = [u.key for u in tokens[k : k + 3]]
    return keys in (_IN_A_LATER_TIME, _AND_IN_A_LATER_TIME)


def _said_after_later(tokens: list[Token], k: int) -> bool:
    """Whether the sentence opens on "later" at k and a verb of saying follows it."""
    if k > 0:
        return False
    after = k + 3 if _in_a_later_time(tokens, k) else k + 1
    return after < len(tokens) and any(f in lx.CLAIM_VERBS for f in tokens[after].bare)


_CLAIM_REACH: Final = 4  # "مسؤوليتها عن الهجوم في وقت لاحق": the claim, its object, then "later"
_ANNOUNCING: Final = frozenset(normalize(w) for w in ("الإعلان", "إعلان", "بالإعلان", "الكشف"))
_ANNOUNCING_REACH: Final = 5  # "نشر التفاصيل عن الحادث لاحقا"


_LATER_WORD: Final = normalize("لاحقا")
_IN_A_LATER_TIME: Final = [normalize(w) for w in ("في", "وقت", "لاحق")]
_AND_IN_A_LATER_TIME: Final = [normalize(w) for w in ("وفي", "وقت", "لاحق")]
_SAID_LATER_MARKERS: Final = frozenset(
    {_LATER_WORD, " ".join(_IN_A_LATER_TIME), " ".join(_AND_IN_A_LATER_TIME)}
)


_STATEMENTS: Final = frozenset(
    normalize(w) for w in ("بيان", "تصريح", "تصريحات", "حديث", "رسالة", "مؤتمر", "تقرير")
)


def second_clause(tokens: list[Token]) -> int:
    """Where a clause of when ("عندما", "حينما") or the speaker's further word ("موضحا
    أن", "مشيرا إلى") opens, past the first words; else the sentence's end."""
    return next(
        (k for k, t in enumerate(tokens) if k > 2 and t.key in _SECOND_CLAUSE_OPENERS),
        len(tokens),
    )


# a clause of when, or of while ("بينما كانوا يتعرضون لضغط"): the setting
_WHEN_OR_WHILE: Final = lx.WHEN | {normalize("بينما")}
# "وهو نفس الإقليم الذي قتل فيه ثلاثة جنود في هجوم مماثل": a word on the place told
_AND_IT_IS: Final = frozenset(normalize(w) for w in ("وهو", "وهي"))
_SECOND_CLAUSE_OPENERS: Final = _WHEN_OR_WHILE | lx.GOING_ON | _AND_IT_IS


def _besides_that(tokens: list[Token]) -> bool:
    """ "إلى ذلك، أعلن مسؤول أن هجوما ...": a wire turns to its next item; so do "في سياق
    متصل" (a related one) and "من جانب آخر" at the head, or "من جانب" cut short before
    the event's own verb ("من جانب قتل جندي نيوزيلندي ..."). ("إلى جانب جندي آخر" counts
    one more, in the same event.)"""
    to, that = lx.BESIDES_THAT
    if len(tokens) > 1 and tokens[0].key in to and tokens[1].key in that:
        return True
    # "في سياق متصل، أعلنت الداخلية ...", "وفي تطور ذي صلة": the next, related item
    # ("في نفس السياق", "في السياق ذاته": the same one)
    head = tokens[:4]
    if any(
        not lx.FRAMES.isdisjoint(t.bare)
        and (
            (k + 1 < len(head) and head[k + 1].key in _RELATED)
            or (k > 0 and head[k - 1].key in _SAME)
        )
        for k, t in enumerate(head)
    ):
        return True
    # "وفي الوقت نفسه، قال مسؤول إن طالبان سيطرت على منطقة شهرك", "وفي غضون ذلك":
    # meanwhile, elsewhere
    meanwhile = next((n for n in (3, 2) if tuple(t.key for t in tokens[:n]) in _MEANWHILE), None)
    if meanwhile is not None:
        # "وفي الوقت نفسه، أفادت وكالة أنباء ... بمقتل ستة بانفجار في قندوز": another
        # outlet's account at the same time, no other matter
        return not _an_outlet_tells(tokens[meanwhile : meanwhile + 2])
    return (
        len(tokens) > 2
        and tokens[0].key in _FROM
        and tokens[1].key in _SIDE
        and (
            tokens[2].key in lx.ANOTHER
            or casualty_kind(tokens[2]) is not None
            or tokens[2].key in lx.SINGLE_TRIGGERS
        )
    )


def _an_outlet_tells(head: list[Token]) -> bool:
    """ "أفادت وكالة", "ذكرت قناة": a verb of telling, then a news outlet."""
    return (
        len(head) == 2
        and not lx.CLAIM_VERBS_SET.isdisjoint(head[0].bare)
        and head[1].key in lx.OUTLETS
    )


_FROM: Final = frozenset(normalize(w) for w in ("من", "ومن"))
_RELATED: Final = frozenset(
    normalize(w) for w in ("متصل", "ذي", "مواز", "مماثل", "متصلة", "ذاته", "نفسه")
)
_SAME: Final = frozenset(normalize(w) for w in ("نفس",))
_MEANWHILE: Final = frozenset(
    tuple(normalize(w) for w in phrase.split())
    for phrase in (
        *("وفي الوقت نفسه", "في الوقت نفسه", "وفي الوقت ذاته", "في الوقت ذاته"),
        *("وفي غضون ذلك", "في غضون ذلك", "وفي الأثناء", "في الأثناء", "وفي هذه الأثناء"),
    )
)
_SIDE: Final = frozenset(normalize(w) for w in ("جانب",))


def _of_the_attackers(tokens: list[Token]) -> bool:
    """ "كما قتل خمسة من المهاجمين": the attackers belong to the event told."""
    return any(f in lx.ATTACKERS for t in tokens for f in t.bare)


def _also_opens(tokens: list[Token]) -> bool:
    """ "كما خطف مسلحون ..." at the head of a sentence adds another event; "كما أفاد
    قائد الشرطة" adds another voice."""
    if tokens[0].key not in lx.ALSO_OPENERS:
        return False
    return len(tokens) < 2 or not any(f in lx.CLAIM_VERBS for f in tokens[1].bare)


def _another_voice_opens(tokens: list[Token]) -> bool:
    """ "كما أعلنت مصادر ...", "كما قال مسؤولون ...": one more voice, at the head."""
    return (
        len(tokens) > 1
        and tokens[0].key in lx.ALSO_OPENERS
        and any(f in lx.CLAIM_VERBS for f in tokens[1].bare)
    )


def _announced_also(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a verb of announcing whose words before "أن"/"إن" say
    "also" ("وأعلنت شرطة هرات صباحا أيضا أن ..."); "وقال المتحدث أيضا إن" is the same
    voice going on."""
    if not tokens or tokens[0].key not in _ANNOUNCED:
        return False
    for tok in tokens[1 : 1 + _ANNOUNCER_REACH]:
        if tok.key in lx.THAT:
            return False
        if tok.key in lx.ALSO:
            return True
    return False


_ANNOUNCER_REACH: Final = 5  # "وأعلنت | شرطة | هرات | صباحا | أيضا"
_ANNOUNCED: Final = frozenset(normalize(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت"))


def _by_the_same_voice(tokens: list[Token]) -> bool:
    """ "كما أصيب 31 من مسلحي الحركة وفق المتحدث نفسه": more figures by the voice told
    before, of the event it told."""
    return any(
        tok.key in ACCORDING and any(t.key in lx.SAME for t in tokens[k + 2 : k + 4])
        for k, tok in enumerate(tokens)
    )


def _also_an_event(tokens: list[Token]) -> bool:
    """ "بيد أن هناك أيضا تفجيرا مميتا في مدينة هيرات", "ووقع أيضا انفجار": there was
    also an event, named without the article: one more event ("أصيبوا أيضا خلال عمليات
    القصف" adds wounded to the strikes told)."""
    return any(
        tok.key in lx.ALSO
        and k > 0
        and tokens[k - 1].key in _THERE_WAS
        and any(
            not t.key.startswith("ال")
            and not lx.EVENT_NOUNS.isdisjoint(t.bare[:1])
            and lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare)
            for t in tokens[k + 1 : k + 3]
        )
        for k, tok in enumerate(tokens)
    )


_THERE_WAS: Final = frozenset(
    normalize(w) for w in ("هناك", "وهناك", "وقع", "وقعت", "ووقع", "ووقعت", "جرى", "وجرى")
)


def _also_at_a_place(tokens: list[Token]) -> bool:
    """ "وفي فرح أيضا، قتل 11 مسلحا": "also" right after the frame of a place at the head of
    a sentence of dead adds another event there."""
    return (
        len(tokens) > 3
        and tokens[0].key in lx.IN_FRAMES
        and any(t.key in lx.ALSO for t in tokens[2:5])
        and any(casualty_kind(t) is not None for t in tokens[3:])
    )


def _a_place_frame_opens(tokens: list[Token], places: list[PlaceMention], *, text: str) -> bool:
    """ "وفي جلال أباد، عاصمة ننغرهار، أصيب شرطي و6 مدنيين إثر انفجار ريكشا": a sentence
    that opens on the frame of a place, set off by a comma, turns to another event there
    (the caller asks for dead or wounded of its own and no word naming the told event)."""
    first = _the_place_it_opens_on(tokens, places) if len(tokens) >= 5 else None
    if first is None:
        return False
    # the comma right after the name, or after an adjective of it ("في ولاية هلمند
    # المجاورة، ..."), or after the province it is the capital of ("وفي جلال آباد عاصمة
    # ولاية ننغرهار المجاورة لكونار، ...")
    end = first.end
    after = [t for t in tokens if t.start >= first.end]
    capital = bool(after) and after[0].key in _CAPITAL_OF
    for tok in after[: _CAPITAL_WORDS if capital else _FRAME_ADJECTIVES]:
        if any(mark in text[end : end + 2] for mark in "،,"):
            return True
        if tok is after[0] and casualty_kind(tok) is not None:
            return True  # "وفي جنوبي هلمند قتل جنديان ...": the verb of the dead right after
        in_a_name = any(m.start <= tok.start < m.end for m in places)
        if not (
            tok.key.startswith("ال")
            or (capital and (tok.key in _CAPITAL_OF or unit_level(tok) or in_a_name))
            or (capital and tok.key.startswith("ل"))  # "المجاورة لكونار"
        ):
            return False
        end = tok.end
    return any(mark in text[end : end + 2] for mark in "،,")


_FRAME_ADJECTIVES: Final = 2


def _the_same_unit_frames(tokens: list[Token], *, text: str) -> bool:
    """ "وفي الولاية نفسها، ..." or, after a verb of saying, "وأضاف أنه في الإقليم ذاته،
    ...": the sentence opens on the frame of the unit told before, "the same" one."""
    start = 0
    if len(tokens) > 1 and _a_verb_of_saying(tokens[0].key) and tokens[1].key in _THAT_IT:
        start = 2
    frame = tokens[start : start + 3]
    return (
        len(frame) == 3
        and frame[0].key in lx.IN_ANY
        and frame[1].key in _THE_UNITS
        and frame[2].key in lx.SAME
        and (
            any(mark in text[frame[2].end : frame[2].end + 2] for mark in "،,")
            or (start + 3 < len(tokens) and casualty_kind(tokens[start + 3]) is not None)
        )
    )


_THAT_IT: Final = lx.THAT | lx.THAT_WITH_PRONOUN
_THE_UNITS: Final = frozenset(
    normalize(w)
    for w in ("الولاية", "الإقليم", "الاقليم", "المديرية", "المدينة", "المنطقة", "المحافظة")
)


def _the_place_it_opens_on(tokens: list[Token], places: list[PlaceMention]) -> PlaceMention | None:
    """The place right after an opening "في"/"وفي" (its unit word between at most), if
    the sentence opens so."""
    if len(tokens) < 3 or (tokens[0].key not in _AND_IN and tokens[0].key not in lx.IN):
        return None
    first = next((m for m in places if m.start >= tokens[1].start), None)
    return None if first is None or first.start > tokens[2].start else first


def _the_neighbouring_place_opens(tokens: list[Token], places: list[PlaceMention]) -> bool:
    """ "وفي إقليم هلمند المجاور قصفت القوات البريطانية ...": a sentence that opens
    on the place next to the one told turns to what happened there."""
    first = _the_place_it_opens_on(tokens, places) if len(tokens) >= 4 else None
    if first is None:
        return False
    after = next((t for t in tokens if t.start >= first.end), None)
    return after is not None and after.key in _NEIGHBOURING


_NEIGHBOURING: Final = frozenset(normalize(w) for w in ("المجاور", "المجاورة", "المجاوره"))
_CAPITAL_WORDS: Final = 6  # "عاصمة ولاية ننغرهار المجاورة لكونار"
_CAPITAL_OF: Final = frozenset(normalize(w) for w in ("عاصمة", "مركز"))


def _a_response_opens(tokens: list[Token]) -> bool:
    """ "وردا على هذا الهجوم، نفذ الطيران الأمريكي عدة غارات": a sentence that opens on
    the response to the event told, and tells an event of its own after the words naming
    that one (after the first punctuation), tells the response; not fire at the attackers
    ("وردا على الهجوم، أطلقت مروحيات الحلف النار على المهاجمين"), the fight going on."""
    # ("وعقب الهجوم، قامت القوات الأفغانية بهجوم جوي على المنطقة": what was done after it)
    after_it = (
        len(tokens) > 1
        and tokens[0].key in _AND_AFTER
        and tokens[1].key.startswith("ال")
        and not lx.EVENT_NOUNS.isdisjoint(tokens[1].bare)
    )
    if len(tokens) < 5 or not (
        after_it or (tokens[0].key in lx.REVENGE and tokens[1].key in lx.ON_OR_TO)
    ):
        return False
    cut = next(
        (k for k in range(2, min(len(tokens), 8)) if tokens[k].start > tokens[k - 1].end + 1),
        None,
    )
    # (after it, only strikes from the air are another event: "وبعد الانفجار، تعرضت
    # الدورية لإطلاق نار" is the same ambush going on)
    told = event_type(tokens[cut:]) if cut is not None else None
    return (
        told is not None
        and (not after_it or told == "airstrike")
        and not _of_the_attackers(tokens[cut:])
    )


_AND_IN: Final = frozenset(normalize(w) for w in ("وفي", "ففي"))
_AND_AFTER: Final = frozenset(normalize(w) for w in ("وعقب", "وبعد", "وإثر", "واثر"))


def _besides_opens(tokens: list[Token]) -> bool:
    """ "علاوة على مقتل عشرة جنود في ولاية هلمند", "إضافة إلى هجوم ...": a clause that
    opens on more dead or another event besides those told ("علاوة على ذلك" adds words)."""
    return (
        len(tokens) > 2
        and tokens[0].key in lx.BESIDES_JOINERS
        and tokens[1].key in lx.ON_OR_TO
        and (casualty_kind(tokens[2]) is not None or event_type(tokens[2:3]) is not None)
    )


def _earlier_opens(tokens: list[Token]) -> bool:
    """ "وفي وقت سابق من اليوم، قتل 10 أشخاص في انفجار ...": a sentence that opens on
    "earlier" tells another event of that day ("وقال المتحدث في وقت سابق إن ..." gives a
    figure of before, `_told_earlier`), unless it names the event told."""
    return (
        len(tokens) > 3
        and tokens[0].key in lx.IN_FRAMES
        and tuple(t.key for t in tokens[1:3]) == lx.EARLIER_TIME
        # "وفي وقت سابق اليوم، أعلن المتحدث باسم طالبان مسؤولية الحركة عن الهجوم": a word
        # told earlier on the event told
        and not _names_the_told_event(tokens)
        # "وفي وقت سابق اليوم، قالت وزارة الداخلية إن سيارة مفخخة استهدفت قافلة ...": an
        # earlier telling, of the event told unless it names a place of its own
        and not _said_first(tokens[3 : 3 + _SAID_REACH])
    )


def _said_first(tokens: list[Token]) -> bool:
    """Whether a verb of saying comes before any word of the dead or of an event."""
    for t in tokens:
        if not lx.CLAIM_VERBS_SET.isdisjoint(t.bare):
            return True
        if casualty_kind(t) is not None or not lx.SINGLE_TRIGGERS.isdisjoint(t.bare):
            return False
    return False


_SAID_REACH: Final = 5  # "صباح اليوم (الثلاثاء)، قالت": the day, then the verb


def _reported_before(tokens: list[Token]) -> bool:
    """Whether the sentence opens on "وكان"/"وكانت", its subject and a verb of saying, then
    "أن"/"إن" ("وكانت مصادر أمنية أعلنت أن", "وكان مسؤولون قد قالوا إن"): what had been
    reported before, of no other time (`_of_another_time`)."""
    if not tokens or tokens[0].key not in lx.KANA:
        return False
    if _of_another_time(tokens):
        return False  # "أن هجوما وقع الأسبوع الماضي ...": of another time
    for k in range(1, min(len(tokens) - 1, 1 + _REPORTERS_REACH)):
        if not lx.CLAIM_VERBS_SET.isdisjoint(tokens[k].bare):
            return tokens[k + 1].key in lx.THAT
    return False


_REPORTERS_REACH: Final = 4  # "وكانت | مصادر | مسؤولة | قد | أعلنت"


def _of_another_time(tokens: list[Token]) -> bool:
    """Whether the words date something to another time than the news's: a past week,
    month or year ("الأسبوع الماضي"), a span ago ("قبل أسبوعين", "قبل أيام"), a year
    ("في 2009") or a month by name."""
    return (
        any(a.key in lx.PAST_SPANS and b.key in lx.LAST for a, b in pairwise(tokens))
        or any(a.key in _BEFORE and not _SPANS_AGO.isdisjoint(b.bare) for a, b in pairwise(tokens))
        or any(numbers.year_written(t.text) is not None for t in tokens)
        or any(t.key in lx.MONTHS for t in tokens)
    )


_BEFORE: Final = frozenset(normalize(w) for w in ("قبل",))
_SPANS_AGO: Final = frozenset(
    normalize(w)
    for w in (
        *("أسبوع", "أسبوعين", "أسابيع", "يوم", "يومين", "أيام", "شهر", "شهرين", "أشهر"),
        *("عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "ساعات", "ساعتين"),
    )
)


def _dead_earlier(tokens: list[Token]) -> bool:
    """ "وكان 24 عنصرا من القوات الأمنية قد لقوا مصرعهم -في وقت سابق- في هجوم شنه مسلحو
    طالبان": people told in the pluperfect to have died "earlier", in an event named
    without the article, died in another event. ("وكان المسؤول قد قال في وقت سابق إن ..."
    gives an earlier figure; "في الهجوم" names the event told.)"""
    if len(tokens) < 6 or tokens[0].key not in lx.KANA:
        return False
    qad = next((k for k in range(2, min(len(tokens) - 1, QAD_REACH)) if tokens[k].key == QAD), None)
    # the verb after "قد", or its second word ("لقوا مصرعهم")
    if qad is None or all(casualty_kind(t) is None for t in tokens[qad + 1 : qad + 3]):
        return False
    keys = [t.key for t in tokens]
    earlier = next(
        (k for k in range(qad, len(keys) - 1) if (keys[k], keys[k + 1]) == lx.EARLIER_TIME), None
    )
    return earlier is not None and any(
        tokens[k].key in lx.IN and tokens[k + 1].key in EARLIER_EVENTS
        for k in range(qad, min(len(tokens) - 1, earlier + _EARLIER_EVENT_REACH))
    )


_EARLIER_EVENT_REACH: Final = 5  # "في وقت سابق في هجوم"


# What a sentence does to the incident being built.
START, CONTINUE, CLOSE, SKIP, HEADLINE = "start", "continue", "close", "skip", "headline"


def _a_country(m: PlaceMention) -> bool:
    """A neighbour named as a country ("باكستان", "أراضي باكستانية"), not a place in it."""
    return normalize(m.text) in lx.NEIGHBOURS or m.entry_id in lx.COUNTRY_ENTRIES


def _taken_up_abroad(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """An event abroad told earlier that a sentence names again at its town: "قتل 11
    شخصا ... على مشارف مدينة بيشاور، بينما قتل اثنان ... بمنطقة شمال وزيرستان", then
    "أن الانفجار حدث قرب المقابر ... في أطراف بيشاور" (a back-reference, at the town of
    the first event, not of the open one)."""
    if not facts.back_reference or current is None:
        return None
    # (where the event was, not where its attackers came from: "جاؤوا من بيشاور")
    named = {
        m.entry_id
        for m in facts.own_places
        if m.entry_id and not m.in_afghanistan and m.role == roles.EVENT and not _a_country(m)
    }
    if not named or not named.isdisjoint(m.entry_id for m in current.mentions):
        return None
    return next(
        (
            o
            for o in reversed(finished)
            if o.incident.country not in (None, "AF")
            and compatible(o.incident.event_type, facts.event_type)
            and not named.isdisjoint(
                m.entry_id for m in o.mentions if m.role in (roles.EVENT, roles.REFERENCE)
            )
        ),
        None,
    )


def _told_abroad_again(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "وقال مسؤول في ميرانشاه إن الطائرة أطلقت أربعة صواريخ": the event told abroad,
    named again (a back-reference) at a place abroad, goes on; so does one told again at
    the very place abroad it was told at ("انفجار ... في باجور", then "هجوم بعبوة ناسفة
    في باجور")."""
    if current.incident.country in (None, "AF"):
        return False
    told = [m for m in current.mentions if m.resolved and m.role == roles.EVENT]
    told_at = {m.entry_id for m in told}
    # told so far only as a country ("في باكستان"): a place in it narrows the event
    countries = {m.country for m in told if _a_country(m)}
    only_countries = bool(told) and len(countries) == 1 and all(_a_country(m) for m in told)
    abroad = [m for m in facts.own_places if m.role == roles.EVENT and not m.in_afghanistan]
    # the very town told again, with the province or country it lies in ("مهاجما انتحاريا
    # فجر نفسه ... في تشمن في إقليم بلوشستان")
    same_town = any(m.entry_id in told_at and not _a_country(m) for m in abroad) and all(
        m.country == current.incident.country for m in abroad
    )
    return (
        facts.back_reference
        or same_town
        or (
            bool(abroad)
            and all(
                m.entry_id in told_at or (only_countries and m.country in countries) for m in abroad
            )
        )
    )


def _events_across_the_country(tokens: list[Token]) -> bool:
    """ "هجمات دموية في أفغانستان أدت إلى مقتل 50 شخصا": events in the plural, with no
    article, told at the whole country: several events summed."""
    for k, tok in enumerate(tokens):
        if tok.key.startswith("ال") or lx.PLURAL_EVENT_NOUNS.isdisjoint(tok.bare):
            continue
        if k > 0 and not _ONE_BATTLE.isdisjoint(tok.bare) and tokens[k - 1].key in lx.IN_ANY:
            # "قتل خمسة في اشتباكات في شمال البلاد": the plural of fighting names one
            # battle as often as several
            continue
        # (or the country told first, right before "في": "قتلوا في افغانستان في هجمات")
        around = range(k + 1, min(len(tokens), k + 1 + _COUNTRY_REACH))
        if k > 2 and tokens[k - 1].key == _IN_WORD:
            around = range(k - 2, around.stop)
        for j in around:
            t = tokens[j]
            if not lx.AFGHANISTAN.isdisjoint(t.bare) and (
                t.key[:1] == "ب" or tokens[j - 1].key in lx.IN_ANY
            ):
                return True
        # "في هجمات نفذها المسلحون في شرق البلاد": a part of the country
        for j in range(k + 2, min(len(tokens), k + 1 + _REGION_REACH)):
            if (
                tokens[j].key in _THE_COUNTRY
                and tokens[j - 1].key in roles.DIRECTIONS
                and tokens[j - 2].key in lx.IN_ANY
            ):
                return True
    return False


_THE_COUNTRY: Final = lx.AFGHANISTAN | {normalize("البلاد")}
_ONE_BATTLE: Final = frozenset(normalize(w) for w in ("اشتباكات", "معارك", "مواجهات"))
_REGION_REACH: Final = 6  # "هجمات نفذها المسلحون في شرق البلاد": the verb, its doer, "في", bearing


def _a_days_tally(tokens: list[Token]) -> bool:
    """ "لقي 31 مسلحا حتفهم في الساعات الـ24 الأخيرة بعمليات للجيش": a ministry's tally
    of the past day's operations, in the plural without the article ("العمليات" are those
    told before; "في اشتباكات" is as often one clash), each told after at its own place.
    (The lexicon's SCATTERED phrases, "24 ساعة الماضية", make any sentence a round-up; the
    count read here, wherever it stands, does so only with the operations named.)"""
    if all(t.key not in _TALLIED_EVENTS for t in tokens):
        return False
    words = [t.text for t in tokens]
    for k, tok in enumerate(tokens):
        if tok.key not in _HOURS:
            continue
        near = range(max(0, k - 2), min(len(tokens), k + 3))
        past = any(t.key in _PAST for t in tokens[k + 1 : k + 4])
        if past and any(
            (count := numbers.number_at(words, j)) is not None and count.value == _A_DAYS_HOURS
            for j in near
            if numbers.opens_count(words[j])
        ):
            return True
    return False


_TALLIED_EVENTS: Final = frozenset(
    normalize(w) for w in ("عمليات", "بعمليات", "غارات", "بغارات", "هجمات", "مداهمات")
)
_HOURS: Final = frozenset(normalize(w) for w in ("ساعة", "الساعات", "ساعات", "الساعة"))
_PAST: Final = frozenset(normalize(w) for w in ("الماضية", "الأخيرة", "الاخيرة"))
_A_DAYS_HOURS: Final = 24


# "هجمات دموية في أفغانستان": the events, an adjective, "في", the country
_COUNTRY_REACH: Final = 3
_IN_WORD: Final = normalize("في")


def _districts_counted(tokens: list[Token]) -> bool:
    """ "خمس إلى ست مديريات في ولاية فارياب", "ثلاث مديريات": two or more districts counted."""
    return any(
        not _DISTRICTS.isdisjoint(tokens[k].bare) and _counted_before(tokens, k, at_least=2)
        for k in range(1, len(tokens))
    )


_DISTRICTS: Final = frozenset(normalize(w) for w in ("مديريات", "مقاطعات", "ولسواليات"))


def _counted_events(tokens: list[Token]) -> bool:
    """ "قتل 18 شخصا في ثلاث هجمات بجنوب وشرق أفغانستان": events counted in the plural
    (three or more, or "عدة"), each told after at its own place; or the provinces they
    were in, counted ("بالهجمات التي وقعت في 8 أقاليم أفغانية")."""
    for k in range(1, len(tokens)):
        units = not _PLURAL_UNITS.isdisjoint(tokens[k].bare)
        # "شهدت البلاد 150 هجوما": from eleven on, the events counted are singular
        singular = tokens[k].key in _EVENTS_COUNTED_SINGULAR
        if not units and not singular and lx.PLURAL_EVENT_NOUNS.isdisjoint(tokens[k].bare):
            continue
        least = 2 if units else _SINGULAR_COUNTED if singular else 3
        # "في إقليمين": a dual is its own count (not "طريق يربط بين ولايتين", a road's ends)
        dual = not lx.TWO_UNITS.isdisjoint(tokens[k].bare) and tokens[k - 1].key not in _BETWEEN
        if (dual or _counted_before(tokens, k, at_least=least)) and not (
            units and _one_event_striking_them(tokens, k)
        ):
            return True
    return False


_EVENTS_COUNTED_SINGULAR: Final = frozenset(
    normalize(w) for w in ("هجوما", "هجوم", "هجمة", "عملية", "انفجارا", "تفجيرا", "اشتباكا")
)
_SINGULAR_COUNTED: Final = 11  # the count a singular noun follows


def _one_event_striking_them(tokens: list[Token], k: int) -> bool:
    """Whether one event, told in the singular with the article a few words before the
    units counted at k, is what hit them ("القصف المدفعي الذي استهدف خمس مقاطعات"): one
    event over several places, no tally of events."""
    return any(t.key in _ONE_EVENT_TOLD for t in tokens[max(0, k - _ONE_EVENT_REACH) : k])


# "القصف", "الهجوم", with or without "و"/"ف" before them
_ONE_EVENT_TOLD: Final = frozenset(
    normalize(p + w)
    for w in ("القصف", "الهجوم", "الانفجار", "التفجير", "الغارة", "الاشتباك", "الكمين")
    for p in ("", "و", "ف")
)
_ONE_EVENT_REACH: Final = 6  # "القصف المدفعي الذي استهدف خمس"


def _counted_before(tokens: list[Token], k: int, *, at_least: int) -> bool:
    """Whether the plural noun at k is counted: "عدة" before it, or a count of at least
    `at_least` ("ثلاث هجمات", "8 أقاليم"), not one of them nor an ordinal."""
    if tokens[k - 1].key in _SEVERAL:
        return True
    before = [t.text for t in tokens[max(0, k - _COUNT_WORDS) : k]]
    count = numbers.number_ending_at(before, len(before) - 1)
    if count is None or (count.value or 0) < at_least:
        return False
    first = k - len(before) + count.first
    # ("وهي إحدى خمس مقاطعات على الحدود": one of them; "الذكرى ال18 لهجمات 11 سبتمبر": an
    # ordinal, the 18th)
    return not (
        first > 0 and (tokens[first - 1].key in lx.ONE_OF or tokens[first - 1].key in lx.THE_ALONE)
    )


def _without_the_united_states(tokens: list[Token]) -> list[Token]:
    """The words without "الولايات المتحدة" (the United States), whose "ولايات" are no
    provinces: "في الولايات المتحدة" tells no events across provinces."""
    return [
        t
        for k, t in enumerate(tokens)
        if not (
            not _STATES.isdisjoint(t.bare)
            and k + 1 < len(tokens)
            and not _UNITED.isdisjoint(tokens[k + 1].bare)
        )
    ]


_STATES: Final = frozenset(normalize(w) for w in ("الولايات",))
_UNITED: Final = frozenset(normalize(w) for w in ("المتحدة", "الأمريكية", "الأميركية"))


_BETWEEN: Final = frozenset(normalize(w) for w in ("بين", "وبين"))
_PLURAL_UNITS: Final = (
    frozenset(
        normalize(w)
        # "في هجمات بثلاث مدن أفغانية": the towns they struck, counted
        for w in ("أقاليم", "ولايات", "محافظات", "مديريات", "مقاطعات", "مدن")
    )
    | lx.TWO_UNITS
)


# "عدة هجمات"; "عشرات الهجمات" (dozens of them)
_SEVERAL: Final = frozenset(
    normalize(w) for w in ("عدة", "بعدة", "وعدة", "عشرات", "بعشرات", "وعشرات")
)
_COUNT_WORDS: Final = 4  # the words a count before its noun may take: "خمسة وعشرين"


def _victims(cas: Casualties) -> frozenset[str]:
    """The sides of the people a sentence counts dead or wounded."""
    return cas.sides_of("killed") | cas.sides_of("wounded")


def _another_part_as_well(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل جنديان في هجومين منفصلين", then "وأكدت وزارة الدفاع البريطانية أن جنديا قتل
    في هلمند", then "كما ذكرت كانبيرا أن جنديا أستراليا لقي حتفه": after the
    first part of the events a lead summed, dead told "as well" are the next part."""
    return current.parts_follow and facts.counted and _first_key(facts) in lx.ALSO_OPENERS


def _dead_in_attacks_of_their_own(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل جنديان في اشتباك في منطقة شكين", then "وذكر مسؤولون أن 11 أفغانيا قتلوا في
    هجمات لمقاتلين ...": dead told in attacks, plural and indefinite, after an event the
    lead told alone, are of other events (a battle's fighting is told in the plural
    "اشتباكات" of one event, and is not read so)."""
    if not facts.counted or facts.back_reference or current.roundup or current.toll_of_several:
        return False
    if facts.roundup or facts.background:
        return False  # "قتل 44 شخصا في هجمات عبر أفغانستان في نوفمبر": a tally, no event
    keys = facts.forms.keys.split()
    told = set(normalize(current.lead_text).split())
    return any(
        a in _IN_EVENTS
        and b in _ATTACKS
        and b not in told
        and "ال" + b not in told
        # ("قصفت الطائرات متمردين", then "إن 28 منهم قتلوا في غارات جوية": the raids of
        # the strike told, which the press puts in the plural)
        and _ATTACKS[b] != current.incident.event_type
        for a, b in pairwise(keys)
    )


def _other_dead_where_the_told_was_not(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "أكد الحلف مقتل أحد جنوده في مواجهات دون الكشف عن مكانها", then "وقتل 4 من مسلحي
    طالبان في مواجهة على الطريق بين بغلان وقندوز": dead of other sides only, at a place
    of their own, after an event told at none, are of another event (unless told as its
    own again, or "also")."""
    return (
        facts.counted
        and not facts.back_reference
        and not (facts.roundup or facts.background)
        and current.incident.location is None
        and current.incident.country in (None, "AF")
        and not current.has_own_place
        and any(m.in_afghanistan and m.role in (roles.EVENT, roles.ROUTE) for m in facts.own_places)
        and lx.ALSO.isdisjoint(facts.forms.forms)
        # ("وأضافت الوزارة في بيانها أن 6 مسلحين قتلوا في منطقة دند غوري": the speaker goes
        # on with the other side's dead of the clash told)
        and _first_key(facts) not in lx.GOING_ON
        and not facts.goes_on
        and _other_victims(facts, current)
    )


def _the_event_it_answered(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "نفذت القوات عملية", then (a clause of its own) "إثر سيطرة مسلحين على نقاط تفتيش
    وقتل 24 شرطيا": the event the operation answered, with dead of other sides than the
    operation's, is an event of its own."""
    return _first_key(facts) in lx.IN_THE_WAKE and facts.counted and _other_victims(facts, current)


def _dead_before_the_event_told(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل 9 أطفال في غارة جوية", then "قبل القصف لقي جندي حتفه وجرح ثلاثة في هجوم شنه
    متمردون": dead of an event of another kind, told as before the one told, are that
    earlier event's."""
    keys = facts.forms.keys.split()
    return (
        facts.counted
        and facts.event_type is not None
        and facts.event_type != current.incident.event_type
        # "قبل القصف" opening what is said ("وأوضح أنه قبل القصف لقي"), not a time inside the
        # event told ("أطلقوا النار على الحراس قبل التفجير")
        and any(
            keys[k] in _BEFORE
            and definite(keys[k + 1]) in lx.BACK_REFERENCES_SET
            and (k == 0 or keys[k - 1] in lx.THAT or keys[k - 1] in lx.THAT_WITH_PRONOUN)
            for k in range(len(keys) - 1)
        )
    )


def _dead_it_came_after(facts: SentenceFacts) -> bool:
    """ "...، وذلك إثر سقوط 20 قتيلا من المسلحين في اقتتال بينهم" (a clause cut from the
    event told): the dead of the event it came after, another event."""
    keys = facts.forms.keys.split()[:2]
    return (
        facts.counted
        and len(keys) == 2
        and keys[0] in lx.THAT_IS
        and keys[1] in lx.AFTER
        and not facts.back_reference
    )


_IN_EVENTS: Final = frozenset(normalize(w) for w in ("في", "خلال", "جراء", "اثر", "إثر"))
# Attacks in the plural, and the type whose one event the press may tell so (none for
# "هجمات")
_ATTACKS: Final = {
    normalize("هجمات"): "",
    normalize("غارات"): "airstrike",
    normalize("تفجيرات"): "ied",
    normalize("انفجارات"): "ied",
}


def _dead_of_a_past_weekday(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "وقتل الأحد الماضي مدنيان وجرح 21 آخرون ... في اعتداء انتحاري": dead counted on
    a weekday told past, right after the verb, are another day's event than the told one
    (unless the told one is of that weekday: its date as written names it)."""
    if not facts.counted:
        return False
    keys = facts.forms.keys.split()[:_PAST_WEEKDAY_REACH]
    day = next(
        (a for a, b in pairwise(keys) if a in WEEKDAY_KEYS and b in lx.LAST),
        None,
    )
    told = current.incident.date
    return day is not None and not (told is not None and day in normalize(told))


_PAST_WEEKDAY_REACH: Final = 4  # "وقتل الأحد الماضي", "كما قتل يوم الأحد الماضي"


def _dead_of_another_weekday(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل جنديان في اشتباكات الاثنين", then "وقال مسؤولون إن جنديا آخر قتل مساء الأحد
    عندما فتح مسلحون النار ...": another one dead on another weekday than the one the open
    incident was told on, with no word naming it, is another day's event."""
    told = current.incident.date
    if not facts.counted or facts.back_reference or told is None:
        return False
    if lx.ANOTHER.isdisjoint(facts.forms.keys.split()):
        return False  # ("أن الجندي قتل الخميس": the day the one told died, not another's)
    return another_weekday(facts, told)


def another_weekday(facts: SentenceFacts, told: str | None) -> bool:
    """Whether the sentence names a weekday and the date told as written (`told`) names
    another one."""
    told_days = {d for d in WEEKDAY_KEYS if d in normalize(told or "").split()}
    days = {k for k in facts.forms.keys.split() if k in WEEKDAY_KEYS}
    return bool(told_days) and bool(days) and days.isdisjoint(told_days)


def _others_dead_in_another_part(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل خمسة جنود في هجوم في ولاية بكتيا", then "ولقي جنديان آخران حتفهما في غرب
    البلاد": others dead, told in a part of the country that does not hold the open
    incident's province, are of another event."""
    loc = current.incident.location
    return (
        facts.counted
        and not facts.back_reference
        # (no place named at all: "نقلوا إلى المستشفى في مزار شريف شمال غربي البلاد" tells
        # where the wounded were taken, and where that lies)
        and not any(m.role != "dateline" for m in facts.mentions)
        and facts.region is not None
        and loc is not None
        and loc.province_pcode is not None
        and loc.province_pcode not in facts.region
        and not (lx.ANOTHER | lx.OTHERS | lx.TWO_OTHERS).isdisjoint(facts.forms.keys.split())
    )


def _an_earlier_word_of_other_dead(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "وكان مسؤول قد أعلن في وقت سابق اليوم مقتل 5 من قوات الأمن جراء ... لهجوم" after
    an air strike on militants: an earlier word in the pluperfect that counts only people
    of other sides than the open incident's tells another event (of the same side, it
    gives an earlier figure of the event told)."""
    keys = facts.forms.keys
    return (
        _first_key(facts) in lx.KANA
        and f" {lx.EARLIER_TIME[0]} {lx.EARLIER_TIME[1]} " in keys
        and not facts.back_reference
        and _other_victims(facts, current)
    )


def toll_of_the_named_event(tokens: list[Token]) -> int | None:
    """The dead an event noun's relative clause counts ("بعد التفجير الذي خلف أكثر من
    مئة قتيل": 100), the noun after "عقب" or with "ب" ("ندد بالهجوم الذي ..."): an event
    the sentence names, not its subject ("أن الاشتباكات التي اندلعت في المديرية أسفرت عن
    مقتل 40" tells the told fight's dead); or None."""
    for k in range(1, len(tokens) - 2):
        if lx.EVENT_NOUNS.isdisjoint(tokens[k].bare) or not (
            (tokens[k].key.startswith("ال") and tokens[k - 1].key in lx.AFTER)
            or tokens[k].key.startswith("بال")
        ):
            continue
        # the noun, maybe its adjective ("الهجوم الانتحاري"), then the relative
        rel = next((j for j in (k + 1, k + 2) if tokens[j].key in lx.RELATIVES), None)
        if rel is None:
            continue
        end = rel + 1
        while end < min(len(tokens), rel + 1 + _NAMED_TOLL_REACH) and not (
            end > rel + 1 and punctuated(tokens, end)
        ):
            end += 1
        killed = casualties(tokens[rel + 1 : end]).killed
        if killed is not None:
            return killed
    return None


_NAMED_TOLL_REACH: Final = 10  # "الذي" + "أوقع ما يزيد على مئة قتيل بين رواد السوق"


def _other_victims(facts: SentenceFacts, current: OpenIncident) -> bool:
    """Whether the sentence counts only people of sides the open incident has not
    counted (civilians after soldiers), both sides told."""
    counted = frozenset().union(
        *(c.sides_of(kind) for kind, told in current.figures.items() for c in told)
    )
    return (
        bool(facts.victims)
        and bool(counted)
        and NO_SIDE.isdisjoint(counted | facts.victims)
        and counted.isdisjoint(facts.victims)
    )


def _one_of_the_roundup(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """An event told at an Afghan province (its place or its official's) or in a part of
    the country ("في انفجار قنبلة جنوبي البلاد") after a lead that summed events across the
    country: one of those events. So is an event at a district after a lead that counted
    the districts of its province taken or struck ("سقطت خمس مديريات في ولاية فارياب")."""
    if (
        current is not None
        and current.districts_counted
        and any(
            m.role == roles.EVENT and m.district_pcode is not None and m.in_afghanistan
            for m in facts.own_places
        )
    ):
        return True
    return (
        current is not None
        and current.roundup
        and (
            facts.region is not None
            or any(
                m.in_afghanistan and m.role in (roles.EVENT, roles.OFFICE) for m in facts.own_places
            )
        )
    )


def _the_assault_after_the_blast(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "انفجرت شاحنة مفخخة قرب مقر الشرطة", then "وأشار إلى أن مسلحين تبادلوا في وقت
    لاحق إطلاق النار مع الشرطة": the speaker going on to the fight that followed the blast
    tells the complex attack told, not a later event."""
    words = facts.forms.keys.split(maxsplit=2)
    return (
        current.incident.event_type in _BLAST_TYPES
        and facts.event_type == "armed_clash"
        and not facts.event_places
        and len(words) == 3
        and words[0] in _GOES_ON_SAYING
        and words[1] in _TO_THAT
        and lx.ANOTHER.isdisjoint(facts.forms.keys.split())
    )


_BLAST_TYPES: Final = frozenset({"suicide_bomb", "ied"})
# "وأضاف أن", "وأشار إلى أن": the speaker told before goes on, no one else named
_GOES_ON_SAYING: Final = _SPEAKER_GOES_ON | frozenset(
    normalize(w) for w in ("وأشار", "وأشارت", "وأوضح", "وأوضحت")
)
_TO_THAT: Final = frozenset(normalize(w) for w in ("أن", "إن", "إلى", "الى", "ان"))


def _the_told_one_owned_up_to(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل 12 مدنيا في غارة جوية في ولاية لوغار", then "كما أقرت القوة الدولية بأنها
    شنت ضربة في مديرية بركي برك": the striker owning up to a deed of the kind told, where
    it was told, is that event, not one more."""
    words = facts.forms.keys.split(maxsplit=2)
    if len(words) < 2 or words[0] not in lx.ALSO_OPENERS or words[1] not in lx.ADMITS:
        return False
    loc = current.incident.location
    return (
        facts.event_type is not None
        and compatible(current.incident.event_type, facts.event_type)
        and all(
            loc is not None and m.province_pcode == loc.province_pcode for m in facts.event_places
        )
        # ("كما أقرت بأن طائراتها قتلت ثلاثة مدنيين في غارة على سيارة": a deed with dead of
        # its own is another one owned up to)
        and not facts.counted
    )


def _the_first_part_of_the_summed(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل تسعة أشخاص في هجومين وقعا في قندهار وهلمند", then "ففي قندهار قتل ستة ...":
    the frame opened by the "ف" that sets out what was summed, at a place the lead named,
    tells the first of its events, not another one."""
    if not current.toll_of_several or current.parts_follow or current.first_part is not None:
        return False
    if _first_key(facts) not in _SO_IN:
        return False
    # (the lead's places, placing none of the several, are kept with the incident)
    told = {m.province_pcode for m in current.incident.places if m.role == roles.EVENT}
    here = {m.province_pcode for m in facts.event_places}
    # (one of them: "ففي قندهار ...، بينما ... في زابل" sets out both)
    return len(here) == 1 and here < told


_SO_IN: Final = frozenset(normalize(w) for w in ("ففي",))


def _one_of_the_several_picked_out(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "ووقع الهجوم الأشد في مديرية سنجين" after "قتل 12 في هجومين": one of the events
    the lead summed, picked out by a superlative at a place of its own, is that one, told
    apart."""
    if not current.toll_of_several or not facts.event_places:
        return False
    keys = facts.forms.keys.split()
    return any(a in lx.BACK_REFERENCES and b in _MOST for a, b in pairwise(keys))


# The superlative that picks one event out of several: "الأكثر دموية", "الأشد".
_MOST: Final = frozenset(normalize(w) for w in ("الأكثر", "الأشد", "الأعنف", "الأكبر"))


def _another_part(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "وقال المتحدث باسم شرطة فارياب إن طالبان هاجمت نقاط تفتيش في منطقة شيرين تاجاب،
    ما أدى إلى مقتل اثنين" after "قتل 23 مسلحا في عمليات في إقليمي فارياب وجور" and the
    seven of its first part: dead of their own at a district (named with the event or by
    its official) the incident was not told at, another of the parts the lead summed."""
    if current is None or not current.parts_follow or not facts.counted:
        return False
    if facts.back_reference:
        # "وذكر أن المعارك التي دارت في مديرية ... بالولاية أوقعت ...": the fighting
        # told, at the district where it was
        return False
    told = {m.district_pcode for m in current.mentions if m.district_pcode}
    here = {
        m.district_pcode
        for m in facts.afghan_places
        if m.district_pcode and m.role in (roles.EVENT, roles.OFFICE) and m.level == "district"
    }
    return bool(here) and here.isdisjoint(told)


def _inside_the_region_told(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """Whether the sentence's places lie in the part of the country the open incident's
    lead named ("في جنوبي أفغانستان"), when it named one."""
    region = current.region if current is not None else None
    return region is None or all(m.province_pcode in region for m in facts.event_places)


def _region_elsewhere(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """An event told in another part of the country than the open incident's province
    ("أعلنت إيساف مقتل أحد جنودها في هجوم شرق أفغانستان" after a bombing in Helmand), or
    than the part it was told in, unplaced ("في جنوبي أفغانستان", then "وفي شرقي البلاد،
    أعلنت إيساف مقتل جندي ثالث")."""
    loc = current.incident.location if current is not None else None
    if (
        current is not None
        and loc is None
        and current.region is not None
        and facts.region is not None
        and not facts.event_places
        and not facts.back_reference  # "ويأتي الهجوم ضمن هجوم أوسع في شمال افغانستان"
    ):
        # (parts overlap: "جنوب شرق البلاد" lies in the south as the press names it)
        return not (current.region <= facts.region or facts.region <= current.region)
    return (
        loc is not None
        and loc.province_pcode is not None
        # a lead placed by its dateline alone ("كابول (CNN) -- ... مقتل اثنين من جنودها")
        # is where the wire filed from: the region told after it narrows it
        and loc.how != "dateline"
        and not facts.event_places
        and facts.region is not None
        and loc.province_pcode not in facts.region
        # "بأن الحافلة التي انطلقت من قندهار كبرى مدن جنوب غرب أفغانستان ... عندما انفجرت
        # القنبلة": the event told named again; the region says where another place lies
        and not facts.back_reference
    )


def _near_a_town_elsewhere(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """An event told only by its bearing from an Afghan town of another province than the
    open incident's ("بانفجار سيارة مفخخة شرقي العاصمة" after an attack in Herat), with
    no place of its own and no word of the event told: another event, near that town."""
    loc = current.incident.location if current is not None else None
    if (
        loc is None
        or loc.province_pcode is None
        or facts.back_reference
        or facts.event_places
        or facts.goes_on
        # "على بعد 400 كيلومتر غرب كابول": a distance from a far town
        or _A_DISTANCE.search(facts.sentence.text) is not None
    ):
        return False
    near = {
        m.province_pcode
        for m in facts.placed
        if m.role == roles.REFERENCE and m.resolved and m.in_afghanistan
    }
    return bool(near) and loc.province_pcode not in near and facts.counted


_A_DISTANCE: Final = re.compile(r"(?:بعد|مسافة)\s+(?:نحو\s+|حوالي\s+|حوالى\s+)?[0-9٠-٩]")


def _office_elsewhere(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """An official of another province tells an event ("قال قائد شرطة إقليم خوست إن ...")
    while the open incident stands in a province of its own (not the dateline's, which
    the official's office may correct): another event."""
    loc = current.incident.location if current is not None else None
    if loc is not None and loc.how in ("dateline", "context"):
        return False
    if loc is not None and loc.how == "office" and facts.back_reference:
        # "قال مسؤولون في ولاية تخار إن وزيرا نجا من تفجير استهدف موكبه", then "وقال حاكم
        # ولاية بدخشان الذي رافقه في الموكب": the event told again by another office, both
        # only speaking of it
        return False
    # The speaker's office stands before what he says: after "أن" an office is a person's
    # the report names ("أن نائب مدير المخابرات لمنطقة كاما ... لقي مصرعه").
    offices = [
        m
        for m in facts.afghan_places
        if m.role == roles.OFFICE
        and (m.unit is not None or _office_of_the_name(facts, m))
        and not _at_a_base(facts, m)
        and m.level in ("province", "district")
        and m.start < facts.said_from
    ]
    if loc is not None:
        # (with the other places its lead told taken: "استعادت السيطرة على مناطق ...
        # بإقليمي باميان ونيمروز", then the governor of Bamyan on them)
        twins = current.twins if current is not None else []
        told = {
            loc.province_pcode,
            *(t.incident.location.province_pcode for t in twins if t.incident.location),
        }
    elif current is not None:
        # "في هجمات على نقاط حراسة في إقليمي بغلان وتخار": provinces named, none chosen
        told = {
            m.province_pcode
            for m in current.incident.places
            if m.role == roles.EVENT and m.resolved and m.in_afghanistan and m.province_pcode
        }
    else:
        told = set()
    return bool(told) and bool(offices) and all(m.province_pcode not in told for m in offices)


def _toll_tells_an_event(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """Dead counted with no word for how open an incident when none is open, or at a
    place of their own away from the open incident's ("وفي ولاية غزني قتل ثلاثة مدنيين");
    otherwise they add to the incident told."""
    # "وبمصرع الجنود الأربعة يرتفع عدد قتلى قوات الحلف إلى سبعة منذ الاثنين الماضي": the
    # dead told before, whatever day the tally runs from
    return (
        facts.toll
        and not (facts.people_again and current is not None)
        and (
            current is None
            or facts.another_matter  # "وفي سياق آخر، قام مسلحون بإعدام قيادي سابق في ولاية X"
            # "إن 15 من عناصر طالبان قتلوا في مناطق أخرى بالإقليم": another event's dead
            or facts.another_event
            # "وقال المتحدث باسم شرطة هلمند إن عشرة مدنيين قتلوا في منطقة قلعة موسى" after
            # "قتل 18 شخصا في ثلاث هجمات": one of the events the lead summed
            or (bool(facts.event_places) and _one_of_the_roundup(facts, current))
            # "بعد ساعات من مقتل 17 آخرين في تخار": dead told as another event, at a province
            # the open incident is not in
            or (facts.new_event and _elsewhere(facts.event_places, current))
            # "كما قتل جنديان بريطانيان جنوب أفغانستان" after an event in Nangarhar: in
            # another part of the country
            or (facts.new_event and _region_elsewhere(facts, current))
            # "وفي فرح أيضا، قتل 11 مسلحا": more dead there, of another event
            or (facts.new_event and facts.also_there)
            or (
                bool(facts.event_places)
                and current.has_own_place
                and not _same_area(facts.event_places, current.mentions)
            )
            # "وقتل 25 شرطيا في منطقة بوشت كوه", then "ولقي 37 شرطيا حتفهم في منطقة خاك
            # سفيد": dead at another district than the one the incident was told at, even
            # when that one is not in the gazetteer
            or (
                any(m.level == "district" for m in facts.event_places)
                and _told_at_an_unknown_place(current)
            )
            or _dead_at_an_unknown_province(facts, current)
            # "مقتل ثلاثة عسكريين باكستانيين بمنطقة وزيرستان" after an Afghan incident; "وفي
            # الولاية نفسها، عثر سكان مدينة مير علي على أربع جثث" told as another event
            # after one abroad
            or (
                facts.outside_only
                and ((facts.told_abroad and current.incident.country == "AF") or facts.new_event)
                and not _told_abroad_again(facts, current)
            )
        )
    )


def _dead_at_an_unknown_province(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "وكان الجيش قد أعلن مقتل 14 مسلحا في إقليم جاوزان": dead counted at a province the
    gazetteer does not know (misspelt), after an incident placed at one it knows, with
    nothing told before named: an event of its own, left unplaced rather than put where
    the one before was."""
    return (
        current is not None
        and current.has_own_place
        and facts.counted
        and not facts.back_reference
        and not facts.event_places
        and any(
            m.role == roles.EVENT and not m.resolved and m.unit == "province" for m in facts.placed
        )
    )


def _told_at_an_unknown_place(current: OpenIncident) -> bool:
    """Whether the open incident was told at a place with a unit word the gazetteer does
    not know ("في منطقة بوشت كوه"), and at no place it knows."""
    return not current.has_own_place and any(
        m.role == roles.EVENT and not m.resolved and m.unit is not None for m in current.mentions
    )


def _elsewhere(places: list[PlaceMention], current: OpenIncident) -> bool:
    """Whether any of the places lies outside the open incident's province (all of them,
    when it has none)."""
    loc = current.incident.location
    return any(m.province_pcode != (loc.province_pcode if loc else None) for m in places)


def _narrows_the_province(facts: SentenceFacts, current: OpenIncident) -> bool:
    """A sentence without a word of its own event that tells where, inside the province
    the open incident was placed in, it happened: "وقال الفيلق إن القوات نفذت عملياتها في
    قرية سيا آب في منطقة شولغارا" after "قتل 36 مسلحا خلال عمليات في ولاية بلخ"."""
    loc = current.incident.location
    return (
        loc is not None
        and loc.level == "province"
        and not facts.new_event
        and not facts.denial
        and not facts.reaction
        and not facts.accusation
        and any(
            m.level == "district" and m.province_pcode == loc.province_pcode
            for m in facts.event_places
        )
    )


def _places_the_lead_next(facts: SentenceFacts, current: OpenIncident) -> bool:
    """The sentence right after a lead told without a place (or only under a wire's
    dateline) says where, with no event word of its own: "وقال نائب قائد الشرطة إن حكومة
    الإقليم فقدت الاتصال مع الشرطة في منطقة أجرستان" after "اجتاح مئات من مسلحي طالبان
    منطقة إستراتيجية في إقليم أفغاني"."""
    loc = current.incident.location
    # ("في انفجار بجنوب أفغانستان بالقرب من كابول", then "كانوا يجرون دورية في إقليم
    # لوجار": near the capital, the place it lies at is still to be told)
    near_at = loc.evidence.start if loc is not None and loc.how == "near" and loc.evidence else None
    near = near_at is not None
    return (
        (loc is None or loc.how == "dateline" or near)
        and (not current.has_own_place or near)
        # right after the lead, or after sentences of it that told no Afghan event place
        and not any(
            m.resolved
            and m.in_afghanistan
            and m.role == roles.EVENT
            and m.unit != "dateline"
            and m.start != near_at
            for m in current.incident.places
        )
        and bool(facts.event_places or _speakers_sitting_in_a_province(facts))
        # "تنشر حوالى 1500 جندي في أفغانستان يتركزون خصوصا في ولاية أوروزغان": where
        # forces are stationed, no place of an event
        and not (facts.event_type is None and not facts.forms.forms.isdisjoint(_STATIONED))
        and not (
            (facts.background and not facts.ranked_there)
            or facts.new_event
            or facts.denial
            or facts.reaction
            or facts.accusation
            or facts.outside_only
            or facts.roundup
        )
        and _inside_the_region_told(facts, current)
    )


def _said_from(tokens: list[Token], end: int) -> int:
    """Where what a speaker says begins (the first "أن"/"إن"), where the event's dead
    are named ("ومن بين القتلى فلان، قائد شرطة ولاية غزني السابق": the office after it is a
    victim's), or where the event itself is told ("اقتحم المسلحون حفلا لأنصار فلان والي
    ولاية بلخ": an office after it is someone's post), else `end`."""
    first = first_trigger(tokens)
    told_at = tokens[first].start if first < len(tokens) else end
    for k, t in enumerate(tokens):
        if t.start >= told_at:
            break
        if t.key in lx.THAT or (
            t.key in lx.BETWEEN
            and k + 1 < len(tokens)
            and not lx.TOLL_NOUNS.isdisjoint(tokens[k + 1].bare)
        ):
            return t.start
    return min(told_at, end)


def _speakers_sitting_in_a_province(facts: SentenceFacts) -> bool:
    """ "وقال مسؤولون محليون في إقليم غور إن ...": those who speak, in the province
    named with its unit word."""
    return any(
        m.role == roles.OFFICE and m.unit == "province" and m.start < facts.said_from
        for m in facts.afghan_places
    )


# Verbs in the present of forces deployed or stationed somewhere.
_STATIONED: Final = frozenset(
    normalize(w)
    for w in (
        "تنشر",
        "ينشر",
        "يتمركز",
        "تتمركز",
        "يتمركزون",
        "يتركز",
        "تتركز",
        "يتركزون",
        "يتواجد",
        "تتواجد",
        "يتواجدون",
        "ينتشر",
        "تنتشر",
        "ينتشرون",
        "ترابط",
        "يرابط",
    )
)


def _the_event_told_in_a_reaction(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "أدانت الحكومة القصف الجوي ... في مقاطعة أوروزجان، وأدى إلى مقتل 33 مدنيا": a
    reaction that opens the report and tells the event itself, its place and its dead,
    is its first telling."""
    return (
        current is None
        # (its dead and wounded told together count no one: "مقتل وجرح العشرات من المارة")
        and (facts.counted or bool(contains(facts.forms, lx.KILLED_OR_WOUNDED)))
        # (its place may come after: "أمر الرئيس بإجراء تحقيق في مقتل 30 قرويا بغارة"
        # opens the report with the event and its dead)
        and (bool(facts.event_places) or (facts.counted and facts.event_type is not None))
        and not facts.background
    )


def _the_offices_unit_told(tokens: list[Token], places: list[PlaceMention]) -> list[PlaceMention]:
    """The unit of the one official the sentence names, when it tells its event there by
    an anaphor: "وقال نائب حاكم بدخشان إن ثمانية شرطيين قتلوا في هجوم ... في الولاية" is an
    event in Badakhshan, whatever province was told before."""
    level = told_in_anaphor(tokens)
    offices = [m for m in places if m.role == roles.OFFICE and m.resolved]
    if level is None or len(offices) != 1 or offices[0].level != level:
        return []
    # the unit of a governor's or a police chief's post, not a seat ("سفارة تركيا في كابول"
    # tells where the embassy is; "في هذه الولاية" goes back to the province told before)
    at = next((k for k, t in enumerate(tokens) if t.start >= offices[0].start), len(tokens))
    return offices if any(t.key in _UNIT_HEADS for t in tokens[max(0, at - 2) : at]) else []


_UNIT_HEADS: Final = frozenset(
    normalize(w) for w in ("حاكم", "والي", "محافظ", "شرطة", "الشرطة", "حكومة", "مجلس")
)


def _the_rank_it_opened_on(facts: SentenceFacts, current: OpenIncident) -> bool:
    """Whether the sentence names an event by its rank ("الهجوم الثاني") as the open
    incident's lead named it."""
    keys = facts.forms.keys.split()
    ranked = {f"{a} {b}" for a, b in pairwise(keys) if a in _STRIKES and b in _THE_NEXT}
    if not ranked:
        return False
    lead = normalize(current.lead_text).split()
    return any(f"{a} {b}" in ranked for a, b in pairwise(lead))


def _the_second_of_a_double(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل 6 أشخاص في تفجير مزدوج", then "وبعد لحظات، ضرب تفجير ثان رجال الإسعاف":
    the second blast of the double one the lead told, no other event (not one told
    separate: "وفي حادث منفصل ... للمرة الثانية")."""
    keys = facts.forms.keys.split()
    return (
        any(a in _BLASTS and b in _SECONDS for a, b in pairwise(keys))
        and not facts.another_matter
        and not any(k in _SEPARATE for k in keys)
        and not _DOUBLE.isdisjoint(normalize(current.lead_text).split())
    )


def _the_second_attacker(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل سبعة بهجوم انتحاري استهدف مقرا للشرطة", then "فجر انتحاري ثان نفسه": the
    second attacker of the attack told (the rank of the man, not of an event), unless told
    separate."""
    keys = facts.forms.keys.split()
    return (
        current.incident.event_type in _ATTACKS_BY_MEN
        and any(a in _ATTACKERS and b in _SECONDS for a, b in pairwise(keys))
        and not facts.another_matter
        and not any(k in _SEPARATE or k in _A_TIME_OF_ITS_OWN for k in keys)
        and not facts.event_places
    )


_ATTACKERS: Final = frozenset(
    normalize(w) for w in ("انتحاري", "مهاجم", "مسلح", "الانتحاري", "المهاجم", "انتحارية")
)
_ATTACKS_BY_MEN: Final = frozenset(("suicide_bomb", "attack", "armed_clash"))
# a time of its own: "وبعد الظهر فجر انتحاري ثان نفسه", "وفي اليوم التالي"
_A_TIME_OF_ITS_OWN: Final = frozenset(
    normalize(w) for w in ("الظهر", "التالي", "لاحق", "لاحقا", "صباح", "مساء", "ساعات", "أيام")
)
_SECONDS: Final = frozenset(normalize(w) for w in ("ثان", "ثاني", "ثانية", "الثاني", "الثانية"))
_BLASTS: Final = frozenset(
    normalize(w) for w in ("تفجير", "انفجار", "التفجير", "الانفجار", "وانفجار", "وتفجير")
)
_SEPARATE: Final = frozenset(normalize(w) for w in ("منفصل", "منفصلة", "آخر", "أخرى"))
_DOUBLE: Final = frozenset(
    normalize(w) for w in ("مزدوج", "مزدوجة", "المزدوج", "المزدوجة", "مزدوجا", "مزدوجين")
)


def _dead_of_other_means_in_contrast(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل ثمانية شرطيين بهجوم لمسلحين على حاجز ...", then "فيما قتل جندي من
    القوة الدولية في انفجار عبوة ناسفة": a sentence opened by a contrast that counts dead
    of an event by means of its own (a bomb, a strike) other than the one told, with no
    word of that one, tells another event."""
    return (
        _opened_by_contrast(facts)
        and facts.counted
        and not facts.back_reference
        and facts.event_type in _MEANS
        and facts.event_type != current.incident.event_type
        and facts.event_type not in current.lead_types
    )


def _dead_of_more_events_in_contrast(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "قتل جنديان في تفجير عبوة", then "فيما قضى 14 مدنيا في انفجارين": a sentence opened
    by a contrast that counts dead of two events or more, after one that told a single
    event, tells others (not after a lead of several, told in parts: "مقتل خمسة جنود في
    سلسلة هجمات", "أحدهم ...", "فيما قتل الرابع والخامس في تفجيرين")."""
    return (
        _opened_by_contrast(facts)
        and facts.counted
        and not facts.back_reference
        and not (current.toll_of_several or current.roundup or current.parts_follow)
        and bool(contains(facts.forms, lx.TWO_EVENTS_OR_MORE))
    )


def _opened_by_contrast(facts: SentenceFacts) -> bool:
    """Whether the sentence opens with "فيما"/"بينما" (while, whereas)."""
    return _first_key(facts) in lx.CONTRAST


def _first_key(facts: SentenceFacts) -> str:
    """The key of the sentence's first word ("" for none)."""
    words = facts.forms.keys.split(maxsplit=1)
    return words[0] if words else ""


def segment(facts: SentenceFacts, current: OpenIncident | None) -> str:
    """Whether the sentence starts an incident, continues the open one, closes it, is
    passed over, or is a headline announcing the next one."""
    if current is not None and (
        _an_earlier_word_of_other_dead(facts, current)
        or _one_of_the_several_picked_out(facts, current)
        or _dead_of_a_past_weekday(facts, current)
        or _dead_of_another_weekday(facts, current)
        or _others_dead_in_another_part(facts, current)
        or _another_part_as_well(facts, current)
        or _dead_in_attacks_of_their_own(facts, current)
        or _dead_of_other_means_in_contrast(facts, current)
        or _dead_of_more_events_in_contrast(facts, current)
        or _other_dead_where_the_told_was_not(facts, current)
        or _the_event_it_answered(facts, current)
        or _dead_before_the_event_told(facts, current)
    ):
        facts = replace(facts, new_event=True)
    if current is not None and _dead_it_came_after(facts):
        facts = replace(facts, new_event=True, another_event=True)
    if (
        facts.new_event
        and current is not None
        and (
            _the_rank_it_opened_on(facts, current)
            or _the_second_of_a_double(facts, current)
            or _the_second_attacker(facts, current)
            or _the_first_part_of_the_summed(facts, current)
            or _the_told_one_owned_up_to(facts, current)
            or _the_assault_after_the_blast(facts, current)
        )
    ):
        # "أما الهجوم الثاني فوقع ...", then "قتلى الهجوم الثاني": the second
        # one, named again, is the one told
        facts = replace(facts, new_event=False)
    if facts.headline:
        # "طالبان تعلن مسؤوليتها عن الهجوم": a heading inside the report that names the
        # event told goes on with it
        if current is not None and facts.back_reference and not facts.new_event:
            return CONTINUE
        return HEADLINE
    etype = facts.event_type or (TOLL_TYPE if _toll_tells_an_event(facts, current) else None)
    # A lead that told the event without a place ("لقي تسعة جنود حتفهم في تفجير
    # انتحاري") is placed by the next sentence that tells the same kind of event.
    placing_lead = (
        current is not None
        and weakly_placed(current.incident.location)
        and (
            not current.has_own_place
            # "انفجرت قنبلة بشاحنة في الولاية" told by a governor's spokesman, then "أن
            # الشاحنة كانت تسير في ولاية هلمند حين انفجرت": "the province" read as the
            # office's gives way to the place the event is told again at
            or (
                current.incident.location is not None
                and current.incident.location.how == "office"
                and facts.back_reference
            )
        )
        and not facts.new_event
        # "وتمت تصفية حاكم مديرية X بولاية بكتيكا", then "وهاجم طالبان ... في مديرية Y
        # بولاية غزني": a lead placed by the post of its own official in one province is
        # not placed in another by a sentence that tells an event of its own there
        and not (_its_office_elsewhere(facts, current) and not facts.back_reference)
        # "قتل جندي في انفجار عبوة في جنوب أفغانستان", then "وقتل خمسة جنود في عملية
        # انتحارية في غرب كابول": a lead told in one part of the country, naming no place
        # of it, is not placed by an event told at a place outside it ("قائد شرطة ولاية
        # زابل، أبرز معاقل الحركة جنوبي البلاد": the part its province lies in)
        and (
            _inside_the_region_told(facts, current)
            or facts.back_reference
            or any(m.role != "dateline" for m in current.incident.places)
        )
        # "على بعد 40 كلم غرب ميران شاه", then "وفي أفغانستان أكد الحلف مقتل أحد جنوده":
        # a lead told near a town abroad is not placed by an event told in Afghanistan
        and not (current.incident.country not in (None, "AF") and not facts.outside_only)
        # "فيما أصيب 18 شخصا بانفجارين في إقليم لوغار": a contrast opens another event
        # ("فيما اقتحم مسلحون المبنى في مدينة ايباك": the site told, stormed meanwhile)
        and not (facts.event_places and _opened_by_contrast(facts) and not facts.back_reference)
        # "وأشار إلى أن إطلاق صاروخ ثان لم يسفر عن ضحايا", then "وفي جلال آباد، أدى انفجار
        # قنبلة ...": a place framed at the head tells its own event, not where another one
        # told in passing was
        and not (current.said_another and facts.place_frame)
        # "ونفت الحركة أي صلة لها بقتل عشرة قرويين في ولاية غزني": a denial of another
        # deed, at its own place, places no lead
        and not (facts.denial and not facts.back_reference)
        # "... عقب التفجير الانتحاري الذي وقع في الأسبوع الماضي في كابول": an event its
        # own clause dates to a past week or month is an earlier one, not where this was
        and not (facts.dated_earlier and not _told_in_a_past_span(current))
        # "قتل 38 مسلحا في عمليات في أقاليم أفغانية مختلفة", then "وفي باكستان هاجمت
        # طائرات ...": events summed across the country are not placed abroad; nor are
        # events told in a part of Afghanistan ("في جنوب وغرب أفغانستان")
        and not (
            facts.outside_only
            and facts.told_abroad
            and (current.roundup or (current.region is not None and current.afghanistan_named))
        )
        # "أعلن الناتو مقتل ثمانية من جنوده", then "إن هجمات في إقليم هلمند أسفرت عن مقتل
        # أربعة مدنيين": other people dead, in another event
        # ("وقال المسؤول إن أربعة مسلحين قتلوا أيضا في معركة ... في مقاطعة خاكي أفغان":
        # "also" adds the other side's dead to the event told)
        and not (
            _other_victims(facts, current)
            and not facts.back_reference
            and lx.ALSO.isdisjoint(facts.forms.forms)
        )
        # "فقد قتل الملا ... في منزل في إقليم دشتي ارشي": the dead told again, at a place
        and (
            etype is not None
            or facts.back_reference
            or (facts.toll and _inside_the_region_told(facts, current))
        )
        # "قتل 11 شرطيا غرب أفغانستان", then "وكان ستة ... قتلوا ... في ولاية غزنة خلال
        # الهجوم على ...": told in the pluperfect at a place in another part of the
        # country, an earlier event
        and not (_first_key(facts) in lx.KANA and not _inside_the_region_told(facts, current))
        # "... إن الصاروخ أطلق من جانب طالبان" names the told event whatever else it tells
        and (
            compatible(current.incident.event_type, etype)
            or facts.back_reference
            # "تجدد القتال بين مليشيات ...", then "قتلا خلال قصف ... في شولجرا": the fire
            # of the battle told
            or (current.incident.event_type in _BATTLE and etype in _BATTLE)
        )
    )
    new_place = (
        (
            bool(facts.event_places)
            and not placing_lead
            and (
                current is None
                or not current.has_own_place
                or not _same_area(facts.event_places, current.mentions)
                or (etype is not None and _a_district_off_its_seat(facts, current))
            )
            and not _the_speaker_goes_on_in_the_province(facts, current)
            and placed_again_by_an_official_there(facts, current) is None
            and not _named_again_in_its_province(facts, current)
            and not (facts.back_reference and _a_district_of_the_capitals_province(facts, current))
            and not _its_people_at_another_place_of_its_province(facts, current)
            and not _an_ambiguous_name_by_an_office_there(facts, current)
            and not placed_away_from_its_place(facts, current)
            and not _its_reference_told_again(facts, current)
        )
        or (
            etype is not None
            and (
                (
                    _office_elsewhere(facts, current)
                    and placed_again_by_an_official_there(facts, current) is None
                )
                or _near_a_town_elsewhere(facts, current)
                or _region_elsewhere(facts, current)
                or _one_of_the_roundup(facts, current)
                or _another_part(facts, current)
            )
        )
        or _dead_at_an_unknown_province(facts, current)
    )
    # "واعتقل سبعة مسلحين في هذه العمليات التي شملت ولايات بغلان وقندهار ونمروز": where
    # the events of a lead told without a place were, not a new one
    new_place = new_place and not (
        facts.these_events and current is not None and not current.has_own_place
    )
    # "وذكرت حركة طالبان أن المعركة استمرت ..." continues the battle told before.
    # A back-reference ("القافلة", "الهجوم") holds even when the sentence names a place
    # abroad the convoy came from; an event told at a place abroad ("وفي بيشاور نفسها،
    # قتل ...") is a new event there, unless it places a lead told without a place.
    abroad = facts.outside_only and facts.told_abroad
    again = current is not None and _told_abroad_again(facts, current)
    continuing = (
        current is not None
        and not facts.new_event
        and not new_place
        and (not abroad or placing_lead or again)
        and (
            facts.back_reference
            # "وأضافت أنها قصفت المجمع ... في مقاطعة موسى قلعة": the lead, placed
            or placing_lead
            # "وقال خوجياني "وقع انفجار ..."": its speaker, named again by his surname, or
            # the rest of a quotation, says more of it where no place of its own is told
            or (
                (_its_speaker_named_again(facts, current) or facts.ends_a_quote)
                and not facts.event_places
            )
            or (
                (not facts.outside_only or placing_lead or again)
                and (
                    etype in ("attack", "other")
                    or current.toll_only
                    or _retold(current.incident.event_type, etype)
                    # "... خلال اشتباكات وقصف جوي", then "أن اشتباكات اندلعت ...": a
                    # battle and the fire that backed it, both named in the lead
                    or (
                        etype in _BATTLE
                        and current.incident.event_type in _BATTLE
                        and etype in current.lead_types
                    )
                    # "قتل 12 مدنيا في غارة", then "قال حاكم المديرية إن قوات التحالف نفذت
                    # عملية في بلدة ...": the forces' fight told as their operation
                    or (facts.operation and current.incident.event_type in _BATTLE)
                    or _the_assault_after_the_blast(facts, current)
                    # "هاجم مسلحون مواقع حدودية", then "وطلبت القوات دعما جويا فقصفت
                    # الطائرات مخابئ المهاجمين": the air support of the fight told
                    or (
                        _air_support(facts)
                        and current.incident.event_type in _ON_THE_GROUND
                        and not facts.event_places
                        # (not "وكانت القوات قد طلبت دعما جويا الأسبوع الماضي": before)
                        and _first_key(facts) not in lx.KANA
                        and not facts.dated_earlier
                    )
                    # "تعرضتا لهجمات بقذائف صاروخية", then "أطلقت قذائف الهاون على ...": the
                    # means the lead named, told of its attack
                    or (current.incident.event_type == "attack" and etype in current.lead_types)
                )
            )
        )
    )
    accusation = (facts.accusation and not new_place) or (
        facts.reaction and not _the_event_told_in_a_reaction(facts, current)
    )
    if (
        etype is not None
        and not accusation
        and not facts.background
        and not (facts.denial and not new_place)
        and not continuing
    ):
        return START
    if current is None:
        return SKIP
    if not new_place and not facts.background and (etype is not None or facts.detail):
        return CONTINUE
    if not new_place and not facts.background and _narrows_the_province(facts, current):
        return CONTINUE
    if _places_the_lead_next(facts, current):
        return CONTINUE
    if facts.another_matter and not facts.back_reference:
        # "من ناحية أخرى، أوضح المتحدث أن عناصر طالبان أوقفت ست حافلات": another matter,
        # told by no word of an event yet; what follows is not the open incident's
        return CLOSE
    if facts.background and not weakly_placed(current.incident.location):
        # Background closes a placed incident; an unplaced one may still get its place.
        return CLOSE
    return SKIP


@dataclass(slots=True)
class OpenIncident:
    """The incident being built, with what its sentences told."""

    incident: Incident
    mentions: list[PlaceMention]
    has_own_place: bool
    said_another: bool = False  # its lead says it is another event ("وفي هجوم آخر")
    # its lead's toll is of several attacks ("سلسلة هجمات في إقليمي ..."): the first
    # figure told of this one replaces it
    toll_of_several: bool = False
    # the figures told of it so far, by kind (their sides are read when a later figure
    # is compared with them)
    figures: dict[str, list[Casualties]] = field(default_factory=dict)
    # its lead told a toll and no event word ("قتل 18 مسلحا خلال عملية أمنية"): the type
    # told next is this event's, whatever it is
    toll_only: bool = False
    # a follow-up has told its type since (a lead of only a toll guessed it)
    type_told: bool = False
    # its lead names the attackers ("المهاجمون"): their dead told later are not added
    lead_counts_attackers: bool = False
    # its lead sums events across the country ("في أنحاء أفغانستان خلال هجمات منفصلة"):
    # each event told after it at a province of its own is one of them, not this
    roundup: bool = False
    # and those are the whole country's or the past day's ("خلال الـ24 ساعة الماضية")
    nationwide: bool = False
    # its lead counts the districts of a province taken or struck ("سقطت 8 مديريات"): an
    # event told after it at one district is one of them, not this
    districts_counted: bool = False
    # the kinds whose figures came from a headline: the first figure told of the event
    # restates them ("مقتل 19 مسلحا" over "... نتج عنه مقتل 19 من المهاجمين")
    from_headline: set[str] = field(default_factory=set)
    # the kinds whose figures only an earlier account gave ("وكانت الوزارة قالت في
    # البداية ..."): the first figure told after it as the account of now replaces them
    superseded: set[str] = field(default_factory=set)
    # its lead reacts to the event ("أعربت قطر عن إدانتها للهجوم الذي استهدف ..."): the
    # first sentence after it that tells the event itself, as a report, becomes the lead
    reaction_lead: bool = False
    report: Sentence | None = None
    # the headline's figures, by kind, kept after the first figure told replaced them:
    # another voice giving one of them again confirms it
    headline_figures: dict[str, int] = field(default_factory=dict)
    # the provinces of the part of the country its lead named ("في جنوب شرق أفغانستان"):
    # a follow-up's speaker or dateline elsewhere does not place it
    region: frozenset[str] | None = None
    # its lead names Afghanistan ("في جنوب وغرب أفغانستان")
    afghanistan_named: bool = False
    # its lead's toll of several events gave way to this one's figures: the events told
    # after it, with dead and a district of their own, are the other parts
    parts_follow: bool = False
    # its lead's words (after a wire dateline): the day of their statement ("أعلن
    # مسؤولون اليوم الأحد مقتل ...") dates it when none of its sentences tells its own day
    lead_text: str = ""
    # the groups its lead named ("حركة طالبان الباكستانية"): a claim by the short name
    # ("طالبان") is the one the lead named
    lead_groups: frozenset[str] = frozenset()
    # the types its lead named, the one chosen and the others ("خلال اشتباكات وقصف جوي")
    lead_types: frozenset[str] = frozenset()
    # its last sentence was the group's own voice ("أعلن المتحدث باسم طالبان ...")
    group_spoke: bool = False
    # the two provinces a sentence told its events at ("ووقع الانفجاران بولايتي زابل
    # وأروزغان"), one mention each: the part told next at one leaves it the other
    spread_over: tuple[PlaceMention, ...] = ()
    # its lead summed events at two provinces, one mention each ("في هجومين وقعا في كابول
    # وولاية كنر"): the part told after the one placed at the first may be at the other
    summed_at: tuple[PlaceMention, ...] = ()
    # the dead its lead summed, before the first part's figure replaced them
    summed_killed: int | None = None
    # its last voice told a figure of its own that the incident's disagrees with ("من
    # جهته، قال مسؤول بمجلس الولاية إن ... 22 جنديا" after 18): what that voice goes on
    # to add is of its own version of the toll
    voice_disagreed: bool = False
    # the kinds whose figure so far is the group's own count ("وأشار مجاهد إلى أن 40 من
    # أفراد الأمن قتلوا"): an official's figure of the same people told after replaces it
    group_counted: set[str] = field(default_factory=set)
    # a sentence of it said the event hurt no one ("لم يسفر عن إصابات"): its words, kept
    # as the casualties told when no figure of either kind was told
    none_hurt_words: str | None = None
    # its date was read from a day that may date the lead's statement, not the event
    # ("أعلن ... اليوم الخميس مقتل خمسة"): the event's own day told after replaces it
    dated_by_saying: bool = False
    # its lead summed several events: the first sentence after it that told one of them at
    # a place of its own
    first_part: Sentence | None = None
    # it is the earlier event a sentence set the told one after or beside ("وجاء الهجوم بعد
    # تفجير ...", "الأكثر دموية منذ مقتل ..."), told in that sentence's clause
    came_before: bool = False
    # a sentence of it told a blast followed by an assault ("تلته مواجهات"): a complex
    # attack, no bomb alone, whatever later sentences name the blast by
    complex_attack: bool = False
    # its lead told an ambush ("في كمين نصبوه"): rockets told after it are the ambush's
    # own fire (rocket-propelled grenades), no shelling
    ambush: bool = False
    # its lead told several towns or districts taken ("سيطرت على عواصم ولايات باكتيكا
    # وبكتيا وكونار"): the incidents of the others, each at its place
    twins: list[OpenIncident] = field(default_factory=list)
    # it is one of those, after the first
    twin: bool = False
    # its lead calls it another event in so many words ("في حادث منفصل")
    told_apart: bool = False
    # the surnames of the speakers its sentences named in full ("وقال محمد يوسف أيوبي،"):
    # one named again by his surname alone ("وقال أيوبي") goes on about it
    speakers: set[str] = field(default_factory=set)


def taken_up(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """An incident told earlier that a sentence names again at its place: a back-reference
    ("الكمين", "القافلة"), no new event, places of its own that are not the open incident's
    but lie where the earlier one was (or in the province its official spoke for)."""
    if facts.new_event:
        return None
    official = placed_again_by_an_official_there(facts, current)
    if official is not None and not any(
        o.incident.location is not None
        and o.incident.location.province_pcode == official.province_pcode
        for o in finished
    ):
        # (an event told before at that province is the one its official speaks of)
        return None
    if (kind := an_earlier_one_of_its_means(facts, current, finished)) is not None:
        return kind
    if (first := _the_first_of_two(facts, current, finished)) is not None:
        return first
    if (back := _back_from_the_earlier_event(facts, current, finished)) is not None:
        return back
    if facts.claimed_there and not (current is not None and current.has_own_place):
        # "وتبنى متمردو طالبان مسؤولية هجوم زابل": the event told at that place before
        there = next(
            (o for o in reversed(finished) if _same_area(facts.event_places, o.mentions)), None
        )
        if there is not None:
            return there
    if (that := _that_earlier_event(facts, finished)) is not None:
        return that
    if (named := _the_thing_an_earlier_lead_named(facts, current, finished)) is not None:
        return named
    if (fight := _the_fight_an_earlier_one_told(facts, current, finished)) is not None:
        return fight
    if (abroad := _taken_up_abroad(facts, current, finished)) is not None:
        return abroad
    if not facts.event_places:
        return (
            _taken_up_by_its_official(facts, current, finished)
            or _taken_up_by_its_victims(facts, current, finished)
            or _taken_up_by_its_peoples_nation(facts, current, finished)
        )
    if not facts.back_reference and not _elsewhere_than_the_office(facts, current):
        return None
    if current is not None and (
        (
            not current.has_own_place
            and facts.back_reference
            and not _a_kind_the_other_one_did_not_tell(facts, current)
            and not _back_where_it_was_outside_the_region(facts, current, finished)
        )
        or _same_area(facts.event_places, current.mentions)
    ):
        return None
    for earlier in reversed(finished):
        loc = earlier.incident.location
        if not compatible(earlier.incident.event_type, facts.event_type):
            continue
        if (
            _same_area(facts.event_places, earlier.mentions)
            or (
                loc is not None
                and loc.how == "office"
                and all(m.province_pcode == loc.province_pcode for m in facts.event_places)
            )
            # "اصطدم انتحاري بقافلة شمال كابول", other news, then "أن الهجوم ... ضرب دورية
            # قرب مدينة قره باغ": an event its lead placed only near a reference point,
            # named again at a place of that point's province
            or (weakly_placed(loc) and _in_its_references_province(facts, earlier))
        ):
            return earlier
    return None


def _in_its_references_province(facts: SentenceFacts, earlier: OpenIncident) -> bool:
    """Whether every event place of a sentence lies in the province of a reference point
    the earlier incident named."""
    provinces = {
        m.province_pcode
        for m in earlier.mentions
        if m.role == roles.REFERENCE and m.resolved and m.in_afghanistan and m.province_pcode
    }
    return bool(facts.event_places) and all(
        m.province_pcode in provinces for m in facts.event_places
    )


def _back_where_it_was_outside_the_region(
    facts: SentenceFacts, current: OpenIncident, finished: list[OpenIncident]
) -> bool:
    """ "هاجم مسلحون مقرا للشرطة في مدينة قندوز ...، وفي جنوب البلاد انفجرت عبوة ...",
    then "وقد استهدف الهجوم في قندوز مبنى ...": the event named again at the place an
    earlier one was told at, outside the part of the country the open one's lead named,
    is that earlier one, not where the open one was."""
    return not _inside_the_region_told(facts, current) and any(
        _same_area(facts.event_places, earlier.mentions) for earlier in finished
    )


def _back_from_the_earlier_event(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "وأصبحت الغارة الأكثر دموية منذ مقتل ثمانية جنود في غارة بقندوز", then "وقال
    مسؤولون إن الغارة وقعت في ولاية هلمند": the earlier event was told in a clause of the
    sentence that set the told one beside it; the event named again is the told one."""
    if current is None or not current.came_before:
        return None
    if not facts.back_reference:
        # "... بعد يومين من قتل 12 شخصا في ولاية بغلان", then "جرح قائد شرطة قندوز
        # بانفجار كبير": an event of the told one's kind in its province, not the earlier one's
        return next(
            (
                earlier
                for earlier in reversed(finished)
                if compatible(earlier.incident.event_type, facts.event_type)
                and _only_in_the_province_of(facts, earlier, besides=current)
            ),
            None,
        )
    if _names_that_one(facts):
        return None  # "مسؤوليته عن ذلك الهجوم": that one, the earlier event
    if _its_things_named(facts, current):
        # (a came-after clause tells two attacks on bases; the next sentence counts the
        # attackers killed "في الهجومين": the two attacks of that clause, named again)
        return None
    return next(
        (
            earlier
            for earlier in reversed(finished)
            if compatible(earlier.incident.event_type, facts.event_type)
        ),
        None,
    )


def _only_in_the_province_of(
    facts: SentenceFacts, told: OpenIncident, *, besides: OpenIncident
) -> bool:
    """Whether the sentence's Afghan places and offices all lie in the province the told
    incident was placed in, and that is not the other incident's."""
    loc, other = told.incident.location, besides.incident.location
    provinces = {
        m.province_pcode for m in facts.afghan_places if m.role in (roles.EVENT, roles.OFFICE)
    }
    return (
        loc is not None
        and provinces == {loc.province_pcode}
        and (other is None or other.province_pcode != loc.province_pcode)
    )


def _the_first_of_two(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "أما الهجوم الثاني فطال ثكنة ...", then "وكان منفذ الهجوم الأول انتحاريا ...":
    the first of the events told, not the second one open."""
    if current is None or not finished or facts.event_places:
        return None
    words = facts.forms.keys.split()
    first = any(a in ATTACK_NOUNS and b in lx.THE_FIRST for a, b in pairwise(words))
    lead = normalize(current.lead_text).split()
    second = any(a in ATTACK_NOUNS and b in lx.SECOND for a, b in pairwise(lead))
    if not (first and second):
        return None
    return min(finished, key=lambda o: o.incident.start)


def an_earlier_one_of_its_means(
    facts: SentenceFacts, told: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "وأعلنت الحركة مسؤوليتها عن التفجير الانتحاري" after a suicide attack, then a
    roadside bomb elsewhere: the event named again by its means, other than the last one
    told's, is the earlier one of those means."""
    means = facts.event_type
    # (a claim of the bombing after an event of no means, an abduction told in between:
    # "واختطف مسلحون موظفين ...", then "وتبنت الحركة تفجير قندهار الذي استهدف المرشح",
    # which places the bombing told before without a place)
    between = (
        told is not None
        and told.incident.event_type == "other"
        and bool(contains(facts.forms, lx.RESPONSIBILITY))
    )
    if (
        told is None
        or not facts.back_reference
        or (facts.event_places and not between)
        or means not in _MEANS
        or (told.incident.event_type not in _MEANS and not between)
        or told.incident.event_type == means
        # ("لقد كان هجوما انتحاريا", then "منفذ التفجير": a suicide blast is a blast too,
        # named by the bombing's noun)
        or (means == "ied" and told.incident.event_type == "suicide_bomb")
    ):
        return None
    earlier = next((o for o in reversed(finished) if o.incident.event_type == means), None)
    if earlier is not None and facts.event_places and earlier.has_own_place:
        return None
    return earlier


_MEANS: Final = frozenset({"ied", "suicide_bomb", "airstrike", "shelling"})


def _the_thing_an_earlier_lead_named(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """A thing of an event named again with the article (a helicopter, a convoy, a bus,
    the two attacks): a helicopter brought down in one province, then another matter in
    another province, then "the rebels who downed the helicopter" killed; the open
    incident's lead never named the thing and an earlier one's did: that one's."""
    if current is None or not finished or not facts.back_reference:
        return None
    if _its_things_named(facts, current):
        return None
    return next(
        (earlier for earlier in reversed(finished) if _its_things_named(facts, earlier)),
        None,
    )


def _the_fight_an_earlier_one_told(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "قتل جنديان في اشتباكات قرب الحدود", then a shooting elsewhere, then "واستمر القتال
    الذي وقع جنوبي خوست ثماني ساعات": the fight named again with the article, with no
    place of its own, is the earlier clash, not the open incident that told none."""
    if current is None or not finished or facts.event_places:
        return None
    if current.incident.event_type == _CLASH or not any(
        k in lx.THE_FIGHTING for k in facts.forms.keys.split()
    ):
        return None
    return next((o for o in reversed(finished) if o.incident.event_type == _CLASH), None)


_CLASH: Final = "armed_clash"


def _its_things_named(facts: SentenceFacts, told: OpenIncident) -> bool:
    """Whether the sentence names again, with the article, a thing of an event (a
    helicopter, a convoy, the two attacks) that the incident's lead named."""
    things = [k[2:] for k in facts.forms.keys.split() if k in _THINGS]
    return bool(things) and bool(told.lead_text) and _names_any(told.lead_text, things)


def _names_any(text: str, stems: list[str]) -> bool:
    """Whether a text names any of the nouns, with or without the article."""
    keys = {k.removeprefix("ال") for k in normalize(text).split()}
    return any(stem in keys for stem in stems)


# The things of an event that the press names again by their noun with the article.
_THINGS: Final = frozenset(
    normalize(w)
    for w in (
        *("المروحية", "الطائرة", "القافلة", "الحافلة", "الشاحنات", "الشاحنة", "الدورية"),
        # the rounds and the site they fell on: "أحد الصواريخ التي سقطت على المطار"
        *("الصواريخ", "القذائف", "المطار"),
        # two events told together ("هجومين"), then named again ("في الهجومين")
        *("الهجومين", "التفجيرين", "الانفجارين", "الاشتباكين", "الكمينين"),
    )
)


def _names_that_one(facts: SentenceFacts) -> bool:
    """Whether the sentence names an event told before by "ذلك"/"تلك" (that one)."""
    words = facts.forms.keys.split()
    return any(a in _THAT and b in lx.BACK_REFERENCES_SET for a, b in pairwise(words))


_THAT: Final = frozenset(normalize(w) for w in ("ذلك", "تلك"))


def _that_earlier_event(facts: SentenceFacts, finished: list[OpenIncident]) -> OpenIncident | None:
    """ "وأعلن تنظيم داعش مسؤوليته عن ذلك الهجوم" right after an earlier event told in a
    clause of the told one: that one, the earlier event."""
    if not finished or not finished[-1].came_before or not facts.back_reference:
        return None
    if not _names_that_one(facts):
        return None
    earlier = finished[-1]
    return earlier if compatible(earlier.incident.event_type, facts.event_type) else None


def _a_kind_the_other_one_did_not_tell(facts: SentenceFacts, current: OpenIncident) -> bool:
    """ "وفي حادث منفصل قالت القوة إن جنودها قتلوا مدنيين اثنين", then "وقال قائد الشرطة
    إن أربعة مدنيين أصيبوا أيضا في الغارة ... في منطقة نادعلي": a back-reference to a kind
    of event the open one, told as another event by its dead alone, never named is the
    earlier event's."""
    return (
        current.said_another
        and current.toll_only
        and facts.event_type not in (None, TOLL_TYPE, "other")
    )


def _taken_up_by_its_official(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "وقال المتحدث باسم حاكم إقليم بلخ إن الهجوم الذي وقع يوم الخميس ...": the event
    named again by an official of another province than the open incident's is an earlier
    one told unplaced, or placed in his province. So is the same kind of event told with
    no toll by that official right after a lead that told two events (a governor who
    escaped a bomb in the north, "بينما جرح 12 شخصا بتفجير في ولاية لوغار", then "وقال
    حاكم بغلان إن عبوة ناسفة انفجرت قرب موكبه"): the first of them, nothing told of it
    since."""
    if current is None:
        return None
    if not facts.back_reference and not (
        not facts.counted
        and finished
        and not finished[-1].incident.more
        and finished[-1].incident.event_type == facts.event_type == current.incident.event_type
        and not current.incident.more
    ):
        return None
    offices = [
        m for m in facts.placed if m.role == roles.OFFICE and m.resolved and m.in_afghanistan
    ]
    loc = current.incident.location
    if not offices or loc is None or loc.province_pcode == offices[0].province_pcode:
        return None
    province = offices[0].province_pcode
    for earlier in reversed(finished):
        told = earlier.incident.location
        if not compatible(earlier.incident.event_type, facts.event_type):
            continue
        if told is None or told.province_pcode == province:
            return earlier
    return None


def _taken_up_by_its_victims(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "قتل أربعة جنود كنديين في ثلاث هجمات"، "كما لقي 21 مدنيا مصرعهم في انفجار سيارة
    مفخخة"، then "إن ثلاثة جنود كنديين قتلوا ... في كمين": dead of the sides an earlier
    incident counted, none of the open one's, told with no place of their own, are that
    earlier incident's (a lead that told two events, then the first one's detail)."""
    if current is None or facts.new_event or not _other_victims(facts, current):
        return None
    if not facts.forms.forms.isdisjoint(lx.ANAPHORA):
        # "مقتل رئيس شرطة الولاية": the unit named by anaphor is the open incident's
        return None
    for earlier in reversed(finished):
        counted = frozenset().union(
            *(c.sides_of(kind) for kind, told in earlier.figures.items() for c in told)
        )
        if (
            counted
            and NO_SIDE.isdisjoint(counted)
            and facts.victims <= counted
            and compatible(earlier.incident.event_type, facts.event_type)
        ):
            return earlier
    return None


def _taken_up_by_its_peoples_nation(
    facts: SentenceFacts, current: OpenIncident | None, finished: list[OpenIncident]
) -> OpenIncident | None:
    """ "تفجير انتحاري في كابول استهدف حراسا نيباليين", then a bombing in Badakhshan, then
    "إن الهجوم ... أوقع 14 قتيلا جميعهم نيباليون": a back-reference that names the nation
    of the people an earlier incident's lead named, which the open one's did not, takes up
    that earlier incident."""
    if current is None or not facts.back_reference:
        return None
    nations = _nations_in(facts.sentence.text)
    if not nations or nations & _nations_in(current.incident.sentence):
        return None
    return next(
        (
            earlier
            for earlier in reversed(finished)
            if nations & _nations_in(earlier.incident.sentence)
            and compatible(earlier.incident.event_type, facts.event_type)
        ),
        None,
    )


def _nations_in(text: str) -> frozenset[str]:
    """The nations whose people a text names by their adjective in the plural or the dual
    ("نيباليين", "الكنديون", "أمريكيان"; not "الطائرات الأمريكية", a nation's arms)."""
    return frozenset(
        stem for stem in _NATION_STEMS if any(stem + end in text for end in _PEOPLE_ENDINGS)
    )


_PEOPLE_ENDINGS: Final = ("ين", "ون", "ان")


# Nations whose people the reports name as victims, by the stem of their adjective (the
# Afghan and Pakistani ones are in every other sentence and tell nothing apart).
_NATION_STEMS: Final = (
    *("نيبالي", "هندي", "أمريكي", "أميركي", "امريكي", "اميركي", "بريطاني", "كندي"),
    *("ألماني", "الماني", "فرنسي", "إيطالي", "ايطالي", "إسباني", "اسباني", "أسترالي"),
    *("استرالي", "بولندي", "دنماركي", "نرويجي", "روسي", "صيني", "تركي", "كوري", "ياباني"),
)


def _elsewhere_than_the_office(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """The open incident is placed only by its official's office ("المتحدث باسم شرطة
    العاصمة كابل"), and the sentence tells an event in another province ("أن مسلحيها
    قتلوا 60 جنديا في هجوم ولاية بغلان"): an event told earlier there, if one was, rather
    than the open one moved."""
    if current is None or current.has_own_place:
        return False
    loc = current.incident.location
    return (
        loc is not None
        and loc.how == "office"
        and all(m.province_pcode != loc.province_pcode for m in facts.event_places)
    )


@dataclass(frozen=True, slots=True)
class Layout:
    """Where an article's text ends and its first line stops, measured once."""

    end: int  # the end of the text without trailing space
    first_line_end: int
    first_line_words: int
    first_line_stops: bool = False  # the first line ends with a full stop

    @classmethod
    def of(cls, text: str) -> Layout:
        first_line = text[: text.find("\n")] if "\n" in text else text
        return cls(
            len(text.rstrip()),
            len(first_line),
            len(first_line.split()),
            first_line.rstrip().endswith("."),
        )


def _is_headline(sentence: Sentence, tokens: list[Token], *, text: str, layout: Layout) -> bool:
    """A title or sub-headline: short, no closing punctuation, more text after it.

    A title stands on its own line (up to 16 words); a sub-headline runs into the next
    sentence with no full stop (up to 10 words).
    """
    if sentence.end >= layout.end:
        return False
    own_line = text[sentence.end : sentence.end + 1] in ("\n", "") and (
        sentence.start == 0 or text[sentence.start - 1] == "\n"
    )
    if sentence.end <= layout.first_line_end < layout.end and layout.first_line_words <= (
        _TITLE_WITH_STOP_WORDS if layout.first_line_stops else 20
    ):
        # the article's title line, whatever its punctuation inside; a long first line
        # that ends with a full stop is the lead ("قتل تسعة ... بإقليم أوروزجان ...")
        return True
    if (
        own_line
        and sentence.text.endswith(":")
        and _HEADLINE_MIN_WORDS <= len(tokens) <= _TITLE_WITH_STOP_WORDS
        and not _goes_on(tokens[0])
        and all(lx.CLAIM_VERBS_SET.isdisjoint(t.bare) for t in tokens)
    ):
        return True  # "مقتل جنديين أمريكيين في كابول:", a section's title, no speaker's
    # (a full stop inside the closing quote ends a sentence too: "... لعلاج جروحه."")
    closed = sentence.text.rstrip(_CLOSING_QUOTES) or sentence.text
    # (an ellipsis ends the sub-headline that opens the line under the title: "ثالث
    # قاض يقتل في البلاد منذ بداية الشهر.. والشرطة تحقق في الحادث")
    # ... and more of the deck after it on the same line: a lead cut short with ".." is
    # the lead still
    trailing = (
        closed.endswith(_ELLIPSES)
        and _opens_the_line_under_the_title(text, sentence.start, layout)
        and text[sentence.end : sentence.end + 1] not in ("\n", "")
    )
    if (closed[-1] in ".!?؟:؛" and not trailing) or _goes_on(tokens[0]) or _but_opens(tokens):
        return False
    if _after_a_body_line_cut(text, sentence.start):
        return False  # "... في هجوم لم تعرف\nطبيعته بعد ...": the rest of a broken sentence
    if text[sentence.end : sentence.end + 1] in ("،", ","):
        return False  # the first clause of a sentence ("...، فيما ..."), cut before its comma
    # A word or two on a line of their own ("بينما") are a broken sentence, not a title;
    # two words after a blank line ("\n\nانفجار كابل\n") head a section.
    least = (
        _SECTION_MIN_WORDS
        if own_line and text[max(0, sentence.start - 2) : sentence.start] == "\n\n"
        else _HEADLINE_MIN_WORDS
    )
    return least <= len(tokens) <= (16 if own_line else 10)


_CLOSING_QUOTES: Final = '"»”’)' + "'"
_ELLIPSES: Final = ("..", "…")


def _opens_the_line_under_the_title(text: str, start: int, layout: Layout) -> bool:
    """Whether `start` opens the line right after the title line (blank lines between)."""
    return (
        0 < layout.first_line_end < start
        and text[start - 1] == "\n"
        and not text[layout.first_line_end : start].strip()
    )


_HEADLINE_MIN_WORDS: Final = 3
_SECTION_MIN_WORDS: Final = 2
_TITLE_WITH_STOP_WORDS: Final = 12


def _goes_on(first: Token) -> bool:
    """ "وقال ...", "وفي ...": a line opening with the conjunction and a word that goes on
    from the sentence before is body text that lost its full stop, not a sub-headline."""
    return first.text.startswith("و") and (
        first.key[1:] in lx.GOES_ON or not lx.GOES_ON.isdisjoint(first.bare[1:])
    )


def _after_a_body_line_cut(text: str, start: int) -> bool:
    """Whether the line before `start` is body text cut before its end: a long line with
    no closing punctuation ("... في هجوم لم تعرف\nطبيعته بعد"), so the line at `start`
    finishes its sentence."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] in _CLOSING:
        return False
    # (a line longer than the window is body text too)
    line_start = text.rfind("\n", max(0, end - _LINE_WINDOW), end)
    if line_start < 0 and end > _LINE_WINDOW:
        return True
    return len(text[line_start + 1 : end].split()) > _BODY_LINE_WORDS


_CLOSING: Final = frozenset('.!?؟:؛،,"»”)')
_BODY_LINE_WORDS: Final = 16  # longer than any title
_LINE_WINDOW: Final = 400  # characters: more than a title's 16 words


def _but_opens(tokens: list[Token]) -> bool:
    """ "غير ان مسؤولة عسكرية اميركية", "لكن مصدرا أمنيا": a line opening on "but" turns
    from the sentence before, body text broken by a line end, never a title; so does an
    aside ("يذكر أن وزارة الداخلية الأفغانية")."""
    return tokens[0].key in lx.BUT or (
        len(tokens) > 1
        and (tokens[0].key in lx.BUT_THAT or tokens[0].key in ASIDES)
        and tokens[1].key in lx.THAT
    )


def placed_away_from_its_place(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "قتلوا أربعة مدنيين قرب العاصمة الأفغانية", then "وعثر على جثث الرجال الأربعة في
    مقاطعة جالريز على بعد 40 كلم من كابول": the event named again,
    placed by its distance or bearing from the place it was told at, is the same event
    told more closely."""
    if (
        current is None
        or not facts.back_reference
        or not current.has_own_place
        or not facts.event_places
    ):
        return False
    references = [
        m for m in facts.placed if m.role == roles.REFERENCE and m.resolved and m.in_afghanistan
    ]
    told_at = [
        m for m in current.mentions if m.resolved and m.in_afghanistan and m.role == roles.EVENT
    ]
    # the one place it was told at, the new place's reference point ("وامتدت الاشتباكات
    # إلى منطقة ... على مسافة 20 كلم غرب مزار شريف" after fighting at several places
    # tells a front of its own)
    return bool(told_at) and any(all(_the_same_town(m, r) for m in told_at) for r in references)


def _its_reference_told_again(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "... في مديرية باجرام شمال العاصمة الأفغانية كابول", then "لم تعلق القوات على
    التفجير الأخير في شمال العاصمة الأفغانية": the event named again at the place its
    lead set it beside, the same event, not one at that place."""
    if (
        current is None
        or not facts.back_reference
        or not current.has_own_place
        # "... وبعد أسبوعين من مقتل ثلاثة جنود قرب قندوس": dead told, of an earlier event
        or bool(contains(facts.forms, lx.KILLED))
        or bool(contains(facts.forms, lx.WOUNDED))
    ):
        return False
    beside = {
        m.district_pcode or m.province_pcode
        for m in current.mentions
        if m.role == roles.REFERENCE and m.resolved and m.in_afghanistan
    }
    # (a town named bare is its province's entry: "كابول" beside, "العاصمة" told again)
    return bool(facts.event_places) and all(
        (m.district_pcode or m.province_pcode) in beside or m.province_pcode in beside
        for m in facts.event_places
    )


def _the_same_town(told: PlaceMention, reference: PlaceMention) -> bool:
    """Whether a reference point names the district an event was told at; a province's
    name read alone ("على مسافة أربعين كلم من كابول") names its capital's district."""
    district = reference.district_pcode
    if district is None and reference.level == "province" and reference.province_pcode:
        district = reference.province_pcode + "01"
    return told.district_pcode is not None and told.district_pcode == district


def _named_again_in_its_province(facts: SentenceFacts, current: OpenIncident | None) -> bool:
    """ "وألقى المسؤول باللوم على طالبان في زرع العبوة الناسفة في طريق رئيسي في مدينة غزني"
    after a bomb told in Gelan district of Ghazni: the event named again ("العبوة"), with
    no dead of its own, at the capital of the province it was told in is the same event,
    told by the province's town, not another one."""
    if (
        current is None
        or not facts.back_reference
        or facts.counted
        # (any place of the province when the voice goes on: "وأضاف البيان أن الغارة
        # استهدفت منازل في منطقة ..." is where the strike it told fell)
        or not (facts.goes_on or all(_the_capital_or_the_province(m) for m in facts.event_places))
    ):
        return False
    loc = current.incident.location
    if current.has_own_place:
        provinces = {
            m.province_pcode
            for m in current.mentions
            if m.resolved and m.in_afghanistan and m.role == roles.EVENT
        }
    elif loc is not None and loc.how == "capital":
        # "استهدف مكتب حاكم الولاية", then "إن إقليم نيمروز الذي جرى فيه الهجوم ...": the
        # governor's seat, in the province named again
        provinces = {loc.province_pcode}
    else:
        return False
    return (
        bool(facts.event_places)
        and len(provinces) == 1
        and all(m.province_pcode in provinces for m in facts.event_places)
        and compatible(current.incident.event_type, facts.event_type)
    )


def _an_ambiguous_name_by_an_office_there(
    facts: SentenceFacts, current: OpenIncident | None
) -> bool:
    """ "وذكر البيان أن رئيس منطقة باتي كوت أصيب بعد انفجار عبوة في منطقة جاني خيل" after
    a bomb told in Nangarhar: a name several provinces hold (a tribe's village, a
    district of Paktya and of Paktika), none of them the incident's, next to an office
    of its province, or told by the speaker going on ("وأضاف أن مركبة اصطدمت بقنبلة في
    منطقة ناوا" after a bomb in Kandahar), is a place in that province the gazetteer does
    not know; no new event elsewhere."""
    if current is None or not current.has_own_place:
        return False
    provinces = {
        m.province_pcode
        for m in current.mentions
        if m.resolved and m.in_afghanistan and m.role == roles.EVENT
    }
    elsewhere = [m for m in facts.event_places if m.province_pcode not in provinces]
    return (
        bool(elsewhere)
        and all(_held_by_several(m) for m in elsewhere)
        and (
            facts.goes_on
            or any(m.role == roles.OFFICE and m.province_pcode in provinces for m in facts.mentions)
        )
    )


def _held_by_several(m: PlaceMention) -> bool:
    """Whether the gazetteer's candidates for the name lie in more than one province."""
    return (
        m.ambiguous
        and len({m.province_pcode, *(c.get("province_pcode") for c in m.candidates)}) > 1
    )


def _the_capital_or_the_province(m: PlaceMention) -> bool:
    """A province, or its capital's district (P-code ending in 01)."""
    return m.district_pcode is None or m.district_pcode.endswith("01")


def _its_office_elsewhere(facts: SentenceFacts, current: OpenIncident) -> bool:
    """Whether the open incident was placed by the office of a district's own official
    in a province none of the sentence's event places lies in. (A province's official
    may be struck away from it: "قتل قائد شرطة إقليم أوروزغان" in Kabul; nor does a
    speaker's seat, "أعلن في كابل", say where the event was.)"""
    loc = current.incident.location
    return (
        loc is not None
        and loc.how == "office"
        and loc.level == "district"
        and bool(facts.event_places)
        and all(m.province_pcode != loc.province_pcode for m in facts.event_places)
    )


def _a_district_off_its_seat(facts: SentenceFacts, current: OpenIncident) -> bool:
    """Attacks told at the provincial seat ("مركز ولاية X"), then "كما" and an attack on
    another district's centre of the same province: an event told at another district
    than the provincial seat the open incident was placed in is an event of its own, not
    a narrower place of that one."""
    loc = current.incident.location
    return (
        loc is not None
        and loc.how == "capital"
        and loc.district_pcode is not None
        and any(
            m.district_pcode is not None
            and m.province_pcode == loc.province_pcode
            and m.district_pcode != loc.district_pcode
            for m in facts.event_places
        )
    )


def _a_district_of_the_capitals_province(
    facts: SentenceFacts, current: OpenIncident | None
) -> bool:
    """Whether the open incident was placed by a province's name read as its capital
    ("هاجم انتحاري قاعدة في كابول"), and the sentence's event places are districts of
    that province ("عند بوابة القاعدة في منطقة بغمان"): the press's "كابول" is the
    province as often as the city, and the district says where in it."""
    loc = None if current is None else current.incident.location
    return (
        loc is not None
        and loc.how == "capital"
        and bool(facts.event_places)
        and all(
            m.level == "district" and m.province_pcode == loc.province_pcode
            for m in facts.event_places
        )
    )


def _same_area(new: list[PlaceMention], old: list[PlaceMention]) -> bool:
    """Whether the places of a sentence are those of the open incident (or inside them)."""
    old_afghan = [
        m for m in old if m.resolved and m.in_afghanistan and m.role in (roles.EVENT, roles.ROUTE)
    ]
    if not old_afghan:
        return False
    old_districts = {m.district_pcode for m in old_afghan if m.district_pcode}
    old_provinces = {m.province_pcode for m in old_afghan}
    for m in new:
        # A district inside a province told so far only at province level narrows it.
        if m.district_pcode and old_districts and m.district_pcode not in old_districts:
            return False
        if m.province_pcode not in old_provinces:
            return False
    return True


# Types that one event can be told as in two sentences ("هجوم" then "فجر نفسه").
_COMPATIBLE: Final = frozenset(
    {
        ("suicide_bomb", "ied"),
        ("airstrike", "shelling"),
        ("armed_clash", "attack"),
        ("ied", "attack"),
        # The press names one blast by its charge and by what the charge was made of:
        # "انفجرت عبوة ناسفة ..." then "... القذيفة المزروعة على جانب الطريق".
        ("ied", "shelling"),
        ("suicide_bomb", "attack"),
        ("shelling", "attack"),
        ("airstrike", "attack"),
        ("other", "attack"),
    }
)


def compatible(told: str, etype: str | None) -> bool:
    """Whether a sentence of type `etype` may tell the same event as one of type `told`."""
    return (
        etype is None
        or etype == told
        or (told, etype) in _COMPATIBLE
        or (etype, told) in _COMPATIBLE
    )


def _retold(told: str, etype: str | None) -> bool:
    """Whether a sentence of type `etype` without a back-reference retells the event of
    type `told`: an air strike or shelling after a ground attack is the other side's
    answer, a new event."""
    return compatible(told, etype) and not (
        etype in ("airstrike", "shelling") and told in ("attack", "armed_clash")
    )


_RANK: Final = {"generic": 0, "means": 1, "dominant": 2}
# A battle and the fire from afar that backs it
_BATTLE: Final = frozenset({"armed_clash", "airstrike", "shelling"})
_ON_THE_GROUND: Final = frozenset({"armed_clash", "attack"})


def _air_support(facts: SentenceFacts) -> bool:
    """Whether the sentence tells aircraft backing a fight ("بمروحيات لتقديم الدعم")."""
    return bool(contains(facts.forms, lx.AIR_SUPPORT))


def more_specific(etype: str | None, *, than: str) -> TypeGuard[str]:
    """Whether a later sentence's type tells the same event more precisely: an attack
    turns out a suicide bombing, shelling an air strike. An abduction stays one."""
    if etype is None or etype == than or not compatible(than, etype):
        return False
    return _RANK[BY_NAME[etype].rank] > _RANK[BY_NAME[than].rank]
