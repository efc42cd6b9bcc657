"""The event type a sentence tells, read from its triggers: each case a construction of
Arabic reporting, in sentences written for the test."""

from __future__ import annotations

import pytest

from incidents.events import event_type
from incidents.extract import extract_article
from incidents.tokens import tokenize


@pytest.mark.parametrize(
    ("construction", "sentence", "etype"),
    [
        # shells fired with small arms are an assault's, not shelling
        (
            "shells with small arms",
            "أطلق عشرة مسلحين النار على الدورية بأسلحة خفيفة وقذائف.",
            "attack",
        ),
        # the bomber named between the verb and himself
        ("detonated himself, subject between", "وفجر مهاجم نفسه عند مدخل المحكمة.", "suicide_bomb"),
        # "أغار" alone is a raid on the ground; with aircraft it is an air strike
        ("raid on the ground", "وقتل أربعة شرطيين بعدما أغارت طالبان على نقطة تفتيش.", "attack"),
        ("raid from the air", "أغارت طائرات حربية على مواقع للمسلحين في الولاية.", "airstrike"),
        # a warplane in the singular, whose fire killed by mistake
        (
            "a warplane, singular",
            "قتل ثلاثة جنود بنيران صديقة أطلقتها طائرة حربية أمريكية عن طريق الخطأ.",
            "airstrike",
        ),
        # an attack told by its bomb is a bomb's; a hand grenade thrown stays an attack
        ("attack by a bomb", "وقتل ثلاثة جنود في هجوم بقنبلة غربي البلاد.", "ied"),
        ("attack by a hand grenade", "وأصيب جنديان في هجوم بقنبلة يدوية على الدورية.", "attack"),
        ("attack by the bomb, definite", "قتل جندي أمريكي في هجوم بالقنبلة غرب البلاد.", "ied"),
        (
            "the fighting of years",
            "تنهي القوات الهولندية مهمتها في إقليم أوروزغان بعد أربعة أعوام من القتال.",
            None,
        ),
        (
            "the bomb vehicle's own driver",
            "ذكر الجيش أن رجلا يقود شاحنة محملة بمتفجرات فجرها عند بوابة القاعدة.",
            "suicide_bomb",
        ),
        (
            "attack carried out by a helicopter",
            "قتل جنديان باكستانيان في هجوم شنته مروحية تابعة للحلف على موقع حدودي.",
            "airstrike",
        ),
        ("attack by a homemade bomb", "وقتل جندي في هجوم بقنبلة يدوية الصنع.", "ied"),
        ("a bombing told by its adjective", "ونجا الحاكم من هجوم تفجيري استهدف موكبه.", "ied"),
        ("... a suicide one", "وقتل خمسة في هجوم تفجيري انتحاري قرب المطار.", "suicide_bomb"),
        # the blast of a hand grenade is the grenade's own; a bomb besides it is a bomb's
        (
            "blast of a hand grenade thrown",
            "وأصيب ثلاثة شرطيين في انفجار قنبلة يدوية ألقيت على نقطة التفتيش.",
            "attack",
        ),
        (
            "a mine and a hand grenade",
            "وأصيب ثلاثة شرطيين في انفجار لغم ثم قنبلة يدوية ألقيت على نقطة التفتيش.",
            "ied",
        ),
        # the side of a road holds a roadside bomb, and also trucks parked there
        (
            "fire at trucks by the roadside",
            "وأطلق مسلحون النار على شاحنات كانت متوقفة على جانب الطريق فأصابوا سائقين.",
            "attack",
        ),
        ("roadside bomb", "وقتل جنديان بقنبلة زرعت على جانب الطريق.", "ied"),
        # an execution of people held (put to death, slaughtered, beheaded, hanged, stoned)
        # is no attack on them: `other`, as an abduction is
        ("slaughter", "وذبح مسلحون أربعة من الرهائن في القرية.", "other"),
        ("executed", "وأعدم مقاتلو الحركة ثلاثة رجال اتهموهم بالعمل لصالح الحكومة.", "other"),
        ("execution noun", "وقامت الجماعة بإعدام سائقين خطفتهم الأسبوع الماضي.", "other"),
        ("beheaded", "وقال الحاكم إن المسلحين قطعوا رؤوس خمسة من عمال الطريق.", "other"),
        ("beheaded, possessive", "وأكد الحاكم أن المسلحين قتلوا الرجال بقطع رؤوسهم.", "other"),
        ("hanged", "وشنقوا رجلين على شجرة قرب السوق.", "other"),
        ("stoned", "وقالت الشرطة إن امرأة قتلت رجما في قرية نائية.", "other"),
        ("stoned, the passive", "وقال المسؤول إنه رجم رجلان حتى الموت في القرية.", "other"),
        ("a group's death sentence", "ونفذ التنظيم حكم الإعدام في خمسة من الأسرى.", "other"),
        ("found beheaded", "وعثر القرويون على أربعة رجال مقطوعي الرؤوس قرب الطريق.", "other"),
        # an assault named first, the killing of its captives after: the assault
        ("assault then slaughter", "هاجم مسلحون قرية نائية وذبحوا سبعة من سكانها.", "attack"),
        # forces, the subject before or after the verb of attacking, and militants its
        # object: the forces' fight; militants attacking forces stay an attack
        (
            "forces attacked a militants' hideout",
            "وقالت الوزارة إن القوات الحكومية هاجمت مخبأ لطالبان وقتلت خمسة مسلحين.",
            "armed_clash",
        ),
        (
            "forces raided a militants' cell",
            "أغارت قوات التحالف على خلية لطالبان في الولاية.",
            "armed_clash",
        ),
        ("militants attacked the forces", "هاجمت طالبان قوات الأمن في الولاية.", "attack"),
        # men killed and others taken prisoner in an ambush: an attack that also captures
        (
            "killed and captured in an ambush",
            "قتل مسلحون سبعة من رجال الشرطة وأسروا اثنين منهم في كمين.",
            "attack",
        ),
        # "إطلاق رصاص": gunfire, as "إطلاق نار"
        ("gunfire (إطلاق رصاص)", "وقتل العضو بعد تعرضه لإطلاق رصاص من مسلحين.", "attack"),
        # "مكمن": an ambush, as "كمين"
        ("ambush (مكمن)", "وسقط الجنود في مكمن نصبه المسلحون على الطريق.", "attack"),
        # "مصادمات": clashes, as "اشتباكات"
        ("clashes (مصادمات)", "وقتل سبعة جنود في مصادمات مع المسلحين في الولاية.", "armed_clash"),
        # magnetic bombs in the plural are bombs still
        ("magnetic bombs", "واستهدفت سيارة للجيش بقنابل مغناطيسية في كابول.", "ied"),
        # a district or a post taken or besieged, in a group's own claim
        ("a district liberated", "تمكن المجاهدون من تحرير مديرية زنه خان بعد حصار.", "attack"),
        ("a siege", "وبدأ المجاهدون حصار مركز المديرية قبل أسبوعين.", "attack"),
        # a town or a post taken: a battle for it, as ACLED codes a territory overtaken
        ("a post seized", "وقال إن المسلحين استولوا على مركز الشرطة في المديرية.", "armed_clash"),
        ("a town taken", "وسيطرت حركة طالبان أمس على مدينة قندوز بعد معارك.", "armed_clash"),
        ("a seat taken", "وأعلن نائب أن الحركة استولت على فايزاباد عاصمة الولاية.", "armed_clash"),
        ("taking a base", "وأكد القائد تمكن الحركة من السيطرة على قاعدة أمريكية.", "armed_clash"),
        ("a seat taken, the noun", "وتمكنت القوات من الاستيلاء على مركز المديرية.", "armed_clash"),
        ("when taking a post", "وأسروا عشرة من الشرطة لدى السيطرة على حاجز تفتيش.", "armed_clash"),
        (
            "after the takers' taking, by its pronoun",
            "وقال إنه عقب سيطرتهم على المديرية وقع 28 جنديا أسرى بأيدي طالبان.",
            "armed_clash",
        ),
        (
            "a town seized, its subject and a time between",
            "كما استولت طالبان، مساء السبت، على مدينة مزار الشريف، عاصمة ولاية بلخ.",
            "armed_clash",
        ),
        (
            "a place taken, a time between",
            "وقال المسؤولون إن المسلحين سيطروا خلال الساعات الأربع والعشرين الماضية على منطقة.",
            "armed_clash",
        ),
        ("places taken, counted", "وسيطرت الحركة على عدد من المناطق في الولاية.", "armed_clash"),
        # control told as won: announced or made firm
        ("control announced", "أعلنت حركة طالبان سيطرتها على مدينة تالقان.", "armed_clash"),
        (
            "control announced, the day between",
            "أعلنت حركة طالبان الأفغانية، مساء الأربعاء، سيطرتها على مدينة فراه.",
            "armed_clash",
        ),
        ("control made firm", "وتمكن المقاتلون من إحكام سيطرتهم على منطقة.", "armed_clash"),
        ("after the taking", "يأتي ذلك بعد سيطرة الحركة اليوم على مدينة قندوز.", "armed_clash"),
        # a raid that kills is an attack; one that arrests stays a raid (below)
        (
            "a raid that kills",
            "وقال مسؤول إن قوات خاصة قتلت ثلاثة قرويين عندما داهمت منزلا ليلا.",
            "attack",
        ),
        ("a raid that arrests", "داهمت القوات منزلا واعتقلت ثلاثة مشتبه بهم.", "other"),
        (
            "a helicopter dropping bombs",
            "قتل ثلاثة قرويين حين ألقت مروحية تابعة للقوات الدولية قنابل على منزلهم.",
            "airstrike",
        ),
        (
            "the taking told of after عن",
            "وتحدث القائد في تسجيل مصور عن سيطرة مقاتليه على مركز مديرية جاغوري.",
            "armed_clash",
        ),
        # a town entered, as announced
        (
            "a town entered, announced",
            "وأعلن المسلحون دخول مدينة فيض آباد صباح اليوم.",
            "armed_clash",
        ),
        (
            "taken back, the noun",
            "وتمكنت قوات الأمن من استعادة السيطرة على مديرية خواجة غار.",
            "armed_clash",
        ),
        # a town fallen into a side's hands is a battle for it
        (
            "a town fallen into hands",
            "سقطت مدينة قلعة نو اليوم بأيدي حركة طالبان بعد حصار دام أسابيع.",
            "armed_clash",
        ),
        (
            "a district's seat fallen into hands",
            "وقال مسؤولون إن مركز المديرية سقط في أيدي المسلحين مساء أمس.",
            "armed_clash",
        ),
        (
            "seats taken, in the plural",
            "وسيطرت الحركة على عواصم ثلاث ولايات في الشمال خلال يومين.",
            "armed_clash",
        ),
        (
            "a village occupied",
            "واحتل مسلحون من الحركة قرية في الولاية وأسروا ثلاثة جنود.",
            "armed_clash",
        ),
        (
            "prisoners who escaped",
            "وهرب أكثر من 300 سجين من السجن المركزي في المدينة فجر اليوم.",
            "other",
        ),
        ("escaped from a prison", "وقالت الشرطة إن 20 من السجناء هربوا من سجن الولاية.", "other"),
        ("a prison taken", "وذلك بعد سيطرة الحركة على السجن الرئيسي ليلا.", "armed_clash"),
        (
            "a sweep named by its adjective",
            "وقتل 12 مسلحا في عملية تمشيطية بالولاية.",
            "armed_clash",
        ),
        ("a fall with no hands is no taking", "سقطت قذيفة هاون على سوق المدينة.", "shelling"),
        # "مواجهة" with an adjective or "مع" is a confrontation
        ("an armed confrontation", "قتل ثلاثة جنود في مواجهة مسلحة مع طالبان.", "armed_clash"),
        ("a confrontation with", "قتل ثلاثة جنود في مواجهة مع المسلحين.", "armed_clash"),
        # a vehicle that ran over a bomb
        (
            "ran over a bomb",
            "قتل عشرات المسافرين عندما مرت الحافلة التي كانوا فيها فوق قنبلة على طريق سريع.",
            "ied",
        ),
        ("hit a bomb", "وقتل ثلاثة جنود عندما اصطدمت بقنبلة قرب السوق.", "ied"),
        # "هجوم جوي": an attack from the air is an air strike, not an assault
        ("an air attack", "قال مسؤولون إن قائدا محليا قتل في هجوم جوي ليلة أمس.", "airstrike"),
        ("air attacks, definite", "وقتل سبعة مسلحين في الهجمات الجوية على مخابئهم.", "airstrike"),
        (
            "a noun phrase trigger in the accusative agrees in case",
            "قال إن رجلا يرتدي حزاما ناسفا دخل المسجد وفجر شحنته.",
            "suicide_bomb",
        ),
        (
            "a dual noun phrase trigger",
            "وانفجرت عبوتان ناسفتان قرب السوق.",
            "ied",
        ),
        (
            "fire opened with the subject between verb and object",
            "أطلق شرطي في نقطة التفتيش النار على زملائه.",
            "attack",
        ),
        (
            "an exchange of fire with the subject between is a clash",
            "تبادلت قوات الحدود الأفغانية والباكستانية إطلاق النار قرب المعبر.",
            "armed_clash",
        ),
        (
            "a mutual attack is a clash",
            "وشن الطرفان هجوما متبادلا استمر ساعات.",
            "armed_clash",
        ),
        (
            "an operation of the forces in which fighters die is a clash",
            "قتل عشرون مسلحا خلال عملية مشتركة للقوات الأفغانية والأجنبية.",
            "armed_clash",
        ),
        (
            "an aircraft without a pilot, written with من",
            "قصفت طائرة من دون طيار منزلا في القرية.",
            "airstrike",
        ),
        (
            "a car rigged with explosives is a bomb",
            "دمرت سيارة ملغومة مركزا للشرطة.",
            "ied",
        ),
        ("setting fire to trucks is an attack", "أضرم مسلحون النار في ست شاحنات وقود.", "attack"),
        ("planting the bomb tells a bomb", "وقال إن مقاتلي الحركة زرعوا القنبلة.", "ied"),
        (
            "killing told with its armed agent is an attack",
            "وقال إن مسلحين مجهولين قتلوا ثلاثة مهندسين.",
            "attack",
        ),
        ("the killers after the verb, in the nominative", "قتل مسلحون حارسين للمدرسة.", "attack"),
        ("snipers in the plural", "قتل جنديان بنيران قناصة المسلحين.", "attack"),
        (
            "an attack that kills and also abducts is an attack",
            "قتل مسلحون أربعة عمال وخطفوا اثنين آخرين في هجوم على مكتبهم.",
            "attack",
        ),
        ("an abduction without a death is an abduction", "خطف مسلحون مهندسين في هجوم.", "other"),
        # (ACLED counts a raid that kills as a battle or violence against civilians, never
        # as "other"; three held-out sets' gold agree, an older one did not)
        (
            "a night raid that kills is an attack",
            "داهمت القوات منزلا ليلا وأطلقت النار وقتلت ثلاثة أشخاص.",
            "attack",
        ),
        (
            "the first word of a trigger phrase alone does not name its means first",
            "شن مسلحون هجوما بقذائف الهاون على القاعدة أعقبه اشتباك مع الحراس.",
            "shelling",
        ),
        ("dawn with the article", "هاجم المسلحون مراكز الشرطة قبل الفجر.", "attack"),
        ("dawn after a word of time", "هاجم المسلحون مراكز الشرطة قبل فجر اليوم.", "attack"),
        ("the verb itself still detonates", "وفجر مسلحون عبوة ناسفة قبل الفجر.", "ied"),
        (
            "the blast of a rocket is the rocket's",
            "قتل 12 شخصا في انفجار صاروخي ضرب منزلا.",
            "shelling",
        ),
        ("counted gunmen before the verb are its dead", "قال إن ثمانية مسلحين قتلوا.", None),
        (
            "a hold made firmer is no taking",
            "وقد عزز مقاتلو الحركة سيطرتهم على معظم مقاطعات البلاد.",
            None,
        ),
        ("bombs thrown by hand", "وقال إن مسلحين ألقوا قنابل على مدرسة للبنين.", "attack"),
        (
            "a vehicle bomb rammed into its target is a suicide bombing",
            "وأضاف أن المهاجم اصطدم بالشاحنة المفخخة بمبنى المديرية.",
            "suicide_bomb",
        ),
        ("a vehicle bomb that went off is a bomb", "انفجرت سيارة مفخخة قرب السوق.", "ied"),
        ("gunmen before the verb and its object kill", "قال إن مسلحين قتلوا جنديين.", "attack"),
        (
            "the forces' operation against armed groups is a clash",
            "قتل 30 مسلحا في عملية لمكافحة الإرهاب في الولاية.",
            "armed_clash",
        ),
        (
            "an attack carried out by warplanes is an air strike",
            "قتل 17 مدنيا إثر هجوم قامت به المقاتلات الأمريكية على قرية.",
            "airstrike",
        ),
        (
            "operations the air force carried out are air strikes",
            "قتل 40 مسلحا خلال عمليتين شنتهما القوات الجوية في الإقليم.",
            "airstrike",
        ),
        (
            "the air force as the subject of a strike is an air strike",
            "وقال إن القوات الجوية الأفغانية استهدفت مخبأ للمسلحين في القرية.",
            "airstrike",
        ),
        (
            "an American bombardment is an air strike",
            "ونقل مراسل عن سكان أن 28 مدنيا قتلوا إثر قصف أميركي استهدف مجموعة من المارة.",
            "airstrike",
        ),
        (
            "an American bomb that missed its target fell from the air",
            "قتل 11 مدنيا عندما أخطأت قنبلة أمريكية هدفها وسقطت على منزل.",
            "airstrike",
        ),
        (
            "a plane dropping a guided bomb is an air strike",
            "وقال إن طائرة تابعة للحلف ألقت قنبلة موجهة على المجمع.",
            "airstrike",
        ),
        (
            "a strike with guided munitions is an air strike",
            'وقالت القوات إن "ضربة بذخيرة موجهة بدقة" قتلت عددا من المسلحين.',
            "airstrike",
        ),
        (
            "Taliban bombardment stays shelling",
            "قتل ثلاثة مدنيين في قصف لطالبان على مركز المديرية.",
            "shelling",
        ),
        (
            "men of the air force killed by a bomb make no air strike",
            "قتل ستة من أفراد القوات الجوية إثر انفجار قنبلة في المدينة.",
            "ied",
        ),
        (
            "a noun in the accusative after inna is no verb after an",
            "قالت الشرطة إن تبادلا لإطلاق النار وقع عند نقطة تفتيش.",
            "armed_clash",
        ),
        (
            "a future verb after kana tells what they were going to do, not what they did",
            "قتلت القوات بالرصاص ثلاثة كانوا سينفذون تفجيرات انتحارية قرب مكتب الحاكم.",
            "attack",
        ),
        (
            "the cause of the dead counted is the event",
            "قتل خمسة مدنيين جراء الانفجار في السوق.",
            "ied",
        ),
        (
            "the verbal noun of attacking after qama bi is an attack",
            "وقامت قوات من طالبان بمهاجمة عربة دورية للشرطة.",
            "attack",
        ),
        (
            "a town told fallen as the verb's subject is taken",
            "وسقطت مدينة فيض آباد بعد ظهر الأحد.",
            "armed_clash",
        ),
        (
            "the arms backing the forces are no event of their own",
            "وتمكنت القوات الحكومية المدعومة بغارات جوية من استعادة مديرية ناوة.",
            "armed_clash",
        ),
        (
            "two arms backing the forces, joined by wa",
            "وتمكن الجيش مدعوما بالمدفعية الثقيلة وقصف جوي من استعادة مديرية ناوة.",
            "armed_clash",
        ),
        (
            "a place taken back, its object right after the verbal noun",
            "وتمكنت القوات من استرداد منطقة كالدار من طالبان.",
            "armed_clash",
        ),
        (
            "forces withdrawn from a town is ground given up",
            "وانسحبت وحدات الجيش ليلا من مدينة قلات مركز الولاية.",
            "other",
        ),
        (
            "the noun of withdrawal from a district",
            "وأكد الجيش انسحاب جنوده من مديرية واشير بعد حصار طويل.",
            "other",
        ),
    ],
)
def test_event_type_of_a_construction(construction, sentence, etype):
    assert event_type(tokenize(sentence)) == etype, construction


