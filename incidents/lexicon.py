"""Word lists for extraction, kept apart from the rules that use them.

Every list is written as Arabic as it appears in reporting and normalised once at import
with the gazetteer's normaliser, so the rules compare keys with keys.
"""

from __future__ import annotations

from typing import Final

from gazetteer.normalize import normalize
from incidents.eventtypes import REGISTRY, inflections


def _keys(words: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize(w) for w in words.split("|") if normalize(w)))


# Event triggers by type, from the one registry (lemmas inflected there).
EVENT_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    t.name: tuple(
        dict.fromkeys(
            [
                *(form for lemma in t.lemmas for form in inflections(lemma)),
                *(normalize(w) for w in t.fixed),
            ]
        )
    )
    for t in REGISTRY
}
# The blast of a rocket or a shell is the rocket's: "انفجارا صاروخيا ضرب منزلا".
ROCKET_BLASTS: Final = _keys(
    "انفجار صاروخي|انفجارا صاروخيا|انفجار صاروخ|انفجار قذيفة|انفجار قذائف|بانفجار صاروخ|"
    "بانفجار قذيفة"
)
# "قذائف صاروخية": the press's rocket-propelled grenades, direct fire in an assault.
RPG_ROUNDS: Final = _keys(
    "قذائف صاروخية|قذيفة صاروخية|بقذائف صاروخية|بقذيفة صاروخية|"
    # (also called "rocket bombs": "باغتوا الدورية بقنابل صاروخية")
    "قنابل صاروخية|قنبلة صاروخية|بقنابل صاروخية|بقنبلة صاروخية"
)
# Ordnance left over, that no one fired: a shell found or played with, unexploded, old.
LEFT_OVER_ORDNANCE: Final = _keys(
    "يلعبون بها|يلعبون به|يعبثون بها|يعبثون به|كانوا يلعبون|غير منفجرة|غير المنفجرة|"
    "من مخلفات الحرب|مخلفات الحرب|مخلفات حربية|قذيفة قديمة|قذائف قديمة|ذخيرة قديمة|"
    "ذخائر قديمة|ذخائر غير منفجرة|عثروا على قذيفة|عثر على قذيفة|وجدوا قذيفة"
)
# Small arms: shells fired with them ("بأسلحة خفيفة وقذائف") are an assault's.
LIGHT_ARMS: Final = _keys(
    "أسلحة خفيفة|الأسلحة الخفيفة|بأسلحة خفيفة|بالأسلحة الخفيفة|أسلحة رشاشة|بأسلحة رشاشة"
)
# Aircraft: bombardment by them is an air strike, not shelling.
AIRCRAFT: Final = _keys(
    "طائرة|طائرات|الطائرات|مروحية|مروحيات|المروحيات|سلاح الجو|الطيران|مقاتلة|مقاتلات|"
    # the dual: "اصطدمت مروحيتان"
    "مروحيتان|مروحيتين|المروحيتان|المروحيتين|طائرتان|طائرتين|الطائرتان|الطائرتين"
)
# The triggers of one word: a word of the event itself ("منفذ العملية", "هجوم استهدف مقرا").
SINGLE_TRIGGERS: Final = frozenset(
    form for forms in EVENT_TRIGGERS.values() for form in forms if " " not in form
)
# ... and those of two words: "ضربة جوية", "عبوة ناسفة".
PAIR_TRIGGERS: Final = frozenset(
    form for forms in EVENT_TRIGGERS.values() for form in forms if form.count(" ") == 1
)
DOMINANT_EVENTS: Final = tuple(t.name for t in REGISTRY if t.rank == "dominant")
MEANS_EVENTS: Final = tuple(t.name for t in REGISTRY if t.rank == "means")
EVENT_PRIORITY: Final = tuple(t.name for t in REGISTRY)
# Words after "فجر" that make it "dawn", not "detonated": فجر الخميس، فجر اليوم.
DAWN_FOLLOWERS: Final = frozenset(
    _keys("اليوم|أمس|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|يوم|هذا|أول")
)
# Phrases whose trigger words tell no violent event: a ceasefire, anger, an election
# battle, a war of words, an accident. Their words are dropped before triggers are read.
FIGURES_OF_SPEECH: Final = tuple(
    tuple(phrase.split())
    for phrase in _keys(
        "وقف إطلاق النار|وقف لإطلاق النار|وقفا لإطلاق النار|وقف اطلاق النار|"
        "انفجر غضبا|انفجرت غضبا|انفجر بالبكاء|المعركة الانتخابية|معركة انتخابية|"
        "المعركة السياسية|معركة سياسية|معركة قضائية|هجوما لاذعا|هجوم لاذع|هجوما حادا|"
        "هجوم حاد|هجوما كلاميا|هجوم كلامي|هجوما إعلاميا|قنبلة موقوتة|انفجار أسطوانة|"
        "انفجار اسطوانة|انفجار قارورة|انفجار غاز|انفجار خزان|وقف العمليات العسكرية|"
        "وقف العمليات|وقف الهجمات|وقف القتال|نزع الألغام|لنزع الألغام|إزالة الألغام|"
        "لإزالة الألغام|نزع ألغام|إزالة ألغام|"
        # swept by deminers: "كانوا يعملون في كسح ألغام وعبوات ناسفة"
        "كسح الألغام|بكسح الألغام|لكسح الألغام|كسح ألغام|بكسح ألغام|لكسح ألغام|"
        "كسح ألغام وعبوات ناسفة|بكسح ألغام وعبوات ناسفة|"
        # words as attacks: "هاجم مسؤولون أفغان إيران بشدة"
        "هاجم مسؤولون|هاجم مسئولون|هاجم المسؤولون|هاجمت الحكومة|هاجم الرئيس|هاجم وزير|"
        "هاجمت وزارة|هاجم المتحدث|"
        # destruction by nature: "التي دمرت السيول طرقها"
        "دمرت السيول|دمرت الفيضانات|دمرت الأمطار|دمر الزلزال|دمرت العاصفة|دمرها الزلزال|"
        "دمرتها السيول|دمرتها الفيضانات"
    )
)
# Killing told with its armed agent is an attack, without any other trigger: "مسلحون
# مجهولون قتلوا أربعة عمال", "قتل مسلحون حارسا" (the nominative: the killers, while
# "قتل 5 مسلحين" counts the killed).
AGENTS: Final = frozenset(
    _keys("مسلحون|مسلحين|مجهولون|مجهولين|مهاجمون|متمردون|متمردين|المسلحون|المسلحين|المهاجمون")
)
_KILLERS: Final = frozenset(_keys("قتلوا|وقتلوا|فقتلوا|قتلت|اغتالوا|أعدموا|ذبحوا|قتل|وقتل"))
# Taking a place, its object after "على": "سيطرت حركة طالبان على مدينة قندوز".
TAKING: Final = frozenset(_keys("سيطر|سيطرت|سيطروا|استولى|استولت|استولوا"))
# What a side takes in a battle: a town, a district, its seat, a post.
TAKEN_PLACES: Final = frozenset(
    _keys(
        "مدينة|المدينة|مديرية|المديرية|مركز|عاصمة|بلدة|البلدة|مقاطعة|المقاطعة|ولاية|إقليم|"
        "منطقة|مقر|قاعدة|ثكنة|حاجز|نقطة|موقع|مواقع|مراكز|مقرات|أحياء|حي|معبر|مناطق|المناطق|"
        "مديريات|المديريات|عواصم|مدن|المدن|مقاطعات|المقاطعات|قرية|القرية|قرى|القرى|"
        "سجن|السجن|منشأة|المنشأة|مطار|المطار|مجمع|المجمع|مجمعات|المجمعات"
    )
)
# Triggers split by the verb's subject: "أطلق مسلحون النار على", "تبادلت القوات إطلاق
# النار مع": (first words, second words, the type) within a few words.
SPLIT_TRIGGERS: Final[tuple[tuple[frozenset[str], frozenset[str], str], ...]] = (
    (
        frozenset(_keys("تبادل|تبادلت|تبادلوا|تبادلا|يتبادل|تتبادل|يتبادلون")),
        frozenset(_keys("النار|الرصاص|إطلاق|لإطلاق")),
        "armed_clash",
    ),
    (
        frozenset(_keys("أطلق|أطلقت|أطلقوا|فتح|فتحت|فتحوا|يطلق|يفتح|أضرم|أضرمت|أضرموا")),
        # ("أطلق مسلحون مجهولون أعيرة نارية على ناقلة نفط": gunshots fired at a target)
        frozenset(_keys("النار|الرصاص|نيران|أعيرة|عيارات|رصاصات")),
        "attack",
    ),
    # "وفجر مهاجم نفسه", "فجر الانتحاري نفسه": the bomber between the verb and himself
    # ("قام بتفجير نفسه", "بعد تفجير نفسه": the noun of blowing up too)
    (
        frozenset(_keys("فجر|ففجر|فجرت|فجروا|بتفجير|تفجير|وتفجير")),
        frozenset(_keys("نفسه|نفسها|أنفسهم|انفسهم")),
        "suicide_bomb",
    ),
    # a vehicle bomb driven or rammed into its target: "اصطدم بالشاحنة المفخخة بالمبنى"
    (
        frozenset(_keys("اصطدم|اصطدمت|صدم|صدمت|قاد|يقود|تقود|يقودها|يقوده")),
        frozenset(_keys("المفخخة|مفخخة|الملغومة|ملغومة|بالمفخخة")),
        "suicide_bomb",
    ),
    # a town, a district or a post taken: "سيطرت حركة طالبان على مدينة قندوز", "اجتاحت
    # طالبان مدينة قندوز", "استعادت القوات مركز المديرية" (a battle for the place, as ACLED
    # codes it; a taking told further on after "على" is read by events._taken_on)
    (
        TAKING
        # "احتل مسلحون قرية ...": occupied, a place named by its kind ("احتلت أمريكا
        # أفغانستان" names none)
        | frozenset(_keys("اجتاح|اجتاحت|اجتاحوا|استعاد|استعادت|استعادوا|احتل|احتلت|احتلوا")),
        TAKEN_PLACES,
        "armed_clash",
    ),
    # prisoners who escaped, or were freed by their own: "فر 500 سجين", "هربوا من السجن",
    # "تمكن المسلحون من تهريب 300 سجين" ("فر السكان" names no prison)
    (
        frozenset(_keys("هرب|هربوا|فر|فروا|فرار|الفرار|بالفرار|هروب|الهروب|بالهروب|تهريب|بتهريب")),
        frozenset(_keys("سجين|سجينا|سجناء|السجناء|سجن|السجن|سجون|معتقلا|معتقلين|سجنا")),
        "other",
    ),
    (AGENTS, _KILLERS, "attack"),
    (_KILLERS, frozenset(_keys("مسلحون|مجهولون|مهاجمون|متمردون|المسلحون|المهاجمون")), "attack"),
)
SPLIT_GAP: Final = 4

