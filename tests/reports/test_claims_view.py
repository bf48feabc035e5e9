"""Tests of analysis/reports/claims_view.py: named benchmarks and aggregates counted apart."""

from __future__ import annotations

import pandas as pd

from analysis.reports import claims_view


def claims() -> pd.DataFrame:
    rows = [("c1", "p1", "GSM8K", "absolute", "named"), ("c2", "p1", "GSM8K", "delta", "named"),
            ("c3", "p2", "MATH", "absolute", "named"),
            ("c4", "p2", "AVERAGE", "delta", "aggregate"),
            ("c5", "p3", "AVERAGE", "delta", "aggregate"),
            ("c6", "p3", "AVERAGE", "absolute", "aggregate"),
            ("c7", "p3", "MATH-DOMAIN", "delta", "")]
    return pd.DataFrame(rows, columns=["claim_id", "paper_id", "benchmark", "kind", "scope"])


REGISTRY = pd.DataFrame({"name": ["GSM8K", "MATH", "AVERAGE", "MATH-DOMAIN", "CODE-DOMAIN"],
                         "domain": ["math", "math", "aggregate", "aggregate", "aggregate"]})


def test_summary_counts_named_benchmarks_and_aggregates_apart():
    line = claims_view.summary_line(claims())
    assert "on 3 named benchmarks and 1 aggregate from 3 papers" in line
    assert claims_view.benchmark_counts(claims(), REGISTRY) == \
        "2 named benchmarks and 2 aggregates"  # the registry knows MATH-DOMAIN; CODE unused


def test_per_benchmark_table_lists_named_benchmarks_and_aggregates_apart():
    named = claims_view.counts_by_kind(claims(), scope="named", benchmarks=REGISTRY)
    aggregates = claims_view.counts_by_kind(claims(), scope="aggregate", benchmarks=REGISTRY)
    assert list(named.index) == ["GSM8K", "MATH"]  # AVERAGE (the most claimed) is not first
    assert list(aggregates.index) == ["AVERAGE", "MATH-DOMAIN"]
    assert named["total"].tolist() == [2, 1] and aggregates["total"].tolist() == [3, 1]
    assert len(claims_view.counts_by_kind(claims())) == 4  # no scope: every benchmark


def test_the_funnel_reads_as_steps_with_wrapping_id_lists():
    funnel = pd.DataFrame({"step": ["every claim", "a score"], "rows_before": [3, 3],
                           "dropped": [0, 2], "rows_after": [3, 1], "claim_ids": ["", "c1;c2"]})
    table = claims_view.funnel_table(funnel)
    assert list(table.columns) == ["step", "before", "dropped", "after", "dropped claim ids"]
    assert list(table["dropped claim ids"]) == ["", "c1; c2"]
    assert list(funnel["claim_ids"]) == ["", "c1;c2"]  # the input is not changed
