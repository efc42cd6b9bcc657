"""Killed and wounded read from one sentence: each case a construction of Arabic reporting,
in sentences written for the test."""

from __future__ import annotations

import pytest

from incidents.casualties import casualties
from incidents.tokens import tokenize


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # a title after the casualty word is one person
        ("انتهى الكمين بمقتل رئيس مجلس الولاية.", 1, None),
        ("قتل قائد شرطة الولاية في هجوم.", 1, None),
        # the one person a clause opens on, described at length before its verb
        (
            "وأعلن الجيش أن جنديا من اللواء الثاني في كتيبة المشاة الخفيفة، قتل بانفجار لغم.",
            1,
            None,
        ),
        # ... described at greater length still
        (
            "وأعلن الجيش أن جنديا من الكتيبة الثالثة في قوة الرد السريع التابعة لحلف شمال "
            "الأطلسي العاملة في ولاية هلمند قتل في انفجار.",
            1,
            None,
        ),
        # an officer named by his rank is one person
        ("انفجر لغم فقتل جنرالا أفغانيا وضابطا ثانيا عند المعبر.", 2, None),
        ("وأصيب عقيد في الشرطة بجروح.", None, 1),
        # "one of them" after a verb agreeing with the people counted before it names
        # who one was
        ("وقال إن شرطيين قتلا أحدهما ضابط وأصيب أربعة آخرون.", 2, 4),
        ("وقال إن ثلاثة جنود قتلوا أحدهم ضابط.", 3, None),
        # found beheaded, and their bodies by the formal word: dead each
        ("عثر القرويون على خمسة رجال مقطوعي الرؤوس قرب السوق.", 5, None),
        ("وتسلمت العائلات جثامين ثلاثة جنود في المستشفى.", 3, None),
        # a definite compound of hours after the verb is the period told, not the dead
        ("وأضاف أن 35 من أفراد الجيش قتلوا على مدى الأربع وعشرين ساعة المنصرمة.", 35, None),
        # "his death" is one, "their (two) death" two
        ("لقي المستشار الإعلامي للحاكم مصرعه على يد مسلحين.", 1, None),
        ("وكان شخصان لقيا مصرعهما في الهجوم.", 2, None),
        # "his killing", "his wounding" after a result verb: one each, two for the dual
        ("انفجرت عبوة بسيارة القائد ما أدى إلى مقتله مع اثنين من حراسه.", 3, None),
        ("أطلق مسلحون النار على حاكم المديرية ما أسفر عن إصابته بجروح.", None, 1),
        ("وأسفر الانفجار عن مقتلهما على الفور.", 2, None),
        # dead told "in the same province" after a contrast are another event's
        (
            "قال مسؤول إن 4 جنود قتلوا بهجوم صاروخي على قاعدة بولاية كونار، فيما قتل 4 من "
            "طالبان واعتقل 4 آخرون بالولاية نفسها.",
            4,
            None,
        ),
        # dead told with no figure, then one counted after a contrast at a place of its own
        (
            "أفادت مصادر بسقوط قتلى بغارة في شمال البلاد، بينما أعلن الجيش وفاة "
            "جندي له في شرق البلاد.",
            None,
            None,
        ),
        ("سقط قتلى في انفجار قتل فيه خمسة جنود.", 5, None),
        # the attackers counted as the subject, dead "before their death" after their deed
        ("هاجم ثلاثة مسلحين مركزا للشرطة وقتلوا ضابطين قبل مقتلهم.", 5, None),
        ("وقتل المسلحون ضابطين قبل فرارهم.", 2, None),
        # what befell a site named as a reference, in a relative clause with "فيه"
        ("وهاجم مسلحون دورية للجيش قرب المكان الذي قتل فيه مهندس الشهر الماضي.", None, None),
        ("وأسفر الهجوم الذي قتل فيه خمسة جنود عن تدمير آلية.", 5, None),
        # ... or when the place stands between the contrast and the figure
        (
            "انفجرت شاحنة مفخخة عند حاجز للجيش، ما أوقع 9 قتلى، فيما فجر مهاجم نفسه عند "
            "سوق في مدينة بيشاور ما أسفر عن 20 قتيلا.",
            9,
            None,
        ),
        # ... but "بالمنطقة" alone is the place told, no place of their own
        ("وقال إن جنديين قتلا فيما قتل أحد المسلحين بالمنطقة.", 3, None),
        ("وقال إن جنديين قتلا فيما قتل أحد المسلحين بمديرية أخرى.", 2, None),
        # each one named before the count that opens the verb's subject, then the count
        ("وقال إن الحاكم ومدير مكتبه وستة أشخاص آخرين أصيبوا في الانفجار.", None, 8),
        # dead counted after a contrast at a place of their own are another event's
        (
            "اقتحم متمردون حواجز للشرطة في إقليم قندهار فقتلوا 12 شرطيا وأصابوا 7 آخرين، "
            "بينما قتل المتشددون خمسة جنود في غرب البلاد.",
            12,
            7,
        ),
        ("قتل أربعة جنود في انفجار بولاية غزني، فيما قتل ثلاثة مدنيين بولاية هلمند.", 4, None),
        # two spelt after a plural-looking noun joined by و
        ("نصب مسلحون كمينا لسيارة شرطة وقتلوا ثلاثة من رجال الشرطة وعاملين اثنين.", 5, None),
        # the dual of a noun whose plural is broken (خبراء) is two
        ("قتل خبيران ألمانيان في انفجار لغم أثناء تفكيكه.", 2, None),
        # the one a strike targeted, after the verb whose dead were counted before it
        ("قال مسؤولون إن 14 مدنيا قتلوا في غارة جوية استهدفت قياديا في طالبان.", 14, None),
        # "عسكري" after the casualty word is a serviceman, one person
        ("انفجرت عبوة في مركبة للجيش فقتل عسكري وجرح اثنان.", 1, 2),
        # the toll rose to a figure told after the event described at length
        (
            "قال الطبيب إن حصيلة قتلى الهجوم الذي شنه مسلحون بسيارة ملغومة على مقر الشرطة "
            "في مدينة فيض آباد مساء الأحد قد ارتفعت اليوم إلى 31 شخصا.",
            31,
            None,
        ),
        # the spread of others' figures after the one told adds nothing to it
        (
            "وأفاد الحاكم بأن 12 شخصا لقوا حتفهم، بينما تراوحت الأرقام المتداولة في وسائل "
            "الإعلام من 12 إلى أكثر من مئة قتيل.",
            12,
            None,
        ),
        # a bare toll risen to a count of the dead and the wounded together: neither
        ("وارتفعت حصيلة الانفجار في السوق إلى نحو 40 شخصا بين قتيل وجريح.", None, None),
        # "سقوط آخر" after a munition told: the fall of another one, no toll
        (
            "وأوضح أن صاروخا أصاب منزلا، إضافة إلى سقوط آخر في حقل، وثالث قرب المدرسة.",
            None,
            None,
        ),
        # a dual of a noun whose plural is broken (زعماء) is two, after "بالإضافة إلى"
        ("وأسفر الهجوم عن مقتل قائد في طالبان بالإضافة إلى زعيمين محليين.", 3, None),
        # the killers, then a time set off by commas, then the ones they killed
        ("أعدم مسلحون مجهولون، مساء الخميس، أربعة من موظفي شركة للاتصالات.", 4, None),
        # the ones told "من ضمنهم" (among them) are a part of the count before them
        ("قتل تسعة أشخاص من ضمنهم شرطيان وثلاثة أطفال في الانفجار.", 9, None),
        # "some of them" after the verb are among the ones counted before it, no object
        ("وقال إن 18 جنديا أفغانيا على الأقل قتلوا، بعضهم بقطع الرأس.", 18, None),
        # a toll "raised" to a figure replaces the first one of the sentence
        ("وقالت الوكالة إن 20 جنديا قتلوا، ثم رفعت عدد القتلى إلى 27.", 27, None),
        # each person named with an adjective before the others with theirs counts
        ("قتل قاض أفغاني ومسؤول محلي واثنان من حراسهما في كمين.", 4, None),
        # one told before the verb and one joined to him are two
        ("وقال إن جنديا ومترجمه قتلا.", 2, None),
        # "أمام" (in front of) is no imam, though both fold to one key: the people after
        # the place the verb names first
        ("وقال قائد الشرطة إن قاضيا وابنه قتلا أمام منزلهما.", 2, None),
        ("قتل أمام منزله شرطي ومدني.", 2, None),
        ("قتل في منزله شرطي ومدني.", 2, None),
        ("وقتل إمام مسجد القرية برصاص مسلحين.", 1, None),
        # another voice's figure after "غير أن"/"لكن" is another account: the first stays
        (
            "وأضاف أن 14 مسلحا قتلوا أيضا في الغارات، غير أن الجيش قال في بيان إن 17 متمردا "
            "لقوا حتفهم.",
            14,
            None,
        ),
        # an official named with his office and its place, and the count joined to him
        ("وقال إن رئيس شرطة منطقة باشير وا اغام وثلاثة شرطيين قتلوا.", 4, None),
        # ... not the head of a building named, nor a number spelt with a first و
        ("وقال إن مقر رئيس الشرطة وثلاثة منازل دمرت، وقتل شرطي.", 1, None),
        ("وقال المتحدث باسم حاكم هلمند إن «واحدا وعشرين شخصا آخرين أصيبوا بجروح».", None, 21),
        # the first one's title, his group and his name before the others joined to him
        ("لافتا إلى مقتل القيادي بالجماعة آدم خان وأربعة من المتمردين.", 5, None),
        # "وآخران" joined to the people told is two more
        ("قتل جنديان بريطانيان وآخران أفغانيان في هجوم انتحاري.", 4, None),
        ("وأصيب جندي وآخران في الانفجار.", None, 3),
        # ... before the verb too, with each pair's dual adjective
        ("لقي جنديان بريطانيان، وآخران أفغانيان، مصرعهم في هجوم انتحاري.", 4, None),
        ("لقي جنديان وآخران مصرعهم في الهجوم.", 4, None),
        # a count of people "between dead and wounded" gives neither kind
        ("أسفر الهجوم عن سقوط 30 شخصا بين قتيل وجريح.", None, None),
        ("وراح ضحيته 253 شخصا ما بين قتيل وجريح.", None, None),
        # ... with the people counted named in a phrase first
        ("وأسفر الانفجار عن سقوط 40 فردا من الضحايا بين قتيل وجريح.", None, None),
        # a list of kinds after "بين" counts no one of any kind
        ("وقالت الوزارة إن مئات من المسلحين سقطوا بين قتيل وأسير وجريح.", None, None),
        # an ordinal in a later clause is one more of the same kind
        ("قتل ثلاثة أشخاص في الانفجار، وتوفي رابع لاحقا متأثرا بجروحه.", 4, None),
        # a joined noun of kin with its definite count: the first one and his own people
        ("قتلت امرأة وأطفالها الثلاثة بقذيفة سقطت على منزلهم.", 4, None),
        # "one of them" before a singular passive verb
        ("وأعلنت القوة الدولية أن أحد جنودها قتل في انفجار.", 1, None),
        # one of a man's kin with a possessive is one person
        ("وأصيب والده بشظايا القذيفة.", None, 1),
        # a singular accusative title after the verb is one person
        ("وقالت القوات إنها قتلت قياديا في الحركة واعتقلت أربعة من مساعديه.", 1, None),
        # one more or a dual joined by و to a count
        ("وأسفر القصف عن مقتل ثلاثة مدنيين وعميل للمخابرات.", 4, None),
        ("وقتل ستة أطفال وجنديان بريطانيان.", 8, None),
        ("وقالت الشرطة إن ستة مدنيين وجنديين قتلوا بالانفجار.", 8, None),
        # "أودى بحياة" agrees with its subject and tense
        ("أودت الغارة بحياة 12 شخصا.", 12, None),
        ("غارة جوية تودي بحياة 30 مدنيا.", 30, None),
        # "أودى بـ": took away, its count joined to "ب", the event between them
        ("فقد أودى انفجار قنبلة يوم الجمعة بتسعة رجال شرطة.", 9, None),
        # "الجندي القتيل": the dead one told before, an adjective that counts no one
        ("ولم تعرف جنسية الجندي القتيل ولا جنسيات الجنود الثلاثة.", None, None),
        ("وارتفعت حصيلة الجنود القتلى إلى 12 جنديا.", 12, None),
        # the toll named, a relative clause of who they are, and its figure far after
        (
            "ارتفعت حصيلة القتلى الذين سقطوا عقب اعتداء انتحاري استهدف المحكمة العليا في "
            "العاصمة كابول إلى 35 شخصا.",
            35,
            None,
        ),
        # officers counted by a broken plural, their body after them
        ("وقال إن ثمانية ضباط من الشرطة الأفغانية قتلوا في كمين.", 8, None),
        # the one named, a short description, then the others beside him
        ("قتلت القوات قائدا ينتمي إلى جماعة طالبان، بالإضافة إلى 6 آخرين من مسلحيه.", 7, None),
        # the people counted, then a relative clause of who they are
        ("وأكدت واشنطن أن الأمريكيين الثمانية الذين قتلوا في الهجوم كانوا ضباطا.", 8, None),
        # "قتلوا" with an object after it is active: the count before it are the killers
        ("وقال إن خمسة مهاجمين انضموا للحركة وقتلوا زملاءهم أثناء نومهم.", None, None),
        # a count joined to an uncounted group tells no total
        ("وقال مصدر إن العديد من المدنيين واثنين من جنود الحلف أصيبوا بجروح.", None, None),
        # ... but a count told first is the least told
        ("فيما جرح سبعة من الشرطة وعدد آخر من المدنيين.", None, 7),
        ("وقال إن 5 مدنيين وثلاثة جنود قتلوا.", 8, None),
        # people joined after the first count and its country, a few words on
        ("وقتل صباح اليوم 4 جنود من المملكة المتحدة ومدنيان أفغانيان في الانفجار.", 6, None),
        # the dead told as a group made up of so many
        ("وقتل جميع طاقمها المكون من خمسة عشر جنديا.", 15, None),
        # a span of time named before its count, the article written apart: hours
        ("وقال إن 14 متمردا قتلوا خلال الساعات الـ24 الماضية.", 14, None),
        ("وقتل خلال الأيام الثلاثة الأخيرة ستة جنود.", 6, None),
        ("قتل 5 من الفريق المكون من 12 جنديا.", 5, None),
        # "منهم" after the verb: the count after it are the dead, those before the whole
        ("وأوضح أن نحو 80 شرطيا كانوا في المركز قتل منهم 31 وأصيب خمسة.", 31, 5),
        # an official, his province (its unit word opens on a و of its own), a bearing and
        # his name, then the one joined to him
        ("وأعلن مسؤول إصابة حاكم ولاية غزني (جنوب) عبد الله خان وحارسه بجروح.", None, 2),
        # the two killed by a feminine subject, in the verb's dual object
        ("أطلقت الشرطة النار على مسلحين اثنين حاولا الدخول وقتلتهما.", 2, None),
        # one more of a trade, the noun in the accusative after "أن"
        ("وقال إن خبيرا آخر من الفريق أصيب في الساق.", None, 1),
        # "منهم" right before the verb: the count before it are the dead
        ("وقال إن المسلحين هاجموا المركز وإن سبعة منهم قتلوا.", 7, None),
        # the broken plural of مصرع
        ("قالوا إن ما لا يقل عن إثني عشر مدنيا لقوا مصارعهم جراء القصف.", 12, None),
        # "lost their lives" counts the dead
        ("وقال إن 12 جنديا فقدوا حياتهم في الهجوم.", 12, None),
        # "met their fate", the idiom of a death, its count before the verb or after it
        ("وأضاف أن نحو 40 متمردا لقوا نحبهم في المعارك.", 40, None),
        # the plain verb "died", after its count and after one of a man's kin
        ("وقال إن ثلاثة جنود ماتوا في الانفجار.", 3, None),
        (
            "ونجا القاضي من الكمين إلا أن ابنه مات متأثرا بجروحه، إضافة إلى مقتل أربعة من حراسه.",
            5,
            None,
        ),
        ("وقضى حارسان نحبهما وأصيب ثالث.", 2, 1),
        # another voice after "غير أن", by a verb of saying: its own version, not more
        (
            "وذكر المتحدث مقتل شقيق أحد القياديين بالحركة جراء القصف، غير أن الأهالي أفادوا "
            "أن 6 مدنيين قتلوا في القصف.",
            1,
            None,
        ),
        # the first count told again by another voice, with one more joined to it
        (
            "وأعلن الحلف مقتل أربعة من جنوده، قبل أن تؤكد باريس مقتل أربعة جنود فرنسيين "
            "ومترجم أفغاني في الانفجار.",
            5,
            None,
        ),
        # dead counted before their noun, and people joined after them
        ("وأوقع القتال 17 قتيلا في صفوف المتمردين وأربعة من رجال الشرطة وخمسة مدنيين.", 26, None),
        # ... not a word of no people joined (a misspelt kind)
        ("وارتفعت الحصيلة لتبلغ 21 قتيلا و7 جريجا.", 21, None),
        # a man named after "إن", then the singular passive: one dead
        ("وقال الحاكم إن هادي نوري قتل نحو العاشرة مساء أمس وهو في طريقه إلى منزله.", 1, None),
        # "their death was confirmed": the count, then the noun with its pronoun
        ("وقال إن 17 شخصا تأكدت وفاتهم بعد الانفجار.", 17, None),
        # a nationality in the dual right after the verb is two people; after a noun it
        # is the noun's adjective, and after the dead told it is what they were
        ("قتل أميركيان يعملان في شركة أمن خاصة.", 2, None),
        ("لقي جنديان بريطانيان مصرعهما في هجوم.", 2, None),
        ("وقالت إن القتيلين افغانيان.", None, None),
        # one of a nation named alone right after the word of death is one person; after
        # a noun it is the noun's adjective and adds no one
        ("قتل كندي وأصيب ثلاثة آخرون في هجوم على مقر للشرطة.", 1, 3),
        ("وأعلنت السفارة مقتل ألماني في إطلاق نار.", 1, None),
        ("وقتل جندي بريطاني في الانفجار.", 1, None),
        # "مسلح" after an indefinite attack noun is "armed", no gunman; after a definite
        # one, a gunman
        ("لقي خمسة جنود حتفهم بهجوم مسلح على موقعهم.", 5, None),
        ("وقتل في الاشتباك مسلح وأصيب اثنان.", 1, 2),
        # ... not the subject of the verb, with its object counted after him
        ("قتل باكستاني يقود دراجة نارية مفخخة جنديين أفغانيين عند الحاجز.", None, None),
        ("وقتل أمريكي مع اثنين من رفاقه في الكمين.", 3, None),
        # people joined after the dead, with the word of the wounded after their noun, are
        # the wounded
        ("ووصل إلى المستشفى ثلاثة قتلى وأربعة أطفال مصابين.", 3, 4),
        ("وقتل أمريكي ينتمي لوحدة من 30 جنديا في الكمين.", 1, None),
        # an officer by his rank joined to those counted is one more
        ("وقتل ثلاثة جنود فرنسيين وكولونيل في الكمين.", 4, None),
        # an army that "lost" so many of its men counts them among the dead
        ("قتل الجيش 50 متمردا وخسر أربعة من جنوده في معارك.", 54, None),
        # the first reports' figure, corrected after "لكن", is not the toll
        (
            "وكانت الأنباء الأولى أشارت إلى سقوط 90 قتيلا، لكن مصدرا طبيا قال إن الهجوم "
            "أسفر عن مقتل أربعين شخصا.",
            40,
            None,
        ),
        ("أفادت التقارير الأولية بمقتل 12 شخصا في الانفجار.", 12, None),
        # people who died with those counted, told with "مع"/"برفقة": they count too
        ("وقال إن ستة من جنودها قتلوا برفقة مترجمهم.", 7, None),
        ("قتل أربعة جنود مع اثنين من مترجميهم في الكمين.", 6, None),
        # ... but not the enemy fought with
        ("قتل خمسة جنود في اشتباكات مع 20 مسلحا.", 5, None),
        # a subject after "كان" or "أن", however far from its verb: a dual, one person
        ("وكان جنديان من قوات حلف شمال الأطلسي (الناتو) قتلوا يوم أمس.", 2, None),
        ("وأضاف البيان أن امرأة من سكان الحي قتلت في الانفجار.", 1, None),
        # a woman civilian, one
        ("وأعلنت الوزارة مقتل مدنية بانفجار قنبلة.", 1, None),
        # "من ضمن القتلى": some of the dead told, no toll
        ("ومن ضمن القتلى خمسة من قادة طالبان، وفق المتحدث.", None, None),
        # a first person and one more joined by و, an adjective between at most
        ("كما أصيب جندي ومدني بجروح.", None, 2),
        ("قتل جندي أمريكي وشرطيان.", 3, None),
        # one person and a number joined by و, after or before the casualty word
        ("مقتل ضابط وثلاثة من مرافقيه بكمين.", 4, None),
        ("أكدت الشرطة أن ضابطا شابا وثلاثة من مرافقيه قتلوا فجرا.", 4, None),
        # a title before a name names one person: him and the count joined
        ("قتل الملا عبد الحكيم و12 مسلحا آخرين في غارة.", 13, None),
        # one victim, the province he died in, then his companions counted and joined
        ("قتل حاكم مديرية في ولاية لوغر (شرقي البلاد) و4 جنود أمس.", 5, None),
        ("قتل جندي في ولاية لوغر و3 ولايات أخرى.", 1, None),
        # another voice's report after "فيما" is of another event, unless it names this one
        (
            "قتل 9 من رجال الشرطة في هجوم انتحاري على مركز أمني، فيما أعلنت القوات الدولية "
            "مقتل 12 مسلحا مساء أمس باشتباك على الحدود.",
            9,
            None,
        ),
        (
            "قتل 9 من رجال الشرطة في هجوم على مركز أمني، في حين قالت الشرطة إن 12 من "
            "المهاجمين قتلوا في الاشتباكات التي تلت الهجوم.",
            21,
            None,
        ),
        # people joined after the long unit of the ones counted first add to them
        (
            "قتل خمسة من جنود قوة المساعدة الدولية في أفغانستان (ايساف) وثمانية مدنيين أفغان "
            "في الهجوم.",
            13,
            None,
        ),
        ("قتل 17 شخصا من بينهم مسؤول في الاستخبارات و4 حراس.", 17, None),
        # two accusative singulars joined are two; after a number the second is counted
        # with the first ("39 جنديا وضابطا")
        ("وقال الجيش إن مسلحين عبروا الحدود وقتلوا ضابطا وجنديا من قواته.", 2, None),
        ("قتل 39 جنديا وضابطا في المعارك.", 39, None),
        # one named, and two others in the dual, before "مصرعهم"
        ("لقي حاكم مديرية دند عبد الرحيم وشخصين آخرين مصرعهم في التفجير.", 3, None),
        # the killers counted first, then their victims among their own: an insider attack
        ("قتل ستة من عناصر الشرطة الأفغانية، ثلاثة من زملائهم، مساء أمس.", 3, None),
        ("قتل ستة من عناصر الشرطة ثلاثة من زملائهم في نقطة تفتيش.", 3, None),
        # (not a count of people joined by و, nor an age)
        ("قتل خمسة جنود و3 من رفاقهم.", 8, None),
        ("وقتل ثلاثة مدنيين في الثانية عشرة من عمره.", 3, None),
        # one man named, his title set off by commas, then one more joined
        ("وأسفر الانفجار عن مقتل عبد الله نوري، عضو مجلس الولاية، ورجل دين.", 2, None),
        ("قتل نور محمد إسماعيلي، مدير أمن المنطقة، في هجوم.", 1, None),
        # his death, and his men counted and joined after it
        ("استهدفت الغارة قائدا في الحركة وأسفرت عن مقتله وخمسة من مساعديه.", 6, None),
        # ... and others counted with him
        ("استهدف الانتحاري قائدا في الشرطة ما أدى إلى مقتله وأربعة آخرين.", 5, None),
        ("ما أدى إلى مقتله وتدمير سيارته.", 1, None),
        # "we lost" counts the speaker's own dead
        ("وأضاف: فقدنا في هذه الاشتباكات اثنين من قواتنا وجرح ستة آخرون منهم.", 2, 6),
        # the armed men who killed, and their group, stand between the verb and the count
        ("قتل مسلحون من حركة طالبان سبعة من رجال الشرطة في كمين.", 7, None),
        # the one attacker named after the verb, a time between, then the people he killed
        ("قتل مفجر انتحاري صباح الأحد 14 شخصا في سوق المدينة.", 14, None),
        ("قتل مسلح و3 جنود في الانفجار.", 4, None),
        # the one named before the verb, and the people counted with him after "برفقة"
        ("وكان قائد أمن المديرية قد قتل برفقة 4 من أفراد الشرطة في كمين.", 5, None),
        ("وكان قائد أمن المديرية قد قتل مع 4 شرطيين في كمين.", 5, None),
        ("وكان الجندي قد قتل في اشتباك مع 20 مسلحا.", 1, None),
        # "also" after the verb of a second clause adds its dead to those told first
        ("قتل قائد من طالبان في اشتباك مع الشرطة، مضيفا أن شرطيا قتل أيضا.", 2, None),
        # "أن أحد ..." opens the clause on one man, however long his description
        ("وأفاد المصدر بأن أحد قادة الحركة يعرف باسم حمزة قتل في الاشتباك.", 1, None),
        # a "بينهم" of the first clause is not the head of a count after "أن"
        (
            "أسفر الهجوم عن مقتل 4 من رجال الشرطة بينهم قائد المركز، مشيرا إلى أن ثلاثة من "
            "المهاجمين قتلوا أيضا.",
            7,
            None,
        ),
        # "أحد" right before the verb: one of a group counted earlier, not the group
        ("أرسلت الشرطة دورية من 5 عناصر إلى القرية، لكن أحد العناصر قتل في الكمين.", 1, None),
        ("قتل 9 مسلحين، بينهم أحد قادتهم، في الغارة.", 9, None),
        # a pair of both kinds after "إلى جانب": the wounded of the pair add too
        (
            "أسفر الهجوم عن مقتل 4 من رجال الشرطة وإصابة 9 آخرين، إلى جانب مقتل 12 من "
            "مقاتلي الحركة وإصابة أكثر من 20 آخرين.",
            16,
            29,
        ),
        # one named among the dead told first is not joined to the wounded counted next
        ("خلفت الغارة 18 قتيلا، من بينهم قائد محلي، و25 جريحا.", 18, 25),
        # "بين مجموعة من N": the group the wounded were among
        ("وقال المسؤول إن الجرحى بين مجموعة 14 شخصا كانوا في الحافلة.", None, None),
        # "أما" opens the clause on one man, the verb carries its "ف"
        ("أما القائد الثاني وهو عبد الكريم فقتل بعد ذلك بساعات في منزله.", 1, None),
        # "إن" opens the clause on a man's name, told who he is before the verb
        ("وقال المتحدث إن عبد الرحيم وهو عضو في مجلس العلماء قتل أمس في سوق المدينة.", 1, None),
        # "يعتقد أنهم قتلوا": believed dead, no count of the dead
        ("وقال الجيش إن ثمانية مهاجمين يعتقد أنهم قتلوا في الرد على الهجوم.", None, None),
        # a definite "-ين" joined inside the count's "من" phrase is among those counted
        ("قتل 12 فردا من حراس القافلة والسائقين في الكمين.", 12, None),
        ("قتل 12 جنديا وسائقين في الكمين.", 14, None),
        # a politician in the accusative is one person killed, besides the others counted
        ("قتل انتحاري أمس سياسيا معروفا إضافة إلى 9 آخرين من الحضور.", 10, None),
        # dead or wounded ("أو"): one figure for either kind gives neither
        ("وقال المسؤول إن نحو 30 شخصا قتلوا أو أصيبوا في الانفجار.", None, None),
        ("قتل أكثر من 40 من عناصر الشرطة أو أصيبوا في الهجمات.", None, None),
        # "من بين" (among) before a count: the group the dead were among
        ("وقالت الشرطة إن القتلى كانوا من بين 35 راكبا في الحافلة.", None, None),
        # a rocket's fall ("بسقوط صاروخ") after the wounded counts no other dead
        ("قتل أربعة مدنيين وجرح أكثر من 9 آخرين بسقوط صاروخ على سوق في البلدة.", 4, 9),
        # a noun in -ا before "من" is one man in the accusative, no dual in construct
        ("وقال قائد الشرطة إن عنصرا من طالبان قتل مساء الخميس.", 1, None),
        # ... and so is one before its verb with nothing after it, or with one joined to it
        ("وقال الناطق باسم الشرطة إن رجلا قتل بالرصاص قرب السوق.", 1, None),
        ("وذكرت مصادر محلية أن رجلا وامرأة قتلا في القصف على القرية.", 2, None),
        # a dual in construct governs the body it serves: two men of the police (a guard:
        # read so before the rule on the accusative singular too)
        ("وقال مسؤول إن رجلا شرطة قتلا عند الحاجز.", 2, None),
        # the event came at a place, "بعد أن" and a clause: the clause's dead are another's
        (
            "وجاء الهجوم في منطقة باجاور القبلية في باكستان بعد أن قال مسؤولون إن القوات "
            "قتلت أربعة مدنيين في غارة جوية يوم السبت.",
            None,
            None,
        ),
        # what the place "had seen" on another day is another event, and its dead
        (
            "وقال مسؤول إن الهجوم وقع في مديرية شاه ولي كوت وقد شهدت المديرية في 3 مارس "
            "اشتباكات أوقعت ثمانية قتلى.",
            None,
            None,
        ),
        # the head count of a range stands up to seven words before its "من بينهم"
        (
            "وأفاد مسؤولون بأن ما بين 5 و9 عناصر من قوات الأمن، من بينهم قائد شرطة مديرية "
            "شيخ أباد، قتلوا في الهجوم.",
            5,
            None,
        ),
        # a leader's noun takes a count as its complement: the men he led are not the dead
        ("أعلن الجيش مقتل قائد نحو 150 مسلح في غارة.", 1, None),
        ("أعلن الجيش مقتل قائد مجموعة من 40 مسلحا في غارة.", 1, None),
        ("أعلن الجيش مقتل قائد و40 مسلحا في غارة.", 41, None),
        # "N من أصل M قتيلا": N of a toll of M; "N من أصل M جنديا" counts the N
        ("وتم العثور على جثث 9 من أصل 14 قتيلا في الحادث.", 14, None),
        ("قتل 5 من أصل 12 جنديا كانوا في الموقع.", 5, None),
        # each person named and joined by و counts, then the count joined after them
        ("قتل قاض ومسؤول محلي بكمين.", 2, None),
        ("قتل قاض ومسؤول واثنان من حراسهما بكمين.", 4, None),
        ("قتل نائب حاكم الولاية وثلاثة من حراسه.", 4, None),
        # passengers counted in the accusative; "N من M راكبا" before the verb: the N
        ("وقال إن 11 راكبا قتلوا في انفجار لغم.", 11, None),
        ("وفصل المسلحون 14 من 32 راكبا وقتلوهم بالرصاص.", 14, None),
        # "اغتيل" (was assassinated) is a death; an attempt is not
        ("وقد اغتيل مدير الأمن بعبوة لاصقة.", 1, None),
        ("ونجا الحاكم من محاولة اغتيال.", None, None),
        # a dual inside "بينهم" is part of the head count
        ("لقي 9 مدنيين، بينهم 3 نساء وطفلان، حتفهم وأصيب 14 آخرون.", 9, 14),
        # "others" joined to the dead of a side are of that side: both sides' wounded
        (
            "أسفر الهجوم عن مقتل أربعة من الشرطة وإصابة اثنين آخرين، ومقتل اثنين من عناصر "
            "طالبان وإصابة ثلاثة آخرين.",
            6,
            5,
        ),
        # an official joined to the count is one more
        ("قتل أربعة جنود وحاكم المقاطعة في الانفجار.", 5, None),
        # a toll with no word for its kind, risen to the people after "إلى": the dead
        ("ارتفعت حصيلة الهجمات على مبان حكومية في مدينة ترينكوت أمس إلى 19 شخصا.", 19, None),
        # ... with the wounded counted on their own after it
        ("ارتفعت حصيلة التفجير الذي استهدف سوقا في المدينة إلى 27 شخصا و31 جريحا.", 27, 31),
        # ... and governing the body it serves, two in construct
        ("قتل حارسا أمن في الهجوم.", 2, None),
        # a noun in -ا governing no noun after it is the accusative of one
        ("سقط صاروخ على مستشفى وقتل رجلا وأصاب اثنين آخرين.", 1, 2),
        # the tanween of the accusative makes one, not a dual in construct
        ("أعلنت السلطات مقتل 4 أطفال على الأقل، وعنصراً في الشرطة.", 5, None),
        # a bare count before a joined verb of the other kind is the first verb's
        ("وتبنت الجماعة هجوما قتل خلاله 14 وجرح سبعة من حرس الحدود.", 14, 7),
        # the dead of what one side blames the other for ("بعد أن اتهمت ...")
        ("تعرضت الولاية للقصف بعد أن اتهمت باكستان كابل بإيواء مسلحين قتلوا 13 جنديا.", None, None),
        # what happened at that place in a past month ("حيث ... في ديسمبر الماضي")
        ("وقع الهجوم خارج القاعدة حيث قتل مهاجم سبعة موظفين في ديسمبر الماضي.", None, None),
        # parts joined by و after "بينهم", before the verb, are among the head count
        ("لقي خمسة عشر شخصا بينهم تسعة من رجال الأمن وثلاثة أطفال مصرعهم.", 15, None),
        # the people named one by one after "هم" are the count before it
        ("وقال إن خمسة أشخاص هم حاكم المديرية واثنان من أبنائه وحارساه قتلوا.", 5, None),
        # one named after "يدعى", then a joined count: both
        ("أعلن الجيش مقتل قيادي في الحركة يدعى الملا عبد البصير و20 من المسلحين بغارة.", 21, None),
        # one wounded who died of it is dead, not wounded; those who died, counted, are
        # some of the wounded
        ("وقال إن سائق الموظف أصيب بجروح خطيرة وتوفي في وقت لاحق.", 1, None),
        ("وأصيب جندي بجروح ثم توفي في المستشفى.", 1, None),
        ("أصيب خمسة أشخاص بجروح وتوفي اثنان منهم لاحقا.", 2, 5),
        # the death remembered on the day ("ذكرى مقتل"), long past, is no casualty
        ("فجر انتحاري نفسه قرب موكب لإحياء ذكرى مقتل القائد، ما أسفر عن مقتل شخصين.", 2, None),
        # a year after "في" counts no one
        ("وقال التقرير إن نحو 4000 شخص قتلوا في 2006 في البلاد.", 4000, None),
        # "two others" in the nominative dual count two; "others" in the plural none
        ("قتل شرطي وأصيب آخران بجروح في الكمين.", 1, 2),
        ("قتل شرطيان وأصيب آخرون بجروح.", 2, None),
        # the death the event avenged or answered ("انتقاما لمقتل", "ردا على مقتل") is
        # an earlier one, not its toll
        ("وقال التنظيم إن الهجوم الانتحاري انتقام لإعدام زعيم التنظيم شنقا.", None, None),
        ("أعلنت الحركة أن الهجوم جاء ردا على مقتل ثلاثة من قادتها.", None, None),
        ("قتل خمسة جنود في كمين نصبه المسلحون انتقاما لمقتل قائدهم.", 5, None),
        # "بما في ذلك", "بمن فيهم" (including): some of the count before, as "بينهم"
        ("وقال إنه لقي 15 مصرعهم بما في ذلك شرطيان، وأصيب 66 آخرون.", 15, 66),
        ("قتل تسعة أشخاص بمن فيهم طفلان في القصف.", 9, None),
        # the people counted before the verb, and those besides them after it
        ("وقالت الشرطة إن 20 مدنيا قتلوا أمس فضلا عن 4 من رجال الشرطة في الهجوم.", 24, None),
        # who the counted are thought to be ("يشتبه في انتمائهم") stands inside the list
        ("قتل خمسة أشخاص يشتبه بانتمائهم الى تنظيم الدولة وثلاثة جنود في الاشتباك.", 8, None),
        ("ذكر مسؤول أن ثلاثة شرطيين واثنين يعتقد أنهم من المسلحين قتلوا في الكمين.", 5, None),
        # the counts of a "that" clause joined over the first one's unit, up to the verb
        ("قال إن شرطيين من قوات الحدود الافغانية وأربعة مدنيين قتلوا بانفجار.", 6, None),
        # a verb in the dual counts two named people
        ("وقال إن حاكم المنطقة وقائد شرطتها قتلا في الهجوم.", 2, None),
        # ... and a dual alone after "بينهم", the verb after it
        ("قال إن 22 مسلحا من تنظيم الدولة، بينهم قائدان ميدانيان، قتلوا بغارة.", 22, None),
        # a second figure of the sentence of another side: both sides' dead
        ("وذكرت أن الهجوم أدى إلى مقتل 5 عناصر أمن، مشيرة إلى مقتل 12 من مسلحي الحركة.", 17, None),
        # the dead named with the article are the ones told before: no figure
        ("كما أعرب عن تعازيه لأسرتي القتيلين.", None, None),
        # the people counted before the word, and those who died with them
        ("وانتهت المعركة حين لقي 3 مسلحين مصرعهم مع 8 آخرين من رجال الأمن.", 11, None),
        # the assassination of one person is one dead; an attempt is none
        ("وأقرت الحركة باغتيال رئيس البلدية بالرصاص أمام منزله.", 1, None),
        ("وأعلنت الشرطة إحباط محاولة اغتيال حاكم الولاية.", None, None),
        # a range counts by its lower end, before or after the casualty word
        ("وقتل ما بين 12 و30 شرطيا وخمسة مدنيين في المواجهات.", 17, None),
        ("وقال المسؤول إن ما بين 6 و 12 شرطيا قتلوا.", 6, None),
        # rounds fallen count rockets, not the dead
        ("وجاء الهجوم بعد ساعات من سقوط نحو 15 صاروخا على أطراف المدينة.", None, None),
        # a count read once though two casualty words of its clause stand around it
        ("قتل أربعة من الشرطة وأصيب سبعة آخرون فيما أصيب 11 مدنيا بجروح.", 4, 18),
        # feminine and dual passive verbs count their own subjects
        ("وسقطت قذيفة على منزل فقتلت امرأتان وأصيبت ثلاث أخريات.", 2, 3),
        ("وقال الطبيب إن زوجة الحارس قتلت أيضا.", 1, None),
        ("وذكر الحاكم أن طالبين على الأقل قتلا في القصف.", 2, None),
        ("وأصيبت أربع نساء في الانفجار.", None, 4),
        # "توفي" (died) counts like "قتل"; the one named and those with him
        ("وقال مسؤولون إن القائد توفي مع تسعة آخرين في الغارة.", 10, None),
        ("وتوفي ثلاثة من الجرحى في المستشفى.", 3, None),
        # counts of leaders or activists joined by و, before a plural verb: all of them
        ("وأوضح أن 7 أطفال و5 ناشطين قتلوا في القصف.", 12, None),
        ("وأضاف أن أربعة قياديين من الحركة قتلوا في الغارة.", 4, None),
        # one person named, then others counted with "آخرين" or as his people: all of them
        ("قتل رئيس مجلس الشورى في الولاية و11 شخصا آخرين في الانفجار.", 12, None),
        ("لقي قائد الكتيبة مصرعه مع 4 آخرين في الكمين.", 5, None),
        ("قتل حاكم المديرية في الهجوم وثلاثة من حراسه.", 4, None),
        # ... and further people joined after his own
        ("ما أدى إلى مقتل رئيس البلدية وثلاثة من حراسه وثلاثة مدنيين.", 7, None),
        ("قتل القائد مع 12 آخرين ومدنيان في الغارة.", 15, None),
        # ... but not a group of others than his: "من عناصر الأمن"
        ("قتل قائد الشرطة في الهجوم و3 من عناصر الأمن.", 1, None),
        # "إلى جانب", "بالإضافة إلى" join people to those counted before, as و does
        ("لقي سبعة جنود بريطانيين من قوة إيساف، إلى جانب جنديين أفغانيين، مصرعهم.", 9, None),
        ("قال إن أربعة مدنيين بالإضافة إلى ثلاثة شرطيين قتلوا في الانفجار.", 7, None),
        # one man in the accusative after "أن", described at length, and those joined
        ("وذكر مسؤولون أن قائدا قبليا معارضا للحركة وثلاثة من أقاربه قتلوا أمس.", 4, None),
        # the feminine dual of a person's work
        ("وكان مسلحون قد قتلوا ممرضتين تعملان في مستشفى الولاية.", 2, None),
        # "أيضا" before the wounds of those the verb counted adds no one
        ("وقد أصيب خمسة قرويين أيضا بجروح طفيفة.", None, 5),
        # a prosecutor, one person; then one more
        ("وقال إن مدعي عام المدينة فلان خان قتل برصاص مجهولين كما قتل حارسه.", 2, None),
        # his own people, named by their noun after "مع"
        ("وقالت الشرطة إن المذيع لقي حتفه مع سائقه بانفجار قنبلة.", 2, None),
        # villagers counted before the verb, in the accusative singular after eleven
        ("وقال شهود إن 12 قرويا، بينهم طفلان، قتلوا في القصف.", 12, None),
        # "آخرون" with no number: others, uncounted; the dual before belongs to the dead
        ("قتل جنديان وأصيب آخرون في الانفجار.", 2, None),
        ("فقتل شرطيا وأصاب آخرين قبل أن يفر.", 1, None),
        # "على الأقل" after a count hedges it, not the count joined by و after it
        ("ما أوقع 9 قتلى على الأقل و31 جريحا.", 9, 31),
        # the construct dual "رجلا/رجلي شرطة" is two
        ("قال إن 3 جنود ورجلي شرطة قتلوا في الكمين.", 5, None),
        # a list of people before the verb: a count, then a dual and one more joined by و
        ("قال إن أربعة جنود ورجلي شرطة وحاكم المديرية قتلوا في الكمين.", 7, None),
        # ... but not those named after "بينهم", among the count
        ("أعلنت السلطات أن ستة مدنيين بينهم امرأة وطفلان لقوا حتفهم.", 6, None),
        ("ذكر أن ثلاثة مدنيين ومترجما قتلوا بالانفجار.", 4, None),
        # the counted noun of 11-99 is an accusative singular: one joined to it is counted
        # with it ("soldiers and officers"), not one more
        ("كتب أن 39 جنديا وضابطا قتلوا في الهجوم.", 39, None),
        ("وقتل 14 جنديا وشرطيا في المعارك.", 14, None),
        # a dual with a possessive pronoun ("his two guards") joined to the one named
        ("وقتل حاكم المديرية وحارساه في الكمين.", 3, None),
        # "تصفية" (liquidation) in the groups' statements is killing
        ("وأكد المتحدث أنه تم تصفية 12 من عناصر الميليشيا.", 12, None),
        # "، كما" adds the dead of another group in the same sentence; "كما قال" does not
        ("قتل 4 جنود، كما تم تصفية 3 من عناصر الشرطة.", 7, None),
        ("قتل 4 جنود، كما قالت الشرطة إن 4 جنود قتلوا.", 4, None),
        # the lone attacker's own death told apart is not a victim
        ("أسفر التفجير عن مقتل أربعة من رجال الشرطة، كما لقي الانتحاري حتفه.", 4, None),
        # two adjectives may stand between the first person and the one joined to him
        ("قتل الانتحاري مسؤولا أمنيا كبيرا وحارسه في المدينة.", 2, None),
        # ... but the attacker named right after the word of death is one of the dead
        ("وأسفر الانفجار عن مقتل المهاجم وأربعة من المارة.", 5, None),
        ("أدى الانفجار إلى مقتل الانتحاري وشرطيين.", 3, None),
        ("ما أسفر عن مقتل منفذه وجرح ثلاثة من الحراس.", 1, 3),
        ("وقتل المفجر على الفور عند مدخل السوق.", 1, None),
        # "أيضا" between two figures: the second is more dead of the same event
        ("قتل قائد الشرطة في هجوم انتحاري أدى أيضا إلى مقتل شرطي ومدني.", 3, None),
        # one joined after a dual subject is one more
        ("لقي جنديان أمريكيان ومترجم مصرعهم في الانفجار.", 3, None),
        # extremists are people counted: "40 متطرفا"
        ("وقال البيان إن نحو 40 متطرفا قتلوا في الاشتباكات.", 40, None),
        # ... unless his victims follow him: the verb is active
        ("قتل المهاجم خمسة جنود عند البوابة.", 5, None),
        # "سقوط" takes the kind of the noun after its count
        ("أودى الانفجار بحياة 9 أشخاص فضلا عن سقوط 40 جريحا.", 9, 40),
        ("أسفر الهجوم عن سقوط 20 قتيلا و35 جريحا.", 20, 35),
        # the toll named ("عدد قتلى الهجوم") rose to the number after "إلى", however far
        ("قتل جنديان آخران، ليرتفع عدد قتلى الكمين الذي نصبه المسلحون فجرا إلى 11.", 11, None),
        # ... but a tally over a period is not the event's
        ("قتل 6 جنود، ليرتفع عدد القتلى خلال يومين إلى 15.", 6, None),
        # nor a foreign army's, named in the singular ("لجنود الاحتلال الإيطالي")
        (
            "قتل جنديان، وبذلك يرتفع عدد القتلى لجنود الاحتلال الإيطالي إلى 29 جنديا.",
            2,
            None,
        ),
        # bodies recovered count the dead, before or after their noun
        ("تمكنت فرق الإنقاذ من انتشال 9 جثث من تحت الأنقاض.", 9, None),
        ("عثرت الشرطة على جثث 12 شرطيا.", 12, None),
        # the one killed comes after the killers named right after an active verb
        ("اغتال مسلحون مجهولون رئيس المجلس المحلي في المدينة.", 1, None),
        # a noun counted after it ("المهاجمون الأربعة") and a count joined to it by و
        ("قتل المهاجمون الأربعة وخمسة من رجال الشرطة في الاشتباك.", 9, None),
        # a year after a month ("منذ يوليو 2016") counts no one
        ("وهو ثاني قائد للجماعة يقتل منذ مارس 2015.", None, None),
        # a count after "على يد" is of the killers, not of the dead
        ("قال إن 14 جنديا قتلوا على يد خمسة من المتسللين.", 14, None),
        # the accusative noun of the wounded counts before it
        ("وأضاف أن 35 مصابا نقلوا إلى المستشفى.", None, 35),
        # a count of another group further back is not the count of the nearer noun
        ("نقل المسعفون رفات عشرة جنود واثنين جريحين إلى المستشفى.", None, 2),
        # an accusative noun after a number is what it counts, not one more person
        ("وصلت إلى المستشفى 12 جنديا، واثنين جريحين.", None, 2),
        # counts of two groups joined by و before the verb add up
        ("وذكر البيان أن 4 شرطيين و9 مسلحين قتلوا في المعركة.", 13, None),
        # a count right after a casualty word of the other kind is that word's
        ("قتل 6 جنود وأصيب آخرون بجروح.", 6, None),
        # one figure for both kinds together gives neither
        ("أدى الانفجار إلى مقتل وإصابة 18 شخصا.", None, None),
        ("وسقط 40 ضحية بين قتيل وجريح.", None, None),
        # ... but a figure of "others" after the pair is the second kind's own
        ("وقال إن ثمانية من رجال الشرطة المحلية قتلوا وأصيب 5 آخرون.", 8, 5),
        ("وقال إن ركاب السيارة قتلوا وأصيب 4 آخرون.", None, 4),
        # a number word that begins with و is no conjunction
        ("قتل مدني واحد على الأقل.", 1, None),
        # an ordinal after the verb is one more
        ("قتل ثلاثة جنود وأصيب رابع.", 3, 1),
        # one more person of another trade joined by و
        ("قتل صحفي ومترجم في الكمين.", 2, None),
        # the ones who died with him
        ("لقي الضابط مصرعه مع ثلاثة من حراسه.", 4, None),
        # apposition after the count names the ones counted
        ("قتل ستة أشخاص هم سائق الحافلة وخمسة ركاب.", 6, None),
        # an age is no count of people
        ("قتلت امرأة عمرها 60 عاما برصاص مجهولين.", 1, None),
        # the attackers' dead told in the same sentence add to the toll
        ("وقال إن ستة من الشرطة قتلوا وأن ثلاثة من المهاجمين قتلوا أيضا.", 9, None),
        # "بين القتلى": some of the dead, not the toll
        ("وأضاف أن بين القتلى 4 من عناصر الأمن.", None, None),
        # a count after a word that opens another clause is not the verb's
        ("وقال إن الجنود قتلوا جميعا، فيما أنقذ 30 موظفا.", None, None),
        # one more person named with a possessive pronoun
        ("وأسفر الانفجار عن مقتل ضابطين ومترجمهما.", 3, None),
        # the dead of another group told in a clause of contrast add up
        ("قتلوا خمسة من الحراس وجرحوا ثلاثة، فيما استشهد اثنان من المجاهدين.", 7, 3),
        # ... but a toll told in such a clause restates the figure
        ("قتل 12 شخصا في الهجوم، فيما بلغت حصيلة القتلى بحسب مصادر أخرى 15.", 12, None),
        # "أحد" before a plural noun is one of them
        ("وقتل أحد حراس الوالي في الهجوم.", 1, None),
        # the active verb of wounding
        ("فتح الجندي النار فأصاب أربعة من زملائه.", None, 4),
        # a vague count after "بعد" belongs to the reason, not to the toll
        ("وارتفعت الحصيلة إلى 20 قتيلا و41 جريحا بعد وفاة عدد من المصابين.", 20, 41),
        # "في حين" opens a clause of contrast too
        ("قتل 6 جنود في الهجوم، في حين قالت السلطات إن 9 من المسلحين قتلوا.", 15, None),
        # passengers and others counted before their verb
        ("وأضاف أن أربعة ركاب آخرين أصيبوا بجروح.", None, 4),
        # a part named after "بينهم" is no count of its own, after the verb too
        ("لقي خمسة أشخاص مصرعهم بينهم شرطيان.", 5, None),
        ("قتل 9 مدنيين بينهم امرأتان وطفل.", 9, None),
        # a year counts no one
        ("وقتل مسلحون منذ عام 2001 مدنيين كثيرين.", None, None),
        # a count right before the other kind's verb is that verb's ("وجرح آخرون": vague)
        ("وقال إن 8 جنود قتلوا وجرح آخرون.", 8, None),
        # a place between the verb and the one person, then others joined by و
        ("قتل في الكمين قائد المركز و4 من جنوده.", 5, None),
        # ... but an adjective after an indefinite place of the event is no person
        ("وقالت الشرطة إن ستة من عناصرها قتلوا في هجوم مسلح على حاجز.", 6, None),
        # one person named before a singular passive verb
        ("وأضاف أن سائق الشاحنة قتل أيضا في الانفجار.", 1, None),
        ("وقال إن حارس المدرسة أصيب بجروح.", None, 1),
        # "راح ضحيته" with its conjunction
        ("وراح ضحيته خمسة أشخاص على الأقل.", 5, None),
        # a vague count of hours further on is no count of the dead
        ("إن 3 جنود و8 مسلحين قتلوا في معارك استمرت عدة ساعات.", 11, None),
        # a noun of the wounded takes its count before it, not a person named after it
        ("خلف الهجوم 4 قتلى و9 جرحى، وفق مدير المستشفى.", 4, 9),
        # the construct dual of a hundred
        ("وقالت الوزارة إن نحو مائتي مسلح قتلوا في العملية.", 200, None),
        # executed is killed
        ("وأعدم المسلحون ثلاثة من عمال البناء المخطوفين.", 3, None),
        # a count after a verb of capture counts the captured
        ("لقي 9 عناصر من طالبان مصرعهم، وأسر 4 آخرون.", 9, None),
        # a person of a trade and others joined to him
        ("أسفر الانفجار عن مقتل إمام المسجد و3 مصلين.", 4, None),
        # the ones with him after "مع"
        ("وقتل مسلحون قائدا مع 3 من حراسه.", 4, None),
        # one driver, no number
        ("وأسفر الحادث عن إصابة سائق بجروح.", None, 1),
        # "وتأتي الغارة بعد ...": the dead after "بعد" are an earlier event's
        ("وتأتي الغارة بعد يومين من هجوم أسفر عن مقتل 14 جنديا.", None, None),
        # "بينهم" after the verb: one of those counted before it, not the count
        ("وأفاد الوالي بأن 9 أشخاص على الأقل قتلوا بينهم زعيم قبلي.", 9, None),
        # "واحد" is a number spelt with و, not one more joined; "آخر": one more
        ("وأقرت القوات بمقتل جندي بريطاني واحد وإصابة آخر، لكن الحصيلة قد تكون أكبر.", 1, 1),
        ("قتل شرطي وأصيب آخر بجروح في الانفجار.", 1, 1),
        # the others after the verb are the next verb's: "وأحد عشر آخرين جرحوا"
        ("وذكر البيان أن أربعة مدنيين قتلوا وأحد عشر آخرين جرحوا في الانفجار.", 4, 11),
        ("وذكر البيان أن أربعة مدنيين قتلوا و11 آخرين جرحوا في الانفجار.", 4, 11),
        # the number after its noun, then a wounded clause of its own
        ("وخلف الانفجار مقتل مدنيين اثنين وإصابة 9 آخرين بجروح.", 2, 9),
        # killed them / him / the two of them: the people told before the verb
        ("أوقف مسلحون سيارة وأنزلوا ثلاثة رجال منها وقتلوهم بالرصاص.", 3, None),
        ("اختطف مسلحون مهندسا في الطريق وقتلوه.", 1, None),
        # the figures that end an operation's name count no one
        ('وأوضح البيان أن المسلحين لقوا مصرعهم خلال عمليات "بامير 18" الحالية.', None, None),
        ("وقتل في عملية الجيش 18 مسلحا.", 18, None),
        # a share of the dead is no count of them
        ("ويقول خبراء إن القتلى في نحو 80 بالمئة من الهجمات مدنيون.", None, None),
        ("وقتل في الهجمات 80 بالمئة من الضحايا المدنيين.", None, None),
        ("وأضاف أن أربعة في المئة فقط من الجنود الأجانب قتلوا.", None, None),
        ("وقتل في عملية الجيش 18 من المسلحين.", 18, None),
        ("أطلق مسلحون النار على موظفة بالإدارة المحلية وقتلوها على الفور.", 1, None),
        # minors counted before the verb
        ("أعلنت السلطات أن 9 قاصرين من أقلية الهزارة قتلوا في الولاية.", 9, None),
        # the total, then its parts between commas: the parts tell the total again
        ("لقي 9 أشخاص على الأقل، شرطيان و7 جنود، حتفهم في الكمين.", 9, None),
        ("وقال إن شرطيين و7 جنود قتلوا في الكمين.", 9, None),
        ("قتل 9 أشخاص على الأقل، شرطيان و7 جنود، في الهجوم على الحاجز.", 9, None),
        # a man named after the verb is one; "كل" (all) is no name, though گل folds to it
        ("قتل نور محمد إسماعيلي، مدير أمن المنطقة، في اشتباكات مع طالبان.", 1, None),
        # a given name written as one word ("عبدالسلام")
        ("كما قتل عبدالسلام رحيمي 50 عاما مدير بلدية شينداند بهجوم مسلحين.", 1, None),
        ("وقال إنه دمر المدرعة وقتل كل من كان على متنها.", None, None),
        # "فيما أعلنت الوزارة عن قتل 17 مسلحا": another voice's report of another event,
        # unless it names the event told ("أن الهجوم أسفر أيضا عن مقتل")
        (
            "قتل مسؤول محلي بهجوم نفذه مسلحون أمس، فيما أعلنت الوزارة عن قتل 17 مسلحا.",
            1,
            None,
        ),
        (
            "قتل جنديان من الحلف في هجوم فيما ذكر مسؤولون محليون أن الهجوم أسفر أيضا عن مقتل "
            "ثمانية أطفال.",
            10,
            None,
        ),
        # one named and the people of his joined to him: his assistant, a policeman
        ("قتل رئيس البلدية ومساعده في المكتب وضابط شرطة في انفجار عبوة.", 3, None),
        # a list whose last item is joined by "بالإضافة إلى", far from the verb
        (
            "قتل ثلاثة من الجنود الأجانب وشرطيان محليان بالإضافة إلى 9 تلاميذ في تفجير.",
            14,
            None,
        ),
        # a member of an armed group named after the verb, then its object: he killed them;
        # with no object the verb is passive, and he is the one killed
        (
            "قتل عنصر من حركة طالبان تنكر بزي الشرطة بالرصاص جنديين أمريكيين.",
            2,
            None,
        ),
        ("قتل عنصر من حركة طالبان في اشتباك مع جنديين.", 1, None),
        # one told by a uniform not his own, then the count of his victims: he killed them
        ("قتل رجل يرتدي زي الجيش داخل القاعدة صباح اليوم أربعة جنود أجانب.", 4, None),
        ("قتل رجل يرتدي زي الأمن في الاشتباك.", 1, None),
        # what the people counted became names them again, no second figure
        ("قتل 12 مدنيا أصبحوا شهداء بسبب قصف الإرهابيين الأجانب.", 12, None),
        ("وقالت الحركة إن 15 من عناصرها باتوا قتلى بعد القصف.", 15, None),
        # the gunman named by his deed before the verb is one dead; a suicide bomber is not
        # counted
        ("وأوضح المسؤول أن مطلق النار قتل برصاص الحراس.", 1, None),
        ("وأضافت الشرطة أن المهاجم قتل في تبادل لإطلاق النار.", 1, None),
        ("وأضافت الشرطة أن الانتحاري قتل.", None, None),
        # the ones who carried the event out, counted, then killed themselves
        ("قتل ثلاثة جنود في هجوم شنه خمسة مسلحين قتلوا جميعا برصاص الحراس.", 8, None),
        # martyrs and wounded counted together, after a number past ten: neither kind
        ("وسقط أكثر من 150 شهيد وجريح في القصف على البلدة.", None, None),
        # slaughtered, beheaded: killed; a sheep slaughtered counts no one
        ("وذبح المسلحون سبعة مدنيين في القرية.", 7, None),
        ("وقال المسؤول إن التنظيم قطع رؤوس 12 من مقاتليه.", 12, None),
        ("وذبح الأهالي الأضاحي في العيد.", None, None),
        # one young woman, one refugee, the object of the verb of killing
        ("وأعدم المسلحون شابة في القرية بتهمة التجسس.", 1, None),
        ("وقتل حرس الحدود لاجئا عند المعبر.", 1, None),
        # stoned, hanged
        ("وقالت الشرطة إن المسلحين رجموا امرأة في السوق.", 1, None),
        ("وشنقوا ثلاثة رجال على شجرة قرب الطريق.", 3, None),
        ("كما رجم مقاتلان حتى الموت في القرية.", 2, None),
        # an execution kills; a death sentence does not, yet
        ("وقام مسلحون تابعون لطالبان بإعدام قيادي سابق بها.", 1, None),
        ("ونفذت السلطات حكم الإعدام بحق ثلاثة مدانين في السجن.", None, None),
        # carried out by an armed group: a killing
        ("ونفذت حركة طالبان حكم الإعدام في أربعة رجال اتهمتهم بالتجسس.", 4, None),
        # "في عداد القتلى": counted among the dead, the people told before
        (
            "وأعلنت الوزارة أن خمسة جنود بريطانيين فقدوا في ولاية هلمند جنوبي البلاد خلال "
            "دورية ليلية وأصبحوا في عداد القتلى.",
            5,
            None,
        ),
        # one of a unit, then others joined after the unit's name
        ("قتل عنصر من قوات التحالف ومدنيان في الانفجار.", 3, None),
        # one named, and others besides him
        ("قتل انتحاري رجل شرطة بارزا بالإضافة إلى ثلاثة آخرين في سوق مزدحم.", 4, None),
        # the count opening a "that" clause, its people described at length before the verb
        (
            "وأعلن أن 14 شخصا على الأقل من ركاب السيارة التي كانت عائدة من سوق المديرية "
            "إلى قريتهم قتلوا.",
            14,
            None,
        ),
        ("وقال إن السيارة كانت تقل 14 راكبا عائدين من سوق المديرية حين قتلوا.", None, None),
        # what a vehicle carried is no toll, unless all of them died
        ("وقال إن السيارة كانت تقل 9 ركاب حين قتلوا.", None, None),
        ("وانفجرت العبوة لدى مرور سيارة كانت تقل 3 مدنيين، قتل جميعهم.", 3, None),
        # "وفاة" (the death of) counts the dead as "مقتل" does
        ("وأدى التفجير إلى وفاة نحو 30 شخصا وإصابة 90 آخرين.", 30, 90),
        # the dead of the event this one came hours after are that one's
        (
            "قتل أربعة جنود أفغان بنيران القوات الألمانية بعد ساعات من مقتل جنديين ألمانيين "
            "وإصابة خمسة آخرين.",
            4,
            None,
        ),
        # a casualty noun after "فضلا عن" adds to the figure of its kind told before
        ("وأسفرت الاشتباكات عن مقتل أربعة مسلحين وإصابة 7 آخرين، فضلا عن إصابة شرطي.", 4, 8),
        # the missing, told after "فضلا عن", are neither dead nor wounded
        ("وقال إن الهجوم خلف ثلاثة جرحى، فضلا عن اختفاء خمسة جنود.", None, 3),
        # one person and an uncounted group joined by و: no count, the words as a note
        ("قتل قائد ميداني وعشرات من عناصره في القصف.", None, None),
        ("وقتل مسؤول محلي وعدد من حراسه في الهجوم.", None, None),
        ("وقتل مسؤول محلي وثلاثة من حراسه في الهجوم.", 4, None),
        # being hit, with a pronoun of the dead, after a cause or a time: how they died
        ("وأعلنت الوزارة أن جنديا قتل جراء إصابته بعيارات نارية في إقليم هلمند.", 1, None),
        ("ولقي الجندي حتفه اليوم عندما أصابته عبوة ناسفة.", 1, None),
        ("وأدى الانفجار إلى إصابته بجروح خطيرة.", None, 1),
        # "أي" (any) after a negation counts no one; a wire's "يو بي أي" is no "any"
        ("ولم يتم انتشال أي جثة ونقل أي جريح من المكان.", None, None),
        ("كابول - يو بي أي - قتل 33 شرطيا في مواجهات.", 33, None),
        # accounts said to disagree: the first figure, none added to another
        (
            "في حين تضاربت المعلومات حول عدد القتلى، حيث ذكرت وكالة فارس أن حصيلة القتلى "
            "بلغت 41 شخصا، فيما قالت وكالة تسنيم إن العملية أسفرت عن سقوط 27 قتيلا.",
            41,
            None,
        ),
        # "في حين" another voice's figure of the same side: a version, not more dead
        (
            "وأعلن الوزير أن جنديين ألمانيين قتلا في الهجوم، في حين أشار متحدث أفغاني إلى "
            "مقتل ثلاثة جنود.",
            2,
            None,
        ),
        # a noun of one wounded joined by "إضافة إلى" is one, not the count before it
        ("وقال الحاكم قتل سبعة مدنيين بينهم امرأة وثلاثة أطفال إضافة إلى جريح.", 7, 1),
        # "his death", then the wounded with their count: no figure of both kinds
        ("أعلن مسؤول أن شخصا واحدا لقي حتفه وأصيب عشرة أطفال إثر سقوط صاروخ.", 1, 10),
        # "عدد من الجرحى": a number of them, uncounted, not the count of the dead before
        ("بلغ عدد القتلى جراء الهجوم 140 شخصا، بالإضافة إلى عدد من الجرحى.", 140, None),
        # others counted after the verb, then the next verb with its own count
        ("بينما قتل 32 آخرون وأصيب 20 بجروح في بغلان.", 32, 20),
        # "واحدة" after a thing is its adjective ("عائلة واحدة"), no count of the dead
        ("وقالت الوزارة إن ستة من أفراد عائلة واحدة قتلوا جراء انفجار قنبلة.", 6, None),
        ("وقال إن شخصا واحدا قتل.", 1, None),
        # a passive verb in the plural follows its people; a count after it is another's
        ("وقال إن ثمانية من رجال الشرطة أصيبوا واختفى أربعة آخرون.", None, 8),
        # the hedge "على الأقل" between the count before the verb and its people
        ("وذكر أن أربعة على الأقل من عناصر حركة طالبان قتلوا في الاشتباكات.", 4, None),
        ("وذكر أن أربعة على الأقل قتلوا.", 4, None),
        ("وكان خمسة في الأقل من أفراد الشرطة قتلوا في الهجوم.", 5, None),
        # one person, in the accusative after an active verb
        ("ردت الوحدة فقتلت متمردا في حين توفي جندي أفغاني متأثرا بجروحه.", 2, None),
        # a word of one person's death ("حتفه") counts one, whatever count stands before
        ("وقال إن 30 مسلحا هاجموا المركز ولقي شرطي حتفه.", 1, None),
        ("وأطلق مسلحون النار على سوق يرتاده 300 شخص، ولقي فيه رجل حتفه.", 1, None),
        # the death of the one a funeral is for is no death of the event told
        ("وقتل 12 شخصا عندما هاجم انتحاريون جنازة شخص لقي حتفه في الاحتجاجات.", 12, None),
        ("وفجر انتحاري نفسه وسط جنازة قائد شرطة قتل أمس ما أسفر عن مقتل خمسة.", 5, None),
        ("وهاجم انتحاري جنازة ما أسفر عن مقتل 12 شخصا.", 12, None),
        # ... but a noun of the dead counted after the one mourned is the attack's toll
        ("وأوقع تفجير استهدف جنازة زعيم قبلي 19 قتيلا على الأقل.", 19, None),
        ("وقالت الوزارة إن الحصيلة أكثر من مئة قتيل وجريح بين الجنود.", None, None),
        ("وأسفر الهجوم عن 30 قتيلا وجريحا.", None, None),
        # ... after a noun of falling, which counts the dead alone ("سقوط 12 قتيلا")
        ("وقالت الحركة إنه أسفر عن سقوط 43 قتيلاً وجريحًا في صفوف الجنود.", None, None),
        ("وأسفر الهجوم عن سقوط 12 قتيلا في صفوف الجنود.", 12, None),
        # ... with the people counted named at length, and who is among them
        ("أدى الانفجار إلى سقوط 48 مدنيا أفغانيا بينهم نساء وأطفال بين قتيل وجريح.", None, None),
        # "أجنبي" (a foreigner) is a person; "وآخر" one more, "والآخر" one of those counted
        ("قتل أجنبي وآخر أفغاني السبت بهجوم على مجمع في كابول.", 2, None),
        ("أعلن الحلف مقتل اثنين من جنوده أحدهما كندي والآخر بريطاني في انفجار.", 2, None),
        # the forces that killed, named at length after the verb, then the count
        (
            "قتل الجيش الأفغاني والقوات الدولية للمساعدة في إرساء الأمن التابعة لحلف "
            "شمال الأطلسي 18 من مقاتلي طالبان في حملة بولاية هلمند.",
            18,
            None,
        ),
        ("قتلت الشرطة الأفغانية وقوات الأمن الخاصة سبعة مسلحين.", 7, None),
        # a noun of the dead counted before it keeps its count; the uncounted group after
        # it is the wounded's
        ("ارتفعت حصيلة ضحايا الهجومين إلى حوالي 40 قتيلا وعشرات الجرحى.", 40, None),
        # "إلى جانب" / "بالإضافة إلى" before one person, or a dual, with no number
        ("أدى الهجوم إلى مقتل 6 جنود أمريكيين إلى جانب جنديين أفغانيين.", 8, None),
        ("قتل ضابط في الجيش إلى جانب جندي آخر حين انفجر لغم بسيارتهما.", 2, None),
        ("وقتل مدير الناحية إلى جانب سائقه في الكمين.", 2, None),
        ("قتل قيادي محلي بالإضافة إلى حارسين له في إطلاق نار.", 3, None),
        # "إلى جانب الطريق" is a place, not a person
        ("قتل جندي بلغم زرع إلى جانب الطريق.", 1, None),
        # an attacker killed, told as the verb's object: one
        ("وقتلت قوات الأمن انتحاريًا يرتدي زي الشرطة قرب المقر.", 1, None),
        # "القضاء على": the elimination of, in military reporting
        ("وتم دحر المهاجمين والقضاء على 22 منهم واعتقال 26 آخرين.", 22, None),
        ("وتعهد الوزير بالقضاء على الإرهاب في الولاية.", None, None),
        # digits glued to the words around them, as some pages print them
        ("لقي30 شخصاً مصرعهم وأصيب10مسلحين في الغارة.", 30, 10),
        ("قال إن30مدنيا قتلوا وجرح25في هذا القصف.", 30, 25),
        # "وإصابة" opens its own clause: the count before it is the dead's
        ("أسفر الهجوم عن مقتل جندي واحد وإصابة مدنيين.", 1, None),
        # "آخر" before a noun is "the last"
        ("وأعلنت الحركة مقتل آخر قادتها في المنطقة.", None, None),
    ],
)
def test_casualties_of_a_sentence(sentence, killed, wounded):
    found = casualties(tokenize(sentence))
    assert (found.killed, found.wounded) == (killed, wounded)