# Definite nouns that refer back to the event already told ("the battle lasted...").
BACK_REFERENCES: Final = _keys(
    "المعركة|القتال|الهجوم|الهجومين|الانفجار|التفجير|القصف|الكمين|المكمن|الاشتباك|الاشتباكات|"
    "العملية|الحادث|الواقعة|"
    # the two events told, in the dual: "وجاء الهجومان رغم إعلان الهدنة"
    "الهجومان|التفجيران|التفجيرين|الانفجاران|الانفجارين|الاعتداءان|الاعتداءين|الحادثان|"
    "الحادثين|"
    "الحادثة|الحدث|الغارة|المواجهات|المعارك|القافلة|الدورية|الحافلة|الشاحنات|المهاجمين|المهاجم|"
    # the vehicle struck, told before: "الشاحنة كانت متوجهة من ... عندما انفجرت فيها"
    "الشاحنة|الناقلة|الصهريج|"
    # an official's motorcade: "وكان الوزير يسير في الموكب ذاته"
    "الموكب|"
    "الاختطاف|الخطف|الخاطفين|الخاطفون|الاعتداء|الهجمات|الغارات|الضربة|الانتحاري|"
    "الانتحاريين|الانتحاريون|الانتحاريان|"
    # the attackers told before, in the dual (two told, now named with the article) or as
    # "the attackers": "وقتل الإرهابيان الأخيران"
    "المهاجمان|المهاجمون|الإرهابيان|المسلحان|المتمردان|"
    # the means told before: "إن الطائرة أطلقت أربعة صواريخ", "وكانت العبوة مزروعة"
    "الطائرة|الطائرات|المروحية|العبوة|القنبلة|اللغم|المفخخة|الانتحارية|الصاروخ|القذيفة|"
    # (the rockets told; "القذائف" is also the shells a raid used, "استعملت فيه القذائف")
    "الصواريخ|"
    # the event as theirs: "استخدموا أراضي بلد مجاور لشن هجومهم"
    "هجومهم|هجومه|هجومها|هجومهما|لهجومهم|"
    # the dead told before: "أوردت أن القتيل هو الملازم أول ..."
    "القتيل|القتيلين|الضحية|الضحيتين|الضحايا|"
    # the site struck, told before: "فيما اقتحم مسلحون المبنى"
    "المبنى|المجمع|"
    # the clearing after it: "أن عمليات التطهير جارية"
    "التطهير|التمشيط"
)
# Names of the Islamic State, whose branches are its "provinces" ("داعش-ولاية خراسان"):
# a unit word after them names no Afghan place.
THE_STATE: Final = frozenset(_keys("داعش|الإسلامية|الاسلامية|الدولة"))
# Accounts said to disagree ("تضاربت المعلومات حول عدد القتلى", "وسط تضارب في الأرقام"):
# the figures after are versions of one toll.
CONFLICTED: Final = frozenset(
    _keys("تضاربت|وتضاربت|تتضارب|وتتضارب|تضارب|وتضارب|تضاربا|متضاربة|المتضاربة")
)
# Markers that a new, separate event starts, wherever they stand.
NEW_EVENT_MARKERS: Final = _keys(
    "منفصل|منفصلة|وبعد ساعات|بعد ساعات|لاحقا|في وقت لاحق|في اليوم التالي|بعد يوم|بعد يومين|"
    # "وفي" keeps its "و": the tokeniser reads no "في" off it
    "وفي وقت لاحق|وفي اليوم التالي|"
    # hours before the event told: "وقبل ساعات، أدى انفجار سيارة مفخخة إلى جرح ستة"
    "وقبل ساعات|"
    # "هذا الهجوم ليس الأول فقد فجر انتحاري نفسه ...": not the first; the one before
    "ليست الأولى|ليست الاولى|ليس الأول|ليس الاول|لم تكن الأولى|لم يكن الأول|"
    # the latest of a series told: "تتعرض القرى لقصف متكرر، كان آخرها قصف صباح
    # الأحد"
    "كان آخرها|وكان آخرها|كانت آخرها|وكانت آخرها|كان أحدثها|وكان أحدثها|كان اخرها|وكان اخرها"
)
# "منفصل": a separate event, or a separate statement on the same one.
SEPARATE: Final = frozenset(_keys("منفصل|منفصلة|منفصلين|منفصلتين"))
# "Another" marks a new event only after an event or a place: "هجوم آخر", "قافلة أخرى",
# "في منطقة أخرى", "غارة جوية جديدة"; "مسؤول آخر" is another voice on the same event.
ANOTHER: Final = frozenset(
    _keys(
        "آخر|أخرى|ثانية|ثان|ثالث|ثالثة|رابع|رابعة|جديد|جديدة|مماثل|مماثلة|مختلف|مختلفة|"
        # in the accusative: "شهدت المدينة هجوما مماثلا"
        "جديدا|مماثلا|مختلفا"
    )
)
EVENT_NOUNS: Final = frozenset(
    [
        *(form for forms in EVENT_TRIGGERS.values() for form in forms),
        *_keys(
            "حادث|حادثة|واقعة|عملية|اعتداء|تفجير|انفجار|هجوم|غارة|قافلة|دورية|كمين|اشتباك|معركة|"
            "مكان|موقع|منطقة|ولاية|مديرية|إقليم|اقليم|محافظة|مدينة|قرية|بلدة|حاجز|نقطة|"
            "دبابة|مدرعة|ناقلة|آلية|سيارة|شاحنة|مركبة|حافلة|طائرة|مروحية|مقر|مركز|قاعدة|"
            # broken plurals take "أخرى": "هجمات على مراكز أمنية أخرى"
            "مراكز|نقاط|حواجز|مواقع|قواعد|هجمات|عمليات|تفجيرات|اشتباكات|مناطق|ولايات|"
            "مديريات|دوريات|قوافل|طائرات|مروحيات|ضربات|غارات"
        ),
    ]
)
# Frames of discourse: "وفي تطور آخر", "ومن جهة أخرى", "على صعيد آخر" turn to another
# matter, unless the sentence names the event told before ("ادعى متحدث آخر أن القصف").
FRAMES: Final = frozenset(_keys("تطور|سياق|جهة|ناحية|صعيد|جهه"))
# "إلى ذلك" at the head of a sentence ("besides that") turns to the next item of a wire.
BESIDES_THAT: Final = (frozenset(_keys("إلى|الى|وإلى|والى")), frozenset(_keys("ذلك")))
# Sentence openers that add one more item: "كما خطف مسلحون ...".
ALSO_OPENERS: Final = frozenset(_keys("كما|وكما"))
# Owning up to a deed: "كما أقرت القوة الدولية بأنها شنت ضربة ...".
ADMITS: Final = frozenset(_keys("أقرت|أقر|اعترفت|اعترف|أقروا|اعترفوا"))
# A sentence with these is about the past, the future or a denial, not a new event.
BACKGROUND_MARKERS: Final = _keys(
    # a person's part in past events: "الملا دوست تورط في هجمات ضد قوات التحالف"
    "تورط في|متورط في|تورطه في|ضالع في|ضلوعه في|"
    # in the plural: "الأعضاء الثلاثة في التنظيم متورطون في عمليات خطف كبرى"
    "متورطون في|متورطين في|تورطهم في|تورطوا في|ضالعون في|ضالعين في|ضلوعهم في|"
    "منذ عام|في عام|العام الماضي|العام المنصرم|العام الفائت|السنة الماضية|السنة المنصرمة|"
    "الأعوام|السنوات الماضية|"
    "منذ سنوات|سبق أن|سبق وأن|كانت قد|كان قد|ذكرى|تاريخيا|سوف|ستواصل|سيواصل|"
    "ستشن|تعهد|تعهدت|توعد|توعدت|هدد|هددت|يعتزم|تعتزم|هجوم الربيع|الهجوم الربيعي|"
    # attacks to come: "فإن أنصاره سيشنون هجمات"
    "سيشنون|سيشن|"
    # the noun "strategy", not the adjective after a place ("مدينة بول خمري الاستراتيجية")
    "الاستراتيجية الأمريكية|الاستراتيجية الأميركية|الاستراتيجية الجديدة|استراتيجية جديدة|"
    "الاستراتيجية العسكرية|الاستراتيجية الأمنية|استراتيجيتها|استراتيجيته|"
    "حملة انتخابية|مفاوضات|محادثات|يتوقع|يتوقعون|"
    "لسنوات|باتت|إحصاءات|إحصائيات|"
    "منذ بداية|العام الحالي|هذا العام|السنة الحالية|يوميا|بشكل يومي|عادة ما|عادة|يومية|"
    # a sum of many events: "وإجمالا قتل أكثر من ألف مدني في النصف الأول من العام"; the first
    # months of a year: "خلال الأشهر الأربعة الأولى من العام"
    "إجمالا|وإجمالا|في المجمل|وفي المجمل|الأولى من العام|الأولى من السنة|الأولى من هذا العام|"
    # spans counted in figures, written "الـ": "في الأشهر الـ12 الأخيرة", "خلال السنوات الـ5"
    "الأشهر ال|الشهور ال|السنوات ال|الأعوام ال|الأسابيع ال|"
    # a rate: "يموت العشرات كل شهر بسبب الألغام"
    "كل شهر|كل عام|كل سنة|كل أسبوع|شهريا|سنويا|أسبوعيا|"
    # "بالقصف اليومي لمواقع المسلحين": a daily habit
    "اليومي|اليومية|"
    "شبه يومية|آنذاك|انذاك|"
    "حينها|حينذاك|في ذلك الوقت|"
    # the main cause of the dead of a war, a trend: "القنابل اليدوية الصنع هي السبب الرئيسي
    # في قتل الجنود"
    "السبب الرئيسي|السبب الأول|الأسباب الرئيسية|المسبب الرئيسي|"
    # the tension between states, told with what fed it: "وتصاعد التوتر بين الجارتين حيث
    # تقول باكستان إن 11 من جنودها قتلوا في ضربة جوية"
    "تصاعد التوتر|تصاعدت التوترات|تصاعدت حدة التوتر|يتصاعد التوتر|"
    # "وقبل هذا الحادث كانت الحصيلة 389 قتيلا": what stood before the event told
    "قبل هذا الحادث|قبل هذه الحادثة|قبل هذا الهجوم|"
    # habits and trends, not one event: "غالبا ما تشهد", "في السنوات الأخيرة"
    # a group's usual means: "وتعتبر العبوات والعمليات الانتحارية من الأسلحة المفضلة"
    "الأسلحة المفضلة|السلاح المفضل|الأسلوب المفضل|التكتيك المفضل|"
    "غالبا ما|من حين لآخر|من حين إلى آخر|بين حين وآخر|بين الحين والآخر|بين فترة وأخرى|"
    # "ويعتمد المتمردون في أغلب الأحيان على عمليات انتحارية": what they mostly do
    "أغلب الأحيان|معظم الأحيان|كثير من الأحيان|أحيان كثيرة|"
    "في الماضي|في السابق|فيما سبق|"
    "السنوات الأخيرة|الأعوام الأخيرة|الأشهر الأخيرة|الشهور الأخيرة|الأسابيع الأخيرة|"
    "الأسابيع الماضية|"
    # the same spans in the dual: "وتزايد معدل الهجمات في العامين الأخيرين"
    "العامين الأخيرين|العامين الماضيين|السنتين الأخيرتين|السنتين الماضيتين|"
    "الشهرين الأخيرين|الشهرين الماضيين|"
    "مألوفة|مألوف|أمر مألوف|أمرا مألوفا|"
    "الأشهر الماضية|الشهور الماضية|سنوات الماضية|بصورة مستمرة|بشكل مستمر|بشكل دوري|"
    "بصورة دورية|مسرحا|"
    # a span up to now: "وتشهد أطراف المدينة منذ أسابيع معارك متقطعة"
    "منذ أسابيع|منذ أشهر|منذ شهور|منذ مطلع|منذ بدء|منذ أكثر|منذ عقود|منذ عقدين|منذ عدة|"
    # what went on throughout a span: "وأحرق المسلحون المنازل طيلة فترة وجودهم في القرية"
    "طيلة فترة|طوال فترة|طيلة فترات|طوال فترات|"
    # events counted over a span: "وتعرضت العاصمة لهجومين كبيرين مرتين خلال أسبوع"
    "مرتين خلال|مرات خلال|مرتين في غضون|مرات في غضون|"
    # attacks told as a habit: "لا تتمكن من منع الهجمات المتكررة"; a reproach made again
    # and again ("انتقد بشكل متكرر سقوط مدنيين في الغارات")
    "المتكررة|متكررة|المتكرر|بشكل متكرر|بصورة متكررة|مرارا|مرارا وتكرارا|"
    # "تبادلت قوات البلدين إطلاق النار مرات عدة": many times over
    "مرات عدة|عدة مرات|مرات عديدة|مرات كثيرة|"
    # the war's victims in general: "والمدنيون هم أولى ضحايا النزاع"
    "ضحايا النزاع|ضحايا الحرب|الضحايا المدنيين للنزاع|"
    "موسم القتال|موسم المعارك|تصاعدا في|تصاعد العنف|تصاعد الهجمات|"
    # attacks growing, a trend: "ويتزامن اشتداد هجمات طالبان في الجنوب مع ..."
    "اشتداد هجمات|اشتداد الهجمات|تزايد الهجمات|تزايد هجمات|تصاعد هجمات|ازدياد الهجمات|"
    # the pace of attacks: "مع تصاعد وتيرة الهجمات في الجنوب"
    "وتيرة الهجمات|وتيرة العنف|وتيرة العمليات|"
    # figures of a period in a report: "قتل 923 مدنيا في النصف الأول من العام"
    "النصف الأول|النصف الثاني|الربع الأول|الأشهر الستة|الأشهر الثلاثة|"
    # a period a tally covers: "في الفترة من 1 يناير وحتى 30 سبتمبر"
    "في الفترة من|خلال الفترة من|في الفترة ما بين|خلال الفترة ما بين|"
    # an agency's own count over many events: "وبحسب حصيلة أعدتها وكالة الصحافة الفرنسية"
    "حصيلة أعدتها|حصيلة اعدتها|حصيلة جمعتها|تعداد أعدته|تعداد اعدته|"
    # all the events told summed: "أسفرت كل هذه الاعتداءات عن سقوط مائتي قتيل"
    "كل هذه الاعتداءات|كل هذه الهجمات|جميع هذه الهجمات|كل هذه التفجيرات|"
    # a report's figures ("في تقرير لها"); "لم تعلق طالبان على التقرير" is about the news
    "تقرير أممي|تقريرها السنوي|التقرير السنوي|تقرير سنوي|"
    "تقريرا|"
    # the war's state of things: "التي تعتمد على غارات الناتو", "سلمت مسؤولياتها الأمنية"
    "تعتمد على|يعتمد على|مسؤولياتها الأمنية|المسؤوليات الأمنية|المسؤولية الأمنية|"
    # a tally of the last week or month: "وخلال الأسبوع الماضي قتل نحو 45 شرطيا"
    "خلال الأسبوع الماضي|خلال الأسبوعين الماضيين|خلال الأسابيع الماضية|خلال الشهر الماضي|"
    "وخلال الأسبوع الماضي|وخلال الأسبوعين الماضيين|وخلال الأسابيع الماضية|وخلال الشهر الماضي|"
    "الأسبوع الماضي وحده|الشهر الماضي وحده"
)
# A sentence opened by "witnesses" in the present tells a state of things: "وتشهد
# الولاية معارك متقطعة". (After "الذي" it only describes a place.)
WITNESSES: Final = frozenset(_keys("وتشهد|ويشهد|تشهد|يشهد|وتعيش|تعيش"))
# A round-up of several events: it names no one place ("في أعمال عنف متفرقة").
# Several events told in one sentence. Scattered ones may all lie in one province
# ("هجمات متفرقة بمدينة ساريبول"); the others span provinces by their words.
# The past day, the span of a ministry's daily tally: the events of a day, summed.
PAST_DAY: Final = _keys("الأربع والعشرين ساعة|الساعات الأربع والعشرين|24 ساعة الماضية")
SCATTERED: Final = (
    _keys(
        "أعمال عنف متفرقة|هجمات متفرقة|حوادث متفرقة|اشتباكات متفرقة|مناطق متفرقة|أنحاء متفرقة|"
        "أعمال عنف|بأعمال عنف|في أعمال العنف|مناطق مختلفة|"
        "في مديريات|بمديريات"
    )
    + PAST_DAY
)
# The whole country: "في مختلف أنحاء البلاد", "عبر أفغانستان".
COUNTRYWIDE: Final = _keys("أنحاء البلاد|عبر أفغانستان|عبر البلاد|أنحاء أفغانستان")
NATIONWIDE: Final = COUNTRYWIDE + _keys(
    "عدة ولايات|ولايات مختلفة|في ولايات|في أقاليم|في محافظات|بولايات|بأقاليم|بمحافظات"
)
ROUNDUP: Final = SCATTERED + NATIONWIDE
# The spans a tally of the events it sums names: the whole country or the past day.
COUNTRY_OR_DAY: Final = COUNTRYWIDE + PAST_DAY
# Plural nouns of events: told of two provinces or more ("قتل 23 مسلحا في عمليات أمنية
# في إقليم فارياب وإقليم غور"), they sum several events, told one by one after.
PLURAL_EVENT_NOUNS: Final = frozenset(
    _keys("عمليات|هجمات|اشتباكات|معارك|غارات|مواجهات|تفجيرات|انفجارات|حوادث|العمليات|الهجمات")
)
# "في هذه العمليات": the events told before, all of them
THESE: Final = frozenset(_keys("هذه|تلك|وهذه"))
# Negations: "لم يهاجموا", "لن تقصف" tell no event.
# "any", after a negation none: "لم يشن الجيش أي عملية", "لم يتم نقل أي جريح"
ANY: Final = normalize("أي")
NEGATIONS: Final = frozenset(_keys("لا|لن|لم|ولا|ولن|ولم|فلا|فلن|فلم"))
# Before an imperfect verb, these make it a wish, a plan or a denial: "أن تقصف".
RELATIVES: Final = frozenset(_keys("التي|الذي|اللتين|اللذين|اللواتي|الذين|والتي|والذي"))
# Verbs of undergoing or witnessing in such a clause: "التي تعرضت لهجمات".
UNDERGONE: Final = frozenset(_keys("تعرضت|تعرض|يتعرض|تتعرض|شهدت|شهد|تشهد|يشهد|عانت|تعاني"))
UNREAL_BEFORE: Final = NEGATIONS | frozenset(_keys("أن|وأن|سوف"))
# Verbs of planning: "يشتبه بأنه خطط لتفجير انتحاري", "كانوا يخططون لهجوم".
PLANNED: Final = frozenset(
    _keys("خطط|وخطط|خططوا|خططت|يخطط|ويخطط|يخططون|تخطط|يخططان|التخطيط|بالتخطيط|للتخطيط")
)
# "كان" and its persons: "كانوا سينفذون" (were going to), "كان يعتزم" (meant to).
WAS: Final = frozenset(_keys("كان|كانت|كانوا|كانا|وكان|وكانت|وكانوا|فكان"))
# Superlatives that make "منذ" a record comparison: "الأعنف منذ سنوات", "لأول مرة منذ".
# Died (of wounds, later): "أصيب بجروح خطيرة وتوفي", "وتوفي سائقه في وقت لاحق".
DIED: Final = frozenset(_keys("توفي|توفيت|توفوا|توفيا|مات|ماتوا|ماتت|فارق|فارقت|فارقوا|فارقا"))
# "من": of a unit ("جنديين من القوات الافغانية"), more than a figure ("أكثر من 390").
OF: Final = frozenset(_keys("من"))
# The speaker's further word, a participle of saying: "، مضيفا أن", "موضحا أن".
GOING_ON: Final = frozenset(_keys("مشيرا|مضيفا|موضحا|مؤكدا|لافتا|مشيرة|مضيفة|موضحة|مؤكدة|لافتة"))
# Revenge and answer: what follows is an earlier event the one told avenged ("انتقاما
# للقصف", "ردا على مقتل"); whole words ("فردا" is one person, not ف + ردا).
REVENGE: Final = frozenset(_keys("انتقاما|وانتقاما|انتقام|ثأرا|وثأرا|ثأر|ردا|وردا|كرد"))
SUPERLATIVES: Final = frozenset(
    _keys(
        "الأكبر|الأعنف|الأسوأ|الأكثر|الأشد|الأخطر|الأدمى|الأضخم|الأعلى|الأول|لأول|أول|الأولى|"
        "أكبر|أعنف|أسوأ|أكثر|أشد|أخطر|أدمى|أضخم|أعلى"
    )
)
# Sentences that blame or accuse: they add to the incident told, never start one.
ACCUSATIONS: Final = _keys("اتهم|اتهمت|واتهم|واتهمت|يتهم|تتهم|حمل|حملت|اتهامات")
# Reactions to an event, wherever they are voiced ("أدانت الحكومة في كابل الهجوم").
# Words of place shared by roles and mentions: a border, lying next to ("المحاذية لكونار").
BORDER: Final = frozenset(_keys("الحدود|حدود|الحدودي|الحدودية"))
# Near: "قرب مدينة قندهار", "بالقرب من كابول", "القريبة من الحدود"
NEAR: Final = frozenset(_keys("قرب|وقرب|بالقرب|مقربة|بمقربة|القريبة|قريبة|قريب"))
# To, towards: "من قندهار إلى كابول"
TO: Final = frozenset(_keys("إلى|الى"))
# A series or a wave of events: "في سلسلة هجمات", "موجة من التفجيرات"
SERIES_OF_EVENTS: Final = frozenset(_keys("سلسلة|موجة"))
# Words of harm: "لم يسفر عن إصابات", "وقوع أي ضحية بين المدنيين".
HARM: Final = frozenset(_keys("إصابات|اصابات|ضحايا|ضحية|جرحى|قتلى|إصابة|خسائر"))
# The verbs of bordering: "مقاطعة باجور القبلية التي تحاذي ولاية كنر الأفغانية", "التي
# تحد إقليم ننجرهار".
BORDERING: Final = frozenset(_keys("تحاذي|يحاذي|تجاور|يجاور|تتاخم|يتاخم|تحد|يحد"))
ADJACENT: Final = BORDERING | frozenset(
    _keys(
        "المحاذية|المحاذي|محاذية|محاذ|المتاخمة|المتاخم|متاخمة|المجاورة|المجاور|مجاورة|"
        "المقابلة|المقابل|مقابل|والمحاذية|والمجاورة"
    )
)
# "منذ": since; "عندما": a clause of when, of another time than the sentence's event.
SINCE: Final = frozenset(_keys("منذ|ومنذ"))
# During an event or a span: "خلال الاشتباكات", "أثناء عملية".
DURING: Final = frozenset(_keys("خلال|أثناء|اثناء|في"))
WHEN: Final = frozenset(_keys("عندما|حينما|حين|لما"))
# "حيث": where, opening a clause on a place told ("بمديرية X، حيث ...", "حيث وقع الهجوم").
WHERE: Final = frozenset(_keys("حيث"))
# The article written apart from what it defines: "المنطقة ال4", "الذكرى الـ18".
THE_ALONE: Final = frozenset(_keys("ال|الـ"))
# Afghanistan named, with the "ل" of "المحاذية لأفغانستان" (clitic-free readings cover "ب").
AFGHANISTAN: Final = frozenset(_keys("أفغانستان|لأفغانستان"))
# A toll superseded by the one told: "وكانت الحصيلة السابقة بلغت 11 قتيلا".
# (A speaker's figure of before, "وقال المتحدث في وقت سابق إن 18 شخصا قتلوا", is read
# by extract._told_earlier.)
# At first, an account later set right: "في بادئ الأمر", "في البداية", "أولا".
AT_FIRST: Final = frozenset(_keys("بادئ|البداية|أولا|مبدئيا|بدء"))
EARLIER_TOLL: Final = _keys(
    "الحصيلة السابقة|حصيلة سابقة|الحصيلة الأولية|حصيلة أولية|الحصيلة الأولى"
)
# Condemning an attack: whoever does so does not claim it.
CONDEMNATIONS: Final = _keys("أدان|أدانت|تدين|يدين|ندين|استنكر|استنكرت|شجب|شجبت|ندد|نددت|تندد|يندد")
REACTIONS: Final = _keys(
    "أدان|أدانت|تدين|يدين|استنكر|استنكرت|شجب|شجبت|ندد|نددت|تندد|يندد|عزى|عزت|تعازي|"
    # protests against an event: "تظاهر مئات الطلاب احتجاجا على الغارة" (a protest
    # can also be the target: "استهدف مظاهرة", so the nouns are left out)
    "تظاهر|تظاهرت|تظاهروا|احتجاجا|"
    # the protesters as the ones who act, in the nominative: "وأحرق المتظاهرون الغاضبون
    # عددا من الصهاريج" ("فتحت الشرطة النار على المتظاهرين" may tell an attack on them)
    "المتظاهرون|متظاهرون|المحتجون|محتجون|"
    # what the event was called and what was ordered after it: "ووصفت الوزارة الهجوم
    # بأنه جبان", "وأمر الرئيس بإجراء تحقيق عاجل"
    "ووصف|ووصفت|بإجراء تحقيق|بإجراء تحقيقات|بفتح تحقيق|وأمر|وأمرت|"
    # the noun after "أعرب عن" ("أعربت قطر عن إدانتها واستنكارها للهجوم"); alone, "إدانته"
    # is also a conviction ("بعد إدانته بالزنا")
    "عن إدانتها|عن إدانته|عن إدانتهم|عن استنكارها|عن استنكاره|عن استنكارهم"
)
# A comment refused, the sentence's head: "ورفض الدبلوماسيون في كابول الإدلاء بأي تعليق
# على الهجوم", "وامتنع متحدث عسكري عن التعليق".
REFUSING: Final = frozenset(
    _keys("رفض|رفضت|رفضوا|ورفض|ورفضت|ورفضوا|امتنع|امتنعت|امتنعوا|وامتنع|وامتنعت|وامتنعوا")
)
COMMENT: Final = frozenset(_keys("تعليق|التعليق"))
# Words before a year that make it the time of a past event.
# Words that date an event to the days of the report: yesterday, today, a weekday.
NOW_WORDS: Final = frozenset(
    _keys(
        "أمس|الأمس|اليوم|الليلة|الأحد|الاثنين|الإثنين|الثلاثاء|الثلثاء|الأربعاء|الخميس|الجمعة|السبت"
    )
)
KANA: Final = frozenset(_keys("كان|كانت|وكان|وكانت|كانوا|وكانوا|وكانا|كانا"))
UNTIL: Final = frozenset(_keys("حتى|إلى|الى|لغاية"))
YEAR_CONTEXT: Final = frozenset(
    _keys("عام|صيف|ربيع|خريف|شتاء|منذ|سنة|مطلع|أواخر|أوائل|نهاية|بداية")
)
# "بينهم 4 أطفال": a subset of a count already given.
# "بمن فيهم", "ومن بينهم": some of the people counted before.
SUBSET_WORDS: Final = frozenset(
    _keys(
        "بينهم|منهم|ضمنهم|بينها|ضمنها|منها|بينهن|منهن|فيهم|فيهن|"
        # a share of them: "مقتل 10 أشخاص، نصفهم مسلحون"
        "نصفهم|معظمهم|أغلبهم|غالبيتهم|أكثرهم|بعضهم|ثلثهم|ربعهم"
    )
)
# "خمسة أشخاص هم الانتحاري وأربعة": what follows names the ones counted.
APPOSITION: Final = frozenset(_keys("هم|وهم|هما|وهما"))
# Counts of time and distance, not of people: "يبلغ من العمر 14 عاما".
SPANS: Final = frozenset(
    _keys("عاما|عام|سنة|سنوات|أعوام|ساعة|ساعات|يوما|أيام|دقيقة|دقائق|كيلومترا|كيلومترات|كم|مترا")
)
# "وأصيب ثالث": one more, counted by its rank.
# "He/she is", opening a description of the one named: "X، وهو ضابط", "X، وهي قرية في ..."
HE_OR_SHE: Final = frozenset(_keys("هو|وهو|هي|وهي"))
ORDINALS: Final = frozenset(
    _keys("ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة")
)
# A sentence that adds dead or wounded to those told before: "كما قتل", "قتل أيضا",
# "فضلا عن مقتل"; or counts the attackers, whom a lead rarely counts.
ALSO: Final = frozenset(_keys("أيضا|كذلك"))
# Of late: "وكان التنظيم قد تبنى هجمات وقعت مؤخرا", "ومؤخرا سقط ثلاثون قتيلا"
RECENTLY: Final = frozenset(_keys("مؤخرا|مؤخرًا|مؤخراً|ومؤخرا|ومؤخرًا|ومؤخراً"))
BESIDES: Final = frozenset(_keys("فضلا|إضافة|بالإضافة|علاوة"))
# "علاوة على", "إضافة إلى": what joins one more item (or event) to those told.
BESIDES_JOINERS: Final = frozenset(_keys("علاوة|وعلاوة|إضافة|بالإضافة|وبالإضافة"))
ON_OR_TO: Final = frozenset(_keys("على|إلى|الى"))
# "lies": "ويقع إقليم فراه بجوار هيرات", "يقع السد في منطقة كاروخ"
LIES: Final = frozenset(_keys("يقع|تقع|ويقع|وتقع"))
# "the same" after a noun: "بالولاية نفسها", "وفق المتحدث نفسه"
SAME: Final = frozenset(_keys("نفسه|نفسها|ذاته|ذاتها"))
# Adjectives of a site between it and the post it is of: "المقر العام لحاكم ولاية بروان"
SITE_ADJECTIVES: Final = frozenset(_keys("العام|الرئيسي|الرئيس|الإداري|الجديد|الرسمي"))
# "وتأتي الغارة بعد ...", "وجاء الهجوم بعد ...": what follows "بعد" is an earlier event.
COMES: Final = frozenset(_keys("جاء|وجاء|جاءت|وجاءت|يأتي|ويأتي|تأتي|وتأتي|ياتي|وياتي"))
# "في أعقاب" (in the wake of) is "after" too, read at its noun.
AFTER: Final = frozenset(_keys("بعد|عقب|إثر|اثر|أعقاب"))
# In the wake of, no span of time between: "إثر سيطرة المسلحين على نقاط تفتيش".
IN_THE_WAKE: Final = frozenset(_keys("إثر|اثر|عقب|أعقاب"))
# "وذلك": what the clause before told, named before what it came with or after.
THAT_IS: Final = frozenset(_keys("وذلك|ذلك"))
# Spans of time after "بعد": "بعد ساعات من مقتل ثلاثة", "بعد يومين من الهجوم".
# "الوقت": "في الوقت نفسه" (at the same time), "في الوقت الذي" (at the time when)
THE_TIME: Final = frozenset(_keys("الوقت"))
SPANS_OF_TIME: Final = frozenset(
    _keys("ساعات|ساعة|ساعتين|أيام|يوم|يوما|يومين|أسبوع|أسبوعا|أسبوعين|أسابيع|شهر|شهرين|أشهر")
)
# Units of distance ("على بعد 20 كيلومترا") and the words of lying away ("تبعد ... عن").
KILOMETRES: Final = frozenset(_keys("كيلومترا|كيلومترات|كيلومتر|كلم|كم|كيلو"))
MILES: Final = frozenset(_keys("ميلا|أميال"))
AWAY: Final = frozenset(_keys("بعد|مسافة|يبعد|تبعد|لايبعد|لاتبعد|يبعدان|تبعدان"))
ATTACKERS: Final = frozenset(
    _keys(
        "المهاجمين|المهاجمون|مهاجمين|مهاجمون|الانتحاريين|الانتحاريون|الانتحاريان|المهاجمان|"
        "انتحاريين|انتحاريون|انتحاريان|"
        # the attackers in an official's words: "ثلاثة إرهابيين قتلوا في الرد"
        "إرهابيين|إرهابيون|الإرهابيين|الإرهابيون|"
        # the group's own fighters in its statements: "استشهد اثنان من المجاهدين"
        "المجاهدين|المجاهدون|مجاهدين|مجاهدا|المجاهدان"
    )
)
# The lone attacker, whose own death the press tells apart ("كما لقي المهاجم حتفه"): not
# counted with the victims unless the text counts him.
LONE_ATTACKER: Final = frozenset(_keys("المهاجم|الانتحاري|المفجر|منفذ|منفذه|منفذها|الانتحارية"))
# "وأصيب 7 آخرون": other people than the ones counted before.
OTHERS: Final = frozenset(_keys("آخرون|آخرين|أخريات|آخران|آخرين|اخرون|اخرين"))
# "two others" in the nominative dual, a count of its own: "وأصيب آخران بجروح"
TWO_OTHERS: Final = frozenset(_keys("آخران|اخران|أخريان|اخريان"))
# "the province", the one the text has named: "بالولاية", "في الإقليم".
THE_PROVINCE: Final = frozenset(
    _keys("الولاية|بالولاية|الإقليم|بالإقليم|بالاقليم|المحافظة|بالمحافظة|للولاية|للإقليم")
)
# "that" opening what is said or known ("قال إن", "أكد أن", "سبق أن"), with its clitics.
THAT: Final = frozenset(_keys("أن|إن|ان|بأن|بان|وأن|وان|وإن|وبأن"))
# Verbs of carrying out an attack or a raid: "العناصر التي شنت الهجوم", "شنوا غارة".
LAUNCHED: Final = frozenset(_keys("شن|شنت|شنوا|نفذ|نفذت|نفذوا|هاجمت|هاجموا"))
# The same with the pronoun of what is told attached ("قالت إنها", "أعلن أنهم").
THAT_WITH_PRONOUN: Final = frozenset(
    that + pronoun for that in THAT for pronoun in ("ه", "ها", "هم", "هما", "نا")
)
# The gazetteer's entries of whole countries ("باكستان", "الإيرانية"): they say whose or
# who, not where.
COUNTRY_ENTRIES: Final = frozenset(
    ("PK-PAKISTAN", "IR-IRAN", "TJ-TAJIKISTAN", "UZ-UZBEKISTAN", "TM-TURKMENISTAN", "IN-INDIA")
)
# Words for but ("لكن مصدرا أمنيا قال"), and those that mean it only before "أن" ("غير أن",
# "إلا أن").
BUT: Final = frozenset(_keys("لكن|ولكن|لكنه|لكنها|بيد"))
BUT_THAT: Final = frozenset(_keys("غير|إلا|الا"))
# Words that open another clause: a count after them is not the verb's before them.
CLAUSE_OPENERS: Final = THAT | frozenset(
    _keys("فيما|بينما|حين|عندما|بعدما|ثم|حيث|لكن|ولكن|بعد|عقب|إثر")
)
# Verbs of capture: a count after them counts the captured, never the dead or wounded.
CAPTURED: Final = frozenset(
    _keys(
        "أسر|وأسر|أسروا|وأسروا|اعتقل|واعتقل|اعتقلوا|واعتقلوا|اعتقال|واعتقال|خطف|وخطف|اختطف|واختطف|"
        # the missing are counted apart too: "فضلا عن اختفاء خمسة جنود"
        "اختفاء|واختفاء|فقدان|وفقدان"
    )
)
# Clauses of contrast whose figures count another group: "فيما استشهد أحد المجاهدين".
CONTRAST: Final = frozenset(_keys("فيما|بينما|وفيما|وبينما|حين"))
# Words before a year: "عام 2001", "سنة 2009".
YEAR_WORDS: Final = frozenset(_keys("عام|العام|سنة|السنة|لعام|منذ"))
# "last", after a month or a weekday: "في أغسطس الماضي", "الشهر المنصرم"
LAST: Final = frozenset(_keys("الماضي|الماضية|المنصرم|الفائت"))
# Demonstratives, bare or after "ب"/"ل": "في هذه الولاية", "بتلك المديرية", "بهذه العملية".
DEMONSTRATIVES: Final = frozenset(_keys("هذه|هذا|تلك|ذلك|بهذه|بهذا|بتلك|بذلك|لهذه|لهذا"))
# An ambush, its forms and its plural: direct fire at close range.
AMBUSHES: Final = _keys("كمين|كمينا|الكمين|مكمن|المكمن|كمائن|الكمائن")
# Abduction among the "other" triggers (a raid or an arrest stays "other").
ABDUCTION: Final = _keys(
    "خطف|اختطاف|اختطف|اختطفوا|خطفوا|خطفت|اختطفت|وخطفوا|واختطفوا|"
    # taken prisoner: "قتلوا سبعة من رجال الشرطة وأسروا اثنين منهم في كمين"
    "أسروا|وأسروا|أسرت|وأسرت"
)
# Nouns of the dead and the wounded: their count stands before them ("12 قتيلا").
TOLL_NOUNS: Final = frozenset(
    _keys(
        "قتلى|قتيلا|قتيل|قتيلين|جرحى|جريحا|جريح|جريحين|مصابا|مصابين|مصابون|"
        # martyrs, and wounded women: "لدينا 5 شهداء وسيدتين جريحتين"
        "شهداء|شهيدا|شهيدين|شهيد|جريحتين|جريحتان"
    )
)
# Verbs of harm done or recorded, as a negation denies them: "لم يسفر عن إصابات", "لم
# يصب أحد", "لم تسجل خسائر"
HARM_VERBS: Final = frozenset(
    _keys(
        "يسفر|تسفر|يسفرا|تسفرا|يسفروا|يوقع|توقع|يوقعا|توقعا|يسجل|تسجل|يقع|تقع|يصب|يصاب|"
        "يتعرض|تتعرض|يخلف|تخلف|يؤد|تؤد|يسقط|تسقط|يقتل|تقتل|يجرح|تجرح|"
        # after "دون أن", the subjunctive: "دون أن يؤدي ذلك إلى إصابات"
        "يؤدي|تؤدي|يتسبب|تتسبب"
    )
)
# Singular passive verbs of killing and wounding: "سائق السيارة قتل أيضا".
# Feminine ones too: "وأضاف أن زوجة القائد قتلت أيضا". Dying counts one subject the same
# way: "أن ضابطا ايطاليا يدعى اليساندرو روماني (36 عاما) توفي متأثرا بجروحه".
SINGULAR_PASSIVE: Final = frozenset(
    _keys(
        "قتل|وقتل|أصيب|وأصيب|جرح|وجرح|اغتيل|واغتيل|قتلت|وقتلت|أصيبت|وأصيبت|جرحت|وجرحت|اغتيلت|"
        "توفي|وتوفي|توفيت|وتوفيت|مات|ومات|ماتت|وماتت"
    )
)
# "أحد المجاهدين", "إحدى النساء": one of them.
ONE_OF: Final = frozenset(_keys("أحد|إحدى|احد|احدى"))
# A running tally after the event: "ليرتفع إلى 14 عدد الجنود البريطانيين الذين قتلوا في
# هذا البلد منذ 2001" counts the war, not the event (unless it is the event's toll).
# "ليرتفع عدد ...", "الأمر الذي يرفع القتلى الكنديين منذ عام 2002 إلى 20"
TALLY_OPENERS: Final = frozenset(
    _keys(
        "ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|وبذلك|وبهذا|يرفع|ليرفع|ترفع|لترفع|يرتفع|ويرفع|"
        # two events raising it: "والهجومان يرفعان عدد القتلى إلى 48"
        "يرفعان|ترفعان|يرفعون|ليرفعا|لترفعا|"
        # the rise told as what followed: "فارتفع إلى 90 عدد جنوده الذين قتلوا"
        "فارتفع|فارتفعت|وارتفع|وارتفعت"
    )
)
TALLY_OF_THE_WAR: Final = frozenset(
    _keys(
        "منذ|البلد|البلاد|أفغانستان|العام|الحرب|الغزو|"
        # a foreign army's running tally: "ليرتفع عدد القتلى من الجنود الألمان إلى 39"
        "الألمان|الأمريكيين|الأميركيين|البريطانيين|الكنديين|الفرنسيين|الإيطاليين|الإسبان|"
        "الأستراليين|الهولنديين|البولنديين|الدنماركيين|الأتراك|"
        # the same army named in the singular: "عدد القتلى لجنود الاحتلال الإيطالي"
        "الإيطالي|الألماني|البريطاني|الكندي|الفرنسي|الإسباني|الأسترالي|الهولندي|البولندي|"
        "الدنماركي|"
        # "... إلى 48 هذا الشهر": the month's tally
        "الشهر"
    )
)
# "بين قتيل وجريح": a figure for both kinds together.
BETWEEN: Final = frozenset(_keys("بين|ما بين"))
# "لقي حتفه مع اثنين من مرافقيه": the others who died with him.
WITH: Final = frozenset(_keys("مع|ومعه|برفقة|رفقة"))
DENIALS: Final = _keys(
    "نفى|نفت|ينفي|تنفي|نفي|نفوا|ينفون|نفيا|أنكر|أنكرت|كذب|كذبت|مزاعم|"
    # not involved, or knowing nothing of it: "إن مقاتليها ليسوا ضالعين في الحادث",
    # "إنه لا علم لديه بالحادث"
    "ليسوا ضالعين|ليست ضالعة|ليس ضالعا|غير ضالعين|غير ضالعة|لا علم لديه|لا علم لها|"
    "لا علم له|لا علم لنا|لا علم لدينا|ليس لديه علم|ليس لديها علم|"
    # not answerable for the deed: "إن الحركة غير مسؤولة عن الهجوم", "لسنا مسؤولين عنه"
    # (not "عمل غير مسؤول", an act called reckless, nor "غير مسؤولة عن مقتل المدنيين", a
    # part of it disowned)
    + "|".join(
        f"{answerable} {deed}"
        for answerable in (
            *("غير مسؤولة", "غير مسئولة", "غير مسؤول", "غير مسئول", "غير مسؤولين"),
            *("غير مسئولين", "ليست مسؤولة", "ليست مسئولة", "ليس مسؤولا", "ليس مسئولا"),
            *("ليسوا مسؤولين", "ليسوا مسئولين", "لسنا مسؤولين", "لسنا مسئولين"),
        )
        for deed in (
            *("عن الهجوم", "عن الاعتداء", "عن العملية", "عن التفجير", "عن التفجيرات"),
            *("عن الهجمات", "عن الانفجار", "عن الحادث", "عن هذا", "عنه", "عنها"),
        )
    )
    + "|"
    # did not commit or carry out the deed: "أفادت الحركة أنها لم ترتكب الهجوم" (not "لم
    # تنفذ مطالبها", what someone else did not do)
    + "|".join(
        f"لم {verb} {deed}"
        for verb in ("ترتكب", "يرتكب", "يرتكبوا", "نرتكب", "تنفذ", "ينفذ", "ينفذوا", "ننفذ")
        for deed in ("الهجوم", "الاعتداء", "العملية", "التفجير", "الهجمات", "هذا")
    )
)
DENIALS_SET: Final = frozenset(DENIALS)

