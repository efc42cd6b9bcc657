"""What a place mention is in its sentence: where the event is, or something else.

News sentences name places for many reasons besides the event's place: the office of the
official who speaks ("المتحدث باسم حاكم ولاية قندهار"), a reference point ("على بعد 20
كيلومترا شمال مدينة قندهار"), the two ends of a road ("على الطريق بين ولايتي كابول
وقندهار"), where something came from ("تعزيزات من بل خمري") and a person's name that is
also a district's ("عبد الرحيم وردك"). Each mention gets one role, decided from the words
before it; the locator ranks evidence by role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from gazetteer.match import UNIT_WORDS, Gazetteer
from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents.casualties import casualty_kind
from incidents.records import PlaceMention
from incidents.tokens import Token, punctuation_before
from incidents.words import a_span_after, given_name

__all__ = [
    "EVENT",
    "NATIONALITY",
    "OFFICE",
    "ORIGIN",
    "PERSON",
    "REFERENCE",
    "ROUTE",
    "assign_roles",
    "taken_to",
]

EVENT: Final = "event_place"
OFFICE: Final = "speaker_office"
REFERENCE: Final = "reference_point"
ROUTE: Final = "route_end"
ORIGIN: Final = "origin"
PERSON: Final = "person_name"
NATIONALITY: Final = "nationality"


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split("|") if w)


# Offices and institutions that are "of" a place: the speaker's office, not the event's
# place ("قائد شرطة إقليم قندهار", "المتحدث باسم حاكم ولاية هلمند", "مستشفى فرح").
_OFFICE_WORDS: Final = _keys(
    "حاكم|والي|محافظ|قائد|شرطة|الشرطة|رئيس|المتحدث|متحدث|الناطق|ناطق|باسم|مجلس|مدير|"
    "مديرة|نائب|مسؤول|مسئول|مسؤولو|مسؤولي|مستشفى|بلدية|مكتب|عضو|أمن|الأمن|استخبارات|"
    "المخابرات|مستشار|حكومة|مديرية|دائرة|قيادة|الجيش|لواء|فيلق|المحلي|المحلية|إدارة|"
    "الصحة|الصحية|العامة|الجنائية|المحليه|وحدة|قائدا|لقائد|لحاكم|"
    # "رئيس محكمة استئناف ولاية بكتيا": a court and its judge are of their province
    "محكمة|المحكمة|استئناف|الاستئناف"
)
# Titles that open an office chain with a man ("قائد شرطة منطقة شيغال"), not a site
# ("مقر الشرطة").
_PERSONS_POSTS: Final = _keys(
    "حاكم|والي|محافظ|قائد|رئيس|مدير|مديرة|نائب|مسؤول|مسئول|عضو|مستشار|قائدا|لقائد|لحاكم"
)
# Groups named after a country: "طالبان باكستان", "حركة طالبان الأفغانية".
_GROUP_HEADS: Final = _keys("طالبان|لطالبان|وطالبان")
# A bank named for a city ("فرع بنك كابول في جلال آباد"): the company, not the place
_BANKS: Final = _keys("بنك|البنك|لبنك|وبنك|مصرف|المصرف|لمصرف")
KABUL_PROVINCE: Final = "AF01"
# Sites of an office that an attack "على" targets: "على مواقع للشرطة", "على مقر الشرطة".
_ON: Final = _keys("على")
_SITES: Final = _keys(
    "مواقع|موقع|موقعا|مقر|مقرا|مقار|مراكز|مركز|مركزا|نقطة|نقاط|حاجز|حواجز|مبنى|مباني|"
    "قاعدة|قواعد|دورية|دوريات|قافلة|مكتب|مكاتب"
)
_SITES_AND_HOMES: Final = _SITES | _keys("منزل|بيت|مجمع|مقره|موكب|سيارة|قصر|دار")
# Unit words that also name an institution of the place, the speaker's office.
_INSTITUTION_UNITS: Final = _keys("بلدية")
# Speakers and embassies whose seat "في X" is named: not where the event is. Ministries
# and offices are left out: they are often the target ("هاجموا وزارة التعليم في X").
_SEATS: Final = _keys(
    "سفارة|السفارة|سفارات|السفير|متحدث|المتحدث|متحدثا|الناطق|ناطق|ناطقا|مراسل|مراسلنا|مراسلة|"
    # an office that is the speaker's own ("مكتبنا في كابول"), not one that was attacked
    "مكتبنا|مكتبه|مكتبها|مكاتبنا|مكاتبها|"
    # officials of, as the subject who speaks ("مسؤولو وزارة الدفاع في كابول أكدوا")
    "مسؤولو|مسؤولوا|مسئولو|مسئولوا"
)
# Where the wounded were taken ("نقلوا إلى مستشفى في لشكركاه"), not where they were hurt;
# a hospital that is attacked ("اقتحموا مستشفى في X") is the event's place.
# The government or power of a capital ("الحكومة في كابول", "تولي طالبان السلطة في كابول"):
# the city names a regime, not where anything happened.
_RULE: Final = _keys("الحكومة|حكومة|السلطة|سلطة|الحكم|النظام|نظام")
# The government named by its capital ("إدارة كابل العميلة", "حكومة كابول"): an actor.
_REGIMES: Final = _RULE | _keys("إدارة|ادارة")
_HOSPITALS: Final = _keys("مستشفى|المستشفى|مستشفيات|المستشفيات")
_TO: Final = _keys("إلى|الى|لمستشفى|للمستشفى")
_LEADING: Final = _keys("المؤدي|المؤدية|المؤدى|يؤدي|تؤدي|المفضي|المفضية")
# "وسط كابول" is inside Kabul, not a direction from it.
DIRECTIONS: Final = _keys(
    "شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|شمالا|جنوبا|شرقا|غربا|الشمال|الجنوب|"
    "الشرق|الغرب|الشمالي|الجنوبي|الشرقي|الغربي"
)
_MAIN: Final = _keys("الرئيس|الرئيسي|الرئيسية")  # an adjective after a definite noun: "main"
# "على بعد 20 كيلومترا من", "منطقة تبعد 20 كيلومترا عن", "لا يبعد كثيرا عن العاصمة"
_DISTANCE: Final = lx.KILOMETRES | lx.MILES | lx.AWAY
_AWAY_FROM: Final = _keys("عن")
_FAR: Final = _keys("بعيد|بعيدا|بعيدة|ببعيد")
# Taken (the wounded, the dead) to: "نقله إلى", "نقلوا إلى مستشفى", "إجلاؤهم إلى".
_TAKEN: Final = _keys(
    "نقل|نقله|نقلها|نقلهم|نقلهما|نقلوا|نقلت|ونقل|ونقلوا|ونقلت|أجلي|أجليت|أجلوا|إجلاء|"
    "إجلاؤه|إجلاؤهم|إجلائه|إجلائهم|أسعف|أسعفوا|إسعافه|إسعافهم"
)
_TAKEN_REACH: Final = 8  # words from the verb to the name: "نقله جوا إلى قاعدة عسكرية أميركية في"
# words from the verb to "إلى": those taken may be counted between ("نقلت جثث 16 منهم إلى")
_TAKEN_TO_REACH: Final = 4
# The dead and the hurt as those taken: "جثث", "الجرحى", "المصابين".
_THE_HURT: Final = frozenset(
    _keys("جثث|جثة|جثتي|جثامين|جثمان|الجثث|الجرحى|جرحى|المصابين|مصابين|القتلى|الضحايا")
)


def _a_mediums_name(tokens: Sequence[Token], mention: PlaceMention, last: Token | None) -> bool:
    """Whether the name is a medium's or a firm's: a word of the press or a bank after it,
    in the English order of the name ("ميزان أونلاين", "كابول تايمز", "كابل بنك"), or a
    newspaper, channel or radio right before it with no unit word ("صحيفة كابول", "إذاعة
    خوست")."""
    after = _word_after(tokens, mention)
    if after is not None and (after.key in _PRESS_AFTER or after.key in _BANKS_AFTER):
        return True
    return mention.unit is None and last is not None and last.key in _PRESS_BEFORE


_PRESS_AFTER: Final = _keys(
    "أونلاين|اونلاين|نيوز|تايمز|تايم|برس|الإخباري|الاخباري|الإخبارية|الاخبارية"
)
_BANKS_AFTER: Final = _keys("بنك|بانك")
_PRESS_BEFORE: Final = _keys("صحيفة|جريدة|قناة|إذاعة|اذاعة|راديو|تلفزيون|تليفزيون|مجلة")


def taken_to(before: list[Token]) -> bool:
    """Whether the name stands in the place the wounded or dead were taken to: a verb of
    taking, then "إلى", with no clause opener between ("بعد نقله جوا إلى قاعدة في")."""
    window = before[-_TAKEN_REACH:]
    for k, tok in enumerate(window):
        if not _TAKEN.isdisjoint(tok.bare):
            rest = window[k + 1 :]
            # (one word more when it is the dead or hurt that were taken: "نقلت جثث 16 منهم
            # إلى", not "قافلة نقلت مؤنا وذخائر للجنود إلى")
            reach = (
                _TAKEN_TO_REACH if any(not _THE_HURT.isdisjoint(t.bare) for t in rest[:2]) else 3
            )
            return any(t.key in _TO for t in rest[:reach]) and not any(
                t.key in lx.CLAUSE_OPENERS for t in rest
            )
    return False


def _a_road_named_before(before: Sequence[Token]) -> bool:
    """Whether a road noun stands right before the name that ends `before` (its first
    word or its second): "الطريق السريع كابول", "طريق جلال آباد"."""
    return any(t.key in _ROAD_NOUNS for t in before[-3:-1])


def _linked_by(before: list[Token]) -> bool:
    """Whether a verb of linking ("يربط", "الرابط بين") stands a few words before the
    name, with no "في" or clause opener after it."""
    window = before[-_LINK_REACH:]
    for k in range(len(window) - 1, -1, -1):
        tok = window[k]
        if tok.key in _IN or tok.key in lx.CLAUSE_OPENERS:
            return False
        if tok.key in _LINKS:
            return True
    return False


# ("الواصل" and "يصل" are left out: "النبأ الواصل من" is news arriving from a place)
_LINKS: Final = _keys("يربط|تربط|ويربط|وتربط|الرابط|الرابطة|والرابط")
_LINK_REACH: Final = 6  # "يربط إقليمي بلوخستان غربي باكستان وقندهار"
_PASSING: Final = _keys("مرورا|ومرورا")  # passing through: "مرورا بقندهار"
_ROUTE_LINKS: Final = _keys("يربط|تربط|الرابط|الرابطة|الواصل|الواصلة|يصل|بين|وبين")
_ROADS: Final = _keys("طريق|الطريق|الطرق|طرق|السريع|الشارع|شارع|خط|الخط")
_GOING: Final = _keys("تسير|يسير|تسافر|يسافر|يسافرون|تتنقل|يتنقل|يتنقلون|تنقل|متنقلة")
_ROAD_NOUNS: Final = _keys("طريق|وطريق|بطريق|شارع|بشارع|الطريق|السريع")
_ORIGINS: Final = _keys(
    "من|إلى|الى|نحو|باتجاه|اتجاه|صوب|قادمين|قادمة|قادما|متوجهة|متوجهين|متوجها|متجها|متجهة|متجهين|"
    # heading for: "أثناء توجهه للعاصمة كابول", "في طريقه إلى"
    "توجهه|توجهها|توجههم|طريقه|طريقها|طريقهم|"
    # where fire came from: "قصف مدفعي وهجمات صاروخية مصدرها باكستان"
    "مصدرها|مصدره|مصدرهم"
)
_EACH: Final = _keys("كل|وكل")
_AND: Final = normalize("و")
_TOWARD: Final = _keys("باتجاه|اتجاه|نحو|صوب|تجاه")
_REPORTS: Final = _keys("تقارير|أنباء|انباء|أخبار|اخبار|تقرير|معلومات|التقارير|الأنباء")
_ROUNDS: Final = _keys("صواريخ|صاروخ|صاروخا|قذائف|قذيفة|قذيفتين|صاروخين|الصواريخ|القذائف|النار")
_ROUNDS_REACH: Final = 5  # "أطلقت القوات 4 صواريخ باتجاه": the rounds, a count, the verb


def _at_the_same_time_after_the_dead(before: Sequence[Token]) -> bool:
    """Whether "في الوقت نفسه" (at the same time) stands before the mention, after a word
    of dead or wounded and with none after it: the clause tells a simultaneous other
    event."""
    for k in range(1, len(before) - 1):
        if (
            before[k].key in lx.THE_TIME
            and before[k - 1].key in lx.IN
            and before[k + 1].key in lx.SAME
            and any(casualty_kind(t) is not None for t in before[: k - 1])
            # ("وقتل في الوقت نفسه مدني وجرح تسعة بانفجار قنبلتين في تالقان": the time
            # phrase inside the clause that counts the dead of the place named)
            and not any(casualty_kind(t) is not None for t in before[k + 2 :])
        ):
            return True
    return False


def _coming_back_from(before: Sequence[Token]) -> bool:
    """Whether the words before the name tell someone coming back from what he did there
    ("أثناء عودة القافلة من مهمة نفذتها في"), with no clause opening between."""
    window = list(before[-_BACK_FROM_REACH:])
    for k in range(len(window) - 1, -1, -1):
        if window[k].key in lx.CLAUSE_OPENERS:
            return False
        if window[k].key in lx.BY_MUNITIONS:
            # (people coming back from a feast, then "ب" and the bomb their bus hit,
            # then "في" and the district: where it went off, not where they came from)
            return False
        if not _RETURNING.isdisjoint(window[k].bare):
            return any(t.key in _OF for t in window[k + 1 : k + 4])
    return False


_RETURNING: Final = _keys(
    "رجوع|عودة|عودته|عودتها|عودتهم|عودتهما|رجوعه|رجوعها|رجوعهم|عائدين|عائدا|عائدة|عائدون"
)
_BACK_FROM_REACH: Final = 10  # "عودة القافلة العسكرية من مهمة نفذتها في": back, who, from, what
_WAY, _ABOUT = normalize("طريق"), normalize("عن")  # "عن طريق": by way of
_MOSQUES: Final = frozenset(_keys("مسجد|المسجد|بمسجد|لمسجد|جامع"))
_BELONGING: Final = _keys("التابعة|التابع|الواقعة|الواقع")
_ARMY_UNITS: Final = _keys("فيلق|الفيلق|فرقة|الفرقة|لواء|اللواء|كتيبة|الكتيبة|فيلق|والفيلق")
_HAILS_FROM: Final = _keys(
    "يتحدر|ينحدر|تتحدر|تنحدر|يتحدرون|ينحدرون|المتحدر|المنحدر|المتحدرين|المنحدرين|"
    "يتحدران|ينحدران|المتحدرة|المنحدرة"
)
_RESIDENTS: Final = _keys("سكان|أهالي|اهالي|أهل|أبناء|ابناء|مواطني")
_OF: Final = _keys("من|ومن")
_TRAINING: Final = _keys("تدريبات|تدريبا|تدريب|التدريب|تدرب|تدربوا|درس|دراسته|تعليمه|ترعرع|نشأ")
_PREPOSITIONS: Final = _keys("في|فى|وفي|ففي|داخل|قرب|بالقرب|ضواحي|أطراف|وسط|على")


# Nouns of land that a country's adjective places abroad: "الأراضي الباكستانية", "داخل
# الحدود الإيرانية"; after any other noun it says whose ("القوات الباكستانية").
_LAND: Final = _keys(
    "الأراضي|أراضي|الأرض|أرض|المناطق|مناطق|المنطقة|منطقة|الحدود|حدود|الحدودية|الجانب|"
    "داخل|العمق|القبلية|البلدة|بلدة|القرية|قرية|المدينة|مدينة|الولاية|الإقليم|الأقاليم|المقاطعة"
)
_ADJECTIVE_ENDINGS: Final = ("ي", "يه", "يين", "يون", "يان", "يتين")

_PRESS_TALK: Final = _keys("صحفي|صحافي|الصحفي|الصحافي|صحفية|صحافية|الصحفية|الصحافية")
_TO_THE_PRESS: Final = _keys("للصحفيين|للصحافيين|للصحافة|لصحفيين|لصحافيين")
_IN: Final = _keys("في|فى")
_STATEMENT: Final = _keys("بيان|بيانا|بيانه|بيانها|البيان")
_ISSUED: Final = _keys("صدر|أصدره|أصدرته|نشر")
# Adjectives of an office's level: "الحاكم الإقليمي", "المسؤول المحلي".
_LEVEL_ADJECTIVES: Final = _keys("الإقليمي|الاقليمي|المحلي|الولائي|المركزي")
_REMARKS: Final = _keys("تصريح|تصريحات|تصريحه|مؤتمر|رسالة")
_ITS_OWN: Final = _keys("له|لها") | _PRESS_TALK  # "في بيان له", "في مؤتمر صحفي"


def _seat_before(window: Sequence[Token], *, seats: frozenset[str] = _SEATS) -> bool:
    """A seat noun heads the phrase before "في": no "أن"/"إن" clause between them, and no
    witnesses ("نقل مراسل القناة عن شهود عيان في مديرية ...": they saw it there)."""
    for t in reversed(window):
        if t.key in lx.THAT or t.key in _EYEWITNESSES:
            return False
        if t.key in seats:
            return True
    return False


def _trained_there(window: Sequence[Token]) -> bool:
    """Whether a word of training stands in the window, not as the kind of a site named
    before it ("مركز تدريب", "معسكر تدريب")."""
    return any(
        not _TRAINING.isdisjoint(t.bare)
        and not (k > 0 and not _TRAINING_SITES.isdisjoint(window[k - 1].bare))
        for k, t in enumerate(window)
        if k > 0
    )


_TRAINING_SITES: Final = _keys(
    # (and in the accusative: "هاجم مسلحون مركزا لتدريب الجنود في جرديز")
    "مركز|مركزا|معسكر|معسكرا|معسكرات|مراكز|أكاديمية|كلية|مدرسة|قاعدة|معهد|معهدا"
)


def _an_office_attacked(window: Sequence[Token]) -> bool:
    """Whether the window ends on an office of the speaker's that an event named before
    "على" struck ("هجوم على مكاتبها", "الهجوم على مكتبه")."""
    return (
        len(window) >= _ATTACKED_OFFICE_WORDS
        and window[-1].key in _OWN_OFFICES
        and window[-2].key in _ON
        and not lx.EVENT_NOUNS.isdisjoint(window[-3].bare)
    )


_OWN_OFFICES: Final = _keys("مكتبنا|مكتبه|مكتبها|مكاتبنا|مكاتبها|مكاتبه|مقرها|مقره|مقرنا")
_ATTACKED_OFFICE_WORDS: Final = 3  # "هجوم | على | مكاتبها"
_ATTACKED_OFFICE_REACH: Final = _ATTACKED_OFFICE_WORDS + 1  # and "في"


def _reached_for_a_word(window: Sequence[Token]) -> bool:
    """Whether the words ask someone for a word: "للتعليق", or contact that could not be
    made ("لم يتسن الاتصال بمسؤولين", not "فقدت الاتصال مع الشرطة", the event's place)."""
    for k, tok in enumerate(window):
        if tok.key in _FOR_A_WORD:
            return True
        if tok.key in _CONTACT and any(t.key in _COULD for t in window[max(0, k - 2) : k]):
            return True
    return False


_FOR_A_WORD: Final = _keys("للتعليق|التعليق")
_CONTACT: Final = _keys("الاتصال|للاتصال|التواصل|للتواصل")
_COULD: Final = _keys("يتسن|يتسنى|تعذر|يتمكن|نتمكن|تتمكن|يمكن|يتيسر")
_REACHING_WORDS: Final = 5  # "الاتصال بمسؤولين إيرانيين في": the verb, the people, an adjective
_EYEWITNESSES: Final = _keys("شهود|الشهود|وشهود|شاهد|شاهدا|سكان|السكان|أهالي|الأهالي")
# A ministry, seated in the capital: "مصدر في وزارة الداخلية في كابل"
# The country's ministries and national bodies, seated in the capital ("الإدارة الوطنية
# للأمن", the intelligence service)
_MINISTRIES: Final = _keys("وزارة|الوزارة|بوزارة|لوزارة|الإدارة|الاستخبارات|المخابرات|الرئاسة")
_MINISTRY_REACH: Final = 4  # "وزارة الداخلية الأفغانية في": the ministry, its name, an adjective
# A member of parliament and "عن" (for) the province he sits for
_FOR: Final = _keys("عن")
_MEMBERS: Final = _keys(
    "النائب|نائب|نائبا|النائبة|نائبة|البرلماني|برلماني|نواب|النواب|ممثل|الممثل|عضو"
)
_REPORTERS: Final = _keys("مراسل|مراسلنا|مراسلة|مراسلو|مراسلي")
# Reached by the press: "اتصلت به رويترز", "في اتصال مع الجزيرة"
_CONTACTED: Final = _keys("اتصلت|اتصل|اتصال|اتصالا|اتصالات")
_CONTACT_REACH: Final = 7  # the verb, "به", an agency of up to four words, "في"
# A speaker's seat, not a building that may be the site ("قرب السفارة الأمريكية في كابول")
_SPOKESMEN: Final = _keys("متحدث|المتحدث|متحدثا|الناطق|ناطق|ناطقا|مسؤولو|مسؤولوا|مسئولو|مسئولوا")
# A source, seated where the words right after it say ("مصدر أمني أفغاني في العاصمة كابول")
_A_SOURCE: Final = _keys("مصدر|مصادر")
_SOURCE_REACH: Final = 3  # "مصدر أمني أفغاني" before "في"
_BASES: Final = _keys("قاعدة|بقاعدة|القاعدة|بالقاعدة|لقاعدة")


def _said_there(
    tokens: Sequence[Token],
    before: Sequence[Token],
    mention: PlaceMention,
    *,
    pronoun: bool = False,
) -> bool:
    """Whether "أن"/"إن" follows the name and a verb of saying opens the few words before
    it: "أعلن الجيش الأميركي في كابول أن ...", "قال مسؤولون في كابول إن ..."."""
    following = [t for t in tokens if t.start >= mention.end]
    # "أكدت قيادة حلف الأطلسي في كابول أمس (الاثنين) أن ...": the day of the saying between;
    # "وذكرت مديرية الأمن الوطني في كابول في تصريح أن ...": so is what it said it in
    k = 0
    while k < len(following):
        if following[k].key in _DAY_OF_SAYING:
            k += 1
        elif (
            following[k].key in _IN
            and k + 1 < len(following)
            and following[k + 1].key in _STATEMENT | _REMARKS
        ):
            k += 2 + (k + 2 < len(following) and following[k + 2].key in _ITS_OWN)
        else:
            break
    # ("أعلنت وزارة الداخلية في كابول أنها أرسلت محققين": "that" with its pronoun, after
    # a ministry in the capital; "قال أحد السكان في الوادي إنه رأى" is a witness there)
    if k == len(following) or (
        following[k].key not in lx.THAT
        and not (pronoun and following[k].key in lx.THAT_WITH_PRONOUN)
    ):
        return False
    # "وقال العقيد عبد الوكيل اهساس قائد كتيبة في قندز ان": a speaker named with his
    # title before "في" reaches further back to the verb
    titled = any(t.key in _OFFICE_WORDS for t in before[-3:-1])
    reach = _SAID_REACH_TITLED if titled else _SAID_REACH
    window = before[-reach:-1]
    # "وصرح متحدث باسم القوة الدولية التي يقودها الحلف (إيساف) في كابول أن": the body a
    # spokesman speaks for may be long; the verb stands before the spokesman
    named = next(
        (
            k
            for k in range(len(before) - 2, max(-1, len(before) - 2 - _NAMED_BODY_REACH), -1)
            if before[k].key in _FOR_THE_NAME
        ),
        None,
    )
    # (not past what is said: "أكد المتحدث باسم الشرطة مقتل خمسة بهجوم في ولاية فراه
    # وأن ...": the event and its place told before "أن")
    if named is not None and not _something_told(before[named:-1]):
        window = before[max(0, named - _SPOKESMAN_AND_VERB) : -1]
    elif (body := _a_long_named_force_speaking(before)) is not None:
        window = before[body:-1]
    # "نقلت الإذاعة عن مسؤولين محليين في ولاية بادغيس أن": whom a report is told from
    told_from = any(a.key in _FROM and b.key in _SOURCES for a, b in pairwise(window))
    return (
        any(not lx.CLAIM_VERBS_SET.isdisjoint(t.bare) for t in window) or told_from
    ) and not any(t.key in lx.THAT for t in window)


def _a_long_named_force_speaking(before: Sequence[Token]) -> int | None:
    """Where the verb of saying stands when a foreign force named at length speaks right
    after it ("وذكرت القوة الدولية العاملة تحت قيادة حلف الناتو في كابل أن"): nothing told
    between but the force's name. None otherwise."""
    for k in range(len(before) - 2, max(-1, len(before) - 2 - _NAMED_BODY_REACH), -1):
        if _something_told(before[k : k + 1]):
            return None
        if not lx.CLAIM_VERBS_SET.isdisjoint(before[k].bare):
            named = any(not lx.FOREIGN_FORCE_NAMES.isdisjoint(u.bare) for u in before[k + 1 : -1])
            return k if named else None
    return None


def _something_told(words: Sequence[Token]) -> bool:
    """Whether the words hold "أن", a word of the dead or of an event: what is said has
    begun."""
    return any(
        t.key in lx.THAT
        or casualty_kind(t) is not None
        or not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)
        for t in words
    )


