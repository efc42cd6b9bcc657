"""Arabic article text to located incidents.

The pipeline per article:
1. split into sentences (`incidents.text`);
2. find place mentions first: names after unit words (مديرية، ولاية، منطقة ...), exact
   gazetteer names after prepositions or clitics, datelines at the head of a paragraph;
   only these are matched, fuzzily where needed, with the province named nearby as
   context;
3. find event triggers; a sentence with a trigger starts an incident unless it continues
   the one before (a back-reference such as المعركة, no new place) or is background, a
   denial or a statement of intent;
4. read casualties, claimant, relay, targets, equipment and date from the incident's
   sentences;
5. place the incident on the most precise Afghan place it is about, resolving anaphora
   (بتلك المديرية) to the last place of that level.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TypeGuard

from gazetteer.match import STOPWORDS, UNIT_WORDS, Candidate, Gazetteer, Match
from gazetteer.normalize import normalize
from incidents import dates, numbers, roles
from incidents import lexicon as lx
from incidents.eventtypes import BY_NAME
from incidents.records import Evidence, Incident, Location, PlaceMention
from incidents.text import Sentence, split_sentences
from incidents.tokens import Token, tokenize

__all__ = ["extract_article", "find_mentions", "tokenize"]

_PLACE_PREPOSITIONS = frozenset(
    normalize(w)
    for w in [
        "في",
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
_MAX_NAME_TOKENS = 3
_NAME_WRAPPERS = " \t\n\"'«»“”„()[]"
# Stopwords that are also the last word of names: على (on) and علي (Ali) share a key.
_NAME_PARTS = frozenset({normalize("علي")})
# Exact-only matching outside unit-word contexts needs names this long (normalised, no spaces).
_MIN_BARE_NAME = 3
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# -- place mentions --------------------------------------------------------------------------


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
        candidates=tuple(match.to_json()["candidates"]),
    )


# Verbs whose key is a unit word's: وأدى (and it led to) normalises to وادي (valley).
_NOT_UNITS = frozenset({"وأدى", "فأدى", "وادى"})


def _unit_level(token: Token) -> str | None:
    """Level of a unit word introducing a name ("بمديرية"), not of an anaphor ("بالمديرية")."""
    if token.text in _NOT_UNITS:
        return None
    for form in token.bare:
        if form in UNIT_WORDS:
            prefix = token.key[: len(token.key) - len(form)]
            return None if prefix.endswith("ال") or prefix.endswith("لل") else UNIT_WORDS[form]
    return None


def find_mentions(
    sentence: Sentence,
    *,
    gazetteer: Gazetteer,
    province: str | None = None,
    corrections: Mapping[str, str] | None = None,
    tokens: list[Token] | None = None,
) -> list[PlaceMention]:
    """Place mentions of one sentence, matched with `province` as context.

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

    def span_ok(i: int, n: int) -> bool:
        if i + n > len(tokens) or any(k in taken for k in range(i, i + n)):
            return False
        # A name does not run over punctuation, nor over a unit word or a stopword.
        for k in range(i, i + n - 1):
            if gaps[k].strip(" -"):  # "شاهار- دارا": a hyphen may join a name
                return False
        return all(
            (tokens[k].key not in STOPWORDS or tokens[k].key in _NAME_PARTS)
            and _unit_level(tokens[k]) is None
            for k in range(i + 1, i + n)
        )

    def answer(i: int, n: int, *, level: str | None) -> Match:
        raw = sentence.text[
            tokens[i].start - sentence.start : tokens[i + n - 1].end - sentence.start
        ]
        fixed = _corrected(raw, corrections, gazetteer)
        if fixed is not None:
            return fixed
        # Fuzzy matching only where a unit word says a name follows.
        match = gazetteer.match(raw, province=province, level=level, fuzzy=level is not None)
        if _implausible(match, province):
            return Match(query=raw, best=None)
        return match

    def add(i: int, n: int, unit: str | None, match: Match) -> None:
        s, e = tokens[i].start, tokens[i + n - 1].end
        text = sentence.text[s - sentence.start : e - sentence.start]
        mentions.append(_mention(text, s, e, unit, match))
        taken.update(range(i, i + n))

    # 0. "العاصمة الأفغانية" names Kabul city without its name.
    for i in range(len(tokens) - 1):
        if any(f in lx.THE_CAPITAL for f in tokens[i].bare) and tokens[i + 1].key in lx.AFGHAN:
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

    # 1. Names after unit words: "بمديرية سنجين", "في ولاية كنر", "منطقة دشت".
    for i, tok in enumerate(tokens):
        level = _unit_level(tok)
        # "في إقليم (باكتيا)", "محافظة "فاراح"": quotes or brackets may wrap the name.
        if level is None or i + 1 >= len(tokens) or gaps[i].strip(_NAME_WRAPPERS):
            continue
        if tokens[i + 1].key in STOPWORDS or _unit_level(tokens[i + 1]) is not None:
            continue
        best: tuple[int, Match] | None = None
        for n in range(_MAX_NAME_TOKENS, 0, -1):
            if not span_ok(i + 1, n):
                continue
            match = answer(i + 1, n, level=level)
            if match.best and (best is None or (match.score or 0) > (best[1].score or 0) + 1):
                best = (n, match)
        if best is not None:
            n, match = best
            # "فراه المجاورة": the matcher dropped a trailing word; the mention is the name.
            if match.best is not None and len(match.best.form.split()) < n:
                n = max(1, len(match.best.form.split()))
            add(i + 1, n, level, match)
        elif (
            span_ok(i + 1, 1)
            and len(tokens[i + 1].key) >= 3
            and not any(f in STOPWORDS for f in tokens[i + 1].bare)
        ):
            # An unknown name after a unit word is still a place mention: the analyst's
            # tray shows it; two words when the second is not a stopword.
            n = (
                2
                if span_ok(i + 1, 2) and not any(f in STOPWORDS for f in tokens[i + 2].bare)
                else 1
            )
            add(i + 1, n, level, Match(query=tokens[i + 1].text, best=None))

    # 2. Exact gazetteer names elsewhere: "في قندهار", "لهلمند", "بيشاور".
    for i in range(len(tokens)):
        if i in taken or any(form in STOPWORDS for form in tokens[i].bare):
            continue
        # Only words that begin some known name, or follow a preposition or carry "ب"/"ل"
        # (where a skeleton may place them), are worth a gazetteer look-up.
        if not (
            any(gazetteer.starts_a_name(form) for form in tokens[i].bare)
            or (i > 0 and tokens[i - 1].key in _PLACE_PREPOSITIONS)
            or (len(tokens[i].bare) > 1 and tokens[i].key[0] in "بل")
        ):
            continue
        for n in range(_MAX_NAME_TOKENS, 0, -1):
            if not span_ok(i, n) or tokens[i].key in STOPWORDS:
                continue
            match = answer(i, n, level=None)
            if not match.best or match.best.entry.level == "place":
                continue
            strong = match.best.method in ("exact", "compact", "correction")
            after_preposition = i > 0 and tokens[i - 1].key in _PLACE_PREPOSITIONS
            clitic = match.best.form != tokens[i].key if n == 1 else False
            if (
                strong
                and match.best.entry.level == "district"
                and len(match.best.form.replace(" ", "")) < 5
                and not after_preposition
                and not (clitic and tokens[i].key[0] in "بل")
            ):
                # "وجرى" is a verb before it is Zheray district: short names need a "في" or "ب".
                continue
            skeleton_ok = (
                match.best.method == "skeleton"
                and (match.score or 0) >= 90
                and (after_preposition or clitic)
            )
            if len(match.best.form.replace(" ", "")) < _MIN_BARE_NAME:
                continue
            if strong or skeleton_ok:
                add(i, n, None, match)
                break
    return sorted(mentions, key=lambda m: m.start)


