"""Arabic article text to located incidents: one pass per article, two phases.

1. Read each sentence once (`incidents.text` splits, `incidents.tokens` tokenises and
   normalises): its place mentions with their roles (`incidents.mentions`,
   `incidents.roles`), event type, claim and equipment (`incidents.events`), casualty
   counts (`incidents.casualties`), gathered in `incidents.segment.SentenceFacts`.
2. Decide from those facts alone whether the sentence starts, continues or closes an
   incident (`incidents.segment.segment`), and place each incident from the ranked
   evidence of all its sentences (`incidents.locate`).

This module runs the article through both phases and fills each incident's fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, pairwise
from typing import Final

from gazetteer.match import UNIT_WORDS, Gazetteer
from gazetteer.normalize import normalize
from incidents import dates, numbers, roles
from incidents import lexicon as lx
from incidents.background import (
    opens_earlier_in_the_week,
    opens_with_what_it_came_after,
    what_it_came_after,
)
from incidents.casualties import (
    NO_SIDE,
    Casualties,
    casualties,
    casualty_kind,
    count_after_its_agents,
    none_hurt_words,
    the_strikers_version,
)
from incidents.clauses import (
    a_separate_event,
    clauses_of,
    events_at_several_provinces,
    told_apart,
    twins_at_one_target,
    two_units_named,
)
from incidents.events import (
    article_claimant,
    assault_after_the_blast,
    claim_in,
    date_text,
    equipment,
    event_type,
    first_trigger,
    groups_named,
    labels,
    objects_taken,
    one_of_a_series,
    only_an_operation,
    owns_a_deed,
    plural_triggers_only,
    relayed_by,
    types_named,
)
from incidents.eventtypes import BY_NAME
from incidents.locate import (
    Context,
    by_elimination,
    from_headline,
    in_the_capital,
    locate,
    measured_from_elsewhere,
    refine,
    region_told,
    settle,
    told_in_anaphor,
    weakly_placed,
    within_region,
)
from incidents.mentions import (
    capital_mention,
    credit_line,
    dateline_mention,
    dateline_span,
    find_mentions,
    outlets_credited,
    quarters_named_as_districts,
    read_loosely,
    the_namesake_in,
)
from incidents.records import Incident, Location, PlaceMention
from incidents.segment import (
    CLOSE,
    CONTINUE,
    HEADLINE,
    SKIP,
    START,
    TOLL_TYPE,
    Layout,
    OpenIncident,
    SentenceFacts,
    an_earlier_one_of_its_means,
    another_told,
    another_weekday,
    compatible,
    more_specific,
    placed_again_by_an_official_there,
    placed_away_from_its_place,
    read_sentence,
    refers_back,
    second_clause,
    segment,
    speakers_named,
    taken_up,
    toll_of_the_named_event,
)
from incidents.text import Sentence, split_sentences
from incidents.tokens import Token, tokenize
from incidents.words import Words, a_span_after, all_forms, contains, definite

__all__ = ["extract_article", "find_mentions", "tokenize"]


def extract_article(
    text: str,
    *,
    gazetteer: Gazetteer,
    article_id: str,
    corrections: Mapping[str, str] | None = None,
    published: date | None = None,
    trace: Callable[[SentenceFacts, str], None] | None = None,
) -> list[Incident]:
    """Incidents of one article, in order of appearance.

    Parameters
    ----------
    text : the article text (as read by `incidents.text.read_article`).
    gazetteer : the place index used to match mentions.
    article_id : the article's name, carried into every incident.
    corrections : analyst corrections, normalised spelling -> gazetteer entry id.
    published : the article's publication date, which resolves "أمس" and weekdays to
        calendar dates; a wire dateline with a date a few days before it, or with no
        publication date, is the day the text was written and counts instead.
    trace : called with each sentence's facts and the step segmentation took (a tuning
        aid: `bench/trace.py`).
    """
    return list(
        _extract(
            text,
            gazetteer=gazetteer,
            article_id=article_id,
            corrections=corrections,
            published=_written_on(published, dates.dateline_date(text)),
            trace=trace,
        )
    )


def _written_on(published: date | None, dateline: date | None) -> date | None:
    """The day the text's "اليوم" and "أمس" count from: the wire dateline's date when it
    has one up to a few days before the publication date ("جلال آباد 17 يناير 2016/ ...
    صباح اليوم (الأحد)", put on the web on the 18th), else the publication date."""
    if dateline is None or published is None:
        return published or dateline
    return dateline if 0 <= (published - dateline).days <= _POSTED_LATE else published


_POSTED_LATE: Final = 3  # days a wire story may go online after its dateline


@dataclass(slots=True)
class _Reading:
    """One article being read: what holds for all its sentences, and what carries over
    from one sentence to the next."""

    text: str
    gazetteer: Gazetteer
    article_id: str
    corrections: Mapping[str, str] | None
    published: date | None
    layout: Layout
    dateline: tuple[int, int] | None
    group: str | None  # the group whose claims the article relays
    statement: bool  # the article is the group's own statement
    context: Context = field(default_factory=Context)
    dateline_place: PlaceMention | None = None
    datelines_read: bool = False  # the dateline's places were read (dateline_place: one)
    # What a headline announced for the next incident: its figures and its places.
    headline: Casualties | None = None
    headline_places: list[PlaceMention] = field(default_factory=list)
    # The country abroad a headline told its event in ("... في وكالة مهمند شمال غربي
    # باكستان"), when it named no Afghan place.
    headline_abroad: str | None = None
    # Names of places read as people's surnames so far (`_people_named_before`).
    people: set[str] = field(default_factory=set)


def _extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    article_id: str,
    corrections: Mapping[str, str] | None,
    published: date | None,
    trace: Callable[[SentenceFacts, str], None] | None = None,
) -> Iterator[Incident]:
    # One pass: every sentence split and tokenised once; later stages read these tokens.
    read = [
        clause
        for s in split_sentences(text)
        for clause in clauses_of(text, s, tokenize(s.text, offset=s.start), gazetteer=gazetteer)
    ]
    group, statement = article_claimant([tokens for _, tokens in read])
    reading = _Reading(
        text=text,
        gazetteer=gazetteer,
        article_id=article_id,
        corrections=corrections,
        published=published,
        layout=Layout.of(text),
        dateline=dateline_span(text),
        group=group,
        statement=statement,
    )
    current: OpenIncident | None = None
    closed: OpenIncident | None = None  # closed by background; a back-reference may reopen it
    finished: list[OpenIncident] = []
    # What each long sentence told, by its words: a stored page that prints its lead
    # paragraph twice tells nothing new the second time. The repeat takes up the incident
    # it opened or continued (None: it told none), so the sentences after it go on with it.
    told: dict[tuple[str, ...], OpenIncident | None] = {}
    named: list[PlaceMention] = []  # every place the article names, headlines too
    after_background = False  # the sentence before told background
    background_counts: frozenset[int] = frozenset()  # the counts that sentence told
    for sentence, tokens in read:
        told_again = False  # the sentence tells an incident's dead and wounded again
        if not tokens or credit_line(sentence.text):
            continue
        words = tuple(t.key for t in tokens) if len(tokens) >= _REPEAT_MIN_WORDS else None
        if words is not None and words in told:
            earlier = told[words]
            if earlier is not None and earlier is not current:
                finished[:] = [o for o in finished if o is not earlier]
                finished.extend(o for o in (closed, current) if o is not None and o is not earlier)
                current, closed = earlier, None
            continue
        facts = _facts(reading, sentence, tokens)
        facts = _the_country_abroad_told(
            facts, current or closed or (finished[-1] if finished else None)
        )
        named.extend(facts.mentions)
        if after_background and not facts.event_places and _of_those_told(tokens):
            # "وقد قتل هذا العام 290 جنديا. وقتل عدد كبير من هؤلاء الجنود برصاص ...": the
            # people of the tally told before, as much background as it
            facts = replace(facts, background=True)
        if after_background and _events_counted_again(tokens, background_counts):
            # "بعد ثلاث عمليات انتحارية استهدفت ...", then "وأسفرت الهجمات الثلاث في
            # المجموع عن ...": the toll of the events the background told
            facts = replace(facts, background=True)
        if _the_told_events_summed(tokens, current, finished) or (
            current is not None
            and current.has_own_place
            and not facts.event_places
            and _a_series_toll(tokens)
        ):
            # "وأوقعت الهجمات خمسة قتلى و37 جريحا" after events told at places of their
            # own, "قتلوا أكثر من ستين شخصا في سلسلة هجمات" after one: the toll of them
            # all, no one event's
            facts = replace(facts, background=True)
        if after_background and _the_report_goes_on(tokens):
            # "وقال تقرير أصدرته الأمم المتحدة إن 1320 مدنيا قتلوا ...", then "وأضاف
            # التقرير ...": the report's figures go on, as much background as the first
            facts = replace(facts, background=True)
        if facts.background and current is None and _the_headline_told(reading, tokens, facts):
            # "مقتل 21 شخصا بتفجير انتحاري", then "قتل 21 شخصا في تفجير انتحاري قرب
            # مبنى كان في السابق مقرا ...": the headline's event, whatever the
            # sentence says of the past of its site
            facts = replace(facts, background=False)
        if (
            facts.past_month
            and not facts.back_reference
            and (current is not None or closed is not None or finished)
        ):
            # "وقتل 17 شخصا ... في أغسطس الماضي" after the news's own event: what came
            # before ("... بعد تحطم مروحيتهما ... وقتل خمسة جنود الشهر الماضي" still
            # tells the event, in its first clauses)
            facts = replace(facts, background=True)
        after_background = facts.background
        background_counts = _counts_in(tokens) if after_background else frozenset()
        if (
            facts.new_event
            and current is not None
            and not facts.event_places
            and _the_separate_events_told_again(tokens, current)
        ):
            # "قتل خمسة جنود في هجومين منفصلين", then "وقال الحلف إن جنوده قتلوا في
            # هجومين منفصلين": the lead's events named again, no other one
            facts = replace(facts, new_event=False, another_event=False)
        if _another_day(reading, facts, tokens, current):
            # a toll told on a day of its own is another event's too ("وقتل 25 شرطيا في 6
            # نوفمبر في منطقة بشت رود بالإقليم")
            facts = replace(facts, new_event=True, another_event=facts.event_type is None)
        if (
            current is None
            and closed is not None
            and (kind := an_earlier_one_of_its_means(facts, closed, finished)) is not None
        ):
            # "وتبنت الحركة العملية الانتحارية" after background closed a roadside bomb
            # told after the suicide attack: back to the suicide attack
            finished.remove(kind)
            finished.append(closed)
            current, closed = kind, None
        elif (
            current is None
            and closed is not None
            and (refers_back(facts, closed) or _its_toll_told_again(facts, tokens, closed))
        ):
            current, closed = closed, None  # "أعلنت السفارة ... بحادث الاختطاف"
        elif (earlier := taken_up(facts, current, finished)) is not None or (
            earlier := _retold_toll(facts, tokens, current, finished)
        ) is not None:
            # "وأضاف المسؤول أن أربعة حراس قتلوا في الكمين ... في محافظة فراه": back to an
            # event told earlier, at its place.
            finished.remove(earlier)
            finished.extend(o for o in (closed, current) if o is not None)
            current, closed = earlier, None
            reading.context.back_to(earlier.mentions)
        elif facts.new_event and (
            earlier := _told_again_in_full(facts, tokens, [*finished, *filter(None, [current])])
        ):
            if earlier is not current:
                finished.remove(earlier)
                finished.extend(o for o in (closed, current) if o is not None)
                current, closed = earlier, None
            told_again = True
        if (
            facts.event_type is None
            and current is not None
            and current.incident.event_type is not None
            and _a_similar_one(tokens)
        ):
            # "في عملية مماثلة بمديرية أخرى": another event of the kind told
            facts = replace(facts, event_type=current.incident.event_type, another_event=True)
        step = CONTINUE if told_again else segment(facts, current)
        if trace is not None:
            trace(facts, step)
        if (
            current is not None
            and step in (CONTINUE, SKIP)
            and _told_as_the_days_tally(current, tokens, facts)
        ):
            current.roundup = current.nationwide = True
        # the parts of a lead's several events go on being told after its first part
        parts_follow = step == START and current is not None and current.parts_follow
        told_one = current
        if step == START:
            finished.extend(o for o in (closed, current) if o is not None)
            closed = current = None
        if step == HEADLINE:
            # a headline inside the text closes the story; "يأتي هذا التفجير ..." right
            # after it may still take it up again
            if closed is not None:
                finished.append(closed)
            closed, current = current, None
            _announce(reading, tokens, facts)
            continue
        if step == START:
            current = _start(reading, sentence, tokens, facts)
            finished.extend(current.twins)
            current.parts_follow = parts_follow and not facts.new_event
            if (
                parts_follow
                and told_one is not None
                and _a_part_placed_by_its_sibling(current, told_one)
            ):
                # "قتل جنديان في هجومين منفصلين جنوبي أفغانستان", a part in Helmand, then "كما
                # أعلنت ... أن جنديا أستراليا قتل": separate events the lead placed nowhere;
                # the next part is not where the last one told was
                current.incident.location = None
            if (
                current.came_before
                and told_one is not None
                and told_one in finished
                and not opens_with_what_it_came_after(tokens)
            ):
                # "وأعلن داعش مسؤوليته عن الهجوم الذي جاء بعد انفجار وقع الأسبوع الماضي
                # في كابول": the earlier event is told in a clause; the told one goes on,
                # and the words before the clause are its own
                finished.remove(told_one)
                finished.append(current)
                current = told_one
                _claimed_before_the_clause(current.incident, tokens)
            elif current.came_before and told_one is not None and told_one in finished:
                _placed_before_what_it_came_after(reading, told_one, sentence, tokens, facts)
        elif step == CONTINUE:
            assert current is not None
            _add(reading, current, sentence, tokens, facts, count=not told_again)
            _claim_both(current.incident, finished, tokens, facts)
        elif step == CLOSE:
            closed, current = current, None
        if step != HEADLINE and words is not None:
            told.setdefault(words, current if step in (START, CONTINUE) else None)
        if facts.another_matter:
            # "من جهة أخرى، أفاد الجيش بأن العشرات من المتمردين قتلوا في عملية" (no
            # place), then "لكن ضابطا ... قال إن أكثر من 30 مسلحا قتلوا": the report
            # turned to another matter; the place told before is not its place
            reading.context.turn()
        if facts.background and step in (CLOSE, SKIP) and reading.context.province is not None:
            # a background sentence after a story moves its province to a place it names
            # ("وتشهد ولاية هلمند المجاورة معارك"), not to the war told around a town
            # (the areas surrounding the capital)
            reading.context.update(m for m in facts.placed if not _around(tokens, m))
        else:
            reading.context.update(facts.placed)
    finished.extend(o for o in (closed, current) if o is not None)
    for o in finished:
        _lead_on_the_report(o)
    finished.sort(key=lambda o: (o.incident.start, o.twin))
    for o in finished:
        if o.none_hurt_words and o.incident.killed is None and o.incident.wounded is None:
            # "وقع انفجاران ... لكنهما لم يسفرا عن إصابات": no one hurt, told by its words;
            # the counts stay null, as no total was told (beside a figure it may be of
            # one side only: "قتل سبعة" and "دون أن توقع إصابات" in the foreign forces' posts)
            o.incident.none_hurt = True
            o.incident.casualties_text = o.incident.casualties_text or o.none_hurt_words
    _dated_by_the_statement(finished, reading.published)
    _dated_with_the_one_before(finished)
    _parts_dated_by_their_lead(finished)
    _placed_by_elimination(finished)
    finished = _without_summing_leads(finished)
    _lead_sums_the_parts(finished, text)
    for inc in _merge_retold(finished):
        if _on_a_guess(inc, named) or _a_guess_against_its_region(inc, text):
            # A name of two provinces ("مديرية بهارك") that nothing in the article places
            # in one: a wrong province is worse than none; the mention keeps its
            # candidates for the analyst.
            inc.location = None
        yield inc


def _around(tokens: list[Token], m: PlaceMention) -> bool:
    """Whether the place is told as what lies around ("المحيطة بكابول", "حول قندهار")."""
    before = [t for t in tokens if t.end <= m.start]
    # ("حول العاصمة كابول", "المحيطة بمدينة قندهار": past what the place is)
    while before and (
        before[-1].key in lx.THE_CAPITAL or not UNIT_WORDS.keys().isdisjoint(before[-1].bare)
    ):
        before.pop()
    return bool(before) and not _SURROUNDING.isdisjoint(before[-1].bare)


_SURROUNDING: Final = frozenset(normalize(w) for w in ("المحيطة", "المحيط", "حول", "محيط"))


def _opens_on_a_reaction(tokens: list[Token]) -> bool:
    """Whether the sentence is told as a reaction from its first words ("أدانت الأمم المتحدة
    الهجوم ...", "الرياض - واس: أعربت المملكة عن إدانتها ...", "أعرب الوزير عن أسفه
    لمقتل ...", "ودعت الوزارة إلى محاسبة ..."), not a report with a reaction in a later
    clause ("عثرت الشرطة على جثث ...، ووصفت ما جرى بأنه جريمة")."""
    head = tokens[:_REACTION_OPENS]
    # the verb of expressing or calling opens the sentence, after a dateline at most
    # ("عبر" is also "via": "تسلل مسلحون عبر الحدود"; expressing, it has "عن" after it)
    opener = next((t for t in tokens[:_OPENER_AT] if t.key in _EXPRESSED or t.key in _CALLS), None)
    expressed = opener is not None and (
        opener.key in _CALLS
        or any(
            u.key == _ABOUT
            for u in tokens[: _OPENER_AT + _EXPRESSER_WORDS]
            if u.start > opener.start
        )
    )
    return expressed or bool(contains(all_forms(head), lx.REACTIONS))


_REACTION_OPENS: Final = 8  # a dateline of three words, the verb, its subject, "عن إدانتها"
_OPENER_AT: Final = 4  # "الدوحة - قنا: أعربت": the verb after a dateline of three words
# "ودعت الوزارة إلى ...", "وطالب الرئيس بـ...": a call made after the event
_CALLS: Final = frozenset(
    normalize(w) for w in ("دعا", "دعت", "ودعا", "ودعت", "طالب", "طالبت", "وطالب", "وطالبت")
)
_ABOUT: Final = normalize("عن")
# "أعرب وزيرا الخارجية والدفاع في البلدين، كل باسمه ومنصبه، عن": who expressed
_EXPRESSER_WORDS: Final = 10
# "أعرب/عبر عن": expressed (grief, regret, condemnation)
_EXPRESSED: Final = frozenset(
    normalize(w) for w in ("أعرب", "أعربت", "وأعرب", "وأعربت", "عبر", "عبرت", "وعبر", "وعبرت")
)


def _an_event_word_of_its_own(tokens: list[Token]) -> bool:
    """Whether a word of the event stands without the article ("شنت هجوما", "قام به
    انتحاري", "استهدف"): the sentence tells the event, not only names it again."""
    # (the article may carry a clitic: "بالتفجير", "للهجوم"; and a word of another deed,
    # "اعتقلت ثلاثة مشتبه بهم", tells no violence)
    return any(
        not definite(t.key).startswith("ال")
        and not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)
        and event_type([t]) not in (None, "other")
        for t in tokens
    )


def _lead_on_the_report(o: OpenIncident) -> None:
    """An incident told first in a reaction to it ("أعربت قطر عن إدانتها للهجوم الذي
    استهدف ..."), then reported ("وكانت عناصر من طالبان شنت هجوما ..."): the report is its
    lead sentence, the reaction one of its sentences."""
    if o.report is None:
        return
    inc, report = o.incident, o.report
    inc.more = sorted(
        [(inc.start, inc.end), *(span for span in inc.more if span != (report.start, report.end))]
    )
    inc.sentence, inc.start, inc.end = report.text, report.start, report.end


