"""Tests of analysis/stats/size_origins.py on a synthetic observation table."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.stats.size_origins import (
    ALL_CLAIMS,
    ORIGIN,
    ORIGIN_LABELS,
    SELECTED,
    TOTAL,
    claim_size_origins,
    coverage_sentence,
    named_score_coverage,
)

# A claim the default scaling selection keeps; each row below changes what it names.
KEPT = {"scope": "named", "kind": "absolute", "metric": "accuracy", "role": "proposed",
        "domain": "math", "modality": "text", "value_qualifier": "", "system": False,
        "uncertain": False, "params": 7e9, "n_items": 500, "score": 50.0}
ROWS = [
    ("registry", {}),
    ("registry", {}),
    ("registry", {"scope": "aggregate"}),  # not a named benchmark: left out of the selection
    ("curated base", {"modality": "image"}),  # not a text benchmark
    ("base in abstract", {}),
    ("name", {"system": True}),  # a system of several models
    ("name", {}),
    ("missing", {"params": None}),
    ("missing", {"params": None}),
]


def _observations() -> pd.DataFrame:
    rows = [{**KEPT, **change, "params_origin": origin, "claim_id": f"c{i}"}
            for i, (origin, change) in enumerate(ROWS)]
    return pd.DataFrame(rows)


def test_claims_are_counted_by_size_origin_over_all_and_over_the_selection():
    table = claim_size_origins(_observations())
    counts = {row[ORIGIN]: (row[ALL_CLAIMS], row[SELECTED]) for _, row in table.iterrows()}
    assert counts == {ORIGIN_LABELS["registry"]: (3, 2), ORIGIN_LABELS["curated base"]: (1, 0),
                      ORIGIN_LABELS["base in abstract"]: (1, 1), ORIGIN_LABELS["name"]: (2, 1),
                      ORIGIN_LABELS["missing"]: (2, 0), TOTAL: (9, 4)}
    assert list(table[ORIGIN]) == [*ORIGIN_LABELS.values(), TOTAL]


COVERED = {"kind": "absolute", "scope": "named", "reasoning": True, "modality": "text",
           "params_total": 7e9, "system_params_total": None, "n_items": 500, "model": "M",
           "benchmark": "GSM8K", "value": 50.0, "name_decision": ""}
COVERAGE_ROWS = [
    {},
    {"params_total": None, "system_params_total": 1.4e10},  # a system: its parts summed
    {"params_total": None},  # no size
    {"params_total": None, "n_items": None},  # neither
    {"n_items": None},  # no item count
    {"kind": "delta", "params_total": None},  # not a score: not counted at all
    {"scope": "aggregate", "params_total": None},  # an average: not a named benchmark
    {"reasoning": False, "params_total": None},  # audio, text-to-SQL, ...
    {"modality": "image", "params_total": None},
]


def test_coverage_counts_named_text_reasoning_scores_with_size_and_item_count():
    rows = pd.DataFrame([{**COVERED, **change, "claim_id": f"c{i}"}
                         for i, change in enumerate(COVERAGE_ROWS)])
    coverage = named_score_coverage(rows)
    assert list(coverage["claim_id"]) == ["c0", "c1", "c2", "c3", "c4"]
    assert list(coverage["lacks"]) == ["", "", "a parameter count",
                                       "a parameter count and an item count", "an item count"]
    assert coverage_sentence(coverage) == (
        "2 of 5 absolute claims on named text-reasoning benchmarks (40%) carry a parameter "
        "count and an item count; of the other 3, 1 lacks a parameter count; 1 lacks a "
        "parameter count and an item count; 1 lacks an item count.")
    assert coverage_sentence(coverage.iloc[:2]).endswith("(100%) carry a parameter count and "
                                                         "an item count.")
    assert coverage_sentence(coverage.iloc[:0]).startswith("No absolute claim")


@pytest.mark.slow
def test_on_the_real_corpus_at_least_85_percent_of_named_scores_are_analysable(built_site):
    """Issue 11's floor, on the build of the repository's pages and curation."""
    observations = pd.read_csv(built_site.root / "derived" / "observations.csv")
    coverage = named_score_coverage(observations)
    assert len(coverage) >= 60
    assert (coverage["lacks"] == "").mean() >= 0.85, coverage_sentence(coverage)
    # every score without a size is either undecided (a name the registry has without a
    # size, or no name) or carries a recorded decision saying why
    unsized = coverage[coverage["lacks"].str.contains("parameter count")]
    decided = unsized["name_decision"].fillna("").isin(["system", "size-unknown", "ambiguous",
                                                         "not-a-model", ""])
    assert decided.all(), unsized[~decided]
