"""A sentence's words for phrase lookup: keys, clitic-free readings, every form."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Final

from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import numbers
from incidents.tokens import Token


def a_span_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether "بعد" at k opens a span of time from another event: "بعد يومين من",
    "عقب ساعات من", "بعد خمسة أيام من" (the event counted from follows "من")."""
    return what_a_span_is_from(tokens, k) is not None


def what_a_span_is_from(tokens: Sequence[Token], k: int) -> int | None:
    """Where the words after "من" start when "بعد" at k opens a span of time from another
    event ("بعد أربعة أيام من | الهجوم"), or None."""
    if k + 2 >= len(tokens) or tokens[k].key not in lx.AFTER:
        return None
    span = k + 1
    if numbers.opens_count(tokens[span].text):
        # ("بعد 3 أسابيع من"): the span counted
        count = numbers.number_at([t.text for t in tokens[span : span + _COUNT_WORDS]], 0)
        span += count.last + 1 if count is not None else 0
    if (
        span + 1 < len(tokens)
        and tokens[span].key in lx.SPANS_OF_TIME
        and tokens[span + 1].key in lx.OF
    ):
        return span + 2
    return None


def the_event_a_span_is_from(tokens: Sequence[Token], k: int) -> int | None:
    """Where another event starts when "بعد" at k opens a span from it ("بعد ستة أيام من
    | التفجير"), or None: not a span of the fighting told itself, its length ("بعد ثلاثة
    أيام من القتال"), nor one in a claim of the event told ("أعلنت الحركة مسؤوليتها عن
    الهجوم بعد يومين من التفجير": the same one, owned two days on)."""
    told = what_a_span_is_from(tokens, k)
    if told is None or told >= len(tokens):
        return None
    if any(not lx.RESPONSIBILITY_SET.isdisjoint(t.bare) for t in tokens[:k]):
        return None
    return told


def the_length_of_the_fight(tokens: Sequence[Token], told: int, *, means: bool) -> bool:
    """Whether a span from fighting that lasts ("بعد ثلاثة أيام من القتال") is the length
    of the fight told, not the time since another event: so when the words before it
    tell no means of their own (`means`: a bomb, a strike, a shelling, which the lasting
    fighting came before)."""
    return told < len(tokens) and tokens[told].key in _LASTING_FIGHTS and not means


# fighting that lasts: a span from it is its length
_LASTING_FIGHTS: Final = frozenset(
    normalize(w)
    for w in (
        *("القتال", "قتال", "المعارك", "معارك", "المعركة", "الاشتباكات", "اشتباكات"),
        *("المواجهات", "مواجهات", "الحصار", "حصار"),
    )
)
_COUNT_WORDS: Final = 4  # "بعد | خمسة وعشرين | يوما": the longest count of a span


ARABIC_INDIC: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence's words for phrase lookup: keys, clitic-free readings, every form."""

    keys: str  # " key key ... " (padded)
    stripped: str  # the same with each word's longest leading clitic removed
    forms: frozenset[str]
    # the keys with a joining "و"/"ف" dropped, the article kept: "وتصاعد التوتر" holds
    # "تصاعد التوتر"
    unjoined: str = ""


def all_forms(tokens: list[Token]) -> Words:
    global _LAST
    last, before = _LAST
    if last[1] is not None and last[0] == tokens:  # the same words again (same objects)
        return last[1]
    if before[1] is not None and before[0] == tokens:
        _LAST = (before, last)
        return before[1]
    bares = [t.bare for t in tokens]
    words = Words(
        keys=" " + " ".join([t.key for t in tokens]) + " ",
        stripped=" " + " ".join([b[1] if len(b) > 1 else b[0] for b in bares]) + " ",
        # "للمجاهدين" is "ل" + "المجاهدين": the article the preposition swallowed
        forms=frozenset(
            chain(chain.from_iterable(bares), [_with_its_article(t.key) for t in tokens])
        ),
        unjoined=" " + " ".join([_unjoined(t) for t in tokens]) + " ",
    )
    if len(tokens) > _WINDOW:
        _LAST = ((list(tokens), words), last)
    return words