def test_a_foreign_armys_running_tally_is_not_the_events_toll(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل ثلاثة جنود ألمان في هجوم لطالبان في ولاية قندوز. "
        "ويعد الهجوم الأسوأ للجنود الألمان، ليرتفع عدد القتلى من الجنود الألمان إلى 39."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 3


def test_one_of_the_sides_of_a_road_is_no_one_hurt():
    # "أحد جانبي الطريق": one of two sides, not one of the people, before "أصابت" (hit)
    sentence = "وقال شهود إن قنبلة مخبأة في أحد جانبي الطريق أصابت عربة همفي تابعة للقوات."
    found = casualties(tokenize(sentence))
    assert (found.killed, found.wounded) == (None, None)
    # one of the soldiers still counts one
    assert casualties(tokenize("وقالت الوزارة إن أحد جنودها قتل في الهجوم.")).killed == 1


def test_the_months_tally_two_events_raise_is_not_their_toll(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل خمسة جنود أميركيين في هجومين منفصلين بقنابل جنوب أفغانستان. "
        "وقال الحلف إن الهجومين يرفعان عدد قتلى قواته إلى 48 الشهر الجاري."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 5


def test_a_guard_dead_besides_the_workers_counted_is_one_more(gaz):
    from incidents.extract import extract_article

    # the guard is of the security side, the workers civilians: another side's dead
    text = (
        "قتل مسلحون ثمانية من العمال الأجانب في هجوم على مخيمهم في ولاية قندوز. "
        "وأضاف الحاكم أن المهاجمين استخدموا البنادق في الهجوم، وقتل في الهجوم حارس أفغاني."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 9


def test_a_revised_toll_replaces_the_first_figure(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة قندهار. "
        "وقال مسؤولون إن حصيلة القتلى ارتفعت إلى 12 شخصا بعد وفاة جرحى في المستشفى."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 12


def test_a_later_subset_does_not_replace_the_first_figure(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة قندهار. "
        "وقال مسؤولون إن طفلين قتلا في الانفجار."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 5


def test_a_larger_count_of_people_of_no_side_is_the_fuller_toll(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل انتحاري قائدا للشرطة في حفل بمدينة قندوز. "
        "وقال بيان للرئاسة يدين الهجوم إن 16 شخصا على الأقل قتلوا وأصيب 40 آخرون."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (16, 40)


def test_a_smaller_count_of_people_of_no_side_keeps_the_first_figure(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل 16 شخصا في هجوم انتحاري على حفل بمدينة قندوز. "
        "وقال قائد الشرطة إن ثلاثة أشخاص قتلوا داخل القاعة."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 16


def test_a_larger_count_told_nevertheless_by_another_voice_is_another_account(gaz):
    from incidents.extract import extract_article

    text = (
        "وقال مسؤولون إن ستة من رجال الشرطة قتلوا في هجوم على مركز مديرية جلريز بولاية وردك. "
        "ومع ذلك، قال عضو آخر في مجلس الولاية إن عدد القتلى لا يقل عن 15 شخصا."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 6


def test_two_attacks_told_in_the_dual_on_one_target_are_one_event_with_one_toll(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل عشرة من رجال الشرطة وأصيب 14 آخرون في هجومين انتحاريين على مقر للشرطة في "
        "ولاية بكتيا. ونقلت الوكالة عن المتحدث باسم الشرطة قوله إن «الهجوم قتل 10 على الأقل»."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (10, 14)


def test_one_death_told_first_then_others_joined_to_him_is_the_total(gaz):
    from incidents.extract import extract_article

    text = (
        "قال مسؤولون إن قائد الشرطة في ولاية قندهار لقي حتفه أمس في هجوم انتحاري داخل مقر "
        "الشرطة. وقال المتحدث إن الانتحاري فجر سترته مما أسفر عن مقتل قائد الشرطة وضابطين "
        "آخرين."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 3


@pytest.mark.parametrize(
    ("second", "killed"),
    [
        # the people he died with, right after the word of his death
        ("وقالت الاستخبارات إن الملا رحيم قتل مع ثلاثة آخرين خلال العملية.", 4),
        # wounded with others, then dead of it: the others are the wounded
        ("وقالت الاستخبارات إن الملا رحيم أصيب مع ثلاثة آخرين ثم توفي لاحقا.", 1),
        # the count of the dead, and he named among them
        ("وأضافت أن تسعة من عناصر الحركة بينهم القائد قتلوا في العملية.", 9),
    ],
)
def test_one_death_told_first_then_others_he_died_with_is_the_total(gaz, second, killed):
    text = "قتل قائد عسكري لحركة طالبان في عملية خاصة للاستخبارات في ولاية غزني. " + second
    assert _one(gaz, text)[0] == killed


def test_a_lead_toll_that_sums_the_events_told_after_gives_way_to_its_own_part(gaz):
    from incidents.extract import extract_article

    text = (
        "قال مسؤولون إن مسلحين قتلوا 20 من رجال الأمن على الأقل في هجمات ليلية. "
        "وأوضحوا أن المسلحين اقتحموا مركزا للشرطة في إقليم بغلان ما أدى إلى مقتل 12 شرطيا. "
        "وفي إقليم فارياب هاجم مسلحون نقطة للجيش ما أسفر عن مقتل ثمانية جنود."
    )
    baghlan, faryab = extract_article(text, gazetteer=gaz, article_id="t")
    assert (baghlan.killed, faryab.killed) == (12, 8)
    # the sum named no place: the first event is told first by its own sentence
    assert baghlan.sentence.startswith("وأوضحوا أن المسلحين")
    assert baghlan.sentences[1] == (0, text.index(" وأوضحوا"))
    # nor does a wire's dateline before it ("هراة :"): where the report was filed
    datelined = "هراة : " + text
    baghlan, _ = extract_article(datelined, gazetteer=gaz, article_id="t")
    assert baghlan.sentence.startswith("وأوضحوا أن المسلحين")


def test_a_lead_toll_told_as_more_than_a_figure_sums_the_parts_a_little_over_it(gaz):
    # "أكثر من 100", then 55 and 46 in two districts of the lead's province: the parts; a
    # part elsewhere adds nothing to it
    from incidents.extract import extract_article

    text = (
        "أعلنت الشرطة أن أكثر من 100 مسلح قتلوا في عمليتين شنتهما القوات في إقليم بكتيا. "
        "وأوضحت أن العملية الأولى شنت في مديرية زرمت حيث قتل 55 مسلحا. "
        "وأضافت أن العملية الثانية شنت في مديرية أحمد آباد حيث قتل 46 مسلحا."
    )
    first, second = extract_article(text, gazetteer=gaz, article_id="t")
    assert (first.killed, second.killed) == (55, 46)
    elsewhere = text.replace("في مديرية أحمد آباد", "في ولاية هلمند")
    first, second = extract_article(elsewhere, gazetteer=gaz, article_id="t")
    assert first.killed == 100


def test_the_first_part_of_a_lead_that_named_two_means_is_of_its_own_means(gaz):
    # "خلال اشتباكات وغارات جوية": the lead's type is read from the air strikes; its first
    # part, told alone in the fighting, is a clash
    from incidents.extract import extract_article

    text = (
        "قتل 20 مسلحا من طالبان خلال اشتباكات وغارات جوية في ولاية قندوز. "
        "وقال المتحدث باسم الشرطة إن ثمانية منهم قتلوا خلال اشتباكات مع قوات الأمن في مديرية "
        "إمام صاحب. "
        "وأضاف أن طائرات حربية قصفت مواقع للمسلحين في مديرية دشت أرجي ما أسفر عن مقتل 12 مسلحا."
    )
    fighting, strikes = extract_article(text, gazetteer=gaz, article_id="t")
    assert (fighting.event_type, fighting.killed) == ("armed_clash", 8)
    assert (strikes.event_type, strikes.killed) == ("airstrike", 12)


def test_a_lead_toll_that_is_no_sum_of_the_events_after_stays(gaz):
    from incidents.extract import extract_article

    text = (
        "قال مسؤولون إن مسلحين قتلوا 20 من رجال الأمن على الأقل في هجوم ليلي. "
        "وأوضحوا أن المسلحين اقتحموا مركزا للشرطة في إقليم بغلان ما أدى إلى مقتل 12 شرطيا. "
        "وفي إقليم فارياب هاجم مسلحون نقطة للجيش ما أسفر عن مقتل ثلاثة جنود."
    )
    baghlan, faryab = extract_article(text, gazetteer=gaz, article_id="t")
    assert (baghlan.killed, faryab.killed) == (20, 3)


def test_a_dual_with_one_more_joined():
    found = casualties(tokenize("أفاد مصدر عن مقتل أجنبيين وأفغاني في تبادل إطلاق نار."))
    assert found.killed == 3


def test_a_headlines_figures_wait_over_a_line_of_credits(gaz):
    from incidents.extract import extract_article

    text = (
        "مقتل مسؤول محلي واثنين من حراسه في انفجار بهلمند\n\n"
        "المسلم/وكالات\n\n"
        "قتل مسؤول محلي في انفجار قنبلة زرعت على جانب طريق في ولاية هلمند."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 1  # the lead's own figure wins over the headline's 3

    text = text.replace("قتل مسؤول محلي في انفجار", "انفجرت")
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 3


@pytest.mark.parametrize(
    ("second", "killed"),
    [
        # "أيضا" after the verb adds the dead of another group
        ("وقتل أيضا ثلاثة من المسلحين في تبادل إطلاق النار.", 8),
        # ... also with the place of the event before it
        ("وقتل في الاشتباك أيضا جندي وثلاثة من المسلحين.", 9),
        # the attackers, whom the lead did not count, add to the toll
        ("وقال قائد الشرطة إن اثنين من المهاجمين قتلا في الاشتباك.", 7),
        # the group's own fighters who died ("استشهد ... من المجاهدين") add to the toll
        ("وقال المتحدث إن اثنين من المجاهدين استشهدا في المعركة.", 7),
        # bombers counted as such ("انتحاريين") are attackers too
        ("وأضاف المتحدث أن ثلاثة انتحاريين قتلوا أثناء محاولتهم اقتحام الحاجز.", 8),
        # "others" counted right after the casualty word are besides those told before
        ("وأسفرت الغارة الجوية عن مقتل ثلاثة آخرين من قادة الجماعة.", 8),
        # the attackers in an official's words ("إرهابيين") are attackers too
        ("وقال المتحدث إن ثلاثة إرهابيين قتلوا في الرد على الهجوم.", 8),
        # the same figure told again by an official is no addition
        ("وقال قائد الشرطة إن خمسة جنود قتلوا في الهجوم.", 5),
        # attackers inside a toll told again ("بينهم المهاجمون") add nothing
        ("وقال إن خمسة قتلوا بينهم المهاجمون الثلاثة.", 5),
    ],
)
def test_dead_of_another_group_in_a_later_sentence_add_up(gaz, second, killed):
    from incidents.extract import extract_article

    text = f"قتل خمسة جنود في هجوم على حاجز في مديرية زرمت بولاية بكتيا. {second}"
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == killed


def test_a_lead_that_counted_the_attackers_gets_no_second_count_of_them(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل خمسة جنود وثلاثة من المهاجمين في هجوم على حاجز في مديرية زرمت بولاية بكتيا. "
        "وقال قائد الشرطة إن ثلاثة من المهاجمين قتلوا في الاشتباك."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 8


def test_also_adds_only_to_the_kind_it_follows(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل 20 شخصا في هجوم انتحاري على مسجد في مدينة مهترلام بولاية لغمان. "
        "وقال طبيب إن ثمانية قتلى نقلوا إلى المستشفى، وإن 30 جريحا نقلوا أيضا إلى مستشفى "
        "الولاية."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (20, 30)


def test_besides_a_fall_of_wounded_adds_no_dead(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل تسعة أشخاص في تفجير انتحاري بسيارة مفخخة في مدينة قندهار. "
        "وذكرت الإذاعة أن الانفجار أودى بحياة 9 أشخاص فضلا عن سقوط 40 جريحا."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (9, 40)


def test_a_lead_toll_of_several_attacks_gives_way_to_the_figure_of_this_one(gaz):
    from incidents.extract import extract_article

    text = (
        "قال مسؤولون إن 17 جنديا قتلوا في سلسلة هجمات شنتها طالبان في إقليمي فارياب وجوزجان. "
        "وهاجم المسلحون نقاط تفتيش للجيش في مديرية قيصار بإقليم فارياب. "
        "وقال عضو في مجلس الإقليم إن 11 جنديا قتلوا هناك."
    )
    first = extract_article(text, gazetteer=gaz, article_id="t")[0]
    assert first.killed == 11


def test_a_lead_toll_of_two_bases_struck_gives_way_to_the_figure_of_the_first(gaz):
    from incidents.extract import extract_article

    text = (
        "قال مسؤولون إن مسلحين هاجموا قاعدتين للشرطة في إقليم غزني وقتلوا أكثر من 20 شرطيا. "
        "وأوضح حاكم الإقليم أن المسلحين اقتحموا مركزا في مديرية أندر وقتلوا 14 شرطيا. "
        "وأضاف أن المسلحين شنوا هجوما منفصلا في مديرية ده يك وقتلوا تسعة من رجال الشرطة."
    )
    andar, dehyak = extract_article(text, gazetteer=gaz, article_id="t")
    assert (andar.killed, dehyak.killed) == (14, 9)


def test_a_groups_claim_after_a_toll_of_two_posts_does_not_replace_it(gaz):
    from incidents.extract import extract_article

    text = (
        "هاجم مقاتلو طالبان مركزين أمنيين في ولاية نورستان ما أدى إلى مقتل 9 جنود. "
        "وقال المتحدث باسم طالبان ذبيح الله مجاهد إن عناصر الحركة قتلت 45 جنديا في العملية."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 9


def test_the_groups_spokesman_going_on_gives_the_groups_figures_still(gaz):
    from incidents.extract import extract_article

    lead = (
        "قتل أربعة جنود فرنسيين وجرح خمسة آخرون في هجوم انتحاري في ولاية كابيسا. "
        "من جهتها، أعلنت حركة طالبان بلسان المتحدث باسمها ذبيح الله مجاهد مسؤوليتها عن "
        "الهجوم. "
    )
    for going_on in (
        "وقال في بيان إن 12 شخصا قتلوا في الهجوم.",  # no fuller toll
        "وأضاف أن اثنين من الشرطة قتلا أيضا.",  # nor more dead of another side
    ):
        (inc,) = extract_article(lead + going_on, gazetteer=gaz, article_id="t")
        assert inc.killed == 4, going_on


def test_attacks_told_as_several_after_their_noun_are_a_toll_of_several(gaz):
    from incidents.extract import extract_article

    # "هجمات عدة" as "عدة هجمات": the lead's toll is of several; the first told takes it
    text = (
        "قتل 12 شخصا في هجمات عدة شنتها طالبان في ولاية هلمند. "
        "وقال المتحدث باسم الحاكم إن خمسة جنود قتلوا في انفجار لغم في مديرية سنجين."
    )
    first = extract_article(text, gazetteer=gaz, article_id="t")[0]
    assert first.killed == 5


def test_a_figure_told_of_all_the_summed_events_keeps_the_lead_toll(gaz):
    from incidents.extract import extract_article

    text = (
        "قالت وزارة الدفاع إن 30 مسلحا قتلوا في عمليات للجيش في ولايات غزني وزابل وأروزجان. "
        "وأضافت الوزارة أن 12 مسلحا آخرين أصيبوا في هذه العمليات."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert (inc.killed, inc.wounded) == (30, 12)


def _one(gaz, text):
    from incidents.extract import extract_article

    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    return inc.killed, inc.wounded


def test_dead_of_another_side_told_later_add_to_the_total(gaz):
    text = (
        "قتل ستة مدنيين في قصف جوي استهدف منزلا في مديرية نرنك بولاية كونر. "
        "وأضاف حاكم المديرية أن أربعة من مسلحي طالبان قتلوا في الغارة نفسها."
    )
    assert _one(gaz, text) == (10, None)


def test_a_later_count_of_the_same_side_restates_the_toll(gaz):
    text = (
        "قتل ستة جنود في هجوم على نقطة تفتيش في مديرية زرمت بولاية بكتيا. "
        "وقال المتحدث إن خمسة من الشرطة قتلوا في الهجوم."
    )
    assert _one(gaz, text) == (6, None)


def test_the_dead_named_again_with_the_article_are_not_added(gaz):
    # "القتلى الستة هم من طالبان": another account of the same six dead
    text = (
        "قال مسؤولون إن ستة مدنيين قتلوا في غارة جوية في مديرية شينداند بولاية هرات. "
        "غير أن متحدثا عسكريا قال إن القتلى الستة هم من مسلحي طالبان."
    )
    assert _one(gaz, text) == (6, None)


def test_a_toll_whose_side_is_told_only_among_them_has_no_side(gaz):
    # the nine are of no one side: the six civilians told next are among them
    text = (
        "قتل تسعة أشخاص، بينهم ثلاثة جنود، في انفجار سيارة مفخخة في مدينة خوست. "
        "وقال المتحدث إن ستة مدنيين قتلوا في الانفجار."
    )
    assert _one(gaz, text) == (9, None)


def test_another_partys_denial_gives_no_dead_of_its_own(gaz):
    text = (
        "قتل ثمانية مدنيين في غارة جوية في مديرية خوكياني بولاية ننجرهار. "
        "ونفى متحدث باسم الحلف ذلك وقال إن الغارة قتلت خمسة مسلحين."
    )
    assert _one(gaz, text) == (8, None)


def test_a_later_total_of_the_side_told_and_another_replaces_the_first(gaz):
    text = (
        "قتل عشرة أطفال في غارة جوية في مديرية سوكي بولاية كونر. "
        'وقال المتحدث باسم الحاكم إن "10 أطفال و8 مسلحين قتلوا في الغارة".'
    )
    assert _one(gaz, text) == (18, None)


def test_the_speakers_title_before_a_verbal_noun_names_no_side_of_the_dead(gaz):
    # "المتحدث باسم حاكم الولاية مقتل ...": the governor is the speaker's office, no dead
    # of an unknown side, so the later total of both sides replaces the first
    text = (
        "أعلن مسؤول مقتل 17 من قوات الأمن في هجوم شنته طالبان على مواقع أمنية في ولاية غزني. "
        "وأكد المتحدث باسم حاكم الولاية مقتل 17 عنصرا أمنيا ونحو 50 مسلحا من طالبان."
    )
    assert _one(gaz, text) == (67, None)


def test_a_commander_of_the_group_is_of_the_militants_side(gaz):
    # police dead, then "مقتل القيادي بالجماعة آدم خان وأربعة من المتمردين": the other side
    text = (
        "أعلن مسؤول مقتل شرطيين اثنين جراء هجوم شنه مسلحون على نقطة أمنية بولاية لغمان. "
        "وقال المتحدث إن القوات صدت الهجوم، لافتا إلى مقتل القيادي بالجماعة آدم خان وأربعة "
        "من المتمردين."
    )
    assert _one(gaz, text)[0] == 7


def test_a_figure_of_no_side_told_before_keeps_later_figures_from_adding(gaz):
    # "اثنان من أفراد الحامية" may be the two policemen told next
    text = (
        "قتل اثنان من أفراد الحامية وثلاثة من المهاجمين في هجوم على مركز في مديرية سنجين "
        "بولاية هلمند. وأوضح المتحدث أن شرطيين قتلا في الهجوم."
    )
    assert _one(gaz, text) == (5, None)


def test_a_headlines_figure_told_again_of_the_event_is_not_added(gaz):
    text = (
        "مقتل 12 مسلحا في هجوم على حاجز بولاية فارياب\n"
        "ذكر مسؤولون أن مسلحين هاجموا حاجزا للشرطة في مديرية قيصار بولاية فارياب. "
        "وتابع أن الاشتباك الذي تلا ذلك انتهى بمقتل 12 من المهاجمين."
    )
    assert _one(gaz, text) == (12, None)


def test_one_of_the_headlines_dead_named_again_leaves_its_figure(gaz):
    # "اغتيال القاضي": one of the two the headline counted, no toll of the event
    text = (
        "قتل مسلحون قاضيا وابنه في ولاية غزني.\n"
        "وأطلق المسلحون النار على القاضي وابنه أمام منزلهما في مدينة غزني. "
        "وقال مسؤول إن التحقيق جار في اغتيال القاضي."
    )
    assert _one(gaz, text)[0] == 2


def test_besides_after_a_figure_of_its_own_sentence_adds_nothing_told_before(gaz):
    text = (
        "قتل 18 مسلحا في اشتباك مع قوات الأمن في مديرية كامديش بولاية نورستان. "
        "وقال المتحدث باسم الحركة إن 16 مسلحا قتلوا في الاشتباك، بالإضافة إلى مقتل عدد من "
        "المدنيين."
    )
    assert _one(gaz, text)[0] == 18


def test_a_leads_toll_of_separate_operations_gives_way_to_the_first_figure_of_one(gaz):
    text = (
        "قتل عشرة مسلحين على الأقل في عمليات منفصلة بولاية ننجرهار. "
        "وقالت شرطة الولاية إن سبعة من المسلحين قتلوا في مديرية أشين."
    )
    from incidents.extract import extract_article

    first = extract_article(text, gazetteer=gaz, article_id="t")[0]
    assert first.killed == 7


def test_also_before_the_word_it_adds_to_adds_the_dead(gaz):
    text = (
        "قتل خمسة مدنيين في انفجار عبوة ناسفة في مديرية سنجين بولاية هلمند. "
        "وأضاف المتحدث أن الانفجار أدى أيضا إلى مقتل ثلاثة أطفال."
    )
    assert _one(gaz, text)[0] == 8


def test_a_leads_toll_of_two_attacks_gives_way_to_the_figure_of_one(gaz):
    from incidents.extract import extract_article

    text = (
        "أسفر هجومان لمسلحي طالبان في ولاية بادغيس عن مقتل 19 من رجال الأمن. "
        "وفي أحد الهجومين، لقي 13 شخصا حتفهم حين اقتحم المسلحون قاعدة في مديرية قادس."
    )
    assert extract_article(text, gazetteer=gaz, article_id="t")[0].killed == 13


def test_the_groups_own_account_neither_adds_to_nor_replaces_the_officials(gaz):
    text = (
        "قتل 18 مسلحا في عملية مشتركة للجيش والشرطة في ولاية نورستان. "
        "لكن المتحدث باسم طالبان قال في بيان إن 16 مسلحا وعددا من المدنيين قتلوا، "
        "بالإضافة إلى مقتل 9 جنود أجانب."
    )
    assert _one(gaz, text)[0] == 18


def test_the_exact_count_a_hedged_one_stood_for_replaces_it(gaz):
    # "أكثر من 120", then 72 and 52 of the two sides: 124
    text = (
        "أسفرت اشتباكات بين مسلحين من تنظيم داعش وحركة طالبان في إقليم جوزجان عن أكثر من "
        "120 قتيلا من الجانبين. وقال المتحدث إن 72 من طالبان و52 من داعش قتلوا في الاشتباكات."
    )
    assert _one(gaz, text)[0] == 124
    # a count far over the hedged one is no exact count of it
    far = text.replace("و52 من داعش", "و152 من داعش")
    assert _one(gaz, far)[0] == 120


def test_a_voice_that_disagreed_adds_nothing_of_its_own_version(gaz):
    # 18 from the ministry; a council member tells 22, "and also 12 Taliban": his version
    text = (
        "أعلنت وزارة الدفاع مقتل 18 جنديا في هجوم لطالبان في ولاية فرح. من جهته، قال مسؤول "
        "بمجلس الولاية إن الهجوم أسفر عن مقتل 22 جنديا. وأضاف أن الهجوم نتج عنه أيضا مقتل "
        "12 من حركة طالبان."
    )
    assert _one(gaz, text)[0] == 18
    # a voice that agreed goes on: the other side adds
    agreed = (
        "أعلنت وزارة الدفاع مقتل 18 جنديا في هجوم لطالبان في ولاية فرح. من جهته، قال مسؤول "
        "بمجلس الولاية إن الهجوم أسفر عن مقتل 18 جنديا. وأضاف أن الهجوم نتج عنه أيضا مقتل "
        "12 من حركة طالبان."
    )
    assert _one(gaz, agreed)[0] == 30


def test_the_groups_news_agency_is_the_groups_voice(gaz):
    # the Islamic State's agency adds dead of its own to the officials' figure
    text = (
        "قال الجيش الأمريكي إن جنديا قتل عندما انفجرت قنبلة في إقليم ننجرهار. "
        "لكن وكالة أعماق أضافت أن التفجير أسفر كذلك عن مقتل ثلاثة جنود أفغان."
    )
    assert _one(gaz, text)[0] == 1


def test_the_group_saying_in_its_own_name_is_the_groups_voice(gaz):
    # "وقالت حركة طالبان": the group's own account of the wounded, no fuller toll
    text = (
        "قتل أربعة مدنيين وأصيب 12 آخرون في غارة جوية على منزل في ولاية ننجرهار. "
        "وقالت حركة طالبان إن الطائرات قتلت مدنيين اثنين وأصابت 35 شخصا."
    )
    assert _one(gaz, text) == (4, 12)


def test_the_spokesman_of_the_group_that_claimed_it_is_the_groups_voice(gaz):
    # "وقد تبنت حركة طالبان الهجوم", then "وقال المتحدث باسمها": the group's figures
    text = (
        "قتل جنديان أفغانيان في كمين نصبته حركة طالبان لدورية للجيش في ولاية زابل. "
        "وقد تبنت حركة طالبان الهجوم في اتصال هاتفي. "
        "وقال المتحدث باسمها إن اثنين من مقاتلي الحركة لقيا حتفهما في الهجوم الذي أكد أن "
        "مقاتليه تمكنوا فيه من قتل 11 جنديا أفغانيا."
    )
    assert _one(gaz, text)[0] == 2


def test_one_of_those_told_named_by_a_relative_is_no_figure_of_one_of_the_events(gaz):
    # a lead of two attacks, then "الجندي الألماني الذي أصيب بجروح خطيرة": one of the
    # eight told, not the figure of the first attack
    text = (
        "أصيب ثمانية جنود ألمان اليوم في هجومين استهدفا القوات الألمانية بولاية قندوز. "
        "وتم نقل الجندي الألماني الذي أصيب بجروح خطيرة إلى المستشفى العسكري."
    )
    assert _one(gaz, text) == (None, 8)


def test_a_leads_toll_of_a_number_of_explosions_gives_way_to_the_figure_of_one(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل عشرة أشخاص اليوم جراء عدد من الانفجارات في أفغانستان. "
        "وقال مسؤولون إن شخصين قتلا في انفجار سيارة مفخخة في ولاية زابل."
    )
    assert extract_article(text, gazetteer=gaz, article_id="t")[0].killed == 2


def test_a_share_in_percent_is_no_count_of_people():
    assert [t.text for t in tokenize("إن 90% من الضحايا و5٪ منهم")][1:5] == [
        "90%",
        "من",
        "الضحايا",
        "و5٪",
    ]
    # the share of those killed or wounded is no toll
    sentence = "قال المتحدث إن 90% من الذين قتلوا أو أصيبوا مدنيون."
    assert casualties(tokenize(sentence)).killed is None


def test_digits_glued_to_a_word_are_a_word_of_their_own():
    words = [t.text for t in tokenize("لقي30 شخصا بين26مقاتلا و23 مسلحا ب5 F16 ۳۰قتيلا")]
    assert words == [
        "لقي",
        "30",
        "شخصا",
        "بين",
        "26",
        "مقاتلا",
        "و23",
        "مسلحا",
        "ب5",
        "F16",
        "۳۰",
        "قتيلا",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المتحدث إنه قتل في هذه العملية الناجحة 23 جنديا أجنبيا.",
        "وقد قتل خلال تلك الاشتباكات العنيفة 23 مسلحا.",
    ],
)
def test_the_event_framed_with_its_adjectives_may_stand_between_verb_and_count(sentence):
    assert casualties(tokenize(sentence)).killed == 23


@pytest.mark.parametrize(
    "sentence",
    [
        # a time, the province with its preposition, then a part of the country
        "قتل صباح اليوم بولاية قندوز بشمال أفغانستان سبعة مدنيين في قصف.",
        "وقتل في مديرية شيندند غرب البلاد سبعة من رجال الشرطة.",
    ],
)
def test_the_place_told_between_verb_and_count(sentence):
    assert casualties(tokenize(sentence)).killed == 7


def test_a_relative_clause_after_the_frame_counts_the_attackers_not_the_dead():
    assert casualties(tokenize("قتل في الهجوم الذي شنه 5 مسلحين على المركز.")).killed is None


def test_men_counted_in_the_accusative_singular_are_people():
    sentence = "وقال عضو المجلس إن 17 رجلا شرطة على الأقل قتلوا في الهجوم."
    assert casualties(tokenize(sentence)).killed == 17


def test_the_day_of_a_month_counts_no_one():
    sentence = "وكان ثلاثة جنود ومترجمهم قد أصيبوا يوم 21 أكتوبر/تشرين الأول في انفجار عبوة."
    assert casualties(tokenize(sentence)).wounded == 4
    assert casualties(tokenize("قتل 5 جنود في 12 مايو الماضي.")).killed == 5


def test_the_object_of_the_peoples_own_verb_is_not_one_of_the_dead():
    sentence = "ولقي عشرون من أفراد الشرطة كانوا يحرسون زعيما محليا حتفهم في كمين."
    assert casualties(tokenize(sentence)).killed == 20
    assert casualties(tokenize("وكان جنديا قتل في الهجوم.")).killed == 1


def test_the_one_person_a_that_clause_opens_on_is_the_dead_of_its_passive_verb():
    sentence = "وأعلنت الوزارة أن جنديا من مشاة البحرية الملكية البريطانية قتل جراء انفجار."
    assert casualties(tokenize(sentence)).killed == 1


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # one of a group, and others joined after the group is named
        ("وأسفرت العملية عن مصرع أحد زعماء جماعة طالبان المسلحة المتطرفة و13 آخر منهم.", 14),
        ("وأسفر الهجوم عن مقتل أحد قادة طالبان وثلاثة من حراسه.", 4),
        # he, told by the pronoun before a passive verb, and those besides him
        ("وقالت المديرية إنه قتل إلى جانب 30 متشددا آخرين أثناء اجتماعهم.", 31),
    ],
)
def test_one_told_and_the_others_joined_after_him(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_one_person_named_with_his_age_who_died_of_his_wounds_is_one_dead():
    sentence = "وأعلنت السلطات أن ضابطا إيطاليا يدعى ماريو روسي (36 عاما) توفي متأثرا بجروحه."
    assert casualties(tokenize(sentence)).killed == 1


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # "من أسرة واحدة": the family was one; the five counted before it were killed
        ("وقال إن ستة أفراد من عائلة واحدة لقوا حتفهم في القصف.", 6),
        ("إن أربعة أشخاص من أسرة واحدة قتلوا في الانفجار.", 4),
        # "واحدا" agreeing with the one person before it is one, not one more
        ("وأكد أن جنديا واحدا قتل في الاشتباك.", 1),
        ("إن شرطي واحد قتل في الهجوم.", 1),
        # "واحد" opening a noun of people is "وأحد", one more
        ("قال إن سائق المسؤول واحد عناصر الحراسة قتلا في الانفجار.", 2),
    ],
)
def test_one_as_an_adjective_is_no_count_of_its_own(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_the_head_count_before_a_long_list_of_its_parts_is_the_toll():
    # "بينهم" and parts long enough to push the head count far from the verb
    sentence = (
        "وقال مكتب الحاكم إن 80 آخرين على الأقل، من بينهم سبعة أفراد من قوات الأمن "
        "و30 طفلا، أصيبوا في الانفجار."
    )
    assert casualties(tokenize(sentence)).wounded == 80


def test_words_read_again_give_their_figures_and_other_words_their_own():
    first = tokenize("قتل ثلاثة جنود في الهجوم")
    other = tokenize("قتل خمسة جنود في الهجوم")
    assert casualties(first).killed == 3
    assert casualties(first) is casualties(first)
    assert casualties(other).killed == 5
    first[1] = other[1]  # the same list, another word in it
    assert casualties(first).killed == 5


def test_the_last_part_of_a_total_told_in_parts_adds_nothing():
    told = casualties(
        tokenize("قتل 6 جنود، أربعة منهم بانفجار قنبلة بإقليم هيرات، فيما قتل جنديان بمشاجرة.")
    )
    assert told.killed == 6


def test_dead_of_another_clause_after_a_part_that_is_no_rest_of_the_total_add_up():
    told = casualties(tokenize("قتل 6 جنود، أربعة منهم ضباط، فيما قتل ثلاثة مسلحين."))
    assert told.killed == 9


def test_a_count_a_source_gave_earlier_does_not_replace_the_one_told(gaz):
    # "قال في وقت سابق إنه أحصى 20 جثة": what he said before the toll told had risen
    text = (
        "هاجم مفجر انتحاري مزارا وسط العاصمة كابول مما أسفر عن سقوط نحو 50 قتيلا. "
        "وكان رئيس التحقيقات الجنائية في كابول قال في وقت سابق إنه أحصى 20 جثة في مستشفى "
        "بكابول وتوقع ارتفاع عدد القتلى."
    )
    assert _one(gaz, text)[0] == 50


@pytest.mark.parametrize("marker", ["قبل ذلك", "سابقا", "في البداية", "مبدئيا"])
def test_a_count_a_source_announced_before_that_does_not_replace_the_one_told(gaz, marker):
    # "وكان الناطق قد أعلن قبل ذلك أن ...": the figure he gave before the revised one
    text = (
        "قال مسؤول في وزارة الداخلية إن 23 شخصا قتلوا في تفجير سيارة مفخخة بولاية خوست. "
        f"وكان الناطق قد صرح {marker} بأن 51 شخصا قتلوا في الهجوم."
    )
    assert _one(gaz, text)[0] == 23


def test_another_voices_estimate_does_not_replace_the_hedged_count(gaz):
    # "ما لا يقل عن تسعة", then "وقدر رئيس الشرطة أنه سقط عشرة قتلى": another account
    text = (
        "أطلق حرس الحدود النار على مهاجرين عبروا الحدود في ولاية نيمروز فقتلوا ما لا يقل عن "
        "تسعة منهم. وقدر رئيس شرطة الولاية أنه سقط عشرة قتلى."
    )
    assert _one(gaz, text)[0] == 9


def test_one_man_and_others_with_him_told_again_add_no_one(gaz):
    # "مقتله وستة آخرين": the others are besides him, not besides the seven told
    text = (
        "قتل سبعة من رجال الشرطة في تفجير انتحاري بمديرية بركي برك في ولاية لوغار. "
        "وقال قائد الشرطة إن انتحاريا استهدف قائدا في الشرطة ما أدى إلى مقتله وستة آخرين."
    )
    assert _one(gaz, text)[0] == 7


def test_a_side_told_to_be_among_the_dead_counted_later_adds_no_one(gaz):
    # "قتل نحو 28 بينهم عدد من المدنيين", then "مصرع ستة مدنيين أيضا": some of the 28
    text = (
        "قتل 15 شخصا بينهم عدد من المدنيين في غارة جوية على قرية بمديرية شيندند في ولاية هرات. "
        "وقال حاكم الولاية إن الغارة أدت أيضا إلى مقتل أربعة مدنيين."
    )
    assert _one(gaz, text)[0] == 15


def test_one_named_by_his_title_before_the_verb_is_among_the_ones_told_among_the_dead(gaz):
    # "من ضمنهم قائدان في الشرطة", then "إن قائد شرطة الولاية فلان قتل أيضا": one of the
    # two commanders counted in the lead, not one more
    text = (
        "قتل 12 شخصا من ضمنهم قائدان في الشرطة في هجوم انتحاري على مقر حاكم ولاية بغلان. "
        "وقالت وزارة الداخلية إن قائد شرطة ولاية بغلان عبد الغفار أمين قتل أيضا في الهجوم."
    )
    assert _one(gaz, text)[0] == 12


@pytest.mark.parametrize(
    "series",
    ["في أعنف هجوم ضمن سلسلة هجمات ضربت الولاية", "وهو أحدث هجوم في سلسلة من الهجمات"],
)
def test_the_toll_of_one_attack_among_a_series_is_its_own(gaz, series):
    # the attack told is one of a series, not a toll of several: the attackers' dead told
    # next add to its toll, they do not replace it
    text = (
        "هاجم مسلحون مقر الشرطة في مدينة غرديز مما أسفر عن مقتل 21 على الأقل وإصابة 40 "
        f"آخرين، {series}. "
        "وأوضح مسؤول محلي أن المسلحين اقتحموا مجمع التدريب في غرديز مركز ولاية بكتيا. "
        "وذكر بيان للداخلية أن الشرطة ردت فقتلت ثلاثة من المهاجمين على الأقل."
    )
    assert _one(gaz, text) == (24, 40)


def test_the_side_of_a_count_is_named_past_its_hedge(gaz):
    # "9 أشخاص على الأقل من الشرطة": the police, so the Taliban dead told after them are
    # another side's and add
    text = (
        "قتل 9 أشخاص على الأقل من الشرطة في هجوم على حاجز بولاية فارياب. "
        "وأضاف المتحدث أن ثلاثة من طالبان قتلوا."
    )
    assert _one(gaz, text)[0] == 12


def test_the_side_after_of_is_named_past_the_hedge_of_a_bare_count():
    # "14 على الأقل من مقاتلي الحركة": "من" and the group come after the hedge
    sentence = "وأعلنت الوزارة مقتل 14 على الأقل من مقاتلي الحركة خلال هجمات على حواجز للشرطة."
    assert casualties(tokenize(sentence)).sides_of("killed") == {"militants"}


def test_the_side_of_the_dead_of_a_relative_clause_is_of_the_people_before_it(gaz):
    # "جثث عدد من مقاتلي طالبان، الذين قتلوا في القتال، وهم نحو 30": the Taliban's
    # dead, another side than the police told before
    text = (
        "قتل 20 شرطيا في هجوم لحركة طالبان على مدينة غزنة. "
        "وقال طبيب إن المستشفى تسلم جثث عدد من مقاتلي طالبان، الذين قتلوا في القتال، "
        "وهم نحو 30 كما قال الحاكم."
    )
    assert _one(gaz, text)[0] == 50


def test_a_toll_that_reached_a_lower_figure_is_another_account_not_a_rise(gaz):
    # "بلغت الحصيلة 20" after 45 told: another voice's lower count; the first stands
    text = (
        "قتل 45 شخصا على الأقل في هجوم على قاعدة للجيش في ولاية وردك. "
        "وفي وقت لاحق أعلنت وزارة الدفاع أن الحصيلة بلغت 20 قتيلا و30 جريحا."
    )
    assert _one(gaz, text) == (45, 30)


def test_others_of_the_group_of_a_leader_told_dead_add_to_him(gaz):
    # one leader of the militants told dead is a person, not the attackers' side counted:
    # "عشرة آخرين ... قتلوا أيضا" adds to him
    text = (
        "قالت السلطات إن زعيم تنظيم داعش في ولاية كونار أبو حمزة الكوناري قتل في غارة على "
        "مخبأ للتنظيم في مديرية شيجال. "
        "وقالت مديرية الأمن في بيان إن سبعة آخرين من أعضاء التنظيم قتلوا أيضا في العملية."
    )
    assert _one(gaz, text)[0] == 8


def test_the_first_count_told_again_as_a_part_of_a_larger_total_is_not_added_twice(gaz):
    # "قتل منهم 22", then the attackers' dead joined: the 22 are in the new total
    text = (
        "قتل 22 شرطيا في هجوم لحركة طالبان على مركز للشرطة في مديرية شاه ولي كوت بولاية "
        "قندهار. "
        "وقال قائد الشرطة إن نحو 40 شرطيا كانوا في المركز قتل منهم 22، وإن سبعة مهاجمين "
        "قتلوا أيضا."
    )
    assert _one(gaz, text)[0] == 29


@pytest.mark.parametrize(
    ("parts", "killed"),
    [
        # parts told as guesses: the lead's hedged toll stands
        ("نحو ستين من عناصر طالبان", 90),
        # exact parts near the hedged toll: their sum
        ("64 من عناصر طالبان", 94),
    ],
)
def test_sides_told_after_a_hedged_lead_toll_are_its_breakdown_not_more_dead(gaz, parts, killed):
    # "أيضا" adds the second part to the first, not to the lead's toll
    text = (
        "تتواصل المعارك بين الجيش وحركة طالبان في عدة مناطق من ولاية قندوز منذ أربعة أيام، "
        "وأوقعت أكثر من 90 قتيلا منذ بدايتها. "
        f"وقال متحدث باسم وزارة الدفاع إن المعارك أدت إلى مقتل {parts}، فيما قال متحدث "
        "باسم حاكم الولاية إن 12 جنديا و18 مدنيا قتلوا أيضا."
    )
    assert _one(gaz, text)[0] == killed


def test_the_one_told_among_a_count_makes_the_count_the_total(gaz):
    text = (
        "قتل زعيم محلي من حركة طالبان إلى جانب العديد من المسلحين في ولاية بدخشان. "
        "وقال قائد اللواء إن مولوي نقيب الله من بين 11 مسلحا قتلوا خلال العمليات."
    )
    assert _one(gaz, text)[0] == 11


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        # some among the dead, then a verb with its own count: no pair
        ("وقال قائد الشرطة إن امرأتين من بين القتلى وأصيب 11 آخرون في الهجوم.", 11),
        # one figure for a list after "بين": neither kind counted
        ("سقط 30 شخصا بين قتيل وجريح في الهجوم.", None),
    ],
)
def test_the_dead_after_between_pair_only_with_words_of_no_count_of_their_own(sentence, wounded):
    assert casualties(tokenize(sentence)).wounded == wounded


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("لقي 17 أفغانيا على الأقل مصرعهم في غارتين جويتين.", 17),
        ("وكان 6 أفغان قد قتلوا لدى انفجار لغم على جانب طريق.", 6),
        ("لقي ثلاثة أمريكيين مصرعهم في هجوم على قاعدتهم.", 3),
    ],
)
def test_people_counted_by_their_nation_are_counted(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_an_officials_figure_of_the_same_people_replaces_the_groups_claim(gaz):
    # the group's spokesman, named again by his surname, counts the dead first
    text = (
        "هاجم مسلحون من حركة طالبان مركزا للشرطة في ولاية لوغار. "
        "ونقلت قناة محلية عن المتحدث باسم طالبان ذبيح الله مجاهد إن المهاجمين اقتحموا "
        "المركز. "
        "وأشار مجاهد إلى أن 30 من أفراد الشرطة قتلوا في الهجوم. "
        "من جهته، قال حاكم الولاية إن خمسة من طالبان وثلاثة من أفراد الشرطة قتلوا."
    )
    assert _one(gaz, text)[0] == 8


def test_the_groups_spokesman_going_on_adds_to_the_groups_own_figures(gaz):
    text = (
        "أفاد ذبيح الله مجاهد المتحدث باسم حركة طالبان بأن مقاتلي الحركة قتلوا عشرة جنود "
        "في هجوم على قاعدة في مديرية جرمسير بولاية هلمند. "
        "وأوضح مجاهد أن اثنين من المجاهدين قتلا في الهجوم."
    )
    assert _one(gaz, text)[0] == 12


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("ولقي كل ركاب الطائرة حتفهم وعددهم 14 شخصا.", 14),
        ("ما أدى إلى مقتل ركابها البالغ عددهم ستة أشخاص.", 6),
        # the number told after another word of harm is of those it names
        ("وقتل الطيار وأصيب الركاب وعددهم ستة.", None),
    ],
)
def test_the_dead_counted_by_their_number_after_them(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize(
    ("sentence", "none"),
    [
        ("لكنهما لم يسفرا عن إصابات.", True),
        ("وأضافت أنه لم يصب أحد في الهجوم.", True),
        # "there are no dead": the verb of being between the negation and the harm
        ("وقال المتحدث: لا يوجد قتلى أو مصابون.", True),
        # the event, subject of the verb of harm
        ("ولم يسفر الانفجار عن وقوع قتلى أو جرحى.", True),
        ("وقال إن الهجوم لم يسجل وقوع ضحايا.", True),
        ("غير أنها لم تسفر عن أي خسائر في الأرواح.", True),
        ("وسقطت الصواريخ دون أن تسفر عن سقوط ضحايا.", True),
        # the subjunctive after "دون أن", the event told as "that"
        ("وانفجرت قنبلة قرب الجسر دون أن يؤدي ذلك إلى إصابات.", True),
        ("وانفجرت العبوة دون أن تتسبب في سقوط ضحايا.", True),
        # the noun of negation: "the absence of" victims
        ("وأكد الناطق عدم وقوع إصابات جراء الحادث.", True),
        ("وأعلنت الشرطة انفجار القنبلة، مؤكدة عدم سقوط ضحايا.", True),
        # no one else, of one side, or not known yet: nothing said of the whole toll
        ("ولم يصب أحد آخر في الانفجار.", False),
        ("ولم يسقط جرحى من المدنيين.", False),
        ("وأكد البيان عدم إصابة أي مدني خلال المداهمة.", False),
        ("وأكد عدم إصابة أي شخص في الانفجار.", True),
        ("لم ترد أنباء عن إصابات.", False),
        ("ولم يعرف عدد الضحايا.", False),
        # to prevent deaths is no report of none
        ("انسحبت القوات للحيلولة دون سقوط قتلى.", False),
    ],
)
def test_a_negated_harm_says_the_event_hurt_no_one(sentence, none):
    from incidents.casualties import none_hurt

    assert none_hurt(tokenize(sentence)) is none


def test_an_event_that_hurt_no_one_counts_none_and_is_no_retelling_of_one_that_did(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل شخصان بصاروخ سقط على منزل في مديرية نازيان بولاية ننغرهار. "
        "من جهة أخرى، وقع انفجاران قرب مركزين للاقتراع في ننغرهار لكنهما لم يسفرا عن "
        "إصابات."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert [(i.killed, i.wounded, i.none_hurt) for i in incidents] == [
        (2, None, False),
        (None, None, True),
    ]
    assert incidents[1].casualties_text == "لم يسفرا عن إصابات"


def test_no_one_hurt_told_in_a_sentence_of_its_own_counts_none(gaz):
    from incidents.extract import extract_article

    text = (
        "سقطت ثلاثة صواريخ قرب مطار كابول صباح اليوم. "
        "وقال المتحدث إن الصواريخ أصابت ثلاثة أجزاء من المدينة. "
        "وبحسب المعلومات الأولية لم يسقط أي ضحايا."
    )
    incidents = extract_article(text, gazetteer=gaz, article_id="t")
    assert [(i.killed, i.wounded, i.none_hurt) for i in incidents] == [(None, None, True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأصابت الصواريخ ثلاثة أجزاء من المدينة.",
        "وأصابت القذائف أربعة منازل في القرية.",
    ],
)
def test_sites_struck_and_counted_are_no_wounded(sentence):
    assert casualties(tokenize(sentence)).wounded is None


def test_an_earlier_toll_gives_the_kind_no_other_figure_told(gaz):
    text = (
        "قتل 43 شخصا على الأقل في تفجير استهدف مسجدا في ولاية ننغرهار. "
        "وكانت حصيلة سابقة أفادت عن سقوط 33 قتيلا وأكثر من مئة جريح."
    )
    assert _one(gaz, text) == (43, 100)
    # not when the text says the earlier figures were wrong
    wrong = (
        "قتل 22 شخصا جراء انفجار عبوة في ولاية هرات. "
        "وكان المتحدث أعلن في حصيلة سابقة مقتل 14 مدنيا وإصابة 11 آخرين، إلا أنه أوضح "
        "أن أرقامه كانت خاطئة."
    )
    assert _one(gaz, wrong) == (22, None)


def test_the_account_of_now_replaces_the_kind_only_a_first_account_gave(gaz):
    # the first account's wounded stand until a figure of now is told, smaller or not
    text = (
        "ارتفعت حصيلة قتلى الهجوم على مدرسة في ولاية خوست إلى 31. وكانت الشرطة قالت في "
        "البداية إن 12 شخصا قتلوا و90 جرحوا على الأقل. وقال مدير الصحة في الولاية إن 40 "
        "شخصا أصيبوا."
    )
    assert _one(gaz, text) == (31, 40)
    # a figure told after it as another earlier account does not
    also_earlier = text.replace("وقال مدير الصحة", "وكان مدير الصحة قال في البداية")
    assert _one(gaz, also_earlier) == (31, 90)


def test_one_man_told_after_a_first_account_does_not_replace_its_toll(gaz):
    # "في البداية إن 7 أشخاص قتلوا", then "إن المهاجم قتل": the attacker, one of them
    first = "أصيب 15 شخصا في انفجار عبوة بسوق في ولاية خوست. وكانت الشرطة قالت في البداية "
    assert _one(gaz, first + "إن سبعة أشخاص قتلوا. وأضاف أن المهاجم قتل أثناء التفجير.")[0] == 7
    # one more added ("أيضا") adds to it
    also = first + "إن سبعة أشخاص قتلوا. وأضاف أن شرطيا قتل أيضا أثناء التفجير."
    assert _one(gaz, also)[0] == 8


@pytest.mark.parametrize("share", ["نصفهم", "معظمهم", "بعضهم"])
def test_a_share_of_the_counted_after_a_partitive_is_a_part_not_their_side(gaz, share):
    # "مقتل 10 أشخاص، نصفهم مسلحون": ten people of all sides, half of them fighters; the
    # official's policeman and civilians after it are among them, the same attack
    text = (
        f"قال مسؤولون محليون إن 10 أشخاص، {share} مسلحون، لقوا حتفهم لما هوجم مقر للشرطة في "
        "ولاية قندهار أمس. وقال المتحدث باسم الولاية إن انتحاريا فجر شاحنة ملغومة أمام بوابة "
        "المقر فقتل شرطيا وأربعة مدنيين."
    )
    assert _one(gaz, text)[0] == 10


def test_the_dead_of_a_time_since_which_the_event_is_the_worst_are_not_its_own(gaz):
    # "الأعنف منذ أن قتل 40 شخصا عام 2009": the dead of that other time
    text = (
        "لقي 12 جنديا مصرعهم حين هوجمت قاعدتهم في ولاية هلمند. وتبنت حركة طالبان هذا الهجوم الذي "
        "يعد الأعنف منذ أن قتل 40 شخصا في الولاية عام 2009."
    )
    assert _one(gaz, text)[0] == 12


def test_a_singular_noun_a_hundred_counts_is_no_one_more():
    # hundreds count a singular noun ("مئة جندي"): the noun is the count's, not one man
    # joined before the next count
    sentence = "وقال المسؤول إن 300 جندي و40 مدنيا قتلوا خلال أسبوع من المعارك."
    assert casualties(tokenize(sentence)).killed == 340


def test_a_list_of_counts_reaches_back_past_the_long_units_of_its_items():
    # each item names its people at length; the first stands far from the verb
    sentence = (
        "وقال الوزير إن 60 على الأقل من عناصر قوات الأمن الوطني و25 مدنيا وحوالي 90 من "
        "مسلحي الحركة لقوا حتفهم في المعارك."
    )
    assert casualties(tokenize(sentence)).killed == 175


def test_the_attackers_dead_after_a_lead_of_two_attacks_add_to_its_toll(gaz):
    # a lead that sums two attacks keeps its toll when the next figure counts only the
    # other side: the attackers' dead are more dead, not one attack's part of the toll
    text = (
        "أعلنت الشرطة مقتل ثلاثة جنود وإصابة خمسة آخرين إثر هجومين شنهما مسلحون على "
        "مركزين للشرطة بولاية بادغيس. "
        "وأضاف قائد الشرطة أن معركة نشبت بعد الهجوم وأسفرت عن مقتل 15 من مسلحي طالبان."
    )
    assert _one(gaz, text) == (18, 5)


def test_dead_in_the_ranks_of_a_group_are_of_its_side(gaz):
    # "قتلى في صفوف X": X's dead, another side than the soldiers told first
    text = (
        "قتل جنديان في هجوم على نقطة تفتيش في ولاية كونر. "
        "وأضاف أن القوات تصدت للهجوم وأسقطت أربعة قتلى في صفوف طالبان."
    )
    assert _one(gaz, text)[0] == 6


def test_those_who_carried_out_the_attack_are_its_attackers(gaz):
    # a group named by a relative clause of launching the attack is the attackers' side
    text = (
        "قتل جنديان في هجوم على نقطة تفتيش في ولاية كونر. "
        "وأشار إلى أن الجنود ردوا على النار وأوقعوا أربعة قتلى في صفوف العناصر التي "
        "نفذت الهجوم."
    )
    assert _one(gaz, text)[0] == 6


def test_one_of_his_own_joined_with_a_possessive_pronoun_is_one_more():
    # "ونجله": his son, joined after the one named, before the count joined after both
    sentence = "أعلن مسؤول مقتل قائد الشرطة ونجله وثلاثة من الحراس في انفجار لغم."
    assert casualties(tokenize(sentence)).killed == 5


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun in ة spells it ت before the pronoun: "زوجة" -> "وزوجته"
        "أطلق مسلحون النار على معلم وزوجته قرب منزلهما فقتلوا المعلم وزوجته.",
        "قتل مسلحون قاضيا وزوجته في منزلهما.",
        # kin in the feminine, and a father
        "قتل موظف حكومي وابنته بانفجار قنبلة لاصقة.",
        "قتل زعيم قبلي ووالده في هجوم على سيارتهما.",
        # a lady, one person, and her kin
        "قتلت سيدة وابنتها في قصف على القرية.",
    ],
)
def test_kin_joined_with_a_possessive_pronoun_is_one_more(sentence):
    assert casualties(tokenize(sentence)).killed == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل مدير المديرية بالإضافة إلى شقيقه وأربعة من مرافقيه في كمين.",
        "أعلنت الشرطة مقتل مدير المديرية بالإضافة إلى شقيقه وأربعة من مرافقيه في كمين.",
    ],
)
def test_people_joined_after_the_one_told_besides_the_first_count_too(sentence):
    # "بالإضافة إلى شقيقه وأربعة من مرافقيه": the one after "besides", and those joined
    assert casualties(tokenize(sentence)).killed == 6


def test_people_killed_along_with_the_one_named_count_too():
    # "رفقة" as "برفقة": along with
    sentence = "أعلنت الشرطة مقتل قائد أمن المديرية رفقة ثلاثة من الحراس في تفجير."
    assert casualties(tokenize(sentence)).killed == 4


def test_a_teacher_killed_is_one():
    assert casualties(tokenize("اغتال مسلحون استاذا في سوق البلدة.")).killed == 1


def test_others_told_alive_after_the_dead_are_not_dead():
    # "... وثلاثة آخرين بقوا على قيد الحياة": the three lived (taken)
    sentence = "وذكر الناطق أن خمسة من الجنود قتلوا وثلاثة آخرين بقوا على قيد الحياة."
    assert casualties(tokenize(sentence)).killed == 5


def test_a_noun_written_dual_by_its_vowel_is_two_people():
    # "مدنيَين" (fatha): two civilians; bare "مدنيين" may be many
    assert casualties(tokenize("انفجرت عبوة فقتلت مدنيَين.")).killed == 2
    assert casualties(tokenize("انفجرت عبوة فقتلت مدنيين.")).killed is None


def test_people_joined_besides_after_a_comma_are_counted_too():
    # "جرح ... مسلحين، إضافة إلى ... مدنيين": the comma sets off one more item
    sentence = "وأسفرت الاشتباكات عن إصابة 4 مسلحين، إضافة إلى 9 مدنيين بينهم أطفال."
    assert casualties(tokenize(sentence)).wounded == 13


def test_the_one_told_besides_an_officer_and_his_own_joined_after_him():
    assert casualties(tokenize("قتل ضابط كبير إلى جانب سائقه ومترجمه في الانفجار.")).killed == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل ما يتراوح ما بين 25 و30 شخصا خلال المعارك.",
        "وقد قتل ما تراوح ما بين 25 و30 شرطيا خلال المعارك.",
    ],
)
def test_a_range_opened_by_ranging_counts_its_lower_end(sentence):
    # "ما يتراوح ما بين X وY": four words open the range before its first number
    assert casualties(tokenize(sentence)).killed == 25


def test_one_joined_after_the_long_name_of_the_first_ones_force():
    # "جندي من القوات الدولية العاملة في جنوب البلاد ومترجم": the force named at length
    # stands between the two joined
    sentence = (
        "قتل جندي من القوات الدولية العاملة في جنوب البلاد ومترجم يعمل معها وجنديان "
        "أفغانيان في الهجوم."
    )
    assert casualties(tokenize(sentence)).killed == 4


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # martyrs counted are the dead ("شهداء"), in the words of a health official
        ("وقال مدير المستشفى إن لديهم 7 شهداء و12 جريحا.", 7, 12),
        # the feminine dual of the wounded counts two
        ("وأسفر القصف عن جريحتين من النساء.", None, 2),
    ],
)
def test_martyrs_and_the_feminine_dual_of_the_wounded_are_counted(sentence, killed, wounded):
    found = casualties(tokenize(sentence))
    assert (found.killed, found.wounded) == (killed, wounded)


def test_a_second_verb_counting_people_of_a_nationality_adds_them():
    # "وجرح اثنان ... وأصيب ثلاثة بريطانيون": each verb its own people, both wounded
    sentence = "وقال المسؤول إن جنديين أفغانيين أصيبا في الهجوم وأصيب 4 بريطانيون بجروح طفيفة."
    assert casualties(tokenize(sentence)).wounded == 6


def test_the_dual_passive_of_wounding_counts_two():
    # "جرحا": the two were wounded, as "قتلا" tells two dead
    assert casualties(tokenize("وأفاد شهود بأن شخصين على الأقل جرحا في الانفجار.")).wounded == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "وذكر الجيش أن الجندي أصيب بجروح بالغة الأحد على بعد 25 كيلومترا شرق بلدة زرمت "
        "لكنه فارق الحياة في المستشفى.",
        "وأصيب الشرطي بجروح خطيرة في الهجوم ولكنه توفي في المستشفى.",
    ],
)
def test_the_wounded_who_died_of_it_after_but_are_dead_not_wounded(sentence):
    # "أصيب ... لكنه فارق الحياة": one man, dead of his wounds, whatever lies between
    told = casualties(tokenize(sentence))
    assert (told.killed, told.wounded) == (1, None)


