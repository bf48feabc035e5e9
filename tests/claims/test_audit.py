"""Tests of analysis/claims/audit.py: one model and benchmark reported differently by papers."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.claims.audit import comparable, consistency_audit
from analysis.claims.extract import extract_claims
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


def claim(cid: str, paper: str, score: float, **extra: object) -> dict:
    """One extracted claim: an absolute, plain score of DeepSeek-R1 on AIME-2024 unless told."""
    row = {"claim_id": cid, "paper_id": paper, "title": f"title {paper}", "model": "DeepSeek-R1",
           "model_id": "DeepSeek-R1", "benchmark": "AIME-2024", "metric": "pass@1",
           "kind": "absolute", "value": score, "value_low": math.nan, "value_high": math.nan,
           "role": "reference", "quote": f"quote {cid}", "rule": "score/after/subject",
           "uncertain_reason": ""}
    row.update(extra)
    return row


def pairs(rows: list[dict], benchmarks: pd.DataFrame, **kwargs: object) -> set[tuple[str, str]]:
    audit = consistency_audit(pd.DataFrame(rows), tolerance=1.0, benchmarks=benchmarks, **kwargs)
    return set(zip(audit["claim_a"], audit["claim_b"], strict=True))


def test_pairs_beyond_tolerance_from_different_papers(benchmarks):
    rows = [
        claim("c0", "pA", 79.8),
        claim("c1", "pB", 72.6, model="deepseek r1"),  # same registry id: compared
        claim("c2", "pC", 79.5, model="Deepseek-R1", model_id=""),  # own key; within tolerance
        claim("c3", "pA", 3.0, kind="delta"),
        claim("c4", "pA", 97.3, benchmark="MATH-500"),
        claim("c5", "pB", 79.0),  # within tolerance of c0
    ]
    audit = consistency_audit(pd.DataFrame(rows), tolerance=1.0, benchmarks=benchmarks)
    assert set(zip(audit["claim_a"], audit["claim_b"], strict=True)) == {("c0", "c1")}
    assert audit["difference"].iloc[0] == pytest.approx(79.8 - 72.6)


def test_before_after_pair_is_not_compared_with_another_paper(benchmarks):
    # The false positive: "from 36.46% to 81.88% for Mistral-7B" (paper B) against
    # another paper's plain score of Mistral-7B (paper A).
    mistral = {"model": "Mistral-7B", "model_id": "Mistral-7B", "benchmark": "GSM8K",
               "metric": "accuracy"}
    rows = [claim("plain", "pA", 50.0, **mistral),
            claim("from", "pB", 36.46, role="baseline", rule="from-to/sentence/for-model",
                  **mistral),
            claim("to", "pB", 81.88, role="proposed", rule="from-to/sentence/for-model",
                  **mistral)]
    assert pairs(rows, benchmarks) == set()
    # the same values written as plain scores are an inconsistency
    plain = [{**r, "rule": "score/after/subject", "quote": f"q {r['claim_id']}"} for r in rows]
    assert pairs(plain, benchmarks) == {("plain", "from"), ("plain", "to")}


def test_pair_id_marks_both_ends(benchmarks):
    rows = [claim("plain", "pA", 50.0), claim("end", "pB", 60.0, pair_id="p1"),
            claim("other", "pC", 70.0, pair_id="")]
    assert pairs(rows, benchmarks) == {("plain", "other")}


def test_baseline_inside_a_before_after_sentence_is_left_out(benchmarks):
    sentence = "X scores 40.0 and, with our method, 55.0 on AIME 2024."
    rows = [claim("plain", "pA", 70.0),
            claim("before", "pB", 40.0, role="baseline", quote=sentence),
            claim("after", "pB", 55.0, role="proposed", quote=sentence)]
    # the after-score is a (proposed) score of the model; the baseline inside the pair is not
    assert pairs(rows, benchmarks) == {("plain", "after")}


def test_control_three_plain_scores_make_three_pairs(benchmarks):
    rows = [claim("plain", "pA", 80.0), claim("odd", "pB", 50.0), claim("plain2", "pC", 60.0)]
    assert pairs(rows, benchmarks) == {("plain", "odd"), ("plain", "plain2"), ("odd", "plain2")}


@pytest.mark.parametrize("extra", [
    {"uncertain_reason": "bound:lower"},  # "over 50%"
    {"uncertain_reason": "model-inferred; bound:approx"},  # "about 50%"
    {"value_qualifier": "over"},
    {"value": math.nan, "value_low": 40.0, "value_high": 50.0},  # a range
    {"kind": "delta"},
])
def test_bounds_ranges_and_changes_are_not_compared(benchmarks, extra):
    rows = [claim("plain", "pA", 80.0), claim("odd", "pB", 50.0, **extra),
            claim("plain2", "pC", 60.0)]
    assert pairs(rows, benchmarks) == {("plain", "plain2")}


@pytest.mark.parametrize("extra", [
    {"benchmark": "AVERAGE"},  # aggregate pseudo benchmark
    {"benchmark": "MATH-DOMAIN"},
    {"benchmark": "DRUG-APPROVAL-PREDICTION-DOMAIN"},  # a domain label the table does not list
    {"benchmark": ""},
    {"model": "1.5B model", "model_id": ""},  # a size names no model: two papers, two models
    {"model": "1.3B generation model + 1.3B verifier model", "model_id": ""},
    {"model": "", "model_id": ""},
])
def test_aggregates_and_unnamed_models_are_not_compared(benchmarks, extra):
    rows = [claim("a", "pA", 80.0, **extra), claim("b", "pB", 50.0, **extra)]
    assert pairs(rows, benchmarks) == set()


def test_condition_column_separates_settings(benchmarks):
    rows = [claim("a", "pA", 80.0, condition="maj@64"), claim("b", "pB", 50.0, condition=""),
            claim("c", "pC", 60.0, condition="")]
    assert pairs(rows, benchmarks) == {("b", "c")}


def test_comparable_keeps_a_plain_named_single_model_score(benchmarks):
    frame = pd.DataFrame([claim("a", "pA", 80.0)])
    assert comparable(frame, benchmarks).tolist() == [True]


def test_corpus_audit_has_no_before_after_or_bound_pairs(benchmarks):
    claims = extract_claims(load_corpus(RAW_DIR), benchmarks=benchmarks)
    absolute = claims[claims["kind"] == "absolute"]
    unlike = absolute[absolute["rule"].str.startswith("from-to")
                      | absolute["uncertain_reason"].str.contains("bound:")]
    if unlike.empty:
        pytest.skip("the extractor wrote no from-to or bounded absolute claim")
    audit = consistency_audit(claims, benchmarks=benchmarks)
    assert not set(audit["claim_a"]) & set(unlike["claim_id"])
    assert not set(audit["claim_b"]) & set(unlike["claim_id"])


def test_a_score_on_a_part_of_the_benchmark_is_not_compared_with_the_whole(benchmarks):
    # "41.0 on the hard subset of AIME 2024" is no AIME-2024 score to set against one
    rows = [claim("whole", "pA", 80.0), claim("part", "pB", 41.0, benchmark_part="hard"),
            claim("whole2", "pC", 60.0, benchmark_part="")]
    assert pairs(rows, benchmarks) == {("whole", "whole2")}
