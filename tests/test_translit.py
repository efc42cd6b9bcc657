"""The press transliterator: romanised Afghan names spelled as Arabic outlets write them,
and the rule that keeps a generated spelling only where it names one place."""

from __future__ import annotations

import csv
from collections import defaultdict
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.match import CLITICS, STOPWORDS
from gazetteer.normalize import normalize
from gazetteer.translit import (
    MAX_SPELLINGS,
    Place,
    indexable_spellings,
    press_spellings,
    unique_spellings,
)


def keys(name: str) -> set[str]:
    return {normalize(s) for s in press_spellings(name)}


# -- the transliterator, one rule a case ---------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "name", "spellings"),
    [
        ("kh is خ", "Khost", {"خوست"}),
        ("gh is غ", "Ghazni", {"غزني"}),
        ("g is ج, ك or غ", "Gardez", {"جرديز", "كرديز", "غرديز"}),
        ("sh is ش", "Shindand", {"شيندند"}),
        ("ch is تش, ش or ج", "Chak", {"تشاك", "شاك", "جاك"}),
        ("zh is ز or ج", "Zhari", {"زاري", "جاري"}),
        ("q is ق or ك", "Muqur", {"موقور", "موكور"}),
        ("initial a is أ", "Arghandab", {"ارغنداب"}),
        ("ay is اي", "Dāykundī", {"دايكوندي"}),
        ("a medial short a is written ا or not at all", "Nawa", {"نوا", "ناوا"}),
        ("e/i is ي or nothing", "Gereshk", {"جرشك", "جريشك"}),
        ("o/u is و or nothing", "Pul-i-Khumri", {"بول خمري", "بل خمري"}),
        ("final -a is ا, ه/ة or ى", "Bakwa", {"باكوا", "باكوه", "باكوي"}),
        ("final -ah is ه/ة or ا", "Marjah", {"مرجه", "مارجا"}),
        ("final -i is ي", "Tani", {"تاني"}),
        ("izafa -i- joins", "Pul-i-Khumri", {"بول خمري"}),
        ("izafa -e joins", "Nahr-e Saraj", {"نهر سراج"}),
        ("-wa- is و joined to the next word", "Dand Wa Patan", {"دند وبتان"}),
        ("words split as written", "Spin Boldak", {"سبين بولدك"}),
        ("one-syllable -ah is اه", "Shah Wali Kot", {"شاه ولي كوت"}),
    ],
)
def test_spelling_rule(rule, name, spellings):
    assert spellings <= keys(name), rule


def test_a_long_vowel_is_always_written():
    # Bāmyān marks its long a: never بميان, as the unmarked Bamyan may be spelled.
    assert press_spellings("Bāmyān") == ("باميان",)
    assert "بميان" in press_spellings("Bamyan")


def test_abad_is_written_with_madda():
    # -abad is the word آباد, whether the name joins it (Jalalabad) or not (Dawlat Abad).
    assert "جلال آباد" in press_spellings("Jalalabad")
    assert "دولت آباد" in press_spellings("Dawlat Abad")


def test_the_most_likely_spelling_comes_first():
    assert press_spellings("Nahr-e Saraj")[0] == "نهر سراج"
    assert press_spellings("Ghazni")[0] == "غزني"
    assert press_spellings("Kandahar")[0] == "كندهار"


def test_a_u_beside_w_is_one_letter():
    # Duwum: the u beside the w is the same و, not a second one.
    spellings = press_spellings("Hisa-e-Duwum-e-Kohistan")
    assert "هسا دوم كوهستان" in spellings
    assert not any("دووم" in s for s in spellings)


def test_no_spelling_for_what_is_no_name():
    # A spreadsheet error in an IEC list, and names without Latin letters.
    assert press_spellings("#NAME?") == ()
    assert press_spellings("") == ()
    assert press_spellings("قندهار") == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghijklmnopqrstuwyz -'", max_size=30))
def test_bounded_distinct_and_deterministic(name):
    out = press_spellings(name)
    assert len(out) <= MAX_SPELLINGS
    assert len({normalize(s) for s in out}) == len(out)
    assert out == press_spellings(name)


def test_only_spellings_that_write_every_vowel_are_indexable():
    # تني and كما leave a vowel out: Dari's own spelling, or an Arabic word ("as").
    assert indexable_spellings("Tani") == ("تاني",)
    assert "كما" in keys("Kama")
    assert "كما" not in {normalize(s) for s in indexable_spellings("Kama")}


# -- the rule that keeps a generated spelling ---------------------------------------------

PLACES = {
    "AF14": Place("AF14"),
    "AF1404": Place("AF14", "AF1404"),
    "AF1115": Place("AF11", "AF1115"),
    "AF3103": Place("AF31", "AF3103"),
    "AF2409": Place("AF24", "AF2409"),
    "AF2605": Place("AF26", "AF2605"),
    "AF2702": Place("AF27", "AF2702"),
    "GN1": Place("AF24", "AF2409"),
}