_KABUL_CITY = "AF0101"


def _named_next(tokens: list[Token], i: int) -> bool:
    """Whether the capital's name follows ("العاصمة الأفغانية كابل"): then the name is the
    mention."""
    return i < len(tokens) and any(f in lx.KABUL_NAMES for f in tokens[i].bare)


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
    return best.entry.level == "place" or best.method in ("skeleton", "fuzzy")


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


# "كابول - وكالات", "قندهار (أفغانستان) - رويترز - قال ...", "إسلام آباد: «الشرق الأوسط»":
# up to three words at the head of a line, maybe a country in brackets, then a dash (or a
# colon before an outlet's name in quotes).
_DATELINE = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«]+\s?){1,3}?)\s*(?:\([^)\n]{1,30}\)\s*){0,2}"
    r"(?:[-–ـ]+\s*\S|:\s*[«\"(])"
)
# Wire style without a dash: "كابول 12 يونيو 2007 (شينخوا)", "كابول (د ب أ)".
_AGENCIES = (
    "شينخوا|د ب أ|د\\.ب\\.أ|أ ف ب|ا ف ب|أ\\.ف\\.ب|رويترز|يو بي آي|أ ش أ|ا ش ا|الأناضول|كونا|"
    "قنا|وام|واس|إرنا|ايرنا|سانا|بترا"
)
_WIRE_DATELINE = re.compile(
    r"^\s*((?:[^\s\-–ـ(:«\d]+\s?){1,3}?)\s*"
    r"(?:[\d\u0660-\u0669]{1,2}\s+\S+\s+[\d\u0660-\u0669]{4}\s*)?"
    r"\((?:" + _AGENCIES + r")\)"
)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the dateline place near the head of an article, if it has one."""
    for m in re.finditer(r"(?m)^.*$", text[:600]):
        d = _DATELINE.match(m.group()) or _WIRE_DATELINE.match(m.group())
        # "وقال داود أحمدي -المتحدث باسم ...": a speaker and his title, not a place.
        if d and not any(f in lx.CLAIM_VERBS for t in tokenize(d.group(1)) for f in t.bare):
            return m.start() + d.start(1), m.start() + d.start(1) + len(d.group(1).rstrip())
    return None


# -- events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence's words for phrase lookup: keys, clitic-free readings, every form."""

    keys: str  # " key key ... " (padded)
    stripped: str  # the same with each word's longest leading clitic removed
    forms: frozenset[str]


def _all_forms(tokens: list[Token]) -> Words:
    return Words(
        keys=" " + " ".join(t.key for t in tokens) + " ",
        stripped=" " + " ".join(t.bare[1] if len(t.bare) > 1 else t.key for t in tokens) + " ",
        forms=frozenset(f for t in tokens for f in t.bare),
    )


@lru_cache(maxsize=256)
def _split_phrases(
    phrases: tuple[str, ...],
) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """One-word phrases as a set; several-word ones as (first word, padded phrase)."""
    return (
        frozenset(p for p in phrases if " " not in p),
        tuple((p.split()[0], f" {p} ") for p in phrases if " " in p),
    )


def _contains(words: Words, phrases: tuple[str, ...]) -> list[str]:
    """Phrases that occur as whole words: one word in any reading, several in sequence."""
    single, multi = _split_phrases(phrases)
    found = [
        padded.strip()
        for first, padded in multi
        if first in words.forms and (padded in words.keys or padded in words.stripped)
    ]
    found.extend(single & words.forms)
    return found


def _keys_only(tokens: list[Token]) -> Words:
    """Words as written, without clitic readings: "المعركة" but not "معركة"."""
    keys = " " + " ".join(t.key for t in tokens) + " "
    return Words(keys=keys, stripped=keys, forms=frozenset(t.key for t in tokens))


_DAWN = normalize("فجر")


def _without_dawn(tokens: list[Token]) -> list[Token]:
    """Tokens with "فجر" before a day word dropped: "فجر الخميس" is dawn, not "detonated"."""
    out = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1].bare if i + 1 < len(tokens) else ()
        if _DAWN in tok.bare and any(f in lx.DAWN_FOLLOWERS for f in nxt):
            continue
        out.append(tok)
    return out


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")  # normalised: "خطفهما", "قتلوه", "فجرها"
_TRIGGER_WORDS = frozenset(w for forms in lx.EVENT_TRIGGERS.values() for w in forms)


