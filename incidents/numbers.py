"""Counts as Arabic news writes them: digits, number words and the hedges around them.

Casualty figures arrive as "23", "٢٣", "خمسة وعشرون", "ثلاثمائة", "ثلاثة آلاف", hedged
("أكثر من", "نحو", "على الأقل") or vague ("عشرات"). Read one word at a time they come out
wrong: the total "خمسة وعشرون" must not read as 5, nor "أحد عشر" as "one of". So this module
reads the whole phrase from a sentence's word tokens and says where it starts and ends, and
the caller looks for the counted noun beside it. It reads no more than the grammar allows:
parts join with و only from larger to smaller ("مائة وخمسة", never "عشرون وخمسة"), and digits
never join with و, so "11 شرطيا و 23 مسلحا" stays two counts.

Every word list is normalised once at import with the gazetteer's normaliser, and per-word
work is cached, because this runs on every token of every article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from gazetteer.normalize import normalize

__all__ = [
    "REPORT_YEARS",
    "Count",
    "joined_by_and",
    "number_at",
    "number_ending_at",
    "report_year",
    "word_value",
    "year_written",
]

# The years reports are written in: a four-digit figure among them is a year, no count.
REPORT_YEARS: Final = (1970, 2039)


@dataclass(frozen=True, slots=True)
class Count:
    """A count phrase in a sentence: value, token span (hedge included), hedge, vagueness.

    ``value`` is None only for vague quantities ("عشرات"); ``first`` and ``last`` are
    inclusive token indices; ``qualifier`` is "at_least", "about", "more_than", "less_than"
    or None. The value is always the number written, whatever the hedge.
    """

    value: int | None
    first: int
    last: int
    qualifier: str | None
    vague: bool


def _table(spellings: str, *, step: int = 1, start: int = 1) -> dict[str, int]:
    """Normalised key -> value; "|" separates successive values, spaces their spellings."""
    return {
        normalize(w): (start + k) * step
        for k, words in enumerate(spellings.split("|"))
        for w in words.split()
    }


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split("|"))


_UNIT_SPELLINGS: Final = (
    "واحد واحدا واحدة|اثنان اثنين اثنتان اثنتين|ثلاث ثلاثة|أربع أربعة|خمس خمسة|ست ستة|"
    "سبع سبعة|ثمان ثماني ثمانية|تسع تسعة|عشر عشرة"
)
# Words that open "X عشر" (teens) or "X وعشرون" (unit before tens). "أحد" and "إحدى" are
# heads only: alone they mean "one of" (or Sunday), so they are no number by themselves.
_HEADS: Final = _table(_UNIT_SPELLINGS.rsplit("|", 1)[0]) | _table("أحد إحدى|اثنا اثني اثنتا اثنتي")
# Words that are 1-10 alone. The definite forms of 3-10 follow their noun ("الجنود الثلاثة");
# "الاثنين" is Monday and "الواحد" rarely a count, so the article is not taken on 1 and 2.
_UNITS: Final = _table(_UNIT_SPELLINGS) | {
    "ال" + key: n for key, n in _table(_UNIT_SPELLINGS).items() if n >= 3
}
_TEN: Final = _keys("عشر|عشرة")
_TENS_SPELLINGS: Final = (
    "عشرون عشرين|ثلاثون ثلاثين|أربعون أربعين|خمسون خمسين|ستون ستين|سبعون سبعين|ثمانون ثمانين|"
    "تسعون تسعين"
)
_TENS: Final = _table(_TENS_SPELLINGS, step=10, start=2)
# A definite compound takes the article on both parts or on the first only: "الأربع
# والعشرين ساعة", "الأربع وعشرين ساعة", "الخمسة عشر".
_DEFINITE_HEADS: Final = {key: n for key, n in _UNITS.items() if key.startswith("ال") and n < 10}
_DEFINITE_TENS: Final = _TENS | {"ال" + key: n for key, n in _TENS.items()}
_HUNDRED: Final = _keys("مائة|مئة")
_HUNDREDS: Final = _table("مائة مئة|مائتان مائتين مائتا مائتي مئتان مئتين مئتا مئتي", step=100) | {
    # "ثلاثمائة" is written as one word; "ثلاث مائة" (two words) is read in _below_thousand.
    head + hundred: n * 100
    for head, n in _HEADS.items()
    if n >= 3 and not head.endswith("ه")
    for hundred in _HUNDRED
}
_THOUSANDS: Final = _table("ألف|ألفان ألفين ألفا", step=1000)
# After a multiplier: "ثلاثة آلاف", "أحد عشر ألفا", "مائة ألف".
_THOUSAND_TAIL: Final = _keys("ألف|ألفا|آلاف")
_VAGUE: Final = _keys("عشرات|العشرات|مئات|المئات|بضعة|بضع|عدة|آلاف|الآلاف|ألوف|الألوف")
# "عشرات الآلاف", "بضعة عشر", "عدة مئات": still one vague quantity.
_VAGUE_TAIL: Final = _keys("عشرات|آلاف|الآلاف|ألوف|الألوف|مئات|المئات|عشر|عشرة")

_HEDGES: Final = {
    "at_least": "ما لا يقل عن|لا يقل عن|على الأقل",
    "more_than": "أكثر من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|أزيد من|ما يربو على|"
    "ما يربو عن|يربو على|ما يفوق",
    "about": "نحو|حوالي|حوالى|قرابة|زهاء|ما يقرب من|ما يقارب|يقارب|ما يناهز|يناهز",
    "less_than": "أقل من|ما يقل عن",
}


def _hedge_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of a hedge -> (its other words, qualifier), longest first, so that
    "ما لا يقل عن" is not cut short."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, phrases in _HEDGES.items():
        for phrase in phrases.split("|"):
            head, *rest = (normalize(w) for w in phrase.split())
            table.setdefault(head, []).append((tuple(rest), name))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


_QUALIFIERS: Final = _hedge_table()
# A hedge after the number: "خمسة على الأقل", and "ستة في الأقل" as some outlets write it.
AT_LEAST_AFTER: Final = frozenset((normalize(a), normalize("الأقل")) for a in ("على", "في"))
_ABOUT_AFTER: Final = normalize("تقريبا")

_STARTS: Final = frozenset().union(
    _UNITS, _HEADS, _TENS, _HUNDREDS, _THOUSANDS, _VAGUE, _QUALIFIERS
)
# "بست" is Bost (Lashkar Gah's old fort) and "لست" is "I am not", never "with/for six".
_NOT_AFTER_PREPOSITION: Final = frozenset({normalize("ست")})
_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬", "01234567890123456789,")
_SPAN: Final = (
    14  # the longest phrase: a four-word hedge and "ثلاثة آلاف و ثلاث مائة و خمسة و عشرون"
)


@lru_cache(maxsize=65536)
def _digits(word: str) -> int | None:
    """Value of a digit token ("23", "٢٣", "۲۳", "و23", "1,200", "1٬200"), or None.

    Only a comma or the Arabic thousands separator groups digits: "1.5" is a decimal and
    "1.200" too ambiguous, so both are left unread.
    """
    text = word.translate(_DIGITS)
    text = text[1:] if text[:1] == "و" else text
    text = text[1:] if text[:1] in ("ب", "ل") else text
    groups = text.split(",")
    if not all(g.isascii() and g.isdecimal() for g in groups):
        return None
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return int("".join(groups))


def year_written(word: str) -> int | None:
    """The figure of four digits a year is written in ("2001", "٢٠٠٩"), or None."""
    text = word.translate(_DIGITS)
    return int(text) if len(text) == 4 and text.isascii() and text.isdecimal() else None


def report_year(word: str) -> bool:
    """Whether the word is a year of those reports are written in (`REPORT_YEARS`)."""
    year = year_written(word)
    return year is not None and REPORT_YEARS[0] <= year <= REPORT_YEARS[1]


@lru_cache(maxsize=65536)
def _lead(word: str) -> str | None:
    """Key a word opens a phrase with; a clitic و, ب or ل is dropped only if the word needs it."""
    key = normalize(word)
    options = [key]
    if key[:1] == "و":
        key = key[1:]
        options.append(key)
    if key[:1] in ("ب", "ل") and key[1:] not in _NOT_AFTER_PREPOSITION:
        options.append(key[1:])
    return next((k for k in options if k in _STARTS), None)


_ARTICLE: Final = normalize("ال")


def _plain(words: Sequence[str], k: int) -> str:
    return normalize(words[k]) if k < len(words) else ""


def _after_and(words: Sequence[str], last: int) -> tuple[int, str] | None:
    """Index and key (و removed) of the word after "و" following words[last], if any."""
    key = _plain(words, last + 1)
    if key == "و":
        return (last + 2, _plain(words, last + 2)) if last + 2 < len(words) else None
    return (last + 1, key[1:]) if key[:1] == "و" and len(key) > 1 else None


def _below_hundred(words: Sequence[str], i: int, key: str) -> tuple[int, int] | None:
    """1-99 from words[i]: a teen, unit و tens, a unit or tens; (value, last) or None."""
    head, tens = _HEADS.get(key), _TENS
    if head is None and not (i > 0 and _plain(words, i - 1).startswith(_ARTICLE)):
        # (a definite unit after its definite noun stands alone: "الجنود الثلاثة وعشرون
        # مدنيا" are three and twenty)
        head, tens = _DEFINITE_HEADS.get(key), _DEFINITE_TENS
    if head is not None:
        if _plain(words, i + 1) in _TEN:
            return head + 10, i + 1
        nxt = _after_and(words, i)
        if nxt is not None and nxt[1] in tens:
            return head + tens[nxt[1]], nxt[0]
    if key in _UNITS:
        return _UNITS[key], i
    if key in _TENS:
        return _TENS[key], i
    return None


def _below_thousand(words: Sequence[str], i: int, key: str) -> tuple[int, int] | None:
    """1-999 from words[i]: hundreds, then و and 1-99 if written; (value, last) or None."""
    if key in _HUNDREDS:
        value, last = _HUNDREDS[key], i
    elif _HEADS.get(key, 0) >= 3 and _plain(words, i + 1) in _HUNDRED:
        value, last = _HEADS[key] * 100, i + 1
    else:
        return _below_hundred(words, i, key)
    nxt = _after_and(words, last)
    rest = _below_hundred(words, *nxt) if nxt is not None else None
    return (value + rest[0], rest[1]) if rest is not None else (value, last)


def _read(words: Sequence[str], i: int, key: str | None) -> tuple[int | None, int] | None:
    """(value, last) of the number, not its hedge, opening at words[i]; value None if vague."""
    if key in _VAGUE:
        return None, i + 1 if _plain(words, i + 1) in _VAGUE_TAIL else i
    if key in _THOUSANDS:
        value, last = _THOUSANDS[key], i
    else:
        digits = _digits(words[i])
        below = (digits, i) if digits is not None else key and _below_thousand(words, i, key)
        if not below:
            return None
        value, last = below
        if value < 3 or _plain(words, last + 1) not in _THOUSAND_TAIL:
            return value, last
        value, last = value * 1000, last + 1
    nxt = _after_and(words, last)
    rest = _below_thousand(words, *nxt) if nxt is not None else None
    return (value + rest[0], rest[1]) if rest is not None else (value, last)


def opens_count(word: str) -> bool:
    """Whether a count may start at this word (`number_at` is None where it does not)."""
    return _lead(word) is not None or _digits(word) is not None


def number_at(words: Sequence[str], i: int) -> Count | None:
    """The number phrase that starts at words[i] (a qualifier, digits or number words), or None.

    Parameters
    ----------
    words
        Token texts of one sentence as written, punctuation removed.
    i
        Index of the phrase's first word; a hedge ("أكثر من") may open it.

    Returns
    -------
    Count or None
        None when words[i] opens no count. A hedge written after the number
        ("خمسة على الأقل", "خمسون تقريبا") sets the qualifier but leaves ``last`` at the
        number, so ``number_ending_at(words, count.last)`` finds the same count.
    """
    if not 0 <= i < len(words):
        return None
    key = _lead(words[i])
    if key is None and _digits(words[i]) is None:
        return None
    start, qualifier = i, None
    if key in _QUALIFIERS:
        for rest, name in _QUALIFIERS[key]:
            end = i + 1 + len(rest)
            if end < len(words) and all(_plain(words, i + 1 + k) == w for k, w in enumerate(rest)):
                if joined_by_and(words[end]):
                    return None  # "11 قتيلا على الأقل و25 جريحا": the hedge is the 11's
                if _plain(words, end) == _ARTICLE and _digits(_plain(words, end + 1)) is not None:
                    end += 1  # "قرابة الـ50": the article written apart before the digits
                start, qualifier, key = end, name, _lead(words[end])
                break
        else:
            return None
    reading = _read(words, start, key)
    if reading is None:
        return None
    value, last = reading
    if qualifier is None:
        if (_plain(words, last + 1), _plain(words, last + 2)) in AT_LEAST_AFTER:
            qualifier = "at_least"
        elif _plain(words, last + 1) == _ABOUT_AFTER:
            qualifier = "about"
    return Count(value=value, first=i, last=last, qualifier=qualifier, vague=value is None)


def number_ending_at(words: Sequence[str], j: int) -> Count | None:
    """The number phrase whose last word is words[j], or None.

    For counts found backwards from their noun ("خمسة وعشرون جنديا"): the phrase that
    starts earliest and ends exactly at j, its hedge included, so "وعشرون" alone is not
    taken for 20 when "خمسة" opens the total.
    """
    if not 0 <= j < len(words) or (_lead(words[j]) is None and _digits(words[j]) is None):
        return None  # every phrase ends on a number word or digits
    for s in range(max(0, j - _SPAN), j + 1):
        count = number_at(words, s)
        if count is not None and count.last == j:
            return count
    return None


def joined_by_and(word: str) -> bool:
    """Whether a count word carries the conjunction و ("وثلاثة", "و12"), not a number
    spelt with a first و ("واحد", "واحدة")."""
    key = normalize(word)
    return key[:1] == "و" and key not in _STARTS


def word_value(word: str) -> int | None:
    """The value of one word alone (digits or a single number word), or None.

    Heads that need a second word ("أحد", "إحدى", "اثنا") and vague words give None.
    """
    digits = _digits(word)
    if digits is not None:
        return digits
    key = _lead(word)
    for table in (_UNITS, _TENS, _HUNDREDS, _THOUSANDS):
        if key in table:
            return table[key]
    return None