@pytest.mark.parametrize(
    ("construction", "sentence"),
    [
        ("a ceasefire is no shooting", "دعت الحكومة إلى وقف إطلاق النار خلال العيد."),
        (
            "a ceasefire told with words between the halt and the firing",
            "واقترح الرئيس وقفا مؤقتا غير مشروط لإطلاق النار خلال العيد.",
        ),
        ("anger that bursts is no explosion", "ثم انفجر غضبا خلال الجلسة."),
        ("an election battle is no battle", "وتحتدم المعركة الانتخابية في العاصمة."),
        ("a war of words is no attack", "وشن زعيم المعارضة هجوما لاذعا على الحكومة."),
        ("officials attacking a country in words", "هاجم مسؤولون أفغان اليوم إيران بشدة."),
        ("a gas cylinder that explodes is an accident", "وأدى انفجار أسطوانة غاز إلى حريق."),
        ("a call to halt the fighting is no fighting", "وطالب المجلس بوقف القتال فورا."),
        ("clearing mines is no mine attack", "وتعمل فرق نزع الألغام في الولاية منذ سنوات."),
        ("sweeping mines is no mine attack", "وكانوا يقومون بكسح ألغام وعبوات ناسفة في القرية."),
        (
            "a relative clause that describes a place by what it has seen",
            "وتظاهر السكان في القرى التي تعرضت لهجمات خلال الصيف.",
        ),
        ("destruction by nature", "وكانوا يزورون عيادة في منطقة التي دمرت السيول طرقها."),
        ("control held in the present", "وتبسط الحركة سيطرتها على نصف مديريات الولاية."),
        ("people who fled no prison", "وفر السكان من القرية بعد وصول المسلحين."),
        ("entering told unannounced", "ومنعت الشرطة دخول المدينة على الشاحنات."),
        ("a country occupied is the war", "منذ أن احتلت القوات الأجنبية أفغانستان قبل عشرين عاما."),
        ("a withdrawal from the country is the war", "وبدأ انسحاب القوات الأجنبية من البلاد."),
        ("a withdrawal called for", "ودعا حاكم الولاية إلى انسحاب القوات الأجنبية من المنطقة."),
        ("a withdrawal planned", "وقرر الجيش الانسحاب من قاعدة باغرام الشهر المقبل."),
        ("a delegation leaving talks", "وانسحب الوفد الأفغاني من مقر المفاوضات في الدوحة."),
        ("rain falling on a town", "وسقطت أمطار غزيرة على مدينة هرات أمس."),
        ("calm restored", "وتمكنت الشرطة من استعادة الهدوء في المدينة."),
        ("a retaking sought", "وتسعى القوات الحكومية إلى استعادة مديريتي نورغل وتشوكي."),
        ("influence in a region won back", "واستعادت روسيا نفوذها الإقليمي في آسيا الوسطى."),
        # "في مواجهة" / "لمواجهة" before a definite noun: against, to face
        (
            "facing as a preposition",
            "وتنتشر قوات أجنبية في البلاد لدعم الجيش في مواجهة المتمردين.",
        ),
        ("facing as a purpose", "وأرسلت الحكومة تعزيزات لمواجهة المسلحين في المدينة."),
        (
            "posts that fell in an attack told",
            "وأوضح مسؤول أن ثلاثة حواجز سقطت لفترة وجيزة بيد المسلحين قبل أن تستعيدها القوات.",
        ),
        (
            "the fighting named as the cause of an emergency",
            "أعلنت القوات الأفغانية حالة الطوارئ في ثلاث ولايات بسبب القتال مع حركة طالبان.",
        ),
    ],
)
def test_a_figure_of_speech_tells_no_event(construction, sentence):
    assert event_type(tokenize(sentence)) is None, construction


