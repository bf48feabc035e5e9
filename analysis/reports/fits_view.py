"""What the report across benchmarks shows from fits.csv: verdicts first, readable numbers."""

from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from analysis.viz.words import plural
from analysis.vocab import DESIGNS, POOLED, VERDICTS

HEADLINE_TERMS = ("x_c", "c_c", "year_c")


def headlines(fits: pd.DataFrame, *, designs: tuple[str, ...] = DESIGNS) -> pd.DataFrame:
    """One row per (benchmark set, design): the headline term, or the refusal."""
    rows = fits[fits["design"].isin(designs) & (fits["model"] != "FE")
                & (fits["form"] == "linear") & (fits["predictors"] == "params")]
    head = rows[(rows["status"] != "ok") | ((rows["design"] == "era") & (rows["term"] == "year_c"))
                | ((rows["design"] != "era") & (rows["term"] == "x_c"))]
    return head.reset_index(drop=True)


def overview_summary(fits: pd.DataFrame) -> str:
    """One line for the index: how many fitted slopes have each verdict."""
    head = headlines(fits, designs=("between", "within"))
    counts = head["verdict"].value_counts()
    parts = [plural(counts[v], f"{v} slope") if counts.get(v) else "" for v in VERDICTS]
    sets = head["benchmark"].nunique()
    shown = ", ".join(p for p in parts if p) or "no slope"
    return f"{shown} over {plural(sets, 'benchmark set')} (between and within designs)"


def verdict_table(fits: pd.DataFrame, *, designs: tuple[str, ...] = DESIGNS) -> pd.DataFrame:
    """Every set and design: verdict, estimate, interval, counts and the reason."""
    head = headlines(fits, designs=designs)
    order = {b: i for i, b in enumerate(sorted(set(head["benchmark"]) - {POOLED}))}
    order[POOLED] = len(order)
    head = head.assign(_order=head["benchmark"].map(order)).sort_values(["_order", "design"])
    return pd.DataFrame({
        "benchmark": head["benchmark"], "design": head["design"], "verdict": head["verdict"],
        "estimate": head["estimate"].round(1),
        "95% CI": [f"{lo:+.1f} to {hi:+.1f}" if pd.notna(lo) else "" for lo, hi in
                   zip(head["ci_low"], head["ci_high"], strict=True)],
        "claims": head["n_claims"].fillna(0).astype(int),
        "papers": head["n_papers"].fillna(0).astype(int),
        "why": head["verdict_reason"]}).reset_index(drop=True)


def variant_table(fits: pd.DataFrame) -> pd.DataFrame | Markdown:
    """The pooled between fit under its variants (tokens, compute, logit, fixed effect)."""
    rows = fits[(fits["benchmark"] == POOLED) & (fits["design"] == "between")
                & fits["term"].isin(["x_c", "c_c", "z_c"])]
    if rows.empty:
        return Markdown("No pooled between-paper fit: the design was refused.")
    return pd.DataFrame({
        "model": rows["model"], "form": rows["form"], "predictors": rows["predictors"],
        "term": rows["term"].map({"x_c": "log10 params", "c_c": "log10 compute",
                                  "z_c": "log10 tokens"}),
        "verdict": rows["verdict"], "estimate": rows["estimate"].round(2),
        "95% CI": [f"{lo:+.2f} to {hi:+.2f}" for lo, hi in
                   zip(rows["ci_low"], rows["ci_high"], strict=True)],
        "claims": rows["n_claims"].astype(int), "I² (%)": rows["I2"].round(1)}
    ).reset_index(drop=True)


def overview_verdict(fits: pd.DataFrame) -> str:
    """The strongest verdict among the size slopes, with how many have it."""
    counts = headlines(fits, designs=("between", "within"))["verdict"].value_counts()
    for verdict in VERDICTS:
        if counts.get(verdict):
            return f"{verdict} ×{int(counts[verdict])}" if verdict != "refused" else "refused"
    return "refused"
