"""Tables and one-line summaries of the claims for the claims explorer report."""

from __future__ import annotations

import pandas as pd

from analysis.stats.size_origins import COVERAGE_COLUMNS
from analysis.viz.words import plural
from analysis.vocab import AGGREGATE_DOMAIN, CLAIM_KINDS

# The quote (the provenance) comes right after the id, where a reader looks first.
EXPLORER_COLUMNS = ["claim_id", "quote", "benchmark", "model", "kind", "value", "metric",
                    "role", "model_id", "value_low", "value_high", "uncertain", "rule",
                    "paper_id", "title"]


def aggregate_benchmarks(claims: pd.DataFrame, benchmarks: pd.DataFrame | None = None
                         ) -> set[str]:
    """The pseudo-benchmarks (AVERAGE, MATH-DOMAIN, ...): names whose claims are scoped as an
    aggregate, and the registry's names in the aggregate domain when it is given."""
    scope = claims["scope"].fillna("") if "scope" in claims else pd.Series("", claims.index)
    names = set(claims.loc[scope == "aggregate", "benchmark"])
    if benchmarks is not None:
        names |= set(benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"])
    return names & set(claims["benchmark"])


def benchmark_counts(claims: pd.DataFrame, benchmarks: pd.DataFrame | None = None) -> str:
    """"73 named benchmarks and 10 aggregates": the two kinds of benchmark counted apart."""
    aggregates = aggregate_benchmarks(claims, benchmarks)
    named = claims["benchmark"].nunique() - len(aggregates)
    return f"{plural(named, 'named benchmark')} and {plural(len(aggregates), 'aggregate')}"


def summary_line(claims: pd.DataFrame) -> str:
    """One line for the index: claims by kind, benchmarks (named and aggregates) and papers."""
    kinds = claims["kind"].value_counts()
    parts = ", ".join(f"{kinds.get(k, 0)} {k}" for k in CLAIM_KINDS)
    return (f"{len(claims)} claims ({parts}) on {benchmark_counts(claims)} "
            f"from {claims['paper_id'].nunique()} papers")


def counts_by_kind(claims: pd.DataFrame, *, scope: str | None = None,
                   benchmarks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims per benchmark (rows) and kind (columns), most claimed benchmarks first; only the
    named benchmarks (scope "named") or only the aggregates ("aggregate") when asked."""
    if scope is not None:
        aggregates = claims["benchmark"].isin(aggregate_benchmarks(claims, benchmarks))
        claims = claims[aggregates if scope == "aggregate" else ~aggregates]
    table = claims.pivot_table(index="benchmark", columns="kind", values="claim_id",
                               aggfunc="count", fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values(["total", "benchmark"], ascending=[False, True])


def explorer_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The columns shown in the searchable claims table, in reading order."""
    return claims[[c for c in EXPLORER_COLUMNS if c in claims.columns]]


def funnel_table(funnel: pd.DataFrame) -> pd.DataFrame:
    """funnel.csv for reading: each step's rows before, dropped and after, then the dropped
    ids (searchable: a claim id from the explorer shows the step that dropped it)."""
    readable = funnel.assign(claim_ids=funnel["claim_ids"].str.replace(";", "; "))  # wraps
    return readable.rename(columns={"rows_before": "before", "rows_after": "after",
                                    "claim_ids": "dropped claim ids"})


def coverage_gaps(coverage: pd.DataFrame) -> pd.DataFrame:
    """The rows of `named_score_coverage` that lack a parameter count or an item count."""
    return coverage.loc[coverage["lacks"] != "", COVERAGE_COLUMNS]
