"""What recipes gain: pooled gains per recipe, the size interaction, and selective reporting."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from analysis.errors import InsufficientDataError
from analysis.stats.designs import MIN_DECADES, MIN_PAPERS, MIN_SIZES, PAPER, DesignFit, count
from analysis.stats.gains import (
    DEFAULT_CORRELATION,
    OTHER_MODEL,
    SENSITIVITY_CORRELATION,
    with_correlation,
)
from analysis.stats.meta.bias import EggerTest, PetPeese, egger_test, pet_peese
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.model import fit_meta
from analysis.stats.observations import FilterLog
from analysis.stats.verdicts import Check, judged
from analysis.vocab import (
    DEFAULT_METRICS,
    LOWER_IS_BETTER_METRICS,
    REASONING_DOMAINS,
    RECIPE_LABELS,
)

log = logging.getLogger(__name__)

RECIPES = tuple(r for r in RECIPE_LABELS if r != "none")  # a baseline has no gain
GAIN = "gain_id"  # the claim level of the random effects: one gain per row
MIN_GAIN_PAPERS = 2  # a pooled gain needs gains from two papers (one paper is one study)
MIN_EGGER_GAINS = 10  # Egger's test below ~10 studies has too little power (Sterne et al. 2011)
FLAGS = (("without changes of ambiguous unit (points or percent)", "unit_ambiguous"),)
SIZE_SLOPE = "size_slope"  # the interaction term: gain per decade of the base model's size


@dataclass
class RecipeGain:
    """One recipe's pooled gain with its verdict, or why it was refused."""

    recipe: str
    fit: DesignFit
    verdict: str
    reason: str
    checks: list[Check] = field(default_factory=list)
    egger: EggerTest | None = None
    pet_peese: PetPeese | None = None
    bias_note: str = ""


def select_gains(gains: pd.DataFrame, *, recipes: tuple[str, ...] = RECIPES,
                 domains: tuple[str, ...] = REASONING_DOMAINS,
                 benchmarks: tuple[str, ...] = (),
                 metrics: tuple[str, ...] = DEFAULT_METRICS) -> tuple[pd.DataFrame, FilterLog]:
    """Gains on named benchmarks of the chosen recipes, domains and metrics, each step recorded.

    `metrics` defaults to the scaling fits' own: points of a share (accuracy, pass@1, a score),
    whose binomial variance the gain's rests on; a gain in F1, BLEU or a rating is another
    outcome, pooled only when asked for."""
    steps = FilterLog()
    gains = gains.assign(claim_id=gains[GAIN])  # the id the filter log records
    # a table without the column (built before restatements were marked) repeats nothing
    restates = gains["restates"].fillna("").astype(str) if "restates" in gains else ""
    rows = steps.keep(gains, pd.Series(restates == "", index=gains.index),
                      'one gain per reported change (a stated change repeating a "from X to Y" '
                      "of the same sentence is counted once, as the pair)")
    rows = steps.keep(rows, rows["scope"] == "named",
                      "a named benchmark (aggregates kept apart)")
    rows = steps.keep(rows, rows["against"].fillna("") != OTHER_MODEL,
                      "a change of the model itself (a margin over another model is no gain)")
    rows = steps.keep(rows, rows["recipe"].isin(recipes), f"recipe in {list(recipes)}")
    rows = steps.keep(rows, rows["domain"].isin(domains), f"domain in {list(domains)}")
    # a table without the column (built before metrics had a direction) has none to drop
    metric = rows["metric"].fillna("") if "metric" in rows else pd.Series("", index=rows.index)
    rows = steps.keep(rows, ~metric.isin(LOWER_IS_BETTER_METRICS),
                      "a metric where higher is better (a fall in an error rate, gap or MSE "
                      "is not pooled with rises in accuracy)")
    if "metric" in rows:  # (a table without the column has no metric to choose by)
        rows = steps.keep(rows, rows["metric"].isin(metrics), f"metric in {list(metrics)}")
    if benchmarks:
        rows = steps.keep(rows, rows["benchmark"].isin(benchmarks),
                          f"benchmark in {list(benchmarks)}")
    rows = steps.keep(rows, rows["gain"].notna() & rows["vi"].notna(), "a gain and its variance")
    return rows.reset_index(drop=True), steps


