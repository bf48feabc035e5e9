"""Tests of analysis/corpus.py on the fixture corpus (counts checked by hand)."""

from __future__ import annotations

import pandas as pd
from workspace import FIXTURE_CORPUS

from analysis.corpus import describe as corpus
from analysis.corpus.ingest import load_corpus


def test_counts_on_fixture_corpus():
    papers = load_corpus(FIXTURE_CORPUS)
    per_source = corpus.papers_per_source(papers).set_index("source")
    assert per_source.loc["100_blocks.txt", "papers"] == 2
    assert per_source.loc["101_alternating.txt", "shared"] == 1
    months = corpus.papers_per_month(papers)
    assert months["papers"].sum() == 2  # only the block page has dates
    assert corpus.corpus_summary(papers) == "5 papers from 3 pages, Sep 2025 to Mar 2026"


def test_mentions_are_case_sensitive_whole_words():
    papers = pd.DataFrame({"title": ["a", "b", "c"], "abstract": [
        "We report MATH-500 and GSM8K.", "math is fun; GSM8Kx is not a benchmark",
        "MATH benchmark"]})
    names = pd.DataFrame({"name": ["MATH-500", "GSM8K", "MATH"],
                          "aliases": ["Math500;MATH 500", "", ""]})
    counts = corpus.mention_counts(papers, names, name_col="name", alias_col="aliases")
    assert dict(zip(counts["name"], counts["papers"], strict=True)) == {
        "GSM8K": 1, "MATH": 1, "MATH-500": 1}
