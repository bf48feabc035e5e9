"""Tables and one-line summaries of the claims for the claims explorer report."""

from __future__ import annotations

import pandas as pd

from analysis.vocab import CLAIM_KINDS

# The quote (the provenance) comes right after the id, where a reader looks first.
EXPLORER_COLUMNS = ["claim_id", "quote", "benchmark", "model", "kind", "value", "metric",
                    "role", "model_id", "value_low", "value_high", "uncertain", "rule",
                    "paper_id", "title"]


def summary_line(claims: pd.DataFrame) -> str:
    """One line for the index: claims by kind, benchmarks and papers."""
    kinds = claims["kind"].value_counts()
    parts = ", ".join(f"{kinds.get(k, 0)} {k}" for k in CLAIM_KINDS)
    return (f"{len(claims)} claims ({parts}) on {claims['benchmark'].nunique()} benchmarks "
            f"from {claims['paper_id'].nunique()} papers")


def counts_by_kind(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per benchmark (rows) and kind (columns), most claimed benchmarks first."""
    table = claims.pivot_table(index="benchmark", columns="kind", values="claim_id",
                               aggfunc="count", fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values("total", ascending=False)


def explorer_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The columns shown in the searchable claims table, in reading order."""
    return claims[[c for c in EXPLORER_COLUMNS if c in claims.columns]]