def _with_its_article(key: str) -> str:
    """A word after "ل" whose article the preposition swallowed ("للمجاهدين" ->
    "المجاهدين"); any other word as it is."""
    return "ا" + key[1:] if key[:2] == "لل" and len(key) > 4 else key


def _unjoined(token: Token) -> str:
    """The key without a joining "و"/"ف" the tokeniser read off ("وتصاعد" -> "تصاعد")."""
    key = token.key
    return key[1:] if key[:1] in ("و", "ف") and key[1:] in token.bare else key


# The last two token lists read and their words: the stages of one sentence (its facts,
# event type, background, claim, equipment) read the same tokens one after another, or
# the sentence and the sentence without a few words. Copies are kept, so a list changed
# since is a different list; equal tokens give equal words. Windows of a few words (read
# around one word, each once) do not replace them.
_WINDOW: Final = 8
_Seen = tuple[list[Token] | None, Words | None]
_LAST: tuple[_Seen, _Seen] = ((None, None), (None, None))


@lru_cache(maxsize=256)
def split_phrases(
    phrases: tuple[str, ...],
) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """One-word phrases as a set; several-word ones as (first word, padded phrase)."""
    return (
        frozenset(p for p in phrases if " " not in p),
        tuple((p.split()[0], f" {p} ") for p in phrases if " " in p),
    )


@lru_cache(maxsize=256)
def _phrase_index(
    phrases: tuple[str, ...],
) -> tuple[frozenset[str], frozenset[str], dict[str, tuple[tuple[int, str, str], ...]]]:
    """`split_phrases`, with the several-word phrases indexed by their first word:
    (one-word phrases, first words, first word -> (position, padded phrase, phrase))."""
    single, multi = split_phrases(phrases)
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for n, (first, padded) in enumerate(multi):
        by_first.setdefault(first, []).append((n, padded, padded.strip()))
    return single, frozenset(by_first), {k: tuple(v) for k, v in by_first.items()}


# The index of each phrase tuple by identity: the tables are module constants, and
# hashing a long tuple for the LRU cache on every call cost more than the look-up.
# Each entry keeps its tuple alive, so an id is never reused while it is cached.
_Index = tuple[frozenset[str], frozenset[str], dict[str, tuple[tuple[int, str, str], ...]]]
_INDEX_BY_ID: Final[dict[int, tuple[tuple[str, ...], _Index]]] = {}


def phrase_index(phrases: tuple[str, ...]) -> _Index:
    """(one-word phrases, first words of the others, first word -> (position, padded
    phrase, phrase)), built once per phrase tuple."""
    hit = _INDEX_BY_ID.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index = _phrase_index(phrases)
    if len(_INDEX_BY_ID) >= 1024:  # tuples built per call ("a + b") do not pile up
        _INDEX_BY_ID.clear()
    _INDEX_BY_ID[id(phrases)] = (phrases, index)
    return index


def contains(words: Words, phrases: tuple[str, ...]) -> list[str]:
    """Phrases that occur as whole words: one word in any reading, several in sequence."""
    single, firsts, by_first = phrase_index(phrases)
    forms = words.forms
    if firsts.isdisjoint(forms):
        found = []
    else:
        # In the order of `phrases`, as a scan of every several-word phrase would give.
        keys, stripped, unjoined = words.keys, words.stripped, words.unjoined
        found = [
            phrase
            for _, padded, phrase in sorted(
                [hit for first in firsts & forms for hit in by_first[first]]
            )
            if padded in keys or padded in stripped or padded in unjoined
        ]
    found.extend(single & forms)
    return found


def has(words: Words, phrases: tuple[str, ...]) -> bool:
    """Whether any of the phrases occurs: `bool(contains(words, phrases))`, without
    listing them."""
    single, firsts, by_first = phrase_index(phrases)
    forms = words.forms
    if not single.isdisjoint(forms):
        return True
    if firsts.isdisjoint(forms):
        return False
    keys, stripped, unjoined = words.keys, words.stripped, words.unjoined
    return any(
        padded in keys or padded in stripped or padded in unjoined
        for first in firsts & forms
        for _, padded, _ in by_first[first]
    )


