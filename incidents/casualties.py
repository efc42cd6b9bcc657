"""Killed and wounded told in one sentence: counts tied to casualty words."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise, takewhile
from typing import Final

from gazetteer.match import UNIT_WORDS
from gazetteer.normalize import normalize
from incidents import lexicon as lx
from incidents import numbers
from incidents.tokens import Token, punctuation_before
from incidents.words import (
    ARABIC_INDIC,
    a_foreign_force_named,
    a_span_after,
    definite,
    given_name,
    the_event_a_span_is_from,
    the_length_of_the_fight,
)


def number_at(tokens: list[Token], i: int) -> int | None:
    """The number a phrase starting at token i stands for ("خمسة وعشرون", "ثلاثمائة"),
    or None; a dual noun of people ("جنديين") counts two."""
    count = _count_at(tokens, i)
    if count is not None:
        return count.value
    if 0 <= i < len(tokens) and tokens[i].key in lx.DUAL_PEOPLE:
        return 2
    return None


def _count_at(tokens: list[Token], i: int) -> numbers.Count | None:
    if i < 0 or i >= len(tokens):
        return None
    if tokens[i].key in _THE_TWO and i > 0 and _a_definite_dual_or_plural(tokens[i - 1]):
        # "الانتحاريين الاثنين": the two, after their noun (alone, "الاثنين" is Monday)
        return numbers.Count(value=2, first=i, last=i, qualifier=None, vague=False)
    if not numbers.opens_count(tokens[i].text):
        return None
    return numbers.number_at([t.text for t in tokens], i)


# "الدين" is a singular in "-ين": a plural or a dual has a stem of three letters at least
_PLURAL_STEM: Final = 3
_THE_TWO: Final = frozenset(normalize(w) for w in ("الاثنين", "الإثنين", "الاثنان", "الاثنتين"))


def _a_definite_dual_or_plural(token: Token) -> bool:
    """ "الانتحاريين", "الجنديين", "الجنديان": a definite noun of two or more (in "-ان"
    only a dual known as such: "الأفغان", "السكان" are broken plurals, and "الاثنين"
    after them is Monday)."""
    key = token.key
    return key.startswith("ال") and (
        (key.endswith("ين") and len(key) - len("الين") >= _PLURAL_STEM)
        or (key.endswith("ان") and key[2:] in lx.DUAL_PEOPLE)
    )


_KILLED: Final = frozenset(lx.KILLED)
_WOUNDED: Final = frozenset(lx.WOUNDED)
_SELF_COUNTING: Final = frozenset(lx.SELF_COUNTING)


@dataclass(slots=True)
class Casualties:
    killed: int | None = None
    wounded: int | None = None
    notes: list[str] = field(default_factory=list)
    revised: bool = False  # "ارتفعت حصيلة القتلى إلى": replaces the figures told before
    # "كما قتل ثلاثة من المهاجمين": dead of another group, added to the figures told
    # before; by kind ("killed", "wounded"), as "أيضا" adds only to the figure it follows
    added: frozenset[str] = frozenset()
    # where each kind's figures were read: the casualty words, in `tokens`
    figures: dict[str, list[int]] = field(default_factory=dict)
    # "وقتلوا رجال الشرطة الستة": a count made definite after its noun names the ones told
    # before, by kind; a total that takes it in restates them
    restated: dict[str, int] = field(default_factory=dict)
    tokens: list[Token] = field(default_factory=list)
    _sides: dict[str, frozenset[str]] = field(  # read so far
        default_factory=dict, repr=False, compare=False
    )

    def sides_of(self, kind: str) -> frozenset[str]:
        """The sides (lexicon SIDES) of the people the figures of a kind count ("مدنيين",
        "من طالبان"); "?" for a group of no side. Read when first asked: most figures are
        never compared with another."""
        found = self._sides.get(kind)
        if found is None:
            found = self._sides[kind] = frozenset().union(
                *(_sides_told_or_joined(self.tokens, i) for i in self.figures.get(kind, ()))
            )
        return found

    def sides_guessed(self, kind: str) -> bool:
        """Whether a figure of a kind names no side of its own and took that of the dead
        it was joined to ("قتل ثلاثة مسلحين، وجرح 9"): a guess a later account may
        correct."""
        return any(
            not _sides(self.tokens, i) and _sides_told_or_joined(self.tokens, i)
            for i in self.figures.get(kind, ())
        )

    def parts_of(self, kind: str) -> frozenset[int]:
        """The counts told as part of the figures of a kind ("مقتل 11 أفغانيا، من بينهم
        ستة أفراد من قوات الأمن"): a later sentence that counts those again ("وأعلن أن ستة
        من أفراد الأمن قتلوا أيضا") adds no one."""
        return frozenset().union(
            *(_parts_after(self.tokens, i) for i in self.figures.get(kind, ()))
        )

    def sides_among(self, kind: str) -> frozenset[str]:
        """The sides told to be among the figures of a kind, counted or not ("لقي 19
        شخصا حتفهم بينهم بعض المدنيين"): a later figure of those only ("وأدى أيضا إلى
        مقتل أربعة مدنيين") tells some of them again."""
        return frozenset().union(
            *(_sides_among(self.tokens, i) for i in self.figures.get(kind, ()))
        )


def _sides_among(tokens: list[Token], i: int) -> frozenset[str]:
    """The sides named after "بينهم" that follows the figure at i, up to the next clause or
    casualty word."""
    for k in range(i + 1, min(len(tokens), i + _PART_REACH)):
        if tokens[k].key in lx.CLAUSE_OPENERS:
            break
        if tokens[k].key in lx.SUBSET_WORDS:
            end = k + 1
            while end < min(len(tokens), k + _PART_REACH) and casualty_kind(tokens[end]) is None:
                end += 1
            return _sides_named(tokens, range(k + 1, end))
    return frozenset()


def _parts_after(tokens: list[Token], i: int) -> frozenset[int]:
    """The counts after "بينهم" that follows the figure at i, up to the next clause; and
    those told with the one counted ("قتل الحاكم مع اثنين آخرين": the two, a part of the
    three)."""
    out: set[int] = set()
    for k in range(i + 1, min(len(tokens), i + _PART_REACH)):
        if tokens[k].key in lx.CLAUSE_OPENERS:
            break
        if k == i + 1 and tokens[k].key in lx.WITH:
            with_him = _count_at(tokens, k + 1)
            if with_him is not None and with_him.value is not None:
                out.add(with_him.value)
            break
        if tokens[k].key not in lx.SUBSET_WORDS:
            continue
        for m in range(k + 1, min(len(tokens), k + _PART_REACH)):
            if tokens[m].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[m]) is not None:
                break
            count = _count_at(tokens, m)
            if count is not None and count.value is not None:
                out.add(count.value)
        break
    return frozenset(out)


_PART_REACH: Final = 10  # "11 أفغانيا على الأقل، من بينهم ستة أفراد من قوات الأمن وخمسة من"


def casualties(tokens: list[Token]) -> Casualties:
    """Killed and wounded of one sentence: digits, number words, duals, قتيلا وجريحا."""
    global _LAST
    last_tokens, last = _LAST
    if (
        last is not None
        and len(last_tokens) == len(tokens)
        and all(a is b for a, b in zip(last_tokens, tokens, strict=True))
    ):
        return last  # the same words read again: segmentation, then the incident's figures
    out = _casualties(tokens)
    _LAST = (list(tokens), out)
    return out


# The last words read and their figures (the same Token objects read again give the same
# figures: a sentence's victims are read to segment it, then its figures to fill it).
_LAST: tuple[list[Token], Casualties | None] = ([], None)


def _casualties(tokens: list[Token]) -> Casualties:
    tokens = _without_a_class_tally(
        _without_dates(
            _before_a_tally(
                _before_an_earlier_event(_before_another_account(_past_first_reports(tokens)))
            )
        )
    )
    every = set(chain.from_iterable([t.bare for t in tokens]))
    if _THAT_ONE in every:
        tokens = _including_read_as_among(tokens)
    if not lx.BETWEEN.isdisjoint(every):
        tokens = _without_range_ends(tokens)
    out = Casualties(
        tokens=tokens,
        revised=bool(every & lx.TOLL) and bool(every & lx.TOLL_RISE) and _risen(tokens),
        added=_adds(tokens, every)
        | (_BOTH if not lx.ATTACKERS.isdisjoint(every) and _attackers_counted(tokens) else _NONE),
    )
    counted_at: dict[str, int] = {}  # where each kind's first figure was read
    # where each kind was first told with no figure ("سقوط قتلى"), before any figure
    uncounted_at: dict[str, int] = {}
    more_of: set[str] = set()  # kinds counted as "others" besides those told before
    # "في حين تضاربت المعلومات حول عدد القتلى، حيث ذكرت وكالة ... 41 ... فيما قالت وكالة
    # ... 27": the figures are accounts of the same dead, none added to another
    conflicting = not lx.CONFLICTED.isdisjoint(every)
    # Only a word of a kind (or the first of a two-word killed phrase) may count anyone.
    count = len(tokens)
    for i in [
        i
        for i, tok in enumerate(tokens)
        if not _OF_A_KIND.isdisjoint(tok.bare)
        or (i + 1 < count and tokens[i + 1].key in _KILLED_PAIRS)
        or _fell_victim(tokens, i)
    ]:
        tok = tokens[i]
        forms = tok.bare
        self_count = (
            next((lx.SELF_COUNTING[f] for f in forms if f in lx.SELF_COUNTING), None)
            if not _SELF_COUNTING.isdisjoint(forms)
            # "لأسرتي القتيلين": the two dead told before, not two more
            and not any(f.startswith("ال") for f in forms)
            else None
        )
        kind: str | None = None
        if (
            not _KILLED.isdisjoint(forms)
            or _phrase_at(tokens, i, _KILLED_PAIRS)
            or _fell_victim(tokens, i)
        ):
            kind = "killed"
        elif not _WOUNDED.isdisjoint(forms):
            kind = "wounded"
        if kind is None and self_count is None:
            continue
        if i > 0 and tokens[i - 1].key in _AMONG and self_count is None:
            continue  # "بين القتلى 5 من عناصر الأمن": some of the dead, not a toll
        if i > 0 and not _ATTEMPT.isdisjoint(tokens[i - 1].bare):
            continue  # "نجا من محاولة اغتيال": no one died
        if any(
            not _MEMORY.isdisjoint(tokens[k].bare)
            for k in range(max(0, i - (_MEMORY_REACH if kind == "killed" else 1)), i)
            if not any(punctuation_before(tokens, m) for m in range(k + 1, i + 1))
        ):
            # "موكب لإحياء ذكرى مقتل أحمد شاه مسعود", "الذكرى الثانية لمقتل ...": a death
            # long past, remembered
            continue
        if _believed_so(tokens, i):
            continue  # "ثمانية مهاجمين يعتقد أنهم قتلوا": thought dead, not counted
        if kind is not None and getattr(out, kind) is not None and _what_they_became(tokens, i):
            continue  # "مقتل 22 مدنيا أصبحوا شهداء": the dead counted, named again
        if _mourned(tokens, i):
            continue  # "هاجموا جنازة شخص لقي حتفه في الاحتجاجات": the one mourned died before
        if _avenged_death(tokens, i):
            continue  # "انتقام لإعدام زعيم التنظيم": the death the event avenged, not its toll
        if _the_past_of_a_site(tokens, i):
            continue  # "قرب المكان الذي قتل فيه مهندس": the site's past, a reference
        if (
            tok.key.startswith("ال")
            and not lx.TOLL_NOUNS.isdisjoint(forms)
            and i > 0
            and tokens[i - 1].key.startswith("ال")
            and tokens[i - 1].key in _DEFINITE_PEOPLE | _DEFINITE_PERSON
            # "حصيلة الجنود القتلى إلى 12": the toll named, which its figure follows
            and all(lx.TOLL.isdisjoint(t.bare) for t in tokens[max(0, i - 3) : i])
        ):
            continue  # "الجندي القتيل": the dead one told before, an adjective, no count
        if tok.key in _DEATH_PENALTY and not executed_by_a_group(tokens, i):
            continue  # "حكم الإعدام", "حكم عليه بالإعدام": a sentence, no one died yet
        if _any_after_a_negation(tokens, i) or _harm_denied(tokens, i):
            # "لم يتم نقل أي جريح", "دون أن يؤدي ذلك إلى إصابات، حسب مسؤول": none counted
            continue
        if _how_they_died(tokens, i):
            continue  # "قتل جراء إصابته بعيارات نارية": the dead one, hit
        if _struck_with_rounds(tokens, i):
            continue  # "هاجمت الطائرات سيارة وأصابتها بصاروخين": the car hit, no one hurt
        pair = _killed_and_wounded(tokens, i)
        if pair is not None:
            # "مقتل وإصابة 15 شخصا", "30 ضحية بين قتيل وجريح": one figure for both kinds
            # gives neither.
            if pair == i:
                # the count before the pair, when it stands there ("مئة قتيل وجريح")
                words = [t.text for t in tokens[:i]]
                before = numbers.number_ending_at(words, i - 1) if i else None
                start, end = (before.first, i + 2) if before is not None else (i, i + 3)
                out.notes.append(" ".join(t.text for t in tokens[start:end]))
            continue
        # "مقتله مع اثنين من حراسه", "مقتله وخمسة من مساعديه": his own and those with him
        others = (
            (_with_others(tokens, i + 1) or _his_men_joined(tokens, i))
            if self_count is not None
            else 0
        )
        value, note = (None, None) if others else _count_near(tokens, i)
        if value is None and note is None and self_count is None:
            value = _their_number(tokens, i)  # "مقتل الركاب وعددهم 25"
        if value is not None and self_count is None and _the_rest_after(tokens, i):
            continue  # "مقتل خمسة رجال والبقية أطفال": a part of a toll told elsewhere
        if value is not None and self_count is None:
            value += _people_with(tokens, i)
        if value is None and note is None and self_count is not None:
            kind, value = self_count[0], self_count[1] + others
        elif (
            value is not None
            and self_count is not None
            and value > 1
            and not _ONE_PERSONS.isdisjoint(forms)
            # ("لقي 25 شرطيا مصرعه", "لقي 100 مسلح مصرعه": the singular noun a count of
            # eleven or more governs, its pronoun with it)
            and not _a_count_of_a_singular_noun_before(tokens, i)
        ):
            # "لقي فيه شخص حتفه": "his death" is one man's, whatever count stands before
            kind, value = self_count[0], 1
        if kind is None:
            continue
        if kind == "wounded" and value is not None and _died_of_it(tokens, i):
            kind = "killed"  # "أصيب بجروح خطيرة وتوفي في وقت لاحق": dead of the wounds
        if value is None and note:
            out.notes.append(note)
        if value is None and note is None and getattr(out, kind) is None:
            uncounted_at.setdefault(kind, i)
        if (
            value is not None
            and getattr(out, kind) is None
            and _elsewhere_after_a_contrast(tokens, uncounted_at.get(kind), i)
        ):
            # "سقوط قتلى بغارة في الشمال، بينما أعلن الجيش وفاة جندي له في
            # شرق أفغانستان": the dead told with no figure are not the ones counted after a
            # contrast at a place of their own
            continue
        if value is not None:
            out.figures.setdefault(kind, []).append(i)
        if value is not None and getattr(out, kind) is None:
            setattr(out, kind, value)
            counted_at[kind] = i
            if kind == "killed" and _others_counted(tokens, i):
                more_of.add(kind)
        elif value is not None and out.revised and _toll_risen_to(tokens, i) is not None:
            setattr(out, kind, value)  # "قتل 3 آخرين ليرتفع عدد قتلى الهجوم إلى 13": the total
        elif value is not None and _the_first_count_and_more(tokens, i, value, getattr(out, kind)):
            # "مقتل أربعة من جنوده"، then another voice: "أكدت باريس مقتل أربعة جنود
            # فرنسيين ومترجم": the same count told again with more people joined to it
            setattr(out, kind, value)
        elif (
            value is not None
            and not conflicting
            and not _at_the_same_place_again(tokens, i)
            and not _elsewhere_after_a_contrast(tokens, counted_at.get(kind), i)
            and not _another_voices_report(tokens, counted_at.get(kind), i)
            and not _a_contrary_account(tokens, counted_at.get(kind), i)
            and not _the_strikers_account(tokens, counted_at.get(kind), i)
            and not _the_rest_of_its_parts(
                tokens, counted_at.get(kind), i, value, getattr(out, kind)
            )
            and (
                _of_attackers(tokens, i)
                or _one_more_by_its_rank(tokens, i)
                or _besides_before(tokens, i)  # "وإصابة 5 آخرين، فضلا عن إصابة شرطي"
                or _joined_to_a_pair_besides(tokens, i)
                or _another_clause(tokens, counted_at.get(kind), i)
                or _another_side_told(tokens, counted_at.get(kind), i)
                or _also_between(tokens, counted_at.get(kind), i)
                or _a_verb_of_its_own_people(tokens, counted_at.get(kind), i)
            )
        ):
            # "... قتل أربعة من الشرطة، وأن سبعة من المهاجمين قتلوا": the other side too
            setattr(out, kind, getattr(out, kind) + value)
            counted_at[kind] = i  # "فيما أصيب 13 مدنيا بجروح": one more clause, read once
    if more_of:
        out.added = out.added | more_of
    out.restated = _restated(tokens)
    if out.killed is None and not _FALLEN.isdisjoint(every):
        out.killed = _people_fallen(tokens)  # "وسقط خمسة قرويين في تفجير السوق"
    if out.revised and out.killed is None:
        # (the wounded may be counted apart: "إلى 31 شخصا فضلا عن 17 جريحا")
        out.killed = _bare_toll_risen_to(tokens)
    if out.killed is not None and (agents := _their_own_death_after(tokens)) is not None:
        # "هاجم ثلاثة انتحاريين محكمة وقتلوا ضابطين قبل مقتلهم": the attackers counted as
        # the subject, dead after their deed, besides their victims
        out.killed += agents
    return out


def _a_count_of_a_singular_noun_before(tokens: list[Token], i: int) -> bool:
    """Whether a count of eleven or more and the singular noun of people it governs stand
    right before the word at i ("لقي 25 شرطيا مصرعه": the pronoun agrees with the noun
    the count makes singular, not with one man)."""
    if i < 2 or (
        tokens[i - 1].key not in lx.SINGULAR_OBJECTS
        and not any(f in lx.SINGULAR_PEOPLE for f in tokens[i - 1].bare)
    ):
        return False
    count = numbers.number_ending_at([t.text for t in tokens[: i - 1]], i - 2)
    return count is not None and (count.value or 0) >= _SINGULAR_AFTER


_SINGULAR_AFTER: Final = 11  # from eleven on, Arabic counts a noun in the singular


def _the_rest_after(tokens: list[Token], i: int) -> bool:
    """Whether "the rest" ("والبقية", "والباقون") follows the count of the casualty word
    at i within a few words, in its clause: the count is a part of the dead, the rest of
    whom are of another kind ("مقتل خمسة رجال والبقية أطفال ونساء")."""
    for k in range(i + 1, min(len(tokens), i + _THE_REST_REACH)):
        if tokens[k].start - tokens[k - 1].end > 1:
            return False  # punctuation ends the clause
        if tokens[k].key in _THE_REST:
            # people of another kind right after it ("والبقية من النساء", "والبقية أطفال");
            # not a verb ("والباقون أصيبوا", "والباقون نجوا": the survivors)
            rest = tokens[k + 1 : k + 3]
            if rest and rest[0].key in lx.OF:
                rest = rest[1:]
            return bool(rest) and _people_of_a_side(rest[0])
    return False


def _people_of_a_side(token: Token) -> bool:
    """Whether the word names people of a side ("أطفال", "النساء", "المدنيين")."""
    return any(not side.isdisjoint(token.bare) for side in lx.SIDES.values())


_THE_REST: Final = frozenset(normalize(w) for w in ("والبقية", "والباقي", "والباقون", "والباقين"))
_THE_REST_REACH: Final = 6  # "مقتل | خمسة | من | كبار | السن | والبقية"


def _their_own_death_after(tokens: list[Token]) -> int | None:
    """How many attackers the sentence counts as its subject and then tells dead "before
    their death" ("قبل مقتلهم"), or None."""
    for i in range(1, len(tokens)):
        if tokens[i].key not in _THEIR_OWN_DEATH or tokens[i - 1].key not in _BEFORE_IT:
            continue
        for k in range(i):
            count = _count_at(tokens, k)
            if count is None or count.value is None:
                continue
            after = tokens[count.last + 1 : count.last + 3]
            fighters = lx.ATTACKERS | lx.SIDES[lx.MILITANTS]
            return count.value if any(not fighters.isdisjoint(t.bare) for t in after) else None
    return None


_THEIR_OWN_DEATH: Final = frozenset(
    normalize(w) for w in ("مقتلهم", "مصرعهم", "مقتلهما", "مصرعهما")
)
_BEFORE_IT: Final = frozenset(normalize(w) for w in ("قبل",))


def _the_rest_of_its_parts(
    tokens: list[Token], first: int | None, i: int, value: int, total: int | None
) -> bool:
    """Whether the figure at i is the last part of the total told first, in parts that sum
    to it ("قتل 6 جنود، أربعة منهم بانفجار قنبلة، فيما قتل جنديان بمشاجرة")."""
    if first is None or total is None:
        return False
    words = [t.text for t in tokens]
    for k in range(first + 1, i):
        if tokens[k].key not in lx.SUBSET_WORDS:
            continue
        part = numbers.number_ending_at(words, k - 1)
        if part is not None and part.value is not None and part.value + value == total:
            return True
    return False


def _avenged_death(tokens: list[Token], i: int) -> bool:
    """Whether the death told at i is what the event avenged or answered: "انتقاما لمقتل
    قائدها", "ردا على مقتل ثلاثة من عناصرها" (an earlier death, not this event's toll)."""
    return (i > 0 and tokens[i - 1].key in lx.REVENGE) or (
        i > 1 and tokens[i - 1].key in _ON and tokens[i - 2].key in lx.REVENGE
    )


def _the_past_of_a_site(tokens: list[Token], i: int) -> bool:
    """Whether the casualty word at i tells what befell a site named just before it ("قرب
    المكان الذي قتل فيه مهندس"): a place noun, "الذي"/"التي", the verb and "فيه"/"فيها";
    not "الهجوم الذي قتل فيه خمسة جنود", the event's own toll."""
    return (
        i > 1
        and i + 1 < len(tokens)
        and tokens[i - 1].key in lx.RELATIVES
        and tokens[i - 2].key in _SITES_TOLD
        and tokens[i + 1].key in _IN_IT
    )


_SITES_TOLD: Final = frozenset(
    normalize(w) for w in ("الموقع", "المكان", "المنطقة", "القرية", "الشارع", "الطريق", "الحي")
)
_IN_IT: Final = frozenset(normalize(w) for w in ("فيه", "فيها"))


def _risen(tokens: list[Token]) -> bool:
    """Whether a verb of the toll rising tells it has risen, not that it may ("قد يرتفع",
    "سوف يرتفع", "يتوقع أن يرتفع": the count told stands)."""
    return any(
        not lx.TOLL_RISE.isdisjoint(t.bare)
        and not (k > 0 and t.key[:1] in "يت" and tokens[k - 1].key in _MAY)
        for k, t in enumerate(tokens)
    )


_MAY: Final = frozenset(normalize(w) for w in ("قد", "سوف", "أن", "ان", "لأن"))


# Words of one person's death or wounds, by their pronoun: "حتفه", "مقتلها", "قتلوه".
_ONE_PERSONS: Final = frozenset(
    normalize(w)
    for w in (
        *("حتفه", "حتفها", "مصرعه", "مصرعها", "مقتله", "مقتلها", "إصابته", "إصابتها"),
        *("نحبه", "نحبها"),
        *("قتلوه", "قتلوها", "أعدموه", "أعدموها"),
    )
)


def _mourned(tokens: list[Token], i: int) -> bool:
    """Whether the casualty word at i tells the death of the one a funeral is for: "جنازة
    شخص لقي حتفه", "تشييع جنازة قائد قتل أمس". A person named right after the funeral's
    noun, his death told right after him. A noun of the dead counted ("استهدف جنازة ضابط
    شرطة 38 قتيلا") is the toll of the attack on the funeral."""
    if i > 0 and numbers.number_ending_at([t.text for t in tokens[:i]], i - 1) is not None:
        return False
    for k in range(max(0, i - _MOURNED_REACH), i - 1):
        if (
            tokens[k].key in _FUNERAL
            and any(f in lx.SINGULAR_PEOPLE or f in lx.PEOPLE for f in tokens[k + 1].bare)
            and all(casualty_kind(t) is None for t in tokens[k + 1 : i])
        ):
            return True
    return False


_FUNERAL: Final = frozenset(normalize(w) for w in ("جنازة", "جنازات", "تشييع", "مأتم", "عزاء"))
# The funeral's noun, the person, maybe a second word of him ("قائد شرطة"), his verb.
_MOURNED_REACH: Final = 4


def _how_they_died(tokens: list[Token], i: int) -> bool:
    """Whether the word of wounding at i, with a pronoun of the ones it hit, tells how
    those killed before it died: "قتل جراء إصابته بعيارات نارية", "لقي حتفه عندما أصابته
    عبوة ناسفة", "مصرعهما إثر إصابتهما برصاص قناص"."""
    tok = tokens[i]
    return (
        (
            not _WOUNDED.isdisjoint(tok.bare)
            or any(lx.SELF_COUNTING.get(f, ("",))[0] == "wounded" for f in tok.bare)
        )
        and tok.key.endswith(_HIT_PRONOUNS)
        and i > 0
        and (tokens[i - 1].key in _HOW or (i > 1 and tokens[i - 2].key in _HOW))
        and any(casualty_kind(t) == "killed" for t in tokens[max(0, i - _HOW_REACH) : i - 1])
    )


_HIT_PRONOUNS: Final = ("ه", "ها", "هما", "هم")  # "إصابته", "أصابتهم", "إصابتهما"
# a cause or a time: "جراء", "إثر", "بعد", "عندما"
_HOW: Final = lx.AFTER | lx.WHEN | {normalize("جراء")}
_HOW_REACH: Final = 10  # "لقي الجندي حتفه اليوم عندما أصابته"