def _with_objects(words: Words, tokens: list[Token]) -> Words:
    """Words with trigger verbs read under an attached object pronoun: "خطفهما" is خطف.
    A word written with teh marbuta ("السيطرة") has no pronoun to strip."""
    extra = {
        form[: -len(suffix)]
        for tok in tokens
        if not tok.text.endswith("ة")
        for form in tok.bare
        for suffix in _OBJECT_SUFFIXES
        if form.endswith(suffix) and form[: -len(suffix)] in _TRIGGER_WORDS
    }
    return replace(words, forms=words.forms | extra) if extra else words


def _without_unreal(tokens: list[Token]) -> list[Token]:
    """Tokens without verbs that tell no event: a verb after a negation or after "أن"
    in the imperfect ("لن تقصف", "لا يمكنها أن تقصف", "لم يهاجموا")."""
    out = []
    for i, tok in enumerate(tokens):
        if i and tokens[i - 1].key in lx.UNREAL_BEFORE and tok.key[:1] in ("ي", "ت"):
            continue
        if i and tokens[i - 1].key in lx.NEGATIONS and tok.key in _TRIGGER_WORDS:
            continue
        out.append(tok)
    return out


def event_type(tokens: list[Token]) -> str | None:
    """The event type of a sentence, or None without a trigger."""
    tokens = _without_unreal(_without_dawn(tokens))
    words = _with_objects(_all_forms(tokens), tokens)
    found = [etype for etype in lx.EVENT_PRIORITY if _contains(words, lx.EVENT_TRIGGERS[etype])]
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
    if etype == "shelling" and (
        f" {' '.join(_RPG)} " in words.keys or _contains(words, lx.RPG_ROUNDS)
    ):
        return "attack"  # a rocket-propelled grenade is direct fire, not shelling
    if etype == "shelling" and _contains(words, lx.AIRCRAFT):
        return "airstrike"  # "طائرات سلاح الجو قصفت ...": bombs from the air
    return etype


def _first_position(tokens: list[Token], phrases: tuple[str, ...]) -> int:
    """Index of the first token where one of the phrases begins (len(tokens) if none)."""
    single, multi = _split_phrases(phrases)
    firsts = {first for first, _ in multi}
    for i, tok in enumerate(tokens):
        if single.intersection(tok.bare) or firsts.intersection(tok.bare):
            return i
    return len(tokens)


# -- numbers and casualties -------------------------------------------------------------------


def _number_at(tokens: list[Token], i: int) -> int | None:
    """The number a phrase starting at token i stands for ("خمسة وعشرون", "ثلاثمائة"),
    or None; a dual noun of people ("جنديين") counts two."""
    count = _count_at(tokens, i)
    if count is not None:
        return count.value
    if 0 <= i < len(tokens) and tokens[i].key in lx.DUAL_PEOPLE:
        return 2
    return None


def _count_at(tokens: list[Token], i: int) -> numbers.Count | None:
    if i < 0 or i >= len(tokens):
        return None
    return numbers.number_at([t.text for t in tokens], i)


@dataclass(slots=True)
class Casualties:
    killed: int | None = None
    wounded: int | None = None
    notes: list[str] = field(default_factory=list)
    revised: bool = False  # "ارتفعت حصيلة القتلى إلى": replaces the figures told before


def casualties(tokens: list[Token]) -> Casualties:
    """Killed and wounded of one sentence: digits, number words, duals, قتيلا وجريحا."""
    every = {f for t in tokens for f in t.bare}
    out = Casualties(revised=bool(every & lx.TOLL) and bool(every & lx.TOLL_RISE))
    for i, tok in enumerate(tokens):
        forms = tok.bare
        self_count = next((lx.SELF_COUNTING[f] for f in forms if f in lx.SELF_COUNTING), None)
        kind: str | None = None
        if any(f in lx.KILLED for f in forms) or _phrase_at(tokens, i, lx.KILLED):
            kind = "killed"
        elif any(f in lx.WOUNDED for f in forms):
            kind = "wounded"
        if kind is None and self_count is None:
            continue
        value, note = _count_near(tokens, i)
        if value is None and self_count is not None and note is None:
            kind, value = self_count
        if kind is None:
            continue
        if value is None and note:
            out.notes.append(note)
        if value is not None and getattr(out, kind) is None:
            setattr(out, kind, value)
    return out


def _phrase_at(tokens: list[Token], i: int, phrases: tuple[str, ...]) -> bool:
    pair = " ".join(t.key for t in tokens[i : i + 2])
    return pair in phrases


def _kind(token: Token) -> str | None:
    if any(f in lx.KILLED for f in token.bare):
        return "killed"
    if any(f in lx.WOUNDED for f in token.bare):
        return "wounded"
    return None