def test_no_generated_trigger_form_is_a_place_name(gaz):
    from gazetteer.normalize import normalize
    from incidents import lexicon as lx
    from incidents.eventtypes import REGISTRY

    lemmas = {normalize(lemma) for t in REGISTRY for lemma in t.lemmas}
    clashes = []
    for forms in lx.EVENT_TRIGGERS.values():
        for form in forms:
            if " " in form or form in lemmas:
                continue
            best = gaz.match(form, fuzzy=False).best
            if (
                best is not None
                and best.method == "exact"
                and best.entry.level in ("province", "district", "outside")
            ):
                clashes.append((form, best.entry.id))
    assert clashes == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وصدر حكم بالإعدام على الرجل الذي أدين بالتجسس.",
        "وقضت المحكمة بإعدام ثلاثة متهمين في قضية قتل.",
        "وأصدرت المحكمة حكما غيابيا بالإعدام على قائد المجموعة.",
        "ونفذت السلطات حكم الإعدام بحق خمسة مدانين في سجن العاصمة.",
    ],
)
def test_a_death_sentence_passed_is_no_execution(sentence):
    assert event_type(tokenize(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "واعتقلت الشرطة انتحاريا كان يرتدي حزاما قرب مبنى البلدية.",
        "وقالت الاستخبارات إنها ألقت القبض على انتحاري قبل وصوله إلى المسجد.",
        "اعتقلت قوات الأمن الليلة الماضية أربعة مهاجمين انتحاريين كانوا يعدون لهجمات.",
    ],
)
def test_a_suicide_bomber_arrested_is_an_arrest_not_a_bombing(sentence):
    assert event_type(tokenize(sentence)) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "واعتقلت الشرطة انتحاريا ثانيا بعد أن فجر زميله نفسه عند البوابة.",
        "فجر انتحاري نفسه قرب مركز للشرطة واعتقلت القوات شخصين.",
    ],
)
def test_a_bomber_arrested_beside_a_blast_keeps_the_bombing(sentence):
    assert event_type(tokenize(sentence)) == "suicide_bomb"