def _died_of_it(tokens: list[Token], i: int) -> bool:
    """Whether the wounded told at i died of it, told right after with no count of their
    own: "أصيب بجروح خطيرة وتوفي في وقت لاحق", "أصيبوا ثم توفوا في المستشفى"."""
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.key in _THEN:
            continue
        then = tok.key in lx.DIED and tokens[k - 1].key in _THEN
        if (tok.key in _DIED_JOINED and k - i <= _DIED_REACH) or then:
            # ("لكنه فارق الحياة": "but he died", when and where the wounds were between)
            return k + 1 >= len(tokens) or _count_at(tokens, k + 1) is None
        # "أصيب خمسة جنود حيث توفوا لاحقا متأثرين بجراحهم": they died of the wounds
        if _died_of_the_wounds(tokens, k):
            return True
        if tok.key in lx.CLAUSE_OPENERS and _died_of_the_wounds(tokens, k + 1):
            return True
        if casualty_kind(tok) not in (None, "wounded"):
            return False
        # ("على بعد 40 كيلومترا": a distance, no clause "after")
        if tok.key in lx.CLAUSE_OPENERS and not (tok.key in lx.AFTER and tokens[k - 1].key in _ON):
            return False
    return False


def _died_of_the_wounds(tokens: list[Token], k: int) -> bool:
    """Whether a verb of death in the plural at k, with no subject of its own, is told "of
    their wounds" a few words on ("توفوا لاحقا متأثرين بجراحهم"): the wounded died
    (not "فيما توفي شرطي متأثرا بجروحه", one man of his own)."""
    return (
        k < len(tokens)
        and casualty_kind(tokens[k]) == "killed"
        and tokens[k].key.endswith(_PLURAL_VERB)
        and any(t.key in _OF_THEIR_WOUNDS for t in tokens[k + 1 : k + 1 + _OF_WOUNDS_REACH])
        and _count_at(tokens, k + 1) is None
    )


_PLURAL_VERB: Final = "وا"  # "استشهدوا", "توفوا", "قضوا"


_DIED_JOINED: Final = frozenset(joined + died for died in lx.DIED for joined in ("و", "ف"))
_THEN: Final = frozenset(normalize(w) for w in ("ثم", "لكنه", "ولكنه", "لكنها", "ولكنها"))
_DIED_REACH: Final = 4  # "أصيب بجروح خطيرة وتوفي": the wounds, how bad, then the death
_OF_THEIR_WOUNDS: Final = frozenset(
    normalize(w) for w in ("متأثرا", "متأثرين", "متأثرة", "متأثرون", "متاثرا", "متاثرين")
)
_OF_WOUNDS_REACH: Final = 3  # "استشهدوا | فيما | بعد | متأثرين"


