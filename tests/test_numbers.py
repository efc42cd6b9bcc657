"""Counts as Arabic war reporting writes them: digits, number words, hedges, vague amounts.

Every sentence here is made up in the genre; none is quoted from a corpus.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.numbers import Count, number_at, number_ending_at, word_value

# A small speller: n (1-9999) in masculine nominative words, in the usual order
# (thousands, hundreds, then unit و tens), each part after the first joined by و.
UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
TEEN_HEADS = {11: "أحد", 12: "اثنا"}
TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
HUNDREDS = ["", "مائة", "مائتان", *(u[:-1] + "مائة" for u in UNITS[3:8]), "ثمانمائة", "تسعمائة"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def spell(n: int, *, detached: bool = False) -> list[str]:
    """Arabic words for n; with detached=True the و is a token of its own ("و عشرون")."""
    thousands, rest = divmod(n, 1000)
    hundreds, rest = divmod(rest, 100)
    parts: list[list[str]] = []
    if thousands:
        parts.append({1: ["ألف"], 2: ["ألفان"]}.get(thousands, [UNITS[thousands], "آلاف"]))
    if hundreds:
        parts.append([HUNDREDS[hundreds]])
    if 10 < rest < 20:
        parts.append([TEEN_HEADS.get(rest, UNITS[rest - 10]), "عشر"])
    elif rest > 10:
        parts += [[UNITS[rest % 10]], [TENS[rest // 10]]] if rest % 10 else [[TENS[rest // 10]]]
    elif rest:
        parts.append([UNITS[rest]])
    words = list(parts[0])
    for part in parts[1:]:
        words += ["و", *part] if detached else ["و" + part[0], *part[1:]]
    return words


def read(sentence: str, i: int = 0) -> Count | None:
    return number_at(sentence.split(), i)


# -- digits ------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["23", "٢٣", "۲۳", "و23", "و٢٣"])
def test_digits_in_latin_arabic_indic_and_persian_forms_read_alike(token):
    assert read(f"قتل {token} مسلحا", 1) == Count(23, 1, 1, None, vague=False)


@pytest.mark.parametrize("token", ["1,200", "1٬200", "١٬٢٠٠"])
def test_thousands_separator_groups_digits(token):
    assert word_value(token) == 1200


@pytest.mark.parametrize("token", ["1.200", "1.5", "12,34", "1234,567", "²"])
def test_decimal_point_and_broken_grouping_are_not_counts(token):
    assert word_value(token) is None


def test_year_is_a_number_the_caller_decides():
    assert word_value("2009") == 2009


def test_digits_followed_by_thousand_word_multiply():
    assert read("نزح 3 آلاف شخص", 1) == Count(3000, 1, 2, None, vague=False)
    assert read("فر ٢٠ ألف مدني", 1) == Count(20000, 1, 2, None, vague=False)


def test_separate_counts_joined_by_and_are_not_summed():
    # "Eleven policemen and 23 gunmen were killed": two counts, each with its noun.
    words = ["قتل", "11", "شرطيا", "و", "23", "مسلحا"]
    assert number_at(words, 1) == Count(11, 1, 1, None, vague=False)
    assert number_at(words, 4) == Count(23, 4, 4, None, vague=False)
    assert number_at(["قتل", "11", "و23"], 1) == Count(11, 1, 1, None, vague=False)


# -- words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("واحد", 1),
        ("واحدا", 1),
        ("واحدة", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتان", 2),
        ("اثنتين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("أربع", 4),
        ("أربعة", 4),
        ("خمس", 5),
        ("خمسة", 5),
        ("ست", 6),
        ("ستة", 6),
        ("سبع", 7),
        ("سبعة", 7),
        ("ثمان", 8),
        ("ثماني", 8),
        ("ثمانية", 8),
        ("تسع", 9),
        ("تسعة", 9),
        ("عشر", 10),
        ("عشرة", 10),
        ("الثلاثة", 3),
        ("الأربع", 4),
        ("العشرة", 10),
        ("خَمْسَةُ", 5),
    ],
)
def test_unit_reads_in_each_gender_case_and_definite_form(word, value):
    assert read(f"أصيب {word} جنود", 1) == Count(value, 1, 1, None, vague=False)
    assert word_value(word) == value


@pytest.mark.parametrize("word", ["الاثنين", "الواحد"])
def test_definite_one_and_two_are_not_counts(word):
    # "يوم الاثنين" is Monday.
    assert word_value(word) is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("ستة عشر", 16),
        ("ثماني عشرة", 18),
        ("تسعة عشر", 19),
    ],
)
def test_teen_reads_as_two_words_ending_at_the_ten(phrase, value):
    assert read(f"قتل {phrase} شرطيا", 1) == Count(value, 1, 2, None, vague=False)


@pytest.mark.parametrize(
    ("word", "value"),
    [("عشرون", 20), ("عشرين", 20), ("ثلاثين", 30), ("أربعون", 40), ("ستين", 60), ("تسعون", 90)],
)
def test_tens_read_in_nominative_and_oblique(word, value):
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("sentence", "value", "last"),
    [
        ("خمسة وعشرون جنديا", 25, 1),
        ("ثلاث وثلاثين سيارة", 33, 1),
        ("واحد وأربعون مسلحا", 41, 1),
        ("إحدى وعشرين امرأة", 21, 1),
        ("خمسة و عشرون جنديا", 25, 2),
    ],
)
def test_compound_unit_and_tens_reads_as_one_number(sentence, value, last):
    assert read(sentence) == Count(value, 0, last, None, vague=False)


@pytest.mark.parametrize(
    ("sentence", "value", "last"),
    [
        ("الأربع والعشرين ساعة الماضية", 24, 1),
        ("الأربع وعشرين ساعة الماضية", 24, 1),
        ("الثلاث والثلاثين سنة", 33, 1),
        ("الخمسة عشر يوما", 15, 1),
    ],
)
def test_definite_compound_reads_as_one_number(sentence, value, last):
    assert read(sentence) == Count(value, 0, last, None, vague=False)


def test_a_definite_unit_after_its_noun_stands_alone_before_tens():
    # "الجنود الثلاثة وعشرون مدنيا": the three soldiers, then twenty civilians
    assert read("قتل الجنود الثلاثة وعشرون مدنيا", 2) == Count(3, 2, 2, None, vague=False)


def test_conjunction_on_first_word_is_dropped():
    assert read("قتل خمسة جنود وعشرين مسلحا", 3) == Count(20, 3, 3, None, vague=False)
    assert word_value("وعشرون") == 20
    assert word_value("بخمسة") == 5


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("مائة", 100),
        ("مئة", 100),
        ("مائه", 100),
        ("مائتان", 200),
        ("مائتين", 200),
        ("مائتا", 200),
        ("مئتان", 200),
        ("مئتين", 200),
        ("مئتا", 200),
        ("ثلاثمائة", 300),
        ("ثلاثمئة", 300),
        ("ثلاث مائة", 300),
        ("ثلاث مئة", 300),
        ("ثمانمائة", 800),
        ("تسعمائة", 900),
    ],
)
def test_hundreds_in_one_word_or_two(phrase, value):
    words = phrase.split()
    assert number_at(words, 0) == Count(value, 0, len(words) - 1, None, vague=False)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("مائة وخمسون", 150),
        ("مئتان وخمسة وعشرون", 225),
        ("ثلاثمائة وعشرة", 310),
        ("مائة وأحد عشر", 111),
        ("أربعمائة و ستة", 406),
    ],
)
def test_hundreds_take_the_rest_after_and(phrase, value):
    words = phrase.split()
    assert number_at(words, 0) == Count(value, 0, len(words) - 1, None, vague=False)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("ألف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("ألفا", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("ألف ومائتان", 1200),
        ("أحد عشر ألفا", 11000),
        ("خمسة وعشرون ألفا", 25000),
        ("مائة ألف", 100000),
        ("ثلاثة آلاف وخمسمائة", 3500),
    ],
)
def test_thousands_alone_with_multiplier_and_with_rest(phrase, value):
    words = phrase.split()
    assert number_at(words, 0) == Count(value, 0, len(words) - 1, None, vague=False)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("عشرون وخمسة جرحى", 20), ("ثلاثة وأربعة", 3), ("عشرة وعشرون", 10), ("مائة ومائتان", 100)],
)
def test_and_joins_only_larger_to_smaller(sentence, value):
    assert read(sentence) == Count(value, 0, 0, None, vague=False)


# -- hedges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "qualifier"),
    [
        ("ما لا يقل عن", "at_least"),
        ("على الأقل", "at_least"),
        ("أكثر من", "more_than"),
        ("اكثر من", "more_than"),
        ("ما يزيد عن", "more_than"),
        ("ما يزيد على", "more_than"),
        ("أزيد من", "more_than"),
        ("ما يربو على", "more_than"),
        ("نحو", "about"),
        ("حوالي", "about"),
        ("حوالى", "about"),
        ("قرابة", "about"),
        ("زهاء", "about"),
        ("ما يقرب من", "about"),
        ("بنحو", "about"),
        ("أقل من", "less_than"),
    ],
)
def test_hedge_before_number_sets_qualifier_and_opens_the_phrase(hedge, qualifier):
    words = f"قتل {hedge} خمسين مسلحا".split()
    number = len(hedge.split()) + 1
    assert number_at(words, 1) == Count(50, 1, number, qualifier, vague=False)
    assert number_ending_at(words, number) == Count(50, 1, number, qualifier, vague=False)


@pytest.mark.parametrize("article", ["ال", "الـ"])
def test_a_hedge_before_digits_with_the_article_written_apart_qualifies_them(article):
    words = ["قتل", "قرابة", article, "40", "مسلحا"]
    assert number_at(words, 1) == Count(40, 1, 3, "about", vague=False)


def test_at_least_after_number_qualifies_without_widening():
    # "Fifteen at least of the soldiers": the hedge follows the number.
    words = ["قتل", "خمسة", "عشر", "على", "الأقل", "من", "الجنود"]
    assert number_at(words, 1) == Count(15, 1, 2, "at_least", vague=False)
    assert number_ending_at(words, 2) == Count(15, 1, 2, "at_least", vague=False)


@pytest.mark.parametrize("preposition", ["على", "في"])
def test_at_least_after_the_number_with_either_preposition(preposition):
    words = ["قتل", "سبعة", preposition, "الأقل", "من", "الجنود"]
    assert number_at(words, 1) == Count(7, 1, 1, "at_least", vague=False)


def test_approximately_after_number_is_about():
    assert read("فر 300 تقريبا من القرية", 1) == Count(300, 1, 1, "about", vague=False)


def test_hedge_before_vague_amount_keeps_both():
    assert read("قتل أكثر من عشرات المدنيين", 1) == Count(None, 1, 3, "more_than", vague=True)


def test_hedge_without_number_is_not_a_count():
    assert read("هاجموا المركز أكثر من مرة", 2) is None
    assert read("تقدموا نحو المدينة", 1) is None


# -- vague amounts and non-numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["عشرات", "العشرات", "مئات", "المئات", "بضعة", "بضع", "عدة", "آلاف", "الآلاف"]
)
def test_vague_amount_has_no_value(word):
    assert read(f"قتل {word} المسلحين", 1) == Count(None, 1, 1, None, vague=True)
    assert word_value(word) is None


def test_vague_amount_of_thousands_spans_both_words():
    assert read("شرد عشرات الآلاف من السكان", 1) == Count(None, 1, 2, None, vague=True)
    assert read("قتل بضعة عشر مسلحا", 1) == Count(None, 1, 2, None, vague=True)


def test_thousands_after_a_unit_is_not_vague():
    assert read("نزح ثلاثة آلاف", 1) == Count(3000, 1, 2, None, vague=False)


@pytest.mark.parametrize("word", ["جنديين", "شرطيان", "قتيلين"])
def test_dual_nouns_are_left_to_the_caller(word):
    assert word_value(word) is None
    assert read(f"قتل {word}", 1) is None


@pytest.mark.parametrize("word", ["أحد", "إحدى", "اثنا"])
def test_teen_head_alone_is_not_one(word):
    # "أحد القادة" is "one of the commanders", "يوم الأحد" is Sunday.
    assert read(f"قتل {word} القادة", 1) is None
    assert word_value(word) is None


@pytest.mark.parametrize("word", ["ثاني", "ثالث", "الثالث", "ثلث"])
def test_ordinals_and_fractions_are_not_counts(word):
    assert word_value(word) is None


@pytest.mark.parametrize("word", ["هلمند", "قلعة", "بست", "لست", "وسط", "الثلاثاء", "الأربعاء"])
def test_ordinary_words_are_not_counts(word):
    assert read(word) is None
    assert word_value(word) is None


def test_index_outside_the_sentence_is_none():
    assert number_at(["خمسة"], 1) is None
    assert number_at(["خمسة"], -1) is None
    assert number_ending_at(["خمسة"], 3) is None


# -- finding a number backwards from its noun --------------------------------------------------


def test_ending_at_finds_the_start_of_a_compound():
    assert number_ending_at(["خمسة", "وعشرون", "جنديا"], 1) == Count(25, 0, 1, None, vague=False)


def test_ending_at_single_word_hundreds():
    assert number_ending_at(["قتل", "ثلاثمائة"], 1) == Count(300, 1, 1, None, vague=False)


def test_ending_inside_a_phrase_is_none():
    assert number_ending_at(["مائة", "وخمسة", "وعشرون"], 1) is None
    assert number_ending_at(["ثلاثة", "آلاف"], 0) is None


def test_count_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Count(1, 0, 0, None, vague=False).value = 2  # type: ignore[misc]


# -- properties --------------------------------------------------------------------------------


def test_speller_writes_the_usual_forms():
    assert spell(25) == ["خمسة", "وعشرون"]
    assert spell(3412) == ["ثلاثة", "آلاف", "وأربعمائة", "واثنا", "عشر"]
    assert spell(2001, detached=True) == ["ألفان", "و", "واحد"]


def test_every_number_below_ten_thousand_in_words_reads_back():
    for n in range(1, 10000):
        words = spell(n)
        assert number_at(words, 0) == Count(n, 0, len(words) - 1, None, vague=False), n


@given(st.integers(1, 9999), st.booleans())
def test_spelled_number_reads_back_whole_in_either_direction(n, detached):
    words = ["قتل", *spell(n, detached=detached), "مسلحا"]
    count = Count(n, 1, len(words) - 2, None, vague=False)
    assert number_at(words, 1) == count
    assert number_ending_at(words, len(words) - 2) == count


@given(st.integers(0, 10**12))
def test_arabic_indic_and_persian_digits_round_trip(n):
    assert word_value(str(n).translate(ARABIC_INDIC)) == n
    assert word_value(str(n).translate(PERSIAN)) == n
    assert word_value(f"{n:,}".translate(ARABIC_INDIC).replace(",", "٬")) == n
