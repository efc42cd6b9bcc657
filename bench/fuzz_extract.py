"""Fuzz run of the extractor: many generated texts, no exception, every offset inside.

Texts are drawn with hypothesis from words of the genre (event words, casualty counts,
place names with their unit words, speakers, dates), digits in both scripts, markup
fragments, control and direction characters, punctuation, and very long sentences with no
stop (up to `LONG_WORDS` words), mixed with arbitrary Unicode text. Each one goes through
`incidents.extract.extract_article` with the package gazetteer, and every incident is
checked: its sentence and follow-up spans lie inside the text and the lead's span is its
sentence; each place mention's span is its text; each location's evidence span lies
inside the text; the event type is a known one.

Prints how many texts ran, how many raised, how many broke an offset check (with the
first few examples), and the time taken. Exit status 1 when anything failed.

Usage: python bench/fuzz_extract.py [--examples N] [--seed S]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from gazetteer.match import Gazetteer, load  # noqa: E402
from incidents.eventtypes import EVENT_TYPES  # noqa: E402
from incidents.extract import extract_article  # noqa: E402
from incidents.records import Incident  # noqa: E402

LONG_WORDS = 3000  # the longest run of words with no stop
EXAMPLES_SHOWN = 5


def _words(text: str) -> list[str]:
    return text.split()


# Words of the genre, written for this script (no article's sentence).
_GENRE = _words(
    "قتل لقي مصرعه حتفهم أصيب جرح مقتل إصابة ثلاثة خمسة عشرون مئة اثنان جنديين شرطيا "
    "مدنيين مسلحين انتحاري فجر نفسه انفجار عبوة ناسفة سيارة مفخخة غارة جوية قصف صواريخ "
    "هاجم هجوم اشتباك معارك كمين اختطف طالبان داعش أعلنت مسؤوليتها المتحدث باسم حاكم "
    "قائد شرطة ولاية إقليم مديرية منطقة مدينة قرية بولاية في من إلى على بين قرب شمال "
    "جنوب شرقي غرب كابول قندهار هلمند سنجين غزني ننجرهار جلال آباد مزار شريف هرات "
    "قندوز بيشاور كويتا وزيرستان زاهدان باكستان إيران أفغانستان أمس اليوم الخميس "
    "الجمعة مايو نوفمبر 2009 2015 وقال وأضاف إن أن كما بينما فيما وفي حادث آخر منفصل "
    "على بعد كيلومترا عاصمة الإقليم المدينة علاوة بعد ساعات برفقة مع العديد عدد "
    "المكون الأنباء الأولى لكن لاحقا في وقت لاحق خلال شهر الأسبوع الماضي"
)
_DIGITS = ["3", "12", "٣", "١٢", "2009", "٢٠٠٩", "1.5", "10/5/2010", "12:30"]
_MARKUP = ["<p>", "</p>", "<b>", "&amp;", "&nbsp;", "quot;", "<script>", "]]>", "<!--"]
_CONTROL = ["\x00", "\x07", "\x1b", "\u200f", "\u200e", "\ufeff", "\u202b", "\r", "\t"]
_STOPS = [".", "،", "؛", ":", "(", ")", "«", "»", '"', "-", "/", "\n", "\n\n", "!", "؟"]

PIECE = st.sampled_from(_GENRE + _DIGITS + _MARKUP + _CONTROL + _STOPS)
GENRE_TEXT = st.lists(PIECE, max_size=400).map(" ".join)
LONG_SENTENCE = st.lists(st.sampled_from(_GENRE + _DIGITS), min_size=500, max_size=LONG_WORDS).map(
    " ".join
)
TEXTS = st.one_of(
    GENRE_TEXT,
    GENRE_TEXT,
    LONG_SENTENCE,
    st.text(max_size=600),
    st.lists(st.one_of(PIECE, st.text(max_size=8)), max_size=200).map("".join),
)


@dataclass
class Tally:
    """What the run found."""

    texts: int = 0
    incidents: int = 0
    raised: list[tuple[str, str]] = field(default_factory=list)
    broken: list[tuple[str, str]] = field(default_factory=list)


def offset_problems(text: str, inc: Incident) -> list[str]:
    """Every check an incident fails against the text it came from."""
    problems: list[str] = []
    n = len(text)
    if text[inc.start : inc.end] != inc.sentence:
        problems.append(f"lead span {inc.start}-{inc.end} is not its sentence")
    for start, end in inc.sentences:
        if not 0 <= start <= end <= n:
            problems.append(f"sentence span {start}-{end} outside a text of {n}")
    for m in inc.places:
        if text[m.start : m.end] != m.text:
            problems.append(f"place span {m.start}-{m.end} is not {m.text!r}")
    evidence = inc.location.evidence if inc.location is not None else None
    if evidence is not None and not 0 <= evidence.start <= evidence.end <= n:
        problems.append(f"evidence span {evidence.start}-{evidence.end} outside a text of {n}")
    if inc.event_type not in EVENT_TYPES:
        problems.append(f"unknown event type {inc.event_type!r}")
    return problems


def run(*, examples: int, rng_seed: int, gazetteer: Gazetteer) -> Tally:
    """Draw `examples` texts and check each one."""
    tally = Tally()

    @seed(rng_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(TEXTS)
    def check(text: str) -> None:
        tally.texts += 1
        try:
            incidents = extract_article(text, gazetteer=gazetteer, article_id="fuzz")
        except Exception as exc:  # the run counts every kind of failure
            tally.raised.append((text, f"{type(exc).__name__}: {exc}"))
            return
        tally.incidents += len(incidents)
        for inc in incidents:
            for problem in offset_problems(text, inc):
                tally.broken.append((text, problem))

    check()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="texts to draw")
    parser.add_argument("--seed", type=int, default=12, help="hypothesis seed")
    args = parser.parse_args(argv)
    gazetteer = load()
    began = time.perf_counter()
    tally = run(examples=args.examples, rng_seed=args.seed, gazetteer=gazetteer)
    took = time.perf_counter() - began
    print(f"texts: {tally.texts} in {took:.1f} s; incidents: {tally.incidents}")
    print(f"exceptions: {len(tally.raised)}; offset problems: {len(tally.broken)}")
    for text, why in (tally.raised + tally.broken)[:EXAMPLES_SHOWN]:
        print(f"  {why} in {text[:120]!r}")
    return 1 if tally.raised or tally.broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
