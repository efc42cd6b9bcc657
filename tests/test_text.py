"""Reading article files and splitting sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.source import ArticleSource
from incidents.text import ArticleError, decode_article, read_article, split_sentences

ARTICLE = "قال مسؤولون إن انفجارا وقع في مديرية سنجين بولاية هلمند. وأصيب ثلاثة جنود."


def test_utf8_with_and_without_bom():
    assert decode_article(ARTICLE.encode()).text == ARTICLE
    bom = decode_article(b"\xef\xbb\xbf" + ARTICLE.encode())
    assert bom.text == ARTICLE
    assert bom.encoding == "utf-8-sig"


def test_windows_1256():
    article = decode_article(ARTICLE.encode("cp1256"))
    assert article.text == ARTICLE
    assert article.encoding == "windows-1256"


def test_utf16_with_bom():
    assert decode_article(ARTICLE.encode("utf-16")).text == ARTICLE


def test_html_is_stripped_to_text_without_scripts():
    page = f"<html><head><script>var x='هلمند';</script></head><body><p>{ARTICLE}</p></body></html>"
    article = decode_article(page.encode())
    assert article.was_html
    assert article.text == ARTICLE
    assert article.source is None


def test_html_metadata_comes_back_with_the_text(tmp_path):
    # A saved page carries its own URL, outlet and date; the text is unchanged by them.
    page = (
        '<html><head><meta property="og:site_name" content="الصحيفة التجريبية">'
        '<meta name="pubdate" content="2012-08-17"><link rel="canonical" href="https://e.org/1">'
        f"</head><body><p>{ARTICLE}</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    assert article.text == ARTICLE
    assert article.source == ArticleSource(
        url="https://e.org/1",
        outlet="الصحيفة التجريبية",
        published=date(2012, 8, 17),
        published_text="2012-08-17",
    )


def test_stray_quote_entities_become_quotation_marks_and_end_sentences():
    # a page's "&quot;" kept in plain text, or kept without its "&" (a scraping scar)
    text = (
        "وقال المسؤول ان quot;ثلاثين مدنيا نقلوا للمستشفىquot;.واكد الطبيب ان احدهم "
        "توفي. وقال &quot;نحن بخير&quot; &amp; شكرا."
    )
    article = decode_article(text.encode("utf-8"))
    assert "quot;" not in article.text
    assert "&amp;" not in article.text
    assert [s.text for s in split_sentences(article.text)] == [
        'وقال المسؤول ان "ثلاثين مدنيا نقلوا للمستشفى".',
        "واكد الطبيب ان احدهم توفي.",
        'وقال "نحن بخير" & شكرا.',
    ]


def test_plain_text_has_no_source_even_with_date_like_words():
    text = ARTICLE + ' <time datetime="2012-08-17"> هذا نص عادي'
    assert decode_article(text.encode()).source is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x00\x01\x02\x03binary\x00" * 50, "binary"),
        (b"This is an English news report about Kandahar province." * 3, "not Arabic"),
        (b"<html><body><script>alert(1)</script></body></html>", "no text"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(data, reason):
    with pytest.raises(ArticleError, match=reason):
        decode_article(data)


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(ARTICLE.encode() * 10)
    with pytest.raises(ArticleError, match="too large"):
        read_article(big, max_bytes=100)


def test_sub_headline_running_into_the_next_sentence_is_split():
    # Digest style: "إحراق ... للناتو" is a sub-headline glued to "وفي هجوم منفصل".
    text = "قتل جندي في كنر. إحراق سبع شاحنات للناتو وفي هجوم منفصل، أحرق المقاتلون شاحنات."
    sentences = [s.text for s in split_sentences(text)]
    assert "إحراق سبع شاحنات للناتو" in sentences
    assert any(s.startswith("وفي هجوم منفصل") for s in sentences)


def test_a_second_place_after_in_x_is_no_sentence_of_its_own():
    # "في العاصمة كابول وفي إقليم قندز": parallel places of one clause; "وفي ولاية زابل قتل
    # ..." after a sentence's end words opens the next one
    text = (
        "وأعلنت الشرطة مقتل عشرة أشخاص في هجومين في العاصمة كابول وفي إقليم قندز شمال البلاد. "
        "وقتل جنديان في كابول وفي ولاية زابل قتل ثلاثة جنود في هجوم على دوريتهم."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0].endswith("وفي إقليم قندز شمال البلاد.")
    assert sentences[-1].startswith("وفي ولاية زابل قتل")


@given(st.text(max_size=300))
def test_every_sentence_is_the_article_at_its_offsets(text):
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text


# The splitter's fast paths against the patterns that define the cuts: sentence ends
# without bullets, and the spaces before an opener (found from the opener's letters).
_PIECES = st.sampled_from(
    [
        *(" ", "  ", "\n", "\n\n", "\t", ".", "...", "!", "؟", "?", "،", ",", ":", "؛", "-", "•"),
        *("x", "3.5", "أ.ف.ب", "قتل", "كابول.وقال", "مقتل جندي", "وفي", "وفي هجوم", "وقال"),
        *("أعلنت", "قال", "كما قال", "، كما أعلنت", "ولاية", "ومن جهة"),
    ]
)


@given(st.lists(_PIECES, max_size=25).map("".join))
def test_fast_sentence_cuts_match_their_patterns(text):
    from incidents import text as t

    if not any(b in text for b in t._BULLETS):
        assert [m.end() for m in t._END_NO_BULLETS.finditer(text)] == [
            m.end() for m in t._END.finditer(text)
        ]
    assert t._spaces_before(t._OPENER_WORDS, text) == [m.start() for m in t._OPENER.finditer(text)]
    assert t._spaces_before(t._SAYING_WORDS, text) == [
        m.start() for m in t._SAYING_OPENER.finditer(text)
    ]
    assert t._spaces_before(t._HEADLINE_OPENER_WORDS, text) == [
        m.start() for m in t._HEADLINE_OPENER.finditer(text)
    ]


def test_a_verb_of_saying_after_a_joined_clause_stays_in_its_sentence():
    from incidents.text import split_sentences

    joined = "ونفى متحدث باسم الحلف ذلك وقال إن الغارة قتلت خمسة مسلحين."
    assert [s.text for s in split_sentences(joined)] == [joined]
    but = "غير أن متحدثا عسكريا قال إن القتلى من المسلحين."
    assert [s.text for s in split_sentences(but)] == [but]
    # a sub-headline run into the report still ends before the verb
    digest = "مقتل جندي أمريكي في هلمند وقال الجيش الأمريكي إن جنديا قتل أمس."
    assert [s.text for s in split_sentences(digest)] == [
        "مقتل جندي أمريكي في هلمند",
        "وقال الجيش الأمريكي إن جنديا قتل أمس.",
    ]


def test_a_verb_of_telling_inside_a_clause_opened_by_wa_cuts_no_sentence():
    from incidents.text import split_sentences

    sentence = "وقد أفادت وكالة أنباء محلية بأن الحركة أعلنت مسؤوليتها عن التفجير."
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_spaced_initials_end_no_sentence():
    text = (
        "وقال إن المسلحين المزودين بقاذفات “أر. بي. جيه” هاجموا مناطق شيجال. "
        "وذكر أن مسلحين عبروا الحدود."
    )
    assert [s.text for s in split_sentences(text)] == [
        "وقال إن المسلحين المزودين بقاذفات “أر. بي. جيه” هاجموا مناطق شيجال.",
        "وذكر أن مسلحين عبروا الحدود.",
    ]
    # a short word at a sentence's end still ends it
    assert len(split_sentences("قتل جندي. وقال إن الهجوم وقع ليلا.")) == 2
    # initials glued by their stop to a model's number: "إم.دي-530"
    model = "واستخدمت القوات مروحيات إم.دي-530 لضرب المسلحين في مديرية كوت."
    assert [s.text for s in split_sentences(model)] == [model]
    # a short word glued after a stop, then a space, opens the next sentence
    assert len(split_sentences("قتل جندي.في هجوم آخر أصيب شرطي.")) == 2
    # the platform "X" ends its sentence
    platform = "وقال المتحدث في منشور على منصة إكس. وقتل ثلاثة جنود في انفجار عبوة ناسفة."
    assert len(split_sentences(platform)) == 2
    # a man's initial, a Latin letter's name, before his name: spaced or glued
    for initial in ("المهندس جيه. راميش", "المهندس جيه.راميش"):
        named = f"وخطف مسلحون {initial} قرب مدينة قلات."
        assert [s.text for s in split_sentences(named)] == [named]


def test_a_second_report_after_a_comma_is_cut_but_a_source_named_so_is_not():
    report = "وقتل جنديان في هلمند، كما قالت الوزارة إن ثلاثة أصيبوا."
    assert [s.text for s in split_sentences(report)] == [
        "وقتل جنديان في هلمند،",
        "كما قالت الوزارة إن ثلاثة أصيبوا.",
    ]
    told = "كما أعلن مسؤول مقتل 14 عنصرا"
    assert len(split_sentences(f"وأسرت طالبان أربعة من الشرطة، {told}.")) == 2
    # "كما ذكر مسؤولون ...": who told the sentence, no report of its own
    source = (
        "قتل أحد عشر شرطيا في غرب أفغانستان، كما ذكر مسؤولون حملوا حركة طالبان مسؤولية هذه الخسائر."
    )
    assert [s.text for s in split_sentences(source)] == [source]


def test_a_dotted_name_in_brackets_ends_no_sentence():
    text = (
        "ونقلت شبكة (إيه.بي.سي. نيوز) الإخبارية عن المتحدث قوله إن الهجوم وقع ليلا. "
        "واستهدف المهاجمون مركزا (P.R.T) للقوات الدولية."
    )
    assert [s.text for s in split_sentences(text)] == [
        "ونقلت شبكة (إيه.بي.سي. نيوز) الإخبارية عن المتحدث قوله إن الهجوم وقع ليلا.",
        "واستهدف المهاجمون مركزا (P.R.T) للقوات الدولية.",
    ]
    # a bracket closed before the full stop leaves it a sentence's end
    assert len(split_sentences("قتل جندي (أمريكي). وقال (المتحدث) إن الهجوم وقع ليلا.")) == 2


def test_a_piece_ending_on_a_clause_particle_is_no_sub_headline():
    text = "يأتي ذلك فيما قال مسؤولون إن 25 من مسلحي طالبان قتلوا في الاشتباكات."
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("contrast", ["بينما", "فيما", "في حين"])
def test_a_clause_opened_by_a_contrast_before_its_verb_of_saying_is_no_sub_headline(contrast):
    # "بينما متحدث باسم الحركة أعلن أن ...": the subject before its verb, one clause
    text = f"{contrast} متحدث باسم الحركة أعلن أن 30 جنديا قتلوا."
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("was", ["كان", "وكان", "كانت"])
def test_the_subject_of_a_pluperfect_before_its_verb_is_no_sub_headline(was):
    # 'كان "نجيب الله" الناطق باسم الجيش أكد ...': "كان", its subject, then its verb
    text = f'{was} "نجيب الله" الناطق باسم الجيش أكد وقوع الهجوم.'
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_line_break_that_only_wraps_a_sentence_cuts_none():
    # a page saved with a break every 80 characters or so: the sentence runs on
    text = (
        "مقتل أربعة من الشرطة في هجوم جنوب أفغانستان\n"
        "وقال قائد الشرطة في الولاية، محمد كريم، إن أربعة\n"
        "من الشرطة قتلوا في هجوم شنته طالبان على موقعهم ليلة أمس.\n"
        "وأعلنت السلطات أيضا مقتل شرطي في انفجار عبوة ناسفة في\n"
        "مدينة ترينكوت مساء أمس."
    )
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        "مقتل أربعة من الشرطة في هجوم جنوب أفغانستان",  # a headline: no comma, nothing open
        "وقال قائد الشرطة في الولاية، محمد كريم، إن أربعة من الشرطة قتلوا في هجوم شنته طالبان "
        "على موقعهم ليلة أمس.",
        "وأعلنت السلطات أيضا مقتل شرطي في انفجار عبوة ناسفة في مدينة ترينكوت مساء أمس.",
    ]


def test_a_long_line_opened_by_and_goes_on_unless_the_next_opens_on_and_too():
    # no headline opens on "و": the line wraps a sentence, its name cut across the break
    text = (
        "ونقلت الوكالة عن شهود قولهم إن قوات موالية للحاكم السابق عبد الله\n"
        "أحمدي هاجمت مركز المديرية ليلا."
    )
    assert len(split_sentences(text)) == 1
    # a stop left out at the end of a line, the next sentence opening on "و"
    missing_stop = (
        "وأكد المسؤول سقوط قذائف على قرى الولاية خلال الليل\nويأتي القصف وسط توتر بين البلدين."
    )
    assert len(split_sentences(missing_stop)) == 2


def test_a_short_line_cut_after_a_word_no_sentence_ends_on_goes_on():
    # a preposition or a word of cause cannot end a sentence or a headline, however short
    text = "قتل ستة جنود جراء\nلغم أرضي زرع قرب طريق في ولاية لغمان.\nوقال الحاكم إن\nأربعة جرحوا."
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        "قتل ستة جنود جراء لغم أرضي زرع قرب طريق في ولاية لغمان.",
        "وقال الحاكم إن أربعة جرحوا.",
    ]
    # a short headline of three words or fewer stands on its line
    assert len(split_sentences("هجوم في\nقندهار أمس.")) == 2


def test_a_line_opening_on_a_preposition_with_a_pronoun_goes_on_with_the_line_before():
    text = (
        "وانفجرت عبوة ناسفة قرب سوق مزدحم كان الحاكم موجودا\n"
        "فيه مع عدد من حراسه، حسبما أفاد شهود عيان."
    )
    assert len(split_sentences(text)) == 1


def test_a_line_opening_on_an_adjective_of_the_noun_before_goes_on_with_it():
    text = (
        "وقال مسؤولون إن انتحاريا فجر نفسه عند البوابة الخلفية لمبنى السفارة\n"
        "البريطانية في العاصمة صباح اليوم."
    )
    assert len(split_sentences(text)) == 1
    # a headline line, then a sentence that opens on a noun with the article
    two = "مقتل خمسة جنود في هجوم على القاعدة العسكرية\nالسلطات الأفغانية تعلن صد هجوم ثان."
    assert len(split_sentences(two)) == 2


def test_a_short_line_or_a_dateline_line_still_ends_its_sentence():
    text = "كابول، أفغانستان (رويترز) -\nقتل جنديان في انفجار.\nقندهار، الجنوب\nقتل شرطي."
    assert len(split_sentences(text)) == 4


def test_a_zero_typed_for_a_full_stop_ends_its_sentence_when_it_is_the_texts_habit():
    text = (
        "قتل 45 مسلحا فى اشتباكات فى شرق افغانستان 0 وقالت القوات فى بيان ان اربعين "
        "قتلوا فى محافظة اوروزغان0 من جهة اخرى قتل جنديان فى محافظة كونار0"
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "قتل 45 مسلحا فى اشتباكات فى شرق افغانستان",
        "وقالت القوات فى بيان ان اربعين قتلوا فى محافظة اوروزغان",
        "من جهة اخرى قتل جنديان فى محافظة كونار",
    ]
    # one zero alone may be a figure: no cut
    one = "سجلت الإصابات بنسبة 0 في المئة في الولاية."
    assert [s.text for s in split_sentences(one)] == [one]


def test_a_side_of_the_country_glued_to_its_name_is_a_word_of_its_own():
    from incidents.tokens import tokenize

    words = [t.text for t in tokenize("انفجار قنبلة جنوبأفغانستان وشرقافغانستان")]
    assert words == ["انفجار", "قنبلة", "جنوب", "أفغانستان", "وشرق", "افغانستان"]


def test_a_taa_marbuta_inside_a_word_ends_a_word_whose_space_was_lost():
    from incidents.tokens import tokenize

    text = "في الضاحية الشرقيةلكابول أمس"
    assert [(t.text, text[t.start : t.end]) for t in tokenize(text)][2:4] == [
        ("الشرقية", "الشرقية"),
        ("لكابول", "لكابول"),
    ]
    # a doubled letter at the end is a typo of one word, no word of its own
    assert [t.text for t in tokenize("المدينةة")] == ["المدينةة"]


def test_the_conjunction_written_apart_is_read_with_the_next_word():
    from incidents.tokens import tokenize

    # "و أصيب": the word as written, with its offsets, read as "وأصيب"
    text = "قتل جندي و أصيب آخران"
    tokens = tokenize(text)
    assert [(t.text, text[t.start : t.end]) for t in tokens][2] == ("أصيب", "أصيب")
    assert tokens[2].key == tokenize("وأصيب")[0].key
    # before a figure the conjunction stays a word of its own
    assert [t.text for t in tokenize("قتل 3 و 5 جرحى")] == ["قتل", "3", "و", "5", "جرحى"]


def test_a_stop_after_a_closing_quote_ends_its_sentence_with_no_space_after_it():
    text = 'قتل نائب الحاكم في اشتباكات مع حركة "طالبان".وكانت مواجهات قد اندلعت صباح اليوم.'
    assert [s.text for s in split_sentences(text)] == [
        'قتل نائب الحاكم في اشتباكات مع حركة "طالبان".',
        "وكانت مواجهات قد اندلعت صباح اليوم.",
    ]


@pytest.mark.parametrize("bullet", ["", "• "])
@pytest.mark.parametrize("quote", ['"', "»", "”"])
@pytest.mark.parametrize("space", [" ", ""])
def test_a_stop_inside_a_closing_quote_ends_its_sentence(bullet, quote, space):
    # "نقدر أن 80 شخصا قتلوا." وتفيد ...": the quoted words end with their sentence, also
    # when the space after the quote was lost
    text = (
        f"{bullet}وقال المسؤول: «نقدر أن 40 شخصا قتلوا.{quote}{space}وتفيد تقارير بأن القتال توقف."
    )
    assert [s.text for s in split_sentences(text)][-2:] == [
        f"وقال المسؤول: «نقدر أن 40 شخصا قتلوا.{quote}",
        "وتفيد تقارير بأن القتال توقف.",
    ]


def test_another_voice_after_a_comma_opens_a_sentence():
    text = "وأصيب ستة مدنيين في الهجوم ،من جانبه، أكد المتحدث أن الوضع تحت السيطرة منذ أسبوع."
    assert [s.text for s in split_sentences(text)] == [
        "وأصيب ستة مدنيين في الهجوم ،",
        "من جانبه، أكد المتحدث أن الوضع تحت السيطرة منذ أسبوع.",
    ]


def test_a_stop_after_a_figure_ends_its_sentence_with_no_space_after_it():
    text = "وقتل 103 جنود منذ عام 2002.وجاء في البيان أن الدورية تعرضت لانفجار بلغ 2.5 طن."
    assert [s.text for s in split_sentences(text)] == [
        "وقتل 103 جنود منذ عام 2002.",
        "وجاء في البيان أن الدورية تعرضت لانفجار بلغ 2.5 طن.",
    ]
    # with bullets in the text too
    bulleted = "• قتل جندي منذ ٢٠٠٢.وجاء في البيان أن الدورية تعرضت لانفجار."
    assert len(split_sentences(bulleted)) == 2


@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_question_mark_glued_between_two_words_is_a_lost_space_not_a_stop(bullet):
    # a no-break space a page lost became "?": "التابعة?للتحالف?أن"
    text = bullet + "وذكرت القوة التابعة?للتحالف?أن جنديا قتل في انفجار.وقال مسؤول إن الطريق أغلق."
    assert [s.text for s in split_sentences(text)] == [
        "وذكرت القوة التابعة?للتحالف?أن جنديا قتل في انفجار.",
        "وقال مسؤول إن الطريق أغلق.",
    ]


def test_a_middle_dot_set_for_a_full_stop_ends_its_sentence():
    text = "وقال مسؤولون إن 13 شرطيا قتلوا في هجمات متفرقة· وكشفت القوة الدولية عن مقتل جنديين·"
    assert [s.text for s in split_sentences(text)] == [
        "وقال مسؤولون إن 13 شرطيا قتلوا في هجمات متفرقة·",
        "وكشفت القوة الدولية عن مقتل جنديين·",
    ]


def test_a_decimal_point_after_a_bracket_free_number_ends_no_sentence():
    text = "وقال مسؤول إن المساعدات بلغت 3.5 مليون دولار."
    assert len(split_sentences(text)) == 1


def test_in_addition_to_that_with_its_comma_opens_a_sentence_whose_stop_was_lost():
    text = "أودت الغارات بحياة 19 مسلحا بالإضافة إلى ذلك، أكد البيان أن القوات قتلت 5 مسلحين."
    assert [s.text for s in split_sentences(text)][1].startswith("بالإضافة إلى ذلك،")


def test_in_addition_to_that_without_a_comma_goes_on_its_sentence():
    text = "قتل خمسة جنود بالإضافة إلى ذلك الضابط في الهجوم."
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("source", ["حسبما أفاد مكتب الحاكم", "وفق ما ذكرت الشرطة"])
def test_a_lead_running_into_its_source_is_no_headline(source):
    text = f"قتل ثلاثة أشخاص في هجوم بولاية قندهار، {source}."
    assert [s.text for s in split_sentences(text)] == [text]


def test_on_its_part_before_a_verb_of_saying_opens_no_headline():
    # "من جانبه أعلن التحالف ...": "on its part" leads into the verb, no sub-headline
    text = "قتل جنديان في انفجار. من جانبه أعلن التحالف أن جنوده قتلوا عددا من المسلحين."
    assert [s.text for s in split_sentences(text)] == [
        "قتل جنديان في انفجار.",
        "من جانبه أعلن التحالف أن جنوده قتلوا عددا من المسلحين.",
    ]


def test_a_place_fronted_after_fa_before_a_verb_of_saying_opens_no_headline():
    # "ففي ولاية X قال المتحدث ...": "ف" + "في" leads into the verb as "وفي" does
    text = "قتل عشرة أشخاص في هجمات. ففي ولاية زابل جنوب البلاد قال المتحدث إن عبوة انفجرت."
    assert [s.text for s in split_sentences(text)] == [
        "قتل عشرة أشخاص في هجمات.",
        "ففي ولاية زابل جنوب البلاد قال المتحدث إن عبوة انفجرت.",
    ]


def test_this_and_a_verb_of_saying_are_one_sentence():
    # "هذا وأكد المتحدث ...": "this, and" leads into the verb
    text = "انفجرت قنبلة في السوق. هذا وأكد المتحدث أن خمسة أشخاص قتلوا."
    assert [s.text for s in split_sentences(text)] == [
        "انفجرت قنبلة في السوق.",
        "هذا وأكد المتحدث أن خمسة أشخاص قتلوا.",
    ]


@pytest.mark.parametrize("before", ["هذا وسبق أن", "هذا وسبق ان", "يأتي ذلك بعد أن"])
def test_words_no_sentence_ends_on_run_on_into_a_verb_of_saying(before):
    # "... أن أعلن": the verb of saying goes on a clause that cannot have ended
    text = f"انفجرت قنبلة في السوق. {before} أعلن المتحدث أن خمسة أشخاص قتلوا."
    assert [s.text for s in split_sentences(text)] == [
        "انفجرت قنبلة في السوق.",
        f"{before} أعلن المتحدث أن خمسة أشخاص قتلوا.",
    ]


def test_a_stop_typed_before_the_number_a_line_ends_on_ends_the_sentence():
    # a right-to-left editor shows "العام 2009." typed as "العام .2009", the stop first
    text = (
        "لقي جندي أجنبي حتفه بانفجار عبوة بولاية هلمند، ما يرفع عدد القتلى هذا العام إلى "
        "أعلى حصيلة منذ العام .٢٠٠٦\n"
        "الجندي كان في دورية راجلة قرب مدينة سنجين حين انفجرت العبوة."
    )
    assert len(split_sentences(text)) == 2


def test_a_verb_of_saying_with_that_right_after_it_has_its_subject_before_it():
    # "بيان ... أفاد أن": the statement is the subject of the verb, no headline before it
    text = "قتل جنديان في هجوم بولاية بكتيا. بيان للشرطة المحلية أفاد أن المهاجمين فروا."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-1].startswith("بيان للشرطة")
