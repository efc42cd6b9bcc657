"""Article files to clean text, and text to sentences with character offsets.

Reading accepts UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256 and HTML;
it rejects empty, binary, oversized and non-Arabic files with a reason an analyst
understands. The text returned is the article: every offset reported later points into
it, so cleaning here only ever replaces characters one for one or happens before any
offset exists.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

from gazetteer.normalize import normalize
from incidents.limits import MAX_FILE_BYTES, size_problem
from incidents.source import ArticleSource, HtmlSourceCollector

__all__ = [
    "MAX_BYTES",
    "Article",
    "ArticleError",
    "Sentence",
    "decode_article",
    "read_article",
    "split_sentences",
]

# One article per file: the Ingest page's limit (incidents.limits), with its words.
MAX_BYTES: Final = MAX_FILE_BYTES
MIN_ARABIC_LETTERS: Final = 20
MIN_ARABIC_SHARE: Final = 0.5


class ArticleError(ValueError):
    """A file that is not an Arabic article; the message says why, in plain words."""


@dataclass(frozen=True, slots=True)
class Article:
    """A decoded article and how it was read."""

    text: str
    encoding: str  # utf-8 | utf-8-sig | utf-16 | windows-1256
    was_html: bool
    # What an HTML page's own metadata says (URL, outlet, publication date); None for
    # plain text and for pages that say nothing. Sidecars are read by the caller.
    source: ArticleSource | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``article[start:end] == text``."""

    text: str
    start: int
    end: int


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file; raise `ArticleError` with the reason if it is not one."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError("no such file") from None
    if path.is_dir():
        raise ArticleError("is a folder, not a file")
    problem = size_problem(size, limit=max_bytes)
    if problem:
        raise ArticleError(problem)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"cannot be read ({err.strerror or err})") from None
    return decode_article(data)


def decode_article(data: bytes) -> Article:
    """Decode bytes to article text, or raise `ArticleError`."""
    if not data.strip():
        raise ArticleError("empty file")
    text, encoding = _decode(data)
    was_html = _looks_like_html(text)
    source = None
    if was_html:
        text, found = _html_text_and_source(text)
        source = None if found.empty else found
    text = _clean(text)
    if not text.strip():
        raise ArticleError(
            "no text in the file" + (" (HTML without body text)" if was_html else "")
        )
    # Counted as what is left when everything else is removed (no string per letter).
    arabic = len(_NOT_ARABIC_LETTER.sub("", text))
    letters = len(_NOT_A_LETTER.sub("", text))
    if arabic < MIN_ARABIC_LETTERS or arabic < MIN_ARABIC_SHARE * letters:
        raise ArticleError("not Arabic text (too few Arabic letters)")
    return Article(text=text, encoding=encoding, was_html=was_html, source=source)


_NOT_ARABIC_LETTER: Final = re.compile(r"[^\u0621-\u064a\u0671-\u06d3]+")
_NOT_A_LETTER: Final = re.compile(r"[\W\d_]+")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise ArticleError("has a UTF-8 mark but is not valid UTF-8") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError("has a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in data[:4096] or _control_share(data[:4096]) > 0.05:
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise ArticleError("not UTF-8 or Windows-1256 text") from None
    return text, "windows-1256"


def _control_share(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    controls = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(chunk)


_HTML_HINT: Final = re.compile(r"<\s*(html|body|p|div|br|span|article|head|meta|!doctype)\b", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:20000]))


