"""Match an Arabic place name as a journalist wrote it to a gazetteer entry.

Three tiers, as in pycountry: `Gazetteer.get` returns a default, `Gazetteer.lookup`
raises `LookupError`, `Gazetteer.candidates` ranks. `Gazetteer.match` is the one the
pipeline calls: it strips clitics and unit words only when the bare form matches
better, tries exact keys, then consonant skeletons, then fuzzy keys, and explains its
answer (alias, source, method, score, runner-ups). A query without Arabic letters is read
as an English name ("Lashkar Gah", "Helmand province"): English key, then the consonant
skeleton of the romanisation, then edit distance on English keys.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from gazetteer.fuzzy import RatioIndex
from gazetteer.normalize import english_key, is_arabic, latin_skeleton, normalize, skeleton

__all__ = ["Candidate", "Entry", "Gazetteer", "Match", "load"]

# When two entries share a name and nothing else decides, a bare name means the larger
# unit ("غزني" is the province before the city); villages come last, as the weakest.
_LEVEL_ORDER = {"province": 0, "district": 1, "outside": 2, "place": 3}

# Unit words that precede a name, normalised, with the level they point to.
UNIT_WORDS: dict[str, str] = {
    normalize(word): level
    for word, level in (
        ("ولاية", "province"),
        ("إقليم", "province"),
        ("محافظة", "province"),
        ("مديرية", "district"),
        # مقاطعة is a province in some outlets and a district in others: any level.
        ("مقاطعة", "any"),
        ("ولسوالية", "district"),
        ("ولسوالي", "district"),
        # Anadolu's and Iraqi usage: "في قضاء سيد آباد"
        ("قضاء", "district"),
        ("منطقة", "place"),
        # a town's quarter, and some outlets' word for a district: "قرب حي شاه والي كوت"
        ("حي", "place"),
        ("مدينة", "place"),
        ("قرية", "place"),
        ("بلدة", "place"),
        ("وادي", "place"),
        ("ممر", "place"),
        ("معبر", "place"),
        ("منفذ", "place"),
        ("نفق", "place"),
        ("جبال", "place"),
        ("جبل", "place"),
        ("مطار", "place"),
        ("قاعدة", "place"),
        ("بلدية", "place"),
        ("عاصمة", "place"),
        # Pakistan's tribal agencies: "وكالة باجور", "وكالة مهمند".
        ("وكالة", "outside"),
    )
}
# Clitics glued to a word: conjunction, preposition, article, in the orders Arabic allows.
CLITICS = (
    "وبال",
    "فبال",
    "وكال",
    "وللم",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "لل",
    "وب",
    "فب",
    "ول",
    "فل",
    "وك",
    "ال",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


def _words(text: str) -> list[str]:
    return text.split()


# Function words and the words of place, direction and time that must never be read as a
# place. (The news vocabulary, "طالبان", "رويترز", "مقتل", is the extractor's: the lexicon's
# NEWS_WORDS.)
STOPWORDS = frozenset(
    normalize(w)
    for w in _words(
        "في من إلى على عن أن إن قرب بين مع ضد عند حتى ثم أو لا ما هذا هذه ذلك تلك التي "
        "الذي قد كان كانت وقد وفي فيه فيها بعد قبل خلال منذ حول أمس اليوم مساء صباح ليلة "
        "يوم خمسة ثلاثة أربعة ستة سبعة ثمانية تسعة عشرة اثنين عدد عددا المنطقة "
        "المديرية الولاية المدينة القرية منطقة مديرية ولاية مدينة قرية مركز شمال جنوب شرق "
        "غرب شرقي غربي شمالي جنوبي وسط الحدود الحدودية الطريق طريق أفغانستان الأفغانية "
        "الأفغاني الأمريكية الأمريكي الدولية أمريكية أمريكي "
        "أميركية بريطانية كندية ألمانية فرنسية أفغانية عسكرية جوية أمنية حكومية كبيرة "
        "صغيرة جديدة قديمة نفسها نفسه ذاتها ذاته المجاورة القريبة أنه أنها أنهم أنا إننا "
        "أننا إنه إنها قريبة قريب نائية مجاورة مجاور غير بلادها "
        # what an area is like: "كانت تعد منطقة آمنة", "منطقة جبلية"
        "آمنة آمن جبلية مضطربة ساخنة "
        # another: "في منطقة أخرى" (a village is called Akheri)
        "أخرى آخر الأخرى الآخر آخرى "
        # "وكالة الأنباء" (a news agency) after "وكالة", the unit word of a tribal agency
        "الأنباء أنباء "
        "وأنه وإنه وأنها وإنها"
    )
)
# Adjectives after a name that put it abroad, with the country they name: "منطقة مهمند
# القبلية", "مدينة زابل الإيرانية" (the tribal belt is Pakistan's).
_ABROAD: dict[str, str] = {
    normalize(w): country
    for words, country in (
        ("القبلية القبلي القبائلية القبائلي الباكستانية الباكستاني", "PK"),
        ("الإيرانية الإيراني", "IR"),
        ("الطاجيكية الطاجيكي", "TJ"),
        ("الأوزبكية الأوزبكي", "UZ"),
        ("التركمانية التركماني", "TM"),
    )
    for w in _words(words)
}
_TRAILING = frozenset(
    normalize(w)
    for w in [
        "الحدودية",
        "الشرقية",
        "الغربية",
        "الشمالية",
        "الجنوبية",
        "الجبلية",
        "النائية",
        "المضطربة",
        "المجاورة",
        # "قاعدة باغرام الجوية", "مطار قندهار العسكري": what the base or airport is
        "الجوية",
        "الجوي",
        "العسكرية",
        "العسكري",
        "الدولي",
        # "بولاية جور الكائنة غربي البلاد": where it lies follows
        "الكائنة",
        "الكائن",
        "الواقعة",
        "الواقع",
    ]
)
_PREPOSITIONS = frozenset(
    normalize(w)
    for w in [
        "في",
        "من",
        "إلى",
        "الى",
        "قرب",
        "بقرب",
        "نحو",
        "داخل",
        "عند",
        "حول",
        "بين",
        "وبين",
        "وفي",
        "ومن",
    ]
)
MIN_FUZZY_LEN = 4
# A province's name after its unit word, one letter off: five letters at least, and the
# score of one letter changed in five.
_PROVINCE_TYPO_LEN = 5
_PROVINCE_TYPO_SCORE = 80.0
_PROVINCE_TYPO_CANDIDATES = 2  # the nearest province names looked at
# How much the letters of a name of three consonants or fewer must agree with a
# province's when only the unit word "ولاية" backs the reading ("جور" for Ghor: 67)
_SHORT_SKELETON_LETTERS = 60.0
# English words beside a name that say its level: "Helmand province", "Sangin district".
_EN_UNIT_WORDS = {
    "province": "province",
    "wilayat": "province",
    "district": "district",
    "city": "place",
    "town": "place",
    "village": "place",
    "valley": "place",
    "agency": "outside",
}
_EN_FILLER = frozenset({"the", "in", "of", "near"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry: a province, district, place in Afghanistan, or a place outside."""

    id: str
    level: str
    name_en: str
    name_ar: str
    province_pcode: str | None
    district_pcode: str | None
    lat: float
    lon: float
    country: str
    source: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked reading of a query, with the alias that produced it."""

    entry: Entry
    score: float
    alias: str
    alias_source: str
    method: str  # exact | compact | skeleton | fuzzy
    form: str  # the form of the query that matched (after stripping)


@dataclass(frozen=True)
class Match:
    """The answer for one query: the best entry (or none) and how it was reached."""

    query: str
    best: Candidate | None
    candidates: tuple[Candidate, ...] = field(default=())
    ambiguous: bool = False

    @property
    def entry(self) -> Entry | None:
        return self.best.entry if self.best else None

    @property
    def score(self) -> float | None:
        return round(self.best.score, 1) if self.best else None

    @property
    def in_afghanistan(self) -> bool:
        return self.entry is not None and self.entry.country == "AF"

    def to_json(self) -> dict[str, Any]:
        """The `incidentmap match --json` record (stable field names; extended, never renamed)."""
        e = self.entry
        out: dict[str, Any] = {
            "query": self.query,
            "name_ar": e.name_ar if e else None,
            "name_en": e.name_en if e else None,
            "level": e.level if e else None,
            "country": e.country if e else None,
            "province_pcode": e.province_pcode if e else None,
            "district_pcode": e.district_pcode if e else None,
            "lat": e.lat if e else None,
            "lon": e.lon if e else None,
            "score": self.score,
            "candidates": list(self.runner_ups_json()),
            "entry_id": e.id if e else None,
            "method": self.best.method if self.best else None,
            "alias": self.best.alias if self.best else None,
            "alias_source": self.best.alias_source if self.best else None,
            "matched_form": self.best.form if self.best else None,
            "ambiguous": self.ambiguous,
        }
        return out

    def runner_ups_json(self) -> tuple[dict[str, Any], ...]:
        """The candidates after the best, as in `to_json()["candidates"]`."""
        return tuple([_candidate_json(c) for c in self.candidates[1:]])


def _candidate_json(c: Candidate) -> dict[str, Any]:
    e = c.entry
    return {
        "entry_id": e.id,
        "name_ar": e.name_ar,
        "name_en": e.name_en,
        "level": e.level,
        "country": e.country,
        "province_pcode": e.province_pcode,
        "district_pcode": e.district_pcode,
        "score": round(c.score, 1),
        "method": c.method,
        "alias": c.alias,
    }


# The fewest consonants a skeleton of two words read in swapped order must have.
_REORDERED_SKELETON = 4


class _Form(NamedTuple):
    """One way of reading a query: the text left after stripping, and what was stripped."""

    text: str
    level_hint: str | None
    stripped: int  # how many clitics/unit words were removed
    loose: bool = True  # False: exact keys only (the form still carries its unit word)
    country: str | None = None  # named by an adjective after the name ("الإيرانية")
    edits: bool = True  # False: no edit distance (a reading that reorders the words)
    clitic: bool = False  # a clitic was stripped from the name itself ("لهلمند")


class Gazetteer:
    """Afghan provinces, districts and places, plus places outside Afghanistan."""

    def __init__(self, entries: list[Entry], aliases: list[tuple[str, str, str, str]]) -> None:
        self.entries: dict[str, Entry] = {e.id: e for e in entries}
        # Places abroad are read from their exact keys only, unless a unit word names a
        # place ("مدينة", "وكالة"): a loose reading of a Pakistani or Iranian name is too
        # often an ordinary Arabic word (زهدان "ascetics" beside زاهدان).
        self._afghan: dict[str, Entry] = {e.id: e for e in entries if e.level != "outside"}
        self._tie_keys: dict[str, tuple[float, ...]] = {}
        # Entries with a hand-kept Arabic display name are the ones reporting names most
        # (provinces, well-known districts and towns): they win ties with namesakes
        # (ناوا is Nawa in Helmand before Nawa in Ghazni).
        # Alias kind "display" records them (the key is the name shown, not a spelling).
        self._well_known: frozenset[str] = frozenset(
            entry_id for _, kind, entry_id, _ in aliases if kind == "display"
        )
        self._exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._compact: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._skeleton: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._partial: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._partial_pairs: set[tuple[str, str]] = set()
        # Short forms that are also a province's name: only after "مديرية".
        self._district_partial: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # Consonant skeleton of every Arabic alias key: a query that is a known name is not
        # reduced to its skeleton again.
        self._key_skeleton: dict[str, str] = {}
        # English keys ("lashkargah"), kept apart: Arabic queries never meet them.
        self._english: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, kind, entry_id, source in aliases:
            if entry_id not in self.entries:
                continue
            if kind == "en":
                self._english[key].append((entry_id, source))
                continue
            if kind == "display":
                continue
            if kind == "part-district":
                self._district_partial[key].append((entry_id, source))
                continue
            if kind == "part":
                self._partial[key].append((entry_id, source))
                self._partial_pairs.add((entry_id, key))
                skel = self._key_skeleton[key] = skeleton(key)
                if len(skel) >= 4:
                    self._skeleton[skel].append((entry_id, key, source))
                continue
            if kind == "ar":
                self._exact[key].append((entry_id, source))
                self._compact[key.replace(" ", "")].append((entry_id, key, source))
                skel = self._key_skeleton[key] = skeleton(key)
            else:
                skel = key
            if len(skel) >= 2:
                self._skeleton[skel].append((entry_id, key, source))
        # Fuzzy matching only against names of administrative units and outside places:
        # village names are many and short, so they match exactly or not at all.
        fuzzy: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key, hits in self._exact.items():
            for entry_id, source in hits:
                if self.entries[entry_id].level != "place" and len(key) >= MIN_FUZZY_LEN:
                    fuzzy[key].append((entry_id, source))
        self._fuzzy_keys = sorted(fuzzy)
        self._fuzzy_hits = fuzzy
        self._province_words: dict[str, str] = {
            key: entry_id
            for key, hits in self._exact.items()
            if " " not in key
            for entry_id, _ in hits
            if self.entries[entry_id].level == "province"
        }
        self._province_keys = sorted(
            key
            for key, hits in fuzzy.items()
            if any(self.entries[i].level == "province" for i, _ in hits)
        )
        self._english_keys = sorted(
            key
            for key, hits in self._english.items()
            if any(self.entries[i].level != "place" for i, _ in hits)
        )
        self._first_words = frozenset(key.split()[0] for key in self._exact if key)
        # Skeletons of administrative units and outside places, for edit distance on
        # consonants (شنداد / شيندند): long skeletons only.
        self._skeleton_keys = sorted(
            skel
            for skel, hits in self._skeleton.items()
            if len(skel) >= 4 and any(self.entries[i].level != "place" for i, _, _ in hits)
        )

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_package(cls) -> Gazetteer:
        """Load the committed data in gazetteer/data."""
        data = resources.files("gazetteer") / "data"
        with data.joinpath("entries.tsv").open(encoding="utf-8") as fh:
            entries = [_entry_from_row(row) for row in csv.DictReader(fh, delimiter="\t")]
        with data.joinpath("aliases.tsv").open(encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter="\t")
            next(reader)
            aliases = [(r[0], r[1], r[2], r[3]) for r in reader]
        return cls(entries, aliases)

    @cached_property
    def _fuzzy_index(self) -> RatioIndex:
        return RatioIndex(self._fuzzy_keys)

    @cached_property
    def _province_index(self) -> RatioIndex:
        return RatioIndex(self._province_keys)

    @cached_property
    def _skeleton_index(self) -> RatioIndex:
        return RatioIndex(self._skeleton_keys)

    @cached_property
    def _english_index(self) -> RatioIndex:
        return RatioIndex(self._english_keys)

    @cached_property
    def province_outlines(self) -> dict[str, Any]:
        """GeoJSON FeatureCollection of the 34 province outlines (simplified)."""
        return _read_geojson("provinces.geojson")

    @cached_property
    def district_outlines(self) -> dict[str, Any]:
        """GeoJSON FeatureCollection of the 399 district outlines (simplified)."""
        return _read_geojson("districts.geojson")

    # -- three lookup tiers ----------------------------------------------------------------

    def get(self, entry_id: str, default: Entry | None = None) -> Entry | None:
        """Entry by id (a P-code for provinces and districts), or `default`."""
        return self.entries.get(entry_id, default)

    def lookup(self, name: str) -> Entry:
        """The entry whose alias is exactly `name` (normalised, or its English key);
        `LookupError` otherwise."""
        hits = (
            self._exact.get(normalize(name), [])
            if is_arabic(name)
            else self._english.get(english_key(name), [])
        )
        if not hits:
            raise LookupError(name)
        return min((self.entries[i] for i, _ in hits), key=self._tie_break)

    def starts_a_name(self, word: str) -> bool:
        """Whether a normalised word is the first word of some alias (a cheap pre-check)."""
        return word in self._first_words

    def provinces_named(self, words: Iterable[str]) -> frozenset[str]:
        """P-codes of the provinces whose one-word names are among the normalised `words`
        (exact names only: "كابول", "هلمند")."""
        return frozenset(p for w in words if (p := self._province_words.get(w)) is not None)

    def starts_a_name_in(self, words: Sequence[str]) -> bool:
        """Whether any of the normalised `words` is the first word of some alias."""
        return not self._first_words.isdisjoint(words)

    def provinces(self) -> list[Entry]:
        return sorted(
            (e for e in self.entries.values() if e.level == "province"), key=lambda e: e.id
        )

    def districts(self, province_pcode: str | None = None) -> list[Entry]:
        return sorted(
            (
                e
                for e in self.entries.values()
                if e.level == "district" and province_pcode in (None, e.province_pcode)
            ),
            key=lambda e: e.id,
        )

    def find_units(self, name: str, *, limit: int = 5) -> list[Entry]:
        """Provinces and districts a typed name may mean, best first: any letter form
        (فاریاب / فارياب), any clitic or unit word, or an English spelling ("Lashkar Gah").

        What a filter or search box calls; a town counts as its district.
        """
        found: dict[str, Entry] = {}
        for cand in self.candidates(name, limit=20, score_cutoff=80):
            e = cand.entry
            unit = e if e.level in ("province", "district") else self.get(e.district_pcode or "")
            if unit is not None and e.country == "AF":
                found.setdefault(unit.id, unit)
        return list(found.values())[:limit]

    def candidates(
        self,
        name: str,
        *,
        province: str | None = None,
        level: str | None = None,
        score_cutoff: float = 85,
        limit: int = 5,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Ranked readings of `name`, best first, one per entry; deterministic tie-break."""
        province = self._province_code(province) if province else None
        # entry id -> (rank before the tie-break, candidate): one entry, one tie-break key.
        best: dict[str, tuple[float, Candidate]] = {}
        if not is_arabic(name):
            for form in _english_forms(name):
                self._keep(
                    best,
                    self._english_candidates(
                        form,
                        score_cutoff=score_cutoff,
                        fuzzy=fuzzy and not best,
                        abroad=_names_a_unit(form, level),
                    ),
                    form,
                    province,
                    level,
                    score_cutoff,
                )
            return self._ranked(best, limit)
        forms = _forms(name)
        if _FINAL_MAKSURA.search(name):
            forms += _maksura_forms(name, forms)
        # Exact keys of every reading first; skeletons and edit distance only when no
        # reading is a known name.
        keep = self._keep
        for form in forms:
            found = self._exact_readings(form.text, form.level_hint == "district")
            if found:
                keep(best, found, form, province, level, score_cutoff)
        # A village alone is weak: a district's skeleton may still be the better reading.
        for _, cand in best.values():
            if cand.entry.level != "place":
                break
        else:
            # A word with the article is a common noun ("إقليم القبائل", the tribes): only an
            # exact name reads it.
            definite = _definite(name)
            for form in forms:
                # Readings that still carry their unit word match exactly or not at all.
                if form.loose and not definite:
                    found = self._loose_readings(
                        form.text,
                        form.level_hint or level,  # the caller's unit word counts too
                        score_cutoff,
                        fuzzy and not best and form.edits,
                        province,
                        abroad=_names_a_unit(form, level),
                        reordered=not form.edits,
                        clitic=form.clitic,
                    )
                    if found:
                        keep(best, found, form, province, level, score_cutoff)
        return self._ranked(best, limit)

    def match(
        self,
        name: str,
        *,
        province: str | None = None,
        level: str | None = None,
        score_cutoff: float = 85,
        fuzzy: bool = True,
    ) -> Match:
        """Best reading of a place name as written, with its runner-ups.

        Parameters
        ----------
        name : the name as written, clitics and unit words included ("بولاية كنر").
        province : P-code or name of a province named nearby; districts and places
            inside it are preferred.
        level : expected level ("province", "district", "place"), e.g. from a unit word
            found by the caller.
        score_cutoff : fuzzy answers below this score are not given.
        fuzzy : False to stop after exact, compact and skeleton keys (no edit distance);
            the extractor scans every word of an article this way.
        """
        return self._match(name, province, level, score_cutoff, fuzzy)

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process; answers are immutable
    def _match(
        self, name: str, province: str | None, level: str | None, score_cutoff: float, fuzzy: bool
    ) -> Match:
        cands = self.candidates(
            name, province=province, level=level, score_cutoff=score_cutoff, fuzzy=fuzzy
        )
        if not cands:
            return Match(query=name, best=None)
        top = cands[0]
        # (a key that is one district's whole name and the first word of another's, "ناوه"
        # for Nawa and Nawa-e-Barakzai, names either: the press shortens the longer one)
        ambiguous = any(
            (
                c.score >= top.score
                or (c.alias == top.alias and top.method == "exact" and c.method == "partial")
            )
            and c.entry.level == top.entry.level
            and c.entry.district_pcode != top.entry.district_pcode
            for c in cands[1:]
        )
        return Match(query=name, best=top, candidates=tuple(cands), ambiguous=ambiguous)

    # -- internals -------------------------------------------------------------------------

    def _province_code(self, province: str | None) -> str | None:
        if not province:
            return None
        if province in self.entries and self.entries[province].level == "province":
            return province
        if not is_arabic(province):
            for entry_id, _ in self._english.get(english_key(province), []):
                if self.entries[entry_id].level == "province":
                    return entry_id
            return None
        hits = [
            self.entries[i]
            for i, _ in self._exact.get(normalize(province), [])
            if self.entries[i].level == "province"
        ]
        if hits:
            return hits[0].id
        for form in _forms(province):
            for entry_id, _ in self._exact.get(form.text, []):
                if self.entries[entry_id].level == "province":
                    return entry_id
        return None

    def _exact_readings(self, text: str, after_district: bool) -> tuple[Candidate, ...]:
        """Entries whose alias is the form exactly, or with its spaces removed."""
        entries = self.entries
        out: list[Candidate] = []
        exact = self._exact.get(text)
        if exact:
            out = [
                Candidate(entries[entry_id], 100.0, text, source, "exact", text)
                for entry_id, source in exact
            ]
        # A name written without the space of another's ("دواب" for Duab, "دو اب") is a
        # reading too, even when a village is spelt that way exactly.
        compact = self._compact.get(text.replace(" ", "") if " " in text else text)
        if compact:
            seen = {c.entry.id for c in out}
            out.extend(
                Candidate(entries[entry_id], 98.0, key, source, "compact", text)
                for entry_id, key, source in compact
                if entry_id not in seen
            )
        # The short form of a two-word name (ناوه for Nawa-e Barakzaiy) ranks below a
        # full name, so only context or a unit word makes it win.
        partial = self._partial.get(text)
        if partial:
            out.extend(
                Candidate(entries[entry_id], 95.0, text, source, "partial", text)
                for entry_id, source in partial
            )
        if after_district:
            partial = self._district_partial.get(text)
            if partial:
                out.extend(
                    Candidate(entries[entry_id], 95.0, text, source, "partial", text)
                    for entry_id, source in partial
                )
        return tuple(out)

    def _loose_readings(
        self,
        text: str,
        level_hint: str | None,
        score_cutoff: float,
        fuzzy: bool,
        province: str | None,
        abroad: bool,
        reordered: bool = False,
        clitic: bool = False,
    ) -> tuple[Candidate, ...]:
        """Skeleton and edit-distance readings of a form that has no exact key; places
        abroad only when `abroad` (a unit word names a place, see `_names_a_unit`). A
        form with its words swapped (`reordered`) is read by a long skeleton only: three
        consonants of two words in another order are a coincidence ("قلعة أيناو" as
        "ايناو قلعه", Injil's)."""
        # (a name read with its words swapped is an Afghan one's: "قرية كاتا كالا" swapped
        # has Gilgit's consonants)
        entries = self.entries if abroad and not reordered else self._afghan
        skel = self._key_skeleton.get(text)
        if skel is None:
            skel = skeleton(text)
        # With "ولاية" before it a name is one of 34: two consonants are enough (جور, فرح).
        shortest = 2 if level_hint == "province" or province else 3
        if reordered:
            shortest = _REORDERED_SKELETON
        hits = self._skeleton.get(skel) if len(skel) >= shortest else None
        if not hits and not fuzzy:
            return ()
        out: list[Candidate] = []
        if hits:
            for entry_id, key, source in hits:
                entry = entries.get(entry_id)
                if entry is None or (entry.level == "place" and len(skel) < 5):
                    continue
                if len(skel) < 3 and not (
                    (level_hint == "province" and entry.level == "province")
                    or (
                        level_hint == "district"
                        and entry.level == "district"
                        and entry.province_pcode == province
                    )
                ):
                    continue
                romanised = key.isascii()
                similarity = 0.0 if romanised else fuzz.ratio(text, key)
                # A shared skeleton is strong evidence when it is long; a short one only
                # counts when the letters agree too, inside the province in context, or
                # among provinces when a unit word says a province is named.
                short_ok = (
                    similarity >= 75
                    or (province is not None and entry.province_pcode == province)
                    # (never letters that mostly disagree: "إقليم جاوزان", Jowzjan misspelt,
                    # shares Ghazni's three consonants)
                    or (
                        level_hint == "province"
                        and entry.level == "province"
                        and similarity >= _SHORT_SKELETON_LETTERS
                    )
                )
                if len(skel) <= 3 and not short_ok:
                    continue
                floor = 92.0 if len(skel) >= 5 else 88.0 if len(skel) == 4 else 85.0
                score = max(floor, min(similarity, 97.0))
                if (entry_id, key) in self._partial_pairs:
                    score -= 3.0  # a short form of a longer name
                out.append(Candidate(entry, score, key, source, "skeleton", text))
        if fuzzy and len(skel) >= 4 and not out:
            for key, score, _ in self._skeleton_index.extract(skel, score_cutoff=85, limit=5):
                for entry_id, alias, source in self._skeleton[key]:
                    entry = entries.get(entry_id)
                    # Edit distance on a short form of a name is one guess too many.
                    # nor on a romanised skeleton, itself an approximation.
                    if (
                        entry is not None
                        and entry.level != "place"
                        and not alias.isascii()
                        and (entry_id, alias) not in self._partial_pairs
                    ):
                        out.append(
                            Candidate(
                                entry, min(score, 92.0) - 2.0, alias, source, "skeleton~", text
                            )
                        )
        if fuzzy and len(text.replace(" ", "")) >= MIN_FUZZY_LEN:
            for key, score, _ in self._fuzzy_index.extract(
                text, score_cutoff=score_cutoff, limit=8
            ):
                # Fuzzy may not win by changing a short name's first letter (كنر/منر).
                if len(key) < 6 and key[0] != text[0]:
                    continue
                for entry_id, source in self._fuzzy_hits[key]:
                    entry = entries.get(entry_id)
                    if entry is not None:
                        out.append(Candidate(entry, min(score, 96.0), key, source, "fuzzy", text))
        if (
            fuzzy
            and not out
            and level_hint == "province"
            and not clitic
            and len(text) >= _PROVINCE_TYPO_LEN
        ):
            # After "ولاية" a name is one of 34: one letter off in five or more ("قنذوز"
            # of Kunduz) is still that province, when its first letter agrees, as written
            # ("ولاية فلوريدا" is no "ف" + "لوريدا"). It is scored at the cutoff, the
            # weakest answer given.
            for key, _, _ in self._province_index.extract(
                text, score_cutoff=_PROVINCE_TYPO_SCORE, limit=_PROVINCE_TYPO_CANDIDATES
            ):
                # (one letter changed, added or dropped: "ولاية بلقان", Turkmenistan's
                # Balkan, is two from بغلان)
                if key[0] != text[0] or Levenshtein.distance(text, key) > 1:
                    continue
                for entry_id, source in self._fuzzy_hits[key]:
                    entry = entries.get(entry_id)
                    if entry is not None and entry.level == "province":
                        out.append(Candidate(entry, score_cutoff, key, source, "fuzzy", text))
        return tuple(out)

    def _english_candidates(
        self, form: _Form, *, score_cutoff: float, fuzzy: bool, abroad: bool
    ) -> list[Candidate]:
        """Readings of an English name: its key, else the skeleton of the romanisation
        (which also meets Arabic and Dari names), else edit distance on English keys;
        the last two reach places abroad only when `abroad`."""
        key = english_key(form.text)
        out = [
            Candidate(self.entries[entry_id], 100.0, key, source, "exact", form.text)
            for entry_id, source in self._english.get(key, [])
        ]
        if out or not form.loose:
            return out
        entries = self.entries if abroad else self._afghan
        skel = latin_skeleton(form.text)
        if len(skel) >= 4 or (len(skel) == 3 and form.level_hint == "province"):
            for entry_id, alias, source in self._skeleton.get(skel, []):
                entry = entries.get(entry_id)
                if entry is None or (entry.level == "place" and len(skel) < 5):
                    continue
                if len(skel) == 3 and entry.level != "province":
                    continue
                score = 92.0 if len(skel) >= 5 else 88.0
                out.append(Candidate(entry, score, alias, source, "skeleton", form.text))
        if fuzzy and not out and len(key) >= 5:
            for other, score, _ in self._english_index.extract(
                key, score_cutoff=score_cutoff, limit=5
            ):
                if len(other) < 6 and other[0] != key[0]:
                    continue
                for entry_id, source in self._english[other]:
                    entry = entries.get(entry_id)
                    if entry is not None:
                        out.append(
                            Candidate(entry, min(score, 96.0), other, source, "fuzzy", form.text)
                        )
        return out

    def _keep(
        self,
        best: dict[str, tuple[float, Candidate]],
        found: Sequence[Candidate],
        form: _Form,
        province: str | None,
        level: str | None,
        score_cutoff: float,
    ) -> None:
        """Rank each candidate above the cutoff; keep the best reading of each entry."""
        if not found:
            return
        wanted = level or form.level_hint
        # Each stripped clitic costs a little: the form as written wins ties.
        penalty = 0.5 * form.stripped
        for cand in found:
            if cand.score < score_cutoff:
                continue
            e = cand.entry
            bonus = 0.0
            if province:
                if e.province_pcode == province:
                    bonus += 4.0
                elif e.level != "outside":
                    bonus -= 2.0
            if wanted and wanted != "any":
                # a town abroad ("مدينة ميرعلي", "بلدة تشامان") is a place as well
                if e.level == wanted or (wanted == "place" and e.level in ("district", "outside")):
                    bonus += 3.0
                elif wanted in ("province", "outside"):
                    bonus -= 3.0
            # "بلوشستان الإيرانية": the adjective's country, not a namesake in another.
            if form.country and e.country != form.country:
                bonus -= 6.0
            # A village that shares a name with nothing larger is weak evidence on its own,
            # and none at all after a province's unit word ("ولاية لقمان": no village is
            # called a province, whatever the province told nearby)
            if e.level == "place" and wanted != "place":
                bonus -= 15.0 if wanted == "province" else 8.0
            rank = -(cand.score + bonus - penalty)
            prev = best.get(e.id)
            if prev is None or rank < prev[0]:
                best[e.id] = (rank, cand)

    def _ranked(self, best: dict[str, tuple[float, Candidate]], limit: int) -> list[Candidate]:
        """Best first; equal ranks by level, then entry id."""
        if len(best) < 2:
            return [cand for _, cand in best.values()][:limit]
        tie = self._tie_break
        ranked = sorted(best.values(), key=lambda item: (item[0], tie(item[1].entry)))
        return [cand for _, cand in ranked[:limit]]

    def _tie_break(self, e: Entry) -> tuple[float, ...]:
        found = self._tie_keys.get(e.id)
        if found is None:
            found = self._tie_keys[e.id] = _tie_break_key(e, e.id in self._well_known)
        return found