def _count_near(tokens: list[Token], i: int) -> tuple[int | None, str | None]:
    """A number tied to the casualty word at i: within the words after it, else just before.

    "مقتل ثلاثة جنود", "قتل 11 شرطيا و23 مسلحا" (summed), "إصابة اثنين آخرين", then
    "12 قتيلا", "خمسة جنود قتلوا". A number followed by a casualty word of its own
    belongs to that word.
    """
    kind = _kind(tokens[i])
    total: int | None = None
    j = i + 1
    while j < min(len(tokens), i + 8):
        other = _kind(tokens[j])
        # "قتل وأصيب اثنان": the next casualty word of another kind takes what follows.
        if other is not None and (other != kind or j > i + 1):
            break
        if any(f in lx.VAGUE_NUMBERS for f in tokens[j].bare) and total is None:
            return None, tokens[j].text
        count = _count_at(tokens, j)
        if count is not None and count.vague:
            if total is None:
                return None, " ".join(t.text for t in tokens[count.first : count.last + 1])
            break
        if count is not None and count.value is not None:
            end = count.last
            following = tokens[end + 1] if end + 1 < len(tokens) else None
            if following is not None and _kind(following) not in (None, kind):
                break
            if following is not None and any(f in lx.EQUIPMENT for f in following.bare):
                break  # "ثلاث شاحنات" counts trucks, not people
            # "5 أشخاص في 29 أبريل": only "و" joins counts to add up ("و23", "و 23").
            joined = tokens[j].text.startswith("و") or tokens[j - 1].key == "و"
            if total is not None and not joined:
                break
            total = (total or 0) + count.value
            j = end + 2
            continue
        if total is None and tokens[j].key in lx.DUAL_PEOPLE:
            total = 2  # "مقتل أجنبيين وأفغاني": one more may be joined to the dual
            j += 1
            continue
        # "مقتل أربعة مدنيين وعميل", "خمسة أطفال وجنديان": a dual or one more, joined by و.
        more = _joined_person(tokens[j]) if total is not None else None
        if total is not None and more is not None:
            total += more
            j += 1
            continue
        if total is None and j > i + 3:
            break
        j += 1
    if total is not None:
        return total, None
    # "أصيب فيها جندي بجراح", "قتل قناص من المجاهدين جنديا": one person, no number.
    for j in range(i + 1, min(len(tokens), i + 6)):
        if _kind(tokens[j]) is not None:
            break
        if j <= i + 2 and any(f in lx.SINGULAR_PEOPLE for f in tokens[j].bare):
            return 1 + _joined_after(tokens, j + 1), None  # "أصيب جندي ومدني": two
        if tokens[j].key in lx.SINGULAR_OBJECTS:
            return 1 + _joined_after(tokens, j + 1), None
    # "إن 9 مدنيين على الأقل، بينهم 4 أطفال وامرأتان، قتلوا": the head count, not the subset;
    # "جنديين من قواتها قتلا": a dual; "جنديا فرنسيا قتل": one.
    found: int | None = None
    extra = 0  # "خمسة أطفال وجنديان قتلوا": the joined dual adds to the count before it
    words = [t.text for t in tokens]
    j = i - 1
    while j > max(-1, i - 12):
        if j < i - 1 and _kind(tokens[j]) is not None:
            break
        if j >= i - 3 and found is None and not extra and tokens[j].key in lx.DUAL_PEOPLE:
            return 2, None
        if j >= i - 3 and found is None and not extra and _joined_person(tokens[j]) == 2:
            extra = 2
            j -= 1
            continue
        if tokens[j].key in lx.SUBSET_WORDS:
            extra = 0  # "9 مدنيين، بينهم 3 نساء وطفلان": the dual is among the nine
        # "جنديا قتل" is one soldier; "23 شخصا مصرعهم" is the number before the noun.
        if (
            j >= i - 2
            and found is None
            and tokens[j].key in lx.SINGULAR_OBJECTS
            and (j == 0 or numbers.number_ending_at(words, j - 1) is None)
        ):
            return 1, None
        count = numbers.number_ending_at(words, j)
        first = count.first if count is not None else j
        if (
            count is not None
            and count.value is not None
            and (j == i - 1 or tokens[j + 1].key in lx.PEOPLE)
            and not (first > 0 and tokens[first - 1].key in lx.SUBSET_WORDS)
        ):
            found = count.value
        j = first - 1
    if extra:
        return (found + extra if found is not None else extra), None
    return found, None


def _joined_after(tokens: list[Token], k: int) -> int:
    """People joined by و after a first one: "جندي ومدني", "جندي أمريكي ومترجمان"; one
    adjective may stand between the items."""
    more, loose = 0, 0
    while k < len(tokens) and loose <= 1:
        tok = tokens[k]
        if _kind(tok) is not None:
            break
        joined = _joined_person(tok)
        if joined is not None:
            more, loose = more + joined, 0
        elif tok.text.startswith("و"):
            break
        else:
            loose += 1
        k += 1
    return more


def _joined_person(token: Token) -> int | None:
    """2 for a dual person noun joined by و ("وجنديان"), 1 for a singular one ("وعميل")."""
    if not token.text.startswith("و") or len(token.bare) < 2:
        return None
    if any(f in lx.DUAL_PEOPLE for f in token.bare[1:]):
        return 2
    if any(f in lx.JOINED_SINGULAR for f in token.bare[1:]):
        return 1
    return None


# -- actors, targets, equipment, date ---------------------------------------------------------


def _group_in(all_forms: Words) -> str | None:
    for group, names in lx.GROUPS.items():
        if _contains(all_forms, names):
            return group
    return None


def claim_in(tokens: list[Token]) -> str | None:
    """The group that claims the event in this sentence ("أعلنت طالبان مسؤوليتها"); none
    when the claim is denied ("لم تعلن أي جهة ومنها طالبان مسؤوليتها")."""
    if any(
        tok.key in lx.NEGATIONS and any(f in lx.CLAIMING for f in nxt.bare)
        for tok, nxt in itertools.pairwise(tokens)
    ):
        return None
    words = _all_forms(tokens)
    if _contains(words, lx.CLAIM_OWNERSHIP):
        return _group_in(words)
    for i, tok in enumerate(tokens):
        if any(f in lx.CLAIM_VERBS for f in tok.bare):
            group = _group_in(_all_forms(tokens[i + 1 : i + 7]))
            if group:
                return group
    return None


def article_claimant(text: str) -> tuple[str | None, bool]:
    """The group whose claims an article relays, and whether it is the group's own statement.

    A statement ("الإمارة الإسلامية" in its header) claims everything it reports; a news
    article whose lead relays a group's claim ("أعلنت مصادر في حركة طالبان") lends that
    group to the events its fighters carry out.
    """
    if _contains(_all_forms(tokenize(text[:300])), lx.GROUP_STATEMENT):
        return "Taliban", True
    for sentence in split_sentences(text[:1500])[:3]:
        group = claim_in(tokenize(sentence.text))
        if group:
            return group, False
    return None, False


def relayed_by(tokens: list[Token]) -> str | None:
    """Who relays the claim: the subject after a verb of saying, as a label."""
    for i, tok in enumerate(tokens):
        if not any(f in lx.CLAIM_VERBS for f in tok.bare):
            continue
        window = _all_forms(tokens[i + 1 : i + 6])
        for label, names in lx.RELAYS.items():
            if _contains(window, names):
                return label
    return None