@pytest.mark.parametrize(
    "sentence",
    [
        # the aircraft drops its bombs: "أسقط" with the aircraft as subject and bombs after
        "وأسقطت طائرة من طراز بي 52 قنبلة قرب القرية فقتلت ثلاثة مدنيين.",
        "وألقت القاذفة قنبلتين كبيرتين على مواقع المسلحين في الجبال.",
        # a bomber, named by its make or its country, not a soldier's launcher
        "وأغارت قاذفة أمريكية صباح اليوم على مواقع المسلحين في الجبال.",
        # the bomb first, then the verb with its pronoun and the aircraft that dropped it
        "وقتلت أسرة جراء انفجار قنبلة ألقتها طائرة أجنبية على منزلها.",
        "وقتل ثلاثة مدنيين بقنبلة أسقطتها على القرية طائرات التحالف.",
        # bombed "by air", the adverb after the verb or its subject
        "وقالت الحركة إن القوات الأمريكية قصفت جوا قرية في المديرية فقتلت ثلاث نساء.",
        "وقصفت القوات الحكومية جواً منازل المدنيين في القرية.",
    ],
)
def test_an_aircraft_that_drops_its_bombs_is_an_air_strike(sentence):
    assert event_type(tokenize(sentence)) == "airstrike"


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb, its subject, then the aircraft brought down by a rocket
        "وأسقط المسلحون طائرة مروحية بصاروخ قرب القاعدة.",
        "وأسقطت الحركة طائرة مروحية للجيش بصواريخ في الوادي.",
    ],
)
def test_an_aircraft_brought_down_after_its_shooters_is_an_attack(sentence):
    assert event_type(tokenize(sentence)) == "attack"


def test_a_launcher_is_no_bomber_aircraft():
    assert event_type(tokenize("وهاجم مسلحون بقاذفات صواريخ مركزا للشرطة.")) != "airstrike"


@pytest.mark.parametrize(
    "sentence",
    [
        "ودعا المجلس إلى الوقف الفوري لجميع أشكال الهجمات على المدارس.",
        "وطالب الزعماء بإنهاء العمليات العسكرية في المناطق السكنية.",
    ],
)
def test_attacks_a_call_would_halt_are_no_event(sentence):
    assert event_type(tokenize(sentence)) is None


def test_a_call_to_halt_strikes_keeps_the_strike_it_follows():
    sentence = "ودعت الحكومة إلى وقف الغارات بعد مقتل 12 مدنيا في غارة جوية على قرية."
    assert event_type(tokenize(sentence)) == "airstrike"


def test_what_a_man_wanted_to_blow_up_is_no_blast():
    sentence = "وقالت الشرطة إن الشاب كان يريد تفجير سيارته قرب المسجد."
    assert event_type(tokenize(sentence)) is None


def test_the_bomber_told_again_with_nothing_blown_up_is_no_bombing():
    # "إن الانتحاري وصل إلى البوابة": the man told before
    assert event_type(tokenize("وذكروا أن الانتحاري وصل إلى البوابة بين الزوار.")) is None
    # blowing up, in any form, is the bombing
    assert event_type(tokenize("وأوضح أن الحراس رأوا الانتحاريين ففجرا نفسيهما.")) == (
        "suicide_bomb"
    )


def test_an_attack_someone_was_arrested_for_intending_is_no_event():
    # "بسبب عزمه تنفيذ ...": the intent, a noun with its pronoun
    sentence = "وأوقفت الشرطة رجلا بسبب عزمه تنفيذ تفجير انتحاري داخل السوق."
    assert event_type(tokenize(sentence)) != "suicide_bomb"


def test_the_event_named_after_another_event_and_after_is_the_earlier_one():
    # "أعدم التنظيم ... بعد اقتتال": the executions told, the infighting came before
    sentence = "أعدمت الجماعة 12 أسيرا بعد اقتتال داخلي في الولاية."
    assert event_type(tokenize(sentence)) == "other"
    # with no event word before it, the one after "بعد" is the event's
    assert event_type(tokenize("قتل خمسة جنود بعد هجوم على حاجز.")) == "attack"


def test_a_bomb_car_driven_by_its_own_man_is_a_suicide_attack():
    # "بسيارته المحشوة بالمتفجرات": his own car, full of explosives, driven at the target
    sentence = "أطلق الحراس النار على رجل أراد أن يصدم بسيارته المفخخة بوابة القاعدة."
    assert event_type(tokenize(sentence)) == "suicide_bomb"
    # a car bomb of no one's is a bomb
    assert event_type(tokenize("انفجرت سيارة مفخخة قرب القافلة.")) != "suicide_bomb"


def test_the_laghman_province_is_no_pair_of_mines():
    sentence = "وقال المتحدث باسم حاكم ولاية لغمان إن المسلحين اقتحموا المكتب."
    assert event_type(tokenize(sentence)) == "attack"


def test_the_killed_counted_after_the_verb_are_no_killers():
    assert event_type(tokenize("وقتل 12 مسلحين في الولاية.")) is None


def test_an_aircraft_hit_by_the_rocket_makes_no_air_strike():
    tokens = tokenize(
        "قتل ثلاثة جنود بصاروخ أطلقه مسلحون على القاعدة الجوية، وأدى أيضا إلى تدمير مروحية عسكرية."
    )
    assert event_type(tokens) == "shelling"


def test_an_aircraft_that_fires_the_rockets_makes_an_air_strike():
    assert event_type(tokenize("أطلقت طائرة بدون طيار صاروخين على سيارة.")) == "airstrike"


def test_what_a_man_was_in_charge_of_is_no_event_type():
    # "كان مسؤولا عن صنع السترات المفخخة": his part in other attacks
    charge = "وقالت مصادر إن القيادي كان مسؤولا عن صنع السترات المفخخة لشن عمليات انتحارية."
    assert event_type(tokenize(charge)) is None


def test_an_attack_the_air_force_carried_out_is_an_air_strike():
    flown = (
        "واستخدم سلاح الجو الأفغاني مروحيات هجومية لضرب المسلحين واستهدفت المجموعة الأولى "
        "في مديرية كوت، حيث قتل 11 مسلحا."
    )
    assert event_type(tokenize(flown)) == "airstrike"
    # an aircraft attacked or downed is no strike from the air
    struck = "وتعرضت المروحية العسكرية لهجوم مسلح من قبل المسلحين."
    assert event_type(tokenize(struck)) == "attack"
    assert event_type(tokenize("أعلنت حركة طالبان إسقاط مروحية ومقتل 20 جنديا.")) == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "لقي خمسة أطفال حتفهم حين انفجرت قذيفة هاون كانوا يعبثون بها قرب منزلهم.",
        "وأصيب ثلاثة رعاة بانفجار قذيفة من مخلفات الحرب في الوادي.",
    ],
)
def test_a_shell_no_one_fired_is_a_device_gone_off_not_shelling(sentence):
    assert event_type(tokenize(sentence)) == "ied"


def test_rockets_that_fell_on_a_town_are_shelling():
    assert event_type(tokenize("سقطت ست قذائف صاروخية على أحياء المدينة مساء أمس.")) == "shelling"


def test_rockets_fired_on_a_province_or_its_villages_are_shelling():
    sentence = "وقال المسؤول إن الجيش أطلق مئتي قذيفة صاروخية على قرى مديرية دانغام."
    assert event_type(tokenize(sentence)) == "shelling"


def test_rockets_fired_in_an_assault_are_direct_fire():
    assert event_type(tokenize("هاجم المسلحون الحاجز بالقذائف الصاروخية والرشاشات.")) == "attack"