_DEFINITE = re.compile(r"^(?:[وفب]?ال|لل)\w{3}")


def _definite(name: str) -> bool:
    """Whether every word of the name but its unit words carries the article."""
    words = [w for w in name.split() if normalize(w).lstrip("وب") not in UNIT_WORDS]
    return bool(words) and all(_DEFINITE.match(w) for w in words)


def _names_a_unit(form: _Form, level: str | None) -> bool:
    """Whether a unit word says a place is named: in the query ("مدينة بشاور", "منطقة
    ... القبلية") or found by the caller before it (`level`)."""
    return form.level_hint is not None or level is not None


def _tie_break_key(e: Entry, well_known: bool = False) -> tuple[float, ...]:
    digits = [ord(c) for c in e.id]
    return (float(_LEVEL_ORDER.get(e.level, 9)), 0.0 if well_known else 1.0, *map(float, digits))


# CLITICS runs from the longest to the shortest, and a word starts with one clitic of each
# length at most: looking its first 4, 3, 2 and 1 letters up gives the same bare forms in
# the same order.
_CLITIC_SET = frozenset(CLITICS)
_CLITIC_LENGTHS = tuple(sorted({len(c) for c in CLITICS}, reverse=True))


@lru_cache(maxsize=65536)
def _strip_clitic(word: str) -> tuple[str, ...]:
    """Bare forms of a word without each leading clitic that leaves three letters or more."""
    return tuple(
        [word[n:] for n in _CLITIC_LENGTHS if len(word) - n >= 3 and word[:n] in _CLITIC_SET]
    )