KILLED: Final = _keys(
    "قتل|قتلى|قتيل|قتيلا|قتيلين|قتلوا|قتلت|مقتل|لقي حتفه|لقوا حتفهم|لقي مصرعه|لقوا مصرعهم|"
    "مصرع|هلك|هلاك|استشهد|استشهاد|استشهدوا|استشهدا|استشهدت|سقوط|قضى|قضوا|يقتل|وقتل|وقتلت|"
    "وقتلوا|ومقتل|أودى بحياة|"
    # lost their lives: "إن 40 من جنود الشرطة قد فقدوا حياتهم"
    "فقد حياته|فقدوا حياتهم|فقدت حياتها|فقدا حياتهما|خسر حياته|خسروا حياتهم|خسرت حياتها|"
    # "we lost" (first person, never "went missing"): "فقدنا في هذه الاشتباكات اثنين من قواتنا"
    "فقدنا|وفقدنا|خسرنا|وخسرنا|"
    # took away, its count after "ب": "أودى الانفجار بتسعة رجال شرطة"
    "أودى|أودت|تودي|يودي|وأودى|وأودت|"
    # lost, its people after the count: "قتل الجيش 50 متمردا وخسر أربعة من جنوده"
    "خسر|خسرت|وخسر|وخسرت|"
    # died (of wounds, with others): "توفي مع 12 آخرين"
    "توفي|وتوفي|توفيت|توفوا|وتوفوا|وفاة|ووفاة|"
    # died, the plain verb: "إن ثلاثة جنود ماتوا في الانفجار"
    "مات|ماتت|ماتوا|ماتا|وماتوا|"
    # left life: "أصيب بجراح بالغة لكنه فارق الحياة في مستشفى ميداني"
    "فارق الحياة|فارقوا الحياة|فارقت الحياة|وفارق الحياة|"
    # their death, after the count: "إن 42 شخصا على الأقل تأكدت وفاتهم"
    "وفاته|وفاتهم|وفاتها|وفاتهما|"
    # were killed, by "تم" and the verbal noun with its pronoun: "إن 12 راكبا تم قتلهم"
    "تم قتلهم|تم قتلهما|تم قتله|تم قتلها|تمت تصفيتهم|تم إعدامهم|"
    "أودت بحياة|تودي بحياة|يودي بحياة|بحياة|راح ضحيته|راح ضحيتها|ذهب ضحيته|ذهب ضحيتها|"
    # assassinated, and the assassination of ("باغتيال رئيس البلدية"); "محاولة اغتيال" is
    # an attempt (casualties.casualties passes it over)
    "اغتيل|اغتيلت|اغتالوا|اغتال|اغتالت|اغتيال|"
    # executed, as in "they executed four workers"
    "أعدم|أعدموا|أعدمت|وأعدموا|فأعدموا|إعدام|"
    # stoned, hanged: "رجموا امرأة في السوق", "شنقوا ثلاثة رجال على شجرة"
    "رجموا|رجم|ورجم|رجمت|ورجمت|شنقوا|وشنقوا|"
    # slaughtered, beheaded: "قامت جماعة بذبح سبعة مدنيين", "قطع رؤوس 15 من مقاتليها"
    "ذبح|ذبحوا|ذبحت|وذبحوا|نحر|نحروا|قطع رؤوس|قطعوا رؤوس|وقطعوا رؤوس|"
    # killed them, him, the two of them, her: "أمروا ثلاثة رجال بالنزول وقتلوهم"
    "قتلوهم|أعدموهم|قتلوه|أعدموه|قتلوهما|أعدموهما|قتلوها|أعدموها|"
    # ... by a feminine subject ("طاردت القوات مسلحين اثنين وقتلتهما")
    "قتلتهما|"
    # military reporting's "elimination of": "تم دحرهم والقضاء على 22 منهم"
    "القضاء على|والقضاء على|"
    "حتفه|حتفهم|حتفها|حتفهما|مصرعه|مصرعهم|مصرعها|مصرعهما|مصارعهم|مصارعهن|قتلا|قتلتا|"
    # met their fate, the idiom of a death: "لقي 30 مسلحا نحبهم", "قضى نحبه"
    "نحبه|نحبهم|نحبها|نحبهما|"
    # bodies recovered: "انتشال 14 جثة", "جثث 22 شرطيا"
    "جثة|جثث|جثتي|جثتين|جثمان|جثامين|جثماني|جثمانين|"
    # found beheaded: "عثر على ستة رجال مقطوعي الرؤوس"
    "مقطوعي الرؤوس|مقطوعين الرؤوس|مقطوع الرأس|مقطوعة الرأس|مقطوعي الرأس|"
    # "liquidated", in the groups' statements: "تم تصفية 7 من الكوماندوز"
    "تصفية|صفى|صفوا|وتصفية|"
    # martyrs counted: "سقط 5 شهداء", "أكثر من 200 شهيد وجريح"
    "شهداء|شهيدا|شهيدين|شهيد|"
    # the dead of a side, its pronoun glued on: "إن عدد قتلاها بلغ عشرة"
    "قتلاها|قتلاه|قتلاهم|قتلانا"
)
WOUNDED: Final = _keys(
    "جرح|جرحى|جريح|جريحا|جريحين|أصيب|أصيبوا|إصابة|إصابات|مصاب|مصابين|بجراح|بجروح|جرحت|"
    "وإصابة|وأصيب|وجرح|يصاب|جرحوا|وجرحوا|وجرحت|أصاب|أصابت|أصابوا|وأصابوا|فأصاب|فأصابوا|"
    # the dual passive: "إن جنديين جرحا في الهجوم"
    "جرحا|وجرحا|جرحتا|"
    "مصابا|مصابون|مصابان|جريحتين|جريحتان|"
    # the feminine and the dual passive: "وأصيبت ثلاث نساء", "أصيبا بجروح"
    "أصيبت|وأصيبت|أصيبا|وأصيبا|أصيبتا|"
    # the wounded of a side, its pronoun glued on: "جرحاها", "جرحاهم"
    "جرحاها|جرحاه|جرحاهم|جرحانا"
)
# Either word of a toll, as one phrase table.
KILLED_OR_WOUNDED: Final = KILLED + WOUNDED
# Indefinite singular and dual forms that carry their own number: قتيلا = one dead.
SELF_COUNTING: Final = {
    normalize("قتيلا"): ("killed", 1),
    normalize("قتيل"): ("killed", 1),
    normalize("قتيلين"): ("killed", 2),
    normalize("قتيلان"): ("killed", 2),
    normalize("جريحا"): ("wounded", 1),
    normalize("جريح"): ("wounded", 1),
    normalize("جريحين"): ("wounded", 2),
    normalize("جريحان"): ("wounded", 2),
    normalize("جريحتين"): ("wounded", 2),
    normalize("جريحتان"): ("wounded", 2),
    normalize("شهيدين"): ("killed", 2),
    # "اختطفوا المهندس وقتلوه": one; "فتحوا النيران على الموظفة وقتلوها": one;
    # "قتلوهما": two.
    normalize("قتلوه"): ("killed", 1),
    normalize("أعدموه"): ("killed", 1),
    normalize("قتلوها"): ("killed", 1),
    normalize("أعدموها"): ("killed", 1),
    normalize("قتلوهما"): ("killed", 2),
    normalize("أعدموهما"): ("killed", 2),
    normalize("قتلتهما"): ("killed", 2),
    # "لقي المستشار مصرعه": his death is one; "مصرعهما" is two.
    normalize("مصرعه"): ("killed", 1),
    normalize("حتفه"): ("killed", 1),
    normalize("مصرعها"): ("killed", 1),
    normalize("حتفها"): ("killed", 1),
    normalize("مصرعهما"): ("killed", 2),
    normalize("حتفهما"): ("killed", 2),
    normalize("نحبه"): ("killed", 1),
    normalize("نحبها"): ("killed", 1),
    normalize("نحبهما"): ("killed", 2),
    # "ما أدى إلى مقتله": his killing is one, "مقتلهما" two; "مقتلهم" counts no one.
    normalize("مقتله"): ("killed", 1),
    normalize("مقتلها"): ("killed", 1),
    normalize("مقتلهما"): ("killed", 2),
    normalize("إصابته"): ("wounded", 1),
    normalize("إصابتها"): ("wounded", 1),
    normalize("إصابتهما"): ("wounded", 2),
}