def test_a_denied_harm_counts_no_one_and_the_source_after_it_is_no_victim():
    # "دون أن يؤدي ذلك إلى إصابات، حسب مسؤول": the official is the source, not one hurt
    told = casualties(
        tokenize("انفجرت عبوة قرب سوق في هرات، دون أن يؤدي ذلك إلى إصابات، حسب مسؤول.")
    )
    assert (told.killed, told.wounded) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "جرح جنديان من الكتيبة الألمانية في القوات الدولية وتسعة مدنيين في انفجار.",
        # the unit's adjective with "و" goes on to the people joined after it
        "جرح جنديان من قوة المساعدة الدولية والتابعة للناتو في أفغانستان وتسعة مدنيين في انفجار.",
    ],
)
def test_people_joined_after_the_long_unit_of_a_dual_add_to_it(sentence):
    assert casualties(tokenize(sentence)).wounded == 11


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("وأضاف أن حارسا ومسلحين اثنين لقوا حتفهم في المواجهة.", 3),
        ("وقال إن جنديا وعناصر ثلاثة من طالبان قتلوا في الاشتباك.", 4),
    ],
)
def test_one_named_before_people_counted_after_their_noun_adds_to_them(sentence, killed):
    # "حارسا ... ومسلحين اثنين": the item joined opens on its noun, its count after it
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد الناطق أن ثلاثة من عناصر الشرطة وقرويين اثنين قتلوا في الهجوم.",
        "وقال إن ثلاثة جنود ومدنيين اثنين لقوا حتفهم أثناء القتال.",
    ],
)
def test_a_pair_joined_on_its_noun_right_before_the_verb_adds_to_the_count_before(sentence):
    # "... ومدنيين اثنين قتلوا": the "و" is on the pair's noun, its number next to the verb
    assert casualties(tokenize(sentence)).killed == 5