def _forms(name: str) -> tuple[_Form, ...]:
    """Readings of a query: as written, without a leading unit word, without clitics."""
    text = normalize(name)
    if not text or text in STOPWORDS:
        return ()
    words = text.split()
    forms: list[_Form] = [_Form(text, None, 0)]
    # Leading prepositions: "في ولاية كنر", "قرب مدينة قندهار".
    while len(words) > 1 and words[0] in _PREPOSITIONS:
        words = words[1:]
        forms.append(_Form(" ".join(words), None, 1))
    # A leading unit word, possibly with clitics: "بولاية" -> unit "ولايه", name follows.
    first = words[0]
    unit_level = UNIT_WORDS.get(first)
    stripped_unit = 0
    bare_forms = _strip_clitic(first)
    if unit_level is None:
        for bare in bare_forms:
            if bare in UNIT_WORDS:
                unit_level, stripped_unit = UNIT_WORDS[bare], 1
                break
    if unit_level and len(words) > 1:
        rest = words[1:]
        # Readings that still carry the unit word match exactly or not at all.
        forms = [_Form(f.text, unit_level, f.stripped, loose=False) for f in forms]
        forms.append(_Form(" ".join(rest), unit_level, 1))
        words = rest
        bare_forms = _strip_clitic(words[0])
    elif unit_level:
        return ()  # a unit word alone names nothing
    # Clitics on the name itself: "لهلمند", "وكنر", "بغزني".
    for bare in bare_forms:
        text = " ".join([bare, *words[1:]]) if len(words) > 1 else bare
        # ("بالبنجاب": the article stripped with the preposition costs more than the
        # preposition alone, so a name written with its article, البنجاب, wins)
        article = words[0][: len(words[0]) - len(bare)].endswith("ال")
        forms.append(_Form(text, unit_level, 1 + stripped_unit + article, clitic=True))
    # Two-word names are also written the other way round: قلعة موسى / موسى قلعة.
    # Edit distance on the words swapped reads two names as one ("لورا مندي" as Mandol).
    if len(words) == 2:
        forms.append(_Form(f"{words[1]} {words[0]}", unit_level, 1 + stripped_unit, edits=False))
    # Trailing words that are not part of the name: "سركانو الحدودية", "كنر الشرقية";
    # "القبلية", "الباكستانية" also say the place is abroad.
    if len(words) > 1 and words[-1] in _ABROAD:
        country = _ABROAD[words[-1]]
        forms.append(_Form(" ".join(words[:-1]), "outside", 1 + stripped_unit, country=country))
    elif len(words) > 1 and (words[-1] in STOPWORDS or words[-1] in _TRAILING):
        forms.append(_Form(" ".join(words[:-1]), unit_level, 1 + stripped_unit))
    # "Khel" is also written كيل (غني كيل for غني خيل): the usual خيل is tried too.
    if "كيل" in text:
        for f in list(forms):
            fw = f.text.split()
            if len(fw) > 1 and "كيل" in fw[1:]:
                khel = " ".join("خيل" if w == "كيل" else w for w in fw)
                forms.append(_Form(khel, f.level_hint, f.stripped + 1, f.loose, edits=f.edits))
    return tuple([f for f in forms if f.text and f.text not in STOPWORDS])


