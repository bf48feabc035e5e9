"""Consistency audit: the same model on the same benchmark reported differently by papers."""

from __future__ import annotations

import re

import pandas as pd

from analysis.claims.evaluate import aggregate_keys, is_aggregate
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.registry import normalise_name

AUDIT_COLUMNS = ["model_key", "benchmark", "metric", "value_a", "value_b", "difference",
                 "title_a", "quote_a", "claim_a", "title_b", "quote_b", "claim_b"]
# Optional claim columns: a condition (setting) the value holds under, the id shared by the two
# ends of a before/after pair, a qualifier of the value ("over", "about", ...).
CONDITION, PAIR_ID, QUALIFIER = "condition", "pair_id", "value_qualifier"
FROM_TO_RULE = "from-to"  # the kind rule of both ends of "from X to Y" (see kind_rules.py)
BOUND_MARK = "bound:"  # uncertain_reason of a bound or an approximate value ("over 50%")
# Names that are no single model: several joined ("A and B", "A + B"), or a size with no
# family ("the 1.5B model", "32B student model"), which two papers use for different models.
_SEVERAL_RE = re.compile(r"\s(?:and|&|\+)\s|,", re.IGNORECASE)
_SIZE_ONLY_RE = re.compile(r"^\s*(?:the\s+|our\s+|a\s+)?\d+(?:\.\d+)?\s*[bmk]\b", re.IGNORECASE)


def model_key(claims: pd.DataFrame) -> pd.Series:
    """The registry id when resolved, else the normalised written name (case, spacing)."""
    written = claims["model"].fillna("").map(normalise_name)
    resolved = claims["model_id"].fillna("").astype(str)
    return resolved.where(resolved != "", written)


def _text(claims: pd.DataFrame, column: str) -> pd.Series:
    if column not in claims.columns:
        return pd.Series("", index=claims.index)
    return claims[column].fillna("").astype(str).str.strip()


def _single_model(claims: pd.DataFrame) -> pd.Series:
    written = _text(claims, "model")
    resolved = _text(claims, "model_id") != ""
    several = written.str.contains(_SEVERAL_RE)
    size_only = written.str.match(_SIZE_ONLY_RE) & ~resolved
    return (written != "") & ~several & ~size_only


def _point_value(claims: pd.DataFrame) -> pd.Series:
    point = claims["value"].notna()
    for column in ("value_low", "value_high"):
        if column in claims.columns:
            point &= claims[column].isna()
    point &= ~_text(claims, "uncertain_reason").str.contains(BOUND_MARK, regex=False)
    return point & (_text(claims, QUALIFIER) == "")


def _named(claims: pd.DataFrame, benchmarks: pd.DataFrame) -> pd.Series:
    agg = aggregate_keys(benchmarks)
    bench = _text(claims, "benchmark")
    return (bench != "") & ~bench.map(lambda b: is_aggregate(b, benchmarks, agg)).astype(bool)


def _baseline_before_after(claims: pd.DataFrame, keys: pd.Series) -> pd.Series:
    """Baseline scores of a before/after comparison: a baseline claim whose sentence also
    gives a non-baseline score of the same model on the same benchmark."""
    group = [claims["paper_id"], _text(claims, "quote"), keys, claims["benchmark"]]
    is_baseline = _text(claims, "role") == "baseline"
    after = (~is_baseline).groupby(group, dropna=False).transform("any")
    return is_baseline & after


def comparable(claims: pd.DataFrame, benchmarks: pd.DataFrame | None = None) -> pd.Series:
    """Which claims can be compared with another paper's: absolute single-model point values
    on a named benchmark as a whole (not one subset of it), neither an end of a before/after
    pair nor the baseline inside one."""
    benchmarks = load_benchmarks() if benchmarks is None else benchmarks
    keys = model_key(claims)
    pair_end = _text(claims, "rule").str.startswith(FROM_TO_RULE) | (_text(claims, PAIR_ID) != "")
    whole = _text(claims, "benchmark_part") == ""  # a subset's score is not the benchmark's
    return ((claims["kind"] == "absolute") & _point_value(claims) & _single_model(claims)
            & (keys != "") & _named(claims, benchmarks) & ~pair_end & whole
            & ~_baseline_before_after(claims, keys))


def consistency_audit(claims: pd.DataFrame, *, tolerance: float = 1.0,
                      benchmarks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs of claims from different papers on one model, benchmark, metric and condition
    whose values differ by more than `tolerance` points, largest differences first.

    Only like is compared with like (`comparable`): a before/after pair or a bound ("over
    50%") is another measurement than a paper's plain score of the model.
    """
    absolute = claims[comparable(claims, benchmarks)].copy()
    absolute["model_key"] = model_key(absolute)
    keys = ["model_key", "benchmark", "metric"]
    if CONDITION in absolute.columns:
        absolute[CONDITION] = _text(absolute, CONDITION)
        keys.append(CONDITION)
    pairs = absolute.merge(absolute, on=keys, suffixes=("_a", "_b"))
    pairs = pairs[(pairs["paper_id_a"] < pairs["paper_id_b"])]
    pairs["difference"] = (pairs["value_a"] - pairs["value_b"]).abs()
    pairs = pairs[pairs["difference"] > tolerance]
    pairs = pairs.rename(columns={"claim_id_a": "claim_a", "claim_id_b": "claim_b"})
    return pairs.sort_values("difference", ascending=False)[AUDIT_COLUMNS].reset_index(drop=True)
