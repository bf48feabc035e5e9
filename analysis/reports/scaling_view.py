"""What a scaling report says about a study: verdicts first, plain sentences, readable tables."""

from __future__ import annotations

import math

import pandas as pd
from IPython.display import Markdown

from analysis.stats.designs import (
    HEADLINE_MEANING,
    MIN_DECADES,
    MIN_PAPERS,
    MIN_SIZES,
    MIN_WITHIN_PAPERS,
    typical_claim,
)
from analysis.stats.predictions import calibration, ledger_rows
from analysis.stats.scaling_study import MIN_BOOTSTRAP_PAPERS, Judged, ScalingStudy
from analysis.viz.words import headline_number, plural, verdict_line

QUESTION = {"between": "size slope across papers, with benchmark, recipe, role and release "
                       "year as controls",
            "within": "size slope inside papers (same paper, benchmark and recipe)",
            "era": "gain per year of release at fixed size, recipe and role"}
CLAIM_COLUMNS = ["claim_id", "benchmark", "model", "score", "params", "params_origin",
                 "role", "recipe", "release", "title", "quote"]


def summary_line(study: ScalingStudy) -> str:
    """One line for the index: the headline design's verdict, then its number."""
    head = study.headline
    return f"{study.benchmark}, {study.headline_design} design — {verdict_line(head)}"


def opening_sentence(study: ScalingStudy) -> str:
    """What the data can and cannot say, in one plain sentence generated from the numbers."""
    n, papers = len(study.rows), study.rows["paper_id"].nunique() if len(study.rows) else 0
    base = f"{plural(n, 'usable claim')} from {plural(papers, 'paper')}"
    judged = study.headline
    if judged.fit.result is None:
        used = f"{design_use(study, study.headline_design)}: " if n else ""
        return (f"With {base}, the data cannot say how {study.benchmark} scores scale with "
                f"size. {used}{judged.fit.refusal}.")
    meaning = {"supported": "support", "fragile": "suggest, but not robustly,",
               "inconclusive": "cannot tell"}[judged.verdict]
    head = judged.fit.headline
    if judged.verdict == "inconclusive":
        return (f"With {base}, the data cannot tell whether {study.benchmark} scores rise or "
                f"fall with size ({study.headline_design} design: 95% CI "
                f"{head['ci_low']:+.1f} to {head['ci_high']:+.1f} points per decade).")
    direction = "rise" if head["estimate"] > 0 else "fall"
    return (f"With {base}, the data {meaning} that {study.benchmark} scores {direction} with "
            f"size: {headline_number(judged)}, {study.headline_design} design.")


def design_drops(study: ScalingStudy, design: str) -> str:
    """The claims a design's own steps dropped ("3 dropped by the design's rule “release
    month known (a control)”"), or "" when it uses every claim of the study."""
    fit = study.designs[design].fit
    own = fit.filters.steps[len(study.filters.steps):]  # the design's steps after selection
    return "; ".join(f"{before - after} dropped by the design's rule “{reason}”"
                     for reason, before, after in own if before > after)


def design_use(study: ScalingStudy, design: str) -> str:
    """How many of the study's claims a design uses, and why the others are left out
    ("The between design uses 3 of the 6 claims (3 dropped by the design's rule ...)")."""
    used = (f"The {design} design uses {len(study.designs[design].fit.data)} of the "
            f"{plural(len(study.rows), 'claim')}")
    dropped = design_drops(study, design)
    return f"{used} ({dropped})" if dropped else used


def design_table(study: ScalingStudy) -> pd.DataFrame:
    """One row per design: the question, the verdict first, the number, and why."""
    rows = []
    for name, judged in study.designs.items():
        head = judged.fit.headline
        rows.append({
            "design": name, "question": QUESTION[name], "verdict": judged.verdict,
            "estimate": round(head["estimate"], 1) if head is not None else None,
            "95% CI": (f"{head['ci_low']:+.1f} to {head['ci_high']:+.1f}"
                       if head is not None else ""),
            "df (Satterthwaite)": round(head["df"], 1) if head is not None else None,
            "claims": len(judged.fit.data),
            "papers": judged.fit.data["paper_id"].nunique() if len(judged.fit.data) else 0,
            "why": "; ".join(filter(None, [design_drops(study, name), judged.reason]))})
    table = pd.DataFrame(rows)
    blank = [c for c in ("estimate", "95% CI", "df (Satterthwaite)")
             if table[c].isna().all() or (table[c] == "").all()]
    return table.drop(columns=blank)  # every design refused: no column of blanks