class PhraseTables:
    """Several phrase tables asked about one sentence at once: `which(words)` is
    `[has(words, table) for table in tables]`, with one pass over the sentence's words
    for all of them."""

    __slots__ = ("_firsts", "_indexes", "_singles")

    def __init__(self, tables: Iterable[tuple[str, ...]]) -> None:
        self._indexes = tuple(phrase_index(table) for table in tables)
        self._singles = frozenset().union(*(single for single, _, _ in self._indexes))
        self._firsts = frozenset().union(*(firsts for _, firsts, _ in self._indexes))

    def which(self, words: Words) -> list[bool]:
        forms = words.forms
        singles = self._singles & forms
        firsts = self._firsts & forms
        if not singles and not firsts:
            return [False] * len(self._indexes)
        keys, stripped, unjoined = words.keys, words.stripped, words.unjoined
        out = []
        for single, first_words, by_first in self._indexes:
            out.append(
                (bool(singles) and not single.isdisjoint(singles))
                or any(
                    padded in keys or padded in stripped or padded in unjoined
                    for first in first_words & firsts
                    for _, padded, _ in by_first[first]
                )
            )
        return out


def keys_only(tokens: list[Token]) -> Words:
    """Words as written, without clitic readings: "المعركة" but not "معركة"; a definite
    word joined by "و" or "ف" is read without it ("والهجوم" is "الهجوم"), and so is one
    after a glued preposition ("بالهجوم", "للهجوم", "وبالهجوم")."""
    keys = [t.key for t in tokens]
    unjoined = [definite(k) for k in keys]
    padded = " " + " ".join(keys) + " "
    bare = " " + " ".join(unjoined) + " "
    return Words(
        keys=padded, stripped=padded, forms=frozenset(keys) | frozenset(unjoined), unjoined=bare
    )


def definite(key: str) -> str:
    """A definite word without the conjunction or preposition glued before its article."""
    if key[:1] in ("و", "ف") and key[1:3] == "ال":
        return key[1:]
    if key[:1] in ("و", "ف") and (key[1:4] == "بال" or key[1:3] == "لل"):
        key = key[1:]
    if key[:3] == "بال" and len(key) > 4:
        return key[1:]
    if key[:2] == "لل" and len(key) > 3:
        return "ا" + key[1:]
    return key


def given_name(token: Token) -> bool:
    """A title or given name; "على" written with alif maqsura is the preposition, never
    the name علي (the normaliser folds the two)."""
    return (
        token.key in lx.GIVEN_NAMES
        or (token.key.startswith("عبد") and len(token.key) > 5)  # "عبدالرحمن", written as one
        # "عطاالله", "نصرالله": a name ending in "الله" written as one word
        or (token.key.endswith("الله") and len(token.key) > 5 and not token.key.startswith("ال"))
    ) and not token.text.endswith("ى")


def a_foreign_force_named(
    tokens: Sequence[Token], *, start: int = 0, end: int | None = None
) -> bool:
    """Whether the words from `start` to `end` name the foreign forces: by name ("الحلف",
    "لقوات التحالف") or as forces of a foreign kind ("القوات الأمريكية", "قوات أجنبية");
    not the Northern Alliance ("قوات التحالف الشمالي"), whatever word follows `end`."""
    stop = len(tokens) if end is None else min(end, len(tokens))
    return any(
        not lx.FOREIGN_FORCE_NAMES.isdisjoint(tokens[k].bare)
        and (k + 1 == len(tokens) or tokens[k + 1].key not in lx.NORTHERN)
        for k in range(start, stop)
    ) or any(
        not lx.FORCE_NOUNS.isdisjoint(tokens[k].bare) and tokens[k + 1].key in lx.FOREIGN_KINDS
        for k in range(start, min(stop, len(tokens) - 1))
    )
