"""One normaliser for gazetteer keys and queries alike.

`normalize` turns any Arabic-script spelling (Arabic, Dari, Pashto) into the key the
index is built on; `skeleton` reduces a key to its consonants, folded into classes of
letters journalists use for the same sound, so that كونار, كنر and Kunar meet;
`latin_skeleton` does the same for a romanised name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

__all__ = [
    "arabic_variants",
    "english_key",
    "is_arabic",
    "latin_skeleton",
    "normalize",
    "skeleton",
]

# Persian and Pashto letters folded to the one Arabic letter used in index keys.
# Where journalists write a letter several ways (گ as ك, ج or غ), the key takes one
# and `skeleton` puts the others in the same class; `arabic_variants` spells them out.
_FOLD = str.maketrans(
    {
        "ی": "ي",  # Farsi yeh
        "ې": "ي",  # Pashto e
        "ۍ": "ي",
        "ئ": "ي",
        "ک": "ك",  # keheh
        "ڪ": "ك",
        "گ": "ك",
        "ګ": "ك",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "ږ": "ز",
        "ځ": "ز",
        "څ": "س",
        "ټ": "ت",
        "ډ": "د",
        "ړ": "ر",
        "ښ": "ش",
        "ڼ": "ن",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ە": "ه",
        "ؤ": "و",
        "ٱ": "ا",
        "ـ": None,  # tatweel
        "\u200c": " ",  # zero-width non-joiner separates Persian word parts
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
        "\u2066": None,
        "\u2067": None,
        "\u2068": None,
        "\u2069": None,
        "-": " ",
        "_": " ",
        "(": " ",
        ")": " ",
        ".": " ",
        "،": " ",
        ",": " ",
        "'": "",
        "\u2019": "",
    }
)

# camel-tools' `dediac_ar`, `normalize_alef_ar`, `normalize_alef_maksura_ar` and
# `normalize_teh_marbuta_ar` are one-letter replacements: written here as a table, so
# that importing the gazetteer does not import camel_tools.utils.charsets, which walks all
# of Unicode at import (about 0.4 s). tests/test_normalize_table.py checks that keys are
# the same as through camel-tools.
_AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # AR_DIAC_CHARSET
_DEDIAC = str.maketrans(dict.fromkeys(_AR_DIACRITICS))
# dediac_ar, then _FOLD, then alef / alef maksura / teh marbuta, then hamza dropped, as one
# table: no step produces a letter that a later step changes.
_KEY_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _AR_DIACRITICS)),
        **_FOLD,
        **dict.fromkeys(map(ord, "\u0625\u0623\u0671\u0622"), "\u0627"),  # إ أ ٱ آ -> ا
        ord("\u0649"): "\u064a",  # ى -> ي
        ord("\u0629"): "\u0647",  # ة -> ه
        ord("ء"): None,
    }
)

# A text of plain Arabic letters that no step above changes, in words joined by single
# spaces, is its own key (no NFC composition, no table letter, nothing to strip or lower):
# most queries, and every reading the matcher derives from a key, are such texts.
_PLAIN_LETTERS = "\u0627\u0628\u062a-\u063a\u0641-\u0648\u064a"
_PLAIN_KEY = re.compile(f"[{_PLAIN_LETTERS}]+(?: [{_PLAIN_LETTERS}]+)*")

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_SPACES = re.compile(r"\s+")
_NOT_LETTER = re.compile(r"[^\w ]+")


def is_arabic(text: str) -> bool:
    """True when the text has at least one Arabic-script letter."""
    return bool(_ARABIC_LETTER.search(text))


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Return the index key of an Arabic-script name.

    Dediacritises, unifies alef forms, alef maksura and teh marbuta (as camel-tools does),
    folds Persian and Pashto letters to Arabic ones, drops tatweel, bidi controls and
    punctuation, and collapses spaces. Idempotent: ``normalize(normalize(s)) ==
    normalize(s)``.
    """
    return text if _PLAIN_KEY.fullmatch(text) else _normalize_full(text)