def test_a_long_list_of_seized_things_tells_no_bombing():
    tokens = tokenize("وأضاف البيان أنه تم ضبط 660 كيلوغراما من مادة نترات الأمونيا ولغما أرضيا.")
    assert event_type(tokens) != "ied"


def test_each_item_joined_to_a_list_seized_is_seized_too():
    # the list runs past the first words while its items are joined by "و"
    seized = (
        "كما صادرت القوات 14 بندقية كلاشنكوف، و 6 قاذفات آر بي جي، وبندقيتين من نوع قناص "
        "روسية الصنع، ومنظارا ليليا."
    )
    assert event_type(tokenize(seized)) is None
    # a verb joined after the list tells an event of its own
    attacked = "كما صادرت القوات 14 بندقية، وهاجمت بعد ذلك مخبأ المسلحين بالقنابل اليدوية."
    assert event_type(tokenize(attacked)) is not None


def test_seized_bombs_tell_no_bombing():
    tokens = tokenize("وأضاف البيان أن قوات الأمن صادرت أسلحة وعبوات ناسفة خلال العملية.")
    assert event_type(tokens) != "ied"


def test_explosives_destroyed_tell_no_bombing_but_a_bomb_that_destroyed_does():
    cache = "وأسفرت العملية عن مقتل ستة مسلحين وتدمير 40 كيلوغراما من المتفجرات محلية الصنع."
    assert event_type(tokenize(cache)) != "ied"
    tank = "وأعلنت الحركة تدمير مدرعة للقوات الأجنبية بعبوة ناسفة في المديرية."
    assert event_type(tokenize(tank)) == "ied"


def test_arms_seized_from_a_post_tell_no_battle_and_control_held_is_no_event():
    # goods taken, though a post is named after them
    assert event_type(tokenize("وقال إن القوات استولت على أسلحة وذخائر المركز.")) is None
    # control held is a state, not the taking of a place
    assert event_type(tokenize("وباتت الحركة تسيطر على نصف مديريات الولاية.")) is None


def test_bomb_makers_named_by_their_trade_tell_no_bombing():
    tokens = tokenize("وأضاف أن من بين القتلى قائدا محليا وثلاثة خبراء متفجرات من المسلحين.")
    assert event_type(tokens) is None
    # the blast itself still is one
    assert event_type(tokenize("وقتل خبير متفجرات في انفجار عبوة ناسفة.")) == "ied"
    # "إبطال مفعول" (defusing) between the trade's people and the explosives
    tokens = tokenize("وكان الجندي يرافق فريقا من خبراء إبطال مفعول المتفجرات.")
    assert event_type(tokens) is None


def test_what_someone_planned_tells_no_event():
    tokens = tokenize("وقتلت القوات متشددا يشتبه بأنه خطط لتفجير انتحاري في العاصمة.")
    assert event_type(tokens) != "suicide_bomb"
    tokens = tokenize("وقال إن المسلحين كانوا يخططون لهجوم على مركز الشرطة.")
    assert event_type(tokens) is None


def test_what_someone_went_to_do_tells_no_event():
    tokens = tokenize(
        "وقال إن القوات كانت متجهة لتنفيذ عملية عسكرية عندما اصطدمت سيارتها بقنبلة مزروعة."
    )
    assert event_type(tokens) == "ied"


def test_no_operation_after_a_negation_tells_none():
    tokens = tokenize("يذكر أن الجيش لم يشن أي عملية عسكرية واسعة في المنطقة حتى الآن.")
    assert event_type(tokens) is None


def test_what_a_death_had_no_bearing_on_tells_no_event():
    # "لا علاقة لها بالمعارك": the wounds had nothing to do with the fighting
    tokens = tokenize("وتوفي جندي آخر متأثرا بجروح لا علاقة لها بالمعارك في جنوب البلاد.")
    assert event_type(tokens) is None
    attack = tokenize("قتل جندي في هجوم بالولاية فيما توفي آخر بجروح لا علاقة لها بالمعارك.")
    assert event_type(attack) == "attack"


def test_acid_thrown_on_people_is_an_attack():
    tokens = tokenize("رش مهاجمون مادة حمضية على وجوه تلميذات في طريقهن إلى المدرسة.")
    assert event_type(tokens) == "attack"


def test_an_adjective_after_a_plural_noun_is_plural_with_it():
    from incidents.events import plural_triggers_only

    assert plural_triggers_only(tokenize("ويقتل كثيرون في عمليات انتحارية وتفجيرات."))
    assert not plural_triggers_only(tokenize("وقتل كثيرون في عملية انتحارية."))


def test_events_in_general_told_after_the_event_give_it_no_means(gaz):
    from incidents.extract import extract_article

    text = (
        "انفجرت عبوة ناسفة بحافلة في مديرية دلارام بولاية نيمروز ما أدى إلى مقتل 12 مدنيا. "
        "ويقتل المدنيون في أفغانستان في عمليات انتحارية وتفجيرات بعبوات يزرعها المسلحون."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.event_type == "ied"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # militants the only dead: the forces' operation, a clash
        ("قالت وزارة الدفاع إن ثمانية مسلحين قتلوا في ولاية باكتيا.", "armed_clash"),
        # civilians among the dead: an attack
        ("قالت الشرطة إن ثمانية مدنيين قتلوا في ولاية باكتيا.", "attack"),
    ],
)
def test_an_event_told_by_its_toll_alone_takes_its_type_from_the_dead(gaz, sentence, etype):
    (inc,) = extract_article(sentence, gazetteer=gaz, article_id="t")
    assert inc.event_type == etype


def test_a_phrase_after_the_preposition_li_does_not_agree_with_its_noun():
    from incidents.eventtypes import inflections

    forms = inflections("تبادل لإطلاق النار")
    assert "تبادلا لاطلاق النار" in forms
    assert not any("لاطلاقا" in f or "لاطلاقين" in f for f in forms)
    assert "حزامين ناسفين" in inflections("حزام ناسف")  # an adjective agrees


def test_the_clashes_told_with_the_article_are_the_events_told_not_events_at_large():
    from incidents.events import plural_triggers_only

    assert not plural_triggers_only(tokenize("وقال إن الاشتباكات خلال الليل خلفت سبعة قتلى."))
    assert plural_triggers_only(tokenize("وتشهد الولاية اشتباكات متكررة."))


@pytest.mark.parametrize(
    "sentence",
    [
        "شن مسلحون هجوما بشاحنة مفخخة على فندق في العاصمة، تلته مواجهات مع قوات الأمن.",
        "شن المتمردون تفجيرا بسيارة مفخخة أعقبه هجوم مسلح على مقر الشرطة.",
        "بدأ الهجوم بتفجير سيارة مفخخة، من ثم بدأ مسلحون هجومهم على المقر.",
        "وأوضح أن المسلحين فجروا عبوة عند البوابة ثم هاجموا الثكنة.",
    ],
)
def test_a_blast_followed_by_an_assault_is_a_complex_attack(sentence):
    assert event_type(tokenize(sentence)) == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "أفاد مسؤول بوقوع انفجارات وسماع إطلاق للنار قرب مقر البلدية في مدينة قندوز.",
        "وقع انفجار وإطلاق نار كثيف عند مدخل مجمع حكومي في مدينة هرات.",
    ],
)
def test_blasts_joined_with_gunfire_are_a_complex_attack(sentence):
    # explosions and gunfire told together: an assault, more than a bomb
    assert event_type(tokenize(sentence)) == "attack"