def _one_among_the_total(tokens: list[Token]) -> bool:
    """Whether someone is told as one among a count ("من بين 11 مسلحا قتلوا"): the count
    is the total, him included."""
    return any(
        tokens[k].key in lx.BETWEEN
        and tokens[k - 1].key in lx.OF
        and numbers.opens_count(tokens[k + 1].text)
        for k in range(1, len(tokens) - 1)
    )


def _one_named_among_them(tokens: list[Token]) -> bool:
    """Whether one is named, with no count, among the people counted ("18 من طالبان بينهم
    حاكم الظل أصيبوا"): after a lead that told his fate alone, the count is the total, him
    included."""
    return any(
        tokens[k].key in lx.SUBSET_WORDS and not numbers.opens_count(tokens[k + 1].text)
        for k in range(1, len(tokens) - 1)
    )


def _others_joined_to_one(tokens: list[Token], kind: str) -> bool:
    """Whether people are joined to one named as "others" ("قتل قائد الشرطة خان محمد مجاهد
    وضابطين آخرين"): after a lead that told his death alone, the count is the total, him
    included; so are people he died with, right after the word of his death ("إن الملا
    رحيم قتل مع ثلاثة آخرين")."""
    return any(
        a.text.startswith("و") and not lx.OTHERS.isdisjoint(b.bare) for a, b in pairwise(tokens)
    ) or any(
        casualty_kind(tokens[k - 1]) == kind
        and tokens[k].key in lx.WITH
        and not lx.OTHERS.isdisjoint(tokens[k + 2].bare)
        for k in range(1, len(tokens) - 2)
    )


def _claimed_before_the_clause(inc: Incident, tokens: list[Token]) -> None:
    """The claim told before the clause of the earlier event ("وأعلن تنظيم داعش مسؤوليته
    عن الهجوم الذي جاء بعد انفجار ..."): the told event's."""
    earlier = what_it_came_after(tokens)
    own = tokens[: len(tokens) - len(earlier)] if earlier else tokens
    group = claim_in(own)
    if inc.claimed_by is None and group is not None and inc.event_type not in _FROM_THE_AIR:
        inc.claimed_by = group


def _counts_in(tokens: list[Token]) -> frozenset[int]:
    """The values of the counts a sentence tells."""
    words = [t.text for t in tokens]
    out = set()
    for k in range(len(tokens)):
        count = numbers.number_at(words, k)
        if count is not None and count.value is not None:
            out.add(count.value)
    return frozenset(out)


def _events_counted_again(tokens: list[Token], counts: frozenset[int]) -> bool:
    """Whether the sentence names, by a definite plural and its count, events a count of
    the sentence before told ("الهجمات الثلاث" after "ثلاث عمليات انتحارية")."""
    words = [t.text for t in tokens]
    for k, tok in enumerate(tokens[:-1]):
        if tok.key.startswith("ال") and not lx.PLURAL_EVENT_NOUNS.isdisjoint(tok.bare):
            count = numbers.number_at(words, k + 1)
            if count is not None and count.value in counts and words[k + 1].startswith("ال"):
                return True
    return False


def _the_told_events_summed(
    tokens: list[Token], current: OpenIncident | None, finished: list[OpenIncident]
) -> bool:
    """Whether the sentence's subject, right after its verb, is the events in the definite
    plural ("وأوقعت الهجمات", "وأسفرت التفجيرات عن") with a toll after it, once two events
    or more were told at places of their own: their sum."""
    at = next(
        (
            k
            for k, t in enumerate(tokens[:_SUBJECT_REACH])
            if k > 0 and t.key.startswith("ال") and not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare)
        ),
        None,
    )
    if at is None or all(casualty_kind(t) is None for t in tokens[at + 1 :]):
        return False
    # (the incidents are looked at only for such a sentence, and only the first two placed)
    placed = (o for o in chain((current,), reversed(finished)) if o is not None and o.has_own_place)
    return next(placed, None) is not None and next(placed, None) is not None


def _a_series_toll(tokens: list[Token]) -> bool:
    """Whether the sentence tells dead or wounded in a series or a wave of events ("في
    سلسلة هجمات", "في موجة من التفجيرات")."""
    return any(
        tokens[k].key in lx.SERIES_OF_EVENTS
        and tokens[k - 1].key in lx.IN_ANY
        and any(not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare) for t in tokens[k + 1 : k + 3])
        for k in range(1, len(tokens) - 1)
    ) and any(casualty_kind(t) is not None for t in tokens)


# The subject comes right after its verb, or after one word more ("وأسفرت أمس الهجمات").
_SUBJECT_REACH: Final = 3


def _of_those_told(tokens: list[Token]) -> bool:
    """Whether the sentence names people told before by a demonstrative ("هؤلاء الجنود")."""
    return any(t.key in _THOSE for t in tokens)


_THOSE: Final = frozenset(normalize(w) for w in ("هؤلاء", "هاؤلاء", "أولئك", "اولئك"))


def _the_report_goes_on(tokens: list[Token]) -> bool:
    """ "وأضاف التقرير", "وأشارت الدراسة": a verb of telling whose subject is the report."""
    return (
        len(tokens) > 1
        and not lx.CLAIM_VERBS_SET.isdisjoint(tokens[0].bare)
        and tokens[1].key in _REPORTS
    )


_REPORTS: Final = frozenset(
    normalize(w) for w in ("التقرير", "الدراسة", "الإحصائية", "الإحصاءات", "الإحصائيات")
)


# A sentence this long that comes again word for word is a repeated paragraph, not a
# new report; shorter ones ("وأضاف المسؤول:") may well recur.
_REPEAT_MIN_WORDS: Final = 8


def _on_a_guess(inc: Incident, named: list[PlaceMention]) -> bool:
    """Whether the incident is placed by one reading of a name found in several provinces,
    with no other place the article names (`named`) in that province to back it: a
    place told with the event, or the unit of an official's office ("قال حاكم مديرية
    ناوة", a district of Ghazni and one of Helmand)."""
    loc = inc.location
    if loc is None or loc.evidence is None or loc.how not in _READ_FROM_A_NAME:
        return False
    source = next((m for m in inc.places if m.start == loc.evidence.start), None)
    if source is None or not source.ambiguous:
        return False
    others = {
        c.get("province_pcode")
        for c in source.candidates
        if c.get("level") == source.level and c.get("province_pcode") != loc.province_pcode
    }
    backed = any(
        m.start != source.start
        and m.in_afghanistan
        and m.province_pcode == loc.province_pcode
        and m.role != roles.PERSON
        for m in named
    )
    return bool(others) and not backed


_READ_FROM_A_NAME: Final = frozenset({"mention", "office"})


def _a_guess_against_its_region(inc: Incident, text: str) -> bool:
    """Whether the incident is placed by a reading of a name that is a guess (of several
    provinces, or a part of a longer name: "إقليم موسى" read as Musa Qala) in a province
    outside the part of the country its sentence names ("شرق البلاد")."""
    loc = inc.location
    if loc is None or loc.evidence is None or loc.how != "mention":
        return False
    source = next((m for m in inc.places if m.start == loc.evidence.start), None)
    if source is None or not (source.ambiguous or source.method == "partial"):
        return False
    span = next(((a, b) for a, b in inc.sentences if a <= source.start < b), None)
    if span is None:
        return False
    region = region_told(tokenize(text[span[0] : span[1]]))
    return region is not None and loc.province_pcode not in region


def _claim_both(
    inc: Incident, finished: list[OpenIncident], tokens: list[Token], facts: SentenceFacts
) -> None:
    """ "وأعلن مسلحو طالبان مسؤوليتهم عن الهجومين": a claim of the events told together
    owns the one told before this one too."""
    if (
        inc.claimed_by is not None
        and finished
        and finished[-1].incident.claimed_by is None
        and contains(facts.forms, lx.BOTH_EVENTS)
        and claim_in(tokens) == inc.claimed_by
    ):
        finished[-1].incident.claimed_by = inc.claimed_by


def _the_last_of_its_parts(earlier: list[Casualties], kind: str, figure: int, so_far: int) -> bool:
    """Whether the figures told after the first, with this one, make up the first: "قتل
    ستة من رجال الشرطة", then "حيث قتل ضابطان", then "على 4 آخرين ... فقتلوا": the six
    told part by part, no more dead."""
    parts = [getattr(c, kind) for c in earlier[1:]]
    return bool(parts) and None not in parts and sum(parts) + figure == so_far


def _a_part_placed_by_its_sibling(part: OpenIncident, sibling: OpenIncident) -> bool:
    """Whether the next part of the events a lead summed was placed only by the context,
    in a province the lead itself did not name (its sibling's own place)."""
    loc = part.incident.location
    if loc is None or loc.how != "context":
        return False
    return not any(
        m.role == roles.EVENT
        and m.province_pcode == loc.province_pcode
        and m.text in sibling.lead_text
        for m in sibling.incident.places
    )


def _told_again_in_full(
    facts: SentenceFacts, tokens: list[Token], told: list[OpenIncident]
) -> OpenIncident | None:
    """ "كما قتل 14 مدنيا وجرح 9 بتفجير سيارة ملغومة في الولاية ذاتها", then after other
    news "وفي تطور متصل أصيب 9 أشخاص وقتل 14 آخرون جراء تفجير سيارة ملغومة في قندهار": the
    same dead and wounded of the same kind of event, in its province, are that event told
    again, whatever word turned to it (`told`: the incidents so far, the open one last)."""
    if not told or facts.event_type is None:
        return None
    cas = casualties(tokens)
    if cas.killed is None or cas.wounded is None:
        return None
    return next(
        (
            earlier
            for earlier in told[-_RETOLD_IN_FULL_REACH:][::-1]
            if (cas.killed, cas.wounded) == (earlier.incident.killed, earlier.incident.wounded)
            and facts.event_type == earlier.incident.event_type
            and _in_its_province(facts, earlier)
        ),
        None,
    )


def _in_its_province(facts: SentenceFacts, earlier: OpenIncident) -> bool:
    """Whether every Afghan event place of the sentence lies in the province the earlier
    incident was placed in (none told: nothing says otherwise)."""
    loc = earlier.incident.location
    if not facts.event_places:
        return True
    return loc is not None and all(
        m.province_pcode == loc.province_pcode for m in facts.event_places
    )


def _figures_agree(told: Casualties, inc: Incident) -> bool:
    """Whether no kind of figure a sentence tells differs from the one an incident has."""
    return all(
        getattr(told, kind) is None
        or getattr(inc, kind) is None
        or getattr(told, kind) == getattr(inc, kind)
        for kind in ("killed", "wounded")
    )


def _placed_by_its_retelling(facts: SentenceFacts, told: Casualties, earlier: OpenIncident) -> bool:
    """ "لقي مدنيان مصرعهما في تفجير انتحاري استهدف دورية، في حين قتل ضابط في خوست", then
    "وقال حاكم ولاية زابل إن انتحاريا فجر نفسه قرب الدورية في مدينة قلات فقتل مدنيين
    اثنين": an earlier event told at no place, of the same means and with the same dead,
    told again at a place (inside the part of the country it was told in, if any)."""
    inc = earlier.incident
    before = earlier.figures.get("killed") or []
    return (
        inc.location is None
        and inc.country in (None, "AF")
        and facts.event_type in _MEANS_RETOLD
        and inc.event_type == facts.event_type
        and told.killed is not None
        and told.killed == inc.killed
        # the same people (two soldiers are not two civilians), named alike, on no other day
        and bool(before)
        and _alike_people(told.sides_of("killed"), before[0].sides_of("killed"))
        and not another_weekday(facts, inc.date)
        and not _another_day_named(facts, earlier)
        and all(m.in_afghanistan for m in facts.event_places)
        and (
            earlier.region is None
            or all(m.province_pcode in earlier.region for m in facts.event_places)
        )
    )


def _alike_people(sides: frozenset[str], others: frozenset[str]) -> bool:
    """Whether two counts name the same sides, some of them (NO_SIDE aside)."""
    named = sides - NO_SIDE
    return bool(named) and named == others - NO_SIDE


def _another_day_named(facts: SentenceFacts, earlier: OpenIncident) -> bool:
    """Whether the sentence and the earlier incident's lead name different days by
    "اليوم" (today) and "أمس" (yesterday)."""
    here = _RELATIVE_DAYS.intersection(facts.forms.keys.split())
    there = _RELATIVE_DAYS.intersection(normalize(earlier.lead_text).split())
    return bool(here) and bool(there) and here.isdisjoint(there)


_RELATIVE_DAYS: Final = frozenset(normalize(w) for w in ("اليوم", "أمس", "امس"))


# Means specific enough that one event of them, told twice with the same dead, is one.
_MEANS_RETOLD: Final = frozenset({"suicide_bomb", "airstrike"})


def _retold_toll(
    facts: SentenceFacts,
    tokens: list[Token],
    current: OpenIncident | None,
    finished: list[OpenIncident],
) -> OpenIncident | None:
    """An incident told just before the open one whose toll a sentence with no place of
    its own tells again ("... قتل 10 أشخاص في خوست، وأصيب 18 في مزار شريف", then "إن
    انفجار القنبلة أسفر عن مقتل 10 مدنيين"): the sentence is about that one."""
    if current is None or not finished or facts.new_event or not facts.detail:
        return None
    told = casualties(tokens)
    recent = finished[-_RETOLD_TOLL_REACH:][::-1]
    if facts.event_places:
        # "فيما أسفر انفجار ... في مدينة فرح عن إصابة ثلاثة مدنيين", then after another
        # event "نقلت قناة باجهوك أن ثلاثة مدنيين أصيبوا في انفجار قنبلة ... في مدينة
        # فرح": the same figures at the earlier one's place, not at the open one's
        if told.killed is None and told.wounded is None:
            return None
        if _at_its_place(facts, current) and all(
            getattr(told, kind) in (None, getattr(current.incident, kind))
            or getattr(current.incident, kind) is None
            for kind in ("killed", "wounded")
        ):
            return None  # (the open one's place, and figures that fit it)
        return next(
            (
                earlier
                for earlier in recent
                if _at_its_place(facts, earlier)
                and all(
                    getattr(told, kind) in (None, getattr(earlier.incident, kind))
                    for kind in ("killed", "wounded")
                )
                and compatible(earlier.incident.event_type, facts.event_type)
            ),
            None,
        ) or next((e for e in recent if _placed_by_its_retelling(facts, told, e)), None)
    # (a figure that is the open one's own tells it again: "أسفر الاشتباك عن مقتل 9 حراس،
    # وإصابة 6 آخرين" after its 9 dead, whoever else had 6 wounded)
    if (
        facts.back_reference
        and not _a_figure_of(told, current.incident)
        # "تعرضت دورية لهجوم في قندز", then "وقتل جندي في الهجوم": the open one's own noun,
        # named again with the article, whatever an earlier one counted
        and not _names_the_open_ones_event(tokens, current)
    ):
        for kind in ("killed", "wounded"):
            figure = getattr(told, kind)
            if figure is None or getattr(current.incident, kind) is not None:
                continue
            for earlier in recent:
                if (
                    getattr(earlier.incident, kind) == figure
                    and compatible(earlier.incident.event_type, facts.event_type)
                    # (the other figure told does not belie it: "قتل شرطيان وأصيب أربعة"
                    # is not an earlier event's two dead and twenty wounded)
                    and _figures_agree(told, earlier.incident)
                ):
                    return earlier
    if (counted := _whose_count_it_tells(told, current, recent, facts)) is not None:
        return counted
    # "قتل ثلاثة جنود وأصيب اثنان في هجوم انتحاري ...، كما شنت طالبان هجمات أخرى ...",
    # then "... تعرض لهجوم انتحاري ما أدى إلى مقتل ثلاثة جنود وإصابة اثنين": both figures
    # (or the one told, the other told by neither) and the type of the earlier event, not
    # the open one's
    if told.killed is not None or told.wounded is not None:
        for earlier in recent:
            e = earlier.incident
            if (
                (e.killed, e.wounded) == (told.killed, told.wounded)
                and e.event_type == facts.event_type
                and facts.event_type != current.incident.event_type
            ):
                return earlier
    return None


def _whose_count_it_tells(
    told: Casualties, current: OpenIncident, recent: list[OpenIncident], facts: SentenceFacts
) -> OpenIncident | None:
    """The earlier incident whose lead counted the very people a sentence counts again,
    when the open one counted others ("قتل 16 شرطيا ومدنيان في إقليم X", another attack
    with 30 dead, then "وقال حاكم المديرية إن 16 شرطيا قتلوا"): several people of the same
    side, by the same count, told again by another voice."""
    for kind in ("killed", "wounded"):
        figure = getattr(told, kind)
        if (
            figure is None
            or figure < _RETOLD_COUNT_LEAST
            or getattr(current.incident, kind) is None
        ):
            continue
        if any(figure in _counts_in(c.tokens) for c in current.figures.get(kind, ())):
            continue
        sides = told.sides_of(kind)
        for earlier in recent:
            earlier_told = earlier.figures.get(kind, ())
            if (
                any(figure in _counts_in(c.tokens) for c in earlier_told)
                and sides <= frozenset().union(*(c.sides_of(kind) for c in earlier_told))
                and compatible(earlier.incident.event_type, facts.event_type)
            ):
                return earlier
    return None


# The least count that, told again, names the same people (one or two dead recur by chance).
_RETOLD_COUNT_LEAST: Final = 3


def _names_the_open_ones_event(tokens: list[Token], current: OpenIncident) -> bool:
    """Whether the sentence names, with the article, the event noun the open incident's
    lead told without it ("تعرضت دورية لهجوم" then "في الهجوم"): the event, not a place or
    a vehicle named again."""
    named = {t.key[2:] for t in tokens if t.key in _TOLD_EVENTS}
    return bool(named) and any(
        not t.key.startswith("ال") and not named.isdisjoint(t.bare)
        for t in tokenize(current.lead_text)
    )


# The events a sentence names again with the article ("في الهجوم"), no site or vehicle.
_TOLD_EVENTS: Final = frozenset(
    normalize(w)
    for w in (
        *("الهجوم", "الانفجار", "التفجير", "القصف", "الكمين", "الاشتباك", "الاشتباكات"),
        *("الغارة", "العملية", "الحادث", "الحادثة", "المعركة", "المواجهات", "الاعتداء"),
    )
)


def _a_figure_of(told: Casualties, incident: Incident) -> bool:
    """Whether a figure told is the incident's own of its kind."""
    return any(
        getattr(told, kind) is not None and getattr(told, kind) == getattr(incident, kind)
        for kind in ("killed", "wounded")
    )


def _at_its_place(facts: SentenceFacts, opened: OpenIncident) -> bool:
    """Whether every event place of the sentence lies where the incident is placed (its
    district, or its province when it has none)."""
    loc = opened.incident.location
    return loc is not None and all(
        m.province_pcode == loc.province_pcode
        and (loc.district_pcode is None or m.district_pcode in (None, loc.district_pcode))
        for m in facts.event_places
    )


