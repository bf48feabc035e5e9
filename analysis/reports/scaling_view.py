"""Text and tables a scaling or methods report shows about a scaling analysis."""

from __future__ import annotations

import pandas as pd

from analysis.stats.analyses import ScalingAnalysis


def headline(analysis: ScalingAnalysis) -> pd.Series:
    """The readable slope (ame_x: points per decade of parameters) of the weighted fit."""
    rows = analysis.coefficients
    weighted = rows[rows["weighted"] & (rows["term"] == "ame_x")]
    if weighted.empty:  # compute as predictor: the slope is per decade of compute
        weighted = rows[rows["weighted"] & (rows["term"] == "ame_c")]
    return weighted.iloc[0]


def summary_line(analysis: ScalingAnalysis) -> str:
    """One line for the index: slope with interval and the sample it rests on."""
    if analysis.refusal:
        return f"no fit, too little data: {analysis.refusal}"
    row = headline(analysis)
    per = "compute" if row["term"] == "ame_c" else "parameters"
    return (f"{analysis.benchmark}: {row['estimate']:+.1f} points per decade of {per} "
            f"(95% CI {row['ci_low']:+.1f} to {row['ci_high']:+.1f}; {analysis.fit.form}) from "
            f"{analysis.fit.n_claims} claims, {analysis.fit.n_models} models, "
            f"{analysis.fit.n_papers} papers")


def fit_claims_table(analysis: ScalingAnalysis) -> pd.DataFrame:
    """The claims a fit rests on, with their provenance, for the report's searchable table."""
    columns = ["claim_id", "benchmark", "model", "model_id", "score", "params", "params_origin",
               "tokens", "tokens_inherited_from", "n_items", "method", "role", "uncertain",
               "title", "quote"]
    data = analysis.fit.data if analysis.fit is not None else analysis.obs
    return data[[c for c in columns if c in data.columns]].sort_values("params")


def methods_summary(slopes: pd.DataFrame, effects: pd.DataFrame) -> str:
    """One line for the index: how many benchmarks have a slope, and the largest method shift."""
    if slopes.empty:
        return "no benchmark has enough claims for a parameter slope"
    text = f"parameter slopes for {len(slopes)} fits"
    if len(effects):
        top = effects.sort_values("estimate", ascending=False).iloc[0]
        text += (f"; largest method shift: {top['label']} {top['estimate']:+.1f} points "
                 f"(95% CI {top['ci_low']:+.1f} to {top['ci_high']:+.1f})")
    return text


def refusal_text(analysis: ScalingAnalysis) -> str:
    """Markdown shown at the top of a scaling report: the refusal, or the formula fitted."""
    if analysis.refusal:
        return (f"**No fit.** {analysis.refusal}. A line through so few claims would mean "
                "nothing; the claims there are follow, with their quotes.")
    return f"**Model:** `{analysis.fit.formula}` on {analysis.fit.n_claims} claims."


def influential_claims(analysis: ScalingAnalysis, *, n: int = 10) -> pd.DataFrame:
    """The claims with the largest Cook's distance (empty when there is no fit)."""
    if analysis.cooks.empty:
        return analysis.cooks
    return analysis.cooks.sort_values("cooks_d", ascending=False).head(n)