def test_the_leads_toll_of_no_side_told_again_side_by_side_is_not_added_to(gaz):
    from incidents.extract import extract_article

    text = (
        "قتل ثلاثة أشخاص فجر اليوم في هجوم على مركز حدودي في ولاية خوست. "
        "وأوضح المتحدث أن جنديا أفغانيا ومسلحين اثنين قتلوا في الاشتباك."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 3


def test_the_leads_toll_told_again_with_the_attackers_counted_by_a_definite_number(gaz):
    from incidents.extract import extract_article

    text = (
        "لقي 12 شخصا حتفهم أمس حين هاجم مسلحون مبنى الشرطة بمدينة غزني. "
        "وذكر مسؤول أن الاشتباك انتهى بمقتل المهاجمين الأربعة وسبعة من رجال الأمن ومدني."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 12


def test_a_target_hit_with_rounds_is_no_one_wounded():
    # "أصابتها بصاروخين": the verb with its object glued on, then the rounds that hit it
    hit = casualties(tokenize("وطاردت مروحية شاحنة المسلحين وأصابتها بقذيفتين ومقتل 3 منهم."))
    assert (hit.killed, hit.wounded) == (3, None)
    # the wound told after the same verb still counts
    hurt = casualties(tokenize("وأطلق المسلح النار على الحراس وأصاب ثلاثة منهم بجروح."))
    assert hurt.wounded == 3


def test_a_round_that_hit_as_the_subject_wounds_no_one():
    # "أصاب صاروخ منزلا": the rocket hit a house; the three told before are the targets
    told = casualties(
        tokenize("وقال إن الغارة استهدفت ثلاثة مسلحين، لكن أصاب صاروخ عن طريق الخطأ منزلا.")
    )
    assert told.wounded is None


def test_a_persons_noun_with_its_possessor_glued_on_is_one_dead():
    # "ومقتل سائقها": its driver, one
    assert casualties(tokenize("أدى الهجوم إلى احتراق الشاحنة ومقتل سائقها.")).killed == 1
    assert casualties(tokenize("وأسفر الانفجار عن مقتل حارسه الشخصي.")).killed == 1


def test_attackers_counted_in_the_accusative_singular_before_the_verb():
    # "24 مهاجما قتلوا": the singular accusative after a count of eleven or more
    assert casualties(tokenize("وقال البيان إن 17 مهاجما قتلوا في الهجوم.")).killed == 17


def test_a_figure_after_but_counts_when_the_clause_before_gave_none():
    # "ولم يوضح البيان كيف لاقى المسلحون حتفهم لكن قائد الشرطة قال إن 13 قتلوا"
    told = casualties(
        tokenize("ولم يذكر الجيش كيف لقي المسلحون حتفهم لكن مسؤولا محليا قال إن 9 قتلوا.")
    )
    assert told.killed == 9
    # a figure before "لكن" is the one kept against another voice's
    kept = casualties(
        tokenize("وقال الجيش إن 14 مسلحا قتلوا، لكن مسؤولا محليا قال إن 17 مسلحا قتلوا.")
    )
    assert kept.killed == 14


def test_an_age_told_after_the_dead_counts_no_one():
    # "مقتل طفلة في ال14 من العمر": the girl, aged fourteen
    told = casualties(tokenize("وأدى التفجير إلى مقتل فتاة في ال12 من العمر وإصابة حارس."))
    assert (told.killed, told.wounded) == (1, 1)


def test_the_dead_of_what_an_operation_was_launched_after_are_not_its_own():
    # "نفذت القوات عملية إثر سيطرة المسلحين على نقاط تفتيش وقتل 24 شرطيا"
    told = casualties(
        tokenize("وقال إن الجيش شن عملية إثر هجوم المسلحين على ثلاثة حواجز وقتل 15 جنديا.")
    )
    assert told.killed is None


def test_one_of_a_group_joined_after_a_count_is_one_more():
    # "مقتل اثنين من رجال الشرطة وأحد حراس الأمن": two and one of the guards
    told = casualties(tokenize("وأفادت مصادر بمقتل ثلاثة من الجنود وأحد الحراس في الكمين."))
    assert told.killed == 4


def test_a_prisoner_or_a_hostage_named_after_the_word_of_death_is_one_dead():
    # a prisoner named right after the word of death: one
    told = casualties(tokenize("وهاجم مسلحون السجن ما أسفر عن مقتل سجين وجرح حارس."))
    assert (told.killed, told.wounded) == (1, 1)


def test_attackers_named_as_the_agents_of_a_deed_are_not_counted_dead():
    # "بسبب قصف الإرهابيين": the ones who struck; after "مقتل" they are dead of their own
    struck = casualties(tokenize("قتل تسعة مدنيين في قصف الإرهابيين لقريتهم."))
    assert (struck.killed, struck.added) == (9, frozenset())
    dead = casualties(tokenize("وأسفر الاشتباك عن مقتل المهاجمين الثلاثة."))
    assert "killed" in dead.added


def test_a_series_of_strikes_is_a_toll_of_several_its_first_part_takes_its_own(gaz):
    # "في سلسلة ضربات": several strikes summed; the first told at its place has its
    # own figures
    text = (
        "لقي 30 متمردا مصرعهم خلال سلسلة من الضربات الجوية بولاية قندهار. "
        "وأفادت الوزارة بأن 11 من المسلحين قتلوا بغارة على مخبأ بمديرية أرغنداب، وجرح 3 "
        "آخرون."
    )
    assert _one(gaz, text) == (11, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت القيادة أن قواتها قتلت بالتعاون مع الجيش الأفغاني 14 مسلحا في الولاية.",
        "وقتل الجيش بمساندة من طائرات التحالف 14 متمردا في المديرية.",
        "وقتلت الشرطة بالتنسيق مع الجيش الأفغاني 14 من المسلحين.",
    ],
)
def test_forces_acting_with_the_subject_stand_between_the_verb_and_its_count(sentence):
    # "بالتعاون مع", "بمساندة من", "بالتنسيق مع": who acted together, not people with the dead
    assert casualties(tokenize(sentence)).killed == 14


def test_a_count_of_events_after_the_verb_counts_no_one():
    # "قتلوا في 9 عمليات": nine operations; the dead are counted before the verb
    told = casualties(
        tokenize("وقال البيان إن 31 متمردا على الأقل قتلوا في 9 عمليات نفذتها القوات الخاصة.")
    )
    assert told.killed == 31


def test_a_relative_clause_counting_a_class_of_events_over_a_period_is_no_toll():
    # "ضمن الهجمات التي ... هذا العام وقتل فيها": the year's tally of such attacks
    told = casualties(
        tokenize(
            "وقال المسؤول إن الانفجار الذي يأتي ضمن الهجمات التي تصاعدت منذ مطلع العام وقتل "
            "فيها نحو 300 شخص، أدى إلى مقتل جنديين."
        )
    )
    assert told.killed == 2
    # a relative clause of the event's own attacks, with no period, keeps its count
    own = casualties(tokenize("قتل أربعة جنود في الهجمات التي شنها مسلحون على الحواجز."))
    assert own.killed == 4


def test_a_dual_of_people_after_the_agents_and_their_clause_is_two_dead():
    # "قتل مسلحون يستقلون سيارة جنديين": the killers, what they rode, then the two
    told = casualties(tokenize("قتل مسلحون يستقلون سيارة مدنية جنديين قرب الحاجز."))
    assert told.killed == 2


def test_people_who_fell_counted_after_the_verb_died():
    # "سقط" with people counted after it and no word of their kind: they died
    fell = casualties(tokenize("وسقط أربعة أشخاص على الأقل بينهم امرأة في انفجار لغم."))
    assert fell.killed == 4
    # with both kinds after them, or counted at a noun of the wounded, they did not all die
    both = casualties(tokenize("وسقط في الغارة 25 بين قتيل وجريح."))
    assert both.killed is None
    hurt = casualties(tokenize("وسقط 12 مدنيا جرحى في الانفجار."))
    assert (hurt.killed, hurt.wounded) == (None, 12)


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # the group after the noun of the dead and "من"
        ("وأوقع الاشتباك كذلك 8 قتلى من المهاجمين.", {"militants"}),
        ("وأسفر القصف عن 20 قتيلا من المدنيين.", {"civilians"}),
        # after a count and "من"
        ("وقتل ثلاثة من طالبان.", {"militants"}),
    ],
)
def test_the_side_of_the_dead_counted(sentence, sides):
    assert casualties(tokenize(sentence)).sides_of("killed") == sides