def _counted_among_the_dead(tokens: list[Token], group: str) -> bool:
    """Whether the group is named as whom a count of the dead or wounded counts ("قتل 4
    من أفراد قوات حركة طالبان", "قتل الجنود بدعم من طيران التحالف تسعة من مقاتلي طالبان"): its
    men are the victims, not the ones who acted."""
    words = [t.text for t in tokens]
    # the counts that casualty verbs reach past the forces that acted
    past_agents = {
        count_after_its_agents(tokens, i)
        for i, t in enumerate(tokens)
        if casualty_kind(t) is not None
    }
    for k in range(1, len(tokens) - 2):
        if casualty_kind(tokens[k - 1]) is None and k not in past_agents:
            continue
        count = numbers.number_at(words, k)
        if count is None or count.first != k:
            continue
        # "قتل نحو عشرين عنصرا من الحركة": a hedge may open the count, a noun of
        # people stand between it and "من"
        of = count.last + 1
        if of < len(tokens) and tokens[of].key.startswith(lx.FIGHTERS_STEMS):
            of += 1
        if of >= len(tokens) or tokens[of].key not in lx.OF:
            continue
        if of + 1 < len(tokens) and tokens[of + 1].key in _BY_WHOM:
            continue  # "قتل ثلاثة جنود من قبل مسلحي طالبان": by them, not of them
        people = tokens[of + 1 : of + 1 + _VICTIMS_REACH]
        # the people's phrase ends where a place, a cause or an agent begins ("بنيران
        # قناصة المجاهدين")
        end = next(
            (j for j, t in enumerate(people) if t.key in _PHRASE_ENDS or t.key.startswith("ب")),
            len(people),
        )
        if contains(all_forms(people[:end]), lx.GROUPS[group]):
            return True
    return False


def _only_the_enemy_hurt(tokens: list[Token]) -> bool:
    """Whether a sentence of the group's own statement counts dead or wounded of the other
    side's forces only, by their words or the group's ("اعترف المحتلون بمقتل 4 من
    جنودهم"): the group's deed, its fighters named or not (not the enemy's raid, "داهم
    جنود المحتلين القرية وقتلوا أربعة أشخاص", whose dead are of no side of the forces)."""
    told = casualties(tokens)
    sides = told.sides_of("killed") | told.sides_of("wounded")
    return bool(sides) and sides <= _THE_FORCES


def _named_besides_as_opponents(tokens: list[Token], group: tuple[str, ...]) -> bool:
    """Whether the group or its fighters are named other than right after "ضد" (against):
    "في عملية للجيش ضد مسلحي الحركة" names the side fought, not the one that
    acted."""
    against = [k for k, t in enumerate(tokens) if t.key in _AGAINST]
    rest = [
        t for k, t in enumerate(tokens) if not any(0 <= k - a <= _OPPONENT_WORDS for a in against)
    ]
    return bool(contains(all_forms(rest), group + lx.GENERIC_FIGHTERS))


_AGAINST: Final = frozenset(normalize(w) for w in ("ضد", "وضد"))
_OPPONENT_WORDS: Final = 4  # "ضد | مقاتلي | حركة | طالبان"


_BY_WHOM: Final = frozenset(normalize(w) for w in ("قبل", "جانب"))
_PHRASE_ENDS: Final = frozenset(
    normalize(w) for w in ("في", "على", "خلال", "إثر", "جراء", "عند", "لدى", "مع")
)


# How far after "من" the group of the people counted is named ("من أفراد قوات حركة طالبان").
_VICTIMS_REACH: Final = 5


def _the_separate_events_told_again(tokens: list[Token], current: OpenIncident) -> bool:
    """Whether the sentence names the events its open incident's lead told as separate
    ("في هجومين منفصلين") by the same words."""
    lead = normalize(current.lead_text).split()
    told = set(pairwise(lead))
    return any(b.key in lx.SEPARATE and (a.key, b.key) in told for a, b in pairwise(tokens))


def _its_toll_told_again(facts: SentenceFacts, tokens: list[Token], closed: OpenIncident) -> bool:
    """Whether a sentence with an event and no place of its own, after background, tells the
    toll of the incident the background closed again ("قتل 14 شخصا في انفجارين في ولاية
    باميان", background, then "وقال الناطق: وقع انفجاران في سوق ما أدى إلى مقتل 13 مدنيا
    وشرطي سير"): the same dead, several of them, told by another voice. A toll alone, no
    event or place of its own, gives the figures of an incident the background closed
    before it had any."""
    if facts.new_event or facts.event_places:
        return False
    if closed.incident.killed is None and closed.incident.wounded is None:
        # "... بعد قتال قتل فيه وأصيب عشرات", background, then "وقال المتحدث إن 40 من
        # المسلحين قتلوا وأصيب 50": the figures of the dead its lead told with none
        return facts.event_type is None and facts.counted and not facts.background
    if closed.incident.killed is None:
        return False
    told = casualties(tokens)
    if facts.event_type is None:
        # "وقتل ستة ... خلال الشهر نفسه": no event told; but a toll alone with the very
        # dead and wounded counted ("الحصيلة بلغت 95 قتيلا و158 جريحا") is the incident's
        return (
            told.killed is not None
            and told.killed > 1
            and (told.killed, told.wounded) == (closed.incident.killed, closed.incident.wounded)
        )
    return (
        told.killed is not None
        and told.killed > 1
        and told.killed == closed.incident.killed
        and compatible(closed.incident.event_type, facts.event_type)
    )


# How many incidents before the open one a retold toll may point back to.
_RETOLD_TOLL_REACH: Final = 2
_RETOLD_IN_FULL_REACH: Final = 4  # incidents back that the same dead and wounded may tell again


# How many incidents after a lead its toll may sum (a huge paste stays linear).
_SUMMED_REACH: Final = 12


def _without_summing_leads(opened: list[OpenIncident]) -> list[OpenIncident]:
    """Without a round-up's lead that only sums the events told one by one after it ("قتل
    18 شخصا في ثلاث هجمات بجنوب وشرق أفغانستان", then each attack at its province): told
    no place and nothing more of its own, it is no incident; the parts are. With one part
    placed after it, only when the parts after it account for all its dead; with none,
    only when it sums the whole country's or the past day's events ("مقتل 50 مسلحا في
    أنحاء البلاد خلال يوم"), none of them told. So is a lead's toll of several events
    ("في ولايتي X وY") whose dead two or more placed parts after it account for."""
    kept: list[OpenIncident] = []
    placed_after = 0  # incidents placed after the one looked at (read from the end: linear)
    killed_after = 0  # the dead of the incidents after it, all of them
    for o in reversed(opened):
        inc = o.incident
        if not (
            inc.location is None
            # "مقتل 50 مسلحا في أنحاء البلاد خلال يوم": the country's or the day's
            # events, summed, none told, whatever it adds of their dead ("وأضافت أن
            # القتلى ينتمون إلى طالبان")
            and ((o.roundup and o.nationwide) or not inc.more)
            and (
                (
                    o.roundup
                    and (
                        o.nationwide
                        or placed_after >= _PARTS_OF_A_ROUNDUP
                        or (placed_after and _all_its_dead_told_after(o, killed_after))
                        # "مقتل العشرات ... في عدة مناطق من الشمال", then 81 in one province:
                        # a lead that told its dead by no figure sums the parts after it
                        or (
                            placed_after
                            and inc.killed is None
                            and inc.wounded is None
                            and bool(inc.casualties_text)
                        )
                    )
                )
                # "لقي 6 مسلحين مصرعهم في اشتباكات في ولايتي X وY", then 3 at each: a
                # toll of several events, all its dead told again at their places
                or (
                    o.toll_of_several
                    and placed_after >= _PARTS_OF_A_ROUNDUP
                    and _all_its_dead_told_after(o, killed_after)
                )
            )
        ):
            kept.append(o)
        placed_after += inc.location is not None
        killed_after += inc.killed or 0
    return kept[::-1]


_PARTS_OF_A_ROUNDUP: Final = 2


def _all_its_dead_told_after(lead: OpenIncident, killed_after: int) -> bool:
    """Whether the dead of the incidents after a round-up's lead are all its own: the same
    count, or one its hedge allows ("قرابة 50", then 17 and 32)."""
    total = lead.incident.killed
    if total is None:
        return False
    figures = lead.figures.get("killed")
    hedge = _hedge_of(figures[0], total) if figures else None
    return total == killed_after or _near_the_hedged(killed_after, total, hedge)


def _placed_by_elimination(opened: list[OpenIncident]) -> None:
    """ "قتل 15 شخصا في هجومين أحدهما انتحاري", "ووقع الهجومان بولايتي ننكرهار وغزنة",
    then "وكان أعنف الهجومين في غزنة": the part told next at one of the two provinces
    leaves the other to the event the lead told."""
    for o, part in pairwise(opened):
        where = part.incident.location
        if _the_other_of_the_two_summed(o, part):
            continue
        if o.incident.location is not None or len(o.spread_over) != 2 or where is None:
            continue
        others = [m for m in o.spread_over if m.province_pcode != where.province_pcode]
        if len(others) == 1 and others[0].entry_id is not None:
            o.incident.location = by_elimination(others[0])


def _the_other_of_the_two_summed(o: OpenIncident, part: OpenIncident) -> bool:
    """ "قتل سبعة في هجومين وقعا في كابول وولاية كنر", "ففي كابول قتل أربعة ...", then
    "كما قتل ثلاثة في انفجار عبوة شرق البلاد": the lead, placed by its first part at one of
    the two provinces it summed, leaves the other to the next part, told at no place (in
    a part of the country that holds it, if any). Whether it placed the part."""
    told = o.incident.location
    if (
        not o.parts_follow
        or len(o.summed_at) != 2
        or told is None
        or part.incident.location is not None
        or part.has_own_place
        or part.incident.country not in (None, "AF")
        # ("وفي حادث منفصل، أعلن الحلف مقتل أحد جنوده": told as another event)
        or part.said_another
        or part.told_apart
        # (its dead are what the lead's total leaves, when all three are told)
        or not _the_rest_of_the_sum(o, part)
        # (on the lead's day, when both tell one)
        or (o.incident.date is not None and part.incident.date not in (None, o.incident.date))
    ):
        return False
    others = [m for m in o.summed_at if m.province_pcode != told.province_pcode]
    if len(others) != 1 or others[0].entry_id is None:
        return False
    if part.region is not None and others[0].province_pcode not in part.region:
        return False
    part.incident.location = by_elimination(others[0])
    part.incident.country = "AF"
    return True


def _the_rest_of_the_sum(o: OpenIncident, part: OpenIncident) -> bool:
    """Whether the part's dead are what the lead's total leaves after its first part's,
    or one of the three is not told."""
    total, first, rest = o.summed_killed, o.incident.killed, part.incident.killed
    return total is None or first is None or rest is None or total - first == rest


def _parts_dated_by_their_lead(opened: list[OpenIncident]) -> None:
    """The day of a round-up's lead ("قتل 29 شخصا في هجمات متفرقة في أفغانستان أمس") is
    that of each event told after it that names no time of its own ("ففي أكثر الهجمات
    دموية، انفجرت قنبلة ..."); one that names its own ("أمس الأول", "الشهر الماضي")
    keeps it. So is the day of a lead whose toll summed several events, for the parts told
    after its first. Only the events that follow, up to the next round-up: linear."""
    day: tuple[str, str | None] | None = None
    parts_day: tuple[str, str | None] | None = None  # of a lead that summed several events
    parts = False  # the incident before was one of those events
    for o in opened:
        inc = o.incident
        if o.roundup:
            day = (inc.event_date, inc.date) if inc.event_date is not None else None
        elif o.parts_follow and not parts:
            if day is not None and inc.event_date is None and inc.date is None:
                inc.event_date, inc.date = day  # itself an event of a round-up before it
            parts_day = (inc.event_date, inc.date) if inc.event_date is not None else None
        elif inc.event_date is None and inc.date is None:
            # "قتل 25 جنديا في هجمات في إقليمي زابل وفرح أمس السبت ...، إلى جانب مقتل قائد
            # شرطة منطقة ميزان": the next part of the several events, on the lead's day
            told = parts_day if o.parts_follow else day
            if told is not None:
                inc.event_date, inc.date = told
        parts = o.parts_follow


def _lead_sums_the_parts(opened: list[OpenIncident], text: str) -> None:
    """A lead's toll that is the sum of the events told one by one after it ("قتل 28 من
    قوات الأمن", then 13 in Takhar, 11 in Zabul and 4 more elsewhere): the first event keeps
    the figure its own sentence told (13). Only an exact sum counts, or one close to a
    hedged total ("أكثر من 100", then 55 and 46) of events in the lead's province."""
    for k, o in enumerate(opened):
        inc = o.incident
        if o.parts_follow:
            continue  # its lead's toll of several gave way to its own part's figure already
        for kind in ("killed", "wounded"):
            total: int | None = getattr(inc, kind)
            told: list[int | None] = [getattr(c, kind) for c in o.figures.get(kind, ())]
            if total is None or len(told) < 2 or told[0] != total:
                continue
            own = next((n for n in reversed(told) if n is not None and n < total), None)
            if own is None:
                continue
            hedge = _hedge_of(o.figures[kind][0], total)
            summed = own
            for later in opened[k + 1 : k + 1 + _SUMMED_REACH]:
                part = getattr(later.incident, kind)
                if part is None:
                    break
                summed += part
                if summed == total or (
                    _near_the_hedged(summed, total, hedge) and _within(later.incident, inc)
                ):
                    setattr(inc, kind, own)
                    _led_by_its_own_sentence(inc, text)
                    _typed_by_its_own_part(o, kind, own)
                    break
                if summed > total:
                    break


def _typed_by_its_own_part(o: OpenIncident, kind: str, own: int) -> None:
    """The first event of a round-up whose lead named two means ("في معارك وقصف جوي"),
    told alone by one of them ("إن ثمانية منهم قتلوا في المعارك"): the means of its own
    sentence, not the one the lead's type was read from."""
    told = next((c for c in reversed(o.figures.get(kind, ())) if getattr(c, kind) == own), None)
    etype = event_type(told.tokens) if told is not None else None
    if etype is not None and etype in o.lead_types:
        o.incident.event_type = etype


def _led_by_its_own_sentence(inc: Incident, text: str) -> None:
    """The first event of a round-up whose lead only summed it with the others, and named
    no place: its lead is the first sentence that tells it alone ("وأوضح المسؤولون أن
    مسلحين هاجموا مجمعا ... في إقليم طخار"), and the sum that opened the article one of
    its sentences."""
    if not inc.more or any(
        inc.start <= p.start < inc.end
        and p.in_afghanistan
        and p.province_pcode
        # (a wire's dateline, "هراة :", says where the report was filed)
        and p.unit != "dateline"
        for p in inc.places
    ):
        return  # a lead that names its place tells this event first
    start, end = inc.more[0]
    _told_by_its_first_part(inc, Sentence(text[start:end], start, end))


def _within(part: Incident, lead: Incident) -> bool:
    """Whether the part lies in the lead's province (a hedged total is summed only of the
    events of the province the lead told)."""
    return (
        part.location is not None
        and lead.location is not None
        and part.location.province_pcode == lead.location.province_pcode
    )


def _counts_of(cas: Casualties) -> Iterator[numbers.Count]:
    """The counts of the words a sentence's figures were read from, in order."""
    words = [t.text for t in cas.tokens]
    for i in range(len(words)):
        if numbers.opens_count(words[i]) and (count := numbers.number_at(words, i)) is not None:
            yield count


def _hedge_of(cas: Casualties, total: int) -> str | None:
    """The hedge of the lead's figure ("أكثر من 100", "نحو 50"), or None."""
    return next((c.qualifier for c in _counts_of(cas) if c.value == total), None)


