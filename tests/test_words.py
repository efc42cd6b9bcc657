"""Phrase lookup over a sentence's words (incidents.words)."""

from __future__ import annotations

from incidents.tokens import tokenize
from incidents.words import a_span_after, all_forms, contains, has


def test_a_phrase_is_found_after_a_joining_wa_on_its_first_word():
    # "وتصاعد التوتر": the phrase "تصاعد التوتر", its article kept
    words = all_forms(tokenize("وتصاعد التوتر بين الجارتين."))
    assert contains(words, ("تصاعد التوتر",)) == ["تصاعد التوتر"]
    assert has(words, ("تصاعد التوتر",))


def test_a_phrase_still_needs_its_words_in_sequence():
    words = all_forms(tokenize("وتصاعد القتال ثم التوتر."))
    assert not has(words, ("تصاعد التوتر",))


def test_a_definite_word_joined_by_wa_is_read_without_it_among_the_keys():
    from incidents import lexicon as lx
    from incidents.words import keys_only

    # "والضربة الجوية" names the strike told before, as "الضربة الجوية" does
    assert contains(keys_only(tokenize("والضربة الجوية كانت الأحدث")), lx.BACK_REFERENCES)
    # an indefinite word stays as written: "ومعركة" is no back-reference
    assert not contains(keys_only(tokenize("ومعركة أخرى")), lx.BACK_REFERENCES)


def test_a_definite_word_after_a_glued_preposition_is_read_without_it_among_the_keys():
    from incidents import lexicon as lx
    from incidents.words import keys_only

    for text in ("أصيبت امرأة بالهجوم", "تعرضت للهجوم", "وبالهجوم نفسه", "وللهجوم"):
        assert contains(keys_only(tokenize(text)), lx.BACK_REFERENCES), text
    assert not contains(keys_only(tokenize("تعرضت لهجوم")), lx.BACK_REFERENCES)


def test_a_word_whose_article_lam_swallowed_is_read_with_it():
    # "للمجاهدين" is "ل" + "المجاهدين"
    words = all_forms(tokenize("وفي هجوم آخر للمجاهدين على مواقع العدو"))
    assert contains(words, ("المجاهدين",)) == ["المجاهدين"]


def test_a_span_after_another_event_opens_at_its_word_of_after():
    tokens = tokenize("ووقع الانفجار بعد يومين من هجوم على المطار")
    assert [k for k in range(len(tokens)) if a_span_after(tokens, k)] == [2]
    # a span with no event counted from ("بعد يومين"), or no span ("بعد الهجوم")
    assert not any(a_span_after(tokenize("وصل بعد يومين"), k) for k in range(3))
    assert not any(a_span_after(tokenize("بعد الهجوم من جديد"), k) for k in range(4))


def test_no_reading_after_the_article_opens_as_an_imperfect_verb():
    # "آليتهم" (their vehicle) is no "يتهم" (accuses)
    assert "يتهم" not in tokenize("آليتهم")[0].bare
    # a noun in "ت" after the article keeps its reading
    assert "تفجير" in tokenize("التفجير")[0].bare
