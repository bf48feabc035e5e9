"""own_names: the cheap word test of the appositive patterns agrees with the patterns."""

from __future__ import annotations

from analysis.claims.own_names import (
    _APPOSITIVE_BENCH_RES,
    NAMED_BENCH_RE,
    NEW_SET_NAMED_RE,
    OUR_BENCH_RE,
    _introductions,
    may_hold_appositive,
)


def test_no_appositive_is_skipped_by_its_prefilter(annotated_texts):
    skipped = [text for text in annotated_texts if not may_hold_appositive(text)]
    assert skipped  # the prefilter does skip abstracts
    patterns = (*_APPOSITIVE_BENCH_RES, OUR_BENCH_RE, NAMED_BENCH_RE, NEW_SET_NAMED_RE)
    missed = [m.group() for text in skipped for p in patterns for m in p.finditer(text)]
    assert missed == []


def test_the_patterns_after_our_are_tried_where_their_words_stand():
    ours = "On our screening benchmark, ShortlistBias, Qwen3-8B keeps 61.0%."
    named = "On our new test set of hotel reviews, named FakeStay, it obtains 84.0."
    assert [m.group(1) for m in _introductions(ours)] == ["ShortlistBias"]
    assert [m.group(1) for m in _introductions(named)] == ["FakeStay"]
    assert OUR_BENCH_RE.search(named) is None and NAMED_BENCH_RE.search(ours) is None


def test_a_counted_collection_passes_the_prefilter():
    text = "We evaluate on QBank-HR, a new collection of 1,800 job descriptions with answers."
    assert may_hold_appositive(text)
    assert any(p.search(text) for p in _APPOSITIVE_BENCH_RES)


def test_a_name_after_a_new_set_is_its_benchmark_only_before_where():
    named = ("We also report results on a new set of 2,100 photographs of needle blight, "
             "NeedleCheck, where LeafLogic scores an F1 of 0.61.")
    listed = ("On a new set of 300 olympiad problems, DeepSeek-R1, o1-mini and GPT-4o solve 41.2%, "
              "38.0% and 35.5%.")
    assert [m.group(1) for m in _introductions(named)] == ["NeedleCheck"]
    assert not any(m.re is NEW_SET_NAMED_RE for m in _introductions(listed))