def _near_the_hedged(summed: int, total: int, hedge: str | None) -> bool:
    """Whether parts summing to `summed` fit a lead's hedged total: "أكثر من 100" (or
    "ما لا يقل عن") is 101 and a little more, "نحو 100" a little either side."""
    slack = max(1, total // 10)
    if hedge in ("more_than", "at_least"):
        return total <= summed <= total + slack
    if hedge == "about":
        return abs(summed - total) <= slack
    return False


def _the_leads_breakdown(earlier: list[Casualties], cas: Casualties, kind: str) -> int | None:
    """The total when the figures told after a lead's hedged toll of no side are its sides
    one by one ("أسفر عن سقوط أكثر من 150 قتيلا", then "مقتل حوالي مئة من طالبان" and "21
    جنديا ونحو أربعين مدنيا قتلوا أيضا": "أيضا" adds to the side told before, not to the
    lead). While a part is itself hedged the lead's toll stands; exact parts give their
    sum. None when they are no such breakdown."""
    if not earlier:
        return None
    lead, parts = earlier[0], [*earlier[1:], cas]
    total = getattr(lead, kind)
    if total is None or lead.sides_of(kind) or any(not c.sides_of(kind) for c in parts):
        return None
    summed = sum(getattr(c, kind) or 0 for c in parts)
    if not _near_the_hedged(summed, total, _hedge_of(lead, total)):
        return None
    return total if any(_hedged(c) for c in parts) else summed


def _the_lead_by_its_sides(
    earlier: list[Casualties], cas: Casualties, kind: str, so_far: int
) -> bool:
    """Whether a figure tells the lead's toll of no side again, side by side ("قتل 3
    أشخاص", then "إن جنديا ومسلحين اثنين قتلوا في الاشتباك"): the same three, the
    attackers among them, not three more."""
    return (
        getattr(cas, kind) == so_far
        and bool(earlier)
        and earlier[0].sides_of(kind) <= NO_SIDE
        and len(cas.sides_of(kind) - NO_SIDE) > 1
    )


def _hedged(cas: Casualties) -> bool:
    """Whether a figure of the words is told as a guess ("نحو أربعين", "حوالي مئة")."""
    return any(c.qualifier is not None for c in _counts_of(cas))


def _merge_retold(opened: list[OpenIncident]) -> list[Incident]:
    """Incidents of one article that tell the same event again at the same place: a lead
    and its retelling further down ("... قتل ستة جنود في مديرية زرمت" and later "وكان
    مسلحون قد هاجموا ... في زرمت ما أسفر عن مقتل ستة جنود"), or two wire stories pasted
    together. Merged when the place is the same (or one is the province of the other),
    the types fit, the figures and dates do not disagree, and the later one does not say
    it is another event. A later one told at no place is merged when it tells the same
    toll of the same type (`_retold_unplaced`). Only the last incidents of one province
    are compared: linear in the article."""
    out: list[Incident] = []
    by_province: dict[str, list[Incident]] = {}
    # incidents that counted their province's districts taken or struck ("سقطت خمس مديريات
    # في ولاية فارياب"): an event at one district after them is one of those, not them
    districts_counted: set[int] = set()
    placed: list[Incident] = []  # those kept so far that a name of their province placed
    for o in opened:
        inc, loc = o.incident, o.incident.location
        if loc is None and inc.country not in (None, "AF"):
            key = f"abroad:{inc.country}"
        elif loc is not None and loc.how == "mention" and loc.province_pcode is not None:
            key = loc.province_pcode
        else:
            earlier = (
                None
                # (nor one told as another: "وجاء الانفجار غداة هجوم آخر ...")
                if loc is not None or o.told_apart or o.said_another
                else next(
                    (k for k in reversed(placed[-_RETOLD_REACH:]) if _retold_unplaced(k, inc)), None
                )
            )
            if earlier is None:
                out.append(inc)
            else:
                # "فيما جرح 14 شخصا بعبوتين في ولاية خوست", later "وفي سياق آخر جرح 14 شخصا
                # بعبوتين في خوستونقلت ...": the same toll told again, its place misspelt
                # (run into the next word) or left out
                _fold_into(earlier, inc)
            continue
        kept = by_province.setdefault(key, [])
        told = _retells_abroad if loc is None else _retells
        same = (
            None
            if o.said_another
            else next(
                (
                    k
                    for k in kept[-_RETOLD_REACH:]
                    if told(k, inc)
                    and not (
                        id(k) in districts_counted and loc is not None and loc.level != "province"
                    )
                ),
                None,
            )
        )
        if same is None:
            out.append(inc)
            kept.append(inc)
            if loc is not None:
                placed.append(inc)
            if o.districts_counted:
                districts_counted.add(id(inc))
            continue
        if o.districts_counted:
            districts_counted.add(id(same))
        _fold_into(same, inc)
    return out


def _fold_into(same: Incident, inc: Incident) -> None:
    """Merge `inc`, told again later, into the earlier incident `same`: its sentences,
    places, the fields `same` lacks, a more specific type, a finer place."""
    same.more.extend([(inc.start, inc.end), *inc.more])
    same.places.extend(p for p in inc.places if p not in same.places)
    for name in ("killed", "wounded", "claimed_by", "event_date", "date", "attributed_to"):
        if getattr(same, name) is None:
            setattr(same, name, getattr(inc, name))
    if more_specific(inc.event_type, than=same.event_type):
        same.event_type = inc.event_type
    loc = inc.location
    if (
        same.location is not None
        and loc is not None
        and same.location.level == "province"
        and loc.level != "province"
    ):
        same.location = loc


# How many earlier incidents of a province a later one is compared with (a huge paste of
# many reports stays linear).
_RETOLD_REACH: Final = 20


def _retells(first: Incident, later: Incident) -> bool:
    """Whether `later` (placed by a mention in `first`'s province) may tell `first` again."""
    a, b = first.location, later.location
    if a is None or b is None:
        return False
    if a.district_pcode and b.district_pcode and a.district_pcode != b.district_pcode:
        return False
    figures = [(first.killed, later.killed), (first.wounded, later.wounded)]
    if later.attributed_to in lx.GROUPS and later.claimed_by in (None, later.attributed_to):
        # "من جهتها، أعلنت حركة طالبان أن مسلحيها قتلوا 60 جنديا في هجوم ولاية بغلان", "أكدت
        # حركة طالبان مقتل اثنين من كبار قادتها": the group's own account of the event
        # told, with its own figures (not a group that another event's claim names)
        figures = []
    agree = all(
        x is None or y is None or x == y
        for x, y in (*figures, (first.event_date, later.event_date))
    )
    return agree and _hurt_alike(first, later) and compatible(first.event_type, later.event_type)


def _retold_unplaced(first: Incident, later: Incident) -> bool:
    """Whether `later`, told at no place, tells `first` again: the same type, the same
    toll of more than a few people (every figure `later` tells, `first` tells alike) and
    no other day."""
    figures = [(first.killed, later.killed), (first.wounded, later.wounded)]
    told = [(x, y) for x, y in figures if y is not None]
    return (
        bool(told)
        and all(x == y for x, y in told)
        and any((y or 0) >= _RETOLD_UNPLACED_LEAST for _, y in told)
        and first.event_type == later.event_type
        and (first.event_date is None or later.event_date in (None, first.event_date))
    )


# The least figure a toll told again at no place must count to be taken for the same
# event: two or three dead of two events are alike by chance.
_RETOLD_UNPLACED_LEAST: Final = 5


def _hurt_alike(first: Incident, later: Incident) -> bool:
    """Whether neither says it hurt no one while the other counts dead or wounded: "قتل
    شخصان بصاروخ" and "وقع انفجاران لكنهما لم يسفرا عن إصابات" are two events."""
    return not any(
        a.none_hurt and (b.killed or b.wounded) for a, b in ((first, later), (later, first))
    )


def _retells_abroad(first: Incident, later: Incident) -> bool:
    """Whether `later`, an event abroad in `first`'s country, may tell `first` again: both
    name one place as where it happened ("هجوم على مسجد في اقليم سيستان بلوشستان", later
    "فجر انتحاري نفسه أمام مسجد في مدينة زهدان عاصمة سيستان بلوشستان"), and the types,
    figures and dates do not disagree."""
    where = {p.entry_id for p in first.places if p.role == roles.EVENT and p.entry_id}
    if where.isdisjoint(p.entry_id for p in later.places if p.role == roles.EVENT):
        return False
    agree = all(
        x is None or y is None or x == y
        for x, y in (
            (first.killed, later.killed),
            (first.wounded, later.wounded),
            (first.event_date, later.event_date),
        )
    )
    return agree and _hurt_alike(first, later) and compatible(first.event_type, later.event_type)


def _facts(reading: _Reading, sentence: Sentence, tokens: list[Token]) -> SentenceFacts:
    """The sentence's place mentions, matched in the article's context, and its facts."""
    mentions = _sentence_mentions(
        sentence,
        tokens,
        gazetteer=reading.gazetteer,
        context=reading.context,
        corrections=reading.corrections,
        dateline=reading.dateline,
    )
    mentions = _people_named_before(reading.people, mentions)
    datelines = [m for m in mentions if m.unit == "dateline" and m.resolved]
    if datelines and not reading.datelines_read:
        reading.datelines_read = True
        # "قندهار - كابول - وكالات": a report from two provinces places no event by itself
        if len({(m.country, m.province_pcode) for m in datelines}) == 1:
            reading.dateline_place = datelines[0]
    return read_sentence(sentence, tokens, mentions, text=reading.text, layout=reading.layout)


def _the_country_abroad_told(facts: SentenceFacts, last: OpenIncident | None) -> SentenceFacts:
    """ "ودار اشتباك ثان في شمال غرب البلاد" right after an event in Pakistan: "the
    country" is the one the report is telling, not Afghanistan, unless the sentence names
    Afghanistan or Afghans, or an Afghan place."""
    country = last.incident.country if last is not None else None
    if (
        facts.region is None
        or country in (None, "AF")
        or facts.afghan_places
        or not _AFGHAN.isdisjoint(facts.forms.forms)
    ):
        return facts
    return replace(facts, region=None, country_told=country)


# Words that name Afghanistan or its people ("جنديان أفغانيان", "القوات الأفغانية").
_AFGHAN: Final = lx.AFGHANISTAN | frozenset(
    normalize(w)
    for w in (
        *("أفغاني", "أفغانية", "الأفغاني", "الأفغانية", "أفغان", "الأفغان", "أفغانيان"),
        *("أفغانيين", "الأفغانيين", "أفغانيا", "أفغانيون", "الأفغانيون"),
    )
)


def _another_day(
    reading: _Reading, facts: SentenceFacts, tokens: list[Token], current: OpenIncident | None
) -> bool:
    """An event (or a toll) told with a day of its own two days or more from the open
    incident's ("اغتالوا ... يوم الجمعة الماضي" then "هاجم انتحاري قافلة في وقت متأخر أمس")
    is another event, whatever its type. In a sentence that tells the event again, the day
    of a clause after it is that other event's ("إن المهاجم قتل في إقليم بكتيا، وهو نفس
    الإقليم الذي قتل فيه ثلاثة جنود في هجوم مماثل يوم السبت")."""
    if current is None or (facts.event_type is None and not facts.toll):
        return False
    if _the_told_event_told_again(facts, tokens):
        # "وكشفت إيساف أول من أمس تفاصيل الهجوم الذي أدى إلى ...": the day of the telling
        return False
    text = facts.sentence.text
    cut = second_clause(tokens) if facts.back_reference else len(tokens)
    if cut < len(tokens):
        text = text[: tokens[cut].start - facts.sentence.start]
    said = _what_is_said(facts, tokens)
    if 0 < said < cut:
        # "وقال قائد الشرطة ... الأربعاء لوكالة فرانس برس: ...": the day of the saying
        text = text[tokens[said].start - facts.sentence.start :]
    if current.incident.event_date is None and _days_before_the_news(
        reading, facts, text, tokens, current
    ):
        return True
    if facts.counted and not facts.back_reference and _a_past_span_opens(tokens):
        # "وقبل أسبوع قتل 19 شخصا بهجوم على سوق": dead of a time told apart
        return True
    if current.incident.event_date is None or _month_frame(text):
        return (
            _dated_frame(text)
            # "وأسفر تفجير، الشهر الماضي، عن 40 قتيلا" after an event told on a day: a
            # week or a month back, set off by commas, is the time of other dead
            or (
                facts.counted
                and _a_past_span_set_off(facts.sentence, tokens[:cut])
                and _told_on_a_day(current.incident.date)
            )
            or _another_weekday_opens(text, current.incident.date)
            or (tokens[0].key in lx.KANA and _another_weekday_named(text, current.incident.date))
            # "وقتل شخصان يوم الخميس ... في انفجار قنبلة ضربت حافلة" after an event told
            # "أمس، الاثنين": a day named outright with an event told anew (no word of the
            # told one), after a lead that dated its event by "yesterday" (no day of a
            # telling)
            or (
                facts.event_type is not None
                and not facts.back_reference
                and _yesterday_named(current.incident.sentence)
                and _another_weekday_named(text, current.incident.date)
            )
            or (
                not facts.back_reference
                and _another_day_opens(text, current.incident.date or current.incident.sentence)
            )
        )
    told = dates.event_date(text, published=reading.published)
    if told is None or told.day is None:
        return False
    apart = abs((told.day - date.fromisoformat(current.incident.event_date)).days)
    if apart and _a_day_opens(facts.sentence.text, published=reading.published):
        # "وأمس الأول، استهدف هجوم انتحاري ..." after an event of yesterday: a sentence
        # that opens on a day of its own, set off by a comma, tells that day's event
        return True
    # "هز انفجار كابول اليوم الخميس", then "هذا وقتل يوم أمس 10 أشخاص جراء انفجارين": a
    # day before the one the open event was told on "today", named so, and nothing of it
    # named again
    return apart >= 2 or (
        apart == 1
        and not facts.back_reference
        and told.rule in _YESTERDAY_RULES
        # ("ليلة أمس": last night, the hours before a day of fighting told "today")
        and normalize(told.text.split()[0]) not in _NIGHT
        and _told_today(current.incident.date)
    )


_NIGHT: Final = frozenset(normalize(w) for w in ("ليلة", "الليلة", "ليل"))
_YESTERDAY_RULES: Final = frozenset({"yesterday", "weekday_yesterday"})  # "أمس", "أمس الخميس"


def _a_past_span_opens(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a span ago or a past week or month: "وقبل أسبوع",
    "قبل ثلاثة أيام", "والأسبوع الماضي", "وفي الشهر الماضي"."""
    k = 1 if tokens and tokens[0].key in lx.IN_ANY else 0  # "وفي الشهر الماضي"
    if k + 1 >= len(tokens):
        return False
    head, after = tokens[k], tokens[k + 1]
    if not _AGO.isdisjoint(head.bare):
        span = k + 1
        if numbers.opens_count(after.text):  # "قبل ثلاثة أيام"
            count = numbers.number_at([t.text for t in tokens], span)
            span = count.last + 1 if count is not None else span
        # (hours ago, then a verb of saying, date the telling: "وقبل ساعة، قال المتحدث
        # إن 25 قتلوا"; a week ago, what was told of another event)
        return (
            span < len(tokens)
            and not lx.SPANS_OF_TIME.isdisjoint(tokens[span].bare)
            and not (
                not _HOURS.isdisjoint(tokens[span].bare)
                and any(
                    not lx.CLAIM_VERBS_SET.isdisjoint(t.bare)
                    for t in tokens[span + 1 : span + 1 + _SAID_AFTER_THE_SPAN]
                )
            )
        )
    return not lx.PAST_SPANS.isdisjoint(head.bare) and after.key in lx.LAST


_AGO: Final = frozenset({normalize("قبل")})
_HOURS: Final = frozenset(normalize(w) for w in ("ساعة", "ساعات", "ساعتين"))
_SAID_AFTER_THE_SPAN: Final = 2  # "وقبل أسبوع، | قال"


def _a_past_span_set_off(sentence: Sentence, tokens: list[Token]) -> bool:
    """Whether the words name the last week or month set off by commas ("، الأسبوع
    الماضي،")."""
    text, at = sentence.text, sentence.start
    return any(
        a.key in lx.PAST_SPANS
        and b.key in lx.LAST
        and text[: a.start - at].rstrip().endswith(("،", ","))
        and text[b.end - at :].lstrip().startswith(("،", ","))
        for a, b in pairwise(tokens)
    )


def _told_on_a_day(day_text: str | None) -> bool:
    """Whether the open incident's time was told as a day (today, yesterday, a weekday),
    not as a span."""
    words = set(normalize(day_text).split()) if day_text else set()
    return not words.isdisjoint(lx.NOW_WORDS) and words.isdisjoint(lx.PAST_SPANS)


def _told_today(day_text: str | None) -> bool:
    """Whether the open incident's day was told as today ("اليوم الخميس")."""
    return day_text is not None and _TODAY in normalize(day_text).split()


_TODAY: Final = normalize("اليوم")


def _days_before_the_news(
    reading: _Reading, facts: SentenceFacts, text: str, tokens: list[Token], current: OpenIncident
) -> bool:
    """Whether a sentence that names nothing told before tells a day two days or more
    before the article, opening on it ("والأحد الماضي، تم استهداف سيارة أجرة ... في
    كابول") or with dead of its own that the open incident's figure is not ("قتلت طالبان 16
    شرطيا", then "وقتلت طالبان يوم الأربعاء 30 فردا من قوات الأمن"): an event told
    undated is the news's, and this one is older."""
    if facts.back_reference or reading.published is None:
        return False
    opener = _WEEKDAY_OPENER.match(text)
    if (opener is None or normalize(opener.group(1)) not in lx.WEEKDAYS) and not _other_dead(
        tokens, current
    ):
        return False
    told = dates.event_date(text, published=reading.published)
    return told is not None and told.day is not None and (reading.published - told.day).days >= 2


def _other_dead(tokens: list[Token], current: OpenIncident) -> bool:
    """Whether the sentence counts dead, and the open incident counted others."""
    told, so_far = casualties(tokens).killed, current.incident.killed
    return told is not None and so_far is not None and told != so_far


def _told_by_a_relative(tokens: list[Token]) -> bool:
    """Whether a casualty word stands right after "الذي"/"التي"/"الذين": the people are
    named as ones told before ("الجندي الذي أصيب")."""
    return any(casualty_kind(b) is not None and a.key in lx.RELATIVES for a, b in pairwise(tokens))


def _what_is_said(facts: SentenceFacts, tokens: list[Token]) -> int:
    """Where what a sentence opened by a verb of saying says begins: after "إن/أن", a colon
    or an opening quote (0 when the sentence opens otherwise, or says it nowhere)."""
    if not tokens or lx.CLAIM_VERBS_SET.isdisjoint(tokens[0].bare):
        return 0
    text, start = facts.sentence.text, facts.sentence.start
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end - start : tokens[k].start - start]
        if tokens[k].key in lx.THAT or any(mark in gap for mark in ':"«“'):
            return k
    return 0


def _the_told_event_told_again(facts: SentenceFacts, tokens: list[Token]) -> bool:
    """A sentence that opens on a verb of telling and names the told event by its first
    event word, definite ("وكشفت ... تفاصيل الهجوم"); "أن المطار تعرض لهجوم صاروخي" tells
    another."""
    if not facts.back_reference or _TELLING.isdisjoint(tokens[0].bare):
        return False
    first = first_trigger(tokens)
    return first < len(tokens) and (
        definite(tokens[first].key).startswith("ال") or _in_construct(tokens, first)
    )


def _in_construct(tokens: list[Token], k: int) -> bool:
    """Whether the noun at k is definite by its construct ("هجوم المسلحين على السجن"): a
    bare noun right before a definite one (no adjective of its own: "لهجوم انتحاري")."""
    return (
        k + 1 < len(tokens)
        and not definite(tokens[k].key).startswith("ال")
        and not tokens[k].key.endswith("ا")
        and tokens[k + 1].key.startswith("ال")
        and tokens[k + 1].start - tokens[k].end == 1  # no pause between them
    )


# Verbs of telling that open a sentence: its day is when the event was told.
_TELLING: Final = lx.CLAIM_VERBS_SET | frozenset(normalize(w) for w in ("كشف", "كشفت"))
_IN_FRAME: Final = re.compile(r"\s*و?ف[يى]\s")  # "وفي", "وفى" (alef maksura)
# A month's name right after "وفي" (not آب nor مارس, which are also words; كانون and
# تشرين with their ordinal), before a pause or the verb.
_A_MONTH: Final = re.compile(
    r"(?:يناير|فبراير|شباط|أبريل|ابريل|إبريل|نيسان|مايو|أيار|يونيو|يونيه|حزيران|يوليو|"
    r"يوليه|تموز|أغسطس|اغسطس|سبتمبر|أيلول|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"(?:كانون|تشرين) (?:الأول|الاول|الثاني))(?=[\s/،,])"
)


# A past period right after "وفي": "نهاية الأسبوع الماضي", "الشهر الماضي", "مطلع العام الماضي".
_PAST_PERIOD: Final = re.compile(
    r"(?:(?:نهاية|مطلع|بداية|منتصف|أواخر|اواخر|أوائل|اوائل)\s+)?"
    r"(?:الأسبوع|الاسبوع|الشهر|العام)\s+(?:الماضي|المنصرم)"
)


def _a_past_weekday_opens(tokens: list[Token]) -> bool:
    """Whether the sentence opens on a past weekday ("والاثنين الماضي، أعلن ...")."""
    return (
        len(tokens) > 1
        and any(f in lx.WEEKDAYS for f in tokens[0].bare)
        and tokens[1].key in lx.LAST
    )


def _month_frame(sentence: str) -> bool:
    """Whether the sentence opens on a month of its own ("وفي كانون الثاني/يناير")."""
    opener = _IN_FRAME.match(sentence)
    return opener is not None and _A_MONTH.match(sentence, opener.end()) is not None


def _another_weekday_opens(sentence: str, told: str | None) -> bool:
    """ "والاثنين قتل ثلاثة أطفال في انفجار" after an incident told on "الثلاثاء": a
    sentence that opens on a weekday other than the one the open incident was told with
    is another day's event (when no calendar date fixes either)."""
    opener = _WEEKDAY_OPENER.match(sentence)
    if opener is None or told is None:
        return False
    day = normalize(opener.group(1))
    told_days = {w for w in (normalize(x) for x in told.split()) if w in lx.WEEKDAYS}
    return day in lx.WEEKDAYS and bool(told_days) and day not in told_days


def _another_day_opens(sentence: str, told: str | None) -> bool:
    """ "وأمس الأول، استهدف هجوم انتحاري ..." after an incident told "أمس", with no
    calendar date for either: a sentence that opens on a day of its own, set off by a
    comma, other than the one the open incident was told with (`told`: its day as written,
    else its lead, whose first day is read), tells that day's event."""
    opener = _the_day_opening(sentence, published=None)
    if opener is None or told is None:
        return False
    before = dates.date_mentions(told, published=None)
    return bool(before) and (
        before[0].rule != opener.rule
        or normalize(before[0].text).removeprefix("و") != normalize(opener.text).removeprefix("و")
    )


def _another_weekday_named(sentence: str, told: str | None) -> bool:
    """ "وكان ثلاثة جنود أصيبوا في انفجار قنبلة يوم الجمعة" after an incident told on
    "الاثنين": in the pluperfect, a day named outright ("يوم" and a weekday) other than the
    open incident's is another day's event (the caller checks the pluperfect or that the
    event is told anew)."""
    if told is None:
        return False
    told_days = {w for w in (normalize(x) for x in told.split()) if w in lx.WEEKDAYS}
    named = {normalize(m.group(1)) for m in _ON_A_WEEKDAY.finditer(sentence)} & set(lx.WEEKDAYS)
    return bool(told_days) and bool(named) and named.isdisjoint(told_days)


def _yesterday_named(lead: str) -> bool:
    """Whether the lead dates something "yesterday" ("أمس، الاثنين", "مساء أمس الجمعة")."""
    return any(m.rule in _YESTERDAY_RULES for m in dates.date_mentions(lead, published=None))


# "يوم الجمعة": a weekday named by "يوم"
_ON_A_WEEKDAY: Final = re.compile(r"(?<!\S)يوم\s+([^\s،,.]+)")
# "والاثنين", "وفي يوم الاثنين", "ويوم الأحد": a weekday at the head of a sentence.
_WEEKDAY_OPENER: Final = re.compile(r"\s*و?(?:في\s+)?(?:يوم\s+)?([^\s،,]+)")


def _a_day_opens(sentence: str, *, published: date | None) -> bool:
    """Whether the sentence opens on a day, set off by a comma ("وأمس الأول، ...",
    "والسبت الماضي، ...")."""
    opener = _the_day_opening(sentence, published=published)
    return opener is not None and opener.day is not None


def _the_day_opening(sentence: str, *, published: date | None) -> dates.DateMention | None:
    """The date the sentence opens on, set off by a comma, or None."""
    head = dates.date_mentions(sentence[:_DAY_OPENER_CHARS], published=published)
    if head and head[0].start == 0 and sentence[head[0].end : head[0].end + 1] in _COMMAS:
        return head[0]
    return None


_DAY_OPENER_CHARS: Final = 40
_COMMAS: Final = ("،", ",")


def _dated_frame(sentence: str) -> bool:
    """ "وفي التاسع من يونيو، قتل ...", "وفي 12 مايو": a sentence that opens on a date of
    its own sets its event on that day, not on the open incident's untold one."""
    opener = _IN_FRAME.match(sentence)
    if opener is None:
        return False
    if _month_frame(sentence):
        return True  # "وفي كانون الثاني/يناير قتل 17 شخصا": a month of its own
    if _PAST_PERIOD.match(sentence, opener.end()):
        return True  # "وفي نهاية الأسبوع الماضي، شنت طالبان ...": a past week of its own
    told = dates.date_mentions(sentence[: opener.end() + 40], published=None)
    return bool(told) and told[0].start == opener.end() and told[0].rule.startswith("explicit")


def _people_named_before(people: set[str], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A surname read as a person's once ("أسد الله شيرزاد") is his again when the article
    names him by it alone ("وقال شيرزاد إن ..."): Afghan district and village names only,
    never after their unit word. `people` gathers them as the article goes."""
    out = [
        replace(m, role=roles.PERSON)
        if m.unit is None and normalize(m.text) in people and m.role != roles.PERSON
        else m
        for m in mentions
    ]
    people.update(
        normalize(m.text)
        for m in out
        if m.role == roles.PERSON
        and m.unit is None
        and m.in_afghanistan
        and m.level in ("district", "place")
    )
    return out


def _announce(reading: _Reading, tokens: list[Token], facts: SentenceFacts) -> None:
    """A sub-headline ("مقتل خمسة جنود أجانب في تفجير بلوجر") announces the next incident:
    its place is context, and its figures and places wait for that incident."""
    reading.context.update(facts.placed)
    told = casualties(tokens)
    if told.killed is not None or told.wounded is not None or reading.headline is None:
        reading.headline = told  # a line of credits ("المسلم/وكالات") keeps the figures
    reading.headline_places = facts.afghan_places or reading.headline_places
    if facts.afghan_places:
        reading.headline_abroad = None
    elif facts.outside_only:
        reading.headline_abroad = _country_abroad(facts)


def _a_local_name_abroad(location: Location | None, facts: SentenceFacts) -> bool:
    """Whether the place found is only a name below a province ("منطقة سبيره"), with no Afghan
    province named: after a headline that told the event abroad, a local name there."""
    return (
        location is not None
        and location.how == "mention"
        and location.level != "province"
        and all(m.level != "province" for m in facts.afghan_places)
    )


def _crossed_into(tokens: list[Token]) -> str | None:
    """The neighbour (its code) whose border guards ("حرس الحدود الإيراني") met people
    who crossed the border ("عبروا الحدود", "أثناء عبورهم", "محاولتهم دخول"): the event is
    on the neighbour's side. None otherwise (guards who crossed into an Afghan village
    are the ones who crossed: "عبر حرس الحدود الإيرانيون الحدود" names them first)."""
    for k in range(len(tokens) - 2):
        if tokens[k].key not in _GUARDS or tokens[k + 1].key not in lx.BORDER:
            continue
        # "الإيراني", "الإيرانية", "الإيرانيين": the adjective's stem
        code = next(
            (
                code
                for code, adjective in lx.NEIGHBOURS.values()
                if tokens[k + 2].key.startswith(normalize(adjective)[:-1])
            ),
            None,
        )
        if code is not None:
            return code if _people_crossing(tokens[k + 3 :]) else None
    return None


_GUARDS: Final = frozenset(normalize(w) for w in ("حرس", "الحرس", "وحرس", "قوات"))
_CROSSING: Final = frozenset(
    normalize(w) for w in ("عبروا", "عبور", "عبورهم", "تسللوا", "دخول", "يعبرون", "محاولتهم")
)
# "حاولوا التسلل إلى إيران": people trying to slip across (not "لمنع التسلل", a purpose)
_INFILTRATION: Final = normalize("التسلل")
_TRYING: Final = frozenset(normalize(w) for w in ("حاولوا", "حاولا", "يحاولون", "أثناء", "لدى"))


def _people_crossing(tokens: list[Token]) -> bool:
    """Whether the words tell people crossing the border ("عبروا الحدود", "حاولوا التسلل")."""
    return any(
        t.key in _CROSSING or (t.key == _INFILTRATION and k > 0 and tokens[k - 1].key in _TRYING)
        for k, t in enumerate(tokens)
    )


def _in_afghanistan_too(text: str, tokens: list[Token]) -> bool:
    """Whether events told abroad are told "in Afghanistan" as well ("غارات ... في إقليمين
    في أفغانستان والمنطقة القبلية في باكستان"), in the sentence's first clause: not beside
    it ("قرب الحدود مع أفغانستان") nor in a clause on the place ("في شمال وزيرستان، المنطقة
    التي يستخدمها المسلحون لشن هجمات ... في أفغانستان")."""
    for before, t in pairwise(tokens):
        if "،" in text[before.end : t.start] or "," in text[before.end : t.start]:
            return False
        if not lx.AFGHANISTAN.isdisjoint(t.bare) and not lx.IN_ANY.isdisjoint(before.bare):
            return True
    return False


def _country_abroad(facts: SentenceFacts) -> str | None:
    """The country of a sentence that places its event abroad: that of its first place
    abroad, not of an Afghan name told before it in another role ("ونقل موقع ميزان
    أونلاين مقتل ستة من حرس الحدود في اشتباك بمدينة سراوان")."""
    abroad = [m for m in facts.own_places if not m.in_afghanistan] or facts.own_places
    return abroad[0].country


def _the_headline_told(reading: _Reading, tokens: list[Token], facts: SentenceFacts) -> bool:
    """Whether the sentence tells the event a headline announced, by the same kind of
    event and the same figure ("مقتل 33 شخصا في هجوم انتحاري", then "لقي 33 شخصا
    مصرعهم في هجوم انتحاري ..."): the news itself, never background."""
    announced = reading.headline
    if announced is None or facts.event_type is None or facts.past_month or facts.dated_earlier:
        return False
    told = casualties(tokens)
    return any(
        getattr(announced, kind) is not None and getattr(told, kind) == getattr(announced, kind)
        for kind in ("killed", "wounded")
    )


def _first_clause(tokens: list[Token]) -> list[Token]:
    """The words before the first "فيما"/"بينما" (while, whereas)."""
    cut = next((k for k, t in enumerate(tokens) if k and t.key in lx.CONTRAST), len(tokens))
    return tokens[:cut]


def _near_an_afghan_town(facts: SentenceFacts) -> bool:
    """ "في انفجار عبوة ناسفة شمال كابول": told only by its bearing from Afghan towns,
    with no place abroad, the event is in Afghanistan, whichever province."""
    references = [m for m in facts.placed if m.role == roles.REFERENCE and m.resolved]
    return (
        bool(references)
        and all(m.in_afghanistan for m in references)
        and all(m.in_afghanistan for m in facts.own_places)
    )


def _near_a_town_abroad(facts: SentenceFacts) -> str | None:
    """ "على بعد 40 كلم غرب ميران شاه": told only by its bearing from towns of one
    country abroad, with no Afghan place of its own, the event is in that country."""
    references = [m for m in facts.placed if m.role == roles.REFERENCE and m.resolved]
    countries = {m.country for m in references}
    if (
        len(countries) != 1
        # "قرب الحدود الباكستانية": a country's border, which an Afghan place lies near
        or any(m.entry_id in lx.COUNTRY_ENTRIES for m in references)
        or any(m.in_afghanistan for m in references)
        or any(m.in_afghanistan for m in facts.own_places)
    ):
        return None
    return countries.pop()


def _a_complex_attack(current: OpenIncident, tokens: list[Token]) -> None:
    """ "وأوضح أن الهجوم بدأ بتفجير سيارة مفخخة، من ثم بدأ مسلحون هجومهم على المقر": a
    blast followed by an assault makes the incident a complex attack, typed as an attack
    (a suicide bomber's stays a suicide bombing), whatever a sentence before or after
    names the blast by."""
    if not current.complex_attack and assault_after_the_blast(tokens):
        current.complex_attack = True
    if current.complex_attack and current.incident.event_type == "ied":
        current.incident.event_type = "attack"


def _fighters_fell_in_it(tokens: list[Token]) -> bool:
    """Whether an attack's sentence counts dead of the armed groups alone, several of them
    ("قتل 12 من مسلحي الحركة في هجوم على حاجز للشرطة"): the side attacked fought
    back, a clash, as `_toll_type` reads a bare toll (one man killed is a killing, and so is
    an assassination told: "اغتيل قيادي في طالبان")."""
    told = casualties(tokens)
    return (
        told.killed is not None
        and told.killed >= _SEVERAL
        and _militants_alone(told)
        and _ASSASSINATED.isdisjoint(t.key for t in tokens)
    )


_SEVERAL: Final = 2
_ASSASSINATED: Final = frozenset(
    normalize(w) for w in ("اغتيال", "اغتيل", "اغتيلوا", "اغتالوا", "إعدام")
)


def _start(
    reading: _Reading, sentence: Sentence, tokens: list[Token], facts: SentenceFacts
) -> OpenIncident:
    """A new incident from the sentence that tells it."""
    # "يأتي الانفجار بعد مرور يوم على قصف ...": the earlier event's words tell its type
    earlier = what_it_came_after(tokens)
    etype = (event_type(earlier) if earlier else None) or facts.event_type
    if etype == "attack" and not earlier and _fighters_fell_in_it(tokens):
        etype = "armed_clash"  # "قتل 12 من المسلحين في هجوم على حاجز": fought back
    # "وجاء هجوم مقاتلي الحركة، في مديرية باغمان ...، بعد تفجير استهدف مسجدا": a
    # sentence that opens on the told event tells the earlier one after it; the places
    # before that are the told event's
    placed = facts.placed
    has_own_place = any(m in placed for m in facts.event_places) or facts.outside_only
    if earlier and opens_with_what_it_came_after(tokens):
        # ("ووقع الهجوم في خوست، غداة مقتل ستة ... في كابول": read in the earlier event's
        # own words, its place is its event place, no longer one of "the day before")
        placed = roles.assign_roles(earlier, [m for m in placed if m.start >= earlier[0].start])
        has_own_place = facts.outside_only or any(
            m.role == roles.EVENT and m.level != "place" and m.resolved and m.in_afghanistan
            for m in placed
        )
    # "في حادث منفصل", "وفي وقت لاحق": another event, in so many words
    told_apart_in_words = bool(contains(facts.forms, lx.NEW_EVENT_MARKERS))
    current = OpenIncident(
        told_apart=told_apart_in_words,
        incident=Incident(
            article=reading.article_id,
            event_type=etype or (_toll_type(tokens) if facts.toll else "other"),
            sentence=sentence.text,
            start=sentence.start,
            end=sentence.end,
        ),
        mentions=list(placed),
        has_own_place=has_own_place,
        # "وفي هجوم آخر", "في حادث منفصل": never merged into an event told before ("من جهة
        # أخرى" and the outlet "العربي الجديد" say nothing of the event)
        said_another=told_apart_in_words
        or another_told(tokens, lx.EVENT_NOUNS)
        or facts.also_there  # "وفي هلمند أيضا لقي عشرون شرطيا حتفهم"
        or facts.framed_there  # "وفي جلال أباد، عاصمة ننغرهار، أصيب شرطي ..."
        or facts.response  # "وردا على هذا الهجوم، نفذ الطيران الأمريكي عدة غارات"
        or opens_earlier_in_the_week(tokens)  # "وفي وقت سابق من هذا الأسبوع، قال ..."
        # "يأتي الانفجار بعد مرور يوم على قصف ... في إقليم نانجارهار أسفر عن مقتل 94": the
        # earlier event, never the told one again
        or earlier is not None,
        toll_of_several=(
            bool(contains(facts.forms, lx.SEVERAL_EVENTS))
            and not twins_at_one_target(tokens)
            and not one_of_a_series(tokens)
        )
        or told_apart(tokens)
        or two_units_named(tokens)
        or events_at_several_provinces(facts),
        roundup=facts.roundup
        and (not facts.outside_only or _in_afghanistan_too(reading.text, tokens)),
        nationwide=facts.nationwide,
        districts_counted=facts.districts_counted,
        came_before=earlier is not None,
        toll_only=facts.event_type is None or only_an_operation(tokens),
        lead_counts_attackers=_attackers_in_the_toll(tokens, facts.forms),
        lead_groups=groups_named(facts.forms),
        region=facts.region,
        afghanistan_named=not lx.AFGHANISTAN.isdisjoint(facts.forms.forms),
        # "خلال اشتباكات وقصف جوي": a lead of more than one type, in its first clause
        # ("...، فيما قتل مدنيان في انفجار قنبلتين" tells another event)
        lead_types=types_named(_first_clause(tokens))
        if facts.event_type is not None
        else frozenset(),
        ambush=bool(contains(facts.forms, lx.AMBUSHES)),
        reaction_lead=_opens_on_a_reaction(tokens),
    )
    current.lead_text = _without_dateline(reading, sentence)
    if current.toll_of_several:
        # "في هجومين وقعا في كابول وولاية كنر": the two provinces its events were at
        summed_at = {m.province_pcode: m for m in reversed(facts.event_places)}
        current.summed_at = tuple(summed_at.values()) if len(summed_at) == 2 else ()
    inc = current.incident
    inc.places = list(facts.mentions)
    if facts.outside_only and current.roundup:
        inc.country = None  # "في ولايتين أفغانيتين وفي منطقة قبلية في باكستان": both
    elif facts.outside_only:
        inc.country = _country_abroad(facts)
    elif (crossed := _crossed_into(tokens)) is not None:
        # "أطلق حرس الحدود الإيراني النار على مهاجرين أفغان عبروا الحدود": on the other
        # side, in the neighbour whose guards met them
        inc.country = crossed
    elif facts.roundup:
        inc.country = "AF"  # "قتل 21 شخصا في أعمال عنف متفرقة": no one place
    else:
        inc.location = _located(
            reading,
            sentence,
            tokens,
            placed,
            region=facts.region,
            # ("وفي يناير قتل 20 شخصا": a month of its own, another time than the place
            # told last)
            another_matter=facts.another_matter
            or a_separate_event(tokens)
            or _month_frame(sentence.text)
            # ("ومؤخرا سقط ثلاثون قتيلا": of late, another time; so is "والاثنين الماضي")
            or tokens[0].key in lx.RECENTLY
            # ("فيما قتل جندي من القوة الدولية في انفجار عبوة": meanwhile, elsewhere)
            or tokens[0].key in lx.CONTRAST
            or _a_past_weekday_opens(tokens)
            # ("يأتي الهجوم عقب ... وبعد أيام قتل مهاجمون 19 شخصا": the earlier event it
            # came after, anywhere, not at the place told last)
            or opens_with_what_it_came_after(tokens),
        )
        if weakly_placed(inc.location) and reading.headline_places:
            inc.location = within_region(
                from_headline(
                    reading.headline_places, gazetteer=reading.gazetteer, context=reading.context
                )
                or inc.location,
                facts.region,
            )
        if reading.headline_abroad is not None and _a_local_name_abroad(inc.location, facts):
            # "تفجير مدرسة في وكالة مهمند بباكستان", then "قال سكان منطقة سبيره حيث
            # وقع الانفجار": a local name of the place abroad the headline told, not
            # the Afghan district of that name
            inc.location, inc.country = None, reading.headline_abroad
        elif facts.country_told is not None:
            inc.country = facts.country_told
        elif inc.location is not None or facts.region is not None or _near_an_afghan_town(facts):
            inc.country = "AF"  # placed, or told in a part of Afghanistan ("شرق أفغانستان")
        elif (abroad := _near_a_town_abroad(facts)) is not None:
            inc.country = abroad
        elif reading.dateline_place is not None:
            inc.country = reading.dateline_place.country
    if current.toll_of_several and len({m.province_pcode for m in facts.event_places}) > 1:
        # "قتل ... في هجومين منفصلين بولايتي غور وغزني": the places of several events;
        # this one's is told next.
        inc.location, current.mentions, current.has_own_place = None, [], False
    taken = (
        _places_taken_told(reading, sentence, tokens, facts)
        if facts.event_type is not None and not facts.outside_only
        else []
    )
    if taken and (
        len(taken) > 1
        or inc.location is None
        or inc.location.province_pcode != taken[0][1].province_pcode
    ):
        # "سيطرت الحركة على مراكز ولايات غزني وزابل وهلمند": each place taken is an
        # event of its own, this one the first; "سيطرت على مدينة قندوز وتواصل تقدمها في
        # ولاية بغلان": the one place taken is where it was
        inc.location = taken[0][1]
        inc.country = "AF"
        current.has_own_place = True
    else:
        taken = []
    # A town told with the event ("في مدينة كابول") is its own place too; so is the
    # official's province when the sentence says the event was in it ("قال نائب حاكم
    # ولاية بكتيكا إن ... في الولاية").
    told_there = _told_in_the_offices_unit(inc, tokens)
    if told_there:
        _office_as_event_place(current, facts)
    current.has_own_place |= told_there or (
        inc.location is not None and inc.location.how == "mention"
    )
    # "وجاء هذا الهجوم بعد تفجير ... قتل فيه 150 شخصا": the earlier event's own words
    earlier = what_it_came_after(tokens)
    _fill(
        reading,
        current,
        sentence,
        earlier or tokens,
        all_forms(earlier) if earlier else facts.forms,
    )
    _date(reading, current, sentence)
    if reading.headline is not None:
        # The headline's figures wait for the incident it announces, over a dateline or a
        # line of credits between them.
        for kind in ("killed", "wounded"):
            if getattr(inc, kind) is None and getattr(reading.headline, kind) is not None:
                setattr(inc, kind, getattr(reading.headline, kind))
                current.from_headline.add(kind)
                current.headline_figures[kind] = getattr(reading.headline, kind)
        reading.headline = None
    reading.headline_places = []
    reading.headline_abroad = None
    _a_complex_attack(current, tokens)
    if len(taken) > 1:
        # each place's names go with its own incident ("مديرية تشاخانسور في ولاية
        # نيمروز"), so a sentence told later of one of them goes on with that one
        current.twins = [
            _twin(current, location, [m for m in current.mentions if _of(m, location)])
            for _, location in taken[1:]
        ]
        theirs = {id(m) for t in current.twins for m in t.mentions}
        current.mentions = [
            m
            for m in current.mentions
            if id(m) not in theirs or _of(m, taken[0][1])  # (a province both lie in)
        ]
    return current


def _of(m: PlaceMention, location: Location) -> bool:
    """Whether a name lies where a place taken is: its district, or its province when
    the place is the province."""
    if location.district_pcode is not None:
        return m.district_pcode == location.district_pcode or (
            m.level == "province" and m.province_pcode == location.province_pcode
        )
    return m.province_pcode == location.province_pcode


def _twin(lead: OpenIncident, location: Location, mentions: list[PlaceMention]) -> OpenIncident:
    """The incident of another place its lead told taken: the lead's type, claim and day
    at that place, no toll and no sentence of its own yet."""
    inc = lead.incident
    return OpenIncident(
        incident=replace(
            inc,
            location=location,
            killed=None,
            wounded=None,
            casualties_text=None,
            none_hurt=False,
            more=[],
            places=list(inc.places),
            targets=[],
            equipment=[],
        ),
        mentions=mentions,
        has_own_place=True,
        said_another=True,
        twin=True,
    )


def _places_taken_told(
    reading: _Reading, sentence: Sentence, tokens: list[Token], facts: SentenceFacts
) -> list[tuple[PlaceMention, Location]]:
    """Where the towns or districts a sentence tells taken lie, one location each: the
    names listed as what was taken ("على مراكز ولايات غزني وزابل وهلمند", "على
    مديرية تشاخانسور في ولاية نيمروز ومديرية كهمرد في ولاية باميان"), in the event's
    role, a district and the province it lies in being one. None when the sentence counts
    dead (a toll of them all) or tells what the taking came after."""
    if facts.counted or what_it_came_after(tokens) is not None:
        return []
    named = [
        m
        for start in objects_taken(tokens)
        for m in _the_names_listed(tokens, start, facts.mentions)
        if m.role == roles.EVENT
        and m.resolved
        and m.in_afghanistan
        and m.level in ("province", "district")
    ]
    with_districts = {m.province_pcode for m in named if m.level == "district"}
    seen: set[str] = set()
    taken: list[tuple[PlaceMention, Location]] = []
    for m in named:
        key = m.district_pcode if m.level == "district" else m.province_pcode
        if key is None or key in seen or (m.level == "province" and key in with_districts):
            continue
        seen.add(key)
        loc = _located(reading, sentence, tokens, [m], region=None, one_of_a_list=True)
        if loc is not None:
            taken.append((m, loc))
    return taken


def _the_names_listed(
    tokens: list[Token], start: int, mentions: list[PlaceMention]
) -> list[PlaceMention]:
    """The place names listed from the token at `start` on: the first within a few words
    (a count and its noun may come first: "أربع مديريات هي: مديريات ..."), then each
    next one with only "و", "في" or unit words between them; what follows a word of
    another kind ("وتواصل تقدمها في ولاية بغلان") is no more of the list."""
    after = sorted((m for m in mentions if m.start >= tokens[start].start), key=lambda m: m.start)
    if not after:
        return []
    lead = [t for t in tokens[start:] if t.end <= after[0].start]
    if len(lead) > _LIST_LEAD or any(
        t.key in lx.CLAUSE_OPENERS or casualty_kind(t) is not None for t in lead
    ):
        return []
    listed = [after[0]]
    for m in after[1:]:
        between = [t for t in tokens if listed[-1].end <= t.start and t.end <= m.start]
        # (a name the gazetteer does not know joined by "و" is one more of the list:
        # "مناطق سايجان واهمارد وتشاخانسور"; "وتواصل تقدمها" runs on into another clause)
        if not all(_links_a_list(t) or t.key[:1] == "و" for t in between) or (
            sum(t.key[:1] == "و" and not _links_a_list(t) for t in between) > 1
        ):
            break
        listed.append(m)
    return listed


def _links_a_list(token: Token) -> bool:
    """Whether a word may stand between two names of a list: "و", "في", a unit word
    single, dual or plural ("ومديرية", "بإقليمي", "ولايات")."""
    return (
        token.key == _AND_ALONE
        or token.key in lx.IN_ANY
        or not UNIT_WORDS.keys().isdisjoint(token.bare)
        or not lx.DUAL_UNITS.isdisjoint(token.bare)
        or not lx.TAKEN_PLACES.isdisjoint(token.bare)
    )


_AND_ALONE: Final = normalize("و")  # written apart from the next word: "و ولاية هلمند"
# "على أربع مديريات أخرى هي: مديريات | ورس": the words before the first name of the list
# (names the gazetteer does not know, joined by و, make it longer)
_LIST_LEAD: Final = 8


def _told_as_the_days_tally(
    current: OpenIncident, tokens: list[Token], facts: SentenceFacts
) -> bool:
    """ "قتل 50 مسلحا في عمليات", then "أن العمليات جرت في عدة أقاليم خلال يوم":
    the lead's toll, told of no place, was the country's day, summed."""
    return (
        facts.roundup
        and facts.nationwide
        and current.incident.location is None
        and current.toll_only
        and not facts.event_places
        and any(
            t.key.startswith("ال") and not lx.PLURAL_EVENT_NOUNS.isdisjoint(t.bare) for t in tokens
        )
    )


def _add(
    reading: _Reading,
    current: OpenIncident,
    sentence: Sentence,
    tokens: list[Token],
    facts: SentenceFacts,
    *,
    count: bool = True,
) -> None:
    """One more sentence of the open incident: its places may place or narrow it, a more
    specific type may replace a generic one, its figures and date fill what is missing
    (its figures not at all unless `count`: the incident's own, told again)."""
    inc = current.incident
    inc.more.append((sentence.start, sentence.end))
    if (
        current.reaction_lead
        and current.report is None
        and facts.event_type is not None
        # (it tells the event or its toll, not only "الهجوم" named again: "ودعت المنظمة
        # إلى محاسبة من يقف وراء الهجوم" is one more reaction)
        and (facts.counted or _an_event_word_of_its_own(tokens))
        and not (facts.reaction or facts.background or facts.denial or facts.accusation)
        and not _opens_on_a_reaction(tokens)
    ):
        current.report = sentence
    gaz = reading.gazetteer
    before = inc.location
    # "قتل 12 مدنيا في انفجارين", then "ووقع الانفجاران بولايتي زابل وأروزغان": the
    # toll of events at two provinces, placed at neither
    spread = (
        inc.location is None
        and not current.has_own_place
        and two_units_named(tokens)
        and len({m.province_pcode for m in facts.event_places}) > 1
    )
    current.toll_of_several = current.toll_of_several or spread
    if spread:
        inc.country = "AF"
        current.spread_over = tuple(
            {m.province_pcode: m for m in reversed(facts.event_places)}.values()
        )
    # "... قتل 25 جنديا في إقليمي زابول وفرح": the places of the several events the lead
    # summed, told again; this one's is still told next
    several = spread or (current.toll_of_several and _the_provinces_told_again(inc, facts))
    inc.location = settle(inc.location, inc.places, facts.afghan_places, gazetteer=gaz)
    # "على مسافة أربعين كلم من كابول": the place told from the one it was told at
    away = placed_away_from_its_place(facts, current)
    told_at = inc.location
    if away:
        inc.location = None
    inc.places.extend(m for m in facts.mentions if m not in inc.places)
    if (
        facts.afghan_places
        and not facts.roundup
        and not several
        and not (current.has_own_place and inc.location is None and not away)
        # (an event told abroad is not brought home by an Afghan official's office or a
        # road's end: "وقال حاكم المديرية المحاذية للحدود إن ...")
        and not (inc.country not in (None, "AF") and not facts.event_places)
    ):
        inc.location = refine(
            inc.location,
            # the places abroad the event is at or a road ends at, which keep a place
            # things came from or the road's other end from placing it
            [
                *facts.afghan_places,
                *(
                    m
                    for m in facts.own_places
                    if m.role in (roles.ROUTE, roles.EVENT) and not m.in_afghanistan
                ),
            ],
            gazetteer=reading.gazetteer,
            context=reading.context,
            tokens=tokens,
            text=reading.text,
            told_again=(
                facts.back_reference
                and not what_it_came_after(tokens)
                and not _after_another_event(tokens)
            ),
        )
    if away and inc.location is None:
        inc.location = told_at
    if (there := placed_again_by_an_official_there(facts, current)) is not None:
        # "وأوضح الناطق باسم والي هلمند أن الهجوم كان في خان نشين": there, after all
        inc.location = refine(
            None,
            [there],
            gazetteer=gaz,
            context=reading.context,
            tokens=tokens,
            text=reading.text,
        )
    if weakly_placed(before) and measured_from_elsewhere(inc.location, inc.places):
        inc.location = None
    province = inc.location.province_pcode if inc.location else None
    if all(m.province_pcode == province for m in facts.afghan_places):
        # "إن التفجير وقع أثناء توجه نائب الحاكم إلى مكتبه في المدينة"
        inc.location = in_the_capital(inc.location, tokens, gazetteer=gaz)
    if (
        inc.location is not None
        and inc.location is not before
        # (a village's name: "قاعدة شوراب" after "جنوب غربي البلاد" is no Shorab of the
        # north, whose name it shares)
        and (weakly_placed(inc.location) or inc.location.level == "place")
        and current.region
        and inc.location.province_pcode not in current.region
    ):
        inc.location = before  # "مؤتمر صحافي في قاعدة باغرام" after "في جنوب شرق البلاد"
    if current.region is None and facts.region is not None and not facts.roundup:
        current.region = facts.region  # "قتل في هجوم شنه متمردون في جنوبي أفغانستان"
    if facts.event_places and not several:
        current.has_own_place = True
        current.mentions.extend(facts.placed)
    elif not current.has_own_place and _told_in_the_offices_unit(inc, tokens):
        _office_as_event_place(current, facts)
        current.has_own_place = True
    if inc.location is not None:
        inc.country = "AF"
    elif (
        facts.outside_only
        and not current.has_own_place
        and any(m.role == roles.EVENT for m in facts.own_places)
    ):
        inc.country = _country_abroad(facts)  # a lead placed abroad
        current.has_own_place = True
    guessed = current.toll_only and not current.type_told  # the lead's type, from its toll
    if facts.event_type is not None:
        current.type_told = True
    if (
        (
            more_specific(facts.event_type, than=inc.event_type)
            # (a generic word, "هجوم" or "اعتقال", tells no more than the guess)
            or (guessed and facts.event_type is not None and not _generic(facts.event_type))
            # "في سلسلة من العمليات والغارات", then "إن وحدة خاصة شنت غارة على قرية في
            # مديرية ألاساي": the first of the events a lead summed, told at its place
            or (
                current.toll_of_several
                and current.first_part is None
                and facts.event_type is not None
                and inc.location is not None
                and {m.province_pcode for m in facts.event_places} == {inc.location.province_pcode}
            )
        )
        and not (current.ambush and facts.event_type == "shelling")
        # "وقصفت الطائرات مخابئ المسلحين ردا على الهجوم": strikes in response
        # to the event, not its means
        and not (facts.event_type in _FROM_THE_AIR and any(t.key in lx.REVENGE for t in tokens))
        # "واستعان الجيش بمروحيات لتقديم الدعم": aircraft backing the fight told
        and not (facts.event_type in _FROM_THE_AIR and contains(facts.forms, lx.AIR_SUPPORT))
        and not _typed_by_an_earlier_event(tokens, facts.event_type)
        and not _typed_after_the_told_event(tokens, facts.event_type)
        and not (
            # "ويسقط العديد منهم في عمليات انتحارية وتفجيرات": events in general, told in the
            # plural with no place of their own, are no means of this one
            not facts.event_places and plural_triggers_only(tokens)
        )
    ):
        inc.event_type = facts.event_type  # "هجوم", then "فجر انتحاري نفسه"
        if inc.event_type in _FROM_THE_AIR:
            inc.claimed_by = None
    _a_complex_attack(current, tokens)
    if current.toll_of_several and current.first_part is None and facts.event_places:
        current.first_part = sentence  # "وهاجمت طالبان نقاط التفتيش في منطقة بالا مرغب"
    counted = False
    if (
        current.toll_of_several
        and facts.detail
        and not facts.these_events  # figures of all the events a lead summed
        # a group's claim ("قال المتحدث باسم طالبان إن عناصر الحركة قتلت 40") is no
        # figure of one of the events
        and (reading.statement or not contains(facts.forms, lx.GROUP_VOICES))
        # "وتم نقل الجندي الألماني الذي أصيب بجروح خطيرة": one of the people told, named
        # by a relative clause, is no figure of one of the events
        and not _told_by_a_relative(tokens)
    ):
        # The lead's toll was of several attacks ("في سلسلة هجمات في إقليمي بادغيس وسربل"):
        # the first figure told of this one replaces it.
        told = casualties(tokens)
        if (told.killed is not None or told.wounded is not None) and not _the_other_side_only(
            told, current, facts.forms
        ):
            current.summed_killed = inc.killed
            inc.killed, inc.wounded = told.killed, told.wounded
            current.toll_of_several = False
            current.parts_follow = True
            if current.first_part is not None:
                _told_by_its_first_part(inc, current.first_part)
            current.figures = {k: [told] for k in ("killed", "wounded") if getattr(told, k)}
            counted = True  # the sentence's figures are the incident's now, read once
    # "وقتل 44 شخصا في هجمات مستهدفة عبر أفغانستان في نوفمبر": a tally of many events
    # told after one of them counts none of its dead
    if not (facts.roundup and not current.roundup):
        _fill(reading, current, sentence, tokens, facts.forms, count=count and not counted)
    _date(reading, current, sentence)


def _the_other_side_only(told: Casualties, current: OpenIncident, forms: Words) -> bool:
    """Whether a sentence's figures count only dead of another side than the lead's
    ("مقتل أربعة ضباط ... إثر هجومين", then "وأسفرت المعركة عن مقتل 24 من مسلحي
    طالبان"): the attackers' dead add to the lead's toll, no part of it."""
    earlier = current.figures.get("killed", [])
    counted = frozenset().union(*(c.sides_of("killed") or NO_SIDE for c in earlier))
    return (
        told.killed is not None
        and told.wounded is None
        and bool(earlier)
        and _another_side(told.sides_of("killed"), counted, forms)
    )


def _told_by_its_first_part(inc: Incident, part: Sentence) -> None:
    """The incident's source sentence becomes the first part's own, once its figures
    replace those of a lead that summed several events ("قتل 19 في سلسلة هجمات في إقليمي
    بادغيس وسربل", then "وهاجمت طالبان نقاط التفتيش في منطقة بالا مرغب"): the lead stays
    one of its sentences."""
    if (part.start, part.end) not in inc.more:
        return
    inc.more = [(inc.start, inc.end), *(s for s in inc.more if s != (part.start, part.end))]
    inc.sentence, inc.start, inc.end = part.text, part.start, part.end


def _typed_by_an_earlier_event(tokens: list[Token], etype: str | None) -> bool:
    """Whether the sentence's kind is read only after "بعد يومين من" ("ووقع الحادثان بعد
    يومين من هجوم انتحاري على مقر الشرطة"): the kind of the event the told one came after,
    not its own."""
    at = next((k for k in range(len(tokens)) if a_span_after(tokens, k)), None)
    return at is not None and event_type(tokens[:at]) != etype


def _typed_after_the_told_event(tokens: list[Token], etype: str | None) -> bool:
    """Whether the sentence's kind is read only after "في أعقاب الكمين" or "بعد الهجوم"
    ("وأشار إلى أنه في أعقاب الكمين قتلت أسرة بقنبلة ألقتها طائرات"): what came after
    the event told, not its own kind."""
    at = next(
        (
            k
            for k in range(len(tokens) - 1)
            if tokens[k].key in lx.AFTER
            and tokens[k + 1].key.startswith("ال")
            and not lx.EVENT_NOUNS.isdisjoint(tokens[k + 1].bare)
        ),
        None,
    )
    return at is not None and event_type(tokens[:at]) != etype


def _the_provinces_told_again(inc: Incident, facts: SentenceFacts) -> bool:
    """Whether the sentence tells events at two provinces or more, all of them told as
    event places before in the incident."""
    now = {m.province_pcode for m in facts.event_places}
    told = {m.province_pcode for m in inc.places if m.role == roles.EVENT}
    return len(now) > 1 and now <= told


def _since_when(tokens: list[Token]) -> int:
    """Where a clause of when opens after "منذ" ("الأكبر منذ مارس الماضي، حينما ..."): what
    it tells is of that earlier time; or a clause of where the place saw events before
    ("حيث شهدت البلدة هجمات سابقة"); else the sentence's end."""
    seen = next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k].key in lx.WHERE and not lx.UNDERGONE.isdisjoint(tokens[k + 1].bare)
        ),
        None,
    )
    if seen is not None:
        return seen
    since = next((k for k, t in enumerate(tokens) if t.key in lx.SINCE), None)
    if since is None:
        return len(tokens)
    if since + 1 < len(tokens) and tokens[since + 1].key in lx.THAT:
        return since  # "الأعنف منذ أن قتل 40 شخصا عام 2009": since that other time
    return next(
        (k for k in range(since + 1, min(len(tokens), since + 8)) if tokens[k].key in lx.WHEN),
        len(tokens),
    )