_FROM: Final = _keys("عن")
# whom a report is told from: a post, a spokesman, or sources, officials, witnesses
_SOURCES: Final = (
    _PERSONS_POSTS
    | _SPOKESMEN
    | _keys("مسؤولين|مسؤولون|مسئولين|مسئولون|مسؤولي|مسئولي|مصادر|مصدر|شهود|سكان|ضابط")
)


def _arrived_before(before: Sequence[Token]) -> bool:
    """Whether a verb of arriving stands a few words before ("وصلوا", "قدما أول من أمس"),
    the unit word and "إلى" cut off by the caller."""
    words = list(before)
    while words and _is_unit(words[-1]):
        words = words[:-1]
    return any(t.key in _ARRIVED for t in words[-_ARRIVED_REACH:])


_ARRIVED: Final = _keys(
    "وصل|وصلت|وصلوا|وصلا|قدم|قدمت|قدموا|قدما|ووصل|ووصلوا|وقدم|وقدموا|"
    # entered or slipped into: "دخل مقاتلو الحركة اليوم إلى المدينة"
    "دخل|دخلت|دخلوا|ودخل|ودخلت|ودخلوا|تسلل|تسللت|تسللوا|وتسلل|وتسللوا"
)
_ARRIVED_REACH: Final = 5  # "قدما أول من أمس، | إلى": the verb, a day of three words


def _the_speakers_words(window: Sequence[Token]) -> bool:
    """Whether a verb of saying opens the words and no "أن"/"إن" follows it in them, nor a
    word of the dead or of the event ("أعلن التحالف مقتل جنديين في كابول" tells the dead
    there): the words name the speaker, before what is said."""
    said = next(
        (k for k, t in enumerate(window) if not lx.CLAIM_VERBS_SET.isdisjoint(t.bare)), None
    )
    return said is not None and not any(
        t.key in lx.THAT
        or casualty_kind(t) is not None
        or not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)
        for t in window[said:]
    )


def _an_office_speaking(before: Sequence[Token]) -> bool:
    """Whether the words end with an office of one to three words ("الحكومة المحلية",
    "قيادة الشرطة") right after a verb of saying."""
    k = len(before) - 1
    while (
        k >= 0
        and len(before) - k <= _OFFICE_SPEAKING
        and (
            _an_office_word(before[k])
            or not _SPEAKING_BODIES.isdisjoint(before[k].bare)
            or before[k].key in _OFFICES_OF
        )
    ):
        k -= 1
    return k < len(before) - 1 and k >= 0 and not lx.CLAIM_VERBS_SET.isdisjoint(before[k].bare)


_OFFICE_SPEAKING: Final = 3
_BODY_REACH: Final = 4  # "مسؤول في قيادة الحلف | في": the body before "في"
# What a police or a guard is of: "قائد شرطة الحدود", "قائد حرس الحدود"
_OFFICES_OF: Final = _keys("الحدود|المرور")
# Bodies that speak as a whole: "وأكد الحلف في كابول، تدخله"
_SPEAKING_BODIES: Final = _keys("الحلف|التحالف|الناتو|القيادة|القوة")


def _an_office_word(token: Token) -> bool:
    """ "قائد", "الحكومة": an office word, maybe with its article or a clitic."""
    return token.key in _OFFICE_WORDS or not _OFFICE_WORDS.isdisjoint(token.bare[1:])


_DAY_OF_SAYING: Final = lx.NOW_WORDS | _keys("مساء|صباح")
_FOR_THE_NAME: Final = _keys("باسم|بإسم|باسمه")
_NAMED_BODY_REACH: Final = 14  # "باسم القوة الدولية ... (إيساف)": the body spoken for
_SPOKESMAN_AND_VERB: Final = 3  # "وصرح المتحدث الرسمي | باسم"
_SAID_REACH: Final = 6  # "أعلن الجيش الأميركي في": the verb, its subject of two words, "في"
_SAID_REACH_TITLED: Final = 10  # the verb, a rank, a name of three words, a title of two, "في"