def test_attackers_counted_again_with_also_are_the_same_people(gaz):
    # "كذلك 9 قتلى من المهاجمين", then "تسعة من مسلحي التنظيم قتلوا أيضا": the same
    # people told twice, each time in a sentence that adds
    text = (
        "قتل ستة من عناصر الشرطة في هجوم على مركز للشرطة في مديرية حسكه مينه بولاية ننكرهار. "
        "وقال المتحدث إن الهجوم خلف أيضا 11 قتيلا من المهاجمين. "
        "وأوضح المتحدث أن أحد عشر عنصرا من داعش قتلوا أيضا."
    )
    assert _one(gaz, text) == (17, None)
    # another side counted with "also" adds
    other = text.replace("أحد عشر عنصرا من داعش", "ثلاثة مدنيين")
    assert _one(gaz, other) == (20, None)


def test_the_side_fought_with_after_the_event_is_none_of_the_dead_mans_own():
    sentence = "قتل قائد محلي لطالبان في اشتباك عنيف مع 20 من عناصر الشرطة قرب البلدة."
    assert casualties(tokenize(sentence)).killed == 1


def test_a_death_after_a_failed_attempt_on_another_is_counted():
    # "نجا من محاولة الاغتيال": the attempt is no death, and no count before "قتل"
    sentence = "وقال إن الوالي نجا من محاولة الاغتيال، إلا أن ابنه قتل في الهجوم."
    assert casualties(tokenize(sentence)).killed == 1