# A word-final alef maksura is said "a" (موسى Musa): "نوى" is Nawa (نوا) as often as نوي.
_FINAL_MAKSURA = re.compile(r"\u0649(?=[\s\u064b-\u0652]*(?:\s|$))")


def _maksura_forms(name: str, forms: tuple[_Form, ...]) -> tuple[_Form, ...]:
    """Readings with a word-final ى written ا, for exact keys only; one step costlier than
    the ي reading, so a name spelt with ي wins a tie."""
    seen = {f.text for f in forms}
    return tuple(
        [
            f._replace(stripped=f.stripped + 1, loose=False)
            for f in _forms(_FINAL_MAKSURA.sub("\u0627", name))
            if f.text not in seen
        ]
    )


def _english_forms(name: str) -> list[_Form]:
    """Readings of an English query: as written, and without a unit word ("Helmand
    province", "the district of Sangin") that then says the level."""
    words = [w for w in normalize(name).split() if w not in _EN_FILLER]
    if not words or not english_key(" ".join(words)):
        return []
    forms = [_Form(" ".join(words), None, 0)]
    units = [w for w in words if w in _EN_UNIT_WORDS]
    rest = [w for w in words if w not in _EN_UNIT_WORDS]
    if units and rest:
        forms = [_Form(forms[0].text, _EN_UNIT_WORDS[units[0]], 0, loose=False)]
        forms.append(_Form(" ".join(rest), _EN_UNIT_WORDS[units[0]], 1))
    return forms


def _entry_from_row(row: dict[str, str]) -> Entry:
    return Entry(
        id=row["id"],
        level=row["level"],
        name_en=row["name_en"],
        name_ar=row["name_ar"],
        province_pcode=row["province_pcode"] or None,
        district_pcode=row["district_pcode"] or None,
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        country=row["country"],
        source=row["source"],
    )


def _read_geojson(name: str) -> dict[str, Any]:
    text = (resources.files("gazetteer") / "data" / name).read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


_DEFAULT: Gazetteer | None = None


def load() -> Gazetteer:
    """The package gazetteer, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.from_package()
    return _DEFAULT