def kept(generated, existing=None, *, common=frozenset()):
    return unique_spellings(
        generated,
        existing or {},
        PLACES,
        common_words=common,
        clitics=CLITICS,
    )


def test_a_unique_spelling_is_kept():
    assert kept({"تاني": {"AF1404": "Tani"}}) == {"تاني": {"AF1404": "Tani"}}


def test_a_spelling_generated_for_two_places_is_dropped():
    # Arghandab is a district of Zabul and of Kandahar.
    both = {"ارغانداب": {"AF2605": "Arghandab", "AF2702": "Arghandab"}}
    assert kept(both) == {}


def test_a_spelling_that_is_another_places_name_is_dropped():
    assert kept({"ارغانداب": {"AF2605": "Arghandab"}}, {"ارغانداب": ["AF2702"]}) == {}


def test_a_spelling_that_is_another_name_after_a_clitic_is_dropped():
    # بساياد would be read as ب + ساياد by the matcher.
    assert kept({"بساياد": {"AF1115": "Bsayad"}}, {"ساياد": ["AF1404"]}) == {}
    assert kept({"بساياد": {"AF1115": "Bsayad"}}) != {}


def test_a_spelling_that_names_a_place_abroad_is_dropped():
    assert kept({"كانداهار": {"AF2409": "Kandahar"}}, {"كانداهار": ["IR-x"]}) == {}


def test_a_common_word_is_dropped():
    common = normalize("الأمريكية")
    assert kept({common: {"AF1404": "Al-Amrikiya"}}, common=STOPWORDS) == {}


def test_fewer_than_three_letters_are_dropped():
    assert kept({"تي": {"AF1404": "Ti"}}) == {}


def test_a_short_spelling_with_three_consonants_is_dropped():
    # كالات (Qalat) is the tail of وكالات "agencies"; تاني has two consonants and no rival.
    assert kept({"كالات": {"AF2409": "Qalat"}}) == {}
    assert kept({"تاني": {"AF1404": "Tani"}})


def test_a_district_its_town_and_its_province_are_one_place():
    # Spin Boldak the district and the town; Tani the district and its province.
    both = {"سبين بولداك": {"AF2409": "Spin Boldak", "GN1": "Spin Boldak"}}
    assert kept(both) == both
    assert kept({"تاني": {"AF1404": "Tani"}}, {"تاني": ["AF14"]}) == {"تاني": {"AF1404": "Tani"}}


def test_a_spelling_whose_skeleton_already_places_it_is_kept():
    # سبين بولداك shares the skeleton of the district's own names, yet it is the exact key
    # a spelling one letter off is measured against.
    generated = {"سبين بولداك": {"AF2409": "Spin Boldak"}}
    assert kept(generated) == generated


def test_a_spelling_already_the_entrys_own_name_adds_nothing():
    assert kept({"تاني": {"AF1404": "Tani"}}, {"تاني": ["AF1404"]}) == {}


# -- the built gazetteer --------------------------------------------------------------------


def _generated_aliases() -> list[dict[str, str]]:
    path = resources.files("gazetteer") / "data" / "aliases.tsv"
    with path.open(encoding="utf-8") as fh:
        return [
            row
            for row in csv.DictReader(fh, delimiter="\t")
            if row["source"].startswith("press transliteration of ")
        ]


@pytest.mark.parametrize(
    ("spelling", "pcode"),
    [
        ("تاني", "AF1404"),  # Tani (Khost); Dari تنی
        ("باكوا", "AF3308"),  # Bakwa (Farah); Dari بکواه
        ("مديرية باكوا", "AF3308"),
    ],
)
def test_press_spellings_are_matched_after_the_build(gaz, spelling, pcode):
    m = gaz.match(spelling)
    assert m.entry is not None
    assert m.entry.district_pcode == pcode
    assert m.best is not None
    assert m.best.alias_source.startswith("press transliteration of ")


def test_generated_aliases_are_afghan_and_name_one_place(gaz):
    rows = _generated_aliases()
    assert rows
    owners: dict[str, set[str]] = defaultdict(set)
    path = resources.files("gazetteer") / "data" / "aliases.tsv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["kind"] in ("ar", "part", "part-district"):
                owners[row["key"]].add(row["entry_id"])
    for row in rows:
        named = [gaz.get(i) for i in owners[row["key"]]]
        assert all(e is not None and e.country == "AF" for e in named), row
        provinces = {e.province_pcode for e in named if e is not None}
        districts = {e.district_pcode for e in named if e is not None and e.district_pcode}
        assert len(provinces) == 1, row
        assert len(districts) <= 1, row
        assert row["key"] not in STOPWORDS