def test_one_of_the_rounds_that_hit_a_thing_wounds_no_one():
    # "فأصابت إحدى الصواريخ مخزنا": a rocket, one of them, hit a depot
    sentence = "وأطلق المسلحون صواريخ على المعسكر فأصابت إحدى الصواريخ مخزنا للوقود."
    assert casualties(tokenize(sentence)).wounded is None


def test_the_cause_with_its_pronoun_after_a_passive_plural_is_no_object():
    # "قتلوا جراءها": killed because of it (the shelling told), the passive, no victims
    # of the verb's own
    sentence = "وذكرت التقارير أن 4 جنود قتلوا جراءها وجرح آخرون."
    assert casualties(tokenize(sentence)).killed == 4


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the strike told, then the earlier attack its relative clause tells, and its dead
        (
            "وقال إن الغارة نفذت ضد المسلحين بعد الهجوم الذي شنوه على حاجز وأسفر عن مقتل 9 جنود.",
            None,
        ),
        ("لقي خمسة مسلحين مصرعهم بغارة جوية عقب الهجوم الذي خلف 9 قتلى من الجنود.", 5),
    ],
)
def test_the_dead_of_the_attack_an_event_came_after_are_that_ones(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_recruits_are_of_the_security_side():
    sentence = "وهاجم المسلحون مركز التدريب وقتلوا خمسة من المجندين."
    assert casualties(tokenize(sentence)).sides_of("killed") == {"security"}


def test_the_dead_of_a_side_named_with_its_pronoun_are_counted():
    # "عدد قتلاها": its dead, the police's own, then the group's higher claim
    sentence = (
        "وفي حين ذكرت الشرطة أن عدد قتلاها بلغ سبعة أفراد، قال متحدث باسم الحركة إن 11 من "
        "عناصر الشرطة قتلوا."
    )
    assert casualties(tokenize(sentence)).killed == 7
    assert casualties(tokenize("وأعلن الجيش أن عدد جرحاه بلغ أربعة جنود.")).wounded == 4


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the trades of people killed in the cities, one each
        ("وذكرت الشرطة أن مجهولين قتلوا مذيعة بالرصاص في مدينة جلال آباد.", 1),
        ("قتل خطيب المسجد برصاص مجهولين أمام منزله.", 1),
        # a title with the post it holds, its place and his name, then the one joined
        ("قتل نائب محافظ بلخ محبوب رحمتي وسكرتيره عند مدخل مكتبه.", 2),
        ("وقتل المسلحون خطيبا في مسجد القرية.", 1),
    ],
)
def test_one_person_named_by_a_trade_or_a_long_title_and_those_joined(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        # "ضابطا شرطة": two officers of the police, the dual in construct after the verb
        ("وقالت المصادر إنه أصيب ضابطا شرطة في الانفجار.", 2),
        # "ضابطا" alone, in the accusative, is one (a guard: read so before the rule too)
        ("وأصاب القناص ضابطا في المعسكر.", 1),
    ],
)
def test_the_dual_in_construct_right_after_the_verb_is_two(sentence, wounded):
    assert casualties(tokenize(sentence)).wounded == wounded


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the event the sentence tells is the one of the relative clause: its dead
        (
            "وهرعت سيارات الإسعاف إلى المكان بعد الانفجار الذي هز السوق صباح اليوم وأسفر عن "
            "مقتل 12 شخصا.",
            12,
        ),
        # the ones who survived an attempt are not the dead told after it
        ("ونجا الوالي واثنان من مرافقيه من محاولة الاغتيال، لكن سائقه قتل.", None),
        # a verb in the dual counts two of the noun in -ا before it
        ("وقالت الحركة إن عنصرا طالبان قتلا في الغارة.", 2),
        # a person named among the words after the first one lengthens no title
        ("قتل طفل بنيران حارس الحاكم في المدينة وسائقه.", 1),
        # "مع" after a verb of his own is someone else's company
        ("قتل مترجم أفغاني يعمل منذ سنوات طويلة في الولاية مع 3 صحفيين أجانب.", 1),
    ],
)
def test_counts_past_a_relative_clause_an_attempt_a_dual_verb_and_a_description(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        # "عنصرين أمنيين اثنين": the dual's two spelt out after it, then the list goes on
        ("وأسفر الهجوم عن إصابة حارسين شخصيين اثنين وأربعة من المارة.", 6),
        ("وأصيب جنديان اثنان.", 2),
    ],
)
def test_two_spelt_out_after_a_dual_restates_it_and_the_list_goes_on(sentence, wounded):
    assert casualties(tokenize(sentence)).wounded == wounded


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # the force that struck calls the dead fighters: its version of the same dead
        (
            "قتل تسعة مدنيين بينهم نساء في قصف جوي على قرية بالولاية، فيما قال الحلف إن "
            "القصف أدى إلى مقتل عشرة مسلحين.",
            9,
        ),
        # ... and so does its statement
        (
            "لقي ستة قرويين حتفهم في الغارة، بينما ذكر بيان للقوات الأمريكية أن ستة متمردين "
            "قتلوا فيها.",
            6,
        ),
        # one voice counting both: all the dead
        (
            "قتل تسعة مدنيين في قصف على القرية، فيما قتل عشرة مسلحين في الاشتباكات التي تلته.",
            19,
        ),
        # fighters it says "also" died are more dead
        (
            "قتل تسعة مدنيين في قصف على القرية، فيما قال الحلف إن القصف أدى أيضا إلى مقتل "
            "عشرة مسلحين.",
            19,
        ),
        # a bomb the force did not set off: the fighters it killed after are more dead
        (
            "قتل تسعة مدنيين في انفجار عبوة زرعها مسلحون، فيما قال الحلف إن قواته قتلت "
            "عشرة مسلحين في المواجهات التي تلت الانفجار.",
            19,
        ),
    ],
)
def test_civilians_the_striking_force_calls_fighters_are_one_toll(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_a_count_the_rest_follows_is_a_part_of_a_toll_told_elsewhere():
    part = "وقال إن القصف أوقع أربعة قتلى من الرجال والبقية أطفال."
    assert casualties(tokenize(part)).killed is None
    # the rest told by a verb are the survivors or the wounded
    for rest in ("والباقون أصيبوا بجروح", "والباقون نجوا"):
        told = f"وأسفر الهجوم عن مقتل ثلاثة جنود {rest}."
        assert casualties(tokenize(told)).killed == 3
    # a count set off by a comma before "the rest" is a toll of its own
    whole = "وأسفر القصف عن مقتل أربعة رجال، والبقية أصيبوا بجروح."
    assert casualties(tokenize(whole)).killed == 4


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # the wounded, then "they died later of their wounds", after a clause word too
        ("وأسفر الانفجار عن إصابة خمسة جنود حيث توفوا لاحقا متأثرين بجروحهم.", 5, None),
        ("وأصيب أربعة من الحراس وقد قضوا بعد ساعات متأثرين بجراحهم.", 4, None),
        # some of them died: a count of their own
        ("وأصيب أربعة من الحراس توفي اثنان منهم متأثرين بجراحهم.", 2, 4),
        # one man of his own died of his wounds, in the singular
        ("وأصيب ثلاثة مدنيين، فيما توفي شرطي متأثرا بجروحه.", 1, 3),
        ("وأصيب عشرة أشخاص وقتل جندي متأثرا بجروحه.", 1, 10),
    ],
)
def test_the_wounded_told_dead_of_their_wounds_are_dead(sentence, killed, wounded):
    told = casualties(tokenize(sentence))
    assert (told.killed, told.wounded) == (killed, wounded)