class _TextOnly(HTMLParser):
    """Collect the visible text of an HTML page, one line per block element, and its
    source metadata (meta, link and time tags) on the way."""

    _BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "title",
        ]
    )
    _SKIP = frozenset(["script", "style", "noscript", "template", "head", "svg"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self.source = HtmlSourceCollector()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.source.start_tag(tag, attrs)
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document (scripts and styles dropped, entities decoded)."""
    return _html_text_and_source(markup)[0]


def _html_text_and_source(markup: str) -> tuple[str, ArticleSource]:
    """The visible text and the source metadata, from one pass of the parser."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts), parser.source.source()


_ONE_FOR_ONE: Final = (("\u00a0", " "), ("\u200f", " "), ("\u200e", " "), ("\t", " "), ("\f", "\n"))


def _clean(text: str) -> str:
    """Line endings to \\n, blank runs collapsed, stray HTML entities undone; done before
    any offset is taken."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if ";" in text:
        text = unescape_strays(text)
    for old, new in _ONE_FOR_ONE:  # (str.translate reads a dict per character)
        if old in text:
            text = text.replace(old, new)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r" *\n[ \n]*", lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text)
    return text.strip()


def unescape_strays(text: str) -> str:
    """Entities a page's text kept ("&quot;"), or kept without their "&" ("قالquot;"), as
    the characters they stand for: a quotation mark is then read as one (it closes a
    quotation, ends a sentence before "."). Gold sentences copied from the raw text are
    compared after the same repair."""
    return _STRAY_ENTITY.sub(lambda m: _ENTITY_CHARS[m.group(1) or m.group(2)], text)


# "quot;" with or without its "&" (a lost "&" is a common scraping scar; the Latin word
# never stands in Arabic text otherwise); the others only whole
_STRAY_ENTITY: Final = re.compile(r"(?:&amp;)?&?(quot);|&(amp|nbsp|#39|lt|gt);")
_ENTITY_CHARS: Final = {"quot": '"', "amp": "&", "nbsp": " ", "#39": "'", "lt": "<", "gt": ">"}


# Sentence ends: . ! ? ؟, line breaks and bullets. Inside numbers (3.5) a dot is not an end.
# A full stop ends a sentence before a space, or before the next word when the space was
# lost ("متفرقة.وكانت") or put before the stop ("أفغانستان .وأعلنت"); not inside initials
# ("أ.ف.ب") or numbers.
# (The letters before a glued full stop are looked back at from after it: a pattern that
# starts with the stop is tried only where one stands.)
_END: Final = re.compile(
    # (a "?" glued between two words is a lost no-break space: "تابعة?لحلف")
    r"[.!?؟]+(?=\s|$)|[.!؟](?<=[\u0621-\u064a]{2}[.!؟])(?=[\u0621-\u064a]{2})|\n+"
    # a stop inside a closing quote: «قتل أربعون شخصا.» وأضاف المسؤول ..., also with the
    # space after it lost ("قتل جنديان في الهجوم."وقال المتحدث)
    r"|[.!?؟]+[\"»”]+(?=\s|$|[\u0621-\u064a]{2})"
    # a space put before the stop instead of after it: "جنوب أفغانستان .وأعلنت"
    r"|[.!?؟](?<=[\u0621-\u064a] [.!?؟])(?=[\u0621-\u064a]{2})"
    # a stop after a closing quote with no space after it: "حركة \"طالبان\".وكانت"
    r"|[.!?؟](?<=[\"»”)][.!?؟])(?=[\u0621-\u064a]{2})"
    # a stop after a figure with no space after it: "منذ 2002.وجاء" (in "2.5" a digit
    # follows the dot)
    r"|[.!?؟](?<=[0-9\u0660-\u0669][.!?؟])(?=[\u0621-\u064a]{2})"
    # a list item's bullet: "• مقتل جندي ... • انفجار عبوة ..."
    r"|\s*[•▪◾●■]\s*"
)
# The same ends for a text without bullets (only where each match ends is read): one
# pattern that opens with the stop or line break it needs, which the regex engine finds
# without trying every position.
_BULLETS: Final = "•▪◾●■"
_END_NO_BULLETS: Final = re.compile(
    r"[.!?؟\n](?:(?<=[.!?؟])(?:[.!?؟]*(?=\s|$)"
    r"|[.!?؟]*[\"»”]+(?=\s|$|[\u0621-\u064a]{2})"
    r"|(?<=[\u0621-\u064a]{2}[.!؟])(?=[\u0621-\u064a]{2})"
    r"|(?<=[\u0621-\u064a] [.!?؟])(?=[\u0621-\u064a]{2})"
    r"|(?<=[\"»”)][.!?؟])(?=[\u0621-\u064a]{2})"
    r"|(?<=[0-9\u0660-\u0669][.!?؟])(?=[\u0621-\u064a]{2}))|(?<=\n)\n*)"
)
# "...، من جانبه، أكد المتحدث ...": another voice, after a comma where a full stop was
# lost, opens a sentence of its own
_ANOTHER_VOICE: Final = re.compile(r"[،,]\s*(?=من (?:جانب|جهت)(?:ه|ها|هم|هما)[،,\s])")
# Openers that start a new sentence even with no full stop before them: sub-headlines in
# digests run straight into "وفي هجوم آخر، ..." or "وقال ...".
_OPENERS: Final = [
    "وفي هجوم",
    "وفي حادث",
    "وفي حادثة",
    "وفي تطور",
    "وفي سياق",
    "وفي ولاية",
    "وفي مديرية",
    "وفي إقليم",
    "وفي اقليم",
    "وفي منطقة",
    "وفي مدينة",
    "ومن ناحية",
    "ومن جهة",
    "ومن جهتها",
    "ومن جهته",
    # "in addition to that," with its comma: a sentence that opens with it after a stop
    # the page lost ("... 19 مسلحا من طالبان بالإضافة إلى ذلك، أكد البيان أن ...")
    "بالإضافة إلى ذلك،",
    "وبالإضافة إلى ذلك،",
    "علاوة على ذلك،",
    "وعلاوة على ذلك،",
]
# Verbs of saying that open a sentence the same way, unless the words since the last cut
# open with "و" or another joining word: then the verb goes on that sentence ("ونفى متحدث
# باسم الحلف ذلك وقال إن ...", "غير أن متحدثا عسكريا قال إن ..."), where no sub-headline
# ever starts.
_SAYING: Final = [
    "وقال",
    "وقالت",
    "وذكر",
    "وذكرت",
    "وأعلن",
    "وأعلنت",
    "وأضاف",
    "وأضافت",
    "وأوضح",
    "وأوضحت",
    "وأكد",
    "وأكدت",
]
# The cut: the run of spaces after a word (not after a clause's punctuation) before an
# opener. split_sentences finds the same starts faster with `_spaces_before`
# (tests/test_text.py checks that they agree).
_OPENER: Final = re.compile(
    r"\s(?<=[^\s،,:؛;\-]\s)\s*(?=(?:" + "|".join(map(re.escape, _OPENERS)) + r")[\s،,])"
)
_SAYING_OPENER: Final = re.compile(
    r"\s(?<=[^\s،,:؛;\-]\s)\s*(?=(?:" + "|".join(map(re.escape, _SAYING)) + r")[\s،,])"
)


# "..., كما قالت وزارة الداخلية إن ...": a second report joined by a comma.
# (The match opens with the comma, so the regex engine skips to commas; the cut is after it.)
_SECOND_REPORT: Final = re.compile(
    r"[،,]\s*(?=كما\s+(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|ذكر|ذكرت|أفاد|أفادت|أكد|أكدت)\s)"
)


# What a verb of saying says follows "that" ("كما قالت الوزارة إن ...") or is its
# object ("كما أعلن مسؤول مقتل 14 عنصرا"); without either the clause only says who told
# it ("، كما ذكر مسؤولون حملوا طالبان المسؤولية.").
_THAT_CLAUSE: Final = re.compile(
    r"\s(?:إن|أن|ان|بأن|بان|إنه|أنه|انه|إنها|أنها|انها"
    r"|مقتل|بمقتل|إصابة|اصابة|استشهاد|مصرع|سقوط|هجوم|انفجار)\s"
)
_SAID_REACH: Final = 200  # characters from "كما قال" to the "إن" of what was said


def _says_something(text: str, start: int) -> bool:
    """Whether the "كما قال ..." at `start` goes on to what was said, up to the next full
    stop: a second report of its own, not the first's source."""
    stop = text.find(".", start, start + _SAID_REACH)
    return _THAT_CLAUSE.search(text, start, stop if stop >= 0 else start + _SAID_REACH) is not None


# Words that open a sentence after a sub-headline of a few words with no full stop:
# "مقتل جندي فرنسي في كابيسا أعلنت قيادة القوات ...", "تفجير انتحاري بلغمان وفي لغمان ...".
# (Found as `_OPENER` is, with `_spaces_before`.)
_HEADLINE_OPENER: Final = re.compile(
    r"\s(?<=[^\s،,:؛;\-]\s)\s*(?=(?:وفي|أعلنت|أعلن|أفادت|أفاد|ذكرت|قالت|قال|أكدت|أكد)\s)"
)
_MAX_HEADLINE_WORDS: Final = 8
# Words an opener's fragment needs to stand as a sentence of its own ("وفي ولاية زابل قتل
# ثلاثة جنود"): fewer are a place joined to the clause before.
_MAX_OPENER_FRAGMENT: Final = 6
# ... when "في" stands among the last three words before it: "في X وفي Y"
_IN_WORD: Final = frozenset({"في", "فى"})
_PARALLEL_REACH: Final = 60
# A phrase that opens a sentence ("وفي ولاية زابل (جنوب) قال", "من جهة أخرى قالت") is no
# sub-headline: no headline starts with a conjunction or a discourse marker.
_LEAD_IN: Final = re.compile(
    # ("ففي ولاية زابل جنوب البلاد قال المتحدث ...": "ف" leads in as "و" does)
    r"(?:[وف](?:في|من|على|بعد|إلى|الى)|من جهة|من ناحية|إلى ذلك|الى ذلك|في غضون ذلك"
    # "من جانبه أعلن التحالف", "من جهتها أعلنت الرئاسة": on his (its) part
    r"|من (?:جهت|جانب|ناحيت)(?:ه|ها|هم|هما)|في المقابل"
    r"|غير أن|إلا أن|الا أن|بيد أن|لكن|ولكن)(?:\s|$)"
)
# A clause joined to the words before it: "ونفى ...", "غير أن ...", "لكن ...", "بينما
# متحدث باسم الحركة أعلن ...".
# So is a pluperfect's subject after "كان" ('كان "نجيب الله" الناطق باسم الجيش أكد'):
# the verb after it is its predicate, no new sentence.
_JOINED: Final = re.compile(
    # ("هذا وأكد ...": "this, and ..." leads into the verb)
    r"(?:و\S|غير أن|إلا أن|الا أن|بيد أن|لكن|بينما|فيما|في حين|كان\s|كانت\s|هذا$)"
)
# Particles that lead into the verb after them ("وقد أكد", "كما أفاد"): no headline ends so.
_LEADING_PARTICLES: Final = frozenset(
    {"قد", "وقد", "فقد", "لقد", "كما", "وكما", "ثم", "لكن", "ولكن", "فيما", "بينما", "حيث"}
    # "حسبما أفاد", "وفق ما ذكرت": as the source said
    | {"حسبما", "وحسبما", "بحسبما", "مثلما", "ما"}
)


# The openers alone, found by the regex engine from their first letters; the space
# before each is then looked at by `_spaces_before`: the starts `_OPENER` and
# `_HEADLINE_OPENER` match, without trying a pattern at every space of the text.
_OPENER_WORDS: Final = re.compile(r"(?:" + "|".join(map(re.escape, _OPENERS)) + r")(?=[\s،,])")
_SAYING_WORDS: Final = re.compile(r"(?:" + "|".join(map(re.escape, _SAYING)) + r")(?=[\s،,])")
_HEADLINE_OPENER_WORDS: Final = re.compile(
    r"(?:وفي|أعلنت|أعلن|أفادت|أفاد|ذكرت|قالت|قال|أكدت|أكد)(?=\s)"
)
# A verb of saying right before "أن"/"إن" (and "بأن"), from the space before the verb.
_THAT_AFTER_THE_VERB: Final = re.compile(r"\s+\S+\s+(?:أن|إن|ان|بأن|بان)(?=\s)")


def _spaces_before(words: re.Pattern[str], text: str) -> list[int]:
    """Where the run of spaces before each match starts, when a word (not punctuation
    that ends a clause) stands before the run."""
    out = []
    for m in words.finditer(text):
        start = end = m.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if 0 < start < end and text[start - 1] not in "،,:؛;-":
            out.append(start)
    return out


# Initials spelt with spaces ("أر. بي. جيه" for RPG): words of at most three letters,
# each with its full stop.
_SHORT_BEFORE: Final = re.compile(r"(?:^|[^\u0621-\u064a])([\u0621-\u064a]{1,3})$")
_SHORT_DOTTED_NEXT: Final = re.compile(r"\s?[\u0621-\u064a]{1,3}\.")
_SHORT_NEXT: Final = re.compile(r"\s?[\u0621-\u064a]{1,3}(?![\u0621-\u064a])")
# A short word glued to the full stop, then no letter: "إم.دي-530" (MD-530), a model's name.
_SHORT_GLUED_NEXT: Final = re.compile(r"[\u0621-\u064a]{1,3}(?![\u0621-\u064a\s.])")


# The names of Latin letters that are no Arabic word (not "في", "أو", "إن", "سي") nor a name
# the press writes alone ("منصة إكس"), written as a man's initial before his name.
_LETTER_NAMES: Final = frozenset(("كيه", "جيه", "إتش", "اتش", "كيو", "إم", "إس", "آر", "إل", "زد"))
_A_WORD_NEXT: Final = re.compile(r" ?[\u0621-\u064a]{4,}")


def _in_initials(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` is inside a run of spaced initials: a short word
    before it, and a short dotted word after it, or one after a short dotted word."""
    before = _SHORT_BEFORE.search(text, max(0, dot - 5), dot)
    if before is None:
        return False
    if _SHORT_DOTTED_NEXT.match(text, dot + 1) or _SHORT_GLUED_NEXT.match(text, dot + 1):
        return True
    if before.group(1) in _LETTER_NAMES and _A_WORD_NEXT.match(text, dot + 1):
        return True  # "المهندس كيه. سورياناريان": a man's initial, then his name
    first = before.start(1)
    # the short word before follows a full stop: "بي." in "أر. بي. جيه"
    prev_dot = first - 2 if text[first - 1 : first] == " " else first - 1
    return (
        prev_dot >= 1
        and text[prev_dot] == "."
        and _SHORT_BEFORE.search(text, max(0, prev_dot - 4), prev_dot) is not None
        and _SHORT_NEXT.match(text, dot + 1) is not None
    )


def _in_brackets(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` is inside brackets that close a few characters on:
    a dotted name ("شبكة (إيه.بي.سي. نيوز) الإخبارية", "مركزا (P.R.T) للقوات")."""
    opened = text.rfind("(", max(0, dot - _BRACKET_REACH), dot)
    if opened < 0 or ")" in text[opened:dot] or "\n" in text[opened:dot]:
        return False
    closed = text.find(")", dot, dot + _BRACKET_REACH)
    return closed > 0 and not any(c in text[dot + 1 : closed] for c in "(\n.")


# Brackets around a dotted name open and close this near the full stop.
_BRACKET_REACH: Final = 20


_STOP_BEFORE_DIGITS: Final = re.compile(r"\s[.][0-9٠-٩]+$")


def _wrapped(text: str, i: int) -> bool:
    """Whether the line break at i only wraps a sentence: a page saved with a break every
    80 characters or so ("وقال قائد شرطة زابول، حكمت كوتشي، إن أربعة\nمن الشرطة قتلوا").
    The line has no stop at its end, is long, and shows it is inside a sentence: a comma in
    it, a word that cannot end one, or a quote left open. A headline ("مقتل 5 من الشرطة في
    هجومين بأفغانستان") has none of these; a dateline or a label ends on ")" "-" ":". A
    short line wraps too when it ends on a word that cannot end a sentence ("قتل ستة جنود
    جراء")."""
    line = text[text.rfind("\n", 0, i) + 1 : i].rstrip()
    if not line or line[-1] in _LINE_CLOSERS or i + 1 >= len(text):
        return False
    if _STOP_BEFORE_DIGITS.search(line):
        # "... أعلى حصيلة منذ العام .٢٠٠٦": the stop typed before the number it ends
        # on, which a right-to-left editor shows after it
        return False
    if len(line) < _WRAPPED_LINE and not (
        # a short line cut after a word no sentence or headline ends on
        len(line.split()) >= _SHORT_WRAPPED_WORDS and line.rsplit(None, 1)[-1] in _CANNOT_END
    ):
        return False
    if not text[i + 1].isalnum() and text[i + 1] not in _QUOTES:
        return False
    last = line.rsplit(None, 1)[-1]
    following = text[i + 1 : i + 1 + _NEXT_WORDS_REACH].split()[:2]
    return (
        "،" in line
        or "," in line
        # "وأفاد شهود بأن مسلحين موالين للقائد محمد\nأمين هاجموا ...": a long line opened
        # by "و" is no headline, and the next one opens no sentence of its own with "و"
        or (
            line.split()[0].startswith("و") and bool(following) and not following[0].startswith("و")
        )
        or last in _LEADING_PARTICLES
        or last in _CANNOT_END
        or line.count('"') % 2 == 1
        or line.count("«") > line.count("»")
        or _opens_no_sentence(last, following)
    )


def _opens_no_sentence(last: str, following: list[str]) -> bool:
    """Whether the words after a line break go on with the line before: a preposition
    carrying a pronoun ("موجود\nفيه الرئيس"), or an adjective with the article after a
    noun with it ("مبنى السفارة\nالأمريكية"), which no sentence opens on."""
    if not following:
        return False
    first = following[0].strip('".,،«»')
    if first in _PRONOUN_PREPOSITIONS:
        return True
    return (
        last.startswith("ال")
        and first.startswith("ال")
        and first.endswith(_NISBA_ENDINGS)
        and len(first) > _SHORTEST_NISBA
    )


_NEXT_WORDS_REACH: Final = 40  # characters read after a line break for its first words
_PRONOUN_PREPOSITIONS: Final = frozenset(
    f"{p}{h}" for p in ("في", "من", "عن", "على", "علي") for h in ("ه", "ها", "هم", "هما")
) | frozenset(f"{p}{h}" for p in ("ل", "ب") for h in ("ه", "ها", "هم", "هما"))
# "الأمريكية", "الأفغاني": the relational adjective's endings; shorter words with them
# are nouns ("الرأي", "القرية" are both nouns and have five letters, hence the floor)
_NISBA_ENDINGS: Final = ("ية", "ي")
_SHORTEST_NISBA: Final = 6


# A wrapped line is this long at least; its last character is none of these.
_WRAPPED_LINE: Final = 30
_SHORT_WRAPPED_WORDS: Final = 3  # "قتل 15 شخصا جراء"
_LINE_CLOSERS: Final = frozenset(".!?؟:)-–—»\"'")
_QUOTES: Final = frozenset('"«')
# Words a sentence never ends on: prepositions, "that", relatives, conjunctions.
_CANNOT_END: Final = frozenset(
    (
        *("في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "أن", "إن", "أنه", "إنه"),
        *("التي", "الذي", "الذين", "و", "أو", "ثم", "بعد", "قبل", "خلال", "منذ", "عند"),
        *("حتى", "لدى", "نحو", "ضد"),
        # the causes: "قتل 15 شخصا جراء\nصاروخ سقط"
        *("جراء", "إثر", "اثر", "بسبب", "عقب", "أثناء", "اثناء"),
    )
)


_CANNOT_END_KEYS: Final = frozenset(normalize(w) for w in _CANNOT_END)


# A zero after a word, before the next word, as a full stop: agencies that typed "0" for
# "." ("قتلوا فى شرق افغانستان 0 وقالت", "قد قتلوا0 وجاء"). Read so only when the text
# does it twice or more: one zero may be a figure ("بنسبة 0 في المئة").
_ZERO_STOP: Final = re.compile(
    r"[0٠](?:(?<=[\u0621-\u064a][0٠])|(?<=[\u0621-\u064a] [0٠]))(?=\s+[\u0621-\u064a]|\s*$)"
)
_ZERO_STOPS_OF_A_HABIT: Final = 2
# A middle dot as the full stop ("في هجمات متفرقة· وكشفت القوة ..."): pages that set it for
# a stop, before a space or the end.
_MIDDLE_DOT: Final = re.compile(r"(?<=\S)[·∙](?=\s|$)")


def split_sentences(text: str) -> list[Sentence]:
    """Split article text into sentences with offsets into `text`."""
    cuts = {0, len(text)}
    ends = _END if any(b in text for b in _BULLETS) else _END_NO_BULLETS
    for m in ends.finditer(text):
        if m.group() == "." and (_in_initials(text, m.start()) or _in_brackets(text, m.start())):
            continue
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue
        cuts.add(m.end())
    zeros = [m.start() for m in _ZERO_STOP.finditer(text)] if "0" in text or "٠" in text else []
    if len(zeros) >= _ZERO_STOPS_OF_A_HABIT:
        for z in zeros:
            cuts.update((z, z + 1))  # the zero itself is no sentence (dropped below)
    if "·" in text or "∙" in text:
        cuts.update(m.end() for m in _MIDDLE_DOT.finditer(text))
    openers = _spaces_before(_OPENER_WORDS, text)
    cuts.update(openers)
    if "من ج" in text:
        cuts.update(m.end() for m in _ANOTHER_VOICE.finditer(text))
    for m in _SECOND_REPORT.finditer(text):
        if _says_something(text, m.end()):
            cuts.add(m.start() + 1)
    ordered = sorted(cuts)
    for start in _spaces_before(_SAYING_WORDS, text):
        previous = ordered[bisect.bisect_right(ordered, start) - 1]
        if _JOINED.match(text[previous:start].strip()) is None:
            cuts.add(start)
    for start in _spaces_before(_HEADLINE_OPENER_WORDS, text):
        previous = ordered[bisect.bisect_right(ordered, start) - 1]
        piece = text[previous:start].strip()
        words = piece.split()
        if (
            0 < len(words) <= _MAX_HEADLINE_WORDS
            # ("بيان صادر عن الوزارة أفاد أن ...": a verb of saying with "أن" right after it
            # has its subject before it, the words before are no headline)
            and _THAT_AFTER_THE_VERB.match(text, start) is None
            and words[-1] not in _LEADING_PARTICLES
            # ("هذا وسبق أن أعلن ...": no headline ends on "أن", a preposition, a relative;
            # wire copy often drops the hamza: "ان")
            and normalize(words[-1]) not in _CANNOT_END_KEYS
            and _LEAD_IN.match(piece) is None
            and _JOINED.match(piece) is None  # "وقد ذكرت الوكالة أن طالبان أعلنت ..."
        ):
            cuts.add(start)
    bounds = sorted(cuts)
    # "في العاصمة كابول وفي إقليم قندز شمال البلاد.": an opener after "في X", whose words
    # run out before a clause could be told, is one more place of the clause before it
    short = {
        start
        for start in openers
        if len(text[start : bounds[bisect.bisect_right(bounds, start)]].split())
        <= _MAX_OPENER_FRAGMENT
        and _IN_WORD.intersection(text[max(0, start - _PARALLEL_REACH) : start].split()[-3:])
    }
    bounds = [b for b in bounds if b not in short]
    out: list[Sentence] = []
    for start, end in itertools.pairwise(bounds):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        s, e = start + lead, start + trail
        if e > s and normalize(text[s:e]) and not (e == s + 1 and text[s] in "0٠"):
            out.append(Sentence(text=text[s:e], start=s, end=e))
    return out