_THE_FORCES: Final = frozenset({"security"})


def _generic(etype: str) -> bool:
    return BY_NAME[etype].rank == "generic"


def _attackers_in_the_toll(tokens: list[Token], words: Words) -> bool:
    """Whether the lead names attackers among the people its toll counts: after its first
    word of the dead or hurt ("قتل خمسة شرطيين وثلاثة مهاجمين", "مقتل جميع المهاجمين") or
    right before it, not only as the subject who carried the attack out ("شن ستة انتحاريين
    هجوما ... ما أدى إلى مقتل جندي": their own dead, told after, add to the soldier)."""
    if lx.ATTACKERS.isdisjoint(words.forms):
        return False
    first = next((k for k, t in enumerate(tokens) if casualty_kind(t) is not None), None)
    # ("إن مهاجمين انتحاريين قتلا": the attackers, the subject right before their death)
    return first is not None and any(
        not lx.ATTACKERS.isdisjoint(t.bare)
        for t in tokens[max(0, first - _SUBJECT_BEFORE_ITS_DEATH) :]
    )


_SUBJECT_BEFORE_ITS_DEATH: Final = 3  # "مهاجمين انتحاريين قتلا", "المهاجمين الثلاثة قتلوا"


def _toll_type(tokens: list[Token]) -> str:
    """The type of an event told by its toll alone: militants the only dead ("قتل 18
    مسلحا خلال عملية") fell in the forces' operation, a clash; anyone else in an attack."""
    return "armed_clash" if _militants_alone(casualties(tokens)) else TOLL_TYPE


