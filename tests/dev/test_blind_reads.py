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
    variant_agreements,
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
    reads = pd.DataFrame([["a", "f1", "c1", 5, 10, 9, 8, 4, 3, 6, 6, 3, 2, 1],
                          ["b", "f2", "c2", 6, 20, 19, 18, 6, 6, 10, 9, 9, 9, 0]], columns=COLUMNS)
    rates = pooled_rates(reads).set_index("rate")
    assert rates.loc["score precision", "count"] == "26 of 28"
    assert rates.loc["score recall", "value"] == pytest.approx(26 / 30)
    assert rates.loc["change precision", "value"] == pytest.approx(9 / 10)
    assert rates.loc["precision of scores not flagged uncertain", "count"] == "15 of 16"
    assert rates.loc["precision of scores flagged uncertain", "count"] == "11 of 12"
    assert rates.loc["score precision, a variant's name agreeing", "count"] == "27 of 28"
    assert rates.loc["score recall, a variant's name agreeing", "count"] == "27 of 30"


def test_a_variant_of_the_gold_benchmark_pairs_one_to_one_with_its_miss():
    benchmarks = load_benchmarks()
    gold = pd.DataFrame({"title": ["P", "P", "P"], "kind": ["absolute"] * 3,
                         "benchmark": ["CRUXEval", "MGSM", "GSM8K"], "value": [61.4, 40.0, 70.0]})
    found = pd.DataFrame({"title": ["P", "P", "P", "P", "Q"], "kind": ["absolute"] * 5,
                          "benchmark": ["CRUXEval-O", "CRUXEval-I", "MGSM-Swahili", "MATH-500",
                                        "CRUXEval-O"],
                          "value": [61.4, 61.4, 40.03, 70.0, 61.4]})
    named = {"false_negatives": gold, "false_positives": found}
    # CRUXEval-O pairs with CRUXEval (CRUXEval-I, same value, finds it taken), MGSM-Swahili with
    # MGSM (within tolerance); MATH-500 is no variant of GSM8K; paper Q has no miss
    assert variant_agreements(named, benchmarks=benchmarks) == 2


def test_every_blind_set_is_a_committed_fixture_with_a_commit():
    folders = [folder for folder, *_ in BLIND_READS]
    assert len(set(folders)) == len(folders) >= 80  # sessions 5 and 6 read 20, 7 to 14 more
    for folder, letter, commit, session in BLIND_READS:
        assert (FIXTURES / folder / "corpus").is_dir()
        assert list((FIXTURES / folder).glob(f"{letter}_claims.csv")), folder
        assert len(commit) == 7 and session in range(5, 42)


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
