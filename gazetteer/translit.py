"""Latin-to-Arabic press transliteration of Afghan place names.

Arabic outlets write an Afghan district by transliterating its English name rather than
copying its Dari spelling: Tani becomes تاني where Dari writes تنی, Bakwa باكوا where Dari
writes بکواه. `press_spellings` spells a romanised name the ways Arabic journalists do,
most likely first. `unique_spellings` is the rule the build applies before it keeps one:
a generated spelling must name one place in Afghanistan and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from gazetteer.normalize import normalize, skeleton

__all__ = [
    "MAX_SPELLINGS",
    "Place",
    "indexable_spellings",
    "press_spellings",
    "unique_spellings",
]

MAX_SPELLINGS = 8
# Partial spellings kept while a word is spelled out, cheapest first.
_BEAM = 48

# A way of writing one sound, with its cost: 0 is the press's usual choice, higher is rarer.
Options = tuple[tuple[str, float], ...]

_DIGRAPHS = ("sh", "kh", "gh", "ch", "zh", "th", "dh", "ph", "ck")
# Letters of Arabic words (ط ص ذ ح ع) are not guessed: a name that has them (Sayad صياد,
# Ali Abad علي آباد) has them in its Dari spelling too, which the gazetteer already holds.
_CONSONANTS: dict[str, Options] = {
    "b": (("ب", 0.0),),
    "p": (("ب", 0.0),),
    "t": (("ت", 0.0),),
    "d": (("د", 0.0),),
    "r": (("ر", 0.0),),
    "z": (("ز", 0.0),),
    "s": (("س", 0.0),),
    "j": (("ج", 0.0),),
    # g: Gereshk جرشك, Gardez جرديز/كرديز, Gulran غلران.
    "g": (("ج", 0.0), ("ك", 0.2), ("غ", 0.5)),
    "k": (("ك", 0.0), ("ق", 0.8)),
    "q": (("ق", 0.0), ("ك", 0.4)),
    "c": (("ك", 0.0),),
    "f": (("ف", 0.0),),
    "v": (("ف", 0.0), ("و", 0.5)),
    "w": (("و", 0.0),),
    "y": (("ي", 0.0),),
    "h": (("ه", 0.0),),
    "l": (("ل", 0.0),),
    "m": (("م", 0.0),),
    "n": (("ن", 0.0),),
    "x": (("كس", 0.0),),
    "sh": (("ش", 0.0),),
    "kh": (("خ", 0.0),),
    "gh": (("غ", 0.0),),
    # ch: Chaghcharan تشغتشران / جغجران, Charkh شرخ.
    "ch": (("تش", 0.0), ("ش", 0.3), ("ج", 0.3)),
    # zh: ژ folds to ز in every key, so ز stands for both.
    "zh": (("ز", 0.0), ("ج", 0.3)),
    "th": (("ث", 0.0), ("ت", 0.3)),
    "dh": (("ذ", 0.0), ("د", 0.3)),
    "ph": (("ف", 0.0),),
    "ck": (("ك", 0.0),),
}
_VOWELS = frozenset("aeiou")
_LONG = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}

# Words of a romanised name that are not part of the name as the press writes it: izafa
# connectors (Pul-i-Khumri, Nahr-e Saraj) and English unit words.
_IZAFA = frozenset({"e", "i", "y", "ye", "yi", "al", "el"})
_AND = frozenset({"wa", "o", "u", "va"})
_UNIT_WORDS = frozenset(
    {"province", "district", "city", "town", "village", "centre", "center", "valley"}
)
_ABAD = "آباد"


def press_spellings(name: str, *, limit: int = MAX_SPELLINGS) -> tuple[str, ...]:
    """Arabic spellings the press may give a romanised Afghan name, most likely first.

    Parameters
    ----------
    name : a romanised name as a source writes it ("Pul-i-Khumri", "Spin Boldak", "Tani").
    limit : at most this many spellings (distinct once normalised).

    Returns
    -------
    Arabic spellings, deterministic, one per normalised key; empty when the name has no
    Latin letters or is no name ("#NAME?").

    >>> press_spellings("Nahr-e Saraj")[0]
    'نهر سراج'
    """
    return tuple(text for text, _ in _spellings(name, limit))


def indexable_spellings(name: str, *, limit: int = MAX_SPELLINGS) -> tuple[str, ...]:
    """The press spellings of a name that an index may hold: those that write every vowel
    (تاني of Tani, باكوا of Bakwa, ساياد of Sayad).

    The press writes a foreign name's vowels where Dari leaves them out, and that is what
    the Dari names in the gazetteer miss; a spelling that leaves a vowel out is what Dari
    already has, or an Arabic word as often as a name (شكل of Shigal, يمكن of Yamgan,
    قبول of Kabul).
    """
    return tuple(text for text, bare in _spellings(name, limit) if bare == 0)


# A spelling in the making: cost, Arabic text, how many vowels it leaves unwritten.
_Spelled = tuple[float, str, int]


@lru_cache(maxsize=8192)
def _spellings(name: str, limit: int) -> tuple[tuple[str, int], ...]:
    """Spellings with the number of vowels each leaves out, one per normalised key."""
    words = _words(name)
    if not words or re.search(r"[#?@\d]", name):
        return ()
    parts: list[list[_Spelled]] = []
    joined = False
    for word in words:
        if word in _AND:
            joined = True
            continue
        options = [(0.0, _ABAD, 0)] if word == "abad" else _spell_word(word)
        if joined:
            # "Dand Wa Patan": Arabic attaches the conjunction to the next word.
            options = [(cost, f"و{part}", bare) for cost, part, bare in options]
            joined = False
        parts.append(options)
    spelled: list[_Spelled] = [(0.0, "", 0)]
    for options in parts:
        spelled = _best(
            (cost + extra, f"{text} {part}" if text else part, bare + more)
            for cost, text, bare in spelled
            for extra, part, more in options
        )
    out: dict[str, tuple[str, int]] = {}
    for _, text, bare in spelled:
        key = normalize(text)
        if key and key not in out:
            out[key] = (text, bare)
        if len(out) >= limit:
            break
    return tuple(out.values())


def _words(name: str) -> list[str]:
    """Lower-case ASCII words of the name; -abad split off; izafa and unit words dropped.

    Long vowels marked with a macron (Dāykundī) are doubled first, so that they are
    written as letters.
    """
    text = unicodedata.normalize("NFC", name.lower())
    for marked, doubled in (("ā", "aa"), ("ī", "ii"), ("ū", "uu"), ("ō", "oo"), ("ē", "ee")):
        text = text.replace(marked, doubled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['`]", "", text)
    words: list[str] = []
    for word in re.split(r"[^a-z]+", text):
        if not word or word in _IZAFA or word in _UNIT_WORDS:
            continue
        # Jalalabad, Fayzabad: "-abad" is the word آباد, written apart or joined.
        if len(word) > 5 and word.endswith("abad"):
            words.extend((word[:-4], "abad"))
        else:
            words.append(word)
    # A conjunction can only join two words.
    while words and words[-1] in _AND:
        words.pop()
    while words and words[0] in _AND:
        words.pop(0)
    return words


def _units(word: str) -> list[str]:
    """The word cut into consonants (digraphs kept whole, doubled letters once) and vowel
    runs; a y or w closing a vowel run (Qaysar, Dawlat) and a word-final h after a vowel
    (Marjah, Deh) belong to the run."""
    units: list[str] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _VOWELS:
            j = i
            while j < len(word) and word[j] in _VOWELS:
                j += 1
            if (
                j < len(word)
                and word[j] in "yw"
                and (j + 1 == len(word) or word[j + 1] not in _VOWELS)
            ):
                j += 1
            if j + 1 == len(word) and word[j] == "h":
                j += 1
            units.append(word[i:j])
            i = j
            continue
        unit = word[i : i + 2] if word[i : i + 2] in _DIGRAPHS else ch
        if not (units and units[-1] == unit):
            units.append(unit)
        i += len(unit)
    return units


def _spell_word(word: str) -> list[_Spelled]:
    """Spellings of one word, cheapest first."""
    units = _units(word)
    vowel_at = [k for k, u in enumerate(units) if u[0] in _VOWELS]
    syllables = len(vowel_at)
    spelled: list[_Spelled] = [(0.0, "", 0)]
    for k, unit in enumerate(units):
        beside_w = "w" in (units[k - 1] if k else "", units[k + 1] if k + 1 < len(units) else "")
        if unit in ("o", "u") and beside_w:
            options: Options = (("", 0.0),)  # Duwum دوم: the w is already the و
            dropped = False
        elif unit[0] in _VOWELS:
            options = _vowel(
                unit,
                initial=k == 0,
                final=k == len(units) - 1,
                last=k == vowel_at[-1],
                closed_by_one=k == len(units) - 2,
                one_syllable=syllables == 1,
            )
            dropped = True
        else:
            options = _CONSONANTS.get(unit, (("", 0.0),))
            dropped = False
        # A vowel left out is written as nothing, or as a bare alef seat (Urgun أرغن).
        unwritten = ("", "أ") if k == 0 and unit[0] in "ou" else ("",)
        spelled = _best(
            (cost + extra, text + part, bare + (dropped and part in unwritten))
            for cost, text, bare in spelled
            for part, extra in options
        )
    return spelled


def _best(items: Iterable[_Spelled]) -> list[_Spelled]:
    """The cheapest distinct spellings, ties broken by the spelling itself."""
    seen: dict[str, tuple[float, int]] = {}
    for cost, text, bare in items:
        old = seen.get(text)
        if old is None or (cost, bare) < old:
            seen[text] = (cost, bare if old is None else min(bare, old[1]))
    ranked = sorted(seen.items(), key=lambda item: (round(item[1][0], 6), item[0]))
    return [(cost, text, bare) for text, (cost, bare) in ranked[:_BEAM]]


def _vowel(
    run: str, *, initial: bool, final: bool, last: bool, closed_by_one: bool, one_syllable: bool
) -> Options:
    """Spellings of a vowel run, by its place in the word."""
    h = final and len(run) > 1 and run.endswith("h")
    core = run[:-1] if h else run
    if initial:
        return _initial_vowel(core)
    if final:
        return _final_vowel(core, h=h, one_syllable=one_syllable)
    return _medial_vowel(core, last=last, closed_by_one=closed_by_one)


def _initial_vowel(core: str) -> Options:
    if core in ("aa",):
        return (("آ", 0.0),)
    if core[0] == "a":
        rest = {"y": "ي", "i": "ي", "w": "و", "u": "و"}.get(core[1:2], "")
        return ((f"أ{rest}", 0.0),)
    if core[0] in "ei":
        return (("إ", 0.0), ("اي", 0.4))
    return (("أو", 0.0), ("أ", 0.3))


def _final_vowel(core: str, *, h: bool, one_syllable: bool) -> Options:
    if h:
        if core[-1] == "a":
            # Shah شاه, Gah كاه; Marjah مرجة / مرجه / مارجا.
            if one_syllable:
                return (("اه", 0.0), ("ه", 0.4))
            return (("ه", 0.0), ("ة", 0.2), ("ا", 0.35), ("اه", 0.5))
        if core[-1] in "ei":
            return (("ه", 0.0), ("يه", 0.2 if one_syllable else 0.4))  # Deh ده / ديه
        return (("وه", 0.0),)  # Koh كوه
    if core in ("a",):
        # Bakwa باكوا / بكوه / بكوة, Nawa نوا / نوى.
        return (("ا", 0.0), ("ه", 0.3), ("ة", 0.45), ("ى", 0.6))
    if core in ("aa",):
        return (("ا", 0.0),)
    if core == "e":
        return (("ه", 0.0), ("ي", 0.4))
    if core in ("i", "ee", "ii", "ie"):
        return (("ي", 0.0),)
    if core[0] in "ou" and len(set(core)) == 1:
        return (("و", 0.0),)
    if core in ("ai", "ay", "ei", "ey", "aiy", "ayi", "aai", "aay"):
        # Panjwai بنجواي / بنجوائي, Zheray زاري.
        return (("اي", 0.0), ("ي", 0.3), ("ائي", 0.5))
    if core in ("ia", "iya", "ya"):
        return (("يا", 0.0), ("ية", 0.3))  # Paktia بكتيا
    if core in ("aw", "ow", "au", "ou"):
        return (("و", 0.0), ("او", 0.3))
    return ((_letters(core), 0.0),)


def _medial_vowel(core: str, *, last: bool, closed_by_one: bool) -> Options:
    if core == "a":
        # Short a is often not written (Lashkar لشكر, Helmand هلمند) but often is, most of
        # all before a name's last consonant (Kunar كونار, Takhar تخار, Tani تاني).
        if closed_by_one:
            return (("ا", 0.3), ("", 0.35))
        return (("", 0.3), ("ا", 0.45))
    if core == "aa":
        return (("ا", 0.0),)
    if core in ("e", "i"):
        # In the last syllable e/i is usually written (Gardez جرديز, Sangin سنجين),
        # before it usually not (Gereshk جرشك).
        return (("ي", 0.2), ("", 0.45)) if last else (("", 0.2), ("ي", 0.5))
    if core in ("ee", "ii", "ie"):
        return (("ي", 0.0),)
    if core in ("o", "u"):
        return (("و", 0.25), ("", 0.4))  # Boldak بولدك, Khumri خمري / خومري
    if core in ("aw", "au"):
        return (("و", 0.0), ("او", 0.3))  # Dawlat دولت / داولت
    if core in ("oo", "uu", "ou", "ow", "uw"):
        return (("و", 0.0),)
    if core in ("ai", "ay", "ei", "ey"):
        return (("ي", 0.0), ("اي", 0.3))  # Qaysar قيسار, Sayghan سيغان
    if core in ("ia", "iya"):
        return (("يا", 0.0), ("ي", 0.4))
    return ((_letters(core), 0.0),)


def _letters(core: str) -> str:
    """A vowel run no rule names, each sound written long (Dāykundī's "aay" is اي)."""
    return "".join(_LONG.get(c, c) for c in re.sub(r"(.)\1", r"\1", core)).translate(_GLIDES)


_GLIDES = str.maketrans({"y": "ي", "w": "و", "h": "ه"})


@dataclass(frozen=True, slots=True)
class Place:
    """Where an entry is, as far as the uniqueness rule cares: an Afghan province (no
    district) or a district or place (with its district)."""

    province: str
    district: str = ""


MIN_LETTERS = 3
# Spellings this short are where Arabic words lie (كالات of Qalat is the tail of
# وكالات "agencies" once the matcher takes و for a clitic); one is kept only where no
# other key can reach its name: a skeleton of two consonants or fewer (تاني of Tani).
SHORT_LETTERS = 5
SHORT_SKELETON = 2


def unique_spellings(
    generated: Mapping[str, Mapping[str, str]],
    existing: Mapping[str, Iterable[str]],
    places: Mapping[str, Place],
    *,
    common_words: frozenset[str],
    clitics: Iterable[str] = (),
) -> dict[str, dict[str, str]]:
    """The generated keys that are safe and useful to index, with the entries they name.

    Parameters
    ----------
    generated : normalised key -> {entry id: source} of every generated spelling.
    existing : normalised key -> ids of the entries that already have it as a name.
    places : id -> `Place` of every Afghan entry; an id missing here (a place abroad)
        never shares a key with a generated spelling.
    common_words : keys that are ordinary words (the matcher's stopwords).
    clitics : leading clitics the matcher strips from a query ("ب", "و", "ال" ...).

    A key is kept when it has at least three letters (a key of five letters or fewer
    only when its skeleton has two consonants or fewer), is no common word, and every
    entry that would answer it (those it was generated for, those that already have it,
    and, read without a leading clitic, those named by the rest) is one place: a
    district, the places inside it and its province (Spin Boldak the district and the
    town; Kandahar the province and its capital district). A key is kept even when its
    consonant skeleton already leads to its place: an exact key is what a spelling one
    letter off is measured against (ادراسقام against ادراسقان of Adraskan), and the
    skeleton of that spelling is no longer the place's. Returns key -> {entry id:
    source} for the entries it was generated for, in the order of `generated`.
    """
    kept: dict[str, dict[str, str]] = {}
    for key, owners in generated.items():
        letters = len(key.replace(" ", ""))
        if letters < MIN_LETTERS or key in common_words:
            continue
        if letters <= SHORT_LETTERS and len(skeleton(key)) > SHORT_SKELETON:
            continue
        named = set(owners) | set(existing.get(key, ()))
        for clitic in clitics:
            if key.startswith(clitic) and len(key) - len(clitic) >= MIN_LETTERS:
                named |= set(existing.get(key[len(clitic) :], ()))
        if not _one_place(named, places):
            continue
        new = {i: src for i, src in owners.items() if i not in set(existing.get(key, ()))}
        if new:
            kept[key] = new
    return kept


def _one_place(ids: Iterable[str], places: Mapping[str, Place]) -> bool:
    """Whether the entries lie in one district (and its province), all in Afghanistan."""
    found = [places.get(i) for i in ids]
    if any(p is None for p in found):
        return False
    provinces = {p.province for p in found if p is not None}
    districts = {p.district for p in found if p is not None and p.district}
    return len(provinces) == 1 and len(districts) <= 1