def _militants_alone(told: Casualties) -> bool:
    """Whether the only dead a sentence counts are fighters of the armed groups."""
    return told.sides_of("killed") == {lx.MILITANTS}


def _told_in_the_offices_unit(inc: Incident, tokens: list[Token]) -> bool:
    """Whether the sentence says the event was in the unit of the official who placed it
    ("قال قائد شرطة زابول إن ... في الإقليم")."""
    loc = inc.location
    return loc is not None and loc.how == "office" and told_in_anaphor(tokens) == loc.level


def _located(
    reading: _Reading,
    sentence: Sentence,
    tokens: list[Token],
    placed: list[PlaceMention],
    *,
    region: frozenset[str] | None,
    another_matter: bool = False,
    one_of_a_list: bool = False,
) -> Location | None:
    """Where the places of a sentence put an incident, in the article read so far
    (`one_of_a_list`: the place is one of a list, each placed apart)."""
    return locate(
        sentence,
        tokens,
        placed,
        gazetteer=reading.gazetteer,
        context=reading.context,
        dateline_place=reading.dateline_place,
        text=reading.text,
        region=region,
        another_matter=another_matter,
        one_of_a_list=one_of_a_list,
    )


def _placed_before_what_it_came_after(
    reading: _Reading,
    told: OpenIncident,
    sentence: Sentence,
    tokens: list[Token],
    facts: SentenceFacts,
) -> None:
    """ "وجاء هجوم قوات الحركة، في منطقة باغمان ...، في أعقاب هجوم بقنبلة": the places
    named before what the told event came after are the told event's, when it had none of
    its own."""
    earlier = what_it_came_after(tokens)
    if earlier is None or not weakly_placed(told.incident.location):
        return
    before = [m for m in facts.placed if m.end <= earlier[0].start]
    if not any(m in before for m in facts.event_places):
        return
    told.incident.location = _located(reading, sentence, tokens, before, region=facts.region)
    told.mentions.extend(before)
    told.has_own_place = True


