"""Dates in a sentence, resolved against the article's publication date.

Analysts filter the map by period and link several reports of one event; both need the
day an incident happened. Arabic wire copy rarely prints it: it says "أمس الأحد", "فجر
اليوم" or "الخميس", which only the publication date turns into a calendar day. A day is
given only when the words and that date make it certain (the annotation guide's rule);
vaguer times ("مايو 2007", "الأسبوع الماضي") are still returned as mentions, with
``day=None``, so that a caller can see that a time was named.

Words are compared as keys of the one normaliser (`gazetteer.normalize.normalize`). Each
written word is classified once (cached), so a sentence costs one regex pass and a dict
look-up per word, and one without any date word stops there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final

from gazetteer.normalize import normalize

__all__ = [
    "DateMention",
    "date_mentions",
    "dateline_date",
    "event_date",
    "parse_published",
    "statement_date",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression of a sentence: ``sentence[start:end] == text``."""

    text: str
    start: int
    end: int
    day: date | None  # the calendar day when it is certain, else None
    rule: str  # the construction that decided it: "explicit", "yesterday", "weekday", ...


# A month name counts only next to a number ("12 مايو", "مايو 2007"), so آب (August, and
# the word "father") and مارس ("he practised") are safe. Gulf/Egyptian names, then the
# Levantine ones; كانون and تشرين need الأول/الثاني after them.
_MONTHS: Final = (
    "يناير|فبراير شباط|مارس آذار|أبريل ابريل إبريل نيسان|مايو أيار|يونيو يونيه حزيران|"
    "يوليو يوليه تموز|أغسطس اغسطس آب|سبتمبر أيلول|أكتوبر اكتوبر|نوفمبر|ديسمبر"
)
_LEVANT_PAIRS: Final = {("kanun", 2): 1, ("tishrin", 1): 10, ("tishrin", 2): 11, ("kanun", 1): 12}
_WEEKDAYS: Final = "الاثنين الإثنين|الثلاثاء الثلثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"  # Monday=0
# Kind of each word, then its words; the parser reads constructions of kinds.
_KINDS: Final = """
time      صباح صبيحة مساء فجر ظهر ظهيرة عصر ليلة ليل
day       يوم
today     اليوم
yest      أمس الأمس البارحة
this      هذا
morning   الصباح
night     الليلة
past      الماضي الماضية المنصرم المنصرمة الفائت الفائتة
next      المقبل المقبلة القادم القادمة
week      الأسبوع
monthword الشهر
yearword  عام العام سنة السنة
from      من
shahr     شهر
until     حتى إلى الى ذلك نفس لليوم
current   الجاري الحالي
notday    التالي السابق الثالث الرابع الخامس السادس السابع الأخير العالمي نفسه ذاته
ten       عشر
kanun     كانون
tishrin   تشرين
speech    قال قالت ذكر ذكرت أعلن أعلنت أفاد أفادت صرح صرحت أكد أكدت أوضح أوضحت أضاف أضافت
speech    نقل نقلت أوردت أوردته نفى نفت زعم زعمت أبلغ أبلغت أبلغنا تبنى تبنت
speech    ذكرته ذكره أعلنته أعلنه أفادته أفاده نقلته نقله نشرته نشره أوردها ذكرها
that      أن إن بأن أنه بأنه أنها بأنها أنهم بأنهم
ago       قبل
twodays   يومين
days      أيام
only      فقط تقريبا
now       الآن
"""
# until: "حتى اليوم" (until today), "ذلك اليوم", "نفس اليوم" name no day of the event.
# notday: "اليوم التالي" is the next day, "اليوم السابع" a newspaper. ten: "الأحد عشر" is 11.
# speech: "ذكر مسؤولون أمس أن ..." dates the statement, unless "أن"/"إن" (that) stands between;
# so does a verb with its object ("طبقا لما ذكرته وكالة خاما برس اليوم الأحد").


def _entries(kind: str, groups: str, first: int = 0) -> dict[str, tuple[str, int]]:
    """Normalised keys of the words of "a b|c d" -> (kind, number of the group)."""
    pairs = ((w, n) for n, group in enumerate(groups.split("|"), first) for w in group.split())
    return {normalize(w): (kind, n) for w, n in pairs}