# Words for an unknown number of people; vague numerals (عشرات، مئات، عدة) are
# incidents.numbers' business.
VAGUE_NUMBERS: Final = _keys("عدد|عددا|أعداد|أعدادا|العديد|بعض")
# Dual nouns of people: جنديين = two soldiers.
DUAL_PEOPLE: Final = frozenset(
    _keys(
        "جنديين|شرطيين|شخصين|ضابطين|طفلين|حارسين|جنديان|شرطيان|سائقان|سائقين|"
        "مدنيان|طفلان|حارسان|ضابطان|شخصان|مجاهدان|مسلحان|مقاتلان|أجنبيين|أجنبيان|"
        # the construct dual: "رجلا شرطة", "ورجلي أمن" (two men of the police)
        "رجلا|رجلي|عنصرا|عنصري|"
        # feminine duals and those of nouns whose plural is broken (طلاب, نساء), so
        # their "-ين" is never a plural: "قتلت امرأتان", "طالبين قتلا"
        "امرأتان|امرأتين|طفلتان|طفلتين|فتاتان|فتاتين|رجلان|رجلين|طالبين|طالبتان|طالبتين|"
        "قائدان|قائدين|ابنان|ابنين|شقيقان|شقيقين|عنصران|عنصرين|زعيمان|زعيمين|نائبان|نائبين|"
        "حاكمان|حاكمين|خبيران|خبيرين|"
        # members and individuals, whose plurals are broken (أعضاء, أفراد)
        "عضوان|عضوين|فردان|فردين|"
        # the nominative dual, never a plural (that ends in "-ون"): "قتل مترجمان أفغانيان"
        "مترجمان|موظفان|مواطنان|عاملان|معلمان|صحفيان|مهندسان|طبيبان|قرويان|تاجران|"
        # women by their work, in the dual: "قاضيتين", "صحفيتان"
        "قاضيتان|قاضيتين|صحفيتان|صحفيتين|شرطيتان|شرطيتين|موظفتان|موظفتين|معلمتان|معلمتين|"
        "مدنيتان|مدنيتين|ممرضتان|ممرضتين|ناشطتان|ناشطتين|"
        # women soldiers: "مقتل مجندتين بالجيش"
        "مجندتان|مجندتين|جنديتان|جنديتين"
    )
)
# Titles before a name: each names one person ("قتل الملا مصطفى و16 مسلحا": 17).
PERSON_TITLES: Final = frozenset(
    _keys(
        "الجنرال|جنرال|العقيد|اللواء|العميد|الرائد|النقيب|الدكتور|الطبيب|السيد|الشيخ|شيخ|الملا|"
        "ملا|المولوي|مولوي|القاري|قاري|الحاج|حاجي|"
        # the ranks of foreign officers, written as they are said: "الميجور بريان تومسون"
        "الميجور|ميجور|الميجر|ميجر|الكولونيل|كولونيل|الكابتن|كابتن|الليفتنانت|ليفتنانت|"
        "الملازم|السيرجنت|الأدميرال|أدميرال|"
        # an officer named by his post in the press's English way: "الضابط بريان هيلفرتي"
        "الضابط"
    )
)
# Titles and given names before a surname: "الجنرال عبد الرحيم وردك", "محمد نعيم خوجياني".
# (Not Gul: written گل it folds to "كل", "all": "في كل من هلمند وقندهار".)
GIVEN_NAMES: Final = PERSON_TITLES | frozenset(
    _keys(
        "محمد|أحمد|احمد|محمود|علي|حسن|حسين|خان|"
        "الله|جان|غلام|نور|سيد|شاه|عبد|عبدال|زلماي|حميد|فضل|امين|أمين|رحيم|كريم|نعيم|"
        "نجيب|حبيب|عزيز|رشيد|داود|يوسف|إسحق|اسحاق|مير|ميرزا|قادر|جلال|ظاهر|صديق|وحيد|"
        "شير|دوست|نصير|بشير|منير|فريد|جاويد|حكمت|عطا|فيض|ذبيح|شفيق|رفيق|مطيع|"
        # more given names that come before a tribe's name used as a surname ("أكبر زدران")
        "أكبر|اكبر|نواب|عمر|عثمان|إسماعيل|اسماعيل|خالد|طارق|عارف|ناصر|نصرت|سليم|قاسم|هاشم|"
        "مجيب|رحمت|شريف|لطيف|إقبال|اقبال|فاروق|مصطفى|ضياء|أنور|انور|زبير|سردار|جمال|كمال|"
        "ستار|جبار|غفار|ذاكر|شاكر|صابر|أسد|اسد|حيات|مجاهد|مولانا|حضرت|زابيح|"
        "هادي|نبي|حليم|عظيم|حفيظ|حنيف|سلطان|نادر|نذير|عبيد|منصور|ياسين"
    )
)
# Singular people in the accusative: "قتلوا جنديا" is one soldier.
SINGULAR_OBJECTS: Final = frozenset(
    _keys(
        "جنديا|شرطيا|موظفا|مدنيا|طفلا|رجلا|شخصا|ضابطا|حارسا|عنصرا|مسلحا|مقاتلا|قائدا|"
        "مسؤولا|سائقا|مترجما|متعاقدا|مجاهدا|عميلا|انتحاريا|مهاجما|قياديا|زعيما|صحفيا|مهندسا|"
        # the trades of those killed in the cities: "قتلوا خطيبا"
        "مذيعا|صحافيا|إعلاميا|خطيبا|سكرتيرا|محاميا|ممرضا|"
        "طبيبا|معلما|صبيا|مدرسا|متمردا|إرهابيا|ارهابيا|مواطنا|عاملا|طالبا|قاضيا|إماما|"
        "مزارعا|حاكما|محافظا|جاسوسا|سياسيا|برلمانيا|خبيرا|أستاذا|استاذا|"
        # a young man or woman, a refugee: "أعدمت الحركة شابة بتهمة التجسس", "لاجئا أفغانيا"
        "شابا|شابة|لاجئا|مهاجرا"
    )
)
# One person, a noun or a title: "قتل جندي", "مقتل القائم بأعمال نائب الحاكم", "قتل قائد
# الشرطة" (read with the article stripped).
SINGULAR_PEOPLE: Final = _keys(
    "جندي|شرطي|مدني|مدنية|شخص|طفل|ضابط|حارس|مسلح|مقاتل|عنصر|امرأة|رجل|قائد|حاكم|نائب|رئيس|"
    "مسؤول|مسئول|زعيم|مستشار|القائم|قائم|مدير|عضو|صحفي|مهندس|مترجم|طبيب|قيادي|والي|محافظ|سيدة|"
    # a prosecutor: "مدعي عام الولاية"
    "مدعي|"
    "إمام|سائق|حارس|موظف|معلم|مدرس|صبي|فتى|فتاة|طفلة|ضابطا|والد|والدة|شقيق|شقيقة|نجل|"
    "زوجة|أجنبي|قاض|قاضي|متمرد|إرهابي|ارهابي|مواطن|عامل|طالب|مزارع|جاسوس|عسكري|"
    # "ما أسفر عن مقتل سجين وجرح شرطي": a prisoner, a hostage, a passer-by
    "سجين|رهينة|معتقل|راكب|مسافر|تاجر|خبير|أستاذ|"
    # officers by their rank: "فقتلت عقيدا في الجيش"
    "جنرال|جنرالا|كولونيل|كولونيلا|عقيد|عقيدا|عميد|عميدا|ملازم|ملازما|رقيب|رقيبا|نقيبا|"
    # the trades of those killed in the cities: "قتلوا مذيعة تلفزيونية", "وسكرتيره"
    "مذيع|مذيعة|صحافي|صحفية|صحافية|إعلامي|إعلامية|ناشطة|خطيب|سكرتير|سكرتيرة|محام|محامي|"
    "محامية|ممرض|ممرضة|طبيبة|معلمة|موظفة|مسؤولة|داعية|مفتي"
)
# "ارتفعت حصيلة القتلى إلى 12": a revised toll replaces the figure told before.
TOLL: Final = frozenset(_keys("حصيلة|الحصيلة|حصيلة القتلى|عدد|عدد القتلى|عدد الضحايا"))
# A toll's own words (not "عدد", which is also "a number of"): a figure in a toll restates.
TOLL_SUMS: Final = frozenset(_keys("حصيلة|الحصيلة|إجمالي|مجموع"))
TOLL_RISE: Final = frozenset(
    _keys("ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع|بلغت|بلغ|وصلت|وصل|رفعت|رفع|ترفع|يرفع")
)
# One more person in a list of victims: "أربعة مدنيين وعميل", "16 متمردا وشرطي".
JOINED_SINGULAR: Final = frozenset(
    _keys(
        "جندي|شرطي|مدني|مدنية|طفل|ضابط|حارس|مسلح|مقاتل|عنصر|امرأة|عميل|أفغاني|أجنبي|مترجم|سائق|متعاقد|"
        "صحفي|موظف|مهندس|طبيب|مرافق|رجل|صبي|فتى|فتاة|طفلة|مصل|إمام|مساعد|نجل|ابن|شقيق|زوجة|"
        # his kin: "وابنته", "ووالده", "وشقيقته"
        "ابنة|شقيقة|والد|والدة|"
        "قائد|مسؤول|مسئول|حاكم|مدير|نائب|رئيس|زعيم|قاض|قاضي|"
        # an officer by his rank: "خمسة جنود وكولونيل"
        "كولونيل|جنرال|عقيد|عميد|ملازم|رقيب|"
        "سكرتير|سكرتيرة|مذيع|مذيعة|صحافي|صحفية|إعلامي|خطيب|محام|محامي|طبيبة|معلمة|موظفة"
    )
)
# One person named by his nation alone ("قتل بريطاني", "مقتل أمريكي"), read right after the
# word of death, where no noun stands for it to qualify.
ONE_OF_A_NATION: Final = frozenset(
    _keys(
        "أميركي|أمريكي|امريكي|بريطاني|كندي|فرنسي|ألماني|الماني|أسترالي|استرالي|إيطالي|ايطالي|"
        "إسباني|اسباني|هولندي|بولندي|دنماركي|نرويجي|روماني|جورجي|باكستاني|أفغاني|افغاني|"
        "إيراني|ايراني|روسي|صيني|هندي|ياباني|كوري"
    )
)
PEOPLE: Final = _keys(
    "جندي|جنديا|جنود|جنديان|شرطي|شرطيا|شرطيين|رجال|أشخاص|شخصا|شخص|مدني|مدنيا|مدنيين|"
    "مدنيون|مسلح|مسلحا|مسلحين|مسلحون|مقاتل|مقاتلا|مقاتلين|مقاتلون|عنصرا|عناصر|ضابط|ضابطا|"
    "أطفال|طفلا|نساء|امرأة|حراس|حارسا|متمردا|متمردين|من|عسكريين|عسكريا|أفراد|فردا|جنديين|"
    "شرطيان|مجاهد|مجاهدا|مجاهدين|إرهابيا|إرهابيين|عميلا|العملاء|ركاب|مسافرين|عمال|موظفين|"
    # passengers counted ("11 راكبا", "20 مسافرا")
    "راكبا|راكب|راكبين|مسافرا|مسافر|"
    "طلاب|تلاميذ|مصلين|قرويين|قرويا|قرويون|سكان|حراس|آخرين|آخرون|أخريات|"
    # minors, boys, girls: "أن 9 قاصرين من أقلية الهزارة قتلوا"
    "قاصرين|قاصرا|صبية|فتيات|فتية|أولاد|"
    # ("24 مهاجما قتلوا": the accusative singular after a count of eleven and more)
    "انتحاريين|انتحاريون|مهاجمين|مهاجمون|مهاجما|انتحاريا|"
    # people by their nation: "لقي 17 أفغانيا على الأقل مصرعهم", "ثلاثة أمريكيين"
    "أفغانيا|أفغانيين|أفغانيون|افغانيا|افغانيين|أفغان|اجانب|أجانب|أجنبيا|أجنبيين|"
    "أمريكيا|أمريكيين|أميركيا|أميركيين|باكستانيا|باكستانيين|"
    # leaders, militants, citizens: "ثلاثة قياديين من طالبان قتلوا", "8 ناشطين"
    "قياديين|قياديا|قادة|قيادات|ناشطين|ناشطا|ناشطون|متشددين|متشددا|مواطنين|مواطنا|أجانب|"
    "متطرفين|متطرفا|متطرفون|"
    # officers and other callings: "ثمانية ضباط من الشرطة قتلوا"
    "ضباط|صحفيين|صحفيا|مهندسين|أطباء|معلمين|طالبات|طلبة|رهائن|مسؤولين|مسؤولا|موظفا|عمالا|"
    # men, counted from eleven on in the accusative singular: "17 رجلا شرطة قتلوا"
    "رجلا|رجلين|رجلان"
)

