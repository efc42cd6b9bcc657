"""The one normaliser: keys for index and query alike."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.normalize import (
    arabic_variants,
    english_key,
    latin_skeleton,
    normalize,
    skeleton,
)

ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=30)


@given(st.one_of(ARABIC, st.text(max_size=30)))
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


def test_a_capital_that_lowers_to_a_letter_and_a_mark_normalises_once():
    # "İ" lowers to "i" and a combining dot above: lowered first, the mark goes with it
    assert normalize("İstanbul") == normalize(normalize("İstanbul")) == "istanbul"


@given(st.one_of(ARABIC, st.text(max_size=30)))
def test_skeleton_never_raises_and_has_no_spaces(text):
    assert " " not in skeleton(text)


def test_diacritics_alef_teh_marbuta_and_persian_letters_fold():
    # Same name written with harakat, hamza on alef, teh marbuta and Persian keheh/yeh.
    assert normalize("أَسَد آباد") == normalize("اسد اباد")
    assert normalize("موسى قلعة") == normalize("موسی قلعه")
    assert normalize("لشکرگاه") == normalize("لشكركاه")


def test_tatweel_and_bidi_controls_are_dropped():
    assert normalize("قنـــدهار\u200f") == normalize("قندهار")


def test_kunar_spellings_share_a_skeleton():
    # كنر / كونر / كونار and the romanised Kunar are one consonant skeleton.
    assert skeleton("كنر") == skeleton("كونر") == skeleton("كونار") == latin_skeleton("Kunar")


def test_romanised_and_arabic_skeletons_meet():
    assert latin_skeleton("Lashkar Gah") == skeleton("لشكرجاه")
    assert latin_skeleton("Mohammad Agha") == skeleton("محمد آغي")
    assert latin_skeleton("Nahr-e Saraj") == skeleton("نهر سراج")


def test_persian_gaf_is_spelled_each_way_journalists_write_it():
    assert set(arabic_variants("لشکرگاه")) >= {"لشكركاه", "لشكرجاه", "لشكرغاه"}


def test_final_at_also_gets_teh_marbuta():
    assert normalize("هراة") in arabic_variants("هرات")


@pytest.mark.parametrize(
    ("persian_or_variant", "arabic"),
    [
        ("فاریاب", "فارياب"),  # Persian yeh / Arabic yeh
        ("کنر", "كنر"),  # keheh / kaf
        ("قلعه", "قلعة"),  # heh / teh marbuta
        ("أسد آباد", "اسد اباد"),  # hamza and madda on alef / bare alef
        ("إسلام قلعة", "اسلام قلعة"),
        ("موسى", "موسي"),  # alef maksura / yeh
    ],
)
def test_letter_forms_are_one_key(persian_or_variant, arabic):
    assert normalize(persian_or_variant) == normalize(arabic)


@pytest.mark.parametrize("query", ["فاریاب", "فارياب", "فارياپ"])
def test_search_finds_faryab_in_any_letter_form(gaz, query):
    # The one normaliser serves index and query: the Persian-yeh spelling finds the entry
    # whose display name is written with the Arabic yeh, and the other way round.
    assert gaz.candidates(query)[0].entry.id == "AF29"


def test_english_key_folds_case_hyphens_diacritics_and_izafa():
    assert english_key("Lashkar Gah") == english_key("LASHKAR-GAH") == english_key("Lashkargah")
    assert english_key("Mazar-i-Sharif") == english_key("Mazar-e Sharif")
    assert english_key("Kandahār") == english_key("kandahar")
    assert english_key("هلمند") == ""
