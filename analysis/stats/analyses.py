"""The build's fits table, and everything a scaling or methods report shows about one fit."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis import config
from analysis.errors import InsufficientDataError
from analysis.stats.observations import (
    DEFAULT_METRICS,
    DEFAULT_ROLES,
    FilterLog,
    build_observations,
)
from analysis.vocab import FIT_FORMS, METHOD_LABELS
from analysis.vocab import PREDICTORS as PREDICTOR_SETS

log = logging.getLogger(__name__)

MIN_CLAIMS_PER_BENCHMARK = 8  # below this a benchmark gets no fit (scaling.fit_scaling refuses)
MIN_CLAIMS_TO_POOL = 2  # a benchmark's intercept needs two claims to inform the common slope
BOOTSTRAP_REPLICATES = 300  # papers resampled with replacement; percentile intervals
BOOTSTRAP_SEED = 20251122  # fixed so a report's bootstrap interval is reproducible


def load_inputs() -> dict[str, pd.DataFrame]:
    """The derived claims and method tags with the curated registry and benchmark table."""
    from analysis.curated.benchmarks import load_benchmarks
    from analysis.curated.registry import load_registry
    from analysis.curated.tables import load_claims, load_methods

    return {"claims": load_claims(), "methods": load_methods(),
            "registry": load_registry(config.MODELS_PATH),
            "benchmarks": load_benchmarks(config.BENCHMARKS_PATH)}


def observations_for(inputs: dict, *, basis: str = "total",
                     metrics: tuple[str, ...] = DEFAULT_METRICS,
                     roles: tuple[str, ...] = DEFAULT_ROLES) -> tuple[pd.DataFrame, FilterLog]:
    """Regression observations from the loaded inputs (see observations.build_observations)."""
    return build_observations(inputs["claims"], registry=inputs["registry"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              basis=basis, metrics=tuple(metrics), roles=tuple(roles))


def fit_benchmarks(obs: pd.DataFrame, *, min_claims: int = MIN_CLAIMS_TO_POOL) -> list[str]:
    """Benchmarks with at least `min_claims` usable claims, most claims first.

    With the default (2) these are the benchmarks a pooled fit uses: each contributes to the
    common slope through its own intercept. A benchmark fitted alone needs
    MIN_CLAIMS_PER_BENCHMARK (and scaling.fit_scaling refuses smaller samples).
    """
    counts = obs["benchmark"].value_counts()
    return [str(b) for b in counts[counts >= min_claims].index]


def fit_all() -> pd.DataFrame:
    """Every (benchmark, form, predictors, weighted) fit, plus the pooled fit: fits.csv.

    Benchmarks with too few claims for a fit of their own get an `insufficient` row that says
    why; they still enter the pooled fit.
    """
    from analysis.stats.scaling import FIT_TABLE_COLUMNS, fit_table

    obs, _ = observations_for(load_inputs())
    benchmarks = fit_benchmarks(obs)
    if not benchmarks:  # a small corpus: an empty table, and the reports say why
        log.warning("no benchmark has two usable claims: the fits table is empty")
        return pd.DataFrame(columns=FIT_TABLE_COLUMNS)
    return fit_table(obs, benchmarks=benchmarks, forms=FIT_FORMS,
                     predictors_list=PREDICTOR_SETS, weighted=(True, False))


@dataclass
class ScalingAnalysis:
    """One benchmark's (or a pooled) fit and all its checks, as shown in a scaling report.

    When the sample is too small, `refusal` says why and the fit fields are None/empty: the
    report then shows the claims it has instead of a meaningless line.
    """

    benchmark: str
    obs: pd.DataFrame
    filters: FilterLog
    refusal: str | None = None
    fit: object | None = None  # scaling.ScalingFit (weighted)
    unweighted: object | None = None
    coefficients: pd.DataFrame = field(default_factory=pd.DataFrame)
    bootstrap: pd.DataFrame = field(default_factory=pd.DataFrame)
    collinearity: object | None = None
    robustness: pd.DataFrame = field(default_factory=pd.DataFrame)
    cooks: pd.DataFrame = field(default_factory=pd.DataFrame)
    outliers: pd.DataFrame = field(default_factory=pd.DataFrame)
    residuals: pd.DataFrame = field(default_factory=pd.DataFrame)
    notes: list[str] = field(default_factory=list)


def _subset(obs: pd.DataFrame, benchmark: str, pool: tuple[str, ...]) -> tuple[pd.DataFrame, bool]:
    if pool:
        return obs[obs["benchmark"].isin(pool)], True
    if benchmark == "pooled":
        return obs[obs["benchmark"].isin(fit_benchmarks(obs))], True
    return obs[obs["benchmark"] == benchmark], False


@functools.lru_cache(maxsize=16)
def scaling_analysis(benchmark: str, *, pool: tuple[str, ...] = (), form: str = "linear",
                     predictors: str = "params", basis: str = "total",
                     roles: tuple[str, ...] = DEFAULT_ROLES,
                     metrics: tuple[str, ...] = DEFAULT_METRICS) -> ScalingAnalysis:
    """Fit one benchmark, or pool several with fixed effects, and run every check.

    benchmark "pooled" pools every benchmark with two or more usable claims; a non-empty
    `pool` pools exactly those benchmarks (e.g. the AIME years) under the name `benchmark`.
    """
    from analysis.stats import diagnostics, scaling

    obs, filters = observations_for(load_inputs(), basis=basis, metrics=metrics, roles=roles)
    subset, pooled = _subset(obs, benchmark, tuple(pool))
    filters.keep(obs, pd.Series(obs.index.isin(subset.index), index=obs.index),
                 f"benchmark {benchmark}" + (f" ({', '.join(pool)})" if pool else ""))
    options = {"form": form, "predictors": predictors, "pooled": pooled}
    try:
        if subset.empty:
            raise InsufficientDataError(f"{benchmark}: no usable claims after filtering")
        fit = scaling.fit_scaling(subset, weighted=True, **options)
    except InsufficientDataError as exc:
        return ScalingAnalysis(benchmark=benchmark, obs=subset, filters=filters,
                               refusal=str(exc), notes=[f"no fit: {exc}"])
    unweighted = scaling.fit_scaling(subset, weighted=False, **options)
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    notes = list(fit.warnings)
    try:
        collinear = diagnostics.collinearity(subset)
        notes.append(collinear.verdict)
    except InsufficientDataError as exc:
        collinear = None
        notes.append(f"collinearity not assessed: {exc}")
    return ScalingAnalysis(
        benchmark=benchmark, obs=subset, filters=filters, fit=fit, unweighted=unweighted,
        coefficients=pd.concat([scaling.tidy(fit), scaling.tidy(unweighted)],
                               ignore_index=True),
        bootstrap=diagnostics.bootstrap_over_papers(
            subset, rng=rng, n_boot=BOOTSTRAP_REPLICATES, weighted=True, **options),
        collinearity=collinear,
        robustness=diagnostics.robustness_panel(subset, weighted=True, **options),
        cooks=diagnostics.cooks_distance(fit), outliers=diagnostics.outliers(fit),
        residuals=diagnostics.residuals(fit), notes=notes,
    )


def slope_table(fits: pd.DataFrame, *, form: str = "linear", predictors: str = "params",
                weighted: bool = True) -> pd.DataFrame:
    """Per benchmark: the parameter slope in points per decade (ame_x) with its interval."""
    wanted = fits[(fits["form"] == form) & (fits["predictors"] == predictors)
                  & (fits["weighted"] == weighted) & (fits["term"] == "ame_x")
                  & (fits["status"] == "ok")]
    return wanted.sort_values("estimate", ascending=False).reset_index(drop=True)


def method_effects(obs: pd.DataFrame) -> pd.DataFrame:
    """Intercept shifts (points) of method-tagged papers over the pooled size trend.

    A pooled linear fit over every fitted benchmark with benchmark fixed effects and the method
    tags as moderators; one row per method term that could be estimated, with a `label`.
    """
    from analysis.stats.scaling import TIDY_COLUMNS, fit_scaling, tidy

    subset = obs[obs["benchmark"].isin(fit_benchmarks(obs))]
    try:
        fit = fit_scaling(subset, form="linear", predictors="params", weighted=True,
                          pooled=True, methods=True)
    except InsufficientDataError as exc:
        log.warning("no method effects: %s", exc)
        return pd.DataFrame(columns=[*TIDY_COLUMNS, "label", "formula"])
    rows = tidy(fit)
    effects = rows[rows["term"].isin(list(METHOD_LABELS))].copy()
    papers = {tag: subset.loc[subset[tag], "paper_id"].nunique() for tag in METHOD_LABELS}
    effects["label"] = [f"{METHOD_LABELS[t]} ({papers[t]} papers)" for t in effects["term"]]
    effects["formula"] = fit.formula
    return effects.reset_index(drop=True)


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
