"""Consistency audit: the same model on the same benchmark reported differently by papers."""

from __future__ import annotations

import pandas as pd

from analysis.curated.registry import normalise_name

AUDIT_COLUMNS = ["model_key", "benchmark", "metric", "value_a", "value_b", "difference",
                 "title_a", "quote_a", "claim_a", "title_b", "quote_b", "claim_b"]


def model_key(claims: pd.DataFrame) -> pd.Series:
    """The registry id when resolved, else the normalised written name (case, spacing)."""
    written = claims["model"].fillna("").map(normalise_name)
    resolved = claims["model_id"].fillna("").astype(str)
    return resolved.where(resolved != "", written)


def consistency_audit(claims: pd.DataFrame, *, tolerance: float = 1.0) -> pd.DataFrame:
    """Pairs of absolute claims on one model, benchmark and metric from different papers whose
    values differ by more than `tolerance` points, largest differences first."""
    absolute = claims[(claims["kind"] == "absolute") & claims["value"].notna()].copy()
    absolute["model_key"] = model_key(absolute)
    absolute = absolute[absolute["model_key"] != ""]
    keys = ["model_key", "benchmark", "metric"]
    pairs = absolute.merge(absolute, on=keys, suffixes=("_a", "_b"))
    pairs = pairs[(pairs["paper_id_a"] < pairs["paper_id_b"])]
    pairs["difference"] = (pairs["value_a"] - pairs["value_b"]).abs()
    pairs = pairs[pairs["difference"] > tolerance]
    pairs = pairs.rename(columns={"claim_id_a": "claim_a", "claim_id_b": "claim_b"})
    return pairs.sort_values("difference", ascending=False)[AUDIT_COLUMNS].reset_index(drop=True)