def heterogeneity_table(study: ScalingStudy) -> pd.DataFrame:
    """Variance components (points²), I², Q_E and a new claim's prediction interval."""
    rows = []
    for name, judged in study.designs.items():
        res = judged.fit.result
        if res is None:
            continue
        het = res.heterogeneity
        comps = ", ".join(f"{c.split('.')[-1].replace('_id', '')} {v:.1f}"
                          for c, v in zip(res.component_names, res.sigma2, strict=True))
        rows.append({"design": name, "variance components (points²)": comps,
                     "I² (%)": round(het.I2, 1), "Q_E": round(het.QE, 1), "Q_E df": het.df,
                     "Q_E p": f"{het.QE_p:.2g}", "model": res.label})
    return pd.DataFrame(rows)


def what_would_help(study: ScalingStudy) -> str:
    """For a refused headline: what data would make a fit possible (Markdown)."""
    if study.headline.fit.result is not None:
        return ""
    return (f"**What would make a fit possible:** claims on {study.benchmark} for at least "
            f"{MIN_SIZES} model sizes spanning at least {MIN_DECADES:g} decade (e.g. 1B to "
            f"10B) from at least {MIN_PAPERS} papers; or at least {MIN_WITHIN_PAPERS} papers "
            "that each report two or more sizes of one model under one recipe (the within "
            "design). Adding pages that report such results, or curating model sizes in "
            "`data/registry/models.csv`, is how the gap closes.")


def bootstrap_text(study: ScalingStudy) -> str:
    """The bootstrap interval of the headline, or why there is none."""
    boot = study.bootstrap
    fit = study.headline.fit
    if fit.result is None:
        return "No bootstrap: the headline design was refused."
    if boot is None:
        return (f"No bootstrap: {plural(fit.data['paper_id'].nunique(), 'paper')}; resampling "
                f"papers needs at least {MIN_BOOTSTRAP_PAPERS}.")
    failed = f"{boot.n_failed} of {boot.n_resamples} resamples failed"
    if boot.withheld_reason:
        return f"**Bootstrap interval withheld.** {boot.withheld_reason}"
    row = boot.intervals.set_index("term").loc[fit.headline_term]
    return (f"Bootstrap over papers ({boot.n_resamples} resamples, {failed}): "
            f"{row['ci_low']:+.1f} to {row['ci_high']:+.1f} for the headline "
            f"({fit.headline_term}).")


def claims_table(study: ScalingStudy) -> pd.DataFrame:
    """The claims of this study with their provenance, sorted by size."""
    data = study.rows
    shown = data[[c for c in CLAIM_COLUMNS if c in data.columns]].sort_values("params")
    return shown.assign(params=shown["params"].map(_size))


def _size(params: float) -> str:
    if params is None or (isinstance(params, float) and math.isnan(params)):
        return ""
    return f"{params / 1e9:.3g}B"


def _or_note(frame: pd.DataFrame, note: str) -> pd.DataFrame | Markdown:
    """The table, or a sentence saying why there is none (a report never shows an empty one)."""
    return frame if len(frame) else Markdown(note)


def heterogeneity_section(study: ScalingStudy) -> pd.DataFrame | Markdown:
    table = heterogeneity_table(study)
    prediction = prediction_text(study)
    if len(table):
        table = table.assign(**{"new claim (95% PI)": [prediction.get(d, "") for d in
                                                       table["design"]]})
    return _or_note(table, "No heterogeneity to report: every design was refused.")