def _pooled_fit(rows: pd.DataFrame, label: str, *, robust: bool = True) -> DesignFit:
    """Intercept-only multilevel model (gains within papers), CR2 by paper."""
    steps = FilterLog()
    papers = rows[PAPER].nunique()
    if papers < MIN_GAIN_PAPERS:
        return DesignFit(label, rows, steps, refusal=(
            f"gains from {count(papers, 'paper')}; a pooled gain needs "
            f"{MIN_GAIN_PAPERS}"))
    try:
        result = fit_meta(rows, yi="gain", vi="vi", random=f"{PAPER}/{GAIN}", method="REML",
                          test="t", robust=PAPER if robust else None)
    except (MetaSpecError, InsufficientDataError, np.linalg.LinAlgError) as exc:
        return DesignFit(label, rows, steps, refusal=f"the model cannot be fitted: {exc}")
    return DesignFit(label, rows, steps, result=result, formula="1",
                     headline_term="Intercept")


def _bias(rows: pd.DataFrame) -> tuple[EggerTest | None, PetPeese | None, str]:
    """Egger's test on a single-level random-effects fit, and PET-PEESE, or why not."""
    if len(rows) < MIN_EGGER_GAINS:
        return None, None, (f"{len(rows)} gains: Egger's test and PET-PEESE need at least "
                            f"{MIN_EGGER_GAINS}")
    single = fit_meta(rows, yi="gain", vi="vi", method="REML", test="z")
    return egger_test(single), pet_peese(rows["gain"].to_numpy(), rows["vi"].to_numpy()), ""


def recipe_gain(rows: pd.DataFrame, recipe: str) -> RecipeGain:
    """The pooled gain of one recipe, judged (each paper left out, without uncertain claims,
    without sizes read off names, without changes of ambiguous unit)."""
    subset = rows[rows["recipe"] == recipe]
    fit = _pooled_fit(subset, f"gain:{recipe}")
    verdict, reason, checks = judged(subset, fit, refit_with=lambda r: _pooled_fit(
        r, fit.design, robust=False), extra=FLAGS)
    egger, petpeese, note = _bias(subset) if fit.result is not None else (None, None, "")
    return RecipeGain(recipe, fit, verdict, reason, checks, egger, petpeese, note)


def _slope_eligible(rows: pd.DataFrame) -> bool:
    sized = rows[rows["x"].notna()]
    span = sized["x"].max() - sized["x"].min() if len(sized) else 0.0
    return (sized["x"].round(3).nunique() >= MIN_SIZES and span >= MIN_DECADES
            and sized[PAPER].nunique() >= MIN_PAPERS)


def slope_column(recipe: str) -> str:
    """The design column of a recipe's size slope: "size_slope[RL]"-like, formula-safe."""
    return "s_" + "".join(c if c.isalnum() else "_" for c in recipe)


def _interaction_fit(rows: pd.DataFrame, eligible: tuple[str, ...], *, robust: bool = True,
                     term: str = "") -> DesignFit:
    data = rows[rows["x"].notna()].assign(x_c=lambda f: f["x"] - 9.0)  # log10(params / 1e9)
    for recipe in eligible:
        data[slope_column(recipe)] = np.where(data["recipe"] == recipe, data["x_c"], 0.0)
    terms = ["0 + C(recipe)", *[slope_column(r) for r in eligible]]
    if data["domain"].nunique() > 1:
        terms.append("C(domain)")
    formula = " + ".join(terms)
    steps = FilterLog()
    try:
        result = fit_meta(data, yi="gain", vi="vi", mods=formula, random=f"{PAPER}/{GAIN}",
                          method="REML", test="t", robust=PAPER if robust else None)
    except (MetaSpecError, InsufficientDataError, np.linalg.LinAlgError) as exc:
        return DesignFit("gain x size", data, steps, refusal=f"cannot be fitted: {exc}",
                         formula=formula)
    return DesignFit("gain x size", data, steps, result=result, formula=formula,
                     headline_term=term)