def _office_as_event_place(current: OpenIncident, facts: SentenceFacts) -> None:
    """The office's province is the event's own place, for the sentences that name it
    again ("مسجدا في بغلان")."""
    loc = current.incident.location
    assert loc is not None
    # the office named in this sentence or in an earlier one ("قال حاكم ولاية خوست ...",
    # then "... التي وقعت الخميس في هذه الولاية")
    current.mentions.extend(
        replace(m, role=roles.EVENT)
        for m in [*current.mentions, *facts.placed]
        if m.role == roles.OFFICE and m.province_pcode == loc.province_pcode
    )


def _sentence_mentions(
    sentence: Sentence,
    tokens: list[Token],
    *,
    gazetteer: Gazetteer,
    context: Context,
    corrections: Mapping[str, str] | None,
    dateline: tuple[int, int] | None,
) -> list[PlaceMention]:
    """The sentence's place mentions, matched with the best province context there is."""
    hint = context.province.province_pcode if context.province else None
    told = context.provinces
    mentions = find_mentions(
        sentence,
        gazetteer=gazetteer,
        province=hint,
        corrections=corrections,
        tokens=tokens,
        told=told,
    )
    # A province named here with its unit word is better context for its districts; not
    # one named as a reference point ("قاعدة باغرام شمالي كابول").
    # (the roles are read only when some province or name could be context at all, and
    # read once when the mentions stay as they are)
    found_first = mentions
    assigned: list[PlaceMention] | None = None
    referred: set[int] = set()
    if any(m.in_afghanistan for m in mentions) and (
        hint is None or any(m.level == "province" and m.unit for m in mentions)
    ):
        assigned = roles.assign_roles(tokens, mentions)
        referred = {
            m.start for m in assigned if m.role in (roles.REFERENCE, roles.ROUTE, roles.PERSON)
        }
    named = [
        m
        for m in mentions
        if m.level == "province"
        and m.in_afghanistan
        and (m.unit or hint is None)
        and m.start not in referred
    ]
    if not named and hint is None and any(m.ambiguous for m in mentions):
        # "أرغنداب شمالي مدينة قندهار": a name found in two provinces, told beside a
        # place of one of them (when the article has not yet told its province).
        named = [
            m
            for m in mentions
            if m.in_afghanistan
            and not m.ambiguous
            and m.province_pcode
            # (not a place it was near: "بالقرب من قاعدة باجرام ... في مقاطعة قرة باخ")
            and m.start not in referred
        ]
    if named and named[0].province_pcode != hint:
        first = mentions
        mentions = find_mentions(
            sentence,
            gazetteer=gazetteer,
            province=named[0].province_pcode,
            corrections=corrections,
            tokens=tokens,
            told=told,
        )
        if named[0].unit is None:
            # "قتل حاكم الظل لمنطقة الإمام صهيب ...، فيما قتل شرطي ... في وسط كابول": a
            # province named bare, maybe in another clause, unseats no name read without it
            found = {m.start: m for m in first if m.resolved}
            mentions = [m if m.resolved else found.get(m.start, m) for m in mentions]
    if (
        hint is None
        and context.country not in (None, "AF")
        and any(m.in_afghanistan and read_loosely(m.method) for m in mentions)
    ):
        # "... في منطقة وزيرستان", then "في بلدة مندوي": an Afghan name read loosely is a
        # coincidence of spelling
        mentions = [m for m in mentions if not (m.in_afghanistan and read_loosely(m.method))]
    if (
        hint is None
        and context.country not in (None, "AF")
        and any(m.in_afghanistan and m.unit in _NO_UNIT_OR_AN_AREA for m in mentions)
        and all(t.key not in lx.AFGHANISTAN for t in tokens)
    ):
        # "في ولاية سيستان بلوشستان الإيرانية", then "مدعي عام زابل": a bare name with a
        # namesake in the neighbour the report is in is that one (Zabol), unless the
        # sentence turns to Afghanistan; so is an area ("في منطقة كالات"), not a name
        # brought in by an Afghan unit word ("ولاية", "مديرية")
        mentions = [
            the_namesake_in(m, context.country, gazetteer=gazetteer)
            if m.unit in _NO_UNIT_OR_AN_AREA
            else m
            for m in mentions
        ]
    if dateline and any(dateline[0] <= m.start < dateline[1] for m in mentions):
        mentions = [
            replace(m, unit="dateline") if dateline[0] <= m.start < dateline[1] else m
            for m in mentions
        ]
    elif dateline and (alone := dateline_mention(sentence, dateline, gazetteer=gazetteer)):
        mentions = [alone, *mentions]
    if context.country in (None, "AF") and (
        capital := capital_mention(sentence, tokens, mentions, gazetteer=gazetteer)
    ):
        # ("وفي العاصمة، جرح ثلاثة": Kabul, in a report on Afghanistan)
        mentions = sorted([*mentions, capital], key=lambda m: m.start)
    if any(m.level == "district" for m in mentions):
        mentions = quarters_named_as_districts(tokens, mentions, gazetteer=gazetteer)
    if credited := outlets_credited(sentence.text, offset=sentence.start):
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in credited)]
    if assigned is None or mentions is not found_first:
        assigned = roles.assign_roles(tokens, mentions)
    return roles.nearest_the_reference(tokens, assigned, gazetteer=gazetteer)


_NO_UNIT_OR_AN_AREA: Final = (None, "place")

# Where a wire dateline's own date and agency end: the agency's bracket or the dash after
# the place ("كابول 12 يونيو 2007 (شينخوا) --", "كابول - أ ف ب:").
_DATELINE_END: Final = re.compile(r"\)[ \t]*[-–—:]*|[-–—:]+")
_DATELINE_REACH: Final = 60


def _body_start(text: str, dateline: tuple[int, int]) -> int:
    """Where the story starts after a dateline: its date and agency are the wire's."""
    line = text[dateline[1] : dateline[1] + _DATELINE_REACH].split("\n", 1)[0]
    end = _DATELINE_END.search(line)
    cut = dateline[1] + end.end() if end else dateline[1]
    # "ميمنه – 22 حزيران/يونيو 2009: لقي ...": a date right after the dash is the wire's;
    # so is one after the country ("ميمنة، أفغانستان 20 إبريل 2018 /صدت ...").
    rest = text[cut : cut + _DATELINE_REACH]
    first = next(iter(dates.date_mentions(rest, published=None)), None)
    if (
        first is not None
        and first.rule.startswith("explicit")
        and not _COUNTRY_BEFORE.sub("", rest[: first.start]).strip(" ،,")
    ):
        cut += first.end + len(rest[first.end :]) - len(rest[first.end :].lstrip(" :-–—/"))
    return cut


# "، أفغانستان" between a dateline's place and its date
_COUNTRY_BEFORE: Final = re.compile(r"[،,]?\s*(?:أفغانستان|افغانستان|باكستان)\s*")


def _without_dateline(reading: _Reading, sentence: Sentence) -> str:
    """The sentence's text after the wire dateline it may open with."""
    dateline = reading.dateline
    if dateline is None or sentence.start > dateline[1] or dateline[0] >= sentence.end:
        return sentence.text
    return sentence.text[max(0, _body_start(reading.text, dateline) - sentence.start) :]


def _dated_by_the_statement(opened: list[OpenIncident], published: date | None) -> None:
    """An incident none of whose sentences told its day is dated by its lead's statement
    ("أعلن مسؤولون اليوم الأحد مقتل ثلاثة جنود"): the day the news broke."""
    for o in opened:
        inc = o.incident
        if inc.event_date is not None or not o.lead_text or published is None:
            continue
        said = dates.statement_date(o.lead_text, published=published)
        if said is not None and said.day is not None:
            inc.event_date = said.day.isoformat()
            inc.date = inc.date or said.text


def _dated_with_the_one_before(opened: list[OpenIncident]) -> None:
    """ "قتل جنديان كنديان ... الخميس. كما قتل 12 مدنيا في تفجير ...": an incident told
    "as well" ("كما") right after another, with no day of its own, is of that one's day
    (`opened` in the order they were told)."""
    for before, o in pairwise(opened):
        inc = o.incident
        if (
            inc.event_date is None
            and before.incident.event_date is not None
            and any(normalize(w) in lx.ALSO_OPENERS for w in o.lead_text.split(maxsplit=1)[:1])
        ):
            inc.event_date = before.incident.event_date
            inc.date = inc.date or before.incident.date


def _date(reading: _Reading, current: OpenIncident, sentence: Sentence) -> None:
    """The first day a sentence of the incident names, resolved against publication; the
    date of a wire dateline ("كابول 12 يونيو 2007 (شينخوا)") is the story's, not the event's.
    A day that may date the lead's statement gives way to an earlier day of the event told
    after it ("أعلن المتحدث ... اليوم الخميس مقتل أربعة", then "إن القنبلة انفجرت ليل أمس
    الأربعاء")."""
    inc = current.incident
    if inc.event_date is not None and not current.dated_by_saying:
        return
    text = _without_dateline(reading, sentence)
    mention = dates.event_date(text, published=reading.published)
    if mention is None:
        return
    if mention.day is not None:
        if inc.event_date is not None:
            current.dated_by_saying = False
            if mention.day.isoformat() >= inc.event_date or dates.dates_a_statement(text, mention):
                return
        else:
            current.dated_by_saying = dates.dates_a_statement(text, mention)
        inc.event_date = mention.day.isoformat()
        inc.date = mention.text
    elif inc.date is None:
        inc.date = mention.text


def _the_same_people(cas: Casualties, earlier: list[Casualties], kind: str) -> bool:
    """Whether a figure counts, among others maybe, people of a side the figures told
    before counted (security forces, then security forces and Taliban)."""
    sides = cas.sides_of(kind)
    counted = frozenset().union(*(c.sides_of(kind) for c in earlier))
    return bool(sides & counted - NO_SIDE)


def _another_side(sides: frozenset[str], counted: frozenset[str], forms: Words) -> bool:
    """Whether a later figure counts only people of another side than the figures told
    before (civilians, then Taliban): the press's totals count all sides. Not in a toll
    ("حصيلة") nor in another party's denial."""
    return (
        bool(sides)
        # "مقتل اثنين من جنوده": people of no side told, who may be of any
        and NO_SIDE.isdisjoint(counted)
        and NO_SIDE.isdisjoint(sides)
        and sides.isdisjoint(counted)
        and forms.forms.isdisjoint(lx.TOLL_SUMS)
        and not contains(forms, lx.DENIALS)  # "ونفى الحلف ... قتل 10 مسلحين": another account
    )


def _told_before_alike(cas: Casualties, kind: str, earlier: list[Casualties]) -> bool:
    """Whether an earlier figure counted as many people of the same side ("أسفر أيضا عن 11
    قتيلا من المهاجمين", then "أن أحد عشر عنصرا من داعش قتلوا أيضا"): the same people
    told again by a sentence that adds, not more of them."""
    sides = cas.sides_of(kind)
    return (
        bool(sides)
        and NO_SIDE.isdisjoint(sides)
        and any(
            getattr(c, kind) == getattr(cas, kind) and c.sides_of(kind) == sides for c in earlier
        )
    )


def _among_those_told(cas: Casualties, kind: str, earlier: list[Casualties]) -> bool:
    """Whether a figure counts only people of a side an earlier figure told to be among
    its own ("لقي 19 شخصا حتفهم بينهم بعض المدنيين", then "وأدى أيضا إلى مقتل
    أربعة مدنيين"): some of those again, not more."""
    sides = cas.sides_of(kind)
    among = frozenset().union(*(c.sides_among(kind) for c in earlier))
    return bool(sides) and NO_SIDE.isdisjoint(sides) and sides <= among


def _told_earlier(tokens: list[Token]) -> bool:
    """Whether the sentence relays what a source said earlier, its content clause after
    the source it quotes ("وكانت الوكالة أشارت في وقت سابق نقلا عن مصدر في الحرس كذلك أن
    18 شخصا قتلوا"): a figure the one told before replaced."""
    for k in range(len(tokens) - 1):
        end = _earlier_marker_end(tokens, k)
        if end is None:
            continue
        for t in tokens[end : end + _SOURCE_WORDS]:
            if t.key in lx.THAT or t.key in _THAT_IT:
                return True  # "قال في وقت سابق إنه أحصى 20 جثة"
            if casualty_kind(t) is not None:
                return False
    return False


def _earlier_marker_end(tokens: list[Token], k: int) -> int | None:
    """Where a marker of an earlier telling at `k` ends: "في وقت سابق" anywhere, or
    "قبل ذلك"/"سابقا"/"في البداية" right after a verb of saying ("وكان الناطق قد أعلن قبل ذلك أن 51
    شخصا قتلوا": the figure he gave before; "وقبل ذلك قتل ..." tells an earlier event)."""
    if tuple(t.key for t in tokens[k : k + 3]) == _EARLIER:
        return k + 3
    said = k > 0 and not lx.CLAIM_VERBS_SET.isdisjoint(tokens[k - 1].bare)
    if said and (tokens[k].key, tokens[k + 1].key) == _BEFORE_THAT:
        return k + 2
    if said and (tokens[k].key == _PREVIOUSLY or tokens[k].key in lx.AT_FIRST):
        return k + 1  # "وكانت الوزارة قالت مبدئيا إن ..."
    if said and tokens[k].key in lx.IN and tokens[k + 1].key in lx.AT_FIRST:
        return k + 2  # "قالت في البداية إن 16 شخصا قتلوا": its first account
    return None