def _labels(all_forms: Words, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    return [label for label, words in table.items() if _contains(all_forms, words)]


_EQUIPMENT_STOP = frozenset(
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
_RPG = (normalize("آر"), normalize("بي"), normalize("جي"))


def equipment(sentence: Sentence, tokens: list[Token]) -> list[str]:
    """Vehicles and weapons destroyed, burned or seized, as written.

    The noun with a number before it and its describing words after it ("سبع شاحنات
    مؤن", "رشاشين أمريكيين", "سيارة من نوع كرولا", "قاذفة آر بي جي").
    """
    if not _contains(_all_forms(tokens), lx.EQUIPMENT_VERBS):
        return []
    out: list[str] = []
    taken = -1
    for i, tok in enumerate(tokens):
        if i <= taken or not any(f in lx.EQUIPMENT for f in tok.bare):
            continue
        start = i - 1 if i > 0 and _number_at(tokens, i - 1) is not None else i
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
            if key in _EQUIPMENT_STOP or key in STOPWORDS or key[0] in "لبو" or _kind(tokens[j]):
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
    for i, tok in enumerate(tokens):
        if any(f in lx.MONTHS for f in tok.bare):
            start = i - 1 if i > 0 and _number_at(tokens, i - 1) is not None else i
            if start > 0 and any(f in lx.WEEKDAYS for f in tokens[start - 1].bare):
                start -= 1
            end = (
                i + 1
                if i + 1 < len(tokens) and tokens[i + 1].text.translate(_ARABIC_INDIC).isdigit()
                else i
            )
            return sentence.text[
                tokens[start].start - sentence.start : tokens[end].end - sentence.start
            ]
    for tok in tokens:
        if any(f in lx.WEEKDAYS for f in tok.bare):
            return tok.text
    return None


# -- locations --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Context:
    """The last place of each level told so far in the article."""

    province: PlaceMention | None = None
    district: PlaceMention | None = None
    place: PlaceMention | None = None
    provinces: set[str | None] = field(default_factory=set)  # every province told so far

    def update(self, mentions: Iterable[PlaceMention]) -> None:
        for m in mentions:
            if not m.resolved or not m.in_afghanistan:
                continue
            self.provinces.add(m.province_pcode)
            if m.level == "province":
                if self.province is None or self.province.province_pcode != m.province_pcode:
                    self.district = self.place = None
                self.province = m
            elif m.level == "district":
                self.district, self.place = m, None
                if self.province is None or self.province.province_pcode != m.province_pcode:
                    self.province = None
            elif m.level == "place":
                self.place = m


_RULES = {
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
            "route": _RULES[roles.ROUTE],
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


def _entry_location(
    entry_id: str, m: PlaceMention, how: str, *, gazetteer: Gazetteer
) -> Location | None:
    """A location on a gazetteer entry other than the mention's own (a capital, a province)."""
    entry = gazetteer.get(entry_id)
    if entry is None:
        return None
    return Location(
        text=m.text,
        entry_id=entry.id,
        name_ar=entry.name_ar,
        name_en=entry.name_en,
        level=entry.level,
        province_pcode=entry.province_pcode,
        district_pcode=entry.district_pcode,
        lat=entry.lat,
        lon=entry.lon,
        score=m.score or 0.0,
        how=how,
        evidence=_evidence(m, how, None),
    )


_PRECISION = {"place": 0, "district": 1, "province": 2}
# Roles whose places can be where the event is; the rest (reference points, persons)
# never place an incident.
_PLACING = (roles.EVENT, roles.ORIGIN, roles.OFFICE, roles.ROUTE)


def _office_location(offices: list[PlaceMention], *, gazetteer: Gazetteer) -> Location | None:
    """The province of a speaker's office; the district when a district's own official
    speaks ("حاكم منطقة خانشين"), as officials speak of their own district."""
    first = offices[0]
    district = next((o for o in offices if o.level == "district"), None)
    if district is not None and district.province_pcode == first.province_pcode:
        return _entry_location(
            district.district_pcode or "", district, "office", gazetteer=gazetteer
        )
    return _entry_location(first.province_pcode or "", first, "office", gazetteer=gazetteer)


def choose_location(
    mentions: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: _Context,
    capital_of: set[str],
) -> Location | None:
    """The most precise Afghan place the sentence tells the event at, ranked by role.

    A place named with the event wins; where there is none, a place things came from; then
    the province of a speaker's office; then the province of a road whose two ends lie in
    it. A reference point ("شمال مدينة قندهار") or a person's name never places it.
    """
    afghan = [m for m in mentions if m.resolved and m.in_afghanistan and m.role in _PLACING]
    if not afghan:
        return None
    events = [m for m in afghan if m.role == roles.EVENT] or [
        m for m in afghan if m.role == roles.ORIGIN
    ]
    if not events:
        offices = [m for m in afghan if m.role == roles.OFFICE]
        if offices:
            return _office_location(offices, gazetteer=gazetteer)
        ends = [m for m in afghan if m.role == roles.ROUTE]
        if ends and len({m.province_pcode for m in ends}) == 1:
            return _entry_location(
                ends[0].province_pcode or "", ends[0], "route", gazetteer=gazetteer
            )
        return None
    # The province the sentence is about: one named with its unit word ("بولاية غزني"), else
    # the one in context; a bare province name may just be the end of a road.
    named = [m for m in afghan if m.role in (roles.EVENT, roles.ORIGIN, roles.OFFICE)]
    provinces = {m.province_pcode for m in named if m.level == "province" and m.unit}
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

    def rank(m: PlaceMention) -> tuple[int, int, int, float]:
        consistent = not provinces or m.province_pcode in provinces
        # A village whose name also exists elsewhere only counts inside the named province;
        # a name brought in by its unit word ("بمديرية زرمت") is what the sentence is about,
        # a bare town of the same rank may be the end of a road.
        explicit = 0 if m.unit else 1
        return (
            0 if consistent else 1,
            _PRECISION.get(m.level or "", 3),
            explicit,
            -(m.score or 0),
        )

    best = min(events, key=rank)
    if provinces and best.province_pcode not in provinces:
        fallback = [m for m in afghan if m.province_pcode in provinces]
        if fallback:
            best = min(fallback, key=rank)
            if best.role == roles.OFFICE:
                offices = [m for m in fallback if m.role == roles.OFFICE]
                return _office_location(offices, gazetteer=gazetteer)
    if capitals and rank(best)[1] >= _PRECISION["province"]:
        return capitals[0]
    if best.level == "province":
        # "خطف من منطقة خاش رود بمقاطعة نيمروز": a district things were taken from,
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
        if best.province_pcode == _NATIONAL_CAPITAL and best.unit is None:
            # The press's bare "كابول" is the capital; "ولاية كابول" is the province.
            city = _entry_location(f"{_NATIONAL_CAPITAL}01", best, "capital", gazetteer=gazetteer)
            if city is not None:
                return city
    return _location(best, "mention")


_NATIONAL_CAPITAL = "AF01"


def anaphora_level(tokens: list[Token]) -> str | None:
    """The level of a place referred back to ("بتلك المديرية" -> district), or None."""
    for tok in tokens:
        for form in tok.bare:
            if form in lx.ANAPHORA:
                return lx.ANAPHORA[form]
    return None


def _from_context(context: _Context, level: str | None, how: str, text: str) -> Location | None:
    order = {
        "district": [context.district, context.province],
        "province": [context.province],
        "place": [context.place, context.district, context.province],
        None: [context.place, context.district, context.province],
    }[level]
    for m in order:
        if m is not None:
            return _location(m, how, text=text)
    return None


# -- the article ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    """The incident being built, with what its sentences told."""

    incident: Incident
    mentions: list[PlaceMention]
    has_own_place: bool


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
    context = _Context()
    layout = _Layout.of(text)
    dateline = dateline_span(text)
    dateline_place: PlaceMention | None = None
    article_group, statement = article_claimant(text)
    current: _Open | None = None
    closed: _Open | None = None  # closed by background; a back-reference may reopen it
    finished: list[_Open] = []
    headline: Casualties | None = None
    for sentence in split_sentences(text):
        tokens = tokenize(sentence.text, offset=sentence.start)
        if not tokens:
            continue
        pending, headline = headline, None
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
        if current is None and closed is not None and _refers_back(facts, closed):
            current, closed = closed, None  # "أعلنت السفارة ... بحادث الاختطاف"
        elif (earlier := _taken_up(facts, current, finished)) is not None:
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
            headline = casualties(tokens)
            continue
        if step == START:
            finished.extend(o for o in (closed, current) if o is not None)
            closed = None
            current = _Open(
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
                inc.location = _locate(
                    sentence,
                    tokens,
                    placed,
                    gazetteer=gazetteer,
                    context=context,
                    dateline_place=dateline_place,
                    text=text,
                )
                if inc.location is not None:
                    inc.country = "AF"
                elif dateline_place is not None:
                    inc.country = dateline_place.country
            # A town told with the event ("في مدينة كابول") is its own place too.
            current.has_own_place |= inc.location is not None and inc.location.how == "mention"
            _fill(inc, sentence, tokens, facts.forms, article_group, statement=statement)
            _date(inc, sentence, published, dateline)
            if pending is not None:
                inc.killed = inc.killed if inc.killed is not None else pending.killed
                inc.wounded = inc.wounded if inc.wounded is not None else pending.wounded
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
                inc.location = _refine(
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
            if _more_specific(facts.event_type, than=inc.event_type):
                inc.event_type = facts.event_type  # "هجوم", then "فجر انتحاري نفسه"
            _fill(inc, sentence, tokens, facts.forms, article_group, statement=statement)
            _date(inc, sentence, published, dateline)
        elif step == CLOSE:
            closed, current = current, None
        context.update(placed)
    finished.extend(o for o in (closed, current) if o is not None)
    for o in sorted(finished, key=lambda o: o.incident.start):
        yield o.incident


def _taken_up(facts: SentenceFacts, current: _Open | None, finished: list[_Open]) -> _Open | None:
    """An incident told earlier that a sentence names again at its place: a back-reference
    ("الكمين", "القافلة"), no new event, places of its own that are not the open incident's
    but lie where the earlier one was (or in the province its official spoke for)."""
    if not facts.back_reference or facts.new_event or not facts.event_places:
        return None
    if current is not None and (
        not current.has_own_place or _same_area(facts.event_places, current.mentions)
    ):
        return None
    for earlier in reversed(finished):
        loc = earlier.incident.location
        if not _compatible(earlier.incident.event_type, facts.event_type):
            continue
        if _same_area(facts.event_places, earlier.mentions) or (
            loc is not None
            and loc.how == "office"
            and all(m.province_pcode == loc.province_pcode for m in facts.event_places)
        ):
            return earlier
    return None


# -- segmentation -----------------------------------------------------------------------------


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


def read_sentence(
    sentence: Sentence,
    tokens: list[Token],
    mentions: list[PlaceMention],
    *,
    text: str,
    layout: _Layout | None = None,
) -> SentenceFacts:
    """The facts of one sentence that segmentation reads (`layout`: the article's, when
    already measured)."""
    forms = _all_forms(tokens)
    placed = [m for m in mentions if m.unit != "dateline" and m.role != roles.PERSON]
    own_places = [m for m in placed if m.resolved]
    afghan_places = [m for m in own_places if m.in_afghanistan]
    back_reference = bool(_contains(_keys_only(tokens), lx.BACK_REFERENCES))
    return SentenceFacts(
        sentence=sentence,
        forms=forms,
        mentions=mentions,
        placed=placed,
        own_places=own_places,
        afghan_places=afghan_places,
        event_places=[m for m in afghan_places if m.level != "place" and m.role == roles.EVENT],
        outside_only=bool(own_places) and not afghan_places,
        event_type=event_type(tokens),
        headline=_is_headline(sentence, tokens, text=text, layout=layout or _Layout.of(text)),
        background=_background(_without_records(tokens)),
        denial=bool(_contains(forms, lx.DENIALS)),
        new_event=bool(_contains(forms, lx.NEW_EVENT_MARKERS))
        or _another(tokens, lx.EVENT_NOUNS)
        or (_another(tokens, lx.FRAMES) and not back_reference)
        or _also_opens(tokens),
        back_reference=back_reference,
        accusation=bool(_contains(forms, lx.ACCUSATIONS)),
        reaction=bool(_contains(forms, lx.REACTIONS)),
        detail=back_reference
        or bool(_contains(forms, lx.KILLED + lx.WOUNDED + lx.EQUIPMENT_VERBS + lx.DENIALS)),
        roundup=bool(_contains(forms, lx.ROUNDUP)),
        told_abroad=any(
            m.role == roles.EVENT and not m.in_afghanistan and _after_in(tokens, m)
            for m in own_places
        ),
    )


_IN = frozenset(normalize(w) for w in ("في", "وفي", "ففي"))


def _after_in(tokens: list[Token], m: PlaceMention) -> bool:
    """Whether a mention follows "في" (its unit word between at most): "وفي بيشاور",
    "في بلدة تشمن", not "عبورها معبر شمن" nor "القوات الباكستانية"."""
    before = [t for t in tokens if t.end <= m.start][-2:]
    if m.unit and before and _unit_level(before[-1]) is not None:
        before = before[:-1]
    return bool(before) and any(f in _IN for f in before[-1].bare)


def _another(tokens: list[Token], nouns: frozenset[str]) -> bool:
    """ "هجوم آخر", "في منطقة أخرى", "غارة جوية جديدة": "another" after one of `nouns`,
    an adjective between them at most."""
    return any(
        tok.key in lx.ANOTHER and any(f in nouns for t in tokens[max(0, i - 2) : i] for f in t.bare)
        for i, tok in enumerate(tokens)
    )


def _refers_back(facts: SentenceFacts, closed: _Open) -> bool:
    """A sentence after background that names the event told before ("بحادث الاختطاف")
    with no new event or place of its own takes it up again."""
    return (
        facts.back_reference
        and not facts.new_event
        and not facts.background
        and (not facts.event_places or _same_area(facts.event_places, closed.mentions))
        and _compatible(closed.incident.event_type, facts.event_type)
    )


def _also_opens(tokens: list[Token]) -> bool:
    """ "كما خطف مسلحون ..." at the head of a sentence adds another event; "كما أفاد
    قائد الشرطة" adds another voice."""
    if tokens[0].key not in lx.ALSO_OPENERS:
        return False
    return len(tokens) < 2 or not any(f in lx.CLAIM_VERBS for f in tokens[1].bare)


# What a sentence does to the incident being built.
START, CONTINUE, CLOSE, SKIP, HEADLINE = "start", "continue", "close", "skip", "headline"


def segment(facts: SentenceFacts, current: _Open | None) -> str:
    """Whether the sentence starts an incident, continues the open one, closes it, is
    passed over, or is a headline announcing the next one."""
    if facts.headline:
        return HEADLINE
    etype = facts.event_type
    # A lead that told the event without a place ("لقي تسعة جنود حتفهم في تفجير
    # انتحاري") is placed by the next sentence that tells the same kind of event.
    placing_lead = (
        current is not None
        and _weakly_placed(current.incident.location)
        and not current.has_own_place
        and not facts.new_event
        and (etype is not None or facts.back_reference)
        and _compatible(current.incident.event_type, etype)
    )
    new_place = (
        bool(facts.event_places)
        and not placing_lead
        and (
            current is None
            or not current.has_own_place
            or not _same_area(facts.event_places, current.mentions)
        )
    )
    # "وذكرت حركة طالبان أن المعركة استمرت ..." continues the battle told before.
    # A back-reference ("القافلة", "الهجوم") holds even when the sentence names a place
    # abroad the convoy came from; an event told at a place abroad ("وفي بيشاور نفسها،
    # قتل ...") is a new event there, unless it places a lead told without a place.
    abroad = facts.outside_only and facts.told_abroad
    continuing = (
        current is not None
        and not facts.new_event
        and not new_place
        and (not abroad or placing_lead)
        and (
            facts.back_reference
            or (
                (not facts.outside_only or placing_lead)
                and (etype in ("attack", "other") or _retold(current.incident.event_type, etype))
            )
        )
    )
    accusation = (facts.accusation and not new_place) or facts.reaction
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
    if facts.background and not _weakly_placed(current.incident.location):
        # Background closes a placed incident; an unplaced one may still get its place.
        return CLOSE
    return SKIP


def _sentence_mentions(
    sentence: Sentence,
    tokens: list[Token],
    *,
    gazetteer: Gazetteer,
    context: _Context,
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


def _locate(
    sentence: Sentence,
    tokens: list[Token],
    placed: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: _Context,
    dateline_place: PlaceMention | None,
    text: str,
) -> Location | None:
    """Where a new incident is: its own places, else an anaphor or the context, else an
    Afghan dateline when the text places it nowhere."""
    # Where things came from is where the event is only when nothing else is named.
    loc = choose_location(
        placed, gazetteer=gazetteer, context=context, capital_of=_capitals(tokens, placed)
    )
    if loc is None:
        level = anaphora_level(tokens)
        # Without an anaphor, the last place told is where the event is only when the
        # article has told one province so far, or told it in this paragraph: a round-up
        # moves between provinces, a paragraph keeps to one.
        if (
            level is not None
            or len(context.provinces) == 1
            or _same_paragraph(context, sentence, text)
        ):
            loc = _from_context(
                context,
                level,
                "anaphora" if level else "context",
                _anaphor_text(sentence, tokens) or "",
            )
    if loc is None and dateline_place is not None and dateline_place.in_afghanistan:
        loc = _location(dateline_place, "dateline")
    return loc


def _same_paragraph(context: _Context, sentence: Sentence, text: str) -> bool:
    """Whether the last place told stands in the paragraph of `sentence`."""
    told = [m for m in (context.place, context.district, context.province) if m is not None]
    if not told:
        return False
    last = max(told, key=lambda m: m.end)
    return last.end <= sentence.start and "\n" not in text[last.end : sentence.start]


def _refine(
    location: Location | None,
    places: list[PlaceMention],
    *,
    gazetteer: Gazetteer,
    context: _Context,
) -> Location | None:
    """A follow-up sentence places an unplaced incident, or narrows a province to a
    district or place inside it."""
    finer = choose_location(places, gazetteer=gazetteer, context=context, capital_of=set())
    if location is None or finer is None:
        return finer or location
    if _weakly_placed(location) and not _weakly_placed(finer):
        return finer  # a place told with the event beats a speaker's office or a dateline
    if (
        location.level == "province"
        and finer is not None
        and finer.province_pcode == location.province_pcode
        and finer.level != "province"
    ):
        return finer
    return location


# Placements that a place told with the event overrides.
_WEAK = frozenset({"office", "dateline", "context", "route"})


def _weakly_placed(location: Location | None) -> bool:
    """Unplaced, or placed only by a speaker's office, a dateline, a road or the context."""
    return location is None or location.how in _WEAK


def _background(tokens: list[Token]) -> bool:
    """The sentence tells the past, a habit, a plan or a threat, not the event itself."""
    return bool(_contains(_all_forms(tokens), lx.BACKGROUND_MARKERS)) or _past_year(tokens)


_SINCE = normalize("منذ")


def _without_records(tokens: list[Token]) -> list[Token]:
    """Tokens without a record comparison: "الأكبر من نوعه منذ سنوات", "لأول مرة منذ عام
    2001" compare this event with the past; they do not tell the past."""
    out: list[Token] = []
    skip_to = -1
    for i, tok in enumerate(tokens):
        if i <= skip_to:
            continue
        if tok.key == _SINCE and any(
            f in lx.SUPERLATIVES for t in tokens[max(0, i - 5) : i] for f in t.bare
        ):
            skip_to = i + 2  # "منذ" and the period after it ("سنوات", "عام 2001")
            continue
        out.append(tok)
    return out


def _past_year(tokens: list[Token]) -> bool:
    """A year named as the time of what is told ("في صيف 2006", "منذ عام 2001")."""
    for i, tok in enumerate(tokens):
        raw = tok.text.translate(_ARABIC_INDIC)
        if len(raw) == 4 and raw.isdigit() and 1970 <= int(raw) <= 2030:
            before = {f for t in tokens[max(0, i - 2) : i] for f in t.bare}
            if before & lx.YEAR_CONTEXT:
                return True
            # "في مايو 2009" (a month, no day) dates a past event; "12 مايو 2009" may be today.
            month = i > 0 and any(f in lx.MONTHS for f in tokens[i - 1].bare)
            if month and (i < 2 or _number_at(tokens, i - 2) is None):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where an article's text ends and its first line stops, measured once."""

    end: int  # the end of the text without trailing space
    first_line_end: int
    first_line_words: int

    @classmethod
    def of(cls, text: str) -> _Layout:
        first_line = text[: text.find("\n")] if "\n" in text else text
        return cls(len(text.rstrip()), len(first_line), len(first_line.split()))


def _is_headline(sentence: Sentence, tokens: list[Token], *, text: str, layout: _Layout) -> bool:
    """A title or sub-headline: short, no closing punctuation, more text after it.

    A title stands on its own line (up to 16 words); a sub-headline runs into the next
    sentence with no full stop (up to 10 words).
    """
    if sentence.end >= layout.end:
        return False
    own_line = text[sentence.end : sentence.end + 1] in ("\n", "") and (
        sentence.start == 0 or text[sentence.start - 1] == "\n"
    )
    if sentence.end <= layout.first_line_end < layout.end and layout.first_line_words <= 20:
        return True  # the article's title line, whatever its punctuation
    if sentence.text[-1] in ".!?؟:؛":
        return False
    return len(tokens) <= (16 if own_line else 10)


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
_COMPATIBLE = frozenset(
    {
        ("suicide_bomb", "ied"),
        ("airstrike", "shelling"),
        ("armed_clash", "attack"),
        ("ied", "attack"),
        ("suicide_bomb", "attack"),
        ("shelling", "attack"),
        ("airstrike", "attack"),
        ("other", "attack"),
    }
)


def _compatible(told: str, etype: str | None) -> bool:
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
    return _compatible(told, etype) and not (
        etype in ("airstrike", "shelling") and told in ("attack", "armed_clash")
    )


_RANK = {"generic": 0, "means": 1, "dominant": 2}


def _more_specific(etype: str | None, *, than: str) -> TypeGuard[str]:
    """Whether a later sentence's type tells the same event more precisely: an attack
    turns out a suicide bombing, shelling an air strike. An abduction stays one."""
    if etype is None or etype == than or not _compatible(than, etype):
        return False
    return _RANK[BY_NAME[etype].rank] > _RANK[BY_NAME[than].rank]


def _capitals(tokens: list[Token], mentions: list[PlaceMention]) -> set[str]:
    """Provinces named as "مركز ولاية X" / "عاصمة ولاية X" in this sentence."""
    out: set[str] = set()
    for m in mentions:
        if m.level != "province" or not m.entry_id:
            continue
        before = [t for t in tokens if t.end <= m.start][-3:]
        if any(f in lx.THE_CAPITAL for t in before for f in t.bare):
            out.add(m.entry_id)  # "غربي العاصمة الأفغانية كابل": the city, not the province
            continue
        before = before[-2:]
        if (
            len(before) == 2
            and any(f in lx.CAPITAL_WORDS for f in before[0].bare)
            and _unit_level(before[1]) == "province"
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
    if not _contains(all_forms, lx.DENIALS):
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
            and _contains(all_forms, lx.GROUPS[article_group] + lx.GENERIC_FIGHTERS)
        ):
            group = article_group
        if inc.claimed_by is None and group:
            inc.claimed_by = group
    for label in _labels(all_forms, lx.TARGETS):
        if label not in inc.targets:
            inc.targets.append(label)
    for item in equipment(sentence, tokens):
        if item not in inc.equipment:
            inc.equipment.append(item)
    if inc.date is None:
        inc.date = date_text(sentence, tokens)