@dataclass
class SizeInteraction:
    """gain ~ recipe + recipe x log10 base size (+ domain): one judged slope per recipe."""

    fit: DesignFit | None
    slopes: dict[str, tuple[str, str, list[Check]]]  # recipe -> verdict, reason, checks
    refused: dict[str, str]  # recipe -> why its slope is not estimated


def size_interaction(rows: pd.DataFrame) -> SizeInteraction:
    """Does the gain from each recipe shrink or grow with the base model's size?"""
    recipes = sorted(rows["recipe"].unique())
    eligible = tuple(r for r in recipes if _slope_eligible(rows[rows["recipe"] == r]))
    refused = {r: (f"sizes of {r} gains: a slope needs {MIN_SIZES} sizes spanning "
                   f"{MIN_DECADES:g} decade from {MIN_PAPERS} papers") for r in recipes
               if r not in eligible}
    if not eligible:
        return SizeInteraction(None, {}, refused)
    # one model serves every recipe's slope, so each subset is refitted once, not per recipe
    fitted: dict[tuple, DesignFit] = {}

    def refit(subset: pd.DataFrame, term: str) -> DesignFit:
        key = tuple(subset.index)
        if key not in fitted:
            fitted[key] = _interaction_fit(subset, eligible, robust=False)
        return replace(fitted[key], headline_term=term)

    full = _interaction_fit(rows, eligible)
    slopes = {}
    for recipe in eligible:
        fit = replace(full, headline_term=slope_column(recipe))
        slopes[recipe] = judged(fit.data, fit, refit_with=lambda r, t=fit.headline_term:
                                refit(r, t), extra=FLAGS)
    return SizeInteraction(replace(full, headline_term=slope_column(eligible[0])), slopes,
                           refused)


@dataclass
class GainsStudy:
    """Everything the gains report shows."""

    rows: pd.DataFrame
    filters: FilterLog
    recipes: dict[str, RecipeGain]
    interaction: SizeInteraction
    options: dict


def gains_study(gains: pd.DataFrame, *, recipes: tuple[str, ...] = RECIPES,
                domains: tuple[str, ...] = REASONING_DOMAINS,
                benchmarks: tuple[str, ...] = ()) -> GainsStudy:
    """Pooled gain per recipe, the size interaction, and selective-reporting checks."""
    rows, steps = select_gains(gains, recipes=recipes, domains=domains, benchmarks=benchmarks)
    per_recipe = {r: recipe_gain(rows, r) for r in recipes if (rows["recipe"] == r).any()}
    return GainsStudy(rows, steps, per_recipe, size_interaction(rows),
                      {"recipes": recipes, "domains": domains, "benchmarks": benchmarks})


def other_correlation(r: float) -> float:
    """The correlation a report's sensitivity uses: 0.5 beside 0, else the conservative 0."""
    return DEFAULT_CORRELATION if r == SENSITIVITY_CORRELATION else SENSITIVITY_CORRELATION


@dataclass
class Sensitivity:
    """The recipes' pooled gains, judged, at another before/after correlation."""

    correlation: float
    recipes: dict[str, RecipeGain]


def correlation_sensitivity(study: GainsStudy, r: float) -> Sensitivity:
    """Each recipe's pooled gain, judged, with the variances recomputed for correlation r.

    The before/after correlation is assumed, not reported: if a verdict changes between the
    report's r and this one, the verdict rests on that assumption.
    """
    rows = with_correlation(study.rows, r)
    return Sensitivity(r, {recipe: recipe_gain(rows, recipe) for recipe in study.recipes})