def test_people_joined_by_besides_later_in_the_clause_add_to_the_dead():
    told = (
        "وذكرت مصادر مقتل ثلاثة من الحراس في الهجوم الذي وقع على المبنى صباح اليوم "
        "إضافة إلى خمسة من المهاجمين."
    )
    assert casualties(tokenize(told)).killed == 8
    # ... after a comma too
    assert casualties(tokenize(told.replace(" إضافة إلى", "، إضافة إلى"))).killed == 8
    # after a word that opens another clause, what comes besides is that clause's
    apart = told.replace(" إضافة إلى", " حين كان يضم إضافة إلى")
    assert casualties(tokenize(apart)).killed == 3


def test_one_of_his_soldiers_counts_a_side_that_civilians_told_after_add_to():
    # "بمقتل أحد جنوده": one of the soldiers; the civilians another voice counts are others
    told = casualties(
        tokenize(
            "وأعلن الجيش مقتل أحد جنوده في الهجوم، ما أدى بحسب مسؤول محلي إلى مقتل "
            "ستة مدنيين وإصابة 20."
        )
    )
    assert (told.killed, told.wounded) == (7, 20)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("وأدى الهجوم إلى مقتل ضابط ومتعاقد أجنبي إضافة إلى أربعة جنود.", 6),
        ("قتل حارس ومرافقه بالإضافة إلى سائق.", 3),
    ],
)
def test_people_joined_by_and_go_on_past_besides(sentence, killed):
    # "... ومتعاقد أجنبي إضافة إلى أربعة": "إضافة إلى" joins the next item as "و" does
    assert casualties(tokenize(sentence)).killed == killed


