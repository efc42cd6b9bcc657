"""Words of an article with offsets, normalised keys and clitic-free readings.

Every later stage reads these tokens: an article is normalised once, here, with the
gazetteer's one normaliser, so index keys and query words always agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from gazetteer.match import CLITICS
from gazetteer.normalize import normalize

__all__ = ["Token", "punctuation_before", "tokenize"]

# Arabic letters make one word; digits and Latin letters another ("F16"). Digits glued to
# an Arabic word are a word of their own ("لقي30 شخصا", "بين26مقاتلا"), but for a
# one-letter conjunction or preposition before them ("و23", "ب5"). A percent sign stays
# with its figure ("90%"): a share, never a count of people.
# A side of the country glued to its name ("جنوبأفغانستان", a space lost on many stored
# pages) is a word of its own too.
_DIGITS: Final = "0-9\u0660-\u0669\u06f0-\u06f9"
_TOKEN: Final = re.compile(
    rf"(?:[وبل](?=[{_DIGITS}]))?[A-Za-z{_DIGITS}]+(?:(?<=[{_DIGITS}])[%\u066a])?"
    r"|[وبف]?(?:جنوب|شمال|شرق|غرب|وسط)ي?(?=[اأإآ]فغانستان)"
    # "و أيضا", "و قال": the conjunction written apart is a clitic of the next word still
    r"|(?:و[ \t](?=[\u0621-\u064a]))?[\u0621-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0640]+"
)


# Not frozen (tokens are never changed after `tokenize`): a frozen dataclass sets each
# field through object.__setattr__, which made building tokens a third of tokenising.
# Equal and hashable by value as before.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word of the article with its offsets, normalised key and clitic-free readings."""

    text: str
    start: int
    end: int
    key: str
    bare: tuple[str, ...]  # the key, then its readings without each leading clitic


@lru_cache(maxsize=65536)
def _readings(key: str) -> tuple[str, ...]:
    """The key and its readings without each leading clitic (3+ letters left). The article
    never comes before a verb: no reading after it opens as an imperfect of the forms in
    "ت" ("آليتهم", their vehicle, is no "يتهم", accuses)."""
    return (
        key,
        *(
            key[len(c) :]
            for c in CLITICS
            if key.startswith(c)
            and len(key) - len(c) >= 3
            and not (c.endswith("ال") and key[len(c) :].startswith(_IMPERFECTS_IN_T))
        ),
    )


_IMPERFECTS_IN_T: Final = ("يت", "تت")


@lru_cache(maxsize=65536)
def _keyed(word: str) -> tuple[str, tuple[str, ...]]:
    """A word's key and readings, looked up once per distinct word."""
    key = normalize(word)
    return key, _readings(key)


def tokenize(text: str, *, offset: int = 0) -> list[Token]:
    """Words of `text` with offsets (plus `offset`) and gazetteer keys."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        # "و أيضا": the conjunction written apart; the word is as written, read with its "و"
        apart = "و" if word[1:2] in (" ", "\t") else ""
        if apart:
            word, start = word[2:], start + 2
        if "ة" in word[:-2]:
            # "الضاحية الشرقيةلكابول": "ة" ends an Arabic word, so one before a word of two
            # letters or more is two words whose space was lost
            cut = word.index("ة") + 1
            key, bare = _keyed(apart + word[:cut])
            append(Token(word[:cut], start + offset, start + cut + offset, key, bare))
            word, start, apart = word[cut:], start + cut, ""
        key, bare = _keyed(apart + word)
        append(Token(word, start + offset, end + offset, key, bare))
    return out


def punctuation_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether punctuation (a comma, a dash), not a space only, stands between the word at
    k and the one before it."""
    return 0 < k < len(tokens) and tokens[k].start - tokens[k - 1].end > 1