# Afghanistan's neighbours by name as written, with their code and the adjective that names
# each: "شمال غربي باكستان" is a part of Pakistan, and a name told just before it lies there.
NEIGHBOUR_NAMES: Final[tuple[tuple[str, str, str], ...]] = (
    ("باكستان", "PK", "الباكستانية"),
    ("إيران|ايران", "IR", "الإيرانية"),
    ("طاجيكستان", "TJ", "الطاجيكية"),
    ("أوزبكستان|اوزبكستان", "UZ", "الأوزبكية"),
    ("تركمانستان", "TM", "التركمانية"),
)
NEIGHBOURS: Final[dict[str, tuple[str, str]]] = {
    normalize(name): (code, adjective)
    for names, code, adjective in NEIGHBOUR_NAMES
    for name in names.split("|")
}

# The side (of SIDES) the attackers belong to.
MILITANTS: Final = "militants"
# The sides the dead and wounded belong to: a later sentence that counts another side than
# the figure told before ("قتل عشرة مدنيين" ... "وأضاف أن ثلاثة من طالبان قتلوا") adds
# its dead to the total, as the press's totals count all sides.
SIDES: Final[dict[str, frozenset[str]]] = {
    MILITANTS: frozenset(
        _keys(
            "مسلح|مسلحا|مسلحين|مسلحون|مسلحي|متمرد|متمردا|متمردين|متمردون|متمردي|مهاجم|"
            "مهاجمين|مهاجمون|انتحاري|انتحاريين|انتحاريون|إرهابي|إرهابيا|إرهابيين|إرهابيون|"
            "طالبان|داعش|مقاتلي|مجاهد|مجاهدا|مجاهدين|المجاهدين|متشدد|متشددا|متشددين|مسلحو|"
            # "عشرين مقاتلا من الحركة": the group's fighters
            "مقاتل|مقاتلا|مقاتلين|مقاتلون|مقاتلو|الحركة|"
            "ناشط|ناشطا|ناشطين|ناشطون|ناشطي|"
            # a commander of the group: "مقتل القيادي بالجماعة آدم خان"
            "قيادي|القيادي|قياديا|قياديين|قياديان|بالجماعة|بالحركة"
        )
    ),
    "security": frozenset(
        _keys(
            "جندي|جنديا|جنود|جنوده|جنودها|جنودهم|جنديين|جنديان|شرطي|شرطيا|شرطيين|شرطيان|الشرطة|شرطة|ضابط|ضابطا|"
            "ضباط|عسكري|عسكريا|عسكريين|الجيش|جيش|الأمن|أمن|أمنيا|أمنيين|كوماندوز|قوات|القوات|حرس|حراس|"
            "حارس|حارسا|حارسان|حارسين|"
            "ميليشيا|عميل|عميلا|العملاء|عملاء|المرتزقة|مرتزقة|"
            # the recruits ("اثنين من المجندين") are of the forces
            "مجند|مجندا|مجندين|مجندون|مجندان|المجندين|المجندون|مجندتان|مجندتين|مجندة|مجندات|"
            "جنديتان|جنديتين|شرطيتان|شرطيتين|"
            # the forces in a group's own words: "العشرات من المحتلين"
            "المحتلين|المحتلون|الغزاة|الصليبيين"
        )
    ),
    "civilians": frozenset(
        _keys(
            "مدني|مدنيا|مدنيين|مدنيون|مدنيان|أطفال|طفل|طفلا|طفلين|طفلان|نساء|امرأة|امرأتان|"
            "امرأتين|سكان|قرويين|قرويا|قرويون|مصلين|ركاب|مسافرين|طلاب|تلاميذ|عمال|مواطنين|مواطنا|"
            "قاصرين|قاصرا|صبية|فتيات|فتية|أولاد"
        )
    ),
}


