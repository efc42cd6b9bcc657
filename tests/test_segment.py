"""Segmentation: which sentences tell one incident, from the facts of each sentence.

Every text here is written for the test in the genre of Arabic war reporting; each case
is named for the construction it pins down.
"""

from __future__ import annotations

from datetime import date

import pytest

from incidents.extract import extract_article
from incidents.segment import CLOSE, CONTINUE, HEADLINE, SKIP, START
from incidents.text import split_sentences


def _incidents(text: str, gaz):
    return extract_article(text, gazetteer=gaz, article_id="t")


def _second_refers_back(lead: str, second: str, gaz) -> bool:
    """Whether the second sentence, after the lead, names something told before."""
    facts = []
    extract_article(
        lead + second, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f)
    )
    return facts[1].back_reference


def _steps(text: str, gaz) -> list[str]:
    steps: list[str] = []
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: steps.append(s))
    return steps


def test_particle_before_a_verb_of_saying_is_no_headline():
    text = "قتل جنديان في هجوم بولاية غزني.\nوقد أكد المتحدث باسم الشرطة الحادث."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-1].startswith("وقد أكد")


def test_kama_before_a_verb_of_saying_adds_a_voice_not_an_event(gaz):
    text = (
        "قتل ثلاثة جنود في تفجير انتحاري استهدف دورية في مديرية سنجين بولاية هلمند. "
        "كما أفاد قائد الشرطة بأن انتحاريا فجر نفسه قرب الدورية."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    assert len(_incidents(text, gaz)) == 1


def test_later_sentence_that_names_the_means_makes_the_attack_a_suicide_bombing(gaz):
    text = (
        "قتل قائد شرطة الولاية في هجوم في مدينة غزني. "
        "وقال المتحدث باسم الحاكم إن القائد تعرض لتفجير انتحاري."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "suicide_bomb"
    assert len(inc.sentences) == 2


def test_abduction_stays_an_abduction_when_an_attack_is_told_after(gaz):
    text = (
        "خطف مسلحون مهندسين أجنبيين في ولاية قندوز. "
        "وقالت الشرطة إن الخاطفين هاجموا سيارة المهندسين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "other"


def test_town_told_with_the_event_keeps_a_restatement_in_its_province(gaz):
    text = (
        "قتل ستة أشخاص في تفجير انتحاري في مدينة كابول. "
        "وقال مسؤولون إن انتحاريا فجر نفسه قرب مسجد في ولاية كابول."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF01"


def test_another_official_is_another_voice_not_another_event(gaz):
    text = (
        "خطف مسلحون أربعة مهندسين في مديرية زرمت بولاية بكتيا. "
        "وقال مسؤول آخر إن المسلحين خطفوا المهندسين أثناء عودتهم من العمل."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_new_blow_to_someone_is_what_the_event_means_not_another_strike(gaz):
    text = (
        "قتل مسلحون ستة من عمال الإغاثة في هجوم على مكتبهم في ولاية بلخ. "
        "ويمثل هذا الهجوم ضربة جديدة للحكومة التي تستعد للانتخابات."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_similar_operation_elsewhere_is_another_event_of_the_kind_told(gaz):
    text = (
        "وأعلنت الوزارة مقتل ستة مسلحين في عملية مشتركة للقوات في ولاية قندهار. "
        "وفي ولاية زابل أعلنت الوزارة مقتل عدد من المسلحين في عملية مماثلة بمديرية "
        "شاه جوي."
    )
    _kandahar, helmand = _incidents(text, gaz)
    assert (helmand.event_type, helmand.location.province_pcode) == ("armed_clash", "AF26")


def test_another_convoy_is_another_event(gaz):
    text = (
        "قتل ثلاثة حراس في كمين استهدف قافلة إمداد في ولاية فراه. "
        "وقتل سائقان عندما هوجمت قافلة أخرى."
    )
    assert _steps(text, gaz) == [START, START]


def test_an_event_named_indefinite_then_definite_in_one_sentence_is_its_own(gaz):
    # "شن هجوما ... لكن الهجوم": the definite noun names the attack just told
    text = (
        "قتل خمسة من رجال الشرطة في هجوم على حاجز في مديرية إمام صاحب بولاية قندوز. "
        "وشن مسلحو طالبان مساء أمس هجوما على مطار قندوز لكن الهجوم صدته القوات الأفغانية."
    )
    assert _steps(text, gaz) == [START, START]


def test_an_event_named_by_its_place_refers_back(gaz):
    # "هجوم سنجين ... الهجوم": the attack known by its place, not one told here
    facts = []
    text = (
        "قتل سبعة جنود في هجوم على مركز للشرطة في مدينة لشكركاه. "
        "وقال المتحدث إن هجوم سنجين استهدف قائد الشرطة وإن الهجوم استمر ساعتين."
    )
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert facts[1].back_reference


def test_on_the_other_hand_opens_another_event(gaz):
    text = (
        "فجر مسلحون عبوة ناسفة بدورية للشرطة في مديرية مارجة بولاية هلمند. "
        "من ناحية ثانية، فجر مسلحون عبوة ناسفة في جنود راجلين قرب سوق المديرية."
    )
    assert _steps(text, gaz) == [START, START]


def test_clashes_many_times_over_are_background_not_an_event(gaz):
    # "مرات عدة": the border forces' clashes told as a run of the past
    text = (
        "قتل جنديان باكستانيان في قصف عبر الحدود في منطقة باجور. "
        "وتبادلت قوات البلدين إطلاق النار مرات عدة قرب خط الحدود."
    )
    assert len(_incidents(text, gaz)) == 1


def test_the_pace_of_attacks_is_a_trend_not_an_event(gaz):
    text = (
        "قتل ثلاثة مدنيين بقذائف سقطت على قرية في ولاية كونار. "
        "وفي أواخر يناير الماضي، أغلقت باكستان المعبر مع جارتها بسبب تصاعد وتيرة "
        "الهجمات على أراضيها."
    )
    assert _steps(text, gaz) == [START, CLOSE]


def test_a_habit_or_trend_is_background_not_an_event(gaz):
    text = (
        "قتل جنديان في انفجار لغم بدوريتهما في مديرية سنجين بولاية هلمند. "
        "وغالبا ما تشهد الولاية هجمات على القوات الأجنبية. "
        "وفي السنوات الأخيرة قتل مئات الجنود في اشتباكات مع طالبان."
    )
    assert _steps(text, gaz)[1:] == ["close", "skip"]
    assert len(_incidents(text, gaz)) == 1


def test_those_with_a_part_in_the_event_named_by_its_definite_noun_are_no_past_deeds(gaz):
    # "بمحاسبة الضالعين في الاعتداء الذي ...": the bombing told, in a call to punish
    text = (
        "وطالب الرئيس بمحاسبة الضالعين في الاعتداء الذي استهدف سوقا في مدينة غزني "
        "الجمعة وأسفر عن مقتل 12 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF11", 12)
    # a man's part in attacks, in the plural, is still his past
    past = "وقالت الشرطة إن المعتقلين الثلاثة ضالعين في الهجمات على القوات الأجنبية."
    assert _steps(past, gaz) == [SKIP]


def test_a_comment_refused_where_the_diplomats_sit_is_no_event_there(gaz):
    text = (
        "قتل أربعة حراس حين فجر مهاجمون شاحنة أمام قنصلية في مدينة مزار شريف. "
        "ورفض الدبلوماسيون في كابول الإدلاء بأي تعليق على الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF21"


PESHAWAR_AND_WAZIRISTAN = (
    "قتل 11 شخصا وجرح ثلاثون بتفجير استهدف جنازة في ضواحي مدينة بيشاور الباكستانية، بينما "
    "لقي اثنان من أبناء القبائل مصرعهما بمنطقة شمال وزيرستان بانفجار لغم. وأوضح مسؤول "
    "أمني أن الانفجار حدث قرب المقابر في أطراف بيشاور. وأضاف أنه كان هجوما انتحاريا. "
    "وأوضح أن التفجير استهدف زعيما قبليا."
)


def test_a_contrast_tells_a_second_event_abroad_at_a_place_of_its_own(gaz):
    # "، بينما قتل اثنان ... بمنطقة شمال وزيرستان": two events, each at its place abroad
    first, second = _incidents(PESHAWAR_AND_WAZIRISTAN, gaz)
    assert (first.country, first.killed, first.wounded) == ("PK", 11, 30)
    assert (second.country, second.killed) == ("PK", 2)


def test_the_bomber_caught_abroad_after_a_contrast_is_no_event_of_its_own(gaz):
    text = (
        "قتل خمسة جنود بانفجار عبوة في ولاية هلمند، فيما اعتقلت الشرطة منفذ الهجوم في مدينة كويتة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF30"


def test_the_blast_told_again_at_the_town_of_an_earlier_event_abroad_goes_back_to_it(gaz):
    # "الانفجار وقع ... عند أطراف بيشاور" after the Waziristan clause: the Peshawar event,
    # and "التفجير" after "هجوما انتحاريا" is the same suicide blast
    first, second = _incidents(PESHAWAR_AND_WAZIRISTAN, gaz)
    assert len(first.more) == 3
    assert not second.more
    assert first.event_type == "suicide_bomb"
    # the town abroad the attackers came from takes no sentence back to its own event
    came_from = (
        "قتل ثلاثة أشخاص في انفجار قنبلة في مدينة بيشاور الباكستانية. وفي ولاية ننغرهار "
        "الأفغانية قتل خمسة جنود في هجوم على حاجز للجيش. وقال مسؤول أفغاني إن منفذي الهجوم "
        "جاؤوا من بيشاور."
    )
    peshawar, nangarhar = _incidents(came_from, gaz)
    assert not peshawar.more
    assert len(nangarhar.more) == 1


def test_dead_of_last_week_set_off_by_commas_are_another_events_after_one_of_today(gaz):
    text = (
        "أعلنت الشرطة اليوم الجمعة أن مهاجمين اثنين فجرا نفسيهما عند مدخل مسجد في مدينة هرات، فقتل "
        "شخص واحد وأصيب سبعة. وأسفر تفجير، الأسبوع الماضي، عن مقتل 40 شخصا عند ضريح "
        "خلال احتفال ديني."
    )
    first, *_ = _incidents(text, gaz)
    assert (first.killed, first.wounded) == (1, 7)


def test_an_official_of_a_province_whose_place_the_lead_told_taken_goes_on_with_it(gaz):
    # two districts taken back in two provinces, then the governor of the second on them
    text = (
        "استعادت القوات السيطرة على مديرية تشاخانسور في ولاية نيمروز ومديرية كهمرد في "
        "ولاية باميان. وأكد حاكم ولاية باميان أنه تمت استعادة هذه المناطق في وقت قصير."
    )
    incidents = _incidents(text, gaz)
    assert sorted(i.location.province_pcode for i in incidents) == ["AF10", "AF34"]


def test_a_state_brought_about_by_dead_of_yesterday_tells_them(gaz):
    # "تعيش ... حالة حداد بعد مقتل ... أمس": the news of the dead, not a state of things
    text = (
        "تعيش إيطاليا حالة حداد بعد مقتل أربعة من جنودها أمس في انفجار لغم بمديرية بالا "
        "مرغاب في ولاية بادغيس."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (4, "AF31")
    # with no day of the news it is the state of things
    assert not _incidents("وتعيش الولاية حالة من الخوف منذ مقتل عشرات من سكانها.", gaz)


def test_a_sentence_opening_on_an_incident_tells_another(gaz):
    text = (
        "قتل ثلاثة جنود ألمان في اشتباك مع مسلحين بمديرية جهار دره في ولاية قندوز. وفي "
        "حادثة تكشف توتر الجنود، أعلن الجيش أن جنودا أطلقوا النار خطأ على سيارة مدنية "
        "فقتلوا خمسة من ركابها."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (3, 5)
    # in construct with a definite noun it names the one told
    again = (
        "قتل ثلاثة جنود ألمان في اشتباك مع مسلحين بمديرية جهار دره في ولاية قندوز. وفي "
        "حادث الاشتباك أطلق مسلحون النار على دورية فقتلوا ثلاثة من أفرادها."
    )
    assert len(_incidents(again, gaz)) == 1


def test_a_rate_of_dead_each_month_is_a_habit_not_the_events_toll(gaz):
    text = (
        "قتل أربعة أطفال في انفجار قذيفة قديمة في قرية بولاية قندوز. "
        "وللبلاد سجل طويل مع الألغام، إذ يلقى نحو مئة شخص حتفهم كل شهر بسببها."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 4


def test_how_long_a_party_has_been_in_the_country_is_no_past_of_the_event(gaz):
    text = (
        "قتل حارس في هجوم على مكاتب منظمة إغاثة في مدينة جلال آباد. "
        "وقالت المنظمة الموجودة في أفغانستان منذ العام 1990 إن الهجوم أوقف عملها."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_what_a_state_usually_does_is_a_habit_not_an_event(gaz):
    text = (
        "قتل أربعة مسلحين في غارة لطائرة من دون طيار على منزل في ولاية كونار. "
        "وتلجأ القوات الأمريكية عادة إلى الطائرات المسيرة لضرب المتمردين في تلك المناطق."
    )
    assert _steps(text, gaz) == [START, "close"]


def test_what_the_site_had_seen_before_is_no_background_of_the_event(gaz):
    text = (
        "قتل جنديان في قصف بقذائف الهاون على قاعدة بغرام الجوية في ولاية بروان. "
        "وقال متحدث إن القذائف سقطت داخل القاعدة التي سبق وأن شهدت هجمات كثيرة منذ العام الماضي."
    )
    assert _steps(text, gaz)[1] != "close"  # the event goes on being told


def test_the_state_an_event_left_things_in_is_no_background_of_it(gaz):
    # "وباتت ...": what the taking brought the tally to, up to now
    text = (
        "استولت حركة طالبان على مدينة فراه عاصمة ولاية فراه وباتت تسيطر حتى الآن على "
        "تسع عواصم ولايات."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.location.province_pcode) == ("armed_clash", "AF33")
    # the state alone, no event before it, is still background
    assert _steps("وباتت الحركة تسيطر على نصف البلاد.", gaz) == ["skip"]


def test_attacks_growing_are_a_trend_not_an_event(gaz):
    text = (
        "قتل جنديان في انفجار لغم بدوريتهما في مديرية سنجين بولاية هلمند. "
        "ويتزامن اشتداد هجمات طالبان في الجنوب مع استعداد القوات الدولية لتسلم المسؤولية."
    )
    assert _steps(text, gaz) == [START, "close"]


@pytest.mark.parametrize(
    "trend",
    [
        # the fighting season, a time of the war rather than an event
        "ويوشك موسم المعارك على الانتهاء مع قدوم الشتاء بعد قتال عنيف في ولايتي قندز وهلمند.",
        # the current year told as a whole
        "وشهدت السنة الحالية معارك ضارية في ولايتي قندز وهلمند.",
        # what went on throughout a span
        "وعمد المسلحون طيلة فترة سيطرتهم على المديرية إلى احتجاز السكان رهائن وإحراق منازلهم.",
        # events counted over a span
        "وهوجمت مقرات حكومية في الولاية ثلاث مرات خلال الشهر الجاري.",
        # what is done every day
        "وتتهم الحركة الحكومة بخرق الاتفاق بالقصف الجوي اليومي لمواقعها في الولاية.",
        # a reproach made again and again
        "وانتقد الرئيس بشكل متكرر سقوط ضحايا مدنيين في الغارات الجوية.",
    ],
)
def test_the_season_year_or_span_told_as_a_whole_is_background(gaz, trend):
    text = "قتل أربعة شرطيين في هجوم على حاجز في مديرية خوجياني بولاية ننجرهار. " + trend
    assert _steps(text, gaz) == [START, "close"]
    assert len(_incidents(text, gaz)) == 1


def test_back_reference_after_background_takes_up_the_event_again(gaz):
    text = (
        "اختطف مسلحون مهندسا بريطانيا في مديرية شيندند بولاية هرات. "
        "واختطف مهندس لبناني في ولاية زابل في عام 2008. "
        "من جهتها، طالبت السفارة البريطانية بتفاصيل عن حادث الاختطاف."
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 1
    assert len(incidents[0].sentences) == 2


def test_the_people_counted_named_again_with_the_article_take_up_the_event(gaz):
    # a lead with no kind of event, a word of the war's toll, then how they died
    text = (
        "أعلن الجيش الكندي أن ثلاثة جنود كنديين قتلوا في ولاية قندهار. "
        "وقتل أكثر من 150 جنديا كنديا في أفغانستان منذ عام 2002. "
        "وأوضح الجيش أن الجنود كانوا في دورية راجلة عندما انفجرت بهم عبوة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "ied"
    assert inc.killed == 3


def test_trigger_verb_with_an_attached_object_pronoun(gaz):
    text = "كان المهندسان يعملان في مديرية زرمت بولاية بكتيا عندما خطفهما مسلحون."
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "other"
    assert inc.location.district_pcode is not None


def test_noun_with_teh_marbuta_is_no_verb_with_a_pronoun(gaz):
    from incidents.events import event_type
    from incidents.tokens import tokenize

    assert event_type(tokenize("وتحاول الحكومة استعادة السيطرة في الولاية.")) is None


def test_strategic_district_is_no_talk_of_strategy(gaz):
    (inc,) = _incidents("سيطر مسلحو طالبان على منطقة استراتيجية في ولاية وردك.", gaz)
    assert inc.location.province_pcode == "AF04"
    # the definite adjective after a named city ("مدينة بول خمري الاستراتيجية") too
    (city,) = _incidents(
        "قتل 20 مسلحا في هجوم على مدينة بول خمري الاستراتيجية بشمال البلاد اليوم.", gaz
    )
    assert city.location.province_pcode == "AF09"
    # the noun, the strategy, is still talk of it
    assert _incidents("وقال إن الاستراتيجية الأمريكية الجديدة أدت إلى مقتل 20 مسلحا.", gaz) == []


def test_a_pluperfect_event_in_another_part_of_the_country_places_no_unplaced_lead(gaz):
    # the lead told in the west, unplaced; "وكان ستة ... قتلوا ... في ولاية غزنة" (south-east)
    # is an earlier event there, whatever "الهجوم" names
    text = (
        "قتل تسعة من الشرطة غرب أفغانستان بهجوم على نقطة مراقبة. "
        "وكان ستة من عناصر الشرطة قتلوا فجر الخميس في ولاية غزنة خلال الهجوم على مقر "
        "حاكمية الولاية."
    )
    west, ghazni = _incidents(text, gaz)
    assert west.location is None or west.location.province_pcode != "AF11"
    assert (ghazni.location.province_pcode, ghazni.killed) == ("AF11", 6)


def test_a_sentence_opening_on_the_response_to_the_event_tells_another_event(gaz):
    # "وردا على هذا الهجوم، نفذ الطيران ... غارات": the strikes in response; fire at the
    # attackers is the fight told going on
    text = (
        "قتل 13 جنديا في هجوم شنته طالبان على مدينة غزنة. "
        "وردا على هذا الهجوم، نفذ الطيران الأمريكي عدة غارات على معاقل الحركة."
    )
    attack, strikes = _incidents(text, gaz)
    assert (attack.event_type, strikes.event_type) == ("attack", "airstrike")
    fire = text.replace(
        "نفذ الطيران الأمريكي عدة غارات على معاقل الحركة", "أطلقت مروحيات الحلف النار على المهاجمين"
    )
    assert len(_incidents(fire, gaz)) == 1


def test_a_lead_in_phrase_before_a_verb_of_saying_is_no_headline():
    text = "قتل جنديان في هجوم.\n\nوفي ولاية زابل (جنوب) قال قائد الشرطة إن انتحاريا فجر نفسه."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-1].startswith("وفي ولاية زابل (جنوب) قال")


def test_as_for_what_a_place_is_is_background(gaz):
    # "أما X فهي ...": a word on the place; "أما في هلمند فقد قتل" tells an event
    text = (
        "قتل جنديان في انفجار لغم في مديرية أندر بولاية غزني. "
        "أما ولاية غزني فهي من أخطر الولايات، وتشهد معارك بين القوات والمسلحين."
    )
    assert len(_incidents(text, gaz)) == 1
    told = (
        "قتل جنديان في انفجار لغم في مديرية أندر بولاية غزني. "
        "أما في ولاية هلمند فقد قتل ثلاثة مدنيين في قصف."
    )
    assert len(_incidents(told, gaz)) == 2


def test_nothing_seen_since_an_earlier_event_is_background(gaz):
    # "ولم تشهد كابول هجمات كبرى منذ ...": the city's state since another event
    text = (
        "قتل ستة أشخاص في هجوم انتحاري على حافلة في كابول صباح أمس. "
        "ولم تشهد كابول هجمات كبرى منذ الاعتداءات الثلاثة التي أودت بحياة 41 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 6


def test_the_last_event_dated_back_by_yaud_ila_is_background(gaz):
    # "ويعود آخر هجوم ... إلى": the wire recalls the last event before the news
    text = (
        "قتل ستة أشخاص في هجوم انتحاري على حافلة في كابول صباح أمس. "
        "ويعود آخر هجوم كبير في العاصمة إلى العاشر من مارس وقد أوقع 30 قتيلا."
    )
    facts = []
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert facts[1].background
    # "آخر" here is "another", no last one dated back
    other = (
        "قتل ستة أشخاص في هجوم انتحاري على حافلة في كابول صباح أمس. "
        "وقتل جندي آخر في هجوم على دورية في ولاية لوغر."
    )
    assert len(_incidents(other, gaz)) == 2


def test_a_record_comparison_is_no_background(gaz):
    text = (
        "سقطت صواريخ أطلقها متمردون على مدينة كابول في قصف يعد الأعنف منذ سنوات "
        "وللمرة الأولى منذ عام 2001."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "shelling"


def test_a_record_told_with_its_target_before_since_is_no_background(gaz):
    # the superlative, the event, its target and "there", then "منذ العام 2006"
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن مقتل خمسة جنود كنديين أمس، في أعنف هجوم تتعرض "
        "له القوات الكندية هناك منذ العام 2006."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.claimed_by) == (5, "Taliban")


def test_a_record_since_a_beginning_told_by_a_relative_clause_places_the_lead(gaz):
    # the period since the insurgency began, told with a relative clause dated to 2001, is
    # no time of the sentence: its record ranks the lead's event in the capital
    text = (
        "فجر انتحاري سيارة ملغومة أمام بوابة مجمع حكومي وقتل 25 شخصا. "
        "وقال المتحدث باسم الشرطة إن معظم القتلى من المراجعين، وهذه الحصيلة الأعلى لهجوم "
        "في العاصمة الأفغانية منذ بداية تمرد الحركة التي أسقطها تحالف دولي أواخر 2001."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is not None
    assert inc.location.province_pcode == "AF01"


def test_a_word_ranking_the_told_event_at_a_place_places_the_lead(gaz):
    text = (
        "لقي 12 موظفا حتفهم صباح اليوم حين انفجرت سيارة مفخخة بجوار حافلتهم. "
        "وهذا هو الهجوم الأكثر دموية في مدينة قندهار منذ مطلع العام الماضي."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is not None
    assert inc.location.province_pcode == "AF27"


def test_a_place_after_what_the_ranking_compares_with_places_no_lead(gaz):
    # the place of the earlier event the told one is compared with
    text = (
        "لقي 12 موظفا حتفهم صباح اليوم حين انفجرت سيارة مفخخة بجوار حافلتهم. "
        "وهو الهجوم الأكثر دموية منذ مطلع العام الماضي عندما قتل 20 شخصا في مدينة قندهار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is None or inc.location.province_pcode is None


def test_a_record_since_an_invasion_up_to_its_year_is_no_past_time(gaz):
    # "منذ" and a clause of what began the period, up to its year: the record's period
    text = (
        "قتل 12 شخصا في هجوم على مجمع حكومي في مدينة قندهار. "
        "وفي مدينة هرات قتل تسعة حراس في هجوم على مقر منظمة دولية وصف بأنه الأعنف على "
        "المنظمات في البلاد منذ دخلت القوات الأجنبية هذا البلد في أواخر 2001."
    )
    incs = _incidents(text, gaz)
    assert [(i.killed, i.location.province_pcode) for i in incs] == [(12, "AF27"), (9, "AF32")]


def test_the_toll_of_an_event_named_by_its_relative_clause_is_that_events(gaz):
    # mourning after another bombing, named with its own far larger toll
    text = (
        "سقط 20 قتيلا مدنيا حين انفجرت سيارة مفخخة بجانب رتل عسكري في مديرية سبين بولدك. "
        "وعم الحزن قندهار عقب التفجير الانتحاري الذي قتل أكثر من 90 شخصا في سوق المدينة "
        "قبل يومين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 20


def test_a_record_in_a_place_keeps_its_since_period(gaz):
    # "في" after the superlative names the place; "منذ" and its period are still the
    # record's, so the year in the relative clause is no past time either
    text = (
        "انفجرت شاحنة مفخخة قرب مقر للشرطة وأسفرت عن مقتل 14 شرطيا. "
        "وهي أكبر حصيلة تسجل في العاصمة الأفغانية منذ بداية التمرد الذي اندلع بعد 2001."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is not None
    assert inc.location.province_pcode == "AF01"


def test_a_record_since_a_day_another_event_fell_on_tells_that_event_as_the_past(gaz):
    # "منذ" + a whole date + "عندما": the day of an earlier event the clause tells
    text = (
        "هاجم مسلحون مبنى حكوميا في مدينة غزني اليوم الأحد وقتلوا 30 شخصا. "
        "والهجوم هو الأعنف في البلاد منذ 9 مارس 2012 حين استهدف انتحاري سوقا بمدينة "
        "قندهار وقتل 40 مدنيا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 30
    assert inc.location.province_pcode == "AF11"


def test_more_than_a_figure_since_the_start_of_the_year_is_a_tally(gaz):
    # "أكثر من" hedges a count; it compares nothing, so "منذ مطلع السنة" tells a tally
    text = (
        "قتل جنديان في انفجار عبوة ناسفة في ولاية هلمند. وغالبا ما تبالغ الحركة في أعداد "
        "القتلى. وقتل أكثر من 200 جندي أجنبي في أفغانستان منذ مطلع السنة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 2


def test_the_toll_since_the_told_operation_began_is_its_own(gaz):
    # "منذ بدء العملية": since the operation told began, its toll so far
    text = "قتل 30 مسلحا وجنديان منذ بدء العملية في مديرية زهري بولاية قندهار."
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (32, "AF27")
    # since the war began, a span of the past
    assert _incidents("وقتل أكثر من ألفي جندي منذ بدء الحرب في ولاية قندهار.", gaz) == []


def test_since_a_year_without_a_comparison_is_background(gaz):
    assert _incidents("وتشهد الولاية هجمات بالصواريخ منذ عام 2001.", gaz) == []


def test_full_stop_before_a_word_with_the_space_lost():
    text = "قتل 36 مسلحا في هجمات متفرقة.وكانت أعنف الهجمات في ولاية زابل. أ.ف.ب"
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[:2] == ["قتل 36 مسلحا في هجمات متفرقة.", "وكانت أعنف الهجمات في ولاية زابل."]
    assert sentences[2] == "أ.ف.ب"


def test_full_stop_put_before_the_space_ends_the_sentence():
    text = "قتل جنديان في جنوب البلاد .وأعلنت الوزارة أن عبوة استهدفت آليتهما. وأكد أ.ف.ب ذلك"
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[:2] == [
        "قتل جنديان في جنوب البلاد .",
        "وأعلنت الوزارة أن عبوة استهدفت آليتهما.",
    ]


def test_a_round_up_of_scattered_violence_places_no_event(gaz):
    text = (
        "قتل 21 شخصا أمس في أعمال عنف متفرقة بينها تفجير انتحاري في جنوب البلاد "
        "فيما أطلقت صواريخ على كابول."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is None
    assert inc.country == "AF"


def test_rocket_propelled_rounds_in_an_assault_leave_it_an_attack(gaz):
    text = (
        "هاجم مسلحون عددا من الحواجز الأمنية في مديرية دهنه غوري بولاية بغلان فجر الخميس. "
        "وقالت الوزارة إن المهاجمين استخدموا قذائف صاروخية وأسلحة ثقيلة في الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "attack"


def test_on_the_other_hand_with_the_event_named_again_is_another_voice(gaz):
    text = (
        "قتل أربعة مدنيين في غارة جوية على قرية في ولاية كونار. "
        "من جهة أخرى، ادعى متحدث باسم القوات الأجنبية أن القصف الجوي استهدف مسلحين."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_negated_or_wished_verb_tells_no_event(gaz):
    text = "وأكد الوزير أن الجيش لن يقصف القرى ولا يريد أن يقصف السكان في ولاية قندوز."
    assert _incidents(text, gaz) == []
    assert _incidents("وأكد أن المسلحين لم يهاجموا القافلة في ولاية فراه.", gaz) == []


def test_an_air_strike_after_a_ground_attack_is_the_answer_not_the_attack(gaz):
    text = (
        "شن مقاتلو طالبان هجوما على مركز مديرية قوش تبه بولاية جوزجان وقتلوا ثلاثة من الشرطة. "
        "وأعلن الجيش أن غارات جوية بتلك المنطقة أسفرت عن مقتل 9 مسلحين."
    )
    attack, strike = _incidents(text, gaz)
    assert (attack.event_type, strike.event_type) == ("attack", "airstrike")
    assert attack.killed == 3


def test_an_event_told_at_a_place_abroad_is_a_new_event_there(gaz):
    text = (
        "قتل أربعة جنود في كمين نصبه مسلحون لرتل عسكري في مديرية بالا بلوك بولاية فراه. "
        "وفي بيشاور نفسها، قتل خمسة أشخاص في انفجار قنبلة، ولم تتبن أي جهة العملية."
    )
    ambush, bombing = _incidents(text, gaz)
    assert ambush.event_type == "attack"
    assert bombing.country == "PK"
    assert bombing.location is None


def test_a_country_after_taliban_is_the_groups_name(gaz):
    text = (
        "انفجرت عبوة ناسفة بدورية للشرطة في ولاية ننجرهار. "
        "ورجحت الشرطة أن يكون عناصر من طالبان باكستان قد زرعوا العبوة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF06"


def test_a_back_reference_at_an_earlier_events_place_takes_it_up_again(gaz):
    text = (
        "نصب متمردون كمينا لقافلة شاحنات وقود في مديرية بالا بلوك بولاية فراه فقتلوا 9 سائقين. "
        "وكان سائق قد قتل الشهر الماضي حين هوجمت قافلة أخرى في مديرية سبين بولدك بولاية قندهار. "
        "وذكر الحاكم أن الكمين استمر ساعة وأن شاحنات القافلة احترقت في مديرية بالا بلوك."
    )
    # the earlier ambush on another convoy is background told in the pluperfect
    (farah,) = _incidents(text, gaz)
    assert farah.location.province_pcode == "AF33"
    assert len(farah.sentences) == 2


def test_a_denied_claim_names_no_claimant(gaz):
    text = (
        "اغتال مسلحون على دراجة نارية مدير التعليم في ولاية قندهار بالرصاص. "
        "ولم تتبن طالبان ولا سواها قتل المدير."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_no_group_claiming_it_names_no_claimant_whoever_the_officials_blame(gaz):
    text = (
        "فجر فدائي يرتدي حزاما ناسفا نفسه أمام منزل حاكم مديرية زيراي في ولاية قندهار، "
        "ما أدى إلى مصرع المسؤول وثلاثة من أبنائه. "
        "وعلى الرغم من عدم إعلان أية جهة مسئوليتها عن الحادث إلا أن الحكومة أعلنت مسئولية "
        "حركة طالبان عن الحادث."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_the_government_announcing_the_groups_responsibility_is_no_claim(gaz):
    text = (
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في ولاية قندهار. "
        "وأعلنت الحكومة الأفغانية مسئولية حركة طالبان عن الحادث."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في ولاية قندهار نسبت مسؤوليته إلى حركة طالبان.",
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في ولاية قندهار. وحملت الشرطة حركة طالبان مسؤوليته.",
    ],
)
def test_responsibility_laid_on_the_group_by_others_is_no_claim(gaz, text):
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_a_related_item_opens_a_new_incident(gaz):
    # "في سياق متصل": the wire turns to its next, related item
    text = (
        "قتل جنديان من قوات حلف شمال الأطلسي في هجوم في مدينة جلال آباد شرقي أفغانستان. "
        "في سياق متصل، أعلنت وزارة الداخلية أن قواتها قتلت 30 مسلحا في عملية استمرت يومين "
        "جنوب غرب البلاد."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF06", 2)
    assert (second.location, second.killed) == (None, 30)


def test_another_event_in_a_clause_of_when_is_of_that_time(gaz):
    # the claim is of the attack told; "حادث مماثل" is the earlier one it is compared with
    text = (
        "هاجم مسلحان يرتديان حزامين ناسفين حافلة تقل جنودا في مدينة كابول ما أدى إلى مقتل "
        "خمسة جنود. وأعلنت طالبان مسؤوليتها عن الهجوم الذي يعد الأول على العاصمة منذ مايو "
        "عندما قتل ستة جنود أجانب في حادث مماثل."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"
    assert len(inc.sentences) == 2


def test_the_toll_of_several_events_gives_way_to_one_events_figures_once(gaz):
    text = (
        "أعلنت مصادر أمنية مقتل 10 أشخاص وإصابة 19 في هجومين منفصلين في العاصمة كابول وفي "
        "إقليم قندز. وقال قائد الشرطة إن مسلحين هاجما حافلة للجيش في كابول ما أدى إلى "
        "مقتل خمسة وإصابة تسعة، مضيفا أن قوات الأمن قتلت المهاجمين."
    )
    first = _incidents(text, gaz)[0]
    assert (first.killed, first.wounded) == (5, 9)


def test_a_claim_names_its_claimant(gaz):
    text = (
        "اغتال مسلحون على دراجة نارية مدير التعليم في ولاية قندهار بالرصاص. "
        "وأعلنت حركة طالبان مسؤوليتها عن قتل المدير."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_the_claimant_is_the_group_next_to_the_claim(gaz):
    text = (
        'تبنى تنظيم "داعش" التفجير الذي ضرب مسجدا في مدينة كابول، بعد أسبوع '
        "من حملة أعلنتها الحكومة على مواقع طالبان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Islamic State"


def test_a_speaker_quoting_the_groups_members_makes_no_claim(gaz):
    text = (
        "قتل ثلاثة مدنيين في غارة جوية على منزل في ولاية هلمند. "
        "وقال أحد السكان إن عناصر طالبان تمركزوا في المنزل وأطلقوا صاروخا على طائرة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_the_groups_spokesman_speaks_for_it(gaz):
    text = (
        "قتل ثلاثة جنود في هجوم على نقطة تفتيش في ولاية هلمند. "
        "وقال المتحدث باسم حركة طالبان إن مقاتلي الحركة نفذوا الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_the_groups_spokesman_named_in_full_after_a_long_speaker_speaks_for_it(gaz):
    # the group itself called only "the movement", its spokesman named after the words
    # that bring him in
    text = (
        "هاجم مسلحون نقطة تفتيش في مديرية خانشين بولاية هلمند فجر الأحد. "
        "وأفاد بيان صادر عن المتحدث باسم الحركة، ذبيح الله مجاهد، بأن المهاجمين قتلوا "
        "خمسة من عناصر الشرطة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_what_is_told_after_that_with_a_pronoun_names_no_speaker(gaz):
    # "قالت إنها ...": what is told begins at "إنها"; the base attacked in it ("القاعدة")
    # is no group speaking
    text = (
        "قتل أربعة جنود في هجوم على قاعدة عسكرية في ولاية بلخ. "
        "ونشرت وكالة محلية صورا قالت إنها لمسلحين هاجموا القاعدة ليلا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_the_group_not_bearing_responsibility_makes_no_claim(gaz):
    # "لم تتحمل الحركة المسؤولية": a claim negated, whoever speaks for the group after it
    text = (
        "قتل 15 شخصا في تفجير انتحاري استهدف حفلا في مدينة أيبك بولاية سمنجان. "
        "ولم تتحمل طالبان أي مسؤولية عن التفجير، وأكد المتحدث باسمها ذبيح الله مجاهد أن "
        "الحركة لا علاقة لها به."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_officials_telling_what_the_groups_fighters_did_make_no_claim(gaz):
    # the speaker comes before "إن"; the group after it is what the officials speak of
    text = (
        "قال مسؤولون محليون إن مقاتلين من حركة طالبان هاجموا نقطة للجيش في ولاية غور وقتلوا "
        "سبعة جنود."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_a_groups_denial_in_the_lead_lends_no_claim_to_the_article(gaz):
    text = (
        "قتل 20 شخصا في تفجير انتحاري استهدف حفل زفاف في ولاية سمنكان. "
        "لكن طالبان نفت مسؤوليتها عن الهجوم. "
        "وكان مسلحو طالبان قد هاجموا مركزا للشرطة في ولاية بلخ الأسبوع الماضي."
    )
    assert all(i.claimed_by is None for i in _incidents(text, gaz))


def test_a_denial_by_the_group_is_no_claim(gaz):
    text = (
        "خطف مسلحون ثلاثين راكبا على الطريق السريع في ولاية زابل. "
        "وقال الحاكم إن طالبان نفوا علاقتهم بخطف الركاب."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_a_reference_point_abroad_does_not_place_a_lead_told_without_a_place(gaz):
    text = (
        "فقد الجيش شاحنتي وقود بعد هجوم على قافلة للإمدادات. "
        "وأوضح ضابط أن تفاصيل الهجوم شحيحة لأن الطريق يمر شمال غربي باكستان. "
        "وهاجم عشرات المسلحين القافلة ليلا في منطقة خيبر."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"
    assert len(inc.sentences) == 3


def test_an_official_of_another_province_tells_another_event(gaz):
    text = (
        "ذكر قائد شرطة إقليم قندهار أن انتحاريا فجر حزامه في سوق للماشية. "
        "وذكر قائد شرطة إقليم خوست أن مسلحين على دراجة تعرضوا لمدير المدرسة بإطلاق نار."
    )
    bombing, shooting = _incidents(text, gaz)
    assert bombing.location.province_pcode == "AF27"
    assert shooting.event_type == "attack"
    assert shooting.location.province_pcode == "AF14"
    # the open incident named two provinces and chose neither: a third's official tells
    # another event still
    text = (
        "ذكر مسؤولون أن طالبان قتلت 16 من أفراد ميليشيا في هجمات على نقاط حراسة في إقليمي "
        "بغلان وتخار. "
        "وأوضح المتحدث باسم حاكم إقليم بادغيس أن ستة من قوات الأمن قتلوا في اشتباكات."
    )
    both, badghis = _incidents(text, gaz)
    assert both.location is None
    assert badghis.location.province_pcode == "AF31"


def test_the_told_event_dated_after_something_else_is_no_new_event(gaz):
    text = (
        "قتل أربعة جنود في اشتباك مع مسلحين في مديرية زرمت بولاية بكتيا. "
        "وجاء الاشتباك بعد ساعات من وصول قافلة تموين إلى الحامية."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_hours_after_the_told_event_another_one_starts(gaz):
    text = (
        "قتل أربعة جنود في اشتباك مع مسلحين في مديرية زرمت بولاية بكتيا. "
        "وبعد ساعات من الاشتباك انفجرت عبوة ناسفة بسيارة للشرطة في المديرية."
    )
    assert _steps(text, gaz) == [START, START]


def test_a_past_year_in_a_clause_of_an_event_dated_yesterday_is_no_background(gaz):
    text = (
        "قتل خمسة جنود أمس في هجوم على قاعدة أنشأتها القوات الأمريكية عام 2003 في مديرية "
        "زرمت بولاية بكتيا."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_past_year_after_the_told_event_happening_is_of_a_clause(gaz):
    # "ووقع الكمين في قرية ... واستهدف قائدا انشق عن الحركة عام 2007"
    text = (
        "قتل 20 شرطيا في كمين نصبته حركة طالبان أمس في ولاية هلمند. "
        "ووقع الكمين في مديرية كجكي، واستهدف قائدا انشق عن الحركة عام 2007."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3010"


def test_a_past_year_up_to_today_is_background(gaz):
    text = "وقتل أكثر من ألفي جندي أجنبي في هجمات بولاية هلمند منذ مطلع 2002 حتى اليوم."
    assert _incidents(text, gaz) == []


def test_an_attack_told_with_no_place_or_dead_after_background_goes_back_to_the_event(gaz):
    text = (
        "قتل 22 شرطيا في مكمن نصبته حركة طالبان في ولاية سربل أمس. "
        "وأبرز الهجوم الوضع الأمني الهش في البلاد حيث تواجه القوات تمردا مستمرا منذ عام 2001. "
        "وتعرض رجال الشرطة لهجوم أثناء توجههم في قافلة لدعم رفاق لهم."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 2
    # with dead of its own it is another
    text = text.replace("وتعرض رجال الشرطة لهجوم", "وقتل ثلاثة جنود في هجوم")
    assert len(_incidents(text, gaz)) == 2


def test_a_battle_told_with_its_air_support_goes_on_in_either(gaz):
    # "خلال اشتباكات وقصف جوي": the lead names both; the battle told next is the same
    text = (
        "قتل 18 مسلحا خلال اشتباكات وقصف جوي في ولاية فارياب. "
        "وذكر الفيلق في بيان أن اشتباكات اندلعت بين قوات الأمن والمسلحين في منطقة قيصر."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2907"
    # an air strike alone in the lead: a battle after it is another event
    text = text.replace("خلال اشتباكات وقصف جوي", "في قصف جوي")
    assert len(_incidents(text, gaz)) == 2


def test_a_sentence_opening_on_earlier_today_tells_another_event(gaz):
    text = (
        "قتل ستة مدنيين في انفجار قنبلة مزروعة على جانب الطريق في ولاية هلمند مساء الأحد. "
        "وفي وقت سابق من الأحد، هاجم انتحاري حافلة عسكرية، ما أسفر عن مقتل أربعة أشخاص."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [6, 4]
    # a speaker's figure of before, "في وقت سابق" after the verb, tells the same event
    text = text.replace(
        "وفي وقت سابق من الأحد، هاجم انتحاري حافلة عسكرية، ما أسفر عن مقتل أربعة أشخاص.",
        "وقال المتحدث في وقت سابق إن أربعة أشخاص قتلوا في الانفجار.",
    )
    assert len(_incidents(text, gaz)) == 1
    # so does a word told earlier that names the event told
    lead = "قتل ستة مدنيين في انفجار قنبلة مزروعة على جانب الطريق في ولاية هلمند مساء الأحد. "
    claim = "وفي وقت سابق اليوم، أعلن المتحدث باسم طالبان مسؤولية الحركة عن الانفجار."
    assert _steps(lead + claim, gaz) == [START, CONTINUE]


def test_an_event_of_a_past_month_after_the_news_is_background(gaz):
    lead = "قتل أربعة من رجال الشرطة في هجوم انتحاري أمام مقر الشرطة في لشكركاه أمس. "
    earlier = "وقتل 17 شخصا وجرح 50 آخرون في اعتداء استهدف السوق في آب اغسطس الماضي."
    (inc,) = _incidents(lead + earlier, gaz)
    assert (inc.killed, inc.wounded) == (4, None)
    # "الشهر الماضي" too; but alone it is the report's own event
    earlier = "وقتل 17 شخصا في اعتداء استهدف سوقا في ولاية قندهار الشهر الماضي."
    assert len(_incidents(lead + earlier, gaz)) == 1
    assert len(_incidents(earlier, gaz)) == 1
    # a day of that month may be the news; so is a month in a clause of a day told
    for told in (
        "وقتل 17 شخصا في اعتداء استهدف سوقا في ولاية قندهار في 30 ديسمبر الماضي.",
        "ودخل الجيش أمس بلدة موسى قلعة في ولاية هلمند التي سيطر عليها المسلحون في "
        "فبراير الماضي بعد معارك قتل فيها 12 مسلحا.",
    ):
        assert len(_incidents(lead + told, gaz)) == 2, told


def test_a_dateline_with_a_month_in_both_calendars_is_no_past_year(gaz):
    text = "غزنة 6 آب/أغسطس 2009 (أ ف ب) - قتل ثلاثة جنود في انفجار عبوة في مديرية أندر."
    assert len(_incidents(text, gaz)) == 1


def test_an_official_of_a_province_places_a_lead_the_dateline_placed(gaz):
    text = (
        "مقتل تسعة شرطيين في هجوم ليلي\n"
        "كابول (رويترز) - قال مسؤولون إن مسلحين هاجموا مركزا للشرطة ليلا وقتلوا تسعة شرطيين. "
        "وقال المتحدث باسم حاكم ولاية قندوز إن القتال في مديرية خان آباد استمر ساعتين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF1904"


def test_kama_with_the_attackers_adds_to_the_event_told(gaz):
    text = (
        "هاجم مسلحون مركزا للشرطة في مديرية خان آباد بولاية قندوز وقتلوا تسعة شرطيين. "
        "كما قتل أربعة من المهاجمين خلال تبادل إطلاق النار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 13


def test_a_pluperfect_of_yesterday_tells_a_step_of_the_news_not_the_past(gaz):
    # "كانت قد بدأت الهجوم ... صباح أمس": the operation told, begun the day before
    text = (
        "قال مسؤولون إن القوات الأفغانية استعادت منطقة في شمال غرب أفغانستان. "
        "وقال المتحدث إن القوات استعادت منطقة كوهيستان في إقليم فارياب، مضيفا أن القوات "
        "كانت قد بدأت الهجوم على مواقع طالبان صباح أمس."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2910"


def test_a_pluperfect_verb_of_telling_tells_the_event_earlier_not_the_past(gaz):
    # "وكانت قد أفادت وكالة رويترز بأن ...": the agency had told it, before the claim
    text = (
        "أعلن تنظيم داعش مسؤوليته عن هجوم انتحاري في مدينة جلال آباد. وكانت قد أفادت "
        "وكالة رويترز بأن تسعة أشخاص قتلوا جراء تفجير انتحاري استهدف مركبة للشرطة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (9, "AF06")


def test_a_pluperfect_clause_of_a_noun_after_the_dead_leaves_the_event_the_news(gaz):
    # "... قاعدة عسكرية سابقة، كان قد سيطر عليها المسلحون": what the base had been
    text = (
        "قتل 26 مسلحا وجرح 34 في اشتباكات استعادت خلالها قوات الأمن أمس قاعدة عسكرية "
        "سابقة، كان قد سيطر عليها المسلحون في إقليم دايكندي وسط أفغانستان."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded, inc.location.province_pcode) == (26, 34, "AF24")


def test_the_toll_of_events_the_background_counted_is_background(gaz):
    # "بعد ثلاث عمليات انتحارية ...", then "الهجمات الثلاث": those three, not the news
    text = (
        "قتل 18 جنديا في هجوم استهدف قاعدة عسكرية في ولاية فرح. وهو رابع هجوم يجري السبت "
        "بعد ثلاث عمليات انتحارية استهدفت مقرين للاستخبارات في كابول وهلمند. "
        "وأسفرت الهجمات الثلاث في المجموع عن سقوط خمسة قتلى وجرح نحو عشرين شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (18, None)


def test_dead_of_yesterday_after_an_event_told_today_are_another_event(gaz):
    text = (
        "هز انفجار عنيف العاصمة الأفغانية كابول عصر اليوم الخميس ولم تتضح طبيعته. "
        "هذا وقتل يوم أمس 10 أشخاص على الأقل جراء انفجارين استهدفا حافلتي ركاب في غرب "
        "العاصمة."
    )
    blast, buses = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2021, 11, 18)
    )
    assert (blast.killed, blast.event_date) == (None, "2021-11-18")
    assert (buses.killed, buses.event_date) == (10, "2021-11-17")
    # the event told today, then its dead "yesterday" named again: the same one
    again = (
        "قتل خمسة جنود في انفجار عبوة في مدينة كابول اليوم الخميس. وكان الانفجار قد وقع مساء أمس."
    )
    assert (
        len(extract_article(again, gazetteer=gaz, article_id="t", published=date(2021, 11, 18)))
        == 1
    )


def test_attacks_of_last_night_after_fighting_told_today_are_the_same_fighting(gaz):
    # "ليلة أمس": the night just before a day of fighting told "today", no other day
    text = (
        "دارت معارك ضارية بين قوات الأمن ومقاتلي طالبان اليوم الخميس في ولاية بادغيس. "
        "وذكر نائب في مجلس ولاية بادغيس أن عشرات المقاتلين من طالبان هاجموا مواقع للأمن في "
        "إحدى مناطق الولاية ليلة أمس."
    )
    assert (
        len(extract_article(text, gazetteer=gaz, article_id="t", published=date(2021, 11, 18))) == 1
    )


def test_the_told_event_occurring_days_after_another_tells_that_other_apart(gaz):
    # "ووقع الهجوم بعد يومين من انفجار ...": the explosion is an earlier event, its dead
    # and its means not the attack's
    text = (
        "هاجم مسلحون نقطة أمنية في مديرية شيندند بولاية هرات مما أسفر عن مقتل خمسة جنود. "
        "ووقع الهجوم بعد يومين من انفجار في المنطقة نفسها أسفر عن مقتل ثلاثة مدنيين."
    )
    first = _incidents(text, gaz)[0]
    assert (first.event_type, first.killed) == ("attack", 5)


def test_a_sentence_opening_on_another_day_set_off_by_a_comma_tells_that_days_event(gaz):
    # "وأمس الأول، ..." after an event of yesterday: one day apart, but the sentence
    # opens on its own day
    text = (
        "جرح 11 شخصا أمس في انفجار عبوة ناسفة استهدفت سيارة مسؤول في مدينة غزني. "
        "وأمس الأول، انفجرت عبوة ناسفة قرب مقر حكومي في المدينة نفسها مما أسفر عن مقتل "
        "أربعة أشخاص."
    )
    first, second = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2019, 5, 15)
    )
    assert (first.wounded, first.killed, second.killed) == (11, None, 4)


def test_an_indefinite_event_dated_by_its_clause_to_last_week_is_another_event(gaz):
    # "تبنى التنظيم هجوما وقع الأسبوع الماضي": an attack of last week, not today's
    text = (
        "قتل 12 شخصا اليوم في هجوم مسلح على مدرسة في مدينة كابول. "
        "وتبنى تنظيم داعش في وقت سابق هجوما وقع الأسبوع الماضي في العاصمة استهدف مسجدا "
        "وخلف ستة قتلى."
    )
    school, mosque = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2020, 11, 2)
    )
    assert (school.killed, school.claimed_by) == (12, None)
    assert (mosque.killed, mosque.claimed_by) == (6, "Islamic State")


def test_a_similar_attack_the_city_saw_is_another_event(gaz):
    # "هجوما مماثلا" in the accusative: "another" of an event as much as "هجوم مماثل"
    text = (
        "قتل خمسة أشخاص اليوم في تفجير انتحاري أمام مركز للشرطة في مدينة قندوز. "
        "وفرضت الشرطة طوقا على المكان، خاصة أن المدينة شهدت هجوما مماثلا تبنته حركة "
        "طالبان وراح ضحيته تسعة أشخاص."
    )
    today, saturday = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2016, 4, 11)
    )
    assert (today.killed, saturday.killed) == (5, 9)


def test_another_attack_threatened_for_the_days_ahead_is_no_event(gaz):
    # a spokesman's threat of "another attack soon" tells none that happened
    text = (
        "قتل سبعة من رجال الشرطة بتفجير انتحاري قرب مقر للشرطة في مدينة غزني. "
        "وقال المتحدث باسم الحركة «نحن من قام به، وستشهدون قريبا هجوما آخر في الأيام "
        "القادمة»."
    )
    (only,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2015, 3, 2))
    assert only.killed == 7


def test_another_vehicle_carrying_the_gunmen_is_of_the_attack_told(gaz):
    # "سيارة أخرى تنقل مسلحين": the attack's second vehicle, no other event
    text = (
        "قتل 40 شخصا على الأقل في هجوم لحركة طالبان على مركز تدريب للشرطة. "
        "وفجر المهاجمون شاحنة مفخخة عند البوابة، ثم جاءت سيارة أخرى تقل مسلحين أطلقوا "
        "النار على المتدربين. "
        "وقال نائب حاكم ولاية لوغار إن الهجوم وقع في مدينة بول علم."
    )
    (only,) = _incidents(text, gaz)
    assert (only.killed, only.location.province_pcode) == (40, "AF05")


def test_a_ministrys_tally_of_the_past_days_operations_is_no_event_of_its_own(gaz):
    # "في الساعات الـ24 الماضية خلال عمليات": a day's operations summed, then each told
    text = (
        "أعلنت وزارة الدفاع أن 26 مسلحا لقوا حتفهم في الساعات الـ24 الماضية خلال عمليات للقوات "
        "الأفغانية. وقالت الوزارة إن 11 مسلحا قتلوا في عملية للقوات الخاصة في مديرية ناد علي "
        "بولاية هلمند. وأضافت أن ثمانية مسلحين قتلوا في غارة جوية على مديرية قيصار بولاية "
        "فارياب."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 5, 6))
    assert [(i.killed, i.location.province_pcode) for i in incidents] == [(11, "AF30"), (8, "AF29")]


def test_a_round_ups_hedged_lead_whose_dead_the_parts_after_it_account_for_is_dropped(gaz):
    # "قرابة الـ30": 12 at one place and 17 at another unnamed are about all of them
    text = (
        "قتل قرابة الـ30 مسلحا في عدة هجمات للقوات الأفغانية. "
        "وقالت الاستخبارات إن غارة جوية استهدفت اجتماعا لقادة طالبان في ولاية كونار وقتلت 12 "
        "منهم. وإلى ذلك، أعلنت وزارة الداخلية أن قواتها قتلت 17 مسلحا في هجوم على مخبأ لهم."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 5, 6))
    assert [i.killed for i in incidents] == [12, 17]


def test_a_tally_of_the_whole_countrys_operations_with_no_part_placed_is_no_incident(gaz):
    # "في أنحاء البلاد" over a day: the country's day summed, none of its events told,
    # whatever the next sentence adds of the dead
    text = (
        "أكدت الوزارة مصرع 40 متمردا في عمليات شملت أنحاء البلاد خلال الساعات الأربع "
        "والعشرين الأخيرة. وأشارت إلى أن القتلى من عناصر طالبان."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 5, 6))
    assert incidents == []


def test_one_of_several_units_told_to_describe_a_place_is_no_round_up(gaz):
    # "وهي إحدى سبع مقاطعات": the place described, not events counted in the plural
    text = (
        "قال مسؤولون أمنيون إن غارتين لطائرات دون طيار أسفرتا الأحد عن مقتل عشرة مسلحين في "
        "شمال غرب باكستان. وقتلت الغارة الأولى ستة مسلحين في منطقة مير علي بشمال وزيرستان، "
        "وهي إحدى سبع مقاطعات على الحدود الأفغانية. أما الغارة الثانية فقتلت أربعة في منطقة "
        "داتا خيل."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2011, 3, 7))
    assert [i.killed for i in incidents] == [6, 4]


def test_dead_of_yesterday_named_with_its_weekday_after_an_event_of_today_are_another(gaz):
    # "مساء أمس الخميس" is as much yesterday as "أمس"
    text = (
        "قال مسؤول إن جنودا قتلوا رجلين على دراجة نارية قرب مقر القنصلية في مدينة مزار "
        "شريف صباح اليوم الجمعة. "
        "وكانت السلطات أعلنت في وقت سابق أن ستة أشخاص قتلوا مساء أمس الخميس في هجوم على "
        "القنصلية."
    )
    today, yesterday = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2016, 11, 11)
    )
    assert (today.killed, yesterday.killed, yesterday.event_date) == (2, 6, "2016-11-10")


def test_the_last_event_before_the_news_told_in_the_pluperfect_is_another(gaz):
    # "آخر" before its noun is "the last": "وكان آخر تفجير شهدته المدينة ..."
    text = (
        "فجر انتحاري نفسه وسط حشد من المحتفلين قرب ضريح في مدينة مزار شريف. "
        "وكان آخر تفجير شهدته المدينة، الأحد الماضي، أسفر عن مقتل أربعة أشخاص."
    )
    shrine, last = _incidents(text, gaz)
    assert (shrine.killed, last.killed) == (None, 4)


def test_a_sentence_opened_by_a_weekday_days_before_the_news_is_another_event(gaz):
    # the open incident is undated, so the news's; "والأحد الماضي" is two days before
    text = (
        "قتل 14 شخصا في انفجارين في سوق. والأحد الماضي، تم استهداف سيارة أجرة بقنابل "
        "مغناطيسية في كابول."
    )
    market, taxi = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2020, 11, 24)
    )
    assert (market.killed, market.location) == (14, None)  # Kabul is the taxi's place
    assert (taxi.location.province_pcode, taxi.event_date) == ("AF01", "2020-11-22")


def test_other_dead_on_a_weekday_days_before_the_news_are_another_event(gaz):
    # the lead's event is undated, so the news's; 30 dead "on Wednesday" are older
    text = (
        "قال مسؤولون اليوم الجمعة إن حركة طالبان قتلت 16 شرطيا في إقليم بادغيس. وقتلت "
        "طالبان يوم الأربعاء ما لا يقل عن 30 فردا من قوات الأمن في بادغيس."
    )
    lead, older = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 6, 22))
    assert (lead.killed, older.killed, older.event_date) == (16, 30, "2018-06-20")
    # the same dead dated so are the lead's own day
    same = (
        "قال مسؤولون اليوم الجمعة إن حركة طالبان قتلت 16 شرطيا في إقليم بادغيس. وقتلت "
        "طالبان يوم الأربعاء 16 شرطيا في بادغيس."
    )
    assert (
        len(extract_article(same, gazetteer=gaz, article_id="t", published=date(2018, 6, 22))) == 1
    )


def test_the_same_toll_told_again_after_background_is_the_same_event(gaz):
    # another voice tells the dead again, with no place: the event the background closed
    text = (
        "قتل 14 شخصا في انفجارين في ولاية باميان. وتعد باميان الأقل خطورة في البلاد. "
        "وقال الناطق باسم وزارة الداخلية إن انفجارين وقعا في سوق ما أدى إلى مقتل 13 مدنيا "
        "وشرطي وإصابة 45 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded, inc.location.province_pcode) == (14, 45, "AF10")


def test_operations_under_way_told_in_the_present_are_the_setting(gaz):
    text = (
        "قتل 21 مسلحا في اشتباك بين طالبان وتنظيم داعش في مديرية شيرزاد بولاية ننجرهار. "
        "وتنفذ قوات الأمن الأفغانية الآن عمليات لمكافحة الإرهاب من أجل استعادة السيطرة "
        "على المناطق النائية في الولاية ومن ضمنها مديرية أتشين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 21
    # the campaign the told event came amid
    amid = (
        "قتل ستة من أفراد الشرطة في كمين في مديرية ميوند. وياتي الهجوم بينما تشن القوات "
        "الافغانية عملية استباقية على امل اضعاف حركة طالبان في عدة مناطق."
    )
    (ambush,) = _incidents(amid, gaz)
    assert ambush.more == []  # the campaign is none of its sentences
    # dead told in the present tense of a campaign are an event
    told = "وتشن القوات عمليات في مديرية أتشين بولاية ننجرهار قتل فيها 12 مسلحا."
    assert len(_incidents(told, gaz)) == 1


def test_similar_attacks_the_group_claimed_before_are_background(gaz):
    # "تبنى في السابق هجمات مماثلة": the past; the relative clause after "ولاية خراسان"
    # describes the group, and the sentence goes on after it
    text = (
        "قتل قائد للشرطة في انفجار عبوة في مدينة أسد آباد. ولم تعلن أي جهة مسؤوليتها عن "
        "الهجوم، لكن تنظيم داعش-ولاية خراسان الذي ينشط في شرق أفغانستان، تبنى في السابق "
        "هجمات مماثلة على طالبان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF1501"


def test_a_similar_attack_told_in_the_pluperfect_is_background(gaz):
    text = (
        "قتل ستة جنود في هجوم على حاجز في مديرية أشين بولاية ننجرهار. "
        "وكان هجوم مماثل قد أسفر الشهر الماضي عن مقتل أربعة جنود في المديرية نفسها."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 6


def test_a_news_agencys_name_after_wakala_is_no_place(gaz):
    text = (
        "قتل ستة جنود في هجوم على حاجز في مديرية أشين بولاية ننجرهار. "
        "وأعلن التنظيم مسؤوليته عن الهجوم في بيان نشرته وكالة أعماق التابعة له."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF0615"


def test_a_claim_of_responsibility_without_a_trigger_adds_its_claimant(gaz):
    text = (
        "قتل أربعة جنود في انفجار عبوة ناسفة في مديرية صبري بولاية خوست. "
        "وأعلنت حركة طالبان في بيان لاحق مسؤوليتها."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_the_aircraft_named_again_abroad_goes_on_with_the_strike_told_abroad(gaz):
    text = (
        "قتل عشرة مسلحين في غارة لطائرة بدون طيار على منطقة وزيرستان الشمالية الباكستانية. "
        "وقال مسؤول في ميرانشاه إن الطائرة أطلقت صاروخين على منزل."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"
    assert len(inc.sentences) == 2


def test_their_attacks_with_a_possessive_are_a_habit_not_an_event(gaz):
    text = "ويتخذ المتمردون من الجبال ملاذا لشن هجماتهم على القوات في ولاية كنر."
    assert _incidents(text, gaz) == []


def test_on_the_other_hand_with_its_own_event_named_again_after_it_is_another_event(gaz):
    text = (
        "قتل خمسة جنود في هجوم على قاعدة في مديرية شاه جوي بولاية زابل. "
        "من جهة أخرى، أعلن الحلف مقتل أحد جنوده في انفجار عبوة دون أن يحدد مكان الانفجار."
    )
    assert _steps(text, gaz) == [START, START]


def test_the_officials_province_replaces_the_wires_city(gaz):
    text = (
        "مقتل ستة عمال في هجوم\n"
        "كابول (رويترز) - قال مسؤولون إن مسلحين قتلوا ستة عمال في هجوم على مكتبهم. "
        "وقال المتحدث باسم حاكم ولاية لغمان إن المسلحين اقتحموا المكتب."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF07"
    assert inc.location.how == "office"


def test_a_span_up_to_now_is_background(gaz):
    text = (
        "قتل أربعة مدنيين بقذائف هاون سقطت على منطقة سكنية في مدينة غزني. "
        "وتشهد أطراف المدينة منذ أسابيع معارك متقطعة بين القوات والمسلحين."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 1


def test_a_place_described_by_what_it_witnesses_keeps_the_event(gaz):
    text = "قال مسؤول إن انفجار سيارة مفخخة في لشكركاه عاصمة هلمند التي تشهد معارك قتل سبعة."
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 7


def test_list_items_after_bullets_are_sentences_of_their_own(gaz):
    text = (
        "حصاد اليوم: • قتل جنديان في انفجار عبوة ناسفة في مديرية ناد علي بولاية هلمند "
        "• أحرق مسلحون مدرسة للبنات في مديرية بركي برك بولاية لوغر"
    )
    assert [i.location.province_pcode for i in _incidents(text, gaz)] == ["AF30", "AF05"]


def test_a_protest_against_the_event_is_a_reaction(gaz):
    text = (
        "قتل ستة مدنيين في غارة جوية على قرية في مديرية شيغل بولاية كونار. "
        "وتظاهر مئات الطلاب في جلال آباد احتجاجا على الغارة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF15"


def test_what_the_protesters_did_is_a_reaction(gaz):
    # "وأحرق المتظاهرون الغاضبون عددا من الصهاريج": their anger, no attack
    text = (
        "قتل ثلاثة مدنيين في مداهمة ليلية لقوات أجنبية في مديرية بول علم بولاية لوغار. "
        "وأحرق المتظاهرون الغاضبون أمس عددا من شاحنات الوقود في ولاية ننجرهار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF05"


def test_a_condemnation_that_opens_the_report_with_the_events_place_and_dead_tells_it(gaz):
    text = (
        "أدانت الحكومة الأفغانية القصف الجوي الذي نفذته قوات الحلف على قافلة في ولاية "
        "أوروزغان، وأدى إلى مقتل 27 مدنيا. "
        "وقال بيان للحلف إن المدنيين قتلوا عندما اقتربوا من وحدة مشتركة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF25", 27)
    # after an event told, a condemnation that names it starts no other
    text = (
        "قتل خمسة جنود في هجوم على مركز للشرطة في ولاية هلمند. "
        "وأدانت الحكومة الهجوم على الجنود في ولاية هلمند الذي أدى إلى مقتل خمسة جنود."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 5


def test_an_attack_whose_only_dead_are_the_fighters_is_a_clash(gaz):
    # twelve of the group's fighters killed attacking a post: the side attacked fought back
    text = "لقي 12 من مسلحي الحركة حتفهم خلال هجومهم على حاجز للجيش في مديرية قادس بولاية بادغيس."
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "armed_clash"
    # one commander killed is a killing, and soldiers killed an attack
    for other in (
        "اغتيل قيادي في الحركة بهجوم مسلحين مجهولين على منزله في مديرية قادس بولاية بادغيس.",
        "لقي 12 جنديا حتفهم خلال هجوم للمسلحين على حاجز للجيش في مديرية قادس بولاية بادغيس.",
    ):
        (inc,) = _incidents(other, gaz)
        assert inc.event_type == "attack"


def test_an_aside_on_the_dead_during_these_operations_counts_the_events_told(gaz):
    # an aside ("يذكر أن") on the dead "during these operations": the events told
    lead = "لقي ستة قرويين حتفهم أثناء مواجهات بمنطقة جرشك في هلمند. "
    aside = "يذكر أنه خلال هذه المواجهات قتل 5 مسلحين وجرح 7 آخرون أيضا."
    (inc,) = _incidents(lead + aside, gaz)
    assert (inc.killed, inc.wounded) == (11, 7)
    # "these attacks" as the subject of a remark on an earlier one: an aside
    remark = "يذكر أن هذه المواجهات جاءت عقب عشرة أيام من تفجير لقي فيه 6 أشخاص حتفهم."
    (inc,) = _incidents(lead + remark, gaz)
    assert inc.killed == 6


def test_the_second_attack_named_again_is_the_second_told(gaz):
    # "أما الهجوم الثاني فوقع ...", then "ضحايا الهجوم الثاني": the one opened on its rank
    text = (
        "لقي خمسة أشخاص حتفهم بهجومين متتاليين نفذهما مجهولون بمدينة جلال آباد أمس. "
        "وأوضح المسؤول أن الهجوم الأول استهدف حافلة للموظفين. "
        "أما الهجوم الثاني فاستهدف بعد ساعة دورية للجيش. "
        "وقال طبيب في مستشفى جلال آباد إن قتلى الهجوم الثاني جنديان ومترجم."
    )
    assert _steps(text, gaz)[-1] == CONTINUE
    second = _incidents(text, gaz)[-1]
    # an office in the city's province keeps the city the event was placed in
    assert second.location.district_pcode == "AF0601"


def test_an_order_to_investigate_that_opens_the_report_with_a_kind_and_its_dead_tells_it(gaz):
    # its place told only after it
    text = (
        "أمر الرئيس بإجراء تحقيق في مقتل 40 قرويا بغارة جوية للحلف. "
        "وأوضح المتحدث أن الغارة ضربت قرية بمديرية دهراود في ولاية أوروزغان."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF25", 40)


def test_what_the_event_was_called_or_ordered_after_it_is_a_reaction(gaz):
    lead = "لقي ثمانية جنود حتفهم بهجوم على معسكر للجيش بمدينة مزار شريف. "
    for after in (
        "ووصفت السفارة الأمريكية في كابول الهجوم بأنه جبان.",
        "وأمر وزير الداخلية في كابول بإجراء تحقيق عاجل في الهجوم.",
    ):
        (inc,) = _incidents(lead + after, gaz)
        assert inc.location.province_pcode == "AF21"


def test_a_condemnation_with_its_dead_and_wounded_told_together_tells_the_event(gaz):
    # "مقتل وجرح العشرات": a toll of both kinds at once, no count of either
    text = (
        "أدانت البعثة الأممية التفجير الذي وقع في سوق بمديرية سبين بولدك في ولاية قندهار، "
        "فأدى إلى مقتل وجرح نحو 60 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed, inc.wounded) == ("AF2711", None, None)


def test_a_round_up_over_several_provinces_places_no_event(gaz):
    text = "قتل 20 مسلحا في عمليات تطهير في ولايات ننجرهار وقندهار وهلمند."
    (inc,) = _incidents(text, gaz)
    assert inc.location is None


def test_fire_from_the_various_parts_of_a_line_is_one_event_at_its_province(gaz):
    # "من مختلف أنحاء خط ...": the parts of a border line the shells came from, not the
    # parts of the country
    text = (
        "لقي ثلاثة من حرس الحدود حتفهم إثر سقوط قذائف أطلقت من مختلف أنحاء خط ديورند في "
        "ولاية بكتيكا. وأضافت الوزارة أن عربة مدرعة دمرت."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF12", 3)


def test_events_in_the_plural_at_two_provinces_are_several_told_one_by_one(gaz):
    # "في عمليات ... في إقليم X وإقليم Y": several events; each placed where told after
    text = (
        "قتل 19 مسلحا في عمليات للجيش في إقليم بادغيس شمال غرب البلاد وإقليم غور. "
        "وقال المتحدث باسم الجيش إن القوات هاجمت مخابئ للمسلحين في بادغيس وقتلت 12 منهم. "
        "وفي إقليم غور قتل سبعة مسلحين في اشتباك مع الشرطة."
    )
    incidents = _incidents(text, gaz)
    placed = [(i.location.province_pcode, i.killed) for i in incidents if i.location]
    assert placed == [("AF31", 12), ("AF23", 7)]


def test_what_a_city_named_with_its_rank_saw_last_year_is_no_time_of_the_event(gaz):
    # "على قندوز كبرى مدن الشمال التي سيطروا عليها العام الماضي": the clause tells the
    # city's past, the event is yesterday's
    text = (
        "هاجم مسلحو طالبان أمس الثلاثاء مواقع للشرطة في مدينة قندوز، وشنوا هجوما على "
        "قندوز كبرى مدن الشمال التي سيطروا عليها لأيام العام الماضي."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2016, 10, 5))
    assert (inc.location.province_pcode, inc.event_date) == ("AF19", "2016-10-04")


def test_what_a_place_borders_told_in_the_present_is_background(gaz):
    # "وتتاخم منطقة X منطقة Y التي تجري فيها عملية عسكرية": a word on the place
    text = (
        "قتل سبعة أشخاص في انفجار عبوة ناسفة في سوق بمنطقة كورام القبلية في باكستان. "
        "وتتاخم منطقة كورام منطقة وزيرستان الشمالية التي تجري فيها القوات عملية عسكرية "
        "ضد المسلحين."
    )
    assert len(_incidents(text, gaz)) == 1


def test_figures_of_a_report_over_months_are_background(gaz):
    text = "وقال تقرير للأمم المتحدة إن 923 مدنيا قتلوا في هجمات في النصف الأول من العام."
    assert _incidents(text, gaz) == []


def test_an_intelligence_report_pointing_to_a_strike_is_its_source_no_tally(gaz):
    # "تقريرا استخباريا": the source the event is told from, not a report of the UN kind
    # with a tally of its own
    text = (
        "وأفادت وسائل إعلام محلية بأن تقريرا استخباريا تحدث عن قصف تجمع لقادة طالبان "
        "بغارة جوية في ولاية كونر، ما أدى إلى مقتل تسعة منهم."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed, inc.location.province_pcode) == ("airstrike", 9, "AF15")


def test_a_denial_of_some_of_the_harm_after_the_dead_told_leaves_the_event(gaz):
    # "فيما نفى الجيش وقوع أي ضحية بين المدنيين": the civilians denied, the strike stands
    text = (
        "قتل نحو 40 شخصا معظمهم من المسلحين في غارة جوية للقوات الدولية في شمال أفغانستان، "
        "فيما نفى الجيش وقوع أي ضحية بين المدنيين."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed) == ("airstrike", 40)
    # the act itself denied: no event told
    denied = (
        "قال مسؤولون إن 30 شخصا قتلوا في غارات جوية في شمال البلاد، بينما نفت القوات "
        "الدولية تنفيذها."
    )
    assert _incidents(denied, gaz) == []
    # a group denying its part in an event that counted no one: the event stands
    part = (
        "قال مسؤولون في ولاية هرات إن مسلحين خطفوا ثلاثة مهندسين، بينما نفت الحركة أي "
        "صلة لها بالعملية."
    )
    (kidnap,) = _incidents(part, gaz)
    assert kidnap.location.province_pcode == "AF32"


def test_the_speaker_going_on_to_a_strike_at_another_province_tells_another_event(gaz):
    # "شنت القوات عملية في ولاية، ما أسفر عن مقتل ستة، مؤكدة تنفيذ غارة جوية في ولاية
    # أخرى": an operation told by its dead, then a strike elsewhere
    text = (
        "وأشارت المصادر إلى أن القوات نفذت عملية في إقليم هلمند، مما أسفر عن مقتل 6 من "
        "المسلحين، مؤكدة تنفيذ قوات التحالف غارة جوية في إقليم بادغيس أسفرت عن مقتل "
        "ثلاثة مسلحين."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF30", 6)
    assert (second.event_type, second.location.province_pcode, second.killed) == (
        "airstrike",
        "AF31",
        3,
    )


def test_the_groups_attack_named_in_construct_after_another_matter_is_the_told_one(gaz):
    # "من ناحية أخرى، أكد الناطق هجوم طالبان على الشرطة": "the Taliban attack", definite
    # by its construct, is the one told; clashes in the plural may be others
    text = (
        "لقي تسعة شرطيين حتفهم في هجوم شنه مسلحون على حاجز أمني في مديرية إمام صاحب "
        "بولاية قندوز. "
        "من ناحية أخرى، أقر متحدث أمني بهجوم طالبان على الحاجز ليلا، دون ذكر أرقام."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 9


def test_an_attack_described_by_its_own_clause_after_another_matter_is_another(gaz):
    # "من جهة أخرى، ... الهجوم الذي استهدف ...": the attack the clause describes is
    # another one, however definite; named bare, it is the one told
    lead = "لقي تسعة شرطيين حتفهم حين هاجم مسلحون حاجزا أمنيا في ولاية قندوز أمس. "
    described = "من جهة أخرى، ارتفع عدد قتلى الهجوم الذي استهدف السبت حافلة ركاب إلى 14 قتيلا."
    first, second = _incidents(lead + described, gaz)
    assert (first.killed, second.killed) == (9, 14)
    bare = "من جهة أخرى، قال متحدث أمني إن الهجوم أوقع 11 قتيلا."
    (inc,) = _incidents(lead + bare, gaz)
    assert inc.more
    # its target definite, the one told: "الهجوم الذي استهدف الحاجز"
    same = "من جهة أخرى، ارتفعت حصيلة الهجوم الذي استهدف الحاجز إلى 11 قتيلا."
    (inc,) = _incidents(lead + same, gaz)
    assert inc.killed == 11


def test_two_events_joined_by_fima_with_a_place_of_their_own_are_two(gaz):
    text = (
        "قتل جنديان من قوات الحلف في انفجار عبوة ناسفة جنوبي البلاد، فيما قتلت القوات "
        "الأفغانية 9 مسلحين في عملية عسكرية بولاية غزني."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (2, 9)
    assert second.location.province_pcode == "AF11"


def test_two_events_joined_by_fi_hin_are_two_even_without_a_comma(gaz):
    # "في حين" (whereas) opens a clause; each names its province, the second by name alone
    text = (
        "وقال البيان إن نحو 30 متطرفا قتلوا في اشتباكات في ولاية أروزغان (جنوب) في حين "
        "قتل 12 آخرون في اليوم ذاته في معارك في قندهار."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF25", 30)
    assert (second.location.province_pcode, second.killed) == ("AF27", 12)


def test_two_events_joined_by_fima_the_second_at_a_city_by_its_name(gaz):
    # "فيما ... في مدينة هيرات": the provincial seat named after its city word
    text = (
        "فجر انتحاري شاحنة مفخخة عند قاعدة عسكرية في ولاية بكتيا، ما أدى إلى مقتل حارسين، "
        "فيما قتل 22 من ركاب حافلة استهدفتها عبوة ناسفة لدى مرورها في مدينة هيرات."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF13", 2)
    assert (second.location.province_pcode, second.event_type) == ("AF32", "ied")


def test_a_part_of_the_toll_counted_again_with_also_adds_no_one(gaz):
    # "مقتل 11 ... من بينهم ستة من قوات الأمن", then "إن ستة من أفراد الأمن قتلوا أيضا"
    text = (
        "أدت معركة في مديرية إمام صاحب بولاية قندوز إلى مقتل 11 شخصا، من بينهم ستة من "
        "قوات الأمن وخمسة من مسلحي طالبان. "
        "وأعلن المتحدث أن ستة من أفراد الأمن قتلوا أيضا خلال المعركة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 11


def test_also_before_a_verb_of_saying_with_the_figure_told_confirms_it(gaz):
    # "كما أكد مراسل ... أن جثث 40 قتيلا ...": another voice on the same dead, no more
    text = (
        "قتل 40 شخصا وأصيب 100 آخرون في هجوم انتحاري قرب مطار كابول مساء اليوم. "
        "كما أكد مراسل صحيفة في كابول أن جثث 40 قتيلا على الأقل نقلت إلى مستشفيات المدينة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 40
    # "كما" before a verb of the toll still adds its dead
    text = text.replace(
        "كما أكد مراسل صحيفة في كابول أن جثث 40 قتيلا على الأقل نقلت إلى مستشفيات المدينة.",
        "كما قتل ثلاثة من المهاجمين.",
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 43


def test_also_before_a_verb_of_saying_with_the_headlines_figure_confirms_it(gaz):
    # the headline's 12, then a fuller reading (12 and an officer), then "كما قال" with
    # the headline's 12 again, side by side: the same dead, no more
    text = (
        "مقتل 12 عسكريا أفغانيا بهجوم في غزني\n"
        "سقط عسكريون أفغان قتلى حين هاجم مسلحون قاعدتهم في ولاية غزني اليوم.\n"
        "وقال حاكم الولاية إنه قتل 12 جنديا وضابط شرطة عندما فتح مهاجمون النار عليهم.\n"
        "كما قال مسؤول في الشرطة إن ثمانية جنود وأربعة عناصر من الشرطة قتلوا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 13


def test_both_figures_told_again_in_their_parts_add_no_one(gaz):
    # "بمقتل سبعة أشخاص وإصابة 14", then the seven one by one and the same 14 wounded
    text = (
        "قتل سبعة أشخاص وجرح 14 في تفجير انتحاري استهدف مبنى الإدارة المحلية في فراه أمس. "
        "وأوضح مسؤول أن المحافظ لم يصب، غير أن سائقه قتل، فضلا عن مصرع ستة من مرافقيه، كما "
        "أصيب 14 شخصا آخرين."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (7, 14)


def test_a_toll_of_attacks_in_provinces_counted_is_a_round_up(gaz):
    # "بالهجمات التي وقعت في 8 أقاليم": the day's sum, each event told after
    text = (
        "أصيب 35 شخصا في هجمات وقعت في 8 أقاليم أفغانية أمس. "
        "ففي إقليم بغلان لقي شخصان حتفهما وأصيب 6 آخرون إثر هجوم على حافلة صغيرة."
    )
    assert _steps(text, gaz) == [START, START]


def test_a_clause_after_fi_hin_that_adds_to_the_event_stays_with_it(gaz):
    text = "قتل جنديان في انفجار عبوة ناسفة بولاية غزني، في حين أصيب ثلاثة آخرون في الانفجار."
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (2, 3)


def test_the_event_named_again_by_the_voice_going_on_at_a_district_of_its_province(gaz):
    text = (
        "قتل أربعة مدنيين في غارة جوية على مديرية خوجياني بولاية ننغرهار. "
        "وأضاف المتحدث أن الغارة استهدفت منزلين في منطقة شينوار بالولاية."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (4, "AF06")
    # another voice on the event at another district may tell an earlier one
    other = text.replace("وأضاف المتحدث", "وقال حاكم الولاية")
    assert len(_incidents(other, gaz)) == 2


def test_another_voice_relayed_after_a_comma_tells_its_own_event(gaz):
    # a week's tally, then "ونقلت ... عن شهود أن": the witnesses' event, at its place;
    # then a third voice, split off as well
    text = (
        "أعلن الجيش أن قواته قتلت أكثر من 100 مسلح جنوبي البلاد خلال الأسبوع الماضي، "
        "ونقلت وكالة أنباء عن شهود في ولاية هلمند أن 30 مدنيا قتلوا في غارة جوية بمديرية "
        "سنجين، وقال الجيش إنه لا يملك معلومات عن الغارة ولا يمكنه تأكيد مشاركة قواته فيها "
        "بعد أن اتهمته السلطات بقتل 40 مدنيا في غارة على قرية عزيز آباد في ولاية هرات الشهر "
        "الماضي."
    )
    first = _incidents(text, gaz)[0]
    assert (first.killed, first.location.district_pcode) == (30, "AF3008")


def test_the_people_told_opening_what_was_said_before_their_death_are_the_same(gaz):
    # "أن المدنيين قتلوا عندما ...": the civilians told before, and how they died
    text = (
        "قالت القوة إن جنودها قتلوا ثلاثة مدنيين خطأ عندما هاجم مسلحون قاعدة في مديرية "
        "باراكي باراك بولاية لوغار. "
        "وأضافت أن المدنيين قتلوا عندما ردت القوات بالمدفعية على هجوم بقذائف الهاون."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.district_pcode) == (3, "AF0502")


def test_a_clause_of_when_after_the_dead_tells_how_they_died(gaz):
    # "حين" alone is "when", no contrast: the dead, then the strike that killed them
    text = (
        "وقال مسؤول في ولاية لغمان إن ستة مدنيين قتلوا، وأصيب طفلان، حين قصفت طائرة "
        "أمريكية منزلا في قرية تابعة لولاية لغمان."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed, inc.wounded) == ("airstrike", 6, 2)


def test_a_casualty_clause_joined_by_wa_at_a_place_of_its_own_is_another_event(gaz):
    text = (
        "قتل سبعة أشخاص في انفجار عبوة ناسفة على طريق في ولاية قندهار، وأصيب 12 آخرون "
        "في انفجار قنبلة في سوق بمدينة هرات في ولاية هرات غربي البلاد."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF27", 7)
    assert (second.location.province_pcode, second.wounded) == ("AF32", 12)


def test_a_casualty_clause_joined_by_wa_places_a_lead_told_without_a_place(gaz):
    text = (
        "قتل جنديان في انفجار عبوة ناسفة جنوبي البلاد، وأصيب ثلاثة آخرون في الانفجار الذي "
        "وقع في مديرية سنجين بولاية هلمند."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded, inc.location.district_pcode) == (2, 3, "AF3008")


def test_a_clause_that_adds_to_the_event_stays_with_it(gaz):
    text = "قتل جنديان في انفجار عبوة ناسفة بولاية غزني، فيما أصيب ثلاثة آخرون في الانفجار."
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (2, 3)


def test_a_separate_event_told_in_passing_without_a_place_adds_nothing_to_the_toll(gaz):
    # "بينما ... في هجوم منفصل" with no place: the report tells it in full later
    text = (
        "قال مسؤولون إن ثلاثة جنود قتلوا وأصيب اثنان في انفجار لغم في ولاية هلمند بينما "
        "قتل حارسان وأصيب آخر في هجوم منفصل."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded, inc.location.province_pcode) == (3, 2, "AF30")
    # ... joined by "كما": as well, two separate blasts told in passing
    also = (
        "لقي 20 شخصا حتفهم وجرح 30 بتفجير انتحاري استهدف مقرا للشرطة بولاية قندوز، كما قتل "
        "أربعة مدنيين في انفجارين منفصلين."
    )
    (inc,) = _incidents(also, gaz)
    assert (inc.killed, inc.wounded) == (20, 30)


def test_another_event_told_where_the_first_was_adds_nothing_to_its_toll(gaz):
    # "، حيث قتل ستة مسلحين في حادث آخر": "where" opens a clause of another event
    text = (
        "قتل جنديان أمريكيان الخميس في انفجار عبوة في ولاية قندهار، حيث قتل ستة مسلحين في حادث آخر."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (2, "AF27")


def test_a_running_tally_of_the_war_is_neither_toll_nor_background(gaz):
    text = (
        "قتل جندي بريطاني في اشتباك مع مسلحين في ولاية هلمند، ليرتفع إلى 14 عدد الجنود "
        "البريطانيين الذين قتلوا في هذا البلد منذ 2001."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 1
    # "الأمر الذي يرفع ...": the tally raised by the event, told after it
    raised = (
        "قتل جندي كندي في انفجار عبوة ناسفة في ولاية قندهار. وقالت الوكالة إن الجندي لقي "
        "مصرعه عندما ضربت العبوة مركبته، الأمر الذي يرفع القتلى الكنديين منذ عام 2002 إلى "
        "20 جنديا."
    )
    (inc,) = _incidents(raised, gaz)
    assert inc.killed == 1
    assert len(inc.more) == 1  # the second sentence is the event's, not background
    # "فارتفع إلى ...": the rise told as what followed, with "ف"
    followed = (
        "لقي جندي هولندي حتفه وجرح اثنان بانفجار لغم في ولاية أرزكان، فارتفع إلى "
        "25 عدد جنود هولندا القتلى هناك منذ 2006."
    )
    (inc,) = _incidents(followed, gaz)
    assert (inc.killed, inc.wounded) == (1, 2)


def test_an_event_in_another_part_of_the_country_is_another_event(gaz):
    text = (
        "قتل أربعة مدنيين بانفجار قنبلة في مديرية ناد علي بولاية هلمند. "
        "وأعلنت القوة الدولية مقتل أحد جنودها في هجوم شرق أفغانستان."
    )
    assert _steps(text, gaz) == [START, START]
    second = _incidents(text, gaz)[1]
    assert (second.country, second.location) == ("AF", None)


def test_an_event_retold_further_down_at_its_place_is_one_incident(gaz):
    text = (
        "قتل ستة جنود في هجوم على حاجز في مديرية زرمت بولاية بكتيا. "
        "وأعلنت حركة طالبان مسؤوليتها عن الهجوم. "
        "وفي ولاية هلمند قتل مدنيان في انفجار عبوة ناسفة في مديرية سنجين. "
        "وكان مسلحون قد هاجموا الحاجز في زرمت فجرا ما أسفر عن مقتل ستة جنود."
    )
    paktia, helmand = _incidents(text, gaz)
    assert paktia.location.district_pcode == "AF1303"
    assert len(paktia.sentences) == 3
    assert helmand.location.province_pcode == "AF30"


def test_an_event_abroad_retold_further_down_at_its_place_is_one_incident(gaz):
    text = (
        "قتل ستة أشخاص في انفجار قنبلة في سوق بمدينة كويتا الباكستانية. "
        "وفي ولاية هلمند قتل مدنيان في انفجار عبوة ناسفة في مديرية سنجين. "
        "وكانت القنبلة قد انفجرت في سوق مزدحمة في كويتا عاصمة إقليم بلوشستان."
    )
    quetta, helmand = _incidents(text, gaz)
    assert (quetta.country, quetta.location) == ("PK", None)
    assert len(quetta.sentences) == 2
    assert helmand.location.province_pcode == "AF30"


def test_an_event_abroad_at_another_place_stays_another_incident(gaz):
    text = (
        "قتل ستة أشخاص في انفجار قنبلة في سوق بمدينة كويتا الباكستانية. "
        "وفي ولاية هلمند قتل مدنيان في انفجار عبوة ناسفة في مديرية سنجين. "
        "وكانت قنبلة قد انفجرت في سوق مزدحمة في مدينة بيشاور الباكستانية."
    )
    assert len(_incidents(text, gaz)) == 3


def test_another_attack_at_the_same_place_stays_another_incident(gaz):
    text = (
        "قتل ستة جنود في هجوم على حاجز في مديرية زرمت بولاية بكتيا. "
        "وفي ولاية هلمند قتل مدنيان في انفجار عبوة ناسفة في مديرية سنجين. "
        "وفي هجوم آخر في مديرية زرمت قتل ستة شرطيين."
    )
    assert len(_incidents(text, gaz)) == 3


def test_a_span_in_a_running_tally_of_the_war_is_no_background(gaz):
    text = (
        "أعلن الحلف مقتل أحد جنوده في انفجار عبوة ناسفة بولاية زابل، ليرتفع عدد قتلى "
        "القوات الأجنبية في أفغانستان منذ مطلع العام إلى 310."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 1


def test_a_paragraph_printed_twice_tells_its_event_once(gaz):
    # Stored pages often print the lead paragraph twice; the sentences after the repeat
    # go on with the event of the lead, not with the one told in between.
    lead = (
        "قال مسؤول محلي إن مسلحين اغتالوا رئيس مجلس علماء الولاية أمام منزله في مدينة "
        "غزني مساء أمس. "
    )
    text = (
        lead
        + "من جهة أخرى قتل ثلاثة شرطيين في انفجار عبوة ناسفة بمديرية نادعلي في ولاية هلمند. "
        + lead
        + "وأوضح المسؤول أن المسلحين فروا على دراجة نارية بعد إطلاق النار عليه."
    )
    ghazni, helmand = _incidents(text, gaz)
    assert ghazni.location.province_pcode == "AF11"
    assert len(ghazni.sentences) == 2
    assert helmand.location.province_pcode == "AF30"
    assert len(helmand.sentences) == 1


def test_the_shell_a_roadside_bomb_was_made_of_tells_the_same_blast(gaz):
    text = (
        "قتل أربعة مدنيين في انفجار عبوة ناسفة زرعت على جانب طريق في مديرية أندر بولاية غزني. "
        "وقال قائد الشرطة إن المسلحين حشوا قذيفة هاون قديمة بالمتفجرات وفجروها عن بعد."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "ied"
    assert len(inc.sentences) == 2


def test_a_line_opening_with_wa_and_a_verb_is_body_text_not_a_sub_headline(gaz):
    # Stored pages drop full stops at paragraph ends: a short line opening with "و" and a
    # verb goes on from the paragraph before.
    text = (
        "انفجار في قندهار\n"
        "قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في مديرية أرغنداب بولاية قندهار.\n"
        "وأعلنت حركة طالبان مسؤوليتها عن التفجير في بيان\n"
        "وقال مسؤول محلي إن الانفجار وقع صباح اليوم قرب سوق المديرية."
    )
    steps = _steps(text, gaz)
    assert steps[2] == CONTINUE
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_a_line_bringing_in_a_quote_in_the_present_is_no_section_title(gaz):
    # "ويقول أحد الجرحى:": a witness's words follow, of the event told
    text = (
        "انفجار في خوست\n"
        "قتل تسعة أشخاص في انفجار سيارة مفخخة في سوق مدينة خوست.\n"
        "ويقول أحد الجرحى وهو صاحب متجر:\n"
        "كنت أبيع الخضار عندما وقع الانفجار فجأة وسقطت على الأرض."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 9


def test_a_line_opening_on_but_is_body_text_not_a_sub_headline(gaz):
    text = (
        "انفجار في قندهار\n"
        "قتل جنديان من قوات الحلف في هجوم على قاعدة في مديرية أرغنداب بولاية قندهار.\n"
        "ولم تكشف القوة الدولية جنسية الجنديين القتيلين.\n"
        "غير ان مسؤولة عسكرية اميركية\n"
        "قالت لوكالة فرانس برس ان القتيلين جنديان اميركيان."
    )
    assert HEADLINE not in _steps(text, gaz)[1:]
    assert len(_incidents(text, gaz)) == 1
    # nor is an aside's opening
    aside = text.replace("غير ان مسؤولة عسكرية اميركية\n", "يذكر أن وزارة الدفاع الأميركية\n")
    aside = aside.replace("قالت لوكالة", "أعلنت لوكالة")
    assert HEADLINE not in _steps(aside, gaz)[1:]


def test_a_short_line_after_a_long_one_cut_before_its_stop_finishes_it(gaz):
    text = (
        "هجمات في جنوب أفغانستان\n"
        "وفي هلمند جنوبي أفغانستان أكد رئيس المجلس البلدي مقتل خمسة مدنيين وإصابة خمسة "
        "آخرين في هجوم لم تعرف\n"
        "طبيعته بعد على مشارف مدينة لشكركاه عاصمة الإقليم\n"
        "وأضاف أن من بين الضحايا أطفالا ونساء."
    )
    assert HEADLINE not in _steps(text, gaz)[1:]
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3001"


def test_dead_counted_with_no_word_for_how_tell_an_event(gaz):
    text = (
        "مقتل جنود في غزني\n"
        "لقي سبعة جنود أفغان حتفهم في مديرية قره باغ بولاية غزني مساء أمس. "
        "وأعلنت حركة طالبان مسؤوليتها."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed) == ("attack", 7)
    assert inc.location.province_pcode == "AF11"
    assert inc.claimed_by == "Taliban"


def test_dead_counted_at_a_place_of_their_own_are_another_event(gaz):
    text = (
        "قتل خمسة شرطيين في هجوم على حاجز بمديرية نادعلي في ولاية هلمند. "
        "وفي ولاية بدخشان لقي ثلاثة مدنيين مصرعهم في مديرية جرم مساء اليوم نفسه."
    )
    helmand, badakhshan = _incidents(text, gaz)
    assert (helmand.killed, badakhshan.killed) == (5, 3)
    assert badakhshan.location.province_pcode == "AF17"


def test_dead_counted_after_the_event_add_to_it(gaz):
    text = (
        "قتل أربعة مدنيين عندما هاجم مسلحون سوقا في مديرية شيرين تكاب بولاية فارياب. "
        "كما أصيب تسعة آخرون بجروح ونقلوا إلى المستشفى."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (4, 9)


def test_dead_in_an_air_crash_are_an_aircraft_lost_not_an_attack(gaz):
    text = (
        "تحطمت طائرة شحن عسكرية لدى هبوطها في مطار ولاية بلخ، ما أسفر عن مقتل 12 شخصا "
        "كانوا على متنها."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed, inc.location.province_pcode) == ("other", 12, "AF21")


def test_people_hurt_in_a_hard_landing_are_an_aircraft_lost_of_its_own(gaz):
    # not the attack told before, at another province
    text = (
        "قصف مسلحون قاعدة في ولاية خوست ليلا. إلى ذلك، أعلن الجيش أن ثلاثة من أفراد الطاقم "
        "أصيبوا بجروح عندما هبطت مروحية تنقل جنديا مصابا من غزني، هبوطا قويا في ولاية بكتيا "
        "المجاورة."
    )
    incs = _incidents(text, gaz)
    assert [(i.event_type, i.location.province_pcode) for i in incs] == [
        ("shelling", "AF14"),
        ("other", "AF13"),
    ]


def test_a_word_alone_on_a_line_is_a_broken_sentence_not_a_sub_headline(gaz):
    text = (
        "انفجار في قندوز\n"
        "قتل ستة مدنيين في انفجار سيارة مفخخة في مدينة قندوز. "
        "وقال المتحدث باسم الشرطة إن الانفجار وقع قرب سوق مزدحم.\n"
        "بينما\n"
        "أفاد مسؤول في مستشفى المدينة بأن 14 جريحا نقلوا إليه."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (6, 14)


def test_two_words_after_a_blank_line_head_a_section(gaz):
    # "\n\nانفجار كابل\n": the title of the next story, no event of its own
    text = (
        "هجمات في أفغانستان\n"
        "قتل جنديان أفغانيان في كمين لطالبان في ولاية زابل. وتبنت الحركة الهجوم.\n\n"
        "انفجار كابل\n"
        "وأصيب سبعة مدنيين في انفجار قنبلة في شرق كابول صباح اليوم."
    )
    assert [i.sentence[:5] for i in _incidents(text, gaz)] == ["قتل ج", "وأصيب"]


def test_a_report_going_on_after_its_tally_is_background_too(gaz):
    # "وأضاف التقرير": the report's figures, after the sentence that named it
    text = (
        "قتل أربعة مدنيين في انفجار عبوة ناسفة في منطقة بنجواي بولاية قندهار. "
        "وقال تقرير أصدرته الأمم المتحدة في يوليو إن 1320 مدنيا قتلوا في أعمال العنف خلال "
        "النصف الأول من العام. "
        "وأضاف التقرير أن 443 مدنيا قتلوا وأصيب 917 آخرون في انفجارات عبوات ناسفة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (4, None)


def test_the_shelling_of_a_battle_told_unplaced_places_the_battle(gaz):
    # a battle told in the north, then the shelling in it at its district
    text = (
        "لقي مدنيان مصرعهما بعد تجدد القتال بين ميليشيات متناحرة شمالي أفغانستان. "
        "وأفاد شهود أن اثنين قتلا خلال قصف أمس بين القوات المتناحرة في منطقة شولجره جنوب "
        "مدينة مزار شريف."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2107"


def test_a_warning_of_attacks_to_come_tells_no_event(gaz):
    # "وحذر من أنه إذا لم يتوقف القتال فإن أنصاره سيشنون هجمات": a threat, not an event
    text = (
        "قتل 50 مقاتلا في مواجهات بين جماعتين مسلحتين في ولاية جوزجان. "
        "وحذر قائد إحدى الجماعتين من أنه إذا لم يتوقف القتال فإن أنصاره سيشنون هجمات في مناطق "
        "أخرى في الشمال."
    )
    assert len(_incidents(text, gaz)) == 1
    # a warning in a later clause of the sentence that tells the event leaves it told
    told = (
        "وقال عضو المجلس إن الاشتباكات في ولاية فارياب أسفرت عن مقتل 30 جنديا، وحذر من سقوط "
        "المنطقة في قبضة طالبان."
    )
    assert [i.killed for i in _incidents(told, gaz)] == [30]


def test_a_record_over_recent_months_is_no_background(gaz):
    text = (
        "ووقع الهجوم الانتحاري الذي يعد الأكثر دموية ضد الشرطة خلال الأشهر الأخيرة في "
        "مديرية أندر بولاية غزني، وقتل فيه 18 شرطيا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 18


def test_what_a_place_has_seen_told_in_a_relative_clause_is_no_background(gaz):
    text = (
        "قتل تسعة جنود في هجوم على قاعدة للجيش في ولاية فارياب شمالي البلاد، التي كانت قد "
        "شهدت معارك عنيفة بين طالبان والقوات الحكومية."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF29", 9)


def test_the_means_named_again_place_a_lead_told_without_a_place(gaz):
    text = (
        "قتل ثلاثة مدنيين عندما سقط صاروخ على منزل أثناء قتال بين القوات الحكومية ومسلحي "
        "طالبان. "
        "وقال مسؤول محلي إن القتال دار في مديرية علينكار بولاية لغمان وإن الصاروخ أطلق من "
        "جانب المسلحين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF07"
    assert inc.killed == 3


def test_an_air_strike_is_never_the_relayed_groups_claim(gaz):
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن هجمات على نقاط التفتيش في ولاية هلمند. "
        "وفي ولاية كونار قتل ثمانية مدنيين في غارة جوية لقوات التحالف على منزل كان مقاتلو "
        "طالبان يزورونه."
    )
    strikes = [i for i in _incidents(text, gaz) if i.event_type == "airstrike"]
    assert strikes
    assert strikes[0].claimed_by is None


def test_another_bomber_killed_is_a_victim_count_not_another_event(gaz):
    text = (
        "هاجم ثلاثة انتحاريين مقر الشرطة في مدينة غرديز بولاية بكتيا وقتلوا أربعة شرطيين. "
        "وفجر المهاجم الأول سيارته عند مدخل المقر. "
        "وقتل انتحاري آخر."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF13"


def test_an_aside_on_the_past_leaves_the_claim_before_it(gaz):
    text = (
        "فجر انتحاري سيارة مفخخة عند مدخل مقر الاستخبارات في مدينة جلال آباد، ما أسفر عن "
        "مقتل أربعة أشخاص. "
        "وتبنت حركة طالبان الهجوم في بيان، ويذكر أن الاستخبارات تلقت ضربات قاسية منذ عام "
        "2012."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_an_event_told_on_another_day_is_another_event(gaz):
    text = (
        "قتل مسلحون قائدا للشرطة في هجوم على سيارته في مدينة قندهار يوم الجمعة الماضي. "
        "وأفاد بيان للقوات الأمريكية بأن انتحاريا هاجم قافلة لها مساء أمس، ما أسفر عن "
        "مقتل مدني."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 7, 3))
    assert len(incidents) == 2
    assert [i.event_date for i in incidents] == ["2018-06-29", "2018-07-02"]


def test_a_tally_of_the_last_week_is_background(gaz):
    text = (
        "هاجم مسلحون حاجزا للشرطة في مديرية أندر بولاية غزني فجر اليوم. "
        "وخلال الأسبوع الماضي قتل نحو 45 شرطيا في أنحاء متفرقة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed is None


def test_a_series_of_events_summed_since_a_day_is_a_tally(gaz):
    text = (
        "قتل قاض ومسؤول محلي بكمين نصبه مسلحون في ولاية غور. "
        "وقتل أكثر من 250 شخصا في سلسلة معارك وكمائن وتفجيرات منذ يوم الأربعاء الماضي."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 2
    # one fight going on since a day is no tally
    fight = "قتل 20 مسلحا في المعارك الدائرة منذ يوم الأربعاء في ولاية غور."
    assert [i.killed for i in _incidents(fight, gaz)] == [20]
    # the event told, set in its run of events since a day, is told still
    latest = (
        "قتل خمسة جنود في انفجار عبوة في ولاية هلمند، في أحدث هجوم ضمن سلسلة هجمات تشهدها "
        "الولاية منذ يوم الأربعاء."
    )
    assert [i.killed for i in _incidents(latest, gaz)] == [5]


def test_the_run_an_event_is_told_within_makes_it_no_background(gaz):
    # "ضمن سلسلة هجمات ... منذ أسابيع": when the run began, not that the event is past
    text = (
        "قتل أربعة من رجال الشرطة في أحدث هجوم ضمن سلسلة هجمات يشنها المسلحون منذ أسابيع "
        "على نقاط التفتيش في ولاية بغلان."
    )
    assert [(i.killed, i.location.province_pcode) for i in _incidents(text, gaz)] == [(4, "AF09")]
    framed = "أصيب جنديان في هجوم في إطار حملة هجمات بدأتها الحركة منذ أشهر في ولاية فارياب."
    assert [i.wounded for i in _incidents(framed, gaz)] == [2]
    # with no event told before the run, the span of weeks is the sentence's time
    told_none = "وتشهد الولاية منذ أسابيع هجمات ضمن سلسلة هجمات لطالبان في ولاية بغلان."
    assert _incidents(told_none, gaz) == []


def test_dead_told_in_a_separate_incident_are_another_event(gaz):
    # "وفي حادث منفصل": another event, even told by its dead alone with no place
    text = (
        "قال قائد شرطة ولاية هلمند إن 12 مسلحا قتلوا في غارة جوية على اجتماع لقادة طالبان. "
        "وفي حادث منفصل قالت القوات الدولية إن جنودها قتلوا خطأ ثلاثة مدنيين."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.location.province_pcode) == (12, "AF30")
    assert second.killed == 3
    assert second.location is None


def test_an_event_placed_near_a_reference_goes_back_to_it_at_a_place_of_that_province(gaz):
    # a lead placed only near Kabul, another event in Herat, then "the attack" at a town of
    # Kabul province: the lead told again where it was
    text = (
        "أعلن الحلف أن مهاجما انتحاريا صدم بسيارته رتلا عسكريا إلى الشمال من كابول. "
        "وفي حادث آخر، شهدت مدينة هرات في الغرب تفجيرا مميتا أمس أودى بحياة شرطي. "
        "وقال الحلف إن الاعتداء الذي نفذ ليل الأربعاء استهدف الرتل عند بلدة قره باغ."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF01", "AF32"]
    assert incidents[0].location.district_pcode == "AF0114"


def test_a_kind_the_separate_incident_never_named_goes_back_to_the_earlier_one(gaz):
    # the air strike named again at its district, after a separate incident told by its
    # dead alone, is the first event's
    text = (
        "قال قائد شرطة ولاية هلمند إن 12 مسلحا قتلوا في غارة جوية على اجتماع لقادة طالبان. "
        "وفي حادث منفصل قالت القوات الدولية إن جنودها قتلوا خطأ ثلاثة مدنيين. "
        "وقال قائد الشرطة إن أربعة مدنيين أصيبوا أيضا في الغارة التي وقعت في منطقة ناد علي "
        "بولاية هلمند."
    )
    first, second = _incidents(text, gaz)
    assert (first.wounded, first.location.district_pcode) == (4, "AF3002")
    assert second.location is None


def test_a_heading_inside_the_report_that_names_the_event_goes_on_with_it(gaz):
    # a sub-heading "طالبان تعلن مسؤوليتها عن الهجوم" and the claim after it are the
    # event told, not a new one
    text = (
        "قتل جنديان ألمانيان اليوم في هجوم انتحاري استهدف دورية في ولاية قندوز.\n"
        "وقال متحدث عسكري إن الانتحاري فجر نفسه قرب الدورية.\n"
        "طالبان تعلن مسؤوليتها عن الهجوم\n"
        "وقال المتحدث باسم الحركة إن أحد مقاتليها نفذ العملية.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"
    assert inc.location.province_pcode == "AF19"


def test_hours_after_the_event_in_its_claim_date_the_claim(gaz):
    # "بعد ساعات من وقوع الهجوم" in a sentence that claims the told event: the time of
    # the claim, no later event
    text = (
        "قتل جنديان ألمانيان اليوم في هجوم انتحاري استهدف دورية في ولاية قندوز. "
        "وأعلنت حركة طالبان مسؤوليتها عن الهجوم، حيث قال المتحدث باسمها بعد ساعات من وقوع "
        "الهجوم إن انتحاريا فجر نفسه قرب الدورية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"
    # a later event told after hours from the attack is still one
    later = (
        "قتل جنديان ألمانيان اليوم في هجوم انتحاري استهدف دورية في ولاية قندوز. "
        "وبعد ساعات من الهجوم انفجرت عبوة ناسفة بسيارة للشرطة في ولاية تخار."
    )
    assert len(_incidents(later, gaz)) == 2


def test_a_line_opening_with_wa_and_a_short_particle_is_body_text(gaz):
    # "وقد": the particle left after "و" is two letters, still a word that goes on.
    text = (
        "كمين في جوزجان\n"
        "قتل عشرة من الشرطة في كمين نصبه مسلحون بولاية جوزجان شمالي البلاد.\n"
        "وقد ذكرت وكالة أنباء أن حركة طالبان\n"
        "أعلنت مسؤوليتها عن الهجوم."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_remark_on_the_event_after_wahuwa_is_no_background(gaz):
    text = (
        "قتل ستة جنود في انفجار في مديرية زري بولاية قندهار، وهو ثالث هجوم تشهده المديرية "
        "منذ مطلع العام."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 6


def test_the_dead_and_who_killed_them_tell_an_event_without_a_count(gaz):
    text = "أعلنت وزارة الدفاع أن عددا من الجنود استشهدوا على يد مسلحين في ولاية لوجر مساء الخميس."
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF05"


def test_their_attack_with_a_possessive_names_the_event_told(gaz):
    text = (
        "أعلنت السلطات الإيرانية مقتل ثلاثة مسلحين هاجموا مركزا حدوديا في محافظة سيستان "
        "وبلوشستان. وقال قائد حرس الحدود إن المسلحين خططوا في باكستان لهجومهم."
    )
    assert len(_incidents(text, gaz)) == 1


def test_clashes_called_familiar_in_a_province_are_background(gaz):
    text = (
        "قتل شرطيان في هجوم على حاجز في مديرية دلارام بولاية نيمروز. "
        "والمواجهات المسلحة بين قوات الأمن والمهربين مألوفة في ولاية هلمند المجاورة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_sentence_opening_with_yudhkar_anna_is_background(gaz):
    text = (
        "قتل ثلاثة جنود في كمين في مديرية سانجين بولاية هلمند. "
        "يذكر أن القوات الأمريكية شنت عملية عسكرية واسعة في ولاية قندهار المجاورة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_a_claim_before_another_groups_denial_stands(gaz):
    text = (
        "قتل 12 شخصا في هجوم انتحاري على مقر حكومي في مدينة جلال آباد. "
        "وتبنى تنظيم الدولة الهجوم في بيان، فيما نفى المتحدث باسم طالبان أي صلة للحركة به."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Islamic State"


def test_a_claim_before_the_groups_denial_of_a_part_stands(gaz):
    # "مع نفي إحراق المركز": the group claims the attack and denies one deed of it
    text = (
        "قتل شرطي تسعة من زملائه في نقطة تفتيش في ولاية قندوز. "
        "وأعلنت حركة طالبان أنها تقف وراء الهجوم، مع نفي إحراق المركز بعده."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_a_lead_of_attacks_in_two_provinces_is_placed_by_the_sentences_of_each(gaz):
    text = (
        "قتل مسؤول محلي وخمسة جنود في هجومين منفصلين بولايتي هلمند وغزني. "
        "وقال المتحدث باسم حاكم ولاية هلمند إن مسلحين قتلوا رئيس بلدية ناد علي في كمين. "
        "وفي هجوم منفصل، قتل خمسة جنود في اشتباكات بولاية غزني. "
        "وقال المتحدث إن مسلحين هاجموا مركزا للشرطة في مدينة غزني. "
        "وأوضح المسؤول أن ثلاثة جنود قتلوا في الكمين الذي نصبه مسلحون بمديرية أندر."
    )
    incidents = _incidents(text, gaz)
    assert incidents[0].location.province_pcode == "AF30"
    assert all(i.location.province_pcode == "AF11" for i in incidents[1:])


def test_an_event_told_at_a_province_after_a_countrywide_roundup_is_its_own(gaz):
    text = (
        "قال مسؤولون إن 16 شخصا قتلوا في أنحاء البلاد خلال هجمات منفصلة لمقاتلي طالبان. "
        "وقال مدير شرطة إقليم أروزجان إن أربعة من رجال الشرطة قتلوا بعدما هاجم مسلحون نقطة "
        "تفتيش في الإقليم."
    )
    # (the round-up itself, the country's events summed, is none)
    (uruzgan,) = _incidents(text, gaz)
    assert (uruzgan.location.province_pcode, uruzgan.killed) == ("AF25", 4)


def test_the_eve_of_a_commemoration_dates_the_event_and_is_no_background(gaz):
    text = "قتل أربعة مصلين في تفجير انتحاري قرب مسجد في مدينة هرات عشية إحياء ذكرى عاشوراء."
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed) == ("suicide_bomb", 4)
    # the article glued to the frame: "لإحياء ذكرى"
    glued = (
        "سقط قتلى في هجوم انتحاري وسط العاصمة كابول. وقال متحدث إن انتحاريا فجر نفسه قرب "
        "موكب لإحياء ذكرى مقتل القائد، ما أسفر عن مقتل شخصين."
    )
    (inc,) = _incidents(glued, gaz)
    assert inc.killed == 2


@pytest.mark.parametrize("how", ["", "في اشتباكات "])
def test_dead_at_a_province_the_gazetteer_does_not_know_are_an_event_of_their_own(gaz, how):
    # a misspelt province after "إقليم" is none of the one told before: its own event,
    # unplaced, rather than more dead at the open incident's place (told with no event
    # word, or with one)
    text = (
        "قتل 11 مسلحا في عملية للجيش في مديرية ده بالا بولاية ننجرهار. "
        f"وكانت وزارة الدفاع قد أعلنت، أمس الخميس، أن 14 مسلحا قتلوا {how}في إقليم قاوزان."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.location.province_pcode) == (11, "AF06")
    assert (second.killed, second.location) == (14, None)


def test_a_sentence_opening_on_another_relative_day_tells_that_days_event(gaz):
    # no publication date: "أمس" and "أمس الأول" still name two days
    text = (
        "أصيب 12 شخصا بجروح أمس في انفجار قنبلة في مدينة جلال آباد. "
        "وقال المتحدث باسم الشرطة إن القنبلة انفجرت لدى مرور سيارة مسؤول محلي. "
        "وأمس الأول، فجر انتحاري سيارته أمام مقر الشرطة في المدينة فقتل تسعة أشخاص."
    )
    bomb, earlier = _incidents(text, gaz)
    assert (bomb.wounded, bomb.killed, earlier.killed) == (12, None, 9)


def test_a_figure_of_the_open_incident_keeps_the_sentence_there_whoever_had_the_other(gaz):
    # "أسفر الاشتباك عن مقتل 9 حراس، وإصابة 6 آخرين": the 9 are the open clash's, so the
    # 6 wounded are its own too, not those of the event before with 6 wounded
    text = (
        "ففي ولاية بادغيس، قتل 3 من رجال الشرطة في هجوم مسلح شنته طالبان. "
        "وذكر الوالي أن 3 من رجال الشرطة قتلوا وجرح 6 آخرون في الهجوم. "
        "وفي حادث آخر، قتل 9 من الحراس في اشتباك مع مقاتلي الحركة بولاية بلخ. "
        "وبين قائد الحراس أن الاشتباك خلف 9 قتلى من الحراس، وإصابة 6 آخرين."
    )
    badghis, balkh = _incidents(text, gaz)
    assert (badghis.event_type, badghis.killed, badghis.wounded) == ("attack", 3, 6)
    assert (balkh.event_type, balkh.killed, balkh.wounded) == ("armed_clash", 9, 6)


def test_what_an_event_named_by_its_doers_came_after_is_not_at_its_place(gaz):
    # "وجاء هجوم قوات الحركة، في منطقة باغمان ...، في أعقاب هجوم بقنبلة على مسجد": the
    # earlier bombing is no event at Paghman, the raid's place
    text = (
        "قال متحدث باسم الحركة إن قواتها داهمت منطقة غربي العاصمة واعتقلت أربعة مسلحين. "
        "وجاء هجوم قوات الحركة، في مديرية باغمان غربي كابول، في أعقاب هجوم بقنبلة على "
        "مسجد في مدينة مزار شريف يوم الأحد الماضي."
    )
    raid, bombing = _incidents(text, gaz)
    assert bombing.location.province_pcode == "AF21"
    # ... and Paghman, named before what it came after, is the raid's own place
    assert raid.location.district_pcode == "AF0102"


def test_an_event_on_the_anniversary_of_a_death_is_no_background(gaz):
    # "في ذكرى مقتله": the day the attack fell on, not a past event recalled
    text = (
        "فجر انتحاري نفسه الأحد قرب موكب لأنصار القائد في مدينة مزار شريف في ذكرى مقتله، "
        "فأصيب ثلاثة أشخاص."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.wounded) == ("suicide_bomb", 3)


def test_the_anniversary_of_a_past_attack_is_background(gaz):
    text = "وأحيا السكان ذكرى الهجوم الانتحاري الذي قتل 40 شخصا في مدينة هرات."
    assert _incidents(text, gaz) == []


def test_the_victims_of_the_conflict_in_general_are_background(gaz):
    text = "وذكرت الأمم المتحدة أن ضحايا النزاع من المدنيين تزايدوا مع سقوط 3000 قتيل."
    assert _incidents(text, gaz) == []


def test_the_earlier_event_an_attack_came_after_is_another_event_and_does_not_move_it(gaz):
    # the first placed by its official's office only, which an event place could move
    text = (
        "قال المتحدث باسم شرطة هرات إن خمسة أشخاص قتلوا في انفجار قنبلة قرب مسجد. "
        "وجاء هذا الهجوم بعد موجة من العنف في العاصمة كابول التي شهدت الأسبوع الماضي مقتل "
        "أكثر من 90 شخصا في تفجير شاحنة ملغومة."
    )
    herat, kabul = _incidents(text, gaz)
    assert (herat.location.province_pcode, herat.killed) == ("AF32", 5)
    assert (kabul.location.province_pcode, kabul.killed) == ("AF01", 90)


def test_the_claim_of_what_the_told_attack_came_the_day_after_is_the_earlier_ones(gaz):
    # "ويأتي الهجوم على الجامع غداة ...": the told attack named by its target, then the
    # day after another attack and its claim
    text = (
        "قتل 20 شخصا في تفجير انتحاري استهدف جامعا في مدينة مزار شريف. ويأتي الهجوم على "
        "الجامع غداة إعلان تنظيم داعش مسؤوليته عن تفجير استهدف السفارة الهندية في كابول."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.claimed_by, told.more) == (None, [])
    assert (earlier.claimed_by, earlier.location.province_pcode) == ("Islamic State", "AF01")


def test_what_preceded_the_attack_told_is_another_event(gaz):
    # "وسبق هذا الهجوم تفجيران ...": this attack was preceded by two blasts
    text = (
        "قتل ثلاثة جنود كنديين في هجوم بقذائف صاروخية على دوريتهم غربي مدينة قندهار. "
        "وسبق هذا الهجوم تفجيران استهدفا دوريتين للقوات الكندية مما أسفر عن مقتل جندي "
        "وجرح آخر."
    )
    ambush, blasts = _incidents(text, gaz)
    assert (ambush.killed, blasts.killed, blasts.wounded) == (3, 1, 1)
    # "وتعقب الهجمات مقتل ...": the attacks told follow an earlier killing
    follows = (
        "لقي ثلاثة جنود حتفهم بهجوم استهدف مخفرا للشرطة بمدينة قندهار. "
        "وتعقب الهجمات مقتل جنديين بمعسكر قرب قندهار برصاص شرطي."
    )
    base, earlier = _incidents(follows, gaz)
    assert (base.killed, earlier.killed) == (3, 2)


def test_the_earlier_event_an_attack_came_after_in_its_province_stays_apart(gaz):
    # in the same province, it is not the told event again; its own words type it
    text = (
        "أصيب أربعة مسؤولين في انفجار عبوة ناسفة في مديرية باتي كوت بولاية ننجرهار. "
        "يأتي الانفجار بعد مرور يوم على هجوم استهدف مركزا للشرطة في ولاية ننجرهار، ما أسفر "
        "عن مقتل 6 من عناصرها."
    )
    bomb, raid = _incidents(text, gaz)
    assert (bomb.event_type, bomb.killed, bomb.wounded) == ("ied", None, 4)
    assert (raid.event_type, raid.killed) == ("attack", 6)


def test_the_earlier_event_a_superlative_compares_with_is_another_event(gaz):
    # "الأكثر دموية منذ/بعد مقتل ...": the event told set beside an earlier one, which
    # never places the told event (no place of its own yet)
    for since in ("منذ", "بعد"):
        text = (
            "كابول (رويترز) - قال مسؤولون إن 12 شرطيا قتلوا في غارة جوية أمريكية على نقطة "
            "تفتيش في أفغانستان. وأصبحت الغارة إحدى أكثر الغارات دموية "
            f"{since} مقتل ثمانية جنود في غارة جوية بإقليم قندوز."
        )
        told, earlier = _incidents(text, gaz)
        assert (told.killed, earlier.killed) == (12, 8)
        assert told.location.province_pcode != "AF19"
        assert earlier.location.province_pcode == "AF19"


def test_a_superlative_since_a_span_of_time_compares_with_no_event(gaz):
    text = (
        "قتل 12 شرطيا في هجوم على نقطة تفتيش في مديرية سنجين بولاية هلمند. "
        "وأصبح الهجوم الأكثر دموية منذ سنوات في الولاية."
    )
    assert len(_incidents(text, gaz)) == 1


def test_the_event_named_again_after_the_one_it_was_compared_with_is_the_told_one(gaz):
    text = (
        "كابول (رويترز) - قال مسؤولون إن 12 شرطيا قتلوا في غارة جوية أمريكية على نقطة "
        "تفتيش في أفغانستان. وأصبحت الغارة الأكثر دموية منذ مقتل ثمانية جنود في غارة جوية "
        "بإقليم قندوز. وقال مسؤولون إن الغارة وقعت في ولاية هلمند."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.killed, told.location.province_pcode) == (12, "AF30")
    assert (earlier.killed, earlier.location.province_pcode) == (8, "AF19")


def test_people_named_again_by_a_definite_count_refer_back(gaz):
    # "الرجال الأربعة": the four men, told before; an indefinite count tells new people
    lead = "قتل مسلحون أربعة رجال يعملون في شركة أمنية في مديرية جلريز بولاية وردك. "

    assert _second_refers_back(lead, "وعثر على جثث الرجال الأربعة مصابة بالرصاص.", gaz)
    assert not _second_refers_back(lead, "وعثر على جثث أربعة رجال مصابة بالرصاص.", gaz)


def test_the_event_placed_by_its_distance_from_the_town_it_was_told_at_moves_there(gaz):
    # told near the capital, then at a district of another province 40 km from Kabul
    text = (
        "أعلنت السلطات أن مسلحين قتلوا أربعة مدنيين يعملون في شركة أمنية قرب العاصمة "
        "الأفغانية. وعثر على جثث الرجال الأربعة في مقاطعة جلريز بولاية وردك على مسافة "
        "أربعين كلم من كابول."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.location.district_pcode) == (4, "AF0403")


def test_a_place_told_from_another_town_does_not_move_the_event(gaz):
    # the reference point is not the town the event was told at
    text = (
        "أعلنت السلطات أن مسلحين قتلوا أربعة مدنيين يعملون في شركة أمنية في مدينة كابول. "
        "وعثر على جثث الرجال الأربعة في مقاطعة جلريز بولاية وردك على مسافة مئة كلم من "
        "مدينة غزني."
    )
    assert _incidents(text, gaz)[0].location.province_pcode == "AF01"


def test_later_told_of_the_fighting_that_went_on_is_the_same_battle(gaz):
    lead = "شن مسلحون هجوما واسعا على مديرية درزاب بولاية جوزجان، واندلعت معارك مع قوات الأمن. "
    went_on = "وتدخلت القوات الأمنية لاحقا مرة أخرى، واستمرت الاشتباكات حتى منتصف الليل."
    other = "وتدخلت القوات الأمنية لاحقا في مديرية أخرى، واندلعت اشتباكات حتى منتصف الليل."
    assert _steps(lead + went_on, gaz)[1] == CONTINUE
    assert _steps(lead + other, gaz)[1] != CONTINUE


def test_the_plane_of_volleyball_is_no_back_reference(gaz):
    lead = "قتل 18 مسلحا في قصف جوي أمريكي على مخبأ في مديرية جايان بولاية باكتيكا اليوم. "

    assert not _second_refers_back(
        lead, "وكان انتحاري قد فجر نفسه بين حشد يشاهدون مباراة للكرة الطائرة.", gaz
    )
    assert _second_refers_back(lead, "وقالت الشرطة إن الطائرة أطلقت صاروخين.", gaz)


def test_an_event_in_the_pluperfect_in_a_month_named_is_the_past(gaz):
    lead = "قتل 18 مسلحا في قصف جوي أمريكي على مخبأ في مديرية جايان بولاية باكتيكا اليوم. "
    before = (
        "وكان انتحاري قد فجر نفسه بين حشد من الناس في نوفمبر (تشرين الثاني)، مما أسفر عن "
        "مقتل 57 مدنيا."
    )
    (incident,) = _incidents(lead + before, gaz)
    assert incident.killed == 18
    # a day of the month named may be the news's own: still told apart
    on_a_day = "وكان ستة أفغان قد قتلوا في 10 أيار الماضي في انفجار لغم بولاية دايكندي."
    assert len(_incidents(lead + on_a_day, gaz)) == 2


def test_an_event_abroad_does_not_place_a_round_up_of_afghan_provinces(gaz):
    text = (
        "أعلنت وزارة الداخلية الأفغانية أن 38 مسلحا من طالبان قتلوا في عمليات مشتركة في "
        "أقاليم أفغانية مختلفة خلال الساعات الأخيرة. وفي باكستان هاجمت طائرات أمريكية بدون "
        "طيار سيارة للمتشددين قرب ميرعلي في وزيرستان الشمالية، ما أدى إلى مقتل ثلاثة."
    )
    roundup, strike = _incidents(text, gaz)
    assert (roundup.killed, roundup.country) == (38, "AF")
    assert (strike.killed, strike.country, strike.location) == (3, "PK", None)


def test_the_earlier_event_told_in_a_relative_clause_of_the_told_one_is_another(gaz):
    # "عن الهجوم الذي جاء بعد أيام من مقتل 41 شخصا ...": the dead are the earlier one's
    text = (
        "قتل 15 شخصا في هجوم انتحاري استهدف تجمعا في مدينة جلال آباد. "
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي جاء بعد أيام من مقتل 41 شخصا وإصابة أكثر "
        "من 80 في هجوم انتحاري على مركز ثقافي في العاصمة كابول. "
        "وأعلن تنظيم داعش مسؤوليته عن ذلك الهجوم."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.killed, told.location.province_pcode) == (15, "AF06")
    assert (earlier.killed, earlier.wounded, earlier.location.province_pcode) == (41, 80, "AF01")
    # "ذلك الهجوم": that one, the earlier event, claimed
    assert (told.claimed_by, earlier.claimed_by) == (None, "Islamic State")


def test_the_told_event_coming_in_the_wake_of_an_earlier_one_inside_what_is_said(gaz):
    # "أن هذا الهجوم يأتي في أعقاب أيام من الهجوم الذي ...": the earlier one's dead
    text = (
        "قتل ستة من أفراد القوات الأفغانية في تفجير انتحاري في ولاية قندوز. وأشارت الشبكة "
        "إلى أن هذا الهجوم يأتي في أعقاب أيام من الهجوم الذي شنته طالبان على قندوز وأسفر "
        "عن مقتل 56 مسلحا."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.killed, earlier.killed) == (6, 56)


def test_the_told_event_goes_on_after_the_clause_of_what_it_came_after(gaz):
    text = (
        "قال مسؤولون إن هجوما انتحاريا قرب مسجد في مدينة هرات أسفر عن مقتل شخص وإصابة "
        "ثمانية. وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي جاء بعد انفجار وقع الأسبوع "
        "الماضي في كابول. وقال نائب قائد الشرطة إن مهاجمين فتحا النار على المصلين قرب المسجد."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.claimed_by, told.location.province_pcode) == ("Islamic State", "AF32")
    assert told.more  # the last sentence is the told event's
    assert (earlier.killed, earlier.claimed_by) == (None, None)


def test_a_sentence_opened_by_what_the_told_event_came_after_hands_on_to_the_earlier(gaz):
    # "وجاء هذا الهجوم بعد ...": the sentence tells only the earlier event, and the next
    # ones may go on telling it
    text = (
        "قتل سبعة أشخاص في انفجار قنبلة قرب مسجد في مدينة هرات. "
        "وجاء هذا الهجوم بعد تفجير بشاحنة ملغومة في العاصمة كابول أدى إلى مقتل 150 شخصا. "
        "وقتل عدد من المحتجين في اشتباكات مع الشرطة في موقع التفجير."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.killed, told.location.province_pcode, told.more) == (7, "AF32", [])
    assert (earlier.killed, earlier.location.province_pcode) == (150, "AF01")
    assert earlier.more  # the clashes at the site of the truck bomb


def test_dead_told_before_counted_again_in_a_tally_tell_no_event(gaz):
    # "وبمصرع الجنود الثلاثة": the three told, whatever day the tally runs from
    text = (
        "قتل ثلاثة جنود كنديين الخميس في كمين قرب مدينة قندهار. وبمصرع الجنود الثلاثة "
        "يرتفع عدد قتلى قوات الحلف إلى سبعة منذ توليه المهمة الاثنين الماضي."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2006, 8, 3))
    assert [i.killed for i in incidents] == [3]


def test_the_earlier_event_that_events_in_the_plural_came_after_stays_apart(gaz):
    # "تأتى التفجيرات بعد أسبوع من وقوع تفجير ...": the blasts told came after it
    text = (
        "قتل 21 شخصا في تفجيرين انتحاريين استهدفا حيا في مدينة كابول. "
        "تأتى التفجيرات بعد أسبوع من وقوع تفجير في مركز لتسجيل الناخبين أدى إلى مقتل 60 "
        "شخصا."
    )
    blasts, earlier = _incidents(text, gaz)
    assert (blasts.killed, earlier.killed) == (21, 60)


def test_dead_told_in_the_pluperfect_earlier_in_an_event_without_the_article_are_another(gaz):
    # "وكان 24 عنصرا ... قد لقوا مصرعهم في وقت سابق في هجوم": an earlier event; "في
    # الهجوم" names the event told, and an earlier word of a speaker gives a figure
    lead = "قتل 17 مسلحا وأصيب 10 آخرون في غارة جوية في ولاية أروزغان. "
    earlier = "وكان 24 عنصرا من القوات الأمنية قد لقوا مصرعهم في وقت سابق في هجوم شنه مسلحون."
    assert [i.killed for i in _incidents(lead + earlier, gaz)] == [17, 24]
    same = "وكان 24 عنصرا من المسلحين قد لقوا مصرعهم في الهجوم حسب مصادر في وقت سابق."
    assert [i.killed for i in _incidents(lead + same, gaz)] != [17, 24]


def test_an_earlier_word_counting_only_dead_of_another_side_tells_another_event(gaz):
    # after strikes that killed militants, "وكان مسؤول قد أعلن في وقت سابق مقتل 5 من
    # قوات الأمن": another event; of the same side it is an earlier figure of the told one
    lead = "قالت الوزارة إن 18 مسلحا من طالبان قتلوا في غارة جوية في إقليم قندوز. "
    other = (
        "وكان مسؤول قد أعلن في وقت سابق اليوم مقتل 5 من قوات الأمن جراء هجوم على نقطة تفتيش "
        "في الإقليم."
    )
    assert [i.killed for i in _incidents(lead + other, gaz)] == [18, 5]
    same = "وكان مسؤول قد أعلن في وقت سابق اليوم مقتل 12 مسلحا في الغارة."
    assert len(_incidents(lead + same, gaz)) == 1


def test_a_region_describing_where_a_bus_came_from_is_no_other_part_of_the_country(gaz):
    # "الحافلة التي انطلقت من قندهار كبرى مدن جنوب غرب أفغانستان": the told bus, and where
    # the city it left lies
    text = (
        "قتل سبعة أشخاص في انفجار قنبلة لدى مرور حافلة في ولاية غزنة. "
        "وصرح مساعد قائد شرطة ولاية غزنة بأن الحافلة التي انطلقت من قندهار كبرى مدن جنوب غرب "
        "أفغانستان كانت متوجهة إلى العاصمة عندما انفجرت القنبلة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF11"


def test_the_day_a_speaker_told_the_press_is_no_other_day_of_the_event(gaz):
    # "وقال قائد الشرطة ... الأربعاء لوكالة فرانس برس: ..." after fighting told on Monday
    text = (
        "أعلن مسؤول في الشرطة يوم الأربعاء 6 مايو 2009 عن مقتل 100 مدني في غارة أمريكية غرب "
        "أفغانستان. "
        "واندلعت معارك عنيفة الإثنين 4/5/2009 بين عناصر طالبان والقوات الأفغانية في مديرية "
        "بالا بلوك بولاية فراه. "
        'وقال قائد الشرطة في ولاية فراه محمد كريم الأربعاء لوكالة فرانس برس: "يمكنني أن '
        'أؤكد سقوط أكثر من مئة شخص من غير المقاتلين في مديرية بالا بلوك".'
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2009, 5, 6))
    assert len(incidents) == 1


def test_an_outlets_account_told_meanwhile_is_the_same_event(gaz):
    # "وفي الوقت نفسه، أفادت وكالة ... بمقتل ستة بانفجار في قندوز": another account of
    # the blast; "وفي الوقت نفسه، قال مسؤول إن ..." still turns to another matter
    lead = "قتل مدني وأصيب 21 آخرون بانفجار قنبلة في مديرية خان آباد بولاية قندوز. "
    account = (
        "وفي الوقت نفسه، أفادت وكالة أنباء نقلا عن السلطات المحلية بمقتل ستة وإصابة 14 "
        "بانفجار في قندوز."
    )
    (inc,) = _incidents(lead + account, gaz)
    assert (inc.killed, inc.wounded) == (1, 21)
    other = "وفي الوقت نفسه، قال مسؤول إن ستة شرطيين قتلوا بانفجار في قندوز."
    assert len(_incidents(lead + other, gaz)) == 2


def test_more_dead_told_with_kama_during_the_fighting_told_are_of_that_event(gaz):
    # "كما لقي 4 من أفراد الأمن مصرعهم ... خلال الاشتباكات": the fighting told
    text = (
        "قال الجيش إن 73 من مسلحي طالبان قتلوا في غارة جوية بينما كانوا يحاولون نصب كمين "
        "لقافلة عسكرية في إقليم فارياب. "
        "كما لقي 4 من أفراد الأمن مصرعهم وتم إحراق سيارتين عسكريتين خلال الاشتباكات التي "
        "استمرت ساعتين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 77


def test_another_event_told_in_the_pluperfect_earlier_on_is_an_event_not_the_past(gaz):
    # "وكانت إيساف قد أعلنت في وقت سابق عن مقتل جندي في انفجار آخر": earlier today
    text = (
        "أعلنت القوة الدولية أن ستة من جنودها قتلوا اليوم في انفجار عبوة ناسفة جنوب البلاد. "
        "وكانت القوة قد أعلنت في وقت سابق عن مقتل جندي في انفجار آخر وإصابة اثنين."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [6, 1]
    # a like event told in the pluperfect with a past month is the past still
    past = "وكان انفجار آخر قد أسفر الشهر الماضي عن مقتل جندي وإصابة اثنين."
    assert [i.killed for i in _incidents(text.split(". ")[0] + ". " + past, gaz)] == [6]


def test_dead_of_the_side_an_earlier_lead_counted_go_back_to_that_lead(gaz):
    # a lead of two events, then the first one's detail: the Canadians are the first's
    text = (
        "قتل أربعة جنود كنديين وأصيب عشرة آخرون في ثلاث هجمات منفصلة بولاية قندهار. "
        "كما لقي 21 مدنيا مصرعهم في انفجار سيارة مفخخة بالولاية نفسها. "
        "وقال بيان للحلف إن ثلاثة جنود كنديين قتلوا وأصيب ستة آخرون في كمين نصبه مسلحون."
    )
    attacks, bomb = _incidents(text, gaz)[:2]
    assert bomb.killed == 21
    assert len(attacks.sentences) == 2


def test_the_dead_of_the_day_before_it_came_after_are_another_events(gaz):
    # "جاء ذلك غداة مقتل عشرة شرطيين ...": the day before, no part of the told toll
    text = (
        "فجر انتحاري نفسه أمام مبنى حكومي في مدينة بول خمري عاصمة ولاية بغلان، ما أسفر عن "
        "مقتل 14 شخصا. "
        "جاء ذلك غداة مقتل عشرة شرطيين أفغان على الأقل في حوادث مختلفة."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [14, 10]


def test_a_name_several_provinces_hold_by_an_office_of_the_told_one_is_no_new_place(gaz):
    # "جاني خيل" is a district of Paktya and of Paktika (and a village of many a tribe);
    # told with the district chief of Bati Kot, it is a village of Nangarhar
    text = (
        "أصيب أربعة مسؤولين في انفجار وقع في ولاية ننجرهار. "
        "وذكر بيان أن رئيس منطقة باتي كوت أصيب بجراح بعد انفجار عبوة ناسفة مزروعة على "
        "جانب الطريق في منطقة جاني خيل."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF06"
    # with no office of the told province, the name still starts an event elsewhere
    other = text.replace("رئيس منطقة باتي كوت", "مسؤولا محليا")
    assert len(_incidents(other, gaz)) == 2


def test_a_name_several_provinces_hold_told_by_the_speaker_going_on_is_no_new_place(gaz):
    # "ناوا" is a district of Helmand and of Ghazni; the speaker who told a bomb in
    # Kandahar goes on, and names the village where the car hit it
    text = (
        "قتل مدنيان في انفجار عبوة ناسفة في منطقة سبين بولدك بولاية قندهار. "
        "وأضاف المتحدث أن سيارة تقل ركابا اصطدمت بعبوة زرعت على الطريق في منطقة ناوا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2711"
    # another voice, with no office of the told province, tells an event elsewhere
    other = text.replace("وأضاف المتحدث", "وقال مسؤول آخر")
    assert len(_incidents(other, gaz)) == 2


def test_what_an_attack_came_after_with_no_event_of_its_own_only_dates_it(gaz):
    text = (
        "قتل خمسة أشخاص في انفجار قنبلة قرب مسجد في مدينة هرات. "
        "وجاء الهجوم بعد ساعات من زيارة وزير الداخلية للمدينة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 5


def test_attacks_told_as_repeated_are_background(gaz):
    text = (
        "وتدعم الطائرات القوات الأفغانية في المعارك لكنها لا تتمكن من منع الهجمات المتكررة "
        "على مراكز الشرطة في ولاية فراه."
    )
    assert _incidents(text, gaz) == []


def test_after_the_first_part_of_a_leads_several_events_dead_at_another_district_are_the_next(
    gaz,
):
    text = (
        "قتل 23 مسلحا في عمليات أمنية في إقليم فارياب شمال أفغانستان وإقليم غور غربها. "
        "وأوضح رئيس المجلس الإقليمي أن سبعة من المسلحين قتلوا في الاشتباكات في فارياب. "
        "وقال قائد شرطة مديرية بشتون كوت إن خمسة آخرين من المسلحين قتلوا وأصيب أربعة."
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [7, 5]
    assert {i.location.province_pcode for i in incidents} == {"AF29"}


def test_dead_at_a_place_framed_at_the_head_of_a_sentence_are_another_event(gaz):
    # "وفي جلال أباد، ..." turns to another event, though the city lies in the province
    # told; with the told event named ("في الانفجار") it stays that event
    text = (
        "قتلت امرأة وطفلان إثر انفجار قذيفة هاون في حي سكني بولاية ننغرهار. "
        "وفي جلال أباد، عاصمة ننغرهار، أصيب شرطي و6 مدنيين إثر انفجار دراجة مفخخة قرب مسجد."
    )
    shell, bomb = _incidents(text, gaz)
    assert (shell.killed, bomb.wounded) == (3, 7)
    assert bomb.location.district_pcode == "AF0601"
    (one,) = _incidents(text.replace("إثر انفجار دراجة مفخخة قرب مسجد", "في الانفجار"), gaz)
    assert (one.killed, one.wounded) == (3, 7)


def test_a_place_framed_with_its_adjective_and_no_waw_opens_another_event(gaz):
    # "في ولاية هلمند المجاورة، ...": the frame may open on "في" and name the place with
    # an adjective before its comma
    text = (
        "قتل عشرة مدنيين في انفجار قنبلة لدى مرور حافلة في ولاية قندهار. "
        "من جهة أخرى، قال قائد الشرطة إن قاضيا وابنه قتلا أمام منزلهما على أيدي مسلحين. "
        "في ولاية هلمند المجاورة، قتل 17 متمردا الجمعة في معارك مع قوات الأمن."
    )
    bomb, judge, fight = _incidents(text, gaz)
    assert (bomb.killed, judge.killed, fight.killed) == (10, 2, 17)
    assert judge.location is None
    assert fight.location.province_pcode == "AF30"


def test_more_dead_also_at_the_place_told_are_another_event(gaz):
    text = (
        "قتل ثلاثة مسلحين في اشتباك مع الشرطة في قرية بإقليم فرح. "
        "وفي فرح أيضا، قتل 11 مسلحا في عمليات للقوات الأفغانية في منطقة بالا بلوك."
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [3, 11]
    assert incidents[1].location.district_pcode == "AF3306"


def test_statistics_a_toll_is_told_according_to_are_no_tally(gaz):
    text = "قتل 20 شخصا في تفجير انتحاري في ولاية ننجرهار وفقا للإحصاءات الأولية."
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 20
    # statistics themselves are still a tally
    assert _incidents("وتشير الإحصاءات إلى مقتل 300 مدني في ولاية ننجرهار هذا العام.", gaz) == []


def test_statistics_an_office_named_for_them_is_a_building_hit(gaz):
    text = (
        "قتل 12 شخصا في هجوم انتحاري في ولاية قندوز. "
        "وقال حاكم مديرية خان آباد إن انتحاريا فجر نفسه في مكتب الإحصاءات في مركز مديرية خان آباد."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 2
    assert inc.location.district_pcode == "AF1904"


def test_where_a_site_told_lies_is_the_place_of_its_event(gaz):
    text = (
        "قال مسؤولون في ولاية هرات إن مسلحين هاجموا نقطة تفتيش تحرس سدا وقتلوا أربعة حراس. "
        "ويقع السد في منطقة كاروخ على بعد 25 كيلومترا شمال غرب مدينة هرات."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 2
    assert inc.location.district_pcode == "AF3204"


def test_where_a_province_lies_is_the_lie_of_the_land(gaz):
    lead = "قتل أربعة حراس في هجوم على نقطة تفتيش في مديرية شينداند بولاية هرات. "
    for lie in ("وتقع هرات قرب الحدود الإيرانية.", "ويقع إقليم هرات على الحدود مع إيران."):
        assert _steps(lead + lie, gaz) == [START, SKIP]


def test_the_dead_of_a_year_named_bare_after_in_are_a_tally(gaz):
    text = (
        "قتل 17 متمردا في عملية مشتركة في مقاطعة كاجاكي في اقليم هلمند. "
        "ويشير تقرير رسمي الى ان نحو 4000 شخص قتلوا في 2006 في افغانستان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 17
    assert len(inc.sentences) == 1


def test_last_year_in_its_other_words_tells_the_past(gaz):
    for past in ("العام المنصرم", "العام الفائت", "السنة الماضية"):
        text = (
            "قتل ستة مسلحين في هجوم جوي في مقاطعة معروف بإقليم قندهار. "
            f"وقتل نحو ألف شخص في هجمات شنها مسلحون خلال {past} في أفغانستان."
        )
        (inc,) = _incidents(text, gaz)
        assert inc.killed == 6
        assert len(inc.sentences) == 1  # the year's dead are no sentence of the event


def test_a_span_of_time_in_the_dual_tells_a_trend(gaz):
    text = "وتزايد معدل هجمات حركة طالبان في ولاية خوست في العامين الأخيرين."
    assert _incidents(text, gaz) == []


def test_what_happens_from_time_to_time_is_background(gaz):
    text = "وتقوم الطائرات الأمريكية من حين لآخر بشن غارات على مواقع المسلحين في ولاية ننجرهار."
    assert _incidents(text, gaz) == []


def test_events_named_only_in_the_plural_with_nothing_of_their_own_are_in_general(gaz):
    text = "وتصر الحركة على إثارة الصراعات في البلاد، تفجيرات واشتباكات يدفع ثمنها الأبرياء."
    assert _incidents(text, gaz) == []


def test_events_named_in_the_plural_at_a_place_are_an_incident(gaz):
    (inc,) = _incidents("واندلعت اشتباكات عنيفة في مديرية سنجين بولاية هلمند.", gaz)
    assert inc.event_type == "armed_clash"


def test_the_type_told_after_a_lead_of_only_a_toll_is_the_events(gaz):
    text = (
        "قتل 18 مسلحا خلال عملية نفذتها قوات مشتركة في ولاية نورستان. "
        "وقال قائد شرطة الولاية إن طائرات حربية قصفت مواقع المسلحين في بلدتين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "airstrike"


def test_the_event_named_as_such_places_a_lead_told_without_a_place(gaz):
    text = (
        "قالت الشرطة إن لغما انفجر فقتل تسعة مزارعين. "
        "ويكشف هذا الحدث الذي وقع ليل الخميس في ولاية فارياب القريبة من حدود تركمانستان "
        "ما يتعرض له الأهالي."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF29"


def test_the_past_told_of_what_an_event_followed_leaves_the_event_news(gaz):
    text = (
        "أفاد مسؤولون بأن الحركة قتلت 16 شرطيا في ولاية بادغيس بعد انقضاء هدنة "
        "كانت قد أعلنتها لثلاثة أيام."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (16, "AF31")


def test_an_event_abroad_told_again_at_the_same_place_abroad_goes_on(gaz):
    text = (
        "أعلن الجيش الباكستاني أن انفجارا قرب الطريق أدى إلى مقتل جنديين في منطقة "
        "باجور القبلية صباح اليوم. "
        "وأوضح بيان للجيش أن الجنديين قتلا في هجوم بعبوة ناسفة في باجور."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.country, inc.killed, len(inc.sentences)) == ("PK", 2, 2)


def test_a_claim_of_the_two_attacks_owns_both(gaz):
    text = (
        "قتل أربعة جنود في انفجار لغم في مديرية علينكار بولاية لغمان. "
        "وفي حادث منفصل، قتل حاكم مديرية في انفجار قنبلة في سيارته بولاية ننجرهار. "
        "وأعلن مسلحو طالبان مسؤوليتهم عن الهجومين."
    )
    first, second = _incidents(text, gaz)
    assert (first.claimed_by, second.claimed_by) == ("Taliban", "Taliban")


def test_an_earlier_report_of_the_event_is_no_earlier_event(gaz):
    text = "وسبق أن أكدت الشرطة أن انتحاريا فجر نفسه بسيارة مفخخة في حي دشت برجي غربي العاصمة كابل."
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "suicide_bomb"
    # an attack claimed before, told indefinite, is an earlier event
    claimed = (
        "قتل 40 عنصرا في تفجير استهدف حافلة قرب مدينة زاهدان جنوب شرق إيران. وسبق أن تبنى "
        "التنظيم نفسه هجوما شهدته زاهدان يوم 30 يناير مسفرا عن إصابة 4 عناصر."
    )
    (bus,) = _incidents(claimed, gaz)
    assert (bus.killed, bus.wounded) == (40, None)


def test_an_event_set_among_earlier_ones_is_still_the_news(gaz):
    text = (
        "قتل جنديان فرنسيان برصاص مسلح في وادي تاغاب بولاية كابيسا، ما شكل "
        "استمرارا لهجمات مشابهة شهدها العام الماضي."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (2, "AF02")


def test_fighting_across_the_country_told_as_the_setting_leaves_the_event_placed(gaz):
    text = (
        "قتل قياديان من طالبان في غارات جوية في ولاية ميدان وردك، وسط تصاعد القتال بين "
        "الجيش والحركة في مناطق مختلفة من البلاد."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF04"


def test_a_groups_usual_means_are_background(gaz):
    text = (
        "وتعتبر العبوات الناسفة والعمليات الانتحارية من الأسلحة المفضلة لمسلحي الحركة في "
        "ولاية هلمند."
    )
    assert _incidents(text, gaz) == []


def test_a_place_in_the_neighbour_an_event_was_told_in_narrows_it(gaz):
    text = (
        "أعلن تنظيم الدولة مسؤوليته عن تفجير انتحاري أسفر عن مقتل 30 شخصا في سوق مزدحم في "
        "باكستان. واستهدف اعتداء الجمعة سوقا في بلدة كالايا في إقليم أوركزاي شمال غربي البلاد."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"


def test_besides_that_at_the_head_turns_to_the_next_item(gaz):
    text = (
        "قتل ثمانية مدنيين في انفجار لغم بحافلة ركاب غرب أفغانستان. "
        "وذكر المتحدث باسم شرطة ولاية فراه أن مسلحين زرعوا اللغم لاستهداف الشرطة. "
        "إلى ذلك قال مسؤول في الشرطة إن هجوما شنه مسلحون ضرب مبنى حكوميا في جلال أباد."
    )
    assert _steps(text, gaz) == [START, CONTINUE, START]
    first, second = _incidents(text, gaz)
    assert first.location.province_pcode == "AF33"
    assert second.location.province_pcode == "AF06"


def test_besides_that_with_the_event_named_again_goes_on(gaz):
    text = (
        "قتل ثمانية مدنيين في انفجار لغم بحافلة ركاب في ولاية فراه. "
        "إلى ذلك، قال المتحدث إن الانفجار أسفر أيضا عن إصابة ثلاثة آخرين."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_kama_joins_a_second_event_at_a_province_of_its_own_without_a_comma(gaz):
    text = (
        "وأعلن مسؤولون مقتل ستة مدنيين في انفجار قنبلة بإقليم هلمند كما لقي "
        "أربعة آخرون حتفهم في غارة جوية للقوات الأجنبية في كونار."
    )
    first, second = _incidents(text, gaz)
    assert (first.event_type, first.location.province_pcode, first.killed) == ("ied", "AF30", 6)
    assert (second.event_type, second.location.province_pcode, second.killed) == (
        "airstrike",
        "AF15",
        4,
    )


def test_kama_in_a_sentence_about_an_earlier_year_splits_nothing(gaz):
    text = (
        "ففي مايو 2009 قتل عشرات المدنيين في غارات على قرى بولاية فراه، كما قتل أكثر من "
        "90 شخصا في سبتمبر من العام نفسه في غارة استهدفت صهريجي وقود في ولاية قندوز."
    )
    assert _incidents(text, gaz) == []


def test_a_sentence_opening_on_a_date_of_its_own_tells_another_event(gaz):
    text = (
        "ذكرت الداخلية أن ستة أشخاص قتلوا حين انفجر لغم بموكب للشرطة في ولاية كابيسا. "
        "وفي الثالث من مايو، قتل أربعة جنود فرنسيين في هجوم انتحاري في الولاية نفسها."
    )
    assert _steps(text, gaz) == [START, START]
    first, second = _incidents(text, gaz)
    assert (first.event_type, first.killed) == ("ied", 6)
    assert (second.event_type, second.killed) == ("suicide_bomb", 4)


def test_kama_at_the_head_naming_the_told_event_goes_on_with_it(gaz):
    text = (
        "قتل 22 شخصا في تفجير انتحاري أمام مسجد في ولاية لغمان. "
        "كما قتل في التفجير رئيس مجلس الولاية."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_kama_with_figures_of_the_same_voice_goes_on_with_its_event(gaz):
    lead = (
        "وقال قائد شرطة فارياب إن 12 عنصرا من الأمن و44 من مقاتلي طالبان لقوا حتفهم في "
        "اشتباكات في الولاية. "
    )
    same = "كما أصيب 31 من مسلحي الحركة واعتقل اثنان وفق المتحدث نفسه."
    assert _steps(lead + same, gaz) == [START, CONTINUE]


def test_kama_naming_the_told_event_in_construct_goes_on_with_it(gaz):
    lead = "ارتفع عدد ضحايا الهجوم الانتحاري بسيارة مفخخة في شرق أفغانستان إلى 16 قتيلا. "
    told = "كما أصيب في انفجار القنبلة في ولاية خوست نحو 58 شخصا."
    assert _steps(lead + told, gaz) == [START, CONTINUE]
    # a blast of a bomb not told before is another event
    other = "كما أصيب ثلاثة جنود في انفجار قنبلة في ولاية هلمند."
    assert _steps(lead + other, gaz) == [START, START]


def test_a_counted_while_after_the_told_event_opens_a_later_one(gaz):
    lead = "قتل جندي دنماركي بانفجار قنبلة قرب دوريته في ولاية هلمند. "
    later = "وبعد اربع ساعات على هذا الحادث، جرح ثلاثة جنود بانفجار عبوة ناسفة في المنطقة نفسها."
    assert _steps(lead + later, gaz) == [START, START]
    # the claim a while after tells no event of its own
    claim = "وبعد ثلاث ساعات من الهجوم، أعلنت حركة طالبان مسؤوليتها عنه."
    assert _steps(lead + claim, gaz) == [START, CONTINUE]


@pytest.mark.parametrize(
    "since",
    [
        "وبعد يومين من تفجير السوق، ",  # counted, from an event noun and its words
        "وبعد ساعات من تفجير السوق، ",  # uncounted
        "وبعد ساعات من الهجوم، ",  # from the told event by its definite noun
    ],
)
def test_a_while_after_the_told_event_with_nothing_of_its_own_is_no_later_event(gaz, since):
    lead = "قتل 12 شخصا في تفجير سيارة مفخخة في سوق بمدينة قندوز يوم الأحد. "
    calm = "ظلت المتاجر مغلقة وخلت الشوارع من المارة."
    assert _steps(lead + since + calm, gaz) == [START, CONTINUE]
    # an attack or a toll of its own after the while is a later event
    for later in ("هاجم مسلحون حاجزا للشرطة قرب المدينة.", "قتل ثلاثة جنود قرب المدينة."):
        assert _steps(lead + since + later, gaz) == [START, START]
    # the later event's type is its own, not that of the event the while counts from
    _, attack = _incidents(lead + since + "هاجم مسلحون حاجزا للشرطة قرب المدينة.", gaz)
    assert attack.event_type == "attack"
    # the toll of the told one, risen, is its own
    risen = "ارتفعت حصيلة قتلى التفجير إلى 22."
    assert _steps(lead + since + risen, gaz) == [START, CONTINUE]


def test_a_claim_of_this_attack_that_goes_on_about_the_war_is_no_background(gaz):
    # "وتبنت حركة طالبان هذا الهجوم ...": the told event adopted, whatever the sentence
    # goes on to say of the years of the war
    text = (
        "قتل ستة شرطيين حين هاجم مسلحون مخفرا في ولاية غزني. وتبنت حركة طالبان هذا الهجوم على "
        "قوات الأمن التي يفترض أن تتسلم المهام الأمنية عند انتهاء مهمة قوات الحلف في "
        "أواخر 2014."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.claimed_by, len(inc.more)) == ("Taliban", 1)


def test_a_sentence_naming_the_told_event_after_a_subheadline_takes_it_up_again(gaz):
    # a headline inside the text, then "يأتي هذا التفجير ...": the bombing told before it
    text = (
        "انفجار في مسجد بننكرهار\n"
        "قتل أربعة مصلين في انفجار داخل مسجد بولاية ننكرهار ظهر الجمعة. وقال مسؤول محلي "
        "إن القنبلة كانت مخبأة تحت منبر المسجد.\n"
        "الحركة تتوعد التنظيم\n"
        "ويأتي هذا التفجير في ظل تعهد الحركة بالقضاء على التنظيم في الولاية."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.more) == 2
    # a sentence after it with an event of its own starts one
    other = text.replace(
        "ويأتي هذا التفجير في ظل تعهد الحركة بالقضاء على التنظيم في الولاية.",
        "وقتل ثلاثة جنود في كمين بولاية كنر.",
    )
    assert len(_incidents(other, gaz)) == 2


def test_the_told_event_as_the_subject_of_began_tells_its_course_not_another_event(gaz):
    # "وبدأ الهجوم ليلا بتفجير ... وسمع دوي انفجارات أخرى": its start and its blasts
    text = (
        "هاجم مسلحون سجنا في مدينة قندهار فجر الاثنين وقتلوا تسعة حراس. وبدأ الهجوم ليل "
        "الأحد بتفجير سيارة مفخخة عند بوابة السجن وسمع دوي انفجارات أخرى في المدينة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, len(inc.more)) == (9, 1)


def test_the_officials_province_told_as_the_events_goes_on_when_named_again(gaz):
    text = (
        "قال قائد شرطة بغلان إن هجوما على مسجد في الولاية أوقع أمس خمسة قتلى. "
        "وأوضح للصحفيين أن انتحاريا فجر نفسه بين المصلين عند خروجهم من مسجد في بغلان."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.location.province_pcode) == ("suicide_bomb", "AF09")


def test_hours_of_the_told_fighting_are_its_length_not_a_later_event(gaz):
    text = (
        "هاجم مئات المسلحين مراكز للشرطة في عدة مديريات بولاية كونار فجر اليوم. "
        "وذكر قائد الشرطة أن القوات صدت هجمات طالبان، وأجبرت منفذي الهجمات على الانسحاب "
        "نحو الجبال بعد ساعات من القتال."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    # the fighting named after "اندلاع" (the outbreak of)
    broke_out = (
        "هاجم مسلحون مركزا للشرطة في مدينة قندهار فجر اليوم. وأشار إلى أن رجال الشرطة "
        "اقتحموا المبنى بعد ساعات على اندلاع القتال، كاشفا مقتل شرطيين."
    )
    assert _steps(broke_out, gaz) == [START, CONTINUE]
    text = (
        "هاجم مسلحون مركزا للشرطة في مديرية سنجين بولاية هلمند. "
        "وبعد ساعات من الهجوم انفجرت عبوة ناسفة بسيارة للجيش في المديرية نفسها."
    )
    assert _steps(text, gaz) == [START, START]


def test_a_campaign_since_part_of_a_month_is_no_event(gaz):
    text = (
        "قتل جنديان في انفجار عبوة ناسفة في ولاية خوست أمس. "
        "وتشن القوات الباكستانية منذ منتصف حزيران هجوما في شمال وزيرستان المحاذية."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_tally_since_a_month_is_no_event(gaz):
    text = (
        "انفجرت عبوة ناسفة بدورية للشرطة في ولاية قندهار أمس. "
        "وقتل نحو 500 شخص منذ أغسطس الماضي مما يزيد المخاوف من عودة طالبان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed is None


def test_a_regional_official_and_ministry_officials_in_kabul_tell_the_same_strike(gaz):
    text = (
        "ذكر مسؤول إقليمي أن قصفا جويا على موقع لطالبان في إقليم قندوز قتل 12 مدنيا "
        "على الأقل وجرح عشرة. "
        "وتابع أن مسؤولو وزارة الدفاع في كابول أكدوا مقتل 40 من مقاتلي الحركة في "
        "القصف."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    (inc,) = _incidents(text, gaz)
    # "إقليمي" is an adjective here, not "two provinces": the figures add up by side
    assert (inc.killed, inc.wounded) == (52, 10)
    assert {p.text: p.role for p in inc.places}["كابول"] != "event_place"


def test_an_event_in_a_part_of_the_country_after_a_round_up_of_violence_is_its_own(gaz):
    text = (
        "قتل جندي من قوات التحالف ومدنيان وجرح 13 آخرون أمس بأعمال عنف في أفغانستان. "
        "ولقي جندي من إيساف حتفه بانفجار قنبلة جنوبي البلاد."
    )
    roundup, blast = _incidents(text, gaz)
    assert (roundup.killed, roundup.wounded) == (3, 13)
    assert (blast.event_type, blast.killed, blast.wounded) == ("ied", 1, None)


@pytest.mark.parametrize(
    ("claim", "group"),
    [
        ("وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم.", "Pakistani Taliban"),
        ("وقالت حركة طالبان باكستان في بيان إنها نفذت الهجوم.", "Pakistani Taliban"),
        ("وأعلنت حركة طالبان في باكستان مسؤوليتها عن التفجير.", "Pakistani Taliban"),
        ("وأعلنت حركة طالبان مسؤوليتها عن التفجير في باكستان.", "Taliban"),
        ("وقال المتحدث باسم حركة طالبان إن مقاتليها نفذوا الهجوم.", "Taliban"),
        ("وتبنى جيش العدل الهجوم في بيان.", "Jaish al-Adl"),
        ("وأعلن تنظيم جند الله مسؤوليته عن الهجوم.", "Jundallah"),
    ],
)
def test_the_claimant_is_the_longest_group_name_told(gaz, claim, group):
    text = "قتل جنديان في انفجار عبوة ناسفة بدوريتهما في منطقة باجور القبلية. " + claim
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == group


def test_dead_counted_abroad_after_an_afghan_incident_are_an_incident_abroad(gaz):
    text = (
        "أعلنت القوة الدولية مقتل جنديين أفغانيين في انفجار عبوة ناسفة بولاية هلمند. "
        "مقتل أربعة جنود باكستانيين في إقليم وزيرستان."
    )
    afghan, abroad = _incidents(text, gaz)
    assert (afghan.killed, afghan.location.province_pcode) == (2, "AF30")
    assert (abroad.killed, abroad.country, abroad.location) == (4, "PK", None)


def test_a_toll_told_after_turning_to_another_matter_is_its_own_event(gaz):
    text = (
        "قتل مدني في انفجار عبوة ناسفة أمس. "
        "وفي سياق آخر، قام مسلحون بإعدام قيادي سابق في ولاية ننجرهار."
    )
    _, second = _incidents(text, gaz)
    assert (second.killed, second.location.province_pcode) == (1, "AF06")


def test_a_long_first_line_ending_with_a_full_stop_is_the_lead_not_a_title(gaz):
    text = (
        "لقي ما لا يقل عن تسعة من مسلحي طالبان مصرعهم، وأصيب 11 آخرون في غارة جوية استهدفتهم "
        "بإقليم أوروزجان.\n"
        "وذكرت وزارة الدفاع أن الغارة وقعت في مديرية شورا."
    )
    assert _steps(text, gaz)[0] == START
    # a short title line, even with a full stop, still announces the incident
    assert _steps("مقتل تسعة مسلحين في غارة جوية بأوروزجان.\n" + text, gaz)[0] == "headline"


def test_attackers_dead_told_again_after_a_lead_that_counted_the_militants(gaz):
    text = (
        "قتل 19 مسلحا في اشتباك بين قوات الأمن وحركة طالبان في ولاية جوزجان. "
        "وقال قائد الشرطة إن مسلحين هاجموا قوات الأمن في مديرية درزاب. "
        "وأضاف أن الاشتباك أسفر عن مقتل 19 من المهاجمين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 19


def test_no_comment_on_the_report_leaves_the_event_told(gaz):
    text = (
        "قتل تسعة مسلحين في غارة جوية بإقليم أوروزجان. "
        "وأوضحت الوزارة أن الغارة استهدفت منطقة شورا في أوروزجان، ولم يصدر عن الحركة أي تعليق "
        "على التقرير."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2503"  # the second sentence places it


@pytest.mark.parametrize(
    "opener",
    ["من جانب آخر، قتل جندي نيوزيلندي", "من جانب قتل جندي نيوزيلندي"],
)
def test_on_another_side_opens_another_event(gaz, opener):
    text = (
        "نجا مستشار للرئيس من هجوم بدراجة نارية مفخخة في ولاية أوروزغان. "
        f"{opener} في كمين في أفغانستان، حسبما ذكرت حكومة بلاده."
    )
    assert _steps(text, gaz) == [START, START]


def test_what_the_attacker_meant_to_do_is_told_of_the_event_not_a_plan(gaz):
    text = (
        "قتل ستة من أفراد الأمن في هجوم انتحاري بولاية بكتيا. "
        "وأكد حاكم المنطقة أن الانتحاري كان يعتزم اقتحام موقع عمل لشركة طرق في الولاية."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_separate_statement_on_the_event_is_no_separate_event(gaz):
    text = (
        "قتل أربعة جنود أجانب في تفجير بمديرية بغرام بولاية بروان. "
        "لكن القوة الدولية قالت في بيان منفصل إن ثلاثة من جنودها فقط قتلوا في الهجوم."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_separate_vehicles_struck_in_the_event_tell_no_separate_event(gaz):
    # "أربع سيارات منفصلة": four cars, one attack
    text = (
        "قتل تسعة مسافرين حين هاجم مسلحون سيارات على طريق في ولاية وردك. "
        "وأوضح حاكم الولاية أن المهاجمين أطلقوا الرصاص على أربع سيارات منفصلة خلال الهجوم."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_another_voice_joined_by_a_comma_on_events_at_provinces_of_their_own(gaz):
    text = (
        "وفي إقليم زابل، ذكرت الشرطة أن مسلحين من طالبان هاجموا حواجز للجيش، ما "
        "أدى إلى مقتل 11 جنديا، وقال مسؤولون إن حواجز للشرطة تعرضت كذلك لهجمات في إقليمي "
        "هلمند وبغلان، ما أدى إلى مقتل أربعة من رجال الأمن."
    )
    zabul, others = _incidents(text, gaz)
    assert (zabul.killed, zabul.location.province_pcode) == (11, "AF26")
    assert (others.killed, others.location) == (4, None)  # two provinces: no one place


def test_a_body_that_issued_a_report_tells_its_figures_not_an_event(gaz):
    text = (
        "قتل جنديان في انفجار عبوة ناسفة في ولاية خوست أمس. "
        "ونشرت منظمة حقوقية محلية تقريرا رأت فيه أن مقتل مدنيين في غارة جوية على قرية "
        "أثار غضب السكان."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_report_that_tells_one_event_is_that_event(gaz):
    # "في تقرير لها": the channel the event came by; a report's figures of a period stay
    # background by their period ("في النصف الأول من العام")
    text = (
        "كشفت وسائل إعلام محلية أمس في تقرير لها من ولاية قندهار بأن مسلحين مجهولين "
        "اغتالوا عنصرين من الشرطة في مديرية سبين بولدك."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.district_pcode) == (2, "AF2711")
    tally = "وقالت الأمم المتحدة في تقرير لها إن 923 مدنيا قتلوا في النصف الأول من العام."
    assert _incidents(tally, gaz) == []


def test_the_site_told_stormed_meanwhile_places_the_attack_told(gaz):
    # "فيما اقتحم مسلحون المبنى": the building told, not another event
    lead = "قال مسؤولون إن انتحاريا فجر سيارة مفخخة قرب مكتب للاستخبارات، ما أسفر عن مقتل 11 شخصا. "
    stormed = "فيما اقتحم مسلحون المبنى في مدينة ايباك في ولاية سمنكان."
    (incident,) = _incidents(lead + stormed, gaz)
    assert (incident.killed, incident.location.district_pcode) == (11, "AF2001")
    # a contrast that tells an event of its own elsewhere stays another event
    other = "فيما أصيب 18 شخصا بانفجارين في إقليم لوغار."
    assert len(_incidents(lead + other, gaz)) == 2


def test_a_habit_told_of_the_place_after_where_is_no_background(gaz):
    # "في باكستان حيث غالبا ما تتعرض قوافل الإمدادات لهجمات": what the place often sees
    text = (
        "أعلنت الشرطة أن شاحنتي صهريج تنقلان وقودا لقوات الحلف أحرقتا الثلاثاء في باكستان "
        "حيث غالبا ما تتعرض قوافل الإمدادات لهجمات."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"


def test_another_voice_on_dead_of_separate_events_after_the_toll_told_is_another_event(gaz):
    text = (
        "قال حاكم إقليم بادغيس إن حركة طالبان قتلت 30 من قوات الأمن في هجوم على مديرية "
        "بالامرغاب. وأكد المتحدث باسم شرطة بادغيس مقتل 30 جنديا، وقال إن طالبان قتلت 4 جنود "
        "في هجمات منفصلة استهدفت نقاط تفتيش في نفس المنطقة."
    )
    lead, separate = _incidents(text, gaz)
    assert (lead.killed, separate.killed) == (30, 4)
    # one voice on the toll alone stays with the event told
    (one,) = _incidents(text.split("، وقال")[0] + ".", gaz)
    assert one.killed == 30


def test_there_was_also_an_event_tells_one_more(gaz):
    lead = "قتل جندي وثلاثة مدنيين في هجوم انتحاري على قافلة للناتو شمال كابول. "
    also = "بيد أن هناك أيضا تفجيرا مميتا في مدينة هيرات خلف 32 قتيلا."
    told, other = _incidents(lead + also, gaz)
    assert (told.killed, told.location) == (4, None)
    assert (other.killed, other.location.province_pcode) == (32, "AF32")
    # more wounded of the strikes told
    strikes = (
        "قتل 38 مسلحا في غارات جوية في ولاية هرات. وأضاف أن 14 مسلحا أصيبوا أيضا خلال عمليات القصف."
    )
    (one,) = _incidents(strikes, gaz)
    assert (one.killed, one.wounded) == (38, 14)


def test_the_rank_of_the_told_event_among_its_kind_tells_no_other(gaz):
    lead = "قتل جندي في هجوم انتحاري على قافلة للناتو قرب مدينة قره باغ شمال كابول. "
    rank = "وأوضحت الشبكة أن هذا الهجوم يعد الثاني هذا الأسبوع على قافلة تابعة للناتو."
    assert _steps(lead + rank, gaz)[1] == CONTINUE
    # the first of them named after it is another event
    first = "وهذا الهجوم هو الثاني من نوعه بعد هجوم استهدف مركزا للشرطة في ولاية قندوز."
    assert _steps(lead + first, gaz)[1] != CONTINUE


def test_another_blast_feared_or_details_to_be_told_later_tell_no_new_event(gaz):
    lead = "لقي 25 شخصا مصرعهم في هجوم انتحاري استهدف مسجدا في مدينة كويتا الباكستانية. "
    for after in (
        "وطوقت قوات الأمن موقع الهجوم وأبعدت المدنيين خشية وقوع أي انفجار آخر.",
        "وقال إن الانفجار أثار حالة من الذعر، متوقعا الإعلان عن مزيد من التفاصيل في وقت لاحق.",
        # what will be told later, in the future
        "وذكر البيان أن الهجوم أدى لمقتل ضابط لكن حصيلة الضحايا سوف تنشر في وقت لاحق.",
    ):
        assert _steps(lead + after, gaz)[1] != START


def test_a_tally_of_a_period_is_background(gaz):
    lead = "قتل ثلاثة موظفين في انفجار قنبلة في مدينة كابول أمس. "
    tally = (
        "وسجلت بعثة الأمم المتحدة مقتل 2115 مدنيا وإصابة 3822 في الفترة من 1 يناير حتى 30 سبتمبر."
    )
    (inc,) = _incidents(lead + tally, gaz)
    assert (inc.killed, inc.wounded) == (3, None)


def test_the_wars_state_of_things_is_background(gaz):
    text = (
        "قتل جنديان في انفجار عبوة ناسفة بدوريتهما في ولاية خوست. "
        "وتسلمت القوات الأفغانية التي تعتمد على غارات الحلف الجوية معظم المهام "
        "خاصة في المناطق الجبلية القبلية."
    )
    assert len(_incidents(text, gaz)) == 1


def test_another_voice_joined_by_wa_on_a_separate_operation_at_a_unit_is_another_event(gaz):
    # "، وأضاف ... في عملية منفصلة في مقاطعة X": a second event told in the same sentence
    text = (
        "وقال مسؤول إن 20 مسلحا قتلوا في الغارات الجوية على مديرية إمام صاحب، وأضاف "
        "الجيش أن 11 متمردا قتلوا وأصيب 6 آخرون بجروح في عملية منفصلة في مقاطعة سار بول."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF19", 20)
    assert (second.location.province_pcode, second.killed, second.wounded) == ("AF22", 11, 6)


def test_muqataa_before_no_afghan_name_names_no_unit(gaz):
    # "مقاطعة" is a province or district only before a name; else it may be a boycott
    from incidents.clauses import names_a_unit
    from incidents.tokens import tokenize

    assert names_a_unit(tokenize("في مقاطعة سار بول"), gaz)
    assert not names_a_unit(tokenize("ودعت إلى مقاطعة الانتخابات"), gaz)


def test_a_toll_told_again_with_no_place_goes_back_to_the_event_it_restates(gaz):
    # a lead of two events, then a sentence that retells the first one's toll
    text = (
        "قتل تسعة أشخاص في انفجار قنبلة على طريق في إقليم خوست، وأصيب 12 آخرون في انفجار "
        "في مدينة جلال آباد بإقليم ننجرهار. "
        "وقال المتحدث باسم الشرطة إن انفجار القنبلة أسفر عن مقتل تسعة مدنيين كانوا في سيارة."
    )
    khost, nangarhar = _incidents(text, gaz)
    assert (khost.location.province_pcode, khost.killed, len(khost.more)) == ("AF14", 9, 1)
    assert (nangarhar.location.province_pcode, nangarhar.killed) == ("AF06", None)


def test_a_sentence_opened_by_fima_at_a_place_of_its_own_does_not_place_the_lead(gaz):
    # the lead is placed only by the office of the official it names; "فيما ..." tells
    # another event at its own province
    text = (
        "قالت السلطات إن حاكم ولاية بغلان نجا من انفجار قنبلة استهدفت موكبه. "
        "فيما أصيب 11 شخصا بانفجار عبوة ناسفة في إقليم لوغار."
    )
    first, second = _incidents(text, gaz)
    assert second.location.province_pcode == "AF05"
    assert first.location is None or first.location.province_pcode != "AF05"


def test_the_told_bomb_going_off_later_is_the_same_event(gaz):
    text = (
        "ألقى رجل قنبلة يدوية على موكب حاكم ولاية نيمروز فقتل اثنين من حراسه. "
        "وانفجرت القنبلة لاحقا قرب إحدى سيارات الموكب."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed, len(inc.more)) == ("AF34", 2, 1)


def test_an_aside_that_tells_an_event_of_a_weekday_is_another_event(gaz):
    text = (
        "قتل ثلاثة من حراس حاكم ولاية نيمروز في هجوم على موكبه. "
        "يذكر أنه قتل ستة متمردين الثلاثاء أثناء زرعهم لغما في مديرية زهري بولاية قندهار."
    )
    nimroz, kandahar = _incidents(text, gaz)
    assert (nimroz.killed, kandahar.killed) == (3, 6)
    assert kandahar.location.province_pcode == "AF27"


def test_an_aside_opened_by_yushar_that_tells_an_event_of_a_weekday_is_another_event(gaz):
    text = (
        "قتل ثلاثة من حراس حاكم ولاية نيمروز في هجوم على موكبه. "
        "يشار إلى أن مسلحين اقتحموا الأحد مركزا للشرطة في ولاية بغلان وقتلوا 13 شرطيا."
    )
    nimroz, baghlan = _incidents(text, gaz)
    assert (nimroz.killed, baghlan.killed, baghlan.location.province_pcode) == (3, 13, "AF09")


def test_an_aside_that_tells_an_event_of_today_is_another_event(gaz):
    text = (
        "قتل ثلاثة من حراس حاكم ولاية نيمروز في هجوم على موكبه. "
        "ويذكر أن طالبان سيطرت، صباح اليوم، على عاصمة ولاية قندوز بعد معارك."
    )
    nimroz, kunduz = _incidents(text, gaz)
    assert nimroz.location.province_pcode == "AF34"
    assert (kunduz.location.province_pcode, kunduz.event_type) == ("AF19", "armed_clash")


def test_an_aside_of_a_past_weekday_stays_background(gaz):
    text = (
        "قتل ثلاثة من حراس حاكم ولاية نيمروز في هجوم على موكبه. "
        "يذكر أن الحاكم نجا من هجوم مماثل الثلاثاء الماضي في الولاية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_an_office_inside_what_is_said_is_a_victims_post_not_another_speaker(gaz):
    # after "أن" the police chief of another province is someone the account names
    text = (
        "قتل خمسة جنود في انفجار عبوة ناسفة استهدف دورية في ولاية هلمند يوم الاثنين.\n"
        "وأكدت وزارة الداخلية أن قائد شرطة ولاية قندهار أصيب في الانفجار.\n"
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_groups_own_figures_after_the_event_are_no_part_of_its_toll(gaz):
    # the group's "only two of ours wounded" is another version: with 4 wounded told
    # next, 6 is not read as its 2 plus the next event's 4
    text = (
        "قتل 11 شرطيا وأصيب ستة آخرون في هجوم لطالبان على حواجز أمنية في ولاية بغلان.\n"
        "وقال المتحدث باسم طالبان إن مقاتلي الحركة قتلوا 27 شرطيا، مشيرا إلى أن اثنين فقط "
        "من مقاتليها أصيبا بجروح.\n"
        "وفي ولاية بدخشان، قالت وزارة الدفاع إن جنديين قتلا وأصيب أربعة آخرون في اشتباكات "
        "مع المسلحين.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.wounded) == (11, 6)
    assert (second.killed, second.wounded) == (2, 4)


def test_the_groups_other_figure_beside_a_disagreeing_one_is_of_its_version_too(gaz):
    # officials told 19 dead and no wounded; the group's 40 dead disagree, so its 75
    # wounded are of its own version, not the missing half of the toll
    text = (
        "قتل 19 جنديا في تفجير انتحاري استهدف قاعدة للجيش في ولاية بكتيا. "
        "وقال المتحدث باسم طالبان إن 40 جنديا قتلوا وأصيب 75 آخرون في الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (19, None)
    # the group's figures agreeing on the dead leave its wounded the toll's
    agreeing = text.replace("إن 40 جنديا", "إن 19 جنديا")
    (inc,) = _incidents(agreeing, gaz)
    assert (inc.killed, inc.wounded) == (19, 75)


def test_an_event_told_in_the_officials_province_is_placed_and_the_next_place_is_another(gaz):
    # after a lead of two attacks, the police chief of Zabul tells one "في الإقليم": it
    # is Zabul's, and the bombing told next in Uruzgan is the other
    text = (
        "قتل خمسة من أفراد الشرطة الأفغانية وأصيب ثلاثة آخرون في هجومين منفصلين بإقليمي "
        "زابل وأروزجان، بحسب ما ذكر مسؤولون محليون.\n"
        "وقال قائد شرطة زابل إن أربعة من الشرطة قتلوا في هجوم على موقعهم في الإقليم.\n"
        "وأعلنت السلطات مقتل شرطي في انفجار عبوة ناسفة استهدفت سيارته في مدينة ترينكوت "
        "بإقليم أروزجان.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF26", 4)
    assert (second.location.province_pcode, second.killed) == ("AF25", 1)


def test_two_separate_blasts_sum_a_toll_whose_first_part_is_told_next(gaz):
    text = (
        "قتل 11 شخصا بينهم قيادي في طالبان ومدنيون في انفجارين منفصلين في إقليم ننجرهار.\n"
        "وقال المكتب الإعلامي لحكومة الإقليم إن انفجارا وقع في منطقة خوجياني، مما أسفر عن "
        "مقتل شخصين أحدهما قيادي في حركة طالبان والآخر مدني.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed) == ("AF0608", 2)


def test_the_victims_named_again_go_on_with_the_event(gaz):
    text = (
        "قتل عشرة أفراد من عائلة واحدة في انفجار قنبلة في ولاية خوست. "
        "وأوضح المتحدث أن من بين الضحايا خمسة رجال وامرأتين وثلاثة أطفال."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_separate_incident_told_without_a_place_takes_none_from_the_context(gaz):
    # "في حادث منفصل" with no place: not the last place told (a meeting's, here)
    text = (
        "قتل أربعة أشخاص في هجوم انتحاري على مقر حاكم ولاية بكتيا يوم الخميس. وكان الشيوخ "
        "سيحضرون اجتماعا يعقد في العاصمة كابول الأسبوع المقبل. وفي حادث منفصل، قالت الشرطة "
        "إن سيارة مفخخة انفجرت قرب رتل لقوات حلف الأطلسي مما أسفر عن مقتل شخصين.\n"
    )
    first, second = _incidents(text, gaz)
    assert first.location.province_pcode == "AF13"
    assert (second.location, second.killed) == (None, 2)


def test_a_joined_toll_of_separate_incidents_elsewhere_is_not_the_events(gaz):
    text = (
        "أعلنت السلطات مقتل أربعة أطفال وشرطي بسقوط صاروخ في ولاية كونار، ومقتل 20 مسلحا "
        "على الأقل في حوادث أمنية منفصلة في البلاد.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (5, "AF15")


def test_fighting_across_the_country_at_the_time_of_the_event_is_its_setting(gaz):
    # "في الوقت الذي" opens the setting: the event keeps the province told before it
    text = (
        "لقي 13 من أفراد قوات الأمن حتفهم في هجوم على نقاط تفتيش في إقليم جوزجان، وذلك في "
        "الوقت الذي تصعد فيه حركة طالبان هجماتها في أنحاء البلاد.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF28", 13)


def test_a_contrast_clause_blaming_someone_for_another_event_is_not_the_lead(gaz):
    # "بينما حمل ... مسؤولية غارة": a voice on last week's airstrike; the lead is the attack
    text = (
        "أعلنت الشرطة الأفغانية أن مسلحي طالبان قتلوا اثنين من عناصرها بعدما هاجموا مخفرا "
        "في ولاية جوزجان، بينما حمل الرئيس القوات الأمريكية مسؤولية غارة جوية قتلت 17 شخصا.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed, inc.location.province_pcode) == ("attack", 2, "AF28")


def test_a_later_blast_told_with_then_after_the_first_is_a_step_of_the_same_attack(gaz):
    text = (
        "قتل 63 شخصا في هجوم انتحاري على حفل زفاف في كابول مساء السبت.\n"
        "وقال التنظيم في بيان إن انتحاريا فجر سترته الناسفة أولا ثم انفجرت سيارة مفخخة "
        "لاحقا.\n"
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_first_clause_of_a_sentence_cut_before_its_comma_is_no_headline(gaz):
    text = (
        "أعلنت السلطات الأفغانية أن 30 مدنيا على الأقل قتلوا في غارة جوية شنها حلف شمال "
        "الأطلسي في ولاية قندوز الخميس. وخرج متظاهرون إلى شوارع قندوز بعد الغارة، فيما حمل "
        "أقرباء الضحايا جثامين أطفال قتلوا في الغارة. وقال المتحدث باسم الولاية إن 30 مدنيا "
        "قتلوا وجرح 25 آخرون في هذا القصف.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (30, 25)


def test_kana_and_an_event_without_the_article_tell_an_earlier_event(gaz):
    text = (
        "أعلنت السلطات الأفغانية أن 30 مدنيا على الأقل قتلوا في غارة جوية شنها حلف شمال "
        "الأطلسي في ولاية قندوز الخميس. وكان هجوم لطالبان أدى إلى مقتل جنديين أمريكيين.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed, second.event_type) == (30, 2, "attack")


def test_the_groups_own_account_later_with_its_own_figures_is_the_event_told(gaz):
    text = (
        "قال رئيس مجلس ولاية بغلان إن 20 عنصرا من الأمن قتلوا في هجوم لمسلحين على مراكز "
        "أمنية في ولاية بغلان يوم الأحد.\n"
        "وفي ولاية هرات، قتل تسعة من الشرطة في هجوم على نقطة تفتيش.\n"
        "من جهتها، أعلنت حركة طالبان في بيان أن مسلحيها قتلوا 60 جنديا في هجوم ولاية بغلان.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed, first.claimed_by) == (
        "AF09",
        20,
        "Taliban",
    )
    assert second.location.province_pcode == "AF32"


def test_attacks_on_other_posts_told_with_kama_are_another_event(gaz):
    # "أخرى" after a broken plural ("مراكز أمنية أخرى") marks another event
    text = (
        "قتل ثلاثة من جنود الجيش وأصيب اثنان آخران في هجوم انتحاري على مركز للجيش في "
        "إقليم غزنة. كما شنت طالبان هجمات على مراكز أمنية أخرى أدت إلى مقتل 10 مهاجمين.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (3, 10)


def test_a_sentence_retelling_both_figures_and_the_type_of_the_event_before_is_that_one(gaz):
    text = (
        "قتل ثلاثة من جنود الجيش وأصيب اثنان آخران في هجوم انتحاري على مركز للجيش في "
        "إقليم غزنة. كما شنت طالبان هجمات على مراكز أمنية أخرى أدت إلى مقتل 10 مهاجمين.\n"
        "وقال الناطق باسم الحكومة المحلية في إقليم غزنة إن مركزا للجيش تعرض لهجوم انتحاري "
        "ما أدى إلى مقتل ثلاثة من جنود الجيش وإصابة اثنين آخرين.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.wounded, len(first.more)) == (3, 2, 1)
    assert (second.killed, second.more) == (10, [])


def test_a_device_found_before_it_went_off_is_no_event(gaz):
    text = (
        "قتل ثلاثة من جنود الجيش في هجوم انتحاري على مركز للجيش في إقليم غزنة يوم الأحد.\n"
        "وأضاف المتحدث أن سيارة مفخخة أخرى كانت تعتزم استهداف مركز أمني آخر عثرت عليها "
        "قوات الأمن، وفر الانتحاري الذي كان بداخلها.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3
    # a mine that had been defused and went off all the same is one
    text = text.replace(
        "سيارة مفخخة أخرى كانت تعتزم استهداف مركز أمني آخر عثرت عليها قوات الأمن، وفر "
        "الانتحاري الذي كان بداخلها",
        "لغما أرضيا آخر كانت قوات الأمن أبطلت مفعوله انفجر في مدينة غزنة",
    )
    assert len(_incidents(text, gaz)) == 2


def test_a_device_the_forces_took_over_is_no_event_but_a_place_taken_is(gaz):
    lead = "قتل ثلاثة من جنود الجيش في هجوم بسيارة مفخخة في مدينة جلال آباد. "
    seized = "وأضاف البيان أن قوات الأمن سيطرت على سيارة مفخخة أخرى في نفس المنطقة."
    (inc,) = _incidents(lead + seized, gaz)
    assert inc.more == []  # the seized car bomb is no sentence of it, nor an event
    taken = "وسيطرت حركة طالبان على مديرية شيرزاد في ولاية ننجرهار بعد معارك عنيفة."
    assert len(_incidents(lead + taken, gaz)) == 2


def test_bodies_found_after_a_place_clause_are_no_device_found(gaz):
    text = (
        "قتل عشرة أطفال في غارة جوية لحلف الأطلسي في ولاية كونار. "
        "وقال حاكم مديرية شيغال الذي جرت فيه المعارك: عثر قرويون على جثث عشرة أطفال."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_frustration_with_the_article_foils_nothing(gaz):
    text = "هاجم مسلحون أصابهم الإحباط نقطة تفتيش للشرطة في ولاية غزني."
    assert len(_incidents(text, gaz)) == 1
    # the foiling of an attack is told in construct
    assert _incidents("تمكنت الشرطة من إحباط هجوم على نقطة تفتيش في ولاية غزني.", gaz) == []


def test_then_after_the_told_event_is_its_moment_not_a_past_time(gaz):
    text = (
        "قتل عشرة مدنيين إثر سقوط قذيفة هاون على حفل زفاف في ولاية كابيسا. "
        "وأوضح المصدر أن الحادثة وقعت أثناء اشتباك بين القوات الأمنية ومسلحين، حينها سقطت "
        "قذيفة هاون على المنزل."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    # told of no event named, "حينها" is still a time gone by
    past = "وكانت المنطقة هادئة حينها وقتل فيها ثلاثة مدنيين."
    assert _steps(text.split(". ")[0] + ". " + past, gaz)[1] != CONTINUE


def test_a_span_of_years_tells_the_past(gaz):
    text = (
        "قتل ثلاثة جنود في هجوم على نقطة تفتيش في ولاية غزني. "
        "وأخفت الحركة لمدة عامين مقتل زعيمها الملا عمر."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3
    assert len(inc.sentences) == 1


def test_a_toll_that_may_rise_revises_nothing(gaz):
    # "عدد القتلى قد يرتفع": the count told after it is a part, not a new total
    text = (
        "قتل أكثر من 80 شخصا بعدما فجر انتحاري نفسه في تجمع في ولاية كونار. "
        "وقال مسؤول في المستشفى: أحصيت بنفسي 40 جثة ولكن عدد القتلى قد يرتفع."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 80
    # a toll that has risen replaces it
    (inc,) = _incidents(text.replace("قد يرتفع", "ارتفع إلى 90"), gaz)
    assert inc.killed == 90


def test_the_clearing_after_an_attack_is_the_attack_told(gaz):
    # "عمليات التطهير" (the clearing operations), definite: those after the event told
    text = (
        "سمع دوي انفجار كبير أعقبه إطلاق نار اليوم قرب مجمع وزارة الداخلية في العاصمة "
        "كابول. "
        "وأكد مصدر أمني أن عمليات التطهير جارية للتأكد من عدم بقاء مسلحين في المنطقة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_bomber_stopped_before_he_struck_is_no_event(gaz):
    # "أوقفت القوات انتحاريا يرتدي سترة محشوة بالمتفجرات": foiled, no bombing
    text = (
        "قتل عشرة مدنيين في انفجار قنبلة في ولاية قندهار. "
        "وعلى صعيد آخر، أوقفت القوات الأفغانية صباح الاثنين انتحاريا يرتدي سترة محشوة "
        "بالمتفجرات عند صعوده إلى حافلة للجيش."
    )
    assert len(_incidents(text, gaz)) == 1


def test_heroes_are_no_device_defused(gaz):
    # "أبطال" (heroes) and "إبطال" (defusing) are one word unvowelled; defusing needs
    # "مفعول" after it
    text = (
        "يفيد النبأ الواصل من ولاية ميدان وردك بأن أحد أبطال الإمارة نفذ صباح اليوم هجوما "
        "استشهاديا على مركز للقوات المحتلة في الولاية."
    )
    assert len(_incidents(text, gaz)) == 1
    text = "وقالت الشرطة إنها تمكنت من إبطال مفعول عبوة ناسفة زرعت على طريق في ولاية غزني."
    assert _incidents(text, gaz) == []


def test_bomb_disposal_named_as_a_trade_is_no_device_defused(gaz):
    # "خبراء إبطال مفعول المتفجرات": the men's trade, not a bomb defused (nor a blast)
    text = (
        "وقالت الوزارة إن جنديا قتل في دورية في إقليم هلمند.\n"
        "وأوضحت أن الجندي كان في دورية في منطقة سنجين لمساعدة فريق من خبراء إبطال مفعول "
        "المتفجرات عندما تعرض لإطلاق النار.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3008"
    assert inc.event_type == "attack"


def test_a_series_of_attacks_the_event_came_after_is_its_setting(gaz):
    text = (
        "قال قائد الشرطة إن ثلاثة انتحاريين هاجموا محكمة في إقليم وردك أمس فقتلوا ضابطين.\n"
        "يأتي الهجوم بعد سلسلة من الهجمات العنيفة في إقليم هلمند حيث تقاتل القوات الأفغانية "
        "حركة طالبان.\n"
        "وقال مسؤولون محليون إن 14 شرطيا قتلوا في اشتباكات عند نقاط تفتيش في منطقة ناوزاد.\n"
    )
    first, second = _incidents(text, gaz)
    assert first.location.province_pcode == "AF04"
    assert second.sentence.startswith("وقال مسؤولون")
    assert second.killed == 14


def test_a_tally_of_attacks_across_the_country_adds_none_of_its_dead_to_the_event(gaz):
    text = (
        "قتل نائب محافظ ومساعده وضابط شرطة في انفجار قنبلة في كابول يوم الثلاثاء. وقتل 44 "
        "شخصا على الأقل في هجمات مستهدفة عبر أفغانستان في نوفمبر، بحسب الأرقام الرسمية.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_an_office_named_in_construct_with_the_capital_is_another_provinces_speaker(gaz):
    # "المتحدث باسم شرطة العاصمة كابل" after an event in Herat: another event, Kabul's
    text = (
        "قال المتحدث باسم محافظ ولاية هرات إن تسعة من الشرطة قتلوا في هجوم على نقطة تفتيش.\n"
        "بدوره، أفاد المتحدث باسم شرطة العاصمة كابل بمقتل ثلاثة مدنيين إثر هجوم انتحاري "
        "ضرب العاصمة.\n"
    )
    herat, kabul = _incidents(text, gaz)
    assert (herat.location.province_pcode, kabul.location.province_pcode) == ("AF32", "AF01")
    assert kabul.killed == 3


def test_an_event_told_in_another_province_than_the_speakers_returns_to_the_one_told_there(
    gaz,
):
    text = (
        "قال رئيس مجلس ولاية بغلان إن 20 عنصرا من الأمن قتلوا في هجوم لمسلحين على مراكز "
        "أمنية في ولاية بغلان يوم الأحد.\n"
        "بدوره، أفاد المتحدث باسم شرطة العاصمة كابل بمقتل ثلاثة مدنيين إثر هجوم انتحاري.\n"
        "من جهتها، أعلنت حركة طالبان في بيان أن مسلحيها قتلوا 60 جنديا في هجوم ولاية بغلان.\n"
    )
    baghlan, kabul = _incidents(text, gaz)
    assert (baghlan.killed, baghlan.claimed_by) == (20, "Taliban")
    assert (kabul.location.province_pcode, kabul.killed) == ("AF01", 3)


def test_the_speaker_going_on_at_another_place_of_the_province_tells_the_same_event(gaz):
    text = (
        "قتل خمسة قرويين في قصف مدفعي للقوات الباكستانية على قرى في منطقة سركانو بولاية "
        "كونار، بحسب المتحدث باسم حاكم الولاية.\n"
        "مشيرا إلى أن بعض القذائف سقطت في أسد آباد، عاصمة كونار.\n"
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    # the speaker's "وأضاف" at the head, with no dead of its own
    added = text.replace("مشيرا إلى أن بعض", "وأضاف أن بعض")
    assert _steps(added, gaz) == [START, CONTINUE]
    # ... but dead of their own at another district, with no word on the event told, are
    # another event's
    own = text.split("\n")[0] + "\nوأضاف أن 9 مسلحين لقوا حتفهم بغارة للطيران في منطقة دانغام.\n"
    assert _steps(own, gaz) == [START, START]


def test_hours_of_fighting_before_the_toll_are_the_fights_length_not_a_later_event(gaz):
    text = (
        "قال حاكم ولاية بادغيس إن حركة طالبان هاجمت قاعدة عسكرية في منطقة بالا مرغاب.\n"
        "وأضاف أنه بعد ساعات من القتال العنيف قتل 30 من قوات الأمن وسيطرت الحركة على "
        "القاعدة.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 30


def test_dead_counted_at_other_places_with_no_word_for_how_are_another_event(gaz):
    text = (
        "قال حاكم ولاية بادغيس إن حركة طالبان هاجمت قاعدة عسكرية في منطقة بالا مرغاب وقتلت "
        "30 من قوات الأمن.\n"
        "ومضى قائلا إن 15 من عناصر طالبان قتلوا في مناطق أخرى بالإقليم خلال الليل.\n"
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (30, 15)


def test_the_dead_one_named_again_is_the_event_told(gaz):
    text = (
        "قتل عنصر من حرس الحدود الإيراني في اشتباكات مع مجموعة مسلحة بمحافظة سيستان "
        "وبلوشستان.\n"
        "لكن وكالة فارس أوردت أن القتيل هو الملازم أول علي دوست زادة الذي قتل في اشتباك "
        "مسلح بناحية جالق التابعة لسراوان.\n"
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_place_in_the_neighbour_told_only_as_a_country_narrows_the_event(gaz):
    # "منطقة باكستانية" then "في وزيرستان الشمالية": the same drone strike
    text = (
        "قال مسؤولون إن طائرة أمريكية بلا طيار أطلقت صاروخين على منطقة باكستانية على الحدود "
        "الأفغانية فقتلت عشرة أشخاص.\n"
        "وقال مسؤولون أمنيون إن صاروخين أطلقا على منطقة خايسور في وزيرستان الشمالية.\n"
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_rising_tension_between_states_told_with_what_fed_it_is_background(gaz):
    text = (
        "قال مسؤولون إن صواريخ أطلقت من باكستان أصابت قرية في ولاية خوست وقتلت امرأة وثلاثة "
        "أطفال.\n"
        "وتصاعد التوتر بين الجارتين حيث تقول باكستان إن 11 من جنودها قتلوا في ضربة جوية "
        "للقوات الأمريكية الشهر الماضي.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.event_type) == (4, "shelling")


def test_the_main_cause_of_the_dead_of_a_war_is_a_trend_not_an_event(gaz):
    text = (
        "قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما في ولاية هلمند يوم الأحد.\n"
        "ويقول المسؤولون العسكريون إن القنابل اليدوية الصنع هي السبب الرئيسي في قتل الجنود "
        "في أفغانستان.\n"
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 1


def test_a_speaker_elsewhere_than_the_part_of_the_country_told_does_not_place_it(gaz):
    # the lead tells the south-east; the spokesman spoke at Bagram, north of Kabul
    text = (
        "أعلن متحدث عسكري أمريكي أن قاعدة للجيش الأمريكي في جنوب شرق أفغانستان تعرضت "
        "لهجوم بالصواريخ يوم السبت. وقال الكولونيل خلال مؤتمر صحافي في قاعدة باغرام الجوية "
        "إن عشرات الصواريخ أطلقت على القاعدة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is None


def test_the_base_after_a_word_of_place_is_no_group_speaking(gaz):
    # "القاعدة" is the base here ("داخل القاعدة"), not al-Qaeda
    text = (
        "تعرضت قاعدة للجيش الأمريكي في ولاية خوست لهجوم بالصواريخ. وأضاف المتحدث "
        '"أصاب صاروخ داخل القاعدة وتسبب في اندلاع حرائق صغيرة".'
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_a_group_condemning_the_attack_does_not_claim_it(gaz):
    text = (
        "قتل عشرون شخصا في هجوم انتحاري استهدف تجمعا لعلماء الدين في العاصمة كابول. "
        "وقال المتحدث باسم حركة طالبان في بيان إن الحركة تدين بشدة الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by is None


def test_a_reminder_that_the_told_events_toll_rose_is_its_toll(gaz):
    # "يذكر أن" opens what the reader should know, but here it is the event's own toll
    text = (
        "قتل عشرون شخصا في هجوم انتحاري استهدف تجمعا لعلماء الدين في العاصمة كابول. "
        "يذكر أن السلطات قد أعلنت أن حصيلة قتلى الانفجار ارتفعت إلى 50 شخصا على الأقل، إلى "
        "جانب إصابة 83 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (50, 83)


def test_the_town_abroad_told_again_with_its_province_goes_on(gaz):
    text = (
        "لقي عشرة أشخاص مصرعهم في هجوم انتحاري وقع على منفذ تشمن الحدودي بين باكستان "
        "وأفغانستان. وقالت مصادر أمنية إن مهاجما انتحاريا فجر نفسه بالقرب من نقطة لقوات حرس "
        "الحدود في بلدة تشمن بإقليم بلوشستان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"
    assert len(inc.sentences) == 2


def test_the_several_sites_of_one_event_are_no_other_event(gaz):
    text = (
        "قتل 36 شخصا عندما شن خمسة انتحاريين هجوما على مدينة زرنج عاصمة ولاية نيمروز. "
        "وقتل اثنان منهم برصاص قوات الأمن، ولكن الثلاثة الآخرين فجروا أنفسهم في ثلاثة مواقع "
        "مختلفة من المدينة."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 2


def test_a_generic_word_after_a_lead_of_only_a_toll_keeps_its_guess(gaz):
    # militants the only dead: a clash; "هاجموا" told after it says no more than that
    text = (
        "قالت وزارة الدفاع إن ثمانية مسلحين قتلوا في ولاية باكتيا. "
        "وأضافت الوزارة أن مسلحين هاجموا نقطة تفتيش قبل العملية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "armed_clash"


def test_the_aircraft_told_again_as_shot_down_places_the_claim(gaz):
    text = (
        "أعلنت حركة طالبان إسقاط مروحية عسكرية لحلف شمال الأطلسي في شرق أفغانستان ما تسبب "
        "في مصرع سبعة جنود. وقال المتحدث باسم الحركة إن المروحية أسقطت في مديرية شاه ولي "
        "كوت بولاية قندهار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2706"


def test_the_people_of_a_tally_named_again_are_background_too(gaz):
    text = (
        "قتل ثلاثة جنود من حلف شمال الأطلسي في انفجار عبوة ناسفة في ولاية هلمند. "
        "وقد قتل هذا العام ما لا يقل عن 290 جنديا من القوات الأطلسية في أفغانستان. "
        "وقتل عدد كبير من هؤلاء الجنود برصاص عسكريين أفغان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_the_groups_own_claim_of_a_figure_is_another_version_not_more_dead(gaz):
    text = (
        "فتح أربعة من رجال الشرطة النار على زملائهم في ولاية قندهار. وقال الناطق باسم شرطة "
        "قندهار إن ثلاثة من أفراد الشرطة قتلوا. وزعمت الحركة أن المهاجمين قتلوا ثمانية من "
        "الشرطة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_the_dead_told_again_by_a_definite_count_are_not_added_twice(gaz):
    # "رجال الشرطة الستة": the six told in the lead; the two attackers add to them
    text = (
        "قتل ستة من رجال الشرطة في هجوم شنه مسلحون على موقع عسكري في ولاية فرح. "
        "وقال مسؤول أمني إن المسلحين هاجموا الموقع وقتلوا رجال الشرطة الستة، كما قتل اثنان "
        "من المهاجمين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 8


def test_an_event_to_prevent_is_no_other_event(gaz):
    text = (
        "قتل 11 شخصا عندما فجر انتحاري نفسه عند معبر حدودي في ولاية قندهار. "
        "وأقفلت الحدود بعد التفجير، وعزز الأمن على الجانبين تجنبا لاعتداء مماثل. "
        "وفي الوقت ذاته، قتل 12 شرطيا عندما فجر انتحاري سترة ناسفة في مدينة ترينكوت."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, len(first.sentences)) == ("AF27", 2)
    assert second.sentence.startswith("وفي الوقت ذاته")


def test_a_sections_title_ending_in_a_colon_announces_the_next_incident(gaz):
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن هجوم بعبوة ناسفة على دورية في ولاية خوست.\n"
        "مقتل جنديين أمريكيين في كابول:\n"
        "وكان انفجار ضخم قد وقع فجر يوم السبت الماضي خارج السفارة الألمانية في كابول."
    )
    khost, kabul = _incidents(text, gaz)
    assert khost.location.province_pcode == "AF14"
    assert kabul.location.province_pcode == "AF01"
    assert kabul.killed == 2  # the title's figure


def test_another_operation_in_the_speakers_further_word_is_no_new_event(gaz):
    text = (
        "أعلن الجيش الباكستاني مقتل أربعة جنود بعد أن استهدف مسلحون مركبة لقوات الأمن. "
        "وأضاف الجيش في بيان أن الهجوم وقع في منطقة سبينوام بشمال وزيرستان، موضحا أن عملية "
        "أخرى جارية للرد على هجوم المسلحين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"
    assert len(inc.sentences) == 2


def test_an_event_told_in_a_month_of_its_own_is_another_event(gaz):
    text = (
        "قتل أربعة مدنيين وأصيب 34 بجروح في هجوم انتحاري يوم الخميس في مدينة لشكركاه. "
        "وفي كانون الثاني/يناير قتل 17 شخصا في هجوم في ولاية هلمند أيضا."
    )
    first, second = extract_article(
        text, gazetteer=gaz, article_id="t", published=date(2008, 5, 10)
    )
    assert (first.killed, first.wounded) == (4, 34)
    assert second.killed == 17


def test_a_span_since_an_earlier_attack_is_background(gaz):
    text = (
        "لقي أربعة أشخاص حتفهم في غارة نفذتها طائرة أمريكية بدون طيار على منطقة شمال "
        "وزيرستان. ومنذ الهجوم الذي أودى بحياة سبعة من عناصر وكالة الاستخبارات في ديسمبر "
        "الماضي، تزايدت الهجمات بطائرات بدون طيار في المنطقة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 4


@pytest.mark.parametrize(
    "text",
    [
        # the group's fighters right after the verb speak for it
        "أعلن مقاتلو حركة طالبان اليوم أنهم قتلوا أربعة عشر جنديا أمريكيا بإقليم باكتيكا.",
        # "تبنته": claimed it, the object a pronoun
        "أصيب أربعة جنود إثر تفجير انتحاري تبنته حركة طالبان استهدف منشأة عسكرية في إقليم لوغار.",
    ],
)
def test_a_claim_told_by_the_groups_fighters_or_with_a_pronoun_names_the_group(gaz, text):
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_the_second_strike_told_is_another_event_but_the_second_bomb_is_not(gaz):
    strikes = (
        "استهدفت غارات جوية متمردي طالبان في إقليم هلمند. وقال الجنرال إن الغارات نفذت على "
        "أطراف مدينة لشكركاه ومقاطعة ناوا. وأضاف أن ستة مسلحين قتلوا في الغارة الجوية الأولى "
        "التي نفذت بمدينة لشكركاه. وقال إن الغارة الجوية الثانية نفذت بمقاطعة ناوا وأسفرت عن "
        "مقتل سبعة متمردين."
    )
    first, second = _incidents(strikes, gaz)
    assert (first.killed, second.killed) == (6, 7)
    assert second.location.district_pcode == "AF3003"
    bombs = (
        "قتل ثمانية أشخاص في انفجار قنبلتين على طريق في ولاية قندهار، وانفجرت القنبلة الأولى "
        "قرب مدينة سبين بولدك لدى مرور سيارة، وعندها انفجرت القنبلة الثانية."
    )
    (inc,) = _incidents(bombs, gaz)
    assert inc.killed == 8


def test_a_clause_deeming_the_event_is_a_word_on_it_not_another_event(gaz):
    text = (
        "قتل 23 شخصا في تفجير انتحاري قرب مسجد في جنوب غربي أفغانستان، فيما يعد التفجير "
        "الانتحاري الثاني الذي يقع في ولاية نيمروز خلال أقل من أسبوع."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF34"


def test_a_while_clause_in_a_sentence_about_the_event_tells_its_setting(gaz):
    text = (
        "اندلع اشتباك بين مسلحي حركة طالبان وتنظيم داعش في مقاطعة تشابرهار بإقليم ننجرهار. "
        "وقالت حكومة الإقليم إن مسلحي داعش هم من بدأوا الاشتباك بينما كانوا يتعرضون لضغط "
        "شديد من القوات الأمنية في مناطق أخرى في الإقليم."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.sentences) == 2


def test_the_forces_operations_under_way_are_a_campaign_not_an_event(gaz):
    text = (
        "قتل 21 مسلحا من طالبان وسبعة من داعش في اشتباك في مقاطعة تشابرهار بإقليم ننجرهار. "
        "وتنفذ قوات الأمن الأفغانية الآن عمليات لمكافحة الإرهاب تحت اسم حمزة في مقاطعة أتشين."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF0604"


def test_the_claimant_is_the_subject_of_the_claiming_verb_however_described(gaz):
    text = (
        'أعلنت جماعة "حزب الإسلام" المتمردة ذات الصلة بحركة طالبان مسؤوليتها عن التفجير '
        "الانتحاري الذي استهدف رتلا للقوات الغربية في العاصمة كابول وأودى بحياة ستة أشخاص."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Hezb-e Islami"


def test_the_dead_of_an_earlier_time_a_record_is_compared_with_are_not_added(gaz):
    text = (
        "قتل ستة أشخاص في تفجير انتحاري استهدف رتلا للقوات الغربية في العاصمة كابول. "
        "ويعد هذا الانفجار الأكبر الذي يقع في كابول منذ شهر مارس الماضي، حينما فجر انتحاري "
        "نفسه بالقرب من وزارة الدفاع، مما أسفر عن مقتل تسعة أشخاص."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 6


def test_a_term_of_office_after_wilaya_names_no_province(gaz):
    # "لولاية الرئيس الثانية": the president's second term, not a province named الرئيس
    text = "قتل 23 شخصا أمس في تفجيرات في أفغانستان، ما يشكل بداية دامية لولاية الرئيس الثانية."
    (inc,) = _incidents(text, gaz)
    assert not any(p.resolved for p in inc.places)


def test_a_dateline_of_two_provinces_places_no_event_by_itself(gaz):
    text = (
        "قندهار - كابول - وكالات\n"
        "أعلنت قوات إيساف مقتل أحد جنودها في انفجار قنبلة في جنوب البلاد يوم الخميس."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location is None

    from incidents.mentions import dateline_span

    start, end = dateline_span(text)
    assert text[start:end] == "قندهار - كابول"


def test_a_lead_that_blames_in_its_last_clause_tells_the_event(gaz):
    text = (
        "قتل 11 مدنيا بينهم خمسة أطفال يوم الجمعة في انفجار قنبلة لدى مرور آليتهم في جنوب "
        "أفغانستان، على ما أعلن مسؤولون في الشرطة اتهموا عناصر طالبان."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2009, 7, 18))
    assert inc.sentence.startswith("قتل 11 مدنيا")
    assert inc.event_date == "2009-07-17"


def test_a_persons_part_in_past_attacks_is_background(gaz):
    text = (
        "قتل أفغاني في عملية دهم نفذتها القوات الأمريكية غرب ولاية هيرات. وكشف الجيش أن "
        "القتيل تورط في هجمات ضد قوات التحالف في ولايات هلمند وقندهار وهيرات."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF32"


def test_what_the_city_sees_daily_is_no_background_of_the_event(gaz):
    text = (
        "لقي ستة أشخاص حتفهم أمس في هجوم انتحاري بدراجة نارية مفخخة استهدف سيارة للسفارة "
        "البريطانية في كابول التي تشهد حاليا هجمات شبه يومية."
    )
    steps = _steps(text, gaz)
    assert steps[0] == "start"


def test_the_group_itself_telling_a_figure_is_another_version(gaz):
    text = (
        "ارتفعت حصيلة القتلى جراء التفجير الانتحاري في العاصمة كابول إلى تسعة أشخاص. "
        "وقالت الجماعة عبر وسائل إعلام تابعة لها إن العملية خلفت مقتل أكثر من 200 شخص."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 9


def test_the_toll_told_before_the_one_given_is_no_figure_of_the_event(gaz):
    text = (
        "ارتفعت حصيلة ضحايا التفجير الانتحاري الذي هز كابول أمس إلى 13 قتيلا. وكانت الحصيلة "
        "السابقة للهجوم بلغت 11 قتيلا و25 جريحا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 13


def test_the_aircraft_in_the_plural_told_again_abroad_goes_on(gaz):
    text = (
        "لقي ثمانية أشخاص حتفهم في غارة صاروخية شنتها طائرات أمريكية بدون طيار على وزيرستان "
        "الشمالية. وأوضح مسؤولون أمنيون أن الطائرات الأمريكية أطلقت أربعة صواريخ على سيارة "
        "في بلدة غلام خان."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.country == "PK"
    assert len(inc.sentences) == 2


def test_an_official_of_another_province_naming_the_event_takes_up_the_earlier_one(gaz):
    text = (
        "قال مسؤولون إن عدد القتلى جراء انفجار سيارة مفخخة عند القنصلية الألمانية في "
        "أفغانستان ارتفع إلى أربعة. وكان أكثر من 30 مدنيا قتلوا في سلسلة ضربات جوية في ولاية "
        "قندوز الأسبوع الماضي. وقال المتحدث باسم حاكم إقليم بلخ إن الهجوم الذي وقع يوم "
        "الخميس كان قويا للغاية."
    )
    consulate, kunduz = _incidents(text, gaz)
    assert consulate.location.province_pcode == "AF21"
    assert kunduz.location.province_pcode == "AF19"


def test_the_province_told_after_a_district_officials_placement_keeps_his_district(gaz):
    text = (
        "ارتفعت حصيلة قتلى هجوم طالبان على نقطتي تفتيش عسكريتين إلى 20 جنديا. وقال هاجي "
        "غوزودين، محافظ مقاطعة بشت رود، إن طالبان نفذت الهجوم في وقت متأخر من مساء أمس. "
        "وأضاف أن المسلحين هاجموا النقطتين في ولاية فراه."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3302"


def test_the_length_of_the_fighting_read_at_its_own_after_is_no_later_event(gaz):
    # "بعد أن اقتحم" comes first; "بعد ساعات من الاشتباكات" is the told fight's length
    text = (
        "صدت قوات الأمن هجوما شنه مسلحون على مركز مديرية في ولاية تخار. "
        "وقال مسؤول محلي إن الهجوم وقع في منتصف الليل، بعد أن اقتحم عشرات المسلحين مركز "
        "مديرية خواجه بهاء الدين، ولكن قوات الأمن تصدت لهم بعد ساعات من الاشتباكات العنيفة."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF1814"


def test_a_sentence_without_an_event_word_that_tells_the_district_narrows_the_province(gaz):
    text = (
        "قتل 36 مسلحا خلال عمليات عسكرية في ولاية بلخ شمال أفغانستان. "
        "وقال الجيش في بيان إن قوات الأمن نفذت عملياتها في قرية سيا آب في مديرية شولغارا."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF2107"
    # a district of another province is not this incident's
    other = _incidents(
        "قتل 36 مسلحا خلال عمليات عسكرية في ولاية بلخ شمال أفغانستان. "
        "وقال الجيش في بيان إن قوات الأمن نفذت عملياتها في مديرية سنجين.",
        gaz,
    )
    assert other[0].location.district_pcode is None


def test_a_clause_opened_by_haythu_after_a_place_describes_the_place_not_the_time(gaz):
    text = (
        "قتل خمسة من رجال الشرطة أمس في ولاية لوغار. "
        "وقال المتحدث إن مسلحين نصبوا كمينا لرجال الشرطة بمديرية بركي برك، حيث شنت طالبان "
        "هجمات متكررة على قوات الأمن."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF0502"


def test_also_between_two_figures_of_one_sentence_restates_them_with_the_lead(gaz):
    text = (
        "أسفر انفجار قنبلة في سوق مكتظة عن سقوط خمسة قتلى و17 جريحا في مدينة قندهار. "
        'وقال طبيب في المستشفى "تلقينا جثث خمسة أشخاص" قتلوا في التفجير و"كذلك 17 جريحا".'
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (5, 17)


def test_the_dead_of_another_side_told_later_add_to_a_group_counted_after_min(gaz):
    # "18 من أفراد قوى الأمن": the group counted is named after "من"; the twenty
    # insurgents the authorities killed are another side, added
    text = (
        "أعلن مسؤولون أن 18 جنديا أفغانيا قتلوا في هجوم لطالبان في مديرية جرم بولاية بدخشان. "
        'وصرح المتحدث باسم الولاية أن "18 من أفراد قوى الأمن قتلوا، بينهم ثمانية قطعت رؤوسهم". '
        "أما السلطات المحلية فقد أكدت أنها قتلت عشرين متمردا."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 38


def test_the_clashes_told_after_an_attack_make_it_an_armed_clash(gaz):
    text = (
        "قال مسؤولون إن مقاتلي طالبان شنوا هجوما على عاصمة ولاية أرزكان. "
        "وذكر رئيس مجلس الولاية أن الاشتباكات خلال الليل خلفت سبعة قتلى من جانب الحكومة."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.event_type == "armed_clash"


def test_attacks_of_recent_weeks_are_background_and_place_nothing(gaz):
    text = (
        "قتل نحو 40 مسلحا في عمليات نفذتها القوات الأمنية غربي البلاد. "
        "وقال رئيس شرطة ولاية فرح إن القوات نفذت عملية إثر سيطرة المسلحين على نقاط تفتيش "
        "قتل فيها 24 شرطيا. "
        "وكانت الحركة قد نفذت في الأسابيع الأخيرة هجمات دامية في العاصمة كابل."
    )
    # the operation and the seizure it answered, both in Farah; none in the capital
    got = [(i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF33", 40), ("AF33", 24)]


def test_a_toll_told_on_a_day_of_its_own_is_another_event(gaz):
    text = (
        "قتل خمسة جنود أمس في هجوم لطالبان على نقطة تفتيش في ولاية فراه. "
        "وقتل 25 شرطيا في 6 نوفمبر في مديرية بشت رود بالولاية."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2017, 11, 27))
    assert [i.killed for i in incidents] == [5, 25]
    assert incidents[1].event_date == "2017-11-06"


def test_the_dead_told_again_at_a_place_place_a_lead_the_dateline_placed(gaz):
    text = (
        "قندوز (أ ف ب) - قتل أحد قادة طالبان البارزين في غارة جوية. "
        "فقد قتل الملا القائد مع خمسة آخرين خلال اجتماع في منزل في مديرية دشت ارچی."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF1906"
    # dead told in another part of the country than the lead's region place nothing
    other = _incidents(
        "قال متحدث إن مسؤولا محليا قتل اليوم في جنوبي أفغانستان جراء قنبلة. "
        "كما قالت الوزارة إن القوات قتلت ثلاثة مسلحين في كابل.",
        gaz,
    )
    assert other[0].location is None or other[0].location.province_pcode != "AF01"


def test_another_sources_account_after_but_and_a_speakers_earlier_figure_keep_the_toll(gaz):
    text = (
        "لقي 12 شخصا حتفهم في انفجار سيارة ملغومة في مدينة خوست. "
        "وقال قائد الشرطة في الولاية إن 12 شخصا قتلوا وأصيب ثمانية آخرون. "
        "ولكن بحسب المتحدث باسم وزارة الداخلية، قتل 13 شخصا وأصيب ثمانية آخرون. "
        "وقال المتحدث في وقت سابق إن 18 شخصا قتلوا وأصيب ستة آخرون."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (12, 8)


def test_an_earlier_report_quoting_its_source_before_that_keeps_the_toll(gaz):
    text = (
        "قتل 11 شخصا وأصيب 31 في انفجار سيارة مفخخة استهدف حافلة في مدينة خوست. "
        "وكانت وكالة الأنباء الرسمية أشارت في وقت سابق نقلا عن مصدر أمني كذلك أن 18 "
        "شخصا قتلوا في الانفجار."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 11


def test_an_event_framed_in_a_past_week_of_its_own_is_another_event(gaz):
    text = (
        "أسد آباد: أعلنت الشرطة الأفغانية الأربعاء أنها صدت هجوما شنه مئات من عناصر طالبان "
        "في منطقة جبلية شرق أفغانستان. وأكد المتحدث أن أربعة متمردين قتلوا في المعارك. "
        "وفي نهاية الأسبوع الماضي، شنت طالبان مجموعة من الهجمات على قندهار (جنوب) أسفرت عن "
        "مقتل عشرين متمردا."
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 2
    assert incidents[0].location is None or incidents[0].location.province_pcode != "AF27"
    assert incidents[1].location.province_pcode == "AF27"


def test_the_sentence_after_an_unplaced_lead_that_says_where_places_it(gaz):
    text = (
        "اجتاح مئات من مسلحي طالبان منطقة إستراتيجية في إقليم أفغاني مهم وقتلوا عشرات "
        "الأشخاص. وقال نائب قائد الشرطة إن حكومة الإقليم فقدت الاتصال مع الشرطة في منطقة "
        "أجرستان. وأشار إلى أن المساعدة لم تصل."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF1118"
    # nor only right after it: sentences of the lead that told no place may come between
    later = (
        "اجتاح مئات من مسلحي طالبان منطقة إستراتيجية في إقليم أفغاني مهم وقتلوا عشرات "
        "الأشخاص. وأكد المتحدث أن المعارك استمرت أياما. وقال مسؤول إن الحكومة فقدت الاتصال "
        "مع الشرطة في منطقة أجرستان."
    )
    (inc,) = _incidents(later, gaz)
    assert inc.location.district_pcode == "AF1118"
    # "وقال مسؤولون محليون في إقليم غور ..." after two sentences of an event told in
    # the centre of the country
    centre = (
        "قال مسؤولون إن مسلحين أوقفوا حافلتين في وسط البلاد وقتلوا 14 من الركاب. "
        "وقال متحدث باسم وزارة الداخلية إن القتل يهدف إلى بث الرعب. "
        "وكان من بين القتلى ثلاث نساء. "
        "وقال مسؤولون محليون في إقليم غور إن معظم الركاب من الهزارة."
    )
    (inc,) = _incidents(centre, gaz)
    assert inc.location.province_pcode == "AF23"


def test_a_word_inside_a_place_name_is_no_background_marker(gaz):
    # "سوف" (will) is the second word of Dara-e Suf
    text = "قال حاكم الإقليم إن قائد الأمن وجنوده قتلوا في هجوم في منطقة دارا سوف ليل أمس."
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF20"


def test_a_lead_without_a_place_is_placed_by_the_next_event_of_a_compatible_type(gaz):
    text = (
        "لقي عدد من مقاتلي طالبان مصرعهم في جنوب أفغانستان بينهم قائد يعتقد أنه مسؤول عن "
        "الهجمات. وأضافت قوات التحالف في بيان أنها قصفت المجمع الذي يختبئ فيه يوم الجمعة في "
        "مقاطعة موسى قلعة بإقليم هلمند."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3009"


def test_the_times_an_event_came_amid_are_its_setting_not_an_event(gaz):
    text = (
        "قتل خمسة جنود في هجوم في ولاية هلمند. وجاء الهجوم في الوقت الذي صعد فيه مقاتلو "
        "طالبان عملياتهم في مناطق مختلفة من أفغانستان، بما في ذلك إقليم قندهار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF30"


def test_in_this_province_makes_the_speakers_province_the_events_own_place(gaz):
    # "في هذه الولاية": the office's province is where it happened, so an event told next
    # at another province is another one
    text = (
        "قال قائد شرطة ولاية خوست إن عنصرا من طالبان قتل مساء الخميس في هذه الولاية عندما "
        "حاول زرع عبوة ناسفة. وذكر مسؤول آخر أن قافلة للجيش تعرضت الجمعة لهجوم في ولاية "
        "فراه قتل فيه سائق."
    )
    assert [i.location.province_pcode for i in _incidents(text, gaz)] == ["AF14", "AF33"]
    # and a district of that province told later narrows the same event
    text = (
        "أعلن حاكم ولاية خوست الأحد اختطاف مهندسين هنديين. ولم تستطع سفارة الهند في كابول "
        "أن تؤكد نبأ الاختطاف الذي جرى يوم الجمعة في هذه الولاية. وكان المهندسان يبنيان "
        "جسرا في مديرية تاني حين خطفهما مسلحون."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF1404"


def test_a_superlative_compares_with_an_earlier_event_up_to_eight_words_before_since(gaz):
    text = (
        "قتل 30 شخصا في انفجار في ولاية لوغر اليوم. وهذا أكبر عدد من الضحايا يسقط في هجوم "
        "واحد منذ مقتل 40 شخصا في هجوم على السفارة الهندية في كابول في 7 مارس آذار 2010م. "
        "وفي شرق البلاد اجتاح مقاتلو طالبان مباني حكومية في مديرية بارج ماتال بولاية نورستان."
    )
    logar, kabul, nuristan = _incidents(text, gaz)
    assert (logar.location.province_pcode, logar.killed) == ("AF05", 30)
    assert (kabul.location.province_pcode, kabul.killed) == ("AF01", 40)
    assert nuristan.location.province_pcode == "AF16"


def test_the_event_named_again_at_the_place_its_lead_set_it_beside_is_the_same_event(gaz):
    text = (
        "قتل أربعة جنود أمريكيين في تفجير مدرعة في مديرية باجرام شمال العاصمة الأفغانية "
        "كابول. ولم تعلق القوات الأمريكية على التفجير الأخير في شمال العاصمة الأفغانية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF0302"


def test_attacks_in_the_plural_told_after_the_country_sum_the_events_told_next(gaz):
    text = (
        "أفاد مصدر رسمي أن خمسة أشخاص قتلوا منذ مساء الخميس في أفغانستان في هجمات نسبت إلى "
        "طالبان. وقال قائد شرطة ولاية خوست إن عنصرا من طالبان قتل مساء الخميس في هذه الولاية "
        "عندما حاول زرع عبوة ناسفة. وذكر مسؤول أن قافلة للجيش تعرضت الجمعة لهجوم في ولاية "
        "فراه قتل فيه سائق."
    )
    placed = [(i.location.province_pcode, i.killed) for i in _incidents(text, gaz) if i.location]
    assert placed == [("AF14", 1), ("AF33", 1)]


def test_a_place_framed_at_the_head_with_its_province_tells_its_own_event(gaz):
    # the frame names the town as a province's capital before its comma; the second
    # rocket told in passing is not placed there
    text = (
        "قتل ستة أطفال بسقوط صاروخ على مدرسة في أسد آباد عاصمة ولاية كونار أمس. وأشار "
        "المسؤول إلى أن إطلاق صاروخ ثان لم يسفر عن سقوط ضحايا. وفي جلال آباد عاصمة ولاية "
        "ننغرهار المجاورة لكونار، أدى انفجار قنبلة إلى سقوط خمسة جرحى، لكن الشرطة أعلنت أن "
        "هدف الاعتداء غير واضح."
    )
    at = {i.sentence[:10]: i.location.province_pcode for i in _incidents(text, gaz)}
    assert at["وفي جلال آ"] == "AF06"
    assert at.get("وأشار المس") != "AF06"


def test_this_operation_after_the_sentences_own_indefinite_event_names_that_one(gaz):
    text = (
        "قال الحلف إن ثلاثة جنود أصيبوا أمس بانفجار استهدف موقعا قتاليا بولاية بكتيكا. "
        "كما أكدت القوة الدولية وقوع اشتباك مع مسلحين بأحد المنازل بولاية بكتيكا أمس، مما "
        "أسفر عن مقتل عدد من المسلحين بهذه العملية."
    )
    assert [i.event_type for i in _incidents(text, gaz)] == ["ied", "armed_clash"]


def test_an_ambush_told_by_a_neighbours_governor_at_an_area_of_its_province_is_one(gaz):
    # and the rockets of the ambush are its own fire, no shelling
    text = (
        "قتل مسلحون من حركة طالبان سبعة من رجال الشرطة في كمين نصبوه في إقليم قندهار. وقال "
        "حاكم إقليم أرزكان إن الحادث وقع حين كانت الشرطة تسير في قافلة في منطقة من قندهار "
        "قريبة من أرزكان. وأضاف أن صواريخ المسلحين أصابت سيارتين من القافلة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.event_type, inc.killed) == ("AF27", "attack", 7)


def test_a_border_named_to_say_where_puts_the_text_in_no_other_country(gaz):
    # "قرب الحدود الباكستانية" leaves the text in Afghanistan: a province read loosely
    # after it ("بإقليم بكتيك", Paktika cut short) still counts
    text = (
        "قال متحدث إن القوات قتلت أربعة مسلحين خلال معركة قرب الحدود الباكستانية. وقال "
        "المتحدث إن المسلحين فتحوا النار على دورية قرب قاعدة في شكين بإقليم بكتيك."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF12"


def test_an_event_its_clause_dates_to_last_week_places_no_event_of_today(gaz):
    text = (
        "قتلت القوات أربعة مسلحين في معركة قرب الحدود أمس. وفي هجوم منفصل انفجرت قذائف قرب "
        "نقطة تفتيش حدودية. وأضاف المتحدث أن القوات لن تحد من جهود البحث عقب التفجير "
        "الانتحاري الذي وقع في الأسبوع الماضي في كابول."
    )
    separate = next(i for i in _incidents(text, gaz) if i.sentence.startswith("وفي هجوم"))
    assert separate.location is None
    # an event told in that week itself is placed by it
    text = (
        "قال الجيش إنه سيحقق في غارة جوية نفذت الأسبوع الماضي. وقال مسؤولون إن الغارة "
        "الجوية التي نفذت الأسبوع الماضي كانت في إقليم قندهار."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF27"


def test_the_other_sides_dead_told_also_place_the_lead_and_add_to_it(gaz):
    text = (
        "قال مسؤول إن سبعة جنود أفغان قتلوا الخميس في هجوم شنه عناصر من حركة طالبان على حاجز "
        "تفتيش. وقال مسؤول أمني إن أربعة مسلحين قتلوا أيضا في معركة دامت بضع ساعات في مديرية "
        "شاه جوي بولاية زابل."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF26", 11)


def test_the_pluperfect_of_a_relative_clause_leaves_the_sentence_its_own_event(gaz):
    text = (
        "أعدمت طالبان رميا بالرصاص اثنين من الرهائن الذين كانت قد اختطفتهم من الحافلات في "
        "ولاية قندوز."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF19", 2)


def test_dead_since_the_fighting_began_days_ago_are_the_fights(gaz):
    # "منذ بدء القتال هناك قبل يومين": the fight told, begun days ago, not the war
    lead = "استولى المسلحون على مركز مديرية ميزان في زابل إثر مواجهات مع الجيش. "
    toll = "وأوضح المسؤول أن جنديين قتلا منذ بدء القتال هناك قبل يومين."
    (inc,) = _incidents(lead + toll, gaz)
    assert (inc.location.district_pcode, inc.killed) == ("AF2604", 2)
    # the span a few words on: "في منطقة ميزان قبل يومين"
    further = toll.replace("هناك قبل", "في منطقة ميزان قبل")
    (inc,) = _incidents(lead + further, gaz)
    assert inc.killed == 2
    # since the fighting began, with no days ago, is the war's tally
    war = "وقال مسؤول إن ألفي جندي قتلوا منذ بدء القتال في البلاد."
    (inc,) = _incidents(lead + war, gaz)
    assert inc.killed is None


def test_dead_framed_in_the_same_province_are_another_event_there(gaz):
    # "وأضاف أنه في الإقليم ذاته، قتل ...": dead of their own, framed by "the same
    # province", another event there, placed at its province only
    text = (
        "انفجر لغم بسيارة للجيش وسط مدينة غزني صباح اليوم. "
        "وقال قائد الشرطة إن شرطيين قتلا في الانفجار. "
        "وأضاف أنه في الإقليم ذاته، قتل سائقان حين أطلق مجهولون الرصاص على شاحنتي وقود."
    )
    assert _steps(text, gaz) == [START, CONTINUE, START]
    second = _incidents(text, gaz)[1]
    assert (second.location.province_pcode, second.location.district_pcode) == ("AF11", None)
    assert second.killed == 2
    # the same province named as where the told event's dead lay: no frame, no new event
    same = text.rsplit(". ", 1)[0] + ". وأضاف أن سائقين قتلا أيضا في الانفجار في الإقليم ذاته."
    assert _steps(same, gaz) == [START, CONTINUE, CONTINUE]


def test_a_figure_of_an_earlier_event_with_another_that_belies_it_is_the_open_ones(gaz):
    # the open bombing's dead and wounded told with "في الانفجار"; an earlier attack had
    # as many dead but other wounded: the sentence tells the open one
    text = (
        "لقي شخصان حتفهما وجرح عشرون بهجوم على مقر حكومي بمديرية جاجي ميدان في خوست. "
        "كذلك، انفجر لغم بسيارة للجيش وسط مدينة غزني. "
        "وأفاد نائب قائد شرطة غزني بأن جنديين قتلا وجرح أربعة آخرون في الانفجار."
    )
    incidents = _incidents(text, gaz)
    assert [(i.location.province_pcode, i.killed, i.wounded) for i in incidents] == [
        ("AF14", 2, 20),
        ("AF11", 2, 4),
    ]


def test_other_attacks_pledged_are_no_other_event(gaz):
    # "قبل أن تتوعد بهجمات أخرى": attacks to come, threatened, none told
    lead = "تعرضت قافلة نرويجية لهجوم قرب مدينة ميمنة مساء الجمعة. "
    toll = (
        "وقتل جندي وجرح اثنان في الهجوم الذي أعلنت الحركة مسؤوليتها عنه قبل أن تتوعد بهجمات أخرى."
    )
    assert _steps(lead + toll, gaz) == [START, CONTINUE]
    # other attacks told as done are another event
    done = "وقتل جندي وجرح اثنان في هجمات أخرى نفذها المسلحون في ولاية بغلان."
    assert _steps(lead + done, gaz)[1] == START
    # "carried out" another attack is done, no pledge
    carried = "وقام انتحاري بتنفيذ هجوم آخر قتل فيه جنديان في ولاية بغلان."
    assert _steps(lead + carried, gaz)[1] == START


def test_the_open_events_noun_named_again_takes_its_figures_over_an_earlier_count(gaz):
    # an earlier bombing killed one; the open attack, told as "لهجوم", is named again
    # "في الهجوم" with one dead: the open one's dead, no retelling of the earlier one
    text = (
        "قتل جندي في انفجار قنبلة جنوب أفغانستان الأحد. "
        "والخميس تعرضت قافلة نرويجية لهجوم قرب مدينة ميمنة. "
        "وقتل جندي نرويجي وجرح ثلاثة في الهجوم."
    )
    incidents = _incidents(text, gaz)
    assert [(i.killed, i.wounded) for i in incidents] == [(1, None), (1, 3)]


def test_other_sites_ending_the_list_an_attack_struck_tell_no_other_event(gaz):
    lead = "لقي ثلاثة حراس حتفهم بهجوم لمسلحين على مقر حكومي وسط كابول. "
    told = 'وزعم متحدث الحركة أن "مقاتليها اقتحموا معسكرا للجيش ومقرا للشرطة ومواقع أمنية أخرى".'
    assert _steps(lead + told, gaz) == [START, CONTINUE]
    # attacks on other sites, told with a place of their own: another event
    other = "وقال المتحدث إن المقاتلين شنوا هجمات على مراكز عسكرية أخرى في ولاية لوغر."
    assert _steps(lead + other, gaz)[1] == START


def test_the_attackers_named_in_the_dual_with_the_article_are_the_ones_told(gaz):
    # "وقتل الإرهابيان الأخيران": the two last of the attackers told, whatever else is said
    lead = "لقي ثلاثة حراس حتفهم في مواجهات مع مسلحين دخلوا مقرا حكوميا وسط كابول. "
    end = 'وقال المتحدث "قتل المسلحان الأخيران قبل أن يفجرا سترتيهما المفخختين".'
    assert _steps(lead + end, gaz) == [START, CONTINUE]


def test_a_place_that_saw_fighting_in_a_month_told_in_the_pluperfect_saw_it_before(gaz):
    # "وكانت المدينة شهدت في مارس معارك": the pluperfect with no "قد", a month named
    lead = "لقي خمسة أشخاص حتفهم في معارك بين ميليشيات متناحرة بمدينة غرديز. "
    before = "وكانت غرديز شهدت أواخر مارس مواجهات أسفرت عن مقتل 40 من الطرفين."
    (inc,) = _incidents(lead + before, gaz)
    assert inc.killed == 5


def test_another_one_dead_on_another_weekday_is_another_days_event(gaz):
    # the lead told on Monday; "another soldier killed on Sunday evening" at a place of its
    # own is Sunday's event, and "the fighting" named after it is Monday's clash again
    text = (
        "لقي جنديان ومسلحان حتفهم في مواجهات عند الحدود مع باكستان الاثنين. "
        "وأفاد مسؤولون بأن جنديا آخر لقي حتفه ليل الأحد حين أطلق مجهولون الرصاص على "
        "سيارته بولاية هلمند. "
        "ودام القتال الذي دار جنوبي خوست قرب الحدود ست ساعات."
    )
    clash, shooting = _incidents(text, gaz)
    assert (clash.killed, clash.location.province_pcode) == (4, "AF14")
    assert (shooting.killed, shooting.location.province_pcode) == (1, "AF30")
    # Tuesday spelt "الثلثاء" is a weekday as well
    tuesday = text.replace("مساء الأحد", "مساء الثلثاء")
    assert len(_incidents(tuesday, gaz)) == 2
    # the one told, dead on the day the report names: the same event
    same = (
        "لقي جندي حتفه بانفجار لغم في ولاية هلمند، حسب بيان للوزارة اليوم الأحد. "
        "وأوضح البيان أن الجندي قتل الخميس."
    )
    assert len(_incidents(same, gaz)) == 1


def test_an_unmarked_relative_clause_in_the_pluperfect_leaves_the_sentence_its_event(gaz):
    # after an indefinite noun no "الذين": "كان قد اختطفهم" with the pronoun of the men
    text = (
        "وجدت الشرطة أربعة رجال مقطوعي الرؤوس كان قد خطفهم مجهولون قبل عشرة أيام في "
        "مديرية أندر بولاية غزني."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed) == ("AF1107", 4)
    # a complement's pluperfect after "أن" is the sentence's own past
    told = "وقال المسؤول إن المسلحين كانوا قد قتلوهم قبل أسبوعين في مديرية أندر بولاية غزني."
    assert _incidents(told, gaz) == []


def test_a_mans_past_told_in_a_relative_clause_leaves_the_sentence_its_own_event(gaz):
    text = (
        "قتل قياديان من طالبان مع خمسة مسلحين في غارات جوية في إقليم ميدان وردك. وأوضح "
        "البيان أن الغارة الأولى استهدفت أحد قادة طالبان، الذي تورط في كثير من الهجمات، في "
        "مقاطعة جك، وأسفرت عن مقتله وخمسة من مساعديه."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed) == ("AF0404", 6)


def test_the_matter_of_the_day_before_is_the_setting_and_sums_no_events(gaz):
    # "غداة" (the day after) another matter: its provinces make no round-up of the lead
    text = (
        "قتل ثلاثة جنود بريطانيين في مواجهة مع مقاتلي طالبان أمس، غداة تولي القوات الدولية "
        "القيادة في ست ولايات جنوب أفغانستان. وسقط الجنود في كمين نفذته الحركة في منطقة "
        "موسى قلعة بولاية هلمند."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3009"


def test_what_goes_on_while_the_event_came_is_its_setting_not_an_event(gaz):
    text = (
        "قتل أربعة حراس في هجوم على شركة للبناء في ولاية زابل. ويأتي هذا الهجوم بينما تقوم "
        "القوات الأفغانية بهجوم واسع في ولاية فارياب."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF26"


def test_clauses_joined_by_besides_and_hours_after_tell_events_at_provinces_of_their_own(gaz):
    text = (
        "قتل المسلحون ليلة الاثنين 14 عنصرا من قوات الأمن بولاية جوزجان، بعد ساعات من مقتل "
        "17 آخرين في تخار، علاوة على مقتل عشرة جنود جراء هجوم على نقطة تفتيش في ولاية هلمند."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF28", "AF18", "AF30"]
    assert [i.killed for i in incidents] == [14, 17, 10]
    # more people of the same event joined so stay with it
    (one,) = _incidents(
        "قتل أربعة مدنيين في انفجار في ولاية هلمند، إضافة إلى مقتل شرطيين في الانفجار نفسه.",
        gaz,
    )
    assert one.location.province_pcode == "AF30"


def test_a_clause_joined_by_let_alone_tells_an_event_at_a_province_of_its_own(gaz):
    text = (
        "وأضاف أن سبعة مسلحين قتلوا في مقاطعة بغلان، فضلا عن مقتل سبعة من المسلحين خلال "
        "اشتباكات في منطقة باشتون كوت بمقاطعة فارياب."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF09", "AF29"]
    assert [i.killed for i in incidents] == [7, 7]


def test_a_clause_dated_days_after_another_event_at_another_province_tells_that_one(gaz):
    # "، وذلك بعد يومين من هجوم ... في ولاية خوست": the earlier event, told apart
    text = (
        "قتل ثلاثة جنود في انفجار عبوة ناسفة في ولاية هلمند، وذلك بعد يومين من هجوم انتحاري "
        "في ولاية خوست أسفر عن مقتل خمسة مدنيين."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF30", "AF14"]
    assert [(i.event_type, i.killed) for i in incidents] == [("ied", 3), ("suicide_bomb", 5)]


def test_a_kind_told_after_the_event_named_again_is_no_kind_of_it(gaz):
    # "في أعقاب الكمين، قتلت أسرة بقنبلة ألقتها طائرات": what came after the ambush told,
    # not how the ambush was carried out
    lead = "لقي ثمانية من الشرطة حتفهم في كمين للمسلحين بمديرية بالا بلوك في فراه. "
    after = (
        "وأضاف أن أربعين مسلحا قتلوا في الهجوم، وأنه في أعقاب الكمين قتلت أسرة جراء انفجار "
        "قنبلة ألقتها طائرات أجنبية."
    )
    (inc,) = _incidents(lead + after, gaz)
    assert inc.event_type == "attack"
    # the same kind told with no "after" is how it was carried out
    how = "وأضاف أن الشرطة قتلوا جراء انفجار قنبلة ألقتها طائرات أجنبية."
    (inc,) = _incidents(lead + how, gaz)
    assert inc.event_type == "airstrike"


def test_a_clause_joined_by_beside_tells_an_event_at_a_province_of_its_own(gaz):
    text = (
        "وقال مسؤولون إن 12 جنديا قتلوا في هجوم على نقطة تفتيش بإقليم فرح، إلى جانب مقتل "
        "قائد شرطة مديرية شاه جوي بإقليم زابل في هجوم آخر."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF33", "AF26"]
    assert [i.killed for i in incidents] == [12, 1]


def test_the_speakers_further_word_telling_another_event_at_a_province_of_its_own(gaz):
    text = (
        "أعلن مسؤول عسكري أن هجوما شنته حركة طالبان على إقليم قندوز أسفر عن مقتل 15 "
        "جنديا، مضيفا أن الحركة نفذت هجوما آخر بإقليم فراه، ما أسفر عن مقتل 4 من رجال الشرطة."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF19", "AF33"]
    assert [i.killed for i in incidents] == [15, 4]


def test_the_wounded_added_by_a_contrast_before_the_speaker_goes_on_are_the_firsts(gaz):
    # "، فيما أصيب سبعة آخرون، مضيفة أن ...": the contrast adds to the first event
    text = (
        "وأفادت وزارة الدفاع أن 17 من عناصر طالبان قتلوا في هجمات على نقاط تفتيش في منطقة "
        "قادس بإقليم بادغيس، فيما أصيب سبعة آخرون بجروح، مضيفة أن أربعة آخرين من عناصر "
        "طالبان قتلوا وأصيب خامس في اشتباكات في منطقة أندار بإقليم غزني."
    )
    qadis, andar = _incidents(text, gaz)
    assert (qadis.killed, qadis.wounded, andar.killed, andar.wounded) == (17, 7, 4, 1)


def test_the_provinces_of_a_toll_of_several_told_again_place_none_of_its_events(gaz):
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن مقتل 25 جنديا في هجمات استهدفت إقليمي زابل وفرح. "
        "وقال المتحدث باسم الحركة إن مقاتليها قتلوا 25 جنديا في إقليمي زابل وفرح. "
        "وكان مسؤولون قد أعلنوا مقتل 21 جنديا في هجوم على نقطتي تفتيش بإقليم فرح."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF33"
    assert inc.killed == 21


def test_a_sentence_opened_by_later_tells_a_later_event(gaz):
    # "وفي وقت لاحق" with its "و", before an act of its own: one more event
    text = (
        "قتل أربعة جنود إيطاليين في كمين نصبه مسلحون لقافلة في منطقة جلستان بإقليم فرح. "
        "وفي وقت لاحق السبت، دمر مسلحو طالبان عشر شاحنات ودبابة كانت ترافق القافلة."
    )
    ambush, trucks = _incidents(text, gaz)
    assert (ambush.killed, trucks.killed) == (4, None)
    assert trucks.location.province_pcode == "AF33"


def test_a_sentence_opened_by_hours_before_tells_an_earlier_event(gaz):
    text = (
        "قتل شرطي وأصيب شخصان بجروح في هجوم انتحاري في مدينة قندهار. وقبل ساعات، أدى "
        "انفجار سيارة مفخخة إلى جرح ستة أشخاص في وسط المدينة."
    )
    suicide, car_bomb = _incidents(text, gaz)
    assert (suicide.wounded, car_bomb.wounded) == (2, 6)
    assert car_bomb.location.province_pcode == "AF27"


def test_a_voice_that_spoke_earlier_tells_no_earlier_event(gaz):
    # "وفي وقت سابق اليوم، قالت الوزارة إن ...": an earlier telling of the event told
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن الهجوم الانتحاري الذي استهدف قافلة للقوات "
        "الدنماركية غربي كابل. وفي وقت سابق اليوم، قالت وزارة الداخلية إن سيارة مفخخة "
        "استهدفت قافلة للقوات الدنماركية ما أدى إلى إصابة خمسة مدنيين."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.wounded, inc.claimed_by) == (5, "Taliban")
    # an event told after "earlier" is another
    other = (
        "قتل ثلاثة جنود في انفجار عبوة في ولاية غزني. وفي وقت سابق اليوم، قتل نائب محافظ "
        "ومساعده في انفجار قنبلة في كمين."
    )
    assert len(_incidents(other, gaz)) == 2


def test_a_voice_that_spoke_later_tells_no_later_event(gaz):
    text = (
        "قتل نحو أربعين شخصا في تفجير انتحاري في مدينة بولي خمري. وكانت الأنباء الأولى "
        "التي تلت الانفجار أشارت إلى سقوط 90 قتيلا، لكن مصدرا طبيا قال في وقت لاحق إن "
        "الهجوم أسفر عن مقتل أربعين شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 40


def test_one_who_died_later_of_his_wounds_tells_no_later_event(gaz):
    text = (
        "قتل مسلحون موظف إغاثة في ولاية باكتيا. وقال المتحدث إن سائق الموظف أصيب بجروح "
        "خطيرة وتوفي في وقت لاحق بعد نقله إلى مستشفى في كابول."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF13"
    told = (
        "قتل مسلحون موظف إغاثة في ولاية باكتيا. وتوفي سائقه في وقت لاحق متأثرا بجروح أصيب "
        "بها في الهجوم."
    )
    assert len(_incidents(told, gaz)) == 1


def test_a_claim_or_a_word_told_later_tells_no_later_event(gaz):
    claimed = (
        "قتل انتحاري 13 جنديا في العاصمة كابول امس. وأعلنت حركة طالبان مسؤوليتها عن الهجوم "
        "في وقت لاحق قائلة ان عناصرها حملوا سيارة بالمتفجرات."
    )
    (inc,) = _incidents(claimed, gaz)
    assert inc.claimed_by == "Taliban"
    confirmed = (
        "قتل انتحاري 13 جنديا في العاصمة كابول امس. واكد متحدث باسم وزارة الدفاع الامريكية "
        "في وقت لاحق ان الجنود القتلى امريكيون."
    )
    assert len(_incidents(confirmed, gaz)) == 1
    # "later" opening the sentence, the verb of saying after it
    opened = (
        "قتل انتحاري 13 جنديا في العاصمة كابول امس. وفي وقت لاحق، تبنت حركة طالبان "
        "الهجوم، وقال الناطق باسمها إنه أوقع عشرات القتلى."
    )
    (inc,) = _incidents(opened, gaz)
    assert inc.claimed_by == "Taliban"


def test_events_summed_over_a_month_are_a_tally_not_an_event(gaz):
    text = (
        "قتل ثلاثة جنود في هجوم في ولاية فارياب. وأسفر عدد من الهجمات في إقليم فراه خلال "
        "شهر نوفمبر وحده عن مقتل أكثر من 100 من قوات الأمن. وقتل 25 شرطيا في منطقة "
        "بالإقليم."
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [3, 25]
    assert incidents[1].sentence.startswith("وقتل 25 شرطيا")
    # one event in a month named stays one
    (one,) = _incidents("قتل خمسة جنود في هجوم في ولاية غزني خلال شهر رمضان.", gaz)
    assert one.killed == 5


def test_a_blame_summed_over_the_past_month_adds_nothing_to_the_event(gaz):
    # "على مدى الشهر الماضي": the ministry's count of the month, told with its blame
    text = (
        "سقطت قذيفة على منزل في ولاية لغمان فقتلت أربعة مدنيين وجرحت ثلاثة. "
        "كما اتهمت الوزارة الحركة الأحد بقتل نحو مئة مدني وإصابة أكثر من 300 بتفجير "
        "عبوات على الطرق وهجمات أخرى على مدى الشهر المنصرم."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (4, 3)


def test_a_lead_counting_three_attacks_is_a_roundup_each_told_after_at_its_place(gaz):
    text = (
        "قتل 18 شخصا على الأقل في ثلاث هجمات بجنوب وشرق أفغانستان اليوم. وقال المتحدث "
        "باسم قائد شرطة إقليم هلمند إن قنبلة على الطريق قتلت عشرة مدنيين في منطقة قلعة "
        "موسى. وقال متحدث باسم حاكم إقليم لغمان إن قنبلة أخرى على الطريق أسفرت عن مقتل "
        "خمسة جنود في منطقة علينكار."
    )
    incidents = _incidents(text, gaz)
    placed = [i for i in incidents if i.location is not None]
    assert [(i.location.province_pcode, i.killed) for i in placed] == [("AF30", 10), ("AF07", 5)]
    assert all(i.event_type == "ied" for i in placed)
    # the lead only summed them: no incident of its own
    assert incidents == placed


def test_a_district_taken_after_the_districts_of_its_province_counted_is_one_of_them(gaz):
    # "سقطت خمس مديريات", then one of them named: an event of its own, not the count again
    text = (
        "وقال مسؤولون محليون إن خمس مديريات في ولاية فارياب سقطت بيد طالبان في الأيام "
        "الأخيرة. وذكرت الحركة أن مقاتليها سيطروا على مقر مديرية قيصار بولاية فارياب."
    )
    incidents = _incidents(text, gaz)
    assert [(i.location.province_pcode, i.location.district_pcode) for i in incidents] == [
        ("AF29", None),
        ("AF29", "AF2907"),
    ]


def test_the_deadliest_since_a_regime_fell_compares_with_a_time_not_an_event(gaz):
    lead = "قتل 20 شخصا في تفجير انتحاري استهدف تجمعا للصحفيين في كابول. "
    follow = "وقالت منظمة للصحفيين إن الهجوم هو الأكثر دموية منذ سقوط نظام طالبان."
    assert _steps(lead + follow, gaz) == [START, CONTINUE]
    # the movement's own fall names the same time
    battle = "قتل 40 مسلحا في معارك مع القوات الأفغانية في ولاية قندهار. "
    said = "وذكر القائد أنه جرى أسر 30 مسلحا، واصفا ما حصل بأنه أعنف قتال منذ سقوط طالبان."
    assert _steps(battle + said, gaz) == [START, CONTINUE]


def test_what_a_speaker_says_the_event_came_hours_after_is_another_event(gaz):
    text = (
        "قتل شخصان في انفجار قنبلة في مدينة خوست. وقالت الشرطة إن التفجير حدث بعد "
        "ساعتين من سقوط عشرة صواريخ قرب المطار."
    )
    assert [i.event_type for i in _incidents(text, gaz)] == ["ied", "shelling"]


def test_an_event_named_again_by_its_means_is_the_earlier_one_of_those_means(gaz):
    # a suicide attack, then a roadside bomb elsewhere, then the claim of "the suicide
    # attack": the first one's
    text = (
        "قتل سبعة جنود في هجوم انتحاري على قاعدة عسكرية في ولاية خوست. "
        "وفي ولاية قندهار قتل ثلاثة جنود بانفجار قنبلة زرعت على جانب الطريق. "
        "وأعلنت حركة طالبان مسؤوليتها عن التفجير الانتحاري."
    )
    incidents = _incidents(text, gaz)
    assert [(i.event_type, i.claimed_by) for i in incidents] == [
        ("suicide_bomb", "Taliban"),
        ("ied", None),
    ]
    # so after background closed the roadside bomb
    closed = text.replace(
        "وتبنت", "ويعد العام الحالي الأكثر دموية للقوات الأجنبية منذ عام 2001. وتبنت"
    )
    assert [i.claimed_by for i in _incidents(closed, gaz)] == ["Taliban", None]


def test_the_leads_separate_events_named_again_are_no_other_event(gaz):
    # "في هجومين منفصلين" in the lead and again in the statement: the same two attacks
    text = (
        "قتل خمسة جنود أميركيين في هجومين منفصلين بقنابل جنوب أفغانستان. "
        "وذكر بيان الحلف أن جنوده الخمسة سقطوا في هجومين منفصلين."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_first_attack_named_after_the_second_is_the_first_ones(gaz):
    text = (
        "قتل 24 شخصا في هجوم على تجمع انتخابي في ولاية بروان. وطال الهجوم الثاني ثكنة "
        "للجيش في وسط كابل، وقتل فيه ستة أشخاص. وأوضح المتحدث أن منفذ الهجوم الأول "
        "كان انتحاريا فجر نفسه عند باب القاعة."
    )
    assert [i.event_type for i in _incidents(text, gaz)] == ["suicide_bomb", "attack"]


def test_the_members_of_a_campaign_struck_or_spared_are_no_election_talk(gaz):
    # "أعضاء الحملة الانتخابية": the campaign's people, not a word on the election campaign
    text = (
        "قتل 24 شخصا في هجوم على تجمع انتخابي في ولاية بروان. "
        "وأكد المتحدث أن أعضاء الحملة الانتخابية نجوا من الحادث دون أن يصابوا بأذى."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_one_of_the_districts_counted_is_no_count_of_districts(gaz):
    # "إحدى خمس مديريات": the one district told, one of five, not five taken
    facts = []
    text = (
        "قتل ستة جنود في هجوم على مديرية قيصار، وهي إحدى خمس مديريات في ولاية فارياب. "
        "وقتل أربعة مسلحين في سقوط خمس مديريات بيد الحركة في ولاية بادغيس."
    )
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert [f.districts_counted for f in facts] == [False, True]


def test_from_one_place_to_another_tells_no_other_event(gaz):
    # "ينقلون ذخائر من مكان إلى آخر": moving about, not "another place" of another event
    lead = "قتل ستة أشخاص في انفجار على طريق في مديرية سبيره بولاية خوست. "
    follow = "وقال مسؤولون إن المسلحين كانوا ينقلون ذخائر من مكان إلى آخر عندما وقع الانفجار."
    assert _steps(lead + follow, gaz) == [START, CONTINUE]


def test_other_places_people_fled_to_tell_no_other_event(gaz):
    # "أجبرت العائلات على النزوح إلى مناطق أخرى": where the displaced went, after "إلى"
    lead = "سقطت عشرات القذائف على مديرية دانغام في ولاية كونر أمس. "
    follow = (
        "وأكد المسؤول إصابة ثلاثة مدنيين جراء القذائف التي أجبرت مئات العائلات على "
        "الفرار إلى مناطق أخرى."
    )
    assert _steps(lead + follow, gaz) == [START, CONTINUE]
    # other places where an event was, not where people went
    other = "وأكد المسؤول إصابة ثلاثة مدنيين في قصف مناطق أخرى في ولاية ننكرهار."
    assert _steps(lead + other, gaz)[1] != CONTINUE


def test_another_of_a_noun_the_sentence_named_then_is_its_next_step(gaz):
    # "كمين لقافلتين", then "استهدفوا قافلة ... ثم استهدفوا قافلة أخرى": the two convoys
    lead = "قتل خمسة من الشرطة في كمين نصبه مسلحون لقافلتين في جنوب البلاد. "
    steps = (
        "وقال متحدث باسم الشرطة إن المسلحين استهدفوا قافلة في ولاية زابل ثم استهدفوا "
        "قافلة أخرى جاءت لدعمها."
    )
    assert _steps(lead + steps, gaz) == [START, CONTINUE]
    # without "ثم", "another" names another event
    other = "وقال متحدث باسم الشرطة إن المسلحين استهدفوا قافلة أخرى في ولاية زابل."
    assert _steps(lead + other, gaz)[1] == START


def test_an_at_a_time_when_clause_is_the_setting_not_the_events_kind(gaz):
    # "في وقت قتل فيه ... بعمليات مشتركة": the operations are the setting's; the lead is
    # an attack, taken up by the bombing told next
    text = (
        "قتل ثلاثة جنود أجانب اليوم في هجوم على دورية شرقي البلاد، في وقت قتل فيه عشرات "
        "المسلحين في عمليات مشتركة للجيش. وقال مدير الأمن بولاية لوغر إن الهجوم الانتحاري "
        "نفذ بسيارة مفخخة استهدفت الدورية في الولاية."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.location.province_pcode, inc.killed) == ("suicide_bomb", "AF05", 3)
    # "في وقت لاحق" (later) is the event's own time, no setting
    from incidents.background import before_the_setting
    from incidents.tokens import tokenize

    later = tokenize("قتل ثلاثة جنود في هجوم ثم قتل رابع في وقت لاحق في غارة جوية.")
    assert before_the_setting(later) == later


def test_not_the_first_tells_an_earlier_event_after_it(gaz):
    # "هذا الهجوم ليس الأول، فقد فجر انتحاري نفسه ...": the one before, another event
    text = (
        "قتل ثمانية جنود في هجوم لطالبان على موقع للجيش اليوم. وقال المتحدث "
        "إن هذا الهجوم ليس الأول فقد فجر انتحاري نفسه في مدينة قندهار أمس وقتل شخصين."
    )
    # (the lead told no place: the bombing's city is not its place)
    assert _steps(text, gaz) == [START, START]


def test_a_new_attack_a_place_sees_is_the_latest_not_another(gaz):
    # "في هجوم جديد تشهده العاصمة": the latest of a run, the event the reaction was about
    text = (
        "دانت الحكومة التفجير الذي استهدف مسجدا في غرب العاصمة الأفغانية كابول. "
        "وكان 12 شخصا على الأقل قد قتلوا في التفجير في هجوم جديد تشهده العاصمة الأفغانية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 12


def test_a_span_after_another_event_sets_the_told_one_apart(gaz):
    # "يأتي ذلك بعد يومين من مقتل ...": the killing two days before is another event, and
    # the sentences after it go back to the told one
    text = (
        "قتل 15 شخصا في هجوم انتحاري على حفل زفاف في ولاية سمنغان. "
        "يأتي ذلك بعد يومين من مقتل مسؤول محلي في انفجار عبوة ناسفة. "
        "وقال المتحدث باسم الشرطة إن الانفجار وقع في مدينة أيبك عاصمة الولاية."
    )
    incidents = _incidents(text, gaz)
    assert incidents[0].location.district_pcode == "AF2001"
    assert incidents[0].killed == 15


def test_a_sentence_opening_earlier_in_the_week_tells_another_event(gaz):
    lead = "سيطر مسلحو طالبان اليوم على مديرية كوهستان في ولاية فارياب. "
    earlier = (
        "وفي وقت سابق من هذا الأسبوع، أعلن متحدث عسكري أن مسلحين هاجموا قاعدة في "
        "ولاية فارياب ما أسفر عن مقتل 9 جنود."
    )
    first, second = _incidents(lead + earlier, gaz)
    assert (first.killed, second.killed) == (None, 9)
    # in a relative clause of the sentence that places the told event, it still places it
    clause = (
        "قتل أربعة من الشرطة في هجوم على حاجز مساء أمس. وقع الحادث في مديرية جريشك "
        "بولاية هلمند، التي شهدت في وقت سابق من هذا الشهر مقتل ثلاثة جنود."
    )
    assert _incidents(clause, gaz)[0].location.district_pcode == "AF3004"


def test_a_third_incident_is_another_event(gaz):
    # "وفي حادث ثالث": counted by its rank, like "ثان"; never merged with an earlier one
    text = (
        "قتل مسلحون إماما في مدينة لشكركاه بولاية هلمند أمس. وقتل مسلحون مسؤولا في ولاية "
        "كونار بعد ذلك بساعات. وفي حادث ثالث قتل مسلحون ضابطا في سوق بولاية هلمند."
    )
    assert len(_incidents(text, gaz)) == 3


def test_a_back_reference_naming_the_nation_of_an_earlier_leads_people_takes_it_up(gaz):
    # the Nepali guards of the first lead, named again after another incident was told
    text = (
        "تبنت حركة طالبان أمس تفجيرا انتحاريا في كابول استهدف حافلة تقل حراسا نيباليين. "
        "وفي ولاية غزني قتل ثلاثة أشخاص في انفجار عبوة ناسفة. "
        "وقالت وزارة الداخلية إن الهجوم أوقع 12 قتيلا جميعهم نيباليون."
    )
    kabul, ghazni = _incidents(text, gaz)
    assert (kabul.killed, ghazni.killed) == (12, 3)
    # a nation's arms ("الطائرات الأمريكية") name no people of it
    from incidents.segment import _nations_in

    assert not _nations_in("قصفت الطائرات الأمريكية مواقع للمسلحين")


def test_a_roundup_lead_naming_a_road_between_places_is_still_a_roundup(gaz):
    # the road's ends place none of the attacks the lead sums up; each is told after
    text = (
        "قال مسؤولون إن مسلحي طالبان شنوا عدة هجمات على جبهات متعددة، منها تدمير جسر "
        "على الطريق الذي يربط العاصمة كابول بمناطق الشمال. وقال قائد الشرطة إن مئات من "
        "المسلحين هاجموا مديرية خان آباد بولاية قندوز منذ فجر الاثنين."
    )
    lead, attack = _incidents(text, gaz)
    assert lead.location is None
    assert attack.location.district_pcode == "AF1904"
    assert "مديرية خان آباد" in attack.sentence


def test_an_agencys_own_count_of_all_the_attacks_told_is_background(gaz):
    text = (
        "قتل 12 شخصا في تفجير انتحاري استهدف مسجدا في مدينة كابول. وهو السابع الذي تشهده "
        "أفغانستان منذ الثلاثاء. "
    )
    for tally in (
        "وبحسب حصيلة أعدتها وكالة الصحافة الفرنسية، قتل مائتا شخص في الاعتداءات.",
        "وأسفرت كل هذه الاعتداءات عن سقوط مائتي قتيل.",
    ):
        (inc,) = _incidents(text + tally, gaz)
        assert (inc.killed, inc.more) == (12, [])


def test_a_placeless_round_up_lead_whose_dead_the_parts_account_for_is_no_incident(gaz):
    # a day's toll across the country, then the latest clash at its place and the army's
    # dead elsewhere: 3 and 11 are the 14
    text = (
        "أدت الاشتباكات في أفغانستان إلى مصرع 14 شخصا خلال الـ24 ساعة الماضية. وفي آخر "
        "المواجهات، لقي ثلاثة من مسلحي طالبان مصرعهم في مديرية دهنه غوري بولاية بغلان. "
        "ومن ناحية أخرى، أعلنت وزارة الدفاع أن 11 من أفراد الجيش قتلوا في هجمات في أرجاء "
        "البلاد."
    )
    incidents = _incidents(text, gaz)
    assert [(i.killed, i.location and i.location.province_pcode) for i in incidents] == [
        (3, "AF09"),
        (11, None),
    ]


def test_the_events_of_a_round_up_fall_on_its_day_unless_they_name_their_own(gaz):
    from datetime import date

    text = (
        "قتل 18 شخصا على الأقل في ثلاث هجمات بجنوب وشرق أفغانستان أمس. وقال المتحدث "
        "باسم قائد شرطة إقليم هلمند إن قنبلة على الطريق قتلت عشرة مدنيين في منطقة قلعة "
        "موسى. وقال متحدث باسم حاكم إقليم لغمان إن مسلحين قتلوا خمسة جنود في منطقة علينكار "
        "أمس الأول."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2009, 5, 5))
    assert [(i.location.province_pcode, i.event_date) for i in incidents] == [
        ("AF30", "2009-05-04"),
        ("AF07", "2009-05-03"),
    ]


def test_the_parts_of_a_leads_several_events_fall_on_its_day(gaz):
    from datetime import date

    text = (
        "أعلنت حركة طالبان مسؤوليتها عن مقتل 25 جنديا أمس السبت في هجمات استهدفت إقليمي "
        "زابل وفرح. وكان مسؤولون قد أعلنوا مقتل 21 جنديا في هجوم على نقطتي تفتيش بإقليم فرح، "
        "إلى جانب مقتل قائد شرطة منطقة ميزان بإقليم زابل في هجوم للحركة."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 10, 14))
    assert [(i.location.province_pcode, i.event_date) for i in incidents] == [
        ("AF33", "2018-10-13"),
        ("AF26", "2018-10-13"),
    ]


def test_these_events_named_again_with_their_provinces_are_the_round_ups(gaz):
    text = (
        "أعلنت وزارة الداخلية أن القوات نفذت أمس عمليات "
        "قتل فيها 30 مسلحا. واعتقل سبعة مسلحين في هذه العمليات التي شملت ولايات بغلان "
        "وقندهار ونمروز. كما ذكرت الوزارة أن الشرطة قتلت أمس قياديا في طالبان في ولاية فرح."
    )
    roundup, farah = _incidents(text, gaz)
    # a list of provinces is no place of the round-up; Farah is an event of its own
    assert (roundup.killed, roundup.location) == (30, None)
    assert farah.location.province_pcode == "AF33"


def test_a_guess_at_what_may_come_is_background():
    from incidents.background import tells_background
    from incidents.tokens import tokenize

    assert tells_background(tokenize("ومن المحتمل ارتفاع عدد الضحايا مع اتضاح الصورة."))
    assert tells_background(tokenize("ومن المرجح أن تتواصل المعارك في الأيام المقبلة."))
    # "من" opening a sentence on other words tells what it tells
    assert not tells_background(tokenize("ومن بين القتلى ثلاثة جنود قتلوا في الانفجار."))


def test_a_count_over_time_that_fell_or_rose_is_background():
    from incidents.background import tells_background
    from incidents.tokens import tokenize

    assert tells_background(
        tokenize("وانخفض عدد القتلى البريطانيين منذ سلمت القوات البريطانية السيطرة.")
    )
    # the event's toll risen since it began is not
    assert not tells_background(tokenize("وارتفع عدد قتلى الهجوم منذ الصباح إلى 15 شخصا."))


@pytest.mark.parametrize(
    "opening",
    ["لندن (وكالات): مع غداة محادثات السلام التي استضافتها موسكو، ", "وعشية محادثات السلام، "],
)
def test_the_occasion_a_sentence_opens_on_is_no_background_of_its_news(gaz, opening):
    text = opening + "أعلنت حركة طالبان أنها استولت على مركز مديرية أرغنداب في ولاية قندهار."
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF2702"


def test_the_past_deeds_of_the_dead_told_in_the_plural_are_background(gaz):
    text = (
        "قتلت قوات الأمن ثلاثة مسلحين في اشتباك بمدينة قندهار. "
        "وقال المتحدث إن المسلحين الثلاثة متورطون في عمليات خطف كبرى في أنحاء ولاية هلمند."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.province_pcode == "AF27"


def test_the_speaker_going_on_after_an_aside_takes_up_the_event_again(gaz):
    text = (
        "قتلت قوات الأمن ثلاثة مسلحين في اشتباك بمدينة قندهار. "
        "وقال المتحدث إن المسلحين متورطون في عمليات خطف منذ سنوات. "
        "وأضاف المتحدث قائلا: حاصرتهم القوات الخاصة وقتلتهم في تبادل لإطلاق النار."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.province_pcode == "AF27"
    assert len(incident.sentences) == 2


def test_the_event_named_again_at_its_provinces_capital_is_the_same_event(gaz):
    text = (
        "قتل تسعة مدنيين عندما انفجرت قنبلة مزروعة على جانب طريق في حافلة بمديرية جيلان "
        "في ولاية غزني. "
        "وألقى المسؤول باللوم على مسلحي طالبان في زرع العبوة الناسفة في طريق رئيسي في مدينة "
        "غزني عاصمة الولاية."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF1117"


def test_more_dead_also_at_the_province_are_never_merged_into_the_event_told_there(gaz):
    text = (
        "قالت الوزارة إن أحد جنودها قتل في هجوم نفذته حركة طالبان بولاية هلمند. "
        "وأضافت أن ثلاثة جنود آخرين أصيبوا. "
        "وفي هلمند أيضا قتل عدد من أفراد الشرطة في كمين نصبته لهم حركة طالبان."
    )
    assert len(_incidents(text, gaz)) == 2


@pytest.mark.parametrize(
    "word",
    [
        "وهذه هي العملية الانتحارية الثانية خلال أقل من 24 ساعة في أفغانستان.",
        "وتعد هذه الحادثة الثانية من نوعها منذ تولي القائد منصبه، وبعد يومين من إصداره "
        "تعليمات تقضي بتجنب استهداف المدنيين في الغارات الجوية.",
    ],
)
def test_the_told_event_ranked_among_others_is_no_new_event(gaz, word):
    text = "فجر انتحاري نفسه في سوق مكتظ في مدينة غرديز فقتل عشرة مدنيين. " + word
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 10


def test_a_record_of_this_year_is_no_background(gaz):
    text = (
        "أدى هجوم انتحاري على مجمع حكومي في كابول إلى مقتل 43 شخصا، ما يجعله أكثر "
        "الهجمات دموية التي شهدتها العاصمة هذا العام."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 43


def test_meanwhile_opens_another_event_that_places_no_lead_told_before(gaz):
    text = (
        "وفرت القوات إلى قمة تل في قرية قريبة بعد أيام من القتال العنيف مع مسلحي طالبان. "
        "وفي الوقت نفسه، قال مسؤول إن طالبان سيطرت على منطقة شهرك في إقليم غور مساء أمس."
    )
    first, second = _incidents(text, gaz)
    assert first.location is None or first.location.province_pcode != "AF23"
    assert second.location.district_pcode == "AF2306"


def test_what_a_place_is_deemed_tells_no_toll_of_the_event(gaz):
    text = (
        "قتل شخصان وأصيب 19 آخرون في ثلاثة تفجيرات بمدينة جلال آباد. "
        "وتعتبر جلال آباد أبرز معاقل التنظيم، خصوم طالبان الذين تبنوا الهجوم الدموي الذي "
        "أودى بأكثر من 100 شخص في مطار كابول في 26 أغسطس."
    )
    (incident, *_) = _incidents(text, gaz)
    assert incident.killed == 2


def test_a_region_told_after_a_lead_placed_by_its_dateline_narrows_it(gaz):
    text = (
        "كابول (وكالات) - أعلنت وزارة الدفاع الهولندية الجمعة مقتل اثنين من جنودها في انفجار "
        "عبوة ناسفة. وقالت الوزارة إن الجنديين قتلا في الانفجار الذي وقع جنوبي أفغانستان. "
        "وأسفر الانفجار أيضا عن جرح جنديين آخرين في ولاية أورزغان."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.province_pcode == "AF25"


def test_a_sentence_opening_on_another_weekday_tells_another_days_event(gaz):
    text = (
        "أعلنت وزارة الداخلية الثلاثاء أن نائب رئيس بلدية قندهار قتل بالرصاص في المدينة. "
        "والاثنين قتل ثلاثة أطفال في انفجار متفجرات على عربة يجرها حمار في قندهار."
    )
    shooting, blast = _incidents(text, gaz)
    assert (shooting.killed, blast.killed) == (1, 3)


def test_losses_since_a_year_are_a_tally_of_the_war(gaz):
    text = (
        "سلمت القوات الهولندية الأحد مهامها العسكرية في إقليم أوروزجان بعد أن بلغت خسائرها "
        "البشرية 24 قتيلا و140 جريحا في الحرب الدائرة هناك منذ أواخر 2001."
    )
    assert _incidents(text, gaz) == []


def test_a_clause_telling_the_dead_at_a_district_with_no_event_word_splits_at_bayna_ma(gaz):
    # "لقي 12 شرطيا حتفهم في منطقة X، بينما قتل تسعة جنود في هجوم ... في منطقة Y": the
    # first clause tells its event by its dead alone; the second's toll is not its own
    text = (
        "لقي 12 شرطيا حتفهم في منطقة ناد علي بولاية هلمند يوم الأحد، بينما قتل تسعة جنود "
        "في هجوم وقع الثلاثاء في منطقة موسى قلعة."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.district_pcode, first.killed) == ("AF3002", 12)
    assert (second.location.district_pcode, second.killed) == ("AF3009", 9)


def test_dead_at_a_known_district_after_dead_at_an_unknown_one_are_another_event(gaz):
    # the first district is not in the gazetteer; the second toll is still elsewhere
    text = (
        "تشهد ولاية هلمند معارك عنيفة منذ أسابيع. "
        "وقتل 15 شرطيا يوم الأحد في منطقة دشت قوربان بالولاية. "
        "ولقي 20 جنديا حتفهم يوم الثلاثاء في منطقة سنجين بالولاية."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF30", 15)
    assert (second.location.district_pcode, second.killed) == ("AF3008", 20)


def test_a_toll_of_attacks_in_towns_counted_after_an_event_adds_none_of_its_dead(gaz):
    # "في هجمات بثلاث مدن": a tally of the day's events, not this blast's fuller toll
    text = (
        "قتل 19 مدنيا في انفجار قنبلة على جانب الطريق في ولاية هلمند اليوم. "
        "وقتل نحو 60 شخصا أمس في هجمات بثلاث مدن أفغانية."
    )
    (inc, *_) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF30", 19)


def test_dead_of_separate_blasts_in_the_plural_are_replaced_by_the_first_ones_own(gaz):
    # "في انفجارات منفصلة": the lead sums several events; each is told with its own dead
    text = (
        "لقي 11 مدنيا حتفهم في انفجارات منفصلة في ولاية غزني. "
        "وقال المتحدث باسم حاكم الولاية إن سبعة مدنيين قتلوا في الانفجار الأول في مديرية "
        "أندر."
    )
    (inc, *_) = _incidents(text, gaz)
    assert inc.killed == 7


def test_what_they_do_most_of_the_time_is_a_habit_not_an_event(gaz):
    text = (
        "قتل جنديان في انفجار لغم بدوريتهما في مديرية سنجين بولاية هلمند. "
        "ويلجأ المسلحون في أغلب الأحيان إلى التفجيرات الانتحارية والعبوات الناسفة."
    )
    assert _steps(text, gaz)[1:] == ["close"]


def test_the_day_of_a_clause_on_the_place_told_again_dates_that_other_event(gaz):
    # "وهو نفس الإقليم الذي قتل فيه ... يوم السبت": Saturday is the earlier attack's day
    text = (
        "قال مسؤولون إن مسلحا يرتدي زي الجيش فتح النار على جنود أجانب في إقليم خوست "
        "اليوم الخميس فقتل جنديا. "
        "وقالت الشرطة إن المهاجم قتل بالرصاص في إقليم خوست وهو نفس الإقليم الذي قتل فيه "
        "ثلاثة جنود في هجوم مماثل يوم السبت."
    )
    steps = []
    extract_article(
        text,
        gazetteer=gaz,
        article_id="t",
        published=date(2013, 9, 26),
        trace=lambda f, s: steps.append(s),
    )
    assert steps == [START, CONTINUE]


def test_a_contrast_clause_telling_another_attack_without_a_place_adds_no_toll(gaz):
    # "، فيما جرح خمسة من قوات الحلف في هجوم آخر بشرق البلاد": not the first event's
    text = (
        "قتل أربعة جنود أفغان في تبادل لإطلاق النار مع مسلحين قرب قاعدة للجيش في ولاية "
        "هرات، فيما جرح خمسة من قوات الحلف في هجوم آخر بشرق البلاد."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (4, None)


def test_other_people_dead_at_a_place_do_not_place_a_lead_counting_soldiers(gaz):
    text = (
        "أعلن حلف شمال الأطلسي مقتل ثلاثة من جنوده في انفجار قنبلة. "
        "وقال مسؤولون إن هجوما شنه مسلحون في ولاية بادغيس أسفر عن مقتل أربعة مدنيين."
    )
    first, second = _incidents(text, gaz)
    assert first.location is None
    assert first.killed == 3
    assert second.location.province_pcode == "AF31"
    assert second.killed == 4


def test_the_same_side_dead_at_a_place_still_place_the_lead(gaz):
    text = (
        "أعلن حلف شمال الأطلسي مقتل ثلاثة من جنوده في انفجار قنبلة. "
        "وقال مسؤولون إن الجنود قتلوا في هجوم بولاية بادغيس."
    )
    (only,) = _incidents(text, gaz)
    assert only.location.province_pcode == "AF31"
    assert only.killed == 3


def test_an_event_told_in_another_part_of_the_country_than_an_unplaced_one_is_another(gaz):
    text = (
        "قالت قوة المساعدة الدولية إن جنديا تابعا لها قتل في هجوم شنه متمردون في جنوب "
        "أفغانستان. "
        "وفي شرق البلاد، أعلنت القوة مقتل جندي ثالث في هجوم مسلح."
    )
    assert _steps(text, gaz) == [START, START]


def test_the_told_event_named_in_another_part_of_the_country_is_no_other_event(gaz):
    text = (
        "قالت قوة المساعدة الدولية إن جنديا تابعا لها قتل في هجوم شنه متمردون في جنوب "
        "أفغانستان. "
        "ويأتي الهجوم ضمن هجوم أوسع تشنه طالبان في شرق البلاد."
    )
    assert _steps(text, gaz)[1] != START


def test_a_spokesman_at_a_base_in_another_province_tells_the_same_event(gaz):
    text = (
        "وقع كمين لقوات التحالف في إقليم زابول مساء الخميس. "
        "وقال الكولونيل للصحفيين في قاعدة باجرام الجوية إن مسلحين أطلقوا النار على قوات "
        "التحالف."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_told_event_happening_after_qad_is_no_background_for_a_year_in_a_clause(gaz):
    text = (
        "أطلق مسلحون النار على دورية للجيش الأمريكي. "
        "وقد وقع الهجوم في إقليم زابول الجنوبي بعد عامين من سقوط حكومة طالبان عام 2001."
    )
    (only,) = _incidents(text, gaz)
    assert only.location.province_pcode == "AF26"


def test_the_anniversary_an_event_fell_on_is_no_background(gaz):
    text = (
        "قتل جنديان في هجوم على دورية في إقليم زابول مساء الخميس، اليوم الذي صادف الذكرى "
        "السنوية الثانية لهجمات سبتمبر 2001."
    )
    (only,) = _incidents(text, gaz)
    assert only.location.province_pcode == "AF26"


def test_the_means_a_lead_named_told_after_its_attack_is_the_same_event(gaz):
    text = (
        "تعرضت قاعدة لقوات التحالف لهجوم بقذائف صاروخية في ولاية كونار. "
        "وأضاف المتحدث أن قذائف الهاون أطلقت على القاعدة من التلال المجاورة."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_contrast_on_its_own_casualty_verb_at_another_province_splits_without_a_comma(gaz):
    text = (
        "قتل جندي بريطاني اليوم في تفجير انتحاري في العاصمة الافغانية كابول فيما اصيب "
        "3 جنود اميركيين في حادث بولاية باكتيكا."
    )
    provinces = [i.location.province_pcode for i in _incidents(text, gaz)]
    assert provinces == ["AF01", "AF12"]


def test_the_rest_of_a_total_told_in_parts_is_no_other_event(gaz):
    text = (
        "قتل 6 جنود أفغان، أربعة منهم بانفجار قنبلة بإقليم هيرات، فيما قتل جنديان "
        "بمشاجرة بإقليم غور."
    )
    (only,) = _incidents(text, gaz)
    assert only.location.province_pcode == "AF32"


def test_the_day_a_voice_told_the_event_again_is_no_other_events_day(gaz):
    text = (
        "قتل عشرة جنود أمريكيين في هجوم على قاعدة في ولاية نورستان الأحد الماضي. "
        "وكشفت القوات الدولية أول من أمس تفاصيل الهجوم الذي أدى إلى مقتل الجنود."
    )
    steps = _steps(text, gaz)
    incidents = extract_article(text, gazetteer=gaz, article_id="t", published=date(2008, 7, 17))
    assert steps == [START, CONTINUE]
    assert len(incidents) == 1


def test_uruzgan_lies_in_the_centre_as_the_press_names_it(gaz):
    text = (
        "أدت غارة للتحالف إلى مقتل 33 مدنيا بولاية أوروزغان. "
        "وقال الناطق إن طائرات التحالف استهدفت ثلاث سيارات في وسط أفغانستان، مؤكدا أن "
        "الغارة غير مبررة."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_first_part_of_a_lead_that_summed_several_events_is_its_source_sentence(gaz):
    text = (
        "قال مسؤولون إن 19 جنديا قتلوا في سلسلة من الهجمات في إقليمي بادغيس وسربل. "
        "وهاجمت طالبان نقاط تفتيش للجيش في منطقة بالا مرغاب بإقليم بادغيس. "
        "وقال مسؤول محلي إن 14 جنديا قتلوا وأصيب خمسة آخرون."
    )
    first = _incidents(text, gaz)[0]
    assert first.sentence.startswith("وهاجمت طالبان")
    assert first.killed == 14
    assert first.sentences[1] == (0, text.index(" وهاجمت"))


def test_a_roundup_lead_that_counted_no_one_is_no_incident_beside_its_parts(gaz):
    text = (
        "أعلنت الوزارة مقتل العشرات من المسلحين في غارات جوية على مناطق متفرقة من شمال البلاد. "
        "وأوضح البيان أن 40 مسلحا قتلوا في قصف جوي على مواقعهم بولاية بلخ."
    )
    (balkh,) = _incidents(text, gaz)
    assert (balkh.killed, balkh.location.province_pcode) == (40, "AF21")


def test_a_toll_in_two_provinces_told_again_at_each_is_no_incident_of_its_own(gaz):
    # "في ولايتي X وY": the lead sums the clashes its next sentences tell one by one
    text = (
        "قتل ثمانية مسلحين في اشتباكات مع قوات الأمن في ولايتي تخار وبغلان، اليوم. "
        "وقال المتحدث باسم حاكم ولاية تخار إن المسلحين شنوا هجومين منفصلين على مديرية "
        "اشكمش، وإن خمسة منهم قتلوا. "
        "وفي سياق متصل، قال بيان لشرطة ولاية بغلان إن ثلاثة مسلحين قتلوا في هجوم على "
        "مركز للشرطة في الولاية."
    )
    incidents = _incidents(text, gaz)
    assert [(i.killed, i.location.province_pcode) for i in incidents] == [(5, "AF18"), (3, "AF09")]


def test_the_fighting_of_a_part_named_again_at_its_district_goes_on_with_that_part(gaz):
    # the lead sums two provinces; its first part is told, then "the clashes that took place
    # in a district of the province" with the other side's dead: the same part, narrowed
    text = (
        "قال مسؤولون إن هجمات لطالبان على حواجز في ولايتي أرزغان وباكتيا أسفرت عن مقتل 20 "
        "من رجال الأمن. "
        "وقال المتحدث إن 17 جنديا قتلوا في اشتباكات بولاية أرزغان. "
        "وأضاف أن الاشتباكات التي اندلعت في مديرية تشوره بالولاية أسفرت عن مقتل نحو 40 من "
        "مسلحي الحركة."
    )
    incidents = _incidents(text, gaz)
    assert [(i.killed, i.location.province_pcode) for i in incidents] == [(57, "AF25")]
    assert incidents[0].location.district_pcode == "AF2503"


def test_the_motorcade_named_again_by_an_official_of_another_province_is_the_told_event(gaz):
    # placed so far only by the office of those who told it; the governor of a neighbouring
    # province who rode in "the same motorcade" tells the same blast
    text = (
        "قال مسؤولون في ولاية تخار إن وزيرا نجا من تفجير استهدف موكبه شمالي البلاد. "
        "وقال حاكم ولاية بدخشان الذي رافق الوزير في الموكب ذاته إن عبوة زرعت بجانب الطريق "
        "انفجرت قرب سيارة الوزير."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_an_event_named_with_a_clause_then_set_after_another_keeps_both_apart(gaz):
    # "وجاء الانفجار الذي وقع في مدينة X بعد يومين من ...": the told blast, described by a
    # relative clause, came after another event; the next sentences, in the told one's
    # province and of its kind, go back to it (with no word naming it again); a quote that
    # closes after its full stop ends a sentence, no headline
    text = (
        "قال مسؤولون إن قائد شرطة ولاية قندوز نجا من انفجار سيارة مفخخة استهدفت موكبه.\n"
        "وجاء الانفجار الذي وقع في مدينة قندوز بعد يومين من قيام مسلحين بقتل 12 شخصا في "
        "ولاية بغلان المجاورة.\n"
        'وقال المتحدث باسم الشرطة "أصيب قائد شرطة قندوز بجروح طفيفة في انفجار ضخم. وتم '
        'نقله إلى مستشفى في المدينة."\n'
        "وقال متحدث حكومي في قندوز إن القنبلة قتلت ثلاثة من المارة."
    )
    kunduz, baghlan = _incidents(text, gaz)
    assert (kunduz.location.district_pcode, kunduz.killed, kunduz.wounded) == ("AF1901", 3, 1)
    assert (baghlan.location.province_pcode, baghlan.killed) == ("AF09", 12)


def test_it_came_a_span_of_time_on_another_event_unnamed_and_also(gaz):
    # "وأيضا يأتي بعد أيام على سقوط ...": the told event unnamed, "على" for "من"
    text = (
        "لقي خمسة أشخاص حتفهم بانفجار قنبلة داخل سوق بمدينة جلال آباد. "
        "وأيضا جاء بعد أيام على سقوط 20 قتيلا بتفجير انتحاري استهدف مسجدا في كابول."
    )
    jalalabad, kabul = _incidents(text, gaz)
    assert (kabul.location.province_pcode, kabul.killed) == ("AF01", 20)
    assert jalalabad.killed == 5


def test_a_word_ranking_the_event_that_tells_the_first_one_with_its_dead_tells_it(gaz):
    # "ويعتبر هذا التفجير الثاني ... إذ كان التفجير الأول قد وقع في ... وأوقع"
    text = (
        "لقي ثلاثة جنود حتفهم بتفجير انتحاري وسط مدينة ميمنة. "
        "ويعتبر هذا التفجير الثاني في غضون ثلاثة أيام إذ كان التفجير الأول قد ضرب مدينة شبرغان "
        "يوم الأربعاء الماضي وأسفر عن مقتل ثمانية أشخاص."
    )
    told, second = _incidents(text, gaz)
    assert (second.location.province_pcode, second.killed) == ("AF28", 8)
    assert told.killed == 3
    # ranked with no telling of the first one, a word on the told event
    word = (
        "لقي ثلاثة جنود حتفهم بتفجير انتحاري وسط مدينة ميمنة. "
        "ويعتبر هذا التفجير الثاني في غضون ثلاثة أيام بالولاية."
    )
    assert len(_incidents(word, gaz)) == 1


def test_another_one_who_died_is_one_more_dead_of_the_event(gaz):
    # "قتل عشرة حراس في الكمين وتوفي آخر": one more dead, no other attack
    text = (
        "قال المتحدث إن مسلحين هاجموا قافلة للجيش في ولاية بدخشان. "
        "وذكر الناطق باسم الحركة أن عشرة حراس قتلوا في الكمين و توفي آخر متأثرا بجروحه."
    )
    assert len(_incidents(text, gaz)) == 1


def test_one_more_voice_telling_dead_at_a_place_of_their_own_tells_another_event(gaz):
    # "كما أعلنت مصادر ... أن ... قتلا في هجوم انتحاري بقندهار" after soldiers killed in
    # the east, told with no province: one more event, not the place of the first
    text = (
        "أعلن الحلف مقتل أربعة من جنوده بانفجار لغم شرقي البلاد. "
        "كما ذكرت مصادر حكومية أن مدرسين أجنبيين يعملان في مدرسة بقندهار قتلا بتفجير "
        "انتحاري."
    )
    east, kandahar = _incidents(text, gaz)
    assert east.location is None or east.location.province_pcode != "AF27"
    assert (kandahar.location.province_pcode, kandahar.killed) == ("AF27", 2)
    # the voice added on the told event, by its word for it, goes on with it
    again = (
        "أعلن الحلف مقتل أربعة من جنوده بانفجار لغم. "
        "كما ذكرت مصادر حكومية أن الانفجار وقع بقندهار وأدى أيضا إلى مقتل مدنيين."
    )
    assert len(_incidents(again, gaz)) == 1


def test_the_earlier_event_the_told_one_came_after_takes_no_place_from_it(gaz):
    # what the told event came after may have been anywhere; "in the same place" says
    # where
    text = (
        "لقي خمسة جنود حتفهم بانفجار قنبلة وسط مدينة قندهار. "
        "ويأتي الهجوم بعد يومين من مقتل 12 شخصا برصاص مسلحين"
    )
    told, earlier = _incidents(text + ".", gaz)
    assert (told.location.province_pcode, earlier.killed, earlier.location) == ("AF27", 12, None)
    _told, there = _incidents(text + " في المكان نفسه.", gaz)
    assert there.location.district_pcode == "AF2701"


def test_an_event_told_of_late_takes_no_place_from_the_one_told(gaz):
    text = (
        "قتل خمسة مدنيين برصاص جندي أجنبي في ولاية قندهار. "
        "ومؤخرا فتح جنود أفغان النار على مدربين أجانب وقتل أربعة منهم."
    )
    told, late = _incidents(text, gaz)
    assert (told.location.province_pcode, late.killed, late.location) == ("AF27", 4, None)


def test_a_lead_told_in_a_part_of_afghanistan_is_not_placed_abroad(gaz):
    text = (
        "لقي جنديان من الحلف حتفهما أمس في جنوب وغرب أفغانستان. "
        "وفي باكستان أحرق مسلحون صهريج وقود للحلف في بلدة تشامان الحدودية."
    )
    lead, abroad = _incidents(text, gaz)
    assert (lead.killed, lead.country, abroad.country) == (2, "AF", "PK")


def test_an_event_of_a_past_weekday_takes_no_place_from_the_one_told(gaz):
    text = (
        "قتل شخص وأصيب عشرة في انفجار قنبلة في مدرسة بولاية خوست اليوم الأربعاء. "
        "والاثنين الماضي، أعلن مسؤولون مقتل خمسة مسلحين في اشتباك قرب مبنى حكومي."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.location.province_pcode, earlier.killed, earlier.location) == ("AF14", 5, None)


def test_the_rounds_and_the_site_named_again_go_back_to_the_event_that_named_them(gaz):
    # rockets on an airport, another matter in three cities, then "the three rockets
    # that struck the airport": the first event's
    text = (
        "سقطت ثلاثة صواريخ اليوم على مطار قندهار. "
        "وعلى صعيد آخر، ذكرت الداخلية أن القوات صدت هجمات لطالبان على مدن قندهار "
        "ولشكركاه وهرات. "
        "وأوضح مدير مطار قندهار أن اثنين من الصواريخ الثلاثة التي سقطت على المطار "
        "أصابا المدرج."
    )
    rockets, cities = _incidents(text, gaz)
    assert len(rockets.sentences) == 2
    assert cities.location is None or cities.location.province_pcode != "AF27"


def test_the_country_wide_war_an_event_told_by_its_means_falls_in_is_its_setting(gaz):
    # no one hurt: the rockets that fell are the event, the offensive across the country
    # the time it fell in
    text = (
        "أصابت ثلاثة صواريخ على الأقل مطار قندهار صباح اليوم، في الوقت الذي تشن فيه "
        "الحركة هجوما في أنحاء البلاد كافة."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2701"


def test_what_is_expected_later_is_no_later_event(gaz):
    text = (
        "سقطت ثلاثة صواريخ اليوم على مطار قندهار وألحقت أضرارا بالمدرج. "
        "وقال مدير المطار إن العمال يصلحون ما خلفه القصف، ومن المتوقع أن تعود الرحلات "
        "في وقت لاحق اليوم."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_official_of_the_first_of_two_events_a_lead_told_goes_back_to_it(gaz):
    # the lead tells two blasts; the governor of the first one's province then tells his
    text = (
        "نجا حاكم ولاية بغلان من تفجير عبوة ناسفة شمالي البلاد، فيما جرح 12 شخصا في "
        "تفجير عبوة بولاية لوغار. "
        "وقال حاكم بغلان في مقابلة إن عبوة ناسفة انفجرت قرب موكبه على الطريق."
    )
    first, logar = _incidents(text, gaz)
    assert len(first.sentences) == 2
    assert (logar.location.province_pcode, len(logar.sentences)) == ("AF05", 1)


def test_the_fighting_named_definite_refers_back_to_the_told_battle(gaz):
    text = (
        "قصفت الطائرات مواقع لمقاتلي طالبان في إقليم زابل. "
        "وأضاف أن قوات العدو أحيطت في مقاطعة داي شوبان باقليم زابل حيث اندلع القتال."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_the_events_in_the_definite_plural_with_a_toll_sum_the_events_told_at_their_places(gaz):
    text = (
        "انفجرت عبوة ناسفة قرب مركز للاقتراع في مديرية زرمت بولاية بكتيا. "
        "كما أطلق مسلحون صواريخ على مدرسة في مديرية سركانو بولاية كونار. "
        "وأوقعت الهجمات ستة قتلى و20 جريحا على الأقل."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF13", "AF15"]
    assert [(i.killed, i.wounded) for i in incidents] == [(None, None), (None, None)]
    # after one event the plural is its own toll ("الهجمات" of a coordinated attack)
    (one,) = _incidents(
        "شن مسلحون هجمات متزامنة على مراكز للشرطة في مديرية زرمت بولاية بكتيا. "
        "وأوقعت الهجمات ستة قتلى.",
        gaz,
    )
    assert one.killed == 6


def test_a_toll_in_a_series_of_attacks_after_a_placed_event_is_no_part_of_it(gaz):
    text = (
        "قتل تسعة أشخاص في انفجار لغم في سيارتهم في ولاية بغلان. "
        "وقتل مسلحون أكثر من خمسين شخصا في سلسلة هجمات خلال يوم الانتخابات."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 9
    # the series told as the lead is an event of its own
    (lead,) = _incidents("قتل 20 شخصا في سلسلة تفجيرات في مدينة قندهار.", gaz)
    assert lead.killed == 20


def test_both_events_happening_at_their_places_is_no_background_for_a_since_clause(gaz):
    text = (
        "قتل 18 شخصا أمس في أفغانستان في هجومين أحدهما انتحاري استهدف قافلة للقوات الدولية. "
        "ووقع الهجومان في ولايتي ننغرهار وغزني حيث تنشط حركة طالبان منذ 2001."
    )
    (incident,) = _incidents(text, gaz)
    # read as the events' places (at neither of the two: the toll is of both)
    told = {(m.province_pcode, m.role) for m in incident.places}
    assert {("AF06", "event_place"), ("AF11", "event_place")} <= told
    assert (incident.location, incident.country, incident.more) == (None, "AF", [(83, 151)])


def test_a_wire_credit_line_at_the_foot_places_nothing(gaz):
    text = (
        "قتل ثلاثة جنود أمس في انفجار عبوة ناسفة استهدفت قافلتهم. "
        "وقال مسؤول إن الانفجار وقع صباحا.\n(جلال أباد ـ أ ف ب)"
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location is None


def test_near_the_capital_places_its_province_weakly_and_the_next_place_told_places_it(gaz):
    lead = "أعلنت القوة الدولية مقتل أحد جنودها وإصابة أربعة آخرين في انفجار بالقرب من كابول."
    (alone,) = _incidents(lead, gaz)
    assert (alone.location.province_pcode, alone.location.district_pcode) == ("AF01", None)
    assert alone.location.how == "near"
    (placed,) = _incidents(
        lead + " وذكرت القوة في بيان أن الجنود كانوا يجرون دورية عسكرية في إقليم لوجار.", gaz
    )
    assert placed.location.province_pcode == "AF05"


@pytest.mark.parametrize(("province", "code"), [("لوجار", "AF05"), ("وردك", "AF04")])
def test_the_provinces_just_south_of_the_capital_lie_in_the_south_the_press_names(
    gaz, province, code
):
    text = (
        "قتل جندي من قوة إيساف في انفجار بجنوب أفغانستان على مقربة من كابول. "
        f"وأوضحت القوة أن الدورية كانت في ولاية {province}."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.province_pcode == code


def test_an_event_named_again_where_an_earlier_was_outside_the_leads_region_is_that_one(gaz):
    text = (
        "اقتحم مسلحون مبنى حكوميا في مدينة قندوز أمس ما أدى إلى مقتل خمسة أشخاص. "
        "وفي جنوب أفغانستان انفجرت عبوة ناسفة بحافلة ركاب ما أسفر عن مقتل تسعة مدنيين. "
        "واستهدف الهجوم في قندوز مقر دائرة الجوازات، وأعقبه تبادل لإطلاق النار."
    )
    storming, bomb = _incidents(text, gaz)
    assert storming.location.province_pcode == "AF19"
    assert len(storming.more) == 1
    assert (bomb.killed, bomb.location) == (9, None)


def test_a_tally_in_a_whereas_clause_does_not_make_the_event_told_background(gaz):
    text = (
        "قتل جندي بريطاني في انفجار عبوة ناسفة في ولاية هلمند أمس، في حين أن أعمال العنف "
        "بلغت مستويات قياسية منذ مطلع العام."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.location.province_pcode) == (1, "AF30")


def test_the_means_of_an_event_told_indefinite_names_no_event_told_before(gaz):
    text = (
        "قتل 11 مدنيا في انفجار قنبلة على جانب طريق في ولاية قندهار أمس. "
        "من جهة أخرى، أعلن الجيش الأمريكي أن أحد جنوده قتل في هجوم بالقنبلة غرب البلاد."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.location.province_pcode) == (11, "AF27")
    assert (second.killed, second.location) == (1, None)


def test_dead_counted_on_a_past_weekday_are_another_days_event(gaz):
    text = (
        "جرح ثلاثة جنود كنديين اليوم الثلاثاء في هجوم انتحاري استهدف قافلتهم في ولاية قندهار. "
        "وقتل الأحد الماضي مدنيان وجرح 15 آخرون في اعتداء انتحاري بسيارة مفخخة."
    )
    today, sunday = _incidents(text, gaz)
    assert (today.killed, today.wounded) == (None, 3)
    assert (sunday.killed, sunday.wounded) == (2, 15)


def test_dead_counted_on_the_past_weekday_of_the_event_told_are_its_own(gaz):
    text = (
        "جرح ثلاثة جنود كنديين الأحد الماضي في هجوم انتحاري استهدف قافلتهم في ولاية قندهار. "
        "وقتل الأحد الماضي مدنيان في الهجوم نفسه."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (2, 3)


def test_a_sentence_opening_on_the_neighbouring_province_tells_its_own_event(gaz):
    text = (
        "قتل مدنيان وجرح 21 آخرون في هجوم انتحاري بسيارة مفخخة. "
        "وفي إقليم هلمند المجاور هاجم مسلحون قافلة تنقل إمدادات للقوات البريطانية."
    )
    bombing, raid = _incidents(text, gaz)
    assert bombing.location is None
    assert raid.location.province_pcode == "AF30"


def test_the_incident_named_again_as_al_waqia_takes_up_the_one_told(gaz):
    text = (
        "قال مسؤولون إن 14 مدنيا بينهم 6 أطفال قتلوا في غارة جوية في إقليم كونار بشرق البلاد. "
        "وتعد هذه الغارة الأحدث في سلسلة من العمليات التي قتل فيها عشرات القادة منذ العام الماضي. "
        "وقال عضو في المجلس المحلي إن 9 مدنيين أصيبوا بجروح في الواقعة."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded, incident.location.province_pcode) == (14, 9, "AF15")


def test_the_governors_office_struck_on_a_weekday_lies_in_the_provincial_capital(gaz):
    text = "قتل خمسة حراس وابن حاكم ولاية نيمروز في تفجير انتحاري استهدف الاثنين مكتب حاكم الولاية."
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF3401"


def test_the_province_of_the_governors_seat_named_again_tells_no_new_event(gaz):
    text = (
        "قتل خمسة حراس وابن حاكم ولاية نيمروز في تفجير انتحاري استهدف الاثنين "
        "مكتب حاكم الولاية. وحمل الحاكم مسؤولية الهجوم لمتشددي طالبان الذين يشنون تمردا "
        "منذ سنوات. جدير بالذكر أن إقليم نيمروز الذي جرى فيه الهجوم ظل هادئا نسبيا."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.location.district_pcode) == (6, "AF3401")


def test_the_dead_after_an_events_ordinal_are_the_earlier_events(gaz):
    text = (
        "قتل ثلاثة شرطيين في هجوم انتحاري بسيارة مفخخة في مديرية سبين بولداك بولاية قندهار. "
        "وذكر المسؤول أنه ثالث هجوم من نوعه في المديرية هذا الأسبوع بعد مقتل 17 شخصا."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.killed, earlier.killed) == (3, 17)


def test_a_second_bomber_among_those_who_came_to_help_the_victims_is_the_same_attack(gaz):
    text = (
        "فجر انتحاري نفسه أمام مسجد في مدينة هرات مساء الخميس. "
        "ولما تجمع المارة لإسعاف المصابين، فجر انتحاري ثان نفسه بعد دقائق. "
        "وأعلن وزير الصحة أن حصيلة التفجيرين بلغت 27 قتيلا و270 جريحا."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (27, 270)


def test_the_same_dead_and_wounded_of_the_same_event_told_after_other_news_are_it_again(gaz):
    text = (
        "قتل جنديان كنديان في كمين نصبه مسلحون في مديرية بنجواي بولاية قندهار الخميس. "
        "كما قتل 14 مدنيا وجرح 9 آخرون بتفجير سيارة ملغومة في الولاية ذاتها. "
        "وقال متحدث باسم القوات الكندية إن المسلحين هاجموا الدورية بقذائف صاروخية. "
        "وفي تطور متصل أصيب 9 أشخاص وقتل 14 آخرون جراء تفجير سيارة ملغومة في قندهار."
    )
    ambush, bombing = _incidents(text, gaz)
    assert (ambush.killed, bombing.killed, bombing.wounded) == (2, 14, 9)


def test_in_another_incident_waqia_opens_a_new_one(gaz):
    text = (
        "لقي قائد بالشرطة حتفه بعدما أطلق مسلحون النار عليه أمام منزله في إقليم فرح. "
        "وفي واقعة أخرى، قالت وزارة الدفاع إن أربعة جنود قتلوا أمس في مقاطعة باكوا حين "
        "انفجرت عبوة ناسفة بحافلتهم."
    )
    shooting, bomb = _incidents(text, gaz)
    assert (shooting.killed, bomb.killed) == (1, 4)


def test_another_voice_also_saying_the_toll_adds_no_dead(gaz):
    text = (
        "قتل جنديان ألمانيان في انفجار عبوة ناسفة في ولاية قندوز يوم الأربعاء. "
        "وأعلن وزير الدفاع الألماني أيضا مقتل جنديين من وحدة الهندسة."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 2


def test_a_toll_told_part_by_part_after_the_lead_adds_no_dead(gaz):
    text = (
        "قتل ستة من رجال الشرطة فجر اليوم في هجوم على حاجز أمني في مديرية نوزاد بولاية "
        "هلمند. وقال مسؤول إن مسلحين اقتحموا الحاجز حيث قتل ضابطان. كما فتحت النار على "
        "4 آخرين من الحراس وهم نيام فقتلوا."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 6


def test_dead_told_as_well_after_the_first_part_of_a_leads_events_are_the_next_part(gaz):
    text = (
        "قتل جنديان من قوة إيساف في هجومين منفصلين جنوبي أفغانستان أمس. "
        "وقالت وزارة الدفاع الكندية إن جنديا كنديا قتل في انفجار عبوة في ولاية قندهار. "
        "كما أعلنت وزارة الدفاع الهولندية أن جنديا هولنديا قتل وأصيب ثلاثة في هجوم بالجنوب."
    )
    canadian, dutch = _incidents(text, gaz)
    assert canadian.location.province_pcode == "AF27"
    assert (dutch.killed, dutch.wounded, dutch.location) == (1, 3, None)


def test_a_place_framed_at_the_head_with_the_verb_of_the_dead_right_after_is_another_event(
    gaz,
):
    text = (
        "قتل 12 مسلحا في غارة جوية في مديرية موسى قلعة بولاية هلمند أمس. "
        "وفي جنوبي هلمند قتل جنديان أجنبيان عندما فتح رجلان النار على قاعدة عسكرية."
    )
    strike, shooting = _incidents(text, gaz)
    assert (strike.killed, shooting.killed) == (12, 2)


def test_also_after_the_wounded_adds_no_dead_told_before_it(gaz):
    text = (
        "قال مسؤولون إن 14 مدنيا قتلوا في غارة جوية في إقليم كونار بشرق البلاد. "
        "وقال عضو في مجلس الولاية إن ثماني نساء وستة أطفال قتلوا وأصيب 9 مدنيين أيضا."
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (14, 9)


def test_where_forces_are_stationed_places_no_lead_told_without_a_place(gaz):
    text = (
        "قتل جندي أسترالي في أفغانستان جراء انفجار قنبلة يدوية الصنع خلال مهمة. "
        "وتنشر أستراليا حوالى 1500 جندي في أفغانستان يتركزون خصوصا في ولاية أوروزغان."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location is None


def test_an_operation_going_on_named_by_its_participle_is_the_setting(gaz):
    text = (
        "أعلن الحلف أن جنديا من القوة الدولية لقي حتفه في هجوم للمتمردين في جنوب أفغانستان. "
        "ويشارك الآلاف من القوات الأفغانية حاليا في العملية الدائرة في إقليم قندهار."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location is None


def test_a_contrast_after_dead_told_in_a_part_of_the_country_opens_an_event_at_its_unit(gaz):
    text = (
        "أعلنت القوة الدولية أمس عن مقتل أحد جنودها في جنوب أفغانستان، فيما أسفر انفجار "
        "استهدف موكبا للشرطة في مدينة فرح عن إصابة ثلاثة مدنيين."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.location) == (1, None)
    assert (second.wounded, second.location.province_pcode) == (3, "AF33")


def test_the_same_figures_at_an_earlier_events_place_go_back_to_it(gaz):
    text = (
        "أسفر انفجار استهدف موكبا للشرطة في مدينة فرح عن إصابة ثلاثة مدنيين. "
        "وفي حادث آخر، قتل جندي أمريكي في انفجار عبوة ناسفة في شرق البلاد. "
        "من جهتها، نقلت وكالة محلية أن ثلاثة مدنيين أصيبوا في انفجار قنبلة في مدينة فرح."
    )
    farah, soldier = _incidents(text, gaz)
    assert (farah.wounded, len(farah.more)) == (3, 1)
    assert (soldier.wounded, soldier.location, soldier.more) == (None, None, [])


def test_the_event_named_by_its_day_the_day_after_another_tells_that_other_apart(gaz):
    text = (
        "هاجم مسلحون اليوم الجمعة وأحرقوا 27 شاحنة إمدادات في مدينة بيشاور. "
        "ويأتي هجوم الجمعة غداة غارة لمروحيات الحلف في منطقة كرم أسفرت عن مقتل ثلاثة جنود."
    )
    trucks, strike = _incidents(text, gaz)
    assert (trucks.killed, strike.killed) == (None, 3)


def test_a_second_clause_of_what_was_said_tells_an_event_at_a_site_of_its_own(gaz):
    text = (
        "وقال المتحدث باسم طالبان إن مقاتلي الحركة سيطروا على ولايتي بغلان وبدخشان، "
        "وإنهم استهدفوا بالصواريخ قاعدة باغرام العسكرية شمالي العاصمة كابل."
    )
    incidents = _incidents(text, gaz)
    # (the two provinces seized, each an event of its own, then the base shelled)
    assert [(i.location.province_pcode, i.location.district_pcode) for i in incidents] == [
        ("AF09", None),
        ("AF17", None),
        ("AF03", "AF0302"),
    ]
    assert incidents[-1].event_type == "shelling"


def test_a_relative_clause_after_a_places_apposition_tells_the_place_not_the_events_time(gaz):
    text = (
        "وسيطرت حركة طالبان السبت على منطقة خان آباد القريبة من مدينة قندوز العاصمة "
        "الإقليمية الوحيدة التي تمكنوا منذ 2001 من السيطرة عليها لفترة قصيرة العام الماضي."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == "AF1904"


def test_a_strike_from_the_air_told_after_the_attack_is_an_event_of_its_own(gaz):
    lead = "قتل 15 شخصا في هجوم شنته حركة طالبان على مديرية خواجه عمري في ولاية غزني. "
    attack, strike = _incidents(
        lead + "وعقب الهجوم، قامت القوات الأفغانية بهجوم جوي على المنطقة، قتل فيه 45 مسلحا.",
        gaz,
    )
    assert (attack.killed, strike.event_type, strike.killed) == (15, "airstrike", 45)
    # fire on the ground after a blast is the same ambush going on
    (ambush,) = _incidents(
        "قتل جندي في انفجار قنبلة استهدف دورية في ولاية غزني. "
        "وبعد الانفجار، تعرضت الدورية لإطلاق نار وردت عليها.",
        gaz,
    )
    assert ambush.killed == 1


def test_a_pluperfect_event_on_another_weekday_named_by_yawm_is_another_event(gaz):
    text = (
        "أعلن مصدر عسكري إصابة ثلاثة جنود بجروح من جراء انفجار وقع الاثنين في ولاية زابل. "
        "وكان ثلاثة جنود أصيبوا في انفجار قنبلة يوم الجمعة عند مرور قافلة على الطريق بين "
        "ولاية قندهار ومطار أميركي."
    )
    assert len(_incidents(text, gaz)) == 2


def test_events_in_the_plural_told_at_the_whole_country_sum_the_events_told_after(gaz):
    text = (
        "هجمات دموية في أفغانستان أدت إلى مقتل 20 شخصا على الأقل. "
        "ففي ولاية هلمند قتل تسعة أشخاص في هجوم على اجتماع لمسؤولين محليين. "
        "أما في قندهار فقد انفجرت عبوات في مقر إقامة الوالي ما أدى إلى مقتل تسعة أشخاص."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [9, 9]


def test_a_would_be_bomber_arrested_with_the_vest_is_a_foiled_attack_no_event(gaz):
    text = (
        "وفي مدينة جلال آباد، اعتقلت أجهزة الاستخبارات امرأة ارتدت سترة محشوة بالمتفجرات "
        "تمهيدا لتنفيذ عملية انتحارية."
    )
    assert _incidents(text, gaz) == []


def test_a_suicide_bomber_caught_before_he_struck_is_a_foiled_attack_no_event(gaz):
    text = "وفي سياق آخر، اعتقلت الشرطة انتحاريا قبل أن يتمكن من استهداف مقر الحاكم في مدينة قلات."
    assert _incidents(text, gaz) == []


def test_a_fighter_arrested_with_explosives_during_clashes_is_the_clashes_event(gaz):
    # the arrest came out of a fight that took place: no foiled attack
    text = (
        "وقالت القوات الأفغانية إنها اعتقلت مسلحا خلال اشتباكات في مديرية أندر بولاية غزني "
        "وبحوزته مواد تستخدم في صنع عبوات ناسفة."
    )
    assert [i.event_type for i in _incidents(text, gaz)] == ["armed_clash"]


def test_a_death_the_forces_say_no_fighting_caused_tells_no_event(gaz):
    text = (
        "وفي حادث منفصل، توفي أحد أفراد القوة الدولية في جنوب أفغانستان الخميس نتيجة "
        "لإصابة غير ذات الصلة بالعمليات العسكرية."
    )
    assert _incidents(text, gaz) == []


def test_a_tally_since_a_deed_of_a_year_is_background(gaz):
    text = (
        "قتل خمسة جنود فرنسيين في انفجار قنبلة في ولاية كابيسا. "
        "ويرتفع عدد الجنود الفرنسيين الذين قتلوا بأفغانستان، منذ احتلاله في ,2001 إلى 69 "
        "قتيلا."
    )
    (incident,) = _incidents(text, gaz)
    assert incident.killed == 5


def test_dozens_of_attacks_are_a_round_up_not_an_event(gaz):
    text = (
        "صوت الأفغان في الانتخابات أمس على وقع عشرات الهجمات والتفجيرات التي نفذتها حركة "
        "طالبان. وكان بينها هجوم انتحاري في مدينة قندهار. "
        "كما انفجر لغم قرب مركز انتخابي في مديرية زرمت بولاية بكتيا."
    )
    incidents = _incidents(text, gaz)
    assert [i.location.province_pcode for i in incidents] == ["AF27", "AF13"]
    # the suicide attack is told by its own sentence, not by the one of the dozens
    assert incidents[0].sentence.startswith("وكان بينها")


def test_the_second_blast_after_the_first_is_where_the_first_was(gaz):
    text = (
        "قتل جندي كندي وأصيب آخر في انفجار عبوة ناسفة غربي مدينة قندهار. "
        "من ناحية أخرى، انفجرت عبوة ناسفة ثانية، عقب فترة قصيرة من الأولى، ما أسفر عن "
        "إصابة ثلاثة جنود. "
        "وكان بيان من الحلف قد أعلن في وقت سابق أن انفجارا استهدف مركبة في إقليم قندهار "
        "مما أسفر عن مقتل جندي وإصابة آخر."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.wounded, len(first.more)) == (1, 1, 1)
    assert (second.location.province_pcode, second.killed, second.wounded) == ("AF27", None, 3)


def test_a_told_event_named_in_construct_is_no_other_days_event(gaz):
    # a noun of the event in construct with a definite one ("هجوم المسلحين على المركز")
    # is as definite as "الهجوم": the event told again, its other day no new event
    text = (
        "استعادت القوات الأفغانية يوم الثلاثاء 14 مايو 2019 السيطرة على مركز للشرطة في "
        "مدينة قندوز بعد معارك مع مسلحي طالبان. "
        "وأكد المتحدث أن 17 شخصا لقوا حتفهم في هجوم المسلحين على المركز يوم الأحد والمعارك "
        "التي أعقبته."
    )
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2019, 5, 14))
    assert incident.killed == 17


def test_a_lead_telling_the_headlines_figure_is_its_event_whatever_past_it_names(gaz):
    # "قرب قاعدة مهمة في السابق": the past of the site, not the time of the sentence
    text = (
        "مقتل 12 شخصا في تفجير انتحاري قرب مقر للشرطة في أفغانستان\n"
        "لقي 12 شخصا مصرعهم في تفجير انتحاري قرب مبنى كان في السابق مقرا للاستخبارات "
        "في مدينة غزني. وقال المتحدث باسم حاكم الولاية إن الانفجار أدى إلى مقتل 12 شخصا."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.sentence.startswith("لقي 12 شخصا")
    assert inc.killed == 12


def test_the_latest_of_a_series_told_is_an_event_of_its_own(gaz):
    # "كان آخرها غارة السبت": the last of the raids, not the ambush told
    text = (
        "قتل سبعة جنود في كمين نصبه مسلحون قرب نقطة تفتيش في مديرية شيغل بولاية كونار. "
        "وتتعرض القرى هناك لغارات تشنها الطائرات المسيرة، كان آخرها الغارة التي وقعت "
        "السبت وأدت إلى مقتل 6 مسلحين."
    )
    ambush, raid = _incidents(text, gaz)
    assert (ambush.event_type, ambush.killed) == ("attack", 7)
    assert (raid.event_type, raid.killed) == ("airstrike", 6)


def test_a_remark_on_what_is_usual_after_a_figure_leaves_the_figure_news(gaz):
    # "أن عشرة جنود قتلوا، لكن الحركة غالبا ما تضخم أرقامها": the habit is the remark's
    text = (
        "قتل ثلاثة مدنيين في هجوم انتحاري استهدف موكبا عسكريا في مديرية تكاب بولاية كابيسا. "
        "وأعلن المتحدث باسم حركة طالبان أن عشرة جنود أجانب قتلوا، لكن الحركة غالبا ما "
        "تضخم أرقام ضحايا عملياتها."
    )
    assert _steps(text, gaz) == [START, CONTINUE]
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


def test_stopping_the_victims_is_no_attack_foiled(gaz):
    # "أوقفت طالبان سيارة تقل مسافرين وأطلقت النار عليهم": the victims stopped, then shot
    text = (
        "قال شهود إن مسلحين أوقفوا سيارة تقل مسافرين وأطلقت النيران عليهم في مديرية جلريز "
        "بولاية وردك."
    )
    assert _steps(text, gaz) == [START]
    # a bomber stopped before he struck is one
    foiled = "وأوقفت قوات الأمن انتحاريا يرتدي سترة ناسفة في مديرية جلريز بولاية وردك."
    assert _steps(foiled, gaz) == [SKIP]


def test_another_matter_told_by_no_event_word_closes_the_open_incident(gaz):
    # "من ناحية أخرى، أوضح المتحدث أن عناصر طالبان أوقفت ست حافلات": not the open event
    text = (
        "أعدم مسلحون اثنين من الرهائن في مديرية جهار دره بولاية قندوز. "
        "من ناحية أخرى، أوضح المتحدث أن عناصر طالبان أوقفت أربع حافلات على الطريق السريع. "
        "وكانت التقارير الأولية أعلنت مقتل 9 ركاب وخطف 20 آخرين."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (2, 9)


def test_an_arrest_the_attack_came_after_with_no_one_hurt_only_sets_its_time(gaz):
    # "ويأتي الهجوم بعد اعتقال ...": an arrest, no means, no dead
    text = (
        "قتل حاكم الولاية في انفجار قنبلة داخل مسجد في مدينة بول علم بولاية لوغار. "
        "ويأتي الهجوم أياما بعد اعتقال قوات التحالف لقيادي بارز في الحركة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_clause_of_what_the_place_saw_before_tells_neither_its_dead_nor_its_claim(gaz):
    # "حيث شهدت البلدة هجمات سابقة، أبرزها هجوم ... أودى بحياة 21": of that earlier time
    text = (
        "قتل ستة أشخاص في انفجار عبوة ناسفة في سوق بمدينة غزني. "
        "ورجحت السلطات أن يكون الهجوم انتحاريا، حيث شهدت المدينة هجمات سابقة أبرزها هجوم "
        "في مارس الماضي أودى بحياة 19 شخصا وتبنته حركة طالبان."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.claimed_by) == (6, None)


def test_a_claim_naming_the_event_by_its_place_goes_back_to_the_event_told_there(gaz):
    # "وتبنى متمردو طالبان مسؤولية هجوم زابل": not the unplaced event told since
    text = (
        "قتل ثلاثة جنود أمريكيين في انفجار عبوة ناسفة بولاية زابل جنوب البلاد. "
        "وقال الجيش الأمريكي إن متمردين شنوا هجوما آخر في شرق البلاد قتل فيه مدني. "
        "وتبنت حركة طالبان مسؤولية هجوم زابل."
    )
    bomb, other = _incidents(text, gaz)
    assert (bomb.claimed_by, bomb.location.province_pcode) == ("Taliban", "AF26")
    assert (other.claimed_by, other.location) == (None, None)


def test_an_event_told_at_a_distance_from_the_site_of_the_first_is_another(gaz):
    # "وعلى بعد كيلومترات من موقع الاشتباك، قتل ...": elsewhere
    text = (
        "قتل جنديان هولنديان في اشتباك ليلي مع مسلحين قرب قاعدة في مديرية ديهراود بولاية أروزغان. "
        "وعلى بعد ثلاثة كيلومترات من موقع الاشتباك الأول قتل الجنود جنديين أفغانيين عن طريق الخطأ."
    )
    assert len(_incidents(text, gaz)) == 2


def test_an_operation_going_on_in_the_present_is_background(gaz):
    # "وتواصل قوات التحالف عملية أمنية في إقليمي كونار ونورستان": what goes on
    text = (
        "قتل قائد محلي في اشتباك مع قوات التحالف في مديرية بيتش بولاية كونار. "
        "وتواصل قوات التحالف عملية أمنية في ولايتي كونار ونورستان لملاحقة المسلحين."
    )
    assert len(_incidents(text, gaz)) == 1
    assert _steps(text, gaz) == [START, "close"]


def test_attacks_of_late_told_in_the_pluperfect_are_background(gaz):
    # "وكان التنظيم قد تبنى هجمات وقعت مؤخرا": before the news
    text = (
        "قتل ثلاثة أشخاص في انفجار قنبلة في مدينة باميان. "
        "وكانت الحركة قد أعلنت مسؤوليتها عن هجمات نفذت مؤخرا، بينها تفجير استهدف معهدا "
        "تعليميا وأوقع 40 قتيلا."
    )
    assert _steps(text, gaz) == [START, "close"]


def test_an_event_on_the_anniversary_of_a_past_one_is_no_background_nor_a_round_up(gaz):
    # "الثلاثاء المصادف للذكرى ال20 لهجمات سبتمبر في الولايات المتحدة": the day it fell
    # on (the participle), an ordinal (no 18 attacks) and the United States (no provinces)
    text = (
        "سقطت قذيفة صاروخية قرب مبنى البرلمان في العاصمة كابول الثلاثاء المصادف للذكرى ال20 "
        "لهجمات سبتمبر في الولايات المتحدة، ولم تسفر عن أي إصابات."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed, inc.wounded, inc.none_hurt) == (
        "AF0101",
        None,
        None,
        True,
    )


def test_an_ordinal_with_the_article_counts_no_events(gaz):
    # "في الذكرى ال18 لهجمات سبتمبر": the 18th anniversary, not eighteen attacks summed
    facts = []
    text = "قتل جندي أمريكي في انفجار عبوة في الذكرى ال18 لهجمات سبتمبر."
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert [f.roundup for f in facts] == [False]


def test_attacks_in_a_part_of_the_country_are_several_events_summed(gaz):
    # "في هجمات نفذها المسلحون في شرق البلاد": a sum; each attack told after at its place
    text = (
        "قتل 20 عنصرا من قوات الأمن في هجمات نفذها المسلحون في شرق البلاد. "
        "وقال مسؤول إن المسلحين استهدفوا نقاط تفتيش في مديرية قيصار بولاية فارياب، حيث قتل "
        "8 شرطيين."
    )
    placed = [(i.location and i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert ("AF29", 8) in placed
    assert ("AF29", 20) not in placed


def test_a_groups_habit_told_in_a_relative_clause_is_no_background(gaz):
    # "وأعلنت طالبان، التي تبالغ عادة في أعداد القتلى، مسؤوليتها": the claim stands
    text = (
        "قتل 12 جنديا في هجوم على موقع للجيش في مديرية جرم بولاية بدخشان. "
        "وأعلنت طالبان، التي تبالغ عادة في أعداد القتلى، مسؤوليتها عن الهجوم قائلة إن 30 "
        "جنديا قتلوا."
    )
    facts = []
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert [f.background for f in facts] == [False, False]


def test_an_attack_at_another_district_than_the_provincial_seat_told_is_its_own(gaz):
    # "مركز ولاية X" places the first attack at the provincial seat; "كما هاجموا مركز
    # مديرية Y بولاية X" names another district of that province: a second event
    text = (
        "هاجم مسلحو طالبان ليلة أمس مقر الشرطة ومبنى المخابرات في مركز ولاية قندوز. "
        "كما هاجم المجاهدون مركز مديرية دشت آرتشي بولاية قندوز ودمروا ثلاث دبابات."
    )
    placed = [i.location and i.location.district_pcode for i in _incidents(text, gaz)]
    assert placed == ["AF1901", "AF1906"]


def test_a_lead_placed_by_a_districts_own_post_is_not_placed_by_the_next_attack_elsewhere(gaz):
    # "اغتيل حاكم مديرية X بولاية P1": the post of the man struck places the lead in X;
    # "وهاجم مسلحون ... في مديرية Y بولاية P2" after it is another event, not its place
    text = (
        "واغتيل حاكم مديرية زرمت بولاية بكتيا مع اثنين من حراسه في انفجار عبوة. "
        "وهاجم مسلحون مساء أمس على عناصر الجيش قرب مقر عسكري بولاية غزني."
    )
    placed = [i.location and i.location.province_pcode for i in _incidents(text, gaz)]
    assert placed == ["AF13", "AF11"]


def test_other_aircraft_told_after_a_strike_make_another_strike(gaz):
    # "وهاجمت طائرات أمريكية أخرى": "other" after the aircraft of a strike
    text = (
        "قصفت طائرة بلا طيار مجمعا في منطقة وزيرستان الشمالية بباكستان فقتلت ستة مسلحين. "
        "وهاجمت طائرات أمريكية أخرى سيارة تقل مسلحين مما أدى إلى مقتل ثلاثة أشخاص."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [6, 3]


def test_an_event_told_near_a_town_abroad_is_abroad_and_not_placed_by_one_in_afghanistan(gaz):
    # "على بعد 40 كلم غرب ميران شاه": a bearing from a Pakistani town only
    text = (
        "وأطلقت طائرة أمريكية صاروخين على سيارة على بعد 30 كلم شرق ميران شاه مما أدى إلى "
        "مقتل خمسة مسلحين. "
        "وفي أفغانستان أكد الحلف مقتل أحد جنوده في مواجهات مع مسلحين أمس."
    )
    found = [(i.country, i.killed) for i in _incidents(text, gaz)]
    assert found[0] == ("PK", 5)
    assert len(found) == 2


def test_a_clause_joined_by_as_well_at_another_province_tells_its_own_event(gaz):
    # dead at one province, then "كما اندلع ... في إقليم Y": a second event
    text = (
        "وقالت الشرطة إن قوات أجنبية قتلت 3 من رجال الشرطة في إقليم هلمند كما اندلع "
        "اشتباك بين الجيش ومسلحين في إقليم بادغيس."
    )
    placed = [i.location and i.location.province_pcode for i in _incidents(text, gaz)]
    assert placed == ["AF30", "AF31"]
    # more hurt "as well" stay with the event told
    hurt = (
        "وقتل قائد الشرطة في منطقة ناوه ومرافقاه، كما جرح شرطي ثالث بانفجار قنبلة في منطقة ناد علي."
    )
    assert len(_incidents(hurt, gaz)) == 1


def test_a_thing_an_earlier_lead_named_takes_the_report_back_to_that_event(gaz):
    # a helicopter downed in one province, another matter elsewhere, then the helicopter
    # named again: that event, and its province is the context again
    text = (
        "أسقط مسلحون مروحية عسكرية في ولاية لوغار مما أدى إلى مقتل 12 جنديا. "
        "من جهة أخرى، قتل ثلاثة من رجال الشرطة في انفجار في ولاية تخار. "
        "وقال الجيش إن قواته قتلت المسلحين الذين أسقطوا المروحية. "
        "وأوضح أنهم قتلوا في غارة جوية نفذتها طائرة مقاتلة."
    )
    found = [
        (i.event_type, i.location and i.location.province_pcode) for i in _incidents(text, gaz)
    ]
    assert ("airstrike", "AF18") not in found
    assert found[-1] == ("airstrike", "AF05")


def test_a_claim_of_both_incidents_owns_the_one_told_before_too(gaz):
    # "وتبنت طالبان مسؤوليتها عن الحادثين"
    text = (
        "قتل جنديان في انفجار عبوة في ولاية قندهار. "
        "وفي حادث آخر، قتل ثلاثة شرطيين في هجوم على حاجز في ولاية زابل. "
        "وتبنت طالبان مسؤوليتها عن الحادثين."
    )
    assert [i.claimed_by for i in _incidents(text, gaz)] == ["Taliban", "Taliban"]


def test_violence_growing_across_the_country_is_the_setting_not_a_round_up(gaz):
    # "with" and a word of growth before the country-wide violence: the setting
    text = (
        "قال مسؤولون إن انتحاريا قتل 20 شخصا في هجوم على مبنى حكومي في ولاية بغلان أمس، مع "
        "تزايد الهجمات في مختلف أنحاء البلاد."
    )
    assert [i.location and i.location.province_pcode for i in _incidents(text, gaz)] == ["AF09"]


def test_the_events_of_a_came_after_clause_named_again_are_those_events(gaz):
    # "ويأتي هذا بعد صد هجومين على قاعدتين", then "قتلوا في الهجومين ... في ولاية X": the
    # two attacks of the clause, not the event the report opened on
    text = (
        "أعلن الحلف مقتل خمسة جنود خلال اليومين الماضيين. "
        "ويأتي ذلك بعد يوم من هجومين شنهما مسلحون على قاعدتين عسكريتين. "
        "وذكر بيان أن 20 مهاجما قتلوا في الهجومين على قاعدتي الحلف في ولاية بكتيا."
    )
    found = [(i.killed, i.location and i.location.province_pcode) for i in _incidents(text, gaz)]
    assert sorted(found, key=str) == sorted([(5, None), (20, "AF13")], key=str)


def test_the_forces_operation_told_after_an_air_strike_is_the_strike(gaz):
    # "قتل 12 مدنيا في غارة ..." then "إن قوات التحالف نفذت عملية ليلا في قرية X"
    text = (
        "قتل تسعة مدنيين في غارة جوية للقوات الدولية في ولاية خوست. "
        "وقال حاكم مديرية صبري في ولاية خوست إن قوات التحالف نفذت عملية ليلة أمس في قرية "
        "نائية."
    )
    found = [
        (i.event_type, i.location and i.location.district_pcode) for i in _incidents(text, gaz)
    ]
    assert found == [("airstrike", "AF1407")]


def test_dead_in_attacks_told_in_the_plural_after_one_clash_are_of_other_events(gaz):
    # "قتل جنديان في اشتباك ...", then "إن 11 أفغانيا قتلوا في هجمات لمسلحين"
    text = (
        "قتل جنديان أمريكيان في اشتباك مع مسلحين في منطقة برمل بولاية بكتيكا. "
        "وذكر مسؤولون أن نحو تسعة أفغان قتلوا في هجمات لمسلحين يشتبه بانتمائهم للحركة."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [2, 9]
    # the raids of an air strike told, in the plural, are that strike's
    strike = (
        "قصفت طائرات التحالف مسلحين تجمعوا في مديرية خاش رود بولاية نيمروز. "
        "وأكد الحاكم أن 20 من المسلحين قتلوا في غارات جوية."
    )
    assert [i.killed for i in _incidents(strike, gaz)] == [20]


def test_the_afghan_place_told_before_a_story_abroad_places_no_event_after_it(gaz):
    # "في باكستان، قتل مسلحون شرطيين في بيشاور", then a placeless toll: not Kabul
    text = (
        "أحبطت قوات الأمن هجوما انتحاريا على مقر للشرطة في كابول.\n"
        "في باكستان، قتل مسلحون شرطيين في مدينة بيشاور. وجاء ذلك بعد يوم من هجمات "
        "بالقنابل قتلت 40 شخصا."
    )
    last = _incidents(text, gaz)[-1]
    assert last.killed == 40
    assert last.location is None


def test_a_count_an_earlier_lead_told_goes_back_to_that_event(gaz):
    # the people an earlier lead counted, counted again by the same figure by another
    # voice after a second attack told with its own dead: the first attack's
    text = (
        "قال مسؤولون إن مسلحين قتلوا 12 شرطيا ومدنيين اثنين في ولاية بادغيس أمس. "
        "وفي هجوم آخر، قتل المسلحون 25 جنديا في قاعدة عسكرية في الولاية نفسها. "
        "وقال حاكم مديرية آب كمري إن 12 شرطيا قتلوا."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, first.location.district_pcode, len(first.more)) == (14, "AF3102", 1)
    assert (second.killed, second.location.district_pcode) == (25, None)


def test_an_office_of_the_events_province_speaking_after_background_takes_it_up(gaz):
    # a word on such events closes the abduction; the police of its province speak next,
    # with no place of their own: of that abduction
    text = (
        "خطف مسلحون 30 راكبا على الطريق السريع في منطقة دره صوف بإقليم سمنجان. "
        "ويعد الحادث الثالث من نوعه في شمال البلاد خلال أسبوع. "
        "وقال المتحدث باسم شرطة إقليم سمنجان إن المسلحين يحتجزون الركاب رهائن لإجبار "
        "السائقين على دفع الأموال."
    )
    (inc,) = _incidents(text, gaz)
    assert len(inc.more) == 1
    # the police of another province tell another matter
    other = text.replace("شرطة إقليم سمنجان", "شرطة إقليم بلخ")
    assert len(_incidents(other, gaz)) == 2


def test_an_abduction_on_a_past_day_that_the_event_came_after_is_an_event_of_its_own(gaz):
    # "يأتي ذلك بعد أن خطف ... يوم الأحد الماضي": an earlier abduction, told on a day of
    # its own; the travellers' starting point is not the last place told, nor its own
    text = (
        "خطف مسلحون 30 راكبا على الطريق السريع في منطقة دره صوف بإقليم سمنجان. "
        "يأتي ذلك بعد أن خطف مسلحون يوم الأحد الماضي 12 مسافرا كانوا في طريقهم من مديرية "
        "بلخاب بولاية سربل إلى مدينة مزار شريف."
    )
    samangan, earlier = _incidents(text, gaz)
    assert samangan.location.province_pcode == "AF20"
    assert earlier.event_type == "other"
    assert earlier.location is None


def test_the_other_sides_answer_by_other_means_after_a_contrast_is_another_event(gaz):
    # "، بينما قتل ... حين ردت القوات بغارة جوية": the answer, by air, is an event of its
    # own; its dead are not the attack's
    text = (
        "وقال المتحدث باسم الحركة إن مقاتليها قتلوا 25 جنديا في هجوم على مركزين أمنيين في "
        "ولاية نورستان، بينما قتل 6 من مقاتلي الحركة حين ردت القوات الدولية بغارة جوية."
    )
    attack, answer = _incidents(text, gaz)
    assert (attack.event_type, attack.killed) == ("attack", 25)
    assert (answer.event_type, answer.killed) == ("airstrike", 6)
    # no answer: the dead of both sides, in one event
    (one,) = _incidents(text.replace(" حين ردت القوات الدولية بغارة جوية", ""), gaz)
    assert one.killed == 31


def test_a_district_name_two_provinces_use_stays_unplaced_without_its_province(gaz):
    # "مديرية ناوه": Nawa of Ghazni, or Nawa-e-Barakzai of Helmand as the press shortens it
    text = "قتل 20 مسلحا في غارات جوية استهدفت مخابئ للحركة في مديرية ناوه."
    (inc,) = _incidents(text, gaz)
    assert inc.location is None
    (told,) = _incidents(text.replace("مديرية ناوه", "مديرية ناوه بولاية هلمند"), gaz)
    assert (told.location.province_pcode, told.location.district_pcode) == ("AF30", "AF3003")


def test_a_while_clause_of_what_is_expected_opening_a_detail_is_no_background(gaz):
    # "وبينما يتوقع أن ترتفع حصيلة القتلى،": what may come, in a clause before the comma;
    # the clause after it tells the event
    text = (
        "قتل 12 جنديا في هجوم انتحاري على قاعدة عسكرية في ولاية خوست. "
        "وبينما يتوقع أن ترتفع حصيلة القتلى، أوضح مسؤول أن الهجوم وقع أثناء صلاة الجمعة."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_after_days_of_fighting_tells_how_long_the_taking_took(gaz):
    # "بعد يومين من الهجمات": the time the fighting took, no event two days later
    text = (
        "سيطر مقاتلو طالبان على مديرية دشت أرجي في ولاية قندوز. "
        "وأكد عضو في مجلس الولاية أن الحركة دخلت مركز المديرية، بعد يومين من الهجمات "
        "المتواصلة."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_speaker_named_again_by_his_surname_goes_on_about_the_event(gaz):
    # "وقال فضل أحمد نظري، ..." then, after a word on what may come, "وقال نظري ...": the
    # same voice on the same fighting, at the province's capital
    text = (
        "سيطر مقاتلو طالبان على مديرية دشت أرجي في ولاية قندوز. "
        "وقال فضل أحمد نظري، عضو مجلس الولاية، إن المقاتلين سيطروا على مركز المديرية. "
        "وأضاف أن عملية استعادة المديرية باتت وشيكة. "
        "وقال نظري إن معارك عنيفة تدور الآن في مدينة قندوز، عاصمة الولاية."
    )
    assert _steps(text, gaz) == [START, CONTINUE, CLOSE, CONTINUE]
    # another man named by a surname the article never gave: another telling
    other = text.replace("وقال نظري", "وقال حسيني")
    assert _steps(other, gaz)[-1] == START


def test_a_speaker_named_again_tells_more_of_the_event_in_any_words(gaz):
    # "وقال عطا الله خوجياني، ..." (a compound given name), then "وقال خوجياني "وقع
    # انفجار ..."": the blast of the attack he told, no other event
    text = (
        "اقتحم مسلحون مكتبا لمنظمة إغاثة في مدينة جلال آباد واشتبكوا مع قوات الأمن. "
        "وقال عطا الله خوجياني، المتحدث الرسمي للولاية، إن المهاجمين يتحصنون في "
        "المكتب. "
        'وقال خوجياني "سمعنا دوي انفجار قرب بوابة المكتب".'
    )
    assert _steps(text, gaz) == [START, CONTINUE, CONTINUE]
    # another voice, never named before, telling a blast: another event
    other = text.replace('وقال خوجياني "', 'وقال حسيني "')
    assert _steps(other, gaz)[-1] == START


def test_the_end_of_a_quotation_is_its_speakers_word_on_the_event(gaz):
    # a witness's quotation cut by a full stop: its second half, with its closing mark
    text = (
        "قتل ثلاثة من عناصر الشرطة في هجوم على مركز للشرطة في مديرية خوست. "
        'وقال شاهد "سمعت انفجارا قويا. '
        'شاهدت الدخان يتصاعد ثم اندلع تبادل كثيف لإطلاق الرصاص".'
    )
    assert _steps(text, gaz)[-1] == CONTINUE
    # a quotation opened and closed in the sentence is no rest of one
    whole = text.replace("شاهدت الدخان", '"شاهدت الدخان')
    assert _steps(whole, gaz)[-1] == START


def test_a_joint_operation_named_by_its_kind_alone_is_the_strikes_told(gaz):
    # "شنوا عملية مشتركة على مخبأ": the forces' operation, no means of its own; the air
    # strikes the lead told were its means
    text = (
        "قتل 12 مدنيا في غارتين جويتين استهدفتا عناصر لطالبان في ولاية فراه. "
        "وأعلن حاكم الولاية أن الجيش والقوات الدولية شنوا عملية مشتركة على مخبأ للحركة."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_a_denial_of_another_deed_at_a_place_of_its_own_places_no_lead(gaz):
    # "نفت الحركة تورطها في ذبح 17 مدنيا في ولاية هلمند": what the group denies, at its
    # own place, is not where the helicopter came down
    text = (
        "أعلن الحلف عن هبوط مروحية عسكرية اضطراريا شرقي البلاد، فيما تبنت طالبان إسقاطها. "
        "ونفت الحركة تورطها في ذبح 17 مدنيا في ولاية هلمند."
    )
    helicopter, denied = _incidents(text, gaz)
    assert helicopter.location is None or helicopter.location.province_pcode != "AF30"
    assert (denied.location.province_pcode, denied.killed) == ("AF30", 17)


def test_the_people_told_named_again_at_another_district_of_the_province_go_on(gaz):
    # "إن الأطفال قتلوا ... في مديرية علي آباد" after "ثلاثة أطفال ... على مدينة قندوز":
    # where the children died, the same rocket attack
    text = (
        "قتل ثلاثة أطفال بقذائف أطلقها مسلحون على مدينة قندوز. "
        "وذكر مسؤولون أن الأطفال قتلوا حين سقطت قذيفة على بيتهم في مديرية علي آباد."
    )
    assert _steps(text, gaz) == [START, CONTINUE]


def test_an_event_told_in_the_unit_of_the_official_who_tells_it_is_there(gaz):
    # "وقال نائب حاكم بدخشان إن ... في الولاية": the anaphor goes back to the official's
    # province, named in the same sentence, not to the province of the event told before
    text = (
        "قتل خمسة جنود في هجوم على قافلة في ولاية زابل. "
        "وقال نائب حاكم بدخشان إن ستة شرطيين قتلوا أيضا في هجوم على مركز أمني في الولاية."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, first.killed) == ("AF26", 5)
    assert (second.location.province_pcode, second.killed) == ("AF17", 6)
    # a seat named in passing ("سفارة ... في كابول") is no unit the anaphor goes back to
    text = (
        "أعلن حاكم ولاية خوست خطف مهندسين في مديرية تاني. "
        "ولم تؤكد سفارة تركيا في كابول نبأ الخطف الذي حدث في هذه الولاية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF14"


def test_another_bomb_of_the_one_named_before_in_the_sentence_is_the_same_event(gaz):
    # "كانوا يبطلون لغما ... عندما انفجر لغم آخر": another bomb than the one being
    # defused, in the same account, not another event; the account places the lead
    text = (
        "لقي ضابط شرطة وثلاثة من مرافقيه حتفهم خلال محاولتهم إبطال قنبلة مزروعة على جانب "
        "طريق جنوب شرق أفغانستان. "
        "وأوضح الناطق باسم والي غزني أن قائد شرطة مديرية واغاز ومرافقيه كانوا يبطلون قنبلة "
        "عندما انفجرت قنبلة أخرى مدفونة تحتها."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.district_pcode, inc.killed) == ("AF1104", 4)


def test_the_participle_lying_is_no_back_reference(gaz):
    # "القرى الواقعة شمال المدينة": the towns lying in the south, not "the incident"
    lead = "قتل ثلاثة جنود في هجوم على قافلة في ولاية زابل. "
    lying = "وقال مسؤولون إن مسلحين هاجموا مركزا في القرى الواقعة شمال المدينة."
    assert not _second_refers_back(lead, lying, gaz)
    told = "وقال مسؤولون إن الواقعة أسفرت عن مقتل ثلاثة جنود."
    assert _second_refers_back(lead, told, gaz)


@pytest.mark.parametrize("frame", ["في نفس السياق", "وفي السياق ذاته"])
def test_the_same_vein_turns_to_the_next_item(gaz, frame):
    facts = []
    text = (
        "قتل ثلاثة جنود في هجوم على قافلة في ولاية زابل. "
        f"{frame}، قال مسؤولون إن الشرطة صدت هجوما على مركز أمني."
    )
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert facts[1].another_matter


def test_a_blame_for_attacks_in_general_at_a_place_tells_no_event(gaz):
    # "يلام عليهم في هجمات كبيرة بالعاصمة": the deeds a group is blamed for, no event
    text = (
        "قتل جندي في اشتباك قرب الحدود في ولاية كونار. "
        "واتهمت الحكومة جارتها بإيواء مسلحين يلقى عليهم باللوم في هجمات دامية بالعاصمة كابول."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF15"


@pytest.mark.parametrize(
    "tally",
    [
        "وإجمالا قتل 40 مدنيا وجرح 90 آخرون في ولاية هلمند.",
        "وبحسب الأمم المتحدة سقط 3000 قتيل من المدنيين في الأشهر التسعة الأولى من السنة في "
        "ولاية قندهار.",
        # a span counted in figures after "الـ"
        "وقتل 300 شرطي في الأشهر الـ6 الأخيرة في ولاية هلمند.",
    ],
)
def test_a_sum_of_many_events_or_of_a_years_first_months_is_background(gaz, tally):
    text = f"قتل ثلاثة مدنيين بانفجار قنبلة في سوق بمديرية خوست. {tally}"
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 3


def test_a_toll_of_the_forces_operations_in_the_plural_takes_no_dateline(gaz):
    # "قتل 30 مسلحا في عمليات أمنية": a campaign's count, not an event where the wire wrote;
    # one attack told with no place of its own still takes the dateline
    text = "كابول - وكالات:\nقتل 30 مسلحا في عمليات أمنية نفذتها القوات الحكومية خلال يومين."
    (inc,) = _incidents(text, gaz)
    assert inc.location is None
    text = "كابول - وكالات:\nقتل ثلاثة مدنيين في انفجار قنبلة استهدفت سوقا مزدحما."
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF01"


def test_a_toll_told_province_by_province_is_placed_at_the_first_province(gaz):
    # "30 في إقليم X، وخمسة في إقليم Y، وأربعة في Z": each province with its own count; the
    # sentence's event is the first, the rest are others'
    text = (
        "وقالت وزارة الدفاع إن 25 مسلحا قتلوا في عملية للجيش في ولاية بادغيس، وستة مسلحين "
        "في ولاية غزني، وثلاثة في قندهار."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF31", 25)


def test_one_toll_at_a_list_of_provinces_places_none_of_them(gaz):
    # one count for all of them: no province is the event's
    text = "وقالت وزارة الدفاع إن 25 مسلحا قتلوا في عمليات للجيش في ولايات بادغيس وغزني وقندهار."
    (inc,) = _incidents(text, gaz)
    assert inc.location is None


def test_the_truck_named_again_with_the_article_is_the_event_told_before(gaz):
    assert _second_refers_back(
        "قتل سائقان في انفجار قنبلة عند مرور شاحنة. ",
        "وأوضح المسؤول أن الشاحنة كانت متوجهة إلى المدينة.",
        gaz,
    )


def test_the_province_read_from_the_speakers_office_gives_way_to_the_place_told_again(gaz):
    # "في الولاية" read as the province of the governor's spokesman; the next sentence
    # names the truck again at its own province: that is where it was
    text = (
        "قال ناطق باسم حكومة قندهار إن 12 مدنيا قتلوا بانفجار قنبلة لدى عبور شاحنة في الولاية. "
        "وذكر المسؤول أن الشاحنة كانت متجهة نحو مديرية موسى قلعة في ولاية هلمند حين "
        "انفجرت القنبلة."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF30", 12)


def test_an_office_named_among_the_dead_is_a_victims_post_not_another_event(gaz):
    # "ومن بين القتلى فلان، قائد شرطة ولاية Y السابق": a victim's post, the event told
    # again, not an official of Y telling another one
    text = (
        "لقي تسعة أشخاص حتفهم بانفجار في مسجد بمدينة فيض آباد في ولاية بدخشان. "
        "ومن بين قتلى التفجير محمد كريم، القائد السابق لشرطة ولاية بغلان."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF17", 9)


def test_the_event_told_at_its_place_the_day_after_another_leaves_that_one_its_own_place(gaz):
    # "ووقع الهجوم في ولاية X، غداة مقتل ... في كابول": X is the told event's, the earlier
    # one the day before is in Kabul
    text = (
        "قتل خمسة من عناصر الشرطة في هجوم على مقر للشرطة في ولاية بكتيا. "
        "ووقع الهجوم في ولاية بكتيا، غداة مصرع سبعة أشخاص بتفجير انتحاري استهدف مستشفى في "
        "كابول."
    )
    told, earlier = _incidents(text, gaz)
    assert (told.location.province_pcode, told.killed) == ("AF13", 5)
    assert (earlier.location.province_pcode, earlier.killed) == ("AF01", 7)


def test_the_deadliest_of_two_attacks_picked_out_at_its_own_place_is_told_apart(gaz):
    # "في هجومين", then "ووقع الهجوم الأكثر دموية في X": one of the two, at its place
    text = (
        "قتل 12 شخصا أمس في هجومين في ولايتي قندهار وهلمند. "
        "وحصل الهجوم الأكثر دموية في مديرية سنجين، إذ انفجرت قنبلة عند مرور حافلة."
    )
    lead, deadliest = _incidents(text, gaz)
    assert lead.killed == 12
    assert (deadliest.event_type, deadliest.location.district_pcode) == ("ied", "AF3008")


def test_the_latest_episode_of_the_violence_shaking_the_country_is_its_setting(gaz):
    # "في أحدث حلقة من ...": the event is one of the run, not a round-up;
    # the next sentence places it
    text = (
        "قتل تسعة أشخاص أمس حين فجر مهاجم انتحاري نفسه بجوار عربة للشرطة، في أحدث حلقة من "
        "أعمال العنف التي تضرب البلاد. وأسفر التفجير الذي وقع بمدينة قندوز عن جرح ثلاثة "
        "آخرين."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed, inc.wounded) == ("AF19", 9, 3)


def test_attacks_in_the_plural_on_a_day_of_their_own_are_the_event_told(gaz):
    # attacks in the plural "يوم الخميس": a weekday ties them to one time; the sentence
    # goes on with the event, and its day is the event's
    text = (
        "صدت قوات الأمن هجوما لطالبان على مركز مديرية بولاية فارياب، حسبما ذكر ناطق باسم "
        "الشرطة اليوم الجمعة. وأوضح الناطق أن عناصر الحركة شنوا هجمات متزامنة على حواجز "
        "أمنية يوم الخميس."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t", published=date(2018, 4, 20))
    assert inc.event_date == "2018-04-19"


def test_the_capital_named_bare_in_an_afghan_report_is_kabul(gaz):
    # "وفي العاصمة، انفجرت عبوة": Kabul, another place than the lead's, another event
    text = (
        "قتل خمسة شرطيين في هجوم لطالبان على حاجز في ولاية لوغار. "
        "وفي العاصمة، جرح ثلاثة مدنيين بانفجار قنبلة ملصقة بسيارة."
    )
    lead, kabul = _incidents(text, gaz)
    assert lead.location.province_pcode == "AF05"
    assert (kabul.event_type, kabul.location.district_pcode) == ("ied", "AF0101")


def test_the_capital_as_a_towns_apposition_is_that_town(gaz):
    # "في مدينة هرات العاصمة": the town, told as its province's capital, narrows the
    # province the lead told; no event in Kabul
    text = (
        "ذكرت مصادر أن قائدا للشرطة في ولاية هرات قتل بتفجير انتحاري في مبنى الشرطة. "
        "وقال المتحدث باسم الوزارة إن انتحاريا دخل المقر في مدينة هرات العاصمة، وفجر نفسه "
        "فقتل ثلاثة ضباط."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF3201"
    # "والعاصمة" after a town is another place: the capital too
    both = "وشهدت مدينة جلال آباد والعاصمة هجمات انتحارية متزامنة قتل فيها عشرة أشخاص."
    facts = []
    extract_article(both, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert "AF01" in {m.province_pcode for f in facts for m in f.mentions}


def test_the_capital_with_another_countrys_adjective_is_not_kabul(gaz):
    text = "وفي العاصمة الباكستانية، جرح ثلاثة مدنيين بانفجار قنبلة ملصقة بسيارة."
    (inc,) = _incidents(text, gaz)
    assert inc.location is None


def test_a_clause_of_contrast_at_the_provinces_capital_tells_another_event(gaz):
    # "...في ولاية X، بينما قتل ... بتفجير في عاصمة الإقليم"
    text = (
        "قال مسؤولون إن مسلحين اختطفوا عشرة عمال في ولاية ننجرهار، بينما قتل ستة أشخاص "
        "بتفجير انتحاري في عاصمة الإقليم."
    )
    abduction, bombing = _incidents(text, gaz)
    assert abduction.event_type == "other"
    assert (bombing.event_type, bombing.killed, bombing.location.district_pcode) == (
        "suicide_bomb",
        6,
        "AF0601",
    )


def test_a_district_a_sentence_opens_on_written_a_letter_apart_places_it(gaz):
    # "وفي اندار قتل ...": Andar of Ghazni with one more alif, the place the sentence
    # opens on, even after an event in another province
    text = (
        "قتل شرطي في هجوم على حاجز في ولاية ننجرهار. وفي اندار، لقي ثلاثة قرويين مصرعهم بلغم أرضي."
    )
    nangarhar, andar = _incidents(text, gaz)
    assert nangarhar.location.province_pcode == "AF06"
    assert andar.location.district_pcode == "AF1107"
    # a common word after the frame places nothing
    (inc,) = _incidents("وفي غضون ذلك قتل ثلاثة مدنيين في انفجار قنبلة.", gaz)
    assert inc.location is None


def test_one_person_joined_to_a_count_of_another_side_is_not_added_again(gaz):
    # "قتل 20 مقاتلا من طالبان وجندي أفغاني واحد", then "لقد قتل جندي أفغاني": the soldier
    # of the lead told again, not one more
    text = (
        "قتل 20 مسلحا من طالبان وجندي أفغاني واحد خلال معارك بولاية زابل. "
        "وقال قائد الشرطة إن متمردين هاجموا مركزا للجيش. لقد قتل جندي أفغاني وجرح آخر."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (21, 1)


def test_a_quarter_named_after_a_district_is_no_district(gaz):
    # "في حي خوجاني": a quarter of the town named so, not Khogyani district
    text = "انفجرت قنبلة في متجر في حي خوجاني بمدينة جلال آباد."
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF0601"
    told_again = (
        "انفجرت قنبلة في مدينة جلال آباد. وقالت الشرطة إن القنبلة انفجرت في متجر في حي خوجاني."
    )
    (inc,) = _incidents(told_again, gaz)
    assert inc.location.district_pcode == "AF0601"


def test_a_district_after_the_quarter_word_told_in_its_province_is_the_district(gaz):
    # some outlets write "حي" for a district: told as lying in a province, it is one
    text = "قتل خمسة من مسلحي طالبان في اشتباك مع عناصر داعش في حي درزاب بإقليم جوزجان."
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF2811"


def test_people_a_neighbours_border_guards_met_as_they_crossed_are_on_its_side(gaz):
    # "أطلق حرس الحدود الإيراني النار على مهاجرين أفغان عبروا الحدود": in Iran; the
    # Afghan district governor who speaks of it does not bring it home
    text = (
        "أفاد مسؤولون بأن حرس الحدود الإيراني فتح النار على لاجئين أفغان أثناء عبورهم "
        "الحدود ليلا، فقتل ستة منهم. وأضاف حاكم مديرية لاش جوين بولاية فراه أن الحصيلة "
        "مرشحة للارتفاع."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.country, inc.location, inc.killed) == ("IR", None, 6)
    # guards who crossed into an Afghan village are the ones who crossed: at home
    home = "عبر حرس الحدود الإيرانيون الحدود وهاجموا قرية في ولاية نيمروز فقتلوا مدرسا."
    (inc,) = _incidents(home, gaz)
    assert inc.location.province_pcode == "AF34"


def test_a_days_operations_in_provinces_named_with_bi_are_a_tally(gaz):
    # "عمليات بمحافظات X وY وZ" over the past day: the day's tally
    text = (
        "وذكرت الداخلية أن قوات الأمن نفذت 8 عمليات بمحافظات بروان وكابيسا وغزني في "
        "الساعات الـ24 الأخيرة، أسفرت عن مقتل 25 متمردا."
    )
    assert _incidents(text, gaz) == []


def test_the_dead_found_later_are_the_events_own(gaz):
    # "عثر سكان لاحقا على جثث": the bodies of the event told, found after it
    text = (
        "أعلن مسؤولون أن متمردين قتلوا 9 مسافرين بعد إيقاف حافلتهم على طريق سريع شرق "
        "البلاد أمس. وأوضح أحدهم أن المسلحين أنزلوا الركاب وأطلقوا عليهم النار بوحشية، "
        "مضيفا أن سكانا عثروا لاحقا على 9 جثث."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 9


def test_the_past_of_the_people_told_in_the_pluperfect_is_background(gaz):
    # "وكان هؤلاء ... قد اختطفوا منذ أسبوعين": how the dead told came to be held, before
    # the event
    text = (
        "وجد سكان جثث ستة من رجال الشرطة مقطوعة الرأس بولاية زابل. "
        "وكان هؤلاء الشرطيون قد اختطفوا منذ أسبوعين إثر كمين لقافلتهم في إقليم شينكاي."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed, inc.location.province_pcode) == ("other", 6, "AF26")
    assert inc.location.district_pcode is None  # where they were taken is not where they died


def test_an_office_named_after_the_event_is_someones_post_not_a_speakers(gaz):
    # "حاول المهاجم اقتحام القاعة حيث احتشد مناصرون لفلان والي ولاية بلخ": the
    # governor's post names whose supporters gathered; no official of Balkh tells another
    text = (
        "قتل سبعة أشخاص لما فجر انتحاري نفسه عند مدخل قاعة أفراح في كابول. "
        "وحاول المهاجم اقتحام القاعة حيث احتشد مناصرون لمحمد كريم والي ولاية بلخ، لكن "
        "الحراس أوقفوه ففجر نفسه."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF01", 7)


def test_a_toll_of_operations_told_next_as_the_days_across_the_country_is_a_tally(gaz):
    # a toll "في عمليات أمنية", then "أن هذه العمليات جرت ... في عدة ولايات" over the
    # past day: the ministry's day, summed; no incident
    text = (
        "لقي 35 متمردا مصرعهم في عمليات أمنية جديدة للجيش. "
        "وبينت الوزارة أن هذه العمليات جرت في عدة ولايات خلال الـ24 ساعة الماضية."
    )
    assert _incidents(text, gaz) == []


def test_strikes_from_the_air_in_response_to_the_attack_are_not_its_means(gaz):
    # "وغارات جوية نفذت ردا على الهجوم": the forces' answer, not how it was done
    text = (
        "لقي رئيس المديرية مصرعه مع خمسة شرطيين حين هاجم متمردون مبنى الإدارة في ولاية "
        "غزني. وذكر البيان أن عشرين متمردا لقوا حتفهم في المواجهات وفي غارات جوية نفذت "
        "ردا على الهجوم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.event_type == "attack"


def test_two_events_named_again_in_the_dual_refer_back(gaz):
    # "ووقع الحادثان ...", "وجاء الهجومان ...": the two events told, in the dual
    lead = "انفجرت عبوة ناسفة في سوق بمدينة خوست، وسقطت قذيفة قرب المطار. "
    for second in (
        "ووقع الحادثان رغم إعلان الحكومة وقف إطلاق النار مع الحركة منذ يومين.",
        "وجاء الهجومان رغم إعلان الحكومة وقف إطلاق النار مع الحركة منذ يومين.",
    ):
        assert _second_refers_back(lead, second, gaz)


def test_the_kind_of_an_event_the_told_one_came_after_is_not_its_own(gaz):
    # "ووقع الانفجاران بعد يومين من ... تفجير نفسه": a suicide bombing two days before
    text = (
        "انفجرت عبوة ناسفة في سوق بمدينة خوست ما أدى إلى مقتل شخصين. ووقع الانفجاران بعد "
        "يومين من قيام مسلح بتفجير نفسه أمام مقر الشرطة في المدينة."
    )
    (inc, *_) = _incidents(text, gaz)
    assert inc.event_type == "ied"


def test_what_the_event_made_of_its_victim_does_not_make_it_past(gaz):
    # "ما جعله أول ...، بعدما بلغ ... العام الماضي": the outcome told after the event
    text = (
        "أعلنت القوات الدولية مقتل أحد جنودها بانفجار لغم في شرق البلاد، ما جعله أول عسكري "
        "أجنبي يلقى حتفه في هذا العام، بعدما بلغ عدد قتلاها 480 عسكريا في العام الماضي."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.event_type, inc.killed) == ("ied", 1)


def test_what_the_place_holds_told_in_the_present_is_no_background(gaz):
    # "وقع الانفجار في حي يضم مكاتب هيئة ... المكلفة المفاوضات": the quarter described
    facts = []
    text = (
        "قتل 40 شخصا في انفجار شاحنة مفخخة وسط كابول. وقع الانفجار في حي تجاري يضم مكاتب "
        "الهيئة المكلفة المفاوضات مع المتمردين منذ سنوات."
    )
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert not facts[1].background


def test_a_toll_alone_told_again_after_background_is_the_incidents(gaz):
    # background closes the incident; then its very dead and wounded, with no event word
    text = (
        "قتل 40 شخصا وأصيب 120 في انفجار شاحنة مفخخة وسط كابول. وكانت المدينة قد شهدت "
        "هجمات مماثلة في الأعوام الماضية. وأفاد مسؤول في قطاع الصحة بأن الحصيلة بلغت 40 "
        "قتيلا و120 جريحا."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (40, 120)


def test_the_bomber_of_a_suicide_bombing_the_sentence_tells_is_no_back_reference(gaz):
    # "وقع تفجير انتحاري ...، مشيرا إلى أن المهاجم فجر نفسه": this sentence's own bomber
    lead = "قتل خمسة أشخاص في هجوم على مستشفى في العاصمة. "
    second = (
        "وبعد ساعتين وقع تفجير انتحاري وسط سوق في ولاية لغمان، وأفاد الحاكم بأن المهاجم "
        "فجر نفسه قرب مركز للشرطة."
    )
    assert not _second_refers_back(lead, second, gaz)


def test_the_means_after_the_verb_of_attack_a_sentence_opens_on_is_its_own(gaz):
    # "واستهدف ... المطار بالصواريخ، فأصابت إحدى الصواريخ": the rockets of this attack,
    # not an event told before
    text = (
        "لقي سبعة جنود حتفهم حين فجر انتحاري سيارته المفخخة أمام مدخل معسكر بولاية "
        "قندهار. "
        "واستهدف المسلحون ليلة الأحد القاعدة الجوية بالصواريخ، فأصابت إحدى الصواريخ مخزنا "
        "للوقود وقتل جنديان."
    )
    assert _steps(text, gaz) == [START, START]
    # ... and the rounds named again in it ("إحدى الصواريخ") are the same ones
    text = text.replace("مخزنا للوقود وقتل جنديان.", "خيمة، فإن 3 جنود قتلوا جراءها.")
    assert _steps(text, gaz) == [START, START]


def test_a_sub_headline_ended_by_an_ellipsis_under_the_title_is_no_lead(gaz):
    # the deck under the title ("ثالث ... منذ بداية الشهر.. والشرطة ...") ends with "..",
    # no full stop
    text = (
        "اغتيال قاض في كمين مسلح بشمال البلاد\n"
        "ثالث قاض يقتل في البلاد منذ بداية الشهر.. والشرطة تحقق في الحادث.\n"
        "قال مسؤولون إن قاضيا قتل بالرصاص في كمين لسيارته بولاية بلخ الأحد."
    )
    assert _steps(text, gaz)[:2] == [HEADLINE, HEADLINE]
    (inc,) = _incidents(text, gaz)
    assert inc.sentence.startswith("قال مسؤولون")
    # in the body, a sentence ended by ".." is no headline
    body = text + "\nهجوم هو الأول من نوعه في الولاية.. قال ذلك مسؤول محلي."
    assert HEADLINE not in _steps(body, gaz)[2:]


def test_a_district_of_the_province_a_capital_was_read_from_narrows_the_told_event(gaz):
    # "في كابول" read as the city, then the bomber and the six named again in a district
    # of Kabul province: the same attack, placed in that district
    text = (
        "قتل ستة جنود أفغان صباح اليوم في هجوم انتحاري على قاعدة للكوماندوز في كابول. "
        "وأوضحت الوزارة أن الانتحاري فجر حافلة ملغومة قرب بوابة القاعدة في منطقة بغمان "
        "فقتل الأفراد الستة وأصاب اثنين آخرين."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.location.province_pcode, inc.location.district_pcode) == ("AF01", "AF0102")


def test_a_lead_cut_short_by_an_ellipsis_under_the_title_is_the_lead(gaz):
    # ".." ends the line with nothing after it: the lead, cut, not a deck
    text = "مقتل قاض في بلخ\nقتل قاض بالرصاص في كمين بولاية بلخ..\nوقال المتحدث إن المهاجمين فروا."
    assert _steps(text, gaz)[:2] == [HEADLINE, START]


def test_a_district_of_an_earlier_event_does_not_narrow_a_capital_read(gaz):
    # "بعد انفجار في منطقة سروبي": the earlier blast's district, not this one's
    text = (
        "قتل ثلاثة مدنيين في انفجار قنبلة في كابول صباح اليوم. "
        "وأضاف أن الانفجار هو الثاني هذا الشهر بعد انفجار في منطقة سروبي."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.district_pcode == "AF0101"


def test_both_figures_told_again_of_another_side_add_to_the_toll(gaz):
    # the same figures, of the attackers: others than the soldiers told
    text = (
        "لقي جنديان حتفهما وجرح شرطي عندما هاجم مسلحون حاجزا أمنيا بولاية زابل. "
        "وأضاف المتحدث أن اثنين من المهاجمين قتلا وأصيب ثالث."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (4, 2)


def test_an_event_first_told_in_a_reaction_has_the_report_after_it_for_its_lead(gaz):
    text = (
        "أدانت وزارة الخارجية الهجوم الذي استهدف مركزا للشرطة في ولاية غزني وأوقع قتلى "
        "وجرحى. ودعت الوزارة إلى التحقيق في الهجوم. وعبر الرئيس في كلمة عبر "
        "الإذاعة عن أسفه لسقوط ضحايا في هجوم إرهابي. "
        "وقالت الشرطة إنها اعتقلت ثلاثة مشتبه بهم بالتفجير. "
        "وكان مسلحون قد شنوا هجوما على المركز فجرا وأسفر هجومهم عن مقتل خمسة من أفراده."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.sentence.startswith("وكان مسلحون قد شنوا هجوما")
    firsts = [text[a:b].split()[0] for a, b in inc.sentences]
    assert firsts == ["وكان", "أدانت", "ودعت", "وعبر", "وقالت"]
    assert (inc.killed, inc.location.province_pcode) == (5, "AF11")
    # a reaction that tells no dead opens nothing; the call after it, told as a reaction
    # too, gives the lead to the report as well
    untold = text.replace(" وأوقع قتلى وجرحى", "")
    (inc,) = _incidents(untold, gaz)
    assert inc.sentence.startswith("وكان مسلحون قد شنوا هجوما")
    # "عبر" in the report is "across", no expressing
    across = text.replace("قد شنوا هجوما على المركز فجرا", "قد تسللوا عبر الحدود وهاجموا المركز")
    (inc,) = _incidents(across, gaz)
    assert inc.sentence.startswith("وكان مسلحون قد تسللوا")
    # a report that goes on to react in a later clause keeps its lead
    report = (
        "عثرت الشرطة على جثث ثلاثة عمال قتلوا بالرصاص في ولاية غزني، ووصفت الحادث بأنه جريمة. "
        "وكان مسلحون قد خطفوا العمال أمس."
    )
    (inc,) = _incidents(report, gaz)
    assert inc.sentence.startswith("عثرت الشرطة")


def test_a_district_read_loosely_beside_its_province_named_in_the_sentence_is_no_coincidence(gaz):
    # the article is about Khost; "باغرامي" (Bagrami, written otherwise) is read by its
    # consonants, and the sentence names Kabul, its province
    text = (
        "لقي أربعة جنود حتفهم بعبوة ناسفة على طريق بولاية خوست. "
        "إلى ذلك، لقي ثلاثة حراس حتفهم بنيران مسلحين في مديرية باغرامي على أطراف العاصمة كابول."
    )
    _, kabul = _incidents(text, gaz)
    assert kabul.location.district_pcode == "AF0104"
    # a speaker's seat in the capital, told before the name, vouches for no district there
    seat = (
        "لقي ثلاثة جنود حتفهم بكمين نصب لقافلتهم بولاية لوغار. وأكد ناطق باسم الداخلية "
        "في كابل أن مسلحين هاجموا دورية للشرطة في منطقة سروبيه."
    )
    (logar,) = _incidents(seat, gaz)
    assert logar.location.province_pcode == "AF05"


def test_a_part_of_the_country_in_a_report_on_pakistan_is_pakistans(gaz):
    # "البلاد" is the country the article is about: after an event in Balochistan, "شمال
    # غرب البلاد" is Pakistan's north-west, no Afghan region
    text = (
        "لقي ثلاثة جنود باكستانيين حتفهم بهجوم استهدف موقعهم بإقليم بلوشستان. "
        "من جهة أخرى، لقي جنديان حتفهما باشتباك مع مسلحين في شمال غرب البلاد."
    )
    first, second = _incidents(text, gaz)
    assert (first.country, second.country, second.location) == ("PK", "PK", None)
    # in a report on Afghanistan, the country's north-west is Afghan
    afghan = text.replace("جنود باكستانيين", "جنود").replace("بإقليم بلوشستان", "بولاية هلمند")
    _, second = _incidents(afghan, gaz)
    assert second.country == "AF"
    # ... however Pakistan is named in between, by a voice that is no event there
    voiced = afghan.replace(
        "من جهة أخرى،", "واتهمت الحكومة الأفغانية باكستان بإيواء المسلحين. من جهة أخرى،"
    )
    _, second = _incidents(voiced, gaz)
    assert second.country == "AF"
    # and Afghans counted after a Pakistani event are in their own country
    afghans = text.replace("لقي جنديان حتفهما", "لقي جنديان أفغانيان حتفهما")
    _, second = _incidents(afghans, gaz)
    assert second.country == "AF"


def test_clashes_in_a_part_of_the_country_are_one_battle_its_province_told_next(gaz):
    # "اشتباكات" (the plural of fighting) names one battle as often as several: the
    # province told next is its place, no event of a round-up
    text = (
        "لقي خمسة أشخاص حتفهم في اشتباكات بين فصيلين في شمال البلاد. "
        "وقال قائد في أحد الفصيلين إن القتال اندلع في إقليم فارياب واستمر حتى أمس."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.location.province_pcode) == (5, "AF29")
    # attacks in the plural there still sum several events
    attacks = text.replace("في اشتباكات بين فصيلين", "في هجمات")
    assert len(_incidents(attacks, gaz)) == 2


def test_a_district_of_another_province_told_in_the_province_by_anaphor_is_not_it(gaz):
    # "كوت" is a district of Nangarhar; "في جنوب الإقليم" after it says it is in the
    # province told (Faryab), where no district has that name
    text = (
        "قتل خمسة أشخاص في اشتباكات بين فصيلين في إقليم فارياب. "
        "وأوضح قائد أن القتال بدأ في قرية صغيرة في منطقة كوت في جنوب الإقليم."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF29"
    assert all(p.province_pcode != "AF06" for p in inc.places)


def test_a_groups_past_told_in_its_relative_clause_does_not_date_its_claim(gaz):
    text = (
        "قتل مسلحون قاضيا أمام منزله في مدينة غزني صباح اليوم. "
        "وأعلنت طالبان التي حكمت البلاد حتى طردت من الحكم عام 2001 مسؤوليتها "
        "عن قتل القاضي."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"
    # a year told of the claimed deed itself is its past
    past = text.replace("عن قتل القاضي.", "عن قتل قاض آخر في عام 2009.")
    assert _incidents(past, gaz)[0].claimed_by is None
    # ... even when the group is described first ("التي تنشط في الولاية")
    busy = (
        "قتل مسلحون قاضيا أمام منزله في مدينة غزني صباح اليوم. "
        "وأعلنت الحركة التي تقاتل الحكومة مسؤوليتها عن هجوم مماثل وقع عام 2009."
    )
    assert len(_incidents(busy, gaz)) == 1


def test_dead_of_a_bomb_opened_by_a_contrast_after_an_assault_are_another_event(gaz):
    text = (
        "قتل ثمانية شرطيين في هجوم للمسلحين على حاجزهم في ولاية بدخشان. "
        "فيما قتل جندي من القوة الدولية في انفجار عبوة ناسفة."
    )
    assault, bomb = _incidents(text, gaz)
    assert (assault.event_type, assault.killed, assault.location.province_pcode) == (
        "attack",
        8,
        "AF17",
    )
    # meanwhile, elsewhere: no place from the one told before
    assert (bomb.event_type, bomb.killed, bomb.location) == ("ied", 1, None)
    # the attackers' dead told after the contrast are the assault's
    more = text.replace(
        "فيما قتل جندي من القوة الدولية في انفجار عبوة ناسفة.", "فيما قتل اثنان من المهاجمين."
    )
    (inc,) = _incidents(more, gaz)
    assert inc.killed == 10


def test_dead_told_at_the_same_time_in_a_clause_of_their_own_are_another_event(gaz):
    # "، في الوقت الذي جرح فيه ..." with hurt and a province of its own: a second event,
    # not the first one's place
    incs = _incidents(
        "اتهم مسؤولون أفغان القوات الباكستانية بقصف قرى حدودية أسفر عن مقتل 14 "
        "قرويا، في الوقت الذي جرح فيه خمسة شرطيين بهجوم استهدف حاجزا بولاية هلمند. "
        "وقال قائد شرطة الحدود إن أكثر من 40 قذيفة سقطت على مديرية دانغام في ولاية كونار.",
        gaz,
    )
    by_wounded = {i.wounded: i for i in incs}
    assert by_wounded[5].location.province_pcode == "AF30"
    # the villagers' dead are not the police's province's
    assert all(i.location is None or i.location.province_pcode != "AF30" for i in incs if i.killed)
    assert all(
        i.location is None or i.location.province_pcode != "AF30" for i in incs if i.wounded != 5
    )


def test_a_time_clause_with_no_dead_of_its_own_stays_with_the_event():
    from incidents.clauses import _meanwhile_dead
    from incidents.tokens import tokenize

    tokens = tokenize("قتل ستة جنود بولاية غزني، في الوقت الذي كثف فيه المسلحون هجماتهم.")
    assert not any(_meanwhile_dead(tokens, k) for k in range(2, len(tokens) - 3))


def test_one_bombardment_over_several_districts_counted_is_no_tally_of_events(gaz):
    # "القصف الذي استهدف أربع مديريات": one event over several places, its toll its own
    incs = _incidents(
        "قصفت مدفعية باكستانية ولاية كونار طوال الليل. "
        "وأوضح المسؤول أن 12 مدنيا قتلوا وأن القصف الذي استهدف أربع مديريات في الولاية "
        "أجبر مئات الأسر على النزوح.",
        gaz,
    )
    (inc,) = incs
    assert inc.killed == 12


def test_dead_at_the_unit_named_by_anaphor_stay_with_the_open_incident(gaz):
    # the police of "الولاية" are the open incident's province's, however an earlier
    # incident counted police too
    incs = _incidents(
        "لقي خمسة شرطيين حتفهم بهجوم استهدف مركزا أمنيا بولاية غزني. "
        "وفي ولاية باكتيا، هاجم مسلحون مقرا للشرطة في مدينة جرديز. "
        "وقالت الوزارة إن القوات قتلت المهاجمين الأربعة. "
        "وأضاف البيان أن الاعتداء أودى أيضا بحياة قائد شرطة الولاية.",
        gaz,
    )
    by_province = {i.location.province_pcode: i for i in incs}
    assert by_province["AF13"].killed == 5
    assert by_province["AF11"].killed == 5
    assert len(by_province["AF13"].more) == 2


def test_a_definite_count_after_a_noun_of_a_side_counts_that_side():
    from incidents.casualties import casualties
    from incidents.tokens import tokenize

    told = casualties(tokenize("وأدى القصف إلى مقتل المدنيين الأربعة."))
    assert told.sides_of("killed") == {"civilians"}
    # the dead named by their noun alone stay the ones told before, of no side read
    assert not casualties(tokenize("ونقلت جثث القتلى الأربعة.")).sides_of("killed")


def test_the_pluperfect_of_a_part_of_this_weeks_day_tells_the_news_again():
    from incidents.background import tells_background
    from incidents.tokens import tokenize

    # "وكان مسلح قد فجر نفسه مساء الأحد": a day of the news's week, an earlier step of it
    told = (
        "وكان مسلح قد فجر نفسه مساء الأحد{} قرب دورية في لوغر، ما أدى إلى مقتل 9، وفق حصيلة جديدة."
    )
    assert not tells_background(tokenize(told.format("")))
    # a past week's day stays the past
    assert tells_background(tokenize(told.format(" الماضي")))


def test_dead_told_by_their_bearing_from_a_town_of_another_province_are_another_event(gaz):
    # "بانفجار سيارة مفخخة شرق العاصمة كابل" after a bombing in Herat: near Kabul, no more
    # dead of Herat
    incs = _incidents(
        "لقي 11 شخصا حتفهم بهجوم انتحاري أمام مسجد في مدينة هرات. "
        "كما ذكرت مصادر أن أربعة جنود قتلوا بانفجار سيارة مفخخة شرق العاصمة كابل.",
        gaz,
    )
    assert [i.killed for i in incs] == [11, 4]


def test_a_distance_from_the_capital_is_no_bearing_of_another_event(gaz):
    # "على بعد 300 كيلومتر غرب كابول": how far the place told is, not where another event is
    incs = _incidents(
        "قتل تسعة مسلحين في هجوم على مركز للشرطة في مديرية بالا مرغاب بولاية بادغيس. "
        "وقال المسؤول إن خمسة آخرين قتلوا في اشتباك في المنطقة على بعد 500 كيلومتر غرب كابول.",
        gaz,
    )
    assert len(incs) == 1


def test_what_the_attack_came_in_answer_to_is_another_event(gaz):
    # "إن الهجوم يأتي ردا على غارات ... أدت إلى مقتل 25 مدنيا": the strikes answered are an
    # event of their own; the attack told goes on after them
    incs = _incidents(
        "تبنت الحركة تفجيرا انتحاريا استهدف قافلة عسكرية في مديرية سنجين بولاية هلمند. "
        "وقال المتحدث إن الهجوم يأتي ردا على غارات جوية استهدفت قرية قرب سنجين الأسبوع "
        "الماضي وأدت إلى مقتل 25 مدنيا. "
        "وذكرت الشرطة أن الانفجار أدى إلى جرح أربعة مدنيين.",
        gaz,
    )
    assert [(i.event_type, i.killed, i.wounded) for i in incs] == [
        ("suicide_bomb", None, 4),
        ("airstrike", 25, None),
    ]


def test_a_forecast_after_a_contrast_that_follows_the_figures_is_no_background():
    from incidents.background import tells_background
    from incidents.tokens import tokenize

    # "... وأصيب 30 بجروح، بينما يتوقع أن يرتفع العدد": what may come, after the news
    told = "وقال المتحدث إن 40 مسلحا قتلوا وأصيب 30 بجروح{}"
    assert not tells_background(tokenize(told.format("، بينما يتوقع أن يرتفع العدد.")))
    # a forecast alone is no news
    assert tells_background(tokenize("ويتوقع أن يرتفع عدد القتلى في الأيام المقبلة."))


def test_a_motive_with_no_toll_of_its_own_is_no_earlier_event(gaz):
    # "إن الهجوم يأتي ردا على مقتل مدنيين": the reason given, uncounted; the attack keeps
    # its dead, whether told in the same sentence or the next
    same = _incidents(
        "لقي ثلاثة جنود حتفهم بهجوم استهدف حاجزا بولاية قندهار، وقال المتحدث باسم الحركة "
        "إن الهجوم يأتي ردا على قتل المدنيين.",
        gaz,
    )
    assert [(i.event_type, i.killed) for i in same] == [("attack", 3)]
    apart = _incidents(
        "لقي ثلاثة جنود حتفهم بهجوم استهدف حاجزا بولاية قندهار. "
        "وقال المتحدث باسم طالبان إن الهجوم يأتي ردا على مقتل مدنيين.",
        gaz,
    )
    assert len(apart) == 1


def test_another_event_told_after_that_with_its_own_dead_and_place_is_a_clause_of_its_own(gaz):
    # "، وذلك بعد حادث آخر قتل فيه ... في ولاية X": the other event's place is not the first's
    incs = _incidents(
        "لقي خمسة شرطيين حتفهم بهجوم استهدف مركز اقتراع جنوبي البلاد، وذلك بعد حادث آخر "
        "قتل فيه أربعة أشخاص إثر انفجار في ولاية لغمان.",
        gaz,
    )
    assert [(i.killed, i.location and i.location.province_pcode) for i in incs] == [
        (5, None),
        (4, "AF07"),
    ]


def test_events_counted_from_eleven_on_in_the_singular_are_several():
    from incidents.segment import _counted_events
    from incidents.tokens import tokenize

    # "شهدت البلاد 120 هجوما": the singular noun a count of eleven or more governs
    assert _counted_events(tokenize("وقال مسؤولون إن البلاد شهدت 120 هجوما خلال يوم الاقتراع."))
    # one operation that killed eleven is no count of events
    assert not _counted_events(tokenize("وقتل 12 مسلحا في عملية للجيش."))


def test_the_second_of_two_events_told_one_by_one_is_no_place_of_the_first(gaz):
    # "استهدف الأول ... في ولاية X ...، أما الثاني فوقع في ولاية Y": each event its own place
    incs = _incidents(
        "وقع انفجاران في يوم واحد، استهدف الأول موكبا لمرشح في ولاية لوغر وقتل فيه ستة، "
        "أما الثاني فوقع قرب مركز اقتراع في ولاية غزني وقتل فيه اثنان.",
        gaz,
    )
    assert [(i.location and i.location.province_pcode, i.killed) for i in incs] == [
        ("AF05", 6),
        ("AF11", 2),
    ]


def test_a_claim_of_the_bombing_after_another_matter_goes_back_to_the_bombing(gaz):
    # "وتبنت طالبان التفجير في ولاية X" after an abduction told in between: the bombing
    # told first, placed now
    incs = _incidents(
        "قتل مرشح في الانتخابات مع اثنين آخرين في انفجار عبوة زرعت في مكتبه أمس. "
        "وفي حادث منفصل خطف مسلحون عاملين مع لجنة الانتخابات. "
        "وتبنت طالبان مسؤولية التفجير الذي استهدف المرشح بولاية قندهار.",
        gaz,
    )
    bombing = next(i for i in incs if i.event_type == "ied")
    assert (bombing.location.province_pcode, bombing.claimed_by) == ("AF27", "Taliban")


def test_the_others_told_with_the_one_dead_and_told_again_are_no_more_dead(gaz):
    # "لقي حتفه مع اثنين آخرين", then "إن رجلين ... قتلا أيضا": the two told before
    (inc,) = _incidents(
        "لقي مرشح حتفه مع اثنين آخرين في انفجار عبوة في مكتبه بولاية هلمند. "
        "وقال المتحدث إن رجلين كانا في المكتب قتلا أيضا.",
        gaz,
    )
    assert inc.killed == 3


def test_people_stopped_infiltrating_a_neighbour_near_a_crossing_are_on_its_side(gaz):
    # "حاولوا التسلل إلى إيران": the guards met them as they slipped across, over there,
    # however near an Afghan crossing it was told
    text = (
        "ذكر مسؤولون محليون أن حرس الحدود الإيراني فتح النار على عشرة مهاجرين حاولوا "
        "التسلل نحو إيران بالقرب من منفذ إسلام قلعة، فقتل سبعة منهم."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.country, inc.location, inc.killed) == ("IR", None, 7)
    # "لمنع التسلل": the guards' purpose, no one who crossed
    purpose = (
        "قتل ثلاثة مدنيين في قصف مدفعي شنته قوات الحدود الإيرانية على قرى في ولاية نيمروز "
        "لمنع التسلل عبر الحدود."
    )
    (inc,) = _incidents(purpose, gaz)
    assert inc.country != "IR"


def test_a_toll_of_two_provinces_told_by_the_dual_is_a_lead_of_its_parts(gaz):
    # "في إقليمين في أفغانستان ... في باكستان": the dual counts the places; the lead
    # sums the events told after it, placed neither in one country nor the other
    text = (
        "لقي 30 مسلحا حتفهم بغارات طائرات مسيرة في ولايتين في أفغانستان وفي منطقة "
        "قبلية في باكستان. وقال متحدث باسم شرطة ولاية ننكرهار إن 20 مسلحا قتلوا في "
        "غارات على مديرية أتشين. وقال عضو في مجلس ولاية كونار إن 4 مسلحين قتلوا في غارة "
        "على مديرية شيجل. وقتل 6 مسلحين في غارة بطائرة بدون طيار في وزيرستان الشمالية."
    )
    got = [
        (i.location and i.location.province_pcode, i.country, i.killed)
        for i in _incidents(text, gaz)
    ]
    assert got == [("AF06", "AF", 20), ("AF15", "AF", 4), (None, "PK", 6)]
    (lead,) = _incidents(text.split(". ")[0] + ".", gaz)
    assert (lead.location, lead.country, lead.killed) == (None, None, 30)
    # a road between two provinces is one event's
    road = (
        "قتل أربعة جنود في كمين لقافلة على طريق يربط بين ولايتين في شمال البلاد. وقال "
        "متحدث عسكري إن الكمين وقع في ولاية بغلان."
    )
    (inc,) = _incidents(road, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF09", 4)
    # Afghanistan named in a clause on the place abroad is no place of the events
    beside = (
        "قتل 12 مسلحا في ثلاث غارات لطائرات بدون طيار في شمال وزيرستان، المنطقة التي "
        "يستخدمها المسلحون لشن هجمات في أفغانستان."
    )
    (inc,) = _incidents(beside, gaz)
    assert inc.country == "PK"


def test_dead_of_two_blasts_told_in_contrast_after_one_bomb_are_another_event(gaz):
    # "قتل جنود في تفجير عبوة، فيما قتل مدنيون في انفجارين": two blasts are not the one
    # bomb told first; their dead are their own
    text = (
        "لقي ثلاثة جنود بريطانيين حتفهم بتفجير عبوة أمس جنوب أفغانستان، فيما لقي تسعة "
        "مدنيين حتفهم في انفجارين."
    )
    got = [(i.killed, i.sentence.split()[0]) for i in _incidents(text, gaz)]
    assert got == [(3, "لقي"), (9, "فيما")]
    # blasts told of the event itself ("عند بوابة المقر مع بدء الهجوم") are its own
    parts = (
        "لقي أربعة شرطيين حتفهم بهجوم على مبنى القيادة في مدينة قندوز، بينما قتل حارسان "
        "في انفجارين عند بوابة المقر مع بدء الهجوم."
    )
    assert [i.killed for i in _incidents(parts, gaz)] == [6]
    # told in a part of the country of their own, the two leads of a report that tells
    # each in full after stay one sentence: the full telling places the first
    leads = (
        "أعلن مسؤولون أن مسلحين هاجموا عدة مراكز للشرطة شمال البلاد وقتلوا خمسة شرطيين، "
        "فيما لقي ثلاثة مدنيين حتفهم جنوب البلاد بتفجيرين. وقال قائد شرطة ولاية تخار إن "
        "مسلحين هاجموا مراكز للشرطة في مديرية ينكي قلعة وقتلوا خمسة شرطيين."
    )
    (inc,) = _incidents(leads, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF18", 5)


def test_two_events_told_at_a_dual_of_provinces_place_neither_until_a_part_is_told(gaz):
    # "ووقع الهجومان في ولايتي X وY": the toll of both is at neither province; once the
    # worse one is told at Y, the other is left at X
    lead = "قتل 16 مدنيا أمس في هجومين أحدهما انتحاري. ووقع الهجومان في ولايتي لغمان وزابل."
    (inc,) = _incidents(lead, gaz)
    assert (inc.location, inc.country, inc.killed) == (None, "AF", 16)
    text = lead + " وقال مسؤولون إن الهجوم الأكثر دموية وقع في زابل حين انفجرت قنبلة بحافلة."
    first, part = _incidents(text, gaz)
    assert part.location.province_pcode == "AF26"
    assert first.location.province_pcode == "AF07"
    assert first.location.how == "elimination"
    assert first.location.evidence.text == "لغمان"


def test_dead_of_another_side_at_a_place_of_their_own_after_an_unplaced_event_are_another(gaz):
    # the alliance's soldier dead at a place it did not tell; then militants dead in a
    # clash on a road of their own: another event
    text = (
        "أكد حلف شمال الأطلسي مقتل أحد جنوده في اشتباك مع مسلحين أمس دون أن يكشف مكان "
        "الاشتباك. وقتل 5 من مسلحي طالبان في مواجهة مع الشرطة على الطريق بين بغلان وسمنكان."
    )
    got = [(i.killed, i.sentence.split()[0]) for i in _incidents(text, gaz)]
    assert got == [(1, "أكد"), (5, "وقتل")]
    # the same side's dead, or "also", are told of the event told
    same = text.replace("من مسلحي طالبان", "من جنود الحلف")
    assert len(_incidents(same, gaz)) == 1
    also = text.replace("وقتل 5", "وقتل أيضا 5")
    assert len(_incidents(also, gaz)) == 1
    # the speaker going on with the other side's dead speaks of the event told
    going_on = (
        "أعلنت وزارة الدفاع مقتل جنديين في اشتباكات مع مسلحي طالبان. وأضافت الوزارة في "
        "بيانها أن 7 مسلحين قتلوا في منطقة دند غوري بولاية بغلان."
    )
    (inc,) = _incidents(going_on, gaz)
    assert (inc.location.province_pcode, inc.killed) == ("AF09", 9)


def test_a_day_after_news_of_dead_at_another_province_opens_that_earlier_event(gaz):
    # "، بعد يوم من إعلان مقتل ... بولاية X": the news is of an event of its own
    text = (
        "قتل عدد من عناصر الأمن بانفجار في ولاية فراه غرب البلاد، بعد يومين من الإعلان "
        "عن مقتل ثلاثة جنود أجانب ومترجمهم في انفجار بولاية خوست."
    )
    got = [(i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF33", None), ("AF14", 4)]


def test_a_tally_of_people_at_one_province_then_at_another_is_two_events(gaz):
    # "إن 3 جنود قتلوا في ... ولاية فراه، وجرح 7 جنود في ولاية وردك، فيما جرح 5
    # آخرون في إقليمي X وY": no event named, each count at a province of its own
    text = (
        "وقالت وزارة الدفاع إن 3 من جنود الجيش لقوا مصرعهم في مديرية بكوا بإقليم فرح، "
        "وجرح 7 عسكريين بإقليم ورادك، فيما جرح 5 آخرون في ولايتي بادغيس وغزني."
    )
    got = [
        (i.location and i.location.province_pcode, i.killed, i.wounded)
        for i in _incidents(text, gaz)
    ]
    assert got == [("AF33", 3, None), ("AF04", None, 7), (None, None, 5)]
    # after an event named, a count with no event word is told of it
    named = text.replace("لقوا مصرعهم", "قتلوا في هجوم")
    assert [(i.killed, i.wounded) for i in _incidents(named, gaz)][:1] == [(3, 7)]


def test_dead_of_two_blasts_told_in_contrast_after_a_lead_of_several_told_in_parts_are_its(gaz):
    # "مقتل خمسة جنود في سلسلة هجمات", its parts told one by one, then "فيما قتل الجنديان
    # الرابع والخامس في تفجيرين": the last part of the lead, no other event
    text = (
        "أعلن الحلف مقتل خمسة من جنوده في سلسلة تفجيرات أمس. وقال الحلف إن أحد الجنود قتل "
        "بإطلاق نار، بينما قتل اثنان في تفجيرات بشرق البلاد، فيما قتل الجنديان الرابع "
        "والخامس نتيجة تفجيرين في الدولة المضطربة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_the_event_told_again_at_a_district_by_an_official_of_its_province_is_there(gaz):
    # "في ولاية قندهار", then "وأوضح الناطق باسم والي هلمند أن الهجوم كان في منطقة خان
    # نشين": the report's province gives way to the district the official there tells
    event = (
        "كما لقي 11 مدنيا حتفهم بانفجار عبوة أثناء مرور حافلتهم بولاية قندهار جنوبا. "
        "وأوضح الناطق باسم والي هلمند أن الهجوم وقع ليل أمس في سوق بمنطقة خان نشين."
    )
    (inc,) = _incidents(event, gaz)
    assert (inc.location.province_pcode, inc.location.district_pcode) == ("AF30", "AF3011")
    assert inc.killed == 11
    # told at a district by its name, the same
    named = event.replace("في سوق بمنطقة خان نشين", "في مديرية ناد علي")
    (inc,) = _incidents(named, gaz)
    assert inc.location.district_pcode == "AF3002"
    # after a lead that summed the day's events and another event told by its official,
    # not that lead taken up again
    lead = (
        "قتل 20 شخصا اليوم في سلسلة هجمات استهدفت أنحاء متفرقة من أفغانستان. وقتل شخص "
        "بتفجير انتحاري بجوار حاجز للجيش شمال البلاد. وذكر الناطق باسم والي ولاية قندوز "
        "إن الانفجار دمر منازل. "
    )
    *_, last = _incidents(lead + event, gaz)
    assert (last.location.district_pcode, last.killed) == ("AF3011", 11)
    # with a toll of its own, or of an earlier time, the official tells another event
    first = event.split(". ")[0] + ". "
    for other in (
        "وأوضح الناطق باسم والي هلمند أن الهجوم على خان نشين أودى بحياة جنديين.",
        "وأوضح الناطق باسم والي هلمند أن الهجوم على خان نشين الأسبوع الماضي كان الأعنف.",
    ):
        assert len(_incidents(first + other, gaz)) == 2


def test_more_dead_told_as_another_event_in_another_part_of_the_country_are_its_own(gaz):
    # an event in Nangarhar, then "كما قتل جنديان بريطانيان جنوب أفغانستان": no word for
    # how, but in another part of the country: another event, not two more dead of this
    text = (
        "لقي 12 مدنيا حتفهم وجرح 30 غيرهم بتفجير انتحاري أمس استهدف رتلا قرب جلال أباد "
        "مركز ولاية ننكرهار. كما لقي جنديان من بريطانيا حتفهما جنوب أفغانستان."
    )
    got = [(i.location and i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF06", 12), (None, 2)]


def test_the_second_blast_of_a_double_bombing_the_lead_told_is_no_other_event(gaz):
    # "في تفجير مزدوج", then "استهدف تفجير ثان ...": the double one's second blast
    text = (
        "لقي 6 أشخاص حتفهم بينهم 4 مدنيين وشرطيان بتفجير مزدوج أمس في ولاية قندهار. وقال "
        "متحدث إن الانفجار الأول أصاب سيارة خاصة. وبعد لحظات، ضرب تفجير ثان رجال "
        "الشرطة الذين وصلوا إلى المكان. وأضاف أن شرطيا آخر أصيب."
    )
    (inc,) = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (6, 1)
    # after a single blast, a second one is another event
    single = text.replace("بتفجير مزدوج", "بتفجير")
    assert len(_incidents(single, gaz)) == 2
    # a separate event told after a double bombing, its "second" another word, is its own
    separate = (
        "قتل 9 أشخاص في تفجير مزدوج في مدينة قندهار. وفي حادث منفصل، قتل جنديان في انفجار "
        "ثان استهدف دورية للجيش."
    )
    assert [i.killed for i in _incidents(separate, gaz)] == [9, 2]


def test_an_official_there_speaks_of_the_event_told_before_at_his_province(gaz):
    # Helmand's blast, then "بعد يوم من إعلان مقتل ... بولاية خوست", then Helmand's
    # spokesman on "the blast" at the provincial capital: back to Helmand's, not Paktia's
    text = (
        "قتل عدد من عناصر الأمن بانفجار في ولاية هلمند، بعد يومين من الإعلان عن مقتل "
        "خمسة جنود بانفجار في ولاية خوست. وأوضح الناطق باسم والي ولاية هلمند أن ستة من "
        "عناصر الأمن لقوا حتفهم بالانفجار أمام مبنى القيادة في مدينة لشكرگاه."
    )
    got = [(i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF30", 6), ("AF14", 5)]


def test_attacks_named_as_a_wave_or_series_are_no_back_reference(gaz):
    # "قتلوا ضمن موجة من الهجمات": a series, not "the attacks" told before
    text = (
        "وذكر حاكم مديرية شيندند في ولاية هرات أن ثلاثة شرطيين لقوا حتفهم في مواجهة "
        "بالمنطقة. وذكر مسؤولون أن 9 جنود قتلوا ضمن موجة من الهجمات "
        "يشنها المسلحون في عدة أنحاء من إقليم غزني."
    )
    got = [(i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF32", 3), ("AF11", 9)]


def test_another_voice_on_an_event_at_a_village_named_by_its_district_is_its_own(gaz):
    # "..., وأكد مدير الشرطة أن جنديين جرحا بعبوة قرب قرية سبين بولداك":
    # another event, at a village that bears its district's name
    text = (
        "وقالت الوزارة إن القوات قتلت أربعة مسلحين في اشتباك بإقليم غزني، وأكد مدير شرطة "
        "الحدود أن جنديين جرحا بانفجار عبوة زرعت قرب قرية سبين بولداك."
    )
    got = [
        (i.location.district_pcode or i.location.province_pcode, i.killed, i.wounded)
        for i in _incidents(text, gaz)
    ]
    assert got == [("AF11", 4, None), ("AF2711", None, 2)]
    # residents on the village the strike told hit, no toll of their own: the same event
    village = (
        "قتل أربعة مدنيين في غارة جوية بولاية هلمند، وقال سكان إن الطائرات قصفت منزلا في "
        "قرية سيد آباد."
    )
    (inc,) = _incidents(village, gaz)
    assert inc.location.province_pcode == "AF30"


def test_the_remaining_dead_told_after_one_of_them_are_the_toll_told_not_more(gaz):
    # "5 رجال اقتحموا ... وقد تمت تصفيتهم", then "إن أحد المسلحين فجر نفسه ... فيما قتل
    # الخمسة الباقون": the same six, in parts
    text = (
        "وأفادت قناة محلية نقلا عن مصادر بأن 5 رجال اقتحموا مبنى الشرطة بمدينة قندوز، وقد "
        "تمت تصفيتهم كلهم. وقال المتحدث إن أحد المهاجمين قتل بانفجار سيارته، فيما قتل "
        "الأربعة الباقون برصاص الحراس."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 5


def test_dead_told_with_tamma_at_the_place_of_the_event_told_after_are_its_own(gaz):
    # "ويأتي الخطف بعد يوم من اختطاف 100 مسافر في ولاية قندوز", then "إلا أن هناك 9
    # راكبا تم قتلهم في قندوز": that event's dead, not the first one's
    text = (
        "ذكر مسؤول أن 17 مسافرا خطفوا في ولاية سربل أمس. ويأتي الخطف بعد يومين من "
        "خطف مسلحين لأكثر من 100 مسافر من حافلات على طريق في ولاية قندوز. ورغم إطلاق "
        "أغلبهم، إلا أن هناك 9 ركاب تم قتلهم في قندوز."
    )
    got = {i.location.province_pcode: i.killed for i in _incidents(text, gaz)}
    assert got == {"AF22": None, "AF19": 9}


def test_the_event_an_operation_answered_with_dead_of_its_own_is_another_event(gaz):
    # "نفذت القوات عملية إثر سيطرة مسلحين على نقاط تفتيش وقتل 20 شرطيا": the operation,
    # and the attack it answered, each with its own dead
    text = (
        "أعلنت مصادر أمنية مقتل 30 مسلحا في عمليات للقوات الأمنية غربي البلاد. وقال قائد "
        "شرطة ولاية فراه إن القوات الأمنية نفذت عملية إثر سيطرة المسلحين على 3 نقاط تفتيش وقتل 20 "
        "شرطيا."
    )
    got = [(i.location and i.location.province_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF33", 30), ("AF33", 20)]


def test_bodies_found_as_another_event_abroad_after_one_abroad_are_its_own(gaz):
    # an ambush in North Waziristan, then "وفي الولاية نفسها، عثر سكان مدينة مير علي على
    # أربع جثث": another event in the same tribal area, with its own dead
    text = (
        "لقي سبعة جنود باكستانيين حتفهم بكمين لمسلحين في منطقة وزيرستان الشمالية. وفي "
        "الولاية نفسها، عثر سكان مدينة مير علي أمس على ثلاث جثث ملقاة على طريق."
    )
    got = [(i.country, i.killed) for i in _incidents(text, gaz)]
    assert got == [("PK", 7), ("PK", 3)]


def test_dead_of_another_kind_told_before_the_event_told_are_that_earlier_event(gaz):
    # an air strike, then "قبل القصف قتل جندي وأصيب أربعة في هجوم شنه متمردون": the
    # insurgents' attack that came first, with its own dead
    text = (
        "أعلن مسؤولون أن 9 أطفال لقوا حتفهم بغارة جوية للحلف في ولاية كونار. وأوضح الناطق أنه "
        "قبل القصف قتل جندي وجرح 3 حراس بهجوم لمتمردين."
    )
    got = [(i.killed, i.wounded) for i in _incidents(text, gaz)]
    assert got == [(9, None), (1, 3)]
    # "before the blast" inside the event told is a step of it
    step = (
        "لقي تسعة أشخاص حتفهم بتفجير انتحاري في سوق بمدينة جلال آباد. وقال شهود إن مسلحين "
        "أطلقوا النار على الحراس قبل التفجير، فقتلوا اثنين منهم."
    )
    assert len(_incidents(step, gaz)) == 1


def test_a_second_attacker_of_the_attack_told_is_no_other_event(gaz):
    # "فجر انتحاري ثان نفسه": the rank of a man of the attack told, not of another event
    text = (
        "لقي سبعة أشخاص حتفهم بهجوم انتحاري استهدف مبنى للشرطة بمدينة قندهار. وقتل الحراس "
        "أحد المسلحين بالرصاص. وإثر ذلك فجر مهاجم ثان نفسه، فسقط سبعة قتلى."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 7
    # told as a separate attack, the same words tell another event
    separate = text.replace("وإثر ذلك فجر", "وفي هجوم منفصل فجر")
    assert len(_incidents(separate, gaz)) == 2
    # a time of its own tells a later attack
    later = text.replace("وإثر ذلك فجر", "وفي اليوم التالي فجر")
    assert len(_incidents(later, gaz)) == 2


def test_the_coalitions_count_of_enemy_forces_is_another_version_of_the_militants_dead(gaz):
    # the governor's 12 civilians and 4 fighters, then the coalition's "ten of the hostile
    # forces": its own version of the fighters' dead, not ten soldiers more
    text = (
        "لقي 12 مدنيا و4 من مقاتلي طالبان حتفهم بغارة جوية بولاية كونار. في المقابل، ذكرت "
        "القوة الدولية أن الضربة قتلت سبعة من عناصر القوات المعادية."
    )
    (inc,) = _incidents(text, gaz)
    assert inc.killed == 16


def test_dead_counted_right_after_that_was_after_are_the_earlier_events(gaz):
    # "...، وذلك إثر سقوط 20 قتيلا من المسلحين في اقتتال بينهم بالمنطقة": the
    # event the one told came after, with its own dead
    text = (
        "أعلن مسؤول مقتل قائد الشرطة بكمين لمسلحين في منطقة شيندند بولاية هرات، وذلك "
        "عقب مقتل 20 مسلحا في اشتباكات داخلية نشبت في المنطقة."
    )
    got = [(i.location.district_pcode, i.killed) for i in _incidents(text, gaz)]
    assert got == [("AF3214", 1), ("AF3214", 20)]


def test_a_lead_told_in_one_part_of_the_country_is_not_placed_by_an_event_outside_it(gaz):
    text = (
        "كابول: لقي جندي من القوات الدولية حتفه الخميس بانفجار لغم أرضي في شرق أفغانستان.\n"
        "وقتل ثلاثة جنود أجانب الأربعاء في هجوم انتحاري بسيارة ملغومة في مدينة قندهار.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.event_type for i in incidents] == ["ied", "suicide_bomb"]
    assert incidents[0].location is None
    assert incidents[1].location.province_pcode == "AF27"


def test_a_lead_whose_province_the_part_of_the_country_describes_is_placed_by_the_next(gaz):
    # the part of the country told after the lead's province says where the province
    # lies, not where the event was: the event told next places the lead
    text = (
        "قتل قائد شرطة ولاية زابل، أبرز معاقل الحركة جنوبي البلاد، في هجوم نفذه "
        "مسلحون الاثنين.\n"
        "وقال مسؤول في وزارة الداخلية إن انتحاريا فجر نفسه قرب سيارة القائد في مدينة "
        "جلال آباد.\n"
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 1
    assert incidents[0].location.province_pcode == "AF06"


def test_others_dead_in_another_part_of_the_country_are_another_event(gaz):
    text = (
        "قتل أربعة جنود أجانب في هجوم بقذائف صاروخية على قاعدتهم في ولاية بكتيكا.\n"
        "وقتل جنديان آخران في غرب البلاد الجمعة.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [4, 2]
    assert incidents[1].location is None


def test_the_country_after_a_neighbour_named_is_the_neighbour_not_afghanistan(gaz):
    # "البلاد" after a post called Pakistani is Pakistan: its north-west is no part of
    # Afghanistan, and the place told next places the lead there
    text = (
        "قتل 12 مسلحا وجنديان بعدما هاجم متمردون قادمون من أفغانستان مركزا حدوديا "
        "باكستانيا شمال غربي البلاد.\n"
        "وقال مسؤول عسكري إن المسلحين هاجموا المركز في منطقة مهمند القبلية فجرا.\n"
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 1
    assert incidents[0].country == "PK"


def test_aircraft_called_in_to_back_the_fight_are_the_fights_not_a_strike_of_their_own(gaz):
    for text in (
        "هاجم عشرات المسلحين موقعا للجيش في مديرية خاكريز بولاية قندهار ليلا، ما أدى إلى "
        "مقتل ستة جنود.\n"
        "واستعانت القوات بطائرات حربية لتقديم الدعم، فقصفت مواقع المهاجمين.\n",
        # (abroad, the aircraft striking no one named before)
        "قتل 12 مسلحا وجندي بعدما هاجم متمردون مركزا حدوديا في منطقة باجور القبلية "
        "الباكستانية.\n"
        "وقد استعان الجيش بطائرات مروحية للدعم الجوي، فقصفت مخابئ المسلحين في الجبال.\n",
    ):
        incidents = _incidents(text, gaz)
        assert [i.event_type for i in incidents] == ["attack"]
        assert len(incidents[0].more) == 1


def test_an_event_told_at_no_place_is_placed_where_it_is_told_again_with_its_dead(gaz):
    # the bombing told first at no place, then an attack elsewhere, then the bombing
    # again, with its dead, at its place: one bombing, placed there
    text = (
        "قال مسؤولون إن ثلاثة مدنيين لقوا حتفهم وأصيب تسعة آخرون بتفجير انتحاري طال قافلة "
        "عسكرية أمس.\n"
        "وفي حادث منفصل، قتل مسؤول محلي في ولاية بكتيا في هجوم مسلح.\n"
        "وأوضح الناطق باسم والي هلمند أن مهاجما انتحاريا فجر عربته الملغومة في مديرية ناد "
        "علي فقتل ثلاثة مدنيين وجرح عشرة.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.event_type for i in incidents] == ["suicide_bomb", "attack"]
    assert incidents[0].location.district_pcode == "AF3002"


def test_the_striker_owning_up_to_a_strike_where_one_was_told_is_that_strike(gaz):
    text = (
        "قتل تسعة مدنيين في غارة جوية لقوات التحالف على منزل في ولاية لوغار، حسبما أفاد "
        "مسؤولون محليون.\n"
        "كما أقرت القوات الدولية بأنها نفذت ضربة في مديرية بركي برك بعدما هاجم مسلحون "
        "دورية لها.\n"
        "وقال مسؤول في الشرطة إن 12 مدنيا قتلوا في القصف.\n"
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 1
    assert incidents[0].location.district_pcode == "AF0502"


def test_as_well_after_a_clause_at_two_provinces_told_by_the_dual_opens_another_event(gaz):
    text = (
        "قتل ثمانية مدنيين في انفجار عبوتين ناسفتين في ولايتين بشرق البلاد، كما نجا قائد "
        "شرطة ولاية بكتيا من كمين نصبه مسلحون في ولاية خوست.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.event_type for i in incidents] == ["ied", "attack"]
    assert incidents[0].location is None
    assert incidents[1].location.province_pcode == "AF14"


# Counter-examples of the rules above: each is read as the old rules read it.


def test_the_border_with_a_neighbour_leaves_the_country_afghanistan(gaz):
    text = (
        "كابول (أ ف ب) - قتل ثلاثة شرطيين الثلاثاء في انفجار عبوة ناسفة استهدفت سيارتهم في "
        "ولاية هلمند، بحسب ما أعلن مسؤول محلي.\n"
        "وفي هجوم آخر، قتل خمسة جنود أفغان عندما هاجم مسلحون موقعا عسكريا قرب الحدود مع "
        "باكستان شرق البلاد.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [3, 5]
    assert incidents[1].location is None


def test_a_part_told_as_a_separate_event_is_not_placed_by_the_summing_lead(gaz):
    text = (
        "قتل ستة أشخاص في هجومين وقعا الأحد في ولايتي قندهار وزابل بجنوب البلاد.\n"
        "ففي قندهار لقي أربعة شرطيين حتفهم بهجوم مسلح على نقطة تفتيش.\n"
        "وفي حادث منفصل، أكد الحلف الأطلسي وفاة اثنين من جنوده في انفجار عبوة ناسفة أمس "
        "من دون أن يحدد مكان الانفجار.\n"
    )
    incidents = _incidents(text, gaz)
    assert incidents[-1].killed == 2
    assert incidents[-1].location is None


@pytest.mark.parametrize("days", [("اليوم الثلاثاء", "الاثنين"), ("اليوم", "")])
def test_a_bombing_with_as_many_dead_of_other_people_on_another_day_is_another(gaz, days):
    text = (
        "أكد الحلف الأطلسي مصرع جنديين أمريكيين بانفجار لغم زرع على طريق جنوبي أفغانستان "
        f"{days[0]}، من دون أن يحدد مكان الانفجار.\n"
        "وفي حادث منفصل، قتل شرطي في هجوم مسلح في ولاية غزني.\n"
        f"وقال مسؤول محلي إن مدنيين اثنين قتلا {days[1]} عندما انفجرت عبوة ناسفة بدراجتهما "
        "النارية في مديرية بنجوائي بولاية قندهار.\n"
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 3
    assert incidents[0].location is None
    assert incidents[2].location.district_pcode == "AF2704"


def test_a_strike_owned_up_to_with_dead_of_its_own_is_another_strike(gaz):
    text = (
        "قتل تسعة مدنيين في غارة جوية لقوات التحالف على منزل في ولاية لوغار، حسبما أفاد "
        "مسؤولون محليون.\n"
        "كما أقرت القوة الدولية بأن طائراتها قتلت ثلاثة مدنيين السبت في غارة على سيارة في "
        "مديرية محمد آغا بالولاية.\n"
    )
    assert [i.killed for i in _incidents(text, gaz)] == [9, 3]


@pytest.mark.parametrize(
    ("text", "district", "wounded"),
    [
        # "في حين قال": another voice on the event, no contrast of events
        (
            "أكد الحلف الأطلسي مصرع ثلاثة من جنوده بهجوم انتحاري في شرق أفغانستان "
            "اليوم.\n"
            "في حين قال مسؤول أفغاني إن انتحاريا فجر سيارة مفخخة في مديرية سبيرة بولاية خوست "
            "فقتل ثلاثة جنود أجانب.\n",
            "AF1411",
            None,
        ),
    ],
)
def test_an_account_of_the_event_at_its_place_places_the_lead(gaz, text, district, wounded):
    (incident,) = _incidents(text, gaz)
    assert incident.location.district_pcode == district
    assert incident.wounded == wounded


def test_others_hurt_taken_to_a_place_in_another_part_are_of_the_event_told(gaz):
    text = (
        "سقط ثلاثة قتلى من الجنود الألمان بانفجار عبوة على طريق دوريتهم في ولاية بغلان.\n"
        "وأصيب ثلاثة آخرون نقلوا إلى المستشفى الألماني في مزار شريف شمال غربي البلاد.\n"
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (3, 3)


def test_the_hurt_of_the_two_blasts_told_again_after_as_well_are_theirs(gaz):
    text = (
        "قتل ثمانية مدنيين في انفجار عبوتين ناسفتين في ولايتين بشرق البلاد، كما أصيب 11 "
        "آخرون في الانفجارين اللذين وقعا في ولايتي خوست وبكتيا.\n"
    )
    (incident,) = _incidents(text, gaz)
    assert (incident.killed, incident.wounded) == (8, 11)


def test_air_support_called_in_before_or_a_strike_that_killed_are_no_support_of_the_fight(gaz):
    earlier = (
        "هاجم مسلحون من طالبان نقطة تفتيش للشرطة في ولاية قندوز ليلا، ما أدى إلى مقتل ستة "
        "شرطيين.\n"
        "وكانت القوات الأفغانية قد طلبت دعما جويا الأسبوع الماضي فقصفت طائرات التحالف مواقع "
        "لطالبان فقتلت 20 مسلحا.\n"
    )
    assert [i.killed for i in _incidents(earlier, gaz)] == [6, 20]
    struck = (
        "قال مسؤولون محليون إن 12 مدنيا قتلوا في قرية بمديرية شيندند في ولاية هرات.\n"
        "وأوضحوا أن القوات الأفغانية استعانت بطائرات التحالف التي شنت غارة جوية على منزل "
        "في القرية ما أدى إلى مقتل المدنيين.\n"
    )
    assert [i.event_type for i in _incidents(struck, gaz)] == ["airstrike"]


def test_the_latest_in_a_series_across_the_country_is_the_one_told_no_round_up(gaz):
    text = (
        "قتل 12 جنديا في هجوم لطالبان على قاعدة عسكرية أمس.\n"
        "وقال مسؤولون في ولاية فارياب إن الجنود قتلوا في الهجوم الذي وقع ليلا، وكان أحدث "
        "هجوم ضمن سلسلة عمليات ضد القوات عبر أنحاء البلاد.\n"
    )
    (incident,) = _incidents(text, gaz)
    assert incident.location.province_pcode == "AF29"


def test_the_speaker_going_on_to_the_fight_after_the_blast_tells_the_same_attack(gaz):
    text = (
        "قتل 12 شخصا في تفجير انتحاري بشاحنة مفخخة قرب مقر الشرطة في مدينة قندوز.\n"
        "وأضاف أن مسلحين اشتبكوا في وقت لاحق مع عناصر الشرطة لساعتين.\n"
    )
    (incident,) = _incidents(text, gaz)
    assert incident.event_type == "suicide_bomb"


# Counter-examples found by a second review of the rules above.


def test_an_event_at_the_wires_own_province_is_not_moved_by_another_bombing(gaz):
    text = (
        "لشكركاه (أ ف ب) - قتل ثلاثة جنود بريطانيين في انفجار عبوة ناسفة اليوم الخميس، بحسب "
        "ما أعلن متحدث عسكري.\n"
        "وفي ولاية غزني، قتل مدني في هجوم مسلح على سوق.\n"
        "وقال مسؤول في شرطة ولاية قندهار إن ثلاثة من عناصر الشرطة قتلوا أمس في انفجار عبوة "
        "ناسفة في مديرية أرغنداب.\n"
    )
    incidents = _incidents(text, gaz)
    assert len(incidents) == 3
    assert incidents[0].location.province_pcode != "AF27"


def test_an_event_of_the_same_means_outside_the_part_of_the_country_told_is_another(gaz):
    text = (
        "كابول (أ ف ب) - قتل جندي بريطاني في انفجار عبوة ناسفة في جنوب أفغانستان اليوم، "
        "بحسب ما أعلنت وزارة الدفاع البريطانية.\n"
        "وقتل ثلاثة شرطيين في انفجار عبوة ناسفة استهدفت سيارتهم في مديرية شولكره بولاية "
        "بلخ.\n"
    )
    incidents = _incidents(text, gaz)
    assert [i.killed for i in incidents] == [1, 3]
    assert incidents[0].location is None or incidents[0].location.province_pcode != "AF21"


@pytest.mark.parametrize(
    "wording",
    ["قرب الحدود الأفغانية الباكستانية شرق البلاد", "في منطقة متاخمة لباكستان شرق البلاد"],
)
def test_the_border_named_from_afghanistan_leaves_the_country_afghanistan(gaz, wording):
    text = (
        "كابول (أ ف ب) - قتل ثلاثة شرطيين الثلاثاء في انفجار عبوة ناسفة استهدفت سيارتهم في "
        "ولاية قندهار، بحسب ما أعلن مسؤول محلي.\n"
        f"وفي هجوم آخر، قتل خمسة جنود أفغان عندما هاجم مسلحون موقعا عسكريا {wording}.\n"
    )
    incidents = _incidents(text, gaz)
    assert incidents[-1].killed == 5
    assert incidents[-1].location is None


def test_a_part_on_another_day_is_not_placed_by_the_summing_lead(gaz):
    text = (
        "كابول (أ ف ب) - قتل ستة أشخاص في هجومين وقعا الأحد في ولايتي قندهار وزابل بجنوب "
        "البلاد.\n"
        "ففي قندهار لقي أربعة شرطيين حتفهم بهجوم على نقطة تفتيش.\n"
        "من جهة أخرى، أكد الحلف الأطلسي وفاة اثنين من جنوده في انفجار عبوة ناسفة السبت.\n"
    )
    assert _incidents(text, gaz)[-1].location is None


def test_a_round_up_of_scattered_attacks_among_a_series_is_still_a_round_up(gaz):
    text = (
        "كابول (أ ف ب) - لقي 25 شخصا حتفهم في هجمات متفرقة في أنحاء أفغانستان اليوم ضمن "
        "سلسلة هجمات أعلنت طالبان أنها بداية هجوم الربيع.\n"
        "ففي ولاية قندهار قتل خمسة شرطيين في هجوم على نقطة تفتيش.\n"
        "وفي ولاية غزني قتل ثلاثة جنود في انفجار عبوة ناسفة.\n"
    )
    assert [i.killed for i in _incidents(text, gaz)] == [5, 3]


def test_the_dual_after_as_well_splits_unless_the_two_events_are_named_again(gaz):
    text = (
        "قتل ثمانية مدنيين في انفجار عبوتين ناسفتين في ولايتين بشرق البلاد، كما قتل جنديان "
        "في الهجوم الذي استهدف قاعدة في ولاية هلمند.\n"
    )
    incidents = _incidents(text, gaz)
    assert incidents[0].killed == 8
    assert incidents[0].location is None


def test_a_background_sentence_after_the_story_leaves_its_province_the_one_told(gaz):
    # the war around the capital told in passing; "the province's capital" after it is
    # still the capital of the province the story is at
    text = (
        "انفجرت سيارة مفخخة قرب قاعدة عسكرية في ولاية لوغار صباح الأحد. "
        "وتزايدت هجمات المتمردين خلال الأشهر الأخيرة حول العاصمة كابول. "
        "وأفاد مسؤول أمني بأن السيارة انفجرت أمام بوابة القاعدة في عاصمة الولاية."
    )
    places = [(i.location.province_pcode, i.location.district_pcode) for i in _incidents(text, gaz)]
    assert ("AF05", "AF0501") in places
    assert all(province == "AF05" for province, _ in places)


def test_a_background_sentence_before_any_story_sets_the_scene_of_its_province(gaz):
    text = (
        "تشهد ولاية لوغار معارك عنيفة منذ أسابيع. "
        "وأفاد مسؤول أمني بأن مفخخة انفجرت قرب قاعدة في عاصمة الولاية."
    )
    [inc] = _incidents(text, gaz)
    assert inc.location.province_pcode == "AF05"


def test_coinciding_with_an_anniversary_is_the_events_day_not_background(gaz):
    text = (
        "قتل جنديان في هجوم بولاية بكتيكا. "
        "وقال الحلف إن الهجوم طال مركزين للشرطة في مديرية برمل يوم الجمعة تزامنا مع "
        "الذكرى الخامسة لانتخاب البرلمان عام 2005."
    )
    assert _steps(text, gaz)[1] == "continue"


def test_a_plural_unit_with_its_places_named_right_after_is_a_list_not_a_roundup(gaz):
    text = (
        "قتل جنديان في هجوم بولاية بكتيا. "
        "وقال الحلف إن المسلحين هاجموا مواقع في أقاليم سيد كرم وجاني خيل صباح الجمعة."
    )
    facts = []
    extract_article(text, gazetteer=gaz, article_id="t", trace=lambda f, s: facts.append(f))
    assert not facts[1].roundup


def test_a_place_deemed_a_stronghold_with_the_verb_after_it_is_no_event(gaz):
    # the province first and "تعتبر" after it: a word on the place, not an event there
    text = (
        "قتل 25 مسلحا في هجوم على مواقع للجيش في ولاية بكتيكا. "
        "وولاية بكتيكا مثل جارتها خوست تعتبر من معاقل المسلحين الذين نفذوا هجمات كثيرة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_a_toll_alone_after_background_counts_the_dead_its_lead_told_with_no_figure(gaz):
    text = (
        "صدت القوات الحكومية هجوما لطالبان على أطراف مدينة بول خمري ليلة أمس في معارك سقط "
        "فيها قتلى وجرحى. "
        "وكانت الحركة قد سيطرت على المدينة لأيام في العام الماضي. "
        "وقال متحدث عسكري إن 35 من مسلحي طالبان لقوا مصرعهم وجرح 20 آخرون."
    )
    [inc] = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (35, 20)


@pytest.mark.parametrize("opener", ["وقبل أسبوع", "وقبل خمسة أيام", "قبل أسبوعين"])
def test_dead_told_at_a_past_span_opening_the_sentence_are_another_events(opener, gaz):
    text = (
        "انفجرت عبوة ناسفة بسيارة مدنية في ولاية هلمند أمس فقتلت ثلاثة أشخاص. "
        f"{opener} قتل 11 مدنيا في تفجير انتحاري استهدف سوقا في الولاية."
    )
    first, second = _incidents(text, gaz)
    assert (first.killed, second.killed) == (3, 11)


def test_a_past_span_opening_a_word_on_the_told_event_is_no_other_event(gaz):
    text = (
        "انفجرت عبوة ناسفة بسيارة مدنية في ولاية هلمند وقتلت ثلاثة أشخاص. "
        "وقبل يومين من الانفجار قتل جندي في الهجوم ذاته بحسب الشرطة."
    )
    assert len(_incidents(text, gaz)) == 1


def test_an_earlier_event_told_with_the_same_toll_at_no_place_is_not_merged(gaz):
    # the day before, another mine with as many dead: told as another, kept apart
    text = (
        "انفجر لغم تحت سيارة مدنية في ولاية غزني صباح الخميس مخلفا ستة قتلى. "
        "وجاء الانفجار غداة انفجار عبوة ناسفة بحافلة ركاب في شرق البلاد أدى إلى مقتل ستة "
        "أشخاص."
    )
    assert [i.killed for i in _incidents(text, gaz)] == [6, 6]


def test_the_south_named_alone_keeps_an_event_out_of_a_province_elsewhere(gaz):
    text = (
        "انفجرت عبوة ناسفة بحافلة في ولاية ورداك أمس وقتلت أربعة مدنيين حسب "
        "مسؤول. وقبل أسبوع قتل 17 مدنيا في تفجير انتحاري في الجنوب."
    )
    first, second = _incidents(text, gaz)
    assert first.location.province_pcode == "AF04"
    assert second.location is None


def test_a_background_sentence_naming_a_province_outright_moves_the_story_there(gaz):
    # the neighbouring province named with its unit word sets the scene of what follows
    text = (
        "قتل شرطيان في هجوم على نقطة تفتيش في ولاية لوغر. "
        "وتصاعدت أعمال العنف في ولاية وردك المجاورة خلال الأشهر الأخيرة. "
        "وقتل هناك أمس خمسة مدنيين عندما سقطت قذيفة هاون على منزلهم."
    )
    first, second = _incidents(text, gaz)
    assert (first.location.province_pcode, second.location.province_pcode) == ("AF05", "AF04")


def test_coinciding_with_the_anniversary_of_an_event_and_its_dead_tells_the_past(gaz):
    text = (
        "قتل جنديان أفغانيان في اشتباك مع مسلحين في ولاية بغلان أمس. "
        "وجاء ذلك تزامنا مع الذكرى الثانية لتفجير سوق بولي خمري الذي قتل فيه 30 مدنيا."
    )
    [inc] = _incidents(text, gaz)
    assert inc.killed == 2


def test_a_place_deemed_so_in_a_relative_clause_keeps_the_event_its_main_verb_tells(gaz):
    text = (
        "قتل شرطيان في هجوم على نقطة تفتيش في ولاية وردك أمس. "
        "وولاية غزني المجاورة التي تعتبر من معاقل طالبان شهدت بدورها مقتل ثلاثة جنود في "
        "انفجار لغم صباح اليوم."
    )
    assert [i.location.province_pcode for i in _incidents(text, gaz)] == ["AF04", "AF11"]


@pytest.mark.parametrize("span", ["وقبل ساعة", "وقبل ساعتين"])
def test_a_span_ago_opening_a_saying_dates_the_telling_not_other_dead(span, gaz):
    text = (
        "لقي 12 مصليا حتفهم بتفجير انتحاري داخل مسجد في مدينة قندوز خلال صلاة "
        f"الجمعة اليوم. {span}، قال المتحدث باسم الشرطة إن 25 شخصا قتلوا."
    )
    [inc] = _incidents(text, gaz)
    assert inc.killed == 25


@pytest.mark.parametrize(
    "text",
    [
        "قتل 20 مسلحا في غارة جوية بطائرة بدون طيار في الشمال الغربي الباكستاني قرب الحدود.",
        "قتل 14 شخصا في ضربة بطائرة مسيرة ضمن الحملة على المتشددين في الشرق الأوسط.",
    ],
)
def test_a_part_named_with_a_qualifier_after_it_is_no_part_of_afghanistan(text, gaz):
    [inc] = _incidents(text, gaz)
    assert inc.country != "AF"


def test_an_aside_naming_the_told_event_owned_up_to_is_its_claim(gaz):
    text = (
        "احترقت عشرات الشاحنات بانفجار قنبلة في موقف للسيارات بولاية سمنجان فجر اليوم. "
        "وهو الانفجار الذي تبنته حركة طالبان في بيان."
    )
    [inc] = _incidents(text, gaz)
    assert inc.claimed_by == "Taliban"


# Counter-examples a second review wrote against this session's rules.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "كذلك": as many more of another side, added, not the same people
        (
            "قتل 12 من مسلحي طالبان وأصيب خمسة آخرون في عملية للقوات الخاصة في ولاية ننغرهار. "
            "وقال المتحدث باسم الجيش إن خمسة من أفراد القوات الخاصة أصيبوا كذلك خلال العملية.",
            12,
            10,
        ),
        # one man survived: the others are more dead
        (
            "لقي ثلاثة شرطيين حتفهم بتفجير انتحاري استهدف موكب قائد شرطة ولاية قندوز صباح "
            "اليوم. ونجا القائد وقتل اثنان آخران من حراسه في تبادل لإطلاق النار بعد الانفجار.",
            5,
            None,
        ),
        # some survived, the others are the dead told
        (
            "قتل 14 راكبا عندما أطلق مسلحون النار على حافلة في ولاية غزني أمس. ونجا عدد من "
            "الركاب من الهجوم وقتل 14 آخرون بعد أن أوقف المسلحون الحافلة.",
            14,
            None,
        ),
        # a strike from the air the told attack came a day after: its dead are its own
        (
            "هاجم مسلحون مركزا للشرطة في ولاية فراه الليلة الماضية، بعد يوم من القصف الجوي "
            "الأمريكي الذي أودى بحياة 12 مدنيا في الولاية ذاتها.",
            None,
            None,
        ),
        # a bombing days after clashes that lasted: the clashes' dead are theirs
        (
            "فجر انتحاري سيارة مفخخة قرب مقر الشرطة في مدينة قندوز اليوم، بعد يومين من "
            "الاشتباكات العنيفة التي قتل فيها 30 مسلحا في منطقة جهار دره.",
            None,
            None,
        ),
        # the anniversary of a death is no toll of the day
        (
            "أطلقت قذائف صاروخية على قاعدة باغرام الجوية تزامنا مع الذكرى الثانية لمقتل زعيم "
            "القاعدة، دون أن تسفر عن إصابات.",
            None,
            None,
        ),
    ],
)
def test_second_review_counts(text, killed, wounded, gaz):
    [inc] = _incidents(text, gaz)
    assert (inc.killed, inc.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        # the crossing's other end, and a place abroad after a comma, leave it Afghan
        (
            "قتل خمسة من رجال الأمن الأفغان بهجوم على موقعهم قرب معبر سبين بولدك مع مدينة "
            "شامان الباكستانية.",
            ["AF27"],
        ),
        (
            "قتل ثلاثة من عناصر الشرطة الأفغانية في هجوم على نقطة تفتيش قرب معبر طورخم، "
            "وأغلقت السلطات الباكستانية الطريق في بيشاور.",
            ["AF06"],
        ),
        # a background sentence naming a neighbour by its bare name moves the story there
        (
            "قتل ثلاثة جنود أفغان بانفجار لغم تحت دوريتهم في ولاية قندهار صباح "
            "اليوم. وتشهد هلمند المجاورة معارك عنيفة منذ أسابيع. وفي أحدث هذه المعارك قتل 14 "
            "مسلحا في غارة جوية على أحد مواقعهم مساء أمس.",
            ["AF27", "AF30"],
        ),
        # "deemed" in a relative or an aside, a word between: the main verb tells the event
        (
            "ومنطقة سنجين التي كانت تعد من أخطر مناطق ولاية هلمند شهدت اليوم هجوما انتحاريا "
            "على قاعدة بريطانية أسفر عن مقتل جنديين.",
            ["AF30"],
        ),
        (
            "ومدينة لشكركاه وهي تعتبر عاصمة ولاية هلمند شهدت صباح اليوم تفجير شاحنة ملغمة "
            "قتل فيه أربعة مدنيين.",
            ["AF30"],
        ),
        # an event told before the anniversary named: that day's event
        (
            "قتل خمسة أشخاص في انفجار قنبلة استهدفت تجمعا في مدينة مزار شريف تزامنا مع "
            "الذكرى السنوية لاغتيال القائد أحمد شاه مسعود.",
            ["AF21"],
        ),
        # a week ago, the police told of another event
        (
            "قتل ثلاثة شرطيين بهجوم على حاجز أمني في ولاية قندوز صباح اليوم. وقبل "
            "أسبوع، أعلنت الشرطة مقتل 10 مسلحين في عملية أمنية في الولاية نفسها.",
            ["AF19", "AF19"],
        ),
    ],
)
def test_second_review_places(text, provinces, gaz):
    assert [i.location.province_pcode for i in _incidents(text, gaz)] == provinces
