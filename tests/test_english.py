"""English names: OCHA, GeoNames and press spellings reach their entries, folded case-,
diacritic- and hyphen-insensitively; English queries that name a place abroad stay abroad."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.match import Gazetteer

SPELLINGS = Path(__file__).parent / "data" / "english_spellings.tsv"


def _spellings() -> list[tuple[str, str]]:
    lines = [ln for ln in SPELLINGS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")][1:]
    return [(spelling, expected) for spelling, expected in rows]


def _placed(gaz: Gazetteer, spelling: str, expected: str) -> bool:
    entry = gaz.match(spelling).entry
    if entry is None:
        return False
    # Four characters: a province; six: a district (a town counts by its district).
    got = entry.province_pcode if len(expected) == 4 else entry.district_pcode
    return got == expected


def test_english_press_spellings_are_placed(gaz):
    rows = _spellings()
    assert len(rows) >= 80
    misses = [s for s, expected in rows if not _placed(gaz, s, expected)]
    assert len(misses) <= 0.05 * len(rows), misses


@pytest.mark.parametrize(
    ("spelling", "entry_id"),
    [
        ("Helmand", "AF30"),  # press spelling; OCHA writes Hilmand
        ("HILMAND", "AF30"),  # case folded
        ("Lashkar Gah", "AF3001"),  # OCHA: Lashkargah, one word
        ("lashkar-gah", "AF3001"),  # hyphen folded
        ("Pul-i-Khumri", "AF0901"),  # OCHA: Pul-e-Khumri (izafa connector folded)
        ("Kandahār", "AF27"),  # GeoNames diacritics folded
    ],
)
def test_english_key_reaches_the_entry(gaz, spelling, entry_id):
    m = gaz.match(spelling)
    assert m.entry.id == entry_id
    assert m.best.method == "exact"
    assert m.best.alias_source


def test_english_misspelling_is_placed_by_its_skeleton(gaz):
    # "Helmund" is no alias: the consonant skeleton of the romanisation places it.
    m = gaz.match("Helmund")
    assert m.entry.id == "AF30"
    assert m.best.method == "skeleton"


def test_english_unit_word_chooses_the_level(gaz):
    assert gaz.match("Kandahar").entry.id == "AF27"
    assert gaz.match("Kandahar city").entry.id == "AF2701"
    assert gaz.match("Sangin district").entry.id == "AF3008"


def test_english_province_name_as_context(gaz):
    # Arghandab is a district of Kandahar and of Zabul: the province named decides.
    assert gaz.match("Arghandab", province="Kandahar").entry.id == "AF2702"
    assert gaz.match("Arghandab", province="Zabul").entry.id == "AF2605"


def test_lookup_tier_accepts_english(gaz):
    assert gaz.lookup("Paktia").id == "AF13"
    with pytest.raises(LookupError):
        gaz.lookup("Atlantis")


@pytest.mark.parametrize(
    ("spelling", "country"),
    [
        ("Zabol", "IR"),  # the Iranian town; the Afghan province is Zabul
        ("Chaman", "PK"),
        ("Quetta", "PK"),
        ("Peshawar", "PK"),
        ("Bajaur", "PK"),
        ("North Waziristan", "PK"),
        ("Taftan", "PK"),
        ("Mashhad", "IR"),
    ],
)
def test_english_name_of_a_place_abroad_stays_abroad(gaz, spelling, country):
    entry = gaz.match(spelling).entry
    assert entry.country == country
    assert entry.province_pcode is None


def test_zabul_province_is_not_zabol(gaz):
    assert gaz.match("Zabul").entry.id == "AF26"
    assert gaz.match("Zabul province").entry.id == "AF26"