def _of_an_office_afar(before: list[Token], unit: list[Token]) -> bool:
    """ "قائد الشرطة الواسع النفوذ لإقليم أوروزغان": an office, a definite adjective or
    two that describe its holder, then the unit word with "ل" (of): that place's office."""
    if not unit or not unit[0].key.startswith("ل") or not _is_unit(unit[0]):
        return False
    k, described = len(before) - 1, 0
    while k >= 0 and described < _DESCRIBED and before[k].key.startswith("ال"):
        if _an_office_word(before[k]):
            break
        k, described = k - 1, described + 1
    # (the office itself may carry the article: "القائد العسكري لمنطقة قندهار")
    return described > 0 and k >= 0 and _an_office_word(before[k])


_DESCRIBED: Final = 2  # "الواسع النفوذ"


def _a_post_held(before: list[Token]) -> bool:
    """Whether the words before a name tell a post someone holds or held there, in a
    relative clause about him ("الذي كان يرأس القوات الخاصة في إقليم باكتيكا", "التي
    تقود الشرطة في"): the place of his post, not of the event."""
    window = before[-_POST_REACH:]
    return any(
        t.key in _HOLDS and any(u.key in lx.RELATIVES for u in window[max(0, k - 2) : k])
        for k, t in enumerate(window)
    )


def _a_post_and_its_holder(
    tokens: Sequence[Token], before: Sequence[Token], mention: PlaceMention
) -> bool:
    """Whether a person's post stands a few words before "في" and the place, and a rank
    right after the place opens its holder's name ("قائد الشرطة في قندهار، الجنرال ..."):
    an apposition naming the man who holds that post."""
    after = _word_after(tokens, mention)
    if after is None or after.key not in lx.PERSON_TITLES:
        return False
    post = next(
        (
            k
            for k in range(max(0, len(before) - _POST_BEFORE_IN), len(before))
            if not _PERSONS_POSTS.isdisjoint(before[k].bare)
        ),
        None,
    )
    # (not the man killed there: "قتل قائد الشرطة في ولاية قندهار، الجنرال ..." may tell
    # where he fell)
    return post is not None and not any(
        casualty_kind(t) is not None or not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)
        for t in before[max(0, post - _KILLED_BEFORE_POST) : post]
    )


_POST_BEFORE_IN: Final = 4  # "قائد شرطة الطرق السريعة | في": the post, its body, two words
_KILLED_BEFORE_POST: Final = 2  # "اغتال مسلحون | مدير الاستخبارات": the verb, its subject


def _a_former_post(window: Sequence[Token]) -> bool:
    """Whether the words end with a post and "سابق" after it ("حاكم سابق ل", "قائد الشرطة
    السابق في"): the post a man once held there."""
    return any(
        not _FORMER.isdisjoint(t.bare)
        and any(not _PERSONS_POSTS.isdisjoint(u.bare) for u in window[:k])
        for k, t in enumerate(window)
    )


_FORMER: Final = _keys("سابق|السابق|سابقا|الأسبق|الاسبق")
_FORMER_POST_WORDS: Final = 4  # "قائد الشرطة السابق في": the post, its body, "سابق", "في"


def _a_post_described(before: list[Token]) -> bool:
    """Whether the words before a name describe a man by his post there, in apposition
    ("وهو قائد ميداني للحركة في مديرية جرخ"): the place of his post, not
    of the event."""
    window = before[-_DESCRIBED_POST_REACH:]
    return any(
        t.key in lx.HE_OR_SHE and not _PERSONS_POSTS.isdisjoint(u.bare) for t, u in pairwise(window)
    )


_BRANCHES: Final = _keys("فرع|الفرع|لفرع|وفرع|فروع")
_GROUP_NOUNS: Final = _keys("التنظيم|تنظيم|لتنظيم|الحركة|حركة|لحركة|داعش|القاعدة|الجماعة|جماعة")
_BRANCH_REACH: Final = 9  # "فرع التنظيم الذي يسمي نفسه "خراسان" في": branch to "في"


def _a_groups_branch(window: Sequence[Token]) -> bool:
    """Whether the words before "في" name a group's branch ("فرع التنظيم", "فرع تنظيم
    الدولة"), not a bank's or a shop's, which stand somewhere."""
    return any(t.key in _BRANCHES and u.key in _GROUP_NOUNS for t, u in pairwise(window))


_DESCRIBED_POST_REACH: Final = 9  # "وهو عضو بارز في المجلس العسكري للجماعة في": he, the post, "في"
# Verbs of holding a post; the name comes a few words after the verb.
_HOLDS: Final = _keys("يرأس|ترأس|يقود|تقود|يتولى|تتولى|يشغل|تشغل|يترأس|تترأس")
_POST_REACH: Final = 7


def _is_unit(token: Token) -> bool:
    """A unit word, single or dual ("ولاية", "إقليمي")."""
    return any(form in UNIT_WORDS or form in lx.DUAL_UNITS for form in token.bare)


def _word_after(tokens: Sequence[Token], mention: PlaceMention) -> Token | None:
    """The first word after the mention, if any."""
    return next((t for t in tokens if t.start >= mention.end), None)


def _words_after(tokens: Sequence[Token], mention: PlaceMention, n: int) -> list[Token]:
    """The first `n` words after the mention."""
    return [t for t in tokens if t.start >= mention.end][:n]


def _the_office_speaks(window: Sequence[Token]) -> bool:
    """Whether a verb of saying stands in the window with no "أن" after it: the office's
    holder is the one who speaks ("وقال حاكم إقليم خوغياني"), not a man the words said
    were killed ("أفاد مسؤولون أن مسلحين قتلوا قائد شرطة مديرية شيندند")."""
    said = [k for k, t in enumerate(window) if not lx.CLAIM_VERBS_SET.isdisjoint(t.bare)]
    return bool(said) and all(t.key not in lx.THAT for t in window[said[-1] + 1 :])


def _speaking_for(before: Sequence[Token]) -> bool:
    """Whether the words before "عن" are a verb of saying and the official who speaks
    ("قال المسؤول الحكومي"), an office word among the last ones."""
    post = before[-_SPEAKING_FOR_REACH:]
    return any(_an_office_word(t) for t in post) and any(
        not lx.CLAIM_VERBS_SET.isdisjoint(t.bare) for t in post
    )


_SPEAKING_FOR_REACH: Final = 4  # "قال المسؤول الحكومي": the verb, the official, an adjective


def _a_name_goes_on(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether a word follows the mention with a space only, and is no preposition,
    bearing, unit word or word joined by "و": the second part of a man's name."""
    after = _word_after(tokens, mention)
    return (
        after is not None
        and after.start == mention.end + 1
        and after.key not in _PREPOSITIONS
        and after.key not in DIRECTIONS
        and not _is_unit(after)
        and not after.key.startswith("و")
    )


def _before(tokens: Sequence[Token], mention: PlaceMention) -> list[Token]:
    """The tokens before the mention's name, its own unit word left out."""
    before = [t for t in tokens if t.end <= mention.start]
    if mention.unit and before and _is_unit(before[-1]):
        before = before[:-1]
    return before


def _struck_there(wide: Sequence[Token]) -> bool:
    """Whether the event's word stands in the words before an office's chain with no one
    speaking after it: "فجر انتحاري نفسه في قاعة غداء في مركز للشرطة", not "في تفجير
    انتحاري بولاية قندهار، حسبما أفاد مسؤول في بلدية قندهار" (the speaker's office)."""
    struck = max(
        (k for k, t in enumerate(wide) if not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)), default=-1
    )
    return struck >= 0 and not any(f in lx.CLAIM_VERBS for t in wide[struck + 1 :] for f in t.bare)


# Words before an office's chain where the event told at its site may stand: "فجر انتحاري
# نفسه في قاعة غداء في مركز للشرطة بتيرين كوت".
_SITE_REACH: Final = 8


def _a_first_account_set_right(
    tokens: Sequence[Token], before: Sequence[Token], mention: PlaceMention
) -> bool:
    """Whether the mention is told in a first account ("في بادئ الأمر", "في البداية",
    "أولا") that a later one sets right after "لكن"/"غير أن" ("تقارير لاحقة", "في وقت
    لاحق", "فيما بعد")."""
    if not any(t.key in lx.AT_FIRST for t in before):
        return False
    after = [t for t in tokens if t.start >= mention.end]
    return any(
        t.key in _BUT and any(u.key in _LATER for u in after[k + 1 : k + 1 + _LATER_REACH])
        for k, t in enumerate(after)
    )


_BUT: Final = frozenset(normalize(w) for w in ("لكن", "ولكن", "لكنه", "لكنها", "غير", "إلا"))
_LATER: Final = frozenset(normalize(w) for w in ("لاحقة", "لاحقا", "لاحق", "بعد"))
_LATER_REACH: Final = 5  # words from "لكن" to "لاحقة" ("لكن تقارير صحفية لاحقة")


def _between_two_units(
    tokens: Sequence[Token], mention: PlaceMention, before: Sequence[Token]
) -> bool:
    """Whether the name follows "بين" and a dual unit word ("بين ولايتي", "بين مقاطعتي")."""
    unit = [t for t in tokens if t.end <= mention.start][-1:]
    return (
        mention.unit is not None
        and bool(unit)
        and not lx.DUAL_UNITS.isdisjoint(unit[0].bare)
        and bool(before)
        and before[-1].key in lx.BETWEEN
    )


def _between_after_a_place(before: Sequence[Token], previous_end: int) -> bool:
    """Whether "بين" right after a place name opens the name at hand: "مايواند بين
    قندهار وهلمند" says where Maiwand lies."""
    return len(before) > 1 and before[-1].key in lx.BETWEEN and before[-2].end == previous_end


def _supplied_or_darkened(window: Sequence[Token]) -> bool:
    """Whether the words before a place say a power line supplies it, names it, or an
    outage darkened it ("يغذي", "تزويد", "خط كهرباء أوزبكستان-كابول", "ساد الظلام",
    "الكهرباء عن")."""
    return any(t.key in _SUPPLIES for t in window) or any(
        (a.key in _POWER and b.key in _CUT_OFF)
        or (a.key in _LINE and b.key in _POWER)
        or (a.key in _REIGNED and b.key in _DARKNESS)
        for a, b in pairwise(window)
    )


_SUPPLIES: Final = _keys("يغذي|تغذي|يغذى|تغذى|يزود|تزود|تزويد|يمد|تمد")
_LINE: Final = _keys("خط|خطوط|وخط")
# "ساد الظلام": darkness fell over (not "تحت جنح الظلام", the cover of night)
_REIGNED: Final = _keys("ساد|وساد|يسود")
_DARKNESS: Final = _keys("الظلام")
_POWER: Final = _keys("الكهرباء|كهرباء|الكهربائي|التيار")
_CUT_OFF: Final = _keys("عن")  # "انقطاع الكهرباء عن كابول"
_SUPPLY_REACH: Final = 3  # "يغذي العاصمة الأفغانية، كابول"