def _including_read_as_among(tokens: list[Token]) -> list[Token]:
    """ "بما في ذلك" (including) read as the one word "بينهم": "لقي 15 مصرعهم بما في ذلك
    شرطيان" are fifteen, two police among them."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if k + 2 < len(tokens) and tuple(t.key for t in tokens[k : k + 3]) == _INCLUDING:
            first, last = tokens[k], tokens[k + 2]
            text = f"{first.text} {tokens[k + 1].text} {last.text}"
            out.append(Token(text, first.start, last.end, _AMONG_THEM, (_AMONG_THEM,)))
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out


_INCLUDING: Final = tuple(normalize(w) for w in ("بما", "في", "ذلك"))
_THAT_ONE: Final = _INCLUDING[2]
_AMONG_THEM: Final = normalize("بينهم")


def _their_number(tokens: list[Token], i: int) -> int | None:
    """The count of the people a word of a kind names, told after them as their number
    ("مقتل جميع ركابها البالغ عددهم 12 شخصا", "وعددهم 25"), or None."""
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + _THEIR_NUMBER_REACH)):
        if tokens[j].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[j]) is not None:
            return None
        if tokens[j].key in _THEIR_NUMBER:
            return number_at(tokens, j + 1)
    return None


_THEIR_NUMBER: Final = frozenset(
    normalize(w) for w in ("عددهم", "وعددهم", "عددهما", "وعددهما", "عددهن", "وعددهن")
)
_THEIR_NUMBER_REACH: Final = 8  # "مقتل" + "جميع أفراد الطاقم والركاب الذين كانوا على متنها"


def _restated(tokens: list[Token]) -> dict[str, int]:
    """Counts made definite after their noun ("رجال الشرطة الستة", "الجنود الخمسة"): the
    people told before, by the kind of the casualty word just before them."""
    out: dict[str, int] = {}
    for k in range(1, len(tokens)):
        tok = tokens[k]
        if not tok.key.startswith("ال") or not numbers.opens_count(tok.text):
            continue
        count = _count_at(tokens, k)
        if count is None or count.value is None or tokens[k - 1].key not in _DEFINITE_PEOPLE:
            continue
        kind = next(
            (casualty_kind(t) for t in reversed(tokens[max(0, k - 5) : k]) if casualty_kind(t)),
            None,
        )
        if kind is not None:
            out.setdefault(kind, count.value)
    return out


def people_told_before(tokens: list[Token]) -> bool:
    """Whether a count made definite after its definite noun names people told before:
    "وعثر على جثث الرجال الأربعة", "الجنود الخمسة" (the four men, the five soldiers); or
    the definite noun alone opens what was said, right before their death ("وأضاف أن
    المدنيين قتلا عندما ...")."""
    return any(
        tokens[k].key.startswith("ال")
        and tokens[k - 1].key in _DEFINITE_PEOPLE
        and numbers.opens_count(tokens[k].text)
        and (count := _count_at(tokens, k)) is not None
        and count.value is not None
        for k in range(1, len(tokens))
    ) or any(
        tokens[k - 1].key in lx.THAT
        and tokens[k].key in _DEFINITE_PEOPLE
        # the verb in the plural or the dual agrees with them ("أن الشرطة قتلت قياديا":
        # the police, who killed)
        and tokens[k + 1].key in _THEIR_DEATH
        for k in range(1, len(tokens) - 1)
    )


_DEFINITE_PEOPLE: Final = frozenset(
    normalize(w)
    for w in (
        *("الشرطة", "الجنود", "المدنيين", "الحراس", "الأشخاص", "الشرطيين", "العمال"),
        *("الرجال",),
        *("المسلحين", "المهاجمين", "الأطفال", "الركاب", "الموظفين", "العسكريين"),
        *("المقاتلين", "الرهائن", "المختطفين", "الضحايا"),
    )
)


_THEIR_DEATH: Final = frozenset(
    normalize(w)
    for w in ("قتلوا", "قتلا", "أصيبوا", "أصيبا", "اصيبوا", "جرحوا", "جرحا", "لقوا", "لقيا")
)
_WHO: Final = frozenset(normalize(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي"))
_DEFINITE_PERSON: Final = frozenset(
    normalize(w)
    for w in ("الجندي", "الشرطي", "المدني", "الشخص", "الطفل", "الضابط", "الحارس", "المسلح")
)


def _people_fallen(tokens: list[Token]) -> int | None:
    """ "وسقط خمسة قرويين في تفجير السوق": people who "fell", counted right after the verb
    with no word of their kind after them ("سقط 5 قتلى" is counted at its noun), died."""
    for i, tok in enumerate(tokens):
        if tok.key not in _FALLEN:
            continue
        # ("حادث سقط فيه ثلاثة أشخاص": the event's pronoun between)
        start = i + 2 if i + 1 < len(tokens) and tokens[i + 1].key in _IN_IT else i + 1
        count = _count_at(tokens, start)
        if count is None or count.value is None or count.last + 1 >= len(tokens):
            return None
        people = tokens[count.last + 1]
        if people.key not in lx.PEOPLE or people.key in lx.OF:
            return None
        after = tokens[count.last + 2 : count.last + 2 + _FALLEN_KIND_REACH]
        if any(casualty_kind(t) is not None or t.key in lx.BETWEEN for t in after):
            return None  # "سقط في الغارة 25 بين قتيل وجريح": both kinds, or another count
        return count.value
    return None


# The verb of falling, in the masculine (people); "سقطت" tells rounds and aircraft.
_FALLEN: Final = frozenset(normalize(w) for w in ("سقط", "وسقط"))
_FALLEN_KIND_REACH: Final = 4  # "سقط ستة قرويين على الأقل وبينهم امرأة": the hedge, then the subset


def _bare_toll_risen_to(tokens: list[Token]) -> int | None:
    """ "ارتفعت حصيلة الهجمات التي استهدفت مباني حكومية ... إلى 19 شخصا": a toll named
    with no word for its kind is the dead's, risen to the people counted after "إلى"."""
    for i, tok in enumerate(tokens):
        if tok.key not in _BARE_TOLLS:
            continue
        for k in range(i + 1, min(len(tokens) - 1, i + 20)):
            if casualty_kind(tokens[k]) is not None or tokens[k].key in _OVER_A_SPAN:
                return None
            if tokens[k].key in lx.TO:
                count = _count_at(tokens, k + 1)
                if count is not None and _of_both_kinds_after(tokens, count.last + 1):
                    return None  # "إلى نحو 40 شخصا بين قتيل وجريح": both kinds at once
                return _people_count_at(tokens, k + 1, end=len(tokens))
    return None


_BARE_TOLLS: Final = frozenset(normalize(w) for w in ("حصيلة", "الحصيلة"))


def _another_side_told(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i counts people of another side than the first figure of the
    sentence ("مقتل 5 عناصر أمن، مشيرة إلى مقتل 12 من مسلحي الحركة"): both sides' dead."""
    if first is None:
        return False
    before, now = _sides_of_others(tokens, first), _sides_of_others(tokens, i)
    return (
        bool(before)
        and bool(now)
        and NO_SIDE.isdisjoint(before | now)
        and before.isdisjoint(now)
        and not any(t.key in lx.SUBSET_WORDS for t in tokens[first:i])
    )


def _sides_of_others(tokens: list[Token], i: int) -> frozenset[str]:
    """The sides of the figure at i; "وإصابة ثلاثة آخرين" right after "مقتل اثنين من
    عناصر طالبان" counts others of the side the joined casualty word before it counted,
    and so do a bare count ("إن 12 من عناصر الحركة قتلوا، وجرح 9") and others counted
    before the word ("وتعرض 13 آخرون لإصابات"): the same subject."""
    sides = _sides(tokens, i)
    count = _count_at(tokens, i + 1)
    # "others" right after the count, of one word or two ("وجرح اثنا عشر آخرون"); not
    # after a noun of their own ("وأصيب ثلاثة مدنيين آخرين")
    past = count.last + 1 if count is not None else i + 1
    joined = tokens[i].key.startswith("و") and (
        (past < len(tokens) and tokens[past].key in lx.OTHERS)
        or (count is None and _others_after(tokens, i + 1))
        or _a_bare_count_after(tokens, i)
    )
    before = i > 0 and tokens[i - 1].key in lx.OTHERS
    if sides or not (joined or before):
        return sides
    # (the last people counted in the clause, however far: "قتل 9 في أقل تقدير من
    # منتسبي الشرطة المحلية بالولاية، وجرح اثنان آخران")
    for p in range(i - 1, -1, -1):
        if tokens[p].key in lx.CONTRAST or tokens[p].key in lx.THAT:
            break
        kind = casualty_kind(tokens[p])
        if kind is not None:
            return _sides(tokens, p) if kind != casualty_kind(tokens[i]) else sides
    return sides


def _sides_told_or_joined(tokens: list[Token], i: int) -> frozenset[str]:
    """The sides of the figure at i, its own or, for others joined to a named side's dead
    ("قتل ستة من المسلحين وجرح اثنا عشر آخرون"), that side; not a group of no side."""
    joined = _sides_of_others(tokens, i)
    return joined if joined - NO_SIDE else _sides(tokens, i)


def _a_bare_count_after(tokens: list[Token], i: int) -> bool:
    """ "وجرح 9" ending its clause, or "وجرح 9 في القتال": a count right after the word
    at i that names no people of its own."""
    count = _count_at(tokens, i + 1)
    if count is None or count.value is None:
        return False
    after = count.last + 1
    return (
        after == len(tokens)
        or punctuation_before(tokens, after)
        or tokens[after].key in _WHERE_OR_WHEN
    )


# the words that may follow a bare count: where or when ("وجرح 9 خلال الليل")
_WHERE_OR_WHEN: Final = lx.IN | frozenset(
    normalize(w) for w in ("خلال", "أثناء", "اثناء", "جراء", "إثر", "اثر")
)


def _sides(tokens: list[Token], i: int) -> frozenset[str]:
    """The sides (lexicon SIDES) of the people the figure of the casualty word at i counts:
    the words after a count ("10 مدنيين", "ثلاثة من طالبان"), and a person the word names
    with no count ("فقتل جنديا"), in the words around it up to another casualty word or
    a contrast ("فيما")."""

    def stops(tok: Token) -> bool:
        # another casualty word tells a figure of its own ("مقتل 5 عناصر أمن، مشيرة إلى
        # مقتل 12 من مسلحي الحركة")
        # another voice's clause ("وأضاف أن 12 من مقاتلي الحركة") tells its own
        return tok.key in lx.CONTRAST or tok.key in lx.THAT or casualty_kind(tok) is not None

    lo = i
    while lo > max(0, i - 12) and not stops(tokens[lo - 1]):  # as far as counts are sought
        lo -= 1
    if lo > 0 and casualty_kind(tokens[lo - 1]) is not None:
        lo = i  # "قتل 3 جنود وأصيب 5": the counts before are the earlier word's
    hi = i + 1
    while hi < min(len(tokens), i + 1 + _SIDE_REACH) and not stops(tokens[hi]):
        hi += 1
    groups: list[range] = []  # the words that name each group of people counted
    for k in range(lo, hi):
        tok = tokens[k]
        count = _count_at(tokens, k)
        if count is not None and any(t.key in lx.SUBSET_WORDS for t in tokens[max(0, k - 2) : k]):
            # "15 شخصا بينهم تسعة مدنيين": a part of the ones counted before it
            if groups:
                break
            return _NONE
        if count is not None and tok.key.startswith("ال"):
            if (
                k > lo
                and tokens[k - 1].key.startswith("ال")
                and _sides_named(tokens, range(k - 1, k))
            ):
                # "مقتل المهاجمين الخمسة، وستة من أفراد الأمن", "مقتل المدنيين الأربعة":
                # the people the definite count follows are of a side
                groups.append(range(k - 1, k))
                continue
            return _NONE  # "القتلى السبعة": the dead told before, whatever side is named
        # ("14 على الأقل من مقاتلي الحركة": "من" past the hedge)
        of = (
            count.last + 1 + (_HEDGE_WORDS if _a_hedge_at(tokens, count.last + 1) else 0)
            if count is not None
            else k
        )
        if (
            count is not None
            and count.value is not None
            and of + 1 < len(tokens)
            and tokens[of].key in lx.OF
        ):
            # "18 من أفراد قوى الأمن", "ثلاثة من طالبان": the group after "من"
            groups.append(range(of + 1, min(hi, of + 4)))
        elif (
            count is not None
            and count.value is not None
            and k > lo
            and tok.key in _TWO_SPELT
            and tokens[k - 1].key in lx.PEOPLE
        ):
            # "مدنيين اثنين قتلا": the pair spelt after its noun
            groups.append(range(k - 1, k))
        elif (
            count is not None
            and count.value is not None
            and count.last + 1 < len(tokens)
            and tokens[count.last + 1].key in lx.PEOPLE  # not "خلال 24 ساعة"
            and not _others_after(tokens, count.last + 1)  # "وإصابة 8 آخرين": told apart
        ):
            # ("9 أشخاص على الأقل من قوات الأمن": the group named past the hedge)
            hedge = _HEDGE_WORDS if _a_hedge_at(tokens, count.last + 2) else 0
            end = min(len(tokens), hi + hedge, count.last + 4 + hedge)
            # ("10 أشخاص، نصفهم مسلحون": the share after the partitive is a part of them)
            end = next(
                (j for j in range(count.last + 1, end) if tokens[j].key in lx.SUBSET_WORDS), end
            )
            groups.append(range(count.last + 1, end))
        elif (
            k == i + 1
            and tok.key in lx.OF
            and not lx.TOLL_NOUNS.isdisjoint(tokens[i].bare)
            and k + 1 < len(tokens)
            and tokens[k + 1].key not in lx.BETWEEN
        ):
            # "11 قتيلا من المهاجمين": the group after the noun of the dead and "من"
            groups.append(range(k + 1, min(hi, k + 4)))
        elif k == i + 2 and tok.key == _RANKS and tokens[k - 1].key in _INTO_RANKS:
            # "أسقطت ثلاثة قتلى في صفوف طالبان": the group whose ranks the dead were in
            # (right after the word of the dead: "مقتل 12 مدنيا دون خسائر بشرية في صفوف
            # المسلحين" names the ranks of no one counted)
            groups.append(range(k + 1, min(len(tokens), k + 1 + _RANKS_WORDS)))
        elif (
            # ("وقتل في الهجوم حارس": the one person past the event named)
            (abs(k - i) <= 2 or (k == i + 3 and _a_place_or_event_named_after(tokens, i)))
            and not (_PERSON_COUNTS.isdisjoint(tok.bare) and tok.key not in lx.DUAL_PEOPLE)
            # "المتحدث باسم حاكم الولاية مقتل 17": a verbal noun counts the people after
            # it; the title before it is the speaker's
            and not (k < i and not _COUNTED_AFTER.isdisjoint(tokens[i].bare))
        ):
            groups.append(range(k, min(hi, k + 3)))
        elif k == i + 1 and tok.key in lx.ONE_OF and count is None:
            # "بمقتل أحد جنوده": the one counted is of the people after "أحد"
            groups.append(range(k + 1, min(hi, k + 3)))
        elif _the_subject_told(tokens, k, i):
            groups.append(range(k, min(i, k + 3)))
        elif groups and k > i and _joined_person(tok) is not None:
            # "20 مقاتلا من طالبان وجندي أفغاني واحد": one more person joined to the count,
            # of a side of his own
            groups.append(range(k, min(hi, k + 3)))
    if not groups and i > 0 and tokens[i - 1].key in lx.RELATIVES:
        # "جثث عدد من مقاتلي الحركة، الذين قتلوا في القتال، وهم نحو 30": the people the
        # relative clause is about, named right before it
        groups.append(range(max(0, i - 1 - _ANTECEDENT_WORDS), i - 1))
    # a group whose words name no side ("اثنين من جنوده") may be of any
    return frozenset(side for words in groups for side in _sides_named(tokens, words) or NO_SIDE)


_ANTECEDENT_WORDS: Final = 3  # "عشرات من عناصر طالبان، الذين": the people, then "الذين"


def _a_place_or_event_named_after(tokens: list[Token], i: int) -> bool:
    """Whether the verb at i names, right after it, the event or the place its one person
    died in before him ("قتل في الاشتباك قائد المركز", "أمام منزله"; "في هجوم مسلح" names
    no one); "قتلوا" told its people before it."""
    return (
        i + 2 < len(tokens)
        and (tokens[i + 1].key in _IN or _in_front_of(tokens, i + 1))
        and (tokens[i + 2].key.startswith("ال") or tokens[i + 2].key.endswith(_POSSESSIVES))
        and not tokens[i].key.endswith("وا")
    )


def _a_hedge_at(tokens: list[Token], k: int) -> bool:
    """Whether "على الأقل" (at least) stands at k."""
    return k + 1 < len(tokens) and (tokens[k].key, tokens[k + 1].key) in numbers.AT_LEAST_AFTER


_HEDGE_WORDS: Final = 2  # "على الأقل"


def _the_subject_told(tokens: list[Token], k: int, i: int) -> bool:
    """Whether the person word at k opens the subject of the casualty verb at i after "إن"
    ("إن قائد شرطة الولاية فلان قتل"): the title and name stand before the verb, and the
    person the title names is the one counted."""
    return (
        k > 0
        and tokens[k - 1].key in lx.THAT
        and i - k <= _TITLED_SUBJECT_REACH
        and not _PERSON_COUNTS.isdisjoint(tokens[k].bare)
    )


_TITLED_SUBJECT_REACH: Final = (
    9  # "أن زعيم التنظيم في أفغانستان فلان الفلاني قتل": title, office, name
)


def _sides_named(tokens: list[Token], words: range) -> frozenset[str]:
    named = frozenset(
        side
        for k in words
        for side, names in lx.SIDES.items()
        if not names.isdisjoint(tokens[k].bare)
    )
    # "العناصر التي شنت الهجوم": those who carried out the attack are its attackers
    launched = any(
        tokens[k].key in lx.RELATIVES and k + 1 < len(tokens) and tokens[k + 1].key in lx.LAUNCHED
        for k in words
    )
    if any(tokens[k].key in _HOSTILE for k in words):
        # "سبعة من عناصر القوات المعادية": forces the speaker calls hostile are the enemy
        named = (named - {_SECURITY}) | _ATTACKERS_SIDE
    return named | _ATTACKERS_SIDE if launched else named


_ATTACKERS_SIDE: Final = frozenset({lx.MILITANTS})
_SECURITY: Final = "security"
# (the coalition's "enemy forces"; not "جنود العدو", the Taliban's word for the army)
_HOSTILE: Final = frozenset(normalize(w) for w in ("المعادية", "معادية"))
_INTO_RANKS: Final = frozenset(normalize(w) for w in ("في", "بين", "من"))
_RANKS_WORDS: Final = 4  # "في صفوف المسلحين الذين هاجموا": the group and who they are


NO_SIDE: Final = frozenset({"?"})  # the side of a group the text names no side for


_SIDE_REACH: Final = 8
_AND_OR_WITH: Final = frozenset(("و", *lx.WITH))
_TARGETED: Final = frozenset(
    normalize(w) for w in ("استهدف", "استهدفت", "استهدفا", "استهدفتا", "يستهدف", "تستهدف")
)
_PERSON_COUNTS: Final = frozenset((*lx.SINGULAR_OBJECTS, *lx.SINGULAR_PEOPLE))


def _others_counted(tokens: list[Token], i: int) -> bool:
    """ "عن مقتل ثلاثة آخرين من قيادات التنظيم": dead counted as others besides those a
    sentence before told (the number right after the casualty word, then "آخرين")."""
    count = _count_at(tokens, i + 1)
    return (
        count is not None
        and count.value is not None
        and count.last + 1 < len(tokens)
        and not lx.OTHERS.isdisjoint(tokens[count.last + 1].bare)
        # "مقتله وستة آخرين": others besides the one his death tells, in the same figure
        and not _his_men_joined(tokens, i)
        # "قتلوا وأحد عشر آخرين جرحوا": the others are the wounded
        and not (
            count.last + 2 < len(tokens)
            and casualty_kind(tokens[count.last + 2]) not in (None, "killed")
        )
        # "وثلاثة آخرون كانوا على قيد الحياة" after the dead: those live
        and not _told_alive(tokens, count.last + 2)
        # "نجا البعض وقتل 14 آخرون": others than the survivors, not more dead (the
        # survivors told right before, in the same clause: not "ونجا القائد من الهجوم،
        # وقتل اثنان آخران من حراسه")
        and not _against_the_survivors(tokens, i)
    )


def _against_the_survivors(tokens: list[Token], i: int) -> bool:
    """Whether some, a vague group, are told to have survived a few words before the
    casualty word at i: "فنجا بعضهم وقتل 9 آخرون", "ونجا عدد قليل من الركاب، وقتل 14
    آخرون" (not one man: "ونجا القائد وقتل اثنان آخران من حراسه" tells two more dead)."""
    return any(
        not _SURVIVED.isdisjoint(tokens[k].bare)
        and k + 1 < i
        and not _SOME.isdisjoint(tokens[k + 1].bare)
        for k in range(max(0, i - _SURVIVORS_REACH), i)
    )


_SURVIVORS_REACH: Final = 9  # "ونجا عدد قليل من الركاب من الهجوم | وقتل"
_SOME: Final = frozenset(
    normalize(w) for w in ("البعض", "بعض", "بعضهم", "عدد", "قلة", "القليل", "قليل", "آخرون")
)


_SURVIVED: Final = frozenset(normalize(w) for w in ("نجا", "نجت", "نجوا", "نجيا"))


def _another_clause(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is told in another clause than the first one ("قتلوا سبعة
    من أفراده، فيما استشهد أحد المجاهدين", "... كما قتل ثلاثة مدنيين"): the dead of
    another group, added. Not when
    the clause tells a toll ("فيما بلغت حصيلة القتلى 15"), which restates it."""
    if first is None:
        return False
    between = tokens[first + 1 : i]
    # "فيما أعلنت وزارة الداخلية عن قتل 17 مسلحا": another voice's report, not more dead
    # of this event (`_another_voices_report` when it tells an event of its own)
    if _a_voice_after_a_contrast(tokens, first, i):
        return False
    joins = any(t.key in lx.CONTRAST for t in between) or any(
        t.key in lx.ALSO_OPENERS and not any(f in lx.CLAIM_VERBS for f in after.bare)
        for t, after in zip(between, tokens[first + 2 : i + 1], strict=True)
    )  # "، كما تم تصفية 7 من الكوماندوز"; not "كما قال" (as he said)
    # "مضيفة أن شرطيا قتل أيضا": the verb's "also" adds its dead to those told
    joins = joins or (i + 1 < len(tokens) and tokens[i + 1].key in lx.ALSO)
    lone_attacker = any(t.key in lx.LONE_ATTACKER for t in tokens[max(0, i - 3) : i + 3])
    return (
        joins
        and not lone_attacker
        and not any(f in lx.TOLL for t in tokens[first:] for f in t.bare)
    )


def _a_verb_of_its_own_people(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is told by a verb of its own, joined by و, whose count names
    people of a nationality ("أصيب جنديان أفغانيان وأصيب 4 بريطانيون بجروح"): other
    people, added."""
    if first is None or i - first < _OWN_VERB_GAP or not tokens[i].text.startswith("و"):
        return False
    if tokens[i].key not in _JOINED_PASSIVES:
        return False
    count = _count_at(tokens, i + 1)
    return (
        count is not None
        and count.value is not None
        and count.last + 1 < len(tokens)
        and tokens[count.last + 1].key.endswith(_NATIONALITY_ENDINGS)
        and tokens[count.last + 1].key not in lx.PEOPLE
    )


_JOINED_PASSIVES: Final = frozenset(normalize(w) for w in ("وأصيب", "وجرح", "وقتل", "وأصيبت"))
_OWN_VERB_GAP: Final = 3  # the first figure's words, then the second verb
_NATIONALITY_ENDINGS: Final = ("يون", "يين", "يان", "يا")  # "أميركيون", "بريطانيين"


def _a_voice_after_a_contrast(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is told by a voice after a contrast ("فيما أعلنت"، "في حين
    قالت") that names no event told before: not "فيما ذكر مسؤولون أن الهجوم أسفر أيضا عن
    مقتل ثمانية", nor "... قتلوا في الاشتباكات التي تلت الهجوم"."""
    if first is None:
        return False
    between = tokens[first + 1 : i]
    clause_end = min(len(tokens), i + _CLAUSE_REACH)
    return any(
        t.key in lx.CONTRAST
        and k + 1 < len(between)
        and any(f in lx.CLAIM_VERBS for f in between[k + 1].bare)
        and not any(
            u.key in lx.BACK_REFERENCES or u.key in lx.ALSO
            for u in tokens[first + 1 + k : clause_end]
        )
        for k, t in enumerate(between)
    )


def _another_voices_report(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is another voice's report of an event of its own, told
    after it with an indefinite noun ("فيما أعلنت قوات التحالف مقتل 15 مسلحا مساء أمس
    باشتباك على الحدود"): not more dead of the first event, of any side."""
    if not _a_voice_after_a_contrast(tokens, first, i):
        return False
    return any(
        not lx.EVENT_NOUNS.isdisjoint(u.bare) and not definite(u.key).startswith("ال")
        for u in tokens[i + 1 : min(len(tokens), i + _CLAUSE_REACH)]
        if u.key not in lx.CLAUSE_OPENERS
    )


def _the_first_count_and_more(tokens: list[Token], i: int, value: int, so_far: int | None) -> bool:
    """Whether the figure at i opens on the count told first and joins more people to it
    ("مقتل خمسة من جنوده ... مقتل خمسة جنود فرنسيين ومدني أفغاني"): the fuller toll."""
    if so_far is None or value <= so_far:
        return False
    count = _count_at(tokens, i + 1)
    return count is not None and count.value == so_far


def _a_contrary_account(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is told by another voice after "غير أن"/"لكن", which a verb
    of saying opens ("وذكر مقتل قائد محلي، غير أن الأهالي قالوا إن ستة
    مدنيين لقوا حتفهم"): a version of the toll of its own, not more dead."""
    if first is None:
        return False
    for j in range(first + 1, i):
        if tokens[j].key in lx.BUT or tokens[j].key in lx.BUT_THAT:
            return any(not _SAID.isdisjoint(t.bare) for t in tokens[j + 1 : i])
    return False


_SAID: Final = lx.CLAIM_VERBS_SET | frozenset(
    normalize(w)
    for w in ("قالوا", "أفادوا", "ذكروا", "أكدوا", "أوضحوا", "أعلنوا", "يقول", "يقولون", "تقول")
)


def _the_strikers_account(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i is the foreign force that struck telling as fighters the dead
    counted first as civilians ("قتل تسعة مدنيين في قصف ..., فيما قال الحلف إن القصف
    قتل عشرة مسلحين"): the same dead told its way, no more of them."""
    if first is None or not any(not _STRIKES.isdisjoint(t.bare) for t in tokens[:i]):
        return False  # (a bombing or an assault: the force struck nothing)
    counted, told = _sides(tokens, first), _sides(tokens, i)
    return any(
        t.key in lx.CONTRAST and the_strikers_version(counted, told, tokens[k + 1 : i])
        for k, t in enumerate(tokens[first + 1 : i], start=first + 1)
    )


def the_strikers_version(counted: frozenset[str], told: frozenset[str], words: list[Token]) -> bool:
    """Whether `words` are a foreign force's voice telling as fighters (`told`, the sides of
    their figure) dead counted before as civilians (`counted`), with no "also": its version
    of the same dead (the caller checks that the force struck)."""
    return (
        counted == _CIVILIANS
        and told == _FIGHTERS
        and _told_by_the_strikers(words)
        and not any(t.key in lx.ALSO for t in words)
    )


def _told_by_the_strikers(tokens: list[Token]) -> bool:
    """Whether the words up to the first "أن"/"إن" are a foreign force's voice: a verb of
    saying or its statement, and the force by name ("وقال الحلف إن", "أفاد بيان لقوات
    التحالف أن", "وقال الجيش الأمريكي إن")."""
    voice = list(takewhile(lambda t: t.key not in lx.THAT, tokens))
    if len(voice) == len(tokens):
        return False
    said = any(not _SAID.isdisjoint(t.bare) or not _STATEMENTS.isdisjoint(t.bare) for t in voice)
    return said and a_foreign_force_named(voice)


_CIVILIANS: Final = frozenset({"civilians"})
_FIGHTERS: Final = frozenset({lx.MILITANTS})
_STATEMENTS: Final = frozenset(normalize(w) for w in ("بيان", "بيانا", "البيان"))
# a strike from the air or afar, which the force that struck tells of: "غارة", "قصف", "ضربة"
_STRIKES: Final = frozenset(
    normalize(w)
    for w in (
        *("غارة", "غارات", "الغارة", "الغارات", "قصف", "القصف", "قصفت", "ضربة", "الضربة"),
        *("غاره", "ضربات", "الضربات"),
    )
)


def _also_between(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether "أيضا"/"كذلك" stands between the first figure's word and the one at i:
    "قتل قائد الشرطة في هجوم انتحاري أدى أيضا إلى مقتل شرطي ومدني" adds two to the one.
    ("أصيب خمسة قرويين أيضا بجروح": the wounds of those the verb counted, no more.)"""
    return (
        first is not None
        and any(t.key in lx.ALSO for t in tokens[first + 1 : i])
        and not (tokens[i].key in _WITH_WOUNDS and casualty_kind(tokens[first]) == "wounded")
    )


_WITH_WOUNDS: Final = frozenset(normalize(w) for w in ("بجروح", "بجراح", "بجرح"))


def _one_more_by_its_rank(tokens: list[Token], i: int) -> bool:
    """A casualty word followed by an ordinal after a figure of its kind: "قتل ثلاثة أشخاص،
    وتوفي رابع متأثرا بجروحه" - the fourth is one more than the three."""
    return i + 1 < len(tokens) and tokens[i + 1].key in lx.ORDINALS


def _at_the_same_place_again(tokens: list[Token], i: int) -> bool:
    """Whether the clause of the figure at i tells it "in the same province" ("فيما قتل 4
    من طالبان واعتقل 4 آخرون بالولاية نفسها"): an event of its own at a place of the
    first's, not more dead of it."""
    for k in range(i + 1, min(len(tokens), i + _CLAUSE_REACH)):
        if tokens[k].key in lx.CLAUSE_OPENERS:
            return False
        if tokens[k].key in lx.SAME and not _PLACE_NOUNS.isdisjoint(tokens[k - 1].bare):
            return True
    return False


def _elsewhere_after_a_contrast(tokens: list[Token], first: int | None, i: int) -> bool:
    """Whether the figure at i, after a contrast with the first ("بينما", "فيما"), is told
    at a place of its own ("... مقتل تسعة شرطيين، بينما قتل المسلحون جنديين شرقي
    البلاد", "فيما قتل ثلاثة مدنيين بولاية هلمند"): another event's dead, not more of the
    first's."""
    if first is None or all(t.key not in lx.CONTRAST for t in tokens[first + 1 : i]):
        return False
    contrast = max(k for k in range(first + 1, i) if tokens[k].key in lx.CONTRAST)
    for k in range(contrast + 1, i):
        # "ما أوقع 9 قتلى، فيما فجر مهاجم نفسه عند سوق في مدينة بيشاور ما أسفر عن 20
        # قتيلا": the place told between the contrast and the figure
        if _a_unit_after_in(tokens, k) and not _the_unit_told(tokens, k):
            return True
    for k in range(i + 1, min(len(tokens), i + _CLAUSE_REACH)):
        tok = tokens[k]
        if tok.key in lx.CLAUSE_OPENERS or tok.key in lx.CONTRAST:
            return False
        if _a_unit_after_in(tokens, k) and not _the_unit_told(tokens, k):
            return True  # "في ولاية هلمند", "بولاية هلمند"
        if (
            any(f in _BEARINGS for f in tok.bare)
            and (tokens[k - 1].key in lx.IN or tok.key[:1] == "ب")
            and k + 1 < len(tokens)
            and (tokens[k + 1].key in _THE_COUNTRY or tokens[k + 1].key in lx.AFGHANISTAN)
        ):
            return True  # "في غرب البلاد", "بجنوب أفغانستان"
    return False


def _the_unit_told(tokens: list[Token], k: int) -> bool:
    """Whether the unit word at k is the one told before: with the article and no
    adjective after it ("فيما استشهد أحد مجاهدي الحركة بالمنطقة"), no place of its own (a
    name after a unit word comes without the article: "بولاية هلمند")."""
    return tokens[k].key.startswith(_THE_UNIT) and (
        k + 1 == len(tokens) or not tokens[k + 1].key.startswith("ال")
    )


_THE_UNIT: Final = ("ال", "بال")  # "في الولاية", "بالمنطقة"
_BEARINGS: Final = frozenset(
    normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط")
)
_THE_COUNTRY: Final = frozenset(normalize(w) for w in ("البلاد",))


_PLACE_NOUNS: Final = frozenset(
    normalize(w) for w in ("الولاية", "الإقليم", "المديرية", "المنطقة", "المدينة", "القرية")
)
_CLAUSE_REACH: Final = 14


def _of_attackers(tokens: list[Token], i: int) -> bool:
    """Whether the count at the casualty word i is of the attackers ("سبعة من المهاجمين
    قتلوا", "قتل ثلاثة من المهاجمين")."""
    near = tokens[max(0, i - 4) : i + 5]
    return (
        any(f in lx.ATTACKERS for t in near for f in t.bare) or _the_ones_who_launched_it(tokens, i)
    ) and not any(t.key in lx.SUBSET_WORDS for t in near)


def _the_ones_who_launched_it(tokens: list[Token], i: int) -> bool:
    """Whether the count the casualty word at i takes is of the ones who carried out the
    event, told right before ("في هجوم شنه أربعة مسلحين ولكنهم قتلوا"): its attackers."""
    return any(
        not _LAUNCHED_IT.isdisjoint(tokens[k].bare) and _count_at(tokens, k + 1) is not None
        for k in range(max(0, i - _LAUNCHERS_REACH), i)
    )


# "نفذه ثلاثة مسلحين من الحركة لكنهم قتلوا": the verb, the count and its people, the verb
_LAUNCHERS_REACH: Final = 8
_LAUNCHED_IT: Final = frozenset(
    normalize(w) for w in ("شنه", "شنها", "نفذه", "نفذها", "وشنه", "ونفذه")
)


def _before_a_tally(tokens: list[Token]) -> list[Token]:
    """The words before a running tally of the war ("ليرتفع إلى 14 عدد الجنود الذين قتلوا
    في هذا البلد منذ 2001"); a tally of the event itself ("ليرتفع عدد قتلى الهجوم إلى 13")
    is kept."""
    return tokens[: war_tally_at(tokens)]


def war_tally_at(tokens: list[Token]) -> int:
    """Where a running tally of the war starts in a sentence (its length if none)."""
    for i, tok in enumerate(tokens):
        if tok.key in lx.TALLY_OPENERS and any(
            not lx.TALLY_OF_THE_WAR.isdisjoint(t.bare) for t in tokens[i + 1 :]
        ):
            return i
    return len(tokens)


def _without_a_class_tally(tokens: list[Token]) -> list[Token]:
    """Tokens without a relative clause that counts a class of events over a period: "الهجوم
    الذي يعد واحدا من الهجمات التي تكاثرت منذ مطلع العام وسقط فيها نحو 300
    شخص، أسفر عن ..." loses "الهجمات ... شخص" up to the comma."""
    for k, tok in enumerate(tokens):
        if tok.key not in lx.EVENTS_OF_A_CLASS:
            continue
        who = next(
            (
                r
                for r in range(k + 1, min(len(tokens), k + 1 + _CLASS_WORDS))
                if tokens[r].key in lx.RELATIVES
            ),
            None,
        )
        if who is None:
            continue
        end = next(
            (e for e in range(who + 1, len(tokens)) if punctuation_before(tokens, e)), len(tokens)
        )
        if any(t.key in lx.PERIOD_WORDS for t in tokens[who + 1 : end]):
            return tokens[:k] + _without_a_class_tally(tokens[end:])
    return tokens


_CLASS_WORDS: Final = 3  # "التفجيرات الانتحارية التي": the events, an adjective, the relative


def _without_dates(tokens: list[Token]) -> list[Token]:
    """Tokens without years ("عام 2001", "سنة ٢٠٠٩", "منذ يوليو 2016", "قتلوا في 2006"),
    days of a month ("أصيبوا يوم 21 أكتوبر"), the numbers of operations and shares, which
    count no one."""
    # Each of these is a figure, written in digits or (a share) before a word for "per
    # cent": a word of letters alone with no such word after it is none of them.
    shares = {k for k, t in enumerate(tokens) if t.key in _PER_CENT}
    return [
        t
        for k, t in enumerate(tokens)
        if (t.text.isalpha() and k + 1 not in shares and k + 2 not in shares)
        or not (
            _a_year(tokens, k)
            or _a_day_of_a_month(tokens, k)
            or _an_operations_number(tokens, k)
            or _a_share(tokens, k)
        )
    ]


def _a_share(tokens: list[Token], k: int) -> bool:
    """A figure at k that is a share, not a count: "نحو 80 بالمئة من القتلى", "أربعة في
    المئة من الضحايا", "80%"."""
    after = tokens[k + 1 : k + 3]
    per_cent = (
        "%" in tokens[k].text
        or (bool(after) and after[0].key in _PER_CENT)
        or (len(after) == 2 and after[0].key in lx.IN and after[1].key in _PER_CENT)
    )
    return per_cent and numbers.number_at([tokens[k].text], 0) is not None


_PER_CENT: Final = frozenset(
    normalize(w) for w in ("بالمئة", "بالمائة", "المئة", "المائة", "بالمية")
)


def _an_operations_number(tokens: list[Token], k: int) -> bool:
    """Figures at k that end an operation's name ("خلال عمليات بامير 18 الحالية", "عملية
    شفق 2"), counting no one: digits after the operation's word and its name, with no one
    counted after them."""
    return (
        k > 1
        and tokens[k].text.translate(ARABIC_INDIC).isdigit()
        and not _OPERATIONS.isdisjoint(tokens[k - 2].bare)
        and casualty_kind(tokens[k - 1]) is None
        and _person_noun(tokens[k - 1]) is None
        and not (
            k + 1 < len(tokens)
            and (
                casualty_kind(tokens[k + 1]) is not None
                or _person_noun(tokens[k + 1]) is not None
                or tokens[k + 1].key in lx.OF  # "18 من المسلحين"
            )
        )
    )


_OPERATIONS: Final = frozenset(
    normalize(w) for w in ("عملية", "عمليات", "حملة", "العملية", "العمليات")
)


def _a_year(tokens: list[Token], k: int) -> bool:
    """A year at k: four digits after "عام", a month, or "في"/"خلال"."""
    word, before = tokens[k].text, tokens[k - 1].key if k > 0 else ""
    return numbers.year_written(word) is not None and (
        before in lx.YEAR_WORDS
        or before in _MONTH_KEYS
        # after "في", "خلال": a figure of the years reports are written in
        or (before in _IN_A_TIME and numbers.report_year(word))
    )


def _a_day_of_a_month(tokens: list[Token], k: int) -> bool:
    """A day of the month at k: a figure up to 31 before a month's name, or before "من"
    and the month ("بتاريخ 12 من نوفمبر")."""
    digits = tokens[k].text.translate(ARABIC_INDIC)
    month = k + 2 if k + 2 < len(tokens) and tokens[k + 1].key == _OF_MONTH else k + 1
    return (
        month < len(tokens)
        and digits.isdigit()
        and 1 <= int(digits) <= 31
        and not _MONTH_KEYS.isdisjoint(tokens[month].bare)
    )


_OF_MONTH: Final = normalize("من")


_MONTH_KEYS: Final = frozenset(lx.MONTHS)
_IN_A_TIME: Final = frozenset(
    normalize(w) for w in ("في", "خلال", "حتى", "مطلع", "بداية", "نهاية", "أواخر", "أوائل")
)


def _past_first_reports(tokens: list[Token]) -> list[Token]:
    """The words after "لكن" when the clause before it gives the first reports' figure
    ("وكانت الأنباء الأولى أشارت إلى سقوط 90 قتيلا، لكن مصدرا طبيا قال إن الهجوم أسفر عن
    مقتل أربعين"): the figure told later corrects it."""
    first = next(
        (
            k
            for k in range(len(tokens) - 1)
            if tokens[k].key in _REPORTS and tokens[k + 1].key in _FIRST_ONES
        ),
        None,
    )
    if first is None:
        return tokens
    but = next(
        (
            k
            for k in range(first + 2, len(tokens))
            if tokens[k].key in lx.BUT or tokens[k].key in lx.BUT_THAT
        ),
        None,
    )
    if but is None or not any(casualty_kind(t) is not None for t in tokens[but:]):
        return tokens
    return tokens[but + 1 :]


_REPORTS: Final = frozenset(
    normalize(w)
    for w in ("الأنباء", "الانباء", "التقارير", "المعلومات", "الحصيلة", "الأرقام", "البيانات")
)
_FIRST_ONES: Final = frozenset(
    normalize(w) for w in ("الأولى", "الاولى", "الأولية", "الاولية", "الأول")
)


def _before_another_account(tokens: list[Token]) -> list[Token]:
    """The words before "غير أن"/"لكن" when what follows is another voice's figure of the
    same dead ("إن 14 مسلحا قتلوا، غير أن الفيلق قال في بيان إن 17 متمردا لقوا حتفهم"):
    the first figure told is the one kept. Dead added "أيضا" after it add."""
    for k in range(1, len(tokens) - 3):
        if tokens[k].key in _WHEREAS and _another_voice_on_the_same_dead(tokens, k):
            return tokens[:k]
        if (
            tokens[k].key in _WHEREAS
            and any(t.key in _RANGING for t in tokens[k + 1 : k + 3])
            and any(casualty_kind(t) is not None for t in tokens[:k])
        ):
            # "إن 12 شخصا قتلوا، بينما تراوحت الأرقام من 12 قتيلا إلى أكثر من مئة": the
            # spread of others' figures after the one told, no figure of its own
            return tokens[:k]
        if not (tokens[k].key in lx.BUT or tokens[k].key in lx.BUT_THAT):
            continue
        if not any(casualty_kind(t) is not None for t in tokens[:k]):
            return tokens
        first = _casualties(tokens[:k])
        if first.killed is None and first.wounded is None:
            # (a statement that did not say how the fighters died, "لكن" an officer who
            # gives the dead as 13):
            # no figure before "لكن", the one after it is the toll
            return tokens
        rest = tokens[k + 1 :]
        said = next(
            (j for j, t in enumerate(rest) if not lx.CLAIM_VERBS_SET.isdisjoint(t.bare)), None
        )
        if said is None or not any(t.key in lx.THAT for t in rest[said + 1 :]):
            return tokens
        if any(t.key in lx.ALSO for t in rest) or all(casualty_kind(t) is None for t in rest):
            return tokens
        return tokens[:k]
    return tokens


def _another_voice_on_the_same_dead(tokens: list[Token], k: int) -> bool:
    """Whether "في حين"/"بينما" at k opens another voice's figure of the dead told before,
    and of nothing else: "أعلن الوزير أن جنديين قتلا في الهجوم، في حين أشار متحدث أفغاني
    إلى مقتل ثلاثة جنود" (two or three, not five)."""
    kinds = {casualty_kind(t) for t in tokens[:k]} - {None}
    if not kinds:
        return False
    rest = tokens[k + 1 : k + 1 + _VOICE_REACH]
    said = next(
        (
            j
            for j, t in enumerate(rest)
            if not lx.CLAIM_VERBS_SET.isdisjoint(t.bare) or not _POINTED.isdisjoint(t.bare)
        ),
        None,
    )
    if said is None or said > 1:
        return False  # the verb of saying opens the clause ("في حين أشار متحدث")
    told = {casualty_kind(t) for t in tokens[k + 1 :]} - {None}
    if not told or not told <= kinds or any(t.key in lx.ALSO for t in tokens[k + 1 :]):
        return False
    # the same side counted again ("جنديين ألمانيين" then "ثلاثة جنود"), not another
    # ("6 جنود" then "9 من المسلحين")
    sides_before = frozenset().union(
        *(_sides(tokens, j) for j in range(k) if casualty_kind(tokens[j]) is not None)
    )
    sides_after = frozenset().union(
        *(_sides(tokens, j) for j in range(k + 1, len(tokens)) if casualty_kind(tokens[j]))
    )
    return bool(sides_after) and sides_after <= sides_before


# "في حين" (read at حين) and "بينما": whereas; the verb of saying comes right after.
_WHEREAS: Final = frozenset(normalize(w) for w in ("حين", "بينما", "وبينما"))
_VOICE_REACH: Final = 3
_POINTED: Final = frozenset(normalize(w) for w in ("أشار", "أشارت", "اشار", "اشارت"))


def _before_an_earlier_event(tokens: list[Token]) -> list[Token]:
    """The words before "بعد" in "وتأتي الغارة بعد هجوم أسفر عن مقتل 36" or "قتل خمسة
    جنود بعد ساعات من مقتل ثلاثة": what follows tells an earlier event and its dead, not
    this one's."""
    for i, tok in enumerate(tokens):
        if tok.key in lx.WHERE and _a_past_month_after(tokens, i):
            # "وقع الهجوم خارج القاعدة حيث قتل متسلل سبعة موظفين ... في ديسمبر الماضي":
            # the earlier event at that place
            return tokens[:i]
        if _had_seen_on_a_day(tokens, i):
            # "وقد شهدت هذه المنطقة في 25 يناير مواجهات أوقعت عشرة قتلى": what the place
            # had seen on another day, and its dead
            return tokens[:i]
        if (
            tok.key in lx.AFTER
            and i + 2 < len(tokens)
            and tokens[i + 1].key in lx.THAT
            and tokens[i + 2].key in _BLAMING
        ):
            # "تعرضت كونار للقصف بعد أن اتهمت باكستان أفغانستان بإيواء مسلحين قتلوا 13
            # جنديا": the dead of the matter blamed, not of the event
            return tokens[:i]
        if tok.key in lx.COMES and i + 1 < len(tokens):
            # "وجاء الهجوم في منطقة باجاور القبلية في باكستان بعد أن قال مسؤولون ...": the
            # place the event came at may stand before "بعد أن" and the clause it opens
            for k in range(i + 1, min(len(tokens), i + _CAME_AFTER_REACH)):
                if casualty_kind(tokens[k]) is not None:
                    break
                that = k + 1 < len(tokens) and tokens[k + 1].key in lx.THAT
                if tokens[k].key in lx.AFTER and (k < i + 5 or that):
                    return tokens[:k]
        # "وقال إن القوات نفذت عملية إثر سيطرة المسلحين على 4 نقاط تفتيش وقتل 24 شرطيا":
        # the operation launched after an earlier event; the dead after it are that one's
        if (
            tok.key in lx.AFTER
            and i > 1
            and any(t.key in _OPERATION_NOUNS for t in tokens[max(0, i - 3) : i])
            and all(casualty_kind(t) is None for t in tokens[:i])
        ):
            return tokens[:i]
        # "قصفت الطائرات المسلحين عقب الهجوم الذي شنوه على حاجز ... وخلف 9 قتلى": the
        # event came after the one its relative clause tells, and the dead are that one's
        # (only after an event of the sentence's own: "هرعت سيارات الإسعاف بعد الانفجار
        # الذي ... وأسفر عن مقتل 12" tells that explosion's dead)
        if (
            tok.key in lx.AFTER
            and i + 2 < len(tokens)
            and tokens[i + 1].key.startswith("ال")
            and tokens[i + 1].key[2:] in lx.SINGLE_TRIGGERS
            and tokens[i + 2].key in lx.RELATIVES
            and an_event_named(tokens[:i])
        ):
            return tokens[:i]
        # "قتل خمسة جنود ... بعد ساعات من مقتل ثلاثة جنود ألمان": the dead of the event
        # it came hours after are that one's
        if a_span_after(tokens, i) and any(casualty_kind(t) is not None for t in tokens[:i]):
            return tokens[:i]
        # "هوجمت قافلة في ولاية بغلان بعد أربعة أيام من الانفجار الذي ضرب مبنى البلدية
        # في ولاية تخار وأدى إلى مقتل جنديين": the event it came days after, and its dead
        if (
            (told := the_event_a_span_is_from(tokens, i)) is not None
            and an_event_named(tokens[:i])
            and an_event_named(tokens[told : told + 2])
            and not the_length_of_the_fight(
                tokens, told, means=an_event_named(tokens[:i], of=_MEANS_WORDS)
            )
        ):
            return tokens[:i]
    return tokens


def an_event_named(tokens: list[Token], *, of: frozenset[str] | None = None) -> bool:
    """Whether the words name an event, in one word or two, with or without the article
    or a preposition ("غارة", "الضربة الجوية", "للهجوم"); `of`: the triggers of some kinds
    only (every kind's by default)."""
    words = _TRIGGERS if of is None else of
    keys = [_without_article(definite(t.key)) for t in tokens]
    return any(
        not words.isdisjoint(t.bare) or key in words for t, key in zip(tokens, keys, strict=True)
    ) or any(f"{a} {b}" in words for a, b in pairwise(keys))


_TRIGGERS: Final = lx.SINGLE_TRIGGERS | lx.PAIR_TRIGGERS
# the means of an event of one blow: a bomb, a blast, a strike from the air, a shelling
_MEANS_WORDS: Final = frozenset(
    form
    for name in ("ied", "suicide_bomb", "airstrike", "shelling")
    for form in lx.EVENT_TRIGGERS[name]
)


def _without_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


_CAME_AFTER_REACH: Final = 10
# An operation launched, told right before "إثر"/"بعد": "نفذت عملية إثر ..."
_OPERATION_NOUNS: Final = lx.OPERATIONS | {normalize("حملة")}


def _had_seen_on_a_day(tokens: list[Token], i: int) -> bool:
    """ "وقد شهدت": "قد" and the perfect of "witness" at i, a day of a month within the
    words after it. A clause that opens so in the middle of a sentence tells what the
    place had seen on that day, another event."""
    return (
        i > 0
        and tokens[i - 1].key in _HAD
        and tokens[i].key in _WITNESSED
        and any(_a_day_of_a_month(tokens, k) for k in range(i + 1, min(len(tokens), i + 6)))
    )


_HAD: Final = frozenset(normalize(w) for w in ("وقد", "قد"))
_WITNESSED: Final = frozenset(normalize(w) for w in ("شهدت", "شهد"))


def _a_past_month_after(tokens: list[Token], i: int) -> bool:
    """A month named as past ("في ديسمبر الماضي") in the words after i."""
    return any(
        tokens[k].key in _MONTH_KEYS and tokens[k + 1].key in lx.LAST
        for k in range(i + 1, len(tokens) - 1)
    )


_BLAMING: Final = frozenset(lx.ACCUSATIONS)


def _attackers_counted(tokens: list[Token]) -> bool:
    """Whether the sentence counts the attackers as dead or wounded of their own ("قتل
    ثلاثة من المهاجمين", "المهاجمون الأربعة قتلوا"), not inside a toll ("بينهم المهاجمون
    الثلاثة") nor as the subject of something else ("نفى استيلاء المهاجمين")."""
    named = [i for i, tok in enumerate(tokens) if not lx.ATTACKERS.isdisjoint(tok.bare)]
    return any(
        not any(t.key in lx.SUBSET_WORDS for t in tokens[max(0, i - 3) : i])
        and any(casualty_kind(t) is not None for t in tokens[max(0, i - 4) : i + 4])
        and not _the_killers(tokens, i)
        and not _the_agents_of_a_deed(tokens, i)
        for i in named
    )


def _the_agents_of_a_deed(tokens: list[Token], i: int) -> bool:
    """Whether the attackers named at i are the agents of the event noun right before
    them ("بسبب قصف الإرهابيين"): the ones who struck, not dead of their own."""
    return (
        i > 0
        and casualty_kind(tokens[i - 1]) is None
        and not lx.SINGLE_TRIGGERS.isdisjoint(tokens[i - 1].bare)
    )


def _the_killers(tokens: list[Token], i: int) -> bool:
    """Whether the attackers named at i are the subject of a verb of killing right after
    them with the count of their victims after it ("الإرهابيين المسلحين قتلوا ثمانية
    عناصر"): the killers, not dead of their own."""
    # "ستة مهاجمين فجروا أحزمتهم وقتلوا 20 مدنيا": the attackers the subject of a verb
    # right after them, the verb of killing joined to it goes on with them
    chain = (
        i + 1 < len(tokens)
        and tokens[i + 1].key.endswith("وا")
        and not tokens[i + 1].key.startswith("و")
    )
    reach = _KILLERS_REACH + (_CHAINED_VERB_WORDS if chain else 0)
    for k in range(i + 1, min(len(tokens) - 1, i + reach)):
        if casualty_kind(tokens[k]) is not None:
            # (not "تبادلوا النار مع المهاجمين وقتلوا اثنين منهم": a verb joined by "و"
            # goes on with another subject, whose victims are the attackers)
            return (
                tokens[k].key.endswith("وا")
                and (not tokens[k].key.startswith("و") or chain)
                and _count_at(tokens, k + 1) is not None
            )
    return False


_KILLERS_REACH: Final = 3  # "الإرهابيين المسلحين قتلوا": the attackers, a word of theirs, the verb
_CHAINED_VERB_WORDS: Final = 2  # "فجروا أحزمتهم | وقتلوا": the first verb and its object


_BOTH: Final = frozenset({"killed", "wounded"})
_NONE: Final[frozenset[str]] = frozenset()


def _adds(tokens: list[Token], every: set[str]) -> frozenset[str]:
    """The kinds the sentence adds to those told before: both after "كما" at its head;
    the kind of the casualty word "أيضا" follows ("وقتل أيضا", "وأصيب في الاشتباك أيضا")
    or "فضلا عن" precedes ("فضلا عن مقتل")."""
    if tokens and tokens[0].key in lx.ALSO_OPENERS:
        return _BOTH
    if lx.ALSO.isdisjoint(every) and lx.BESIDES.isdisjoint(every):
        return _NONE  # (`every`: the sentence's readings, its words' keys among them)
    kinds: set[str] = set()
    # "تلقينا جثث خمسة أشخاص قتلوا و"كذلك 17 جريحا"": "كذلك" before a figure that follows
    # one of this sentence joins the two, it adds neither to those told before
    also = [
        k
        for k, t in enumerate(tokens)
        if t.key in lx.ALSO and not _joins_a_figure_of_this_sentence(tokens, k)
    ]
    for i, tok in enumerate(tokens):
        kind = casualty_kind(tok)
        if kind is None or tok.key in _TOLL_INTRODUCERS:
            continue
        if (
            # "وقتل أيضا"; not past another casualty word ("قتلوا وأصيب 9 أيضا" adds the
            # wounded only)
            any(
                i < k < i + 5 and all(casualty_kind(t) is None for t in tokens[i + 1 : k])
                for k in also
            )
            # "أدت أيضا إلى مقتل 30": "أيضا" before the word it adds to
            or any(i - 3 <= k < i for k in also)
            or (
                any(f in lx.BESIDES for t in tokens[max(0, i - 2) : i] for f in t.bare)
                # "16 مسلحا قتلوا، بالإضافة إلى مقتل ...": besides a figure of this sentence
                and not any(_count_at(tokens, k) is not None for k in range(i))
            )
        ):
            kinds.add(kind)
    return frozenset(kinds)


def _joins_a_figure_of_this_sentence(tokens: list[Token], k: int) -> bool:
    """Whether "كذلك"/"أيضا" at k opens a count after a counted casualty word of the
    same sentence: "خمسة أشخاص قتلوا وكذلك 17 جريحا"."""
    if _count_at(tokens, k + 1) is None:
        return False
    return any(casualty_kind(t) is not None or t.key in _SELF_COUNTING for t in tokens[:k]) and any(
        _count_at(tokens, j) is not None for j in range(k)
    )


def _either_kind(tokens: list[Token], i: int) -> int | None:
    """ "50 شخصا قتلوا أو أصيبوا", "قتل أكثر من 40 من عناصر الشرطة أو أصيبوا": dead or
    wounded, one figure for either kind; the index of the first word of the two, or None."""
    kind = casualty_kind(tokens[i])
    for k in range(i + 1, min(len(tokens) - 1, i + _EITHER_REACH)):
        if tokens[k].key in lx.CLAUSE_OPENERS or (k > i + 1 and casualty_kind(tokens[k - 1])):
            break
        if tokens[k].key in _OR and casualty_kind(tokens[k + 1]) not in (None, kind):
            return i
    if i > 1 and tokens[i - 1].key in _OR:
        for k in range(i - 2, max(-1, i - 1 - _EITHER_REACH), -1):
            if tokens[k].key in lx.CLAUSE_OPENERS:
                break
            if casualty_kind(tokens[k]) is not None:
                return k if casualty_kind(tokens[k]) != kind else None
    return None


_OR: Final = frozenset(normalize(w) for w in ("أو",))
_EITHER_REACH: Final = 12  # "قتل أكثر من 40 من عناصر الشرطة المحلية أو أصيبوا"


def _killed_and_wounded(tokens: list[Token], i: int) -> int | None:
    """Whether the casualty word at i is one of a pair of both kinds joined by و that one
    figure counts together: "مقتل وإصابة 15 شخصا", "قتل وجرح 20", "بين قتيل وجريح".
    "خمسة جنود قتلوا وأصيب ثلاثة" is no pair: each word has its own count. Returns the
    index of the pair's first word, or None."""
    if (either := _either_kind(tokens, i)) is not None:
        return either
    # "سقطوا بين قتيل وأسير وجريح": a list after "بين", its items joined by و
    k = i
    while k > 0 and tokens[k].text.startswith("و") and i - k < _LIST_REACH:
        k -= 1
    # ("امرأتان من بين القتلى وأصيب 11 آخرون": a verb with a count of its own after the
    # dead, no item of a list)
    if k < i and k > 0 and tokens[k - 1].key in lx.BETWEEN and _count_at(tokens, i + 1) is None:
        return k
    if (
        0 < i < len(tokens) - 1
        and tokens[i - 1].key in lx.BETWEEN
        and tokens[i + 1].text.startswith("و")
    ):
        return i  # its first item
    for first in (i, i - 1):
        second = first + 1
        if first < 0 or second >= len(tokens):
            continue
        kinds = casualty_kind(tokens[first]), casualty_kind(tokens[second])
        if None in kinds or kinds[0] == kinds[1] or not tokens[second].text.startswith("و"):
            continue
        if (
            first > 0
            and tokens[first - 1].key in lx.BETWEEN
            and _count_at(tokens, second + 1) is None
        ):
            return first
        if (
            first > 0
            and not lx.TOLL_NOUNS.isdisjoint(tokens[first].bare)
            and numbers.number_ending_at([t.text for t in tokens[:first]], first - 1) is not None
            and _count_at(tokens, second + 1) is None
        ):
            return first  # "أكثر من مئة قتيل وجريح", "30 قتيلا وجريحا": one count, both
        if (
            tokens[first].key.endswith(_PLURAL_VERB)
            and tokens[second].key.endswith(_PLURAL_VERB)
            and _count_at(tokens, second + 1) is None
        ):
            return first  # "100 مسلح قتلوا وجرحوا": both plural verbs of the one subject
        count = _count_at(tokens, second + 1)
        if (
            count is not None
            and not _others_after(tokens, count.last + 1)
            and _count_near(tokens, first)[0] is None
            # "لقي حتفه وأصيب عشرة أطفال": "his death" counted its one
            and _ONE_PERSONS.isdisjoint(tokens[first].bare)
        ):
            return first
    return None


_LIST_REACH: Final = 3


def _of_both_kinds_after(tokens: list[Token], k: int) -> bool:
    """Whether "(ما) بين قتيل وجريح" follows at k (after the counted noun, maybe): the
    count before it is of the dead and the wounded together; the people counted may be
    named in a phrase first ("سقوط 30 فردا من الضحايا بين قتيل وجريح")."""
    for j in range(k, min(len(tokens) - 2, k + _BOTH_KINDS_REACH)):
        if tokens[j].key in lx.BETWEEN:
            kinds = {casualty_kind(t) for t in tokens[j + 1 : j + 4]} - {None}
            return kinds == _BOTH
    return False


_BOTH_KINDS_REACH: Final = 7


def _both_kinds_counted(tokens: list[Token], k: int) -> bool:
    """Whether the count before k counts nouns of the dead and the wounded joined by و:
    "43 قتيلا وجريحا", "مئة قتيل وجريح"."""
    if k + 1 >= len(tokens) or not tokens[k + 1].text.startswith("و"):
        return False
    pair = tokens[k : k + 2]
    if any(lx.TOLL_NOUNS.isdisjoint(t.bare) for t in pair):
        return False
    return {casualty_kind(t) for t in pair} == _BOTH


def _others_after(tokens: list[Token], k: int) -> bool:
    """ "وأصيب 7 آخرون": the figure counts other people than the ones before."""
    return any(t.key in lx.OTHERS for t in tokens[k : k + 2])


def _with_others(tokens: list[Token], k: int) -> int:
    """People who died with the one told: "لقي حتفه مع اثنين من مرافقيه" adds two."""
    if k < len(tokens) and tokens[k].key in lx.WITH:
        count = _count_at(tokens, k + 1)
        if count is not None and count.value is not None:
            return count.value
        # "لقي حتفه مع سائقه": his own people, named by their noun
        if k + 1 < len(tokens) and tokens[k + 1].key.endswith(_POSSESSIVES):
            return _person_noun(tokens[k + 1]) or 0
    return 0


def _what_they_became(tokens: list[Token], i: int) -> bool:
    """Whether the casualty word at i says what the people told before became ("أصبحوا
    شهداء", "باتوا قتلى"): no count of its own."""
    return i > 0 and tokens[i - 1].key in _BECAME


_BECAME: Final = frozenset(
    normalize(w) for w in ("أصبحوا", "أصبح", "أصبحت", "باتوا", "صاروا", "أضحوا", "فباتوا")
)


def _his_men_joined(tokens: list[Token], i: int) -> int:
    """The men of the one whose death is told by a pronoun at i, counted and joined right
    after it: "أسفرت عن مقتله وخمسة من مساعديه" adds five, and so do others counted
    with him ("ما أدى إلى مقتله وستة آخرين")."""
    if i + 1 >= len(tokens) or _ONE_PERSONS.isdisjoint(tokens[i].bare):
        return 0
    if not numbers.joined_by_and(tokens[i + 1].text):
        return 0
    count = _count_at(tokens, i + 1)
    if count is None or count.value is None:
        return 0
    after = tokens[count.last + 1 : count.last + 3]
    others = bool(after) and not lx.OTHERS.isdisjoint(after[0].bare)
    return count.value if others or _of_his(after) else 0


def _people_with(tokens: list[Token], i: int) -> int:
    """People who died (or were hurt) with those counted at the casualty word at i, told
    right after them with "مع"/"برفقة": "ستة من جنودها قتلوا برفقة مترجمهم" (one more),
    "قتل أربعة جنود مع اثنين من مترجميهم" (two more). Only the counted people and their
    adjectives may stand between: "في اشتباكات مع 20 مسلحا" counts the enemy fought."""
    for k in range(i + 1, min(len(tokens) - 1, i + _WITH_REACH)):
        tok = tokens[k]
        if tok.key in lx.WITH:
            if not any(_count_at(tokens, j) for j in range(max(0, i - _COUNTED_REACH), k)):
                return 0  # "قائدا مع 3 من حراسه": one person and his own (`_others_joined`)
            count = _count_at(tokens, k + 1)
            if count is not None and count.value is not None:
                after = tokens[count.last + 1 : count.last + 3]
                if after and not lx.OTHERS.isdisjoint(after[0].bare):
                    return 0  # "مع 8 آخرين": counted with the others (`_named_and_others`)
                people = bool(after) and (after[0].key in lx.PEOPLE or _of_his(after))
                return count.value if people else 0
            # "برفقة مترجمهم", "مع سائقه": one of their own
            own = tokens[k + 1].key.endswith(_POSSESSIVES)
            return (_person_noun(tokens[k + 1]) or 0) if own else 0
        if (
            casualty_kind(tok) is not None
            or tok.key in lx.CLAUSE_OPENERS
            or tok.key in _IN
            or tok.text.startswith("و")
            or not lx.EVENT_NOUNS.isdisjoint(tok.bare)
        ):
            return 0
    return 0


_WITH_REACH: Final = 6
_COUNTED_REACH: Final = 12  # how far back the counted subject of a verb may stand


def _named_and_others(tokens: list[Token], i: int) -> int | None:
    """One person named after the verb, then others counted with "آخرين": "قتل نائب
    رئيس الاستخبارات في الولاية و21 شخصا آخرين" is 22, "توفي القائد مع 12 آخرين" 13.
    Within the verb's clause, before any other count."""
    words = [t.text for t in tokens]
    for k in range(i + 2, min(len(tokens), i + 12)):
        tok = tokens[k]
        if tok.key in lx.CLAUSE_OPENERS or tok.key in lx.SUBSET_WORDS or casualty_kind(tok):
            return None
        joined = numbers.joined_by_and(tok.text) or tokens[k - 1].key in _AND_OR_WITH
        count = numbers.number_at(words, k)
        if count is None:
            continue
        if count.value is None or not joined:
            return None
        after = tokens[count.last + 1 : count.last + 3]
        if _of_his(after):
            end = count.last + 3
        elif (people := _people_with_the_one(tokens, i, k, after)) is not None:
            end = count.last + 1 + people
        elif others := [n for n, t in enumerate(after) if t.key in lx.OTHERS]:
            end = count.last + 2 + others[0]
        else:
            return None
        # "مقتل رئيس البلدية وثلاثة من حراسه وثلاثة مدنيين": more people joined after them
        named = _counted_before(tokens, i, named_up_to=k)
        return count.value + named + _joined_after(tokens, end)
    return None


def _believed_so(tokens: list[Token], i: int) -> bool:
    """Whether "يعتقد أنهم" (believed to have) stands right before the casualty word."""
    return i > 1 and tokens[i - 1].key in _THAT_THEY and tokens[i - 2].key in _BELIEVED


_THAT_THEY: Final = frozenset(
    normalize(w) for w in ("أنهم", "بأنهم", "انهم", "بانهم", "أنه", "بأنه")
)
_BELIEVED: Final = frozenset(normalize(w) for w in ("يعتقد", "ويعتقد", "يرجح", "ويرجح"))


def _among_them(tokens: list[Token], first: int) -> bool:
    """Whether "من بين" (among), or "بين مجموعة" (among a group of), stands right before
    the count at `first`."""
    if first > 1 and tokens[first - 1].key in _GROUP_NOUNS:
        return tokens[first - 2].key in _AMONG
    return first > 1 and tokens[first - 1].key in _AMONG and tokens[first - 2].key in lx.OF


_GROUP_NOUNS: Final = frozenset(normalize(w) for w in ("مجموعة", "فريق", "قافلة"))


def _people_with_the_one(tokens: list[Token], i: int, k: int, after: list[Token]) -> int | None:
    """ "قائد الشرطة قتل برفقة 5 من أفراد الشرطة": people counted after "مع"/"برفقة" at
    k - 1, no count before them and no event between the verb at i and it ("في اشتباك
    مع 20 مسلحا" counts the enemy fought), died with the one named: how many words their
    noun takes (1, "5 شرطيين"; 2, "5 من أفراد الشرطة"), or None."""
    if tokens[k - 1].key not in lx.WITH or any(
        not lx.EVENT_NOUNS.isdisjoint(t.bare) for t in tokens[i + 1 : k - 1]
    ):
        return None
    if any(_count_at(tokens, j) for j in range(max(0, i - _COUNTED_REACH), k - 1)):
        return None  # "خمسة جنود قتلوا مع 3 مدنيين": a count with a count (`_people_with`)
    if after and after[0].key in lx.PEOPLE and after[0].key not in lx.OF:
        return 1
    if len(after) == 2 and after[0].key in lx.OF and after[1].key in lx.PEOPLE:
        return 2
    return None


def _counted_before(tokens: list[Token], i: int, *, named_up_to: int) -> int:
    """The people counted right before the casualty word at i ("لقي 4 مسلحين مصرعهم مع
    10 آخرين": four), else the people named one by one after it, up to `named_up_to`
    ("قتل قاض أفغاني ومسؤول محلي واثنان من حراسهما": two), at least one."""
    words = [t.text for t in tokens]
    for k in (i - 1, i - 2):
        if k > 0 and tokens[k].key in lx.PEOPLE:
            count = numbers.number_ending_at(words, k - 1)
            if count is not None and count.value is not None:
                return count.value
    return max(1, _ones_before(tokens, i + 1, named_up_to))


def _of_his(after: list[Token]) -> bool:
    """ "من حراسه", "من مرافقيه": people of the one named, counted besides him."""
    return (
        len(after) == 2
        and after[0].key in lx.OF
        and after[1].text.endswith(("ه", "هما", "هم", "ها"))
        and not after[1].text.endswith("ة")
    )


def _phrase_at(tokens: list[Token], i: int, pairs: Mapping[str, frozenset[str]]) -> bool:
    """Whether a two-word phrase starts at i, its first word with or without a clitic
    ("وراح ضحيته"); `pairs`: the phrases' first words by their second word."""
    if i + 1 >= len(tokens):
        return False
    firsts = pairs.get(tokens[i + 1].key)
    return firsts is not None and not firsts.isdisjoint(tokens[i].bare)


def _pairs(phrases: Collection[str]) -> dict[str, frozenset[str]]:
    """Two-word phrases as first words by second word (words never hold a space)."""
    out: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.split(" ")
        if len(words) == 2 and all(words):
            out.setdefault(words[1], set()).add(words[0])
    return {second: frozenset(firsts) for second, firsts in out.items()}


_KILLED_PAIRS: Final = _pairs(lx.KILLED)
_OF_A_KIND: Final = _KILLED | _WOUNDED | _SELF_COUNTING


def casualty_kind(token: Token) -> str | None:
    if not _KILLED.isdisjoint(token.bare):
        return "killed"
    if not _WOUNDED.isdisjoint(token.bare):
        return "wounded"
    return None


def _struck_with_rounds(tokens: list[Token], i: int) -> bool:
    """Whether the word at i is "أصاب" with its object glued on, followed by the rounds
    that hit it ("وأصابتها بصاروخين", "أصابه بقذيفة"): a target hit, not people wounded
    ("أصابه بجروح" wounds). So is "أصاب" with the round as its subject ("لقد أصاب صاروخ
    عن طريق الخطأ منزلا")."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].bare
    if not _HIT_WITH_AN_OBJECT.isdisjoint(tokens[i].bare):
        return tokens[i + 1].key in lx.BY_MUNITIONS
    if tokens[i + 1].key in lx.ONE_OF and i + 2 < len(tokens):
        after = tokens[i + 2].bare  # "فأصابت إحدى الصواريخ خيمة": one of the rounds
    return not _HIT.isdisjoint(tokens[i].bare) and any(f in lx.MUNITIONS for f in after)


_HIT_WITH_AN_OBJECT: Final = frozenset(
    normalize(w)
    for w in ("أصابتها", "أصابها", "أصابته", "أصابتهم", "أصابهم", "أصابتهما", "أصابهما")
)
_HIT: Final = frozenset(normalize(w) for w in ("أصاب", "أصابت", "فأصاب", "فأصابت"))


_WITHOUT: Final = frozenset(normalize(w) for w in ("دون", "بدون", "ودون", "وبدون"))
_NEGATION_REACH: Final = 8  # "لم يتم انتشال أي جثة ونقل أي جريح": one negation, two "أي"


def _any_after_a_negation(tokens: list[Token], i: int) -> bool:
    """Whether the casualty word at i follows "أي" (any) after a negation or "دون"."""
    return (
        i > 0
        and tokens[i - 1].key == lx.ANY
        and any(
            t.key in lx.NEGATIONS or t.key in _WITHOUT
            for t in tokens[max(0, i - _NEGATION_REACH) : i - 1]
        )
    )


# "سقوط" (a fall of) counts the dead ("سقوط 20 قتيلا") unless the noun after its count
# is of the wounded ("سقوط 68 جريحا").
_TOLL_INTRODUCERS: Final = frozenset(normalize(w) for w in ("سقوط", "وسقوط"))


def _the_attacker_dead(tokens: list[Token], j: int) -> bool:
    """Whether the lone attacker, named right after a word of death at j - 1, is one of the
    dead ("مقتل المهاجم", "مقتل منفذه", "قتل الانتحاري على الفور"), not the subject of a
    verb with its victims after it ("قتل الانتحاري مسؤولا أمنيا وحارسه")."""
    if tokens[j].key not in lx.LONE_ATTACKER:
        return False
    for k in range(j + 1, min(len(tokens), j + _ATTACKER_OBJECT_REACH)):
        if casualty_kind(tokens[k]) is not None or tokens[k].key in lx.CLAUSE_OPENERS:
            break
        if tokens[k].key in lx.SINGULAR_OBJECTS or tokens[k].key in lx.DUAL_PEOPLE:
            return False
        count = _count_at(tokens, k)
        if count is not None and not tokens[k].text.startswith("و"):
            return False  # "قتل المهاجم ثلاثة جنود": his victims
    return True


_ATTACKER_OBJECT_REACH: Final = 4


def _killed_by_the_one_named(tokens: list[Token], j: int) -> int | None:
    """ "قتل عنصر من حركة طالبان تنكر بزي الشرطة بالرصاص جنديين أمريكيين": the one named
    after the verb is a member of an armed group, and the verb has an object further on
    (a dual, a count of people, one in the accusative): he killed them. Without such an
    object the verb is passive ("قتل عنصر من طالبان": one of them was killed). So is one
    told by the uniform he wore ("قتل رجل يرتدي زيا عسكريا ثلاثة جنود"): an infiltrator."""
    if not (
        j + 2 < len(tokens)
        and (
            (
                tokens[j + 1].key in lx.OF
                and any(
                    not _ARMED_GROUPS.isdisjoint(t.bare)
                    for t in tokens[j + 2 : min(len(tokens), j + 4)]
                )
            )
            or tokens[j + 1].key in _DISGUISED
        )
    ):
        return None
    words = [t.text for t in tokens]
    for k in range(j + 3, min(len(tokens), j + 12)):
        if casualty_kind(tokens[k]) is not None or tokens[k].key in lx.CLAUSE_OPENERS:
            return None
        if tokens[k - 1].key in _BEFORE_NO_OBJECT:
            continue  # "في اشتباك مع جنديين": not the object
        if tokens[k].key in lx.DUAL_PEOPLE and numbers.number_ending_at(words, k - 1) is None:
            return 2
        if tokens[k].key in lx.SINGULAR_OBJECTS:
            return 1
        count = _count_at(tokens, k)
        if (
            count is not None
            and count.value is not None
            and count.last + 1 < len(tokens)
            and tokens[count.last + 1].key in lx.PEOPLE
        ):
            return count.value
    return None


_ARMED_GROUPS: Final = frozenset(normalize(w) for w in ("طالبان", "داعش", "المسلحين", "المتمردين"))
# wearing a uniform not his own, or disguised: "رجل يرتدي زي الجيش", "مسلح متنكر بزي الشرطة"
_DISGUISED: Final = frozenset(
    normalize(w)
    for w in ("يرتدي", "يرتدون", "يلبس", "يلبسون", "مرتديا", "متنكر", "متنكرا", "تنكر", "متخفيا")
)
_BEFORE_NO_OBJECT: Final = frozenset(
    normalize(w) for w in ("مع", "في", "على", "ضد", "بين", "إلى", "من", "عن")
)


def _agents_after(tokens: list[Token], i: int) -> int:
    """How many words name the killers right after an active verb ("اغتال مسلحون
    مجهولون رئيس المجلس"): the one killed comes after them."""
    n = 0
    while i + 1 + n < len(tokens) and n < 3 and tokens[i + 1 + n].key in _AGENT_WORDS:
        n += 1
    return n


_AGENT_WORDS: Final = frozenset(
    normalize(w)
    for w in ("مسلحون", "مسلحين", "مجهولون", "مجهولين", "متمردون", "مهاجمون", "عناصر", "طالبان")
)


def _toll_risen_to(tokens: list[Token], i: int) -> int | None:
    """ "ليرتفع عدد قتلى الهجوم الذي شنته طالبان أمس إلى 13": the toll named at i ("عدد
    قتلى") rose to the number after "إلى", however far the words between carry it."""
    if i == 0 or lx.TOLL.isdisjoint(tokens[i - 1].bare):
        return None
    # "حصيلة قتلى التفجير الذي ... قد ارتفعت اليوم إلى 33": a verb of rising carries it on
    risen = any(not lx.TOLL_RISE.isdisjoint(t.bare) for t in tokens[i + 1 : i + _RISEN_TOLL_REACH])
    for k in range(i + 1, min(len(tokens) - 1, i + (_RISEN_TOLL_REACH if risen else _TOLL_REACH))):
        if tokens[k].key in lx.TO:
            count = _count_at(tokens, k + 1)
            return count.value if count is not None else None
        if tokens[k].key in _OVER_A_SPAN or (
            # "حصيلة القتلى الذين سقطوا عقب اعتداء ... إلى 35": the verb of who they are
            casualty_kind(tokens[k]) is not None and tokens[k - 1].key not in _WHO
        ):
            return None  # "عدد القتلى خلال 24 ساعة إلى 13": a tally of a period, not the event's
    return None


_OVER_A_SPAN: Final = frozenset(normalize(w) for w in ("خلال", "منذ"))
# How far after the toll named ("عدد قتلى الهجوم") its "إلى" may come.
_TOLL_REACH: Final = 15
# ... and when a verb of rising stands before it, the event described at length between
_RISEN_TOLL_REACH: Final = 24


def _an_object_after(tokens: list[Token], i: int) -> bool:
    """Whether the word after the verb at i is its object, a noun that carries "their"
    or "his" ("زملاءهم", "حراسه"): the verb is active ("قتلوا زملاءهم"), not the passive
    of the same letters ("قتلوا في الهجوم")."""
    if i + 1 >= len(tokens):
        return False
    key, text = tokens[i + 1].key, tokens[i + 1].text  # (ة is folded to ه in the key)
    return (
        key not in _PRONOUN_PREPOSITIONS
        and len(key) > 4
        and text.endswith(("هم", "هما", "ها", "ه"))
        and not key.startswith("ال")
        and casualty_kind(tokens[i + 1]) is None
        # "قتلوا، بعضهم بقطع الرأس": some of the ones counted, no object
        and key not in _SOME_OF_THEM
        # "قتلوا جراءها": of what the pronoun names, the cause of their death
        and key not in _BECAUSE_OF_IT
    )


_BECAUSE_OF_IT: Final = frozenset(
    normalize(w)
    for w in (
        *("جراءها", "جراءه", "جراءهم", "جرائها", "جرائه", "إثرها", "إثره", "اثرها", "اثره"),
        *("بسببها", "بسببه", "بسببهم", "خلالها", "خلاله", "أثناءها", "أثناءه"),
    )
)


# A noun of one dead or wounded, in the singular: "إضافة إلى جريح" is one wounded.
_ONE_OF_THE_TOLL: Final = frozenset(normalize(w) for w in ("جريح", "قتيل", "مصاب"))
_PLURAL_KILLED: Final = frozenset(normalize(w) for w in ("قتلوا", "وقتلوا", "فقتلوا"))


def _one_of_them_after_its_agreement(tokens: list[Token], i: int) -> bool:
    """ "إن شرطيين قتلا أحدهما ضابط": a verb in the dual or the plural (its final alif),
    then "one of them" naming who one of its people was; no count of its own ("وقتل
    أحدهما" after a singular verb is one of two told before)."""
    return (
        i + 1 < len(tokens)
        and tokens[i].key.endswith("ا")
        and tokens[i + 1].key in _ONE_OF_THE_COUNTED
    )


_ONE_OF_THE_COUNTED: Final = frozenset(
    normalize(w) for w in ("أحدهما", "إحداهما", "أحدهم", "إحداهن")
)
# Verbs only ever passive, in the plural (the people told before them): "أصيبوا", not
# "قتلوا" or "جرحوا", which may be active before their victims' count.
_PASSIVE_PLURALS: Final = frozenset(
    normalize(w) for w in ("أصيبوا", "وأصيبوا", "اصيبوا", "واصيبوا", "أصيبا", "وأصيبا")
)
_SOME_OF_THEM: Final = frozenset(
    normalize(w)
    for w in ("بعضهم", "معظمهم", "أغلبهم", "جميعهم", "كلهم", "أكثرهم", "غالبيتهم", "أحدهم")
)
_PRONOUN_PREPOSITIONS: Final = frozenset(
    normalize(w)
    for w in ("منهم", "بينهم", "عليهم", "لهم", "فيهم", "معهم", "عنهم", "إليهم", "بهم", "جميعهم")
)


def _count_after_bi(tokens: list[Token], i: int) -> int | None:
    """The count joined to "ب" after "أودى" and its subject: "أودى انفجار قنبلة يوم الجمعة
    بتسعة رجال شرطة" (took away nine policemen); none when a casualty word comes first
    ("أودى الانفجار بحياة تسعة": that word counts them)."""
    for k in range(i + 1, min(len(tokens), i + _SUBJECT_REACH)):
        tok = tokens[k]
        if casualty_kind(tok) is not None or tok.key in lx.CLAUSE_OPENERS:
            return None
        if tok.key in _BI and k + 1 < len(tokens):
            tok, k = tokens[k + 1], k + 1  # "بـ 12 شخصا"
        elif not tok.key.startswith("ب"):
            continue
        count = _count_at(tokens, k)
        if count is not None:
            return count.value
    return None


_TOOK_AWAY: Final = frozenset(
    normalize(w) for w in ("أودى", "أودت", "تودي", "يودي", "وأودى", "وأودت")
)
_BI: Final = frozenset(normalize(w) for w in ("ب", "بـ"))
_SUBJECT_REACH: Final = 9


def _uncounted_before(tokens: list[Token], first: int) -> bool:
    """Whether the count at `first` is joined by و to an uncounted group before it ("العديد
    من المدنيين واثنين من الجنود", "عشرات المدنيين وثلاثة جنود"): no total is told. A
    count told first ("سبعة من الشرطة وعدد آخر من المدنيين") stays, as the least."""
    return numbers.joined_by_and(tokens[first].text) and any(
        not _UNCOUNTED_GROUPS.isdisjoint(t.bare) for t in tokens[max(0, first - 4) : first]
    )


# Groups told without a number: "العديد من", "عدد من", "عشرات", "مئات".
_UNCOUNTED_GROUPS: Final = frozenset(lx.VAGUE_NUMBERS) | frozenset(
    normalize(w) for w in ("عشرات", "العشرات", "مئات", "المئات", "آلاف")
)


def _victims_after_their_killers(tokens: list[Token], i: int) -> int | None:
    """ "قتل خمسة من عناصر الشرطة، أربعة من زملائهم": the active verb, the killers counted
    first, then, not joined by و, the ones they killed counted among their own ("من
    زملائهم", "من رفاقه"): the second count is the dead."""
    if tokens[i].key not in _ACTIVE_KILLED:
        return None
    first = _count_at(tokens, i + 1)
    if first is None or first.value is None:
        return None
    for k in range(first.last + 1, min(len(tokens), first.last + _KILLERS_WORDS)):
        tok = tokens[k]
        if (
            casualty_kind(tok) is not None
            or tok.key in lx.CLAUSE_OPENERS
            or tok.key in lx.SUBSET_WORDS  # "ثلاثة مدنيين بينهم فتى في الثانية عشرة من عمره"
            or tok.key in lx.WITH  # "أربعة جنود مع اثنين من مترجميهم": two more
            or _besides_before(tokens, k)
        ):
            return None
        count = _count_at(tokens, k)
        if count is None:
            continue
        if count.value is None or numbers.joined_by_and(tok.text):
            return None
        own = tokens[count.last + 1 : count.last + 3]
        # (not an age: "فتى في الثانية عشرة من عمره")
        return count.value if _of_his(own) and own[1].key not in _AGES else None
    return None


_AGES: Final = frozenset(normalize(w) for w in ("عمره", "عمرها", "عمرهم", "عمرهما"))


def _of_age(tokens: list[Token], k: int) -> bool:
    """Whether "من العمر" (of age) stands at k, after a number: an age."""
    return k + 1 < len(tokens) and tokens[k].key in lx.OF and tokens[k + 1].key in _THE_AGE


_THE_AGE: Final = frozenset(normalize(w) for w in ("العمر", "عمر"))
_ACTIVE_KILLED: Final = frozenset(normalize(w) for w in ("قتل", "وقتل"))
_KILLERS_WORDS: Final = 8  # "خمسة من عناصر الشرطة الأفغانية، أربعة": the killers and their unit


def _made_up_of(tokens: list[Token], i: int) -> int | None:
    """The count of a group the dead are told as, made up of so many: "وقتل جميع طاقمها
    المكون من خمسة عشر جنديا" (all its crew, of fifteen soldiers)."""
    for k in range(i + 1, min(len(tokens) - 2, i + _MADE_OF_REACH)):
        if (
            casualty_kind(tokens[k]) is not None
            or tokens[k].key in lx.CLAUSE_OPENERS
            or _count_at(tokens, k) is not None  # "قتل 5 من الفريق المكون من 12": five
        ):
            return None
        if tokens[k].key in _MADE_OF and tokens[k + 1].key in lx.OF:
            count = _count_at(tokens, k + 2)
            return count.value if count is not None else None
    return None


def _a_span_named_before(tokens: list[Token], j: int) -> bool:
    """Whether the count at j numbers a span of time named right before it, with the
    article ("الساعات الـ24 الماضية", "الأيام الثلاثة الأخيرة")."""
    k = j - 1
    if k > 0 and tokens[k].key == "ال":
        k -= 1  # "الساعات الـ24": the article written apart before the digits
    if k < 0:
        return False
    key = tokens[k].key
    return key.startswith("ال") and key[2:] in lx.SPANS


def _so_many_of_them(tokens: list[Token], i: int) -> int | None:
    """The count right after "منهم" that follows the verb: "كان في الموقع 60 جنديا قتل منهم
    43" (of them 43 were killed). The people told before the verb are the whole, not the
    dead."""
    if i + 2 >= len(tokens) or tokens[i + 1].key not in _OF_THEM:
        return None
    count = _count_at(tokens, i + 2)
    return count.value if count is not None else None


_OF_THEM: Final = frozenset(normalize(w) for w in ("منهم", "منهما"))
_AFTER_A_COUNT: Final = 6  # the count's noun, "من الولايات المتحدة", and the joined word
_MADE_OF: Final = frozenset(
    normalize(w) for w in ("المكون", "المكونة", "المؤلف", "المؤلفة", "المتكون", "المتكونة")
)
_MADE_OF_REACH: Final = 5


def _a_range_told_end(tokens: list[Token], k: int) -> int:
    """Where the words that open a range end ("ما يتراوح ما بين 35 و40", "ما تراوح بين"):
    the index of "بين", or -1 when no such words open at k."""
    m = k + (k < len(tokens) and tokens[k].key == _WHAT)
    if m >= len(tokens) or tokens[m].key not in _RANGING:
        return -1
    m += 1
    m += m < len(tokens) and tokens[m].key == _WHAT
    return m if m < len(tokens) and tokens[m].key in lx.BETWEEN else -1


_WHAT: Final = normalize("ما")
_RANGING: Final = frozenset(
    normalize(w) for w in ("يتراوح", "تراوح", "تتراوح", "تراوحت", "يتراوحون")
)


def _event_frame_end(tokens: list[Token], k: int) -> int:
    """Where a frame of the event told right after a casualty verb ends: "في" or "خلال",
    perhaps a demonstrative, then a definite noun and its definite adjectives ("قتل في هذه
    العملية البطولية 23 جنديا", "قتل خلال الاشتباكات العنيفة 12 مسلحا"); the count may
    follow it. -1 when no such frame opens at k."""
    if k >= len(tokens) or tokens[k].key not in _IN:
        return -1
    end = k + 1
    if end < len(tokens) and tokens[end].key in lx.DEMONSTRATIVES:
        end += 1
    first = end
    while (
        end < len(tokens)
        and end - first < _FRAME_WORDS
        and tokens[end].key.startswith("ال")
        and tokens[end].key not in lx.RELATIVES
        and casualty_kind(tokens[end]) is None
        and tokens[end - 1].end == tokens[end].start - 1  # no punctuation inside the frame
    ):
        end += 1
    return end if end > first else -1


def _a_place_told_end(tokens: list[Token], k: int) -> int:
    """Where a place told right after a casualty verb ends, its dead counted after it: a
    time, a unit word after its preposition and the name, then a part of the country ("قتل
    اليوم بولاية بكتيا بشرق أفغانستان أربعة مدنيين"). -1 when no unit word opens there."""
    while k < len(tokens) and (tokens[k].key in _TIME_WORDS or tokens[k].key in lx.WEEKDAYS):
        k += 1
    if k < len(tokens) and tokens[k].key in lx.IN:
        k += 1
    if k + 1 >= len(tokens) or not _a_unit_after_in(tokens, k):
        return -1
    end = k + 2  # the unit word and a one-word name
    if (
        end + 1 < len(tokens)
        and any(f in _BEARINGS for f in tokens[end].bare)
        and (tokens[end + 1].key in _THE_COUNTRY or tokens[end + 1].key in lx.AFGHANISTAN)
    ):
        end += 2  # "بشرق أفغانستان", "جنوب البلاد"
    return end


def _a_unit_after_in(tokens: list[Token], k: int) -> bool:
    """Whether a unit word stands at k after "في" or with "ب" ("في ولاية", "بمديرية")."""
    return any(f in UNIT_WORDS for f in tokens[k].bare) and (
        tokens[k].key[:1] == "ب" or (k > 0 and tokens[k - 1].key in lx.IN)
    )


def _forces_named_end(tokens: list[Token], k: int) -> int:
    """Where the forces named as the subject of a casualty verb end, the count after them:
    "قتل الجيش الأفغاني والقوات الدولية للمساعدة في إرساء الأمن إيساف 18 من مقاتلي
    طالبان". The subject opens with a definite word for the forces and runs, with no
    punctuation, clause or casualty word, up to the count. -1 when none opens at k."""
    # (or the armed men who killed: "قتل مسلحون من الحركة خمسة من رجال الشرطة"; or
    # the one attacker, when people are counted after him: "قتل مفجر انتحاري أمس السبت
    # 22 شخصا", not "قتل انتحاري في الهجوم")
    if k >= len(tokens):
        return -1
    lone = tokens[k].key in _LONE_AGENTS
    if not lone and tokens[k].key not in _FORCES and tokens[k].key not in _AGENT_WORDS:
        return -1
    end, aside = k + 1, 0
    while end < min(len(tokens), k + _FORCES_WORDS):
        apart = tokens[end - 1].end != tokens[end].start - 1 and end != aside
        if apart and (aside := _a_time_aside_end(tokens, end)):
            # "قتل مسلحون، صباح الأحد، ثلاثة من رجال الشرطة": the time set off between
            # commas, then the count
            end = aside
            continue
        if casualty_kind(tokens[end]) is not None or tokens[end].key in lx.CLAUSE_OPENERS or apart:
            return -1
        if (count := _count_at(tokens, end)) is not None:
            if lone and (
                count.last + 1 >= len(tokens) or tokens[count.last + 1].key not in lx.PEOPLE
            ):
                return -1  # "قتل انتحاري في هجوم أصاب 3 مبان": no people he killed
            return end
        if not lone and end > k + 1 and _a_dual_of_people(tokens[end]):
            return end  # "قتل مسلحون يستقلون سيارة جنديين": two, in the dual
        end += 1
    return -1


def count_after_its_agents(tokens: list[Token], i: int) -> int:
    """Where the count of a casualty verb at i stands when the forces that acted (or acted
    with them) are named between: "قتلت الشرطة بدعم من مروحيات التحالف تسعة من
    طالبان". -1 when no such agents follow the verb."""
    return max(_forces_named_end(tokens, i + 1), _in_concert_end(tokens, i + 1))


def _in_concert_end(tokens: list[Token], k: int) -> int:
    """Where the forces that acted with the subject end, the count after them: "قتلت قواتها
    بالتنسيق مع الشرطة المحلية 11 متمردا". -1 when no such phrase opens at k."""
    if k >= len(tokens) or tokens[k].key not in lx.IN_CONCERT:
        return -1
    forces = k + 1
    if forces < len(tokens) and (tokens[forces].key in lx.WITH or tokens[forces].key in lx.OF):
        forces += 1  # "بالتعاون مع", "بدعم من"
    if tokens[k].end != tokens[forces - 1].start - 1 and forces > k + 1:
        return -1  # punctuation after the phrase's word: no forces follow it
    return _forces_named_end(tokens, forces)


def _a_time_aside_end(tokens: list[Token], k: int) -> int:
    """Where a time told between punctuation at k ends ("، مساء الخميس،", "، أمس،"): the
    word after the punctuation that closes it; 0 when no such aside opens at k."""
    end = k
    while end < len(tokens) and (tokens[end].key in _TIME_WORDS or tokens[end].key in lx.WEEKDAYS):
        end += 1
        if end < len(tokens) and tokens[end - 1].end != tokens[end].start - 1:
            return end if end - k <= _TIME_ASIDE_WORDS else 0
    return 0


_TIME_WORDS: Final = frozenset(
    normalize(w) for w in ("صباح", "مساء", "فجر", "ظهر", "عصر", "ليلة", "ليل", "أمس", "اليوم")
)
_TIME_ASIDE_WORDS: Final = 3  # "، مساء أمس الخميس،"


# The one attacker named after the verb, indefinite: a suicide bomber, an assailant.
_LONE_AGENTS: Final = frozenset(
    normalize(w) for w in ("مفجر", "انتحاري", "انتحارية", "مهاجم", "مسلح", "مهاجمان", "انتحاريان")
)
# "الجيش", "القوات", "الشرطة": the forces that kill, named after the verb
_FORCES: Final = frozenset(normalize(w) for w in ("الجيش", "القوات", "قوات", "الشرطة", "القوة"))
_FORCES_WORDS: Final = 16  # "الجيش الأفغاني والقوات الدولية ... لحلف شمال الأطلسي ناتو"


_FRAME_WORDS: Final = 3  # "العملية البطولية الناجحة": a noun and two adjectives


def _of_a_single_group(tokens: list[Token], first: int, value: int) -> bool:
    """ "خمسة أفراد من أسرة واحدة قتلوا": "واحدة" after "من" and a noun that counts no
    person says the family was one, not that one person was killed ("جندي واحد قتل" is
    one)."""
    return (
        value == 1
        and first > 1
        and tokens[first].key in _ONE_WORDS
        and tokens[first - 2].key in lx.OF
        and casualty_kind(tokens[first - 1]) is None
        and tokens[first - 1].key not in lx.PEOPLE
        and not _one_person_before(tokens, first)
    )


def _one_person_before(tokens: list[Token], k: int) -> bool:
    """Whether the word before `k` names one person ("جنديا", "شرطي")."""
    return k > 0 and (
        not lx.SINGULAR_OBJECTS.isdisjoint(tokens[k - 1].bare)
        or any(f in lx.SINGULAR_PEOPLE for f in tokens[k - 1].bare)
    )


def _one_agreeing(tokens: list[Token], k: int) -> bool:
    """ "جنديا واحدا": "واحد" agreeing with the one person before it, not "وأحد" ("سائق
    الحاكم واحد عناصر الشرطة", and one of the police) opening a noun of people after it."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].key in _ONE_WORDS
        and _one_person_before(tokens, k)
        and not (after is not None and (after.key in lx.PEOPLE or after.key in lx.OF))
    )


def _one_of_a_thing(tokens: list[Token], k: int) -> bool:
    """Whether "واحد" at k is the adjective of a thing or a group named before it ("عائلة
    واحدة", "سيارة واحدة"), no count of people."""
    return (
        tokens[k].key in _ONE_WORDS
        and k > 0
        and not _one_person_before(tokens, k)
        and tokens[k - 1].key not in lx.PEOPLE
        and numbers.number_ending_at([t.text for t in tokens[:k]], k - 1) is None
        and tokens[k - 1].key not in lx.OF
    )


def _leading(tokens: list[Token], first: int) -> bool:
    """Whether the count at `first` is the number of men a leader named just before it
    leads: "قائد 200 مسلح", "قائد نحو 200 مسلح", "قائد مجموعة من 50 مسلحا" (the noun
    takes the count as its complement; "قائد و20 مسلحا" joins the count instead)."""
    before = [t.key for t in tokens[max(0, first - 3) : first]]
    if numbers.joined_by_and(tokens[first].text):
        return False
    if before and before[-1] in _LEADERS:
        return True
    return (
        len(before) == 3 and before[0] in _LEADERS and before[1] in _GROUPS and before[2] in lx.OF
    )


def _out_of_a_toll(tokens: list[Token], end: int, kind: str | None) -> int | None:
    """The whole after "من أصل" when a noun of the dead or wounded of the same kind follows
    it: "عثر على جثث 13 من أصل 18 قتيلا" tells a toll of 18 (of which 13 were found);
    "قتل 5 من أصل 12 جنديا" counts the five."""
    if end + 4 >= len(tokens) or tokens[end + 1].key not in lx.OF or tokens[end + 2].key != _ORIGIN:
        return None
    whole = _count_at(tokens, end + 3)
    if whole is None or whole.value is None or whole.last + 1 >= len(tokens):
        return None
    noun = tokens[whole.last + 1]
    if lx.TOLL_NOUNS.isdisjoint(noun.bare) or casualty_kind(noun) != kind:
        return None
    return whole.value


_ORIGIN: Final = normalize("أصل")
_LEADERS: Final = frozenset(normalize(w) for w in ("قائد", "زعيم", "آمر", "قائدا", "زعيما"))
_GROUPS: Final = frozenset(normalize(w) for w in ("مجموعة", "جماعة", "وحدة", "فرقة"))
_HEAD_REACH: Final = 7  # words from a head count to its "بينهم": "6 فردا من رجال الشرطة، من"
# One item of a list of counts, its figure, hedge and people: "13 على الأقل من أفراد
# الميليشيات الموالية للحكومة و" is nine words.
_LIST_ITEM_WORDS: Final = 9
_ONE_WORDS: Final = frozenset(normalize(w) for w in ("واحد", "واحدة", "واحدا"))


def _people_after(tokens: list[Token], k: int) -> bool:
    """Whether people are named at k: a noun of people, or a group after "من"."""
    if k >= len(tokens):
        return False
    if tokens[k].key in lx.OF:
        return True
    return tokens[k].key in lx.PEOPLE or any(
        not names.isdisjoint(tokens[k].bare) for names in lx.SIDES.values()
    )


def _count_near(tokens: list[Token], i: int) -> tuple[int | None, str | None]:
    """A number tied to the casualty word at i: within the words after it, else just before.

    "مقتل ثلاثة جنود", "قتل 11 شرطيا و23 مسلحا" (summed), "إصابة اثنين آخرين", then
    "12 قتيلا", "خمسة جنود قتلوا". A number followed by a casualty word of its own
    belongs to that word.
    """
    kind = casualty_kind(tokens[i])
    if (risen := _toll_risen_to(tokens, i)) is not None:
        return risen, None
    if _another_thing_falling(tokens, i):
        return None, None
    if tokens[i].key in _TOOK_AWAY:
        return _count_after_bi(tokens, i), None
    if (victims := _victims_after_their_killers(tokens, i)) is not None:
        return victims, None
    if (made_of := _made_up_of(tokens, i)) is not None:
        return made_of, None
    if (of_them := _so_many_of_them(tokens, i)) is not None:
        return of_them, None
    # "40 قتيلا وعشرات الجرحى": a noun of the dead or wounded counted right before it;
    # an uncounted group after it is the next kind's
    told_before = (
        numbers.number_ending_at([t.text for t in tokens[:i]], i - 1)
        if i > 0 and not lx.TOLL_NOUNS.isdisjoint(tokens[i].bare)
        else None
    )
    counted = told_before is not None
    if tokens[i].key in _ONE_OF_THE_TOLL and not counted and i > 0 and _besides_before(tokens, i):
        return 1, None  # "قتل سبعة مدنيين بينهم امراة وثلاثة اطفال اضافة الى جريح": one
    total: int | None = None
    # "قتلت الدورية بمساندة الطيران ثمانية مسلحين": the forces acting with the subject,
    # then the count
    in_concert = _in_concert_end(tokens, i + 1)
    j = in_concert if in_concert > 0 else i + 1
    frame_end = max(
        _event_frame_end(tokens, i + 1),
        _forces_named_end(tokens, i + 1),
        in_concert,
        _a_range_told_end(tokens, i + 1),
        _a_place_told_end(tokens, i + 1),
    )
    # a list of counts goes on for as long as its items are joined
    limit = max(i + 8, frame_end + 3, _besides_later(tokens, i) + _BESIDES_COUNT_WORDS)
    if tokens[i].key in _PASSIVE_PLURALS:
        # "ثمانية من رجال الشرطة أصيبوا واختفى أربعة آخرون": a passive verb in the plural
        # follows the people it tells; no count after it is theirs
        limit = j
    while j < min(len(tokens), limit):
        if (
            total is not None
            and tokens[j].start - tokens[j - 1].end > 1  # punctuation between them
            and not tokens[j].text.startswith("و")
            # ("جرح 5 جنود، إضافة إلى 7 مدنيين": one more item, joined after a comma)
            and tokens[j].key not in lx.BESIDES_JOINERS
        ):
            break  # "لقي 9 أشخاص على الأقل، شرطيان و7 جنود، حتفهم": the 9 told again
        if (
            tokens[j].key in lx.CLAUSE_OPENERS
            or tokens[j].key in lx.SUBSET_WORDS
            or tokens[j].key in lx.CAPTURED
            or tokens[j].key in lx.HANDS  # "قتلوا على يد سبعة مسلحين": the killers' count
            # ("بالتنسيق مع الجيش": forces acting with the subject, not people with the dead)
            or (
                total is None
                and tokens[j].key in lx.WITH
                and tokens[j - 1].key not in lx.IN_CONCERT
            )
        ):
            # "قتلوا جميعا، فيما أنقذ 60 موظفا": another clause's count; "ستة أشخاص
            # مصرعهم بينهم جنديان": a part of the count told; "قائدا مع 3 من حراسه":
            # the ones with the person named
            if total is not None and tokens[j].key in lx.SUBSET_WORDS:
                total += _others_after_the_part(tokens, i + 1, j)
            break
        if total is not None and tokens[j].key in _SUSPECTED:
            # "أربعة عناصر يشتبه بانتمائهم الى حركة طالبان وجنديان": who they are thought
            # to be, then the list goes on
            limit = max(limit, j + _SUSPICION_WORDS + 2)
        other = casualty_kind(tokens[j])
        # "قتل وأصيب اثنان": the next casualty word of another kind takes what follows.
        if other is not None and (other != kind or j > i + 1):
            break
        if (
            any(f in lx.VAGUE_NUMBERS for f in tokens[j].bare)
            and total is None
            and j <= i + 2
            and not counted
        ):
            return None, tokens[j].text
        count = _count_at(tokens, j)
        if count is not None and _a_span_named_before(tokens, j):
            j = count.last + 1  # "قتلوا خلال الساعات الـ24 الماضية": hours, not people
            continue
        if count is not None and count.vague:
            if total is None and j <= i + 2 and not counted:
                return None, " ".join(t.text for t in tokens[count.first : count.last + 1])
            break  # "قتلوا في معارك استمرت عدة ساعات": hours, not the dead
        if count is not None and count.value is not None:
            end = count.last
            if total is None and _among_them(tokens, count.first):
                # "القتلى كانوا من بين 35 راكبا": the group the dead were among
                return None, None
            if total is None and _leading(tokens, count.first):
                # "مقتل قائد نحو 200 مسلح": the men he led, not the dead
                return 1, None
            if total is None and (whole := _out_of_a_toll(tokens, end, kind)) is not None:
                return whole, None  # "جثث 13 من أصل 18 قتيلا": the toll is the 18
            if total is None and (
                _of_both_kinds_after(tokens, end + 1) or _both_kinds_counted(tokens, end + 1)
            ):
                # "سقوط 30 شخصا بين قتيل وجريح", "سقوط 43 قتيلا وجريحا": one figure for
                # both kinds gives neither
                return None, " ".join(t.text for t in tokens[count.first : end + 2])
            following = tokens[end + 1] if end + 1 < len(tokens) else None
            if (
                following is not None
                and casualty_kind(following) not in (None, kind)
                # "مقتل مدنيين اثنين وإصابة 12", "قتل 14 وجرح سبعة": the next clause
                and not following.key.startswith("و")
            ):
                if tokens[i].key in _TOLL_INTRODUCERS:
                    return None, None  # "سقوط 68 جريحا": the count is the wounded noun's
                break
            if (
                following is not None
                and not lx.OTHERS.isdisjoint(following.bare)
                and end + 2 < len(tokens)
                and casualty_kind(tokens[end + 2]) not in (None, kind)
                # "وجرح أكثر من 15 آخرين بسقوط صاروخ": a rocket's fall, no more dead
                and not _a_thing_falling(tokens, end + 2)
                # "وإصابة اثنين آخرين، ومقتل اثنين من عناصر طالبان": the next item
                and not _joined_by_wa(tokens[end + 2])
                # "قتل 32 آخرون وأصيب 20": the next verb counts its own after it
                and _count_at(tokens, end + 3) is None
            ):
                break  # "ثلاثة مدنيين قتلوا وأحد عشر آخرين جرحوا": the others' verb
            if following is not None and not _NOT_PEOPLE.isdisjoint(following.bare):
                break  # "ثلاث شاحنات", "سقوط 20 صاروخا" count things, not people
            if following is not None and following.key in lx.EVENTS_COUNTED:
                # "قتلوا خلال أربع غارات ليلية": events counted, no people ("30 بتفجير" is
                # thirty hurt by a bombing)
                j = end + 2
                continue
            if following is not None and following.key in lx.SPANS:
                j = end + 2  # "يبلغ من العمر 14 عاما", "خلال 24 ساعة": no people
                continue
            if _of_age(tokens, end + 1):
                j = end + 3  # "مقتل طفلة في ال14 من العمر": her age, no people
                continue
            # "5 أشخاص في 29 أبريل": only "و" joins counts to add up ("و23", "و 23"), or
            # "بالإضافة إلى", "إلى جانب": "وشرطيان بالإضافة إلى 12 تلميذا"
            joined = (
                numbers.joined_by_and(tokens[j].text)
                or tokens[j - 1].key == "و"
                or _besides_before(tokens, j)
                or _counts_kin(tokens, j)
                or _one_of_them_joined(tokens, j)  # "... وأحد حراس الأمن"
            )
            if total is not None and not joined and tokens[j].key in _TWO_SPELT:
                j = end + 1  # "جرح حارسين شخصيين اثنين وأربعة من المارة": the dual spelt out
                continue
            if total is not None and not joined:
                break
            if _told_alive(tokens, end + 1):
                break  # "... وثلاثة آخرون كانوا على قيد الحياة": those three live
            if total is None and joined and _one_before(tokens, i + 1, j):
                # "مقتل ضابط وثلاثة من مرافقيه": the officer and three more; "قاض ومسؤول
                # واثنان من حراسهما": the two named and two more
                total = _ones_before(tokens, i + 1, j)
            elif total is None and joined and told_before is not None and told_before.value:
                # "أوقع 17 قتيلا في صفوف المتمردين وأربعة من الشرطة": the dead counted before
                # their noun, and people joined after them ("34 قتيلا و15 مجريحا" joins a
                # word of no people: another kind, misspelt)
                if not _people_after(tokens, end + 1):
                    break
                if _hurt_otherwise(tokens, end + 2, casualty_kind(tokens[i])):
                    break  # "ثلاثة قتلى وأربعة أطفال مصابين": the four are the wounded
                total = told_before.value
            elif total is None and _besides_before(tokens, j):
                # "أن 20 مدنيا قتلوا امس فضلا عن 4 من رجال الشرطة": the people counted
                # before the verb, and those after it besides them; "إنه قتل إلى جانب 30
                # متشددا آخرين": he, and the thirty
                total = _count_near(tokens[: i + 1], i)[0] or (1 if _he_was(tokens, i) else None)
            total = (total or 0) + count.value
            # the noun is counted before its number ("الانتحاريون الثلاثة وأربعة من الأمن"):
            # the next word may be the joined count itself
            joined_next = end + 1 < len(tokens) and numbers.joined_by_and(tokens[end + 1].text)
            j = end + 1 if joined_next and _count_at(tokens, end + 1) is not None else end + 2
            # the people joined after those counted and their country or unit ("3 جنود من
            # الولايات المتحدة ومدنيان أجنبيان"): the list reaches on past them
            limit = max(limit, end + _AFTER_A_COUNT)
            if (past := _joined_past_their_unit(tokens, j)) is not None:
                # the people joined after the long unit of those counted ("... (ايساف) وعشرة")
                j, limit = past, max(limit, past + 1)
            continue
        if total is not None and tokens[j].key in lx.APPOSITION:
            break  # "خمسة أشخاص هم الانتحاري وأربعة": the five named one by one
        if total is None and (
            _a_dual_of_people(tokens[j])
            # "قتل أميركيان يعملان في شركة أمن": a dual of nationality right after the
            # verb is the people themselves, no adjective of a noun
            # ("القتيلين افغانيان": the two dead told before, and what they were)
            or (
                j == i + 1
                and _a_dual_adjective(tokens[j])
                and not definite(tokens[i].key).startswith("ال")
            )
        ):
            # "مقتل أجنبيين وأفغاني": one more may be joined to the dual; "وقتل رجلا"
            # (governing no body) is one man, the accusative, not two in construct
            construct_form = tokens[j].key.endswith("ا")
            total = 1 if construct_form and not _dual_in_construct(tokens, j) else 2
            if _besides_before(tokens, j) and _one_before(tokens, i + 1, j):
                total += 1  # "قتل مسؤول بالإضافة إلى حارسين": the one named and the two
            j += 1
            if (past := _joined_past_their_unit(tokens, j)) is not None:
                # "جرح جنديان من الكتيبة الألمانية في القوات الدولية ... وتسعة مدنيين"
                j, limit = past, max(limit, past + 1)
            continue
        # "مقتل أربعة مدنيين وعميل", "خمسة أطفال وجنديان": a dual or one more, joined by و,
        # or after "إلى جانب" ("مقتل 8 جنود أمريكيين إلى جانب جنديين أفغانيين").
        more = None
        if total is not None:
            more = _joined_person(tokens[j], previous=tokens[j - 1])
            if more is None and _besides_before(tokens, j):
                more = _person_noun(tokens[j])
            if more is None and _a_pair_spelt_after(tokens, j):
                more = 2  # "أربعة من رجال الشرطة ومدنيين اثنين"
        if total is not None and more is not None:
            total += more
            limit = max(limit, j + 6)
            j += 1
            continue
        if total is None and (past := _past_where_the_one_died(tokens, i, j)) is not None:
            j, limit = past, past + 1  # "قتل حاكم منطقة في ولاية غزنة و6 شرطيين"
            continue
        if total is None and j > max(i + 3, frame_end):
            break
        j += 1
    if total is not None:
        # "مقتل المهاجم وثلاثة مدنيين": the attacker named first, then the count
        return total + (i + 1 < len(tokens) and _the_attacker_dead(tokens, i + 1)), None
    if (named := _named_and_others(tokens, i)) is not None:
        return named, None
    # "أصيب فيها جندي بجراح", "قتل قناص من المجاهدين جنديا": one person, no number;
    # "قتل في الاشتباك قائد المركز": a place or an event may come first.
    reach = (i + 4 if _a_place_or_event_named_after(tokens, i) else i + 2) + _agents_after(
        tokens, i
    )
    if i > 0 and tokens[i - 1].key in _AMONG_THE and not lx.TOLL_NOUNS.isdisjoint(tokens[i].bare):
        # "ستة جنود فقدوا في هلمند واعتبروا في عداد القتلى": the people told before
        return _people_counted_before(tokens, i - 1), None
    if tokens[i].key in _PLURAL_KILLED and _an_object_after(tokens, i):
        # "خمسة مهاجمين انضموا لطالبان وقتلوا زملاءهم": the verb is active, the count
        # before it its killers; its victims, after it, are not counted
        return None, None
    # A noun of the dead or wounded is counted before it: "4 قتلى و11 جريحا، وفق مدير الصحة".
    counted_before = not lx.TOLL_NOUNS.isdisjoint(tokens[i].bare) and not (
        i > 0 and not lx.TOLL.isdisjoint(tokens[i - 1].bare)  # "عدد قتلى الهجوم إلى 13"
    )
    for j in range(i + 1, i + 1 if counted_before else min(len(tokens), i + 6)):
        if (
            casualty_kind(tokens[j]) is not None
            or tokens[j].key in lx.CLAUSE_OPENERS
            or tokens[j].key in lx.SUBSET_WORDS  # "قتلوا بينهم قائد": one of those counted
            # "قتلوا في ضربة جوية استهدفت قياديا": the target of the event, not its dead
            or tokens[j].key in _TARGETED
        ):
            break
        if j == i + 1 and _one_of_them_after_its_agreement(tokens, i):
            break  # "شرطيين قتلا أحدهما ضابط": who one of the two counted before was
        if j == i + 1 and tokens[j].key in lx.ORDINALS:
            return 1, None  # "وأصيب ثالث": a third one
        if j <= reach and tokens[j].key in lx.ONE_OF and _count_at(tokens, j) is None:
            # "استشهد أحد المجاهدين": one of them; "مصرع أحد زعماء جماعة طالبان المسلحة
            # و13 آخرين": and the others joined after his group
            return _one_and_others(tokens, j + 1)
        if j == i + 1 and _the_attacker_dead(tokens, j):
            # "أسفر عن مقتل المهاجم وثلاثة مدنيين": the text counts him with the others
            return _one_and_others(tokens, j + 1)
        if (
            j <= reach
            and (
                any(f in lx.SINGULAR_PEOPLE for f in tokens[j].bare)
                # ("ومقتل سائقها": right after the noun of death)
                or (j == i + 1 and _one_of_its_own(tokens[j]))
                # "قتل أمريكي وجرح اثنان": one of a nation, named by it right after the verb
                # (not its subject: "قتل باكستاني فجر حزامه أربعة شرطيين")
                or (
                    j == i + 1
                    and tokens[j].key in lx.ONE_OF_A_NATION
                    and not _people_counted_after(tokens, j)
                )
            )
            and not _in_front_of(tokens, j)
            and not _armed_event(tokens, j)
        ):
            victims = _killed_by_the_one_named(tokens, j)
            if victims is not None:
                return victims, None
            if _dual_in_construct(tokens, j):
                return 2 + _others_joined(tokens, j + 2), None  # "وأصيب ضابطا شرطة": two
            return _one_and_others(tokens, j + 1)  # "أصيب جندي ومدني": two
        if (
            j == i + 1
            and given_name(tokens[j])  # "قتل عبدالسلام رحيمي", a name written as one too
            and tokens[j].key != _GOD
            and not tokens[i].key.endswith("وا")
        ):
            # "قتل نور محمد إسماعيلي، مدير أمن المنطقة": one man named; and one joined
            # after his title ("مقتل شاه ولي همت، عضو المجلس المحلي بالولاية، ورجل دين")
            title = next(
                (m for m in range(j + 1, min(len(tokens), j + 4)) if punctuation_before(tokens, m)),
                None,
            )
            return 1 + (_joined_after_his_title(tokens, title) if title is not None else 0), None
        if tokens[j].key in lx.SINGULAR_OBJECTS:
            if _dual_in_construct(tokens, j):
                return 2 + _others_joined(tokens, j + 2), None  # "قتل حارسا أمن": two
            return _one_and_others(tokens, j + 1)
    if i + 1 < len(tokens) and tokens[i + 1].key in lx.TWO_OTHERS:
        return 2, None  # "قتل شرطي وأصيب آخران بجروح": two others
    if i + 1 < len(tokens) and not lx.OTHERS.isdisjoint(tokens[i + 1].bare):
        return None, None  # "قتل جنديان وأصيب آخرون": others, uncounted
    if _another_one(tokens, i + 1):
        return 1, None  # "بمقتل جندي وإصابة آخر": one more
    if _joined_by_wa(tokens[i]):
        return None, None  # "جندي واحد وإصابة": the count before is the first clause's
    # "إن 9 مدنيين على الأقل، بينهم 4 أطفال وامرأتان، قتلوا": the head count, not the subset;
    # "جنديين من قواتها قتلا": a dual; "جنديا فرنسيا قتل": one.
    if (
        i > 1
        and tokens[i - 1].key in lx.OF
        and any(f in lx.VAGUE_NUMBERS for f in tokens[i - 2].bare)
    ):
        # "بالإضافة إلى عدد من الجرحى": a number of them, uncounted
        return None, f"{tokens[i - 2].text} {tokens[i - 1].text} {tokens[i].text}"
    found: int | None = None
    extra = 0  # "خمسة أطفال وجنديان قتلوا": the joined dual adds to the count before it
    subset = False  # a "بينهم" met since the last count: the count further back is the head
    # The last count carries "و" and counts a noun of people: the count further back adds
    # to it ("5 جنود و12 مسلحا قتلوا"); "جثث 22 شرطيا واثنين جريحين" counts other people.
    joined = False
    tail = 0  # people joined after the nearest count, up to the verb
    joined_at = i  # where the last count found starts
    words = [t.text for t in tokens]
    j = i - 1
    reach = i - 12  # how far back counts are looked for
    near = i - 3  # how far back a dual or a joined pair stands next to the verb
    while j > max(-1, reach):
        other = casualty_kind(tokens[j])
        if other is not None and j > 0 and not _ATTEMPT.isdisjoint(tokens[j - 1].bare):
            # "نجا من محاولة الاغتيال، إلا أن ابنه قتل": an attempt, no death; the ones
            # counted before it survived it, and the subject after it is the verb's
            reach = j
            break
        if other is not None and (j < i - 1 or other != kind):
            break  # "7 جنود قتلوا وجرح آخرون": the count is the killed word's
        if (
            found is None
            and j >= i - 3
            and tokens[j].key in lx.ONE_OF
            and not _one_of_things(tokens, j)
            and numbers.number_at(words, j) is None
            # "13 مسلحا، بينهم أحد قادتهم المحليين، مصرعهم": one among the count
            and not (j > 0 and tokens[j - 1].key in lx.SUBSET_WORDS)
            # a verb of his own, not a noun of the dead ("نقل إحدى الجثث") nor a relative
            # clause of those who died ("أحد المسلحين الذين لقوا حتفهم")
            and lx.TOLL_NOUNS.isdisjoint(tokens[i].bare)
            and not tokens[i].key.startswith("ال")
            and not any(t.key in lx.RELATIVES for t in tokens[j + 1 : i])
        ):
            # "أرسلت فريقا من 4 ضباط ...، لكن أحد الضباط قتل": one of them, not the four
            return 1, None
        if found is not None and not joined and tokens[j].key in lx.THAT:
            # "... بينهم مدير الاستخبارات، مضيفا أن ثلاثة من المهاجمين قتلوا": the
            # count found opens its own clause; a "بينهم" before "أن" is another's
            break
        if (
            j > 0
            and found is None
            and _a_dual_adjective(tokens[j])
            and (tokens[j - 1].key in lx.DUAL_PEOPLE or _joined_person(tokens[j - 1]) == 2)
        ):
            # "جنديان بريطانيان، وآخران أفغانيان، مصرعهم": the dual adjective of the pair
            # before it
            j, near = j - 1, near - 1
            continue
        if (
            j >= near
            and found is None
            # (a pair joined after the dual was read first: "جنديان وآخران مصرعهم")
            and (not extra or any(_joined_person(t) == 2 for t in tokens[j + 1 : i]))
            and _a_dual_of_people(tokens[j])
            and (j == 0 or numbers.number_ending_at(words, j - 1) is None)  # "ثلاثة شرطيين"
            # "22 مسلحا، بينهم قائدان ميدانيان، قتلوا": the dual is among the count before
            and not (j > 0 and tokens[j - 1].key in lx.SUBSET_WORDS)
            # "إن عنصرا من طالبان قتل", "أن رجلا قتل": a noun in -ا is one, in the
            # accusative, unless it governs its body as a dual in construct ("عنصرا الأمن")
            # or its verb is in the dual ("إن عنصرا طالبان قتلا")
            and not (
                tokens[j].key.endswith("ا")
                and not _dual_in_construct(tokens, j)
                and not (
                    tokens[i].key in _DUAL_VERBS
                    and not any(_joined_person(t) for t in tokens[j + 1 : i])
                )
            )
        ):
            # "ثمانية جنود، إلى جانب جنديين أفغانيين، مصرعهم": the dual adds to them
            beside = next((k for k in (j, j - 1) if _besides_before(tokens, k)), None)
            if beside is None:
                # "لقي جنديان ومترجم مصرعهم": one joined after the dual is one more
                return 2 + sum(_joined_person(t) or 0 for t in tokens[j + 1 : i]), None
            extra, joined = 2, True
            j, reach = beside - 3, beside - 15
            continue
        if j >= near and found is None and not extra and _joined_person(tokens[j]) == 2:
            extra = 2
            if j + 1 < i and not lx.OTHERS.isdisjoint(tokens[j + 1].bare):
                # "لقي حاكم إقليم شردارا عبد الوحيد عمرخيل وشخصين آخرين مصرعهم": two
                # others besides the one named before them
                extra += max(1, _ones_before(tokens, max(0, j - _COUNTED_REACH), j))
            j -= 1
            continue
        if tokens[j].key in lx.APPOSITION and j >= 2:
            # "خمسة أشخاص هم رئيس الإقليم واثنان من أبنائه وحارساه قتلوا": the people
            # named one by one are the count before "هم"
            head = _people_count_at(tokens, _count_start(words, j - 2), end=j)
            if head is not None:
                return head, None
        if j == i - 1 and found is None and tokens[j].key in _OF_THEM:
            # "وإن خمسة منهم قتلوا": the count of them, right before the verb
            them = numbers.number_ending_at(words, j - 1)
            if them is not None and them.value is not None:
                return them.value, None
        if tokens[j].key in lx.SUBSET_WORDS:
            # "9 مدنيين، بينهم 3 نساء وطفلان": the dual is among the nine, and so are the
            # parts joined after "بينهم" ("بينهم تسعة من رجال الأمن وثلاثة أطفال")
            extra, tail, subset, joined = 0, 0, True, False
            # the head count stands a few words before "بينهم", however long the parts:
            # "96 آخرين على الأقل، من بينهم تسعة أفراد من قوات الأمن و43 طفلا، أصيبوا"
            reach = min(reach, j - _HEAD_REACH)
        # "جنديا قتل" is one soldier; "23 شخصا مصرعهم" is the number before the noun.
        if (
            j >= i - 2
            and found is None
            and tokens[j].key in lx.SINGULAR_OBJECTS
            and (j == 0 or numbers.number_ending_at(words, j - 1) is None)
            # "عشرين من أفراد الشرطة كانوا يحرسون زعيما محليا حتفهم": the object of
            # the people's own verb, not one of the dead
            and not (j > 0 and _a_plural_verb(tokens[j - 1]))
        ):
            # "إن قاضيا وابنه قتلا": one joined after the one told is one more
            return 1 + sum(_joined_person(t) or 0 for t in tokens[j + 1 : i]), None
        if (
            found is not None
            and joined
            and _a_dual_of_people(tokens[j])
            # "شرطيين من القوات الافغانية وأربعة": the dual's unit may stand between
            and _unit_up_to(tokens, j + 1, joined_at)
            and (j == 0 or numbers.number_ending_at(words, j - 1) is None)  # "4 شرطيين"
        ):
            # "شرطيان و12 جنديا": the dual opens the list, which ends here
            found, joined = found + 2, False
            j -= 1
            continue
        count = numbers.number_ending_at(words, j)
        first = count.first if count is not None else j
        if (
            count is not None
            and count.value is not None
            # "11 شرطيا قتلوا", "وأحد عشر آخرين جرحوا"
            and (
                j == i - 1
                or tokens[j + 1].key in lx.PEOPLE
                # "أربعة على الأقل من عناصر حركة طالبان قتلوا": the hedge, then the people
                or (
                    tuple(t.key for t in tokens[j + 1 : j + 3]) in numbers.AT_LEAST_AFTER
                    and (j + 3 == i or tokens[j + 3].key in lx.PEOPLE)
                )
                or (j == i - 2 and not lx.OTHERS.isdisjoint(tokens[j + 1].bare))
                # "الأمريكيين الثمانية الذين قتلوا": the people counted, then who they are
                or (j == i - 2 and tokens[j + 1].key in _WHO)
            )
            and not (first > 0 and tokens[first - 1].key in lx.SUBSET_WORDS)
            and not _of_a_single_group(tokens, first, count.value)
            # "كانت تقل 14 راكبا ... حين قتلوا": the people a vehicle carried
            and not _carried(tokens, first, i)
            # "ستة من أفراد عائلة واحدة قتلوا": one family, not one dead
            and not (count.value == 1 and _one_of_a_thing(tokens, first))
        ):
            if (
                first > 0
                and casualty_kind(tokens[first - 1]) not in (None, kind)
                and tokens[first - 1].key not in _TOLL_INTRODUCERS
                and not _joined_count(tokens, count)
            ):
                break  # "قتل 4 جنود وأصيب آخرون": the count is the other word's
            if found is None and _uncounted_before(tokens, first):
                # "إن العديد من المدنيين واثنين من جنود الحلف أصيبوا": no total told
                return None, " ".join(t.text for t in tokens[max(0, first - 3) : first])
            if found is not None and joined:
                found += count.value  # "5 جنود و12 مسلحا قتلوا": both counts
                joined_at = first
            elif found is not None and not subset:
                break  # "جثث 22 شرطيا واثنين جريحين": the nearer count is the one told
            else:
                # the people joined after the nearest count, up to the verb ("أربعة جنود
                # ورجلا شرطة وحاكم المديرية قتلوا"), are counted with it
                tail = (
                    _joined_after(tokens, count.last + 2)
                    if found is None
                    and count.last + 2 < i
                    # "ستة مدنيين بينهم امرأة وطفلان لقوا حتفهم": those among the six
                    and not any(t.key in lx.SUBSET_WORDS for t in tokens[count.last + 1 : i])
                    else 0
                )
                found, subset, joined_at = count.value, False, first
                if (part := _a_part_of_the_count(tokens, words, first)) is not None:
                    found, first = part  # "فصلوا 14 من 32 راكبا وقتلوهم": the 14
                elif first > 0 and tokens[first - 1].key in _AND_WITH_HIM:
                    # "الحاكم، ومعه ثلاثة من مرافقيه، قتلوا": the one told and those with him
                    found += 1
            joined = (
                j < i - 1
                and (
                    numbers.joined_by_and(tokens[first].text)
                    or (first > 0 and tokens[first - 1].key == "و")
                    or _besides_before(tokens, first)
                )
            ) or _its_noun_joined_before(tokens, first)  # "أربعة جنود ومدنيين اثنين قتلوا"
            if joined:
                # "60 على الأقل من عناصر الشرطة و25 مدنيا ونحو 90 من مسلحي الحركة
                # قتلوا": the list's next item stands before this one, its
                # people named at length, however far that puts it from the verb
                reach = min(reach, first - _LIST_ITEM_WORDS)
            # "حارسا ومسلحين اثنين لقوا حتفهم": the item opens on its noun, the
            # count after it
            item = first - 1 if _its_noun_joined_before(tokens, first) else first
            if (
                tokens[item].text.startswith("و")
                # "جنديا واحدا قتل": one; "سائق الحاكم واحد عناصر الشرطة" is "وأحد"
                and not _one_agreeing(tokens, first)
                and (
                    _one_before(tokens, max(0, item - 2), item)
                    or _one_with_his_office_before(tokens, item)
                )
                # "24 قتيلا، من بينهم طبيب، و30 جريحا": the one among the dead told before
                and not any(t.key in lx.SUBSET_WORDS for t in tokens[max(0, item - 4) : item])
            ):
                # "ضابطا شابا وثلاثة من مرافقيه قتلوا": the officer and three; "الحاكم
                # ومدير مكتبه وخمسة أشخاص آخرين أصيبوا": each one named before the five
                found += max(1, _ones_before(tokens, _subject_start(tokens, item), item))
        j = first - 1
    if extra or tail:
        return (found or 0) + max(extra, tail), None
    if found is None and tokens[i].key in _DUAL_VERBS:
        return 2, None  # "إن حاكم المنطقة وقائد الشرطة قتلا": the verb counts two
    if found is None and _one_named_before(tokens, i):
        return 1, None  # "وأضاف أن سائق السيارة قتل أيضا": one person, then the verb
    if found is None and j <= max(-1, reach) + 1:  # no break: the far subject
        found = _subject_of_that_clause(tokens, i - 1, i)
    return found, None


def _its_noun_joined_before(tokens: list[Token], first: int) -> bool:
    """Whether the count at `first` follows its plural noun, joined by "و" to what came
    before ("ومهاجمين اثنين", "وجنود ثلاثة")."""
    return (
        first > 0
        and not tokens[first].text.startswith("و")
        and tokens[first - 1].text.startswith("و")
        and not _NOUNS_OF_PEOPLE.isdisjoint(tokens[first - 1].bare)
    )


_NOUNS_OF_PEOPLE: Final = (frozenset(lx.PEOPLE) | lx.ATTACKERS) - lx.OF


def _a_dual_adjective(token: Token) -> bool:
    """A dual adjective of nationality or kind ("بريطانيان", "أفغانيان"), not a dual noun
    of people ("جنديان")."""
    return token.key.endswith("يان") and len(token.key) > 5 and token.key not in lx.DUAL_PEOPLE


def _one_with_his_office_before(tokens: list[Token], first: int) -> bool:
    """ "رئيس شرطة منطقة باشير وا اغام وثلاثة شرطيين قتلوا": one official named with his
    office and its place, right before the count joined to him (no preposition between:
    "على مقر رئيس الشرطة" names a building)."""
    if not numbers.joined_by_and(tokens[first].text):
        return False  # "واحدا وعشرين": a number spelt with a first و
    for k in range(first - 1, max(-1, first - _OFFICE_WORDS - 1), -1):
        tok = tokens[k]
        if (
            tok.key in lx.IN_ANY
            or tok.key in lx.OF
            or tok.key in lx.THAT
            or casualty_kind(tok) is not None
        ):
            return False
        # (or in the accusative after "أن": "أن زعيما قبليا معاديا للحركة وأربعة آخرين")
        if any(f in lx.SINGULAR_PEOPLE or f in lx.SINGULAR_OBJECTS for f in tok.bare):
            # "100 جندي و30 مدنيا": a singular noun a number counts is no one man
            words = [t.text for t in tokens]
            return k == 0 or (
                tokens[k - 1].key not in _BUILDING_OF
                and numbers.number_ending_at(words, k - 1) is None
            )
    return False


_OFFICE_WORDS: Final = 7  # "رئيس شرطة منطقة باشير وا اغام"
_BUILDING_OF: Final = frozenset(
    normalize(w) for w in ("مقر", "منزل", "مكتب", "بيت", "سيارة", "موكب")
)


def _unit_up_to(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the words from k up to `end` (a count joined by و) are nothing or the
    unit of the people before them: "من القوات الحكومية الافغانية", up to
    `_UNIT_WORDS` words."""
    if end > k and tokens[end - 1].key == "و":
        end -= 1  # "و 12": the و written apart
    return k == end or (tokens[k].key in lx.OF and end - k <= _UNIT_WORDS)


_UNIT_WORDS: Final = 7  # "من القوات الدولية العاملة في جنوب البلاد": a force named at length
_ONE_OF_WORDS: Final = 5  # "أحد" and the group he is one of: "قادة حركة طالبان المسلحة في الإقليم"


def _subject_of_that_clause(tokens: list[Token], end: int, i: int) -> int | None:
    """The count that opens a clause after "أن"/"إن" or "كان" further back than counts are
    looked for, when nothing but its people's description stands between it and the verb at i:
    "إن 12 شخصا على الأقل من ركاب الحافلة التي كانت متجهة إلى كابل قتلوا"."""
    for j in range(end, max(0, i - _FAR_SUBJECT) - 1, -1):
        if casualty_kind(tokens[j]) is not None or tokens[j].key in lx.CLAUSE_OPENERS:
            return None
        if j == 0 or (tokens[j - 1].key not in lx.THAT and tokens[j - 1].key not in _WAS):
            continue
        # the people joined after the first ones count too: "أن جنديين من القوات الحكومية
        # وثلاثة يشتبه في انتمائهم لطالبان قتلوا" (five)
        if _a_dual_of_people(tokens[j]):
            return 2 + _joined_after(tokens, j + 1)  # "وكان جنديان من قوات إيساف ... قتلوا"
        if tokens[i].key in lx.SINGULAR_PASSIVE and (
            any(f in lx.SINGULAR_PEOPLE for f in tokens[j].bare) or _one_of_its_own(tokens[j])
        ):
            # "أن امرأة من سكان الحي قتلت": one person, then the verb ("إلا أن ابنه مات":
            # one of a man's own)
            return 1
        counted = _people_counted_at(tokens, j, end=i)
        if counted is not None and counted.value is not None:
            return counted.value + _joined_after(tokens, counted.last + 2)
        # else an inner clause: "الحافلة التي كانت متجهة إلى كابل"
    return None


# "كان" and its forms open a clause whose subject a later verb tells of, as "أن" does.
_WAS: Final = frozenset(normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان"))


def _count_start(words: list[str], k: int) -> int:
    """Where the number ending at word k starts (k itself when none ends there)."""
    count = numbers.number_ending_at(words, k)
    return count.first if count is not None else k


def _people_count_at(tokens: list[Token], j: int, *, end: int) -> int | None:
    """The count at j when a noun of people follows it before `end` ("12 شخصا")."""
    count = _people_counted_at(tokens, j, end=end)
    return count.value if count is not None else None


def _people_counted_at(tokens: list[Token], j: int, *, end: int) -> numbers.Count | None:
    """The count at j, where its words end, when a noun of people follows it before `end`."""
    count = _count_at(tokens, j)
    if (
        count is not None
        and count.value is not None
        and count.last + 1 < end
        and tokens[count.last + 1].key in lx.PEOPLE
    ):
        return count
    return None


# A casualty verb in the dual: its subject is two people.
_DUAL_VERBS: Final = frozenset(
    normalize(w)
    for w in (
        *("قتلا", "وقتلا", "قتلتا", "أصيبا", "وأصيبا", "أصيبتا", "استشهدا", "واستشهدا"),
        *("جرحا", "لقيا", "ماتا"),
    )
)
# How far before its verb the count opening a "that" clause may stand.
_FAR_SUBJECT: Final = 22


def _without_range_ends(tokens: list[Token]) -> list[Token]:
    """Tokens without the upper end of a range ("ما بين 12 و33 شرطيا" counts 12)."""
    drop: set[int] = set()
    for i, tok in enumerate(tokens[:-2]):
        lower = _count_at(tokens, i + 1) if tok.key in lx.BETWEEN else None
        if lower is None or lower.value is None:
            continue
        k = lower.last + 1
        if k < len(tokens) and tokens[k].key == "و":
            k += 1
        elif k >= len(tokens) or not numbers.joined_by_and(tokens[k].text):
            continue
        upper = _count_at(tokens, k)
        if upper is not None and upper.value is not None:
            drop.update(range(lower.last + 1, upper.last + 1))
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


_ATTEMPT: Final = frozenset(normalize(w) for w in ("محاولة", "محاولات", "محاولتي"))
_MEMORY_REACH: Final = 3  # "الذكرى | السنوية | الثانية | لمقتل"
_MEMORY: Final = frozenset(normalize(w) for w in ("ذكرى",))
_ON: Final = frozenset(normalize(w) for w in ("على",))
_NOT_PEOPLE: Final = frozenset((*lx.EQUIPMENT, *lx.MUNITIONS, *lx.SITES_COUNTED))


def _another_thing_falling(tokens: list[Token], i: int) -> bool:
    """ "صاروخا ضرب متجرا، فضلا عن سقوط آخر قرب مسجد": the fall of another of the
    munitions told before it, no toll."""
    return (
        i + 1 < len(tokens)
        and not lx.FELL_NOUNS.isdisjoint(tokens[i].bare)
        and tokens[i + 1].key in _ANOTHER_ONE
        and any(not _NOT_PEOPLE.isdisjoint(t.bare) for t in tokens[:i])
    )


def _a_thing_falling(tokens: list[Token], k: int) -> bool:
    """ "بسقوط صاروخ", "سقوط قذيفة": the fall of a munition or a machine at k, no toll."""
    return (
        k + 1 < len(tokens)
        and not lx.FELL_NOUNS.isdisjoint(tokens[k].bare)
        and not _NOT_PEOPLE.isdisjoint(tokens[k + 1].bare)
    )


def _he_was(tokens: list[Token], i: int) -> bool:
    """A singular passive verb right after "إنه"/"أنه" (he): one man, told before."""
    return i > 0 and tokens[i].key in lx.SINGULAR_PASSIVE and tokens[i - 1].key in _HE


_HE: Final = frozenset(normalize(w) for w in ("إنه", "أنه", "انه", "وأنه", "بأنه"))


def _one_of_them_joined(tokens: list[Token], j: int) -> bool:
    """Whether "وأحد"/"وإحدى" at j opens one more person, of the people named after it
    ("وأحد حراس الأمن")."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text.startswith("و")
        and any(f in lx.ONE_OF for f in tokens[j].bare[1:])
        and any(
            g in _PERSON_COUNTS or g in lx.PEOPLE
            for f in tokens[j + 1].bare
            for g in (f, f.removeprefix("ال"))
        )
    )


def _hurt_otherwise(tokens: list[Token], k: int, kind: str | None) -> bool:
    """Whether the word at k, after a count and its noun, is a casualty word of another
    kind than `kind` ("وأربعة أطفال مصابين" after the dead)."""
    other = casualty_kind(tokens[k]) if k < len(tokens) else None
    return other is not None and other != kind


def _people_counted_after(tokens: list[Token], j: int) -> bool:
    """Whether a count of people follows the word at j in its clause: the object of the
    verb, the word at j its subject."""
    for m in range(j + 1, min(len(tokens), j + _SUBJECTS_WORDS)):
        if tokens[m].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[m]) is not None:
            return False
        # ("قتل أمريكي مع جنديين", "لوحدة من 30 جنديا": people joined or a unit, no object)
        if tokens[m].key in lx.WITH or tokens[m].key in lx.OF or tokens[m].key[:1] == "ل":
            return False
        count = _count_at(tokens, m)
        if (count is not None and count.value is not None) or _person_noun(tokens[m]) == 2:
            return True  # "أربعة شرطيين", "جنديين"
    return False


_SUBJECTS_WORDS: Final = 8  # "باكستاني يقود دراجة نارية مفخخة جنديين": his description, then


def _one_of_its_own(token: Token) -> bool:
    """A person's noun with the possessor glued on: "سائقها" (its driver), "حارسه" (his
    guard): one person."""
    return any(
        stem in lx.SINGULAR_PEOPLE or stem in lx.JOINED_SINGULAR
        for stem in _possessed_stems((token.key,))
    )


# The one who opened fire, named by his deed ("المهاجم", "مطلق النار"; a suicide bomber
# dies by his own act and is not counted)
_THE_GUNMAN: Final = frozenset(normalize(w) for w in ("المهاجم", "مطلق"))


def _one_named_before(tokens: list[Token], i: int) -> bool:
    """One person named just before a singular passive verb ("سائق السيارة المفخخة قتل
    أيضا"), in its clause: no "أن"/"إن" between."""
    if tokens[i].key not in lx.SINGULAR_PASSIVE:
        # "أما القائد الثاني وهو عبد الكريم فقتل": the one "أما" opened the clause on
        return (
            tokens[i].key[:1] == "ف"
            and tokens[i].key[1:] in lx.SINGULAR_PASSIVE
            and _as_for_one(tokens[max(0, i - _CLAUSE_SUBJECT_REACH) : i])
        )
    for tok in reversed(tokens[max(0, i - 3) : i]):
        if tok.key in lx.THAT:
            break  # the clause opens on its subject: read below
        if tok.key in lx.CLAUSE_OPENERS or casualty_kind(tok) is not None:
            return False
        # "أن أحد جنودها قتل": one of them; "أن مطلق النار قتل": the gunman
        if (
            any(f in lx.SINGULAR_PEOPLE for f in tok.bare)
            or tok.key in lx.ONE_OF
            or tok.key in _THE_GUNMAN
        ):
            return True
    # "أن جنديا من مشاة البحرية الملكية البريطانية قتل": the one person the clause opens
    # on, with the words that say who he is
    for k in range(i - 1, max(-1, i - _CLAUSE_SUBJECT_REACH), -1):
        if casualty_kind(tokens[k]) is not None:
            return False
        if tokens[k].key in lx.THAT:
            # (or on "أحد": "بأن أحد قادة الحركة يعرف باسم حمزة قتل"; or on a man's
            # name: "إن عبد الرحيم وهو عضو في مجلس العلماء قتل")
            return k + 1 < i and (
                tokens[k + 1].key in lx.SINGULAR_OBJECTS
                or tokens[k + 1].key in lx.ONE_OF
                or given_name(tokens[k + 1])
            )
    return False


def _one_of_things(tokens: list[Token], k: int) -> bool:
    """Whether "أحد" at k is one of things, not people: "أحد جانبي الطريق", "إحدى
    الشاحنات"."""
    return k + 1 < len(tokens) and not _THINGS_AFTER_ONE.isdisjoint(tokens[k + 1].bare)


_THINGS_AFTER_ONE: Final = _NOT_PEOPLE | frozenset(
    normalize(w) for w in ("جانبي", "جانبى", "جانب", "طرفي", "أطراف", "اطراف", "مداخل")
)


def _as_for_one(before: list[Token]) -> bool:
    """Whether "أما" opens the words on one person: "أما الزعيم الثاني وهو ..."."""
    return any(
        t.key in _AS_FOR
        and k + 1 < len(before)
        and any(f in lx.SINGULAR_PEOPLE for f in before[k + 1].bare)
        for k, t in enumerate(before)
    )


_AS_FOR: Final = frozenset(normalize(w) for w in ("أما", "وأما"))


_CLAUSE_SUBJECT_REACH: Final = 18  # "أن" and a person, then "من اللواء الثاني في كتيبة المشاة،"


_IN: Final = frozenset(normalize(w) for w in ("في", "فى", "خلال"))


_ELEVEN_JOINED: Final = (normalize("وأحد"), normalize("عشر"))


def _joined_count(tokens: list[Token], count: numbers.Count) -> bool:
    """Whether a count carries و: "و12", "وثلاثة"; "وأحد عشر" too, which the normaliser
    spells as "واحد" (a number with a first و) but "واحد عشر" is no number of its own."""
    if numbers.joined_by_and(tokens[count.first].text):
        return True
    words = tuple(t.key for t in tokens[count.first : count.last + 1])
    return words == _ELEVEN_JOINED


# "الله" ends a given name ("عبد الله"), never opens one
_GOD: Final = normalize("الله")


def executed_by_a_group(tokens: list[Token], i: int) -> bool:
    """Whether the death sentence at i was carried out by an armed group ("نفذ التنظيم
    حكم الإعدام في خمسة من الأسرى"): a killing, not a court's sentence."""
    before = tokens[max(0, i - _EXECUTED_REACH) : i]
    return any(t.key in lx.CARRIED_OUT for t in before) and any(
        not lx.EXECUTING_GROUPS.isdisjoint(t.bare) for t in before
    )


_EXECUTED_REACH: Final = 6  # the doer between: "نفذت الجماعة المسلحة حكم الإعدام"
_DEATH_PENALTY: Final = frozenset(
    normalize(w) for w in ("الإعدام", "بالإعدام", "والإعدام", "للإعدام")
)
# "في عداد القتلى" (counted among the dead), "في عداد المفقودين"
_AMONG_THE: Final = frozenset(normalize(w) for w in ("عداد",))
# "بين القتلى", "من ضمن القتلى": some of the dead told
_AMONG: Final = lx.BETWEEN | frozenset(normalize(w) for w in ("ضمن",))


def _a_plural_verb(token: Token) -> bool:
    """A verb whose subject is plural: "يحرسون", "تحرسون", "حرسوا"."""
    key = token.key
    return len(key) > 3 and (
        (key[0] in "يت" and key.endswith("ون")) or (key.endswith("وا") and not key.startswith("ال"))
    )


def _people_counted_before(tokens: list[Token], k: int) -> int | None:
    """The first count of people in the words before k ("ستة جنود بريطانيين")."""
    for j in range(max(0, k - 20), k):
        found = _people_count_at(tokens, j, end=k)
        if found is not None:
            return found
    return None


_ANOTHER_ONE: Final = frozenset(normalize(w) for w in ("آخر", "أخرى", "آخرا"))
# What may follow "another one" ("وأصيب آخر بجروح"); a noun after "آخر" makes it "the
# last" ("مقتل آخر قائد").
_AFTER_ANOTHER: Final = frozenset(
    normalize(w)
    for w in ("في", "من", "على", "خلال", "جراء", "إثر", "اثر", "بجروح", "بجراح", "عندما")
)


def _another_one(tokens: list[Token], k: int) -> bool:
    """ "وإصابة آخر", "وأصيب آخر بجروح": one person besides those told."""
    if k >= len(tokens) or tokens[k].key not in _ANOTHER_ONE:
        return False
    if k + 1 == len(tokens):
        return True
    after = tokens[k + 1]
    return after.key in _AFTER_ANOTHER or after.start > tokens[k].end + 1


# Verbal nouns of a casualty, whose count comes after them ("وإصابة 5 آخرين").
_COUNTED_AFTER: Final = frozenset(normalize(w) for w in ("إصابة", "مقتل", "إصابات"))


def _joined_by_wa(token: Token) -> bool:
    """A verbal noun of a casualty that carries the conjunction و ("وإصابة", "ومقتل"): a
    count before it is the clause's before ("بمقتل جندي واحد وإصابة آخر"). A verb so
    joined may be told after its people ("كان هناك ثلاثة مهاجمين وقتلوا")."""
    return token.key.startswith("و") and token.key[1:] in _COUNTED_AFTER


def _in_front_of(tokens: list[Token], j: int) -> bool:
    """ "قتلا أمام منزلهما": "أمام" (in front of) folds to the key of "إمام" (an imam); it
    is the preposition when written with its hamza above, or bare before anything but a
    mosque ("امام مسجد القرية" is its imam)."""
    text = tokens[j].text
    if text.startswith("أمام"):
        return True
    return text == "امام" and j + 1 < len(tokens) and tokens[j + 1].key not in _MOSQUES


_MOSQUES: Final = frozenset(normalize(w) for w in ("مسجد", "المسجد", "جامع", "الجامع"))


def _armed_event(tokens: list[Token], j: int) -> bool:
    """ "بهجوم مسلح": "مسلح" right after an indefinite event noun is its adjective
    (armed), no gunman ("قتل في الهجوم مسلح": after a definite one, a gunman)."""
    before = tokens[j - 1].bare if j > 0 else ()
    return (
        tokens[j].key in _ARMED
        and not _ATTACK_NOUNS.isdisjoint(before)
        and not any(f.startswith("ال") for f in before)
    )


_ARMED: Final = frozenset(normalize(w) for w in ("مسلح", "مسلحة"))
_ATTACK_NOUNS: Final = frozenset(
    normalize(w) for w in ("هجوم", "هجمة", "اعتداء", "هجوما", "اشتباك", "نزاع", "صراع", "تمرد")
)


def _one_and_others(tokens: list[Token], k: int) -> tuple[int | None, str | None]:
    """One person told, and those joined after him (from k): a count, or none when an
    uncounted group is joined ("قائد محلي وعشرات من المسلحين": the words as the note)."""
    vague = _uncounted_joined(tokens, k)
    if vague is not None:
        return None, vague
    return 1 + _others_joined(tokens, k), None


def _uncounted_joined(tokens: list[Token], k: int) -> str | None:
    """The words of an uncounted group joined by و within the next words ("والعشرات من
    المتمردين", "وعدد من حراسه", "ومسلحين آخرين"), or None."""
    for m in range(k, min(len(tokens), k + 8)):
        tok = tokens[m]
        if casualty_kind(tok) is not None or tok.key in lx.CLAUSE_OPENERS:
            return None
        if not tok.text.startswith("و") or len(tok.bare) < 2:
            continue
        rest = tok.bare[1:]
        if _UNCOUNTED.isdisjoint(rest):
            if _joined_person(tok) is not None or numbers.joined_by_and(tok.text):
                return None
            continue
        # "وعدد من حراسه", "ومسلحين آخرين"
        width = 3 if m + 1 < len(tokens) and tokens[m + 1].key in lx.OF else 2
        return " ".join(t.text for t in tokens[m : m + width])
    return None


# Groups told without a number: "وعشرات", "وعدد من", "ومسلحين آخرين".
_UNCOUNTED: Final = _UNCOUNTED_GROUPS | frozenset(
    normalize(w)
    for w in ("مسلحين", "متمردين", "مقاتلين", "عناصر", "جنود", "حراس", "حراسه", "مرافقيه")
)


def _others_joined(tokens: list[Token], k: int) -> int:
    """People told after the first one: joined by و ("قائد المركز و5 من جنوده") or with
    him ("قائدا محليا مع 3 من حراسه")."""
    joined = _joined_after(tokens, k)
    if joined:
        return joined
    # "قائدا ينتمي إلى جماعة طالبان، بالإضافة إلى 6 آخرين": a short description between
    # ("مقتل قائد شرطة المنطقة الثالثة في قندوز فلان فلاني رفقة اثنين من حراسه": his
    # title, its place and his name); "مع" after the event names the other side of a
    # fight ("قتل قائد في اشتباك مع 20 من عناصر الشرطة"), none of his own
    for m in range(k, min(len(tokens), k + _DESCRIPTION_REACH)):
        if (
            tokens[m].key in lx.CLAUSE_OPENERS
            or casualty_kind(tokens[m]) is not None
            or not lx.SINGLE_TRIGGERS.isdisjoint(tokens[m].bare)
        ):
            break
        if tokens[m].key in lx.WITH:
            return _with_others(tokens, m)
        # "قتل ضابط كبير بالإضافة إلى ثلاثة آخرين", "إلى جانب اثنين من حراسه"
        if m + 2 >= len(tokens) or not _besides_before(tokens, m + 2):
            continue
        count = _count_at(tokens, m + 2)
        if count is not None and count.value is not None:
            return count.value
        # "قتل ضابط إلى جانب جندي آخر", "إلى جانب سائقه": one more person, or two; and
        # those joined to him ("بالإضافة إلى نجله وخمسة من الحراس")
        more = _person_noun(tokens[m + 2])
        if more is not None:
            return more + _joined_after(tokens, m + 3)
    return 0


def _joined_after_his_title(tokens: list[Token], k: int) -> int:
    """People joined after the title of the one named, set off by commas ("مقتل شاه ولي
    همت، عضو المجلس المحلي بالولاية، ورجل دين"): the title is his, the next one joined."""
    if not punctuation_before(tokens, k):
        return 0
    for m in range(k + 1, min(len(tokens), k + _TITLE_WORDS)):
        tok = tokens[m]
        if casualty_kind(tok) is not None or tok.key in lx.CLAUSE_OPENERS:
            return 0
        if punctuation_before(tokens, m):  # the comma that closes the title
            return _joined_after(tokens, m) if tok.text.startswith("و") else 0
    return 0


_TITLE_WORDS: Final = 6  # "عضو المجلس المحلي بالولاية": a title of up to five words


def _person_noun(token: Token) -> int | None:
    """2 for a dual person noun ("جنديين"), 1 for a singular one ("جندي", "جنديا",
    "سائقه"), or None."""
    count = _people_of_noun(token.bare, _ONE_PERSON)
    if count is None and _dual_by_its_vowel(token):
        return 2  # "فقتلت مدنيَين": the fatha before "ين" writes the dual
    return 1 if count == 2 and _TANWEEN_FATH in token.text else count


def _told_alive(tokens: list[Token], k: int) -> bool:
    """Whether "على قيد الحياة" (alive) follows the people counted, a few words from k, or
    "ما زالوا" (are still: "بالإضافة إلى 8 آخرين مازالوا في قبضة طالبان") right after
    their noun."""
    if any(
        tokens[m].key in _STILL and _held_after(tokens, m)
        for m in range(k, min(len(tokens), k + _STILL_REACH))
    ):
        return True
    return any(
        tokens[m].key == _BOUND and tokens[m + 1].key == _LIFE
        for m in range(k, min(len(tokens) - 1, k + _ALIVE_REACH))
    )


def _others_after_the_part(tokens: list[Token], head: int, at: int) -> int:
    """The people joined by "و" after the part of a count told ("بينهم أطفال ونساء"), when
    they are of a side the count's own people are not ("لقي 9 مدنيين حتفهم بينهم صبية ونسوة و3
    من مقاتلي طالبان": the fighters are no civilians, so 16); else 0."""
    own = _sides_named(tokens, range(head, at))
    if not own or own <= NO_SIDE:
        return 0
    for k in range(at + 1, min(len(tokens), at + _PART_WORDS)):
        if tokens[k].key in lx.CLAUSE_OPENERS or casualty_kind(tokens[k]) is not None:
            return 0
        if not numbers.joined_by_and(tokens[k].text):
            continue
        count = _count_at(tokens, k)
        if count is None:
            continue  # "ونساء": one more of the part, no count
        if count.value is None:
            return 0
        group = range(count.last + 1, min(len(tokens), count.last + _PART_WORDS))
        if any(casualty_kind(tokens[m]) is not None or tokens[m].key in lx.CAPTURED for m in group):
            return 0  # "و4 من مقاتلي طالبان أسروا": what befell them is told of them
        theirs = _sides_named(tokens, range(count.last + 1, min(len(tokens), count.last + 4)))
        theirs -= NO_SIDE
        return count.value if theirs and theirs.isdisjoint(own) else 0
    return 0


_PART_WORDS: Final = 7  # "بينهم أطفال ونساء و4": the part, up to a few words, then the count


def _fell_victim(tokens: list[Token], i: int) -> bool:
    """Whether "راح" at i opens "راح 13 شرطيا ضحية هجوم" (fell victim to): the people
    between it and "ضحية" were killed."""
    return tokens[i].key in _WENT and any(
        t.key in _VICTIM for t in tokens[i + 2 : i + 2 + _VICTIM_REACH]
    )


_WENT: Final = frozenset(normalize(w) for w in ("راح", "وراح", "فراح"))
_VICTIM: Final = frozenset(normalize(w) for w in ("ضحية", "ضحايا"))
_VICTIM_REACH: Final = 5  # "راح 8 جنود أفغان ضحية"


def _held_after(tokens: list[Token], k: int) -> bool:
    """Whether words of captivity or of being missing follow "still" at k ("مازالوا في قبضة
    طالبان", "لا يزالون مفقودين"; not "لا يزالون مجهولي الهوية", dead unnamed)."""
    return any(not _HELD.isdisjoint(t.bare) for t in tokens[k + 1 : k + 1 + _HELD_REACH])


_BOUND, _LIFE = normalize("قيد"), normalize("الحياة")
_STILL_REACH: Final = 3  # the noun counted ("آخرين"), "ما", then "زالوا"
# "مازالوا", "لازالوا" (one word), "زالوا", "يزالون" (after "ما"/"لا"): still
_STILL: Final = frozenset(
    normalize(w)
    for w in ("مازالوا", "مازال", "لازالوا", "لازال", "زالوا", "زال", "يزالون", "يزال", "تزال")
)
_HELD: Final = frozenset(
    normalize(w)
    for w in ("قبضة", "محتجزين", "محتجزون", "رهائن", "مفقودين", "مفقودون", "أسرى", "المفقودين")
)
_HELD_REACH: Final = 3  # "ما زالوا في قبضة", "لا يزالون في عداد المفقودين"
_ALIVE_REACH: Final = 4  # "وثلاثة آخرون كانوا على قيد الحياة"


def _a_dual_of_people(token: Token) -> bool:
    """Whether the word is a dual noun of people ("جنديان", "شرطيين", "مدنيَين")."""
    return token.key in lx.DUAL_PEOPLE or _dual_by_its_vowel(token)


def _dual_by_its_vowel(token: Token) -> bool:
    """Whether a person noun is written dual by its vowel: "مدنيَين", "جنديَّين" (the
    plural is "مدنيِّين", and the bare "مدنيين" is either)."""
    bare = token.text.replace("\u0651", "").replace("\u0652", "")
    return bare.endswith(_FATHA_YEH_NOON) and any(
        f.endswith("ين") and f[:-2] in lx.JOINED_SINGULAR for f in token.bare
    )


_FATHA_YEH_NOON: Final = "\u064eين"


def _possessed_stems(forms: Sequence[str]) -> list[str]:
    """The nouns the readings hold before a possessive pronoun ("سائقه" -> "سائق"); a noun
    in ة spells it ت before the pronoun ("وابنته" -> "ابنه", "زوجته" -> "زوجه")."""
    stems = [f[: -len(suffix)] for f in forms for suffix in _POSSESSIVES if f.endswith(suffix)]
    return stems + [stem[:-1] + "ه" for stem in stems if stem.endswith("ت")]


def _people_of_noun(forms: Sequence[str], singular: frozenset[str]) -> int | None:
    """2 when a reading is a dual noun of people (or one with a possessive pronoun:
    "حارساه"), 1 when it is one of `singular` (or one with a possessive pronoun:
    "ومترجمهما", "سائقه"), else None."""
    if not lx.DUAL_PEOPLE.isdisjoint(forms):
        return 2
    if not singular.isdisjoint(forms):
        return 1
    stems = _possessed_stems(forms)
    # "وحارساه", "ومرافقاهما": a dual with a possessive pronoun, its nun dropped
    if any(stem.endswith("ا") and stem[:-1] in lx.JOINED_SINGULAR for stem in stems):
        return 2
    if any(stem in lx.JOINED_SINGULAR for stem in stems):
        return 1
    return None


_ONE_PERSON: Final = lx.JOINED_SINGULAR | lx.SINGULAR_OBJECTS


def _past_where_the_one_died(tokens: list[Token], i: int, k: int) -> int | None:
    """Where a province or district named after one victim ends, when the victim's
    companions are counted right after it: "قتل حاكم منطقة في ولاية غزنة (جنوبي أفغانستان)
    و6 شرطيين" joins the six to the governor across the place. The index of the joined
    count, or None when no such place phrase opens at k."""
    if (
        k + 2 >= len(tokens)
        or tokens[k].key not in _IN
        or _UNITS_OF_A_PROVINCE.isdisjoint(tokens[k + 1].bare)
        or not _one_before(tokens, i + 1, k)
    ):
        return None
    words = [t.text for t in tokens]
    for e in range(k + 3, min(len(tokens), k + _PLACE_PHRASE_WORDS)):
        if tokens[e].text.startswith("و"):
            return e if _people_counted_and_joined(tokens, words, e) else None
    return None


def _people_counted_and_joined(tokens: list[Token], words: list[str], e: int) -> bool:
    """Whether a count joined by و stands at e and counts people: "و6 شرطيين"."""
    count = numbers.number_at(words, e) if numbers.joined_by_and(tokens[e].text) else None
    return (
        count is not None
        and count.value is not None
        and count.last + 1 < len(tokens)
        and tokens[count.last + 1].key in lx.PEOPLE
    )


def _joined_past_their_unit(tokens: list[Token], k: int) -> int | None:
    """Where people counted and joined with و stand after the long unit of the people
    counted before them ("من جنود قوة حلف شمال الأطلسي في أفغانستان (ايساف) وعشرة مدنيين
    أفغانا"): the index of the joined count, when the unit opens with "من" at k and
    nothing else is told on the way."""
    if 0 < k < len(tokens) and tokens[k - 1].key in lx.OF:
        k -= 1  # "ستة من جنود ...": the count, "من", then its noun
    if (
        k + 1 >= len(tokens)
        or tokens[k].key not in lx.OF
        or tokens[k + 1].key in lx.SUBSET_WORDS  # "17 شخصا من بينهم": a part of the count
    ):
        return None
    words = [t.text for t in tokens]
    for e in range(k + 1, min(len(tokens) - 1, k + _UNIT_PHRASE_WORDS)):
        tok = tokens[e]
        if casualty_kind(tok) is not None or tok.key in lx.CLAUSE_OPENERS:
            return None
        if tok.text.startswith("و"):
            if _people_counted_and_joined(tokens, words, e):
                return e
            # "... إيساف والتابعة لحلف شمال الأطلسي": an adjective of the unit goes on
            if not tok.key.startswith("وال") or tok.key in _THE_PEOPLE_JOINED:
                return None
    return None


_UNIT_PHRASE_WORDS: Final = 20
# Definite people joined with "و" end the unit: "والمدنيين", "والشرطة"
_THE_PEOPLE_JOINED: Final = frozenset("و" + form for form in lx.PEOPLE if form.startswith("ال"))


_UNITS_OF_A_PROVINCE: Final = frozenset(
    form for form, level in UNIT_WORDS.items() if level in ("province", "district", "any")
)
_PLACE_PHRASE_WORDS: Final = 8  # "في ولاية غزنة (جنوبي أفغانستان)": the unit, name and region


def _subject_start(tokens: list[Token], first: int) -> int:
    """Where the subject that runs up to the count at `first` opens: after "إن"/"أن", a
    clause opener or punctuation, at most a few words back."""
    start = max(0, first - _SUBJECT_NAMES_REACH)
    for k in range(first - 1, start - 1, -1):
        if tokens[k].key in lx.THAT or tokens[k].key in lx.CLAUSE_OPENERS:
            return k + 1
        if k > 0 and tokens[k - 1].end != tokens[k].start - 1:
            return k
    return start


_SUBJECT_NAMES_REACH: Final = 8  # "نائب الحاكم ومدير مكتبه ومدير الصحة في الولاية و..."


def _one_before(tokens: list[Token], start: int, end: int) -> bool:
    """Whether one person is named between `start` and `end` ("مسؤول", "جنديا", "أحد", a
    title before a name: "الملا"); an accusative noun after a number is what the number
    counts ("22 شرطيا"), not one more."""
    return _ones_before(tokens, start, end) > 0


def _carried(tokens: list[Token], first: int, i: int) -> bool:
    """Whether the count at `first` is what a vehicle carried ("كانت تقل 14 راكبا عائدين
    من السوق حين قتلوا"), not the dead; unless all of them died ("كانت تقل 3 مدنيين،
    قتل جميعهم")."""
    return (
        first > 0
        and tokens[first - 1].key in _CARRYING
        and not any(t.key in _ALL_OF_THEM for t in tokens[first : i + 3])
    )


_CARRYING: Final = frozenset(normalize(w) for w in ("تقل", "يقل", "تحمل", "يحمل", "تنقل", "ينقل"))
_ALL_OF_THEM: Final = frozenset(normalize(w) for w in ("جميعهم", "كلهم", "جميعا"))


def _a_part_of_the_count(
    tokens: list[Token], words: list[str], first: int
) -> tuple[int, int] | None:
    """ "14 من 32 راكبا": the part's count and where it starts, when a count and "من" stand
    right before the count at `first`, or None."""
    if first < 2 or tokens[first - 1].key not in lx.OF:
        return None
    part = numbers.number_ending_at(words, first - 2)
    if part is None or part.value is None:
        return None
    return part.value, part.first


def _ones_before(tokens: list[Token], start: int, end: int) -> int:
    """How many people are named one by one between `start` and `end`: the first, and
    each joined to it by "و" ("قاض ومسؤول محلي" two; "نائب حاكم الولاية" one)."""
    words = [t.text for t in tokens]
    ones = 0
    for k in range(max(0, start), end):
        single = any(
            f in lx.SINGULAR_PEOPLE
            or f in lx.SINGULAR_OBJECTS
            or f in lx.ONE_OF
            or f in lx.PERSON_TITLES  # "قتل الملا مصطفى و16 مسلحا"
            for f in tokens[k].bare
        )
        # "حاكم المقاطعة ونجله", "بالإضافة إلى شقيقه": one of his own joined, his kin
        # with a possessive pronoun
        besides = ones > 0 and _besides_before(tokens, k)
        kin = (
            ones > 0
            and not single
            and (_joined_person(tokens[k]) == 1 or (besides and _person_noun(tokens[k]) == 1))
        )
        if not (single or kin) or (k > 0 and numbers.number_ending_at(words, k - 1) is not None):
            continue
        if ones == 0 or tokens[k].text.startswith("و") or besides:
            ones += 1
    return ones


_POST_AND_NAME_WORDS: Final = 4  # "غزني | جنوب | فلان | خان" after the unit word, then "وسائقه"


def _joined_after(tokens: list[Token], k: int) -> int:
    """People joined by و after a first one: "جندي ومدني", "جندي أمريكي ومترجمان",
    "ضابط وثلاثة من مرافقيه"; two adjectives may stand between the items ("مسؤولا دينيا
    كبيرا وحارسه")."""
    words = [t.text for t in tokens]
    more, loose = 0, 0
    # "عنصر من قوات التحالف ومدنيان", "جنديين من القوات الحكومية الافغانية وثلاثة": the
    # first one's unit, up to `_UNIT_WORDS` words, may stand between
    reach = _UNIT_WORDS if k < len(tokens) and tokens[k].key in lx.OF else 2
    if k < len(tokens) and not UNIT_WORDS.keys().isdisjoint(tokens[k].bare):
        # "إصابة حاكم ولاية غزني (جنوب) فلان خان وسائقه": his province's unit word (which
        # may begin with a و of its own), its name, a bearing and his name, then the one
        # joined to him
        k, reach = k + 1, _POST_AND_NAME_WORDS
    if k > 0 and tokens[k - 1].key in lx.ONE_OF:
        reach = _ONE_OF_WORDS  # "أحد زعماء جماعة طالبان المسلحة المتطرفة و13 آخرين"
    while k < len(tokens) and loose <= reach:
        tok = tokens[k]
        if casualty_kind(tok) is not None:
            break
        if more and k + 2 < len(tokens) and _besides_before(tokens, k + 2):
            k += 2  # "جندي ومتعاقد مدني إضافة إلى ثلاثة": the joiner, no word of the list
            continue
        # (a noun in -ا is counted with the next only after a number: "39 جنديا وضابطا";
        # "قتلوا ضابطا وجنديا" are two)
        counted = k > 1 and numbers.number_ending_at(words, k - 2) is not None
        joined = _joined_person(tok, previous=tokens[k - 1] if counted else None)
        # "وثلاثة", "و5"; not "جندي واحد", a number spelt with a first و
        count = _count_at(tokens, k) if numbers.joined_by_and(tok.text) else None
        if joined is None and count is None and tok.text.startswith("و"):
            count = _kin_counted_after(tokens, k)  # "امرأة وأطفالها الثلاثة"
        if joined is None and count is None and more and _besides_before(tokens, k):
            # "جندي ومتعاقد مدني إضافة إلى ثلاثة جنود": the list goes on past "إضافة إلى"
            count = _count_at(tokens, k)
            joined = _person_noun(tok) if count is None else None
        if joined is not None:
            more, loose = more + joined, 0
        elif count is not None and count.value is not None:
            more, loose = more + count.value, 0
            k = count.last
        elif tok.text.startswith("و"):
            break
        else:
            loose += 1
            if tok.key in _CALLED or (given_name(tok) and not more):
                # "قيادي يدعى الملا عبد البصير و20 من المسلحين", "القيادي بالجماعة آدم خان
                # وأربعة من المتمردين": the first one's name, a few words long
                reach = loose + _NAME_WORDS
            elif tok.key in _SUSPECTED:
                reach = loose + _SUSPICION_WORDS  # "وثلاثة يشتبه في انتمائهم لطالبان و4"
            elif tok.key in lx.SINGULAR_PEOPLE and loose == 1 and not more:
                # "نائب محافظ كابول فلان الفلاني وسكرتيره": the title goes on with the post
                # it holds, its place and his name, then the one joined to him
                reach = loose + _POST_AND_NAME_WORDS
        k += 1
    return more


def _counts_kin(tokens: list[Token], j: int) -> bool:
    """Whether the count at j is definite after a joined noun with a possessive pronoun,
    the first one's own people: "قتلت امرأة وأطفالها الثلاثة" (three more than her)."""
    if j < 1 or j >= len(tokens):
        return False
    kin, count = tokens[j - 1], tokens[j]
    return (
        kin.text.startswith("و")
        and kin.text.endswith(("ها", "ه", "هما"))
        and count.key.startswith("ال")
        and numbers.opens_count(count.text)
    )


def _kin_counted_after(tokens: list[Token], k: int) -> numbers.Count | None:
    """The count of a joined noun of kin at k ("وأبناؤه الأربعة"), or None."""
    return _count_at(tokens, k + 1) if _counts_kin(tokens, k + 1) else None


_DESCRIPTION_REACH: Final = 6
# "يدعى", "المدعو": the name of the one told follows, a few words long.
_CALLED: Final = frozenset(
    normalize(w) for w in ("يدعى", "يدعي", "المدعو", "ويدعى", "يسمى", "اسمه")
)
_NAME_WORDS: Final = 4
# "يشتبه في انتمائهم لحركة طالبان", "يعتقد أنهم من طالبان": who the people counted are
# thought to be, a few words, before the list of the dead goes on.
_SUSPECTED: Final = frozenset(
    normalize(w) for w in ("يشتبه", "المشتبه", "يعتقد", "ويشتبه", "ويعتقد")
)
_SUSPICION_WORDS: Final = 5


def _besides_before(tokens: list[Token], k: int) -> bool:
    """Whether "إلى جانب", "بالإضافة إلى" or "فضلا عن" joins the people at k to those
    counted before them, as و does."""
    if k < 2:
        return False
    first, second = tokens[k - 2], tokens[k - 1]
    return (second.key in _BESIDE and first.key in lx.TO) or (
        second.key in lx.TO | _FROM and not lx.BESIDES.isdisjoint(first.bare)
    )


def _besides_later(tokens: list[Token], i: int) -> int:
    """Where people joined by "فضلا عن", "إلى جانب" or "بالإضافة إلى" stand later than the
    casualty word at i, before any other ("مقتل ثلاثة من الحراس ... في الهجوم الذي
    وقع صباحا إضافة إلى خمسة مهاجمين"): the list may go on there (as far as the words
    between let it). -1 when none do."""
    for k in range(i + 1, len(tokens)):
        if casualty_kind(tokens[k]) is not None:
            return -1
        if _besides_before(tokens, k) and _count_at(tokens, k) is not None:
            return k
    return -1


_BESIDES_COUNT_WORDS: Final = 4  # "سبعة | من | المهاجمين", then the end


def _joined_to_a_pair_besides(tokens: list[Token], i: int) -> bool:
    """Whether the casualty word at i, joined by و, follows one of the other kind told
    after "إلى جانب" in its clause: "... إلى جانب مقتل 12 من مقاتلي الحركة وإصابة أكثر
    من 30 آخرين" adds the thirty too."""
    if not tokens[i].text.startswith("و"):
        return False
    for k in range(i - 1, max(1, i - _PAIR_REACH), -1):
        if tokens[k].key in lx.CLAUSE_OPENERS:
            return False
        if casualty_kind(tokens[k]) is not None:
            return casualty_kind(tokens[k]) != casualty_kind(tokens[i]) and _besides_before(
                tokens, k
            )
    return False


_PAIR_REACH: Final = 8  # "مقتل 12 من مقاتلي الحركة وإصابة"
_BESIDE: Final = frozenset(normalize(w) for w in ("جانب",))
_FROM: Final = frozenset(normalize(w) for w in ("عن",))


def _joined_person(token: Token, *, previous: Token | None = None) -> int | None:
    """2 for a dual person noun joined by و ("وجنديان"), 1 for a singular one ("وعميل",
    "ومترجما"). After a noun in the accusative singular (`previous`), the counted noun of
    a number from 11 to 99, a joined accusative singular is counted with it: "39 جنديا
    وضابطا" are 39 soldiers and officers, not one more."""
    if not token.text.startswith("و") or len(token.bare) < 2:
        return None
    if token.key in _AND_ANOTHER:
        return 1  # "قتل أجنبي وآخر أفغاني"; "أحدهما كندي والآخر بريطاني" names the two
    if token.key in _AND_TWO_OTHERS:
        return 2  # "لقي جنديان بريطانيان، وآخران أفغانيان، مصرعهم"
    forms = token.bare[1:]
    co_counted = previous is not None and previous.key.endswith("ا")
    # "جنديين أمريكيين ومترجمهما": one more, named with a possessive pronoun
    count = _people_of_noun(forms, lx.JOINED_SINGULAR if co_counted else _ONE_PERSON)
    if count == 2 and any(f.startswith("ال") for f in forms):
        # "14 فردا من حراس الأمن والسائقين": "the drivers", a plural as much as a dual,
        # named with the article among those counted; no two more
        return None
    return 1 if count == 2 and _TANWEEN_FATH in token.text else count


def _a_pair_spelt_after(tokens: list[Token], j: int) -> bool:
    """Whether a plural-looking noun joined by و is two, spelt after it ("ومدنيين
    اثنين", "وطفلين اثنين")."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text.startswith("و")
        and tokens[j].key.endswith(("ين", "ان"))
        and tokens[j + 1].key in _TWO_SPELT
    )


_AND_WITH_HIM: Final = frozenset(normalize(w) for w in ("ومعه", "ومعها", "وبرفقته", "وبرفقتها"))
_TWO_SPELT: Final = frozenset(normalize(w) for w in ("اثنين", "اثنان", "إثنين", "إثنان"))
_AND_ANOTHER: Final = frozenset(normalize(w) for w in ("وآخر", "وأخرى"))
_AND_TWO_OTHERS: Final = frozenset(normalize(w) for w in ("وآخران", "وأخريان"))


def _dual_in_construct(tokens: list[Token], j: int) -> bool:
    """ "حارسا أمن", "رجلا شرطة": a noun in -ا governing the body it serves is two of them,
    the dual in construct (its nun dropped); alone, or before anything else ("قتل رجلا",
    "جنديا أمريكيا", "وعنصراً في الشرطة"), it is one, in the accusative."""
    return (
        tokens[j].key.endswith("ا")
        and _TANWEEN_FATH not in tokens[j].text
        and j + 1 < len(tokens)
        and tokens[j + 1].start - tokens[j].end == 1
        and tokens[j + 1].key in _SERVED_BODIES
    )


# What a guard or a man in construct serves: "حارسا أمن", "رجلا الشرطة".
_SERVED_BODIES: Final = frozenset(
    normalize(w)
    for w in (
        *("أمن", "الأمن", "شرطة", "الشرطة", "حدود", "الحدود", "جيش", "الجيش", "مرور"),
        *("المرور", "مخابرات", "المخابرات", "استخبارات", "الاستخبارات", "إطفاء", "الإطفاء"),
    )
)
# "وعنصراً في الشرطة": the accusative of one, written with its tanween; without it the
# same letters may be a dual in construct ("حارسا أمن", two guards).
_TANWEEN_FATH: Final = "\u064b"


_POSSESSIVES: Final = ("هما", "هم", "ها", "ه")


def none_hurt(tokens: list[Token]) -> bool:
    """Whether the sentence says the event hurt no one (`none_hurt_words`)."""
    return none_hurt_words(tokens) is not None


def none_hurt_words(tokens: list[Token]) -> str | None:
    """The words that say the event hurt no one, as written: "لم يسفر عن إصابات", "لم يصب
    أحد", "دون وقوع ضحايا", "لم تسجل خسائر بشرية", "لا إصابات"; None when it says nothing
    of it. Words of knowing between the negation and the harm ("لم ترد أنباء عن إصابات",
    "لم يعرف عدد الضحايا") tell nothing yet, and so say nothing of it."""
    for k, tok in enumerate(tokens):
        # ("للحيلولة دون سقوط قتلى": to prevent deaths)
        if tok.key not in _NOT or (k > 0 and not _PREVENTING.isdisjoint(tokens[k - 1].bare)):
            continue
        for j in range(k + 1, min(k + 1 + _NONE_HURT_REACH, len(tokens))):
            word = tokens[j]
            if not lx.HARM.isdisjoint(word.bare) or (
                not _ANYONE.isdisjoint(word.bare) and tokens[j - 1].key in lx.HARM_VERBS
            ):
                if _of_some_only([t.key for t in tokens[j + 1 : j + 3]]):
                    return None
                return " ".join(t.text for t in tokens[k : j + 1])
            if (
                word.key not in _NO_HARM_LINKS
                and word.key not in lx.HARM_VERBS
                # "لم يسفر الهجوم عن وقوع قتلى": the event, subject of the verb of harm
                and not (
                    tokens[j - 1].key in lx.HARM_VERBS and not lx.EVENT_NOUNS.isdisjoint(word.bare)
                )
            ):
                break
    return None


def _harm_denied(tokens: list[Token], i: int) -> bool:
    """Whether the harm word at i is denied: a negation before it with only the words
    that link it to its verb between ("دون أن يؤدي ذلك إلى إصابات", "لم يسفر عن إصابات").
    Whoever stands after it is no one hurt ("حسب مسؤول": the source)."""
    for k in range(i - 1, max(-1, i - 1 - _NONE_HURT_REACH), -1):
        key = tokens[k].key
        if key in _NOT:
            return not (k > 0 and not _PREVENTING.isdisjoint(tokens[k - 1].bare))
        if key not in _NO_HARM_LINKS and key not in lx.HARM_VERBS:
            return False
    return False


def _of_some_only(after: list[str]) -> bool:
    """Whether the words after a harm denied narrow it to others or to one side ("لم يصب
    أحد آخر", "ضحايا آخرين", "جرحى من المدنيين", "في صفوف المدنيين"): none of them, not
    no one."""
    if not after:
        return False
    return (
        after[0] in lx.OTHERS
        or after[0] in lx.ANOTHER
        or after[0] in _OF_A_SIDE
        or after[1:] == [_RANKS]
        # "عدم إصابة أي مدني": anyone of a kind ("أي شخص" is anyone at all)
        or (after[0] in _ANY and len(after) > 1 and after[1] not in _ANYONE_AT_ALL)
    )


_ANY: Final = frozenset(normalize(w) for w in ("أي", "اي"))
_ANYONE_AT_ALL: Final = frozenset(normalize(w) for w in ("شخص", "أحد", "احد", "أشخاص", "إنسان"))


# ("مؤكدة عدم سقوط ضحايا": the noun of negation, "the absence of")
_NOT: Final = frozenset(
    normalize(w) for w in ("لم", "ولم", "فلم", "لا", "دون", "بدون", "ودون", "عدم", "وعدم")
)
# "أحد" after a verb of harm ("لم يصب أحد")
_ANYONE: Final = frozenset(normalize(w) for w in ("أحد", "احد", "أحدا", "احدا"))
_NO_HARM_LINKS: Final = frozenset(
    normalize(w)
    for w in (
        *("عن", "إلى", "الى", "وقوع", "سقوط", "أي", "اي", "أن", "ان"),
        # the event told as "that" ("دون أن يؤدي ذلك إلى إصابات"); "في" of "يتسبب في"
        *("ذلك", "في"),
        # "لا يوجد قتلى أو مصابون"
        *("يوجد", "توجد", "هناك"),
    )
)
_NONE_HURT_REACH: Final = 5
_OF_A_SIDE: Final = frozenset(normalize(w) for w in ("من", "بين", "وسط"))
_RANKS: Final = normalize("صفوف")  # "في صفوف المدنيين"
_PREVENTING: Final = frozenset(
    normalize(w) for w in ("الحيلولة", "للحيلولة", "حيلولة", "يحول", "تحول", "حال")
)
