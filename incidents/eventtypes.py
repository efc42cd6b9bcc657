"""The one registry of event types: name, Arabic triggers, rank and map colour.

The lexicon, the records, the filters and the map all read this table, so adding a type
is one edit here. Triggers are written once as lemmas (a noun or verb as the press writes
it); their inflections (accusative ـًا, dual, sound plurals) are generated, because
"إن انفجارا وقع" and "انفجاران" are the same trigger as "انفجار". Leading clitics
(و، ف، ب، ل، ال) are stripped by the tokenizer's readings, not listed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from gazetteer.normalize import normalize

__all__ = ["EVENT_TYPES", "REGISTRY", "EventType", "inflections"]


@dataclass(frozen=True, slots=True)
class EventType:
    """One ACLED-style event type."""

    name: str
    label: str  # for people: legend, filters
    colour: str  # readable on white and for red-green colour blindness
    # How the type competes when a sentence names several: a "dominant" type is what the
    # event is wherever it is named (a suicide bombing that is also an attack); among
    # "means" (a mine, mortars, a firefight) the first named wins over generic verbs.
    rank: str  # dominant | means | generic
    lemmas: tuple[str, ...]  # trigger words and phrases as written; inflected on load
    fixed: tuple[str, ...] = ()  # forms matched exactly as written, never inflected


def _split(words: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split("|") if w.strip())


REGISTRY: Final[tuple[EventType, ...]] = (
    EventType(
        "suicide_bomb",
        "suicide bombing",
        "#9467bd",
        "dominant",
        _split(
            "انتحاري|انتحارية|انتحاريون|استشهادي|استشهادية|عملية استشهادية|فجر نفسه|"
            "فجر نفسها|فجروا أنفسهم|حزام ناسف|أحزمة ناسفة|سيارة مفخخة يقودها|"
            # the bomb vehicle's own driver: "رجل يقود شاحنة محملة بمتفجرات ... فجرها"
            "سيارة ملغومة يقودها|شاحنة مفخخة يقودها|شاحنة ملغومة يقودها|يقود سيارة مفخخة|"
            "يقود شاحنة مفخخة|يقود سيارة محملة بمتفجرات|يقود شاحنة محملة بمتفجرات|"
            "يقود سيارة محملة بالمتفجرات|يقود شاحنة محملة بالمتفجرات|"
            # driven at the target by its own man: "حاول أن يقتحم بسيارته المحشوة بالمتفجرات
            # قافلتهم" (blown up by others, "فجرت القوات سيارته المفخخة", it is not)
            "بسيارته المفخخة|بسيارته الملغومة|بسيارته المحشوة|بسيارته المحملة|بسيارته المليئة"
        ),
    ),
    EventType(
        "airstrike",
        "air strike",
        "#17becf",
        "dominant",
        _split(
            # "أغارت" alone is a raid on the ground ("أغارت طالبان على نقطة تفتيش")
            "غارة جوية|غارات جوية|غارة|غارات|أغارت طائرات|أغارت الطائرات|أغارت طائرة|"
            "قصف جوي|قصفا جويا|ضربة جوية|ضربات جوية|هجوم جوي|هجمات جوية|"
            "طائرة بدون طيار|طائرة دون طيار|طائرات بدون طيار|طائرات دون طيار|"
            "الطائرات الحربية|طائرات حربية|الطائرة الحربية|طائرة حربية|قصفت طائرات|"
            "قصفت الطائرات|الدرون|درون|"
            "طائرة مسيرة|طائرات مسيرة|قصف الطيران|غارة للطيران|دون طيار|بدون طيار|بلا طيار|"
            # warplanes, the fighter jets an attack is carried out by
            "المقاتلات|طائرات مقاتلة|الطائرات المقاتلة|مقاتلات حربية|"
            # the air force as the one that struck ("عمليتين شنتهما القوات الجوية"); not
            # the air force alone, whose men may be the victims of a bomb
            "شنتها القوات الجوية|شنتهما القوات الجوية|شنت القوات الجوية|شن سلاح الجو|"
            "شنها سلاح الجو|نفذها سلاح الجو|نفذه سلاح الجو|نفذتها القوات الجوية|"
            "استهدفها سلاح الجو|استهدفه سلاح الجو|سلاح الجو استهدف|القوات الجوية استهدفت|"
            "القوات الجوية الأفغانية استهدفت|سلاح الجو الأفغاني استهدف|"
            # American or coalition bombardment, and an American bomb that missed, come from
            # the air ("قتل 28 مدنيا إثر قصف أميركي", "عندما أخطأت قنبلة أمريكية هدفها")
            "قصف أمريكي|قصف أميركي|القصف الأمريكي|القصف الأميركي|قصفا أمريكيا|قصفا أميركيا|"
            "قصف لقوات التحالف|قصف قوات التحالف|قصف للتحالف|قصف التحالف|قصف الناتو|"
            "قصف لحلف الأطلسي|قصف لقوات الناتو|قنبلة أمريكية|قنبلة أميركية|قنابل أمريكية|"
            "قنابل أميركية|"
            # a plane dropping a bomb, a guided munition: "ألقت طائرة تابعة للحلف قنبلة
            # موجهة على المجمع", "ضربة بذخيرة موجهة بدقة"
            "ألقت طائرة|ألقت طائرات|ألقت الطائرات|قنبلة موجهة|قنابل موجهة|"
            # ... or a helicopter: "حين ألقت مروحية تابعة للقوة قنابل على منزل"
            "ألقت مروحية|ألقت مروحيات|ألقت المروحية|ألقت المروحيات|ألقت الطائرة|"
            "ذخيرة موجهة|بذخيرة موجهة|صواريخ موجهة من الجو|"
            # an attack carried out by a helicopter or a plane: "بعد هجوم شنته مروحية"
            "شنته مروحية|شنتها مروحية|شنته مروحيات|شنتها مروحيات|نفذته مروحية|نفذتها مروحية|"
            "شنته طائرة|شنتها طائرة|شنته طائرات|شنتها طائرات|نفذته طائرة|نفذتها طائرة"
        ),
    ),
    EventType(
        "ied",
        "IED / bomb",
        "#8c564b",
        "means",
        _split(
            "عبوة ناسفة|عبوات ناسفة|عبوة|لغم|ألغام|قنبلة مزروعة|قنبلة لاصقة|قنبلة مغناطيسية|"
            "قنابل مزروعة|قنابل لاصقة|قنابل مغناطيسية|"
            "سيارة مفخخة|دراجة مفخخة|مفخخة|متفجرات|تفجير|انفجار|انفجرت|انفجر|فجرت|فجروا|"
            "انفجارات|قنبلة زرعت|على جانب الطريق|على جانب طريق|قنبلة على جانب|ملغومة|ملغوم|"
            "سيارة ملغومة|زرعوا القنبلة|زرعوا العبوة|زرعوا عبوة|زرعوا قنبلة|زرع القنبلة|"
            "زرع العبوة|زرعت القنبلة|زرعت العبوة|"
            # "a bomb on the road": "إن قنبلة على الطريق قتلت عشرة مدنيين"
            "قنبلة على الطريق|قنبلة أخرى على الطريق|قنبلة على طريق|"
            # a vehicle that ran over a bomb: "مرت الحافلة فوق قنبلة", "اصطدمت بقنبلة"
            "فوق قنبلة|فوق عبوة|اصطدمت بقنبلة|اصطدم بقنبلة|داست على قنبلة|داس على قنبلة|"
            # an attack told by its bomb: "قتلوا في هجوم بقنبلة", "اعتداء بقنبلة" (a hand
            # grenade thrown stays an attack: events.event_type), a homemade one
            "هجوم بقنبلة|هجوما بقنبلة|اعتداء بقنبلة|هجوم بقنابل|هجوم بالقنبلة|هجوم بالقنابل|"
            "قنبلة محلية الصنع|"
            # a bomb told as what hit, killed or was survived: "فأصابت قنبلة ثلاثة أشخاص في
            # مكتب تصويت", "وقتلت قنبلة شرطيين في السوق"
            "أصابت قنبلة|فأصابت قنبلة|وأصابت قنبلة|قتلت قنبلة|فقتلت قنبلة|وقتلت قنبلة|"
            # a bombing told by its adjective: "تعرض الموكب لهجوم تفجيري", "عملية تفجيرية"
            "تفجيري|تفجيرية|تفجيريا|"
            "قنبلة يدوية الصنع|قنابل محلية الصنع|قنابل يدوية الصنع"
        ),
        # "فجر" (detonated) is also "dawn": never inflected (فجرا is "at dawn"), and the
        # extractor drops it before a day word ("فجر الخميس", "فجر اليوم").
        fixed=_split("فجر"),
    ),
    EventType(
        "shelling",
        "shelling / rockets",
        "#1f77b4",
        "means",
        _split(
            "قصف|قصفت|قصفوا|تقصف|يقصف|قذائف|قذيفة|هاون|صواريخ|صاروخ|صاروخي|مدفعية|"
            "قنابل هاون|راجمات|كاتيوشا|"
            # the feminine adjective: "تعرضت المراكز لهجمات صاروخية"
            "صاروخية"
        ),
    ),
    EventType(
        "armed_clash",
        "armed clash",
        "#d62728",
        "means",
        _split(
            "معركة|معارك|اشتباك|اشتباكات|اشتبك|اشتبكت|اشتبكوا|مواجهات|مواجهة|مصادمات|مصادمة|"
            "تبادل إطلاق النار|تبادل لإطلاق النار|تبادل اطلاق النار|تبادل إطلاق نار|قتال|اقتتال|"
            # "an operation" of the forces, one event; "الحملة العسكرية" and "العمليات
            # العسكرية" are the war in general, told in politics and background.
            "هجوم متبادل|هجمات متبادلة|عملية عسكرية|عملية مشتركة|عمليات مشتركة|"
            "عملية تطهير|عمليات تطهير|عملية تمشيط|عمليات تمشيط|عملية تمشيطية|"
            "عمليات تمشيطية|"
            # an operation of the forces against armed groups ("عملية لمكافحة الإرهاب"); in the
            # plural ("تنفذ القوات الآن عمليات لمكافحة الإرهاب") a campaign, no one event
            "عملية أمنية|عملية لمكافحة الإرهاب|عملية مكافحة الإرهاب|"
            # a place taken, told by the verbal noun after "تمكن من" or a word of when:
            # "تمكنت الحركة من السيطرة على قاعدة", "أسروهم لدى السيطرة على حاجز". The
            # verbs are in lexicon.SPLIT_TRIGGERS; "لإعادة السيطرة على" is a purpose.
            "من السيطرة على|من الاستيلاء على|لدى السيطرة على|لدى الاستيلاء على|"
            "عند السيطرة على|عند الاستيلاء على|إثر السيطرة على|إثر الاستيلاء على|"
            # ... and taken back: "تمكنت قوات الأمن من استعادة السيطرة على مديرية"
            "من استعادة السيطرة على|بعد استعادة السيطرة على|إثر استعادة السيطرة على|"
            # ... with the takers' pronoun: "عقب سيطرتهم على المديرية فإن 28 جنديا وقعوا
            # أسرى" ("عزز سيطرتهم على" holds a place, no event)
            "عقب سيطرتهم على|بعد سيطرتهم على|إثر سيطرتهم على|لدى سيطرتهم على|"
            "عقب سيطرتها على|بعد سيطرتها على|إثر سيطرتها على|لدى سيطرتها على"
        ),
    ),
    EventType(
        "attack",
        "attack",
        "#ff7f0e",
        "generic",
        _split(
            "هجوم|هجمات|هاجم|هاجموا|هاجمت|هوجم|هوجمت|كمين|استهدف|استهدفت|استهدفوا|إحراق|أحرق|"
            # an ambush, and its broken plural: "وسقط الجنود في مكمن نفذته الحركة"
            "مكمن|كمائن|"
            # the targeting a group claims: "أعلن التنظيم مسؤوليته عن استهداف قاعدة باغرام"
            "مسؤوليته عن استهداف|مسؤوليتها عن استهداف|مسئوليته عن استهداف|"
            "مسئوليتها عن استهداف|"
            # the passive of targeting: "أنه تم استهداف مركبة المسؤول في المدينة"
            "تم استهداف|جرى استهداف|"
            "أحرقوا|حرق|إطلاق النار|أطلق النار|أطلقوا النار|أطلقوا الرصاص|اقتحم|اقتحموا|اقتحام|"
            "أغار|أغارت|أغاروا|اغتيال|اغتال|اغتالوا|سيطر|سيطروا|السيطرة على|إسقاط|أسقط|أسقطوا|"
            "أسقطت|"
            # bombs thrown by hand: "ألقوا قنابل على مدرسة"
            "ألقوا قنابل|ألقوا قنبلة|ألقى قنبلة|ألقى قنابل|رموا قنابل|رمى قنبلة|"
            "دمر|دمروا|تدمير|"
            # a district or a post liberated or besieged, as the groups' own claims tell
            # it: "تمكن المجاهدون من تحرير مديرية", "حصار مركز المديرية" (one taken is a
            # battle for it: lexicon.SPLIT_TRIGGERS)
            "تحرير مديرية|تحرير مركز|حصار مركز|حصار مديرية|حصار مدينة|"
            # the verbal noun: "قامت قوات من طالبان بمهاجمة عربة دورية", "حاولوا مهاجمة"
            "مهاجمة|"
            "بالرصاص|برصاص|قناص|قناصة|قناصو|قنص|قنبلة يدوية|قنابل يدوية|رميا بالرصاص|"
            "إطلاق نار|إطلاق نيران|إطلاق رصاص|إطلاق الرصاص|دمرت|اجتاح|اجتاحوا|اجتاحت|"
            "أضرم|أضرموا|أضرمت|النار على|"
            # acid thrown on people ("رش مهاجمون مادة حمضية على وجوه طالبات")
            "مادة حمضية|مواد حمضية|بالحمض|بالأسيد|بماء النار|"
            # voters mutilated: "قطعت الحركة أصابع 11 ناخبا", "بتروا أصابعهم"
            "قطع أصابع|قطعت أصابع|قطعوا أصابع|قطعوا أصابعهم|بتر أصابع|بترت أصابع|بتروا أصابع|"
            "بتروا أصابعهم"
        ),
    ),
    EventType(
        "other",
        "other (abduction, execution, raid, arrest, aircraft lost)",
        "#7f7f7f",
        "generic",
        _split(
            "مداهمة|داهمت|داهم|مداهمات|عملية دهم|تفكيك|فككت|إبطال مفعول|اعتقال|اعتقلت|اعتقل|"
            "خطف|اختطاف|اختطف|اختطفوا|خطفوا|خطفت|اختطفت|مخطوف|مختطف|رهينة|رهائن|"
            "احتجاز رهائن|أسروا|أسرت|"
            # an execution: people held, then put to death by their captors ("أعدمت الحركة
            # رجلين بتهمة التجسس", "قامت بإعدام", "بعد التعذيب ثم الإعدام"); a court's
            # sentence ("حكم بالإعدام") is no event, and has no form here
            "أعدم|أعدموا|أعدمت|وأعدموا|وأعدمت|فأعدموا|أعدموهم|أعدموه|أعدموها|أعدموهما|"
            "إعدام|بإعدام|وإعدام|ثم الإعدام|"
            # hanged, stoned: "شنقوا ثلاثة رجال", "رجما حتى الموت"
            # ("رجم مقاتلان حتى الموت": stoned, the passive)
            "شنقوا|وشنقوا|شنقت|شنقا|رجموا|رجما|الرجم|رجم|ورجم|رجمت|ورجمت|"
            # slaughtered, beheaded: "ذبح مسلحون أربعة من الرهائن", "قطعوا رؤوس خمسة
            # جنود", "عثر على جثث مقطوعة الرأس"
            "ذبح|ذبحوا|ذبحت|وذبحوا|ذبحا|قطع رأس|قطعوا رأس|قطع رؤوس|قطعوا رؤوس|"
            "قطع رأسه|قطعوا رأسه|قطع رأسها|قطع رؤوسهم|قطعوا رؤوسهم|"
            "مقطوع الرأس|مقطوعة الرأس|مقطوعي الرؤوس|مقطوعة الرؤوس"
        ),
    ),
)
EVENT_TYPES: Final[tuple[str, ...]] = tuple(t.name for t in REGISTRY)
BY_NAME: Final[dict[str, EventType]] = {t.name: t for t in REGISTRY}


# Endings a noun phrase agrees in: accusative, dual (oblique), dual (nominative); each as
# (masculine suffix, feminine suffix after teh marbuta's stem).
_CASES: Final = (("ا", "ه"), ("ين", "تين"), ("ان", "تان"))


def _agreeing(word: str, masc: str, fem: str) -> str:
    if word.startswith("ال") or len(word) < 3:
        return word
    if word.endswith("ه"):
        return word[:-1] + fem
    if word.endswith(("ا", "ى")):
        return word
    return word + masc


# Generated forms that are place names first: "لغمان" (the dual of لغم) is Laghman.
# tests/test_event_types.py checks every generated form against the gazetteer.
_PLACE_NAMES: Final = frozenset(normalize(w) for w in ("لغمان",))


def inflections(lemma: str) -> tuple[str, ...]:
    """Normalised forms of one trigger: itself, accusative, dual and sound plurals.

    A phrase of a noun and its adjective inflects in agreement, each indefinite word
    taking the same case ("حزام ناسف" -> "حزاما ناسفا", "عبوتين ناسفتين"); words with
    the article stay as written. Verbs get the same endings, which only adds harmless
    dual and plural forms (هاجما، هاجموا).
    """
    key = normalize(lemma)
    if not key:
        return ()
    if " " in key:
        words = key.split()
        # A phrase after the preposition ل ("تبادل لإطلاق النار", "غارة للطيران") does not
        # agree with the noun before it: only the words before it inflect.
        agree = next((k for k, w in enumerate(words) if k and w.startswith("ل")), len(words))
        return tuple(
            dict.fromkeys(
                [key]
                + [
                    " ".join([_agreeing(w, masc, fem) for w in words[:agree]] + words[agree:])
                    for masc, fem in _CASES
                ]
            )
        )
    if key.endswith("ه"):  # teh marbuta, folded: عبوة -> عبوتين، عبوات
        stem = key[:-1]
        forms = [key, stem + "تين", stem + "تان", stem + "ات", stem + "تا"]
    else:
        forms = [key, key + "ا", key + "ين", key + "ان", key + "ات", key + "يا"]
    return tuple(f for f in dict.fromkeys(forms) if f == key or f not in _PLACE_NAMES)