def role_of(
    tokens: Sequence[Token],
    mention: PlaceMention,
    *,
    previous: str | None,
    previous_end: int | None = None,
) -> str:
    """The role of one mention; `previous` is the role of the mention just before it and
    `previous_end` where it ends."""
    before = _before(tokens, mention)
    last = before[-1] if before else None
    # "موقع ميزان أونلاين", "صحيفة كابول تايمز": a medium named after a place
    if _a_mediums_name(tokens, mention, last):
        return REFERENCE
    if last is None:
        return EVENT
    # "خط كهرباء يغذي العاصمة", "انقطاع الكهرباء عن كابول", "ساد الظلام العاصمة": where a
    # line brings power or an outage darkens, no place of the blast that cut it
    if _supplied_or_darkened(before[-_SUPPLY_REACH:]):
        return REFERENCE
    # "في ميهتارلام عاصمة ولاية لغمان": the province named as the city's is in the city's
    # role (the seat of a press conference stays the speaker's).
    if (
        previous is not None
        and previous_end is not None
        and len(before) > 1
        and last.key in lx.CAPITAL_WORDS
        and before[-2].end == previous_end
    ):
        return previous
    # "نائب مدير المخابرات لمنطقة كاما بإقليم ننجرهار": the province of an office or of a
    # place things came from, right after it, is in its role. (That of a reference point
    # is the event's too: "جنوب منطقة سانغين بولاية هلمند".)
    if mention.unit is not None and last.end == previous_end and previous in (OFFICE, ORIGIN):
        return previous
    # "أثناء صلاة الظهر داخل مسجد سيد آباد": the mosque's own name, which may be a
    # quarter's anywhere, no place of the event ("مسجد أسد آباد عاصمة ولاية كونار": named
    # after the town it stands in, told as such)
    if mention.unit is None and last.key in _MOSQUES and not _a_capital_after(tokens, mention):
        return REFERENCE
    # "قال مسؤولون في بادئ الأمر إن الغارة كانت في إقليم هلمند لكن تقارير لاحقة أظهرت أن
    # الفريق كان يعمل في إقليم قندهار": the first account's place, set right by a later one
    if _a_first_account_set_right(tokens, before, mention):
        return REFERENCE
    # "قتل ثمانية جنود في معركة مع مسلحين شنوا في الوقت نفسه هجوما على قاعدة في خوست":
    # where another event was at the same time, not the dead's event
    if _at_the_same_time_after_the_dead(before):
        return REFERENCE
    # "قوات أمنية مسؤولة عن إقليمي هلمند ونيمروز": a name joined by و right after a place
    # in another role than the event's is the second of that pair, in the same role; so
    # is one whose unit word carries the و ("المجاورة لولاية لوغر وولاية غزني"), unless
    # a "بين" before pairs it with another ("بين غارديز جنوبي كابول وبلدة زرمت")
    if previous in (REFERENCE, OFFICE, ORIGIN) and (
        (
            last.end == previous_end
            and (
                mention.text.startswith("و")
                or (_and_on_unit(tokens, mention) and not _a_between_before(before))
            )
        )
        # (two quoted names after a dual unit word, the "و" written a word apart)
        or (last.key == _AND and len(before) > 1 and before[-2].end == previous_end)
    ):
        return previous
    # "تم استعادة منطقة كوهيستان في إقليم فارياب": the province that holds the event's
    # place just named, after "في", is the event's too (not a speaker's seat named before);
    # so is the province of a place things came from ("أطلقت الصواريخ من منطقة ما في
    # ولاية بكتيا")
    if (
        mention.unit is not None
        and previous in (EVENT, ORIGIN)
        and len(before) > 1
        and last.key in _IN
        and before[-2].end == previous_end
    ):
        return previous
    # "وقال حاكم مديرية X في ولاية Y": the province that holds the speaking office's
    # district, right after it, is the office's too (not when "، حيث" follows it and says
    # the event was there; nor after a man the words say was killed, "قتلوا قائد شرطة
    # مديرية شيندند في ولاية هرات": where he was killed)
    if (
        mention.unit is not None
        and previous == OFFICE
        and len(before) > 1
        and last.key in _IN
        and before[-2].end == previous_end
        and _the_office_speaks(before[-_SAID_REACH_TITLED:])
        and not any(t.key in lx.WHERE for t in tokens if 0 <= t.start - mention.end <= 3)
    ):
        return previous
    # "رئيس شرطة منطقة أدرسكن التابعة لولاية هراة": the office's district, then its province
    if (
        mention.unit is not None
        and previous in (OFFICE, ORIGIN)
        and len(before) > 1
        and not _BELONGING.isdisjoint(last.bare)
        and before[-2].end == previous_end
    ):
        return previous
    # "القوات الباكستانية", "الحرس الإيراني": a country's adjective after a noun says whose
    # forces or officials they are, not where the event is.
    if _nationality(tokens, mention) and _LAND.isdisjoint(last.bare):
        return NATIONALITY
    # "قرب سفارة الهند في العاصمة": the country a mission belongs to, not where it is
    if mention.entry_id in lx.COUNTRY_ENTRIES and not _MISSIONS.isdisjoint(last.bare):
        return NATIONALITY
    # "وأضاف أن الهند سترسل وفدا": a country as the subject of what is said acts; it is
    # no place
    if mention.entry_id in lx.COUNTRY_ENTRIES and last.key in lx.THAT:
        return NATIONALITY
    # "قتلت القوات في أفغانستان أربعة ... قرب الحدود الباكستانية": the border an Afghan
    # place lies near, named to say where, when the sentence tells the event in Afghanistan
    if (
        _nationality(tokens, mention)
        and not lx.BORDER.isdisjoint(last.bare)
        and any(f in lx.NEAR for t in before[-3:-1] for f in t.bare)
        and any(f in lx.AFGHANISTAN for t in before for f in t.bare)
    ):
        return REFERENCE
    # "الوحدة الحمراء (الموجودة في قندوز وهلمند)": where a group is based or active, not
    # where the event is; the second name of the pair too
    if last.key in _IN and len(before) > 1 and not _BASED.isdisjoint(before[-2].bare):
        return REFERENCE
    # "لجنود إيساف المتمركزين في ترين كوت في ولاية أرزغان": the province of the town
    # where they are based, right after it, is where they are based too
    if (
        mention.unit is not None
        and previous == REFERENCE
        and len(before) > 2
        and last.key in _IN
        and before[-2].end == previous_end
        and any(not _BASED.isdisjoint(t.bare) for t in before[-_BASED_REACH:-2])
    ):
        return REFERENCE
    # "قائد فرع التنظيم الذي يسمي نفسه ولاية خراسان في أفغانستان وباكستان": the land a
    # group's branch is of, not where the event is
    # (the second of a pair too: "في أفغانستان وباكستان")
    at = 1 if last.key in _IN else 2 if mention.text.startswith("و") else 0
    if (
        at
        and len(before) >= at
        and before[-at].key in _IN
        and _a_groups_branch(before[-_BRANCH_REACH - at : -at])
    ):
        return REFERENCE
    if previous == REFERENCE and mention.text.startswith("و") and _joined(tokens, mention):
        first = [t for t in before if t.end <= (previous_end or 0)]
        if len(first) > 2 and first[-2].key in _IN and not _BASED.isdisjoint(first[-3].bare):
            return REFERENCE
    # "على الحدود الباكستانية الأفغانية": the border between two countries, in neither
    if _border_between(tokens, mention):
        return REFERENCE
    # "أغارت مقاتلات على موقع قرب الحدود الباكستانية": near a country's border, on this
    # side of it; the country only says where the border runs
    if _near_a_countrys_border(before, mention):
        return REFERENCE
    # "صاروخ أطلق من الأراضي الباكستانية": where it came from, the land named by the
    # country's adjective
    if (
        mention.unit is None
        and len(before) > 1
        and not _LAND.isdisjoint(last.bare)
        and before[-2].key in _ORIGINS
        and not mention.in_afghanistan
    ):
        return ORIGIN
    # "طالبان باكستان", "طالبان الأفغانية": a group's name, not a place.
    if mention.unit is None and (last.key in _GROUP_HEADS or last.key in _BANKS):
        return PERSON
    # "إدارة كابل", "حكومة كابول": the Afghan government, wherever it acts.
    if (
        mention.unit is None
        and mention.province_pcode == KABUL_PROVINCE
        and not _REGIMES.isdisjoint(last.bare)
    ):
        return PERSON
    # "تبادلت كابول وإسلام آباد الاتهامات": capitals as the subjects of governments' verbs,
    # the second of a pair joined by "و" too; "رغم احتجاجات كابول": of their words
    if (
        mention.unit is None
        and _a_capital(mention)
        and (
            not _STATE_VERBS.isdisjoint(last.bare)
            or not _STATE_WORDS.isdisjoint(last.bare)
            or (
                mention.text.startswith("و")
                and len(before) > 1
                and not _STATE_VERBS.isdisjoint(before[-2].bare)
            )
            # "ووجهت الانتقاد إلى كابول": the one those words are sent to
            or (
                last.key in lx.TO
                and len(before) > 1
                and not _STATE_WORDS.isdisjoint(before[-2].bare)
            )
        )
    ):
        return PERSON
    # "ويعمق الأزمة بين طهران وكابول": capitals between which governments relate
    if mention.unit is None and _a_capital(mention) and _relations_between(before):
        return PERSON
    # "لكن كابول أصرت على أن قواتها لا تزال تتمركز في المنطقة": a capital, named with no
    # preposition, as the subject of a government's verb after it
    if (
        mention.unit is None
        and _a_capital(mention)
        and last.key not in _PREPOSITIONS
        and last.key not in lx.OF
        and _governments_verb_after(tokens, mention)
    ):
        return PERSON
    # "الحملة التي تواصلها باكستان", "الغارات التي تشنها كابول": the doer of the verb of
    # a relative clause, its object the pronoun glued to it, not a place
    if (
        mention.unit is None
        and len(before) > 1
        and before[-2].key in lx.RELATIVES
        and len(last.key) > 4
        and last.key.endswith(("ها", "ه", "هم"))
    ):
        return PERSON
    # A surname: a bare name right after a title or a given name ("عبد الرحيم وردك");
    # not after a place whose name ends in one ("في ناد علي بهلمند")
    if (
        mention.unit is None
        and last.end != previous_end
        and (
            given_name(last)
            or (
                len(before) > 1
                and given_name(before[-2])
                and not _is_unit(last)
                # "معسكر خالد في كويتا": a name after "في" is a place
                and last.key not in _PREPOSITIONS
                # "نور محمد خان حاكم زابل": a name, then his office and its province
                and last.key not in _SPEAKERS_TITLES
            )
        )
    ):
        return PERSON
    # "وأكد سهراب زادران الناطق باسم الشرطة", "وقال حاجي فلان جول زادران رئيس ...": a
    # bare name after a verb of saying and the speaker's other names, with a title right
    # after it, is the speaker's surname
    if mention.unit is None and _names_after_saying(before) and _a_title_after(tokens, mention):
        return PERSON
    # "وأوضح فلان شينواري أحد سكان المنطقة أن ...": so is one described right after as one
    # of the area's people
    if mention.unit is None and _names_after_saying(before) and _one_of_its_people(tokens, mention):
        return PERSON
    # "وقال فلان خان، وهو ضابط في الشرطة": a bare name right after a verb of saying,
    # described by "وهو" and a post a word or two on, is the speaker himself
    if (
        mention.unit is None
        and not lx.CLAIM_VERBS_SET.isdisjoint(last.bare)
        and _described_after(tokens, mention)
    ):
        return PERSON
    # "وقال فلان خيبري لوكالة الأنباء إن ...": a name between a verb of saying and
    # the outlet it spoke to is the speaker's
    if (
        mention.unit is None
        and not lx.CLAIM_VERBS_SET.isdisjoint(last.bare)
        and _an_outlet_spoken_to(tokens, mention)
    ):
        return PERSON
    # "وقال زدران إن ...": a bare Afghan district or village name between a verb of saying
    # and "إن" is the speaker's surname ("وأعلنت باكستان أن" is the state's word)
    # ("وقال شير علي حكيمي إن ...": the name, then the rest of his names)
    if (
        mention.unit is None
        and mention.level in ("district", "place")
        and mention.in_afghanistan
        and not lx.CLAIM_VERBS_SET.isdisjoint(last.bare)
        and (_that_after(tokens, mention) or _that_after_a_name(tokens, mention))
    ):
        return PERSON
    # "وقال المتحدث باسم الحلف فلان فلان لاندر، إن ...": a bare name closing a speaker's
    # title and names, right before what he said, is his
    if (
        mention.unit is None
        and mention.level in ("district", "place")
        and last.key not in _PREPOSITIONS
        and _that_after(tokens, mention)
        and any(t.key in lx.SPOKESMEN for t in before[-_SPOKESMANS_NAME_REACH:])
    ):
        return PERSON
    # "متحدث باسم الحاكم الإقليمي جيلان فرحات": an office whose level its adjective names
    # has no place after it; a bare name there is the official himself
    if (
        mention.unit is None
        and len(before) > 1
        and last.key in _LEVEL_ADJECTIVES
        and _an_office_word(before[-2])
    ):
        return PERSON
    # "وأكد رئيس منطقة ناوا، أغا محمد، الهجوم": a bare name set off by a comma right after
    # an official's office is the official himself
    if (
        mention.unit is None
        and previous == OFFICE
        and last.end == previous_end
        and mention.start - last.end > 1  # a comma, not a space only, between them
    ):
        return PERSON
    # a bare name right after an official's office ("المتحدث باسم حاكم ولاية X"), going on
    # with a second name, is the official's own name, whatever place its first word names
    if (
        mention.unit is None
        and previous == OFFICE
        and last.end == previous_end
        and _a_name_goes_on(tokens, mention)
    ):
        return PERSON
    # "عبروا إلى إيران عن طريق ولاية نيمروز": the way they went, not where
    if last.key == _WAY and len(before) > 1 and before[-2].key == _ABOUT:
        return ROUTE
    # The ends of a road: "الطريق بين كابول وقندهار", "الطريق الذي يربط كابول بقندهار".
    # A name after "في" on that road ("في مديرية سيد آباد") is where the event is.
    # "على طريق جلال آباد" (in Kabul): a road named for where it leads, not the event place
    if mention.unit is None and last.key in _ROAD_NOUNS:
        return REFERENCE
    # "على الطريق السريع كابول – قندهار": the road's other end, right after the first
    if (
        mention.unit is None
        and previous == REFERENCE
        and last.end == previous_end
        and _a_road_named_before(before)
    ):
        return REFERENCE
    # "عند معبر شامان الحدودي الذي يربط إقليمي بلوخستان غربي باكستان وقندهار": the
    # places a crossing, bridge or road links, whatever links them
    if _linked_by(before):
        return ROUTE
    # "الطريق الذي يربط كابول وهراة مرورا بقندهار": a place the road passes through
    if before and before[-1].key in _PASSING:
        return ROUTE
    # (or a vehicle going between two places: "حافلة كانت تسير بين مديريتي غزني وقره باغ")
    on_road = any(f in _ROADS or f in _GOING for t in before[-8:] for f in t.bare)
    # ("في طريق بين كرديز جنوب كابل وبلدة زرمات": a bearing of one end, no end itself)
    if on_road and last.key not in _IN and last.key not in DIRECTIONS:
        links = {f for t in before[-3:] for f in t.bare}
        if links & _ROUTE_LINKS:
            return ROUTE
        if previous == ROUTE and _joined(tokens, mention):
            return ROUTE
    # "الفيلق 215 ميوند", "فرقة ماواند": the name of an army unit, no place
    if mention.unit is None and (
        last.key in _ARMY_UNITS
        or (len(before) > 1 and before[-2].key in _ARMY_UNITS and last.key.isdigit())
    ):
        return PERSON
    # "محمد إدريس (من سكان ولاية كابيسا)": where a person lives or comes from, his home
    if not _RESIDENTS.isdisjoint(last.bare) and len(before) > 1 and before[-2].key in _OF:
        return REFERENCE
    # "كشفت ان منفذه يدعى فيض الله ويتحدر من ولاية ننغرهار": where a person hails from
    if last.key in _OF and len(before) > 1 and not _HAILS_FROM.isdisjoint(before[-2].bare):
        return REFERENCE
    # "في منطقة مايواند بين قندهار وإقليم هلمند": the two places a place lies between
    if previous_end is not None and _between_after_a_place(before, previous_end):
        return REFERENCE
    # "في منطقة باند اي سابزاك بين مقاطعتي هيرات وبادغيس": between two provinces, in
    # neither for sure (the second joins the first by "و")
    if _between_two_units(tokens, mention, before):
        return REFERENCE
    if (
        previous == REFERENCE
        and last.end == previous_end
        and _joined(tokens, mention)
        and any(t.key in lx.BETWEEN for t in before[-4:-1])
    ):
        return REFERENCE
    # "شمال مدينة قندهار" after a place or a distance is a reference point; "في شمال
    # ولاية هلمند" (with a preposition) is the event's place.
    if (
        last.key in lx.AFGHAN
        and len(before) > 3
        and before[-2].key in lx.THE_CAPITAL
        and (
            before[-3].key in DIRECTIONS
            or before[-3].key in _AWAY_FROM
            or before[-3].key in lx.OF  # "والقريبة من العاصمة الأفغانية كابول"
            or before[-3].key in _ORIGINS  # "تقل مسافرين ... نحو العاصمة الأفغانية كابول"
            # "متحدث باسم الحلف في العاصمة الأفغانية كابول": read at "في" as "في كابول"
            or before[-3].key in _IN
        )
    ):
        # "شمال غربي العاصمة الأفغانية كابول", "لا يبعد كثيرا عن العاصمة الأفغانية كابول":
        # the capital and its adjective, read as the capital
        before, last = before[:-1], before[-2]
    if last.key in lx.THE_CAPITAL and len(before) > 1:
        # "شمال العاصمة كابول": the direction is told of the capital named after it
        before, last = before[:-1], before[-2]
    if last.key in lx.OF and _a_part_of(before):
        return EVENT
    if last.key in lx.OF and any(t.key in DIRECTIONS for t in before[-4:-1]):
        # "في اقليم يقع الى الجنوب مباشرة من العاصمة كابول", "شمالا من مدينة قندهار": a
        # bearing from the place, no place things came from
        return REFERENCE
    if last.key in lx.OF and len(before) > 1 and before[-2].key in _LYING_NEAR:
        # "قاعدة باغرام ... والقريبة من العاصمة الأفغانية كابول": the adjective tells where
        # a place named before lies
        return REFERENCE
    if last.key in DIRECTIONS and _of_by_li(tokens, mention) and _a_part_of(before, joined=True):
        # "عند المدخل الشمالي لوادي تقاب": that part of the place, joined by "ل"
        return EVENT
    # "بشمال كابول": the bearing with its preposition joined, as "في شمال كابول"
    joined = last.key.startswith("ب") and last.key[1:] in DIRECTIONS
    if last.key in DIRECTIONS or joined:
        # "في شمال شرق منطقة ترينكوت": a bearing of two words, the preposition before both
        back = 1 if joined else 3 if len(before) > 2 and before[-2].key in DIRECTIONS else 2
        prior = before[-back] if len(before) >= back and not joined else None
        # "في منطقة غارمسير جنوب ولاية هلمند": a direction before a province's unit word
        # names a part of it (southern Helmand); before a city it is a bearing from it. So
        # it does before a name the text calls a province ("لكمين شمال إقليم أورجون")
        part_of_province = mention.unit == "province" or (
            mention.unit == "any" and mention.level == "province"
        )
        if (
            not joined
            and (prior is None or prior.key not in _PREPOSITIONS)
            and not part_of_province
        ):
            return REFERENCE
        # "في قاعدة باجرام الجوية في شمال كابول": the bearing of the place just named
        # from a city, whatever the preposition
        if (
            previous == EVENT
            and not part_of_province
            and _right_after_the_place(
                before[: len(before) - back + 1], previous_end, joined=joined
            )
        ):
            return REFERENCE
    if _in_the_setting_told(tokens, before):
        # "..., يأتي ذلك في وقت أكدت فيه القوات استمرار العمليات في مرجة": the times the
        # told event came in, not its place
        return REFERENCE
    if _a_visit_to(before):
        return REFERENCE  # "وتوجه وزير الدفاع الفرنسي إلى كابل السبت": where someone went
    if taken_to(before):
        return REFERENCE  # "توفي بعد نقله جوا إلى قاعدة عسكرية في بغرام": where he was taken
    if _avenged(before):
        return REFERENCE  # "إن التفجير جاء انتقاما للقصف الذي شنته القوات في قندوز"
    if _after_another_matter(before):
        # "وحدثت المواجهات عقب توقيع وزارة الدفاع والأمم المتحدة اتفاقية في كابل": where
        # what it came after was done, no violence
        return REFERENCE
    if previous == EVENT and _a_day_apart(before):
        # "قتل جنديان في هجوم في كابول، غداة اعتداء انتحاري ... في ولاية باكتيكا": the
        # place of the event the day before, after the told event's own place
        return REFERENCE
    if any(f in _DISTANCE for t in before[-5:] for f in t.bare) and (
        last.key in _ORIGINS or last.key in _AWAY_FROM
    ):
        return REFERENCE
    # "غير بعيد عن مدينة غزني", "بعيدا عن المدينة": how far from a place
    if last.key in _AWAY_FROM and len(before) > 1 and before[-2].key in _FAR:
        return REFERENCE
    # "... غير بعيد عن غرديز أكبر مدن المنطقة وعاصمة ولاية بكتيا": the province the
    # reference town is the capital of, told of the town
    if (
        previous == REFERENCE
        and mention.unit is not None
        and last.key.startswith("و")
        and any(f in lx.CAPITAL_WORDS for f in last.bare)
    ):
        return REFERENCE
    # "ويقع إقليم فراه بجوار هيرات حيث ...": the place whose lying is told, next to the
    # one the sentence is about
    if _lies_beside(tokens, mention, before) or _lying_near(before):
        return REFERENCE
    # "النائب عن إقليم زابول": the province a member of parliament sits for, not where
    # the event was (he was attacked at his home in Kabul)
    if last.key in _FOR and len(before) > 1 and not _MEMBERS.isdisjoint(before[-2].bare):
        return REFERENCE
    # "رئيس اللجنة العسكرية لحركة طالبان عن إقليم باكتيا": the province a post is for;
    # "عن" never tells where an event is
    if last.key in _FOR and mention.unit is not None:
        # (the official "for" a district, right after a verb of saying: the district's
        # own official speaks, of his own district)
        return OFFICE if _speaking_for(before[:-1]) else REFERENCE
    # "باجور المحاذية لولاية كونار", "ننجرهار المجاورة لباكستان": the neighbour named to
    # say where the place lies.
    if not lx.ADJACENT.isdisjoint(last.bare):
        return REFERENCE
    # "في ولاية ورداك بالقرب من العاصمة كابول", "المتحدث باسم حاكم إقليم (ميدان ورداك)
    # قرب كابول": a place named right after the event's or the office's to say where that
    # one lies
    if previous in (EVENT, OFFICE) and _near_the_place_before(before, previous_end):
        return REFERENCE
    # "قرب الحدود مع باكستان": the neighbour across the border, named to say where
    if last.key in lx.WITH and len(before) > 1 and _a_border_before(before[:-1]):
        return REFERENCE
    # "على حدود هلمند مع اقليم قندهار": the neighbour whose border the event's place shares
    if previous == EVENT and _the_border_shared(before, previous_end):
        return REFERENCE
    # "تلقى تدريبات قتالية في باكستان": where a person trained or studied, his past
    # ("هاجموا معسكر تدريب للجيش في مدينة غرديز": a training camp, the site struck)
    if last.key in _IN and _trained_there(before[-5:-1]):
        return ORIGIN
    # "أثناء عودة القافلة من مهمة نفذتها في ولاية غزني": where they came back from
    if last.key in _IN and _coming_back_from(before):
        return ORIGIN
    # "ورود تقارير من إقليم هرات عن سقوط قتلى": news from a place tells what happened there
    if last.key in _OF and len(before) > 1 and before[-2].key in _REPORTS:
        return EVENT
    # "أطلقت 4 صواريخ باتجاه مقاطعة كورام": where the rounds fired were aimed, the place
    # they struck
    if last.key in _TOWARD and any(f in _ROUNDS for t in before[-_ROUNDS_REACH:-1] for f in t.bare):
        return EVENT
    # "قائد سمته طالبان واليا على ولاية كونر": the province a man was made governor of
    if last.key in _ON and len(before) > 1 and before[-2].key in _GOVERNORS_OVER:
        return REFERENCE
    # "السفير الأمريكي لدى كابول": an envoy's posting, no place of the event
    if last.key in _AT_COURT and any(t.key in _ENVOYS for t in before[-_ENVOY_REACH:-1]):
        return REFERENCE
    # "على الطريق إلى مطار قندهار": the airport road, within the city the airport serves
    if _the_road_to_its_airport(tokens, before, mention):
        return EVENT
    # "قرب الطريق المؤدي إلى بلدة غرديز": the town a road leads to, which may lie
    # a province away from the place on it
    if last.key in _TO and len(before) > 1 and before[-2].key in _LEADING:
        return REFERENCE
    if (
        last.key in _ORIGINS
        and not _part_of(before, previous_end, whole=mention.level != "district")
        and not (len(before) > 1 and before[-2].key in _EACH)  # "في كل من هلمند وقندهار"
        # "قدما أول من أمس إلى منطقة شرخ": where they arrived, and were when it happened
        and not (last.key in _TO and _arrived_before(before[:-1]))
    ):
        return ORIGIN
    # "منزل يملكه قائد سابق لشرطة الولاية": a man's former post, no office that speaks
    if _a_former_post(before[-_FORMER_POST_WORDS:]):
        return REFERENCE
    # An office of the place: only office words (and unit words) between an office noun
    # and the name.
    chain = 0
    # A unit word that is itself an institution ("مسؤول في بلدية قندهار") joins the chain.
    unit = [t for t in tokens if t.end <= mention.start][-1:]
    if mention.unit and unit and unit[0].key in _INSTITUTION_UNITS:
        before = [*before, unit[0]]
    consumed = 0  # the chain's words, unit words among them
    window = before[-4:]
    for k in range(len(window) - 1, -1, -1):
        t = window[k]
        if t.key in _MAIN and k > 0 and window[k - 1].key.startswith("ال"):
            break  # "السوق الرئيس": the main market, no office
        if _an_office_word(t):
            chain += 1
            consumed += 1
            continue
        if _is_unit(t):
            consumed += 1
            continue
        break
    if not chain and _of_an_office_afar(before, unit):
        return OFFICE
    if not chain and (_a_post_held(before) or _a_post_described(before)):
        # "عزيز الله كروان، الذي كان يرأس القوات الخاصة في إقليم باكتيكا": where a man
        # told of holds his post, no evidence of where the event was
        return REFERENCE
    if chain:
        head = len(before) - consumed
        site = _the_posts_site(before, head) if before[head].key in _PERSONS_POSTS else head
        if site < 0:
            # "واستهدف قائد شرطة منطقة شيغال": the post of a man, no site ("مقر حاكم
            # اقليم ننكرهار" is the governor's compound)
            return OFFICE
        # "اقتحم مسلحون صباحا مكاتب نائب حاكم وقائد شرطة ولاية زابل": the site
        # of the posts is the verb's object, its subject and day between them
        ahead = before[max(0, site - (_VERB_REACH if site < head else 3)) : head]
        if any(not lx.SINGLE_TRIGGERS.isdisjoint(t.bare) for t in ahead):
            return EVENT  # "هجوم استهدف مقرا للشرطة بإقليم غور": the office attacked
        if _a_site_attacked(ahead):
            return EVENT  # "شنتها طالبان على مواقع للشرطة بمدينة ساريبول"
        wide = before[max(0, len(before) - consumed - _SITE_REACH) : len(before) - consumed]
        # "في" right before the chain, or before a site noun opening it ("في مركز شرطة")
        at_site = bool(wide) and (
            wide[-1].key in _AT_SITE
            or (len(wide) > 1 and wide[-2].key in _AT_SITE and not _SITES.isdisjoint(wide[-1].bare))
        )
        if at_site and _struck_there(wide):
            return EVENT  # "فجر نفسه أيضا في مركز شرطة بمدينة قندهار": the site it struck
        if _near_a_site(wide) and _struck_there(before[: len(before) - consumed]):
            # "انفجرت سيارة مفخخة قرب سوق، بجوار المقر العام لشرطة ولاية زابل ومبنى
            # حكومة الولاية": the office's compound the blast was by
            return EVENT
        return OFFICE
    # "المتحدث العسكري الأمريكي بقاعدة باجرام", "المتحدث في قاعدة قندهار الجوية": a
    # spokesman's seat at a base, no office of its province
    if unit and unit[0].key in _BASES and _seat_before(before[-8:], seats=_SPOKESMEN):
        return REFERENCE
    # "ولم يتسن الاتصال بمسؤولين باكستانيين في كابول": where someone could (not) be reached
    # for a word, no place of the event
    if last.key in _IN and _reached_for_a_word(before[-_REACHING_WORDS - 2 : -1]):
        return REFERENCE
    # "بعد هجوم على مكاتبها في مدينة قندهار": its offices attacked there, the event's place
    if last.key in _IN and _an_office_attacked(before[-_ATTACKED_OFFICE_REACH:-1]):
        return EVENT
    # "التفجير الذي جرى في ولاية كونر": where the event happened, whoever spoke of it
    if last.key in _IN and _happened_before(before[:-1]):
        return EVENT
    # "الذي اتصلت به رويترز هاتفيا في كابول": where the press reached the speaker
    if last.key in _IN and _seat_before(before[-_CONTACT_REACH:-1], seats=_CONTACTED):
        return REFERENCE
    # "قائد شرطة المرور في قندهار، العقيد ...": a post there, its holder named
    # after it by his rank: where the man serves, no place of the event
    if last.key in _IN and _a_post_and_its_holder(tokens, before[:-1], mention):
        return OFFICE
    # "مصدر أمني في العاصمة كابول": where a source sits, its office: it places an event
    # told nowhere else, never one told at a place of its own
    if last.key in _IN and _seat_before(before[-_SOURCE_REACH - 1 : -1], seats=_A_SOURCE):
        return OFFICE
    # "سفارة تركيا في كابول", "متحدث باسم الحلف في كابول": where a speaker sits.
    if last.key in _IN and _seat_before(before[-9:-1]):
        # "مراسل الجزيرة في كابل": a reporter's bureau says nothing of the event's province;
        # nor does a spokesman's seat in the capital ("ناطق باسم إيساف في كابول"), where
        # the country's and the coalition's headquarters are
        if _seat_before(before[-9:-1], seats=_REPORTERS) or (
            mention.province_pcode == KABUL_PROVINCE
            and _seat_before(before[-9:-1], seats=_SPOKESMEN)
        ):
            return REFERENCE
        return OFFICE
    # "انتكاسة كبرى للحكومة في كابول": the government the event tells on, seated in the
    # capital ("مبنى تابع للحكومة في كابول" is a building there, "الموالية للحكومة في
    # ولاية هلمند" the militias there)
    if (
        last.key in _IN
        and len(before) > 1
        and (before[-2].key in _RULE or _a_blow_to_the_government(before[:-1]))
    ):
        return REFERENCE
    # "الفصائل المعارضة للحكومة في كابل": the government groups oppose, seated in the
    # capital named bare ("المسلحين المناهضين للحكومة في كابول" are fighters there)
    if (
        last.key in _IN
        and mention.unit is None
        and mention.province_pcode == KABUL_PROVINCE
        and len(before) > 3
        and before[-2].key in _TO_THE_RULE
        and not _OPPOSED.isdisjoint(before[-3].bare)
        and before[-4].key in _FACTIONS
    ):
        return REFERENCE
    # "أعلن الجيش الأميركي في كابول أن مروحية ...": where the speaker spoke, between the
    # verb of saying and what was said
    # ("وقال المسؤول العسكري في مدينة قندهار إن": an Afghan town with its unit word too)
    town = mention.unit == "place" and mention.in_afghanistan
    # ("قال مسؤولون في ولاية تخار إن": a province with its unit word too)
    told_by_unit = town or (mention.unit == "province" and mention.in_afghanistan)
    ministry = any(t.key in _MINISTRIES for t in before[-_MINISTRY_REACH:-1])
    if (
        ministry
        and mention.province_pcode == KABUL_PROVINCE
        and last.key in _IN
        and _a_word_from_the_ministry(before[:-1])
    ):
        # "دون أي تعقيب رسمي من الوزارة في كابول": the seat of the ministry a word
        # came (or did not come) from
        return REFERENCE
    if (
        (mention.unit is None or told_by_unit)
        and last.key in _IN
        and _said_there(
            tokens,
            before,
            mention,
            pronoun=ministry and mention.province_pcode == KABUL_PROVINCE,
        )
    ):
        # "وذكر مصدر في وزارة الداخلية في كابل أن ...": a ministry's seat in the capital
        # says nothing of the event's province
        # "ذكرت صحيفة في باكستان أن ...": where an outlet sits, not the event's land
        outlet = any(t.key in lx.OUTLETS for t in before[-_MINISTRY_REACH:-1])
        # (nor does the seat of the foreign forces' command in the capital)
        foreign = any(
            not lx.FOREIGN_FORCE_NAMES.isdisjoint(t.bare) for t in before[-_NAMED_BODY_REACH:-1]
        )
        if outlet or ((ministry or foreign) and mention.province_pcode == KABUL_PROVINCE):
            return REFERENCE
        return OFFICE
    # "وقال ضابط في قيادة الحلف في كابول لوكالة رويترز": a speaker of the foreign
    # forces, whose headquarters sit in the capital, says nothing of the event's province (no
    # "أن" after the name: that is `_said_there`'s)
    if (
        last.key in _IN
        and mention.province_pcode == KABUL_PROVINCE
        and mention.unit is None
        and any(not lx.FOREIGN_FORCE_NAMES.isdisjoint(t.bare) for t in before[-_BODY_REACH:-1])
        and _the_speakers_words(before[-_SAID_REACH_TITLED:-1])
    ):
        return REFERENCE
    # "قالت الحكومة المحلية في ولاية خوست، ... في بيان، إنه ...": the office speaking,
    # right after its verb of saying, and the place it is of
    if last.key in _IN and _an_office_speaking(before[:-1]):
        # (the capital, where the country's and the coalition's headquarters sit, says
        # nothing of the event's province: "وأكد الحلف في كابول، تدخله")
        return REFERENCE if mention.province_pcode == KABUL_PROVINCE else OFFICE
    # "قال في مؤتمر صحفي بكابل": where the speaker spoke; so is "قال للصحفيين في قاعدة
    # باجرام" (told to the press there)
    if any(f in _PRESS_TALK for t in before[-3:] for f in t.bare) or any(
        t.key in _TO_THE_PRESS for t in before[-4:]
    ):
        return OFFICE
    # "في بيان بكابول", "في بيان صدر في كابل": where the statement was issued
    if (before and before[-1].key in _STATEMENT) or (
        len(before) > 1 and before[-1].key in _IN and before[-2].key in _STATEMENT | _ISSUED
    ):
        return OFFICE
    if last.key in _IN and _a_hospital_taken_to(before[:-1]):
        return OFFICE
    return EVENT