# The words of a spokesman ("المتحدث باسم ...", "ناطق باسم ..."), definite or not.
# (the accusative after "إن"/"أن": "غير أن متحدثا باسم الحركة قال")
SPOKESMEN: Final = frozenset(_keys("متحدث|المتحدث|ناطق|الناطق|متحدثا|ناطقا"))
# The Taliban's spokesmen, who name the group when they speak.
_TALIBAN_SPOKESMEN: Final = "ذبيح الله مجاهد|قاري يوسف أحمدي|يوسف أحمدي"
# Their surnames, by which a report names them again ("وأشار مجاهد إلى أن ...").
SPOKESMEN_SURNAMES: Final = frozenset(
    normalize(name.split()[-1]) for name in _TALIBAN_SPOKESMEN.split("|")
)
# Their full names, word by word ("ذبيح الله مجاهد"): the speaker, however long the
# words that bring him in.
SPOKESMEN_NAMES: Final = tuple(
    tuple(normalize(w) for w in name.split()) for name in _TALIBAN_SPOKESMEN.split("|")
)
# A death sentence carried out ("نفذ ... حكم الإعدام") by an armed group is a killing; by
# the state it is a court's sentence.
CARRIED_OUT: Final = frozenset(_keys("نفذ|نفذت|ونفذ|ونفذت|نفذوا|ونفذوا"))
EXECUTING_GROUPS: Final = frozenset(
    _keys("طالبان|داعش|الحركة|التنظيم|المسلحون|مسلحو|المتمردون|مقاتلو|مسلحي|مقاتلي")
)
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    # Before "Taliban": the first group named wins, and its names hold "طالبان".
    "Pakistani Taliban": _keys(
        "طالبان باكستان|طالبان الباكستانية|حركة طالبان باكستان|تحريك طالبان|"
        "حركة طالبان الباكستانية|"
        # "وأعلنت حركة طالبان في باكستان مسؤوليتها عن التفجير"
        "طالبان في باكستان|حركة طالبان في باكستان"
    ),
    "Taliban": _keys(
        "طالبان|الإمارة الإسلامية|إمارة أفغانستان الإسلامية|"
        + _TALIBAN_SPOKESMEN
        + "|المجاهدون|المجاهدين"
    ),
    # the name after a preposition too: "وكالة أعماق التابعة لتنظيم الدولة"
    "Islamic State": _keys(
        "داعش|تنظيم الدولة|الدولة الإسلامية|ولاية خراسان|لتنظيم الدولة|بتنظيم الدولة|"
        "للدولة الإسلامية|بالدولة الإسلامية|لولاية خراسان|"
        # the group's own news agency speaks for it ("أعماق" alone is "depths")
        "وكالة أعماق|وكالة أعماق الإخبارية"
    ),
    "Haqqani network": _keys("شبكة حقاني|حقاني"),
    "Hezb-e Islami": _keys("الحزب الإسلامي|حزب الإسلام|الحزب الاسلامي|حزب إسلامي|حكمتيار"),
    "al-Qaeda": _keys("القاعدة|تنظيم القاعدة"),
    # Iran's Sistan-Baluchestan border: "تبنى جيش العدل هجوما على معبر حدودي"
    "Jaish al-Adl": _keys("جيش العدل|جماعة جيش العدل"),
    # Jaish al-Adl's forerunner there: "أعلن تنظيم جند الله مسؤوليته عن الهجوم على مسجد"
    "Jundallah": _keys("جند الله|جندالله|جماعة جند الله|تنظيم جند الله"),
}
# Members of a group: "عناصر طالبان" are its fighters, not its voice.
MEMBERS: Final = frozenset(
    _keys("عناصر|عنصر|مقاتلو|مقاتلي|مقاتلين|مسلحو|مسلحي|مسلحين|أعضاء|أفراد|قادة|مقاتل")
)
# Generic words for the fighters, read as the article's main group.
# The stems of nouns of fighters, with the article or not, to match with a clitic or a case
# ending after them: "مقاتليها", "مسلحو", "المجاهدين", "عناصرها", "عنصرا", "متمردا"
FIGHTERS_STEMS: Final = tuple(
    normalize(w)
    for w in (
        *("مقاتل", "المقاتل", "مسلح", "المسلح", "مجاهد", "المجاهد"),
        *("عنصر", "عناصر", "العناصر", "متمرد", "المتمرد"),
    )
)
GENERIC_FIGHTERS: Final = _keys(
    "المقاومة|المقاومون|المقاومين|المقاتلون|المقاتلين|مقاتلو|مقاتلي|المسلحون|المسلحين|مسلحو|"
    "مسلحي|المهاجمون|المتمردون|المتمردين|الحركة|"
    # the one fighter the group's statement names: "نفذ الهجوم المجاهد الاستشهادي"
    "المجاهد|الاستشهادي|مجاهدو|مجاهدي"
)
CLAIM_VERBS: Final = _keys(
    "أعلن|أعلنت|تبنى|تبنت|تبنوا|ذكر|ذكرت|قال|قالت|أكد|أكدت|أوضح|أوضحت|أفاد|أفادت|أضاف|"
    "أضافت|صرح|صرحت|زعم|زعمت|ادعى|ادعت"
)
# Words that, after the conjunction "و", go on from the sentence before: a verb of saying,
# of the toll or of the event, or a particle ("وقال ...", "وأصيب ...", "وكان ...", "وفي ...").
# A line opening so is a paragraph that lost its full stop, never a sub-headline.
GOES_ON: Final = frozenset(
    [
        *CLAIM_VERBS,
        *_keys(
            "تابع|تابعت|أشار|أشارت|لفت|لفتت|أردف|نقل|نقلت|كان|كانت|كانوا|قد|لم|لا|في|من|"
            "على|إلى|حسب|بحسب|وفق|أن|إن|لكن|قتل|قتلت|أصيب|أصيبت|جرح|لقي|لقيت|أسفر|أدى|أودى|"
            "تمكن|تمكنت|شن|شنت|نفذ|نفذت|تعرض|تعرضت|وقع|وقعت|جاء|جاءت|يأتي|تأتي|يشار|أوردت|"
            "أورد|بين|بينما|فيما|منذ|بعد|عقب|خلال|هذا|يذكر|تشير|يشير|"
            # the present of saying, before a quote: "ويقول أحد الجرحى:"
            "يقول|تقول|يقولون|يضيف|تضيف"
        ),
    ]
)
# "في" (and with و or ف before it), where an event or a place is told.
IN: Final = frozenset(_keys("في|فى"))
# A city's word before its name: "في مدينة هيرات".
CITY: Final = frozenset(_keys("مدينة"))
# Verbs of an event happening: "ووقع الكمين في ...", "حيث دار القتال".
HAPPENED: Final = frozenset(_keys("وقع|وقعت|جرى|جرت|دار|دارت|اندلع|اندلعت|حدث|حدثت"))
IN_ANY: Final = frozenset(_keys("في|فى|وفي|ففي"))
# "على يد", "بأيدي": who did the killing follows.
HANDS: Final = frozenset(_keys("يد|بيد|أيدي|بأيدي"))
# Deaths in an accident or a disaster, not in an attack: "تحطمت مروحية", "حادث سير".
ACCIDENTS: Final = _keys(
    "تحطم|تحطمت|تحطمها|تحطم طائرة|سقوط طائرة|حادث سير|حادث مروري|حوادث السير|انقلاب|انقلبت|"
    "غرق|غرقت|فيضانات|فيضان|سيول|زلزال|انهيار|انهيارات|عاصفة|الأحوال الجوية|انهيار ثلجي|"
    "عطل فني|خلل فني|حريق|اندلع حريق|"
    # a hard landing: "عندما هبطت مروحية ... هبوطا اضطراريا", "هبطت الطائرة واصطدمت بالأرض"
    "هبوط اضطراري|هبوطا اضطراريا|هبطت مروحية|هبطت طائرة|هبطت الطائرة|هبطت المروحية|"
    # a death the forces say no fighting caused: "نتيجة لإصابة غير ذات الصلة بالعمليات"
    "غير ذات الصلة|غير ذات صلة|غير قتالية|غير قتالي|لأسباب طبيعية|غير عدائي|غير عدائية"
)
# Verbs of seizing: what follows was found, not used ("صادرت قوات الأمن عبوات ناسفة").
SEIZED: Final = frozenset(
    _keys("صادرت|صادر|صادروا|مصادرة|ضبطت|ضبط|ضبطوا|العثور|عثرت|عثر|عثروا|حجزت|استولت")
)
# Rounds that fell on a place were fired from afar: "سقطت قذائف صاروخية على المدينة".
FELL: Final = _keys("سقطت|سقط|تساقطت|سقوط")
# The noun of a fall: "بسقوط صاروخ" (a rocket's fall), "سقوط قذيفة".
FELL_NOUNS: Final = frozenset(_keys("سقوط"))
# Dual unit words, each with the level of the two names after it: "بإقليمي بادغيس وسربل",
# "في منطقتي كوهان وجوريان" ("مسؤول إقليمي", a regional official, names none).
DUAL_UNIT_LEVELS: Final[dict[str, str]] = {
    normalize(w): level
    for w, level in (
        ("منطقتي", "place"),
        ("مديريتي", "district"),
        ("ولايتي", "province"),
        ("إقليمي", "province"),
        ("محافظتي", "province"),
        ("مقاطعتي", "any"),
        ("قضائي", "district"),
    )
}
DUAL_UNITS: Final = frozenset(DUAL_UNIT_LEVELS)
# Two provinces, districts or towns, told by the dual alone ("في إقليمين في أفغانستان").
TWO_UNITS: Final = frozenset(_keys("ولايتين|إقليمين|محافظتين|مديريتين|مدينتين"))
# A toll told of several attacks at once: "في سلسلة هجمات" (and "في إقليمي X وY", read
# with DUAL_UNITS).
SEVERAL_EVENTS: Final = _keys(
    "سلسلة هجمات|سلسلة من الهجمات|سلسلة عمليات|سلسلة من العمليات|سلسلة غارات|"
    "سلسلة من الغارات|سلسلة ضربات|سلسلة من الضربات|"
    # "في عمليات منفصلة", "في هجومين منفصلين": several events, told one by one after
    "عمليات منفصلة|هجمات منفصلة|حوادث منفصلة|هجومين منفصلين|حادثين منفصلين|عمليتين منفصلتين|"
    "انفجارين منفصلين|انفجاران منفصلان|تفجيرين منفصلين|هجومان منفصلان|حادثان منفصلان|"
    # two attacks told together ("أسفر هجومان ... عن مقتل 21"), or two provinces
    "هجومان|هجومين|تفجيران|تفجيرين|اثنين من أقاليم|اثنتين من ولايات|"
    # "جراء عدد من الانفجارات", "في عدة هجمات"
    "عدد من الانفجارات|عدة انفجارات|سلسلة انفجارات|سلسلة تفجيرات|عدة هجمات|عدد من الهجمات|"
    "هجمات عدة|انفجارات عدة|اشتباكات عدة|عمليات عدة|"
    # two targets struck: "هاجموا قاعدتين", "على مركزين للشرطة"
    "قاعدتين|مركزين|موقعين|مقرين"
)
# Two events or more, of one attack or not ("في انفجارين"): never the one event told before.
TWO_EVENTS_OR_MORE: Final = SEVERAL_EVENTS + _keys("انفجارين|انفجاران")
CLAIM_VERBS_SET: Final = frozenset(CLAIM_VERBS)
# Verbs of claiming after which a negation denies the claim: "لم تعلن", "لم تتبن".
CLAIMING: Final = frozenset(
    _keys("تعلن|يعلن|تتبن|يتبن|تتبنى|يتبنى|تعلنا|يعلنوا|أعلنت|أعلن|تبنت|تبنى|تتحمل|يتحمل")
)
# No one claimed it: "لم تعلن أي جهة مسؤوليتها", "عدم إعلان أية جهة مسئوليتها".
NO_CLAIM: Final = _keys(
    "لم تعلن أي جهة|لم تعلن أية جهة|لم تتبن أي جهة|لم تتبن أية جهة|عدم إعلان أي جهة|"
    "عدم إعلان أية جهة|لم يعلن أحد|لم تعلن أي جماعة|لم تعلن أية جماعة|عدم تبني أي جهة"
)
# Owning an attack: "أعلنت طالبان مسؤوليتها", "تبنت الحركة الهجوم".
# A claim of responsibility tells something of the event told ("وأعلن المتحدث مسؤولية
# الحركة"), even without a trigger.
RESPONSIBILITY: Final = _keys(
    "مسؤولية|مسئولية|مسؤوليتها|مسؤوليته|مسئوليتها|مسئوليته|تبنت|تبنى|تبنوا"
)
RESPONSIBILITY_SET: Final = frozenset(RESPONSIBILITY)
CLAIM_OWNERSHIP: Final = _keys(
    "مسؤوليتها|مسؤوليته|مسئوليتها|مسئوليته|مسؤوليتهم|مسئوليتهم|مسؤوليتهما|تبنت|تبنى|تبنوا|"
    # claimed it: "تفجير انتحاري تبنته حركة طالبان"
    "تبنته|تبنتها|تبناه|تبناها|تبنتهما|تبناهما|"
    "المسؤولية عن"
)
# The two events told before, by the dual: a claim "عن الهجومين" owns both.
BOTH_EVENTS: Final = _keys(
    "الهجومين|التفجيرين|الانفجارين|العمليتين|الاعتداءين|الهجومان|التفجيران|الحادثين|الحادثتين"
)
# A group's voice in a news report: its figures are the group's account, which neither
# add to nor replace the officials' ("لكن المتحدث باسم طالبان قال إن 16 مسلحا ...").
GROUP_VOICES: Final = _keys(
    _TALIBAN_SPOKESMEN + "|المتحدث باسم طالبان|الناطق باسم طالبان|المتحدث باسم حركة طالبان|"
    "الناطق باسم حركة طالبان|المتحدث باسم الحركة|الناطق باسم الحركة|"
    # the group itself: "وقالت الجماعة عبر وسائل إعلام تابعة لها إن العملية خلفت 200 قتيل"
    "قالت الجماعة|زعمت الجماعة|ادعت الجماعة|قال التنظيم|زعم التنظيم|ادعى التنظيم|"
    # "وقالت الحركة إن الغارة قتلت ثلاثة وجرحت العشرات": the group's own account
    "قالت حركة طالبان|قالت طالبان|قالت الحركة|"
    # the group's own claim of a figure: "وزعمت الحركة أن المهاجمين قتلا ثمانية"
    "زعمت الحركة|زعمت طالبان|ادعت الحركة|ادعت طالبان|زعم المتحدث|ادعى المتحدث|"
    # the Islamic State's news agency: "لكن وكالة أعماق أضافت أن التفجير أسفر كذلك عن ..."
    "وكالة أعماق|وكالة اعماق|أعماق للأنباء|اعماق للانباء|"
    # the group's statement relayed: "ونقلت الجريدة عن طالبان في بيان لها أن ..."
    "عن طالبان في بيان|عن حركة طالبان في بيان|نقلا عن طالبان|نقلا عن حركة طالبان|"
    "بيان لطالبان|بيان لحركة طالبان|بيان طالبان|بيان حركة طالبان|"
    # its fighters speaking: "تبنت الحركة الهجوم، وقال مقاتلوها إن ..."
    "أفاد مسلحوها|قال مسلحوها|ذكر مسلحوها|أفاد مقاتلوها|قال مقاتلوها|ذكر مقاتلوها"
)
# Headers of a group's own statements.
GROUP_STATEMENT: Final = _keys("الإمارة الإسلامية|إمارة أفغانستان الإسلامية|صوت الجهاد")
# The news vocabulary that is never a place, whatever the gazetteer holds: verbs of
# saying, sources, groups and forces, the words of the event and its toll, agencies and
# outlets, offices held "by proxy", and words of condolence and of taking office spelt like
# generated names ("الأسى" like Alasay, "تولي" like Tolak). The gazetteer's STOPWORDS hold
# the function words and the words of place.
NEWS_WORDS: Final = frozenset(
    _keys(
        "قال|وقال|قالت|وقالت|أعلن|أعلنت|ذكر|ذكرت|أضاف|أضافت|مصادر|مصدر|حركة|طالبان|الحركة|"
        "قوات|القوات|جنود|الجنود|الجيش|جيش|الشرطة|شرطة|الاحتلال|الناتو|الحكومة|الحكومية|"
        "هجوم|الهجوم|مقتل|قتل|إصابة|جرحى|قتلى|"
        "رويترز|فرانس|برس|أسوشيتد|بريس|يونايتد|الجزيرة|الصحافة|الصحفي|"
        "الرسمية|وكالات|الوكالات|بالإنابة|بالوكالة|الأسى|تولي|"
        # "نقلا عن المتحدث باسم حاكم مقاطعة X قوله": his saying, no word of a name
        "قوله|قولها|قولهم"
    )
)
# The foreign forces by name ("الحلف", "إيساف", "التحالف"), or forces of a foreign kind: a
# word of forces, then the kind ("القوات الأمريكية", "الجيش الأميركي", "القوة الدولية").
FOREIGN_FORCE_NAMES: Final = frozenset(
    # (with "لل" the article's alif drops: "للأطلسي", "للحلف")
    _keys("الناتو|ناتو|الحلف|حلف|الأطلسي|الاطلسي|أطلسي|اطلسي|إيساف|ايساف|التحالف|البنتاغون")
)
# "قوات التحالف الشمالي": the Afghan Northern Alliance, no foreign force
NORTHERN: Final = frozenset(_keys("الشمالي|الشمال|للشمال"))
FORCE_NOUNS: Final = frozenset(_keys("القوات|قوات|الجيش|القوة|قوة|الجنود"))
FOREIGN_KINDS: Final = frozenset(
    _keys(
        "الأمريكية|الأميركية|الأمريكي|الأميركي|الأمريكيون|الأميركيون|أمريكية|أميركية|"
        "الدولية|الأجنبية|الاجنبية|الأجانب|أجنبية"
    )
)

