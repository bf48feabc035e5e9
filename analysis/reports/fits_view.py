"""What the report across benchmarks shows from fits.csv: verdicts first, readable numbers."""

from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from analysis.stats.fits_table import DEGENERATE, SLOPE_DESIGNS, fits_summary, headline_rows
from analysis.vocab import DESIGNS, POOLED, VERDICTS

HEADLINE_TERMS = ("x_c", "c_c", "year_c")
headlines = headline_rows  # one row per (benchmark set, design): the headline, or the refusal


def overview_summary(fits: pd.DataFrame) -> str:
    """One line for the index: the size slopes by verdict, and every fit in fits.csv (the
    same line as the fits table's own summary in the index header)."""
    return fits_summary(fits)


def _interval(lo: float, hi: float, warnings: object, digits: int) -> str:
    """"-1.2 to +3.4"; blank without an interval; a word for a degenerate fit's interval."""
    if str(warnings).startswith(DEGENERATE):
        return "not meaningful (degenerate fit)"
    return f"{lo:+.{digits}f} to {hi:+.{digits}f}" if pd.notna(lo) else ""


def verdict_table(fits: pd.DataFrame, *, designs: tuple[str, ...] = DESIGNS) -> pd.DataFrame:
    """Every set and design: verdict, estimate, interval, counts and the reason."""
    head = headlines(fits, designs=designs)
    order = {b: i for i, b in enumerate(sorted(set(head["benchmark"]) - {POOLED}))}
    order[POOLED] = len(order)
    head = head.assign(_order=head["benchmark"].map(order)).sort_values(["_order", "design"])
    return pd.DataFrame({
        "benchmark": head["benchmark"], "design": head["design"], "verdict": head["verdict"],
        "estimate": head["estimate"].round(1),
        "95% CI": [_interval(lo, hi, w, 1) for lo, hi, w in
                   zip(head["ci_low"], head["ci_high"], head["warnings"], strict=True)],
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
        "95% CI": [_interval(lo, hi, w, 2) for lo, hi, w in
                   zip(rows["ci_low"], rows["ci_high"], rows["warnings"], strict=True)],
        "claims": rows["n_claims"].astype(int), "papers": rows["n_papers"].astype(int),
        "I² (%)": rows["I2"].round(1)}
    ).reset_index(drop=True)


def degenerate_notes(fits: pd.DataFrame) -> Markdown:
    """Why an interval of the variants is not shown: each degenerate pooled fit, in words."""
    rows = fits[(fits["benchmark"] == POOLED) & (fits["design"] == "between")
                & fits["warnings"].astype(str).str.startswith(DEGENERATE)]
    notes = rows.drop_duplicates(["model", "form", "predictors"])
    if notes.empty:
        return Markdown("Every variant's interval above rests on a fit with residual "
                        "information left (none is degenerate).")
    lines = [f"- **{r.predictors}, {r.form}, {r.model}**: {str(r.warnings).split('; ')[0]}. "
             "Its estimate is shown for the record only; read no interval or verdict from it."
             for r in notes.itertuples()]
    return Markdown("\n".join(lines))


def overview_verdict(fits: pd.DataFrame) -> str:
    """The strongest verdict among the size slopes, with how many have it."""
    counts = headlines(fits, designs=SLOPE_DESIGNS)["verdict"].value_counts()
    for verdict in VERDICTS:
        if counts.get(verdict):
            return f"{verdict} ×{int(counts[verdict])}" if verdict != "refused" else "refused"
    return "refused"