def _a_blow_to_the_government(before: Sequence[Token]) -> bool:
    """Whether the words end on the government, with "ل", after a word for what befalls
    it ("ضربة قوية للحكومة", "انتكاسة للحكومة")."""
    return (
        len(before) > 1
        and before[-1].key in _TO_THE_RULE
        and any(not _BLOWS.isdisjoint(t.bare) for t in before[-_BLOW_REACH - 1 : -1])
    )


_TO_THE_RULE: Final = _keys("للحكومة|للسلطات|للنظام")
_BLOWS: Final = _keys("ضربة|انتكاسة|صفعة|تحديا|تحد|إحراجا|رسالة|هزيمة")
_BLOW_REACH: Final = 2  # "ضربة قوية | للحكومة"
_FACTIONS: Final = _keys("الجماعات|الفصائل|الحركات|الأحزاب|القوى|التنظيمات|والجماعات")
_OPPOSED: Final = _keys(
    "المعارضة|المعارضين|المعارضون|معارضة|المناهضة|المناهضين|المناهضون|مناهضة|المعادية|معادية"
)


def _a_word_from_the_ministry(before: Sequence[Token]) -> bool:
    """Whether the ministry named last is the source of a comment or statement ("تعليق
    رسمي من الوزارة", "بيان صادر عن الوزارة")."""
    k = max((j for j, t in enumerate(before) if t.key in _MINISTRIES), default=-1)
    # (an adjective may stand between: "تعليق فوري من")
    return (
        k >= 2
        and before[k - 1].key in _FROM_A_SOURCE
        and any(not _STATEMENTS.isdisjoint(t.bare) for t in before[max(0, k - 3) : k - 1])
    )


