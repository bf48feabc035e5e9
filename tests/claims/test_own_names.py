"""own_names: the cheap word test of the appositive patterns agrees with the patterns."""

from __future__ import annotations

from pathlib import Path

from analysis.claims.own_names import (
    _APPOSITIVE_BENCH_RES,
    NAMED_BENCH_RE,
    OUR_BENCH_RE,
    _introductions,
    may_hold_appositive,
)
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _abstracts() -> list[str]:
    corpora = sorted(FIXTURES.glob("*/corpus"))
    assert len(corpora) > 200  # every annotated set, synthetic and real
    frames = [load_corpus(path) for path in corpora] + [load_corpus(RAW_DIR)]
    return [text for frame in frames for text in frame["abstract"]]


def test_no_appositive_is_skipped_by_its_prefilter():
    skipped = [text for text in _abstracts() if not may_hold_appositive(text)]
    assert skipped  # the prefilter does skip abstracts
    patterns = (*_APPOSITIVE_BENCH_RES, OUR_BENCH_RE, NAMED_BENCH_RE)
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