def test_a_raid_militants_carried_out_is_on_the_ground():
    # "شنوا غارة" with militants as its agent: a raid, no strike from the air
    raid = "وذكر مسؤولون أن عشرات المسلحين شنوا غارة على مواقع حدودية قبيل الفجر."
    assert event_type(tokenize(raid)) == "attack"
    # militants as the victims of a raid an aircraft carried out
    strike = "قتل نحو 20 من مسلحي طالبان في غارة شنتها طائرة أمريكية في ولاية كونر."
    assert event_type(tokenize(strike)) == "airstrike"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # forces launch the raid: "نفذت غارة", "غارة شنتها"
        ("وقالت مصادر إن قوات خاصة أفغانية نفذت غارة على مخبأ للمسلحين.", "armed_clash"),
        ("وقتلت قوات الأمن ثلاثة مسلحين خلال غارة شنتها على قرية في المديرية.", "armed_clash"),
        # forces named, but the raid is their aircraft's
        ("وقتلت القوات ثلاثة مسلحين في غارة شنتها طائرات حربية على قرية.", "airstrike"),
        # ... and so is one Afghan forces launched, named after the verb
        ("قتل سبعة مسلحين في غارة شنتها قوات الأمن الأفغانية على قرية.", "armed_clash"),
        # the verb first, Afghan forces its subject, then the raid
        ("وشنت القوات الخاصة غارة على قرية في المديرية وقتلت أربعة مسلحين.", "armed_clash"),
        # ... and what it destroyed besides, no attack of its own
        ("كما شنت القوات الخاصة غارات في الولاية أودت بحياة 9 مسلحين وتدمير مخبأ.", "armed_clash"),
        # the raid is the event, whatever arrests it led to
        ("قتل سبعة مسلحين واعتقل تسعة خلال غارة شنتها القوات الخاصة.", "armed_clash"),
        # a raid foreign forces launched is mostly from the air
        ("قتل عشرة أشخاص في غارة نفذتها قوات أجنبية على قرية في الولاية.", "airstrike"),
        # forces named as the victims, no verb of launching the raid
        ("وقتل خمسة من قوات الأمن في غارة على مواقعهم ليلة أمس.", "airstrike"),
        # an operation the forces launched: their fight with the militants
        (
            "وأضاف البيان أن القوات الخاصة نفذت عمليتين في إقليم غزني قتل فيهما 8 مسلحين.",
            "armed_clash",
        ),
        ("وقتل ستة مسلحين في عملية نفذتها القوات الأفغانية في المديرية.", "armed_clash"),
        # the dead fell during operations told as the forces' ("عسكرية", "تطهير")
        ("وقتل 12 مسلحا بينهم قائد محلي خلال عمليات عسكرية في محيط المدينة.", "armed_clash"),
        # ... and so are operations told as the army's own
        ("وقتل ستة مسلحين وجرح اثنان خلال عمليات للجيش في ضواحي البلدة.", "armed_clash"),
        ("ولقي تسعة مسلحين حتفهم في عملية تطهير بالمديرية.", "armed_clash"),
        # "أثناء شنها عملية": the operation of the force named before, by its pronoun
        ("وسقط عدة مسلحين بنيران قوة أمريكية أثناء شنها عملية ليلية في القرية.", "armed_clash"),
        # an operation the militants launched is no fight of the forces
        ("وقالت الشرطة إن مسلحين نفذوا عملية على حاجز أمني.", None),
    ],
)
def test_a_raid_or_operation_forces_carried_out_is_on_the_ground(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


def test_the_targeting_a_group_claims_is_an_attack():
    sentence = "أعلن التنظيم مسؤوليته عن استهداف قاعدة عسكرية في الولاية صباح اليوم."
    assert event_type(tokenize(sentence)) == "attack"


def test_a_site_named_after_aircraft_is_no_aircraft_acting():
    # "استهدفوا مهبط طائرات بصواريخ": a helipad hit by rockets
    hit = "وقال البيان إن مقاتليه استهدفوا مهبط المروحيات بصواريخ كاتيوشا."
    assert event_type(tokenize(hit)) == "shelling"
    fired = "وقال البيان إن طائرات مروحية استهدفت المسلحين بصواريخ."
    assert event_type(tokenize(fired)) == "airstrike"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # militants storming a place attack it
        ("وداهم مقاتلو طالبان مديرية مالستان في ولاية غزني فجر اليوم.", "attack"),
        # the militants named before the verb
        ("وقال الحاكم إن المسلحين داهم بعضهم القرية ليلا.", "attack"),
        # a raid of the forces stays a raid
        ("وداهمت قوات الأمن مخبأ لطالبان في المديرية.", "other"),
    ],
)
def test_militants_storming_a_place_attack_it(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


def test_aircraft_flying_after_the_attack_did_not_make_it():
    # "وتحلق المروحيات فوق المدينة عقب الهجوم": what the aircraft did after it
    assert event_type(tokenize("وحلقت المروحيات فوق البلدة بعد الهجوم.")) == "attack"
    assert event_type(tokenize("وهاجمت المروحيات مواقع المسلحين في البلدة.")) == "airstrike"


def test_a_car_bomb_alone_is_a_bomb():
    sentence = "قتل ثمانية جنود في انفجار سيارة مفخخة قرب قاعدة عسكرية، ثم نقل الجرحى."
    assert event_type(tokenize(sentence)) == "ied"


def test_a_complex_attack_stays_one_when_a_later_sentence_names_the_blast(gaz):
    text = (
        "قتل شرطيان وأصيب 13 شخصا في هجوم على مقر أمني في مدينة غزني. "
        "وأوضح المسؤول أن الهجوم بدأ بتفجير سيارة مفخخة، من ثم بدأ مسلحون هجومهم على المقر. "
        "وقال إن السيارة المفخخة انفجرت عند البوابة."
    )
    (incident,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert incident.event_type == "attack"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("فجر المهاجم الأول سيارته المحملة بالمتفجرات عند باب المقر.", "suicide_bomb"),
        ("فجر سترته الناسفة وسط المصلين في المسجد.", "suicide_bomb"),
        ("فجرت الانتحارية حزامها الناسف عند نقطة التفتيش.", "suicide_bomb"),
        # another's car blown up, the verb not agreeing with its owner
        ("فجرت القوات سيارته المفخخة قبل وصولها إلى الهدف.", "ied"),
        ("انفجرت قنبلة مزروعة في سيارته قرب السوق.", "ied"),
    ],
)
def test_an_attacker_blowing_up_his_own_vehicle_or_vest_is_a_suicide_bomber(sentence, expected):
    assert event_type(tokenize(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "لكن منذ سقوط حكومة طالبان لم تشهد البلاد هجمات طائفية كبيرة.",
        "ولم يتعرض الموكب لهجوم خلال الرحلة.",
    ],
)
def test_events_a_place_has_not_seen_are_no_event(sentence):
    assert event_type(tokenize(sentence)) is None


def test_events_a_place_has_seen_are_events():
    assert event_type(tokenize("وشهدت المدينة هجمات عنيفة أمس.")) == "attack"


def test_a_strike_by_a_plane_without_a_pilot_bila_is_an_air_strike():
    # "بلا طيار" (without a pilot), as "بدون طيار" and "دون طيار"
    sentence = "نفذت الولايات المتحدة ضربة بطائرة بلا طيار في إقليم ننكرهار الأسبوع الماضي."
    assert event_type(tokenize(sentence)) == "airstrike"


def test_the_event_an_attack_answered_does_not_type_it():
    # "ردا على الغارات": the air strikes the attacks answered
    claim = (
        "وأعلنت طالبان مسؤوليتها عن معظم هذه الهجمات ردا على الغارات التي تشنها الطائرات "
        "الأمريكية من دون طيار."
    )
    assert event_type(tokenize(claim)) == "attack"
    # an answer told first names its own event after it
    answer = "وردا على هذا الهجوم، نفذ الطيران الأمريكي عدة غارات على مواقع المسلحين."
    assert event_type(tokenize(answer)) == "airstrike"
    # "فردا" is one person, no answer
    one = "قتل 21 فردا من الشرطة في غارة جوية على مركز للتدريب."
    assert event_type(tokenize(one)) == "airstrike"


def test_an_attack_they_intend_to_launch_is_no_event():
    sentence = "ويرى الخبراء أن قندهار منطقة أساسية، ويعتزمون شن هجوم كبير على طالبان فيها."
    assert event_type(tokenize(sentence)) is None
    assert event_type(tokenize("وشن الجيش هجوما كبيرا على طالبان في قندهار.")) == "attack"


def test_the_first_event_of_a_series_a_lead_summed_has_its_own_type(gaz):
    # "سلسلة من العمليات والغارات": the series' words are of all its events; the first
    # told at its place, a ground raid, is a fight
    from incidents.extract import extract_article

    text = (
        "قتل عشرات المسلحين في سلسلة من العمليات والغارات التي شنها الجيش خلال يومين. "
        "وذكر مصدر عسكري أن قوات الكوماندوز شنت غارة على قرية في مديرية ألاساي بولاية "
        "كابيسا، وقتلت قياديا محليا."
    )
    first = extract_article(text, gazetteer=gaz, article_id="t")[0]
    assert (first.event_type, first.location.province_pcode) == ("armed_clash", "AF02")