def test_a_day_of_a_month_after_of_counts_no_one():
    # "بتاريخ 9 من أكتوبر": the day, "من" and the month; the dead after are uncounted
    told = casualties(tokenize("وقصفت القاعدة بتاريخ 9 من أكتوبر، حيث قتل وجرح العشرات."))
    assert told.killed is None


def test_a_count_before_both_plural_verbs_of_killed_and_wounded_gives_neither():
    # "أكثر من 60 مسلحا قتلوا وجرحوا": one figure for the dead and the hurt together
    told = casualties(tokenize("وقالت الوزارة إن أكثر من 60 مسلحا قتلوا وجرحوا في المعارك."))
    assert (told.killed, told.wounded) == (None, None)
    # each verb with a count of its own keeps it
    apart = casualties(tokenize("وقالت الوزارة إن ستة مسلحين قتلوا وجرحوا 11 شرطيا."))
    assert apart.killed == 6


def test_attackers_who_carried_the_attack_out_are_not_the_leads_dead(gaz):
    from incidents.extract import extract_article

    # "شن أربعة انتحاريين هجوما ... ما أدى إلى مقتل شرطي": the four are the subject; their
    # own deaths, told after, add to the policeman
    text = (
        "شن أربعة انتحاريين هجوما على مركز للشرطة في ولاية خوست ما أدى إلى مقتل شرطي. "
        "وفجر أحد المهاجمين نفسه عند البوابة وقتل ثلاثة مهاجمين آخرين برصاص الحراس."
    )
    (inc,) = extract_article(text, gazetteer=gaz, article_id="t")
    assert inc.killed == 4


def test_a_count_told_with_him_adds_the_one_before_it():
    # "الحاكم، ومعه ثلاثة من حراسه، قتلوا": he and the three with him
    told = casualties(tokenize("وقال المتحدث إن حاكم المديرية، ومعه ثلاثة من حراسه، قتلوا."))
    assert told.killed == 4


@pytest.mark.parametrize(
    "sentence",
    ["لقي 40 مسلحا مصرعه في الاشتباكات.", "لقي أكثر من 200 مقاتل حتفه في المعارك."],
)
def test_his_death_after_a_count_of_eleven_or_more_and_its_singular_noun_is_the_counts(sentence):
    # from eleven on the counted noun is singular, and so is the pronoun of "his death"
    assert casualties(tokenize(sentence)).killed in (40, 200)
    # "لقي فيه شخص حتفه": one man's death
    assert casualties(tokenize("ولقي فيه شخص حتفه.")).killed == 1


def test_people_fallen_in_it_are_dead_whatever_wounded_are_joined_after():
    # "حادث سقط فيه أربعة أشخاص وجريحان": the four fell, two more were hurt
    assert casualties(tokenize("وقع حادث سقط فيه أربعة أشخاص وجريحان.")).killed == 4
    # both kinds told together give neither
    assert casualties(tokenize("وسقط في الغارة 25 بين قتيل وجريح.")).killed is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # "تم" and the verbal noun with its pronoun: the passive of the press
        ("وأكد المسؤول أن تسعة ركاب تم قتلهم على الطريق.", 9),
        ("وأوضح أن أربعة جنود تمت تصفيتهم بعد أسرهم.", 4),
    ],
)
def test_people_counted_then_tamma_and_a_verbal_noun_with_their_pronoun_are_dead(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize("still", ["مازالوا", "ما زالوا", "لا يزالون"])
def test_others_told_still_held_after_the_dead_are_not_dead(still):
    # "... بالإضافة إلى 8 آخرين مازالوا في قبضة المسلحين": held, not killed
    sentence = f"وقتل تسعة ركاب، بالإضافة إلى 5 آخرين {still} في قبضة المسلحين."
    assert casualties(tokenize(sentence)).killed == 9
    # still unnamed, they are dead
    unnamed = f"وقتل تسعة ركاب و3 مدنيين {still} مجهولي الهوية."
    assert casualties(tokenize(unnamed)).killed == 12


@pytest.mark.parametrize("dual", ["مجندتين", "جنديتين"])
def test_two_women_soldiers_in_the_dual_are_two_dead_of_the_forces(dual):
    told = casualties(tokenize(f"أعلن مسؤولون مقتل {dual} بالجيش وإصابة ثلاثة آخرين في هجوم."))
    assert (told.killed, told.wounded) == (2, 3)
    assert told.sides_of("killed") == {"security"}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # fighters joined after the part of the civilians told: no civilians, so more
        ("قتل 9 مدنيين بينهم أطفال ونساء و3 من مقاتلي طالبان في غارة.", 12),
        ("قتل 9 مدنيين بينهم 4 أطفال و3 مسلحين في غارة.", 12),
        # more of the part, of the count's own side: no more
        ("قتل 9 مدنيين بينهم 4 أطفال و3 نساء في غارة.", 9),
        ("قتل 8 جنود بينهم ضابطان و3 من القوات الخاصة.", 8),
        # what befell the ones joined is told of them: not dead
        ("قتل 9 مدنيين بينهم أطفال و3 من مقاتلي طالبان أسروا خلال الغارة.", 9),
        ("قتل 5 جنود بينهم ضابط و3 مسلحين أصيبوا في الاشتباك.", 5),
    ],
)
def test_people_of_another_side_joined_after_the_part_of_a_count_add_to_it(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


def test_forces_the_speaker_calls_hostile_are_the_militants():
    # "سبعة من عناصر القوات المعادية": the coalition's "enemy forces", no security forces
    told = casualties(tokenize("وذكرت القوة الدولية أن الضربة قتلت سبعة من عناصر القوات المعادية."))
    assert (told.killed, told.sides_of("killed")) == (7, {"militants"})
    # the Taliban's "enemy soldiers" are soldiers
    enemy = casualties(tokenize("وزعمت طالبان أن العملية أسفرت عن قتل 12 من جنود العدو."))
    assert enemy.sides_of("killed") == {"security"}


def test_people_counted_between_raha_and_victim_were_killed():
    # "راح 13 شرطيا ضحية هجوم": fell victim to; "راح يطلق النار" is no death
    assert casualties(tokenize("وقد راح 11 شرطيا محليا ضحية هجوم على نقطة أمنية.")).killed == 11
    assert casualties(tokenize("وراح المسلحون يطلقون النار على 5 من المارة.")).killed is None


@pytest.mark.parametrize("dual", ["عضوان", "فردان", "مترجمان", "موظفان"])
def test_two_people_in_an_unambiguous_dual_are_two(dual):
    told = casualties(tokenize(f"وهاجم مسلحون نقطة تفتيش وقتل {dual} من قوات الأمن في الهجوم."))
    assert told.killed == 2


@pytest.mark.parametrize("tail", ["، وجرح 9.", " وجرح 9 في القتال.", "، وجرح 9 خلال الليل."])
def test_a_bare_count_joined_after_a_sides_dead_is_of_that_side(tail):
    # the wounded counted bare, right after the fighters' dead, are more of the fighters:
    # added to the wounded of the other side told first
    sentence = (
        "وقال المسؤول إن شرطيين اثنين قتلا وأصيب 4 من أفراد الشرطة، وأضاف أن 12 من "
        f"مقاتلي الحركة قتلوا{tail}"
    )
    told = casualties(tokenize(sentence))
    assert (told.killed, told.wounded) == (14, 13)


def test_others_counted_before_the_word_of_their_wounds_are_of_the_side_told_dead():
    # "13 others" wounded are more of the fighters told dead; the soldiers wounded in the
    # speaker's next words are another side, added
    sentence = (
        "وذكر: «لقي 21 مسلحا حتفهم على الأقل، أكثرهم أجانب، وتعرض 13 آخرون لإصابات في "
        "المعركة»، ومضى قائلا: «جرح خمسة جنود كذلك»."
    )
    assert casualties(tokenize(sentence)).wounded == 18


def test_others_after_a_count_of_two_words_are_of_the_side_told_dead_before():
    sentence = (
        "وقال إن خمسة من رجال الشرطة قتلوا وأصيب اثنان، وإن سبعة من المسلحين لقوا "
        "مصرعهم وأصيب اثنا عشر آخرون."
    )
    assert casualties(tokenize(sentence)).wounded == 14


def test_others_wounded_joined_to_a_long_count_of_the_dead_are_of_its_side():
    sentence = (
        "قتل تسعة على الأقل من رجال قوات الشرطة الوطنية الأفغانية وأصيب اثنان آخران بهجوم "
        "على مركز للشرطة."
    )
    assert casualties(tokenize(sentence)).sides_of("wounded") == {"security"}


@pytest.mark.parametrize("span", ["خمسة أيام", "ثلاثة أسابيع", "يومين", "12 يوما"])
def test_the_dead_of_the_event_it_came_a_counted_span_after_are_that_ones(span):
    sentence = (
        f"تعرضت دورية للجيش لهجوم في ولاية قندوز بعد {span} من الانفجار الذي استهدف مبنى "
        "الشرطة في ولاية بغلان وأسفر عن مقتل ستة أشخاص."
    )
    assert casualties(tokenize(sentence)).killed is None


def test_the_dead_after_a_span_from_no_event_are_the_events_own():
    sentence = "انفجرت قنبلة في سوق المدينة بعد ساعات من وصول الوزير، ما أسفر عن مقتل خمسة."
    assert casualties(tokenize(sentence)).killed == 5


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # "the two" after a definite noun of two or more is a count
        ("وقال إن الجنود نجحوا في قتل المسلحين الاثنين.", 2),
        ("وأضاف أن ثلاثة شرطيين قتلوا وأن الحراس قتلوا المهاجمين الاثنين.", 5),
        # alone, after a day word, it is Monday
        ("قتل ثلاثة شرطيين يوم الاثنين.", 3),
    ],
)
def test_the_two_after_a_definite_noun_of_two_or_more_counts_two(sentence, killed):
    assert casualties(tokenize(sentence)).killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "أكد مسؤولون مقتل الرهائن الأفغان الاثنين بعد أن أعدمهم المسلحون.",
        # a singular in "-ين"
        "قتل مسلحون أحد علماء الدين الاثنين في مدينة قندهار.",
    ],
)
def test_the_two_after_a_broken_plural_or_a_singular_is_monday(sentence):
    assert casualties(tokenize(sentence)).killed in (None, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # the span is the length of the fighting told, whose dead these are
        "سيطر المسلحون على مركز المديرية بعد ثلاثة أيام من القتال الذي قتل فيه 25 شرطيا.",
        # a claim of the event told, days after it: its dead
        "أعلنت الحركة مسؤوليتها عن الهجوم على الفندق بعد يومين من التفجير الذي قتل فيه 25.",
    ],
)
def test_a_span_of_the_fighting_told_or_in_its_claim_keeps_its_dead(sentence):
    assert casualties(tokenize(sentence)).killed == 25
