"""Tests of analysis/dev/blind_reads.py: the interval, the pooling, one read run for real."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import config
from analysis.claims.extract import extract_claims
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.dev.blind_reads import (
    BLIND_READS,
    COLUMNS,
    FIXTURES,
    pooled_rates,
    run_blind_reads,
    score_read,
    wilson,
)

TOL = 1e-4


def test_wilson_interval_matches_the_textbook_values():
    # 5 of 10: 0.2366 to 0.7634; 0 of 10: 0 to 0.2775 (Wilson 1927; Newcombe 1998, table I)
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=TOL)
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=TOL)
    low, high = wilson(587, 605)
    assert low < 587 / 605 < high
    assert all(math.isnan(x) for x in wilson(0, 0))


def test_pooled_rates_sum_the_reads():
    reads = pd.DataFrame([["a", "f1", "c1", 5, 10, 9, 8, 4, 3, 6, 6, 3, 2],
                          ["b", "f2", "c2", 6, 20, 19, 18, 6, 6, 10, 9, 9, 9]], columns=COLUMNS)
    rates = pooled_rates(reads).set_index("rate")
    assert rates.loc["score precision", "count"] == "26 of 28"
    assert rates.loc["score recall", "value"] == pytest.approx(26 / 30)
    assert rates.loc["change precision", "value"] == pytest.approx(9 / 10)
    assert rates.loc["precision of scores not flagged uncertain", "count"] == "15 of 16"
    assert rates.loc["precision of scores flagged uncertain", "count"] == "11 of 12"


def test_every_blind_set_is_a_committed_fixture_with_a_commit():
    folders = [folder for folder, *_ in BLIND_READS]
    assert len(set(folders)) == len(folders) >= 40  # sessions 5 and 6 read 20, 7 and 8 more
    for folder, letter, commit, session in BLIND_READS:
        assert (FIXTURES / folder / "corpus").is_dir()
        assert list((FIXTURES / folder).glob(f"{letter}_claims.csv")), folder
        assert len(commit) == 7 and session in (5, 6, 7, 8)


@pytest.mark.slow
def test_a_read_run_in_a_child_scores_as_the_extractor_in_this_process():
    folder = "holdout20"
    reads = run_blind_reads(((folder, "v", "current", 6),), sources={"current": config.PROJ_ROOT})
    benchmarks = load_benchmarks()
    here = extract_claims(load_corpus(FIXTURES / folder / "corpus"), benchmarks=benchmarks)
    expected = score_read(here, FIXTURES / folder, benchmarks=benchmarks)
    row = reads.iloc[0]
    assert {k: int(row[k]) for k in expected} == expected
    assert expected["found"] > 0 and expected["certain_found"] + expected["uncertain_found"] \
        == expected["found"]