# The source of a word: "تعليق من", "بيان صادر عن".
_FROM_A_SOURCE: Final = _keys("من|عن")
_STATEMENTS: Final = _keys("تعليق|بيان|تصريح|رد|تأكيد|تعقيب|صادر|الصادر|صادرة|الصادرة")
_VERB_REACH: Final = 4  # from the verb to the site of posts: "هاجم مسلحون اليوم الخميس مكاتب"
_POSTS_REACH: Final = 4  # "مكاتب نائب حاكم وقائد شرطة": the site, then three words of posts


def _the_posts_site(before: Sequence[Token], head: int) -> int:
    """Where the site or home is that the post at `head` is of, named right before it
    over other posts joined to it ("مقر حاكم اقليم ننكرهار", "اقتحموا مكاتب نائب حاكم
    وقائد شرطة ولاية زابل"): the compound attacked, not the man's post; -1 if none."""
    k = head - 1
    while k > head - _POSTS_REACH and k >= 0 and not _PERSONS_POSTS.isdisjoint(before[k].bare):
        k -= 1
    if k > 0 and before[k].key in lx.SITE_ADJECTIVES:
        k -= 1  # "المقر العام لحاكم ولاية بروان": the site, its adjective, "ل" the post
    return k if k >= 0 and not _SITES_AND_HOMES.isdisjoint(before[k].bare) else -1


def _names_after_saying(before: Sequence[Token]) -> bool:
    """Whether the words before a mention end on a verb of saying and one to three
    names: words with no article, no preposition, no unit or title, nothing between
    them but spaces ("وقال حاجي فلان جول | ...")."""
    for n in range(1, _SPEAKERS_NAMES + 1):
        if len(before) <= n:
            return False
        names = before[-n:]
        if not all(_a_bare_name(t) for t in names) or any(
            b.start - a.end > 1 for a, b in pairwise(before[-n - 1 :])
        ):
            return False
        if not lx.CLAIM_VERBS_SET.isdisjoint(before[-n - 1].bare):
            return True
    return False


def _a_bare_name(token: Token) -> bool:
    """A word that may be a part of a man's name: no article, preposition, unit or title."""
    return (
        not token.key.startswith("ال")
        and token.key not in _PREPOSITIONS
        and not _is_unit(token)
        and _SPEAKERS_TITLES.isdisjoint(token.bare)
        and not token.key.isdigit()
    )


_MISSIONS: Final = _keys("سفارة|سفارات|قنصلية|قنصليات|السفارة|القنصلية|بعثة|سفارتي|قنصليتي")
_SPEAKERS_NAMES: Final = 3  # "حاجي | فلان | جول": the speaker's names before his surname