_LATIN_MARKS = re.compile("[\u0300-\u036f]")


def _normalize_full(text: str) -> str:
    """Every step of `normalize`; `normalize` skips them for a text that is already a key."""
    # (lower case first: "İ" lowers to "i" and a combining dot above, which the key drops
    # with the other Latin combining marks left after composing)
    text = unicodedata.normalize("NFC", text.lower()).translate(_KEY_TABLE)
    text = _NOT_LETTER.sub(" ", _LATIN_MARKS.sub("", text))
    return _SPACES.sub(" ", text).strip().lower()


# Consonant classes: letters that stand for one sound across Arabic, Dari and Pashto
# spellings. Vowel letters (ا و ي) count only at the start of a word, where they are
# consonants (Wardak, Yakawlang); ع and ء are dropped, as romanisations drop them.
_SKELETON_CLASS = {
    "ب": "b",
    "ت": "t",
    "ط": "t",
    "ة": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "k",
    "ك": "k",
    "ق": "k",
    "غ": "k",
    "ح": "h",
    "ه": "h",
    "خ": "x",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ض": "z",
    "ظ": "z",
    "ر": "r",
    "ش": "c",
    "ف": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
_WORD_INITIAL = {"و": "w", "ي": "y"}


class _DropOthers(dict[int, str | None]):
    """A `str.translate` table that deletes every letter it does not name."""

    def __missing__(self, key: int) -> None:
        return None


# Every Arabic-block letter outside the classes is named too, so that `translate` finds
# the common ones (ا و ي ع ء) without calling `__missing__`.
_SKELETON_TABLE = _DropOthers(
    {
        **dict.fromkeys(range(0x0600, 0x0700)),
        **{ord(ch): code for ch, code in _SKELETON_CLASS.items()},
    }
)


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Consonant skeleton of an Arabic-script name (spaces removed).

    >>> skeleton("لشكرجاه") == skeleton("لشكركاه") == skeleton("لشکرگاه")
    True
    """
    words = normalize(text).split()
    if len(words) == 1:
        return _word_skeleton(words[0])
    return _join_skeletons([_word_skeleton(word) for word in words])


def _word_skeleton(word: str) -> str:
    # A word-final ه after a consonant is a vowel (قلعه Qala, محمدآغه Agha, ده Deh);
    # after ا or و it is a consonant (فراه Farah, كوه Koh).
    if len(word) > 1 and word[-1] == "ه" and word[-2] not in "او":
        word = word[:-1]
    initial = _WORD_INITIAL.get(word[0])
    if initial:
        return initial + word[1:].translate(_SKELETON_TABLE)
    return word.translate(_SKELETON_TABLE)


def _join_skeletons(parts: list[str]) -> str:
    """Join word skeletons; a consonant ending one word and starting the next is said once
    ("خان نشين" is Khaneshin), as it is written once inside a word."""
    out = ""
    for part in parts:
        out += part[1:] if out and part and out[-1] == part[0] else part
    return out


_LATIN_DIGRAPHS = [
    ("sh", "c"),
    ("ch", "k"),
    ("kh", "x"),
    ("gh", "k"),
    ("zh", "z"),
    ("dh", "z"),
    ("th", "t"),
    ("ts", "s"),
    ("ph", "f"),
    ("ck", "k"),
]
_LATIN_CLASS = {
    "b": "b",
    "p": "b",
    "t": "t",
    "d": "d",
    "r": "r",
    "z": "z",
    "s": "s",
    "c": "k",
    "k": "k",
    "q": "k",
    "g": "k",
    "j": "k",
    "f": "f",
    "h": "h",
    "l": "l",
    "m": "m",
    "n": "n",
    "x": "ks",
}
_LATIN_INITIAL = {"w": "w", "v": "w", "y": "y"}


# Izafa connectors written as their own word ("Mazar-i-Sharif", "Nahr-e Saraj"): English
# spellings keep or drop them at will, so the English key drops them.
_IZAFA = frozenset({"e", "i", "y", "ye", "yi"})


def _ascii_words(name: str) -> list[str]:
    """Lower-case ASCII words of a romanised name (diacritics and apostrophes dropped)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.split(r"[^a-z]+", folded.replace("'", ""))


@lru_cache(maxsize=65536)
def english_key(name: str) -> str:
    """Index key of an English (romanised) name: case, diacritics, hyphens and spaces folded.

    "Lashkar Gah", "Lashkargah" and "LASHKAR-GAH" share one key, as do "Mazar-i-Sharif"
    and "Mazar-e Sharif" (the izafa connector is dropped). Arabic letters are ignored.

    >>> english_key("Pul-i-Khumri") == english_key("Pul-e Khumri") == "pulkhumri"
    True
    """
    return "".join(w for w in _ascii_words(name) if w not in _IZAFA)


def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a romanised name, comparable with `skeleton`.

    >>> latin_skeleton("Lashkar Gah") == skeleton("لشكرجاه")
    True
    """
    parts: list[str] = []
    for word in _ascii_words(name):
        out: list[str] = []
        if not word:
            continue
        # Connecting vowels of izafa ("Nahr-e Saraj", "Sar-i-Pul") are not letters in Arabic.
        if word in {"e", "i", "wa", "o", "u", "al", "el"}:
            continue
        # A doubled letter is one consonant in Arabic script (Mohammad, Kakkar).
        word = re.sub(r"([a-z])\1+", r"\1", word)
        # Word-final h after e/i is a vowel ("Deh", "Pul-e-Khumri"); after a/o it is not.
        if len(word) > 2 and word[-1] == "h" and word[-2] in "ei":
            word = word[:-1]
        for digraph, code in _LATIN_DIGRAPHS:
            word = word.replace(digraph, code.upper())
        for i, ch in enumerate(word):
            if ch.isupper():
                out.append(ch.lower())
            elif i == 0 and ch in _LATIN_INITIAL:
                out.append(_LATIN_INITIAL[ch])
            else:
                out.append(_LATIN_CLASS.get(ch, ""))
        parts.append("".join(out))
    return _join_skeletons(parts)


# Letters of Dari/Pashto names that Arabic journalists render in several ways.
_VARIANTS = {
    "گ": ("ك", "ج", "غ"),
    "ګ": ("ك", "ج", "غ"),
    "چ": ("ج", "تش", "ش"),
    "پ": ("ب",),
    "ژ": ("ز", "ج"),
    "ږ": ("ز", "ج", "غ"),
    "ځ": ("ز", "ج"),
    "څ": ("س", "تس", "ص"),
    "ښ": ("ش", "خ"),
    "ټ": ("ت", "ط"),
    "ډ": ("د",),
    "ړ": ("ر",),
    "ڼ": ("ن",),
}
_MAX_VARIANTS = 12


def arabic_variants(name: str) -> list[str]:
    """Arabic spellings a journalist may give a Dari or Pashto name (at most 12).

    Persian letters without an Arabic counterpart are spelled out each way; the
    first variant is the most common one. Returns normalised keys, deduplicated,
    in a deterministic order.
    """
    name = unicodedata.normalize("NFC", name.translate(_DEDIAC))
    slots = [_VARIANTS.get(ch, (ch,)) for ch in name]
    seen: dict[str, None] = {}
    for combo in product(*slots):
        spelled = "".join(combo)
        seen.setdefault(normalize(spelled), None)
        # Dari final -at is often Arabised with teh marbuta: هرات -> هراة.
        if spelled.endswith("ات"):
            seen.setdefault(normalize(spelled[:-1] + "ة"), None)
        # A final -a written ه in Dari is often ا in Arabic: ناوه -> ناوا.
        if len(spelled) > 2 and spelled.endswith("ه") and spelled[-2] not in "اه":
            seen.setdefault(normalize(spelled[:-1] + "ا"), None)
        if len(seen) >= _MAX_VARIANTS:
            break
    return [key for key in seen if key]
