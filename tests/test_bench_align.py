"""The benchmark's pairing of predictions with gold lines, on gold written by hand.

Gold files written for held-out sets sometimes give `evidence` as one bare string instead of
a list; the pairing must read it as one sentence, not as its letters.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py)

FIRST = "قتل جنديان في تحطم مروحية شرق البلاد."
SECOND = "وفي ولاية خوست قتل ستة عشر مسلحا في عملية مشتركة."
THIRD = "وفي ولاية كابيسا قتل مسلح في اشتباك."


def _pred(sentence: str) -> SimpleNamespace:
    return SimpleNamespace(sentence=sentence)


def test_bare_string_evidence_pairs_each_prediction_with_its_own_gold():
    golds = [
        {"id": "a-1", "evidence": FIRST, "optional": True},
        {"id": "a-2", "evidence": SECOND},
        {"id": "a-3", "evidence": THIRD},
    ]
    preds = [_pred(FIRST), _pred(SECOND), _pred(THIRD)]
    assert corpus.align(golds, preds) == {0: 0, 1: 1, 2: 2}


def test_bare_string_and_list_evidence_read_alike():
    as_list = {"evidence": [SECOND], "mentions": [THIRD]}
    as_string = {"evidence": SECOND, "mentions": THIRD}
    assert corpus.sentences_of(as_string, "evidence") == corpus.sentences_of(as_list, "evidence")
    assert corpus.sentences_of(as_string, "mentions") == [THIRD]
    assert corpus.sentences_of({}, "mentions") == []


def test_two_events_of_one_lead_pair_by_the_follow_ups_each_prediction_holds():
    lead = "قتل جنديان في انفجار في الجنوب، فيما قتل ثمانية في قصف في ولاية باكتيا."
    follow_up = "وقال المتحدث باسم حاكم باكتيا إن ثمانية من أسرة واحدة قتلوا في القصف."
    text = lead + " " + follow_up
    at = text.index(follow_up)
    golds = [
        {"id": "b-1", "evidence": [lead], "optional": True},
        {"id": "b-2", "evidence": [lead], "mentions": [lead, follow_up]},
    ]
    first, second = lead.split("، ")
    preds = [
        SimpleNamespace(sentence=first, more=[]),
        SimpleNamespace(sentence=second, more=[(at, at + len(follow_up))]),
    ]
    assert corpus.align(golds, preds, text=text) == {1: 1, 0: 0}


def test_a_prediction_whose_follow_ups_tell_another_gold_yields_the_shared_lead():
    # Both predictions start inside the lead the two golds share; the first one's
    # follow-up is the optional gold's own sentence, so the required gold takes the second.
    lead = "قتل جندي في انفجار في الجنوب، فيما أصيب ثلاثة مدنيين في انفجار في مدينة فرح."
    aside = "ولم تكشف القوة عن مكان الحادث الذي قتل فيه الجندي."
    text = lead + " " + aside
    at = text.index(aside)
    golds = [
        {"id": "c-1", "evidence": [lead, aside], "optional": True},
        {"id": "c-2", "evidence": [lead]},
    ]
    first, second = lead.split("، ")
    preds = [
        SimpleNamespace(sentence=first, more=[(at, at + len(aside))]),
        SimpleNamespace(sentence=second, more=[]),
    ]
    assert corpus.align(golds, preds, text=text) == {1: 1, 0: 0}


def test_the_pakistani_taliban_spelt_several_ways_are_one_claimant():
    assert corpus.same_group("Pakistani Taliban", "Tehrik-e-Taliban Pakistan")
    assert corpus.same_group("Pakistani Taliban", "Pakistani Taliban (TTP)")
    assert corpus.same_group(None, None)
    assert not corpus.same_group("Taliban", "Tehrik-i-Taliban Pakistan")
    assert not corpus.same_group(None, "Taliban")
