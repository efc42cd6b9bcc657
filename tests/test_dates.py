"""Dates of events: explicit, relative to the publication date, and datelines.

Every sentence here is invented, in the manner of Arabic wire copy on Afghanistan.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.dates import (
    DateMention,
    date_mentions,
    dateline_date,
    event_date,
    parse_published,
    statement_date,
)
from incidents.extract import extract_article

# A Wednesday.
WED = date(2009, 6, 17)


def only(sentence: str, *, published: date | None = WED) -> DateMention:
    """The one mention of a sentence that must have exactly one."""
    mentions = date_mentions(sentence, published=published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def day_of(sentence: str, *, published: date | None = WED) -> date | None:
    found = event_date(sentence, published=published)
    return found.day if found else None


# --- explicit dates ---------------------------------------------------------------------


def test_day_month_year_with_gulf_month_name():
    sentence = "قتل ثلاثة جنود في انفجار عبوة ناسفة في 12 مايو 2007 بولاية هلمند."
    mention = only(sentence)
    assert (mention.text, mention.day, mention.rule) == (
        "12 مايو 2007",
        date(2007, 5, 12),
        "explicit",
    )
    assert sentence[mention.start : mention.end] == mention.text


def test_combined_levantine_and_gulf_month_with_arabic_indic_digits():
    mention = only("هاجم مسلحون مركزا للشرطة في ١٢ أيار/مايو ٢٠٠٧ في قندهار.")
    assert mention.text == "١٢ أيار/مايو ٢٠٠٧"
    assert mention.day == date(2007, 5, 12)


def test_gulf_month_then_levantine_name_after_a_slash():
    assert day_of("قصفت الطائرات القرية في 3 فبراير/شباط 2010.") == date(2010, 2, 3)


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("يناير", 1),
        ("كانون الثاني", 1),
        ("آذار", 3),
        ("ابريل", 4),
        ("إبريل", 4),
        ("نيسان", 4),
        ("يونيه", 6),
        ("حزيران", 6),
        ("يوليه", 7),
        ("تموز", 7),
        ("اغسطس", 8),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
    ],
)
def test_every_month_spelling_with_a_day_number(month, number):
    assert day_of(f"وقع الهجوم في 5 {month} 2008 قرب الحدود.") == date(2008, number, 5)


def test_weekday_before_an_explicit_date_takes_the_explicit_date():
    # The weekday is redundant; the printed date decides (Tuesday 12 May 2007).
    mention = only("انفجرت سيارة مفخخة الثلاثاء 12 مايو 2007 في كابول.")
    assert (mention.text, mention.day, mention.rule) == (
        "الثلاثاء 12 مايو 2007",
        date(2007, 5, 12),
        "explicit",
    )


def test_day_of_month_with_min_shahr():
    mention = only("قتل جنديان في 3 من شهر مارس في ولاية زابل.", published=date(2009, 3, 10))
    assert mention.text == "3 من شهر مارس"
    assert mention.day == date(2009, 3, 3)


def test_bitarikh_before_the_date_is_not_part_of_it():
    assert only("أعلنت الشرطة بتاريخ 12 مايو 2007 اعتقال خمسة.").text == "12 مايو 2007"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("12/5/2007", date(2007, 5, 12)),  # day first, as Arabic writes it
        ("2007-05-12", date(2007, 5, 12)),
        ("١٢/٥/٢٠٠٧", date(2007, 5, 12)),
    ],
)
def test_numeric_dates(written, expected):
    mention = only(f"وقع الانفجار يوم {written} في مديرية سنجين.")
    assert mention.text.endswith(written)
    assert (mention.day, mention.rule) == (expected, "explicit")


def test_weekday_before_a_numeric_date_takes_the_numeric_date():
    mention = only("قتل شرطيان الخميس 14/5/2009 في غزني.")
    assert (mention.text, mention.day) == ("الخميس 14/5/2009", date(2009, 5, 14))


def test_day_number_glued_to_the_month_name():
    assert day_of("قال مسؤولون إن الهجوم وقع في 21مايو2009م.") == date(2009, 5, 21)


def test_explicit_date_without_year_takes_the_publication_year():
    mention = only("قتل خمسة مدنيين في 7 يونيو في قصف على قرية.")
    assert (mention.day, mention.rule) == (date(2009, 6, 7), "explicit_no_year")


def test_explicit_date_without_year_after_publication_is_last_year():
    # Published 17 June 2009: "28 December" is December 2008.
    assert day_of("وكان الهجوم الأول في 28 ديسمبر الماضي.") == date(2008, 12, 28)


def test_explicit_date_without_year_or_publication_is_a_mention_without_day():
    mention = only("قتل خمسة مدنيين في 7 يونيو في قصف على قرية.", published=None)
    assert (mention.text, mention.day, mention.rule) == ("7 يونيو", None, "explicit_no_year")
    assert event_date("قتل خمسة مدنيين في 7 يونيو.", published=None) is None


def test_impossible_date_is_a_mention_without_day():
    assert only("أعلنت الحركة في 31 فبراير 2008 مسؤوليتها.").day is None


def test_ab_is_august_only_next_to_a_number():
    # آب is also "father": no number, no date.
    assert date_mentions("وقال آب الضحية إن ابنه قتل في القصف.", published=WED) == []
    # Published June 2009: "14 August" without a year is August 2008.
    assert day_of("اختطف مهندس في 14 آب أغسطس قرب قندهار.") == date(2008, 8, 14)
    assert only("تصاعد العنف في آب 2005 في الجنوب.").rule == "month_year"


# --- relative to the publication date ----------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["اليوم", "صباح اليوم", "فجر اليوم", "مساء اليوم", "ظهر اليوم", "هذا الصباح", "صباح هذا اليوم"],
)
def test_today_forms_give_the_publication_date(phrase):
    mention = only(f"قتل أربعة من عناصر الشرطة {phrase} في هجوم على حاجز في قندوز.")
    assert (mention.text, mention.day, mention.rule) == (phrase, WED, "today")


@pytest.mark.parametrize(
    "phrase",
    [
        *("أمس", "الأمس", "بالأمس", "يوم أمس", "مساء أمس", "ليلة أمس", "صباح أمس", "فجر أمس"),
        # "البارحة", yesterday in the Gulf and in the groups' statements
        *("البارحة", "ليلة البارحة", "مساء البارحة"),
    ],
)
def test_yesterday_forms_give_the_day_before_publication(phrase):
    mention = only(f"سقطت قذائف هاون {phrase} على مطار قندهار.")
    assert (mention.day, mention.rule) == (WED - timedelta(days=1), "yesterday")


def test_last_night():
    mention = only("أغارت طائرات على مخبأ للمسلحين الليلة الماضية في كونار.")
    assert (mention.text, mention.day, mention.rule) == (
        "الليلة الماضية",
        date(2009, 6, 16),
        "last_night",
    )


@pytest.mark.parametrize("phrase", ["أول أمس", "أمس الأول", "أول من أمس"])
def test_day_before_yesterday_is_two_days_back(phrase):
    mention = only(f"كمن مسلحون لقافلة إمداد {phrase} قرب الحدود.")
    assert (mention.day, mention.rule) == (date(2009, 6, 15), "day_before_yesterday")


def test_yesterday_with_its_weekday():
    mention = only("قتل جندي أمس الثلاثاء في انفجار لغم.")
    assert (mention.text, mention.day, mention.rule) == (
        "أمس الثلاثاء",
        date(2009, 6, 16),
        "weekday_yesterday",
    )


def test_yesterday_in_brackets_before_its_weekday():
    assert only("قتل 12 شخصا أمس (الثلثاء) في أعمال عنف.").day == date(2009, 6, 16)


def test_yesterday_and_weekday_that_disagree_are_a_conflict():
    # Published on a Wednesday: yesterday was Tuesday, not Sunday.
    mention = only("قتل جندي أمس الأحد في انفجار لغم.")
    assert (mention.text, mention.day, mention.rule) == ("أمس الأحد", None, "conflict")
    assert event_date("قتل جندي أمس الأحد في انفجار لغم.", published=WED) is None


def test_a_day_after_since_opens_a_span_and_dates_no_event():
    # "منذ الاثنين الماضي": the operation ran from Monday to the news, on no one day
    sentence = "يواصل الجيش حملته في الولاية منذ الاثنين الماضي وقد قتل خلالها 40 مسلحا."
    assert event_date(sentence, published=WED) is None
    assert event_date("بدأ الجيش عملية في الولاية الاثنين الماضي.", published=WED) is not None


def test_the_date_of_a_wire_dateline_opening_the_sentence_is_no_event_day():
    # "قندوز، أفغانستان 14 مارس 2017 /قتل ... أمس": the day the wire filed; the event's
    # is yesterday
    sentence = "قندوز، أفغانستان 14 مارس 2017 /قتل خمسة جنود أمس في هجوم على حاجز للشرطة."
    assert event_date(sentence, published=date(2017, 3, 14)).day == date(2017, 3, 13)


def test_yesterday_named_with_the_issue_day_is_the_issue_day():
    # A print issue dated Wednesday that says "أمس (الأربعاء)": the weekday named is the
    # issue's own day.
    mention = only("قتل جندي أمس (الأربعاء) في انفجار لغم.")
    assert (mention.day, mention.rule) == (WED, "weekday_issue_day")


def test_today_named_with_the_day_before_the_issue_is_the_day_written():
    # Put online on a Wednesday, written on the Tuesday: "اليوم الثلاثاء" is that Tuesday;
    # "أمس الاثنين" the Monday before it
    mention = only("سيطرت الحركة اليوم الثلاثاء على مدينة تالقان.")
    assert (mention.day, mention.rule) == (date(2009, 6, 16), "weekday_written_the_day_before")
    assert only("قتل جندي أمس الاثنين في انفجار لغم.").day == date(2009, 6, 15)


def test_day_before_yesterday_with_its_weekday():
    mention = only("ووقع الهجوم مساء أمس الأول الاثنين في ولاية زابل.")
    assert (mention.day, mention.rule) == (date(2009, 6, 15), "weekday_day_before_yesterday")


def test_today_with_its_weekday():
    assert only("قتل مدنيان فجر اليوم الأربعاء في غارة.").day == WED


@pytest.mark.parametrize(("glued", "back"), [("ظهرأمس", 1), ("مساءأمس", 1), ("صباحاليوم", 0)])
def test_part_of_day_glued_to_the_day(glued, back):
    mention = only(f"وقع الانفجار بعد {glued} قرب السوق.")
    assert (mention.text, mention.day) == (glued, WED - timedelta(days=back))


def test_relative_dates_without_publication_date_have_no_day():
    mentions = date_mentions("قتل جندي أمس الثلاثاء وأصيب اثنان اليوم.", published=None)
    assert [(m.text, m.day) for m in mentions] == [("أمس الثلاثاء", None), ("اليوم", None)]


# --- weekdays -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الأحد", date(2009, 6, 14)),
        ("الاثنين", date(2009, 6, 15)),
        ("الإثنين", date(2009, 6, 15)),
        ("الثلاثاء", date(2009, 6, 16)),
        ("الثلثاء", date(2009, 6, 16)),
        ("الأربعاء", WED),  # the publication day itself
        ("الخميس", date(2009, 6, 11)),
        ("الجمعة", date(2009, 6, 12)),
        ("السبت", date(2009, 6, 13)),
    ],
)
def test_weekday_is_the_latest_on_or_before_publication(phrase, expected):
    mention = only(f"هاجم مسلحون نقطة تفتيش {phrase} في ولاية غزني.")
    assert (mention.text, mention.day, mention.rule) == (phrase, expected, "weekday")


@pytest.mark.parametrize("prefix", ["يوم", "صباح", "مساء", "فجر", "ليلة"])
def test_weekday_with_day_or_part_of_day_before_it(prefix):
    # "ليلة الخميس" is taken as Thursday, not the Wednesday night before it.
    mention = only(f"اندلعت اشتباكات {prefix} الخميس في مديرية موسى قلعة.")
    assert (mention.text, mention.day) == (f"{prefix} الخميس", date(2009, 6, 11))


def test_weekday_with_conjunction_clitic():
    mentions = date_mentions("استمرت المعارك بين الثلاثاء والخميس في قندوز.", published=WED)
    assert [(m.text, m.day) for m in mentions] == [
        ("الثلاثاء", date(2009, 6, 16)),
        ("والخميس", date(2009, 6, 11)),
    ]


def test_weekday_last_is_strictly_before_publication():
    mention = only("قتل عشرات في هجوم يوم الأربعاء الماضي على السوق.")
    assert (mention.day, mention.rule) == (date(2009, 6, 10), "last_weekday")


def test_next_weekday_names_no_day_of_the_event():
    mention = only("يجتمع الوزراء الخميس المقبل لبحث الأمن.")
    assert (mention.day, mention.rule) == (None, "next_weekday")


def test_friday_prayer_is_still_a_friday():
    assert day_of("انفجرت قنبلة في مسجد خلال صلاة الجمعة في قندوز.") == date(2009, 6, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل الأحد عشر جنديا في كمين.",  # eleven
        "قال عبد الأحد القائد المحلي إن القرية آمنة.",  # a name
        "أصيب الجنديين الاثنين في الانفجار.",  # the two soldiers
    ],
)
def test_weekday_words_that_are_not_weekdays(sentence):
    assert date_mentions(sentence, published=WED) == []


# --- not the day of the event -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "لا تزال الحركة تنفي صلتها بالتفجير حتى اليوم.",
        "ما زالت الطريق مغلقة إلى اليوم.",
        "وفي اليوم التالي عثر على جثث الرهائن.",
        "وفي نفس اليوم قتل شرطي في هرات.",
        "وذكرت صحيفة اليوم السابع أن الهجوم أسفر عن قتلى.",  # a newspaper's name
        "وقع الهجوم في يوم ماطر.",
        "فقدت القوات 2007 قطعة سلاح.",
    ],
)
def test_phrases_that_name_no_day(sentence):
    assert event_date(sentence, published=WED) is None


@pytest.mark.parametrize(
    ("sentence", "text", "rule"),
    [
        ("تصاعدت الهجمات في مايو 2007 في الجنوب.", "مايو 2007", "month_year"),
        ("قتل أكثر من ألف مدني عام 2007.", "عام 2007", "year"),
        ("وقتل قائد محلي الشهر الماضي في هلمند.", "الشهر الماضي", "last_month"),
        ("وشهد الأسبوع الماضي ثلاث هجمات.", "الأسبوع الماضي", "last_week"),
        ("وكانت الحركة خطفت صحفيين العام الماضي.", "العام الماضي", "last_year"),
    ],
)
def test_vague_times_are_mentions_without_day(sentence, text, rule):
    mention = only(sentence)
    assert (mention.text, mention.day, mention.rule) == (text, None, rule)
    assert event_date(sentence, published=WED) is None


def test_bare_month_is_no_mention():
    assert date_mentions("وفي سبتمبر/أيلول خطفت طالبان مهندسا.", published=WED) == []


# --- the event's date, not the statement's -------------------------------------------------


def test_event_date_is_the_first_mention_that_names_a_day():
    sentence = "وكانت الحركة هددت في مايو 2007 بهجمات، ثم قتل ثلاثة جنود أمس في كمين."
    found = event_date(sentence, published=WED)
    assert found is not None
    assert (found.text, found.day) == ("أمس", date(2009, 6, 16))


def test_day_after_a_verb_of_saying_dates_the_statement_only():
    # Officials spoke yesterday; when the kidnapping happened is not said.
    assert day_of("صرح الحاكم أمس الثلاثاء بأن مجهولين خطفوا طبيبين.") is None
    assert day_of("قال الناطق، أمس، إن عصابة خطفت تاجرا.") is None


def test_a_day_after_a_speaker_with_his_office_dates_the_statement():
    # "قال المتحدث باسم حاكم الولاية أمس": the speaker's title stands between.
    sentence = "قال المتحدث باسم حاكم ولاية هلمند أمس إن المسلحين هاجموا الحاجز يوم السبت."
    assert day_of(sentence) == date(2009, 6, 13)


def test_statement_day_then_event_day():
    sentence = "أعلن مسؤولون أمس أن مسلحين هاجموا القافلة مساء أول أمس."
    assert day_of(sentence) == date(2009, 6, 15)


def test_day_inside_the_reported_clause_is_the_event():
    # After إن/أن the day belongs to what was said, however close the verb.
    assert day_of("وقال إن ثلاثة قتلوا أمس في الهجوم.") == date(2009, 6, 16)
    assert day_of("قال مسؤول إن خمسة قتلوا أمس في الهجوم.") == date(2009, 6, 16)


def test_part_of_day_right_after_a_verb_of_saying_dates_the_statement():
    assert day_of("قال مسؤولون مساء أمس إن مسلحين هاجموا القافلة.") is None


def test_sentence_without_date_words():
    assert date_mentions("قتل ثلاثة جنود في انفجار عبوة ناسفة.", published=WED) == []
    assert event_date("قتل ثلاثة جنود في انفجار عبوة ناسفة.", published=WED) is None


# --- publication dates and datelines -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2009-05-11", date(2009, 5, 11)),
        (" 2009-05-11\n", date(2009, 5, 11)),
        ("2009-05-11T08:30:00+04:30", date(2009, 5, 11)),
        ("2009-05-11 (page date)", date(2009, 5, 11)),
        ("2008 (exact date unknown)", None),
        ("2008-05", None),
        ("unknown", None),
        ("", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كابول 12 يونيو 2007 (شينخوا) قتل ثلاثة جنود.", date(2007, 6, 12)),
        ("قندهار (أفغانستان) 3 مارس 2009 (أ ف ب) - قتل شرطي.", date(2009, 3, 3)),
        ("كابول - 15 - 8 - 2010\nقتل ثلاثة جنود.", date(2010, 8, 15)),
        ("هجوم على قافلة\nمزار شريف، 5 أيار/مايو 2011 (رويترز) - هاجم مسلحون.", date(2011, 5, 5)),
        # the country after a comma, between the place and its date
        ("خوست، أفغانستان 7 يناير 2010 (شينخوا) -- قتل جنديان.", date(2010, 1, 7)),
        # a slash after the date, no agency
        ("ميمنة، أفغانستان 20 إبريل 2018 /صدت قوات الأمن هجوما.", date(2018, 4, 20)),
    ],
)
def test_dateline_at_the_head_of_an_article(text, expected):
    assert dateline_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود في هجوم. وكان هجوم مماثل وقع في 12 يونيو 2007 (رويترز).",
        "كابول (أ ف ب) - قتل ثلاثة جنود في 12 يونيو 2007 في هلمند.",
        "كابول 12 يونيو (شينخوا) قتل ثلاثة جنود.",  # no year: not certain on its own
        "في 12 يونيو 2007 قتل ثلاثة جنود في هلمند.",  # a sentence, not a dateline
        "هجوم انتحاري في 12 يونيو 2007\nقتل ثلاثة جنود.",  # a headline
        "قتل جندي في هجوم.\n" * 20 + "كابول 12 يونيو 2007 (شينخوا)",  # past the head
    ],
)
def test_no_dateline_date(text):
    assert dateline_date(text) is None


# --- invariants ------------------------------------------------------------------------------

# Date words, their neighbours and light punctuation, to be shuffled into sentences.
WORDS = st.sampled_from(
    (
        *("أمس", "اليوم", "الخميس", "الأحد", "الاثنين", "والجمعة", "صباح", "فجر", "يوم"),
        *("12", "2007", "١٢", "٢٠٠٧", "مايو", "آب", "كانون", "الثاني", "/", "-", "(", ")"),
        *("الماضي", "الأول", "حتى", "قتل", "قال", "إن", "في", "من", "شهر", "الليلة", "عشر"),
    )
)


@given(st.lists(WORDS, max_size=12), st.dates())
def test_mentions_point_into_the_sentence_in_order(words, published):
    sentence = " ".join(words)
    mentions = date_mentions(sentence, published=published)
    for mention in mentions:
        assert sentence[mention.start : mention.end] == mention.text
    assert all(a.end <= b.start for a, b in pairwise(mentions))


@given(st.text(max_size=60))
def test_any_text_is_read_without_error(text):
    date_mentions(text, published=WED)
    dateline_date(text)


@given(st.dates(min_value=date(1990, 1, 8)), st.sampled_from(["الأحد", "الخميس", "الجمعة"]))
def test_weekday_falls_in_the_week_up_to_publication(published, weekday):
    day = only(f"قتل جندي {weekday} في هجوم.", published=published).day
    assert day is not None
    assert published - timedelta(days=6) <= day <= published
    assert day.strftime("%w") == {"الأحد": "0", "الخميس": "4", "الجمعة": "5"}[weekday]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a day of the month written as an ordinal, with its month
        ("قتل جنديان في الخامس من أيار (مايو) في هلمند.", date(2009, 5, 5)),
        ("وقع الهجوم في الثامن والعشرين من مايو.", date(2009, 5, 28)),
        # ... of the month of publication, or the month before it
        ("وقع الهجوم في الخامس عشر من الشهر الجاري.", date(2009, 6, 15)),
        ("وقع الهجوم يوم 9 من الشهر الحالي.", date(2009, 6, 9)),
        ("وقع الهجوم في الحادي والعشرين من الشهر الماضي.", date(2009, 5, 21)),
    ],
)
def test_a_day_of_the_month_as_an_ordinal_or_of_this_month(written, expected):
    assert day_of(written) == expected


@pytest.mark.parametrize(
    "written",
    ["قتل جندي في الأسبوع الأول من الشهر الجاري.", "قتل جندي في اليوم الخامس من المعارك."],
)
def test_an_ordinal_that_ranks_a_noun_is_no_day(written):
    assert day_of(written) is None


def test_a_date_in_the_brackets_that_open_the_sentence_is_the_reports_day():
    # "( سبوتنيك - 18 أغسطس 2019)": the wire's dateline; the attack was on Saturday
    sentence = "( سبوتنيك - 18 أغسطس 2019) نفت حركة طالبان أية صلة لها بالهجوم الانتحاري."
    assert event_date(sentence, published=date(2019, 8, 18)) is None


def test_a_full_date_that_opens_the_sentence_is_the_pages_stamp():
    # the page's date run into the lead: the day the story was posted
    for sentence in (
        "٢١ يونيو ٢٠٠٦افاد مصدر عسكري ان القوات قتلت 20 عنصرا من طالبان.",
        "18-1-2018 | 14:52 قتل خمسة أشخاص في انفجار لغم.",
    ):
        assert event_date(sentence, published=date(2018, 1, 18)) is None
    # a date told with the event still dates it
    told = event_date("قتل خمسة أشخاص في 17 يناير 2018 في انفجار لغم.", published=None)
    assert told is not None
    assert told.day == date(2018, 1, 17)


def test_the_day_of_an_announcement_far_after_its_verb_gives_way_to_the_events_day():
    # "أعلنت قوات إيساف التابعة لحلف شمال الأطلسي في أفغانستان الجمعة مقتل ... الخميس"
    sentence = (
        "أعلنت قوات إيساف التابعة لحلف شمال الأطلسي في أفغانستان الجمعة مقتل أحد جنودها في "
        "انفجار قنبلة في جنوب البلاد الخميس."
    )
    told = event_date(sentence, published=date(2009, 7, 18))
    assert told is not None
    assert told.day == date(2009, 7, 16)


def _dated(text: str, gaz, published: date) -> str | None:
    """The event date of the one incident the text tells."""
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=published)
    return inc.event_date


_FILED_ON_THE_17TH = (
    "قندهار، أفغانستان 17 يناير 2016/ قالت مصادر إن 12 شخصا قتلوا في تفجير انتحاري "
    "في مدينة قندهار صباح اليوم (الأحد)."
)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        # filed on the 17th (a Sunday), online on the 18th: "اليوم" is the 17th
        (date(2016, 1, 18), "2016-01-17"),
        # a dateline weeks before the publication date is not the day written
        (date(2016, 3, 1), None),
    ],
)
def test_today_counts_from_a_wire_dateline_a_few_days_before_the_web_date(gaz, published, day):
    assert _dated(_FILED_ON_THE_17TH, gaz, published) == day


_ANNOUNCED_ON_SUNDAY = (
    "أعلنت وزارة الداخلية الأفغانية اليوم الأحد مقتل خمسة من رجال الشرطة في هجوم "
    "على نقطة تفتيش في ولاية غزني."
)


def test_a_statement_day_dates_an_incident_that_tells_no_day_of_its_own(gaz):
    # "أعلنت الوزارة اليوم الأحد مقتل ...": the day the news broke
    assert _dated(_ANNOUNCED_ON_SUNDAY, gaz, date(2019, 6, 2)) == "2019-06-02"


def test_a_day_of_the_event_told_later_wins_over_the_statement_day(gaz):
    text = (
        _ANNOUNCED_ON_SUNDAY + " وقال المتحدث إن الهجوم وقع مساء الجمعة عندما هاجم مسلحون النقطة."
    )
    assert _dated(text, gaz, date(2019, 6, 2)) == "2019-05-31"


def test_the_statement_date_is_none_when_the_event_has_a_day():
    sentence = "قال مسؤولون أمس الاثنين إن انفجارا وقع الأحد في كابول."
    assert statement_date(sentence, published=date(2009, 6, 16)) is None
    said = statement_date(
        "قال مسؤولون أمس الاثنين إن انفجارا وقع في كابول.", published=date(2009, 6, 16)
    )
    assert said is not None
    assert said.day == date(2009, 6, 15)


def test_a_wire_date_after_the_dateline_country_is_not_the_event_day(gaz):
    # "قندهار، أفغانستان 20 إبريل 2018 /": the wire's date; the event was on Thursday
    text = (
        "قندهار، أفغانستان 20 إبريل 2018 /صدت قوات الأمن هجوما لمسلحي طالبان على نقاط "
        "تفتيش في مديرية أرغنداب بولاية قندهار يوم الخميس، ما أسفر عن مقتل 15 مسلحا."
    )
    assert _dated(text, gaz, date(2018, 4, 20)) == "2018-04-19"


def test_a_credit_line_is_no_dateline_and_leaves_the_lead_its_day(gaz):
    # "المصدر: الأناضول." at the foot of the text names the source, not a place; the
    # lead's weekday dates the event
    text = (
        "قتل مدني، الإثنين، جراء تفجير دراجة نارية مفخخة في ولاية ننغرهار شرقي أفغانستان. "
        "وقال متحدث باسم حاكم الولاية إن ثلاثة آخرين أصيبوا في الانفجار.\n"
        "المصدر: الأناضول.\n"
    )
    from incidents.mentions import dateline_span

    assert dateline_span(text) is None
    assert _dated(text, gaz, date(2020, 9, 28)) == "2020-09-28"


def test_a_dateline_of_a_later_paragraph_takes_nothing_from_the_lead(gaz):
    # a second paragraph opening on "اسد اباد:" is read as the dateline; the lead before
    # it keeps its own day
    text = (
        "قال مسؤول إن القوات الأفغانية شنت هجوما يوم الاثنين على مقاتلين في ولاية نورستان، "
        "ما أسفر عن مقتل خمسة منهم.\n"
        "اسد اباد: وقال حاكم الولاية إن العملية مستمرة.\n"
    )
    assert _dated(text, gaz, date(2008, 7, 15)) == "2008-07-14"


def test_a_day_after_a_verb_of_saying_with_its_object_dates_the_statement():
    # "طبقا لما ذكرته وكالة ... اليوم الأحد": the day the agency told it
    sentence = (
        "قتل 4 أفراد من الشرطة الخاصة برصاص مسلحين، طبقا لما ذكرته وكالة خاما برس اليوم الأحد."
    )
    assert event_date(sentence, published=date(2020, 9, 27)) is None


def test_an_incident_told_as_well_right_after_another_is_of_its_day(gaz):
    text = (
        "قتل جنديان كنديان في كمين في ولاية قندهار الخميس. "
        "كما لقي 12 مدنيا مصرعهم في انفجار سيارة مفخخة في ولاية هلمند."
    )
    ambush, bombing = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2006, 8, 4)
    )
    assert ambush.event_date == bombing.event_date == "2006-08-03"


def test_the_events_own_day_told_after_replaces_a_day_that_may_date_the_statement(gaz):
    # "أعلن الناطق باسم والي ولاية فراه اليوم الخميس مقتل أربعة", then "إن القنبلة
    # انفجرت ليل أمس الأربعاء": the governor's man spoke on Thursday, the bomb went off
    # Wednesday
    text = (
        "أعلن عبد الواحد سعيدي الناطق باسم والي ولاية فراه اليوم الخميس مقتل أربعة أشخاص "
        "بانفجار قنبلة. وأوضح سعيدي أن القنبلة انفجرت ليل أمس الأربعاء في سوق بمديرية بالا "
        "بلوك مما أدى إلى مقتل أربعة أشخاص."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 1, 18))
    assert (inc.event_date, inc.date) == ("2018-01-17", "ليل أمس الأربعاء")
    # a later day told after is no earlier event's day
    later = text.replace("ليل أمس الأربعاء", "صباح اليوم")
    (inc,) = extract_article(later, gazetteer=gaz, article_id="t", published=date(2018, 1, 18))
    assert inc.event_date == "2018-01-18"


@pytest.mark.parametrize(
    ("phrase", "back"),
    [("قبل يومين", 2), ("قبل 4 أيام", 4), ("قبل خمسة أيام", 5), ("قبل يومين من الآن", 2)],
)
def test_days_counted_back_from_publication(phrase, back):
    mention = only(f"قتل جنديان {phrase} بلغم أرضي في مديرية شاه جوي.")
    assert (mention.day, mention.rule) == (WED - timedelta(days=back), "days_ago")


@pytest.mark.parametrize(
    "phrase",
    ["قبل يومين من الانتخابات", "قبل يومين فقط من الانتخابات", "قبل 10 أيام", "قبل أن يفر"],
)
def test_days_before_another_day_or_too_far_back_date_nothing(phrase):
    assert date_mentions(f"قتل جنديان {phrase} في ولاية زابل.", published=WED) == []


def test_the_night_before_last():
    mention = only("أغار مسلحون على نقطة للشرطة الليلة قبل الماضية في ولاية زابل.")
    assert (mention.text, mention.day) == ("الليلة قبل الماضية", WED - timedelta(days=2))


def test_the_weekday_before_last():
    mention = only("قتل جنديان يوم الخميس قبل الماضي في ولاية زابل.")
    # WED 2009-06-17: the last Thursday was the 11th, the one before it the 4th
    assert (mention.day, mention.rule) == (date(2009, 6, 4), "weekday_before_last")
