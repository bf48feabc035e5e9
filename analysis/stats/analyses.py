"""The build's fits table, and one scaling analysis with all its checks (pure functions)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.errors import InsufficientDataError
from analysis.stats import diagnostics, scaling
from analysis.stats.observations import (
    DEFAULT_ROLES,
    FilterLog,
    legacy_rows,
    select_scores,
    with_basis,
)
from analysis.vocab import DEFAULT_METRICS, FIT_FORMS, METHOD_LABELS
from analysis.vocab import PREDICTORS as PREDICTOR_SETS

log = logging.getLogger(__name__)

MIN_CLAIMS_PER_BENCHMARK = 8  # below this a benchmark gets no fit (scaling.fit_scaling refuses)
MIN_CLAIMS_TO_POOL = 2  # a benchmark's intercept needs two claims to inform the common slope
BOOTSTRAP_REPLICATES = 300  # papers resampled with replacement; percentile intervals
BOOTSTRAP_SEED = 20251122  # fixed so a report's bootstrap interval is reproducible


def observations_for(tables: dict, *, basis: str = "total",
                     metrics: tuple[str, ...] = DEFAULT_METRICS,
                     roles: tuple[str, ...] = DEFAULT_ROLES) -> tuple[pd.DataFrame, FilterLog]:
    """The scaling rows of the observation table (the build's observations.csv), and why
    the others were left out (the default selection: see observations.select_scores)."""
    table = with_basis(tables["observations"], basis)
    rows, steps = select_scores(table, metrics=tuple(metrics), roles=tuple(roles))
    return legacy_rows(rows), steps


def fit_benchmarks(obs: pd.DataFrame, *, min_claims: int = MIN_CLAIMS_TO_POOL) -> list[str]:
    """Benchmarks with at least `min_claims` usable claims, most claims first.

    With the default (2) these are the benchmarks a pooled fit uses: each contributes to the
    common slope through its own intercept. A benchmark fitted alone needs
    MIN_CLAIMS_PER_BENCHMARK (and scaling.fit_scaling refuses smaller samples).
    """
    counts = obs["benchmark"].value_counts()
    return [str(b) for b in counts[counts >= min_claims].index]


def fit_all(obs: pd.DataFrame) -> pd.DataFrame:
    """Every (benchmark, form, predictors, weighted) fit, plus the pooled fit: fits.csv.

    Benchmarks with too few claims for a fit of their own get an `insufficient` row that says
    why; they still enter the pooled fit.
    """
    benchmarks = fit_benchmarks(obs)
    if not benchmarks:  # a small corpus: an empty table, and the reports say why
        log.warning("no benchmark has two usable claims: the fits table is empty")
        return pd.DataFrame(columns=scaling.FIT_TABLE_COLUMNS)
    return scaling.fit_table(obs, benchmarks=benchmarks, forms=FIT_FORMS,
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


def scaling_analysis(obs: pd.DataFrame, filters: FilterLog, *, benchmark: str,
                     pool: tuple[str, ...] = (), form: str = "linear",
                     predictors: str = "params") -> ScalingAnalysis:
    """Fit one benchmark, or pool several with fixed effects, and run every check.

    `obs` and `filters` come from observations_for; benchmark "pooled" pools every benchmark
    with two or more usable claims; a non-empty `pool` pools exactly those benchmarks (e.g. the
    AIME years) under the name `benchmark`. Computed once per report: the notebook hands the
    result to the figures.
    """
    filters = FilterLog(list(filters.steps))  # the caller's log stays as it was
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
    return _checked(subset, filters, fit, benchmark=benchmark, options=options)


def _checked(subset: pd.DataFrame, filters: FilterLog, fit: scaling.ScalingFit, *,
             benchmark: str, options: dict) -> ScalingAnalysis:
    """The fit with its unweighted twin, bootstrap, collinearity, influence and robustness."""
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
    subset = obs[obs["benchmark"].isin(fit_benchmarks(obs))]
    try:
        fit = scaling.fit_scaling(subset, form="linear", predictors="params", weighted=True,
                          pooled=True, methods=True)
    except InsufficientDataError as exc:
        log.warning("no method effects: %s", exc)
        return pd.DataFrame(columns=[*scaling.TIDY_COLUMNS, "label", "formula"])
    rows = scaling.tidy(fit)
    effects = rows[rows["term"].isin(list(METHOD_LABELS))].copy()
    papers = {tag: subset.loc[subset[tag], "paper_id"].nunique() for tag in METHOD_LABELS}
    effects["label"] = [f"{METHOD_LABELS[t]} ({papers[t]} papers)" for t in effects["term"]]
    effects["formula"] = fit.formula
    return effects.reset_index(drop=True)