def test_bombs_the_attackers_carried_are_gear_not_a_blast(gaz):
    # "مسلحين مزودين بأحزمة ناسفة وقاذفات هاجموا": what they had, no blast told
    text = (
        "ذكرت الشرطة أن أربعة مسلحين مزودين بأحزمة ناسفة وقاذفات صواريخ هاجموا مقرا للجيش "
        "في ولاية ننجرهار."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.event_type == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "ذكر شهود أن رجلا يرتدي سترة ناسفة قام بتفجير نفسه عند مدخل مركز للشرطة.",
        "قتل شرطيان بعد تفجير انتحاري نفسه قرب مركز للشرطة.",
    ],
)
def test_the_noun_of_blowing_oneself_up_is_a_suicide_bombing(gaz, sentence):
    (inc,) = extract_article(sentence, gazetteer=gaz, article_id="t")
    assert inc.event_type == "suicide_bomb"


def test_an_aircraft_brought_down_by_a_rocket_is_an_attack_not_an_air_strike():
    # "أسقطوا مروحية بصاروخ": fire at the aircraft, not from it
    assert event_type(tokenize("وقال المتحدث إن مقاتلي الحركة أسقطوا مروحية بصاروخ.")) == "attack"
    fell = "وفتح تحقيق في سقوط الطائرة، ويرجح أنها أسقطت بقذيفة صاروخية."
    assert event_type(tokenize(fell)) == "attack"
    # an aircraft that fires the rockets strikes from the air
    assert event_type(tokenize("وأطلقت مروحية صاروخين على مواقع المسلحين.")) == "airstrike"


@pytest.mark.parametrize(
    "sentence",
    [
        # the fall's noun before the aircraft
        "قتل أربعة جنود من القوة الدولية في تحطم مروحية عسكرية جنوب البلاد.",
        # the aircraft, described, then its verb of crashing
        "وذكرت الشرطة أن طائرة تجسس تابعة للجيش الأمريكي تحطمت فوق الجبال.",
        "ولقي طيار مصرعه في سقوط طائرة تدريب تابعة للجيش.",
        # the verb of crashing before it
        "وتحطمت طائرة شحن مدنية تحمل إمدادات للقوات الأجنبية قرب المطار مساء أمس.",
        # two that collided, in the dual
        "واصطدمت مروحيتان تابعتان للجيش بعد إنزال قوات خاصة في المنطقة.",
        # a hard or emergency landing that wrecked it
        "وأصيب طاقم مروحية عسكرية خلال هبوط صعب في قاعدة بالولاية أدى إلى تدميرها.",
        "واضطرت طائرة نقل عسكرية إلى الهبوط بعد عطل، وهبطت اضطراريا في حقل.",
        # "fell", its verb of falling after it
        "وأفاد مسؤولون بأن طائرة هليكوبتر عسكرية سقطت صباح اليوم فوق تلال الولاية.",
        # a long description of whose it was before its verb
        "وأوضح البيان أن طائرة بلا طيار يملكها الحلف الذي يقوده الجيش الأمريكي تحطمت أمس.",
        # "destroyed" right after it, with no object of its own: it is what was destroyed
        "وقال الضابط إن الطائرة دمرت وإن طياريها لقيا حتفهما.",
    ],
)
def test_an_aircraft_that_crashed_is_lost_not_striking(sentence):
    assert event_type(tokenize(sentence)) == "other"


def test_an_aircraft_that_destroyed_something_struck():
    # "دمرت" with its object after it: what the aircraft destroyed
    assert event_type(tokenize("وقال إن الطائرة دمرت مواقع للمسلحين في القرية.")) == "airstrike"


def test_an_aircraft_hit_by_a_missile_as_it_flew_was_attacked():
    hit = "وأكد مسؤول محلي أن المروحية أصابها صاروخ أطلقه مسلحون أثناء هبوطها."
    assert event_type(tokenize(hit)) == "attack"
    # the noun of hitting before it
    hit = "وأعلنت الحركة عن إصابتها لمروحية تابعة للقوات الأجنبية في الولاية."
    assert event_type(tokenize(hit)) == "attack"


def test_what_crashed_after_an_aircraft_struck_is_not_the_aircraft():
    # the strike's own word comes first: the houses the jets hit, not the jets
    struck = "قصفت طائرات حربية قرية في الولاية وتحطمت منازل عدة."
    assert event_type(tokenize(struck)) == "airstrike"
    # the aircraft as the subject of its strike, then what was hit crashing
    struck = "وقالت الشرطة إن الطائرات الأمريكية قصفت منزلا وتحطمت نوافذه."
    assert event_type(tokenize(struck)) == "airstrike"
    # a clause of its own after the aircraft: what crashed there is the bus
    carried = "ونقلت مروحية الجرحى بعد أن تحطمت حافلتهم في هجوم شنه مسلحون."
    assert event_type(tokenize(carried)) != "other"


def test_a_bombing_that_wrecked_an_aircraft_is_the_bombing():
    bombed = "فجر انتحاري سيارة مفخخة عند مدرج المطار ما أدى إلى تحطم طائرة نقل."
    assert event_type(tokenize(bombed)) == "suicide_bomb"


def test_the_dead_of_an_aircraft_crash_make_an_incident(gaz):
    text = "قتل سبعة جنود أفغان في تحطم مروحية للجيش في ولاية هرات صباح اليوم."
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.event_type, inc.killed) == ("other", 7)


@pytest.mark.parametrize(
    "sentence",
    [
        # the dead "during" the demonstrations
        "سقط ستة قتلى أثناء تظاهرات غاضبة شهدتها مدينة جلال آباد اليوم.",
        # the police and the protesters, the two sides of the clash
        "وأصيب 12 شخصا في مواجهات بين الشرطة والمحتجين وسط المدينة.",
        # the crowd told protesting in a clause after the clash
        "قتل ثلاثة في صدامات بين قوات الأمن وحشود كانت تحتج على نتائج الانتخابات.",
        # fire opened on them
        "وفتح الحراس النار على المتظاهرين فقتلوا اثنين منهم.",
    ],
)
def test_dead_and_hurt_of_a_protest_itself_are_a_riot_not_a_battle(sentence):
    assert event_type(tokenize(sentence)) == "other"


def test_the_protesters_own_assault_is_an_attack(gaz):
    # protesters among the dead of an assault they carried out: an event, no reaction
    lead = "لقي جندي مصرعه بلغم أرضي في ولاية هلمند. "
    stormed = "وفي مدينة هرات قتل أربعة حراس في هجوم قام به محتجون على مقر منظمة دولية."
    _, inc = extract_article(lead + stormed, gazetteer=gaz, article_id="t")
    assert (inc.event_type, inc.killed) == ("attack", 4)
    # protesters counted among the dead, the protesters' word also naming who acted
    counted = "وفي مدينة هرات قتل ثلاثة متظاهرين عندما اقتحم المحتجون الغاضبون مقر المنظمة."
    _, inc = extract_article(lead + counted, gazetteer=gaz, article_id="t")
    assert inc.killed == 3


def test_a_protest_against_an_event_tells_that_events_type():
    protest = "وتظاهر المئات في المدينة احتجاجا على مقتل عشرة مدنيين في غارة جوية."
    assert event_type(tokenize(protest)) == "airstrike"
    # those taking part in a protest hurt someone by what the clause after tells
    thrown = "وجرح سبعة جنود بعد أن رمى شبان مشاركون في تظاهرة قنبلة نحو القاعدة."
    assert event_type(tokenize(thrown)) != "other"
    # a bomber among the crowd is a suicide bombing wherever it struck
    bombed = "وسقط 15 قتيلا أثناء تظاهرة إذ فجر انتحاري حزامه الناسف وسط الحشود."
    assert event_type(tokenize(bombed)) == "suicide_bomb"


def test_a_toll_of_a_protest_makes_an_incident_not_a_reaction(gaz):
    text = (
        "قتل ستة أشخاص أثناء تظاهرات في مدينة فيض آباد بولاية بدخشان. "
        "وأفاد طبيب بأن ثلاثة رجال لقوا حتفهم خلال تظاهرات خرجت احتجاجا على إحراق المصحف في "
        "ولاية غزني."
    )
    incs = extract_article(text, gazetteer=gaz, article_id="t")
    assert [(i.killed, i.location.province_pcode) for i in incs] == [(6, "AF17"), (3, "AF11")]
    assert incs[0].event_type == "other"