_EARLIER: Final = tuple(normalize(w) for w in ("في", "وقت", "سابق"))
_BEFORE_THAT: Final = (normalize("قبل"), normalize("ذلك"))
_PREVIOUSLY: Final = normalize("سابقا")
_THAT_IT: Final = frozenset(
    normalize(w) for w in ("إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "إنهم", "أنهم")
)
_SOURCE_WORDS: Final = 10  # "نقلا عن مصدر في الحرس الثوري كذلك": the source quoted, then "أن"


def _another_account(tokens: list[Token]) -> bool:
    """ "ولكن بحسب المتحدث باسم الوزارة، قتل 13 شخصا", "غير أن الوزارة قالت ...": a
    contrast that opens on another source gives its own account of the toll, not a
    fuller one."""
    if (
        len(tokens) > 1
        and (tokens[0].key in lx.BUT or tokens[0].key in lx.BUT_THAT)
        and any(t.key in _ACCORDING_TO for t in tokens[1:3])
    ):
        return True
    # "...، لكن أهالي القرية قالوا إن 30 قتلوا": the count of the people of the place
    # (their count, after them: "لكن السكان ما زالوا يبحثون عن مفقودين" gives none)
    if any(
        t.key in lx.BUT
        and any(u.key in _THE_LOCALS for u in tokens[k + 1 : k + 3])
        and any(casualty_kind(u) is not None for u in tokens[k + 3 :])
        for k, t in enumerate(tokens)
    ):
        return True
    # "وقدر رئيس شرطة الإقليم أنه سقط عشرة قتلى": another voice's estimate
    if tokens and tokens[0].key in _ESTIMATED:
        return True
    # "ومع ذلك، قال عضو آخر في مجلس الإقليم إن عدد القتلى لا يقل عن 12": "nevertheless"
    # before a verb of saying
    return [t.key for t in tokens[:2]] == _NEVERTHELESS and any(
        t.key in lx.CLAIM_VERBS_SET for t in tokens[2:4]
    )


_ACCORDING_TO: Final = frozenset(normalize(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "أن"))
_NEVERTHELESS: Final = [normalize(w) for w in ("ومع", "ذلك")]
# The people of the place and those who saw it, a voice of their own on the toll.
_THE_LOCALS: Final = frozenset(
    normalize(w)
    for w in ("سكان", "السكان", "أهالي", "الأهالي", "شهود", "شهودا", "قرويين", "القرويين")
)
_ESTIMATED: Final = frozenset(
    normalize(w) for w in ("وقدر", "وقدرت", "قدر", "قدرت", "ويقدر", "وتقدر")
)


def _a_voice_confirming(
    tokens: list[Token], cas: Casualties, inc: Incident, headline: Mapping[str, int]
) -> bool:
    """ "كما أكد مراسل الصحيفة أن جثث 40 قتيلا و120 جريحا نقلوا": "كما" before a verb of
    saying opens another voice; when it gives a figure already told of the event (its
    toll so far, or the headline's figure of that kind), it confirms that toll and adds
    no dead of its own."""
    return (
        len(tokens) > 1
        and (
            (tokens[0].key in lx.ALSO_OPENERS and tokens[1].key in lx.CLAIM_VERBS_SET)
            or _the_speaker_also(tokens)
        )
        and any(
            (figure := getattr(cas, kind)) is not None
            and figure in (getattr(inc, kind), headline.get(kind))
            for kind in ("killed", "wounded")
        )
    )


def _after_another_event(tokens: list[Token]) -> bool:
    """ "هو الثاني هذا الشهر بعد انفجار في منطقة سروبي": "بعد" and an event told
    indefinite name an earlier event, and the place after them is that one's."""
    return any(
        a.key in lx.AFTER and not b.key.startswith("ال") and b.key in lx.SINGLE_TRIGGERS
        for a, b in pairwise(tokens)
    )


def _a_strike_led(current: OpenIncident) -> bool:
    """Whether the incident is a strike from the air or afar, or its lead tells a raid
    ("خلال مداهمة ليلية لمنزل"): what a force does to those it takes for fighters."""
    return current.incident.event_type in _STRUCK or not _RAID_WORDS.isdisjoint(
        normalize(current.lead_text).split()
    )


_STRUCK: Final = frozenset({"airstrike", "shelling"})
_RAID_WORDS: Final = frozenset(
    normalize(w) for w in ("مداهمة", "مداهمات", "غارة", "غارات", "الغارة", "المداهمة")
)


def _the_rest_of_the_toll(tokens: list[Token], cas: Casualties, inc: Incident) -> bool:
    """Whether a sentence tells the dead the incident counted in parts, the last "the
    remaining" ("5 رجال ... تمت تصفيتهم", then "إن أحد المسلحين فجر نفسه ... فيما قتل
    الخمسة الباقون"): the same dead, whatever side it names."""
    return (
        cas.killed is not None
        and cas.killed == inc.killed
        and any(
            t.key.startswith("ال")
            and numbers.number_ending_at([t.text], 0) is not None
            and after.key in _REMAINING
            for t, after in pairwise(tokens)
        )
    )


_REMAINING: Final = frozenset(normalize(w) for w in ("الباقون", "الباقين", "المتبقون", "المتبقين"))


def _the_whole_toll_again(
    cas: Casualties, inc: Incident, earlier: Mapping[str, list[Casualties]]
) -> bool:
    """Whether a sentence gives both figures the incident has, each the same ("قتل سبعة
    أشخاص وجرح 14", then "غير أن سائقه قتل، فضلا عن مصرع ستة من مرافقيه، كما أصيب 14"):
    the same toll told again in its parts, no dead of its own. A side of its own named
    ("أن اثنين من المهاجمين قتلا وأصيب ثالث" after "قتل جنديان وأصيب شرطي") makes them
    others, however alike the figures, unless the incident's figures named no side
    (`earlier`: the figures the incident has, by kind)."""
    told = frozenset().union(*(c.sides_of(k) for k, figures in earlier.items() for c in figures))
    sides = (cas.sides_of("killed") | cas.sides_of("wounded")) - NO_SIDE
    return (
        cas.killed is not None
        and cas.killed == inc.killed
        and cas.wounded is not None
        and cas.wounded == inc.wounded
        # (figures of no side told first may be of any: "بمقتل سبعة أشخاص")
        and (sides <= told or not told.isdisjoint(NO_SIDE))
    )


def _the_speaker_also(tokens: list[Token]) -> bool:
    """ "وأعلن رئيس الوزراء أيضا مقتل جنديين": "أيضا" right after the verb of saying and
    its speaker, before any casualty word: another voice also saying it."""
    if lx.CLAIM_VERBS_SET.isdisjoint(tokens[0].bare):
        return False
    for tok in tokens[1 : 1 + _SPEAKER_WORDS]:
        if tok.key in lx.ALSO:
            return True
        if casualty_kind(tok) is not None:
            return False
    return False


_SPEAKER_WORDS: Final = 4  # "وأعلن رئيس الوزراء الإيطالي أيضا"


def _before_an_earlier_time(tokens: list[Token], forms: Words) -> tuple[list[Token], Words]:
    """The words before a clause of an earlier time (`_since_when`: "... حيث شهدت البلدة
    هجمات سابقة، أبرزها هجوم تبنته جماعتان" tells the claim of that time); else all."""
    then = _since_when(tokens)
    return (tokens, forms) if then == len(tokens) else (tokens[:then], all_forms(tokens[:then]))


def _before_a_denial(tokens: list[Token], forms: Words) -> tuple[list[Token], Words]:
    """The clause of a claim when another party's denial follows it after "فيما/بينما"
    ("وتبنى تنظيم الدولة الهجوم، فيما نفى المتحدث باسم طالبان أي صلة للحركة به"), or
    after "مع نفي" (the group's own denial of a part: "تبنت الحركة الهجوم، مع نفي إحراق
    المركز"); else the whole sentence."""
    cut = next(
        (
            k
            for k, t in enumerate(tokens)
            if k > 2
            and (
                t.key in lx.CONTRAST
                or (t.key in lx.WITH and k + 1 < len(tokens) and tokens[k + 1].key in _DENYING)
            )
        ),
        None,
    )
    if cut is None or not contains(forms, lx.DENIALS):
        return tokens, forms
    head = all_forms(tokens[:cut])
    return (tokens, forms) if contains(head, lx.DENIALS) else (tokens[:cut], head)


_DENYING: Final = frozenset(normalize(w) for w in ("نفي", "نفيها", "نفيه", "نفيهم"))


def _a_similar_one(tokens: list[Token]) -> bool:
    """Whether the sentence tells "a similar" event by a noun of no kind of its own ("في
    عملية مماثلة", "حادث مماثل"): one of the kind told before it."""
    return any(
        t.key in _SIMILAR and k > 0 and tokens[k - 1].key in _KINDLESS_EVENTS
        for k, t in enumerate(tokens)
    )


_SIMILAR: Final = frozenset(normalize(w) for w in ("مماثلة", "مماثل", "مماثلا", "مشابهة", "مشابه"))
_KINDLESS_EVENTS: Final = frozenset(
    normalize(w) for w in ("عملية", "عمليات", "حادث", "حادثة", "حوادث", "واقعة")
)


def _the_group_its_lead_named(group: str, lead_groups: frozenset[str]) -> str:
    """The group that claims, as the incident's lead named it: "طالبان" claiming an attack
    its lead told of "حركة طالبان الباكستانية" is that group, by its short name."""
    return _TTP if group == "Taliban" and _TTP in lead_groups else group


_TTP: Final = "Pakistani Taliban"


# The groups whose claims the press relays have no aircraft: an air strike is never theirs
# ("ناشطو طالبان كانوا في المنزل وقت الغارة" names the targets, not a claimant).
_FROM_THE_AIR: Final = frozenset({"airstrike"})


# Words that call figures wrong ("أرقامه كانت خاطئة", "صحح الحصيلة")
_WRONG: Final = frozenset(normalize(w) for w in ("خاطئة", "خاطئ", "خطأ", "خاطئا", "صحح", "صححت"))


def _another_voice_after_the_group(tokens: list[Token]) -> bool:
    """Whether a contrast clause after the group's words names no group voice of its own
    ("...، فيما أعلنت الوزارة ارتفاع الحصيلة"; not "...، فيما أفاد مقاتلوها أن ...")."""
    at = next((k for k, t in enumerate(tokens) if k and t.key in lx.CONTRAST), None)
    return (
        at is not None
        and not contains(all_forms(tokens[at:]), lx.GROUP_VOICES)
        and all(t.key not in _THE_GROUP for t in tokens[at : at + _VOICE_WORDS])
    )


_THE_GROUP: Final = frozenset(normalize(w) for w in ("طالبان", "الحركة", "مقاتلوها", "مسلحوها"))
_VOICE_WORDS: Final = 4  # "فيما أفاد مقاتلوها أن": the contrast, its verb, the voice


def _the_speaker_goes_on(tokens: list[Token]) -> bool:
    """ "وقال في رسالة", "وأضاف أن": a verb of saying after "و" with no subject named
    after it; the speaker of the sentence before goes on."""
    return (
        len(tokens) > 1
        and tokens[0].key.startswith("و")
        and not lx.CLAIM_VERBS_SET.isdisjoint(tokens[0].bare[1:])
        and (tokens[1].key in lx.IN or tokens[1].key in lx.THAT or tokens[1].key in _SAYING_SO)
    )


def _the_spokesman_named_again(tokens: list[Token]) -> bool:
    """ "وأشار مجاهد إلى أن": a verb of saying, then a group spokesman's surname."""
    return (
        len(tokens) > 1
        and not _SAYS.isdisjoint(tokens[0].bare)
        and tokens[1].key in lx.SPOKESMEN_SURNAMES
    )


_SAYS: Final = lx.CLAIM_VERBS_SET | frozenset(
    normalize(w) for w in ("أشار", "أشارت", "تابع", "لفت")
)
_SAYING_SO: Final = frozenset(normalize(w) for w in ("قائلا", "لوكالة"))


def _another_events_toll(cas: Casualties, inc: Incident, tokens: list[Token], forms: Words) -> bool:
    """ "وعم الحداد المدينة بعد التفجير الذي خلف أكثر من مئة قتيل" after a bombing that
    killed 35: the dead of an event named by its relative clause, far more than the told
    ones and told as no rise, are that other event's."""
    return (
        cas.killed is not None
        and inc.killed is not None
        and cas.killed > _FAR_ABOVE * max(inc.killed, 1)
        and toll_of_the_named_event(tokens) == cas.killed
        and lx.TOLL_RISE.isdisjoint(forms.forms)
    )


_FAR_ABOVE: Final = 2  # more than twice the told dead is no fuller count of them


def _its_spokesman(tokens: list[Token]) -> bool:
    """ "وقال المتحدث باسمها", "وأكد الناطق باسمها": a spokesman named by a pronoun, at the
    head of the sentence."""
    head = tokens[:_SPOKESMAN_HEAD]
    return any(a.key in lx.SPOKESMEN and b.key in _IN_ITS_NAME for a, b in pairwise(head))


_SPOKESMAN_HEAD: Final = 4
_IN_ITS_NAME: Final = frozenset(normalize(w) for w in ("باسمها", "باسمه"))


def _fill(
    reading: _Reading,
    current: OpenIncident,
    sentence: Sentence,
    tokens: list[Token],
    all_forms: Words,
    *,
    count: bool = True,
) -> None:
    """Casualties, actors, targets, equipment and date from one more sentence (its
    figures too, unless `count` is off: already taken as the incident's)."""
    inc = current.incident
    current.speakers |= speakers_named(tokens)
    article_group, statement = reading.group, reading.statement
    # "وكانت الحصيلة السابقة بلغت 11 قتيلا": a toll told before the one the text gives
    toll_before = contains(all_forms, lx.EARLIER_TOLL) or _told_earlier(tokens)
    if (
        toll_before
        # "في حين تضاربت المعلومات حول عدد القتلى ...": other versions of the toll told
        or not lx.CONFLICTED.isdisjoint(all_forms.forms)
    ) and (inc.killed is not None or inc.wounded is not None):
        count = False
    # "... الأكبر منذ شهر مارس، حينما فجر انتحاري نفسه ... مما أسفر عن مقتل تسعة": the
    # dead of that other time are not this event's
    cas = casualties(tokens[: _since_when(tokens)]) if count else Casualties()
    if count and _another_events_toll(cas, inc, tokens, all_forms):
        cas = Casualties(tokens=cas.tokens)
    # (not one the text says was wrong: "إلا أنه عاد وأوضح أن أرقامه كانت خاطئة")
    if not count and toll_before and all_forms.forms.isdisjoint(_WRONG):
        # "وكانت حصيلة سابقة افادت عن سقوط 33 قتيلا واكثر من مئة جريح" after 43 dead: the
        # earlier toll still gives the kind the text told no other figure of
        told = casualties(tokens[: _since_when(tokens)])
        cas = replace(
            Casualties(tokens=told.tokens),
            **{k: getattr(told, k) for k in ("killed", "wounded") if getattr(inc, k) is None},
        )
        # (a figure told after it as the account of now replaces it, larger or not)
        current.superseded |= {k for k in ("killed", "wounded") if getattr(cas, k) is not None}
    if count and current.none_hurt_words is None:
        current.none_hurt_words = none_hurt_words(tokens)
    if not inc.more and cas.killed is not None and cas.killed > 1:
        # "قتل 19 مسلحا": the lead counted the attackers' side ("ثم مقتل 19 من المهاجمين");
        # one of them named ("إن زعيم التنظيم قتل") is a person, not the attacking group
        current.lead_counts_attackers |= lx.MILITANTS in cas.sides_of("killed")
    # Dead of another group told after the first figure add to it ("كما قتل ثلاثة من
    # المهاجمين"), unless the lead already counted that group.
    # The group's own account after the event's figures ("في المقابل، قال المتحدث باسم
    # طالبان إن ..."): another version of the toll, neither a fuller one nor a part of it.
    group_voice = not statement and (
        bool(contains(all_forms, lx.GROUP_VOICES))
        # "وقال في رسالة إلى وكالة فرانس برس إن ...": the group's spokesman goes on
        or (current.group_spoke and _the_speaker_goes_on(tokens))
        # "... عن المتحدث باسم طالبان ذبيح الله مجاهد", then "وأشار مجاهد إلى أن ...":
        # the spokesman named again by his surname
        or (current.group_spoke and _the_spokesman_named_again(tokens))
        # "وقد تبنت حركة طالبان الهجوم", then "وقال المتحدث باسمها ...": the group that
        # claimed it speaks through its spokesman
        or (inc.claimed_by is not None and _its_spokesman(tokens))
    )
    current.group_spoke = group_voice
    adds = set() if cas.revised or current.lead_counts_attackers or group_voice else cas.added
    if adds and (
        _a_voice_confirming(tokens, cas, inc, current.headline_figures)
        or _the_whole_toll_again(cas, inc, current.figures)
        or _the_rest_of_the_toll(tokens, cas, inc)
    ):
        adds = set()
    # "... 22 جنديا", then "وأضاف أن الهجوم ... نتج عنه أيضا مقتل 12 من طالبان": the voice
    # that disagreed goes on with its own version
    own_version = current.voice_disagreed and _the_speaker_goes_on(tokens)
    if own_version:
        adds = set()
    disagreed = False
    # The group's own version that disagrees with the figure others told of one kind
    # ("27 جنديا", then "وزعمت وكالة أعماق أن 50 قتلوا وأصيب 110"): its other figure is
    # of that version too, not the missing half of the toll.
    version_apart = group_voice and any(
        getattr(cas, k) is not None
        and getattr(inc, k) is not None
        and getattr(cas, k) != getattr(inc, k)
        and k not in current.group_counted
        for k in ("killed", "wounded")
    )
    for kind in ("killed", "wounded"):
        figure, so_far = getattr(cas, kind), getattr(inc, kind)
        if figure is None or (version_apart and so_far is None):
            continue
        earlier = current.figures.setdefault(kind, [])
        # another version of the toll from the group, after figures of others (the group
        # going on with its own account adds to its own: "قتلوا اثني عشر جنديا", then
        # "وأوضح أحمدي ... أن اثنين من المجاهدين استشهدا")
        other_version = group_voice and kind not in current.group_counted
        if kind in current.from_headline and figure == 1 and (so_far or 0) > 1:
            # "قتل مسلحون رجل دين وزوجته" over the report, then "اغتيال رجل الدين": one of
            # the people the headline counted, named again, no toll of the event
            pass
        elif kind in current.from_headline:
            setattr(inc, kind, figure)  # the headline's figure, told again of the event
            current.from_headline.discard(kind)
        elif kind in current.superseded and count and figure > 1 and kind not in cas.added:
            # "قالت الوزارة في البداية إن 16 قتلوا وأصيب أكثر من 100", then "وقال نائب
            # الوزير إن 16 شخصا أصيبوا": the account of now, over the first one (not one
            # man told, "وأضاف أن المهاجم قتل", nor more added, "وأن شرطيا قتل أيضا")
            setattr(inc, kind, figure)
            current.superseded.discard(kind)
        elif (
            so_far is not None
            and kind in adds
            and (broken_down := _the_leads_breakdown(earlier, cas, kind)) is not None
        ):
            setattr(inc, kind, broken_down)
        elif (
            so_far is not None
            and kind in adds
            and inc.more
            # "من بينهم ستة أفراد من قوات الأمن", then "إن ستة من أفراد الأمن قتلوا أيضا"
            and not any(figure in c.parts_of(kind) for c in earlier)
            and not _among_those_told(cas, kind, earlier)
            and not _the_last_of_its_parts(earlier, kind, figure, so_far)
            and not _told_before_alike(cas, kind, earlier)
        ):
            # "وقتلوا رجال الشرطة الستة، كما قتل اثنان من المهاجمين": the six told before
            # are in the total told, and only the others add to them
            # ("43 قتيلا", then "قتل منهم 43 ... وأن عشرة مهاجمين قتلوا": the 43 told again
            # as a part of the new total)
            retold = (
                cas.restated.get(kind) == so_far
                or so_far in cas.parts_of(kind)
                or _the_lead_by_its_sides(earlier, cas, kind, so_far)
            )
            setattr(inc, kind, so_far + figure - (so_far if retold else 0))
        elif so_far is None or (
            # (a toll risen in the group's own words is its version, not the figure: "وأفاد
            # مقاتلوها أن عدد القتلى بلغ 60" after the ministry's 43)
            cas.revised
            and figure >= so_far
            # ("...، فيما أعلنت الوزارة ارتفاع الحصيلة": another voice after the group's)
            and not (other_version and not _another_voice_after_the_group(tokens))
        ):
            setattr(inc, kind, figure)
            earlier.clear()
            current.group_counted.discard(kind)
            if group_voice:
                current.group_counted.add(kind)
        elif (
            kind in current.group_counted
            and not group_voice
            and _the_same_people(cas, earlier, kind)
        ):
            # "وأشار مجاهد إلى أن 40 من أفراد الأمن قتلوا", then "قال نائب حاكم الإقليم إن
            # 7 من طالبان و4 من أفراد قوات الأمن قتلوا": the group's claim gives way to
            # the other account of the same people
            setattr(inc, kind, figure)
            earlier.clear()
            current.group_counted.discard(kind)
        elif inc.more and earlier and not other_version:
            sides = cas.sides_of(kind)
            counted = frozenset().union(*(c.sides_of(kind) or NO_SIDE for c in earlier))
            if _another_side(sides, counted, all_forms) and not (
                # "وقتل المسلحون الثلاثة ...، وجرح 9", then "إن تسعة مدنيين أصيبوا": as
                # many as a figure whose side was only guessed, the same people named
                figure == so_far
                and kind not in cas.added  # ("أصيب خمسة من القوات كذلك": more)
                and (cas.sides_guessed(kind) or any(c.sides_guessed(kind) for c in earlier))
            ):
                # (not the force that struck calling fighters the civilians counted: "قتل
                # عشرة مدنيين في قصف ...", then "في المقابل قال بيان لقوات التحالف إن
                # الجنود قتلوا ثمانية من مسلحي طالبان", its version of the same dead)
                if not own_version and not (
                    _a_strike_led(current) and the_strikers_version(counted, sides, tokens)
                ):
                    setattr(inc, kind, so_far + figure)  # "وأضاف أن ثلاثة من طالبان قتلوا"
            elif (
                figure > so_far
                and sides > counted
                and _another_side(sides - counted, counted, all_forms)
            ):
                # "قتل 10 أطفال", then "10 أطفال و8 مسلحين قتلوا": the sides told before
                # and another, a total of both
                setattr(inc, kind, figure)
            elif figure > so_far and (
                _one_among_the_total(tokens)
                or (
                    so_far == 1
                    and (_others_joined_to_one(tokens, kind) or _one_named_among_them(tokens))
                )
            ):
                # "قتل زعيم محلي إلى جانب العديد من المسلحين", then "إن مولاوي نقيب الله
                # من بين 11 مسلحا قتلوا": the one told is among the total
                setattr(inc, kind, figure)
            elif (
                figure > so_far
                and _near_the_hedged(figure, so_far, _hedge_of(earlier[0], so_far))
                and not _another_account(tokens)
            ):
                # "أكثر من 120 قتيلا من الجانبين", then "72 من طالبان و52 من داعش": the
                # exact count the hedged one stood for
                setattr(inc, kind, figure)
            elif (
                figure > so_far
                and sides == NO_SIDE
                and not contains(all_forms, lx.DENIALS)
                and not _another_account(tokens)
            ):
                # "قتل سياسيا بارزا", then "إن 23 شخصا قتلوا": a larger count of people
                # of no side is the fuller toll of the event
                setattr(inc, kind, figure)
        if not (other_version and so_far is not None):
            earlier.append(cas)
        disagreed |= so_far is not None and figure != so_far and getattr(inc, kind) == so_far
    current.voice_disagreed = disagreed or own_version
    if cas.notes and not inc.casualties_text:
        inc.casualties_text = "; ".join(cas.notes)
    if inc.attributed_to is None:
        inc.attributed_to = relayed_by(tokens)
    claiming, claim_forms = _before_an_earlier_time(*_before_a_denial(tokens, all_forms))
    if not contains(claim_forms, lx.DENIALS):
        # A claim: the group says so in this sentence, or the article relays the group's
        # claims and the sentence names the group's fighters as the ones who acted.
        # "وقالت الحركة إن عشرات المدنيين قتلوا في الغارات الجوية": the group tells the
        # dead of the other side's strike, no deed of its own (unless it owns one, or its
        # fighters act: "إن مقاتليها استهدفوا طائرة")
        struck = event_type(claiming) in _FROM_THE_AIR and not owns_a_deed(claiming)
        group = None if struck else claim_in(claiming)
        relayed_by_others = not statement and inc.attributed_to not in (
            None,
            "Taliban",
            "sources",
            "eyewitness",
        )
        if (
            group is None
            and article_group
            and not struck
            and not relayed_by_others
            and contains(claim_forms, lx.GROUPS[article_group] + lx.GENERIC_FIGHTERS)
            # ("في عملية للجيش ضد مسلحي الحركة": the group fought against)
            and _named_besides_as_opponents(claiming, lx.GROUPS[article_group])
            # (the group's own statement tells its men dead in its own operations)
            and (statement or not _counted_among_the_dead(tokens, article_group))
        ) or (
            group is None
            and statement
            and article_group is not None
            and not struck
            and _only_the_enemy_hurt(claiming)
        ):
            group = article_group
        if inc.claimed_by is None and group and inc.event_type not in _FROM_THE_AIR:
            inc.claimed_by = _the_group_its_lead_named(group, current.lead_groups)
    for label in labels(all_forms, lx.TARGETS):
        if label not in inc.targets:
            inc.targets.append(label)
    for item in equipment(sentence, tokens):
        if item not in inc.equipment:
            inc.equipment.append(item)
    if inc.date is None:
        inc.date = date_text(sentence, tokens)