def _a_title_after(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether a title of the one who speaks follows the mention ("... المتحدث باسم",
    "... قائد شرطة")."""
    after = _word_after(tokens, mention)
    return after is not None and not _SPEAKERS_TITLES.isdisjoint(after.bare)


def _one_of_its_people(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether "one of the residents, the people, the witnesses" follows the mention ("...
    أحد سكان المنطقة", "... من أهالي القرية")."""
    after = _words_after(tokens, mention, 2)
    return (
        len(after) == 2
        and (after[0].key in lx.ONE_OF or after[0].key in lx.OF)
        and not _PEOPLE_OF_A_PLACE.isdisjoint(after[1].bare)
    )


_PEOPLE_OF_A_PLACE: Final = _keys("سكان|أهالي|اهالي|شهود|أبناء|وجهاء|الناجين|أقارب|اقارب")


def _an_outlet_spoken_to(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether an outlet or the press spoken to ("لوكالة", "لرويترز", "للصحفيين") follows
    the mention within a word (the rest of the name)."""
    return any(t.key in _SPOKEN_TO for t in _words_after(tokens, mention, 2))


_SPOKEN_TO: Final = _keys(
    "لوكالة|لوكالات|لرويترز|للصحفيين|للصحافيين|لصحيفة|لقناة|للجزيرة|لإذاعة|لاذاعة|للأناضول"
)
_DESCRIBED_REACH: Final = 3  # "فلان | خان | وهو | ضابط": the rest of the name, then "وهو"


def _described_after(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether "وهو"/"وهي" and a post follow the mention within a word or two: the name
    is a man's, described by his post ("... خان وهو ضابط في الشرطة")."""
    after = _words_after(tokens, mention, _DESCRIBED_REACH)
    return any(
        t.key in lx.HE_OR_SHE and not _SPEAKERS_TITLES.isdisjoint(u.bare)
        for t, u in pairwise(after)
    )


# From the spokesman's word to the last of his names: "الناطق باسم القوة جون بيتر"
_SPOKESMANS_NAME_REACH: Final = 6


def _happened_before(before: Sequence[Token]) -> bool:
    """Whether the words end on a verb of happening after a relative ("الذي وقع",
    "التي جرت"): the place next is where the event happened."""
    return (
        len(before) > 1
        and not lx.HAPPENED.isdisjoint(before[-1].bare)
        and before[-2].key in lx.RELATIVES
    )


def _the_road_to_its_airport(
    tokens: Sequence[Token], before: Sequence[Token], mention: PlaceMention
) -> bool:
    """Whether the name is told as the airport a road leads to ("على الطريق إلى مطار
    قندهار"): the road runs in the airport's city."""
    named_after = [t for t in tokens if t.end <= mention.start]
    return (
        len(before) > 1
        and bool(named_after)
        and named_after[-1].key in _AIRPORTS
        and before[-1].key in lx.TO
        and before[-2].key in _ROADS
    )


_AIRPORTS: Final = _keys("مطار|المطار")
_GOVERNORS_OVER: Final = _keys("واليا|والي|حاكما|أميرا|مسؤولا|قائدا")  # ... "على ولاية"
_AT_COURT: Final = _keys("لدى")  # "سفير بلاده لدى كابول": accredited to
_ENVOYS: Final = _keys("السفير|سفير|سفيرة|السفيرة|المبعوث|مبعوث|سفيرها|سفيره|القائم")
_ENVOY_REACH: Final = 4  # "السفير الأمريكي الجديد لدى": the envoy, his country, a word more


def _that_after_a_name(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether one more word, with no punctuation before it, then "إن"/"أن" follow the
    mention: "شير علي كمال أن" (a man's names)."""
    after = [t for t in tokens if t.start >= mention.end][:2]
    return (
        len(after) == 2
        and after[0].start - mention.end == 1
        and after[1].key in lx.THAT
        and after[0].key not in lx.THAT
        and not after[0].key.startswith("ال")
    )


def _that_after(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether "إن"/"أن" follows the mention: what it said comes next."""
    after = _word_after(tokens, mention)
    return after is not None and after.key in lx.THAT


_SPEAKERS_TITLES: Final = _keys(
    "المتحدث|الناطق|متحدث|ناطق|حاكم|والي|قائد|رئيس|مدير|نائب|مساعد|مستشار|الحاكم|القائد|"
    "المسؤول|مسؤول|عضو|ضابط|الضابط"
)


def _a_hospital_taken_to(before: Sequence[Token]) -> bool:
    """Whether the words end on a hospital the hurt were taken to, named with its kind
    ("نقلوا إلى مستشفى", "نقل الجرحى الى المستشفى العسكري الميداني"): where it is tells
    the province of those who treat them, not where they were hurt."""
    window = before[-_HOSPITAL_REACH:]
    for k, tok in enumerate(window):
        if not _HOSPITALS.isdisjoint(tok.bare) and (
            tok.key in _TO or (k > 0 and window[k - 1].key in _TO)
        ):
            return all(t.key.startswith("ال") for t in window[k + 1 :])
    return False


# A hospital, and the words of its kind after it ("المستشفى العسكري الميداني").
_HOSPITAL_REACH: Final = 5


_AT_SITE: Final = _keys("في|داخل|أمام|عند")


def _near_a_site(wide: Sequence[Token]) -> bool:
    """Whether the words before an office's chain end on a site noun, or a site noun and
    its adjective, right after a word of where ("بين المقر العام", "قرب مقر")."""
    return any(
        not _SITES.isdisjoint(wide[j].bare) and wide[j - 1].key in _NEAR_SITES
        for j in (len(wide) - 1, len(wide) - 2)
        if j >= 1
    )


_NEAR_SITES: Final = _AT_SITE | _keys("قرب|بين|خارج|بجوار|قبالة")


def _avenged(before: Sequence[Token]) -> bool:
    """Whether the place is told in what the event avenged or answered: "انتقاما للقصف الذي
    شنته القوات الأمريكية في قندوز", "ردا على الغارات على مواقعها في هلمند" (an earlier event,
    elsewhere)."""
    window = before[-_REVENGE_REACH:]
    return any(
        t.key in lx.REVENGE
        and any(
            not lx.EVENT_NOUNS.isdisjoint(u.bare) or not _AVENGED_DEEDS.isdisjoint(u.bare)
            for u in window[k + 1 :]
        )
        for k, t in enumerate(window)
    )


_REVENGE_REACH: Final = 14
# Deeds avenged that are no attack: "ثأرا لإعدام اثنين من عناصرها في كابول",
# "ثأرا لمقتل قائدهم"
_AVENGED_DEEDS: Final = _keys("إعدام|لإعدام|الإعدام|مقتل|لمقتل|اعتقال|لاعتقال|اغتيال|لاغتيال")


def _after_another_matter(before: Sequence[Token]) -> bool:
    """Whether the words before the name set the event after something done there that is
    no violence ("عقب توقيع ... اتفاقية في", "بعد زيارة الرئيس إلى")."""
    window = before[-_MATTER_REACH:]
    return any(
        (t.key in lx.AFTER or _coinciding_with(window, k))
        and k + 1 < len(window)
        and window[k + 1].key in _MATTERS
        for k, t in enumerate(window)
    ) or _at_the_time_of_a_matter(before[-_TIME_CLAUSE_REACH:])


def _at_the_time_of_a_matter(window: Sequence[Token]) -> bool:
    """ "في الوقت الذي كان فيه الرئيس يزور هرات": a doing that is no violence,
    told in a clause of the time the event fell at."""
    return any(
        t.key in lx.THE_TIME
        and k + 1 < len(window)
        and window[k + 1].key in lx.RELATIVES
        and any(not _MATTERS.isdisjoint(u.bare) for u in window[k + 2 :])
        for k, t in enumerate(window)
    )


def _coinciding_with(words: Sequence[Token], k: int) -> bool:
    """ "متزامنا مع", "بالتزامن مع": what the event fell at the same time as."""
    return words[k].key in lx.WITH and k > 0 and not _COINCIDING.isdisjoint(words[k - 1].bare)


_COINCIDING: Final = _keys("متزامنا|تزامنا|بالتزامن|التزامن|تزامن|متزامنة|متزامنين")


# "في الوقت الذي كان فيه رئيس وزراء اليابان شينزو آبي يقوم الخميس بزيارة رسمية إلى هرات":
# the time, the doer with his office and name, the day, then the doing
_TIME_CLAUSE_REACH: Final = 18
# Doings that are no violence, told after "بعد"/"عقب" as what an event came after.
_MATTERS: Final = _keys("توقيع|زيارة|اجتماع|لقاء|محادثات|مفاوضات|انتخاب|تنصيب|افتتاح")
_MATTER_REACH: Final = 12


def _a_day_apart(before: Sequence[Token]) -> bool:
    """Whether the place is told in a clause of the day before or after the event
    ("غداة اعتداء انتحاري استهدف مباراة ... في ولاية باكتيكا"): another event, dated by
    the told one. ("بعد أيام من تفجير ... في كابول" often goes on to that one's toll.)"""
    window = before[-_DAY_APART_REACH:]
    return any(t.key in _DAY_BEFORE_OR_AFTER for t in window) or any(
        # "بعد أيام من تفجير في ولاية غزني": a span after another event
        a_span_after(window, k)
        for k in range(len(window))
    )


_DAY_BEFORE_OR_AFTER: Final = _keys("غداة|وغداة|عشية|وعشية|قبيل|وقبيل")
_DAY_APART_REACH: Final = 14  # "غداة اعتداء انتحاري استهدف مباراة للكرة الطائرة، أسفر عن سقوط 57"


def _a_site_attacked(ahead: Sequence[Token]) -> bool:
    """ "على مواقع", "على مقر": a site of the office after "على" is the target."""
    return len(ahead) >= 2 and ahead[-2].key in _ON and not _SITES.isdisjoint(ahead[-1].bare)


def _nationality(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the mention is one definite adjective of place ("الباكستانية")."""
    words = [t for t in tokens if mention.start <= t.start and t.end <= mention.end]
    return mention.unit is None and len(words) == 1 and _nationality_word(words[0])


# Definite adjectives of lying near, after the noun they describe ("القاعدة القريبة من")
_LYING_NEAR: Final = lx.ADJACENT | _keys("القريبة|والقريبة|القريب|والقريب")
# The parts of a place a direction adjective picks out: "على الطرف الغربي من مدينة
# قندهار", "في الجزء الشمالي من الولاية", "الضواحي الجنوبية من المدينة".
_PARTS: Final = _keys(
    "الطرف|طرف|الأطراف|أطراف|الجزء|جزء|القسم|الضواحي|ضواحي|الضاحية|ضاحية|المدخل|مدخل|"
    "الحي|حي|الأحياء|أحياء|مشارف|المشارف|الجانب|جانب"
)

_DIRECTION_FEMININES: Final = _keys("الشمالية|الجنوبية|الشرقية|الغربية")


def _of_by_li(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the name, or its unit word, carries "ل" (of): "لوادي تقاب", "لقندهار"."""
    k = next((j for j, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    if mention.unit is not None and k > 0 and _is_unit(tokens[k - 1]):
        k -= 1
    return k < len(tokens) and tokens[k].text.startswith("ل")


def _a_part_of(before: Sequence[Token], *, joined: bool = False) -> bool:
    """Whether "من" follows "in" a part of a place and its direction adjective ("على
    الطرف الغربي من مدينة قندهار", "في الأحياء الشمالية الشرقية من المدينة"): that part of
    the place, where the event is, not a bearing from it ("شمالا من مدينة قندهار"). With
    `joined`, the name carries "ل" and the adjective ends the words before it ("عند المدخل
    الشمالي لوادي تقاب")."""
    end = len(before) - (1 if joined else 2)
    k = end
    while k >= 0 and (before[k].key in DIRECTIONS or before[k].key in _DIRECTION_FEMININES):
        k -= 1
    return (
        0 < k < end
        and before[k].key in _PARTS
        and (before[k - 1].key in _PREPOSITIONS or before[k - 1].key in _AT)
    )


_AT: Final = _keys("عند|وعند")  # "عند الطرف الشرقي لمدينة ...": at a part of the place


def _a_visit_to(before: Sequence[Token]) -> bool:
    """Whether the name follows "إلى" after a finite verb of travel a few words back ("وتوجه
    وزير الدفاع الفرنسي إلى", "وصل الرئيس إلى"): someone's trip, not where an event was
    ("أثناء توجههم إلى ولاية لوغار" is where people were heading when it happened)."""
    if not before or before[-1].key not in lx.TO:
        return False
    return any(t.key in _TRAVELLED for t in before[-_VISIT_REACH:-1])


_TRAVELLED: Final = _keys("توجه|وتوجه|توجهت|وتوجهت|وصل|ووصل|وصلت|ووصلت|سافر|وسافر|سافرت|وسافرت")
_VISIT_REACH: Final = 8  # the verb, a subject of up to six words (title and name), "إلى"


def _lies_beside(tokens: Sequence[Token], mention: PlaceMention, before: Sequence[Token]) -> bool:
    """Whether the name is the subject of "يقع" and a place beside it follows ("ويقع
    إقليم فراه بجوار هيرات"): the sentence says where it lies, next to the other."""
    if not before or before[-1].key not in lx.LIES:
        return False
    after = _word_after(tokens, mention)
    return after is not None and not _BESIDE.isdisjoint(after.bare)


_BESIDE: Final = lx.NEAR | _keys("بجوار|جوار|بجانب|بمحاذاة|محاذاة")


def _lying_near(before: Sequence[Token]) -> bool:
    """Whether the name ends a participle phrase of lying near it after a place named
    with its unit word ("في قرية ده نو الواقعة قرب العاصمة كابول"):
    named to say where that place lies ("الواقعة في ولاية X" is the place's own province;
    "القاعدة الواقعة بالقرب من مزار شريف" places the base near the town)."""
    window = list(before[-_LYING_NEAR_REACH:])
    for k, t in enumerate(window[:-1]):
        if (
            t.key in _LYING_PARTICIPLES
            and not _BESIDE.isdisjoint(window[k + 1].bare)
            and any(_is_unit(u) for u in window[max(0, k - 3) : k - 1])
        ):
            rest = window[k + 2 :]
            return all(
                u.key in _OF or u.key in lx.THE_CAPITAL or _nationality_word(u) for u in rest
            )
    return False


_LYING_PARTICIPLES: Final = _keys("الواقعة|الواقع|والواقعة|والواقع|الواقعه")
_LYING_NEAR_REACH: Final = 7  # "قرية ده نو الواقعة قرب العاصمة الأفغانية": unit, name, participle


def _a_capital(mention: PlaceMention) -> bool:
    """Kabul, a neighbour's capital, or a country the gazetteer holds whole ("نيودلهي" is
    read as India): names that stand for a state."""
    return (
        mention.entry_id in _CAPITALS
        or mention.entry_id in lx.COUNTRY_ENTRIES
        or (mention.province_pcode == KABUL_PROVINCE and mention.level in ("province", "district"))
    )


_CAPITALS: Final = frozenset({"PK-ISLAMABAD", "IR-TEHRAN", "TJ-DUSHANBE", "UZ-TASHKENT"})


# What a government, not a city, does: "اتهمت كابول", "تبادلت كابل وإسلام آباد الاتهامات".
def _governments_verb_after(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the word right after the name is a government's verb, in the feminine a
    city's name takes ("كابول أصرت", "إسلام آباد نفت")."""
    after = _word_after(tokens, mention)
    return after is not None and not (_STATE_VERBS | _INSISTED).isdisjoint(after.bare)


_INSISTED: Final = _keys("أصرت|تصر|أكدت|تؤكد|قالت|تقول|أعلنت|تعلن|اعتبرت|تعتبر|ترى|رأت")
_STATE_VERBS: Final = _keys(
    "تبادلت|تبادل|اتهمت|اتهم|تتهم|طالبت|تطالب|نفت|تنفي|حملت|تحمل|رفضت|ترفض|دعت|تدعو|"
    "أدانت|تدين|احتجت|استدعت|ردت|وتبادلت|واتهمت|"
    # what it called someone: "على يد جندي وصفته كابل بالمنشق"
    "وصفت|وصفته|وصفتها|وصفتهم|تصف|تصفه|"
    # what it pledged or vowed: "بينما تعهدت نيودلهي بمواصلة مشاريعها"
    "تعهدت|تتعهد|وتعهدت|أكدت|تؤكد|قررت|تقرر"
)
# What a government says or feels, before a capital that stands for it: "رغم احتجاجات
# كابول", "اتهامات كابول لإسلام آباد"
_STATE_WORDS: Final = _keys(
    "احتجاجات|احتجاج|اتهامات|اتهام|إدانة|ادانة|انتقادات|تحذيرات|مطالب|مطالبات|اعتراض|"
    "اعتراضات|قلق|غضب|شكاوى|شكوى|موقف|ضغوط|رد|انتقاد|الانتقاد|اللوم|لوم|الاتهامات|الاتهام"
)


def _relations_between(before: Sequence[Token]) -> bool:
    """Whether the name is one of the pair after "بين" that a word of the relations of
    states opens ("الأزمة بين طهران وكابول", "المحادثات بين كابل ودوشنبه")."""
    window = before[-_PAIR_WORDS:]
    return any(
        t.key in lx.BETWEEN and k > 0 and not _RELATIONS.isdisjoint(window[k - 1].bare)
        for k, t in enumerate(window)
    )


_PAIR_WORDS: Final = (
    4  # "المحادثات بين إسلام آباد وكابل": "بين", the first capital's two words, the name
)
_RELATIONS: Final = _keys(
    "الخلافات|خلافات|الخلاف|العلاقات|علاقات|العلاقة|التوتر|توتر|التوترات|الأزمة|أزمة|"
    "المحادثات|محادثات|الاتفاق|اتفاق|التعاون|تعاون|الثقة|الحوار|حوار"
)


def _border_between(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """A country's adjective in "الحدود الباكستانية الأفغانية" (either one), or its name
    in "الحدود بين أفغانستان وباكستان" (either order): the border of the two named."""
    k = next((j for j, t in enumerate(tokens) if t.start == mention.start), None)
    if k is None or mention.unit is not None:
        return False
    if tokens[k].key not in _COUNTRY_ADJECTIVES:
        # "الحدود بين أفغانستان وباكستان", "الحدود بين باكستان وأفغانستان"
        pair = tokens[k - 1 : k] if tokens[k].key.startswith("و") else tokens[k + 1 : k + 2]
        opens = k - 2 if tokens[k].key.startswith("و") else k - 1
        return (
            opens > 0
            and bool(pair)
            and not lx.AFGHANISTAN.isdisjoint(pair[0].bare)
            and tokens[opens].key in lx.BETWEEN
            and not lx.BORDER.isdisjoint(tokens[opens - 1].bare)
        )
    after = k + 1 < len(tokens) and tokens[k + 1].key in _COUNTRY_ADJECTIVES
    before = k > 0 and tokens[k - 1].key in _COUNTRY_ADJECTIVES
    border_at = k - 1 if after else k - 2
    return (after or before) and border_at >= 0 and not lx.BORDER.isdisjoint(tokens[border_at].bare)


# Based or active in a place: "الموجودة في", "التي تنشط في", "المتمركزة في".
_BASED_REACH: Final = 6  # "المتمركزين في ترين كوت في": based, "في", a name of up to three words
_BASED: Final = _keys(
    "الموجودة|الموجود|الموجودين|المتواجدة|المتواجد|المتواجدين|الناشطة|الناشط|الناشطين|"
    "تنشط|ينشط|ينشطون|المتمركزة|المتمركز|المتمركزين|تتمركز|يتمركز|يتمركزون|المنتشرة|"
    "تنتشر|ينتشرون|معقلها|معاقلها"
)
_COUNTRY_ADJECTIVES: Final = _keys(
    "الأفغانية|الباكستانية|الإيرانية|الطاجيكية|الأوزبكية|التركمانية|الصينية|والأفغانية|"
    "والباكستانية|والإيرانية"
)


def _near_a_countrys_border(before: Sequence[Token], mention: PlaceMention) -> bool:
    """ "قرب الحدود الباكستانية", "بالقرب من الحدود الإيرانية": a country's adjective after
    a border near which the event was."""
    if mention.unit is not None or normalize(mention.text) not in _COUNTRY_ADJECTIVES:
        return False
    if len(before) < 2 or lx.BORDER.isdisjoint(before[-1].bare):
        return False
    near = before[-3] if before[-2].key in lx.OF and len(before) > 2 else before[-2]
    return near.key in lx.NEAR


def _the_border_shared(before: Sequence[Token], previous_end: int | None) -> bool:
    """Whether the name follows "مع" (and maybe its unit word) right after a place named
    after a border word: "على حدود هلمند مع اقليم قندهار"."""
    if previous_end is None:
        return False
    ends = [k for k, t in enumerate(before) if t.end == previous_end]
    if not ends:
        return False
    k = ends[0]
    between = before[k + 1 :]
    return (
        0 < len(between) <= 2
        and between[0].key in lx.WITH
        and all(_is_unit(t) for t in between[1:])
        and any(not lx.BORDER.isdisjoint(t.bare) for t in before[max(0, k - 3) : k])
    )


def _a_border_before(before: Sequence[Token]) -> bool:
    """Whether the words end on a border, maybe with its country's adjective: "الحدود",
    "الحدود الأفغانية" (before "مع إيران")."""
    if not lx.BORDER.isdisjoint(before[-1].bare):
        return True
    return (
        len(before) > 1
        and _nationality_word(before[-1])
        and not lx.BORDER.isdisjoint(before[-2].bare)
    )


def _nationality_word(token: Token) -> bool:
    """A definite adjective of place ("الأفغانية", "الباكستاني")."""
    return any(f.startswith("ال") and f.endswith(_ADJECTIVE_ENDINGS) for f in token.bare)


def _near_the_place_before(before: Sequence[Token], previous_end: int | None) -> bool:
    """Whether "بالقرب من" / "قرب" (and maybe "العاصمة", "مدينة") is all that stands
    between the mention before and this one."""
    if previous_end is None:
        return False
    between = [t for t in before if t.start >= previous_end]
    return (
        0 < len(between) <= 3
        and not lx.NEAR.isdisjoint(between[0].bare)
        and all(t.key in _OF or t.key in lx.THE_CAPITAL or _is_unit(t) for t in between[1:])
    )


def _right_after_the_place(
    before: Sequence[Token], previous_end: int | None, *, joined: bool = False
) -> bool:
    """Whether only the preposition, and at most two adjectives or unit words of the place
    ("الجوية", "العسكرية"), stand between the mention before and the end of `before`
    (with `joined`, the last word is the bearing its preposition is joined to)."""
    if previous_end is None:
        return False
    between = [t for t in before if t.start >= previous_end]
    return (
        0 < len(between) <= 3
        and (joined or between[-1].key in _PREPOSITIONS)
        and all(t.key.startswith("ال") or _is_unit(t) for t in between[:-1])
    )


def _in_the_setting_told(tokens: Sequence[Token], before: Sequence[Token]) -> bool:
    """Whether "يأتي ذلك في وقت" / "وجاء ذلك في ظل" / "يأتي هذا وسط" stands before the
    mention, in a clause that counts no one hurt ("جاء ذلك في وقت جرح فيه خمسة جنود في
    هجوم بولاية قندهار" tells an event of its own)."""
    for k in range(len(before) - 2):
        if before[k].key not in lx.COMES or before[k + 1].key not in _THIS:
            continue
        frame = before[k + 2]
        if frame.key in _AMID or (
            frame.key in _IN and k + 3 < len(before) and before[k + 3].key in _TIMES
        ):
            return all(casualty_kind(t) is None for t in tokens[k:])
    return False


_THIS: Final = _keys("ذلك|هذا|هذه")
_AMID: Final = _keys("وسط")
_TIMES: Final = _keys("وقت|الوقت|ظل")


# An indefinite noun of an area that "من" and a place then say a part of: "في منطقة من
# قندهار", "في قرية من قرى ...".
_AN_AREA: Final = _keys("منطقة|قرية|بلدة|ناحية|جزء|مكان|أجزاء|جزءا|مناطق|أنحاء|أماكن")


def _a_capital_after(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the mention is followed by "عاصمة ..." (the capital of), telling what it is."""
    after = _word_after(tokens, mention)
    return after is not None and after.key in lx.CAPITAL_WORDS


def _part_of(before: Sequence[Token], previous_end: int | None, *, whole: bool = True) -> bool:
    """ "بالقرب من مدينة X" (near) and "مديرية Y من ولاية X" (of) are not an origin; a
    district after "من" (`whole` off) is none of the place before it ("إلى مديرية خان آباد
    بولاية قندوز من مديرية إمام صاحب": where they came from)."""
    if len(before) < 2:
        return False
    if before[-2].key in lx.NEAR:
        return True
    if before[-1].key in _OF and (
        not _AN_AREA.isdisjoint(before[-2].bare)
        # "في مناطق عدة من مديرية سركانو": the areas and their adjective
        or (len(before) > 2 and not _AN_AREA.isdisjoint(before[-3].bare))
    ):
        return True  # "في منطقة من قندهار قريبة من أرزكان": an area of Kandahar
    # "في منطقة X، باتجاه إقليم Y": after a comma, Y is where they were heading; "من
    # قندهار إلى العاصمة كابول": a place right before "إلى" is the trip's start, not a
    # whole Y is part of
    return (
        whole
        and before[-1].key in _OF
        and previous_end is not None
        and before[-2].end == previous_end
        and before[-1].start - before[-2].end <= 1
    )


def _and_on_unit(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the mention's own unit word carries "و": "وإقليم هلمند", "وولاية غزني"."""
    if mention.unit is None:
        return False
    before = [t for t in tokens if t.end <= mention.start]
    if not before:
        return False
    key = before[-1].key
    return key[:1] == "و" and (key[1:] in UNIT_WORDS or key[1:] in lx.DUAL_UNITS)


def _a_between_before(before: Sequence[Token]) -> bool:
    """Whether "بين" stands among the last words before a name, opening a pair."""
    return any(t.key in lx.BETWEEN for t in before[-_BETWEEN_REACH:])


# "بين خوست على بعد 150 كلم من العاصمة وبلدة": the first end, its distance and bearing,
# a reference point
_BETWEEN_REACH: Final = 10


def _joined(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether the mention's first word carries "و" or "ب" joining it to the one before."""
    first = next((t for t in tokens if t.start == mention.start), None)
    if first is None:
        return False
    before = [t for t in tokens if t.end <= mention.start]
    if before and _is_unit(before[-1]):
        first = before[-1]
    return first.key[:1] in ("و", "ب")


def assign_roles(tokens: Sequence[Token], mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions of one sentence, each with its role."""
    global _LAST
    seen_tokens, seen_mentions, assigned = _LAST
    if assigned is not None and seen_mentions == mentions and seen_tokens == tokens:
        return list(assigned)
    out = _assign_roles(tokens, mentions)
    _LAST = (list(tokens), list(mentions), tuple(out))
    return out


# The last sentence's mentions and their roles: the extractor asks once to see which
# provinces name the sentence's context, then again for the same mentions (unless a
# second reading or the dateline changed them). Copies are kept, so only equal input hits.
_LAST: tuple[list[Token] | None, list[PlaceMention] | None, tuple[PlaceMention, ...] | None] = (
    None,
    None,
    None,
)


def _where_it_happened_after(tokens: Sequence[Token], m: PlaceMention) -> bool:
    """Whether "حيث وقع" follows the place within its own words ("المتحدث باسم مديرية
    يحيى خيل من ولاية بكتيكا حيث وقع القتال"): the office's place is where it happened."""
    after = [t for t in tokens if t.start >= m.end][:_WHERE_REACH]
    for k, tok in enumerate(after[:-1]):
        if tok.key in lx.WHERE:
            return not lx.HAPPENED.isdisjoint(after[k + 1].bare)
        if tok.key in lx.CLAUSE_OPENERS:
            return False
    return False


_WHERE_REACH: Final = 8  # "من ولاية خوست شرقي أفغانستان" may stand between


def _the_neighbouring_one(tokens: Sequence[Token], m: PlaceMention) -> bool:
    """Whether "المجاور" / "المحاذي" (neighbouring) follows the name right after it."""
    after = _word_after(tokens, m)
    return after is not None and after.key in lx.ADJACENT


def _from_across_the_border(
    tokens: Sequence[Token], before: PlaceMention, mention: PlaceMention
) -> bool:
    """ "دخلوا الأراضي الإيرانية من ولاية نيمروز الأفغانية": "من" between a place abroad
    and an Afghan one says where they came from; neither is a part of the other."""
    if not (before.resolved and not before.in_afghanistan and mention.in_afghanistan):
        return False
    between = [t for t in tokens if before.end <= t.start and t.end <= mention.start]
    return bool(between) and between[0].key in lx.OF and all(_is_unit(t) for t in between[1:])


def _assign_roles(tokens: Sequence[Token], mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    previous: str | None = None
    previous_end: int | None = None
    for m in mentions:
        if m.unit == "dateline":
            out.append(m if m.role == "dateline" else replace(m, role="dateline"))
            previous = None
            continue
        role = role_of(tokens, m, previous=previous, previous_end=previous_end)
        if role == OFFICE and _where_it_happened_after(tokens, m):
            role = EVENT
        if role == OFFICE and _the_neighbouring_one(tokens, m):
            # "حسبما قال المتحدث باسم حاكم إقليم هيرات المجاور": the next province's
            # official, whose province the sentence says is not the event's
            role = REFERENCE
        if role == EVENT and out and _from_across_the_border(tokens, out[-1], m):
            role = ORIGIN
        # A mention is frozen: one that already has its role is kept, not copied.
        out.append(m if m.role == role else replace(m, role=role))
        previous, previous_end = role, m.end
    return _near_one_in_another(
        tokens,
        _between_two_provinces(
            tokens, _on_a_border_of_two_countries(tokens, _a_crossing_abroad(tokens, out))
        ),
    )


def _a_crossing_abroad(tokens: Sequence[Token], out: list[PlaceMention]) -> list[PlaceMention]:
    """ "قرب معبر طورخم ... في منطقة لندي كوتل الباكستانية": a border crossing
    has two sides; the place abroad told with it says which, and the Afghan name of the
    crossing is only a reference point."""
    abroad = [m for m in out if m.resolved and m.role == EVENT and not m.in_afghanistan]
    return [
        replace(m, role=REFERENCE)
        if m.role == EVENT
        and m.in_afghanistan
        and _after_a_crossing_word(tokens, m)
        and any(_in_its_clause(tokens, m, other) for other in abroad)
        else m
        for m in out
    ]


def _in_its_clause(tokens: Sequence[Token], crossing: PlaceMention, other: PlaceMention) -> bool:
    """Whether the place abroad follows the crossing within a few words, in its clause (not
    after "فيما"/"بينما": "قرب معبر طورخم، فيما أغلقت السلطات الباكستانية الطريق من جهة
    بيشاور" tells the other side in a clause of its own)."""
    between = [t for t in tokens if crossing.end <= t.start and t.end <= other.start]
    return (
        crossing.end <= other.start
        and len(between) <= _CROSSING_TO_ITS_SIDE
        and not any(
            t.key in lx.CONTRAST or t.key in lx.CLAUSE_OPENERS or t.key in lx.WITH for t in between
        )
        # (no punctuation between: "قرب معبر طورخم، وأغلقت السلطات الطريق في بيشاور";
        # nor the crossing's other end: "معبر سبين بولدك مع مدينة شامان")
        and not any(
            punctuation_before(tokens, k)
            for k, t in enumerate(tokens)
            if crossing.end <= t.start <= other.start
        )
    )


_CROSSING_TO_ITS_SIDE: Final = 8  # "الحدودي بين البلدين في مقاطعة | خيبر"


def _after_a_crossing_word(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether a word of a border crossing ("معبر", "منفذ") stands right before the name."""
    before = [t for t in tokens if t.end <= mention.start]
    return bool(before) and not _CROSSINGS.isdisjoint(before[-1].bare)


_CROSSINGS: Final = _keys("معبر|منفذ|المعبر|المنفذ")


def _between_two_provinces(tokens: Sequence[Token], out: list[PlaceMention]) -> list[PlaceMention]:
    """ "أثناء سفرهم بين مدينة هرات الغربية وولاية فراه": two places of
    two provinces after "بين", the second joined to the first, are the ends of a way; the
    event lies in one or the other, or in a third, and neither places it. (The ends of a
    way inside one province, "بين لشكرغاه وناوا", still tell that province.)"""
    out = list(out)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.role == EVENT
            and b.role == EVENT
            and a.resolved
            and b.resolved
            and a.in_afghanistan
            and b.in_afghanistan
            and a.province_pcode != b.province_pcode
            and _after_between(tokens, a)
            and _joined(tokens, b)
            and b.start - a.end <= _SECOND_END_GAP
        ):
            out[k], out[k + 1] = replace(a, role=ROUTE), replace(b, role=ROUTE)
    return out


def _after_between(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether "بين" stands right before the mention, or before its unit word."""
    before = [t for t in tokens if t.end <= mention.start][-2:]
    return bool(before) and (
        before[-1].key in lx.BETWEEN
        or (len(before) == 2 and _is_unit(before[-1]) and before[-2].key in lx.BETWEEN)
    )


_SECOND_END_GAP: Final = 30  # characters: "الشمالية وولاية " between the first end and the second


def _near_one_in_another(tokens: Sequence[Token], out: list[PlaceMention]) -> list[PlaceMention]:
    """ "وقع هجوم بالقرب من قاعدة باجرام ... في مقاطعة قرة باخ": a place the event was near,
    when the sentence names another it was in, as precise or more, is a reference point
    (a village near which it was, in a district, still narrows it)."""
    inside = [m for m in out if m.resolved and m.role == EVENT and not _after_near(tokens, m)]
    if not inside:
        return out
    return [
        replace(m, role=REFERENCE)
        if m.resolved
        and m.role == EVENT
        and _after_near(tokens, m)
        and any(
            _LEVEL_RANK.get(n.level or "", 3) <= _LEVEL_RANK.get(m.level or "", 3)
            and not _another_event_between(tokens, m, n)
            for n in inside
        )
        else m
        for m in out
    ]


def _after_near(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether "قرب" / "بالقرب من" stands right before the name, or before its unit word
    ("بالقرب من قاعدة باجرام")."""
    before = [t for t in tokens if t.end <= mention.start][-3:]
    while before and _is_unit(before[-1]):
        before.pop()
    if before and before[-1].key in _OF:
        before.pop()
    return bool(before) and not lx.NEAR.isdisjoint(before[-1].bare)


_LEVEL_RANK: Final = {"place": 0, "district": 1, "province": 2}


def _another_event_between(tokens: Sequence[Token], a: PlaceMention, b: PlaceMention) -> bool:
    """Whether an event is named between two places ("بالقرب من العاصمة كابول ... إضافة
    إلى التفجير الذي استهدف محكمة في غزنة"): each may be another event's."""
    start, end = min(a.end, b.end), max(a.start, b.start)
    return any(
        not lx.SINGLE_TRIGGERS.isdisjoint(t.bare)
        for t in tokens
        if start <= t.start and t.end <= end
    )


def _on_a_border_of_two_countries(
    tokens: Sequence[Token], out: list[PlaceMention]
) -> list[PlaceMention]:
    """ "على حدود محافظة سيستان وبلوشستان الإيرانية، وولاية نيمروز الأفغانية": the border of
    two units of two countries, the second joined to the first; the event is on it, in
    neither for sure, and both are reference points."""
    places = [k for k, m in enumerate(out) if m.resolved and m.role == EVENT]
    for a, b in pairwise(places):
        first, second = out[a], out[b]
        if (
            first.country != second.country
            and _after_a_border_word(tokens, first)
            and _joined(tokens, second)
        ):
            out[a] = replace(first, role=REFERENCE)
            out[b] = replace(second, role=REFERENCE)
    return out


def _after_a_border_word(tokens: Sequence[Token], mention: PlaceMention) -> bool:
    """Whether a border word stands before the name and its unit words ("حدود محافظة")."""
    before = [t for t in tokens if t.end <= mention.start]
    while before and _is_unit(before[-1]):
        before.pop()
    return bool(before) and not lx.BORDER.isdisjoint(before[-1].bare)


def nearest_the_reference(
    tokens: Sequence[Token], mentions: Sequence[PlaceMention], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """ "في منطقة فيض آباد غرب مزار شريف": a name found in two provinces, told at a
    bearing or a distance from a reference point right after it, is the reading of that
    level nearest the point (Fayzabad of Jawzjan, not of Badakhshan). The reading first
    given stays among the candidates."""
    out = list(mentions)
    for k, (m, ref) in enumerate(pairwise(mentions)):
        if not (m.ambiguous and m.candidates and ref.role == REFERENCE and ref.resolved):
            continue
        if ref.lat is None or ref.lon is None:
            continue
        between = [t for t in tokens if m.end <= t.start and t.end <= ref.start]
        if not 0 < len(between) <= _BEARING_WORDS or not any(
            t.key in DIRECTIONS or not _DISTANCE.isdisjoint(t.bare) for t in between
        ):
            continue
        ids = [m.entry_id] + [c["entry_id"] for c in m.candidates if c["level"] == m.level]
        entries = [e for e in map(gazetteer.get, ids) if e is not None and e.lat is not None]
        if len(entries) < 2:
            continue
        lat, lon = ref.lat, ref.lon
        nearest = min(entries, key=lambda e: (e.lat - lat) ** 2 + (e.lon - lon) ** 2)
        if nearest.id == m.entry_id:
            continue
        first = m.as_candidate()
        out[k] = replace(
            m,
            entry_id=nearest.id,
            name_ar=nearest.name_ar,
            name_en=nearest.name_en,
            level=nearest.level,
            country=nearest.country,
            province_pcode=nearest.province_pcode,
            district_pcode=nearest.district_pcode,
            lat=nearest.lat,
            lon=nearest.lon,
            method="nearest the reference point",
            ambiguous=False,  # told apart by the point; the other readings stay candidates
            candidates=(first, *(c for c in m.candidates if c["entry_id"] != nearest.id)),
        )
    return out


_BEARING_WORDS: Final = 6  # "على بعد 20 كيلومترا غرب"
