"""Extraction: the seed's gold incidents, texts in other outlets' styles, invariants."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from incidents.extract import extract_article
from incidents.records import EVENT_TYPES

DATA = Path(__file__).parent / "data"


def _gold(name: str) -> list[dict]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line
    ]


def _covering(incidents, text: str, evidence: list[str]):
    """The extracted incident whose sentences contain any of the gold evidence."""
    for inc in incidents:
        spans = [(inc.start, inc.end), *inc.more]
        for ev in evidence:
            pos = text.find(ev)
            if pos >= 0 and any(s <= pos < e for s, e in spans):
                return inc
    return None


@pytest.fixture(scope="module")
def seed_incidents(gaz, seed_text):
    return extract_article(seed_text, gazetteer=gaz, article_id="article-000")


@pytest.mark.parametrize(
    "gold", [g for g in _gold("gold-seed.jsonl") if not g["optional"]], ids=lambda g: g["id"]
)
def test_seed_core_incident_found_typed_and_placed(gold, seed_incidents, seed_text):
    inc = _covering(seed_incidents, seed_text, gold["evidence"])
    assert inc is not None, f"{gold['id']} not found"
    assert inc.event_type in gold["event_types"]
    assert inc.location is not None
    assert inc.location.province_pcode == gold["province_pcode"]
    assert inc.location.district_pcode in gold["district_pcodes"]


def test_seed_casualties_claimant_and_equipment(seed_incidents, seed_text):
    by_id = {g["id"]: g for g in _gold("gold-seed.jsonl")}
    for gid in ("000-01", "000-06", "000-08"):
        inc = _covering(seed_incidents, seed_text, by_id[gid]["evidence"])
        assert (inc.killed, inc.wounded) == (by_id[gid]["killed"], by_id[gid]["wounded"]), gid
        assert inc.claimed_by == "Taliban"
    battle = _covering(seed_incidents, seed_text, by_id["000-01"]["evidence"])
    assert any("رشاش" in e for e in battle.equipment)
    trucks = _covering(seed_incidents, seed_text, by_id["000-03"]["evidence"])
    assert any("شاحنات" in e for e in trucks.equipment)


def test_no_seed_incident_lands_outside_its_gold_provinces(seed_incidents):
    provinces = {g["province_pcode"] for g in _gold("gold-seed.jsonl")}
    assert {i.location.province_pcode for i in seed_incidents if i.location} <= provinces


WIRE = (
    "كابول - وكالات\n"
    "قتل ١٢ شخصا وأصيب ٣٠ آخرون يوم الثلاثاء في تفجير انتحاري بسيارة مفخخة استهدف "
    "قافلة عسكرية في مدينة قندهار جنوبي أفغانستان، وفق ما أعلنت وزارة الداخلية الأفغانية. "
    "وأعلنت حركة طالبان مسؤوليتها عن الهجوم.\n"
)


def test_wire_story_dateline_does_not_place_the_incident(gaz):
    # The Kabul dateline is where the story was filed; the bombing is in Kandahar city.
    [inc] = extract_article(WIRE, gazetteer=gaz, article_id="wire")
    assert inc.event_type == "suicide_bomb"
    assert inc.location.province_pcode == "AF27"
    assert (inc.killed, inc.wounded) == (12, 30)  # Arabic-Indic digits
    assert inc.claimed_by == "Taliban"
    assert inc.date
    assert "الثلاثاء" in inc.date


def test_outlets_credited_in_brackets_with_a_date_name_no_place(gaz):
    # a country's name in an outlet's ("Pakistan Point News") is no event place abroad
    text = (
        "مقتل ثلاثة أشخاص في هجوم على مقر أمني بلوغر - الحاكم\n\n"
        "(پاکستان پوائنٹ نیوز / سبوتنيك - 14 مارس 2020ء) أفاد حاكم ولاية لوغر الأفغانية "
        "بوقوع ثلاثة قتلى في التفجير الذي استهدف مقرا أمنيا."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.country == "AF"
    assert inc.location is not None
    assert inc.location.province_pcode == "AF05"


def test_a_dateline_places_no_event_once_the_article_told_events_at_another_province(gaz):
    text = (
        "قندهار (افغانستان) - رويترز: قتل مقاتلون من حركة طالبان اربعة جنود افغان في كمين "
        "في اقليم هلمند الواقع في جنوب افغانستان.\n"
        "وكانت تلك احدث اعمال عنف في هلمند حيث نشرت قوة من الجنود البريطانيين.\n"
        "ومن جهة اخرى اعلن مسؤولون ان جنودا امريكيين قتلوا الخميس في جنوب افغانستان رجلا "
        "حاول ان يقتحم بسيارته المحشوة بالمتفجرات قافلة عسكرية.\n"
    )
    helmand, south = extract_article(text, gazetteer=gaz, article_id="d")
    assert helmand.location.province_pcode == "AF30"
    assert south.location is None
    # an article that told no other province is still placed by its dateline
    (alone,) = extract_article(
        "قندهار (افغانستان) - رويترز: قتل جنديان في انفجار عبوة ناسفة بدوريتهما.\n",
        gazetteer=gaz,
        article_id="d",
    )
    assert alone.location.province_pcode == "AF27"


def test_a_town_alone_at_the_dateline_is_where_the_wire_wrote_from(gaz):
    # "باغرام" is a town (no district's name as written): the dateline still reads it
    text = "باغرام (افغانستان): قتل ثلاثة جنود في انفجار عبوة ناسفة بدوريتهم اليوم.\n"
    (inc,) = extract_article(text, gazetteer=gaz, article_id="d")
    assert inc.location.province_pcode == "AF03"
    assert inc.location.how == "dateline"


def test_a_dateline_places_no_event_told_away_from_a_town_of_another_province(gaz):
    text = (
        "كابول الوكالات:\n"
        "قتل مسلحون ثمانية من عمال الطرق الأجانب بعد اقتحام مخيمهم فجر اليوم.\n"
        "ووقع الاعتداء على بعد 45 كيلومترا شرقي مدينة قندوز.\n"
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="d")
    assert inc.location is None


PAKISTAN = (
    "بيشاور (باكستان) - مراسلنا\n"
    "قتل خمسة مسلحين في غارة لطائرة أمريكية دون طيار على منزل في ميرانشاه بمنطقة وزيرستان "
    "الشمالية القبلية قرب الحدود الأفغانية.\n"
)


def test_pakistani_incident_does_not_land_in_afghanistan(gaz):
    incs = extract_article(PAKISTAN, gazetteer=gaz, article_id="pk")
    assert incs
    assert all(i.location is None for i in incs)
    assert incs[0].event_type == "airstrike"
    assert incs[0].killed == 5


DENIAL = (
    "قال مسؤولون محليون إن ثلاثة مدنيين قتلوا في غارة جوية على قرية في مديرية شيندند بولاية هراة. "
    "ونفى حلف الناتو وقوع إصابات بين المدنيين. "
    "وتشهد أفغانستان منذ عام 2001 حربا طويلة بين طالبان والقوات الحكومية.\n"
)


def test_denial_and_background_are_not_incidents(gaz):
    incs = extract_article(DENIAL, gazetteer=gaz, article_id="denial")
    assert len(incs) == 1
    assert incs[0].location.district_pcode == "AF3214"
    assert incs[0].event_type == "airstrike"
    assert incs[0].killed == 3


# Words of the genre, markup and control characters: random texts built from them tell
# incidents, so the offset checks below run on real incidents, not only on noise.
_WORDS = (
    "قتل ثلاثة جنود في انفجار عبوة ناسفة بمديرية سنجين بولاية هلمند وقال المتحدث باسم "
    "حاكم ولاية قندهار إن مسلحين هاجموا نقطة تفتيش أمس الخميس 12 مايو 2009 كابول رويترز "
    "طالبان أعلنت مسؤوليتها عن الهجوم غارة جوية انتحاري فجر نفسه وأصيب عشرون آخرون "
    "بيشاور الباكستانية خطف مهندسين كما وفي حادث آخر"
)
_GENRE = [*_WORDS.split(" "), ".", "،", "\n", "-", "(", ")", "<b>", "&amp;", "\x00", "\u200f", "٣"]
GENRE_TEXT = st.lists(st.sampled_from(_GENRE), max_size=80).map(" ".join)


def test_genre_texts_tell_incidents(gaz):
    found = find(GENRE_TEXT, lambda t: len(extract_article(t, gazetteer=gaz, article_id="x")) >= 2)
    assert found


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.text(max_size=400), GENRE_TEXT))
def test_no_crash_and_sentences_are_substrings(gaz, text):
    for inc in extract_article(text, gazetteer=gaz, article_id="x"):
        assert text[inc.start : inc.end] == inc.sentence
        assert inc.event_type in EVENT_TYPES
        for p in inc.places:
            assert text[p.start : p.end] == p.text


def test_inline_datelines(gaz):
    # An Afghan dateline places a story that names no other place; a Pakistani one never does.
    kandahar = "قندهار (أفغانستان) - رويترز - قتل ثلاثة جنود في انفجار عبوة ناسفة صباح اليوم.\n"
    [inc] = extract_article(kandahar, gazetteer=gaz, article_id="k")
    assert inc.location.province_pcode == "AF27"
    assert inc.location.how == "dateline"
    peshawar = "بيشاور (باكستان) - رويترز - قتل ثلاثة جنود في انفجار عبوة ناسفة صباح اليوم.\n"
    [inc] = extract_article(peshawar, gazetteer=gaz, article_id="p")
    assert inc.location is None


def test_html_page_with_menus_gives_only_the_story(gaz):
    # A saved news page: headlines of other stories in the menu and "اقرأ أيضا" are no
    # incidents; the Reuters dateline is not the place, the district named in the body is.
    from incidents.text import read_article

    article = read_article(DATA / "pages" / "news-page.html")
    assert article.was_html
    [inc] = extract_article(article.text, gazetteer=gaz, article_id="page")
    assert inc.event_type == "ied"
    assert inc.location.district_pcode == "AF2710"  # Maywand, Kandahar
    assert inc.killed == 5
    assert inc.claimed_by is None


def test_three_stories_three_places(gaz):
    # BBC-style roundup: a bomb in Helmand narrowed to Sangin by the next sentence, a
    # separate clash in Kunduz, and a drone strike in North Waziristan kept out of the map.
    text = (DATA / "pages" / "bbc-style.txt").read_text(encoding="utf-8")
    first, second, third = extract_article(text, gazetteer=gaz, article_id="bbc")
    assert (first.event_type, first.location.district_pcode, first.killed) == ("ied", "AF3008", 2)
    # three policemen, then six of the attackers: the toll counts all sides
    assert (second.location.district_pcode, second.killed, second.wounded) == ("AF1902", 9, 2)
    assert third.event_type == "airstrike"
    assert third.location is None
    assert third.country == "PK"


def test_border_convoy_story(gaz):
    # Quetta dateline; a Taliban-claimed attack at Spin Boldak whose follow-up names the
    # Chaman crossing (still the same attack); a shooting in Chaman on the Pakistani side;
    # a police post attack in Shah Joi that the Taliban deny.
    text = (DATA / "pages" / "border-convoy.txt").read_text(encoding="utf-8")
    convoy, chaman, zabul = extract_article(text, gazetteer=gaz, article_id="border")
    assert convoy.location.district_pcode == "AF2711"
    assert convoy.claimed_by == "Taliban"
    assert convoy.killed == 2
    assert chaman.location is None
    assert chaman.country == "PK"
    assert zabul.location.district_pcode == "AF2606"
    assert zabul.claimed_by is None


def test_group_statement_with_numbers_in_brackets(gaz):
    # A Taliban bulletin: every report is the group's claim; "(7)" is a number; Korengal is
    # placed through its district (بيج = Pech), Gardez as "مركز الولاية" of Paktia.
    text = (DATA / "pages" / "statement.txt").read_text(encoding="utf-8")
    kunar, nangarhar, paktia = extract_article(text, gazetteer=gaz, article_id="statement")
    assert (kunar.event_type, kunar.location.district_pcode, kunar.killed) == ("ied", "AF1507", 7)
    assert (nangarhar.location.district_pcode, nangarhar.killed, nangarhar.wounded) == (
        "AF0619",
        4,
        3,
    )
    assert (paktia.event_type, paktia.location.district_pcode) == ("shelling", "AF1301")
    assert {i.claimed_by for i in (kunar, nangarhar, paktia)} == {"Taliban"}


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("كابول 12 يونيو 2007 (شينخوا) ", "كابول"),  # Xinhua: date and agency, no dash
        ("إسلام آباد ١٤ أكتوبر ٢٠١٨ (أ ف ب) ", "إسلام آباد"),
        ("كابل (رويترز) - ", "كابل"),
        ("قندهار (أفغانستان) - رويترز - ", "قندهار"),
        # the country after a comma, and a date without its year
        ("جلال آباد، أفغانستان 3 مايو (شينخوا) -- ", "جلال آباد"),
        # the country in brackets, and a month told in both calendars
        ("غزني (أفغانستان) 9 تموز/يوليو 2010 (أ ف ب) - ", "غزني"),
        # a colon after the city, then the story; a slash before the agency
        ("هرات: ", "هرات"),
        ("كابول:- ", "كابول"),  # a colon and a dash
        ("كابل / الأناضول ", "كابل"),
        # a report from two places, both datelines
        ("قندهار - كابل: «الشرق الأوسط» ", "قندهار - كابل"),
        # the place, its country and a full date, then a slash and no agency
        ("ميمنة، أفغانستان 20 إبريل 2018 /", "ميمنة"),
        # the outlet's name before the place, each with its colon
        ("الكوفية:كابول: ", "كابول"),
        # a month told in both calendars with no slash: "11 أغسطس اب (رويترز)"
        ("كابول 11 أغسطس اب (رويترز) - ", "كابول"),
        # the agency between commas after the place
        ("كابول، ا ف ب، ", "كابول"),
        # the paper's name in guillemets, then the agency and a colon
        ("قندهار «الأيام» ا.ف.ب :\n", "قندهار"),
        # a line of its own after a bullet: the place and the agencies
        ("* كابول الوكالات:\n", "كابول"),
        # the colon glued to the story's first word
        ("غزنة:", "غزنة"),
    ],
)
def test_wire_datelines_are_found(head, place):
    from incidents.mentions import dateline_span

    text = head + "قال مسؤولون إن انفجارا وقع في مدينة قندهار."
    start, end = dateline_span(text)
    assert text[start:end] == place


def test_a_title_with_brackets_is_no_dateline():
    from incidents.mentions import dateline_span

    assert dateline_span("مقتل 5 جنود (بينهم ضابط) في هجوم بقندهار\nنص") is None


def test_a_headline_opening_on_a_preposition_is_no_dateline_and_the_next_line_is():
    from incidents.mentions import dateline_span

    text = "خلال صلاة العيد- انفجار يهز مسجدا\n\nهرات- وكالات- قال مسؤولون إن انفجارا وقع."
    start, end = dateline_span(text)
    assert text[start:end] == "هرات"


def test_a_speaker_before_a_dash_is_no_dateline():
    from incidents.mentions import dateline_span

    text = (
        "مقتل مسؤول محلي\n\nقتل مسؤول محلي اليوم في انفجار.\n"
        "وأوضح نور أحمد غفاري -الناطق باسم الشرطة- أن العبوة كانت ملصقة بسيارته."
    )
    assert dateline_span(text) is None
    assert dateline_span("كابول - قال مسؤولون إن انفجارا وقع.") == (0, 5)


def test_a_day_word_right_after_the_dateline_dates_the_event(gaz):
    text = "كابول (أ ف ب) - قتل أمس أربعة جنود بانفجار عبوة في مديرية زرمت بولاية بكتيا."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2010, 3, 9))
    assert inc.event_date == "2010-03-08"


def test_a_date_right_after_the_datelines_dash_is_the_wires(gaz):
    text = "ميمنه – 22 حزيران/يونيو 2009: قتل جندي في انفجار لغم في ولسوالي ألمار يوم الأحد."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2009, 6, 22))
    assert inc.event_date == "2009-06-21"


def test_kalat_is_qalat_in_zabul_unless_the_text_says_pakistan(gaz):
    # "Kalat" names both Zabul's capital (Kalat-e Ghilji) and a town of Balochistan
    [inc] = extract_article(
        "انفجرت قنبلة في مدينة كالات عاصمة إقليم زابل فقتلت شرطيين.", gazetteer=gaz, article_id="z"
    )
    assert inc.location.district_pcode == "AF2601"
    [inc] = extract_article(
        "قتل خمسة جنود في هجوم مسلح في مدينة كالات بإقليم بلوشستان جنوب غرب باكستان.",
        gazetteer=gaz,
        article_id="b",
    )
    assert inc.location is None


def test_a_turn_to_the_next_matter_may_retell_an_event_the_lead_told(gaz):
    # "من جهة أخرى" turns from Helmand back to the Farah event of the lead: no new event
    text = (
        "قتل جنديان بريطانيان في انفجار في ولاية هلمند في جنوب أفغانستان\n"
        "فيما قتل الجيش الأفغاني 12 مسلحا من طالبان كانوا يعدون لهجوم في ولاية فرح.\n"
        "وقالت وزارة الدفاع البريطانية إن جنديين قتلا في انفجار وقع خلال عملية في منطقة "
        "قلعة موسى.\n"
        "من جهة أخرى، أعلن نائب حاكم ولاية فرح مقتل 12 مسلحا من طالبان كانوا يعدون لهجوم "
        "في منطقة خاك سفيد.\n"
    )
    farah = [
        i
        for i in extract_article(text, gazetteer=gaz, article_id="f")
        if i.location.province_pcode == "AF33"
    ]
    assert len(farah) == 1
    assert farah[0].location.district_pcode == "AF3303"


def test_new_in_a_name_says_no_other_event(gaz):
    # "العربي الجديد" names an outlet: the source's account is the event of the lead
    text = (
        "قتل 16 جنديا في هجوم على مراكز أمنية في مديرية دشت أرجي بإقليم قندوز، كما قتل "
        "أربعة شرطيين في هجومين في إقليم بغلان.\n"
        'وقال مصدر أمني في إقليم قندوز لـ"العربي الجديد" إن المسلحين هاجموا مراكز أمنية '
        "في مديرية دشت أرجي ما أدى إلى مقتل 16 جنديا.\n"
    )
    kunduz = [
        i
        for i in extract_article(text, gazetteer=gaz, article_id="n")
        if i.location.province_pcode == "AF19"
    ]
    assert len(kunduz) == 1
    assert len(kunduz[0].sentences) == 2


def test_a_dateline_places_no_event_told_at_provinces_of_its_own(gaz):
    text = (
        "كابول - وكالات\n\n"
        "استولى مقاتلو الحركة أمس على مدينة قندوز، ثم سيطروا على ساري بول وتالقان في الشمال."
    )
    # (the three towns taken, each an event of its own, none in Kabul)
    incidents = extract_article(text, gazetteer=gaz, article_id="d")
    assert [i.location.province_pcode for i in incidents] == ["AF19", "AF22", "AF18"]


@pytest.mark.parametrize(
    "disowned",
    [
        "وقال متحدث باسم طالبان إن المتمردين ليسوا ضالعين هذه المرة في عملية الخطف.",
        "وقال ناطق باسم طالبان إنه لا علم لديه بعملية الخطف.",
        # not answerable for it ("غير مسؤول عن" the deed), the spokesman named in full
        "وصرح ذبيح الله مجاهد لوكالة محلية بأن طالبان غير مسؤولة عن العملية.",
        "وقال متحدث باسم طالبان: لسنا مسؤولين عنها.",
    ],
)
def test_a_group_that_says_it_had_no_part_or_no_word_of_it_claims_nothing(gaz, disowned):
    text = "خطف مسلحون مهندسا تركيا وسائقه في ولاية خوست أمس. " + disowned
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None


def test_a_group_disowning_a_part_of_its_attack_still_claims_it(gaz):
    # "غير مسؤولة عن مقتل المدنيين": the civilians' deaths disowned, not the attack
    text = (
        "هاجم مسلحون قافلة عسكرية في ولاية غزني أمس. وقال متحدث طالبان إن مجاهدي "
        "الحركة نصبوا الكمين للقافلة، مؤكدا أن الحركة غير مسؤولة عن مقتل المدنيين في السوق."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Taliban"


@pytest.mark.parametrize("source", ["بحسب ما أعلنت", "حسبما ذكرت", "وفق ما أفادت"])
def test_a_group_given_as_the_source_of_a_toll_claims_nothing(gaz, source):
    # "بحسب ما ذكرت الحركة": the group vouches for the figures of another's attack
    text = (
        "فجر انتحاري نفسه قرب بوابة مطار كابول فقتل 15 شخصا وأصاب 40 آخرين، "
        f"{source} طالبان في تغريدة."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None


def test_a_groups_voice_telling_the_event_as_what_happened_claims_nothing(gaz):
    # "قال متحدث للحركة إن تفجيرا وقع قرب السوق": the group, in power, reports it
    text = (
        "قتل أربعة مصلين في انفجار داخل مسجد بولاية ننكرهار ظهر الجمعة. وأعلن متحدث محلي "
        "باسم طالبان أن تفجيرا حدث داخل المسجد خلال الصلاة."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None
    # its spokesman named in full (his name "مجاهد" is none of its fighters)
    named = text.replace("متحدث محلي", "ذبيح الله مجاهد الناطق")
    [inc] = extract_article(named, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None
    # its fighters acting is its deed, or its martyrdom seeker who carried it out
    for acted in (
        "أن مقاتلي الحركة فجروا عبوة داخل المسجد",
        "أن تفجيرا حدث داخل المسجد نفذه أحد الاستشهاديين",
    ):
        deed = text.replace("أن تفجيرا حدث داخل المسجد", acted)
        [inc] = extract_article(deed, gazetteer=gaz, article_id="t")
        assert inc.claimed_by == "Taliban"


def test_the_taliban_claiming_what_the_lead_told_of_the_pakistani_taliban_are_they(gaz):
    text = (
        "هاجم مسلحون من حركة طالبان الباكستانية مساء أمس مركزا للشرطة في مدينة بنو "
        "شمال غربي باكستان. "
        "وأعلن المتحدث باسم طالبان مسؤولية الحركة عن الهجوم."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Pakistani Taliban"


def test_an_official_quoting_what_a_group_did_makes_no_claim(gaz):
    # the governor speaks; the group is named in what he says, which attributes, not claims
    text = (
        "قتل 30 قرويا على أيدي عناصر من تنظيم داعش في ولاية غور. "
        "وقال الحاكم نظير خازه: «قتل داعش حوالى 30 مدنيا بينهم أطفال»."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None
    # the group's own spokesman speaking claims it
    own = (
        "قتل 30 قرويا على أيدي مسلحين في ولاية غور. "
        "وقال المتحدث باسم داعش إن مقاتلي التنظيم قتلوا 30 من عناصر الميليشيا."
    )
    [claimed] = extract_article(own, gazetteer=gaz, article_id="t")
    assert claimed.claimed_by == "Islamic State"


def test_accounts_said_to_disagree_keep_the_figures_told_first(gaz):
    # "تضاربت المعلومات حول عدد القتلى": the figures after are versions of the toll
    text = (
        "قتل عدد من الجنود في هجوم بسيارة مفخخة على حافلة في ولاية هلمند. وقال المتحدث "
        "إن الهجوم أسفر عن مقتل 27 جنديا وإصابة 13 آخرين. في حين تضاربت المعلومات حول "
        "عدد القتلى، حيث ذكرت وكالة محلية أن الحصيلة بلغت 41 قتيلا وأفادت وكالة أخرى "
        "بمقتل 20 وإصابة 20 آخرين."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (27, 13)


def test_a_group_whose_men_are_counted_among_the_dead_is_not_lent_the_claim(gaz):
    # the article relays the Taliban's claims; "قتل 4 من أفراد قوات حركة طالبان": their
    # men are the dead of this one
    text = (
        "قال المتحدث باسم حركة طالبان إن مقاتلي الحركة داهموا مخبأ لتنظيم داعش غربي كابول. "
        "وفي وقت سابق اليوم، قتل 4 من أفراد قوات حركة طالبان في هجمات بولاية ننجرهار."
    )
    assert [i.claimed_by for i in extract_article(text, gazetteer=gaz, article_id="t")] == [None]
    # the fighters' fire that killed them names the group as the ones who acted
    fire = (
        "قال المتحدث باسم حركة طالبان إن مقاتلي الحركة هاجموا رتلا في ولاية بكتيا. "
        "وفي وقت سابق اليوم، قتل 2 من الجنود بنيران قناصة طالبان قرب مركز الولاية."
    )
    assert [i.claimed_by for i in extract_article(fire, gazetteer=gaz, article_id="t")][-1] == (
        "Taliban"
    )


def test_a_town_read_loosely_after_a_place_abroad_is_no_afghan_district(gaz):
    # "مندوي" reads loosely as Mandozayi (Khost); the article is in Waziristan
    text = (
        "قتل ثمانية أشخاص في غارة لطائرة أمريكية بدون طيار في منطقة وزيرستان الجنوبية "
        "الباكستانية. وأضافوا أن الغارة الثانية أصابت مجمعا سكنيا في بلدة مندوي ما أدى إلى "
        "مقتل 14 شخصا."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert all(i.location is None for i in incidents)
    # told in Afghanistan, the same town reads as the district it resembles
    home = "قتل 14 شخصا في غارة جوية على مجمع سكني في بلدة مندوي بولاية خوست."
    (inc,) = extract_article(home, gazetteer=gaz, article_id="t")
    assert inc.location.province_pcode == "AF14"


def test_the_tribal_area_named_by_its_kind_is_pakistans(gaz):
    text = "قتل ستة جنود في هجوم على نقطة تفتيش في المنطقة القبلية قرب الحدود مع أفغانستان."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.country, inc.location) == ("PK", None)


def test_a_bare_name_in_a_report_told_in_a_neighbour_is_its_namesake_there(gaz):
    # Zabol (Iran) shares its spelling with Zabul province; the report is in Iran
    first = "قتل قاض في هجوم مسلح في ولاية سيستان بلوشستان الإيرانية المحاذية لأفغانستان. "
    text = first + "وقال مسؤول إن مسلحين قتلوا حارسين في هجوم آخر في زابل."
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert [i.country for i in incidents] == ["IR", "IR"]
    assert all(i.location is None for i in incidents)
    # the sentence turns to Afghanistan: Zabul province
    home = first + "وفي أفغانستان قتل مسلحون حارسين في هجوم في زابل."
    second = extract_article(home, gazetteer=gaz, article_id="t")[-1]
    assert second.location.province_pcode == "AF26"


def test_an_area_in_a_report_told_in_a_neighbour_is_its_namesake_there(gaz):
    # "في منطقة كالات": Kalat of Balochistan, not Qalat of Zabul; "ولاية" would be Afghan
    first = "قتل 12 شخصا في تفجير استهدف سوقا في إقليم بلوشستان جنوب غربي باكستان. "
    text = first + "وأوضح المسؤول أن التفجير حدث في منطقة كالات بالإقليم."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.country, inc.location) == ("PK", None)
    home = first + "وقال مسؤول إن انفجارا آخر وقع في ولاية زابل."
    second = extract_article(home, gazetteer=gaz, article_id="t")[-1]
    assert second.location.province_pcode == "AF26"


def test_a_district_named_in_two_words_after_fi_is_a_unit_of_the_clause(gaz):
    from incidents.clauses import names_a_unit
    from incidents.tokens import tokenize

    # "في موسى قلعة": the district's name is two words
    assert names_a_unit(tokenize("بينما قتل 27 مسلحا خلال اشتباكات في موسى قلعة."), gaz)
    assert not names_a_unit(tokenize("بينما قتل 32 مسلحا في اشتباكات عنيفة."), gaz)


@pytest.mark.parametrize("signed", [True, False])
def test_a_statement_signed_at_its_foot_claims_what_its_fighter_did(gaz, signed):
    # the spokesman "المتحدث باسم الإمارة الإسلامية" signing under the text: the group's own
    # statement, whose fighter ("المجاهد الاستشهادي") carried out the attack
    text = (
        "استهدف هجوم استشهادي ظهر اليوم رتلا للعدو في مديرية سيد آباد بولاية ميدان "
        "وردك. نفذ الهجوم المجاهد الاستشهادي بواسطة سيارة مفخخة، ودمر خمس مدرعات. "
        "وأغلقت قوات العدو الطريق الرئيسي لساعات طويلة بعد الهجوم، ثم بدأت عمليات بحث "
        "واسعة في القرى المجاورة، واعتقلت عددا من السكان المدنيين دون أي سبب، وما زالت "
        "المنطقة تعيش حالة من التوتر الشديد حتى ساعة إعداد هذا البيان.\n"
        + ("قاري محمد يوسف، المتحدث باسم الإمارة الإسلامية\n" if signed else "")
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == ("Taliban" if signed else None)


def test_the_groups_own_statement_claims_the_enemys_losses_its_fighters_unnamed(gaz):
    # the group's monthly account: the other side's dead, or its base struck, by its own
    # words for them; no fighter named
    head = "حصاد الشهر - موقع الإمارة الإسلامية\n\n"
    losses = "واعترف المحتلون بمقتل ثلاثة من جنودهم في ولاية هلمند يوم الأحد."
    (inc,) = extract_article(head + losses, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Taliban"
    # people the enemy killed in a raid are no deed of the group's, whatever their side
    for raid in (
        "وداهم جنود المحتلين قرية في ولاية هلمند يوم الأحد فقتلوا خمسة مدنيين.",
        "وداهم جنود المحتلين قرية في ولاية هلمند يوم الأحد فقتلوا خمسة أشخاص.",
    ):
        (inc,) = extract_article(head + raid, gazetteer=gaz, article_id="t")
        assert inc.claimed_by is None


def test_a_group_confirming_its_own_dead_claims_nothing_and_tells_the_event_again(gaz):
    # "أكدت حركة طالبان مقتل اثنين من كبار قادتها": its losses in the operation told
    text = (
        "أعلن الجيش الأفغاني مقتل 12 مسلحا بينهم اثنان من قادة حركة طالبان في عملية أمنية "
        "بمديرية تكاب في ولاية كابيسا. "
        "من ناحية أخرى، أكدت حركة طالبان مقتل اثنين من كبار قادتها في ولاية كابيسا."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.claimed_by) == (12, None)


def test_a_statement_issued_by_an_army_is_no_group_statement(gaz):
    # "بيان صادر عن" an army's press office: the army's, no claim
    text = (
        "قتل 12 جنديا باكستانيا في هجوم انتحاري على مخفر للجيش في وزيرستان الشمالية. "
        "وذكر بيان صادر عن الجيش الباكستاني أن الهجوم استهدف مخفرا قرب الحدود، وأن المنطقة "
        "معقل لحركة طالبان."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # the group owns to the event by "اعترف ب"
        ("واعترفت طالبان بالتفجير في بيان مقتضب.", "Taliban"),
        # an army owning to its losses claims nothing
        ("واعترف الجيش بمقتل جنديين في التفجير.", None),
    ],
)
def test_a_group_owning_to_the_event_claims_it(gaz, sentence, claimed):
    text = "قتل خمسة أشخاص في انفجار قنبلة في مدينة قندهار. " + sentence
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == claimed


@pytest.mark.parametrize(
    "opener",
    [
        "وأعلن متحدث باسم طالبان",
        "بينما متحدث باسم طالبان أعلن",
        # his own name between the group and the verb
        "بينما المتحدث باسم حركة طالبان قاري يوسف أعلن",
        # the accusative after "غير أن"
        "غير أن متحدثا باسم طالبان قال",
    ],
)
def test_the_groups_spokesman_telling_its_toll_claims_the_attack(gaz, opener):
    # the spokesman as the subject before the verb of saying speaks for the group, as
    # after it
    text = (
        "قتل 18 جنديا في اشتباك مع مسلحين في مديرية بالا بلوك بولاية فراه. "
        f"{opener} أن عشرات الجنود سقطوا في المعركة."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.claimed_by, inc.killed) == ("Taliban", 18)


def test_the_groups_claim_named_by_its_noun_claims_the_event(gaz):
    # "ادعاءه": the spokesman's claim of the deed, relayed, whatever others say of it
    text = (
        "تحطمت مروحية عسكرية في مديرية سروبي بولاية كابول صباح اليوم. "
        "وأوردت وكالات على لسان ناطق باسم طالبان ادعاءه إسقاط الطائرة بصاروخ."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Taliban"


def test_fighters_counted_in_the_lead_are_the_militants_a_later_sentence_names_again(gaz):
    # fighters of the group counted with soldiers, then the same two counts told again
    # with the group called terrorists: the lead's toll, not more dead
    text = (
        "وأوضحت الوزارة أن الهجوم أسفر عن مقتل 18 مقاتلا من الحركة إضافة إلى جنديين. "
        "وأضافت أن الطائرات قصفت قرية، وقتل 18 من الإرهابيين، إضافة إلى مقتل ضابطين."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 20


def test_the_groups_statement_relayed_by_a_paper_is_its_own_version_of_the_toll(gaz):
    # "ونقلت الجريدة عن طالبان في بيان لها أن الهجوم أسفر عن مقتل 35 شخصا"
    text = (
        "قتل 12 شخصا وأصيب 80 في هجوم انتحاري قرب سفارة في العاصمة كابول. "
        "ونقلت صحيفة عن طالبان في بيان لها أن الهجوم أسفر عن مقتل 40 شخصا."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 12


def test_attackers_named_as_the_killers_of_the_dead_told_add_none(gaz):
    # "قتل ثمانية عسكريين", then "إن الإرهابيين المسلحين قتلوا ثمانية عناصر": the eight
    # again, the attackers their killers
    text = (
        "قتل ستة جنود في هجوم على نقطة حدودية في ولاية نيمروز. "
        "وقال المسؤول إن الإرهابيين المسلحين قتلوا ستة عناصر من حرس الحدود وفروا."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 6
    # the police who fired on the attackers "and killed two of them": two more dead
    fought = (
        "قتل أربعة من الشرطة في هجوم على مركز في ولاية بكتيكا. "
        "وأضاف أن الشرطة ردت على المهاجمين وقتلوا اثنين منهم."
    )
    (inc,) = extract_article(fought, gazetteer=gaz, article_id="t")
    assert inc.killed == 6


def test_a_group_counted_past_the_forces_that_killed_its_men_is_no_claimant(gaz):
    # The article relays the group's claim of one attack; the next item's group is the one
    # whose men the army and its allies killed: "قتل الجنود بدعم من ... تسعة من طالبان".
    text = (
        "لقي ثلاثة عسكريين مصرعهم حين انفجرت سيارة ملغومة قرب مدينة قندهار. وأعلنت طالبان "
        "مسؤوليتها عنه. "
        "وفي حدث منفصل قتل الجيش بالتعاون مع قوات التحالف 12 من عناصر طالبان في "
        "ولاية هلمند."
    )
    by_province = {
        inc.location.province_pcode: inc
        for inc in extract_article(text, gazetteer=gaz, article_id="a")
        if inc.location
    }
    assert by_province["AF27"].claimed_by == "Taliban"
    assert by_province["AF30"].killed == 12
    assert by_province["AF30"].claimed_by is None


@pytest.mark.parametrize(
    "claim",
    [
        "وتبنى الفرع المحلي لتنظيم الدولة التفجير في بيان.",
        "وذكرت وكالة أعماق التابعة لتنظيم الدولة أن أحد عناصره نفذ التفجير.",
        # the group's news agency speaks for it
        "وأعلنت وكالة أعماق أن أحد مقاتلي التنظيم فجر حزامه الناسف وسط المصلين.",
    ],
)
def test_the_group_named_after_a_preposition_or_by_its_agency_claims_the_event(gaz, claim):
    # "لتنظيم الدولة": the group's name with "ل" on its first word; "وكالة أعماق": its voice
    text = "قتل ثمانية أشخاص في تفجير انتحاري قرب مسجد في مدينة جلال آباد. " + claim
    (inc,) = extract_article(text, gazetteer=gaz, article_id="a")
    assert inc.claimed_by == "Islamic State"


def test_the_same_toll_told_again_at_no_place_is_the_placed_event(gaz):
    # a story pasted after another: the six dead of the blast told again, their place
    # left out (or misspelt past reading), are those told at Logar
    text = (
        "لقي ستة جنود حتفهم بانفجار لغم أرضي بولاية لوغار أمس. وفي ولاية هرات، هاجم "
        "مسلحون حاجزا للشرطة وقتلوا شرطيين. إلى ذلك لقي ستة جنود حتفهم بانفجار لغم أرضي "
        "استهدفت دوريتهم، وقال مسؤول إن الانفجار وقع عند مرور الدورية."
    )
    found = extract_article(text, gazetteer=gaz, article_id="t")
    assert [(i.location and i.location.province_pcode, i.killed) for i in found] == [
        ("AF05", 6),
        ("AF32", 2),
    ]
    # a toll of two told again is alike by chance: kept apart
    few = text.replace("ستة جنود حتفهم", "جنديان حتفهما")
    assert len(extract_article(few, gazetteer=gaz, article_id="t")) == 3
    # so is one its sentence calls a separate incident
    apart = text.replace("إلى ذلك لقي", "من جهة أخرى، وفي حادث منفصل، لقي")
    assert len(extract_article(apart, gazetteer=gaz, article_id="t")) == 3


def test_several_capitals_taken_in_one_sentence_are_an_incident_each(gaz):
    text = "وفي وقت متأخر أمس، سيطرت الحركة على مراكز ولايات غزني وزابل وهلمند."
    found = extract_article(text, gazetteer=gaz, article_id="t")
    assert [i.location.province_pcode for i in found] == ["AF11", "AF26", "AF30"]
    assert {i.event_type for i in found} == {"armed_clash"}
    # two districts of one province, in the dual
    dual = "سيطرت طالبان على مديريتي نورغل وتشوكي في ولاية كونر."
    found = extract_article(dual, gazetteer=gaz, article_id="t")
    assert sorted(i.location.district_pcode for i in found) == ["AF1509", "AF1514"]


def test_a_district_taken_with_its_province_named_is_one_incident(gaz):
    text = "وسيطرت طالبان أمس على مديرية جاني خيل في ولاية باكتيا بعد معارك عنيفة."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.location.district_pcode == "AF1309"
    # dead counted with the places taken are a toll of them all: no incident each
    toll = "وقتل 20 جنديا عندما سيطرت طالبان على مديريتي نورغل وتشوكي في ولاية كونر."
    assert len(extract_article(toll, gazetteer=gaz, article_id="t")) == 1


def test_a_place_named_outside_what_was_taken_is_no_place_taken(gaz):
    # "سيطرت طالبان على مدينة قندوز بعد معارك في ولاية بغلان": one town taken; the fighting
    # told after "بعد" names no second one
    text = "سيطرت طالبان على مدينة قندوز بعد معارك عنيفة في ولاية بغلان."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.location.province_pcode == "AF19"


def test_control_won_back_over_places_listed_is_an_incident_each(gaz):
    text = (
        "وذكرت الوزارة أن الجيش استعاد السيطرة على مناطق أخرى هي: مناطق كهمرد "
        "وتشاخانسور بإقليمي باميان ونيمروز."
    )
    found = extract_article(text, gazetteer=gaz, article_id="t")
    assert sorted(i.location.province_pcode for i in found) == ["AF10", "AF34"]


def test_a_clause_of_another_verb_ends_the_list_of_places_taken(gaz):
    # "سيطرت على مدينة قندوز وتواصل تقدمها في ولاية بغلان": Baghlan is where the advance
    # goes on, not a town taken
    text = "سيطرت طالبان على مدينة قندوز وتواصل تقدمها في ولاية بغلان."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.location.province_pcode == "AF19"


def test_what_is_told_after_of_one_of_the_places_taken_goes_with_it(gaz):
    text = (
        "سيطرت طالبان على مديريتي نورغل وتشوكي في ولاية كونر. وقال مسؤولون إن المعارك في "
        "مديرية تشوكي أوقعت سبعة قتلى."
    )
    found = extract_article(text, gazetteer=gaz, article_id="t")
    by_district = {i.location.district_pcode: i.killed for i in found}
    assert by_district == {"AF1514": None, "AF1509": 7}


def test_attackers_who_blew_themselves_up_and_killed_others_are_no_dead_added(gaz):
    # "سبعة مهاجمين فجروا أحزمتهم وقتلوا 30": the attackers the subject of both verbs, the
    # thirty their victims; another voice's figure, not dead besides the toll told
    text = (
        "قال متحدث باسم الولاية إن أكثر من 40 شخصا لقوا حتفهم باقتحام مبنى المحكمة في مدينة "
        "فراه. وذكر مسؤول محلي أن سبعة مهاجمين فجروا أحزمتهم وقتلوا 30 من المراجعين."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 40


def test_civilians_the_striking_force_calls_fighters_later_are_not_added(gaz):
    text = (
        "قتل عشرة مدنيين بينهم أطفال في قصف جوي على منزل في مديرية شيغل بولاية كونر. "
        "في المقابل قال بيان لقوات التحالف إن الجنود قتلوا ثمانية من مسلحي طالبان في القصف."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 10
    # a local official counting fighters besides: more dead
    local = text.replace("في المقابل قال بيان لقوات التحالف", "وقال حاكم المديرية")
    (inc,) = extract_article(local, gazetteer=gaz, article_id="t")
    assert inc.killed == 18
    # a bombing the force did not carry out: the fighters it killed are more dead
    bombing = text.replace("في قصف جوي على منزل", "في تفجير انتحاري استهدف سوقا").replace(
        "في القصف.", "حاولوا مهاجمة القاعدة."
    )
    (inc,) = extract_article(bombing, gazetteer=gaz, article_id="t")
    assert inc.killed == 18


def test_a_new_event_told_in_a_part_of_the_country_takes_no_province_from_before(gaz):
    text = (
        "قتل أربعة مدنيين في قصف جوي على سيارة في مديرية ناوزاد بولاية هلمند. "
        "وفي حادث آخر أعلن الحلف أن جنديا تابعا له قتل في هجوم مسلح في جنوب أفغانستان."
    )
    first, second = extract_article(text, gazetteer=gaz, article_id="t")
    assert first.location.province_pcode == "AF30"
    assert second.location is None
    # with no part of the country named, the one province told so far places it
    text = text.replace(" في جنوب أفغانستان", "")
    first, second = extract_article(text, gazetteer=gaz, article_id="t")
    assert second.location.province_pcode == "AF30"


def test_what_voices_had_reported_first_of_the_event_goes_back_to_it(gaz):
    text = (
        "ارتفع عدد قتلى الهجوم الانتحاري على مقر الشرطة في مدينة قندوز إلى 20 شخصا. "
        "ويشهد الشمال تصاعدا في أعمال العنف منذ أشهر. "
        "وكانت مصادر أمنية ذكرت أن هجوما انتحاريا ضرب مقرا للشرطة في مدينة قندوز "
        "وأسفر عن مقتل أربعة أشخاص."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.location.province_pcode) == (20, "AF19")
    # a report of another kind of event is another event, and so is one of another time
    other = text.replace("هجوما انتحاريا ضرب", "قذائف صاروخية سقطت على")
    assert len(extract_article(other, gazetteer=gaz, article_id="t")) == 2
    past = text.replace("هجوما انتحاريا ضرب", "هجوما انتحاريا وقع الأسبوع الماضي ضرب")
    assert len(extract_article(past, gazetteer=gaz, article_id="t")) == 2
    ago = text.replace("وأسفر عن مقتل", "قبل أسبوعين وأسفر عن مقتل")
    assert len(extract_article(ago, gazetteer=gaz, article_id="t")) == 2


def test_an_event_told_anew_on_another_weekday_than_yesterdays_is_another(gaz):
    text = (
        "قال مسؤولون إن عبوة ناسفة انفجرت بسيارة للشرطة في مدينة قندهار أمس، الجمعة، "
        "فقتلت ثلاثة. "
        "وقتل شخصان يوم الخميس وأصيب سبعة في انفجار قنبلة استهدفت حافلة في المدينة."
    )
    first, second = extract_article(text, gazetteer=gaz, article_id="t")
    assert (first.killed, second.killed, second.wounded) == (3, 2, 7)
    # a lead dated by the day it was told on ("قال مسؤولون يوم الجمعة") leaves the
    # weekday of the next sentence to the same event
    told = text.replace("قال مسؤولون إن", "قال مسؤولون يوم الجمعة إن").replace(" أمس، الجمعة،", "")
    assert len(extract_article(told, gazetteer=gaz, article_id="t")) == 1


def test_an_announcement_told_also_of_dead_of_an_event_told_anew_is_another_event(gaz):
    text = (
        "قتل قاض وسائقه بانفجار قنبلة لاصقة بسيارته في مدينة هرات صباح اليوم. "
        "وأعلنت شرطة هرات مساء أيضا أن مسلحين ملثمين قتلوا شرطيا بالرصاص في سوق المدينة."
    )
    bomb, shooting = extract_article(text, gazetteer=gaz, article_id="t")
    assert (bomb.event_type, bomb.killed, shooting.killed) == ("ied", 2, 1)
    # with no "also", the police's word goes on about the bombing told
    said = text.replace(
        "مساء أيضا أن مسلحين ملثمين قتلوا شرطيا بالرصاص في سوق المدينة",
        "أن القنبلة ألصقت بالسيارة ليلا",
    )
    assert len(extract_article(said, gazetteer=gaz, article_id="t")) == 1
    # the same voice saying "also" goes on with the event told; so does "also" after "أن"
    lead = text.split(". ")[0] + ". "
    for goes_on in (
        "وقال المتحدث باسم الشرطة أيضا إن مسلحين قتلوا شرطيا بالرصاص في سوق المدينة.",
        "وأعلنت الشرطة أن مسلحين قتلوا أيضا شرطيا بالرصاص في سوق المدينة.",
    ):
        assert len(extract_article(lead + goes_on, gazetteer=gaz, article_id="t")) == 1


def test_a_group_saying_it_did_not_commit_the_attack_claims_nothing(gaz):
    text = (
        "قتل مسلحون خمسة عمال إغاثة في كمين بولاية فارياب. "
        "من جهتها، قالت حركة طالبان إنها لم ترتكب الهجوم."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by is None
    # what someone else did not carry out denies nothing of the group's
    claim = text.replace(
        "قالت حركة طالبان إنها لم ترتكب الهجوم",
        "تبنت حركة طالبان الهجوم، وقالت إن الحكومة لم تنفذ مطالبها",
    )
    (inc,) = extract_article(claim, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Taliban"


def test_one_known_province_in_a_list_after_its_plural_unit_word_places_nothing(gaz):
    # "في مقاطعات X وقندوز": a name the gazetteer does not know beside the one it knows
    listed = "وقتل عشرات الجنود خلال معارك في مقاطعات زرافشان وقندوز الشمالية."
    (inc,) = extract_article(listed, gazetteer=gaz, article_id="t")
    assert inc.location is None
    # the districts of a province are in it; the United States is no list
    (one,) = extract_article(
        "قتل عشرة مسلحين في مقاطعات ولاية هلمند خلال عمليات أمنية.",
        gazetteer=gaz,
        article_id="t",
    )
    assert one.location.province_pcode == "AF30"
    (strike,) = extract_article(
        "قتل ستة مدنيين في غارة للولايات المتحدة في قندوز.", gazetteer=gaz, article_id="t"
    )
    assert strike.location.province_pcode == "AF19"


def test_the_group_fought_against_claims_nothing(gaz):
    # "خلال عملية ضد مقاتلي طالبان": the article relays the group's claims, but here its
    # fighters are the side the operation was against
    text = (
        "تبنت طالبان الهجوم الذي طال قافلة للشرطة بولاية غزني وقتل فيه أربعة. "
        "وفي حادث آخر قتل جندي خلال عملية ضد مقاتلي طالبان في ولاية هلمند."
    )
    first, second = extract_article(text, gazetteer=gaz, article_id="t")
    assert first.claimed_by == "Taliban"
    assert second.claimed_by is None


def test_the_groups_word_on_the_dead_of_an_air_strike_claims_nothing(gaz):
    text = (
        "لقي جندي حتفه خلال مواجهة مع المسلحين بولاية هلمند. "
        "ومن جهتها ذكرت طالبان في بيانها أن عشرات المدنيين قتلوا في القصف الجوي على "
        "القرى."
    )
    incs = extract_article(text, gazetteer=gaz, article_id="t")
    assert all(i.claimed_by is None for i in incs)


def test_a_group_counted_among_the_dead_by_a_hedged_count_and_its_noun_claims_nothing(gaz):
    # "قتل نحو عشرين عنصرا من طالبان": the group's men are the dead, not the ones who acted
    text = (
        "تبنت طالبان الهجوم الذي طال مبنى للشرطة بولاية زابل. "
        "وفي ولاية هلمند قتل نحو عشرين عنصرا من طالبان خلال عملية للجيش."
    )
    incs = extract_article(text, gazetteer=gaz, article_id="t")
    helmand = [i for i in incs if i.location and i.location.province_pcode == "AF30"]
    assert helmand
    assert helmand[0].claimed_by is None


def test_an_event_on_the_border_told_from_the_capital_is_not_in_the_capital(gaz):
    # "كابول: ... على الحدود الباكستانية": Kabul's province has no international border
    text = (
        "كابول: ذكر مسؤولون أن جنديا أفغانيا لقي حتفه حين تبادل الجنود النار مع القوات "
        "الباكستانية على الحدود الباكستانية الأفغانية مساء أمس."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.location is None or inc.location.province_pcode != "AF01"
    # told from the capital with no border, the dateline still places it
    (near,) = extract_article(
        "كابول: ذكر مسؤولون أن جنديا أفغانيا لقي حتفه حين تبادل الجنود النار مع مسلحين.",
        gazetteer=gaz,
        article_id="t",
    )
    assert near.location.province_pcode == "AF01"
    # the border police is no place on the border
    (police,) = extract_article(
        "كابول: قتل مسؤول كبير في شرطة الحدود الأفغانية الباكستانية بانفجار قنبلة استهدفت "
        "سيارته في العاصمة.",
        gazetteer=gaz,
        article_id="t",
    )
    assert police.location.province_pcode == "AF01"


def test_the_groups_fighters_named_acting_own_the_deed_whatever_the_air_words(gaz):
    # "إن أحد مقاتليها نفذ العملية انتقاما من الغارات الجوية": the group's man did it,
    # whatever the air words
    text = (
        "فجر انتحاري سيارته في قافلة للجيش في ولاية وردك أمس وقتل ثمانية جنود. "
        "وقالت حركة طالبان إن أحد مقاتليها نفذ العملية انتقاما من الغارات الجوية."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.claimed_by == "Taliban"


@pytest.mark.parametrize("killed", ["ثلاثة جنود من قبل", "ثلاثة من قبل", "ثلاثة من جانب"])
def test_a_count_killed_by_the_group_keeps_its_attribution(gaz, killed):
    # "قتل ثلاثة جنود من قبل مسلحي طالبان": by them, not of them
    text = (
        "تبنت طالبان الهجوم الذي طال قافلة للشرطة بولاية غزني وقتل فيه أربعة. "
        f"وفي حادث آخر قتل {killed} مسلحي طالبان في ولاية زابل."
    )
    _, zabul = extract_article(text, gazetteer=gaz, article_id="t")
    assert zabul.claimed_by == "Taliban"


def test_a_second_dateline_after_the_first_ones_country_in_brackets_is_a_dateline(gaz):
    # "هراة (أفغانستان) ـ كابل ـ رويترز:": two places the report came from, neither the
    # event's ("في غرب البلاد" is all the sentence says)
    text = (
        "هراة (أفغانستان) ـ كابل ـ رويترز: أعلنت الشرطة أمس أن مسلحين خطفوا مهندسا أجنبيا "
        "في غرب البلاد."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.location is None or inc.location.province_pcode != "AF01"


def test_the_parts_of_two_events_a_lead_summed_each_get_their_own_toll_and_place(gaz):
    # the lead sums two events at two provinces; "ففي X" sets out the first (no event of
    # its own), a figure at one hospital after it is no sum of the parts, and the next
    # part, told at no place, is at the other province
    text = (
        "لقي سبعة أشخاص حتفهم وجرح 12 غيرهم بهجومين وقعا أمس في مدينة قندهار وولاية زابل "
        "في جنوب البلاد.\n"
        "ففي قندهار قتل أربعة أشخاص وأصيب عشرة في انفجار سيارة مفخخة قرب مقر الشرطة، "
        "بحسب مسؤول محلي.\n"
        "وقال طبيب في مستشفى المدينة إن قتيلا واحدا و20 جريحا وصلوا إليه.\n"
        "كما قتل ثلاثة من عناصر الشرطة في انفجار لغم أرضي جنوب البلاد.\n"
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert [i.killed for i in incidents] == [4, 3]
    assert [i.location.province_pcode for i in incidents] == ["AF27", "AF26"]
    assert incidents[1].location.how == "elimination"


@pytest.mark.parametrize(
    "second",
    [
        "لكن شهودا قالوا إن الغارة أودت بحياة 19 شخصا.",
        "ولم يحدد المتحدث الجهة المسؤولة، لكن أهالي القرية قالوا إن الغارة أودت بحياة 19 شخصا.",
    ],
)
def test_a_larger_count_by_the_locals_after_but_is_their_account_not_the_toll(gaz, second):
    text = (
        "قال المتحدث باسم والي ولاية كونار إن 11 مدنيا قتلوا في غارة جوية على قرية في "
        f"مديرية شيغل.\n{second}\n"
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert [i.killed for i in incidents] == [11]


def test_the_provinces_capital_the_dead_were_taken_to_is_not_where_the_event_was(gaz):
    text = (
        "أعلن الناطق باسم والي ولاية فراه مقتل تسعة مدنيين في قصف جوي على قرية في الولاية.\n"
        "ونقل السكان جثث التسعة إلى عاصمة الولاية احتجاجا على القصف.\n"
    )
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.location.province_pcode == "AF33"
    assert incident.location.district_pcode is None


def test_a_toll_risen_in_the_claiming_groups_own_words_is_its_version_not_the_figure(gaz):
    text = (
        "قتل 20 شرطيا في هجوم على مركز للشرطة في مديرية شينداند بولاية هرات، بحسب وزارة "
        "الداخلية.\n"
        "وتبنت حركة طالبان الهجوم، وقال مقاتلوها إن حصيلة القتلى من الشرطة ارتفعت إلى 35.\n"
    )
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.killed == 20
    assert incident.claimed_by == "Taliban"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the locals named after "لكن" give no count: the chief's is the toll
        (
            "قتل مدنيان في انفجار سيارة مفخخة قرب سوق في مدينة لشكركاه مركز ولاية هلمند صباح "
            "اليوم.\n"
            "وأعلن قائد شرطة الولاية لاحقا أن 14 شخصا قتلوا في الانفجار، لكن السكان ما "
            "زالوا يبحثون عن مفقودين تحت الأنقاض.\n",
            14,
        ),
        # the ministry's revised toll after the group's words in one sentence
        (
            "قتل 20 شرطيا في هجوم على مركز للشرطة في مديرية شينداند بولاية هرات، بحسب وزارة "
            "الداخلية.\n"
            "وتبنت حركة طالبان الهجوم، وقال مقاتلوها إنهم اقتحموا المركز بعد تفجير سيارة "
            "مفخخة عند بوابته، فيما أعلنت الوزارة ارتفاع حصيلة القتلى إلى 26 شرطيا.\n",
            26,
        ),
    ],
)
def test_a_fuller_toll_by_an_official_stands_whatever_other_voices_say_in_its_sentence(
    gaz, text, killed
):
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.killed == killed


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "قتل ستة جنود بريطانيين في كمين نصبه مسلحون لقافلة نقلت مؤنا وذخائر للجنود إلى "
            "مديرية سنجين بولاية هلمند.\n",
            "AF30",
        ),
        (
            "قتل أربعة شرطيين عندما فجر انتحاري نفسه بين مجندين جدد نقلوا صباح اليوم "
            "بالحافلات إلى مركز التدريب في مدينة قندهار.\n",
            "AF27",
        ),
    ],
)
def test_goods_or_people_carried_to_a_place_are_no_dead_taken_there(gaz, text, province):
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.location.province_pcode == province


def test_the_groups_own_claim_after_a_contrast_is_no_revised_toll(gaz):
    text = (
        "قتل 20 شرطيا في هجوم على مركز للشرطة في مديرية شينداند بولاية هرات، بحسب وزارة "
        "الداخلية.\n"
        "وتبنت حركة طالبان الهجوم، فيما أفاد مقاتلوها أن عدد القتلى بلغ 60 شرطيا.\n"
    )
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.killed == 20


def test_the_fighters_others_wounded_add_to_the_wounded_the_lead_counted(gaz):
    # the lead's two wounded are more of the policemen, however long the count before
    # them; the fighters' wounded told after are another side, added
    text = (
        "قتل تسعة على الأقل من رجال قوات الشرطة الوطنية الأفغانية وأصيب اثنان آخران "
        "بهجوم على مركز للشرطة في ولاية تخار. "
        "وقال قائد الشرطة إن سبعة من المسلحين قتلوا أيضا، وجرح منهم اثنا عشر آخرون."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (16, 14)


def test_an_event_a_counted_span_after_another_keeps_its_own_kind_and_province(gaz):
    # the suicide bombing at the governor's compound in another province came days
    # before: neither its kind, nor its capital, nor its dead are the told event's
    text = (
        "أعلن الجيش أن جنوده تعرضوا لهجوم في ولاية قندوز، وذلك بعد ستة أيام من عملية "
        "انتحارية ضربت مقر حاكم ولاية بغلان وأدت إلى مقتل ثلاثة جنود."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.event_type == "attack"
    assert (inc.location.province_pcode, inc.location.district_pcode) == ("AF19", None)
    assert inc.killed is None


def test_others_dead_besides_the_survivors_are_the_dead_told_again(gaz):
    # "the others" are told against the ones who survived, not added to the dead before
    text = (
        "قتل مسلحون 9 من ركاب حافلة أوقفوها على طريق في ولاية غزني ليلا. "
        "وروى أحد الركاب أن المسلحين أنزلوهم وأطلقوا النار عليهم فنجا بعضهم وقتل 9 آخرون."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 9


@pytest.mark.parametrize(
    "text",
    [
        # the bare wounded after the attackers' dead took their side by a guess; the next
        # sentence names as many civilians: the same people
        "هاجم ثلاثة مسلحين من طالبان مقرا حكوميا في مدينة قندهار صباح اليوم، وقتل المسلحون "
        "الثلاثة في تبادل لإطلاق النار مع الشرطة، وجرح 9. وأفاد الناطق باسم الحاكم بأن "
        "تسعة مدنيين أصيبوا في الهجوم ونقلوا إلى المستشفى.",
        "قتل ثلاثة من عناصر طالبان عندما انفجرت عبوة كانوا يزرعونها على طريق في ولاية غزني، "
        "وجرح تسعة آخرون. وقال مسؤول محلي إن 9 قرويين أصيبوا في الانفجار.",
    ],
)
def test_as_many_wounded_as_a_guessed_side_named_again_are_the_same_people(text, gaz):
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.wounded == 9


def test_others_dead_after_a_survivor_told_in_a_clause_of_his_own_are_more_dead(gaz):
    text = (
        "لقي ثلاثة شرطيين مصرعهم بتفجير انتحاري استهدف موكب قائد شرطة ولاية قندوز صباح "
        "اليوم. ونجا قائد الشرطة من الهجوم بجروح طفيفة، وقتل اثنان آخران من حراسه في تبادل "
        "لإطلاق النار مع مسلحين بعد الانفجار."
    )
    [inc] = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 5