# Who relays a claim, by the words that name them.
RELAYS: Final[dict[str, tuple[str, ...]]] = {
    "Taliban": GROUPS["Taliban"],
    "eyewitness": _keys("شاهد عيان|شهود عيان|شهود"),
    "Interior Ministry": _keys("وزارة الداخلية|الداخلية الأفغانية"),
    "Defence Ministry": _keys("وزارة الدفاع|الدفاع الأفغانية"),
    "NATO/ISAF": _keys("الناتو|حلف شمال الأطلسي|إيساف|القوة الدولية|قوات التحالف|الحلف"),
    "US military": _keys("الجيش الأمريكي|الجيش الأميركي|البنتاغون"),
    "police": _keys("الشرطة|قائد شرطة|متحدث باسم الشرطة"),
    "local officials": _keys(
        "مسؤولون محليون|مسؤول محلي|مسؤولون|مسؤول|حاكم|الحاكم|والي|المتحدث باسم حاكم|مصادر محلية|"
        "سكان|السكان"
    ),
    "sources": _keys("مصادر|مصدر"),
}

TARGETS: Final[dict[str, tuple[str, ...]]] = {
    "foreign forces": _keys(
        "قوات الاحتلال|الاحتلال|القوات الأجنبية|قوات أجنبية|جنود أجانب|الجنود الأجانب|أجانب|"
        "الأمريكيين|الأمريكية|الأمريكي|أمريكية|أمريكيين|الأميركية|الناتو|إيساف|القوات الدولية|"
        "البريطانية|البريطانيين|الكندية|الكنديين|الفرنسية|الألمانية|قوات التحالف|الحلف"
    ),
    "Afghan forces": _keys(
        "القوات الحكومية|القوات الأفغانية|الجيش الأفغاني|الشرطة|شرطي|شرطيا|رجال الشرطة|"
        "الجيش الوطني|قوات الأمن|الأمن الأفغاني|حاجز أمني|حواجز أمنية|نقطة تفتيش|الحكومة العميلة|"
        "الجيش العميل|العملاء|الميليشيات|مركزا أمنيا|جنود الجيش"
    ),
    "civilians": _keys("مدنيين|المدنيين|مدنيا|المدنيون|مدنيون|أطفال|نساء|السكان|المواطنين"),
    "officials": _keys("مسؤول|مسؤولا|حاكم|زعيم قبلي|شيوخ القبائل|نائب|قاض|موظفين"),
    "armed group": _keys("مسلحين|المسلحين|مسلحي طالبان|عناصر طالبان|متمردين|المتمردين"),
}