def prediction_text(study: ScalingStudy) -> dict[str, str]:
    """Per design: the prediction interval of a new claim at the median size, in 0-100."""
    out = {}
    for name, judged in study.designs.items():
        res = judged.fit.result
        if res is None:
            continue
        data = judged.fit.data
        pred = res.predict(typical_claim(data)).iloc[0]
        low, high = max(pred["pi_low"], 0.0), min(pred["pi_high"], 100.0)
        out[name] = (f"{pred['pred']:.0f} [{low:.0f}, {high:.0f}] at "
                     f"{_size(1e9 * 10 ** data['x_c'].median())}")
    return out


def sensitivity_section(study: ScalingStudy) -> pd.DataFrame | Markdown:
    """The headline under each variant; one sentence (with the reasons) when all are refused."""
    if len(study.sensitivity) and (study.sensitivity["verdict"] == "refused").all():
        return Markdown(refused_variants_text(study.sensitivity, study.headline_design))
    panel = study.sensitivity.assign(
        **{"95% CI": [f"{lo:+.1f} to {hi:+.1f}" if not math.isnan(lo) else ""
                      for lo, hi in zip(study.sensitivity["ci_low"],
                                        study.sensitivity["ci_high"], strict=True)]})
    panel = panel[["variant", "verdict", "estimate", "95% CI", "n_claims", "n_papers",
                   "reason"]].round({"estimate": 1})
    return _or_note(panel, "No sensitivity panel.")


def refused_variants_text(panel: pd.DataFrame, design: str) -> str:
    """Every variant refused, in one sentence: the reason shared, or each variant's own."""
    reasons = panel.groupby("reason", sort=False)["variant"].agg(list)
    head = f"All {len(panel)} variants of the {design} design are refused"
    if len(reasons) == 1:
        return f"{head}, for the same reason: {reasons.index[0]}."
    parts = "; ".join(f"{', '.join(variants)}: {reason}" for reason, variants in
                      reasons.items())
    return f"{head} ({parts})."


def checks_section(study: ScalingStudy) -> pd.DataFrame | Markdown:
    checks = study.headline.checks
    if study.headline.fit.result is None:
        return Markdown("No checks: the headline design was refused.")
    if not checks:
        return Markdown("No refits: the headline's interval already includes zero, so no "
                        "single paper can make it a finding (verdict: "
                        f"{study.headline.verdict}).")
    return pd.DataFrame([{"check": c.name, "estimate": round(c.estimate, 1),
                          "keeps the sign": c.keeps_sign(study.headline.fit.headline[
                              "estimate"]), "detail": c.detail} for c in checks])


def families_section(study: ScalingStudy) -> pd.DataFrame | Markdown:
    rows = []
    for curve in study.families:
        slope = curve.slope
        rows.append({"family": curve.family, "benchmark": curve.benchmark,
                     "form": curve.form, "claims": len(curve.data),
                     "slope per decade": round(slope["estimate"], 2) if slope is not None
                     else None, "why not": curve.refusal or ""})
    return _or_note(pd.DataFrame(rows), "No model family has three or more sizes on one "
                    "benchmark in these claims, so no family has a curve of its own.")


def filters_table(study: ScalingStudy) -> pd.DataFrame:
    """Each selection step with its counts (whole numbers)."""
    return study.filters.frame().astype({"rows_before": int, "dropped": int,
                                         "rows_after": int})


def ledger_text(ledger: pd.DataFrame | None, *, benchmark: str,
                pool: tuple[str, ...] = ()) -> str:
    """The calibration of the registered predictions of this benchmark set, in one sentence."""
    rows = ledger_rows(ledger, benchmark=benchmark, pool=pool)
    score = calibration(rows)
    if not score["n"]:
        return "No registered prediction on these benchmarks has been scored yet."
    return (f"{plural(score['n'], 'prediction')} scored: {score['inside']:.0%} inside their "
            f"95% intervals; mean absolute error {score['mae']:.1f} points, against "
            f"{score['naive_mae']:.1f} for the benchmark's mean.")
