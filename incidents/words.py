"""A sentence's words for phrase lookup: keys, clitic-free readings, every form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from incidents.tokens import Token

ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence's words for phrase lookup: keys, clitic-free readings, every form."""

    keys: str  # " key key ... " (padded)
    stripped: str  # the same with each word's longest leading clitic removed
    forms: frozenset[str]


def all_forms(tokens: list[Token]) -> Words:
    return Words(
        keys=" " + " ".join(t.key for t in tokens) + " ",
        stripped=" " + " ".join(t.bare[1] if len(t.bare) > 1 else t.key for t in tokens) + " ",
        forms=frozenset(f for t in tokens for f in t.bare),
    )


@lru_cache(maxsize=256)
def split_phrases(
    phrases: tuple[str, ...],
) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """One-word phrases as a set; several-word ones as (first word, padded phrase)."""
    return (
        frozenset(p for p in phrases if " " not in p),
        tuple((p.split()[0], f" {p} ") for p in phrases if " " in p),
    )


def contains(words: Words, phrases: tuple[str, ...]) -> list[str]:
    """Phrases that occur as whole words: one word in any reading, several in sequence."""
    single, multi = split_phrases(phrases)
    found = [
        padded.strip()
        for first, padded in multi
        if first in words.forms and (padded in words.keys or padded in words.stripped)
    ]
    found.extend(single & words.forms)
    return found


def keys_only(tokens: list[Token]) -> Words:
    """Words as written, without clitic readings: "المعركة" but not "معركة"."""
    keys = " " + " ".join(t.key for t in tokens) + " "
    return Words(keys=keys, stripped=keys, forms=frozenset(t.key for t in tokens))