EQUIPMENT: Final = _keys(
    "دبابة|دبابات|مدرعة|مدرعات|ناقلة جند|ناقلات جند|آلية|آليات|عربة|عربات|مركبة|مركبات|سيارة|"
    "سيارات|شاحنة|شاحنات|صهريج|صهاريج|مروحية|مروحيات|طائرة|رشاش|رشاشين|رشاشات|بندقية|بنادق|"
    "كلاشنكوف|قاذفة|قاذفات|آر بي جي|صواريخ|ذخيرة|ذخائر|أسلحة|سلاح|دراجة نارية|دراجات نارية|"
    "ناقلة|قافلة"
)
# Rounds and bombs: "سقوط 20 صاروخا" counts rockets, not the dead.
MUNITIONS: Final = _keys(
    "صاروخ|صاروخا|صاروخين|صاروخان|صواريخ|قذيفة|قذائف|قذيفتين|قنبلة|قنابل|عبوة|عبوات"
)
# Buildings, sites and parts of a town, counted: "أصابت الصواريخ ثلاثة أجزاء من العاصمة",
# "دمرت 5 منازل" count no people.
SITES_COUNTED: Final = _keys(
    "منزل|منازل|بيت|بيوت|مبنى|مبان|مباني|أجزاء|اجزاء|مواقع|أماكن|اماكن|أحياء|احياء|"
    "قرى|متاجر|محلات|دكاكين|مساجد|مدارس|جسور"
)
# The rounds with "ب" (by, with): "أصابتها بصاروخين", "عائدين ... بعبوة ناسفة".
BY_MUNITIONS: Final = frozenset("ب" + m for m in MUNITIONS)
# An operation of the forces, by its noun: "نفذت القوات عملية", "عمليات عسكرية".
OPERATIONS: Final = frozenset(_keys("عملية|عمليتين|عمليات|عملياتها"))
# Events counted ("في تسع عمليات", "خلال ثلاث هجمات"): a figure before them counts events,
# not people.
EVENTS_COUNTED: Final = frozenset(
    _keys(
        "عملية|عمليات|هجوم|هجوما|هجمات|غارة|غارات|ضربة|ضربات|تفجير|تفجيرات|انفجار|انفجارات|"
        "اشتباك|اشتباكات|معركة|معارك|حادث|حوادث|حادثة|كمين|كمائن|مداهمة|مداهمات"
    )
)
# A class of events told in the plural ("الهجمات التي تكاثرت منذ مطلع العام وسقط
# فيها حوالى 200 شخص"): what a relative clause counts of them is a tally over a period.
EVENTS_OF_A_CLASS: Final = frozenset(
    _keys(
        "التفجيرات|الهجمات|العمليات|الغارات|الاعتداءات|الانفجارات|الحوادث|المعارك|"
        "الاشتباكات|الضربات"
    )
)
# The spans a class of events is counted over: "هذه السنة", "منذ مطلع العام".
PERIOD_WORDS: Final = frozenset(
    _keys("السنة|العام|الشهر|الأشهر|الاشهر|الأعوام|السنوات|منذ|ومنذ|الماضية|الأخيرة")
)
# Forces acting together with the subject, told between a verb and its object:
# "قتلت الدورية بمساندة الطيران ثمانية مسلحين".
IN_CONCERT: Final = frozenset(
    _keys("بالتعاون|بالتنسيق|بمساعدة|بمساندة|بدعم|بإسناد|بمشاركة|بالاشتراك")
)
# Aircraft called in to back a fight on the ground ("واستعان الجيش بمروحيات لتقديم الدعم"):
# their fire is the fight's, not a strike of its own.
AIR_SUPPORT: Final = _keys(
    "لتقديم الدعم|لتقديم الإسناد|الدعم الجوي|دعم جوي|دعما جويا|إسناد جوي|الإسناد الجوي|"
    "غطاء جوي|الغطاء الجوي|غطاء جويا"
)
# The kinds of the forces' operations: "عملية مشتركة", "عمليات أمنية"
OPERATION_KINDS: Final = frozenset(_keys("مشتركة|المشتركة|عسكرية|العسكرية|أمنية|الأمنية"))
EQUIPMENT_VERBS: Final = _keys(
    "دمر|دمرت|دمروا|تدمير|أحرق|أحرقوا|إحراق|احترق|احتراق|غنم|غنموا|غنيمة|استولى|استولوا|"
    "الاستيلاء|حصل|حصلوا|إسقاط|أسقط|أسقطوا|إعطاب|أعطب|تدميرها|دمرت"
)

WEEKDAYS: Final = _keys("الأحد|الاثنين|الإثنين|الثلاثاء|الثلثاء|الأربعاء|الخميس|الجمعة|السبت")
MONTHS: Final = _keys(
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
)

# Anaphora to places: the last place of that level.
ANAPHORA: Final[dict[str, str]] = {
    normalize(w): level
    for w, level in (
        ("المديرية", "district"),
        ("بالمديرية", "district"),
        ("والمديرية", "district"),
        ("للمديرية", "district"),
        ("الولاية", "province"),
        ("بالولاية", "province"),
        ("والولاية", "province"),
        ("للولاية", "province"),
        ("الإقليم", "province"),
        ("بالإقليم", "province"),
        ("المحافظة", "province"),
        ("بالمحافظة", "province"),
        ("المنطقة", "place"),
        ("بالمنطقة", "place"),
        ("للمنطقة", "place"),
        ("المدينة", "place"),
        ("بالمدينة", "place"),
        ("القرية", "place"),
        ("بالقرية", "place"),
        # "قرب المكان نفسه": the place told
        ("المكان", "place"),
        ("بالمكان", "place"),
    )
}
THE_CAPITAL: Final = frozenset(_keys("العاصمة|بالعاصمة|والعاصمة|للعاصمة"))
AFGHAN: Final = frozenset(_keys("الأفغانية|الافغانية"))
KABUL_NAMES: Final = frozenset(_keys("كابل|كابول"))
CAPITAL_WORDS: Final = _keys("مركز|عاصمة|وعاصمة|بمركز|بعاصمة|ومركز")
# Outlets that tell the news ("نقلت وكالة ... عن", "ذكرت صحيفة في باكستان أن").
OUTLETS: Final = frozenset(_keys("وكالة|وكالات|قناة|صحيفة|موقع|شبكة|تلفزيون|إذاعة"))


# Words that segmentation and the reading of the background share.
# The nouns that name an event told before, as a set: "المعركة", "الهجوم".
BACK_REFERENCES_SET: Final = frozenset(BACK_REFERENCES)
# The fighting: "القتال", "معارك".
FIGHTING: Final = frozenset(_keys("القتال|المعارك|الاشتباكات|المواجهات|معارك|اشتباكات"))
# The fighting told before, with its article: "الاشتباك", "المعركة".
THE_FIGHTING: Final = frozenset(_keys("الاشتباكات|الاشتباك|المعارك|المعركة|القتال|المواجهات"))
# The second one and the first: "الهجوم الثاني", "العملية الأولى".
SECOND: Final = frozenset(_keys("ثانية|ثان|الثانية|الثاني|ثاني"))
THE_FIRST: Final = frozenset(_keys("الأولى|الأول"))
# Spans a past event is dated by: "الأسبوع الماضي", "الشهر الماضي".
PAST_SPANS: Final = frozenset(_keys("الأسبوع|الشهر|العام"))
# The preposition that opens a frame of place: "وفي ولاية ...".
IN_FRAMES: Final = frozenset(_keys("وفي|في"))
# As is usual: "كما تفعل عادة", a habit.
HABIT: Final = frozenset(_keys("عادة"))
# "في وقت سابق": earlier, its two words.
EARLIER_TIME: Final = (normalize("وقت"), normalize("سابق"))