_LEXICON = _entries("ord", "أول الأول|الثاني", 1) | _entries("weekday", _WEEKDAYS)
# Days of the month written as ordinals: "في الخامس من أيار", "الحادي والعشرين من الشهر
# الماضي". A second reading of the word, after its kind in _LEXICON ("الثاني" is also
# Levantine month order, "الخامس" after اليوم no day). الحادي (0) only begins 11, 21, 31.
_RANKED_NOUNS: Final = frozenset(
    normalize(w)
    for w in (
        "الأسبوع",
        "اليوم",
        "الشهر",
        "العام",
        "الربع",
        "النصف",
        "المرة",
        "الجزء",
        "الفصل",
        "الموسم",
    )
)
_ORDINAL_DAYS: Final = (
    "الحادي|الأول الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر"
)
_DAY_ORDINALS: Final = {key: n for key, (_, n) in _entries("dayord", _ORDINAL_DAYS).items()} | {
    normalize("العشرين"): 20,
    normalize("الثلاثين"): 30,
}
_LEXICON |= _entries("month", _MONTHS, 1)
for _kind, _words in (line.split(maxsplit=1) for line in _KINDS.strip().splitlines()):
    _LEXICON |= _entries(_kind, _words)
_HEADS = frozenset(("num", "month", "kanun", "tishrin", "weekday", "today", "yest", "night"))
_HEADS |= {"this", "ord", "week", "monthword", "yearword", "ago"}
# The days counted back in words: "قبل ثلاثة أيام" (three to seven; more is no recent day).
_LEXICON |= _entries("cardinal", "ثلاثة|أربعة|خمسة|ستة|سبعة", 3)
_DAYS_AGO: Final = 7
_VAGUE: Final = {"week": "last_week", "monthword": "last_month", "yearword": "last_year"}
_CLITICS: Final = ("وب", "و", "ف", "ب")  # "والخميس", "بالأمس"
# A part of the day glued to the day ("ظهرأمس") is a typing slip seen in copy.
_GLUED: Final = tuple(key for key, (kind, _) in _LEXICON.items() if kind == "time")
# Arabic-script words with their diacritics and tatweel; Latin, Arabic-Indic, Persian digits.
_TOKEN: Final = re.compile(
    r"[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]+|[0-9\u0660-\u0669\u06f0-\u06f9]+"
)
_GAP: Final = re.compile(r"[\s(),،/\-–—«»\"']*")  # what may stand inside one date expression
# Numeric dates not inside a longer number: each opens with a digit (so the regex engine
# skips to digits) and looks back from it at the character before.
_DMY: Final = re.compile(r"(\d(?<![\d/.\-]\d)\d?)\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_YMD: Final = re.compile(r"(\d(?<![\d/.\-]\d)\d{3})\s*([/\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_DATELINE_HEAD: Final = re.compile(
    r"^[ \t]*(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?:[-–—:،,/][ \t]*)?",
    re.MULTILINE,
)
_DATELINE_TAIL: Final = re.compile(r"[ \t]*م?[ \t]*(?:\(|[-–—/]|$)")
_COUNTRY: Final = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*")
_NOTE: Final = re.compile(r"\s*\(.*\)\s*$", re.DOTALL)
_REPORT_REACH: Final = 7  # words from a verb of saying to a date that dates the statement


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    value: int
    start: int
    end: int
    ordinal: int | None = None  # the day of the month it names as an ordinal ("الخامس")


@lru_cache(maxsize=65536)
def _read_word(word: str) -> tuple[tuple[str, int, int | None], ...]:
    """Kinds of one written word with the day it names as an ordinal; a word of no kind
    gives nothing (most words of a sentence)."""
    kinds = _classify(word)
    if not kinds:
        return ()
    ordinal = None if word.isdecimal() else _ordinal(normalize(word))
    return tuple((kind, value, ordinal) for kind, value in kinds)


def _classify(word: str) -> tuple[tuple[str, int], ...]:
    """Kinds of one written word; a glued "ظهرأمس" gives two (part of day, yesterday)."""
    if word.isdecimal():
        return (("num", int(word)),)
    key = normalize(word)
    found = _LEXICON.get(key)
    for clitic in _CLITICS:
        if found is None and key.startswith(clitic):
            rest = _LEXICON.get(key[len(clitic) :])
            found = rest if rest and rest[0] in _HEADS else None
    for part in _GLUED:
        if found is None and key.startswith(part) and key[len(part) :] in ("امس", "اليوم"):
            return (("time", 0), (_LEXICON[key[len(part) :]][0], 0))
    if found is None and _ordinal(key) is not None:
        return (("dayord", 0),)
    return () if found is None else ((found[0], found[1] or 0),)


@lru_cache(maxsize=4096)
def _ordinal(key: str) -> int | None:
    """The day an ordinal word names ("الخامس" 5, "والعشرين" 20), or None."""
    return _DAY_ORDINALS.get(key, _DAY_ORDINALS.get(key[1:]) if key[:1] == "و" else None)


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _no_year(month: int, day: int, published: date | None) -> date | None:
    """The publication year, or the one before when that would follow publication."""
    if published is None:
        return None
    found = _make_date(published.year, month, day)
    return _make_date(published.year - 1, month, day) if found and found > published else found


def _days_before(published: date, days: int) -> date | None:
    """The day `days` before publication; None before the first day a date can hold."""
    try:
        return published - timedelta(days=days)
    except OverflowError:
        return None


def _last_weekday(published: date, weekday: int, *, strictly: bool) -> date | None:
    """The latest such weekday on or (strictly) before the publication date."""
    back = (published.weekday() - weekday) % 7
    return _days_before(published, 7 if strictly and back == 0 else back)


class _Parser:
    """Left-to-right reader of one sentence's date words."""

    def __init__(self, sentence: str, published: date | None) -> None:
        self.sentence, self.published = sentence, published
        self.toks = [
            _Tok(kind, value, m.start(), m.end(), ordinal)
            for m in _TOKEN.finditer(sentence)
            for kind, value, ordinal in _read_word(m.group())
        ]

    def kind(self, i: int) -> str:
        return self.toks[i].kind if 0 <= i < len(self.toks) else ""

    def value(self, i: int) -> int:
        return self.toks[i].value

    def follows(self, i: int) -> bool:
        """Token i stands right after token i-1, with at most light punctuation between."""
        if not 0 < i < len(self.toks):
            return False
        gap = (self.toks[i - 1].end, self.toks[i].start)
        return gap[0] == gap[1] or _GAP.fullmatch(self.sentence, *gap) is not None

    def at(self, i: int, *kinds: str) -> bool:
        return self.kind(i) in kinds and self.follows(i)

    def month(self, i: int) -> tuple[int, int] | None:
        """(month, next index): "مايو", "كانون الثاني", "أيار/مايو", "آب اغسطس"."""
        if self.kind(i) == "month":
            found = (self.value(i), i + 1)
        elif self.kind(i) in ("kanun", "tishrin") and self.at(i + 1, "ord"):
            found = (_LEVANT_PAIRS[(self.kind(i), self.value(i + 1))], i + 2)
        else:
            return None
        again = self.month(found[1]) if self.follows(found[1]) else None
        return again if again and again[0] == found[0] else found

    def year(self, i: int) -> int | None:
        if self.at(i, "num") and 1900 <= self.value(i) <= 2100:
            return self.value(i)
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        """(day of the month, next index) at i: "5", "الخامس", "الخامس عشر", "الحادي
        والعشرين"."""
        if self.kind(i) == "num":
            return self.value(i), i + 1
        value = self.ordinal(i)
        if value is None or self._ordinal_of_a_noun(i):
            return None
        if value < 10 and self.at(i + 1, "ten"):
            return value + 10 + (value == 0), i + 2  # "الخامس عشر", "الحادي عشر"
        tens = self.ordinal(i + 1) if self.follows(i + 1) else None
        if value < 10 and tens in (20, 30):
            return max(value, 1) + tens, i + 2  # "الحادي والعشرين"
        return (value, i + 1) if value else None

    def _ordinal_of_a_noun(self, i: int) -> bool:
        """ "الأسبوع الأول من الشهر", "اليوم الخامس من المعارك": the ordinal ranks a noun."""
        before = self.sentence[: self.toks[i].start].split()
        return bool(before) and normalize(before[-1]) in _RANKED_NOUNS

    def ordinal(self, i: int) -> int | None:
        return self.toks[i].ordinal if 0 <= i < len(self.toks) else None

    def explicit(self, i: int, *, joined: bool) -> tuple[int, date | None, str] | None:
        """Day, month and maybe year ("3 من شهر مارس", "الخامس من أيار", "9 من الشهر
        الجاري"): (next index, day, rule)."""
        if joined and not self.follows(i):
            return None
        found = self.day_number(i)
        if found is None or not 1 <= found[0] <= 31:
            return None
        day, j = found
        j += self.at(j, "from")
        j += self.at(j, "shahr")
        if self.kind(j) == "monthword" and self.follows(j):
            return self._this_or_last_month(j, day)
        month = self.month(j) if self.follows(j) else None
        if month is None:
            return None
        if (year := self.year(month[1])) is not None:
            return month[1] + 1, _make_date(year, month[0], day), "explicit"
        return month[1], _no_year(month[0], day, self.published), "explicit_no_year"

    def _this_or_last_month(self, j: int, day: int) -> tuple[int, date | None, str] | None:
        """ "9 من الشهر الجاري", "الحادي والعشرين من الشهر الماضي": the month of publication
        or the one before it."""
        published = self.published
        if self.at(j + 1, "current"):
            if published is None:
                return j + 2, None, "explicit_no_year"
            found = _make_date(published.year, published.month, day)
            return j + 2, found if found and found <= published else None, "this_month"
        if self.at(j + 1, "past"):
            if published is None:
                return j + 2, None, "explicit_no_year"
            year, month = divmod(published.year * 12 + published.month - 2, 12)
            return j + 2, _make_date(year, month + 1, day), "last_month"
        return None

    def relative(self, i: int) -> tuple[int, int, str] | None:
        """Yesterday, today, last night at i: (next index, days before publication, rule)."""
        kind, first = self.kind(i), self.value(i) == 1
        if kind == "yest" and self.at(i + 1, "ord") and self.value(i + 1) == 1:
            return i + 2, 2, "day_before_yesterday"  # "أمس الأول"
        if kind == "ord" and first and self.at(i + 1, "yest"):
            return i + 2, 2, "day_before_yesterday"  # "أول أمس"
        if kind == "ord" and first and self.at(i + 1, "from") and self.at(i + 2, "yest"):
            return i + 3, 2, "day_before_yesterday"  # "أول من أمس"
        if kind == "yest":
            return i + 1, 1, "yesterday"
        if kind == "ago" and (ago := self.days_ago(i + 1)) is not None:
            return ago
        if kind == "this" and self.at(i + 1, "morning", "today"):
            return i + 2, 0, "today"
        if kind == "night" and self.at(i + 1, "past"):
            return i + 2, 1, "last_night"
        if kind == "night" and self.at(i + 1, "ago") and self.at(i + 2, "past"):
            return i + 3, 2, "the_night_before_last"  # "الليلة قبل الماضية"
        if kind == "today" and not self.at(i + 1, "notday", "ord"):
            return i + 1, 0, "today"
        return None

    def days_ago(self, i: int) -> tuple[int, int, str] | None:
        """ "قبل يومين", "قبل 3 أيام", "قبل خمسة أيام" after "قبل" at i - 1: (next index,
        days before publication, rule); not days before another event ("قبل يومين من
        الانتخابات")."""
        if self.at(i, "twodays"):
            end, back = i + 1, 2
        elif (
            self.at(i, "num", "cardinal")
            and 3 <= self.value(i) <= _DAYS_AGO
            and self.at(i + 1, "days")
        ):
            end, back = i + 2, self.value(i)
        else:
            return None
        end += self.at(end, "only")  # "قبل يومين فقط من الانتخابات"
        before_another = self.at(end, "from") and not self.at(end + 1, "today", "now")
        return None if before_another else (end, back, "days_ago")

    def parse(self, i: int) -> tuple[int, DateMention | None]:
        """The mention starting at token i, if any, and the index to read on from."""
        published = self.published
        j = i + 1 if self.kind(i) in ("time", "day") and self.follows(i + 1) else i
        if self.kind(i - 1) == "until" and self.follows(i) and self.kind(j) in ("today", "this"):
            return j + 1, None  # "حتى اليوم", "إلى صباح اليوم": up to now, not the event
        end, day, rule = j, None, ""
        if found := self.explicit(j, joined=j > i):
            end, day, rule = found
        elif month := self.month(j):
            if self.year(month[1]) is None:
                return month[1], None  # a month without a number names nothing
            end, rule = month[1] + 1, "month_year"
        elif self.kind(j) == "yearword" and self.year(j + 1) is not None:
            end, rule = j + 2, "year"
        elif self.kind(j) in _VAGUE and self.at(j + 1, "past"):
            end, rule = j + 2, _VAGUE[self.kind(j)]
        elif rel := self.relative(j):
            end, back, rule = rel
            day = _days_before(published, back) if published else None
            if self.at(end, "weekday"):
                agree = day is None or day.weekday() == self.value(end)
                if agree:
                    rule = "weekday_" + rule
                elif published is not None and published.weekday() == self.value(end):
                    # A print issue dated the day its text calls "أمس (الثلاثاء)": the
                    # weekday named is the issue's own day.
                    day, rule = published, "weekday_issue_day"
                elif day is not None and (day - timedelta(days=1)).weekday() == self.value(end):
                    # "اليوم الأحد" put online on Monday: the text was written the day
                    # before the date it carries
                    day, rule = day - timedelta(days=1), "weekday_written_the_day_before"
                else:
                    day, rule = None, "conflict"
                end += 1
            if found := self.explicit(end, joined=True):
                end, day, rule = found
        elif self.kind(j) == "weekday" and self._is_weekday(j):
            end, rule = j + 1, "weekday"
            if found := self.explicit(end, joined=True):
                end, day, rule = found
            elif self.at(end, "next"):
                end, rule = end + 1, "next_weekday"
            elif self.at(end, "ago") and self.at(end + 1, "past"):
                # "الخميس قبل الماضي": the one before the last
                end, rule = end + 2, "weekday_before_last"
                last = _last_weekday(published, self.value(j), strictly=True) if published else None
                day = _days_before(last, 7) if last is not None else None
            else:
                strictly = self.at(end, "past")
                end, rule = (end + 1, "last_weekday") if strictly else (end, rule)
                if published is not None:
                    day = _last_weekday(published, self.value(j), strictly=strictly)
        else:
            return i + 1, None
        start, stop = self.toks[i].start, self.toks[end - 1].end
        return end, DateMention(self.sentence[start:stop], start, stop, day, rule)

    def _is_weekday(self, i: int) -> bool:
        """Not "الأحد عشر" (eleven), "عبد الأحد" (a name), "الجنديين الاثنين" (the two)."""
        before = self.sentence[: self.toks[i].start].split()
        last = normalize(before[-1]) if before else ""
        if self.value(i) == 6:
            return not self.at(i + 1, "ten") and last not in ("عبد", "الواحد")
        return self.value(i) != 0 or not (last.startswith("ال") and last.endswith("ين"))


def _numeric(sentence: str) -> list[DateMention]:
    """Numeric dates: day first as Arabic writes them ("12/5/2007", "15 - 8 - 2010"), or ISO."""
    found = []
    for pattern, order in ((_DMY, (4, 3, 1)), (_YMD, (1, 3, 4))):
        for m in pattern.finditer(sentence):
            year, month, day = (int(m.group(g)) for g in order)
            if 1900 <= year <= 2100 and (when := _make_date(year, month, day)):
                found.append(DateMention(m.group(), m.start(), m.end(), when, "explicit"))
    return found


def date_mentions(sentence: str, *, published: date | None) -> list[DateMention]:
    """Every date expression of one sentence, resolved against the publication date where
    that makes it certain.

    Parameters
    ----------
    sentence
        One sentence as written; the mentions' offsets point into it.
    published
        The article's publication date, or None when unknown: relative expressions
        ("أمس", "الخميس") and dates without a year then have ``day=None``.

    Returns
    -------
    list of DateMention
        In text order, not overlapping. ``day`` is None where the day is not certain:
        "مايو 2007", "الأسبوع الماضي", "الخميس المقبل", and "أمس الأحد" when yesterday
        was not a Sunday (rule ``"conflict"``). "ليلة الخميس" is taken as Thursday.
    """
    parser = _Parser(sentence, published)
    if not any(tok.kind in _HEADS for tok in parser.toks):
        return []
    found = _numeric(sentence) if any(tok.kind == "num" for tok in parser.toks) else []
    taken = {i for i, tok in enumerate(parser.toks) for m in found if m.start <= tok.start < m.end}
    i = 0
    while i < len(parser.toks):
        i, mention = (i + 1, None) if i in taken else parser.parse(i)
        found += [mention] if mention else []
    found.sort(key=lambda m: m.start)
    for n in range(len(found) - 1, 0, -1):  # "الثلاثاء 12/5/2007": the numeric date decides
        first, then = found[n - 1], found[n]
        if then.rule != "explicit" or first.rule.startswith(("explicit", "month", "year")):
            continue
        if _GAP.fullmatch(sentence, first.end, then.start):
            text = sentence[first.start : then.end]
            found[n - 1 : n + 1] = [DateMention(text, first.start, then.end, then.day, "explicit")]
    return found


def _dates_the_statement(sentence: str, mention: DateMention, *, reach: int = 0) -> bool:
    """A day right after a verb of saying ("قال مسؤولون أمس إن") dates the statement; a
    day further after it does too when another day follows for the event ("أعلنت قوات
    إيساف التابعة لحلف الأطلسي الجمعة مقتل أحد جنودها ... الخميس"): `reach` words."""
    before: list[str] = _TOKEN.findall(sentence, 0, mention.start)
    for word in reversed(before[-(reach or _REPORT_REACH) :]):
        kind = _LEXICON.get(normalize(word).removeprefix("و"), ("",))[0]
        if kind in ("that", "speech"):
            return kind == "speech"
    return False


def event_date(sentence: str, *, published: date | None) -> DateMention | None:
    """The date of the event a sentence reports.

    The first mention that names a certain day (explicit date, today or yesterday, a
    weekday), passing over a day that only dates a statement: in "صرح الحاكم أمس
    الثلاثاء بأن مجهولين خطفوا ..." the governor spoke on Tuesday and the kidnapping may be
    older. None when no day is certain.
    """
    mentions = [m for m in date_mentions(sentence, published=published) if m.day is not None]
    for k, mention in enumerate(mentions):
        reach = _SPEAKER_REACH if k + 1 < len(mentions) else 0  # another day after it
        if (
            not _dates_the_statement(sentence, mention, reach=reach)
            and not _in_the_opening_brackets(sentence, mention)
            and not _in_the_dateline(sentence, mention)
            and not _a_page_stamp(sentence, mention)
            and not _a_span_opens(sentence, mention)
        ):
            return mention
    return None


_SPEAKER_REACH: Final = 12  # words, when another day follows: the speaker's name may be long


def _a_span_opens(sentence: str, mention: DateMention) -> bool:
    """Whether the day follows "منذ" (since): "حملة يواصلها الجيش منذ الأحد الماضي وقتل
    خلالها العشرات" runs from that day to the news, and no one day is the event's."""
    before = sentence[: mention.start].split()
    return bool(before) and normalize(before[-1]) in _SINCE


_SINCE: Final = frozenset(normalize(w) for w in ("منذ", "ومنذ"))


def dates_a_statement(sentence: str, mention: DateMention) -> bool:
    """Whether a day may date the statement rather than the event: it follows a verb of
    saying, a long speaker's name and title between them ("أعلن عبد الواحد سعيدي الناطق
    باسم والي ولاية فراه اليوم الخميس مقتل أربعة"). The day of the event a later sentence
    of the report tells ("انفجرت ليل أمس الأربعاء") is then the event's."""
    return _dates_the_statement(sentence, mention, reach=_SPEAKER_REACH)


def statement_date(sentence: str, *, published: date | None) -> DateMention | None:
    """The day a lead's statement was made ("أعلن مسؤولون اليوم الأحد مقتل ثلاثة",
    "صرح الحاكم أمس الخميس بأن ..."), when the sentence names no day of the event itself:
    the day the news broke, which the report dates the event by when it tells no other."""
    if event_date(sentence, published=published) is not None:
        return None
    for mention in date_mentions(sentence, published=published):
        if (
            mention.day is not None
            and _dates_the_statement(sentence, mention)
            and not _in_the_opening_brackets(sentence, mention)
            and not _in_the_dateline(sentence, mention)
            and not _a_page_stamp(sentence, mention)
        ):
            return mention
    return None


def _in_the_opening_brackets(sentence: str, mention: DateMention) -> bool:
    """Whether the mention stands in brackets that open the sentence, a wire's dateline
    ("( سبوتنيك - 18 أغسطس 2019) نفت حركة طالبان ..."): the report's day, not the event's."""
    head = sentence[: mention.start]
    return head.lstrip().startswith("(") and ")" not in head and ")" in sentence[mention.end :]


def _a_page_stamp(sentence: str, mention: DateMention) -> bool:
    """Whether a full date opens the sentence with nothing before it ("٢١ يونيو ٢٠٠٦افاد
    مصدر ...", "18-1-2018 | 14:52 أعلن ..."): the page's stamp run into the lead, the day
    the story was posted; an event's date is told with "في" or after its verb."""
    return mention.rule == "explicit" and not sentence[: mention.start].strip()


def parse_published(value: str) -> date | None:
    """A sidecar or metadata publication date as a date; None for anything vaguer.

    '2009-05-11' and ISO datetimes ('2009-05-11T08:30:00+04:30') give their date, also
    with a note in brackets after them ('2008-10-21 (page date)'); '2008 (exact date
    unknown)', '2008-05' and 'unknown' give None.
    """
    try:
        return datetime.fromisoformat(_NOTE.sub("", value).strip()).date()
    except ValueError:
        return None


def dateline_date(text: str) -> date | None:
    """The date of a wire dateline at the head of an article, if it has a year.

    'كابول 12 يونيو 2007 (شينخوا)', 'قندهار (أفغانستان) 3 مارس 2009 (أ ف ب) -',
    'كابول - 15 - 8 - 2010'. Only the first 300 characters are read, and only a date
    that directly follows the place at the head of a line and stands before the agency
    bracket, a dash or the line end: a date later in the body dates something else.
    """
    found = _dateline_span(text[:300])
    return found[2] if found is not None else None


def _dateline_span(head: str) -> tuple[int, int, date | None] | None:
    """Where the date of a wire dateline at the head of a line of `head` stands, and its
    day (see `dateline_date`)."""
    for m in _DATELINE_HEAD.finditer(head):
        if normalize(m.group()).split()[-1:] in (["في"], ["منذ"], ["حتى"], ["بتاريخ"]):
            continue  # "هجوم في 12 مايو 2007": a headline, not a place and its date
        rest = head[m.end() :].split("\n", 1)[0]
        first = next(iter(date_mentions(rest, published=None)), None)
        # "جلال آباد، أفغانستان 20 أغسطس 2008": the country may stand between.
        if first is None or first.rule != "explicit":
            continue
        country = m.group().rstrip()[-1:] in ("،", ",") and _COUNTRY.fullmatch(rest[: first.start])
        if first.start == 0 or country:
            if not _DATELINE_TAIL.match(rest, first.end):
                return None
            return m.end() + first.start, m.end() + first.end, first.day
    return None


def _in_the_dateline(sentence: str, mention: DateMention) -> bool:
    """Whether the mention is the date of a wire dateline opening the sentence
    ("هرات، أفغانستان 3 مايو 2015 /قتل ..."): the day the wire filed, not
    the event's."""
    found = _dateline_span(sentence[: mention.end + 2])
    return found is not None and (found[0], found[1]) == (mention.start, mention.end)