def test_gunshots_fired_at_a_target_are_an_attack():
    # "أطلقوا أعيرة نارية على": the shots, not only "النار"
    assert event_type(tokenize("وأطلق مسلحون أعيرة نارية على حافلة للركاب.")) == "attack"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # the feminine adjective of rockets: attacks made by rockets are shelling
        ("تعرضت مراكز حكومية في المدينة لهجمات صاروخية مكثفة.", "shelling"),
        # rocket-propelled grenades called "rocket bombs", fired in an assault
        ("وباغت المسلحون الدورية بقنابل صاروخية أطلقوها من بستان مجاور.", "attack"),
        # rounds of a calibre are artillery rockets, whatever they are called
        ("وأصابت المعسكر ليلا أربع قذائف صاروخية عيار 107 ملم.", "shelling"),
    ],
)
def test_rockets_told_by_their_adjective_their_name_or_their_calibre(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # a raid told done at night is the troops' raid on a house
        (
            "وقالت الشرطة إن قوات أجنبية شنت ليلا غارة على منزل في القرية قتل فيها رجلان.",
            "armed_clash",
        ),
        ("قتل أربعة رجال في غارة ليلية على مجمع سكني شرقي البلاد.", "armed_clash"),
        # its dead shot: a raid on the ground
        ("وقتلت القوات بالرصاص رجلا وابنه أثناء غارة على منزلهما في الولاية.", "armed_clash"),
        # "ليلة أمس", "ليلة الجمعة", "ليلة أول أمس" tell when, not how
        ("وقتل خمسة من قوات الأمن في غارة ليلة الجمعة على مواقعهم.", "airstrike"),
        ("قتل خمسة مدنيين في غارة ليلة أول أمس على قرية في الولاية.", "airstrike"),
        # "ليلة" alone after the raid is the night raid
        ("قتل أربعة رجال في غارة ليلة على مجمع سكني.", "armed_clash"),
        # the shots of another clause tell nothing of the raid
        ("قتل مسلحون شرطيا بالرصاص، فيما قتل عشرة مسلحين في غارة على مخبئهم.", "airstrike"),
        # a night strike an aircraft made stays a strike from the air
        ("قتل ستة مسلحين في غارة ليلية شنتها طائرات التحالف على القرية.", "airstrike"),
    ],
)
def test_a_raid_at_night_or_by_gunfire_is_on_the_ground(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


def test_aircraft_destroyed_in_an_assault_were_attacked():
    destroyed = "وقال الحلف إن ثلاث طائرات حربية أمريكية دمرت وتضررت أخرى في الهجوم على القاعدة."
    assert event_type(tokenize(destroyed)) == "attack"
    # destroyed with no assault named: the aircraft was lost
    assert event_type(tokenize("وقال الجيش إن المروحية العسكرية دمرت.")) != "attack"
    lost = "وقال الحلف إن المروحية دمرت بالكامل في حادث ولا يوجد ما يشير إلى هجوم."
    assert event_type(tokenize(lost)) != "attack"
    # what the aircraft destroyed, its object after the place, makes a strike
    struck = "وقال الجيش إن الطائرات الأمريكية دمرت في الغارة مخازن أسلحة لطالبان."
    assert event_type(tokenize(struck)) == "airstrike"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # the foreign forces' bombing, by its verb or its noun
        ("وقتل عشرة مدنيين في قصف نفذته قوات التحالف على قرية في الولاية.", "airstrike"),
        ("وقصفت القوات الأمريكية منزلا في القرية فقتلت أربعة.", "airstrike"),
        ("وأفاد السكان أن قصفا للأطلسي قتل ستة من أسرة واحدة.", "airstrike"),
        # their guns or mortars named: shelling
        ("وقتل خمسة مدنيين في قصف مدفعي لقوات التحالف على القرية.", "shelling"),
        # Afghan forces' shelling, and the Northern Alliance's
        ("وقتل خمسة مدنيين في قصف نفذته القوات الحكومية على القرية.", "shelling"),
        ("وقصفت قوات التحالف الشمالي مواقع طالبان شمال العاصمة.", "shelling"),
        ("وقصف مقاتلو المعارضة وقوات التحالف الشمالي مواقع طالبان.", "shelling"),
        # the foreign forces' base as the target, not the doer
        ("وقصف مسلحو طالبان قاعدة التحالف في ولاية هلمند.", "shelling"),
        ("قتل جنديان في قصف استهدف قاعدة التحالف في الولاية.", "shelling"),
        # their guns or tanks named
        ("وقصفت القوات الأمريكية مواقع طالبان بالمدافع الثقيلة.", "shelling"),
        ("وقصفت قوات التحالف بالدبابات مواقع المسلحين.", "shelling"),
    ],
)
def test_a_bombing_by_the_foreign_forces_is_from_the_air(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


def test_what_is_asked_after_whether_tells_no_event():
    asked = "ولم يوضح الحلف ما إذا كان المسلحون جنودا أو متسللين نفذوا هجوما انتحاريا."
    assert event_type(tokenize(asked)) is None
    # the event told before the question keeps its type
    told = "هاجم مسلحون حاجزا للشرطة وقتلوا جنديين، ولم يعرف ما إذا كان أحدهم انتحاريا."
    assert event_type(tokenize(told)) == "attack"
    # the question ends where "لكن" or "بعد" opens the clause of what did happen
    after = "ولم يعرف ما إذا كان هناك ضحايا، لكن انتحاريا فجر نفسه قرب مقر الشرطة."
    assert event_type(tokenize(after)) == "suicide_bomb"


def test_a_target_told_by_the_passive_of_targeting_was_attacked():
    told = "وأوضحت الشرطة أنه تم استهداف سيارة القاضي في الحي الغربي من المدينة."
    assert event_type(tokenize(told)) == "attack"
    # the verbal noun alone is no event ("لمنع استهداف المدنيين")
    assert event_type(tokenize("ودعا الوزير إلى منع استهداف المدنيين.")) is None


def test_a_taking_accounts_conflict_over_is_a_fight_for_the_town():
    disputed = "وتضاربت الأنباء حول سيطرة المسلحين على مدينة غزني مساء اليوم."
    assert event_type(tokenize(disputed)) == "armed_clash"
    # accounts that conflict over a toll tell no taking
    toll = "وتضاربت الأنباء حول أعداد القتلى في المدينة."
    assert event_type(tokenize(toll)) is None


@pytest.mark.parametrize(
    "sentence",
    ["وفي ولاية لوغر فأصابت قنبلة أربعة ناخبين قرب مركز اقتراع.", "وقتلت قنبلة شرطيين في السوق."],
)
def test_a_bomb_as_what_hit_or_killed_is_a_bombing(sentence):
    # "أصابت قنبلة ..."، "قتلت قنبلة ...": the bomb is the subject of the harm
    assert event_type(tokenize(sentence)) == "ied"
    # a hand grenade thrown stays an attack
    assert event_type(tokenize("وألقى مجهول قنبلة يدوية على المتجر.")) == "attack"


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال مسؤول إن المسلحين قطعوا أصابع ستة ناخبين في ولاية زابل.",
        "وقال ناخبون إن مسلحين أوقفوهم وبتروا أصابعهم الملطخة بالحبر.",
    ],
)
def test_voters_fingers_cut_off_is_an_attack(sentence):
    assert event_type(tokenize(sentence)) == "attack"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # the air strikes it came in spite of are no means of the taking told
        (
            "استولى مسلحو طالبان على مديرية نائية في ولاية هلمند على الرغم من قصف الطائرات.",
            "armed_clash",
        ),
        ("هاجم مسلحون مركزا للشرطة بالرغم من القصف المدفعي.", "attack"),
        # ... up to the end of its clause only
        (
            "هاجم مسلحون مركزا للشرطة رغم الغارات الجوية، فيما فجر انتحاري نفسه عند البوابة.",
            "suicide_bomb",
        ),
    ],
)
def test_what_an_event_came_in_spite_of_is_not_its_means(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # what is feared tells no event
        ("ويلزم الأهالي بيوتهم خشية أن يكون المقاتلون قد فخخوا الطرق بالعبوات الناسفة.", None),
        ("وأغلقت المدارس خوفا من أن ينفذ انتحاري هجوما جديدا.", None),
        # the event told before the fear clause is still told
        ("انفجرت عبوة ناسفة في السوق، وفر الباعة خشية أن تنفجر عبوة أخرى.", "ied"),
    ],
)
def test_what_is_feared_is_no_event(sentence, etype):
    assert event_type(tokenize(sentence)) == etype


@pytest.mark.parametrize(
    "sentence",
    [
        "وفرض المسلحون سيطرتهم على مقر الشرطة في المديرية بعد معارك استمرت يومين.",
        "وقالت مصادر إن الحركة فرضت سيطرتها على مجمعات حكومية في البلدة.",
    ],
)
def test_control_imposed_on_a_place_is_a_fight_for_it(sentence):
    assert event_type(tokenize(sentence)) == "armed_clash"
