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

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import date

from gazetteer.match import Gazetteer
from incidents import dates, roles
from incidents import lexicon as lx
from incidents.casualties import Casualties, casualties
from incidents.events import (
    article_claimant,
    claim_in,
    date_text,
    equipment,
    labels,
    relayed_by,
)
from incidents.locate import Context, from_headline, locate, refine, weakly_placed
from incidents.mentions import dateline_span, find_mentions
from incidents.records import Incident, PlaceMention
from incidents.segment import (
    CLOSE,
    CONTINUE,
    HEADLINE,
    START,
    Layout,
    OpenIncident,
    SentenceFacts,
    more_specific,
    read_sentence,
    refers_back,
    segment,
    taken_up,
)
from incidents.text import Sentence, split_sentences
from incidents.tokens import Token, tokenize
from incidents.words import Words, contains

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
        calendar dates (else taken from a wire dateline with a date, if any).
    trace : called with each sentence's facts and the step segmentation took (a tuning
        aid: `bench/trace.py`).
    """
    return list(
        _extract(
            text,
            gazetteer=gazetteer,
            article_id=article_id,
            corrections=corrections,
            published=published or dates.dateline_date(text),
            trace=trace,
        )
    )


def _extract(
    text: str,
    *,
    gazetteer: Gazetteer,
    article_id: str,
    corrections: Mapping[str, str] | None,
    published: date | None,
    trace: Callable[[SentenceFacts, str], None] | None = None,
) -> Iterator[Incident]:
    context = Context()
    layout = Layout.of(text)
    dateline = dateline_span(text)
    dateline_place: PlaceMention | None = None
    # One pass: every sentence split and tokenised once; later stages read these tokens.
    read = [(s, tokenize(s.text, offset=s.start)) for s in split_sentences(text)]
    article_group, statement = article_claimant([tokens for _, tokens in read])
    current: OpenIncident | None = None
    closed: OpenIncident | None = None  # closed by background; a back-reference may reopen it
    finished: list[OpenIncident] = []
    headline: Casualties | None = None
    headline_places: list[PlaceMention] = []
    for sentence, tokens in read:
        if not tokens:
            continue
        mentions = _sentence_mentions(
            sentence,
            tokens,
            gazetteer=gazetteer,
            context=context,
            corrections=corrections,
            dateline=dateline,
        )
        dateline_place = dateline_place or next(
            (m for m in mentions if m.unit == "dateline" and m.resolved), None
        )
        facts = read_sentence(sentence, tokens, mentions, text=text, layout=layout)
        if current is None and closed is not None and refers_back(facts, closed):
            current, closed = closed, None  # "أعلنت السفارة ... بحادث الاختطاف"
        elif (earlier := taken_up(facts, current, finished)) is not None:
            # "وأضاف المسؤول أن أربعة حراس قتلوا في الكمين ... في محافظة فراه": back to an
            # event told earlier, at its place.
            finished.remove(earlier)
            finished.extend(o for o in (closed, current) if o is not None)
            current, closed = earlier, None
        step = segment(facts, current)
        if trace is not None:
            trace(facts, step)
        placed = facts.placed
        if step == HEADLINE:
            # A sub-headline ("مقتل خمسة جنود أجانب في تفجير بلوجر") announces the next
            # incident: its place is context and its figures wait for that incident.
            finished.extend(o for o in (closed, current) if o is not None)
            closed = current = None
            context.update(placed)
            told = casualties(tokens)
            if told.killed is not None or told.wounded is not None or headline is None:
                headline = told  # a line of credits ("المسلم/وكالات") keeps the figures
            headline_places = facts.afghan_places or headline_places
            continue
        if step == START:
            finished.extend(o for o in (closed, current) if o is not None)
            closed = None
            current = OpenIncident(
                incident=Incident(
                    article=article_id,
                    event_type=facts.event_type or "other",
                    sentence=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                ),
                mentions=list(placed),
                has_own_place=bool(facts.event_places) or facts.outside_only,
            )
            inc = current.incident
            inc.places = list(mentions)
            if facts.outside_only:
                inc.country = facts.own_places[0].country
            elif facts.roundup:
                inc.country = "AF"  # "قتل 21 شخصا في أعمال عنف متفرقة": no one place
            else:
                inc.location = locate(
                    sentence,
                    tokens,
                    placed,
                    gazetteer=gazetteer,
                    context=context,
                    dateline_place=dateline_place,
                    text=text,
                )
                if weakly_placed(inc.location) and headline_places:
                    inc.location = (
                        from_headline(headline_places, gazetteer=gazetteer, context=context)
                        or inc.location
                    )
                if inc.location is not None:
                    inc.country = "AF"
                elif dateline_place is not None:
                    inc.country = dateline_place.country
            # A town told with the event ("في مدينة كابول") is its own place too.
            current.has_own_place |= inc.location is not None and inc.location.how == "mention"
            _fill(inc, sentence, tokens, facts.forms, article_group, statement=statement)
            _date(inc, sentence, published, dateline)
            if headline is not None:
                # The headline's figures wait for the incident it announces, over a
                # dateline or a line of credits between them.
                inc.killed = inc.killed if inc.killed is not None else headline.killed
                inc.wounded = inc.wounded if inc.wounded is not None else headline.wounded
                headline = None
            headline_places = []
        elif step == CONTINUE:
            assert current is not None
            inc = current.incident
            inc.more.append((sentence.start, sentence.end))
            inc.places.extend(m for m in mentions if m not in inc.places)
            afghan_places = facts.afghan_places
            if (
                afghan_places
                and not facts.roundup
                and not (current.has_own_place and inc.location is None)
            ):
                inc.location = refine(
                    inc.location, afghan_places, gazetteer=gazetteer, context=context
                )
            if facts.event_places:
                current.has_own_place = True
                current.mentions.extend(placed)
            if inc.location is not None:
                inc.country = "AF"
            elif facts.outside_only and not current.has_own_place:
                inc.country = facts.own_places[0].country  # a lead placed abroad
                current.has_own_place = True
            if more_specific(facts.event_type, than=inc.event_type):
                inc.event_type = facts.event_type  # "هجوم", then "فجر انتحاري نفسه"
            _fill(inc, sentence, tokens, facts.forms, article_group, statement=statement)
            _date(inc, sentence, published, dateline)
        elif step == CLOSE:
            closed, current = current, None
        context.update(placed)
    finished.extend(o for o in (closed, current) if o is not None)
    for o in sorted(finished, key=lambda o: o.incident.start):
        yield o.incident


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
    mentions = find_mentions(
        sentence, gazetteer=gazetteer, province=hint, corrections=corrections, tokens=tokens
    )
    # A province named here with its unit word is better context for its districts.
    named = [
        m
        for m in mentions
        if m.level == "province" and m.in_afghanistan and (m.unit or hint is None)
    ]
    if named and named[0].province_pcode != hint:
        mentions = find_mentions(
            sentence,
            gazetteer=gazetteer,
            province=named[0].province_pcode,
            corrections=corrections,
            tokens=tokens,
        )
    if dateline:
        mentions = [
            replace(m, unit="dateline") if dateline[0] <= m.start < dateline[1] else m
            for m in mentions
        ]
    return roles.assign_roles(tokens, mentions)


# How far a wire dateline's own date may run after its place: "كابول 12 يونيو 2007 (شينخوا)".
_DATELINE_TAIL = 40


def _date(
    inc: Incident,
    sentence: Sentence,
    published: date | None,
    dateline: tuple[int, int] | None,
) -> None:
    """The first day a sentence of the incident names, resolved against publication; the
    date of a wire dateline ("كابول 12 يونيو 2007 (شينخوا)") is the story's, not the event's."""
    if inc.event_date is not None:
        return
    cut = 0
    if dateline is not None and sentence.start <= dateline[1]:
        cut = max(0, dateline[1] + _DATELINE_TAIL - sentence.start)
    mention = dates.event_date(sentence.text[cut:], published=published)
    if mention is None:
        return
    if mention.day is not None:
        inc.event_date = mention.day.isoformat()
        inc.date = mention.text
    elif inc.date is None:
        inc.date = mention.text


def _fill(
    inc: Incident,
    sentence: Sentence,
    tokens: list[Token],
    all_forms: Words,
    article_group: str | None,
    *,
    statement: bool,
) -> None:
    """Casualties, actors, targets, equipment and date from one more sentence."""
    cas = casualties(tokens)
    if cas.killed is not None and (inc.killed is None or cas.revised):
        inc.killed = cas.killed
    if cas.wounded is not None and (inc.wounded is None or cas.revised):
        inc.wounded = cas.wounded
    if cas.notes and not inc.casualties_text:
        inc.casualties_text = "; ".join(cas.notes)
    if inc.attributed_to is None:
        inc.attributed_to = relayed_by(tokens)
    if not contains(all_forms, lx.DENIALS):
        # A claim: the group says so in this sentence, or the article relays the group's
        # claims and the sentence names the group's fighters as the ones who acted.
        group = claim_in(tokens)
        relayed_by_others = not statement and inc.attributed_to not in (
            None,
            "Taliban",
            "sources",
            "eyewitness",
        )
        if (
            group is None
            and article_group
            and not relayed_by_others
            and contains(all_forms, lx.GROUPS[article_group] + lx.GENERIC_FIGHTERS)
        ):
            group = article_group
        if inc.claimed_by is None and group:
            inc.claimed_by = group
    for label in labels(all_forms, lx.TARGETS):
        if label not in inc.targets:
            inc.targets.append(label)
    for item in equipment(sentence, tokens):
        if item not in inc.equipment:
            inc.equipment.append(item)
    if inc.date is None:
        inc.date = date_text(sentence, tokens)
