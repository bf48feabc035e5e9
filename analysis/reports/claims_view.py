"""Tables and one-line summaries of the claims for the claims explorer report."""

from __future__ import annotations

import pandas as pd

EXPLORER_COLUMNS = ["claim_id", "benchmark", "model", "model_id", "kind", "metric", "value",
                    "value_low", "value_high", "role", "uncertain", "rule", "title", "quote"]


def summary_line(claims: pd.DataFrame) -> str:
    """One line for the index: claims by kind, benchmarks and papers."""
    kinds = claims["kind"].value_counts()
    parts = ", ".join(f"{kinds.get(k, 0)} {k}" for k in ("absolute", "delta", "relative"))
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
