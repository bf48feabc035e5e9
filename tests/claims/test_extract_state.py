"""The fast paths of extraction keep its output: no state across abstracts or calls."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims.extract import (
    MAX_NUMBERS_PER_SENTENCE,
    explain,
    extract_claims,
    extract_facts,
    extract_tables,
)
from analysis.claims.facts import paper_facts
from analysis.claims.names import PLAIN_WORD_RE, SCAN_RE, TOKEN_RE
from analysis.claims.text import SpanSet, may_hold_numbers
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.dev.synthetic import papers_table, synthetic_papers

SYNTHETIC_N = 200  # abstracts resampled on top of the real corpus
SEED = 7


@pytest.fixture(scope="module")
def papers() -> pd.DataFrame:
    real = load_corpus(RAW_DIR)
    rng = np.random.default_rng(SEED)
    synthetic = papers_table(synthetic_papers(real, SYNTHETIC_N, rng=rng), rng=rng)
    return pd.concat([real, synthetic], ignore_index=True)


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


def _both(papers: pd.DataFrame, benchmarks: pd.DataFrame) -> tuple[str, str]:
    return (extract_claims(papers, benchmarks=benchmarks).to_csv(),
            extract_facts(papers).to_csv())


def test_extracting_twice_gives_the_same_tables(papers, benchmarks):
    first = _both(papers, benchmarks)
    second = _both(papers, benchmarks)
    assert first == second
    assert first[0].count("\n") > 100  # the corpus does yield claims to compare


def test_extracting_halves_equals_extracting_the_whole(papers, benchmarks):
    half = len(papers) // 2
    parts = [papers.iloc[:half], papers.iloc[half:]]
    whole_claims = extract_claims(papers, benchmarks=benchmarks)
    whole_facts = extract_facts(papers)
    # Second half first: a cache filled by one part must not change the other's output.
    claims = [extract_claims(p, benchmarks=benchmarks) for p in reversed(parts)][::-1]
    facts = [extract_facts(p) for p in reversed(parts)][::-1]
    joined_claims = pd.concat(claims, ignore_index=True)
    joined_facts = pd.concat(facts, ignore_index=True)
    assert joined_claims.to_csv() == whole_claims.to_csv()
    assert joined_facts.to_csv() == whole_facts.to_csv()


def test_one_pass_gives_the_tables_of_the_two_passes(papers, benchmarks):
    blank = pd.DataFrame({"paper_id": ["b1", "b2"], "title": ["T", "U"],
                          "abstract": ["   ", float("nan")]})
    papers = pd.concat([papers, blank], ignore_index=True)
    claims, facts = extract_tables(papers, benchmarks=benchmarks)
    assert (claims.to_csv(), facts.to_csv()) == _both(papers, benchmarks)
    assert len(facts) > 10


def test_abstracts_without_a_number_are_skipped_only_when_reading_finds_nothing(papers,
                                                                               benchmarks):
    # The extractors skip an abstract may_hold_numbers rejects: reading it in full must find
    # no number, no claim and no fact (the real corpus has dozens of such abstracts).
    skipped = papers[[not may_hold_numbers(a) for a in papers["abstract"]]]
    assert len(skipped) >= 20
    for title, abstract in zip(skipped["title"], skipped["abstract"], strict=True):
        reading = explain(title, abstract, benchmarks=benchmarks)
        assert (reading.numbers, reading.claims) == ([], []), title
        assert paper_facts("p", abstract, [], reading.models) == [], title
    # A change written in words has no digit, and is read.
    worded = "FooRL improves accuracy on GSM8K by ten points over the base model."
    assert may_hold_numbers(worded)
    frame = pd.DataFrame({"paper_id": ["w"], "title": ["T"], "abstract": [worded]})
    assert extract_claims(frame, benchmarks=benchmarks)["value"].tolist() == [10.0]


def _scanned_tokens(text: str) -> list[tuple[int, str]]:
    out = []
    for m in SCAN_RE.finditer(text):
        if m.group("plain") is not None:
            out += [(w.start(), w.group()) for w in PLAIN_WORD_RE.finditer(text, *m.span())]
        else:
            out.append((m.start(), m.group()))
    return out


def test_run_scanner_finds_the_tokens_of_the_token_pattern(papers):
    for text in list(papers["abstract"]) + list(papers["title"]):
        assert _scanned_tokens(text) == [(m.start(), m.group()) for m in TOKEN_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbz09 .+-:$^_é,;()\nΔ%ſK", max_size=40))
def test_run_scanner_on_odd_text(text):
    assert _scanned_tokens(text) == [(m.start(), m.group()) for m in TOKEN_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=12),
       st.integers(0, 60), st.integers(0, 20))
def test_span_set_overlap_equals_a_scan(raw, lo, width):
    spans = [(a, a + w) for a, w in raw]
    hi = lo + width
    assert SpanSet(spans).overlaps(lo, hi) == any(a < hi and lo < b for a, b in spans)


def test_a_sentence_skipped_for_its_numbers_still_comes_before_the_next(benchmarks):
    """A dumped table (over MAX_NUMBERS_PER_SENTENCE numbers) is read as no claims, but it is
    still the sentence the next one follows: "It also reaches 44.0%" after it takes no
    benchmark from the sentence before the table."""
    grid = ", ".join(f"{i + 0.5}" for i in range(MAX_NUMBERS_PER_SENTENCE + 1))
    abstract = (f"Sparrow-7B reaches 61.2% on GSM8K. The raw grid is {grid}. "
                "It also reaches 44.0%.")
    claims = extract_claims(pd.DataFrame([{"paper_id": "p", "title": "T", "abstract": abstract}]),
                            benchmarks=benchmarks)
    assert list(claims["value"]) == [61.2]
    assert list(claims["benchmark"]) == ["GSM8K"]
